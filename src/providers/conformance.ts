// The one test suite every adapter runs against its loopback fake upstream. Each case checks
// both what reached the upstream (through a provider-neutral reading of the captured request)
// and the normalised result. A case that cannot apply is skipped with a written reason.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inspectRequest, startFakeUpstream, type FakeProvider, type FakeUpstream, type FakeUsage, type NeutralRequest } from '../../tests/fakes';
import type { ChatRequest, ChatStreamPart, Usage } from '../core/types';
import { ProviderError, type CallOptions, type ProviderAdapter } from './types';

export type ConformanceCase =
  | 'plain-text' | 'multi-turn' | 'system-prompt' | 'tool-round-trip' | 'parallel-tool-calls' | 'json-mode'
  | 'streaming' | 'upstream-errors' | 'timeout' | 'broken-stream' | 'abort';

export interface ConformanceSetup {
  /** Which fake upstream speaks this adapter's wire format. */
  provider: FakeProvider;
  /** Upstream model name passed in CallOptions. */
  model: string;
  createAdapter(upstreamUrl: string): ProviderAdapter;
  /** Usage fields the provider reports (input, output and cached input are always expected). */
  reports?: { reasoning?: boolean; cacheWrite?: boolean };
  skip?: Partial<Record<ConformanceCase, string>>;
}

export async function collect(stream: AsyncIterable<ChatStreamPart>): Promise<ChatStreamPart[]> {
  const parts: ChatStreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

export async function caught(run: () => Promise<unknown>): Promise<ProviderError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  }
  throw new Error('expected a ProviderError, but the call succeeded');
}

export function expectedUsage(usage: Required<FakeUsage>): Usage {
  return { inputTokens: usage.input, outputTokens: usage.output, reasoningTokens: usage.reasoning, cachedInputTokens: usage.cachedInput, cacheWriteTokens: usage.cacheWrite };
}

