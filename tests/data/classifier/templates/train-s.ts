// Labelled classifier rows by author "s": everyday life and services (travel, home, money, health,
// shopping, local trades). Mostly chatty multi-turn requests from ordinary users, mixed languages.
import {
  type Family, type Lang, type Rng, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msg = ReturnType<typeof user>;

const eur = (n: number): string => n.toFixed(2);
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
const pickN = <T>(rng: Rng, items: readonly T[], n: number): T[] => rng.sample(items, Math.min(n, items.length));

// ---------------------------------------------------------------- simple_reflex

const srFridge: Family = {
  id: 'ws-sr-fridge-door-ping', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'Each fridge ping is mapped straight to one alert action from fixed thresholds; no earlier pings or look-ahead matter.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'es', 'en'], i);
    const brand = ['FrostLine', 'Kühlwerk', 'CoolNest', 'Polaris Home', 'IceBox+'][i]!;
    const open = i % 2 === 0 || rng.chance(0.4);
    const ping: Record<string, unknown> = {
      device: `${brand.slice(0, 2).toUpperCase()}-${rng.int(1000, 9999)}`,
      door: open ? 'open' : 'closed',
      door_open_s: open ? rng.pick([35, 75, 140, 210, 390, 600]) + rng.int(0, 20) : 0,
      fridge_c: rng.int(28, 118) / 10,
      freezer_c: -rng.int(9, 21),
      compressor: rng.pick(['running', 'idle', 'running', 'idle', 'fault']),
    };
    if (i % 2 === 1) ping.eco_mode = rng.chance(0.5);
    if (i === 4) ping.holiday_mode = true;
    const sysText = t(lang, {
      en: `${brand} fridge app. The appliance sends a ping every few minutes. For this ping choose what the app does:
- none: all normal
- chime: door open 60-180 s
- push_alert: door open over 180 s, fridge above 7 °C, or freezer above -12 °C
- call_service: compressor=fault, or fridge above 10 °C while the door is closed
If several apply, take the strongest one.`,
      de: `${brand}-Kühlschrank-App. Das Gerät schickt alle paar Minuten einen Ping. Entscheide für diesen Ping, was die App tut:
- none: alles normal
- chime: Tür 60-180 s offen
- push_alert: Tür über 180 s offen, Kühlteil über 7 °C oder Gefrierteil über -12 °C
- call_service: compressor=fault oder Kühlteil über 10 °C bei geschlossener Tür
Wenn mehreres zutrifft, nimm das Stärkste.`,
      ja: `${brand} 冷蔵庫アプリ。本体から数分ごとにpingが届きます。このpingに対してアプリが取る動作を選んでください:
- none: 異常なし
- chime: ドアが60〜180秒開いている
- push_alert: ドアが180秒を超えて開いている、冷蔵室が7 °C超、または冷凍室が-12 °C超
- call_service: compressor=fault、またはドアが閉じているのに冷蔵室が10 °C超
複数当てはまる場合は一番強いものを選ぶこと。`,
      es: `App de la nevera ${brand}. El aparato manda un ping cada pocos minutos. Para este ping elige qué hace la app:
- none: todo normal
- chime: puerta abierta 60-180 s
- push_alert: puerta abierta más de 180 s, nevera por encima de 7 °C o congelador por encima de -12 °C
- call_service: compressor=fault, o nevera por encima de 10 °C con la puerta cerrada
Si se cumplen varias, la más fuerte.`,
    });
    return {
      lang,
      messages: [sys(sysText), user(JSON.stringify(ping))],
      response_format: jsonSchema('fridge_ping_action', {
        action: oneOf('none', 'chime', 'push_alert', 'call_service'), note_for_user: str,
      }),
      max_tokens: 80,
    };
  },
};

const smsPool: Record<string, { intro: string[]; texts: string[] }> = {
  fr: {
    intro: ["je viens de recevoir ce sms, c'est une arnaque ou pas ??", 'Bonjour, ma mère a reçu ça sur son portable, vous en pensez quoi :', "vrai ou faux ce message ? j'ai failli cliquer"],
    texts: [
      'Colissimo : votre colis est en attente, frais de réexpédition de 1,99€ à régler ici : https://colis-suivi-fr.info/p?id=88213',
      'Ameli : votre remboursement de 148,20€ est disponible, confirmez vos coordonnées bancaires sur ameli-remb.com',
      'Pharmacie du Centre : votre commande est prête, à retirer avant samedi 19h. Répondez STOP pour ne plus recevoir de SMS.',
      "Cabinet Dr Morel - rappel RDV mardi 14/05 à 10h30. En cas d'empêchement merci d'appeler le cabinet.",
      'Crit\'Air : votre vignette expire, renouvelez-la sous 48h pour éviter une amende de 135€ : certificat-air-gouv.fr.co',
    ],
  },
  zh: {
    intro: ['刚收到这条短信，是不是诈骗啊？', '帮我看看这个靠谱吗，我妈差点点进去了', '这条短信是真的吗？'],
    texts: [
      '【顺丰速运】您的快递因地址不详无法派送，请点击 http://sf-kd-cn.top/x 补填地址并支付0.5元手续费。',
      '【中国银行】您的账户存在异常，已被临时冻结，请立即登录 boc-verify.cc 进行身份验证。',
      '【美团】您的外卖骑手已取餐，预计12:40送达，请保持电话畅通。',
      '您好，和平小区燃气表将于本周四上午9点至12点进行年检，请家中留人。——和平物业',
      '【ETC服务】您的ETC卡已失效，请点击 etc-jh.vip 重新认证，逾期将影响高速通行。',
    ],
  },
  en: {
    intro: ['got this text just now, legit or scam??', 'my dad forwarded me this, is it real?', 'is this one ok to click on'],
    texts: [
      'Royal Mail: Your parcel has a £1.45 unpaid shipping fee. Pay now to avoid return: royalmail-redeliver.uk-help.com',
      'HMRC: You are eligible for a tax refund of £326.18. Claim within 24h: gov-refund-hmrc.net',
      'Hi mum, this is my new number, my phone broke. Can you text me on WhatsApp asap? x',
      'Your Boots prescription is ready to collect from Boots Ashford. Reply STOP to opt out.',
      'Riverside Dental: reminder that Emma has a check-up on Thu 11:15. Call 01632 960412 to change.',
    ],
  },
  es: {
    intro: ['me ha llegado esto, ¿es timo?', 'oye mira este sms, ¿lo abro o no?', 'Buenas, ¿esto es de verdad?'],
    texts: [
      'Correos: su envío está retenido en aduana. Pague 2,99€ de tasas aquí: correos-es-envio.com',
      'BBVA: Hemos detectado un acceso no autorizado. Si no ha sido usted, verifique aquí: bbva-seguridad-clientes.net',
      'Tu cita para la ITV es el 23/05 a las 9:40 en la estación de Alcobendas. Trae el permiso de circulación.',
      'DGT: tiene una multa pendiente de 100€. Evite el recargo pagando hoy en dgt-multas-pago.es.info',
    ],
  },
  pt: {
    intro: ['recebi esta mensagem agora, é burla?', 'olha isto, é verdade ou golpe?', 'posso confiar neste sms?'],
    texts: [
      'CTT: A sua encomenda aguarda pagamento de portes (1,49€). Pague em ctt-entregas-pt.com para evitar devolução.',
      'Farmácia Avenida: a sua encomenda já está disponível para levantamento até sexta às 20h.',
      'Oi pai, mudei de número, o outro caiu na água. Me manda mensagem no zap quando puder',
      'Autoridade Tributária: tem um reembolso de IRS de 412,50€ por levantar. Aceda a at-reembolso.pt-gov.com',
    ],
  },
};

const srSms: Family = {
  id: 'ws-sr-sms-scam-check', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'A single forwarded text message gets a scam/legit verdict from its own content; nothing is carried over or searched.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'zh', 'en', 'es', 'pt'], i);
    const pool = smsPool[lang]!;
    const body = `${rng.pick(pool.intro)}\n\n"${rng.pick(pool.texts)}"`;
    return {
      lang,
      messages: [user(body)],
      response_format: jsonSchema('sms_check', { verdict: oneOf('scam', 'legit', 'not_sure'), what_to_do: str }),
      max_tokens: 150,
    };
  },
};

const srGym: Family = {
  id: 'ws-sr-gym-set-cue', label: 'simple_reflex', difficulty: 'medium', variants: 5,
  rationale: 'The watch numbers of the set just finished map directly to one coaching cue by fixed thresholds; no session history or programme design is involved.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'pt', 'fr', 'en'], i);
    const ex = rng.pick(['Back squat', 'Bench press', 'Romanian deadlift', 'Overhead press', 'Leg press', 'Barbell row']);
    const maxHr = rng.int(172, 195);
    const target = rng.pick([5, 6, 8, 10, 12]);
    const reps = Math.max(1, target - rng.pick([0, 0, 1, 3, 4]));
    const hr = Math.round(maxHr * (rng.int(78, 98) / 100));
    const rpe = rng.pick([6, 7, 7.5, 8, 8.5, 9, 9.5, 10]);
    const setNo = rng.int(1, 4);
    const weight = rng.int(8, 28) * 5;
    const flag = rng.pick(['none', 'none', 'none', 'bar_speed_drop', 'pain_reported']);
    const sysText = t(lang, {
      en: `You are the live coach in the PulseFit app. After each set the watch sends its numbers and you answer with exactly one coach_cue call. Rules:
stop_now: heart rate above 95% of max_hr, or flag=pain_reported
lower_weight: reps done at least 3 below the target
rest_longer: RPE 9 or higher
next_set: anything else
If more than one fits, the earlier one in this list wins.`,
      de: `Du bist der Live-Coach in der PulseFit-App. Nach jedem Satz schickt die Uhr ihre Werte, und du antwortest mit genau einem coach_cue-Aufruf.
stop_now: Puls über 95 % von max_hr oder flag=pain_reported
lower_weight: mindestens 3 Wiederholungen unter dem Ziel
rest_longer: RPE 9 oder höher
next_set: sonst
Passt mehreres, gewinnt das weiter oben Stehende.`,
      pt: `Você é o treinador ao vivo do app PulseFit. Depois de cada série o relógio manda os números e você responde com exatamente uma chamada coach_cue.
stop_now: frequência cardíaca acima de 95% da max_hr, ou flag=pain_reported
lower_weight: repetições feitas pelo menos 3 abaixo do alvo
rest_longer: RPE 9 ou mais
next_set: qualquer outro caso
Se mais de um servir, vale o que vem primeiro na lista.`,
      fr: `Tu es le coach en direct de l'appli PulseFit. Après chaque série, la montre envoie ses chiffres et tu réponds par exactement un appel coach_cue.
stop_now : fréquence cardiaque au-dessus de 95 % de max_hr, ou flag=pain_reported
lower_weight : au moins 3 répétitions de moins que l'objectif
rest_longer : RPE de 9 ou plus
next_set : sinon
Si plusieurs conviennent, le premier de la liste l'emporte.`,
    });
    let payload = `exercise=${ex} set=${setNo}/4 weight=${weight}kg reps=${reps}/${target} rpe=${rpe} hr=${hr} max_hr=${maxHr} flag=${flag}`;
    if (i === 4) payload += '\n(user note: knee felt a bit weird on the last rep, prob nothing)';
    return {
      lang,
      messages: [sys(sysText), user(payload)],
      tools: [tool('coach_cue', 'Show one cue on the watch face after a set.', {
        cue: oneOf('next_set', 'rest_longer', 'lower_weight', 'stop_now'),
        text: { type: 'string', description: 'max 40 characters, shown on the watch' },
      })],
      tool_choice: 'required',
      max_tokens: 60,
    };
  },
};

const dishes: Record<string, string[]> = {
  pt: [
    'Bacalhau à Brás — bacalhau desfiado, batata palha, ovo, cebola, azeitonas pretas, salsa',
    'Pastel de nata (unidade) — massa folhada, leite, gemas, açúcar, canela',
    'Francesinha — pão de forma, linguiça, fiambre, bife, queijo, molho de cerveja e tomate',
    'Salada de polvo — polvo, pimento, cebola, coentros, azeite, vinagre',
    'Caril de camarão — camarão, leite de coco, caril, arroz basmati',
  ],
  en: [
    'Pesto linguine — basil pesto, parmesan, cherry tomatoes, rocket',
    'Thai green curry (chicken) — coconut milk, green curry paste, aubergine, Thai basil, jasmine rice',
    'Fish & chips — beer-battered haddock, chips, mushy peas, tartare sauce',
    'Caesar salad — romaine, croutons, house dressing, shaved parmesan',
    'Halloumi burger — grilled halloumi, brioche bun, red pepper relish, slaw',
  ],
  ja: [
    '海老天そば — そば(そば粉80%)、海老天ぷら2本、ねぎ、つゆ',
    '親子丼 — 鶏もも肉、卵、玉ねぎ、ご飯、みつば',
    '胡麻豆腐 — 練りごま、葛粉、わさび醤油',
    '鯛の塩焼き定食 — 鯛、ご飯、味噌汁(わかめ・豆腐)、香の物',
    'カレーうどん — うどん、豚肉、カレー出汁、ねぎ',
  ],
  es: [
    'Ensaladilla rusa — patata, zanahoria, atún, huevo, mayonesa casera',
    'Gambas al ajillo — gambas, ajo, guindilla, aceite de oliva',
    'Croquetas caseras (6 uds.) — bechamel, jamón ibérico, pan rallado',
    'Tarta de Santiago — almendra molida, huevos, azúcar, limón',
    'Pulpo a feira — pulpo, patata cocida, pimentón, sal gorda',
  ],
};
const allergyProfiles: Record<string, string[]> = {
  pt: ['marisco e crustáceos (grave)', 'ovo', 'frutos secos'],
  en: ['tree nuts incl. pine nuts (severe)', 'crustaceans', 'gluten (coeliac)'],
  ja: ['そば(重度)', '卵', 'ごま'],
  es: ['frutos secos (grave)', 'crustáceos', 'huevo'],
};

const srAllergen: Family = {
  id: 'ws-sr-allergen-menu-scan', label: 'simple_reflex', difficulty: 'medium', variants: 4,
  rationale: 'One scanned menu item is checked against a fixed allergy profile and answered SAFE, AVOID or ASK_STAFF on the spot.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'en', 'ja', 'es'], i);
    const prof = pickN(rng, allergyProfiles[lang]!, 2).join(', ');
    const dish = rng.pick(dishes[lang]!);
    const sysText = t(lang, {
      en: `SafePlate. The diner's allergies: ${prof}. For the menu item they scan, answer SAFE, AVOID or ASK_STAFF on the first line (ASK_STAFF when a hidden ingredient is plausible but not listed), then one short reason.`,
      pt: `SafePlate. Alergias do cliente: ${prof}. Para o prato que ele digitalizar, responde SAFE, AVOID ou ASK_STAFF na primeira linha (ASK_STAFF quando um ingrediente escondido é plausível mas não aparece), depois uma razão curta.`,
      ja: `SafePlate。利用者のアレルギー: ${prof}。スキャンされたメニュー1品について、1行目に SAFE / AVOID / ASK_STAFF のどれかを書き(記載はないが隠れた材料の可能性があるなら ASK_STAFF)、2行目に短い理由を書いてください。`,
      es: `SafePlate. Alergias del comensal: ${prof}. Para el plato que escanee, responde SAFE, AVOID o ASK_STAFF en la primera línea (ASK_STAFF si es plausible un ingrediente oculto que no aparece), y luego un motivo breve.`,
    });
    const scanned = t(lang, { en: `scanned: ${dish}`, pt: `digitalizado: ${dish}`, ja: `スキャン: ${dish}`, es: `escaneado: ${dish}` });
    return { lang, messages: [sys(sysText), user(scanned)], max_tokens: 50, temperature: 0 };
  },
};

