// Incident tagging: log chunks arrive turn by turn; the agent keeps a running list of broken invariants.
import type { AssistantMessage, ChatMessage } from '../../../src/core/types';
import { createRng } from '../../lib/rng';
import { microF1, safeScore } from '../../lib/scoring';
import { jsonSchemaFormat, textReply } from '../../lib/single-call-task';
import { turnIndex } from '../../lib/tool-calls';
import { replyText } from '../../lib/reply-text';
import { DIFFICULTIES, type Difficulty, type Task, type TaskRequest, type Transcript } from '../../types';
import { GENERATORS, INVARIANT_TEXT, INVARIANTS, NOISE, type Invariant, type LogLine } from './invariants';
import { parseTags } from './parse-tags';

export interface IncidentScenario {
  seed: number;
  difficulty: Difficulty;
  /** Log lines per chunk, already formatted. */
  chunks: string[][];
  broken: Invariant[];
  /** Chunk index at which each broken invariant becomes visible. */
  evidentChunk: Record<string, number>;
}

const CHUNKS = [3, 4, 5];
const NOISE_PER_CHUNK = [3, 5, 7];
const SECONDS_PER_CHUNK = 60;

const SYSTEM = [
  'You are the on-call monitoring agent for a distributed payments platform. Log chunks arrive one at a time;',
  'keep track of what you have seen. After each chunk, report every invariant broken so far in this window:',
  ...INVARIANTS.map((id) => `- ${id}: ${INVARIANT_TEXT[id]}`),
  'Answer with JSON: {"broken_invariants": [ids]} (an empty list if none).',
].join('\n');

const SCHEMA = {
  type: 'object',
  properties: { broken_invariants: { type: 'array', items: { type: 'string', enum: [...INVARIANTS] } } },
  required: ['broken_invariants'],
  additionalProperties: false,
};

const stamp = (t: number) => `12:${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;

export function generateIncident(seed: number, difficulty: Difficulty): IncidentScenario {
  const rng = createRng(`incident-tagging:${seed}:${difficulty}`);
  const level = DIFFICULTIES.indexOf(difficulty);
  const chunkCount = CHUNKS[level]!;
  const window = chunkCount * SECONDS_PER_CHUNK;
  const brokenCount = [1, 2, rng.int(2, 3)][level]!;
  const broken = rng.shuffle(INVARIANTS).slice(0, brokenCount).sort();
  // Easy logs show benign look-alikes for some invariants, hard logs for all of them.
  const benign = INVARIANTS.filter((id) => !broken.includes(id) && (level === 2 || rng.chance(0.5)));
  const lines: LogLine[] = [];
  const evidentChunk: Record<string, number> = {};
  for (const id of [...broken, ...benign]) {
    const generated = GENERATORS[id](rng.fork(id), broken.includes(id), window);
    lines.push(...generated.lines);
    if (generated.evidentAt !== undefined) evidentChunk[id] = Math.min(chunkCount - 1, Math.floor(generated.evidentAt / SECONDS_PER_CHUNK));
  }
  for (let i = 0; i < NOISE_PER_CHUNK[level]! * chunkCount; i++) lines.push({ t: rng.int(0, window - 1), text: rng.pick(NOISE)(rng) });
  lines.sort((a, b) => a.t - b.t || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const chunks = Array.from({ length: chunkCount }, (_, c) =>
    lines.filter((line) => Math.floor(line.t / SECONDS_PER_CHUNK) === c).map((line) => `${stamp(line.t)} ${line.text}`),
  );
  return { seed, difficulty, chunks, broken, evidentChunk };
}

function chunkMessage(scenario: IncidentScenario, index: number): string {
  const last = index === scenario.chunks.length - 1;
  const head = `Log chunk ${index + 1}/${scenario.chunks.length}${last ? ' (end of window)' : ''}:`;
  const ask = last ? 'Final report: which invariants were broken during this window?' : 'Which invariants are broken so far?';
  return [head, ...scenario.chunks[index]!, '', ask].join('\n');
}

async function run(scenario: IncidentScenario, chat: (r: TaskRequest) => Promise<{ message: AssistantMessage }>): Promise<Transcript> {
  const messages: ChatMessage[] = [{ role: 'system', content: SYSTEM }];
  const replies: AssistantMessage[] = [];
  for (let index = 0; index < scenario.chunks.length; index++) {
    messages.push({ role: 'user', content: chunkMessage(scenario, index) });
    const { message } = await chat({ messages: structuredClone(messages), response_format: jsonSchemaFormat('incident_status', SCHEMA) });
    messages.push(message);
    replies.push(message);
  }
  return { messages, replies, calls: scenario.chunks.length };
}

export const incidentTagging: Task<IncidentScenario> = {
  id: 'incident-tagging',
  type: 'model_based_reflex',
  title: 'Incident tagging over streamed log chunks',
  revision: 1,
  maxCallsPerScenario: 5,
  defaultScenarios: 10,
  generate: generateIncident,
  run,
  score: (scenario, transcript) =>
    safeScore(() => {
      const final = transcript.replies[scenario.chunks.length - 1];
      const parsed = parseTags(replyText(final), 'broken_invariants', INVARIANTS);
      if (!parsed.ok) return { score: 0, diagnostics: { unparseable: parsed.reason, expected: scenario.broken } };
      return { score: microF1(parsed.tags, scenario.broken), diagnostics: { answer: parsed.tags, expected: scenario.broken } };
    }),
  solve: (scenario) => scenario.broken,
  respond(scenario, request, mode) {
    const turn = turnIndex(request.messages);
    const seen = scenario.broken.filter((id) => (scenario.evidentChunk[id] ?? 0) <= turn);
    // Wrong: confidently tags look-alikes that were fine, never a truly broken one.
    const wrong = INVARIANTS.filter((id) => !scenario.broken.includes(id)).slice(0, 2);
    return textReply(JSON.stringify({ broken_invariants: mode === 'optimal' ? seen : wrong }));
  },
};
