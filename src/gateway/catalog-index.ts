// The catalog as the gateway serves it: shipped real models, simulated models and models from
// the config file, with the providers that are configured now.
import type { Catalog, ModelEntry } from '../core/catalog/types';

export class CatalogIndex {
  private readonly byId = new Map<string, ModelEntry>();
  private readonly byUpstream = new Map<string, ModelEntry | null>();

  constructor(
    readonly models: readonly ModelEntry[],
    private readonly configuredProviders: ReadonlySet<string>,
  ) {
    for (const model of models) {
      this.byId.set(model.id, model);
      // A bare upstream name (e.g. "gpt-4.1-mini") resolves only when it is unambiguous.
      const seen = this.byUpstream.get(model.upstream);
      this.byUpstream.set(model.upstream, seen === undefined ? model : null);
    }
  }

  /** A catalog id, or an unambiguous bare upstream name. */
  find(name: string): ModelEntry | undefined {
    return this.byId.get(name) ?? this.byUpstream.get(name) ?? undefined;
  }

  isServed(model: ModelEntry): boolean {
    return this.configuredProviders.has(model.provider);
  }

  served(): ModelEntry[] {
    return this.models.filter((m) => this.isServed(m));
  }

  /** The catalog the router chooses from: real models when any real provider is configured, else simulated ones. */
  routingCatalog(priceSnapshot: string): { catalog: Catalog; simulated: boolean } {
    const real = this.models.filter((m) => !m.simulated && this.isServed(m));
    const simulated = real.length === 0;
    const models = simulated ? this.models.filter((m) => m.simulated && this.isServed(m)) : real;
    return { catalog: { version: 1, priceSnapshot, models }, simulated };
  }
}

/** Merges catalogs; a later entry with the same id replaces an earlier one (config overrides shipped). */
export function mergeCatalogs(...lists: readonly (readonly ModelEntry[])[]): ModelEntry[] {
  const byId = new Map<string, ModelEntry>();
  for (const list of lists) for (const model of list) byId.set(model.id, model);
  return [...byId.values()];
}
