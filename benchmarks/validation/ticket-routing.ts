// Validation (simple_reflex): route one support ticket to its queue. Exact label.
import { createRng, type Rng } from '../lib/rng';
import { field, replyObject, replyText } from '../lib/reply-json';
import { guardScore, jsonReply, jsonSchemaFormat, runSingleCall, zero } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest } from '../types';

const QUEUES = ['billing', 'technical', 'account_access', 'shipping', 'cancellation'] as const;
type Queue = (typeof QUEUES)[number];

export interface TicketScenario {
  difficulty: Difficulty;
  queue: Queue;
  request: TaskRequest;
}

const CORE: Record<Queue, string[]> = {
  billing: ['I was charged twice for my March invoice.', 'My card was billed $49 although I am on the free plan.', 'The VAT on my last invoice looks wrong, please correct it.', 'Can you refund the duplicate payment from last week?'],
  technical: ['The app crashes every time I open the reports page.', 'Sync has been failing with error 502 since this morning.', 'The export button produces an empty CSV file.', 'Pages take over a minute to load in the dashboard.'],
  account_access: ['I cannot log in: the reset-password email never arrives.', 'My two-factor codes are rejected and I am locked out.', 'The account is locked after too many attempts, please unlock it.', 'I lost the phone with my authenticator and cannot sign in.'],
  shipping: ['My parcel has shown "in transit" for twelve days.', 'The courier delivered the box to the wrong address.', 'Order 5512 arrived with two items missing.', 'The tracking number you sent does not work on the carrier site.'],
  cancellation: ['Please cancel my subscription at the end of this month.', 'I want to close my account and stop all renewals.', 'Do not renew my annual plan; I am moving to another tool.', 'How do I end my contract? We no longer need the service.'],
};
const OPENERS = ['Hello,', 'Hi team,', 'Good morning,', 'Dear support,', 'Hey there,'];
const FILLERS = ['I have been a customer for three years.', 'Our team has about twenty users.', 'I am writing from my work address.', 'Thanks for the quick help last time.'];
const CLOSERS = ['Thanks, Dana', 'Regards, Tomasz', 'Cheers, Priya', 'Best, Luis', 'Kind regards, Mei'];
/** Mentions of another queue's topic that the sender says are settled: not the reason to write. */
const SETTLED: Record<Queue, string> = {
  billing: 'The invoice question I had last month was already sorted out.',
  technical: 'The crash I reported in January is fixed, thanks.',
  account_access: 'I could log in fine after the reset last week.',
  shipping: 'My previous order arrived on time, no issue there.',
  cancellation: 'I am not planning to cancel anything.',
};

function ticketText(rng: Rng, queue: Queue, difficulty: Difficulty): string {
  const lines = [rng.pick(OPENERS), rng.pick(CORE[queue])];
  if (difficulty !== 'easy') lines.splice(1, 0, rng.pick(FILLERS));
  if (difficulty === 'hard') lines.splice(rng.int(1, lines.length), 0, SETTLED[rng.pick(QUEUES.filter((q) => q !== queue))]);
  lines.push(rng.pick(CLOSERS));
  return lines.join('\n');
}

function ticketBody(scenario: TicketScenario): string {
  const content = scenario.request.messages[1]?.content;
  return typeof content === 'string' ? content : '';
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_').replace(/[^a-z_]/g, '');
}

function parseQueue(reply: Parameters<typeof replyObject>[0]): Queue | null {
  const parsed = replyObject(reply);
  const raw = parsed.ok ? field(parsed.value, 'queue', 'category', 'label') : replyText(reply).slice(0, 100);
  const word = typeof raw === 'string' ? normalise(raw) : '';
  return (QUEUES as readonly string[]).includes(word) ? (word as Queue) : null;
}

export const ticketRouting: Task<TicketScenario> = {
  id: 'validation-ticket-routing',
  type: 'simple_reflex',
  title: 'Validation: support ticket routing',
  revision: 1,
  maxCallsPerScenario: 1,
  defaultScenarios: 8,
  generate(seed, difficulty) {
    const rng = createRng(`validation-ticket-routing:${difficulty}:${seed}`);
    const queue = rng.pick(QUEUES);
    const request: TaskRequest = {
      messages: [
        { role: 'system', content: `You route incoming support tickets. Reply with the one queue for the ticket: ${QUEUES.join(', ')}.` },
        { role: 'user', content: ticketText(rng, queue, difficulty) },
      ],
      response_format: jsonSchemaFormat('ticket_queue', { type: 'object', additionalProperties: false, required: ['queue'], properties: { queue: { type: 'string', enum: [...QUEUES] } } }),
    };
    return { difficulty, queue, request };
  },
  run: (scenario, chat) => runSingleCall(scenario.request, chat),
  score(scenario, transcript) {
    return guardScore(() => {
      const queue = parseQueue(transcript.replies[transcript.replies.length - 1]);
      if (queue === null) return zero('unparseable: no queue');
      return { score: queue === scenario.queue ? 1 : 0, diagnostics: { queue, expected: scenario.queue } };
    });
  },
  // The deciding sentence too: a bare label would repeat across a fifth of all scenarios.
  solve: (scenario) => ({ queue: scenario.queue, cue: CORE[scenario.queue].find((line) => ticketBody(scenario).includes(line)) }),
  respond(scenario, _request, mode) {
    const index = QUEUES.indexOf(scenario.queue);
    return jsonReply({ queue: mode === 'optimal' ? scenario.queue : QUEUES[(index + 1) % QUEUES.length] });
  },
};
