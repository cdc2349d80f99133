// Builds profiles/catalog.json from the frozen litellm price snapshot and the curated model list.
// The runtime never reads ../shared: the generated JSON is committed and is the embedded default.
//
//   tsx scripts/build-catalog.ts [--prices <snapshot.json>] [--out <catalog.json>]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogSchema, type Catalog, type ModelEntry } from '../src/core/catalog/types';
import { CURATED_MODELS, type CuratedModel } from './catalog-models';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PRICES_PATH = resolve(
  PROJECT_ROOT,
  '../shared/data/prices/litellm-model-prices-2026-07-24.json',
);
export const CATALOG_PATH = resolve(PROJECT_ROOT, 'profiles/catalog.json');
/** The snapshot entries the catalog was built from, verbatim, kept in the repo so checks never need ../shared. */
export const PRICE_EXTRACT_PATH = resolve(PROJECT_ROOT, 'profiles/sources/litellm-model-prices-2026-07-24.extract.json');

/** The fields of one snapshot entry this script reads (the snapshot has many more). */
export interface SnapshotEntry {
  input_cost_per_token?: number;
  output_cost_per_token?: number;
  cache_read_input_token_cost?: number;
  cache_creation_input_token_cost?: number;
  output_cost_per_reasoning_token?: number;
  max_input_tokens?: number;
  max_output_tokens?: number;
  supports_function_calling?: boolean;
  supports_response_schema?: boolean;
  supports_vision?: boolean;
  supports_native_streaming?: boolean;
}
export type PriceSnapshot = Record<string, SnapshotEntry>;

/** USD per token -> USD per million tokens, rounded to kill float noise (1.25e-6 * 1e6). */
export function perMillion(perToken: number): number {
  return Math.round(perToken * 1e6 * 1e9) / 1e9;
}

function optionalPrice(perToken: number | undefined): number | undefined {
  return perToken === undefined ? undefined : perMillion(perToken);
}

export function toModelEntry(model: CuratedModel, entry: SnapshotEntry): ModelEntry {
  if (entry.input_cost_per_token === undefined || entry.output_cost_per_token === undefined) {
    throw new Error(`${model.priceKey}: snapshot entry has no input/output price`);
  }
  if (!entry.max_input_tokens) throw new Error(`${model.priceKey}: no max_input_tokens`);
  const jsonSchema = entry.supports_response_schema === true;
  return {
    id: model.id,
    provider: model.provider,
    upstream: model.upstream,
    displayName: model.displayName,
    prices: dropUndefined({
      inputPerMTok: perMillion(entry.input_cost_per_token),
      outputPerMTok: perMillion(entry.output_cost_per_token),
      cachedInputPerMTok: optionalPrice(entry.cache_read_input_token_cost),
      cacheWritePerMTok: optionalPrice(entry.cache_creation_input_token_cost),
      reasoningPerMTok: optionalPrice(entry.output_cost_per_reasoning_token),
    }),
    priceKey: model.priceKey,
    contextWindow: entry.max_input_tokens,
    ...(entry.max_output_tokens ? { maxOutputTokens: entry.max_output_tokens } : {}),
    capabilities: {
      tools: entry.supports_function_calling === true,
      json: jsonSchema || model.jsonMode === true,
      jsonSchema,
      vision: entry.supports_vision === true,
      // The snapshot flags streaming only occasionally; every curated chat API streams.
      streaming: entry.supports_native_streaming !== false,
    },
    openWeight: model.openWeight === true,
    simulated: false,
  };
}

function dropUndefined<T extends Record<string, number | undefined>>(value: T): ModelEntry['prices'] {
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as ModelEntry['prices'];
}

export function buildCatalog(snapshot: PriceSnapshot, snapshotName: string): Catalog {
  const models = CURATED_MODELS.map((model) => {
    const entry = snapshot[model.priceKey];
    if (!entry) throw new Error(`curated model ${model.id}: ${model.priceKey} not in the snapshot`);
    return toModelEntry(model, entry);
  });
  return catalogSchema.parse({ version: 1, priceSnapshot: snapshotName, models });
}

function argValue(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}

function main(args: string[]): void {
  const pricesPath = resolve(argValue(args, '--prices') ?? DEFAULT_PRICES_PATH);
  const outPath = resolve(argValue(args, '--out') ?? CATALOG_PATH);
  const snapshot = JSON.parse(readFileSync(pricesPath, 'utf8')) as PriceSnapshot;
  const catalog = buildCatalog(snapshot, basename(pricesPath, '.json'));
  writeFileSync(outPath, `${JSON.stringify(catalog, null, 2)}\n`);
  const extract = Object.fromEntries(CURATED_MODELS.map((m) => [m.priceKey, snapshot[m.priceKey]]));
  writeFileSync(PRICE_EXTRACT_PATH, `${JSON.stringify(extract, null, 2)}\n`);
  console.log(`wrote ${catalog.models.length} models to ${outPath} and their snapshot entries to ${PRICE_EXTRACT_PATH}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
