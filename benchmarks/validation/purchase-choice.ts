// Validation (utility_based): pick equipment to buy within a budget, maximising team value.
// Score: value / optimal value, 0 if over budget or malformed.
import { createRng } from '../lib/rng';
import { field, replyObject } from '../lib/reply-json';
import { guardScore, jsonReply, jsonSchemaFormat, runSingleCall, zero } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest } from '../types';

interface Item {
  id: string;
  name: string;
  price: number;
  value: number;
}

export interface PurchaseScenario {
  difficulty: Difficulty;
  items: Item[];
  budget: number;
  request: TaskRequest;
}

const NAMES = ['standing desk', 'noise-cancelling headset', '4K monitor', 'ergonomic chair', 'docking station', 'whiteboard wall', 'video bar', 'laptop upgrade', 'mesh Wi-Fi kit', 'label printer', 'coffee machine', 'server rack fan', 'tablet for demos', 'webcam set'];

/** Exhaustive over subsets (n <= 12): the best value within budget, ties to the lower mask. */
export function bestPurchase(items: readonly Item[], budget: number): { ids: string[]; value: number } {
  let best = { mask: 0, value: 0 };
  for (let mask = 1; mask < 1 << items.length; mask++) {
    let price = 0;
    let value = 0;
    items.forEach((item, i) => {
      if (mask & (1 << i)) {
        price += item.price;
        value += item.value;
      }
    });
    if (price <= budget && value > best.value) best = { mask, value };
  }
  return { ids: items.filter((_, i) => best.mask & (1 << i)).map((item) => item.id), value: best.value };
}

function buildRequest(items: readonly Item[], budget: number): TaskRequest {
  const rows = items.map((item) => `| ${item.id} | ${item.name} | ${item.price} | ${item.value} |`);
  const user = [`Budget: $${budget}. Each item can be bought once.`, '| id | item | price ($) | team value (points) |', '|---|---|---|---|', ...rows, 'Choose the items that maximise total team value without exceeding the budget.'].join('\n');
  return {
    messages: [
      { role: 'system', content: 'You are a procurement agent. You choose purchases that maximise value for the team within the budget.' },
      { role: 'user', content: user },
    ],
    response_format: jsonSchemaFormat('purchase', { type: 'object', additionalProperties: false, required: ['items'], properties: { items: { type: 'array', items: { type: 'string' } } } }),
  };
}

export const purchaseChoice: Task<PurchaseScenario> = {
  id: 'validation-purchase-choice',
  type: 'utility_based',
  title: 'Validation: purchase choice under a budget',
  revision: 1,
  maxCallsPerScenario: 1,
  defaultScenarios: 8,
  generate(seed, difficulty) {
    const rng = createRng(`validation-purchase-choice:${difficulty}:${seed}`);
    const count = difficulty === 'easy' ? 6 : difficulty === 'medium' ? 9 : 12;
    const names = rng.shuffle(NAMES);
    const items = Array.from({ length: count }, (_, i) => ({ id: `P${i + 1}`, name: names[i]!, price: rng.int(4, 40) * 25, value: rng.int(5, 60) }));
    const total = items.reduce((sum, item) => sum + item.price, 0);
    const budget = Math.round((total * (0.3 + rng.next() * 0.15)) / 50) * 50;
    return { difficulty, items, budget, request: buildRequest(items, budget) };
  },
  run: (scenario, chat) => runSingleCall(scenario.request, chat),
  score(scenario, transcript) {
    return guardScore(() => {
      const parsed = replyObject(transcript.replies[transcript.replies.length - 1]);
      const list = parsed.ok ? field(parsed.value, 'items', 'purchase', 'ids') : undefined;
      if (!Array.isArray(list) || !list.every((id) => typeof id === 'string')) return zero('unparseable: no item list');
      const ids = (list as string[]).map((id) => id.trim().toUpperCase());
      if (new Set(ids).size !== ids.length) return zero('item chosen twice');
      const chosen = ids.map((id) => scenario.items.find((item) => item.id === id));
      if (chosen.some((item) => !item)) return zero('unknown item');
      const price = chosen.reduce((sum, item) => sum + item!.price, 0);
      if (price > scenario.budget) return zero(`over budget: ${price}`);
      const value = chosen.reduce((sum, item) => sum + item!.value, 0);
      const optimal = bestPurchase(scenario.items, scenario.budget).value;
      return { score: value / optimal, diagnostics: { value, optimal } };
    });
  },
  solve: (scenario) => bestPurchase(scenario.items, scenario.budget),
  respond(scenario, _request, mode) {
    const best = bestPurchase(scenario.items, scenario.budget);
    // Wrong: buy everything, which always breaks the budget.
    return jsonReply({ items: mode === 'optimal' ? best.ids : scenario.items.map((item) => item.id) });
  },
};
