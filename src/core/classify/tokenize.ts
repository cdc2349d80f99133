// Single-pass text scanner: no regexes, no substrings. Words are hashed (FNV-1a) while they are
// read (with a second hash for the 5-character stem of a longer word, so "optimise", "optimizar"
// and "optimieren" share evidence across languages), CJK runs become character bigrams, and
// line-level shapes (tables, bullets, outcome arrows) are counted on the way. Cost is linear in
// the characters scanned.
import { LEAD_LEXICON, LEXICON, LEXICON_GROUPS, MONTH_WORDS } from './lexicon';
import type { ScanCache } from './scan-replay';

// Numeric constants are `const enum` members so they compile to literals: a module-level
// `const` is a context slot that optimised code reloads (and hole-checks) on every use, which in
// the scanner's per-character loop cost more than the work itself.
const enum Fnv {
  OFFSET = 0x811c9dc5 | 0, // int32, so hashes stay small integers in the JIT
  PRIME = 0x01000193,
}
const enum Scan {
  STEM = 5,
  // Character classes (low 4 bits of a CHAR entry) and the shift of the lower-case form above them.
  WORD = 1,
  DIGIT = 2,
  UPPER = 4,
  CJK = 8,
  CLASS_MASK = 15,
  LOWER_SHIFT = 4,
  // Word-table values: group + 1 in the low byte; PHRASE_HEAD marks a word that starts a phrase,
  // so the phrase table is probed only after such a word (most words start none).
  GROUP_MASK = 0xff,
  PHRASE_HEAD = 0x100,
  /** A month name (MONTH_WORDS): its line is dated. */
  MONTH = 0x200,
}

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
  'dated_lines',
] as const;
export const STAT_COUNT = ZONE_STATS.length;
// ZONE_STATS positions as literals for the scanner (checked against ZONE_STATS below).
const enum Stat {
  WORDS = 0,
  NUMBERS = 1,
  LINES = 2,
  TABLE_ROWS = 3,
  LIST_LINES = 4,
  ARROW_LINES = 5,
  COMPARISONS = 6,
  MONEY_PERCENT = 7,
  QUESTIONS = 8,
  CAPS_LABELS = 9,
  KEY_VALUES = 10,
  CJK = 11,
  OUTCOME_LINES = 12,
  INDEXED_LINES = 13,
  TIMESTAMP_LINES = 14,
  OPTION_LINES = 15,
  TRIAL_LINES = 16,
  READING_LINES = 17,
  DATED_LINES = 18,
}
const STAT_NAMES: [Stat, string][] = [
  [Stat.WORDS, 'words'], [Stat.NUMBERS, 'numbers'], [Stat.LINES, 'lines'],
  [Stat.TABLE_ROWS, 'table_rows'], [Stat.LIST_LINES, 'list_lines'],
  [Stat.ARROW_LINES, 'arrow_lines'], [Stat.COMPARISONS, 'comparisons'],
  [Stat.MONEY_PERCENT, 'money_percent'], [Stat.QUESTIONS, 'questions'],
  [Stat.CAPS_LABELS, 'caps_labels'], [Stat.KEY_VALUES, 'key_values'], [Stat.CJK, 'cjk'],
  [Stat.OUTCOME_LINES, 'outcome_lines'], [Stat.INDEXED_LINES, 'indexed_lines'],
  [Stat.TIMESTAMP_LINES, 'timestamp_lines'], [Stat.OPTION_LINES, 'option_lines'],
  [Stat.TRIAL_LINES, 'trial_lines'], [Stat.READING_LINES, 'reading_lines'], [Stat.DATED_LINES, 'dated_lines'],
];
if (STAT_NAMES.length !== STAT_COUNT || STAT_NAMES.some(([at, name]) => ZONE_STATS[at] !== name)) {
  throw new Error('tokenize: Stat is out of step with ZONE_STATS');
}
export const GROUP_COUNT = LEXICON_GROUPS.length;

// Lexicon as open-addressed tables keyed by word hash (value = group + 1): exact words; stems,
// keyed by the hash of the word's first 5 characters; two-word phrases; line-lead words. Each
// table is sized from its entries (load <= 1/4) and keeps key and value side by side (one cache
// line per probe). The word table (3,600 entries) is 128 KB, past L1; packing a slot into one
// int32 at load 1/2 (32 KB) was tried and did not measurably speed the scan (bench/RESULTS.md).
interface Table {
  /** [key, value] pairs; key 0 marks an empty slot (keys always have the low bit set). */
  slots: Int32Array;
  /** Slot count - 1 (a power of two minus one). */
  mask: number;
}

