// Fake Gemini API upstream (POST /v1beta/models/{model}:generateContent, and
// :streamGenerateContent?alt=sse with `data: {...}\r\n\r\n` frames and no [DONE] sentinel).
// Errors follow google.rpc.Status, with RetryInfo in details for 429s.
// Models named gemini-3* behave like Gemini 3: the first functionCall part of a reply carries an
// opaque thoughtSignature, and a request replaying a model turn with function calls whose first
// call lacks a signature this fake issued (or Google's skip sentinel) is refused with a 400.
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

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

/** Gemini's candidatesTokenCount excludes thoughts; the fake splits the normalised total. */
function usageOf(usage: Required<FakeUsage>) {
  return {
    promptTokenCount: usage.input,
    candidatesTokenCount: usage.output - usage.reasoning,
    totalTokenCount: usage.input + usage.output,
    ...(usage.cachedInput > 0 ? { cachedContentTokenCount: usage.cachedInput } : {}),
    ...(usage.reasoning > 0 ? { thoughtsTokenCount: usage.reasoning } : {}),
  };
}

function modelOf(request: CapturedRequest): string {
  return /\/models\/([^:/?]+)/.exec(request.path)?.[1] ?? 'unknown';
}

interface Reply {
  parts: object[];
  hasCalls: boolean;
  usage: Required<FakeUsage>;
}

const signs = (model: string) => /^gemini-[3-9]/.test(model);
const SKIP_SENTINEL = 'skip_thought_signature_validator';
let signatureCounter = 0;
const issuedSignatures = new Set<string>();

/** An opaque base64 blob with '+' and '/' in it, as real signatures have. */
function newSignature(): string {
  // Real signatures run to hundreds of bytes; ids carrying them overflow OpenAI's 40-character limit.
  const bytes = Buffer.from(`sig#${++signatureCounter}` + '\u00fb\u00ff\u00fe'.repeat(60), 'latin1');
  const signature = bytes.toString('base64');
  issuedSignatures.add(signature);
  return signature;
}

/** The Gemini 3 check: every replayed model turn with calls has a known signature on its first call. */
function signatureProblem(request: CapturedRequest): string | undefined {
  if (!signs(modelOf(request))) return undefined;
  for (const content of asArray(request.body.contents).map(asRecord)) {
    if (content.role !== 'model') continue;
    const first = asArray(content.parts).map(asRecord).find((part) => part.functionCall !== undefined);
    if (!first) continue;
    const signature = first.thoughtSignature;
    if (signature === SKIP_SENTINEL || (typeof signature === 'string' && issuedSignatures.has(signature))) continue;
    return `Function call \`${String(asRecord(first.functionCall).name)}\` is missing a thought_signature in functionCall parts.`;
  }
  return undefined;
}

function replyOf(step: ScriptStep, model: string): Reply {
  const calls = step.kind === 'tool-call' ? [{ name: step.name, arguments: step.arguments }] : step.kind === 'tool-calls' ? step.calls : [];
  if (calls.length > 0) {
    const usage = 'usage' in step ? step.usage : undefined;
    const parts = calls.map((call, index) => ({
      functionCall: { name: call.name, args: call.arguments },
      ...(index === 0 && signs(model) ? { thoughtSignature: newSignature() } : {}),
    }));
    return { parts, hasCalls: true, usage: fullUsage(usage, 'x') };
  }
  const text = step.kind === 'json' ? JSON.stringify(step.value) : 'text' in step ? step.text : '';
  const usage = 'usage' in step ? step.usage : undefined;
  return { parts: [{ text }], hasCalls: false, usage: fullUsage(usage, text) };
}

function response(request: CapturedRequest, parts: object[], finishReason: string | undefined, usage: object): object {
  return {
    candidates: [{ content: { role: 'model', parts }, ...(finishReason ? { finishReason } : {}), index: 0 }],
    usageMetadata: usage,
    modelVersion: modelOf(request),
    responseId: 'resp_fake',
  };
}

