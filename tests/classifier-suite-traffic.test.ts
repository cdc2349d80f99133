// Requests the built-in suite sends must be classified as the suite task's own type: the profiles
// are measured on this traffic, so misrouting it would mean profiling the wrong type.
import { describe, expect, it } from 'vitest';
import { SUITE_TASKS } from '../benchmarks/index';
import { playMode } from '../benchmarks/harness';
import { DIFFICULTIES } from '../benchmarks/types';
import { classify } from '../src/core/classify';
import { AGENT_TYPES, type AgentType, type ChatRequest } from '../src/core/types';

const SEEDS = [1, 2, 3, 4, 5];

describe('classifier on built-in suite traffic', () => {
  it('the suite has 15 tasks', () => {
    expect(SUITE_TASKS).toHaveLength(15);
  });

  it('classifies solver-played suite requests as their own type at >= 0.95 per type', async () => {
    const tally = new Map<AgentType, { n: number; ok: number; wrong: Record<string, number> }>();
    for (const task of SUITE_TASKS) {
      for (const difficulty of DIFFICULTIES) {
        for (const seed of SEEDS) {
          const { requests } = await playMode(task, task.generate(seed, difficulty), 'optimal');
          for (const request of requests) {
            const result = classify({ ...request, model: 'router/auto' } as ChatRequest);
            const entry = tally.get(task.type) ?? { n: 0, ok: 0, wrong: {} };
            entry.n++;
            if (result.type === task.type) entry.ok++;
            else entry.wrong[`${task.id}->${result.type}`] = (entry.wrong[`${task.id}->${result.type}`] ?? 0) + 1;
            tally.set(task.type, entry);
          }
        }
      }
    }
    for (const type of AGENT_TYPES) {
      const entry = tally.get(type);
      expect(entry?.n ?? 0, `${type}: no suite requests`).toBeGreaterThan(0);
      expect(entry!.ok / entry!.n, `${type} misclassified: ${JSON.stringify(entry!.wrong)}`).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);
});