function createTable(entries: number): Table {
  let size = 16;
  while (size < 4 * entries) size *= 2;
  return { slots: new Int32Array(2 * size), mask: size - 1 };
}

/** Key of a two-word phrase from the keys of its words. */
function phraseKey(previous: number, current: number): number {
  return (Math.imul(previous ^ 0x5bd1e995, Fnv.PRIME) ^ current) | 1;
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
const CHAR = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  let kind = 0;
  if (isWordChar(c)) kind = Scan.WORD | (c >= 48 && c <= 57 ? Scan.DIGIT : 0) | ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) ? Scan.UPPER : 0);
  else if (isCjk(c)) kind = Scan.CJK;
  CHAR[c] = (lower(c) << Scan.LOWER_SHIFT) | kind;
}

/** The lower-case form of a letter (Latin, accented Latin, Greek, Cyrillic), or 0 for anything else. */
export function letterOf(c: number): number {
  const entry = CHAR[c]!;
  return (entry & (Scan.WORD | Scan.DIGIT)) === Scan.WORD ? entry >>> Scan.LOWER_SHIFT : 0;
}

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, Fnv.PRIME);
}

/** The hash the scanner computes for a word (lower-cased) or a CJK bigram. */
export function hashWord(word: string): number {
  let h: number = Fnv.OFFSET;
  for (let i = 0; i < word.length; i++) h = mix(h, lower(word.charCodeAt(i)));
  return h | 1;
}

/** Sets `key`'s group (-1 for none) and ORs in `flags`; a word's group and its flags are independent. */
function insert(table: Table, key: number, group: number, flags = 0): void {
  const slots = table.slots, mask = table.mask;
  let slot = key & mask;
  while (slots[2 * slot] !== 0 && slots[2 * slot] !== key) slot = (slot + 1) & mask;
  slots[2 * slot] = key;
  if (group >= 0) slots[2 * slot + 1] = (slots[2 * slot + 1]! & ~Scan.GROUP_MASK) | (group + 1);
  slots[2 * slot + 1]! |= flags;
}

/** Group of `key` in a table's slots, or -1. */
function lookup(slots: Int32Array, mask: number, key: number): number {
  return (probe(slots, mask, key) & Scan.GROUP_MASK) - 1;
}

/** The raw slot value of `key` (group + 1, plus PHRASE_HEAD in the word table), or 0. */
function probe(slots: Int32Array, mask: number, key: number): number {
  let slot = key & mask;
  for (;;) {
    const k = slots[2 * slot]!;
    if (k === key) return slots[2 * slot + 1]!;
    if (k === 0) return 0;
    slot = (slot + 1) & mask;
  }
}

const leadEntries = (['trial', 'observe'] as const).map((group) => LEAD_LEXICON[group].split(/\s+/).filter(Boolean));
const lexiconEntries = LEXICON_GROUPS.map((group) => LEXICON[group].split(/\s+/).filter(Boolean));
const isStem = (entry: string): boolean => entry.endsWith('*');
const isPhrase = (entry: string): boolean => !isStem(entry) && entry.includes('_');
const countOf = (test: (entry: string) => boolean): number => lexiconEntries.reduce((n, entries) => n + entries.filter(test).length, 0);

// First words of a line that open a new case (value 1) or a new reading (value 2).
const leadTable = createTable(leadEntries.reduce((n, words) => n + words.length, 0));
leadEntries.forEach((words, index) => {
  for (const word of words) insert(leadTable, hashWord(word), index);
});

const stemTable = createTable(countOf(isStem));
const phraseTable = createTable(countOf(isPhrase));
const monthWords = MONTH_WORDS.split(/\s+/).filter(Boolean);
const wordTable = createTable(countOf((entry) => !isStem(entry)) + monthWords.length);
lexiconEntries.forEach((entries, index) => {
  for (const entry of entries) {
    if (isStem(entry)) insert(stemTable, hashWord(entry.slice(0, Scan.STEM)), index);
    else if (isPhrase(entry)) {
      const [a, b] = entry.split('_');
      insert(phraseTable, phraseKey(hashWord(a!), hashWord(b!)), index);
      insert(wordTable, hashWord(a!), -1, Scan.PHRASE_HEAD);
    }
    else insert(wordTable, hashWord(entry), index);
  }
});
for (const month of monthWords) insert(wordTable, hashWord(month), -1, Scan.MONTH);

