import type { MiddlewareHandler } from 'hono';
import { GatewayError } from '../../core/errors';

/** Compares in time independent of where the strings differ (length still leaks, as usual). */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

function matchesAny(token: string, keys: readonly string[]): boolean {
  let ok = false;
  for (const key of keys) ok = constantTimeEqual(token, key) || ok; // no early exit
  return ok;
}

/** Requires `Authorization: Bearer <key>` when keys are configured; open otherwise. */
export function gatewayAuth(keys: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (keys.length === 0) return next();
    const token = bearerToken(c.req.header('authorization'));
    if (!token || !matchesAny(token, keys)) {
      throw new GatewayError({
        status: 401,
        message: token ? 'Incorrect API key provided.' : 'Missing bearer token: send Authorization: Bearer <gateway key>.',
        code: 'invalid_api_key',
      });
    }
    return next();
  };
}

/** Admin endpoints (refresh) need an admin key; with none configured they are disabled. */
export function adminAuth(keys: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization')) ?? c.req.header('x-admin-key');
    if (keys.length === 0) {
      throw new GatewayError({ status: 403, message: 'Admin endpoints are disabled: set ADMIN_API_KEY.', code: 'admin_disabled' });
    }
    if (!token || !matchesAny(token, keys)) {
      throw new GatewayError({ status: 401, message: 'This endpoint needs the admin key.', code: 'invalid_admin_key' });
    }
    return next();
  };
}
