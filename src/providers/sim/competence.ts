// Deterministic competence: whether a sim model plays a scenario right depends only on the
// model, the agent type and the scenario's ordinal, never on call order or timing.
import type { SimOracle } from '../types';
import { unitHash } from '../../util/hash';
import type { SimModelSpec } from './spec';

// The golden-ratio Kronecker sequence: any N consecutive indices hit [0, c) within ~log(N)/N of c·N.
const GOLDEN = 0.6180339887498949;

function frac(value: number): number {
  return value - Math.floor(value);
}

export function playsCorrectly(modelId: string, agentType: string, scenarioIndex: number, competence: number): boolean {
  const offset = unitHash(`${modelId}|${agentType}`);
  return frac(scenarioIndex * GOLDEN + offset) < competence;
}

export function competenceFor(spec: SimModelSpec, agentType: string): number {
  const table = spec.competence as Record<string, number>;
  // An unknown type (e.g. a validation task's own label) falls back to the mean competence.
  if (agentType in table) return table[agentType] ?? 0;
  const values = Object.values(table);
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

export function oracleDecision(spec: SimModelSpec, oracle: SimOracle): 'optimal' | 'wrong' {
  const competence = competenceFor(spec, oracle.agentType);
  return playsCorrectly(spec.id, oracle.agentType, oracle.scenarioIndex, competence) ? 'optimal' : 'wrong';
}
