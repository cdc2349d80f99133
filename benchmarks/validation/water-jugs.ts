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

/** The successor of a state under one action like "fill A", "empty B", "pour A B"; null if malformed. */
export function applyAction(capacities: readonly number[], state: State, action: string): State | null {
  const words = action.trim().toUpperCase().replace(/\s+/g, ' ').replace(/ (INTO|TO) /, ' ').split(' ');
  const jug = (name: string | undefined) => NAMES.slice(0, capacities.length).indexOf(name ?? '');
  const next = state.slice();
  const [verb, first, second] = words;
  const a = jug(first);
  if (a < 0) return null;
  if (verb === 'FILL' && words.length === 2) next[a] = capacities[a]!;
  else if (verb === 'EMPTY' && words.length === 2) next[a] = 0;
  else if (verb === 'POUR' && words.length === 3 && jug(second) >= 0 && jug(second) !== a) {
    const b = jug(second);
    const amount = Math.min(next[a]!, capacities[b]! - next[b]!);
    next[a]! -= amount;
    next[b]! += amount;
  } else return null;
  return next;
}

function actions(count: number): string[] {
  const names = NAMES.slice(0, count);
  return [...names.map((n) => `fill ${n}`), ...names.map((n) => `empty ${n}`), ...names.flatMap((a) => names.filter((b) => b !== a).map((b) => `pour ${a} ${b}`))];
}

/** Breadth-first search: a shortest plan, or null if the target is unreachable. */
export function shortestPlan(capacities: readonly number[], target: number): string[] | null {
  const start = capacities.map(() => 0);
  const previous = new Map<string, { from: string; action: string } | null>([[start.join(','), null]]);
  const queue: State[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (state.includes(target)) {
      const plan: string[] = [];
      for (let key = state.join(','), step = previous.get(key); step; key = step.from, step = previous.get(key)) plan.unshift(step.action);
      return plan;
    }
    for (const action of actions(capacities.length)) {
      const next = applyAction(capacities, state, action)!;
      if (previous.has(next.join(','))) continue;
      previous.set(next.join(','), { from: state.join(','), action });
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
