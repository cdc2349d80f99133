// ChatRequest (OpenAI shape) -> Anthropic Messages body. Anything without an Anthropic
// equivalent is dropped with a warning, never silently; n > 1 is rejected.
import type { ContentBlockParam, ImageBlockParam, MessageCreateParamsBase, MessageParam, TextBlockParam, ToolChoice, ToolResultBlockParam } from '@anthropic-ai/sdk/resources/messages';
import type { AssistantMessage, ChatRequest, ContentPart, TextPart, ToolChoice as OpenAIToolChoice } from '../../core/types';
import { aliasToolCallIds } from '../tool-call-ids';
import { ProviderError } from '../types';

/** Anthropic's pattern for tool_use ids; clients and other providers use more characters. */
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const acceptsId = (id: string) => ID_PATTERN.test(id);

export const JSON_EMULATION_WARNING = 'response_format emulated via system prompt';
const JSON_INSTRUCTION = 'Respond with a single valid JSON object and nothing else: no prose, no code fences.';

export interface AnthropicTranslation {
  body: MessageCreateParamsBase;
  warnings: string[];
}

function badRequest(provider: string, message: string, param?: string): ProviderError {
  return new ProviderError({ kind: 'bad-request', provider, message: `${provider}: ${message}`, param });
}

function textOf(content: string | TextPart[] | null | undefined): string {
  if (typeof content === 'string') return content;
  return (content ?? []).map((part) => part.text).join('');
}

const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
type MediaType = (typeof MEDIA_TYPES)[number];

function imageBlock(url: string, provider: string): ImageBlockParam {
  const data = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (!data) return { type: 'image', source: { type: 'url', url } };
  const mediaType = data[1] as MediaType;
  if (!MEDIA_TYPES.includes(mediaType)) throw badRequest(provider, `image type ${data[1]} is not supported`, 'messages');
  return { type: 'image', source: { type: 'base64', media_type: mediaType, data: data[2] ?? '' } };
}

function userContent(content: string | ContentPart[], provider: string): string | ContentBlockParam[] {
  if (typeof content === 'string') return content;
  return content.map((part): ContentBlockParam => (part.type === 'text' ? { type: 'text', text: part.text } : imageBlock(part.image_url.url, provider)));
}

function assistantContent(message: AssistantMessage, provider: string): ContentBlockParam[] {
  const blocks: ContentBlockParam[] = [];
  const text = textOf(message.content);
  if (text !== '') blocks.push({ type: 'text', text });
  for (const call of message.tool_calls ?? []) {
    let input: unknown;
    try {
      input = call.function.arguments.trim() === '' ? {} : JSON.parse(call.function.arguments);
    } catch {
      throw badRequest(provider, `tool call ${call.id} (${call.function.name}) has arguments that are not valid JSON`, 'messages');
    }
    blocks.push({ type: 'tool_use', id: call.id, name: call.function.name, input });
  }
  return blocks;
}

/** System/developer messages become `system`; consecutive tool results share one user turn. */
function translateMessages(request: ChatRequest, provider: string): { system: string[]; messages: MessageParam[] } {
  const system: string[] = [];
  const messages: MessageParam[] = [];
  let toolTurn: ToolResultBlockParam[] | undefined;
  for (const message of request.messages) {
    if (message.role === 'tool') {
      const block: ToolResultBlockParam = { type: 'tool_result', tool_use_id: message.tool_call_id, content: textOf(message.content) };
      if (toolTurn) toolTurn.push(block);
      else {
        toolTurn = [block];
        messages.push({ role: 'user', content: toolTurn });
      }
      continue;
    }
    toolTurn = undefined;
    if (message.role === 'user') messages.push({ role: 'user', content: userContent(message.content, provider) });
    else if (message.role === 'assistant') {
      const content = assistantContent(message, provider);
      if (content.length > 0) messages.push({ role: 'assistant', content });
    } else system.push(textOf(message.content));
  }
  return { system, messages };
}

function toolChoice(choice: OpenAIToolChoice | undefined, parallel: boolean | undefined): ToolChoice | undefined {
  const disable = parallel === false ? { disable_parallel_tool_use: true } : {};
  if (choice === undefined) return parallel === false ? { type: 'auto', ...disable } : undefined;
  if (choice === 'none') return { type: 'none' };
  if (choice === 'auto') return { type: 'auto', ...disable };
  if (choice === 'required') return { type: 'any', ...disable };
  return { type: 'tool', name: choice.function.name, ...disable };
}

/** Parameters with no Anthropic equivalent: dropped, each named in a warning. */
function droppedWarnings(request: ChatRequest): string[] {
  const dropped: string[] = [];
  // The Messages API in this SDK version no longer takes sampling parameters.
  if (request.temperature !== undefined) dropped.push('temperature');
  if (request.top_p !== undefined) dropped.push('top_p');
  if (request.seed !== undefined) dropped.push('seed');
  if (request.presence_penalty !== undefined) dropped.push('presence_penalty');
  if (request.frequency_penalty !== undefined) dropped.push('frequency_penalty');
  if (request.reasoning_effort !== undefined) dropped.push('reasoning_effort');
  if (request.metadata !== undefined) dropped.push('metadata');
  dropped.push(...Object.keys(request.extra ?? {}));
  return dropped.map((name) => `${name} is not supported by this provider and was dropped`);
}

export function toAnthropicBody(request: ChatRequest, model: string, provider: string, defaultMaxTokens: number): AnthropicTranslation {
  if (request.n !== undefined && request.n > 1) throw badRequest(provider, 'n > 1 is not supported', 'n');
  const warnings = droppedWarnings(request);
  const { system, messages } = translateMessages({ ...request, messages: aliasToolCallIds(request.messages, acceptsId) }, provider);
  const body: MessageCreateParamsBase = {
    model,
    messages,
    max_tokens: request.max_completion_tokens ?? request.max_tokens ?? defaultMaxTokens,
  };
  const format = request.response_format;
  if (format?.type === 'json_schema' && format.json_schema.schema) {
    body.output_config = { format: { type: 'json_schema', schema: format.json_schema.schema } };
  } else if (format?.type === 'json_object' || format?.type === 'json_schema') {
    system.push(JSON_INSTRUCTION);
    warnings.push(JSON_EMULATION_WARNING);
  }
  if (system.length > 0) body.system = system.map((text): TextBlockParam => ({ type: 'text', text }));
  if (request.tools?.length) {
    body.tools = request.tools.map((tool) => ({
      name: tool.function.name,
      ...(tool.function.description ? { description: tool.function.description } : {}),
      input_schema: { type: 'object', ...tool.function.parameters },
    }));
  }
  const choice = toolChoice(request.tool_choice, request.parallel_tool_calls);
  if (choice && request.tools?.length) body.tool_choice = choice;
  if (request.stop !== undefined) body.stop_sequences = typeof request.stop === 'string' ? [request.stop] : request.stop;
  if (request.user !== undefined) body.metadata = { user_id: request.user };
  return { body, warnings };
}
