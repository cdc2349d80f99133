// Per-request predictions. Cost = this request's input tokens x input price + the profile's
// expected output tokens x output price; latency = time to first token + output / throughput.
// Everything is mixed over the classifier's posterior.
import type { ChatMessage, ChatRequest, Posterior } from '../types';
import { AGENT_TYPES, type AgentType } from '../types';
import { CAP_JSON, CAP_JSON_SCHEMA, CAP_STREAMING, CAP_TOOLS, CAP_VISION } from './table';
import type { ModelRow, RoutingTable } from './table';

/** Tokens charged per image part (a high-detail 1024px tile set is ~765 on OpenAI). */
const IMAGE_TOKENS = 800;
/** Role and framing overhead per message. */
const MESSAGE_OVERHEAD_TOKENS = 4;
/** Types below this posterior mass are skipped (they cannot move a decision). */
const MIN_TYPE_WEIGHT = 1e-3;

export interface RequestFeatures {
  /** Estimated prompt tokens; null = use each profile's typical input per call. */
  inputTokens: number | null;
  /** Caller's max output tokens, which caps the expected output. */
  maxOutputTokens: number | null;
  /** Capability bits the request needs. */
  needs: number;
}

export interface Prediction {
  score: number;
  scoreLo: number;
  scoreHi: number;
  costUsd: number;
  latencyMs: number;
}

/** Characters of a JSON-like value without serialising it (keys and scalars only). */
function countChars(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number' || typeof value === 'boolean') return 5;
  if (value === null || typeof value !== 'object' || depth > 8) return 0;
  let total = 0;
  if (Array.isArray(value)) {
    for (const item of value) total += countChars(item, depth + 1) + 1;
    return total;
  }
  for (const key in value) total += key.length + 3 + countChars((value as Record<string, unknown>)[key], depth + 1);
  return total;
}

function messageChars(message: ChatMessage): { chars: number; images: number } {
  let chars = 0;
  let images = 0;
  const content = 'content' in message ? message.content : null;
  if (typeof content === 'string') chars += content.length;
  else if (Array.isArray(content)) {
    for (const part of content) {
      if (part.type === 'text') chars += part.text.length;
      else images += 1;
    }
  }
  if (message.role === 'assistant' && message.tool_calls) {
    for (const call of message.tool_calls) chars += call.function.name.length + call.function.arguments.length;
  }
  return { chars, images };
}

/** Cheap prompt-size estimate: characters / 4 over messages and tool definitions. */
export function estimateInputTokens(request: ChatRequest): { tokens: number; images: number } {
  let chars = 0;
  let images = 0;
  for (const message of request.messages) {
    const counted = messageChars(message);
    chars += counted.chars;
    images += counted.images;
  }
  for (const tool of request.tools ?? []) {
    chars += tool.function.name.length + (tool.function.description?.length ?? 0);
    chars += countChars(tool.function.parameters);
  }
  const tokens = Math.ceil(chars / 4) + images * IMAGE_TOKENS + request.messages.length * MESSAGE_OVERHEAD_TOKENS;
  return { tokens, images };
}

export function requestFeatures(request: ChatRequest): RequestFeatures {
  const { tokens, images } = estimateInputTokens(request);
  let needs = 0;
  if (request.tools && request.tools.length > 0 && request.tool_choice !== 'none') needs |= CAP_TOOLS;
  const format = request.response_format?.type;
  if (format === 'json_schema') needs |= CAP_JSON_SCHEMA;
  else if (format === 'json_object') needs |= CAP_JSON;
  if (images > 0) needs |= CAP_VISION;
  if (request.stream === true) needs |= CAP_STREAMING;
  const maxOut = request.max_completion_tokens ?? request.max_tokens;
  return { inputTokens: tokens, maxOutputTokens: maxOut ?? null, needs };
}

/** The posterior as (type, weight) pairs, tiny masses dropped, renormalised. */
export function posteriorWeights(posterior: Posterior, fallback: AgentType): Array<[AgentType, number]> {
  const out: Array<[AgentType, number]> = [];
  let total = 0;
  for (const type of AGENT_TYPES) {
    const p = posterior[type];
    if (Number.isFinite(p) && p >= MIN_TYPE_WEIGHT) {
      out.push([type, p]);
      total += p;
    }
  }
  if (total <= 0) return [[fallback, 1]];
  for (const pair of out) pair[1] /= total;
  return out;
}

/** Posterior-mixed prediction for one model and this request. */
export function predict(
  table: RoutingTable,
  row: ModelRow,
  weights: ReadonlyArray<readonly [AgentType, number]>,
  features: RequestFeatures,
): Prediction {
  const i = row.index;
  let score = 0, lo = 0, hi = 0, cost = 0, latency = 0;
  for (const [type, p] of weights) {
    const col = table.columns[type];
    const input = features.inputTokens ?? col.inputTokens[i]!;
    let output = col.outputTokens[i]!;
    if (features.maxOutputTokens !== null && output > features.maxOutputTokens) output = features.maxOutputTokens;
    const reasoning = Math.min(col.reasoningTokens[i]!, output);
    score += p * col.scoreMean[i]!;
    lo += p * col.scoreLo[i]!;
    hi += p * col.scoreHi[i]!;
    cost +=
      p *
      (input * row.inputUsdPerToken +
        (output - reasoning) * row.outputUsdPerToken +
        reasoning * row.reasoningUsdPerToken);
    latency += p * (col.ttftMs[i]! + output * col.msPerOutputToken[i]!);
  }
  return { score, scoreLo: lo, scoreHi: hi, costUsd: cost, latencyMs: latency };
}
