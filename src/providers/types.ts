import type { ChatRequest, ChatResult, ChatStreamPart } from '../core/types';

export type ProviderErrorKind =
  | 'auth'
  | 'bad-request'
  | 'not-found'
  | 'rate-limit'
  | 'overloaded'
  | 'timeout'
  | 'network'
  | 'aborted'
  | 'unknown';

const RETRYABLE: Record<ProviderErrorKind, boolean> = {
  auth: false,
  'bad-request': false,
  'not-found': false,
  'rate-limit': true,
  overloaded: true,
  timeout: true,
  network: true,
  aborted: false,
  unknown: true,
};

/**
 * The one error type adapters throw. Messages must never contain credentials: adapters build
 * them from the upstream's error message and status only.
 */
export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly provider: string;
  readonly param?: string;

  constructor(init: {
    kind: ProviderErrorKind;
    message: string;
    provider: string;
    status?: number;
    retryAfterMs?: number;
    param?: string;
    retryable?: boolean;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ProviderError';
    this.kind = init.kind;
    this.provider = init.provider;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.param = init.param;
    this.retryable = init.retryable ?? RETRYABLE[init.kind];
  }
}

/** Map an upstream HTTP status to an error kind (one table for every adapter). */
export function kindForStatus(status: number | undefined): ProviderErrorKind {
  if (status === undefined) return 'network';
  if (status === 400 || status === 422) return 'bad-request';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'overloaded';
  if (status === 413) return 'bad-request';
  if (status === 429) return 'rate-limit';
  if (status === 503 || status === 529) return 'overloaded';
  if (status >= 500) return 'unknown';
  return 'unknown';
}

/**
 * Out-of-band scenario knowledge for simulated models only (the refresh runner sets it when it
 * plays the task suite against a sim model). Real adapters ignore it.
 */
export interface SimOracle {
  agentType: string;
  /** Deterministic ordinal of this scenario among its type's scenarios in the run plan. */
  scenarioIndex: number;
  /** The optimal reply for the conversation so far (an OpenAI assistant message). */
  optimal(request: ChatRequest): import('../core/types').AssistantMessage;
  /** A plausible reply that scores 0 for the scenario. */
  wrong(request: ChatRequest): import('../core/types').AssistantMessage;
}

export interface CallOptions {
  /** The upstream model name (catalog `upstream`), not the gateway id. */
  model: string;
  signal?: AbortSignal;
  timeoutMs: number;
  oracle?: SimOracle;
}

/**
 * One provider. `generate` resolves to a normalised result; `stream` yields normalised parts
 * (see ChatStreamPart). Both throw ProviderError, never anything else. Adapters never read env;
 * they receive what they need (an SDK client built once) from their factory.
 */
export interface ProviderAdapter {
  readonly name: string;
  generate(request: ChatRequest, call: CallOptions): Promise<ChatResult>;
  stream(request: ChatRequest, call: CallOptions): AsyncIterable<ChatStreamPart>;
}

/** Settings for one configured provider instance (validated by src/config). */
export interface ProviderSettings {
  /** Instance name, e.g. "openai", "groq", "local-vllm". */
  name: string;
  /** Adapter kind: a folder under src/providers/. */
  type: 'openai' | 'anthropic' | 'google' | 'openai-compatible' | 'sim';
  apiKey?: string;
  baseURL?: string;
  timeoutMs: number;
  headers?: Record<string, string>;
}