/** Where scanned counts go. `hashCounts` holds one count per hash bucket (size a power of two). */
export interface ScanSink {
  stats: Float32Array; // zone * STAT_COUNT + stat
  lexicon: Float32Array; // zone * GROUP_COUNT + group
  /** Cue hits after a '|' on their line (table cells), any zone: a table of outcomes vs one of options. */
  tableLexicon: Float32Array; // group
  // Integers, not floats: an increment is one add instead of a float load, convert and store.
  hashCounts: Int32Array;
  /** Buckets that went from 0 to 1, so a reset or a sparse dot touches only those. */
  touched: Int32Array;
  touchedCount: number;
  /** Replays of text scanned before (see scan-replay.ts); without it every string is scanned. */
  replays?: ScanCache | undefined;
}

// Punctuation that feeds a line-shape counter, as a table (one load instead of a compare chain).
const enum Punct { ARROW = 1, DASH = 2, EQUALS = 3, COMPARE = 4, MONEY = 5, QUESTION = 6, COLON = 7, PIPE = 8 }
const PUNCT = new Uint8Array(0x10000);
PUNCT[0x2192] = PUNCT[0x21d2] = Punct.ARROW;
PUNCT[45] = Punct.DASH;
PUNCT[61] = Punct.EQUALS;
PUNCT[60] = PUNCT[62] = PUNCT[0x2264] = PUNCT[0x2265] = Punct.COMPARE;
PUNCT[36] = PUNCT[37] = PUNCT[0x20ac] = PUNCT[0xa3] = PUNCT[0xa5] = PUNCT[0xffe5] = Punct.MONEY;
PUNCT[63] = PUNCT[0xff1f] = PUNCT[0xbf] = Punct.QUESTION;
PUNCT[58] = Punct.COLON;
PUNCT[124] = Punct.PIPE;

const isDigitUnit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Shapes recognisable from a line's first characters: "3." lists, "12:05" stamps, "B)" options.
 * `u[i + 1]` and `u[i + 2]` always exist: the text is followed by two sentinels (see `loadUnits`).
 * Returns 1 when the line starts with a date, whose first word then does not count as a line lead.
 */
function lineStartWord(u: Uint16Array, i: number, c: number, stats: Float32Array, base: number): number {
  const next = u[i + 1]!;
  const third = u[i + 2]!;
  const isDigit = isDigitUnit(c);
  if (isDigit && (next === 46 || next === 41)) stats[base + Stat.LIST_LINES]!++;
  else if (isDigit && (next === 58 || third === 58)) stats[base + Stat.TIMESTAMP_LINES]!++;
  else if (isDigit && isDigitUnit(next) && isDigitUnit(third) && isDigitUnit(u[i + 3]!) && (u[i + 4] === 45 || u[i + 4] === 47)) {
    // Year-first dates ("2026-03-14 06:45 ...") lead event-log lines: a timestamp, not a case
    // index. u[i + 3] and u[i + 4] are read only after two digits, so they are at most the sentinels.
    stats[base + Stat.TIMESTAMP_LINES]!++;
    return 1;
  }
  else if (c >= 65 && c <= 90 && (next === 41 || ((next === 46 || next === 58) && third === 32))) stats[base + Stat.OPTION_LINES]!++;
  return 0;
}

// The scanner reads UTF-16 code units from a reused typed array instead of `charCodeAt`: a
// charCodeAt loop re-checks the string's representation on every character, and those extra
// instructions are what slow it down ~1.8x whenever the host's other hyperthread is busy
// (the typed-array loop is unaffected). Long texts are copied in natively (one memcpy-like
// call); short ones with a charCodeAt loop, which is cheaper than the native call's overhead.
const NATIVE_MIN = 64;
type UnitWriter = { write(text: string, offset: number, length: number, encoding: 'utf16le'): number };
const NodeBuffer = (globalThis as { Buffer?: { from(buffer: ArrayBuffer, offset: number, length: number): UnitWriter } }).Buffer;
// utf16le bytes are only the Uint16Array's code units on a little-endian host.
const NATIVE = typeof NodeBuffer?.from === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let units = new Uint16Array(0);
let writer: UnitWriter | null = null;

/**
 * Copies text[from, to) into `units[0, to - from)` and appends two sentinels: a newline (the
 * scanner's virtual end-of-text newline) and a 0, so lookahead needs no bounds checks (both
 * compare unequal to every character a lookahead tests, like the "past the end" 0 did).
 */
