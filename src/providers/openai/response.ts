// chat.completions responses and chunks -> ChatResult / ChatStreamPart.
import type { ChatCompletion, ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import { EMPTY_USAGE, type ChatStreamPart, type FinishReason, type ToolCall, type Usage } from '../../core/types';
import type { ChatResult } from '../../core/types';
import { streamCut, type StreamMapper } from '../guard';

export function toUsage(usage: CompletionUsage | null | undefined): Usage {
  if (!usage) return { ...EMPTY_USAGE };
  return {
    inputTokens: usage.prompt_tokens ?? 0,
    outputTokens: usage.completion_tokens ?? 0,
    reasoningTokens: usage.completion_tokens_details?.reasoning_tokens ?? 0,
    cachedInputTokens: usage.prompt_tokens_details?.cached_tokens ?? 0,
    cacheWriteTokens: 0,
  };
}

export function toFinishReason(reason: string | null | undefined, hasToolCalls: boolean): FinishReason {
  switch (reason) {
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content_filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool_calls';
    default:
      return hasToolCalls ? 'tool_calls' : 'stop';
  }
}

export const NO_USAGE_WARNING = 'upstream reported no token usage; usage counted as zero';

export function toChatResult(completion: ChatCompletion, warnings: string[], tolerateNoUsage: boolean): ChatResult {
  const choice = completion.choices[0];
  const toolCalls: ToolCall[] = (choice?.message.tool_calls ?? []).flatMap((call) =>
    call.type === 'function' ? [{ id: call.id, type: 'function', function: { name: call.function.name, arguments: call.function.arguments } }] : [],
  );
  const extraWarnings = !completion.usage && tolerateNoUsage ? [NO_USAGE_WARNING] : [];
  return {
    id: completion.id,
    model: completion.model,
    content: choice?.message.content ?? null,
    toolCalls,
    refusal: choice?.message.refusal ?? null,
    finishReason: toFinishReason(choice?.finish_reason, toolCalls.length > 0),
    usage: toUsage(completion.usage),
    warnings: [...warnings, ...extraWarnings],
  };
}

/**
 * The usage chunk (empty choices) arrives after the finish_reason chunk, so `finish` is only
 * emitted when the stream ends. Only choice 0 is followed.
 */
export function openAIStreamMapper(provider: string, warnings: string[], tolerateNoUsage = false): StreamMapper<ChatCompletionChunk> {
  let started = false;
  let sawUsage = false;
  let finishReason: string | undefined;
  let sawToolCall = false;
  let usage: Usage = { ...EMPTY_USAGE };
  return {
    onEvent(chunk) {
      const parts: ChatStreamPart[] = [];
      if (!started) {
        started = true;
        parts.push({ type: 'response-metadata', id: chunk.id, model: chunk.model, warnings });
      }
      if (chunk.usage) {
        usage = toUsage(chunk.usage);
        sawUsage = true;
      }
      const choice = chunk.choices.find((c) => c.index === 0);
      if (!choice) return parts;
      const delta = choice.delta;
      if (delta?.content) parts.push({ type: 'text-delta', text: delta.content });
      for (const call of delta?.tool_calls ?? []) {
        sawToolCall = true;
        parts.push({
          type: 'tool-call-delta',
          index: call.index,
          ...(call.id ? { id: call.id } : {}),
          ...(call.function?.name ? { name: call.function.name } : {}),
          argumentsDelta: call.function?.arguments ?? '',
        });
      }
      if (choice.finish_reason) finishReason = choice.finish_reason;
      return parts;
    },
    finish() {
      if (finishReason === undefined) throw streamCut(provider);
      const reason = toFinishReason(finishReason, sawToolCall);
      return !sawUsage && tolerateNoUsage ? { type: 'finish', reason, usage, usageMissing: true } : { type: 'finish', reason, usage };
    },
  };
}
