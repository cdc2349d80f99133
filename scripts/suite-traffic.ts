// The requests the built-in suite sends (each task played by its solver, every difficulty, five
// seeds) and how a classifier reads them. Profiles are measured on this traffic, so the classifier
// must read it as each task's own type: the acceptance test checks that, and the trainer uses it
// as a floor when it picks the L2 strength. It is never trained on.
import { SUITE_TASKS } from '../benchmarks/index';
import { playMode } from '../benchmarks/harness';
import { DIFFICULTIES } from '../benchmarks/types';
import { classify, type ClassifierModel } from '../src/core/classify';
import { AGENT_TYPES, type AgentType, type ChatRequest } from '../src/core/types';

export const SUITE_SEEDS = [1, 2, 3, 4, 5];

export interface SuiteRequest {
  task: string;
  type: AgentType;
  request: ChatRequest;
}

export interface SuiteTally {
  n: number;
  ok: number;
  /** Misreadings, keyed "task->type". */
  wrong: Record<string, number>;
}

export async function suiteTraffic(seeds: readonly number[] = SUITE_SEEDS): Promise<SuiteRequest[]> {
  const out: SuiteRequest[] = [];
  for (const task of SUITE_TASKS) {
    for (const difficulty of DIFFICULTIES) {
      for (const seed of seeds) {
        const { requests } = await playMode(task, task.generate(seed, difficulty), 'optimal');
        for (const request of requests) out.push({ task: task.id, type: task.type, request: { ...request, model: 'router/auto' } as ChatRequest });
      }
    }
  }
  return out;
}

/** Per type: how many suite requests `model` (default: the shipped weights) reads as that type. */
export function tallySuite(traffic: readonly SuiteRequest[], model?: ClassifierModel): Map<AgentType, SuiteTally> {
  const tally = new Map<AgentType, SuiteTally>(AGENT_TYPES.map((type) => [type, { n: 0, ok: 0, wrong: {} }]));
  for (const { task, type, request } of traffic) {
    const entry = tally.get(type)!;
    const got = classify(request, model).type;
    entry.n++;
    if (got === type) entry.ok++;
    else entry.wrong[`${task}->${got}`] = (entry.wrong[`${task}->${got}`] ?? 0) + 1;
  }
  return tally;
}

/** The lowest per-type accuracy (0 when a type has no requests). */
export function worstTypeAccuracy(tally: ReadonlyMap<AgentType, SuiteTally>): number {
  return Math.min(...[...tally.values()].map((entry) => (entry.n === 0 ? 0 : entry.ok / entry.n)));
}

export const formatTally = (tally: ReadonlyMap<AgentType, SuiteTally>): string =>
  [...tally].map(([type, entry]) => `${type} ${entry.ok}/${entry.n}`).join(', ');

/**
 * The candidate with the lowest loss among those whose worst per-type suite accuracy reaches
 * `floor`; when none does (or the floor is 0), the lowest loss overall, and `metFloor` says which.
 */
export function chooseAboveFloor<T extends { loss: number; worst: number }>(candidates: readonly T[], floor: number): { best: T; metFloor: boolean } {
  if (candidates.length === 0) throw new Error('no candidates to choose from');
  const byLoss = [...candidates].sort((a, b) => a.loss - b.loss);
  const above = floor > 0 ? byLoss.find((c) => c.worst >= floor) : byLoss[0];
  return above === undefined ? { best: byLoss[0]!, metFloor: false } : { best: above, metFloor: true };
}
