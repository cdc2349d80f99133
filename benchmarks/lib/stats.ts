// Small statistics helpers for profiles and the validity report. Pure and seeded: the same
// inputs give the same intervals on every machine.
import { createRng } from './rng';

/** Arithmetic mean; null for an empty list or any non-finite value. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) return null;
    sum += value;
  }
  return sum / values.length;
}

/** 1-based ranks; tied values share the average of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.index] = rank;
    start = end + 1;
  }
  return ranks;
}

function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const mx = mean(xs);
  const my = mean(ys);
  if (mx === null || my === null) return null;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // A constant series has no ranking to correlate with.
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman rank correlation (Pearson on average ranks). Null when undefined: fewer than two
 * pairs, lengths differ, a non-finite value, or one series constant.
 */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  if (![...xs, ...ys].every(Number.isFinite)) return null;
  const rho = pearson(averageRanks(xs), averageRanks(ys));
  return rho === null ? null : Math.max(-1, Math.min(1, rho));
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  /** Central coverage, e.g. 0.95. */
  level?: number;
}

export interface Interval {
  mean: number;
  lo: number;
  hi: number;
}

/** Linear-interpolated quantile of sorted values (type 7, as R and numpy default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  const weight = position - below;
  return sorted[below]! * (1 - weight) + sorted[above]! * weight;
}

/** Percentile bootstrap interval of the mean, seeded. Null for an empty or non-finite input. */
export function bootstrapInterval(values: readonly number[], options: BootstrapOptions = {}): Interval | null {
  const center = mean(values);
  if (center === null) return null;
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const rng = createRng(options.seed ?? 1);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[rng.int(0, values.length - 1)]!;
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { mean: center, lo: quantileSorted(means, tail), hi: quantileSorted(means, 1 - tail) };
}
