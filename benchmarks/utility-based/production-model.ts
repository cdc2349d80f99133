// The production plant behind production-trade-off: a yield peak at a hidden-by-nothing but
// scenario-specific operating point, energy that grows with speed and heat, and a crew limit on
// hard. A narrow yield peak keeps most grid points far from the optimum, so guessing scores low.
import type { Rng } from '../lib/rng';
import type { Difficulty } from '../types';
import { roundTo } from '../lib/task-kit';

export interface PlantParams {
  /** Units per hour per unit of line speed. */
  unitsPerSpeed: number;
  yieldPeak: number;
  bestTemperature: number;
  temperatureWidth: number;
  bestSpeed: number;
  speedWidth: number;
  /** Energy kW = base + perSpeed*speed + perDegree*(temperature - minTemperature). */
  energyBase: number;
  energyPerSpeed: number;
  energyPerDegree: number;
  unitPrice: number;
  energyPrice: number;
  /** Utility weights: profit, yield percentage points, energy kW. */
  weightProfit: number;
  weightYield: number;
  weightEnergy: number;
  energyCap: number;
  minYield: number;
  /** Hard only: line speed one crew member supports, and wage per crew member per hour. */
  speedPerCrew?: number;
  wage?: number;
}

export interface Grid {
  speed: number[];
  temperature: number[];
  crew?: number[];
}

export interface Point {
  speed: number;
  temperature: number;
  crew?: number;
}

export interface Evaluation {
  units: number;
  yieldPercent: number;
  energy: number;
  profit: number;
  utility: number;
  feasible: boolean;
}

export function evaluate(p: PlantParams, grid: Grid, point: Point): Evaluation {
  const effectiveSpeed = p.speedPerCrew === undefined ? point.speed : Math.min(point.speed, p.speedPerCrew * (point.crew ?? 0));
  const units = p.unitsPerSpeed * effectiveSpeed;
  const dt = (point.temperature - p.bestTemperature) / p.temperatureWidth;
  const ds = (point.speed - p.bestSpeed) / p.speedWidth;
  const yieldPercent = p.yieldPeak * Math.exp(-(dt * dt) - ds * ds);
  const energy = p.energyBase + p.energyPerSpeed * point.speed + p.energyPerDegree * (point.temperature - grid.temperature[0]!);
  const labour = (p.wage ?? 0) * (point.crew ?? 0);
  const profit = (p.unitPrice * units * yieldPercent) / 100 - p.energyPrice * energy - labour;
  const utility = p.weightProfit * profit + p.weightYield * yieldPercent - p.weightEnergy * energy;
  return { units, yieldPercent, energy, profit, utility, feasible: energy <= p.energyCap && yieldPercent >= p.minYield };
}

export function gridPoints(grid: Grid): Point[] {
  const points: Point[] = [];
  for (const speed of grid.speed)
    for (const temperature of grid.temperature)
      if (grid.crew) for (const crew of grid.crew) points.push({ speed, temperature, crew });
      else points.push({ speed, temperature });
  return points;
}

function steps(start: number, step: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => start + i * step);
}

export function drawGrid(rng: Rng, difficulty: Difficulty): Grid {
  const speedCount = difficulty === 'easy' ? 5 : 6;
  const temperatureCount = difficulty === 'easy' ? 5 : 7;
  const grid: Grid = { speed: steps(rng.int(2, 6) * 5, rng.pick([5, 10]), speedCount), temperature: steps(rng.int(14, 20) * 10, rng.pick([5, 10]), temperatureCount) };
  if (difficulty === 'hard') grid.crew = [2, 3, 4, 5];
  return grid;
}

function span(values: readonly number[]): { lo: number; hi: number; width: number } {
  const lo = values[0]!;
  const hi = values[values.length - 1]!;
  return { lo, hi, width: hi - lo };
}

/** Peaks land anywhere in (and slightly beyond) the grid; constraints are set later from the grid. */
export function drawParams(rng: Rng, grid: Grid, difficulty: Difficulty): PlantParams {
  const s = span(grid.speed);
  const t = span(grid.temperature);
  const params: PlantParams = {
    unitsPerSpeed: rng.int(4, 12),
    yieldPeak: rng.int(90, 99),
    bestTemperature: roundTo(t.lo - 0.1 * t.width + rng.next() * 1.2 * t.width, 0),
    temperatureWidth: roundTo(t.width * (0.25 + rng.next() * 0.2), 0),
    bestSpeed: roundTo(s.lo - 0.1 * s.width + rng.next() * 1.2 * s.width, 0),
    speedWidth: roundTo(s.width * (0.3 + rng.next() * 0.3), 0),
    energyBase: rng.int(10, 40),
    energyPerSpeed: roundTo(0.5 + rng.next() * 1.5, 1),
    energyPerDegree: roundTo(0.2 + rng.next() * 0.6, 1),
    unitPrice: rng.int(3, 9),
    energyPrice: roundTo(0.1 + rng.next() * 0.3, 2),
    weightProfit: 1,
    weightYield: rng.int(0, 6),
    weightEnergy: roundTo(rng.next() * 2, 1),
    energyCap: 0,
    minYield: rng.int(30, 55),
  };
  if (difficulty === 'hard') {
    params.speedPerCrew = roundTo(s.hi / rng.int(3, 5), 0);
    params.wage = rng.int(20, 60);
  }
  return params;
}
