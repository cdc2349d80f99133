// Single-pass text scanner: no regexes, no substrings. Words are hashed (FNV-1a) while they are
// read, CJK runs become character bigrams, and line-level shapes (tables, bullets, outcome arrows)
// are counted on the way. Cost is linear in the characters scanned.
import { LEAD_LEXICON, LEXICON, LEXICON_GROUPS } from './lexicon';

const FNV_OFFSET = 0x811c9dc5 | 0; // int32, so hashes stay small integers in the JIT
const FNV_PRIME = 0x01000193;
const STEM = 5;

/** Per-zone counters, in this order; `features.ts` turns them into named features. */
export const ZONE_STATS = [
  'words',
  'numbers',
  'lines',
  'table_rows',
  'list_lines',
  'arrow_lines',
  'comparisons',
  'money_percent',
  'questions',
  'caps_labels',
  'key_values',
  'cjk',
  'outcome_lines',
  'indexed_lines',
  'timestamp_lines',
  'option_lines',
  'trial_lines',
  'reading_lines',
] as const;
export const STAT_COUNT = ZONE_STATS.length;
export const GROUP_COUNT = LEXICON_GROUPS.length;

// Lexicon as an open-addressed table keyed by word hash (value = group + 1); stems live in a
// second table keyed by the hash of the word's first 5 characters.
const TABLE_BITS = 12;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const wordKeys = new Int32Array(1 << TABLE_BITS);
const wordVals = new Int8Array(1 << TABLE_BITS);
const stemKeys = new Int32Array(1 << TABLE_BITS);
const stemVals = new Int8Array(1 << TABLE_BITS);
const phraseKeys = new Int32Array(1 << TABLE_BITS);
const phraseVals = new Int8Array(1 << TABLE_BITS);

/** Key of a two-word phrase from the keys of its words. */
function phraseKey(previous: number, current: number): number {
  return (Math.imul(previous ^ 0x5bd1e995, FNV_PRIME) ^ current) | 1;
}

function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c >= 0x100 && c < 0x180 && (c & 1) === 0) return c + 1;
  return c;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c < 0x530)
  );
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

// Character class (low 4 bits) and lower-case form (the bits above) in one table: a single load
// per character instead of a chain of range checks (the scanner's inner loop is the hot path).
const WORD = 1, DIGIT = 2, UPPER = 4, CJK = 8, CLASS_MASK = 15, LOWER_SHIFT = 4;
const CHAR = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  let kind = 0;
  if (isWordChar(c)) kind = WORD | (c >= 48 && c <= 57 ? DIGIT : 0) | ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) ? UPPER : 0);
  else if (isCjk(c)) kind = CJK;
  CHAR[c] = (lower(c) << LOWER_SHIFT) | kind;
}

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/** The hash the scanner computes for a word (lower-cased) or a CJK bigram. */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = mix(h, lower(word.charCodeAt(i)));
  return h | 1;
}

function insert(keys: Int32Array, vals: Int8Array, key: number, group: number): void {
  let slot = key & TABLE_MASK;
  while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & TABLE_MASK;
  keys[slot] = key;
  vals[slot] = group + 1;
}

function lookup(keys: Int32Array, vals: Int8Array, key: number): number {
  let slot = key & TABLE_MASK;
  for (;;) {
    const k = keys[slot]!;
    if (k === key) return vals[slot]! - 1;
    if (k === 0) return -1;
    slot = (slot + 1) & TABLE_MASK;
  }
}

// First words of a line that open a new case (value 1) or a new reading (value 2).
const leadKeys = new Int32Array(1 << TABLE_BITS);
const leadVals = new Int8Array(1 << TABLE_BITS);
(['trial', 'observe'] as const).forEach((group, index) => {
  for (const word of LEAD_LEXICON[group].split(/\s+/)) if (word) insert(leadKeys, leadVals, hashWord(word), index);
});

LEXICON_GROUPS.forEach((group, index) => {
  for (const entry of LEXICON[group].split(/\s+/)) {
    if (!entry) continue;
    if (entry.endsWith('*')) insert(stemKeys, stemVals, hashWord(entry.slice(0, STEM)), index);
    else if (entry.includes('_')) {
      const [a, b] = entry.split('_');
      insert(phraseKeys, phraseVals, phraseKey(hashWord(a!), hashWord(b!)), index);
    }
    else insert(wordKeys, wordVals, hashWord(entry), index);
  }
});

