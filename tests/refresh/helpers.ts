// Shared setup for refresh tests: the shipped sim models in virtual time over fixture tasks
// (or the real suite once every type has tasks).
import { SUITE_TASKS, VALIDATION_TASKS, suiteVersion } from '../../benchmarks/index';
import type { AnyTask } from '../../benchmarks/types';
import type { ProfileSet } from '../../src/core/profiles/schema';
import { AGENT_TYPES } from '../../src/core/types';
import { shippedSimModels, simCatalog } from '../../src/providers/sim';
import { LimiterSet } from '../../src/refresh/limiter';
import type { ProfileSink, SessionDeps } from '../../src/refresh/session';
import { createSimCallModel } from '../../src/refresh/sim-call-model';
import type { RunLogStore } from '../../src/refresh/run-log';
import { tasks as fixtureTasks, validationTasks as fixtureValidation } from '../fixtures/tasks';

export function suiteUnderTest(): { tasks: readonly AnyTask[]; validationTasks: readonly AnyTask[]; real: boolean } {
  const real = AGENT_TYPES.every((type) => SUITE_TASKS.some((task) => task.type === type));
  return real
    ? { tasks: SUITE_TASKS, validationTasks: VALIDATION_TASKS, real }
    : { tasks: fixtureTasks, validationTasks: fixtureValidation, real };
}

export function memoryProfiles(): ProfileSink & { saved: ProfileSet[] } {
  const saved: ProfileSet[] = [];
  return { saved, load: async () => saved.at(-1), save: async (set) => void saved.push(structuredClone(set)) };
}

export function simSessionDeps(log: RunLogStore, tasks: readonly AnyTask[], validationTasks: readonly AnyTask[] = []) {
  const specs = shippedSimModels();
  const catalog = simCatalog(specs).models;
  const profiles = memoryProfiles();
  const deps: SessionDeps = {
    callModel: createSimCallModel(specs, catalog),
    catalog,
    tasks,
    validationTasks,
    log,
    profiles,
    limiters: new LimiterSet({ concurrency: 8 }),
  };
  return { deps, specs, catalog, profiles, suiteVersion: suiteVersion(tasks) };
}
