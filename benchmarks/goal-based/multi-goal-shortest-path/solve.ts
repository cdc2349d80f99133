// Generation and the exact solver: Dijkstra between key nodes, then every goal ordering.
import { dijkstra, pathTo, permutations, type Edge } from '../../lib/graph';
import { createRng } from '../../lib/rng';
import { DIFFICULTIES, type Difficulty } from '../../types';

export interface PathScenario {
  seed: number;
  difficulty: Difficulty;
  nodes: string[];
  edges: Edge[];
  start: string;
  goals: string[];
  optimalPath: string[];
  optimalLength: number;
}

const NODE_COUNT = [8, 11, 14];
const GOAL_COUNT = [2, 3, 4];
const EXTRA_EDGES = [6, 12, 20];
const NAMES = ['Ash', 'Birch', 'Cedar', 'Dock', 'Elm', 'Fern', 'Gate', 'Hill', 'Iris', 'Jade', 'Kiln', 'Lark', 'Mill', 'Nook', 'Oak', 'Pier'];

function buildEdges(rng: ReturnType<typeof createRng>, nodes: string[], extra: number): Edge[] {
  // A random cycle through every node keeps the graph strongly connected; extras add choices and traps.
  const cycle = rng.shuffle(nodes);
  const edges: Edge[] = cycle.map((from, i) => ({ from, to: cycle[(i + 1) % cycle.length]!, weight: rng.int(2, 9) }));
  const has = (from: string, to: string) => edges.some((e) => e.from === from && e.to === to);
  for (let added = 0, tries = 0; added < extra && tries < 500; tries++) {
    const from = rng.pick(nodes);
    const to = rng.pick(nodes);
    if (from === to || has(from, to)) continue;
    edges.push({ from, to, weight: rng.int(1, 14) });
    added++;
  }
  return edges;
}

export function solvePath(nodes: string[], edges: Edge[], start: string, goals: string[]) {
  const runs = new Map([start, ...goals].map((node) => [node, dijkstra(nodes, edges, node)]));
  let best: { length: number; path: string[] } = { length: Infinity, path: [] };
  for (const order of permutations(goals)) {
    let length = 0;
    const path = [start];
    let at = start;
    for (const goal of order) {
      const run = runs.get(at)!;
      length += run.dist.get(goal)!;
      path.push(...pathTo(run.previous, at, goal).slice(1));
      at = goal;
    }
    if (length < best.length) best = { length, path };
  }
  return best;
}

export function generatePath(seed: number, difficulty: Difficulty): PathScenario {
  const rng = createRng(`multi-goal-shortest-path:${seed}:${difficulty}`);
  const level = DIFFICULTIES.indexOf(difficulty);
  const nodes = rng.shuffle(NAMES).slice(0, NODE_COUNT[level]!).sort();
  const edges = buildEdges(rng, nodes, EXTRA_EDGES[level]!);
  const [start, ...goals] = rng.shuffle(nodes).slice(0, GOAL_COUNT[level]! + 1) as [string, ...string[]];
  goals.sort();
  const best = solvePath(nodes, edges, start, goals);
  return { seed, difficulty, nodes, edges, start, goals, optimalPath: best.path, optimalLength: best.length };
}

/** Length of a path if it is valid (starts at start, follows edges, visits every goal); else undefined. */
export function pathLength(scenario: PathScenario, path: readonly string[]): number | undefined {
  if (path[0] !== scenario.start) return undefined;
  let length = 0;
  for (let i = 1; i < path.length; i++) {
    const edge = scenario.edges.find((e) => e.from === path[i - 1] && e.to === path[i]);
    if (!edge) return undefined;
    length += edge.weight;
  }
  return scenario.goals.every((goal) => path.includes(goal)) ? length : undefined;
}
