// ChatRequest -> chat.completions body. The request is already OpenAI-shaped: pass it through,
// minus the gateway's own fields, with unknown top-level fields restored from `extra`.
import type { ChatRequest } from '../../core/types';
import { aliasToolCallIds } from '../tool-call-ids';

/** OpenAI refuses longer tool-call ids ("string_above_max_length"). */
const acceptsId = (id: string) => id.length <= 40;

export type OpenAIBody = Record<string, unknown> & { model: string; messages: unknown[] };

export interface OpenAIBodyOptions {
  stream: boolean;
  /** Ask for the trailing usage chunk (stream_options.include_usage). */
  streamUsage: boolean;
}

export function toOpenAIBody(request: ChatRequest, model: string, options: OpenAIBodyOptions): OpenAIBody {
  const { router, model: _gatewayModel, extra, stream, stream_options, ...known } = request;
  // Known fields win over `extra`: the validated value is the one the caller meant.
  const body: OpenAIBody = { ...extra, ...known, model, messages: aliasToolCallIds(known.messages, acceptsId) };
  if (options.stream) {
    body.stream = true;
    if (options.streamUsage) body.stream_options = { ...stream_options, include_usage: true };
  }
  return body;
}
