import type { AnyTask } from '../types';

/** The learning tasks, in suite order. */
export const tasks: AnyTask[] = [];
