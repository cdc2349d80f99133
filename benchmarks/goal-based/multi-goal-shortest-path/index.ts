// Multi-goal shortest path: a weighted directed graph, a start and goals -> one path visiting all goals.
import { extractJson, isRecord, MAX_REPLY_CHARS, replyText } from '../../lib/reply-text';
import { jsonSchemaFormat, singleCallTask, textReply } from '../../lib/single-call-task';
import type { Task } from '../../types';
import { generatePath, pathLength, type PathScenario } from './solve';

const SYSTEM = [
  'You are the route planner of a warehouse delivery robot. Corridors are one-way and have travel times.',
  'Plan a route from the start that visits every goal station (in any order; it may end anywhere) with the',
  'smallest total travel time. Answer with JSON: {"path": [station names from the start to the end, every',
  'station passed included]}. Consecutive stations must be joined by a corridor in that direction.',
].join('\n');

const SCHEMA = {
  type: 'object',
  properties: { path: { type: 'array', items: { type: 'string' } } },
  required: ['path'],
  additionalProperties: false,
};

function userPrompt(scenario: PathScenario): string {
  const corridors = scenario.edges.map((e) => `${e.from} -> ${e.to}: ${e.weight} min`);
  return [`Corridors:`, ...corridors, '', `Start: ${scenario.start}`, `Goals: ${scenario.goals.join(', ')}`].join('\n');
}

/** The path a reply names: JSON {"path": [...]} or a bare array, or an "A -> B -> C" line. */
function parsePath(scenario: PathScenario, text: string): string[] | undefined {
  if (text.length > MAX_REPLY_CHARS) return undefined;
  const json = extractJson(text);
  const value = Array.isArray(json) ? json : isRecord(json) ? json.path : undefined;
  const names = new Map(scenario.nodes.map((n) => [n.toLowerCase(), n]));
  const canonical = (items: unknown[]) =>
    items.every((item) => typeof item === 'string' && names.has(item.trim().toLowerCase()))
      ? items.map((item) => names.get((item as string).trim().toLowerCase())!)
      : undefined;
  if (json !== undefined) return Array.isArray(value) ? canonical(value) : undefined;
  const line = text.split('\n').find((l) => l.includes('->'));
  return line ? canonical(line.split('->').map((part) => part.replace(/[`*.]/g, ''))) : undefined;
}

export const multiGoalShortestPath: Task<PathScenario> = singleCallTask<PathScenario>({
  id: 'multi-goal-shortest-path',
  type: 'goal_based',
  title: 'Multi-goal shortest path in a weighted directed graph',
  defaultScenarios: 12,
  generate: generatePath,
  request: (scenario) => ({
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: userPrompt(scenario) },
    ],
    response_format: jsonSchemaFormat('route_plan', SCHEMA),
  }),
  grade(scenario, reply) {
    const path = parsePath(scenario, replyText(reply));
    if (!path) return { score: 0, diagnostics: { unparseable: 'no path of known stations' } };
    const length = pathLength(scenario, path);
    const diagnostics = { path, length: length ?? null, optimal: scenario.optimalLength };
    return { score: length === undefined ? 0 : scenario.optimalLength / Math.max(length, scenario.optimalLength), diagnostics };
  },
  solve: (scenario) => scenario.optimalPath,
  // Wrong: the optimal route cut one station short, so the last goal is never reached.
  reply: (scenario, mode) =>
    textReply(JSON.stringify({ path: mode === 'optimal' ? scenario.optimalPath : scenario.optimalPath.slice(0, -1) })),
});
