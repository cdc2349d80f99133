// Small builders for catalogs, profile sets and requests used by the routing tests and bench.
import { parseRouterConfig, type RouterConfigInput } from '../../src/core/routing/config-schema';
import type { Catalog, ModelEntry } from '../../src/core/catalog/types';
import type { ModelProfile, ProfileSet, TypeProfile } from '../../src/core/profiles/schema';
import { ProfileRegistry, type RouteContext } from '../../src/core/routing';
import { AGENT_TYPES, type AgentType, type ChatRequest, type Classification, type Posterior } from '../../src/core/types';

export interface ModelSpec {
  id: string;
  inputPerMTok?: number;
  outputPerMTok?: number;
  tools?: boolean;
  jsonSchema?: boolean;
  vision?: boolean;
  contextWindow?: number;
  openWeight?: boolean;
  simulated?: boolean;
}

export function modelEntry(spec: ModelSpec): ModelEntry {
  return {
    id: spec.id,
    provider: spec.id.split('/')[0]!,
    upstream: spec.id.split('/')[1]!,
    prices: { inputPerMTok: spec.inputPerMTok ?? 1, outputPerMTok: spec.outputPerMTok ?? 4 },
    contextWindow: spec.contextWindow ?? 128_000,
    capabilities: {
      tools: spec.tools ?? true,
      json: true,
      jsonSchema: spec.jsonSchema ?? true,
      vision: spec.vision ?? true,
      streaming: true,
    },
    openWeight: spec.openWeight ?? false,
    simulated: spec.simulated ?? false,
  };
}

export interface TypeSpec {
  score: number;
  halfWidth?: number;
  outputTokens?: number;
  ttftMs?: number;
  tokensPerSecond?: number;
}

export function typeProfile(spec: TypeSpec): TypeProfile {
  const h = spec.halfWidth ?? 0.1;
  const out = spec.outputTokens ?? 100;
  return {
    score: { mean: spec.score, lo: Math.max(0, spec.score - h), hi: Math.min(1, spec.score + h), n: 0 },
    cost: { usdPerTask: 0, callsPerTask: 1, inputTokensPerCall: 1000, outputTokensPerCall: out, reasoningTokensPerCall: 0, cachedInputTokensPerCall: 0 },
    latency: { p50Ms: 0, p95Ms: 0, ttftMs: spec.ttftMs ?? 500, outputTokensPerSecond: spec.tokensPerSecond ?? 100 },
    errorRate: 0,
    provenance: { source: 'prior', suiteVersion: 'test', priceSnapshot: 'test', measuredAt: '2026-01-01' },
  };
}

export function modelProfile(id: string, perType: TypeSpec | Partial<Record<AgentType, TypeSpec>>, simulated = false): ModelProfile {
  const uniform = 'score' in perType ? (perType as TypeSpec) : null;
  const types = Object.fromEntries(
    AGENT_TYPES.map((t) => [t, typeProfile(uniform ?? (perType as Record<AgentType, TypeSpec>)[t] ?? { score: 0.5 })]),
  ) as Record<AgentType, TypeProfile>;
  return { model: id, simulated, types };
}

export function catalogOf(models: ModelEntry[]): Catalog {
  return { version: 1, priceSnapshot: 'test', models };
}

export function profileSetOf(models: ModelProfile[], simulated = false): ProfileSet {
  return { version: 1, generatedAt: '2026-01-01T00:00:00Z', simulated, models };
}

export function contextFor(catalog: Catalog, set: ProfileSet, config: RouterConfigInput = {}, isAvailable?: (id: string) => boolean): RouteContext {
  return { table: new ProfileRegistry(catalog, set).current(), config: parseRouterConfig(config), isAvailable };
}

export function oneHot(type: AgentType, confidence = 1): Classification {
  const rest = (1 - confidence) / (AGENT_TYPES.length - 1);
  const posterior = Object.fromEntries(AGENT_TYPES.map((t) => [t, t === type ? confidence : rest])) as Posterior;
  return { type, confidence, posterior, signals: [], source: 'model' };
}

export function chat(text: string, extra: Partial<ChatRequest> = {}): ChatRequest {
  return { model: 'router/auto', messages: [{ role: 'user', content: text }], ...extra };
}

export const WEATHER_TOOL: NonNullable<ChatRequest['tools']>[number] = {
  type: 'function',
  function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
};
