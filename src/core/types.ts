// The gateway's one internal representation.
//
// Requests: the OpenAI chat-completions body is the lingua franca. It is validated once at the
// edge (src/http/openai/request-schema.ts) and then flows unchanged through classify, route and
// the OpenAI-family adapters; other adapters translate it to their own wire format. Other ingress
// formats (Anthropic Messages, later) convert into this shape.
//
// Results and stream parts are normalised (provider-neutral) and serialised to a wire format
// once, at the edge, in src/http/.

export const AGENT_TYPES = [
  'simple_reflex',
  'model_based_reflex',
  'goal_based',
  'utility_based',
  'learning',
] as const;
export type AgentType = (typeof AGENT_TYPES)[number];

export function isAgentType(value: unknown): value is AgentType {
  return typeof value === 'string' && (AGENT_TYPES as readonly string[]).includes(value);
}

// ---- request (OpenAI chat-completions shape) ----

export interface TextPart {
  type: 'text';
  text: string;
}
export interface ImagePart {
  type: 'image_url';
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' };
}
export type ContentPart = TextPart | ImagePart;

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface SystemMessage {
  role: 'system' | 'developer';
  content: string | TextPart[];
  name?: string;
}
export interface UserMessage {
  role: 'user';
  content: string | ContentPart[];
  name?: string;
}
export interface AssistantMessage {
  role: 'assistant';
  content?: string | TextPart[] | null;
  tool_calls?: ToolCall[];
  refusal?: string | null;
  name?: string;
}
export interface ToolMessage {
  role: 'tool';
  content: string | TextPart[];
  tool_call_id: string;
}
export type ChatMessage = SystemMessage | UserMessage | AssistantMessage | ToolMessage;

export interface FunctionTool {
  type: 'function';
  function: {
    name: string;
    description?: string;
    parameters?: Record<string, unknown>;
    strict?: boolean | null;
  };
}

export type ToolChoice =
  | 'none'
  | 'auto'
  | 'required'
  | { type: 'function'; function: { name: string } };

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema';
      json_schema: {
        name: string;
        description?: string;
        schema?: Record<string, unknown>;
        strict?: boolean | null;
      };
    };

/** Per-request routing controls (the `router` body field; headers are merged into it at the edge). */
export interface RouterOptions {
  policy?: string;
  max_cost_usd?: number;
  min_score?: number;
  max_latency_ms?: number;
  models?: string[];
  providers?: string[];
  open_weight_only?: boolean;
  conservative?: boolean;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  tools?: FunctionTool[];
  tool_choice?: ToolChoice;
  parallel_tool_calls?: boolean;
  response_format?: ResponseFormat;
  max_tokens?: number;
  max_completion_tokens?: number;
  stop?: string | string[];
  temperature?: number;
  top_p?: number;
  seed?: number;
  user?: string;
  metadata?: Record<string, string>;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  n?: number;
  presence_penalty?: number;
  frequency_penalty?: number;
  reasoning_effort?: string;
  /** Routing controls; stripped before any upstream call. */
  router?: RouterOptions;
  /** Unknown top-level fields, kept so OpenAI-family upstreams receive them unchanged. */
  extra?: Record<string, unknown>;
}

// ---- results ----

/**
 * Token usage, normalised to OpenAI semantics:
 * - inputTokens counts every prompt token, cached or not (cache reads and writes included);
 * - outputTokens counts every generated token, reasoning included.
 * The parts (cachedInputTokens, cacheWriteTokens, reasoningTokens) are subsets, for pricing.
 */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  reasoningTokens: number;
  cachedInputTokens: number;
  cacheWriteTokens: number;
}

export const EMPTY_USAGE: Readonly<Usage> = Object.freeze({
  inputTokens: 0,
  outputTokens: 0,
  reasoningTokens: 0,
  cachedInputTokens: 0,
  cacheWriteTokens: 0,
});

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter';

export interface ChatResult {
  /** Upstream response id when the provider gives one. */
  id?: string;
  /** The upstream model name that actually answered (as the provider reports it). */
  model: string;
  content: string | null;
  toolCalls: ToolCall[];
  refusal?: string | null;
  finishReason: FinishReason;
  usage: Usage;
  /** Parameters the provider could not honour and that were dropped (sent as a warning header). */
  warnings: string[];
}

/**
 * Stream parts. An adapter's stream yields one `response-metadata` first, then deltas, then
 * exactly one `finish`. Failures are thrown (as ProviderError), before or after the first part;
 * a stream that ends without `finish` was cut and is treated as an error.
 */
export type ChatStreamPart =
  | { type: 'response-metadata'; id?: string; model?: string; warnings?: string[] }
  | { type: 'text-delta'; text: string }
  | { type: 'tool-call-delta'; index: number; id?: string; name?: string; argumentsDelta: string }
  /** `usageMissing`: the upstream sent no usage (some OpenAI-compatible servers); `usage` is zeros. */
  | { type: 'finish'; reason: FinishReason; usage: Usage; usageMissing?: true };

// ---- decisions ----

export type Posterior = Record<AgentType, number>;

export interface Classification {
  type: AgentType;
  /** Posterior probability of `type` (1 for an override). */
  confidence: number;
  posterior: Posterior;
  /** Names of the evidence that fired, most informative first (for headers and explain). */
  signals: string[];
  source: 'model' | 'override' | 'session';
}

/** A type known for certain (an override, or the true type in an evaluation): all mass on `type`. */
export function certainClassification(type: AgentType, signals: string[] = []): Classification {
  const posterior = Object.fromEntries(AGENT_TYPES.map((t) => [t, t === type ? 1 : 0])) as Posterior;
  return { type, confidence: 1, posterior, signals, source: 'override' };
}

/** What the router hands the executor: model ids from the catalog, in the order to try them. */
export interface Plan {
  primary: string;
  fallbacks: string[];
  policy: string;
  reason: string;
}
