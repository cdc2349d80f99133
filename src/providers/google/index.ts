import { buildGoogleClient } from '../clients';
import type { ProviderAdapter, ProviderSettings } from '../types';
import { createGoogleAdapter } from './adapter';

export { createGoogleAdapter, type GoogleAdapterOptions } from './adapter';

export function googleAdapterFromSettings(settings: ProviderSettings): ProviderAdapter {
  return createGoogleAdapter({
    name: settings.name,
    client: buildGoogleClient(settings),
    secrets: settings.apiKey ? [settings.apiKey] : [],
  });
}
