// Table tests: for a fixed catalog, each policy picks the expected model per agent type.
import { describe, expect, it } from 'vitest';
import { route } from '../../src/core/routing';
import type { AgentType } from '../../src/core/types';
import { catalogOf, chat, contextFor, modelEntry, modelProfile, oneHot, profileSetOf, WEATHER_TOOL } from './fixtures';

// pro: best and slow/expensive; std: good middle; lite: cheap, no tools; fast: quickest, a bit better than lite.
const catalog = catalogOf([
  modelEntry({ id: 'a/pro', inputPerMTok: 10, outputPerMTok: 40 }),
  modelEntry({ id: 'b/std', inputPerMTok: 1, outputPerMTok: 4 }),
  modelEntry({ id: 'c/lite', inputPerMTok: 0.1, outputPerMTok: 0.4, tools: false }),
  modelEntry({ id: 'd/fast', inputPerMTok: 0.2, outputPerMTok: 0.8 }),
]);
const speed = {
  'a/pro': { ttftMs: 2000, tokensPerSecond: 40, outputTokens: 200 },
  'b/std': { ttftMs: 500, tokensPerSecond: 100, outputTokens: 200 },
  'c/lite': { ttftMs: 200, tokensPerSecond: 300, outputTokens: 200 },
  'd/fast': { ttftMs: 150, tokensPerSecond: 500, outputTokens: 200 },
} as const;
const scores: Record<keyof typeof speed, Record<AgentType, number>> = {
  'a/pro': { simple_reflex: 0.92, model_based_reflex: 0.85, goal_based: 0.9, utility_based: 0.85, learning: 0.9 },
  'b/std': { simple_reflex: 0.9, model_based_reflex: 0.8, goal_based: 0.7, utility_based: 0.76, learning: 0.7 },
  'c/lite': { simple_reflex: 0.85, model_based_reflex: 0.5, goal_based: 0.4, utility_based: 0.45, learning: 0.4 },
  'd/fast': { simple_reflex: 0.88, model_based_reflex: 0.55, goal_based: 0.45, utility_based: 0.5, learning: 0.45 },
};
const profiles = profileSetOf(
  (Object.keys(speed) as Array<keyof typeof speed>).map((id) =>
    modelProfile(id, Object.fromEntries(Object.entries(scores[id]).map(([t, score]) => [t, { score, ...speed[id] }]))),
  ),
);
const ctx = contextFor(catalog, profiles);

const EXPECTED: Record<string, Record<AgentType, string>> = {
  // Simple reflex weighs latency: the fast model; learning and goal-based weigh score: the best.
  balanced: { simple_reflex: 'd/fast', model_based_reflex: 'b/std', goal_based: 'a/pro', utility_based: 'a/pro', learning: 'a/pro' },
  quality: { simple_reflex: 'a/pro', model_based_reflex: 'a/pro', goal_based: 'a/pro', utility_based: 'a/pro', learning: 'a/pro' },
  // Cheapest at or above the cost policy's default min_score 0.5.
  cost: { simple_reflex: 'c/lite', model_based_reflex: 'c/lite', goal_based: 'b/std', utility_based: 'd/fast', learning: 'b/std' },
  latency: { simple_reflex: 'd/fast', model_based_reflex: 'd/fast', goal_based: 'b/std', utility_based: 'd/fast', learning: 'b/std' },
};

describe('policy table (fixed catalog)', () => {
  for (const [policy, byType] of Object.entries(EXPECTED)) {
    for (const [type, model] of Object.entries(byType) as Array<[AgentType, string]>) {
      it(`${policy} / ${type} -> ${model}`, () => {
        const decision = route(chat('hello', { model: `router/${policy}` }), oneHot(type), ctx);
        expect(decision.plan.primary).toBe(model);
        expect(decision.frontier).toContain(model);
      });
    }
  }

  it('a request with tools never goes to a model without tool support', () => {
    for (const policy of Object.keys(EXPECTED)) {
      for (const type of Object.keys(EXPECTED.balanced!) as AgentType[]) {
        const request = chat('weather in Paris?', { model: `router/${policy}`, tools: [WEATHER_TOOL] });
        const decision = route(request, oneHot(type), ctx);
        expect([decision.plan.primary, ...decision.plan.fallbacks]).not.toContain('c/lite');
        expect(decision.rejected.find((r) => r.model === 'c/lite')?.reasons).toContain('no tools support');
      }
    }
  });

  it('fallbacks follow policy order and respect maxFallbacks', () => {
    const decision = route(chat('x', { model: 'router/quality' }), oneHot('learning'), ctx);
    expect(decision.plan.fallbacks).toEqual(['b/std', 'd/fast']);
    expect(decision.candidates.map((c) => c.model)).toEqual(['a/pro', 'b/std', 'd/fast', 'c/lite']);
  });

  it('a mixed posterior moves the balanced choice between the type optima', () => {
    const sure = route(chat('x'), oneHot('simple_reflex', 1), ctx).plan.primary;
    const unsure = route(chat('x'), { ...oneHot('simple_reflex', 0.3), posterior: { simple_reflex: 0.3, model_based_reflex: 0, goal_based: 0.35, utility_based: 0, learning: 0.35 } }, ctx).plan.primary;
    expect(sure).toBe('d/fast');
    expect(unsure).toBe('a/pro');
  });

  it('conservative mode ranks by the low end of the interval', () => {
    const wide = profileSetOf([
      modelProfile('a/pro', { score: 0.8, halfWidth: 0.4 }),
      modelProfile('b/std', { score: 0.75, halfWidth: 0.05 }),
    ]);
    const two = catalogOf([catalog.models[0]!, catalog.models[1]!]);
    expect(route(chat('x', { model: 'router/quality' }), oneHot('learning'), contextFor(two, wide)).plan.primary).toBe('a/pro');
    const conservative = route(chat('x', { model: 'router/quality', router: { conservative: true } }), oneHot('learning'), contextFor(two, wide));
    expect(conservative.plan.primary).toBe('b/std');
    expect(conservative.conservative).toBe(true);
  });
});
