// Baseline and hostile players built from a request's own schemas, so they fit every task unchanged.
import type { AssistantMessage, FunctionTool } from '../../src/core/types';
import { contentText } from '../../benchmarks/lib/reply-text';
import type { Rng } from '../../benchmarks/lib/rng';
import type { TaskRequest } from '../../benchmarks/types';

type Schema = Record<string, unknown>;
type Player = (request: TaskRequest) => AssistantMessage;

const asSchema = (value: unknown): Schema => (value && typeof value === 'object' ? (value as Schema) : {});

/** Words from the latest messages: plausible strings (node names, link ids) for random answers. */
function promptWords(request: TaskRequest): string[] {
  const text = request.messages.slice(-3).map((m) => contentText(m.content)).join(' ');
  const words = text.match(/[A-Za-z][A-Za-z0-9_-]{1,20}/g) ?? [];
  return words.length > 0 ? words : ['x'];
}

export function randomInstance(schema: Schema, rng: Rng, words: string[]): unknown {
  if (Array.isArray(schema.enum)) return rng.pick(schema.enum as unknown[]);
  switch (schema.type) {
    case 'object': {
      const properties = asSchema(schema.properties);
      return Object.fromEntries(Object.keys(properties).map((key) => [key, randomInstance(asSchema(properties[key]), rng, words)]));
    }
    case 'array':
      return Array.from({ length: rng.int(0, 4) }, () => randomInstance(asSchema(schema.items), rng, words));
    case 'integer':
      return rng.int(typeof schema.minimum === 'number' ? schema.minimum : 0, typeof schema.maximum === 'number' ? schema.maximum : 100);
    case 'number':
      return (typeof schema.minimum === 'number' ? schema.minimum : 0) + rng.next() * 100;
    case 'boolean':
      return rng.chance(0.5);
    default:
      return rng.pick(words);
  }
}

export function constantInstance(schema: Schema): unknown {
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const properties = asSchema(schema.properties);
      return Object.fromEntries(Object.keys(properties).map((key) => [key, constantInstance(asSchema(properties[key]))]));
    }
    case 'array':
      return [constantInstance(asSchema(schema.items))];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    default:
      return 'none';
  }
}

function chosenTool(request: TaskRequest, pick: (tools: FunctionTool[]) => FunctionTool): FunctionTool | undefined {
  const tools = request.tools ?? [];
  if (tools.length === 0 || request.tool_choice === 'none') return undefined;
  const forced = typeof request.tool_choice === 'object' ? request.tool_choice.function.name : undefined;
  return tools.find((tool) => tool.function.name === forced) ?? pick(tools);
}

function answerWith(request: TaskRequest, tool: FunctionTool | undefined, make: (schema: Schema) => unknown, id: string): AssistantMessage {
  if (tool) {
    const args = JSON.stringify(make(asSchema(tool.function.parameters)));
    return { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: tool.function.name, arguments: args } }] };
  }
  const format = request.response_format;
  if (format?.type === 'json_schema') return { role: 'assistant', content: JSON.stringify(make(asSchema(format.json_schema.schema))) };
  return { role: 'assistant', content: String(make({ type: 'string' })) };
}

export function randomPlayer(rng: Rng): Player {
  let call = 0;
  return (request) => {
    const words = promptWords(request);
    const tool = chosenTool(request, (tools) => rng.pick(tools));
    return answerWith(request, tool, (schema) => randomInstance(schema, rng, words), `call_r${call++}`);
  };
}

export function constantPlayer(): Player {
  let call = 0;
  return (request) => answerWith(request, chosenTool(request, (tools) => tools[0]!), constantInstance, `call_c${call++}`);
}

export const emptyPlayer: Player = () => ({ role: 'assistant', content: '' });
