import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENT_TYPES, type ChatMessage, type ChatRequest } from '../types';
import { DENSE_FEATURES, classify } from './index';

const req = (messages: ChatMessage[], extra: Partial<ChatRequest> = {}): ChatRequest => ({ model: 'router/auto', messages, ...extra });

function expectValid(result: ReturnType<typeof classify>): void {
  const values = AGENT_TYPES.map((t) => result.posterior[t]);
  values.forEach((p) => expect(Number.isFinite(p) && p >= 0 && p <= 1).toBe(true));
  expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  expect(result.confidence).toBe(Math.max(...values));
  expect(result.posterior[result.type]).toBe(result.confidence);
  expect(result.source).toBe('model');
  // The fallback for an extraction that threw: a valid request must be read, not degraded.
  expect(result.signals).not.toContain('unreadable-request');
}

describe('classify', () => {
  const examples: [string, ChatRequest][] = [
    ['simple_reflex', req([{ role: 'system', content: 'Reply with exactly one label: SPAM or HAM. No explanation.' }, { role: 'user', content: 'WIN A FREE CRUISE click now' }], { max_tokens: 2 })],
    ['model_based_reflex', req([{ role: 'system', content: 'Each tick you get sensor readings; keep track of the state, sensors drop out.' }, { role: 'user', content: 'tick 1: S1=20 S2=21' }, { role: 'assistant', content: 'ok' }, { role: 'user', content: 'tick 2: S1=22 S2=--' }, { role: 'assistant', content: 'ok' }, { role: 'user', content: 'tick 3: S1=-- S2=--\nWhat is the current state?' }])],
    ['goal_based', req([{ role: 'user', content: 'Start at A, reach the goal F. Edges: A-B 3, B-F 4, A-C 1, C-F 9. Plan the shortest route, step by step.' }])],
    ['utility_based', req([{ role: 'user', content: 'Budget €500. Option A costs €300 and scores 7, B €250 scores 5, C €200 scores 4. Which combination gives the best value under the budget?' }])],
    ['learning', req([{ role: 'user', content: 'Past attempts:\n#1 angle 30 → 2.1 m short\n#2 angle 40 → 0.4 m short\n#3 angle 45 → 0.3 m long\nLearn from these results: what angle next?' }])],
  ];
  it.each(examples)('recognises a clear %s request', (type, request) => {
    const result = classify(request);
    expectValid(result);
    expect(result.type).toBe(type);
    expect(result.signals.length).toBeGreaterThan(0);
    result.signals.forEach((s) => expect(DENSE_FEATURES).toContain(s));
  });

  it('is less sure about non-agentic requests than about agentic ones', () => {
    const translate = classify(req([{ role: 'user', content: 'Translate into French: "the meeting moved to Thursday"' }]));
    const agentic = classify(examples[0]![1]);
    expect(translate.confidence).toBeLessThan(0.7);
    expect(translate.confidence).toBeLessThan(agentic.confidence);
  });

  it('does not leak state between calls (the feature buffer is reused)', () => {
    const first = classify(examples[4]![1]);
    classify(examples[2]![1]);
    expect(classify(examples[4]![1])).toEqual(first);
  });

  const odd: [string, ChatRequest][] = [
    ['no messages', req([])],
    ['no user turn', req([{ role: 'system', content: 'You are a helpful agent.' }])],
    ['only tool messages', req([{ role: 'tool', tool_call_id: 'x', content: '{"ok":true}' }, { role: 'tool', tool_call_id: 'y', content: '' }])],
    ['images only', req([{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] }])],
    ['empty content', req([{ role: 'user', content: '' }, { role: 'assistant', content: null }, { role: 'assistant', content: '' }])],
    ['content arrays', req([{ role: 'system', content: [{ type: 'text', text: 'Pick the cheapest option.' }] }, { role: 'user', content: [{ type: 'text', text: 'A $3, B $5' }, { type: 'image_url', image_url: { url: 'https://x/y.png' } }] }])],
    ['tool calls without tools', req([{ role: 'user', content: 'go' }, { role: 'assistant', tool_calls: [{ id: '1', type: 'function', function: { name: 'click', arguments: '{' } }] }])],
    ['weird schema', req([{ role: 'user', content: 'x' }], { response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { properties: { a: { enum: 'not-an-array' } }, items: [null, 1, 'x'] } } } })],
  ];
  it.each(odd)('handles %s', (_, request) => expectValid(classify(request)));
});

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '→ 3', '| a | b |', '#1 x', 'tick 1: a=2'));
const content = fc.oneof(text, fc.array(fc.oneof(fc.record({ type: fc.constant('text' as const), text }), fc.record({ type: fc.constant('image_url' as const), image_url: fc.record({ url: fc.webUrl() }) })), { maxLength: 4 }));
const message: fc.Arbitrary<ChatMessage> = fc.oneof(
  fc.record({ role: fc.constantFrom('system' as const, 'developer' as const), content: text }),
  fc.record({ role: fc.constant('user' as const), content }),
  fc.record({ role: fc.constant('assistant' as const), content: fc.option(text), tool_calls: fc.option(fc.array(fc.record({ id: fc.string(), type: fc.constant('function' as const), function: fc.record({ name: fc.string(), arguments: fc.string() }) }), { maxLength: 3 }), { nil: undefined }) }),
  fc.record({ role: fc.constant('tool' as const), tool_call_id: fc.string(), content: text }),
);
const request: fc.Arbitrary<ChatRequest> = fc.record({
  model: fc.constant('router/auto'),
  messages: fc.array(message, { maxLength: 12 }),
  tools: fc.option(fc.array(fc.record({ type: fc.constant('function' as const), function: fc.record({ name: fc.string(), description: fc.option(fc.string(), { nil: undefined }), parameters: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }) }) }), { maxLength: 4 }), { nil: undefined }),
  tool_choice: fc.option(fc.constantFrom('none' as const, 'auto' as const, 'required' as const), { nil: undefined }),
  response_format: fc.option(fc.oneof(fc.constant({ type: 'json_object' as const }), fc.record({ type: fc.constant('json_schema' as const), json_schema: fc.record({ name: fc.string(), schema: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }) }) })), { nil: undefined }),
  max_tokens: fc.option(fc.nat(), { nil: undefined }),
  metadata: fc.option(fc.dictionary(fc.string(), fc.string()), { nil: undefined }),
}, { requiredKeys: ['model', 'messages'] });

describe('classify on arbitrary valid requests', () => {
  it('never throws and always returns a probability distribution', () => {
    fc.assert(fc.property(request, (r) => expectValid(classify(r))), { numRuns: 400 });
  });
});
