// The config file's schema. Secrets never live here: a provider names the env var (or Workers
// binding) that holds its key, and loadConfig reads it from the env object it is given.
import { z } from 'zod';
import { modelEntrySchema } from '../core/catalog/types';
import { routerConfigSchema } from '../core/routing/config-schema';

export const providerConfigSchema = z.strictObject({
  type: z.enum(['openai', 'anthropic', 'google', 'openai-compatible', 'sim']),
  /** Env var / binding holding the API key. */
  apiKeyEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an env var name like OPENAI_API_KEY').optional(),
  /** Base URL, or the env var that holds one (for proxies, local servers and tests). */
  baseURL: z.url().optional(),
  baseURLEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional(),
  /** Serve without a key (local vLLM / Ollama / llama.cpp servers). */
  keyless: z.boolean().default(false),
  timeoutMs: z.number().int().positive().max(600_000).default(60_000),
  headers: z.record(z.string(), z.string()).optional(),
});

export const retryConfigSchema = z.strictObject({
  perModel: z.number().int().min(0).max(5).default(1),
  baseDelayMs: z.number().int().min(0).max(10_000).default(200),
  maxDelayMs: z.number().int().min(0).max(60_000).default(2_000),
});

export const breakerConfigSchema = z.strictObject({
  threshold: z.number().int().min(1).max(100).default(5),
  cooldownMs: z.number().int().min(100).max(3_600_000).default(30_000),
});

export const refreshConfigSchema = z.strictObject({
  /** e.g. "24h", "30m"; absent = no scheduled refresh. */
  every: z.string().regex(/^\d+(ms|s|m|h|d)$/, 'must look like 30m, 6h or 1d').optional(),
  models: z.array(z.string()).optional(),
  scenariosPerTask: z.number().int().min(1).max(200).optional(),
  budgetUsd: z.number().positive().optional(),
});

export const classifierConfigSchema = z.strictObject({
  /**
   * Bound on the scan replay cache (scan-replay.ts), in UTF-16 units of cached text plus records;
   * 0 turns it off (a replay is microseconds faster than a scan, so a process shared by tenants
   * who must not learn of each other's prompts may want it off).
   */
  scanCacheUnits: z
    .number()
    .int()
    .min(0)
    .max(64 * 1024 * 1024)
    // Smaller bounds could not hold a long system prompt's record, and would record it on every request.
    .refine((units) => units === 0 || units >= 65_536, 'must be 0 (off) or at least 65536')
    .default(4 * 1024 * 1024),
});

export const configSchema = z.strictObject({
  server: z
    .strictObject({
      maxBodyBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(4 * 1024 * 1024),
    })
    .prefault({}),
  providers: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), providerConfigSchema).optional(),
  /** Extra catalog entries (e.g. a local vLLM model), added to the shipped catalog. */
  models: z.array(modelEntrySchema).optional(),
  router: routerConfigSchema.optional(),
  retries: retryConfigSchema.prefault({}),
  breaker: breakerConfigSchema.prefault({}),
  refresh: refreshConfigSchema.optional(),
  classifier: classifierConfigSchema.prefault({}),
});

export type ProviderConfig = z.infer<typeof providerConfigSchema>;
export type GatewayConfig = z.infer<typeof configSchema>;
