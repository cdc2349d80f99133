// The shipped weights, imported as data so the same bundle works on Node and Workers (no fs).
import weights from '../../../profiles/classifier-weights.json';
import { loadModel, type ClassifierModel } from './model';

let cached: ClassifierModel | undefined;

/** The model trained from tests/data/classifier (see scripts/train-classifier.ts); loaded once. */
export function defaultModel(): ClassifierModel {
  cached ??= loadModel(weights);
  return cached;
}
