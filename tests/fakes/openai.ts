// Fake OpenAI chat-completions upstream: JSON bodies, and SSE `data: {...}\n\n` chunks ending
// with `data: [DONE]`; usage arrives in a final chunk with empty choices (include_usage).
import {
  startFake,
  fullUsage,
  splitText,
  type CapturedRequest,
  type FakeOptions,
  type FakeRenderer,
  type FakeResponse,
  type FakeUpstream,
  type FakeUsage,
  type ScriptStep,
} from './server';
import { asArray, asRecord, textOf, type NeutralRequest, type NeutralTurn } from './neutral';

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'invalid_request_error',
  404: 'invalid_request_error',
  429: 'rate_limit_exceeded',
  500: 'server_error',
  503: 'server_error',
};

function usageOf(usage: Required<FakeUsage>) {
  return {
    prompt_tokens: usage.input,
    completion_tokens: usage.output,
    total_tokens: usage.input + usage.output,
    prompt_tokens_details: { cached_tokens: usage.cachedInput, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: usage.reasoning, audio_tokens: 0 },
  };
}

interface Reply {
  text: string | null;
  calls: { name: string; arguments: Record<string, unknown> }[];
  usage: Required<FakeUsage>;
}

function replyOf(step: ScriptStep): Reply {
  switch (step.kind) {
    case 'text':
      return { text: step.text, calls: [], usage: fullUsage(step.usage, step.text) };
    case 'json': {
      const text = JSON.stringify(step.value);
      return { text, calls: [], usage: fullUsage(step.usage, text) };
    }
    case 'tool-call':
      return { text: null, calls: [{ name: step.name, arguments: step.arguments }], usage: fullUsage(step.usage, 'x') };
    case 'tool-calls':
      return { text: null, calls: step.calls, usage: fullUsage(step.usage, 'x') };
    default:
      return { text: '', calls: [], usage: fullUsage(undefined, '') };
  }
}

const callId = (index: number) => `call_fake_${index}`;

