// Gemini thought signatures ride inside the OpenAI tool-call id. Gemini 3 returns an opaque
// `thoughtSignature` on the first functionCall part of a turn and rejects (400) a replayed
// history whose function calls lack it. OpenAI clients echo tool-call ids verbatim but drop
// unknown fields, so the id is the one place that survives the round trip without server state
// (which Workers could not share anyway). base64url keeps the id within [A-Za-z0-9_-].
const MARK = '__ts__';

/** Google's documented sentinel for a replayed call whose signature was never seen by us. */
export const SKIP_SIGNATURE = 'skip_thought_signature_validator';

export function idWithSignature(id: string, signature: string | undefined): string {
  if (!signature) return id;
  const url = signature.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${id}${MARK}${url}`;
}

export function splitSignature(id: string): { id: string; signature?: string } {
  const at = id.indexOf(MARK);
  if (at < 0) return { id };
  const url = id.slice(at + MARK.length);
  const base64 = url.replace(/-/g, '+').replace(/_/g, '/');
  return { id: id.slice(0, at), signature: base64 + '='.repeat((4 - (base64.length % 4)) % 4) };
}

/** Models that enforce signatures on replayed function calls (Gemini 3 and later). */
export function requiresSignatures(model: string): boolean {
  const match = /^(?:models\/)?gemini-(\d+)/.exec(model);
  return match !== null && Number(match[1]) >= 3;
}
