// Policy resolution (config + per-request options) and the objective every policy ranks by.
import type { Limits, Objective, PolicyConfig, RouterConfig, Weights } from './config-schema';
import type { AgentType, ChatRequest, RouterOptions } from '../types';
import { RoutingError } from './routing-error';

/** Costs and latencies enter the balanced utility on a log scale around these references. */
export const COST_REFERENCE_USD = 1e-3;
export const LATENCY_REFERENCE_MS = 1000;
const COST_FLOOR_USD = 1e-9;
const LATENCY_FLOOR_MS = 1;

export interface ResolvedPolicy {
  name: string;
  objective: Objective;
  limits: Limits;
  conservative: boolean;
  config: PolicyConfig;
}

/** The policy a request names: body `router.policy`, else model `router/<policy>`, else the default. */
export function policyName(request: ChatRequest, config: RouterConfig): { name: string; param: string | null } {
  if (request.router?.policy) return { name: request.router.policy, param: 'router.policy' };
  // router/auto (and router/) mean "the configured default".
  if (request.model.startsWith('router/') && request.model !== 'router/auto' && request.model.length > 7) {
    return { name: request.model.slice(7), param: 'model' };
  }
  return { name: config.defaultPolicy, param: null };
}

function intersect(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.filter((x) => b.includes(x));
}

/** Request options override the policy's numeric limits; allow lists can only narrow. */
export function mergeLimits(base: Limits, options: RouterOptions | undefined, pinned: string | null): Limits {
  const pin = pinned ? [pinned] : undefined;
  // A pinned model keeps only the caller's own numeric limits: it asked for that model.
  const numeric = pinned ? {} : base;
  return {
    ...base,
    minScore: options?.min_score ?? numeric.minScore,
    maxCostUsd: options?.max_cost_usd ?? numeric.maxCostUsd,
    maxLatencyMs: options?.max_latency_ms ?? numeric.maxLatencyMs,
    allowModels: intersect(intersect(base.allowModels, options?.models), pin),
    allowProviders: intersect(base.allowProviders, options?.providers),
    openWeightOnly: (options?.open_weight_only ?? false) || base.openWeightOnly === true,
  };
}

export function resolvePolicy(
  request: ChatRequest,
  config: RouterConfig,
  pinned: string | null,
): ResolvedPolicy {
  const { name, param } = policyName(request, config);
  const policy = config.policies[name];
  if (!policy) {
    throw new RoutingError({
      status: 400,
      code: 'unknown_policy',
      param,
      message: `unknown routing policy '${name}'; known: ${Object.keys(config.policies).join(', ')}`,
    });
  }
  return {
    name,
    objective: policy.objective,
    limits: mergeLimits(policy.limits, request.router, pinned),
    conservative: request.router?.conservative ?? policy.conservative ?? config.conservative,
    config: policy,
  };
}

/** Balanced weights mixed over the posterior (weights per type, weighted by its probability). */
export function mixWeights(
  policy: PolicyConfig,
  posterior: ReadonlyArray<readonly [AgentType, number]>,
): Weights {
  let score = 0, cost = 0, latency = 0;
  for (const [type, p] of posterior) {
    const w = policy.weights[type];
    score += p * w.score;
    cost += p * w.cost;
    latency += p * w.latency;
  }
  return { score, cost, latency };
}

/**
 * The value a policy maximises. Every objective is monotone (never prefers lower score, higher
 * cost or higher latency), and ties are broken by the other axes, so the winner is never dominated.
 */
export function objectiveValue(
  objective: Objective,
  weights: Weights,
  score: number,
  costUsd: number,
  latencyMs: number,
): number {
  switch (objective) {
    case 'quality':
      return score;
    case 'cost':
      return -costUsd;
    case 'latency':
      return -latencyMs;
    case 'balanced':
      return (
        weights.score * score -
        weights.cost * Math.log10(Math.max(costUsd, COST_FLOOR_USD) / COST_REFERENCE_USD) -
        weights.latency * Math.log10(Math.max(latencyMs, LATENCY_FLOOR_MS) / LATENCY_REFERENCE_MS)
      );
  }
}

export interface Ranked {
  model: string;
  score: number;
  costUsd: number;
  latencyMs: number;
  utility: number;
}

/** Policy order: utility desc, then score desc, cost asc, latency asc, id: total and deterministic. */
export function comparePolicyOrder(a: Ranked, b: Ranked): number {
  return (
    b.utility - a.utility ||
    b.score - a.score ||
    a.costUsd - b.costUsd ||
    a.latencyMs - b.latencyMs ||
    (a.model < b.model ? -1 : a.model > b.model ? 1 : 0)
  );
}
