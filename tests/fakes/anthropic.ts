// Fake Anthropic Messages upstream (POST /v1/messages): JSON bodies, and SSE frames
// `event: <type>\ndata: {...}\n\n` (message_start, content_block_*, ping, message_delta,
// message_stop; `event: error` for in-band failures).
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
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

/** Anthropic's input_tokens excludes cache reads and writes; the fake splits the total. */
function usageOf(usage: Required<FakeUsage>) {
  return {
    input_tokens: usage.input - usage.cachedInput - usage.cacheWrite,
    cache_creation_input_tokens: usage.cacheWrite,
    cache_read_input_tokens: usage.cachedInput,
    output_tokens: usage.output,
    ...(usage.reasoning > 0 ? { output_tokens_details: { thinking_tokens: usage.reasoning } } : {}),
  };
}

interface Reply {
  text: string;
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
      return { text: '', calls: [{ name: step.name, arguments: step.arguments }], usage: fullUsage(step.usage, 'x') };
    case 'tool-calls':
      return { text: '', calls: step.calls, usage: fullUsage(step.usage, 'x') };
    case 'break-midway':
    case 'stream-error':
      return { text: step.text, calls: [], usage: fullUsage(undefined, step.text) };
    default:
      return { text: '', calls: [], usage: fullUsage(undefined, '') };
  }
}

const toolId = (index: number) => `toolu_fake_${index}`;

function send(out: FakeResponse, type: string, data: object): Promise<void> {
  return out.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
}

async function stream(step: ScriptStep, reply: Reply, request: CapturedRequest, out: FakeResponse): Promise<void> {
  const usage = usageOf(reply.usage);
  out.startSse();
  await send(out, 'message_start', {
    message: {
      id: 'msg_fake', type: 'message', role: 'assistant', model: String(request.body.model), content: [],
      stop_reason: null, stop_sequence: null,
      usage: { ...usage, output_tokens: 1 },
    },
  });
  let index = 0;
  if (reply.text !== '') {
    await send(out, 'content_block_start', { index, content_block: { type: 'text', text: '' } });
    await send(out, 'ping', {});
    for (const piece of splitText(reply.text)) await send(out, 'content_block_delta', { index, delta: { type: 'text_delta', text: piece } });
    if (step.kind === 'break-midway') return out.breakConnection();
    if (step.kind === 'stream-error') {
      await send(out, 'error', { error: { type: step.errorType ?? 'overloaded_error', message: step.message ?? 'Overloaded' } });
      return out.end();
    }
    await send(out, 'content_block_stop', { index });
    index += 1;
  }
  for (const call of reply.calls) {
    const args = JSON.stringify(call.arguments);
    const half = Math.floor(args.length / 2);
    await send(out, 'content_block_start', { index, content_block: { type: 'tool_use', id: toolId(index), name: call.name, input: {} } });
    await send(out, 'content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: '' } });
    await send(out, 'content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: args.slice(0, half) } });
    await send(out, 'content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: args.slice(half) } });
    await send(out, 'content_block_stop', { index });
    index += 1;
  }
  await send(out, 'message_delta', {
    delta: { stop_reason: reply.calls.length > 0 ? 'tool_use' : 'end_turn', stop_sequence: null },
    usage: { output_tokens: usage.output_tokens, ...(usage.output_tokens_details ? { output_tokens_details: usage.output_tokens_details } : {}) },
  });
  await send(out, 'message_stop', {});
  out.end();
}

function complete(reply: Reply, request: CapturedRequest, out: FakeResponse): void {
  const content: object[] = reply.text !== '' ? [{ type: 'text', text: reply.text }] : [];
  for (const call of reply.calls) content.push({ type: 'tool_use', id: toolId(content.length), name: call.name, input: call.arguments });
  out.json(200, {
    id: 'msg_fake', type: 'message', role: 'assistant', model: String(request.body.model), content,
    stop_reason: reply.calls.length > 0 ? 'tool_use' : 'end_turn', stop_sequence: null,
    usage: usageOf(reply.usage),
  }, { 'request-id': 'req_fake' });
}

export const anthropicRenderer: FakeRenderer = {
  basePath: '',
  lastUserText(body) {
    const users = asArray(body.messages).map(asRecord).filter((m) => m.role === 'user');
    return textOf(users.at(-1)?.content);
  },
  wantsStream: (request) => request.body.stream === true,
  async respond(step, request, out) {
    if (step.kind === 'error') {
      const headers: Record<string, string> = { 'request-id': 'req_fake' };
      if (step.retryAfterSeconds !== undefined) headers['retry-after'] = String(step.retryAfterSeconds);
      const type = ERROR_TYPES[step.status] ?? 'api_error';
      return out.json(step.status, { type: 'error', error: { type, message: step.message ?? `fake error ${step.status}` } }, headers);
    }
    const reply = replyOf(step);
    if (this.wantsStream(request)) return stream(step, reply, request, out);
    if (step.kind === 'break-midway' || step.kind === 'stream-error') {
      out.raw.writeHead(200, { 'content-type': 'application/json' });
      out.raw.write('{"id":"msg_fake","type":"message","content":[{"type":"text","text":"');
      return out.breakConnection();
    }
    complete(reply, request, out);
  },
};

export function startFakeAnthropic(options?: FakeOptions): Promise<FakeUpstream> {
  return startFake(anthropicRenderer, options);
}

function turnsOf(message: Record<string, unknown>): NeutralTurn[] {
  const role = message.role === 'assistant' ? 'assistant' : 'user';
  if (typeof message.content === 'string') return [{ role, text: message.content, toolCalls: [] }];
  const blocks = asArray(message.content).map(asRecord);
  const results: NeutralTurn[] = blocks
    .filter((block) => block.type === 'tool_result')
    .map((block) => ({ role: 'tool', text: textOf(block.content), toolCalls: [], toolCallId: String(block.tool_use_id) }));
  const text = textOf(blocks.filter((block) => block.type === 'text'));
  const toolCalls = blocks
    .filter((block) => block.type === 'tool_use')
    .map((block) => ({ id: String(block.id), name: String(block.name), arguments: block.input }));
  const own: NeutralTurn[] = text !== '' || toolCalls.length > 0 || results.length === 0 ? [{ role, text, toolCalls }] : [];
  return [...results, ...own];
}

export function inspectAnthropicRequest(request: CapturedRequest): NeutralRequest {
  const body = request.body;
  const system = textOf(body.system);
  const format = asRecord(asRecord(body.output_config).format).type;
  return {
    model: String(body.model),
    stream: body.stream === true,
    system,
    turns: asArray(body.messages).map(asRecord).flatMap(turnsOf),
    toolNames: asArray(body.tools).map((tool) => String(asRecord(tool).name)),
    json: format === 'json_schema' ? 'schema' : /\bJSON\b/.test(system) ? 'object' : 'none',
    maxTokens: body.max_tokens as number | undefined,
    temperature: body.temperature as number | undefined,
  };
}
