// Workers cron: each tick does a bounded slice of the current refresh. Progress and the run log
// live in KV; the plan is scenario-major with models innermost, so every slice rotates over
// tasks and models. When a model's plan completes, its profile is merged into the KV profile
// set (one put of a complete object) and the next request sees it.
import { suiteVersion } from '../../benchmarks/index';
import type { AnyTask } from '../../benchmarks/types';
import type { ModelEntry } from '../core/catalog/types';
import type { CallModel } from './call-model';
import { aggregateRun } from './aggregate';
import { createKvRunLogWriter, type KeyValueStore } from './kv-run-log';
import { LimiterSet } from './limiter';
import { refreshSeed } from './plan';
import { mergeProfiles, parseProfileSet } from './profile-merge';
import { viewRunLog, type RunHeader } from './run-log';
import { runPlan } from './runner';
import { planFromHeader } from './session';
import { loadSliceState, saveSliceState, type RefreshOverrides, type SliceState } from './slice-state';

export interface RefreshSchedule {
  everyMs: number;
  models: string[];
  scenariosPerTask?: number;
  budgetUsd?: number;
  /** Base seed; each refresh rotates it. */
  seed?: number;
}

export interface SliceDeps {
  kv: KeyValueStore;
  callModel: CallModel;
  catalog: readonly ModelEntry[];
  tasks: readonly AnyTask[];
  priceSnapshot: string;
  simulated: boolean;
  schedule: RefreshSchedule;
  now?: () => number;
  /** KV key of the profile set the gateway reads. */
  profilesKey: string;
  /** Prefix for the refresh's own keys (state, run log chunks). */
  prefix?: string;
}

export interface SliceBudget {
  maxScenarios?: number;
  maxMs?: number;
  concurrency?: number;
}

export interface SliceReport {
  action: 'idle' | 'locked' | 'ran';
  runId?: string;
  ran: number;
  done: number;
  total: number;
  finished: boolean;
  updated: string[];
}

const stateKey = (prefix: string) => `${prefix}state`;

/** Marks a refresh as wanted now (POST /v1/router/refresh on Workers), with its own settings. */
export async function requestRefresh(kv: KeyValueStore, prefix = 'refresh:', overrides: RefreshOverrides = {}): Promise<void> {
  const state = await loadSliceState(kv, stateKey(prefix));
  await saveSliceState(kv, stateKey(prefix), { ...state, requested: true, overrides });
}

/** Current progress (GET /v1/router/refresh on Workers). */
export async function refreshProgress(kv: KeyValueStore, prefix = 'refresh:'): Promise<SliceState> {
  return loadSliceState(kv, stateKey(prefix));
}

function newHeader(deps: SliceDeps, state: SliceState, now: number, overrides: RefreshOverrides): RunHeader {
  const seed = overrides.seed ?? refreshSeed(deps.schedule.seed ?? 1, state.refreshNumber) % 2_147_483_647;
  const tasks = overrides.types ? deps.tasks.filter((t) => overrides.types!.includes(t.type)) : deps.tasks;
  const scenariosPerTask = overrides.scenariosPerTask ?? deps.schedule.scenariosPerTask;
  const header: RunHeader = {
    kind: 'run', runId: `slice-${state.refreshNumber}-${now}`, startedAt: new Date(now).toISOString(),
    suiteVersion: suiteVersion(deps.tasks), priceSnapshot: deps.priceSnapshot, simulated: deps.simulated,
    plan: {
      models: overrides.models ?? deps.schedule.models, tasks: tasks.map((t) => t.id), validationTasks: [], repeats: 1, seed,
      ...(scenariosPerTask !== undefined ? { scenariosPerTask } : {}),
    },
    planSize: 0,
  };
  return { ...header, planSize: planFromHeader(header, deps).length };
}

async function startIfDue(deps: SliceDeps, state: SliceState, now: number): Promise<SliceState | undefined> {
  if (state.active) return state;
  if (!state.requested && now < state.nextDueAt) return undefined;
  const overrides = state.requested ? (state.overrides ?? {}) : {};
  const next: SliceState = { ...state, refreshNumber: state.refreshNumber + 1, requested: false, overrides: undefined };
  const header = newHeader(deps, next, now, overrides);
  const budgetUsd = overrides.budgetUsd ?? deps.schedule.budgetUsd;
  const writer = createKvRunLogWriter(deps.kv, deps.prefix ?? 'refresh:', header.runId, 0);
  await writer.store.append(header);
  const chunks = await writer.flush();
  next.active = { runId: header.runId, startedAt: header.startedAt, chunks, done: 0, total: header.planSize, spentUsd: 0, completedModels: [], ...(budgetUsd !== undefined ? { budgetUsd } : {}) };
  return next;
}

