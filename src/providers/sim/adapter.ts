// The sim provider: simulated models that answer instantly-shaped, deterministic replies with
// configured latency; under the suite (call.oracle) they play each scenario right or wrong
// according to their configured competence.
import type { AssistantMessage, ChatRequest, ChatResult, ChatStreamPart, ToolCall, Usage } from '../../core/types';
import { ProviderError, type CallOptions, type ProviderAdapter, type ProviderSettings } from '../types';
import { cannedReply, requestHash } from './canned';
import { oracleDecision } from './competence';
import { hex8 } from '../../util/hash';
import { findSimSpec, type SimModelSpec } from './spec';
import { realSleep, SimTimeline, type Sleep } from './timing';

export interface SimAdapterOptions {
  /** Injected for tests and virtual-time benches; defaults to real timers. */
  sleep?: Sleep;
}

const CHARS_PER_TOKEN = 4;
const STREAM_CHUNK_CHARS = 16;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

function flatten(content: AssistantMessage['content']): string | null {
  if (content === null || content === undefined) return null;
  return typeof content === 'string' ? content : content.map((part) => part.text).join('');
}

interface Reply {
  content: string | null;
  toolCalls: ToolCall[];
  finishReason: ChatResult['finishReason'];
  usage: Usage;
}

function usageFor(request: ChatRequest, content: string | null, toolCalls: ToolCall[]): Usage {
  const prompt = JSON.stringify([request.messages, request.tools ?? null, request.response_format ?? null]);
  const output = (content ?? '') + toolCalls.map((c) => c.function.name + c.function.arguments).join('');
  return {
    inputTokens: estimateTokens(prompt),
    outputTokens: Math.max(1, estimateTokens(output)),
    reasoningTokens: 0,
    cachedInputTokens: 0,
    cacheWriteTokens: 0,
  };
}

function buildReply(spec: SimModelSpec, request: ChatRequest, call: CallOptions): Reply {
  const message = call.oracle ? call.oracle[oracleDecision(spec, call.oracle)](request) : cannedReply(spec.id, request);
  const ref = hex8(requestHash(spec.id, request));
  const toolCalls = (message.tool_calls ?? []).map((c, i) => ({ ...c, id: c.id || `call_sim_${ref}_${i}` }));
  let content = flatten(message.content);
  let finishReason: ChatResult['finishReason'] = toolCalls.length > 0 ? 'tool_calls' : 'stop';
  const limit = request.max_completion_tokens ?? request.max_tokens;
  if (!call.oracle && content !== null && limit !== undefined && estimateTokens(content) > limit) {
    content = content.slice(0, limit * CHARS_PER_TOKEN);
    finishReason = 'length';
  }
  return { content, toolCalls, finishReason, usage: usageFor(request, content, toolCalls) };
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += STREAM_CHUNK_CHARS) out.push(text.slice(i, i + STREAM_CHUNK_CHARS));
  return out;
}

export function createSimAdapter(
  settings: ProviderSettings,
  models: readonly SimModelSpec[],
  options: SimAdapterOptions = {},
): ProviderAdapter {
  const sleep = options.sleep ?? realSleep;
  const provider = settings.name;

  const resolve = (call: CallOptions) => {
    const spec = findSimSpec(models, call.model);
    if (!spec) {
      throw new ProviderError({ kind: 'not-found', status: 404, provider, message: `unknown simulated model ${call.model}` });
    }
    const timeline = new SimTimeline(sleep, provider, call.timeoutMs, call.signal);
    const msPerToken = 1000 / spec.latency.outputTokensPerSecond;
    return { spec, timeline, msPerToken };
  };

  async function generate(request: ChatRequest, call: CallOptions): Promise<ChatResult> {
    const { spec, timeline, msPerToken } = resolve(call);
    const reply = buildReply(spec, request, call);
    await timeline.wait(spec.latency.ttftMs + reply.usage.outputTokens * msPerToken);
    return {
      id: `sim-${hex8(requestHash(spec.id, request))}`,
      model: spec.id,
      content: reply.content,
      toolCalls: reply.toolCalls,
      finishReason: reply.finishReason,
      usage: reply.usage,
      warnings: [],
    };
  }

  async function* stream(request: ChatRequest, call: CallOptions): AsyncGenerator<ChatStreamPart> {
    const { spec, timeline, msPerToken } = resolve(call);
    const reply = buildReply(spec, request, call);
    await timeline.wait(spec.latency.ttftMs);
    yield { type: 'response-metadata', id: `sim-${hex8(requestHash(spec.id, request))}`, model: spec.id, warnings: [] };
    const pace = (text: string) => timeline.wait(estimateTokens(text) * msPerToken);
    for (const piece of chunks(reply.content ?? '')) {
      yield { type: 'text-delta', text: piece };
      await pace(piece);
    }
    for (const [index, toolCall] of reply.toolCalls.entries()) {
      yield { type: 'tool-call-delta', index, id: toolCall.id, name: toolCall.function.name, argumentsDelta: '' };
      for (const piece of chunks(toolCall.function.arguments)) {
        yield { type: 'tool-call-delta', index, argumentsDelta: piece };
        await pace(piece);
      }
    }
    yield { type: 'finish', reason: reply.finishReason, usage: reply.usage };
  }

  return { name: provider, generate, stream };
}