interface Forecast { min: number; max: number; rain: number; wind: number }
const outfitOf = (f: Forecast, lang: Lang): string => {
  const key = f.rain >= 60 ? 2 : f.max < 8 ? 3 : f.max < 17 ? 1 : 0;
  const names: Record<string, string[]> = {
    en: ['t-shirt', 'light jacket', 'rain jacket', 'big coat'],
    es: ['camiseta', 'chaqueta ligera', 'chubasquero', 'abrigo gordo'],
    de: ['T-Shirt', 'leichte Jacke', 'Regenjacke', 'dicker Mantel'],
    fr: ['t-shirt', 'veste légère', 'k-way', 'gros manteau'],
  };
  return (names[lang] ?? names.en!)[key]!;
};

const srWear: Family = {
  id: 'ws-sr-what-to-wear-today', label: 'simple_reflex', secondary: 'model_based_reflex', difficulty: 'hard', variants: 5,
  rationale: "Each morning's answer depends only on that day's forecast; the earlier days in the chat are unrelated inputs, though the long history could suggest carried-over context.",
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'de', 'fr', 'en'], i);
    const days = rng.int(2, 6);
    const city = rng.pick(['Bilbao', 'Leeds', 'Hamburg', 'Lyon', 'Glasgow', 'Zaragoza', 'Köln']);
    const opener = t(lang, {
      en: `ok new routine: every morning I'll paste the forecast for ${city}, you just tell me t-shirt, light jacket, rain jacket or big coat. one answer, no essay pls`,
      es: `vale, nueva costumbre: cada mañana te pego el tiempo de ${city} y tú me dices camiseta, chaqueta ligera, chubasquero o abrigo gordo. una sola respuesta, sin rollos`,
      de: `neue Routine: ich kopier dir jeden Morgen die Vorhersage für ${city} rein, du sagst nur T-Shirt, leichte Jacke, Regenjacke oder dicker Mantel. eine Antwort, kein Roman bitte`,
      fr: `bon, nouvelle habitude : chaque matin je te colle la météo de ${city}, tu me dis juste t-shirt, veste légère, k-way ou gros manteau. une réponse, pas de roman stp`,
    });
    const msgs: Msg[] = [user(opener), say(t(lang, { en: 'Deal — paste away.', es: 'Hecho, pega el primero.', de: 'Alles klar, schick die erste.', fr: "Ça marche, envoie." }))];
    const dayNames: Record<string, string[]> = {
      en: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], es: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
      de: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'], fr: ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
    };
    const start = rng.int(0, 6);
    const words = { en: ['rain', 'wind'], es: ['lluvia', 'viento'], de: ['Regen', 'Wind'], fr: ['pluie', 'vent'] }[lang as 'en'] ?? ['rain', 'wind'];
    const fc = (d: number): { line: string; answer: string } => {
      const min = rng.int(-4, 16);
      const f: Forecast = { min, max: min + rng.int(3, 11), rain: rng.pick([0, 10, 20, 40, 70, 90]), wind: rng.int(5, 45) };
      const line = `${dayNames[lang]![(start + d) % 7]} ${f.min}/${f.max}°C ${words[0]} ${f.rain}% ${words[1]} ${f.wind}km/h`;
      return { line, answer: outfitOf(f, lang) };
    };
    for (let d = 0; d < days; d++) {
      const { line, answer } = fc(d);
      const extra = rng.chance(0.3) ? t(lang, { en: ' (off to the office)', es: ' (hoy voy en bici)', de: ' (heut mit Rad)', fr: ' (je bosse sur site)' }) : '';
      msgs.push(user(line + extra), say(answer));
    }
    const { line } = fc(days);
    msgs.push(user(line));
    return { lang, messages: msgs, max_tokens: 10 };
  },
};

// ---------------------------------------------------------------- model_based_reflex

const kittyText: Record<string, {
  people: string[]; items: string[]; cur: string; ack: string[];
  open: (ps: string) => string; paid: (p: string, a: string, it: string) => string; only: (ps: string) => string;
  back: (a: string, b: string, n: string) => string; fix: (it: string, o: string, n: string) => string; drop: (it: string) => string;
  final: string;
}> = {
  es: {
    people: ['Lucía', 'Dani', 'Marta', 'Javi', 'Irene', 'Nacho'], cur: '€',
    items: ['el súper', 'la gasolina', 'la cena del viernes', 'los peajes', 'las cañas del sábado', 'las entradas del museo', 'el parking', 'la sidrería', 'el desayuno'],
    ack: ['apuntado 👍', 'ok, anotado', 'hecho', 'anotado'],
    open: (ps) => `vamos a ir apuntando aquí los gastos del finde en Asturias. somos ${ps}, todo a partes iguales salvo que diga lo contrario`,
    paid: (p, a, it) => `${p} pagó ${a}€ ${it.startsWith('el ') ? 'del ' + it.slice(3) : 'de ' + it}`, only: (ps) => ` (esto solo entre ${ps})`,
    back: (a, b, n) => `ah y ${a} le ha hecho un bizum de ${n}€ a ${b}`,
    fix: (it, o, n) => `perdona, ${it} no fueron ${o}€ sino ${n}€, lo leí mal en el ticket`,
    drop: (it) => `quita lo de ${it}, al final nos lo devolvieron`,
    final: '¿y ahora quién le debe a quién? con el menor número de bizums posible porfa',
  },
  en: {
    people: ['Sam', 'Priya', 'Tom', 'Becca', 'Olu', 'Jonno'], cur: '£',
    items: ['the big Tesco shop', 'petrol', 'Friday curry', 'the cabin cleaning fee', 'pub on saturday', 'kayak hire', 'parking', 'breakfast at the cafe', 'firewood'],
    ack: ['noted', 'got it 👍', 'added', 'ok logged'],
    open: (ps) => `right, using this chat for the lake district weekend money. it's ${ps}, split evenly unless I say otherwise`,
    paid: (p, a, it) => `${p} paid £${a} for ${it}`, only: (ps) => ` (only ${ps} on this one)`,
    back: (a, b, n) => `oh and ${a} sent ${b} £${n} back already`,
    fix: (it, o, n) => `wait correction, ${it} was £${n} not £${o}, misread the receipt`,
    drop: (it) => `scrap ${it}, we got refunded`,
    final: 'ok so where are we now, who owes who? fewest transfers possible pls',
  },
  pt: {
    people: ['Rafa', 'Bia', 'Tiago', 'Carol', 'Duda', 'Nuno'], cur: '€',
    items: ['o supermercado', 'a gasolina', 'o jantar de sexta', 'as portagens', 'as imperiais de sábado', 'o aluguer das pranchas', 'o estacionamento', 'o pequeno-almoço', 'os gelados'],
    ack: ['anotado', 'feito 👍', 'ok', 'registado'],
    open: (ps) => `vamos pôr aqui as despesas da viagem ao Algarve. somos ${ps}, tudo dividido igual a não ser que eu diga`,
    paid: (p, a, it) => `${p} pagou ${a}€ d${it.startsWith('a') ? 'a' : 'o'}${it.slice(1)}`, only: (ps) => ` (só entre ${ps})`,
    back: (a, b, n) => `e a/o ${a} já mandou ${n}€ por MB WAY à/ao ${b}`,
    fix: (it, o, n) => `correção: ${it} foi ${n}€ e não ${o}€`,
    drop: (it) => `tira ${it}, devolveram-nos o dinheiro`,
    final: 'então, quem deve a quem agora? com o mínimo de transferências possível',
  },
  fr: {
    people: ['Léa', 'Hugo', 'Inès', 'Max', 'Chloé', 'Yanis'], cur: '€',
    items: ['les courses', "l'essence", 'le resto de vendredi', 'le péage', "l'apéro de samedi", 'la location des vélos', 'le parking', 'la boulangerie', 'le ménage du gîte'],
    ack: ['noté', 'ok 👍', "c'est noté", 'ajouté'],
    open: (ps) => `on met ici les dépenses du week-end en Bretagne. on est ${ps}, partage égal sauf si je dis autre chose`,
    paid: (p, a, it) => `${p} a payé ${a}€ pour ${it}`, only: (ps) => ` (que entre ${ps})`,
    back: (a, b, n) => `ah et ${a} a déjà fait un virement de ${n}€ à ${b}`,
    fix: (it, o, n) => `correction : ${it} c'était ${n}€ pas ${o}€, j'ai mal lu le ticket`,
    drop: (it) => `enlève ${it}, on a été remboursés`,
    final: 'bon alors qui doit combien à qui là ? le moins de virements possible stp',
  },
};

const mbKitty: Family = {
  id: 'ws-mb-trip-kitty-who-owes', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
  rationale: 'The group balances only exist as the sum of many scattered messages with later corrections and repayments, so the answer needs an up-to-date running picture built across turns.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'fr', 'en'], i);
    const k = kittyText[lang]!;
    const ps = pickN(rng, k.people, rng.int(3, 5));
    const items = pickN(rng, k.items, rng.int(4, 8));
    const msgs: Msg[] = [user(k.open(ps.join(', '))), say(rng.pick(k.ack))];
    const amounts: number[] = [];
    items.forEach((it, j) => {
      const a = rng.int(8, 240) + (rng.chance(0.5) ? rng.int(1, 99) / 100 : 0);
      amounts.push(a);
      const shown = a % 1 === 0 ? String(a) : lang === 'en' ? eur(a) : eur(a).replace('.', ',');
      let line = k.paid(rng.pick(ps), shown, it);
      if (ps.length > 3 && rng.chance(0.25)) line += k.only(pickN(rng, ps, 2).join(t(lang, { en: ' & ', es: ' y ', pt: ' e ', fr: ' et ' })));
      if (j > 0 && rng.chance(0.3)) {
        const [a1, b1] = pickN(rng, ps, 2) as [string, string];
        line += '\n' + k.back(a1, b1, String(rng.int(5, 60)));
      }
      msgs.push(user(line), say(rng.pick(k.ack)));
    });
    const fixIdx = rng.int(0, items.length - 1);
    msgs.push(user(k.fix(items[fixIdx]!, String(Math.round(amounts[fixIdx]!)), String(Math.round(amounts[fixIdx]! * rng.pick([0.5, 1.3, 1.8]))))), say(rng.pick(k.ack)));
    if (rng.chance(0.5)) msgs.push(user(k.drop(items[(fixIdx + 1) % items.length]!)), say(rng.pick(k.ack)));
    msgs.push(user(k.final));
    return {
      lang, messages: msgs,
      ...(i % 2 === 0 ? {
        response_format: jsonSchema('settle_up', {
          balances: list(obj({ person: str, net: num })),
          transfers: list(obj({ from: str, to: str, amount: num })),
        }),
      } : {}),
    };
  },
};

const mbGrocery: Family = {
  id: 'ws-mb-grocery-where-is-it', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Order status, substitutions and driver pings arrive piecemeal and partly contradict each other, so the reply has to reconcile everything seen so far into a belief about where the order is now.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'zh', 'en'], i);
    const store = ['Ocado', 'REWE Lieferservice', '盒马鲜生', 'Tesco'][i]!;
    const orderId = `${['OC', 'RW', 'HM', 'TS'][i]}-${rng.int(100000, 999999)}`;
    const slotStart = rng.pick([17, 18, 19, 20]);
    const oat = rng.pick(['Oatly Barista 1L', 'Alpro Oat 1L', 'Minor Figures Oat 1L']);
    const swap = rng.pick(['Alpro Oat No Sugars 1L', 'store-brand oat drink 1L', 'Oatly Original 1L']);
    const missing = rng.pick(['Free-range eggs x6', 'Greek yoghurt 500g', 'Avocados x2', 'Sourdough loaf']);
    const items = pickN(rng, ['bananas', 'spinach 200g', 'chicken thighs 1kg', 'pasta 500g', 'tinned tomatoes x4', 'cheddar 400g', 'dish soap', 'rice 2kg'], 4);
    const u = (en: string, de: string, zh: string): Msg => user(t(lang, { en, de, zh }));
    const msgs: Msg[] = [];
    if (i % 2 === 1) msgs.push(sys(t(lang, { en: `${store} help chat. Use the tools; never promise times the tools don't support.`, de: `${store} Hilfe-Chat. Nutze die Tools und versprich keine Zeiten, die die Tools nicht hergeben.`, zh: `${store} 客服助手。请使用工具查询，不要承诺工具数据以外的时间。` })));
    msgs.push(u(`hiya where's my order ${orderId}? slot was ${slotStart}-${slotStart + 1}`, `hallo, wo bleibt meine Bestellung ${orderId}? Zeitfenster war ${slotStart}-${slotStart + 1} Uhr`, `你好，我的订单 ${orderId} 到哪了？预约的是${slotStart}点到${slotStart + 1}点`));
    exchange(rng, msgs, 'get_order', { order_id: orderId }, {
      status: 'picking', slot: `${slotStart}:00-${slotStart + 1}:00`, items: [...items, oat, missing],
      substitutions: [{ item: oat, proposed: swap, status: 'pending_customer' }],
    });
    msgs.push(say(t(lang, {
      en: `It's still being picked. They've proposed swapping ${oat} for ${swap} — want to accept that?`,
      de: `Wird gerade noch zusammengestellt. Statt ${oat} wird ${swap} vorgeschlagen — passt das?`,
      zh: `订单还在拣货中。${oat} 缺货，建议换成 ${swap}，可以吗？`,
    })));
    msgs.push(u('ugh fine yes swap it', 'jaja passt, tauschen', '行吧，换吧'));
    exchange(rng, msgs, 'answer_substitution', { order_id: orderId, item: oat, accept: true }, { ok: true, note: 'recorded; may be overridden if picker already packed' });
    msgs.push(say(t(lang, { en: 'Done, swap accepted.', de: 'Erledigt, Tausch bestätigt.', zh: '好的，已确认替换。' })));
    const now = slotStart * 60 + rng.int(40, 58);
    msgs.push(u(`it's ${hhmm(now)}, anything??`, `jetzt ist ${hhmm(now)}, gibt's was Neues?`, `现在${hhmm(now)}了，有消息吗？`));
    const c = calls(rng, ['get_order', { order_id: orderId }], ['get_driver_location', { order_id: orderId }]);
    msgs.push(c.message,
      result(c.ids[0]!, { status: 'out_for_delivery', stops_before_you: rng.int(1, 4), substitutions: [{ item: oat, proposed: swap, status: rng.pick(['accepted', 'packed_original']) }], missing: [missing] }),
      result(c.ids[1]!, { gps: null, last_ping: hhmm(now - rng.int(12, 30)), last_stop_completed: `${rng.int(3, 6)} of ${rng.int(8, 11)}` }));
    msgs.push(say(t(lang, {
      en: `Out for delivery now, a few stops before you. ${missing} couldn't be picked so that will be refunded. The van's GPS isn't reporting at the moment.`,
      de: `Ist jetzt unterwegs, ein paar Stopps vor dir. ${missing} fehlt und wird erstattet. Das GPS des Fahrers meldet gerade nichts.`,
      zh: `已经在配送途中，你前面还有几站。${missing} 缺货，会退款。司机的定位暂时没有更新。`,
    })));
    if (i % 2 === 0) {
      msgs.push(u(`app now says DELIVERED ${hhmm(now + rng.int(8, 20))} but there's nothing here?? so where is it actually, and did the oat milk come or the swap or neither`,
        `App sagt jetzt ZUGESTELLT ${hhmm(now + rng.int(8, 20))}, aber hier ist nix?? wo ist das Zeug wirklich, und kommt jetzt die Hafermilch oder der Ersatz?`,
        `App显示${hhmm(now + rng.int(8, 20))}已送达，但门口什么都没有？？东西到底在哪，燕麦奶是原来那个还是换的？`));
    } else {
      msgs.push(u('it says delivered but nothing at my door. what is going on', 'da steht zugestellt, aber vor der Tür ist nix. was ist da los', '显示已送达，但门口没东西，怎么回事'));
      exchange(rng, msgs, 'get_order', { order_id: orderId }, {
        status: 'delivered', delivered_at: hhmm(now + rng.int(8, 20)),
        proof: rng.pick(['photo: parcel by a blue door, house no. not visible', 'handed to neighbour (no. 14)', 'left in safe place: porch']),
        substitutions: [{ item: oat, status: rng.pick(['accepted', 'packed_original']) }],
      });
    }
    return {
      lang, messages: msgs,
      tools: [
        tool('get_order', 'Current order record.', { order_id: str }),
        tool('get_driver_location', 'Last known van position for an order.', { order_id: str }),
        tool('answer_substitution', 'Accept or reject a proposed substitution.', { order_id: str, item: str, accept: bool }),
      ],
    };
  },
};

