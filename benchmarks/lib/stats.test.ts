import { describe, expect, it } from 'vitest';
import { averageRanks, bootstrapInterval, mean, quantileSorted, spearman } from './stats';

describe('mean', () => {
  it('averages finite values and refuses empty or non-finite input', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
    expect(mean([1, Number.NaN])).toBeNull();
    expect(mean([1, Number.POSITIVE_INFINITY])).toBeNull();
  });
});

describe('averageRanks', () => {
  it('gives tied values the mean of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 2])).toEqual([3, 1, 2]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
  });
});

describe('spearman', () => {
  it('is 1 for a monotone increasing relation and -1 for a decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 35, 100])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 7, 3, -1])).toBeCloseTo(-1, 12);
  });

  it('matches a hand computation with ties: 8 / sqrt(95)', () => {
    // x ranks 1..5; y = [5, 6, 7, 8, 7] has ranks [1, 2, 3.5, 5, 3.5]; sxy = 8, sxx = 10, syy = 9.5.
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(8 / Math.sqrt(95), 12);
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826817, 9);
  });

  it('returns null when undefined', () => {
    expect(spearman([1], [2])).toBeNull();
    expect(spearman([1, 2, 3], [1, 2])).toBeNull();
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(spearman([1, Number.NaN, 3], [1, 2, 3])).toBeNull();
    expect(spearman([], [])).toBeNull();
  });
});

describe('quantileSorted', () => {
  it('interpolates linearly between order statistics', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([7], 0.3)).toBe(7);
  });
});

describe('bootstrapInterval', () => {
  it('collapses to the value for constant data', () => {
    expect(bootstrapInterval([2, 2, 2], { seed: 3 })).toEqual({ mean: 2, lo: 2, hi: 2 });
  });

  it('is deterministic for a seed and brackets the mean', () => {
    const values = Array.from({ length: 100 }, (_, i) => i % 2);
    const a = bootstrapInterval(values, { resamples: 1000, seed: 7, level: 0.95 })!;
    expect(bootstrapInterval(values, { resamples: 1000, seed: 7, level: 0.95 })).toEqual(a);
    expect(a.mean).toBe(0.5);
    // Normal approximation: 0.5 +- 1.96 * sqrt(0.25 / 100) = [0.402, 0.598].
    expect(a.lo).toBeGreaterThan(0.37);
    expect(a.lo).toBeLessThan(0.43);
    expect(a.hi).toBeGreaterThan(0.57);
    expect(a.hi).toBeLessThan(0.63);
  });

  it('narrows at a lower level and refuses empty or non-finite input', () => {
    const values = [0.1, 0.4, 0.35, 0.8, 0.9, 0.2, 0.5];
    const wide = bootstrapInterval(values, { seed: 1, level: 0.95 })!;
    const narrow = bootstrapInterval(values, { seed: 1, level: 0.5 })!;
    expect(narrow.hi - narrow.lo).toBeLessThan(wide.hi - wide.lo);
    expect(bootstrapInterval([])).toBeNull();
    expect(bootstrapInterval([1, Number.NaN])).toBeNull();
  });
});
