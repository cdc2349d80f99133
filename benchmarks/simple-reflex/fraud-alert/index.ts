// Fraud alert: an account's day of events, evidence buried in padding -> fraud (with rule) | legitimate.
import { createRng } from '../../lib/rng';
import { extractJson, isRecord, replyText } from '../../lib/reply-text';
import { parseLabel } from '../../lib/parse-label';
import { jsonSchemaFormat, singleCallTask, textReply } from '../../lib/single-call-task';
import { DIFFICULTIES, type Difficulty, type Task } from '../../types';
import { FRAUD_PATTERNS, FRAUD_RULES, NEAR_MISSES, padding, type FraudRule, type LogEvent } from './events';

export interface FraudScenario {
  seed: number;
  difficulty: Difficulty;
  log: string;
  verdict: 'fraud' | 'legitimate';
  /** The rule that fires (fraud) or the near miss that does not (legitimate; `clean` if none). */
  rule: string;
}

const VERDICTS = ['fraud', 'legitimate'] as const;
const RULE_ANSWERS = [...FRAUD_RULES, 'none'] as const;

const SYSTEM = [
  'You are the real-time fraud screening agent of a retail bank. You receive one customer\'s account log for',
  'a day and decide: "fraud" or "legitimate". It is fraud if ANY rule holds:',
  'R1 account takeover: a login from a new device, then a password change, then a transfer to a payee added',
  '   after that login, the transfer within 2 hours of the login. (Transfers to payees saved earlier do not count.)',
  'R2 impossible travel: card-present purchases in the home country and in another country less than 3 hours',
  '   apart, unless a travel notice on file covers that country.',
  'R3 card testing: 3 or more online purchases under $2 at 3 different merchants within 10 minutes, followed',
  '   within 10 minutes by an online purchase over $500.',
  'R4 credential stuffing: 5 or more failed logins from an IP that is not the customer\'s usual IP, then a',
  '   successful login from it, then a withdrawal within 30 minutes.',
  'Otherwise it is legitimate. Answer with JSON: {"verdict": "fraud" | "legitimate", "rule": "R1".."R4" or "none"}.',
].join('\n');

const SCHEMA = {
  type: 'object',
  properties: {
    verdict: { type: 'string', enum: [...VERDICTS] },
    rule: { type: 'string', enum: [...RULE_ANSWERS] },
  },
  required: ['verdict', 'rule'],
  additionalProperties: false,
};

const HOMES = ['United States', 'Canada', 'United Kingdom', 'Germany'];
const PADDING_BY_LEVEL = [8, 14, 22];
const minuteText = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function generateFraud(seed: number, difficulty: Difficulty): FraudScenario {
  const rng = createRng(`fraud-alert:${seed}:${difficulty}`);
  const level = DIFFICULTIES.indexOf(difficulty);
  const home = rng.pick(HOMES);
  // 40% legitimate, 15% per fraud rule: a constant answer scores at most 0.4.
  const isFraud = rng.next() >= 0.4;
  const legitReasons = level === 0 ? ['clean', 'known-payee', 'travel-notice'] : Object.keys(NEAR_MISSES);
  const rule = isFraud ? rng.pick(FRAUD_RULES) : rng.pick(legitReasons);
  const start = rng.int(120, 1000);
  const decisive: LogEvent[] = isFraud ? FRAUD_PATTERNS[rule as FraudRule](rng, start, home) : rule === 'clean' ? [] : NEAR_MISSES[rule]!(rng, start, home);
  const events = [...padding(rng, PADDING_BY_LEVEL[level]!, home), ...decisive];
  // Stable order: by minute, ties by text, so no engine's sort quirks change the bytes.
  events.sort((a, b) => a.minute - b.minute || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const lines = events.map((event) => `2026-03-14 ${minuteText(Math.min(event.minute, 1439))}  ${event.text}`);
  const log = [`Customer home country: ${home}. Usual IP 81.2.69.160.`, ...lines].join('\n');
  return { seed, difficulty, log, verdict: isFraud ? 'fraud' : 'legitimate', rule };
}

function parseAnswer(text: string): { verdict?: string; rule?: string; error?: string } {
  const json = extractJson(text);
  if (json !== undefined) {
    if (!isRecord(json)) return { error: 'JSON is not an object' };
    const verdict = parseLabel(JSON.stringify({ verdict: json.verdict }), 'verdict', VERDICTS);
    const rule = typeof json.rule === 'string' ? json.rule.trim().toUpperCase() : undefined;
    return verdict.ok ? { verdict: verdict.label, rule } : { error: verdict.reason };
  }
  const verdict = parseLabel(text, 'verdict', VERDICTS);
  const rules = [...new Set(text.toUpperCase().match(/\bR[1-4]\b/g) ?? [])];
  return verdict.ok ? { verdict: verdict.label, rule: rules.length === 1 ? rules[0] : undefined } : { error: verdict.reason };
}

export const fraudAlert: Task<FraudScenario> = singleCallTask<FraudScenario>({
  id: 'fraud-alert',
  type: 'simple_reflex',
  title: 'Fraud alert -> fraud (rule) | legitimate',
  defaultScenarios: 12,
  generate: generateFraud,
  request: (scenario) => ({
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: scenario.log },
    ],
    response_format: jsonSchemaFormat('fraud_decision', SCHEMA),
  }),
  grade(scenario, reply) {
    const answer = parseAnswer(replyText(reply));
    const expected = { verdict: scenario.verdict, rule: scenario.rule };
    if (answer.error) return { score: 0, diagnostics: { unparseable: answer.error, expected } };
    // Fraud must name the rule that fires: the reason code is part of the label.
    const correct = answer.verdict === scenario.verdict && (scenario.verdict === 'legitimate' || answer.rule === scenario.rule);
    return { score: correct ? 1 : 0, diagnostics: { answer, expected } };
  },
  solve: (scenario) => ({ verdict: scenario.verdict, rule: scenario.rule }),
  reply(scenario, mode) {
    const fraud = scenario.verdict === 'fraud';
    const optimal = { verdict: scenario.verdict, rule: fraud ? scenario.rule : 'none' };
    // Wrong: flag the look-alike as fraud, or wave the real fraud through.
    const wrongRule = { 'known-payee': 'R1', 'slow-sequence': 'R1', 'travel-notice': 'R2' }[scenario.rule] ?? 'R3';
    const wrong = fraud ? { verdict: 'legitimate', rule: 'none' } : { verdict: 'fraud', rule: wrongRule };
    return textReply(JSON.stringify(mode === 'optimal' ? optimal : wrong));
  },
});
