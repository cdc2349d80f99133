// createApp(deps): the one Hono app, shared by the Node and Workers entries.
import { Hono } from 'hono';
import { GatewayError } from './core/errors';
import { errorResponse } from './http/errors';
import { ProviderError } from './providers/types';
import { adminAuth, gatewayAuth } from './http/middleware/auth';
import { requestId } from './http/middleware/request-id';
import { chatRoutes, type ChatRouteDeps } from './http/routes/chat';
import { modelsRoutes, type ModelsRouteDeps } from './http/routes/models';

export interface AppDeps {
  gatewayKeys: readonly string[];
  adminKeys: readonly string[];
  chat: ChatRouteDeps;
  models: ModelsRouteDeps;
  health(): Record<string, unknown>;
  /** Sub-apps behind gateway auth (router explain/profiles/frontier, ...). */
  routes?: Hono[];
  /** Sub-apps behind admin auth (refresh, ...), mounted under /v1/router/admin-guarded paths. */
  adminRoutes?: { path: string; app: Hono }[];
  newId(): string;
  /** Structured log sink; never receives secrets (errors carry no credentials by construction). */
  log?(level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>): void;
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.use('*', requestId(deps.newId));
  app.get('/healthz', (c) => c.json({ status: 'ok', ...deps.health() }));

  for (const admin of deps.adminRoutes ?? []) {
    app.use(admin.path, adminAuth(deps.adminKeys));
    app.route('/', admin.app);
  }
  // Admin keys also pass the gateway check, so an operator needs one key for admin calls.
  const keys = deps.gatewayKeys.length > 0 ? [...deps.gatewayKeys, ...deps.adminKeys] : [];
  app.use('/v1/*', gatewayAuth(keys));
  app.route('/', chatRoutes(deps.chat));
  app.route('/', modelsRoutes(deps.models));
  for (const routes of deps.routes ?? []) app.route('/', routes);

  app.notFound((c) =>
    errorResponse(
      new GatewayError({ status: 404, message: `Unknown endpoint: ${c.req.method} ${c.req.path}`, code: 'unknown_url' }),
    ),
  );
  app.onError((err, c) => {
    const id = c.get('requestId' as never) as string | undefined;
    const response = errorResponse(err, id ? { 'x-request-id': id } : undefined);
    // Only unexpected failures are logged; client and upstream errors are answered, not logged.
    if (response.status >= 500 && !(err instanceof GatewayError) && !(err instanceof ProviderError)) {
      deps.log?.('error', 'unexpected error', { requestId: id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
    }
    return response;
  });
  return app;
}
