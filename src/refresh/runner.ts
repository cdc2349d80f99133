// Runs a plan: a pool of workers pulls items in plan order, skips finished keys (resume), plays
// each scenario and appends its record. A failing model is cut off after consecutive failures
// without stopping the others; the run stops at max spend, at the slice limits, or on abort.
import type { AnyTask } from '../../benchmarks/types';
import type { ModelEntry } from '../core/catalog/types';
import type { CallModel } from './call-model';
import type { LimiterSet } from './limiter';
import type { PlanItem } from './plan';
import type { RunLogStore } from './run-log';
import { playScenario } from './scenario';
import { yieldToEventLoop } from './yield';

export interface RunnerDeps {
  callModel: CallModel;
  catalog: readonly ModelEntry[];
  tasks: readonly AnyTask[];
  log: RunLogStore;
  limiters: LimiterSet;
  /** Wall clock (ms), for progress and record timestamps. */
  now?: () => number;
}

export interface RunOptions {
  plan: readonly PlanItem[];
  /** Keys already in the log (resume). */
  done?: ReadonlySet<string>;
  concurrency: number;
  maxSpendUsd?: number;
  /** Spend already in the log (resume, earlier slices). */
  spentUsd?: number;
  signal?: AbortSignal;
  /** Slice limits: stop starting new scenarios after this many, or after this time. */
  maxScenarios?: number;
  deadline?: number;
  /** Consecutive failed scenarios after which a model is given up for this run. */
  failModelAfter?: number;
  onProgress?(progress: RunProgress): void;
}

export interface RunProgress {
  total: number;
  done: number;
  errors: number;
  spentUsd: number;
  elapsedMs: number;
  etaMs: number | null;
  failedModels: string[];
}

export type RunStatus = 'complete' | 'budget' | 'aborted' | 'paused';

export interface RunOutcome {
  status: RunStatus;
  progress: RunProgress;
  /** Models with every plan item recorded. */
  completeModels: string[];
}

export async function runPlan(deps: RunnerDeps, options: RunOptions): Promise<RunOutcome> {
  const now = deps.now ?? Date.now;
  const started = now();
  const done = new Set(options.done ?? []);
  const queue = options.plan.filter((item) => !done.has(item.key));
  const stop = new AbortController();
  const onOuterAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const state = { next: 0, started: 0, sessionDone: 0, errors: 0, spent: options.spentUsd ?? 0, status: 'complete' as RunStatus };
  const streak = new Map<string, number>();
  const failed = new Set<string>();

  const progress = (): RunProgress => {
    const elapsedMs = now() - started;
    const remaining = options.plan.length - done.size;
    const etaMs = state.sessionDone > 0 ? (elapsedMs / state.sessionDone) * remaining : null;
    return { total: options.plan.length, done: done.size, errors: state.errors, spentUsd: state.spent, elapsedMs, etaMs, failedModels: [...failed] };
  };
  const overBudget = () => options.maxSpendUsd !== undefined && state.spent >= options.maxSpendUsd;
  const canStart = (): boolean => {
    if (stop.signal.aborted) return false;
    if (overBudget()) return setStatus('budget');
    const sliceOver = (options.maxScenarios !== undefined && state.started >= options.maxScenarios) ||
      (options.deadline !== undefined && now() >= options.deadline);
    return sliceOver ? setStatus('paused') : true;
  };
  const setStatus = (status: RunStatus) => {
    if (state.status === 'complete') state.status = status;
    return false;
  };

  const worker = async (): Promise<void> => {
    while (canStart()) {
      const item = queue[state.next++];
      if (!item) return;
      if (failed.has(item.model)) continue;
      state.started++;
      const record = await playScenario(item, {
        callModel: deps.callModel,
        entry: findModel(deps.catalog, item.model),
        task: findTask(deps.tasks, item.taskId),
        limiter: deps.limiters.for(findModel(deps.catalog, item.model).provider),
        signal: stop.signal,
        onCost: (usd) => {
          state.spent += usd;
          return !overBudget();
        },
        now: () => new Date(now()),
      });
      if (record) {
        await deps.log.append(record);
        done.add(item.key);
        state.sessionDone++;
        if (record.error) state.errors++;
        const count = record.error ? (streak.get(item.model) ?? 0) + 1 : 0;
        streak.set(item.model, count);
        if (count >= (options.failModelAfter ?? 5)) failed.add(item.model);
        options.onProgress?.(progress());
      } else if (overBudget()) setStatus('budget');
      await yieldToEventLoop();
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  options.signal?.removeEventListener('abort', onOuterAbort);
  if (stop.signal.aborted) state.status = 'aborted';
  const models = [...new Set(options.plan.map((item) => item.model))];
  const completeModels = models.filter((m) => options.plan.every((i) => i.model !== m || done.has(i.key)));
  if (state.status === 'complete' && queue.some((i) => !done.has(i.key) && !failed.has(i.model))) state.status = 'paused';
  return { status: state.status, progress: progress(), completeModels };
}

function findModel(catalog: readonly ModelEntry[], id: string): ModelEntry {
  const entry = catalog.find((model) => model.id === id);
  if (!entry) throw new Error(`model ${id} is not in the catalog`);
  return entry;
}

function findTask(tasks: readonly AnyTask[], id: string): AnyTask {
  const task = tasks.find((candidate) => candidate.id === id);
  if (!task) throw new Error(`task ${id} is not in the suite`);
  return task;
}
