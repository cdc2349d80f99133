// The hidden food web of ecosystem-dynamics: a discrete Lotka-Volterra chain (algae, grazing
// zooplankton, perch) built around a chosen equilibrium, so the lake's usual state is known but
// its response to a cull or a restocking must be learned from past interventions.
import type { Rng } from '../lib/rng';

export const SPECIES = ['algae', 'zooplankton', 'perch'] as const;
export type Species = (typeof SPECIES)[number];
export type Populations = Record<Species, number>;

export interface Web {
  usual: Populations;
  growth: number;
  capacity: number;
  grazing: number;
  conversion: number;
  predation: number;
  zooplanktonDeath: number;
  perchConversion: number;
  perchDeath: number;
}

export interface Intervention {
  /** Multipliers applied at the start, e.g. perch 0.6 = cull 40% of the perch. */
  factors: Partial<Record<Species, number>>;
}

export const SEASONS = 2;

export function drawWeb(rng: Rng): Web {
  const usual = { algae: rng.int(30, 90) * 10, zooplankton: rng.int(40, 150), perch: rng.int(10, 60) };
  const growth = 0.6 + rng.next() * 0.4;
  const grazingShare = 0.2 + rng.next() * 0.25;
  const gain = 0.3 + rng.next() * 0.3;
  const predationShare = 0.1 + rng.next() * (gain - 0.15);
  const perchDeath = 0.1 + rng.next() * 0.2;
  const grazing = grazingShare / usual.zooplankton;
  const predation = predationShare / usual.perch;
  return {
    usual,
    growth,
    capacity: usual.algae / (1 - grazingShare / growth),
    grazing,
    conversion: gain / (grazing * usual.algae),
    predation,
    zooplanktonDeath: gain - predationShare,
    perchConversion: perchDeath / (predation * usual.zooplankton),
    perchDeath,
  };
}

function season(web: Web, p: Populations): Populations {
  const grazed = web.grazing * p.algae * p.zooplankton;
  const eaten = web.predation * p.zooplankton * p.perch;
  return {
    algae: Math.max(0, p.algae + web.growth * p.algae * (1 - p.algae / web.capacity) - grazed),
    zooplankton: Math.max(0, p.zooplankton + web.conversion * grazed - eaten - web.zooplanktonDeath * p.zooplankton),
    perch: Math.max(0, p.perch + web.perchConversion * eaten - web.perchDeath * p.perch),
  };
}

export function applyIntervention(start: Populations, intervention: Intervention): Populations {
  const after = { ...start };
  for (const species of SPECIES) after[species] *= intervention.factors[species] ?? 1;
  return after;
}

/** Populations SEASONS seasons after the intervention hits the lake at its usual state. */
export function outcome(web: Web, intervention: Intervention): Populations {
  let p = applyIntervention(web.usual, intervention);
  for (let s = 0; s < SEASONS; s++) p = season(web, p);
  return p;
}

/** Mean relative error across species. */
export function relativeError(predicted: Populations, actual: Populations): number {
  return SPECIES.reduce((sum, s) => sum + Math.abs(predicted[s] - actual[s]) / Math.max(actual[s], 1e-6), 0) / SPECIES.length;
}

export function drawFactor(rng: Rng, direction: 'cull' | 'stock'): number {
  return direction === 'cull' ? rng.int(3, 7) / 10 : rng.int(13, 20) / 10;
}

export function describeIntervention(intervention: Intervention): string {
  const parts = SPECIES.filter((s) => intervention.factors[s] !== undefined).map((s) => {
    const factor = intervention.factors[s]!;
    const percent = Math.round(Math.abs(factor - 1) * 100);
    if (s === 'algae') return factor < 1 ? `harvest ${percent}% of the algae` : `seed algae (+${percent}%)`;
    return factor < 1 ? `remove ${percent}% of the ${s}` : `restock ${s} (+${percent}%)`;
  });
  return parts.join(' and ');
}
