// Scan results of text seen before, replayed instead of scanned again. Every session of one agent
// sends the same system prompt and tool definitions (often 5-20 KB), and the classifier runs on a
// session's first request, so that shared text is scanned on every new session. A scan only adds
// counts, so its effect on a sink can be recorded once and added again: the features come out the
// same, bit for bit (hash buckets are replayed in first-touch order, so even the sparse dot
// product adds its terms in the same order). The cache is passed in, like the session store:
// the core holds no state of its own.
import { LRUCache } from 'lru-cache';
import { scanCapped } from './request-shape';
import { GROUP_COUNT, STAT_COUNT, type ScanSink } from './tokenize';

/**
 * Shorter scans are not worth a lookup: a replay costs a sampled key, one map probe, a native
 * compare and one add per count, more than scanning a tool name or a 16-character history head
 * (with the floor at 16, both agents of bench/RESULTS.md's sixteenth round cost more instructions).
 */
export const MIN_REPLAY_CHARS = 64;
/**
 * Longer texts are scanned (their scan is capped anyway), since a hit compares the whole text. A
 * 32 K system prompt: scan p50 31 µs, replay 6.6 µs (compare included; scratch long-sys.mts); the
 * compare grows with the text while the capped scan does not.
 */
export const MAX_REPLAY_TEXT = 65_536;

// A replay record, one Int32Array: [range, dense pairs' count, (slot, delta)..., (bucket, count)...].
// Slots: stats 0..STAT_COUNT-1, then the zone lexicon, then the table lexicon.
const LEX_SLOT = STAT_COUNT;
const TABLE_SLOT = STAT_COUNT + GROUP_COUNT;
const DENSE_SLOTS = STAT_COUNT + 2 * GROUP_COUNT;

export interface ScanCacheOptions {
  /** Bound on the cached text plus records, in UTF-16 code units (about 2 bytes each). */
  maxUnits?: number;
}

/** A text seen at least twice and its replay record (see ScanCache.replay). */
interface Entry {
  text: string;
  record: Int32Array;
}

// Keys hash the length and at most 64 characters of the text, so a lookup costs the same for 200
// characters as for 8 KB; the entry's text is then compared in full (a native compare, far cheaper
// than V8's own string hash over every character). Texts whose samples agree share a key: the
// later one replaces the earlier.
function sampleKey(text: string, range: number): number {
  const n = text.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193) ^ range;
  if (n <= 64) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  } else {
    for (let i = 0; i < 16; i++) h = Math.imul(h ^ text.charCodeAt(i) ^ (text.charCodeAt(n - 1 - i) << 16), 0x01000193);
    const step = (n - 32) / 32;
    for (let i = 0; i < 32; i++) h = Math.imul(h ^ text.charCodeAt(16 + ((i * step) | 0)), 0x01000193);
  }
  return h >>> 0;
}

export class ScanCache {
  private readonly entries: LRUCache<number, Entry>;
  // Keys of texts seen once, by their low bits; a clash only delays or hastens a record.
  private readonly seen = new Uint32Array(4096);
  // One scratch sink, zone 0, sized to the caller's hash table on first use.
  private scratch: ScanSink | undefined;
  /** Counters: texts noted on first sight, records made (second sight), replays of a record. */
  firstSights = 0;
  records = 0;
  hits = 0;

  constructor(options: ScanCacheOptions = {}) {
    this.entries = new LRUCache<number, Entry>({
      maxSize: options.maxUnits ?? 4 * 1024 * 1024,
      sizeCalculation: (entry) => entry.text.length + entry.record.length * 2 + 32,
    });
  }

