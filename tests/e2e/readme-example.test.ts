// The README's first example, run as written against the embedded default (no keys: simulated
// models): the decision headers it shows must be the ones the gateway sends.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../helpers/start-gateway';

const readme = readFileSync('README.md', 'utf8');
const use = readme.slice(readme.indexOf('## Use it'));
const body = /-d '([^']+)'/.exec(use)?.[1];
const shown = /The response headers say what the router decided and why:\n\n```\n([\s\S]*?)```/.exec(use)?.[1] ?? '';
const headers = shown
  .split('\n')
  .map((line) => /^(x-router-[a-z-]+): (.+)$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => [m[1]!, m[2]!] as const);

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => {
  await gw?.close();
});

describe('README example', () => {
  it('sends exactly the decision headers the README shows', async () => {
    expect(body).toBeDefined();
    expect(headers.length).toBeGreaterThanOrEqual(5);
    const response = await fetch(`${gw.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(200);
    for (const [name, value] of headers) expect([name, response.headers.get(name)]).toEqual([name, value]);
    await response.text();
  });

  it('gives the bare question the confidence the README quotes', async () => {
    const quoted = /no system prompt \(`"([^"]+)"`\)[\s\S]*?`x-router-confidence: ([0-9.]+)`/.exec(use);
    expect(quoted).not.toBeNull();
    const content = quoted![1]!.replace(/\s+/g, ' ');
    const response = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'router/auto', messages: [{ role: 'user', content }] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-router-confidence')).toBe(quoted![2]);
    await response.text();
  });
});