const babyText: Record<string, {
  bottle: (ml: number) => string; breast: (l: number, r: number) => string; wet: string; dirty: string;
  asleep: string; awake: string; vitd: string; temp: (c: string) => string; ack: string[];
  open: (n: string) => string; final: (now: string) => string;
}> = {
  ja: {
    bottle: (ml) => `ミルク${ml}ml`, breast: (l, r) => `授乳 左${l}分 右${r}分`, wet: 'おむつ替え(おしっこ)', dirty: 'うんち出た', asleep: '寝た', awake: '起きた',
    vitd: 'ビタミンDあげた', temp: (c) => `体温${c}`, ack: ['了解！', 'OK、書いといたよ', 'メモしました'],
    open: (n) => `今日の${n}の記録ここに書いてくね。返事は短くていいよ`,
    final: (now) => `今${now}。次の授乳だいたい何時ごろ？あとおしっこの回数足りてる？ビタミンDってあげたっけ…`,
  },
  en: {
    bottle: (ml) => `bottle ${ml}ml`, breast: (l, r) => `fed L ${l}min R ${r}min`, wet: 'wet nappy', dirty: 'dirty one 💩', asleep: 'asleep', awake: 'awake',
    vitd: 'gave vit D drops', temp: (c) => `temp ${c}`, ack: ['got it', 'noted 👍', 'logged'],
    open: (n) => `gonna dump ${n}'s day in here as it happens, short replies are fine`,
    final: (now) => `it's ${now}, brain is mush. when's she roughly due for the next feed, have we had enough wet nappies today, and did I already do the vit D??`,
  },
  fr: {
    bottle: (ml) => `biberon ${ml} ml`, breast: (l, r) => `tétée G ${l} min D ${r} min`, wet: 'couche mouillée', dirty: 'couche sale', asleep: "s'endort", awake: 'réveillée',
    vitd: 'vitamine D donnée', temp: (c) => `température ${c}`, ack: ['noté', 'ok 👍', "c'est noté"],
    open: (n) => `je note ici la journée de ${n} au fur et à mesure, réponds court`,
    final: (now) => `il est ${now}, je suis KO. la prochaine tétée c'est vers quelle heure à peu près, on a assez de couches mouillées aujourd'hui, et j'ai déjà donné la vitamine D ou pas ?`,
  },
  de: {
    bottle: (ml) => `Fläschchen ${ml} ml`, breast: (l, r) => `gestillt links ${l} min rechts ${r} min`, wet: 'nasse Windel', dirty: 'volle Windel', asleep: 'eingeschlafen', awake: 'wach',
    vitd: 'Vitamin D gegeben', temp: (c) => `Temperatur ${c}`, ack: ['notiert', 'ok 👍', 'hab ich'],
    open: (n) => `ich schreib hier ${n}s Tag mit, kurze Antworten reichen`,
    final: (now) => `es ist ${now}, ich bin durch. wann ist ungefähr die nächste Mahlzeit fällig, hatten wir heute genug nasse Windeln, und hab ich Vitamin D schon gegeben??`,
  },
};

const mbBaby: Family = {
  id: 'ws-mb-newborn-day-log', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: "A tired parent logs feeds, nappies and naps over many messages, and the final questions can only be answered from the running picture of the baby's day assembled from those scattered entries.",
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'fr', 'de'], i);
    const b = babyText[lang]!;
    const name = t(lang, { en: rng.pick(['Maisie', 'Ada', 'Nell']), ja: rng.pick(['ゆい', 'さくら', 'ひな']), fr: rng.pick(['Jeanne', 'Lou', 'Alma']), de: rng.pick(['Mia', 'Frieda', 'Ella']) });
    const msgs: Msg[] = [user(b.open(name)), say(rng.pick(b.ack))];
    let clock = rng.int(5 * 60, 6 * 60 + 30);
    const gaveD = rng.chance(0.5);
    const nEntries = rng.int(5, 9);
    const dPos = rng.int(1, 4);
    const bottle = rng.chance(0.5);
    for (let e = 0; e < nEntries && clock < 21 * 60; e++) {
      const parts: string[] = [];
      parts.push(`${hhmm(clock)} ${bottle ? b.bottle(rng.pick([90, 100, 120, 130, 150])) : b.breast(rng.int(5, 18), rng.int(0, 15))}`);
      if (rng.chance(0.6)) parts.push(rng.chance(0.75) ? b.wet : b.dirty);
      if (rng.chance(0.5)) { const s = clock + rng.int(20, 50); parts.push(`${hhmm(s)} ${b.asleep}`, `${hhmm(s + rng.int(30, 100))} ${b.awake}`); }
      if (gaveD && e === dPos) parts.push(b.vitd);
      if (e === 2 && rng.chance(0.3)) parts.push(b.temp(`${rng.int(366, 376) / 10}`));
      msgs.push(user(parts.join(rng.chance(0.5) ? ', ' : '\n')), say(rng.pick(b.ack)));
      clock += rng.int(130, 210);
    }
    msgs.push(user(b.final(hhmm(clock - rng.int(20, 90)))));
    return { lang, messages: msgs };
  },
};

const mbVacuum: Family = {
  id: 'ws-mb-robot-vacuum-lost', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Only raw event chunks from a robot that lost its map are visible, so whether a room was cleaned and where the robot is must be inferred by piecing the chunks together.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'de', 'es'], i);
    const rooms = pickN(rng, ['kitchen', 'living_room', 'bedroom', 'study', 'kids_room', 'dining_room'], 3) as [string, string, string];
    const robot = ['扫扫', 'Dusty', 'Krümel', 'Pelusa'][i]!;
    const roomName: Record<string, Partial<Record<Lang, string>>> = {
      kitchen: { zh: '厨房', de: 'Küche', es: 'la cocina' }, living_room: { zh: '客厅', de: 'Wohnzimmer', es: 'el salón' },
      bedroom: { zh: '卧室', de: 'Schlafzimmer', es: 'el dormitorio' }, study: { zh: '书房', de: 'Arbeitszimmer', es: 'el despacho' },
      kids_room: { zh: '儿童房', de: 'Kinderzimmer', es: 'el cuarto de los niños' }, dining_room: { zh: '餐厅', de: 'Esszimmer', es: 'el comedor' },
    };
    const rn = (r: string): string => roomName[r]?.[lang] ?? r.replace('_', ' ');
    let m = rng.int(9 * 60, 15 * 60);
    const ts = (): string => { m += rng.int(1, 6); return `${hhmm(m)}:${pad(rng.int(0, 59))}`; };
    const chunk1 = [
      `${ts()} job_start rooms=[${rooms.join(',')}] mode=vac+mop`,
      `${ts()} enter room=${rooms[0]}`,
      `${ts()} coverage room=${rooms[0]} 100%`,
      `${ts()} enter room=hallway`,
      `${ts()} enter room=${rooms[1]}`,
      `${ts()} bumper x${rng.int(6, 19)}`,
      `${ts()} loc_lost`,
      `${ts()} reloc ok room=${rooms[1]} conf=0.${rng.int(51, 69)}`,
      `${ts()} bin_full paused coverage room=${rooms[1]} ${rng.int(40, 70)}%`,
    ];
    const chunk2 = [
      `${ts()} resume`,
      `${ts()} coverage room=${rooms[1]} 100%`,
      `${ts()} enter room=unknown`,
      `${ts()} cliff_sensor x${rng.int(2, 5)}`,
      `${ts()} wheel_slip`,
      `${ts()} loc_lost`,
      `${ts()} battery ${rng.int(12, 18)}% return_to_dock`,
      `${ts()} dock_not_found retry=3`,
      `${ts()} wifi_rssi -${rng.int(84, 92)}`,
    ];
    const u = (texts: Partial<Record<Lang, string>> & { en: string }): Msg => user(t(lang, texts));
    const msgs: Msg[] = [
      sys(t(lang, {
        en: `Helper in the Sweepo app. The user's robot (${robot}) can't upload its map right now, so all you get are raw event chunks via get_events.`,
        zh: `你是 Sweepo App 的助手。用户的扫地机器人(${robot})现在无法上传地图，你只能通过 get_events 拿到原始事件记录。`,
        de: `Assistent in der Sweepo-App. Der Roboter (${robot}) kann gerade keine Karte hochladen, du bekommst nur rohe Ereignisblöcke über get_events.`,
        es: `Asistente de la app Sweepo. El robot del usuario (${robot}) no puede subir su mapa ahora mismo, solo tienes los bloques de eventos en bruto de get_events.`,
      })),
      u({ en: `started ${robot} on a few rooms a while ago, what's it up to`, zh: `刚才让${robot}扫几个房间，现在在干嘛？`, de: `hab ${robot} vorhin auf ein paar Räume losgeschickt, was macht er grad`, es: `puse a ${robot} a limpiar unas habitaciones hace un rato, ¿qué está haciendo?` }),
    ];
    exchange(rng, msgs, 'get_events', { cursor: 0 }, { cursor: 9, events: chunk1 });
    msgs.push(say(t(lang, {
      en: 'It finished the first room, moved on, bumped around a lot and is now paused because the bin is full.',
      zh: '第一个房间扫完了，之后换到下一个房间，撞了好几次，现在因为尘盒满了暂停了。',
      de: 'Der erste Raum ist fertig, dann ging es weiter, er ist oft angestoßen und pausiert jetzt, weil der Behälter voll ist.',
      es: 'Terminó la primera habitación, pasó a la siguiente, chocó bastante y ahora está en pausa porque el depósito está lleno.',
    })));
    msgs.push(u({ en: 'emptied it, pressed resume', zh: '倒了，按了继续', de: 'geleert, auf weiter gedrückt', es: 'vaciado, le he dado a continuar' }));
    exchange(rng, msgs, 'get_events', { cursor: 9 }, { cursor: 18, events: chunk2 });
    msgs.push(say(t(lang, { en: 'It resumed and carried on for a while.', zh: '已经继续工作了一段时间。', de: 'Er hat weitergemacht.', es: 'Ha seguido limpiando un rato.' })));
    msgs.push(u({
      en: `now the app just says offline. did it do the ${rn(rooms[2])} or not?? and where even is it, I can't find the thing`,
      zh: `现在App显示离线了。${rn(rooms[2])}到底扫了没有？？它人在哪啊，我找不到了`,
      de: `jetzt steht in der App nur noch offline. war er im ${rn(rooms[2])} oder nicht?? und wo ist das Ding überhaupt, ich find ihn nicht`,
      es: `ahora la app solo dice desconectado. ¿ha hecho ${rn(rooms[2])} o no?? ¿y dónde está? no lo encuentro`,
    }));
    if (i >= 2) exchange(rng, msgs, 'get_events', { cursor: 18 }, { cursor: 18, events: [], note: 'device offline since ' + hhmm(m) });
    return { lang, messages: msgs, tools: [tool('get_events', 'Fetch raw robot events after a cursor.', { cursor: int })] };
  },
};

const pantryText: Record<string, {
  q: Record<'eggs' | 'milk' | 'flour' | 'butter', (n: number) => string>; bought: (q: string) => string; used: (q: string, d: string) => string;
  dishes: string[]; days: string[]; ack: string[]; start: (s: string) => string; final: (r: string, need: string) => string; recipes: string[];
}> = {
  en: {
    q: { eggs: (n) => `${n} eggs`, milk: (n) => `${n}ml milk`, flour: (n) => `${n}g flour`, butter: (n) => `${n}g butter` },
    bought: (q) => `bought ${q}`, used: (q, d) => `used ${q} for ${d}`, dishes: ['omelette', 'porridge', 'a cake for work', 'mac n cheese', 'yorkshire puds'],
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], ack: ['noted', 'ok', '👍'],
    start: (s) => `kitchen check before the week: ${s}. I'll tell you as stuff goes in and out`,
    final: (r, need) => `right, tonight I want to do ${r} — needs ${need}. can I or do I need to stop at the shop on the way home?`,
    recipes: ['pancakes', 'a quiche', 'crêpes for the kids'],
  },
  pt: {
    q: { eggs: (n) => `${n} ovos`, milk: (n) => `${n}ml de leite`, flour: (n) => `${n}g de farinha`, butter: (n) => `${n}g de manteiga` },
    bought: (q) => `comprei ${q}`, used: (q, d) => `usei ${q} para ${d}`, dishes: ['omelete', 'papas de aveia', 'um bolo', 'bechamel', 'panquecas do lanche'],
    days: ['seg', 'ter', 'qua', 'qui', 'sex', 'sáb'], ack: ['anotado', 'ok', '👍'],
    start: (s) => `o que tenho em casa agora: ${s}. vou te avisando o que entra e sai`,
    final: (r, need) => `hoje à noite quero fazer ${r} — precisa de ${need}. dá ou tenho de passar no mercado?`,
    recipes: ['um bolo de laranja', 'crepes', 'uma quiche'],
  },
  ja: {
    q: { eggs: (n) => `卵${n}個`, milk: (n) => `牛乳${n}ml`, flour: (n) => `小麦粉${n}g`, butter: (n) => `バター${n}g` },
    bought: (q) => `${q}買ってきた`, used: (q, d) => `${d}に${q}使った`, dishes: ['オムレツ', 'グラタン', 'お弁当の卵焼き', 'シチュー', 'クッキー'],
    days: ['月', '火', '水', '木', '金', '土'], ack: ['了解', 'OK', '👍'],
    start: (s) => `今うちにあるもの: ${s}。出し入れしたら都度言うね`,
    final: (r, need) => `今夜${r}作りたい。必要なのは${need}。足りる？帰りにスーパー寄らないとダメ？`,
    recipes: ['パンケーキ', 'キッシュ', 'クレープ'],
  },
  de: {
    q: { eggs: (n) => `${n} Eier`, milk: (n) => `${n} ml Milch`, flour: (n) => `${n} g Mehl`, butter: (n) => `${n} g Butter` },
    bought: (q) => `${q} gekauft`, used: (q, d) => `${q} für ${d} gebraucht`, dishes: ['Rührei', 'Porridge', 'einen Kuchen', 'Béchamel', 'Spätzle'],
    days: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'], ack: ['notiert', 'ok', '👍'],
    start: (s) => `Stand Küche am Wochenanfang: ${s}. ich sag dir, was rein- und rausgeht`,
    final: (r, need) => `heute Abend will ich ${r} machen — brauche ${need}. reicht das oder muss ich noch einkaufen?`,
    recipes: ['Pfannkuchen', 'eine Quiche', 'Kaiserschmarrn'],
  },
};

