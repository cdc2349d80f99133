// Cue templates: each rule renders a signal description whose correct action the rule decides.
import type { Rng } from '../../lib/rng';

export const ACTIONS = ['stop', 'go', 'caution'] as const;
export type Action = (typeof ACTIONS)[number];

export interface CueRule {
  id: string;
  action: Action;
  /** Lowest difficulty that uses this rule (0 easy, 1 medium, 2 hard). */
  level: number;
  render(rng: Rng): string;
}

const RED = ['red', 'solid red', 'steady red'];
const GREEN = ['green', 'solid green', 'steady green'];
const AMBER = ['amber', 'yellow', 'steady yellow', 'orange-amber'];
const LIGHT = ['The traffic light ahead', 'The signal for my lane', 'The light at the intersection', 'Our signal'];

const FOREIGN: Record<Action, readonly string[]> = {
  stop: ['El semáforo está en rojo.', 'Le feu est rouge.', 'Die Ampel ist rot.', 'Il semaforo è rosso.', '信号は赤です。'],
  go: ['El semáforo está en verde.', 'Le feu est vert.', 'Die Ampel zeigt Grün.', 'Il semaforo è verde.', '信号は青です。'],
  caution: ['El semáforo está en ámbar.', 'Le feu est orange.', 'Die Ampel zeigt Gelb.', 'Il semaforo è giallo.', '信号は黄色です。'],
};

const steady = (colours: readonly string[]) => (rng: Rng) =>
  `${rng.pick(LIGHT)} is ${rng.pick(colours)}.`;

export const CUE_RULES: readonly CueRule[] = [
  { id: 'steady-red', action: 'stop', level: 0, render: steady(RED) },
  { id: 'flashing-red', action: 'stop', level: 0, render: (rng) => `${rng.pick(LIGHT)} is flashing red.` },
  { id: 'signal-dark', action: 'stop', level: 0, render: (rng) => rng.pick(['The signal is completely dark: power seems out at the junction.', 'All signal heads are off; nothing is lit.']) },
  { id: 'red-foreign', action: 'stop', level: 1, render: (rng) => rng.pick(FOREIGN.stop) },
  { id: 'officer-halt', action: 'stop', level: 2, render: (rng) => `${rng.pick(LIGHT)} is ${rng.pick(GREEN)}, but a police officer in the box is holding up a flat palm at us.` },
  { id: 'emergency-vehicle', action: 'stop', level: 2, render: (rng) => `${rng.pick(LIGHT)} is ${rng.pick(GREEN)}; an ambulance with siren wailing is coming up right behind.` },
  { id: 'changed-to-red', action: 'stop', level: 2, render: () => 'It is not green any more, nor amber: it has just turned red.' },
  { id: 'steady-green', action: 'go', level: 0, render: steady(GREEN) },
  { id: 'green-arrow', action: 'go', level: 0, render: () => 'A green arrow is lit for my lane, pointing the way I am going.' },
  { id: 'green-synonym', action: 'go', level: 0, render: (rng) => rng.pick(['The light just went green.', 'We have the green.', 'Signal shows a go light (green).']) },
  { id: 'green-foreign', action: 'go', level: 1, render: (rng) => rng.pick(FOREIGN.go) },
  { id: 'officer-wave', action: 'go', level: 2, render: (rng) => `${rng.pick(LIGHT)} is stuck on ${rng.pick(RED)}, and the officer directing traffic is waving us through.` },
  { id: 'ped-red-vehicle-green', action: 'go', level: 2, render: () => 'The pedestrian signal shows a red standing figure; the vehicle light for my lane is green.' },
  { id: 'changed-to-green', action: 'go', level: 2, render: () => 'It was red a moment ago; it is no longer red, it is green now.' },
  { id: 'steady-amber', action: 'caution', level: 0, render: steady(AMBER) },
  { id: 'flashing-yellow', action: 'caution', level: 0, render: (rng) => `${rng.pick(LIGHT)} is blinking yellow.` },
  { id: 'amber-synonym', action: 'caution', level: 0, render: (rng) => rng.pick(['The light turned amber as we approach.', 'Signal is showing orange (the in-between colour).']) },
  { id: 'amber-foreign', action: 'caution', level: 1, render: (rng) => rng.pick(FOREIGN.caution) },
  { id: 'other-lane-arrow', action: 'caution', level: 2, render: () => 'The left-turn lane has a green arrow; the light for my lane (straight ahead) is amber.' },
  { id: 'changed-to-amber', action: 'caution', level: 2, render: () => 'The light is not green anymore; it just changed to yellow, not red yet.' },
  { id: 'ped-green-vehicle-amber', action: 'caution', level: 2, render: () => 'The walk signal for pedestrians is a green figure; the vehicle light for my lane is yellow.' },
];

export const NOISE: readonly string[] = [
  'Light rain, wipers on.',
  'A cyclist is waiting on the far corner.',
  'The radio is playing the news.',
  'Speed 38 km/h, dropping.',
  'A bus is parked at the stop across the street.',
  'The passenger says: "red cars are the fastest".',
  'A billboard advertises a green energy plan.',
  'Visibility is good.',
  'A delivery van honks two streets away.',
  'The crosswalk markings are freshly painted.',
];
