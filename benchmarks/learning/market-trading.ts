// Learning: the agent recalls past episodes on an instrument (a recall_memory tool call and its
// real result: states, actions, price changes, PnL), then trades a new episode step by step.
// Score: (PnL - baseline) / (best - baseline), clipped to 0, where best is hindsight-perfect
// trading and baseline the best constant position (always long, always short or flat): doing no
// better than a no-information strategy scores 0.
import type { AssistantMessage, ChatMessage, FunctionTool } from '../../src/core/types';
import { createRng } from '../lib/rng';
import { field, replyObject, replyText } from '../lib/reply-json';
import { countRole, guardScore, roundTo, toolCallReply } from '../lib/task-kit';
import type { Difficulty, Task, Transcript } from '../types';
import { drawEpisode, drawRule, optimalAction, pnlBounds, position, ACTIONS, type Action, type MarketState, type Rule, type Step } from './market-model';

export interface MarketScenario {
  difficulty: Difficulty;
  symbol: string;
  rule: Rule;
  memories: Array<{ steps: Step[]; actions: Action[] }>;
  steps: Step[];
}

const STEPS = 4;
const MEMORY_COUNT: Record<Difficulty, number> = { easy: 2, medium: 3, hard: 4 };
const SYMBOLS = ['ZEPH', 'KORU', 'VANTA', 'MIRO', 'TESSA', 'OBRA', 'LUMEN', 'CAIRN'];

const TOOLS: FunctionTool[] = [
  { type: 'function', function: { name: 'recall_memory', description: 'Retrieve past trading episodes and their outcomes from long-term memory.', parameters: { type: 'object', required: ['query'], properties: { query: { type: 'string' } } } } },
  { type: 'function', function: { name: 'place_order', description: 'Set the position for the next interval.', parameters: { type: 'object', additionalProperties: false, required: ['action'], properties: { action: { type: 'string', enum: [...ACTIONS] } } } } },
];

function stateJson(state: MarketState) {
  return { price: state.price, order_book_imbalance: state.imbalance, volume: state.volume, headline_tone: state.tone };
}

function memoryText(scenario: MarketScenario): string {
  const episodes = scenario.memories.map((memory, i) => {
    const rows = memory.steps.map((step, k) => {
      const action = memory.actions[k]!;
      return { ...stateJson(step.state), action, price_change: step.move, pnl: roundTo(position(action) * step.move, 2) };
    });
    return { episode: `${scenario.symbol}-${i + 1}`, steps: rows, total_pnl: roundTo(rows.reduce((sum, row) => sum + row.pnl, 0), 2) };
  });
  return JSON.stringify({ symbol: scenario.symbol, episodes });
}

function prefix(scenario: MarketScenario): ChatMessage[] {
  const system =
    `You are a trading agent for the instrument ${scenario.symbol}. At each step you see the market state and call place_order: ` +
    'buy = hold one unit long over the next interval, sell = hold one unit short, hold = stay flat. Positions close at the end of ' +
    'each interval. This instrument has its own habits; your memory holds past episodes on it with their real outcomes.';
  const first = `New episode on ${scenario.symbol}: ${STEPS} decision steps. Step 1 state: ${JSON.stringify(stateJson(scenario.steps[0]!.state))}`;
  return [
    { role: 'system', content: system },
    { role: 'user', content: first },
    toolCallReply('call_memory', 'recall_memory', { query: `${scenario.symbol} past episodes` }),
    { role: 'tool', tool_call_id: 'call_memory', content: memoryText(scenario) },
  ];
}