/** Where scanned counts go. `hashed` holds one count per hash bucket (size a power of two). */
export interface ScanSink {
  stats: Float32Array; // zone * STAT_COUNT + stat
  lexicon: Float32Array; // zone * GROUP_COUNT + group
  hashed: Float32Array;
  /** Buckets that went from 0 to 1, so a reset or a sparse dot touches only those. */
  touched: Int32Array;
  touchedCount: number;
  /** Key of the previous word in the current text (0 at the start), for phrase lookups. */
  previousWord: number;
}

// Punctuation that feeds a line-shape counter, as a table (one load instead of a compare chain).
const P_ARROW = 1, P_DASH = 2, P_EQUALS = 3, P_COMPARE = 4, P_MONEY = 5, P_QUESTION = 6, P_COLON = 7;
const PUNCT = new Uint8Array(0x10000);
PUNCT[0x2192] = PUNCT[0x21d2] = P_ARROW;
PUNCT[45] = P_DASH;
PUNCT[61] = P_EQUALS;
PUNCT[60] = PUNCT[62] = PUNCT[0x2264] = PUNCT[0x2265] = P_COMPARE;
PUNCT[36] = PUNCT[37] = PUNCT[0x20ac] = PUNCT[0xa3] = PUNCT[0xa5] = PUNCT[0xffe5] = P_MONEY;
PUNCT[63] = PUNCT[0xff1f] = PUNCT[0xbf] = P_QUESTION;
PUNCT[58] = P_COLON;

/** Shapes recognisable from a line's first characters: "3." lists, "12:05" stamps, "B)" options. */
function lineStartWord(text: string, i: number, to: number, c: number, stats: Float32Array, base: number): void {
  const next = i + 1 < to ? text.charCodeAt(i + 1) : 0;
  const third = i + 2 < to ? text.charCodeAt(i + 2) : 0;
  const isDigit = c >= 48 && c <= 57;
  if (isDigit && (next === 46 || next === 41)) stats[base + 4]!++;
  else if (isDigit && (next === 58 || third === 58)) stats[base + 14]!++;
  else if (c >= 65 && c <= 90 && (next === 41 || ((next === 46 || next === 58) && third === 32))) stats[base + 15]!++;
}

/** Lexicon group of a word key (exact word, then 5-character stem), or -1. */
function wordGroup(key: number, stemHash: number, length: number): number {
  const group = lookup(wordKeys, wordVals, key);
  return group >= 0 || length < STEM ? group : lookup(stemKeys, stemVals, stemHash | 1);
}

/**
 * Scans text[from, to) into `sink` for `zone`. The hot loop keeps its counters in locals and
 * writes them once at the end; a virtual newline at `to` flushes the last word and line.
 */
