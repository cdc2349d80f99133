// One refresh run end to end, shared by the CLI and the Node controller: write (or, on resume,
// reuse) the run header, run the plan, mark finished models, aggregate, and save profiles for
// the models that finished cleanly.
import type { AnyTask } from '../../benchmarks/types';
import type { ProfileSet } from '../core/profiles/schema';
import { aggregateRun, type AggregateResult } from './aggregate';
import { buildPlan, type PlanItem } from './plan';
import { mergeProfiles } from './profile-merge';
import type { RunHeader, RunLogRecord, RunLogStore, RunLogView } from './run-log';
import { viewRunLog } from './run-log';
import { runPlan, type RunnerDeps, type RunOptions, type RunOutcome } from './runner';

export interface ProfileSink {
  load(): Promise<ProfileSet | undefined>;
  save(set: ProfileSet): Promise<void>;
}

export interface SessionDeps extends Omit<RunnerDeps, 'log' | 'tasks'> {
  log: RunLogStore;
  profiles: ProfileSink;
  tasks: readonly AnyTask[];
  validationTasks?: readonly AnyTask[];
}

export type NewRun = Omit<RunHeader, 'kind' | 'planSize' | 'startedAt'>;

export interface SessionOptions extends Pick<RunOptions, 'concurrency' | 'maxSpendUsd' | 'signal' | 'onProgress' | 'failModelAfter'> {
  /** Used when the log has no header yet; ignored on resume (the logged plan wins). */
  run: NewRun;
  maxErrorRate?: number;
}

export interface SessionResult {
  runId: string;
  resumed: boolean;
  outcome: RunOutcome;
  aggregate: AggregateResult;
  updated: string[];
  profiles?: ProfileSet;
}

export function planFromHeader(header: RunHeader, deps: Pick<SessionDeps, 'tasks' | 'validationTasks'>): PlanItem[] {
  const pick = (ids: readonly string[], pool: readonly AnyTask[]) =>
    ids.map((id) => {
      const task = pool.find((t) => t.id === id);
      if (!task) throw new Error(`task ${id} from the run log is not in this build's suite`);
      return task;
    });
  return buildPlan({
    models: header.plan.models,
    tasks: pick(header.plan.tasks, deps.tasks),
    validationTasks: pick(header.plan.validationTasks, deps.validationTasks ?? []),
    ...(header.plan.scenariosPerTask !== undefined ? { scenariosPerTask: header.plan.scenariosPerTask } : {}),
    repeats: header.plan.repeats,
    seed: header.plan.seed,
  });
}

async function openRun(deps: SessionDeps, options: SessionOptions, at: string) {
  const view = viewRunLog(await deps.log.read());
  if (view.header) {
    await deps.log.append({ kind: 'resume', at });
    return { header: view.header, view, resumed: true };
  }
  const provisional: RunHeader = { kind: 'run', ...options.run, startedAt: at, planSize: 0 };
  const header: RunHeader = { ...provisional, planSize: planFromHeader(provisional, deps).length };
  await deps.log.append(header);
  return { header, view, resumed: false };
}

export async function runSession(deps: SessionDeps, options: SessionOptions): Promise<SessionResult> {
  const now = deps.now ?? Date.now;
  const at = () => new Date(now()).toISOString();
  const { header, view, resumed } = await openRun(deps, options, at());
  const plan = planFromHeader(header, deps);
  const outcome = await runPlan(
    { ...deps, tasks: [...deps.tasks, ...(deps.validationTasks ?? [])] },
    {
      ...options,
      plan,
      done: new Set(view.scenarios.map((s) => s.key)),
      spentUsd: view.scenarios.reduce((total, s) => total + s.costUsd, 0),
    },
  );
  const final = viewRunLog(await deps.log.read());
  await finishRecords(deps.log, outcome, final, view.finishedModels, at());
  const aggregate = aggregateRun({ header, plan, scenarios: final.scenarios, measuredAt: at(), maxErrorRate: options.maxErrorRate });
  const result: SessionResult = { runId: header.runId, resumed, outcome, aggregate, updated: [] };
  if (aggregate.models.length === 0) return result;
  const merged = mergeProfiles(await deps.profiles.load(), aggregate.models, header.simulated, at());
  if (merged.updated.length > 0) {
    await deps.profiles.save(merged.set);
    return { ...result, updated: merged.updated, profiles: merged.set };
  }
  return result;
}

async function finishRecords(
  log: RunLogStore,
  outcome: RunOutcome,
  view: RunLogView,
  already: ReadonlySet<string>,
  at: string,
) {
  const counts = (model: string) => {
    const mine = view.scenarios.filter((s) => s.model === model);
    return { scenarios: mine.length, errors: mine.filter((s) => s.error).length };
  };
  const records: RunLogRecord[] = [];
  for (const model of outcome.completeModels) {
    if (!already.has(model)) records.push({ kind: 'model-finished', model, status: 'complete', ...counts(model), at });
  }
  for (const model of outcome.progress.failedModels) {
    records.push({ kind: 'model-finished', model, status: 'failed', ...counts(model), at });
  }
  records.push({ kind: 'run-finished', status: outcome.status === 'paused' ? 'running' : outcome.status, spentUsd: outcome.progress.spentUsd, at });
  for (const record of records) await log.append(record);
}
