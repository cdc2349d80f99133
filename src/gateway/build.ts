// Assembles the gateway from a loaded config and the data it serves. Runtime-neutral: the Node
// and Workers entries differ only in where config, secrets and profiles come from.
import type { Hono } from 'hono';
import { createApp } from '../app';
import { parseRouterConfig, type RouterConfig } from '../core/routing/config-schema';
import type { LoadedConfig } from '../config/load';
import type { Catalog, ModelEntry } from '../core/catalog/types';
import { createScanCache, createSessionStore, defaultModel, type ScanCache } from '../core/classify';
import type { ProfileSet } from '../core/profiles/schema';
import { overlayProfiles } from '../core/profiles/overlay';
import { ProfileRegistry } from '../core/routing';
import { CircuitBreakers } from '../execute/circuit-breaker';
import { Executor, type ResolvedModel } from '../execute/executor';
import { createAdapter } from '../providers/registry';
import type { ProviderAdapter } from '../providers/types';
import { CatalogIndex, mergeCatalogs } from './catalog-index';
import { createDecide } from './decide';
import { createRouterApi } from '../http/routes/router-api';
import { refreshApi, type RefreshService } from '../http/routes/refresh-api';

export interface GatewayData {
  catalog: Catalog;
  simCatalog: Catalog;
  /** Real profiles: measured when available, else the shipped priors. */
  profiles: ProfileSet;
  simProfiles: ProfileSet;
}

export interface GatewayRuntime {
  now(): number;
  newId(): string;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
  log?(level: 'info' | 'warn' | 'error', message: string, fields?: Record<string, unknown>): void;
}

/** Everything but the HTTP app: what runtime services (refresh) are built from. */
export interface GatewayCore {
  mode: 'live' | 'simulated';
  index: CatalogIndex;
  registry: ProfileRegistry;
  routerConfig: RouterConfig;
  executor: Executor;
  breakers: CircuitBreakers;
  resolve(modelId: string): ResolvedModel | undefined;
  /** The adapter serving a configured provider instance (the refresh runner calls through it). */
  adapterFor(provider: string): ProviderAdapter;
  /** Scans of text seen before, replayed (undefined when `classifier.scanCacheUnits` is 0). */
  scanCache: ScanCache | undefined;
  /** The models the router chooses from now (real when any real provider is configured). */
  routingModels(): readonly ModelEntry[];
  /**
   * Installs measured profiles of the kind the router uses now (refresh hot swap): they replace
   * the shipped ones model by model, so models not measured yet keep their shipped profile.
   */
  installMeasured(set: ProfileSet): void;
}

export interface Gateway extends GatewayCore {
  app: Hono;
}

export interface GatewayOptions {
  /** Extra sub-apps behind gateway auth. */
  routes?: Hono[];
  /** The refresh service for this runtime; mounts POST/GET /v1/router/refresh (admin only). */
  refresh?: (core: GatewayCore) => RefreshService;
}

export function buildGateway(loaded: LoadedConfig, data: GatewayData, runtime: GatewayRuntime, options: GatewayOptions = {}): Gateway {
  const adapters = new Map<string, { adapter: ProviderAdapter; timeoutMs: number }>();
  for (const settings of loaded.providers) {
    adapters.set(settings.name, { adapter: createAdapter(settings), timeoutMs: settings.timeoutMs });
  }
  const models: ModelEntry[] = mergeCatalogs(data.catalog.models, data.simCatalog.models, loaded.config.models ?? []);
  const index = new CatalogIndex(models, new Set(adapters.keys()));
  const routing = index.routingCatalog(data.catalog.priceSnapshot);
  const baseProfiles = routing.simulated ? data.simProfiles : data.profiles;
  const registry = new ProfileRegistry(routing.catalog, baseProfiles);
  const routerConfig = loaded.config.router ?? parseRouterConfig();
  const breakers = new CircuitBreakers({ ...loaded.config.breaker, now: runtime.now });

  const resolve = (modelId: string): ResolvedModel | undefined => {
    const entry = index.find(modelId);
    const provider = entry && adapters.get(entry.provider);
    return entry && provider ? { entry, adapter: provider.adapter, timeoutMs: provider.timeoutMs } : undefined;
  };
  const executor = new Executor({
    resolve,
    breakers,
    retriesPerModel: loaded.config.retries.perModel,
    baseRetryDelayMs: loaded.config.retries.baseDelayMs,
    maxRetryDelayMs: loaded.config.retries.maxDelayMs,
    sleep: runtime.sleep,
    random: runtime.random,
  });
  const scanUnits = loaded.config.classifier.scanCacheUnits;
  const scanCache = scanUnits > 0 ? createScanCache({ maxUnits: scanUnits }) : undefined;
  const decider = createDecide({
    index, registry, routerConfig, breakers, sessions: createSessionStore(), classifier: defaultModel(), scanCache,
  });
  const core: GatewayCore = {
    mode: routing.simulated ? 'simulated' : 'live',
    index,
    registry,
    routerConfig,
    executor,
    breakers,
    scanCache,
    resolve,
    adapterFor: (provider) => {
      const found = adapters.get(provider);
      if (!found) throw new Error(`provider ${provider} is not configured`);
      return found.adapter;
    },
    routingModels: () => routing.catalog.models,
    installMeasured: (set) => void registry.swap(overlayProfiles(baseProfiles, set)),
  };
  const refresh = options.refresh?.(core);
  const app = createApp({
    gatewayKeys: loaded.gatewayKeys,
    adminKeys: loaded.adminKeys,
    newId: runtime.newId,
    log: runtime.log,
    chat: {
      maxBodyBytes: loaded.config.server.maxBodyBytes,
      decide: decider.decide,
      executor,
      newId: runtime.newId,
      nowSeconds: () => Math.floor(runtime.now() / 1000),
    },
    models: {
      servedModels: () => index.served(),
      routerModels: () => ['router/auto', ...Object.keys(routerConfig.policies).map((p) => `router/${p}`)],
      created: 1_767_225_600, // 2026-01-01: a fixed date, models have no meaningful creation time here
    },
    health: () => ({
      mode: routing.simulated ? 'simulated' : 'live',
      models: index.served().length,
      profiles: { version: registry.current().version, simulated: routing.simulated },
      openCircuitBreakers: breakers.openModels(),
    }),
    routes: [
      createRouterApi({
        decide: decider.explain,
        registry,
        routerConfig,
        isAvailable: (id) => breakers.isAvailable(id),
        maxBodyBytes: loaded.config.server.maxBodyBytes,
      }),
      ...(options.routes ?? []),
    ],
    adminRoutes: refresh ? [{ path: '/v1/router/refresh', app: refreshApi(refresh) }] : [],
  });

  return { ...core, app };
}
