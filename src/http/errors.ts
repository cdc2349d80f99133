// The ONE error serialiser. Every error a client sees is built here, in the OpenAI envelope
// {"error":{"message","type","param","code"}}, so statuses and shapes cannot drift apart.
import { GatewayError } from '../core/errors';
import { ProviderError, type ProviderErrorKind } from '../providers/types';

export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export interface RenderedError {
  status: number;
  body: OpenAIErrorBody;
  headers: Record<string, string>;
}

const PROVIDER_STATUS: Record<ProviderErrorKind, { status: number; type: string; code: string }> = {
  'bad-request': { status: 400, type: 'invalid_request_error', code: 'upstream_rejected_request' },
  auth: { status: 502, type: 'upstream_error', code: 'upstream_authentication_failed' },
  'not-found': { status: 502, type: 'upstream_error', code: 'upstream_model_not_found' },
  'rate-limit': { status: 429, type: 'rate_limit_error', code: 'upstream_rate_limited' },
  overloaded: { status: 503, type: 'upstream_error', code: 'upstream_overloaded' },
  timeout: { status: 504, type: 'timeout_error', code: 'upstream_timeout' },
  network: { status: 502, type: 'upstream_error', code: 'upstream_unreachable' },
  aborted: { status: 499, type: 'invalid_request_error', code: 'client_closed_request' },
  unknown: { status: 502, type: 'upstream_error', code: 'upstream_error' },
};

/** Renders any thrown value. Unknown errors become a generic 500 that reveals nothing internal. */
export function renderError(err: unknown): RenderedError {
  if (err instanceof GatewayError) {
    return {
      status: err.status,
      body: { error: { message: err.message, type: err.type, param: err.param, code: err.code } },
      headers: err.headers ?? {},
    };
  }
  if (err instanceof ProviderError) return renderProviderError(err);
  return {
    status: 500,
    body: { error: { message: 'Internal error.', type: 'api_error', param: null, code: 'internal_error' } },
    headers: {},
  };
}

function renderProviderError(err: ProviderError): RenderedError {
  const mapped = PROVIDER_STATUS[err.kind];
  const headers: Record<string, string> = {};
  if (err.retryAfterMs !== undefined) headers['retry-after'] = String(Math.ceil(err.retryAfterMs / 1000));
  const upstream = err.status ? ` (upstream status ${err.status})` : '';
  return {
    status: mapped.status,
    body: {
      error: {
        message: `Provider ${err.provider}: ${err.message}${upstream}`,
        type: mapped.type,
        param: err.param ?? null,
        code: mapped.code,
      },
    },
    headers,
  };
}

export function errorResponse(err: unknown, extraHeaders?: Record<string, string>): Response {
  const rendered = renderError(err);
  return new Response(JSON.stringify(rendered.body), {
    status: rendered.status,
    headers: { 'content-type': 'application/json', ...extraHeaders, ...rendered.headers },
  });
}

/** The SSE frame for an error after the first streamed byte: OpenAI clients parse every data line. */
export function sseErrorFrame(err: unknown): string {
  return `data: ${JSON.stringify(renderError(err).body)}\n\n`;
}
