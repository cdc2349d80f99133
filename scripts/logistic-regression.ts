// Multinomial logistic regression on sparse rows, full-batch Adam with L2 (bias unregularised).
// Small data (hundreds of rows, ~1k features), so simplicity beats cleverness here.
import { AGENT_TYPES } from '../src/core/types';
import { INPUT_COUNT } from '../src/core/classify';
import { priorWeights } from './classifier-prior';
import { weightPenaltyScales } from './classifier-penalty';

// One row per agent type, plus the abstain row ("not an agent request"), whose prior is zero.
const K = AGENT_TYPES.length + 1;

export interface Example {
  index: Int32Array;
  value: Float64Array;
  /** Target distribution over the classes. */
  y: Float64Array;
  label: number;
  agentic: boolean;
  fold: number;
  /** The row's family (a hash): the unit of the per-class word evidence (classWordScales). */
  family: number;
  /**
   * Weight of the row in the loss (the loss is the weighted mean). Required, so every example has
   * one object shape: rows with and without the field made the fit loop megamorphic (about 6x slower).
   */
  weight: number;
}

export interface LinearModel {
  weights: Float64Array; // class-major, K * INPUT_COUNT (last row: abstain)
  bias: Float64Array;
}

export function predictLogits(model: LinearModel, e: Example): Float64Array {
  const z = Float64Array.from(model.bias);
  for (let k = 0; k < K; k++) {
    const row = k * INPUT_COUNT;
    for (let j = 0; j < e.index.length; j++) z[k]! += model.weights[row + e.index[j]!]! * e.value[j]!;
  }
  return z;
}


export function trainModel(examples: readonly Example[], l2: number, epochs = 400, rate = 0.05): LinearModel {
  const size = K * INPUT_COUNT;
  const prior = new Float64Array(size);
  prior.set(priorWeights());
  const scales = weightPenaltyScales(examples);
  const model: LinearModel = { weights: Float64Array.from(prior), bias: new Float64Array(K) };
  const grad = new Float64Array(size), gradBias = new Float64Array(K);
  const m = new Float64Array(size + K), v = new Float64Array(size + K);
  const p = new Float64Array(K);
  const totalWeight = examples.reduce((total, e) => total + e.weight, 0);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    grad.fill(0);
    gradBias.fill(0);
    for (const e of examples) {
      const rowWeight = e.weight / totalWeight;
      const z = predictLogits(model, e);
      const max = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (p[k] = Math.exp(z[k]! - max));
      for (let k = 0; k < K; k++) {
        const d = (p[k]! / sum - e.y[k]!) * rowWeight;
        gradBias[k]! += d;
        const row = k * INPUT_COUNT;
        for (let j = 0; j < e.index.length; j++) grad[row + e.index[j]!]! += d * e.value[j]!;
      }
    }
    const c1 = 1 - beta1 ** epoch, c2 = 1 - beta2 ** epoch;
    for (let i = 0; i < size + K; i++) {
      const isBias = i >= size;
      const scale = scales[i]!;
      const g = isBias ? gradBias[i - size]! : grad[i]! + l2 * scale * (model.weights[i]! - prior[i]!);
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      const step = (rate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
      if (isBias) model.bias[i - size]! -= step;
      else model.weights[i]! -= step;
    }
  }
  return model;
}

/** Temperature minimising `loss(t)`: golden-section search on log t in [0.2, 5]. */
export function fitTemperature(loss: (t: number) => number): number {
  let lo = Math.log(0.2), hi = Math.log(5);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 40; i++) {
    const a = hi - phi * (hi - lo), b = lo + phi * (hi - lo);
    if (loss(Math.exp(a)) < loss(Math.exp(b))) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}
