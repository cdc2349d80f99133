// Forgiving extraction of a JSON answer from a model reply: tool-call arguments, a bare JSON
// body, code fences, or prose around one object. Never guesses: several different objects in
// one reply are ambiguous and rejected, so hedging cannot earn credit.
import type { AssistantMessage } from '../../src/core/types';

/** Replies larger than this are cut before scanning: a real answer is far smaller. */
const MAX_SCAN_CHARS = 200_000;
const MAX_CANDIDATES = 50;

export type JsonObject = Record<string, unknown>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The reply's text content, '' when absent or malformed. */
export function replyText(message: AssistantMessage | null | undefined): string {
  const content: unknown = message?.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) => (isObject(part) && typeof part.text === 'string' ? part.text : ''))
    .join('');
}

/** Balanced top-level {...} spans in text, respecting JSON strings. */
function objectSpans(text: string): string[] {
  const spans: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length && spans.length < MAX_CANDIDATES; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"' && depth > 0) inString = true;
    else if (ch === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) spans.push(text.slice(start, i + 1));
    }
  }
  return spans;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The single JSON object a text holds, whole or embedded; ambiguous or absent is an error. */
export function jsonObjectFromText(raw: string): Parsed<JsonObject> {
  const text = raw.slice(0, MAX_SCAN_CHARS).trim();
  if (text === '') return { ok: false, error: 'empty reply' };
  const whole = tryParse(text);
  if (isObject(whole)) return { ok: true, value: whole };
  const found = objectSpans(text)
    .map(tryParse)
    .filter(isObject);
  if (found.length === 0) return { ok: false, error: 'no JSON object in reply' };
  const distinct = new Set(found.map((value) => JSON.stringify(value)));
  if (distinct.size > 1) return { ok: false, error: 'several different JSON objects in reply' };
  return { ok: true, value: found[0]! };
}

/**
 * The answer object of a reply: the arguments of the first call to `toolName` (any tool when
 * omitted) if there is one, else the JSON object in the text content.
 */
export function replyObject(message: AssistantMessage | null | undefined, toolName?: string): Parsed<JsonObject> {
  const calls: unknown = message?.tool_calls;
  if (Array.isArray(calls)) {
    for (const call of calls as unknown[]) {
      if (!isObject(call) || !isObject(call.function)) continue;
      const name = call.function.name;
      if (toolName !== undefined && (typeof name !== 'string' || name.toLowerCase() !== toolName)) continue;
      const args = call.function.arguments;
      const parsed = typeof args === 'string' ? jsonObjectFromText(args) : isObject(args) ? { ok: true as const, value: args } : null;
      if (parsed) return parsed;
    }
  }
  return jsonObjectFromText(replyText(message));
}

/** Case- and separator-insensitive key lookup: `release_time_s` matches `releaseTimeS`. */
export function field(object: JsonObject, ...names: string[]): unknown {
  const normal = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
  const wanted = new Set(names.map(normal));
  for (const [key, value] of Object.entries(object)) if (wanted.has(normal(key))) return value;
  return undefined;
}

/** A finite number from a number or a numeric string ("12.5", "12.5 s", "40%" gives 40). */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*[a-z%$]*\s*$/i.exec(value.slice(0, 100));
  return match ? Number(match[1]) : null;
}
