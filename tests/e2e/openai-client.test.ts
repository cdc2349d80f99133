// The gateway driven by the official `openai` npm client, against loopback fake upstreams that
// speak each provider's wire format: compatibility proven by a real client, not our own parser.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, startFakeGoogle, startFakeOpenAI, type FakeUpstream } from '../fakes';
import { fakeProviderEnv, startGateway, type TestGateway } from '../helpers/start-gateway';

let openai: FakeUpstream;
let anthropic: FakeUpstream;
let google: FakeUpstream;
let gw: TestGateway;
let client: OpenAI;

const weather = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

beforeAll(async () => {
  [openai, anthropic, google] = await Promise.all([startFakeOpenAI(), startFakeAnthropic(), startFakeGoogle()]);
  gw = await startGateway({
    env: { ...fakeProviderEnv({ openai: openai.url, anthropic: anthropic.url, google: google.url }), GATEWAY_API_KEYS: 'gw-key-1' },
    config: { retries: { perModel: 0 } },
  });
  client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'gw-key-1', maxRetries: 0, timeout: 10_000 });
});

afterAll(async () => {
  await gw?.close();
  await Promise.all([openai?.close(), anthropic?.close(), google?.close()]);
});

const MODELS = [
  ['openai/gpt-4.1-mini', () => openai],
  ['anthropic/claude-sonnet-5', () => anthropic],
  ['google/gemini-2.5-flash', () => google],
  // The fake enforces Gemini 3's thought signatures, so the tool round trip below proves they survive the client.
  ['google/gemini-3.6-flash', () => google],
] as const;

describe.each(MODELS)('official openai client -> gateway -> %s', (model, fake) => {
  it('non-streaming: text, concrete model and usage', async () => {
    fake().script(() => ({ kind: 'text', text: 'Paris.', usage: { input: 21, output: 3 } }));
    const { data, response } = await client.chat.completions
      .create({ model, messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Capital of France?' }] })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe('Paris.');
    expect(data.model).toBe(model);
    expect(data.usage).toMatchObject({ prompt_tokens: 21, completion_tokens: 3, total_tokens: 24 });
    expect(response.headers.get('x-router-model')).toBe(model);
    expect(JSON.stringify(fake().requests.at(-1)?.body)).toContain('Capital of France?');
  });

  it('streaming with include_usage', async () => {
    fake().script(() => ({ kind: 'text', text: 'one two three', usage: { input: 9, output: 3 } }));
    const stream = await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'count' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined | null;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      finish ??= chunk.choices[0]?.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('one two three');
    expect(finish).toBe('stop');
    expect(usage).toMatchObject({ prompt_tokens: 9, completion_tokens: 3 });
  });

  it('tools: a tool call, then the tool result round trip', async () => {
    fake().script(() => ({ kind: 'tool-call', name: 'get_weather', arguments: { city: 'Oslo' } }));
    const first = await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'Weather in Oslo?' }],
      tools: [weather],
    });
    const call = first.choices[0]?.message.tool_calls?.[0];
    expect(first.choices[0]?.finish_reason).toBe('tool_calls');
    expect(call?.type === 'function' && call.function.name).toBe('get_weather');
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ city: 'Oslo' });

    fake().script(() => ({ kind: 'text', text: 'It is 3 degrees in Oslo.' }));
    const second = await client.chat.completions.create({
      model,
      tools: [weather],
      messages: [
        { role: 'user', content: 'Weather in Oslo?' },
        first.choices[0]!.message as OpenAI.ChatCompletionMessageParam,
        { role: 'tool', tool_call_id: call!.id, content: '{"celsius":3}' },
      ],
    });
    expect(second.choices[0]?.message.content).toBe('It is 3 degrees in Oslo.');
    expect(JSON.stringify(fake().requests.at(-1)?.body)).toContain('celsius');
  });

  it('streamed tool calls assemble into valid arguments', async () => {
    fake().script(() => ({ kind: 'tool-call', name: 'get_weather', arguments: { city: 'Lima' } }));
    const stream = await client.chat.completions.create({
      model,
      stream: true,
      messages: [{ role: 'user', content: 'Weather in Lima?' }],
      tools: [weather],
    });
    let args = '';
    let name = '';
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta.tool_calls?.[0];
      if (delta?.function?.name) name = delta.function.name;
      args += delta?.function?.arguments ?? '';
    }
    expect(name).toBe('get_weather');
    expect(JSON.parse(args)).toEqual({ city: 'Lima' });
  });

  it('a stream that breaks midway makes the client throw, never end cleanly', async () => {
    fake().script(() => ({ kind: 'break-midway', text: 'partial answer that will be cut' }));
    const stream = await client.chat.completions.create({ model, stream: true, messages: [{ role: 'user', content: 'x' }] });
    await expect(async () => {
      for await (const _chunk of stream) void _chunk;
    }).rejects.toThrow();
  });
});

