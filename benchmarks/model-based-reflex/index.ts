import type { AnyTask } from '../types';
import { partialViewMaze } from './partial-view-maze';
import { inventoryRestock } from './inventory-restock';
import { incidentTagging } from './incident-tagging';

/** The model-based-reflex tasks, in suite order. */
export const tasks: AnyTask[] = [partialViewMaze, inventoryRestock, incidentTagging];
