// Independent author "m": public sector, nonprofits and field work (disaster response, agriculture
// extension, libraries, NGOs and fundraising, city services, water and sanitation, volunteers).
// Style: one-line requests without a system prompt, compact function-calling requests with small
// tool schemas, and pasted reports or spreadsheets; most rows are not in English.
import {
  type Draft, type Family, type Lang, type Rng,
  sys, user, say, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msg = Draft['messages'][number];
type ByLang<T> = Partial<Record<Lang, T>> & { en: T };
const pickL = <T>(lang: Lang, v: ByLang<T>): T => v[lang] ?? v.en;
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
const isoTs = (rng: Rng, month: number): string =>
  `2024-${pad(month)}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:00Z`;

// ───────────────────────────── simple_reflex ─────────────────────────────

const sr311: Family = {
  id: 'wm-sr-311-intake-desk', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'Each resident report is sent to one department from its own wording alone; no earlier reports, plan or weighing of options is involved.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'fr', 'pt', 'de'], i);
    const depts = ['sanitation', 'streets', 'parks', 'water', 'animal_control', 'parking_enforcement', 'noise'];
    const list7 = depts.join(', ');
    const system = t(lang, {
      en: `You sit at the intake desk of the city's 311 line. Send each resident report to exactly one department (${list7}) and mark it urgent if someone could get hurt or damage is ongoing.`,
      es: `Trabajas en la mesa de entrada de la línea 010 del ayuntamiento. Envía cada aviso vecinal a un solo departamento (${list7}) y márcalo como urgente si alguien puede salir herido o hay daños en curso.`,
      fr: `Tu tiens le guichet d'accueil du numéro d'appel de la mairie. Transmets chaque signalement d'habitant à un seul service (${list7}) et indique urgent si quelqu'un risque d'être blessé ou si des dégâts sont en cours.`,
      pt: `Você atende a central 156 da prefeitura. Encaminhe cada chamado de morador para um único setor (${list7}) e marque como urgente se alguém puder se machucar ou houver dano em andamento.`,
      de: `Du sitzt an der Annahme des Bürgertelefons 115. Leite jede Meldung an genau ein Amt weiter (${list7}) und markiere sie als dringend, wenn jemand zu Schaden kommen kann oder gerade ein Schaden entsteht.`,
    });
    const reports: ByLang<string[]> = {
      en: [
        'Streetlight out on Birch Ave between 4th and 5th, third night in a row, women walking home in the dark',
        'loose dog with no collar chasing kids at the Riverside playground right now',
        'pothole on Mill Road eastbound is big enough to lose a wheel in, two cars already pulled over',
      ],
      es: [
        'Hay un contenedor volcado en la esquina de Calle Mayor con Ronda Sur desde el martes, huele fatal y han aparecido ratas.',
        'Un coche lleva tres semanas aparcado delante del vado de mi garaje, Calle Olivo 14, y no puedo sacar la furgoneta.',
        'Sale agua a borbotones de una tapa en la acera frente al colegio Cervantes, ya está llegando a la calzada.',
      ],
      fr: [
        'Les voisins du 12 rue des Tanneurs font la fête tous les soirs jusqu\'à 3 h du matin, même en semaine.',
        'Un arbre est tombé sur l\'allée principale du parc Montsouris après l\'orage, les poussettes ne passent plus.',
        'Les bacs jaunes de la résidence Les Tilleuls n\'ont pas été vidés depuis deux semaines, ça déborde sur le trottoir.',
      ],
      pt: [
        'Tem um buraco enorme na Rua das Flores, perto do número 230, já furou o pneu de dois carros hoje.',
        'Vazamento de esgoto na Travessa São Jorge desde ontem, o cheiro está insuportável e escorre para a praça.',
        'Um cavalo solto está andando no meio da Avenida Brasil perto da rodoviária, os carros estão desviando.',
      ],
      de: [
        'Am Spielplatz Lindenhof ist die Kette der Schaukel gerissen, das Brett hängt schief, Kinder spielen trotzdem daran.',
        'Seit gestern Abend kommt in der Gartenstraße 8 bis 20 kein Wasser mehr aus der Leitung.',
        'Der Altglascontainer am Marktplatz quillt über, überall Scherben auf dem Gehweg.',
      ],
    };
    const ward = rng.int(1, 14);
    return {
      lang,
      messages: [sys(system), user(`#${rng.int(100000, 999999)} · ward ${ward}: ${rng.pick(pickL(lang, reports))}`)],
      response_format: jsonSchema('intake', { department: oneOf(...depts), urgent: bool }),
      max_tokens: 40,
    };
  },
};

const srGauge: Family = {
  id: 'wm-sr-river-gauge-siren', label: 'simple_reflex', difficulty: 'easy', variants: 4,
  rationale: 'Each telemetry message is answered by the band its level falls into, so one reading maps straight to one set of tool calls with nothing carried over.',
  make: (rng, i) => {
    const lang = langAt(['de', 'ja', 'en', 'zh'], i);
    const a = rng.int(18, 32) / 10;
    const b = +(a + rng.int(6, 12) / 10).toFixed(1);
    const c = +(b + rng.int(5, 10) / 10).toFixed(1);
    const place = pickL(lang, {
      en: rng.pick([['Severn', 'Bewdley'], ['Calder', 'Hebden Bridge'], ['Derwent', 'Cockermouth']]),
      de: rng.pick([['Ahr', 'Altenahr'], ['Mulde', 'Grimma'], ['Kinzig', 'Gengenbach']]),
      ja: rng.pick([['鬼怒川', '常総'], ['千曲川', '長野'], ['球磨川', '人吉']]),
      zh: rng.pick([['赣江', '樟树'], ['湘江', '株洲'], ['汉江', '安康']]),
    });
    const river = place[0]!;
    const town = place[1]!;
    const system = t(lang, {
      en: `Telemetry handler for the ${river} gauge at ${town}. Below ${a} m: log only. ${a}–${b} m: notify the duty officer. ${b}–${c} m: siren level 1 and notify civil protection. ${c} m or more: siren level 2 and notify civil protection. Battery under 10% also goes to the duty officer. One reading per message; answer with tool calls only.`,
      de: `Telemetrie-Bearbeiter für den Pegel ${river} in ${town}. Unter ${a} m nur protokollieren. ${a}–${b} m Bereitschaftsdienst benachrichtigen. ${b}–${c} m Sirene Stufe 1 und Katastrophenschutz benachrichtigen. Ab ${c} m Sirene Stufe 2 und Katastrophenschutz. Batterie unter 10 % zusätzlich an den Bereitschaftsdienst. Jede Nachricht ist eine Messung; antworte nur mit Tool-Aufrufen.`,
      ja: `${town}の${river}水位観測所のテレメトリ処理担当です。${a} m未満は記録のみ。${a}〜${b} mは当直者に通知。${b}〜${c} mはサイレン1段階にして防災課へ通知。${c} m以上はサイレン2段階にして防災課へ通知。バッテリー10%未満なら当直者にも通知。1メッセージにつき計測値1件。ツール呼び出しだけで応答すること。`,
      zh: `你负责${town}${river}水位站的遥测处理。低于${a}米只记录；${a}–${b}米通知值班员；${b}–${c}米将警报器调到1级并通知防汛办；${c}米及以上警报器调到2级并通知防汛办。电池低于10%时另外通知值班员。每条消息是一条读数，只用工具调用回复。`,
    });
    const level = +(rng.pick([a - 0.4, (a + b) / 2, (b + c) / 2, c + 0.3, b - 0.05]) + rng.int(-5, 5) / 100).toFixed(2);
    const reading = {
      station: `${river.slice(0, 3).toUpperCase()}-${rng.int(10, 99)}`,
      ts: isoTs(rng, rng.int(1, 12)),
      level_m: level,
      trend_cm_per_h: rng.int(-4, 18),
      battery_pct: rng.pick([rng.int(11, 98), rng.int(3, 9)]),
    };
    return {
      lang,
      messages: [sys(system), user(JSON.stringify(reading))],
      tools: [
        tool('log_reading', 'Store the reading without further action.', { note: str }),
        tool('notify', 'Send a short message to a contact group.', { group: oneOf('duty_officer', 'civil_protection'), message: str }),
        tool('set_siren', 'Set the riverside siren.', { level: { type: 'integer', enum: [0, 1, 2] } }),
      ],
      tool_choice: 'required',
    };
  },
};

const srParking: Family = {
  id: 'wm-sr-parking-ticket-yesno', label: 'simple_reflex', difficulty: 'easy', variants: 4,
  rationale: 'Whether to write a ticket follows from the sign, the permit and the time in this one message; a yes or no with no history or look-ahead.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'ja', 'es', 'en'], i);
    const zones = ['A', 'B', 'C', 'D', 'E'];
    const z = rng.pick(zones);
    const z2 = rng.chance(0.5) ? z : rng.pick(zones);
    const h = rng.int(7, 21);
    const m = pad(rng.pick([0, 5, 12, 20, 35, 48]));
    const dayIx = rng.int(0, 3);
    const day = pickL(lang, {
      en: ['Monday', 'Saturday', 'Sunday', 'Wednesday'],
      fr: ['lundi', 'samedi', 'dimanche', 'mercredi'],
      ja: ['月曜', '土曜', '日曜', '水曜'],
      es: ['lunes', 'sábado', 'domingo', 'miércoles'],
    })[dayIx]!;
    const end = rng.pick([18, 19, 20]);
    const text = t(lang, {
      en: `Sign: "Pay parking Mon–Sat 9am–${end - 12}pm, zone ${z} residents exempt". Car shows a zone ${z2} resident permit, parked ${day} ${h}:${m}, no pay slip on the dash. Ticket it? yes or no only`,
      fr: `Panneau : « Stationnement payant lun–sam 9h–${end}h, résidents zone ${z} dispensés ». Voiture avec macaron résident zone ${z2}, garée ${day} à ${h}h${m}, pas de ticket derrière le pare-brise. On verbalise ? Réponds juste oui ou non.`,
      ja: `標識：「月〜土 9時〜${end}時 有料（${z}地区の居住者許可車は除く）」。${z2}地区の居住者許可証を掲示した車が${day}の${h}時${m}分に駐車、駐車券なし。違反切符を切る？「はい」か「いいえ」だけで。`,
      es: `Señal: «Zona azul L–S 9:00–${end}:00, exentos residentes zona ${z}». Coche con distintivo de residente zona ${z2}, aparcado el ${day} a las ${h}:${m}, sin tique visible. ¿Se multa? Contesta solo sí o no.`,
    });
    return { lang, messages: [user(text)], max_tokens: 3, temperature: 0 };
  },
};

const srReceipt: Family = {
  id: 'wm-sr-donation-receipt-check', label: 'simple_reflex', difficulty: 'medium', variants: 4,
  rationale: 'A single donation record is checked against fixed receipt conditions to decide issue, hold or none; nothing else about the donor or other gifts is used.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'en', 'de', 'es'], i);
    const cur = pickL(lang, { en: '£', pt: 'R$', de: '€', es: '€' });
    const min = pickL(lang, { en: 10, pt: 50, de: 20, es: 25 });
    const system = t(lang, {
      en: `Receipts desk of Northfield Food Bank. Issue a tax receipt when the gift is at least ${cur}${min}, the donor has given a national insurance number, and any benefit the donor got back (dinner ticket, raffle) is worth no more than 25% of the gift. Anonymous gifts get none. Missing number: hold. Receipt amount is the gift minus any benefit.`,
      pt: `Setor de recibos da Associação Mãos Dadas. Emita recibo para dedução quando a doação for de pelo menos ${cur} ${min}, o doador tiver informado CPF e qualquer contrapartida recebida (jantar, rifa) valer no máximo 25% da doação. Doação anônima: sem recibo. CPF ausente: aguardar. O valor do recibo é a doação menos a contrapartida.`,
      de: `Zuwendungsbestätigungen des Tafel e.V. Ausstellen, wenn die Spende mindestens ${min} ${cur} beträgt, die Steuer-ID vorliegt und eine Gegenleistung (Gala-Karte, Los) höchstens 25 % der Spende wert ist. Anonyme Spenden: keine Bestätigung. Steuer-ID fehlt: zurückstellen. Bestätigter Betrag = Spende minus Gegenleistung.`,
      es: `Oficina de certificados de la Fundación Raíces. Emite certificado de donación cuando el importe sea de al menos ${min} ${cur}, conste el NIF del donante y la contraprestación recibida (cena, rifa) no supere el 25% del donativo. Donativos anónimos: sin certificado. Falta NIF: en espera. Importe certificado = donativo menos contraprestación.`,
    });
    const amount = rng.pick([min - rng.int(1, 5), min * rng.int(1, 3) + rng.int(0, 40), min * 10]);
    const hasId = rng.chance(0.7);
    const benefit = rng.pick([0, 0, Math.round(amount * 0.2), Math.round(amount * 0.4)]);
    const names = pickL(lang, {
      en: ['J. Whitcombe', 'Aisha Rahman', 'Pete & Sue Haddon', 'ANONYMOUS'],
      pt: ['Marcos Tavares', 'Luíza Campos', 'Padaria Boa Massa Ltda', 'ANÔNIMO'],
      de: ['Hannelore Brandt', 'Familie Öztürk', 'Jens Kowalski', 'ANONYM'],
      es: ['Carmen Ruiz Soto', 'Taller Hermanos Gil', 'Iñaki Etxeberria', 'ANÓNIMO'],
    });
    const name = rng.pick(names);
    const idLabel = pickL(lang, { en: 'NI', pt: 'CPF', de: 'Steuer-ID', es: 'NIF' });
    const benLabel = pickL(lang, { en: 'benefit', pt: 'contrapartida', de: 'Gegenleistung', es: 'contraprestación' });
    const idVal = hasId ? `${rng.int(100, 999)}${rng.int(100, 999)}${rng.int(100, 999)}` : '—';
    const record = `${name} | ${cur}${amount} | ${pad(rng.int(1, 28))}/${pad(rng.int(1, 12))}/2024 | ${idLabel}=${idVal} | ${benLabel}=${benefit ? `${cur}${benefit}` : '—'}`;
    if (i % 2 === 1) {
      return {
        lang,
        messages: [sys(system), user(record)],
        tools: [
          tool('issue_receipt', 'Issue the tax receipt.', { amount: num }),
          tool('hold_record', 'Park the record until data is complete.', { missing: str }),
          tool('no_receipt', 'Close the record without a receipt.', { reason: str }),
        ],
        tool_choice: 'required',
      };
    }
    return {
      lang,
      messages: [sys(system), user(record)],
      response_format: jsonSchema('receipt', { decision: oneOf('issue', 'hold', 'none'), receipt_amount: num }),
    };
  },
};

const srTriage: Family = {
  id: 'wm-sr-mci-start-tag', label: 'simple_reflex', secondary: 'model_based_reflex', difficulty: 'hard', variants: 4,
  rationale: 'Each casualty gets a tag from its own vital signs under the START chart; earlier casualties in the chat are separate people and change nothing, though the multi-turn shape can look like a running picture.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'es', 'en', 'zh'], i);
    const system = t(lang, {
      en: 'Mass-casualty scene, START protocol. Walking wounded: GREEN. Not breathing after the airway is opened: BLACK. Breathing over 30/min: RED. Capillary refill over 2 s: RED. Cannot follow simple commands: RED. Everyone else: YELLOW. Reply with GREEN, YELLOW, RED or BLACK only.',
      ja: '多数傷病者事故、START法で判定。歩行可能ならGREEN。気道確保後も呼吸なしならBLACK。呼吸数30回/分超はRED。毛細血管再充満時間2秒超はRED。簡単な指示に従えなければRED。それ以外はYELLOW。GREEN・YELLOW・RED・BLACKのいずれか一語だけで答えること。',
      es: 'Incidente con múltiples víctimas, protocolo START. Camina: GREEN. No respira tras abrir la vía aérea: BLACK. Más de 30 respiraciones/min: RED. Relleno capilar mayor de 2 s: RED. No obedece órdenes sencillas: RED. Resto: YELLOW. Responde solo GREEN, YELLOW, RED o BLACK.',
      zh: '重大伤亡现场，按START分检。能行走：GREEN。开放气道后仍无呼吸：BLACK。呼吸超过30次/分：RED。毛细血管充盈超过2秒：RED。不能执行简单指令：RED。其余：YELLOW。只回答GREEN、YELLOW、RED或BLACK。',
    });
    type P = { walk: boolean; rr: number; cr: number; obeys: boolean };
    const mk = (): P => {
      const walk = rng.chance(0.25);
      return { walk, rr: walk ? rng.int(14, 26) : rng.pick([0, rng.int(12, 28), rng.int(31, 40), rng.int(18, 26)]), cr: rng.pick([1, 1.5, 2, 3, 4]), obeys: walk || rng.chance(0.7) };
    };
    const tag = (p: P): string => (p.walk ? 'GREEN' : p.rr === 0 ? 'BLACK' : p.rr > 30 || p.cr > 2 || !p.obeys ? 'RED' : 'YELLOW');
    const describe = (n: number, p: P): string => {
      if (p.rr === 0 && !p.walk) {
        return t(lang, {
          en: `Casualty ${n}: on the ground, no breathing even after airway repositioned`,
          ja: `傷病者${n}：倒れている。気道確保後も呼吸なし`,
          es: `Víctima ${n}: en el suelo, no respira tras reposicionar la vía aérea`,
          zh: `伤员${n}：倒地，调整气道后仍无呼吸`,
        });
      }
      return t(lang, {
        en: `Casualty ${n}: ${p.walk ? 'walking, limping, bleeding from forearm' : 'on the ground, cannot stand'}, RR ${p.rr}/min, cap refill ${p.cr} s, ${p.obeys ? 'follows commands' : 'does not follow commands'}`,
        ja: `傷病者${n}：${p.walk ? '歩行可能、前腕から出血' : '起立不能'}、呼吸数${p.rr}/分、毛細血管再充満${p.cr}秒、${p.obeys ? '指示に従える' : '指示に従えない'}`,
        es: `Víctima ${n}: ${p.walk ? 'camina cojeando, sangra del antebrazo' : 'tumbada, no puede levantarse'}, FR ${p.rr}/min, relleno capilar ${p.cr} s, ${p.obeys ? 'obedece órdenes' : 'no obedece órdenes'}`,
        zh: `伤员${n}：${p.walk ? '能行走，跛行，前臂出血' : '倒地无法站立'}，呼吸${p.rr}次/分，毛细血管充盈${p.cr}秒，${p.obeys ? '能听从指令' : '不能听从指令'}`,
      });
    };
    const messages: Msg[] = [sys(system)];
    const prior = 1 + i + rng.int(0, 2);
    for (let n = 1; n <= prior; n++) {
      const p = mk();
      messages.push(user(describe(n, p)), say(tag(p)));
    }
    messages.push(user(describe(prior + 1, mk())));
    if (i >= 2) return { lang, messages, response_format: jsonSchema('start_tag', { tag: oneOf('GREEN', 'YELLOW', 'RED', 'BLACK') }), temperature: 0 };
    return { lang, messages, max_tokens: 4, temperature: 0 };
  },
};

