// Holds the current routing table. swap() builds the new table first and then replaces one
// reference, so a request that already took current() keeps its snapshot to the end.
import type { Catalog } from '../catalog/types';
import type { ProfileSet } from '../profiles/schema';
import { assertNotMixed, ProfileKindError } from '../profiles/store';
import { buildRoutingTable, type RoutingTable } from './table';

export class ProfileRegistry {
  private table: RoutingTable;
  private catalog: Catalog;

  constructor(catalog: Catalog, set: ProfileSet) {
    this.catalog = catalog;
    this.table = ProfileRegistry.build(catalog, set, 1);
  }

  /** The snapshot to route one request with; take it once per request. */
  current(): RoutingTable {
    return this.table;
  }

  /** Validates and installs a new set (and optionally a new catalog); returns the new table. */
  swap(set: ProfileSet, catalog: Catalog = this.catalog): RoutingTable {
    const next = ProfileRegistry.build(catalog, set, this.table.version + 1);
    this.catalog = catalog;
    this.table = next;
    return next;
  }

  private static build(catalog: Catalog, set: ProfileSet, version: number): RoutingTable {
    assertNotMixed(set);
    const kindById = new Map(catalog.models.map((m) => [m.id, m.simulated]));
    const wrong = set.models
      .filter((m) => kindById.has(m.model) && kindById.get(m.model) !== set.simulated)
      .map((m) => m.model);
    if (wrong.length > 0) {
      throw new ProfileKindError(
        `a ${set.simulated ? 'simulated' : 'real'} profile set cannot profile ${set.simulated ? 'real' : 'simulated'} catalog models: ${wrong.join(', ')}`,
      );
    }
    return buildRoutingTable(catalog, set, version);
  }
}
