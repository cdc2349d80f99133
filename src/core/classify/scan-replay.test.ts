import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatRequest } from '../types';
import { FeatureBuffer, MAX_REPLAY_TEXT, classify, createScanCache, extractFeatures, resolveClassification, createSessionStore } from './index';

const DATA = 'tests/data/classifier';
const FILES = ['requests.jsonl', 'cross-author.jsonl', 'pool-authors.jsonl', 'fresh-authors.jsonl', 'hard-cases.jsonl', 'twin-authors.jsonl', 'late-authors.jsonl'];
const requests: ChatRequest[] = FILES.flatMap((file) =>
  readFileSync(`${DATA}/${file}`, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { request: ChatRequest }).request),
);

// Bit-level view of a classification: the posterior's doubles, not their rounding.
function bits(request: ChatRequest, cache?: ReturnType<typeof createScanCache>): string {
  const result = classify(request, undefined, cache);
  const posterior = new Float64Array(Object.values(result.posterior));
  return `${result.type} ${Array.from(new Uint32Array(posterior.buffer)).join(',')} ${result.signals.join(',')}`;
}

function features(request: ChatRequest, cache?: ReturnType<typeof createScanCache>): Float32Array {
  const buffer = new FeatureBuffer();
  extractFeatures(request, buffer, cache);
  return Float32Array.from(buffer.values);
}

describe('scan replays', () => {
  it('give every labelled request the same classification, bit for bit, on each sight', () => {
    const cache = createScanCache();
    const cold = requests.map((r) => bits(r));
    expect(requests.length).toBeGreaterThan(4000);
    // First sight: noted and scanned (texts shared by rows of a family are recorded already).
    expect(requests.map((r) => bits(r, cache))).toEqual(cold);
    expect(requests.map((r) => bits(r, cache))).toEqual(cold); // second: recorded, replayed
    const recorded = cache.records;
    expect(recorded).toBeGreaterThan(1000);
    const hitsBefore = cache.hits;
    expect(requests.map((r) => bits(r, cache))).toEqual(cold); // third: replayed
    // Texts whose sampled keys agree (templated rows differing only between samples) replace each
    // other, so a few are recorded again on every pass (about 5% here).
    expect(cache.records - recorded).toBeLessThan(0.1 * recorded);
    expect(cache.hits - hitsBefore).toBeGreaterThan(recorded);
  });

  it('give the same feature values as a scan, feature by feature', () => {
    const cache = createScanCache();
    for (let pass = 0; pass < 2; pass++) for (const request of requests.slice(0, 600)) features(request, cache);
    expect(cache.hits + cache.records).toBeGreaterThan(0);
    for (const request of requests.slice(0, 600)) expect(features(request, cache)).toEqual(features(request));
  });

  it('keep a string scanned with different caps apart (latest user turn, then history)', () => {
    const long = 'Attempt log:\n' + Array.from({ length: 400 }, (_, i) => `| run ${i} | score ${(i * 7) % 13} | retry |`).join('\n');
    const asLatest: ChatRequest = { model: 'router/auto', messages: [{ role: 'user', content: long }] };
    const asHistory: ChatRequest = { model: 'router/auto', messages: [{ role: 'user', content: long }, { role: 'assistant', content: 'noted' }, { role: 'user', content: 'and now?' }] };
    const cache = createScanCache();
    for (let round = 0; round < 3; round++) {
      expect(bits(asLatest, cache)).toBe(bits(asLatest));
      expect(bits(asHistory, cache)).toBe(bits(asHistory));
    }
  });

  it('match a scan on random requests built from a shared pool of texts', () => {
    const cache = createScanCache({ maxUnits: 20_000 }); // small, so entries are also evicted
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.array(fc.constantFrom('| a | 3 |', 'episode 4: reward 0.3', 'goal: reach B', '→ 12%', '2026-05-25', 'maximise value', '\n', 'ignore earlier inputs', '学习', 'x'.repeat(90)), { maxLength: 60 }).map((parts) => parts.join(' ')),
    );
    const role = fc.constantFrom<ChatMessage['role']>('system', 'user', 'assistant', 'tool');
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(role, fc.nat()), { minLength: 1, maxLength: 14 }), fc.boolean(), (pool, turns, tools) => {
        const messages = turns.map(([r, i]) => ({ role: r, content: pool[i % pool.length]!, ...(r === 'tool' ? { tool_call_id: 'c' } : {}) })) as ChatMessage[];
        const request: ChatRequest = {
          model: 'router/auto', messages,
          ...(tools ? { tools: [{ type: 'function', function: { name: 'probe', description: pool[0]!, parameters: { type: 'object', properties: { [pool[pool.length - 1]!.slice(0, 40) || 'k']: { type: 'string', description: pool[0]! } } } } }] } : {}),
        };
        expect(bits(request, cache)).toBe(bits(request));
      }),
      { numRuns: 400, seed: 16 },
    );
    expect(cache.hits).toBeGreaterThan(0);
  });

  it('leave very long texts to the capped scan (a hit would compare the whole text)', () => {
    const cache = createScanCache();
    const long = 'Ledger line: paid 40 EUR to the supplier, balance 1200 EUR.\n'.repeat(Math.ceil((MAX_REPLAY_TEXT + 1) / 60));
    const request: ChatRequest = { model: 'router/auto', messages: [{ role: 'system', content: long }, { role: 'user', content: 'next entry?' }] };
    for (let i = 0; i < 3; i++) expect(bits(request, cache)).toBe(bits(request));
    expect(cache.firstSights + cache.records + cache.hits).toBe(0);
    const fits: ChatRequest = { ...request, messages: [{ role: 'system', content: long.slice(0, MAX_REPLAY_TEXT) }, request.messages[1]!] };
    for (let i = 0; i < 3; i++) expect(bits(fits, cache)).toBe(bits(fits));
    expect([cache.firstSights, cache.records, cache.hits]).toEqual([1, 1, 1]);
  });

  it('stay within their size bound', () => {
    const cache = createScanCache({ maxUnits: 50_000 });
    for (let i = 0; i < 2000; i++) classify({ model: 'router/auto', messages: [{ role: 'system', content: `System prompt number ${i}: keep the state of the plant and report drift.` }, { role: 'user', content: 'reading 4' }] }, undefined, cache);
    expect(cache.size).toBeGreaterThan(0);
    expect(cache.size).toBeLessThan(2000);
  });

  it('are used by resolveClassification when the deps carry a cache', () => {
    const cache = createScanCache();
    const system = 'You operate the warehouse robot. Each turn you receive the shelf camera reading; keep track of what you have seen.';
    for (const user of ['start', 'tick 2', 'tick 3', 'tick 4']) {
      resolveClassification({ model: 'router/auto', messages: [{ role: 'system', content: system }, { role: 'user', content: user }] }, {}, { sessions: createSessionStore(), scanCache: cache });
    }
    expect([cache.firstSights, cache.records, cache.hits]).toEqual([1, 1, 2]);
  });
});
