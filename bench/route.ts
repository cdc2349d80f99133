// Microbenchmark of the whole routing decision: classify + filter + predict + frontier + policy.
//   npm run bench:route
// Catalog: the shipped catalog and priors, cloned with perturbed prices/scores up to N models.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRouterConfig } from '../src/core/routing/config-schema';
import { catalogSchema, type Catalog } from '../src/core/catalog/types';
import { classify } from '../src/core/classify';
import { profileSetSchema, type ProfileSet } from '../src/core/profiles/schema';
import { ProfileRegistry, route, type RouteContext } from '../src/core/routing';
import type { ChatRequest } from '../src/core/types';
import { BENCH_REQUESTS } from './route-requests';
import { quantileSorted } from '../benchmarks/lib/stats';
import { timeCalls } from './timing';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const baseCatalog = catalogSchema.parse(JSON.parse(readFileSync(resolve(root, 'profiles/catalog.json'), 'utf8')));
const basePriors = profileSetSchema.parse(JSON.parse(readFileSync(resolve(root, 'profiles/priors.json'), 'utf8')));

/** Deterministic pseudo-random in [0, 1) so runs compare. */
function jitter(i: number): number {
  const x = Math.sin(i * 12.9898) * 43758.5453;
  return x - Math.floor(x);
}

function scaled(n: number): { catalog: Catalog; priors: ProfileSet } {
  const models: Catalog['models'] = [];
  const profiles: ProfileSet['models'] = [];
  for (let i = 0; i < n; i++) {
    const k = i % baseCatalog.models.length;
    const entry = baseCatalog.models[k]!;
    const profile = basePriors.models.find((p) => p.model === entry.id)!;
    const id = i < baseCatalog.models.length ? entry.id : `${entry.id}-v${i}`;
    const f = 0.7 + 0.6 * jitter(i);
    models.push({ ...entry, id, prices: { ...entry.prices, inputPerMTok: entry.prices.inputPerMTok * f } });
    const types = Object.fromEntries(
      Object.entries(profile.types).map(([t, tp]) => [t, { ...tp, score: { ...tp.score, mean: Math.min(1, tp.score.mean * (0.9 + 0.2 * jitter(i + 7))) } }]),
    ) as ProfileSet['models'][number]['types'];
    profiles.push({ ...profile, model: id, types });
  }
  return { catalog: { ...baseCatalog, models }, priors: { ...basePriors, models: profiles } };
}

function measure(label: string, iterations: number, step: (request: ChatRequest) => void): string {
  const samples = timeCalls((i) => step(BENCH_REQUESTS[i % BENCH_REQUESTS.length]!), iterations, 5000);
  const p50 = quantileSorted(samples, 0.5), p99 = quantileSorted(samples, 0.99);
  return `${label.padEnd(44)} p50 ${p50.toFixed(1).padStart(6)} µs   p99 ${p99.toFixed(1).padStart(6)} µs`;
}

const config = parseRouterConfig({});
const ITERATIONS = 50_000;
console.log(`route bench: ${BENCH_REQUESTS.length} requests round-robin, ${ITERATIONS} timed decisions each, node ${process.version}`);
for (const n of [20, 200]) {
  const { catalog, priors } = scaled(n);
  const registry = new ProfileRegistry(catalog, priors);
  const ctx: RouteContext = { table: registry.current(), config, isAvailable: () => true };
  const classifications = BENCH_REQUESTS.map((r) => classify(r));
  let k = 0;
  console.log(measure(`whole decision (classify+route), ${n} models`, ITERATIONS, (r) => void route(r, classify(r), ctx)));
  console.log(measure(`  route only, ${n} models`, ITERATIONS, (r) => void route(r, classifications[k++ % classifications.length]!, ctx)));
}
console.log(measure('  classify only', ITERATIONS, (r) => void classify(r)));
