// Helpers for tool-using, multi-turn tasks: building tool calls and replaying them from a transcript.
import type { AssistantMessage, ChatMessage, FunctionTool, ToolCall } from '../../src/core/types';
import { parseArguments } from './reply-text';

export function functionTool(name: string, description: string, parameters: Record<string, unknown>): FunctionTool {
  return { type: 'function', function: { name, description, parameters } };
}

export interface ParsedCall {
  id: string;
  name: string;
  /** Undefined when the arguments are not a JSON object. */
  args: Record<string, unknown> | undefined;
}

/** The tool calls of one assistant message, defensively read. */
export function callsOf(message: AssistantMessage | undefined): ParsedCall[] {
  const calls = message?.tool_calls;
  if (!Array.isArray(calls)) return [];
  return calls.map((call, index) => ({
    id: typeof call?.id === 'string' && call.id ? call.id : `call_${index}`,
    name: typeof call?.function?.name === 'string' ? call.function.name : '',
    args: parseArguments(call?.function?.arguments),
  }));
}

/** Every tool call the assistant made in a conversation, in order. */
export function assistantCalls(messages: readonly ChatMessage[]): ParsedCall[] {
  return messages.flatMap((message) => (message.role === 'assistant' ? callsOf(message) : []));
}

export function assistantMessages(messages: readonly ChatMessage[]): AssistantMessage[] {
  return messages.filter((message): message is AssistantMessage => message.role === 'assistant');
}

/** A deterministic call id, so transcripts of scripted players are byte-stable. */
export function toolCall(id: string, name: string, args: Record<string, unknown>): ToolCall {
  return { id, type: 'function', function: { name, arguments: JSON.stringify(args) } };
}

export function toolCallsReply(calls: ToolCall[], content: string | null = null): AssistantMessage {
  return { role: 'assistant', content, tool_calls: calls };
}

/** Counts assistant turns so far: the next call's index. */
export function turnIndex(messages: readonly ChatMessage[]): number {
  return assistantMessages(messages).length;
}
