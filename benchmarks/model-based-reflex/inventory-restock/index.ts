// Inventory restock: hidden demand patterns; each turn the agent sees what happened and orders again.
import type { AssistantMessage, ChatMessage } from '../../../src/core/types';
import { safeScore } from '../../lib/scoring';
import { functionTool, toolCall, toolCallsReply, turnIndex, callsOf } from '../../lib/tool-calls';
import { runToolLoop } from '../../lib/tool-loop';
import type { Task, TaskRequest } from '../../types';
import { dayReport, orderOf, replayDays, simulateDay } from './replay';
import { bounds, generateInventory, HISTORY_DAYS, HOLDING_COST, LOST_SALE_COST, TURNS, weekdayName, type InventoryScenario } from './world';

const SYSTEM = [
  'You are the replenishment agent for one product in a store. Every evening you place tomorrow\'s order with',
  'the place_order tool; it arrives before opening. Demand follows patterns you must infer from what you',
  `observe. Each unit of unmet demand costs $${LOST_SALE_COST} in lost margin; each unit left on the shelf at`,
  `closing costs $${HOLDING_COST} in holding. Stock on hand plus the delivery may not exceed the capacity.`,
  'Minimise the cost of each day.',
].join('\n');

const ORDER_TOOL = functionTool('place_order', 'Order units for delivery before tomorrow\'s opening.', {
  type: 'object',
  properties: { quantity: { type: 'integer', minimum: 0, description: 'Units to order' } },
  required: ['quantity'],
  additionalProperties: false,
});

function prompt(scenario: InventoryScenario, turn: number, stock: number): string {
  const day = HISTORY_DAYS + turn;
  return `Stock on hand: ${stock}. Capacity ${scenario.capacity}, so order 0 to ${scenario.capacity - stock}. What do you order for Day ${day + 1} (${weekdayName(scenario, day)})?`;
}

function initialMessages(scenario: InventoryScenario): ChatMessage[] {
  const rows = scenario.demand
    .slice(0, HISTORY_DAYS)
    .map((demand, day) => `Day ${day + 1} (${weekdayName(scenario, day)}): customer orders ${demand}`);
  const user = [`Product: ${scenario.product}. Sales history:`, ...rows, '', prompt(scenario, 0, scenario.initialStock)].join('\n');
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: user },
  ];
}

function onReply(scenario: InventoryScenario, messages: ChatMessage[], reply: AssistantMessage) {
  const previous = replayDays(scenario, messages.slice(0, -1));
  const turn = previous.length;
  const before = turn === 0 ? scenario.initialStock : previous[turn - 1]!.stock;
  const record = simulateDay(scenario, before, turn, orderOf(reply));
  const last = turn + 1 >= TURNS;
  const report = dayReport(scenario, turn, before, record) + (last ? ' End of the review period.' : `\n${prompt(scenario, turn + 1, record.stock)}`);
  const calls = callsOf(reply);
  if (calls.length === 0) return last ? { toolMessages: [], ended: 'done' } : { toolMessages: [], followUp: report };
  // Every call gets an answer; only a single place_order call counts as the order.
  const toolMessages = calls.map((call, i) => ({ role: 'tool' as const, tool_call_id: call.id, content: i === 0 ? report : 'Ignored: one order per day.' }));
  return last ? { toolMessages, ended: 'done' } : { toolMessages };
}

function respond(scenario: InventoryScenario, request: TaskRequest, mode: 'optimal' | 'wrong'): AssistantMessage {
  const days = replayDays(scenario, request.messages);
  const stock = days.length === 0 ? scenario.initialStock : days[days.length - 1]!.stock;
  const limits = bounds(scenario, stock, scenario.demand[HISTORY_DAYS + days.length] ?? 1);
  const quantity = mode === 'optimal' ? limits.best : limits.worst;
  return toolCallsReply([toolCall(`call_${turnIndex(request.messages)}`, 'place_order', { quantity })]);
}

export const inventoryRestock: Task<InventoryScenario> = {
  id: 'inventory-restock',
  type: 'model_based_reflex',
  title: 'Inventory restock under hidden demand patterns',
  revision: 1,
  maxCallsPerScenario: TURNS,
  defaultScenarios: 8,
  generate: generateInventory,
  run: (scenario, chat) =>
    runToolLoop(
      {
        initial: initialMessages(scenario),
        maxCalls: TURNS,
        request: (messages) => ({ messages: structuredClone(messages), tools: [ORDER_TOOL], tool_choice: 'auto' }),
        onReply: (messages, reply) => onReply(scenario, messages, reply),
      },
      chat,
    ),
  score: (scenario, transcript) =>
    safeScore(() => {
      const days = replayDays(scenario, transcript.messages).slice(0, TURNS);
      const total = days.reduce((sum, day) => sum + day.score, 0);
      const diagnostics = { days: days.map((d) => ({ order: d.order, valid: d.valid, score: d.score })), turns: days.length };
      return { score: total / TURNS, diagnostics };
    }),
  solve: (scenario) => {
    const orders: number[] = [];
    let stock = scenario.initialStock;
    for (let turn = 0; turn < TURNS; turn++) {
      const { best } = bounds(scenario, stock, scenario.demand[HISTORY_DAYS + turn]!);
      const day = simulateDay(scenario, stock, turn, best);
      orders.push(best);
      stock = day.stock;
    }
    return orders;
  },
  respond,
};
