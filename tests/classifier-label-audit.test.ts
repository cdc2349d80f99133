// The blind label audit (tests/data/classifier/label-audit.jsonl, read by `npm run eval:labels`)
// must describe the dataset as it is: a regenerated dataset with new ids or labels would leave
// the audit's agreement figures describing rows that no longer exist.
import { describe, expect, it } from 'vitest';
import { isAgentType } from '../src/core/types';
import { readLabelAudit, readRows, splitRows } from '../scripts/classifier-data';

const audits = readLabelAudit('tests/data/classifier/label-audit.jsonl');

describe('label audit', () => {
  it('covers every agentic held-out row of requests.jsonl and every agentic cross-author and fresh-author row, once', () => {
    const heldOut = splitRows(readRows('tests/data/classifier/requests.jsonl')).heldout.filter((r) => r.agentic !== false);
    const crossAuthor = readRows('tests/data/classifier/cross-author.jsonl').filter((r) => r.agentic !== false);
    const ids = (file: string): string[] => audits.filter((a) => a.file === file).map((a) => a.id).sort();
    expect(ids('requests.jsonl')).toEqual(heldOut.map((r) => r.id).sort());
    expect(ids('cross-author.jsonl')).toEqual(crossAuthor.map((r) => r.id).sort());
    const freshAuthors = readRows('tests/data/classifier/fresh-authors.jsonl').filter((r) => r.agentic !== false);
    expect(ids('fresh-authors.jsonl')).toEqual(freshAuthors.map((r) => r.id).sort());
    expect(audits).toHaveLength(heldOut.length + crossAuthor.length + freshAuthors.length);
  });

  it('has two annotations per row, each a valid type with a confidence of 1-3', () => {
    for (const audit of audits) {
      expect(audit.annotations).toHaveLength(2);
      for (const a of audit.annotations) {
        expect(isAgentType(a.label), `${audit.id}: ${a.label}`).toBe(true);
        if (a.secondary !== null) expect(isAgentType(a.secondary)).toBe(true);
        expect([1, 2, 3]).toContain(a.confidence);
      }
    }
  });
});
