// Building blocks for the classifier dataset generator: a seeded RNG and message/tool helpers.
import type {
  AgentType, AssistantMessage, ChatMessage, FunctionTool, ResponseFormat, ToolChoice, ToolMessage,
} from '../../../../src/core/types';

export type Lang = 'en' | 'de' | 'es' | 'fr' | 'ja' | 'zh' | 'pt';
export type Difficulty = 'easy' | 'medium' | 'hard';

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], count: number): T[];
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  };
  return { next, int, pick, sample, chance: (p) => next() < p };
}

/** What a template produces for one row. */
export interface Draft {
  messages: ChatMessage[];
  tools?: FunctionTool[];
  tool_choice?: ToolChoice;
  response_format?: ResponseFormat;
  max_tokens?: number;
  temperature?: number;
  lang?: Lang;
  difficulty?: Difficulty;
  /** Overrides the family's secondary label for this row. */
  secondary?: AgentType | null;
}

/** A template family: rows of one family are near relatives, so the split keeps a family whole. */
export interface Family {
  id: string;
  label: AgentType;
  /** false for plain chat, translation and similar (labelled with the closest type). */
  agentic?: boolean;
  secondary?: AgentType;
  difficulty: Difficulty;
  rationale: string;
  variants: number;
  make(rng: Rng, index: number): Draft;
}

export const sys = (content: string): ChatMessage => ({ role: 'system', content });
export const user = (content: string): ChatMessage => ({ role: 'user', content });
export const say = (content: string): ChatMessage => ({ role: 'assistant', content });

let callCounter = 0;
/** Restarts call-id numbering, so a family's ids do not depend on the families built before it. */
export function resetCallIds(): void {
  callCounter = 0;
}
/** An assistant turn with one or more tool calls; returns the message and the call ids. */
export function calls(rng: Rng, ...invocations: [string, Record<string, unknown>][]): { message: AssistantMessage; ids: string[] } {
  const ids = invocations.map(() => `call_${(rng.int(0, 1e9) + callCounter++).toString(36)}`);
  return {
    message: {
      role: 'assistant',
      content: null,
      tool_calls: invocations.map(([name, args], i) => ({
        id: ids[i]!, type: 'function', function: { name, arguments: JSON.stringify(args) },
      })),
    },
    ids,
  };
}

export const result = (id: string, content: unknown): ToolMessage => ({
  role: 'tool', tool_call_id: id, content: typeof content === 'string' ? content : JSON.stringify(content),
});

/** One tool-call turn plus its result(s), appended to `messages`. */
export function exchange(rng: Rng, messages: ChatMessage[], name: string, args: Record<string, unknown>, output: unknown): void {
  const { message, ids } = calls(rng, [name, args]);
  messages.push(message, result(ids[0]!, output));
}

type Props = Record<string, Record<string, unknown>>;
export function tool(name: string, description: string, properties: Props = {}, required = Object.keys(properties)): FunctionTool {
  return { type: 'function', function: { name, description, parameters: { type: 'object', properties, required } } };
}

export function jsonSchema(name: string, properties: Props, required = Object.keys(properties)): ResponseFormat {
  return {
    type: 'json_schema',
    json_schema: { name, strict: true, schema: { type: 'object', properties, required, additionalProperties: false } },
  };
}

export const str = { type: 'string' };
export const num = { type: 'number' };
export const int = { type: 'integer' };
export const bool = { type: 'boolean' };
export const oneOf = (...values: string[]): Record<string, unknown> => ({ type: 'string', enum: values });
export const list = (items: Record<string, unknown>): Record<string, unknown> => ({ type: 'array', items });
export const obj = (properties: Props): Record<string, unknown> => ({
  type: 'object', properties, required: Object.keys(properties), additionalProperties: false,
});

/** The language of variant `i`, cycling through `langs`. */
export const langAt = (langs: Lang[], i: number): Lang => langs[i % langs.length]!;

/** Picks the string for `lang`, falling back to English. */
export function t(lang: Lang, texts: Partial<Record<Lang, string>> & { en: string }): string {
  return texts[lang] ?? texts.en;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
