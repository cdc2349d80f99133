// (e) answers vary, (f) the call budget, (g) request shapes. Cheap structural checks over every task.
import { describe, expect, it } from 'vitest';
import { AGENT_TYPES } from '../../src/core/types';
import { playMode } from '../../benchmarks/harness';
import { SUITE_TASKS } from '../../benchmarks/index';
import { DIFFICULTIES } from '../../benchmarks/types';
import { ALL_TASKS } from './helpers';

/** Tasks whose real-world counterpart uses native tools: their requests must carry `tools`. */
const TOOL_USING = new Set(['partial-view-maze', 'inventory-restock', 'site-navigation']);
const callBudget = (tasks: typeof SUITE_TASKS) => tasks.reduce((sum, t) => sum + t.defaultScenarios * t.maxCallsPerScenario, 0);

describe('suite shape and budget', () => {
  it('has exactly 15 tasks, 3 per agent type', () => {
    expect(SUITE_TASKS).toHaveLength(15);
    for (const type of AGENT_TYPES) expect(SUITE_TASKS.filter((t) => t.type === type), type).toHaveLength(3);
  });

  it('keeps a default refresh within 600 calls, no task above 20% of it', () => {
    const total = callBudget(SUITE_TASKS);
    expect(total).toBeLessThanOrEqual(600);
    for (const task of SUITE_TASKS) expect(task.defaultScenarios * task.maxCallsPerScenario, task.id).toBeLessThanOrEqual(0.2 * total);
  });

  it('has unique kebab-case ids across suite and validation tasks', () => {
    const ids = ALL_TASKS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe.each(ALL_TASKS.map((task) => [task.id, task] as const))('%s', (_id, task) => {
  it('has no near-constant answer: the most common solve() output covers <= 20% of 300 scenarios', () => {
    const counts = new Map<string, number>();
    for (const difficulty of DIFFICULTIES) {
      for (let seed = 0; seed < 100; seed++) {
        const answer = JSON.stringify(task.solve(task.generate(seed, difficulty)));
        counts.set(answer, (counts.get(answer) ?? 0) + 1);
      }
    }
    expect(Math.max(...counts.values()) / 300).toBeLessThanOrEqual(0.2);
  });

  it('sends a system message in every request, and tools when it is a tool-using task', async () => {
    for (const difficulty of DIFFICULTIES) {
      for (const seed of [3, 4]) {
        const { requests } = await playMode(task, task.generate(seed, difficulty), 'optimal');
        for (const request of requests) {
          expect(request.messages[0]?.role).toMatch(/^(system|developer)$/);
          if (TOOL_USING.has(task.id)) expect(request.tools?.length ?? 0).toBeGreaterThan(0);
        }
      }
    }
  });
});
