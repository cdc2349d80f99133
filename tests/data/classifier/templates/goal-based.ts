// goal_based: an explicit end state, and a sequence of actions (a plan or the next step) to reach it.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, exchange, int, jsonSchema, list, obj, oneOf, say, str, sys, t, tool, user } from './kit';

const browserTasks = [
  'file an expense claim for a 42.50 taxi on 14 May under project PRJ-118 and submit it',
  'change the delivery address of order 8812 to the Leeds office before it ships',
  'register Ana Silva for the safety training on the 3rd and download the confirmation',
  'cancel the duplicate subscription on the billing page and keep the annual one',
];
const pages = ['[page] Home\nlink#orders link#billing link#profile button#search', '[page] Orders\ntable#orders (12 rows) button#filter', '[ok] form saved as draft', '[page] Billing\nbutton#manage link#invoices', '[error] element not found'];

export const goalBased: Family[] = [
  {
    id: 'gb-browser-task', label: 'goal_based', difficulty: 'medium', variants: 6,
    rationale: 'A browser agent works through pages toward a concrete end state and picks the next action.',
    make(rng) {
      const messages: ChatMessage[] = [sys(`You operate a web browser for the user. Task: ${rng.pick(browserTasks)}. After each action you get the new page. One tool call per turn.`), user(rng.pick(pages))];
      const steps = rng.int(1, 7);
      for (let s = 0; s < steps; s++) exchange(rng, messages, rng.pick(['click', 'type_text', 'select_option']), { element_id: rng.pick(['orders', 'manage', 'submit', 'date', 'amount']) }, rng.pick(pages));
      return { messages, tools: [tool('click', 'Click an element.', { element_id: str }), tool('type_text', 'Type into an input.', { element_id: str, text: str }), tool('select_option', 'Pick from a dropdown.', { element_id: str, value: str }), tool('finish', 'Declare done.', { summary: str })], tool_choice: 'required' };
    },
  },
  {
    id: 'gb-coding-issue', label: 'goal_based', difficulty: 'medium', variants: 6,
    rationale: 'A coding agent works toward an explicit end state (issue fixed, tests green) step by step.',
    make(rng) {
      const issue = rng.pick(['`slugify("Ärger")` returns "rger"; non-ASCII letters should be transliterated', 'CSV export drops the last row when the file has no trailing newline', '`retry()` ignores the max_delay option', 'dark mode toggle resets after reload']);
      const messages: ChatMessage[] = [sys('You are an autonomous software engineer in /repo. Resolve the issue, make the tests pass without breaking others, then call submit.'), user(`Issue #${rng.int(100, 999)}: ${issue}`)];
      const steps = rng.int(1, 8);
      for (let s = 0; s < steps; s++) {
        exchange(rng, messages, rng.pick(['bash', 'edit_file']), { command: rng.pick(['grep -rn slugify src/', 'pytest -q', 'sed -n 1,40p src/util.py', 'npm test -- retry']) }, rng.pick(['src/util.py:18:def slugify(text):', '1 failed, 31 passed', 'The file has been edited.', 'FAILED test_export.py::test_last_row']));
      }
      return { messages, tools: [tool('bash', 'Run a shell command.', { command: str }), tool('edit_file', 'Replace text in a file.', { path: str, old: str, new: str }), tool('submit', 'Finish.', {})] };
    },
  },
  {
    id: 'gb-graph-route', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'A weighted graph, a start and targets: the answer is a path that reaches them.',
    make(rng, i) {
      const lang = (['en', 'de', 'zh', 'en', 'fr'] as Lang[])[i]!;
      const nodes = 'ABCDEFGH'.split('').slice(0, rng.int(5, 8));
      const edges = nodes.flatMap((a, k) => nodes.slice(k + 1, k + 3).map((b) => `${a}-${b} ${rng.int(1, 12)}`));
      const ask = t(lang, { en: `Start at A. Visit ${nodes.at(-1)} and ${nodes[2]}, in any order. Give the route.`, de: `Start bei A. Besuche ${nodes.at(-1)} und ${nodes[2]} in beliebiger Reihenfolge. Gib die Route an.`, zh: `从A出发，经过${nodes.at(-1)}和${nodes[2]}（顺序不限）。给出路线。`, fr: `Départ de A. Passe par ${nodes.at(-1)} et ${nodes[2]}, dans n’importe quel ordre. Donne l’itinéraire.` });
      return { lang, messages: [user(`${t(lang, { en: 'Road segments (travel minutes):', de: 'Strecken (Minuten):', zh: '路段（分钟）：', fr: 'Tronçons (minutes) :' })}\n${edges.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'gb-stack-rearrange', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'A target arrangement must be reached through a sequence of legal moves.',
    make(rng) {
      const items = rng.sample(['MSKU1', 'TGHU7', 'CMAU3', 'OOLU5', 'HLXU2', 'ZIMU9'], 4);
      return { messages: [sys(rng.pick(['Yard crane planner. Only the top container of a stack moves. Output the moves "X: from->to", fewest you can.', 'Blocks world. Move one block at a time, only clear blocks. List the moves.'])), user(`Now (bottom→top):\nS1: ${items.slice(0, 2).join(', ')}\nS2: ${items.slice(2).join(', ')}\nS3: (empty)\n\nTarget:\nS1: (empty)\nS2: ${items[3]}\nS3: ${[items[1], items[0], items[2]].join(', ')}`)] };
    },
  },
  {
    id: 'gb-search-plan', label: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'The agent lays out every search needed to cover the user’s constraint combinations before querying.',
    make(rng, i) {
      const lang = (['en', 'pt', 'es', 'en', 'de'] as Lang[])[i]!;
      const req = t(lang, { en: `${rng.pick(['Lisbon', 'Kyoto', 'Oaxaca'])}, 3 nights, either 12–15 or 19–22 Sept, under 180 a night, pool or gym.`, pt: 'Porto, 2 noites, dia 5 ou dia 12, até 150 por noite, com estacionamento ou perto do metrô.', es: 'Sevilla, 4 noches, del 1 o del 8 de mayo, menos de 120, con terraza o piscina.', de: 'Wien, 2 Nächte, 3.–5. oder 10.–12. März, unter 160, Frühstück oder Küche.' });
      return {
        lang, messages: [sys('Travel search agent. Before calling search_hotels, write the complete list of queries so that every combination of the hard constraints is covered once. Return the list as JSON.'), user(req)],
        tools: [tool('search_hotels', 'Search hotels.', { city: str, check_in: str, nights: int, max_price: int, amenity: str })],
        response_format: jsonSchema('search_plan', { queries: list(obj({ check_in: str, amenity: str, max_price: int })) }),
      };
    },
  },
  {
    id: 'gb-home-scene', label: 'goal_based', difficulty: 'easy', variants: 5,
    rationale: 'The user states a desired end state and the assistant works out the device actions that get there.',
    make(rng, i) {
      const lang = (['en', 'de', 'ja', 'en', 'es'] as Lang[])[i]!;
      const wish = t(lang, { en: rng.pick(['movie night in the living room — dark, projector on HDMI 2, soundbar up', 'getting the kids’ room ready for bedtime: dim, 20 degrees, white noise']), de: 'Alles fertig fürs Abendessen: Esszimmer warm, Licht gedimmt, Musik leise.', ja: '寝る準備をして。寝室は暗く、エアコンは22度、玄関の鍵を確認。', es: 'prepara la casa para salir: luces apagadas, persianas bajadas, alarma puesta' });
      const messages: ChatMessage[] = [sys('Home assistant. Use the tools to bring the house into the state the user asks for.'), user(wish)];
      if (rng.chance(0.7)) exchange(rng, messages, 'list_devices', { room: rng.pick(['living_room', 'bedroom', 'all']) }, { devices: ['ceiling', 'lamps', 'blinds', 'hvac', 'speaker', 'lock'] });
      return { lang, messages, tools: [tool('list_devices', 'List devices.', { room: str }), tool('set_device', 'Set a device.', { id: str, state: str })] };
    },
  },
  {
    id: 'gb-admin-errand', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'The agent chains tool calls toward a concrete end state (an appointment secured before a deadline).',
    make(rng, i) {
      const lang = (['es', 'fr', 'de', 'pt', 'en'] as Lang[])[i]!;
      const messages: ChatMessage[] = [
        sys(t(lang, { es: 'Eres un agente de trámites. Usa las herramientas para conseguir lo que pide el usuario.', fr: 'Tu es un agent de démarches administratives. Utilise les outils pour obtenir ce que demande l’usager.', de: 'Du erledigst Behördengänge. Nutze die Tools, um das Anliegen zu erledigen.', pt: 'Você é um agente de serviços públicos. Use as ferramentas para resolver o pedido.', en: 'You handle paperwork errands. Use the tools to get the user what they need.' })),
        user(t(lang, { es: 'Tengo que renovar el pasaporte antes del 3 de julio. Vivo en Valencia.', fr: 'Je dois refaire ma carte d’identité avant le 15 août, j’habite à Lyon.', de: 'Ich brauche bis Monatsende einen neuen Personalausweis, wohne in Köln.', pt: 'Preciso renovar a CNH antes de viajar dia 20, moro em Curitiba.', en: 'I need my residence permit renewed before 1 October. I live in Utrecht.' })),
      ];
      const steps = rng.int(1, 4);
      for (let s = 0; s < steps; s++) exchange(rng, messages, rng.pick(['requirements', 'find_offices', 'find_slots']), { city: 'x' }, rng.pick([{ documents: ['ID', 'photo'] }, { slots: [] }, { offices: ['A', 'B'] }]));
      return { lang, messages, tools: [tool('requirements', 'Documents needed.', { city: str }), tool('find_offices', 'Offices.', { city: str }), tool('find_slots', 'Free slots.', { office: str }), tool('book_slot', 'Book.', { slot: str })] };
    },
  },
  {
    id: 'gb-launch-plan', label: 'goal_based', difficulty: 'easy', variants: 5,
    rationale: 'A target outcome and a deadline; the request is an ordered plan of steps with dependencies.',
    make(rng, i) {
      const lang = (['en', 'ja', 'fr', 'en', 'zh'] as Lang[])[i]!;
      const aim = t(lang, { en: rng.pick(['Our bakery opens a second shop on 1 March.', 'We move the whole team to the new office over one weekend.']), ja: '3か月後に社内ハッカソンを開催します。', fr: 'Nous lançons la boutique en ligne le 15 avril.', zh: '我们要在六月底前把旧系统的数据迁移到新平台。' });
      return { lang, messages: [user(`${aim} ${t(lang, { en: 'Lay out what has to happen, in order, and what depends on what.', ja: '必要な作業を順番に、依存関係も含めて並べてください。', fr: 'Donne les étapes dans l’ordre et leurs dépendances.', zh: '按顺序列出需要做的事情以及依赖关系。' })}`)], response_format: jsonSchema('plan', { steps: list(obj({ step: str, after: list(str) })) }) };
    },
  },
  {
    id: 'gb-puzzle-moves', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'A start state, a target and legal moves: the answer is the move sequence.',
    make(rng) {
      const p = rng.pick([
        `Jugs of ${rng.int(3, 5)} L and ${rng.int(7, 9)} L, a tap and a drain. Get exactly ${rng.int(1, 6)} L in the big jug. List the pours.`,
        'Sliding puzzle, 3x3, blank is 0.\n1 2 3\n4 0 6\n7 5 8\nList the moves of the blank (U/D/L/R) that solve it.',
        'A farmer, a wolf, a goat and a cabbage at the west bank; the boat holds the farmer plus one. Everything must reach the east bank. Give the crossings.',
      ]);
      return { messages: [user(p)] };
    },
  },
  {
    id: 'gb-text-adventure', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'An explicit objective in a small world; the agent chooses the next command toward it.',
    make(rng) {
      const messages: ChatMessage[] = [sys(`Text adventure. Objective: ${rng.pick(['open the vault in the cellar', 'bring the lantern to the lighthouse keeper', 'escape the locked library'])}. Reply with one command (go <dir>, take <x>, use <x> on <y>).`)];
      const n = rng.int(1, 5);
      for (let k = 0; k < n; k++) {
        messages.push(user(rng.pick(['You are in a hall. Exits: north, east. A brass key lies here.', 'Cellar. A steel door with a keypad. Exit: up.', 'Kitchen. A drawer is ajar. Exits: west.'])));
        if (k < n - 1) messages.push(say(rng.pick(['take key', 'go north', 'open drawer'])));
      }
      return { messages };
    },
  },
  {
    id: 'gb-cluster-migration', label: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'A target system state with ordering constraints; the agent inspects and plans the steps to get there.',
    make(rng) {
      const messages: ChatMessage[] = [sys('Platform agent with kubectl access. Bring the cluster to the requested state with zero downtime. Propose each step before running it.'), user(`Target: all ${rng.pick(['payments', 'search', 'checkout'])} pods on image v${rng.int(2, 5)}.0, HPA min 3, old configmap removed.`)];
      if (rng.chance(0.7)) exchange(rng, messages, 'kubectl', { args: 'get deploy -o wide' }, `NAME READY IMAGE\napi 2/2 v1.9\nworker 1/1 v1.9`);
      return { messages, tools: [tool('kubectl', 'Run kubectl.', { args: str })] };
    },
  },
  {
    id: 'gb-pick-route', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'Items at known locations must all be collected and the robot returned to the dock: a route to a goal.',
    make(rng, i) {
      const lang = (['ja', 'en', 'zh', 'de', 'en'] as Lang[])[i]!;
      const bins = Array.from({ length: rng.int(3, 6) }, () => `${rng.pick('ABCDEF'.split(''))}-${rng.int(1, 20)}`);
      return { lang, messages: [sys(t(lang, { ja: '倉庫ピッキングロボットの経路計画。通路は一方通行、A→F。', en: 'Pick-path planner for a warehouse robot. Aisles are one-way A→F.', zh: '仓库拣货机器人路径规划。通道单向 A→F。', de: 'Pfadplanung für einen Lagerroboter. Gänge nur in Richtung A→F.' })), user(`${bins.join(', ')} → dock`)], response_format: jsonSchema('route', { stops: list(str) }) };
    },
  },
  {
    id: 'gb-meeting-booking', label: 'goal_based', secondary: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Find and book a slot that satisfies everyone’s hard constraints; stated preferences add a trade-off.',
    make(rng) {
      const people = rng.sample(['ana@', 'tomas@', 'wei@', 'lena@', 'raj@', 'ext-lb@'], 4);
      const messages: ChatMessage[] = [sys('Scheduling assistant. Working hours 09:00-18:00. Book once you have a slot that meets every hard constraint.'), user(`Set up a ${rng.pick([30, 45, 60])}-min review next week with ${people.join(', ')}. ${people[0]} only mornings. Earlier in the week is better.`)];
      exchange(rng, messages, 'get_free_busy', { emails: people }, { busy: { [people[0]!]: ['Mon 09-12'], [people[1]!]: ['Tue all-day'] } });
      return { messages, tools: [tool('get_free_busy', 'Calendars.', { emails: list(str) }), tool('create_event', 'Book.', { start: str, attendees: list(str) })] };
    },
  },
  {
    id: 'gb-data-pipeline', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'Get data from a source into a target table: a goal reached by a chain of inspected steps.',
    make(rng) {
      const messages: ChatMessage[] = [sys('Data engineering agent with SQL access.'), user(`Get last month’s ${rng.pick(['refunds', 'signups', 'shipments'])} from the raw_events bucket into analytics.${rng.pick(['refunds_daily', 'signups_daily', 'shipments_daily'])}, deduplicated, by tomorrow’s report.`)];
      const steps = rng.int(0, 3);
      for (let s = 0; s < steps; s++) exchange(rng, messages, 'run_sql', { sql: rng.pick(['select count(*) from raw_events', 'describe analytics.refunds_daily']) }, rng.pick(['count 182331', 'column day date, amount numeric']));
      return { messages, tools: [tool('run_sql', 'Run SQL.', { sql: str }), tool('list_tables', 'Tables.', { schema: oneOf('raw', 'analytics') })] };
    },
  },
];
