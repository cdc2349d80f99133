// Hard filters: a model that cannot serve this request at all is removed before any ranking,
// with the reasons recorded for explain.
import type { Limits } from './config-schema';
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

/** Why `row` cannot serve the request, or null when it can. No closures: this runs per model per request. */
export function hardFilterReasons(
  row: ModelRow,
  features: RequestFeatures,
  limits: Limits,
  isAvailable: AvailabilityCheck,
): string[] | null {
  const missing = features.needs & ~row.capabilities;
  const tooLong = features.inputTokens !== null && features.inputTokens > row.contextWindow;
  const notAllowed = limits.allowModels !== undefined && !limits.allowModels.includes(row.id);
  const denied = limits.denyModels !== undefined && limits.denyModels.includes(row.id);
  const providerNotAllowed = limits.allowProviders !== undefined && !limits.allowProviders.includes(row.provider);
  const providerDenied = limits.denyProviders !== undefined && limits.denyProviders.includes(row.provider);
  const closed = limits.openWeightOnly === true && !row.openWeight;
  const unavailable = !isAvailable(row.id);
  if (!(missing || tooLong || notAllowed || denied || providerNotAllowed || providerDenied || closed || unavailable)) {
    return null;
  }
  const reasons: string[] = [];
  for (const [bit, name] of CAPABILITY_NAMES) if (missing & bit) reasons.push(`no ${name} support`);
  if (tooLong) reasons.push(`context window ${row.contextWindow} < ~${features.inputTokens} input tokens`);
  if (notAllowed) reasons.push('model not in allowed models');
  if (denied) reasons.push('model denied');
  if (providerNotAllowed) reasons.push(`provider ${row.provider} not allowed`);
  if (providerDenied) reasons.push(`provider ${row.provider} denied`);
  if (closed) reasons.push('not open-weight');
  if (unavailable) reasons.push('unavailable (circuit open or no credentials)');
  return reasons;
}

/** Names of the request's needs, for the "no model can serve this request" message. */
export function describeNeeds(features: RequestFeatures): string[] {
  const out: string[] = [];
  for (const [bit, name] of CAPABILITY_NAMES) if (features.needs & bit) out.push(name);
  return out;
}
