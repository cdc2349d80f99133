// Independent author K: games, simulations, robotics and devices.
// Rows are labelled by what the agent must do in the final turn of the request.
import {
  type Draft, type Family, type Lang, type Rng, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msg = Draft['messages'][number];

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

/** An assistant turn that says something and calls one tool; returns the call id. */
function narratedCall(rng: Rng, messages: Msg[], content: string, name: string, args: Record<string, unknown>, output: unknown): void {
  const { message, ids } = calls(rng, [name, args]);
  message.content = content;
  messages.push(message, result(ids[0]!, output));
}

// ───────────────────────────── simple_reflex ─────────────────────────────

const coinTables: Record<'EUR' | 'JPY' | 'USD', [string, number, number, string][]> = {
  EUR: [['0.10', 19.75, 4.1, 'NG'], ['0.20', 22.25, 5.74, 'NG'], ['0.50', 24.25, 7.8, 'NG'], ['1.00', 23.25, 7.5, 'BI'], ['2.00', 25.75, 8.5, 'BI']],
  JPY: [['10', 23.5, 4.5, 'CU'], ['50', 21.0, 4.0, 'CN'], ['100', 22.6, 4.8, 'CN'], ['500', 26.5, 7.1, 'BI']],
  USD: [['0.05', 21.21, 5.0, 'CN'], ['0.10', 17.91, 2.27, 'CL'], ['0.25', 24.26, 5.67, 'CL'], ['1.00', 26.49, 8.1, 'MB']],
};

const srVendingCoin: Family = {
  id: 'wk-sr-vending-coin',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'One coin measurement is accepted or rejected against the fixed coin table; nothing from earlier coins or any plan is involved.',
  make: (rng, i) => {
    const lang = (['en', 'de', 'ja', 'es', 'en'] as Lang[])[i]!;
    const cur = lang === 'ja' ? 'JPY' : i === 0 ? 'USD' : 'EUR';
    const table = coinTables[cur];
    const coin = rng.pick(table);
    const kind = rng.int(0, 2);
    const dia = coin[1] + (rng.next() - 0.5) * 0.2;
    const mass = kind === 1 ? coin[2] + rng.pick([-1, 1]) * (0.3 + rng.next() * 0.6) : coin[2] + (rng.next() - 0.5) * 0.16;
    const sig = kind === 2 ? rng.pick(['FE', 'ZN', 'AL', '??']) : coin[3];
    const rows = table.map(([d, mm, g, a]) => `${d} ${cur}: ${mm} mm / ${g} g / ${a}`).join('\n');
    const head = t(lang, {
      en: `Coin acceptor firmware assistant for a snack machine. Known coins (diameter / mass / alloy signature):\n${rows}\nTolerance: ±0.15 mm, ±0.15 g, signature must match exactly. Answer for the coin in the chute right now.`,
      de: `Münzprüfer eines Snackautomaten. Bekannte Münzen (Durchmesser / Masse / Legierungssignatur):\n${rows}\nToleranz: ±0,15 mm, ±0,15 g, die Signatur muss exakt passen. Entscheide nur über die Münze, die gerade im Schacht liegt.`,
      ja: `自動販売機の硬貨選別ユニットです。登録済み硬貨（直径 / 質量 / 合金シグネチャ）:\n${rows}\n許容差は ±0.15 mm、±0.15 g、シグネチャは完全一致が必要です。いま投入口にある硬貨について答えてください。`,
      es: `Validador de monedas de una máquina expendedora. Monedas conocidas (diámetro / masa / firma de aleación):\n${rows}\nTolerancia: ±0,15 mm, ±0,15 g; la firma debe coincidir exactamente. Responde solo sobre la moneda que está ahora en la ranura.`,
    });
    const reading = `slot ${rng.int(1, 3)} | d=${dia.toFixed(2)}mm m=${mass.toFixed(2)}g sig=${sig}`;
    return {
      lang,
      messages: [sys(head), user(reading)],
      ...(i === 4
        ? { tools: [tool('set_gate', 'Route the coin: to the cash box or back to the return cup.', { route: oneOf('cashbox', 'return'), credit: oneOf(...table.map((c) => c[0]), 'none') })], tool_choice: 'required' as const }
        : { response_format: jsonSchema('coin_decision', { accept: bool, denomination: oneOf(...table.map((c) => c[0]), 'none') }) }),
      max_tokens: 40,
    };
  },
};

const srVacuumBumper: Family = {
  id: 'wk-sr-vacuum-bumper',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 4,
  rationale: 'Each sensor frame maps straight to one drive command through fixed if-then priorities, with no map, memory or route.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'zh', 'en'], i);
    const frame = {
      t_ms: rng.int(10000, 900000),
      bump_left: rng.chance(0.35),
      bump_right: rng.chance(0.35),
      cliff: { front_left: rng.chance(0.15), front_right: rng.chance(0.15) },
      dirt_level: rng.int(0, 10),
      battery_pct: rng.pick([4, 11, 13, 27, 58, 81, 96]),
      brush_current_ma: rng.int(180, 720),
    };
    const head = i === 3
      ? 'Vacuum bot. Cliff > bumper > battery<15% dock > dirt>7 spot_clean > forward. One drive() call per frame.'
      : t(lang, {
        en: 'You drive a robot vacuum. For every sensor frame, call drive exactly once.\n- A cliff sensor fires: reverse and turn away from that side (left sensor → reverse_turn_right).\n- Left bumper pressed: reverse_turn_right. Right bumper: reverse_turn_left. Both: reverse_turn_left.\n- Battery under 15 %: dock.\n- Dirt level above 7: spot_clean.\n- Otherwise: forward.\nEarlier lines in this list win over later ones.',
        fr: "Tu pilotes un aspirateur robot. Pour chaque trame de capteurs, appelle drive une seule fois.\n- Un capteur de vide se déclenche : recule et tourne du côté opposé (capteur gauche → reverse_turn_right).\n- Pare-chocs gauche enfoncé : reverse_turn_right. Pare-chocs droit : reverse_turn_left. Les deux : reverse_turn_left.\n- Batterie sous 15 % : dock.\n- Niveau de saleté supérieur à 7 : spot_clean.\n- Sinon : forward.\nUne ligne plus haute l'emporte sur les suivantes.",
        zh: '你在控制一台扫地机器人。每收到一帧传感器数据，就调用一次 drive。\n- 防跌落传感器触发：后退并转向另一侧（左侧触发 → reverse_turn_right）。\n- 左侧碰撞：reverse_turn_right；右侧碰撞：reverse_turn_left；两侧同时：reverse_turn_left。\n- 电量低于 15%：dock。\n- 脏污等级高于 7：spot_clean。\n- 其他情况：forward。\n排在前面的条件优先。',
      });
    return {
      lang,
      messages: [sys(head), user(JSON.stringify(frame))],
      tools: [tool('drive', 'Send one motion command to the base.', {
        action: oneOf('forward', 'reverse_turn_left', 'reverse_turn_right', 'spot_clean', 'dock', 'stop'),
      })],
      tool_choice: 'required',
    };
  },
};

const srNpcGuard: Family = {
  id: 'wk-sr-npc-guard-bark',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The guard reacts to the single event in front of it using the listed reactions; the behaviour tree holds all other context, so no memory or planning is asked.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'es', 'en', 'pt'], i);
    const ev = {
      event: rng.pick(['player_drew_weapon', 'player_entered_restricted_zone', 'player_greeted', 'player_stole_item', 'explosion_nearby', 'player_offered_bribe']),
      distance_m: rng.int(1, 30),
      player_reputation: rng.pick(['hostile', 'neutral', 'friendly', 'wanted']),
      guard_hp_pct: rng.pick([12, 35, 70, 100]),
      allies_in_range: rng.int(0, 4),
      time_of_day: rng.pick(['dawn', 'noon', 'dusk', 'night']),
    };
    const guard = rng.pick(['Varek', 'Sel', 'Old Mirta', 'Corporal Dunn', 'Hesk']);
    const head = t(lang, {
      en: `You are the reaction layer for the town guard ${guard} in an open-world RPG. The behaviour tree already handles patrols, memory and pathing. You get one perception event and return the immediate reaction and a short spoken line (max 12 words).\nGuide: hostile or wanted players who draw weapons within 10 m → attack if HP > 30 %, otherwise call_backup or flee; theft → warn if friendly, else call_backup; bribes are refused with warn; greetings → greet unless hostile.`,
      es: `Eres la capa de reacción del guardia ${guard} en un RPG de mundo abierto. El árbol de comportamiento ya se encarga de patrullas, memoria y rutas. Recibes un único evento de percepción y devuelves la reacción inmediata y una frase corta (máx. 12 palabras).\nGuía: jugadores hostiles o buscados que desenvainan a menos de 10 m → attack si la vida supera el 30 %, si no call_backup o flee; robo → warn si es amistoso, si no call_backup; los sobornos se rechazan con warn; saludos → greet salvo si es hostil.`,
      zh: `你是开放世界 RPG 中城镇卫兵 ${guard} 的即时反应模块。巡逻、记忆和寻路都由行为树负责。你只会收到一个感知事件，请返回即时反应和一句简短台词（不超过 20 个字）。\n参考：敌对或通缉玩家在 10 米内拔出武器 → 生命值高于 30% 时 attack，否则 call_backup 或 flee；偷窃 → 友好玩家 warn，其他 call_backup；贿赂一律用 warn 拒绝；打招呼 → greet，敌对玩家除外。`,
      pt: `Você é a camada de reação do guarda ${guard} num RPG de mundo aberto. A árvore de comportamento já cuida das patrulhas, da memória e da navegação. Você recebe um único evento de percepção e devolve a reação imediata e uma fala curta (máx. 12 palavras).\nGuia: jogadores hostis ou procurados que sacam a arma a menos de 10 m → attack se a vida passar de 30 %, senão call_backup ou flee; roubo → warn se for amigável, senão call_backup; subornos são recusados com warn; cumprimentos → greet, exceto se hostil.`,
    });
    return {
      lang,
      messages: [sys(head), user(JSON.stringify(ev))],
      response_format: jsonSchema('guard_reaction', {
        reaction: oneOf('ignore', 'greet', 'warn', 'call_backup', 'attack', 'flee'),
        bark: str,
      }),
      max_tokens: 60,
    };
  },
};

const cardNames = ['A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K'];
const srBlackjack: Family = {
  id: 'wk-sr-blackjack-move',
  label: 'simple_reflex',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The move is read off the current hand against the dealer card like a lookup chart; the expected-value reasoning behind the chart makes utility a fair second reading.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'de', 'en'], i);
    const dealer = rng.pick(cardNames);
    const hand = rng.chance(0.3) ? (() => { const c = rng.pick(cardNames); return [c, c]; })() : [rng.pick(cardNames), rng.pick(cardNames)];
    const cards = hand.join(', ');
    if (i === 3) {
      return { lang, messages: [user(`bs chart: ${hand.join('+')} vs ${dealer}?`)], max_tokens: 3 };
    }
    const head = t(lang, {
      en: 'Blackjack practice table: 6 decks, dealer stands on soft 17, double after split allowed, no surrender. Reply with one word: hit, stand, double or split.',
      pt: 'Mesa de treino de blackjack: 6 baralhos, o dealer para no 17 suave, pode dobrar depois de separar, sem rendição. Responda com uma palavra: hit, stand, double ou split.',
      de: 'Blackjack-Übungstisch: 6 Decks, der Croupier steht auf Soft 17, Verdoppeln nach Teilen erlaubt, keine Aufgabe. Antworte mit einem Wort: hit, stand, double oder split.',
    });
    const ask = t(lang, {
      en: `Dealer shows ${dealer}. I have ${cards}.`,
      pt: `O dealer mostra ${dealer}. Eu tenho ${cards}. O que faço?`,
      de: `Der Croupier zeigt ${dealer}. Ich habe ${cards}. Was jetzt?`,
    });
    return { lang, messages: [sys(head), user(ask)], max_tokens: 3 };
  },
};

function fenceVerdict(x: number, y: number, alt: number, hx: number, hy: number, r: number): string {
  const d = Math.hypot(x - hx, y - hy);
  if (x < 0 || x > 2000 || y < 0 || y > 1500 || alt > 120 || d < r) return 'BREACH';
  if (x < 20 || x > 1980 || y < 20 || y > 1480 || alt > 110 || d < r + 20) return 'WARN';
  return 'OK';
}

