// A client that goes away mid-stream: the gateway aborts the upstream stream too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, startFakeOpenAI, type FakeUpstream } from '../fakes';
import { fakeProviderEnv, startGateway, type TestGateway } from '../helpers/start-gateway';

let openai: FakeUpstream;
let anthropic: FakeUpstream;
let gw: TestGateway;

beforeAll(async () => {
  const slow = { chunkDelayMs: 100, handler: () => ({ kind: 'text' as const, text: 'word '.repeat(200) }) };
  [openai, anthropic] = await Promise.all([startFakeOpenAI(slow), startFakeAnthropic(slow)]);
  gw = await startGateway({ env: fakeProviderEnv({ openai: openai.url, anthropic: anthropic.url }) });
});
afterAll(async () => {
  await gw?.close();
  await Promise.all([openai?.close(), anthropic?.close()]);
});

describe.each([
  ['openai/gpt-4.1-mini', () => openai],
  ['anthropic/claude-haiku-4-5', () => anthropic],
] as const)('client disconnect mid-stream (%s)', (model, fake) => {
  it('closes the upstream connection', async () => {
    const controller = new AbortController();
    const res = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model, stream: true, messages: [{ role: 'user', content: 'talk' }] }),
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('data: ');
    controller.abort();
    const upstream = fake().requests.at(-1)!;
    await Promise.race([upstream.closed, new Promise((_, reject) => setTimeout(() => reject(new Error('upstream still open')), 3000))]);
    expect(upstream.abortedByClient).toBe(true);
  });
});
