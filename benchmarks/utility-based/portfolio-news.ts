// News generation for portfolio-choice: each asset's hidden return is the sum of the impacts of
// its price-relevant news; distractors (priced in, denied, other companies, trivia) add nothing.
import type { Rng } from '../lib/rng';
import type { Difficulty } from '../types';
import { fixed } from '../lib/task-kit';

export interface Asset {
  ticker: string;
  name: string;
  price: number;
}

export interface NewsItem {
  text: string;
  ticker: string;
  /** Percent impact on the asset's return; 0 for distractors. */
  impact: number;
}

export const COMPANIES: readonly Asset[] = [
  { ticker: 'HLXR', name: 'Helix Robotics', price: 84 },
  { ticker: 'BRNW', name: 'Brightwater Utilities', price: 42 },
  { ticker: 'QNTA', name: 'Quanta Freight', price: 120 },
  { ticker: 'MVLS', name: 'Meadowvale Foods', price: 36 },
  { ticker: 'ORCP', name: 'Orcapath Biotech', price: 150 },
  { ticker: 'STLX', name: 'Stellix Semiconductors', price: 210 },
  { ticker: 'KNDL', name: 'Kindle Ridge Mining', price: 28 },
  { ticker: 'PAVO', name: 'Pavo Airlines', price: 18 },
  { ticker: 'TRMA', name: 'Terrama Cement', price: 64 },
  { ticker: 'VYNE', name: 'Vyne Software', price: 96 },
  { ticker: 'CDRL', name: 'Cedarline Retail', price: 52 },
  { ticker: 'FJRD', name: 'Fjord Shipping', price: 24 },
];

const GOOD = [
  'wins a multi-year supply contract with a national rail operator',
  'raises full-year guidance after strong orders',
  'receives regulatory approval for its flagship product',
  'announces a buyback at a premium to the market price',
];
const BAD = [
  'recalls a product line after safety complaints',
  'loses its largest customer to a competitor',
  'is fined by the competition authority',
  'cuts guidance, citing input costs',
];
const TRIVIA = [
  'sponsors a regional marathon this weekend',
  'moves its staff cafeteria to a new caterer',
  'publishes its annual diversity report',
  'opens a new visitor centre at its headquarters',
];

function relevant(rng: Rng, asset: Asset, impact: number, difficulty: Difficulty): NewsItem {
  const event = rng.pick(impact > 0 ? GOOD : BAD);
  const sign = impact > 0 ? '+' : '-';
  // Hard scenarios quote some impacts per share, so the percent must be worked out.
  if (difficulty === 'hard' && rng.chance(0.5)) {
    const perShare = fixed((Math.abs(impact) * asset.price) / 100, 2);
    return { ticker: asset.ticker, impact, text: `${asset.name} (${asset.ticker}) ${event}; the desk estimates the effect at ${sign}$${perShare} per share over the holding period.` };
  }
  return { ticker: asset.ticker, impact, text: `${asset.name} (${asset.ticker}) ${event}; the desk estimates the effect at ${sign}${Math.abs(impact)}% over the holding period.` };
}

function distractor(rng: Rng, asset: Asset, outsider: Asset): NewsItem {
  const size = rng.int(3, 12);
  const kinds = [
    `${asset.name} (${asset.ticker}) reports last quarter's results (published a month ago, +${size}% then); the move is fully reflected in today's price.`,
    `A rumour that ${asset.name} (${asset.ticker}) is a takeover target (worth +${size}% if true) was denied by the company this morning; the desk assigns it no value.`,
    `${outsider.name} (${outsider.ticker}, not in the investable list) ${rng.pick(GOOD)}; the desk estimates +${size}% for ${outsider.ticker}.`,
    `${asset.name} (${asset.ticker}) ${rng.pick(TRIVIA)}; no effect on earnings expected.`,
  ];
  return { ticker: asset.ticker, impact: 0, text: rng.pick(kinds) };
}

/** One to two relevant items per asset, impacts in whole percent, plus distractors. */
export function drawNews(rng: Rng, assets: readonly Asset[], outsiders: readonly Asset[], difficulty: Difficulty, distractors: number): NewsItem[] {
  const items: NewsItem[] = [];
  for (const asset of assets) {
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const magnitude = rng.int(2, 9);
      items.push(relevant(rng, asset, rng.chance(0.5) ? magnitude : -magnitude, difficulty));
    }
  }
  for (let k = 0; k < distractors; k++) items.push(distractor(rng, rng.pick(assets), rng.pick(outsiders)));
  return rng.shuffle(items);
}

export function trueReturns(assets: readonly Asset[], news: readonly NewsItem[]): Record<string, number> {
  const returns: Record<string, number> = {};
  for (const asset of assets) returns[asset.ticker] = news.filter((item) => item.ticker === asset.ticker).reduce((sum, item) => sum + item.impact, 0);
  return returns;
}
