// A request that names a concrete model: no routing, but the same honesty: a model that cannot
// serve what the request asks for is refused with a 400 naming the parameter, never silently.
import { GatewayError, invalidRequest } from '../core/errors';
import type { ModelEntry } from '../core/catalog/types';
import type { ChatRequest, Plan } from '../core/types';
import type { CatalogIndex } from './catalog-index';

export function planForModel(request: ChatRequest, index: CatalogIndex): { plan: Plan; model: ModelEntry } {
  const model = index.find(request.model);
  if (!model) {
    throw new GatewayError({
      status: 404,
      message: `The model '${request.model.slice(0, 200)}' does not exist. GET /v1/models lists the models, and router/auto routes automatically.`,
      param: 'model',
      code: 'model_not_found',
    });
  }
  if (!index.isServed(model)) {
    throw new GatewayError({
      status: 400,
      message: `The model '${model.id}' is in the catalog but its provider '${model.provider}' is not configured (no API key).`,
      param: 'model',
      code: 'model_not_available',
    });
  }
  checkCapabilities(request, model);
  return { plan: { primary: model.id, fallbacks: [], policy: 'direct', reason: 'model named by the caller' }, model };
}

function checkCapabilities(request: ChatRequest, model: ModelEntry): void {
  const caps = model.capabilities;
  if (request.tools && request.tools.length > 0 && !caps.tools) {
    throw invalidRequest(`The model '${model.id}' does not support tools.`, 'tools', 'unsupported_parameter');
  }
  const format = request.response_format?.type;
  if (format === 'json_schema' && !caps.jsonSchema && !caps.json) {
    throw invalidRequest(`The model '${model.id}' does not support structured output.`, 'response_format', 'unsupported_parameter');
  }
  if (format === 'json_object' && !caps.json) {
    throw invalidRequest(`The model '${model.id}' does not support JSON mode.`, 'response_format', 'unsupported_parameter');
  }
  if (request.stream && !caps.streaming) {
    throw invalidRequest(`The model '${model.id}' does not support streaming.`, 'stream', 'unsupported_parameter');
  }
  if (!caps.vision && hasImages(request)) {
    throw invalidRequest(`The model '${model.id}' does not accept images.`, 'messages', 'unsupported_parameter');
  }
}

function hasImages(request: ChatRequest): boolean {
  for (const message of request.messages) {
    if (message.role !== 'user' || typeof message.content === 'string') continue;
    for (const part of message.content) if (part.type === 'image_url') return true;
  }
  return false;
}
