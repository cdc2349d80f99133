// Routing controls from request headers, and the decision headers on every routed response.
import { parseAgentType } from '../core/classify';
import { GatewayError, invalidRequest } from '../core/errors';
import type { Decision } from '../core/routing';
import { AGENT_TYPES, type ChatRequest, type RouterOptions } from '../core/types';

export type HeaderGet = (name: string) => string | undefined;

function headerError(name: string, message: string): GatewayError {
  return new GatewayError({ status: 400, message: `header ${name}: ${message}`, param: name, code: 'invalid_router_header' });
}

function numberHeader(get: HeaderGet, name: string, check: (v: number) => boolean, expect: string): number | undefined {
  const raw = get(name)?.trim();
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value)) throw headerError(name, `expected ${expect}, got '${raw}'`);
  return value;
}

function listHeader(get: HeaderGet, name: string): string[] | undefined {
  const raw = get(name);
  if (raw === undefined || raw.trim() === '') return undefined;
  const items = raw.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw headerError(name, 'expected a comma-separated list without empty items');
  return items;
}

function booleanHeader(get: HeaderGet, name: string): boolean | undefined {
  const raw = get(name)?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw headerError(name, `expected true or false, got '${raw}'`);
}

/** Routing options from x-router-* headers; undefined when none is set. Body options win at merge. */
export function routerOptionsFromHeaders(get: HeaderGet): RouterOptions | undefined {
  const options: RouterOptions = {};
  const policy = get('x-router-policy')?.trim();
  if (policy) {
    if (!/^[a-z0-9_-]+$/i.test(policy)) throw headerError('x-router-policy', `invalid policy name '${policy}'`);
    options.policy = policy;
  }
  const maxCost = numberHeader(get, 'x-router-max-cost', (v) => v > 0, 'a positive USD amount');
  if (maxCost !== undefined) options.max_cost_usd = maxCost;
  const minScore = numberHeader(get, 'x-router-min-score', (v) => v >= 0 && v <= 1, 'a number between 0 and 1');
  if (minScore !== undefined) options.min_score = minScore;
  const maxLatency = numberHeader(get, 'x-router-max-latency-ms', (v) => v > 0, 'a positive number of milliseconds');
  if (maxLatency !== undefined) options.max_latency_ms = maxLatency;
  const models = listHeader(get, 'x-router-models');
  if (models) options.models = models;
  const providers = listHeader(get, 'x-router-providers');
  if (providers) options.providers = providers;
  const openWeight = booleanHeader(get, 'x-router-open-weight-only');
  if (openWeight !== undefined) options.open_weight_only = openWeight;
  const conservative = booleanHeader(get, 'x-router-conservative');
  if (conservative !== undefined) options.conservative = conservative;
  return Object.keys(options).length > 0 ? options : undefined;
}

/**
 * Checks the type overrides (`x-agent-type`, `metadata.agent_type`): a value that names no type is
 * a 400 like any other bad router header, not a silent fall-back to the classifier.
 */
export function checkAgentTypeOverrides(get: HeaderGet, request: ChatRequest): void {
  const header = get('x-agent-type')?.trim();
  if (header && parseAgentType(header) === undefined) {
    throw headerError('x-agent-type', `expected one of ${AGENT_TYPES.join(', ')}, got '${header}'`);
  }
  const metadata = request.metadata?.agent_type?.trim();
  if (metadata && parseAgentType(metadata) === undefined) {
    throw invalidRequest(`Invalid value for 'metadata.agent_type': expected one of ${AGENT_TYPES.join(', ')}, got '${metadata}'`, 'metadata.agent_type');
  }
}

/** Merges header options under the body's `router` field (the body is the more specific). */
export function mergeRouterOptions(body: RouterOptions | undefined, headers: RouterOptions | undefined): RouterOptions | undefined {
  if (!headers) return body;
  return { ...headers, ...body };
}

/** Header values must be visible ASCII; reasons are built from ids and numbers, but be safe. */
function headerSafe(value: string, max = 200): string {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > max ? `${clean.slice(0, max - 3)}...` : clean;
}

export function decisionHeaders(decision: Decision): Record<string, string> {
  return {
    'x-router-agent-type': decision.classification.type,
    'x-router-confidence': decision.classification.confidence.toFixed(3),
    'x-router-policy': decision.policy,
    'x-router-model': decision.plan.primary,
    'x-router-candidates': headerSafe(decision.frontier.join(','), 2000),
    'x-router-reason': headerSafe(decision.plan.reason),
  };
}
