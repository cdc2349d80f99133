import { mkdtempSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan, refreshSeed } from '../../src/refresh/plan';
import { callCostUsd } from '../../src/refresh/pricing';
import { createFileRunLog } from '../../src/refresh/run-log-file';
import { parseRunLog, viewRunLog, type ScenarioRecord } from '../../src/refresh/run-log';
import { tasks } from '../fixtures/tasks';

const usage = (u: Partial<Record<'inputTokens' | 'outputTokens' | 'reasoningTokens' | 'cachedInputTokens' | 'cacheWriteTokens', number>>) => ({
  inputTokens: 0, outputTokens: 0, reasoningTokens: 0, cachedInputTokens: 0, cacheWriteTokens: 0, ...u,
});

describe('plan', () => {
  it('has unique stable keys and per-type contiguous scenario indices independent of the model', () => {
    const plan = buildPlan({ models: ['a/x', 'b/y'], tasks, scenariosPerTask: 5, repeats: 2, seed: 9 });
    expect(plan).toHaveLength(2 * tasks.length * 5 * 2);
    expect(new Set(plan.map((i) => i.key)).size).toBe(plan.length);
    expect(buildPlan({ models: ['a/x', 'b/y'], tasks, scenariosPerTask: 5, repeats: 2, seed: 9 })).toEqual(plan);
    for (const model of ['a/x', 'b/y']) {
      const indices = plan.filter((i) => i.model === model && i.type === 'learning').map((i) => i.scenarioIndex).sort((a, b) => a - b);
      expect(indices).toEqual(Array.from({ length: 20 }, (_, i) => i));
    }
    // Models innermost: the first items rotate over models and tasks.
    expect(plan.slice(0, 4).map((i) => i.model)).toEqual(['a/x', 'b/y', 'a/x', 'b/y']);
  });

  it('rotates seeds between refreshes', () => {
    const seeds = [1, 2, 3].map((n) => refreshSeed(7, n));
    expect(new Set(seeds).size).toBe(3);
    const a = buildPlan({ models: ['m/a'], tasks, scenariosPerTask: 2, seed: seeds[0]! });
    const b = buildPlan({ models: ['m/a'], tasks, scenariosPerTask: 2, seed: seeds[1]! });
    expect(a.map((i) => i.seed)).not.toEqual(b.map((i) => i.seed));
  });
});

describe('pricing', () => {
  const prices = { inputPerMTok: 2, outputPerMTok: 8, cachedInputPerMTok: 0.5, cacheWritePerMTok: 2.5 };
  it('prices uncached, cached, cache-write, output and reasoning tokens', () => {
    expect(callCostUsd(usage({ inputTokens: 1_000_000 }), prices)).toBeCloseTo(2, 12);
    expect(callCostUsd(usage({ inputTokens: 1_000_000, cachedInputTokens: 1_000_000 }), prices)).toBeCloseTo(0.5, 12);
    expect(callCostUsd(usage({ inputTokens: 1_000_000, cacheWriteTokens: 400_000 }), prices)).toBeCloseTo(1.2 + 1, 12);
    expect(callCostUsd(usage({ outputTokens: 1_000_000, reasoningTokens: 600_000 }), prices)).toBeCloseTo(8, 12);
    expect(callCostUsd(usage({ outputTokens: 1_000_000, reasoningTokens: 600_000 }), { ...prices, reasoningPerMTok: 1 })).toBeCloseTo(3.2 + 0.6, 12);
    // No cached price: cached reads cost the input price.
    expect(callCostUsd(usage({ inputTokens: 10, cachedInputTokens: 10 }), { inputPerMTok: 1, outputPerMTok: 1 })).toBeCloseTo(1e-5, 15);
  });
});

describe('run log', () => {
  const record = (key: string): ScenarioRecord => ({
    kind: 'scenario', key, ordinal: 0, model: 'm/a', taskId: 't', type: 'learning', validation: false, seed: 1,
    difficulty: 'easy', repeat: 0, scenarioIndex: 0, score: 1, diagnostics: {}, calls: [], costUsd: 0, finishedAt: 'x',
  });

  it('skips a torn last line, starts the next append on a fresh line, and keeps first records per key', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'runlog-')), 'log.jsonl');
    const log = createFileRunLog(path);
    await log.append(record('a'));
    appendFileSync(path, '{"kind":"scenario","key":"b","ordi');
    const resumed = createFileRunLog(path);
    await resumed.append(record('c'));
    await resumed.append(record('a'));
    const { records, skipped } = parseRunLog(readFileSync(path, 'utf8'));
    expect(skipped).toBe(1);
    expect(records.map((r) => (r.kind === 'scenario' ? r.key : r.kind))).toEqual(['a', 'c', 'a']);
    expect(viewRunLog(await resumed.read()).scenarios.map((s) => s.key).sort()).toEqual(['a', 'c']);
  });

  it('returns nothing for a missing file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'runlog-')), 'none.jsonl');
    expect(await createFileRunLog(path).read()).toEqual([]);
  });
});