const mbPantry: Family = {
  id: 'ws-mb-pantry-tonight-check', label: 'model_based_reflex', secondary: 'simple_reflex', difficulty: 'hard', variants: 5,
  rationale: "Whether the recipe works depends on kitchen stock that is never shown directly but follows from a week of purchases and usage messages; the final comparison itself is a simple check once that stock is known.",
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'ja', 'de', 'en'], i);
    const p = pantryText[lang]!;
    type K = 'eggs' | 'milk' | 'flour' | 'butter';
    const stock: Record<K, number> = { eggs: rng.pick([2, 4, 6, 10]), milk: rng.pick([250, 500, 1000]), flour: rng.pick([300, 500, 1000]), butter: rng.pick([50, 125, 250]) };
    const keys: K[] = ['eggs', 'milk', 'flour', 'butter'];
    const qty = (k: K, n: number): string => p.q[k](n);
    const msgs: Msg[] = [user(p.start(keys.map((k) => qty(k, stock[k])).join(', '))), say(rng.pick(p.ack))];
    const n = rng.int(3, 7);
    for (let d = 0; d < n; d++) {
      const k = rng.pick(keys);
      const parts: string[] = [];
      if (rng.chance(0.4)) {
        const add = { eggs: rng.pick([6, 10, 12]), milk: rng.pick([500, 1000]), flour: 1000, butter: 250 }[k];
        stock[k] += add; parts.push(p.bought(qty(k, add)));
      }
      const k2 = rng.pick(keys);
      const use = Math.min(stock[k2], { eggs: rng.int(1, 4), milk: rng.pick([100, 200, 300, 400]), flour: rng.pick([100, 200, 250]), butter: rng.pick([25, 50, 100]) }[k2]);
      if (use > 0) { stock[k2] -= use; parts.push(p.used(qty(k2, use), rng.pick(p.dishes))); }
      if (parts.length === 0) { stock.eggs += 6; parts.push(p.bought(qty('eggs', 6))); }
      msgs.push(user(`${p.days[d % 6]}: ${parts.join(', ')}`), say(rng.pick(p.ack)));
    }
    const need: Record<K, number> = { eggs: rng.int(2, 4), milk: rng.pick([250, 300, 500]), flour: rng.pick([150, 200, 250]), butter: rng.pick([30, 50, 80]) };
    msgs.push(user(p.final(rng.pick(p.recipes), keys.map((k) => qty(k, need[k])).join(', '))));
    return {
      lang, messages: msgs,
      response_format: jsonSchema('cook_check', { can_make: bool, missing: list(obj({ item: str, short_by: str })) }),
    };
  },
};

// ---------------------------------------------------------------- goal_based

const trainCtx: Record<string, { from: string; to: string; hub: string; hub2: string; reason: string; cur: string; tno: string[] }> = {
  de: { from: 'Köln Hbf', to: 'Freiburg (Breisgau) Hbf', hub: 'Mannheim Hbf', hub2: 'Karlsruhe Hbf', reason: 'die Trauung meiner Schwester', cur: '€', tno: ['ICE 71', 'ICE 103', 'IC 2013', 'RE 17019'] },
  fr: { from: 'Lyon Part-Dieu', to: 'Annecy', hub: 'Chambéry', hub2: 'Aix-les-Bains', reason: "un entretien d'embauche", cur: '€', tno: ['TER 884512', 'TER 884603', 'TER 96541', 'OUIGO 7702'] },
  en: { from: 'Manchester Piccadilly', to: 'Bristol Temple Meads', hub: 'Birmingham New St', hub2: 'Cheltenham Spa', reason: "my kid's graduation", cur: '£', tno: ['XC 1V61', 'XC 1V65', 'WM 2G44', 'GW 2U17'] },
  es: { from: 'Madrid Atocha', to: 'Granada', hub: 'Antequera-Santa Ana', hub2: 'Córdoba', reason: 'firmar el contrato del piso', cur: '€', tno: ['AVE 02094', 'Avant 08122', 'MD 13062', 'Alvia 04152'] },
};

const gbTrain: Family = {
  id: 'ws-gb-train-cancelled-deadline', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The user must still arrive by a fixed time after a cancellation, and the assistant has to pick the next action (book or re-search) among connections so that the arrival deadline is actually met.',
  make: (rng, i) => {
    const lang = langAt(['de', 'fr', 'en', 'es'], i);
    const c = trainCtx[lang]!;
    const deadline = rng.int(13, 16) * 60 + rng.pick([0, 30]);
    const now = deadline - rng.int(200, 280);
    const conns = [
      { id: 'C1', departs: hhmm(now + 15), arrives: hhmm(deadline - rng.int(40, 55)), changes: [{ at: c.hub, transfer_min: rng.int(5, 8) }], first_leg: c.tno[0], price: rng.int(39, 89) },
      { id: 'C2', departs: hhmm(now + 40), arrives: hhmm(deadline + rng.int(10, 35)), changes: [], first_leg: c.tno[1], price: rng.int(29, 59) },
      { id: 'C3', departs: hhmm(now + 25), arrives: hhmm(deadline - rng.int(10, 20)), changes: [{ at: c.hub, transfer_min: 14 }, { at: c.hub2, transfer_min: 9 }], first_leg: c.tno[2], price: rng.int(45, 99) },
    ];
    const msgs: Msg[] = [];
    if (i % 2 === 0) msgs.push(sys(t(lang, {
      en: 'Rail assistant with booking rights on the user\'s saved card. Ask before booking anything over £80.',
      de: 'Bahn-Assistent mit Buchungsrecht über die hinterlegte Karte. Vor Buchungen über 80 € nachfragen.',
      fr: 'Assistant train avec droit de réserver sur la carte enregistrée. Demander avant toute réservation de plus de 80 €.',
      es: 'Asistente de tren con permiso para comprar con la tarjeta guardada. Pregunta antes de comprar algo de más de 80 €.',
    })));
    msgs.push(user(t(lang, {
      en: `my train just got cancelled!! I'm at ${c.from}, I HAVE to be in ${c.to} by ${hhmm(deadline)} for ${c.reason}. it's ${hhmm(now)} now`,
      de: `mein Zug ist gerade ausgefallen!! bin in ${c.from}, muss UNBEDINGT bis ${hhmm(deadline)} in ${c.to} sein, ${c.reason}. jetzt ist ${hhmm(now)}`,
      fr: `mon train vient d'être supprimé !! je suis à ${c.from}, je dois ABSOLUMENT être à ${c.to} avant ${hhmm(deadline)} pour ${c.reason}. il est ${hhmm(now)}`,
      es: `me acaban de cancelar el tren!! estoy en ${c.from} y TENGO que estar en ${c.to} antes de las ${hhmm(deadline)} para ${c.reason}. son las ${hhmm(now)}`,
    })));
    exchange(rng, msgs, 'search_connections', { from: c.from, to: c.to, depart_after: hhmm(now) }, { connections: conns.map((x) => ({ ...x, price: c.cur === '£' ? `£${x.price}` : `${x.price} ${c.cur}` })) });
    exchange(rng, msgs, 'get_live_status', { train: c.tno[0] }, { train: c.tno[0], delay_min: rng.int(9, 18), platform_change: rng.chance(0.5) ? String(rng.int(2, 12)) : null });
    if (i % 2 === 1) {
      msgs.push(say(t(lang, {
        en: `Found three options. Checking whether the first one still works with today's delays…`,
        de: 'Drei Verbindungen gefunden. Ich prüfe, ob die erste mit den aktuellen Verspätungen noch klappt…',
        fr: "J'ai trouvé trois options. Je vérifie si la première tient toujours avec les retards…",
        es: 'He encontrado tres opciones. Compruebo si la primera sigue valiendo con los retrasos…',
      })));
      msgs.push(user(t(lang, { en: 'just get me there, book whatever works', de: 'egal, Hauptsache ich komm an, buch was klappt', fr: "peu importe, réserve ce qui marche", es: 'me da igual, reserva lo que funcione' })));
    }
    return {
      lang, messages: msgs,
      tools: [
        tool('search_connections', 'Search rail connections.', { from: str, to: str, depart_after: str }),
        tool('get_live_status', 'Live delay and platform for one train.', { train: str }),
        tool('book_ticket', 'Book a connection with the saved card.', { connection_id: str }),
      ],
    };
  },
};

const gbMoving: Family = {
  id: 'ws-gb-moving-flat-todo', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'Moving out has a fixed end state (old flat handed back, new one running) and the chores depend on each other and on lead times, so the answer is an ordered, dated sequence that gets there.',
  make: (rng, i) => {
    const lang = langAt(['de', 'pt', 'en', 'ja'], i);
    const keysIn = rng.int(16, 30);
    const handover = keysIn + rng.int(6, 14);
    const d = (n: number): string => {
      const month = 6 + Math.floor(n / 30);
      return lang === 'ja' ? `${month}月${(n % 30) + 1}日` : lang === 'de' ? `${(n % 30) + 1}.${month}.` : `${(n % 30) + 1}/${month}`;
    };
    const sofa = rng.chance(0.5);
    const paint = rng.chance(0.7);
    const first = t(lang, {
      de: `Hilfe, ich zieh um und verlier den Überblick 😵 Schlüssel für die neue Wohnung krieg ich am ${d(keysIn)}, Übergabe der alten ist am ${d(handover)} 🙃 Internet kündigen geht nur mit 1 Monat Frist, neuer Anschluss braucht ca. 2 Wochen bis der Techniker kommt. Ummelden muss ich mich innerhalb von 14 Tagen nach Einzug, aber Termine beim Bürgeramt gibt's grad erst in 3 Wochen.${paint ? ' Alte Wohnung muss weiß gestrichen übergeben werden, geht nur wenn sie leer ist.' : ''}${sofa ? ' Das Sofa passt nicht in die neue Wohnung, will es auf Kleinanzeigen verkaufen.' : ''} Transporter gibt's bei uns nur am Wochenende. Was mach ich wann und in welcher Reihenfolge?`,
      pt: `socorro, vou mudar de casa e já não sei por onde pegar 😅 recebo as chaves da casa nova a ${d(keysIn)} e tenho de entregar a antiga ao senhorio a ${d(handover)}. a MEO pede 30 dias de aviso para cancelar e a instalação na casa nova demora umas 2 semanas.${paint ? ' o senhorio quer as paredes pintadas e só dá para pintar com a casa vazia.' : ''}${sofa ? ' o sofá não cabe na casa nova, quero vendê-lo no OLX.' : ''} tenho de mudar a morada no Cartão de Cidadão e as marcações estão a 3 semanas. a carrinha só se aluga ao fim de semana. o que faço e quando, por que ordem?`,
      en: `ok I'm moving flats and my head is spinning. keys for the new place on ${d(keysIn)}, end of tenancy checkout on the old one ${d(handover)}. broadband needs 30 days notice to cancel, and Openreach can't do the new install for about 2 weeks after ordering.${paint ? ' tenancy says professional clean before checkout, and that only works once it\'s empty.' : ''}${sofa ? ' sofa won\'t fit up the new stairs so it has to go on FB marketplace.' : ''} van hire only at weekends round here. also council tax + redirecting post. what do I do when, in what order?`,
      ja: `引っ越しでもう頭がパンク…新居の鍵は${d(keysIn)}、今の部屋の退去立ち会いは${d(handover)}。ネットの解約は1か月前までに連絡、新居の回線工事は申し込みから2〜3週間待ち。転入届は引っ越し後14日以内。${paint ? '粗大ごみの回収は1週間前までに予約が必要。' : ''}${sofa ? 'ソファは新居に入らないのでメルカリで売りたい。' : ''}レンタカーのトラックは週末しか空いてない。何をいつ、どの順番でやればいい？`,
    });
    const msgs: Msg[] = [user(first)];
    if (rng.chance(0.6)) {
      msgs.push(say(t(lang, {
        de: 'Klar! Kurze Frage vorher: Ist das Internet bei der alten Wohnung an den Mietvertrag gebunden oder ein eigener Vertrag?',
        pt: 'Claro! Só uma pergunta: o contrato da internet está em teu nome ou do senhorio?',
        en: 'Sure! Quick question first: is the broadband in your name or the landlord\'s?',
        ja: 'もちろん！一つだけ確認させてください。今のネット回線はご自身の名義ですか？',
      })));
      msgs.push(user(t(lang, { de: 'eigener Vertrag, läuft auf mich', pt: 'está em meu nome', en: 'mine, in my name', ja: '自分名義だよ' })));
    }
    return {
      lang, messages: msgs,
      response_format: jsonSchema('move_todo', { items: list(obj({ by_date: str, task: str, needs_first: str })), warnings: list(str) }),
    };
  },
};

interface Page { title: string; a11y: string }
const refundPages = (lang: Lang, airline: string, flight: string): Page[] => {
  const L = (en: string, es: string, fr: string): string => t(lang, { en, es, fr });
  return [
    { title: `${airline} — ${L('Home', 'Inicio', 'Accueil')}`, a11y: `link#manage '${L('Manage booking', 'Gestionar reserva', 'Gérer ma réservation')}'  link#deals '${L('Deals', 'Ofertas', 'Promos')}'  link#help '${L('Help', 'Ayuda', 'Aide')}'  button#login '${L('Log in', 'Iniciar sesión', 'Connexion')}'` },
    { title: L('Manage booking', 'Gestionar reserva', 'Gérer ma réservation'), a11y: `textbox#ref '${L('Booking reference', 'Código de reserva', 'Référence de réservation')}'  textbox#surname '${L('Last name', 'Apellido', 'Nom')}'  button#find '${L('Find booking', 'Buscar reserva', 'Trouver')}'` },
    { title: L('Your trip', 'Tu viaje', 'Votre voyage'), a11y: `heading '${flight} ${L('CANCELLED', 'CANCELADO', 'ANNULÉ')}'  button#rebook '${L('Rebook for free', 'Cambiar gratis', 'Changer gratuitement')}'  button#voucher '${L('Get a voucher (+10% bonus)', 'Obtener un bono (+10%)', 'Obtenir un avoir (+10 %)')}'  link#more '${L('Other options', 'Otras opciones', 'Autres options')}'` },
    { title: L('Other options', 'Otras opciones', 'Autres options'), a11y: `radio#opt-voucher '${L('Voucher', 'Bono', 'Avoir')}' (checked)  radio#opt-cash '${L('Refund to original payment method', 'Reembolso al método de pago original', 'Remboursement sur le moyen de paiement initial')}'  button#continue '${L('Continue', 'Continuar', 'Continuer')}'` },
    { title: L('Confirm refund', 'Confirmar reembolso', 'Confirmer le remboursement'), a11y: `text '${L('Amount', 'Importe', 'Montant')}: ${rngless(flight)} EUR'  checkbox#terms '${L('I accept the refund terms', 'Acepto las condiciones', "J'accepte les conditions")}'  button#submit '${L('Request refund', 'Solicitar reembolso', 'Demander le remboursement')}'` },
  ];
};
const rngless = (s: string): string => String(100 + [...s].reduce((a, ch) => a + ch.charCodeAt(0), 0) % 250);

