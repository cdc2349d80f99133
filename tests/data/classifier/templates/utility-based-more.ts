// More utility_based families: options or parameters scored on competing objectives under
// constraints. Some arrive through tool results (so a tool loop is not always a goal search),
// some as parameter settings rather than a pick among named options.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, int, jsonSchema, list, num, obj, pad, str, sys, t, tool, user } from './kit';

export const utilityBasedMore: Family[] = [
  {
    id: 'ub-insurance-plan', label: 'utility_based', difficulty: 'medium', variants: 6,
    rationale: 'Plans differ in premium, deductible and co-pay; with the expected use, the best plan minimises expected total cost and risk.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'en', 'fr', 'pt'] as Lang[])[i]!;
      const plans = ['Bronze', 'Silver', 'Gold'].map((p) => `${p}: premium ${rng.int(90, 480)}/month, deductible ${rng.int(5, 60) * 100}, co-pay ${rng.int(10, 40)}%, out-of-pocket max ${rng.int(30, 90) * 100}`);
      const ask = t(lang, {
        en: `We expect ${rng.int(2, 12)} doctor visits and one planned surgery next year. Which plan comes out cheapest overall without too much risk?`,
        de: `Wir rechnen nächstes Jahr mit ${rng.int(2, 12)} Arztbesuchen und einer geplanten OP. Welcher Tarif ist unterm Strich am günstigsten, ohne zu viel Risiko?`,
        es: `Calculamos ${rng.int(2, 12)} consultas y una operación programada el año que viene. ¿Qué plan sale más barato en total sin demasiado riesgo?`,
        fr: `Nous prévoyons ${rng.int(2, 12)} consultations et une opération l’an prochain. Quelle formule revient le moins cher au total sans trop de risque ?`,
        pt: `Esperamos ${rng.int(2, 12)} consultas e uma cirurgia no ano que vem. Qual plano sai mais barato no total sem muito risco?`,
      });
      return { lang, messages: [user(`${plans.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'ub-flight-options-tool', label: 'utility_based', difficulty: 'medium', variants: 6,
    rationale: 'The agent fetches flight options with a tool; the decision is the best trade-off of fare, duration and stops under the traveller’s weights.',
    make(rng) {
      const messages: ChatMessage[] = [
        sys('Corporate travel assistant. Policy: economy only; an hour of travel time is worth 60 EUR to the company; each stop costs 40 EUR in lost productivity.'),
        user(`Need to get to ${rng.pick(['Montréal', 'Nairobi', 'Osaka', 'Lima'])} for a meeting on the ${rng.int(3, 28)}th. Pick the flight that is best value.`),
      ];
      exchange(rng, messages, 'search_flights', { date: 'auto' }, Array.from({ length: rng.int(3, 6) }, (_, k) => ({ option: k + 1, fare_eur: rng.int(380, 1400), hours: rng.int(9, 26), stops: rng.int(0, 2) })));
      return { messages, tools: [tool('search_flights', 'Search flights.', { date: str }), tool('book_flight', 'Book an option.', { option: int })] };
    },
  },
  {
    id: 'ub-setpoint-tariff', label: 'utility_based', difficulty: 'hard', variants: 6,
    rationale: 'Hourly setpoints trade energy cost under a time-of-use tariff against a comfort penalty: the answer is a parameter per hour.',
    make(rng) {
      const hours = Array.from({ length: 8 }, (_, k) => `${pad(14 + k)}:00 price ${rng.int(8, 45)} ct/kWh, outside ${rng.int(18, 34)}°C`).join('\n');
      return {
        messages: [sys('Heat-pump scheduler. Minimise cost + 0.8 EUR per degree-hour outside 21–24°C. Setpoints 19–26°C. Pre-cooling is allowed.'), user(`${hours}\n\nChoose the setpoint for each hour.`)],
        response_format: jsonSchema('setpoints', { hours: list(obj({ hour: str, setpoint_c: num })), expected_cost_eur: num }),
      };
    },
  },
  {
    id: 'ub-crop-mix', label: 'utility_based', difficulty: 'medium', variants: 6,
    rationale: 'Land and water are limited; crops differ in yield, price and water need: the answer is the area allocation with the best margin.',
    make(rng, i) {
      const lang = (['en', 'es', 'pt', 'en', 'fr', 'zh'] as Lang[])[i]!;
      const crops = rng.sample(['maize', 'sorghum', 'beans', 'tomato', 'cotton', 'wheat'], 4).map((c) => `${c}: ${rng.int(2, 40)} t/ha, ${rng.int(90, 900)} per t, water ${rng.int(3, 9)} ML/ha`);
      const ask = t(lang, {
        en: `I have ${rng.int(20, 80)} ha and ${rng.int(150, 400)} ML of water this season. How many hectares of each?`,
        es: `Tengo ${rng.int(20, 80)} ha y ${rng.int(150, 400)} ML de agua esta temporada. ¿Cuántas hectáreas de cada uno?`,
        pt: `Tenho ${rng.int(20, 80)} ha e ${rng.int(150, 400)} ML de água nesta safra. Quantos hectares de cada?`,
        fr: `J’ai ${rng.int(20, 80)} ha et ${rng.int(150, 400)} ML d’eau cette saison. Combien d’hectares de chaque ?`,
        zh: `这一季我有${rng.int(20, 80)}公顷地和${rng.int(150, 400)}兆升水。每种作物种多少公顷收益最高？`,
      });
      return { lang, messages: [user(`${crops.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'ub-backlog-capacity', label: 'utility_based', difficulty: 'easy', variants: 6,
    rationale: 'Backlog items carry value, effort and risk; with a fixed capacity the team picks the set worth the most.',
    make(rng) {
      const items = Array.from({ length: rng.int(6, 10) }, (_, k) => `- ${rng.pick(['SSO login', 'CSV import', 'dark mode', 'audit log', 'bulk edit', 'API rate limits', 'mobile push', 'usage billing'])} #${k + 1}: value ${rng.int(1, 13)}, effort ${rng.int(1, 8)} pts, risk ${rng.pick(['low', 'medium', 'high'])}`);
      return {
        messages: [sys(rng.pick(['Product planning assistant.', 'You help a team plan its sprint.'])), user(`Capacity next sprint: ${rng.int(12, 24)} points. High-risk items count 1.5x effort.\n${items.join('\n')}\nWhat should we take in?`)],
        ...(rng.chance(0.5) ? { response_format: jsonSchema('sprint', { items: list(int), total_value: num }) } : {}),
      };
    },
  },
  {
    id: 'ub-cache-settings', label: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Measured hit rates for candidate cache sizes and TTLs are weighed against memory cost and staleness: the answer is a parameter set.',
    make(rng) {
      const rows = [64, 128, 256, 512].flatMap((mb) => [60, 300].map((ttl) => `| ${mb} MB | ${ttl}s | hit ${rng.int(40, 97)}% | stale ${rng.int(0, 9)}% |`));
      const messages: ChatMessage[] = [sys('Performance engineer assistant.'), user(`Load test of the product cache:\n| size | ttl | hit rate | stale reads |\n|---|---|---|---|\n${rows.join('\n')}\n\nEach 1% of hit rate saves ~${rng.int(20, 90)} USD/month; memory costs ${rng.int(1, 4)} USD per MB-month; stale reads above 5% are not acceptable. Which size and TTL?`)];
      return { messages, ...(rng.chance(0.4) ? { tools: [tool('apply_cache_config', 'Apply cache settings.', { size_mb: int, ttl_s: int })] } : {}) };
    },
  },
];