const srDroneFence: Family = {
  id: 'wk-sr-drone-geofence',
  label: 'simple_reflex',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'Although reports arrive over many turns, each one is judged on its own against fixed fence limits and the reports come from different drones, so nothing has to be carried between turns.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'es', 'de'], i);
    const hx = rng.int(600, 1400);
    const hy = rng.int(400, 1100);
    const r = rng.pick([200, 250, 300]);
    const head = t(lang, {
      en: `Fence checker for a drone show site. Flight box: x 0–2000 m, y 0–1500 m, altitude ≤ 120 m. No-fly circle around the helipad at (${hx}, ${hy}), radius ${r} m. Each report may come from a different drone; judge it by itself. Answer OK, WARN (within 20 m of any edge, or above 110 m) or BREACH.`,
      ja: `ドローンショー会場のジオフェンス判定係です。飛行範囲: x 0〜2000 m、y 0〜1500 m、高度 120 m 以下。ヘリパッド (${hx}, ${hy}) の周囲半径 ${r} m は飛行禁止です。報告はそれぞれ別の機体から来ることがあるので、1件ずつ単独で判定してください。答えは OK、WARN（どこかの境界から 20 m 以内、または高度 110 m 超）、BREACH のいずれか。`,
      es: `Verificador de geocerca para un espectáculo de drones. Caja de vuelo: x 0–2000 m, y 0–1500 m, altitud ≤ 120 m. Círculo prohibido alrededor del helipuerto en (${hx}, ${hy}), radio ${r} m. Cada informe puede venir de un dron distinto; júzgalo por sí solo. Responde OK, WARN (a menos de 20 m de un borde o por encima de 110 m) o BREACH.`,
      de: `Geofence-Prüfer für eine Drohnenshow. Flugbereich: x 0–2000 m, y 0–1500 m, Höhe ≤ 120 m. Flugverbotskreis um den Hubschrauberlandeplatz bei (${hx}, ${hy}), Radius ${r} m. Jede Meldung kann von einer anderen Drohne stammen; beurteile sie für sich allein. Antworte OK, WARN (weniger als 20 m von einer Grenze entfernt oder über 110 m) oder BREACH.`,
    });
    const messages: Msg[] = [sys(head)];
    const n = rng.int(2, 6);
    for (let k = 0; k <= n; k++) {
      const near = rng.chance(0.4);
      const x = near ? rng.pick([rng.int(-15, 30), rng.int(1970, 2015), hx + rng.int(-r - 25, r + 25)]) : rng.int(50, 1950);
      const y = near ? rng.pick([rng.int(-10, 25), rng.int(1475, 1510), hy]) : rng.int(50, 1450);
      const alt = rng.pick([rng.int(40, 100), rng.int(105, 125)]);
      messages.push(user(`D${pad(rng.int(1, 48))} x=${x} y=${y} alt=${alt}`));
      if (k < n) messages.push(say(fenceVerdict(x, y, alt, hx, hy, r)));
    }
    return { lang, messages, max_tokens: 4 };
  },
};

export const srK: Family[] = [srVendingCoin, srVacuumBumper, srNpcGuard, srBlackjack, srDroneFence];

// ───────────────────────────── model_based_reflex ─────────────────────────────

type AdvLang = 'en' | 'de' | 'fr' | 'es';
const advRooms: Record<AdvLang, Record<string, string>> = {
  en: { hall: 'Hall', kitchen: 'Kitchen', library: 'Library', garden: 'Garden', study: 'Study' },
  de: { hall: 'Halle', kitchen: 'Küche', library: 'Bibliothek', garden: 'Garten', study: 'Arbeitszimmer' },
  fr: { hall: 'Hall', kitchen: 'Cuisine', library: 'Bibliothèque', garden: 'Jardin', study: 'Bureau' },
  es: { hall: 'Vestíbulo', kitchen: 'Cocina', library: 'Biblioteca', garden: 'Jardín', study: 'Despacho' },
};
const advItems: Record<AdvLang, Record<string, string>> = {
  en: { lamp: 'brass lamp', rope: 'rope', key: 'iron key', bread: 'bread', map: 'torn map', matches: 'matches' },
  de: { lamp: 'Messinglampe', rope: 'Seil', key: 'Eisenschlüssel', bread: 'Brot', map: 'zerrissene Karte', matches: 'Streichhölzer' },
  fr: { lamp: 'lampe en laiton', rope: 'corde', key: 'clé en fer', bread: 'pain', map: 'carte déchirée', matches: 'allumettes' },
  es: { lamp: 'lámpara de latón', rope: 'cuerda', key: 'llave de hierro', bread: 'pan', map: 'mapa roto', matches: 'cerillas' },
};
const advText: Record<AdvLang, { go: string; take: string; drop: string; youAre: string; see: string; nothing: string; taken: string; dropped: string; stairs: string; dark: string; sys: string; down: string }> = {
  en: { go: 'go', take: 'take', drop: 'drop', youAre: 'You are in the', see: 'You see:', nothing: 'Nothing of interest here.', taken: 'Taken:', dropped: 'Dropped:', stairs: 'Narrow stairs lead down.', dark: 'It is pitch dark. You hear water dripping somewhere. You cannot see the room or what lies on the floor.', down: 'go down',
    sys: 'You are playing a parser text adventure for the user. The screen only ever shows the current room, never a map or an inventory list, so keep track of both yourself. After each screen, reply with the next command. When the screen gives you no room name, still answer with where you are and what you carry, as JSON.' },
  de: { go: 'geh', take: 'nimm', drop: 'leg ab', youAre: 'Du bist hier:', see: 'Du siehst:', nothing: 'Hier gibt es nichts Besonderes.', taken: 'Genommen:', dropped: 'Abgelegt:', stairs: 'Eine schmale Treppe führt nach unten.', dark: 'Es ist stockdunkel. Irgendwo tropft Wasser. Du erkennst weder den Raum noch, was auf dem Boden liegt.', down: 'geh runter',
    sys: 'Du spielst für den Nutzer ein Textadventure mit Parser. Der Bildschirm zeigt immer nur den aktuellen Raum, nie eine Karte oder ein Inventar. Antworte nach jedem Bildschirm mit dem nächsten Befehl. Wenn der Bildschirm keinen Raumnamen nennt, gib trotzdem als JSON an, wo du bist und was du bei dir trägst.' },
  fr: { go: 'va', take: 'prends', drop: 'pose', youAre: 'Tu es dans la pièce :', see: 'Tu vois :', nothing: "Rien d'intéressant ici.", taken: 'Pris :', dropped: 'Posé :', stairs: 'Un escalier étroit descend.', dark: "Il fait noir comme dans un four. De l'eau goutte quelque part. Tu ne distingues ni la pièce ni ce qui traîne par terre.", down: 'descends',
    sys: "Tu joues à une fiction interactive à analyseur pour l'utilisateur. L'écran ne montre que la pièce actuelle, jamais de carte ni d'inventaire. Après chaque écran, réponds par la commande suivante. Si l'écran ne donne pas le nom de la pièce, indique quand même en JSON où tu te trouves et ce que tu portes." },
  es: { go: 've a', take: 'coge', drop: 'deja', youAre: 'Estás en:', see: 'Ves:', nothing: 'Aquí no hay nada interesante.', taken: 'Cogido:', dropped: 'Dejado:', stairs: 'Unas escaleras estrechas bajan.', dark: 'Está completamente oscuro. Oyes gotear agua en algún sitio. No distingues la sala ni lo que hay en el suelo.', down: 'baja',
    sys: 'Juegas una aventura conversacional de texto para el usuario. La pantalla solo muestra la sala actual, nunca un mapa ni el inventario. Tras cada pantalla, responde con el siguiente comando. Si la pantalla no da el nombre de la sala, indica igualmente en JSON dónde estás y qué llevas.' },
};

const mbTextAdventure: Family = {
  id: 'wk-mb-text-adventure-dark',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The dark screen hides the room and the floor, so the agent must rebuild its location and inventory from the earlier screens and its own commands before choosing what to type.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'fr', 'es'], i) as AdvLang;
    const tx = advText[lang];
    const rooms = advRooms[lang];
    const items = advItems[lang];
    const roomKeys = Object.keys(rooms);
    const where: Record<string, string[]> = { hall: [], kitchen: [], library: [], garden: [], study: [] };
    for (const it of rng.sample(Object.keys(items), 5)) where[rng.pick(roomKeys)]!.push(it);
    let here = 'hall';
    const inv: string[] = [];
    const describe = (room: string): string => {
      const seen = where[room]!.map((k) => items[k]!);
      const extra = room === 'kitchen' ? ` ${tx.stairs}` : '';
      return `${tx.youAre} ${rooms[room]}.${extra} ${seen.length ? `${tx.see} ${seen.join(', ')}.` : tx.nothing}`;
    };
    const messages: Msg[] = [sys(tx.sys), user(describe(here))];
    const steps = rng.int(5, 9);
    for (let k = 0; k < steps; k++) {
      const roll = rng.next();
      if (roll < 0.45 && where[here]!.length) {
        const it = rng.pick(where[here]!);
        where[here] = where[here]!.filter((x) => x !== it);
        inv.push(it);
        messages.push(say(`${tx.take} ${items[it]}`), user(`${tx.taken} ${items[it]}.`));
      } else if (roll < 0.6 && inv.length) {
        const it = rng.pick(inv);
        inv.splice(inv.indexOf(it), 1);
        where[here]!.push(it);
        messages.push(say(`${tx.drop} ${items[it]}`), user(`${tx.dropped} ${items[it]}.`));
      } else {
        here = rng.pick(roomKeys.filter((r) => r !== here));
        messages.push(say(`${tx.go} ${rooms[here]!.toLowerCase()}`), user(describe(here)));
      }
    }
    if (here !== 'kitchen') messages.push(say(`${tx.go} ${rooms.kitchen!.toLowerCase()}`), user(describe('kitchen')));
    messages.push(say(tx.down), user(tx.dark));
    return {
      lang,
      messages,
      response_format: jsonSchema('adventure_turn', { room: str, carrying: list(str), next_command: str }),
    };
  },
};

const mbRobotPose: Family = {
  id: 'wk-mb-robot-pose-dropout',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'With the beacon fix gone, the robot has to carry its pose estimate forward from the last fix and the odometry since then before it issues the next command.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'zh', 'en'], i);
    const head = t(lang, {
      en: 'You are the motion agent of a warehouse AMR. Wheel odometry drifts (about 3 % per metre plus heading creep); UWB beacons give an absolute fix when at least three are in view. Before every tool call, write one line "POSE x y heading_deg" with your best current estimate (map frame, metres). Dock D2 is at (14.0, 6.5).',
      ja: '倉庫用 AMR の走行エージェントです。車輪オドメトリは 1 m あたり約 3 % ずれ、向きも少しずつ狂います。UWB ビーコンが 3 つ以上見えると絶対位置が得られます。ツールを呼ぶ前に毎回、現時点での推定を「POSE x y heading_deg」（地図座標、メートル）の1行で書いてください。ドック D2 は (14.0, 6.5) です。',
      zh: '你是仓库 AMR 的运动控制代理。轮式里程计每米约有 3% 的漂移，航向也会慢慢偏。能看到至少三个 UWB 信标时会得到一次绝对定位。每次调用工具前，先用一行 “POSE x y heading_deg” 写出你当前对位置的估计（地图坐标，单位米）。充电桩 D2 位于 (14.0, 6.5)。',
    });
    const messages: Msg[] = [sys(head), user(t(lang, { en: 'Shift start. Go charge at D2.', ja: 'シフト開始。D2 で充電してきて。', zh: '班次开始，去 D2 充电。' }))];
    let x = rng.int(1, 4);
    let y = rng.int(1, 3);
    let h = 0;
    narratedCall(rng, messages, `POSE ${x.toFixed(1)} ${y.toFixed(1)} 0`, 'scan_beacons', {}, { beacons_in_view: 4, fix: { x: x + 0.04, y: y - 0.03, heading_deg: 0.6 } });
    const legs = rng.int(2, 4);
    for (let k = 0; k < legs; k++) {
      const turn = rng.pick([0, 0, 90, -90, 45]);
      const dist = rng.int(15, 45) / 10;
      const before = `POSE ${x.toFixed(1)} ${y.toFixed(1)} ${h}`;
      h += turn;
      const rad = (h * Math.PI) / 180;
      x = round(x + dist * Math.cos(rad));
      y = round(y + dist * Math.sin(rad));
      narratedCall(rng, messages, before, 'drive', { turn_deg: turn, distance_m: dist }, {
        done: true, odom: { d_m: round(dist * (1 + (rng.next() - 0.3) * 0.06), 2), d_heading_deg: round(turn + (rng.next() - 0.5) * 3) },
        bumper: false, note: k === legs - 1 ? 'passed under mezzanine, UWB shadow expected' : undefined,
      });
    }
    narratedCall(rng, messages, `POSE ${x.toFixed(1)} ${y.toFixed(1)} ${h}`, 'scan_beacons', {}, { beacons_in_view: rng.int(0, 2), fix: null, reason: 'fewer than 3 beacons' });
    return {
      lang,
      messages,
      tools: [
        tool('drive', 'Turn in place, then drive straight.', { turn_deg: num, distance_m: num }),
        tool('scan_beacons', 'Try to get an absolute UWB fix.'),
        tool('dock', 'Start the docking routine; only works within 0.5 m of a dock.', { dock_id: str }),
      ],
      tool_choice: 'required',
    };
  },
};

