// Node: refresh runs in the gateway process as a background job (never blocking requests),
// writes its run log and profiles to files, and hot-swaps the profiles when a run finishes.
import { resolve } from 'node:path';
import type { LoadedConfig } from '../config/load';
import type { GatewayCore as Gateway } from '../gateway/build';
import { REFRESH_TASKS, refreshCallModel, refreshOptions } from '../gateway/refresh-wiring';
import type { RefreshService } from '../http/routes/refresh-api';
import { parseEvery, RefreshController } from '../refresh';
import { createFileRunLog, fileProfileSink } from '../refresh/node';

export interface NodeRefreshPaths {
  /** Run logs go here, one JSONL file per run. */
  runsDir: string;
  /** Measured profiles of the kind the gateway routes with now. */
  profilesPath: string;
}

export function createNodeRefresh(gateway: Gateway, loaded: LoadedConfig, paths: NodeRefreshPaths) {
  const simulated = gateway.mode === 'simulated';
  const controller = new RefreshController({
    callModel: refreshCallModel(gateway),
    catalog: gateway.index.served(),
    tasks: REFRESH_TASKS,
    createLog: (runId) => createFileRunLog(resolve(paths.runsDir, `${runId}.jsonl`)),
    profiles: fileProfileSink(paths.profilesPath, simulated),
    simulated,
    priceSnapshot: gateway.registry.current().catalog.priceSnapshot,
  });
  controller.onProfiles((set) => gateway.installMeasured(set));
  const defaults = loaded.config.refresh ?? {};

  const service: RefreshService = {
    start: async (request) => controller.start(refreshOptions(gateway, request, defaults)),
    status: async () => controller.progress(),
  };
  const every = defaults.every;
  const stopSchedule = every ? controller.schedule(parseEvery(every), () => refreshOptions(gateway, {}, defaults)) : () => {};
  return { controller, service, stopSchedule };
}
