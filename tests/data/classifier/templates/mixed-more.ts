// More families for the other three types. simple_reflex: a percept mapped straight to an action
// or label, sometimes over several independent turns. model_based_reflex: events that only make
// sense against what came before (hidden occupancy, pending calls, unseen units). learning: the
// next decision is set from graded past attempts.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, jsonSchema, num, obj, oneOf, say, str, sys, t, tool, user } from './kit';
import { trialsThen, type Trial } from './loops';

export const reflexMore: Family[] = [
  {
    id: 'sr-npc-guard', label: 'simple_reflex', difficulty: 'easy', variants: 6,
    rationale: 'A game NPC maps the current percept to one action by fixed rules; nothing is remembered.',
    make(rng) {
      const percept = `player ${rng.pick(['visible', 'not visible', 'heard'])}, distance ${rng.int(1, 30)} m, own health ${rng.int(5, 100)}%, alarm ${rng.pick(['on', 'off'])}`;
      return {
        messages: [sys('Guard NPC. Rules: health < 20% → FLEE; player visible and distance ≤ 3 m → ATTACK; player visible or heard → INVESTIGATE; otherwise PATROL. Output the action word only.'), user(percept)],
        max_tokens: rng.pick([4, 8, 16]),
      };
    },
  },
  {
    id: 'sr-language-id', label: 'simple_reflex', difficulty: 'easy', variants: 6,
    rationale: 'Each text gets its language code from the text alone: a direct mapping with a tiny output.',
    make(rng) {
      const text = rng.pick(['Wo ist der Bahnhof, bitte?', '¿Me puedes ayudar con la factura?', 'Je voudrais annuler ma commande.', 'Obrigado pela ajuda de ontem!', '明日の会議は何時からですか？', 'Can you resend the invoice?', '这个价格包括运费吗？']);
      const schema = rng.chance(0.5);
      return {
        messages: [sys('Detect the language of the message. Reply with its ISO 639-1 code only.'), user(text)],
        ...(schema ? { response_format: jsonSchema('language', { code: oneOf('en', 'de', 'es', 'fr', 'pt', 'ja', 'zh', 'other') }) } : { max_tokens: 3 }),
      };
    },
  },
  {
    id: 'sr-readings-independent', label: 'simple_reflex', difficulty: 'hard', variants: 7,
    rationale: 'Several readings arrive over turns, but the rules say each is judged on its own values; there is no state to carry.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'es', 'fr', 'en', 'pt'] as Lang[])[i]!;
      const reading = (): string => `tank ${rng.pick(['T1', 'T2', 'T3'])}: pH ${rng.int(55, 90) / 10}, temp ${rng.int(15, 40)} °C, turbidity ${rng.int(1, 50)} NTU`;
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'Water check. Judge every reading on its own values: pH outside 6.5–8.5 → DOSE; temp > 35 → COOL; turbidity > 30 → FILTER; else OK. Earlier readings do not matter.',
        de: 'Wasserprüfung. Jede Messung nur nach ihren eigenen Werten beurteilen: pH außerhalb 6,5–8,5 → DOSE; Temp > 35 → COOL; Trübung > 30 → FILTER; sonst OK.',
        es: 'Control de agua. Juzga cada lectura solo por sus valores: pH fuera de 6,5–8,5 → DOSE; temp > 35 → COOL; turbidez > 30 → FILTER; si no, OK.',
        fr: 'Contrôle de l’eau. Juge chaque mesure sur ses seules valeurs : pH hors 6,5–8,5 → DOSE ; temp > 35 → COOL ; turbidité > 30 → FILTER ; sinon OK.',
        pt: 'Controle de água. Avalie cada leitura só pelos próprios valores: pH fora de 6,5–8,5 → DOSE; temp > 35 → COOL; turbidez > 30 → FILTER; senão OK.',
      })), user(reading())];
      const turns = rng.int(0, 5);
      for (let k = 0; k < turns; k++) messages.push(say(rng.pick(['OK', 'DOSE', 'COOL', 'FILTER'])), user(reading()));
      return { lang, messages, max_tokens: 4 };
    },
  },
  {
    id: 'sr-form-validation', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'One submitted form is checked field by field against fixed rules and gets one verdict code.',
    make(rng) {
      const form = { name: rng.pick(['A. Okafor', '', 'Lee']), iban: rng.pick(['DE89370400440532013000', 'DE00', 'GB33BUKB20201555555555']), amount: rng.int(-5, 20000), date: rng.pick(['2025-02-30', '2025-03-14']) };
      return {
        messages: [sys('Validate the payout form. Verdicts: VALID, MISSING_FIELD, BAD_IBAN, BAD_AMOUNT (≤0 or >10000), BAD_DATE. Return the first failing rule.'), user(JSON.stringify(form))],
        response_format: jsonSchema('verdict', { verdict: oneOf('VALID', 'MISSING_FIELD', 'BAD_IBAN', 'BAD_AMOUNT', 'BAD_DATE') }),
      };
    },
  },
];

