// The Workers entry, for real: `wrangler dev` runs src/entry/worker.ts on workerd locally.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWranglerDev, type WranglerDev } from '../helpers/wrangler-dev';

let dev: WranglerDev;
beforeAll(async () => {
  dev = await startWranglerDev({ ADMIN_API_KEY: 'admin-test-key' });
}, 120_000);
afterAll(() => dev?.stop());

describe('Workers entry under wrangler dev', () => {
  it('serves a chat completion through the official openai client', async () => {
    const client = new OpenAI({ baseURL: `${dev.url}/v1`, apiKey: 'unused', maxRetries: 0 });
    const { data, response } = await client.chat.completions
      .create({ model: 'router/auto', messages: [{ role: 'user', content: 'Classify this ticket: printer on fire.' }] })
      .withResponse();
    expect(data.choices[0]?.message.content).toContain('[simulated model');
    expect(data.model).toMatch(/^sim\//);
    expect(response.headers.get('x-router-simulated')).toBe('true');
    expect(response.headers.get('x-router-agent-type')).toBeTruthy();
  });

  it('streams SSE through the Workers runtime', async () => {
    const client = new OpenAI({ baseURL: `${dev.url}/v1`, apiKey: 'unused', maxRetries: 0 });
    const stream = await client.chat.completions.create({
      model: 'sim/reflex-fast',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'hello' }],
    });
    let text = '';
    let usage = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      usage += chunk.usage?.total_tokens ?? 0;
    }
    expect(text).toContain('[simulated model sim/reflex-fast]');
    expect(usage).toBeGreaterThan(0);
  });

  it('answers bad input with an OpenAI error, not a crash', async () => {
    const res = await fetch(`${dev.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model":' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_json');
  });
});

describe('Workers cron refresh under wrangler dev --test-scheduled', () => {
  it('cron ticks run refresh slices against sim models; the KV profiles change and routing uses them', async () => {
    const profiles = async () => (await fetch(`${dev.url}/v1/router/profiles`)).json();
    const before = await profiles();
    expect(before.simulated).toBe(true);
    let after = before;
    for (let tick = 0; tick < 8 && after.generatedAt === before.generatedAt; tick++) {
      const res = await fetch(`${dev.url}/__scheduled?cron=${encodeURIComponent('*/30 * * * *')}`);
      expect(res.status).toBe(200);
      for (let poll = 0; poll < 20 && after.generatedAt === before.generatedAt; poll++) {
        await new Promise((r) => setTimeout(r, 250));
        after = await profiles();
      }
    }
    expect(after.generatedAt).not.toBe(before.generatedAt);
    const models = after.profiles.models as { types: Record<string, { provenance: { source: string } }> }[];
    const measured = models
      .flatMap((p) => Object.values(p.types))
      .filter((t) => t.provenance.source === 'measured');
    expect(measured.length).toBeGreaterThan(0);
    const decision = await (await fetch(`${dev.url}/v1/router/explain`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
    })).json();
    expect(decision.profiles.generatedAt).toBe(after.generatedAt);
  }, 120_000);
});

describe('Workers refresh API', () => {
  const post = (body: unknown, key = 'admin-test-key') =>
    fetch(`${dev.url}/v1/router/refresh`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(body) });

  it('needs the admin key', async () => {
    expect((await post({}, 'wrong')).status).toBe(401);
  });

  it('refuses a model it cannot serve, naming it', async () => {
    const res = await post({ models: ['sim/nope'] });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'model_not_available', param: 'models' });
  });

  it('records a request\'s settings for the next tick to start with', async () => {
    const res = await post({ models: ['sim/learner'], types: ['learning'], scenarios_per_task: 1, seed: 9 });
    expect(res.status).toBe(202);
    const state = await (await fetch(`${dev.url}/v1/router/refresh`, { headers: { authorization: 'Bearer admin-test-key' } })).json();
    expect(state).toMatchObject({ requested: true, overrides: { models: ['sim/learner'], types: ['learning'], scenariosPerTask: 1, seed: 9 } });
  });
});
