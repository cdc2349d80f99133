// Author E: consumer and everyday-life requests (assistants, shopping, cooking and home, fitness,
// games and puzzles, media, travel, pets, hobbies). Terse API calls, chatty multi-turn chats and
// many languages. Written without reading the classifier or the other template files.
import {
  type Family, type Draft, type Lang, type Rng, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type ChatMessage = Draft['messages'][number];
type ByLang<T> = Partial<Record<Lang, T>> & { en: T };
const byLang = <T,>(lang: Lang, rec: ByLang<T>): T => rec[lang] ?? rec.en;
const fill = (s: string, vars: Record<string, string | number>): string =>
  s.replace(/\{(\w+)\}/g, (_m, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
const tf = (lang: Lang, texts: ByLang<string>, vars: Record<string, string | number> = {}): string => fill(t(lang, texts), vars);
const hm = (min: number): string => `${pad(Math.floor(min / 60) % 24)}:${pad(((min % 60) + 60) % 60)}`;
const dec = (lang: Lang, x: number): string => {
  const s = Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100);
  return ['de', 'fr', 'es', 'pt'].includes(lang) ? s.replace('.', ',') : s;
};
const andJoin = (lang: Lang, items: string[]): string => {
  if (lang === 'ja' || lang === 'zh') return items.join('、');
  if (items.length < 2) return items.join('');
  const and = byLang(lang, { en: 'and', de: 'und', es: 'y', pt: 'e', fr: 'et' });
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`;
};

// ---------------------------------------------------------------------------------------------
// simple_reflex
// ---------------------------------------------------------------------------------------------

const INGREDIENTS: ByLang<string[]> = {
  en: ['wheat flour', 'butter', 'sugar', 'eggs', 'hazelnuts', 'salt', 'whole milk', 'cocoa powder', 'rice flour', 'ground almonds', 'soy lecithin', 'vanilla extract', 'baking powder', 'sunflower oil', 'honey'],
  de: ['Weizenmehl', 'Butter', 'Zucker', 'Eier', 'Haselnüsse', 'Salz', 'Vollmilch', 'Kakaopulver', 'Reismehl', 'gemahlene Mandeln', 'Sojalecithin', 'Vanilleextrakt', 'Backpulver', 'Sonnenblumenöl', 'Honig'],
  fr: ['farine de blé', 'beurre', 'sucre', 'œufs', 'noisettes', 'sel', 'lait entier', 'cacao en poudre', 'farine de riz', "poudre d'amande", 'lécithine de soja', 'extrait de vanille', 'levure chimique', 'huile de tournesol', 'miel'],
  es: ['harina de trigo', 'mantequilla', 'azúcar', 'huevos', 'avellanas', 'sal', 'leche entera', 'cacao en polvo', 'harina de arroz', 'almendra molida', 'lecitina de soja', 'extracto de vainilla', 'levadura química', 'aceite de girasol', 'miel'],
  ja: ['小麦粉', 'バター', '砂糖', '卵', 'ヘーゼルナッツ', '食塩', '牛乳', 'ココアパウダー', '米粉', 'アーモンドプードル', '大豆レシチン', 'バニラエッセンス', 'ベーキングパウダー', 'ひまわり油', 'はちみつ'],
};
const ALLERGENS: Record<'nuts' | 'gluten' | 'dairy' | 'egg', ByLang<string>> = {
  nuts: { en: 'tree nuts', de: 'Schalenfrüchte (Nüsse)', fr: 'fruits à coque', es: 'frutos de cáscara', ja: 'ナッツ類' },
  gluten: { en: 'gluten', de: 'Gluten', fr: 'gluten', es: 'gluten', ja: '小麦（グルテン）' },
  dairy: { en: 'milk', de: 'Milch', fr: 'lait', es: 'leche', ja: '乳' },
  egg: { en: 'egg', de: 'Ei', fr: 'œuf', es: 'huevo', ja: '卵' },
};
const PRODUCTS: ByLang<string[]> = {
  en: ['Chocolate chip cookie mix', 'Granola bar, honey & oat', 'Frozen pizza dough', 'Pancake shaker'],
  de: ['Backmischung Schoko-Cookies', 'Müsliriegel Honig-Hafer', 'Pizzateig (TK)', 'Pfannkuchen-Shaker'],
  fr: ['Préparation cookies pépites de chocolat', 'Barre de céréales miel-avoine', 'Pâte à pizza surgelée', 'Shaker à crêpes'],
  es: ['Preparado para galletas con pepitas de chocolate', 'Barrita de cereales miel y avena', 'Masa de pizza congelada', 'Mezcla para tortitas'],
  ja: ['チョコチップクッキーミックス', 'はちみつオーツバー', '冷凍ピザ生地', 'パンケーキミックス'],
};

type HomeEvent = { sensor: string; room?: string; time?: string; home?: string[]; door?: string; locked?: boolean; minutes_since_last_exit?: number; wet?: boolean; celsius?: number };
function homeAction(e: HomeEvent): [string, Record<string, unknown>] {
  if (e.sensor === 'water' && e.wet) return ['send_notification', { text: `Water detected in ${e.room ?? '?'}` }];
  if (e.sensor === 'motion' && e.home && e.home.length === 0) return ['send_notification', { text: `Motion in ${e.room ?? '?'} while nobody is home` }];
  if (e.sensor === 'motion' && (e.room === 'hallway' || e.room === 'stairs')) {
    const h = Number((e.time ?? '12').slice(0, 2));
    if (h >= 22 || h < 6) return ['set_light', { room: e.room, level: 20 }];
  }
  if (e.sensor === 'door' && e.locked === false && (e.minutes_since_last_exit ?? 0) > 10 && (e.home ?? []).length === 0) return ['lock_door', { door: 'front' }];
  return ['do_nothing', {}];
}
function homeEvent(rng: Rng, names: string[]): HomeEvent {
  const kind = rng.pick(['motion', 'motion', 'door', 'water', 'temperature']);
  const someone = rng.chance(0.5) ? rng.sample(names, rng.int(1, names.length)) : [];
  if (kind === 'motion') {
    return { sensor: 'motion', room: rng.pick(['hallway', 'stairs', 'kitchen', 'living_room', 'bedroom']), time: `${pad(rng.pick([1, 3, 7, 13, 17, 20, 22, 23]))}:${pad(rng.int(0, 59))}`, home: someone };
  }
  if (kind === 'door') return { sensor: 'door', door: 'front', locked: false, minutes_since_last_exit: rng.int(3, 45), home: someone };
  if (kind === 'water') return { sensor: 'water', room: rng.pick(['laundry', 'kitchen', 'bathroom']), wet: rng.chance(0.6) };
  return { sensor: 'temperature', room: rng.pick(['bedroom', 'office', 'nursery']), celsius: rng.int(150, 265) / 10 };
}

const TRACKS: ByLang<string[]> = {
  en: ['Neon Harbor – Afterglow Sprint', 'Kites & Concrete – Lowtide', 'Mara Velez – Catch the Bus', 'The Quiet Loud – Static Hearts', 'DJ Pomelo – 5AM Pace', 'Juniper Row – Hill Repeats'],
  ja: ['サクラ・ドライブ – 夜明けのペース', 'ミナト – 風を切って', 'KAZE – Run Run Run', '星野レイ – 坂道ダッシュ', 'ネオン商店街 – 終電ダッシュ'],
  es: ['Luna Roja – Kilómetro Diez', 'Los Tranvías – Corre Sin Mirar', 'Paula Brisa – Madrugada', 'Zeta Norte – Cuesta Arriba', 'La Vereda – Sin Frenos'],
  pt: ['Banda Maré – Passo Largo', 'Lia Soares – Asfalto Quente', 'Os Ventos – Última Volta', 'MC Ritmo – Subida', 'Tarde Azul – Fôlego'],
};

const PET_CASES: { urgency: string; text: ByLang<string>; names: string[] }[] = [
  {
    urgency: 'emergency', names: ['Max', 'Toby', 'Rocky'],
    text: {
      en: 'My beagle {name} just ate most of a 70% dark chocolate bar that was on the coffee table, maybe 20 minutes ago. He seems totally fine and is wagging his tail.',
      es: 'Mi beagle {name} se acaba de comer casi una tableta entera de chocolate negro al 70 % que estaba en la mesa, hará unos 20 minutos. Parece que está perfectamente y mueve la cola.',
      fr: "Mon beagle {name} vient de manger presque toute une tablette de chocolat noir à 70 % qui traînait sur la table basse, il y a une vingtaine de minutes. Il a l'air en pleine forme et remue la queue.",
      ja: 'うちのビーグルの{name}が、テーブルに置いてあったカカオ70%のダークチョコをほぼ一枚食べてしまいました。20分くらい前です。本人はいたって元気でしっぽを振っています。',
      pt: 'O meu beagle {name} acabou de comer quase uma barra inteira de chocolate amargo 70% que estava na mesa de centro, há uns 20 minutos. Parece ótimo e está abanando o rabo.',
    },
  },
  {
    urgency: 'emergency', names: ['Simba', 'Oscar', 'Tigre'],
    text: {
      en: "{name} (male cat, 6) keeps going to the litter box and straining but nothing comes out. It's been like this since this morning and he cries a bit.",
      es: '{name} (gato macho, 6 años) no para de ir al arenero y hace fuerza, pero no sale nada. Lleva así desde esta mañana y maúlla un poco.',
      fr: "{name} (chat mâle, 6 ans) va sans arrêt à la litière et pousse, mais rien ne sort. C'est comme ça depuis ce matin et il miaule un peu.",
      ja: '{name}（オス猫・6歳）が何度もトイレに行って踏ん張っているのに、おしっこが出ていません。今朝からずっとこの調子で、少し鳴いています。',
      pt: 'O {name} (gato macho, 6 anos) vai toda hora à caixa de areia e faz força, mas não sai nada. Está assim desde hoje de manhã e mia um pouco.',
    },
  },
  {
    urgency: 'vet_today', names: ['Nube', 'Coco', 'Luna'],
    text: {
      en: "Our rabbit {name} hasn't touched her hay or pellets since last night, about 12 hours, and there are hardly any droppings.",
      es: 'Nuestra coneja {name} no ha tocado el heno ni el pienso desde anoche, unas 12 horas, y casi no hay cacas.',
      fr: "Notre lapine {name} n'a touché ni au foin ni aux granulés depuis hier soir, environ 12 heures, et il n'y a presque pas de crottes.",
      ja: 'うちのウサギの{name}が昨夜から12時間くらい牧草もペレットも食べていません。フンもほとんど出ていません。',
      pt: 'A nossa coelha {name} não toca no feno nem na ração desde ontem à noite, umas 12 horas, e quase não há cocô.',
    },
  },
  {
    urgency: 'vet_this_week', names: ['Nala', 'Kira', 'Frida'],
    text: {
      en: "{name} has been limping a little on her back left leg since yesterday's hike. She eats, plays and puts weight on it, just a bit stiff in the mornings.",
      es: '{name} cojea un poco de la pata trasera izquierda desde la excursión de ayer. Come, juega y apoya la pata, solo está algo rígida por las mañanas.',
      fr: "{name} boite un peu de la patte arrière gauche depuis la randonnée d'hier. Elle mange, joue et pose la patte, elle est juste un peu raide le matin.",
      ja: '{name}が昨日のハイキングのあとから左後ろ足を少し引きずっています。食欲もあって遊ぶし、足もついていますが、朝だけ少しこわばっている感じです。',
      pt: 'A {name} está mancando um pouco da pata traseira esquerda desde a trilha de ontem. Come, brinca e apoia a pata, só fica meio dura de manhã.',
    },
  },
  {
    urgency: 'home_care', names: ['Milo', 'Pipo', 'Leo'],
    text: {
      en: '{name} threw up a hairball on the rug this morning. Ate breakfast right after, normal poop, chasing the laser pointer as usual.',
      es: '{name} vomitó una bola de pelo en la alfombra esta mañana. Desayunó justo después, caca normal y persiguiendo el láser como siempre.',
      fr: "{name} a vomi une boule de poils sur le tapis ce matin. Il a mangé juste après, selles normales, et il court après le laser comme d'habitude.",
      ja: '今朝{name}がラグの上に毛玉を吐きました。そのあと普通に朝ごはんを食べて、うんちも普通、いつも通りレーザーポインターを追いかけています。',
      pt: 'O {name} vomitou uma bola de pelo no tapete hoje de manhã. Comeu logo depois, cocô normal, correndo atrás do laser como sempre.',
    },
  },
];
const PET_ASIDES: ByLang<string[]> = {
  en: ['Sorry for the long message, first pet 😅', "Also we're moving flat next week, so things are a bit chaotic.", 'Unrelated, but is grain-free food a good idea?'],
  es: ['Perdón por el rollo, es mi primera mascota 😅', 'Además nos mudamos la semana que viene, así que todo está un poco caótico.', 'Otra cosa: ¿el pienso sin cereales vale la pena?'],
  fr: ["Désolée pour le pavé, c'est mon premier animal 😅", "En plus on déménage la semaine prochaine, donc c'est un peu le chaos.", 'Rien à voir, mais les croquettes sans céréales, c’est une bonne idée ?'],
  ja: ['長文すみません、初めてのペットなので😅', '来週引っ越しでバタバタしています。', '関係ないですが、グレインフリーのフードっていいんでしょうか？'],
  pt: ['Desculpa o textão, é meu primeiro pet 😅', 'E a gente se muda semana que vem, então está tudo meio caótico.', 'Nada a ver, mas ração sem grãos vale a pena?'],
};

const AISLE_ITEMS: { aisle: string; name: ByLang<string> }[] = [
  { aisle: 'produce', name: { en: 'bananas', de: 'Bananen', zh: '香蕉', fr: 'bananes' } },
  { aisle: 'dairy', name: { en: 'greek yoghurt', de: 'griechischer Joghurt', zh: '希腊酸奶', fr: 'yaourt grec' } },
  { aisle: 'bakery', name: { en: 'sourdough loaf', de: 'Sauerteigbrot', zh: '酸面包', fr: 'pain au levain' } },
  { aisle: 'frozen', name: { en: 'frozen peas', de: 'TK-Erbsen', zh: '冷冻豌豆', fr: 'petits pois surgelés' } },
  { aisle: 'household', name: { en: 'dish soap', de: 'Spülmittel', zh: '洗洁精', fr: 'liquide vaisselle' } },
  { aisle: 'pantry', name: { en: 'basmati rice', de: 'Basmatireis', zh: '印度香米', fr: 'riz basmati' } },
  { aisle: 'drinks', name: { en: 'sparkling water', de: 'Sprudelwasser', zh: '气泡水', fr: 'eau gazeuse' } },
  { aisle: 'produce', name: { en: 'cherry tomatoes', de: 'Cherrytomaten', zh: '圣女果', fr: 'tomates cerises' } },
  { aisle: 'dairy', name: { en: 'cheddar', de: 'Cheddar', zh: '切达奶酪', fr: 'cheddar' } },
  { aisle: 'bakery', name: { en: 'croissants', de: 'Croissants', zh: '牛角包', fr: 'croissants' } },
  { aisle: 'frozen', name: { en: 'ice cream', de: 'Eis am Stiel', zh: '冰淇淋', fr: 'glace' } },
  { aisle: 'household', name: { en: 'toilet paper', de: 'Klopapier', zh: '卫生纸', fr: 'papier toilette' } },
  { aisle: 'pantry', name: { en: 'tinned chickpeas', de: 'Kichererbsen (Dose)', zh: '鹰嘴豆罐头', fr: 'pois chiches en conserve' } },
  { aisle: 'drinks', name: { en: 'orange juice', de: 'Orangensaft', zh: '橙汁', fr: "jus d'orange" } },
  { aisle: 'produce', name: { en: 'baby spinach', de: 'Babyspinat', zh: '菠菜', fr: 'pousses d’épinards' } },
  { aisle: 'dairy', name: { en: 'butter', de: 'Butter', zh: '黄油', fr: 'beurre' } },
];

const simpleReflex: Family[] = [
  {
    id: 'we-sr-allergen-paste', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'The verdict depends only on the one pasted ingredient list and the fixed allergy in the prompt; nothing is carried over, planned or weighed.',
    make: (rng, i) => {
      const lang = langAt(['de', 'fr', 'ja', 'en', 'es'], i);
      const allergen = rng.pick(['nuts', 'gluten', 'dairy', 'egg'] as const);
      const name = byLang(lang, ALLERGENS[allergen]);
      const pool = byLang(lang, INGREDIENTS);
      const picked = rng.sample(pool, rng.int(4, 10));
      const head = byLang(lang, { en: 'Ingredients:', de: 'Zutaten:', fr: 'Ingrédients :', es: 'Ingredientes:', ja: '原材料名：' });
      let text = `${rng.pick(byLang(lang, PRODUCTS))}\n${head} ${picked.join(lang === 'ja' ? '、' : ', ')}${lang === 'ja' ? '。' : '.'}`;
      if (rng.chance(0.4)) {
        text += ' ' + tf(lang, {
          en: 'May contain traces of {a}.', de: 'Kann Spuren von {a} enthalten.', fr: 'Peut contenir des traces de {a}.',
          es: 'Puede contener trazas de {a}.', ja: '本品製造工場では{a}を含む製品を生産しています。',
        }, { a: name });
      }
      return {
        lang,
        messages: [
          sys(tf(lang, {
            en: "Allergen check in a recipe app. The user is allergic to: {a}. Look only at the ingredient list they paste. Answer unclear if a 'may contain' notice or a vague ingredient leaves doubt.",
            de: 'Allergen-Check in einer Rezept-App. Die Nutzerin ist allergisch gegen: {a}. Beurteile nur die eingefügte Zutatenliste. Antworte mit unclear, wenn ein Hinweis wie „kann Spuren enthalten“ oder eine vage Zutat Zweifel lässt.',
            fr: "Vérification des allergènes dans une appli de recettes. L'utilisateur est allergique à : {a}. Ne regarde que la liste d'ingrédients collée. Réponds unclear si une mention « peut contenir des traces » ou un ingrédient vague laisse un doute.",
            es: 'Comprobación de alérgenos en una app de recetas. El usuario es alérgico a: {a}. Mira solo la lista de ingredientes que pega. Responde unclear si un aviso tipo «puede contener trazas» o un ingrediente vago deja dudas.',
            ja: 'レシピアプリのアレルゲンチェックです。ユーザーのアレルギー：{a}。貼り付けられた原材料表示だけを見て判断してください。「含む可能性」の表示や曖昧な原材料で判断できない場合は unclear と答えてください。',
          }, { a: name })),
          user(text),
        ],
        response_format: jsonSchema('allergen_check', { verdict: oneOf('safe', 'unsafe', 'unclear'), ingredient: str }),
        max_tokens: 40,
      };
    },
  },
  {
    id: 'we-sr-home-hub-event', label: 'simple_reflex', difficulty: 'medium', variants: 4,
    rationale: 'Each sensor event is answered by one call chosen from the condition-action table in the prompt; earlier events in the chat are independent and need no memory.',
    make: (rng, i) => {
      const lang = langAt(['zh', 'pt', 'en', 'de'], i);
      const names = byLang(lang, { en: ['Sam', 'Priya'], zh: ['小林', '王芳'], pt: ['Ana', 'Rui'], de: ['Jonas', 'Mia'] });
      const messages: ChatMessage[] = [sys(t(lang, {
        en: "Home hub. For each sensor event make exactly one call:\n- motion in the hallway or on the stairs between 22:00 and 06:00 → set_light(room, 20)\n- motion in any room while nobody is home → send_notification\n- front door still unlocked more than 10 min after the last person left → lock_door('front')\n- water sensor wet → send_notification\n- anything else → do_nothing",
        de: "Heim-Zentrale. Für jedes Sensorereignis genau einen Aufruf:\n- Bewegung im Flur oder auf der Treppe zwischen 22:00 und 06:00 → set_light(Raum, 20)\n- Bewegung in irgendeinem Raum, während niemand zu Hause ist → send_notification\n- Haustür mehr als 10 Min., nachdem die letzte Person gegangen ist, noch offen → lock_door('front')\n- Wassersensor nass → send_notification\n- alles andere → do_nothing",
        pt: "Central da casa. Para cada evento de sensor, faça exatamente uma chamada:\n- movimento no corredor ou na escada entre 22:00 e 06:00 → set_light(cômodo, 20)\n- movimento em qualquer cômodo quando não há ninguém em casa → send_notification\n- porta da frente destrancada mais de 10 min depois que a última pessoa saiu → lock_door('front')\n- sensor de água molhado → send_notification\n- qualquer outra coisa → do_nothing",
        zh: "家庭中控。每个传感器事件只调用一个工具：\n- 22:00 至 06:00 之间走廊或楼梯有人移动 → set_light(房间, 20)\n- 家中无人时任何房间有移动 → send_notification\n- 最后一人离家超过 10 分钟后前门仍未上锁 → lock_door('front')\n- 漏水传感器检测到水 → send_notification\n- 其他情况 → do_nothing",
      }))];
      const before = i % 3 + rng.int(0, 1);
      for (let k = 0; k < before; k++) {
        const e = homeEvent(rng, names);
        messages.push(user(JSON.stringify(e)));
        const [name, args] = homeAction(e);
        exchange(rng, messages, name, args, { ok: true });
      }
      messages.push(user(JSON.stringify(homeEvent(rng, names))));
      return {
        lang, messages, tool_choice: 'required', max_tokens: 60,
        tools: [
          tool('set_light', 'Set a light level (0-100).', { room: str, level: int }),
          tool('lock_door', 'Lock a door.', { door: str }),
          tool('send_notification', "Push a notification to the household's phones.", { text: str }),
          tool('do_nothing', 'Take no action for this event.'),
        ],
      };
    },
  },
  {
    id: 'we-sr-running-track-gate', label: 'simple_reflex', difficulty: 'easy', variants: 4,
    rationale: "Keep or skip is decided from the one track's tempo, flag and length against fixed thresholds, with no memory of other tracks.",
    make: (rng, i) => {
      const lang = langAt(['ja', 'es', 'en', 'pt'], i);
      const lo = rng.pick([140, 150, 155, 160]);
      const hi = lo + rng.pick([20, 25, 30]);
      const maxLen = rng.pick([5, 6, 7]);
      const bpm = rng.int(lo - 25, hi + 20);
      const explicit = rng.chance(0.3);
      const len = `${rng.int(2, maxLen + 1)}:${pad(rng.int(0, 59))}`;
      const yes = byLang(lang, { en: 'yes', ja: 'はい', es: 'sí', pt: 'sim' });
      const no = byLang(lang, { en: 'no', ja: 'いいえ', es: 'no', pt: 'não' });
      let line = `${rng.pick(byLang(lang, TRACKS))}\n` + tf(lang, {
        en: '{bpm} BPM · explicit: {x} · {len}', ja: 'テンポ {bpm} BPM／explicit：{x}／長さ {len}',
        es: 'BPM {bpm} · explícita: {x} · duración {len}', pt: 'BPM {bpm} · explícita: {x} · duração {len}',
      }, { bpm, x: explicit ? yes : no, len });
      if (i % 2 === 1) {
        line += tf(lang, {
          en: ' · genre: {g} · {y} · {p}k plays', ja: '／ジャンル：{g}／{y}年／再生 {p}k',
          es: ' · género: {g} · {y} · {p} mil reproducciones', pt: ' · gênero: {g} · {y} · {p} mil plays',
        }, { g: rng.pick(['synthpop', 'drum & bass', 'indie rock', 'reggaeton', 'k-pop']), y: rng.int(1998, 2024), p: rng.int(3, 900) });
      }
      return {
        lang,
        messages: [
          sys(tf(lang, {
            en: 'Running playlist gate. Keep a track only if it is {lo}–{hi} BPM, not explicit and shorter than {m}:00. Reply keep or skip.',
            ja: 'ランニング用プレイリストの振り分け。{lo}〜{hi} BPM で、explicit ではなく、{m}:00 未満の曲だけ keep。それ以外は skip。keep か skip だけで答えて。',
            es: 'Filtro para la lista de correr. Solo se queda (keep) si tiene {lo}–{hi} BPM, no es explícita y dura menos de {m}:00. Responde keep o skip.',
            pt: 'Filtro da playlist de corrida. Só fica (keep) se tiver {lo}–{hi} BPM, não for explícita e durar menos de {m}:00. Responda keep ou skip.',
          }, { lo, hi, m: maxLen })),
          user(line),
        ],
        max_tokens: 2, temperature: 0,
      };
    },
  },
  {
    id: 'we-sr-pet-urgency', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: "One owner message is mapped straight to a fixed urgency level; the chatty asides are noise and no history or planning is involved.",
    make: (rng, i) => {
      const lang = langAt(['es', 'fr', 'ja', 'en', 'pt'], i);
      const c = PET_CASES[(i + rng.int(0, 4)) % PET_CASES.length]!;
      const asides = rng.sample(byLang(lang, PET_ASIDES), rng.int(0, 2));
      const greet = byLang(lang, { en: 'Hi!', es: '¡Hola!', fr: 'Bonjour !', ja: 'こんにちは。', pt: 'Oi!' });
      const body = [greet, tf(lang, c.text, { name: rng.pick(c.names) }), ...asides].join(lang === 'ja' ? '' : ' ');
      return {
        lang,
        messages: [
          sys(t(lang, {
            en: "Pet-help chat for an insurer. Read the owner's message and give one urgency level: emergency (go now), vet_today, vet_this_week, home_care. Add one short first step.",
            es: 'Chat de ayuda para mascotas de una aseguradora. Lee el mensaje del dueño y da un único nivel de urgencia: emergency (ir ya), vet_today, vet_this_week, home_care. Añade un primer paso breve.',
            fr: "Chat d'aide animaux d'un assureur. Lis le message du propriétaire et donne un seul niveau d'urgence : emergency (y aller maintenant), vet_today, vet_this_week, home_care. Ajoute une première action courte.",
            ja: 'ペット保険会社のペット相談チャットです。飼い主のメッセージを読み、緊急度を一つだけ返してください：emergency（今すぐ受診）、vet_today、vet_this_week、home_care。短い最初の対応も一つ添えてください。',
            pt: 'Chat de ajuda para pets de uma seguradora. Leia a mensagem do tutor e dê um único nível de urgência: emergency (ir agora), vet_today, vet_this_week, home_care. Acrescente um primeiro passo curto.',
          })),
          user(body),
        ],
        response_format: jsonSchema('pet_triage', { urgency: oneOf('emergency', 'vet_today', 'vet_this_week', 'home_care'), first_step: str }),
        max_tokens: 80,
      };
    },
  },
  {
    id: 'we-sr-aisle-sorter', label: 'simple_reflex', difficulty: 'easy', variants: 4,
    rationale: 'Every shopping item is mapped to its aisle on its own; the earlier items in the chat have no bearing on the latest answer.',
    make: (rng, i) => {
      const lang = langAt(['de', 'zh', 'fr', 'en'], i);
      const n = 1 + i + rng.int(0, 4);
      const items = rng.sample(AISLE_ITEMS, n);
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'Shopping-list sorter for a supermarket app. For each item the user sends, reply with its aisle only: produce, dairy, bakery, frozen, household, pantry, drinks.',
        de: 'Einkaufslisten-Sortierer einer Supermarkt-App. Antworte auf jeden Artikel nur mit dem Gang: produce, dairy, bakery, frozen, household, pantry, drinks.',
        zh: '超市 App 的购物清单整理器。用户每发一个商品，只回复它所在的区域：produce、dairy、bakery、frozen、household、pantry、drinks。',
        fr: "Trieur de liste de courses d'une appli de supermarché. Pour chaque article envoyé, réponds uniquement par le rayon : produce, dairy, bakery, frozen, household, pantry, drinks.",
      }))];
      items.forEach((it, k) => {
        const name = byLang(lang, it.name);
        const style = rng.int(0, 2);
        messages.push(user(style === 0 ? name : style === 1 ? `${rng.int(2, 4)}x ${name}` : lang === 'zh' ? `${name}，谢谢` : `${name} ${byLang(lang, { en: 'pls', de: 'bitte', fr: 'stp' })}`));
        if (k < items.length - 1) messages.push(say(it.aisle));
      });
      return { lang, messages, max_tokens: 4, temperature: 0 };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// model_based_reflex
// ---------------------------------------------------------------------------------------------

const DISHES: ByLang<string[]> = {
  en: ['lasagne', 'roast potatoes', 'garlic bread', 'apple crumble', 'rice', 'tomato sauce', 'green beans', 'soup'],
  de: ['die Lasagne', 'die Ofenkartoffeln', 'das Knoblauchbrot', 'den Apfelcrumble', 'den Reis', 'die Tomatensoße', 'die grünen Bohnen', 'die Suppe'],
  es: ['la lasaña', 'las patatas asadas', 'el pan de ajo', 'el crumble de manzana', 'el arroz', 'la salsa de tomate', 'las judías verdes', 'la sopa'],
  fr: ['la lasagne', 'les pommes de terre rôties', "le pain à l'ail", 'le crumble aux pommes', 'le riz', 'la sauce tomate', 'les haricots verts', 'la soupe'],
};
const KITCHEN = {
  startOven: { en: 'Just put the {d} in the oven, {n} minutes.', de: 'Hab gerade {d} in den Ofen geschoben, {n} Minuten.', es: 'Acabo de meter {d} en el horno, {n} minutos.', fr: 'Je viens de mettre {d} au four, {n} minutes.' },
  startHob: { en: 'Put the {d} on the hob, about {n} min.', de: 'Hab {d} auf den Herd gestellt, ca. {n} Min.', es: 'Acabo de poner {d} al fuego, unos {n} min.', fr: 'Je viens de mettre {d} sur le feu, environ {n} min.' },
  doneOven: { en: 'Took the {d} out.', de: 'Hab {d} rausgeholt.', es: 'Ya he sacado {d} del horno.', fr: "J'ai sorti {d} du four." },
  doneHob: { en: 'Took the {d} off the heat.', de: 'Hab {d} vom Herd genommen.', es: 'Ya he quitado {d} del fuego.', fr: "J'ai retiré {d} du feu." },
  extend: { en: 'The {d} needs another {n} minutes, not there yet.', de: 'Für {d} brauche ich noch {n} Minuten extra, ist noch nicht so weit.', es: '{d}: le faltan {n} minutos más, todavía no está.', fr: '{d} : il faut encore {n} minutes, pas encore prêt.' },
  chatter: { en: 'Guests are ten minutes late, phew.', de: 'Die Gäste kommen zehn Minuten später, puh.', es: 'Los invitados llegan diez minutos tarde, menos mal.', fr: 'Les invités ont dix minutes de retard, ouf.' },
  timerAck: { en: 'Timer set ✔', de: 'Timer läuft ✔', es: 'Temporizador puesto ✔', fr: 'Minuteur lancé ✔' },
  ack: { en: 'Noted.', de: 'Notiert.', es: 'Anotado.', fr: 'Noté.' },
  ask: {
    en: "ok hands full — what's still cooking right now, and what comes out next?",
    de: 'So, Hände voll – was läuft gerade noch, und was ist als Nächstes fertig?',
    es: 'vale, tengo las manos ocupadas: ¿qué sigue cocinándose ahora mismo y qué sale primero?',
    fr: "bon, j'ai les mains prises : qu'est-ce qui cuit encore, et qu'est-ce qui sort en premier ?",
  },
} satisfies Record<string, ByLang<string>>;

function wordlePattern(guess: string, target: string): string {
  const res = ['.', '.', '.', '.', '.'];
  const left: Record<string, number> = {};
  for (let k = 0; k < 5; k++) {
    if (guess[k] === target[k]) res[k] = 'G';
    else left[target[k]!] = (left[target[k]!] ?? 0) + 1;
  }
  for (let k = 0; k < 5; k++) {
    const c = guess[k]!;
    if (res[k] !== 'G' && (left[c] ?? 0) > 0) {
      res[k] = 'Y';
      left[c] = left[c]! - 1;
    }
  }
  return res.join('');
}
const WORDS: ByLang<string[]> = {
  en: ['crane', 'slate', 'plant', 'shore', 'grind', 'bloom', 'ghost', 'table', 'mouse', 'chair', 'bread', 'spice'],
  es: ['perro', 'gatos', 'mundo', 'plaza', 'tarde', 'huevo', 'campo', 'libro', 'fuego', 'noche'],
  pt: ['festa', 'livro', 'pedra', 'campo', 'nuvem', 'praia', 'gente', 'porta', 'carta', 'mundo'],
  fr: ['pomme', 'train', 'livre', 'monde', 'fleur', 'sucre', 'plage', 'table', 'chien'],
  de: ['apfel', 'stuhl', 'blume', 'katze', 'wagen', 'nacht', 'insel', 'tisch', 'feuer'],
};

const CAT_LOG = {
  fed: { en: '{t} gave {cat} half a tin of wet food', zh: '{t} 喂了{cat}半罐湿粮', ja: '{t} {cat}にウェットフード半分あげた', pt: '{t} dei meia lata de ração úmida pra {cat}' },
  pill: { en: '{t} gave {cat} her pill, spat it out once but swallowed it second go', zh: '{t} 给{cat}喂了药，吐出来一次，第二次咽下去了', ja: '{t} {cat}に薬を飲ませた。一回吐き出したけど二回目は飲んだ', pt: '{t} dei o remédio pra {cat}, cuspiu uma vez mas engoliu na segunda' },
  pillFail: { en: "{t} tried the pill, she hid under the bed, didn't manage", zh: '{t} 想喂药，她躲到床底下了，没喂成', ja: '{t} 薬あげようとしたらベッドの下に逃げた。飲ませられず', pt: '{t} tentei dar o remédio mas ela se escondeu debaixo da cama, não consegui' },
  litter: { en: '{t} scooped the litter box', zh: '{t} 铲了猫砂', ja: '{t} トイレ掃除した', pt: '{t} limpei a caixa de areia' },
  treat: { en: "{t} gave her two treats, don't tell the vet 😂", zh: '{t} 给了两块零食，别告诉兽医😂', ja: '{t} おやつ2つあげた、獣医さんには内緒😂', pt: '{t} dei dois petiscos, não contem pro veterinário😂' },
  unsure: { en: '{t} did someone give her the morning pill? she seems a bit off', zh: '{t} 早上有人喂药了吗？她看起来有点不对劲', ja: '{t} 朝の薬って誰かあげた？ちょっと様子が変かも', pt: '{t} alguém deu o remédio da manhã? ela parece meio estranha' },
  yes: { en: 'Yes — {who} gave it at {t}.', zh: '喂了——{who}在 {t} 喂的。', ja: 'はい、{who}が{t}にあげています。', pt: 'Sim — {who} deu às {t}.' },
  no: { en: "Not that I've seen — nobody has posted the morning pill yet.", zh: '还没看到——目前没人说过喂了早上的药。', ja: 'まだ誰も朝の薬をあげたと書き込んでいません。', pt: 'Ainda não — ninguém avisou que deu o remédio da manhã.' },
  ask: {
    en: "@assistant just got home — has {cat} had her evening pill, and has anyone fed her since lunch?",
    zh: '@助手 我刚到家——{cat}今晚的药吃了吗？午饭后有人喂过她吗？',
    ja: '@アシスタント 今帰った。{cat}って夜の薬もう飲んだ？お昼のあと誰かごはんあげた？',
    pt: '@assistente acabei de chegar — a {cat} já tomou o remédio da noite? alguém deu comida pra ela depois do almoço?',
  },
} satisfies Record<string, ByLang<string>>;

const TRIP = {
  board: { en: '[push] {fl} to {dest}: departure {dep}, boarding from {bt} at gate {g}.', fr: '[push] {fl} à destination de {dest} : départ {dep}, embarquement dès {bt} porte {g}.', de: '[push] {fl} nach {dest}: Abflug {dep}, Boarding ab {bt} an Gate {g}.', es: '[push] {fl} a {dest}: salida {dep}, embarque desde las {bt} en la puerta {g}.' },
  gate: { en: '[push] {fl}: gate change {g1} → {g2}.', fr: '[push] {fl} : changement de porte {g1} → {g2}.', de: '[push] {fl}: Gatewechsel {g1} → {g2}.', es: '[push] {fl}: cambio de puerta {g1} → {g2}.' },
  delay: { en: '[push] {fl} is delayed. New departure {dep}, boarding {bt}.', fr: '[push] {fl} est retardé. Nouveau départ {dep}, embarquement {bt}.', de: '[push] {fl} verspätet sich. Neuer Abflug {dep}, Boarding {bt}.', es: '[push] {fl} sale con retraso. Nueva salida {dep}, embarque {bt}.' },
  train: { en: '[push] Your ticket: {tr} from {st}, departs {tt}, coach {c}.', fr: '[push] Votre billet : {tr} au départ de {st}, {tt}, voiture {c}.', de: '[push] Ihr Ticket: {tr} ab {st}, Abfahrt {tt}, Wagen {c}.', es: '[push] Tu billete: {tr} desde {st}, sale a las {tt}, coche {c}.' },
  rebook: { en: '[push] Your connection is at risk. You have been moved to {tr} departing {tt}, coach {c}.', fr: '[push] Votre correspondance est compromise. Vous avez été replacé sur le {tr} de {tt}, voiture {c}.', de: '[push] Ihr Anschluss ist gefährdet. Sie wurden auf {tr} um {tt} umgebucht, Wagen {c}.', es: '[push] Tu conexión está en riesgo. Te hemos cambiado al {tr} de las {tt}, coche {c}.' },
  spam: { en: '[push] How was your stay at Hotel {h}? Rate it in 10 seconds!', fr: "[push] Comment s'est passé votre séjour à l'Hôtel {h} ? Notez-le en 10 secondes !", de: '[push] Wie war Ihr Aufenthalt im Hotel {h}? Jetzt in 10 Sekunden bewerten!', es: '[push] ¿Qué tal tu estancia en el Hotel {h}? ¡Valóralo en 10 segundos!' },
  chatter: { en: 'ugh, still in the taxi, traffic is awful', fr: 'pfff, toujours dans le taxi, ça bouchonne', de: 'boah, sitze immer noch im Taxi, alles Stau', es: 'uf, sigo en el taxi, hay un atasco horrible' },
  ack: { en: "Noted — I'll flag anything that changes.", fr: "C'est noté, je te préviens si quelque chose change.", de: 'Alles klar, ich melde mich, falls sich was ändert.', es: 'Apuntado, te aviso si cambia algo.' },
  ask: { en: 'Just through security. Which gate, when do I board, and which train am I on after landing?', fr: "Je viens de passer la sécurité. Quelle porte, à quelle heure j'embarque, et je prends quel train après l'atterrissage ?", de: 'Bin gerade durch die Sicherheitskontrolle. Welches Gate, wann ist Boarding, und welchen Zug nehme ich nach der Landung?', es: 'Acabo de pasar el control. ¿Qué puerta, a qué hora embarco y qué tren cojo al aterrizar?' },
} satisfies Record<string, ByLang<string>>;

const modelBased: Family[] = [
  {
    id: 'we-mb-kitchen-juggle', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
    rationale: "What is still cooking can only be answered by folding together the cook's running reports (starts, extensions, removals) across the conversation.",
    make: (rng, i) => {
      const lang = langAt(['de', 'es', 'fr', 'en'], i);
      const names = byLang(lang, DISHES);
      const order = rng.sample([0, 1, 2, 3, 4, 5, 6, 7], rng.int(3, 5));
      let now = 17 * 60 + rng.int(20, 50);
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'Kitchen helper on a smart speaker. The cook tells you what they are doing while making several dishes at once; set or cancel timers when useful and keep answers to one line.',
        de: 'Küchenhelfer auf einem smarten Lautsprecher. Der Koch erzählt, was er gerade macht, während mehrere Gerichte gleichzeitig laufen; stelle oder lösche Timer, wenn es hilft, und antworte in einer Zeile.',
        es: 'Ayudante de cocina en un altavoz inteligente. La persona que cocina te cuenta lo que hace mientras prepara varios platos a la vez; pon o cancela temporizadores cuando sirva y responde en una línea.',
        fr: "Assistant de cuisine sur une enceinte connectée. La personne qui cuisine te raconte ce qu'elle fait en préparant plusieurs plats à la fois ; lance ou annule des minuteurs quand c'est utile et réponds en une ligne.",
      }))];
      const running: number[] = [];
      let timers = 0;
      for (const d of order) {
        now += rng.int(2, 9);
        const oven = d < 4;
        const n = oven ? rng.pick([20, 25, 35, 40, 45]) : rng.pick([10, 12, 15, 20]);
        messages.push(user(`[${hm(now)}] ${tf(lang, oven ? KITCHEN.startOven : KITCHEN.startHob, { d: names[d]!, n })}`));
        const { message, ids } = calls(rng, ['set_timer', { label: names[d]!, minutes: n }]);
        messages.push(message, result(ids[0]!, { timer_id: `t${++timers}`, ends_at: hm(now + n) }), say(t(lang, KITCHEN.timerAck)));
        running.push(d);
        if (running.length > 1 && rng.chance(0.45)) {
          now += rng.int(3, 12);
          const which = running.splice(rng.int(0, running.length - 2), 1)[0]!;
          if (rng.chance(0.35)) {
            running.push(which);
            messages.push(user(`[${hm(now)}] ${tf(lang, KITCHEN.extend, { d: names[which]!, n: rng.pick([5, 8, 10]) })}`), say(t(lang, KITCHEN.ack)));
          } else {
            messages.push(user(`[${hm(now)}] ${tf(lang, which < 4 ? KITCHEN.doneOven : KITCHEN.doneHob, { d: names[which]! })}`));
            const c = calls(rng, ['cancel_timer', { label: names[which]! }]);
            messages.push(c.message, result(c.ids[0]!, { cancelled: true }), say(t(lang, KITCHEN.ack)));
          }
        }
        if (rng.chance(0.15)) messages.push(user(`[${hm(now + 1)}] ${t(lang, KITCHEN.chatter)}`), say('😅'));
      }
      now += rng.int(3, 10);
      messages.push(user(`[${hm(now)}] ${t(lang, KITCHEN.ask)}`));
      return {
        lang, messages, tool_choice: 'auto', max_tokens: 120,
        tools: [
          tool('set_timer', 'Start a named kitchen timer.', { label: str, minutes: int }),
          tool('cancel_timer', 'Cancel a running timer by its label.', { label: str }),
        ],
      };
    },
  },
  {
    id: 'we-mb-robot-vacuum-blind', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 4,
    rationale: 'With no map and only bump, cliff, dirt and odometry readings, the next drive command depends on the position and surroundings pieced together from all earlier readings; the kitchen-then-dock objective gives a goal reading too.',
    make: (rng, i) => {
      const lang = langAt(['en', 'zh', 'ja', 'de'], i);
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: 'You steer a robot vacuum in a flat you have no map of. Each tool call returns only what the robot senses: bumper, cliff sensor, dirt under the brush, distance actually moved, battery. The kitchen is somewhere north-east of the dock; the robot starts on the dock facing north. Clean the kitchen, then head back to the dock. One tool call per turn.',
          zh: '你在操控一台扫地机器人，房子没有地图。每次调用工具只返回机器人感知到的信息：碰撞传感器、防跌落传感器、刷子下的灰尘程度、实际移动距离和电量。厨房在充电座东北方向的某处；机器人从充电座出发，面朝北。先把厨房打扫干净，再回到充电座。每轮只调用一个工具。',
          ja: '地図のない部屋でロボット掃除機を操作します。ツールを呼ぶたびに返ってくるのは、ロボットが感じ取った情報だけです：バンパー、段差センサー、ブラシ下のゴミの量、実際に進んだ距離、バッテリー残量。キッチンは充電台から北東のどこか。ロボットは充電台で北を向いて始まります。キッチンを掃除してから充電台に戻ってください。1ターンにツール呼び出しは1回だけ。',
          de: 'Du steuerst einen Saugroboter in einer Wohnung ohne Karte. Jeder Tool-Aufruf liefert nur, was der Roboter spürt: Stoßfänger, Absturzsensor, Schmutz unter der Bürste, tatsächlich gefahrene Strecke, Akku. Die Küche liegt irgendwo nordöstlich der Ladestation; der Roboter startet auf der Station mit Blick nach Norden. Sauge die Küche und fahre dann zurück zur Station. Ein Tool-Aufruf pro Runde.',
        })),
        user(t(lang, { en: 'Start.', zh: '开始。', ja: 'スタート。', de: 'Los.' })),
      ];
      let battery = rng.int(45, 90);
      let lastDirt = 'low';
      const steps = rng.int(4, 9);
      for (let s = 0; s < steps; s++) {
        battery -= rng.int(1, 4);
        if (lastDirt === 'high' && rng.chance(0.6)) {
          exchange(rng, messages, 'spot_clean', {}, { cleaned: true, dirt_after: rng.pick(['low', 'medium']), battery });
          lastDirt = 'low';
        } else if (s % 2 === 0) {
          const dist = rng.pick([50, 100, 150, 200, 250]);
          const bump = rng.chance(0.45);
          const cliff = !bump && rng.chance(0.15);
          lastDirt = rng.pick(['none', 'low', 'medium', 'high']);
          exchange(rng, messages, 'drive', { distance_cm: dist }, {
            moved_cm: bump || cliff ? rng.int(10, dist - 10) : dist,
            bumper: bump ? rng.pick(['front', 'front-left', 'front-right']) : 'none', cliff, dirt: lastDirt, battery,
          });
        } else {
          const deg = rng.pick([90, -90, 45, -45, 180]);
          exchange(rng, messages, 'turn', { degrees: deg }, { turned_deg: deg, battery });
        }
      }
      return {
        lang, messages, tool_choice: 'required', max_tokens: 60,
        tools: [
          tool('drive', 'Drive straight ahead; stops early on a bump or a cliff.', { distance_cm: int }),
          tool('turn', 'Rotate in place; positive is clockwise.', { degrees: int }),
          tool('spot_clean', 'Deep-clean a 50 cm circle around the robot.'),
          tool('return_to_dock', 'Follow the dock beacon home (only works within 2 m of the dock).'),
        ],
      };
    },
  },
  {
    id: 'we-mb-word-guess', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'The hidden word is only known through the accumulated letter patterns, so each new guess depends on the picture built up from every earlier turn; reaching the word is also a goal-directed search.',
    make: (rng, i) => {
      const lang = langAt(['es', 'pt', 'fr', 'de', 'en'], i);
      const words = byLang(lang, WORDS);
      const [target, ...guesses] = rng.sample(words, 1 + rng.int(2, 4));
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: 'Word game helper. The hidden word is a five-letter English word. After each guess you get a pattern: G = right letter in the right place, Y = letter is in the word but elsewhere, . = letter not in the word. Reply with your next guess only, in lowercase.',
          es: 'Ayudante para un juego de palabras. La palabra oculta es una palabra española de cinco letras. Tras cada intento recibes un patrón: G = letra correcta en su sitio, Y = la letra está en la palabra pero en otra posición, . = la letra no está. Responde solo con tu siguiente intento, en minúsculas.',
          pt: 'Ajudante de jogo de palavras. A palavra escondida é uma palavra portuguesa de cinco letras. Depois de cada tentativa você recebe um padrão: G = letra certa no lugar certo, Y = a letra está na palavra mas em outra posição, . = a letra não está na palavra. Responda só com a próxima tentativa, em minúsculas.',
          fr: "Assistant pour un jeu de mots. Le mot caché est un mot français de cinq lettres. Après chaque essai tu reçois un motif : G = bonne lettre à la bonne place, Y = la lettre est dans le mot mais ailleurs, . = la lettre n'y est pas. Réponds uniquement par ton prochain essai, en minuscules.",
          de: 'Helfer für ein Wortspiel. Das gesuchte Wort ist ein deutsches Wort mit fünf Buchstaben. Nach jedem Versuch kommt ein Muster: G = richtiger Buchstabe an der richtigen Stelle, Y = Buchstabe kommt vor, aber woanders, . = Buchstabe kommt nicht vor. Antworte nur mit deinem nächsten Versuch, kleingeschrieben.',
        })),
        user(t(lang, { en: 'New game, go!', es: '¡Partida nueva, empieza!', pt: 'Jogo novo, bora!', fr: 'Nouvelle partie, à toi !', de: 'Neues Spiel, los!' })),
      ];
      for (const g of guesses) messages.push(say(g), user(wordlePattern(g, target!)));
      return { lang, messages, max_tokens: 5, temperature: 0.2 };
    },
  },
  {
    id: 'we-mb-cat-care-groupchat', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
    rationale: "Whether the cat has had her pill and food can only be inferred by piecing together the family's scattered, partly failed reports over the day.",
    make: (rng, i) => {
      const lang = langAt(['zh', 'ja', 'pt', 'en'], i);
      const members = byLang(lang, { en: ['Mum', 'Dad', 'Leo'], zh: ['妈妈', '爸爸', '小雨'], ja: ['ママ', 'パパ', 'ゆうと'], pt: ['Mãe', 'Pai', 'Bia'] });
      const cat = byLang(lang, { en: 'Biscuit', zh: '年糕', ja: 'もち', pt: 'Pipoca' });
      const family = byLang(lang, { en: 'Turner', zh: '李', ja: '佐藤', pt: 'Oliveira' });
      const events: [number, keyof typeof CAT_LOG, string][] = [];
      const add = (time: number, kind: keyof typeof CAT_LOG): void => { events.push([time, kind, rng.pick(members)]); };
      add(7 * 60 + rng.int(0, 50), 'fed');
      const morningPill = rng.pick(['pill', 'pill', 'pillFail', 'none'] as const);
      if (morningPill !== 'none') add(8 * 60 + rng.int(0, 40), morningPill);
      if (rng.chance(0.8)) add(12 * 60 + rng.int(0, 50), 'fed');
      if (rng.chance(0.6)) add(15 * 60 + rng.int(0, 50), 'treat');
      if (rng.chance(0.7)) add(17 * 60 + rng.int(0, 50), 'litter');
      if (rng.chance(0.5)) add(18 * 60 + rng.int(0, 50), 'fed');
      const evening = rng.pick(['pill', 'pillFail', 'none'] as const);
      if (evening !== 'none') add(20 * 60 + rng.int(0, 30), evening);
      events.sort((a, b) => a[0] - b[0]);
      const messages: ChatMessage[] = [sys(tf(lang, {
        en: 'Assistant in the {family} family group chat about their cat {cat}. {cat} gets a pill at about 08:00 and 20:00 and wet food three times a day. Family members post what they did; reply only when asked.',
        zh: '你是{family}家群聊里的助手，负责他们的猫{cat}。{cat}每天大约 08:00 和 20:00 各吃一次药，一天三顿湿粮。家人会在群里说自己做了什么；只有被问到时才回答。',
        ja: '{family}家のグループチャットのアシスタントで、猫の{cat}のお世話について扱います。{cat}は毎日だいたい 08:00 と 20:00 に薬を飲み、ウェットフードは1日3回です。家族がやったことを投稿します。質問されたときだけ答えてください。',
        pt: 'Você é o assistente do grupo da família {family} sobre a gata {cat}. A {cat} toma remédio por volta das 08:00 e das 20:00 e come ração úmida três vezes por dia. A família posta o que fez; responda só quando perguntarem.',
      }, { family, cat }))];
      let askedMorning = false;
      for (const [time, kind, who] of events) {
        if (!askedMorning && i % 2 === 0 && time > 9 * 60 + 30) {
          askedMorning = true;
          const asker = rng.pick(members);
          messages.push(user(`${asker}: ${tf(lang, CAT_LOG.unsure, { t: '09:45', cat })}`));
          const pillEvent = events.find(([tm, k]) => k === 'pill' && tm < 10 * 60);
          messages.push(say(pillEvent ? tf(lang, CAT_LOG.yes, { who: pillEvent[2], t: hm(pillEvent[0]) }) : t(lang, CAT_LOG.no)));
        }
        messages.push(user(`${who}: ${tf(lang, CAT_LOG[kind], { t: hm(time), cat })}`));
      }
      messages.push(user(`${rng.pick(members)}: ${tf(lang, CAT_LOG.ask, { cat })}`));
      return { lang, messages, max_tokens: 150 };
    },
  },
  {
    id: 'we-mb-trip-push-stream', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
    rationale: 'The current gate, boarding time and train only follow from applying each later push (gate changes, delay, rebooking) on top of the earlier ones, with spam and chatter in between.',
    make: (rng, i) => {
      const lang = langAt(['fr', 'de', 'es', 'en'], i);
      const setup = byLang(lang, {
        en: { air: 'BA', dest: 'Edinburgh', tr: 'LNER', st: 'Edinburgh Waverley' },
        fr: { air: 'AF', dest: 'Nice', tr: 'TER', st: 'Nice-Ville' },
        de: { air: 'LH', dest: 'München', tr: 'ICE', st: 'München Hbf' },
        es: { air: 'IB', dest: 'Barcelona', tr: 'AVE', st: 'Barcelona Sants' },
      });
      const fl = `${setup.air} ${rng.int(100, 2999)}`;
      let dep = 13 * 60 + rng.int(0, 16) * 10;
      let gate = `${rng.pick(['A', 'B', 'C'])}${rng.int(2, 40)}`;
      const msgs: ChatMessage[] = [sys(t(lang, {
        en: "Travel companion app. Airline and rail notifications are forwarded into this chat as [push] messages; the traveller writes in between. Answer in the traveller's language, briefly.",
        fr: 'Appli compagnon de voyage. Les notifications de la compagnie aérienne et du train arrivent dans ce chat sous forme de messages [push] ; le voyageur écrit entre-temps. Réponds brièvement dans sa langue.',
        de: 'Reisebegleiter-App. Benachrichtigungen von Airline und Bahn werden als [push]-Nachrichten in diesen Chat weitergeleitet; dazwischen schreibt der Reisende. Antworte kurz in seiner Sprache.',
        es: 'App de acompañamiento de viaje. Los avisos de la aerolínea y del tren llegan a este chat como mensajes [push]; el viajero escribe entre medias. Responde en su idioma, de forma breve.',
      }))];
      msgs.push(user(tf(lang, TRIP.board, { fl, dest: setup.dest, dep: hm(dep), bt: hm(dep - 40), g: gate })));
      const trainNo = `${setup.tr} ${rng.int(500, 9800)}`;
      let train = hm(dep + 150 + rng.int(0, 4) * 10);
      msgs.push(user(tf(lang, TRIP.train, { tr: trainNo, st: setup.st, tt: train, c: rng.int(3, 14) })));
      if (rng.chance(0.5)) msgs.push(user(t(lang, TRIP.chatter)), say(t(lang, TRIP.ack)));
      const changes = 1 + (i % 2) + rng.int(0, 1);
      for (let k = 0; k < changes; k++) {
        const next = `${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(2, 48)}`;
        msgs.push(user(tf(lang, TRIP.gate, { fl, g1: gate, g2: next })));
        gate = next;
        if (k === 0 && rng.chance(0.7)) {
          const delay = rng.pick([25, 40, 70, 95]);
          dep += delay;
          msgs.push(user(tf(lang, TRIP.delay, { fl, dep: hm(dep), bt: hm(dep - 35) })));
          if (delay >= 70) {
            train = hm(dep + 150 + 30);
            msgs.push(user(tf(lang, TRIP.rebook, { tr: `${setup.tr} ${rng.int(500, 9800)}`, tt: train, c: rng.int(3, 14) })));
          }
        }
        if (rng.chance(0.35)) msgs.push(user(tf(lang, TRIP.spam, { h: rng.pick(['Miramar', 'Central Park', 'Sol y Mar', 'Kranich']) })));
      }
      msgs.push(user(t(lang, TRIP.ask)));
      return {
        lang, messages: msgs, max_tokens: 150,
        response_format: jsonSchema('trip_now', { gate: str, boarding_time: str, train: str, train_departure: str, notes: list(str) }),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// goal_based
// ---------------------------------------------------------------------------------------------

const STATIONS: ByLang<string[]> = {
  ja: ['青葉台', '桜木町', '港南', '北山', '中央公園', '緑ヶ丘', '川端', '旭町', '美術館前', '東浜', '西原', '大学前', '市役所前', '松風', '空港南', '本町'],
  zh: ['青年路', '人民广场', '东湖', '西门', '体育中心', '博物馆', '新港', '火车站', '大学城', '南山', '北苑', '滨江', '科技园', '花园路', '机场西', '市政府'],
  fr: ['Belvédère', 'Les Halles-Sud', 'Pont Neuf', 'Gare Est', 'Jardin des Plantes', 'Saint-Roch', 'Quai Ouest', 'Université', 'Marché', 'Les Tilleuls', 'Hôpital', 'Mairie', 'Parc Expo', 'Beaulieu', 'Aéroport', 'Croix-Rouge'],
  en: ['Kingsgate', 'Millbrook', 'Harbour Road', 'Elm Park', 'Central', 'Museum', 'Riverside', 'Old Town', 'University', 'Stadium', 'North Green', 'Market Hall', 'Airport', 'Foxhill', 'Cathedral', 'Docklands'],
  de: ['Rosenhof', 'Hauptbahnhof', 'Stadtpark', 'Westkreuz', 'Messe', 'Rathaus', 'Uferstraße', 'Universität', 'Marktplatz', 'Lindenau', 'Klinikum', 'Zoo', 'Flughafen', 'Bergfried', 'Domplatz', 'Hafen'],
};

const SHOP_ITEMS: ByLang<string[]> = {
  en: ['cat litter 10 kg', 'rolled oats', 'espresso beans', 'dishwasher tablets'],
  de: ['Katzenstreu 10 kg', 'Haferflocken', 'Espressobohnen', 'Spülmaschinentabs'],
  es: ['arena para gatos 10 kg', 'copos de avena', 'café en grano espresso', 'pastillas lavavajillas'],
  pt: ['areia para gato 10 kg', 'aveia em flocos', 'café em grão espresso', 'pastilhas para lava-louças'],
};
const SHOP = {
  home: { en: "[page] {shop} – Home\n[a11y] input#search 'Search'  link#cart 'Basket (0)'  link#offers 'Offers'  link#account 'My account'", de: "[page] {shop} – Startseite\n[a11y] input#search 'Suche'  link#cart 'Warenkorb (0)'  link#offers 'Angebote'  link#account 'Mein Konto'", es: "[page] {shop} – Inicio\n[a11y] input#search 'Buscar'  link#cart 'Carrito (0)'  link#offers 'Ofertas'  link#account 'Mi cuenta'", pt: "[page] {shop} – Início\n[a11y] input#search 'Buscar'  link#cart 'Carrinho (0)'  link#offers 'Ofertas'  link#account 'Minha conta'" },
  results: { en: '[page] Results for "{q}"\n[a11y] {b1}  {b2}  link#cart \'Basket ({n})\'', de: "[page] Suchergebnisse für „{q}“\n[a11y] {b1}  {b2}  link#cart 'Warenkorb ({n})'", es: "[page] Resultados para «{q}»\n[a11y] {b1}  {b2}  link#cart 'Carrito ({n})'", pt: '[page] Resultados para "{q}"\n[a11y] {b1}  {b2}  link#cart \'Carrinho ({n})\'' },
  button: { en: "button#add-{k} 'Add to basket: {q} – {brand}, £{p}'{x}", de: "button#add-{k} 'In den Warenkorb: {q} – {brand}, {p} €'{x}", es: "button#add-{k} 'Añadir al carrito: {q} – {brand}, {p} €'{x}", pt: "button#add-{k} 'Adicionar ao carrinho: {q} – {brand}, R$ {p}'{x}" },
  soldOut: { en: ' (out of stock, disabled)', de: ' (ausverkauft, deaktiviert)', es: ' (agotado, desactivado)', pt: ' (esgotado, desativado)' },
  added: { en: "[ok] Added. link#cart 'Basket ({n})'", de: "[ok] Hinzugefügt. link#cart 'Warenkorb ({n})'", es: "[ok] Añadido. link#cart 'Carrito ({n})'", pt: "[ok] Adicionado. link#cart 'Carrinho ({n})'" },
} satisfies Record<string, ByLang<string>>;

type Room = 'hall' | 'kitchen' | 'library' | 'garden' | 'cellar' | 'stairs' | 'top';
const ROOMS: ByLang<Record<Room, string>> = {
  en: { hall: 'Hall', kitchen: 'Kitchen', library: 'Library', garden: 'Garden', cellar: 'Cellar', stairs: 'Stairwell', top: 'Tower top' },
  pt: { hall: 'Salão', kitchen: 'Cozinha', library: 'Biblioteca', garden: 'Jardim', cellar: 'Porão', stairs: 'Escadaria', top: 'Topo da torre' },
  es: { hall: 'Vestíbulo', kitchen: 'Cocina', library: 'Biblioteca', garden: 'Jardín', cellar: 'Sótano', stairs: 'Escalera', top: 'Cima de la torre' },
  ja: { hall: '玄関ホール', kitchen: '台所', library: '書斎', garden: '庭', cellar: '地下室', stairs: '階段室', top: '塔の頂上' },
};
const ADV_ITEMS: ByLang<{ key: string; lantern: string; rope: string; spoon: string }> = {
  en: { key: 'brass key', lantern: 'lantern', rope: 'rope', spoon: 'silver spoon' },
  pt: { key: 'chave de latão', lantern: 'lanterna', rope: 'corda', spoon: 'colher de prata' },
  es: { key: 'llave de latón', lantern: 'farol', rope: 'cuerda', spoon: 'cuchara de plata' },
  ja: { key: '真鍮の鍵', lantern: 'ランタン', rope: 'ロープ', spoon: '銀のスプーン' },
};
const ADV = {
  intro: {
    en: "Text adventure: the old clockmaker's house. You start in the {hall} with nothing. You win by reaching the {top}.\nCommands: go <room>, take <item>, use <item>, open <room> (opens the door to that room).",
    pt: 'Aventura de texto: a casa do velho relojoeiro. Você começa no {hall} sem nada. Vence quem chegar ao {top}.\nComandos: go <sala>, take <item>, use <item>, open <sala> (abre a porta dessa sala).',
    es: 'Aventura de texto: la casa del viejo relojero. Empiezas en el {hall} sin nada. Ganas al llegar a la {top}.\nComandos: go <sala>, take <objeto>, use <objeto>, open <sala> (abre la puerta de esa sala).',
    ja: 'テキストアドベンチャー「時計職人の古い屋敷」。何も持たずに{hall}から始まる。{top}にたどり着けばクリア。\nコマンド：go <部屋>、take <アイテム>、use <アイテム>、open <部屋>（その部屋への扉を開ける）。',
  },
  exits: { en: '{r}: exits to {list}.', pt: '{r}: saídas para {list}.', es: '{r}: salidas a {list}.', ja: '{r}：{list}へ通じている。' },
  dark: { en: 'The {r} is pitch dark; you cannot take anything there without a light.', pt: '{r}: totalmente escuro; sem luz não dá para pegar nada lá.', es: '{r}: está a oscuras; sin luz no puedes coger nada allí.', ja: '{r}は真っ暗で、明かりがないと何も拾えない。' },
  locked: { en: 'The door from the {a} to the {b} is locked (needs the {key}).', pt: 'A porta de {a} para {b} está trancada (precisa da {key}).', es: 'La puerta de {a} a {b} está cerrada con llave (hace falta la {key}).', ja: '{a}から{b}への扉には鍵がかかっている（{key}が必要）。' },
  item: { en: '{item}: in the {r}.', pt: '{item} — local: {r}.', es: '{item}: en {r}.', ja: '{item}：{r}にある。' },
  well: { en: 'The {key} lies at the bottom of the well in the {r}; you need the {rope} to get it.', pt: 'A {key} está no fundo do poço do {r}; é preciso a {rope} para pegá-la.', es: 'La {key} está en el fondo del pozo del {r}; necesitas la {rope} para sacarla.', ja: '{key}は{r}の井戸の底にある。取るには{rope}が必要。' },
  ask: { en: 'Give me the full list of commands from the start.', pt: 'Me passa a lista completa de comandos desde o início.', es: 'Dame la secuencia completa de comandos desde el principio.', ja: '最初から全部のコマンドを順番に教えて。' },
  failDark: { en: "Game: It's too dark in the {r} to find anything.", pt: 'Jogo: Está escuro demais no {r} para achar qualquer coisa.', es: 'Juego: Está demasiado oscuro en el {r} para encontrar nada.', ja: 'ゲーム：{r}は暗すぎて何も見つからない。' },
  failWell: { en: 'Game: The {key} is at the bottom of the well, out of reach.', pt: 'Jogo: A {key} está no fundo do poço, fora de alcance.', es: 'Juego: La {key} está en el fondo del pozo, fuera de tu alcance.', ja: 'ゲーム：{key}は井戸の底にあって手が届かない。' },
  retry: { en: 'Try again, full list please.', pt: 'Tenta de novo, lista completa.', es: 'Inténtalo otra vez, la lista completa.', ja: 'もう一回、全部のコマンドでお願い。' },
} satisfies Record<string, ByLang<string>>;

const ERRAND_PLACES: ByLang<{ home: string; groomer: string; petshop: string; library: string; pharmacy: string; pet: string }> = {
  en: { home: 'home', groomer: 'groomer', petshop: 'pet shop', library: 'library', pharmacy: 'pharmacy', pet: 'Pepper' },
  pt: { home: 'casa', groomer: 'banho e tosa', petshop: 'pet shop', library: 'biblioteca', pharmacy: 'farmácia', pet: 'Mel' },
  de: { home: 'Zuhause', groomer: 'Hundesalon', petshop: 'Tierbedarf', library: 'Bücherei', pharmacy: 'Apotheke', pet: 'Bella' },
  es: { home: 'casa', groomer: 'peluquería canina', petshop: 'tienda de mascotas', library: 'biblioteca', pharmacy: 'farmacia', pet: 'Lola' },
};

const goalBased: Family[] = [
  {
    id: 'we-gb-metro-detour', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'A sequence of metro legs must be found through the line network from the start, via a required stop, to the destination, which is a search toward an explicit end point.',
    make: (rng, i) => {
      const lang = langAt(['ja', 'zh', 'fr', 'en', 'de'], i);
      const p = rng.sample(byLang(lang, STATIONS), 16);
      const lines: [string, string[]][] = [
        ['M1', [p[0]!, p[1]!, p[2]!, p[3]!, p[4]!, p[5]!]],
        ['M2', [p[6]!, p[7]!, p[2]!, p[8]!, p[9]!]],
        ['M3', [p[10]!, p[8]!, p[11]!, p[4]!, p[12]!]],
        ['M4', [p[13]!, p[11]!, p[14]!, p[15]!, p[5]!]],
      ];
      const start = rng.pick([p[0]!, p[6]!, p[13]!]);
      const via = rng.pick([p[9]!, p[12]!, p[10]!].filter((s) => s !== start));
      const dest = rng.pick([p[15]!, p[3]!, p[7]!].filter((s) => s !== start && s !== via));
      const map = lines.map(([n, st]) => `${n}: ${st.join(' – ')}`).join('\n');
      const closed = i >= 3 ? `\n${tf(lang, { en: 'Today {s} is closed for works (trains pass through without stopping).', de: 'Heute ist {s} wegen Bauarbeiten geschlossen (Züge fahren ohne Halt durch).', ja: '本日、{s}駅は工事のため通過となります。', zh: '今天{s}站因施工封站（列车通过不停）。', fr: "Aujourd'hui, {s} est fermée pour travaux (les rames passent sans s'arrêter)." }, { s: p[11]! })}` : '';
      return {
        lang,
        messages: [
          sys(tf(lang, {
            en: 'Transit app assistant. Network:\n{map}\nChanging lines is only possible at stations served by both lines.',
            de: 'Assistent einer Nahverkehrs-App. Netz:\n{map}\nUmsteigen geht nur an Stationen, die von beiden Linien bedient werden.',
            ja: '交通アプリのアシスタント。路線図：\n{map}\n乗り換えは両方の路線が通る駅でのみ可能。',
            zh: '公交地铁 App 助手。线路：\n{map}\n只能在两条线路都经过的车站换乘。',
            fr: 'Assistant d’une appli de transports. Réseau :\n{map}\nLes correspondances ne sont possibles qu’aux stations desservies par les deux lignes.',
          }, { map }) + closed),
          user(tf(lang, {
            en: "I'm at {a}, need to end up at {b}, but I have to swing by {c} first to grab concert tickets from a friend. As few changes as possible — how do I go?",
            de: 'Ich bin an der Station {a} und muss nach {b}, vorher aber noch bei {c} vorbei, um meinen Schlüssel abzuholen. Möglichst wenig umsteigen – wie fahre ich?',
            ja: '今{a}にいます。{b}まで行きたいのですが、途中で{c}に寄って友だちから鍵を受け取る必要があります。乗り換えはできるだけ少なくしたいです。どう乗ればいいですか？',
            zh: '我现在在{a}，要去{b}，但中途得先到{c}取一下快递。换乘越少越好，该怎么坐？',
            fr: "Je suis à {a} et je dois aller à {b}, mais je dois d'abord passer par {c} récupérer un colis. Le moins de changements possible : comment j'y vais ?",
          }, { a: start, b: dest, c: via })),
        ],
        response_format: jsonSchema('metro_route', { legs: list(obj({ line: str, board: str, alight: str })), changes: int }),
        max_tokens: 250,
      };
    },
  },
  {
    id: 'we-gb-grocery-web-order', label: 'goal_based', difficulty: 'medium', variants: 4,
    rationale: 'A browser agent is partway through a multi-step web task with a defined end point (filled basket, coupon, delivery slot, stop at payment) and must choose the next action toward it.',
    make: (rng, i) => {
      const lang = langAt(['de', 'es', 'pt', 'en'], i);
      const shop = byLang(lang, { en: 'BasketDrop', de: 'FrischKorb', es: 'MercaCasa', pt: 'CestaJá' });
      const items = rng.sample(byLang(lang, SHOP_ITEMS), 3);
      const brands = byLang(lang, { en: ['own brand', 'Premium'], de: ['Eigenmarke', 'Premium'], es: ['marca blanca', 'Premium'], pt: ['marca própria', 'Premium'] });
      const code = `${rng.pick(['SPRING', 'HELLO', 'SAVE', 'WEEKEND'])}${rng.int(5, 25)}`;
      const messages: ChatMessage[] = [
        sys(tf(lang, {
          en: 'You operate the browser for the user on {shop}. Task: put {items} in the basket (the cheapest available option of each), apply coupon {code}, choose a Saturday-morning delivery slot, then stop on the payment page without paying. After each action you get the updated page. One tool call per turn.',
          de: 'Du bedienst für den Nutzer den Browser auf {shop}. Aufgabe: {items} in den Warenkorb legen (jeweils die günstigste verfügbare Variante), Gutschein {code} einlösen, einen Liefertermin am Samstagvormittag wählen und dann auf der Zahlungsseite stoppen, ohne zu bezahlen. Nach jeder Aktion bekommst du die aktualisierte Seite. Ein Tool-Aufruf pro Runde.',
          es: 'Manejas el navegador por el usuario en {shop}. Tarea: meter en el carrito {items} (la opción disponible más barata de cada uno), aplicar el cupón {code}, elegir una franja de entrega el sábado por la mañana y detenerte en la página de pago sin pagar. Tras cada acción recibes la página actualizada. Una llamada a herramienta por turno.',
          pt: 'Você controla o navegador para o usuário no {shop}. Tarefa: colocar no carrinho {items} (a opção disponível mais barata de cada um), aplicar o cupom {code}, escolher um horário de entrega no sábado de manhã e parar na página de pagamento sem pagar. Depois de cada ação você recebe a página atualizada. Uma chamada de ferramenta por turno.',
        }, { shop, items: andJoin(lang, items), code })),
        user(tf(lang, SHOP.home, { shop })),
      ];
      const resultsPage = (q: string, n: number): { page: string; cheapest: number } => {
        const prices = [rng.int(150, 1400) / 100, rng.int(150, 1400) / 100];
        const soldOut = rng.chance(0.25) ? (prices[0]! < prices[1]! ? 0 : 1) : -1;
        const buttons = prices.map((pr, k) => tf(lang, SHOP.button, { k: k + 1, q, brand: brands[k]!, p: lang === 'en' ? pr.toFixed(2) : pr.toFixed(2).replace('.', ','), x: k === soldOut ? t(lang, SHOP.soldOut) : '' }));
        const avail = [0, 1].filter((k) => k !== soldOut);
        const cheapest = avail.reduce((a, b) => (prices[b]! < prices[a]! ? b : a));
        return { page: tf(lang, SHOP.results, { q, b1: buttons[0]!, b2: buttons[1]!, n }), cheapest };
      };
      const done = i % 3;
      for (let k = 0; k < done; k++) {
        const r = resultsPage(items[k]!, k);
        exchange(rng, messages, 'type_text', { element_id: 'search', text: items[k]!, press_enter: true }, r.page);
        exchange(rng, messages, 'click', { element_id: `add-${r.cheapest + 1}` }, tf(lang, SHOP.added, { n: k + 1 }));
      }
      exchange(rng, messages, 'type_text', { element_id: 'search', text: items[done]!, press_enter: true }, resultsPage(items[done]!, done).page);
      return {
        lang, messages, tool_choice: 'required', temperature: 0,
        tools: [
          tool('click', 'Click an element by its accessibility id.', { element_id: str }),
          tool('type_text', 'Type into an input field.', { element_id: str, text: str, press_enter: bool }, ['element_id', 'text']),
          tool('select_option', 'Choose an option in a dropdown.', { element_id: str, value: str }),
          tool('finish', 'Stop and report.', { status: oneOf('reached_payment', 'blocked'), summary: str }),
        ],
      };
    },
  },
  {
    id: 'we-gb-kitchen-measure-puzzle', label: 'goal_based', difficulty: 'easy', variants: 5,
    rationale: 'The user wants an exact target amount (water or minutes) and the answer is a sequence of fill, pour or flip moves that reaches it.',
    make: (rng, i) => {
      const lang = langAt(['en', 'es', 'de', 'zh', 'fr'], i);
      if (i % 2 === 0) {
        const [a, b, c] = rng.pick([[5, 3, 4], [7, 3, 5], [8, 5, 6], [9, 4, 6], [7, 4, 2]] as const);
        const text = tf(lang, {
          en: 'Silly kitchen problem: the recipe wants exactly {c} litres of water for the stock, and all I have is a {a} L pot and a {b} L jug, no markings, plus the tap and the sink. How do I get exactly {c} L?',
          es: 'Problema tonto de cocina: la receta pide exactamente {c} litros de agua para el caldo y solo tengo una olla de {a} L y una jarra de {b} L, sin marcas, además del grifo y el fregadero. ¿Cómo consigo exactamente {c} L?',
          de: 'Blödes Küchenproblem: Das Rezept will genau {c} Liter Wasser für die Brühe, und ich habe nur einen {a}-Liter-Topf und einen {b}-Liter-Krug ohne Markierungen, dazu Wasserhahn und Spüle. Wie komme ich auf genau {c} Liter?',
          zh: '厨房里的小难题：食谱要正好 {c} 升水来煮高汤，可我手边只有一个 {a} 升的锅和一个 {b} 升的壶，都没有刻度，另外有水龙头和水槽。怎么才能量出正好 {c} 升？',
          fr: "Petit casse-tête en cuisine : la recette demande exactement {c} litres d'eau pour le bouillon, et je n'ai qu'une casserole de {a} L et un pichet de {b} L, sans graduations, plus le robinet et l'évier. Comment obtenir exactement {c} L ?",
        }, { a, b, c });
        return { lang, messages: [user(text)], max_tokens: 400 };
      }
      const [a, b, c] = rng.pick([[7, 4, 9], [5, 3, 7], [11, 7, 15]] as const);
      const text = tf(lang, {
        en: "Camping, and my phone is dead. I want a {c}-minute egg. I have two sand timers from a board game: {a} minutes and {b} minutes. How do I time exactly {c} minutes?",
        es: 'Estoy de acampada y el móvil sin batería. Quiero un huevo de {c} minutos. Tengo dos relojes de arena de un juego de mesa: uno de {a} minutos y otro de {b}. ¿Cómo mido exactamente {c} minutos?',
        de: 'Camping, Handy-Akku leer. Ich will ein {c}-Minuten-Ei. Ich habe zwei Sanduhren aus einem Brettspiel: {a} Minuten und {b} Minuten. Wie messe ich genau {c} Minuten?',
        zh: '在露营，手机没电了。我想煮一个 {c} 分钟的鸡蛋，手边只有桌游里的两个沙漏：一个 {a} 分钟，一个 {b} 分钟。怎么准确计时 {c} 分钟？',
        fr: 'En camping, plus de batterie. Je veux un œuf à {c} minutes. J’ai deux sabliers d’un jeu de société : {a} minutes et {b} minutes. Comment mesurer exactement {c} minutes ?',
      }, { a, b, c });
      return {
        lang,
        messages: [sys(t(lang, { en: 'You are a friendly, practical assistant.', es: 'Eres un asistente amable y práctico.', de: 'Du bist ein freundlicher, praktischer Assistent.', zh: '你是一个友好、实用的助手。', fr: 'Tu es un assistant sympathique et pratique.' })), user(text)],
        max_tokens: 350,
      };
    },
  },
  {
    id: 'we-gb-clockmaker-adventure', label: 'goal_based', difficulty: 'medium', variants: 4,
    rationale: 'The room graph, locked door and item prerequisites form a search space, and the answer is the command sequence that reaches the winning room.',
    make: (rng, i) => {
      const lang = langAt(['en', 'pt', 'es', 'ja'], i);
      const R = byLang(lang, ROOMS);
      const I = byLang(lang, ADV_ITEMS);
      const scenario = rng.chance(0.5) ? 'cellar' : 'well';
      const exits: [Room, Room[]][] = [
        ['hall', ['kitchen', 'library', 'garden']], ['kitchen', ['hall', 'cellar']], ['library', ['hall', 'stairs']],
        ['garden', ['hall']], ['cellar', ['kitchen']], ['stairs', ['library', 'top']],
      ];
      const lines = rng.sample(exits, exits.length).map(([r, to]) => tf(lang, ADV.exits, { r: R[r], list: andJoin(lang, to.map((x) => R[x])) }));
      lines.push(tf(lang, ADV.locked, { a: R.library, b: R.stairs, key: I.key }));
      if (scenario === 'cellar') {
        lines.push(tf(lang, ADV.dark, { r: R.cellar }), tf(lang, ADV.item, { item: I.key, r: R.cellar }), tf(lang, ADV.item, { item: I.lantern, r: R[rng.pick(['garden', 'library'] as const)] }));
      } else {
        lines.push(tf(lang, ADV.well, { key: I.key, r: R.garden, rope: I.rope }), tf(lang, ADV.item, { item: I.rope, r: R[rng.pick(['kitchen', 'library'] as const)] }));
      }
      lines.push(tf(lang, ADV.item, { item: I.spoon, r: R[rng.pick(['kitchen', 'hall', 'garden'] as const)] }));
      const messages: ChatMessage[] = [sys(`${tf(lang, ADV.intro, { hall: R.hall, top: R.top })}\n\n${lines.join('\n')}`), user(t(lang, ADV.ask))];
      if (i % 2 === 1) {
        const wrong = scenario === 'cellar'
          ? [`go ${R.kitchen}`, `go ${R.cellar}`, `take ${I.key}`, `go ${R.kitchen}`, `go ${R.hall}`, `go ${R.library}`, `open ${R.stairs}`, `go ${R.stairs}`, `go ${R.top}`]
          : [`go ${R.garden}`, `take ${I.key}`, `go ${R.hall}`, `go ${R.library}`, `open ${R.stairs}`, `go ${R.stairs}`, `go ${R.top}`];
        messages.push(say(JSON.stringify({ commands: wrong })));
        messages.push(user(`${scenario === 'cellar' ? tf(lang, ADV.failDark, { r: R.cellar }) : tf(lang, ADV.failWell, { key: I.key })}\n${t(lang, ADV.retry)}`));
      }
      return { lang, messages, response_format: jsonSchema('commands', { commands: list(str) }), max_tokens: 200 };
    },
  },
  {
    id: 'we-gb-saturday-errands', label: 'goal_based', difficulty: 'medium', variants: 4,
    rationale: 'All errands must be fitted into one trip that respects opening hours, a pick-up time and a home-by deadline, so the task is finding an ordering that reaches a fully constrained end state.',
    make: (rng, i) => {
      const lang = langAt(['pt', 'de', 'es', 'en'], i);
      const P = byLang(lang, ERRAND_PLACES);
      const start = 9 * 60 + rng.pick([0, 15, 30]);
      const end = 13 * 60 + rng.pick([30, 45, 60, 90]);
      const ready = 11 * 60 + rng.pick([0, 15, 30]);
      const stingy = i % 2 === 1;
      let ask = tf(lang, {
        en: "Saturday errands. I've got the car from {start} and need to be home again by {end}. Pick up {pet} from the groomer (ready from {ready}), buy her food at the pet shop, return a book to the library and collect a prescription at the pharmacy. What order, and roughly when am I where?",
        pt: 'Recados de sábado. Tenho o carro a partir das {start} e preciso estar em casa de novo às {end}. Buscar a {pet} no banho e tosa (fica pronta a partir das {ready}), comprar a ração dela no pet shop, devolver um livro na biblioteca e pegar um remédio na farmácia. Em que ordem, e mais ou menos a que horas estou em cada lugar?',
        de: 'Samstagsbesorgungen. Ich habe das Auto ab {start} und muss um {end} wieder zu Hause sein. {pet} beim Hundesalon abholen (ab {ready} fertig), Futter im Tierbedarf kaufen, ein Buch in der Bücherei zurückgeben und ein Rezept in der Apotheke einlösen. In welcher Reihenfolge, und wann bin ich ungefähr wo?',
        es: 'Recados del sábado. Tengo el coche desde las {start} y tengo que estar en casa otra vez a las {end}. Recoger a {pet} en la peluquería canina (lista a partir de las {ready}), comprar su pienso en la tienda de mascotas, devolver un libro a la biblioteca y recoger una receta en la farmacia. ¿En qué orden y más o menos a qué hora estoy en cada sitio?',
      }, { start: hm(start), end: hm(end), ready: hm(ready), pet: P.pet });
      if (stingy) ask += t(lang, { en: ' Ideally with as little driving as possible.', pt: ' De preferência dirigindo o mínimo possível.', de: ' Am liebsten mit möglichst wenig Fahrerei.', es: ' A poder ser, conduciendo lo menos posible.' });
      const places = [P.home, P.groomer, P.petshop, P.library, P.pharmacy];
      const messages: ChatMessage[] = [
        sys(t(lang, { en: 'Personal errands assistant with maps and opening-hours tools.', pt: 'Assistente pessoal de recados, com ferramentas de mapas e horários de funcionamento.', de: 'Persönlicher Erledigungs-Assistent mit Karten- und Öffnungszeiten-Tools.', es: 'Asistente personal de recados con herramientas de mapas y horarios.' })),
        user(ask),
      ];
      const { message, ids } = calls(rng, ['get_opening_hours', { places: places.slice(1), day: 'saturday' }], ['get_drive_times', { places }]);
      const hours: Record<string, string> = {
        [P.groomer]: '08:00–14:00',
        [P.petshop]: `09:30–${hm(12 * 60 + rng.pick([30, 60]))}`,
        [P.library]: `${hm(9 * 60 + rng.pick([0, 30]))}–${hm(11 * 60 + rng.pick([30, 60, 90]))}`,
        [P.pharmacy]: `${hm(rng.pick([8, 9, 10]) * 60)}–18:00`,
      };
      const drive: string[] = [];
      for (let a = 0; a < places.length; a++) for (let b = a + 1; b < places.length; b++) drive.push(`${places[a]!} ↔ ${places[b]!}: ${rng.int(5, 25)} min`);
      messages.push(message, result(ids[0]!, hours), result(ids[1]!, { minutes: drive }));
      return {
        lang, messages, secondary: stingy ? 'utility_based' : null, max_tokens: 300,
        tools: [
          tool('get_opening_hours', 'Opening hours of places for a given weekday.', { places: list(str), day: str }),
          tool('get_drive_times', 'Pairwise driving times between places.', { places: list(str) }),
        ],
        response_format: jsonSchema('errand_run', { stops: list(obj({ place: str, arrive: str, leave: str })), home_by: str, fits: bool }),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// utility_based
// ---------------------------------------------------------------------------------------------

const RECIPES: ByLang<string[]> = {
  en: ['lentil dal', 'chicken traybake', 'salmon & rice bowls', 'veggie chili', 'pasta carbonara', 'tofu stir-fry', 'shakshuka', 'bean burritos', 'beef ragù', 'chickpea curry'],
  de: ['Linsen-Dal', 'Hähnchen vom Blech', 'Lachs-Reis-Bowl', 'Veggie-Chili', 'Spaghetti Carbonara', 'Tofu aus dem Wok', 'Shakshuka', 'Bohnen-Burritos', 'Rinderragout', 'Kichererbsen-Curry'],
  es: ['dal de lentejas', 'pollo al horno con verduras', 'bol de salmón y arroz', 'chili vegetal', 'pasta carbonara', 'salteado de tofu', 'shakshuka', 'burritos de alubias', 'ragú de ternera', 'curry de garbanzos'],
  fr: ['dal de lentilles', 'poulet rôti sur plaque', 'bol saumon-riz', 'chili végétarien', 'pâtes carbonara', 'tofu sauté au wok', 'chakchouka', 'burritos aux haricots', 'ragoût de bœuf', 'curry de pois chiches'],
};

const SESSIONS: ByLang<string[]> = {
  en: ['intervals', 'easy run', 'weights', 'yoga', 'swim', 'climbing'],
  fr: ['fractionné', 'footing', 'muscu', 'yoga', 'natation', 'escalade'],
  de: ['Intervalllauf', 'lockerer Lauf', 'Krafttraining', 'Yoga', 'Schwimmen', 'Bouldern'],
  es: ['series', 'rodaje suave', 'pesas', 'yoga', 'natación', 'escalada'],
};
const DAYS: ByLang<string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  fr: ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  de: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
  es: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
};
const WORKOUT_CHAT = {
  u1: { en: 'hey! can you help me sort out my training week? work is mad so time is tight', fr: "salut ! tu peux m'aider à organiser ma semaine d'entraînement ? le boulot me prend tout mon temps", de: 'hey! kannst du mir helfen, meine Trainingswoche zu sortieren? die Arbeit frisst gerade alles', es: '¡hola! ¿me ayudas a organizar mi semana de entreno? el trabajo me tiene loco y voy justo de tiempo' },
  a1: { en: 'Sure! How many minutes do you have each day, and which sessions are on the menu?', fr: 'Bien sûr ! Combien de minutes as-tu chaque jour, et quelles séances te tentent ?', de: 'Klar! Wie viele Minuten hast du pro Tag, und welche Einheiten kommen infrage?', es: '¡Claro! ¿Cuántos minutos tienes cada día y qué sesiones te apetecen?' },
  u2: { en: 'Free time: {days}. Sessions I like: {sessions}.', fr: 'Temps libre : {days}. Séances que j’aime : {sessions}.', de: 'Freie Zeit: {days}. Einheiten, die ich mag: {sessions}.', es: 'Tiempo libre: {days}. Sesiones que me gustan: {sessions}.' },
  a2: { en: 'Got it. How much does each one give you, and how wrecked does it leave you? A rough score is enough.', fr: "D'accord. Qu'est-ce que chacune t'apporte, et à quel point elle te fatigue ? Une note approximative suffit.", de: 'Okay. Was bringt dir jede Einheit, und wie platt macht sie dich? Grobe Werte reichen.', es: 'Vale. ¿Cuánto te aporta cada una y cuánto te cansa? Con una nota aproximada basta.' },
  u3: {
    en: "Roughly (what it gives me / how tired): {scores}. Over the week I can take about {F} tiredness points, and I don't want two sessions with tiredness 3 on back-to-back days. One session a day max. So what goes on which day?",
    fr: 'À peu près (ce que ça m’apporte / fatigue) : {scores}. Sur la semaine je supporte environ {F} points de fatigue, et pas deux séances à fatigue 3 deux jours de suite. Une séance par jour maximum. Alors, je mets quoi quel jour ?',
    de: 'Ungefähr (was es bringt / wie müde): {scores}. Über die Woche verkrafte ich etwa {F} Müdigkeitspunkte, und keine zwei Einheiten mit Müdigkeit 3 an aufeinanderfolgenden Tagen. Höchstens eine Einheit pro Tag. Also, was kommt auf welchen Tag?',
    es: 'Más o menos (lo que me aporta / cansancio): {scores}. En la semana aguanto unos {F} puntos de cansancio, y nada de dos sesiones con cansancio 3 en días seguidos. Como mucho una sesión al día. Entonces, ¿qué pongo cada día?',
  },
} satisfies Record<string, ByLang<string>>;

const PLAYER_NAMES: ByLang<{ first: string[]; last: string[] }> = {
  en: { first: ['Jaylen', 'Marcus', 'Tyrese', 'Caleb', 'Devin', 'Andre', 'Miles', 'Isaiah'], last: ['Brooks', 'Carter', 'Hayes', 'Whitfield', 'Okoye', 'Simmons', 'Grant', 'Reyes'] },
  es: { first: ['Álvaro', 'Dani', 'Sergio', 'Nico', 'Marc', 'Hugo', 'Iván', 'Pau'], last: ['Ruiz', 'Abalde', 'Brizuela', 'Díaz', 'Saiz', 'Pradilla', 'Vives', 'Moreno'] },
  pt: { first: ['Lucas', 'Gabriel', 'Mateus', 'Rafael', 'Bruno', 'Caio', 'Thiago', 'Vitor'], last: ['Silva', 'Benite', 'Cafferata', 'Gomes', 'Teixeira', 'Yago', 'Marcelinho', 'Souza'] },
  fr: { first: ['Théo', 'Nolan', 'Mathis', 'Killian', 'Yanis', 'Enzo', 'Hugo', 'Sékou'], last: ['Maledon', 'Lessort', 'Cordinier', 'Diallo', 'Traoré', 'Bertrand', 'Ntilikina', 'Michineau'] },
};

const utilityBased: Family[] = [
  {
    id: 'we-ub-weeknight-dinners', label: 'utility_based', difficulty: 'medium', variants: 4,
    rationale: 'Five dinners are chosen from scored recipes under a budget, a time cap and a protein floor, with explicit weights on kids, own taste and money, so it is a weighted selection under constraints.',
    make: (rng, i) => {
      const lang = langAt(['de', 'es', 'fr', 'en'], i);
      const names = byLang(lang, RECIPES);
      const pool = rng.sample(names, rng.int(7, 10)).map((name) => ({
        name, cost_eur: rng.int(45, 180) / 10, minutes: rng.pick([15, 20, 25, 30, 35, 45, 60, 90]),
        protein_g: rng.int(12, 45), kids: rng.int(1, 5), me: rng.int(2, 5),
      }));
      const B = rng.int(38, 60);
      const M = rng.pick([25, 30, 35]);
      const P = rng.int(22, 32);
      const messages: ChatMessage[] = [
        sys(t(lang, { en: "Family meal assistant with access to the household's recipe box.", de: 'Familien-Essensassistent mit Zugriff auf die Rezeptsammlung des Haushalts.', es: 'Asistente de comidas familiares con acceso al recetario de la casa.', fr: 'Assistant repas familial avec accès au carnet de recettes du foyer.' })),
        user(tf(lang, {
          en: "Sort out our dinners Mon–Fri. Total budget €{B}, weeknights max {M} min of cooking except one evening that can be longer, and on average at least {P} g protein per portion. What the kids think counts twice as much as my rating, and every euro saved is worth about one rating point to me. No dish twice.",
          de: 'Stell bitte unsere Abendessen für Mo–Fr zusammen. Budget insgesamt {B} €, unter der Woche höchstens {M} Minuten Kochzeit, ein Abend darf länger dauern, und im Schnitt mindestens {P} g Eiweiß pro Portion. Was die Kinder sagen, zählt doppelt so viel wie meine Bewertung, und jeder gesparte Euro ist mir etwa einen Bewertungspunkt wert. Kein Gericht doppelt.',
          es: 'Organízame las cenas de lunes a viernes. Presupuesto total {B} €, entre semana como mucho {M} min de cocina salvo una noche que puede ser más larga, y de media al menos {P} g de proteína por ración. Lo que opinan los niños cuenta el doble que mi nota, y cada euro ahorrado me vale más o menos un punto de nota. Ningún plato repetido.',
          fr: "Organise nos dîners du lundi au vendredi. Budget total {B} €, en semaine {M} min de cuisine maximum sauf un soir qui peut être plus long, et en moyenne au moins {P} g de protéines par portion. L'avis des enfants compte deux fois plus que ma note, et chaque euro économisé vaut à peu près un point de note pour moi. Pas deux fois le même plat.",
        }, { B, M, P })),
      ];
      exchange(rng, messages, 'search_recipes', { servings: 4, max_minutes: 90 }, { recipes: pool });
      return {
        lang, messages, max_tokens: 300,
        tools: [tool('search_recipes', "Search the household's saved recipes.", { servings: int, max_minutes: int })],
        response_format: jsonSchema('week_dinners', { dinners: list(obj({ day: str, recipe: str })), total_cost_eur: num }),
      };
    },
  },
  {
    id: 'we-ub-flight-picker', label: 'utility_based', difficulty: 'easy', variants: 4,
    rationale: 'Each flight option has a price, duration, stops and awkward hours, and the traveller gives a money value for each, so the pick is the option with the lowest combined cost.',
    make: (rng, i) => {
      const lang = langAt(['ja', 'zh', 'pt', 'en'], i);
      const cfg = byLang(lang, {
        ja: { base: [60000, 120000], v: 3000, s: 8000, r: 10000, route: '羽田→シンガポール', fmt: '{L}: {price}円 / 所要 {h}時間{m}分 / {stops} / {dep}発 → {arr}着', stops: ['直行便', '乗継1回', '乗継2回'] },
        zh: { base: [2000, 5000], v: 150, s: 400, r: 500, route: '上海→曼谷', fmt: '{L}: ¥{price} / 全程 {h}小时{m}分 / {stops} / {dep} 起飞 → {arr} 到达', stops: ['直飞', '经停1次', '经停2次'] },
        pt: { base: [3000, 7000], v: 80, s: 250, r: 300, route: 'São Paulo→Lisboa', fmt: '{L}: R$ {price} · {h}h{m} · {stops} · sai {dep} → chega {arr}', stops: ['direto', '1 escala', '2 escalas'] },
        en: { base: [90, 300], v: 15, s: 40, r: 50, route: 'London→Athens', fmt: '{L}: £{price} · {h}h{m} · {stops} · dep {dep} → arr {arr}', stops: ['direct', '1 stop', '2 stops'] },
      });
      const direct = rng.int(3, 13) * 60 + rng.pick([0, 10, 25, 40, 55]);
      const base = rng.int(cfg.base[0]!, cfg.base[1]!);
      const stopsList = rng.sample([0, 0, 1, 1, 2], 4);
      const sep = lang === 'pt' ? '.' : ',';
      const lines = ['A', 'B', 'C', 'D'].map((L, k) => {
        const stops = stopsList[k]!;
        const dur = direct + (stops === 0 ? 0 : stops === 1 ? rng.int(90, 360) : rng.int(300, 600));
        const price = Math.round(base * (stops === 0 ? rng.int(100, 140) : stops === 1 ? rng.int(65, 100) : rng.int(50, 80)) / 100);
        const dep = rng.pick([5, 6, 8, 10, 13, 16, 19, 22]) * 60 + rng.pick([0, 15, 30, 45]);
        return fill(cfg.fmt, { L, price: String(price).replace(/\B(?=(\d{3})+(?!\d))/g, sep), h: Math.floor(dur / 60), m: pad(dur % 60), stops: cfg.stops[stops]!, dep: hm(dep), arr: hm(dep + dur) });
      });
      return {
        lang,
        messages: [
          sys(tf(lang, {
            en: "Flight picker. The traveller's values: each hour of travel time is worth £{v}, each stop costs £{s}, a departure before 07:00 or an arrival after 23:00 costs £{r}. Price counts as is. Reply with the option letter only.",
            ja: '航空券の選択。旅行者の価値観：移動時間は1時間あたり{v}円、乗り継ぎ1回ごとに{s}円、07:00前の出発または23:00以降の到着は{r}円の負担に相当。運賃はそのまま数える。選択肢の記号だけを答えてください。',
            zh: '机票选择。旅客的衡量标准：每小时旅行时间折合 {v} 元，每经停一次折合 {s} 元，07:00 前出发或 23:00 后到达折合 {r} 元。票价按实际计算。只回答选项字母。',
            pt: 'Seletor de voos. Valores do viajante: cada hora de viagem vale R$ {v}, cada escala custa R$ {s}, partida antes das 07:00 ou chegada depois das 23:00 custa R$ {r}. O preço conta como está. Responda só com a letra da opção.',
          }, { v: cfg.v, s: cfg.s, r: cfg.r })),
          user(`${cfg.route}\n${lines.join('\n')}`),
        ],
        response_format: jsonSchema('pick', { option: oneOf('A', 'B', 'C', 'D') }),
        max_tokens: 12, temperature: 0,
      };
    },
  },
  {
    id: 'we-ub-training-week-chat', label: 'utility_based', difficulty: 'medium', variants: 4,
    rationale: 'Sessions with benefit and tiredness scores must be spread over days with limited minutes and a weekly tiredness budget, an allocation that gets the most out of the week.',
    make: (rng, i) => {
      const lang = langAt(['fr', 'de', 'es', 'en'], i);
      const days = byLang(lang, DAYS);
      const sess = byLang(lang, SESSIONS);
      const mins = [40, 45, 60, 30, 45, 90];
      const free = days.map((d) => `${d} ${rng.pick([0, 30, 45, 60, 60, 90, 120])}′`).join(', ');
      const picked = rng.sample([0, 1, 2, 3, 4, 5], rng.int(4, 6));
      const sessions = picked.map((k) => `${sess[k]!} (${mins[k]!}′)`).join(', ');
      const scores = picked.map((k) => `${sess[k]!} ${rng.int(3, 9)}/${k === 3 ? 0 : rng.int(1, 3)}`).join(', ');
      const F = rng.int(7, 12);
      const messages: ChatMessage[] = [];
      if (i % 2 === 0) messages.push(sys(t(lang, { en: 'You are a friendly fitness coach in a chat app.', fr: 'Tu es un coach sportif sympa dans une appli de messagerie.', de: 'Du bist ein freundlicher Fitnesscoach in einer Chat-App.', es: 'Eres un entrenador simpático en una app de mensajería.' })));
      messages.push(
        user(t(lang, WORKOUT_CHAT.u1)), say(t(lang, WORKOUT_CHAT.a1)),
        user(tf(lang, WORKOUT_CHAT.u2, { days: free, sessions })), say(t(lang, WORKOUT_CHAT.a2)),
        user(tf(lang, WORKOUT_CHAT.u3, { scores, F })),
      );
      return { lang, messages, max_tokens: 350 };
    },
  },
  {
    id: 'we-ub-fantasy-five', label: 'utility_based', difficulty: 'medium', variants: 4,
    rationale: 'A five-player lineup must be chosen from priced players with projections and injury doubts under a salary cap and position slots, a constrained selection for the highest expected score.',
    make: (rng, i) => {
      const lang = langAt(['es', 'pt', 'en', 'fr'], i);
      const N = byLang(lang, PLAYER_NAMES);
      const used = new Set<string>();
      const pool = (['G', 'G', 'G', 'G', 'G', 'F', 'F', 'F', 'F', 'C', 'C', 'C'] as const).map((pos) => {
        let name = '';
        do name = `${rng.pick(N.first)} ${rng.pick(N.last)}`; while (used.has(name));
        used.add(name);
        const price = rng.int(40, 160) / 10;
        return { name, pos, price_m: price, projected: Math.round(price * 2.6 + rng.int(-8, 8)), status: rng.chance(0.25) ? 'questionable' : 'ok' };
      });
      const round = rng.int(3, 30);
      const cap = rng.int(45, 55);
      const q = rng.pick([5, 8, 10]);
      const messages: ChatMessage[] = [
        sys(t(lang, { en: 'Fantasy sports assistant. Use the tools to read the player pool and submit lineups.', es: 'Asistente de ligas fantasy. Usa las herramientas para consultar los jugadores y enviar alineaciones.', pt: 'Assistente de fantasy. Use as ferramentas para consultar os jogadores e enviar escalações.', fr: 'Assistant de fantasy sport. Utilise les outils pour consulter les joueurs et envoyer les compositions.' })),
        user(tf(lang, {
          en: "Round {r} of the fantasy hoops league. Salary cap {cap}M: I need 2 G, 2 F and 1 C. I won't gamble on questionable players unless they project at least {q} points more than the alternative. Put the five together and submit it.",
          es: 'Jornada {r} de la liga fantasy de basket. Tope salarial {cap} M: necesito 2 G, 2 F y 1 C. Con los dudosos no me la juego salvo que proyecten al menos {q} puntos más que la alternativa. Arma el quinteto y mándalo.',
          pt: 'Rodada {r} do fantasy de basquete. Teto salarial de {cap} mi: preciso de 2 G, 2 F e 1 C. Jogador em dúvida só entra se projetar pelo menos {q} pontos a mais que a alternativa. Monta o quinteto e envia.',
          fr: 'Journée {r} de la ligue fantasy de basket. Plafond salarial {cap} M : il me faut 2 G, 2 F et 1 C. Pas de pari sur les joueurs incertains, sauf s’ils projettent au moins {q} points de plus que l’alternative. Compose le cinq et envoie-le.',
        }, { r: round, cap, q })),
      ];
      exchange(rng, messages, 'get_player_pool', { round }, { round, players: rng.sample(pool, pool.length) });
      return {
        lang, messages, tool_choice: 'auto',
        tools: [
          tool('get_player_pool', 'Players available this round with price (millions), projected points and status.', { round: int }),
          tool('submit_lineup', 'Submit the lineup for the round.', { round: int, players: list(str) }),
        ],
      };
    },
  },
  {
    id: 'we-ub-night-appliances', label: 'utility_based', secondary: 'goal_based', difficulty: 'hard', variants: 4,
    rationale: 'Start times are chosen to keep the electricity bill low against a stated money value for dry laundry, under power, noise and deadline constraints; the hard deadlines add a goal-reaching reading.',
    make: (rng, i) => {
      const lang = langAt(['de', 'zh', 'fr', 'en'], i);
      const p = [rng.int(32, 45), rng.int(24, 33), rng.int(12, 20), rng.int(20, 28)];
      const bands = `18–21 h: ${p[0]!} · 21–00 h: ${p[1]!} · 00–05 h: ${p[2]!} · 05–08 h: ${p[3]!}`;
      const vars = { bands, cap: rng.pick([9, 10, 11, 12]), carby: hm(rng.pick([6, 7, 7.5]) * 60), w: rng.pick([30, 60, 100, 150]) };
      return {
        lang,
        messages: [
          sys(t(lang, { en: 'Home energy assistant. Give start times as HH:MM.', de: 'Energie-Assistent fürs Zuhause. Startzeiten als HH:MM angeben.', zh: '家庭能源助手。启动时间用 HH:MM 表示。', fr: "Assistant énergie de la maison. Donne les heures de démarrage au format HH:MM." })),
          user(tf(lang, {
            en: "Tonight's electricity prices (ct/kWh): {bands}. Connection limit {cap} kW at once.\nNeeds to run:\n- washing machine: 2 h, 2.0 kW, spins in the last 15 min — no spinning between 22:00 and 07:00 (neighbours)\n- dryer: 1.5 h, 2.5 kW, only after the washer is done\n- dishwasher: 3 h, 1.8 kW\n- car: 4 h at 7 kW, must be full by {carby}\nI'd pay about {w} ct extra to have the laundry dry before I go to bed at 23:00. Start times?",
            de: 'Strompreise heute Nacht (ct/kWh): {bands}. Hausanschluss max. {cap} kW gleichzeitig.\nLaufen muss:\n- Waschmaschine: 2 h, 2,0 kW, schleudert in den letzten 15 Min. – kein Schleudern zwischen 22:00 und 07:00 (Nachbarn)\n- Trockner: 1,5 h, 2,5 kW, erst wenn die Waschmaschine fertig ist\n- Spülmaschine: 3 h, 1,8 kW\n- Auto: 4 h mit 7 kW, muss bis {carby} voll sein\nMir wären etwa {w} ct extra wert, dass die Wäsche trocken ist, bevor ich um 23:00 ins Bett gehe. Startzeiten?',
            zh: '今晚电价（分/千瓦时）：{bands}。家里同时用电上限 {cap} kW。\n要运行的：\n- 洗衣机：2 小时，2.0 kW，最后 15 分钟脱水——22:00 到 07:00 之间不能脱水（邻居）\n- 烘干机：1.5 小时，2.5 kW，必须等洗衣机结束后\n- 洗碗机：3 小时，1.8 kW\n- 电动车：7 kW 充 4 小时，{carby} 前必须充满\n如果衣服能在我 23:00 睡觉前烘干，我愿意多付大约 {w} 分。各自几点启动？',
            fr: "Prix de l'électricité cette nuit (ct/kWh) : {bands}. Limite de l'abonnement : {cap} kW en même temps.\nÀ faire tourner :\n- lave-linge : 2 h, 2,0 kW, essorage dans les 15 dernières min — pas d'essorage entre 22:00 et 07:00 (voisins)\n- sèche-linge : 1,5 h, 2,5 kW, seulement après le lave-linge\n- lave-vaisselle : 3 h, 1,8 kW\n- voiture : 4 h à 7 kW, pleine avant {carby}\nJe paierais environ {w} ct de plus pour que le linge soit sec avant d'aller me coucher à 23:00. Heures de démarrage ?",
          }, vars)),
        ],
        response_format: jsonSchema('night_schedule', { washer: str, dryer: str, dishwasher: str, car: str, est_cost_eur: num }),
        max_tokens: 200,
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// learning
// ---------------------------------------------------------------------------------------------

const CHILI = {
  u1: { en: "ok, chili saga, bear with me. First time: {a} tsp {sp} for {n} of us. Kids fine, but honestly it tasted of nothing.", es: 'vale, la saga del chili, ten paciencia. Primera vez: {a} cdta. de {sp} para {n}. A los niños bien, pero la verdad es que no sabía a nada.', fr: "bon, la saga du chili, accroche-toi. Première fois : {a} c. à café de {sp} pour {n}. Les enfants ok, mais franchement ça n'avait aucun goût.", de: 'okay, die Chili-Saga, hab Geduld. Erstes Mal: {a} TL {sp} für {n} Leute. Für die Kinder okay, aber ehrlich gesagt hat es nach nichts geschmeckt.' },
  a1: { en: 'Ha, the classic. What happened the next time?', es: 'Un clásico. ¿Y la siguiente vez?', fr: "Grand classique. Et la fois d'après ?", de: 'Der Klassiker. Und beim nächsten Mal?' },
  u2: { en: 'Second go: {b} tsp for {n2}. My partner loved it, the kids managed three bites and then begged for milk.', es: 'Segundo intento: {b} cdta. para {n2}. A mi pareja le encantó; los niños comieron tres cucharadas y pidieron leche a gritos.', fr: 'Deuxième essai : {b} c. à café pour {n2}. Mon conjoint a adoré, les enfants ont pris trois bouchées et ont réclamé du lait.', de: 'Zweiter Versuch: {b} TL für {n2}. Mein Partner fand’s super, die Kinder haben drei Bissen geschafft und dann nach Milch gebettelt.' },
  a2: { en: 'Ouch. And after that?', es: 'Uf. ¿Y después?', fr: 'Aïe. Et ensuite ?', de: 'Autsch. Und danach?' },
  u3: { en: "Third time: {b} tsp again, but I took the kids' portions out before adding the last {c} tsp and put sour cream on the table. Clean plates all round.", es: 'Tercera vez: otra vez {b} cdta., pero separé las raciones de los niños antes de añadir el resto ({c} cdta.) y puse nata agria en la mesa. Platos limpios, todos contentos.', fr: "Troisième fois : encore {b} c. à café, mais j'ai mis de côté les portions des enfants avant d'ajouter le reste ({c} c. à café) et j'ai posé de la crème aigre sur la table. Assiettes vides, tout le monde content.", de: 'Drittes Mal: wieder {b} TL, aber ich habe die Kinderportionen rausgenommen, bevor der Rest ({c} TL) reinkam, und saure Sahne auf den Tisch gestellt. Alle Teller leer.' },
  a3: { en: 'Sounds like that one worked.', es: 'Pues parece que funcionó.', fr: 'Ça a l’air d’avoir marché.', de: 'Klingt, als hätte das geklappt.' },
  u4: { en: "Tonight it's {N} people: {k} kids, me, my partner and my in-laws who 'don't do spicy'. How much {sp}, and how do I serve it?", es: 'Esta noche somos {N}: {k} niños, mi pareja, yo y mis suegros, que «no toleran el picante». ¿Qué cantidad de {sp} pongo y cómo lo sirvo?', fr: 'Ce soir on est {N} : {k} enfants, mon conjoint, moi et mes beaux-parents qui « ne supportent pas le piquant ». Combien de {sp}, et comment je sers ?', de: 'Heute Abend sind wir {N}: {k} Kinder, mein Partner, ich und meine Schwiegereltern, die „nichts Scharfes vertragen“. Wie viel {sp}, und wie serviere ich es?' },
} satisfies Record<string, ByLang<string>>;

const BAKE = {
  head: { en: 'Date | Kitchen temp | Hydration | Bulk | Result', ja: '日付 | 室温 | 加水率 | 一次発酵 | 結果', de: 'Datum | Raumtemp. | Hydration | Stockgare | Ergebnis', pt: 'Data | Temp. ambiente | Hidratação | 1ª fermentação | Resultado' },
  over: { en: 'over-proofed, spread flat, sour', ja: '過発酵、だれて平ら、酸っぱい', de: 'übergärt, breitgelaufen, sauer', pt: 'passou do ponto, espalhou, azedo' },
  under: { en: 'dense and heavy, tight crumb', ja: '目が詰まって重い', de: 'dicht und schwer, feste Krume', pt: 'denso e pesado, miolo fechado' },
  good: { en: 'great, open crumb', ja: '最高！気泡が大きくてふんわり', de: 'super, offene Krume', pt: 'ótimo, miolo aberto' },
  ask: {
    en: 'My sourdough notebook, 20% starter and 2% salt every time.\n{table}\n\nToday the kitchen is at {T} °C, {h}% hydration. How long should bulk go?',
    ja: 'サワードウの記録です。スターター20%、塩2%は毎回同じ。\n{table}\n\n今日は室温{T}℃、加水率{h}%で焼きます。一次発酵は何分にすればいい？',
    de: 'Mein Sauerteig-Logbuch, Anstellgut 20 % und Salz 2 % immer gleich.\n{table}\n\nHeute hat die Küche {T} °C, Hydration {h} %. Wie lange soll die Stockgare gehen?',
    pt: 'Meu caderno de fermentação natural; levain 20% e sal 2% sempre iguais.\n{table}\n\nHoje a cozinha está a {T} °C, hidratação {h}%. Quanto tempo de primeira fermentação?',
  },
} satisfies Record<string, ByLang<string>>;

const PLANTS: ByLang<{ plants: string[]; spots: string[]; outcomes: string[]; months: string[] }> = {
  zh: { plants: ['琴叶榕', '龟背竹', '竹芋'], spots: ['朝南的窗边', '客厅角落', '浴室里'], outcomes: ['下面的叶子发黄，土一直是湿的', '叶子边缘变褐发脆', '长出一片新叶', '叶子耷拉，浇水后第二天恢复', '土里出现很多小飞虫'], months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'] },
  fr: { plants: ['figuier lyre', 'monstera', 'calathea'], spots: ['près de la fenêtre plein sud', 'dans un coin du salon', 'dans la salle de bain'], outcomes: ['feuilles du bas jaunes, terre toujours humide', 'bords des feuilles bruns et secs', "une nouvelle feuille s'est déroulée", "feuilles tombantes, redressées le lendemain de l'arrosage", 'plein de moucherons dans le terreau'], months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] },
  en: { plants: ['fiddle-leaf fig', 'monstera', 'calathea'], spots: ['by the south window', 'in the living-room corner', 'in the bathroom'], outcomes: ['lower leaves yellowing, soil stayed wet', 'crispy brown leaf edges', 'new leaf unfurled', 'drooping, perked up the day after watering', 'lots of fungus gnats in the soil'], months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] },
  es: { plants: ['ficus lyrata', 'monstera', 'calathea'], spots: ['junto a la ventana al sur', 'en un rincón del salón', 'en el baño'], outcomes: ['hojas de abajo amarillas, tierra siempre húmeda', 'bordes de las hojas marrones y secos', 'salió una hoja nueva', 'hojas caídas, se recuperaron al día siguiente de regar', 'muchas mosquitas en la tierra'], months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] },
};

const RPS = ['rock', 'paper', 'scissors'] as const;
type Throw = (typeof RPS)[number];
const beats = (x: Throw): Throw => (x === 'rock' ? 'paper' : x === 'paper' ? 'scissors' : 'rock');
const outcome = (me: Throw, them: Throw): 'win' | 'lose' | 'draw' => (me === them ? 'draw' : beats(them) === me ? 'win' : 'lose');
const RPS_TEXT = {
  line: { en: 'Round {k}: me {m}, bot {o} → {r}', ja: '第{k}回：自分 {m}、相手 {o} → {r}', zh: '第{k}局：我 {m}，对手 {o} → {r}', de: 'Runde {k}: ich {m}, Bot {o} → {r}' },
  win: { en: 'win', ja: '勝ち', zh: '赢', de: 'gewonnen' },
  lose: { en: 'loss', ja: '負け', zh: '输', de: 'verloren' },
  draw: { en: 'draw', ja: 'あいこ', zh: '平', de: 'unentschieden' },
  reply: { en: 'bot: {o} → {r}', ja: '相手：{o} → {r}', zh: '对手：{o} → {r}', de: 'Bot: {o} → {r}' },
  next: { en: 'Round {k}?', ja: '第{k}回、どうする？', zh: '第{k}局出什么？', de: 'Runde {k}?' },
} satisfies Record<string, ByLang<string>>;

const FISH: ByLang<{ spots: string[]; baits: string[]; dirs: string[]; tides: string[] }> = {
  pt: { spots: ['Pontão do Molhe', 'Praia da Barra', 'Pedra do Sal'], baits: ['camarão', 'minhoca-da-praia', 'tiras de sardinha', 'isca artificial'], dirs: ['norte', 'sul', 'leste', 'oeste'], tides: ['enchendo', 'vazando', 'cheia'] },
  es: { spots: ['Espigón Norte', 'Cala Fonda', 'Roca del Faro'], baits: ['gamba', 'gusana', 'tiras de sardina', 'vinilo'], dirs: ['norte', 'sur', 'este', 'oeste'], tides: ['marea subiendo', 'marea bajando', 'pleamar'] },
  en: { spots: ['North Jetty', 'Pebble Cove', 'Lighthouse Rocks'], baits: ['shrimp', 'lugworm', 'sardine strips', 'soft lure'], dirs: ['north', 'south', 'east', 'west'], tides: ['rising', 'falling', 'high slack'] },
  ja: { spots: ['北防波堤', '小石浜', '灯台下の磯'], baits: ['エビ', 'イソメ', 'イワシの切り身', 'ワーム'], dirs: ['北', '南', '東', '西'], tides: ['上げ潮', '下げ潮', '満潮の潮止まり'] },
};

const learning: Family[] = [
  {
    id: 'we-le-chili-heat-story', label: 'learning', difficulty: 'medium', variants: 4,
    rationale: "The answer for tonight's crowd must be drawn from how the earlier cooking attempts went (amounts and everyone's reactions) and carried over to a new group.",
    make: (rng, i) => {
      const lang = langAt(['es', 'fr', 'de', 'en'], i);
      const sp = rng.pick(byLang(lang, {
        en: ['cayenne', 'chipotle powder', 'chili flakes'], es: ['cayena', 'chipotle en polvo', 'copos de chile'],
        fr: ['piment de Cayenne', 'chipotle en poudre', 'flocons de piment'], de: ['Cayennepfeffer', 'Chipotle-Pulver', 'Chiliflocken'],
      }));
      const a = rng.pick([0.5, 0.75, 1]);
      const n = rng.int(3, 5);
      const vars = { sp, a: dec(lang, a), b: dec(lang, a * 2), c: dec(lang, a), n, n2: n + rng.int(0, 2), N: rng.int(7, 10), k: rng.int(2, 4) };
      const full = [
        user(tf(lang, CHILI.u1, vars)), say(t(lang, CHILI.a1)), user(tf(lang, CHILI.u2, vars)), say(t(lang, CHILI.a2)),
        user(tf(lang, CHILI.u3, vars)), say(t(lang, CHILI.a3)), user(tf(lang, CHILI.u4, vars)),
      ];
      const messages: ChatMessage[] = i % 2 === 0 ? full
        : [user([CHILI.u1, CHILI.u2, CHILI.u3, CHILI.u4].map((x) => tf(lang, x, vars)).join('\n'))];
      return { lang, messages, max_tokens: 250, temperature: 0.7 };
    },
  },
  {
    id: 'we-le-sourdough-notebook', label: 'learning', difficulty: 'medium', variants: 4,
    rationale: 'The right bulk time at a new kitchen temperature has to be inferred from earlier bakes and how each turned out, then applied to a case not in the notebook.',
    make: (rng, i) => {
      const lang = langAt(['ja', 'de', 'pt', 'en'], i);
      const ideal = (T: number): number => 300 * 2 ** ((24 - T) / 6);
      const temps = rng.sample([18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28], rng.int(4, 7));
      let day = rng.int(0, 20);
      const fmtDur = (m: number): string => `${Math.floor(m / 60)}h${pad(Math.round(m % 60))}`;
      const rows = temps.map((T, k) => {
        const f = rng.pick([0.7, 0.8, 0.95, 1, 1.05, 1.2, 1.35]);
        const bulk = Math.round((ideal(T) * f) / 15) * 15;
        const res = f > 1.15 ? BAKE.over : f < 0.85 ? BAKE.under : BAKE.good;
        day += rng.int(6, 30);
        return `${pad(1 + (day % 28))}/${pad(1 + Math.floor(day / 28) % 12)} | ${T} °C | ${rng.int(70, 80)}% | ${fmtDur(bulk)} | ${t(lang, res)}`;
      });
      let T = rng.int(17, 29);
      while (temps.includes(T)) T = T >= 29 ? 17 : T + 1;
      return {
        lang,
        messages: [
          sys(t(lang, { en: 'Home baking assistant. Answer in JSON.', ja: '家庭のパン作りアシスタント。JSONで答えてください。', de: 'Assistent fürs Brotbacken zu Hause. Antworte im JSON-Format.', pt: 'Assistente de panificação caseira. Responda em JSON.' })),
          user(tf(lang, BAKE.ask, { table: [t(lang, BAKE.head), ...rows].join('\n'), T, h: rng.int(70, 80) })),
        ],
        response_format: jsonSchema('bulk_plan', { bulk_minutes: int, reason: str }),
        max_tokens: 120,
      };
    },
  },
  {
    id: 'we-le-houseplant-journal', label: 'learning', difficulty: 'medium', variants: 4,
    rationale: "This week's watering has to come from what the retrieved journal shows about past amounts, seasons and how the plant reacted, generalised to the current month and spot.",
    make: (rng, i) => {
      const lang = langAt(['zh', 'fr', 'en', 'es'], i);
      const P = byLang(lang, PLANTS);
      const k = rng.int(0, 2);
      const plant = P.plants[k]!;
      const entries = Array.from({ length: rng.int(4, 7) }, () => {
        const month = rng.int(0, 11);
        const summer = month >= 4 && month <= 8;
        const ml = rng.pick([150, 200, 250, 300, 400, 500]);
        const days = rng.pick([4, 5, 7, 10, 14]);
        const weekly = (ml * 7) / days;
        const target = summer ? 450 : 220;
        const o = weekly > target * 1.5 ? rng.pick([0, 4]) : weekly < target * 0.6 ? rng.pick([1, 3]) : 2;
        return { month: P.months[month]!, spot: rng.pick(P.spots), ml_per_watering: ml, every_days: days, outcome: P.outcomes[o]! };
      });
      const now = rng.int(0, 11);
      const ask = tf(lang, {
        zh: '我的{plant}现在放在{spot}，已经{month}了。这周该浇多少水、隔几天浇一次？先看看我之前的养护日记。',
        fr: "Mon {plant} est maintenant {spot}, on est en {month}. Combien d'eau et tous les combien cette semaine ? Regarde d'abord mon carnet d'entretien.",
        en: 'My {plant} is {spot} now and it’s {month}. How much water and how often this week? Check my care journal first.',
        es: 'Mi {plant} está ahora {spot} y estamos en {month}. ¿Cuánta agua y cada cuánto esta semana? Mira primero mi diario de cuidados.',
      }, { plant, spot: rng.pick(P.spots), month: P.months[now]! });
      const messages: ChatMessage[] = [
        sys(t(lang, { en: 'Plant-care assistant in a gardening app. You can read the user’s care journal.', zh: '园艺 App 里的植物养护助手，可以读取用户的养护日记。', fr: "Assistant d'entretien des plantes dans une appli de jardinage. Tu peux lire le carnet de l'utilisateur.", es: 'Asistente de cuidado de plantas en una app de jardinería. Puedes leer el diario del usuario.' })),
        user(ask),
      ];
      exchange(rng, messages, 'get_plant_journal', { plant, limit: 20 }, { plant, entries });
      return {
        lang, messages, max_tokens: 200,
        tools: [tool('get_plant_journal', "Read the user's journal entries for one plant.", { plant: str, limit: int })],
      };
    },
  },
  {
    id: 'we-le-rps-opponent', label: 'learning', secondary: 'model_based_reflex', difficulty: 'hard', variants: 4,
    rationale: "The next throw should exploit the opponent's habits revealed by the earlier rounds and their results; it can also be read as tracking a hidden opponent state.",
    make: (rng, i) => {
      const lang = langAt(['en', 'ja', 'zh', 'de'], i);
      const style = rng.pick(['beat-last', 'cycle', 'copy'] as const);
      const rounds = rng.int(6, 12);
      let mine: Throw = rng.pick(RPS);
      let theirs: Throw = rng.pick(RPS);
      const history: [Throw, Throw][] = [];
      for (let k = 0; k < rounds; k++) {
        if (k > 0) {
          const prevMe = history[k - 1]![0];
          const prevThem = history[k - 1]![1];
          theirs = rng.chance(0.15) ? rng.pick(RPS) : style === 'beat-last' ? beats(prevMe) : style === 'cycle' ? beats(prevThem) : prevMe;
          mine = rng.pick(RPS);
        }
        history.push([mine, theirs]);
      }
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'Rock-paper-scissors against the same opponent bot, 30 rounds. Reply with one word: rock, paper or scissors.',
        ja: '同じ相手ボットとのじゃんけん（30回勝負）。rock、paper、scissors のどれか一語で答えて。',
        zh: '和同一个对手机器人玩石头剪刀布，共 30 局。只回答一个词：rock、paper 或 scissors。',
        de: 'Schere-Stein-Papier gegen denselben Bot, 30 Runden. Antworte mit einem Wort: rock, paper oder scissors.',
      }))];
      if (lang === 'ja' || lang === 'zh') {
        messages.push(user(tf(lang, RPS_TEXT.next, { k: 1 })));
        history.forEach(([m, o], k) => {
          messages.push(say(m), user(`${tf(lang, RPS_TEXT.reply, { o, r: t(lang, RPS_TEXT[outcome(m, o)]) })}\n${tf(lang, RPS_TEXT.next, { k: k + 2 })}`));
        });
      } else {
        const log = history.map(([m, o], k) => tf(lang, RPS_TEXT.line, { k: k + 1, m, o, r: t(lang, RPS_TEXT[outcome(m, o)]) }));
        messages.push(user(`${log.join('\n')}\n\n${tf(lang, RPS_TEXT.next, { k: rounds + 1 })}`));
      }
      return { lang, messages, max_tokens: 3, temperature: 0 };
    },
  },
  {
    id: 'we-le-fishing-trip-memory', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 4,
    rationale: "Tomorrow's spot and bait are chosen by generalising from retrieved notes of earlier trips with their conditions and catches; weighing the options adds a utility reading.",
    make: (rng, i) => {
      const lang = langAt(['pt', 'es', 'en', 'ja'], i);
      const F = byLang(lang, FISH);
      const trips = Array.from({ length: rng.int(4, 8) }, (_, k) => {
        const wind = rng.int(5, 35);
        const tide = rng.int(0, 2);
        const spot = rng.int(0, 2);
        const bait = rng.int(0, 3);
        const good = (spot === 0 && tide === 0 && bait === 0) || (spot === 1 && wind < 15 && bait === 3) || (spot === 2 && wind > 20 && bait === 2);
        return {
          date: `2024-${pad(3 + ((k * 2) % 8))}-${pad(rng.int(1, 28))}`, spot: F.spots[spot]!, bait: F.baits[bait]!,
          wind_kmh: wind, wind_from: rng.pick(F.dirs), water_c: rng.int(14, 24), tide: F.tides[tide]!,
          catch: good ? rng.int(4, 11) : rng.int(0, 2),
        };
      });
      const vars = { wind: rng.int(5, 35), dir: rng.pick(F.dirs), w: rng.int(14, 24), tide: rng.pick(F.tides) };
      const messages: ChatMessage[] = [
        sys(t(lang, { en: "Fishing buddy assistant. You can search the user's saved trip notes.", pt: 'Assistente parceiro de pesca. Você pode buscar as anotações de pescarias salvas do usuário.', es: 'Asistente compañero de pesca. Puedes buscar las notas de salidas guardadas del usuario.', ja: '釣り仲間アシスタント。ユーザーが保存した釣行メモを検索できます。' })),
        user(tf(lang, {
          pt: 'Amanhã cedo vou pescar. Previsão: vento de {wind} km/h do {dir}, água a {w} °C, maré {tide}. Onde vou e com que isca?',
          es: 'Mañana temprano salgo a pescar. Previsión: viento de {wind} km/h del {dir}, agua a {w} °C, {tide}. ¿A qué sitio voy y con qué cebo?',
          en: 'Heading out fishing early tomorrow. Forecast: wind {wind} km/h from the {dir}, water {w} °C, {tide} tide. Which spot and which bait?',
          ja: '明日の早朝に釣りに行きます。予報：{dir}の風 {wind} km/h、水温 {w}℃、{tide}。どのポイントで、何のエサがいいですか？',
        }, vars)),
      ];
      exchange(rng, messages, 'search_memories', { query: 'fishing trips spot bait catch', limit: 10 }, { results: trips });
      return {
        lang, messages, max_tokens: 200,
        tools: [tool('search_memories', "Search the user's saved notes.", { query: str, limit: int })],
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// non-agentic (labelled with the closest type)
// ---------------------------------------------------------------------------------------------

const EN_RECIPES = [
  'Fluffy pancakes (makes 8)\n1 1/2 cups all-purpose flour\n3 1/2 tsp baking powder\n1 tbsp sugar\n1 1/4 cups milk\n1 egg\n3 tbsp melted butter\nWhisk the dry ingredients, make a well, pour in the milk, egg and butter, and mix until just smooth. Cook 1/4 cup per pancake on a medium-hot griddle until bubbles form, then flip.',
  'Banana bread\n3 ripe bananas, mashed\n1/3 cup melted butter\n3/4 cup brown sugar\n1 egg, beaten\n1 tsp vanilla\n1 tsp baking soda\n1 1/2 cups flour\nPinch of salt\nMix the butter into the bananas, then stir in the sugar, egg and vanilla. Sprinkle the soda and salt over, fold in the flour. Bake in a greased 4x8 inch loaf pan at 350°F for 55–60 minutes.',
  'Overnight oats\n1/2 cup rolled oats\n1/2 cup milk\n1/4 cup Greek yogurt\n1 tbsp chia seeds\n1 tsp maple syrup\nStir everything together in a jar, cover and refrigerate overnight. Top with berries in the morning.',
  'Roasted tomato soup\n2 lb ripe tomatoes, halved\n1 onion, quartered\n4 cloves garlic\n2 tbsp olive oil\n2 cups vegetable stock\nRoast the tomatoes, onion and garlic with the oil at 425°F for 35 minutes. Blend with the stock, season and simmer for 10 minutes.',
  'Guacamole\n3 ripe avocados\n1 lime, juiced\n1/2 tsp salt\n1/2 cup diced onion\n2 tbsp chopped cilantro\n1 jalapeño, minced\nMash the avocados with the lime juice and salt, then fold in the rest. Serve right away.',
];

const DIARY: ByLang<{ days: string[]; ask: string }> = {
  fr: {
    days: [
      "Jour 1 — Arrivée à Lisbonne sous la pluie, valise perdue à l'aéroport, récupérée le soir. Pastéis de nata à Belém pour se consoler.",
      'Jour 2 — Tram 28 bondé, on a fini à pied jusqu’au château São Jorge. Vue incroyable, mollets en feu.',
      'Jour 3 — Excursion à Sintra. Le palais de Pena était noyé dans le brouillard, mais la Quinta da Regaleira nous a bluffés.',
      'Jour 4 — Journée plage à Cascais, coup de soleil pour Léa. Dîner de sardines grillées au port.',
      "Jour 5 — Dernier café dans l'Alfama, azulejos achetés pour mamie, vol retour avec 2 h de retard.",
    ],
    ask: 'Résume ce carnet de voyage en 4 ou 5 puces pour le groupe WhatsApp de la famille :',
  },
  es: {
    days: [
      'Día 1 — Llegamos a Tokio muertos de sueño. Primer ramen en Shinjuku a medianoche.',
      'Día 2 — Templo Senso-ji por la mañana y Akihabara por la tarde; Pablo se gastó media maleta en figuras.',
      'Día 3 — Tren bala a Kioto. Fushimi Inari a las 7 de la mañana, casi sin gente.',
      'Día 4 — Nara: los ciervos nos robaron el mapa. Por la noche, tormenta y karaoke.',
      'Día 5 — Vuelta a Tokio, compras de última hora y vuelo nocturno a Madrid.',
    ],
    ask: 'Resume este diario de viaje en un párrafo corto para mi abuela:',
  },
  pt: {
    days: [
      'Dia 1 — Chegamos a Lençóis depois de 7 horas de ônibus. Pousada simples, mas com um café da manhã incrível.',
      'Dia 2 — Trilha até a Cachoeira do Sossego, 4 horas pulando pedras. Banho gelado no fim.',
      'Dia 3 — Morro do Pai Inácio no pôr do sol. A Ju torceu o tornozelo na descida.',
      'Dia 4 — Dia de descanso por causa do tornozelo: piscinas naturais do Ribeirão do Meio.',
      'Dia 5 — Gruta da Lapa Doce com guia e, à noite, forró na praça.',
    ],
    ask: 'Resume esse diário de viagem em 5 tópicos pro grupo da família:',
  },
  en: {
    days: [
      'Day 1 — Drove up from Glasgow, the midges at Loch Lomond were brutal. Tiny B&B in Crianlarich.',
      'Day 2 — Glencoe in sideways rain. Skipped the ridge walk, did the Lost Valley instead.',
      'Day 3 — Skye! Old Man of Storr at sunrise, sheep traffic jam on the way back.',
      'Day 4 — Flat tyre near Portree; the garage guy fixed it and sent us to a great seafood shack.',
      'Day 5 — Long drive home via Inverness, far too much tablet fudge.',
    ],
    ask: 'Can you summarise this trip diary into a few bullet points for the family chat?',
  },
};

const SAVINGS_CHAT = {
  u1: { en: 'honestly our grocery bill is getting out of hand', de: 'ehrlich gesagt läuft unsere Einkaufsrechnung gerade völlig aus dem Ruder', zh: '说实话，我们家买菜的开销越来越离谱了', es: 'la verdad es que la cuenta del súper se nos está yendo de las manos' },
  a1: { en: "It's been rough for a lot of people lately. What ends up in your basket most weeks?", de: 'Das geht gerade vielen so. Was landet bei euch meistens im Einkaufswagen?', zh: '最近很多人都有同感。你们每周一般都买些什么？', es: 'Les pasa a muchos últimamente. ¿Qué suele acabar en vuestro carro cada semana?' },
  u2: { en: 'the usual: lots of fresh fruit, meat a few times a week, snacks for the kids, coffee', de: 'das Übliche: viel frisches Obst, ein paar Mal pro Woche Fleisch, Snacks für die Kinder, Kaffee', zh: '就那些呗：很多新鲜水果，一周吃几次肉，给孩子买零食，还有咖啡', es: 'lo de siempre: mucha fruta fresca, carne un par de veces por semana, snacks para los niños, café' },
  a2: { en: "That's a pretty typical mix, and there's usually room to save without eating worse.", de: 'Eine ganz normale Mischung – da lässt sich meist sparen, ohne schlechter zu essen.', zh: '挺常见的组合，一般不用吃差也能省下一些。', es: 'Es una mezcla muy normal, y casi siempre se puede ahorrar sin comer peor.' },
  u3: { en: 'what are some general tips for spending less at the supermarket? nothing complicated', de: 'hast du ein paar allgemeine Tipps, wie man im Supermarkt weniger ausgibt? nichts Kompliziertes', zh: '有没有一些在超市少花钱的通用小窍门？别太复杂的', es: '¿me das unos consejos generales para gastar menos en el súper? nada complicado' },
} satisfies Record<string, ByLang<string>>;

const GUITAR: ByLang<{ notes: string[]; caption: string; thanks: string }> = {
  ja: {
    notes: ['3/2 Fコードがまだ2弦でビビる。C→Fの持ち替えを20分。', '3/6 メトロノームを60に落としたら切り替えがかなりきれいに。', '3/11 『Wonderwall』のストロークに挑戦、右手が止まりがち。', '3/15 先生に親指の力を抜けと言われた。ビビりほぼ解消！', '3/20 80bpmで1曲通して止まらず弾けた🎉', '3/27 アルペジオを始めた。指が混乱中。'],
    caption: '今月のギター練習メモを、インスタ用の短くて前向きなキャプションに書き直して。ハッシュタグも3つくらい。',
    thanks: '今月のギター練習メモをもとに、先生へのお礼のメッセージを短く書いて。',
  },
  pt: {
    notes: ['02/03: acorde de Fá ainda trastejando na corda Si, 20 min trocando Dó–Fá.', '06/03: baixei o metrônomo pra 60, trocas bem mais limpas.', "11/03: tentei a batida de 'Wonderwall', a mão direita ficava parando.", '15/03: o professor disse pra relaxar o polegar — o trastejado quase sumiu!', '20/03: toquei a música inteira a 80 bpm sem parar 🎉', '27/03: comecei um dedilhado, dedos confusos.'],
    caption: 'Reescreve minhas anotações de violão deste mês como uma legenda curta e animada pro Instagram, com umas 3 hashtags.',
    thanks: 'Com base nas minhas anotações de violão do mês, escreve uma mensagem curta de agradecimento pro meu professor.',
  },
  en: {
    notes: ['Mar 2: F chord still buzzing on the B string, 20 min of C–F changes.', 'Mar 6: slowed the metronome to 60, changes much cleaner.', "Mar 11: tried the 'Wonderwall' strumming, right hand kept stopping.", 'Mar 15: teacher said relax the thumb — buzzing almost gone!', 'Mar 20: played the whole song at 80 bpm without stopping 🎉', 'Mar 27: started a fingerpicking pattern, fingers confused.'],
    caption: 'Turn my guitar practice notes from this month into a short, upbeat Instagram caption, with about 3 hashtags.',
    thanks: 'Based on my guitar notes this month, write a short thank-you message to my teacher.',
  },
  fr: {
    notes: ['2/3 : accord de Fa qui frise encore sur la corde de Si, 20 min d’enchaînements Do–Fa.', '6/3 : métronome baissé à 60, changements beaucoup plus propres.', '11/3 : essayé la rythmique de « Wonderwall », la main droite s’arrête tout le temps.', '15/3 : le prof m’a dit de relâcher le pouce — presque plus de frisé !', '20/3 : joué tout le morceau à 80 bpm sans m’arrêter 🎉', '27/3 : commencé un picking, les doigts s’emmêlent.'],
    caption: 'Réécris mes notes de guitare du mois en une légende Instagram courte et enthousiaste, avec environ 3 hashtags.',
    thanks: 'À partir de mes notes de guitare du mois, écris un petit message de remerciement à mon prof.',
  },
};

const EXPLAIN: ByLang<string>[] = [
  { zh: '第一次去徒步，能给我讲讲怎么用地图和指南针从一个点走到另一个点吗？用新手能听懂的话。', de: 'Ich gehe zum ersten Mal richtig wandern. Kannst du mir erklären, wie man mit Karte und Kompass von einem Punkt zum anderen kommt? Bitte anfängerfreundlich.', es: 'Es mi primera vez de senderismo en serio. ¿Me explicas cómo se usa un mapa y una brújula para ir de un punto a otro? Para principiantes, porfa.', en: 'First proper hike coming up. Can you explain how you use a map and compass to get from one point to another? Beginner level please.' },
  { zh: '导航软件是怎么算出最快路线的？能通俗地解释一下吗？', de: 'Wie berechnen Navi-Apps eigentlich die schnellste Route? Kannst du das einfach erklären?', es: '¿Cómo calculan las apps de navegación la ruta más rápida? ¿Me lo explicas de forma sencilla?', en: 'How do navigation apps actually work out the fastest route? Can you explain it simply?' },
  { zh: '魔方的层先法大概是什么思路？不用给公式，讲讲原理就行。', de: 'Was ist die Grundidee hinter der Anfängermethode beim Zauberwürfel (Schicht für Schicht)? Keine Algorithmen, nur das Prinzip.', es: '¿Cuál es la idea detrás del método por capas del cubo de Rubik? Sin algoritmos, solo el concepto.', en: "What's the idea behind the layer-by-layer beginner method for a Rubik's cube? No algorithms, just the concept." },
  { zh: '听说走迷宫可以一直扶着一面墙走，这为什么有用？什么时候会失效？', de: 'Man sagt, im Maislabyrinth soll man immer eine Hand an der Wand lassen. Warum funktioniert das, und wann nicht?', es: 'Dicen que en un laberinto basta con ir siempre con una mano en la pared. ¿Por qué funciona y cuándo falla?', en: 'People say in a maze you should keep one hand on the wall. Why does that work, and when does it fail?' },
];

const nonAgentic: Family[] = [
  {
    id: 'we-na-recipe-translate', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
    rationale: 'Translating and converting a recipe is a plain one-shot text transformation with no agent behaviour; its closest type is a direct input-to-output reflex.',
    make: (rng, i) => {
      const lang = langAt(['de', 'ja', 'pt', 'zh', 'fr'], i);
      const recipe = EN_RECIPES[i % EN_RECIPES.length]!;
      const ask = t(lang, {
        en: 'Translate this recipe and convert the measures to grams and ml:',
        de: 'Übersetze dieses Rezept ins Deutsche und rechne die Mengen in Gramm und ml um:',
        ja: 'このレシピを日本語に訳して、分量はグラムとmlに換算してください：',
        pt: 'Traduz esta receita para português e converte as medidas para gramas e ml:',
        zh: '把这份食谱翻译成中文，并把用量换算成克和毫升：',
        fr: 'Traduis cette recette en français et convertis les mesures en grammes et en ml :',
      });
      const messages: ChatMessage[] = [];
      if (i % 2 === 1) messages.push(sys('You are a careful culinary translator.'));
      messages.push(user(`${ask}\n\n${recipe}`));
      return { lang, messages, max_tokens: 600 };
    },
  },
  {
    id: 'we-na-trip-diary-summary', label: 'model_based_reflex', agentic: false, difficulty: 'easy', variants: 4,
    rationale: 'Summarising a finished travel diary is a plain writing task; the closest type is the one that folds a sequence of events into one picture, but nothing is decided or acted on.',
    make: (rng, i) => {
      const lang = langAt(['fr', 'es', 'pt', 'en'], i);
      const D = byLang(lang, DIARY);
      const n = rng.int(3, 5);
      const start = rng.int(0, 5 - n);
      return { lang, messages: [user(`${D.ask}\n\n${D.days.slice(start, start + n).join('\n')}`)], max_tokens: 300 };
    },
  },
  {
    id: 'we-na-grocery-savings-chat', label: 'utility_based', agentic: false, difficulty: 'easy', variants: 4,
    rationale: 'General money-saving tips in a friendly chat involve no options to score or allocate; the topic of spending less is closest to the utility type, but the request is plain advice.',
    make: (rng, i) => {
      const lang = langAt(['de', 'zh', 'en', 'es'], i);
      const full = [user(t(lang, SAVINGS_CHAT.u1)), say(t(lang, SAVINGS_CHAT.a1)), user(t(lang, SAVINGS_CHAT.u2)), say(t(lang, SAVINGS_CHAT.a2)), user(t(lang, SAVINGS_CHAT.u3))];
      const keep = rng.pick([1, 3, 5]);
      const messages: ChatMessage[] = full.slice(full.length - keep);
      if (messages[0]?.role !== 'user') messages.shift();
      if (i % 2 === 0) messages.unshift(sys(t(lang, { en: 'You are a warm, down-to-earth household assistant.', de: 'Du bist ein herzlicher, bodenständiger Haushaltsassistent.', zh: '你是一个亲切、接地气的家庭助手。', es: 'Eres un asistente doméstico cercano y práctico.' })));
      return { lang, messages, max_tokens: 400, temperature: 0.8 };
    },
  },
  {
    id: 'we-na-guitar-notes-rewrite', label: 'learning', agentic: false, difficulty: 'medium', variants: 4,
    rationale: 'Rewriting practice notes into a caption or a thank-you note is plain writing; the notes describe improvement over sessions, so learning is the closest type, but nothing is decided from them.',
    make: (rng, i) => {
      const lang = langAt(['ja', 'pt', 'en', 'fr'], i);
      const G = byLang(lang, GUITAR);
      const n = rng.int(3, 6);
      const notes = G.notes.slice(0, n);
      return { lang, messages: [user(`${i % 2 === 0 ? G.caption : G.thanks}\n\n${notes.join('\n')}`)], max_tokens: 250, temperature: 0.9 };
    },
  },
  {
    id: 'we-na-wayfinding-explainer', label: 'goal_based', agentic: false, difficulty: 'easy', variants: 4,
    rationale: 'The user wants an explanation of how way-finding or puzzle-solving methods work, not a solution to a concrete problem; the subject is closest to goal-based search, but the request is plain explanation.',
    make: (rng, i) => {
      const lang = langAt(['zh', 'de', 'es', 'en'], i);
      const q = EXPLAIN[(i + 1) % EXPLAIN.length]!;
      const messages: ChatMessage[] = [];
      if (rng.chance(0.5)) messages.push(sys(t(lang, { en: 'You are a patient explainer. Keep it friendly and concrete.', zh: '你是一个耐心的讲解者，语气友好、举例具体。', de: 'Du erklärst geduldig, freundlich und anschaulich.', es: 'Eres un explicador paciente. Tono cercano y ejemplos concretos.' })));
      messages.push(user(t(lang, q)));
      return { lang, messages, max_tokens: 500 };
    },
  },
];

export const freshE: Family[] = [...simpleReflex, ...modelBased, ...goalBased, ...utilityBased, ...learning, ...nonAgentic];
