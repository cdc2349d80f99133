import { describe, expect, it } from 'vitest';
import type { ChatRequest, ChatResult, ChatStreamPart } from '../core/types';
import type { ModelEntry } from '../core/catalog/types';
import { ProviderError, type ProviderAdapter } from '../providers/types';
import { CircuitBreakers } from './circuit-breaker';
import { Executor, type ResolvedModel } from './executor';

const request: ChatRequest = { model: 'router/auto', messages: [{ role: 'user', content: 'hi' }] };
const usage = { inputTokens: 1, outputTokens: 1, reasoningTokens: 0, cachedInputTokens: 0, cacheWriteTokens: 0 };

function entry(id: string): ModelEntry {
  return {
    id, provider: id.split('/')[0]!, upstream: id.split('/')[1]!, contextWindow: 1000, openWeight: false, simulated: false,
    prices: { inputPerMTok: 1, outputPerMTok: 1 },
    capabilities: { tools: true, json: true, jsonSchema: true, vision: false, streaming: true },
  };
}

type Behaviour = (call: number) => ChatResult | ProviderError;

function adapter(behaviour: Behaviour, streamParts?: (call: number) => (ChatStreamPart | ProviderError)[]) {
  let calls = 0;
  const a: ProviderAdapter & { calls: () => number } = {
    name: 'fake',
    calls: () => calls,
    async generate() {
      const out = behaviour(++calls);
      if (out instanceof ProviderError) throw out;
      return out;
    },
    async *stream() {
      const parts = streamParts?.(++calls) ?? [];
      for (const part of parts) {
        if (part instanceof ProviderError) throw part;
        yield part;
      }
    },
  };
  return a;
}

const ok = (text: string): ChatResult => ({ model: 'm', content: text, toolCalls: [], finishReason: 'stop', usage, warnings: [] });
const fail = (kind: ProviderError['kind'], retryAfterMs?: number) =>
  new ProviderError({ kind, provider: 'p', message: kind, status: kind === 'bad-request' ? 400 : 503, retryAfterMs });

function setup(adapters: Record<string, ProviderAdapter>, retriesPerModel = 1) {
  const sleeps: number[] = [];
  let now = 0;
  const breakers = new CircuitBreakers({ threshold: 2, cooldownMs: 1000, now: () => now });
  const executor = new Executor({
    resolve: (id): ResolvedModel | undefined => (adapters[id] ? { entry: entry(id), adapter: adapters[id]!, timeoutMs: 1000 } : undefined),
    breakers, retriesPerModel, maxRetryDelayMs: 2000, baseRetryDelayMs: 100,
    sleep: async (ms) => void sleeps.push(ms), random: () => 0.5,
  });
  return { executor, sleeps, breakers, advance: (ms: number) => (now += ms) };
}

const plan = (primary: string, ...fallbacks: string[]) => ({ primary, fallbacks, policy: 'test', reason: 'test' });

describe('Executor.generate', () => {
  it('retries a retryable error on the same model honouring retry-after, then succeeds', async () => {
    const a = adapter((n) => (n === 1 ? fail('rate-limit', 700) : ok('second')));
    const { executor, sleeps } = setup({ 'x/a': a });
    const out = await executor.generate(plan('x/a'), request);
    expect(out.result.content).toBe('second');
    expect(sleeps).toEqual([700]);
    expect(out.attempts.map((t) => t.ok)).toEqual([false, true]);
  });

  it('falls back to the next model when retries are exhausted', async () => {
    const a = adapter(() => fail('overloaded'));
    const b = adapter(() => ok('from b'));
    const { executor } = setup({ 'x/a': a, 'x/b': b });
    const out = await executor.generate(plan('x/a', 'x/b'), request);
    expect(out.model.id).toBe('x/b');
    expect(a.calls()).toBe(2);
  });

  it('moves on at once when retry-after is longer than the limit', async () => {
    const a = adapter(() => fail('rate-limit', 60_000));
    const b = adapter(() => ok('b'));
    const { executor, sleeps } = setup({ 'x/a': a, 'x/b': b });
    await executor.generate(plan('x/a', 'x/b'), request);
    expect(a.calls()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('does not fall back on a bad request: another model would reject it too', async () => {
    const a = adapter(() => fail('bad-request'));
    const b = adapter(() => ok('b'));
    const { executor } = setup({ 'x/a': a, 'x/b': b });
    await expect(executor.generate(plan('x/a', 'x/b'), request)).rejects.toMatchObject({ kind: 'bad-request' });
    expect(b.calls()).toBe(0);
  });

  it('throws the last error when every model fails', async () => {
    const { executor } = setup({ 'x/a': adapter(() => fail('timeout')), 'x/b': adapter(() => fail('network')) }, 0);
    await expect(executor.generate(plan('x/a', 'x/b'), request)).rejects.toMatchObject({ kind: 'network' });
  });

  it('opens the breaker after repeated failures and skips the model as a fallback', async () => {
    const a = adapter(() => fail('network'));
    const b = adapter(() => ok('b'));
    const { executor, breakers, advance } = setup({ 'x/a': a, 'x/b': b }, 0);
    await executor.generate(plan('x/a', 'x/b'), request);
    await executor.generate(plan('x/a', 'x/b'), request);
    expect(breakers.isAvailable('x/a')).toBe(false);
    await executor.generate(plan('x/b', 'x/a'), request);
    expect(a.calls()).toBe(2);
    advance(1500);
    expect(breakers.isAvailable('x/a')).toBe(true);
  });
});

describe('Executor.stream', () => {
  const text = (t: string): ChatStreamPart => ({ type: 'text-delta', text: t });
  const finish: ChatStreamPart = { type: 'finish', reason: 'stop', usage };
  const meta: ChatStreamPart = { type: 'response-metadata', model: 'm' };

  it('falls back when a stream fails before its first content part', async () => {
    const a = adapter(() => ok(''), () => [meta, fail('overloaded')]);
    const b = adapter(() => ok(''), () => [meta, text('hello'), finish]);
    const { executor } = setup({ 'x/a': a, 'x/b': b }, 0);
    const out = await executor.stream(plan('x/a', 'x/b'), request);
    expect(out.model.id).toBe('x/b');
    expect(out.head).toEqual([meta, text('hello')]);
  });

  it('treats a stream that ends without content as a failure', async () => {
    const a = adapter(() => ok(''), () => [meta]);
    const b = adapter(() => ok(''), () => [text('b'), finish]);
    const { executor } = setup({ 'x/a': a, 'x/b': b }, 0);
    expect((await executor.stream(plan('x/a', 'x/b'), request)).model.id).toBe('x/b');
  });

  it('after commit, a mid-stream error surfaces to the caller instead of falling back', async () => {
    const a = adapter(() => ok(''), () => [text('partial'), fail('network')]);
    const b = adapter(() => ok(''), () => [text('b'), finish]);
    const { executor } = setup({ 'x/a': a, 'x/b': b }, 0);
    const out = await executor.stream(plan('x/a', 'x/b'), request);
    expect(out.model.id).toBe('x/a');
    await expect(out.rest.next()).rejects.toMatchObject({ kind: 'network' });
    expect(b.calls()).toBe(0);
  });
});
