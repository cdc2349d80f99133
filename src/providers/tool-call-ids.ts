// Providers constrain tool-call ids (OpenAI: at most 40 characters; Anthropic: [A-Za-z0-9_-]
// only), but a conversation routed to one may carry ids issued by another or by the client
// (Gemini ids carry the thought signature and run to hundreds of characters). An id the upstream
// would refuse is replaced by a short alias derived from the id itself, so an assistant turn and
// its tool results keep matching, in this request and in every later one. Each adapter states
// its own rule.
import type { ChatMessage } from '../core/types';
import { fnv1a, hex8 } from '../util/hash';

/** A 21-character alias of `id` in [a-z0-9_] (64 bits of hash: collisions are not a concern). */
export function aliasToolCallId(id: string): string {
  return `call_${hex8(fnv1a(id))}${hex8(fnv1a(`alias|${id}`))}`;
}

/** The messages with every id `accept` refuses aliased; the same array when there are none. */
export function aliasToolCallIds(messages: ChatMessage[], accept: (id: string) => boolean): ChatMessage[] {
  const refused = messages.some((m) =>
    m.role === 'tool' ? !accept(m.tool_call_id) : m.role === 'assistant' && (m.tool_calls ?? []).some((c) => !accept(c.id)));
  if (!refused) return messages;
  const fix = (id: string) => (accept(id) ? id : aliasToolCallId(id));
  return messages.map((m) => {
    if (m.role === 'tool') return { ...m, tool_call_id: fix(m.tool_call_id) };
    if (m.role === 'assistant' && m.tool_calls) return { ...m, tool_calls: m.tool_calls.map((c) => ({ ...c, id: fix(c.id) })) };
    return m;
  });
}