const gbRefund: Family = {
  id: 'ws-gb-airline-refund-browser', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'A browser agent moves page by page through an airline site toward a fixed end state (a cash refund request submitted, not a voucher) and must choose the next action on the current page.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'en'], i);
    const airline = ['SkyBridge', 'Iberjet', 'AirLoire', 'NorthSea Air'][i]!;
    const flight = `${airline.slice(0, 2).toUpperCase()}${rng.int(100, 9999)}`;
    const ref = Array.from({ length: 6 }, () => rng.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'])).join('');
    const surname = rng.pick(['Okafor', 'García Ruiz', 'Lefèvre', 'Novak', 'Haddad', 'Lindqvist']);
    const pages = refundPages(lang, airline, flight);
    const actions: [string, Record<string, unknown>, number][] = [
      ['click', { element_id: 'manage' }, 1],
      ['type_text', { element_id: 'ref', text: ref }, 1],
      ['type_text', { element_id: 'surname', text: surname }, 1],
      ['click', { element_id: 'find' }, 2],
      ['click', { element_id: 'more' }, 3],
      ['click', { element_id: 'opt-cash' }, 3],
      ['click', { element_id: 'continue' }, 4],
    ];
    const done = [1, 4, 5, 6][i]!;
    const show = (p: Page, extra = ''): string => `[page] ${p.title}${extra}\n[a11y] ${p.a11y}`;
    const msgs: Msg[] = [
      sys(t(lang, {
        en: `You drive a web browser for the user. Goal: their ${airline} flight ${flight} was cancelled; get a refund to the original card — NOT a voucher, NOT a rebooking. Booking ref ${ref}, surname ${surname}. After every action you get the new page. Exactly one tool call per turn.`,
        es: `Manejas un navegador por el usuario. Tarea: su vuelo ${flight} de ${airline} fue cancelado; consigue el reembolso a la tarjeta original — NO un bono, NO un cambio de vuelo. Reserva ${ref}, apellido ${surname}. Tras cada acción recibes la página nueva. Una sola llamada a herramienta por turno.`,
        fr: `Tu pilotes un navigateur pour l'utilisateur. Mission : son vol ${airline} ${flight} a été annulé ; obtenir le remboursement sur la carte d'origine — PAS un avoir, PAS un changement de vol. Réservation ${ref}, nom ${surname}. Après chaque action tu reçois la nouvelle page. Un seul appel d'outil par tour.`,
      })),
      user(show(pages[0]!)),
    ];
    for (let k = 0; k < done; k++) {
      const [name, args, pageIdx] = actions[k]!;
      const { message, ids } = calls(rng, [name, args]);
      let extra = '';
      if (name === 'type_text') extra = ` (${String(args.element_id)}='${String(args.text)}')`;
      let page = pages[pageIdx]!;
      if (name === 'click' && args.element_id === 'opt-cash') page = { ...page, a11y: page.a11y.replace(' (checked)', '').replace(/(radio#opt-cash '[^']*')/u, '$1 (checked)') };
      msgs.push(message, result(ids[0]!, show(page, extra)));
    }
    if (i === 3) msgs.push(user(t(lang, { en: 'fyi they keep pushing that voucher thing, ignore it', es: 'ojo que insisten con el bono, ignóralo', fr: "attention ils poussent l'avoir, ignore" })));
    return {
      lang, messages: msgs,
      tools: [
        tool('click', 'Click an element.', { element_id: str }),
        tool('type_text', 'Type into a text box.', { element_id: str, text: str }),
        tool('scroll', 'Scroll the page.', { direction: oneOf('up', 'down') }),
      ],
    };
  },
};

const errandText: Record<string, { intro: (leave: string) => string; places: string[]; ask: string; mode: string }> = {
  zh: {
    intro: (leave) => `周六要跑一堆事，我${leave}出门，没车，只能坐公交或者走路：\n1. 快递驿站退个货，12:00关门\n2. 眼镜店取眼镜，10点才开门\n3. 把电钻还给老王，他说11点以后才在家\n4. 超市买一周的菜，有冻品，最好最后去\n5. 15:00前必须到家，修水管的师傅要来`,
    places: ['家', '快递驿站', '眼镜店', '老王家', '超市'], ask: '我查了一下路上时间，你看看我该按什么顺序跑，每个大概几点到？', mode: 'bus',
  },
  en: {
    intro: (leave) => `saturday errand chaos. leaving the house at ${leave}, no car so bus/walking:\n1. return a parcel at the post office, shuts 12:30\n2. pick up my glasses at the optician, opens 10:00\n3. drop the spare key at mum's, she's out till 11\n4. big weekly shop incl. frozen stuff so ideally last\n5. home by 15:00 latest, plumber coming`,
    places: ['home', 'post office', 'optician', "mum's", 'supermarket'], ask: 'looked up the travel times — what order do I do these in and roughly when am I where?', mode: 'bus',
  },
  de: {
    intro: (leave) => `Samstag, viel zu erledigen. Ich geh um ${leave} los, ohne Auto, also Bus/zu Fuß:\n1. Paket bei der Post zurückgeben, Filiale hat bis 12:00 auf\n2. Brille beim Optiker abholen, öffnet erst 10:00\n3. Bohrmaschine beim Nachbarn im Kleingarten abgeben, der ist erst ab 11 da\n4. Wocheneinkauf mit TK-Sachen, also am besten zuletzt\n5. spätestens 15:00 zu Hause, Klempner kommt`,
    places: ['Zuhause', 'Post', 'Optiker', 'Kleingarten', 'Supermarkt'], ask: 'Fahrzeiten hab ich nachgeschaut — in welcher Reihenfolge mach ich das und wann bin ich ungefähr wo?', mode: 'bus',
  },
  pt: {
    intro: (leave) => `sábado cheio de voltas. saio de casa às ${leave}, sem carro, só autocarro/a pé:\n1. devolver uma encomenda nos CTT, fecham às 12:30\n2. levantar os óculos na ótica, só abre às 10h\n3. deixar a chave suplente em casa da avó, ela só está depois das 11h\n4. compras da semana com congelados, de preferência no fim\n5. em casa até às 15h, vem o canalizador`,
    places: ['casa', 'CTT', 'ótica', 'casa da avó', 'supermercado'], ask: 'vi os tempos de viagem — em que ordem faço isto e a que horas estou em cada sítio?', mode: 'bus',
  },
};

const gbErrands: Family = {
  id: 'ws-gb-saturday-errands-route', label: 'goal_based', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'All errands must be completed inside opening windows and before a hard home-by time, so the core task is finding a feasible visiting order; keeping travel short adds a secondary optimisation reading.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'de', 'pt'], i);
    const e = errandText[lang]!;
    const leave = hhmm(rng.int(9 * 60, 10 * 60 + 15));
    const msgs: Msg[] = [user(e.intro(leave))];
    const P = e.places;
    const pairs: [number, number][] = [[0, 1], [0, 2], [1, 2], [2, 3], [1, 3], [3, 4], [2, 4], [4, 0], [1, 4]];
    const use = pickN(rng, pairs, rng.int(5, 9));
    const c = calls(rng, ...use.map(([a, b]) => ['travel_time', { from: P[a]!, to: P[b]!, mode: e.mode }] as [string, Record<string, unknown>]));
    msgs.push(c.message);
    use.forEach(([a, b], k) => msgs.push(result(c.ids[k]!, { from: P[a], to: P[b], minutes: rng.int(6, 38), bus_every_min: rng.pick([10, 15, 20, 30]) })));
    msgs.push(say(t(lang, {
      en: 'Got the travel times. One thing: does the supermarket shop have to be a specific store?',
      zh: '路上时间查好了。确认一下：超市必须是那一家吗？',
      de: 'Fahrzeiten hab ich. Kurze Frage: muss es ein bestimmter Supermarkt sein?',
      pt: 'Já tenho os tempos. Só uma coisa: tem de ser aquele supermercado específico?',
    })));
    msgs.push(user(`${t(lang, { en: 'yeah that one, it has my brand of oat milk lol', zh: '对，就那家，只有那家有我要的燕麦奶哈哈', de: 'ja genau der, nur da gibts meine Hafermilch', pt: 'sim esse, só lá há o meu leite de aveia' })}\n${e.ask}`));
    return {
      lang, messages: msgs,
      tools: [tool('travel_time', 'Door-to-door travel time between two places.', { from: str, to: str, mode: oneOf('bus', 'walk') })],
    };
  },
};

const gbDinner: Family = {
  id: 'ws-gb-dinner-on-the-table', label: 'goal_based', difficulty: 'medium', variants: 5,
  rationale: 'Everything must be ready together at a fixed serving time with one oven and fixed cook and rest times, so the answer works backwards to a start sequence that reaches that end point.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'ja', 'pt', 'es'], i);
    const serve = rng.int(19, 20) * 60 + rng.pick([0, 15, 30]);
    const roastMin = rng.pick([70, 80, 90, 100]);
    const roastT = rng.pick([180, 190, 200]);
    const potMin = rng.pick([40, 45, 50]);
    const desMin = rng.pick([30, 35, 45]);
    const desT = rng.pick([160, 170, 175]);
    const cool = rng.pick([60, 90, 120]);
    const guests = rng.int(4, 10);
    const first = t(lang, {
      fr: `j'ai ${guests} personnes ce soir et je veux servir à ${hhmm(serve)} pile. au menu : poulet rôti (${roastMin} min à ${roastT}°C + 15 min de repos sous alu), pommes de terre au four (${potMin} min, même température ça va), un clafoutis (${desMin} min à ${desT}°C, doit refroidir au moins ${cool} min), haricots verts à la poêle 10 min. j'ai UN seul four. je commence quoi à quelle heure ?`,
      en: `${guests} people coming tonight, want food on the table at ${hhmm(serve)}. roast chicken (${roastMin} min at ${roastT}°C then 15 min rest under foil), roast potatoes (${potMin} min, fine at the same temp), a crumble (${desMin} min at ${desT}°C, needs ${cool} min to cool or it's lava), green beans on the hob 10 min. ONE oven. what do I start when??`,
      ja: `今夜${guests}人来るので${hhmm(serve)}ちょうどに出したい。ローストチキン(${roastT}℃で${roastMin}分、そのあとアルミで15分休ませる)、ローストポテト(${potMin}分、同じ温度でOK)、焼きプリン(${desT}℃で${desMin}分、最低${cool}分冷ます)、いんげんのソテー(フライパンで10分)。オーブンは1台だけ。何時に何を始めればいい？`,
      pt: `vêm ${guests} pessoas hoje e quero servir às ${hhmm(serve)} em ponto. frango assado (${roastMin} min a ${roastT}°C + 15 min a descansar), batatas assadas (${potMin} min, mesma temperatura serve), um pudim no forno (${desMin} min a ${desT}°C, tem de arrefecer pelo menos ${cool} min), feijão-verde salteado 10 min. só tenho UM forno. começo o quê a que horas?`,
      es: `vienen ${guests} a cenar y quiero servir a las ${hhmm(serve)} en punto. pollo asado (${roastMin} min a ${roastT}°C y 15 min reposando con papel albal), patatas al horno (${potMin} min, a la misma temperatura vale), un flan al horno (${desMin} min a ${desT}°C, tiene que enfriar al menos ${cool} min), judías verdes en sartén 10 min. tengo UN solo horno. ¿qué empiezo a qué hora?`,
    });
    const msgs: Msg[] = [user(first)];
    if (i !== 2) {
      msgs.push(say(t(lang, {
        fr: 'Ok ! Le poulet et les pommes de terre tiennent ensemble dans le four, ou une seule plaque à la fois ?',
        en: 'Can do! Do the chicken and the potatoes fit in the oven together, or only one tray at a time?',
        pt: 'Combinado! O frango e as batatas cabem juntos no forno, ou só um tabuleiro de cada vez?',
        es: '¡Vale! ¿Caben el pollo y las patatas a la vez en el horno o solo una bandeja?',
        ja: '了解です！チキンとポテトは同時にオーブンに入りますか？',
      })));
      const both = rng.chance(0.5);
      msgs.push(user(t(lang, {
        fr: both ? 'oui les deux rentrent, sur deux niveaux' : "non, le plat du poulet prend toute la place, une plaque à la fois",
        en: both ? 'yep both fit, two shelves' : 'nope, the chicken tin hogs the whole thing, one at a time',
        pt: both ? 'sim, cabem os dois em prateleiras diferentes' : 'não, o tabuleiro do frango ocupa tudo, um de cada vez',
        es: both ? 'sí, caben los dos en dos alturas' : 'no, la bandeja del pollo ocupa todo, de uno en uno',
        ja: both ? '2段あるから両方入る' : '無理、チキンの天板で全部埋まる',
      })));
      if (rng.chance(0.5)) msgs.push(user(t(lang, { fr: 'ah et je dois aller chercher ma fille au judo à 18h, 20 min aller-retour', en: 'oh and I have to grab my son from football at 6, 20 min round trip', pt: 'ah e tenho de ir buscar a miúda ao ballet às 18h, 20 min ida e volta', es: 'ah y tengo que recoger al niño de fútbol a las 18, 20 min ida y vuelta', ja: 'あ、18時に子どもを迎えに行く、往復20分' })));
    }
    return { lang, messages: msgs };
  },
};

// ---------------------------------------------------------------- utility_based

const carriers: Record<string, string[]> = {
  es: ['Digi', 'Lowi', 'Simyo', 'Movistar', 'Pepephone'], pt: ['NOS', 'MEO', 'Vodafone', 'Uzo', 'WOO'],
  en: ['giffgaff', 'Smarty', 'Three', 'EE', 'Voxi'], de: ['Aldi Talk', 'congstar', 'Telekom', 'fraenk', 'O2'],
};

const ubPhone: Family = {
  id: 'ws-ub-phone-plan-switch', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Several mobile plans are weighed against real usage, roaming trips, contract length and promo prices to pick the one that suits the user overall, a multi-criteria choice rather than a plan or a lookup.',
  make: (rng, i) => {
    const lang = langAt(['es', 'pt', 'en', 'de'], i);
    const cur = lang === 'en' ? '£' : '€';
    const gb = [rng.int(4, 9), rng.int(6, 14), rng.int(5, 25)];
    const trip = rng.pick([0, 1, 2]);
    const money = (v: number): string => (cur === '£' ? `£${v.toFixed(2)}` : `${v.toFixed(2).replace('.', ',')}${cur}`);
    const plans = pickN(rng, carriers[lang]!, rng.int(4, 5)).map((name, k) => {
      const data = rng.pick([10, 15, 25, 40, 80, 999]);
      const price = rng.int(5, 24) + rng.pick([0, 0.5, 0.99]);
      const contract = rng.pick([0, 0, 12, 24]);
      const promo = rng.chance(0.35) ? `${money(Math.max(2, price - rng.int(3, 8)))} x6` : '-';
      const roam = rng.pick(['EU', 'EU', 'EU+US 5GB', 'EU+US 10GB', lang === 'en' ? 'EU (US £5/day)' : 'EU (US 6€/día)'.replace('día', lang === 'de' ? 'Tag' : lang === 'pt' ? 'dia' : 'día')]);
      return `${String.fromCharCode(65 + k)}) ${name} ${data === 999 ? '∞' : data}GB · ${money(price)}/m · ${contract ? contract + 'm' : '0m'} · roaming ${roam} · promo ${promo}`;
    });
    const body = t(lang, {
      es: `quiero cambiarme de compañía, estoy pagando demasiado. mis últimos 3 meses: ${gb.join(', ')} GB, llamadas ilimitadas me da igual, hablo poco. ${trip ? `este año voy ${trip === 2 ? 'dos veces' : 'una vez'} a EEUU (unas 2 semanas cada vez).` : 'no salgo de Europa.'} odio la permanencia pero si me ahorro bastante aguanto 12 meses, 24 ni de broma.\n\n${plans.join('\n')}\n\n¿cuál cojo?`,
      pt: `quero mudar de operadora, ando a pagar demais. últimos 3 meses: ${gb.join(', ')} GB, chamadas quase não faço. ${trip ? `este ano vou ${trip === 2 ? 'duas vezes' : 'uma vez'} aos EUA (umas 2 semanas cada).` : 'não saio da Europa.'} detesto fidelização, mas se poupar bastante aceito 12 meses, 24 nem pensar.\n\n${plans.join('\n')}\n\nqual escolho?`,
      en: `want to switch networks, paying way too much. last 3 months I used ${gb.join(', ')} GB, barely call anyone. ${trip ? `going to the US ${trip === 2 ? 'twice' : 'once'} this year, ~2 weeks each.` : 'not leaving Europe this year.'} hate contracts but would do 12 months if it saves a decent amount, 24 no way.\n\n${plans.join('\n')}\n\nwhich one should I go for?`,
      de: `will den Handytarif wechseln, zahl viel zu viel. letzte 3 Monate: ${gb.join(', ')} GB, telefonier kaum. ${trip ? `dieses Jahr ${trip === 2 ? 'zweimal' : 'einmal'} USA, je ca. 2 Wochen.` : 'bin dieses Jahr nur in Europa.'} Laufzeit hasse ich, 12 Monate ginge wenn's richtig was spart, 24 auf keinen Fall.\n\n${plans.join('\n')}\n\nwelchen nehm ich?`,
    });
    return {
      lang, messages: [user(body)],
      response_format: jsonSchema('plan_pick', { plan: str, yearly_cost: num, runner_up: str, why: str }),
    };
  },
};

const ubTraining: Family = {
  id: 'ws-ub-training-week-fit', label: 'utility_based', secondary: 'goal_based', difficulty: 'hard', variants: 4,
  rationale: 'Limited free slots must be shared among runs, strength and mobility by the user\'s ranked priorities and recovery limits, an allocation under trade-offs; the upcoming race gives it a secondary goal-directed flavour.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'ja', 'en'], i);
    const weeks = rng.int(5, 12);
    const dayNames = t(lang, { en: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun', fr: 'lun,mar,mer,jeu,ven,sam,dim', ja: '月,火,水,木,金,土,日' }).split(',');
    const slots = dayNames.map((d) => `${d} ${rng.pick([0, 30, 45, 60, 60, 90])}${t(lang, { en: 'min', fr: 'min', ja: '分' })}`).join(' | ');
    const race = rng.pick(['10k', 'half marathon', '10k trail']);
    const body = t(lang, {
      en: `need help fitting my week in. free time: ${slots}. ${race} in ${weeks} weeks. what I'd like, most important first: 3 runs incl. one long one (long one only at weekends, ideally 75+ min), 2 strength sessions (45 min each), yoga/mobility if there's room. dodgy knee so no hard days back to back, and no more than 4 runs. commute by bike on Tue+Thu already counts as easy cardio.`,
      fr: `besoin d'aide pour caser ma semaine. temps libre : ${slots}. ${race === 'half marathon' ? 'semi-marathon' : race} dans ${weeks} semaines. ce que je veux, par ordre d'importance : 3 sorties course dont une longue (le week-end uniquement, 75 min+ idéalement), 2 séances de renfo (45 min), yoga/mobilité s'il reste de la place. genou fragile donc pas deux jours durs d'affilée, et max 4 sorties. je vais au boulot à vélo mar+jeu, ça compte comme cardio léger.`,
      ja: `1週間の練習をうまく入れたい。空き時間: ${slots}。${weeks}週間後に${race === 'half marathon' ? 'ハーフマラソン' : race}。やりたいこと(優先順): ランニング3回(うち1回はロング、週末のみ、できれば75分以上)、筋トレ2回(各45分)、余裕があればヨガ/ストレッチ。膝が弱いのでキツい日を連続させない、ランは最大4回まで。火・木は自転車通勤で軽い有酸素になってる。`,
    });
    const msgs: Msg[] = [user(body)];
    if (i % 2 === 1) {
      msgs.push(say(t(lang, {
        en: 'Happy to. If something has to give, would you rather drop a strength session or shorten the long run?',
        fr: "Avec plaisir. S'il faut sacrifier quelque chose, tu préfères perdre une séance de renfo ou raccourcir la sortie longue ?",
        ja: 'もちろん。何かを削る必要があるとしたら、筋トレ1回を減らすのとロング走を短くするの、どちらがいいですか？',
      })));
      msgs.push(user(t(lang, {
        en: 'drop strength before touching the long run. and sunday mornings are sacred, family brunch lol',
        fr: "plutôt sacrifier le renfo que la sortie longue. et le dimanche matin c'est sacré, brunch en famille",
        ja: 'ロング走は削りたくないから筋トレを減らして。あと日曜の朝は家族のブランチだから無理',
      })));
    }
    return {
      lang, messages: msgs,
      ...(i >= 2 ? { response_format: jsonSchema('training_week', { days: list(obj({ day: str, session: str, minutes: int })), dropped: list(str) }) } : {}),
    };
  },
};

const ubSavings: Family = {
  id: 'ws-ub-monthly-money-split', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'A fixed monthly surplus has to be divided among debts with different rates, an emergency buffer, an employer match and a trip, weighing returns against safety and deadlines.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'zh', 'es'], i);
    const cur = lang === 'en' ? '£' : lang === 'zh' ? '元' : '€';
    const k = lang === 'zh' ? 7 : 1;
    const surplus = rng.int(4, 14) * 50 * k;
    const cc = rng.int(8, 40) * 100 * k; const ccApr = rng.pick([18.9, 21.5, 24.9]);
    const car = rng.int(40, 120) * 100 * k; const carApr = rng.pick([3.9, 5.9, 6.5]);
    const ef = rng.int(2, 20) * 100 * k; const efTarget = rng.int(6, 12) * 1000 * k;
    const trip = rng.int(8, 25) * 100 * k; const months = rng.int(3, 8);
    const carMin = Math.round(car / 48);
    const body = t(lang, {
      de: `Ich hab jeden Monat ca. ${surplus}${cur} übrig und weiß nicht, wohin damit. Stand:\n- Kreditkarte ${cc}${cur} offen, ${ccApr}% effektiv\n- Autokredit ${car}${cur}, ${carApr}%, Rate ${carMin}${cur} läuft sowieso\n- Notgroschen ${ef}${cur}, hätte gern ${efTarget}${cur}\n- Arbeitgeber legt bei der bAV 50% drauf, bis 100${cur}/Monat von mir\n- Urlaub in ${months} Monaten, kostet ca. ${trip}${cur}, will ich nicht auf Pump\nWie teil ich das auf?`,
      en: `I've got about £${surplus} spare each month, no clue where it should go:\n- credit card £${cc}, ${ccApr}% APR\n- car loan £${car} at ${carApr}%, the £${carMin} payment already comes out anyway\n- emergency pot £${ef}, want £${efTarget}\n- work pension matches 50% of what I add, up to £100/month from me\n- holiday in ${months} months ~£${trip}, don't want it on the card\nhow do I split it?`,
      zh: `我每个月大概能剩${surplus}${cur}，不知道怎么分：\n- 信用卡欠${cc}${cur}，年化${ccApr}%\n- 车贷${car}${cur}，利率${carApr}%，每月${carMin}${cur}已经在自动扣\n- 应急金现在${ef}${cur}，想攒到${efTarget}${cur}\n- 公司企业年金：我每存1块公司补5毛，我每月存的前${100 * k}${cur}有补贴\n- ${months}个月后去旅游，大概${trip}${cur}，不想刷卡\n这钱怎么分比较好？`,
      es: `me sobran unos ${surplus}${cur} al mes y no sé dónde meterlos:\n- tarjeta de crédito ${cc}${cur} pendientes, TAE ${ccApr}%\n- préstamo del coche ${car}${cur} al ${carApr}%, la cuota de ${carMin}${cur} ya se paga sola\n- colchón de emergencia ${ef}${cur}, quiero llegar a ${efTarget}${cur}\n- la empresa pone un 50% extra en el plan de pensiones, hasta 100${cur}/mes míos\n- vacaciones dentro de ${months} meses, unos ${trip}${cur}, no quiero tirar de tarjeta\n¿cómo lo reparto?`,
    });
    return {
      lang, messages: [user(body)],
      response_format: jsonSchema('money_split', {
        allocations: list(obj({ bucket: str, monthly_amount: num })), order_of_priority: list(str), note: str,
      }),
    };
  },
};

const ubFlight: Family = {
  id: 'ws-ub-flight-options-pick', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Flight options differ in price, stops, times and baggage, and the user states how much each matters, so the agent must choose the option with the best overall payoff for them.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'fr', 'en'], i);
    const [from, to] = rng.pick([['LHR', 'LIS'], ['OPO', 'GRU'], ['CDG', 'YUL'], ['MAN', 'JFK'], ['LIS', 'BCN'], ['ORY', 'FDF']] as [string, string][]);
    const cur = lang === 'en' ? '£' : '€';
    const msgs: Msg[] = [user(t(lang, {
      en: `need flights ${from}→${to} on the ${rng.int(2, 28)}th for me + my 4yo. hate red-eyes with a kid, need a checked bag for the car seat, budget's not unlimited but sanity matters`,
      pt: `preciso de voos ${from}→${to} no dia ${rng.int(2, 28)} para mim e o meu filho de 4 anos. voo noturno com criança nem pensar, preciso de mala de porão por causa da cadeirinha, orçamento não é infinito mas a paciência também não`,
      fr: `il me faut des vols ${from}→${to} le ${rng.int(2, 28)} pour moi et ma fille de 4 ans. pas de vol de nuit avec une enfant, il me faut un bagage en soute pour le siège auto, le budget n'est pas illimité mais ma santé mentale non plus`,
    }))];
    const opts = Array.from({ length: rng.int(4, 6) }, (_, k) => {
      const dep = rng.int(6 * 60, 23 * 60);
      const dur = rng.int(120, 720);
      const stops = rng.pick([0, 0, 1, 1, 2]);
      return {
        id: `F${k + 1}`, airline: rng.pick(['TAP', 'easyJet', 'BA', 'Air France', 'Ryanair', 'LATAM', 'Air Transat', 'Vueling']),
        depart: hhmm(dep), arrive: hhmm(dep + dur), stops, layover_min: stops === 0 ? 0 : rng.pick([55, 90, 180, 340]) * stops,
        price_total: rng.int(180, 1400), checked_bag_included: rng.chance(0.5), bag_fee: rng.pick([35, 45, 60]),
      };
    });
    exchange(rng, msgs, 'search_flights', { from, to, passengers: { adults: 1, children: 1 } }, { currency: cur === '£' ? 'GBP' : 'EUR', options: opts });
    msgs.push(say(t(lang, { en: `Found ${opts.length} options. Any airline you avoid, or is a stop OK?`, pt: `Encontrei ${opts.length} opções. Há alguma companhia que evites, ou uma escala serve?`, fr: `J'ai ${opts.length} options. Une compagnie à éviter, ou une escale ça passe ?` })));
    msgs.push(user(t(lang, {
      en: `a stop is ok if it's not a crazy long one, but I'd pay up to ${cur}${rng.int(6, 12) * 10} more to go direct. not arsed about airline`,
      pt: `uma escala pode ser, desde que não seja enorme, mas pagava até mais ${rng.int(6, 12) * 10}${cur} por um direto. companhia tanto faz`,
      fr: `une escale ça va si elle n'est pas interminable, mais je paierais jusqu'à ${rng.int(6, 12) * 10}${cur} de plus pour du direct. compagnie peu importe`,
    })));
    if (rng.chance(0.5) || i === 3) msgs.push(user(t(lang, { en: i === 3 ? 'so which one is the best value overall?' : 'so which one?', pt: 'então, qual?', fr: 'alors, lequel ?' })));
    return {
      lang, messages: msgs,
      tools: [
        tool('search_flights', 'Search flights.', { from: str, to: str, passengers: { type: 'object' } }),
        tool('hold_fare', 'Hold a fare for 24h.', { option_id: str }),
      ],
    };
  },
};

