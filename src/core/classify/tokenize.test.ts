import { describe, expect, it } from 'vitest';
import { LEXICON_GROUPS } from './lexicon';
import { FeatureBuffer, extractFeatures, DENSE_FEATURES } from './features';
import { TOOL_GROUPS } from './lexicon';
import { CalledTools, HEAD_CHARS, LEAD_OBSERVE, TAIL_CHARS, countToolName, leadGroup, leadWordHash } from './request-shape';
import { GROUP_COUNT, ZONE_STATS, STAT_COUNT, scanText } from './tokenize';

function scan(text: string): FeatureBuffer {
  const buffer = new FeatureBuffer();
  buffer.reset();
  scanText(text, 0, text.length, 1, buffer);
  return buffer;
}
const stat = (b: FeatureBuffer, name: (typeof ZONE_STATS)[number]): number => b.stats[STAT_COUNT + ZONE_STATS.indexOf(name)]!;
const group = (b: FeatureBuffer, name: (typeof LEXICON_GROUPS)[number]): number => b.lexicon[GROUP_COUNT + LEXICON_GROUPS.indexOf(name)]!;

describe('scanText', () => {
  it('matches cue words across languages, stems and two-word phrases', () => {
    expect(group(scan('Erreiche das Ziel'), 'goal')).toBe(1);
    expect(group(scan('目標に到達する'), 'goal')).toBe(2); // 目標 and 到達
    expect(group(scan('presupuesto'), 'utility')).toBe(1);
    expect(group(scan('We OPTIMISE and optimize and Optimal'), 'utility')).toBe(3);
    expect(group(scan('what we saw so far'), 'state')).toBe(1);
    expect(group(scan('so, far'), 'state')).toBe(0);
    expect(group(scan('banana'), 'goal')).toBe(0);
  });

  it('counts statelessness cues: each input judged on its own, in several languages', () => {
    // "on its own" is two phrases (on_its, its_own), so the commonest English form counts twice.
    expect(group(scan('Treat every reading on its own; do not connect it with events you saw before.'), 'alone')).toBe(3);
    expect(group(scan('Beurteile jede Zeile für sich, nur anhand seiner eigenen Felder'), 'alone')).toBe(2);
    expect(group(scan('juzga cada informe por separado'), 'alone')).toBe(1);
    expect(group(scan('各イベントを単独で判定する'), 'alone')).toBe(1);
    // The words alone are not the cue: "its" and "own" apart, or "on" before something else.
    expect(group(scan('on the map, its walls are your own'), 'alone')).toBe(0);
  });

  it('counts line shapes: tables, outcomes, indexed records, timestamps, options', () => {
    const b = scan('| a | b |\n#1 speed 2 → 0.9 m short\nround 3: A → click\n12:05 H1=76\nB) Sülz, 64 m²\n- bullet');
    expect(stat(b, 'table_rows')).toBe(1);
    expect(stat(b, 'arrow_lines')).toBe(2);
    expect(stat(b, 'outcome_lines')).toBe(1);
    expect(stat(b, 'indexed_lines')).toBe(3);
    expect(stat(b, 'timestamp_lines')).toBe(1);
    expect(stat(b, 'option_lines')).toBe(1);
    expect(stat(b, 'list_lines')).toBe(1);
    expect(stat(b, 'lines')).toBe(6);
  });

  it("counts cue words in a table's cells apart: after a '|' on their line, until the line ends", () => {
    const table = (b: FeatureBuffer, name: (typeof LEXICON_GROUPS)[number]): number => b.tableLexicon[LEXICON_GROUPS.indexOf(name)]!;
    const b = scan('Results so far, budget 300:\n| week | result | cost |\nad A | outcome good\n目标 | 结果\nnext: result?\nB | so far');
    expect(group(b, 'learning')).toBe(5); // Results, result, outcome, 结果, result
    expect(table(b, 'learning')).toBe(3); // result, outcome, 结果: each after a '|' on its line
    expect(table(b, 'utility')).toBe(1); // cost (budget is prose)
    expect(table(b, 'goal')).toBe(0); // 目标 comes before the line's first '|'
    expect(group(b, 'goal')).toBe(1);
    expect(stat(b, 'key_values')).toBe(2); // the two colons; '|' is not a key-value mark
    expect([group(b, 'state'), table(b, 'state')]).toEqual([2, 1]); // the phrase so_far, in prose and in a cell
  });

  it("reads a table row's first cell as the row's lead: numbered and dated rows are records", () => {
    const b = scan('| day | spend | result |\n|---|---|---|\n| 24/10 | 300 | ok |\n| Queens Dr | 148 | 56 |\n| #7 | 12 | 9 |');
    expect(stat(b, 'table_rows')).toBe(5);
    expect(stat(b, 'indexed_lines')).toBe(2); // "24/10" and "7" lead their rows; "Queens" and the header do not
    expect(stat(scan('Queens Dr | 148 | 56'), 'indexed_lines')).toBe(0); // a number in a later cell leads nothing
  });

  it('reads a line led by a year-first date as a timestamp, not as an indexed record', () => {
    const b = scan('2026-03-14 06:45 login success\n2026/03/14 bill paid\n2026 budget: 40\nRun 2026-03-14: 3 errors\n202-555 call');
    expect(stat(b, 'timestamp_lines')).toBe(2);
    // "2026 budget" (a year, no date), "Run 2026-..." and "202-555" keep their usual reading.
    expect(stat(b, 'indexed_lines')).toBe(3);
    expect(stat(b, 'trial_lines')).toBe(1);
    // A date cut off at the very end of the text reads no further than the sentinels.
    expect(stat(scan('2026'), 'timestamp_lines')).toBe(0);
    expect(stat(scan('2026-'), 'timestamp_lines')).toBe(1);
  });

  it('counts dated lines: a month name, a year-first date or a CJK month, anywhere on the line', () => {
    const b = scan('4. März | Neu | 22%\n- "Dana" (2026-05-25, n=46000): open 32%\nsent 12 oct: 3 orders\n3月5日 売上 120\nretry 2/3 at 10-20 and 3.5\nWe may go in May');
    expect(stat(b, 'dated_lines')).toBe(4);
    expect(stat(scan('2026'), 'dated_lines')).toBe(0); // a year alone is not a date
    expect(stat(scan('1999/12'), 'dated_lines')).toBe(1);
    expect(stat(scan('3020-05 part'), 'dated_lines')).toBe(0);
  });

  it('counts label-like capitals, numbers and CJK characters', () => {
    const b = scan('Reply PROCEED or STOP at 12 km/h 中文');
    expect(stat(b, 'caps_labels')).toBe(2);
    expect(stat(b, 'numbers')).toBe(1);
    expect(stat(b, 'cjk')).toBe(2);
  });
});

