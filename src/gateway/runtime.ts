import type { GatewayRuntime } from './build';

/** Abortable sleep: a retry wait ends at once when the client goes away. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The real clock, ids and randomness, the same on Node and Workers (Web Crypto on both). */
export const systemRuntime: GatewayRuntime = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID().replaceAll('-', '').slice(0, 24),
  sleep: abortableSleep,
  random: () => Math.random(),
  log: (level, message, fields) => {
    const line = JSON.stringify({ level, message, ...fields, time: new Date().toISOString() });
    if (level === 'error') console.error(line);
    else console.log(line);
  },
};
