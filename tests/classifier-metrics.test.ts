// The evaluation's arithmetic: accuracy, macro-F1, calibration error and the family bootstrap.
import { describe, expect, it } from 'vitest';
import type { AgentType } from '../src/core/types';
import { computeMetrics, familyBootstrap, type Prediction } from '../scripts/classifier-data';

const p = (label: AgentType, predicted: AgentType, confidence: number): Prediction => ({ label, predicted, confidence });

describe('classifier metrics', () => {
  it('computes accuracy, per-type F1, macro-F1 and ECE by hand-checkable numbers', () => {
    const m = computeMetrics([
      p('simple_reflex', 'simple_reflex', 0.95),
      p('simple_reflex', 'goal_based', 0.55),
      p('goal_based', 'goal_based', 0.95),
      p('learning', 'learning', 0.75),
    ]);
    expect(m.accuracy).toBe(0.75);
    expect(m.f1.simple_reflex).toBeCloseTo(2 / 3, 10); // tp 1, actual 2, predicted 1
    expect(m.f1.goal_based).toBeCloseTo(2 / 3, 10); // tp 1, actual 1, predicted 2
    expect(m.f1.learning).toBe(1);
    expect(m.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1) / 5, 10); // types with no rows count as 0
    // bins: 0.9 holds two right at 0.95 (gap 0.05), 0.5 one wrong at 0.55, 0.7 one right at 0.75.
    expect(m.ece).toBeCloseTo((2 / 4) * 0.05 + (1 / 4) * 0.55 + (1 / 4) * 0.25, 10);
  });

  it('family bootstrap: a point interval when every family is right, a wide one when one family is all wrong', () => {
    const right = Array.from({ length: 20 }, (_, i) => ({ ...p('learning', 'learning', 0.9), family: `f${i % 10}` }));
    expect(familyBootstrap(right).accuracy).toEqual([1, 1]);
    // Ten small right families and one big wrong one: resampling whole families swings accuracy a
    // lot (the big family is drawn 0, 1, 2... times), far more than resampling rows would.
    const wrong = Array.from({ length: 10 }, () => ({ ...p('goal_based', 'simple_reflex', 0.9), family: 'big' }));
    const mixed = [...right.slice(0, 10), ...wrong];
    const [lo, hi] = familyBootstrap(mixed).accuracy;
    expect(lo).toBeLessThan(0.4);
    expect(hi).toBeGreaterThanOrEqual(0.999);
    expect(familyBootstrap(mixed)).toEqual(familyBootstrap(mixed)); // seeded: repeatable
  });
});
