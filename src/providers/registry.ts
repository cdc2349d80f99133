// settings.type -> adapter. SDK clients are built once here, per configured provider instance.
import { anthropicAdapterFromSettings } from './anthropic';
import { googleAdapterFromSettings } from './google';
import { openAIAdapterFromSettings } from './openai';
import { openAICompatibleAdapterFromSettings } from './openai-compatible';
import { createSimAdapter, shippedSimModels } from './sim';
import type { ProviderAdapter, ProviderSettings } from './types';

export type AdapterFactory = (settings: ProviderSettings) => ProviderAdapter;

/** One factory per adapter kind. */
export const adapterFactories: Partial<Record<ProviderSettings['type'], AdapterFactory>> = {
  openai: openAIAdapterFromSettings,
  'openai-compatible': openAICompatibleAdapterFromSettings,
  anthropic: anthropicAdapterFromSettings,
  google: googleAdapterFromSettings,
  sim: (settings) => createSimAdapter(settings, shippedSimModels()),
};

export function createAdapter(settings: ProviderSettings): ProviderAdapter {
  const factory = adapterFactories[settings.type];
  if (!factory) throw new Error(`provider "${settings.name}": no adapter for type "${settings.type}"`);
  return factory(settings);
}
