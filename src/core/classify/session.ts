// Overrides and sticky sessions around classify(). An explicit type (header or metadata) wins;
// otherwise a session keeps the type it was first given, so a multi-turn agent is routed
// consistently even when one turn looks like another type. The store is passed in (lru-cache
// in practice) so core holds no state of its own; on Workers it is a per-isolate cache only.
import { LRUCache } from 'lru-cache';
import { certainClassification, isAgentType, type AgentType, type ChatRequest, type Classification } from '../types';
import { classify } from './classify';
import type { ClassifierModel } from './model';
import type { ScanCache } from './scan-replay';
import { fnv1aPair } from '../../util/hash';

export interface SessionStore {
  get(key: string): Classification | undefined;
  set(key: string, value: Classification): unknown;
}

export interface ClassifyHints {
  /** The `x-agent-type` header, as sent. */
  headerAgentType?: string | undefined;
  /** The `x-session-id` header. */
  sessionId?: string | undefined;
}

export interface ClassifyDeps {
  sessions: SessionStore;
  model?: ClassifierModel;
  /** Scan results of shared text (system prompts, tool definitions) across sessions. */
  scanCache?: ScanCache;
}

export function createSessionStore(max = 10_000): SessionStore {
  return new LRUCache<string, Classification>({ max });
}

/** Accepts `goal_based`, `goal-based`, `Goal-Based`; anything else is not a type. */
export function parseAgentType(value: unknown): AgentType | undefined {
  if (typeof value !== 'string') return undefined;
  const normalised = value.trim().toLowerCase().replaceAll('-', '_');
  return isAgentType(normalised) ? normalised : undefined;
}

function firstText(request: ChatRequest, roles: readonly string[]): string {
  const messages = Array.isArray(request.messages) ? request.messages : [];
  const message = messages.find((m) => typeof m === 'object' && m !== null && roles.includes(m.role));
  const content: unknown = message?.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part: { text?: unknown }) => (typeof part?.text === 'string' ? part.text : '')).join('\n');
}

/** The session key: the caller's id, else a hash of the system prompt and the first user message. */
export function sessionKey(request: ChatRequest, sessionId?: string): string | undefined {
  if (sessionId !== undefined && sessionId.trim() !== '') return `id:${sessionId.trim()}`;
  const system = firstText(request, ['system', 'developer']);
  const user = firstText(request, ['user']);
  if (system === '' && user === '') return undefined;
  const text = `${system}\u0000${user}`;
  // Hashes at most 4 KB (the length is in the key too): a long prompt costs no more to key.
  const [a, b] = fnv1aPair(text.length > 4096 ? text.slice(0, 4096) : text);
  return `h:${a.toString(36)}${b.toString(36)}:${text.length}`;
}

/**
 * The classification the router uses: override (header, then metadata.agent_type), then the
 * session's remembered type, then the model. Overrides also set the session's type.
 */
export function resolveClassification(request: ChatRequest, hints: ClassifyHints, deps: ClassifyDeps): Classification {
  const key = sessionKey(request, hints.sessionId);
  const header = parseAgentType(hints.headerAgentType);
  const metadata = parseAgentType(request.metadata?.agent_type);
  const override = header ?? metadata;
  if (override !== undefined) {
    const result = certainClassification(override, [header !== undefined ? 'override:x-agent-type' : 'override:metadata.agent_type']);
    if (key !== undefined) deps.sessions.set(key, result);
    return result;
  }
  const remembered = key === undefined ? undefined : deps.sessions.get(key);
  if (remembered !== undefined) {
    return { ...remembered, signals: ['session', ...remembered.signals.filter((s) => s !== 'session')], source: 'session' };
  }
  const result = classify(request, deps.model, deps.scanCache);
  if (key !== undefined) deps.sessions.set(key, result);
  return result;
}
