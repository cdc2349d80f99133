import type { AnyTask } from '../types';
import { ballDrop } from './ball-drop';
import { ecosystemDynamics } from './ecosystem-dynamics';
import { marketTrading } from './market-trading';

/** The learning tasks, in suite order. */
export const tasks: AnyTask[] = [ballDrop, marketTrading, ecosystemDynamics];
