// Acceptance: SIGKILL the bench mid-run, resume it, and end with the same profile as an
// uninterrupted run with the same seed, with no scenario recorded twice.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/bench';
import { parseRunLog } from '../../src/refresh/run-log';

const root = join(import.meta.dirname, '..', '..');
const common = ['--provider', 'sim', '--task-module', join(root, 'tests/fixtures/tasks.ts'), '--scenarios', '40', '--seed', '5', '--concurrency', '4'];

function scenarioLines(path: string): number {
  if (!existsSync(path)) return 0;
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.includes('"kind":"scenario"')).length;
}

/** Starts the CLI in its own process group and SIGKILLs the whole group after `after` records. */
async function runAndKill(log: string, out: string, after: number): Promise<void> {
  const child = spawn('npx', ['tsx', 'src/cli/bench.ts', ...common, '--log', log, '--out', out], {
    cwd: root, detached: true, stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (;;) {
    if (scenarioLines(log) >= after) break;
    const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10))]);
    if (done) throw new Error('bench finished before it could be killed');
  }
  process.kill(-(child.pid as number), 'SIGKILL');
  await exited;
}

function stable(path: string): unknown {
  const set = JSON.parse(readFileSync(path, 'utf8')) as { generatedAt?: string; models: Array<{ types: Record<string, { provenance: Record<string, unknown> }> }> };
  delete set.generatedAt;
  for (const model of set.models) for (const type of Object.values(model.types)) {
    delete type.provenance.measuredAt;
    delete type.provenance.runId;
  }
  return set;
}

describe('kill and resume', () => {
  it('resumes a SIGKILLed run to the same profile, running no scenario twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-kill-'));
    const killedLog = join(dir, 'killed.jsonl');
    await runAndKill(killedLog, join(dir, 'killed'), 150);
    const before = scenarioLines(killedLog);
    expect(existsSync(join(dir, 'killed', 'profiles.json'))).toBe(false);

    // Resume with only the log: the logged plan (and its provider kind) wins.
    expect(await main(['--task-module', common[3]!, '--resume', killedLog, '--out', join(dir, 'killed')])).toBe(0);
    expect(await main([...common, '--log', join(dir, 'clean.jsonl'), '--out', join(dir, 'clean')])).toBe(0);

    const text = readFileSync(killedLog, 'utf8');
    const keys = parseRunLog(text).records.flatMap((r) => (r.kind === 'scenario' ? [r.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(scenarioLines(join(dir, 'clean.jsonl')));
    expect(before).toBeLessThan(keys.length);
    expect(stable(join(dir, 'killed', 'profiles.json'))).toEqual(stable(join(dir, 'clean', 'profiles.json')));
  }, 60_000);
});
