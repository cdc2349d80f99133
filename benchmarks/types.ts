// The task contract of the built-in suite (see ../shared/TASK-SUITE.md and docs/ARCHITECTURE.md).
// Tasks speak the OpenAI chat format, as real agents do, and depend on nothing but core types.
import type {
  AgentType,
  AssistantMessage,
  ChatMessage,
  FunctionTool,
  ResponseFormat,
  ToolChoice,
  Usage,
} from '../src/core/types';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** What a task sends: an OpenAI chat-completions body without `model`. */
export interface TaskRequest {
  messages: ChatMessage[];
  tools?: FunctionTool[];
  tool_choice?: ToolChoice;
  response_format?: ResponseFormat;
  max_tokens?: number;
  temperature?: number;
}

export interface ChatReply {
  message: AssistantMessage;
  usage?: Usage;
}

/** Sends one request to the model under test. Throws when the call fails (the runner records it). */
export type ChatFn = (request: TaskRequest) => Promise<ChatReply>;

export interface Transcript {
  /** The whole conversation as the model saw it, its replies included. */
  messages: ChatMessage[];
  /** The model's replies, in order. */
  replies: AssistantMessage[];
  /** Model calls made. */
  calls: number;
  /** Why the environment stopped early, if it did (turn limit, invalid action, ...). */
  ended?: string;
}

export interface ScoreResult {
  /** 0..1 */
  score: number;
  diagnostics: Record<string, unknown>;
}

export type PlayMode = 'optimal' | 'wrong';

export interface Task<S = unknown> {
  /** Stable id, kebab-case, e.g. `partial-view-maze`. */
  id: string;
  type: AgentType;
  title: string;
  /** Bump when generation, prompts or scoring change: it feeds the suite version hash. */
  revision: number;
  /** Upper bound on model calls for one scenario. */
  maxCallsPerScenario: number;
  /** Scenarios per refresh by default (multi-turn tasks use fewer). */
  defaultScenarios: number;
  /** Same seed and difficulty give byte-identical scenarios and prompts on every machine. */
  generate(seed: number, difficulty: Difficulty): S;
  /** Drives the conversation; history lives in the transcript itself. Never throws on bad replies. */
  run(scenario: S, chat: ChatFn): Promise<Transcript>;
  /** Never throws; an unparseable reply scores 0 and is recorded in diagnostics. */
  score(scenario: S, transcript: Transcript): ScoreResult;
  /** The optimal behaviour (ground truth), computed by the task's solver. */
  solve(scenario: S): unknown;
  /**
   * The reply a player in `mode` gives to the conversation so far: `optimal` is the solver's move
   * (solver play scores 1.0), `wrong` is a plausible move that makes the scenario score 0, using
   * no more calls than optimal play. Simulated models are built on this.
   */
  respond(scenario: S, request: TaskRequest, mode: PlayMode): AssistantMessage;
}

/** A type-erased task, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTask = Task<any>;
