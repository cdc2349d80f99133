// Hot swap on Node: while requests keep flowing through the gateway, a refresh over the
// simulated models completes and swaps the profiles in; no request fails, and decisions follow
// the new profiles afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileSet } from '../../src/core/profiles/schema';
import { createNodeRefresh } from '../../src/entry/node-refresh';
import { embeddedData } from '../../src/gateway/embedded';
import { startGateway, type TestGateway } from '../helpers/start-gateway';

const ADMIN = 'admin-key-test';
let gw: TestGateway;
let dir: string;

/** The shipped simulated profiles with goal_based skills inverted: a refresh must correct them. */
function misleadingProfiles(): ProfileSet {
  const set = structuredClone(embeddedData().simProfiles);
  for (const model of set.models) {
    const goal = model.types.goal_based;
    const flipped = model.model === 'sim/reflex-fast' ? 0.99 : 0.2;
    goal.score = { mean: flipped, lo: flipped - 0.01, hi: flipped + 0.01, n: 40 };
  }
  return { ...set, generatedAt: '2026-01-01T00:00:00.000Z' };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'agent-router-hotswap-'));
  gw = await startGateway({
    env: { ADMIN_API_KEY: ADMIN },
    simProfiles: misleadingProfiles(),
    // Request latency does not matter here; keep the simulated models quick.
    refresh: (loaded) => (core) =>
      createNodeRefresh(core, loaded, { runsDir: join(dir, 'runs'), profilesPath: join(dir, 'sim-profiles.json') }).service,
  });
});

afterAll(async () => {
  await gw?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function routedModel(): Promise<{ ok: boolean; model: string | null; status: number }> {
  const res = await fetch(`${gw.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-agent-type': 'goal_based' },
    body: JSON.stringify({ model: 'router/quality', messages: [{ role: 'user', content: 'Plan a route through A, B, C.' }] }),
  });
  await res.text();
  return { ok: res.ok, model: res.headers.get('x-router-model'), status: res.status };
}

describe('refresh hot swap under load', () => {
  it('refuses the refresh endpoints without the admin key', async () => {
    const res = await fetch(`${gw.url}/v1/router/refresh`, { method: 'POST' });
    expect(res.status).toBe(401);
  });

  it('swaps profiles while serving: no failures, and decisions change after the swap', async () => {
    expect((await routedModel()).model).toBe('sim/reflex-fast');
    const start = await fetch(`${gw.url}/v1/router/refresh`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scenarios_per_task: 3, seed: 11 }),
    });
    expect(start.status).toBe(202);

    const results: { ok: boolean; model: string | null; status: number; afterSwap: boolean }[] = [];
    let finished = false;
    const watcher = (async () => {
      for (let i = 0; i < 600 && !finished; i++) {
        const status = await (await fetch(`${gw.url}/v1/router/refresh`, { headers: { authorization: `Bearer ${ADMIN}` } })).json();
        if (status.state === 'finished' || status.state === 'failed') {
          expect(status.state).toBe('finished');
          finished = true;
        } else await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const client = async () => {
      let extra = 0;
      while (extra < 3) {
        const wasFinished = finished;
        results.push({ ...(await routedModel()), afterSwap: wasFinished });
        if (wasFinished) extra++;
      }
    };
    await Promise.all([watcher, client(), client(), client(), client()]);

    expect(finished).toBe(true);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.length).toBeGreaterThan(12);
    const after = results.filter((r) => r.afterSwap);
    expect(after.length).toBeGreaterThanOrEqual(12);
    expect(new Set(after.map((r) => r.model))).toEqual(new Set(['sim/planner-pro']));
    expect(results.some((r) => !r.afterSwap && r.model === 'sim/reflex-fast')).toBe(true);
  }, 120_000);
});
