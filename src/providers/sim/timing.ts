// Simulated time: every wait goes through an injectable sleep (tests and the bench use virtual
// time) and is charged against the call's deadline, so timeouts and aborts behave like upstreams.
import { abortableSleep } from '../../util/abortable-sleep';
import { ProviderError } from '../types';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = abortableSleep;

export function abortedError(provider: string): ProviderError {
  return new ProviderError({ kind: 'aborted', message: 'request aborted by the caller', provider });
}

export function timeoutError(provider: string, timeoutMs: number): ProviderError {
  return new ProviderError({ kind: 'timeout', message: `simulated model timed out after ${timeoutMs} ms`, provider });
}

/** A per-call stopwatch over simulated time with a deadline. */
export class SimTimeline {
  private elapsedMs = 0;

  constructor(
    private readonly sleep: Sleep,
    private readonly provider: string,
    private readonly timeoutMs: number,
    private readonly signal: AbortSignal | undefined,
  ) {}

  async wait(ms: number): Promise<void> {
    this.checkAborted();
    const remaining = this.timeoutMs - this.elapsedMs;
    const step = Math.max(0, Math.min(ms, remaining));
    try {
      if (step > 0) await this.sleep(step, this.signal);
    } catch (error) {
      if (error instanceof ProviderError) throw error;
      throw abortedError(this.provider);
    }
    this.elapsedMs += step;
    this.checkAborted();
    if (ms > remaining) throw timeoutError(this.provider, this.timeoutMs);
  }

  private checkAborted(): void {
    if (this.signal?.aborted) throw abortedError(this.provider);
  }
}
