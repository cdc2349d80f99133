// Instructions per classify() call, counted by valgrind (cachegrind): a measure that does not move
// with the host's load, unlike the wall-clock p50/p99 of bench:classifier on a shared machine.
// Each request runs twice under cachegrind (N and 2N calls); the difference over N is the
// per-call count, so start-up and JIT warm-up cancel out. Needs valgrind (apt-get install valgrind).
// Run: npm run bench:classifier:instructions
import { spawnSync } from 'node:child_process';
import { classify, createScanCache } from '../src/core/classify';
import { codingAgent, large, oneTurn, sessions, twelveTurnsWithTools } from './classifier';

const REQUESTS = { '1-turn': oneTurn, '12-turn + 5 tools': twelveTurnsWithTools, large, 'coding agent, new': codingAgent, '  same agent, seen': codingAgent } as const;
type Name = keyof typeof REQUESTS;
const CALLS = 10_000;

// Child mode: classify the named request `calls` times.
const [, , mode, name, calls] = process.argv;
if (mode === '--child') {
  if (name === '  same agent, seen') {
    // New sessions of an agent seen before, through a scan cache (as in bench:classifier).
    const copies = sessions(codingAgent, 64);
    const cache = createScanCache();
    for (let i = 0; i < Number(calls); i++) classify(copies[i & 63]!, undefined, cache);
  } else {
    const request = JSON.parse(JSON.stringify(REQUESTS[name as Name]()));
    for (let i = 0; i < Number(calls); i++) classify(request);
  }
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
  for (const name of Object.keys(REQUESTS) as Name[]) {
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
