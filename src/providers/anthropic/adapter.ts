// Adapter over @anthropic-ai/sdk messages.create (JSON and raw SSE events).
import type Anthropic from '@anthropic-ai/sdk';
import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages';
import type { ChatRequest } from '../../core/types';
import { fromAnthropicError } from '../errors';
import { guardCall, guardStream, type ToProviderError } from '../guard';
import type { CallOptions, ProviderAdapter } from '../types';
import { toAnthropicBody } from './request';
import { anthropicStreamMapper, toChatResult } from './response';

export const DEFAULT_MAX_TOKENS = 4096;

export interface AnthropicAdapterOptions {
  name: string;
  client: Anthropic;
  secrets?: readonly string[];
  /** max_tokens when the caller gives none (Anthropic requires one). */
  defaultMaxTokens?: number;
}

export function createAnthropicAdapter(options: AnthropicAdapterOptions): ProviderAdapter {
  const { name, client } = options;
  const toError: ToProviderError = (error, scope) => fromAnthropicError(error, { provider: name, scope, secrets: options.secrets });
  // Throws ProviderError (bad-request) itself for requests Anthropic cannot express.
  const translate = (request: ChatRequest, call: CallOptions) =>
    toAnthropicBody(request, call.model, name, options.defaultMaxTokens ?? DEFAULT_MAX_TOKENS);
  const requestOptions = (signal: AbortSignal, call: CallOptions) => ({ signal, timeout: call.timeoutMs, maxRetries: 0 });

  return {
    name,
    generate(request, call) {
      return Promise.resolve().then(() => {
        const { body, warnings } = translate(request, call);
        return guardCall(call, toError, async (signal) => {
          const message = await client.messages.create({ ...body, stream: false }, requestOptions(signal, call));
          return toChatResult(message, warnings);
        });
      });
    },
    async *stream(request, call) {
      const { body, warnings } = translate(request, call);
      const open = async (signal: AbortSignal): Promise<AsyncIterable<RawMessageStreamEvent>> =>
        client.messages.create({ ...body, stream: true }, requestOptions(signal, call));
      yield* guardStream(call, toError, open, anthropicStreamMapper(name, warnings));
    },
  };
}
