import { describe, expect, it } from 'vitest';
import { catalogOf, chat, contextFor, modelEntry, modelProfile, oneHot, profileSetOf, WEATHER_TOOL } from '../../../tests/routing/fixtures';
import { route, routeForType } from './route';
import { RoutingError } from './routing-error';

const catalog = catalogOf([
  modelEntry({ id: 'a/big', inputPerMTok: 10, outputPerMTok: 40, contextWindow: 200_000 }),
  modelEntry({ id: 'b/small', inputPerMTok: 0.1, outputPerMTok: 0.4, tools: false, contextWindow: 1000, openWeight: true }),
]);
const set = profileSetOf([modelProfile('a/big', { score: 0.9 }), modelProfile('b/small', { score: 0.5 })]);
const ctx = contextFor(catalog, set);

function routingError(fn: () => unknown): RoutingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RoutingError) return error;
    throw error;
  }
  throw new Error('expected a RoutingError');
}

describe('route', () => {
  it('names the limit no model meets, with the best achievable value', () => {
    const e = routingError(() => route(chat('x', { router: { min_score: 0.95 } }), oneHot('learning'), ctx));
    expect(e.status).toBe(422);
    expect(e.code).toBe('no_model_meets_limits');
    expect(e.param).toBe('router.min_score');
    expect(e.message).toContain('min_score=0.95 (best: 0.900 a/big)');
  });

  it('says when limits are each met but not together', () => {
    const e = routingError(() => route(chat('x', { router: { min_score: 0.8, max_cost_usd: 0.001 } }), oneHot('learning'), ctx));
    expect(e.message).toMatch(/min_score=0\.8 .* and max_cost_usd=0\.001 .* together/);
  });

  it('rejects requests no model can serve, naming the requirement', () => {
    const e = routingError(() => route(chat('x', { tools: [WEATHER_TOOL], router: { open_weight_only: true } }), oneHot('learning'), ctx));
    expect(e.code).toBe('no_capable_model');
    expect(e.param).toBe('tools');
    expect(e.message).toContain('needing tools within open-weight only');
  });

  it('removes models that are unavailable or too small for the prompt', () => {
    const d = route(chat('x'.repeat(8000)), oneHot('learning'), { ...ctx, isAvailable: (id) => id !== 'nope' });
    expect(d.rejected).toEqual([{ model: 'b/small', stage: 'capability', reasons: [expect.stringContaining('context window 1000')] }]);
    const e = routingError(() => route(chat('x'), oneHot('learning'), { ...ctx, isAvailable: () => false }));
    expect(e.code).toBe('no_capable_model');
  });

  it('rejects unknown policies and bad options with 400', () => {
    expect(routingError(() => route(chat('x', { model: 'router/nope' }), oneHot('learning'), ctx))).toMatchObject({ status: 400, code: 'unknown_policy', param: 'model' });
    expect(routingError(() => route(chat('x', { router: { min_score: 2 } }), oneHot('learning'), ctx))).toMatchObject({ status: 400, param: 'router.min_score' });
  });

  it('router/auto uses the default policy; a catalog id pins the model', () => {
    expect(route(chat('x', { model: 'router/auto' }), oneHot('learning'), ctx).policy).toBe('balanced');
    const pinned = route(chat('x', { model: 'b/small' }), oneHot('learning'), ctx);
    expect(pinned.plan).toMatchObject({ primary: 'b/small', fallbacks: [], reason: 'pinned model b/small' });
  });

  it('allow lists from the request narrow the policy', () => {
    const d = route(chat('x', { model: 'router/quality', router: { providers: ['b'] } }), oneHot('learning'), ctx);
    expect(d.plan.primary).toBe('b/small');
    expect(d.rejected[0]?.reasons).toEqual(['provider a not allowed']);
  });

  it('routeForType uses typical tokens per call', () => {
    const d = routeForType('goal_based', 'cost', ctx);
    expect(d.inputTokens).toBeNull();
    expect(d.plan.primary).toBe('b/small');
  });
});
