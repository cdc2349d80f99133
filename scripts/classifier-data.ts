// Shared by the classifier scripts: the labelled JSONL format, the held-out split, and metrics.
import { readFileSync } from 'node:fs';
import { AGENT_TYPES, isAgentType, type AgentType, type ChatRequest } from '../src/core/types';
import { fnv1a } from '../src/util/hash';
import { createRng } from '../benchmarks/lib/rng';

/** One labelled request (same format as the shared sample, plus optional family/agentic/split). */
export interface LabelledRow {
  id: string;
  label: AgentType;
  secondary?: AgentType | null;
  /** false marks plain chat, translation and the like (label = closest type). */
  agentic?: boolean;
  /** Template family: the split keeps families whole so near-copies never straddle it. */
  family?: string;
  difficulty?: string;
  lang?: string;
  rationale?: string;
  split?: 'train' | 'heldout';
  request: ChatRequest;
}

export const HELD_OUT_FRACTION = 0.28;

/** FNV-1a of `text` (stable split and fold assignment). */
export const hashText = fnv1a;

export function readRows(path: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    const row = JSON.parse(line) as LabelledRow;
    if (!isAgentType(row.label) || typeof row.request !== 'object') throw new Error(`${path}:${n + 1}: needs label and request`);
    rows.push(row);
  });
  return rows;
}

/** One annotator's reading of a row in a blind label audit. */
export interface Annotation {
  label: AgentType;
  secondary: AgentType | null;
  confidence: 1 | 2 | 3;
}

/** One row of a blind label audit: two annotators' readings of a row of `file` (a labelled JSONL). */
export interface LabelAudit {
  id: string;
  /** The labelled file (next to the audit file) that holds the row. */
  file: string;
  annotations: Annotation[];
}

export function readLabelAudit(path: string): LabelAudit[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LabelAudit);
}

const groupOf = (row: LabelledRow): string => (row.agentic === false ? 'non_agentic' : row.label);
export const familyOf = (row: LabelledRow): string => row.family ?? row.id;
/** Blind families (bl-*): written by an author who never saw the classifier's output; always held out. */
export const isBlind = (row: Pick<LabelledRow, 'family'>): boolean => (row.family ?? '').startsWith('bl-');

/**
 * Families held out from training: within each label (and the non-agentic group), families are
 * ranked by a hash of their name and the first HELD_OUT_FRACTION of them are held out.
 */
export function heldOutFamilies(rows: readonly LabelledRow[], fraction = HELD_OUT_FRACTION): Set<string> {
  const byGroup = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = byGroup.get(groupOf(row)) ?? new Set<string>();
    set.add(familyOf(row));
    byGroup.set(groupOf(row), set);
  }
  const held = new Set<string>();
  for (const families of byGroup.values()) {
    const ranked = [...families].sort((a, b) => hashText(`split:${a}`) - hashText(`split:${b}`));
    ranked.slice(0, Math.round(ranked.length * fraction)).forEach((f) => held.add(f));
  }
  return held;
}

/** The split of every row: the stored `split` when present, else the family hash rule. */
export function splitRows(rows: readonly LabelledRow[]): { train: LabelledRow[]; heldout: LabelledRow[] } {
  const held = heldOutFamilies(rows);
  const isHeld = (row: LabelledRow): boolean => (row.split ? row.split === 'heldout' : held.has(familyOf(row)));
  return { train: rows.filter((r) => !isHeld(r)), heldout: rows.filter(isHeld) };
}

export interface Prediction {
  label: AgentType;
  predicted: AgentType;
  confidence: number;
}

export interface Metrics {
  n: number;
  accuracy: number;
  macroF1: number;
  ece: number;
  confusion: number[][];
  f1: Record<AgentType, number>;
}

/** Expected calibration error over `bins` equal-width confidence bins. */
export function expectedCalibrationError(predictions: readonly Prediction[], bins = 10): number {
  const sums = Array.from({ length: bins }, () => ({ n: 0, conf: 0, correct: 0 }));
  for (const p of predictions) {
    const bin = sums[Math.min(bins - 1, Math.floor(p.confidence * bins))]!;
    bin.n++;
    bin.conf += p.confidence;
    bin.correct += p.label === p.predicted ? 1 : 0;
  }
  return sums.reduce((total, b) => total + (b.n === 0 ? 0 : (b.n / predictions.length) * Math.abs(b.conf / b.n - b.correct / b.n)), 0);
}

export function computeMetrics(predictions: readonly Prediction[]): Metrics {
  const index = (t: AgentType): number => AGENT_TYPES.indexOf(t);
  const confusion = AGENT_TYPES.map(() => AGENT_TYPES.map(() => 0));
  for (const p of predictions) confusion[index(p.label)]![index(p.predicted)]!++;
  const f1 = {} as Record<AgentType, number>;
  AGENT_TYPES.forEach((type, k) => {
    const tp = confusion[k]![k]!;
    const actual = confusion[k]!.reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, row) => a + row[k]!, 0);
    f1[type] = tp === 0 ? 0 : (2 * tp) / (actual + predicted);
  });
  const correct = predictions.filter((p) => p.label === p.predicted).length;
  return {
    n: predictions.length,
    accuracy: predictions.length === 0 ? 0 : correct / predictions.length,
    macroF1: AGENT_TYPES.reduce((a, t) => a + f1[t], 0) / AGENT_TYPES.length,
    ece: expectedCalibrationError(predictions),
    confusion,
    f1,
  };
}

/**
 * 95% interval of accuracy, macro-F1 and ECE by resampling whole families (rows of a family are
 * near relatives, so resampling rows would overstate the precision). Seeded, so it is repeatable.
 */
export function familyBootstrap(
  predictions: readonly (Prediction & { family: string })[],
  rounds = 1000,
): Record<'accuracy' | 'macroF1' | 'ece', [number, number]> {
  const byFamily = new Map<string, Prediction[]>();
  for (const p of predictions) {
    const rows = byFamily.get(p.family);
    if (rows) rows.push(p);
    else byFamily.set(p.family, [p]);
  }
  const families = [...byFamily.values()];
  const rng = createRng('family-bootstrap');
  const samples = { accuracy: [] as number[], macroF1: [] as number[], ece: [] as number[] };
  for (let r = 0; r < rounds && families.length > 0; r++) {
    const drawn: Prediction[] = [];
    for (let i = 0; i < families.length; i++) drawn.push(...rng.pick(families));
    const m = computeMetrics(drawn);
    samples.accuracy.push(m.accuracy);
    samples.macroF1.push(m.macroF1);
    samples.ece.push(m.ece);
  }
  const interval = (xs: number[]): [number, number] => {
    xs.sort((a, b) => a - b);
    return [xs[Math.floor(0.025 * xs.length)] ?? 0, xs[Math.min(xs.length - 1, Math.floor(0.975 * xs.length))] ?? 0];
  };
  return { accuracy: interval(samples.accuracy), macroF1: interval(samples.macroF1), ece: interval(samples.ece) };
}

export function formatConfusion(confusion: number[][]): string {
  const short = ['simple', 'model', 'goal', 'utility', 'learn'];
  const lines = [`${'label \\ predicted'.padEnd(20)}${short.map((s) => s.padStart(8)).join('')}`];
  confusion.forEach((row, k) => lines.push(`${AGENT_TYPES[k]!.padEnd(20)}${row.map((n) => String(n).padStart(8)).join('')}`));
  return lines.join('\n');
}

/** `--name value` pairs from argv. */
export function parseFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) flags.set(arg.slice(2), 'true');
    else flags.set(arg.slice(2), argv[++i]!);
  }
  return flags;
}
