// Reads the two public leaderboard tables and maps their figures to per-type prior scores.
// The mapping (which column informs which agent type, and the affine rescale) is in docs/priors.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation } from './prior-types';
import { TIER_SCORES } from './prior-assumptions';
import type { AgentType } from '../src/core/types';

export const HELM = { file: 'helm-core-2025-08.csv', name: 'HELM Core Scenarios leaderboard (top 10)', date: '2025-08' };
export const ASTA = { file: 'astabench-overall-2025.csv', name: 'AstaBench overall results (Allen Institute for AI)', date: '2025' };

/** Which columns inform which type. */
export const HELM_COLUMNS: Readonly<Record<AgentType, readonly string[]>> = {
  simple_reflex: ['ifeval_strict'],
  model_based_reflex: ['wildbench_score'],
  goal_based: ['omni_math_acc', 'gpqa_cot'],
  utility_based: ['omni_math_acc', 'mmlu_pro_cot'],
  learning: ['mean'],
};
export const ASTA_COLUMNS: Readonly<Record<AgentType, readonly string[]>> = {
  simple_reflex: [],
  model_based_reflex: ['data_analysis_score'],
  goal_based: ['code_execution_score', 'end_to_end_discovery_score'],
  utility_based: ['data_analysis_score'],
  learning: ['literature_understanding_score'],
};
/** AstaBench figures are anchored at this model (frontier tier, present in both tables). */
export const ASTA_ANCHOR_MODEL = 'gpt-5';

export type Row = Record<string, string>;

export function parseCsv(text: string): Row[] {
  const lines = text.trim().split(/\r?\n/);
  const split = (line: string) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1] ?? '');
  const header = split(lines[0] ?? '');
  return lines.slice(1).map((line) => {
    const cells = split(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

export interface Figure {
  value: number;
  citation: Citation;
}

export class LeaderboardFigures {
  private readonly helm: Row[];
  private readonly asta: Row[];
  private readonly helmMeans: Record<string, number> = {};

  constructor(dir: string) {
    this.helm = parseCsv(readFileSync(join(dir, HELM.file), 'utf8'));
    this.asta = parseCsv(readFileSync(join(dir, ASTA.file), 'utf8'));
    for (const column of new Set(Object.values(HELM_COLUMNS).flat())) {
      this.helmMeans[column] = this.helm.reduce((s, r) => s + Number(r[column]), 0) / this.helm.length;
    }
  }

  /** HELM figures for a row, rescaled: frontier tier + (figure - column mean over the top 10). */
  helmFigures(model: string, type: AgentType, label: string): Figure[] {
    const row = this.helm.find((r) => r.model === model);
    if (!row) throw new Error(`HELM has no row '${model}'`);
    return HELM_COLUMNS[type].map((column) => {
      const raw = Number(row[column]);
      const ref = this.helmMeans[column]!;
      return {
        value: TIER_SCORES.frontier[type] + raw - ref,
        citation: { name: HELM.name, date: HELM.date, detail: `${label}'${model}' ${column}=${raw} (top-10 mean ${ref.toFixed(3)})` },
      };
    });
  }

  /** Best agent's figure for a model in an AstaBench column (the router's client is the agent). */
  private astaBest(model: string, column: string): { value: number; agent: string } {
    const rows = this.asta.filter((r) => r.model === model);
    if (rows.length === 0) throw new Error(`AstaBench has no model '${model}'`);
    const best = rows.reduce((a, b) => (Number(b[column]) > Number(a[column]) ? b : a));
    return { value: Number(best[column]), agent: best.agent ?? '' };
  }

  /** AstaBench figures, rescaled: frontier tier + (figure - anchor's figure) / 100. */
  astaFigures(model: string, type: AgentType): Figure[] {
    return ASTA_COLUMNS[type].map((column) => {
      const own = this.astaBest(model, column);
      const anchor = this.astaBest(ASTA_ANCHOR_MODEL, column);
      return {
        value: TIER_SCORES.frontier[type] + (own.value - anchor.value) / 100,
        citation: {
          name: ASTA.name,
          date: ASTA.date,
          detail: `${own.agent} + ${model} ${column}=${own.value}% (anchor ${ASTA_ANCHOR_MODEL} ${anchor.value}%)`,
        },
      };
    });
  }
}
