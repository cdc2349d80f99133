// Hard filters: a model that cannot serve this request at all is removed before any ranking,
// with the reasons recorded for explain.
import type { Limits } from '../../config/router-schema';
import type { RequestFeatures } from './predict';
import { CAPABILITY_NAMES, type ModelRow } from './table';

export interface Rejection {
  model: string;
  /** 'capability' = cannot serve the request; 'limit' = predicted outside a limit. */
  stage: 'capability' | 'limit';
  reasons: string[];
}

/** Breaker state and credentials, owned by the executor; true = may be called now. */
export type AvailabilityCheck = (modelId: string) => boolean;

/** Why `row` cannot serve the request, or null when it can. */
export function hardFilterReasons(
  row: ModelRow,
  features: RequestFeatures,
  limits: Limits,
  isAvailable: AvailabilityCheck,
): string[] | null {
  let reasons: string[] | null = null;
  const add = (reason: string) => (reasons ??= []).push(reason);
  const missing = features.needs & ~row.capabilities;
  if (missing !== 0) {
    for (const [bit, name] of CAPABILITY_NAMES) if (missing & bit) add(`no ${name} support`);
  }
  if (features.inputTokens !== null && features.inputTokens > row.contextWindow) {
    add(`context window ${row.contextWindow} < ~${features.inputTokens} input tokens`);
  }
  if (limits.allowModels && !limits.allowModels.includes(row.id)) add('model not in allowed models');
  if (limits.denyModels?.includes(row.id)) add('model denied');
  if (limits.allowProviders && !limits.allowProviders.includes(row.provider)) add(`provider ${row.provider} not allowed`);
  if (limits.denyProviders?.includes(row.provider)) add(`provider ${row.provider} denied`);
  if (limits.openWeightOnly && !row.openWeight) add('not open-weight');
  if (!isAvailable(row.id)) add('unavailable (circuit open or no credentials)');
  return reasons;
}

/** Names of the request's needs, for the "no model can serve this request" message. */
export function describeNeeds(features: RequestFeatures): string[] {
  const out: string[] = [];
  for (const [bit, name] of CAPABILITY_NAMES) if (features.needs & bit) out.push(name);
  return out;
}
