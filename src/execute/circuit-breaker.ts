// Per-model circuit breakers: after `threshold` consecutive failures a model is skipped for
// `cooldownMs`, then one trial request is let through (half-open). State is in-memory per
// process/isolate: a cache of recent health, never a source of truth.
export interface BreakerOptions {
  threshold: number;
  cooldownMs: number;
  now: () => number;
}

interface BreakerState {
  failures: number;
  openedAt: number | null;
  trialInFlight: boolean;
}

export class CircuitBreakers {
  private readonly states = new Map<string, BreakerState>();
  constructor(private readonly options: BreakerOptions) {}

  /** Whether a request may go to this model now (routing filters on this). */
  isAvailable(modelId: string): boolean {
    const state = this.states.get(modelId);
    if (!state || state.openedAt === null) return true;
    if (this.options.now() - state.openedAt < this.options.cooldownMs) return false;
    return !state.trialInFlight;
  }

  /** Marks the start of a call; a half-open breaker admits exactly one trial. */
  begin(modelId: string): void {
    const state = this.states.get(modelId);
    if (state && state.openedAt !== null) state.trialInFlight = true;
  }

  success(modelId: string): void {
    this.states.delete(modelId);
  }

  failure(modelId: string): void {
    const state = this.states.get(modelId) ?? { failures: 0, openedAt: null, trialInFlight: false };
    state.failures += 1;
    state.trialInFlight = false;
    if (state.openedAt !== null || state.failures >= this.options.threshold) state.openedAt = this.options.now();
    this.states.set(modelId, state);
  }

  /** Open breakers, for /healthz and metrics. */
  openModels(): string[] {
    const out: string[] = [];
    for (const [id, state] of this.states) if (state.openedAt !== null) out.push(id);
    return out;
  }
}
