// Scoring guards shared by all tasks: scores are finite and in 0..1, and scoring never throws.
import type { ScoreResult } from '../types';

export function clampScore(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** Runs a scorer; an unexpected exception becomes score 0 with the error in diagnostics. */
export function safeScore(scorer: () => ScoreResult): ScoreResult {
  try {
    const result = scorer();
    return { score: clampScore(result.score), diagnostics: result.diagnostics };
  } catch (error) {
    return { score: 0, diagnostics: { error: `scorer failed: ${String(error)}` } };
  }
}

/** Micro-F1 of predicted against true tags (sets). */
export function microF1(predicted: readonly string[], truth: readonly string[]): number {
  const truthSet = new Set(truth);
  const predictedSet = new Set(predicted);
  let truePositives = 0;
  for (const tag of predictedSet) if (truthSet.has(tag)) truePositives++;
  if (truePositives === 0) return 0;
  const precision = truePositives / predictedSet.size;
  const recall = truePositives / truthSet.size;
  return (2 * precision * recall) / (precision + recall);
}
