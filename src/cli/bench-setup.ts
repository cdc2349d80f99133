// What a bench run needs, from flags: the tasks, the catalog and models, and a callModel. Sim
// models run in virtual time (configured latency, no waiting); real providers go through the
// gateway's own adapter registry and config loading.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SUITE_TASKS, VALIDATION_TASKS } from '../../benchmarks/index';
import type { AnyTask } from '../../benchmarks/types';
import { catalogSchema, type Catalog, type ModelEntry } from '../core/catalog/types';
import { loadConfig, parseConfigText } from '../config/load';
import { createAdapter } from '../providers/registry';
import { shippedSimModels, simCatalog } from '../providers/sim';
import type { ProviderAdapter } from '../providers/types';
import { createCallModel, type CallModel } from '../refresh/call-model';
import { createSimCallModel } from '../refresh/sim-call-model';
import type { BenchArgs } from './bench-args';

export interface BenchSetup {
  tasks: readonly AnyTask[];
  validationTasks: readonly AnyTask[];
  catalog: readonly ModelEntry[];
  priceSnapshot: string;
  models: string[];
  callModel: CallModel;
  simulated: boolean;
  profilePath: string;
}

async function loadTasks(args: BenchArgs): Promise<{ tasks: readonly AnyTask[]; validationTasks: readonly AnyTask[] }> {
  if (!args.taskModule) return { tasks: SUITE_TASKS, validationTasks: VALIDATION_TASKS };
  const path = isAbsolute(args.taskModule) ? args.taskModule : resolve(args.taskModule);
  const module = (await import(pathToFileURL(path).href)) as { tasks?: AnyTask[]; validationTasks?: AnyTask[] };
  if (!module.tasks) throw new Error(`${args.taskModule} exports no tasks`);
  return { tasks: module.tasks, validationTasks: module.validationTasks ?? [] };
}

export function selectTasks(all: readonly AnyTask[], args: Pick<BenchArgs, 'tasks' | 'types'>): AnyTask[] {
  const unknown = args.tasks?.filter((id) => !all.some((t) => t.id === id)) ?? [];
  if (unknown.length) throw new Error(`unknown task(s): ${unknown.join(', ')}`);
  return all.filter((t) => (!args.tasks || args.tasks.includes(t.id)) && (!args.types || args.types.includes(t.type)));
}

async function realSetup(args: BenchArgs): Promise<Omit<BenchSetup, 'tasks' | 'validationTasks' | 'models'> & { available: ModelEntry[] }> {
  const raw = args.config ? parseConfigText(await readFile(args.config, 'utf8'), args.config) : {};
  const loaded = loadConfig(raw, process.env);
  const shipped: Catalog = catalogSchema.parse(JSON.parse(await readFile('profiles/catalog.json', 'utf8')));
  const catalog = [...shipped.models, ...(loaded.config.models ?? [])];
  const adapters = new Map<string, ProviderAdapter>();
  const adapterFor = (name: string) => {
    const settings = loaded.providers.find((p) => p.name === name);
    if (!settings) throw new Error(`provider ${name} is not configured (missing API key?)`);
    if (!adapters.has(name)) adapters.set(name, createAdapter(settings));
    return adapters.get(name) as ProviderAdapter;
  };
  const available = catalog.filter((m) => args.providers.length === 0 || args.providers.includes(m.provider));
  return {
    catalog, available, priceSnapshot: shipped.priceSnapshot, simulated: false,
    callModel: createCallModel({ catalog, adapterFor }),
    profilePath: join(args.out ?? 'profiles', 'profiles.json'),
  };
}

export async function benchSetup(args: BenchArgs): Promise<BenchSetup> {
  const { tasks, validationTasks } = await loadTasks(args);
  const simulated = args.providers.includes('sim');
  if (simulated && args.providers.length > 1) throw new Error('sim cannot be mixed with real providers in one run');
  let base: Omit<BenchSetup, 'tasks' | 'validationTasks' | 'models'> & { available: ModelEntry[] };
  if (simulated) {
    const specs = shippedSimModels();
    const catalog = simCatalog(specs);
    base = {
      catalog: catalog.models, available: catalog.models, priceSnapshot: catalog.priceSnapshot, simulated,
      callModel: createSimCallModel(specs, catalog.models),
      profilePath: join(args.out ?? join('profiles', 'sim'), 'profiles.json'),
    };
  } else {
    base = await realSetup(args);
  }
  const models = args.models ?? base.available.map((m) => m.id);
  const unknown = models.filter((id) => !base.catalog.some((m) => m.id === id));
  if (unknown.length) throw new Error(`unknown model(s): ${unknown.join(', ')}`);
  if (models.length === 0) throw new Error('no models to bench (use --provider or --models)');
  const { available: _unused, ...rest } = base;
  return { ...rest, tasks, validationTasks, models };
}
