import { describe, expect, it } from 'vitest';
import { DIFFICULTIES } from '../types';
import { productionTradeOff } from './production-trade-off';
import { gridPoints } from './production-model';

describe('production-trade-off optimum', () => {
  it('moves with the scenario: no grid position is optimal in more than 20% of 300 scenarios', () => {
    const counts = new Map<string, number>();
    let corners = 0;
    for (const difficulty of DIFFICULTIES) {
      for (let seed = 0; seed < 100; seed++) {
        const scenario = productionTradeOff.generate(seed, difficulty);
        const best = productionTradeOff.solve(scenario) as { speed: number; temperature: number; crew?: number };
        const { speed, temperature } = scenario.grid;
        const position = `${speed.indexOf(best.speed)},${temperature.indexOf(best.temperature)},${best.crew ?? '-'}`;
        counts.set(position, (counts.get(position) ?? 0) + 1);
        const atEdge = (values: number[], v: number) => v === values[0] || v === values[values.length - 1];
        if (atEdge(speed, best.speed) && atEdge(temperature, best.temperature)) corners++;
        expect(gridPoints(scenario.grid).length).toBeGreaterThan(20);
      }
    }
    const mostCommon = Math.max(...counts.values());
    expect(mostCommon / 300).toBeLessThanOrEqual(0.2);
    expect(corners / 300).toBeLessThanOrEqual(0.2);
  });
});
