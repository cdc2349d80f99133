// Cost must stay linear and bounded: the scanner reads a capped head and tail of each message
// and a capped total, and has no regexes to backtrack.
import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../types';
import { classify } from './index';

const one = (content: string): ChatRequest => ({ model: 'router/auto', messages: [{ role: 'system', content }, { role: 'user', content }] });

function elapsedMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const cases: [string, string][] = [
  ['1 MB of a', 'a'.repeat(1 << 20)],
  ['aaaa…! patterns', 'aaaaaaaaaaaaaaaaaaaa!'.repeat(50_000)],
  ['repeated punctuation', '!?.,;:->→|#[]{}()'.repeat(60_000)],
  ['huge unicode', '目標🙂é\u0301ß한글'.repeat(100_000)],
  ['one giant line of digits', '9'.repeat(1 << 20)],
  ['newlines only', '\n'.repeat(1 << 20)],
];

describe('pathological input', () => {
  it.each(cases)('%s finishes quickly', (_, text) => {
    classify(one('warm up'));
    const ms = elapsedMs(() => classify(one(text)));
    // Generous bound (CI machines are shared); the real cost is a few hundred microseconds.
    expect(ms).toBeLessThan(100);
  });

  it('a thousand huge messages cost no more than the total scan budget', () => {
    const big = 'lorem ipsum dolor '.repeat(10_000);
    const request: ChatRequest = { model: 'router/auto', messages: Array.from({ length: 1000 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: big })) };
    expect(elapsedMs(() => classify(request))).toBeLessThan(150);
  });
});