const ubQuotes: Family = {
  id: 'ws-ub-bathroom-quotes', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Three contractor quotes differ on price, start date, warranty, reviews and payment terms, and the user wants the one that balances them against a budget and a date; no sequence of actions is needed.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'de', 'en', 'es'], i);
    const cur = lang === 'ja' ? '万円' : lang === 'en' ? '£' : '€';
    const scale = lang === 'ja' ? 0.015 : 1;
    const names = t(lang, { ja: '山田工務店,リフォームのミナト,TOTOリモデルクラブ加盟店', de: 'Bad & Fliese Krüger,Sanitär Yilmaz,Handwerkerei Nord', en: 'Dave Hughes Plumbing,Brightside Bathrooms,KR Renovations', es: 'Reformas Hnos. Pardo,Baños Levante,ObraExpress' }).split(',');
    const q = names.map((n) => {
      const price = Math.round(rng.int(6, 15) * 1000 * scale * (lang === 'ja' ? 10 : 1)) / (lang === 'ja' ? 10 : 1);
      return { n, price, start: rng.int(1, 8), weeks: rng.int(2, 5), warranty: rng.pick([1, 2, 5]), stars: rng.int(35, 50) / 10, reviews: rng.int(4, 180), upfront: rng.pick([0, 10, 30, 50]) };
    });
    const line = (x: typeof q[number]): string => t(lang, {
      ja: `${x.n}: ${x.price}${cur}、${x.start}週間後に着工、工期${x.weeks}週、保証${x.warranty}年、口コミ★${x.stars}(${x.reviews}件)、前金${x.upfront}%`,
      de: `${x.n}: ${x.price} ${cur}, Start in ${x.start} Wochen, Dauer ${x.weeks} Wochen, ${x.warranty} J. Gewährleistung, ${x.stars}★ (${x.reviews} Bewertungen), ${x.upfront}% Anzahlung`,
      en: `${x.n}: ${cur}${x.price}, can start in ${x.start} wks, takes ${x.weeks} wks, ${x.warranty}yr guarantee, ${x.stars}★ (${x.reviews} reviews), ${x.upfront}% upfront`,
      es: `${x.n}: ${x.price} ${cur}, empiezan en ${x.start} semanas, duran ${x.weeks} semanas, ${x.warranty} años de garantía, ${x.stars}★ (${x.reviews} reseñas), ${x.upfront}% por adelantado`,
    });
    const deadlineWk = rng.int(6, 10);
    const budget = Math.round(rng.int(9, 13) * 1000 * scale * (lang === 'ja' ? 10 : 1)) / (lang === 'ja' ? 10 : 1);
    const msgs: Msg[] = [
      user(t(lang, {
        ja: `お風呂のリフォーム、3社から見積もり来た！\n${q.map(line).join('\n')}`,
        de: `so, drei Angebote fürs Bad sind da:\n${q.map(line).join('\n')}`,
        en: `got 3 quotes back for the bathroom finally:\n${q.map(line).join('\n')}`,
        es: `por fin tengo 3 presupuestos para el baño:\n${q.map(line).join('\n')}`,
      })),
      say(t(lang, {
        ja: 'いいですね！予算と、いつまでに終わってほしいかはありますか？',
        de: 'Super! Gibt es ein Budget und einen Termin, bis wann es fertig sein muss?',
        en: 'Nice! Is there a budget and a date it needs to be finished by?',
        es: '¡Genial! ¿Tienes un presupuesto y una fecha límite?',
      })),
      user(t(lang, {
        ja: `予算は${budget}${cur}くらい、ちょっとなら超えてもいい。義理の両親が${deadlineWk}週間後に泊まりに来るからそれまでに終わってないと困る😭 前金多いところはちょっと怖い`,
        de: `Budget so ${budget} ${cur}, bisschen drüber ginge. Schwiegereltern kommen in ${deadlineWk} Wochen, bis dahin MUSS das fertig sein 😭 und hohe Anzahlungen machen mich nervös`,
        en: `budget ~${cur}${budget}, can stretch a bit. in-laws arrive in ${deadlineWk} weeks so it HAS to be done by then 😭 and big deposits make me nervous tbh`,
        es: `presupuesto unos ${budget} ${cur}, puedo pasarme un poco. mis suegros vienen en ${deadlineWk} semanas así que TIENE que estar terminado 😭 y los adelantos grandes me dan miedo`,
      })),
    ];
    if (rng.chance(0.5)) msgs.push(say(t(lang, { ja: 'なるほど。もう一つ、保証の長さはどのくらい重視しますか？', de: 'Verstehe. Wie wichtig ist dir die Gewährleistung?', en: 'Got it. How much do you care about the guarantee length?', es: 'Entendido. ¿Cuánto te importa la garantía?' })),
      user(t(lang, { ja: 'まあまあ。でも一番は期限と安心感かな', de: 'schon wichtig, aber Termin und Vertrauen zuerst', en: 'somewhat, but the date and trust come first', es: 'algo, pero primero la fecha y que sean de fiar' })));
    msgs.push(user(t(lang, { ja: 'で、結局どこに頼むのがいいと思う？', de: 'also, wen nehm ich?', en: 'so who do I go with?', es: 'entonces, ¿con quién voy?' })));
    return { lang, messages: msgs };
  },
};

// ---------------------------------------------------------------- learning

