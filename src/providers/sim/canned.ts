// Canned replies for simulated models outside the suite: deterministic (a hash of the request),
// clearly labelled, and shaped like what the request asks for (tool call, JSON, or text).
import type { AssistantMessage, ChatMessage, ChatRequest, FunctionTool } from '../../core/types';
import { fnv1a, hex8 } from '../../util/hash';
import { sampleForSchema } from './json-sample';

const PHRASES = [
  'Acknowledged; proceeding with the most direct option.',
  'Here is a brief answer based on the latest message.',
  'Noted. The simplest consistent action is taken.',
  'Understood; this reply is generated, not reasoned.',
];

export function label(modelId: string): string {
  return `[simulated model ${modelId}]`;
}

function textOf(content: ChatMessage['content']): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? part.text : '')).join(' ');
}

export function lastUserText(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message?.role === 'user') return textOf(message.content);
  }
  return '';
}

/** Stable hash of what the model sees (routing-only fields excluded). */
export function requestHash(modelId: string, request: ChatRequest): number {
  const seen = {
    messages: request.messages,
    tools: request.tools,
    tool_choice: request.tool_choice,
    response_format: request.response_format,
  };
  return fnv1a(`${modelId}\n${JSON.stringify(seen)}`);
}

function chooseTool(request: ChatRequest, hash: number): FunctionTool | undefined {
  const tools = request.tools ?? [];
  if (tools.length === 0 || request.tool_choice === 'none') return undefined;
  const choice = request.tool_choice;
  if (typeof choice === 'object') return tools.find((t) => t.function.name === choice.function.name);
  return tools[hash % tools.length];
}

function jsonReply(modelId: string, request: ChatRequest, ref: string): string | undefined {
  const format = request.response_format;
  if (format?.type === 'json_schema') return JSON.stringify(sampleForSchema(format.json_schema.schema));
  if (format?.type === 'json_object') {
    return JSON.stringify({ simulated: true, model: modelId, note: `${label(modelId)} canned JSON`, ref });
  }
  return undefined;
}

/** The canned assistant message for `request`. */
export function cannedReply(modelId: string, request: ChatRequest): AssistantMessage {
  const hash = requestHash(modelId, request);
  const ref = hex8(hash);
  const tool = chooseTool(request, hash);
  if (tool) {
    const args = sampleForSchema(tool.function.parameters);
    return {
      role: 'assistant',
      content: null,
      tool_calls: [
        { id: `call_sim_${ref}`, type: 'function', function: { name: tool.function.name, arguments: JSON.stringify(args) } },
      ],
    };
  }
  const json = jsonReply(modelId, request, ref);
  if (json !== undefined) return { role: 'assistant', content: json };
  const quoted = lastUserText(request.messages).replace(/\s+/g, ' ').trim().slice(0, 60);
  const phrase = PHRASES[hash % PHRASES.length];
  const about = quoted ? ` You said: "${quoted}".` : '';
  return { role: 'assistant', content: `${label(modelId)} ${phrase}${about} (ref ${ref})` };
}