  /**
   * Adds to `sink` what scanning text[0, head) and text[length - tail, length) (the whole text when
   * it fits) for `zone` would add, if this text has been seen before; returns false, and the
   * caller scans, for text outside MIN_REPLAY_CHARS..MAX_REPLAY_TEXT and on first sight (only its
   * key is noted). Recording on the second sight keeps text that never comes back (the newest
   * turn, tool output) from costing a record.
   */
  replay(text: string, zone: number, sink: ScanSink, head: number, tail: number): boolean {
    const n = text.length;
    if (n > MAX_REPLAY_TEXT || Math.min(n, head + tail) < MIN_REPLAY_CHARS) return false;
    // Which part of the text a record covers: -1 the whole text, else head and tail.
    const range = n <= head + tail ? -1 : head * 65_536 + tail;
    const key = sampleKey(text, range);
    const entry = this.entries.get(key);
    let record: Int32Array;
    if (entry !== undefined && entry.text === text && entry.record[0] === range) {
      this.hits++;
      record = entry.record;
    } else {
      // First sight: only the key is noted, in a small table (no text kept, no cache update).
      const slot = key & (this.seen.length - 1);
      if (this.seen[slot] !== key) {
        this.seen[slot] = key;
        this.firstSights++;
        return false;
      }
      this.records++;
      record = this.record(text, range, head, tail, sink.hashCounts.length);
      this.entries.set(key, { text, record });
    }
    replayRecord(record, zone, sink);
    return true;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private record(text: string, range: number, head: number, tail: number, buckets: number): Int32Array {
    let s = this.scratch;
    if (s === undefined || s.hashCounts.length !== buckets) {
      s = this.scratch = {
        stats: new Float32Array(STAT_COUNT), lexicon: new Float32Array(GROUP_COUNT), tableLexicon: new Float32Array(GROUP_COUNT),
        hashCounts: new Int32Array(buckets), touched: new Int32Array(buckets), touchedCount: 0,
      };
    }
    // The scratch sink has no replays, so this is the plain capped scan, into zone 0.
    scanCapped(text, 0, s, head, tail);
    let dense = 0;
    for (let slot = 0; slot < DENSE_SLOTS; slot++) if (denseAt(s, slot) !== 0) dense++;
    const out = new Int32Array(2 + 2 * dense + 2 * s.touchedCount);
    out[0] = range;
    out[1] = dense;
    let at = 2;
    for (let slot = 0; slot < DENSE_SLOTS; slot++) {
      const delta = denseAt(s, slot);
      if (delta !== 0) (out[at++] = slot), (out[at++] = delta);
    }
    for (let i = 0; i < s.touchedCount; i++) {
      const bucket = s.touched[i]!;
      out[at++] = bucket;
      out[at++] = s.hashCounts[bucket]!;
      s.hashCounts[bucket] = 0;
    }
    s.touchedCount = 0;
    s.stats.fill(0);
    s.lexicon.fill(0);
    s.tableLexicon.fill(0);
    return out;
  }
}

function denseAt(s: ScanSink, slot: number): number {
  return slot < LEX_SLOT ? s.stats[slot]! : slot < TABLE_SLOT ? s.lexicon[slot - LEX_SLOT]! : s.tableLexicon[slot - TABLE_SLOT]!;
}

function replayRecord(record: Int32Array, zone: number, sink: ScanSink): void {
  const stats = sink.stats, lexicon = sink.lexicon, table = sink.tableLexicon, hashed = sink.hashCounts, touched = sink.touched;
  const statBase = zone * STAT_COUNT, lexBase = zone * GROUP_COUNT - LEX_SLOT;
  const denseEnd = 2 + 2 * record[1]!;
  for (let i = 2; i < denseEnd; i += 2) {
    const slot = record[i]!, delta = record[i + 1]!;
    if (slot < LEX_SLOT) stats[statBase + slot]! += delta;
    else if (slot < TABLE_SLOT) lexicon[lexBase + slot]! += delta;
    else table[slot - TABLE_SLOT]! += delta;
  }
  let touchedCount = sink.touchedCount;
  for (let i = denseEnd; i < record.length; i += 2) {
    const bucket = record[i]!;
    if (hashed[bucket] === 0) touched[touchedCount++] = bucket;
    hashed[bucket]! += record[i + 1]!;
  }
  sink.touchedCount = touchedCount;
}

export function createScanCache(options?: ScanCacheOptions): ScanCache {
  return new ScanCache(options);
}
