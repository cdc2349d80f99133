import type { MiddlewareHandler } from 'hono';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Echoes a caller's x-request-id when it is safe to reflect, otherwise mints one. */
export function requestId(mint: () => string): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given && SAFE_ID.test(given) ? given : mint();
    c.set('requestId' as never, id as never);
    await next();
    c.header('x-request-id', id);
  };
}
