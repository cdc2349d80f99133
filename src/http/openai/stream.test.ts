import { describe, expect, it } from 'vitest';
import type { ChatStreamPart } from '../../core/types';
import { ProviderError } from '../../providers/types';
import { openAISseStream } from './stream';

const usage = { inputTokens: 10, outputTokens: 4, reasoningTokens: 2, cachedInputTokens: 3, cacheWriteTokens: 0 };

async function* parts(list: (ChatStreamPart | Error)[]): AsyncGenerator<ChatStreamPart> {
  for (const p of list) {
    if (p instanceof Error) throw p;
    yield p;
  }
}

async function collect(list: (ChatStreamPart | Error)[], includeUsage = true) {
  const ends: unknown[] = [];
  const stream = openAISseStream({
    id: 'chatcmpl-1', model: 'x/m', created: 1, includeUsage, head: [], rest: parts(list), onEnd: (e) => ends.push(e ?? 'ok'),
  });
  const text = await new Response(stream).text();
  return { frames: text.split('\n\n').filter(Boolean), ends };
}

describe('openAISseStream', () => {
  it('sends no zero usage chunk when the upstream reported none, only a comment saying so', async () => {
    const { frames } = await collect([{ type: 'text-delta', text: 'hi' }, { type: 'finish', reason: 'stop', usage: { ...usage, inputTokens: 0, outputTokens: 0, reasoningTokens: 0, cachedInputTokens: 0 }, usageMissing: true }]);
    expect(frames.at(-1)).toBe('data: [DONE]');
    expect(frames.some((f) => f.includes('"usage"'))).toBe(false);
    expect(frames.at(-2)).toMatch(/^: upstream reported no token usage/);
  });

  it('renders deltas, finish, usage and [DONE]', async () => {
    const { frames, ends } = await collect([
      { type: 'response-metadata', model: 'm' },
      { type: 'text-delta', text: 'Hel' },
      { type: 'tool-call-delta', index: 0, id: 'call_1', name: 'f', argumentsDelta: '{"a"' },
      { type: 'tool-call-delta', index: 0, argumentsDelta: ':1}' },
      { type: 'finish', reason: 'tool_calls', usage },
    ]);
    expect(frames.at(-1)).toBe('data: [DONE]');
    const chunks = frames.slice(0, -1).map((f) => JSON.parse(f.slice(6)));
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks[1].choices[0].delta).toEqual({ content: 'Hel' });
    expect(chunks[2].choices[0].delta.tool_calls[0]).toEqual({ index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"a"' } });
    expect(chunks[3].choices[0].delta.tool_calls[0]).toEqual({ index: 0, function: { arguments: ':1}' } });
    expect(chunks[4].choices[0].finish_reason).toBe('tool_calls');
    expect(chunks[5].choices).toEqual([]);
    expect(chunks[5].usage).toMatchObject({ prompt_tokens: 10, completion_tokens: 4, total_tokens: 14 });
    expect(chunks[5].usage.completion_tokens_details.reasoning_tokens).toBe(2);
    expect(chunks[5].usage.prompt_tokens_details.cached_tokens).toBe(3);
    expect(ends).toEqual(['ok']);
  });

  it('omits the usage chunk unless asked', async () => {
    const { frames } = await collect([{ type: 'text-delta', text: 'x' }, { type: 'finish', reason: 'stop', usage }], false);
    expect(frames.some((f) => f.includes('"usage"'))).toBe(false);
  });

  it('sends an error frame and no [DONE] when the upstream breaks midway', async () => {
    const error = new ProviderError({ kind: 'network', provider: 'openai', message: 'connection reset' });
    const { frames, ends } = await collect([{ type: 'text-delta', text: 'partial' }, error]);
    expect(frames).not.toContain('data: [DONE]');
    const last = JSON.parse(frames.at(-1)!.slice(6));
    expect(last.error).toMatchObject({ type: 'upstream_error', code: 'upstream_unreachable' });
    expect(ends).toEqual([error]);
  });

  it('treats an upstream that ends without finish as cut', async () => {
    const { frames, ends } = await collect([{ type: 'text-delta', text: 'partial' }]);
    expect(frames).not.toContain('data: [DONE]');
    expect(JSON.parse(frames.at(-1)!.slice(6)).error).toBeDefined();
    expect(ends[0]).toBeInstanceOf(Error);
  });
});
