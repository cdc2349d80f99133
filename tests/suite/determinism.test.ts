// (d) Same seed, same bytes: scenario JSON and first request hashed against committed snapshots.
import { describe, expect, it } from 'vitest';
import { playMode } from '../../benchmarks/harness';
import { DIFFICULTIES } from '../../benchmarks/types';
import { ALL_TASKS, sha256 } from './helpers';

const SEEDS = [1, 42, 123456789];

async function fingerprint(task: (typeof ALL_TASKS)[number], seed: number, difficulty: (typeof DIFFICULTIES)[number]) {
  const scenario = task.generate(seed, difficulty);
  const { requests } = await playMode(task, scenario, 'optimal');
  return { scenario: sha256(JSON.stringify(scenario)), request: sha256(JSON.stringify(requests[0])) };
}

describe.each(ALL_TASKS.map((task) => [task.id, task] as const))('%s', (_id, task) => {
  it('generates byte-identical scenarios and first requests, matching the committed hashes', async () => {
    const hashes: Record<string, { scenario: string; request: string }> = {};
    for (const difficulty of DIFFICULTIES) {
      for (const seed of SEEDS) {
        const first = await fingerprint(task, seed, difficulty);
        expect(await fingerprint(task, seed, difficulty)).toEqual(first);
        hashes[`${difficulty}:${seed}`] = first;
      }
    }
    expect(hashes).toMatchSnapshot();
  });
});
