import { z } from 'zod';
import { AGENT_TYPES } from '../types';

export const profileSourceSchema = z.enum(['measured', 'prior', 'imported', 'feedback']);

/** Where a figure came from: a public leaderboard row, a run log, ... */
export const citationSchema = z.object({
  name: z.string(),
  date: z.string(),
  detail: z.string().optional(),
});

export const typeProfileSchema = z.object({
  score: z.object({
    mean: z.number().min(0).max(1),
    /** 95% interval. */
    lo: z.number().min(0).max(1),
    hi: z.number().min(0).max(1),
    /** Scenarios behind the figure (0 for a prior). */
    n: z.number().int().nonnegative(),
  }),
  cost: z.object({
    usdPerTask: z.number().nonnegative(),
    callsPerTask: z.number().nonnegative(),
    inputTokensPerCall: z.number().nonnegative(),
    outputTokensPerCall: z.number().nonnegative(),
    reasoningTokensPerCall: z.number().nonnegative(),
    cachedInputTokensPerCall: z.number().nonnegative(),
  }),
  latency: z.object({
    p50Ms: z.number().nonnegative(),
    p95Ms: z.number().nonnegative(),
    ttftMs: z.number().nonnegative(),
    outputTokensPerSecond: z.number().positive(),
  }),
  errorRate: z.number().min(0).max(1),
  provenance: z.object({
    source: profileSourceSchema,
    suiteVersion: z.string(),
    priceSnapshot: z.string(),
    measuredAt: z.string(),
    citations: z.array(citationSchema).optional(),
    runId: z.string().optional(),
  }),
});

export const modelProfileSchema = z.object({
  model: z.string(),
  simulated: z.boolean().default(false),
  types: z.object(
    Object.fromEntries(AGENT_TYPES.map((t) => [t, typeProfileSchema])) as Record<
      (typeof AGENT_TYPES)[number],
      typeof typeProfileSchema
    >,
  ),
});

export const profileSetSchema = z.object({
  version: z.literal(1),
  generatedAt: z.string(),
  /** A set is either all simulated or all real: the two are never mixed. */
  simulated: z.boolean(),
  models: z.array(modelProfileSchema),
});

export type ProfileSource = z.infer<typeof profileSourceSchema>;
export type TypeProfile = z.infer<typeof typeProfileSchema>;
export type ModelProfile = z.infer<typeof modelProfileSchema>;
export type ProfileSet = z.infer<typeof profileSetSchema>;
