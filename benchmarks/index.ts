// The suite registry: 15 tasks, 3 per agent type, plus held-out validation tasks.
import { hashString } from './lib/rng';
import type { AgentType } from '../src/core/types';
import type { AnyTask } from './types';
import { tasks as simpleReflex } from './simple-reflex';
import { tasks as modelBasedReflex } from './model-based-reflex';
import { tasks as goalBased } from './goal-based';
import { tasks as utilityBased } from './utility-based';
import { tasks as learning } from './learning';
import { tasks as validation } from './validation';

export const SUITE_TASKS: readonly AnyTask[] = [
  ...simpleReflex,
  ...modelBasedReflex,
  ...goalBased,
  ...utilityBased,
  ...learning,
];

/** Held out: never part of a profile; used to measure how well the suite predicts. */
export const VALIDATION_TASKS: readonly AnyTask[] = validation;

export function tasksOfType(type: AgentType): AnyTask[] {
  return SUITE_TASKS.filter((task) => task.type === type);
}

export function findTask(id: string): AnyTask | undefined {
  return SUITE_TASKS.find((task) => task.id === id) ?? VALIDATION_TASKS.find((task) => task.id === id);
}

/**
 * The suite version: a hash of every task's id, type, revision and default sizes. A task bumps
 * its revision whenever its generator, prompts or scorer change, so profiles measured with a
 * different suite are recognisable.
 */
export function suiteVersion(tasks: readonly AnyTask[] = SUITE_TASKS): string {
  const text = tasks
    .map((t) => `${t.id}|${t.type}|${t.revision}|${t.defaultScenarios}|${t.maxCallsPerScenario}`)
    .join('\n');
  return `suite-${hashString(text).toString(16).padStart(8, '0')}`;
}
