// Plumbing shared by the utility-based, learning and validation tasks: one-call runs, reply
// builders for scripted players, and a scorer guard so score() never throws.
import type { AssistantMessage, ChatMessage } from '../../src/core/types';
import type { ChatFn, ScoreResult, TaskRequest, Transcript } from '../types';

/** Sends one request and records the reply. Throws only if chat() throws. */
export async function runSingleCall(request: TaskRequest, chat: ChatFn): Promise<Transcript> {
  const reply = await chat(request);
  return { messages: [...request.messages, reply.message], replies: [reply.message], calls: 1 };
}

/** Runs a scorer; any exception (a malformed transcript, say) scores 0 with the reason. */
export function guardScore(scoreFn: () => ScoreResult): ScoreResult {
  try {
    const result = scoreFn();
    const score = Number.isFinite(result.score) ? Math.max(0, Math.min(1, result.score)) : 0;
    return { score, diagnostics: result.diagnostics };
  } catch (error) {
    return { score: 0, diagnostics: { error: `scorer failed: ${String(error).slice(0, 200)}` } };
  }
}

export function zero(reason: string, extra: Record<string, unknown> = {}): ScoreResult {
  return { score: 0, diagnostics: { error: reason, ...extra } };
}

export function jsonReply(value: unknown): AssistantMessage {
  return { role: 'assistant', content: JSON.stringify(value) };
}

export function toolCallReply(id: string, name: string, args: unknown): AssistantMessage {
  return {
    role: 'assistant',
    content: null,
    tool_calls: [{ id, type: 'function', function: { name, arguments: JSON.stringify(args) } }],
  };
}

export function countRole(messages: readonly ChatMessage[], role: ChatMessage['role']): number {
  return messages.filter((message) => message.role === role).length;
}

/** A JSON-schema response format, strict, as structured-output agents send it. */
export function jsonSchemaFormat(name: string, schema: Record<string, unknown>): TaskRequest['response_format'] {
  return { type: 'json_schema', json_schema: { name, strict: true, schema } };
}

/** Fixed-point text that is identical on every machine (no locale formatting). */
export function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : text;
}

/** Rounds to a given number of decimals, so shown numbers are the numbers used. */
export function roundTo(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
