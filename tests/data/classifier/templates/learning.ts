// learning: experience carried in context (past episodes, outcomes, feedback, corrections, trials)
// must be generalised to a new case.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, jsonSchema, list, num, oneOf, say, str, sys, t, tool, user } from './kit';

export const learning: Family[] = [
  {
    id: 'lr-retrieved-trades', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Retrieved past trading episodes and their outcomes guide the decision in a new market situation.',
    make(rng) {
      const eps = Array.from({ length: rng.int(3, 6) }, () => `[ep ${rng.int(100, 999)}] funding ${rng.pick(['+0.09%', '-0.02%', '+0.11%'])}, ${rng.pick(['breakout on rising volume', 'breakout on falling volume', 'range day'])} → ${rng.pick(['bought', 'sold', 'held'])} ${rng.int(1, 3)} → ${rng.pick(['+4.1%', '-2.6%', '+0.4%', '-1.2%'])} in ${rng.int(2, 20)}h`);
      return { messages: [sys(`Paper-trading agent for ${rng.pick(['ETH-USD', 'BTC-EUR', 'SOL-USD'])}. Before each decision, memory returns the most similar past situations and what happened.`), user(`== Retrieved ==\n${eps.join('\n')}\n\n== Now ==\nfunding +0.10%, breakout, volume ${rng.pick(['rising', 'falling'])}`)], tools: [tool('place_order', 'Order.', { side: oneOf('buy', 'sell'), size: num }), tool('hold', 'Do nothing.', {})], tool_choice: 'required' };
    },
  },
  {
    id: 'lr-release-trials', label: 'learning', difficulty: 'medium', variants: 5,
    rationale: 'The rule linking the control to the outcome must be inferred from earlier trials under unfamiliar dynamics.',
    make(rng) {
      const trials = Array.from({ length: rng.int(3, 7) }, (_, k) => `#${k + 1} speed ${rng.int(1, 4)}.0, delay ${rng.int(20, 100) / 100} s → ${rng.pick([`${rng.int(5, 90) / 100} m short`, `${rng.int(5, 90) / 100} m long`, 'on target'])}`);
      return { messages: [sys(rng.pick(['You time the release of a ball from a moving cart to land in a bucket 4 m ahead. Gravity and drag here are not Earth’s and are not given.', 'You set the launch angle of a probe in a simulated world with unknown gravity. Reply with the angle only.'])), user(`${trials.join('\n')}\nNew: speed ${rng.int(1, 4)}.5. Value?`)], max_tokens: 8 };
    },
  },
  {
    id: 'lr-reaction-history', label: 'learning', difficulty: 'easy', variants: 5,
    rationale: 'The suggestion must adapt to how the user reacted to earlier suggestions.',
    make(rng) {
      const messages: ChatMessage[] = [sys(`${rng.pick(['Streaming recommender', 'Recipe suggester', 'Podcast picker'])}. Suggest exactly 3 items from the list. Return JSON.`), user(`Candidates: ${rng.sample(['Moon', 'Primer', 'Tenet', 'Contact', 'Gattaca', 'Solaris', 'Upgrade', 'Coherence'], 6).join(', ')}. User ${rng.int(1000, 9999)}.`)];
      exchange(rng, messages, 'get_feedback_history', { limit: 10 }, Array.from({ length: rng.int(3, 7) }, () => ({ item: rng.pick(['Arrival', 'Her', 'Gravity', 'Interstellar', 'Ex Machina']), outcome: rng.pick(['watched', 'abandoned after 20 min', 'skipped']), rating: rng.int(1, 5) })));
      return { messages, tools: [tool('get_feedback_history', 'Past reactions.', { limit: num })], response_format: { type: 'json_object' } };
    },
  },
  {
    id: 'lr-similar-tickets', label: 'learning', difficulty: 'medium', variants: 5,
    rationale: 'Past tickets with their resolutions and satisfaction scores guide how to handle a new ticket.',
    make(rng, i) {
      const lang = (['en', 'es', 'de', 'pt', 'en'] as Lang[])[i]!;
      const past = Array.from({ length: rng.int(2, 5) }, () => `- ${rng.pick(['refund without asking why', 'asked for photos first', 'sent replacement', 'escalated to tier 2'])} → CSAT ${rng.int(1, 5)}/5${rng.chance(0.4) ? ', customer churned' : ''}`);
      return { lang, messages: [sys(t(lang, { en: 'Support copilot. Similar resolved tickets are attached with how they went.', es: 'Copiloto de soporte. Se adjuntan tickets parecidos ya resueltos y cómo salieron.', de: 'Support-Copilot. Ähnliche gelöste Tickets samt Ausgang sind angehängt.', pt: 'Copiloto de suporte. Seguem tickets parecidos já resolvidos e como terminaram.' })), user(`${past.join('\n')}\n\n${t(lang, { en: 'New: blender arrived with a cracked jug, customer is a 6-year member. Reply draft?', es: 'Nuevo: la batidora llegó con la jarra rota, cliente desde hace 6 años. ¿Borrador de respuesta?', de: 'Neu: Mixer kam mit gesprungenem Krug, Kunde seit 6 Jahren. Antwortentwurf?', pt: 'Novo: o liquidificador chegou com o copo rachado, cliente há 6 anos. Rascunho de resposta?' })}`)] };
    },
  },
  {
    id: 'lr-demand-records', label: 'learning', difficulty: 'medium', variants: 5,
    rationale: 'Past days’ results under different conditions are used to infer what moves demand and forecast a new day.',
    make(rng, i) {
      const lang = (['ja', 'es', 'en', 'zh', 'fr'] as Lang[])[i]!;
      const rows = Array.from({ length: rng.int(4, 9) }, (_, k) => `4/${k + 1} ${rng.pick(['☀', '☂', '☁'])} ${rng.int(9, 24)}℃ ${rng.pick(['-', 'promo'])} → ${rng.int(120, 240)}`);
      const q = t(lang, { ja: 'あなたはラーメン店の仕込みアシスタントです。過去の実績を見て、明日(雨・10℃・キャンペーンあり)の杯数と鍋の数を提案してください。', es: 'Eres el asistente de una panadería. Con los datos de días anteriores, ¿cuántas barras hornear mañana (lluvia, 10 ℃, con promoción)?', en: 'Food truck prep assistant. From the days below, how many portions for tomorrow (rain, 10 °C, promo on)?', zh: '你是奶茶店的备货助手。根据以往的记录，明天（下雨、10℃、有促销）要准备多少杯？', fr: 'Assistant de la boulangerie. D’après les jours précédents, combien de baguettes pour demain (pluie, 10 °C, promo) ?' });
      return { lang, messages: [sys(q), user(rows.join('\n'))] };
    },
  },
  {
    id: 'lr-attempt-feedback', label: 'learning', secondary: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'Earlier failed attempts and their test feedback must inform a better next attempt.',
    make(rng) {
      const fn = rng.pick(['merge_intervals', 'parse_duration', 'roman_to_int', 'wrap_text']);
      const messages: ChatMessage[] = [sys('You write functions that must pass hidden tests. You get feedback after each attempt; use it.'), user(`Implement \`${fn}\`.`)];
      const attempts = rng.int(1, 4);
      for (let a = 1; a <= attempts; a++) {
        messages.push(say(`\`\`\`python\ndef ${fn}(x):\n    ...  # attempt ${a}\n\`\`\``));
        messages.push(user(`Attempt ${a}: ${rng.int(3, 8)}/9 passed. Failed: ${rng.pick(['test_unsorted', 'test_empty', 'test_touching', 'test_unicode'])}. Reflect, then try again.`));
      }
      return { messages };
    },
  },
  {
    id: 'lr-user-corrections', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 5,
    rationale: 'The verdict should follow the user’s own past corrections rather than generic rules.',
    make(rng) {
      const corr = Array.from({ length: rng.int(2, 5) }, () => `- '${rng.pick(['Weekly digest', '40% off running shoes', 'Re: allotment rota', 'Your invoice is ready', 'Webinar invite'])}' — filter said ${rng.pick(['JUNK', 'INBOX'])}, user moved it`);
      return { messages: [sys('You filter a user’s inbox. Reply INBOX or JUNK. Their manual corrections take priority over generic spam heuristics.'), user(`Corrections:\n${corr.join('\n')}\n\nNew: '${rng.pick(['Monthly digest from Substack', 'Flash sale: trail shoes', 'Allotment AGM minutes'])}'`)], max_tokens: 3 };
    },
  },
  {
    id: 'lr-invented-rule', label: 'learning', difficulty: 'hard', variants: 5,
    rationale: 'A few solved examples of an unknown mapping must be generalised to a new input.',
    make(rng) {
      const ex = rng.pick([
        ['blick → blickor', 'dag → dagor', 'hus → husor', 'stol → ?'],
        ['3 ◇ 4 = 19', '2 ◇ 5 = 15', '6 ◇ 1 = 37', '4 ◇ 3 = ?'],
        ['RED+BLUE = kvir', 'RED+RED = tam', 'BLUE+BLUE = lo', 'BLUE+RED = ?'],
      ]);
      return { messages: [user(`${ex.slice(0, 3).join('\n')}\n${ex[3]}`)], max_tokens: 10 };
    },
  },
  {
    id: 'lr-experiment-log', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Results of earlier experiments are used to decide which variant to try next.',
    make(rng) {
      const runs = Array.from({ length: rng.int(3, 6) }, (_, k) => `run ${k + 1}: ${rng.pick(['green CTA', 'price anchor', 'short form', 'social proof'])} → ${rng.pick(['+3.1%', '-0.8%', '+0.2% (n.s.)', '+5.4%'])} conv, n=${rng.int(2, 9)}k`);
      return { messages: [sys('Growth experimentation assistant.'), user(`Landing page tests so far:\n${runs.join('\n')}\nWhat do we test next week, and why?`)] };
    },
  },
  {
    id: 'lr-intervention-outcomes', label: 'learning', difficulty: 'medium', variants: 5,
    rationale: 'Past interventions and the populations that followed must be generalised to predict a new case.',
    make(rng, i) {
      const lang = (['en', 'fr', 'en', 'de', 'pt'] as Lang[])[i]!;
      const rows = Array.from({ length: rng.int(3, 6) }, (_, k) => `year ${k + 1}: ${rng.pick(['culled 20 deer', 'released 10 lynx', 'no action', 'planted 2 ha'])} → deer ${rng.int(80, 300)}, lynx ${rng.int(2, 20)}`);
      return { lang, messages: [sys(t(lang, { en: 'Reserve ecologist assistant.', fr: 'Assistant écologue de la réserve.', de: 'Assistenz der Schutzgebietsverwaltung.', pt: 'Assistente de ecologia da reserva.' })), user(`${rows.join('\n')}\n${t(lang, { en: 'If we release 5 lynx next year, what populations do you expect?', fr: 'Si on relâche 5 lynx l’an prochain, quelles populations attendre ?', de: 'Wenn wir nächstes Jahr 5 Luchse auswildern, welche Bestände erwartest du?', pt: 'Se soltarmos 5 linces no ano que vem, que populações esperar?' })}`)], response_format: jsonSchema('prediction', { deer: num, lynx: num }) };
    },
  },
  {
    id: 'lr-lessons-memory', label: 'learning', difficulty: 'medium', variants: 5,
    rationale: 'Lessons written after earlier runs are injected into the prompt to shape the new attempt.',
    make(rng) {
      const lessons = rng.sample(['Last time the API rate limit was hit after 50 calls: batch requests.', 'Run 12 failed because dates were parsed as US format.', 'Users disliked summaries longer than 5 bullets.', 'Asking for the account id first saved 3 turns on average.', 'Refund macro B had the best resolution rate.'], rng.int(2, 4));
      return { messages: [sys(`Operations agent.\n## Notes from previous runs\n${lessons.map((l) => `- ${l}`).join('\n')}`), user(rng.pick(['Pull last week’s invoices and flag the odd ones.', 'Answer the new batch of customer questions.', 'Summarise the open refund cases for finance.']))] };
    },
  },
  {
    id: 'lr-arm-pulls', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Observed payoffs of each option so far must be used to choose the next one.',
    make(rng) {
      const messages: ChatMessage[] = [sys(`You choose which of ${rng.int(3, 5)} ${rng.pick(['ad creatives', 'slot machines', 'push-notification texts'])} to show next. Reply with its letter.`)];
      const n = rng.int(3, 9);
      for (let k = 0; k < n; k++) {
        messages.push(user(`round ${k + 1}: showed ${rng.pick(['A', 'B', 'C'])} → ${rng.pick(['click', 'no click', 'reward 0.4', 'reward 0'])}`));
        if (k < n - 1) messages.push(say(rng.pick(['A', 'B', 'C'])));
      }
      return { messages, max_tokens: 2 };
    },
  },
  {
    id: 'lr-negotiation-history', label: 'learning', difficulty: 'medium', variants: 5,
    rationale: 'How earlier negotiations with this counterpart went should set the new opening offer.',
    make(rng, i) {
      const lang = (['en', 'de', 'ja', 'es', 'en'] as Lang[])[i]!;
      const hist = Array.from({ length: rng.int(2, 4) }, (_, k) => `${2021 + k}: ${t(lang, { en: 'opened at', de: 'Eröffnung', ja: '初回提示', es: 'abrimos en' })} ${rng.int(80, 110)}k → ${t(lang, { en: 'settled', de: 'Abschluss', ja: '妥結', es: 'cerramos en' })} ${rng.int(85, 100)}k`);
      return { lang, messages: [user(`${hist.join('\n')}\n${t(lang, { en: 'Same supplier, contract renewal next week. What do we open with?', de: 'Gleicher Lieferant, Verlängerung nächste Woche. Womit eröffnen wir?', ja: '同じ取引先と来週更新交渉。最初にいくらを提示すべき？', es: 'Mismo proveedor, renovación la semana que viene. ¿Con cuánto abrimos?' })}`)] };
    },
  },
  {
    id: 'lr-student-errors', label: 'learning', difficulty: 'medium', variants: 5,
    rationale: 'The student’s earlier answers and mistakes decide the next exercise.',
    make(rng, i) {
      const lang = (['fr', 'de', 'en', 'zh', 'es'] as Lang[])[i]!;
      const answers = Array.from({ length: rng.int(3, 6) }, (_, k) => `Q${k + 1} ${rng.pick(['3/4 + 1/8', '2/3 of 9', '0.25 as a fraction', '5/6 - 1/3'])}: ${rng.pick(['✓', '✗ added denominators', '✗ forgot to simplify', '✓ slow'])}`);
      return { lang, messages: [sys(t(lang, { fr: 'Tuteur de maths adaptatif.', de: 'Adaptiver Mathe-Tutor.', en: 'Adaptive maths tutor.', zh: '自适应数学辅导老师。', es: 'Tutor de matemáticas adaptativo.' })), user(`${answers.join('\n')}\n${t(lang, { fr: 'Quel exercice ensuite ?', de: 'Welche Aufgabe als Nächstes?', en: 'Next exercise?', zh: '下一道题出什么？', es: '¿Siguiente ejercicio?' })}`)] };
    },
  },
];