// ───────────────────────────── model_based_reflex ─────────────────────────────

interface ShelterWords {
  in: (s: string, n: number) => string;
  out: (s: string, n: number, r: string) => string;
  mv: (a: string, b: string, n: number) => string;
  off: (s: string) => string;
  fuzzy: (s: string, n: number) => string;
  reasons: string[];
}

const mbShelter: Family = {
  id: 'wm-mb-shelter-bed-count', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Bed occupancy is never reported directly; it has to be carried forward from the opening figures through batches of arrivals, departures, transfers and a scanner gap to answer how many beds are free now.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'ja', 'de'], i);
    const sites = pickL(lang, {
      en: ['Lincoln High gym', 'St. Mary parish hall', 'Expo Center Hall B'],
      es: ['Polideportivo Municipal', 'IES Miguel Hernández', 'Pabellón Ferial'],
      ja: ['第一小学校体育館', '市民会館', '北公民館'],
      de: ['Turnhalle Nord', 'Gemeindezentrum St. Paul', 'Messehalle 3'],
    });
    const w = pickL<ShelterWords>(lang, {
      en: {
        in: (s, n) => `${s}: +${n} checked in`, out: (s, n, r) => `${s}: ${n} left (${r})`,
        mv: (a, b, n) => `${n} moved by bus from ${a} to ${b}`, off: (s) => `${s}: registration scanner offline, no count sent`,
        fuzzy: (s, n) => `${s}: volunteer on the radio says "roughly ${n} more walked in, paper list only"`,
        reasons: ['went to relatives', 'hospital', 'own home cleared by fire dept'],
      },
      es: {
        in: (s, n) => `${s}: +${n} registrados`, out: (s, n, r) => `${s}: salen ${n} (${r})`,
        mv: (a, b, n) => `${n} trasladados en autobús de ${a} a ${b}`, off: (s) => `${s}: escáner de registro sin conexión, no llega recuento`,
        fuzzy: (s, n) => `${s}: un voluntario dice por radio que "han entrado unos ${n} más a pie, solo en lista de papel"`,
        reasons: ['a casa de familiares', 'hospital', 'vivienda revisada por bomberos, vuelven'],
      },
      ja: {
        in: (s, n) => `${s}：${n}人受付`, out: (s, n, r) => `${s}：${n}人退所（${r}）`,
        mv: (a, b, n) => `${n}人をバスで${a}から${b}へ移送`, off: (s) => `${s}：受付端末オフライン、人数報告なし`,
        fuzzy: (s, n) => `${s}：無線でボランティアから「徒歩でさらに${n}人くらい来た、紙の名簿のみ」`,
        reasons: ['親戚宅へ', '病院へ搬送', '自宅の安全確認済み'],
      },
      de: {
        in: (s, n) => `${s}: +${n} eingecheckt`, out: (s, n, r) => `${s}: ${n} abgereist (${r})`,
        mv: (a, b, n) => `${n} per Bus von ${a} nach ${b} verlegt`, off: (s) => `${s}: Registrierungsscanner offline, keine Zahl übermittelt`,
        fuzzy: (s, n) => `${s}: Helfer funkt „ungefähr ${n} weitere zu Fuß gekommen, nur Papierliste"`,
        reasons: ['zu Verwandten', 'Krankenhaus', 'Haus von der Feuerwehr freigegeben'],
      },
    });
    const cap = sites.map(() => rng.int(8, 30) * 10);
    const occ = cap.map((c) => Math.round(c * rng.int(30, 70) / 100));
    const start = rng.int(8, 14) * 60;
    const event = pickL(lang, { en: 'Cedar Creek wildfire', es: 'incendio de la Sierra Norte', ja: '台風による浸水', de: 'Hochwasser an der Lahn' });
    const capLine = sites.map((s, k) => `${s} ${occ[k]}/${cap[k]}`).join(' · ');
    const system = t(lang, {
      en: `Bed desk for the ${event} evacuation. Sites, occupied/capacity at ${clock(start)}: ${capLine}. Site volunteers send updates in batches; reply "Logged." unless asked something.`,
      es: `Mesa de camas de la evacuación por el ${event}. Centros, ocupadas/capacidad a las ${clock(start)}: ${capLine}. Los voluntarios mandan novedades por tandas; contesta "Anotado." salvo que te pregunten algo.`,
      ja: `${event}の避難所ベッド受付デスクです。${clock(start)}時点の各避難所（使用中/定員）：${capLine}。各避難所のボランティアがまとめて報告を送ってきます。質問がない限り「記録しました。」とだけ返してください。`,
      de: `Bettenkoordination für die Evakuierung (${event}). Standorte, belegt/Kapazität um ${clock(start)}: ${capLine}. Die Helfer vor Ort schicken Meldungen gebündelt; antworte „Notiert.", außer es kommt eine Frage.`,
    });
    const ack = pickL(lang, { en: 'Logged.', es: 'Anotado.', ja: '記録しました。', de: 'Notiert.' });
    const messages: Msg[] = [sys(system)];
    const chunks = 3 + i + rng.int(0, 1);
    const offChunk = rng.int(0, chunks - 2);
    const offSite = rng.int(0, sites.length - 1);
    let now = start;
    for (let c = 0; c < chunks; c++) {
      const lines: string[] = [];
      const nLines = rng.int(2, 4);
      for (let k = 0; k < nLines; k++) {
        now += rng.int(4, 25);
        const s = rng.int(0, sites.length - 1);
        const kind = rng.int(0, 2);
        const site = sites[s]!;
        if (kind === 0) lines.push(`${clock(now)} ${w.in(site, rng.int(3, 40))}`);
        else if (kind === 1) lines.push(`${clock(now)} ${w.out(site, rng.int(1, 12), rng.pick(w.reasons))}`);
        else lines.push(`${clock(now)} ${w.mv(site, sites[(s + 1) % sites.length]!, rng.int(5, 30))}`);
      }
      if (c === offChunk) lines.push(`${clock(now + 2)} ${w.off(sites[offSite]!)}`);
      if (c === offChunk + 1) lines.push(`${clock(now + 3)} ${w.fuzzy(sites[offSite]!, rng.int(10, 35))}`);
      messages.push(user(lines.join('\n')));
      messages.push(say(ack));
    }
    messages.push(user(t(lang, {
      en: 'County EOC is on the phone. How many free beds at each site right now, roughly, and which number are you least sure of?',
      es: 'Llaman de Protección Civil: ¿cuántas camas libres quedan ahora mismo en cada centro, más o menos, y de qué cifra estás menos seguro?',
      ja: '県の災害対策本部から電話です。今、各避難所の空きベッドはだいたい何床？いちばん自信のない数字はどれ？',
      de: 'Der Krisenstab ist am Telefon: Wie viele Betten sind an jedem Standort gerade frei, ungefähr, und bei welcher Zahl bist du am unsichersten?',
    })));
    return {
      lang, messages,
      response_format: jsonSchema('free_beds', { sites: list(obj({ site: str, free_beds: int, confident: bool })), note: str }),
    };
  },
};

const mbTank: Family = {
  id: 'wm-mb-village-tank-truck', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'With the level sensor failing, the tank volume must be estimated by carrying the last good reading forward through logged pumping and kiosk draw before deciding on a truck.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'pt', 'en', 'zh'], i);
    const village = rng.pick(pickL(lang, {
      en: ['Kasungu East', 'Lundazi', 'Nakuru West'],
      fr: ['Koumbia', 'Dassa-Zoumè', 'Ndiaganiao'],
      pt: ['Chókwè', 'Massingir', 'Mabalane'],
      zh: ['石门村', '桃源坪', '上坝村'],
    }));
    const cap = rng.int(4, 8) * 10;
    const min = rng.int(6, 12);
    const lead = rng.pick([12, 18, 24]);
    const system = t(lang, {
      en: `You run the water point of ${village}. Tank ${cap} m³. The water truck must be ordered ${lead} h ahead and brings up to 10 m³. Below ${min} m³ the upper standpipes lose pressure. Use the tools on each round.`,
      fr: `Tu gères le point d'eau de ${village}. Réservoir de ${cap} m³. Le camion-citerne se commande ${lead} h à l'avance et apporte au plus 10 m³. En dessous de ${min} m³, les bornes-fontaines du haut du village n'ont plus de pression. Utilise les outils à chaque tournée.`,
      pt: `Você opera o ponto de água de ${village}. Reservatório de ${cap} m³. O caminhão-pipa precisa ser pedido com ${lead} h de antecedência e traz até 10 m³. Abaixo de ${min} m³ os chafarizes da parte alta ficam sem pressão. Use as ferramentas em cada ronda.`,
      zh: `你负责${village}的供水点。水箱容量${cap}立方米。送水车需提前${lead}小时预约，每车最多10立方米。低于${min}立方米时，村子高处的公共水龙头就没有水压。每次巡查都请使用工具。`,
    });
    const morning = (d: number) => t(lang, { en: `Morning round, day ${d}.`, fr: `Tournée du matin, jour ${d}.`, pt: `Ronda da manhã, dia ${d}.`, zh: `第${d}天早班巡查。` });
    const evening = (d: number) => t(lang, { en: `Evening round, day ${d}.`, fr: `Tournée du soir, jour ${d}.`, pt: `Ronda da tarde, dia ${d}.`, zh: `第${d}天晚班巡查。` });
    const messages: Msg[] = [sys(system)];
    const days = 1 + (i % 3);
    let level = cap * rng.int(35, 70) / 100;
    for (let d = 1; d <= days; d++) {
      messages.push(user(morning(d)));
      exchange(rng, messages, 'read_tank_level', {}, { level_m3: +level.toFixed(1), sensor: 'ok', ts: `day${d} 07:00` });
      messages.push(say(t(lang, {
        en: `Tank at ${level.toFixed(1)} m³ this morning.`, fr: `Réservoir à ${level.toFixed(1)} m³ ce matin.`,
        pt: `Reservatório com ${level.toFixed(1)} m³ hoje de manhã.`, zh: `今早水箱${level.toFixed(1)}立方米。`,
      })));
      messages.push(user(evening(d)));
      const pumpH = rng.pick([rng.int(5, 8), rng.int(1, 3)]);
      const pumped = pumpH * rng.int(15, 25) / 10;
      const cans = rng.int(180, 520);
      const taps = rng.int(20, 60) / 10;
      exchange(rng, messages, 'read_pump_log', { day: d }, { pump_hours: pumpH, pumped_m3: +pumped.toFixed(1), fault: pumpH < 4 ? 'solar inverter tripped at 11:40' : null });
      exchange(rng, messages, 'read_kiosk_sales', { day: d }, { jerrycans_20l: cans, school_tap_meter_m3: taps });
      level = Math.max(0, level + pumped - cans * 0.02 - taps);
      messages.push(say(t(lang, { en: 'Noted.', fr: 'Noté.', pt: 'Anotado.', zh: '已记录。' })));
    }
    messages.push(user(morning(days + 1)));
    exchange(rng, messages, 'read_tank_level', {}, { level_m3: null, sensor: 'error', detail: 'float switch stuck', last_good: `day${days} 07:00` });
    return {
      lang, messages,
      tools: [
        tool('read_tank_level', 'Current tank volume from the float sensor.'),
        tool('read_pump_log', 'Solar pump run log for a day.', { day: int }),
        tool('read_kiosk_sales', 'Water sold at the kiosk and the school tap meter for a day.', { day: int }),
        tool('order_truck', 'Order the water truck.', { volume_m3: num, arrive_by: str }),
      ],
    };
  },
};

const mbRadio: Family = {
  id: 'wm-mb-sar-radio-board', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Team positions and overdue check-ins exist only in the accumulated radio traffic, so answering "where is everyone now" means keeping a running picture across many partial calls.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'es', 'fr'], i);
    const teams = pickL(lang, {
      en: ['Alpha', 'Bravo', 'Charlie', 'K9'],
      de: ['Trupp 1', 'Trupp 2', 'Trupp 3', 'Hundestaffel'],
      es: ['Equipo Águila', 'Equipo Lince', 'Equipo Oso', 'Unidad canina'],
      fr: ['Équipe 1', 'Équipe 2', 'Équipe 3', 'Équipe cynophile'],
    });
    const status = pickL(lang, {
      en: ['sweeping, nothing so far', 'fresh sweet wrapper found, flagged it', 'one member rolled an ankle, moving slower', 'creek too high to cross, going round', 'moving into next square', 'dog interested near the old shed'],
      de: ['suchen ab, bisher nichts', 'frisches Bonbonpapier gefunden, markiert', 'ein Helfer umgeknickt, langsamer unterwegs', 'Bach zu hoch, gehen außen herum', 'wechseln ins nächste Quadrat', 'Hund zeigt Interesse an der alten Hütte'],
      es: ['rastreando, nada de momento', 'envoltorio de caramelo reciente, marcado', 'uno se ha torcido el tobillo, vamos más lentos', 'el arroyo baja crecido, lo rodeamos', 'pasamos a la siguiente cuadrícula', 'el perro marca cerca de la caseta vieja'],
      fr: ['on ratisse, rien pour l\'instant', 'papier de bonbon récent trouvé, balisé', 'un équipier s\'est tordu la cheville, on ralentit', 'ruisseau trop haut, on contourne', 'on passe au carré suivant', 'le chien marque près de la vieille cabane'],
    });
    const where = pickL(lang, {
      en: rng.pick(['Glen Affric north slope', 'Pine Ridge trailhead']), de: rng.pick(['Lautertal, Schwäbische Alb', 'Okertal, Harz']),
      es: rng.pick(['Sierra de Gredos', 'Montes de Toledo']), fr: rng.pick(['massif de la Chartreuse', 'forêt de Rambouillet']),
    });
    const who = pickL(lang, { en: 'Dan Meyers (71)', de: 'Herr K. (78, dement)', es: 'Lucía (9 años)', fr: 'M. Perrin (66)' });
    const system = t(lang, {
      en: `Radio desk at search base, missing person ${who}, ${where}. Teams call in their grid square and what they see; everyone calls in at least every 30 minutes. Acknowledge each call briefly.`,
      de: `Funktisch der Einsatzleitung, Vermisstensuche ${who}, ${where}. Trupps melden Planquadrat und Beobachtungen, spätestens alle 30 Minuten. Bestätige jede Meldung kurz.`,
      es: `Mesa de radio del puesto de mando, búsqueda de ${who}, ${where}. Los equipos comunican su cuadrícula y lo que ven; todos deben llamar al menos cada 30 minutos. Confirma cada mensaje brevemente.`,
      fr: `Table radio du PC de recherche, disparition de ${who}, ${where}. Les équipes annoncent leur carré et ce qu'elles voient ; chacune doit appeler au moins toutes les 30 minutes. Accuse réception brièvement.`,
    });
    const acks = pickL(lang, { en: ['Copy.', 'Copy, noted.', 'Roger.'], de: ['Verstanden.', 'Verstanden, notiert.', 'Kommt an.'], es: ['Recibido.', 'Recibido, anotado.', 'Copiado.'], fr: ['Bien reçu.', 'Reçu, noté.', 'Compris.'] });
    const chunks = [6, 8, 10, 7][i % 4]! + rng.int(0, 1);
    const silent = rng.int(0, teams.length - 1);
    const pos = teams.map(() => [rng.int(0, 7), rng.int(1, 9)] as [number, number]);
    const silentAfter = Math.floor(chunks / 2);
    const messages: Msg[] = [sys(system)];
    let now = rng.int(9, 13) * 60 + rng.int(0, 50);
    for (let c = 0; c < chunks; c++) {
      const lines: string[] = [];
      const callers = rng.sample(teams.map((_, k) => k).filter((k) => !(k === silent && c >= silentAfter)), rng.int(1, 2));
      for (const k of callers) {
        now += rng.int(3, 9);
        const p = pos[k]!;
        p[0] = Math.min(7, Math.max(0, p[0] + rng.int(-1, 1)));
        p[1] = Math.min(9, Math.max(1, p[1] + rng.int(-1, 1)));
        const said = k === teams.length - 1 ? rng.pick(status) : rng.pick(status.slice(0, 5));
        lines.push(`${clock(now)} ${teams[k]}: ${'ABCDEFGH'[p[0]]}${p[1]} — ${said}`);
      }
      messages.push(user(lines.join('\n')));
      if (c < chunks - 1) messages.push(say(rng.pick(acks)));
    }
    now += rng.int(8, 20);
    messages.push(say(rng.pick(acks)));
    messages.push(user(t(lang, {
      en: `IC wants the board updated. Where is each team now, and is anyone past their 30-minute call? Time now ${clock(now)}.`,
      de: `Die Einsatzleitung will die Karte aktualisieren: Wo ist jeder Trupp gerade, und wer hat seine 30-Minuten-Meldung überzogen? Es ist jetzt ${clock(now)}.`,
      es: `El mando quiere actualizar el panel: ¿dónde está cada equipo ahora y quién ha pasado de los 30 minutos sin llamar? Son las ${clock(now)}.`,
      fr: `Le PC veut mettre le tableau à jour : où se trouve chaque équipe maintenant, et qui a dépassé ses 30 minutes sans appeler ? Il est ${clock(now)}.`,
    })));
    return { lang, messages };
  },
};

