// Property tests over random catalogs and profiles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominates, route, RoutingError, type Decision, type RouteContext } from '../../src/core/routing';
import { AGENT_TYPES, type AgentType, type ChatRequest, type Classification, type Posterior } from '../../src/core/types';
import type { ModelProfile } from '../../src/core/profiles/schema';
import type { ModelEntry } from '../../src/core/catalog/types';
import { catalogOf, chat, contextFor, modelEntry, modelProfile, profileSetOf, WEATHER_TOOL, type TypeSpec } from './fixtures';

const typeSpec = fc.record({
  score: fc.double({ min: 0, max: 1, noNaN: true }),
  halfWidth: fc.double({ min: 0, max: 0.3, noNaN: true }),
  outputTokens: fc.integer({ min: 1, max: 4000 }),
  ttftMs: fc.integer({ min: 50, max: 5000 }),
  tokensPerSecond: fc.integer({ min: 10, max: 1000 }),
});
const modelArb = fc.record({
  inputPerMTok: fc.double({ min: 0.01, max: 50, noNaN: true }),
  outputPerMTok: fc.double({ min: 0.01, max: 100, noNaN: true }),
  tools: fc.boolean(),
  openWeight: fc.boolean(),
  types: fc.tuple(typeSpec, typeSpec, typeSpec, typeSpec, typeSpec),
});
type ModelArb = typeof modelArb extends fc.Arbitrary<infer T> ? T : never;

const posteriorArb = fc
  .tuple(...AGENT_TYPES.map(() => fc.double({ min: 0, max: 1, noNaN: true })))
  .map((ws): Classification => {
    const total = ws.reduce((a, b) => a + b, 0) || 1;
    const posterior = Object.fromEntries(AGENT_TYPES.map((t, i) => [t, ws[i]! / total])) as Posterior;
    const type = AGENT_TYPES.reduce((a, b) => (posterior[b] > posterior[a] ? b : a));
    return { type, confidence: posterior[type], posterior, signals: [], source: 'model' };
  });

const optionsArb = fc.record(
  {
    policy: fc.constantFrom('balanced', 'quality', 'cost', 'latency'),
    min_score: fc.double({ min: 0, max: 1, noNaN: true }),
    max_cost_usd: fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
    max_latency_ms: fc.integer({ min: 100, max: 60_000 }),
    conservative: fc.boolean(),
    open_weight_only: fc.boolean(),
  },
  { requiredKeys: ['policy'] },
);

function build(models: ModelArb[]): { entries: ModelEntry[]; profiles: ModelProfile[] } {
  const entries = models.map((m, i) => modelEntry({ id: `p${i % 3}/m${i}`, ...m }));
  const profiles = models.map((m, i) =>
    modelProfile(entries[i]!.id, Object.fromEntries(AGENT_TYPES.map((t, k) => [t, m.types[k]!])) as Record<AgentType, TypeSpec>),
  );
  return { entries, profiles };
}

function tryRoute(request: ChatRequest, c: Classification, ctx: RouteContext): Decision | RoutingError {
  try {
    return route(request, c, ctx);
  } catch (error) {
    if (error instanceof RoutingError) return error;
    throw error;
  }
}

const scenario = fc.record({
  models: fc.array(modelArb, { minLength: 1, maxLength: 12 }),
  classification: posteriorArb,
  options: optionsArb,
  tools: fc.boolean(),
});

describe('routing properties', () => {
  it('never picks a dominated model; limits hold or a 4xx names the limit', () => {
    fc.assert(
      fc.property(scenario, ({ models, classification, options, tools }) => {
        const { entries, profiles } = build(models);
        const ctx = contextFor(catalogOf(entries), profileSetOf(profiles));
        const request = chat('route me', { router: options, ...(tools ? { tools: [WEATHER_TOOL] } : {}) });
        const result = tryRoute(request, classification, ctx);
        if (result instanceof RoutingError) {
          expect([400, 422]).toContain(result.status);
          if (result.code === 'no_model_meets_limits') expect(result.message).toMatch(/min_score|max_cost_usd|max_latency_ms/);
          else expect(result.code).toBe('no_capable_model');
          return;
        }
        const chosen = result.candidates[0]!;
        expect(chosen.model).toBe(result.plan.primary);
        for (const other of result.candidates) expect(dominates(other, chosen)).toBe(false);
        expect(chosen.frontier).toBe(true);
        for (const c of result.candidates) {
          if (options.min_score !== undefined) expect(c.score).toBeGreaterThanOrEqual(options.min_score);
          if (options.max_cost_usd !== undefined) expect(c.costUsd).toBeLessThanOrEqual(options.max_cost_usd);
          if (options.max_latency_ms !== undefined) expect(c.latencyMs).toBeLessThanOrEqual(options.max_latency_ms);
          if (tools) expect(entries.find((e) => e.id === c.model)?.capabilities.tools).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic, whatever the catalog order', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ models, classification, options }, seed) => {
        const { entries, profiles } = build(models);
        const shuffled = [...entries].sort((a, b) => ((a.id.length * seed) ^ b.id.length) - a.id.localeCompare(b.id));
        const request = chat('route me', { router: options });
        const first = tryRoute(request, classification, contextFor(catalogOf(entries), profileSetOf(profiles)));
        const again = tryRoute(request, classification, contextFor(catalogOf(shuffled), profileSetOf([...profiles].reverse())));
        expect(again).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('adding a dominated model never changes the choice', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.double({ min: 0.01, max: 0.5, noNaN: true }), ({ models, classification, options }, pick, worse) => {
        const { entries, profiles } = build(models);
        const base = models[pick % models.length]!;
        // Worse on every axis in every type: lower score, dearer, slower.
        const dominated: ModelArb = {
          ...base,
          inputPerMTok: base.inputPerMTok * (1 + worse),
          outputPerMTok: base.outputPerMTok * (1 + worse),
          types: base.types.map((t) => ({
            ...t,
            score: Math.max(0, t.score - worse),
            ttftMs: t.ttftMs + 100,
          })) as ModelArb['types'],
        };
        const extra = build([...models, dominated]);
        const request = chat('route me', { router: options });
        const before = tryRoute(request, classification, contextFor(catalogOf(entries), profileSetOf(profiles)));
        const after = tryRoute(request, classification, contextFor(catalogOf(extra.entries), profileSetOf(extra.profiles)));
        if (before instanceof RoutingError) return;
        expect(after).not.toBeInstanceOf(RoutingError);
        if (!(after instanceof RoutingError)) expect(after.plan.primary).toBe(before.plan.primary);
      }),
      { numRuns: 300 },
    );
  });
});
