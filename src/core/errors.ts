// Errors that know their HTTP response. The one serialiser in src/http/errors.ts renders them
// (and ProviderError) in the client's wire format; nothing else builds error bodies.

export type GatewayErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'api_error'
  | 'upstream_error'
  | 'timeout_error';

export class GatewayError extends Error {
  readonly status: number;
  readonly type: GatewayErrorType;
  readonly code: string | null;
  readonly param: string | null;
  /** Extra response headers (e.g. retry-after). */
  readonly headers?: Record<string, string>;

  constructor(init: {
    status: number;
    message: string;
    type?: GatewayErrorType;
    code?: string | null;
    param?: string | null;
    headers?: Record<string, string>;
  }) {
    super(init.message);
    this.name = 'GatewayError';
    this.status = init.status;
    this.type = init.type ?? defaultType(init.status);
    this.code = init.code ?? null;
    this.param = init.param ?? null;
    this.headers = init.headers;
  }
}

function defaultType(status: number): GatewayErrorType {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status === 504) return 'timeout_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

export const invalidRequest = (message: string, param: string | null = null, code = 'invalid_value') =>
  new GatewayError({ status: 400, message, param, code });
