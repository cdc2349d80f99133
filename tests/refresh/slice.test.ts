// Workers cron slices against sim models and an in-memory KV: bounded work per tick, progress
// and the run log in KV, profiles published when a model's plan completes, seeds rotated.
import { describe, expect, it } from 'vitest';
import { profileSetSchema } from '../../src/core/profiles/schema';
import { shippedSimModels, simCatalog } from '../../src/providers/sim';
import { chunkKey, createMemoryKv } from '../../src/refresh/kv-run-log';
import { refreshProgress, requestRefresh, runRefreshSlice, type SliceDeps } from '../../src/refresh/slice';
import { createSimCallModel } from '../../src/refresh/sim-call-model';
import { parseRunLog } from '../../src/refresh/run-log';
import { tasks } from '../fixtures/tasks';

function setup() {
  const specs = shippedSimModels();
  const catalog = simCatalog(specs).models;
  const clock = { t: 1_000_000 };
  const deps: Omit<SliceDeps, 'kv'> = {
    callModel: createSimCallModel(specs, catalog), catalog, tasks, priceSnapshot: 'sim-configured', simulated: true,
    schedule: { everyMs: 3_600_000, models: specs.map((s) => s.id), scenariosPerTask: 4 },
    now: () => clock.t, profilesKey: 'profiles',
  };
  return { kv: createMemoryKv(), deps, clock, specs };
}

describe('runRefreshSlice', () => {
  it('runs bounded slices until every model is profiled, then waits for the next due time', async () => {
    const { kv, deps, clock, specs } = setup();
    const total = specs.length * tasks.length * 4;
    const reports = [];
    for (let tick = 0; tick < 20; tick++) {
      const report = await runRefreshSlice(kv, deps, { maxScenarios: 50 });
      reports.push(report);
      expect(report.ran).toBeLessThanOrEqual(50);
      clock.t += 60_000;
      if (report.finished) break;
    }
    expect(reports.at(-1)).toMatchObject({ action: 'ran', finished: true, done: total });
    expect(reports.map((r) => r.ran).reduce((a, b) => a + b, 0)).toBe(total);
    // Rotation: the first slice already touched every model and task.
    const firstChunk = [...kv.data.entries()].find(([k]) => k.endsWith(':000001'))![1];
    const scenarios = parseRunLog(firstChunk).records.flatMap((r) => (r.kind === 'scenario' ? [r] : []));
    expect(new Set(scenarios.map((s) => s.model)).size).toBe(specs.length);
    expect(new Set(scenarios.map((s) => s.taskId)).size).toBe(tasks.length);

    const set = profileSetSchema.parse(JSON.parse(kv.data.get('profiles')!));
    expect(set.models.map((m) => m.model).sort()).toEqual(specs.map((s) => s.id).sort());
    const state = await refreshProgress(kv);
    expect(state.active).toBeUndefined();
    expect(state.last?.updated.sort()).toEqual(specs.map((s) => s.id).sort());
    expect(await runRefreshSlice(kv, deps, { maxScenarios: 50 })).toMatchObject({ action: 'idle' });
  });

  it('starts when requested, rotates seeds, and changes the KV profile on the next refresh', async () => {
    const { kv, deps, clock } = setup();
    const runToEnd = async () => {
      for (let i = 0; i < 50; i++) if ((await runRefreshSlice(kv, deps, { maxScenarios: 200 })).finished) return;
      throw new Error('refresh did not finish');
    };
    await runToEnd();
    const first = kv.data.get('profiles');
    const firstRun = (await refreshProgress(kv)).last?.runId;
    await requestRefresh(kv);
    clock.t += 1000;
    await runToEnd();
    const second = kv.data.get('profiles');
    expect((await refreshProgress(kv)).last?.runId).not.toBe(firstRun);
    expect(second).not.toEqual(first);
    const seeds = [...kv.data.entries()]
      .filter(([k]) => k.endsWith(':000000'))
      .map(([, v]) => parseRunLog(v).records[0])
      .map((h) => (h?.kind === 'run' ? h.plan.seed : -1));
    expect(new Set(seeds).size).toBe(2);
  });

  it('a requested refresh runs with the request\'s models, types, scenarios, seed and budget', async () => {
    const { kv, deps, specs, clock } = setup();
    for (let i = 0; i < 50 && !(await runRefreshSlice(kv, deps, { maxScenarios: 200 })).finished; i++);
    const before = profileSetSchema.parse(JSON.parse(kv.data.get('profiles')!));
    const model = specs[1]!.id;
    await requestRefresh(kv, undefined, { models: [model], types: ['learning'], scenariosPerTask: 2, seed: 77, budgetUsd: 5 });
    clock.t += 1000;
    const report = await runRefreshSlice(kv, deps, { maxScenarios: 500 });
    const learningTasks = tasks.filter((t) => t.type === 'learning');
    expect(report).toMatchObject({ action: 'ran', finished: true, done: learningTasks.length * 2, updated: [model] });
    const header = parseRunLog(kv.data.get(chunkKey('refresh:', report.runId!, 0))!).records[0];
    expect(header?.kind === 'run' && header.plan).toMatchObject({ models: [model], tasks: learningTasks.map((t) => t.id), scenariosPerTask: 2, seed: 77 });
    const after = profileSetSchema.parse(JSON.parse(kv.data.get('profiles')!));
    const of = (set: typeof before, id: string) => set.models.find((m) => m.model === id)!;
    expect(of(after, model).types.learning).not.toEqual(of(before, model).types.learning);
    expect(of(after, model).types.goal_based).toEqual(of(before, model).types.goal_based);
    for (const other of specs.filter((s) => s.id !== model)) expect(of(after, other.id)).toEqual(of(before, other.id));
    // The overrides were for that refresh only.
    expect((await refreshProgress(kv)).overrides).toBeUndefined();
  });

  it('a requested budget caps that refresh', async () => {
    const { kv, deps } = setup();
    await requestRefresh(kv, undefined, { budgetUsd: 0.002 });
    const report = await runRefreshSlice(kv, deps, { maxScenarios: 500 });
    expect(report.finished).toBe(true);
    expect((await refreshProgress(kv)).last?.status).toBe('budget');
  });

  it('stops at the refresh budget without publishing incomplete models', async () => {
    const { kv, deps } = setup();
    const report = await runRefreshSlice(kv, { ...deps, schedule: { ...deps.schedule, budgetUsd: 0.002 } }, { maxScenarios: 500 });
    expect(report.finished).toBe(true);
    expect(kv.data.get('profiles')).toBeUndefined();
    expect((await refreshProgress(kv)).last?.status).toBe('budget');
  });
});
