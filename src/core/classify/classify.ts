// classify(request) -> posterior over the five agent types, with the evidence that drove it.
// Pure and synchronous: features from the request alone, then a small linear model.
import { AGENT_TYPES, type Classification, type ChatRequest, type Posterior } from '../types';
import { FEATURE_COUNT, FeatureBuffer, HASH_OFFSET, extractFeatures } from './features';
import { CLASS_COUNT, logits, posterior as toPosterior, topSignals, type ClassifierModel } from './model';
import { defaultModel } from './default-model';
import type { ScanCache } from './scan-replay';

const SIGNAL_LIMIT = 6;
// One scratch buffer per isolate: classify is synchronous, so calls never interleave.
const buffer = new FeatureBuffer();
const scores = new Float64Array(CLASS_COUNT + 1); // + the abstain row

function uniform(signal: string): Classification {
  const p = 1 / CLASS_COUNT;
  const posterior = Object.fromEntries(AGENT_TYPES.map((type) => [type, p])) as Posterior;
  return { type: AGENT_TYPES[0], confidence: p, posterior, signals: [signal], source: 'model' };
}

/** `replays` (optional) lets text seen in earlier requests skip the scan; the result is the same. */
export function classify(request: ChatRequest, model: ClassifierModel = defaultModel(), replays?: ScanCache): Classification {
  try {
    extractFeatures(request, buffer, replays);
    logits(model, buffer, scores);
    toPosterior(scores, model.temperature);
  } catch {
    // A request that passed edge validation should never get here; degrade, don't fail the call.
    return uniform('unreadable-request');
  }
  let best = 0;
  for (let k = 1; k < CLASS_COUNT; k++) if (scores[k]! > scores[best]!) best = k;
  const posterior = {
    simple_reflex: scores[0]!,
    model_based_reflex: scores[1]!,
    goal_based: scores[2]!,
    utility_based: scores[3]!,
    learning: scores[4]!,
  };
  return {
    type: AGENT_TYPES[best]!,
    confidence: scores[best]!,
    posterior,
    signals: topSignals(model, buffer, best, SIGNAL_LIMIT),
    source: 'model',
  };
}

/** The model's inputs for `request` as a sparse vector, INPUT_COUNT wide (training and diagnostics; allocates). */
export function sparseFeatures(request: ChatRequest): { index: number[]; value: number[] } {
  const local = new FeatureBuffer();
  extractFeatures(request, local);
  const index: number[] = [];
  const value: number[] = [];
  local.values.forEach((x, f) => {
    if (x !== 0) {
      index.push(f);
      value.push(x);
    }
  });
  // The dense features again, in the block of this request's shape (see REQUEST_SHAPES).
  const block = FEATURE_COUNT + local.requestShape * HASH_OFFSET;
  for (let j = 0, n = index.length; j < n && index[j]! < HASH_OFFSET; j++) {
    index.push(block + index[j]!);
    value.push(value[j]!);
  }
  return { index, value };
}
