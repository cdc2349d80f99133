// Numeric limits (min score, max cost, max latency) on predictions, and the 4xx that names the
// limit no model meets when nothing is left.
import type { Limits } from './config-schema';
import { describeNeeds } from './candidates';
import type { ResolvedPolicy } from './policies';
import type { RequestFeatures } from './predict';
import { RoutingError } from './routing-error';

/** Best achievable value per axis over the models that could serve the request. */
export interface LimitTracker {
  capable: number;
  bestScore: number;
  bestScoreModel: string;
  minCost: number;
  minCostModel: string;
  minLatency: number;
  minLatencyModel: string;
}

export function newLimitTracker(): LimitTracker {
  return {
    capable: 0,
    bestScore: -Infinity, bestScoreModel: '',
    minCost: Infinity, minCostModel: '',
    minLatency: Infinity, minLatencyModel: '',
  };
}

export function trackLimits(t: LimitTracker, model: string, score: number, cost: number, latency: number): void {
  t.capable += 1;
  if (score > t.bestScore) { t.bestScore = score; t.bestScoreModel = model; }
  if (cost < t.minCost) { t.minCost = cost; t.minCostModel = model; }
  if (latency < t.minLatency) { t.minLatency = latency; t.minLatencyModel = model; }
}

export function limitReasons(limits: Limits, score: number, cost: number, latency: number): string[] | null {
  let out: string[] | null = null;
  if (limits.minScore !== undefined && score < limits.minScore) {
    (out ??= []).push(`score ${score.toFixed(3)} < min_score ${limits.minScore}`);
  }
  if (limits.maxCostUsd !== undefined && cost > limits.maxCostUsd) {
    (out ??= []).push(`cost $${cost.toPrecision(3)} > max_cost_usd ${limits.maxCostUsd}`);
  }
  if (limits.maxLatencyMs !== undefined && latency > limits.maxLatencyMs) {
    (out ??= []).push(`latency ${Math.round(latency)}ms > max_latency_ms ${limits.maxLatencyMs}`);
  }
  return out;
}

interface LimitMiss {
  param: string;
  text: string;
}

function limitMisses(limits: Limits, t: LimitTracker): { alone: LimitMiss[]; active: LimitMiss[] } {
  const alone: LimitMiss[] = [];
  const active: LimitMiss[] = [];
  const check = (value: number | undefined, param: string, met: (v: number) => boolean, best: string) => {
    if (value === undefined) return;
    const miss = { param: `router.${param}`, text: `${param}=${value} (best: ${best})` };
    active.push(miss);
    if (!met(value)) alone.push(miss);
  };
  check(limits.minScore, 'min_score', (v) => t.bestScore >= v, `${t.bestScore.toFixed(3)} ${t.bestScoreModel}`);
  check(limits.maxCostUsd, 'max_cost_usd', (v) => t.minCost <= v, `$${t.minCost.toPrecision(3)} ${t.minCostModel}`);
  check(limits.maxLatencyMs, 'max_latency_ms', (v) => t.minLatency <= v, `${Math.round(t.minLatency)}ms ${t.minLatencyModel}`);
  return { alone, active };
}

/** The 422 for an empty candidate list: which requirement or limit no model meets. */
export function noModelError(
  features: RequestFeatures,
  policy: ResolvedPolicy,
  tracker: LimitTracker,
  pinned: string | null,
): RoutingError {
  if (tracker.capable === 0) return noCapableModel(features, policy, pinned);
  const { alone, active } = limitMisses(policy.limits, tracker);
  const misses = alone.length > 0 ? alone : active;
  const together = alone.length === 0 && active.length > 1 ? ' together' : '';
  return new RoutingError({
    status: 422,
    code: 'no_model_meets_limits',
    param: misses[0]?.param ?? null,
    message: `no model meets ${misses.map((m) => m.text).join(' and ')}${together} (policy ${policy.name})`,
  });
}

function noCapableModel(features: RequestFeatures, policy: ResolvedPolicy, pinned: string | null): RoutingError {
  const needs = describeNeeds(features);
  const l = policy.limits;
  const scope: string[] = [];
  if (pinned) scope.push(`model ${pinned}`);
  else if (l.allowModels) scope.push(`models [${l.allowModels.join(', ')}]`);
  if (l.allowProviders) scope.push(`providers [${l.allowProviders.join(', ')}]`);
  if (l.openWeightOnly) scope.push('open-weight only');
  const param = needs.includes('tools') ? 'tools'
    : needs.includes('json_schema') || needs.includes('json_object') ? 'response_format'
    : l.allowModels ? (pinned ? 'model' : 'router.models')
    : l.allowProviders ? 'router.providers' : null;
  const needText = needs.length > 0 ? ` needing ${needs.join(', ')}` : '';
  const scopeText = scope.length > 0 ? ` within ${scope.join(', ')}` : '';
  return new RoutingError({
    status: 422,
    code: 'no_capable_model',
    param,
    message: `no available model can serve this request${needText}${scopeText} (context size, credentials and open circuits also apply; see /v1/router/explain)`,
  });
}
