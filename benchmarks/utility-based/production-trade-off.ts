// Utility-based: choose operating parameters on a discrete grid to maximise a weighted utility
// under an energy cap and a yield floor. Score: (U - Umin)/(Umax - Umin) over feasible grid
// points, 0 if infeasible or off the grid. The optimum moves with the scenario (tested).
import { createRng } from '../lib/rng';
import { field, replyObject, toNumber } from '../lib/reply-json';
import { fixed, guardScore, jsonReply, jsonSchemaFormat, runSingleCall, zero } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest } from '../types';
import { drawGrid, drawParams, evaluate, gridPoints, type Grid, type PlantParams, type Point } from './production-model';

export interface ProductionScenario {
  difficulty: Difficulty;
  grid: Grid;
  params: PlantParams;
  request: TaskRequest;
}

interface Ranked {
  best: Point;
  worst: Point;
  umax: number;
  umin: number;
}

export function rankGrid(params: PlantParams, grid: Grid): Ranked | null {
  let ranked: Ranked | null = null;
  for (const point of gridPoints(grid)) {
    const { utility, feasible } = evaluate(params, grid, point);
    if (!feasible) continue;
    if (!ranked) ranked = { best: point, worst: point, umax: utility, umin: utility };
    else if (utility > ranked.umax) Object.assign(ranked, { best: point, umax: utility });
    else if (utility < ranked.umin) Object.assign(ranked, { worst: point, umin: utility });
  }
  return ranked;
}

function drawScenario(seed: number, difficulty: Difficulty): Omit<ProductionScenario, 'request'> {
  const rng = createRng(`production-trade-off:${difficulty}:${seed}`);
  for (;;) {
    const grid = drawGrid(rng, difficulty);
    const params = drawParams(rng, grid, difficulty);
    // The energy cap cuts off the hungriest 15-50% of settings.
    const energies = gridPoints(grid).map((point) => evaluate(params, grid, point).energy).sort((a, b) => a - b);
    params.energyCap = Math.round(energies[Math.floor(energies.length * (0.5 + rng.next() * 0.35))]!);
    const ranked = rankGrid(params, grid);
    const feasibleCount = gridPoints(grid).filter((point) => evaluate(params, grid, point).feasible).length;
    if (ranked && feasibleCount >= 4 && ranked.umax - ranked.umin > 1) return { difficulty, grid, params };
  }
}

function equations(p: PlantParams, grid: Grid): string[] {
  const hard = p.speedPerCrew !== undefined;
  const minT = grid.temperature[0]!;
  return [
    hard
      ? `units per hour = ${p.unitsPerSpeed} * min(speed, ${p.speedPerCrew} * crew)`
      : `units per hour = ${p.unitsPerSpeed} * speed`,
    `yield (%) = ${p.yieldPeak} * exp(-((temperature - ${p.bestTemperature}) / ${p.temperatureWidth})^2 - ((speed - ${p.bestSpeed}) / ${p.speedWidth})^2)`,
    `energy (kW) = ${p.energyBase} + ${fixed(p.energyPerSpeed, 1)} * speed + ${fixed(p.energyPerDegree, 1)} * (temperature - ${minT})`,
    `profit ($/h) = ${p.unitPrice} * units per hour * yield / 100 - ${fixed(p.energyPrice, 2)} * energy` + (hard ? ` - ${p.wage} * crew` : ''),
    `utility = ${p.weightProfit} * profit + ${p.weightYield} * yield - ${fixed(p.weightEnergy, 1)} * energy`,
  ];
}

function buildRequest(grid: Grid, params: PlantParams): TaskRequest {
  const lines = [
    'Plant model:',
    ...equations(params, grid).map((line) => `  ${line}`),
    `Constraints: energy <= ${params.energyCap} kW; yield >= ${params.minYield}%.`,
    `Allowed settings: speed in {${grid.speed.join(', ')}}; temperature in {${grid.temperature.join(', ')}}` + (grid.crew ? `; crew in {${grid.crew.join(', ')}}.` : '.'),
    'Choose the allowed setting that maximises utility while meeting both constraints. Return the parameter set as JSON.',
  ];
  const properties: Record<string, unknown> = { speed: { type: 'number', enum: grid.speed }, temperature: { type: 'number', enum: grid.temperature } };
  if (grid.crew) properties.crew = { type: 'integer', enum: grid.crew };
  return {
    messages: [
      { role: 'system', content: 'You are a process-optimisation agent for a production line. You pick operating parameters that trade off profit, quality and energy as the plant weights say.' },
      { role: 'user', content: lines.join('\n') },
    ],
    response_format: jsonSchemaFormat('line_settings', { type: 'object', additionalProperties: false, required: Object.keys(properties), properties }),
  };
}

function parsePoint(reply: Parameters<typeof replyObject>[0], grid: Grid): Point | string {
  const parsed = replyObject(reply);
  if (!parsed.ok) return parsed.error;
  const speed = toNumber(field(parsed.value, 'speed', 'lineSpeed'));
  const temperature = toNumber(field(parsed.value, 'temperature', 'temp', 'ovenTemperature'));
  const crew = toNumber(field(parsed.value, 'crew', 'crewSize'));
  if (speed === null || temperature === null || (grid.crew && crew === null)) return 'missing parameter';
  const onGrid = (values: readonly number[], v: number) => values.some((g) => Math.abs(g - v) < 1e-9);
  if (!onGrid(grid.speed, speed) || !onGrid(grid.temperature, temperature) || (grid.crew && !onGrid(grid.crew, crew!))) return 'setting not on the allowed grid';
  return grid.crew ? { speed, temperature, crew: crew! } : { speed, temperature };
}

export const productionTradeOff: Task<ProductionScenario> = {
  id: 'production-trade-off',
  type: 'utility_based',
  title: 'Production trade-off: weighted objectives and constraints on a parameter grid',
  revision: 1,
  maxCallsPerScenario: 1,
  defaultScenarios: 10,
  generate(seed, difficulty) {
    const base = drawScenario(seed, difficulty);
    return { ...base, request: buildRequest(base.grid, base.params) };
  },
  run: (scenario, chat) => runSingleCall(scenario.request, chat),
  score(scenario, transcript) {
    return guardScore(() => {
      const point = parsePoint(transcript.replies[transcript.replies.length - 1], scenario.grid);
      if (typeof point === 'string') return zero(`unparseable: ${point}`);
      const value = evaluate(scenario.params, scenario.grid, point);
      if (!value.feasible) return zero('infeasible setting', { point });
      const { umax, umin } = rankGrid(scenario.params, scenario.grid)!;
      return { score: (value.utility - umin) / (umax - umin), diagnostics: { utility: value.utility, umax, umin } };
    });
  },
  solve: (scenario) => rankGrid(scenario.params, scenario.grid)!.best,
  respond(scenario, _request, mode) {
    const ranked = rankGrid(scenario.params, scenario.grid)!;
    return jsonReply(mode === 'optimal' ? ranked.best : ranked.worst);
  },
};