const mbMemoryCards: Family = {
  id: 'wk-mb-concentration-cards',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Cards are turned face-down again after every flip, so choosing the next two positions depends on the picture of the hidden layout built up from all earlier flips, both ours and the opponent\'s.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'pt', 'de', 'fr'], i);
    const symbols = rng.sample(['🍎', '🐟', '⭐', '🌙', '🔔', '🎲', '🍄', '⚓', '🌵'], 6);
    const layout = rng.sample([...symbols, ...symbols], 12);
    const gone = new Set<number>();
    const head = t(lang, {
      en: 'Concentration, two players. 12 cards face down at positions 1–12. Every flipped card is shown to both players and turned back unless it makes a pair. Reply with two positions, e.g. "4 9".',
      es: 'Memorama para dos jugadores. 12 cartas boca abajo en las posiciones 1–12. Cada carta volteada la ven ambos jugadores y se vuelve a tapar salvo que forme pareja. Responde con dos posiciones, p. ej. "4 9".',
      pt: 'Jogo da memória, dois jogadores. 12 cartas viradas para baixo nas posições 1–12. Toda carta virada é mostrada aos dois e volta a ser escondida, a não ser que forme par. Responda com duas posições, ex.: "4 9".',
      de: 'Memory für zwei Spieler. 12 verdeckte Karten auf den Plätzen 1–12. Jede aufgedeckte Karte sehen beide Spieler; sie wird wieder umgedreht, außer sie bildet ein Paar. Antworte mit zwei Plätzen, z. B. "4 9".',
      fr: "Memory à deux joueurs. 12 cartes face cachée aux positions 1–12. Chaque carte retournée est montrée aux deux joueurs puis recachée, sauf si elle forme une paire. Réponds par deux positions, par ex. « 4 9 ».",
    });
    const opp = t(lang, { en: 'Opponent flips', es: 'El rival voltea', pt: 'O adversário vira', de: 'Gegner deckt auf', fr: "L'adversaire retourne" });
    const you = t(lang, { en: 'You flipped', es: 'Volteaste', pt: 'Você virou', de: 'Du hast aufgedeckt', fr: 'Tu as retourné' });
    const pair = t(lang, { en: 'pair! removed', es: '¡pareja! retiradas', pt: 'par! retiradas', de: 'Paar! entfernt', fr: 'paire ! retirées' });
    const miss = t(lang, { en: 'no pair, turned back', es: 'no hay pareja, se tapan', pt: 'sem par, escondidas de novo', de: 'kein Paar, wieder verdeckt', fr: 'pas de paire, recachées' });
    const yourTurn = t(lang, { en: 'Your turn.', es: 'Tu turno.', pt: 'Sua vez.', de: 'Du bist dran.', fr: 'À toi.' });
    const flip = (): [number, number] => {
      const open = [...Array(12).keys()].filter((p) => !gone.has(p));
      const [a, b] = rng.sample(open, 2) as [number, number];
      return [a, b];
    };
    const line = (who: string, a: number, b: number): string => {
      const hit = layout[a] === layout[b];
      if (hit) { gone.add(a); gone.add(b); }
      return `${who} ${a + 1} (${layout[a]}) + ${b + 1} (${layout[b]}) → ${hit ? pair : miss}`;
    };
    const messages: Msg[] = [sys(head)];
    const rounds = rng.int(3, 6);
    let pending = '';
    for (let k = 0; k < rounds; k++) {
      const [oa, ob] = flip();
      messages.push(user(`${pending}${line(opp, oa, ob)}\n${yourTurn}`));
      const [ya, yb] = flip();
      messages.push(say(`${ya + 1} ${yb + 1}`));
      pending = `${line(you, ya, yb)}\n`;
    }
    const [oa, ob] = flip();
    const left = [...Array(12).keys()].filter((p) => !gone.has(p)).map((p) => p + 1);
    const remaining = t(lang, { en: 'Still on the table', es: 'Quedan en la mesa', pt: 'Ainda na mesa', de: 'Noch auf dem Tisch', fr: 'Encore sur la table' });
    messages.push(user(`${pending}${line(opp, oa, ob)}\n${remaining}: ${left.join(' ')}\n${yourTurn}`));
    return { lang, messages, max_tokens: 8 };
  },
};

const mbHomeOccupancy: Family = {
  id: 'wk-mb-home-occupancy',
  label: 'model_based_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'No sensor says who is home; the answer comes from piecing together door, motion, phone and car events spread over several log chunks.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'de', 'ja'], i);
    const names = rng.sample(['Inès', 'Marc', 'Lena', 'Tom', 'Yuki', 'Hiro', 'Paul', 'Sofia'], 3) as [string, string, string];
    const [a, b, c] = names;
    const kidHome = rng.chance(0.5);
    const ev = (k: 'motion' | 'door_o' | 'door_c' | 'leave' | 'join' | 'car' | 'garage_o' | 'garage_c', arg = ''): string => t(lang, {
      en: { motion: `motion: ${arg}`, door_o: 'front door opened', door_c: 'front door closed', leave: `${arg}'s phone left home Wi-Fi`, join: `${arg}'s phone joined home Wi-Fi`, car: 'car left the driveway', garage_o: 'garage door opened', garage_c: 'garage door closed' }[k],
      fr: { motion: `mouvement : ${arg}`, door_o: "porte d'entrée ouverte", door_c: "porte d'entrée fermée", leave: `le téléphone de ${arg} a quitté le Wi-Fi`, join: `le téléphone de ${arg} s'est connecté au Wi-Fi`, car: "la voiture a quitté l'allée", garage_o: 'porte du garage ouverte', garage_c: 'porte du garage fermée' }[k],
      de: { motion: `Bewegung: ${arg}`, door_o: 'Haustür geöffnet', door_c: 'Haustür geschlossen', leave: `Handy von ${arg} hat das WLAN verlassen`, join: `Handy von ${arg} ist im WLAN`, car: 'Auto hat die Einfahrt verlassen', garage_o: 'Garagentor geöffnet', garage_c: 'Garagentor geschlossen' }[k],
      ja: { motion: `人感センサー: ${arg}`, door_o: '玄関ドア 開', door_c: '玄関ドア 閉', leave: `${arg} のスマホが自宅 Wi-Fi から切断`, join: `${arg} のスマホが自宅 Wi-Fi に接続`, car: '車が駐車場から出庫', garage_o: 'ガレージ 開', garage_c: 'ガレージ 閉' }[k],
    });
    const room = (k: 'kitchen' | 'hall' | 'kid' | 'office'): string => t(lang, {
      en: { kitchen: 'kitchen', hall: 'hallway', kid: `${c}'s room`, office: 'office' }[k],
      fr: { kitchen: 'cuisine', hall: 'couloir', kid: `chambre de ${c}`, office: 'bureau' }[k],
      de: { kitchen: 'Küche', hall: 'Flur', kid: `Zimmer von ${c}`, office: 'Büro' }[k],
      ja: { kitchen: 'キッチン', hall: '廊下', kid: `${c} の部屋`, office: '書斎' }[k],
    });
    let m = rng.int(0, 20);
    const ts = (): string => { m += rng.int(2, 14); return `[${pad(7 + Math.floor(m / 60))}:${pad(m % 60)}]`; };
    const chunk1 = [ts() + ' ' + ev('motion', room('kitchen')), ts() + ' ' + ev('motion', room('kid')), ts() + ' ' + ev('motion', room('hall')), ts() + ' ' + ev('door_o'), ts() + ' ' + ev('door_c'), ts() + ' ' + ev('leave', a)];
    const chunk2 = [ts() + ' ' + ev('garage_o'), ts() + ' ' + ev('car'), ts() + ' ' + ev('garage_c'), ts() + ' ' + ev('motion', room('hall')), ts() + ' ' + ev('door_o'), ts() + ' ' + ev('door_c')];
    const chunk3 = kidHome
      ? [ts() + ' ' + ev('motion', room('kid')), ts() + ' ' + ev('motion', room('kitchen'))]
      : [ts() + ' ' + ev('join', a), ts() + ' ' + ev('leave', a)];
    const head = t(lang, {
      en: `Home assistant for a family of three (${a}, ${b}, ${c}, age 11). ${b} often forgets the phone at home. Events come in chunks; reply "ok" to each chunk until asked something.`,
      fr: `Assistant domotique d'une famille de trois personnes (${a}, ${b}, ${c}, 11 ans). ${b} oublie souvent son téléphone à la maison. Les événements arrivent par paquets ; réponds « ok » à chaque paquet tant qu'on ne te pose pas de question.`,
      de: `Hausassistent einer dreiköpfigen Familie (${a}, ${b}, ${c}, 11 Jahre). ${b} vergisst oft das Handy zu Hause. Ereignisse kommen in Blöcken; antworte auf jeden Block mit „ok“, bis du etwas gefragt wirst.`,
      ja: `3人家族（${a}、${b}、${c}〈11歳〉）のホームアシスタントです。${b} はよくスマホを家に置き忘れます。イベントはまとめて届きます。質問されるまでは各まとまりに「ok」とだけ返してください。`,
    });
    const question = t(lang, {
      en: `I'm at work. Can I switch the alarm to away mode now, or is somebody still in the house?`,
      fr: "Je suis au travail. Je peux passer l'alarme en mode absence maintenant, ou il reste quelqu'un à la maison ?",
      de: 'Ich bin in der Arbeit. Kann ich die Alarmanlage jetzt auf „abwesend“ stellen, oder ist noch jemand im Haus?',
      ja: '今会社にいます。警報を外出モードにしても大丈夫？それとも誰かまだ家にいる？',
    });
    const schema = jsonSchema('occupancy', { likely_home: list(str), arm_away_mode: bool, reason: str });
    if (i % 2 === 0) {
      const headTool = t(lang, {
        en: `Home assistant for a family of three (${a}, ${b}, ${c}, age 11). ${b} often forgets the phone at home. Read the event log with fetch_events before answering.`,
        fr: `Assistant domotique d'une famille de trois personnes (${a}, ${b}, ${c}, 11 ans). ${b} oublie souvent son téléphone à la maison. Lis le journal d'événements avec fetch_events avant de répondre.`,
        de: `Hausassistent einer dreiköpfigen Familie (${a}, ${b}, ${c}, 11 Jahre). ${b} vergisst oft das Handy zu Hause. Lies vor der Antwort das Ereignisprotokoll mit fetch_events.`,
        ja: `3人家族（${a}、${b}、${c}〈11歳〉）のホームアシスタントです。${b} はよくスマホを家に置き忘れます。答える前に fetch_events でイベントログを読んでください。`,
      });
      const messages: Msg[] = [sys(headTool), user(question)];
      exchange(rng, messages, 'fetch_events', { since: '06:30', limit: 50 }, { events: [...chunk1, ...chunk2] });
      exchange(rng, messages, 'fetch_events', { since: chunk2[chunk2.length - 1]!.slice(1, 6), limit: 50 }, { events: chunk3 });
      return {
        lang,
        messages,
        tools: [tool('fetch_events', 'Read the home event log.', { since: str, limit: int }), tool('set_alarm_mode', 'Arm or disarm the alarm.', { mode: oneOf('off', 'home', 'away') })],
        response_format: schema,
      };
    }
    return {
      lang,
      messages: [sys(head), user(chunk1.join('\n')), say('ok'), user(chunk2.join('\n')), say('ok'), user(`${chunk3.join('\n')}\n\n${question}`)],
      response_format: schema,
    };
  },
};

