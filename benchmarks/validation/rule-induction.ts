// Validation (learning): a hidden sorting rule; earlier trials (the agent's guess and the true
// verdict) are prior turns; the agent then labels six new items, three accepted and three
// rejected. Score: chance-corrected accuracy max(0, 2 * accuracy - 1), so guessing scores ~0.
import type { ChatMessage } from '../../src/core/types';
import { createRng, type Rng } from '../lib/rng';
import { field, replyObject } from '../lib/reply-json';
import { guardScore, jsonReply, jsonSchemaFormat, runSingleCall, zero } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest } from '../types';

interface Item {
  color: string;
  shape: string;
  size: string;
  count: number;
}
type Rule = (item: Item) => boolean;
interface Literal {
  key: keyof Item;
  value: string | number;
}

export interface RuleScenario {
  difficulty: Difficulty;
  /** The hidden rule, as literals joined by `join`. */
  literals: Literal[];
  join: 'and' | 'or';
  trials: Array<{ item: Item; guess: boolean }>;
  queries: Item[];
  request: TaskRequest;
}

const VALUES = { color: ['red', 'blue', 'green'], shape: ['circle', 'square', 'triangle'], size: ['small', 'large'], count: [1, 2, 3, 4] };
const KEYS = Object.keys(VALUES) as Array<keyof Item>;
const ALL_ITEMS: Item[] = VALUES.color.flatMap((color) => VALUES.shape.flatMap((shape) => VALUES.size.flatMap((size) => VALUES.count.map((count) => ({ color, shape, size, count })))));
const LITERALS: Literal[] = KEYS.flatMap((key) => VALUES[key].map((value) => ({ key, value })));

function ruleOf(literals: readonly Literal[], join: 'and' | 'or'): Rule {
  return (item) => (join === 'and' ? literals.every((l) => item[l.key] === l.value) : literals.some((l) => item[l.key] === l.value));
}

/** Every single-literal rule and every two-literal conjunction or disjunction over different attributes. */
const HYPOTHESES: Rule[] = [
  ...LITERALS.map((l) => ruleOf([l], 'and')),
  ...LITERALS.flatMap((a, i) => LITERALS.slice(i + 1).filter((b) => b.key !== a.key).flatMap((b) => [ruleOf([a, b], 'and'), ruleOf([a, b], 'or')])),
];

function describe(item: Item): string {
  return `${item.count} ${item.size} ${item.color} ${item.shape}${item.count === 1 ? '' : 's'}`;
}

function drawRule(rng: Rng, difficulty: Difficulty): { literals: Literal[]; join: 'and' | 'or' } {
  const first = rng.pick(LITERALS);
  if (difficulty === 'easy') return { literals: [first], join: 'and' };
  const second = rng.pick(LITERALS.filter((l) => l.key !== first.key));
  return { literals: [first, second], join: difficulty === 'medium' ? 'and' : 'or' };
}

/** Draws trials until three accepted and three rejected unseen items have a label every consistent hypothesis agrees on. */
function drawScenario(seed: number, difficulty: Difficulty): Omit<RuleScenario, 'request'> {
  const rng = createRng(`validation-rule-induction:${difficulty}:${seed}`);
  const { literals, join } = drawRule(rng, difficulty);
  const rule = ruleOf(literals, join);
  const count = difficulty === 'easy' ? 8 : difficulty === 'medium' ? 12 : 14;
  for (;;) {
    const trialItems = rng.shuffle(ALL_ITEMS).slice(0, count);
    const consistent = HYPOTHESES.filter((h) => trialItems.every((item) => h(item) === rule(item)));
    const settled = ALL_ITEMS.filter((item) => !trialItems.includes(item) && consistent.every((h) => h(item) === rule(item)));
    const accepted = rng.shuffle(settled.filter(rule)).slice(0, 3);
    const rejected = rng.shuffle(settled.filter((item) => !rule(item))).slice(0, 3);
    if (accepted.length === 3 && rejected.length === 3 && trialItems.some(rule)) {
      const trials = trialItems.map((item) => ({ item, guess: rng.chance(0.5) }));
      return { difficulty, literals, join, trials, queries: rng.shuffle([...accepted, ...rejected]) };
    }
  }
}

function buildRequest(scenario: Omit<RuleScenario, 'request'>): TaskRequest {
  const rule = ruleOf(scenario.literals, scenario.join);
  const history: ChatMessage[] = scenario.trials.flatMap(({ item, guess }): ChatMessage[] => [
    { role: 'user', content: `Item: ${describe(item)}. Accept or reject?` },
    { role: 'assistant', content: JSON.stringify({ labels: [guess ? 'accept' : 'reject'] }) },
    { role: 'user', content: `${guess === rule(item) ? 'Correct' : 'Incorrect'}: this item is ${rule(item) ? 'ACCEPTED' : 'REJECTED'}.` },
  ]);
  const list = scenario.queries.map((item, i) => `${i + 1}. ${describe(item)}`).join('\n');
  return {
    messages: [
      { role: 'system', content: 'You sort items for a quality gate that follows a hidden rule. Learn the rule from the feedback on your earlier decisions.' },
      ...history,
      { role: 'user', content: `New batch, label each item in order:\n${list}` },
    ],
    response_format: jsonSchemaFormat('item_labels', { type: 'object', additionalProperties: false, required: ['labels'], properties: { labels: { type: 'array', items: { type: 'string', enum: ['accept', 'reject'] } } } }),
  };
}

export const ruleInduction: Task<RuleScenario> = {
  id: 'validation-rule-induction',
  type: 'learning',
  title: 'Validation: few-shot rule induction with feedback',
  revision: 1,
  maxCallsPerScenario: 1,
  defaultScenarios: 8,
  generate(seed, difficulty) {
    const base = drawScenario(seed, difficulty);
    return { ...base, request: buildRequest(base) };
  },
  run: (scenario, chat) => runSingleCall(scenario.request, chat),
  score(scenario, transcript) {
    return guardScore(() => {
      const parsed = replyObject(transcript.replies[transcript.replies.length - 1]);
      const labels = parsed.ok ? field(parsed.value, 'labels', 'decisions') : undefined;
      if (!Array.isArray(labels) || labels.length !== scenario.queries.length) return zero('unparseable: need one label per item');
      const rule = ruleOf(scenario.literals, scenario.join);
      const right = scenario.queries.filter((item, i) => String(labels[i]).trim().toLowerCase() === (rule(item) ? 'accept' : 'reject')).length;
      const accuracy = right / scenario.queries.length;
      return { score: Math.max(0, 2 * accuracy - 1), diagnostics: { accuracy } };
    });
  },
  solve: (scenario) => scenario.queries.map(ruleOf(scenario.literals, scenario.join)),
  respond(scenario, _request, mode) {
    const rule = ruleOf(scenario.literals, scenario.join);
    return jsonReply({ labels: scenario.queries.map((item) => (rule(item) === (mode === 'optimal') ? 'accept' : 'reject')) });
  },
};
