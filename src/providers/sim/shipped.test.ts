import { describe, expect, it } from 'vitest';
import catalogFile from '../../../profiles/sim/catalog.json';
import { catalogSchema } from '../../core/catalog/types';
import { simCatalog, shippedSimModels } from './shipped';

describe('shipped sim models', () => {
  it('are four, clearly simulated, with a catalog that matches profiles/sim/catalog.json', () => {
    const models = shippedSimModels();
    expect(models).toHaveLength(4);
    const catalog = catalogSchema.parse(catalogFile);
    expect(catalog).toEqual(catalogSchema.parse(simCatalog()));
    for (const entry of catalog.models) {
      expect(entry.simulated).toBe(true);
      expect(entry.id.startsWith('sim/')).toBe(true);
      expect(entry.displayName).toMatch(/simulated/);
    }
  });

  it('have distinct trade-offs: a different best model across types', () => {
    const models = shippedSimModels();
    const best = new Set(
      Object.keys(models[0]!.competence).map((type) =>
        [...models].sort((a, b) => (b.competence as Record<string, number>)[type]! - (a.competence as Record<string, number>)[type]!)[0]!.id,
      ),
    );
    expect(best.size).toBeGreaterThanOrEqual(3);
  });
});
