import { describe, expect, it } from 'vitest';
import { parseChatRequest } from './request-schema';

const base = { model: 'router/auto', messages: [{ role: 'user', content: 'hi' }] };

describe('parseChatRequest', () => {
  it('keeps unknown top-level fields in extra and drops nulls', () => {
    const out = parseChatRequest({ ...base, logit_bias: { '1': 2 }, temperature: null });
    expect(out.ok && out.request.extra).toEqual({ logit_bias: { '1': 2 } });
    expect(out.ok && 'temperature' in out.request).toBe(false);
  });

  it('accepts tools, tool results, images, json_schema and stream options', () => {
    const out = parseChatRequest({
      ...base,
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: [{ type: 'text', text: 'look' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AA==' } }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'done' },
      ],
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
      tool_choice: { type: 'function', function: { name: 'f' } },
      response_format: { type: 'json_schema', json_schema: { name: 'out', schema: { type: 'object' } } },
      stream: true,
      stream_options: { include_usage: true },
      max_completion_tokens: 50,
      stop: ['END'],
    });
    expect(out.ok).toBe(true);
  });

  it.each([
    [{ ...base, messages: [] }, 'messages'],
    [{ model: 'x' }, 'messages'],
    [{ messages: base.messages }, 'model'],
    [{ ...base, messages: [{ role: 'wizard', content: 'x' }] }, 'messages[0].role'],
    [{ ...base, messages: [{ role: 'tool', content: 'x' }] }, 'messages[0].tool_call_id'],
    [{ ...base, temperature: 3 }, 'temperature'],
    [{ ...base, max_tokens: 0 }, 'max_tokens'],
    [{ ...base, stop: ['a', 'b', 'c', 'd', 'e'] }, 'stop'],
    [{ ...base, tools: [{ type: 'function', function: { name: 'bad name' } }] }, 'tools[0].function.name'],
    [{ ...base, response_format: { type: 'xml' } }, 'response_format.type'],
    [{ ...base, router: { policy: 'cost', surprise: 1 } }, 'router'],
  ])('rejects %j naming %s', (body, param) => {
    const out = parseChatRequest(body);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.status).toBe(400);
      expect(out.error.param).toBe(param);
      expect(out.error.message).toContain(param);
    }
  });

  it.each([
    [{ ...base, n: 2 }, 'n'],
    [{ ...base, logprobs: true }, 'logprobs'],
    [{ ...base, top_logprobs: 3 }, 'top_logprobs'],
    [{ ...base, modalities: ['text', 'audio'] }, 'modalities'],
    [{ ...base, audio: { voice: 'alloy', format: 'wav' } }, 'audio'],
  ])('refuses %j, whose output the gateway would lose, naming %s', (body, param) => {
    const out = parseChatRequest(body);
    expect(out.ok).toBe(false);
    if (!out.ok) expect([out.error.param, out.error.code]).toEqual([param, 'unsupported_parameter']);
  });

  it('accepts n: 1 and logprobs: false', () => {
    expect(parseChatRequest({ ...base, n: 1, logprobs: false, modalities: ['text'] }).ok).toBe(true);
  });

  it('rejects non-objects', () => {
    for (const body of [null, 1, 'x', [base]]) expect(parseChatRequest(body).ok).toBe(false);
  });
});
