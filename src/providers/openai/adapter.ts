// Adapter over the `openai` SDK, parameterised so openai-compatible servers reuse it.
import type OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionCreateParamsNonStreaming, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { ChatRequest } from '../../core/types';
import { fromOpenAIError } from '../errors';
import { guardCall, guardStream, type ToProviderError } from '../guard';
import type { CallOptions, ProviderAdapter } from '../types';
import { toOpenAIBody } from './request';
import { openAIStreamMapper, toChatResult } from './response';

export interface OpenAIAdapterOptions {
  name: string;
  client: OpenAI;
  /** Strings scrubbed from error messages (the API key). */
  secrets?: readonly string[];
  /** Send stream_options.include_usage (default true). */
  streamUsage?: boolean;
  /** Missing usage is normal for some servers: count zeros and warn instead of trusting it. */
  tolerateNoUsage?: boolean;
}

export function createOpenAIAdapter(options: OpenAIAdapterOptions): ProviderAdapter {
  const { name, client } = options;
  const toError: ToProviderError = (error, scope) => fromOpenAIError(error, { provider: name, scope, secrets: options.secrets });
  const requestOptions = (signal: AbortSignal, call: CallOptions) => ({ signal, timeout: call.timeoutMs, maxRetries: 0 });

  return {
    name,
    generate(request: ChatRequest, call: CallOptions) {
      const body = toOpenAIBody(request, call.model, { stream: false, streamUsage: false });
      return guardCall(call, toError, async (signal) => {
        const completion: ChatCompletion = await client.chat.completions.create(
          body as unknown as ChatCompletionCreateParamsNonStreaming,
          requestOptions(signal, call),
        );
        return toChatResult(completion, [], options.tolerateNoUsage ?? false);
      });
    },
    stream(request: ChatRequest, call: CallOptions) {
      const body = toOpenAIBody(request, call.model, { stream: true, streamUsage: options.streamUsage ?? true });
      const open = async (signal: AbortSignal): Promise<AsyncIterable<ChatCompletionChunk>> =>
        client.chat.completions.create(body as unknown as ChatCompletionCreateParamsStreaming, requestOptions(signal, call));
      return guardStream(call, toError, open, openAIStreamMapper(name, [], options.tolerateNoUsage ?? false));
    },
  };
}
