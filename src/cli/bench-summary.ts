// The table a bench run ends with: per model and agent type, the measured score with its 95%
// interval and n, and for simulated models the configured competence it should recover.
import type { ProfileSet } from '../core/profiles/schema';
import { AGENT_TYPES } from '../core/types';
import { findSimSpec, shippedSimModels } from '../providers/sim';

export function formatProfileSummary(set: ProfileSet, models: readonly string[]): string[] {
  const specs = set.simulated ? shippedSimModels() : [];
  const lines = [`model                        ${AGENT_TYPES.map((t) => t.padEnd(34)).join('')}`];
  for (const profile of set.models) {
    if (!models.includes(profile.model)) continue;
    const spec = findSimSpec(specs, profile.model);
    const cells = AGENT_TYPES.map((type) => {
      const { mean, lo, hi, n } = profile.types[type].score;
      const configured = spec ? ` c=${spec.competence[type].toFixed(2)}` : '';
      return `${mean.toFixed(3)} [${lo.toFixed(2)},${hi.toFixed(2)}] n=${n}${configured} `.padEnd(34);
    });
    lines.push(`${profile.model.padEnd(29)}${cells.join('')}`);
  }
  return lines;
}
