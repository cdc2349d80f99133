// learning, trial shapes: earlier decisions and their graded outcomes sit in the conversation (as
// tool results, user feedback, or a memory tool's list of past episodes), then a NEW case arrives.
// Some rows are the very first trial, where only the instructions say experience will accumulate.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, int, jsonSchema, num, str, sys, t, tool, user } from './kit';
import { trialsThen, type Trial } from './loops';

export const learningTrials: Family[] = [
  {
    id: 'lrt-oven-bakes', label: 'learning', difficulty: 'hard', variants: 8,
    rationale: 'Each bake is scored after the agent sets the oven; the next dough must be set from how earlier bakes came out.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'fr', 'es', 'en', 'ja', 'pt'] as Lang[])[i]!;
      const dough = (): string => `${rng.pick(['rye sourdough', 'brioche', 'baguette', 'focaccia', 'spelt loaf'])}, ${rng.int(400, 1200)} g, hydration ${rng.int(60, 82)}%`;
      const plain = rng.chance(0.4); // no give-away words: the structure alone carries it
      const messages: ChatMessage[] = [sys(plain ? 'Oven controller of a test bakery. Call set_oven for each dough.' : t(lang, {
        en: 'Oven controller of a test bakery with an unfamiliar deck oven. Each bake is scored by the lab; use how the earlier bakes turned out to set the next one.',
        de: 'Ofensteuerung einer Versuchsbäckerei mit einem unbekannten Etagenofen. Jeder Backvorgang wird bewertet; nutze die bisherigen Ergebnisse für den nächsten.',
        fr: 'Pilote du four d’un fournil d’essai. Chaque cuisson est notée ; sers-toi des résultats des cuissons précédentes pour régler la suivante.',
        es: 'Controlas el horno de una panadería de pruebas. Cada horneado se puntúa; usa cómo salieron los anteriores para ajustar el siguiente.',
        ja: '試験ベーカリーのオーブン制御。焼くたびに評価が返ります。これまでの焼き上がりを踏まえて次を設定してください。',
        pt: 'Controlador do forno de uma padaria de testes. Cada fornada recebe nota; use os resultados anteriores para ajustar a próxima.',
      }))];
      const trials: Trial[] = Array.from({ length: rng.int(0, 6) }, (_, k) => ({
        situation: `Bake ${k + 1}: ${dough()}`,
        decision: ['set_oven', { temp_c: rng.int(190, 260), minutes: rng.int(18, 55), steam_s: rng.int(0, 20) }],
        outcome: JSON.stringify({ core_temp_c: rng.int(88, 99), crust_score: rng.int(30, 95) / 10, crumb: rng.pick(['gummy', 'open', 'tight', 'dry']), verdict: rng.pick(['underbaked', 'good', 'burnt base', 'pale crust']) }),
      }));
      trialsThen(rng, messages, trials, `Bake ${trials.length + 1}: ${dough()}`);
      return { lang, messages, tools: [tool('set_oven', 'Set the oven for this bake.', { temp_c: num, minutes: num, steam_s: num })], tool_choice: 'required' };
    },
  },
  {
    id: 'lrt-ad-auctions', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 7,
    rationale: 'A memory tool returns earlier auctions with bids, wins and revenue; the bid for a new auction is set from them.',
    make(rng) {
      const segment = rng.pick(['runners 25-34', 'new parents', 'gamers EU', 'home cooks']);
      const messages: ChatMessage[] = [sys(rng.pick([`Bidding agent for a ${rng.pick(['shoe', 'coffee', 'VPN'])} advertiser. Before bidding, look up how similar auctions went.`, 'You place bids in ad auctions. Call submit_bid once.'])), user(`Auction ${rng.int(1000, 9999)}: segment "${segment}", slot ${rng.pick(['top banner', 'feed #2', 'pre-roll'])}, floor $${rng.int(10, 90) / 100}`)];
      exchange(rng, messages, 'lookup_auctions', { segment }, { auctions: Array.from({ length: rng.int(3, 8) }, () => ({ bid: rng.int(20, 300) / 100, won: rng.chance(0.5), clearing: rng.int(20, 250) / 100, clicks: rng.int(0, 40), revenue: rng.int(0, 900) / 10 })) });
      return { messages, tools: [tool('lookup_auctions', 'Earlier auctions for a segment.', { segment: str }), tool('submit_bid', 'Bid.', { cpm: num })] };
    },
  },
  {
    id: 'lrt-opening-games', label: 'learning', difficulty: 'medium', variants: 7,
    rationale: 'Results of earlier games with each opening against this opponent decide which opening to play next.',
    make(rng, i) {
      const lang = (['en', 'es', 'de', 'en', 'zh', 'fr', 'en'] as Lang[])[i]!;
      const openings = ['Sicilian', 'French', 'Caro-Kann', 'London', 'Queen’s Gambit', 'King’s Indian'];
      const games = Array.from({ length: rng.int(2, 7) }, (_, k) => `${k + 1}. ${rng.pick(openings)} → ${rng.pick(['1-0', '0-1', '½-½'])} (${rng.int(18, 70)} moves, eval at move 15: ${rng.pick(['+0.8', '-1.2', '+0.1', '-0.4'])})`);
      const q = t(lang, { en: 'Rematch tomorrow, I have Black. Which opening?', es: 'Revancha mañana, llevo negras. ¿Qué apertura?', de: 'Morgen Revanche, ich habe Schwarz. Welche Eröffnung?', zh: '明天复赛，我执黑。下哪个开局？', fr: 'Revanche demain, j’ai les noirs. Quelle ouverture ?' });
      const head = rng.chance(0.5) ? `vs ${rng.pick(['Marta', 'Kenji', 'Olu'])}:\n` : '';
      return { lang, messages: [sys('Chess coach.'), user(`${head}${games.join('\n')}\n${q}`)] };
    },
  },
  {
    id: 'lrt-dose-patients', label: 'learning', difficulty: 'hard', variants: 8,
    rationale: 'After each proposed dose the measured level comes back; the dose for the next patient must use how earlier patients responded.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'en', 'pt', 'fr', 'en', 'ja'] as Lang[])[i]!;
      const patient = (k: number): string => t(lang, { en: `Patient ${k}: ${rng.int(45, 120)} kg, age ${rng.int(20, 85)}, creatinine ${rng.int(50, 180)} µmol/L. Dose?`, de: `Patient ${k}: ${rng.int(45, 120)} kg, ${rng.int(20, 85)} J., Kreatinin ${rng.int(50, 180)} µmol/L. Dosis?`, es: `Paciente ${k}: ${rng.int(45, 120)} kg, ${rng.int(20, 85)} años, creatinina ${rng.int(50, 180)} µmol/L. ¿Dosis?`, pt: `Paciente ${k}: ${rng.int(45, 120)} kg, ${rng.int(20, 85)} anos, creatinina ${rng.int(50, 180)} µmol/L. Dose?`, fr: `Patient ${k} : ${rng.int(45, 120)} kg, ${rng.int(20, 85)} ans, créatinine ${rng.int(50, 180)} µmol/L. Dose ?`, ja: `患者${k}: ${rng.int(45, 120)} kg、${rng.int(20, 85)}歳、クレアチニン ${rng.int(50, 180)} µmol/L。投与量は？` });
      const level = (): string => t(lang, { en: `Trough level ${rng.int(40, 250) / 10} mg/L (target 10-15).`, de: `Talspiegel ${rng.int(40, 250) / 10} mg/L (Ziel 10-15).`, es: `Nivel valle ${rng.int(40, 250) / 10} mg/L (objetivo 10-15).`, pt: `Nível de vale ${rng.int(40, 250) / 10} mg/L (alvo 10-15).`, fr: `Taux résiduel ${rng.int(40, 250) / 10} mg/L (cible 10-15).`, ja: `トラフ値 ${rng.int(40, 250) / 10} mg/L（目標10-15）。` });
      const messages: ChatMessage[] = [sys(rng.chance(0.5) ? 'Dosing assistant for a study drug with unpublished kinetics.' : 'Dosing assistant.')];
      const merged = rng.chance(0.4);
      const trials: Trial[] = Array.from({ length: rng.int(1, 5) }, (_, k) => ({ situation: patient(k + 1), decision: `${rng.int(5, 40) * 50} mg q12h`, outcome: level(), merged }));
      trialsThen(rng, messages, trials, patient(trials.length + 1));
      return { lang, messages };
    },
  },
  {
    id: 'lrt-deal-memory', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 7,
    rationale: 'Past deals retrieved from memory (openings, concessions, outcomes) shape the opening for a new counterpart.',
    make(rng, i) {
      const lang = (['en', 'en', 'de', 'es', 'en', 'pt', 'zh'] as Lang[])[i]!;
      const messages: ChatMessage[] = [sys(t(lang, { en: 'Procurement negotiator.', de: 'Einkaufsverhandler.', es: 'Negociador de compras.', pt: 'Negociador de compras.', zh: '采购谈判助手。' })), user(t(lang, { en: `New supplier ${rng.pick(['Kovac Metals', 'Lumen Print', 'Ostra Foods'])} quotes ${rng.int(40, 90)}k for the annual contract. Draft our opening.`, de: `Neuer Lieferant bietet ${rng.int(40, 90)}k für den Jahresvertrag. Entwirf unser Eröffnungsangebot.`, es: `Un proveedor nuevo pide ${rng.int(40, 90)}k por el contrato anual. Redacta nuestra primera oferta.`, pt: `Novo fornecedor pede ${rng.int(40, 90)}k pelo contrato anual. Redija nossa proposta inicial.`, zh: `新供应商年度合同报价${rng.int(40, 90)}k。请起草我们的开价。` }))];
      exchange(rng, messages, rng.pick(['recall_deals', 'search_memory']), { query: 'similar negotiations' }, Array.from({ length: rng.int(2, 6) }, () => ({ counterpart: rng.pick(['Brandt AG', 'Sierra Pack', 'Nobu Parts', 'Falk & Co']), opened_at: `${rng.int(30, 80)}k`, their_ask: `${rng.int(45, 95)}k`, rounds: rng.int(1, 6), closed_at: `${rng.int(40, 90)}k`, outcome: rng.pick(['signed', 'walked away', 'signed, late delivery penalties']) })));
      return { lang, messages, tools: [tool('recall_deals', 'Past negotiations.', { query: str }), tool('search_memory', 'Search notes.', { query: str })] };
    },
  },
  {
    id: 'lrt-grasp-trials', label: 'learning', difficulty: 'hard', variants: 7,
    rationale: 'Each grasp attempt on a new object returns slip or damage; the grip for the next object must generalise from earlier attempts.',
    make(rng) {
      const object = (): string => `${rng.pick(['ceramic mug', 'ripe peach', 'foam block', 'glass vial', 'steel bracket'])}, ${rng.int(20, 900)} g, surface ${rng.pick(['glossy', 'matte', 'wet', 'textured'])}`;
      const messages: ChatMessage[] = [sys(rng.pick(['Grasp planner for a new soft gripper whose friction is not characterised. Choose force and aperture for each object.', 'Choose grip force and aperture for each object. Call grasp.']))];
      const trials: Trial[] = Array.from({ length: rng.int(0, 6) }, (_, k) => ({
        situation: `Object ${k + 1}: ${object()}`,
        decision: ['grasp', { force_n: rng.int(2, 60), aperture_mm: rng.int(20, 110) }],
        outcome: JSON.stringify({ held: rng.chance(0.5), slip_mm: rng.int(0, 40), damage: rng.pick(['none', 'none', 'dent', 'bruised', 'cracked']), lift_s: rng.int(0, 30) / 10 }),
      }));
      trialsThen(rng, messages, trials, `Object ${trials.length + 1}: ${object()}`);
      return { messages, tools: [tool('grasp', 'Attempt a grasp.', { force_n: num, aperture_mm: num })], tool_choice: 'required' };
    },
  },
  {
    id: 'lrt-irrigation-seasons', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 7,
    rationale: 'Past seasons with water applied and the yields that followed are generalised to a plan for a new season.',
    make(rng, i) {
      const lang = (['en', 'es', 'pt', 'en', 'fr', 'de', 'zh'] as Lang[])[i]!;
      const rows = Array.from({ length: rng.int(3, 7) }, (_, k) => `${2016 + k}: rain ${rng.int(180, 520)} mm, irrigated ${rng.int(0, 350)} mm → ${rng.int(38, 92) / 10} t/ha`);
      const q = t(lang, { en: `Forecast says ${rng.int(200, 450)} mm of rain. How much do we irrigate, and what yield do you expect?`, es: `Se esperan ${rng.int(200, 450)} mm de lluvia. ¿Cuánto regamos y qué rendimiento esperas?`, pt: `Previsão de ${rng.int(200, 450)} mm de chuva. Quanto irrigar e que produtividade esperar?`, fr: `On annonce ${rng.int(200, 450)} mm de pluie. Combien irriguer, et quel rendement attendre ?`, de: `Vorhersage: ${rng.int(200, 450)} mm Regen. Wie viel bewässern wir, und welchen Ertrag erwartest du?`, zh: `预报降雨${rng.int(200, 450)}毫米。要灌溉多少，预计产量多少？` });
      return { lang, messages: [sys(t(lang, { en: 'Farm agronomy assistant.', es: 'Asistente agronómico.', pt: 'Assistente agronômico.', fr: 'Assistant agronome.', de: 'Agronomie-Assistent.', zh: '农场农艺助手。' })), user(`${rows.join('\n')}\n${q}`)], response_format: rng.chance(0.5) ? jsonSchema('plan', { irrigate_mm: num, expected_t_ha: num }) : undefined };
    },
  },
  {
    id: 'lrt-tutor-sessions', label: 'learning', difficulty: 'medium', variants: 6,
    rationale: 'Each exercise the tutor chose was followed by the learner’s score; the next exercise is picked from that record.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'es', 'fr', 'ja'] as Lang[])[i]!;
      const messages: ChatMessage[] = [sys(t(lang, { en: 'Piano practice tutor. Pick the next exercise.', de: 'Klavier-Übungstutor. Wähle die nächste Übung.', es: 'Tutor de piano. Elige el siguiente ejercicio.', fr: 'Tuteur de piano. Choisis l’exercice suivant.', ja: 'ピアノ練習の家庭教師。次の課題を選んでください。' }))];
      const trials: Trial[] = Array.from({ length: rng.int(1, 5) }, (_, k) => ({
        situation: t(lang, { en: `Session ${k + 1}. Ready.`, de: `Sitzung ${k + 1}. Bereit.`, es: `Sesión ${k + 1}. Listo.`, fr: `Séance ${k + 1}. Prêt.`, ja: `セッション${k + 1}。準備できました。` }),
        decision: ['assign', { exercise: rng.pick(['Hanon 1', 'C major scale', 'Czerny 599 no.12', 'Burgmüller op.100 no.2']), bpm: rng.int(60, 120) }],
        outcome: JSON.stringify({ accuracy_pct: rng.int(55, 99), tempo_held: rng.chance(0.5), errors: rng.int(0, 14) }),
      }));
      trialsThen(rng, messages, trials, t(lang, { en: `Session ${trials.length + 1}. Ready.`, de: `Sitzung ${trials.length + 1}. Bereit.`, es: `Sesión ${trials.length + 1}. Listo.`, fr: `Séance ${trials.length + 1}. Prêt.`, ja: `セッション${trials.length + 1}。準備できました。` }));
      return { lang, messages, tools: [tool('assign', 'Assign an exercise.', { exercise: str, bpm: int })], tool_choice: 'required' };
    },
  },
  {
    id: 'lrt-pricing-weeks', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 6,
    rationale: 'Each week the price set is followed by units sold; the price for the new week must come from the response seen so far.',
    make(rng) {
      const messages: ChatMessage[] = [sys(`Dynamic pricing for a ${rng.pick(['museum café', 'bike rental', 'yoga studio'])}. Set one price per week.`)];
      const merged = rng.chance(0.5);
      const trials: Trial[] = Array.from({ length: rng.int(1, 6) }, (_, k) => ({
        situation: `Week ${k + 1}: ${rng.pick(['school holidays', 'rainy forecast', 'normal week', 'local festival'])}.`,
        decision: `€${rng.int(30, 120) / 10}`,
        outcome: `Sold ${rng.int(80, 900)} units, revenue €${rng.int(500, 4000)}, ${rng.int(0, 30)} complaints.`,
        merged,
      }));
      trialsThen(rng, messages, trials, `Week ${trials.length + 1}: ${rng.pick(['school holidays', 'rainy forecast', 'normal week'])}. Price?`);
      return { messages, max_tokens: rng.chance(0.5) ? 10 : undefined };
    },
  },
];
