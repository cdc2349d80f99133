import { describe, expect, it } from 'vitest';
import { catalogOf, chat, contextFor, modelEntry, modelProfile, oneHot, profileSetOf } from '../../tests/routing/fixtures';
import { GatewayError } from '../core/errors';
import { route } from '../core/routing';
import { checkAgentTypeOverrides, decisionHeaders, mergeRouterOptions, routerOptionsFromHeaders } from './router-headers';

const headers = (h: Record<string, string>) => (name: string) => h[name];

describe('router headers', () => {
  it('parses every x-router-* header', () => {
    expect(
      routerOptionsFromHeaders(headers({
        'x-router-policy': 'cost', 'x-router-max-cost': '0.01', 'x-router-min-score': '0.7',
        'x-router-max-latency-ms': '2500', 'x-router-models': 'openai/gpt-5, groq/gpt-oss-120b',
        'x-router-providers': 'openai', 'x-router-open-weight-only': 'true', 'x-router-conservative': '0',
      })),
    ).toEqual({
      policy: 'cost', max_cost_usd: 0.01, min_score: 0.7, max_latency_ms: 2500,
      models: ['openai/gpt-5', 'groq/gpt-oss-120b'], providers: ['openai'], open_weight_only: true, conservative: false,
    });
    expect(routerOptionsFromHeaders(headers({}))).toBeUndefined();
  });

  it.each([
    ['x-router-max-cost', 'cheap'],
    ['x-router-min-score', '1.5'],
    ['x-router-max-latency-ms', '-3'],
    ['x-router-models', 'a,,b'],
    ['x-router-policy', 'no spaces'],
    ['x-router-conservative', 'maybe'],
  ])('rejects a bad %s with a 400 naming the header', (name, value) => {
    let error: unknown;
    try {
      routerOptionsFromHeaders(headers({ [name]: value }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ status: 400, param: name, code: 'invalid_router_header' });
    expect((error as Error).message).toContain(name);
  });

  it('accepts type overrides in any spelling of a type, and rejects one that names no type', () => {
    const request = (agentType?: string) => ({ ...chat('hi'), ...(agentType === undefined ? {} : { metadata: { agent_type: agentType } }) });
    expect(() => checkAgentTypeOverrides(headers({ 'x-agent-type': ' Goal-Based ' }), request('model_based_reflex'))).not.toThrow();
    expect(() => checkAgentTypeOverrides(headers({ 'x-agent-type': '' }), request(''))).not.toThrow();
    expect(() => checkAgentTypeOverrides(headers({ 'x-agent-type': 'goal' }), request())).toThrow(
      expect.objectContaining({ status: 400, param: 'x-agent-type', code: 'invalid_router_header' }),
    );
    expect(() => checkAgentTypeOverrides(headers({}), request('planner'))).toThrow(
      expect.objectContaining({ status: 400, param: 'metadata.agent_type', code: 'invalid_value' }),
    );
  });

  it('body options win over headers', () => {
    expect(mergeRouterOptions({ policy: 'quality' }, { policy: 'cost', min_score: 0.5 })).toEqual({ policy: 'quality', min_score: 0.5 });
  });

  it('renders the decision headers', () => {
    const ctx = contextFor(catalogOf([modelEntry({ id: 'a/x' }), modelEntry({ id: 'b/y', inputPerMTok: 0.1 })]), profileSetOf([modelProfile('a/x', { score: 0.9 }), modelProfile('b/y', { score: 0.4 })]));
    const h = decisionHeaders(route(chat('hi'), oneHot('goal_based', 0.8), ctx));
    expect(h).toMatchObject({ 'x-router-agent-type': 'goal_based', 'x-router-confidence': '0.800', 'x-router-policy': 'balanced', 'x-router-model': 'a/x', 'x-router-candidates': 'a/x,b/y' });
    expect(h['x-router-reason']).toMatch(/^balanced: best utility for goal_based p=0\.800;/);
  });
});