async function stream(reply: Reply, request: CapturedRequest, out: FakeResponse, cut: boolean): Promise<void> {
  const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1700000000, model: String(request.body.model) };
  const chunk = (delta: object, finish: string | null = null) =>
    out.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`);
  out.startSse();
  await chunk({ role: 'assistant', content: '' });
  for (const piece of splitText(reply.text ?? '')) if (piece) await chunk({ content: piece });
  if (cut) return out.breakConnection();
  for (const [index, call] of reply.calls.entries()) {
    const args = JSON.stringify(call.arguments);
    const half = Math.floor(args.length / 2);
    await chunk({ tool_calls: [{ index, id: callId(index), type: 'function', function: { name: call.name, arguments: '' } }] });
    await chunk({ tool_calls: [{ index, function: { arguments: args.slice(0, half) } }] });
    await chunk({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] });
  }
  await chunk({}, reply.calls.length > 0 ? 'tool_calls' : 'stop');
  const options = asRecord(request.body.stream_options);
  if (options.include_usage === true && !out.options.omitUsage) {
    await out.write(`data: ${JSON.stringify({ ...base, choices: [], usage: usageOf(reply.usage) })}\n\n`);
  }
  await out.write('data: [DONE]\n\n');
  out.end();
}

function complete(reply: Reply, request: CapturedRequest, out: FakeResponse): void {
  const toolCalls = reply.calls.map((call, index) => ({
    id: callId(index),
    type: 'function',
    function: { name: call.name, arguments: JSON.stringify(call.arguments) },
  }));
  out.json(200, {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1700000000,
    model: String(request.body.model),
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: reply.text, refusal: null, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) },
        logprobs: null,
        finish_reason: toolCalls.length > 0 ? 'tool_calls' : 'stop',
      },
    ],
    ...(out.options.omitUsage ? {} : { usage: usageOf(reply.usage) }),
  });
}

/** The real API refuses tool-call ids over 40 characters; so does the fake, with the same error. */
function longToolCallId(request: CapturedRequest): object | undefined {
  for (const [m, message] of asArray(request.body.messages).map(asRecord).entries()) {
    const ids: [string, unknown][] = message.role === 'tool' ? [[`messages[${m}].tool_call_id`, message.tool_call_id]] : asArray(message.tool_calls).map((call, k) => [`messages[${m}].tool_calls[${k}].id`, asRecord(call).id]);
    for (const [param, id] of ids) {
      if (typeof id === 'string' && id.length > 40) {
        return { message: `Invalid '${param}': string too long. Expected a string with maximum length 40, but got a string with length ${id.length} instead.`, type: 'invalid_request_error', param, code: 'string_above_max_length' };
      }
    }
  }
  return undefined;
}

export const openAIRenderer: FakeRenderer = {
  basePath: '/v1',
  lastUserText(body) {
    const users = asArray(body.messages).map(asRecord).filter((m) => m.role === 'user');
    return textOf(users.at(-1)?.content);
  },
  wantsStream: (request) => request.body.stream === true,
  async respond(step, request, out) {
    const tooLong = longToolCallId(request);
    if (tooLong) return out.json(400, { error: tooLong });
    if (step.kind === 'error') {
      const headers: Record<string, string> = {};
      if (step.retryAfterSeconds !== undefined) headers['retry-after'] = String(step.retryAfterSeconds);
      const message = step.message ?? `fake error ${step.status}`;
      const type = ERROR_TYPES[step.status] ?? 'server_error';
      return out.json(step.status, { error: { message, type, param: null, code: null } }, headers);
    }
    if (step.kind === 'stream-error') {
      out.startSse();
      await out.write(`data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1, model: String(request.body.model), choices: [{ index: 0, delta: { content: step.text }, finish_reason: null }] })}\n\n`);
      await out.write(`data: ${JSON.stringify({ error: { message: step.message ?? 'upstream failed', type: step.errorType ?? 'server_error', param: null, code: null } })}\n\n`);
      return out.end();
    }
    const cut = step.kind === 'break-midway';
    const reply = cut ? { text: step.text, calls: [], usage: fullUsage(undefined, step.text) } : replyOf(step);
    if (this.wantsStream(request)) return stream(reply, request, out, cut);
    if (cut) {
      out.raw.writeHead(200, { 'content-type': 'application/json' });
      out.raw.write('{"id":"chatcmpl-fake","choices":[{"index":0,"message":{"content":"');
      return out.breakConnection();
    }
    complete(reply, request, out);
  },
};

export function startFakeOpenAI(options?: FakeOptions): Promise<FakeUpstream> {
  return startFake(openAIRenderer, options);
}

export function inspectOpenAIRequest(request: CapturedRequest): NeutralRequest {
  const body = request.body;
  const messages = asArray(body.messages).map(asRecord);
  const system = messages.filter((m) => m.role === 'system' || m.role === 'developer').map((m) => textOf(m.content)).join('\n');
  const turns: NeutralTurn[] = messages
    .filter((m) => m.role === 'user' || m.role === 'assistant' || m.role === 'tool')
    .map((m) => ({
      role: m.role as NeutralTurn['role'],
      text: textOf(m.content),
      toolCalls: asArray(m.tool_calls).map(asRecord).map((call) => {
        const fn = asRecord(call.function);
        return { id: String(call.id), name: String(fn.name), arguments: JSON.parse(String(fn.arguments)) as unknown };
      }),
      ...(m.role === 'tool' ? { toolCallId: String(m.tool_call_id) } : {}),
    }));
  const format = asRecord(body.response_format).type;
  return {
    model: String(body.model),
    stream: body.stream === true,
    system,
    turns,
    toolNames: asArray(body.tools).map((tool) => String(asRecord(asRecord(tool).function).name)),
    json: format === 'json_schema' ? 'schema' : format === 'json_object' ? 'object' : 'none',
    maxTokens: (body.max_completion_tokens ?? body.max_tokens) as number | undefined,
    temperature: body.temperature as number | undefined,
  };
}
