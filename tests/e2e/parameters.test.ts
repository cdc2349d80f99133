// Parameters end to end: unknown fields pass through to OpenAI-family upstreams, and a parameter
// a provider cannot honour is dropped with a warning header, never silently.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, startFakeOpenAI, type FakeUpstream } from '../fakes';
import { fakeProviderEnv, startGateway, type TestGateway } from '../helpers/start-gateway';

let openai: FakeUpstream;
let anthropic: FakeUpstream;
let gw: TestGateway;

beforeAll(async () => {
  [openai, anthropic] = await Promise.all([startFakeOpenAI(), startFakeAnthropic()]);
  gw = await startGateway({ env: fakeProviderEnv({ openai: openai.url, anthropic: anthropic.url }) });
});
afterAll(async () => {
  await gw?.close();
  await Promise.all([openai?.close(), anthropic?.close()]);
});

function post(body: Record<string, unknown>) {
  return fetch(`${gw.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }], ...body }),
  });
}

describe('parameters', () => {
  it('passes unknown fields and sampling parameters through to OpenAI unchanged', async () => {
    const res = await post({
      model: 'openai/gpt-4.1-mini', logit_bias: { '50256': -100 }, service_tier: 'flex', seed: 7, temperature: 0.2,
      top_p: 0.9, stop: ['END'], user: 'u-1', metadata: { team: 'a' }, max_completion_tokens: 55,
      response_format: { type: 'json_object' }, router: { policy: 'cost' },
    });
    expect(res.status).toBe(200);
    const sent = openai.requests.at(-1)!.body;
    expect(sent).toMatchObject({
      model: 'gpt-4.1-mini', logit_bias: { '50256': -100 }, service_tier: 'flex', seed: 7, temperature: 0.2,
      top_p: 0.9, stop: ['END'], user: 'u-1', metadata: { team: 'a' }, max_completion_tokens: 55,
      response_format: { type: 'json_object' },
    });
    expect(sent).not.toHaveProperty('router');
    expect(res.headers.get('x-router-warnings')).toBeNull();
  });

  it('drops what Anthropic cannot honour with an x-router-warnings header', async () => {
    const res = await post({ model: anthropic_model(), seed: 7, presence_penalty: 0.5 });
    expect(res.status).toBe(200);
    const warnings = res.headers.get('x-router-warnings') ?? '';
    expect(warnings).toMatch(/seed/);
    expect(warnings).toMatch(/presence_penalty/);
    expect(anthropic.requests.at(-1)!.body).not.toHaveProperty('seed');
  });

  it('refuses a capability the named model lacks with a 400 naming the parameter', async () => {
    const res = await post({
      model: 'sim/reflex-fast',
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AA==' } }] }],
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.param).toBe('messages');
    expect(body.error.code).toBe('unsupported_parameter');
  });
});

function anthropic_model(): string {
  const model = gw.gateway.index.served().find((m) => m.provider === 'anthropic');
  if (!model) throw new Error('no anthropic model in the catalog');
  return model.id;
}
