// Learning: earlier forecasts for the same lake and the populations actually observed are prior
// turns; the agent forecasts the outcome of a new intervention. Score: 1 - error / max error,
// with error the mean relative error across species and max error that of "predict no change"
// (the lake's usual state), so the trivial forecast scores 0.
import type { ChatMessage } from '../../src/core/types';
import { createRng, type Rng } from '../lib/rng';
import { field, replyObject, toNumber } from '../lib/reply-json';
import { fixed, guardScore, jsonReply, jsonSchemaFormat, roundTo, runSingleCall, zero } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest } from '../types';
import { applyIntervention, describeIntervention, drawFactor, drawWeb, outcome, relativeError, SEASONS, SPECIES, type Intervention, type Populations, type Species, type Web } from './ecosystem-model';

export interface EcosystemScenario {
  difficulty: Difficulty;
  lake: string;
  web: Web;
  past: Intervention[];
  query: Intervention;
}

const PAST_COUNT: Record<Difficulty, number> = { easy: 4, medium: 4, hard: 5 };
const LAKES = ['Lake Varden', 'Millpond Reservoir', 'Lough Cairn', 'Silverbeck Tarn', 'Lake Ostra', 'Kestrel Mere'];
const UNITS: Record<Species, string> = { algae: 'tonnes', zooplankton: 'tonnes', perch: 'hundred fish' };

function single(rng: Rng, species: Species): Intervention {
  return { factors: { [species]: drawFactor(rng, rng.chance(0.5) ? 'cull' : 'stock') } };
}

/** Easy: a seen species and direction, new size; medium: a seen species; hard: two seen species at once. */
function drawQuery(rng: Rng, past: readonly Intervention[], difficulty: Difficulty): Intervention {
  const seen = [...new Set(past.flatMap((p) => Object.keys(p.factors) as Species[]))];
  if (difficulty === 'easy') {
    const [species, factor] = Object.entries(rng.pick(past).factors)[0] as [Species, number];
    return { factors: { [species]: drawFactor(rng, factor < 1 ? 'cull' : 'stock') } };
  }
  if (difficulty === 'medium' || seen.length < 2) return single(rng, rng.pick(seen));
  const [first, second] = rng.shuffle(seen);
  return { factors: { ...single(rng, first!).factors, ...single(rng, second!).factors } };
}

function drawScenario(seed: number, difficulty: Difficulty): EcosystemScenario {
  const rng = createRng(`ecosystem-dynamics:${difficulty}:${seed}`);
  const lake = rng.pick(LAKES);
  for (;;) {
    const web = drawWeb(rng);
    const past = Array.from({ length: PAST_COUNT[difficulty] }, () => single(rng, rng.pick(SPECIES)));
    const query = drawQuery(rng, past, difficulty);
    // The intervention must move the lake enough that "no change" is clearly wrong.
    if (relativeError(web.usual, outcome(web, query)) >= 0.1) return { difficulty, lake, web, past, query };
  }
}

function populationsText(p: Populations): string {
  return SPECIES.map((s) => `${s} ${fixed(p[s], 1)} ${UNITS[s]}`).join(', ');
}

function question(scenario: EcosystemScenario, intervention: Intervention): string {
  return `The lake is at its usual state (${populationsText(scenario.web.usual)}). Planned intervention: ${describeIntervention(intervention)}. Forecast the populations ${SEASONS} seasons later.`;
}

function rounded(p: Populations): Populations {
  return { algae: roundTo(p.algae, 1), zooplankton: roundTo(p.zooplankton, 1), perch: roundTo(p.perch, 1) };
}

/** Earlier turns: a naive forecaster's prediction (the intervention, no dynamics) and what happened. */
function history(scenario: EcosystemScenario): ChatMessage[] {
  return scenario.past.flatMap((intervention): ChatMessage[] => {
    const forecast = rounded(applyIntervention(scenario.web.usual, intervention));
    const observed = rounded(outcome(scenario.web, intervention));
    const error = relativeError(forecast, observed);
    return [
      { role: 'user', content: question(scenario, intervention) },
      jsonReply(forecast),
      { role: 'user', content: `Observed ${SEASONS} seasons later: ${populationsText(observed)}. Mean error of your forecast: ${fixed(error * 100, 1)}%.` },
    ];
  });
}

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [...SPECIES],
  properties: Object.fromEntries(SPECIES.map((s) => [s, { type: 'number', description: UNITS[s] }])),
};

function buildRequest(scenario: EcosystemScenario): TaskRequest {
  const system =
    `You are the ecosystem-management agent for ${scenario.lake}. You forecast algae, zooplankton and perch populations ` +
    'after management interventions. Learn how this lake responds from your earlier forecasts and the populations observed.';
  return {
    messages: [{ role: 'system', content: system }, ...history(scenario), { role: 'user', content: question(scenario, scenario.query) }],
    response_format: jsonSchemaFormat('population_forecast', SCHEMA),
  };
}

function parseForecast(reply: Parameters<typeof replyObject>[0]): Populations | string {
  const parsed = replyObject(reply);
  if (!parsed.ok) return parsed.error;
  const values = SPECIES.map((s) => toNumber(field(parsed.value, s, `${s}_t`, `${s}_tonnes`)));
  if (values.some((v) => v === null || v < 0)) return 'missing or negative population';
  return { algae: values[0]!, zooplankton: values[1]!, perch: values[2]! };
}

export const ecosystemDynamics: Task<EcosystemScenario> = {
  id: 'ecosystem-dynamics',
  type: 'learning',
  title: 'Ecosystem dynamics: learn a food web from past interventions, forecast a new one',
  revision: 1,
  maxCallsPerScenario: 1,
  defaultScenarios: 10,
  generate: drawScenario,
  run: (scenario, chat) => runSingleCall(buildRequest(scenario), chat),
  score(scenario, transcript) {
    return guardScore(() => {
      const forecast = parseForecast(transcript.replies[transcript.replies.length - 1]);
      if (typeof forecast === 'string') return zero(`unparseable: ${forecast}`);
      const actual = outcome(scenario.web, scenario.query);
      const error = relativeError(forecast, actual);
      const maxError = relativeError(scenario.web.usual, actual);
      return { score: Math.max(0, 1 - error / maxError), diagnostics: { error, maxError } };
    });
  },
  solve: (scenario) => outcome(scenario.web, scenario.query),
  respond(scenario, _request, mode) {
    return jsonReply(mode === 'optimal' ? outcome(scenario.web, scenario.query) : scenario.web.usual);
  },
};
