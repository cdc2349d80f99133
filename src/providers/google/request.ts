// ChatRequest (OpenAI shape) -> Gemini generateContent parameters (SDK camelCase; the SDK
// renders the wire body). Gemini has no tool-call ids of its own in most models, so ids are
// synthesized (`call_<index>_<name>`) and never sent back; results are matched by name.
// Thought signatures come back inside tool-call ids (see thought-signature.ts).
import { FunctionCallingConfigMode, type Content, type GenerateContentConfig, type Part } from '@google/genai';
import type { AssistantMessage, ChatRequest, ContentPart, TextPart, ToolChoice } from '../../core/types';
import { ProviderError } from '../types';
import { SKIP_SIGNATURE, requiresSignatures, splitSignature } from './thought-signature';

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

interface ReplayState {
  /** Whether the upstream model rejects function calls replayed without a signature. */
  strict: boolean;
  /** Calls sent with the sentinel because their signature was never seen (another model's call). */
  unsigned: string[];
}

function modelParts(message: AssistantMessage, provider: string, replay: ReplayState): Part[] {
  const parts: Part[] = [];
  const text = textOf(message.content);
  if (text !== '') parts.push({ text });
  for (const [index, call] of (message.tool_calls ?? []).entries()) {
    let args: Record<string, unknown>;
    try {
      args = call.function.arguments.trim() === '' ? {} : (JSON.parse(call.function.arguments) as Record<string, unknown>);
    } catch {
      throw badRequest(provider, `tool call ${call.id} (${call.function.name}) has arguments that are not valid JSON`, 'messages');
    }
    const { id, signature } = splitSignature(call.id);
    const part: Part = { functionCall: { name: call.function.name, args, ...(SYNTHETIC_ID.test(id) ? {} : { id }) } };
    if (signature) part.thoughtSignature = signature;
    else if (replay.strict && index === 0) {
      // Only the first call of a turn carries a signature; parallel siblings never do.
      part.thoughtSignature = SKIP_SIGNATURE;
      replay.unsigned.push(call.function.name);
    }
    parts.push(part);
  }
  return parts;
}

function translateMessages(request: ChatRequest, provider: string, replay: ReplayState): { system: string[]; contents: Content[] } {
  const system: string[] = [];
  const contents: Content[] = [];
  const namesById = new Map<string, string>();
  let toolTurn: Part[] | undefined;
  for (const message of request.messages) {
    if (message.role === 'tool') {
      const name = namesById.get(message.tool_call_id);
      if (!name) throw badRequest(provider, `tool result ${message.tool_call_id} answers no earlier tool call`, 'messages');
      const base = splitSignature(message.tool_call_id).id;
      const id = SYNTHETIC_ID.test(base) ? {} : { id: base };
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
      const parts = modelParts(message, provider, replay);
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

/** `model` is the upstream model name; it decides whether replayed calls need signatures. */
export function toGoogleRequest(request: ChatRequest, provider: string, model = ''): GoogleTranslation {
  if (request.n !== undefined && request.n > 1) throw badRequest(provider, 'n > 1 is not supported', 'n');
  const replay: ReplayState = { strict: requiresSignatures(model), unsigned: [] };
  const { system, contents } = translateMessages(request, provider, replay);
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
  const warnings = droppedWarnings(request);
  if (replay.unsigned.length > 0) {
    warnings.push(`replayed tool calls without a Gemini thought signature (${[...new Set(replay.unsigned)].join(', ')}) were sent with skip_thought_signature_validator; pass tool_call ids back unchanged to keep the model's reasoning`);
  }
  return { contents, config, warnings };
}
