// RefreshController: runs a refresh in the background of the gateway process (Node). Scenarios
// yield to the event loop between them, so requests keep flowing; when the run ends, the new
// profile set is handed to onProfiles listeners (the gateway hot-swaps its router table).
import { suiteVersion } from '../../benchmarks/index';
import type { AnyTask } from '../../benchmarks/types';
import type { ModelEntry } from '../core/catalog/types';
import type { ProfileSet } from '../core/profiles/schema';
import type { AgentType } from '../core/types';
import type { CallModel } from './call-model';
import { LimiterSet } from './limiter';
import { refreshSeed } from './plan';
import type { RunLogStore } from './run-log';
import type { RunProgress } from './runner';
import { runSession, type ProfileSink, type SessionResult } from './session';

export interface RefreshControllerDeps {
  callModel: CallModel;
  catalog: readonly ModelEntry[];
  tasks: readonly AnyTask[];
  createLog(runId: string): RunLogStore;
  profiles: ProfileSink;
  simulated: boolean;
  priceSnapshot: string;
  limiters?: LimiterSet;
  now?: () => number;
}

export interface RefreshStartOptions {
  models: string[];
  types?: AgentType[];
  scenariosPerTask?: number;
  repeats?: number;
  /** Default: a seed rotated per run, so refreshes see fresh scenarios. */
  seed?: number;
  maxSpendUsd?: number;
  concurrency?: number;
}

export interface RefreshStatus {
  state: 'idle' | 'running' | 'finished' | 'failed';
  runId?: string;
  startedAt?: string;
  finishedAt?: string;
  progress?: RunProgress;
  result?: { status: string; updated: string[]; skipped: Array<{ model: string; reason: string }> };
  error?: string;
}

type ProfilesListener = (set: ProfileSet) => void;

export class RefreshController {
  private status: RefreshStatus = { state: 'idle' };
  private running: Promise<void> | undefined;
  private abort: AbortController | undefined;
  private readonly listeners = new Set<ProfilesListener>();
  private runs = 0;

  constructor(private readonly deps: RefreshControllerDeps) {}

  /** Starts a run in the background; while one runs, returns it instead of starting another. */
  start(options: RefreshStartOptions): { runId: string; started: boolean } {
    if (this.running && this.status.runId) return { runId: this.status.runId, started: false };
    const now = this.deps.now ?? Date.now;
    const runId = `refresh-${new Date(now()).toISOString().replace(/[-:.]/g, '')}-${++this.runs}`;
    this.abort = new AbortController();
    this.status = { state: 'running', runId, startedAt: new Date(now()).toISOString() };
    this.running = this.execute(runId, options, this.abort.signal).finally(() => {
      this.running = undefined;
    });
    return { runId, started: true };
  }

  progress(): RefreshStatus {
    return structuredClone(this.status);
  }

  onProfiles(listener: ProfilesListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the current run; in-flight scenarios are dropped, finished ones stay logged. */
  stop(): void {
    this.abort?.abort();
  }

  /** Resolves when the current run (if any) has ended. */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Node scheduled refresh: one run every `everyMs` (skipped while one runs). Returns a canceller. */
  schedule(everyMs: number, options: () => RefreshStartOptions): () => void {
    const timer = setInterval(() => this.start(options()), everyMs);
    (timer as { unref?: () => void }).unref?.();
    return () => clearInterval(timer);
  }

  private async execute(runId: string, options: RefreshStartOptions, signal: AbortSignal): Promise<void> {
    const now = this.deps.now ?? Date.now;
    const tasks = this.deps.tasks.filter((t) => !options.types || options.types.includes(t.type));
    try {
      const result = await runSession(
        { ...this.deps, log: this.deps.createLog(runId), limiters: this.deps.limiters ?? new LimiterSet({ concurrency: 4 }) },
        {
          concurrency: options.concurrency ?? 4,
          signal,
          ...(options.maxSpendUsd !== undefined ? { maxSpendUsd: options.maxSpendUsd } : {}),
          onProgress: (progress) => (this.status = { ...this.status, progress }),
          run: {
            runId, suiteVersion: suiteVersion(tasks), priceSnapshot: this.deps.priceSnapshot, simulated: this.deps.simulated,
            plan: {
              models: options.models, tasks: tasks.map((t) => t.id), validationTasks: [],
              ...(options.scenariosPerTask !== undefined ? { scenariosPerTask: options.scenariosPerTask } : {}),
              repeats: options.repeats ?? 1,
              seed: options.seed ?? refreshSeed(now(), this.runs) % 2_147_483_647,
            },
          },
        },
      );
      this.finish(result, now);
    } catch (error) {
      this.status = { ...this.status, state: 'failed', finishedAt: new Date(now()).toISOString(), error: (error as Error).message };
    }
  }

  private finish(result: SessionResult, now: () => number): void {
    const { outcome, aggregate, updated } = result;
    this.status = {
      ...this.status,
      state: 'finished',
      finishedAt: new Date(now()).toISOString(),
      progress: outcome.progress,
      result: { status: outcome.status, updated, skipped: aggregate.skipped },
    };
    if (result.profiles) for (const listener of this.listeners) listener(result.profiles);
  }
}

/** "30m", "6h", "1d" -> milliseconds (the config's refresh.every format). */
export function parseEvery(every: string): number {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(every);
  if (!match) throw new Error(`invalid interval "${every}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}
