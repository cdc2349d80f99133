// A factory for one-request tasks (simple-reflex labels, one-shot plans): one call, one reply, one score.
import type { AgentType, AssistantMessage } from '../../src/core/types';
import type { Difficulty, PlayMode, ScoreResult, Task, TaskRequest, Transcript } from '../types';
import { safeScore } from './scoring';

export interface SingleCallSpec<S> {
  id: string;
  type: AgentType;
  title: string;
  defaultScenarios: number;
  generate(seed: number, difficulty: Difficulty): S;
  request(scenario: S): TaskRequest;
  /** Grades the one reply; may assume nothing about it (safeScore catches the unexpected). */
  grade(scenario: S, reply: AssistantMessage): ScoreResult;
  solve(scenario: S): unknown;
  reply(scenario: S, mode: PlayMode): AssistantMessage;
}

export function singleCallTask<S>(spec: SingleCallSpec<S>): Task<S> {
  return {
    id: spec.id,
    type: spec.type,
    title: spec.title,
    revision: 1,
    maxCallsPerScenario: 1,
    defaultScenarios: spec.defaultScenarios,
    generate: spec.generate,
    async run(scenario, chat): Promise<Transcript> {
      const request = spec.request(scenario);
      const { message } = await chat(request);
      return { messages: [...request.messages, message], replies: [message], calls: 1 };
    },
    score(scenario, transcript) {
      return safeScore(() => {
        const reply = transcript.replies[0];
        if (!reply) return { score: 0, diagnostics: { error: 'no reply' } };
        return spec.grade(scenario, reply);
      });
    },
    solve: spec.solve,
    respond: (scenario, _request, mode) => spec.reply(scenario, mode),
  };
}

export function textReply(content: string): AssistantMessage {
  return { role: 'assistant', content };
}

/** A json_schema response format (strict, as real structured-output callers send it). */
export function jsonSchemaFormat(name: string, schema: Record<string, unknown>): TaskRequest['response_format'] {
  return { type: 'json_schema', json_schema: { name, strict: true, schema } };
}
