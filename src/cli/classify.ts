// `agent-router classify [FILE|-]`: one JSON line in (a chat request body, or an object with a
// `request` field), one JSON line out with type, confidence, posterior and signals.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { classify } from '../core/classify';
import type { ChatRequest } from '../core/types';
import { parseChatRequest } from '../http/openai/request-schema';

const USAGE = 'usage: agent-router classify [FILE|-]   (JSONL: chat request bodies or {"request": ...})';

/** Validates like the gateway does (a missing model is fine here: classification ignores it). */
function requestOf(value: unknown): ChatRequest | string {
  if (typeof value !== 'object' || value === null) return 'expected a chat request or {"request": ...}';
  const inner = (value as { request?: unknown }).request;
  const candidate = typeof inner === 'object' && inner !== null ? inner : value;
  const parsed = parseChatRequest({ model: 'router/auto', ...(candidate as Record<string, unknown>) });
  return parsed.ok ? parsed.request : parsed.error.message;
}

/** Runs the command; returns the exit code (1 if any line could not be read). */
export async function main(argv: string[], output: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    output(USAGE);
    return 0;
  }
  const file = argv.find((arg) => !arg.startsWith('-')) ?? '-';
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  let failures = 0;
  let lineNumber = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        failures++;
        output(JSON.stringify({ line: lineNumber, error: 'invalid JSON' }));
        continue;
      }
      const request = requestOf(parsed);
      if (typeof request === 'string') {
        failures++;
        output(JSON.stringify({ line: lineNumber, error: request }));
        continue;
      }
      const id = (parsed as { id?: unknown }).id;
      const { type, confidence, posterior, signals } = classify(request);
      output(JSON.stringify({ ...(typeof id === 'string' ? { id } : {}), type, confidence, posterior, signals }));
    }
  } catch (error) {
    process.stderr.write(`classify: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  return failures > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
