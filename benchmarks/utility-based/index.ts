import type { AnyTask } from '../types';

/** The utility-based tasks, in suite order. */
export const tasks: AnyTask[] = [];
