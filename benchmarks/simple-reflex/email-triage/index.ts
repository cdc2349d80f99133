// Email triage: a business email with distractors -> one of five categories, by stated priority.
import { createRng, type Rng } from '../../lib/rng';
import { parseLabel } from '../../lib/parse-label';
import { replyText } from '../../lib/reply-text';
import { jsonSchemaFormat, singleCallTask, textReply } from '../../lib/single-call-task';
import { DIFFICULTIES, type Difficulty, type Task } from '../../types';
import { CATEGORIES, CLOSERS, CUES, DENIALS, OPENERS, SENDERS, SIGNATURES, SUBJECTS, type Category } from './cues';

export interface EmailScenario {
  seed: number;
  difficulty: Difficulty;
  email: string;
  label: Category;
  /** `<category>/<variant>`: which complication the email carries. */
  rule: string;
  /** The lower-priority category also raised, if any (the tempting wrong answer). */
  lure: Category | null;
}

const VARIANTS_BY_LEVEL = [
  ['plain', 'signature'],
  ['with-lower', 'quoted-higher', 'signature'],
  ['negated-higher', 'with-lower', 'quoted-higher', 'quoted-higher-and-lower'],
] as const;
type Variant = (typeof VARIANTS_BY_LEVEL)[number][number];

const SYSTEM = [
  'You are the inbox triage agent for a SaaS company. Route each incoming customer email to exactly one',
  'queue: security, legal, billing, technical_support, sales.',
  '- security: suspected account compromise, leaked credentials, phishing, unauthorised access.',
  '- legal: legal action, claims, subpoenas, formal data-protection (GDPR) requests.',
  '- billing: invoices, charges, refunds, payment methods.',
  '- technical_support: something not working, errors, outages, configuration problems.',
  '- sales: buying, quotes, demos, upgrades, add-ons.',
  'If several apply, choose the highest priority: security > legal > billing > technical_support > sales.',
  'Only the new message counts: ignore quoted earlier messages (lines starting with ">"), signatures and',
  'footers. A topic the sender explicitly says is not the issue does not count.',
  'Answer with JSON: {"category": "<queue>"}.',
].join('\n');

const SCHEMA = {
  type: 'object',
  properties: { category: { type: 'string', enum: [...CATEGORIES] } },
  required: ['category'],
  additionalProperties: false,
};

function variantsFor(label: Category, level: number): Variant[] {
  const rank = CATEGORIES.indexOf(label);
  return VARIANTS_BY_LEVEL[level]!.filter(
    (variant) => (!variant.includes('lower') || rank < CATEGORIES.length - 1) && (!variant.includes('higher') || rank > 0),
  ) as Variant[];
}

function buildBody(rng: Rng, label: Category, variant: Variant): { lines: string[]; lure: Category | null } {
  const rank = CATEGORIES.indexOf(label);
  const lower = rank < CATEGORIES.length - 1 ? rng.pick(CATEGORIES.slice(rank + 1)) : null;
  const higher = rank > 0 ? rng.pick(CATEGORIES.slice(0, rank)) : null;
  const sentences = [rng.pick(CUES[label])];
  if (variant === 'with-lower' || variant === 'quoted-higher-and-lower') sentences.push(rng.pick(CUES[lower!]));
  if (variant === 'negated-higher') sentences.push(DENIALS[higher!]);
  const lines = [rng.pick(OPENERS), '', rng.shuffle(sentences).join(' '), '', rng.pick(CLOSERS)];
  if (variant === 'signature' || rng.chance(0.5)) lines.push(rng.pick(SIGNATURES));
  if (variant === 'quoted-higher' || variant === 'quoted-higher-and-lower') {
    lines.push('', '> On Tuesday our colleague wrote:', `> ${rng.pick(CUES[higher!])}`, '> (resolved last week)');
  }
  const lure = variant.endsWith('lower') ? lower : variant.includes('higher') ? higher : null;
  return { lines, lure };
}

export function generateEmail(seed: number, difficulty: Difficulty): EmailScenario {
  const rng = createRng(`email-triage:${seed}:${difficulty}`);
  const label = rng.pick(CATEGORIES);
  const variant = rng.pick(variantsFor(label, DIFFICULTIES.indexOf(difficulty)));
  const { lines, lure } = buildBody(rng, label, variant);
  const header = [`From: ${rng.pick(SENDERS)}`, `Subject: ${rng.pick(SUBJECTS)}`, ''];
  return { seed, difficulty, email: [...header, ...lines].join('\n'), label, rule: `${label}/${variant}`, lure };
}

export const emailTriage: Task<EmailScenario> = singleCallTask<EmailScenario>({
  id: 'email-triage',
  type: 'simple_reflex',
  title: 'Email triage -> one of five queues by priority rules',
  defaultScenarios: 12,
  generate: generateEmail,
  request: (scenario) => ({
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: scenario.email },
    ],
    response_format: jsonSchemaFormat('triage', SCHEMA),
  }),
  grade(scenario, reply) {
    const parsed = parseLabel(replyText(reply), 'category', CATEGORIES);
    if (!parsed.ok) return { score: 0, diagnostics: { unparseable: parsed.reason, expected: scenario.label } };
    return {
      score: parsed.label === scenario.label ? 1 : 0,
      diagnostics: { answer: parsed.label, expected: scenario.label, rule: scenario.rule },
    };
  },
  solve: (scenario) => ({ category: scenario.label, rule: scenario.rule }),
  reply(scenario, mode) {
    // Wrong: fall for the lure (the distractor's queue), else the next queue down.
    const next = CATEGORIES[(CATEGORIES.indexOf(scenario.label) + 1) % CATEGORIES.length] as Category;
    const category = mode === 'optimal' ? scenario.label : (scenario.lure ?? next);
    return textReply(JSON.stringify({ category }));
  },
});
