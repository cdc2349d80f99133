// Utility-based: read the news, allocate a budget across assets (and cash) under a per-asset cap.
// Score: profit / optimal profit, negatives clipped to 0; an invalid allocation scores 0.
import { createRng } from '../lib/rng';
import { field, isObject, replyObject, toNumber, type JsonObject } from '../lib/reply-json';
import { guardScore, jsonReply, jsonSchemaFormat, runSingleCall, zero } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest } from '../types';
import { COMPANIES, drawNews, trueReturns, type Asset, type NewsItem } from './portfolio-news';

export interface PortfolioScenario {
  difficulty: Difficulty;
  assets: Asset[];
  news: NewsItem[];
  cap: number;
  budget: number;
  request: TaskRequest;
}

type Allocation = Record<string, number>;
const CASH = 'CASH';
const SIZES: Record<Difficulty, { assets: number; distractors: number; cap: number }> = {
  easy: { assets: 4, distractors: 2, cap: 0.5 },
  medium: { assets: 5, distractors: 4, cap: 0.5 },
  hard: { assets: 6, distractors: 6, cap: 0.4 },
};

/** Fill the best positive returns up to the cap; the rest stays in cash. */
export function optimalAllocation(returns: Record<string, number>, cap: number): Allocation {
  const allocation: Allocation = {};
  let left = 1;
  const ranked = Object.entries(returns).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [ticker, value] of ranked) {
    if (value <= 0 || left <= 0) break;
    allocation[ticker] = Math.min(cap, left);
    left = Number((left - allocation[ticker]).toFixed(10));
  }
  if (left > 0) allocation[CASH] = left;
  return allocation;
}

function profitOf(allocation: Allocation, returns: Record<string, number>, budget: number): number {
  return Object.entries(allocation).reduce((sum, [ticker, weight]) => sum + (budget * weight * (returns[ticker] ?? 0)) / 100, 0);
}

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['allocations'],
  properties: {
    allocations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['asset', 'weight'],
        properties: { asset: { type: 'string' }, weight: { type: 'number' } },
      },
    },
  },
};

function buildRequest(assets: readonly Asset[], news: readonly NewsItem[], cap: number, budget: number): TaskRequest {
  const capPercent = Math.round(cap * 100);
  const user = [
    `Budget: $${budget}. Investable assets (at most ${capPercent}% of the budget in any one asset; ${CASH} earns 0% and has no cap):`,
    ...assets.map((asset) => `- ${asset.ticker} (${asset.name}), price $${asset.price}`),
    `- ${CASH}`,
    '',
    "Today's news desk feed:",
    ...news.map((item, i) => `${i + 1}. ${item.text}`),
    '',
    'Each asset returns the sum of the desk estimates of the news that affects its price over the holding period; ' +
      'news that is already priced in, denied, about companies outside the list, or irrelevant to earnings does not move it.',
    `Return {"allocations": [{"asset": "TICKER", "weight": 0.25}, ...]}: weights between 0 and 1 that sum to 1, ${CASH} included.`,
  ].join('\n');
  return {
    messages: [
      { role: 'system', content: 'You are a portfolio allocation agent. Choose the one allocation that maximises expected profit over the holding period within the mandate limits.' },
      { role: 'user', content: user },
    ],
    response_format: jsonSchemaFormat('portfolio_allocation', SCHEMA),
  };
}

function drawScenario(seed: number, difficulty: Difficulty): Omit<PortfolioScenario, 'request'> {
  const rng = createRng(`portfolio-choice:${difficulty}:${seed}`);
  const { assets: n, distractors, cap } = SIZES[difficulty];
  for (;;) {
    const picked = rng.shuffle(COMPANIES);
    const assets = picked.slice(0, n);
    const news = drawNews(rng, assets, picked.slice(n), difficulty, distractors);
    const values = Object.values(trueReturns(assets, news));
    // Needs a real choice: at least two winners and one loser.
    if (values.filter((v) => v > 0).length >= 2 && values.some((v) => v < 0)) return { difficulty, assets, news, cap, budget: 100000 };
  }
}

