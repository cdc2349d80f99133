import { describe, expect, it } from 'vitest';
import weights from '../../../profiles/classifier-weights.json';
import { loadModel, softmax } from './model';

describe('loadModel', () => {
  it('loads the shipped weights', () => {
    const model = loadModel(weights);
    expect(model.temperature).toBeGreaterThan(0);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
  });

  it('rejects weights trained for another feature layout', () => {
    expect(() => loadModel({ ...weights, dense: ['other'] })).toThrow(/dense features differ/);
    expect(() => loadModel({ ...weights, hashBuckets: 512 })).toThrow(/hash buckets/);
    expect(() => loadModel({ ...weights, weights: weights.weights.slice(1) })).toThrow(/one row per class/);
    expect(() => loadModel({ ...weights, temperature: 0 })).toThrow(/temperature/);
    expect(() => loadModel(null)).toThrow(/not an object/);
  });
});

describe('softmax', () => {
  it('gives a distribution, flatter at higher temperature', () => {
    const cold = Float64Array.from([2, 1, 0, 0, -1]);
    const warm = Float64Array.from(cold);
    softmax(cold, 1);
    softmax(warm, 3);
    expect(cold.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(warm[0]!).toBeLessThan(cold[0]!);
    const huge = Float64Array.from([1e308, 0, 0, 0, 0]);
    softmax(huge, 1);
    expect(huge[0]).toBe(1);
  });
});
