// Graph algorithms for the goal-based tasks: Dijkstra with paths, and BFS.

export interface Edge { from: string; to: string; weight: number }

/** Adjacency in insertion order (deterministic iteration). */
export function adjacency(edges: readonly Edge[]): Map<string, Edge[]> {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) {
    const list = out.get(edge.from) ?? [];
    list.push(edge);
    out.set(edge.from, list);
  }
  return out;
}

/** Shortest distances and predecessor links from `source` (O(V^2): graphs here are tiny). */
export function dijkstra(nodes: readonly string[], edges: readonly Edge[], source: string) {
  const adj = adjacency(edges);
  const dist = new Map<string, number>(nodes.map((n) => [n, Infinity]));
  const previous = new Map<string, string>();
  const done = new Set<string>();
  dist.set(source, 0);
  for (;;) {
    let current: string | undefined;
    for (const node of nodes) if (!done.has(node) && (current === undefined || dist.get(node)! < dist.get(current)!)) current = node;
    if (current === undefined || dist.get(current) === Infinity) break;
    done.add(current);
    for (const edge of adj.get(current) ?? []) {
      const candidate = dist.get(current)! + edge.weight;
      if (candidate < dist.get(edge.to)!) {
        dist.set(edge.to, candidate);
        previous.set(edge.to, current);
      }
    }
  }
  return { dist, previous };
}

export function pathTo(previous: ReadonlyMap<string, string>, source: string, target: string): string[] {
  const path = [target];
  while (path[0] !== source) {
    const before = previous.get(path[0]!);
    if (before === undefined) return [];
    path.unshift(before);
  }
  return path;
}

/** All orderings of a small list (goals <= 5). */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** BFS shortest path over unweighted successors; undefined when unreachable. */
export function bfsPath<N>(start: N, isGoal: (node: N) => boolean, successors: (node: N) => N[], key: (node: N) => string): N[] | undefined {
  const previous = new Map<string, N | null>([[key(start), null]]);
  const queue: N[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (isGoal(node)) {
      const path: N[] = [node];
      for (let p = previous.get(key(node)); p !== null && p !== undefined; p = previous.get(key(p))) path.unshift(p);
      return path;
    }
    for (const next of successors(node)) {
      if (previous.has(key(next))) continue;
      previous.set(key(next), node);
      queue.push(next);
    }
  }
  return undefined;
}