const mbLibrary: Family = {
  id: 'wm-mb-library-item-whereabouts', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'No single system shows where the disputed book is; circulation, gate reads, an outage log and a cart scan must be combined into a belief about the item\'s current whereabouts, although the tool-driven search also resembles working toward an answer.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'zh', 'pt'], i);
    const bc = `3${rng.int(1000000, 9999999)}`;
    const card = `P${rng.int(10000, 99999)}`;
    const day = rng.int(3, 20);
    const title = rng.pick(pickL(lang, {
      en: ['The Overstory', 'Braiding Sweetgrass', 'A Gentleman in Moscow'],
      ja: ['博士の愛した数式', '蜜蜂と遠雷', '火花'],
      zh: ['活着', '平凡的世界', '三体'],
      pt: ['Torto Arado', 'Vidas Secas', 'Quarto de Despejo'],
    }));
    const lib = pickL(lang, { en: 'Eastbrook Public Library', ja: '市立中央図書館', zh: '市图书馆总馆', pt: 'Biblioteca Municipal Mário de Andrade' });
    const fine = pickL(lang, { en: '$4.50', ja: '延滞通知', zh: '3.5元滞纳金', pt: 'R$ 6,00' });
    const system = t(lang, {
      en: `Item-inquiry assistant at ${lib}. Use the tools to work out what happened to an item before staff answer a patron.`,
      ja: `${lib}の資料照会アシスタントです。利用者に回答する前に、ツールを使って資料に何が起きたかを確認してください。`,
      zh: `你是${lib}的馆藏查询助手。在工作人员答复读者之前，用工具查明这件资料的情况。`,
      pt: `Assistente de consulta de acervo da ${lib}. Use as ferramentas para descobrir o que aconteceu com um item antes de a equipe responder ao leitor.`,
    });
    const ask = t(lang, {
      en: `Patron ${card} says she returned "${title}" (${bc}) through the outside book drop on the ${day}th in the evening and disputes the ${fine} overdue fee. The system still shows it checked out. Where is the book?`,
      ja: `利用者${card}さんが『${title}』（${bc}）を${day}日の夜に屋外ブックポストへ返却したと言っており、${fine}に納得していません。システム上はまだ貸出中です。本は今どこにありますか？`,
      zh: `读者${card}说她在${day}日晚上把《${title}》（${bc}）投进了室外还书箱，不认可${fine}。系统里仍显示借出。这本书现在在哪里？`,
      pt: `O leitor ${card} diz que devolveu "${title}" (${bc}) pela caixa de devolução externa na noite do dia ${day} e contesta a multa de ${fine}. O sistema ainda mostra o item emprestado. Onde está o livro?`,
    });
    const messages: Msg[] = [sys(system), user(ask)];
    exchange(rng, messages, 'circ_history', { barcode: bc }, [
      { event: 'checkout', ts: `2024-05-${pad(day - 2)} 16:12`, branch: 'main' },
      ...(rng.chance(0.5) ? [{ event: 'renew', ts: `2024-05-${pad(day - 1)} 09:03`, via: 'app' }] : []),
    ]);
    const read = rng.chance(0.75);
    exchange(rng, messages, 'gate_events', { barcode: bc, from: `2024-05-${pad(day - 2)}` },
      read ? [{ reader: 'book_drop_ext', ts: `2024-05-${pad(day)} ${pad(rng.int(18, 21))}:${pad(rng.int(0, 59))}`, rssi: -rng.int(40, 70) }] : []);
    const outage = rng.chance(0.7);
    exchange(rng, messages, 'ils_outages', { date: `2024-05-${pad(day)}` },
      outage ? [{ from: '18:05', to: '21:40', note: 'offline check-in queue not replayed on reconnect' }] : []);
    if (i % 2 === 0) {
      const seen = rng.chance(0.5);
      const others = Array.from({ length: rng.int(3, 6) }, () => `3${rng.int(1000000, 9999999)}`);
      exchange(rng, messages, 'shelf_scan', { location: 'sorting_cart_2' }, {
        scanned_at: `2024-05-${pad(day + 1)} 08:1${rng.int(0, 9)}`,
        barcodes_seen: seen ? [...others.slice(0, 2), bc, ...others.slice(2)] : others,
        cart_status: seen ? 'waiting for reshelving' : 'reshelved at 10:30',
      });
    }
    return {
      lang, messages,
      tools: [
        tool('circ_history', 'Checkouts, renewals and check-ins for a barcode.', { barcode: str }),
        tool('gate_events', 'RFID reads for a barcode at doors and book drops.', { barcode: str, from: str }),
        tool('ils_outages', 'Library system outages on a date.', { date: str }),
        tool('shelf_scan', 'Latest inventory-wand scan of a location.', { location: str }),
      ],
    };
  },
};

const mbRefuse: Family = {
  id: 'wm-mb-refuse-truck-passed', label: 'model_based_reflex', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
  rationale: 'The GPS drops out, so whether the truck has passed a street must be inferred from the fixed street order, bins per street and the running lift counter seen over earlier pings; the final yes/no could be mistaken for a one-shot answer.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'de', 'fr'], i);
    const streets = pickL(lang, {
      es: ['Calle del Rosal', 'Calle Pinar', 'Av. de la Libertad', 'Calle del Sol', 'Calle Luna', 'Paseo del Mar', 'Calle Nueva', 'Plaza Mayor'],
      en: ['Elm St', 'Harbor Rd', 'Quarry Ln', 'Kings Ave', 'Mill St', 'Orchard Way', 'Beacon Hill', 'Station Rd'],
      de: ['Lindenweg', 'Bahnhofstraße', 'Am Mühlbach', 'Kirchgasse', 'Rosenstraße', 'Feldweg', 'Schulstraße', 'Marktplatz'],
      fr: ['rue des Lilas', 'avenue Jean-Jaurès', 'rue du Moulin', 'impasse des Saules', 'rue Pasteur', 'place de l\'Église', 'chemin des Vignes', 'rue Victor-Hugo'],
    });
    const order = rng.sample(streets, 6 + rng.int(0, 2));
    const bins = order.map(() => rng.int(10, 40));
    const orderLine = order.map((s, k) => `${k + 1}. ${s} (${bins[k]})`).join(', ');
    const route = `R-${rng.int(10, 60)}`;
    const system = t(lang, {
      es: `Centralita de recogida de residuos, ruta ${route}. El camión recorre las calles en este orden (contenedores por calle): ${orderLine}. Cada pocos minutos llega una línea con la posición GPS y el contador acumulado de elevaciones del día. Contesta "ok" a cada línea.`,
      en: `Waste collection dispatch, route ${route}. The truck works the streets in this order (bins per street): ${orderLine}. Every few minutes a line arrives with its GPS street and the day's cumulative lift counter. Reply "ok" to each line.`,
      de: `Leitstelle Abfallsammlung, Tour ${route}. Das Fahrzeug fährt die Straßen in dieser Reihenfolge (Tonnen je Straße): ${orderLine}. Alle paar Minuten kommt eine Zeile mit GPS-Straße und dem kumulierten Schüttungszähler des Tages. Antworte auf jede Zeile mit „ok".`,
      fr: `Régulation collecte des déchets, tournée ${route}. Le camion fait les rues dans cet ordre (bacs par rue) : ${orderLine}. Toutes les quelques minutes arrive une ligne avec la rue GPS et le compteur cumulé de levées du jour. Réponds « ok » à chaque ligne.`,
    });
    const lost = pickL(lang, { es: 'sin señal', en: 'no fix', de: 'kein Signal', fr: 'pas de signal' });
    const liftsWord = pickL(lang, { es: 'elevaciones', en: 'lifts', de: 'Schüttungen', fr: 'levées' });
    const total = bins.reduce((a, b) => a + b, 0);
    const messages: Msg[] = [sys(system)];
    const ticks = 4 + i + rng.int(0, 1);
    let lifts = 0;
    let now = 6 * 60 + rng.int(0, 30);
    const lostFrom = ticks - rng.int(2, 3);
    for (let k = 0; k < ticks; k++) {
      now += rng.int(7, 14);
      lifts = Math.min(total - 3, lifts + rng.int(8, Math.max(9, Math.floor(total / ticks) + 6)));
      let cum = 0;
      let at = order.length - 1;
      for (let s = 0; s < order.length; s++) { cum += bins[s]!; if (lifts < cum) { at = s; break; } }
      messages.push(user(`${clock(now)} GPS: ${k >= lostFrom ? lost : order[at]} · ${liftsWord}: ${lifts}`));
      messages.push(say('ok'));
    }
    let cum = 0;
    let at = 0;
    for (let s = 0; s < order.length; s++) { cum += bins[s]!; if (lifts < cum) { at = s; break; } }
    const asked = order[Math.min(order.length - 1, Math.max(0, at + rng.pick([-1, 0, 1])))]!;
    messages.push(user(t(lang, {
      es: `Llama una vecina de ${asked}: ¿ha pasado ya el camión por su calle o todavía le da tiempo a sacar el contenedor?`,
      en: `Resident on ${asked} is on the phone: has the truck been down her street yet, or can she still put the bin out?`,
      de: `Anruf einer Anwohnerin (${asked}): War das Müllauto schon in ihrer Straße, oder kann sie die Tonne noch rausstellen?`,
      fr: `Une habitante (${asked}) appelle : le camion est-il déjà passé dans sa rue, ou peut-elle encore sortir son bac ?`,
    })));
    if (i % 2 === 1) {
      return { lang, messages, response_format: jsonSchema('truck_passed', { passed: oneOf('yes', 'no', 'unsure'), truck_probably_on: str, say_to_caller: str }) };
    }
    return { lang, messages, max_tokens: 120 };
  },
};

// ───────────────────────────── goal_based ─────────────────────────────

interface PortalWords {
  home: string; permits: string; tax: string; bins: string; special: string; closure: string; food: string;
  form1: string; busInfo: string; guestsWarn: string; form2: string; insurance: string; siteplan: string; neighbours: string; next: string;
}

const gbPortal: Family = {
  id: 'wm-gb-block-party-portal', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'A browser agent works through the city portal toward one concrete end state, a filed street-closure application, and must choose the next action on the current page.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'fr'], i);
    const w = pickL<PortalWords>(lang, {
      en: { home: 'City of Fairhaven — Online Services', permits: 'Permits & licences', tax: 'Property tax', bins: 'Bin collection', special: 'Special event permit', closure: 'Street closure / block party', food: 'Temporary food stall', form1: 'Block party application (1/3)', busInfo: 'Street has a bus route: closure needs transit sign-off (form T-4)', guestsWarn: 'Over 100 guests: liability insurance required on page 2', form2: 'Block party application (2/3)', insurance: 'Liability insurance (PDF)', siteplan: 'Site plan', neighbours: 'I have notified all residents', next: 'Next' },
      de: { home: 'Stadt Weißenfels — Online-Dienste', permits: 'Genehmigungen', tax: 'Grundsteuer', bins: 'Müllabfuhr', special: 'Veranstaltungsgenehmigung', closure: 'Straßensperrung / Straßenfest', food: 'Temporärer Imbissstand', form1: 'Antrag Straßenfest (1/3)', busInfo: 'Auf der Straße fährt ein Bus: Sperrung braucht Zustimmung der Verkehrsbetriebe (Formular T-4)', guestsWarn: 'Über 100 Gäste: Haftpflichtnachweis auf Seite 2 nötig', form2: 'Antrag Straßenfest (2/3)', insurance: 'Haftpflichtnachweis (PDF)', siteplan: 'Lageplan', neighbours: 'Alle Anwohner wurden informiert', next: 'Weiter' },
      es: { home: 'Ayuntamiento de Alcalá — Sede electrónica', permits: 'Licencias y permisos', tax: 'IBI', bins: 'Recogida de basuras', special: 'Permiso de evento', closure: 'Corte de calle / fiesta vecinal', food: 'Puesto de comida temporal', form1: 'Solicitud fiesta vecinal (1/3)', busInfo: 'La calle tiene línea de autobús: el corte requiere visto bueno del servicio de transporte (formulario T-4)', guestsWarn: 'Más de 100 asistentes: seguro de responsabilidad civil obligatorio en la página 2', form2: 'Solicitud fiesta vecinal (2/3)', insurance: 'Seguro de RC (PDF)', siteplan: 'Plano de situación', neighbours: 'He avisado a todos los vecinos', next: 'Siguiente' },
      fr: { home: 'Ville de Villeurbanne — Démarches en ligne', permits: 'Autorisations', tax: 'Taxe foncière', bins: 'Collecte des déchets', special: 'Autorisation de manifestation', closure: 'Fermeture de rue / fête de quartier', food: 'Stand alimentaire temporaire', form1: 'Demande fête de quartier (1/3)', busInfo: 'Rue desservie par un bus : la fermeture nécessite l\'accord du réseau (formulaire T-4)', guestsWarn: 'Plus de 100 personnes : attestation d\'assurance RC obligatoire en page 2', form2: 'Demande fête de quartier (2/3)', insurance: 'Attestation RC (PDF)', siteplan: 'Plan du site', neighbours: 'J\'ai prévenu tous les riverains', next: 'Suivant' },
    });
    const street = rng.pick(pickL(lang, { en: ['Maple Street', 'Cobden Road'], de: ['Ahornweg', 'Goethestraße'], es: ['Calle Arce', 'Calle Cervantes'], fr: ['rue des Érables', 'rue Francis-de-Pressensé'] }));
    const date = `2024-${pad(rng.int(6, 9))}-${pad(rng.int(1, 28))}`;
    const guests = rng.pick([rng.int(40, 95), rng.int(110, 220)]);
    const contact = rng.pick(pickL(lang, { en: ['Janet Okoro', 'Tom Reilly'], de: ['Sabine Wolf', 'Murat Aydın'], es: ['Rocío Lanza', 'Andrés Pujol'], fr: ['Nadia Benali', 'Luc Fontaine'] }));
    const system = t(lang, {
      en: `You operate a web browser for the ${street} residents' association. Job: apply on the city portal for a block-party closure of ${street} on ${date}, 14:00–22:00, about ${guests} guests, contact ${contact}. Files you may upload: site_plan.pdf, liability_insurance.pdf. After each action you get the new accessibility tree. Exactly one tool call per turn.`,
      de: `Du bedienst einen Browser für die Anwohnerinitiative ${street}. Auftrag: Über das Stadtportal ein Straßenfest mit Straßensperrung beantragen: ${street}, ${date}, 14–22 Uhr, ca. ${guests} Gäste, Ansprechperson ${contact}. Hochladbare Dateien: site_plan.pdf, liability_insurance.pdf. Nach jeder Aktion bekommst du den neuen Accessibility-Baum. Genau ein Tool-Aufruf pro Zug.`,
      es: `Manejas un navegador para la asociación vecinal de ${street}. Encargo: solicitar en la sede electrónica el corte de ${street} para una fiesta vecinal el ${date}, de 14:00 a 22:00, unas ${guests} personas, contacto ${contact}. Archivos que puedes subir: site_plan.pdf, liability_insurance.pdf. Tras cada acción recibes el nuevo árbol de accesibilidad. Exactamente una llamada a herramienta por turno.`,
      fr: `Tu pilotes un navigateur pour l'association des habitants de la ${street}. Mission : déposer sur le portail de la ville une demande de fermeture de la ${street} pour une fête de quartier le ${date}, 14 h–22 h, environ ${guests} personnes, contact ${contact}. Fichiers disponibles : site_plan.pdf, liability_insurance.pdf. Après chaque action tu reçois le nouvel arbre d'accessibilité. Un seul appel d'outil par tour.`,
    });
    const home = `[page] ${w.home}\n[a11y] link#svc-permits '${w.permits}'  link#svc-tax '${w.tax}'  link#svc-bins '${w.bins}'  button#login`;
    const bus = rng.chance(0.5);
    const seq: [string, Record<string, unknown>, string][] = [
      ['click', { element_id: 'svc-permits' }, `[page] ${w.permits}\n[a11y] link#p-special '${w.special}'  link#p-closure '${w.closure}'  link#p-food '${w.food}'`],
      ['click', { element_id: 'p-closure' }, `[page] ${w.form1}\n[a11y] input#street  input#date  select#hours (08-14, 14-22, 18-23)  input#guests  input#contact  button#next '${w.next}'`],
      ['type_text', { element_id: 'street', text: street }, `[ok] street=${street}${bus ? `  [info] '${w.busInfo}'` : ''}`],
      ['type_text', { element_id: 'date', text: date }, `[ok] date=${date}`],
      ['select_option', { element_id: 'hours', value: '14-22' }, '[ok] hours=14-22'],
      ['type_text', { element_id: 'guests', text: String(guests) }, `[ok] guests=${guests}${guests > 100 ? `  [warning] '${w.guestsWarn}'` : ''}`],
      ['type_text', { element_id: 'contact', text: contact }, `[ok] contact=${contact}`],
      ['click', { element_id: 'next' }, `[page] ${w.form2}\n[a11y] file#insurance '${w.insurance}'  file#siteplan '${w.siteplan}'  checkbox#neighbours '${w.neighbours}'  button#next '${w.next}' (disabled)`],
    ];
    const k = [3, 5, 8, 6][i % 4]!;
    const messages: Msg[] = [sys(system), user(home)];
    for (const [name, args, out] of seq.slice(0, k)) exchange(rng, messages, name, args, out);
    return {
      lang, messages,
      tools: [
        tool('click', 'Click an element by accessibility id.', { element_id: str }),
        tool('type_text', 'Type into an input.', { element_id: str, text: str }),
        tool('select_option', 'Pick a dropdown option.', { element_id: str, value: str }),
        tool('upload_file', 'Attach one of the allowed files.', { element_id: str, file_name: str }),
        tool('finish', 'Report that the job is done or cannot be done.', { status: oneOf('done', 'blocked'), summary: str }),
      ],
      tool_choice: 'required',
    };
  },
};

