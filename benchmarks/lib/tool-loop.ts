// The multi-turn loop shared by tool-using tasks: call, answer every tool call, repeat until done.
import type { AssistantMessage, ChatMessage, ToolMessage } from '../../src/core/types';
import type { ChatFn, TaskRequest, Transcript } from '../types';

export interface TurnOutcome {
  /** One tool message per tool call of the reply (OpenAI requires every call answered). */
  toolMessages: ToolMessage[];
  /** Extra user message after the tool results (e.g. a new observation), if any. */
  followUp?: string;
  /** Set when the episode is over. */
  ended?: string;
}

export interface ToolLoopSpec {
  initial: ChatMessage[];
  maxCalls: number;
  /** The request for the next call, given the conversation so far and the call index. */
  request(messages: ChatMessage[], callIndex: number): TaskRequest;
  /** Applies the reply to the environment (replaying `messages`, which already holds the reply). */
  onReply(messages: ChatMessage[], reply: AssistantMessage): TurnOutcome;
}

export async function runToolLoop(spec: ToolLoopSpec, chat: ChatFn): Promise<Transcript> {
  const messages = [...spec.initial];
  const replies: AssistantMessage[] = [];
  for (let call = 0; call < spec.maxCalls; call++) {
    const { message } = await chat(spec.request(messages, call));
    messages.push(message);
    replies.push(message);
    const outcome = spec.onReply(messages, message);
    messages.push(...outcome.toolMessages);
    if (outcome.ended) return { messages, replies, calls: call + 1, ended: outcome.ended };
    if (outcome.followUp) messages.push({ role: 'user', content: outcome.followUp });
  }
  return { messages, replies, calls: spec.maxCalls, ended: 'call limit' };
}
