// A run log in a KV store (Workers): each slice appends one chunk of records under its own key,
// so writes never rewrite earlier records and a failed slice loses only its own chunk.
import { parseRunLog, serializeRecord, type RunLogRecord, type RunLogStore } from './run-log';

/** The subset of Workers KV the refresh uses. */
export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  put(key: string, value: string): Promise<void>;
}

export function chunkKey(prefix: string, runId: string, index: number): string {
  return `${prefix}log:${runId}:${String(index).padStart(6, '0')}`;
}

export async function readKvRunLog(kv: KeyValueStore, prefix: string, runId: string, chunks: number): Promise<RunLogRecord[]> {
  const texts = await Promise.all(Array.from({ length: chunks }, (_, i) => kv.get(chunkKey(prefix, runId, i))));
  return texts.flatMap((text) => (text ? parseRunLog(text).records : []));
}

/** Buffers one slice's appends; `flush` writes them as the next chunk and returns the new count. */
export function createKvRunLogWriter(kv: KeyValueStore, prefix: string, runId: string, chunks: number) {
  const pending: RunLogRecord[] = [];
  const store: RunLogStore = {
    append: async (record) => {
      pending.push(record);
    },
    read: async () => [...(await readKvRunLog(kv, prefix, runId, chunks)), ...pending],
  };
  return {
    store,
    pending,
    async flush(): Promise<number> {
      if (pending.length === 0) return chunks;
      await kv.put(chunkKey(prefix, runId, chunks), pending.map(serializeRecord).join(''));
      return chunks + 1;
    },
  };
}

/** An in-memory KeyValueStore for tests and local runs. */
export function createMemoryKv(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: async (key) => data.get(key) ?? null,
    put: async (key, value) => void data.set(key, value),
  };
}
