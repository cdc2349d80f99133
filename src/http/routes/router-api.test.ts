import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { catalogOf, modelEntry, modelProfile, oneHot, profileSetOf } from '../../../tests/routing/fixtures';
import { parseRouterConfig } from '../../core/routing/config-schema';
import { ProfileRegistry, route } from '../../core/routing';
import { errorResponse } from '../errors';
import { mergeRouterOptions, routerOptionsFromHeaders } from '../router-headers';
import { createRouterApi } from './router-api';

const catalog = catalogOf([modelEntry({ id: 'a/x' }), modelEntry({ id: 'b/y', inputPerMTok: 0.1, outputPerMTok: 0.2 })]);
const registry = new ProfileRegistry(catalog, profileSetOf([modelProfile('a/x', { score: 0.9 }), modelProfile('b/y', { score: 0.6 })]));
const routerConfig = parseRouterConfig({});
const app = new Hono();
app.onError((err) => errorResponse(err));
app.route(
  '/',
  createRouterApi({
    registry,
    routerConfig,
    decide: (request, header) => {
      const router = mergeRouterOptions(request.router, routerOptionsFromHeaders(header));
      return route({ ...request, ...(router ? { router } : {}) }, oneHot('learning'), { table: registry.current(), config: routerConfig });
    },
  }),
);

describe('router api', () => {
  it('POST /v1/router/explain returns the full decision without calling a model', async () => {
    const res = await app.request('/v1/router/explain', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-router-policy': 'cost' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ policy: 'cost', plan: { primary: 'b/y' } });
    expect(body.candidates).toHaveLength(2);
  });

  it('explain renders a routing error as a 422 in the OpenAI envelope', async () => {
    const res = await app.request('/v1/router/explain', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-router-min-score': '0.99' },
      body: JSON.stringify({ model: 'router/auto', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ code: 'no_model_meets_limits', param: 'router.min_score' });
  });

  it('GET /v1/router/profiles and /v1/router/frontier expose the data behind decisions', async () => {
    const profiles = await (await app.request('/v1/router/profiles')).json();
    expect(profiles).toMatchObject({ simulated: false, routable: ['a/x', 'b/y'] });
    const frontier = await (await app.request('/v1/router/frontier?agent_type=learning&policy=quality')).json();
    expect(frontier.data[0]).toMatchObject({ agent_type: 'learning', policy: 'quality', primary: 'a/x' });
    expect(frontier.data[0].frontier.map((c: { model: string }) => c.model)).toEqual(['a/x', 'b/y']);
    expect((await (await app.request('/v1/router/frontier')).json()).data).toHaveLength(5);
    const bad = await app.request('/v1/router/frontier?agent_type=robot');
    expect(bad.status).toBe(400);
  });
});
