// Workers entry: the same app on workerd. Config from the AGENT_ROUTER_CONFIG var, secrets from
// bindings, profiles from KV (per-isolate memory is only a cache of them).
import type { ExecutionContext } from 'hono';
import { loadConfig, parseConfigText, type Env as ConfigEnv, type LoadedConfig } from '../config/load';
import type { ProfileSet } from '../core/profiles/schema';
import { buildGateway, type Gateway } from '../gateway/build';
import { embeddedData } from '../gateway/embedded';
import { systemRuntime } from '../gateway/runtime';
import type { KvProfileStore } from '../stores/kv-profile-store';
import { profileStoreFor, runScheduledRefresh, workerRefreshService } from './worker-refresh';

/** The part of a Workers KV binding the gateway uses. */
interface KvBinding {
  get(key: string): Promise<string | null>;
  get(key: string, type: 'text'): Promise<string | null>;
  put(key: string, value: string): Promise<void>;
}

export interface WorkerEnv {
  ROUTER_KV?: KvBinding;
  AGENT_ROUTER_CONFIG?: string;
  [binding: string]: unknown;
}

/** How often an isolate re-reads the profiles from KV (a refresh may have run elsewhere). */
const PROFILE_RECHECK_MS = 10_000;

interface IsolateState {
  gateway: Gateway;
  loaded: LoadedConfig;
  store?: KvProfileStore;
  current?: string;
  checkedAt: number;
}

/** The part of the Workers ScheduledController the cron handler reads. */
interface ScheduledEvent {
  scheduledTime: number;
  cron: string;
}

let isolate: IsolateState | undefined;

function stringEnv(env: WorkerEnv): ConfigEnv {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (typeof value === 'string') out[key] = value;
  return out;
}

async function gatewayFor(env: WorkerEnv): Promise<IsolateState> {
  if (!isolate) {
    const loaded = loadConfig(parseConfigText(env.AGENT_ROUTER_CONFIG, 'AGENT_ROUTER_CONFIG'), stringEnv(env));
    const kv = env.ROUTER_KV;
    const gateway = buildGateway(loaded, embeddedData(), systemRuntime, kv ? { refresh: (core) => workerRefreshService(kv, core, loaded) } : {});
    const store = kv ? profileStoreFor(kv, gateway) : undefined;
    isolate = { gateway, loaded, store, checkedAt: 0 };
  }
  await refreshProfiles(isolate, systemRuntime.now());
  return isolate;
}

/** Swaps in the KV profiles when they changed; a bad or missing set keeps the current one. */
async function refreshProfiles(state: IsolateState, now: number): Promise<void> {
  if (!state.store || now - state.checkedAt < PROFILE_RECHECK_MS) return;
  state.checkedAt = now;
  let set: ProfileSet | null = null;
  try {
    set = await state.store.load();
  } catch (err) {
    systemRuntime.log?.('warn', 'profiles in KV are unreadable; keeping the current ones', { error: String(err) });
  }
  if (set && set.generatedAt !== state.current) {
    state.gateway.installMeasured(set);
    state.current = set.generatedAt;
  }
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    const state = await gatewayFor(env);
    return state.gateway.app.fetch(request, env, ctx);
  },

  async scheduled(controller: ScheduledEvent, env: WorkerEnv, ctx: ExecutionContext): Promise<void> {
    const state = await gatewayFor(env);
    if (!env.ROUTER_KV) return;
    ctx.waitUntil(
      runScheduledRefresh(state.gateway, env.ROUTER_KV, state.loaded, controller.scheduledTime).then((set) => {
        if (set) {
          state.gateway.installMeasured(set); // this isolate sees it at once; others on their next recheck
          state.current = set.generatedAt;
        }
      }),
    );
  },
};
