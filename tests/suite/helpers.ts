// Shared fixtures for the suite-wide tests: every task, suite and validation, is covered automatically.
import { createHash } from 'node:crypto';
import { SUITE_TASKS, VALIDATION_TASKS } from '../../benchmarks/index';
import type { AnyTask } from '../../benchmarks/types';

export const ALL_TASKS: readonly AnyTask[] = [...SUITE_TASKS, ...VALIDATION_TASKS];

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}
