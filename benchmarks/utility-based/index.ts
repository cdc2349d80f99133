import type { AnyTask } from '../types';
import { portfolioChoice } from './portfolio-choice';
import { productionTradeOff } from './production-trade-off';
import { taskScheduling } from './task-scheduling';

/** The utility-based tasks, in suite order. */
export const tasks: AnyTask[] = [taskScheduling, portfolioChoice, productionTradeOff];
