// Per-provider limits: a concurrency cap, a requests-per-minute token bucket, and retries with
// jittered exponential backoff that honour the provider's retry-after (which also pauses the
// whole provider, since every request to it would get the same answer).
import { abortableSleep } from '../util/abortable-sleep';
import { ProviderError } from '../providers/types';

export type SleepFn = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface LimiterOptions {
  concurrency: number;
  requestsPerMinute?: number;
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
  sleep?: SleepFn;
  /** Jitter source in [0, 1). */
  random?: () => number;
}

export type Attempted<T> =
  | { ok: true; value: T; retries: number }
  | { ok: false; error: unknown; retries: number };

export const timerSleep: SleepFn = abortableSleep;

export function isRetryable(error: unknown): boolean {
  return error instanceof ProviderError && error.retryable;
}

export class ProviderLimiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private tokens: number;
  private refilledAt: number;
  private pausedUntil = 0;
  private readonly now: () => number;
  private readonly sleep: SleepFn;
  private readonly random: () => number;

  constructor(private readonly options: LimiterOptions) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? timerSleep;
    this.random = options.random ?? Math.random;
    this.tokens = options.requestsPerMinute ?? Number.POSITIVE_INFINITY;
    this.refilledAt = this.now();
  }

  /** Runs `fn` under the limits, retrying retryable failures; never throws `fn`'s errors. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<Attempted<T>> {
    const maxRetries = this.options.maxRetries ?? 4;
    for (let attempt = 0; ; attempt++) {
      let result: Attempted<T>;
      await this.acquire(signal);
      try {
        result = { ok: true, value: await fn(), retries: attempt };
      } catch (error) {
        result = { ok: false, error, retries: attempt };
        this.notePause(error);
      } finally {
        this.release();
      }
      if (result.ok || attempt >= maxRetries || !isRetryable(result.error) || signal?.aborted) return result;
      await this.backoff(attempt, result.error as ProviderError, signal);
    }
  }

  private async backoff(attempt: number, error: ProviderError, signal?: AbortSignal): Promise<void> {
    const base = this.options.baseDelayMs ?? 500;
    const cap = this.options.maxDelayMs ?? 30_000;
    const exponential = Math.min(cap, base * 2 ** attempt);
    // Full-ish jitter (50-100%) spreads retries; retry-after is a floor, never shortened.
    const delay = Math.max(error.retryAfterMs ?? 0, exponential * (0.5 + this.random() / 2));
    await this.sleep(delay, signal);
  }

  private notePause(error: unknown): void {
    if (error instanceof ProviderError && error.retryAfterMs !== undefined) {
      this.pausedUntil = Math.max(this.pausedUntil, this.now() + error.retryAfterMs);
    }
  }

  private async acquire(signal?: AbortSignal): Promise<void> {
    // A released slot is handed straight to the next waiter, so nobody can jump the queue.
    if (this.active >= this.options.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    try {
      await this.waitForToken(signal);
    } catch (error) {
      this.release();
      throw error;
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }

  private async waitForToken(signal?: AbortSignal): Promise<void> {
    const rpm = this.options.requestsPerMinute;
    for (;;) {
      const now = this.now();
      if (now < this.pausedUntil) {
        await this.sleep(this.pausedUntil - now, signal);
        continue;
      }
      if (rpm === undefined) return;
      this.tokens = Math.min(rpm, this.tokens + ((now - this.refilledAt) * rpm) / 60_000);
      this.refilledAt = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.sleep(((1 - this.tokens) * 60_000) / rpm, signal);
    }
  }
}

/** One limiter per provider instance, created on first use. */
export class LimiterSet {
  private readonly limiters = new Map<string, ProviderLimiter>();

  constructor(
    private readonly defaults: LimiterOptions,
    private readonly perProvider: Record<string, Partial<LimiterOptions>> = {},
  ) {}

  for(provider: string): ProviderLimiter {
    let limiter = this.limiters.get(provider);
    if (!limiter) {
      limiter = new ProviderLimiter({ ...this.defaults, ...this.perProvider[provider] });
      this.limiters.set(provider, limiter);
    }
    return limiter;
  }
}
