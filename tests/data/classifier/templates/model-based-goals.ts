// model_based_reflex with a stated target and a stated cost: the world is only seen through what
// comes back after each action, so tracking that partial view is the job even though the prompt
// talks about reaching a target or keeping costs down (goal/utility secondaries).
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, num, oneOf, sys, t, tool, user } from './kit';
import { stepThrough, type Step } from './loops';

export const modelBasedGoals: Family[] = [
  {
    id: 'mbg-pipe-crawler', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 8,
    rationale: 'An inspection crawler sees one pipe section at a time; the target blockage is far away and the branches passed must be remembered.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'es', 'fr', 'en', 'zh', 'pt'] as Lang[])[i]!;
      const section = (): string => `camera: ${rng.pick(['straight, clean', 'T-junction, branches left and right', 'bend right, sediment', 'dead end', 'Y-split'])}; acoustic target ${rng.pick(['ahead', 'behind', 'left', 'right'])}, ~${rng.int(2, 40)} m`;
      const messages: ChatMessage[] = [sys(t(lang, {
        en: `Your goal is to reach the blockage in a sewer network with an inspection crawler and stop in front of it. You have no plan of the pipes; after each advance the camera shows only the current section. Plan your moves from what you have seen.`,
        de: 'Ziel: Erreiche mit dem Kanalroboter die Verstopfung und halte davor. Es gibt keinen Leitungsplan; nach jedem Vorschub zeigt die Kamera nur den aktuellen Abschnitt.',
        es: 'Objetivo: llegar con el robot de inspección hasta el atasco de la red de saneamiento. No hay plano; tras cada avance la cámara solo muestra el tramo actual.',
        fr: 'Objectif : atteindre le bouchon avec le robot d’inspection. Aucun plan des canalisations ; après chaque avance la caméra ne montre que le tronçon actuel.',
        zh: '目标：用管道检测机器人到达堵塞点并停在前面。没有管网图；每次前进后摄像头只显示当前管段。',
        pt: 'Objetivo: chegar ao entupimento com o robô de inspeção. Não há planta; após cada avanço a câmera mostra só o trecho atual.',
      })), user(section())];
      const steps: Step[] = Array.from({ length: rng.int(0, 6) }, () => {
        const n = rng.int(1, 3);
        return { actions: Array.from({ length: n }, () => ['advance', { direction: rng.pick(['forward', 'left', 'right', 'back']) }] as [string, Record<string, unknown>]), observations: Array.from({ length: n }, section) };
      });
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('advance', 'Advance one section.', { direction: oneOf('forward', 'left', 'right', 'back') })], tool_choice: 'required' };
    },
  },
  {
    id: 'mbg-snowmaking', label: 'model_based_reflex', secondary: 'utility_based', difficulty: 'hard', variants: 8,
    rationale: 'Each night the snow made is followed by the next day’s skiers, melt and depth; the pattern behind them is hidden and must be tracked.',
    make(rng, i) {
      const lang = (['en', 'de', 'fr', 'en', 'ja', 'en', 'es', 'en'] as Lang[])[i]!;
      const day = (d: number): string => `${t(lang, { en: 'Day', de: 'Tag', fr: 'Jour', ja: '日', es: 'Día' })} ${d}: skiers ${rng.int(300, 4000)}, melt ${rng.int(0, 9)} cm, base ${rng.int(20, 140)} cm, night low ${rng.int(-15, 3)} °C`;
      const d0 = rng.int(8, 20);
      const messages: ChatMessage[] = [sys(t(lang, {
        en: `Snowmaking planner for a ski area. Making snow costs €${rng.int(2, 6)} per cm per run in energy; every skier turned away loses €${rng.int(20, 60)}. Minimise the total cost. Each evening decide how many cm to make tonight.`,
        de: 'Beschneiungsplaner eines Skigebiets. Beschneien kostet Energie, abgewiesene Skifahrer kosten Umsatz. Minimiere die Gesamtkosten. Entscheide jeden Abend, wie viele cm heute Nacht.',
        fr: 'Planificateur d’enneigement. Produire de la neige coûte de l’énergie ; chaque skieur refusé coûte du chiffre. Minimise le coût total. Chaque soir, décide combien de cm produire.',
        ja: 'スキー場の人工降雪プランナー。降雪には電力コスト、入場を断ったスキーヤーには機会損失。総コストを最小化し、毎晩何cm降らせるか決めてください。',
        es: 'Planificador de nieve artificial. Fabricar nieve cuesta energía y cada esquiador rechazado cuesta ingresos. Minimiza el coste total. Cada tarde decide cuántos cm fabricar.',
      })), user(`${rng.pick(['', 'History:\n', 'Past days:\n', 'Record so far:\n'])}${Array.from({ length: rng.int(3, 12) }, (_, k) => day(d0 - 12 + k)).join('\n')}\n${t(lang, { en: 'How much tonight?', de: 'Wie viel heute Nacht?', fr: 'Combien cette nuit ?', ja: '今夜は何cm？', es: '¿Cuánto esta noche?' })}`)];
      const steps: Step[] = Array.from({ length: rng.int(0, 6) }, (_, k) => ({ actions: [['make_snow', { cm: rng.int(0, 30) }]], observations: [`made. ${day(d0 + k + 1)}`] }));
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('make_snow', 'Snow to make tonight.', { cm: num })], tool_choice: 'required' };
    },
  },
  {
    id: 'mbg-bike-rebalance', label: 'model_based_reflex', secondary: 'utility_based', difficulty: 'medium', variants: 7,
    rationale: 'Rentals and returns at a bike-share station follow hidden weekday patterns; after each night’s truck move the next day’s counts come back.',
    make(rng) {
      const day = (d: number): string => `day ${d}: rentals ${rng.int(20, 160)}, returns ${rng.int(20, 160)}, empty ${rng.int(0, 5)} h, full ${rng.int(0, 5)} h, closing ${rng.int(0, 40)} bikes`;
      const d0 = rng.int(6, 15);
      const messages: ChatMessage[] = [sys(`Rebalancing for station ${rng.pick(['Harbour Sq', 'Museum Rd', 'Uni North'])} (40 docks). Every hour the station is empty or full costs $${rng.int(10, 40)}; each bike trucked costs $${rng.int(1, 4)}. Each night choose how many bikes to add (negative = remove).`), user(`${rng.pick(['', 'Station history:\n', 'Previous days:\n'])}${Array.from({ length: rng.int(2, 9) }, (_, k) => day(d0 - 9 + k)).join('\n')}`)];
      const steps: Step[] = Array.from({ length: rng.int(0, 6) }, (_, k) => ({ actions: [['move_bikes', { delta: rng.int(-15, 20) }]], observations: [day(d0 + k + 1)] }));
      stepThrough(rng, messages, steps);
      return { messages, tools: [tool('move_bikes', 'Truck bikes to or from the station tonight.', { delta: num })], tool_choice: 'required' };
    },
  },
];
