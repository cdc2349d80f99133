import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/providers/types';
import { LimiterSet, ProviderLimiter } from '../../src/refresh/limiter';

/** Virtual time: sleeping advances the clock at once and is recorded. */
function fakeClock() {
  const clock = { t: 0, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
  };
}

const rateLimited = (retryAfterMs?: number) =>
  new ProviderError({ kind: 'rate-limit', status: 429, provider: 'p', message: 'slow down', ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });

describe('ProviderLimiter', () => {
  it('caps concurrency and hands freed slots to waiters in order', async () => {
    const limiter = new ProviderLimiter({ concurrency: 2 });
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const job = (id: number) => async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      order.push(id);
      active--;
      return id;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((id) => limiter.run(job(id))));
    expect(peak).toBe(2);
    expect(results.map((r) => r.ok && r.value)).toEqual([1, 2, 3, 4, 5]);
    expect(order.slice(0, 2).sort()).toEqual([1, 2]);
  });

  it('spaces requests to the requests-per-minute budget', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = new ProviderLimiter({ concurrency: 10, requestsPerMinute: 60, now, sleep });
    const starts: number[] = [];
    for (let i = 0; i < 65; i++) await limiter.run(async () => starts.push(clock.t));
    // A full bucket allows a burst of 60, then one request per second.
    expect(starts.slice(0, 60).every((t) => t === 0)).toBe(true);
    expect(starts.slice(60)).toEqual([1000, 2000, 3000, 4000, 5000]);
  });

  it('retries retryable errors honouring retry-after, and reports the retry count', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = new ProviderLimiter({ concurrency: 1, now, sleep, random: () => 0, baseDelayMs: 100 });
    let calls = 0;
    const result = await limiter.run(async () => {
      calls++;
      if (calls === 1) throw rateLimited(7000);
      if (calls === 2) throw new ProviderError({ kind: 'overloaded', provider: 'p', message: 'busy' });
      return 'ok';
    });
    expect(result).toEqual({ ok: true, value: 'ok', retries: 2 });
    expect(clock.sleeps[0]).toBe(7000);
    // Second backoff: exponential (100 * 2^1) with jitter factor 0.5.
    expect(clock.sleeps[1]).toBe(100);
  });

  it('pauses the whole provider after a retry-after', async () => {
    const { clock, now, sleep } = fakeClock();
    const limiter = new ProviderLimiter({ concurrency: 5, now, sleep, random: () => 0, maxRetries: 0 });
    await limiter.run(async () => {
      throw rateLimited(3000);
    });
    // maxRetries 0: no retry, but the next request to this provider still waits out the pause.
    let startedAt = -1;
    await limiter.run(async () => (startedAt = clock.t));
    expect(startedAt).toBe(3000);
  });

  it('does not retry non-retryable errors, and gives up after maxRetries', async () => {
    const { now, sleep } = fakeClock();
    const limiter = new ProviderLimiter({ concurrency: 1, now, sleep, maxRetries: 3 });
    let auth = 0;
    const a = await limiter.run(async () => {
      auth++;
      throw new ProviderError({ kind: 'auth', status: 401, provider: 'p', message: 'no' });
    });
    expect(a).toMatchObject({ ok: false, retries: 0 });
    expect(auth).toBe(1);
    let flaky = 0;
    const b = await limiter.run(async () => {
      flaky++;
      throw rateLimited();
    });
    expect(b).toMatchObject({ ok: false, retries: 3 });
    expect(flaky).toBe(4);
  });

  it('keeps one limiter per provider with per-provider overrides', () => {
    const set = new LimiterSet({ concurrency: 2 }, { slow: { concurrency: 1 } });
    expect(set.for('a')).toBe(set.for('a'));
    expect(set.for('a')).not.toBe(set.for('slow'));
  });
});
