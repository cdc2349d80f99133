import { z } from 'zod';

/** Prices in USD per million tokens, from a frozen, dated price snapshot. */
export const modelPricesSchema = z.object({
  inputPerMTok: z.number().nonnegative(),
  outputPerMTok: z.number().nonnegative(),
  cachedInputPerMTok: z.number().nonnegative().optional(),
  cacheWritePerMTok: z.number().nonnegative().optional(),
  reasoningPerMTok: z.number().nonnegative().optional(),
});

export const modelCapabilitiesSchema = z.object({
  tools: z.boolean(),
  json: z.boolean(),
  jsonSchema: z.boolean(),
  vision: z.boolean(),
  streaming: z.boolean(),
});

export const modelEntrySchema = z.object({
  /** Gateway id, `<provider>/<name>`, e.g. `openai/gpt-4.1-mini`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*\/[A-Za-z0-9._:@-]+$/),
  /** Configured provider instance that serves it. */
  provider: z.string().min(1),
  /** Model name the upstream API expects. */
  upstream: z.string().min(1),
  displayName: z.string().optional(),
  prices: modelPricesSchema,
  /** Key of the model in the price snapshot, or 'configured' for hand-set prices. */
  priceKey: z.string().optional(),
  contextWindow: z.number().int().positive(),
  maxOutputTokens: z.number().int().positive().optional(),
  capabilities: modelCapabilitiesSchema,
  openWeight: z.boolean().default(false),
  simulated: z.boolean().default(false),
});

export const catalogSchema = z.object({
  version: z.literal(1),
  priceSnapshot: z.string().min(1),
  models: z.array(modelEntrySchema),
});

export type ModelPrices = z.infer<typeof modelPricesSchema>;
export type ModelCapabilities = z.infer<typeof modelCapabilitiesSchema>;
export type ModelEntry = z.infer<typeof modelEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