export function scanText(text: string, from: number, to: number, zone: number, sink: ScanSink): void {
  if (to <= from) return;
  const stats = sink.stats, lexicon = sink.lexicon, hashed = sink.hashed, touched = sink.touched;
  const base = zone * STAT_COUNT;
  const lexBase = zone * GROUP_COUNT;
  const mask = hashed.length - 1;
  let touchedCount = sink.touchedCount;
  let words = 0, numbers = 0, lines = 0, arrows = 0, compares = 0, money = 0, questions = 0;
  let caps = 0, keyValues = 0, cjk = 0, outcomes = 0, indexed = 0, trialLines = 0, readingLines = 0;
  let prevCjk = -1, previousWord = 0;
  let lineStart = true;
  // 0 no arrow yet, 1 arrow just seen, 2 the token after an arrow is a number (an outcome:
  // "→ 0.9 m", "-> +4%"), 3 the token after it is a word (an edge or a rename: "A -> B: 4 min")
  let lineArrow = 0;
  // first word of the line: 0 not yet, 1 reading it, 2 just ended (a digit next makes "round 3")
  let leadWord = 0;
  for (let i = from; i <= to; i++) {
    let c = i < to ? text.charCodeAt(i) : 10;
    let entry = CHAR[c]!;
    let kind = entry & CLASS_MASK;
    if (kind & WORD) {
      // A whole word in a tight inner loop; line-level state is touched once per word.
      if (lineStart) {
        lineStartWord(text, i, to, c, stats, base);
        leadWord = 1;
        lineStart = false;
      }
      prevCjk = -1;
      const firstIsDigit = kind & DIGIT;
      let h = FNV_OFFSET, stemHash = 0, length = 0, digit = 0, upper = UPPER;
      do {
        h = Math.imul(h ^ (entry >>> LOWER_SHIFT), FNV_PRIME);
        digit |= kind;
        upper &= kind;
        if (++length === STEM) stemHash = h;
        c = ++i < to ? text.charCodeAt(i) : 10;
        entry = CHAR[c]!;
        kind = entry & CLASS_MASK;
      } while (kind & WORD);
      const hasDigit = (digit & DIGIT) !== 0;
      if (lineArrow === 1) lineArrow = hasDigit ? 2 : 3;
      if (leadWord === 1) {
        if (hasDigit) indexed++;
        else {
          const lead = lookup(leadKeys, leadVals, h | 1);
          if (lead === 0) trialLines++;
          else if (lead === 1) readingLines++;
        }
        leadWord = hasDigit ? 3 : 2;
      } else if (leadWord === 2) {
        if (firstIsDigit) indexed++;
        leadWord = 3;
      }
      if (hasDigit) numbers++;
      else {
        words++;
        const key = h | 1;
        const bucket = key & mask;
        if (hashed[bucket]!++ === 0) touched[touchedCount++] = bucket;
        const group = wordGroup(key, stemHash, length);
        if (group >= 0) lexicon[lexBase + group]!++;
        if (previousWord !== 0) {
          const phrase = lookup(phraseKeys, phraseVals, phraseKey(previousWord, key));
          if (phrase >= 0) lexicon[lexBase + phrase]!++;
        }
        previousWord = key;
        if (upper !== 0 && length >= 2) caps++;
      }
    }
    if (kind === CJK) {
      lineStart = false;
      cjk++;
      if (prevCjk >= 0) {
        const key = mix(mix(FNV_OFFSET, prevCjk), c) | 1;
        const bucket = key & mask;
        if (hashed[bucket]!++ === 0) touched[touchedCount++] = bucket;
        const group = lookup(wordKeys, wordVals, key);
        if (group >= 0) lexicon[lexBase + group]!++;
      }
      prevCjk = c;
      continue;
    }
    prevCjk = -1;
    if (c === 10) {
      lines++;
      if (lineArrow > 0) arrows++;
      if (lineArrow === 2) outcomes++;
      lineStart = true;
      lineArrow = leadWord = previousWord = 0;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    previousWord = 0; // phrases do not span punctuation
    if (leadWord === 2) leadWord = 3;
    if (lineStart) {
      lineStart = false;
      if (c === 124) stats[base + 3]!++;
      else if (c === 45 || c === 42 || c === 0x2022 || c === 0xb7) stats[base + 4]!++;
      else if (c === 35 || c === 91) leadWord = 1; // "#3 ..." and "[ep 12] ..." are indexed records
    }
    const p = PUNCT[c]!;
    if (p === 0) continue;
    if (p === P_ARROW) {
      if (lineArrow !== 2) lineArrow = 1;
    } else if (p === P_DASH || p === P_EQUALS) {
      if (i + 1 < to && text.charCodeAt(i + 1) === 62) {
        if (lineArrow !== 2) lineArrow = 1;
      }
      else if (p === P_EQUALS) keyValues++;
    } else if (p === P_COMPARE) compares++;
    else if (p === P_MONEY) money++;
    else if (p === P_QUESTION) questions++;
    else keyValues++;
  }
  sink.touchedCount = touchedCount;
  sink.previousWord = 0;
  stats[base]! += words;
  stats[base + 1]! += numbers;
  stats[base + 2]! += lines;
  stats[base + 5]! += arrows;
  stats[base + 6]! += compares;
  stats[base + 7]! += money;
  stats[base + 8]! += questions;
  stats[base + 9]! += caps;
  stats[base + 10]! += keyValues;
  stats[base + 11]! += cjk;
  stats[base + 12]! += outcomes;
  stats[base + 13]! += indexed;
  stats[base + 16]! += trialLines;
  stats[base + 17]! += readingLines;
}
