// The trainer's L2 pick: lowest log-loss among the strengths whose model reads the suite's own
// traffic at the floor or above (scripts/suite-traffic.ts).
import { describe, expect, it } from 'vitest';
import { chooseAboveFloor } from '../scripts/suite-traffic';

const candidates = [
  { l2: 0.003, loss: 0.54, worst: 0.8 },
  { l2: 0.01, loss: 0.55, worst: 0.93 },
  { l2: 0.02, loss: 0.58, worst: 0.978 },
  { l2: 0.03, loss: 0.6, worst: 1 },
];

describe('chooseAboveFloor', () => {
  it('passes over lower-loss strengths whose model misreads the suite', () => {
    expect(chooseAboveFloor(candidates, 0.95)).toEqual({ best: candidates[2], metFloor: true });
  });

  it('is the plain lowest loss when the floor is 0 or every candidate meets it', () => {
    expect(chooseAboveFloor(candidates, 0).best.l2).toBe(0.003);
    expect(chooseAboveFloor(candidates, 0.8).best.l2).toBe(0.003);
  });

  it('falls back to the lowest loss, and says so, when no candidate reaches the floor', () => {
    expect(chooseAboveFloor(candidates.slice(0, 2), 0.95)).toEqual({ best: candidates[0], metFloor: false });
  });

  it('does not depend on the order of the candidates', () => {
    expect(chooseAboveFloor([...candidates].reverse(), 0.95).best.l2).toBe(0.02);
  });

  it('refuses an empty list', () => {
    expect(() => chooseAboveFloor([], 0.95)).toThrow(/no candidates/);
  });
});