async function stream(step: ScriptStep, reply: Reply, request: CapturedRequest, out: FakeResponse): Promise<void> {
  const frame = (value: object) => out.write(`data: ${JSON.stringify(value)}\r\n\r\n`);
  const partial = { promptTokenCount: reply.usage.input, totalTokenCount: reply.usage.input };
  out.startSse();
  const textParts = reply.hasCalls ? [] : splitText(String((reply.parts[0] as { text: string }).text));
  for (const [index, piece] of textParts.entries()) {
    const last = index === textParts.length - 1 && step.kind !== 'break-midway' && step.kind !== 'stream-error';
    await frame(response(request, [{ text: piece }], last ? 'STOP' : undefined, last ? usageOf(reply.usage) : partial));
  }
  if (step.kind === 'break-midway') return out.breakConnection();
  if (step.kind === 'stream-error') {
    const status = 503;
    await frame({ error: { code: status, message: step.message ?? 'The model is overloaded.', status: STATUS_NAMES[status] } });
    return out.end();
  }
  if (reply.hasCalls) await frame(response(request, reply.parts, 'STOP', usageOf(reply.usage)));
  out.end();
}

export const googleRenderer: FakeRenderer = {
  basePath: '',
  lastUserText(body) {
    const users = asArray(body.contents).map(asRecord).filter((c) => c.role === 'user');
    return textOf(users.at(-1)?.parts);
  },
  wantsStream: (request) => request.path.includes(':streamGenerateContent'),
  async respond(step, request, out) {
    if (step.kind === 'error') {
      const details = step.retryAfterSeconds === undefined ? [] : [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${step.retryAfterSeconds}s` }];
      const error = { code: step.status, message: step.message ?? `fake error ${step.status}`, status: STATUS_NAMES[step.status] ?? 'UNKNOWN', details };
      return out.json(step.status, { error });
    }
    const problem = signatureProblem(request);
    if (problem) return out.json(400, { error: { code: 400, message: problem, status: 'INVALID_ARGUMENT' } });
    const reply = replyOf(step, modelOf(request));
    if (this.wantsStream(request)) return stream(step, reply, request, out);
    if (step.kind === 'break-midway' || step.kind === 'stream-error') {
      out.raw.writeHead(200, { 'content-type': 'application/json' });
      out.raw.write('{"candidates":[{"content":{"parts":[{"text":"');
      return out.breakConnection();
    }
    out.json(200, response(request, reply.parts, 'STOP', usageOf(reply.usage)));
  },
};

export function startFakeGoogle(options?: FakeOptions): Promise<FakeUpstream> {
  return startFake(googleRenderer, options);
}

function turnsOf(content: Record<string, unknown>): NeutralTurn[] {
  const parts = asArray(content.parts).map(asRecord);
  const results: NeutralTurn[] = parts
    .filter((part) => part.functionResponse !== undefined)
    .map((part) => {
      const fn = asRecord(part.functionResponse);
      const payload = asRecord(fn.response);
      const text = typeof payload.content === 'string' ? payload.content : JSON.stringify(payload);
      return { role: 'tool', text, toolCalls: [], toolName: String(fn.name), ...(fn.id ? { toolCallId: String(fn.id) } : {}) };
    });
  const toolCalls = parts
    .filter((part) => part.functionCall !== undefined)
    .map((part) => asRecord(part.functionCall))
    .map((fn) => ({ ...(fn.id ? { id: String(fn.id) } : {}), name: String(fn.name), arguments: fn.args }));
  const text = textOf(parts.filter((part) => typeof part.text === 'string'));
  const role = content.role === 'model' ? 'assistant' : 'user';
  const own = text !== '' || toolCalls.length > 0 || results.length === 0 ? [{ role, text, toolCalls } as NeutralTurn] : [];
  return [...results, ...own];
}

export function inspectGoogleRequest(request: CapturedRequest): NeutralRequest {
  const body = request.body;
  const config = asRecord(body.generationConfig);
  const hasSchema = config.responseJsonSchema !== undefined || config.responseSchema !== undefined;
  return {
    model: modelOf(request),
    stream: request.path.includes(':streamGenerateContent'),
    system: textOf(asRecord(body.systemInstruction).parts),
    turns: asArray(body.contents).map(asRecord).flatMap(turnsOf),
    toolNames: asArray(body.tools).flatMap((tool) => asArray(asRecord(tool).functionDeclarations).map((fn) => String(asRecord(fn).name))),
    json: hasSchema ? 'schema' : config.responseMimeType === 'application/json' ? 'object' : 'none',
    maxTokens: config.maxOutputTokens as number | undefined,
    temperature: config.temperature as number | undefined,
  };
}
