// The labelled classifier dataset: reproducible from its generator, big and varied enough, and
// split by template family so the held-out part measures generalisation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENT_TYPES } from '../src/core/types';
import { familyOf, isBlind, readRows, splitRows } from '../scripts/classifier-data';
import { HELD_OUT_SETS, buildRows, heldOutRows, toJsonl } from './data/classifier/build-dataset';

const PATH = 'tests/data/classifier/requests.jsonl';
const rows = readRows(PATH);

describe('classifier dataset', () => {
  it('is exactly what the generator produces (and so are the hard cases and the cross-, fresh-, pool-, twin- and late-author sets)', () => {
    expect(readFileSync(PATH, 'utf8')).toBe(toJsonl(buildRows()));
    expect(HELD_OUT_SETS.map((set) => set.file)).toEqual(['hard-cases.jsonl', 'cross-author.jsonl', 'fresh-authors.jsonl', 'pool-authors.jsonl', 'twin-authors.jsonl', 'late-authors.jsonl']);
    for (const set of HELD_OUT_SETS) expect(readFileSync(`tests/data/classifier/${set.file}`, 'utf8'), set.file).toBe(toJsonl(heldOutRows(set.families)));
  });

  it('has >= 300 rows, >= 50 agentic per type, ~30 non-agentic, unique ids', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    for (const type of AGENT_TYPES) expect(rows.filter((r) => r.label === type && r.agentic !== false).length).toBeGreaterThanOrEqual(50);
    expect(rows.filter((r) => r.agentic === false).length).toBeGreaterThanOrEqual(25);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('is varied: languages, turn counts, tools, schemas, ambiguous rows', () => {
    const langs = new Set(rows.map((r) => r.lang));
    for (const lang of ['de', 'es', 'fr', 'ja', 'zh', 'pt']) expect(langs).toContain(lang);
    const turns = rows.map((r) => r.request.messages.length);
    expect(Math.min(...turns)).toBe(1);
    expect(Math.max(...turns)).toBeGreaterThanOrEqual(20);
    expect(rows.filter((r) => r.request.tools?.length).length).toBeGreaterThan(50);
    expect(rows.filter((r) => r.request.response_format?.type === 'json_schema').length).toBeGreaterThan(30);
    expect(rows.filter((r) => r.secondary).length).toBeGreaterThan(30);
  });

  it('holds out 25-30% of the original rows by whole template families, every type represented', () => {
    const { train, heldout } = splitRows(rows);
    const fraction = heldout.filter((r) => !isBlind(r)).length / rows.filter((r) => !isBlind(r)).length;
    expect(fraction).toBeGreaterThanOrEqual(0.25);
    expect(fraction).toBeLessThanOrEqual(0.32);
    const trainFamilies = new Set(train.map(familyOf));
    heldout.forEach((row) => expect(trainFamilies.has(familyOf(row))).toBe(false));
    for (const type of AGENT_TYPES) expect(heldout.some((r) => r.label === type && r.agentic !== false)).toBe(true);
  });

  it('holds out every blind family (bl-*): >= 30 agentic rows per type and >= 25 non-agentic', () => {
    const blind = rows.filter(isBlind);
    expect(blind.every((r) => r.split === 'heldout')).toBe(true);
    expect(splitRows(rows).train.some(isBlind)).toBe(false);
    for (const type of AGENT_TYPES) expect(blind.filter((r) => r.label === type && r.agentic !== false).length).toBeGreaterThanOrEqual(30);
    expect(blind.filter((r) => r.agentic === false).length).toBeGreaterThanOrEqual(25);
  });

  it('has a cross-author set: three authors, >= 20 agentic rows per type each, no family shared with the dataset', () => {
    const cross = readRows('tests/data/classifier/cross-author.jsonl');
    expect(cross.every((r) => r.split === 'heldout')).toBe(true);
    const known = new Set(rows.map(familyOf));
    expect(cross.some((r) => known.has(familyOf(r)))).toBe(false);
    for (const prefix of ['wa-', 'wb-', 'wc-']) {
      const mine = cross.filter((r) => familyOf(r).startsWith(prefix));
      for (const type of AGENT_TYPES) expect(mine.filter((r) => r.label === type && r.agentic !== false).length).toBeGreaterThanOrEqual(20);
    }
  });

  it.each([
    ['fresh-authors.jsonl', ['pool-authors.jsonl', 'twin-authors.jsonl'], ['wd-', 'we-', 'wf-']],
    ['twin-authors.jsonl', ['pool-authors.jsonl', 'fresh-authors.jsonl'], ['wt-', 'wu-', 'wv-']],
    ['pool-authors.jsonl', ['fresh-authors.jsonl', 'twin-authors.jsonl'], ['wg-', 'wh-', 'wi-', 'wj-', 'wk-', 'wl-', 'wm-', 'wn-', 'wo-', 'wp-', 'wq-', 'wr-', 'ws-']],
    ['late-authors.jsonl', ['pool-authors.jsonl', 'fresh-authors.jsonl', 'twin-authors.jsonl'], ['xa-', 'xb-', 'xc-', 'xd-']],
  ] as const)('has a %s set: more authors, >= 20 agentic rows per type each, no family shared with any other set', (file, others, prefixes) => {
    const fresh = readRows(`tests/data/classifier/${file}`);
    expect(fresh.every((r) => r.split === 'heldout')).toBe(true);
    const sets = ['cross-author.jsonl', 'hard-cases.jsonl', ...others].flatMap((name) => readRows(`tests/data/classifier/${name}`));
    const known = new Set([...rows, ...sets].map(familyOf));
    expect(fresh.filter((r) => known.has(familyOf(r)))).toEqual([]);
    for (const prefix of prefixes) {
      const mine = fresh.filter((r) => familyOf(r).startsWith(prefix));
      for (const type of AGENT_TYPES) expect(mine.filter((r) => r.label === type && r.agentic !== false).length).toBeGreaterThanOrEqual(20);
      expect(mine.filter((r) => r.lang !== 'en').length * 3).toBeGreaterThanOrEqual(mine.length);
    }
  });
});