const mbRtsFog: Family = {
  id: 'wk-mb-rts-fog-scout',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The enemy army is out of sight this tick, so the bot must estimate where it is from the earlier scout sightings and its heading before issuing commands.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'pt', 'es'], i);
    const head = t(lang, {
      en: 'You are the macro bot in a 1v1 RTS match. Each tick you receive only what your units can see (fog of war). Reply with JSON: your guess of the enemy main army and the commands for this tick.',
      zh: '你是一场 1v1 即时战略对局中的运营 AI。每个 tick 你只能收到己方单位视野内的信息（战争迷雾）。请用 JSON 回复：你对敌方主力位置的判断，以及本 tick 的指令。',
      pt: 'Você é o bot de macro numa partida 1x1 de RTS. A cada tick você só recebe o que suas unidades enxergam (névoa de guerra). Responda em JSON: seu palpite sobre o exército principal inimigo e os comandos deste tick.',
      es: 'Eres el bot de macro en una partida 1v1 de estrategia en tiempo real. En cada tick solo recibes lo que ven tus unidades (niebla de guerra). Responde en JSON: tu estimación del ejército principal enemigo y las órdenes de este tick.',
    });
    const base = { x: 20, y: 20 };
    const expo = { x: rng.int(40, 60), y: rng.int(15, 30) };
    let ax = rng.int(150, 180);
    let ay = rng.int(150, 180);
    const size = rng.int(14, 30);
    const toolMode = i % 2 === 1;
    const toolHead = t(lang, {
      en: 'You are the macro bot in a 1v1 RTS match. Each tick, call observe (you only get what your units can see; fog of war), then send that tick\'s orders with issue_commands.',
      zh: '你是一场 1v1 即时战略对局中的运营 AI。每个 tick 先调用 observe（只能看到己方单位视野内的信息，有战争迷雾），再用 issue_commands 下达本 tick 的指令。',
      pt: 'Você é o bot de macro numa partida 1x1 de RTS. A cada tick chame observe (só vem o que suas unidades enxergam; névoa de guerra) e depois envie as ordens do tick com issue_commands.',
      es: 'Eres el bot de macro en una partida 1v1 de estrategia en tiempo real. En cada tick llama a observe (solo ves lo que ven tus unidades; niebla de guerra) y después envía las órdenes del tick con issue_commands.',
    });
    const messages: Msg[] = toolMode ? [sys(toolHead), user(t(lang, { en: 'Match started. Play.', zh: '对局开始。', pt: 'A partida começou. Jogue.', es: 'Empieza la partida. Juega.' }))] : [sys(head)];
    const ticks = rng.int(3, 5);
    let tick = rng.int(300, 420);
    for (let k = 0; k < ticks; k++) {
      tick += 20;
      ax -= rng.int(8, 14);
      ay -= rng.int(6, 12);
      const seen = k >= ticks - 2 ? [{ type: 'army_blob', x: ax, y: ay, count: size - rng.int(0, 3) }] : [];
      const obs = {
        tick, minerals: rng.int(200, 900), supply: `${rng.int(40, 70)}/${rng.int(70, 100)}`,
        own: { base, expansion: expo, army: { x: base.x + 8, y: base.y + 6, count: rng.int(10, 22) }, scout: k >= ticks - 2 ? { x: ax + 12, y: ay + 10 } : { x: 140, y: 140 } },
        visible_enemy: seen,
      };
      const cmds = k % 2 ? ['train marine x4', 'scout follow army'] : ['build supply_depot', 'train scv'];
      if (toolMode) {
        exchange(rng, messages, 'observe', {}, obs);
        exchange(rng, messages, 'issue_commands', { commands: cmds }, { accepted: cmds.length });
      } else {
        messages.push(user(JSON.stringify(obs)));
        messages.push(say(JSON.stringify({ enemy_army_guess: seen.length ? { x: ax, y: ay, size } : { x: 170, y: 170, size: 'unknown' }, commands: cmds })));
      }
    }
    tick += 20;
    const last = {
      tick, minerals: rng.int(300, 900), supply: `${rng.int(50, 75)}/100`,
      own: { base, expansion: expo, army: { x: base.x + 8, y: base.y + 6, count: rng.int(12, 24) }, scout: null },
      visible_enemy: [],
      events: [`scout_killed at (${ax - 6}, ${ay - 5})`],
    };
    if (toolMode) {
      exchange(rng, messages, 'observe', {}, last);
      return {
        lang,
        messages,
        tools: [tool('observe', 'Get this tick\'s visible game information.'), tool('issue_commands', 'Send unit and build commands for this tick.', { commands: list(str) })],
        tool_choice: 'required',
      };
    }
    messages.push(user(JSON.stringify(last)));
    return {
      lang,
      messages,
      response_format: jsonSchema('rts_tick', { enemy_army_guess: obj({ x: int, y: int, size: int }), commands: list(str) }),
    };
  },
};

export const mbK: Family[] = [mbTextAdventure, mbRobotPose, mbMemoryCards, mbHomeOccupancy, mbRtsFog];

// ───────────────────────────── goal_based ─────────────────────────────

const gbArmStacking: Family = {
  id: 'wk-gb-arm-tower',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The arm must reach a specified tower order from the current stacks through a sequence of legal pick and place actions and is asked for its next action toward it.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'en'], i);
    const colours = rng.sample(['red', 'blue', 'green', 'yellow', 'white', 'black'], rng.int(4, 5));
    const ids = colours.map((c, k) => `${String.fromCharCode(65 + k)}_${c}`);
    const shuffled = rng.sample(ids, ids.length);
    const cut = rng.int(1, ids.length - 1);
    const stacks = [shuffled.slice(0, cut), shuffled.slice(cut)];
    const target = rng.sample(ids, ids.length);
    const head = t(lang, {
      en: `You control a 6-axis arm over a table with loose blocks. Goal: one single tower, bottom to top: ${target.join(' → ')}. You can hold one block at a time and may only pick a block with nothing on top of it. Use the tools; one call per turn; call done() when the tower is finished.`,
      de: `Du steuerst einen 6-Achs-Roboterarm über einem Tisch mit losen Klötzen. Ziel: ein einziger Turm, von unten nach oben: ${target.join(' → ')}. Du kannst immer nur einen Klotz halten und nur Klötze greifen, auf denen nichts liegt. Nutze die Werkzeuge, ein Aufruf pro Zug; rufe done() auf, wenn der Turm fertig ist.`,
      ja: `テーブル上のブロックを扱う6軸ロボットアームを操作します。目標：下から順に ${target.join(' → ')} の塔を1本作ること。同時に持てるブロックは1つだけで、上に何も載っていないブロックしか掴めません。ツールを使い、1ターンに1回呼び出してください。塔が完成したら done() を呼びます。`,
    });
    const go = t(lang, { en: rng.pick(['Start.', 'Build the tower, please.']), de: 'Bau bitte den Turm.', ja: '塔を組んでください。' });
    const messages: Msg[] = [sys(head), user(go)];
    exchange(rng, messages, 'look', {}, { stacks: stacks.map((s, k) => ({ base: `spot_${k + 1}`, bottom_to_top: s })), free_spots: ['spot_3', 'spot_4'], gripper: 'empty' });
    const s0 = stacks[0]!;
    const s1 = stacks[1]!;
    const moves = rng.int(1, 2);
    const freeStacks: string[][] = [];
    for (let k = 0; k < moves; k++) {
      const src = s0.length >= s1.length ? s0 : s1;
      const top = src[src.length - 1];
      if (!top || src.length < 2) break;
      exchange(rng, messages, 'pick', { block: top }, { ok: true, gripper: top });
      src.pop();
      const spot = `spot_${3 + k}`;
      exchange(rng, messages, 'place', { block: top, on: spot }, { ok: true, gripper: 'empty' });
      freeStacks.push([top]);
    }
    if (rng.chance(0.5)) {
      exchange(rng, messages, 'look', {}, { stacks: [...stacks, ...freeStacks].map((s, k) => ({ base: `stack_${k + 1}`, bottom_to_top: s })), gripper: 'empty' });
    }
    return {
      lang,
      messages,
      tools: [
        tool('look', 'Camera snapshot of the table: stacks bottom to top.'),
        tool('pick', 'Grip the named block (must be clear).', { block: str }),
        tool('place', 'Put the held block on a free spot or on top of a clear block.', { block: str, on: str }),
        tool('done', 'Report that the tower is complete.'),
      ],
      tool_choice: 'required',
    };
  },
};

const gbEscapeRoom: Family = {
  id: 'wk-gb-escape-cell',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The player wants out of the dungeon with a specific item, and the answer is an ordered command sequence through locks and item dependencies in a known layout.',
  make: (rng, i) => {
    const lang = langAt(['es', 'fr', 'en', 'zh'], i);
    const code = `${rng.int(1, 9)}${rng.int(0, 9)}${rng.int(0, 9)}${rng.int(0, 9)}`;
    const treasure = rng.pick(['lantern', 'amulet', 'crown']);
    const tool1 = rng.pick(['broom', 'fishing rod', 'bedsheet']);
    const tr = t(lang, { en: `the ${treasure}`, es: { lantern: 'el farol', amulet: 'el amuleto', crown: 'la corona' }[treasure]!, fr: { lantern: 'la lanterne', amulet: "l'amulette", crown: 'la couronne' }[treasure]!, zh: { lantern: '灯笼', amulet: '护身符', crown: '王冠' }[treasure]! });
    const tl = t(lang, { en: `a ${tool1}`, es: { broom: 'una escoba', 'fishing rod': 'una caña de pescar', bedsheet: 'una sábana' }[tool1]!, fr: { broom: 'un balai', 'fishing rod': 'une canne à pêche', bedsheet: 'un drap' }[tool1]!, zh: { broom: '一把扫帚', 'fishing rod': '一根钓竿', bedsheet: '一条床单' }[tool1]! });
    const body = t(lang, {
      en: `I'm stuck in "Gaol of Vess". What I know so far:\n- I'm in a locked cell. Under the bed there is ${tl}. A key hangs on a hook in the corridor, out of reach through the bars.\n- Corridor: leads north to the guard room and east to the yard gate (the gate needs a lever pulled).\n- Guard room: a chest with a 4-digit lock, the lever (jammed unless oiled), a table with a sleeping guard — he wakes up if you walk past the table twice.\n- Scratched on my cell wall: "${code}".\n- The chest holds an oil can and ${tr}.\nValid verbs: get, use X on Y, open, go, pull, enter code, drop.\nWhat exactly do I type, in order, to walk out through the gate with ${tr}? Don't wake the guard.`,
      es: `Estoy atascado en «La cárcel de Vess». Lo que sé:\n- Estoy en una celda cerrada. Debajo de la cama hay ${tl}. En el pasillo cuelga una llave de un gancho, fuera de mi alcance a través de los barrotes.\n- Pasillo: al norte la sala de guardia, al este la verja del patio (se abre tirando de una palanca).\n- Sala de guardia: un cofre con candado de 4 cifras, la palanca (atascada si no se engrasa) y una mesa con un guardia dormido: se despierta si pasas dos veces junto a la mesa.\n- Grabado en la pared de mi celda: «${code}».\n- En el cofre hay una aceitera y ${tr}.\nVerbos válidos: get, use X on Y, open, go, pull, enter code, drop.\n¿Qué tecleo exactamente, y en qué orden, para salir por la verja con ${tr}? Sin despertar al guardia.`,
      fr: `Je bloque dans « La geôle de Vess ». Ce que je sais :\n- Je suis dans une cellule verrouillée. Sous le lit il y a ${tl}. Une clé pend à un crochet dans le couloir, hors de portée à travers les barreaux.\n- Couloir : au nord la salle des gardes, à l'est la grille de la cour (elle s'ouvre en tirant un levier).\n- Salle des gardes : un coffre à cadenas à 4 chiffres, le levier (grippé tant qu'il n'est pas huilé), une table avec un garde endormi — il se réveille si on passe deux fois devant la table.\n- Gravé sur le mur de ma cellule : « ${code} ».\n- Le coffre contient une burette d'huile et ${tr}.\nVerbes valides : get, use X on Y, open, go, pull, enter code, drop.\nQu'est-ce que je tape exactement, et dans quel ordre, pour sortir par la grille avec ${tr} ? Sans réveiller le garde.`,
      zh: `我卡在《维斯监狱》这个游戏里了。目前知道的情况：\n- 我被锁在牢房里。床底下有${tl}。走廊的钩子上挂着一把钥匙，隔着栏杆够不着。\n- 走廊：往北是守卫室，往东是院子的铁门（要拉动拉杆才会开）。\n- 守卫室：一个带四位数字锁的箱子、拉杆（没上油就卡住）、一张桌子，桌边有个睡着的守卫——从桌边经过两次他就会醒。\n- 牢房墙上刻着：“${code}”。\n- 箱子里有一个油壶和${tr}。\n可用动词：get, use X on Y, open, go, pull, enter code, drop。\n我要按什么顺序输入哪些指令，才能带着${tr}从铁门出去？别吵醒守卫。`,
    });
    return { lang, messages: [user(body)] };
  },
};

function droneGrid(rng: Rng, rows: number, cols: number): { grid: string[][]; s: [number, number]; d: [number, number]; c: [number, number] } {
  const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, (): string => (rng.chance(0.16) ? 'X' : '.')));
  const s: [number, number] = [rng.int(0, rows - 1), 0];
  const d: [number, number] = [rng.int(0, rows - 1), cols - 1];
  const c: [number, number] = [rng.int(1, rows - 2), Math.floor(cols / 2)];
  grid[s[0]]![s[1]] = 'S';
  grid[d[0]]![d[1]] = 'D';
  grid[c[0]]![c[1]] = 'C';
  return { grid, s, d, c };
}