export async function runRefreshSlice(kv: KeyValueStore, deps: Omit<SliceDeps, 'kv'>, budget: SliceBudget): Promise<SliceReport> {
  const full: SliceDeps = { ...deps, kv };
  const now = deps.now ?? Date.now;
  const prefix = deps.prefix ?? 'refresh:';
  const loaded = await loadSliceState(kv, stateKey(prefix));
  const idle: SliceReport = { action: 'idle', ran: 0, done: 0, total: 0, finished: false, updated: [] };
  if (loaded.active && loaded.leaseUntil > now()) return { ...idle, action: 'locked', runId: loaded.active.runId };
  const state = await startIfDue(full, loaded, now());
  if (!state?.active) return idle;
  const maxMs = budget.maxMs ?? 20_000;
  await saveSliceState(kv, stateKey(prefix), { ...state, leaseUntil: now() + maxMs * 2 });
  const report = await runActive(full, state, budget, now() + maxMs);
  await saveSliceState(kv, stateKey(prefix), { ...state, leaseUntil: 0 });
  return report;
}

async function runActive(deps: SliceDeps, state: SliceState, budget: SliceBudget, deadline: number): Promise<SliceReport> {
  const active = state.active as NonNullable<SliceState['active']>;
  const prefix = deps.prefix ?? 'refresh:';
  const writer = createKvRunLogWriter(deps.kv, prefix, active.runId, active.chunks);
  const view = viewRunLog(await writer.store.read());
  const header = view.header as RunHeader;
  const plan = planFromHeader(header, deps);
  const outcome = await runPlan(
    { callModel: deps.callModel, catalog: deps.catalog, tasks: deps.tasks, log: writer.store, limiters: new LimiterSet({ concurrency: 8 }), ...(deps.now ? { now: deps.now } : {}) },
    {
      plan, done: new Set(view.scenarios.map((s) => s.key)), spentUsd: active.spentUsd, concurrency: budget.concurrency ?? 4, deadline,
      ...(budget.maxScenarios !== undefined ? { maxScenarios: budget.maxScenarios } : {}),
      ...(active.budgetUsd !== undefined ? { maxSpendUsd: active.budgetUsd } : {}),
    },
  );
  const ran = writer.pending.length;
  active.chunks = await writer.flush();
  active.done = outcome.progress.done;
  active.spentUsd = outcome.progress.spentUsd;
  const updated = await publishCompleted(deps, header, plan, state, outcome.completeModels);
  const finished = outcome.status === 'complete' || outcome.status === 'budget';
  if (finished) finishRefresh(deps, state, outcome.status);
  return { action: 'ran', runId: header.runId, ran, done: outcome.progress.done, total: plan.length, finished, updated };
}

async function publishCompleted(
  deps: SliceDeps,
  header: RunHeader,
  plan: ReturnType<typeof planFromHeader>,
  state: SliceState,
  complete: readonly string[],
): Promise<string[]> {
  const active = state.active as NonNullable<SliceState['active']>;
  const fresh = complete.filter((model) => !active.completedModels.includes(model));
  if (fresh.length === 0) return [];
  const all = createKvRunLogWriter(deps.kv, deps.prefix ?? 'refresh:', header.runId, active.chunks);
  const view = viewRunLog(await all.store.read());
  const measuredAt = new Date((deps.now ?? Date.now)()).toISOString();
  const aggregate = aggregateRun({ header, plan, scenarios: view.scenarios, measuredAt });
  const measured = aggregate.models.filter((m) => fresh.includes(m.model));
  active.completedModels.push(...fresh);
  if (measured.length === 0) return [];
  const merged = mergeProfiles(parseProfileSet(await deps.kv.get(deps.profilesKey)), measured, header.simulated, measuredAt);
  if (merged.updated.length > 0) await deps.kv.put(deps.profilesKey, JSON.stringify(merged.set));
  return merged.updated;
}

function finishRefresh(deps: SliceDeps, state: SliceState, status: string): void {
  const active = state.active as NonNullable<SliceState['active']>;
  const now = (deps.now ?? Date.now)();
  state.last = { runId: active.runId, finishedAt: new Date(now).toISOString(), status, updated: active.completedModels, spentUsd: active.spentUsd };
  state.nextDueAt = now + deps.schedule.everyMs;
  state.active = undefined;
}
