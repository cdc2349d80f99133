import type { AnyTask } from '../types';

/** The model-based-reflex tasks, in suite order. */
export const tasks: AnyTask[] = [];
