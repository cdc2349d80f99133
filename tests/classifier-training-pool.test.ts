// The trainer fits its cross-validation folds and left-out authors on worker threads; a fit must
// not depend on where it ran, or `npm run train:classifier` would stop reproducing the shipped
// weights byte for byte.
import { afterAll, describe, expect, it } from 'vitest';
import { AGENT_TYPES } from '../src/core/types';
import { sparseFeatures } from '../src/core/classify';
import { readRows } from '../scripts/classifier-data';
import { trainModel, type Example } from '../scripts/logistic-regression';
import { TrainingPool } from '../scripts/training-pool';

const examples: Example[] = readRows('tests/data/classifier/cross-author.jsonl').slice(0, 48).map((row, i) => {
  const { index, value } = sparseFeatures(row.request);
  const y = new Float64Array(AGENT_TYPES.length + 1);
  y[AGENT_TYPES.indexOf(row.label)] = 1;
  return { index: Int32Array.from(index), value: Float64Array.from(value), y, label: AGENT_TYPES.indexOf(row.label), agentic: true, fold: i % 3, family: i, weight: i % 4 === 0 ? 0.5 : 1 };
});
const pool = new TrainingPool(examples, 2);
afterAll(() => pool.close());

describe('TrainingPool', () => {
  it('fits on worker threads exactly what trainModel fits in-process, for concurrent jobs', async () => {
    const jobs = [[0, 1, 2, 3, 5, 8, 13, 21, 34], examples.map((_, i) => i).reverse(), examples.map((_, i) => i).filter((i) => i % 3 !== 1)];
    const fitted = await Promise.all(jobs.map((rows, j) => pool.train(rows, 0.01 * (j + 1))));
    jobs.forEach((rows, j) => {
      const local = trainModel(rows.map((i) => examples[i]!), 0.01 * (j + 1));
      expect(Array.from(fitted[j]!.weights)).toEqual(Array.from(local.weights));
      expect(Array.from(fitted[j]!.bias)).toEqual(Array.from(local.bias));
    });
    // Different rows give a different fit: the comparison above can fail.
    expect(Array.from(fitted[0]!.weights)).not.toEqual(Array.from(fitted[2]!.weights));
  }, 60_000);
});
