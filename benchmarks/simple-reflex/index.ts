import type { AnyTask } from '../types';

/** The simple-reflex tasks, in suite order. */
export const tasks: AnyTask[] = [];