const gbDroneDelivery: Family = {
  id: 'wk-gb-drone-grid-delivery',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A drone must get from its start cell to the drop-off cell around no-fly cells and within its battery range, which is a search for a feasible route to an explicit target.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'de', 'ja'], i);
    const rows = rng.int(6, 9);
    const cols = rng.int(10, 14);
    const { grid } = droneGrid(rng, rows, cols);
    const range = Math.floor(cols * 0.75);
    const ascii = grid.map((r, k) => `${pad(k)} ${r.join('')}`).join('\n');
    const body = t(lang, {
      en: `Parcel drone on a ${rows}x${cols} grid (row, col from 0). S = start, D = drop-off, C = charging pad, X = no-fly cell. Moves are to the 4 neighbours only. A full battery lasts ${range} moves; landing on C refills it. Plan a path that reaches D with the parcel and give the waypoints in order.\n\n${ascii}`,
      pt: `Drone de entregas numa grade ${rows}x${cols} (linha, coluna a partir de 0). S = partida, D = entrega, C = base de recarga, X = célula proibida. Só se move para os 4 vizinhos. Com a bateria cheia ele faz ${range} movimentos; pousar em C recarrega. Chegue a D com o pacote e dê os pontos de passagem em ordem.\n\n${ascii}`,
      de: `Paketdrohne auf einem ${rows}x${cols}-Raster (Zeile, Spalte ab 0). S = Start, D = Abgabe, C = Ladepad, X = Flugverbotszelle. Nur Züge zu den 4 Nachbarn. Ein voller Akku reicht für ${range} Züge; Landen auf C lädt ihn wieder auf. Bring das Paket nach D und gib die Wegpunkte der Reihe nach an.\n\n${ascii}`,
      ja: `${rows}x${cols} のグリッド上の配送ドローン（行・列は 0 始まり）。S = 出発、D = 届け先、C = 充電パッド、X = 飛行禁止セル。移動は上下左右の隣接セルのみ。満充電で ${range} 手まで動けて、C に着地すると満充電に戻ります。荷物を D まで届けるための経由点を順番に答えてください。\n\n${ascii}`,
    });
    return {
      lang,
      messages: [user(body)],
      response_format: jsonSchema('drone_route', { waypoints: list(obj({ row: int, col: int })), uses_charging_pad: bool, reachable: bool }),
    };
  },
};

const sokobanLevels = [
  ['########', '#      #', '# .  $@#', '#      #', '########'],
  ['########', '#   .  #', '#   $  #', '# .$@  #', '#      #', '########'],
  ['#######', '#.    #', '#  $  #', '# $@. #', '#     #', '#######'],
  ['######', '#    #', '# @$.#', '# *  #', '#    #', '######'],
  ['#########', '#       #', '# $   $ #', '#  .@.  #', '#########'],
];

const gbSokoban: Family = {
  id: 'wk-gb-sokoban-level',
  label: 'goal_based',
  difficulty: 'easy',
  variants: 5,
  rationale: 'Solving a box-pushing level means searching for a move sequence that ends with every box on a dot, a pure plan-to-target puzzle.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'fr', 'es', 'en'], i);
    const level = sokobanLevels[i % sokobanLevels.length]!.join('\n');
    const body = t(lang, {
      en: `# wall, $ box, . dot, * box already on a dot, @ me. I can only push, never pull. Give me the moves as a string of U/D/L/R that puts every box on a dot.\n\n${level}`,
      zh: `# 是墙，$ 是箱子，. 是目标点，* 是已经在点上的箱子，@ 是我。只能推不能拉。请用 U/D/L/R 组成的字符串告诉我怎么走，让所有箱子都到点上。\n\n${level}`,
      fr: `# mur, $ caisse, . point, * caisse déjà sur un point, @ moi. On peut seulement pousser, jamais tirer. Donne-moi les déplacements sous forme de chaîne U/D/L/R qui mettent toutes les caisses sur les points.\n\n${level}`,
      es: `# muro, $ caja, . punto, * caja ya en un punto, @ yo. Solo se puede empujar, nunca tirar. Dame los movimientos como cadena de U/D/L/R que deje todas las cajas sobre los puntos.\n\n${level}`,
    });
    const messages: Msg[] = i === 4
      ? [sys('Sokoban solver. Output only the move string.'), user(level)]
      : [user(body)];
    return { lang, messages, max_tokens: rng.pick([60, 80, 120]) };
  },
};

type KioskLang = 'de' | 'en' | 'ja' | 'pt';
const kioskScreens: Record<KioskLang, { start: string[]; dest: string[]; pax: string[]; klass: string[] }> = {
  de: { start: ['Fahrkarten', 'Abo & Zeitkarten', 'Sprache/Language'], dest: ['Ziel eingeben', 'Häufige Ziele: Hauptbahnhof, Flughafen, Messe', 'Tastatur'], pax: ['Erwachsene: 1 [+][-]', 'Kinder 6–14: 0 [+][-]', 'Weiter'], klass: ['1. Klasse', '2. Klasse', 'Einfach', 'Hin und zurück', 'Weiter'] },
  en: { start: ['Buy tickets', 'Season passes', 'Language'], dest: ['Enter destination', 'Popular: Central, Airport, Harbour', 'Keyboard'], pax: ['Adults: 1 [+][-]', 'Children 5–15: 0 [+][-]', 'Next'], klass: ['First', 'Standard', 'Single', 'Return', 'Next'] },
  ja: { start: ['きっぷを買う', '定期券', 'Language'], dest: ['行き先を入力', 'よく使う行き先：中央駅、空港、港', 'キーボード'], pax: ['おとな：1 [+][-]', 'こども：0 [+][-]', '次へ'], klass: ['グリーン車', '普通車', '片道', '往復', '次へ'] },
  pt: { start: ['Comprar bilhetes', 'Passes', 'Idioma'], dest: ['Introduzir destino', 'Frequentes: Centro, Aeroporto, Porto', 'Teclado'], pax: ['Adultos: 1 [+][-]', 'Crianças 4–12: 0 [+][-]', 'Seguinte'], klass: ['1.ª classe', '2.ª classe', 'Ida', 'Ida e volta', 'Seguinte'] },
};

const gbKioskTicket: Family = {
  id: 'wk-gb-kiosk-ticket',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The agent works screen by screen toward a fully specified purchase (destination, passengers, class, payment) and must choose the next tap that moves it closer.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'ja', 'pt'], i) as KioskLang;
    const sc = kioskScreens[lang];
    const adults = rng.int(1, 3);
    const kids = rng.int(0, 2);
    const dest = t(lang, { en: rng.pick(['Airport', 'Harbour', 'Riverside']), de: rng.pick(['Flughafen', 'Messe', 'Hauptbahnhof']), ja: rng.pick(['空港', '港', '中央駅']), pt: rng.pick(['Aeroporto', 'Porto', 'Centro']) });
    const ret = rng.chance(0.5);
    const head = t(lang, {
      en: `You operate a station ticket machine for a traveller through its touch screen. They want: ${adults} adult(s) and ${kids} child(ren) to ${dest}, ${ret ? 'return' : 'single'}, standard class, paid by contactless card. Tap one button per turn, read the screen you get back, and finish with pay_card when the basket is right.`,
      de: `Du bedienst für einen Reisenden einen Fahrkartenautomaten über den Touchscreen. Gewünscht: ${adults} Erwachsene(r) und ${kids} Kind(er) nach ${dest}, ${ret ? 'hin und zurück' : 'einfach'}, 2. Klasse, Zahlung kontaktlos mit Karte. Tippe pro Zug genau eine Schaltfläche, lies den neuen Bildschirm und schließe mit pay_card ab, wenn der Warenkorb stimmt.`,
      ja: `旅行者の代わりに駅の券売機をタッチパネルで操作します。希望：${dest}まで、おとな ${adults} 人・こども ${kids} 人、${ret ? '往復' : '片道'}、普通車、タッチ決済のカードで支払い。1ターンに1つのボタンだけを押し、返ってきた画面を読み、内容が正しくなったら pay_card で支払ってください。`,
      pt: `Você opera uma máquina de bilhetes da estação pelo ecrã tátil em nome de um viajante. Ele quer: ${adults} adulto(s) e ${kids} criança(s) para ${dest}, ${ret ? 'ida e volta' : 'só ida'}, 2.ª classe, pagamento com cartão sem contacto. Toque num botão por vez, leia o ecrã que volta e termine com pay_card quando o cesto estiver certo.`,
    });
    const messages: Msg[] = [sys(head), user(t(lang, { en: "I'm at the machine, go ahead.", de: 'Ich stehe am Automaten, leg los.', ja: '券売機の前にいます。お願いします。', pt: 'Estou na máquina, pode começar.' }))];
    exchange(rng, messages, 'read_screen', {}, { screen: 'home', buttons: sc.start });
    exchange(rng, messages, 'tap', { label: sc.start[0] }, { screen: 'destination', buttons: sc.dest });
    exchange(rng, messages, 'type_text', { text: dest }, { screen: 'destination', suggestions: [dest, `${dest} (Bus)`], buttons: ['OK'] });
    exchange(rng, messages, 'tap', { label: dest }, { screen: 'passengers', buttons: sc.pax });
    if (i % 2 === 1) {
      exchange(rng, messages, 'tap', { label: 'Adults [+]' }, { screen: 'passengers', buttons: sc.pax.map((b, k) => (k === 0 ? b.replace(/1/, '2') : b)) });
    }
    return {
      lang,
      messages,
      tools: [
        tool('read_screen', 'Return the current screen and its buttons.'),
        tool('tap', 'Tap the button with this label.', { label: str }),
        tool('type_text', 'Type on the on-screen keyboard.', { text: str }),
        tool('pay_card', 'Start contactless card payment for the current basket.'),
        tool('cancel', 'Abort and return to the home screen.'),
      ],
      tool_choice: 'required',
    };
  },
};

export const gbK: Family[] = [gbArmStacking, gbEscapeRoom, gbDroneDelivery, gbSokoban, gbKioskTicket];

// ───────────────────────────── utility_based ─────────────────────────────

const ubTowerDefense: Family = {
  id: 'wk-ub-tower-defense-gold',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A fixed gold budget must be split across towers and slots with different costs and strengths against a known wave mix, while unspent gold earns interest, so the answer is a purchase allocation weighing those returns.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'zh'], i);
    const gold = rng.int(45, 90) * 10;
    const wave = { ground_armoured: rng.int(4, 14), ground_fast: rng.int(6, 25), flying: rng.int(0, 12) };
    const towers = [
      ['archer', 100, 'dps 12, hits air+ground, range 3'],
      ['cannon', 180, 'dps 30 splash, ground only, slow turret'],
      ['frost', 150, 'dps 4, slows 40 %, air+ground'],
      ['tesla', 250, 'dps 45 chain (3 targets), ground only'],
      ['ballista', 200, 'dps 60 single target, ignores armour, air+ground'],
    ] as const;
    const slots = rng.sample(['A1 (path start, covers 2 tiles)', 'B2 (corner, covers 5 tiles)', 'B3 (corner, covers 4 tiles)', 'C1 (next to exit, covers 3 tiles)', 'C4 (long straight, covers 6 tiles)', 'D2 (bridge, covers 2 tiles, air lane)'], 4);
    const list1 = towers.map(([n, c, d]) => `- ${n}: ${c}g — ${d}`).join('\n');
    const body = t(lang, {
      en: `Tower defence bot. Gold: ${gold}. Lives: ${rng.int(3, 12)}. Interest: 10 % on unspent gold after each wave. Next wave: ${wave.ground_armoured} armoured (ignore 50 % of non-ballista damage), ${wave.ground_fast} fast runners, ${wave.flying} flyers. Wave 5 is a boss that needs ~2000 total dps-seconds.\nTowers:\n${list1}\nFree slots: ${slots.join('; ')}.\nEach leaked enemy costs a life; losing all lives ends the run. Decide what to build where and how much gold to keep.`,
      de: `Tower-Defense-Bot. Gold: ${gold}. Leben: ${rng.int(3, 12)}. Zinsen: 10 % auf nicht ausgegebenes Gold nach jeder Welle. Nächste Welle: ${wave.ground_armoured} Gepanzerte (ignorieren 50 % des Schadens außer von der Balliste), ${wave.ground_fast} schnelle Läufer, ${wave.flying} Flieger. Welle 5 ist ein Boss, der insgesamt etwa 2000 DPS-Sekunden braucht.\nTürme:\n${list1}\nFreie Plätze: ${slots.join('; ')}.\nJeder durchgelassene Gegner kostet ein Leben; ohne Leben ist der Lauf vorbei. Entscheide, was wohin gebaut wird und wie viel Gold du zurückhältst.`,
      es: `Bot de tower defense. Oro: ${gold}. Vidas: ${rng.int(3, 12)}. Interés: 10 % del oro no gastado tras cada oleada. Próxima oleada: ${wave.ground_armoured} blindados (ignoran el 50 % del daño que no sea de balista), ${wave.ground_fast} corredores rápidos, ${wave.flying} voladores. La oleada 5 es un jefe que necesita unos 2000 dps-segundos en total.\nTorres:\n${list1}\nHuecos libres: ${slots.join('; ')}.\nCada enemigo que se cuela cuesta una vida; sin vidas se acaba la partida. Decide qué construir y dónde, y cuánto oro guardar.`,
      zh: `塔防机器人。金币：${gold}。生命：${rng.int(3, 12)}。每波结束后未花的金币有 10% 利息。下一波：${wave.ground_armoured} 个重甲单位（除弩车外的伤害减半）、${wave.ground_fast} 个快速单位、${wave.flying} 个飞行单位。第 5 波是 Boss，总共需要约 2000 DPS·秒。\n防御塔：\n${list1}\n空位：${slots.join('；')}。\n每漏掉一个敌人扣一条命，命用完就输了。请决定在哪里造什么塔，以及留多少金币。`,
    });
    if (i % 2 === 1) {
      return {
        lang,
        messages: [sys(t(lang, { en: 'Game bot. Act only through the tools.', de: 'Spiel-Bot. Handle nur über die Werkzeuge.', es: 'Bot de juego. Actúa solo mediante las herramientas.', zh: '游戏机器人。只能通过工具行动。' })), user(body)],
        tools: [
          tool('build_tower', 'Build a tower in a free slot (gold is deducted).', { slot: str, tower: oneOf('archer', 'cannon', 'frost', 'tesla', 'ballista') }),
          tool('start_wave', 'Finish building and start the next wave.'),
        ],
        tool_choice: 'required',
      };
    }
    return {
      lang,
      messages: [user(body)],
      response_format: jsonSchema('td_build', { build: list(obj({ slot: str, tower: oneOf('archer', 'cannon', 'frost', 'tesla', 'ballista') })), gold_kept: int, reasoning: str }),
    };
  },
};

