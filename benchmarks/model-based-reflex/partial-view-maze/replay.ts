// Replays the assistant's move calls: the only memory is the transcript itself.
import type { ChatMessage } from '../../../src/core/types';
import { callsOf, type ParsedCall } from '../../lib/tool-calls';
import { DIRECTIONS, isOpen, neighbour, observation, type Cell, type Direction, type MazeScenario } from './maze';

export const MOVE_CAP = 30;

export interface MazeState {
  at: Cell;
  moves: number;
  reached: boolean;
  invalid: number;
}

export function initialState(scenario: MazeScenario): MazeState {
  return { at: scenario.start, moves: 0, reached: false, invalid: 0 };
}

/** Applies one tool call; returns the new state and the tool result text. */
export function step(scenario: MazeScenario, state: MazeState, call: ParsedCall): { state: MazeState; result: string } {
  if (state.reached) return { state, result: 'You are already at the goal; move ignored.' };
  if (state.moves >= MOVE_CAP) return { state, result: 'Move limit reached; move ignored.' };
  const direction = call.args?.direction;
  const valid = call.name === 'move' && typeof direction === 'string' && (DIRECTIONS as readonly string[]).includes(direction);
  if (!valid) {
    const next = { ...state, moves: state.moves + 1, invalid: state.invalid + 1 };
    return { state: next, result: 'Error: call move with {"direction": "north" | "south" | "east" | "west"}.' };
  }
  const target = neighbour(state.at, direction as Direction);
  const blocked = !isOpen(scenario.grid, target);
  const at = blocked ? state.at : target;
  const reached = at.row === scenario.goal.row && at.col === scenario.goal.col;
  const next = { ...state, at, moves: state.moves + 1, reached };
  if (reached) return { state: next, result: 'You reached the goal.' };
  return { state: next, result: `${blocked ? 'Blocked by a wall; you did not move.\n' : ''}${observation(scenario, at)}` };
}

export function replay(scenario: MazeScenario, messages: readonly ChatMessage[]): MazeState {
  let state = initialState(scenario);
  for (const message of messages) {
    if (message.role !== 'assistant') continue;
    for (const call of callsOf(message)) state = step(scenario, state, call).state;
  }
  return state;
}
