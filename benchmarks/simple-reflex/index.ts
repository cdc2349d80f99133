import type { AnyTask } from '../types';
import { trafficSignal } from './traffic-signal';
import { emailTriage } from './email-triage';
import { fraudAlert } from './fraud-alert';

/** The simple-reflex tasks, in suite order. */
export const tasks: AnyTask[] = [trafficSignal, emailTriage, fraudAlert];
