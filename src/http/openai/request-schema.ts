// The OpenAI chat-completions body, validated once at the edge. Lenient where OpenAI is lenient
// (unknown fields pass through), strict where a wrong type would reach an upstream.
import { z } from 'zod';
import { invalidRequest, type GatewayError } from '../../core/errors';
import type { ChatRequest } from '../../core/types';

const MAX_STRING = 4_000_000; // characters in one text field; bodies are size-limited before this

const text = z.string().max(MAX_STRING);
const textPart = z.looseObject({ type: z.literal('text'), text });
const imagePart = z.looseObject({
  type: z.literal('image_url'),
  image_url: z.looseObject({
    url: z.string().min(1).max(MAX_STRING),
    detail: z.enum(['auto', 'low', 'high']).optional(),
  }),
});
const userPart = z.discriminatedUnion('type', [textPart, imagePart]);
const toolCall = z.looseObject({
  id: z.string().min(1).max(512),
  type: z.literal('function'),
  function: z.looseObject({ name: z.string().min(1).max(256), arguments: z.string().max(MAX_STRING) }),
});

const systemMessage = z.looseObject({
  role: z.enum(['system', 'developer']),
  content: z.union([text, z.array(textPart)]),
  name: z.string().max(256).optional(),
});
const userMessage = z.looseObject({
  role: z.literal('user'),
  content: z.union([text, z.array(userPart)]),
  name: z.string().max(256).optional(),
});
const assistantMessage = z.looseObject({
  role: z.literal('assistant'),
  content: z.union([text, z.array(textPart), z.null()]).optional(),
  tool_calls: z.array(toolCall).max(128).optional(),
  refusal: z.string().nullable().optional(),
  name: z.string().max(256).optional(),
});
const toolMessage = z.looseObject({
  role: z.literal('tool'),
  content: z.union([text, z.array(textPart)]),
  tool_call_id: z.string().min(1).max(512),
});
const message = z.discriminatedUnion('role', [systemMessage, userMessage, assistantMessage, toolMessage]);

const jsonObject = z.record(z.string(), z.unknown());
const functionTool = z.looseObject({
  type: z.literal('function'),
  function: z.looseObject({
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -'),
    description: z.string().max(100_000).optional(),
    parameters: jsonObject.optional(),
    strict: z.boolean().nullable().optional(),
  }),
});
const toolChoice = z.union([
  z.enum(['none', 'auto', 'required']),
  z.looseObject({ type: z.literal('function'), function: z.looseObject({ name: z.string().min(1) }) }),
]);
const responseFormat = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('text') }),
  z.looseObject({ type: z.literal('json_object') }),
  z.looseObject({
    type: z.literal('json_schema'),
    json_schema: z.looseObject({
      name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -'),
      description: z.string().optional(),
      schema: jsonObject.optional(),
      strict: z.boolean().nullable().optional(),
    }),
  }),
]);
const routerOptions = z.strictObject({
  policy: z.string().min(1).max(64).optional(),
  max_cost_usd: z.number().positive().optional(),
  min_score: z.number().min(0).max(1).optional(),
  max_latency_ms: z.number().positive().optional(),
  models: z.array(z.string().min(1)).min(1).max(256).optional(),
  providers: z.array(z.string().min(1)).min(1).max(64).optional(),
  open_weight_only: z.boolean().optional(),
  conservative: z.boolean().optional(),
});

const KNOWN_SHAPE = {
  model: z.string().min(1).max(256),
  messages: z.array(message).min(1, 'must contain at least one message').max(10_000),
  tools: z.array(functionTool).max(512).optional(),
  tool_choice: toolChoice.optional(),
  parallel_tool_calls: z.boolean().optional(),
  response_format: responseFormat.optional(),
  max_tokens: z.number().int().positive().nullable().optional(),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  seed: z.number().int().nullable().optional(),
  user: z.string().max(512).optional(),
  metadata: z.record(z.string().max(64), z.string().max(512)).optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  n: z.number().int().min(1).max(128).nullable().optional(),
  presence_penalty: z.number().min(-2).max(2).nullable().optional(),
  frequency_penalty: z.number().min(-2).max(2).nullable().optional(),
  reasoning_effort: z.string().max(32).optional(),
  router: routerOptions.optional(),
};
const KNOWN_KEYS = new Set(Object.keys(KNOWN_SHAPE));
const chatRequestSchema = z.object(KNOWN_SHAPE);

export type ParseResult = { ok: true; request: ChatRequest } | { ok: false; error: GatewayError };

/** Validates a parsed JSON body. Unknown top-level fields are kept in `extra`. */
export function parseChatRequest(body: unknown): ParseResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, error: invalidRequest('The request body must be a JSON object.', null, 'invalid_body') };
  }
  const parsed = chatRequestSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: toError(parsed.error) };
  const request = dropNulls(parsed.data) as unknown as ChatRequest;
  let extra: Record<string, unknown> | undefined;
  for (const key in body) {
    if (KNOWN_KEYS.has(key)) continue;
    (extra ??= {})[key] = (body as Record<string, unknown>)[key];
  }
  if (extra) request.extra = extra;
  const unsupported = unsupportedOutput(request);
  if (unsupported) return { ok: false, error: invalidRequest(unsupported.message, unsupported.param, 'unsupported_parameter') };
  return { ok: true, request };
}

/**
 * Fields that change the SHAPE of the response in ways the gateway does not carry through (one
 * choice, text and tool calls): refused, so nothing a client asked for is silently lost.
 */
function unsupportedOutput(request: ChatRequest): { message: string; param: string } | undefined {
  if (request.n !== undefined && request.n > 1) {
    return { message: 'n > 1 is not supported: the gateway returns one choice per request.', param: 'n' };
  }
  const extra = request.extra;
  if (!extra) return undefined;
  if (extra.logprobs === true || (extra.top_logprobs !== undefined && extra.top_logprobs !== null)) {
    return { message: 'logprobs are not supported by the gateway.', param: extra.logprobs === true ? 'logprobs' : 'top_logprobs' };
  }
  const modalities = extra.modalities;
  if (extra.audio !== undefined || (Array.isArray(modalities) && modalities.some((m) => m !== 'text'))) {
    return { message: 'Only text output is supported by the gateway (no audio modality).', param: extra.audio !== undefined ? 'audio' : 'modalities' };
  }
  return undefined;
}

// OpenAI accepts `null` for "unset" on most optional fields; the internal shape uses absence.
function dropNulls(data: Record<string, unknown>): Record<string, unknown> {
  for (const key in data) if (data[key] === null) delete data[key];
  return data;
}

function toError(error: z.ZodError): GatewayError {
  const issue = error.issues[0];
  if (!issue) return invalidRequest('Invalid request body.');
  const param = formatPath(issue.path);
  const detail = issue.code === 'invalid_union'
    ? describeUnion(issue)
    : issue.message.endsWith('received undefined')
      ? 'is required'
      : issue.message;
  return invalidRequest(param ? `Invalid value for '${param}': ${detail}` : detail, param || null);
}

function describeUnion(issue: z.core.$ZodIssue): string {
  return issue.message === 'Invalid input' ? 'value has the wrong type or shape' : issue.message;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
