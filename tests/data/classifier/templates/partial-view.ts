// model_based_reflex worlds with a destination: the agent sees only its immediate surroundings,
// so the job is keeping a map of what it has seen, even though the prompt is full of goal words
// ("reach", "exit", "target"). Without such families the goal words win on a first turn that has
// no observation history yet.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, num, oneOf, sys, t, tool, user } from './kit';
import { stepThrough, type Step } from './loops';

export const partialView: Family[] = [
  {
    id: 'pv-warehouse-dark', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 8,
    rationale: 'A robot in an unlit warehouse senses only the aisle squares next to it; the pallet it must reach is given as a rough offset, so the aisles already seen must be remembered.',
    make(rng, i) {
      const lang = (['en', 'en', 'de', 'es', 'en', 'fr', 'ja', 'en'] as Lang[])[i]!;
      const cell = (): string => rng.pick(['shelf', 'free', 'free', 'pallet jack', 'free', 'wall']);
      const sense = (): string => `front: ${cell()} | left: ${cell()} | right: ${cell()} | behind: ${cell()}; target pallet ~${rng.int(1, 12)} rows ${rng.pick(['ahead', 'back'])}, ${rng.int(0, 8)} aisles ${rng.pick(['left', 'right'])}`;
      const messages: ChatMessage[] = [sys(t(lang, {
        en: `You drive a picking robot in a warehouse with the lights off. Its bumper sensors report only the four squares next to it; there is no floor plan. Get to pallet ${rng.int(100, 999)} and stop beside it. Remember which aisles you have already tried.`,
        de: 'Du steuerst einen Kommissionierroboter in einer dunklen Halle. Die Sensoren melden nur die vier Nachbarfelder; einen Hallenplan gibt es nicht. Fahre zur Palette und merke dir, welche Gänge du schon probiert hast.',
        es: 'Manejas un robot de picking en un almacén a oscuras. Sus sensores solo informan de las cuatro casillas vecinas; no hay plano. Llega al palé y recuerda qué pasillos ya probaste.',
        fr: 'Tu pilotes un robot de préparation dans un entrepôt sans lumière. Ses capteurs ne signalent que les quatre cases voisines ; aucun plan. Rejoins la palette et retiens les allées déjà essayées.',
        ja: '消灯した倉庫でピッキングロボットを操作します。センサーは隣接する4マスしか分かりません。地図はありません。目標のパレットまで移動し、試した通路を覚えておいてください。',
      })), user(sense())];
      const steps: Step[] = Array.from({ length: rng.int(0, 6) }, () => {
        const n = rng.int(1, 3);
        return { actions: Array.from({ length: n }, () => ['drive', { dir: rng.pick(['forward', 'left', 'right', 'back']) }] as [string, Record<string, unknown>]), observations: Array.from({ length: n }, sense) };
      });
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('drive', 'Drive one square.', { dir: oneOf('forward', 'left', 'right', 'back') })], tool_choice: rng.chance(0.5) ? 'required' : 'auto' };
    },
  },
  {
    id: 'pv-vacuum-dock', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 8,
    rationale: 'A robot vacuum with bump and cliff sensors must find its way back to the dock in a flat it has not mapped; only contacts and the dock beacon strength come back after each leg.',
    make(rng) {
      const contact = (): string => `bump: ${rng.pick(['none', 'front', 'front-left', 'right'])}, cliff: ${rng.pick(['no', 'no', 'yes (stairs?)'])}, floor: ${rng.pick(['carpet', 'tile', 'wood'])}, dock IR ${rng.int(0, 100)}%, battery ${rng.int(5, 30)}%`;
      const messages: ChatMessage[] = [sys(rng.pick([
        'Firmware planner for a robot vacuum that has lost its map after a reset. It only knows what its bumpers, cliff sensors and the dock infrared report after each leg. Bring it back to the dock before the battery runs out; keep your own record of walls and drops it has met.',
        'Robot vacuum, no stored map. After every drive command you receive the sensor readout. Return to the charging dock.',
      ])), user(contact())];
      const steps: Step[] = Array.from({ length: rng.int(0, 7) }, () => ({ actions: [['drive_leg', { turn_deg: rng.pick([-90, -45, 0, 45, 90, 180]), cm: rng.int(20, 200) }]], observations: [contact()] }));
      stepThrough(rng, messages, steps);
      return { messages, tools: [tool('drive_leg', 'Turn, then drive straight.', { turn_deg: num, cm: num })] };
    },
  },
  {
    id: 'pv-smoke-drone', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 7,
    rationale: 'A drone in a smoke-filled building gets a short-range lidar sweep after each hop; the trapped person is located only by a phone signal bearing.',
    make(rng, i) {
      const lang = (['en', 'pt', 'en', 'de', 'zh', 'en', 'es'] as Lang[])[i]!;
      const sweep = (): string => `lidar 2 m: ${rng.pick(['clear ahead', 'doorway left', 'debris ahead, gap right', 'stairwell below', 'corridor forks'])}; phone signal bearing ${rng.int(0, 359)}°, strength ${rng.int(-90, -40)} dBm; battery ${rng.int(20, 95)}%`;
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'Search-and-rescue drone inside a burning office building. Smoke hides everything beyond two metres, and each hop returns a fresh short lidar sweep. Reach the person whose phone is transmitting. Keep your own picture of the floors and doorways.',
        pt: 'Drone de resgate num prédio em chamas. A fumaça esconde tudo além de dois metros; cada salto devolve uma nova varredura curta. Chegue à pessoa cujo telefone transmite e mantenha seu próprio mapa.',
        de: 'Rettungsdrohne in einem brennenden Bürogebäude. Rauch verdeckt alles jenseits von zwei Metern; jeder Sprung liefert einen neuen kurzen Lidar-Scan. Erreiche die Person mit dem sendenden Telefon.',
        zh: '火灾办公楼内的搜救无人机。烟雾遮住两米以外的一切，每次移动后只返回新的近距离激光扫描。找到手机信号所在的人，自己记住走过的楼层和门口。',
        es: 'Dron de rescate en un edificio en llamas. El humo oculta todo más allá de dos metros; cada salto devuelve un nuevo barrido corto. Llega a la persona cuyo teléfono emite.',
      })), user(sweep())];
      const steps: Step[] = Array.from({ length: rng.int(0, 6) }, () => ({ actions: [['hop', { heading_deg: rng.int(0, 359), metres: rng.int(1, 3), climb_m: rng.pick([0, 0, 3, -3]) }]], observations: [sweep()] }));
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('hop', 'Fly a short hop.', { heading_deg: num, metres: num, climb_m: num })], tool_choice: 'required' };
    },
  },
  {
    id: 'pv-orienteering-fog', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'medium', variants: 7,
    rationale: 'A hiker in dense fog describes only what is within a few metres after each stretch; guiding them to the hut means remembering the landmarks already passed.',
    make(rng, i) {
      const lang = (['en', 'fr', 'en', 'de', 'en', 'es', 'ja'] as Lang[])[i]!;
      const report = (): string => rng.pick([
        'Fog is thick. I see a cairn and the path splits left and right.',
        'Only grass around me, a stream on my right.',
        'There is a stone wall in front, gate to the left.',
        'I can make out a signpost but the text is worn.',
        'Back at a cairn, maybe the same one as before?',
      ]) + ` Altimeter ${rng.int(900, 2100)} m, compass ${rng.int(0, 359)}°.`;
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'You guide a hiker by phone to the mountain hut. Visibility is a few metres, so they can only tell you what is right next to them. Give one short instruction at a time and keep track of the landmarks they have passed.',
        fr: 'Tu guides par téléphone un randonneur jusqu’au refuge. La visibilité est de quelques mètres : il ne peut décrire que ce qui est juste à côté de lui. Une consigne courte à la fois.',
        de: 'Du lotst eine Wanderin telefonisch zur Hütte. Die Sicht beträgt wenige Meter; sie kann nur beschreiben, was direkt neben ihr ist. Gib jeweils eine kurze Anweisung.',
        es: 'Guías por teléfono a una excursionista hasta el refugio. La visibilidad es de pocos metros y solo puede describir lo que tiene al lado. Da una instrucción breve cada vez.',
        ja: '電話で登山者を山小屋まで案内します。視界は数メートルで、すぐ近くのものしか伝えられません。一度に一つだけ短い指示を出してください。',
      }))];
      const turns = rng.int(1, 8);
      for (let k = 0; k < turns; k++) {
        messages.push(user(report()));
        if (k < turns - 1) messages.push({ role: 'assistant', content: rng.pick(['Take the left branch and count 200 steps.', 'Follow the wall to the gate.', 'Cross the stream and keep it on your left.', 'Walk on bearing 310 for five minutes.']) });
      }
      return { lang, messages };
    },
  },
];
