// Flags of `agent-router bench`. Parsed by node:util parseArgs, validated here so main() only
// sees well-formed options.
import { parseArgs } from 'node:util';
import { AGENT_TYPES, isAgentType, type AgentType } from '../core/types';

export const BENCH_USAGE = `usage: agent-router bench [options]
  --provider NAME[,NAME]  providers to bench (sim = the simulated models, offline)
  --models ID[,ID]        catalog model ids (default: every model of the providers)
  --tasks ID[,ID]         task ids (default: the whole suite)
  --types TYPE[,TYPE]     agent types (${AGENT_TYPES.join(', ')})
  --scenarios N           scenarios per task (default: each task's default)
  --seed N                base seed (default 1)
  --repeats N             repeats per scenario (default 1)
  --concurrency N         scenarios in flight (default 4; 16 for sim)
  --rpm N                 requests per minute per provider (default unlimited)
  --max-spend USD         stop starting scenarios once this much is spent
  --validation            also run the held-out validation tasks
  --resume RUN_LOG        continue a run log where it stopped
  --log FILE              run log path (default bench-runs/<run id>.jsonl)
  --out DIR               profile directory (default profiles/sim for sim, else profiles)
  --config FILE           gateway config (providers, extra models)
  --task-module PATH      load tasks from a module exporting { tasks, validationTasks } (tests)`;

export interface BenchArgs {
  providers: string[];
  models?: string[];
  tasks?: string[];
  types?: AgentType[];
  scenarios?: number;
  seed: number;
  repeats: number;
  concurrency?: number;
  rpm?: number;
  maxSpendUsd?: number;
  validation: boolean;
  resume?: string;
  log?: string;
  out?: string;
  config?: string;
  taskModule?: string;
}

const list = (value: string | undefined) => value?.split(',').map((s) => s.trim()).filter(Boolean);

function positive(name: string, value: string | undefined, integer = true): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new Error(`--${name} must be a positive ${integer ? 'integer' : 'number'}, got "${value}"`);
  }
  return number;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const stringFlags = ['provider', 'models', 'tasks', 'types', 'scenarios', 'seed', 'repeats', 'concurrency', 'rpm', 'max-spend', 'resume', 'log', 'out', 'config', 'task-module'];
  const options: Record<string, { type: 'string' | 'boolean' }> = { validation: { type: 'boolean' }, help: { type: 'boolean' } };
  for (const name of stringFlags) options[name] = { type: 'string' };
  const values = parseArgs({ args: [...argv], strict: true, options }).values as Record<string, string | boolean | undefined>;
  const text = (name: string) => values[name] as string | undefined;
  if (values.help) throw new Error(BENCH_USAGE);
  const types = list(text('types'));
  const badType = types?.find((t) => !isAgentType(t));
  if (badType) throw new Error(`--types: unknown agent type "${badType}"`);
  const seed = text('seed') === undefined ? 1 : Number(text('seed'));
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return {
    providers: list(text('provider')) ?? [],
    models: list(text('models')),
    tasks: list(text('tasks')),
    types: types as AgentType[] | undefined,
    scenarios: positive('scenarios', text('scenarios')),
    seed,
    repeats: positive('repeats', text('repeats')) ?? 1,
    concurrency: positive('concurrency', text('concurrency')),
    rpm: positive('rpm', text('rpm')),
    maxSpendUsd: positive('max-spend', text('max-spend'), false),
    validation: values.validation === true,
    resume: text('resume'),
    log: text('log'),
    out: text('out'),
    config: text('config'),
    taskModule: text('task-module'),
  };
}
