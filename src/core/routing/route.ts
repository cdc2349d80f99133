// The whole routing decision: filter -> predict -> limits -> frontier -> policy order -> plan.
// Pure: the routing table, config and availability callback come in through RouteContext.
import type { RouterConfig } from './config-schema';
import { certainClassification, type AgentType, type ChatRequest, type Classification } from '../types';
import { hardFilterReasons, type AvailabilityCheck, type Rejection } from './candidates';
import type { CandidateScore, Decision } from './decision';
import { frontierFlags } from './frontier';
import { noModelError, type LimitTracker, newLimitTracker, trackLimits, limitReasons } from './limit-check';
import { comparePolicyOrder, mixWeights, objectiveValue, resolvePolicy, type ResolvedPolicy } from './policies';
import { posteriorWeights, predict, requestFeatures, type RequestFeatures } from './predict';
import { validateRouterOptions } from './validate-options';
import type { RoutingTable } from './table';

export interface RouteContext {
  /** The snapshot from ProfileRegistry.current(), taken once per request. */
  table: RoutingTable;
  config: RouterConfig;
  /** From the executor: false while a model's breaker is open or its provider lacks credentials. */
  isAvailable?: AvailabilityCheck;
}

const ALWAYS_AVAILABLE: AvailabilityCheck = () => true;

export function route(request: ChatRequest, classification: Classification, ctx: RouteContext): Decision {
  validateRouterOptions(request.router);
  const pinned = ctx.table.byId.has(request.model) ? request.model : null;
  const policy = resolvePolicy(request, ctx.config, pinned);
  return decide(requestFeatures(request), classification, policy, ctx, pinned);
}

/** The decision for a type with no request at hand (typical tokens per call): for the frontier API. */
export function routeForType(type: AgentType, policyName: string | undefined, ctx: RouteContext): Decision {
  const classification = certainClassification(type);
  const request: ChatRequest = { model: 'router', messages: [], ...(policyName ? { router: { policy: policyName } } : {}) };
  const policy = resolvePolicy(request, ctx.config, null);
  return decide({ inputTokens: null, maxOutputTokens: null, needs: 0 }, classification, policy, ctx, null);
}

function decide(
  features: RequestFeatures,
  classification: Classification,
  policy: ResolvedPolicy,
  ctx: RouteContext,
  pinned: string | null,
): Decision {
  const { table } = ctx;
  const isAvailable = ctx.isAvailable ?? ALWAYS_AVAILABLE;
  const posterior = posteriorWeights(classification.posterior, classification.type);
  const weights = mixWeights(policy.config, posterior);
  const candidates: CandidateScore[] = [];
  const rejected: Rejection[] = [];
  const tracker: LimitTracker = newLimitTracker();
  for (const row of table.rows) {
    const reasons = hardFilterReasons(row, features, policy.limits, isAvailable);
    if (reasons) {
      rejected.push({ model: row.id, stage: 'capability', reasons });
      continue;
    }
    const p = predict(table, row, posterior, features);
    const score = policy.conservative ? p.scoreLo : p.score;
    trackLimits(tracker, row.id, score, p.costUsd, p.latencyMs);
    const outside = limitReasons(policy.limits, score, p.costUsd, p.latencyMs);
    if (outside) {
      rejected.push({ model: row.id, stage: 'limit', reasons: outside });
      continue;
    }
    const utility = objectiveValue(policy.objective, weights, score, p.costUsd, p.latencyMs);
    candidates.push({
      model: row.id, provider: row.provider, score, scoreMean: p.score, scoreLo: p.scoreLo,
      scoreHi: p.scoreHi, costUsd: p.costUsd, latencyMs: p.latencyMs, utility, frontier: false,
    });
  }
  if (candidates.length === 0) throw noModelError(features, policy, tracker, pinned);
  const flags = frontierFlags(candidates);
  for (let i = 0; i < candidates.length; i++) candidates[i]!.frontier = flags[i]!;
  candidates.sort(comparePolicyOrder);
  return buildDecision(features, classification, policy, ctx, pinned, candidates, rejected);
}

function buildDecision(
  features: RequestFeatures,
  classification: Classification,
  policy: ResolvedPolicy,
  ctx: RouteContext,
  pinned: string | null,
  candidates: CandidateScore[],
  rejected: Rejection[],
): Decision {
  const frontier: string[] = [];
  for (const c of candidates) if (c.frontier) frontier.push(c.model);
  const chosen = candidates.slice(0, 1 + ctx.config.maxFallbacks).map((c) => c.model);
  const reason = planReason(policy, classification, frontier.length, candidates.length, pinned);
  const { table } = ctx;
  return {
    plan: { primary: chosen[0]!, fallbacks: chosen.slice(1), policy: policy.name, reason },
    policy: policy.name,
    objective: policy.objective,
    conservative: policy.conservative,
    pinned,
    classification,
    inputTokens: features.inputTokens,
    limits: policy.limits,
    frontier,
    candidates,
    rejected,
    profiles: { version: table.version, generatedAt: table.generatedAt, simulated: table.simulated },
  };
}

const OBJECTIVE_TEXT = { quality: 'highest score', cost: 'cheapest', latency: 'fastest', balanced: 'best utility' };

function planReason(
  policy: ResolvedPolicy,
  classification: Classification,
  frontierSize: number,
  eligible: number,
  pinned: string | null,
): string {
  if (pinned) return `pinned model ${pinned}`;
  const what = `${OBJECTIVE_TEXT[policy.objective]}${policy.conservative ? ' (conservative)' : ''}`;
  // Three places, as x-router-confidence: two would print a 0.997 guess as p=1.00, an override.
  const type = `${classification.type} p=${classification.confidence.toFixed(3)}`;
  return `${policy.name}: ${what} for ${type}; ${frontierSize} on frontier of ${eligible} eligible`;
}
