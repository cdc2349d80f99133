// Runs a plan: a pool of workers pulls items in plan order, skips finished keys (resume), plays
// each scenario and appends its record. A failing model is cut off after consecutive failures
// without stopping the others; the run stops at max spend, at the slice limits, or on abort.
import type { AnyTask } from '../../benchmarks/types';
import type { ModelEntry } from '../core/catalog/types';
import type { CallModel } from './call-model';
import type { LimiterSet } from './limiter';
import type { PlanItem } from './plan';
import type { RunLogStore, ScenarioRecord } from './run-log';
import { playScenario, type ScenarioDeps } from './scenario';
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
  return new PlanRun(deps, options).run();
}

/** The state of one runPlan call; workers share it. */
class PlanRun {
  private readonly now: () => number;
  private readonly started: number;
  private readonly done: Set<string>;
  private readonly queue: PlanItem[];
  private readonly stop = new AbortController();
  private readonly streak = new Map<string, number>();
  private readonly failed = new Set<string>();
  private next = 0;
  private startedCount = 0;
  private sessionDone = 0;
  private errors = 0;
  private spent: number;
  private status: RunStatus = 'complete';

  constructor(
    private readonly deps: RunnerDeps,
    private readonly options: RunOptions,
  ) {
    this.now = deps.now ?? Date.now;
    this.started = this.now();
    this.done = new Set(options.done ?? []);
    this.queue = options.plan.filter((item) => !this.done.has(item.key));
    this.spent = options.spentUsd ?? 0;
  }

  async run(): Promise<RunOutcome> {
    const onAbort = () => this.stop.abort();
    this.options.signal?.addEventListener('abort', onAbort, { once: true });
    if (this.options.signal?.aborted) this.stop.abort();
    const workers = Array.from({ length: Math.max(1, this.options.concurrency) }, () => this.worker());
    await Promise.all(workers);
    this.options.signal?.removeEventListener('abort', onAbort);
    if (this.stop.signal.aborted) this.status = 'aborted';
    const leftover = this.queue.some((item) => !this.done.has(item.key) && !this.failed.has(item.model));
    if (this.status === 'complete' && leftover) this.status = 'paused';
    const models = [...new Set(this.options.plan.map((item) => item.model))];
    const completeModels = models.filter((m) => this.options.plan.every((i) => i.model !== m || this.done.has(i.key)));
    return { status: this.status, progress: this.progress(), completeModels };
  }

  private progress(): RunProgress {
    const elapsedMs = this.now() - this.started;
    const remaining = this.options.plan.length - this.done.size;
    const etaMs = this.sessionDone > 0 ? (elapsedMs / this.sessionDone) * remaining : null;
    return {
      total: this.options.plan.length, done: this.done.size, errors: this.errors, spentUsd: this.spent,
      elapsedMs, etaMs, failedModels: [...this.failed],
    };
  }

  private overBudget(): boolean {
    return this.options.maxSpendUsd !== undefined && this.spent >= this.options.maxSpendUsd;
  }

  private halt(status: RunStatus): false {
    if (this.status === 'complete') this.status = status;
    return false;
  }

  private canStart(): boolean {
    if (this.stop.signal.aborted) return false;
    if (this.overBudget()) return this.halt('budget');
    const { maxScenarios, deadline } = this.options;
    if (maxScenarios !== undefined && this.startedCount >= maxScenarios) return this.halt('paused');
    if (deadline !== undefined && this.now() >= deadline) return this.halt('paused');
    return true;
  }

  private async worker(): Promise<void> {
    while (this.canStart()) {
      const item = this.queue[this.next++];
      if (!item) return;
      if (this.failed.has(item.model)) continue;
      this.startedCount++;
      const record = await playScenario(item, this.scenarioDeps(item));
      if (record) await this.record(item, record);
      else if (this.overBudget()) this.halt('budget');
      await yieldToEventLoop();
    }
  }

  private scenarioDeps(item: PlanItem): ScenarioDeps {
    const entry = findModel(this.deps.catalog, item.model);
    return {
      callModel: this.deps.callModel,
      entry,
      task: findTask(this.deps.tasks, item.taskId),
      limiter: this.deps.limiters.for(entry.provider),
      signal: this.stop.signal,
      onCost: (usd) => {
        this.spent += usd;
        return !this.overBudget();
      },
      now: () => new Date(this.now()),
    };
  }

  private async record(item: PlanItem, record: ScenarioRecord): Promise<void> {
    await this.deps.log.append(record);
    this.done.add(item.key);
    this.sessionDone++;
    if (record.error) this.errors++;
    const streak = record.error ? (this.streak.get(item.model) ?? 0) + 1 : 0;
    this.streak.set(item.model, streak);
    if (streak >= (this.options.failModelAfter ?? 5)) this.failed.add(item.model);
    this.options.onProgress?.(this.progress());
  }
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
