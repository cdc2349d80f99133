// Gemini GenerateContentResponse (whole or streamed chunks) -> ChatResult / ChatStreamPart.
import type { GenerateContentResponse, GenerateContentResponseUsageMetadata, Part } from '@google/genai';
import { EMPTY_USAGE, type ChatResult, type ChatStreamPart, type FinishReason, type ToolCall, type Usage } from '../../core/types';
import { streamCut, type StreamMapper } from '../guard';
import { syntheticToolCallId } from './request';
import { idWithSignature } from './thought-signature';

/** candidatesTokenCount excludes thoughts; normalised output counts them. */
export function toUsage(usage: GenerateContentResponseUsageMetadata | undefined): Usage {
  if (!usage) return { ...EMPTY_USAGE };
  const thoughts = usage.thoughtsTokenCount ?? 0;
  return {
    inputTokens: usage.promptTokenCount ?? 0,
    outputTokens: (usage.candidatesTokenCount ?? 0) + thoughts,
    reasoningTokens: thoughts,
    cachedInputTokens: usage.cachedContentTokenCount ?? 0,
    cacheWriteTokens: 0,
  };
}

const FILTERED = new Set(['SAFETY', 'RECITATION', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII', 'IMAGE_SAFETY']);

export function toFinishReason(reason: string | undefined, hasToolCalls: boolean): FinishReason {
  if (reason === 'MAX_TOKENS') return 'length';
  if (reason !== undefined && FILTERED.has(reason)) return 'content_filter';
  return hasToolCalls ? 'tool_calls' : 'stop';
}

function toToolCall(part: Part, ordinal: number): ToolCall | undefined {
  const call = part.functionCall;
  if (!call?.name) return undefined;
  const id = idWithSignature(call.id ?? syntheticToolCallId(ordinal, call.name), part.thoughtSignature);
  return { id, type: 'function', function: { name: call.name, arguments: JSON.stringify(call.args ?? {}) } };
}

/** Visible text only: thought summaries (`thought: true`) are not part of the answer. */
const answerText = (part: Part) => (part.thought ? '' : (part.text ?? ''));

export function toChatResult(response: GenerateContentResponse, model: string, warnings: string[]): ChatResult {
  const candidate = response.candidates?.[0];
  const parts = candidate?.content?.parts ?? [];
  const toolCalls: ToolCall[] = [];
  for (const part of parts) {
    const call = toToolCall(part, toolCalls.length);
    if (call) toolCalls.push(call);
  }
  const text = parts.map(answerText).join('');
  // No candidate at all means the prompt itself was blocked (promptFeedback.blockReason).
  const reason = candidate ? toFinishReason(candidate.finishReason, toolCalls.length > 0) : 'content_filter';
  return {
    id: response.responseId,
    model: response.modelVersion ?? model,
    content: text === '' && toolCalls.length > 0 ? null : text,
    toolCalls,
    finishReason: reason,
    usage: toUsage(response.usageMetadata),
    warnings,
  };
}

/** Each chunk is a full response shape; usage is cumulative, so the last one wins. */
export function googleStreamMapper(provider: string, model: string, warnings: string[]): StreamMapper<GenerateContentResponse> {
  let started = false;
  let finishReason: string | undefined;
  let blocked = false;
  let toolCount = 0;
  let usage: Usage = { ...EMPTY_USAGE };
  return {
    onEvent(chunk) {
      const parts: ChatStreamPart[] = [];
      if (!started) {
        started = true;
        parts.push({ type: 'response-metadata', id: chunk.responseId, model: chunk.modelVersion ?? model, warnings });
      }
      if (chunk.usageMetadata) usage = toUsage(chunk.usageMetadata);
      if (chunk.promptFeedback?.blockReason) blocked = true;
      const candidate = chunk.candidates?.[0];
      for (const part of candidate?.content?.parts ?? []) {
        const text = answerText(part);
        if (text) parts.push({ type: 'text-delta', text });
        const call = toToolCall(part, toolCount);
        if (!call) continue;
        parts.push({ type: 'tool-call-delta', index: toolCount, id: call.id, name: call.function.name, argumentsDelta: call.function.arguments });
        toolCount += 1;
      }
      if (candidate?.finishReason) finishReason = candidate.finishReason;
      return parts;
    },
    finish() {
      if (blocked && finishReason === undefined) return { type: 'finish', reason: 'content_filter', usage };
      if (finishReason === undefined) throw streamCut(provider);
      return { type: 'finish', reason: toFinishReason(finishReason, toolCount > 0), usage };
    },
  };
}