function loadUnits(text: string, from: number, to: number): Uint16Array {
  const n = to - from;
  if (units.length < n + 2) {
    units = new Uint16Array(Math.max(n + 2, 2 * units.length, 8192));
    writer = NATIVE ? NodeBuffer!.from(units.buffer, units.byteOffset, units.byteLength) : null;
  }
  const u = units;
  if (n >= NATIVE_MIN && writer !== null) {
    // Writes the source's first n units; a tail needs its own start, so a (non-copying) slice.
    writer.write(from === 0 ? text : text.slice(from, to), 0, 2 * n, 'utf16le');
  } else {
    for (let k = 0; k < n; k++) u[k] = text.charCodeAt(from + k);
  }
  u[n] = 10;
  u[n + 1] = 0;
  return u;
}

/**
 * Scans text[from, to) into `sink` for `zone`. The hot loop keeps its counters in locals and
 * writes them once at the end; a virtual newline at `to` flushes the last word and line.
 * Tables are read through locals and constants are literals (see `Scan`), so the loops touch no
 * module state.
 */
export function scanText(text: string, from: number, to: number, zone: number, sink: ScanSink): void {
  if (to <= from) return;
  const u = loadUnits(text, from, to);
  const n = to - from;
  const chars = CHAR, punct = PUNCT;
  const wordSlots = wordTable.slots, wordMask = wordTable.mask;
  const stemSlots = stemTable.slots, stemMask = stemTable.mask;
  const phraseSlots = phraseTable.slots, phraseMask = phraseTable.mask;
  const leadSlots = leadTable.slots, leadMask = leadTable.mask;
  const stats = sink.stats, lexicon = sink.lexicon, tableLexicon = sink.tableLexicon, hashed = sink.hashCounts, touched = sink.touched;
  const base = zone * STAT_COUNT;
  const lexBase = zone * GROUP_COUNT;
  const mask = hashed.length - 1;
  let touchedCount = sink.touchedCount;
  let words = 0, numbers = 0, caps = 0;
  let prevCjk = -1, previousWord = 0;
  let lineStart = true;
  // 0 no arrow yet, 1 arrow just seen, 2 the token after an arrow is a number (an outcome:
  // "→ 0.9 m", "-> +4%"), 3 the token after it is a word (an edge or a rename: "A -> B: 4 min")
  let lineArrow = 0;
  // first word of the line: 0 not yet, 1 reading it, 2 just ended (a digit next makes "round 3")
  let leadWord = 0;
  // 1 once the line has had a '|': later cue words are a table's cells (added, not branched on)
  let cells = 0;
  // Non-zero once the line names a date: a month, "2026-05-25", "3月" (past results and logs are dated)
  let dated = 0;
  for (let i = 0; i <= n; i++) {
    let c = u[i]!;
    let entry = chars[c]!;
    let kind = entry & Scan.CLASS_MASK;
    if (kind & Scan.WORD) {
      // A whole word in a tight inner loop; line-level state is touched once per word.
      if (lineStart) {
        leadWord = lineStartWord(u, i, c, stats, base) ? 3 : 1;
        lineStart = false;
      }
      prevCjk = -1;
      const firstIsDigit = kind & Scan.DIGIT;
      let h: number = Fnv.OFFSET, stemHash = 0, length = 0, digit = 0, upper: number = Scan.UPPER;
      do {
        h = Math.imul(h ^ (entry >>> Scan.LOWER_SHIFT), Fnv.PRIME);
        digit |= kind;
        upper &= kind;
        if (++length === Scan.STEM) stemHash = h;
        c = u[++i]!;
        entry = chars[c]!;
        kind = entry & Scan.CLASS_MASK;
      } while (kind & Scan.WORD);
      const hasDigit = (digit & Scan.DIGIT) !== 0;
      if (lineArrow === 1) lineArrow = hasDigit ? 2 : 3;
      if (leadWord === 1) {
        if (hasDigit) stats[base + Stat.INDEXED_LINES]!++;
        else {
          const lead = lookup(leadSlots, leadMask, h | 1);
          if (lead === 0) stats[base + Stat.TRIAL_LINES]!++;
          else if (lead === 1) stats[base + Stat.READING_LINES]!++;
        }
        leadWord = hasDigit ? 3 : 2;
      } else if (leadWord === 2) {
        if (firstIsDigit) stats[base + Stat.INDEXED_LINES]!++;
        leadWord = 3;
      }
      if (hasDigit) {
        numbers++;
        // A year opening a date: 19xx or 20xx, then '-' or '/' and a digit.
        if (length === 4 && (c === 45 || c === 47) && isDigitUnit(u[i + 1]!) && (u[i - 4] === 50 ? u[i - 3] === 48 : u[i - 4] === 49 && u[i - 3] === 57)) dated = 1;
      } else {
        words++;
        const key = h | 1;
        const bucket = key & mask;
        if (hashed[bucket]!++ === 0) touched[touchedCount++] = bucket;
        // Exact word first, then its 5-character stem.
        const found = probe(wordSlots, wordMask, key);
        let group = (found & Scan.GROUP_MASK) - 1;
        if (group < 0 && length >= Scan.STEM) group = lookup(stemSlots, stemMask, stemHash | 1);
        if (group >= 0) {
          lexicon[lexBase + group]!++;
          tableLexicon[group]! += cells;
        }
        if (length > Scan.STEM) {
          // The stem's own (salted) bucket: inflections and cognates in other languages meet there.
          const stemBucket = (Math.imul(stemHash ^ 0x27d4eb2f, Fnv.PRIME) | 1) & mask;
          if (hashed[stemBucket]!++ === 0) touched[touchedCount++] = stemBucket;
        }
        if (previousWord !== 0) {
          const phrase = lookup(phraseSlots, phraseMask, phraseKey(previousWord, key));
          if (phrase >= 0) {
            lexicon[lexBase + phrase]!++;
            tableLexicon[phrase]! += cells;
          }
        }
        // Only a phrase's first word can make the next word a phrase.
        previousWord = found & Scan.PHRASE_HEAD ? key : 0;
        dated |= found & Scan.MONTH; // added, not branched on
        if (upper !== 0 && length >= 2) caps++;
      }
    }
    if (kind === Scan.CJK) {
      lineStart = false;
      stats[base + Stat.CJK]!++;
      if (c === 0x6708 && isDigitUnit(u[i - 1]!)) dated = 1; // 3月
      if (prevCjk >= 0) {
        const key = mix(mix(Fnv.OFFSET, prevCjk), c) | 1;
        const bucket = key & mask;
        if (hashed[bucket]!++ === 0) touched[touchedCount++] = bucket;
        const group = lookup(wordSlots, wordMask, key);
        if (group >= 0) {
          lexicon[lexBase + group]!++;
          tableLexicon[group]! += cells;
        }
      }
      prevCjk = c;
      continue;
    }
    prevCjk = -1;
    if (c === 10) {
      stats[base + Stat.LINES]!++;
      if (lineArrow > 0) stats[base + Stat.ARROW_LINES]!++;
      if (lineArrow === 2) stats[base + Stat.OUTCOME_LINES]!++;
      if (dated !== 0) stats[base + Stat.DATED_LINES]!++;
      lineStart = true;
      lineArrow = leadWord = previousWord = cells = dated = 0;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    previousWord = 0; // phrases do not span punctuation
    if (leadWord === 2) leadWord = 3;
    if (lineStart) {
      lineStart = false;
      if (c === 124) {
        // A table row's first cell leads it, as "#3 ..." does a line: "| 24/10 | ...", "| Run 4 | ...".
        stats[base + Stat.TABLE_ROWS]!++;
        leadWord = 1;
      } else if (c === 45 || c === 42 || c === 0x2022 || c === 0xb7) stats[base + Stat.LIST_LINES]!++;
      else if (c === 35 || c === 91) leadWord = 1; // "#3 ..." and "[ep 12] ..." are indexed records
    }
    const p = punct[c]!;
    if (p === 0) continue;
    if (p === Punct.ARROW) {
      if (lineArrow !== 2) lineArrow = 1;
    } else if (p === Punct.DASH || p === Punct.EQUALS) {
      if (u[i + 1] === 62) {
        if (lineArrow !== 2) lineArrow = 1;
      }
      else if (p === Punct.EQUALS) stats[base + Stat.KEY_VALUES]!++;
    } else if (p === Punct.COMPARE) stats[base + Stat.COMPARISONS]!++;
    else if (p === Punct.MONEY) stats[base + Stat.MONEY_PERCENT]!++;
    else if (p === Punct.QUESTION) stats[base + Stat.QUESTIONS]!++;
    else if (p === Punct.PIPE) cells = 1;
    else stats[base + Stat.KEY_VALUES]!++;
  }
  sink.touchedCount = touchedCount;
  stats[base + Stat.WORDS]! += words;
  stats[base + Stat.NUMBERS]! += numbers;
  stats[base + Stat.CAPS_LABELS]! += caps;
}
