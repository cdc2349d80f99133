// Per-feature L2 strength for training. Hashed words memorise vocabulary, and raw size counts
// (words, lines, lengths) mostly identify a template, so both are held closer to the prior; the
// conversation-rhythm and outcome features describe the agent loop itself and are let loose.
import { DENSE_FEATURES, FEATURE_COUNT, INPUT_COUNT } from '../src/core/classify';
import { HASH_OFFSET } from '../src/core/classify/features';

export const HASH_L2_SCALE = Number(process.env.HASH_L2_SCALE ?? 30);
const SIZE_L2_SCALE = Number(process.env.SIZE_L2_SCALE ?? 30);
const RHYTHM_L2_SCALE = Number(process.env.RHYTHM_L2_SCALE ?? 0.3);
// The per-shape copies of the dense features (REQUEST_SHAPES) are corrections to the shared
// weights, held to zero a little harder than the shared ones.
const SHAPE_L2_SCALE = Number(process.env.SHAPE_L2_SCALE ?? 3);

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
