// The store: hidden demand (weekday cycle, trend, noise), per-day costs, and per-turn best/worst.
import { createRng } from '../../lib/rng';
import { DIFFICULTIES, type Difficulty } from '../../types';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const HISTORY_DAYS = 14;
export const TURNS = 8;
export const LOST_SALE_COST = 4;
export const HOLDING_COST = 1;

export interface InventoryScenario {
  seed: number;
  difficulty: Difficulty;
  product: string;
  capacity: number;
  /** Demand per day: HISTORY_DAYS shown as history, then TURNS decision days (hidden until they happen). */
  demand: number[];
  /** Weekday index of day 0. */
  firstWeekday: number;
  /** Stock on hand at the close of the last history day. */
  initialStock: number;
  /** Hidden pattern, for diagnostics. */
  pattern: { base: number; weekly: number[]; trend: number; noise: number };
}

const PRODUCTS = ['bottled water (6-packs)', 'fresh bread loaves', 'printer paper reams', 'dog food bags', 'oat milk cartons'];

export function generateInventory(seed: number, difficulty: Difficulty): InventoryScenario {
  const rng = createRng(`inventory-restock:${seed}:${difficulty}`);
  const level = DIFFICULTIES.indexOf(difficulty);
  const base = rng.int(14, 30);
  const weekly = Array.from({ length: 7 }, () => rng.int(-6, 12));
  const trend = level === 0 ? 0 : rng.pick([-0.6, -0.4, 0.4, 0.6, 0.8]);
  const noise = [0, 0, 2][level]!;
  const days = HISTORY_DAYS + TURNS;
  const demand = Array.from({ length: days }, (_, day) => {
    const value = base + weekly[day % 7]! + Math.round(trend * day) + (noise ? rng.int(-noise, noise) : 0);
    return Math.max(1, value);
  });
  const capacity = Math.max(...demand) + rng.int(20, 40);
  const firstWeekday = rng.int(0, 6);
  return {
    seed, difficulty, product: rng.pick(PRODUCTS), capacity, demand, firstWeekday,
    initialStock: rng.int(0, Math.floor(capacity / 3)), pattern: { base, weekly, trend, noise },
  };
}

export function dayCost(available: number, demand: number): number {
  return LOST_SALE_COST * Math.max(0, demand - available) + HOLDING_COST * Math.max(0, available - demand);
}

/** Best and worst order for a day, given stock on hand (cost is convex: best at the clamp, worst at an end). */
export function bounds(scenario: InventoryScenario, stock: number, demand: number) {
  const maxOrder = scenario.capacity - stock;
  const best = Math.min(Math.max(demand - stock, 0), maxOrder);
  const worst = dayCost(stock, demand) >= dayCost(scenario.capacity, demand) ? 0 : maxOrder;
  return { best, worst, maxOrder, bestCost: dayCost(stock + best, demand), worstCost: dayCost(stock + worst, demand) };
}

export function weekdayName(scenario: InventoryScenario, day: number): string {
  return WEEKDAYS[(scenario.firstWeekday + day) % 7]!;
}