const gbConvoy: Family = {
  id: 'wm-gb-aid-convoy-roads', label: 'goal_based', difficulty: 'medium', variants: 5,
  rationale: 'Given a road network with closed segments, the request wants a drop order and roads that reach every listed village and return before curfew, which is a search for a sequence of moves to a stated end condition.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'pt', 'zh', 'ja'], i);
    const names = pickL(lang, {
      en: ['Chikwawa', 'Nsanje', 'Bangula', 'Makhanga', 'Ngabu', 'Mwanza', 'Thyolo'],
      fr: ['Dori', 'Gorom-Gorom', 'Seytenga', 'Falagountou', 'Sebba', 'Markoye', 'Arbinda'],
      pt: ['Beira', 'Búzi', 'Nhamatanda', 'Dondo', 'Tica', 'Guara-Guara', 'Estaquinha'],
      zh: ['泸定', '磨西', '得妥', '海螺沟', '燕子沟', '冷碛', '兴隆'],
      ja: ['輪島', '珠洲', '穴水', '能登町', '門前', '町野', '志賀'],
    });
    const nodes = rng.sample(names, 5 + (i % 3));
    const depot = nodes[0]!;
    const chain = rng.sample(nodes, nodes.length);
    const edges: [string, string, number][] = [];
    for (let k = 0; k + 1 < chain.length; k++) edges.push([chain[k]!, chain[k + 1]!, rng.int(1, 7) / 2]);
    const extra: [string, string, number][] = [];
    for (let k = 0; k < 4; k++) {
      const [a, b] = rng.sample(nodes, 2) as [string, string];
      if (![...edges, ...extra].some(([x, y]) => (x === a && y === b) || (x === b && y === a))) extra.push([a, b, rng.int(1, 7) / 2]);
    }
    const all = rng.sample([...edges, ...extra], edges.length + extra.length);
    const closed = extra.slice(0, Math.min(2, rng.int(1, Math.max(1, extra.length))));
    const drops = rng.sample(nodes.slice(1), 3);
    const sep = lang === 'zh' || lang === 'ja' ? '、' : ', ';
    const edgeLines = all.map(([a, b, h]) => `${a} – ${b}: ${h} h`).join('\n');
    const closedLine = closed.map(([a, b]) => `${a} – ${b}`).join(sep) || '—';
    const start = rng.pick([5, 6, 7]);
    const curfew = rng.pick([17, 18, 19]);
    const viaTool = i >= 3;
    const cut = viaTool
      ? t(lang, {
        en: 'Check which roads are cut before answering.', fr: 'Vérifie quelles routes sont coupées avant de répondre.', pt: 'Veja quais estradas estão cortadas antes de responder.',
        zh: '先查一下哪些路断了再回答。', ja: '答える前に、どの区間が不通か確認してください。',
      })
      : t(lang, {
        en: `Washed out since last night: ${closedLine}.`, fr: `Coupé par les eaux depuis hier soir : ${closedLine}.`, pt: `Estradas cortadas pela cheia desde ontem à noite: ${closedLine}.`,
        zh: `昨晚起被洪水冲断：${closedLine}。`, ja: `昨夜から土砂崩れで不通：${closedLine}。`,
      });
    const text = t(lang, {
      en: `Our truck leaves ${depot} at 0${start}:00 with tarps and water for ${drops.join(', ')} and has to be back in ${depot} before the ${curfew}:00 curfew. Unloading takes 45 min per village. Road times:\n${edgeLines}\n${cut}\nWhich roads do we take, in what order, and do we make curfew?`,
      fr: `Le camion part de ${depot} à ${start} h avec bâches et eau pour ${drops.join(', ')} et doit être rentré à ${depot} avant le couvre-feu de ${curfew} h. Déchargement : 45 min par village. Temps de trajet :\n${edgeLines}\n${cut}\nPar quelles routes passer, dans quel ordre, et est-ce qu'on rentre avant le couvre-feu ?`,
      pt: `O caminhão sai de ${depot} às ${start}h com lonas e água para ${drops.join(', ')} e precisa estar de volta em ${depot} antes do toque de recolher das ${curfew}h. Descarregar leva 45 min por aldeia. Tempos de estrada:\n${edgeLines}\n${cut}\nPor quais estradas vamos, em que ordem, e chegamos antes do toque de recolher?`,
      zh: `卡车${start}点从${depot}出发，给${drops.join('、')}送篷布和饮用水，必须在${curfew}点宵禁前回到${depot}。每个村卸货45分钟。各段路程用时：\n${edgeLines}\n${cut}\n该走哪些路、按什么顺序？能在宵禁前回来吗？`,
      ja: `トラックは${start}時に${depot}を出発し、${drops.join('、')}へブルーシートと飲料水を届け、${curfew}時の通行止め開始までに${depot}へ戻る必要があります。荷下ろしは各地区45分。区間ごとの所要時間：\n${edgeLines}\n${cut}\nどの道をどの順で回ればいいですか？時間内に戻れますか？`,
    });
    if (!viaTool) return { lang, messages: [user(text)] };
    const messages: Msg[] = [user(text)];
    exchange(rng, messages, 'road_status', { region: depot }, {
      closed: closed.map(([a, b]) => `${a} – ${b}`), checked_at: `${pad(start - 1)}:${pad(rng.int(0, 59))}`, source: rng.pick(['district EOC', 'police checkpoint reports']),
    });
    return {
      lang, messages,
      tools: [
        tool('road_status', 'Closed road segments reported for a region.', { region: str }),
        tool('dispatch_convoy', 'Send the truck with its stop order and roads.', { stops: list(str), roads: list(str) }),
      ],
    };
  },
};

const gbGrant: Family = {
  id: 'wm-gb-grant-submission-order', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The request gives a submission deadline and tasks with prerequisites and asks for an order and dates that reach submission, a dependency plan toward a fixed end state rather than a weighing of options.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'es', 'pt'], i);
    const names = pickL(lang, {
      en: ['Trial balance from bookkeeper', 'Auditor signs off 2023 accounts', 'Supplier quotes (3 per item)', 'Project budget', 'Draft proposal', 'Partner support letters', 'Send board meeting notice', 'Board approves budget', 'Submit on donor portal'],
      de: ['Summen- und Saldenliste vom Steuerbüro', 'Testat der Wirtschaftsprüferin für 2023', 'Angebote von Lieferanten (je 3)', 'Projektbudget', 'Antragsentwurf', 'Unterstützungsschreiben der Partner', 'Einladung zur Vorstandssitzung verschicken', 'Vorstand beschließt Budget', 'Einreichung im Förderportal'],
      es: ['Balance de sumas y saldos de la gestoría', 'Informe de auditoría de cuentas 2023', 'Presupuestos de proveedores (3 por partida)', 'Presupuesto del proyecto', 'Borrador de la propuesta', 'Cartas de apoyo de los socios', 'Enviar convocatoria de la junta', 'La junta aprueba el presupuesto', 'Presentación en la sede del financiador'],
      pt: ['Balancete do contador', 'Parecer da auditoria das contas de 2023', 'Orçamentos de fornecedores (3 por item)', 'Orçamento do projeto', 'Rascunho da proposta', 'Cartas de apoio dos parceiros', 'Enviar convocação da diretoria', 'Diretoria aprova o orçamento', 'Envio no portal do financiador'],
    });
    const deps = [[], [1], [], [3], [], [5], [], [4, 7], [2, 4, 6, 8]];
    const durs = [rng.int(2, 5), rng.int(7, 12), rng.int(4, 8), rng.int(2, 3), rng.int(5, 9), rng.int(5, 10), 7, 1, 1];
    const rows = names.map((n, k) => `T${k + 1} | ${n} | ${durs[k]} | ${deps[k]!.map((d) => `T${d}`).join(', ') || '—'}`);
    const deadline = rng.int(16, 30);
    const fund = rng.pick(pickL(lang, {
      en: ['Community Resilience Fund', 'Lottery Reaching Communities'], de: ['Förderprogramm der Aktion Mensch', 'Klimafonds der Stiftung Nord'],
      es: ['convocatoria autonómica del IRPF', 'convocatoria del Fondo de Acción Social'], pt: ['Edital Itaú Social', 'Fundo Municipal da Criança'],
    }));
    const header = t(lang, { en: 'id | task | days | needs', de: 'ID | Aufgabe | Tage | braucht', es: 'id | tarea | días | requiere', pt: 'id | tarefa | dias | depende de' });
    const ask = t(lang, {
      en: `We're applying to the ${fund}, deadline is day ${deadline} (today is day 0). Our two staff can run tasks in parallel; auditor, partners and suppliers work on their own once they have what they need. In what order do we do things, with start and end days for each, and do we make it?`,
      de: `Wir bewerben uns beim ${fund}, Frist ist Tag ${deadline} (heute ist Tag 0). Unsere zwei Leute können parallel arbeiten; Prüferin, Partner und Lieferanten arbeiten selbstständig, sobald sie haben, was sie brauchen. In welcher Reihenfolge gehen wir vor, mit Start- und Endtag je Aufgabe, und schaffen wir die Frist?`,
      es: `Nos presentamos a la ${fund}; el plazo termina el día ${deadline} (hoy es el día 0). Las dos personas del equipo pueden avanzar en paralelo; auditoría, socios y proveedores trabajan por su cuenta en cuanto tienen lo que necesitan. ¿En qué orden hacemos las cosas, con día de inicio y fin de cada una, y llegamos a tiempo?`,
      pt: `Vamos concorrer ao ${fund}, o prazo é o dia ${deadline} (hoje é o dia 0). As duas pessoas da equipe podem tocar tarefas em paralelo; auditoria, parceiros e fornecedores trabalham sozinhos assim que recebem o que precisam. Em que ordem fazemos tudo, com dia de início e fim de cada tarefa, e dá tempo?`,
    });
    return {
      lang,
      messages: [user(`${ask}\n\n${header}\n${rows.join('\n')}`)],
      response_format: jsonSchema('submission_schedule', {
        steps: list(obj({ id: str, start_day: int, end_day: int })), submit_day: int, deadline_ok: bool,
      }),
    };
  },
};

const gbSluice: Family = {
  id: 'wm-gb-canal-sluice-gates', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The farmer wants one plot flooded to a set depth while the seedbed stays dry and the ditch does not overtop, so the agent must pick the next gate move in a sequence that reaches that condition.',
  make: (rng, i) => {
    const lang = langAt(['es', 'zh', 'en', 'fr'], i);
    const target = rng.pick(['P1', 'P3', 'P5']);
    const depth = rng.pick([5, 8, 10]);
    const limit = rng.pick([35, 40, 45]);
    const layout = 'INTAKE → G1 → north ditch → {G3 → P1, G4 → P2 (seedbed), G5 → P3}\nINTAKE → G2 → south ditch → {G6 → P4, G7 → P5}';
    const system = t(lang, {
      en: `Irrigation turn assistant for the Valle Verde water users' group. Canal layout:\n${layout}\nGates move by tool; wait between moves to see the effect. P2 is a fresh seedbed and must not get water. Ditches overtop above ${limit} cm.`,
      es: `Asistente del turno de riego de la comunidad de regantes Valle Verde. Red de acequias:\n${layout}\nLas compuertas se mueven con herramientas; espera entre maniobras para ver el efecto. P2 es un semillero recién sembrado y no debe recibir agua. Las acequias desbordan por encima de ${limit} cm.`,
      zh: `你是青禾用水户协会的轮灌助手。渠系布置：\n${layout}\n闸门通过工具操作，每次操作后要等待观察效果。P2是刚播种的苗床，不能进水。水渠水位超过${limit}厘米会漫堤。`,
      fr: `Assistant du tour d'eau de l'ASA du Val Vert. Réseau de canaux :\n${layout}\nLes vannes se manœuvrent par outil ; attends entre deux manœuvres pour voir l'effet. P2 est un semis tout frais et ne doit pas recevoir d'eau. Les fossés débordent au-dessus de ${limit} cm.`,
    });
    const ask = t(lang, {
      en: `My turn is ${rng.int(2, 4)} hours starting now. I need ${target} under ${depth} cm of water by the end of it.`,
      es: `Mi turno es de ${rng.int(2, 4)} horas y empieza ya. Necesito ${target} con ${depth} cm de lámina de agua antes de que acabe.`,
      zh: `我的轮灌时间是${rng.int(2, 4)}小时，现在开始。结束前要让${target}田面水深达到${depth}厘米。`,
      fr: `Mon tour dure ${rng.int(2, 4)} heures à partir de maintenant. Il me faut ${depth} cm d'eau sur ${target} avant la fin.`,
    });
    const gates = (): Record<string, string> => ({
      G1: 'closed', G2: 'closed', G3: 'closed', G4: rng.pick(['closed', 'closed', 'leaking']), G5: 'closed', G6: 'closed', G7: 'closed',
    });
    const g0 = gates();
    const messages: Msg[] = [sys(system), user(ask)];
    exchange(rng, messages, 'read_levels', {}, { gates: g0, north_ditch_cm: rng.int(0, 6), south_ditch_cm: rng.int(0, 6), plots_cm: { P1: 0, P2: 0, P3: rng.int(0, 2), P4: rng.int(0, 3), P5: 0 } });
    const north = target !== 'P5';
    const main = north ? 'G1' : 'G2';
    const outlet = target === 'P1' ? 'G3' : target === 'P3' ? 'G5' : 'G7';
    const moves = i % 2 === 0 ? 1 : 2;
    const mainPos = rng.pick(['open', 'half']);
    exchange(rng, messages, 'set_gate', { gate: main, position: mainPos }, { ok: true });
    if (moves > 1) exchange(rng, messages, 'set_gate', { gate: outlet, position: 'half' }, { ok: true });
    exchange(rng, messages, 'wait_minutes', { minutes: rng.pick([15, 20, 30]) }, { ok: true });
    const ditch = north ? 'north_ditch_cm' : 'south_ditch_cm';
    const g1 = { ...g0, [main]: mainPos, ...(moves > 1 ? { [outlet]: 'half' } : {}) };
    exchange(rng, messages, 'read_levels', {}, {
      gates: g1, [ditch]: moves > 1 ? rng.int(18, 30) : limit - rng.int(2, 5), [north ? 'south_ditch_cm' : 'north_ditch_cm']: rng.int(0, 4),
      plots_cm: { P1: target === 'P1' && moves > 1 ? rng.int(1, 3) : 0, P2: g0.G4 === 'leaking' && north ? rng.int(1, 2) : 0, P3: target === 'P3' && moves > 1 ? rng.int(1, 3) : 0, P4: 0, P5: target === 'P5' && moves > 1 ? rng.int(1, 3) : 0 },
    });
    return {
      lang, messages,
      tools: [
        tool('read_levels', 'Gate positions, ditch water levels and plot water depths.'),
        tool('set_gate', 'Move one gate.', { gate: oneOf('G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7'), position: oneOf('open', 'half', 'closed') }),
        tool('wait_minutes', 'Let water run before the next reading.', { minutes: int }),
      ],
    };
  },
};

