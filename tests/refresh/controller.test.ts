import { describe, expect, it } from 'vitest';
import type { ProfileSet } from '../../src/core/profiles/schema';
import { shippedSimModels, simCatalog } from '../../src/providers/sim';
import { parseEvery, RefreshController } from '../../src/refresh/controller';
import { createMemoryRunLog } from '../../src/refresh/run-log';
import { createSimCallModel } from '../../src/refresh/sim-call-model';
import { tasks } from '../fixtures/tasks';
import { memoryProfiles } from './helpers';

function controller() {
  const specs = shippedSimModels();
  const catalog = simCatalog(specs).models;
  const profiles = memoryProfiles();
  const ctl = new RefreshController({
    callModel: createSimCallModel(specs, catalog), catalog, tasks, profiles, simulated: true, priceSnapshot: 'sim-configured',
    createLog: () => createMemoryRunLog(),
  });
  return { ctl, specs, profiles };
}

describe('RefreshController', () => {
  it('runs in the background without starving the event loop, then hands profiles to listeners', async () => {
    const { ctl, specs } = controller();
    const swapped: ProfileSet[] = [];
    ctl.onProfiles((set) => swapped.push(set));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const { started, runId } = ctl.start({ models: specs.map((s) => s.id), scenariosPerTask: 10, concurrency: 4 });
    expect(started).toBe(true);
    expect(ctl.start({ models: [] })).toEqual({ runId, started: false });
    expect(ctl.progress().state).toBe('running');
    await ctl.idle();
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(3);
    const status = ctl.progress();
    expect(status).toMatchObject({ state: 'finished', runId, result: { status: 'complete' } });
    expect(status.progress?.done).toBe(specs.length * tasks.length * 10);
    expect(swapped).toHaveLength(1);
    expect(swapped[0]!.models).toHaveLength(specs.length);
  });

  it('stop() ends a run early without publishing profiles', async () => {
    const { ctl, specs, profiles } = controller();
    ctl.start({ models: specs.map((s) => s.id), scenariosPerTask: 40 });
    setTimeout(() => ctl.stop(), 5);
    await ctl.idle();
    expect(ctl.progress().result?.status).toBe('aborted');
    expect(profiles.saved).toHaveLength(0);
  });

  it('parses refresh intervals', () => {
    expect(parseEvery('30m')).toBe(1_800_000);
    expect(parseEvery('6h')).toBe(21_600_000);
    expect(() => parseEvery('soon')).toThrow();
  });
});
