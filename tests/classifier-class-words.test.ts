import { describe, expect, it } from 'vitest';
import { AGENT_TYPES } from '../src/core/types';
import { INPUT_COUNT } from '../src/core/classify';
import { HASH_OFFSET } from '../src/core/classify/features';
import { HASH_L2_SCALE, classWordScales, penaltyScales } from '../scripts/classifier-penalty';
import type { Example } from '../scripts/logistic-regression';

const K = AGENT_TYPES.length;
const MARKER = HASH_OFFSET + 5, ONE_AUTHOR = HASH_OFFSET + 6, COMMON = HASH_OFFSET + 7, DENSE = 0;

function example(label: number, family: number, buckets: number[], agentic = true): Example {
  const y = new Float64Array(K + 1);
  y[label] = 1;
  const index = Int32Array.from([DENSE, ...buckets]);
  return { index, value: new Float64Array(index.length).fill(1), y, label, agentic, fold: 0, family, weight: 1 };
}

/** Six families per type; every family uses COMMON; type 0's families all use MARKER; one uses ONE_AUTHOR. */
function corpus(): Example[] {
  const rows: Example[] = [];
  for (let k = 0; k < K; k++) {
    for (let f = 0; f < 6; f++) {
      const family = k * 100 + f;
      const buckets = [COMMON, ...(k === 0 ? [MARKER] : []), ...(k === 0 && f === 0 ? [ONE_AUTHOR] : [])];
      rows.push(example(k, family, buckets), example(k, family, [COMMON]));
    }
  }
  return rows;
}

function scalesFor(rows: Example[], beta = 64): Float64Array {
  const out = new Float64Array((K + 1) * INPUT_COUNT);
  for (let k = 0; k <= K; k++) out.set(penaltyScales(), k * INPUT_COUNT);
  classWordScales(rows, out, beta);
  return out;
}

const at = (scales: Float64Array, k: number, f: number): number => scales[k * INPUT_COUNT + f]!;

describe('classWordScales', () => {
  it('lets a word loose for the type whose families use it, more than a word of one family', () => {
    const s = scalesFor(corpus());
    expect(at(s, 0, MARKER)).toBeLessThan(HASH_L2_SCALE / 20);
    expect(at(s, 0, ONE_AUTHOR)).toBeGreaterThan(at(s, 0, MARKER) * 2);
    // The other types' families never use MARKER: it counts against them too, if less.
    expect(at(s, 1, MARKER)).toBeLessThan(HASH_L2_SCALE);
    expect(at(s, 1, MARKER)).toBeGreaterThan(at(s, 0, MARKER));
  });

  it('holds a word every type uses nearly as before, and leaves dense features and the abstain row', () => {
    const s = scalesFor(corpus());
    // Smoothing leaves a small ratio (7/8 against 25/26), so it is eased a little, far less than MARKER.
    for (let k = 0; k < K; k++) expect(at(s, k, COMMON)).toBeGreaterThan(HASH_L2_SCALE / 2);
    expect(at(s, 0, DENSE)).toBe(penaltyScales()[DENSE]);
    expect(at(s, K, MARKER)).toBe(HASH_L2_SCALE);
  });

  it('counts families, not rows, and ignores non-agentic rows', () => {
    const base = scalesFor(corpus());
    const repeated = scalesFor([...corpus(), ...Array.from({ length: 20 }, () => example(0, 0, [ONE_AUTHOR])), example(1, 999, [MARKER], false)]);
    expect(Array.from(repeated)).toEqual(Array.from(base));
  });

  it('with beta 0 changes nothing', () => {
    const s = scalesFor(corpus(), 0);
    expect(at(s, 0, MARKER)).toBe(HASH_L2_SCALE);
  });
});
