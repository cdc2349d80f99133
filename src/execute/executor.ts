// Runs a plan: the primary model, then the fallbacks. The executor owns retries, fallbacks and
// circuit breakers; adapters never retry (their SDK clients are built with maxRetries 0).
// Fallback happens only before the first byte reaches the client: a stream is committed once its
// first content part (text, tool call or finish) has arrived.
import type { ChatRequest, ChatResult, ChatStreamPart, Plan } from '../core/types';
import type { ModelEntry } from '../core/catalog/types';
import { ProviderError, type ProviderAdapter } from '../providers/types';
import type { CircuitBreakers } from './circuit-breaker';

export interface ResolvedModel {
  entry: ModelEntry;
  adapter: ProviderAdapter;
  timeoutMs: number;
}

export interface ExecutorDeps {
  resolve(modelId: string): ResolvedModel | undefined;
  breakers: CircuitBreakers;
  /** Extra attempts on the same model for retryable errors. */
  retriesPerModel: number;
  /** Longest retry-after we wait for on the same model; longer ones move to the next model. */
  maxRetryDelayMs: number;
  baseRetryDelayMs: number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export interface Attempt {
  model: string;
  ok: boolean;
  error?: { kind: string; status?: number; message: string };
}

export interface GenerateOutcome {
  model: ModelEntry;
  result: ChatResult;
  attempts: Attempt[];
}

export interface StreamOutcome {
  model: ModelEntry;
  /** Parts already received before committing (metadata and the first content part). */
  head: ChatStreamPart[];
  rest: AsyncIterator<ChatStreamPart>;
  attempts: Attempt[];
  /** Call when the stream ends: records health for the breaker. */
  settle(error?: unknown): void;
}

const COMMITTING = new Set<ChatStreamPart['type']>(['text-delta', 'tool-call-delta', 'finish']);

export class Executor {
  constructor(private readonly deps: ExecutorDeps) {}

  generate(plan: Plan, request: ChatRequest, signal?: AbortSignal): Promise<GenerateOutcome> {
    return this.run(plan, signal, async (resolved, attempts) => {
      const result = await resolved.adapter.generate(request, this.call(resolved, signal));
      return { model: resolved.entry, result, attempts };
    });
  }

  stream(plan: Plan, request: ChatRequest, signal?: AbortSignal): Promise<StreamOutcome> {
    return this.run(plan, signal, async (resolved, attempts) => {
      const iterator = resolved.adapter.stream(request, this.call(resolved, signal))[Symbol.asyncIterator]();
      const head: ChatStreamPart[] = [];
      for (;;) {
        const next = await iterator.next();
        if (next.done) throw cutStream(resolved);
        head.push(next.value);
        if (COMMITTING.has(next.value.type)) break;
      }
      const settle = (error?: unknown) => this.record(resolved.entry.id, error);
      return { model: resolved.entry, head, rest: iterator, attempts, settle };
    }, /* settleOnSuccess */ false);
  }

  private call(resolved: ResolvedModel, signal?: AbortSignal) {
    return { model: resolved.entry.upstream, signal, timeoutMs: resolved.timeoutMs };
  }

  private async run<T>(
    plan: Plan,
    signal: AbortSignal | undefined,
    attempt: (resolved: ResolvedModel, attempts: Attempt[]) => Promise<T>,
    settleOnSuccess = true,
  ): Promise<T> {
    const attempts: Attempt[] = [];
    let lastError: unknown = new ProviderError({ kind: 'unknown', provider: 'router', message: 'no model to try' });
    for (const modelId of [plan.primary, ...plan.fallbacks]) {
      const resolved = this.deps.resolve(modelId);
      if (!resolved) continue;
      for (let retry = 0; retry <= this.deps.retriesPerModel; retry++) {
        if (signal?.aborted) throw aborted(resolved);
        if (retry === 0 && modelId !== plan.primary && !this.deps.breakers.isAvailable(modelId)) break;
        this.deps.breakers.begin(modelId);
        try {
          const outcome = await attempt(resolved, attempts);
          attempts.push({ model: modelId, ok: true });
          if (settleOnSuccess) this.deps.breakers.success(modelId);
          return outcome;
        } catch (err) {
          const error = asProviderError(err, resolved);
          lastError = error;
          attempts.push({ model: modelId, ok: false, error: { kind: error.kind, status: error.status, message: error.message } });
          if (error.kind === 'aborted' || signal?.aborted) throw error;
          if (error.kind === 'bad-request') throw error; // another model would reject it too
          this.record(modelId, error);
          const delay = this.retryDelay(error, retry);
          if (delay === null) break;
          await this.deps.sleep(delay, signal);
        }
      }
    }
    throw lastError;
  }

  /** Delay before retrying the same model, or null to move on to the next one. */
  private retryDelay(error: ProviderError, retry: number): number | null {
    if (!error.retryable || retry >= this.deps.retriesPerModel) return null;
    if (error.retryAfterMs !== undefined) {
      return error.retryAfterMs <= this.deps.maxRetryDelayMs ? error.retryAfterMs : null;
    }
    const backoff = this.deps.baseRetryDelayMs * 2 ** retry;
    return Math.min(this.deps.maxRetryDelayMs, backoff * (0.5 + this.deps.random()));
  }

  private record(modelId: string, error?: unknown): void {
    if (error === undefined) this.deps.breakers.success(modelId);
    else if (!(error instanceof ProviderError) || (error.kind !== 'aborted' && error.kind !== 'bad-request')) {
      this.deps.breakers.failure(modelId);
    }
  }
}

function asProviderError(err: unknown, resolved: ResolvedModel): ProviderError {
  if (err instanceof ProviderError) return err;
  return new ProviderError({ kind: 'unknown', provider: resolved.entry.provider, message: 'adapter failed unexpectedly', cause: err });
}

function cutStream(resolved: ResolvedModel): ProviderError {
  return new ProviderError({ kind: 'network', provider: resolved.entry.provider, message: 'stream ended before any content' });
}

function aborted(resolved: ResolvedModel): ProviderError {
  return new ProviderError({ kind: 'aborted', provider: resolved.entry.provider, message: 'client closed the request' });
}
