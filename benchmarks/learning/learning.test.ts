import { describe, expect, it } from 'vitest';
import { jsonReply, toolCallReply } from '../lib/task-kit';
import { ADVERSARIAL_REPLIES, playMany, solverPlayer, textPlayer, wrongPlayer, type Player } from '../lib/task-checks';
import { tasks } from './index';
import { ballDrop, type BallDropScenario } from './ball-drop';
import { WINDOW } from './ball-drop-physics';
import { marketTrading } from './market-trading';
import { ACTIONS } from './market-model';
import { ecosystemDynamics, type EcosystemScenario } from './ecosystem-dynamics';
import { applyIntervention, SPECIES } from './ecosystem-model';
import type { TaskRequest } from '../types';

const release = (time: number) => toolCallReply('call_x', 'release_payload', { release_time_s: time });
const stageOf = (scenario: BallDropScenario, request: TaskRequest) =>
  scenario.stages[Math.min(2, request.messages.filter((m) => m.role === 'assistant').length - scenario.past.length)]!;
const overhead: Player = (scenario, request) => {
  const drop = stageOf(scenario as BallDropScenario, request);
  return release(Math.min(WINDOW, Math.max(0, drop.target / drop.speed)));
};
const order = (action: string) => toolCallReply('call_o', 'place_order', { action });
const interventionOnly: Player = (scenario) => {
  const s = scenario as EcosystemScenario;
  return jsonReply(applyIntervention(s.web.usual, s.query));
};

describe('learning tasks', () => {
  it.each(tasks.map((task) => [task.id, task] as const))('%s: solver 1, wrong 0, adversarial 0', async (_id, task) => {
    expect((await playMany(task, solverPlayer(task))).min).toBe(1);
    expect((await playMany(task, wrongPlayer(task))).max).toBe(0);
    for (const reply of ADVERSARIAL_REPLIES) expect((await playMany(task, textPlayer(reply), 3)).max).toBe(0);
  });

  it('ball-drop: random, constant and physics-blind drops score low', async () => {
    expect((await playMany(ballDrop, (_s, _r, rng) => release(rng.next() * WINDOW))).mean).toBeLessThanOrEqual(0.5);
    for (const time of [0, 15, 30, 45]) expect((await playMany(ballDrop, () => release(time))).mean).toBeLessThanOrEqual(0.5);
    expect((await playMany(ballDrop, overhead)).mean).toBeLessThanOrEqual(0.5);
  });

  it('market-trading: random and constant orders score low', async () => {
    expect((await playMany(marketTrading, (_s, _r, rng) => order(rng.pick(ACTIONS)))).mean).toBeLessThanOrEqual(0.5);
    for (const action of ACTIONS) expect((await playMany(marketTrading, () => order(action))).mean).toBe(0);
  });

  it('ecosystem-dynamics: no-change scores 0; intervention-only and random forecasts score low', async () => {
    const noChange: Player = (scenario) => jsonReply((scenario as EcosystemScenario).web.usual);
    expect((await playMany(ecosystemDynamics, noChange)).max).toBe(0);
    expect((await playMany(ecosystemDynamics, interventionOnly)).mean).toBeLessThanOrEqual(0.5);
    const random: Player = (scenario, _r, rng) => {
      const usual = (scenario as EcosystemScenario).web.usual;
      return jsonReply(Object.fromEntries(SPECIES.map((s) => [s, usual[s] * (0.3 + rng.next() * 1.4)])));
    };
    expect((await playMany(ecosystemDynamics, random)).mean).toBeLessThanOrEqual(0.5);
  });
});
