// Plays a task with a scripted player: the solver, the "wrong" player, or any reply function.
// Used by the suite's own tests, by `suite:describe`, and by simulated models.
import type { AssistantMessage } from '../src/core/types';
import type { AnyTask, ChatFn, PlayMode, ScoreResult, TaskRequest, Transcript } from './types';

export function scriptedChat(reply: (request: TaskRequest) => AssistantMessage): ChatFn {
  return async (request) => ({ message: reply(request) });
}

export async function play(
  task: AnyTask,
  scenario: unknown,
  reply: (request: TaskRequest) => AssistantMessage,
): Promise<{ transcript: Transcript; result: ScoreResult; requests: TaskRequest[] }> {
  const requests: TaskRequest[] = [];
  const transcript = await task.run(
    scenario,
    scriptedChat((request) => {
      requests.push(structuredClone(request));
      return reply(request);
    }),
  );
  return { transcript, result: task.score(scenario, transcript), requests };
}

export function playMode(task: AnyTask, scenario: unknown, mode: PlayMode) {
  return play(task, scenario, (request) => task.respond(scenario, request, mode));
}
