// The hidden market of market-trading: each interval's price move has a sign set by a rule over
// the observable state (order-book imbalance, volume, headline tone) that differs per scenario.
// Only the retrieved past episodes reveal which rule this market follows.
import type { Rng } from '../lib/rng';
import type { Difficulty } from '../types';
import { roundTo } from '../lib/task-kit';

export type Action = 'buy' | 'sell' | 'hold';
export const ACTIONS: readonly Action[] = ['buy', 'sell', 'hold'];

export interface MarketState {
  price: number;
  imbalance: number;
  volume: 'low' | 'high';
  tone: 'positive' | 'negative' | 'neutral';
}

export type Rule = 'imbalance-momentum' | 'imbalance-contrarian' | 'tone-momentum' | 'tone-contrarian' | 'volume-gated';

export interface Step {
  state: MarketState;
  /** Price change over the interval that follows this state. */
  move: number;
}

export function ruleSign(rule: Rule, state: MarketState): number {
  const flow = Math.sign(state.imbalance);
  const tone = state.tone === 'positive' ? 1 : state.tone === 'negative' ? -1 : 0;
  switch (rule) {
    case 'imbalance-momentum':
      return flow;
    case 'imbalance-contrarian':
      return -flow;
    case 'tone-momentum':
      return tone;
    case 'tone-contrarian':
      return -tone;
    case 'volume-gated':
      return state.volume === 'high' ? flow : -flow;
  }
}

export function drawRule(rng: Rng, difficulty: Difficulty): Rule {
  if (difficulty === 'easy') return rng.pick(['imbalance-momentum', 'imbalance-contrarian'] as const);
  if (difficulty === 'medium') return rng.pick(['imbalance-momentum', 'imbalance-contrarian', 'tone-momentum', 'tone-contrarian'] as const);
  return 'volume-gated';
}

/** An episode of `count` steps; the move sign follows the rule and is never zero. */
export function drawEpisode(rng: Rng, rule: Rule, count: number): Step[] {
  const steps: Step[] = [];
  let price = roundTo(40 + rng.next() * 160, 2);
  for (let i = 0; i < count; i++) {
    let state: MarketState;
    do {
      const magnitude = roundTo(0.1 + rng.next() * 0.85, 2);
      state = { price, imbalance: rng.chance(0.5) ? magnitude : -magnitude, volume: rng.pick(['low', 'high'] as const), tone: rng.pick(['positive', 'negative'] as const) };
    } while (ruleSign(rule, state) === 0);
    const move = roundTo(ruleSign(rule, state) * (0.2 + rng.next() * 2.3), 2);
    steps.push({ state, move });
    price = roundTo(price + move, 2);
  }
  return steps;
}

export function position(action: Action): number {
  return action === 'buy' ? 1 : action === 'sell' ? -1 : 0;
}

export function optimalAction(step: Step): Action {
  return step.move > 0 ? 'buy' : 'sell';
}

/** Best PnL with hindsight, and the best a constant position (no information) could make. */
export function pnlBounds(steps: readonly Step[]): { best: number; baseline: number } {
  const best = steps.reduce((sum, step) => sum + Math.abs(step.move), 0);
  const drift = steps.reduce((sum, step) => sum + step.move, 0);
  return { best, baseline: Math.abs(drift) };
}
