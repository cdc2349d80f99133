// The append-only run log: one JSON record per line. A run header, one record per finished
// scenario (with every call), and model/run completion markers. Records are validated when
// read back; a torn or invalid line (a crash mid-write) is skipped, never fatal.
import { z } from 'zod';
import { AGENT_TYPES } from '../core/types';

const usageSchema = z.object({
  inputTokens: z.number().nonnegative(),
  outputTokens: z.number().nonnegative(),
  reasoningTokens: z.number().nonnegative(),
  cachedInputTokens: z.number().nonnegative(),
  cacheWriteTokens: z.number().nonnegative(),
});

const errorInfoSchema = z.object({
  kind: z.string(),
  message: z.string(),
  status: z.number().optional(),
});

export const callRecordSchema = z.object({
  latencyMs: z.number().nonnegative(),
  ttftMs: z.number().nonnegative(),
  usage: usageSchema,
  costUsd: z.number().nonnegative(),
  retries: z.number().int().nonnegative(),
  error: errorInfoSchema.optional(),
});

export const runHeaderSchema = z.object({
  kind: z.literal('run'),
  runId: z.string(),
  startedAt: z.string(),
  suiteVersion: z.string(),
  priceSnapshot: z.string(),
  simulated: z.boolean(),
  plan: z.object({
    models: z.array(z.string()),
    tasks: z.array(z.string()),
    validationTasks: z.array(z.string()),
    scenariosPerTask: z.number().int().positive().optional(),
    repeats: z.number().int().positive(),
    seed: z.number().int(),
  }),
  planSize: z.number().int().nonnegative(),
});

export const scenarioRecordSchema = z.object({
  kind: z.literal('scenario'),
  key: z.string(),
  ordinal: z.number().int().nonnegative(),
  model: z.string(),
  taskId: z.string(),
  type: z.enum(AGENT_TYPES),
  validation: z.boolean(),
  seed: z.number(),
  difficulty: z.string(),
  repeat: z.number().int().nonnegative(),
  scenarioIndex: z.number().int().nonnegative(),
  /** Null when the scenario could not be played (a call failed after retries). */
  score: z.number().min(0).max(1).nullable(),
  diagnostics: z.record(z.string(), z.unknown()),
  calls: z.array(callRecordSchema),
  costUsd: z.number().nonnegative(),
  error: errorInfoSchema.optional(),
  finishedAt: z.string(),
});

export const modelFinishedSchema = z.object({
  kind: z.literal('model-finished'),
  model: z.string(),
  status: z.enum(['complete', 'failed']),
  scenarios: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  at: z.string(),
});

export const runEventSchema = z.object({
  kind: z.enum(['resume', 'run-finished']),
  status: z.enum(['running', 'complete', 'budget', 'aborted']).optional(),
  spentUsd: z.number().nonnegative().optional(),
  at: z.string(),
});

export const runLogRecordSchema = z.discriminatedUnion('kind', [
  runHeaderSchema,
  scenarioRecordSchema,
  modelFinishedSchema,
  runEventSchema,
]);

export type CallRecord = z.infer<typeof callRecordSchema>;
export type RunHeader = z.infer<typeof runHeaderSchema>;
export type ScenarioRecord = z.infer<typeof scenarioRecordSchema>;
export type ModelFinishedRecord = z.infer<typeof modelFinishedSchema>;
export type RunLogRecord = z.infer<typeof runLogRecordSchema>;

/** Where run logs live: a JSONL file on Node, memory in tests, KV chunks on Workers. */
export interface RunLogStore {
  append(record: RunLogRecord): Promise<void>;
  read(): Promise<RunLogRecord[]>;
}

export function serializeRecord(record: RunLogRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** Parses JSONL, skipping torn or invalid lines (reported in `skipped`). */
export function parseRunLog(text: string): { records: RunLogRecord[]; skipped: number } {
  const records: RunLogRecord[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = runLogRecordSchema.safeParse(JSON.parse(line));
      if (parsed.success) records.push(parsed.data);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { records, skipped };
}

export function createMemoryRunLog(initial: RunLogRecord[] = []): RunLogStore & { records: RunLogRecord[] } {
  const records = [...initial];
  return {
    records,
    append: async (record) => {
      records.push(structuredClone(record));
    },
    read: async () => structuredClone(records),
  };
}

export interface RunLogView {
  header: RunHeader | undefined;
  /** First record per key wins: a key is never counted twice. */
  scenarios: ScenarioRecord[];
  finishedModels: Set<string>;
}

export function viewRunLog(records: readonly RunLogRecord[]): RunLogView {
  let header: RunHeader | undefined;
  const byKey = new Map<string, ScenarioRecord>();
  const finishedModels = new Set<string>();
  for (const record of records) {
    if (record.kind === 'run' && !header) header = record;
    else if (record.kind === 'scenario' && !byKey.has(record.key)) byKey.set(record.key, record);
    else if (record.kind === 'model-finished') finishedModels.add(record.model);
  }
  const scenarios = [...byKey.values()].sort((a, b) => a.ordinal - b.ordinal);
  return { header, scenarios, finishedModels };
}
