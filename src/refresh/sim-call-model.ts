// callModel for simulated models in virtual time: each call gets its own clock that the sim
// adapter's sleeps advance, so measured latency equals the configured latency exactly, runs
// take no wall time, and concurrency cannot distort the figures.
import type { ModelEntry } from '../core/catalog/types';
import { createSimAdapter, type SimModelSpec } from '../providers/sim';
import type { ProviderSettings } from '../providers/types';
import { callThrough, findEntry, type CallModel } from './call-model';

export function createSimCallModel(
  specs: readonly SimModelSpec[],
  catalog: readonly ModelEntry[],
  settings: ProviderSettings = { name: 'sim', type: 'sim', timeoutMs: 120_000 },
): CallModel {
  return async (modelId, request, options) => {
    const entry = findEntry(catalog, modelId);
    let clock = 0;
    const adapter = createSimAdapter({ ...settings, name: entry.provider }, specs, {
      // Virtual: no timers. The runner yields to the event loop between scenarios instead.
      sleep: async (ms) => {
        clock += ms;
      },
    });
    return callThrough(adapter, entry, request, { ...options, timeoutMs: settings.timeoutMs, now: () => clock });
  };
}
