// Booking search plan: a natural-language request -> the searches covering every allowed combination.
import { extractJson, isRecord, replyText } from '../../lib/reply-text';
import { jsonSchemaFormat, singleCallTask, textReply } from '../../lib/single-call-task';
import type { Task } from '../../types';
import { DESTINATIONS, generateBooking, ORIGIN_CITIES, type BookingScenario, type Search } from './request';

const directory = [
  ...Object.entries(ORIGIN_CITIES).map(([city, airports]) => `${city}: ${Object.entries(airports).map(([code, name]) => `${code} (${name})`).join(', ')}`),
  ...Object.entries(DESTINATIONS).map(([city, code]) => `${city}: ${code}`),
];

const SYSTEM = [
  'You are the search planner of a travel-booking agent. The flight search API takes one origin airport, one',
  'destination airport and one departure date per call, and every call costs money. Turn the traveller\'s',
  'request into the set of searches that covers every allowed combination exactly once, and nothing else.',
  'Airports (IATA codes):',
  ...directory,
  'Answer with JSON: {"searches": [{"origin": "XXX", "destination": "XXX", "date": "YYYY-MM-DD"}]}.',
].join('\n');

const SCHEMA = {
  type: 'object',
  properties: {
    searches: {
      type: 'array',
      items: {
        type: 'object',
        properties: { origin: { type: 'string' }, destination: { type: 'string' }, date: { type: 'string' } },
        required: ['origin', 'destination', 'date'],
        additionalProperties: false,
      },
    },
  },
  required: ['searches'],
  additionalProperties: false,
};

const keyOf = (s: Search) => `${s.origin}|${s.destination}|${s.date}`;

/** Issued searches as keys; malformed items stay in the count (they cost a call) as ''. */
function parseSearches(text: string): string[] | undefined {
  const json = extractJson(text);
  const list = Array.isArray(json) ? json : isRecord(json) ? json.searches : undefined;
  if (!Array.isArray(list)) return undefined;
  return list.map((item) => {
    if (!isRecord(item)) return '';
    const { origin, destination, date } = item;
    if (typeof origin !== 'string' || typeof destination !== 'string' || typeof date !== 'string') return '';
    return keyOf({ origin: origin.trim().toUpperCase(), destination: destination.trim().toUpperCase(), date: date.trim() });
  });
}

export const bookingSearchPlan: Task<BookingScenario> = singleCallTask<BookingScenario>({
  id: 'booking-search-plan',
  type: 'goal_based',
  title: 'Booking search plan: cover every constraint combination',
  defaultScenarios: 12,
  generate: generateBooking,
  request: (scenario) => ({
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: scenario.request },
    ],
    response_format: jsonSchemaFormat('search_plan', SCHEMA),
  }),
  grade(scenario, reply) {
    const issued = parseSearches(replyText(reply));
    if (!issued) return { score: 0, diagnostics: { unparseable: 'no searches list' } };
    const needed = new Set(scenario.needed.map(keyOf));
    const covered = new Set(issued.filter((key) => needed.has(key))).size;
    const coverage = covered / needed.size;
    const efficiency = issued.length === 0 ? 0 : Math.min(1, needed.size / issued.length);
    return { score: coverage * efficiency, diagnostics: { covered, needed: needed.size, issued: issued.length } };
  },
  solve: (scenario) => scenario.needed,
  reply(scenario, mode) {
    // Wrong: the classic direction slip, every search issued the other way round.
    const flip = (s: Search) => ({ origin: s.destination, destination: s.origin, date: s.date });
    return textReply(JSON.stringify({ searches: mode === 'optimal' ? scenario.needed : scenario.needed.map(flip) }));
  },
});
