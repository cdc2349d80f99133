// Forgiving extraction of text and JSON from model replies. Never throws: replies are untrusted.
import type { AssistantMessage, ChatMessage } from '../../src/core/types';

/** Replies above this size are not parsed at all (a flood is not an answer). */
export const MAX_REPLY_CHARS = 100_000;

export function contentText(content: ChatMessage['content'] | undefined): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) => (part && typeof part === 'object' && 'text' in part && typeof part.text === 'string' ? part.text : ''))
    .join('');
}

export function replyText(message: AssistantMessage | undefined): string {
  return message ? contentText(message.content) : '';
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The balanced {...} or [...] block starting at `start`, or undefined. */
function balancedBlock(text: string, start: number): string | undefined {
  const open = text[start];
  const close = open === '{' ? '}' : ']';
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === open) depth++;
    else if (ch === close && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/**
 * The JSON value a reply carries: the whole text, a fenced block, or the first balanced object
 * (or array) embedded in prose. Undefined when there is none or the reply is too large.
 */
export function extractJson(text: string): unknown {
  if (text.length > MAX_REPLY_CHARS) return undefined;
  const trimmed = text.trim();
  const whole = tryParse(trimmed);
  if (whole !== undefined && typeof whole === 'object') return whole;
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(trimmed);
  if (fence?.[1]) {
    const fenced = tryParse(fence[1].trim());
    if (fenced !== undefined) return fenced;
  }
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i];
    if (ch !== '{' && ch !== '[') continue;
    const block = balancedBlock(trimmed, i);
    const parsed = block === undefined ? undefined : tryParse(block);
    if (parsed !== undefined && typeof parsed === 'object') return parsed;
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses tool-call arguments; undefined when they are not a JSON object. */
export function parseArguments(text: unknown): Record<string, unknown> | undefined {
  if (typeof text !== 'string' || text.length > MAX_REPLY_CHARS) return undefined;
  const parsed = tryParse(text);
  return isRecord(parsed) ? parsed : undefined;
}
