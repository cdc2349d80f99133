import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../src/core/catalog/types';
import {
  CATALOG_PATH,
  PRICE_EXTRACT_PATH,
  perMillion,
  type PriceSnapshot,
} from '../../scripts/build-catalog';

const catalog = catalogSchema.parse(JSON.parse(readFileSync(CATALOG_PATH, 'utf8')));

describe('shipped catalog', () => {
  it('has unique `<provider>/<name>` ids whose prefix is the provider', () => {
    const ids = catalog.models.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of catalog.models) expect(m.id.startsWith(`${m.provider}/`)).toBe(true);
    expect(catalog.priceSnapshot).toBe('litellm-model-prices-2026-07-24');
  });

  it('prices equal the frozen snapshot (its entries for the catalog, kept in profiles/sources/)', () => {
    const snapshot = JSON.parse(readFileSync(PRICE_EXTRACT_PATH, 'utf8')) as PriceSnapshot;
    for (const m of catalog.models) {
      const entry = snapshot[m.priceKey ?? ''];
      expect(entry, m.id).toBeDefined();
      if (!entry) continue;
      expect(m.prices.inputPerMTok).toBe(perMillion(entry.input_cost_per_token ?? -1));
      expect(m.prices.outputPerMTok).toBe(perMillion(entry.output_cost_per_token ?? -1));
      const cached = entry.cache_read_input_token_cost;
      expect(m.prices.cachedInputPerMTok).toBe(cached === undefined ? undefined : perMillion(cached));
      const write = entry.cache_creation_input_token_cost;
      expect(m.prices.cacheWritePerMTok).toBe(write === undefined ? undefined : perMillion(write));
      expect(m.contextWindow).toBe(entry.max_input_tokens);
      expect(m.capabilities.tools).toBe(entry.supports_function_calling === true);
      expect(m.capabilities.vision).toBe(entry.supports_vision === true);
    }
  });
});
