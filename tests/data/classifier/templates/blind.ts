// Blind held-out families: written from the type definitions (../shared/TASK-SUITE.md) by an
// author who never saw the classifier's errors, and never run through the classifier while being
// written. Every row is held out; none of these is ever trained on.
import type { Family } from './kit';
import { blindReflex } from './blind-reflex';
import { blindDecide } from './blind-decide';
import { blindExperience } from './blind-experience';

export const blindFamilies: Family[] = [...blindReflex, ...blindDecide, ...blindExperience];
