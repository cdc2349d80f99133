// Builds profiles/priors.json: a real (non-simulated) ProfileSet of priors from public
// leaderboard figures and documented assumptions (docs/priors.md). Never measured: source 'prior'.
//
//   tsx scripts/build-priors.ts [--leaderboards <dir>] [--catalog <catalog.json>] [--out <priors.json>]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogSchema, type Catalog, type ModelEntry } from '../src/core/catalog/types';
import { profileSetSchema, type ProfileSet, type TypeProfile } from '../src/core/profiles/schema';
import { AGENT_TYPES, type AgentType } from '../src/core/types';
import { CATALOG_PATH, PROJECT_ROOT } from './build-catalog';
import { LeaderboardFigures, type Figure } from './leaderboard-figures';
import {
  HALF_WIDTH, MODEL_ASSUMPTIONS, PRIOR_ERROR_RATE, TIER_SCORES, TYPICAL_TOKENS, type ModelAssumption,
} from './prior-assumptions';
import type { Citation } from './prior-types';

export const PRIORS_PATH = resolve(PROJECT_ROOT, 'profiles/priors.json');
const DEFAULT_LEADERBOARDS = resolve(PROJECT_ROOT, '../shared/data/leaderboards');
/** Pinned so the build is reproducible (the price snapshot's date). */
const GENERATED_AT = '2026-07-24T00:00:00.000Z';
const SUITE_VERSION = 'none (prior)';

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
const clip = (x: number) => Math.min(1, Math.max(0, x));

function typeScore(figures: LeaderboardFigures, id: string, a: ModelAssumption, type: AgentType) {
  let found: Figure[] = [];
  if (a.helm) found.push(...figures.helmFigures(a.helm, type, ''));
  if (a.asta) found.push(...figures.astaFigures(a.asta, type));
  let halfWidth: number = HALF_WIDTH.figure;
  if (found.length === 0 && a.helmProxy) {
    found = figures.helmFigures(a.helmProxy, type, `proxy for ${id}: predecessor `);
    halfWidth = HALF_WIDTH.proxy;
  }
  if (found.length === 0) {
    const citation: Citation = { name: 'tier estimate, no public figure', date: GENERATED_AT.slice(0, 10), detail: `tier '${a.tier}' ${type} estimate` };
    return { mean: TIER_SCORES[a.tier][type], halfWidth: HALF_WIDTH.tier, citations: [citation] };
  }
  const mean = found.reduce((s, f) => s + f.value, 0) / found.length;
  return { mean, halfWidth, citations: found.map((f) => f.citation) };
}

function costAndLatency(entry: ModelEntry, a: ModelAssumption, type: AgentType) {
  const t = TYPICAL_TOKENS[type];
  const reasoning = a.reasoning ? t.reasoning : 0;
  const output = t.output + reasoning;
  const p = entry.prices;
  const perCall = (t.input * p.inputPerMTok + t.output * p.outputPerMTok + reasoning * (p.reasoningPerMTok ?? p.outputPerMTok)) / 1e6;
  const p50 = a.ttftMs + (output / a.tokensPerSecond) * 1000;
  return {
    cost: {
      usdPerTask: round(perCall * t.calls, 8), callsPerTask: t.calls, inputTokensPerCall: t.input,
      outputTokensPerCall: output, reasoningTokensPerCall: reasoning, cachedInputTokensPerCall: 0,
    },
    latency: { p50Ms: Math.round(p50), p95Ms: Math.round(p50 * 2), ttftMs: a.ttftMs, outputTokensPerSecond: a.tokensPerSecond },
    citation: {
      name: 'assumption, not measured',
      date: GENERATED_AT.slice(0, 10),
      detail: `cost: typical ${type} call (${t.input} in, ${t.output} out, ${reasoning} reasoning tokens) x catalog prices; latency: assumed ttft ${a.ttftMs}ms, ${a.tokensPerSecond} tok/s`,
    } satisfies Citation,
  };
}

function typeProfile(figures: LeaderboardFigures, entry: ModelEntry, a: ModelAssumption, type: AgentType, snapshot: string): TypeProfile {
  const s = typeScore(figures, entry.id, a, type);
  const mean = clip(s.mean);
  const { cost, latency, citation } = costAndLatency(entry, a, type);
  return {
    score: { mean: round(mean), lo: round(clip(mean - s.halfWidth)), hi: round(clip(mean + s.halfWidth)), n: 0 },
    cost,
    latency,
    errorRate: PRIOR_ERROR_RATE,
    provenance: {
      source: 'prior', suiteVersion: SUITE_VERSION, priceSnapshot: snapshot,
      measuredAt: GENERATED_AT, citations: [...s.citations, citation],
    },
  };
}

export function buildPriors(catalog: Catalog, figures: LeaderboardFigures): ProfileSet {
  const models = catalog.models.filter((m) => !m.simulated).map((entry) => {
    const a = MODEL_ASSUMPTIONS[entry.id];
    if (!a) throw new Error(`no prior assumptions for ${entry.id} (add it to scripts/prior-assumptions.ts)`);
    const types = Object.fromEntries(
      AGENT_TYPES.map((t) => [t, typeProfile(figures, entry, a, t, catalog.priceSnapshot)]),
    ) as Record<AgentType, TypeProfile>;
    return { model: entry.id, simulated: false, types };
  });
  return profileSetSchema.parse({ version: 1, generatedAt: GENERATED_AT, simulated: false, models });
}

function argValue(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}

function main(args: string[]): void {
  const catalogPath = resolve(argValue(args, '--catalog') ?? CATALOG_PATH);
  const outPath = resolve(argValue(args, '--out') ?? PRIORS_PATH);
  const catalog = catalogSchema.parse(JSON.parse(readFileSync(catalogPath, 'utf8')));
  const figures = new LeaderboardFigures(resolve(argValue(args, '--leaderboards') ?? DEFAULT_LEADERBOARDS));
  const priors = buildPriors(catalog, figures);
  writeFileSync(outPath, `${JSON.stringify(priors, null, 2)}\n`);
  console.log(`wrote priors for ${priors.models.length} models to ${outPath}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
