import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from '../helpers/start-gateway';

// A new session of the same agent: the shared system prompt is replayed from the gateway's scan
// cache from its second sight on, and the decision is the one a scan gives (same headers as a
// gateway with the cache off).
const system = 'You watch the line sensors of packing cell 4. Each message is the newest reading; keep track of which conveyors have reported and answer with the action for the cell.';
const body = (reading: string) => JSON.stringify({ model: 'router/auto', max_tokens: 8, messages: [{ role: 'system', content: system }, { role: 'user', content: reading }] });

// The routing decision without a model call (explain goes through the same decider as chat).
async function decide(gateway: TestGateway, session: string, reading: string): Promise<unknown> {
  const response = await fetch(`${gateway.url}/v1/router/explain`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-session-id': session }, body: body(reading) });
  expect(response.status).toBe(200);
  const decision = (await response.json()) as { classification: { type: string; confidence: number } };
  expect(decision.classification.confidence).toBeGreaterThan(0);
  return decision;
}

describe('the gateway scan cache', () => {
  let cached: TestGateway;
  let off: TestGateway;
  beforeAll(async () => {
    cached = await startGateway();
    off = await startGateway({ config: { classifier: { scanCacheUnits: 0 } } });
  });
  afterAll(async () => {
    await cached.close();
    await off.close();
  });

  it('replays a system prompt shared by new sessions, with the decisions of a scan', async () => {
    expect(cached.gateway.scanCache).toBeDefined();
    expect(off.gateway.scanCache).toBeUndefined();
    const readings = ['belt A: 14 boxes/min', 'belt B stopped', 'belt C: jam cleared', 'belt A: 12 boxes/min'];
    for (const [i, reading] of readings.entries()) {
      expect(await decide(cached, `s${i}`, reading)).toEqual(await decide(off, `s${i}`, reading));
    }
    const cache = cached.gateway.scanCache!;
    // First sight noted, second recorded, third and fourth replayed (the readings are too short to cache).
    expect([cache.firstSights, cache.records, cache.hits]).toEqual([1, 1, 2]);
  });

  it('rejects a negative or too small bound with an error that names the field', async () => {
    await expect(startGateway({ config: { classifier: { scanCacheUnits: -1 } } })).rejects.toThrow(/classifier\.scanCacheUnits/);
    await expect(startGateway({ config: { classifier: { scanCacheUnits: 1000 } } })).rejects.toThrow(/classifier\.scanCacheUnits.*at least 65536/);
  });
});
