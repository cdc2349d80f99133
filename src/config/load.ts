// loadConfig(raw, env): pure. Validates the config file, merges the built-in provider defaults,
// and resolves secrets from the env object it is given (process.env on Node, bindings on Workers).
import { z } from 'zod';
import type { ProviderSettings } from '../providers/types';
import { configSchema, type GatewayConfig, type ProviderConfig } from './schema';

export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Providers known out of the box; a config file may override or add to them by name. */
export const DEFAULT_PROVIDERS: Record<string, ProviderConfig> = {
  openai: { type: 'openai', apiKeyEnv: 'OPENAI_API_KEY', baseURLEnv: 'OPENAI_BASE_URL', keyless: false, timeoutMs: 60_000 },
  anthropic: { type: 'anthropic', apiKeyEnv: 'ANTHROPIC_API_KEY', baseURLEnv: 'ANTHROPIC_BASE_URL', keyless: false, timeoutMs: 60_000 },
  google: { type: 'google', apiKeyEnv: 'GEMINI_API_KEY', baseURLEnv: 'GEMINI_BASE_URL', keyless: false, timeoutMs: 60_000 },
  groq: {
    type: 'openai-compatible',
    apiKeyEnv: 'GROQ_API_KEY',
    baseURL: 'https://api.groq.com/openai/v1',
    baseURLEnv: 'GROQ_BASE_URL',
    keyless: false,
    timeoutMs: 60_000,
  },
  sim: { type: 'sim', keyless: true, timeoutMs: 60_000 },
};

export interface LoadedConfig {
  config: GatewayConfig;
  /** Providers that can serve now (credentials present, or keyless). */
  providers: ProviderSettings[];
  /** Providers left out, with the reason (no secret values, only env var names). */
  unconfigured: { name: string; reason: string }[];
  gatewayKeys: string[];
  adminKeys: string[];
}

export function loadConfig(raw: unknown, env: Env): LoadedConfig {
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ConfigError(describe(parsed.error));
  const config = parsed.data;
  const providers: ProviderSettings[] = [];
  const unconfigured: LoadedConfig['unconfigured'] = [];
  const merged = { ...DEFAULT_PROVIDERS, ...config.providers };
  for (const [name, provider] of Object.entries(merged)) {
    const apiKey = provider.apiKeyEnv ? nonEmpty(env[provider.apiKeyEnv]) : undefined;
    if (!apiKey && !provider.keyless && provider.type !== 'sim') {
      unconfigured.push({ name, reason: `no API key (set ${provider.apiKeyEnv ?? 'apiKeyEnv in the config'})` });
      continue;
    }
    const baseURL = (provider.baseURLEnv && nonEmpty(env[provider.baseURLEnv])) || provider.baseURL;
    providers.push({ name, type: provider.type, apiKey, baseURL, timeoutMs: provider.timeoutMs, headers: provider.headers });
  }
  return {
    config,
    providers,
    unconfigured,
    gatewayKeys: splitKeys(env.GATEWAY_API_KEYS),
    adminKeys: splitKeys(env.ADMIN_API_KEY),
  };
}

/** Parses a JSON config text (from a file or a Workers var), naming the problem on failure. */
export function parseConfigText(text: string | undefined, origin: string): unknown {
  if (!text || text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${origin} is not valid JSON: ${(err as Error).message}`);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

function splitKeys(value: string | undefined): string[] {
  return (value ?? '').split(',').map((k) => k.trim()).filter((k) => k.length > 0);
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `config.${issue.path.map(String).join('.')}: ${issue.message}`)
    .join('; ');
}
