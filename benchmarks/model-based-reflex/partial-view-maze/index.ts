// Partial-view maze: a 3x3 local view and the goal's offset each turn; memory only in the transcript.
import type { AssistantMessage, ChatMessage } from '../../../src/core/types';
import { safeScore } from '../../lib/scoring';
import { callsOf, functionTool, toolCall, toolCallsReply, turnIndex } from '../../lib/tool-calls';
import { runToolLoop } from '../../lib/tool-loop';
import type { Task, TaskRequest } from '../../types';
import { DIRECTIONS, generateMaze, isOpen, neighbour, observation, shortestMoves, type MazeScenario } from './maze';
import { MOVE_CAP, replay, step } from './replay';

const MAX_CALLS = 10;
/** The solver moves two cells per call, as an agent that commits to short straight runs would. */
const SOLVER_CHUNK = 2;

const SYSTEM = [
  'You are a robot navigating an unknown grid maze. You cannot see the map: after each move you get only',
  'the 3x3 cells around you (north is up; @ is you, # is a wall, . is open floor, G is the goal if adjacent)',
  'and the goal\'s offset from you. Reach the goal in as few moves as possible using the move tool. You may',
  'issue several move calls in one reply; they run in order. Keep track of where you have been yourself.',
].join('\n');

const MOVE_TOOL = functionTool('move', 'Move one cell in a direction. Returns your new 3x3 view and the goal offset.', {
  type: 'object',
  properties: { direction: { type: 'string', enum: [...DIRECTIONS] } },
  required: ['direction'],
  additionalProperties: false,
});

function initialMessages(scenario: MazeScenario): ChatMessage[] {
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: `You are at the start.\n${observation(scenario, scenario.start)}\nWhat is your move?` },
  ];
}

function request(messages: ChatMessage[]): TaskRequest {
  return { messages: structuredClone(messages), tools: [MOVE_TOOL], tool_choice: 'auto' };
}

function onReply(scenario: MazeScenario, messages: ChatMessage[], reply: AssistantMessage) {
  const calls = callsOf(reply);
  if (calls.length === 0) return { toolMessages: [], ended: 'no move' };
  let state = replay(scenario, messages.slice(0, -1));
  const toolMessages = calls.map((call) => {
    const outcome = step(scenario, state, call);
    state = outcome.state;
    return { role: 'tool' as const, tool_call_id: call.id, content: outcome.result };
  });
  const ended = state.reached ? 'goal reached' : state.moves >= MOVE_CAP ? 'move limit' : undefined;
  return ended ? { toolMessages, ended } : { toolMessages };
}

function respond(scenario: MazeScenario, req: TaskRequest, mode: 'optimal' | 'wrong'): AssistantMessage {
  const turn = turnIndex(req.messages);
  const state = replay(scenario, req.messages);
  if (mode === 'wrong') {
    // Wrong: wander one step, then claim success without reaching the goal.
    if (turn > 0) return { role: 'assistant', content: 'I have reached the goal.' };
    const away = DIRECTIONS.find((d) => {
      const next = neighbour(state.at, d);
      return isOpen(scenario.grid, next) && !(next.row === scenario.goal.row && next.col === scenario.goal.col);
    });
    return toolCallsReply([toolCall(`call_${turn}_0`, 'move', { direction: away ?? 'north' })]);
  }
  const moves = shortestMoves(scenario.grid, state.at, scenario.goal) ?? [];
  const calls = moves.slice(0, SOLVER_CHUNK).map((direction, i) => toolCall(`call_${turn}_${i}`, 'move', { direction }));
  return calls.length > 0 ? toolCallsReply(calls) : { role: 'assistant', content: 'At the goal.' };
}

export const partialViewMaze: Task<MazeScenario> = {
  id: 'partial-view-maze',
  type: 'model_based_reflex',
  title: 'Partial-view maze (3x3 view, move tool)',
  revision: 1,
  maxCallsPerScenario: MAX_CALLS,
  defaultScenarios: 8,
  generate: generateMaze,
  run: (scenario, chat) =>
    runToolLoop(
      { initial: initialMessages(scenario), maxCalls: MAX_CALLS, request, onReply: (messages, reply) => onReply(scenario, messages, reply) },
      chat,
    ),
  score: (scenario, transcript) =>
    safeScore(() => {
      const state = replay(scenario, transcript.messages);
      const diagnostics = { reached: state.reached, moves: state.moves, optimal: scenario.optimal, invalidCalls: state.invalid };
      return { score: state.reached ? scenario.optimal / Math.max(state.moves, scenario.optimal) : 0, diagnostics };
    }),
  solve: (scenario) => shortestMoves(scenario.grid, scenario.start, scenario.goal),
  respond,
};
