// Hostile and malformed input: every body gets a 4xx in the OpenAI error envelope, never a 5xx,
// and the process keeps serving.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../helpers/start-gateway';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway({ config: { server: { maxBodyBytes: 1024 * 1024 } } });
});
afterAll(() => gw?.close());

const ok = { model: 'sim/reflex-fast', messages: [{ role: 'user', content: 'hi' }] };
const msg = (m: unknown) => ({ ...ok, messages: [m] });
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

interface Case {
  name: string;
  body: string;
  contentType?: string | null;
}

function json(name: string, value: unknown): Case {
  return { name, body: JSON.stringify(value) };
}

const WRONG_VALUES: unknown[] = [null, 0, -1, 1.5, 'x', '', true, [], {}, [null], [1], { a: 1 }];
const FIELDS = [
  'model', 'messages', 'tools', 'tool_choice', 'parallel_tool_calls', 'response_format', 'max_tokens',
  'max_completion_tokens', 'stop', 'temperature', 'top_p', 'seed', 'user', 'metadata', 'stream',
  'stream_options', 'n', 'presence_penalty', 'frequency_penalty', 'router',
];

function wrongTypeCases(): Case[] {
  const out: Case[] = [];
  for (const field of FIELDS) {
    for (const value of WRONG_VALUES) {
      const body = { ...ok, [field]: value };
      // Skip the few combinations that are valid OpenAI input (e.g. temperature 0, stop 'x').
      if (isValidCombination(field, value)) continue;
      out.push(json(`${field}=${JSON.stringify(value)}`, body));
    }
  }
  return out;
}

function isValidCombination(field: string, value: unknown): boolean {
  const nullable = ['max_tokens', 'max_completion_tokens', 'stop', 'temperature', 'top_p', 'seed', 'stream', 'stream_options', 'n', 'presence_penalty', 'frequency_penalty'];
  if (value === null && nullable.includes(field)) return true;
  if (['temperature', 'presence_penalty', 'frequency_penalty', 'seed'].includes(field) && (value === 0 || value === -1 || value === 1.5)) {
    return !(field === 'temperature' && value === -1) && !(field === 'seed' && value === 1.5);
  }
  if (field === 'top_p' && value === 0) return true;
  if (field === 'stop' && (value === 'x' || value === '' || (Array.isArray(value) && value.length === 0))) return true;
  if (['parallel_tool_calls', 'stream'].includes(field) && value === true) return true;
  if (['tools'].includes(field) && Array.isArray(value) && value.length === 0) return true;
  if (['metadata', 'stream_options', 'router'].includes(field) && JSON.stringify(value) === '{}') return true;
  if (field === 'stream_options' && JSON.stringify(value) === '{"a":1}') return true; // lenient, like OpenAI's own options
  if (field === 'user' && (value === 'x' || value === '')) return true;
  return false;
}

function messageCases(): Case[] {
  const bad: unknown[] = [
    null, 1, 'hello', [], {}, { role: 'user' }, { content: 'x' }, { role: 'admin', content: 'x' },
    { role: 'user', content: 1 }, { role: 'user', content: null }, { role: 'user', content: [{ type: 'audio' }] },
    { role: 'user', content: [{ type: 'text' }] }, { role: 'user', content: [{ type: 'image_url' }] },
    { role: 'user', content: [{ type: 'image_url', image_url: { url: '' } }] }, { role: 'user', content: [null] },
    { role: 'tool', content: 'x' }, { role: 'tool', tool_call_id: '', content: 'x' },
    { role: 'assistant', tool_calls: [{ id: 'a' }] }, { role: 'assistant', tool_calls: 'x' },
    { role: 'assistant', tool_calls: [{ id: 'a', type: 'function', function: { name: 'f' } }] },
    { role: 'system', content: [{ type: 'image_url', image_url: { url: 'x' } }] }, { role: 'system', content: 5 },
  ];
  return bad.map((m, i) => json(`message#${i}`, msg(m)));
}

