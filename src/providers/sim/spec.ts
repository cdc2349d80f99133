// Simulated model definitions: what a sim model is good at, what it costs and how fast it is.
// Shipped in profiles/sim/models.json; the catalog entries are derived from them.
import { z } from 'zod';
import { AGENT_TYPES, type AgentType } from '../../core/types';
import {
  modelCapabilitiesSchema,
  modelPricesSchema,
  type ModelEntry,
} from '../../core/catalog/types';

const competenceShape = Object.fromEntries(
  AGENT_TYPES.map((type) => [type, z.number().min(0).max(1)]),
) as Record<AgentType, z.ZodNumber>;

export const simModelSpecSchema = z.object({
  /** Gateway id, always `sim/<name>`. */
  id: z.string().regex(/^sim\/[A-Za-z0-9._-]+$/),
  displayName: z.string().regex(/simulated/i, 'displayName must say "simulated"'),
  /** Share of scenarios of each agent type the model plays optimally (the rest it gets wrong). */
  competence: z.object(competenceShape),
  prices: modelPricesSchema,
  latency: z.object({
    ttftMs: z.number().nonnegative(),
    outputTokensPerSecond: z.number().positive(),
  }),
  capabilities: modelCapabilitiesSchema,
  contextWindow: z.number().int().positive().default(128_000),
});

export const simModelFileSchema = z.object({
  version: z.literal(1),
  models: z.array(simModelSpecSchema).min(1),
});

export type SimModelSpec = z.infer<typeof simModelSpecSchema>;
export type SimModelFile = z.infer<typeof simModelFileSchema>;

/** The catalog entry a sim model is served under (provider instance `sim` by default). */
export function simCatalogEntry(spec: SimModelSpec, provider = 'sim'): ModelEntry {
  return {
    id: spec.id,
    provider,
    upstream: spec.id.slice('sim/'.length),
    displayName: spec.displayName,
    prices: spec.prices,
    priceKey: 'configured',
    contextWindow: spec.contextWindow,
    capabilities: spec.capabilities,
    openWeight: false,
    simulated: true,
  };
}

/** Finds a spec by gateway id (`sim/x`) or by upstream name (`x`). */
export function findSimSpec(specs: readonly SimModelSpec[], model: string): SimModelSpec | undefined {
  return specs.find((spec) => spec.id === model || spec.id === `sim/${model}`);
}