const lrEspresso: Family = {
  id: 'ws-lr-espresso-dial-in', label: 'learning', difficulty: 'medium', variants: 5,
  rationale: 'The grinder-to-taste relationship for this machine and these beans has to be inferred from the logged shots and their taste outcomes, then applied to choose the next shot.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'fr', 'en'], i);
    const grinder = rng.pick(['Niche Zero', 'Eureka Mignon', 'DF64', 'Baratza Sette', 'Comandante']);
    const bean = rng.pick(['Ethiopia Guji light roast', 'Brazil Cerrado medium', 'Colombia Huila washed', 'house espresso blend (dark)', 'Kenya AA light']);
    const dose = rng.pick([16, 17, 18, 18.5, 20]);
    const base = rng.int(52, 66);
    const words: Record<string, [string, string, string]> = {
      en: ['sour, thin', 'nice! sweet', 'bitter, dry finish'], de: ['sauer, dünn', 'lecker, süß', 'bitter, trocken'],
      ja: ['酸っぱい、薄い', 'おいしい！甘い', '苦い、えぐい'], fr: ['acide, maigre', 'top, sucré', 'amer, sec'],
    };
    const tasteOf = (s: number): string => words[lang]![s < 24 ? 0 : s <= 31 ? 1 : 2];
    const n = rng.int(4, 7);
    const grinds = pickN(rng, [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18], n);
    const log = grinds.map((g, k) => {
      const s = Math.round(base - 2.3 * g + rng.int(-2, 2));
      return `#${k + 1} grind ${g} · ${dose}g in · ${Math.round(dose * 2 + rng.int(-3, 4))}g out · ${s}s · ${tasteOf(s)}`;
    }).join('\n');
    const change = rng.pick(['same', 'humid', 'older']);
    const changeText = t(lang, {
      en: { same: 'same bag, fresh morning', humid: 'same bag but it\'s really humid today', older: 'same bag, now 3 weeks off roast' }[change]!,
      de: { same: 'gleiche Tüte, neuer Morgen', humid: 'gleiche Tüte, heute aber sehr schwül', older: 'gleiche Tüte, inzwischen 3 Wochen nach Röstung' }[change]!,
      ja: { same: '同じ豆、今朝も', humid: '同じ豆だけど今日はすごく湿気がある', older: '同じ豆、焙煎から3週間経った' }[change]!,
      fr: { same: 'même paquet, nouveau matin', humid: "même paquet mais il fait très humide aujourd'hui", older: 'même paquet, torréfié il y a 3 semaines maintenant' }[change]!,
    });
    const body = t(lang, {
      en: `${grinder}, ${bean}. my shots so far:\n${log}\n\n${changeText}. what grind do I go with for the next one, and anything else to change?`,
      de: `${grinder}, ${bean}. meine Bezüge bisher:\n${log}\n\n${changeText}. welchen Mahlgrad nehm ich als nächstes, und sonst noch was ändern?`,
      ja: `${grinder}、${bean}。今までのショット:\n${log}\n\n${changeText}。次は挽き目いくつにすればいい？他に変えることある？`,
      fr: `${grinder}, ${bean}. mes extractions jusqu'ici :\n${log}\n\n${changeText}. je mets quelle mouture pour la prochaine, et autre chose à changer ?`,
    });
    const msgs: Msg[] = [user(body)];
    if (i === 4) {
      msgs.push(say('Go a notch finer than your best-tasting shot and keep the dose the same.'));
      const g = rng.pick(grinds);
      const s = Math.round(base - 2.3 * g + rng.int(-2, 2));
      msgs.push(user(`did grind ${g}: ${s}s, ${tasteOf(s)}. hmm. next?`));
    }
    return { lang, messages: msgs, max_tokens: 300 };
  },
};

const sleepTries: Record<string, string[]> = {
  es: ['café solo hasta las 14:00', 'sin pantallas después de las 22:00', 'magnesio antes de dormir', 'hora fija de acostarse 23:00', 'correr por la tarde', 'cero alcohol entre semana', 'habitación a 18°C', 'siesta cortada'],
  en: ['no coffee after 2pm', 'no screens after 10pm', 'magnesium at night', 'fixed 11pm bedtime', 'evening run', 'no booze on weeknights', 'bedroom at 18°C', 'no naps'],
  pt: ['café só até às 14h', 'sem ecrãs depois das 22h', 'magnésio à noite', 'deitar sempre às 23h', 'corrida ao fim da tarde', 'zero álcool durante a semana', 'quarto a 18°C', 'sem sestas'],
};

const lrSleep: Family = {
  id: 'ws-lr-sleep-tweaks-weeks', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Weeks of small sleep changes with their measured results are carried in the chat, and the next change should be chosen by generalising what those outcomes showed.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'en'], i);
    const tries = sleepTries[lang]!;
    const weeks = rng.int(3, 6);
    const helps = new Set(pickN(rng, tries, 2));
    const rows: string[] = [];
    let baseScore = rng.int(58, 68);
    for (let w = 0; w < weeks; w++) {
      const set = pickN(rng, tries, rng.int(1, 3));
      const gain = set.reduce((a, x) => a + (helps.has(x) ? rng.int(6, 10) : rng.int(-2, 2)), 0);
      const lat = Math.max(6, 35 - gain * 2 + rng.int(-4, 4));
      rows.push(t(lang, {
        es: `semana ${w + 1}: ${set.join(' + ')} → puntuación media ${baseScore + gain}, tardo ~${lat} min en dormirme`,
        en: `week ${w + 1}: ${set.join(' + ')} → avg sleep score ${baseScore + gain}, ~${lat} min to fall asleep`,
        pt: `semana ${w + 1}: ${set.join(' + ')} → pontuação média ${baseScore + gain}, ~${lat} min a adormecer`,
      }));
      if (rng.chance(0.3)) baseScore += rng.int(-2, 2);
    }
    const coach = i % 2 === 0;
    const msgs: Msg[] = [];
    if (coach) msgs.push(sys(t(lang, {
      es: 'Eres el coach de sueño de la app Dormi. El usuario prueba un cambio por semana; apóyate en sus resultados reales, no en consejos genéricos.',
      en: 'You are the sleep coach in the Dormi app. The user tries changes week by week; base your advice on their actual numbers, not generic tips.',
      pt: 'És o coach de sono da app Dormi. O utilizador testa mudanças semana a semana; baseia-te nos resultados reais dele, não em dicas genéricas.',
    })));
    msgs.push(user(t(lang, {
      es: `te paso cómo me ha ido:\n${rows.join('\n')}\n\nla semana que viene tengo turno de mañana (me levanto a las 6). ¿qué mantengo, qué quito y qué pruebo?`,
      en: `here's how it's gone so far:\n${rows.join('\n')}\n\nnext week I'm on early shifts (up at 6). what do I keep, drop, and try?`,
      pt: `olha como tem corrido:\n${rows.join('\n')}\n\npara a semana entro cedo no trabalho (acordo às 6h). o que mantenho, o que largo e o que experimento?`,
    })));
    return {
      lang, messages: msgs,
      response_format: jsonSchema('next_week', { keep: list(str), drop: list(str), try_next: str, expected_effect: str }),
    };
  },
};

const mealMenus: Record<string, string[]> = {
  de: ['Linsen-Dal mit Naan (25 min, vegan)', 'Schweinemedaillons mit Spätzle (40 min)', 'Thai-Curry mit Garnelen, scharf (30 min)', 'Gnocchi-Pfanne mit Spinat (20 min, veggie)', 'Rinderhack-Tacos (25 min)', 'Lachs mit Ofengemüse (35 min)', 'Pilzrisotto (45 min, veggie)', 'Hähnchen-Teriyaki-Bowl (25 min)'],
  en: ['Lentil dal with naan (25 min, vegan)', 'Pork medallions with mash (40 min)', 'Spicy prawn Thai curry (30 min)', 'Gnocchi & spinach traybake (20 min, veggie)', 'Beef mince tacos (25 min)', 'Salmon with roast veg (35 min)', 'Mushroom risotto (45 min, veggie)', 'Chicken teriyaki bowl (25 min)'],
  zh: ['扁豆咖喱配馕(25分钟，纯素)', '猪里脊配土豆泥(40分钟)', '泰式辣虾咖喱(30分钟)', '菠菜烤团子(20分钟，素)', '牛肉末塔可(25分钟)', '三文鱼配烤蔬菜(35分钟)', '蘑菇烩饭(45分钟，素)', '照烧鸡肉饭(25分钟)'],
};
const mealNotes: Record<string, { good: string[]; bad: string[]; spicy: string; fish: string }> = {
  de: { good: ['Kinder haben alles aufgegessen', 'super schnell, gerne wieder', 'Nachschlag verlangt'], bad: ['unter der Woche zu lange', 'zu viel Abwasch', 'etwas fad'], spicy: 'zu scharf für die Kinder', fish: 'Fisch/Meeresfrüchte isst mein Mann nicht' },
  en: { good: ['kids cleaned their plates', 'super quick, again pls', 'partner went back for seconds'], bad: ['too long for a weeknight', 'way too much washing up', 'bit bland'], spicy: 'too spicy for the kids', fish: "partner won't eat fish or seafood" },
  zh: { good: ['孩子们全吃光了', '特别快，还想要', '老公又添了一碗'], bad: ['工作日做太费时间', '要洗的锅太多', '味道有点淡'], spicy: '太辣了孩子吃不了', fish: '老公不吃鱼和海鲜' },
};

const lrMealkit: Family = {
  id: 'ws-lr-mealkit-weekly-picks', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: "The household's past ratings and comments on earlier boxes are fetched, and this week's picks must generalise from what they liked and rejected to new recipes.",
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'zh', 'en'], i);
    const menuLang = lang === 'zh' ? 'zh' : lang === 'de' ? 'de' : 'en';
    const menu = pickN(rng, mealMenus[menuLang]!, rng.int(6, 8));
    const notes = mealNotes[menuLang]!;
    const past = Array.from({ length: rng.int(5, 9) }, (_, k) => {
      const recipe = rng.pick(mealMenus[menuLang]!).replace(/\s*\(.*$/u, '');
      const spicy = /scharf|Spicy|辣/u.test(recipe);
      const fish = /Lachs|Garnelen|Salmon|prawn|三文鱼|虾/u.test(recipe);
      const stars = spicy || fish ? rng.int(1, 2) : rng.int(2, 5);
      const note = spicy ? notes.spicy : fish ? notes.fish : k % 3 === 2 ? '' : rng.pick(stars >= 4 ? notes.good : notes.bad);
      return { week: `W${pad(40 - k * rng.int(1, 4))}`, recipe, stars, note };
    });
    const msgs: Msg[] = [
      sys(t(lang, {
        de: 'Assistent der Kochbox-App "Frischkiste". Wähle genau 3 Rezepte aus dem Wochenmenü für den Haushalt und begründe kurz.',
        en: 'Assistant in the "FreshCrate" meal-kit app. Pick exactly 3 recipes from this week\'s menu for the household and say why briefly.',
        zh: '你是"鲜盒"净菜App的助手。从本周菜单中为这个家庭选3道菜，并简单说明理由。',
      })),
      user(t(lang, {
        de: `Menü KW ${rng.int(10, 50)}:\n- ${menu.join('\n- ')}\nwähl du mal, ich hab keinen Nerv 🙈`,
        en: `this week's menu:\n- ${menu.join('\n- ')}\nyou pick, I can't be bothered this week 🙈`,
        zh: `本周菜单：\n- ${menu.join('\n- ')}\n你帮我选吧，我这周没心思了🙈`,
      })),
    ];
    exchange(rng, msgs, 'get_past_ratings', { household_id: `hh_${rng.int(10000, 99999)}`, limit: past.length }, past);
    if (i === 3) msgs.push(user('oh and my sister is staying, she\'s veggie'));
    return {
      lang, messages: msgs,
      tools: [tool('get_past_ratings', "The household's ratings of earlier boxes.", { household_id: str, limit: int })],
      response_format: jsonSchema('weekly_picks', { recipes: list(str), why: str }),
    };
  },
};

const lrMarket: Family = {
  id: 'ws-lr-secondhand-price', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: "The seller's own listing history (prices, days to sell, offers, timing) is the evidence for pricing a new item, so the answer generalises from those outcomes; choosing a price also trades speed against money.",
  make: (rng, i) => {
    const lang = langAt(['fr', 'es', 'en', 'pt'], i);
    const site = ['Leboncoin', 'Wallapop', 'Vinted', 'OLX'][i]!;
    const cats = t(lang, {
      fr: 'poussette Yoyo,vélo enfant 16",chaise haute Stokke,lit parapluie,trottinette Micro,siège auto Cybex,porte-bébé Ergobaby',
      es: 'carrito Bugaboo,bici infantil 16",trona Stokke,cuna de viaje,patinete Micro,silla de coche Cybex,mochila portabebés',
      en: 'Bugaboo pram,16" kids bike,Stokke high chair,travel cot,Micro scooter,Cybex car seat,Ergobaby carrier',
      pt: 'carrinho Bugaboo,bicicleta criança 16",cadeira Stokke,cama de viagem,trotinete Micro,cadeira auto Cybex,marsúpio Ergobaby',
    }).split(',');
    const items = pickN(rng, cats, rng.int(5, 7));
    const newItem = items.pop()!;
    const hist = items.map((it, k) => {
      const paid = rng.int(60, 450);
      const quick = k % 2 === 0 ? rng.chance(0.75) : rng.chance(0.3);
      const listed = Math.round(paid * (quick ? rng.int(45, 60) : rng.int(70, 90)) / 100);
      return {
        item: it, paid_new: paid, listed_price: listed, sold_price: quick ? listed - rng.int(0, 5) : Math.round(listed * (rng.int(65, 85) / 100)),
        days_to_sell: quick ? rng.int(1, 4) : rng.int(12, 30), messages: quick ? rng.int(8, 30) : rng.int(1, 6),
        posted: quick ? rng.pick(['sun 20:00', 'sun 19:30', 'sat 18:00']) : rng.pick(['tue 10:00', 'wed 14:00', 'mon 09:00']),
        photos: quick ? rng.int(5, 9) : rng.int(1, 3), price_drops: quick ? 0 : rng.int(1, 3),
      };
    });
    const msgs: Msg[] = [user(t(lang, {
      fr: `je veux vendre ${newItem} sur ${site}, en bon état, acheté ${rng.int(150, 500)}€ il y a 2 ans. il faut que ça parte avant le déménagement dans ${rng.int(6, 12)} jours. tu peux regarder mes anciennes annonces ?`,
      es: `quiero vender ${newItem} en ${site}, en buen estado, me costó ${rng.int(150, 500)}€ hace 2 años. tiene que irse antes de la mudanza, en ${rng.int(6, 12)} días. ¿miras mis anuncios anteriores?`,
      en: `wanna sell the ${newItem} on ${site}, good nick, paid £${rng.int(150, 500)} 2 yrs ago. needs to be gone before we move in ${rng.int(6, 12)} days. can you look at my old listings?`,
      pt: `quero vender ${newItem} no ${site}, em bom estado, paguei ${rng.int(150, 500)}€ há 2 anos. tem de sair antes da mudança daqui a ${rng.int(6, 12)} dias. vês os meus anúncios antigos?`,
    }))];
    exchange(rng, msgs, 'get_my_listings', { status: 'sold', limit: hist.length }, hist);
    msgs.push(user(t(lang, { fr: 'alors, je le mets à combien et je poste quand ?', es: 'entonces, ¿a cuánto lo pongo y cuándo lo publico?', en: 'so what price and when do I post it?', pt: 'então, a que preço e quando publico?' })));
    return { lang, messages: msgs, tools: [tool('get_my_listings', "The user's earlier listings with outcomes.", { status: oneOf('sold', 'active', 'expired'), limit: int })] };
  },
};

