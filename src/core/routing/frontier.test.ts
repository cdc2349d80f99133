import { describe, expect, it } from 'vitest';
import { dominates, frontierFlags } from './frontier';

const p = (score: number, costUsd: number, latencyMs: number) => ({ score, costUsd, latencyMs });

describe('frontier', () => {
  it('dominance needs at least one strict improvement', () => {
    expect(dominates(p(0.9, 1, 1), p(0.8, 1, 1))).toBe(true);
    expect(dominates(p(0.9, 1, 1), p(0.9, 1, 1))).toBe(false);
    expect(dominates(p(0.9, 2, 1), p(0.8, 1, 1))).toBe(false);
  });

  it('keeps exactly the non-dominated points (matches the quadratic definition)', () => {
    const points = [p(0.9, 10, 5), p(0.8, 1, 5), p(0.8, 2, 5), p(0.5, 0.5, 1), p(0.5, 0.5, 1), p(0.4, 0.6, 2), p(0.9, 10, 4)];
    const brute = points.map((a) => !points.some((b) => dominates(b, a)));
    expect(frontierFlags(points)).toEqual(brute);
    expect(brute).toEqual([false, true, false, true, true, false, true]);
  });
});
