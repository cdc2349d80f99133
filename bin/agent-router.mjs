#!/usr/bin/env node
// `agent-router <command>`: runs the TypeScript CLI modules through tsx.
import { register } from 'tsx/esm/api';

const COMMANDS = {
  serve: '../src/entry/node.ts',
  classify: '../src/cli/classify.ts',
  bench: '../src/cli/bench.ts',
  explain: '../src/cli/explain.ts',
};

const [command, ...args] = process.argv.slice(2);
const target = COMMANDS[command ?? ''];
if (!target) {
  process.stderr.write(`usage: agent-router <${Object.keys(COMMANDS).join('|')}> [options]\n`);
  process.exit(command ? 2 : 0);
}
register();
const module = await import(new URL(target, import.meta.url).href);
if (typeof module.main === 'function') process.exitCode = await module.main(args);
