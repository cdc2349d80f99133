// Contrast families: written as training data for the confusions family cross-validation showed
// (goal vs utility pairs in one domain, one evolving world vs separate past cases, stated rule vs
// examples). Trained on, they lowered out-of-fold accuracy on the original families (0.821 ->
// 0.780) and on themselves (0.761 -> 0.739; scratch comparison, 10 family folds), so they are
// never trained on: they join the hard cases as an out-of-distribution check (hard-cases.jsonl).
import type { Family } from './kit';
import { contrastsChoice } from './contrasts-choice';
import { contrastsWorld } from './contrasts-world';

export const contrastFamilies: Family[] = [...contrastsChoice, ...contrastsWorld];
