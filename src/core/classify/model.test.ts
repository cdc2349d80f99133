import { describe, expect, it } from 'vitest';
import weights from '../../../profiles/classifier-weights.json';
import { AGENT_TYPES, type ChatRequest } from '../types';
import { classify } from './classify';
import { DENSE_FEATURES, FEATURE_COUNT, FeatureBuffer, HASH_OFFSET, REQUEST_SHAPES, extractFeatures } from './features';
import { featureFingerprint } from './fingerprint';
import { CLASS_COUNT, loadModel, logits, softmax, type ClassifierWeightsFile } from './model';

describe('loadModel', () => {
  it('loads the shipped weights', () => {
    const model = loadModel(weights);
    expect(model.temperature).toBeGreaterThan(0);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
  });

  it('ships weights trained on this build\'s features (change the lexicon or scanner: retrain)', () => {
    expect(featureFingerprint()).toMatch(/^[0-9a-f]{16}$/);
    expect((weights as ClassifierWeightsFile).features).toBe(featureFingerprint());
  });

  it('refuses weights trained on other features, and loads files from before the fingerprint', () => {
    expect(() => loadModel({ ...weights, features: '0123456789abcdef' })).toThrow(/trained on other features \(fingerprint 0123456789abcdef, this build [0-9a-f]{16}\).*retrain/);
    const { features: _, ...older } = weights as ClassifierWeightsFile;
    expect(loadModel(older).temperature).toBe(weights.temperature);
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

describe('logits', () => {
  // The straightforward reading of the weights file: per row, bias + shared weights + the
  // request shape's dense block, dotted with the features (Float32 weights, Float64 sums; dense
  // features ascending, then the hash buckets in the order the scan first touched them).
  function reference(file: ClassifierWeightsFile, buffer: FeatureBuffer): number[] {
    const x = buffer.values, shape = buffer.requestShape;
    const f32 = (v: number): number => Math.fround(v);
    const rows = [...file.weights.map((row, k) => ({ bias: file.bias[k]!, row })), ...(file.abstain ? [file.abstain] : []).map((a) => ({ bias: a.bias, row: a.weights }))];
    return rows.map(({ bias, row }, k) => {
      let sum = f32(bias);
      const block = file.shapeWeights?.[REQUEST_SHAPES[shape]!]?.[k];
      for (let f = 0; f < HASH_OFFSET; f++) if (x[f] !== 0) sum += x[f]! * (f32(row[f]!) + f32(block?.[f] ?? 0));
      const buckets = Array.from(buffer.touched.subarray(0, buffer.touchedCount), (b) => HASH_OFFSET + b);
      expect(buckets.length).toBe(x.subarray(HASH_OFFSET, FEATURE_COUNT).filter((v) => v !== 0).length);
      for (const f of buckets) sum += x[f]! * f32(row[f]!);
      return sum;
    });
  }

  const requests: ChatRequest[] = [
    { model: 'm', messages: [{ role: 'user', content: 'Translate to French: the invoice is overdue.' }] },
    { model: 'm', messages: [{ role: 'system', content: 'Plan the steps, then act.' }, { role: 'user', content: 'Book the cheapest flight under 300 EUR' }, { role: 'assistant', content: null, tool_calls: [{ id: 'a', type: 'function', function: { name: 'search_flights', arguments: '{}' } }] }, { role: 'tool', tool_call_id: 'a', content: 'LHR-CDG 129 EUR; LHR-ORY 98 EUR' }], tools: [{ type: 'function', function: { name: 'search_flights', description: 'Finds flights', parameters: { type: 'object', properties: { from: { type: 'string' } } } } }] },
    { model: 'm', messages: [{ role: 'user', content: 'Episode 3: reward 0.2' }, { role: 'assistant', content: 'left' }, { role: 'user', content: 'Episode 4: reward 0.9, last time you chose left' }] },
  ];

  it('equals a row-by-row dot product of the weights file, bit for bit, for every request shape', () => {
    const file = weights as ClassifierWeightsFile;
    const model = loadModel(file);
    const buffer = new FeatureBuffer();
    const out = new Float64Array(CLASS_COUNT + 1);
    const shapes = new Set<number>();
    for (const request of requests) {
      extractFeatures(request, buffer);
      shapes.add(buffer.requestShape);
      logits(model, buffer, out);
      expect(Array.from(out)).toEqual(reference(file, buffer));
    }
    expect(shapes.size).toBe(REQUEST_SHAPES.length);
  });

  it('gives the abstain row no mass when the file has none', () => {
    const file = weights as ClassifierWeightsFile;
    const shapeWeights = Object.fromEntries(REQUEST_SHAPES.map((shape) => [shape, file.shapeWeights![shape].slice(0, CLASS_COUNT)]));
    const model = loadModel({ ...file, abstain: undefined, shapeWeights });
    const buffer = new FeatureBuffer();
    const out = new Float64Array(CLASS_COUNT + 1);
    extractFeatures(requests[1]!, buffer);
    logits(model, buffer, out);
    expect(out[CLASS_COUNT]).toBe(-Infinity);
    expect(Array.from(out.subarray(0, CLASS_COUNT))).toEqual(reference(file, buffer).slice(0, CLASS_COUNT));
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
