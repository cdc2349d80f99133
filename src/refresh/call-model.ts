// callModel: how the runner reaches a model. It goes through the same provider adapters the
// gateway uses, streams when it can (to measure time to first token), and reassembles the
// assistant message the task sees.
import type { ChatReply, TaskRequest } from '../../benchmarks/types';
import type { ModelEntry } from '../core/catalog/types';
import type { AssistantMessage, ChatStreamPart, FinishReason, ToolCall, Usage } from '../core/types';
import { ProviderError, type ProviderAdapter, type SimOracle } from '../providers/types';

export interface CallModelOptions {
  signal?: AbortSignal;
  /** Set by the runner for simulated models only. */
  oracle?: SimOracle;
}

export interface CallOutcome extends ChatReply {
  usage: Usage;
  finishReason: FinishReason;
  latencyMs: number;
  ttftMs: number;
}

export type CallModel = (modelId: string, request: TaskRequest, options: CallModelOptions) => Promise<CallOutcome>;

export interface CallModelDeps {
  catalog: readonly ModelEntry[];
  /** The adapter for a catalog entry's provider instance (from the provider registry). */
  adapterFor(provider: string): ProviderAdapter;
  timeoutMs?: number;
  now?: () => number;
}

function assemble(parts: { content: string; tools: Map<number, ToolCall> }): AssistantMessage {
  const toolCalls = [...parts.tools.entries()].sort((a, b) => a[0] - b[0]).map(([, call]) => call);
  const message: AssistantMessage = { role: 'assistant', content: parts.content === '' && toolCalls.length ? null : parts.content };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  return message;
}

/** Consumes a normalised stream; a stream that ends without `finish` was cut. */
export async function consumeStream(
  stream: AsyncIterable<ChatStreamPart>,
  now: () => number,
  provider: string,
): Promise<CallOutcome> {
  const start = now();
  let ttft: number | undefined;
  const acc = { content: '', tools: new Map<number, ToolCall>() };
  for await (const part of stream) {
    if (part.type === 'text-delta') acc.content += part.text;
    if (part.type === 'tool-call-delta') {
      const call = acc.tools.get(part.index) ?? { id: '', type: 'function' as const, function: { name: '', arguments: '' } };
      if (part.id) call.id = part.id;
      if (part.name) call.function.name += part.name;
      call.function.arguments += part.argumentsDelta;
      acc.tools.set(part.index, call);
    }
    if ((part.type === 'text-delta' || part.type === 'tool-call-delta') && ttft === undefined) ttft = now() - start;
    if (part.type === 'finish') {
      const latencyMs = now() - start;
      return { message: assemble(acc), usage: part.usage, finishReason: part.reason, latencyMs, ttftMs: ttft ?? latencyMs };
    }
  }
  throw new ProviderError({ kind: 'network', provider, message: 'stream ended without a finish part' });
}

/** Calls one catalog model through `adapter`, timing it with `now`. */
export async function callThrough(
  adapter: ProviderAdapter,
  entry: ModelEntry,
  request: TaskRequest,
  options: CallModelOptions & { timeoutMs: number; now: () => number },
): Promise<CallOutcome> {
  const chat = { ...request, model: entry.id };
  const call = { model: entry.upstream, signal: options.signal, timeoutMs: options.timeoutMs, oracle: options.oracle };
  if (entry.capabilities.streaming) {
    return consumeStream(adapter.stream({ ...chat, stream: true, stream_options: { include_usage: true } }, call), options.now, adapter.name);
  }
  const start = options.now();
  const result = await adapter.generate(chat, call);
  const latencyMs = options.now() - start;
  const message: AssistantMessage = { role: 'assistant', content: result.content };
  if (result.toolCalls.length > 0) message.tool_calls = result.toolCalls;
  return { message, usage: result.usage, finishReason: result.finishReason, latencyMs, ttftMs: latencyMs };
}

export function findEntry(catalog: readonly ModelEntry[], modelId: string): ModelEntry {
  const entry = catalog.find((model) => model.id === modelId);
  if (!entry) throw new ProviderError({ kind: 'not-found', provider: 'catalog', message: `model ${modelId} is not in the catalog` });
  return entry;
}

export function createCallModel(deps: CallModelDeps): CallModel {
  const now = deps.now ?? (() => performance.now());
  return async (modelId, request, options) => {
    const entry = findEntry(deps.catalog, modelId);
    return callThrough(deps.adapterFor(entry.provider), entry, request, { ...options, timeoutMs: deps.timeoutMs ?? 120_000, now });
  };
}