describe('extractFeatures', () => {
  it('scans only the head and tail of a huge message', () => {
    const buffer = new FeatureBuffer();
    const words = (n: number): string => 'word '.repeat(n);
    extractFeatures({ model: 'm', messages: [{ role: 'user', content: words(100_000) }] }, buffer);
    const scanned = buffer.stats[STAT_COUNT + ZONE_STATS.indexOf('words')]!;
    expect(scanned).toBeLessThanOrEqual((HEAD_CHARS + TAIL_CHARS) / 5 + 2);
    expect(scanned).toBeGreaterThan(500);
  });

  it('names every dense feature once', () => {
    expect(new Set(DENSE_FEATURES).size).toBe(DENSE_FEATURES.length);
  });
});

describe('hashed words', () => {
  const buckets = (text: string): number[] => {
    const b = scan(text);
    return Array.from(b.touched.subarray(0, b.touchedCount));
  };
  it('gives a word longer than 5 characters a second bucket for its stem, shared by its relatives', () => {
    expect(buckets('plan')).toHaveLength(1);
    const [english, spanish, german] = [buckets('optimise'), buckets('optimizar'), buckets('optimieren')];
    expect(english).toHaveLength(2);
    expect(spanish.filter((b) => english.includes(b))).toHaveLength(1);
    expect(german.filter((b) => english.includes(b))).toHaveLength(1);
    expect(buckets('planning').filter((b) => english.includes(b))).toHaveLength(0);
  });
});

