import { describe, expect, it } from 'vitest';
import { AGENT_TYPES, type AgentType } from '../types';
import { overlayProfiles } from './overlay';
import { profileSetSchema, type ModelProfile, type ProfileSet, type TypeProfile } from './schema';
import { ProfileKindError } from './store';

function typeProfile(mean: number, source: 'prior' | 'measured'): TypeProfile {
  return {
    score: { mean, lo: mean - 0.1, hi: mean + 0.1, n: source === 'prior' ? 0 : 40 },
    cost: { usdPerTask: 0.01, callsPerTask: 1, inputTokensPerCall: 100, outputTokensPerCall: 10, reasoningTokensPerCall: 0, cachedInputTokensPerCall: 0 },
    latency: { p50Ms: 500, p95Ms: 1000, ttftMs: 200, outputTokensPerSecond: 50 },
    errorRate: 0.01,
    provenance: { source, suiteVersion: 'v1', priceSnapshot: 'snap', measuredAt: '2026-01-01T00:00:00.000Z' },
  };
}

function model(id: string, mean: number, source: 'prior' | 'measured', simulated = false): ModelProfile {
  const types = Object.fromEntries(AGENT_TYPES.map((t) => [t, typeProfile(mean, source)])) as Record<AgentType, TypeProfile>;
  return { model: id, simulated, types };
}

function set(models: ModelProfile[], generatedAt: string, simulated = false): ProfileSet {
  return { version: 1, generatedAt, simulated, models };
}

const priors = set([model('a/one', 0.5, 'prior'), model('a/two', 0.6, 'prior')], '2026-07-24T00:00:00.000Z');

describe('overlayProfiles', () => {
  it('replaces measured models whole, keeps prior-only models, appends measured-only ones', () => {
    const measured = set([model('a/two', 0.8, 'measured'), model('a/three', 0.7, 'measured')], '2026-11-01T00:00:00.000Z');
    const out = overlayProfiles(priors, measured);
    expect(out.models.map((m) => m.model)).toEqual(['a/one', 'a/two', 'a/three']);
    expect(out.models[0]?.types.goal_based.provenance.source).toBe('prior');
    for (const t of AGENT_TYPES) expect(out.models[1]?.types[t].provenance.source).toBe('measured');
    expect(out.models[1]?.types.learning.score.mean).toBe(0.8);
    expect(() => profileSetSchema.parse(out)).not.toThrow();
  });

  it('takes the later generatedAt, whichever side it is on', () => {
    const newer = set([], '2026-11-01T00:00:00.000Z');
    const older = set([], '2026-01-01T00:00:00.000Z');
    expect(overlayProfiles(priors, newer).generatedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(overlayProfiles(priors, older).generatedAt).toBe('2026-07-24T00:00:00.000Z');
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify(priors);
    const measured = set([model('a/one', 0.9, 'measured')], '2026-11-01T00:00:00.000Z');
    const measuredBefore = JSON.stringify(measured);
    overlayProfiles(priors, measured);
    expect(JSON.stringify(priors)).toBe(before);
    expect(JSON.stringify(measured)).toBe(measuredBefore);
  });

  it('refuses a simulated set over real priors, and the reverse', () => {
    const simulated = set([model('sim/x', 0.9, 'measured', true)], '2026-11-01T00:00:00.000Z', true);
    expect(() => overlayProfiles(priors, simulated)).toThrow(ProfileKindError);
    expect(() => overlayProfiles(simulated, priors)).toThrow(ProfileKindError);
  });

  it('refuses a set that mixes simulated and real models', () => {
    const mixed = set([model('a/one', 0.9, 'measured'), model('sim/x', 0.9, 'measured', true)], '2026-11-01T00:00:00.000Z');
    expect(() => overlayProfiles(priors, mixed)).toThrow(ProfileKindError);
    expect(() => overlayProfiles(mixed, set([], '2026-11-01T00:00:00.000Z'))).toThrow(ProfileKindError);
  });

  it('overlays simulated on simulated', () => {
    const simPriors = set([model('sim/x', 0.5, 'prior', true)], '2026-01-01T00:00:00.000Z', true);
    const simMeasured = set([model('sim/x', 0.9, 'measured', true)], '2026-02-01T00:00:00.000Z', true);
    const out = overlayProfiles(simPriors, simMeasured);
    expect(out.simulated).toBe(true);
    expect(out.models[0]?.types.simple_reflex.score.mean).toBe(0.9);
  });
});
