// Anthropic Message / stream events -> ChatResult / ChatStreamPart.
import type { Message, MessageDeltaUsage, RawMessageStreamEvent, Usage as AnthropicUsage } from '@anthropic-ai/sdk/resources/messages';
import { EMPTY_USAGE, type ChatResult, type ChatStreamPart, type FinishReason, type ToolCall, type Usage } from '../../core/types';
import { streamCut, type StreamMapper } from '../guard';

type UsageFields = Pick<AnthropicUsage, 'input_tokens' | 'output_tokens'> &
  Partial<Pick<AnthropicUsage, 'cache_read_input_tokens' | 'cache_creation_input_tokens' | 'output_tokens_details'>>;

/** Anthropic's input_tokens excludes cache reads and writes; normalised input counts them all. */
export function toUsage(usage: UsageFields): Usage {
  const cacheRead = usage.cache_read_input_tokens ?? 0;
  const cacheWrite = usage.cache_creation_input_tokens ?? 0;
  return {
    inputTokens: usage.input_tokens + cacheRead + cacheWrite,
    outputTokens: usage.output_tokens,
    reasoningTokens: usage.output_tokens_details?.thinking_tokens ?? 0,
    cachedInputTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
  };
}

export function toFinishReason(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'stop';
  }
}

export function toChatResult(message: Message, warnings: string[]): ChatResult {
  let text = '';
  const toolCalls: ToolCall[] = [];
  for (const block of message.content) {
    if (block.type === 'text') text += block.text;
    else if (block.type === 'tool_use') {
      toolCalls.push({ id: block.id, type: 'function', function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) } });
    }
  }
  return {
    id: message.id,
    model: message.model,
    content: text === '' && toolCalls.length > 0 ? null : text,
    toolCalls,
    finishReason: toFinishReason(message.stop_reason),
    usage: toUsage(message.usage),
    warnings,
  };
}

/** message_delta carries cumulative counts; null fields keep what message_start said. */
function mergeDelta(base: UsageFields, delta: MessageDeltaUsage): UsageFields {
  return {
    input_tokens: delta.input_tokens ?? base.input_tokens,
    output_tokens: delta.output_tokens,
    cache_read_input_tokens: delta.cache_read_input_tokens ?? base.cache_read_input_tokens,
    cache_creation_input_tokens: delta.cache_creation_input_tokens ?? base.cache_creation_input_tokens,
    output_tokens_details: delta.output_tokens_details ?? base.output_tokens_details,
  };
}

export function anthropicStreamMapper(provider: string, warnings: string[]): StreamMapper<RawMessageStreamEvent> {
  let usage: UsageFields = { input_tokens: 0, output_tokens: 0 };
  let stopReason: string | null | undefined;
  let stopped = false;
  const toolOrdinals = new Map<number, number>();
  return {
    onEvent(event) {
      switch (event.type) {
        case 'message_start':
          usage = event.message.usage;
          return [{ type: 'response-metadata', id: event.message.id, model: event.message.model, warnings }];
        case 'content_block_start': {
          const block = event.content_block;
          if (block.type === 'text' && block.text) return [{ type: 'text-delta', text: block.text }];
          if (block.type !== 'tool_use') return [];
          const index = toolOrdinals.size;
          toolOrdinals.set(event.index, index);
          return [{ type: 'tool-call-delta', index, id: block.id, name: block.name, argumentsDelta: '' }];
        }
        case 'content_block_delta': {
          const delta = event.delta;
          if (delta.type === 'text_delta') return delta.text ? [{ type: 'text-delta', text: delta.text }] : [];
          const index = toolOrdinals.get(event.index);
          if (delta.type !== 'input_json_delta' || index === undefined || !delta.partial_json) return [];
          return [{ type: 'tool-call-delta', index, argumentsDelta: delta.partial_json }];
        }
        case 'message_delta':
          stopReason = event.delta.stop_reason;
          usage = mergeDelta(usage, event.usage);
          return [];
        case 'message_stop':
          stopped = true;
          return [];
        default:
          return [];
      }
    },
    finish(): ChatStreamPart {
      if (!stopped) throw streamCut(provider);
      return { type: 'finish', reason: toFinishReason(stopReason), usage: { ...EMPTY_USAGE, ...toUsage(usage) } };
    },
  };
}