const ubRobotCharging: Family = {
  id: 'wk-ub-amr-charging-shifts',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'Robots, chargers and hours must be assigned so that job revenue minus electricity cost comes out highest under battery and charger limits; the job deadlines add a feasibility side that reads as goal-directed.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'ja', 'en'], i);
    const robots = Array.from({ length: rng.int(4, 6) }, (_, k) => `R${k + 1} ${rng.pick([12, 18, 25, 34, 47, 63, 80, 91])}%`);
    const prices = [14, 15, 16, 17].map((h) => `${h}:00 ${rng.pick([0.18, 0.22, 0.31, 0.39, 0.44])} €/kWh`);
    const jobs = rng.sample([
      ['pallet wave north', 40, 2, '16:00'], ['returns sorting', 18, 3, '18:00'], ['cold-room picking', 55, 1, '15:00'],
      ['cross-dock shuttle', 30, 2, '17:00'], ['cycle count aisle 9', 12, 1, '18:00'], ['urgent e-com batch', 70, 1, '16:00'],
    ], rng.int(3, 5));
    const jobText = jobs.map(([n, v, h, dl]) => `${n}: ${v} €/robot-hour, needs ${h} robot(s), finish by ${dl}`).join('\n');
    const body = t(lang, {
      en: `Fleet: ${robots.join(', ')}. Two chargers, +25 % per hour, 1.2 kWh per hour of charging. A robot drains 20 % per working hour and stops below 10 %.\nPrices: ${prices.join(', ')}.\nJobs 14:00–18:00:\n${jobText}\nGive me the hour-by-hour sheet: who works which job, who sits on a charger. I want the most job revenue left after power costs.`,
      fr: `Flotte : ${robots.join(', ')}. Deux chargeurs, +25 % par heure, 1,2 kWh par heure de charge. Un robot perd 20 % par heure de travail et s'arrête sous 10 %.\nPrix : ${prices.join(', ')}.\nTâches 14:00–18:00 :\n${jobText}\nDonne-moi le planning heure par heure : qui travaille sur quelle tâche, qui est en charge. Je veux garder le plus de recettes possible une fois l'électricité payée.`,
      ja: `フリート：${robots.join('、')}。充電器は2台、1時間で +25%、充電1時間あたり 1.2 kWh。ロボットは作業1時間で 20% 消費し、10% を切ると停止します。\n電気料金：${prices.join('、')}。\n14:00〜18:00 の作業：\n${jobText}\n1時間ごとの割り当て表をください。誰がどの作業をし、誰が充電器に入るか。電気代を引いた後の作業収入ができるだけ多く残るようにしたいです。`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'Operations assistant for a warehouse robot fleet.', fr: "Assistant d'exploitation pour une flotte de robots d'entrepôt.", ja: '倉庫ロボットフリートの運用アシスタントです。' })), user(body)],
      response_format: i === 3 ? jsonSchema('charging_sheet', { hours: list(obj({ hour: str, working: list(obj({ robot: str, job: str })), charging: list(str) })), net_revenue_eur: num }) : undefined,
    };
  },
};

const ubThermostat: Family = {
  id: 'wk-ub-heatpump-setpoints',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Setpoints for each block of the day must balance electricity price against a stated discomfort penalty, an explicit cost-versus-comfort optimisation.',
  make: (rng, i) => {
    const lang = langAt(['de', 'pt', 'en', 'es'], i);
    const blocks = ['00-06', '06-09', '09-16', '16-19', '19-22', '22-24'];
    const price = blocks.map(() => rng.pick([0.19, 0.24, 0.29, 0.35, 0.42]));
    const occ = blocks.map((b) => (b === '09-16' ? rng.chance(0.3) : b !== '00-06' || rng.chance(0.5)));
    const outdoor = rng.int(-8, 9);
    const pen = rng.pick([0.08, 0.12, 0.2]);
    const table = blocks.map((b, k) => `${b}  ${price[k]!.toFixed(2)} €/kWh  ${occ[k] ? 'home' : 'away'}`).join('\n');
    const body = t(lang, {
      en: `Heat pump scheduler. Outdoor ${outdoor} °C all day. Each 1 °C of setpoint above outdoor costs 0.11 kWh per hour. Discomfort when someone is home: ${pen} € per °C below 21 °C per hour (sleeping 00-06 counts from 18 °C). The slab lets the house coast: it loses 0.5 °C per hour with heating off. Setpoints 15–23 °C.\n${table}`,
      de: `Wärmepumpen-Planer. Außen den ganzen Tag ${outdoor} °C. Jedes Grad Solltemperatur über der Außentemperatur kostet 0,11 kWh pro Stunde. Unbehagen, wenn jemand zu Hause ist: ${pen} € pro °C unter 21 °C und Stunde (beim Schlafen 00-06 ab 18 °C). Die Fußbodenplatte puffert: ohne Heizung verliert das Haus 0,5 °C pro Stunde. Sollwerte 15–23 °C.\n${table.replace(/home/g, 'zu Hause').replace(/away/g, 'weg')}`,
      pt: `Agendador da bomba de calor. Lá fora ${outdoor} °C o dia todo. Cada 1 °C de temperatura alvo acima da exterior custa 0,11 kWh por hora. Desconforto quando há alguém em casa: ${pen} € por °C abaixo de 21 °C por hora (a dormir, 00-06, conta a partir de 18 °C). A laje segura o calor: sem aquecimento a casa perde 0,5 °C por hora. Alvos entre 15 e 23 °C.\n${table.replace(/home/g, 'em casa').replace(/away/g, 'fora')}`,
      es: `Programador de la bomba de calor. Fuera hace ${outdoor} °C todo el día. Cada 1 °C de consigna por encima del exterior cuesta 0,11 kWh por hora. Incomodidad cuando hay alguien en casa: ${pen} € por °C por debajo de 21 °C y hora (durmiendo, 00-06, cuenta desde 18 °C). La losa amortigua: sin calefacción la casa pierde 0,5 °C por hora. Consignas de 15 a 23 °C.\n${table.replace(/home/g, 'en casa').replace(/away/g, 'fuera')}`,
    });
    const ask = t(lang, { en: 'Pick the setpoints for tomorrow — I want the best trade-off between the bill and comfort.', de: 'Welche Sollwerte nehme ich morgen?', pt: 'Que temperaturas alvo ponho amanhã?', es: '¿Qué consignas pongo mañana?' });
    return {
      lang,
      messages: [sys(body), user(ask)],
      response_format: jsonSchema('setpoints', { blocks: list(obj({ block: oneOf(...blocks), setpoint_c: num })), expected_cost_eur: num, expected_discomfort_eur: num }),
    };
  },
};

const ubRpgLoadout: Family = {
  id: 'wk-ub-rpg-loadout',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Gear must be chosen under a carry limit and slot limits, weighing attack against magic resistance for a specific fight, which is a weighted choice among options rather than a route or a reaction.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'fr', 'zh'], i);
    const cap = rng.int(18, 28);
    const items = [
      ['Ember Greatsword', 'weapon', 9, 42, 0, 0], ['Twin Daggers', 'weapon', 3, 26, 0, 5], ['Runed Spear', 'weapon', 6, 33, 0, 10],
      ['Plate Cuirass', 'body', 12, 0, 30, 0], ['Mage Robe', 'body', 3, 0, 6, 28], ['Scale Vest', 'body', 7, 0, 18, 12],
      ['Tower Shield', 'offhand', 8, 0, 22, 8], ['Warding Orb', 'offhand', 2, 6, 0, 20], ['Buckler', 'offhand', 3, 0, 9, 4],
      ['Ring of Embers', 'ring', 0, 8, 0, 0], ['Ring of the Hermit', 'ring', 0, 0, 0, 14], ['Iron Band', 'ring', 0, 0, 6, 0],
    ] as const;
    const picked = rng.sample([...items], rng.int(9, 12));
    const magicShare = rng.pick([40, 60, 75]);
    const rows = picked.map(([n, s, w, a, d, m]) => `${n} | ${s} | ${w} kg | ATK ${a} | DEF ${d} | MRES ${m}`).join('\n');
    const body = t(lang, {
      en: `Next fight: the Drowned Bishop, ${magicShare}% of its damage is magic. My build needs to live through roughly 12 turns; killing it fast is nice but second. Carry limit ${cap} kg, one weapon, one body, one off-hand, two rings.\n${rows}\nWhat do I wear?`,
      ja: `次の相手は「溺れた司教」で、ダメージの ${magicShare}% が魔法。およそ 12 ターン生き残れる装備にしたい。早く倒せるのは嬉しいけど二の次。重量上限 ${cap} kg、武器1・胴1・盾枠1・指輪2。\n${rows}\nどれを装備すればいい？`,
      fr: `Prochain combat : l'Évêque noyé, ${magicShare} % de ses dégâts sont magiques. Mon perso doit tenir environ 12 tours ; le tuer vite, c'est bien, mais secondaire. Charge max ${cap} kg, une arme, un torse, une main gauche, deux anneaux.\n${rows}\nJe mets quoi ?`,
      zh: `下一场打“溺亡主教”，它 ${magicShare}% 的伤害是魔法伤害。我需要撑过大约 12 回合，打得快更好但不是最重要的。负重上限 ${cap} kg，武器、身体、副手各一件，戒指两个。\n${rows}\n我该穿哪些？`,
    });
    return { lang, messages: [user(body)], temperature: 0.3 };
  },
};

const ubDroneSurvey: Family = {
  id: 'wk-ub-drone-survey-settings',
  label: 'utility_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'After simulating candidate altitude, overlap and speed settings, the agent must pick the parameter set that best balances image resolution, flight time and batteries under hard limits.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'pt', 'de'], i);
    const area = rng.pick([18, 26, 40, 55]);
    const maxBatt = rng.int(2, 4);
    const head = t(lang, {
      en: `Survey mission assistant for a mapping drone. Field: ${area} ha. Limits: at most ${maxBatt} battery packs, ground sampling distance ≤ 3.0 cm/px, front overlap ≥ 70 %. Shorter flights are worth more (crew is paid per hour, 85 €/h), and every 0.5 cm/px better resolution is worth about 40 € to the client. Use simulate_survey, then answer with the chosen settings.`,
      es: `Asistente de misiones para un dron cartográfico. Parcela: ${area} ha. Límites: como mucho ${maxBatt} baterías, GSD ≤ 3,0 cm/px, solape frontal ≥ 70 %. Los vuelos más cortos valen más (el equipo cobra por hora, 85 €/h) y cada 0,5 cm/px de mejor resolución vale unos 40 € para el cliente. Usa simulate_survey y luego responde con los ajustes elegidos.`,
      pt: `Assistente de missões para um drone de mapeamento. Área: ${area} ha. Limites: no máximo ${maxBatt} baterias, GSD ≤ 3,0 cm/px, sobreposição frontal ≥ 70 %. Voos mais curtos valem mais (a equipa recebe à hora, 85 €/h) e cada 0,5 cm/px de resolução melhor vale cerca de 40 € para o cliente. Use simulate_survey e depois responda com os parâmetros escolhidos.`,
      de: `Missionsassistent für eine Vermessungsdrohne. Fläche: ${area} ha. Grenzen: höchstens ${maxBatt} Akkus, Bodenauflösung ≤ 3,0 cm/px, Längsüberlappung ≥ 70 %. Kürzere Flüge sind mehr wert (das Team wird pro Stunde bezahlt, 85 €/h), und jede 0,5 cm/px bessere Auflösung ist dem Kunden etwa 40 € wert. Nutze simulate_survey und antworte dann mit den gewählten Einstellungen.`,
    });
    const messages: Msg[] = [sys(head), user(t(lang, { en: 'Go ahead.', es: 'Adelante.', pt: 'Pode avançar.', de: 'Leg los.' }))];
    const combos = rng.sample([[60, 75, 8], [80, 70, 10], [80, 80, 8], [100, 70, 12], [100, 75, 10], [120, 70, 12], [70, 80, 9]], rng.int(3, 5));
    for (const [alt, ov, spd] of combos) {
      const gsd = round(alt! * 0.027, 2);
      const minutes = Math.round(area * 0.9 * (ov! / 70) * (80 / alt!) * (10 / spd!));
      exchange(rng, messages, 'simulate_survey', { altitude_m: alt, front_overlap_pct: ov, speed_ms: spd }, {
        gsd_cm_px: gsd, flight_min: minutes, batteries: Math.ceil(minutes / 24), gaps_pct: ov! < 72 && spd! > 10 ? 2.1 : 0, motion_blur_risk: spd! >= 12 ? 'medium' : 'low',
      });
    }
    return {
      lang,
      messages,
      tools: [tool('simulate_survey', 'Dry-run a lawnmower survey with the given settings.', { altitude_m: num, front_overlap_pct: num, speed_ms: num })],
      response_format: jsonSchema('survey_choice', { altitude_m: num, front_overlap_pct: num, speed_ms: num, why: str }),
    };
  },
};

