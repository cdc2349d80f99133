// The fakes' own framing, checked with raw fetch (independently of the SDKs that consume them).
import { describe, expect, it } from 'vitest';
import { startFakeAnthropic, startFakeGoogle, startFakeOpenAI } from './index';

const post = (url: string, body: object) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('fake upstream wire formats', () => {
  it('openai: data-only SSE, usage chunk with empty choices after finish, [DONE] last', async () => {
    const fake = await startFakeOpenAI();
    try {
      const text = await (await post(`${fake.url}/chat/completions`, { model: 'm', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'hi' }] })).text();
      const frames = text.split('\n\n').filter(Boolean);
      expect(frames.every((frame) => frame.startsWith('data: '))).toBe(true);
      expect(frames.at(-1)).toBe('data: [DONE]');
      const usage = JSON.parse(frames.at(-2)!.slice(6));
      expect(usage.choices).toEqual([]);
      expect(usage.usage.prompt_tokens).toBe(10);
      expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    } finally {
      await fake.close();
    }
  });

  it('anthropic: event + data frames from message_start to message_stop', async () => {
    const fake = await startFakeAnthropic();
    try {
      const text = await (await post(`${fake.url}/v1/messages`, { model: 'm', max_tokens: 5, stream: true, messages: [{ role: 'user', content: 'hi' }] })).text();
      const events = text.split('\n\n').filter(Boolean).map((frame) => /^event: (\w+)\ndata: /.exec(frame)?.[1]);
      expect(events[0]).toBe('message_start');
      expect(events).toContain('ping');
      expect(events.slice(-2)).toEqual(['message_delta', 'message_stop']);
    } finally {
      await fake.close();
    }
  });

  it('google: CRLF-delimited data frames, finishReason and usage on the last one', async () => {
    const fake = await startFakeGoogle();
    try {
      const text = await (await post(`${fake.url}/v1beta/models/gemini-x:streamGenerateContent?alt=sse`, { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] })).text();
      const frames = text.split('\r\n\r\n').filter(Boolean);
      const last = JSON.parse(frames.at(-1)!.slice(6));
      expect(last.candidates[0].finishReason).toBe('STOP');
      expect(last.modelVersion).toBe('gemini-x');
      expect(last.usageMetadata.promptTokenCount).toBe(10);
    } finally {
      await fake.close();
    }
  });
});
