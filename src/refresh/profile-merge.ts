// Merging measured models into a profile set: measured types replace old ones, types this run
// did not measure keep their previous figures, and a model still missing a type is left out
// (a profile must cover every type; inventing one would mislead the router).
import { profileSetSchema, type ModelProfile, type ProfileSet } from '../core/profiles/schema';
import { AGENT_TYPES } from '../core/types';
import type { MeasuredModel } from './aggregate';

export interface MergeResult {
  set: ProfileSet;
  updated: string[];
  incomplete: string[];
}

export function mergeProfiles(
  previous: ProfileSet | undefined,
  measured: readonly MeasuredModel[],
  simulated: boolean,
  generatedAt: string,
): MergeResult {
  const base = previous && previous.simulated === simulated ? previous.models : [];
  const models = new Map<string, ModelProfile>(base.map((m) => [m.model, m]));
  const updated: string[] = [];
  const incomplete: string[] = [];
  for (const fresh of measured) {
    const types = { ...models.get(fresh.model)?.types, ...fresh.types };
    if (AGENT_TYPES.every((type) => types[type] !== undefined)) {
      models.set(fresh.model, { model: fresh.model, simulated: fresh.simulated, types: types as ModelProfile['types'] });
      updated.push(fresh.model);
    } else {
      incomplete.push(fresh.model);
    }
  }
  const set = profileSetSchema.parse({ version: 1, generatedAt, simulated, models: [...models.values()] });
  return { set, updated, incomplete };
}

/** Reads a stored profile set leniently: anything invalid counts as no previous set. */
export function parseProfileSet(text: string | null | undefined): ProfileSet | undefined {
  if (!text) return undefined;
  try {
    const parsed = profileSetSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
