// Reads a JSON body ourselves: Hono's validator hands `{}` to the schema when Content-Type is
// missing, which would turn a client mistake into a confusing field error.
import type { Context } from 'hono';
import { GatewayError, invalidRequest } from '../core/errors';

export async function readJsonBody(c: Context, maxBytes: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i.test(type)) {
    throw new GatewayError({
      status: 415,
      message: `Content-Type must be application/json (got ${type ? `'${type.slice(0, 80)}'` : 'none'}).`,
      code: 'unsupported_media_type',
    });
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readLimited(c.req.raw, maxBytes);
  if (text.trim() === '') throw invalidRequest('The request body is empty; send a JSON object.', null, 'invalid_body');
  if (nestingDepth(text) > MAX_DEPTH) {
    throw invalidRequest(`The request body nests deeper than ${MAX_DEPTH} levels.`, null, 'invalid_body');
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const detail = err instanceof SyntaxError ? err.message.slice(0, 200) : 'nesting too deep';
    throw invalidRequest(`The request body is not valid JSON: ${detail}`, null, 'invalid_json');
  }
}

const MAX_DEPTH = 64;

/** Deepest bracket nesting outside strings: one linear pass, so hostile bodies cost O(n). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      if (++depth > max) max = depth;
    } else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let size = 0;
  let out = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      out += decoder.decode(value, { stream: true });
    }
    return out + decoder.decode();
  } catch (err) {
    if (err instanceof GatewayError) throw err;
    throw invalidRequest('The request body is not valid UTF-8 JSON.', null, 'invalid_json');
  }
}

function tooLarge(maxBytes: number): GatewayError {
  return new GatewayError({
    status: 413,
    message: `Request body is larger than the ${maxBytes}-byte limit.`,
    code: 'request_too_large',
  });
}