function structuralCases(): Case[] {
  return [
    { name: 'empty body', body: '' },
    { name: 'whitespace', body: '   \n' },
    { name: 'truncated', body: '{"model":"sim/reflex-fast","messages":[' },
    { name: 'trailing comma', body: '{"model":"x",}' },
    { name: 'single quotes', body: "{'model':'x'}" },
    { name: 'NaN', body: '{"model":"x","temperature":NaN}' },
    { name: 'bare string', body: '"hello"' },
    { name: 'number', body: '42' },
    { name: 'array', body: JSON.stringify([ok]) },
    { name: 'null', body: 'null' },
    { name: 'deep nesting', body: `{"model":"x","messages":${nested(5000)}}` },
    { name: 'deep nesting in extra', body: JSON.stringify(ok).slice(0, -1) + `,"x":${nested(100_000)}}` },
    { name: 'deep objects', body: '{"a":'.repeat(2000) + '1' + '}'.repeat(2000) },
    { name: 'too large', body: JSON.stringify({ ...ok, messages: [{ role: 'user', content: 'x'.repeat(2 * 1024 * 1024) }] }) },
    { name: 'no content type', body: JSON.stringify(ok), contentType: null },
    { name: 'text/plain', body: JSON.stringify(ok), contentType: 'text/plain' },
    { name: 'form', body: 'model=x', contentType: 'application/x-www-form-urlencoded' },
    { name: 'multipart', body: '--b\r\n', contentType: 'multipart/form-data; boundary=b' },
    { name: 'xml', body: '<a/>', contentType: 'application/xml' },
    { name: 'invalid utf8 claim', body: '\u0000\u0001', contentType: 'application/json' },
    json('unknown model', { ...ok, model: 'nope/nothing' }),
    json('unconfigured provider', { ...ok, model: 'openai/gpt-4.1-mini' }),
    json('unknown policy', { ...ok, model: 'router/no-such-policy' }),
    json('impossible limit', { ...ok, model: 'router/auto', router: { max_cost_usd: 1e-12 } }),
    json('router unknown key', { ...ok, model: 'router/auto', router: { hack: true } }),
    json('proto pollution', JSON.parse('{"__proto__":{"admin":true},"model":1}')),
    json('constructor key', { constructor: { prototype: {} }, messages: [] }),
    json('huge tools', { ...ok, tools: Array.from({ length: 600 }, (_, i) => ({ type: 'function', function: { name: `f${i}` } })) }),
    json('bad tool name', { ...ok, tools: [{ type: 'function', function: { name: '../../etc/passwd' } }] }),
    json('tool choice unknown', { ...ok, tool_choice: 'always' }),
    json('response format xml', { ...ok, response_format: { type: 'xml' } }),
    json('json_schema without name', { ...ok, response_format: { type: 'json_schema', json_schema: {} } }),
    json('long model', { ...ok, model: 'm'.repeat(10_000) }),
    json('metadata non-string', { ...ok, metadata: { a: 1 } }),
    json('lone surrogate model', { ...ok, model: '\ud800' }),
    json('too many stops', { ...ok, stop: ['a', 'b', 'c', 'd', 'e'] }),
    json('n too large', { ...ok, n: 1000 }),
    json('negative max tokens', { ...ok, max_tokens: -5 }),
    json('float max tokens', { ...ok, max_tokens: 1.5 }),
  ];
}

async function send(c: Case): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = {};
  if (c.contentType !== null) headers['content-type'] = c.contentType ?? 'application/json';
  const res = await fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', headers, body: c.body });
  return { status: res.status, body: await res.text() };
}

function expectClientError(c: Case, res: { status: number; body: string }) {
  expect(res.status, `${c.name}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${c.name}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
  const parsed = JSON.parse(res.body);
  expect(Object.keys(parsed.error).sort(), c.name).toEqual(['code', 'message', 'param', 'type']);
  expect(typeof parsed.error.message).toBe('string');
}

describe('malformed and hostile bodies', () => {
  const cases = [...wrongTypeCases(), ...messageCases(), ...structuralCases()];

  it(`has at least 200 hand-made cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it('every hand-made case gets a 4xx OpenAI-format error', async () => {
    const statuses = new Map<number, number>();
    for (const c of cases) {
      const res = await send(c);
      expectClientError(c, res);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    expect(statuses.get(413)).toBeGreaterThanOrEqual(1);
    expect(statuses.get(415)).toBeGreaterThanOrEqual(4);
    expect(statuses.get(404)).toBeGreaterThanOrEqual(1);
  });

  it('random JSON values as bodies get 4xx errors', async () => {
    const bodies = fc.sample(fc.jsonValue({ maxDepth: 6 }), { numRuns: 150, seed: 42 });
    for (const value of bodies) {
      const c = json('random', value);
      expectClientError(c, await send(c));
    }
  });

  it('random mutations of a valid request never produce a 5xx', async () => {
    const mutated = fc.sample(
      fc.record({ field: fc.constantFrom(...FIELDS, 'messages'), value: fc.anything({ maxDepth: 3 }) }),
      { numRuns: 150, seed: 7 },
    );
    for (const { field, value } of mutated) {
      let body: string;
      try {
        body = JSON.stringify({ ...ok, [field]: value });
      } catch {
        continue; // BigInt and friends cannot be sent as JSON at all
      }
      const res = await send({ name: `${field} mutated`, body });
      expect(res.status, `${field}=${body.slice(0, 200)} -> ${res.body.slice(0, 200)}`).toBeLessThan(500);
    }
  });

  it('is still healthy afterwards', async () => {
    const res = await fetch(`${gw.url}/healthz`);
    expect(res.status).toBe(200);
  });
});
