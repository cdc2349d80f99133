// Replays the orders in a transcript: stock, per-turn scores, and the observation after each day.
import type { AssistantMessage, ChatMessage } from '../../../src/core/types';
import { extractJson, isRecord, replyText } from '../../lib/reply-text';
import { callsOf } from '../../lib/tool-calls';
import { bounds, dayCost, HISTORY_DAYS, TURNS, weekdayName, type InventoryScenario } from './world';

export interface DayRecord { order: number; valid: boolean; score: number; cost: number; stock: number }

/** The quantity a reply orders: a place_order tool call, or {"quantity": n} as JSON text. */
export function orderOf(reply: AssistantMessage): number | undefined {
  const calls = callsOf(reply);
  const call = calls.length === 1 && calls[0]!.name === 'place_order' ? calls[0] : undefined;
  const source = calls.length > 0 ? call?.args : extractJson(replyText(reply));
  const quantity = isRecord(source) ? source.quantity : undefined;
  return typeof quantity === 'number' && Number.isInteger(quantity) ? quantity : undefined;
}

/** Simulates day `turn` given the order; invalid orders ship nothing new and score 0. */
export function simulateDay(scenario: InventoryScenario, stock: number, turn: number, order: number | undefined): DayRecord {
  const demand = scenario.demand[HISTORY_DAYS + turn]!;
  const limits = bounds(scenario, stock, demand);
  const valid = order !== undefined && order >= 0 && order <= limits.maxOrder;
  const placed = valid ? order : 0;
  const cost = dayCost(stock + placed, demand);
  const score = valid ? (limits.worstCost - cost) / (limits.worstCost - limits.bestCost) : 0;
  return { order: placed, valid, score, cost, stock: Math.max(0, stock + placed - demand) };
}

export function replayDays(scenario: InventoryScenario, messages: readonly ChatMessage[]): DayRecord[] {
  const days: DayRecord[] = [];
  let stock = scenario.initialStock;
  for (const message of messages) {
    if (message.role !== 'assistant') continue;
    if (days.length >= TURNS) break;
    const day = simulateDay(scenario, stock, days.length, orderOf(message));
    days.push(day);
    stock = day.stock;
  }
  return days;
}

export function dayReport(scenario: InventoryScenario, turn: number, before: number, record: DayRecord): string {
  const day = HISTORY_DAYS + turn;
  const demand = scenario.demand[day]!;
  const shipped = Math.min(before + record.order, demand);
  const head = record.valid ? `Delivered ${record.order} before opening.` : `Order rejected (must be a whole number from 0 to ${scenario.capacity - before}); nothing delivered.`;
  return `${head} Day ${day + 1} (${weekdayName(scenario, day)}): customer orders ${demand}, shipped ${shipped}, lost sales ${demand - shipped}, closing stock ${record.stock}.`;
}