const gbRoster: Family = {
  id: 'wm-gb-volunteer-post-roster', label: 'goal_based', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'The roster must satisfy every hard requirement (a first-aider and a speaker at the right posts, availability, two people kept apart), which is a constraint search toward a valid assignment; the single soft wish makes a weighing reading possible but secondary.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'de', 'ja'], i);
    const people = pickL(lang, {
      en: ['Aiko', 'Ben', 'Carla', 'Dev', 'Esther', 'Femi', 'Gus', 'Hana'],
      fr: ['Amandine', 'Bastien', 'Chloé', 'Dylan', 'Élodie', 'Farid', 'Gaëlle', 'Hugo'],
      de: ['Anja', 'Bernd', 'Clara', 'Deniz', 'Emil', 'Fatma', 'Gregor', 'Heike'],
      ja: ['青木', '伊藤', '上田', '江口', '大野', '加藤', '木村', '久保'],
    }).slice(0, 6 + (i % 3));
    const posts = pickL(lang, {
      en: ['registration', 'first-aid tent', 'water station', 'parking'],
      fr: ['accueil', 'poste de secours', 'ravitaillement', 'parking'],
      de: ['Anmeldung', 'Sanitätszelt', 'Verpflegungsstand', 'Parkplatz'],
      ja: ['受付', '救護テント', '給水所', '駐車場'],
    });
    const av = pickL(lang, { en: ['morning', 'afternoon', 'all day'], fr: ['matin', 'après-midi', 'journée'], de: ['vormittags', 'nachmittags', 'ganztags'], ja: ['午前', '午後', '終日'] });
    const lg = pickL(lang, { en: 'Arabic', fr: 'arabe', de: 'Arabisch', ja: 'ポルトガル語' });
    const fa = pickL(lang, { en: 'first aid', fr: 'PSC1', de: 'Ersthelfer', ja: '救急法' });
    const rows = people.map((p, k) => {
      const skills = [k < 2 || rng.chance(0.25) ? fa : '', k === 2 || k === 3 || rng.chance(0.2) ? lg : ''].filter(Boolean).join(' + ') || '—';
      return `${p} | ${rng.pick(av)} | ${skills}`;
    });
    const [x, y] = rng.sample(people, 2) as [string, string];
    const pref = rng.pick(people);
    const event = pickL(lang, { en: 'the River Clean-up 10K', fr: 'la Course des Berges', de: 'den Uferlauf', ja: '河川敷クリーンマラソン' });
    const text = t(lang, {
      en: `Rota for ${event} on Saturday. Each post needs exactly one person in the morning and one in the afternoon: ${posts.join(', ')}. The ${posts[1]} always needs someone with ${fa}; ${posts[0]} always needs an ${lg} speaker. People only work when they're available, nobody does two posts at once, and ${x} and ${y} can't be on the same shift. ${pref} would rather be at ${posts[2]} if it works out.\n\nname | available | skills\n${rows.join('\n')}\n\nGive me a rota that works, or tell me what's missing.`,
      fr: `Planning des bénévoles pour ${event} samedi. Chaque poste a besoin d'exactement une personne le matin et une l'après-midi : ${posts.join(', ')}. Le ${posts[1]} doit toujours avoir quelqu'un avec le ${fa} ; l'${posts[0]} doit toujours avoir quelqu'un qui parle ${lg}. On ne place quelqu'un que sur ses disponibilités, personne ne tient deux postes à la fois, et ${x} et ${y} ne doivent pas être sur le même créneau. ${pref} préférerait le ${posts[2]} si possible.\n\nnom | dispo | compétences\n${rows.join('\n')}\n\nDonne-moi un planning qui tient, ou dis-moi ce qui manque.`,
      de: `Helferplan für ${event} am Samstag. Jeder Posten braucht genau eine Person vormittags und eine nachmittags: ${posts.join(', ')}. Im ${posts[1]} muss immer jemand ${fa} sein; an der ${posts[0]} muss immer jemand ${lg} sprechen. Eingeteilt wird nur nach Verfügbarkeit, niemand macht zwei Posten gleichzeitig, und ${x} und ${y} dürfen nicht in derselben Schicht sein. ${pref} wäre am liebsten am ${posts[2]}, wenn es passt.\n\nName | verfügbar | Qualifikation\n${rows.join('\n')}\n\nGib mir einen Plan, der aufgeht, oder sag mir, was fehlt.`,
      ja: `土曜日の${event}のボランティア配置表を作ってください。各持ち場（${posts.join('、')}）には午前・午後それぞれちょうど1人必要です。${posts[1]}には常に${fa}の資格者を、${posts[0]}には常に${lg}を話せる人を置くこと。参加可能な時間帯にしか入れられず、同時に2か所は担当できません。${x}さんと${y}さんは同じ時間帯にしないでください。${pref}さんはできれば${posts[2]}希望です。\n\n氏名 | 参加可能 | 資格・言語\n${rows.join('\n')}\n\n成り立つ配置表を出すか、足りないものを教えてください。`,
    });
    return {
      lang,
      messages: [user(text)],
      response_format: jsonSchema('rota', {
        feasible: bool,
        assignments: list(obj({ post: str, shift: oneOf('am', 'pm'), person: str })),
        missing: str,
      }),
    };
  },
};

// ───────────────────────────── utility_based ─────────────────────────────

const ubRelief: Family = {
  id: 'wm-ub-relief-budget-split', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'A fixed budget must be split across interventions with different costs, benefit scores, caps, diminishing returns and a restricted grant, so the answer is an allocation that gets the most benefit within the constraints.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'pt'], i);
    const cur = pickL(lang, { en: 'USD', es: 'USD', fr: 'EUR', pt: 'USD' });
    const budget = rng.int(8, 20) * 10000;
    const restricted = rng.int(1, 3) * 5000;
    const names = pickL(lang, {
      en: ['Multipurpose cash', 'Shelter kit', 'Hygiene kit', 'Seeds & tools'],
      es: ['Transferencia monetaria multipropósito', 'Kit de refugio', 'Kit de higiene', 'Semillas y herramientas'],
      fr: ['Transfert monétaire multi-usages', 'Kit abri', 'Kit d\'hygiène', 'Semences et outils'],
      pt: ['Transferência monetária multiuso', 'Kit de abrigo', 'Kit de higiene', 'Sementes e ferramentas'],
    });
    const cost = [rng.int(12, 18) * 10, rng.int(9, 14) * 10, rng.int(25, 40), rng.int(45, 70)];
    const pts = [10, 9, 3, rng.pick([4, 5, 6])];
    const cap = [`${rng.int(5, 8) * 100} → ${rng.pick([5, 6])}`, String(rng.int(3, 5) * 100), '—', String(rng.int(4, 9) * 100)];
    const caseload = rng.int(12, 20) * 100;
    const minShelter = rng.int(1, 3) * 100;
    const header = t(lang, {
      en: 'intervention | cost per household | benefit points per household | limit',
      es: 'intervención | coste por hogar | puntos de beneficio por hogar | límite',
      fr: 'intervention | coût par ménage | points de bénéfice par ménage | limite',
      pt: 'intervenção | custo por família | pontos de benefício por família | limite',
    });
    const rows = names.map((n, k) => `${n} | ${cost[k]} ${cur} | ${pts[k]} | ${cap[k]}`).join('\n');
    const text = t(lang, {
      en: `Flood response, ${caseload} registered households. Budget ${budget} ${cur}, of which ${restricted} ${cur} is a WASH-only grant (hygiene kits). The shelter cluster expects at least ${minShelter} shelter kits from us. A household can get several items but only one of each. For cash, "600 → 5" style limits mean benefit per household drops to that number past that many households (markets saturate).\n\n${header}\n${rows}\n\nHow should we split the money?`,
      es: `Respuesta a inundaciones, ${caseload} hogares registrados. Presupuesto ${budget} ${cur}, de los cuales ${restricted} ${cur} son una subvención solo para WASH (kits de higiene). El clúster de refugio cuenta con al menos ${minShelter} kits de refugio nuestros. Un hogar puede recibir varias cosas, pero solo una de cada. En efectivo, un límite tipo "600 → 5" significa que a partir de esa cantidad de hogares el beneficio por hogar baja a ese número (el mercado se satura).\n\n${header}\n${rows}\n\n¿Cómo repartimos el dinero?`,
      fr: `Réponse aux inondations, ${caseload} ménages enregistrés. Budget ${budget} ${cur}, dont ${restricted} ${cur} de subvention réservée WASH (kits d'hygiène). Le cluster abris attend au moins ${minShelter} kits abri de notre part. Un ménage peut recevoir plusieurs articles mais un seul de chaque. Pour le cash, une limite « 600 → 5 » veut dire qu'au-delà de ce nombre de ménages le bénéfice par ménage tombe à cette valeur (saturation des marchés).\n\n${header}\n${rows}\n\nComment répartir l'argent ?`,
      pt: `Resposta às cheias, ${caseload} famílias cadastradas. Orçamento de ${budget} ${cur}, dos quais ${restricted} ${cur} são uma doação só para WASH (kits de higiene). O cluster de abrigo conta com pelo menos ${minShelter} kits de abrigo nossos. Uma família pode receber vários itens, mas só um de cada. No dinheiro, um limite tipo "600 → 5" quer dizer que acima dessa quantidade de famílias o benefício por família cai para esse número (o mercado satura).\n\n${header}\n${rows}\n\nComo dividimos o dinheiro?`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'You support an NGO emergency programme team.', es: 'Apoyas al equipo de programas de emergencia de una ONG.', fr: 'Tu appuies l\'équipe programmes urgence d\'une ONG.', pt: 'Você apoia a equipe de programas de emergência de uma ONG.' })), user(text)],
      response_format: jsonSchema('allocation', {
        lines: list(obj({ intervention: str, households: int, cost: num })), total_cost: num, total_points: num,
      }),
    };
  },
};

const ubNitrogen: Family = {
  id: 'wm-ub-nitrogen-rate-money', label: 'utility_based', difficulty: 'easy', variants: 5,
  rationale: 'The farmer wants the fertiliser rate that leaves the most money after paying for it, given a yield response table and prices, which is a choice among options by net return.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'es', 'fr', 'zh', 'en'], i);
    const rates = [0, 30, 60, 90, 120, 150];
    const y0 = rng.int(12, 25) / 10;
    const gain = rng.int(25, 45) / 10;
    const k = rng.int(40, 70);
    const ys = rates.map((n) => +(y0 + gain * (1 - Math.exp(-n / k))).toFixed(2));
    const c = pickL(lang, {
      pt: { crop: 'milho', cur: 'R$', np: rng.int(6, 9), gp: rng.int(900, 1300) },
      es: { crop: 'maíz', cur: 'Q', np: rng.int(10, 16), gp: rng.int(2200, 3000) },
      fr: { crop: 'maïs', cur: 'FCFA', np: rng.int(700, 1100), gp: rng.int(150000, 220000) },
      zh: { crop: '玉米', cur: '元', np: rng.int(5, 8), gp: rng.int(2200, 2800) },
      en: { crop: 'maize', cur: 'KSh', np: rng.int(150, 220), gp: rng.int(35000, 48000) },
    });
    const table = rates.map((n, j) => `${n} → ${ys[j]}`).join('; ');
    const cash = rng.chance(0.5) ? rng.int(3, 8) * Math.round(c.np * 10) : 0;
    const text = t(lang, {
      pt: `Ensaio da extensão na minha região, ${c.crop}, N em kg/ha → t/ha: ${table}. Nitrogênio sai a ${c.cur} ${c.np} o kg de N, o ${c.crop} vendo a ${c.cur} ${c.gp} a tonelada.${cash ? ` Só tenho ${c.cur} ${cash} por hectare pra adubo.` : ''} Quanto N eu ponho pra sobrar mais dinheiro no bolso?`,
      es: `Ensayo de extensión en mi zona, ${c.crop}, N en kg/ha → t/ha: ${table}. El nitrógeno me sale a ${c.np} ${c.cur} el kg de N y vendo el ${c.crop} a ${c.gp} ${c.cur} la tonelada.${cash ? ` Solo tengo ${cash} ${c.cur} por hectárea para abono.` : ''} ¿Cuánto N le echo para que me quede más plata al final?`,
      fr: `Essai de la vulgarisation agricole chez nous, ${c.crop}, N en kg/ha → t/ha : ${table}. L'azote me revient à ${c.np} ${c.cur} le kg de N et je vends le ${c.crop} ${c.gp} ${c.cur} la tonne.${cash ? ` Je n'ai que ${cash} ${c.cur} par hectare pour l'engrais.` : ''} Quelle dose d'azote me laisse le plus d'argent en poche ?`,
      zh: `我们乡农技站的${c.crop}试验，施氮量(kg/公顷)→产量(t/公顷)：${table}。氮肥折纯每公斤${c.np}${c.cur}，${c.crop}每吨卖${c.gp}${c.cur}。${cash ? `每公顷最多只能拿出${cash}${c.cur}买肥。` : ''}施多少氮最后赚得最多？`,
      en: `Extension trial near me, ${c.crop}, N kg/ha → t/ha: ${table}. N costs ${c.cur} ${c.np}/kg, ${c.crop} sells at ${c.cur} ${c.gp}/t.${cash ? ` I've only got ${c.cur} ${cash} per hectare for fertiliser.` : ''} How much N should I put on to come out furthest ahead?`,
    });
    return { lang, messages: [user(text)] };
  },
};

const ubParking: Family = {
  id: 'wm-ub-parking-rate-review', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Hourly rates per zone are set as a parameter set that balances an occupancy band, revenue and an equity cap using demand elasticities, i.e. a weighed choice under constraints.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'ja', 'es'], i);
    const zones = pickL(lang, {
      de: ['Altstadt', 'Bahnhof Süd', 'Klinikum', 'Weststadt', 'Hafen', 'Uni-Viertel'],
      en: ['Old Town', 'Station South', 'Hospital', 'Westside', 'Harbour', 'University'],
      ja: ['旧市街', '駅南', '病院前', '西町', '港', '大学通り'],
      es: ['Casco Antiguo', 'Estación Sur', 'Hospital', 'Barrio Oeste', 'Puerto', 'Universidad'],
    }).slice(0, 4 + (i % 3));
    const cur = pickL(lang, { de: '€', en: '£', ja: '円', es: '€' });
    const money = (x: number): string => (lang === 'ja' ? String(x) : lang === 'en' ? x.toFixed(2) : x.toFixed(2).replace('.', ','));
    const step = money(lang === 'ja' ? 50 : 0.5);
    const rows = zones.map((z) => {
      const rate = lang === 'ja' ? rng.int(2, 8) * 100 : rng.int(4, 12) * 0.25;
      return `${z} | ${money(rate)} | ${rng.int(45, 98)} | ${(-rng.int(15, 55) / 100).toFixed(2)}`;
    }).join('\n');
    const low = rng.pick(zones);
    const header = t(lang, {
      de: `Zone | Tarif ${cur}/h | Spitzenbelegung % | Preiselastizität`, en: `zone | rate ${cur}/h | peak occupancy % | price elasticity`,
      ja: `ゾーン | 料金 ${cur}/時 | ピーク時占有率 % | 価格弾力性`, es: `zona | tarifa ${cur}/h | ocupación punta % | elasticidad precio`,
    });
    const text = t(lang, {
      de: `Halbjährliche Tarifprüfung Parkraumbewirtschaftung. Ziel ist eine Spitzenbelegung von 70–85 % in jeder Zone; innerhalb dieses Bandes sind Mehreinnahmen willkommen. Pro Prüfung darf ein Tarif um höchstens ${step} ${cur} steigen oder sinken. ${low} liegt im Sozialraum mit Förderstatus: dort keine Erhöhung.\n\n${header}\n${rows}\n\nWelche neuen Tarife schlagen wir dem Ausschuss vor?`,
      en: `Six-monthly parking rate review. Aim is 70–85% peak occupancy in every zone; extra revenue is welcome within that band. Rates can move at most ${cur}${step} per review. ${low} is a priority-regeneration area: no increase there.\n\n${header}\n${rows}\n\nWhat rates do we put to committee?`,
      ja: `路上駐車料金の半期見直しです。各ゾーンのピーク時占有率を70〜85%に収めるのが基本で、その範囲内なら増収は歓迎。1回の見直しで変えられるのは最大${step}${cur}まで。${low}は生活支援重点地区のため値上げ不可。\n\n${header}\n${rows}\n\n委員会に出す新料金案をください。`,
      es: `Revisión semestral de tarifas de la zona regulada. El objetivo es una ocupación punta del 70–85 % en cada zona; dentro de esa banda, más recaudación es bienvenida. Cada revisión puede mover una tarifa como mucho ${step} ${cur}. ${low} es barrio de actuación preferente: ahí no se sube.\n\n${header}\n${rows}\n\n¿Qué tarifas proponemos a la comisión?`,
    });
    return {
      lang,
      messages: [user(text)],
      response_format: jsonSchema('rate_proposal', {
        zones: list(obj({ zone: str, new_rate: num, expected_peak_occupancy_pct: num })), revenue_change_pct: num,
      }),
    };
  },
};

const ubDiesel: Family = {
  id: 'wm-ub-generator-diesel-split', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Diesel stock is short of what every site asks for, so litres must be shared among sites with different burn rates, hours needed and priority weights before the next delivery; the final move is an allocation call.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'zh', 'fr'], i);
    const sites = pickL(lang, {
      en: ['District hospital', 'Borehole pump station 2', 'School shelter', 'Cell tower relay', 'Vaccine cold store'],
      ja: ['町立病院', '第2水源ポンプ場', '小学校避難所', '携帯基地局', 'ワクチン保冷庫'],
      zh: ['县医院', '二号水泵站', '学校安置点', '通信基站', '疫苗冷链库'],
      fr: ['Hôpital de district', 'Station de pompage n°2', 'Abri de l\'école', 'Relais télécom', 'Chambre froide vaccins'],
    }).slice(0, 3 + (i % 3));
    const notes = pickL(lang, {
      en: ['ICU on backup power', 'serves ~4,000 people', 'can run 6h/day on solar', 'only link to the EOC', 'vaccines spoil after 12h above 8°C'],
      ja: ['ICUが非常用電源で稼働中', '約4,000人に給水', '太陽光で1日6時間は運転可', '災害対策本部との唯一の通信', '8℃超が12時間続くとワクチン廃棄'],
      zh: ['重症监护室靠备用电源', '供水约4000人', '白天可靠太阳能运行6小时', '与指挥部的唯一通信', '高于8℃超过12小时疫苗报废'],
      fr: ['réanimation sur groupe', 'dessert ~4 000 personnes', 'peut tourner 6 h/jour au solaire', 'seul lien avec le PC', 'vaccins perdus après 12 h au-dessus de 8 °C'],
    });
    const stock = rng.int(6, 14) * 100;
    const hours = rng.pick([36, 48, 60]);
    const needs = sites.map((s, k) => ({ site: s, burn_l_per_h: rng.int(4, 22), hours_needed: hours, priority_weight: rng.int(1, 5), min_hours_useful: rng.pick([6, 12, 24]), note: notes[k] }));
    const ask = t(lang, {
      en: 'Tanker is loading now and does one run. Split what we have across the generators until the next delivery.',
      ja: 'タンクローリーが今から積み込み、1回だけ配送します。次の入荷まで、手持ちの軽油を各発電機にどう分けるか決めて配ってください。',
      zh: '油罐车正在装油，只能跑一趟。下一批柴油到之前，把现有的油分给各台发电机。',
      fr: 'Le camion-citerne charge maintenant et ne fait qu\'une tournée. Répartis ce qu\'on a entre les groupes électrogènes jusqu\'à la prochaine livraison.',
    });
    const system = t(lang, {
      en: 'Fuel desk of the logistics cell. Use the tools; finish by calling allocate_fuel once.',
      ja: '物資班の燃料担当です。ツールを使い、最後にallocate_fuelを1回呼んでください。',
      zh: '你是后勤组的燃油调度。使用工具，最后调用一次allocate_fuel。',
      fr: 'Cellule logistique, poste carburant. Utilise les outils et termine par un seul appel à allocate_fuel.',
    });
    const messages: Msg[] = [sys(system), user(ask)];
    exchange(rng, messages, 'get_fuel_stock', {}, { diesel_l: stock, next_delivery_in_h: hours, road_status: rng.pick(['open', 'open, slow', 'convoy only']) });
    exchange(rng, messages, 'get_site_needs', {}, needs);
    return {
      lang, messages,
      tools: [
        tool('get_fuel_stock', 'Diesel on hand and next delivery.'),
        tool('get_site_needs', 'Generators, burn rates and site notes.'),
        tool('allocate_fuel', 'Send the tanker with these amounts.', { allocations: list(obj({ site: str, litres: num })), reason: str }),
      ],
    };
  },
};

