import { describe, expect, it } from 'vitest';
import { jsonReply } from '../lib/task-kit';
import { ADVERSARIAL_REPLIES, playMany, solverPlayer, textPlayer, wrongPlayer, type Player } from '../lib/task-checks';
import type { AnyTask } from '../types';
import { tasks } from './index';
import { ticketRouting } from './ticket-routing';
import { elevatorTracking, type ElevatorScenario } from './elevator-tracking';
import { waterJugs } from './water-jugs';
import { purchaseChoice, type PurchaseScenario } from './purchase-choice';
import { ruleInduction } from './rule-induction';

const QUEUES = ['billing', 'technical', 'account_access', 'shipping', 'cancellation'];
const JUG_ACTIONS = ['fill A', 'fill B', 'empty A', 'empty B', 'pour A B', 'pour B A'];

describe('validation tasks', () => {
  it('ids are prefixed and there is one per agent type', () => {
    expect(tasks.every((task) => task.id.startsWith('validation-'))).toBe(true);
    expect(new Set(tasks.map((task) => task.type)).size).toBe(5);
  });

  it.each(tasks.map((task) => [task.id, task] as const))('%s: solver 1, wrong 0, adversarial 0', async (_id, task) => {
    expect((await playMany(task, solverPlayer(task))).min).toBe(1);
    expect((await playMany(task, wrongPlayer(task))).max).toBe(0);
    for (const reply of ADVERSARIAL_REPLIES) expect((await playMany(task, textPlayer(reply), 3)).max).toBe(0);
  });

  it('random and trivial players score low', async () => {
    const low = async (player: Player, task: AnyTask = ticketRouting) => expect((await playMany(task, player)).mean).toBeLessThanOrEqual(0.5);
    await low((_s, _r, rng) => jsonReply({ queue: rng.pick(QUEUES) }));
    for (const queue of QUEUES) await low(() => jsonReply({ queue }));
    await low((_s, _r, rng) => jsonReply({ floor: rng.int(0, 20) }), elevatorTracking);
    await low((s) => jsonReply({ floor: (s as ElevatorScenario).start }), elevatorTracking);
    await low((_s, _r, rng) => jsonReply({ plan: Array.from({ length: rng.int(1, 8) }, () => rng.pick(JUG_ACTIONS)) }), waterJugs);
    await low((s, _r, rng) => jsonReply({ items: (s as PurchaseScenario).items.filter(() => rng.chance(0.5)).map((i) => i.id) }), purchaseChoice);
    await low((s) => jsonReply({ items: [...(s as PurchaseScenario).items].sort((a, b) => a.price - b.price).slice(0, 2).map((i) => i.id) }), purchaseChoice);
    await low((_s, _r, rng) => jsonReply({ labels: Array.from({ length: 6 }, () => rng.pick(['accept', 'reject'])) }), ruleInduction);
    await low(() => jsonReply({ labels: Array(6).fill('accept') }), ruleInduction);
  });
});
