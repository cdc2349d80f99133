// Traffic signal: a noisy, sometimes foreign-language description -> stop | go | caution.
import { createRng } from '../../lib/rng';
import { parseLabel } from '../../lib/parse-label';
import { replyText } from '../../lib/reply-text';
import { jsonSchemaFormat, singleCallTask, textReply } from '../../lib/single-call-task';
import { DIFFICULTIES, type Difficulty, type Task } from '../../types';
import { ACTIONS, CUE_RULES, NOISE, type Action } from './cues';

export interface TrafficScenario {
  seed: number;
  difficulty: Difficulty;
  description: string;
  label: Action;
  rule: string;
}

const SYSTEM = [
  'You are the signal-response module of a driver-assistance system. You get one description of what',
  'the forward camera and microphones perceive at an intersection, possibly in any language, and answer',
  'with the action for our vehicle: "stop", "go" or "caution". Rules, highest priority first:',
  '1. An instruction from a police officer, flagger or crossing guard overrides every signal.',
  '2. An emergency vehicle with siren or flashing lights approaching: stop (yield), whatever the light.',
  '3. Only the vehicle signal for our own lane and direction counts; ignore pedestrian signals and other lanes.',
  '4. Red, flashing red, or a dark (unlit) signal: stop. Amber/yellow, steady or flashing: caution. Green or a',
  '   green arrow for our direction: go.',
  '5. Use the current state, not what the signal showed before.',
  'Answer with JSON: {"action": "stop" | "go" | "caution"}.',
].join('\n');

const SCHEMA = {
  type: 'object',
  properties: { action: { type: 'string', enum: [...ACTIONS] } },
  required: ['action'],
  additionalProperties: false,
};

export function generateTraffic(seed: number, difficulty: Difficulty): TrafficScenario {
  const rng = createRng(`traffic-signal:${seed}:${difficulty}`);
  const level = DIFFICULTIES.indexOf(difficulty);
  const label = rng.pick(ACTIONS);
  const rules = CUE_RULES.filter((rule) => rule.action === label && rule.level <= level);
  // Harder levels favour their own tricky rules, so hard scenarios are not mostly easy ones.
  const hardest = rules.filter((rule) => rule.level === level);
  const rule = hardest.length > 0 && rng.chance(0.6) ? rng.pick(hardest) : rng.pick(rules);
  const noise = rng.shuffle(NOISE).slice(0, level + 1);
  const parts = rng.shuffle([rule.render(rng), ...noise]);
  return { seed, difficulty, description: parts.join(' '), label, rule: rule.id };
}

export const trafficSignal: Task<TrafficScenario> = singleCallTask<TrafficScenario>({
  id: 'traffic-signal',
  type: 'simple_reflex',
  title: 'Traffic signal -> stop / go / caution',
  defaultScenarios: 12,
  generate: generateTraffic,
  request: (scenario) => ({
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: `Perception: ${scenario.description}` },
    ],
    response_format: jsonSchemaFormat('signal_action', SCHEMA),
  }),
  grade(scenario, reply) {
    const parsed = parseLabel(replyText(reply), 'action', ACTIONS);
    if (!parsed.ok) return { score: 0, diagnostics: { unparseable: parsed.reason, expected: scenario.label } };
    const correct = parsed.label === scenario.label;
    return { score: correct ? 1 : 0, diagnostics: { answer: parsed.label, expected: scenario.label, rule: scenario.rule } };
  },
  solve: (scenario) => ({ action: scenario.label, rule: scenario.rule }),
  reply(scenario, mode) {
    // The wrong player makes the classic slip: it reacts to the colour words, not the rule that decides.
    const wrong = ACTIONS[(ACTIONS.indexOf(scenario.label) + 1) % ACTIONS.length] as Action;
    return textReply(JSON.stringify({ action: mode === 'optimal' ? scenario.label : wrong }));
  },
});
