import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './bench-args';
import { createProgressRenderer, formatDuration } from './bench-progress';

const progress = { total: 10, done: 5, errors: 1, spentUsd: 0.1234, elapsedMs: 1000, etaMs: 65_000, failedModels: [] };

describe('bench flags', () => {
  it('parses lists and numbers, with defaults', () => {
    const args = parseBenchArgs(['--provider', 'sim', '--types', 'learning,goal_based', '--scenarios', '3', '--max-spend', '0.5', '--validation']);
    expect(args).toMatchObject({ providers: ['sim'], types: ['learning', 'goal_based'], scenarios: 3, maxSpendUsd: 0.5, validation: true, seed: 1, repeats: 1 });
  });

  it('rejects bad values with a reason', () => {
    expect(() => parseBenchArgs(['--types', 'chat'])).toThrow(/unknown agent type "chat"/);
    expect(() => parseBenchArgs(['--scenarios', '0'])).toThrow(/--scenarios must be a positive integer/);
    expect(() => parseBenchArgs(['--bogus'])).toThrow();
  });
});

describe('bench progress', () => {
  it('draws a bar with ETA and spend on a terminal', () => {
    const out: string[] = [];
    const renderer = createProgressRenderer({ isTTY: true, columns: 100, write: (t) => out.push(t) > 0 });
    renderer.update(progress);
    expect(out[0]).toMatch(/^\r\[#+\.+\] 5\/10 50% ETA 1m05s spent \$0\.1234 errors 1/);
  });

  it('prints plain lines, throttled, elsewhere', () => {
    const out: string[] = [];
    let t = 10_000;
    const renderer = createProgressRenderer({ write: (text) => out.push(text) > 0 }, () => t);
    renderer.update(progress);
    renderer.update(progress);
    t += 6000;
    renderer.update({ ...progress, done: 10 });
    expect(out).toHaveLength(2);
    expect(out[1]).toBe('bench: 10/10 100% ETA 1m05s spent $0.1234 errors 1\n');
    expect(formatDuration(null)).toBe('--');
  });
});
