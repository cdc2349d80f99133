// `agent-router bench` / `npm run bench -- ...`: runs the task suite against models through the
// gateway's adapters, logging every scenario to an append-only JSONL run log, and writes
// profiles for models whose run finished cleanly. Ctrl-C stops cleanly; --resume continues.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { suiteVersion } from '../../benchmarks/index';
import { LimiterSet } from '../refresh/limiter';
import { fileProfileSink } from '../refresh/profile-file';
import { formatProfileSummary } from './bench-summary';
import { createFileRunLog } from '../refresh/run-log-file';
import { viewRunLog } from '../refresh/run-log';
import { runSession, type SessionResult } from '../refresh/session';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './bench-args';
import { createProgressRenderer } from './bench-progress';
import { benchSetup, selectTasks } from './bench-setup';

const EXIT = { ok: 0, failed: 1, usage: 2, budget: 3, interrupted: 130 } as const;

function newRunId(): string {
  return `run-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}-${randomBytes(3).toString('hex')}`;
}

function report(result: SessionResult, profilePath: string): void {
  const { outcome, aggregate, updated } = result;
  const p = outcome.progress;
  console.log(`run ${result.runId}: ${outcome.status}; ${p.done}/${p.total} scenarios, ${p.errors} errors, $${p.spentUsd.toFixed(4)}`);
  if (updated.length) console.log(`profiles written to ${profilePath} for ${updated.join(', ')}`);
  if (result.profiles && updated.length) for (const line of formatProfileSummary(result.profiles, updated)) console.log(line);
  for (const skip of aggregate.skipped) console.log(`no profile for ${skip.model}: ${skip.reason}`);
}

/** A resumed run keeps its own provider kind: a simulated log resumes against sim models. */
async function withResumedProviders(args: BenchArgs): Promise<BenchArgs> {
  if (!args.resume || args.providers.length > 0) return args;
  const header = viewRunLog(await createFileRunLog(args.resume).read()).header;
  if (!header) throw new Error(`${args.resume} has no run header to resume`);
  return header.simulated ? { ...args, providers: ['sim'] } : args;
}

async function run(input: BenchArgs): Promise<number> {
  const args = await withResumedProviders(input);
  const setup = await benchSetup(args);
  const tasks = selectTasks(setup.tasks, args);
  const validationTasks = args.validation ? selectTasks(setup.validationTasks, { types: args.types }) : [];
  if (!args.resume && tasks.length === 0) throw new Error('no tasks selected (the suite may not be registered yet)');
  const runId = newRunId();
  const logPath = args.resume ?? args.log ?? join('bench-runs', `${runId}.jsonl`);
  const stop = new AbortController();
  const onSignal = () => (stop.signal.aborted ? process.exit(EXIT.interrupted) : stop.abort());
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = createProgressRenderer(process.stderr);
  console.log(`bench: ${setup.models.length} models x ${tasks.length} tasks; run log ${logPath}`);
  try {
    const result = await runSession(
      {
        callModel: setup.callModel, catalog: setup.catalog, tasks: setup.tasks, validationTasks: setup.validationTasks,
        log: createFileRunLog(logPath),
        profiles: fileProfileSink(setup.profilePath, setup.simulated),
        limiters: new LimiterSet({ concurrency: setup.simulated ? 64 : 4, ...(args.rpm ? { requestsPerMinute: args.rpm } : {}) }),
      },
      {
        concurrency: args.concurrency ?? (setup.simulated ? 16 : 4),
        ...(args.maxSpendUsd !== undefined ? { maxSpendUsd: args.maxSpendUsd } : {}),
        signal: stop.signal,
        onProgress: (p) => progress.update(p),
        run: {
          runId, suiteVersion: suiteVersion(tasks), priceSnapshot: setup.priceSnapshot, simulated: setup.simulated,
          plan: {
            models: setup.models, tasks: tasks.map((t) => t.id), validationTasks: validationTasks.map((t) => t.id),
            ...(args.scenarios !== undefined ? { scenariosPerTask: args.scenarios } : {}),
            repeats: args.repeats, seed: args.seed,
          },
        },
      },
    );
    progress.done();
    report(result, setup.profilePath);
    if (result.outcome.status === 'aborted') return EXIT.interrupted;
    return result.outcome.status === 'budget' ? EXIT.budget : EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    console.error((error as Error).message === BENCH_USAGE ? BENCH_USAGE : `${(error as Error).message}\n\n${BENCH_USAGE}`);
    return EXIT.usage;
  }
  try {
    return await run(args);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    return EXIT.failed;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
