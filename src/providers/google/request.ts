// ChatRequest (OpenAI shape) -> Gemini generateContent parameters (SDK camelCase; the SDK
// renders the wire body). Gemini has no tool-call ids of its own in most models, so ids are
// synthesized (`call_<index>_<name>`) and never sent back; results are matched by name.
import { FunctionCallingConfigMode, type Content, type GenerateContentConfig, type Part } from '@google/genai';
import type { AssistantMessage, ChatRequest, ContentPart, TextPart, ToolChoice } from '../../core/types';
import { ProviderError } from '../types';

export interface GoogleTranslation {
  contents: Content[];
  config: GenerateContentConfig;
  warnings: string[];
}

const SYNTHETIC_ID = /^call_\d+_/;
export const syntheticToolCallId = (index: number, name: string) => `call_${index}_${name}`;

function badRequest(provider: string, message: string, param?: string): ProviderError {
  return new ProviderError({ kind: 'bad-request', provider, message: `${provider}: ${message}`, param });
}

function textOf(content: string | TextPart[] | null | undefined): string {
  if (typeof content === 'string') return content;
  return (content ?? []).map((part) => part.text).join('');
}

const EXTENSION_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };

function imagePart(url: string, provider: string): Part {
  const data = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (data) return { inlineData: { mimeType: data[1], data: data[2] } };
  const extension = /\.([a-z]+)(?:[?#].*)?$/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const mimeType = EXTENSION_TYPES[extension];
  if (!mimeType) throw badRequest(provider, 'image URLs must be data: URLs or end in .png, .jpg, .jpeg, .webp or .gif', 'messages');
  return { fileData: { fileUri: url, mimeType } };
}

function userParts(content: string | ContentPart[], provider: string): Part[] {
  if (typeof content === 'string') return [{ text: content }];
  return content.map((part) => (part.type === 'text' ? { text: part.text } : imagePart(part.image_url.url, provider)));
}

function modelParts(message: AssistantMessage, provider: string): Part[] {
  const parts: Part[] = [];
  const text = textOf(message.content);
  if (text !== '') parts.push({ text });
  for (const call of message.tool_calls ?? []) {
    let args: Record<string, unknown>;
    try {
      args = call.function.arguments.trim() === '' ? {} : (JSON.parse(call.function.arguments) as Record<string, unknown>);
    } catch {
      throw badRequest(provider, `tool call ${call.id} (${call.function.name}) has arguments that are not valid JSON`, 'messages');
    }
    parts.push({ functionCall: { name: call.function.name, args, ...(SYNTHETIC_ID.test(call.id) ? {} : { id: call.id }) } });
  }
  return parts;
}

function translateMessages(request: ChatRequest, provider: string): { system: string[]; contents: Content[] } {
  const system: string[] = [];
  const contents: Content[] = [];
  const namesById = new Map<string, string>();
  let toolTurn: Part[] | undefined;
  for (const message of request.messages) {
    if (message.role === 'tool') {
      const name = namesById.get(message.tool_call_id);
      if (!name) throw badRequest(provider, `tool result ${message.tool_call_id} answers no earlier tool call`, 'messages');
      const id = SYNTHETIC_ID.test(message.tool_call_id) ? {} : { id: message.tool_call_id };
      const part: Part = { functionResponse: { name, response: { content: textOf(message.content) }, ...id } };
      if (toolTurn) toolTurn.push(part);
      else {
        toolTurn = [part];
        contents.push({ role: 'user', parts: toolTurn });
      }
      continue;
    }
    toolTurn = undefined;
    if (message.role === 'user') contents.push({ role: 'user', parts: userParts(message.content, provider) });
    else if (message.role === 'assistant') {
      for (const call of message.tool_calls ?? []) namesById.set(call.id, call.function.name);
      const parts = modelParts(message, provider);
      if (parts.length > 0) contents.push({ role: 'model', parts });
    } else system.push(textOf(message.content));
  }
  return { system, contents };
}

function toolConfig(choice: ToolChoice | undefined): GenerateContentConfig['toolConfig'] {
  if (choice === undefined) return undefined;
  if (choice === 'none') return { functionCallingConfig: { mode: FunctionCallingConfigMode.NONE } };
  if (choice === 'auto') return { functionCallingConfig: { mode: FunctionCallingConfigMode.AUTO } };
  if (choice === 'required') return { functionCallingConfig: { mode: FunctionCallingConfigMode.ANY } };
  return { functionCallingConfig: { mode: FunctionCallingConfigMode.ANY, allowedFunctionNames: [choice.function.name] } };
}

function droppedWarnings(request: ChatRequest): string[] {
  const dropped: string[] = [];
  if (request.parallel_tool_calls === false) dropped.push('parallel_tool_calls');
  if (request.reasoning_effort !== undefined) dropped.push('reasoning_effort');
  if (request.metadata !== undefined) dropped.push('metadata');
  if (request.user !== undefined) dropped.push('user');
  dropped.push(...Object.keys(request.extra ?? {}));
  return dropped.map((name) => `${name} is not supported by this provider and was dropped`);
}

export function toGoogleRequest(request: ChatRequest, provider: string): GoogleTranslation {
  if (request.n !== undefined && request.n > 1) throw badRequest(provider, 'n > 1 is not supported', 'n');
  const { system, contents } = translateMessages(request, provider);
  const config: GenerateContentConfig = {};
  if (system.length > 0) config.systemInstruction = system.join('\n\n');
  if (request.tools?.length) {
    config.tools = [{
      functionDeclarations: request.tools.map((tool) => ({
        name: tool.function.name,
        ...(tool.function.description ? { description: tool.function.description } : {}),
        ...(tool.function.parameters ? { parametersJsonSchema: tool.function.parameters } : {}),
      })),
    }];
    const choice = toolConfig(request.tool_choice);
    if (choice) config.toolConfig = choice;
  }
  const format = request.response_format;
  if (format?.type === 'json_object' || format?.type === 'json_schema') config.responseMimeType = 'application/json';
  if (format?.type === 'json_schema' && format.json_schema.schema) config.responseJsonSchema = format.json_schema.schema;
  const maxTokens = request.max_completion_tokens ?? request.max_tokens;
  if (maxTokens !== undefined) config.maxOutputTokens = maxTokens;
  if (request.stop !== undefined) config.stopSequences = typeof request.stop === 'string' ? [request.stop] : request.stop;
  if (request.temperature !== undefined) config.temperature = request.temperature;
  if (request.top_p !== undefined) config.topP = request.top_p;
  if (request.seed !== undefined) config.seed = request.seed;
  if (request.presence_penalty !== undefined) config.presencePenalty = request.presence_penalty;
  if (request.frequency_penalty !== undefined) config.frequencyPenalty = request.frequency_penalty;
  return { contents, config, warnings: droppedWarnings(request) };
}
