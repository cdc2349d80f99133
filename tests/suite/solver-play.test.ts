// (a) Solver play scores exactly 1, "wrong" play exactly 0, on 100 seeds at each difficulty.
import { describe, expect, it } from 'vitest';
import { playMode } from '../../benchmarks/harness';
import { DIFFICULTIES } from '../../benchmarks/types';
import { ALL_TASKS } from './helpers';

const SEEDS = 100;

describe.each(ALL_TASKS.map((task) => [task.id, task] as const))('%s', (_id, task) => {
  it.each(DIFFICULTIES)('solver scores 1 and wrong play scores 0 (%s)', async (difficulty) => {
    const failures: string[] = [];
    for (let seed = 0; seed < SEEDS; seed++) {
      const scenario = task.generate(seed, difficulty);
      const optimal = await playMode(task, scenario, 'optimal');
      const wrong = await playMode(task, scenario, 'wrong');
      if (Math.abs(optimal.result.score - 1) > 1e-9) failures.push(`seed ${seed}: optimal ${optimal.result.score}`);
      if (wrong.result.score !== 0) failures.push(`seed ${seed}: wrong ${wrong.result.score}`);
      if (optimal.transcript.calls > task.maxCallsPerScenario) failures.push(`seed ${seed}: ${optimal.transcript.calls} calls`);
      if (wrong.transcript.calls > task.maxCallsPerScenario) failures.push(`seed ${seed}: wrong used ${wrong.transcript.calls} calls`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
