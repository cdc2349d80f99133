import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENT_TYPES } from '../src/core/types';
import { main } from '../src/cli/classify';

describe('agent-router classify', () => {
  it('prints one JSON line per input line; bad lines are reported and set the exit code', async () => {
    const request = { model: 'router/auto', messages: [{ role: 'user', content: 'Reply YES or NO: is 7 prime?' }] };
    const file = join(mkdtempSync(join(tmpdir(), 'classify-')), 'in.jsonl');
    writeFileSync(file, [JSON.stringify(request), JSON.stringify({ id: 'row-2', request }), '', 'not json', '{"foo":1}'].join('\n'));
    const lines: string[] = [];
    const code = await main([file], (line) => lines.push(line));
    expect(code).toBe(1);
    expect(lines).toHaveLength(4);
    const [first, second, third, fourth] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(AGENT_TYPES).toContain(first!.type);
    expect(Object.keys(first!.posterior as object).sort()).toEqual([...AGENT_TYPES].sort());
    expect(first!.confidence).toBeGreaterThan(0);
    expect(Array.isArray(first!.signals)).toBe(true);
    expect(second).toMatchObject({ id: 'row-2', type: first!.type });
    expect(third).toMatchObject({ line: 4, error: 'invalid JSON' });
    expect(fourth).toMatchObject({ line: 5 });
  });

  it('returns 0 when every line is a request', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'classify-')), 'ok.jsonl');
    writeFileSync(file, JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'hi' }] }) + '\n');
    const lines: string[] = [];
    expect(await main([file], (line) => lines.push(line))).toBe(0);
    expect(lines).toHaveLength(1);
  });
});
