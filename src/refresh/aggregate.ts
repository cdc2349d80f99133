// Profiles from a run log. Per model and type: the mean of task means with a seeded bootstrap
// 95% interval over scenarios, call latency p50/p95 and time to first token, cost and tokens per
// task, error rate, and provenance. Only models whose plan finished cleanly get a profile.
import { fnv1a as hashString } from '../util/hash';
import { bootstrapInterval, mean, quantileSorted } from '../../benchmarks/lib/stats';
import type { TypeProfile } from '../core/profiles/schema';
import { AGENT_TYPES, type AgentType } from '../core/types';
import type { PlanItem } from './plan';
import type { RunHeader, ScenarioRecord } from './run-log';

export interface MeasuredModel {
  model: string;
  simulated: boolean;
  /** Only the types this run measured. */
  types: Partial<Record<AgentType, TypeProfile>>;
}

export interface AggregateInput {
  header: RunHeader;
  plan: readonly PlanItem[];
  scenarios: readonly ScenarioRecord[];
  measuredAt: string;
  /** A model whose scenarios failed more often than this gets no profile (default 0.25). */
  maxErrorRate?: number;
}

export interface AggregateResult {
  models: MeasuredModel[];
  skipped: Array<{ model: string; reason: string }>;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const orZero = (value: number | null) => value ?? 0;
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

function byTask(records: readonly ScenarioRecord[]): ScenarioRecord[][] {
  const groups = new Map<string, ScenarioRecord[]>();
  for (const record of records) groups.set(record.taskId, [...(groups.get(record.taskId) ?? []), record]);
  return [...groups.values()];
}

/** Mean of task means, and a bootstrap over scenarios reweighted so its mean is that figure. */
export function typeScore(records: readonly ScenarioRecord[], seed: number): TypeProfile['score'] {
  const tasks = byTask(records.filter((r) => r.score !== null));
  const scored = tasks.flat();
  if (scored.length === 0) return { mean: 0, lo: 0, hi: 0, n: 0 };
  const weighted = tasks.flatMap((group) =>
    group.map((r) => ((r.score ?? 0) * scored.length) / (tasks.length * group.length)),
  );
  const interval = bootstrapInterval(weighted, { seed, resamples: 2000 });
  const center = clamp01(orZero(mean(tasks.map((group) => orZero(mean(group.map((r) => r.score ?? 0)))))));
  const lo = Math.min(center, clamp01(interval?.lo ?? center));
  const hi = Math.max(center, clamp01(interval?.hi ?? center));
  return { mean: center, lo, hi, n: scored.length };
}

function latency(records: readonly ScenarioRecord[]): TypeProfile['latency'] {
  const calls = records.flatMap((r) => r.calls).filter((c) => !c.error);
  const latencies = calls.map((c) => c.latencyMs).sort((a, b) => a - b);
  const ttfts = calls.map((c) => c.ttftMs).sort((a, b) => a - b);
  const rates = calls
    .filter((c) => c.latencyMs > c.ttftMs && c.usage.outputTokens > 0)
    .map((c) => (c.usage.outputTokens * 1000) / (c.latencyMs - c.ttftMs))
    .sort((a, b) => a - b);
  const q = (sorted: number[], p: number) => (sorted.length ? quantileSorted(sorted, p) : 0);
  return { p50Ms: q(latencies, 0.5), p95Ms: q(latencies, 0.95), ttftMs: q(ttfts, 0.5), outputTokensPerSecond: Math.max(q(rates, 0.5), 1e-6) };
}

function cost(records: readonly ScenarioRecord[]): TypeProfile['cost'] {
  const calls = records.flatMap((r) => r.calls).filter((c) => !c.error);
  const perCall = (pick: (u: (typeof calls)[number]['usage']) => number) =>
    calls.length ? sum(calls.map((c) => pick(c.usage))) / calls.length : 0;
  const tasks = byTask(records);
  return {
    usdPerTask: orZero(mean(tasks.map((group) => orZero(mean(group.map((r) => r.costUsd)))))),
    callsPerTask: orZero(mean(tasks.map((group) => orZero(mean(group.map((r) => r.calls.length)))))),
    inputTokensPerCall: perCall((u) => u.inputTokens),
    outputTokensPerCall: perCall((u) => u.outputTokens),
    reasoningTokensPerCall: perCall((u) => u.reasoningTokens),
    cachedInputTokensPerCall: perCall((u) => u.cachedInputTokens),
  };
}

export function typeProfile(records: readonly ScenarioRecord[], input: AggregateInput, seed: number): TypeProfile {
  return {
    score: typeScore(records, seed),
    cost: cost(records),
    latency: latency(records),
    errorRate: records.length ? records.filter((r) => r.error).length / records.length : 0,
    provenance: {
      source: 'measured',
      suiteVersion: input.header.suiteVersion,
      priceSnapshot: input.header.priceSnapshot,
      measuredAt: input.measuredAt,
      runId: input.header.runId,
    },
  };
}

export function aggregateRun(input: AggregateInput): AggregateResult {
  const result: AggregateResult = { models: [], skipped: [] };
  const recorded = new Set(input.scenarios.map((r) => r.key));
  for (const model of input.header.plan.models) {
    const planned = input.plan.filter((item) => item.model === model && !item.validation);
    const records = input.scenarios.filter((r) => r.model === model && !r.validation);
    const missing = planned.filter((item) => !recorded.has(item.key)).length;
    const errorRate = records.length ? records.filter((r) => r.error).length / records.length : 1;
    if (missing > 0) result.skipped.push({ model, reason: `${missing} of ${planned.length} scenarios not run` });
    else if (errorRate > (input.maxErrorRate ?? 0.25)) {
      result.skipped.push({ model, reason: `error rate ${(errorRate * 100).toFixed(0)}%` });
    } else {
      const types: MeasuredModel['types'] = {};
      for (const type of AGENT_TYPES) {
        const ofType = records.filter((r) => r.type === type);
        const seed = hashString(`${input.header.plan.seed}|${model}|${type}`);
        if (ofType.length > 0) types[type] = typeProfile(ofType, input, seed);
      }
      result.models.push({ model, simulated: input.header.simulated, types });
    }
  }
  return result;
}
