// The Node run log: one appendFile per record (O_APPEND, serialised), so a crash or SIGKILL
// loses at most the records not yet written; a torn last line is skipped on read and the next
// append starts on a fresh line.
import { appendFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseRunLog, serializeRecord, type RunLogRecord, type RunLogStore } from './run-log';

async function endsWithNewline(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (info.size === 0) return true;
    const text = await readFile(path, 'utf8');
    return text.endsWith('\n');
  } catch {
    return true;
  }
}

export function createFileRunLog(path: string): RunLogStore {
  let chain: Promise<void> = (async () => {
    await mkdir(dirname(path), { recursive: true });
    if (!(await endsWithNewline(path))) await appendFile(path, '\n');
  })();
  return {
    append(record: RunLogRecord) {
      const line = serializeRecord(record);
      chain = chain.then(() => appendFile(path, line));
      return chain;
    },
    async read() {
      await chain;
      try {
        return parseRunLog(await readFile(path, 'utf8')).records;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}