export const ubK: Family[] = [ubTowerDefense, ubRobotCharging, ubThermostat, ubRpgLoadout, ubDroneSurvey];

// ───────────────────────────── learning ─────────────────────────────

const leGripTrials: Family = {
  id: 'wk-le-gripper-trials',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The grip settings for an object never handled before have to be generalised from the logged outcomes of earlier grasps on other objects.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'zh', 'fr'], i);
    const objects = [
      ['ripe tomato', 'soft', 120], ['glass jar', 'rigid, smooth', 340], ['sponge', 'foam', 15], ['apple', 'firm', 180],
      ['egg', 'brittle', 60], ['plastic cup (empty)', 'thin-walled', 12], ['canned soup', 'rigid', 410], ['bread roll', 'soft crust', 70],
      ['peach', 'soft', 150], ['wine glass', 'brittle, smooth', 190],
    ] as const;
    const trials = rng.sample([...objects], rng.int(6, 8)).map(([o, m, g], k) => {
      const force = rng.pick([2, 4, 6, 9, 12, 15]);
      const speed = rng.pick(['slow', 'medium', 'fast']);
      const fragile = m.includes('soft') || m.includes('brittle') || m.includes('thin');
      const res = fragile && force > 6 ? 'crushed / cracked' : !fragile && force < 5 && g > 150 ? 'slipped' : speed === 'fast' && m.includes('smooth') ? 'slipped on contact' : 'ok';
      return `#${k + 1} ${o} (${m}, ${g} g): ${force} N, ${speed} → ${res}`;
    });
    const target = rng.pick(['kiwi (soft, fuzzy, 90 g)', 'ceramic mug (rigid, glazed, 320 g)', 'light bulb (brittle, smooth, 35 g)', 'avocado (firm-soft, 200 g)']);
    const head = t(lang, {
      en: 'Pick-and-place cell with a two-finger soft gripper. Below are the grasps run so far this week with their results. Choose grip force (N) and approach speed for the next object.',
      de: 'Pick-and-Place-Zelle mit Zwei-Finger-Softgreifer. Unten stehen die Griffe dieser Woche mit ihren Ergebnissen. Wähle Greifkraft (N) und Anfahrgeschwindigkeit für das nächste Objekt.',
      zh: '一个配有双指软夹爪的抓放工位。下面是本周已经做过的抓取及其结果。请为下一个物体选择夹持力（N）和接近速度。',
      fr: 'Cellule de pick-and-place avec une pince souple à deux doigts. Voici les saisies réalisées cette semaine avec leur résultat. Choisis la force de serrage (N) et la vitesse d’approche pour le prochain objet.',
    });
    const next = t(lang, { en: `Next object: ${target}.`, de: `Nächstes Objekt: ${target}.`, zh: `下一个物体：${target}。`, fr: `Objet suivant : ${target}.` });
    return {
      lang,
      messages: [sys(head), user(`${trials.join('\n')}\n\n${next}`)],
      ...(i % 2 === 1
        ? { tools: [tool('execute_grasp', 'Run one grasp on the object in the tray.', { force_n: num, approach: oneOf('slow', 'medium', 'fast') })], tool_choice: 'required' as const }
        : { response_format: jsonSchema('grip', { force_n: num, approach: oneOf('slow', 'medium', 'fast'), expected_result: str }) }),
    };
  },
};

const leNpcMerchant: Family = {
  id: 'wk-le-npc-merchant-reactions',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The merchant is meant to adapt its pitch to how this player reacted to earlier visits (skips, buys, walk-outs), generalising those reactions to a new visit.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'ja', 'pt'], i);
    const npc = rng.pick(['Brunhild', 'Oswin', 'Mara Ketch', 'Tobiah']);
    const visits = rng.sample([
      ['long haggling speech about the war', 'skipped dialogue after 2 s', 'bought nothing'],
      ['one-line joke + showed arrows', 'thumbs up', 'bought 40 arrows'],
      ['pushed health potions twice', 'thumbs down', 'walked out'],
      ['mentioned a rare bow in the back', 'asked "price?"', 'could not afford, left'],
      ['short greeting, opened shop menu', 'neutral', 'sold 3 wolf pelts'],
      ['told rumour about the mine quest', 'thumbs up', 'accepted side quest, bought rope'],
      ['offered discount for repeat customer', 'thumbs up', 'bought lockpicks'],
    ], rng.int(4, 6)).map(([line, react, outcome], k) => `visit ${k + 1}: "${line}" → ${react}; ${outcome}`);
    const hp = rng.pick([18, 40, 92]);
    const goldNow = rng.int(60, 700);
    const head = t(lang, {
      en: `You voice ${npc}, the merchant in the RPG "Ashfall". Below is how this player reacted to you on previous visits. Write the greeting for this visit and choose one item to put forward.`,
      es: `Das voz a ${npc}, el mercader del RPG «Ashfall». Abajo tienes cómo reaccionó este jugador en visitas anteriores. Escribe el saludo de esta visita y elige un objeto para ofrecer.`,
      ja: `あなたは RPG『Ashfall』の商人 ${npc} の台詞を担当します。以下はこのプレイヤーが過去の来店時にどう反応したかの記録です。今回の来店時の挨拶を書き、勧める商品を1つ選んでください。`,
      pt: `Você dá voz a ${npc}, o mercador do RPG "Ashfall". Abaixo está como este jogador reagiu a você em visitas anteriores. Escreva a saudação desta visita e escolha um item para oferecer.`,
    });
    const now = t(lang, {
      en: `Player enters. HP ${hp}%, gold ${goldNow}, quiver nearly empty, carrying 5 bear hides.`,
      es: `Entra el jugador. Vida ${hp} %, oro ${goldNow}, carcaj casi vacío, lleva 5 pieles de oso.`,
      ja: `プレイヤーが来店。HP ${hp}%、所持金 ${goldNow}、矢筒はほぼ空、熊の毛皮を5枚持っている。`,
      pt: `O jogador entra. Vida ${hp}%, ouro ${goldNow}, aljava quase vazia, carregando 5 peles de urso.`,
    });
    return {
      lang,
      messages: [sys(head), user(`${visits.join('\n')}\n\n${now}`)],
      response_format: jsonSchema('merchant_turn', { line: str, offer: oneOf('arrows', 'health_potion', 'rare_bow', 'lockpicks', 'rope', 'buy_hides', 'nothing') }),
      max_tokens: 120,
    };
  },
};

const rpsBeats: Record<string, string> = { R: 'P', P: 'S', S: 'R' };
const leRpsOpponent: Family = {
  id: 'wk-le-rps-opponent',
  label: 'learning',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  variants: 5,
  rationale: 'The throw should exploit the habit this opponent showed over the earlier rounds, generalising from those outcomes; reading it as an inferred opponent model is the second fair view.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'de', 'zh', 'ja'], i);
    const habit = i % 3;
    const moves = ['R', 'P', 'S'];
    const rounds: string[] = [];
    let mine = rng.pick(moves);
    let theirs = rng.pick(moves);
    const n = rng.int(7, 12);
    for (let k = 0; k < n; k++) {
      const res = mine === theirs ? 'draw' : rpsBeats[theirs] === mine ? 'me' : 'them';
      rounds.push(`${k + 1}. me ${mine} / bot ${theirs} → ${res}`);
      const prevMine = mine;
      mine = rng.pick(moves);
      theirs = habit === 0 ? rpsBeats[prevMine]! : habit === 1 ? moves[(moves.indexOf(theirs) + 1) % 3]! : res === 'them' ? theirs : rng.pick(moves);
    }
    const head = t(lang, {
      en: 'Rock-paper-scissors against a house bot, first to 20. Round history below. Reply with R, P or S only.',
      fr: 'Pierre-feuille-ciseaux contre un bot maison, le premier à 20 gagne. Historique des manches ci-dessous. Réponds uniquement R, P ou S.',
      de: 'Schere-Stein-Papier gegen einen Haus-Bot, wer zuerst 20 hat, gewinnt. Rundenverlauf unten. Antworte nur mit R, P oder S.',
      zh: '和一个电脑对手玩石头剪刀布，先赢 20 局者胜。下面是之前每一局的记录。只回复 R、P 或 S。',
      ja: 'ハウスボットとのじゃんけん勝負、先に20勝した方の勝ち。これまでの対戦記録は下のとおり。R、P、S のどれか1文字だけで答えてください。',
    });
    return { lang, messages: [sys(head), user(rounds.join('\n'))], max_tokens: 2 };
  },
};

const leKioskMemory: Family = {
  id: 'wk-le-kiosk-restock-memory',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The restock order for an upcoming event is to be based on retrieved notes from earlier events, what was stocked and how it turned out, applied to a new situation.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'es', 'de'], i);
    const event = rng.pick(['derby football match', 'school sports day', 'open-air concert', 'marathon finish line']);
    const temp = rng.int(8, 34);
    const head = t(lang, {
      en: 'You manage restocking for a self-service snack kiosk at a sports ground. Before ordering, look up notes from earlier events with search_memory and learn from what went wrong. Order with place_order.',
      pt: 'Você gere o reabastecimento de um quiosque de snacks self-service num recinto desportivo. Antes de encomendar, consulte as notas de eventos anteriores com search_memory. Encomende com place_order.',
      es: 'Gestionas la reposición de un quiosco de snacks de autoservicio en un recinto deportivo. Antes de pedir, consulta las notas de eventos anteriores con search_memory. Pide con place_order.',
      de: 'Du verwaltest die Nachbestellung für einen Selbstbedienungs-Snackkiosk auf einem Sportgelände. Sieh vor der Bestellung mit search_memory die Notizen zu früheren Veranstaltungen an. Bestelle mit place_order.',
    });
    const ask = t(lang, {
      en: `Saturday: ${event}, forecast ${temp} °C, kiosk capacity 600 items. What do we order?`,
      pt: `Sábado: ${event}, previsão de ${temp} °C, capacidade do quiosque 600 artigos. O que encomendamos?`,
      es: `Sábado: ${event}, previsión de ${temp} °C, capacidad del quiosco 600 artículos. ¿Qué pedimos?`,
      de: `Samstag: ${event}, Vorhersage ${temp} °C, Kapazität des Kiosks 600 Artikel. Was bestellen wir?`,
    });
    const messages: Msg[] = [sys(head), user(ask)];
    const memories = rng.sample([
      { date: '2024-05-11', event: 'derby football match', temp_c: 24, stocked: { water: 150, cola: 150, crisps: 120, chocolate: 100, sandwiches: 80 }, outcome: 'water sold out at half-time, 61 sandwiches binned' },
      { date: '2024-06-02', event: 'open-air concert', temp_c: 29, stocked: { water: 250, cola: 120, ice_cream: 100, crisps: 80, sandwiches: 50 }, outcome: 'ice cream gone in 40 min, cola 70 left' },
      { date: '2024-09-14', event: 'school sports day', temp_c: 17, stocked: { water: 200, juice_boxes: 150, crisps: 100, fruit: 80, chocolate: 60 }, outcome: 'fruit hardly touched; chocolate sold out; parents asked for coffee' },
      { date: '2024-10-20', event: 'marathon finish line', temp_c: 11, stocked: { water: 300, isotonic: 120, bananas: 100, chocolate: 50 }, outcome: 'isotonic sold out early, 180 water left over' },
      { date: '2024-11-03', event: 'derby football match', temp_c: 9, stocked: { water: 120, cola: 150, hot_dogs: 100, chocolate: 120, crisps: 100 }, outcome: 'hot dogs sold out, water fine, cola 60 left; note: cold games shift sales to warm food' },
    ], rng.int(3, 4));
    exchange(rng, messages, 'search_memory', { query: `${event} restock`, k: 5 }, { results: memories });
    if (rng.chance(0.5)) {
      exchange(rng, messages, 'search_memory', { query: 'reflections kiosk ordering mistakes', k: 3 }, { results: [{ note: 'Binned sandwiches are the biggest loss item; order fresh food at 70 % of expected demand.' }, { note: 'Supplier cuts off at 20:00 Friday.' }] });
    }
    return {
      lang,
      messages,
      tools: [
        tool('search_memory', 'Semantic search over notes from earlier events.', { query: str, k: int }),
        tool('place_order', 'Send the order to the supplier.', { lines: list(obj({ item: str, qty: int })) }),
      ],
      tool_choice: 'auto',
    };
  },
};

