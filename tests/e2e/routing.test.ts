// router/* end to end: the policy decides which fake upstream receives the request, and the
// decision headers say why.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, startFakeGoogle, startFakeOpenAI, type FakeUpstream } from '../fakes';
import { fakeProviderEnv, startGateway, type TestGateway } from '../helpers/start-gateway';

let fakes: Record<'openai' | 'anthropic' | 'google', FakeUpstream>;
let gw: TestGateway;
let client: OpenAI;

beforeAll(async () => {
  const [openai, anthropic, google] = await Promise.all([startFakeOpenAI(), startFakeAnthropic(), startFakeGoogle()]);
  fakes = { openai, anthropic, google };
  for (const [name, fake] of Object.entries(fakes)) fake.script(() => ({ kind: 'text', text: `answered by ${name}` }));
  gw = await startGateway({ env: fakeProviderEnv({ openai: openai.url, anthropic: anthropic.url, google: google.url }) });
  client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'unused', maxRetries: 0 });
});

afterAll(async () => {
  await gw?.close();
  await Promise.all(Object.values(fakes ?? {}).map((f) => f.close()));
});

const planningRequest: OpenAI.ChatCompletionMessageParam[] = [
  { role: 'system', content: 'You are a route planner. Reach every goal with the shortest total distance.' },
  { role: 'user', content: 'Graph: A-B 4, B-C 2, A-C 7, C-D 3. Start at A; visit B and D. Give the path.' },
];

async function routed(model: string) {
  const counts = Object.fromEntries(Object.entries(fakes).map(([k, f]) => [k, f.requests.length]));
  const { data, response } = await client.chat.completions.create({ model, messages: planningRequest }).withResponse();
  const reached = Object.entries(fakes).filter(([k, f]) => f.requests.length > counts[k]!).map(([k]) => k);
  return { data, headers: response.headers, reached };
}

