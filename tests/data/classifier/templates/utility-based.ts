// utility_based: options with costs, rewards, weights or constraints; the answer is the best choice.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, int, jsonSchema, list, num, obj, str, sys, t, tool, user } from './kit';

function table(rng: { int(a: number, b: number): number }, head: string[], rows: number, ids: string): string {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (let r = 0; r < rows; r++) lines.push(`| ${ids}${r + 1} | ${head.slice(1).map(() => rng.int(1, 90)).join(' | ')} |`);
  return lines.join('\n');
}

export const utilityBased: Family[] = [
  {
    id: 'ub-pack-limit', label: 'utility_based', difficulty: 'easy', variants: 5,
    rationale: 'Items must be chosen under a hard weight or volume limit for the most total value.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'ja', 'en'] as Lang[])[i]!;
      const items = rng.sample(['rain shell 0.4kg (10)', 'down jacket 0.6kg (7)', 'fleece 0.5kg (4)', '2L water 2.0kg (9)', 'filter 0.3kg (6)', 'stove 0.9kg (5)', 'book 0.3kg (2)', 'camera 1.1kg (3)'], 6);
      const ask = t(lang, { en: `Limit ${rng.int(3, 6)} kg. The numbers in brackets are how much I want each. What goes in?`, de: `Limit ${rng.int(3, 6)} kg, in Klammern wie wichtig mir etwas ist. Was packe ich ein?`, es: `Límite ${rng.int(3, 6)} kg; entre paréntesis cuánto me importa cada cosa. ¿Qué llevo?`, ja: `上限${rng.int(3, 6)}kg。括弧内は重要度です。何を持っていくべき？` });
      return { lang, messages: [user(`${items.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'ub-job-schedule', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Jobs with rewards, penalties, durations and dependencies must be scheduled for the highest net value.',
    make(rng) {
      return {
        messages: [sys('Scheduling optimiser. Return the schedule with the highest total net reward (reward if done by deadline, minus lateness penalty, minus start cost). Respect dependencies and capacity.'), user(`${rng.int(2, 3)} machines, ${rng.int(8, 12)}-hour shift.\n\n${table(rng, ['job', 'dur h', 'reward', 'deadline h', 'penalty/h', 'cost'], rng.int(4, 7), 'J')}`)],
        response_format: jsonSchema('schedule', { assignments: list(obj({ job: str, machine: int, start: num })), total: num }),
      };
    },
  },
  {
    id: 'ub-weighted-options', label: 'utility_based', difficulty: 'medium', variants: 6,
    rationale: 'A few options are compared on several weighted criteria to pick the best overall compromise.',
    make(rng, i) {
      const lang = (['de', 'fr', 'es', 'en', 'pt', 'zh'] as Lang[])[i]!;
      const options = t(lang, {
        de: 'A) Ehrenfeld, 58 m², 1.180 € warm, 25 min Pendeln, Balkon\nB) Sülz, 64 m², 1.320 € warm, 15 min Rad\nC) Kalk, 71 m², 1.090 € warm, 35 min Bahn, Aufzug',
        fr: 'A) Lyon 3e, 48 m², 980 €, 10 min à vélo\nB) Villeurbanne, 62 m², 1 050 €, 25 min de tram, balcon\nC) Caluire, 70 m², 1 120 €, 35 min de bus, jardin',
        es: 'A) portátil 14", 1,2 kg, 1.099 €, 12 h batería\nB) 16", 2,1 kg, 1.249 €, 8 h\nC) 13", 1,0 kg, 1.399 €, 15 h',
        en: 'A) supplier in Poland: €4.10/unit, 12-day lead time, 1.5% defects\nB) Vietnam: €3.40/unit, 35 days, 2.8% defects\nC) Portugal: €4.60/unit, 6 days, 0.7% defects',
        pt: 'A) plano 5G 30 GB por R$ 79, fidelidade 12 meses\nB) 50 GB por R$ 99 sem fidelidade\nC) ilimitado por R$ 129, cobertura fraca na minha rua',
        zh: 'A) 城东，房租3800，通勤20分钟，有电梯\nB) 城西，房租3200，通勤45分钟\nC) 市中心，房租4500，通勤5分钟，无电梯',
      });
      const ask = t(lang, { de: 'Was ist unterm Strich die beste Wahl für mich? Preis zählt am meisten, dann der Weg.', fr: 'Lequel est le meilleur choix pour moi ? Le prix compte double, le trajet ensuite.', es: '¿Cuál me conviene más? Peso y batería importan más que el precio.', en: 'Which one should we go with? Quality matters twice as much as price; lead time is a tie-breaker.', pt: 'Qual compensa mais pra mim? Uso muito dados, mas o orçamento é apertado.', zh: '哪个最划算？租金权重最高，其次是通勤。' });
      return { lang, messages: [user(`${options}\n\n${ask}`)] };
    },
  },
  {
    id: 'ub-budget-split', label: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'A fixed budget is split across channels whose returns diminish; the answer is an allocation.',
    make(rng) {
      const b = rng.int(20, 90);
      return {
        messages: [sys(rng.pick(['Media-mix planner.', 'Grant allocation assistant for the city culture fund.', 'Capacity planner for the support org.'])), user(`Budget $${b}k for Q${rng.int(1, 4)}. Response curves (outcome as a function of spend s in $k):\n- Search: ${rng.int(80, 140)}·ln(1 + s/4)\n- Social: ${rng.int(50, 90)}·ln(1 + s/6)\n- Events: 0 below $8k, then ${rng.int(40, 70)}·ln(s/8 + 1)\n- Partners: ${rng.int(2, 4)}.1·s, capped at $10k\nHow should it be split?`)],
      };
    },
  },
  {
    id: 'ub-rebalance-news', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Expected returns are weighed against risk and position limits to choose an allocation after news.',
    make(rng) {
      const tickers = rng.sample(['NVTX', 'GRNW', 'SHLD', 'BNKR', 'MEDQ', 'AGRO'], 4);
      const messages: ChatMessage[] = [sys('Allocation assistant for a long-only portfolio. Max 30% per position, min 5% cash, at most 4 trades a day; penalise volatility about as much as you reward return.'), user(rng.pick(['Morning rebalance please.', 'Adjust the book for today’s news.']))];
      exchange(rng, messages, 'get_positions', { portfolio: 'MP-2' }, Object.fromEntries(tickers.map((x) => [x, rng.int(5, 30) / 100])));
      exchange(rng, messages, 'fetch_news', { symbols: tickers }, tickers.map((x) => `${x} ${rng.pick(['guides 12% above consensus', 'loses a key contract', 'CEO resigns', 'wins a small tender'])}`));
      return { messages, tools: [tool('get_positions', 'Positions.', { portfolio: str }), tool('fetch_news', 'News.', { symbols: list(str) }), tool('submit_trades', 'Trade.', { weights: { type: 'object' } })] };
    },
  },
  {
    id: 'ub-instance-choice', label: 'utility_based', difficulty: 'easy', variants: 5,
    rationale: 'The cheapest option that still meets a performance requirement: cost against performance.',
    make(rng) {
      const messages: ChatMessage[] = [sys('Infrastructure assistant with the load-test results and price list.'), user(`Which is the better option for the ${rng.pick(['search API', 'image resizer', 'ledger DB'])}? Need p95 under ${rng.int(80, 150)} ms at ${rng.int(2, 8)}00 rps; budget is tight.`)];
      exchange(rng, messages, 'get_loadtest_results', { rps: 400 }, { small: { p95_ms: rng.int(120, 200) }, large: { p95_ms: rng.int(60, 100) }, arm: { p95_ms: rng.int(90, 130) } });
      exchange(rng, messages, 'get_prices', { region: 'eu-west-1' }, { small: 0.085, large: 0.17, arm: 0.072, unit: 'USD/h' });
      return { messages, tools: [tool('get_loadtest_results', 'Load tests.', { rps: int }), tool('get_prices', 'Prices.', { region: str })] };
    },
  },
  {
    id: 'ub-process-setting', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Candidate process settings are scored on weighted, competing objectives under a hard limit.',
    make(rng) {
      return { messages: [sys(`Process engineering assistant for ${rng.pick(['injection moulding line M2', 'the paint shop oven', 'extruder E4'])}.`), user(`Pick the setting for next shift. Weights: cycle time ${rng.int(3, 5)}/10, defects ${rng.int(2, 4)}/10, energy the rest (lower is better). Temp must stay ≤ 240 °C.\n\n${table(rng, ['id', 'temp °C', 'cycle s', 'defects %', 'kWh'], rng.int(4, 6), 'S')}`)] };
    },
  },
  {
    id: 'ub-shift-staffing', label: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Cover hourly demand at the lowest wage cost under labour rules: a constrained optimisation.',
    make(rng) {
      const demand = Array.from({ length: 8 }, (_, h) => `${9 + h}:00 ${rng.int(1, 6)}`).join(', ');
      return { messages: [sys('Rota planner for a retail store.'), user(`Staff needed per hour: ${demand}. Shifts are 4 or 8 h; part-timers €${rng.int(12, 14)}/h, full-timers €${rng.int(15, 18)}/h with a 30-min unpaid break. No more than 3 part-timers at once. Cheapest rota that covers every hour?`)], response_format: jsonSchema('rota', { shifts: list(obj({ start: str, hours: int, kind: str })), cost_eur: num }) };
    },
  },
  {
    id: 'ub-battery-dispatch', label: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Charge/discharge decisions against hourly prices and battery limits for the best net revenue.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'fr', 'es'] as Lang[])[i]!;
      const prices = Array.from({ length: 12 }, () => rng.int(30, 240)).join(', ');
      return { lang, messages: [sys(t(lang, { en: 'Battery dispatch assistant. 2 MWh battery, 1 MW max, 90% round-trip efficiency, starts at 50%.', de: 'Batteriespeicher-Disposition. 2 MWh, max. 1 MW, 90 % Wirkungsgrad, Start bei 50 %.', fr: 'Pilotage de batterie. 2 MWh, 1 MW max, rendement 90 %, départ à 50 %.', es: 'Despacho de batería. 2 MWh, 1 MW máx., eficiencia 90 %, empieza al 50 %.' })), user(`${t(lang, { en: 'Day-ahead prices €/MWh, hours 0-11:', de: 'Day-Ahead-Preise €/MWh, Stunden 0-11:', fr: 'Prix J-1 €/MWh, heures 0-11 :', es: 'Precios €/MWh, horas 0-11:' })} ${prices}`)], response_format: jsonSchema('dispatch', { hourly_mw: list(num) }) };
    },
  },
  {
    id: 'ub-price-point', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'A price is chosen from demand estimates and unit cost to get the best margin.',
    make(rng) {
      const points = Array.from({ length: 5 }, (_, k) => `$${(k + 1) * rng.int(4, 6)}: ~${rng.int(200, 900) - k * 120} units/week`);
      return { messages: [user(`Unit cost is $${rng.int(3, 6)}. Estimated demand for our ${rng.pick(['cold brew', 'notebook', 'dog treats', 'phone case'])} at each price:\n${points.join('\n')}\nShelf space caps us at 600 units a week. Where should we price it?`)] };
    },
  },
  {
    id: 'ub-vendor-quotes', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Quotes differ on price, delivery and reliability; the agent picks the best trade-off for the order.',
    make(rng, i) {
      const lang = (['pt', 'ja', 'en', 'zh', 'es'] as Lang[])[i]!;
      const messages: ChatMessage[] = [sys(t(lang, { pt: 'Assistente de compras.', ja: '購買アシスタントです。', en: 'Procurement assistant.', zh: '采购助手。', es: 'Asistente de compras.' })), user(t(lang, { pt: 'Preciso de 500 caixas até dia 20. Qual fornecedor vale mais a pena?', ja: '20日までに段ボール500箱が必要。どの業者が一番いい？', en: 'Need 500 boxes by the 20th. Which supplier is the better deal?', zh: '20号前需要500个纸箱，哪家供应商最合适？', es: 'Necesito 500 cajas antes del 20. ¿Qué proveedor conviene?' }))];
      exchange(rng, messages, 'get_quotes', { item: 'box', qty: 500 }, [0, 1, 2].map((k) => ({ vendor: `V${k + 1}`, unit: rng.int(40, 90) / 100, days: rng.int(3, 15), on_time_rate: rng.int(80, 99) / 100 })));
      return { lang, messages, tools: [tool('get_quotes', 'Quotes.', { item: str, qty: int }), tool('place_order', 'Order.', { vendor: str })] };
    },
  },
  {
    id: 'ub-commute-choice', label: 'utility_based', secondary: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'The destination is fixed; the question is which route option is worth it given time, cost and comfort.',
    make(rng, i) {
      const lang = (['zh', 'en', 'fr', 'ja', 'en'] as Lang[])[i]!;
      const text = t(lang, { zh: '去机场有三种方式：地铁50分钟7元；打车35分钟120元；机场大巴60分钟25元但有行李架。我时间值每小时100元，带两个大箱子。选哪个？', en: `To the airport: train ${rng.int(40, 60)} min £12, two changes; taxi ${rng.int(25, 40)} min £65; coach 70 min £9, direct. My time is worth about £30/h and I have a big suitcase. Which one?`, fr: 'Pour Bordeaux : TGV 2h05 à 79 €, covoiturage 3h40 à 28 €, avion 1h + 2h de trajets à 110 €. Mon heure vaut ~25 €. Lequel ?', ja: '空港まで：電車55分900円（乗換2回）、タクシー35分8000円、バス70分1300円（直通）。時給3000円換算で、荷物が多い。どれが得？' });
      return { lang, messages: [user(text)] };
    },
  },
  {
    id: 'ub-bid-budget', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Bids are set per keyword from value per click and conversion data under a daily budget.',
    make(rng) {
      const kws = rng.sample(['running shoes', 'trail shoes', 'marathon plan', 'gel insoles', 'shoe repair'], 4).map((k) => `${k}: CPC ~$${rng.int(1, 4)}.${rng.int(0, 9)}, CVR ${rng.int(1, 6)}%, order value $${rng.int(40, 140)}`);
      return { messages: [sys('Paid search assistant.'), user(`Daily budget $${rng.int(150, 400)}.\n${kws.join('\n')}\nSet the bids.`)], response_format: jsonSchema('bids', { bids: list(obj({ keyword: str, max_cpc: num })) }) };
    },
  },
  {
    id: 'ub-diet-cost', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'A menu must meet nutrient minimums at the lowest cost: constraints plus an objective.',
    make(rng, i) {
      const lang = (['en', 'pt', 'de', 'en', 'es'] as Lang[])[i]!;
      const foods = ['oats 100g: 13g protein, €0.20', 'lentils 100g: 9g protein, €0.25', 'eggs x2: 12g protein, €0.50', 'tofu 100g: 8g protein, €0.45', 'milk 250ml: 8g protein, €0.30', 'chicken 100g: 31g protein, €1.10'];
      return { lang, messages: [user(`${rng.sample(foods, 5).join('\n')}\n\n${t(lang, { en: `I need ${rng.int(90, 140)} g protein a day on as little money as possible, no more than 2 portions of any one thing.`, pt: `Preciso de ${rng.int(90, 140)} g de proteína por dia gastando o mínimo, no máximo 2 porções de cada item.`, de: `Ich brauche ${rng.int(90, 140)} g Eiweiß am Tag, so günstig wie möglich, höchstens 2 Portionen pro Lebensmittel.`, es: `Necesito ${rng.int(90, 140)} g de proteína al día gastando lo menos posible, máximo 2 porciones de cada cosa.` })}`)] };
    },
  },
];
