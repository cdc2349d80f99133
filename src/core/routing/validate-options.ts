// Checks the `router` body options when the edge has not (explain, tests, library callers).
import type { RouterOptions } from '../types';
import { RoutingError } from './routing-error';

function bad(param: string, message: string): RoutingError {
  return new RoutingError({ status: 400, code: 'invalid_router_option', param: `router.${param}`, message });
}

export function validateRouterOptions(options: RouterOptions | undefined): void {
  if (!options) return;
  const positive = (name: 'max_cost_usd' | 'max_latency_ms') => {
    const v = options[name];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v > 0)) {
      throw bad(name, `router.${name} must be a positive number`);
    }
  };
  positive('max_cost_usd');
  positive('max_latency_ms');
  const s = options.min_score;
  if (s !== undefined && !(typeof s === 'number' && s >= 0 && s <= 1)) {
    throw bad('min_score', 'router.min_score must be a number between 0 and 1');
  }
  for (const list of ['models', 'providers'] as const) {
    const v = options[list];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0))) {
      throw bad(list, `router.${list} must be a list of non-empty strings`);
    }
  }
}