export const worldMore: Family[] = [
  {
    id: 'mb-elevator-calls', label: 'model_based_reflex', difficulty: 'medium', variants: 6,
    rationale: 'Hall calls are reported once when pressed; which are still waiting must be carried across ticks to choose where the car goes.',
    make(rng) {
      const tick = (k: number): string => `t=${k * 5}s car at floor ${rng.int(0, 9)}, doors ${rng.pick(['open', 'closed'])}, new hall calls: ${rng.chance(0.5) ? `${rng.int(0, 9)}${rng.pick(['↑', '↓'])}` : 'none'}, load ${rng.int(0, 8)} people`;
      const messages: ChatMessage[] = [sys('Elevator controller. Hall buttons report a call only at the moment they are pressed. Each tick reply with the floor to head for.')];
      const n = rng.int(2, 7);
      for (let k = 0; k < n; k++) {
        messages.push(user(tick(k)));
        if (k < n - 1) messages.push(say(String(rng.int(0, 9))));
      }
      return { messages, max_tokens: rng.pick([8, 32]) };
    },
  },
  {
    id: 'mb-room-occupancy', label: 'model_based_reflex', difficulty: 'medium', variants: 6,
    rationale: 'Motion sensors fire only on movement; who is in which room now has to be inferred from the event stream so far.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'ja', 'es', 'en'] as Lang[])[i]!;
      const events = Array.from({ length: rng.int(4, 9) }, () => `${rng.int(18, 23)}:${rng.int(10, 59)} ${rng.pick(['hall', 'kitchen', 'bedroom', 'bath', 'office'])} ${rng.pick(['motion', 'door open', 'door closed', 'light on'])}`);
      const messages: ChatMessage[] = [sys('Home automation brain. Sensors: PIR motion (fires on movement only) and door contacts. Keep track of which rooms are occupied.')];
      exchange(rng, messages, 'get_events', { since: 'last_call' }, events.slice(0, 3));
      if (rng.chance(0.6)) exchange(rng, messages, 'get_events', { since: 'last_call' }, events.slice(3));
      messages.push(user(t(lang, { en: 'Which rooms are occupied right now? Should any lights be switched off?', de: 'Welche Räume sind gerade belegt? Kann irgendwo das Licht aus?', ja: '今どの部屋に人がいる？消していい照明はある？', es: '¿Qué habitaciones están ocupadas ahora? ¿Apago alguna luz?' })));
      return { lang, messages, tools: [tool('get_events', 'Sensor events since a time.', { since: str }), tool('set_light', 'Switch a light.', { room: str, on: { type: 'boolean' } })] };
    },
  },
  {
    id: 'mb-scout-reports', label: 'model_based_reflex', difficulty: 'hard', variants: 6,
    rationale: 'Scouts report sightings from different places at different times; where the opposing army probably is now must be pieced together from them.',
    make(rng) {
      const report = (k: number): string => `Minute ${k * 2}: scout ${rng.pick(['A', 'B', 'C'])} at ${rng.pick(['north ridge', 'river ford', 'west gate', 'mill'])} sees ${rng.pick(['nothing', `${rng.int(3, 20)} cavalry moving east`, 'dust cloud to the south', `${rng.int(5, 40)} infantry camped`])}`;
      const messages: ChatMessage[] = [sys('Strategy game advisor. The map is under fog of war; only scouts reveal units, and what they saw goes stale.')];
      const n = rng.int(2, 6);
      for (let k = 0; k < n; k++) {
        messages.push(user(report(k)));
        if (k < n - 1) messages.push(say(rng.pick(['Noted.', 'Hold the gate.', 'Send scout B west.'])));
      }
      messages.push(user('Where is their main force likely now, and where should our reserve stand?'));
      return { messages };
    },
  },
];