const user = (text: string): ChatRequest['messages'][number] => ({ role: 'user', content: text });
const WEATHER_TOOL = {
  type: 'function' as const,
  function: { name: 'get_weather', description: 'Current weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
};

export function describeProviderConformance(name: string, setup: ConformanceSetup): void {
  describe(`${name} conformance`, () => {
    let upstream: FakeUpstream;
    let adapter: ProviderAdapter;
    const call = (extra: Partial<CallOptions> = {}): CallOptions => ({ model: setup.model, timeoutMs: 5000, ...extra });
    const chat = (messages: ChatRequest['messages'], extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: 'gateway-id', messages, ...extra });
    const sent = (index = -1): NeutralRequest => {
      const request = upstream.requests.at(index);
      if (!request) throw new Error('the fake upstream received no request');
      return inspectRequest[setup.provider](request);
    };
    const test = (id: ConformanceCase, title: string, body: () => Promise<void>) => {
      const reason = setup.skip?.[id];
      if (reason) it.skip(`${title} (skipped: ${reason})`, body);
      else it(title, body);
    };

    beforeAll(async () => {
      upstream = await startFakeUpstream(setup.provider);
      adapter = setup.createAdapter(upstream.url);
    });
    afterAll(() => upstream.close());
    beforeEach(() => {
      upstream.requests.length = 0;
    });

    test('plain-text', 'plain text: request carries model and user turn; result has text, stop, exact usage', async () => {
      upstream.script(() => ({ kind: 'text', text: 'Hello there', usage: { input: 12, output: 3 } }));
      const result = await adapter.generate(chat([user('hi')], { max_tokens: 50 }), call());
      const request = sent();
      expect(request.model).toBe(setup.model);
      expect(request.stream).toBe(false);
      expect(request.turns).toEqual([{ role: 'user', text: 'hi', toolCalls: [] }]);
      expect(request.maxTokens).toBe(50);
      expect(result).toMatchObject({ content: 'Hello there', toolCalls: [], finishReason: 'stop' });
      expect(result.usage).toEqual({ inputTokens: 12, outputTokens: 3, reasoningTokens: 0, cachedInputTokens: 0, cacheWriteTokens: 0 });
    });

    test('multi-turn', 'multi-turn: every turn reaches the upstream in order', async () => {
      upstream.script(() => ({ kind: 'text', text: 'Paris, still.' }));
      const messages: ChatRequest['messages'] = [user('capital of France?'), { role: 'assistant', content: 'Paris.' }, user('and now?')];
      const result = await adapter.generate(chat(messages), call());
      expect(sent().turns.map((turn) => [turn.role, turn.text])).toEqual([['user', 'capital of France?'], ['assistant', 'Paris.'], ['user', 'and now?']]);
      expect(result.content).toBe('Paris, still.');
    });

    test('system-prompt', 'system prompt: reaches the upstream as a system instruction, not a turn', async () => {
      upstream.script(() => ({ kind: 'text', text: 'ok' }));
      await adapter.generate(chat([{ role: 'system', content: 'Be terse.' }, user('hello')]), call());
      const request = sent();
      expect(request.system).toContain('Be terse.');
      expect(request.turns).toHaveLength(1);
    });

    test('tool-round-trip', 'tool call and tool result round trip', async () => {
      upstream.script(() => ({ kind: 'tool-call', name: 'get_weather', arguments: { city: 'Oslo' } }));
      const first = await adapter.generate(chat([user('weather in Oslo?')], { tools: [WEATHER_TOOL], tool_choice: 'auto' }), call());
      expect(sent().toolNames).toEqual(['get_weather']);
      expect(first.finishReason).toBe('tool_calls');
      expect(first.toolCalls).toHaveLength(1);
      const toolCall = first.toolCalls[0]!;
      expect(toolCall.function.name).toBe('get_weather');
      expect(JSON.parse(toolCall.function.arguments)).toEqual({ city: 'Oslo' });
      expect(toolCall.id).not.toBe('');

      upstream.script(() => ({ kind: 'text', text: 'It is 21 degrees.' }));
      const followUp = [user('weather in Oslo?'), { role: 'assistant' as const, content: null, tool_calls: [toolCall] }, { role: 'tool' as const, tool_call_id: toolCall.id, content: '{"temp":21}' }];
      const second = await adapter.generate(chat(followUp, { tools: [WEATHER_TOOL] }), call());
      const turns = sent().turns;
      expect(turns[1]).toMatchObject({ role: 'assistant', toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }] });
      expect(turns[2]).toMatchObject({ role: 'tool', text: '{"temp":21}' });
      if (turns[2]?.toolCallId !== undefined) expect(turns[2].toolCallId).toBe(toolCall.id);
      expect(second).toMatchObject({ content: 'It is 21 degrees.', finishReason: 'stop' });
    });

    test('parallel-tool-calls', 'parallel tool calls: several calls in one turn, distinct ids, results merged back', async () => {
      upstream.script(() => ({ kind: 'tool-calls', calls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }, { name: 'get_weather', arguments: { city: 'Rome' } }] }));
      const result = await adapter.generate(chat([user('Oslo and Rome?')], { tools: [WEATHER_TOOL] }), call());
      expect(result.toolCalls.map((c) => JSON.parse(c.function.arguments))).toEqual([{ city: 'Oslo' }, { city: 'Rome' }]);
      expect(new Set(result.toolCalls.map((c) => c.id)).size).toBe(2);
      upstream.script(() => ({ kind: 'text', text: 'done' }));
      const results = result.toolCalls.map((c, i) => ({ role: 'tool' as const, tool_call_id: c.id, content: `r${i}` }));
      await adapter.generate(chat([user('Oslo and Rome?'), { role: 'assistant', tool_calls: result.toolCalls }, ...results], { tools: [WEATHER_TOOL] }), call());
      expect(sent().turns.filter((t) => t.role === 'tool').map((t) => t.text)).toEqual(['r0', 'r1']);
    });

    test('json-mode', 'JSON mode: json_object and json_schema reach the upstream; content parses', async () => {
      upstream.script(() => ({ kind: 'json', value: { answer: 42 } }));
      const object = await adapter.generate(chat([user('json please')], { response_format: { type: 'json_object' } }), call());
      expect(sent().json).toBe('object');
      expect(JSON.parse(object.content ?? '')).toEqual({ answer: 42 });
      const schema = { type: 'object', properties: { answer: { type: 'number' } }, required: ['answer'] };
      const typed = await adapter.generate(chat([user('json please')], { response_format: { type: 'json_schema', json_schema: { name: 'answer', schema } } }), call());
      expect(sent().json).toBe('schema');
      expect(JSON.parse(typed.content ?? '')).toEqual({ answer: 42 });
    });

    test('streaming', 'streaming: metadata first, deltas, exactly one finish with exact usage', async () => {
      const usage: Required<FakeUsage> = { input: 20, output: 7, cachedInput: 5, reasoning: setup.reports?.reasoning ? 2 : 0, cacheWrite: setup.reports?.cacheWrite ? 3 : 0 };
      upstream.script(() => ({ kind: 'text', text: 'one two three', usage }));
      const parts = await collect(adapter.stream(chat([user('count')]), call()));
      expect(sent().stream).toBe(true);
      expect(parts[0]?.type).toBe('response-metadata');
      expect(parts.filter((p) => p.type === 'finish')).toHaveLength(1);
      expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop', usage: expectedUsage(usage) });
      expect(parts.flatMap((p) => (p.type === 'text-delta' ? [p.text] : [])).join('')).toBe('one two three');

      upstream.script(() => ({ kind: 'tool-calls', calls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }, { name: 'get_weather', arguments: { city: 'Rome' } }] }));
      const toolParts = await collect(adapter.stream(chat([user('weather')], { tools: [WEATHER_TOOL] }), call()));
      const calls = new Map<number, { id?: string; name?: string; args: string }>();
      for (const part of toolParts) {
        if (part.type !== 'tool-call-delta') continue;
        const entry = calls.get(part.index) ?? { args: '' };
        calls.set(part.index, { id: part.id ?? entry.id, name: part.name ?? entry.name, args: entry.args + part.argumentsDelta });
      }
      expect([...calls.keys()]).toEqual([0, 1]);
      expect([...calls.values()].map((c) => [c.name, JSON.parse(c.args)])).toEqual([['get_weather', { city: 'Oslo' }], ['get_weather', { city: 'Rome' }]]);
      expect(toolParts.at(-1)).toMatchObject({ type: 'finish', reason: 'tool_calls' });
    });

    test('upstream-errors', 'upstream 400/401/429/500 -> ProviderError kind, retryable, status, retry-after', async () => {
      const cases = [
        { status: 400, kind: 'bad-request', retryable: false },
        { status: 401, kind: 'auth', retryable: false },
        { status: 429, kind: 'rate-limit', retryable: true, retryAfterSeconds: 2 },
        { status: 500, kind: 'unknown', retryable: true },
      ] as const;
      for (const expected of cases) {
        const retryAfterSeconds = 'retryAfterSeconds' in expected ? expected.retryAfterSeconds : undefined;
        upstream.script(() => ({ kind: 'error', status: expected.status, message: `boom ${expected.status}`, retryAfterSeconds }));
        for (const run of [() => adapter.generate(chat([user('x')]), call()), () => collect(adapter.stream(chat([user('x')]), call()))]) {
          const error = await caught(run);
          expect(error).toMatchObject({ kind: expected.kind, retryable: expected.retryable, status: expected.status, provider: name });
          expect(error.message).toContain(`boom ${expected.status}`);
          expect(error.retryAfterMs).toBe(retryAfterSeconds === undefined ? undefined : retryAfterSeconds * 1000);
        }
      }
    });

    test('timeout', 'timeout: a hanging upstream fails as timeout (retryable) within ~1s of timeoutMs 300', async () => {
      upstream.script(() => ({ kind: 'hang' }));
      for (const run of [() => adapter.generate(chat([user('x')]), call({ timeoutMs: 300 })), () => collect(adapter.stream(chat([user('x')]), call({ timeoutMs: 300 })))]) {
        const started = Date.now();
        const error = await caught(run);
        expect(error).toMatchObject({ kind: 'timeout', retryable: true });
        expect(Date.now() - started).toBeLessThan(1300);
      }
    });

    test('broken-stream', 'a connection that breaks midway throws ProviderError, never a clean finish', async () => {
      upstream.script(() => ({ kind: 'break-midway', text: 'partial answer that never ends' }));
      const seen: ChatStreamPart[] = [];
      const error = await caught(async () => {
        for await (const part of adapter.stream(chat([user('x')]), call())) seen.push(part);
      });
      expect(error.retryable).toBe(true);
      expect(seen.some((p) => p.type === 'finish')).toBe(false);
      expect(seen.some((p) => p.type === 'text-delta')).toBe(true);
      const generateError = await caught(() => adapter.generate(chat([user('x')]), call()));
      expect(generateError.retryable).toBe(true);
    });

    test('abort', 'abort via signal: upstream connection closes; error kind aborted', async () => {
      upstream.script(() => ({ kind: 'hang' }));
      const runs = [(signal: AbortSignal) => adapter.generate(chat([user('x')]), call({ signal })), (signal: AbortSignal) => collect(adapter.stream(chat([user('x')]), call({ signal })))];
      for (const run of runs) {
        upstream.requests.length = 0;
        const controller = new AbortController();
        const pending = caught(() => run(controller.signal));
        await expect.poll(() => upstream.requests.length, { timeout: 2000 }).toBe(1);
        controller.abort();
        const error = await pending;
        expect(error).toMatchObject({ kind: 'aborted', retryable: false });
        await upstream.requests[0]!.closed;
        expect(upstream.requests[0]!.abortedByClient).toBe(true);
      }
    });
  });
}
