// Learning: earlier drops and their real misses are prior turns of the conversation; the agent
// then makes three more drops, each followed by its real outcome. Per drop 1 - miss / worst miss
// (worst = the carrier's travel in an eighth of the window), mean over the three drops.
import type { AssistantMessage, ChatMessage, FunctionTool } from '../../src/core/types';
import { createRng } from '../lib/rng';
import { field, replyObject, replyText, toNumber } from '../lib/reply-json';
import { countRole, fixed, guardScore, roundTo, toolCallReply } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest, Transcript } from '../types';
import { drawPast, drawSetup, drawWorld, idealRelease, landing, missOf, WINDOW, worstMiss, type DropSetup, type PastDrop, type World } from './ball-drop-physics';

export interface BallDropScenario {
  difficulty: Difficulty;
  world: World;
  past: PastDrop[];
  stages: DropSetup[];
}

const STAGES = 3;
const PAST_COUNT: Record<Difficulty, number> = { easy: 4, medium: 5, hard: 6 };
const TOOL: FunctionTool = {
  type: 'function',
  function: {
    name: 'release_payload',
    description: 'Release the payload at the given time (seconds after the run starts).',
    parameters: { type: 'object', additionalProperties: false, required: ['release_time_s'], properties: { release_time_s: { type: 'number', minimum: 0, maximum: WINDOW } } },
  },
};
const SYSTEM =
  'You are the release controller of a cargo drone on an off-world test range. On each run the drone flies level ' +
  'along the x axis, passing x = 0 m at time 0 s at the stated constant speed and altitude. You drop one payload per run ' +
  `by calling release_payload with a release time between 0 and ${WINDOW} s, aiming to land it on the target. Gravity, ` +
  'wind and release mechanics here are not Earth\'s: learn them from the earlier runs in this conversation.';

function setupText(index: number, drop: DropSetup): string {
  return `Run ${index}: speed ${drop.speed} m/s, altitude ${drop.height} m, target at x = ${fixed(drop.target, 1)} m. Release window 0-${WINDOW} s.`;
}

function outcomeText(drop: DropSetup, landed: number): string {
  const signed = landed - drop.target;
  const side = signed >= 0 ? 'long' : 'short';
  const miss = roundTo(Math.abs(signed), 1);
  return JSON.stringify({ landed_x_m: roundTo(landed, 1), target_x_m: drop.target, miss_m: miss, result: `${side} by ${fixed(miss, 1)} m` });
}

function prefix(scenario: BallDropScenario): ChatMessage[] {
  const messages: ChatMessage[] = [{ role: 'system', content: SYSTEM }];
  scenario.past.forEach((drop, i) => {
    const id = `call_run_${i + 1}`;
    messages.push({ role: 'user', content: setupText(i + 1, drop) });
    messages.push(toolCallReply(id, 'release_payload', { release_time_s: drop.release }));
    messages.push({ role: 'tool', tool_call_id: id, content: outcomeText(drop, drop.landed) });
  });
  return messages;
}

/** The release time a reply asks for, or null: tool call first, then JSON, then a bare number. */
export function releaseTime(reply: AssistantMessage | undefined): number | null {
  const parsed = replyObject(reply, 'release_payload');
  if (parsed.ok) return toNumber(field(parsed.value, 'release_time_s', 'releaseTime', 'release_time', 'time'));
  return toNumber(replyText(reply).trim());
}

/** Messages that answer a reply: tool results for its calls, or a note that nothing was released. */
function feedback(reply: AssistantMessage, world: World, drop: DropSetup): { messages: ChatMessage[]; note: string } {
  const time = releaseTime(reply);
  const valid = time !== null && time >= 0 && time <= WINDOW;
  const outcome = valid ? outcomeText(drop, landing(world, drop.speed, drop.height, time)) : JSON.stringify({ error: `no release: release_time_s must be a number from 0 to ${WINDOW}` });
  const calls = Array.isArray(reply.tool_calls) ? reply.tool_calls : [];
  if (calls.length === 0) return { messages: [], note: valid ? `Outcome of the previous run: ${outcome}\n` : 'No payload was released on the previous run.\n' };
  const messages: ChatMessage[] = calls.map((call, i) => ({ role: 'tool', tool_call_id: String(call?.id ?? `call_${i}`), content: i === 0 ? outcome : '{"error":"one release per run"}' }));
  return { messages, note: '' };
}

async function run(scenario: BallDropScenario, chat: Parameters<Task['run']>[1]): Promise<Transcript> {
  const messages = prefix(scenario);
  const replies: AssistantMessage[] = [];
  let note = '';
  for (let k = 0; k < scenario.stages.length; k++) {
    const drop = scenario.stages[k]!;
    messages.push({ role: 'user', content: `${note}${setupText(scenario.past.length + k + 1, drop)}` });
    const request: TaskRequest = { messages: structuredClone(messages), tools: [TOOL] };
    const reply = (await chat(request)).message;
    replies.push(reply);
    messages.push(reply);
    if (k === scenario.stages.length - 1) break;
    const answer = feedback(reply, scenario.world, drop);
    messages.push(...answer.messages);
    note = answer.note;
  }
  return { messages, replies, calls: replies.length };
}

function stageScore(scenario: BallDropScenario, drop: DropSetup, reply: AssistantMessage | undefined): number {
  const time = releaseTime(reply);
  if (time === null || time < 0 || time > WINDOW) return 0;
  return Math.max(0, 1 - missOf(scenario.world, drop, time) / worstMiss(drop));
}

export const ballDrop: Task<BallDropScenario> = {
  id: 'ball-drop',
  type: 'learning',
  title: 'Ball drop: learn unfamiliar physics from past misses, then drop three times',
  revision: 1,
  maxCallsPerScenario: STAGES,
  defaultScenarios: 8,
  generate(seed, difficulty) {
    const rng = createRng(`ball-drop:${difficulty}:${seed}`);
    const world = drawWorld(rng, difficulty);
    const past = drawPast(rng.fork('past'), world, PAST_COUNT[difficulty]);
    const stageRng = rng.fork('stages');
    return { difficulty, world, past, stages: Array.from({ length: STAGES }, () => drawSetup(stageRng, world)) };
  },
  run,
  score(scenario, transcript) {
    return guardScore(() => {
      const stages = scenario.stages.map((drop, k) => stageScore(scenario, drop, transcript.replies[k]));
      return { score: stages.reduce((a, b) => a + b, 0) / stages.length, diagnostics: { stages } };
    });
  },
  solve: (scenario) => scenario.stages.map((drop) => idealRelease(scenario.world, drop)),
  respond(scenario, request, mode) {
    const k = Math.max(0, Math.min(scenario.stages.length - 1, countRole(request.messages, 'assistant') - scenario.past.length));
    const drop = scenario.stages[k]!;
    const ideal = idealRelease(scenario.world, drop);
    const time = mode === 'optimal' ? ideal : ideal < WINDOW / 2 ? WINDOW : 0;
    return toolCallReply(`call_run_${scenario.past.length + k + 1}`, 'release_payload', { release_time_s: time });
  },
};
