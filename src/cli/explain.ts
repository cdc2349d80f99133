// `agent-router explain [FILE|-]`: the routing decision for one chat request body, exactly as the
// gateway would make it with the current env and config, without calling any model.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadConfig, parseConfigText } from '../config/load';
import { buildGateway } from '../gateway/build';
import { createDecide } from '../gateway/decide';
import { embeddedData } from '../gateway/embedded';
import { systemRuntime } from '../gateway/runtime';
import { createSessionStore, defaultModel } from '../core/classify';
import { parseChatRequest } from '../http/openai/request-schema';
import { renderError } from '../http/errors';

const USAGE = 'usage: agent-router explain [FILE|-] [--header name:value ...]';

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) return void process.stdout.write(`${USAGE}\n`), 0;
  const headers = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--header' && argv[i + 1]?.includes(':')) {
      const [name, ...rest] = argv[++i]!.split(':');
      headers.set(name!.trim().toLowerCase(), rest.join(':').trim());
    } else files.push(arg);
  }
  const text = readFileSync(files[0] && files[0] !== '-' ? files[0] : 0, 'utf8');
  const env = process.env;
  const configPath = env.AGENT_ROUTER_CONFIG;
  const loaded = loadConfig(parseConfigText(configPath ? readFileSync(configPath, 'utf8') : undefined, configPath ?? 'config'), env);
  const gateway = buildGateway(loaded, embeddedData(), systemRuntime);
  const body = JSON.parse(text) as Record<string, unknown>;
  const parsed = parseChatRequest({ model: 'router/auto', ...body });
  try {
    if (!parsed.ok) throw parsed.error;
    const decider = createDecide({ ...gateway, sessions: createSessionStore(), classifier: defaultModel() });
    process.stdout.write(`${JSON.stringify(decider.explain(parsed.request, (name) => headers.get(name)), null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stdout.write(`${JSON.stringify(renderError(error).body, null, 2)}\n`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
