// Second families for archetypes that otherwise had one family each (partial view with a stated
// target; whole past episodes in memory; graded forecasts then a new case; weekly graded plans),
// so that holding one family out still leaves an example of the shape to learn from.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, jsonSchema, num, oneOf, str, sys, t, tool, user } from './kit';
import { stepThrough, trialsThen, type Step, type Trial } from './loops';

export const siblings: Family[] = [
  {
    id: 'sib-cave-diver', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 7,
    rationale: 'A diver’s lamp lights only a few metres of a flooded cave; the goal (the exit line) is known only by a rough bearing, so passages seen must be remembered.',
    make(rng, i) {
      const lang = (['en', 'es', 'de', 'en', 'fr', 'pt', 'en'] as Lang[])[i]!;
      const lamp = (): string => `lamp: ${rng.pick(['passage continues', 'restriction ahead', 'two passages split', 'silt cloud', 'wall'])}; line beacon ~${rng.int(0, 359)}°, ${rng.int(5, 80)} m; gas ${rng.int(90, 200)} bar`;
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'Navigation aid for a cave diver. Goal: reach the exit guideline. The lamp shows only a few metres; after each swim leg you get the new lamp report.',
        es: 'Ayuda de navegación para un buzo de cuevas. Objetivo: llegar a la guía de salida. La linterna solo muestra unos metros; tras cada tramo recibes el nuevo informe.',
        de: 'Navigationshilfe für einen Höhlentaucher. Ziel: die Ausgangsleine erreichen. Die Lampe zeigt nur wenige Meter; nach jeder Strecke kommt der neue Bericht.',
        fr: 'Aide à la navigation d’un plongeur souterrain. Objectif : rejoindre le fil de sortie. La lampe n’éclaire que quelques mètres ; après chaque trajet tu reçois le nouveau rapport.',
        pt: 'Auxílio de navegação para um mergulhador de caverna. Objetivo: chegar à linha de saída. A lanterna mostra só alguns metros; após cada trecho vem o novo relato.',
      })), user(lamp())];
      const steps: Step[] = Array.from({ length: rng.int(0, 5) }, () => ({ actions: [['swim', { heading_deg: rng.int(0, 359), metres: rng.int(2, 10) }]], observations: [lamp()] }));
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('swim', 'Swim a leg.', { heading_deg: num, metres: num })], tool_choice: 'required' };
    },
  },
  {
    id: 'sib-hvac-memory', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 7,
    rationale: 'Earlier days of pre-cooling decisions and the bills and comfort they produced are retrieved, then a new day is run hour by hour.',
    make(rng) {
      const hour = (): Record<string, unknown> => ({ outdoor_c: rng.int(18, 39), indoor_c: rng.int(20, 29), tariff: rng.pick(['peak', 'shoulder', 'off-peak']), occupancy: rng.int(0, 300) });
      const messages: ChatMessage[] = [sys(rng.pick(['HVAC agent for an office tower. Each hour pick a setpoint. Memory holds earlier days in this building with what each choice cost and how comfortable people were.', 'Pick the setpoint each hour with set_point.'])), user(`New day. Hour 1: ${JSON.stringify(hour())}`)];
      exchange(rng, messages, rng.pick(['recall_days', 'memory_lookup']), { query: 'hot weekday' }, { days: Array.from({ length: rng.int(2, 4) }, (_, d) => ({ day: `past-${d + 1}`, hours: Array.from({ length: rng.int(3, 5) }, () => ({ ...hour(), setpoint_c: rng.int(20, 26), cost_eur: rng.int(20, 240), complaints: rng.int(0, 9) })) })) });
      const steps: Step[] = Array.from({ length: rng.int(0, 4) }, (_, k) => ({ actions: [['set_point', { celsius: rng.int(20, 26) }]], observations: [JSON.stringify({ hour: k + 2, cost_eur: rng.int(20, 240), complaints: rng.int(0, 9), next: hour() })] }));
      stepThrough(rng, messages, steps);
      return { messages, tools: [tool('recall_days', 'Earlier days.', { query: str }), tool('memory_lookup', 'Search memory.', { query: str }), tool('set_point', 'Set this hour.', { celsius: num })] };
    },
  },
  {
    id: 'sib-concrete-forecasts', label: 'learning', difficulty: 'hard', variants: 7,
    rationale: 'Each strength forecast is followed by the measured strength and the forecast error; the next mix must be forecast from those results.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'es', 'fr', 'zh', 'en'] as Lang[])[i]!;
      const mix = (): string => t(lang, {
        en: `Current mix state: w/c ${rng.int(35, 60) / 100}, cement ${rng.int(280, 420)} kg/m³, fly ash ${rng.int(0, 30)}%, curing at ${rng.int(5, 30)} °C. Forecast 28-day strength.`,
        de: `Aktueller Zustand der Mischung: w/z ${rng.int(35, 60) / 100}, Zement ${rng.int(280, 420)} kg/m³, Härtung bei ${rng.int(5, 30)} °C. Prognose der 28-Tage-Festigkeit?`,
        es: `Estado actual de la mezcla: a/c ${rng.int(35, 60) / 100}, cemento ${rng.int(280, 420)} kg/m³, curado a ${rng.int(5, 30)} °C. ¿Resistencia a 28 días?`,
        fr: `État actuel du mélange : E/C ${rng.int(35, 60) / 100}, ciment ${rng.int(280, 420)} kg/m³, cure à ${rng.int(5, 30)} °C. Résistance à 28 jours ?`,
        zh: `当前配合比状态：水灰比 ${rng.int(35, 60) / 100}，水泥 ${rng.int(280, 420)} kg/m³，养护温度 ${rng.int(5, 30)} °C。预测28天强度。`,
      });
      const measured = (): string => t(lang, { en: `Measured at 28 days: ${rng.int(20, 60)} MPa. Error of your forecast: ${rng.int(2, 30)}%.`, de: `Gemessen nach 28 Tagen: ${rng.int(20, 60)} MPa. Fehler deiner Prognose: ${rng.int(2, 30)} %.`, es: `Medido a 28 días: ${rng.int(20, 60)} MPa. Error de tu pronóstico: ${rng.int(2, 30)} %.`, fr: `Mesuré à 28 jours : ${rng.int(20, 60)} MPa. Erreur de ta prévision : ${rng.int(2, 30)} %.`, zh: `28天实测：${rng.int(20, 60)} MPa。预测误差 ${rng.int(2, 30)}%。` });
      const messages: ChatMessage[] = [sys(rng.chance(0.5) ? 'Materials lab assistant. The lab’s new binder is not in any handbook.' : 'Materials lab assistant. JSON only.')];
      const trials: Trial[] = Array.from({ length: rng.int(1, 5) }, () => ({ situation: mix(), decision: JSON.stringify({ mpa: rng.int(20, 60) }), outcome: measured(), merged: rng.chance(0.3) }));
      trialsThen(rng, messages, trials, mix());
      return { lang, messages, response_format: jsonSchema('strength', { mpa: num }) };
    },
  },
  {
    id: 'sib-training-weeks', label: 'learning', difficulty: 'medium', variants: 6,
    rationale: 'Each week’s plan is followed by the athlete’s test result; next week’s plan must follow from how the earlier plans worked.',
    make(rng) {
      const messages: ChatMessage[] = [sys(`Running coach for ${rng.pick(['Ana', 'Tomás', 'Lee'])}. One plan per week.`)];
      const merged = rng.chance(0.5);
      const trials: Trial[] = Array.from({ length: rng.int(1, 5) }, (_, k) => ({
        situation: `Week ${k + 1}. ${rng.pick(['Legs fresh.', 'Slight calf pain.', 'Busy at work.'])} Plan?`,
        decision: `${rng.int(25, 70)} km, ${rng.pick(['2 intervals', '1 tempo', 'long run only'])}`,
        outcome: `5 km test: ${rng.int(18, 26)}:${String(rng.int(0, 59)).padStart(2, '0')} (${rng.pick(['-12 s', '+8 s', '-3 s'])} vs last), RPE ${rng.int(5, 10)}.`,
        merged,
      }));
      trialsThen(rng, messages, trials, `Week ${trials.length + 1}. Plan?`);
      return { messages, tools: rng.chance(0.3) ? [tool('log_plan', 'Store the plan.', { km: num, focus: oneOf('intervals', 'tempo', 'long') })] : undefined };
    },
  },
];
