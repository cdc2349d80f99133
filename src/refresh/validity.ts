// Predictive validity of the suite: per agent type, how well the type score ranks models the
// same way as the held-out validation task(s) of that type (Spearman over models).
import { mean, spearman } from '../../benchmarks/lib/stats';
import { AGENT_TYPES, type AgentType } from '../core/types';
import type { ScenarioRecord } from './run-log';

export interface ValidityRow {
  type: AgentType;
  models: number;
  /** Null when undefined (fewer than two models, or a constant series). */
  spearman: number | null;
  scores: Array<{ model: string; typeScore: number; validationScore: number }>;
}

function meanOfTaskMeans(records: readonly ScenarioRecord[]): number | null {
  const byTask = new Map<string, number[]>();
  for (const r of records) if (r.score !== null) byTask.set(r.taskId, [...(byTask.get(r.taskId) ?? []), r.score]);
  return mean([...byTask.values()].map((scores) => mean(scores) ?? 0));
}

export function validityReport(scenarios: readonly ScenarioRecord[]): ValidityRow[] {
  const models = [...new Set(scenarios.map((s) => s.model))].sort();
  return AGENT_TYPES.map((type) => {
    const scores = models.flatMap((model) => {
      const mine = scenarios.filter((s) => s.model === model && s.type === type);
      const typeScore = meanOfTaskMeans(mine.filter((s) => !s.validation));
      const validationScore = meanOfTaskMeans(mine.filter((s) => s.validation));
      return typeScore === null || validationScore === null ? [] : [{ model, typeScore, validationScore }];
    });
    const rho = spearman(scores.map((s) => s.typeScore), scores.map((s) => s.validationScore));
    return { type, models: scores.length, spearman: rho, scores };
  });
}

export function formatValidity(rows: readonly ValidityRow[]): string {
  const lines = ['type                 models  spearman  (type score / validation score per model)'];
  for (const row of rows) {
    const rho = row.spearman === null ? 'n/a' : row.spearman.toFixed(3);
    const detail = row.scores.map((s) => `${s.model} ${s.typeScore.toFixed(2)}/${s.validationScore.toFixed(2)}`).join('  ');
    lines.push(`${row.type.padEnd(20)} ${String(row.models).padStart(6)}  ${rho.padStart(8)}  ${detail}`);
  }
  return lines.join('\n');
}
