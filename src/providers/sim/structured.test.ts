import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ChatRequest, ChatStreamPart, FunctionTool } from '../../core/types';
import type { ProviderSettings } from '../types';
import { createSimAdapter } from './adapter';
import { sampleForSchema } from './json-sample';
import { shippedSimModels } from './shipped';

const settings: ProviderSettings = { name: 'sim', type: 'sim', timeoutMs: 60_000 };
const adapter = createSimAdapter(settings, shippedSimModels(), { sleep: async () => {} });
const call = { model: 'balanced-mid', timeoutMs: 60_000 };

const moveSchema = {
  type: 'object',
  properties: {
    direction: { type: 'string', enum: ['north', 'south', 'east', 'west'] },
    steps: { type: 'integer', minimum: 1, maximum: 5 },
    note: { type: 'string' },
    path: { type: 'array', items: { $ref: '#/$defs/cell' }, minItems: 2 },
  },
  required: ['direction', 'steps', 'path'],
  additionalProperties: false,
  $defs: { cell: { type: 'object', properties: { x: { type: 'number' }, y: { type: 'number' } }, required: ['x', 'y'] } },
};
const moveZod = z.strictObject({
  direction: z.enum(['north', 'south', 'east', 'west']),
  steps: z.number().int().min(1).max(5),
  path: z.array(z.object({ x: z.number(), y: z.number() })).min(2),
});

const tools: FunctionTool[] = [
  { type: 'function', function: { name: 'move', parameters: moveSchema } },
  { type: 'function', function: { name: 'look', parameters: { type: 'object', properties: {} } } },
];
const base: ChatRequest = { model: 'sim/balanced-mid', messages: [{ role: 'user', content: 'go' }] };

describe('sim adapter: structured replies', () => {
  it('calls the named tool with arguments valid for its schema', async () => {
    const result = await adapter.generate({ ...base, tools, tool_choice: { type: 'function', function: { name: 'move' } } }, call);
    expect(result.finishReason).toBe('tool_calls');
    expect(result.toolCalls).toHaveLength(1);
    expect(result.toolCalls[0]!.function.name).toBe('move');
    expect(moveZod.safeParse(JSON.parse(result.toolCalls[0]!.function.arguments)).success).toBe(true);
  });

  it('calls some tool under auto/required and none under none', async () => {
    for (const tool_choice of [undefined, 'auto', 'required'] as const) {
      const result = await adapter.generate({ ...base, tools, tool_choice }, call);
      expect(result.toolCalls).toHaveLength(1);
      expect(['move', 'look']).toContain(result.toolCalls[0]!.function.name);
    }
    const none = await adapter.generate({ ...base, tools, tool_choice: 'none' }, call);
    expect(none.toolCalls).toHaveLength(0);
    expect(none.content).toContain('[simulated model sim/balanced-mid]');
  });

  it('streams tool calls as id+name then argument deltas', async () => {
    const parts: ChatStreamPart[] = [];
    for await (const p of adapter.stream({ ...base, tools, tool_choice: 'required' }, call)) parts.push(p);
    const deltas = parts.filter((p) => p.type === 'tool-call-delta');
    expect(deltas[0]).toMatchObject({ index: 0, argumentsDelta: '' });
    expect(deltas[0]!.type === 'tool-call-delta' && deltas[0]!.name).toBeTruthy();
    const args = deltas.map((d) => (d.type === 'tool-call-delta' ? d.argumentsDelta : '')).join('');
    expect(() => JSON.parse(args)).not.toThrow();
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'tool_calls' });
  });

  it('answers json_schema with JSON matching required properties, types and enums', async () => {
    const response_format = { type: 'json_schema' as const, json_schema: { name: 'move', schema: moveSchema } };
    const result = await adapter.generate({ ...base, response_format }, call);
    expect(moveZod.safeParse(JSON.parse(result.content ?? '')).success).toBe(true);
  });

  it('answers json_object with a labelled JSON object', async () => {
    const result = await adapter.generate({ ...base, response_format: { type: 'json_object' } }, call);
    const value = JSON.parse(result.content ?? '') as Record<string, unknown>;
    expect(value).toMatchObject({ simulated: true, model: 'sim/balanced-mid' });
  });

  it('samples schema corner cases', () => {
    expect(sampleForSchema({ type: ['null', 'string'], minLength: 12 })).toHaveLength(12);
    expect(sampleForSchema({ const: 7 })).toBe(7);
    expect(sampleForSchema({ anyOf: [{ type: 'boolean' }, { type: 'string' }] })).toBe(false);
    expect(sampleForSchema({ type: 'number', exclusiveMinimum: 2 })).toBeGreaterThan(2);
    expect(
      sampleForSchema({ allOf: [{ type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] }] }),
    ).toEqual({ a: 0 });
  });
});
