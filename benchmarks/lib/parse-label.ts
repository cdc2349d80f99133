// Label parsing for enum answers: forgiving about format, never crediting an ambiguous answer.
import { extractJson, isRecord, MAX_REPLY_CHARS } from './reply-text';

export type LabelParse<L extends string> = { ok: true; label: L } | { ok: false; reason: string };

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

function matchLabel<L extends string>(value: unknown, labels: readonly L[]): L | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = normalise(value);
  return labels.find((label) => normalise(label) === wanted);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Labels mentioned as whole words in prose. */
function labelsInProse<L extends string>(text: string, labels: readonly L[]): L[] {
  const lower = text.toLowerCase();
  return labels.filter((label) => {
    const pattern = escapeRegExp(label.toLowerCase()).replace(/[_ -]/g, '[_ -]');
    return new RegExp(`(^|[^a-z0-9])${pattern}($|[^a-z0-9])`).test(lower);
  });
}

function negated(text: string, label: string): boolean {
  const pattern = escapeRegExp(label.toLowerCase()).replace(/[_ -]/g, '[_ -]');
  return new RegExp(`(\\bnot|\\bno|n't|\\bnever)\\s+(a\\s+|an\\s+)?${pattern}`).test(text.toLowerCase());
}

/**
 * Reads `key` from a JSON reply (or the only string field of a one-field object); without JSON,
 * accepts prose that names exactly one label. Anything else is not an answer.
 */
export function parseLabel<L extends string>(text: string, key: string, labels: readonly L[]): LabelParse<L> {
  if (text.length > MAX_REPLY_CHARS) return { ok: false, reason: 'reply too large' };
  const json = extractJson(text);
  if (json !== undefined) {
    if (!isRecord(json)) return { ok: false, reason: 'JSON is not an object' };
    const fields = Object.keys(json);
    const value = key in json ? json[key] : fields.length === 1 ? json[fields[0] as string] : undefined;
    const label = matchLabel(value, labels);
    return label ? { ok: true, label } : { ok: false, reason: `no valid "${key}" in JSON` };
  }
  const exact = matchLabel(text.replace(/^["'`\s]+|["'`.\s]+$/g, ''), labels);
  if (exact) return { ok: true, label: exact };
  const found = labelsInProse(text, labels);
  // "not fraud" names a label while denying it: never credit a negated mention.
  if (found.length === 1 && !negated(text, found[0] as L)) return { ok: true, label: found[0] as L };
  return { ok: false, reason: found.length === 0 ? 'no label found' : `ambiguous: ${found.join(', ')}` };
}
