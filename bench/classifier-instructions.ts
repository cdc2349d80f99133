// Instructions per classify() call, counted by valgrind (cachegrind): a measure that does not move
// with the host's load, unlike the wall-clock p50/p99 of bench:classifier on a shared machine.
// Each request runs twice under cachegrind (N and 2N calls); the difference over N is the
// per-call count, so start-up and JIT warm-up cancel out. Needs valgrind (apt-get install valgrind).
// Run: npm run bench:classifier:instructions
import { spawnSync } from 'node:child_process';
import { classify, createScanCache } from '../src/core/classify';
import type { ChatRequest } from '../src/core/types';
import { codingAgent, large, oneTurn, sessions, twelveTurnsWithTools } from './classifier';

/** One request, classified `calls` times (parsed once, as the edge hands it over). */
const repeat = (build: () => ChatRequest) => (calls: number): void => {
  const request = JSON.parse(JSON.stringify(build())) as ChatRequest;
  for (let i = 0; i < calls; i++) classify(request);
};

// Each line: a loop of `calls` classifications. The last is new sessions of an agent seen before,
// through a scan cache, as in bench:classifier.
const RUNS = {
  '1-turn': repeat(oneTurn),
  '12-turn + 5 tools': repeat(twelveTurnsWithTools),
  large: repeat(large),
  'coding agent, new': repeat(codingAgent),
  '  same agent, seen': (calls: number): void => {
    const copies = sessions(codingAgent, 64);
    const cache = createScanCache();
    for (let i = 0; i < calls; i++) classify(copies[i & 63]!, undefined, cache);
  },
} as const;
type Name = keyof typeof RUNS;
const CALLS = 10_000;

// Child mode: run the named loop.
const [, , mode, name, calls] = process.argv;
if (mode === '--child') {
  RUNS[name as Name](Number(calls));
} else {
  if (spawnSync('valgrind', ['--version']).error) {
    console.error('valgrind is not installed (apt-get install valgrind); nothing measured');
    process.exit(1);
  }
  const counts = (name: Name, calls: number): { instructions: number; mispredicts: number } => {
    const run = spawnSync('valgrind', [
      '--tool=cachegrind', '--cache-sim=no', '--branch-sim=yes', '--cachegrind-out-file=/dev/null',
      process.execPath, '--single-threaded', '--import', 'tsx', process.argv[1]!, '--child', name, String(calls),
    ], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    if (run.status !== 0) throw new Error(`valgrind exited with ${run.status}: ${run.stderr.slice(-500)}`);
    const out = run.stderr;
    return { instructions: total(out, /I\s+refs:\s+([\d,]+)/), mispredicts: total(out, /Mispredicts:\s+([\d,]+)/) };
  };
  console.log(`classify() instructions per call (cachegrind, ${CALLS} vs ${2 * CALLS} calls), node ${process.version}`);
  for (const name of Object.keys(RUNS) as Name[]) {
    const a = counts(name, CALLS);
    const b = counts(name, 2 * CALLS);
    const per = (key: 'instructions' | 'mispredicts'): string => Math.round((b[key] - a[key]) / CALLS).toLocaleString('en');
    console.log(`${name.padEnd(18)} ${per('instructions').padStart(9)} instructions  ${per('mispredicts').padStart(6)} mispredicted branches (simulated)`);
  }
}

function total(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  if (!match) throw new Error(`cachegrind printed no ${pattern.source}`);
  return Number(match[1]!.replaceAll(',', ''));
}
