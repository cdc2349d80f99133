// Tag-list parsing: JSON (object field or bare array), or a plain list of ids and nothing else.
import { extractJson, isRecord, MAX_REPLY_CHARS } from '../../lib/reply-text';

export type TagParse = { ok: true; tags: string[] } | { ok: false; reason: string };

function normalise(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

function fromArray(value: unknown): TagParse {
  if (!Array.isArray(value)) return { ok: false, reason: 'tags are not a list' };
  if (!value.every((item): item is string => typeof item === 'string')) return { ok: false, reason: 'non-string tag' };
  // Unknown tags stay in the prediction: they count as false positives, never as hits.
  return { ok: true, tags: [...new Set(value.map(normalise))] };
}

export function parseTags(text: string, key: string, known: readonly string[]): TagParse {
  if (text.length > MAX_REPLY_CHARS) return { ok: false, reason: 'reply too large' };
  const json = extractJson(text);
  if (Array.isArray(json)) return fromArray(json);
  if (isRecord(json)) {
    const fields = Object.keys(json);
    return fromArray(key in json ? json[key] : fields.length === 1 ? json[fields[0]!] : undefined);
  }
  const words = text.split(/[\s,;]+/).map((word) => word.replace(/^[-*"'`\u2022]+|["'`.]+$/g, '')).filter(Boolean);
  if (words.length > 0 && words.every((word) => known.includes(normalise(word)))) return { ok: true, tags: [...new Set(words.map(normalise))] };
  if (/^\s*none\.?\s*$/i.test(text)) return { ok: true, tags: [] };
  return { ok: false, reason: 'no tag list found' };
}
