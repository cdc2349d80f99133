// Multinomial logistic regression inference: logits = W·x + b, divided by a fitted temperature,
// then softmax. Weights are data (profiles/classifier-weights.json), produced by
// scripts/train-classifier.ts; loading checks they match this build's feature layout.
import { AGENT_TYPES, type AgentType } from '../types';
import { DENSE_FEATURES, FEATURE_COUNT, HASH_BUCKETS, HASH_OFFSET, REQUEST_SHAPES, SHAPE_COUNT, type FeatureBuffer, type RequestShape } from './features';
import { featureFingerprint } from './fingerprint';

export const CLASS_COUNT = AGENT_TYPES.length;
/** Weight rows: one per class, then the abstain row. */
const ROWS = CLASS_COUNT + 1;
// logits() keeps one accumulator per row in a local; it is written for exactly six rows.
if (ROWS !== 6) throw new Error('classifier: logits() is written for five agent types plus abstain');

/** The JSON shape of profiles/classifier-weights.json. */
export interface ClassifierWeightsFile {
  format: 'agent-router/classifier-weights@1';
  classes: AgentType[];
  dense: string[];
  hashBuckets: number;
  /**
   * featureFingerprint() of the build that trained it. Files written before the fingerprint
   * existed have none and load unchecked.
   */
  features?: string;
  temperature: number;
  bias: number[];
  /** One row per class, FEATURE_COUNT columns (dense features first, then hash buckets). */
  weights: number[][];
  /**
   * Optional "not an agent request" row (plain chat, translation). Its probability is spread
   * evenly over the five types, so such requests come out unsure instead of forced into a type.
   */
  abstain?: { bias: number; weights: number[] };
  /**
   * Optional weights added per request shape (REQUEST_SHAPES), over the dense features only: one
   * row per class, then the abstain row if the file has one; each row HASH_OFFSET long.
   */
  shapeWeights?: Record<RequestShape, number[][]>;
  trainedOn?: Record<string, unknown>;
}

export interface ClassifierModel {
  /** CLASS_COUNT entries, then the abstain bias (-Infinity when the file has no abstain row). */
  bias: Float32Array;
  /** Class-major, as in the file: weights[k * FEATURE_COUNT + f]; row CLASS_COUNT is the abstain row. */
  weights: Float32Array;
  /**
   * The dense-feature weights as served, per request shape: shared weight plus that shape's block,
   * added once at load. Feature-major, so one feature's six row weights are adjacent:
   * denseByShape[(shape * HASH_OFFSET + f) * ROWS + k].
   */
  denseByShape: Float64Array;
  /** The hash-bucket weights, feature-major: hashedByBucket[b * ROWS + k]. */
  hashedByBucket: Float32Array;
  temperature: number;
  trainedOn: Record<string, unknown>;
}

function fail(reason: string): never {
  throw new Error(`classifier weights: ${reason}`);
}