const leDoorReflections: Family = {
  id: 'wk-le-door-opening-critiques',
  label: 'learning',
  secondary: 'goal_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'Earlier failed door-opening attempts and the robot\'s own critiques must be carried over to a new door type; producing a motion sequence toward an open door is the goal-directed second reading.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'zh', 'fr'], i);
    const attempts = rng.sample([
      ['lever handle, pull door', 'failed', 'pulled before the latch was fully down; handle slipped out of the gripper'],
      ['round knob, push door', 'failed', 'wrist rotation limit hit at 80°, knob needs ~110°; re-grasp halfway next time'],
      ['lever handle, push door', 'success', 'pressed down, held, pushed with the base not the arm'],
      ['sliding door, recessed grip', 'failed', 'fingers too wide for the recess; use single-finger hook pose'],
      ['heavy fire door with closer', 'failed', 'door swung back on the arm; keep the base in the gap while passing'],
      ['lever handle, pull door', 'success', 'pressed fully, paused 0.5 s, then pulled along an arc, not straight back'],
    ], rng.int(3, 5)).map(([d, r, c], k) => `attempt ${k + 1}: ${d} → ${r}. critique: ${c}`);
    const door = rng.pick(['round knob, pull door with a self-closer', 'heavy lever-handle fire door, pull side', 'sliding door with recessed grip, slightly stuck']);
    const head = t(lang, {
      ja: '移動マニピュレータでドアを開けるタスクです。以下はこれまでの試行と、そのたびに自分で書いた反省です。今回のドアについて、使う動作プリミティブ（approach, grasp, rotate_wrist, press, pull_arc, push_base, hook, wait, release）を順番に並べてください。',
      en: 'Mobile manipulator, door opening. Below are your earlier attempts with the critique you wrote after each. For the door in front of you now, give the sequence of motion primitives to use (approach, grasp, rotate_wrist, press, pull_arc, push_base, hook, wait, release).',
      zh: '移动机械臂开门任务。下面是你之前的尝试，以及每次之后自己写的反思。请针对现在面前这扇门，按顺序给出要用的动作原语（approach, grasp, rotate_wrist, press, pull_arc, push_base, hook, wait, release）。',
      fr: "Manipulateur mobile, ouverture de portes. Voici tes tentatives précédentes avec la critique que tu as rédigée après chacune. Pour la porte devant toi, donne la suite de primitives de mouvement à utiliser (approach, grasp, rotate_wrist, press, pull_arc, push_base, hook, wait, release).",
    });
    const now = t(lang, { en: `Now: ${door}.`, ja: `今回：${door}。`, zh: `这次：${door}。`, fr: `Maintenant : ${door}.` });
    return { lang, messages: [sys(head), user(`${attempts.join('\n')}\n\n${now}`)] };
  },
};

export const leK: Family[] = [leGripTrials, leNpcMerchant, leRpsOpponent, leKioskMemory, leDoorReflections];

// ───────────────────────────── non-agentic ─────────────────────────────

const naTranslateUi: Family = {
  id: 'wk-na-translate-game-ui',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'Translating a batch of game UI strings is a plain text transformation; the nearest type is simple_reflex because each string maps straight to its output.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'ja', 'es', 'fr'], i);
    const strings = Object.fromEntries(rng.sample([
      ['menu.continue', 'Continue'], ['menu.load', 'Load game'], ['hud.ammo_low', 'Ammo low!'], ['shop.sold_out', 'Sold out'],
      ['quest.failed', 'Quest failed: {npc} did not survive.'], ['settings.vsync', 'Vertical sync'], ['inv.full', 'Your backpack is full.'],
      ['dialog.skip', 'Hold {key} to skip'], ['map.fast_travel', 'Fast travel unavailable during combat'], ['ach.unlocked', 'Achievement unlocked: {name}'],
    ], rng.int(4, 7)));
    const targets = {
      ja: { en: 'Japanese', de: 'Japanische', es: 'japonés', fr: 'japonais' },
      pt: { en: 'Brazilian Portuguese', de: 'brasilianische Portugiesisch', ja: 'ブラジルポルトガル語', es: 'portugués de Brasil', fr: 'portugais du Brésil' },
      de: { en: 'German', ja: 'ドイツ語', es: 'alemán', fr: 'allemand' },
      zh: { en: 'Simplified Chinese', de: 'vereinfachte Chinesisch', ja: '簡体字中国語', es: 'chino simplificado', fr: 'chinois simplifié' },
      fr: { en: 'French', de: 'Französische', ja: 'フランス語', es: 'francés' },
    } as const;
    const options = (Object.keys(targets) as (keyof typeof targets)[]).filter((k) => k !== lang);
    const names: Partial<Record<Lang, string>> = targets[rng.pick(options)];
    const target = names[lang] ?? names.en ?? 'English';
    const body = t(lang, {
      en: `Translate these UI strings into ${target}. Keep the keys and the {placeholders} untouched, keep it short enough for buttons.`,
      de: `Übersetze diese UI-Texte ins ${target}. Schlüssel und {Platzhalter} bitte unverändert lassen, kurz genug für Buttons.`,
      ja: `このUI文字列を${target}に翻訳してください。キーと {プレースホルダー} はそのまま、ボタンに収まる短さで。`,
      es: `Traduce estas cadenas de interfaz al ${target}. No toques las claves ni los {marcadores}, y que quepan en botones.`,
      fr: `Traduis ces chaînes d'interface en ${target}. Ne touche ni aux clés ni aux {variables}, et garde des textes assez courts pour des boutons.`,
    });
    return { lang, messages: [user(`${body}\n\n${JSON.stringify(strings, null, 2)}`)] };
  },
};

const naExplainPathfinding: Family = {
  id: 'wk-na-explain-npc-pathfinding',
  label: 'goal_based',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'The user wants an explanation of how game NPCs find routes, which is plain teaching; the nearest type is goal_based since the topic is search toward a target.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'pt', 'en'], i);
    const engine = rng.pick(['Godot', 'Unity', 'Unreal', 'a custom C++ engine']);
    const q = t(lang, {
      en: rng.pick([
        `Can you explain the difference between A* and Dijkstra for NPC movement in ${engine}? When is a navmesh better than a grid?`,
        `ELI5: why do my ${engine} enemies walk in zig-zags on a tile grid, and what does a heuristic actually do in A*?`,
      ]),
      zh: `能给我讲讲在 ${engine} 里做 NPC 移动时，A* 和 Dijkstra 有什么区别吗？什么时候用导航网格比用格子更好？`,
      pt: `Você pode me explicar a diferença entre A* e Dijkstra para movimentar NPCs no ${engine}? Quando vale mais a pena usar navmesh em vez de grade?`,
    });
    return { lang, messages: i === 3 ? [sys('You are a friendly game-dev tutor.'), user(q)] : [user(q)], temperature: 0.7 };
  },
};

const naSummarizeRobotLog: Family = {
  id: 'wk-na-summarise-robot-maintenance',
  label: 'model_based_reflex',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'Condensing a maintenance log into a short note for a colleague is summarising, not acting; the nearest type is model_based_reflex because the log describes a machine over time.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'de', 'en'], i);
    const robot = rng.pick(['KR-210 cell 3', 'UR10e palletiser', 'AMR #14', 'SCARA line B']);
    const entries = rng.sample([
      'joint 3 temperature warning (71 °C) cleared after 20 min',
      'gripper vacuum pad replaced (wear)',
      'firmware 5.12 → 5.14, recalibrated TCP',
      'e-stop triggered by operator, no fault found',
      'cable harness on axis 6 rubbing, zip-tied temporarily, ticket #4471',
      'cycle time up 4 % since Monday, suspected dirty lidar',
      'lubrication of axes 1–3 done',
      'collision detection false positive x2 near conveyor',
    ], rng.int(4, 7)).map((e, k) => `${pad(rng.int(1, 28))}.0${rng.int(3, 9)} ${pad(6 + k)}:${pad(rng.int(0, 59))} ${e}`);
    const ask = t(lang, {
      en: `Summarise this maintenance log for ${robot} in three bullet points for the night shift:`,
      fr: `Résume ce journal de maintenance du ${robot} en trois puces pour l'équipe de nuit :`,
      de: `Fass dieses Wartungsprotokoll für ${robot} in drei Stichpunkten für die Nachtschicht zusammen:`,
    });
    return { lang, messages: [user(`${ask}\n\n${entries.join('\n')}`)], max_tokens: 200 };
  },
};

const naRewriteQuest: Family = {
  id: 'wk-na-rewrite-quest-dialogue',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'Rewriting an NPC line in another voice is a pure writing task with no agent loop; simple_reflex is the nearest type as one input maps to one output.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'ja', 'en'], i);
    const tone = rng.pick(['grumpy pirate', 'overly formal butler', 'nervous teenager', 'ancient dragon']);
    const line = t(lang, {
      en: rng.pick(['Bring me five wolf pelts and I will pay you fifty gold.', 'The bridge to the east is broken. You will need to find another way across the river.', 'My daughter went into the old mine two days ago and has not come back.']),
      es: rng.pick(['Tráeme cinco pieles de lobo y te pagaré cincuenta monedas de oro.', 'El puente del este está roto. Tendrás que cruzar el río por otro sitio.']),
      ja: rng.pick(['狼の毛皮を5枚持ってきてくれたら、金貨50枚払おう。', '東の橋は壊れている。川を渡るには別の方法を探すしかない。']),
    });
    const ask = t(lang, {
      en: `Rewrite this quest-giver line in the voice of a ${tone}. Keep the information, max two sentences.`,
      es: `Reescribe esta frase del que da la misión con la voz de un ${tone === 'grumpy pirate' ? 'pirata gruñón' : tone === 'overly formal butler' ? 'mayordomo demasiado formal' : tone === 'nervous teenager' ? 'adolescente nervioso' : 'dragón milenario'}. Mantén la información, máximo dos frases.`,
      ja: `このクエスト依頼の台詞を「${tone === 'grumpy pirate' ? '不機嫌な海賊' : tone === 'overly formal butler' ? '堅苦しすぎる執事' : tone === 'nervous teenager' ? '緊張した十代の若者' : '太古の竜'}」の口調に書き直してください。情報はそのままで、2文以内。`,
    });
    return { lang, messages: [user(`${ask}\n\n"${line}"`)], temperature: 0.9 };
  },
};

const naBoardGameChat: Family = {
  id: 'wk-na-board-game-night-chat',
  label: 'utility_based',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'A casual chat asking for board game suggestions for a game night is ordinary conversation; the nearest type is utility_based since it weighs options against the group\'s preferences.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'pt', 'fr'], i);
    const n = rng.int(4, 7);
    const kids = rng.chance(0.5);
    const first = t(lang, {
      en: `Hosting a game night on Friday, ${n} people${kids ? ', two of them are 9 and 11' : ''}. Any ideas?`,
      de: `Ich mache am Freitag einen Spieleabend, ${n} Leute${kids ? ', zwei davon sind 9 und 11' : ''}. Habt ihr Ideen?`,
      pt: `Vou fazer uma noite de jogos na sexta, ${n} pessoas${kids ? ', duas delas têm 9 e 11 anos' : ''}. Alguma ideia?`,
      fr: `J'organise une soirée jeux vendredi, ${n} personnes${kids ? ', dont deux enfants de 9 et 11 ans' : ''}. Des idées ?`,
    });
    const reply = t(lang, {
      en: 'Fun! Party games like Codenames or Just One work well for that size. Do people like competitive games or more cooperative ones?',
      de: 'Klingt gut! Partyspiele wie Codenames oder Just One passen gut zu der Gruppengröße. Mögt ihr eher kompetitive oder kooperative Spiele?',
      pt: 'Que legal! Jogos de festa como Codenames ou Just One funcionam bem para esse tamanho de grupo. Vocês preferem jogos competitivos ou cooperativos?',
      fr: 'Sympa ! Des jeux d’ambiance comme Codenames ou Just One marchent bien à ce nombre. Vous préférez les jeux compétitifs ou coopératifs ?',
    });
    const second = t(lang, {
      en: 'A bit of both. One friend hates long rules explanations. And what is Just One exactly?',
      de: 'Ein bisschen von beidem. Eine Freundin hasst lange Regelerklärungen. Und was ist Just One genau?',
      pt: 'Um pouco de cada. Um amigo odeia explicações longas de regras. E o que é Just One exatamente?',
      fr: "Un peu des deux. Une amie déteste les longues explications de règles. Et c'est quoi exactement, Just One ?",
    });
    return { lang, messages: [user(first), say(reply), user(second)], temperature: 0.8 };
  },
};

export const naK: Family[] = [naTranslateUi, naExplainPathfinding, naSummarizeRobotLog, naRewriteQuest, naBoardGameChat];

export const trainK: Family[] = [...srK, ...mbK, ...gbK, ...ubK, ...leK, ...naK];
