// The curated list of models the shipped catalog offers. Prices, context windows and capability
// flags come from the frozen price snapshot (see build-catalog.ts); this list only says which
// snapshot entry backs which gateway id, and which provider instance serves it.

export interface CuratedModel {
  /** Gateway id, `<provider>/<name>`. */
  id: string;
  /** Provider instance name in the gateway's config. */
  provider: string;
  /** Model name the upstream API expects. */
  upstream: string;
  /** Key in the litellm price snapshot. */
  priceKey: string;
  displayName: string;
  openWeight?: boolean;
  /**
   * JSON mode (response_format json_object) where the snapshot has no flag for it: every listed
   * provider's chat API accepts json_object even when it lacks strict json_schema support.
   */
  jsonMode?: boolean;
}

// Current models (newest per tier in the 2026-07-24 snapshot that the installed official SDKs also
// name), plus 2025 models a public leaderboard covers, so some priors rest on real figures.
// claude-sonnet-4-5 is out: the Anthropic SDK warns on every call (end-of-life 2026-11-30).
export const CURATED_MODELS: readonly CuratedModel[] = [
  // OpenAI, current: flagship, previous flagship, mid, small.
  { id: 'openai/gpt-5.6', provider: 'openai', upstream: 'gpt-5.6', priceKey: 'gpt-5.6', displayName: 'GPT-5.6' },
  { id: 'openai/gpt-5.5', provider: 'openai', upstream: 'gpt-5.5', priceKey: 'gpt-5.5', displayName: 'GPT-5.5' },
  { id: 'openai/gpt-5.4-mini', provider: 'openai', upstream: 'gpt-5.4-mini', priceKey: 'gpt-5.4-mini', displayName: 'GPT-5.4 mini' },
  { id: 'openai/gpt-5.4-nano', provider: 'openai', upstream: 'gpt-5.4-nano', priceKey: 'gpt-5.4-nano', displayName: 'GPT-5.4 nano' },
  // OpenAI, 2025 and still served: HELM and/or AstaBench rows (gpt-4.1-mini kept as a cheap non-reasoner).
  { id: 'openai/gpt-5', provider: 'openai', upstream: 'gpt-5', priceKey: 'gpt-5', displayName: 'GPT-5' },
  { id: 'openai/gpt-5-mini', provider: 'openai', upstream: 'gpt-5-mini', priceKey: 'gpt-5-mini', displayName: 'GPT-5 mini' },
  { id: 'openai/gpt-4.1', provider: 'openai', upstream: 'gpt-4.1', priceKey: 'gpt-4.1', displayName: 'GPT-4.1' },
  { id: 'openai/gpt-4.1-mini', provider: 'openai', upstream: 'gpt-4.1-mini', priceKey: 'gpt-4.1-mini', displayName: 'GPT-4.1 mini' },
  { id: 'openai/o4-mini', provider: 'openai', upstream: 'o4-mini', priceKey: 'o4-mini', displayName: 'o4-mini' },
  // Anthropic: flagship, mid, small.
  { id: 'anthropic/claude-opus-5', provider: 'anthropic', upstream: 'claude-opus-5', priceKey: 'claude-opus-5', displayName: 'Claude Opus 5' },
  { id: 'anthropic/claude-sonnet-5', provider: 'anthropic', upstream: 'claude-sonnet-5', priceKey: 'claude-sonnet-5', displayName: 'Claude Sonnet 5' },
  { id: 'anthropic/claude-haiku-4-5', provider: 'anthropic', upstream: 'claude-haiku-4-5', priceKey: 'claude-haiku-4-5', displayName: 'Claude Haiku 4.5' },
  // Google, current: flagship, mid, small.
  { id: 'google/gemini-3.1-pro-preview', provider: 'google', upstream: 'gemini-3.1-pro-preview', priceKey: 'gemini/gemini-3.1-pro-preview', displayName: 'Gemini 3.1 Pro (preview)' },
  { id: 'google/gemini-3.6-flash', provider: 'google', upstream: 'gemini-3.6-flash', priceKey: 'gemini/gemini-3.6-flash', displayName: 'Gemini 3.6 Flash' },
  { id: 'google/gemini-3.5-flash-lite', provider: 'google', upstream: 'gemini-3.5-flash-lite', priceKey: 'gemini/gemini-3.5-flash-lite', displayName: 'Gemini 3.5 Flash-Lite' },
  // Google, 2025 and still served (gemini-2.5-flash has AstaBench rows).
  { id: 'google/gemini-2.5-flash', provider: 'google', upstream: 'gemini-2.5-flash', priceKey: 'gemini/gemini-2.5-flash', displayName: 'Gemini 2.5 Flash' },
  { id: 'google/gemini-2.5-flash-lite', provider: 'google', upstream: 'gemini-2.5-flash-lite', priceKey: 'gemini/gemini-2.5-flash-lite', displayName: 'Gemini 2.5 Flash-Lite' },
  // Open weights on Groq.
  { id: 'groq/gpt-oss-120b', provider: 'groq', upstream: 'openai/gpt-oss-120b', priceKey: 'groq/openai/gpt-oss-120b', displayName: 'gpt-oss-120b (Groq)', openWeight: true },
  { id: 'groq/llama-3.3-70b', provider: 'groq', upstream: 'llama-3.3-70b-versatile', priceKey: 'groq/llama-3.3-70b-versatile', displayName: 'Llama 3.3 70B (Groq)', openWeight: true, jsonMode: true },
  { id: 'groq/kimi-k2-instruct', provider: 'groq', upstream: 'moonshotai/kimi-k2-instruct-0905', priceKey: 'groq/moonshotai/kimi-k2-instruct-0905', displayName: 'Kimi K2 Instruct (Groq)', openWeight: true, jsonMode: true },
];