/** The order in a reply: a place_order call or JSON {"action": ...}, else a bare action word. */
export function orderOf(reply: AssistantMessage | undefined): Action | null {
  const parsed = replyObject(reply, 'place_order');
  const raw = parsed.ok ? field(parsed.value, 'action', 'order', 'side') : replyText(reply).replace(/[.!*`"']/g, '');
  const word = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  return (ACTIONS as readonly string[]).includes(word) ? (word as Action) : null;
}

function outcome(scenario: MarketScenario, k: number, action: Action | null, pnlSoFar: number): string {
  const step = scenario.steps[k]!;
  const pnl = roundTo(position(action ?? 'hold') * step.move, 2);
  const next = scenario.steps[k + 1];
  return JSON.stringify({
    filled: action ?? 'none (no valid order: stayed flat)',
    price_change: step.move,
    step_pnl: pnl,
    episode_pnl: roundTo(pnlSoFar + pnl, 2),
    ...(next ? { step: k + 2, state: stateJson(next.state) } : {}),
  });
}

async function run(scenario: MarketScenario, chat: Parameters<Task['run']>[1]): Promise<Transcript> {
  const messages = prefix(scenario);
  const replies: AssistantMessage[] = [];
  let pnl = 0;
  for (let k = 0; k < scenario.steps.length; k++) {
    const reply = (await chat({ messages: structuredClone(messages), tools: TOOLS })).message;
    replies.push(reply);
    messages.push(reply);
    if (k === scenario.steps.length - 1) break;
    const action = orderOf(reply);
    const text = outcome(scenario, k, action, pnl);
    pnl = roundTo(pnl + position(action ?? 'hold') * scenario.steps[k]!.move, 2);
    const calls = Array.isArray(reply.tool_calls) ? reply.tool_calls : [];
    if (calls.length === 0) messages.push({ role: 'user', content: `Market update: ${text}` });
    calls.forEach((call, i) => messages.push({ role: 'tool', tool_call_id: String(call?.id ?? `call_${i}`), content: i === 0 ? text : '{"error":"one order per step"}' }));
  }
  return { messages, replies, calls: replies.length };
}

function drawScenario(seed: number, difficulty: Difficulty): MarketScenario {
  const rng = createRng(`market-trading:${difficulty}:${seed}`);
  const rule = drawRule(rng, difficulty);
  const memories = Array.from({ length: MEMORY_COUNT[difficulty] }, () => {
    const steps = drawEpisode(rng, rule, 5);
    return { steps, actions: steps.map(() => rng.pick(ACTIONS)) };
  });
  // The new episode must move both ways, so hindsight beats every constant position.
  let steps: Step[];
  do steps = drawEpisode(rng, rule, STEPS);
  while (!(steps.some((s) => s.move > 0) && steps.some((s) => s.move < 0)));
  return { difficulty, symbol: rng.pick(SYMBOLS), rule, memories, steps };
}

export const marketTrading: Task<MarketScenario> = {
  id: 'market-trading',
  type: 'learning',
  title: 'Market trading: recall past episodes, then trade a new one step by step',
  revision: 1,
  maxCallsPerScenario: STEPS,
  defaultScenarios: 8,
  generate: drawScenario,
  run,
  score(scenario, transcript) {
    return guardScore(() => {
      const actions = scenario.steps.map((_, k) => orderOf(transcript.replies[k]));
      const pnl = scenario.steps.reduce((sum, step, k) => sum + position(actions[k] ?? 'hold') * step.move, 0);
      const { best, baseline } = pnlBounds(scenario.steps);
      const unparseable = actions.filter((a) => a === null).length;
      return { score: Math.max(0, (pnl - baseline) / (best - baseline)), diagnostics: { pnl, best, baseline, unparseable } };
    });
  },
  solve: (scenario) => scenario.steps.map(optimalAction),
  respond(scenario, request, mode) {
    const k = Math.max(0, Math.min(scenario.steps.length - 1, countRole(request.messages, 'assistant') - 1));
    const best = optimalAction(scenario.steps[k]!);
    const action = mode === 'optimal' ? best : best === 'buy' ? 'sell' : 'buy';
    return toolCallReply(`call_order_${k + 1}`, 'place_order', { action });
  },
};
