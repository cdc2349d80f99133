import type { AnyTask } from '../types';

/** The validation tasks, in suite order. */
export const tasks: AnyTask[] = [];
