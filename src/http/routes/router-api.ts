// The data behind routing decisions: explain a request without calling any model, the loaded
// profiles, and the frontier per agent type and policy. Errors are thrown; the app's one error
// serialiser (src/http/errors.ts) renders them.
import { Hono } from 'hono';
import type { RouterConfig } from '../../core/routing/config-schema';
import { invalidRequest } from '../../core/errors';
import { routeForType, type AvailabilityCheck, type Decision, type ProfileRegistry } from '../../core/routing';
import { AGENT_TYPES, isAgentType, type ChatRequest } from '../../core/types';
import { readJsonBody } from '../json-body';
import { parseChatRequest } from '../openai/request-schema';
import type { HeaderGet } from '../router-headers';

export interface RouterApiDeps {
  /** The lead's decision function: headers merged, classified, routed (no model is called). */
  decide(request: ChatRequest, header: HeaderGet): Decision;
  registry: ProfileRegistry;
  routerConfig: RouterConfig;
  isAvailable?: AvailabilityCheck;
  maxBodyBytes?: number;
}

const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

export function createRouterApi(deps: RouterApiDeps): Hono {
  const app = new Hono();

  app.post('/v1/router/explain', async (c) => {
    const body = await readJsonBody(c, deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    // explain is about routing: a body without a model means "route it with the default policy".
    const withModel = body && typeof body === 'object' && !Array.isArray(body) && !('model' in body)
      ? { ...body, model: 'router/auto' }
      : body;
    const parsed = parseChatRequest(withModel);
    if (!parsed.ok) throw parsed.error;
    return c.json(deps.decide(parsed.request, (name) => c.req.header(name)));
  });

  app.get('/v1/router/profiles', (c) => {
    const table = deps.registry.current();
    return c.json({
      version: table.version,
      generatedAt: table.generatedAt,
      simulated: table.simulated,
      priceSnapshot: table.catalog.priceSnapshot,
      routable: table.rows.map((r) => r.id),
      unprofiled: table.unprofiled,
      profiles: table.profiles,
    });
  });

  app.get('/v1/router/frontier', (c) => {
    const requested = c.req.query('agent_type');
    if (requested !== undefined && !isAgentType(requested)) {
      throw invalidRequest(`agent_type must be one of ${AGENT_TYPES.join(', ')}`, 'agent_type', 'invalid_agent_type');
    }
    const policy = c.req.query('policy') || undefined;
    const ctx = { table: deps.registry.current(), config: deps.routerConfig, isAvailable: deps.isAvailable };
    const types = requested ? [requested] : AGENT_TYPES;
    const data = types.map((type) => {
      const decision = routeForType(type, policy, ctx);
      return {
        agent_type: type,
        policy: decision.policy,
        objective: decision.objective,
        conservative: decision.conservative,
        primary: decision.plan.primary,
        plan: decision.plan,
        frontier: decision.candidates.filter((candidate) => candidate.frontier),
        rejected: decision.rejected,
      };
    });
    return c.json({
      object: 'list',
      note: 'predictions for a typical call of each type (profile tokens per call), no request at hand',
      profiles: { version: ctx.table.version, generatedAt: ctx.table.generatedAt, simulated: ctx.table.simulated },
      data,
    });
  });

  return app;
}
