// Normalised stream parts -> OpenAI SSE (`data: {chunk}\n\n` ... `data: [DONE]\n\n`).
// A failure after the first byte is sent as `data: {"error":{...}}` and the stream is closed
// without [DONE], so no client mistakes a cut stream for a complete one.
import type { ChatStreamPart } from '../../core/types';
import { sseErrorFrame } from '../errors';
import { toOpenAIUsage } from './response';

export interface SseStreamOptions {
  id: string;
  model: string;
  created: number;
  includeUsage: boolean;
  head: ChatStreamPart[];
  rest: AsyncIterator<ChatStreamPart>;
  /** Called once when the stream ends: no argument on success, the error otherwise. */
  onEnd(error?: unknown): void;
}

const encoder = new TextEncoder();
const NO_USAGE_COMMENT = encoder.encode(': upstream reported no token usage, so no usage chunk is sent\n\n');

export function openAISseStream(options: SseStreamOptions): ReadableStream<Uint8Array> {
  const { id, model, created } = options;
  let headIndex = 0;
  let finished = false;
  let ended = false;
  const end = (error?: unknown) => {
    if (ended) return;
    ended = true;
    options.onEnd(error);
  };
  const frame = (choices: unknown[], extra?: Record<string, unknown>) =>
    encoder.encode(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices, ...extra })}\n\n`);

  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(frame([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]));
    },
    async pull(controller) {
      try {
        for (;;) {
          const part = headIndex < options.head.length ? options.head[headIndex++] : await nextPart(options.rest);
          if (part === undefined) {
            if (!finished) throw new Error('upstream stream ended without a finish');
            controller.enqueue(encoder.encode('data: [DONE]\n\n'));
            controller.close();
            end();
            return;
          }
          const bytes = renderPart(part, frame, options.includeUsage);
          if (part.type === 'finish') finished = true;
          if (bytes) {
            for (const chunk of bytes) controller.enqueue(chunk);
            return;
          }
        }
      } catch (err) {
        controller.enqueue(encoder.encode(sseErrorFrame(err)));
        controller.close();
        end(err);
      }
    },
    async cancel(reason) {
      end(reason ?? new Error('client went away'));
      await options.rest.return?.();
    },
  });
}

async function nextPart(rest: AsyncIterator<ChatStreamPart>): Promise<ChatStreamPart | undefined> {
  const next = await rest.next();
  return next.done ? undefined : next.value;
}

type Frame = (choices: unknown[], extra?: Record<string, unknown>) => Uint8Array;

function renderPart(part: ChatStreamPart, frame: Frame, includeUsage: boolean): Uint8Array[] | null {
  switch (part.type) {
    case 'response-metadata':
      return null;
    case 'text-delta':
      return part.text ? [frame([{ index: 0, delta: { content: part.text }, logprobs: null, finish_reason: null }])] : null;
    case 'tool-call-delta': {
      const call: Record<string, unknown> = { index: part.index };
      if (part.id) call.id = part.id;
      if (part.id || part.name) call.type = 'function';
      call.function = part.name ? { name: part.name, arguments: part.argumentsDelta } : { arguments: part.argumentsDelta };
      return [frame([{ index: 0, delta: { tool_calls: [call] }, logprobs: null, finish_reason: null }])];
    }
    case 'finish': {
      const out = [frame([{ index: 0, delta: {}, logprobs: null, finish_reason: part.reason }])];
      // Zeros would read as a free call; an SSE comment (ignored by clients) says why usage is absent.
      if (includeUsage && part.usageMissing) out.push(NO_USAGE_COMMENT);
      else if (includeUsage) out.push(frame([], { usage: toOpenAIUsage(part.usage) }));
      return out;
    }
  }
}
