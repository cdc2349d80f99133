// A provider-neutral reading of a captured upstream request, so one conformance suite can
// assert what each adapter sent without knowing every wire format.

export interface NeutralTurn {
  role: 'user' | 'assistant' | 'tool';
  text: string;
  toolCalls: { id?: string; name: string; arguments: unknown }[];
  /** For role 'tool': which call this answers (id and/or name, as the wire carries them). */
  toolCallId?: string;
  toolName?: string;
}

export interface NeutralRequest {
  model: string;
  stream: boolean;
  system: string;
  turns: NeutralTurn[];
  toolNames: string[];
  /** 'object' covers native JSON mode and documented emulation through the system prompt. */
  json: 'none' | 'object' | 'schema';
  maxTokens?: number;
  temperature?: number;
}

export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: { type?: string; text?: unknown }) => (typeof part.text === 'string' ? part.text : ''))
    .join('');
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