describe('Gemini 3 thought signatures through the official client', () => {
  const history = (call: OpenAI.ChatCompletionMessageToolCall): OpenAI.ChatCompletionMessageParam[] => [
    { role: 'user', content: 'Weather in Oslo and Bergen?' },
    { role: 'assistant', content: null, tool_calls: [call] },
    { role: 'tool', tool_call_id: call.id, content: '{"celsius":3}' },
  ];

  it('a streamed tool call id carries the signature back, byte for byte', async () => {
    google.script(() => ({ kind: 'tool-calls', calls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }, { name: 'get_weather', arguments: { city: 'Bergen' } }] }));
    const stream = await client.chat.completions.create({ model: 'google/gemini-3.6-flash', stream: true, messages: [{ role: 'user', content: 'Weather in Oslo and Bergen?' }], tools: [weather] });
    const ids: string[] = [];
    for await (const chunk of stream) for (const delta of chunk.choices[0]?.delta.tool_calls ?? []) if (delta.id) ids.push(delta.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^[A-Za-z0-9_-]+$/);
    const issued = ids[0]!;
    google.script(() => ({ kind: 'text', text: 'Cold in both.' }));
    const calls = ids.map((id, k) => ({ id, type: 'function' as const, function: { name: 'get_weather', arguments: JSON.stringify({ city: k ? 'Bergen' : 'Oslo' }) } }));
    const { data, response } = await client.chat.completions
      .create({ model: 'google/gemini-3.6-flash', tools: [weather], messages: [
        { role: 'user', content: 'Weather in Oslo and Bergen?' },
        { role: 'assistant', content: null, tool_calls: calls },
        ...ids.map((id) => ({ role: 'tool' as const, tool_call_id: id, content: '{"celsius":3}' })),
      ] })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe('Cold in both.');
    expect(response.headers.get('x-router-warnings')).toBeNull();
    const parts = (google.requests.at(-1)!.body.contents as { role: string; parts: Record<string, unknown>[] }[])[1]!.parts;
    expect(parts[0]!.thoughtSignature).toBe(Buffer.from(issued.split('__ts__')[1]!, 'base64url').toString('base64'));
    expect(parts[1]!.thoughtSignature).toBeUndefined();
  });

  it('a tool call from another model is replayed with Google\'s skip sentinel and a warning, not a 400', async () => {
    google.script(() => ({ kind: 'text', text: 'Cold.' }));
    const foreign = { id: 'call_Xy12openai', type: 'function' as const, function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } };
    const { data, response } = await client.chat.completions
      .create({ model: 'google/gemini-3.6-flash', tools: [weather], messages: history(foreign) })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe('Cold.');
    expect(response.headers.get('x-router-warnings')).toContain('skip_thought_signature_validator');
    const parts = (google.requests.at(-1)!.body.contents as { parts: Record<string, unknown>[] }[])[1]!.parts;
    expect(parts[0]).toMatchObject({ functionCall: { id: 'call_Xy12openai', name: 'get_weather' }, thoughtSignature: 'skip_thought_signature_validator' });
  });

  it('a conversation continued on OpenAI after Gemini 3 gets its long tool-call ids aliased, consistently', async () => {
    google.script(() => ({ kind: 'tool-call', name: 'get_weather', arguments: { city: 'Oslo' } }));
    const first = await client.chat.completions.create({ model: 'google/gemini-3.6-flash', messages: [{ role: 'user', content: 'Weather in Oslo and Bergen?' }], tools: [weather] });
    const call = first.choices[0]!.message.tool_calls![0]! as OpenAI.ChatCompletionMessageToolCall;
    expect(call.id.length).toBeGreaterThan(40);
    for (let turn = 0; turn < 2; turn++) {
      openai.script(() => ({ kind: 'text', text: 'Cold.' }));
      const second = await client.chat.completions.create({ model: 'openai/gpt-4.1-mini', tools: [weather], messages: history(call) });
      expect(second.choices[0]?.message.content).toBe('Cold.');
    }
    const [a, b] = openai.requests.slice(-2).map((r) => r.body.messages as { tool_calls?: { id: string }[]; tool_call_id?: string }[]);
    expect(a![1]!.tool_calls![0]!.id.length).toBeLessThanOrEqual(40);
    expect(a![2]!.tool_call_id).toBe(a![1]!.tool_calls![0]!.id);
    expect(b![1]!.tool_calls![0]!.id).toBe(a![1]!.tool_calls![0]!.id);
  });

  it('the fake OpenAI really refuses tool-call ids over 40 characters', async () => {
    openai.script(() => ({ kind: 'text', text: 'never' }));
    const long = 'call_' + 'x'.repeat(40);
    const res = await fetch(`${openai.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: JSON.stringify({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'q' }, { role: 'assistant', tool_calls: [{ id: long, type: 'function', function: { name: 'f', arguments: '{}' } }] }, { role: 'tool', tool_call_id: long, content: 'x' }] }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('string_above_max_length');
  });

  it('the fake really refuses a Gemini 3 replay without a signature', async () => {
    google.script(() => ({ kind: 'text', text: 'never' }));
    const res = await fetch(`${google.url}/v1beta/models/gemini-3.6-flash:generateContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'q' }] }, { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: {} } }] }] }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('thought_signature');
  });
});

