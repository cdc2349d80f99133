import { describe, expect, it } from 'vitest';
import { startFakeGoogle, type FakeUpstream } from '../../../tests/fakes';
import type { ChatRequest } from '../../core/types';
import { buildGoogleClient } from '../clients';
import { collect, describeProviderConformance } from '../conformance';
import { createGoogleAdapter } from './adapter';
import { toGoogleRequest } from './request';
import { toFinishReason } from './response';

const adapterFor = (url: string) =>
  createGoogleAdapter({ name: 'google', client: buildGoogleClient({ name: 'google', type: 'google', apiKey: 'AIza-test-key', baseURL: url, timeoutMs: 5000 }) });

describeProviderConformance('google', {
  provider: 'google',
  model: 'gemini-test',
  reports: { reasoning: true },
  createAdapter: adapterFor,
});

const call = { model: 'gemini-test', timeoutMs: 5000 };
const ask = (extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: 'g', messages: [{ role: 'user', content: 'hi' }], ...extra });

async function withFake(run: (upstream: FakeUpstream) => Promise<void>): Promise<void> {
  const upstream = await startFakeGoogle();
  try {
    await run(upstream);
  } finally {
    await upstream.close();
  }
}

describe('google translation', () => {
  it('maps tool_choice, json_schema, generation settings and tool results by name', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } } };
    const { config, contents } = toGoogleRequest(
      ask({
        messages: [
          { role: 'user', content: 'q' },
          { role: 'assistant', tool_calls: [{ id: 'call_0_lookup', type: 'function', function: { name: 'lookup', arguments: '{"k":"v"}' } }] },
          { role: 'tool', tool_call_id: 'call_0_lookup', content: 'found' },
        ],
        tools: [{ type: 'function', function: { name: 'lookup', parameters: schema } }],
        tool_choice: { type: 'function', function: { name: 'lookup' } },
        response_format: { type: 'json_schema', json_schema: { name: 'x', schema } },
        max_completion_tokens: 99,
        stop: ['X'],
        temperature: 0.1,
        top_p: 0.9,
        seed: 3,
      }),
      'google',
    );
    expect(config).toMatchObject({
      toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['lookup'] } },
      responseMimeType: 'application/json',
      responseJsonSchema: schema,
      maxOutputTokens: 99,
      stopSequences: ['X'],
      temperature: 0.1,
      topP: 0.9,
      seed: 3,
    });
    expect(config.tools).toEqual([{ functionDeclarations: [{ name: 'lookup', parametersJsonSchema: schema }] }]);
    expect(contents[1]).toEqual({ role: 'model', parts: [{ functionCall: { name: 'lookup', args: { k: 'v' } } }] });
    expect(contents[2]).toEqual({ role: 'user', parts: [{ functionResponse: { name: 'lookup', response: { content: 'found' } } }] });
  });

  it('rejects a tool result that answers no earlier call', () => {
    expect(() => toGoogleRequest(ask({ messages: [{ role: 'tool', tool_call_id: 'nope', content: 'x' }] }), 'google')).toThrow(/answers no earlier tool call/);
  });

  it('maps finish reasons', () => {
    expect(toFinishReason('STOP', false)).toBe('stop');
    expect(toFinishReason('STOP', true)).toBe('tool_calls');
    expect(toFinishReason('MAX_TOKENS', false)).toBe('length');
    for (const reason of ['SAFETY', 'RECITATION', 'BLOCKLIST', 'PROHIBITED_CONTENT']) expect(toFinishReason(reason, false)).toBe('content_filter');
  });
});

describe('google accounting', () => {
  it('adds thoughts tokens to output and reports them as reasoning, in both modes', async () => {
    await withFake(async (upstream) => {
      upstream.script(() => ({ kind: 'text', text: 'thought hard', usage: { input: 40, cachedInput: 10, output: 30, reasoning: 25 } }));
      const adapter = adapterFor(upstream.url);
      const expected = { inputTokens: 40, cachedInputTokens: 10, cacheWriteTokens: 0, outputTokens: 30, reasoningTokens: 25 };
      expect((await adapter.generate(ask(), call)).usage).toEqual(expected);
      expect((await collect(adapter.stream(ask(), call))).at(-1)).toEqual({ type: 'finish', reason: 'stop', usage: expected });
    });
  });

  it('synthesizes deterministic tool call ids', async () => {
    await withFake(async (upstream) => {
      upstream.script(() => ({ kind: 'tool-calls', calls: [{ name: 'a', arguments: {} }, { name: 'b', arguments: { x: 1 } }] }));
      const result = await adapterFor(upstream.url).generate(ask(), call);
      expect(result.toolCalls.map((c) => c.id)).toEqual(['call_0_a', 'call_1_b']);
    });
  });

  it('turns an in-band stream error into a ProviderError', async () => {
    await withFake(async (upstream) => {
      upstream.script(() => ({ kind: 'stream-error', text: 'partial' }));
      await expect(collect(adapterFor(upstream.url).stream(ask(), call))).rejects.toMatchObject({ kind: 'overloaded', status: 503, retryable: true });
    });
  });
});
