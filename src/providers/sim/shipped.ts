// The shipped simulated models (profiles/sim/models.json), validated once on load.
import shipped from '../../../profiles/sim/models.json';
import type { Catalog } from '../../core/catalog/types';
import { simCatalogEntry, simModelFileSchema, type SimModelSpec } from './spec';

export const SIM_PRICE_SNAPSHOT = 'sim-configured';

export function shippedSimModels(): SimModelSpec[] {
  return simModelFileSchema.parse(shipped).models;
}

/** The catalog for the shipped sim models (what profiles/sim/catalog.json holds). */
export function simCatalog(models: readonly SimModelSpec[] = shippedSimModels(), provider = 'sim'): Catalog {
  return { version: 1, priceSnapshot: SIM_PRICE_SNAPSHOT, models: models.map((m) => simCatalogEntry(m, provider)) };
}
