// GET /v1/models: the catalog models that can be served now, plus the virtual router models.
import { Hono } from 'hono';
import type { ModelEntry } from '../../core/catalog/types';

export interface ModelsRouteDeps {
  /** Catalog models whose provider is configured. */
  servedModels(): readonly ModelEntry[];
  /** Virtual ids such as router/auto, router/cost. */
  routerModels(): readonly string[];
  created: number;
}

export function modelsRoutes(deps: ModelsRouteDeps): Hono {
  const app = new Hono();
  app.get('/v1/models', (c) => {
    const data = [
      ...deps.routerModels().map((id) => ({ id, object: 'model', created: deps.created, owned_by: 'agent-router' })),
      ...deps.servedModels().map((m) => ({
        id: m.id,
        object: 'model',
        created: deps.created,
        owned_by: m.provider,
        display_name: m.displayName ?? m.id,
        simulated: m.simulated,
        open_weight: m.openWeight,
        context_window: m.contextWindow,
        capabilities: m.capabilities,
        pricing: m.prices,
      })),
    ];
    return c.json({ object: 'list', data });
  });
  return app;
}
