// (b) Random and trivial players must not do well: a task they pass is saturated or degenerate.
import { afterAll, describe, expect, it } from 'vitest';
import { play } from '../../benchmarks/harness';
import { createRng } from '../../benchmarks/lib/rng';
import { DIFFICULTIES } from '../../benchmarks/types';
import { constantPlayer, emptyPlayer, randomPlayer } from './agents';
import { ALL_TASKS, mean } from './helpers';

const SEEDS = 40;
const LIMIT = 0.5;
const table: Record<string, { random: string; constant: string; empty: string }> = {};

describe.each(ALL_TASKS.map((task) => [task.id, task] as const))('%s', (id, task) => {
  it('random, constant and empty players score a mean <= 0.5', async () => {
    const scores = { random: [] as number[], constant: [] as number[], empty: [] as number[] };
    for (const difficulty of DIFFICULTIES) {
      for (let seed = 0; seed < SEEDS; seed++) {
        const scenario = task.generate(seed, difficulty);
        const rng = createRng(`random-agent:${id}:${difficulty}:${seed}`);
        scores.random.push((await play(task, scenario, randomPlayer(rng))).result.score);
        scores.constant.push((await play(task, scenario, constantPlayer())).result.score);
        scores.empty.push((await play(task, scenario, emptyPlayer)).result.score);
      }
    }
    const means = { random: mean(scores.random), constant: mean(scores.constant), empty: mean(scores.empty) };
    table[id] = { random: means.random.toFixed(3), constant: means.constant.toFixed(3), empty: means.empty.toFixed(3) };
    expect(means.random).toBeLessThanOrEqual(LIMIT);
    expect(means.constant).toBeLessThanOrEqual(LIMIT);
    expect(means.empty).toBeLessThanOrEqual(LIMIT);
  });
});

afterAll(() => {
  console.log(`Baseline means over ${SEEDS} seeds x ${DIFFICULTIES.length} difficulties (limit ${LIMIT}):`);
  console.table(table);
});
