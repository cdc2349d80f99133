// Normalised results -> OpenAI chat-completion JSON (and the usage object shared with streams).
import type { ChatResult, Usage } from '../../core/types';

export interface OpenAIUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details: { cached_tokens: number };
  completion_tokens_details: { reasoning_tokens: number };
}

export function toOpenAIUsage(usage: Usage): OpenAIUsage {
  return {
    prompt_tokens: usage.inputTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: usage.inputTokens + usage.outputTokens,
    prompt_tokens_details: { cached_tokens: usage.cachedInputTokens },
    completion_tokens_details: { reasoning_tokens: usage.reasoningTokens },
  };
}

export function toChatCompletion(result: ChatResult, id: string, model: string, created: number) {
  const message: Record<string, unknown> = { role: 'assistant', content: result.content, refusal: result.refusal ?? null };
  if (result.toolCalls.length > 0) message.tool_calls = result.toolCalls;
  return {
    id,
    object: 'chat.completion',
    created,
    model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: result.finishReason }],
    usage: toOpenAIUsage(result.usage),
    system_fingerprint: null,
  };
}
