// Validation (goal_based): plan fills, empties and pours until one jug holds the target amount.
// Score: optimal plan length / plan length if the plan is valid and ends at the goal, else 0.
import { createRng } from '../lib/rng';
import { field, replyObject } from '../lib/reply-json';
import { guardScore, jsonReply, jsonSchemaFormat, runSingleCall, zero } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest } from '../types';

export interface JugsScenario {
  difficulty: Difficulty;
  capacities: number[];
  target: number;
  request: TaskRequest;
}

const NAMES = ['A', 'B', 'C'];
type State = number[];

interface Move {
  kind: 'fill' | 'empty' | 'pour';
  from: number;
  to: number;
  label: string;
}

function applyMove(capacities: readonly number[], state: State, move: Move): State {
  const next = state.slice();
  if (move.kind === 'fill') next[move.from] = capacities[move.from]!;
  else if (move.kind === 'empty') next[move.from] = 0;
  else {
    const amount = Math.min(next[move.from]!, capacities[move.to]! - next[move.to]!);
    next[move.from]! -= amount;
    next[move.to]! += amount;
  }
  return next;
}

function moves(count: number): Move[] {
  const jugs = Array.from({ length: count }, (_, i) => i);
  return [
    ...jugs.map((i): Move => ({ kind: 'fill', from: i, to: i, label: `fill ${NAMES[i]}` })),
    ...jugs.map((i): Move => ({ kind: 'empty', from: i, to: i, label: `empty ${NAMES[i]}` })),
    ...jugs.flatMap((a) => jugs.filter((b) => b !== a).map((b): Move => ({ kind: 'pour', from: a, to: b, label: `pour ${NAMES[a]} ${NAMES[b]}` }))),
  ];
}

/** The successor of a state under one action like "fill A", "empty B", "pour A into B"; null if malformed. */
export function applyAction(capacities: readonly number[], state: State, action: string): State | null {
  const label = action.trim().toLowerCase().replace(/\s+/g, ' ').replace(/ (into|to) /, ' ').replace(/ jug /g, ' ');
  const move = moves(capacities.length).find((m) => m.label.toLowerCase() === label);
  return move ? applyMove(capacities, state, move) : null;
}

/** Breadth-first search over integer-encoded states: a shortest plan, or null if unreachable. */
export function shortestPlan(capacities: readonly number[], target: number): string[] | null {
  const all = moves(capacities.length);
  const encode = (state: State) => state.reduce((key, v) => key * 32 + v, 0);
  const previous = new Map<number, { from: number; move: Move } | null>([[0, null]]);
  const queue: State[] = [capacities.map(() => 0)];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (state.includes(target)) {
      const plan: string[] = [];
      for (let step = previous.get(encode(state)); step; step = previous.get(step.from)) plan.unshift(step.move.label);
      return plan;
    }
    for (const move of all) {
      const next = applyMove(capacities, state, move);
      const key = encode(next);
      if (previous.has(key)) continue;
      previous.set(key, { from: encode(state), move });
      queue.push(next);
    }
  }
  return null;
}

function drawScenario(seed: number, difficulty: Difficulty): Omit<JugsScenario, 'request'> {
  const rng = createRng(`validation-water-jugs:${difficulty}:${seed}`);
  for (;;) {
    const count = difficulty === 'hard' ? 3 : 2;
    const capacities = Array.from({ length: count }, () => rng.int(2, difficulty === 'easy' ? 9 : 15));
    const target = rng.int(1, Math.max(...capacities) - 1);
    const plan = shortestPlan(capacities, target);
    const minimum = difficulty === 'easy' ? 3 : 5;
    if (plan && plan.length >= minimum && new Set(capacities).size === count) return { difficulty, capacities, target };
  }
}

function buildRequest(capacities: readonly number[], target: number): TaskRequest {
  const jugs = capacities.map((c, i) => `jug ${NAMES[i]} holds ${c} litres`).join(', ');
  const user =
    `All jugs start empty: ${jugs}. Goal: exactly ${target} litres in any one jug. Actions: "fill X" (from the tap, to the brim), ` +
    '"empty X" (onto the ground), "pour X Y" (from X into Y until X is empty or Y is full). Give the shortest plan that reaches the goal.';
  return {
    messages: [
      { role: 'system', content: 'You are a planning agent. You produce a sequence of actions that reaches the goal in as few steps as possible.' },
      { role: 'user', content: user },
    ],
    response_format: jsonSchemaFormat('jug_plan', { type: 'object', additionalProperties: false, required: ['plan'], properties: { plan: { type: 'array', items: { type: 'string' } } } }),
  };
}

export const waterJugs: Task<JugsScenario> = {
  id: 'validation-water-jugs',
  type: 'goal_based',
  title: 'Validation: water-jug plan',
  revision: 1,
  maxCallsPerScenario: 1,
  defaultScenarios: 8,
  generate(seed, difficulty) {
    const base = drawScenario(seed, difficulty);
    return { ...base, request: buildRequest(base.capacities, base.target) };
  },
  run: (scenario, chat) => runSingleCall(scenario.request, chat),
  score(scenario, transcript) {
    return guardScore(() => {
      const parsed = replyObject(transcript.replies[transcript.replies.length - 1]);
      const plan = parsed.ok ? field(parsed.value, 'plan', 'actions', 'steps') : undefined;
      if (!Array.isArray(plan) || plan.length === 0 || plan.length > 200 || !plan.every((a) => typeof a === 'string')) return zero('unparseable: no plan');
      let state: State | null = scenario.capacities.map(() => 0);
      for (const action of plan as string[]) if (state) state = applyAction(scenario.capacities, state, action);
      if (!state) return zero('invalid action in plan');
      if (!state.includes(scenario.target)) return zero('plan does not reach the goal', { final: state });
      const optimal = shortestPlan(scenario.capacities, scenario.target)!.length;
      return { score: optimal / plan.length, diagnostics: { optimal, length: plan.length } };
    });
  },
  solve: (scenario) => shortestPlan(scenario.capacities, scenario.target),
  respond(scenario, _request, mode) {
    const plan = shortestPlan(scenario.capacities, scenario.target)!;
    // Wrong: the shortest plan without its last step stops one step short of the goal.
    return jsonReply({ plan: mode === 'optimal' ? plan : plan.slice(0, -1) });
  },
};
