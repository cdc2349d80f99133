// Pareto frontier on (score up, cost down, latency down).

export interface Point {
  score: number;
  costUsd: number;
  latencyMs: number;
}

/** True when `a` is at least as good as `b` everywhere and strictly better somewhere. */
export function dominates(a: Point, b: Point): boolean {
  if (a.score < b.score || a.costUsd > b.costUsd || a.latencyMs > b.latencyMs) return false;
  return a.score > b.score || a.costUsd < b.costUsd || a.latencyMs < b.latencyMs;
}

/**
 * Flags the non-dominated points. Points are visited by score (desc), then cost and latency
 * (asc): a point can only be dominated by one visited earlier, and if it is dominated at all it
 * is dominated by a frontier point (dominance is transitive), so each point is checked against
 * the frontier found so far only.
 */
export function frontierFlags(points: readonly Point[]): boolean[] {
  const order = points.map((_, i) => i);
  order.sort((i, j) => {
    const a = points[i]!, b = points[j]!;
    return b.score - a.score || a.costUsd - b.costUsd || a.latencyMs - b.latencyMs || i - j;
  });
  const flags = new Array<boolean>(points.length).fill(false);
  const kept: Point[] = [];
  for (const i of order) {
    const p = points[i]!;
    let dominated = false;
    for (const q of kept) {
      if (dominates(q, p)) {
        dominated = true;
        break;
      }
    }
    if (!dominated) {
      kept.push(p);
      flags[i] = true;
    }
  }
  return flags;
}
