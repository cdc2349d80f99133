import { describe, expect, it } from 'vitest';
import { routingImpact } from '../scripts/routing-impact';
import { catalogOf, chat, contextFor, modelEntry, modelProfile, oneHot, profileSetOf } from './routing/fixtures';

// Two equally priced models, each best at a different type: the route depends on the type.
const catalog = catalogOf([
  modelEntry({ id: 'p/planner', inputPerMTok: 1, outputPerMTok: 4 }),
  modelEntry({ id: 'q/reflex', inputPerMTok: 1, outputPerMTok: 4 }),
]);
const set = profileSetOf([
  modelProfile('p/planner', { goal_based: { score: 0.95 }, simple_reflex: { score: 0.3 } }),
  modelProfile('q/reflex', { goal_based: { score: 0.4 }, simple_reflex: { score: 0.6 } }),
]);
const { table, config } = contextFor(catalog, set);
const quality = (rows: Parameters<typeof routingImpact>[0]) => routingImpact(rows, table, config).find((p) => p.policy === 'quality')!;

describe('routingImpact', () => {
  it('a classifier that is right and sure routes as the oracle does, with no regret', () => {
    const q = quality([{ request: chat('plan it'), label: 'goal_based', classification: oneHot('goal_based') }]);
    expect(q.requests).toBe(1);
    expect(q.classifier).toMatchObject({ sameAsOracle: 1, regret: 0, noRoute: 0 });
    expect(q.classifier.trueScore).toBeCloseTo(0.95);
  });

  it('a confident wrong type costs the score gap under the true type', () => {
    const q = quality([{ request: chat('plan it'), label: 'goal_based', classification: oneHot('simple_reflex') }]);
    expect(q.classifier.sameAsOracle).toBe(0);
    expect(q.classifier.regret).toBeCloseTo(0.95 - 0.4);
    expect(q.argmax.regret).toBeCloseTo(0.95 - 0.4);
  });

  it('a hedged posterior can recover what its top type loses', () => {
    // Top type wrong (simple_reflex 0.45), goal_based close behind: the planner's larger edge at goal wins the mix.
    const classification = { ...oneHot('simple_reflex', 0.45), posterior: { simple_reflex: 0.45, goal_based: 0.4, model_based_reflex: 0.05, utility_based: 0.05, learning: 0.05 } };
    const q = quality([{ request: chat('plan it'), label: 'goal_based', classification }]);
    expect(q.argmax.sameAsOracle).toBe(0);
    expect(q.classifier.sameAsOracle).toBe(1);
    expect(q.classifier.regret).toBe(0);
  });

  it('ignores a model a row names, so dataset rows are routed, not pinned', () => {
    const q = quality([{ request: chat('plan it', { model: 'q/reflex' }), label: 'goal_based', classification: oneHot('goal_based') }]);
    expect(q.classifier.sameAsOracle).toBe(1);
    expect(q.classifier.trueScore).toBeCloseTo(0.95);
  });
});
