import type { AnyTask } from '../types';
import { bookingSearchPlan } from './booking-search-plan';
import { multiGoalShortestPath } from './multi-goal-shortest-path';
import { siteNavigation } from './site-navigation';

/** The goal-based tasks, in suite order. */
export const tasks: AnyTask[] = [bookingSearchPlan, multiGoalShortestPath, siteNavigation];
