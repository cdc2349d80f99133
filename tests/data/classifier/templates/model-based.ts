// model_based_reflex: the agent keeps a model of a partly observable world across observations.
import type { ChatMessage } from '../../../../src/core/types';
import {
  type Family, type Lang, exchange, int, jsonSchema, list, num, pad, say, str, sys, t, tool, user,
} from './kit';

const cells = '#.';
function view(rng: { pick<T>(x: readonly T[]): T }): string {
  const row = (): string => [0, 1, 2].map(() => rng.pick(cells.split(''))).join(' ');
  return `${row()}\n${rng.pick(['#', '.'])} @ ${rng.pick(['#', '.'])}\n${row()}`;
}

export const modelBased: Family[] = [
  {
    id: 'mb-local-view-maze', label: 'model_based_reflex', difficulty: 'medium', variants: 6,
    rationale: 'Only local views arrive each turn; the agent must remember where it has been.',
    make(rng) {
      const steps = rng.int(3, 11);
      const messages: ChatMessage[] = [sys(`A robot in an unknown ${rng.pick(['maze', 'cave', 'warehouse aisle grid'])}. Each turn you see the 3x3 cells around you ('@' centre, '#' wall, '.' free). Reply with one move: N, E, S or W.`)];
      for (let s = 1; s <= steps; s++) {
        messages.push(user(`t=${s}\n${view(rng)}`));
        if (s < steps) messages.push(say(rng.pick(['N', 'E', 'S', 'W'])));
      }
      return { messages, max_tokens: 2, difficulty: steps > 6 ? 'hard' : 'medium' };
    },
  },
  {
    id: 'mb-controller-ticks', label: 'model_based_reflex', secondary: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Events arrive per tick and buttons only report once, so pending requests must be remembered.',
    make(rng) {
      const unit = rng.pick(['single elevator car, floors 1-10', 'automated parking shuttle with 6 bays', 'pick robot serving 8 shelves']);
      const messages: ChatMessage[] = [sys(`Controller for a ${unit}. Every tick lists events since the previous tick; requests are reported once only. Commands: UP, DOWN, OPEN, HOLD.`)];
      const ticks = rng.int(4, 10);
      for (let k = 1; k <= ticks; k++) {
        const ev = rng.pick(['none', `call ${rng.int(1, 10)} pressed`, `call ${rng.int(1, 10)} pressed, call ${rng.int(1, 10)} pressed`, 'door sensor blocked']);
        messages.push(user(`tick ${k}: at ${rng.int(1, 10)}. events: ${ev}`));
        if (k < ticks) messages.push(say(rng.pick(['UP', 'DOWN', 'OPEN', 'HOLD'])));
      }
      return { messages, temperature: 0 };
    },
  },
  {
    id: 'mb-log-batches', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Log batches only make sense against earlier batches; the open incident must be tracked.',
    make(rng) {
      const svc = rng.sample(['gateway', 'cart', 'pricing', 'auth', 'search', 'ledger', 'notifier'], 4);
      const messages: ChatMessage[] = [sys(`You watch the log stream of the platform (services: ${svc.join(', ')}). For each batch answer: INCIDENT:<id|NEW|NONE> TAG:<deploy|dependency|capacity|noise>.`)];
      const batches = rng.int(2, 7);
      for (let b = 0; b < batches; b++) {
        const lines = [0, 1, 2].map((j) => `12:${pad(b)}:${pad(j * 17)} ${rng.pick(svc)} ${rng.pick(['INFO', 'WARN', 'ERROR'])} ${rng.pick(['call slow 2100ms', 'upstream reset by peer', 'deploy v2.3 canary 10%', 'pool exhausted', 'retry 3/3 failed'])}`);
        messages.push(user(`batch ${1400 + b}\n${lines.join('\n')}`));
        if (b < batches - 1) messages.push(say(`INCIDENT:${rng.pick(['NONE', 'NEW(INC-88)', 'INC-88'])} TAG:${rng.pick(['noise', 'deploy', 'dependency'])}`));
      }
      return { messages };
    },
  },
  {
    id: 'mb-dialogue-state', label: 'model_based_reflex', difficulty: 'medium', variants: 6,
    rationale: 'Slot values are carried and revised turn after turn; the output is the updated state.',
    make(rng, i) {
      const lang = (['en', 'fr', 'es', 'de', 'en', 'ja'] as Lang[])[i]!;
      const turns = t(lang, {
        en: 'a cab to the airport tomorrow|make it 6am not 7|two big suitcases, and my colleague joins|actually the pickup is the office, not home',
        fr: 'une table pour trois samedi|plutôt vers 20h|finalement on sera quatre|au nom de Martin',
        es: 'una habitación doble del 3 al 5|mejor con vistas al mar|¿y si añadimos la noche del 6?|a nombre de Ruiz',
        de: 'zwei Karten für Freitag|lieber Sonntag|doch drei Karten|Parkett, nicht Rang',
        ja: '金曜に二名で予約したい|やっぱり三名で|時間は19時ごろ|窓際の席がいい',
      }).split('|');
      const n = rng.int(2, 4);
      const messages: ChatMessage[] = [sys(t(lang, { en: 'Booking state tracker. After each user turn output all slots; later statements override earlier ones.', fr: 'Suivi de l’état de réservation. Après chaque message, renvoie tous les champs à jour.', es: 'Seguimiento del estado de la reserva. Tras cada mensaje devuelve todos los campos actualizados.', de: 'Buchungszustand verfolgen. Nach jeder Nachricht alle Felder aktuell ausgeben.', ja: '予約状態トラッカー。ユーザーの発言ごとに全スロットの現在値を出力。' }))];
      for (let k = 0; k < n; k++) messages.push(user(turns[k]!), say(`{"slots_filled": ${k + 1}}`));
      messages.push(user(turns[n]!));
      return { lang, messages, response_format: jsonSchema('state', { date: str, time: str, party: int, name: str, notes: str }) };
    },
  },
  {
    id: 'mb-stock-estimate', label: 'model_based_reflex', difficulty: 'hard', variants: 5,
    rationale: 'Stock is only partly sensed, so the estimate is carried forward from earlier days.',
    make(rng) {
      const site = rng.pick(['vending machine VM-14', 'hospital ward cupboard 3B', 'food-bank shelf C', 'spare-parts cage at depot 2']);
      const messages: ChatMessage[] = [sys(`Restocking for ${site}. Only some bins have counters; the rest must be inferred from usage reports and deliveries. Capacity 10 per bin.`)];
      const days = rng.int(2, 6);
      for (let d = 1; d <= days; d++) {
        messages.push(user(`Day ${d}. Used: A1 ${rng.int(0, 5)}, B2 ${rng.int(0, 5)}, C3 ${rng.int(0, 5)}. ${rng.pick(['No delivery.', 'Delivery: B2 +6.', 'Counter A1 offline.'])}`));
        if (d < days) messages.push(say(`Estimate: A1 ${rng.int(1, 9)}, B2 ${rng.int(1, 9)}, C3 ${rng.int(1, 9)}.`));
      }
      return { messages };
    },
  },
  {
    id: 'mb-shipment-belief', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Scan events arrive over several checks with gaps; the agent keeps a belief about where the parcel is.',
    make(rng, i) {
      const lang = (['de', 'en', 'pt', 'es', 'en'] as Lang[])[i]!;
      const messages: ChatMessage[] = [sys(t(lang, { de: 'Sendungsverfolgung. Prüfe über das Tool und halte fest, wo das Paket vermutlich ist.', en: 'Shipment desk. Check with the tool and keep track of where the parcel probably is.', pt: 'Rastreamento de encomendas. Consulte a ferramenta e acompanhe onde o pacote provavelmente está.', es: 'Seguimiento de envíos. Consulta la herramienta y lleva la cuenta de dónde está el paquete.' }))];
      const checks = rng.int(2, 4);
      const events: unknown[] = [];
      for (let c = 0; c < checks; c++) {
        messages.push(user(t(lang, { de: `Kunde fragt erneut (Tag ${c + 1}).`, en: `Customer asks again (day ${c + 1}).`, pt: `Cliente pergunta de novo (dia ${c + 1}).`, es: `El cliente vuelve a preguntar (día ${c + 1}).` })));
        if (rng.chance(0.6)) events.push({ ts: `03-0${c + 4}T0${rng.int(1, 9)}:00`, loc: rng.pick(['Hub A', 'Hub B', 'Depot 7']), code: rng.pick(['IN', 'OUT', 'MISROUTE']) });
        exchange(rng, messages, 'get_tracking_events', { id: `00${rng.int(1e8, 9e8)}` }, { events, now: `03-0${c + 4}T12:00` });
        if (c < checks - 1) messages.push(say(rng.pick(['Left the hub overnight, in transit.', 'Misrouted at Hub B; re-check tomorrow.', 'No new scan since yesterday.'])));
      }
      return { lang, messages, tools: [tool('get_tracking_events', 'Scan history of a parcel.', { id: str }), tool('open_investigation', 'Open a trace request.', { id: str })] };
    },
  },
  {
    id: 'mb-hidden-board', label: 'model_based_reflex', difficulty: 'hard', variants: 5,
    rationale: 'The hidden board can only be inferred from the accumulated hit/miss history.',
    make(rng) {
      const shots = Array.from({ length: rng.int(5, 14) }, () => `${rng.pick('ABCDEFGHIJ'.split(''))}${rng.int(1, 10)} ${rng.pick(['miss', 'miss', 'hit'])}`);
      return { messages: [sys('Battleship, 10x10 (A-J, 1-10). Ships left: 5, 4, 3, 3, 2. Reply with one coordinate.'), user(`Shots so far:\n${shots.join('\n')}\n\nNext shot?`)], max_tokens: 4 };
    },
  },
  {
    id: 'mb-sensor-dropout', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Readings arrive over time and sensors drop out; the current value must be estimated from the trend.',
    make(rng) {
      const what = rng.pick([['greenhouse bay 2', 'RH', '%'], ['cold store 4', 'T', '°C'], ['fermentation tank 1', 'pH', '']]);
      const messages: ChatMessage[] = [sys(`Controller for ${what[0]}. Readings every 10 minutes from two sensors (S2 drops out). Reply 'setpoint=<value>' and your estimate of the current ${what[1]}.`)];
      const n = rng.int(3, 8);
      for (let k = 0; k < n; k++) messages.push(user(`10:${pad(k * 10 % 60)} S1=${rng.chance(0.2) ? '--' : rng.int(60, 85)}${what[2]} S2=${rng.chance(0.4) ? '--' : rng.int(60, 85)}${what[2]}`));
      return { messages };
    },
  },
  {
    id: 'mb-patient-vitals', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Vitals arrive every few minutes and the question is about the current trend and status.',
    make(rng, i) {
      const lang = (['en', 'ja', 'en', 'zh', 'fr'] as Lang[])[i]!;
      const messages: ChatMessage[] = [sys(t(lang, { en: 'Ward monitor assistant. Vitals arrive every 15 minutes. After each set, state the patient’s status (stable / deteriorating / improving).', ja: '病棟モニター補助。15分ごとにバイタルが届きます。毎回、患者の状態（安定・悪化・改善）を答えてください。', zh: '病房监护助手。每15分钟收到一次生命体征，每次回答病人状态（稳定/恶化/好转）。', fr: 'Assistant de surveillance. Les constantes arrivent toutes les 15 minutes ; donne l’état du patient (stable, dégradation, amélioration).' }))];
      const n = rng.int(3, 7);
      for (let k = 0; k < n; k++) {
        messages.push(user(`${8 + Math.floor(k / 4)}:${pad((k % 4) * 15)} HR ${rng.int(70, 125)} BP ${rng.int(85, 140)}/${rng.int(50, 90)} SpO2 ${rng.int(88, 99)} RR ${rng.int(12, 28)}`));
        if (k < n - 1) messages.push(say(rng.pick(['stable', 'deteriorating', 'improving'])));
      }
      return { lang, messages };
    },
  },
  {
    id: 'mb-robot-localisation', label: 'model_based_reflex', difficulty: 'hard', variants: 5,
    rationale: 'Odometry and occasional landmark sightings must be integrated into a position estimate.',
    make(rng) {
      const lines = Array.from({ length: rng.int(4, 9) }, (_, k) => `step ${k + 1}: odom +${rng.int(1, 4)}.${rng.int(0, 9)} m heading ${rng.pick([0, 90, 180, 270])}° ${rng.chance(0.3) ? `landmark L${rng.int(1, 5)} at bearing ${rng.int(0, 359)}°` : ''}`);
      return {
        messages: [sys('Localisation module of a field robot. Landmarks: L1 (0,0), L2 (10,0), L3 (10,8), L4 (0,8), L5 (5,4). Odometry drifts about 5%.'), user(`${lines.join('\n')}\nWhere is the robot now?`)],
        response_format: jsonSchema('pose', { x: num, y: num, heading: num, confidence: num }),
      };
    },
  },
  {
    id: 'mb-cards-seen', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'The cards already dealt across rounds determine what is left; the answer needs that running count.',
    make(rng) {
      const messages: ChatMessage[] = [sys('Single-deck blackjack helper. I tell you the cards dealt each round; the deck is not reshuffled until I say so. Tell me hit or stand.')];
      const rounds = rng.int(2, 5);
      for (let r = 0; r < rounds; r++) {
        const cards = Array.from({ length: rng.int(4, 7) }, () => rng.pick(['A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K']));
        messages.push(user(`round ${r + 1} dealt: ${cards.join(' ')}. My hand ${rng.int(12, 17)}, dealer shows ${rng.pick(['6', '10', 'A'])}.`));
        if (r < rounds - 1) messages.push(say(rng.pick(['hit', 'stand'])));
      }
      return { messages, max_tokens: 4 };
    },
  },
  {
    id: 'mb-service-health-polls', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Repeated status polls build a picture of which node is failing; the action depends on that history.',
    make(rng) {
      const messages: ChatMessage[] = [sys('On-call assistant for the queue cluster (nodes q1-q4). Poll status as needed. Only restart a node that failed two polls in a row.'), user('Alert: consumer lag rising. Look into it.')];
      const polls = rng.int(2, 5);
      for (let p = 0; p < polls; p++) {
        exchange(rng, messages, 'poll_status', { cluster: 'queue' }, { q1: rng.pick(['ok', 'degraded']), q2: rng.pick(['ok', 'down', 'ok']), q3: 'ok', q4: rng.pick(['ok', 'degraded']), lag: rng.int(100, 9000) });
        if (p < polls - 1) messages.push(say('Waiting 30 s before the next poll.'));
      }
      return { messages, tools: [tool('poll_status', 'Current status of every node.', { cluster: str }), tool('restart_node', 'Restart one node.', { node: str })] };
    },
  },
  {
    id: 'mb-kitchen-tickets', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Orders are added and completed across messages; the question is what is still pending.',
    make(rng, i) {
      const lang = (['zh', 'en', 'es', 'zh', 'pt'] as Lang[])[i]!;
      const messages: ChatMessage[] = [sys(t(lang, { zh: '你是后厨出单助手。我会陆续告诉你新单和已出的菜，被问到时告诉我还有哪些没出。', en: 'Kitchen pass assistant. I will tell you new tickets and finished dishes as they happen; when asked, say what is still open.', es: 'Asistente del pase de cocina. Te diré comandas nuevas y platos servidos; cuando pregunte, dime qué falta.', pt: 'Assistente da cozinha. Vou informar pedidos novos e pratos prontos; quando eu perguntar, diga o que falta.' }))];
      const n = rng.int(3, 6);
      for (let k = 0; k < n; k++) {
        messages.push(user(`${rng.pick(['+', '✓'])} T${rng.int(1, 12)} ${rng.pick(['burger', 'ramen', 'paella', 'caesar', '宫保鸡丁', 'moqueca'])} x${rng.int(1, 3)}`));
        messages.push(say('ok'));
      }
      messages.push(user(t(lang, { zh: '现在还有哪些没出？', en: 'What is still open?', es: '¿Qué falta?', pt: 'O que falta sair?' })));
      return { lang, messages };
    },
  },
  {
    id: 'mb-intersection-queues', label: 'model_based_reflex', difficulty: 'hard', variants: 5,
    rationale: 'Loop detectors report counts per cycle; queues are hidden and must be estimated to set the next phase.',
    make(rng) {
      const messages: ChatMessage[] = [sys('Signal controller at a 4-way junction. Each cycle you get vehicles detected entering per approach and the phase that ran. Queue lengths are not measured. Choose the next phase: NS or EW.')];
      const cycles = rng.int(3, 8);
      for (let c = 0; c < cycles; c++) {
        messages.push(user(`cycle ${c + 1} ran ${rng.pick(['NS', 'EW'])}: in N=${rng.int(0, 9)} S=${rng.int(0, 9)} E=${rng.int(0, 9)} W=${rng.int(0, 9)}`));
        if (c < cycles - 1) messages.push(say(rng.pick(['NS', 'EW'])));
      }
      return { messages, response_format: jsonSchema('phase', { phase: { type: 'string', enum: ['NS', 'EW'] }, queues: list(int) }) };
    },
  },
];