const lrShopping: Family = {
  id: 'ws-lr-voice-list-corrections', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
  rationale: "Which product each spoken word means must follow the user's earlier corrections retrieved from memory rather than defaults; the mapping of one command is otherwise a quick single-turn reaction.",
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'de', 'en'], i);
    const mem = t(lang, {
      ja: '「牛乳」と言ったら → 明治おいしい牛乳ではなく キッコーマン 調製豆乳 1L に直された(3回)\n「パン」→ 食パン6枚切りを 8枚切り に変更された\n「卵」→ 10個入りを残した(修正なし)\n「コーヒー」→ ドリップバッグを削除して UCC 職人の珈琲 粉 を追加された\n「ヨーグルト」→ 加糖を無糖に直された',
      en: '"milk" → user replaced semi-skimmed 2L with Oatly Barista 1L (3 times)\n"bread" → swapped white sliced for Warburtons seeded batch\n"eggs" → kept the 12 free-range (no change)\n"coffee" → removed pods, added Lavazza Qualità Rossa ground 250g\n"yogurt" → changed Müller Corner to Fage 0% 500g',
      de: '„Milch" → Nutzer hat 1,5% Vollmilch 3x durch Alpro Hafer Barista ersetzt\n„Brot" → Toastbrot entfernt, Roggenmischbrot vom Bäcker-Regal hinzugefügt\n„Eier" → 10er Bodenhaltung durch 6er Bio ersetzt\n„Kaffee" → Kapseln gelöscht, Tchibo Feine Milde Bohnen 500g hinzugefügt\n„Joghurt" → Fruchtjoghurt durch Skyr natur getauscht',
    });
    const ask = t(lang, {
      ja: rng.pick(['牛乳とパンと卵、あとコーヒーも追加して', 'ヨーグルトと牛乳2本、それとパン', 'コーヒー切れた、あと卵も']),
      en: rng.pick(['add milk, bread, eggs and coffee', 'put yogurt and 2 milk on the list, and bread', 'we need coffee. oh and eggs and milk']),
      de: rng.pick(['setz Milch, Brot, Eier und Kaffee drauf', 'Joghurt, zwei Milch und Brot bitte', 'Kaffee ist alle, und Eier und Milch']),
    });
    const msgs: Msg[] = [
      sys(t(lang, {
        ja: 'あなたは買い物リストの音声アシスタントです。下の「過去の修正メモ」はこのユーザーがあなたの追加内容を直した記録です。',
        en: 'You are a voice shopping-list assistant. The "past corrections" block is what this user changed after you added items before — learn from it.',
        de: 'Du bist ein Sprachassistent für Einkaufslisten. Der Block „frühere Korrekturen" zeigt, was dieser Nutzer nach deinen Einträgen geändert hat.',
      })),
      user(`${t(lang, { ja: '【過去の修正メモ】', en: '[past corrections]', de: '[frühere Korrekturen]' })}\n${mem}`),
      user(`🎤 "${ask}"`),
    ];
    if (i === 3) msgs.splice(2, 0, say('Got it.'), user('🎤 "add bin bags"'), say('{"items":[{"spoken":"bin bags","product":"Tesco 50L bin bags x20","qty":1}]}'));
    return {
      lang, messages: msgs,
      response_format: jsonSchema('list_add', { items: list(obj({ spoken: str, product: str, qty: int })) }),
      max_tokens: 200,
    };
  },
};

// ---------------------------------------------------------------- non-agentic

const naTranslate: Family = {
  id: 'ws-na-landlord-message-translate', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'A plain translation of a message to or from a landlord or host; no decision or action is taken, so it is non-agentic with simple_reflex as the nearest type.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'zh'], i);
    const day = rng.int(2, 28);
    const texts = [
      `¿me traduces esto al español? me lo ha mandado la administración del piso y no entiendo nada:\n\n"Sehr geehrte Mieterin, am ${day}. des Monats findet zwischen 8 und 12 Uhr die jährliche Ablesung der Heizkostenverteiler statt. Bitte sorgen Sie dafür, dass alle Heizkörper zugänglich sind. Sollten Sie verhindert sein, hinterlegen Sie bitte einen Schlüssel bei Ihren Nachbarn oder vereinbaren Sie einen Ersatztermin."`,
      `can you put this into French for my landlord pls, keep it polite:\n\n"Hi Mr ${rng.pick(['Bernard', 'Moreau', 'Girard'])}, the boiler has been making a banging noise since ${rng.pick(['Sunday', 'last week', 'Tuesday'])} and the hot water goes cold after about 5 minutes. Could you send someone to look at it? I'm home most evenings after 6. Thanks!"`,
      `traduz para inglês por favor, é para o anfitrião do Airbnb:\n\n"Olá! Chegamos no dia ${day} por volta das 23h, o voo aterra tarde. Há alguma forma de fazer o check-in sozinhos? Também queria saber se há estacionamento perto e se podemos deixar as malas no dia da saída até às 16h."`,
      `帮我把下面这段翻译成日语，要发给公寓管理公司的：\n\n"您好，我是${rng.int(2, 12)}0${rng.int(1, 8)}室的住户。阳台的排水口好像堵了，下雨的时候水会积到门口。另外走廊的灯坏了好几天了。麻烦安排人来看一下，谢谢！"`,
    ];
    return { lang, messages: [user(texts[i]!)] };
  },
};

const warranty: Record<string, string> = {
  en: `WARRANTY TERMS — ${'{model}'}\n1. The manufacturer warrants this appliance against defects in materials and workmanship for 24 months from the date of purchase. The compressor/motor is covered for 10 years (parts only; labour charged after year 2).\n2. The warranty does not cover: consumables (filters, bulbs, seals), damage from misuse, incorrect installation, power surges, limescale, or commercial use.\n3. Claims require proof of purchase and the serial number. Repairs are carried out by an authorised service partner; the manufacturer may repair or replace at its discretion.\n4. Registering the product online within 90 days extends the parts-and-labour cover to 36 months.\n5. Statutory rights are not affected.`,
  zh: `保修条款 — ${'{model}'}\n一、自购买之日起，整机保修24个月。压缩机/电机保修10年（第3年起仅免费提供零件，人工费另计）。\n二、以下情况不在保修范围内：耗材（滤网、灯泡、密封条）、使用不当、安装不正确、电压不稳造成的损坏、水垢、商业用途。\n三、申请保修需提供购买凭证及机身序列号，由授权服务商上门维修，厂家可自行决定维修或更换。\n四、购买后90天内在线注册产品，整机保修可延长至36个月。\n五、不影响消费者依法享有的权利。`,
  es: `CONDICIONES DE GARANTÍA — ${'{model}'}\n1. El fabricante garantiza este aparato frente a defectos de materiales y fabricación durante 36 meses desde la compra. El motor tiene 10 años de garantía (solo piezas; la mano de obra se cobra a partir del tercer año).\n2. No cubre: consumibles (filtros, bombillas, juntas), daños por mal uso, instalación incorrecta, subidas de tensión, cal ni uso profesional.\n3. Para reclamar se necesita el ticket y el número de serie. Repara el servicio técnico oficial, que decide si repara o sustituye.\n4. Registrando el producto online en 90 días, la garantía total se amplía a 48 meses.\n5. No afecta a los derechos legales del consumidor.`,
  de: `GARANTIEBEDINGUNGEN — ${'{model}'}\n1. Der Hersteller gewährt 24 Monate Garantie ab Kaufdatum auf Material- und Verarbeitungsfehler. Auf den Kompressor/Motor gelten 10 Jahre (nur Teile; Arbeitslohn ab dem 3. Jahr kostenpflichtig).\n2. Ausgeschlossen sind: Verschleißteile (Filter, Lampen, Dichtungen), Schäden durch unsachgemäßen Gebrauch, fehlerhafte Installation, Überspannung, Verkalkung sowie gewerbliche Nutzung.\n3. Für einen Garantiefall sind Kaufbeleg und Seriennummer nötig. Die Reparatur erfolgt durch einen autorisierten Servicepartner; der Hersteller entscheidet über Reparatur oder Austausch.\n4. Bei Online-Registrierung innerhalb von 90 Tagen verlängert sich die Vollgarantie auf 36 Monate.\n5. Gesetzliche Gewährleistungsrechte bleiben unberührt.`,
};

const naWarranty: Family = {
  id: 'ws-na-warranty-tldr', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'The user only wants a short summary of a pasted warranty text; nothing is decided or acted on, so it is non-agentic and closest to a one-shot simple reflex.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'es', 'de'], i);
    const model = rng.pick(['Vestel WM-8120', 'Bosch Serie 6 KGN39', 'Midea MDRB424', 'Cecotec Conga 4090', 'Haier HW80']);
    const ask = t(lang, {
      en: rng.pick(['tl;dr this for me? in 4 bullets max', 'can you summarise this warranty in plain english, short']),
      zh: rng.pick(['帮我总结一下这个保修条款，几句话就行', '太长了，简单说说这个保修讲了啥']),
      es: rng.pick(['¿me lo resumes en 3-4 puntos?', 'resúmeme esta garantía en cristiano porfa']),
      de: rng.pick(['kannst du mir das kurz zusammenfassen? max 4 Punkte', 'fass mir die Garantie mal in einfachen Worten zusammen']),
    });
    return { lang, messages: [user(`${ask}\n\n${warranty[lang]!.replace('{model}', model)}`)], max_tokens: 250 };
  },
};

const naLoan: Family = {
  id: 'ws-na-car-loan-jargon', label: 'utility_based', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'Inside a conversation about two loan offers the final turn only asks for an explanation of finance terms, not a choice, so it is non-agentic; the loan comparison context makes utility_based the nearest type.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'fr', 'en'], i);
    const a = rng.pick([3.9, 4.9, 5.4]); const b = rng.pick([0, 1.9, 2.9]);
    const cur = lang === 'en' ? '£' : '€';
    const price = rng.int(12, 28) * 1000;
    const msgs: Msg[] = [
      user(t(lang, {
        en: `looking at a ${cur}${price} used car. dealer offers ${b}% "PCP" with a ${cur}${Math.round(price * 0.4)} balloon at the end, my bank offers a normal loan at ${a}% APR over 4 years`,
        pt: `estou a ver um carro usado de ${price}${cur}. o stand oferece crédito a ${b}% com uma "prestação final" de ${Math.round(price * 0.4)}${cur}, o banco dá-me um crédito normal a ${a}% TAEG a 4 anos`,
        fr: `je regarde une voiture d'occasion à ${price}${cur}. le concessionnaire propose une LOA à ${b}% avec une option d'achat de ${Math.round(price * 0.4)}${cur} à la fin, ma banque un prêt classique à ${a}% TAEG sur 4 ans`,
      })),
      say(t(lang, {
        en: 'Those are quite different products — happy to go through them. Do you want to keep the car at the end, and roughly how many miles a year do you drive?',
        pt: 'São produtos bem diferentes. Queres ficar com o carro no fim? E quantos km fazes por ano, mais ou menos?',
        fr: "Ce sont des produits assez différents. Tu veux garder la voiture à la fin ? Et tu roules combien de km par an à peu près ?",
      })),
    ];
    const q = t(lang, {
      en: rng.pick(['hang on before that — what actually IS the difference between APR and the interest rate? and what does balloon mean here?', 'wait I\'m lost. what does "balloon payment" mean and why is APR different from the rate they quote?']),
      pt: 'espera, antes disso — qual é mesmo a diferença entre TAN e TAEG? e o que é essa prestação final?',
      fr: "attends, avant ça : c'est quoi exactement la différence entre le taux nominal et le TAEG ? et l'option d'achat, ça veut dire quoi concrètement ?",
    });
    msgs.push(user(q));
    return { lang, messages: msgs };
  },
};

const naReno: Family = {
  id: 'ws-na-kitchen-reno-recap', label: 'model_based_reflex', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'After a long chat about kitchen choices the user only asks for a recap of what was said, which is summarising rather than acting; carrying the conversation content makes model_based_reflex the nearest type.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'ja'], i);
    const L = (en: string, de: string, es: string, ja: string): string => t(lang, { en, de, es, ja });
    const worktop = rng.pick([L('oak', 'Eiche', 'roble', 'オーク'), L('quartz', 'Quarz', 'cuarzo', 'クォーツ'), L('laminate', 'Laminat', 'laminado', 'ラミネート')]);
    const pairs: [string, string][] = [
      [L(`thinking ${worktop} worktops, thoughts?`, `überlege ${worktop}-Arbeitsplatten, Meinung?`, `estoy pensando en encimera de ${worktop}, ¿qué opinas?`, `天板は${worktop}にしようかと思ってる、どう？`),
        L('Solid choice; it needs some upkeep but looks great.', 'Gute Wahl, braucht etwas Pflege, sieht aber top aus.', 'Buena elección; requiere algo de mantenimiento pero queda genial.', '良い選択です。手入れは少し必要ですが見栄えがいいですよ。')],
      [L('ok going with that. induction or gas hob?', 'ok, wird so gemacht. Induktion oder Gas?', 'vale, esa. ¿inducción o gas?', 'じゃあそれで。IHとガスどっちがいい？'),
        L('Induction is easier to clean and more efficient; gas if you love wok cooking.', 'Induktion ist effizienter und leichter zu putzen; Gas, wenn du viel mit dem Wok kochst.', 'Inducción es más eficiente y fácil de limpiar; gas si usas mucho el wok.', 'IHは掃除が楽で効率的。中華鍋をよく使うならガスですね。')],
      [L('induction then. partner wants an island but the room is 3.2m wide', 'Induktion. Partner will eine Insel, Raum ist aber nur 3,2 m breit', 'inducción. mi pareja quiere isla pero la cocina mide 3,2 m de ancho', 'IHで。パートナーがアイランド欲しがってるけど幅3.2mしかない'),
        L('3.2m is tight for an island; a peninsula could work better.', '3,2 m ist knapp für eine Insel, eine Halbinsel passt eher.', '3,2 m es justo para una isla; una península encajaría mejor.', '3.2mだとアイランドは厳しいので、ペニンシュラ型がいいかも。')],
      [L('yeah peninsula it is. budget is capped at 15k btw, and the fitter can only start in march', 'ok Halbinsel. Budget max 15k übrigens, und der Monteur kann erst im März', 'vale, península. el presupuesto máximo son 15k, y el montador no puede hasta marzo', 'じゃあペニンシュラで。予算は上限150万、職人さんは3月からしか無理'),
        L('Noted — 15k cap and a March start.', 'Notiert: max 15k, Start März.', 'Apuntado: 15k como máximo e inicio en marzo.', '了解です。予算150万、3月着工ですね。')],
      [L('scrap the wine fridge idea, too pricey', 'Weinkühlschrank streichen, zu teuer', 'olvida lo de la vinoteca, muy cara', 'ワインセラーはやめる、高すぎ'),
        L('Fair enough.', 'Verständlich.', 'Lógico.', '了解です。')],
    ];
    const msgs: Msg[] = [];
    pairs.slice(0, rng.int(3, 5)).forEach(([u, a]) => msgs.push(user(u), say(a)));
    msgs.push(user(L('can you sum up what we\'ve landed on so far? short list I can send my partner', 'kannst du kurz zusammenfassen, worauf wir uns bisher geeinigt haben? kurze Liste für meinen Partner', '¿me resumes lo que hemos decidido hasta ahora? una lista corta para mandársela a mi pareja', 'ここまでで決まったことを短くまとめてくれる？パートナーに送りたい')));
    return { lang, messages: msgs };
  },
};

const naRewrite: Family = {
  id: 'ws-na-complaint-rewrite-polite', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'Rewriting an angry message in a calmer tone is a text-editing request with no decision or action, so it is non-agentic; simple_reflex is the nearest type.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'de', 'pt'], i);
    const n = rng.int(2, 6);
    const texts = [
      `make this less unhinged but still firm, sending it to the hotel:\n\n"we paid for a SEA VIEW room and got a view of the car park and the bins. aircon broke on night ${n}, nobody came till the next afternoon. this is a joke and I want money back"`,
      `tu peux reformuler ça pour que ce soit poli mais ferme ? c'est pour le plombier :\n\n"ça fait ${n} semaines que j'attends que vous reveniez finir le chantier, vous ne répondez plus au téléphone, la salle de bain est inutilisable et vous avez déjà encaissé 50 %. j'en ai marre"`,
      `kannst du das höflicher formulieren, aber bestimmt? geht an den Vermieter:\n\n"seit ${n} Wochen tropft der Wasserhahn in der Küche, ich hab dreimal angerufen und nix passiert. ich zahl jeden Monat pünktlich und erwarte, dass sowas endlich repariert wird"`,
      `reescreve isto de forma educada mas firme, é para a loja online:\n\n"encomendei há ${n} semanas, já paguei, o site diz entregue mas não recebi NADA. ninguém responde aos emails. quero o dinheiro de volta já"`,
    ];
    return { lang, messages: [user(texts[i]!)], temperature: 0.7 };
  },
};

export const trainS: Family[] = [
  srFridge, srSms, srGym, srAllergen, srWear,
  mbKitty, mbGrocery, mbBaby, mbVacuum, mbPantry,
  gbTrain, gbMoving, gbRefund, gbErrands, gbDinner,
  ubPhone, ubTraining, ubSavings, ubFlight, ubQuotes,
  lrEspresso, lrSleep, lrMealkit, lrMarket, lrShopping,
  naTranslate, naWarranty, naLoan, naReno, naRewrite,
];