const ubMailing: Family = {
  id: 'wm-ub-appeal-segment-mailing', label: 'utility_based', secondary: 'learning', difficulty: 'hard', variants: 4,
  rationale: 'The decision is which donor segments to mail within a print budget by expected net income, a cost-return choice; the response rates come from last year\'s campaign, so a reading as generalising from past outcomes is possible.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'pt'], i);
    const segs = pickL(lang, {
      en: ['Monthly givers', 'Lapsed 13–24 months', 'Lapsed 25–48 months', 'One-off donors 2023', 'Event attendees', 'Newsletter sign-ups', 'Mid-level ($250+)'],
      de: ['Dauerspender', 'Inaktiv 13–24 Monate', 'Inaktiv 25–48 Monate', 'Einmalspender 2023', 'Veranstaltungsgäste', 'Newsletter-Abonnenten', 'Großspender (250 €+)'],
      es: ['Socios mensuales', 'Inactivos 13–24 meses', 'Inactivos 25–48 meses', 'Donantes puntuales 2023', 'Asistentes a eventos', 'Suscriptores del boletín', 'Donantes medios (250 €+)'],
      pt: ['Doadores mensais', 'Inativos 13–24 meses', 'Inativos 25–48 meses', 'Doadores avulsos 2023', 'Participantes de eventos', 'Inscritos na newsletter', 'Doadores intermediários (R$ 1.000+)'],
    });
    // typical response-rate and gift ranges per segment, in the order above
    const ranges: [number, number, number, number, number, number][] = [
      [80, 140, 20, 40, 10, 40], [30, 60, 30, 60, 20, 60], [10, 30, 25, 50, 30, 80], [40, 80, 35, 70, 20, 60],
      [20, 50, 25, 60, 5, 30], [5, 20, 20, 40, 10, 50], [80, 150, 250, 600, 2, 8],
    ];
    const fx = lang === 'pt' ? 4 : 1;
    const cur = pickL(lang, { en: '$', de: '€', es: '€', pt: 'R$' });
    const dec = (x: number): string => (lang === 'en' ? x.toFixed(2) : x.toFixed(2).replace('.', ','));
    const cost = (rng.int(70, 140) / 100) * fx;
    const chosen = rng.sample(segs.map((s, k) => [s, k] as const), 5 + (i % 2));
    const stats = chosen.map(([s, k]) => {
      const r = ranges[k]!;
      return { segment: s, records: rng.int(r[4], r[5]) * 100, response_pct: rng.int(r[0], r[1]) / 10, avg_gift: rng.int(r[2], r[3]) * fx };
    });
    const budget = rng.int(4, 12) * 1000 * fx;
    const header = t(lang, {
      en: 'segment | records | response % (last winter appeal) | avg gift', de: 'Segment | Adressen | Rücklauf % (letztes Winter-Mailing) | Ø Spende',
      es: 'segmento | registros | respuesta % (campaña de invierno pasada) | donativo medio', pt: 'segmento | registros | resposta % (campanha de inverno passada) | doação média',
    });
    const rows = stats.map((x) => `${x.segment} | ${x.records} | ${x.response_pct} | ${x.avg_gift}`).join('\n');
    const ask = t(lang, {
      en: `Winter appeal, print+post is ${cur}${dec(cost)} a pack and we have ${cur}${budget} for it. Which segments get a pack? We can't split a segment.`,
      de: `Winter-Mailing: Druck und Porto kosten ${dec(cost)} ${cur} pro Brief, Budget ${budget} ${cur}. Welche Segmente bekommen einen Brief? Segmente werden nicht geteilt.`,
      es: `Campaña de invierno: imprenta y correo salen a ${dec(cost)} ${cur} por carta y tenemos ${budget} ${cur}. ¿A qué segmentos les mandamos carta? No se puede partir un segmento.`,
      pt: `Campanha de inverno: gráfica e correio custam ${cur} ${dec(cost)} por carta e temos ${cur} ${budget}. Quais segmentos recebem carta? Não dá para dividir segmento.`,
    });
    if (i % 2 === 0) return { lang, messages: [user(`${ask}\n\n${header}\n${rows}`)] };
    const messages: Msg[] = [user(ask)];
    exchange(rng, messages, 'segment_stats', { campaign: 'winter_last_year' }, stats);
    return {
      lang, messages,
      tools: [
        tool('segment_stats', 'Size, response rate and average gift per donor segment for a past campaign.', { campaign: str }),
        tool('create_mailing_list', 'Build the print file from whole segments.', { segments: list(str) }),
      ],
    };
  },
};

// ───────────────────────────── learning ─────────────────────────────

const leSeasons: Family = {
  id: 'wm-le-planting-past-seasons', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Earlier seasons with their rain onset, sowing date, variety and yield are the only evidence, and the advice for a new, differently forecast season has to generalise from how those cases turned out.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'pt', 'en', 'es'], i);
    const v = pickL(lang, {
      fr: ['sorgho Grinkan (90 j)', 'sorgho local (120 j)'], pt: ['milho ZM309 (90 d)', 'milho local (120 d)'],
      en: ['maize SC403 (95 d)', 'maize DK8053 (125 d)'], es: ['maíz ICTA B-7 (90 d)', 'maíz criollo (120 d)'],
    });
    const m0 = pickL(lang, { fr: 6, pt: 11, en: 11, es: 5 });
    const date = (d: number): string => `${pad((d % 30) + 1)}/${pad(((m0 - 1 + Math.floor(d / 30)) % 12) + 1)}`;
    const nRows = 5 + (i % 3) + rng.int(0, 1);
    const rows: string[] = [];
    for (let k = 0; k < nRows; k++) {
      const onset = rng.int(0, 40);
      const sow = onset + rng.pick([-12, -5, 2, 6, 10]);
      const long = (k % 2 === 0) !== rng.chance(0.25);
      const mm = rng.int(42, 95) * 10;
      const late = onset > 22;
      const y = 1.6 + (long ? (mm > 650 && !late ? 0.9 : -0.7) : 0.3) + (sow < onset - 7 ? -0.6 : 0) + rng.int(-2, 2) / 10;
      rows.push(`${2024 - nRows + k} | ${date(onset)} | ${date(Math.max(0, sow))} | ${v[long ? 1 : 0]} | ${mm} | ${Math.max(0.3, y).toFixed(1)}`);
    }
    const onsetNow = rng.int(24, 38);
    const mmNow = rng.int(45, 60) * 10;
    const place = rng.pick(pickL(lang, { fr: ['Kaya', 'Ouahigouya', 'Tougan'], pt: ['Chimoio', 'Gondola', 'Sussundenga'], en: ['Mchinji', 'Dedza', 'Ntcheu'], es: ['Jalapa', 'Chiquimula', 'Zacapa'] }));
    const header = t(lang, {
      fr: 'année | début des pluies | semis | variété | cumul mm | rendement t/ha', pt: 'ano | início das chuvas | sementeira | variedade | chuva total mm | rendimento t/ha',
      en: 'year | rains started | sown | variety | season rain mm | yield t/ha', es: 'año | inicio de lluvias | siembra | variedad | lluvia total mm | rendimiento t/ha',
    });
    const text = t(lang, {
      fr: `Groupement de producteurs de ${place}. Voilà ce que nos parcelles de démonstration ont donné ces dernières années :\n\n${header}\n${rows.join('\n')}\n\nCette année la météo annonce un démarrage tardif des pluies, vers le ${date(onsetNow)}, et un cumul faible d'environ ${mmNow} mm. Quelle variété on sème et à partir de quand ? Dites-nous aussi sur quoi vous vous basez dans le tableau.`,
      pt: `Associação de produtores de ${place}. Isto é o que as machambas de demonstração deram nos últimos anos:\n\n${header}\n${rows.join('\n')}\n\nEste ano a previsão é de chuvas atrasadas, lá para ${date(onsetNow)}, e pouca chuva, uns ${mmNow} mm. Que variedade semeamos e a partir de quando? Diga também em que linhas da tabela se apoia.`,
      en: `Farmer club in ${place}. This is what our demo plots did in recent seasons:\n\n${header}\n${rows.join('\n')}\n\nThis year the met office says the rains start late, around ${date(onsetNow)}, with only about ${mmNow} mm. Which variety do we sow and from when? Say which rows of the table you're going on.`,
      es: `Cooperativa de productores de ${place}. Esto es lo que dieron las parcelas demostrativas en los últimos años:\n\n${header}\n${rows.join('\n')}\n\nEste año el INSIVUMEH anuncia entrada tardía de lluvias, hacia el ${date(onsetNow)}, y poca agua, unos ${mmNow} mm. ¿Qué variedad sembramos y desde cuándo? Dinos también en qué filas de la tabla te basas.`,
    });
    if (i % 2 === 1) return { lang, messages: [user(text)] };
    return {
      lang, messages: [user(text)],
      response_format: jsonSchema('sowing_advice', { variety: str, sow_from: str, rows_relied_on: list(int), why: str }),
    };
  },
};

const leOverrides: Family = {
  id: 'wm-le-grant-screen-overrides', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
  rationale: 'The verdict for the new application should follow the pattern in the programme officer\'s recent overrides of the screening bot rather than the bare published criteria, although the output itself is a single eligibility decision.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'es'], i);
    const system = t(lang, {
      en: 'Pre-screening for the Neighbourhood Small Grants round. Published criteria: registered charity or CIC, annual income under £250k, project within the borough, request £500–£5,000. Decide ELIGIBLE, INELIGIBLE or REVIEW.',
      de: 'Vorprüfung für den Kleinprojektefonds Nachbarschaft. Veröffentlichte Kriterien: eingetragener gemeinnütziger Verein, Jahreseinnahmen unter 250.000 €, Projekt im Bezirk, Antragssumme 500–5.000 €. Entscheide ELIGIBLE, INELIGIBLE oder REVIEW.',
      ja: '地域小規模助成の事前審査です。公表基準：登録済みのNPO法人または一般社団法人、年間収入2,500万円未満、区内での事業、申請額5万〜50万円。ELIGIBLE・INELIGIBLE・REVIEWのいずれかで判定すること。',
      es: 'Preselección de la convocatoria de Pequeñas Ayudas de Barrio. Criterios publicados: asociación o fundación inscrita, ingresos anuales inferiores a 250.000 €, proyecto dentro del distrito, importe solicitado de 500 a 5.000 €. Decide ELIGIBLE, INELIGIBLE o REVIEW.',
    });
    type Case = { en: string; de: string; ja: string; es: string };
    const sponsorPast: Case[] = [
      { en: 'Unregistered youth football group, fiscal sponsor: Trinity Church Trust, asks £1,800', de: 'Nicht eingetragene Jugendfußballgruppe, Trägerschaft über Kirchengemeinde St. Markus, beantragt 1.800 €', ja: '未登録の少年サッカーサークル、財政的後援団体：聖マルコ教会、申請額18万円', es: 'Grupo juvenil de fútbol sin inscribir, entidad gestora: Parroquia San Marcos, solicita 1.800 €' },
      { en: 'Tenants\' residents group (not registered), sponsor: Borough CVS, asks £950', de: 'Mieterinitiative (nicht eingetragen), Träger: Stadtteilverein Nord, beantragt 950 €', ja: '団地自治会（未登録）、後援団体：区社会福祉協議会、申請額9万5千円', es: 'Asamblea de inquilinos (sin inscribir), entidad gestora: Federación de Vecinos, solicita 950 €' },
    ];
    const salaryPast: Case[] = [
      { en: 'Registered charity, income £90k, asks £4,800 of which £4,000 is coordinator salary', de: 'Eingetragener Verein, Einnahmen 90.000 €, beantragt 4.800 €, davon 4.000 € Personalkosten Koordination', ja: 'NPO法人、年収900万円、申請額48万円のうち40万円がコーディネーター人件費', es: 'Asociación inscrita, ingresos 90.000 €, solicita 4.800 €, de los que 4.000 € son salario de coordinación' },
      { en: 'CIC, income £140k, asks £3,000, £2,500 of it staff time', de: 'gGmbH, Einnahmen 140.000 €, beantragt 3.000 €, davon 2.500 € Personal', ja: '一般社団法人、年収1,400万円、申請額30万円のうち25万円が人件費', es: 'Fundación, ingresos 140.000 €, solicita 3.000 €, de ellos 2.500 € de personal' },
    ];
    const plainPast: Case[] = [
      { en: 'Registered charity, income £60k, asks £2,200 for garden tools and compost', de: 'Eingetragener Verein, Einnahmen 60.000 €, beantragt 2.200 € für Gartengeräte und Kompost', ja: 'NPO法人、年収600万円、申請額22万円で園芸用具と堆肥', es: 'Asociación inscrita, ingresos 60.000 €, solicita 2.200 € para herramientas de huerto y compost' },
    ];
    const pick = (c: Case): string => pickL(lang, c);
    const verdictLine = (c: string, bot: string, officer: string, why: string) => (bot === officer
      ? t(lang, {
        en: `- ${c} → bot said ${bot}, officer kept it ("${why}")`,
        de: `- ${c} → Bot: ${bot}, Referentin bestätigt („${why}")`,
        ja: `- ${c} → ボット判定 ${bot}、担当者もそのまま（「${why}」）`,
        es: `- ${c} → el bot dijo ${bot}, la técnica lo mantuvo («${why}»)`,
      })
      : t(lang, {
        en: `- ${c} → bot said ${bot}, officer changed to ${officer} ("${why}")`,
        de: `- ${c} → Bot: ${bot}, Referentin änderte auf ${officer} („${why}")`,
        ja: `- ${c} → ボット判定 ${bot}、担当者が ${officer} に変更（「${why}」）`,
        es: `- ${c} → el bot dijo ${bot}, la técnica lo cambió a ${officer} («${why}»)`,
      }));
    const whySponsor = t(lang, { en: 'sponsor holds the money, that is enough', de: 'Träger verwaltet das Geld, das reicht', ja: '後援団体が資金管理するので問題なし', es: 'la entidad gestora custodia el dinero, con eso basta' });
    const whySalary = t(lang, { en: 'this fund is not for core salaries', de: 'der Fonds ist nicht für Personalkosten da', ja: 'この助成は人件費向けではない', es: 'esta línea no financia salarios' });
    const whyOk = t(lang, { en: 'agree', de: 'einverstanden', ja: '同意', es: 'de acuerdo' });
    const past = [
      ...sponsorPast.map((c) => verdictLine(pick(c), 'INELIGIBLE', 'ELIGIBLE', whySponsor)),
      ...salaryPast.map((c) => verdictLine(pick(c), 'ELIGIBLE', 'INELIGIBLE', whySalary)),
      ...plainPast.map((c) => verdictLine(pick(c), 'ELIGIBLE', 'ELIGIBLE', whyOk)),
    ];
    const shown = rng.sample(past, 3 + (i % 3));
    const amt = rng.int(6, 45) * 100;
    const th = (n: number): string => (n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}` : String(n));
    const newCase = rng.pick([
      t(lang, { en: `Unregistered parents' group running a homework club, sponsor: St Anne's Primary PTA (registered), asks £${amt} for books and snacks`, de: `Nicht eingetragene Elterngruppe mit Hausaufgabenclub, Träger: Förderverein der Grundschule (eingetragen), beantragt ${amt} € für Bücher und Snacks`, ja: `未登録の保護者グループによる宿題クラブ、後援団体：小学校PTA（登録済み）、申請額${amt / 100}万円で本と軽食`, es: `Grupo de familias sin inscribir con un club de deberes, entidad gestora: AMPA del colegio (inscrita), solicita ${amt} € para libros y meriendas` }),
      t(lang, { en: `Registered charity, income £${rng.int(50, 200)}k, asks £${amt} of which £${Math.round(amt * 0.8)} is a part-time worker`, de: `Eingetragener Verein, Einnahmen ${rng.int(50, 200)}.000 €, beantragt ${amt} €, davon ${Math.round(amt * 0.8)} € für eine Teilzeitkraft`, ja: `NPO法人、年収${rng.int(500, 2000)}万円、申請額${amt / 100}万円のうち${Math.round(amt * 0.8 / 100)}万円がパート職員の人件費`, es: `Asociación inscrita, ingresos ${rng.int(50, 200)}.000 €, solicita ${th(amt)} €, de los que ${th(Math.round(amt * 0.8))} € son una persona a media jornada` }),
    ]);
    const intro = t(lang, { en: 'Officer\'s recent corrections of your calls:', de: 'Letzte Korrekturen der Referentin an deinen Entscheidungen:', ja: '担当者による最近の判定修正：', es: 'Correcciones recientes de la técnica a tus decisiones:' });
    const next = t(lang, { en: 'New application:', de: 'Neuer Antrag:', ja: '新規申請：', es: 'Nueva solicitud:' });
    return {
      lang,
      messages: [sys(system), user(`${intro}\n${shown.join('\n')}\n\n${next}\n${newCase}`)],
      response_format: jsonSchema('screening', { verdict: oneOf('ELIGIBLE', 'INELIGIBLE', 'REVIEW'), reason: str }),
    };
  },
};

const leReminders: Family = {
  id: 'wm-le-volunteer-reminder-memories', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Retrieved notes on how earlier volunteer events turned out under different reminder approaches are the basis for choosing the reminders for a new event, i.e. generalising from stored outcomes to a fresh case.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'fr', 'de'], i);
    const n = rng.int(25, 120);
    const day = rng.int(1, 28);
    const ev = rng.pick(pickL(lang, {
      en: ['tree planting at Hollow Farm', 'beach clean at Saltdean', 'food bank sorting shift'],
      zh: ['城郊荒山植树', '河道垃圾清理', '食物银行分拣'],
      fr: ['plantation de haies à la ferme des Aulnes', 'nettoyage des berges de la Saône', 'tri à la banque alimentaire'],
      de: ['Baumpflanzung am Schafberg', 'Uferputz an der Elbe', 'Sortierschicht bei der Tafel'],
    }));
    const system = t(lang, {
      en: 'Volunteer coordination assistant. Before scheduling reminders, look up what happened at earlier events.',
      zh: '你是志愿者协调助手。安排提醒之前，先查一下以往活动的情况。',
      fr: 'Assistant de coordination des bénévoles. Avant de programmer des rappels, regarde ce qui s\'est passé lors des événements précédents.',
      de: 'Assistent für Ehrenamtskoordination. Bevor du Erinnerungen planst, schau nach, wie es bei früheren Einsätzen lief.',
    });
    const ask = t(lang, {
      en: `${ev}, Saturday the ${day}th, 9am. ${n} signed up. Sort out the reminders please.`,
      zh: `${ev}，${day}号周六上午9点，已报名${n}人。请安排好提醒。`,
      fr: `${ev}, samedi ${day}, 9 h. ${n} inscrits. Tu peux t'occuper des rappels ?`,
      de: `${ev}, Samstag, der ${day}., 9 Uhr. ${n} Anmeldungen. Kümmer dich bitte um die Erinnerungen.`,
    });
    const mem = pickL(lang, {
      en: [
        'Spring litter pick: email 1 week before only → 52% showed',
        'Canal clean-up: SMS 2 days before + WhatsApp 7am on the day → 81% showed',
        'Orchard pruning: SMS sent at 6am → 3 complaints, 2 unsubscribed',
        'Autumn planting (rain forecast): reminder included carpool sign-up and "we go ahead in rain" → 86% showed',
        'Food bank shift: reminder without the address → 11 people went to the old warehouse',
        'Winter coat drive: 3 reminders in 3 days → 74% showed, several "too many messages" replies',
      ],
      zh: [
        '春季捡垃圾：只在一周前发邮件 → 到场52%',
        '运河清理：提前两天短信 + 当天早7点微信 → 到场81%',
        '果园修剪：早上6点发短信 → 3人投诉，2人退订',
        '秋季植树（预报有雨）：提醒里附了拼车报名和"下雨照常" → 到场86%',
        '食物银行排班：提醒没写地址 → 11人跑去旧仓库',
        '冬衣募集：三天发三次提醒 → 到场74%，多人回复"消息太多"',
      ],
      fr: [
        'Ramassage de printemps : un seul e-mail une semaine avant → 52 % présents',
        'Nettoyage du canal : SMS à J-2 + WhatsApp à 7 h le jour J → 81 % présents',
        'Taille du verger : SMS envoyé à 6 h → 3 plaintes, 2 désinscriptions',
        'Plantation d\'automne (pluie annoncée) : rappel avec inscription au covoiturage et « on maintient sous la pluie » → 86 % présents',
        'Créneau banque alimentaire : rappel sans l\'adresse → 11 personnes à l\'ancien entrepôt',
        'Collecte de manteaux : 3 rappels en 3 jours → 74 % présents, plusieurs « trop de messages »',
      ],
      de: [
        'Frühjahrsputz: nur eine E-Mail eine Woche vorher → 52 % erschienen',
        'Kanalputz: SMS zwei Tage vorher + WhatsApp um 7 Uhr am Tag → 81 % erschienen',
        'Obstbaumschnitt: SMS um 6 Uhr morgens → 3 Beschwerden, 2 Abmeldungen',
        'Herbstpflanzung (Regen angesagt): Erinnerung mit Fahrgemeinschafts-Liste und „wir pflanzen auch bei Regen" → 86 % erschienen',
        'Tafel-Schicht: Erinnerung ohne Adresse → 11 Leute am alten Lager',
        'Wintermantel-Sammlung: 3 Erinnerungen in 3 Tagen → 74 % erschienen, mehrere „zu viele Nachrichten"',
      ],
    });
    const messages: Msg[] = [sys(system), user(ask)];
    exchange(rng, messages, 'recall_memories', { query: ev, k: 6 }, rng.sample(mem, 3 + (i % 3)).map((m, k) => ({ id: `m${rng.int(100, 999)}${k}`, text: m })));
    if (i % 2 === 1) {
      exchange(rng, messages, 'get_event', { date: `2024-${pad(rng.int(3, 11))}-${pad(day)}` }, {
        forecast: rng.pick(['rain 70%', 'dry, 14°C', 'showers after 11:00']), site: ev, km_from_station: rng.int(2, 12), carpool_sheet: rng.chance(0.5),
      });
    }
    return {
      lang, messages,
      tools: [
        tool('recall_memories', 'Search notes from earlier events.', { query: str, k: int }),
        tool('get_event', 'Event details and forecast.', { date: str }),
        tool('schedule_reminders', 'Queue reminder messages to everyone signed up.', { reminders: list(obj({ channel: oneOf('sms', 'email', 'whatsapp'), send_at: str, text: str })) }),
      ],
    };
  },
};

