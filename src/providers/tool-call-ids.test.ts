import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../core/types';
import { toAnthropicBody } from './anthropic/request';
import { toOpenAIBody } from './openai/request';
import { aliasToolCallIds } from './tool-call-ids';

const history = (id: string): ChatMessage[] => [
  { role: 'user', content: 'q' },
  { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'f', arguments: '{}' } }, { id: 'call_ok', type: 'function', function: { name: 'g', arguments: '{}' } }] },
  { role: 'tool', tool_call_id: id, content: 'r1' },
  { role: 'tool', tool_call_id: 'call_ok', content: 'r2' },
];

describe('tool-call id aliases', () => {
  it('leaves acceptable ids and the array itself alone', () => {
    const messages = history('call_short');
    expect(aliasToolCallIds(messages, () => true)).toBe(messages);
  });

  it('aliases refused ids the same way in calls and results, and across requests', () => {
    const long = `call_0_f__ts__${'Ab-_'.repeat(60)}`;
    const once = aliasToolCallIds(history(long), (id) => id.length <= 40);
    const again = aliasToolCallIds(history(long), (id) => id.length <= 40);
    const alias = (once[1] as { tool_calls: { id: string }[] }).tool_calls[0]!.id;
    expect(alias).toMatch(/^call_[0-9a-f]{16}$/);
    expect((once[2] as { tool_call_id: string }).tool_call_id).toBe(alias);
    expect((once[3] as { tool_call_id: string }).tool_call_id).toBe('call_ok');
    expect(again).toEqual(once);
  });

  it('OpenAI bodies carry no id over 40 characters; Anthropic bodies only [A-Za-z0-9_-]', () => {
    const openai = toOpenAIBody({ model: 'x', messages: history('call_' + 'y'.repeat(60)) }, 'gpt-4.1-mini', { stream: false, streamUsage: false });
    const openaiIds = idsIn(openai.messages, ['id', 'tool_call_id']);
    expect(openaiIds).toHaveLength(4);
    for (const id of openaiIds) expect(id.length).toBeLessThanOrEqual(40);
    expect(openaiIds[0]).toBe(openaiIds[2]);
    const anthropic = toAnthropicBody({ model: 'x', messages: history('functions.f:0') }, 'claude-x', 'anthropic', 1024);
    const anthropicIds = idsIn(anthropic.body.messages, ['id', 'tool_use_id']);
    expect(anthropicIds).toHaveLength(4);
    for (const id of anthropicIds) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(anthropicIds[0]).toBe(anthropicIds[2]);
  });
});

/** Every string under one of `keys`, depth first, in document order. */
function idsIn(value: unknown, keys: string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => idsIn(v, keys));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (keys.includes(k) && typeof v === 'string' ? [v] : idsIn(v, keys)));
}
