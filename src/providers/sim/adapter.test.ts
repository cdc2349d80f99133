import { describe, expect, it } from 'vitest';
import type { ChatRequest, ChatStreamPart } from '../../core/types';
import { ProviderError, type ProviderSettings } from '../types';
import { createSimAdapter } from './adapter';
import { shippedSimModels } from './shipped';
import type { Sleep } from './timing';

const settings: ProviderSettings = { name: 'sim', type: 'sim', timeoutMs: 60_000 };
const models = shippedSimModels();

function virtualSleep() {
  const waits: number[] = [];
  const sleep: Sleep = async (ms) => {
    waits.push(ms);
  };
  return { waits, sleep, total: () => waits.reduce((a, b) => a + b, 0) };
}

const call = (model = 'reflex-fast', timeoutMs = 60_000) => ({ model, timeoutMs });
const ask = (text: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'sim/reflex-fast',
  messages: [{ role: 'user', content: text }],
  ...extra,
});

async function collect(stream: AsyncIterable<ChatStreamPart>): Promise<ChatStreamPart[]> {
  const parts: ChatStreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

describe('sim adapter: canned replies', () => {
  it('is deterministic and labelled', async () => {
    const adapter = createSimAdapter(settings, models, { sleep: virtualSleep().sleep });
    const a = await adapter.generate(ask('hello there'), call());
    const b = await adapter.generate(ask('hello there'), call());
    const c = await adapter.generate(ask('something else'), call());
    expect(a).toEqual(b);
    expect(a.content).toMatch(/^\[simulated model sim\/reflex-fast\] /);
    expect(c.content).not.toEqual(a.content);
    expect(a.finishReason).toBe('stop');
    expect(a.usage.inputTokens).toBeGreaterThan(0);
    expect(a.usage.outputTokens).toBe(Math.ceil((a.content ?? '').length / 4));
  });

  it('accepts the gateway id or the upstream name, and rejects unknown models', async () => {
    const adapter = createSimAdapter(settings, models, { sleep: virtualSleep().sleep });
    const byId = await adapter.generate(ask('x'), call('sim/reflex-fast'));
    const byName = await adapter.generate(ask('x'), call('reflex-fast'));
    expect(byId.content).toEqual(byName.content);
    await expect(adapter.generate(ask('x'), call('nope'))).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('truncates canned text at max_tokens with finish reason length', async () => {
    const adapter = createSimAdapter(settings, models, { sleep: virtualSleep().sleep });
    const result = await adapter.generate(ask('hi', { max_tokens: 3 }), call());
    expect(result.finishReason).toBe('length');
    expect(result.usage.outputTokens).toBeLessThanOrEqual(3);
  });
});

describe('sim adapter: latency, streaming, aborts', () => {
  it('waits ttft plus output tokens at the configured speed', async () => {
    const clock = virtualSleep();
    const adapter = createSimAdapter(settings, models, { sleep: clock.sleep });
    const result = await adapter.generate(ask('hello'), call());
    const spec = models[0]!;
    const expected = spec.latency.ttftMs + (result.usage.outputTokens * 1000) / spec.latency.outputTokensPerSecond;
    expect(clock.total()).toBeCloseTo(expected, 6);
  });

  it('streams metadata, deltas, then one finish with usage, matching generate', async () => {
    const adapter = createSimAdapter(settings, models, { sleep: virtualSleep().sleep });
    const parts = await collect(adapter.stream(ask('stream me a reply'), call()));
    expect(parts[0]?.type).toBe('response-metadata');
    expect(parts.at(-1)?.type).toBe('finish');
    expect(parts.filter((p) => p.type === 'finish')).toHaveLength(1);
    const text = parts.map((p) => (p.type === 'text-delta' ? p.text : '')).join('');
    const whole = await adapter.generate(ask('stream me a reply'), call());
    expect(text).toBe(whole.content);
    const finish = parts.at(-1);
    expect(finish?.type === 'finish' && finish.usage).toEqual(whole.usage);
  });

  it('turns a deadline into a timeout ProviderError after waiting only until the deadline', async () => {
    const clock = virtualSleep();
    const adapter = createSimAdapter(settings, models, { sleep: clock.sleep });
    const error = await adapter.generate(ask('hello'), call('planner-pro', 500)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe('timeout');
    expect(clock.total()).toBe(500);
  });

  it('honours an abort signal mid-stream with real timers', async () => {
    const adapter = createSimAdapter(settings, models);
    const controller = new AbortController();
    const parts: ChatStreamPart[] = [];
    const run = (async () => {
      for await (const part of adapter.stream(ask('a long enough message to stream in chunks'), {
        model: 'reflex-fast',
        timeoutMs: 60_000,
        signal: controller.signal,
      })) {
        parts.push(part);
        controller.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ kind: 'aborted' });
    expect(parts.some((p) => p.type === 'finish')).toBe(false);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const adapter = createSimAdapter(settings, models);
    const controller = new AbortController();
    controller.abort();
    const run = adapter.generate(ask('x'), { model: 'reflex-fast', timeoutMs: 1000, signal: controller.signal });
    await expect(run).rejects.toMatchObject({ kind: 'aborted' });
  });
});
