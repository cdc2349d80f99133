// OpenAI-compatible servers (vLLM, Ollama, llama.cpp, Groq, Together): the OpenAI adapter with
// a required baseURL, and tolerance for servers that report no usage.
import { buildOpenAIClient } from '../clients';
import { createOpenAIAdapter } from '../openai/adapter';
import type { ProviderAdapter, ProviderSettings } from '../types';

export function openAICompatibleAdapterFromSettings(settings: ProviderSettings): ProviderAdapter {
  if (!settings.baseURL) throw new Error(`provider "${settings.name}": openai-compatible needs a baseURL`);
  return createOpenAIAdapter({
    name: settings.name,
    client: buildOpenAIClient(settings),
    secrets: settings.apiKey ? [settings.apiKey] : [],
    streamUsage: true,
    tolerateNoUsage: true,
  });
}
