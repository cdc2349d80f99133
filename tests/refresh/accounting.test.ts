// Acceptance: a real-provider run against the loopback fake upstreams, proving token and cost
// accounting (reasoning, cache reads and cache writes included) to the cent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelEntry } from '../../src/core/catalog/types';
import { createAdapter } from '../../src/providers/registry';
import type { ProviderAdapter, ProviderSettings } from '../../src/providers/types';
import { createCallModel } from '../../src/refresh/call-model';
import { LimiterSet } from '../../src/refresh/limiter';
import { createMemoryRunLog } from '../../src/refresh/run-log';
import { runSession } from '../../src/refresh/session';
import { startFakeAnthropic, startFakeOpenAI, type FakeUpstream, type FakeUsage } from '../fakes';
import { tasks } from '../fixtures/tasks';
import { memoryProfiles } from './helpers';

const caps = { tools: true, json: true, jsonSchema: true, vision: false, streaming: true };
const entries: ModelEntry[] = [
  { id: 'openai/fake-o', provider: 'openai', upstream: 'fake-o', contextWindow: 100_000, capabilities: caps, openWeight: false, simulated: false,
    prices: { inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8 } },
  { id: 'anthropic/fake-a', provider: 'anthropic', upstream: 'fake-a', contextWindow: 100_000, capabilities: caps, openWeight: false, simulated: false,
    prices: { inputPerMTok: 3, cachedInputPerMTok: 0.3, cacheWritePerMTok: 3.75, outputPerMTok: 15 } },
];
const usage: Record<string, Required<FakeUsage>> = {
  openai: { input: 1200, cachedInput: 800, cacheWrite: 0, output: 300, reasoning: 200 },
  anthropic: { input: 2000, cachedInput: 1000, cacheWrite: 500, output: 400, reasoning: 100 },
};
// Hand-computed per call: OpenAI 400x2 + 800x0.5 + 300x8 = 3600 micro-USD;
// Anthropic 500x3 + 1000x0.3 + 500x3.75 + 400x15 = 9675 micro-USD.
const perCallUsd: Record<string, number> = { 'openai/fake-o': 0.0036, 'anthropic/fake-a': 0.009675 };

const parityTasks = tasks.filter((t) => t.id.startsWith('fixture-parity-')).slice(0, 2);
let fakes: Record<string, FakeUpstream>;

function answer(provider: string) {
  return (body: Record<string, unknown>) => {
    const n = Number(/Is (\d+) even or odd/.exec(JSON.stringify(body))?.[1]);
    return { kind: 'json' as const, value: { label: n % 2 === 0 ? 'even' : 'odd' }, usage: usage[provider] };
  };
}

beforeAll(async () => {
  fakes = { openai: await startFakeOpenAI(), anthropic: await startFakeAnthropic() };
  fakes.openai!.script(answer('openai'));
  fakes.anthropic!.script(answer('anthropic'));
});
afterAll(async () => {
  await Promise.all(Object.values(fakes).map((f) => f.close()));
});

describe('real-provider accounting against fake upstreams', () => {
  it('records provider usage and prices it to the cent', async () => {
    const adapters = new Map<string, ProviderAdapter>();
    const adapterFor = (name: string) => {
      const settings: ProviderSettings = { name, type: name as 'openai' | 'anthropic', apiKey: 'test-key', baseURL: fakes[name]!.url, timeoutMs: 10_000 };
      if (!adapters.has(name)) adapters.set(name, createAdapter(settings));
      return adapters.get(name)!;
    };
    const log = createMemoryRunLog();
    const profiles = memoryProfiles();
    const result = await runSession(
      { callModel: createCallModel({ catalog: entries, adapterFor }), catalog: entries, tasks: parityTasks, log, profiles, limiters: new LimiterSet({ concurrency: 2 }) },
      {
        concurrency: 4,
        run: {
          runId: 'acct', suiteVersion: 'test', priceSnapshot: 'test-prices', simulated: false,
          plan: { models: entries.map((e) => e.id), tasks: parityTasks.map((t) => t.id), validationTasks: [], scenariosPerTask: 5, repeats: 1, seed: 3 },
        },
      },
    );
    expect(result.outcome.progress.errors).toBe(0);
    const scenarios = log.records.flatMap((r) => (r.kind === 'scenario' ? [r] : []));
    expect(scenarios).toHaveLength(20);
    for (const model of entries.map((e) => e.id)) {
      const mine = scenarios.filter((s) => s.model === model);
      const total = mine.reduce((sum, s) => sum + s.costUsd, 0);
      expect(Math.round(total * 100)).toBe(Math.round(perCallUsd[model]! * 10 * 100));
      expect(total).toBeCloseTo(perCallUsd[model]! * 10, 9);
      expect(mine.every((s) => s.score === 1)).toBe(true);
      const provider = model.split('/')[0]!;
      expect(mine[0]!.calls[0]!.usage).toEqual({
        inputTokens: usage[provider]!.input, outputTokens: usage[provider]!.output, reasoningTokens: usage[provider]!.reasoning,
        cachedInputTokens: usage[provider]!.cachedInput, cacheWriteTokens: usage[provider]!.cacheWrite,
      });
    }
    // Profiles are not complete (two types only), so nothing is saved; the aggregate still carries the costs.
    const measured = result.aggregate.models.find((m) => m.model === 'anthropic/fake-a')!;
    const typeProfile = Object.values(measured.types)[0]!;
    expect(typeProfile.cost.usdPerTask).toBeCloseTo(0.009675, 9);
    expect(typeProfile.cost.cachedInputTokensPerCall).toBe(1000);
    expect(typeProfile.cost.reasoningTokensPerCall).toBe(100);
    expect(profiles.saved).toHaveLength(0);
  });
});
