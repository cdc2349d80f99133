// More goal_based families: a fully known world (map, recipes, timetable, board) and an explicit
// end state; the answer is a plan or the next action toward it. Contrast with the partial-view
// families: here nothing needs remembering, the whole space is on the page or one tool call away.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, jsonSchema, list, oneOf, say, str, sys, t, tool, user } from './kit';
import { stepThrough, type Step } from './loops';

function gridMap(rng: { int(a: number, b: number): number; chance(p: number): boolean }, size: number): string {
  const rows: string[] = [];
  for (let r = 0; r < size; r++) {
    let line = '';
    for (let c = 0; c < size; c++) line += r === 0 && c === 0 ? 'S' : r === size - 1 && c === size - 1 ? 'G' : rng.chance(0.25) ? '#' : '.';
    rows.push(line);
  }
  return rows.join('\n');
}

export const goalBasedMore: Family[] = [
  {
    id: 'gb-grid-full-map', label: 'goal_based', difficulty: 'easy', variants: 6,
    rationale: 'The whole grid is shown (walls, start, goal); the answer is the move sequence that reaches the goal.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'ja', 'en', 'fr'] as Lang[])[i]!;
      const ask = t(lang, {
        en: 'S is the start, G the goal, # a wall. Give the shortest list of moves (U/D/L/R) from S to G.',
        de: 'S ist der Start, G das Ziel, # eine Wand. Gib die kürzeste Zugfolge (U/D/L/R) von S nach G an.',
        es: 'S es la salida, G la meta, # un muro. Da la secuencia más corta de movimientos (U/D/L/R) de S a G.',
        ja: 'Sがスタート、Gがゴール、#は壁です。SからGまでの最短の移動列（U/D/L/R）を答えてください。',
        fr: 'S est le départ, G l’arrivée, # un mur. Donne la plus courte suite de coups (U/D/L/R) de S à G.',
      });
      const messages: ChatMessage[] = rng.chance(0.5) ? [sys('You solve grid navigation puzzles. The full map is given.')] : [];
      messages.push(user(`${gridMap(rng, rng.int(5, 8))}\n\n${ask}`));
      return { lang, messages };
    },
  },
  {
    id: 'gb-craft-quest', label: 'goal_based', difficulty: 'medium', variants: 7,
    rationale: 'A game agent must get a target item; the recipes are known, so it chains gather and craft actions toward it.',
    make(rng) {
      const target = rng.pick(['iron pickaxe', 'boat', 'lantern', 'bookshelf']);
      const messages: ChatMessage[] = [
        sys(`You play a crafting game through tools. Objective: have one ${target} in the inventory. Recipes: planks = 1 log; stick = 2 planks; lantern = 1 iron + 1 torch; torch = 1 stick + 1 coal; iron = 1 ore smelted with 1 coal; pickaxe = 3 iron + 2 sticks; boat = 5 planks. Act until the objective is met.`),
        user(`Inventory: ${rng.int(0, 4)} log, ${rng.int(0, 2)} coal. Nearby: forest, cave entrance.`),
      ];
      const steps: Step[] = Array.from({ length: rng.int(0, 6) }, () => {
        const action = rng.pick(['gather', 'craft', 'smelt']);
        return { actions: [[action, { item: rng.pick(['log', 'ore', 'coal', 'planks', 'stick', 'torch']) }]], observations: [`ok. inventory: ${rng.int(0, 5)} log, ${rng.int(0, 6)} planks, ${rng.int(0, 3)} coal, ${rng.int(0, 2)} ore`] };
      });
      stepThrough(rng, messages, steps);
      return { messages, tools: [tool('gather', 'Gather a raw item nearby.', { item: str }), tool('craft', 'Craft an item from the inventory.', { item: str }), tool('smelt', 'Smelt ore.', { item: str })], tool_choice: rng.chance(0.5) ? 'required' : 'auto' };
    },
  },
  {
    id: 'gb-account-recovery', label: 'goal_based', difficulty: 'medium', variants: 6,
    rationale: 'A support agent drives a case to a stated end state (the customer can sign in again) through a required sequence of verified steps.',
    make(rng, i) {
      const lang = (['en', 'es', 'en', 'de', 'pt', 'en'] as Lang[])[i]!;
      const messages: ChatMessage[] = [
        sys('Account support agent. Done means: the customer can sign in again and the ticket is closed. Identity must be verified before any reset; a reset needs a new code sent to the verified channel.'),
        user(t(lang, { en: 'I lost my phone and can’t log in, the app keeps asking for the 2FA code.', es: 'Perdí el móvil y no puedo entrar, la app me pide el código de verificación.', de: 'Handy verloren, ich komme nicht mehr rein, die App will den 2FA-Code.', pt: 'Perdi o celular e não consigo entrar, o app pede o código de dois fatores.' })),
      ];
      const script: [string, Record<string, unknown>, unknown][] = [
        ['lookup_customer', { email: 'r.m@example.com' }, { id: `C-${rng.int(1000, 9999)}`, mfa: 'totp', backup_email: 'verified' }],
        ['send_code', { channel: 'backup_email' }, { sent: true }],
        ['verify_code', { code: String(rng.int(100000, 999999)) }, { valid: rng.chance(0.7) }],
        ['reset_mfa', { customer: 'C' }, { ok: true }],
      ];
      const upTo = rng.int(0, 4);
      for (let s = 0; s < upTo; s++) {
        exchange(rng, messages, script[s]![0], script[s]![1], script[s]![2]);
        if (s === 1) messages.push(say('I sent a code to your backup e-mail. Could you read it to me?'), user(String(rng.int(100000, 999999))));
      }
      const tools = ['lookup_customer', 'send_code', 'verify_code', 'reset_mfa', 'close_ticket'].map((n) => tool(n, `${n.replace('_', ' ')}.`, { value: str }));
      return { lang, messages, tools };
    },
  },
  {
    id: 'gb-chess-mate', label: 'goal_based', difficulty: 'hard', variants: 6,
    rationale: 'A position and a goal (checkmate in N): the answer is the forced sequence of moves that reaches it.',
    make(rng, i) {
      const lang = (['en', 'de', 'fr', 'es', 'zh', 'en'] as Lang[])[i]!;
      const n = rng.int(2, 3);
      const white = `White: K${rng.pick(['g1', 'h1', 'c1'])}, Q${rng.pick(['d1', 'h5', 'f3'])}, R${rng.pick(['a1', 'e1', 'f1'])}, N${rng.pick(['g5', 'e5', 'f7'])}, pawns f2 g2 h2`;
      const black = `Black: K${rng.pick(['g8', 'h8', 'e8'])}, Q${rng.pick(['d8', 'b6'])}, R${rng.pick(['f8', 'a8'])}, pawns f7 g7 h7`;
      const ask = t(lang, {
        en: `White to move and mate in ${n}. Give the full line, including Black’s best defence.`,
        de: `Weiß zieht und setzt in ${n} Zügen matt. Gib die ganze Variante mit der besten Verteidigung an.`,
        fr: `Les blancs jouent et matent en ${n}. Donne la ligne complète avec la meilleure défense.`,
        es: `Juegan blancas y dan mate en ${n}. Da la línea completa con la mejor defensa.`,
        zh: `白先，${n}步杀。给出完整的着法，包括黑方最顽强的防守。`,
      });
      return { lang, messages: [user(`${white}\n${black}\n\n${ask}`)] };
    },
  },
  {
    id: 'gb-train-connections', label: 'goal_based', difficulty: 'medium', variants: 6,
    rationale: 'A timetable of connections, a start and a place to be by a deadline: the answer is the itinerary that gets there.',
    make(rng, i) {
      const lang = (['en', 'de', 'pt', 'en', 'es', 'fr'] as Lang[])[i]!;
      const towns = rng.sample(['Arden', 'Bexley', 'Corran', 'Dunmore', 'Elmsby', 'Fenwick', 'Garth'], 5);
      const rows = Array.from({ length: rng.int(6, 10) }, () => {
        const [a, b] = rng.sample(towns, 2);
        const h = rng.int(6, 16);
        return `${a} ${h}:${rng.pick(['05', '20', '40'])} → ${b} ${h + rng.int(1, 3)}:${rng.pick(['10', '35', '55'])}`;
      });
      const ask = t(lang, {
        en: `I’m in ${towns[0]} from 06:00 and must be in ${towns[4]} by 17:00. Which trains do I take?`,
        de: `Ich bin ab 06:00 in ${towns[0]} und muss bis 17:00 in ${towns[4]} sein. Welche Züge nehme ich?`,
        es: `Estoy en ${towns[0]} desde las 06:00 y tengo que llegar a ${towns[4]} antes de las 17:00. ¿Qué trenes cojo?`,
        fr: `Je suis à ${towns[0]} dès 06:00 et je dois être à ${towns[4]} avant 17:00. Quels trains prendre ?`,
        pt: `Estou em ${towns[0]} a partir das 06:00 e preciso chegar a ${towns[4]} até as 17:00. Que trens eu pego?`,
      });
      return { lang, messages: [user(`Timetable:\n${rows.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'gb-robot-assembly', label: 'goal_based', difficulty: 'medium', variants: 6,
    rationale: 'Each turn gives the full current state of an assembly cell and the target assembly; the agent picks the next operation toward it.',
    make(rng) {
      const state = (): string => `Cell state: base plate ${rng.pick(['in fixture', 'on tray'])}; bracket ${rng.pick(['mounted', 'on tray'])}; motor ${rng.pick(['mounted', 'on tray', 'held by gripper'])}; screws left ${rng.int(0, 8)}; cover ${rng.pick(['on tray', 'mounted'])}`;
      const messages: ChatMessage[] = [sys('Assembly cell controller. Target: base plate in fixture, bracket mounted, motor mounted with 4 screws, cover closed. Every turn you get the full cell state; answer with the next operation only (pick X | place X | screw X | close cover | done).'), user(state())];
      const turns = rng.int(0, 5);
      for (let k = 0; k < turns; k++) messages.push(say(rng.pick(['pick motor', 'place motor', 'screw motor', 'pick bracket', 'place bracket'])), user(state()));
      return { messages };
    },
  },
  {
    id: 'gb-release-checklist', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'A release must reach a published end state; prerequisites constrain the order, and the request is the ordered plan.',
    make(rng) {
      const items = rng.sample(['tag v2.3.0', 'bump version in package.json', 'update CHANGELOG', 'build artefacts', 'sign artefacts', 'upload to the registry', 'publish release notes', 'run smoke tests on staging'], 6);
      return {
        messages: [sys(rng.pick(['Release engineer assistant.', 'You help maintainers ship releases.'])), user(`Goal: version 2.3.0 published and announced by Friday. Steps we know about (unordered): ${items.join('; ')}. Signing needs the build; the registry rejects unsigned files; notes go out last. In which order do we do them?`)],
        response_format: jsonSchema('release_plan', { steps: list({ type: 'string' }), blocked_by: list({ type: 'string' }) }),
      };
    },
  },
  {
    id: 'gb-water-jugs', label: 'goal_based', difficulty: 'easy', variants: 5,
    rationale: 'A classic state-space puzzle: start state, legal operations and a target quantity; the answer is the operation sequence.',
    make(rng, i) {
      const lang = (['en', 'pt', 'de', 'en', 'ja'] as Lang[])[i]!;
      const [a, b] = rng.pick([[3, 5], [4, 9], [5, 7]] as const);
      const goal = rng.int(1, b - 1);
      const text = t(lang, {
        en: `Two jugs of ${a} L and ${b} L, both empty, unlimited tap water. Operations: fill, empty, pour one into the other. Reach exactly ${goal} L in one jug. List the operations.`,
        pt: `Dois jarros de ${a} L e ${b} L, vazios, torneira à vontade. Operações: encher, esvaziar, despejar um no outro. Chegue a exatamente ${goal} L em um jarro. Liste as operações.`,
        de: `Zwei Krüge mit ${a} L und ${b} L, beide leer, Wasser unbegrenzt. Erlaubt: füllen, leeren, umgießen. Erreiche genau ${goal} L in einem Krug. Nenne die Schritte.`,
        ja: `${a}Lと${b}Lの空の水差しが2つ。操作は満たす・空にする・移すのみ。片方でちょうど${goal}Lにする手順を挙げて。`,
      });
      return { lang, messages: [user(text)], ...(rng.chance(0.3) ? { tools: [tool('apply', 'Apply one operation.', { op: oneOf('fill', 'empty', 'pour') })] } : {}) };
    },
  },
];
