import { buildAnthropicClient } from '../clients';
import type { ProviderAdapter, ProviderSettings } from '../types';
import { createAnthropicAdapter } from './adapter';

export { createAnthropicAdapter, DEFAULT_MAX_TOKENS, type AnthropicAdapterOptions } from './adapter';

export function anthropicAdapterFromSettings(settings: ProviderSettings): ProviderAdapter {
  return createAnthropicAdapter({
    name: settings.name,
    client: buildAnthropicClient(settings),
    secrets: settings.apiKey ? [settings.apiKey] : [],
  });
}
