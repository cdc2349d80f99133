import { describe, expect, it } from 'vitest';
import { catalogOf, chat, modelEntry, modelProfile, oneHot, profileSetOf } from '../../../tests/routing/fixtures';
import { parseRouterConfig } from './config-schema';
import { ProfileRegistry } from './registry';
import { route } from './route';

const catalog = catalogOf([
  modelEntry({ id: 'a/one' }),
  modelEntry({ id: 'b/two' }),
  modelEntry({ id: 'sim/fake', simulated: true }),
]);
const config = parseRouterConfig({});

describe('ProfileRegistry', () => {
  it('swap replaces the snapshot; a request keeps the one it started with', () => {
    const registry = new ProfileRegistry(catalog, profileSetOf([modelProfile('a/one', { score: 0.9 }), modelProfile('b/two', { score: 0.5 })]));
    const inFlight = registry.current();
    const next = registry.swap(profileSetOf([modelProfile('a/one', { score: 0.2 }), modelProfile('b/two', { score: 0.8 })]));
    expect(next.version).toBe(inFlight.version + 1);
    expect(route(chat('x', { model: 'router/quality' }), oneHot('learning'), { table: inFlight, config }).plan.primary).toBe('a/one');
    expect(route(chat('x', { model: 'router/quality' }), oneHot('learning'), { table: registry.current(), config }).plan.primary).toBe('b/two');
  });

  it('refuses a set mixing simulated and real models and keeps the old snapshot', () => {
    const registry = new ProfileRegistry(catalog, profileSetOf([modelProfile('a/one', { score: 0.9 })]));
    const before = registry.current();
    expect(() => registry.swap(profileSetOf([modelProfile('a/one', { score: 0.9 }), modelProfile('sim/fake', { score: 0.9 }, true)]))).toThrow(/simulated/);
    expect(() => registry.swap(profileSetOf([modelProfile('sim/fake', { score: 0.9 })]))).toThrow(/cannot profile simulated catalog models: sim\/fake/);
    expect(registry.current()).toBe(before);
  });

  it('routes only models of the set kind that have a profile', () => {
    const registry = new ProfileRegistry(catalog, profileSetOf([modelProfile('a/one', { score: 0.9 })]));
    expect(registry.current().rows.map((r) => r.id)).toEqual(['a/one']);
    expect(registry.current().unprofiled).toEqual(['b/two']);
    const sim = registry.swap(profileSetOf([modelProfile('sim/fake', { score: 0.5 }, true)], true));
    expect(sim.rows.map((r) => r.id)).toEqual(['sim/fake']);
  });
});