/** Validates and unpacks a weights file. Throws when it was trained for another feature layout. */
export function loadModel(file: unknown): ClassifierModel {
  const data = file as Partial<ClassifierWeightsFile> | null;
  if (typeof data !== 'object' || data === null) fail('not an object');
  if (data.format !== 'agent-router/classifier-weights@1') fail(`unknown format ${String(data.format)}`);
  if (JSON.stringify(data.classes) !== JSON.stringify(AGENT_TYPES)) fail('class order differs');
  if (data.hashBuckets !== HASH_BUCKETS) fail(`hash buckets ${data.hashBuckets} != ${HASH_BUCKETS}`);
  if (JSON.stringify(data.dense) !== JSON.stringify(DENSE_FEATURES)) fail('dense features differ; retrain');
  if (data.features !== undefined && data.features !== featureFingerprint()) {
    fail(`trained on other features (fingerprint ${String(data.features)}, this build ${featureFingerprint()}): the cue lexicon or the scanner changed since; retrain (npm run train:classifier)`);
  }
  const rows = data.weights;
  if (!Array.isArray(rows) || rows.length !== CLASS_COUNT) fail('weights must have one row per class');
  const weights = new Float32Array(ROWS * FEATURE_COUNT);
  rows.forEach((row, k) => {
    if (!Array.isArray(row) || row.length !== FEATURE_COUNT) fail(`row ${k} has the wrong length`);
    weights.set(row, k * FEATURE_COUNT);
  });
  if (!Array.isArray(data.bias) || data.bias.length !== CLASS_COUNT) fail('bias must have one entry per class');
  const temperature = data.temperature;
  if (typeof temperature !== 'number' || !(temperature > 0)) fail('temperature must be > 0');
  const bias = new Float32Array(ROWS);
  bias.set(data.bias);
  bias[CLASS_COUNT] = -Infinity;
  const abstain = data.abstain;
  if (abstain !== undefined) {
    if (!Array.isArray(abstain.weights) || abstain.weights.length !== FEATURE_COUNT) fail('abstain row has the wrong length');
    if (typeof abstain.bias !== 'number') fail('abstain bias must be a number');
    weights.set(abstain.weights, CLASS_COUNT * FEATURE_COUNT);
    bias[CLASS_COUNT] = abstain.bias;
  }
  const denseByShape = loadShapeWeights(data.shapeWeights, abstain !== undefined);
  for (let s = 0; s < SHAPE_COUNT; s++) {
    for (let f = 0; f < HASH_OFFSET; f++) {
      for (let k = 0; k < ROWS; k++) denseByShape[(s * HASH_OFFSET + f) * ROWS + k]! += weights[k * FEATURE_COUNT + f]!;
    }
  }
  const hashedByBucket = new Float32Array(HASH_BUCKETS * ROWS);
  for (let b = 0; b < HASH_BUCKETS; b++) {
    for (let k = 0; k < ROWS; k++) hashedByBucket[b * ROWS + k] = weights[k * FEATURE_COUNT + HASH_OFFSET + b]!;
  }
  return { bias, weights, denseByShape, hashedByBucket, temperature, trainedOn: data.trainedOn ?? {} };
}

/** The per-shape blocks of the file (zeros when it has none), in the layout of denseByShape. */
function loadShapeWeights(data: ClassifierWeightsFile['shapeWeights'], hasAbstain: boolean): Float64Array {
  const out = new Float64Array(SHAPE_COUNT * ROWS * HASH_OFFSET);
  if (data === undefined) return out;
  if (typeof data !== 'object' || data === null) fail('shapeWeights must be an object');
  const rowCount = CLASS_COUNT + (hasAbstain ? 1 : 0);
  REQUEST_SHAPES.forEach((shape, s) => {
    const rows = data[shape];
    if (!Array.isArray(rows) || rows.length !== rowCount) fail(`shapeWeights.${shape} must have ${rowCount} rows`);
    rows.forEach((row, k) => {
      if (!Array.isArray(row) || row.length !== HASH_OFFSET) fail(`shapeWeights.${shape} row ${k} has the wrong length`);
      // Through Float32 first: the same values the shared weights get from their Float32Array.
      const values = Float32Array.from(row);
      for (let f = 0; f < HASH_OFFSET; f++) out[(s * HASH_OFFSET + f) * ROWS + k] = values[f]!;
    });
  });
  return out;
}

/**
 * Writes CLASS_COUNT + 1 logits (before temperature; the last is the abstain row) into `out`;
 * reads only the dense part and touched buckets, and lists the non-zero dense features for
 * topSignals. Feature-major weights and one accumulator per row: each non-zero feature costs one
 * pass of six multiply-adds, not six passes of loop overhead (V8 re-checks every typed array on each loop iteration). Each row still adds its
 * terms in the same order (dense features ascending, then touched buckets), so the sums are
 * those of a row-by-row dot product, bit for bit.
 */
export function logits(model: ClassifierModel, buffer: FeatureBuffer, out: Float64Array): void {
  const x = buffer.values;
  const dw = model.denseByShape, hw = model.hashedByBucket, bias = model.bias;
  const dense = HASH_OFFSET, touched = buffer.touched, touchedCount = buffer.touchedCount;
  let s0 = bias[0]!, s1 = bias[1]!, s2 = bias[2]!, s3 = bias[3]!, s4 = bias[4]!, s5 = bias[5]!;
  const shapeBase = buffer.requestShape * dense;
  const nonZero = buffer.nonZero;
  let nonZeroCount = 0;
  for (let f = 0; f < dense; f++) {
    const v = x[f]!;
    if (v === 0) continue;
    nonZero[nonZeroCount++] = f;
    const at = (shapeBase + f) * 6;
    s0 += v * dw[at]!;
    s1 += v * dw[at + 1]!;
    s2 += v * dw[at + 2]!;
    s3 += v * dw[at + 3]!;
    s4 += v * dw[at + 4]!;
    s5 += v * dw[at + 5]!;
  }
  for (let i = 0; i < touchedCount; i++) {
    const b = touched[i]!;
    const v = x[dense + b]!;
    const at = b * 6;
    s0 += v * hw[at]!;
    s1 += v * hw[at + 1]!;
    s2 += v * hw[at + 2]!;
    s3 += v * hw[at + 3]!;
    s4 += v * hw[at + 4]!;
    s5 += v * hw[at + 5]!;
  }
  buffer.nonZeroCount = nonZeroCount;
  out[0] = s0;
  out[1] = s1;
  out[2] = s2;
  out[3] = s3;
  out[4] = s4;
  out[5] = bias[5] === -Infinity ? -Infinity : s5;
}

