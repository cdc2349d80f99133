// The routing table: everything route() needs, precomputed once per profile swap so that a
// request only does arithmetic over small typed arrays. Immutable once built.
import type { Catalog, ModelEntry } from '../catalog/types';
import type { ProfileSet } from '../profiles/schema';
import { AGENT_TYPES, type AgentType } from '../types';

/** Capability bits, so a request's needs are checked against a model with one AND. */
export const CAP_TOOLS = 1;
export const CAP_JSON = 2;
export const CAP_JSON_SCHEMA = 4;
export const CAP_VISION = 8;
export const CAP_STREAMING = 16;
export const CAPABILITY_NAMES: ReadonlyArray<readonly [number, string]> = [
  [CAP_TOOLS, 'tools'],
  [CAP_JSON, 'json_object'],
  [CAP_JSON_SCHEMA, 'json_schema'],
  [CAP_VISION, 'images'],
  [CAP_STREAMING, 'streaming'],
];

export interface ModelRow {
  index: number;
  id: string;
  provider: string;
  capabilities: number;
  contextWindow: number;
  openWeight: boolean;
  inputUsdPerToken: number;
  outputUsdPerToken: number;
  reasoningUsdPerToken: number;
  entry: ModelEntry;
}

/** Per agent type, one value per row (indexed by ModelRow.index). */
export interface TypeColumns {
  scoreMean: Float64Array;
  scoreLo: Float64Array;
  scoreHi: Float64Array;
  inputTokens: Float64Array;
  outputTokens: Float64Array;
  reasoningTokens: Float64Array;
  ttftMs: Float64Array;
  msPerOutputToken: Float64Array;
}

export interface RoutingTable {
  /** Increases by one per swap; identifies the snapshot a decision used. */
  readonly version: number;
  readonly generatedAt: string;
  readonly simulated: boolean;
  readonly catalog: Catalog;
  readonly profiles: ProfileSet;
  /** Routable models (in the catalog and profiled), sorted by id for deterministic order. */
  readonly rows: readonly ModelRow[];
  readonly byId: ReadonlyMap<string, ModelRow>;
  readonly columns: Readonly<Record<AgentType, TypeColumns>>;
  /** Catalog models of this set's kind that have no profile (not routable). */
  readonly unprofiled: readonly string[];
}

function capabilityBits(entry: ModelEntry): number {
  const c = entry.capabilities;
  return (
    (c.tools ? CAP_TOOLS : 0) |
    (c.json ? CAP_JSON : 0) |
    (c.jsonSchema ? CAP_JSON_SCHEMA : 0) |
    (c.vision ? CAP_VISION : 0) |
    (c.streaming ? CAP_STREAMING : 0)
  );
}

function toRow(entry: ModelEntry, index: number): ModelRow {
  const p = entry.prices;
  return {
    index,
    id: entry.id,
    provider: entry.provider,
    capabilities: capabilityBits(entry),
    contextWindow: entry.contextWindow,
    openWeight: entry.openWeight,
    inputUsdPerToken: p.inputPerMTok / 1e6,
    outputUsdPerToken: p.outputPerMTok / 1e6,
    reasoningUsdPerToken: (p.reasoningPerMTok ?? p.outputPerMTok) / 1e6,
    entry,
  };
}

function emptyColumns(size: number): TypeColumns {
  const make = () => new Float64Array(size);
  return {
    scoreMean: make(),
    scoreLo: make(),
    scoreHi: make(),
    inputTokens: make(),
    outputTokens: make(),
    reasoningTokens: make(),
    ttftMs: make(),
    msPerOutputToken: make(),
  };
}

/** Builds the table; callers (ProfileRegistry.swap) have already checked the set's kind. */
export function buildRoutingTable(catalog: Catalog, set: ProfileSet, version: number): RoutingTable {
  const profiles = new Map(set.models.map((m) => [m.model, m]));
  const entries = catalog.models
    .filter((e) => e.simulated === set.simulated)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const routable = entries.filter((e) => profiles.has(e.id));
  const rows = routable.map(toRow);
  const columns = Object.fromEntries(
    AGENT_TYPES.map((t) => [t, emptyColumns(rows.length)]),
  ) as Record<AgentType, TypeColumns>;
  for (const row of rows) {
    const profile = profiles.get(row.id);
    if (!profile) continue;
    for (const type of AGENT_TYPES) fillColumns(columns[type], row.index, profile.types[type]);
  }
  return {
    version,
    generatedAt: set.generatedAt,
    simulated: set.simulated,
    catalog,
    profiles: set,
    rows,
    byId: new Map(rows.map((r) => [r.id, r])),
    columns,
    unprofiled: entries.filter((e) => !profiles.has(e.id)).map((e) => e.id),
  };
}

function fillColumns(
  col: TypeColumns,
  i: number,
  tp: ProfileSet['models'][number]['types'][AgentType],
): void {
  col.scoreMean[i] = tp.score.mean;
  col.scoreLo[i] = Math.min(tp.score.lo, tp.score.mean);
  col.scoreHi[i] = Math.max(tp.score.hi, tp.score.mean);
  col.inputTokens[i] = tp.cost.inputTokensPerCall;
  col.outputTokens[i] = tp.cost.outputTokensPerCall;
  col.reasoningTokens[i] = Math.min(tp.cost.reasoningTokensPerCall, tp.cost.outputTokensPerCall);
  col.ttftMs[i] = tp.latency.ttftMs;
  col.msPerOutputToken[i] = 1000 / tp.latency.outputTokensPerSecond;
}
