// Per-weight L2 strength for training. Hashed words memorise vocabulary, and raw size counts
// (words, lines, lengths) mostly identify a template, so both are held closer to the prior; the
// conversation-rhythm and outcome features describe the agent loop itself and are let loose.
// Hash buckets that mark a type across families are then eased for that type (classWordScales).
import { AGENT_TYPES } from '../src/core/types';
import { DENSE_FEATURES, FEATURE_COUNT, INPUT_COUNT } from '../src/core/classify';
import { HASH_OFFSET } from '../src/core/classify/features';
import type { Example } from './logistic-regression';

export const HASH_L2_SCALE = Number(process.env.HASH_L2_SCALE ?? 30);
const SIZE_L2_SCALE = Number(process.env.SIZE_L2_SCALE ?? 30);
const RHYTHM_L2_SCALE = Number(process.env.RHYTHM_L2_SCALE ?? 0.3);
// The per-shape copies of the dense features (REQUEST_SHAPES) are corrections to the shared
// weights, held as tightly as the shared ones: 1 had a lower selection loss than 3 and 10 once
// ambiguous rows trained on their main label (bench/RESULTS.md, fifteenth round).
const SHAPE_L2_SCALE = Number(process.env.SHAPE_L2_SCALE ?? 1);

const SIZE = /^(words|numbers|lines|turns|user_turns|assistant_turns|system_length|last_user_length|history_length)(@|$)/;
const RHYTHM = /^(step_|trial_|reply_|lead_|repeated_result_lead|graded_decisions|trial_lines|reading_lines|feedback|hidden)/;

/** L2 multiplier of model input `f` (dense features, hash buckets, then the per-shape blocks). */
export function penaltyScales(): Float64Array {
  const scales = new Float64Array(INPUT_COUNT);
  for (let f = 0; f < INPUT_COUNT; f++) {
    if (f >= FEATURE_COUNT) scales[f] = SHAPE_L2_SCALE;
    else if (f >= HASH_OFFSET) scales[f] = HASH_L2_SCALE;
    else if (SIZE.test(DENSE_FEATURES[f]!)) scales[f] = SIZE_L2_SCALE;
    else if (RHYTHM.test(DENSE_FEATURES[f]!)) scales[f] = RHYTHM_L2_SCALE;
    else scales[f] = 1;
  }
  return scales;
}

// How much a hash bucket that marks one type across many families is let loose for that type
// (classWordScales); 64 had the lowest selection loss of 1, 4, 16, 64, 256 (bench/RESULTS.md,
// eleventh round). 0 turns it off.
const CLASS_WORD_BETA = Number(process.env.CLASS_WORD_BETA ?? 64);

/** L2 multiplier of every weight (class-major, the abstain row last), for a fit on `examples`. */
export function weightPenaltyScales(examples: readonly Example[]): Float64Array {
  const perInput = penaltyScales();
  const rows = AGENT_TYPES.length + 1;
  const out = new Float64Array(rows * INPUT_COUNT);
  for (let k = 0; k < rows; k++) out.set(perInput, k * INPUT_COUNT);
  if (CLASS_WORD_BETA > 0) classWordScales(examples, out, CLASS_WORD_BETA);
  return out;
}

/**
 * A hash bucket is held less tightly for a type whose families it marks: with r the log ratio of
 * the share of that type's families holding the bucket to the share of the other types' families
 * holding it (add-one smoothed), its multiplier for that type is divided by 1 + beta * r^2. So a
 * bucket many families of one type hold (or avoid) may carry weight for it, while one spread evenly
 * over the types stays held. A bucket only a few families hold is eased too, less than a type-wide
 * marker (its ratio is large but smaller); beta was chosen by the selection loss, not by this
 * reading. Families, not rows, are counted, because a family repeats its words across variants.
 * Counted on the rows of this fit only: cross-validation never sees the labels of the rows it
 * scores. The abstain row keeps its multiplier.
 */
export function classWordScales(examples: readonly Example[], out: Float64Array, beta: number): void {
  const types = AGENT_TYPES.length;
  const seen = new Map<number, { label: number; buckets: Set<number> }>();
  for (const e of examples) {
    if (!e.agentic) continue;
    const family = seen.get(e.family) ?? { label: e.label, buckets: new Set<number>() };
    for (const f of e.index) if (f >= HASH_OFFSET && f < FEATURE_COUNT) family.buckets.add(f);
    seen.set(e.family, family);
  }
  const families = new Float64Array(types);
  const holding = new Float64Array(types * FEATURE_COUNT);
  for (const { label, buckets } of seen.values()) {
    families[label]!++;
    for (const f of buckets) holding[label * FEATURE_COUNT + f]!++;
  }
  const total = families.reduce((a, b) => a + b, 0);
  for (let f = HASH_OFFSET; f < FEATURE_COUNT; f++) {
    let all = 0;
    for (let k = 0; k < types; k++) all += holding[k * FEATURE_COUNT + f]!;
    for (let k = 0; k < types; k++) {
      const mine = holding[k * FEATURE_COUNT + f]!;
      const r = Math.log((mine + 1) / (families[k]! + 2)) - Math.log((all - mine + 1) / (total - families[k]! + 2));
      out[k * INPUT_COUNT + f]! /= 1 + beta * r * r;
    }
  }
}