/** In-place softmax of `values / temperature` (-Infinity entries get 0). */
export function softmax(values: Float64Array, temperature: number): void {
  let max = -Infinity;
  for (let k = 0; k < values.length; k++) if (values[k]! > max) max = values[k]!;
  let total = 0;
  for (let k = 0; k < values.length; k++) {
    const e = Math.exp((values[k]! - max) / temperature);
    values[k] = e;
    total += e;
  }
  for (let k = 0; k < values.length; k++) values[k] = values[k]! / total;
}

/** Softmax over the CLASS_COUNT + 1 logits, then the abstain mass spread evenly over the types. */
export function posterior(values: Float64Array, temperature: number): void {
  softmax(values, temperature);
  const share = values[CLASS_COUNT]! / CLASS_COUNT;
  for (let k = 0; k < CLASS_COUNT; k++) values[k]! += share;
  values[CLASS_COUNT] = 0;
}

// Per model and request shape: for each dense feature, the mean of its class weights (a
// left-to-right sum over the classes divided by CLASS_COUNT). A loaded model's weights are never
// modified, so this is computed once per model. Layout: shares[shape * HASH_OFFSET + f].
const meanShares = new WeakMap<ClassifierModel, Float64Array>();

function meanShare(model: ClassifierModel): Float64Array {
  let shares = meanShares.get(model);
  if (shares === undefined) {
    shares = new Float64Array(SHAPE_COUNT * HASH_OFFSET);
    for (let s = 0; s < SHAPE_COUNT; s++) {
      for (let f = 0; f < HASH_OFFSET; f++) {
        let mean = 0;
        for (let j = 0; j < CLASS_COUNT; j++) mean += model.denseByShape[(s * HASH_OFFSET + f) * ROWS + j]!;
        shares[s * HASH_OFFSET + f] = mean / CLASS_COUNT;
      }
    }
    meanShares.set(model, shares);
  }
  return shares;
}

// Running top list of topSignals (scores and feature indices), reused across calls.
let topScores = new Float64Array(16);
let topFeatures = new Int32Array(16);

/**
 * The named features that pushed hardest toward class `k` (contribution relative to the mean
 * over classes), strongest first. Call after logits() on the same buffer: it reads the non-zero
 * features logits() listed.
 */
export function topSignals(model: ClassifierModel, buffer: FeatureBuffer, k: number, limit: number): string[] {
  const x = buffer.values;
  const dw = model.denseByShape;
  const shape = buffer.requestShape;
  const shares = meanShare(model);
  const row = shape * HASH_OFFSET * ROWS + k;
  const shareBase = shape * HASH_OFFSET;
  if (limit > topScores.length) {
    topScores = new Float64Array(limit);
    topFeatures = new Int32Array(limit);
  }
  const cap = limit;
  const scores = topScores, features = topFeatures;
  const nonZero = buffer.nonZero, nonZeroCount = buffer.nonZeroCount;
  let size = 0;
  for (let i = 0; i < nonZeroCount; i++) {
    const f = nonZero[i]!;
    const value = x[f]!;
    const score = value * (dw[row + f * ROWS]! - shares[shareBase + f]!);
    if (score <= 0.05) continue;
    // Insert after any equal scores; drop whatever falls off the end.
    let at = size;
    while (at > 0 && scores[at - 1]! < score) at--;
    if (at >= cap) continue;
    const last = Math.min(size, cap - 1);
    for (let m = last; m > at; m--) {
      scores[m] = scores[m - 1]!;
      features[m] = features[m - 1]!;
    }
    scores[at] = score;
    features[at] = f;
    if (size < cap) size++;
  }
  const names: string[] = [];
  for (let m = 0; m < size; m++) names.push(DENSE_FEATURES[features[m]!]!);
  return names;
}
