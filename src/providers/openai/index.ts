import { buildOpenAIClient } from '../clients';
import type { ProviderAdapter, ProviderSettings } from '../types';
import { createOpenAIAdapter } from './adapter';

export { createOpenAIAdapter, type OpenAIAdapterOptions } from './adapter';

export function openAIAdapterFromSettings(settings: ProviderSettings): ProviderAdapter {
  return createOpenAIAdapter({
    name: settings.name,
    client: buildOpenAIClient(settings),
    secrets: settings.apiKey ? [settings.apiKey] : [],
  });
}
