// (c) Malformed, empty, huge and adversarial replies score 0, and neither run() nor score() throws.
import { describe, expect, it } from 'vitest';
import { play } from '../../benchmarks/harness';
import { DIFFICULTIES } from '../../benchmarks/types';
import { ALL_TASKS } from './helpers';
import { HOSTILE_REPLIES } from './hostile-replies';

const SEEDS = [0, 1];

describe.each(ALL_TASKS.map((task) => [task.id, task] as const))('%s', (_id, task) => {
  it.each(Object.keys(HOSTILE_REPLIES))('%s scores 0 without throwing', async (name) => {
    const reply = HOSTILE_REPLIES[name]!;
    for (const difficulty of DIFFICULTIES) {
      for (const seed of SEEDS) {
        const scenario = task.generate(seed, difficulty);
        const { result, transcript } = await play(task, scenario, reply);
        expect(result.score, `${difficulty} seed ${seed}`).toBe(0);
        expect(transcript.calls).toBeLessThanOrEqual(task.maxCallsPerScenario);
      }
    }
  });

  it('score() survives transcripts with no replies or garbage messages', () => {
    const scenario = task.generate(7, 'medium');
    const garbage = { role: 'assistant', content: [{ type: 'text', text: 42 }], tool_calls: [null] } as never;
    expect(task.score(scenario, { messages: [], replies: [], calls: 0 }).score).toBe(0);
    expect(task.score(scenario, { messages: [garbage], replies: [garbage], calls: 1 }).score).toBe(0);
  });
});