describe('errors through the official client', () => {
  it('upstream 429 becomes a RateLimitError with retry-after', async () => {
    openai.script(() => ({ kind: 'error', status: 429, message: 'slow down', retryAfterSeconds: 7 }));
    const err = await client.chat.completions
      .create({ model: 'openai/gpt-4.1-mini', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect((err as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBe('7');
  });

  it('an unknown model is a 404 NotFoundError naming the model', async () => {
    const err = await client.chat.completions
      .create({ model: 'openai/does-not-exist', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect(String((err as Error).message)).toContain('openai/does-not-exist');
  });

  it('a wrong gateway key is a 401 AuthenticationError', async () => {
    const bad = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'wrong', maxRetries: 0 });
    await expect(bad.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it('upstream 401 is a 502 and never reveals the provider key', async () => {
    openai.script(() => ({ kind: 'error', status: 401, message: 'Incorrect API key provided: sk-test-openai-SECRET-1234' }));
    const res = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer gw-key-1' },
      body: JSON.stringify({ model: 'openai/gpt-4.1-mini', messages: [{ role: 'user', content: 'x' }] }),
    });
    const text = await res.text();
    expect(res.status).toBe(502);
    expect(text).not.toContain('SECRET');
    expect(JSON.parse(text).error.code).toBe('upstream_authentication_failed');
  });

  it('a client that goes away aborts the upstream request', async () => {
    openai.script(() => ({ kind: 'hang' }));
    const before = openai.requests.length;
    const controller = new AbortController();
    const pending = client.chat.completions
      .create({ model: 'openai/gpt-4.1-mini', messages: [{ role: 'user', content: 'hang' }] }, { signal: controller.signal })
      .catch(() => undefined);
    while (openai.requests.length === before) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await pending;
    await openai.requests.at(-1)!.closed;
    expect(openai.requests.at(-1)!.abortedByClient).toBe(true);
  });
});

describe('models endpoint', () => {
  it('lists router models and served catalog models, simulated ones labelled', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toContain('router/auto');
    expect(ids).toContain('router/cost');
    expect(ids).toContain('openai/gpt-4.1-mini');
    expect(ids).toContain('sim/balanced-mid');
    const res = await fetch(`${gw.url}/v1/models`, { headers: { authorization: 'Bearer gw-key-1' } });
    const sim = (await res.json()).data.find((m: { id: string }) => m.id === 'sim/balanced-mid');
    expect(sim.simulated).toBe(true);
  });
});
