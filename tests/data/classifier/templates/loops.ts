// Conversation shapes shared by the world-model and trial-learning families: an agent stepping
// through one world with a tool (each result is the next partial observation), and an agent
// meeting a series of new cases, each decision followed by a graded outcome.
import type { ChatMessage } from '../../../../src/core/types';
import { type Rng, calls, result, say, user } from './kit';

export interface Step {
  /** Tool calls of one assistant turn (several = actions run in order). */
  actions: [string, Record<string, unknown>][];
  /** One observation per action. */
  observations: string[];
}

/** Appends assistant tool-call turns and their results; the request ends on the last observation. */
export function stepThrough(rng: Rng, messages: ChatMessage[], steps: readonly Step[]): void {
  for (const step of steps) {
    const { message, ids } = calls(rng, ...step.actions);
    messages.push(message);
    ids.forEach((id, k) => messages.push(result(id, step.observations[k] ?? step.observations[0]!)));
  }
}

export interface Trial {
  /** The new case, as the user states it. */
  situation: string;
  /** The agent's decision: a tool call, or plain text. */
  decision: [string, Record<string, unknown>] | string;
  /** How it turned out (numbers), returned by the tool or told by the user. */
  outcome: string;
  /** Outcome and next case in one user message instead of two. */
  merged?: boolean;
}

/** Past trials with outcomes, then the new case; the request ends on the new case. */
export function trialsThen(rng: Rng, messages: ChatMessage[], trials: readonly Trial[], next: string): void {
  let carry = '';
  for (const trial of trials) {
    messages.push(user(carry ? `${carry}\n\n${trial.situation}` : trial.situation));
    carry = '';
    if (typeof trial.decision === 'string') {
      messages.push(say(trial.decision));
      if (trial.merged) carry = trial.outcome;
      else messages.push(user(trial.outcome));
    } else {
      const { message, ids } = calls(rng, trial.decision);
      messages.push(message, result(ids[0]!, trial.outcome));
    }
  }
  messages.push(user(carry ? `${carry}\n\n${next}` : next));
}
