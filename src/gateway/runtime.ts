import { abortableSleep } from '../util/abortable-sleep';
import type { GatewayRuntime } from './build';

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