describe('router/* through the gateway', () => {
  it('router/cost and router/quality pick different models, and the upstream that answers is the chosen one', async () => {
    const cost = await routed('router/cost');
    const quality = await routed('router/quality');
    for (const r of [cost, quality]) {
      const model = r.headers.get('x-router-model')!;
      expect(r.data.model).toBe(model);
      expect(r.reached).toEqual([model.split('/')[0]]);
      expect(r.data.choices[0]?.message.content).toBe(`answered by ${model.split('/')[0]}`);
    }
    expect(cost.headers.get('x-router-model')).not.toBe(quality.headers.get('x-router-model'));
    expect(cost.headers.get('x-router-policy')).toBe('cost');
    expect(quality.headers.get('x-router-policy')).toBe('quality');
  });

  it('router/auto explains itself in headers', async () => {
    const auto = await routed('router/auto');
    expect(auto.headers.get('x-router-agent-type')).toMatch(/^(simple_reflex|model_based_reflex|goal_based|utility_based|learning)$/);
    expect(Number(auto.headers.get('x-router-confidence'))).toBeGreaterThan(0);
    expect(auto.headers.get('x-router-policy')).toBe('balanced');
    expect(auto.headers.get('x-router-candidates')!.split(',')).toContain(auto.headers.get('x-router-model'));
    expect(auto.headers.get('x-router-reason')!.length).toBeGreaterThan(5);
  });

  it('the cost policy picks a cheaper model than the quality policy (by catalog price)', async () => {
    const cost = (await routed('router/cost')).headers.get('x-router-model')!;
    const quality = (await routed('router/quality')).headers.get('x-router-model')!;
    const price = (id: string) => gw.gateway.index.find(id)!.prices.outputPerMTok;
    expect(price(cost)).toBeLessThan(price(quality));
  });

  it('x-agent-type overrides the classifier, and x-router-models narrows the choice', async () => {
    const { headers } = await client.chat.completions
      .create({ model: 'router/auto', messages: planningRequest }, {
        headers: { 'x-agent-type': 'simple_reflex', 'x-router-models': 'google/gemini-2.5-flash,google/gemini-2.5-flash-lite' },
      })
      .withResponse()
      .then((r) => ({ headers: r.response.headers }));
    expect(headers.get('x-router-agent-type')).toBe('simple_reflex');
    expect(Number(headers.get('x-router-confidence'))).toBe(1);
    expect(['google/gemini-2.5-flash', 'google/gemini-2.5-flash-lite']).toContain(headers.get('x-router-model'));
  });

  it('an override that names no type is a 400 in the OpenAI format, from the header or the metadata', async () => {
    const header = await client.chat.completions
      .create({ model: 'router/auto', messages: planningRequest }, { headers: { 'x-agent-type': 'goal' } })
      .catch((e: unknown) => e);
    expect(header).toBeInstanceOf(OpenAI.BadRequestError);
    expect(header).toMatchObject({ status: 400, param: 'x-agent-type', code: 'invalid_router_header', type: 'invalid_request_error' });
    expect(String((header as Error).message)).toContain("got 'goal'");
    const metadata = await client.chat.completions
      .create({ model: 'router/auto', messages: planningRequest, metadata: { agent_type: 'planner' } })
      .catch((e: unknown) => e);
    expect(metadata).toMatchObject({ status: 400, param: 'metadata.agent_type', code: 'invalid_value' });
    // Spelling variants of a real type still count as that type. An override also sets the
    // session's type, so this one gets a session of its own.
    const { response } = await client.chat.completions
      .create({ model: 'router/auto', messages: planningRequest, metadata: { agent_type: 'Utility-Based' } }, { headers: { 'x-session-id': 'override-spelling' } })
      .withResponse();
    expect(response.headers.get('x-router-agent-type')).toBe('utility_based');
    expect(response.headers.get('x-router-confidence')).toBe('1.000');
  });

  it('a limit no model meets is a clear 4xx naming the limit', async () => {
    const err = await client.chat.completions
      .create({ model: 'router/auto', messages: planningRequest }, { headers: { 'x-router-max-cost': '0.0000000001' } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).status).toBeGreaterThanOrEqual(400);
    expect((err as InstanceType<typeof OpenAI.APIError>).status).toBeLessThan(500);
    expect(String((err as Error).message)).toMatch(/cost/i);
  });

  it('falls back along the plan when the primary provider fails', async () => {
    const primary = (await routed('router/quality')).headers.get('x-router-model')!;
    const provider = primary.split('/')[0] as keyof typeof fakes;
    fakes[provider].script(() => ({ kind: 'error', status: 503, message: 'overloaded' }));
    try {
      const again = await routed('router/quality');
      expect(again.headers.get('x-router-model')).not.toBe(primary);
      expect(again.headers.get('x-router-attempts')).toContain(`${primary}:overloaded`);
    } finally {
      fakes[provider].script(() => ({ kind: 'text', text: `answered by ${provider}` }));
    }
  });

  it('POST /v1/router/explain returns the decision without calling any model', async () => {
    const before = Object.values(fakes).reduce((n, f) => n + f.requests.length, 0);
    const res = await fetch(`${gw.url}/v1/router/explain`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'router/cost', messages: planningRequest }),
    });
    const decision = await res.json();
    expect(res.status).toBe(200);
    expect(decision.plan.primary).toBeTruthy();
    expect(decision.policy).toBe('cost');
    expect(Object.values(fakes).reduce((n, f) => n + f.requests.length, 0)).toBe(before);
  });

  it('GET /v1/router/frontier and /v1/router/profiles return the data behind routing', async () => {
    const frontier = await (await fetch(`${gw.url}/v1/router/frontier?agent_type=goal_based&policy=quality`)).json();
    expect(frontier.data[0].agent_type).toBe('goal_based');
    expect(frontier.data[0].frontier.length).toBeGreaterThan(0);
    const profiles = await (await fetch(`${gw.url}/v1/router/profiles`)).json();
    expect(profiles.simulated).toBe(false);
    expect(profiles.routable.length).toBeGreaterThan(3);
  });
});
