// SDK error -> ProviderError, one function per SDK family. Messages are built from the
// upstream's own error text and status only, and scrubbed of the API key in case an upstream
// echoes it; SDK error objects are never attached as `cause` (they carry request details).
import { APIError as AnthropicAPIError, APIConnectionTimeoutError as AnthropicTimeout } from '@anthropic-ai/sdk';
import { ApiError as GoogleApiError } from '@google/genai';
import { APIError as OpenAIAPIError, APIConnectionTimeoutError as OpenAITimeout } from 'openai';
import type { CallScope } from './call-scope';
import { ProviderError, kindForStatus, type ProviderErrorKind } from './types';

export interface ErrorContext {
  provider: string;
  scope?: CallScope;
  /** Strings that must never appear in an error message (the API key). */
  secrets?: readonly string[];
}

export function redact(message: string, secrets: readonly string[] = []): string {
  let out = message;
  for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join('[redacted]');
  return out;
}

/** retry-after-ms, then retry-after (seconds or an HTTP date) -> milliseconds. */
export function parseRetryAfter(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return Math.round(ms);
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function make(context: ErrorContext, kind: ProviderErrorKind, message: string, extra: { status?: number; retryAfterMs?: number } = {}): ProviderError {
  return new ProviderError({ kind, provider: context.provider, message: redact(message, context.secrets), ...extra });
}

/** Errors every family shares: our own deadline / the caller's abort, and non-SDK failures. */
function common(error: unknown, context: ErrorContext): ProviderError | undefined {
  if (error instanceof ProviderError) return error;
  const end = context.scope?.ended();
  if (end === 'timeout') return make(context, 'timeout', `${context.provider}: request timed out`);
  if (end === 'aborted') return make(context, 'aborted', `${context.provider}: request aborted by the caller`);
  return undefined;
}

function fallback(error: unknown, context: ErrorContext): ProviderError {
  const detail = error instanceof Error ? error.message : String(error);
  return make(context, 'network', `${context.provider}: connection failed: ${detail}`);
}

type SdkAPIError = OpenAIAPIError | AnthropicAPIError;

function fromSdkAPIError(error: SdkAPIError, context: ErrorContext, inBandKind?: ProviderErrorKind): ProviderError {
  const status = error.status;
  const kind = status === undefined && inBandKind ? inBandKind : kindForStatus(status);
  const detail = error.message.replace(/^\d{3}\s+/, '');
  const prefix = status === undefined ? `${context.provider}` : `${context.provider} ${status}`;
  return make(context, kind, `${prefix}: ${detail}`, { status, retryAfterMs: parseRetryAfter(error.headers) });
}

export function fromOpenAIError(error: unknown, context: ErrorContext): ProviderError {
  const known = common(error, context);
  if (known) return known;
  if (error instanceof OpenAITimeout) return make(context, 'timeout', `${context.provider}: request timed out`);
  // A status-less APIError is an in-band stream error (`data: {"error": ...}`): the upstream failed mid-answer.
  if (error instanceof OpenAIAPIError) return fromSdkAPIError(error, context, error.status === undefined && error.error ? 'unknown' : 'network');
  return fallback(error, context);
}

const ANTHROPIC_TYPES: Record<string, ProviderErrorKind> = {
  overloaded_error: 'overloaded',
  rate_limit_error: 'rate-limit',
  api_error: 'unknown',
  invalid_request_error: 'bad-request',
  authentication_error: 'auth',
  permission_error: 'auth',
  not_found_error: 'not-found',
  request_too_large: 'bad-request',
  timeout_error: 'timeout',
};

export function fromAnthropicError(error: unknown, context: ErrorContext): ProviderError {
  const known = common(error, context);
  if (known) return known;
  if (error instanceof AnthropicTimeout) return make(context, 'timeout', `${context.provider}: request timed out`);
  if (error instanceof AnthropicAPIError) {
    // Mid-stream `event: error` has no status; its error.type says what happened.
    const inBand = error.type ? ANTHROPIC_TYPES[error.type] : undefined;
    return fromSdkAPIError(error, context, inBand ?? (error.error ? 'unknown' : 'network'));
  }
  return fallback(error, context);
}

/** google.rpc.RetryInfo.retryDelay ("2s", "1.5s") from an error body. */
function googleRetryDelay(details: unknown): number | undefined {
  if (!Array.isArray(details)) return undefined;
  for (const detail of details as { retryDelay?: unknown }[]) {
    const match = typeof detail?.retryDelay === 'string' ? /^([\d.]+)s$/.exec(detail.retryDelay) : null;
    if (match?.[1]) return Math.round(Number.parseFloat(match[1]) * 1000);
  }
  return undefined;
}

export function fromGoogleError(error: unknown, context: ErrorContext): ProviderError {
  const known = common(error, context);
  if (known) return known;
  if (error instanceof GoogleApiError) {
    // The SDK puts the JSON error body (google.rpc.Status) in the message, after an optional prefix.
    const json = error.message.slice(Math.max(0, error.message.indexOf('{')));
    let detail = error.message;
    let retryAfterMs: number | undefined;
    try {
      const body = JSON.parse(json) as { error?: { message?: string; details?: unknown } };
      detail = body.error?.message ?? detail;
      retryAfterMs = googleRetryDelay(body.error?.details);
    } catch {
      // not JSON: keep the SDK's message
    }
    return make(context, kindForStatus(error.status), `${context.provider} ${error.status}: ${detail}`, { status: error.status, retryAfterMs });
  }
  if (error instanceof Error && error.name === 'TimeoutError') return make(context, 'timeout', `${context.provider}: request timed out`);
  return fallback(error, context);
}
