// The Workers refresh state kept in KV between cron ticks.
import { z } from 'zod';
import { AGENT_TYPES } from '../core/types';
import type { KeyValueStore } from './kv-run-log';

/** What one POST /v1/router/refresh asked for; the schedule's settings fill the rest. */
export const refreshOverridesSchema = z.object({
  models: z.array(z.string()).optional(),
  types: z.array(z.enum(AGENT_TYPES)).optional(),
  scenariosPerTask: z.number().int().positive().optional(),
  budgetUsd: z.number().positive().optional(),
  seed: z.number().int().nonnegative().optional(),
});
export type RefreshOverrides = z.infer<typeof refreshOverridesSchema>;

export const sliceStateSchema = z.object({
  version: z.literal(1),
  refreshNumber: z.number().int().nonnegative(),
  nextDueAt: z.number(),
  /** Set by POST /v1/router/refresh: start at the next tick even if not due. */
  requested: z.boolean(),
  /** Settings of the requested refresh, used when it starts. */
  overrides: refreshOverridesSchema.optional(),
  /** Best-effort guard against overlapping ticks (KV is eventually consistent). */
  leaseUntil: z.number(),
  active: z
    .object({
      runId: z.string(),
      startedAt: z.string(),
      chunks: z.number().int().nonnegative(),
      done: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
      spentUsd: z.number().nonnegative(),
      /** The run's spend cap, fixed when it starts (a request may have set it). */
      budgetUsd: z.number().positive().optional(),
      completedModels: z.array(z.string()),
    })
    .optional(),
  last: z
    .object({
      runId: z.string(),
      finishedAt: z.string(),
      status: z.string(),
      updated: z.array(z.string()),
      spentUsd: z.number(),
    })
    .optional(),
});

export type SliceState = z.infer<typeof sliceStateSchema>;

export const INITIAL_STATE: SliceState = { version: 1, refreshNumber: 0, nextDueAt: 0, requested: false, leaseUntil: 0 };

export async function loadSliceState(kv: KeyValueStore, key: string): Promise<SliceState> {
  const text = await kv.get(key);
  if (!text) return structuredClone(INITIAL_STATE);
  try {
    const parsed = sliceStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : structuredClone(INITIAL_STATE);
  } catch {
    return structuredClone(INITIAL_STATE);
  }
}

export async function saveSliceState(kv: KeyValueStore, key: string, state: SliceState): Promise<void> {
  await kv.put(key, JSON.stringify(state));
}
