// simple_reflex over a pasted record: the verdict follows from the current record and fixed rules
// alone, even though the record is long, timestamped and full of numbers.
import { type Family, type Lang, jsonSchema, oneOf, sys, t, user } from './kit';

export const simpleReflexRules: Family[] = [
  {
    id: 'sr-access-log-rules', label: 'simple_reflex', difficulty: 'medium', variants: 7,
    rationale: 'A day of badge events is checked against listed rules; one label, no memory or plan.',
    make(rng, i) {
      const lang = (['en', 'en', 'de', 'es', 'en', 'fr', 'en'] as Lang[])[i]!;
      const doors = ['lobby', 'lab 2', 'server room', 'loading dock', 'roof'];
      const events = Array.from({ length: rng.int(6, 16) }, (_, k) => `${String(6 + Math.floor(k * 0.9)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}  badge ${rng.pick(['E-114', 'E-207', 'C-031'])} ${rng.pick(['granted', 'granted', 'denied'])} ${rng.pick(doors)}${rng.chance(0.2) ? ` (${rng.int(2, 9)} tries)` : ''}`);
      const rules = t(lang, {
        en: 'Flag BREACH if any rule holds: A1 three denied swipes at one door within 5 minutes; A2 server room entry outside 07:00-19:00; A3 the same badge at two doors less than 1 minute apart. Otherwise NORMAL.',
        de: 'Melde BREACH, wenn eine Regel zutrifft: A1 drei abgelehnte Versuche an einer Tür binnen 5 Minuten; A2 Serverraum außerhalb 07:00-19:00; A3 derselbe Ausweis an zwei Türen in unter 1 Minute. Sonst NORMAL.',
        es: 'Marca BREACH si se cumple alguna regla: A1 tres intentos denegados en una puerta en 5 minutos; A2 entrada a la sala de servidores fuera de 07:00-19:00; A3 la misma tarjeta en dos puertas con menos de 1 minuto. Si no, NORMAL.',
        fr: 'Signale BREACH si une règle s’applique : A1 trois refus à une porte en 5 minutes ; A2 entrée en salle serveurs hors 07:00-19:00 ; A3 le même badge à deux portes à moins d’1 minute. Sinon NORMAL.',
      });
      return { lang, messages: [sys(`Building security screener. ${rules}`), user(events.join('\n'))], response_format: jsonSchema('screening', { verdict: oneOf('BREACH', 'NORMAL'), rule: oneOf('A1', 'A2', 'A3', 'none') }) };
    },
  },
  {
    id: 'sr-lab-result-flags', label: 'simple_reflex', difficulty: 'easy', variants: 6,
    rationale: 'A lab panel is mapped to a flag by reference ranges: a lookup on the current input.',
    make(rng) {
      const panel = ['Na', 'K', 'Cl', 'glucose', 'CRP', 'Hb'].map((k) => `${k} ${rng.int(2, 160)}${rng.pick(['', ' (H)', ' (L)'])}`).join(', ');
      return { messages: [sys('Reply with exactly one word: CRITICAL, ABNORMAL or NORMAL, using the attached reference ranges.'), user(`${panel}`)], max_tokens: 4 };
    },
  },
];
