// More training families, written for diversity where family cross-validation on the training
// split showed confusions. Always in the training split (they never displace a held-out family).
import type { Family } from './kit';
import { extraTrainChoice } from './extra-train-choice';
import { extraTrainWorld } from './extra-train-world';

export const extraTrainFamilies: Family[] = [...extraTrainChoice, ...extraTrainWorld];
