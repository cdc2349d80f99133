import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/providers/types';
import type { CallModel } from '../../src/refresh/call-model';
import { LimiterSet } from '../../src/refresh/limiter';
import { buildPlan } from '../../src/refresh/plan';
import { createMemoryRunLog } from '../../src/refresh/run-log';
import { runPlan } from '../../src/refresh/runner';
import { runSession } from '../../src/refresh/session';
import { tasks } from '../fixtures/tasks';
import { simSessionDeps } from './helpers';

const models = ['sim/reflex-fast', 'sim/planner-pro', 'sim/balanced-mid', 'sim/learner'];

function brokenFor(model: string, inner: CallModel, kind: 'auth' | 'overloaded' = 'auth'): CallModel {
  return async (id, request, options) => {
    if (id === model) throw new ProviderError({ kind, status: kind === 'auth' ? 401 : 503, provider: 'sim', message: 'broken' });
    return inner(id, request, options);
  };
}

describe('runner', () => {
  it('a failing model is cut off and recorded without stopping the others', async () => {
    const log = createMemoryRunLog();
    const { deps } = simSessionDeps(log, tasks);
    const result = await runSession(
      { ...deps, callModel: brokenFor('sim/learner', deps.callModel) },
      { concurrency: 4, run: { runId: 'r', suiteVersion: 'v', priceSnapshot: 's', simulated: true, plan: { models, tasks: tasks.map((t) => t.id), validationTasks: [], scenariosPerTask: 6, repeats: 1, seed: 1 } } },
    );
    expect(result.outcome.progress.failedModels).toEqual(['sim/learner']);
    expect(result.updated.sort()).toEqual(models.filter((m) => m !== 'sim/learner').sort());
    expect(result.aggregate.skipped.map((s) => s.model)).toEqual(['sim/learner']);
    const learner = log.records.filter((r) => r.kind === 'scenario' && r.model === 'sim/learner');
    expect(learner.length).toBe(5);
    expect(learner[0]).toMatchObject({ score: null, error: { kind: 'auth', status: 401 } });
    expect(log.records).toContainEqual(expect.objectContaining({ kind: 'model-finished', model: 'sim/learner', status: 'failed' }));
  });

  it('records retries and errors per call', async () => {
    const log = createMemoryRunLog();
    const { deps } = simSessionDeps(log, tasks);
    let failures = 0;
    const flaky: CallModel = async (id, request, options) => {
      if (failures++ < 2) throw new ProviderError({ kind: 'overloaded', provider: 'sim', message: 'busy', retryAfterMs: 1 });
      return deps.callModel(id, request, options);
    };
    const plan = buildPlan({ models: ['sim/reflex-fast'], tasks: tasks.slice(0, 1), scenariosPerTask: 1, seed: 1 });
    await runPlan({ ...deps, callModel: flaky, limiters: new LimiterSet({ concurrency: 1, baseDelayMs: 1 }) }, { plan, concurrency: 1 });
    const record = log.records[0];
    expect(record?.kind === 'scenario' && record.calls[0]?.retries).toBe(2);
  });

  it('stops starting scenarios at max spend; only finished models get profiles', async () => {
    const log = createMemoryRunLog();
    const { deps } = simSessionDeps(log, tasks);
    const result = await runSession(deps, {
      concurrency: 1,
      maxSpendUsd: 0.01,
      run: { runId: 'b', suiteVersion: 'v', priceSnapshot: 's', simulated: true, plan: { models, tasks: tasks.map((t) => t.id), validationTasks: [], scenariosPerTask: 10, repeats: 1, seed: 1 } },
    });
    expect(result.outcome.status).toBe('budget');
    expect(result.outcome.progress.spentUsd).toBeGreaterThanOrEqual(0.01);
    expect(result.outcome.progress.spentUsd).toBeLessThan(0.012);
    expect(result.updated).toEqual([]);
    expect(log.records.at(-1)).toMatchObject({ kind: 'run-finished', status: 'budget' });
  });

  it('an aborted run drops in-flight scenarios and logs only finished ones', async () => {
    const log = createMemoryRunLog();
    const { deps } = simSessionDeps(log, tasks);
    const stop = new AbortController();
    const plan = buildPlan({ models, tasks, scenariosPerTask: 10, seed: 1 });
    const outcome = await runPlan(deps, {
      plan,
      concurrency: 4,
      signal: stop.signal,
      onProgress: (p) => p.done >= 20 && stop.abort(),
    });
    expect(outcome.status).toBe('aborted');
    const keys = log.records.flatMap((r) => (r.kind === 'scenario' ? [r.key] : []));
    expect(keys.length).toBeGreaterThanOrEqual(20);
    expect(keys.length).toBeLessThan(plan.length);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
