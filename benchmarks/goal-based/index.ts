import type { AnyTask } from '../types';

/** The goal-based tasks, in suite order. */
export const tasks: AnyTask[] = [];
