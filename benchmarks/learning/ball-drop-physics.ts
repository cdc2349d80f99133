// The hidden physics of ball-drop: a carrier flies level along x from x = 0 at time 0; a payload
// released at time t lands at v*(t + delay) + (v + wind)*sqrt(2h/g). Gravity is never Earth's,
// and medium/hard add wind and a release delay, so the past drops are the only way to learn it.
import type { Rng } from '../lib/rng';
import type { Difficulty } from '../types';
import { roundTo } from '../lib/task-kit';

export interface World {
  gravity: number;
  wind: number;
  delay: number;
}

export interface DropSetup {
  speed: number;
  height: number;
  target: number;
}

export interface PastDrop extends DropSetup {
  release: number;
  landed: number;
}

/** Release window in seconds after the run starts. */
export const WINDOW = 60;

export function drawWorld(rng: Rng, difficulty: Difficulty): World {
  // Gravity well away from Earth's (6-14 m/s^2 excluded), so an Earth prior does not suffice.
  const gravity = rng.chance(0.5) ? roundTo(1.5 + rng.next() * 4.5, 2) : roundTo(14 + rng.next() * 16, 2);
  const windSpeed = roundTo(3 + rng.next() * 9, 1);
  return {
    gravity,
    wind: difficulty === 'easy' ? 0 : rng.chance(0.5) ? windSpeed : -windSpeed,
    delay: difficulty === 'hard' ? roundTo(1 + rng.next() * 2.5, 2) : 0,
  };
}

export function landing(world: World, speed: number, height: number, release: number): number {
  const fall = Math.sqrt((2 * height) / world.gravity);
  return speed * (release + world.delay) + (speed + world.wind) * fall;
}

export function idealRelease(world: World, drop: DropSetup): number {
  return (drop.target - landing(world, drop.speed, drop.height, 0)) / drop.speed;
}

/** Distance that scores 0: the ground the carrier covers in an eighth of the window. */
export function worstMiss(drop: DropSetup): number {
  return (drop.speed * WINDOW) / 8;
}

/** Miss in metres as reported to the agent (0.1 m resolution). */
export function missOf(world: World, drop: DropSetup, release: number): number {
  return roundTo(Math.abs(landing(world, drop.speed, drop.height, release) - drop.target), 1);
}

/** A drop whose ideal release sits well inside the window; the target is a whole 0.1 m. */
export function drawSetup(rng: Rng, world: World): DropSetup {
  const speed = rng.int(10, 30);
  const height = rng.int(5, 30) * 20;
  const ideal = WINDOW * (0.15 + rng.next() * 0.7);
  return { speed, height, target: roundTo(landing(world, speed, height, ideal), 1) };
}

/** Earlier drops by a controller that ignored the unfamiliar physics in varying ways. */
export function drawPast(rng: Rng, world: World, count: number): PastDrop[] {
  const past: PastDrop[] = [];
  for (let i = 0; i < count; i++) {
    const setup = drawSetup(rng, world);
    const overhead = setup.target / setup.speed - rng.next() * 12;
    const release = roundTo(Math.max(0, Math.min(WINDOW, overhead)), 1);
    past.push({ ...setup, release, landed: roundTo(landing(world, setup.speed, setup.height, release), 1) });
  }
  return past;
}
