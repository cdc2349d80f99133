// The assumptions behind shipped priors (documented in docs/priors.md). None of this is measured.
import type { AgentType } from '../src/core/types';

export type Tier = 'frontier' | 'mid' | 'small' | 'tiny';

export interface ModelAssumption {
  tier: Tier;
  /** Spends hidden reasoning tokens by default (priced as output). */
  reasoning: boolean;
  /** Assumed time to first token and output throughput (tier figures, not measured). */
  ttftMs: number;
  tokensPerSecond: number;
  /** Leaderboard rows that are this exact model. */
  helm?: string;
  asta?: string;
  /** A predecessor's HELM row, used as a proxy with a wider interval and said so. */
  helmProxy?: string;
}

// Latency figures are tier guesses; models without a helm/asta row get the tier estimate.
export const MODEL_ASSUMPTIONS: Readonly<Record<string, ModelAssumption>> = {
  'openai/gpt-5.6': { tier: 'frontier', reasoning: true, ttftMs: 900, tokensPerSecond: 60 },
  'openai/gpt-5.5': { tier: 'frontier', reasoning: true, ttftMs: 900, tokensPerSecond: 60 },
  'openai/gpt-5.4-mini': { tier: 'mid', reasoning: true, ttftMs: 700, tokensPerSecond: 90 },
  'openai/gpt-5.4-nano': { tier: 'small', reasoning: true, ttftMs: 500, tokensPerSecond: 140 },
  'openai/gpt-5': { tier: 'frontier', reasoning: true, ttftMs: 900, tokensPerSecond: 60, helm: 'GPT-5 (2025-08-07)', asta: 'gpt-5' },
  'openai/gpt-5-mini': { tier: 'mid', reasoning: true, ttftMs: 700, tokensPerSecond: 90, helm: 'GPT-5 mini (2025-08-07)', asta: 'gpt-5-mini' },
  'openai/gpt-4.1': { tier: 'mid', reasoning: false, ttftMs: 500, tokensPerSecond: 80, asta: 'gpt-4.1' },
  'openai/gpt-4.1-mini': { tier: 'small', reasoning: false, ttftMs: 400, tokensPerSecond: 110 },
  'openai/o4-mini': { tier: 'mid', reasoning: true, ttftMs: 800, tokensPerSecond: 110, helm: 'o4-mini (2025-04-16)' },
  // No proxy rows: HELM's Claude 4 rows are several generations older than these models.
  'anthropic/claude-opus-5': { tier: 'frontier', reasoning: false, ttftMs: 1500, tokensPerSecond: 40 },
  'anthropic/claude-sonnet-5': { tier: 'frontier', reasoning: false, ttftMs: 1000, tokensPerSecond: 65 },
  'anthropic/claude-haiku-4-5': { tier: 'mid', reasoning: false, ttftMs: 600, tokensPerSecond: 110 },
  'google/gemini-3.1-pro-preview': { tier: 'frontier', reasoning: true, ttftMs: 1500, tokensPerSecond: 100 },
  'google/gemini-3.6-flash': { tier: 'mid', reasoning: true, ttftMs: 600, tokensPerSecond: 180 },
  'google/gemini-3.5-flash-lite': { tier: 'small', reasoning: false, ttftMs: 400, tokensPerSecond: 250 },
  'google/gemini-2.5-flash': { tier: 'mid', reasoning: true, ttftMs: 600, tokensPerSecond: 180, asta: 'gemini-2.5-flash' },
  'google/gemini-2.5-flash-lite': { tier: 'small', reasoning: false, ttftMs: 400, tokensPerSecond: 250 },
  'groq/gpt-oss-120b': { tier: 'mid', reasoning: true, ttftMs: 300, tokensPerSecond: 450, helm: 'gpt-oss-120b' },
  'groq/llama-3.3-70b': { tier: 'small', reasoning: false, ttftMs: 250, tokensPerSecond: 300 },
  'groq/kimi-k2-instruct': { tier: 'mid', reasoning: false, ttftMs: 400, tokensPerSecond: 220, helm: 'Kimi K2 Instruct' },
};

/** Tier estimates per type, used where no public figure maps to the type. */
export const TIER_SCORES: Readonly<Record<Tier, Record<AgentType, number>>> = {
  frontier: { simple_reflex: 0.9, model_based_reflex: 0.78, goal_based: 0.74, utility_based: 0.74, learning: 0.72 },
  mid: { simple_reflex: 0.87, model_based_reflex: 0.7, goal_based: 0.65, utility_based: 0.65, learning: 0.63 },
  small: { simple_reflex: 0.82, model_based_reflex: 0.6, goal_based: 0.52, utility_based: 0.52, learning: 0.54 },
  tiny: { simple_reflex: 0.76, model_based_reflex: 0.48, goal_based: 0.4, utility_based: 0.4, learning: 0.44 },
};

/** Half-widths of the 95% interval: public figure, predecessor proxy, tier estimate. */
export const HALF_WIDTH = { figure: 0.15, proxy: 0.2, tier: 0.25 } as const;

/** Typical request shape per type (calls per task, tokens per call), from the suite's design. */
export const TYPICAL_TOKENS: Readonly<Record<AgentType, { calls: number; input: number; output: number; reasoning: number }>> = {
  simple_reflex: { calls: 1, input: 400, output: 20, reasoning: 200 },
  model_based_reflex: { calls: 6, input: 2500, output: 80, reasoning: 500 },
  goal_based: { calls: 4, input: 1500, output: 300, reasoning: 1500 },
  utility_based: { calls: 1, input: 1500, output: 400, reasoning: 2000 },
  learning: { calls: 3, input: 3000, output: 150, reasoning: 1000 },
};

/** Assumed share of failed calls for a prior. */
export const PRIOR_ERROR_RATE = 0.01;