const lePatch: Family = {
  id: 'wm-le-pothole-patch-trials', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Past patches with their conditions and how many months each held are the evidence; the crew must infer what made patches last and apply it to a new street with different traffic and weather.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'es', 'zh'], i);
    const mats = pickL(lang, {
      ja: ['常温合材', '加熱合材', 'スプレーパッチ', '樹脂系補修材'],
      en: ['cold mix', 'hot mix', 'spray injection', 'polymer repair'],
      es: ['aglomerado en frío', 'aglomerado en caliente', 'inyección a presión', 'mortero polimérico'],
      zh: ['冷补料', '热拌沥青', '喷射修补', '树脂修补料'],
    });
    const wet = pickL(lang, { ja: ['乾燥', '湿潤'], en: ['dry', 'wet'], es: ['seco', 'húmedo'], zh: ['干燥', '潮湿'] });
    const streets = pickL(lang, {
      ja: ['本町通り', '駅前通り', '北3条', '川端町', '緑ヶ丘', '新町', '旭通り', '港町'],
      en: ['Mill Rd', 'Queens Ave', 'Canal St', 'Depot Ln', 'Hilltop Dr', 'Bridge St', 'Tannery Row', 'Elmwood'],
      es: ['Calle Real', 'Av. Constitución', 'Calle Ancha', 'Ronda Norte', 'Calle Feria', 'Camino Viejo', 'Calle Cuna', 'Av. del Puerto'],
      zh: ['解放路', '人民大道', '建设街', '北环路', '青年路', '文化街', '滨江路', '工业大道'],
    });
    const rows: string[] = [];
    const logged: Record<string, unknown>[] = [];
    const nRows = 4 + i + rng.int(0, 1);
    for (let k = 0; k < nRows; k++) {
      const m = rng.int(0, 3);
      const buses = rng.pick([0, 20, 60, 150]);
      const temp = rng.int(-3, 24);
      const w = rng.int(0, 1);
      const life = Math.max(0.5, [3, 18, 10, 14][m]! - (m === 0 ? buses / 30 : buses / 60) - (w && m !== 2 ? 6 : 0) - (temp < 5 && m === 1 ? 8 : 0) + rng.int(-1, 1));
      rows.push(`${streets[k % streets.length]} | ${mats[m]} | ${buses} | ${temp} | ${wet[w]} | ${life.toFixed(0)}`);
      logged.push({ street: streets[k % streets.length], material: mats[m], buses_per_day: buses, temp_c: temp, surface: wet[w], months_held: +life.toFixed(0) });
    }
    const header = t(lang, {
      ja: '路線 | 材料 | バス/日 | 施工時気温℃ | 路面 | もった月数', en: 'street | material | buses/day | temp at laying °C | surface | months it held',
      es: 'calle | material | autobuses/día | temperatura al extender °C | firme | meses que aguantó', zh: '路段 | 材料 | 公交/日 | 施工气温℃ | 路面 | 坚持月数',
    });
    const target = nRows < streets.length ? rng.pick(streets.slice(nRows)) : rng.pick(streets);
    const bNow = rng.pick([40, 90, 140]);
    const tNow = rng.int(-2, 8);
    const text = t(lang, {
      ja: `道路維持班の補修記録です。\n${header}\n${rows.join('\n')}\n\n来週、${target}（バス${bNow}本/日）の穴を埋めます。予報では気温${tNow}℃前後、雨上がりで路面は湿っている見込み。どの材料を使えばいい？何か月くらいもちそう？`,
      en: `Patch log from the highways crew:\n${header}\n${rows.join('\n')}\n\nNext week we're filling holes on ${target}, ${bNow} buses a day, forecast around ${tNow}°C and the surface will be wet after rain. What do we lay, and roughly how many months will it hold?`,
      es: `Registro de bacheo de la brigada de vías públicas:\n${header}\n${rows.join('\n')}\n\nLa semana que viene tapamos baches en ${target}, ${bNow} autobuses al día, previsión de unos ${tNow} °C y firme mojado por la lluvia. ¿Qué material echamos y cuántos meses aguantará más o menos?`,
      zh: `道路养护班的补坑记录：\n${header}\n${rows.join('\n')}\n\n下周要补${target}的坑，每天公交${bNow}班，预报气温${tNow}℃左右，雨后路面潮湿。用哪种材料？大概能撑几个月？`,
    });
    if (i % 2 === 1) return { lang, messages: [user(text)] };
    const ask = t(lang, {
      ja: `来週、${target}（バス${bNow}本/日）の穴埋めです。予報は${tNow}℃前後で路面は湿潤。これまでの補修記録を見て、材料と、何か月もちそうかを教えて。`,
      en: `Next week: ${target}, ${bNow} buses/day, about ${tNow}°C, wet surface. Look at the patch records and tell me what to lay and how long it'll hold.`,
      es: `La semana que viene: ${target}, ${bNow} autobuses/día, unos ${tNow} °C, firme mojado. Mira el registro de bacheo y dime qué material usar y cuánto aguantará.`,
      zh: `下周补${target}，每天公交${bNow}班，气温约${tNow}℃，路面潮湿。查一下以往的补坑记录，告诉我用什么材料、能撑多久。`,
    });
    const messages: Msg[] = [
      sys(t(lang, { ja: '道路維持課の補修相談アシスタント。', en: 'Assistant to the highways maintenance team.', es: 'Asistente de la brigada de mantenimiento de vías.', zh: '道路养护科的助手。' })),
      user(ask),
    ];
    exchange(rng, messages, 'patch_records', { since: '2021-01-01' }, logged);
    return {
      lang, messages,
      tools: [
        tool('patch_records', 'Past pothole repairs with conditions and how long they lasted.', { since: str }),
        tool('create_work_order', 'Raise a repair work order.', { street: str, material: str, expected_life_months: int }),
      ],
    };
  },
};

const leAppeal: Family = {
  id: 'wm-le-appeal-email-rounds', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Each draft came back with test-send open and click rates and the director\'s critique, and the new version must carry those outcomes forward into a better email rather than start from scratch.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'pt', 'fr'], i);
    const org = pickL(lang, { de: 'Tafel Rhein-Sieg', en: 'Harbour Food Bank', pt: 'Banco de Alimentos Recife', fr: 'l\'épicerie solidaire de la Croix-Rousse' });
    const name = rng.pick(pickL(lang, { de: ['Sandra', 'Olga'], en: ['Maria', 'Denise'], pt: ['Jaqueline', 'Rosângela'], fr: ['Samia', 'Véronique'] }));
    const cur = pickL(lang, { de: '€', en: '£', pt: 'R$', fr: '€' });
    const left = rng.int(3, 9);
    const system = t(lang, {
      de: `Du schreibst Spendenmails für ${org}. Jede Version geht erst als Test an 2.000 Adressen.`,
      en: `You write fundraising emails for ${org}. Every version goes to a 2,000-address test first.`,
      pt: `Você escreve e-mails de captação para o ${org}. Cada versão vai primeiro para um teste com 2.000 endereços.`,
      fr: `Tu rédiges les e-mails de collecte pour ${org}. Chaque version part d'abord en test sur 2 000 adresses.`,
    });
    const brief = t(lang, {
      de: `Weihnachtsmailing. Ziel: Einzelspenden, 35 € versorgt eine Familie eine Woche. Gib mir Betreff und die ersten drei Sätze.`,
      en: `Christmas email. Aim: one-off gifts, £35 feeds a family for a week. Give me subject and first three sentences.`,
      pt: `E-mail de Natal. Objetivo: doações avulsas, R$ 80 alimentam uma família por uma semana. Me dê assunto e as três primeiras frases.`,
      fr: `E-mail de Noël. Objectif : dons ponctuels, 35 € nourrissent une famille une semaine. Donne-moi l'objet et les trois premières phrases.`,
    });
    const d1 = t(lang, {
      de: 'Betreff: Unterstützen Sie unser Winterprogramm\n\nLiebe Freundinnen und Freunde, Ernährungsarmut betrifft weiterhin viele Familien in unserer Region. Mit Ihrer Unterstützung können wir unsere Programme fortführen. Bitte denken Sie in diesem Jahr an uns.',
      en: 'Subject: Support our winter programme\n\nDear friend, food insecurity continues to affect many families in our region. Your support lets us keep our programmes running. Please remember us this year.',
      pt: 'Assunto: Apoie nosso programa de fim de ano\n\nQuerido amigo, a insegurança alimentar continua atingindo muitas famílias da nossa região. Com o seu apoio mantemos nossos programas funcionando. Lembre-se de nós este ano.',
      fr: 'Objet : Soutenez notre programme d\'hiver\n\nChère amie, cher ami, la précarité alimentaire touche encore de nombreuses familles de notre quartier. Votre soutien nous permet de poursuivre nos actions. Pensez à nous cette année.',
    });
    const d2 = t(lang, {
      de: `Betreff: ${name} hatte noch ${left} € für die ganze Woche – und dann kam der Dienstag, an dem sie zum ersten Mal zu uns kam\n\n${name} ist Pflegehelferin und Mutter von zwei Kindern. Im November blieben ihr nach der Miete noch ${left} €. Bei uns bekam sie Obst, Milch und Brot für sieben Tage.`,
      en: `Subject: ${name} had £${left} left for the whole week, and then came the Tuesday she first walked through our door\n\n${name} is a care assistant and mum of two. In November, after rent, she had £${left} left. Here she got fruit, milk and bread for seven days.`,
      pt: `Assunto: ${name} tinha R$ ${left * 5} para a semana inteira, até a terça-feira em que ela bateu na nossa porta pela primeira vez\n\n${name} é técnica de enfermagem e mãe de dois filhos. Em novembro, depois do aluguel, sobraram R$ ${left * 5}. Aqui ela recebeu frutas, leite e pão para sete dias.`,
      fr: `Objet : ${name} avait ${left} € pour toute la semaine, jusqu'au mardi où elle a poussé notre porte pour la première fois\n\n${name} est aide-soignante et maman de deux enfants. En novembre, une fois le loyer payé, il lui restait ${left} €. Chez nous, elle a reçu fruits, lait et pain pour sept jours.`,
    });
    const d3 = t(lang, {
      de: `Betreff: ${name} hatte noch ${left} €\n\nMit 35 € versorgen Sie eine Familie eine Woche – spenden Sie jetzt! ${name} ist Pflegehelferin und Mutter von zwei Kindern. Im November blieben ihr nach der Miete noch ${left} €.`,
      en: `Subject: ${name} had £${left} left\n\n£35 feeds a family for a week: give now! ${name} is a care assistant and mum of two. In November, after rent, she had £${left} left.`,
      pt: `Assunto: ${name} tinha R$ ${left * 5}\n\nCom R$ 80 você alimenta uma família por uma semana: doe agora! ${name} é técnica de enfermagem e mãe de dois filhos. Em novembro, depois do aluguel, sobraram R$ ${left * 5}.`,
      fr: `Objet : ${name} avait ${left} €\n\nAvec 35 €, vous nourrissez une famille pendant une semaine : donnez maintenant ! ${name} est aide-soignante et maman de deux enfants. En novembre, une fois le loyer payé, il lui restait ${left} €.`,
    });
    const pc = (x: number): string => (lang === 'en' ? x.toFixed(1) : x.toFixed(1).replace('.', ','));
    const o1 = rng.int(11, 15), c1 = pc(rng.int(3, 7) / 10);
    const o2 = rng.int(17, 21), c2 = pc(rng.int(9, 13) / 10);
    const o3 = rng.int(23, 27), c3 = pc(rng.int(8, 11) / 10);
    const n1 = t(lang, {
      de: `Test: Öffnungsrate ${o1} %, Klickrate ${c1} %. Geschäftsführung: „Zu abstrakt, kein Mensch drin, die Bitte geht unter."`,
      en: `Test: opens ${o1}%, clicks ${c1}%. Director: "Too abstract, no person in it, the ask gets lost."`,
      pt: `Teste: abertura ${o1}%, cliques ${c1}%. Diretora: "Abstrato demais, não tem ninguém ali, o pedido some."`,
      fr: `Test : ouverture ${o1} %, clics ${c1} %. Direction : « Trop abstrait, personne dedans, la demande se perd. »`,
    });
    const n2 = t(lang, {
      de: `Test: Öffnungsrate ${o2} %, Klickrate ${c2} %. Geschäftsführung: „Die Geschichte trägt. Betreff ist auf dem Handy abgeschnitten, und der Betrag fehlt."`,
      en: `Test: opens ${o2}%, clicks ${c2}%. Director: "The story works. Subject is cut off on phones, and the amount is missing."`,
      pt: `Teste: abertura ${o2}%, cliques ${c2}%. Diretora: "A história funciona. O assunto fica cortado no celular e falta o valor."`,
      fr: `Test : ouverture ${o2} %, clics ${c2} %. Direction : « L'histoire marche. L'objet est coupé sur mobile, et le montant manque. »`,
    });
    const n3 = t(lang, {
      de: `Test: Öffnungsrate ${o3} %, Klickrate ${c3} %. Geschäftsführung: „Betreff sitzt. Jetzt kommt die Bitte vor der Geschichte, das wirkt aufdringlich."`,
      en: `Test: opens ${o3}%, clicks ${c3}%. Director: "Subject lands. Now the ask comes before the story and it feels pushy."`,
      pt: `Teste: abertura ${o3}%, cliques ${c3}%. Diretora: "O assunto acertou. Agora o pedido vem antes da história e soa insistente."`,
      fr: `Test : ouverture ${o3} %, clics ${c3} %. Direction : « L'objet fonctionne. Maintenant la demande arrive avant l'histoire, ça fait forcing. »`,
    });
    const again = t(lang, { de: 'Nächste Version für den großen Versand.', en: 'Next version for the full send.', pt: 'Próxima versão para o envio completo.', fr: 'Version suivante pour l\'envoi complet.' });
    const messages: Msg[] = [sys(system), user(brief), say(d1), user(n1), say(d2)];
    if (i % 2 === 1) messages.push(user(n2), say(d3), user(`${n3}\n\n${again}`));
    else messages.push(user(`${n2}\n\n${again}`));
    return { lang, messages, max_tokens: rng.pick([300, 400, 500]) };
  },
};

