// learning from whole earlier episodes: a memory tool returns past episodes step by step with
// their outcomes, or the user reports how each earlier forecast turned out before the next case.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, jsonSchema, num, oneOf, str, sys, t, tool, user } from './kit';
import { stepThrough, trialsThen, type Step, type Trial } from './loops';

export const learningEpisodes: Family[] = [
  {
    id: 'lre-battery-memory', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 8,
    rationale: 'Past days of charge/discharge decisions with their profit are retrieved from memory and carried into a new day, step by step.',
    make(rng) {
      const state = (): Record<string, unknown> => ({ price_eur_mwh: rng.int(20, 240), soc_pct: rng.int(5, 95), solar: rng.pick(['high', 'low', 'none']) });
      const messages: ChatMessage[] = [sys(rng.pick(['Battery arbitrage agent for a 2 MWh site. Each hour choose charge, discharge or idle. This market has its own quirks; memory holds earlier days on it with the profit they made.', 'Each hour choose charge, discharge or idle with act.'])), user(`New day, ${rng.int(4, 8)} decision hours. Hour 1: ${JSON.stringify(state())}`)];
      exchange(rng, messages, rng.pick(['recall_days', 'memory_search']), { query: 'similar days' }, { days: Array.from({ length: rng.int(2, 4) }, (_, d) => ({ day: `D-${d + 1}`, hours: Array.from({ length: rng.int(3, 5) }, () => ({ ...state(), action: rng.pick(['charge', 'discharge', 'idle']), profit_eur: rng.int(-90, 160) })) })) });
      const steps: Step[] = Array.from({ length: rng.int(0, 4) }, (_, k) => ({ actions: [['act', { action: rng.pick(['charge', 'discharge', 'idle']) }]], observations: [JSON.stringify({ hour: k + 2, hour_profit_eur: rng.int(-60, 140), day_profit_eur: rng.int(-100, 400), next: state() })] }));
      stepThrough(rng, messages, steps);
      return { messages, tools: [tool('recall_days', 'Earlier days from memory.', { query: str }), tool('memory_search', 'Search memory.', { query: str }), tool('act', 'Act this hour.', { action: oneOf('charge', 'discharge', 'idle') })] };
    },
  },
  {
    id: 'lre-soil-forecasts', label: 'learning', difficulty: 'hard', variants: 8,
    rationale: 'After each forecast the measured soil state comes back with the forecast error; the next field’s forecast must generalise from them.',
    make(rng, i) {
      const lang = (['en', 'de', 'fr', 'en', 'es', 'en', 'pt', 'ja'] as Lang[])[i]!;
      const field = (): string => t(lang, {
        en: `Field state now: pH ${rng.int(50, 75) / 10}, nitrate ${rng.int(5, 60)} mg/kg, organic matter ${rng.int(10, 60) / 10}%. Treatment: ${rng.pick(['lime 2 t/ha', 'clover cover crop', 'compost 20 t/ha', 'no treatment'])}. Forecast the state after one season.`,
        de: `Aktueller Zustand: pH ${rng.int(50, 75) / 10}, Nitrat ${rng.int(5, 60)} mg/kg. Maßnahme: ${rng.pick(['Kalk 2 t/ha', 'Kleeuntersaat', 'Kompost 20 t/ha'])}. Prognose nach einer Saison?`,
        fr: `État actuel : pH ${rng.int(50, 75) / 10}, nitrates ${rng.int(5, 60)} mg/kg. Traitement : ${rng.pick(['chaux 2 t/ha', 'couvert de trèfle', 'compost 20 t/ha'])}. Prévision après une saison ?`,
        es: `Estado actual: pH ${rng.int(50, 75) / 10}, nitrato ${rng.int(5, 60)} mg/kg. Tratamiento: ${rng.pick(['cal 2 t/ha', 'trébol de cobertura', 'compost 20 t/ha'])}. ¿Pronóstico tras una temporada?`,
        pt: `Estado atual: pH ${rng.int(50, 75) / 10}, nitrato ${rng.int(5, 60)} mg/kg. Tratamento: ${rng.pick(['calcário 2 t/ha', 'trevo de cobertura', 'composto 20 t/ha'])}. Previsão após uma safra?`,
        ja: `現在の状態：pH ${rng.int(50, 75) / 10}、硝酸態窒素 ${rng.int(5, 60)} mg/kg。処理：${rng.pick(['石灰 2 t/ha', 'クローバー被覆', '堆肥 20 t/ha'])}。1作後の状態を予測してください。`,
      });
      const measured = (): string => t(lang, { en: `Measured after the season: pH ${rng.int(50, 75) / 10}, nitrate ${rng.int(5, 60)} mg/kg. Your forecast was off by ${rng.int(3, 40)}%.`, de: `Gemessen nach der Saison: pH ${rng.int(50, 75) / 10}, Nitrat ${rng.int(5, 60)} mg/kg. Abweichung deiner Prognose: ${rng.int(3, 40)} %.`, fr: `Mesuré après la saison : pH ${rng.int(50, 75) / 10}, nitrates ${rng.int(5, 60)} mg/kg. Écart de ta prévision : ${rng.int(3, 40)} %.`, es: `Medido tras la temporada: pH ${rng.int(50, 75) / 10}, nitrato ${rng.int(5, 60)} mg/kg. Desviación de tu pronóstico: ${rng.int(3, 40)} %.`, pt: `Medido após a safra: pH ${rng.int(50, 75) / 10}, nitrato ${rng.int(5, 60)} mg/kg. Erro da previsão: ${rng.int(3, 40)}%.`, ja: `1作後の実測：pH ${rng.int(50, 75) / 10}、硝酸態窒素 ${rng.int(5, 60)} mg/kg。予測誤差 ${rng.int(3, 40)}%。` });
      const messages: ChatMessage[] = [sys(rng.chance(0.5) ? 'Soil advisor for a network of trial farms. Get better with every season.' : 'Soil advisor. Answer in JSON.')];
      const trials: Trial[] = Array.from({ length: rng.int(1, 5) }, () => ({ situation: field(), decision: JSON.stringify({ ph: rng.int(50, 75) / 10, nitrate: rng.int(5, 60) }), outcome: measured(), merged: rng.chance(0.3) }));
      trialsThen(rng, messages, trials, field());
      return { lang, messages, response_format: jsonSchema('soil_forecast', { ph: num, nitrate: num }) };
    },
  },
];
