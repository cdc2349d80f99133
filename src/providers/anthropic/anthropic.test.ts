import { describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeUpstream } from '../../../tests/fakes';
import type { ChatRequest } from '../../core/types';
import { buildAnthropicClient } from '../clients';
import { collect, describeProviderConformance } from '../conformance';
import { ProviderError } from '../types';
import { createAnthropicAdapter } from './adapter';
import { JSON_EMULATION_WARNING, toAnthropicBody } from './request';

const adapterFor = (url: string) =>
  createAnthropicAdapter({ name: 'anthropic', client: buildAnthropicClient({ name: 'anthropic', type: 'anthropic', apiKey: 'sk-ant-test', baseURL: url, timeoutMs: 5000 }) });

describeProviderConformance('anthropic', {
  provider: 'anthropic',
  model: 'claude-test',
  reports: { reasoning: true, cacheWrite: true },
  createAdapter: adapterFor,
});

const call = { model: 'claude-test', timeoutMs: 5000 };
const ask = (extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: 'g', messages: [{ role: 'user', content: 'hi' }], ...extra });

async function withFake(run: (upstream: FakeUpstream) => Promise<void>): Promise<void> {
  const upstream = await startFakeAnthropic();
  try {
    await run(upstream);
  } finally {
    await upstream.close();
  }
}

describe('anthropic translation', () => {
  it('maps tools, tool_choice, parallel flag, stop, max tokens default, images and merged tool results', () => {
    const request: ChatRequest = {
      model: 'g',
      messages: [
        { role: 'developer', content: 'rules' },
        { role: 'user', content: [{ type: 'text', text: 'look' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }, { type: 'image_url', image_url: { url: 'https://x.test/a.jpg' } }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 't1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }, { id: 't2', type: 'function', function: { name: 'f', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 't1', content: 'one' },
        { role: 'tool', tool_call_id: 't2', content: 'two' },
      ],
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }],
      tool_choice: { type: 'function', function: { name: 'f' } },
      parallel_tool_calls: false,
      stop: 'END',
      seed: 1,
      temperature: 0.5,
    };
    const { body, warnings } = toAnthropicBody(request, 'claude-x', 'anthropic', 4096);
    expect(body.max_tokens).toBe(4096);
    expect(body.system).toEqual([{ type: 'text', text: 'rules' }]);
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'f', disable_parallel_tool_use: true });
    expect(body.stop_sequences).toEqual(['END']);
    expect(body.messages[0]!.content).toEqual([
      { type: 'text', text: 'look' },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } },
      { type: 'image', source: { type: 'url', url: 'https://x.test/a.jpg' } },
    ]);
    expect(body.messages).toHaveLength(3);
    expect(body.messages[2]).toEqual({ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'one' }, { type: 'tool_result', tool_use_id: 't2', content: 'two' }] });
    expect(warnings.join(' ')).toMatch(/seed.*dropped/);
    expect(warnings.join(' ')).toMatch(/temperature.*dropped/);
  });

  it('rejects n > 1 and invalid tool-call JSON as bad-request', () => {
    expect(() => toAnthropicBody(ask({ n: 2 }), 'c', 'anthropic', 10)).toThrow(ProviderError);
    const broken = ask({ messages: [{ role: 'assistant', tool_calls: [{ id: 'x', type: 'function', function: { name: 'f', arguments: '{nope' } }] }] });
    try {
      toAnthropicBody(broken, 'c', 'anthropic', 10);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ kind: 'bad-request', message: expect.stringContaining('not valid JSON') });
    }
  });

  it('json_object is emulated with a warning; json_schema uses output_config.format', async () => {
    await withFake(async (upstream) => {
      upstream.script(() => ({ kind: 'json', value: { ok: true } }));
      const adapter = adapterFor(upstream.url);
      const result = await adapter.generate(ask({ response_format: { type: 'json_object' } }), call);
      expect(result.warnings).toContain(JSON_EMULATION_WARNING);
      const schema = { type: 'object', properties: { ok: { type: 'boolean' } } };
      const typed = await adapter.generate(ask({ response_format: { type: 'json_schema', json_schema: { name: 's', schema } } }), call);
      expect(upstream.requests[1]!.body.output_config).toEqual({ format: { type: 'json_schema', schema } });
      expect(typed.warnings).toEqual([]);
    });
  });
});

describe('anthropic accounting and stream errors', () => {
  it('counts cache reads and writes into input tokens, to the token, in both modes', async () => {
    await withFake(async (upstream) => {
      const usage = { input: 1000, cachedInput: 600, cacheWrite: 300, output: 50, reasoning: 20 };
      upstream.script(() => ({ kind: 'text', text: 'cached', usage }));
      const adapter = adapterFor(upstream.url);
      const expected = { inputTokens: 1000, cachedInputTokens: 600, cacheWriteTokens: 300, outputTokens: 50, reasoningTokens: 20 };
      expect((await adapter.generate(ask(), call)).usage).toEqual(expected);
      const parts = await collect(adapter.stream(ask(), call));
      expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop', usage: expected });
    });
  });

  it('turns a mid-stream `event: error` (overloaded_error) into a retryable overloaded ProviderError', async () => {
    await withFake(async (upstream) => {
      upstream.script(() => ({ kind: 'stream-error', text: 'partial', errorType: 'overloaded_error', message: 'Overloaded' }));
      const seen: string[] = [];
      const error = await (async () => {
        try {
          for await (const part of adapterFor(upstream.url).stream(ask(), call)) seen.push(part.type);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toMatchObject({ kind: 'overloaded', retryable: true, message: expect.stringContaining('Overloaded') });
      expect(seen).toContain('text-delta');
      expect(seen).not.toContain('finish');
    });
  });

  it('maps stop reasons', async () => {
    const { toFinishReason } = await import('./response');
    expect(['end_turn', 'stop_sequence', 'max_tokens', 'tool_use', 'refusal'].map(toFinishReason)).toEqual(['stop', 'stop', 'length', 'tool_calls', 'content_filter']);
  });
});
