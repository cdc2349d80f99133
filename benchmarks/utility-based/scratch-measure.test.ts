import { it } from 'vitest';
import { tasks } from './index';
import { playMany, solverPlayer, wrongPlayer, textPlayer, ADVERSARIAL_REPLIES } from '../lib/task-checks';
it('measure', async () => {
  for (const task of tasks) {
    const t0 = Date.now();
    const s = await playMany(task, solverPlayer(task));
    const t1 = Date.now();
    const w = await playMany(task, wrongPlayer(task));
    const adv = [];
    for (const a of ADVERSARIAL_REPLIES) adv.push((await playMany(task, textPlayer(a), 5)).max);
    console.log(task.id, 'solver', s.min, s.mean, 'ms', t1 - t0, 'wrong', w.max, 'adv', adv.join(','));
  }
});
