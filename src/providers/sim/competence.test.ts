import { describe, expect, it } from 'vitest';
import type { AssistantMessage, ChatRequest } from '../../core/types';
import type { ProviderSettings, SimOracle } from '../types';
import { createSimAdapter } from './adapter';
import { playsCorrectly } from './competence';
import { shippedSimModels } from './shipped';

const settings: ProviderSettings = { name: 'sim', type: 'sim', timeoutMs: 60_000 };
const models = shippedSimModels();
const request: ChatRequest = { model: 'x', messages: [{ role: 'user', content: 'play' }] };
const right: AssistantMessage = { role: 'assistant', content: 'RIGHT' };
const wrong: AssistantMessage = { role: 'assistant', content: 'WRONG' };

function oracle(agentType: string, scenarioIndex: number): SimOracle {
  return { agentType, scenarioIndex, optimal: () => right, wrong: () => wrong };
}

describe('sim competence', () => {
  it('plays the configured share of scenarios right, within ~1/N over 200 indices', () => {
    const N = 200;
    for (const spec of models) {
      for (const [type, competence] of Object.entries(spec.competence)) {
        let hits = 0;
        for (let i = 0; i < N; i++) if (playsCorrectly(spec.id, type, i, competence)) hits++;
        expect(Math.abs(hits / N - competence)).toBeLessThanOrEqual(3 / N);
      }
    }
  });

  it('holds for any contiguous window (a task inside a type) too', () => {
    for (const start of [0, 17, 60, 123]) {
      let hits = 0;
      for (let i = start; i < start + 30; i++) if (playsCorrectly('sim/learner', 'learning', i, 0.9)) hits++;
      expect(Math.abs(hits / 30 - 0.9)).toBeLessThanOrEqual(2 / 30);
    }
  });

  it('depends on the scenario index only, not on call order or concurrency', async () => {
    const adapter = createSimAdapter(settings, models, { sleep: async () => {} });
    const indices = Array.from({ length: 60 }, (_, i) => i);
    const play = async (i: number) =>
      (await adapter.generate(request, { model: 'balanced-mid', timeoutMs: 1000, oracle: oracle('goal_based', i) })).content;
    const forward = await Promise.all(indices.map(play));
    const shuffled = [...indices].sort((a, b) => ((a * 37) % 61) - ((b * 37) % 61));
    const backward: Record<number, string | null> = {};
    for (const i of shuffled) backward[i] = await play(i);
    expect(indices.map((i) => backward[i])).toEqual(forward);
    // Every call within one scenario agrees, so multi-turn play is consistent.
    expect(await play(5)).toBe(await play(5));
    const share = forward.filter((c) => c === 'RIGHT').length / 60;
    expect(Math.abs(share - 0.62)).toBeLessThanOrEqual(2 / 60);
  });

  it('uses the oracle reply verbatim, tool calls included', async () => {
    const adapter = createSimAdapter(settings, models, { sleep: async () => {} });
    const toolReply: AssistantMessage = {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: '', type: 'function', function: { name: 'move', arguments: '{"d":"n"}' } }],
    };
    const o: SimOracle = { agentType: 'simple_reflex', scenarioIndex: 0, optimal: () => toolReply, wrong: () => toolReply };
    const result = await adapter.generate(request, { model: 'reflex-fast', timeoutMs: 1000, oracle: o });
    expect(result.finishReason).toBe('tool_calls');
    expect(result.toolCalls[0]).toMatchObject({ function: { name: 'move', arguments: '{"d":"n"}' } });
    expect(result.toolCalls[0]!.id).toMatch(/^call_sim_/);
  });
});
