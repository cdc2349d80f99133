// Node entry: `npm start`. Config from AGENT_ROUTER_CONFIG (a JSON file), secrets from env.
import { serve } from '@hono/node-server';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, parseConfigText, type LoadedConfig } from '../config/load';
import { buildGateway } from '../gateway/build';
import { embeddedData } from '../gateway/embedded';
import { systemRuntime } from '../gateway/runtime';
import { FileProfileStore } from '../stores/file-profile-store';
import { createNodeRefresh } from './node-refresh';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function readConfig(env: NodeJS.ProcessEnv): LoadedConfig {
  const path = env.AGENT_ROUTER_CONFIG;
  const text = path ? readFileSync(resolve(path), 'utf8') : undefined;
  return loadConfig(parseConfigText(text, path ?? 'config'), env);
}

/** Measured profiles live apart from the shipped ones; simulated and real never share a file. */
function profilesPath(env: NodeJS.ProcessEnv, simulated: boolean): string {
  if (simulated) return resolve(env.AGENT_ROUTER_RUNS ?? 'runs', 'sim-profiles.json');
  return resolve(env.AGENT_ROUTER_PROFILES ?? 'profiles/profiles.json');
}

async function measuredProfiles(path: string, simulated: boolean) {
  if (!existsSync(path)) return null;
  return new FileProfileStore({ path, simulated }).load();
}

export async function main(): Promise<number> {
  const env = process.env;
  const host = env.HOST ?? '127.0.0.1';
  const port = Number(env.PORT ?? '8787');
  let loaded: LoadedConfig;
  try {
    loaded = readConfig(env);
  } catch (err) {
    process.stderr.write(`agent-router: ${err instanceof ConfigError ? err.message : String(err)}\n`);
    return 2;
  }
  if (!LOOPBACK.has(host) && loaded.gatewayKeys.length === 0 && env.ALLOW_UNAUTHENTICATED !== '1') {
    process.stderr.write(
      `agent-router: refusing to listen on ${host} without GATEWAY_API_KEYS; set them, or ALLOW_UNAUTHENTICATED=1 to serve openly.\n`,
    );
    return 2;
  }
  const runsDir = resolve(env.AGENT_ROUTER_RUNS ?? 'runs');
  let schedule: { stopSchedule(): void } | undefined;
  const gateway = buildGateway(loaded, embeddedData(), systemRuntime, {
    refresh: (core) => {
      const refresh = createNodeRefresh(core, loaded, { runsDir, profilesPath: profilesPath(env, core.mode === 'simulated') });
      schedule = refresh;
      return refresh.service;
    },
  });
  const measured = await measuredProfiles(profilesPath(env, gateway.mode === 'simulated'), gateway.mode === 'simulated');
  if (measured) gateway.installMeasured(measured);
  const server = serve({ fetch: gateway.app.fetch, hostname: host, port }, (info) => {
    const served = gateway.index.served();
    const simulated = served.filter((m) => m.simulated).map((m) => m.id);
    const real = served.filter((m) => !m.simulated).length;
    process.stdout.write(`agent-router listening on http://${host}:${info.port}\n`);
    if (gateway.mode === 'simulated') {
      process.stdout.write(
        `mode: SIMULATED models only (${simulated.join(', ')}): no provider keys are set.\n` +
          `      Replies are canned and labelled; set OPENAI_API_KEY, ANTHROPIC_API_KEY or GEMINI_API_KEY for real models.\n`,
      );
    } else {
      process.stdout.write(`mode: live, ${real} real models; profiles: ${measured ? 'measured' : 'shipped priors'}\n`);
    }
    for (const skipped of loaded.unconfigured) process.stdout.write(`provider ${skipped.name} off: ${skipped.reason}\n`);
  });
  const stop = () => {
    schedule?.stopSchedule();
    server.close(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => {
    if (code !== 0) process.exit(code);
  });
}
