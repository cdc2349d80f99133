// Measured profiles on top of shipped priors. The schema needs all five agent types per model, so
// a measured model replaces its prior entry whole; models with no measurement keep their prior.
import type { ModelProfile, ProfileSet } from './schema';
import { assertKind, assertNotMixed } from './store';

/** The later of two timestamps; unparsable ones lose, and ties go to `b`. */
function later(a: string, b: string): string {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(tb)) return Number.isNaN(ta) ? b : a;
  return !Number.isNaN(ta) && ta > tb ? a : b;
}

/**
 * Pure: neither input is changed. Keeps the priors' model order, appends measured-only models in
 * their own order, and refuses (ProfileKindError) to mix simulated and real sets.
 */
export function overlayProfiles(priors: ProfileSet, measured: ProfileSet): ProfileSet {
  assertNotMixed(priors);
  assertKind(measured, priors.simulated);
  const byModel = new Map<string, ModelProfile>(measured.models.map((m) => [m.model, m]));
  const models = priors.models.map((prior) => byModel.get(prior.model) ?? prior);
  const priorIds = new Set(priors.models.map((m) => m.model));
  for (const [id, entry] of byModel) if (!priorIds.has(id)) models.push(entry);
  return {
    version: 1,
    generatedAt: later(priors.generatedAt, measured.generatedAt),
    simulated: priors.simulated,
    models,
  };
}