// ───────────────────────────── non-agentic ─────────────────────────────

const naTranslate: Family = {
  id: 'wm-na-boil-water-notice-translate', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
  rationale: 'Translating a public notice is a one-shot text transformation with no decision, memory or plan; simple_reflex is only the closest type.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'fr', 'ja', 'zh'], i);
    const hours = rng.int(24, 72);
    const area = rng.pick(pickL(lang, {
      en: ['Riverside and Mill Hill', 'the Eastgate estate'], de: ['im Oberdorf und Am Anger', 'im Neubaugebiet Nord'],
      fr: ['le quartier des Minimes', 'les hameaux de la Combe'], ja: ['東町・西町地区', '緑ヶ丘団地'], zh: ['东湖街道', '新村片区'],
    }));
    const text = t(lang, {
      en: `Translate this into Spanish for the door hangers, keep it plain:\n\nBOIL WATER NOTICE. After a main break, water in ${area} may be unsafe to drink. Until further notice, bring tap water to a rolling boil for one minute before drinking, brushing teeth or making baby formula. Bottled water is available at the community centre from 8am to 8pm. We expect to lift this notice within ${hours} hours.`,
      de: `Bitte ins Englische übersetzen, für die Aushänge in der Gemeinschaftsunterkunft:\n\nABKOCHGEBOT. Nach einem Rohrbruch kann das Leitungswasser ${area} verunreinigt sein. Bis auf Weiteres Wasser zum Trinken, Zähneputzen und für Babynahrung mindestens eine Minute sprudelnd kochen. Flaschenwasser gibt es im Bürgerhaus von 8 bis 20 Uhr. Wir rechnen damit, das Gebot in ${hours} Stunden aufzuheben.`,
      fr: `Traduis en portugais pour les familles du quartier, en restant simple :\n\nAVIS D'ÉBULLITION. Suite à une casse de conduite, l'eau du robinet dans ${area} peut être impropre à la consommation. Jusqu'à nouvel ordre, faites bouillir l'eau une minute avant de la boire, de vous brosser les dents ou de préparer les biberons. De l'eau en bouteille est distribuée à la maison de quartier de 8 h à 20 h. Nous prévoyons de lever cet avis d'ici ${hours} heures.`,
      ja: `次のお知らせを英語に訳してください。やさしい表現でお願いします。\n\n煮沸のお願い。水道管の破損により、${area}の水道水が飲用に適さないおそれがあります。当分の間、飲む・歯をみがく・ミルクを作る際は、水を1分以上沸騰させてから使ってください。ペットボトルの水は公民館で午前8時から午後8時まで配布しています。${hours}時間以内の解除を見込んでいます。`,
      zh: `请把下面这则通知翻译成英文，贴在社区公告栏，语言要通俗：\n\n煮沸饮用通知。因供水管道爆裂，${area}的自来水可能不宜直接饮用。在另行通知之前，饮用、刷牙和冲调婴儿奶粉前请将水煮沸至少一分钟。社区服务中心每天8点至20点免费发放瓶装水。预计${hours}小时内解除本通知。`,
    });
    return { lang, messages: [user(text)] };
  },
};

const naSummary: Family = {
  id: 'wm-na-wash-report-summary', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'Condensing a pasted monthly field report for the board is a summarising job with no decision or action to take; simple_reflex is only the closest type.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'en', 'es', 'fr'], i);
    const wells = rng.int(3, 12);
    const broken = rng.int(0, 3);
    const latr = rng.int(20, 140);
    const hh = rng.int(400, 2500);
    const budget = rng.int(55, 95);
    const report = t(lang, {
      pt: `RELATÓRIO MENSAL – Projeto Água Viva, distrito de ${rng.pick(['Mogovolas', 'Meconta', 'Monapo'])}\n1. Furos: ${wells} reabilitados no mês; ${broken} bombas Afridev aguardam peças (retentor e haste). Comités de água formados em todos os furos reabilitados, com 40% de mulheres.\n2. Saneamento: ${latr} latrinas melhoradas concluídas; a meta trimestral era ${latr + rng.int(10, 60)}. Atraso por falta de cimento em Nampula.\n3. Higiene: sessões de lavagem das mãos em ${rng.int(4, 15)} escolas; ${hh} famílias visitadas por ativistas.\n4. Qualidade da água: 2 amostras com coliformes acima do limite no furo de Namiteka; cloragem de choque feita, nova análise pendente.\n5. Financeiro: ${budget}% do orçamento do trimestre executado.\n6. Riscos: estrada para Lalane intransitável com as chuvas; motorista de saída no fim do mês.`,
      en: `MONTHLY REPORT – Clean Water for ${rng.pick(['Kilifi', 'Kwale', 'Tana River'])}\n1. Boreholes: ${wells} rehabilitated this month; ${broken} hand pumps waiting for spare parts (seals, rods). Water committees set up at every site, 40% women.\n2. Sanitation: ${latr} improved latrines finished against a quarterly target of ${latr + rng.int(10, 60)}. Delay due to cement shortage in Mombasa.\n3. Hygiene: handwashing sessions in ${rng.int(4, 15)} schools; ${hh} households visited by promoters.\n4. Water quality: 2 samples over the coliform limit at Mwapula borehole; shock chlorination done, retest pending.\n5. Finance: ${budget}% of the quarter's budget spent.\n6. Risks: road to Bamba impassable in rains; driver leaving end of month.`,
      es: `INFORME MENSUAL – Proyecto Agua Segura, municipio de ${rng.pick(['San Juan Cotzal', 'Nebaj', 'Chajul'])}\n1. Pozos: ${wells} rehabilitados en el mes; ${broken} bombas manuales esperan repuestos (sellos y varillas). Comités de agua conformados en todos los pozos, con 40% de mujeres.\n2. Saneamiento: ${latr} letrinas mejoradas terminadas frente a una meta trimestral de ${latr + rng.int(10, 60)}. Retraso por falta de cemento en la cabecera.\n3. Higiene: sesiones de lavado de manos en ${rng.int(4, 15)} escuelas; ${hh} familias visitadas por promotoras.\n4. Calidad del agua: 2 muestras con coliformes por encima del límite en el pozo de Xe'cotz; cloración de choque hecha, falta el nuevo análisis.\n5. Finanzas: ${budget}% del presupuesto trimestral ejecutado.\n6. Riesgos: camino a Vichivalá intransitable por las lluvias; el piloto deja el proyecto a fin de mes.`,
      fr: `RAPPORT MENSUEL – Projet Eau pour Tous, commune de ${rng.pick(['Kaya', 'Boulsa', 'Pissila'])}\n1. Forages : ${wells} réhabilités ce mois-ci ; ${broken} pompes à motricité humaine attendent des pièces (joints, tringles). Comités de gestion installés sur tous les forages, 40 % de femmes.\n2. Assainissement : ${latr} latrines améliorées achevées pour un objectif trimestriel de ${latr + rng.int(10, 60)}. Retard dû à la pénurie de ciment à Ouagadougou.\n3. Hygiène : séances de lavage des mains dans ${rng.int(4, 15)} écoles ; ${hh} ménages visités par les relais communautaires.\n4. Qualité de l'eau : 2 échantillons au-dessus du seuil de coliformes au forage de Tangaye ; chloration choc faite, nouvelle analyse en attente.\n5. Finances : ${budget} % du budget trimestriel consommé.\n6. Risques : piste vers Dablo impraticable en saison des pluies ; le chauffeur part en fin de mois.`,
    });
    const ask = t(lang, {
      pt: 'Resuma em 5 tópicos curtos para a reunião da diretoria, sem jargão.', en: 'Boil this down to 5 short bullets for the trustees, no jargon.',
      es: 'Resúmelo en 5 viñetas cortas para la junta directiva, sin jerga técnica.', fr: 'Résume en 5 puces courtes pour le conseil d\'administration, sans jargon.',
    });
    return { lang, messages: rng.chance(0.5) ? [user(`${ask}\n\n${report}`)] : [user(report), say(t(lang, { en: 'Got it. What would you like me to do with this report?', pt: 'Recebido. O que você quer que eu faça com este relatório?', es: 'Recibido. ¿Qué quieres que haga con este informe?', fr: 'Bien reçu. Que veux-tu que je fasse de ce rapport ?' })), user(ask)] };
  },
};

const naTheory: Family = {
  id: 'wm-na-theory-of-change-explain', label: 'goal_based', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'The user wants an explanation of how a theory of change links activities to intended outcomes; it is plain chat, and goal_based is only the closest type because the topic is working backward from a desired result.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'de', 'ja'], i);
    const topic = rng.pick(pickL(lang, {
      es: ['un banco de semillas comunitario', 'una biblioteca rural itinerante'], en: ['a community seed bank', 'a mobile rural library'],
      de: ['eine Nachbarschafts-Werkstatt', 'ein Lesepatenprogramm'], ja: ['子ども食堂', '移動図書館'],
    }));
    const first = t(lang, {
      es: `El financiador nos pide una "teoría del cambio" para ${topic}. ¿Qué es exactamente y en qué se diferencia de un marco lógico?`,
      en: `The funder wants a "theory of change" for ${topic}. What is it exactly, and how is it different from a logframe?`,
      de: `Der Geldgeber verlangt eine „Theory of Change" für ${topic}. Was ist das genau, und wie unterscheidet sie sich von einem Logframe?`,
      ja: `助成元から${topic}の「セオリー・オブ・チェンジ（変化の理論）」を出すよう言われました。これは具体的に何で、ロジックフレームとはどう違うのですか？`,
    });
    if (i % 2 === 0) return { lang, messages: [user(first)] };
    const reply = t(lang, {
      es: 'Una teoría del cambio describe la cadena causal entre lo que hacéis y el cambio que esperáis ver, con los supuestos que la sostienen. El marco lógico es más bien una tabla de seguimiento con indicadores y medios de verificación.',
      en: 'A theory of change describes the causal chain from what you do to the change you expect to see, including the assumptions it rests on. A logframe is more of a monitoring table with indicators and means of verification.',
      de: 'Eine Theory of Change beschreibt die Wirkungskette von euren Aktivitäten bis zur erhofften Veränderung, samt der Annahmen, auf denen sie beruht. Ein Logframe ist eher eine Monitoring-Tabelle mit Indikatoren und Nachweisquellen.',
      ja: '変化の理論は、活動から期待する変化までの因果のつながりと、その前提となる仮定を説明するものです。ロジックフレームは指標と検証手段を並べたモニタリング用の表に近いものです。',
    });
    const follow = t(lang, {
      es: '¿Y qué son los "supuestos"? ¿Nos puedes poner un ejemplo sencillo?', en: 'And what counts as an "assumption"? Can you give a simple example?',
      de: 'Und was zählt als „Annahme"? Hast du ein einfaches Beispiel?', ja: '「前提（仮定）」とは例えばどんなものですか？簡単な例をください。',
    });
    return { lang, messages: [user(first), say(reply), user(follow)] };
  },
};

const naCostEff: Family = {
  id: 'wm-na-cost-effectiveness-explain', label: 'utility_based', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'The user asks for an explanation of cost-effectiveness measures for donors, not for a choice to be made; utility_based is only the closest type since the topic is comparing value per unit of cost.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'zh', 'es'], i);
    const n = rng.int(40, 400);
    const text = t(lang, {
      en: `A donor asked me what "cost per DALY averted" means and why our bednet report says $${n}. Can you explain it in a way I could repeat over coffee?`,
      pt: `Um doador perguntou o que significa "custo por DALY evitado" e por que nosso relatório de mosquiteiros fala em US$ ${n}. Você pode explicar de um jeito que eu consiga repetir num café?`,
      zh: `有位捐赠人问我"每避免一个伤残调整生命年（DALY）的成本"是什么意思，为什么我们的蚊帐项目报告写的是${n}美元。能不能用喝咖啡时能讲清楚的方式解释一下？`,
      es: `Un donante me preguntó qué significa "coste por AVAD evitado" y por qué nuestro informe de mosquiteros dice ${n} USD. ¿Me lo explicas de forma que pueda contarlo tomando un café?`,
    });
    return { lang, messages: i === 3 ? [sys('Eres el asistente del equipo de relaciones con donantes.'), user(text)] : [user(text)] };
  },
};

const naAAR: Family = {
  id: 'wm-na-after-action-review-chat', label: 'learning', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'This is a conversation about what an after-action review is and how to hold one, with no decision drawn from earlier cases; learning is only the closest type because the subject is improving from past operations.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'de', 'ja'], i);
    const op = rng.pick(pickL(lang, {
      fr: ['les inondations de novembre', 'la distribution de colis de Noël'], en: ['the November floods', 'the heatwave cooling centres'],
      de: ['dem Hochwassereinsatz im Juni', 'der Kältehilfe im Januar'], ja: ['7月の豪雨対応', '年末の炊き出し'],
    }));
    const q = t(lang, {
      fr: `Notre coordinatrice veut faire un « retour d'expérience » (RETEX) après ${op}. C'est quoi concrètement, qui faut-il inviter et combien de temps ça dure d'habitude ?`,
      en: `Our coordinator wants to run an after-action review after ${op}. What is it actually, who should be in the room, and how long does one usually take?`,
      de: `Unsere Koordinatorin will nach ${op} eine Nachbesprechung im Stil eines After-Action-Reviews machen. Was ist das konkret, wer sollte dabei sein, und wie lange dauert so etwas normalerweise?`,
      ja: `${op}のあと、コーディネーターが「振り返り会（アフター・アクション・レビュー）」をやりたいそうです。具体的に何をするもので、誰を呼べばよく、普通どれくらいの時間がかかりますか？`,
    });
    if (i < 2) return { lang, messages: [user(q)] };
    const a = t(lang, {
      fr: 'Un RETEX est une réunion courte et structurée autour de quatre questions : qu\'avions-nous prévu, que s\'est-il passé, pourquoi, et que garder ou changer la prochaine fois.',
      en: 'An after-action review is a short, structured meeting around four questions: what did we intend, what actually happened, why, and what do we keep or change next time.',
      de: 'Ein After-Action-Review ist ein kurzes, strukturiertes Treffen zu vier Fragen: Was hatten wir vor, was ist tatsächlich passiert, warum, und was behalten oder ändern wir beim nächsten Mal.',
      ja: 'アフター・アクション・レビューは、「何をするつもりだったか」「実際に何が起きたか」「なぜそうなったか」「次に何を続け、何を変えるか」の4つの問いで進める短い会議です。',
    });
    const f = t(lang, {
      fr: 'Et comment éviter que ça tourne au règlement de comptes entre bénévoles ?', en: 'How do we stop it turning into a blame session between volunteers?',
      de: 'Und wie verhindern wir, dass daraus eine Schuldzuweisung unter Ehrenamtlichen wird?', ja: 'ボランティア同士の責任の押し付け合いにならないようにするには、どうすればいいですか？',
    });
    return { lang, messages: [user(q), say(a), user(f)] };
  },
};

export const trainM: Family[] = [
  sr311, srGauge, srParking, srReceipt, srTriage,
  mbShelter, mbTank, mbRadio, mbLibrary, mbRefuse,
  gbPortal, gbConvoy, gbGrant, gbSluice, gbRoster,
  ubRelief, ubNitrogen, ubParking, ubDiesel, ubMailing,
  leSeasons, leOverrides, leReminders, lePatch, leAppeal,
  naTranslate, naSummary, naTheory, naCostEff, naAAR,
];
