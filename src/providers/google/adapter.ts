// Adapter over @google/genai models.generateContent / generateContentStream.
import type { GenerateContentResponse, GoogleGenAI } from '@google/genai';
import { fromGoogleError } from '../errors';
import { guardCall, guardStream, type ToProviderError } from '../guard';
import type { ProviderAdapter } from '../types';
import { toGoogleRequest } from './request';
import { googleStreamMapper, toChatResult } from './response';

export interface GoogleAdapterOptions {
  name: string;
  client: GoogleGenAI;
  secrets?: readonly string[];
}

export function createGoogleAdapter(options: GoogleAdapterOptions): ProviderAdapter {
  const { name, client } = options;
  const toError: ToProviderError = (error, scope) => fromGoogleError(error, { provider: name, scope, secrets: options.secrets });

  return {
    name,
    generate(request, call) {
      return Promise.resolve().then(() => {
        const { contents, config, warnings } = toGoogleRequest(request, name, call.model);
        return guardCall(call, toError, async (abortSignal) => {
          const response = await client.models.generateContent({ model: call.model, contents, config: { ...config, abortSignal } });
          return toChatResult(response, call.model, warnings);
        });
      });
    },
    async *stream(request, call) {
      const { contents, config, warnings } = toGoogleRequest(request, name, call.model);
      const open = (abortSignal: AbortSignal): Promise<AsyncIterable<GenerateContentResponse>> =>
        client.models.generateContentStream({ model: call.model, contents, config: { ...config, abortSignal } });
      yield* guardStream(call, toError, open, googleStreamMapper(name, call.model, warnings));
    },
  };
}
