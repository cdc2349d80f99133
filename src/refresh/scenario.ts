// Plays one plan item: generates the scenario, drives the task through callModel under the
// provider's limiter, records every call (latency, tokens, cost, retries, errors) and scores
// it. Failures become part of the record; they never escape.
import type { AnyTask, ChatFn, TaskRequest } from '../../benchmarks/types';
import type { ModelEntry } from '../core/catalog/types';
import type { ChatRequest } from '../core/types';
import { ProviderError, type SimOracle } from '../providers/types';
import type { CallModel } from './call-model';
import type { ProviderLimiter } from './limiter';
import type { PlanItem } from './plan';
import { callCostUsd } from './pricing';
import type { CallRecord, ScenarioRecord } from './run-log';

export interface ScenarioDeps {
  callModel: CallModel;
  entry: ModelEntry;
  task: AnyTask;
  limiter: ProviderLimiter;
  /** Fires when the run stops: an interrupted scenario is dropped, not recorded. */
  signal: AbortSignal;
  /** Called after every call with its cost; returning false stops the scenario (budget). */
  onCost(usd: number): boolean;
  now(): Date;
}

export class ScenarioInterrupted extends Error {}

export function errorInfo(error: unknown): { kind: string; message: string; status?: number } {
  if (error instanceof ProviderError) {
    return { kind: error.kind, message: error.message, ...(error.status !== undefined ? { status: error.status } : {}) };
  }
  return { kind: 'task-error', message: error instanceof Error ? error.message : String(error) };
}

function oracleFor(task: AnyTask, scenario: unknown, item: PlanItem): SimOracle {
  const asTask = (request: ChatRequest): TaskRequest => request;
  return {
    agentType: item.type,
    scenarioIndex: item.scenarioIndex,
    optimal: (request) => task.respond(scenario, asTask(request), 'optimal'),
    wrong: (request) => task.respond(scenario, asTask(request), 'wrong'),
  };
}

function chatFor(deps: ScenarioDeps, calls: CallRecord[], oracle: SimOracle | undefined): ChatFn {
  const zero = { inputTokens: 0, outputTokens: 0, reasoningTokens: 0, cachedInputTokens: 0, cacheWriteTokens: 0 };
  return async (request) => {
    if (deps.signal.aborted) throw new ScenarioInterrupted('run stopped');
    const attempt = await deps.limiter.run(
      () => deps.callModel(deps.entry.id, request, { signal: deps.signal, ...(oracle ? { oracle } : {}) }),
      deps.signal,
    );
    if (deps.signal.aborted) throw new ScenarioInterrupted('run stopped');
    if (!attempt.ok) {
      calls.push({ latencyMs: 0, ttftMs: 0, usage: zero, costUsd: 0, retries: attempt.retries, error: errorInfo(attempt.error) });
      throw attempt.error;
    }
    const { value } = attempt;
    const costUsd = callCostUsd(value.usage, deps.entry.prices);
    calls.push({ latencyMs: value.latencyMs, ttftMs: value.ttftMs, usage: value.usage, costUsd, retries: attempt.retries });
    if (!deps.onCost(costUsd)) throw new ScenarioInterrupted('budget reached');
    return { message: value.message, usage: value.usage };
  };
}

/** The record for `item`, or undefined when the run stopped while it was in flight. */
export async function playScenario(item: PlanItem, deps: ScenarioDeps): Promise<ScenarioRecord | undefined> {
  const calls: CallRecord[] = [];
  let score: number | null = null;
  let diagnostics: Record<string, unknown> = {};
  let error: ScenarioRecord['error'];
  try {
    const scenario = deps.task.generate(item.seed, item.difficulty);
    const oracle = deps.entry.simulated ? oracleFor(deps.task, scenario, item) : undefined;
    const transcript = await deps.task.run(scenario, chatFor(deps, calls, oracle));
    const result = deps.task.score(scenario, transcript);
    score = Math.min(1, Math.max(0, result.score));
    diagnostics = { ...result.diagnostics, calls: transcript.calls, ...(transcript.ended ? { ended: transcript.ended } : {}) };
  } catch (caught) {
    if (caught instanceof ScenarioInterrupted || deps.signal.aborted) return undefined;
    error = errorInfo(caught);
  }
  const { key, ordinal, model, taskId, type, validation, seed, difficulty, repeat, scenarioIndex } = item;
  return {
    kind: 'scenario', key, ordinal, model, taskId, type, validation, seed, difficulty, repeat, scenarioIndex,
    score, diagnostics, calls,
    costUsd: calls.reduce((sum, call) => sum + call.costUsd, 0),
    ...(error ? { error } : {}),
    finishedAt: deps.now().toISOString(),
  };
}
