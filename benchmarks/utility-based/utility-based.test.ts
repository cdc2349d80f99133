import { describe, expect, it } from 'vitest';
import { jsonReply } from '../lib/task-kit';
import { ADVERSARIAL_REPLIES, playMany, solverPlayer, textPlayer, wrongPlayer, type Player } from '../lib/task-checks';
import type { Rng } from '../lib/rng';
import { tasks } from './index';
import { taskScheduling, type SchedulingScenario } from './task-scheduling';
import { portfolioChoice, type PortfolioScenario } from './portfolio-choice';
import { productionTradeOff, type ProductionScenario } from './production-trade-off';
import { gridPoints } from './production-model';

const randomSchedule: Player = (scenario, _request, rng) => {
  const { jobs } = scenario as SchedulingScenario;
  const chosen = jobs.filter(() => rng.chance(0.5));
  return jsonReply({ schedule: chosen.map((job) => ({ job: job.id, start: rng.int(job.release, job.deadline - job.duration) })) });
};
const allAtRelease: Player = (scenario) =>
  jsonReply({ schedule: (scenario as SchedulingScenario).jobs.map((job) => ({ job: job.id, start: job.release })) });

function randomWeights(rng: Rng, names: string[]): Array<{ asset: string; weight: number }> {
  const raw = names.map(() => rng.next());
  const total = raw.reduce((a, b) => a + b, 0);
  return names.map((asset, i) => ({ asset, weight: raw[i]! / total }));
}
const randomAllocation: Player = (scenario, _request, rng) =>
  jsonReply({ allocations: randomWeights(rng, [...(scenario as PortfolioScenario).assets.map((a) => a.ticker), 'CASH']) });
const equalAllocation: Player = (scenario) => {
  const { assets } = scenario as PortfolioScenario;
  return jsonReply({ allocations: assets.map((a) => ({ asset: a.ticker, weight: 1 / assets.length })) });
};
const cappedEqual: Player = (scenario) => {
  const { assets, cap } = scenario as PortfolioScenario;
  const weight = Math.min(cap, 1 / assets.length);
  return jsonReply({ allocations: [...assets.map((a) => ({ asset: a.ticker, weight })), { asset: 'CASH', weight: 1 - weight * assets.length }] });
};

const randomSetting: Player = (scenario, _request, rng) => jsonReply(rng.pick(gridPoints((scenario as ProductionScenario).grid)));
const fixedIndex = (index: number): Player => (scenario) => {
  const points = gridPoints((scenario as ProductionScenario).grid);
  return jsonReply(points[Math.min(index, points.length - 1)]);
};

describe('utility-based tasks', () => {
  it.each(tasks.map((task) => [task.id, task] as const))('%s: solver 1, wrong 0, adversarial 0', async (_id, task) => {
    expect((await playMany(task, solverPlayer(task))).min).toBe(1);
    expect((await playMany(task, wrongPlayer(task))).max).toBe(0);
    for (const reply of ADVERSARIAL_REPLIES) expect((await playMany(task, textPlayer(reply), 3)).max).toBe(0);
  });

  it('task-scheduling: random and trivial schedules score low', async () => {
    expect((await playMany(taskScheduling, randomSchedule)).mean).toBeLessThanOrEqual(0.5);
    expect((await playMany(taskScheduling, allAtRelease)).mean).toBeLessThanOrEqual(0.5);
    expect((await playMany(taskScheduling, () => jsonReply({ schedule: [] }))).mean).toBe(0);
  });

  it('portfolio-choice: random, equal and all-cash allocations score low', async () => {
    expect((await playMany(portfolioChoice, randomAllocation)).mean).toBeLessThanOrEqual(0.5);
    expect((await playMany(portfolioChoice, equalAllocation)).mean).toBeLessThanOrEqual(0.5);
    expect((await playMany(portfolioChoice, cappedEqual)).mean).toBeLessThanOrEqual(0.5);
    expect((await playMany(portfolioChoice, () => jsonReply({ allocations: [{ asset: 'CASH', weight: 1 }] }))).mean).toBe(0);
  });

  it('production-trade-off: random and every constant grid position score low', async () => {
    expect((await playMany(productionTradeOff, randomSetting)).mean).toBeLessThanOrEqual(0.5);
    for (let index = 0; index < 36; index++) expect((await playMany(productionTradeOff, fixedIndex(index), 40)).mean).toBeLessThanOrEqual(0.5);
  });
});
