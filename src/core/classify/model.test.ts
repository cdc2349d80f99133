import { describe, expect, it } from 'vitest';
import weights from '../../../profiles/classifier-weights.json';
import { AGENT_TYPES, type ChatRequest } from '../types';
import { classify } from './classify';
import { DENSE_FEATURES, HASH_OFFSET, REQUEST_SHAPES } from './features';
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
    const short = Object.fromEntries(REQUEST_SHAPES.map((shape) => [shape, [[0]]]));
    expect(() => loadModel({ ...weights, shapeWeights: short })).toThrow(/shapeWeights\.single must have 6 rows/);
  });

  it('adds the weights of the request\'s shape: one-shot, tool loop or dialogue', () => {
    // Everything zero except one per-shape weight: 'turns' pushes toward goal_based in tool loops only.
    const zeros = (n: number): number[] => new Array<number>(n).fill(0);
    const file = {
      ...weights,
      bias: zeros(AGENT_TYPES.length),
      weights: AGENT_TYPES.map(() => zeros(weights.weights[0]!.length)),
      abstain: undefined,
      temperature: 0.5, // fixed here: the shipped file's temperature changes with each retraining
      shapeWeights: Object.fromEntries(REQUEST_SHAPES.map((shape) => [shape, AGENT_TYPES.map((type) => {
        const row = zeros(HASH_OFFSET);
        if (shape === 'tools' && type === 'goal_based') row[DENSE_FEATURES.indexOf('turns')] = 5;
        return row;
      })])),
    };
    const model = loadModel(file);
    const single: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'hello' }] };
    const tools: ChatRequest = { ...single, tools: [{ type: 'function', function: { name: 'look', parameters: { type: 'object' } } }] };
    const dialogue: ChatRequest = { model: 'm', messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'yes' }, { role: 'user', content: 'and?' }] };
    expect(classify(tools, model)).toMatchObject({ type: 'goal_based', signals: ['turns'] });
    expect(classify(tools, model).confidence).toBeGreaterThan(0.9);
    for (const request of [single, dialogue]) expect(classify(request, model).confidence).toBeCloseTo(0.2, 6);
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
