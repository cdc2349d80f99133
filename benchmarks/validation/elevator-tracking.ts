// Validation (model_based_reflex): an elevator log arrives in chunks that only report relative
// moves; after each chunk the agent reports the car's floor. Score: share of turns exactly right.
import type { AssistantMessage, ChatMessage } from '../../src/core/types';
import { createRng, type Rng } from '../lib/rng';
import { field, replyObject, replyText, toNumber } from '../lib/reply-json';
import { countRole, guardScore, jsonReply, jsonSchemaFormat } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest, Transcript } from '../types';

export interface ElevatorScenario {
  difficulty: Difficulty;
  top: number;
  start: number;
  /** Log lines per chunk, and the floor after each chunk. */
  chunks: string[][];
  floors: number[];
}

const TURNS = 3;
const NOISE = ['door opened', 'door closed', 'load sensor 420 kg', 'hall call registered', 'fan on', 'floor sensor: no reading'];

function clock(minute: number, second: number): string {
  return `08:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}`;
}

function drawChunk(rng: Rng, floor: number, top: number, moves: number, noise: number, minute: number): { lines: string[]; floor: number } {
  const events: string[] = [];
  for (let i = 0; i < moves; i++) {
    const up = floor === 0 || (floor < top && rng.chance(0.5));
    const step = up ? rng.int(1, top - floor) : rng.int(1, floor);
    floor += up ? step : -step;
    events.push(`car moved ${up ? 'up' : 'down'} ${step} floor${step === 1 ? '' : 's'}`);
  }
  for (let i = 0; i < noise; i++) events.splice(rng.int(0, events.length), 0, rng.pick(NOISE));
  return { lines: events.map((event, i) => `${clock(minute, i * 7)} ${event}`), floor };
}

function turnText(scenario: ElevatorScenario, k: number): string {
  const head = k === 0 ? `Car B was at floor ${scenario.start} (floors 0-${scenario.top}) when logging began.\n` : '';
  return `${head}Log chunk ${k + 1}:\n${scenario.chunks[k]!.join('\n')}\nWhich floor is car B on now?`;
}

function floorOf(reply: AssistantMessage | undefined): number | null {
  const parsed = replyObject(reply);
  return parsed.ok ? toNumber(field(parsed.value, 'floor', 'currentFloor')) : toNumber(replyText(reply).trim());
}

async function run(scenario: ElevatorScenario, chat: Parameters<Task['run']>[1]): Promise<Transcript> {
  const messages: ChatMessage[] = [{ role: 'system', content: 'You monitor elevator car B from its event log, which reports only relative moves. After each log chunk, report the floor the car is on.' }];
  const replies: AssistantMessage[] = [];
  const format = jsonSchemaFormat('car_floor', { type: 'object', additionalProperties: false, required: ['floor'], properties: { floor: { type: 'integer' } } });
  for (let k = 0; k < scenario.chunks.length; k++) {
    messages.push({ role: 'user', content: turnText(scenario, k) });
    const request: TaskRequest = { messages: structuredClone(messages), response_format: format };
    const reply = (await chat(request)).message;
    replies.push(reply);
    messages.push(reply);
  }
  return { messages, replies, calls: replies.length };
}

export const elevatorTracking: Task<ElevatorScenario> = {
  id: 'validation-elevator-tracking',
  type: 'model_based_reflex',
  title: 'Validation: elevator floor tracking from a relative-move log',
  revision: 1,
  maxCallsPerScenario: TURNS,
  defaultScenarios: 8,
  generate(seed, difficulty) {
    const rng = createRng(`validation-elevator-tracking:${difficulty}:${seed}`);
    const top = rng.int(8, 20);
    const start = rng.int(0, top);
    const moves = difficulty === 'easy' ? 2 : difficulty === 'medium' ? 3 : 4;
    const noise = difficulty === 'easy' ? 1 : difficulty === 'medium' ? 2 : 4;
    const chunks: string[][] = [];
    const floors: number[] = [];
    let floor = start;
    for (let k = 0; k < TURNS; k++) {
      const chunk = drawChunk(rng, floor, top, moves, noise, 1 + k * 3);
      chunks.push(chunk.lines);
      floors.push((floor = chunk.floor));
    }
    return { difficulty, top, start, chunks, floors };
  },
  run,
  score(scenario, transcript) {
    return guardScore(() => {
      const answers = scenario.floors.map((_, k) => floorOf(transcript.replies[k]));
      const right = answers.filter((floor, k) => floor === scenario.floors[k]).length;
      return { score: right / scenario.floors.length, diagnostics: { answers, floors: scenario.floors, unparseable: answers.filter((a) => a === null).length } };
    });
  },
  solve: (scenario) => scenario.floors,
  respond(scenario, request, mode) {
    const k = Math.max(0, Math.min(scenario.floors.length - 1, countRole(request.messages, 'assistant')));
    const floor = scenario.floors[k]!;
    return jsonReply({ floor: mode === 'optimal' ? floor : floor === scenario.top ? floor - 1 : floor + 1 });
  },
};
