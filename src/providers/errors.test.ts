// Error mapping shared by every family, and the promise that API keys never leak into errors.
import { describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeProvider } from '../../tests/fakes';
import { parseRetryAfter } from './errors';
import { createAdapter } from './registry';
import { ProviderError, type ProviderSettings } from './types';

describe('parseRetryAfter', () => {
  it('prefers retry-after-ms, then seconds, then an HTTP date', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(1500);
    expect(parseRetryAfter(new Headers({ 'retry-after': '2' }))).toBe(2000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

const SECRET = 'sk-LEAKCANARY-9f8e7d6c5b4a';
const TYPES: Record<FakeProvider, ProviderSettings['type']> = { openai: 'openai', anthropic: 'anthropic', google: 'google' };

function everythingExposed(error: ProviderError): string {
  const chain: string[] = [error.message, JSON.stringify(error), String(error.stack)];
  let cause: unknown = error.cause;
  while (cause !== undefined && cause !== null) {
    chain.push(cause instanceof Error ? `${cause.message} ${cause.stack}` : JSON.stringify(cause));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return chain.join('\n');
}

async function failure(run: () => Promise<unknown>): Promise<ProviderError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  }
  throw new Error('expected failure');
}

describe.each(['openai', 'anthropic', 'google'] as const)('%s errors never expose the API key', (provider) => {
  const request = { model: 'g', messages: [{ role: 'user' as const, content: 'hi' }] };
  const call = { model: 'm', timeoutMs: 3000 };

  it('on a 401 whose body echoes the key', async () => {
    const upstream = await startFakeUpstream(provider);
    try {
      upstream.script(() => ({ kind: 'error', status: 401, message: `invalid api key ${SECRET}` }));
      const adapter = createAdapter({ name: provider, type: TYPES[provider], apiKey: SECRET, baseURL: upstream.url, timeoutMs: 3000 });
      for (const run of [() => adapter.generate(request, call), async () => { for await (const _ of adapter.stream(request, call)) void _; }]) {
        const error = await failure(run);
        expect(error.kind).toBe('auth');
        expect(error.message).toContain('[redacted]');
        expect(everythingExposed(error)).not.toContain(SECRET);
      }
      // The key did travel upstream (so the test is meaningful), in a header only.
      expect(JSON.stringify(upstream.requests.map((r) => r.headers))).toContain(SECRET);
    } finally {
      await upstream.close();
    }
  });

  it('on a connection failure', async () => {
    const upstream = await startFakeUpstream(provider);
    const url = upstream.url;
    await upstream.close(); // nothing listens there any more
    const adapter = createAdapter({ name: provider, type: TYPES[provider], apiKey: SECRET, baseURL: url, timeoutMs: 3000 });
    const error = await failure(() => adapter.generate(request, call));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(everythingExposed(error)).not.toContain(SECRET);
  });
});
