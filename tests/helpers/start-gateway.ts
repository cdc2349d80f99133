// Starts the real gateway (same builder as `npm start`) on a loopback port for end-to-end tests.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { loadConfig, type LoadedConfig } from '../../src/config/load';
import type { ProfileSet } from '../../src/core/profiles/schema';
import { buildGateway, type Gateway, type GatewayOptions, type GatewayRuntime } from '../../src/gateway/build';
import { embeddedData } from '../../src/gateway/embedded';
import { systemRuntime } from '../../src/gateway/runtime';

export interface TestGateway {
  url: string;
  gateway: Gateway;
  close(): Promise<void>;
}

export async function startGateway(options: {
  env?: Record<string, string>;
  config?: unknown;
  profiles?: ProfileSet;
  simProfiles?: ProfileSet;
  runtime?: Partial<GatewayRuntime>;
  refresh?: (loaded: LoadedConfig) => GatewayOptions['refresh'];
} = {}): Promise<TestGateway> {
  const loaded = loadConfig(options.config ?? {}, options.env ?? {});
  const data = embeddedData();
  const gateway = buildGateway(
    loaded,
    { ...data, profiles: options.profiles ?? data.profiles, simProfiles: options.simProfiles ?? data.simProfiles },
    { ...systemRuntime, ...options.runtime },
    { refresh: options.refresh?.(loaded) },
  );
  const server = serve({ fetch: gateway.app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    gateway,
    close: () =>
      new Promise<void>((resolve) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Env that points every real provider at loopback fakes, with distinctive fake keys. */
export function fakeProviderEnv(urls: { openai?: string; anthropic?: string; google?: string }): Record<string, string> {
  const env: Record<string, string> = {};
  if (urls.openai) Object.assign(env, { OPENAI_API_KEY: 'sk-test-openai-SECRET-1234', OPENAI_BASE_URL: urls.openai });
  if (urls.anthropic) Object.assign(env, { ANTHROPIC_API_KEY: 'sk-ant-test-SECRET-5678', ANTHROPIC_BASE_URL: urls.anthropic });
  if (urls.google) Object.assign(env, { GEMINI_API_KEY: 'gm-test-SECRET-9012', GEMINI_BASE_URL: urls.google });
  return env;
}
