// Cost of one call from provider usage and the frozen catalog prices (USD per million tokens).
//
// Usage follows OpenAI semantics (see core Usage): inputTokens include cached reads and cache
// writes; outputTokens include reasoning. So:
//   uncached input x input price + cached reads x cached price (input price if none)
//   + cache writes x write price (input price if none)
//   + non-reasoning output x output price + reasoning x reasoning price (output price if none).
// Reasoning is billed as output by every current provider; a separate reasoning price is only
// used when the snapshot has one.
import type { ModelPrices } from '../core/catalog/types';
import type { Usage } from '../core/types';

const PER_TOKEN = 1 / 1_000_000;

export function callCostUsd(usage: Usage, prices: ModelPrices): number {
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const writes = Math.min(usage.cacheWriteTokens, usage.inputTokens - cached);
  const uncached = usage.inputTokens - cached - writes;
  const reasoning = Math.min(usage.reasoningTokens, usage.outputTokens);
  const visibleOutput = usage.outputTokens - reasoning;
  const micro =
    uncached * prices.inputPerMTok +
    cached * (prices.cachedInputPerMTok ?? prices.inputPerMTok) +
    writes * (prices.cacheWritePerMTok ?? prices.inputPerMTok) +
    visibleOutput * prices.outputPerMTok +
    reasoning * (prices.reasoningPerMTok ?? prices.outputPerMTok);
  return micro * PER_TOKEN;
}

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    reasoningTokens: a.reasoningTokens + b.reasoningTokens,
    cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
    cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
  };
}
