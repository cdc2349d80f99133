import type { AnyTask } from '../types';
import { elevatorTracking } from './elevator-tracking';
import { purchaseChoice } from './purchase-choice';
import { ruleInduction } from './rule-induction';
import { ticketRouting } from './ticket-routing';
import { waterJugs } from './water-jugs';

/** The validation tasks (held out, one per agent type), in type order. */
export const tasks: AnyTask[] = [ticketRouting, elevatorTracking, waterJugs, purchaseChoice, ruleInduction];
