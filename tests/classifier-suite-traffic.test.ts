// Requests the built-in suite sends must be classified as the suite task's own type: the profiles
// are measured on this traffic, so misrouting it would mean profiling the wrong type.
import { describe, expect, it } from 'vitest';
import { SUITE_TASKS } from '../benchmarks/index';
import { AGENT_TYPES } from '../src/core/types';
import { suiteTraffic, tallySuite } from '../scripts/suite-traffic';

describe('classifier on built-in suite traffic', () => {
  it('the suite has 15 tasks', () => {
    expect(SUITE_TASKS).toHaveLength(15);
  });

  it('classifies solver-played suite requests as their own type at >= 0.95 per type', async () => {
    const tally = tallySuite(await suiteTraffic());
    for (const type of AGENT_TYPES) {
      const entry = tally.get(type)!;
      expect(entry.n, `${type}: no suite requests`).toBeGreaterThan(0);
      expect(entry.ok / entry.n, `${type} misclassified: ${JSON.stringify(entry.wrong)}`).toBeGreaterThanOrEqual(0.95);
    }
  }, 120_000);
});
