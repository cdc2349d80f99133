import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatRequest } from '../types';
import { classify, createSessionStore, parseAgentType, resolveClassification, sessionKey } from './index';

const reflex: ChatMessage[] = [{ role: 'system', content: 'Reply with one label only: SPAM or HAM.' }, { role: 'user', content: 'cheap pills!!!' }];
const req = (messages: ChatMessage[], metadata?: Record<string, string>): ChatRequest => ({ model: 'router/auto', messages, ...(metadata ? { metadata } : {}) });
// A later turn that, on its own, looks like a different type (past outcomes -> learning).
const learningTurn: ChatMessage = { role: 'user', content: 'Past attempts:\n#1 → 2 m short\n#2 → 0.5 m long\n#3 → 0.1 m short\nLearn from these results.' };

describe('overrides', () => {
  it('x-agent-type sets the type with confidence 1', () => {
    const result = resolveClassification(req(reflex), { headerAgentType: 'goal-based' }, { sessions: createSessionStore() });
    expect(result).toMatchObject({ type: 'goal_based', confidence: 1, source: 'override', signals: ['override:x-agent-type'] });
    expect(result.posterior).toEqual({ simple_reflex: 0, model_based_reflex: 0, goal_based: 1, utility_based: 0, learning: 0 });
  });

  it('metadata.agent_type overrides too, and the header wins over it', () => {
    const deps = { sessions: createSessionStore() };
    expect(resolveClassification(req(reflex, { agent_type: 'learning' }), {}, deps)).toMatchObject({ type: 'learning', source: 'override', signals: ['override:metadata.agent_type'] });
    expect(resolveClassification(req(reflex, { agent_type: 'learning' }), { headerAgentType: 'utility_based' }, deps).type).toBe('utility_based');
  });

  it('ignores values that are not agent types', () => {
    expect(parseAgentType('Model-Based_Reflex')).toBe('model_based_reflex');
    expect(parseAgentType('planner')).toBeUndefined();
    const result = resolveClassification(req(reflex), { headerAgentType: 'planner' }, { sessions: createSessionStore() });
    expect(result.source).toBe('model');
    expect(result.type).toBe(classify(req(reflex)).type);
  });
});

describe('sticky sessions', () => {
  it('keeps the first type across turns of the same x-session-id', () => {
    const deps = { sessions: createSessionStore() };
    const first = resolveClassification(req(reflex), { sessionId: 's-1' }, deps);
    const alone = classify(req([learningTurn]));
    expect(alone.type).not.toBe(first.type); // the later turn alone would be classified differently
    const later = resolveClassification(req([learningTurn]), { sessionId: 's-1' }, deps);
    expect(later).toMatchObject({ type: first.type, confidence: first.confidence, source: 'session' });
    expect(later.signals[0]).toBe('session');
    expect(resolveClassification(req([learningTurn]), { sessionId: 's-2' }, deps).type).toBe(alone.type);
  });

  it('without an id, keys on the system prompt and the first user message', () => {
    const deps = { sessions: createSessionStore() };
    const first = resolveClassification(req(reflex), {}, deps);
    const grown = req([...reflex, { role: 'assistant', content: 'SPAM' }, learningTurn]);
    expect(sessionKey(grown)).toBe(sessionKey(req(reflex)));
    expect(resolveClassification(grown, {}, deps)).toMatchObject({ type: first.type, source: 'session' });
    const other = req([reflex[0]!, { role: 'user', content: 'meeting at 3?' }]);
    expect(sessionKey(other)).not.toBe(sessionKey(req(reflex)));
    expect(resolveClassification(other, {}, deps).source).toBe('model');
  });

  it('an override also re-types the session for later turns', () => {
    const deps = { sessions: createSessionStore() };
    resolveClassification(req(reflex), { sessionId: 'k' }, deps);
    resolveClassification(req(reflex), { sessionId: 'k', headerAgentType: 'utility_based' }, deps);
    expect(resolveClassification(req(reflex), { sessionId: 'k' }, deps)).toMatchObject({ type: 'utility_based', source: 'session' });
  });

  it('does not cache requests with nothing to key on', () => {
    const deps = { sessions: createSessionStore() };
    const empty = req([{ role: 'tool', tool_call_id: 'a', content: 'x' }]);
    expect(sessionKey(empty)).toBeUndefined();
    resolveClassification(empty, {}, deps);
    expect(resolveClassification(empty, {}, deps).source).toBe('model');
  });

  it('evicts the least recently used session when full', () => {
    const deps = { sessions: createSessionStore(2) };
    for (const id of ['a', 'b', 'c']) resolveClassification(req(reflex), { sessionId: id, headerAgentType: 'learning' }, deps);
    expect(deps.sessions.get('id:a')).toBeUndefined();
    expect(deps.sessions.get('id:c')?.type).toBe('learning');
  });
});
