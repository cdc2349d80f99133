// Acceptance: the sim end to end. Profiles measured over the simulated models must recover the
// configured competence (within 0.08, intervals covering it in >= 90% of types), and routing
// with those profiles must pick the models the configured competence implies.
import { describe, expect, it } from 'vitest';
import { parseRouterConfig } from '../../src/core/routing/config-schema';
import { ProfileRegistry, routeForType } from '../../src/core/routing';
import { AGENT_TYPES } from '../../src/core/types';
import { simCatalog } from '../../src/providers/sim';
import { createMemoryRunLog } from '../../src/refresh/run-log';
import { runSession } from '../../src/refresh/session';
import { simSessionDeps, suiteUnderTest } from './helpers';

describe('sim end to end', () => {
  it('recovers configured competence and routes accordingly', async () => {
    const suite = suiteUnderTest();
    const { deps, specs, profiles, suiteVersion } = simSessionDeps(createMemoryRunLog(), suite.tasks);
    const result = await runSession(deps, {
      concurrency: 16,
      run: {
        runId: 'e2e', suiteVersion, priceSnapshot: 'sim-configured', simulated: true,
        plan: { models: specs.map((s) => s.id), tasks: suite.tasks.map((t) => t.id), validationTasks: [], scenariosPerTask: suite.real ? 20 : 30, repeats: 1, seed: 42 },
      },
    });
    expect(result.outcome.status).toBe('complete');
    expect(result.updated.sort()).toEqual(specs.map((s) => s.id).sort());
    const set = profiles.saved.at(-1)!;
    let covered = 0;
    let cells = 0;
    const rows: string[] = [];
    for (const spec of specs) {
      const profile = set.models.find((m) => m.model === spec.id)!;
      for (const type of AGENT_TYPES) {
        const configured = spec.competence[type];
        const { mean, lo, hi } = profile.types[type].score;
        rows.push(`${spec.id} ${type} ${configured} ${mean.toFixed(3)} [${lo.toFixed(3)}, ${hi.toFixed(3)}]`);
        expect(Math.abs(mean - configured)).toBeLessThanOrEqual(0.08);
        cells++;
        if (lo <= configured && configured <= hi) covered++;
        expect(profile.types[type].provenance).toMatchObject({ source: 'measured', runId: 'e2e', suiteVersion });
        expect(profile.types[type].latency.ttftMs).toBeCloseTo(spec.latency.ttftMs, 6);
      }
    }
    console.log(rows.join('\n'));
    expect(covered / cells).toBeGreaterThanOrEqual(0.9);

    const ctx = { table: new ProfileRegistry(simCatalog(specs), set).current(), config: parseRouterConfig({}) };
    for (const type of AGENT_TYPES) {
      const best = [...specs].sort((a, b) => b.competence[type] - a.competence[type])[0]!.id;
      expect(routeForType(type, 'quality', ctx).plan.primary, type).toBe(best);
    }
  });
});
