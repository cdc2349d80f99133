// The `router` section of the config file: named policies with built-in defaults. Parsing fills
// every per-type weight, so route() never merges defaults per request.
import { z } from 'zod';
import { AGENT_TYPES, type AgentType } from '../types';

export const OBJECTIVES = ['quality', 'cost', 'latency', 'balanced'] as const;
export type Objective = (typeof OBJECTIVES)[number];

export const weightsSchema = z.object({
  score: z.number().nonnegative(),
  cost: z.number().nonnegative(),
  latency: z.number().nonnegative(),
});
export type Weights = z.infer<typeof weightsSchema>;

export const limitsSchema = z.object({
  minScore: z.number().min(0).max(1).optional(),
  maxCostUsd: z.number().positive().optional(),
  maxLatencyMs: z.number().positive().optional(),
  allowProviders: z.array(z.string().min(1)).optional(),
  denyProviders: z.array(z.string().min(1)).optional(),
  allowModels: z.array(z.string().min(1)).optional(),
  denyModels: z.array(z.string().min(1)).optional(),
  openWeightOnly: z.boolean().optional(),
});
export type Limits = z.infer<typeof limitsSchema>;

/**
 * Balanced-policy weights. Utility = score*w.score - cost*log10(usd / 1e-3) - latency*log10(ms / 1000):
 * a tenfold cost (or latency) change is worth `w.cost` (or `w.latency`) of score. Simple reflex
 * agents wait on each answer, so latency weighs more; goal-based and learning agents fail
 * expensively when wrong, so score weighs more.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<AgentType, Weights>> = {
  simple_reflex: { score: 1, cost: 0.08, latency: 0.12 },
  model_based_reflex: { score: 1, cost: 0.06, latency: 0.06 },
  goal_based: { score: 1, cost: 0.03, latency: 0.02 },
  utility_based: { score: 1, cost: 0.05, latency: 0.03 },
  learning: { score: 1, cost: 0.03, latency: 0.02 },
};

const policyInputSchema = z.object({
  objective: z.enum(OBJECTIVES),
  weights: z.partialRecord(z.enum(AGENT_TYPES), weightsSchema.partial()).optional(),
  limits: limitsSchema.optional(),
  conservative: z.boolean().optional(),
});
export type PolicyInput = z.infer<typeof policyInputSchema>;

export interface PolicyConfig {
  name: string;
  objective: Objective;
  weights: Record<AgentType, Weights>;
  limits: Limits;
  conservative?: boolean;
}

export const BUILT_IN_POLICIES: Readonly<Record<string, PolicyInput>> = {
  balanced: { objective: 'balanced' },
  quality: { objective: 'quality' },
  // Cheapest model that is still likely to do the job; a request's min_score overrides it.
  cost: { objective: 'cost', limits: { minScore: 0.5 } },
  latency: { objective: 'latency', limits: { minScore: 0.5 } },
};

function resolvePolicy(name: string, input: PolicyInput): PolicyConfig {
  const weights = Object.fromEntries(
    AGENT_TYPES.map((t) => [t, { ...DEFAULT_WEIGHTS[t], ...input.weights?.[t] }]),
  ) as Record<AgentType, Weights>;
  return {
    name,
    objective: input.objective,
    weights,
    limits: input.limits ?? {},
    ...(input.conservative === undefined ? {} : { conservative: input.conservative }),
  };
}

export const routerConfigSchema = z
  .object({
    defaultPolicy: z.string().min(1).default('balanced'),
    maxFallbacks: z.number().int().min(0).max(10).default(2),
    /** Rank by the low end of the score interval unless a policy or request says otherwise. */
    conservative: z.boolean().default(false),
    /** Merged over the built-in policies (same name replaces the built-in). */
    policies: z.record(z.string().regex(/^[a-z0-9_-]+$/i), policyInputSchema).default({}),
  })
  .transform((raw) => {
    const merged = { ...BUILT_IN_POLICIES, ...raw.policies };
    const policies: Record<string, PolicyConfig> = {};
    for (const [name, input] of Object.entries(merged)) policies[name] = resolvePolicy(name, input);
    return { ...raw, policies };
  })
  .refine((config) => config.defaultPolicy in config.policies, {
    message: 'router.defaultPolicy must name a policy',
    path: ['defaultPolicy'],
  });

export type RouterConfigInput = z.input<typeof routerConfigSchema>;
export type RouterConfig = z.output<typeof routerConfigSchema>;

export function parseRouterConfig(input: RouterConfigInput | undefined = {}): RouterConfig {
  return routerConfigSchema.parse(input);
}

/** The request's `router` body field (headers are parsed into the same shape). */
export const routerOptionsSchema = z.object({
  policy: z.string().regex(/^[a-z0-9_-]+$/i).optional(),
  max_cost_usd: z.number().positive().optional(),
  min_score: z.number().min(0).max(1).optional(),
  max_latency_ms: z.number().positive().optional(),
  models: z.array(z.string().min(1)).optional(),
  providers: z.array(z.string().min(1)).optional(),
  open_weight_only: z.boolean().optional(),
  conservative: z.boolean().optional(),
});
