// Workers: each cron tick runs one budgeted slice of the current refresh; progress, run log and
// profiles live in KV, so slices continue across ticks and isolates.
import type { LoadedConfig } from '../config/load';
import type { ProfileSet } from '../core/profiles/schema';
import type { GatewayCore } from '../gateway/build';
import { REFRESH_TASKS, refreshCallModel, refreshOptions } from '../gateway/refresh-wiring';
import type { RefreshService } from '../http/routes/refresh-api';
import { parseEvery, refreshProgress, requestRefresh, runRefreshSlice, type KeyValueStore } from '../refresh';
import { KvProfileStore, type KeyValueNamespace } from '../stores/kv-profile-store';

/** A tick's share of the work: well inside a cron invocation's limits. */
const SLICE_BUDGET = { maxMs: 15_000, maxScenarios: 200, concurrency: 4 };
const DEFAULT_EVERY = '24h';

type Kv = KeyValueStore & KeyValueNamespace;

export function profileStoreFor(kv: KeyValueNamespace, core: GatewayCore): KvProfileStore {
  return new KvProfileStore({ kv, simulated: core.mode === 'simulated' });
}

/** Runs one slice; returns the new profile set when a model's profile was published. */
export async function runScheduledRefresh(core: GatewayCore, kv: Kv, loaded: LoadedConfig, now: number): Promise<ProfileSet | null> {
  const defaults = loaded.config.refresh ?? {};
  const options = refreshOptions(core, {}, defaults);
  const store = profileStoreFor(kv, core);
  const report = await runRefreshSlice(
    kv,
    {
      callModel: refreshCallModel(core),
      catalog: core.index.served(),
      tasks: REFRESH_TASKS,
      priceSnapshot: core.registry.current().catalog.priceSnapshot,
      simulated: core.mode === 'simulated',
      schedule: {
        everyMs: parseEvery(defaults.every ?? DEFAULT_EVERY),
        models: options.models,
        ...(defaults.scenariosPerTask !== undefined ? { scenariosPerTask: defaults.scenariosPerTask } : {}),
        ...(defaults.budgetUsd !== undefined ? { budgetUsd: defaults.budgetUsd } : {}),
        seed: Math.floor(now / 86_400_000),
      },
      profilesKey: store.key,
    },
    SLICE_BUDGET,
  );
  return report.updated.length > 0 ? store.load() : null;
}

/**
 * POST marks a refresh as wanted with the request's settings (checked now, used when the next
 * tick starts it); GET reads progress from KV.
 */
export function workerRefreshService(kv: Kv, core: GatewayCore, loaded: LoadedConfig): RefreshService {
  return {
    start: async (request) => {
      refreshOptions(core, request, loaded.config.refresh ?? {}); // refuses a model it cannot serve, now
      // Only what the request set (unset fields drop out when stored): the schedule fills the rest.
      const { models, types, scenarios_per_task: scenariosPerTask, budget_usd: budgetUsd, seed } = request;
      await requestRefresh(kv, undefined, { models, types, scenariosPerTask, budgetUsd, seed });
      return { started: true };
    },
    status: () => refreshProgress(kv),
  };
}