export const learningMore: Family[] = [
  {
    id: 'lrt-coffee-brews', label: 'learning', difficulty: 'medium', variants: 7,
    rationale: 'Each brew’s settings come back with a taste score; the next bean’s settings are set from how the earlier brews were rated.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'en', 'fr', 'ja', 'pt'] as Lang[])[i]!;
      const bean = (): string => `${rng.pick(['Ethiopia washed', 'Brazil natural', 'Colombia honey', 'Kenya AA'])}, roasted ${rng.int(4, 30)} days ago. Settings?`;
      const trials: Trial[] = Array.from({ length: rng.int(1, 5) }, () => ({
        situation: bean(),
        decision: `grind ${rng.int(12, 30)}, ${rng.int(88, 96)}°C, ${rng.int(25, 40)} s`,
        outcome: `Score ${rng.int(3, 9)}/10 — ${rng.pick(['sour', 'bitter', 'flat', 'balanced', 'thin'])}.`,
        merged: rng.chance(0.5),
      }));
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'Espresso assistant for our café machine. After each brew we rate it; use those ratings for the next settings.',
        de: 'Espresso-Assistent für unsere Maschine. Nach jedem Bezug bewerten wir; nutze die Bewertungen für die nächsten Einstellungen.',
        es: 'Asistente de espresso. Tras cada extracción la puntuamos; usa esas notas para los siguientes ajustes.',
        fr: 'Assistant espresso. Après chaque extraction nous notons ; sers-toi des notes pour les réglages suivants.',
        ja: 'エスプレッソ助手。抽出ごとに評価するので、その評価を次の設定に活かして。',
        pt: 'Assistente de espresso. Depois de cada extração damos nota; use as notas para os próximos ajustes.',
      }))];
      trialsThen(rng, messages, trials, bean());
      return { lang, messages };
    },
  },
  {
    id: 'lr-recommend-ratings', label: 'learning', difficulty: 'medium', variants: 6,
    rationale: 'Earlier recommendations and the user’s ratings of them are retrieved; the new recommendation generalises from them.',
    make(rng) {
      const messages: ChatMessage[] = [sys('Film night assistant with a memory of past picks and how they were rated.'), user(`Film for ${rng.pick(['tonight', 'Saturday', 'the kids’ sleepover'])}?`)];
      exchange(rng, messages, 'recall_ratings', { user: 'me' }, Array.from({ length: rng.int(3, 7) }, () => ({ film: rng.pick(['heist comedy', 'slow sci-fi', 'courtroom drama', 'animated musical', 'war epic', 'nature doc']), rated: rng.int(1, 5), note: rng.pick(['too long', 'loved it', 'fell asleep', 'kids bored', '']) })));
      return { messages, tools: [tool('recall_ratings', 'Past recommendations with ratings.', { user: str })] };
    },
  },
  {
    id: 'lre-commute-log', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 6,
    rationale: 'A log of past commutes (route, conditions, actual time) must be generalised to predict today’s times and pick a route.',
    make(rng) {
      const rows = Array.from({ length: rng.int(5, 10) }, (_, k) => `day ${k + 1}: ${rng.pick(['ring road', 'centre', 'river path'])}, ${rng.pick(['rain', 'dry', 'school holiday', 'match day'])}, left ${rng.int(7, 8)}:${rng.int(10, 50)} → took ${rng.int(18, 55)} min`);
      const q = `Today: ${rng.pick(['rain', 'dry', 'match day'])}, leaving ${rng.int(7, 8)}:${rng.int(10, 50)}. How long will each route take, and which one?`;
      return { messages: [sys('Commute helper. You have my own trip log.'), user(`${rows.join('\n')}\n\n${q}`)], response_format: jsonSchema('forecast', { route: str, minutes: obj({ ring: num, centre: num, river: num }) }) };
    },
  },
];
