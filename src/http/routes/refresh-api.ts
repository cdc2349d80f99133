// POST /v1/router/refresh starts a profile refresh now; GET reports its progress. Admin only
// (the app mounts this behind adminAuth). The runtime supplies the service: an in-process
// controller on Node, KV-backed slices on Workers.
import { Hono } from 'hono';
import { z } from 'zod';
import { invalidRequest } from '../../core/errors';
import { AGENT_TYPES } from '../../core/types';
import { readJsonBody } from '../json-body';

export const refreshRequestSchema = z.strictObject({
  models: z.array(z.string().min(1)).min(1).max(100).optional(),
  types: z.array(z.enum(AGENT_TYPES)).min(1).optional(),
  scenarios_per_task: z.number().int().min(1).max(200).optional(),
  budget_usd: z.number().positive().optional(),
  seed: z.number().int().nonnegative().optional(),
});
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

export interface RefreshService {
  /** Starts a refresh, or reports the one already running (`started: false`). */
  start(request: RefreshRequest): Promise<{ runId?: string; started: boolean }>;
  status(): Promise<unknown>;
}

export function refreshApi(service: RefreshService): Hono {
  const app = new Hono();
  app.post('/v1/router/refresh', async (c) => {
    const hasBody = (c.req.header('content-length') ?? '0') !== '0' || c.req.header('transfer-encoding') !== undefined;
    const body = hasBody ? await readJsonBody(c, 64 * 1024) : {};
    const parsed = refreshRequestSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const param = issue?.path.join('.') || null;
      throw invalidRequest(`Invalid refresh request${param ? ` at '${param}'` : ''}: ${issue?.message ?? 'bad body'}`, param);
    }
    const started = await service.start(parsed.data);
    return c.json({ ...started, status: await service.status() }, started.started ? 202 : 200);
  });
  app.get('/v1/router/refresh', async (c) => c.json(await service.status()));
  return app;
}