/** Weights from {allocations: [...]}, or a {TICKER: weight} map; percent or dollar splits are rescaled. */
function parseAllocation(object: JsonObject, budget: number): Allocation | string {
  const list = field(object, 'allocations', 'allocation', 'weights', 'portfolio');
  const pairs: Array<[unknown, unknown]> = Array.isArray(list)
    ? list.map((item) => (isObject(item) ? [field(item, 'asset', 'ticker', 'symbol'), field(item, 'weight', 'fraction', 'amount')] : [null, null]))
    : Object.entries(isObject(list) ? list : object);
  const allocation: Allocation = {};
  for (const [rawTicker, rawWeight] of pairs.slice(0, 50)) {
    const weight = toNumber(rawWeight);
    if (typeof rawTicker !== 'string' || weight === null || weight < 0) return 'allocation entry without asset or non-negative weight';
    const ticker = rawTicker.trim().toUpperCase();
    allocation[ticker] = (allocation[ticker] ?? 0) + weight;
  }
  const total = Object.values(allocation).reduce((a, b) => a + b, 0);
  const scale = Math.abs(total - 100) < 1 ? 100 : Math.abs(total - budget) < budget / 100 ? budget : 1;
  for (const ticker of Object.keys(allocation)) allocation[ticker] = allocation[ticker]! / scale;
  return allocation;
}

function violation(allocation: Allocation, scenario: PortfolioScenario): string | null {
  const known = new Set([CASH, ...scenario.assets.map((a) => a.ticker)]);
  let total = 0;
  for (const [ticker, weight] of Object.entries(allocation)) {
    if (!known.has(ticker)) return `unknown asset ${ticker}`;
    if (ticker !== CASH && weight > scenario.cap + 1e-6) return `${ticker} over the ${scenario.cap} cap`;
    total += weight;
  }
  return Math.abs(total - 1) > 0.01 ? `weights sum to ${total.toFixed(3)}, not 1` : null;
}

export const portfolioChoice: Task<PortfolioScenario> = {
  id: 'portfolio-choice',
  type: 'utility_based',
  title: 'Portfolio choice: news with distractors to one capped allocation',
  revision: 1,
  maxCallsPerScenario: 1,
  defaultScenarios: 10,
  generate(seed, difficulty) {
    const base = drawScenario(seed, difficulty);
    return { ...base, request: buildRequest(base.assets, base.news, base.cap, base.budget) };
  },
  run: (scenario, chat) => runSingleCall(scenario.request, chat),
  score(scenario, transcript) {
    return guardScore(() => {
      const parsed = replyObject(transcript.replies[transcript.replies.length - 1]);
      if (!parsed.ok) return zero(`unparseable: ${parsed.error}`);
      const allocation = parseAllocation(parsed.value, scenario.budget);
      if (typeof allocation === 'string') return zero(`unparseable: ${allocation}`);
      const invalid = violation(allocation, scenario);
      if (invalid) return zero(`invalid allocation: ${invalid}`);
      const returns = trueReturns(scenario.assets, scenario.news);
      const profit = profitOf(allocation, returns, scenario.budget);
      const optimal = profitOf(optimalAllocation(returns, scenario.cap), returns, scenario.budget);
      return { score: Math.max(0, profit) / optimal, diagnostics: { profit, optimal } };
    });
  },
  solve: (scenario) => optimalAllocation(trueReturns(scenario.assets, scenario.news), scenario.cap),
  respond(scenario, _request, mode) {
    const returns = trueReturns(scenario.assets, scenario.news);
    const allocation = mode === 'optimal' ? optimalAllocation(returns, scenario.cap) : worstAllocation(returns, scenario.cap);
    return jsonReply({ allocations: Object.entries(allocation).map(([asset, weight]) => ({ asset, weight })) });
  },
};

/** Wrong: the cap in the biggest loser, the rest in cash, so profit is negative. */
function worstAllocation(returns: Record<string, number>, cap: number): Allocation {
  const [ticker] = Object.entries(returns).sort((a, b) => a[1] - b[1])[0]!;
  return { [ticker]: cap, [CASH]: Number((1 - cap).toFixed(10)) };
}
