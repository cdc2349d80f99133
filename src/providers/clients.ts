// The one place SDK clients are built (once per configured provider instance). Every option
// the SDKs would otherwise read from env (keys, base URLs, org/project, Vertex mode) is passed
// explicitly, retries are off (execute.ts owns retries and fallbacks) and the timeout is set.
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import type { ProviderSettings } from './types';

export const DEFAULT_BASE_URLS = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
  google: 'https://generativelanguage.googleapis.com',
} as const;

/** Local servers (Ollama, llama.cpp) accept any key; the SDKs refuse to start without one. */
const PLACEHOLDER_KEY = 'no-key-configured';

export function buildOpenAIClient(settings: ProviderSettings): OpenAI {
  return new OpenAI({
    apiKey: settings.apiKey ?? PLACEHOLDER_KEY,
    baseURL: settings.baseURL ?? DEFAULT_BASE_URLS.openai,
    organization: null,
    project: null,
    timeout: settings.timeoutMs,
    maxRetries: 0,
    defaultHeaders: settings.headers,
  });
}

export function buildAnthropicClient(settings: ProviderSettings): Anthropic {
  return new Anthropic({
    apiKey: settings.apiKey ?? PLACEHOLDER_KEY,
    authToken: null,
    baseURL: settings.baseURL ?? DEFAULT_BASE_URLS.anthropic,
    timeout: settings.timeoutMs,
    maxRetries: 0,
    defaultHeaders: settings.headers,
  });
}

export function buildGoogleClient(settings: ProviderSettings): GoogleGenAI {
  return new GoogleGenAI({
    apiKey: settings.apiKey ?? PLACEHOLDER_KEY,
    vertexai: false,
    httpOptions: {
      baseUrl: settings.baseURL ?? DEFAULT_BASE_URLS.google,
      timeout: settings.timeoutMs,
      ...(settings.headers ? { headers: settings.headers } : {}),
    },
  });
}