describe('message lead word', () => {
  it('reads accented lead words whole', () => {
    expect(leadWordHash('Étape 4 : capteur à 12 °C')).toBe(leadWordHash('étape'));
    expect(leadWordHash('Étape 4')).not.toBe(leadWordHash('tape'));
    expect(leadGroup(leadWordHash('Étape 4 : capteur à 12 °C'))).toBe(LEAD_OBSERVE);
    expect(leadWordHash('12:00 ok')).toBe(leadWordHash('ok'));
  });
});

describe('tool names', () => {
  const groups = (name: string): number[] => {
    const counts = new Float32Array(TOOL_GROUPS.length);
    countToolName(name, counts, 0);
    return Array.from(counts);
  };
  it('splits camelCase, snake_case and runs of capitals into words', () => {
    const sense = TOOL_GROUPS.indexOf('sense'), nav = TOOL_GROUPS.indexOf('nav');
    expect(groups('getURLParser')[sense]).toBe(1); // get
    expect(groups('getURLParser')[nav]).toBe(1); // url, not u, r, l
    expect(groups('open_URL')[nav]).toBe(2);
    expect(groups('NavigateTo')[nav]).toBe(1);
    expect(groups('HTTPFetch')[sense]).toBe(1);
  });
  it('counts repeated calls as countToolName does, splitting each name once per request', () => {
    const names = ['getURLParser', 'open_URL', 'getURLParser', 'NavigateTo', 'open_URL', 'getURLParser', 'x'];
    const called = new CalledTools();
    const counts = new Float32Array(TOOL_GROUPS.length);
    const expected = new Float32Array(TOOL_GROUPS.length);
    const fresh = names.map((name) => {
      countToolName(name, expected, 0);
      return called.count(name, counts, 0);
    });
    expect(Array.from(counts)).toEqual(Array.from(expected));
    expect(fresh).toEqual([true, true, false, true, false, false, true]);
    called.clear();
    expect(called.count('getURLParser', counts, 0)).toBe(true);
  });
});

describe('lexicon', () => {
  it('writes phrases as two words and CJK entries as two characters (what the scanner can match)', async () => {
    const { LEXICON } = await import('./lexicon');
    for (const g of LEXICON_GROUPS) {
      for (const word of LEXICON[g].split(/\s+/).filter(Boolean)) {
        if (word.includes('_')) expect(word.split('_'), word).toHaveLength(2);
        if (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(word)) expect(word, word).toMatch(/^[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2}$/);
      }
    }
  });


  it('puts every cue word in one group only (a word has one vote)', async () => {
    const { LEXICON } = await import('./lexicon');
    const seen = new Map<string, string>();
    for (const g of LEXICON_GROUPS) {
      for (const word of LEXICON[g].split(/\s+/).filter(Boolean)) {
        expect(seen.get(word.toLowerCase()) ?? g, word).toBe(g);
        seen.set(word.toLowerCase(), g);
      }
    }
  });

  it('finds every entry in its own group (no entry lost to another in the tables)', async () => {
    const { LEXICON } = await import('./lexicon');
    for (const g of LEXICON_GROUPS) {
      for (const entry of LEXICON[g].split(/\s+/).filter(Boolean)) {
        const text = entry.endsWith('*') ? `${entry.slice(0, -1)}qq` : entry.replace('_', ' ');
        expect(group(scan(text), g), entry).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('lists each entry once within its group (a repeat is dead weight in a long list)', async () => {
    const { LEXICON, LEAD_LEXICON } = await import('./lexicon');
    for (const list of [...Object.values(LEXICON), ...Object.values(LEAD_LEXICON)]) {
      const words = list.split(/\s+/).filter(Boolean);
      expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    }
  });
});
