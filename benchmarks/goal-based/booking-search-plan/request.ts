// Generates a natural-language booking request and the exact set of searches it needs.
import { createRng, type Rng } from '../../lib/rng';
import { DIFFICULTIES, type Difficulty } from '../../types';

export interface Search { origin: string; destination: string; date: string }
export interface BookingScenario {
  seed: number;
  difficulty: Difficulty;
  request: string;
  needed: Search[];
}

export const ORIGIN_CITIES: Record<string, Record<string, string>> = {
  'New York': { JFK: 'Kennedy', LGA: 'LaGuardia', EWR: 'Newark' },
  Washington: { IAD: 'Dulles', DCA: 'Reagan National', BWI: 'Baltimore' },
  Chicago: { ORD: "O'Hare", MDW: 'Midway' },
  Boston: { BOS: 'Logan' },
  Providence: { PVD: 'T. F. Green' },
};
export const DESTINATIONS: Record<string, string> = { Lisbon: 'LIS', Porto: 'OPO', Madrid: 'MAD', Dublin: 'DUB', Athens: 'ATH' };
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['June', 'July', 'August', 'September'];

interface Day { iso: string; label: string }

function days(rng: Rng, count: number): Day[] {
  const month = rng.int(0, 3);
  const first = rng.int(1, 24);
  return Array.from({ length: count }, (_, i) => {
    const day = first + i;
    // Date.UTC is pure arithmetic (no clock, no locale): safe for byte-stable prompts.
    const weekday = WEEKDAYS[new Date(Date.UTC(2026, month + 5, day)).getUTCDay()]!;
    const iso = `2026-${String(month + 6).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { iso, label: `${weekday} ${MONTHS[month]} ${day}` };
  });
}

function originClause(rng: Rng, level: number): { text: string; codes: string[]; excluded?: string } {
  const multi = rng.pick(['New York', 'Washington', 'Chicago']);
  const airports = ORIGIN_CITIES[multi]!;
  if (level === 2 && rng.chance(0.5)) {
    const [excluded, ...rest] = rng.shuffle(Object.keys(airports));
    return { text: `any ${multi} airport except ${airports[excluded!]}`, codes: rest.sort(), excluded: excluded! };
  }
  if (level >= 1 && rng.chance(0.5)) return { text: `any ${multi} airport`, codes: Object.keys(airports).sort() };
  const single = rng.shuffle(['Boston', 'Providence']).slice(0, rng.int(1, 2));
  return { text: single.join(' or '), codes: single.map((city) => Object.keys(ORIGIN_CITIES[city]!)[0]!).sort() };
}

export function generateBooking(seed: number, difficulty: Difficulty): BookingScenario {
  const rng = createRng(`booking-search-plan:${seed}:${difficulty}`);
  const level = DIFFICULTIES.indexOf(difficulty);
  const origin = originClause(rng, level);
  const cities = rng.shuffle(Object.keys(DESTINATIONS)).slice(0, level === 0 ? 1 : rng.int(1, 2));
  const window = days(rng, [2, 3, 4][level]!);
  let allowed = window;
  const extras: string[] = [];
  if (level === 2) {
    const skip = rng.int(1, window.length - 1);
    extras.push(`I can't travel on ${window[skip]!.label.split(' ')[0]}.`);
    allowed = window.filter((_, i) => i !== skip);
  }
  const conditional = level >= 1 && cities.length === 2 && rng.chance(0.6);
  if (conditional) extras.push(`${cities[1]} only works for me if I leave on ${window[0]!.label}.`);
  const needed: Search[] = [];
  for (const code of origin.codes)
    for (const [i, city] of cities.entries())
      for (const day of allowed)
        if (!(conditional && i === 1 && day !== window[0])) needed.push({ origin: code, destination: DESTINATIONS[city]!, date: day.iso });
  const text = [
    `I need a one-way flight from ${origin.text} to ${cities.join(' or ')},`,
    `leaving any day from ${window[0]!.label} to ${window[window.length - 1]!.label}, 2026.`,
    ...extras,
    'Please find me the options.',
  ].join(' ');
  return { seed, difficulty, request: text, needed };
}
