// Fresh classifier families by independent author "d": operations and industry (logistics,
// warehousing, manufacturing, energy and utilities, agriculture, mining, construction, fleet).
// Written blind to the classifier; labels follow the five-type table in TASK-SUITE.md.
import {
  type Draft, type Family, type Lang, type Rng,
  sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msgs = Draft['messages'];

/** Decimal number with a comma for languages that write it that way. */
const dec = (lang: Lang, x: number, d = 1): string => {
  const s = x.toFixed(d);
  return lang === 'de' || lang === 'es' || lang === 'fr' || lang === 'pt' ? s.replace('.', ',') : s;
};
const hhmm = (mins: number): string => `${pad(Math.floor(mins / 60) % 24)}:${pad(mins % 60)}`;
const plate = (rng: Rng): string =>
  `${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}-${rng.int(1000, 9999)}`;

// ───────────────────────────── simple_reflex ─────────────────────────────

const SORT_SITES: Partial<Record<Lang, string[]>> & { en: string[] } = {
  en: ['Columbus East sort centre', 'Daventry DIRFT hub', 'Memphis South cross-dock'],
  de: ['Hub Leipzig-Radefeld', 'Verteilzentrum Hannover-Lehrte', 'Hub Nürnberg-Feucht'],
  ja: ['関西第二物流センター', '厚木ハブ', '北九州DC'],
  es: ['hub de Zaragoza PLAZA', 'centro de clasificación de Coslada', 'cross-dock de Ribarroja'],
};

const srConveyorDivert: Family = {
  id: 'wd-sr-conveyor-divert', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'Each scan event is mapped to one chute from the fixed chute table and the attributes of that parcel alone; nothing carries over and nothing is planned.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'es', 'en'], i);
    const site = rng.pick(SORT_SITES[lang] ?? SORT_SITES.en);
    const kind = (i + rng.int(0, 4)) % 5; // 0 plain, 1 heavy, 2 no-read, 3 hazmat, 4 long
    const code = () => `JJD${rng.int(100000000, 999999999)}`;
    const event = {
      event: 'SCAN',
      tunnel: `T${rng.int(1, 4)}`,
      seq: rng.int(100000, 999999),
      barcodes: kind === 2 ? (rng.chance(0.5) ? [] : [code(), code()]) : [code()],
      dest_zip: kind === 2 ? null : `${rng.int(10, 99)}${pad(rng.int(0, 999), 3)}`,
      weight_kg: kind === 1 ? rng.int(32, 44) + 0.5 : rng.int(1, 27) + rng.int(0, 9) / 10,
      dims_cm: [kind === 4 ? rng.int(121, 165) : rng.int(20, 95), rng.int(15, 60), rng.int(4, 45)],
      hazmat: kind === 3 || (kind === 1 && rng.chance(0.3)),
      service: rng.pick(['STD', 'EXP', 'ECO']),
    };
    const system = t(lang, {
      en: `You are the divert controller for the outbound sortation loop at ${site}. Each message is one scan event from the tunnel reader; answer with the chute the parcel drops into.\n\nChute table (when several lines match, the top one wins):\n1. hazmat = true → chute 20 (dangerous-goods cage)\n2. no barcode, or more than one barcode → chute 99 (recirculate)\n3. weight_kg > 31.5 or any side > 120 cm → chute 14 (manual handling)\n4. destination ZIP starting 10–29 → chute 3; 30–59 → chute 8; 60–99 → chute 11\n\nReply with the JSON object only. Never hold a parcel back.`,
      de: `Du bist die Ausschleussteuerung des Ausgangssorters im ${site}. Jede Nachricht ist ein Scan-Ereignis aus dem Scantunnel; antworte mit der Endstelle, in die das Paket ausgeschleust wird.\n\nEndstellen-Tabelle (treffen mehrere Zeilen zu, gilt die oberste):\n1. hazmat = true → Endstelle 20 (Gefahrgutkäfig)\n2. kein Barcode oder mehr als ein Barcode → Endstelle 99 (Umlauf)\n3. weight_kg > 31,5 oder eine Kante > 120 cm → Endstelle 14 (Handverladung)\n4. Ziel-PLZ beginnt mit 10–29 → Endstelle 3; 30–59 → Endstelle 8; 60–99 → Endstelle 11\n\nAntworte nur mit dem JSON-Objekt. Halte kein Paket zurück.`,
      ja: `あなたは${site}の出荷ソーターの仕分け制御です。各メッセージはスキャントンネルからのスキャンイベント1件です。荷物を落とすシュート番号を答えてください。\n\nシュート表（複数の行に当てはまる場合は上の行を優先）:\n1. hazmat = true → シュート20（危険物ケージ）\n2. バーコードなし、または複数 → シュート99（再循環）\n3. weight_kg が31.5超、またはいずれかの辺が120 cm超 → シュート14（手作業）\n4. 宛先郵便番号の先頭が10〜29 → シュート3、30〜59 → シュート8、60〜99 → シュート11\n\nJSONオブジェクトだけを返してください。荷物を保留してはいけません。`,
      es: `Eres el control de desvíos del sorter de salida del ${site}. Cada mensaje es una lectura del túnel de escaneo; responde con la rampa a la que cae el bulto.\n\nTabla de rampas (si encajan varias líneas, manda la de arriba):\n1. hazmat = true → rampa 20 (jaula de mercancías peligrosas)\n2. sin código de barras o con más de uno → rampa 99 (recircular)\n3. weight_kg > 31,5 o algún lado > 120 cm → rampa 14 (manipulación manual)\n4. código postal de destino que empieza por 10–29 → rampa 3; 30–59 → rampa 8; 60–99 → rampa 11\n\nResponde solo con el objeto JSON. No retengas ningún bulto.`,
    });
    const lead = t(lang, { en: 'scan event:', de: 'Scan-Ereignis:', ja: 'スキャンイベント:', es: 'lectura:' });
    return {
      lang,
      messages: [sys(system), user(`${lead}\n${JSON.stringify(event)}`)],
      response_format: jsonSchema('divert', { chute: oneOf('3', '8', '11', '14', '20', '99'), because: str }),
      max_tokens: 60,
    };
  },
};

const srForkliftSpeed: Family = {
  id: 'wd-sr-forklift-speed-cap', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'The speed cap is a direct condition-action response to the one telematics frame in the request, and the prompt says earlier frames are irrelevant.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'zh', 'pt', 'en'], i);
    const truck = `${rng.pick(['RT', 'FL', 'R'])}-${rng.int(10, 89)}`;
    const site = t(lang, {
      en: rng.pick(['at the Rotterdam Maasvlakte DC', 'at the Reno fulfilment centre', 'at the Tilbury cold store']),
      fr: rng.pick(["à l'entrepôt de Saint-Quentin-Fallavier", 'sur la plateforme de Moissy-Cramayel']),
      zh: rng.pick(['嘉兴冷链仓', '昆山三号仓']),
      pt: rng.pick(['no CD de Cajamar', 'no armazém de Extrema']),
    });
    const system = t(lang, {
      en: `# Role\nYou are SpeedGuard, the on-board safety module of reach truck ${truck} ${site}.\n\n# Input\nEvery user message is one telematics frame (JSON) sampled at 2 Hz. React to that frame alone; the PLC re-applies the last cap by itself, so earlier frames do not matter.\n\n# Tools\n- set_speed_limit(kmh): travel-speed cap for the next 500 ms\n- sound_horn(pattern): 'short' or 'long'\n\n# Rules (the lowest applicable cap wins)\n- pedestrian_tag_m < 3 → 0 km/h and sound_horn('long')\n- pedestrian_tag_m from 3 to 8 → 4 km/h\n- zone is 'ramp' or 'cold_store' → 6 km/h\n- load_kg > 0 and mast_height_m > 2.0 → 3 km/h\n- blue_spot_fault = true → 5 km/h\n- otherwise → 12 km/h\n\n# Output contract\nCall set_speed_limit exactly once per frame. Call sound_horn only when a rule asks for it. Never answer in prose.`,
      fr: `# Rôle\nTu es SpeedGuard, le module de sécurité embarqué du chariot à mât rétractable ${truck} ${site}.\n\n# Entrée\nChaque message utilisateur est une trame télématique (JSON) échantillonnée à 2 Hz. Réagis à cette trame seule ; l'automate réapplique la dernière limite tout seul, les trames précédentes ne comptent pas.\n\n# Outils\n- set_speed_limit(kmh) : limite de vitesse pour les 500 ms suivantes\n- sound_horn(pattern) : 'short' ou 'long'\n\n# Règles (la limite la plus basse l'emporte)\n- pedestrian_tag_m < 3 → 0 km/h et sound_horn('long')\n- pedestrian_tag_m entre 3 et 8 → 4 km/h\n- zone 'ramp' ou 'cold_store' → 6 km/h\n- load_kg > 0 et mast_height_m > 2,0 → 3 km/h\n- blue_spot_fault = true → 5 km/h\n- sinon → 12 km/h\n\n# Contrat de sortie\nAppelle set_speed_limit exactement une fois par trame. N'appelle sound_horn que si une règle l'exige. Jamais de texte libre.`,
      zh: `# 角色\n你是 SpeedGuard，${site}前移式叉车 ${truck} 的车载安全模块。\n\n# 输入\n每条用户消息是一帧车载遥测数据（JSON，2 Hz 采样）。只根据这一帧做出反应；PLC 会自行保持上一次的限速，之前的帧无需考虑。\n\n# 工具\n- set_speed_limit(kmh)：接下来 500 ms 的行驶限速\n- sound_horn(pattern)：'short' 或 'long'\n\n# 规则（取所有适用限速中的最低值）\n- pedestrian_tag_m < 3 → 0 km/h，并 sound_horn('long')\n- pedestrian_tag_m 在 3 到 8 之间 → 4 km/h\n- zone 为 'ramp' 或 'cold_store' → 6 km/h\n- load_kg > 0 且 mast_height_m > 2.0 → 3 km/h\n- blue_spot_fault = true → 5 km/h\n- 其他情况 → 12 km/h\n\n# 输出约定\n每帧必须且只能调用一次 set_speed_limit；只有规则要求时才调用 sound_horn。不要输出文字。`,
      pt: `# Papel\nVocê é o SpeedGuard, módulo de segurança embarcado da empilhadeira retrátil ${truck} ${site}.\n\n# Entrada\nCada mensagem do usuário é um quadro de telemetria (JSON) amostrado a 2 Hz. Reaja apenas a esse quadro; o CLP reaplica o último limite sozinho, então quadros anteriores não importam.\n\n# Ferramentas\n- set_speed_limit(kmh): limite de velocidade para os próximos 500 ms\n- sound_horn(pattern): 'short' ou 'long'\n\n# Regras (vale o menor limite aplicável)\n- pedestrian_tag_m < 3 → 0 km/h e sound_horn('long')\n- pedestrian_tag_m entre 3 e 8 → 4 km/h\n- zona 'ramp' ou 'cold_store' → 6 km/h\n- load_kg > 0 e mast_height_m > 2,0 → 3 km/h\n- blue_spot_fault = true → 5 km/h\n- caso contrário → 12 km/h\n\n# Contrato de saída\nChame set_speed_limit exatamente uma vez por quadro. Chame sound_horn só quando uma regra exigir. Nunca responda em texto.`,
    });
    const zone = rng.pick(['aisle_14', 'dock', 'ramp', 'cold_store', 'aisle_03', 'staging', 'aisle_22']);
    const loaded = rng.chance(0.6);
    const frame = {
      ts: `2025-0${rng.int(1, 9)}-${pad(rng.int(1, 28))}T${hhmm(rng.int(300, 1380))}:${pad(rng.int(0, 59))}.${rng.pick(['0', '5'])}Z`,
      truck,
      zone,
      speed_kmh: rng.int(0, 13) + rng.int(0, 9) / 10,
      load_kg: loaded ? rng.int(180, 1400) : 0,
      mast_height_m: loaded ? rng.int(0, 55) / 10 : rng.int(0, 8) / 10,
      pedestrian_tag_m: rng.chance(0.5) ? rng.int(15, 120) / 10 : null,
      blue_spot_fault: rng.chance(0.15),
      battery_pct: rng.int(18, 97),
    };
    return {
      lang,
      messages: [sys(system), user(JSON.stringify(frame))],
      tools: [
        tool('set_speed_limit', 'Set the travel-speed cap of the truck in km/h for the next control cycle.', { kmh: num }),
        tool('sound_horn', 'Sound the horn with the given pattern.', { pattern: oneOf('short', 'long') }),
      ],
      tool_choice: 'required',
    };
  },
};

type Alarm = { en: string; de: string; fr: string; disp: 'ESCALATE' | 'DISPATCH' | 'ACK' | 'SUPPRESS' };
const SUBSTATIONS: Record<'en' | 'de' | 'fr', string[]> = {
  en: ['Marsh Lane', 'Kirkby West', 'Harbour Road', 'Oldfield', 'Stanton Moor', 'Ferry Bridge'],
  de: ['UW Nordhafen', 'UW Lindenau', 'UW Hohenfelde', 'UW Am Kanal', 'UW Steinbühl'],
  fr: ['poste de Villiers', 'poste des Aubrais', 'poste de Grand-Quevilly', 'poste de Saint-Priest'],
};
function alarm(rng: Rng, lang: 'en' | 'de' | 'fr', kind: number, time: string): Alarm {
  const ss = rng.pick(SUBSTATIONS[lang]);
  const f = rng.int(1, 12);
  const tx = rng.int(1, 3);
  const a = rng.int(5, 17);
  const kiosk = `K-1${pad(rng.int(1, 40))}`;
  const mins = rng.int(6, 25);
  const all: Alarm[] = [
    { en: `${time} ${ss} T${tx} OLTC tap ${a} → ${a + 1}`, de: `${time} ${ss} T${tx} Stufenschalter Stufe ${a} → ${a + 1}`, fr: `${time} ${ss} T${tx} régleur en charge prise ${a} → ${a + 1}`, disp: 'ACK' },
    { en: `${time} ${ss} F${f} CB trip, auto-reclose successful, CB closed`, de: `${time} ${ss} Abgang F${f} LS-Auslösung, AWE erfolgreich, LS EIN`, fr: `${time} ${ss} départ F${f} déclenchement disjoncteur, réenclenchement réussi, disjoncteur fermé`, disp: 'ACK' },
    { en: `${time} ${ss} F${f} CB trip, auto-reclose unsuccessful, CB LOCKED OUT (51N earth fault)`, de: `${time} ${ss} Abgang F${f} LS-Auslösung, AWE erfolglos, LS verriegelt AUS (Erdschluss 51N)`, fr: `${time} ${ss} départ F${f} déclenchement, réenclenchement échoué, disjoncteur verrouillé (défaut terre 51N)`, disp: 'DISPATCH' },
    { en: `${time} ${ss} T${tx} Buchholz TRIP`, de: `${time} ${ss} T${tx} Buchholz-Auslösung`, fr: `${time} ${ss} T${tx} déclenchement Buchholz`, disp: 'ESCALATE' },
    { en: `${time} ${ss} 110 V DC charger AC supply fail`, de: `${time} ${ss} Ladegerät 110 V DC Netzausfall`, fr: `${time} ${ss} chargeur 110 V CC défaut alimentation`, disp: 'DISPATCH' },
    { en: `${time} ${kiosk} door contact OPEN`, de: `${time} ${kiosk} Türkontakt OFFEN`, fr: `${time} ${kiosk} contact de porte OUVERT`, disp: 'SUPPRESS' },
    { en: `${time} ${ss} panel heater fail`, de: `${time} ${ss} Schaltschrankheizung gestört`, fr: `${time} ${ss} défaut chauffage cellule`, disp: 'SUPPRESS' },
    { en: `${time} ${ss} RTU comms lost ${mins} min`, de: `${time} ${ss} FWK-Verbindung seit ${mins} min gestört`, fr: `${time} ${ss} liaison RTU perdue depuis ${mins} min`, disp: 'DISPATCH' },
    { en: `${time} ${ss} T${tx} differential protection operated`, de: `${time} ${ss} T${tx} Differentialschutz angesprochen`, fr: `${time} ${ss} T${tx} protection différentielle déclenchée`, disp: 'ESCALATE' },
    { en: `${time} ${ss} F${f} earth fault alarm → NORMAL after 40 s`, de: `${time} ${ss} Abgang F${f} Erdschlussmeldung → GEHEND nach 40 s`, fr: `${time} ${ss} départ F${f} alarme défaut terre → RETOUR NORMAL après 40 s`, disp: 'ACK' },
    { en: `${time} ${ss} F${f} CB SF6 low pressure stage 1`, de: `${time} ${ss} Abgang F${f} LS SF6-Druck niedrig Stufe 1`, fr: `${time} ${ss} départ F${f} disjoncteur pression SF6 basse seuil 1`, disp: 'DISPATCH' },
  ];
  return all[kind % all.length]!;
}

const srSubstationAlarm: Family = {
  id: 'wd-sr-substation-alarm-desk', label: 'simple_reflex', secondary: 'model_based_reflex', difficulty: 'hard', variants: 4,
  rationale: 'The desk must give each alarm line a disposition from the fixed categories and is told to treat every line on its own, so the history in the chat is context, not a world model to update.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'fr'], i) as 'en' | 'de' | 'fr';
    const dno = t(lang, { en: rng.pick(['Northmere Power Networks', 'Severn Vale Electricity']), de: rng.pick(['Stadtwerke Rheinau Netz', 'Netzgesellschaft Elbmark']), fr: rng.pick(['la régie de Val-de-Loire', 'SICAE de la Somme']) });
    const system = t(lang, {
      en: `You sit on the first-line alarm desk for the ${dno} 33/11 kV SCADA. Alarm lines reach you one at a time. Give each line exactly one disposition word and nothing else. Correlation across alarms is done by the control engineer's own tools, not by you: answer every line as if it were the only one.\n\nESCALATE – any transformer protection operation (Buchholz, differential, winding temperature trip), busbar protection, SF6 lockout.\nDISPATCH – feeder breaker locked out after auto-reclose, battery or charger faults, RTU communications lost for more than 5 minutes, SF6 low pressure stage 1.\nACK – tap-changer movements, successful auto-reclose, anything reported back to normal within the same line.\nSUPPRESS – nuisance list: door contacts at unmanned kiosks K-101 to K-140, panel heater failures, lamp tests.`,
      de: `Du bist die Erstbewertung der Störmeldungen im Netzleitsystem (110/20 kV) von ${dno}. Meldungen kommen einzeln an. Antworte auf jede Zeile mit genau einem Wort, sonst nichts. Die Korrelation mehrerer Meldungen übernimmt der Schaltingenieur mit seinen eigenen Werkzeugen, nicht du: Bewerte jede Zeile so, als wäre sie die einzige.\n\nESCALATE – jede Trafoschutz-Anregung (Buchholz, Differentialschutz, Wicklungstemperatur-Auslösung), Sammelschienenschutz, SF6-Sperre.\nDISPATCH – Abgangs-LS nach AWE verriegelt, Batterie- oder Ladegerätstörung, Fernwirkverbindung länger als 5 Minuten gestört, SF6-Druck niedrig Stufe 1.\nACK – Stufenschalterbewegungen, erfolgreiche AWE, alles, was in derselben Zeile wieder als gehend gemeldet wird.\nSUPPRESS – Störliste: Türkontakte der unbesetzten Stationen K-101 bis K-140, Schaltschrankheizungen, Lampentests.`,
      fr: `Tu tiens le premier niveau de la console d'alarmes SCADA HTA de ${dno}. Les alarmes arrivent une par une. Réponds à chaque ligne par un seul mot, rien d'autre. La corrélation entre alarmes est faite par l'ingénieur de conduite avec ses propres outils, pas par toi : traite chaque ligne comme si elle était la seule.\n\nESCALATE – toute action de protection transformateur (Buchholz, différentielle, déclenchement température enroulement), protection barres, verrouillage SF6.\nDISPATCH – disjoncteur de départ verrouillé après réenclenchement, défauts batterie ou chargeur, liaison RTU perdue depuis plus de 5 minutes, pression SF6 basse seuil 1.\nACK – mouvements du régleur en charge, réenclenchement réussi, tout ce qui revient à la normale dans la même ligne.\nSUPPRESS – liste des alarmes parasites : contacts de porte des postes non gardés K-101 à K-140, défauts de chauffage de cellule, tests lampes.`,
    });
    const messages: Msgs = [sys(system)];
    let clock = rng.int(60, 1200);
    const prior = 2 + ((i + rng.int(0, 3)) % 4);
    for (let k = 0; k < prior; k++) {
      clock += rng.int(1, 14);
      const a = alarm(rng, lang, rng.int(0, 10), hhmm(clock));
      messages.push(user(a[lang]), say(a.disp));
    }
    clock += rng.int(1, 6);
    // the last line tempts the reader to connect it with earlier ones
    const last = alarm(rng, lang, rng.pick([1, 5, 6, 7, 9]), hhmm(clock));
    const tag = t(lang, { en: ' (repeat)', de: ' (Wiederholung)', fr: ' (répétition)' });
    messages.push(user(rng.chance(0.5) ? last[lang] + tag : last[lang]));
    return { lang, messages, max_tokens: 4 };
  },
};

const srGrainIntake: Family = {
  id: 'wd-sr-grain-intake', label: 'simple_reflex', difficulty: 'easy', variants: 4,
  rationale: 'One truck sample is checked against fixed intake thresholds to give a single accept/dry/discount/reject answer; no history or planning is involved.',
  make: (rng, i) => {
    const lang = langAt(['es', 'pt', 'fr', 'en'], i);
    const cropIdx = rng.int(0, 2);
    const crop = t(lang, {
      en: ['soft wheat', 'feed barley', 'yellow maize'][cropIdx]!,
      es: ['trigo blando', 'cebada pienso', 'maíz amarillo'][cropIdx]!,
      pt: ['trigo mole', 'cevada forrageira', 'milho amarelo'][cropIdx]!,
      fr: ['blé tendre', "orge fourragère", 'maïs jaune'][cropIdx]!,
    });
    const twMin = [76, 62, 70][cropIdx]!;
    const coop = t(lang, { en: rng.pick(['Wolds Grain Ltd', 'Fenland Farmers Co-op']), es: rng.pick(['Cooperativa Agraria San Isidro', 'Cooperativa del Campo de Calatrava']), pt: rng.pick(['Cooperativa Agrária Vale do Tibagi', 'Coopercampos']), fr: rng.pick(['coopérative Terres de Beauce', 'coopérative Uniré']) });
    const system = t(lang, {
      en: `You are the intake assistant at the weighbridge and lab of ${coop}. For every lorry you get the probe sample. Answer with one word only: ACCEPT, DRY, DISCOUNT or REJECT.\nThresholds for ${crop}:\n- live insects → REJECT (always)\n- moisture > 18 % → REJECT\n- moisture from 14.5 % to 18 % → DRY\n- admixture > 2 % or test weight < ${twMin} kg/hl → DISCOUNT\n- otherwise → ACCEPT\nIf several apply, the most severe wins (REJECT > DRY > DISCOUNT > ACCEPT).`,
      es: `Eres el asistente de recepción en la báscula y el laboratorio de la ${coop}. Por cada camión te pasan la muestra de la sonda. Contesta con una sola palabra: ACEPTAR, SECAR, DESCUENTO o RECHAZAR.\nUmbrales para ${crop}:\n- insectos vivos → RECHAZAR (siempre)\n- humedad > 18 % → RECHAZAR\n- humedad entre 14,5 % y 18 % → SECAR\n- impurezas > 2 % o peso específico < ${twMin} kg/hl → DESCUENTO\n- en otro caso → ACEPTAR\nSi se cumplen varios, manda el más severo (RECHAZAR > SECAR > DESCUENTO > ACEPTAR).`,
      pt: `Você é o assistente de recebimento na balança e no laboratório da ${coop}. Para cada caminhão você recebe a amostra do calador. Responda com uma palavra só: ACEITAR, SECAR, DESCONTO ou RECUSAR.\nLimites para ${crop}:\n- insetos vivos → RECUSAR (sempre)\n- umidade > 18 % → RECUSAR\n- umidade entre 14,5 % e 18 % → SECAR\n- impurezas > 2 % ou PH < ${twMin} kg/hl → DESCONTO\n- caso contrário → ACEITAR\nSe valerem vários, vale o mais severo (RECUSAR > SECAR > DESCONTO > ACEITAR).`,
      fr: `Tu es l'assistant de réception au pont-bascule et au labo de la ${coop}. Pour chaque camion tu reçois l'échantillon de la sonde. Réponds par un seul mot : ACCEPTER, SÉCHER, RÉFACTION ou REFUSER.\nSeuils pour ${crop} :\n- insectes vivants → REFUSER (toujours)\n- humidité > 18 % → REFUSER\n- humidité de 14,5 % à 18 % → SÉCHER\n- impuretés > 2 % ou poids spécifique < ${twMin} kg/hl → RÉFACTION\n- sinon → ACCEPTER\nSi plusieurs s'appliquent, la plus sévère l'emporte (REFUSER > SÉCHER > RÉFACTION > ACCEPTER).`,
    });
    const moist = rng.int(118, 196) / 10;
    const adm = rng.int(3, 38) / 10;
    const tw = twMin + rng.int(-4, 6);
    const bugs = rng.chance(0.15);
    const origin = t(lang, { en: rng.pick(['Driffield', 'March', 'Louth']), es: rng.pick(['Daimiel', 'Tomelloso', 'Medina del Campo']), pt: rng.pick(['Castro', 'Ponta Grossa', 'Tibagi']), fr: rng.pick(['Pithiviers', 'Châteaudun', 'Vitry-le-François']) });
    const line = t(lang, {
      en: `Lorry ${plate(rng)}, ${crop}, moisture ${dec(lang, moist)} %, admixture ${dec(lang, adm)} %, test weight ${tw} kg/hl, live insects: ${bugs ? 'yes, two weevils in the sieve' : 'none'}. Driver says it's from ${origin}, combined yesterday.`,
      es: `Camión ${plate(rng)}, ${crop}, humedad ${dec(lang, moist)} %, impurezas ${dec(lang, adm)} %, peso específico ${tw} kg/hl, insectos vivos: ${bugs ? 'sí, dos gorgojos en la criba' : 'no'}. El conductor dice que viene de ${origin} y que se cosechó ayer.`,
      pt: `Caminhão ${plate(rng)}, ${crop}, umidade ${dec(lang, moist)} %, impurezas ${dec(lang, adm)} %, PH ${tw} kg/hl, insetos vivos: ${bugs ? 'sim, dois gorgulhos na peneira' : 'não'}. O motorista diz que vem de ${origin}, colhido ontem.`,
      fr: `Camion ${plate(rng)}, ${crop}, humidité ${dec(lang, moist)} %, impuretés ${dec(lang, adm)} %, PS ${tw} kg/hl, insectes vivants : ${bugs ? 'oui, deux charançons dans le tamis' : 'non'}. Le chauffeur dit qu'il vient de ${origin}, moissonné hier.`,
    });
    return { lang, messages: [sys(system), user(line)], max_tokens: 5 };
  },
};

const srMineGas: Family = {
  id: 'wd-sr-mine-gas-relay', label: 'simple_reflex', difficulty: 'easy', variants: 4,
  rationale: 'A single gas reading is turned into one of four fixed actions by threshold lookup, with no memory of earlier readings and no planning.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'ja', 'en'], i);
    const mine = t(lang, { en: rng.pick(['Moranbah North', 'Appin colliery', 'Twentymile mine']), zh: rng.pick(['塔山煤矿', '寺河煤矿']), ja: rng.pick(['釧路コールマイン', '池島炭鉱跡試験坑']) });
    const section = t(lang, { en: `longwall ${rng.int(101, 112)} tailgate`, zh: `${rng.int(3, 9)}号综采工作面回风巷`, ja: `第${rng.int(2, 6)}払い 排気坑道` });
    const sensor = `GM-${rng.int(10, 99)}`;
    const reading = `${sensor} ${hhmm(rng.int(0, 1439))} CH4=${rng.int(1, 24) / 10}% CO=${rng.int(0, 70)}ppm O2=${rng.int(188, 209) / 10}% airflow=${rng.int(12, 45) / 10}m/s`;
    const table = t(lang, {
      en: `CH4 ≥ 2.0 %, CO ≥ 50 ppm or O2 < 19.5 % → EVACUATE\nCH4 ≥ 1.0 % → CUT_POWER\nCH4 ≥ 0.5 % → INCREASE_VENT\nanything else → NORMAL\nThe more severe action wins.`,
      zh: `CH4 ≥ 2.0 %、CO ≥ 50 ppm 或 O2 < 19.5 % → EVACUATE\nCH4 ≥ 1.0 % → CUT_POWER\nCH4 ≥ 0.5 % → INCREASE_VENT\n其他 → NORMAL\n同时满足多项时取更严重的动作。`,
      ja: `CH4 ≥ 2.0 %、CO ≥ 50 ppm、または O2 < 19.5 % → EVACUATE\nCH4 ≥ 1.0 % → CUT_POWER\nCH4 ≥ 0.5 % → INCREASE_VENT\nそれ以外 → NORMAL\n複数当てはまる場合は重い方を選ぶ。`,
    });
    const schema = jsonSchema('gas_action', { action: oneOf('NORMAL', 'INCREASE_VENT', 'CUT_POWER', 'EVACUATE') });
    if (i === 3) {
      // everything in one user turn, no system prompt
      return {
        lang,
        messages: [user(`Gas relay check for ${mine}, ${section}. Thresholds:\n${table}\n\nReading: ${reading}\nReturn the action.`)],
        response_format: schema,
      };
    }
    const system = t(lang, {
      en: `Gas relay for ${mine}, ${section}. One reading per message; answer for that reading only.\n${table}`,
      zh: `你是${mine}${section}的瓦斯监测继电器。每条消息是一次读数，只针对这一次读数作答。\n${table}`,
      ja: `${mine} ${section} のガス監視リレーです。1メッセージにつき1回の測定値が届きます。その測定値だけで判断してください。\n${table}`,
    });
    return { lang, messages: [sys(system), user(reading)], response_format: schema, max_tokens: 20 };
  },
};

// ─────────────────────────── model_based_reflex ───────────────────────────

const mbReservoirLevel: Family = {
  id: 'wd-mb-reservoir-frozen-level', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'The level transmitter is frozen, so the agent has to carry its own running level estimate forward hour by hour from pump and flow readings before it can say what to do now.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'en', 'es'], i);
    const res = rng.pick(['R2 Hillcrest', 'SR-7 Los Pinos', 'R4 Cerro Alto', 'R1 Kingsdown']);
    const town = t(lang, { en: rng.pick(['Ashbourne', 'Tarnwick', 'Millbay']), es: rng.pick(['Aguas de Linares', 'Aguas del Alto Duero', 'EMASA Vélez']) });
    const area = rng.pick([900, 1100, 1250, 1400]);
    const depth = rng.pick([5, 5.5, 6]);
    const low = 1.2;
    const over = depth - 0.2;
    const q = rng.pick([380, 420, 450, 500]);
    const pump = `P${rng.int(1, 3)}`;
    const lt = `LT-${rng.int(101, 140)}`;
    const fm = `FM-${rng.int(20, 60)}`;
    const startMin = 60 * rng.int(0, 1);
    const frozen = rng.int(250, 380) / 100;
    const system = t(lang, {
      en: `## Role\nYou are the night-shift operations assistant for ${town} Water, service reservoir ${res}.\n## What you know\n- Reservoir: rectangular, ${area} m² water surface, usable depth 0–${depth} m. Low-level alarm ${low} m, overflow at ${over} m.\n- Inflow: booster pump ${pump} from the treatment works, about ${q} m³/h when running, 0 when stopped.\n- Outflow: district demand, metered at ${fm} (hourly totals).\n- Level transmitter ${lt} has been unreliable since ${hhmm(startMin)}: it freezes at its last value and reports quality=FROZEN.\n## Tools\nget_level, get_flow, get_pump_status, set_pump.\n## Output contract\nWhenever you answer the shift, give your current level estimate in metres with a one-line justification. Only call set_pump when the shift asks you to act.`,
      es: `## Rol\nEres el asistente de operación del turno de noche de ${town}, depósito de distribución ${res}.\n## Lo que sabes\n- Depósito rectangular, ${area} m² de lámina de agua, altura útil 0–${dec(lang, depth)} m. Alarma de nivel bajo ${dec(lang, low)} m, rebose a ${dec(lang, over)} m.\n- Entrada: bomba de impulsión ${pump} desde la ETAP, unos ${q} m³/h en marcha, 0 parada.\n- Salida: consumo del sector, medido en ${fm} (totales horarios).\n- El transmisor de nivel ${lt} falla desde las ${hhmm(startMin)}: se queda congelado en el último valor y marca quality=FROZEN.\n## Herramientas\nget_level, get_flow, get_pump_status, set_pump.\n## Contrato de salida\nCada vez que respondas al turno, da tu estimación actual del nivel en metros con una línea de justificación. Llama a set_pump solo cuando el turno te pida actuar.`,
    });
    const tools = [
      tool('get_level', 'Read the level transmitter (value and quality flag).', { tag: str }),
      tool('get_flow', 'Totalised volume through a flow meter between two times (m³).', { meter: str, from: str, to: str }),
      tool('get_pump_status', 'Running state of a pump and when it last changed.', { pump: str }),
      tool('set_pump', 'Start or stop a pump.', { pump: str, command: oneOf('start', 'stop') }),
    ];
    const messages: Msgs = [sys(system)];
    messages.push(user(t(lang, {
      en: `${hhmm(startMin)} – ${lt} froze again at ${frozen.toFixed(2)} m. ${pump} is running. Watch ${res} for us until the morning crew arrives.`,
      es: `${hhmm(startMin)} – ${lt} se ha vuelto a congelar en ${dec(lang, frozen, 2)} m. ${pump} en marcha. Vigila ${res} hasta que llegue el turno de mañana.`,
    })));
    const hours = 2 + (i % 3);
    let level = frozen;
    let running = true;
    let clock = startMin;
    const tripAt = rng.int(1, hours); // hour in which the pump trips for part of the hour
    let stoppedAt = '';
    for (let h = 1; h <= hours; h++) {
      const from = hhmm(clock);
      clock += 60;
      const to = hhmm(clock);
      const out = rng.int(300, 540);
      let inflow = running ? q : 0;
      let pumpNote: Record<string, unknown> = running
        ? { pump, running: true, since: hhmm(startMin + 1440 - 35), flow_m3h: q }
        : { pump, running: false, since: stoppedAt, last_event: 'TRIP: motor overload', flow_m3h: 0 };
      if (h === tripAt && running) {
        const ranMin = rng.int(10, 45);
        inflow = Math.round((q * ranMin) / 60);
        running = false;
        stoppedAt = hhmm(clock - 60 + ranMin);
        pumpNote = { pump, running: false, since: stoppedAt, last_event: 'TRIP: motor overload', flow_m3h: 0 };
      }
      level += (inflow - out) / area;
      const last = h === hours;
      if (h > 1) {
        messages.push(user(last
          ? t(lang, { en: `${to}. Shift lead asks: where is ${res} really, and if ${pump} is off, should we restart it now or wait for the 06:00 tariff change?`, es: `${to}. El jefe de turno pregunta: ¿dónde está de verdad ${res}? Y si ${pump} está parada, ¿la arrancamos ya o esperamos al cambio de tarifa de las 06:00?` })
          : t(lang, { en: `${to} check, please.`, es: `Control de las ${to}, por favor.` })));
      }
      const c = calls(rng, ['get_level', { tag: lt }], ['get_flow', { meter: fm, from, to }], ['get_pump_status', { pump }]);
      messages.push(c.message,
        result(c.ids[0]!, { tag: lt, value_m: frozen, quality: 'FROZEN', last_change: hhmm(startMin) }),
        result(c.ids[1]!, { meter: fm, from, to, volume_m3: out }),
        result(c.ids[2]!, pumpNote));
      if (!last) {
        messages.push(say(t(lang, {
          en: `${to}: estimated level ${level.toFixed(2)} m (${lt} still frozen at ${frozen.toFixed(2)}). In ${inflow} m³, out ${out} m³ over the hour. ${running ? `${pump} running.` : `${pump} has tripped and is off.`}`,
          es: `${to}: nivel estimado ${dec(lang, level, 2)} m (${lt} sigue congelado en ${dec(lang, frozen, 2)}). Entrada ${inflow} m³, salida ${out} m³ en la hora. ${running ? `${pump} en marcha.` : `${pump} ha disparado y está parada.`}`,
        })));
      }
    }
    return { lang, messages, tools };
  },
};

type YardLang = 'en' | 'de' | 'fr' | 'pt';
const YARD: Record<YardLang, {
  inn: (tm: string, tr: string, c: string, s: string) => string;
  byId: (tm: string, tr: string, s: string, d: number) => string;
  byCarrier: (tm: string, c: string, d: number) => string;
  sensor: (tm: string, d: number) => string;
  unloaded: (tm: string, d: number) => string;
  pull: (tm: string, d: number, s: string) => string;
  out: (tm: string, tr: string) => string;
  oos: (tm: string, d: number) => string;
  ack: string;
}> = {
  en: {
    inn: (tm, tr, c, s) => `${tm} GATE IN ${tr} (${c}, loaded) → yard ${s}`,
    byId: (tm, tr, s, d) => `${tm} jockey radio: moved ${tr} from ${s} to door ${d}`,
    byCarrier: (tm, c, d) => `${tm} jockey radio: "put the ${c} box on door ${d}"`,
    sensor: (tm, d) => `${tm} door ${d}: trailer presence sensor ON`,
    unloaded: (tm, d) => `${tm} WMS: door ${d} unloading complete`,
    pull: (tm, d, s) => `${tm} jockey radio: pulled the empty off door ${d}, dropped it at ${s}`,
    out: (tm, tr) => `${tm} GATE OUT ${tr}`,
    oos: (tm, d) => `${tm} maintenance: door ${d} leveller out of service until further notice`,
    ack: 'Logged.',
  },
  de: {
    inn: (tm, tr, c, s) => `${tm} Einfahrt ${tr} (${c}, beladen) → Stellplatz ${s}`,
    byId: (tm, tr, s, d) => `${tm} Rangierer per Funk: ${tr} von ${s} an Tor ${d} gestellt`,
    byCarrier: (tm, c, d) => `${tm} Rangierer per Funk: „Den ${c}-Auflieger an Tor ${d} gestellt“`,
    sensor: (tm, d) => `${tm} Tor ${d}: Andocksensor belegt`,
    unloaded: (tm, d) => `${tm} WMS: Tor ${d} Entladung abgeschlossen`,
    pull: (tm, d, s) => `${tm} Rangierer per Funk: Leeren von Tor ${d} abgezogen, auf ${s} abgestellt`,
    out: (tm, tr) => `${tm} Ausfahrt ${tr}`,
    oos: (tm, d) => `${tm} Instandhaltung: Überladebrücke Tor ${d} defekt, bis auf Weiteres gesperrt`,
    ack: 'Erfasst.',
  },
  fr: {
    inn: (tm, tr, c, s) => `${tm} Entrée ${tr} (${c}, chargée) → parc ${s}`,
    byId: (tm, tr, s, d) => `${tm} Radio du tracteur de parc : ${tr} déplacée de ${s} à la porte ${d}`,
    byCarrier: (tm, c, d) => `${tm} Radio du tracteur de parc : « j'ai mis la remorque ${c} à la porte ${d} »`,
    sensor: (tm, d) => `${tm} Porte ${d} : capteur de présence remorque ACTIF`,
    unloaded: (tm, d) => `${tm} WMS : porte ${d} déchargement terminé`,
    pull: (tm, d, s) => `${tm} Radio du tracteur de parc : vide retirée de la porte ${d}, posée en ${s}`,
    out: (tm, tr) => `${tm} Sortie ${tr}`,
    oos: (tm, d) => `${tm} Maintenance : niveleur de la porte ${d} hors service jusqu'à nouvel ordre`,
    ack: 'Noté.',
  },
  pt: {
    inn: (tm, tr, c, s) => `${tm} Entrada ${tr} (${c}, carregada) → pátio ${s}`,
    byId: (tm, tr, s, d) => `${tm} Manobrista pelo rádio: ${tr} levada de ${s} para a doca ${d}`,
    byCarrier: (tm, c, d) => `${tm} Manobrista pelo rádio: "coloquei a carreta da ${c} na doca ${d}"`,
    sensor: (tm, d) => `${tm} Doca ${d}: sensor de presença ATIVO`,
    unloaded: (tm, d) => `${tm} WMS: doca ${d} descarga concluída`,
    pull: (tm, d, s) => `${tm} Manobrista pelo rádio: tirei a vazia da doca ${d} e deixei em ${s}`,
    out: (tm, tr) => `${tm} Saída ${tr}`,
    oos: (tm, d) => `${tm} Manutenção: nivelador da doca ${d} fora de serviço até segunda ordem`,
    ack: 'Anotado.',
  },
};
const YARD_CARRIERS: Record<YardLang, string[]> = {
  en: ['Stobart', 'Maritime', 'Knights of Old', 'Gist', 'XPO'],
  de: ['Dachser', 'Girteka', 'Raben', 'Fercam', 'Nagel'],
  fr: ['Transports Perrenot', 'STEF', 'Heppner', 'Jacky Perrenot', 'Malherbe'],
  pt: ['JSL', 'Braspress', 'Patrus', 'Jamef', 'TNT Mercúrio'],
};

const mbYardTrailers: Family = {
  id: 'wd-mb-yard-trailer-whereabouts', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Gate, WMS and radio messages each show only part of the yard, so answering where a trailer is and which doors are free requires piecing together an internal picture of the yard from all earlier messages.',
  make: (rng, i) => {
    const lang = langAt(['de', 'fr', 'en', 'pt'], i) as YardLang;
    const L = YARD[lang];
    const doors = rng.int(8, 14);
    const pre = rng.pick(['Y', 'P', 'S']);
    const slots = rng.sample(Array.from({ length: 40 }, (_, k) => `${pre}${pad(k + 1)}`), 6);
    const carriers = rng.sample(YARD_CARRIERS[lang], 4);
    const trailers = Array.from({ length: 4 }, () => `${rng.pick(['PL', 'LT', 'NL', 'DE', 'GB', 'BR'])}-${rng.int(10000, 99999)}`);
    const d = rng.sample(Array.from({ length: doors }, (_, k) => k + 1), 5);
    const [A, B, C, D] = trailers as [string, string, string, string];
    const [cA, cB, cC, cD] = carriers as [string, string, string, string];
    let clk = rng.int(300, 420);
    const tm = () => hhmm((clk += rng.int(4, 23)));
    const ev: string[] = [
      L.inn(tm(), A, cA, slots[0]!), L.inn(tm(), B, cB, slots[1]!), L.inn(tm(), C, cC, slots[2]!),
      L.byId(tm(), A, slots[0]!, d[0]!), L.byCarrier(tm(), cB, d[1]!),
    ];
    if (i % 2 === 1) ev.push(L.oos(tm(), d[4]!));
    ev.push(L.unloaded(tm(), d[0]!), L.pull(tm(), d[0]!, slots[3]!), L.inn(tm(), D, cD, slots[4]!), L.sensor(tm(), d[2]!), L.out(tm(), A));
    if (i >= 2) ev.push(L.byId(tm(), D, slots[4]!, d[3]!));
    if (i === 3) ev.push(L.unloaded(tm(), d[1]!));
    const system = t(lang, {
      en: `Yard assistant for the ${rng.pick(['Daventry', 'Thurrock', 'Doncaster iPort'])} DC (doors 1–${doors}, yard slots ${pre}01–${pre}40). You receive the gate log, WMS door messages and the yard jockey's radio calls as they come in. The jockey does not always say which trailer he moved, and door sensors only report presence, not which trailer. Answer questions about where trailers are and which doors can be used, from everything received this shift; say plainly when you cannot be sure.`,
      de: `Hofassistent für das Distributionszentrum ${rng.pick(['Bad Hersfeld', 'Erfurt-Stotternheim', 'Hamm-Uentrop'])} (Tore 1–${doors}, Stellplätze ${pre}01–${pre}40). Du bekommst das Torprotokoll, WMS-Meldungen der Tore und die Funksprüche des Rangierers, sobald sie eintreffen. Der Rangierer sagt nicht immer, welchen Auflieger er bewegt hat, und die Torsensoren melden nur „belegt“, nicht welcher Auflieger. Beantworte Fragen dazu, wo Auflieger stehen und welche Tore nutzbar sind, aus allem, was in dieser Schicht eingegangen ist; sag klar, wenn du dir nicht sicher sein kannst.`,
      fr: `Assistant de cour pour la plateforme de ${rng.pick(['Saint-Quentin-Fallavier', 'Vendin-le-Vieil', 'Cestas'])} (portes 1–${doors}, places de parc ${pre}01–${pre}40). Tu reçois le journal du poste de garde, les messages WMS des portes et les appels radio du tracteur de parc au fil de l'eau. Le chauffeur du tracteur ne dit pas toujours quelle remorque il a déplacée, et les capteurs de porte signalent seulement une présence, pas quelle remorque. Réponds aux questions sur l'emplacement des remorques et les portes utilisables à partir de tout ce qui a été reçu pendant ce poste ; dis clairement quand tu ne peux pas être sûr.`,
      pt: `Assistente de pátio do CD de ${rng.pick(['Cajamar', 'Extrema', 'Contagem'])} (docas 1–${doors}, vagas ${pre}01–${pre}40). Você recebe o registro da portaria, as mensagens do WMS sobre as docas e os chamados de rádio do manobrista conforme chegam. O manobrista nem sempre diz qual carreta moveu, e os sensores das docas só indicam presença, não qual carreta. Responda perguntas sobre onde estão as carretas e quais docas podem ser usadas a partir de tudo o que chegou neste turno; diga claramente quando não puder ter certeza.`,
    });
    const messages: Msgs = [sys(system)];
    const chunks = 3 + (i % 2);
    const per = Math.ceil(ev.length / chunks);
    for (let k = 0; k < ev.length; k += per) {
      messages.push(user(ev.slice(k, k + per).join('\n')), say(L.ack));
    }
    messages.push(user(t(lang, {
      en: `Driver for ${B} is at the gatehouse asking where his trailer is. Also: which doors can take the next inbound right now?`,
      de: `Der Fahrer von ${B} steht am Pförtner und fragt, wo sein Auflieger ist. Außerdem: Welche Tore können jetzt den nächsten Wareneingang nehmen?`,
      fr: `Le chauffeur de ${B} est au poste de garde et demande où est sa remorque. Et quelles portes peuvent prendre la prochaine réception tout de suite ?`,
      pt: `O motorista da ${B} está na portaria perguntando onde está a carreta dele. E quais docas podem receber a próxima descarga agora?`,
    })));
    return {
      lang,
      messages,
      response_format: jsonSchema('yard_answer', {
        trailer_at: str, doors_free: list(int), doors_uncertain: list(int), note: str,
      }),
    };
  },
};

const LINE_STATIONS = ['DEP', 'RIN', 'FIL', 'CAP', 'LAB', 'CSP', 'PAL'] as const;
const LINE_FAULTS: Record<string, string> = {
  DEP: 'D005 layer pad jam', RIN: 'R020 rinse water pressure low', FIL: 'F203 bowl level low',
  CAP: 'C110 cap chute empty', LAB: 'L117 glue temperature low', CSP: 'K301 case magazine empty', PAL: 'P042 stretch film break',
};

const mbBottlingLine: Family = {
  id: 'wd-mb-bottling-line-picture', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
  rationale: 'MES events arrive in batches and two stations never report recovery, so the copilot must maintain and update a picture of every station across batches to say which are down now.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'en', 'ja', 'en'], i);
    const line = `L${rng.int(1, 6)}`;
    const plant = t(lang, { en: rng.pick(['the Halesowen brewery', 'Eastfield soft-drinks plant', 'the Magor canning hall']), ja: rng.pick(['滋賀工場', '海老名ボトリング工場', '鳥栖工場']) });
    const system = t(lang, {
      en: `You are the line-supervisor copilot for bottling ${line} at ${plant}. Stations in flow order: DEP (depalletiser) → RIN (rinser) → FIL (filler) → CAP (capper) → LAB (labeller) → CSP (case packer) → PAL (palletiser).\nThe MES tool returns event batches. DEP, RIN, FIL, CAP and CSP send FAULT and RUNNING. LAB and PAL run old PLCs: they send FAULT but never RUNNING; the only sign they are going again is their COUNT events. A station downstream of a stopped one goes STARVED, upstream goes BLOCKED.\nKeep your picture of the line current through the shift and answer the operator from it. When asked for the line picture, reply with the JSON schema provided.`,
      ja: `あなたは${plant}・充填${line}のライン監督コパイロットです。工程順: DEP（デパレタイザ）→ RIN（リンサ）→ FIL（フィラ）→ CAP（キャッパ）→ LAB（ラベラ）→ CSP（ケーサ）→ PAL（パレタイザ）。\nMESツールはイベントをまとめて返します。DEP・RIN・FIL・CAP・CSP は FAULT と RUNNING を送ります。LAB と PAL は古いPLCのため FAULT は送りますが RUNNING は送りません。再稼働したかどうかは COUNT イベントでしか分かりません。停止した設備の下流は STARVED、上流は BLOCKED になります。\nシフト中のライン全体の様子を常に最新に保ち、それに基づいてオペレーターに答えてください。ラインの様子を聞かれたら、指定のJSONスキーマで答えてください。`,
    });
    const tools = [tool('get_mes_events', 'Fetch MES events for a line since a given time.', { line: str, since: str })];
    const messages: Msgs = [sys(system)];
    messages.push(user(t(lang, { en: `Shift started 06:00 on ${line}. Pull the MES events and tell me what's happening.`, ja: `${line}、6時にシフト開始。MESのイベントを取って状況を教えて。` })));
    let clk = 360;
    const faulted = new Set<string>();
    const batches = 2 + (i % 3);
    for (let b = 0; b < batches; b++) {
      const since = hhmm(clk);
      const evs: Record<string, unknown>[] = [];
      const nEv = rng.int(3, 6);
      for (let e = 0; e < nEv; e++) {
        clk += rng.int(2, 14);
        const st = rng.pick(LINE_STATIONS);
        if (faulted.has(st) && rng.chance(0.7)) {
          faulted.delete(st);
          evs.push(st === 'LAB' || st === 'PAL'
            ? { t: hhmm(clk), station: st, type: 'COUNT', delta: rng.int(200, 1800) }
            : { t: hhmm(clk), station: st, type: 'RUNNING' });
        } else if (!faulted.has(st)) {
          faulted.add(st);
          evs.push({ t: hhmm(clk), station: st, type: 'FAULT', code: LINE_FAULTS[st] });
          const idx = LINE_STATIONS.indexOf(st);
          if (idx < LINE_STATIONS.length - 1 && rng.chance(0.5)) evs.push({ t: hhmm(clk + 1), station: LINE_STATIONS[idx + 1], type: 'STARVED' });
          if (idx > 0 && rng.chance(0.4)) evs.push({ t: hhmm(clk + 2), station: LINE_STATIONS[idx - 1], type: 'BLOCKED' });
        } else if (!(st === 'LAB' || st === 'PAL')) {
          evs.push({ t: hhmm(clk), station: st, type: 'FAULT', code: LINE_FAULTS[st], repeat: true });
        }
      }
      exchange(rng, messages, 'get_mes_events', { line, since }, { line, since, events: evs });
      const last = b === batches - 1;
      if (!last) {
        messages.push(say(t(lang, {
          en: `Batch to ${hhmm(clk)} read. Open faults I'm carrying: ${[...faulted].join(', ') || 'none'}.`,
          ja: `${hhmm(clk)}までのイベントを確認。未解消の停止: ${[...faulted].join('、') || 'なし'}。`,
        })));
        messages.push(user(rng.pick([
          t(lang, { en: 'ok, next batch', ja: '了解、次のイベントも' }),
          t(lang, { en: 'Operator on LAB says he swapped the glue cartridge. Check again.', ja: 'LABの担当が糊カートリッジを交換したそうです。もう一度確認して。' }),
          t(lang, { en: 'Maintenance is on the filler. Keep going.', ja: '保全がフィラ対応中。続けて。' }),
        ])));
      }
    }
    messages.push(user(t(lang, {
      en: `It's ${hhmm(clk + 5)}. QA wants the line picture before they sign off the first pallet: which stations are actually running right now?`,
      ja: `今 ${hhmm(clk + 5)}。品証が最初のパレットを承認する前にラインの様子を知りたいそうです。今実際に動いている設備はどれ？`,
    })));
    return {
      lang,
      messages,
      tools,
      response_format: jsonSchema('line_picture', {
        stations: list(obj({ station: oneOf(...LINE_STATIONS), condition: oneOf('running', 'fault', 'starved', 'blocked', 'unknown'), since: str })),
        open_faults: list(str),
        operator_hint: str,
      }),
    };
  },
};

type GridLang = 'en' | 'zh' | 'de' | 'ja';
type SwitchOp = { sw: string; open: boolean; via: 'scada' | 'crew' | 'landmark' } | { noise: true };
const GRID: Record<GridLang, {
  scada: (tm: string, sw: string, open: boolean) => string;
  crew: (tm: string, c: string, ref: string, open: boolean) => string;
  id: (sw: string) => string;
  landmark: Record<string, string>;
  noise: (tm: string, c: string) => string;
  ask: (tm: string, c: string, p: number, fa: string) => string;
  crews: [string, string];
  ack: string;
}> = {
  en: {
    scada: (tm, sw, o) => `${tm} SCADA: ${sw} ${o ? 'OPEN' : 'CLOSED'}`,
    crew: (tm, c, ref, o) => `${tm} Crew ${c} (radio): "${o ? 'opened' : 'closed'} ${ref}, tagged"`,
    id: (sw) => `switch ${sw}`,
    landmark: { S3: 'the switch by the primary school', S4: 'the Mill Farm switch' },
    noise: (tm, c) => `${tm} Crew ${c} (radio): "at TX-21, LV fuses checked, all fine"`,
    ask: (tm, c, p, fa) => `${tm} Crew ${c}: "We're at pole ${p} between S3 and S4 and want to put earths on. Is that section dead and open at both ends? And which transformers on ${fa} are off supply right now?"`,
    crews: ['Alpha', 'Bravo'],
    ack: 'Copy.',
  },
  zh: {
    scada: (tm, sw, o) => `${tm} SCADA：${sw} ${o ? '分闸' : '合闸'}`,
    crew: (tm, c, ref, o) => `${tm} ${c}班组（对讲机）：“${ref}已${o ? '拉开' : '合上'}，已挂牌”`,
    id: (sw) => `${sw}开关`,
    landmark: { S3: '小学旁边的那台开关', S4: '磨坊农场那台开关' },
    noise: (tm, c) => `${tm} ${c}班组（对讲机）：“TX-21 低压熔断器检查完毕，正常”`,
    ask: (tm, c, p, fa) => `${tm} ${c}班组：“我们在 S3 和 S4 之间的 ${p} 号杆，准备挂接地线。这一段现在停电了吗？两头都断开了吗？另外 ${fa} 上哪些配变现在没电？”`,
    crews: ['一', '二'],
    ack: '收到。',
  },
  de: {
    scada: (tm, sw, o) => `${tm} SCADA: ${sw} ${o ? 'AUS' : 'EIN'}`,
    crew: (tm, c, ref, o) => `${tm} Trupp ${c} (Funk): „${ref} ${o ? 'geöffnet' : 'geschlossen'}, Schild hängt“`,
    id: (sw) => `Schalter ${sw}`,
    landmark: { S3: 'Schalter an der Grundschule', S4: 'Schalter am Mühlenhof' },
    noise: (tm, c) => `${tm} Trupp ${c} (Funk): „An TX-21 NH-Sicherungen geprüft, alles in Ordnung“`,
    ask: (tm, c, p, fa) => `${tm} Trupp ${c}: „Wir stehen an Mast ${p} zwischen S3 und S4 und wollen erden. Ist der Abschnitt spannungsfrei und an beiden Enden getrennt? Und welche Stationen auf ${fa} sind gerade ohne Versorgung?“`,
    crews: ['Nord', 'Süd'],
    ack: 'Verstanden.',
  },
  ja: {
    scada: (tm, sw, o) => `${tm} SCADA：${sw} ${o ? '切' : '入'}`,
    crew: (tm, c, ref, o) => `${tm} ${c}班（無線）：「${ref}を${o ? '開放' : '投入'}、札掛け済み」`,
    id: (sw) => `${sw}開閉器`,
    landmark: { S3: '小学校前の開閉器', S4: '水車農場の開閉器' },
    noise: (tm, c) => `${tm} ${c}班（無線）：「TX-21 の低圧ヒューズ点検完了、異常なし」`,
    ask: (tm, c, p, fa) => `${tm} ${c}班：「S3–S4 間の${p}号柱にいます。接地を取り付けたい。この区間は無電圧で、両端とも開放されていますか？それと、${fa} で今停電している変圧器はどれ？」`,
    crews: ['第1', '第2'],
    ack: '了解。',
  },
};

const mbFeederSwitching: Family = {
  id: 'wd-mb-feeder-switching-log', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Only some switches report to SCADA and crews refer to others by nickname, so whether the section is dead can only be judged from a network picture built up from every earlier switching report.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'de', 'ja'], i) as GridLang;
    const G = GRID[lang];
    const fa = `F${rng.int(11, 48)}`;
    let fb = `F${rng.int(51, 88)}`;
    if (fb === fa) fb = 'F90';
    const centre = t(lang, { en: rng.pick(['Wetherby control', 'Bristol North control room']), zh: rng.pick(['嘉兴供电公司配调', '佛山南海配网调度']), de: rng.pick(['Netzleitstelle Kassel', 'Netzleitstelle Ulm']), ja: rng.pick(['北部配電指令所', '湾岸配電制御所']) });
    const subA = t(lang, { en: 'Greyford', zh: '城北', de: 'Lohfelden', ja: '北港' });
    const subB = t(lang, { en: 'Ashcombe', zh: '西郊', de: 'Vellmar', ja: '南台' });
    const system = t(lang, {
      en: `You support the control engineer at ${centre} for 11 kV feeder ${fa} (from ${subA} primary) and its neighbour ${fb} (from ${subB}). Normal running arrangement: ${subA} CB-${fa} → S1 → S2 → S3 → S4 → tie switch T7 (normally open) → ${fb}. Distribution transformers: TX-11 and TX-12 between S1 and S2, TX-21 between S2 and S3, TX-31 and TX-32 between S3 and S4, TX-41 between S4 and T7. Only CB-${fa}, S2 and T7 report to SCADA; S1, S3 and S4 are manual pole-mounted switches that field crews operate and report by radio. Local names: S3 is the switch by the primary school, S4 the one at Mill Farm.\nAnswer the crews from all switching reported so far. If the reports do not prove that a section is dead and open at both ends, say so.`,
      zh: `你协助${centre}的调度员管理 10 kV 馈线 ${fa}（来自${subA}变电站）及相邻馈线 ${fb}（来自${subB}变电站）。正常运行方式：${subA} CB-${fa} → S1 → S2 → S3 → S4 → 联络开关 T7（常开）→ ${fb}。配变：TX-11、TX-12 在 S1 与 S2 之间，TX-21 在 S2 与 S3 之间，TX-31、TX-32 在 S3 与 S4 之间，TX-41 在 S4 与 T7 之间。只有 CB-${fa}、S2 和 T7 接入 SCADA；S1、S3、S4 是柱上手动开关，由现场班组操作并通过对讲机汇报。俗称：S3 是小学旁边的那台开关，S4 是磨坊农场那台。\n根据到目前为止汇报的全部操作回答班组的问题。如果汇报不能证明某一段已停电且两端都已断开，要明确说出来。`,
      de: `Du unterstützt den Schaltingenieur in der ${centre} für den 20-kV-Abgang ${fa} (aus UW ${subA}) und den Nachbarabgang ${fb} (aus UW ${subB}). Normale Schaltung: UW ${subA} LS-${fa} → S1 → S2 → S3 → S4 → Kuppelschalter T7 (normal offen) → ${fb}. Ortsnetzstationen: TX-11 und TX-12 zwischen S1 und S2, TX-21 zwischen S2 und S3, TX-31 und TX-32 zwischen S3 und S4, TX-41 zwischen S4 und T7. Nur LS-${fa}, S2 und T7 sind fernwirktechnisch angebunden; S1, S3 und S4 sind Mastschalter, die von den Trupps vor Ort bedient und per Funk gemeldet werden. Ortsbezeichnungen: S3 ist der Schalter an der Grundschule, S4 der am Mühlenhof.\nBeantworte die Fragen der Trupps anhand aller bisher gemeldeten Schalthandlungen. Wenn die Meldungen nicht belegen, dass ein Abschnitt spannungsfrei und an beiden Enden getrennt ist, sag das klar.`,
      ja: `あなたは${centre}の配電指令員を支援します。対象は 6.6 kV 配電線 ${fa}（${subA}変電所）と隣接する ${fb}（${subB}変電所）。常時の系統構成: ${subA} CB-${fa} → S1 → S2 → S3 → S4 → 連系開閉器 T7（常時開）→ ${fb}。柱上変圧器: TX-11・TX-12 は S1–S2 間、TX-21 は S2–S3 間、TX-31・TX-32 は S3–S4 間、TX-41 は S4–T7 間。SCADA で見えるのは CB-${fa}、S2、T7 だけで、S1・S3・S4 は現場班が手動で操作し無線で報告します。通称: S3 は「小学校前の開閉器」、S4 は「水車農場の開閉器」。\nこれまでに報告されたすべての操作をもとに現場班の質問に答えてください。ある区間が無電圧で両端とも開放されていると報告から言い切れない場合は、はっきりそう伝えてください。`,
    });
    const scripts: SwitchOp[][] = [
      [{ sw: 'T7', open: false, via: 'scada' }, { noise: true }, { sw: 'S3', open: true, via: 'landmark' }, { sw: 'S4', open: true, via: 'crew' }],
      [{ sw: 'S3', open: true, via: 'crew' }, { sw: 'T7', open: false, via: 'scada' }, { sw: 'S4', open: true, via: 'landmark' }, { noise: true }, { sw: 'S4', open: false, via: 'crew' }],
      [{ sw: 'S2', open: true, via: 'scada' }, { sw: 'S3', open: true, via: 'landmark' }, { noise: true }, { sw: 'S4', open: true, via: 'landmark' }],
      [{ noise: true }, { sw: 'S3', open: true, via: 'landmark' }, { sw: 'T7', open: false, via: 'scada' }, { sw: 'S2', open: true, via: 'scada' }, { sw: 'S2', open: false, via: 'scada' }],
    ];
    const script = scripts[(i + rng.int(0, 3)) % scripts.length]!;
    let clk = rng.int(480, 600);
    const tm = () => hhmm((clk += rng.int(3, 17)));
    const lines = script.map((op) => {
      const c = rng.pick(G.crews);
      if ('noise' in op) return G.noise(tm(), c);
      if (op.via === 'scada') return G.scada(tm(), op.sw, op.open);
      return G.crew(tm(), c, op.via === 'landmark' ? G.landmark[op.sw]! : G.id(op.sw), op.open);
    });
    const messages: Msgs = [sys(system)];
    for (let k = 0; k < lines.length; k += 1 + (k % 2)) {
      const chunk = lines.slice(k, k + 1 + (k % 2));
      messages.push(user(chunk.join('\n')), say(G.ack));
    }
    messages.push(user(G.ask(tm(), rng.pick(G.crews), rng.int(20, 90), fa)));
    return { lang, messages, max_tokens: 400 };
  },
};

const mbSiloFill: Family = {
  id: 'wd-mb-silo-fill-estimate', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'With the bin sensors dead, the agent has to reconstruct how full each bin is from the last readings plus scale tickets and auger run-time before it can send the truck anywhere.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'es', 'en'], i);
    const crops = t(lang, { en: 'corn|soybeans|wheat', pt: 'milho|soja|trigo', es: 'maíz|soja|trigo' }).split('|');
    const elevator = t(lang, { en: rng.pick(['the Hooper Co-op elevator', 'Red River Grain, Fargo terminal']), pt: rng.pick(['armazém da Coamo em Campo Mourão', 'unidade Sorriso da Agrosul']), es: rng.pick(['la planta de acopio de Pergamino', 'la planta de acopio de Venado Tuerto']) });
    const binCrop = [0, 1, 0, 2];
    const cap = [rng.pick([2500, 3000, 3500]), rng.pick([2000, 2500]), rng.pick([2500, 3000]), rng.pick([1500, 2000])];
    const lastRead = cap.map((c) => Math.round((c * rng.int(35, 80)) / 100));
    const rate = rng.pick([120, 150, 180]);
    const days = t(lang, { en: 'Mon|Tue|Wed', pt: 'seg|ter|qua', es: 'lun|mar|mié' }).split('|');
    const since = `${days[0]} 06:00`;
    const bins = ['B1', 'B2', 'B3', 'B4'];
    const system = t(lang, {
      en: `You are the grain-handling assistant at ${elevator}. Bins: ${bins.map((b, k) => `${b} ${cap[k]} t (${crops[binCrop[k]!]})`).join(', ')}. The radar level sensors have been offline since ${since} (failed firmware update). Receipts come from truck-scale tickets (net tonnes, with the bin they were dumped into); outloads go by belt to rail cars and are logged only as auger run-time, rated ${rate} t/h. Use the tools, then answer the elevator manager.`,
      pt: `Você é o assistente de recebimento e expedição do ${elevator}. Silos: ${bins.map((b, k) => `${b} ${cap[k]} t (${crops[binCrop[k]!]})`).join(', ')}. Os sensores de nível a radar estão fora do ar desde ${since} (falha na atualização de firmware). As entradas vêm dos tickets da balança rodoviária (toneladas líquidas, com o silo de descarga); as saídas vão por correia para os vagões e só ficam registradas como tempo de rosca, capacidade nominal ${rate} t/h. Use as ferramentas e depois responda ao gerente da unidade.`,
      es: `Eres el asistente de recepción y despacho de ${elevator}. Silos: ${bins.map((b, k) => `${b} ${cap[k]} t (${crops[binCrop[k]!]})`).join(', ')}. Los sensores de nivel por radar están caídos desde ${since} (falló la actualización de firmware). Los ingresos salen de los tickets de la báscula (toneladas netas, con el silo de descarga); los egresos van por cinta a los vagones y solo quedan registrados como horas de chimango, a ${rate} t/h nominales. Usa las herramientas y después responde al jefe de planta.`,
    });
    const tools = [
      tool('get_scale_tickets', 'Truck-scale tickets dumped into a bin since a given time.', { bin: str, since: str }),
      tool('get_auger_log', 'Outload auger run periods for a bin since a given time.', { bin: str, since: str }),
      tool('route_truck', 'Send the truck on the scale to a bin pit.', { ticket: str, bin: str }),
    ];
    const net = rng.int(26, 38);
    const truck = plate(rng);
    const messages: Msgs = [sys(system)];
    const readings = bins.map((b, k) => `${b} ${lastRead[k]} t`).join(', ');
    messages.push(user(t(lang, {
      en: `Radar's been out since ${since}. Last readings before it died: ${readings}. Truck ${truck} with ${net} t of ${crops[0]} is on the scale. Which bin does it go in, and roughly how full is each bin now?`,
      pt: `O radar caiu ${since}. Últimas leituras antes disso: ${readings}. O caminhão ${truck} com ${net} t de ${crops[0]} está na balança. Vai para qual silo, e mais ou menos quanto tem em cada silo agora?`,
      es: `El radar está caído desde ${since}. Últimas lecturas antes de caer: ${readings}. El camión ${truck} con ${net} t de ${crops[0]} está en la báscula. ¿A qué silo va, y más o menos cuánto hay en cada silo ahora?`,
    })));
    const tick = calls(rng, ...bins.map((b): [string, Record<string, unknown>] => ['get_scale_tickets', { bin: b, since }]));
    messages.push(tick.message);
    bins.forEach((b, k) => {
      const n = rng.int(0, 5);
      let seq = rng.int(40000, 48000);
      const tickets = Array.from({ length: n }, () => ({ d: rng.int(0, 2), m: rng.int(420, 1140) }))
        .sort((a, b) => a.d - b.d || a.m - b.m)
        .map((x) => ({ ticket: `T${(seq += rng.int(3, 60))}`, at: `${days[x.d]} ${hhmm(x.m)}`, net_t: rng.int(240, 390) / 10, crop: crops[binCrop[k]!] }));
      messages.push(result(tick.ids[k]!, { bin: b, since, tickets }));
    });
    if (i === 3) {
      messages.push(user(t(lang, {
        en: `Also: the night crew moved about ${rng.int(3, 9) * 50} t from B3 into B1 through the leg on ${days[1]} night. That transfer isn't in either log.`,
        pt: `Outra coisa: a turma da noite transferiu umas ${rng.int(3, 9) * 50} t do B3 para o B1 pelo elevador na ${days[1]} à noite. Isso não aparece em nenhum registro.`,
        es: `Otra cosa: el turno noche pasó unas ${rng.int(3, 9) * 50} t del B3 al B1 por la noria el ${days[1]} a la noche. Ese trasvase no figura en ningún registro.`,
      })));
    }
    const aug = calls(rng, ...bins.map((b): [string, Record<string, unknown>] => ['get_auger_log', { bin: b, since }]));
    messages.push(aug.message);
    bins.forEach((b, k) => {
      const runDays = rng.sample([0, 1, 2], rng.int(0, 3)).sort();
      const runs = runDays.map((d) => {
        const s0 = rng.int(360, 1200);
        return { day: days[d], start: hhmm(s0), stop: hhmm(s0 + rng.int(20, 190)), note: rng.chance(0.2) ? 'belt slip alarm, rate reduced ~30%' : '' };
      });
      messages.push(result(aug.ids[k]!, { bin: b, rated_t_per_h: rate, runs }));
    });
    return { lang, messages, tools };
  },
};

// ─────────────────────────────── goal_based ───────────────────────────────

const gbLockoutSequence: Family = {
  id: 'wd-gb-lockout-sequence', label: 'goal_based', difficulty: 'medium', variants: 5,
  rationale: 'The agent must order isolation actions under interlock constraints so that the machine ends in a stated zero-energy condition, i.e. search for an action sequence that reaches a defined end condition.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'fr', 'es', 'en'], i);
    const n = rng.int(11, 48);
    const ptw = `PTW-${rng.int(20000, 29999)}`;
    let system: string;
    let ask: string;
    switch (i % 5) {
      case 0: {
        const plant = rng.pick(['Port Talbot raw materials handling', 'Immingham bulk terminal', 'Hunterston coal yard']);
        system = `Isolation assistant for ${plant}. Job: replace the belt splice on conveyor CV-${n}.\n\nEnergy sources and isolation points:\n- Drive motor M-${n}, 315 kW, MCC-2 bucket ${rng.int(3, 18)}: local stop PB-${n}; lockable isolator Q${n}; try-start from the local station after locking.\n- Brake BR-${n}: spring-applied, released electrically; stays applied when the motor is isolated.\n- Gravity take-up GTU-${n}: ${rng.int(6, 14)} t counterweight on the tail; must be hoisted with chain hoist CH-1 and pinned with pin P-1 before the belt is clamped and cut.\n- Belt clamps BC-${n}: fitted either side of the splice before take-up tension is released.\n- Pull-wire switches along the conveyor trip the drive but are NOT an isolation.\n- Feeder FD-${n - 1} discharges onto CV-${n}: it must be stopped and isolated first so no material arrives.\n\nInterlocks: Q${n} cannot be opened while M-${n} is running. P-1 only goes in once the counterweight has been lifted 150 mm.\n\nReturn the ordered isolation and verification sequence that ends with CV-${n} at zero energy and ready for the splice crew. Use only the devices listed.`;
        ask = `${ptw} raised for the ${rng.pick(['Fenner', 'Dunlop', 'in-house'])} splice crew, start ${hhmm(rng.int(360, 840))}. Give me the isolation sequence.`;
        break;
      }
      case 1: {
        const plant = rng.pick(['das Presswerk Zwickau', 'die Umformtechnik Halle 4 in Sindelfingen', 'das Werk Brackwede']);
        system = `Freischalt-Assistent für ${plant}. Auftrag: Werkzeugwechsel an der Hydraulikpresse PR-${n}.\n\nEnergiequellen und Trennstellen:\n- Hauptmotor Hydraulikpumpe M1 (${rng.pick([45, 55, 75])} kW), Hauptschalter Q1 am Schaltschrank (abschließbar). Die 24-V-Steuerspannung hängt ebenfalls an Q1.\n- Hydraulikspeicher AC1 (${rng.pick([160, 180, 210])} bar): entlädt sich nur über das Ablassventil V9, und V9 öffnet nur, solange Steuerspannung anliegt.\n- Stößel (${dec('de', rng.int(40, 90) / 10)} t): sinkt bei Druckverlust ab; muss vor dem Druckabbau in oberer Endlage mit dem Sicherungsbolzen SB1 verriegelt werden.\n- Druckluft für die Werkzeugklemmung: Absperrventil DV3 mit Entlüftung.\n\nVerriegelungen: SB1 lässt sich nur in oberer Endlage stecken; der Stößel fährt nur bei laufender Pumpe nach oben.\n\nGib die geordnete Abfolge der Freischalt- und Prüfhandlungen zurück, an deren Ende PR-${n} energielos und sicher für den Werkzeugwechsel ist. Verwende nur die aufgeführten Einrichtungen.`;
        ask = `Freigabeschein ${ptw} ist ausgestellt, Werkzeugwechsel ab ${hhmm(rng.int(360, 840))} durch die ${rng.pick(['Frühschicht', 'Instandhaltung Team B'])}. Bitte die Freischaltfolge.`;
        break;
      }
      case 2: {
        const plant = rng.pick(["l'usine de sauces de Dijon", 'la confiserie de Lorient', "l'atelier de cuisson de Rungis"]);
        system = `Assistant de consignation pour ${plant}. Intervention : remplacement de la garniture mécanique du mélangeur MX-${n}.\n\nSources d'énergie et points de séparation :\n- Moteur d'agitateur M-${n} (${rng.pick([22, 30, 37])} kW) avec variateur VF-${n} ; sectionneur cadenassable QS-${n} en armoire ; le bus continu du variateur reste chargé 5 minutes après coupure.\n- Double enveloppe vapeur ${rng.int(3, 6)} bar : vanne d'arrivée VV-1, vanne de mise à l'air VA-2 ; l'enveloppe doit redescendre sous 40 °C avant toute ouverture.\n- Vanne de vidange pneumatique VP-3 (fermée par ressort), pilotée par l'électrovanne EV-3, air 6 bar par le robinet RA-3.\n- Produit résiduel dans la cuve : à vidanger par VP-3 avant de couper l'air.\n\nVerrouillages : VP-3 ne s'ouvre que si l'air et la commande sont présents ; l'agitateur doit être arrêté pour ouvrir le trou d'homme.\n\nDonne la suite ordonnée des actions de consignation et de vérification qui laisse MX-${n} à énergie zéro, prêt pour l'intervention. N'utilise que les organes listés.`;
        ask = `Bon de travail ${ptw} ouvert pour l'équipe de ${rng.pick(['maintenance', 'nuit'])}, début ${hhmm(rng.int(360, 840))}. Il me faut la suite de consignation.`;
        break;
      }
      case 3: {
        const plant = rng.pick(['la concentradora de Los Bronces', 'la planta Chuquicamata', 'la concentradora Toquepala']);
        system = `Asistente de bloqueo y etiquetado para ${plant}. Trabajo: cambio de impulsor de la bomba de pulpa BP-${n}.\n\nFuentes de energía y puntos de aislamiento:\n- Motor M-${n} (${rng.pick([132, 160, 200])} kW) con variador VDF-${n}; seccionador SEC-${n} en la sala eléctrica (bloqueable). Los condensadores del variador tardan 10 min en descargarse.\n- Válvula de succión VS-${n} (manual, de cuchillo) y válvula de descarga VD-${n} (actuada, se queda donde está si pierde energía).\n- Línea de descarga cargada por una columna de pulpa de ${rng.int(12, 25)} m: drenar por DR-${n} hacia el cajón.\n- Agua de sello del prensaestopas: válvula AS-${n}.\n\nEnclavamientos: VD-${n} solo se mueve con energía en su actuador (interruptor propio IA-${n} en el mismo CCM). No abrir el dren con la bomba girando.\n\nDevuelve la secuencia ordenada de acciones de aislamiento y verificación que deja BP-${n} en energía cero y lista para abrir la carcasa. Usa solo los equipos indicados.`;
        ask = `Permiso ${ptw} emitido para la cuadrilla ${rng.pick(['mecánica turno A', 'de contratista Sodexo Mantención'])}, inicio ${hhmm(rng.int(360, 840))}. Necesito la secuencia de bloqueo.`;
        break;
      }
      default: {
        const plant = rng.pick(['the Wakefield bottling hall', 'Crewe dairy packing', 'the Telford bakery end-of-line']);
        system = `Isolation assistant for ${plant}. Job: change the gripper fingers on palletiser robot cell RC-${n}.\n\nEnergy sources and isolation points:\n- Robot controller main disconnect Q-R (lockable). Axes 2 and 3 have holding brakes; axis 3 (vertical) carries a ${rng.int(140, 220)} kg gripper and drops if its brake is released by hand.\n- Gripper vacuum and clamp air: 6 bar supply through lockout valve LV-${n} with dump; the clamp cylinders hold pressure through pilot-operated checks until vented at bleed valve BV-1 on the gripper.\n- Infeed conveyor IC-${n} (MCC isolator Q-IC) and outfeed conveyor OC-${n} (Q-OC).\n- Light curtain and door switch: safety stop only, NOT an isolation.\n\nInterlocks: the robot can only be jogged to the maintenance pose (gripper resting on service stand SS-1) with Q-R on and the teach pendant in T1.\n\nReturn the ordered isolation and verification sequence that leaves RC-${n} at zero energy with the gripper supported. Use only the devices listed.`;
        ask = `${ptw}: fitter ${rng.pick(['Dave', 'Priya', 'Tomasz'])} is on it after the ${hhmm(rng.int(360, 840))} break. Isolation sequence please.`;
      }
    }
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('isolation_sequence', {
        actions: list(obj({ n: int, device: str, action: str, verify: str })),
        safe_when: str,
      }),
    };
  },
};

const gbCraneLift: Family = {
  id: 'wd-gb-crane-lift-readiness', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'A site agent chains tool calls toward an explicit end state (a lift with crane, approved lift plan, permit and neighbour notice all in place) and must choose the next action from what is still missing.',
  make: (rng, i) => {
    const contractor = rng.pick(['Halden Build Ltd', 'McAllister Construction', 'Brightwater Contracting']);
    const project = rng.pick(['Quayside Block C', 'St Anne\'s Health Centre', 'Riverside Data Hall 2', 'Canal Wharf Phase 3']);
    const loadIdx = rng.int(0, 3);
    const load = ['two rooftop AHUs (7.8 t each)', 'precast stair cores (11.2 t heaviest)', 'a 6.4 t standby transformer', 'four steel roof trusses (5.1 t each)'][loadIdx]!;
    const loadT = [7.8, 11.2, 6.4, 5.1][loadIdx]!;
    const shortName = ['AHU', 'stair-core', 'transformer', 'truss'][loadIdx]!;
    const target = rng.pick(['the level-6 roof', 'the plant deck on grid line F', 'the rear service yard over the boundary wall']);
    const day = rng.int(12, 26);
    const date = `2025-06-${day}`;
    const supplier = rng.pick(['Ainscough', 'Select Plant', 'Weldex', 'Emmett']);
    const council = rng.pick(['Leeds City Council', 'Bristol City Council', 'Salford Council']);
    const radius = rng.int(22, 30);
    const system = `You are SiteOps Agent for ${contractor}, working on the ${project} project.\n\nMission for this session: get ${load} lifted onto ${target} on ${date} with everything the lift needs in place:\n1. crane booked (confirmed, not provisional),\n2. lift plan approved by the appointed person,\n3. oversail permit granted by the highway authority,\n4. neighbours notified at least 48 h before the lift.\n\nRules: one tool call per turn. Do not guess permit outcomes. If something cannot be done in time, propose the nearest workable date rather than pressing on. When all four items are done, call close_task with a summary.`;
    const tools = [
      tool('get_site_calendar', 'Deliveries, working hours and road-closure slots for a date.', { date: str }),
      tool('check_permit', 'Status and lead time of a highway permit kind for the site.', { kind: oneOf('oversail', 'road_closure', 'pavement_licence') }),
      tool('apply_permit', 'Submit a highway permit application.', { kind: str, date: str, details: str }),
      tool('get_crane_availability', 'Mobile cranes available from a supplier on a date.', { supplier: str, date: str, min_capacity_t: num }),
      tool('book_crane', 'Book a crane (provisional until confirmed).', { supplier: str, model: str, date: str, hours: int, confirm: bool }),
      tool('submit_lift_plan', 'Send the lift plan to the appointed person for review.', { crane_model: str, radius_m: num, load_t: num, rigging_t: num }),
      tool('notify_neighbours', 'Send the standard lift notice to the neighbour list.', { date: str, window: str, message: str }),
      tool('close_task', 'Finish the session with a summary.', { summary: str }),
    ];
    const script: [string, Record<string, unknown>, unknown][] = [
      ['get_site_calendar', { date }, { date, site_hours: '07:30-17:00', deliveries: [{ time: '08:00', what: `ready-mix, ${rng.int(2, 5)} trucks` }], road_closure_slots: [`${date} 07:00-13:00`], note: 'Tower crane TC1 out of service that week for LOLER inspection' }],
      ['check_permit', { kind: 'oversail' }, { kind: 'oversail', status: 'none', authority: `${council} Highways`, lead_time_working_days: 5 }],
      ['apply_permit', { kind: 'oversail', date, details: `Mobile crane oversail of public footway for ${load}, 07:00-13:00` }, { ref: `HW/OS/${rng.int(1000, 9999)}`, status: 'submitted', decision_expected: `2025-06-${day - 3}` }],
      ['get_crane_availability', { supplier, date, min_capacity_t: 100 }, { supplier, date, options: [{ model: 'LTM 1100-5.2', available: true, day_rate_gbp: rng.int(2600, 3400) }, { model: 'LTM 1160-5.2', available: true, day_rate_gbp: rng.int(3900, 4800) }, { model: 'AC 220-5', available: false }] }],
      ['book_crane', { supplier, model: 'LTM 1100-5.2', date, hours: 8, confirm: false }, { booking: `${supplier.slice(0, 2).toUpperCase()}-${rng.int(40000, 49999)}`, status: 'provisional', confirm_by: `2025-06-${day - 4}` }],
      ['submit_lift_plan', { crane_model: 'LTM 1100-5.2', radius_m: radius, load_t: loadT, rigging_t: 0.6 }, { status: 'returned', reviewer: 'AP', comment: `At ${radius} m the LTM 1100 with full counterweight is at ${rng.int(88, 96)}% of chart for ${loadT} t + rigging; site rule is 85% max. Reduce radius (outrigger pad position limited by the culvert) or upsize.` }],
      ['get_crane_availability', { supplier, date, min_capacity_t: 150 }, { supplier, date, options: [{ model: 'LTM 1160-5.2', available: true, day_rate_gbp: rng.int(3900, 4800), note: 'needs 2 ballast trucks, arrive 06:00' }] }],
      ['book_crane', { supplier, model: 'LTM 1160-5.2', date, hours: 8, confirm: true }, { booking: `${supplier.slice(0, 2).toUpperCase()}-${rng.int(50000, 59999)}`, status: 'confirmed', previous_booking: 'released' }],
      ['submit_lift_plan', { crane_model: 'LTM 1160-5.2', radius_m: radius, load_t: loadT, rigging_t: 0.6 }, { status: 'approved', reviewer: 'AP', ref: `LP-${rng.int(100, 999)}`, condition: 'ballast trucks must use the Dock St gate' }],
    ];
    const upTo = [3, 5, 7, 9][i % 4]!;
    const ordinal = day === 21 ? '21st' : day === 22 ? '22nd' : day === 23 ? '23rd' : `${day}th`;
    const messages: Msgs = [sys(system), user(rng.pick([
      `Morning. Can you get the ${shortName} lift on the ${ordinal} sorted? Everything needs to be in place by the end of this week.`,
      `Need the ${shortName} lift for the ${ordinal} lined up — crane, lift plan, permits, neighbours, the lot. Go.`,
    ]))];
    script.slice(0, upTo).forEach(([name, args, out], k) => {
      exchange(rng, messages, name, args, out);
      if (k === 2 && i >= 2) {
        messages.push(user('Heads-up from the PM: the council is running about two days behind on oversail decisions this month. Carry on.'));
      }
    });
    return { lang: 'en', messages, tools };
  },
};

const gbRailShunting: Family = {
  id: 'wd-gb-rail-yard-shunting', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The cars must be moved with last-in-first-out sidings into a specified target order, a search for a move sequence that reaches an explicit arrangement.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'en'], i);
    const marks = ['TTX', 'GATX', 'UTLX', 'BNSF', 'CSXT', 'DB', 'SNCF', 'VTG', 'JRF', 'NS'];
    const nCars = rng.int(5, 8);
    const cars = Array.from({ length: nCars }, () => `${rng.pick(marks)} ${rng.int(1000, 99999)}`);
    const split = rng.int(2, nCars - 2);
    const s1 = cars.slice(0, split);
    const s2 = cars.slice(split);
    const target = rng.sample(cars, nCars);
    const cap = [rng.int(6, 9), rng.int(6, 9), nCars + rng.int(0, 2)];
    const engineMax = rng.int(3, 5);
    const yard = t(lang, { en: rng.pick(['Kinney Yard', 'the Gateway industrial lead', 'Port Allen transfer yard']), de: rng.pick(['Bahnhof Mannheim-Industriehafen', 'Anschlussgleis Chemiepark Marl']), ja: rng.pick(['梶ヶ谷貨物ターミナル', '名古屋港駅構内']) });
    const system = t(lang, {
      en: `Yard switching assistant at ${yard}. The engine works from the lead track. Sidings 1, 2 and 3 are stub-ended and connect only to the lead, so on each siding only the car nearest the lead can be pulled first (last in, first out). The engine can pull up to ${engineMax} cars at once and can shove a cut into any siding that has room. Capacities: siding 1 ${cap[0]} cars, siding 2 ${cap[1]}, siding 3 ${cap[2]}.\nOutput the moves, one per line, as 'PULL n FROM Sx' / 'SHOVE n TO Sx', as few as you can, then the final consist of siding 3 listed from the lead end.`,
      de: `Rangierassistent im ${yard}. Die Lok arbeitet vom Ausziehgleis aus. Die Gleise 1, 2 und 3 sind Stumpfgleise und nur mit dem Ausziehgleis verbunden; auf jedem Gleis kann nur der Wagen zuerst geholt werden, der dem Ausziehgleis am nächsten steht. Die Lok kann bis zu ${engineMax} Wagen auf einmal ziehen und eine Gruppe in jedes Gleis mit freiem Platz drücken. Nutzlängen: Gleis 1 ${cap[0]} Wagen, Gleis 2 ${cap[1]}, Gleis 3 ${cap[2]}.\nGib die Rangierbewegungen zeilenweise als 'PULL n FROM Sx' / 'SHOVE n TO Sx' aus, so wenige wie möglich, danach die Reihung auf Gleis 3 vom Ausziehgleis her.`,
      ja: `${yard}の入換アシスタントです。機関車は引上線から作業します。1・2・3番線は行き止まり線で引上線にしかつながっていないため、各線では引上線に一番近い貨車からしか引き出せません（後入れ先出し）。機関車は一度に最大${engineMax}両まで引け、空きのある線にまとめて押し込めます。有効長: 1番線 ${cap[0]}両、2番線 ${cap[1]}両、3番線 ${cap[2]}両。\n入換の動きを1行ずつ 'PULL n FROM Sx' / 'SHOVE n TO Sx' の形で、できるだけ少ない回数で出力し、最後に3番線の編成を引上線側から並べてください。`,
    });
    const ask = t(lang, {
      en: `Now (lead end first):\nS1: ${s1.join(', ')}\nS2: ${s2.join(', ')}\nS3: empty\n\nOutbound train has to stand on S3 in this order from the lead end: ${target.join(', ')}. Road crew is on duty at ${hhmm(rng.int(600, 1200))}.`,
      de: `Aktuell (vom Ausziehgleis her):\nGleis 1: ${s1.join(', ')}\nGleis 2: ${s2.join(', ')}\nGleis 3: leer\n\nDer Ausgangszug muss auf Gleis 3 in dieser Reihenfolge vom Ausziehgleis her stehen: ${target.join(', ')}. Die Streckenlok kommt um ${hhmm(rng.int(600, 1200))}.`,
      ja: `現在（引上線側から）:\n1番線: ${s1.join('、')}\n2番線: ${s2.join('、')}\n3番線: 空き\n\n発送列車は3番線に引上線側から次の順で並べる必要があります: ${target.join('、')}。本線乗務員は${hhmm(rng.int(600, 1200))}に出勤。`,
    });
    return { lang, messages: [sys(system), user(ask)], max_tokens: 700 };
  },
};

const gbHaulReroute: Family = {
  id: 'wd-gb-haul-truck-reroute', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'A loaded truck must be sent from its bench to the crusher through a road network with closures and grade limits, a search for a feasible sequence of road segments to a fixed destination.',
  make: (rng, i) => {
    const lang = langAt(['es', 'pt', 'en', 'es'], i);
    const bench = `${rng.pick(['F', 'B', 'N'])}${rng.int(3, 9)}-${rng.int(2100, 3400)}`;
    const nodes = ['J1', 'J2', 'J3', 'J4', 'J5', 'J6'];
    const edges: [string, string][] = [[bench, 'J1'], [bench, 'J2'], ['J1', 'J3'], ['J2', 'J3'], ['J2', 'J4'], ['J3', 'J5'], ['J4', 'J5'], ['J4', 'J6'], ['J5', 'CH'], ['J6', 'CH'], ['J3', 'J6']];
    const safe = new Set([`${bench}>J2`, 'J2>J4', 'J4>J6', 'J6>CH']);
    const road = edges.map(([a, b]) => {
      const key = `${a}>${b}`;
      return { a, b, km: rng.int(4, 26) / 10, grade: safe.has(key) ? rng.int(-4, 9) : rng.int(-6, 14) };
    });
    const closable = road.filter((e) => !safe.has(`${e.a}>${e.b}`));
    const closed = rng.sample(closable, 1 + (i % 2)).map((e) => `${e.a}-${e.b}`);
    const mine = t(lang, { en: rng.pick(['Boddington', 'Mount Whaleback']), es: rng.pick(['Escondida', 'Los Pelambres', 'Cerro Verde']), pt: rng.pick(['Carajás N4E', 'Sossego', 'Brucutu']) });
    const net = road.map((e) => `${e.a}→${e.b} ${dec(lang, e.km)} km, ${e.grade > 0 ? '+' : ''}${e.grade} %`).join('\n');
    const system = t(lang, {
      es: `Eres el despachador de la flota de acarreo de la mina ${mine}. Los CAEX cargados no pueden subir tramos con pendiente mayor al 10 % (pendiente medida en sentido cargado) y no pueden usar tramos cerrados. Consulta primero get_road_status. Responde con la secuencia de nodos desde el banco hasta el chancador (CH) y la distancia total; entre las opciones válidas, la más corta.\n\nRed de vías (sentido cargado, distancia, pendiente):\n${net}`,
      pt: `Você é o despachante da frota de transporte da mina ${mine}. Caminhões carregados não podem subir trechos com rampa acima de 10 % (rampa no sentido carregado) e não podem usar trechos interditados. Consulte primeiro get_road_status. Responda com a sequência de nós da bancada até o britador (CH) e a distância total; entre as opções válidas, a mais curta.\n\nMalha de acessos (sentido carregado, distância, rampa):\n${net}`,
      en: `You are the haul-fleet dispatcher at ${mine}. Loaded trucks cannot climb segments steeper than +10 % (grade measured in the loaded direction) and cannot use closed segments. Check get_road_status first. Reply with the node sequence from the bench to the crusher (CH) and the total distance; among valid options, the shortest.\n\nHaul-road network (loaded direction, distance, grade):\n${net}`,
    });
    const n = rng.int(101, 148);
    const tons = rng.int(210, 330);
    const ask = t(lang, {
      es: `CAEX ${n} cargado en ${bench} con ${tons} t de mineral. ¿Por dónde lo mando al chancador primario?`,
      pt: `Caminhão ${n} carregado na bancada ${bench} com ${tons} t de minério. Por onde eu mando para o britador primário?`,
      en: `HT${n} loaded at ${bench}, ${tons} t of ore. Which way to the primary crusher?`,
    });
    const messages: Msgs = [sys(system), user(ask)];
    exchange(rng, messages, 'get_road_status', {}, {
      updated: hhmm(rng.int(0, 1439)),
      closed: closed.map((c) => ({ segment: c, reason: rng.pick(['blast clearance', 'grader working', 'water truck bogged', 'berm repair']) })),
      speed_limits: [{ segment: ((e) => `${e.a}-${e.b}`)(rng.pick(road)), max_kmh: 25 }],
      nodes: [bench, ...nodes, 'CH'],
    });
    return {
      lang,
      messages,
      tools: [tool('get_road_status', 'Current closures and speed limits on the haul-road network.', {}, [])],
    };
  },
};

type CommAct = { id: string; crew: 'MECH' | 'ELEC' | 'INSTR' | 'QA'; h: number; pre: string[]; en: string; fr: string; zh: string };
const COMMISSIONING: CommAct[] = [
  { id: 'A', crew: 'MECH', h: 4, pre: [], en: 'mechanical completion check', fr: 'contrôle de fin de montage mécanique', zh: '机械完工检查' },
  { id: 'B', crew: 'ELEC', h: 6, pre: [], en: 'loop and insulation tests', fr: "essais de boucle et d'isolement", zh: '回路与绝缘测试' },
  { id: 'C', crew: 'ELEC', h: 1, pre: ['A', 'B'], en: 'first power-on', fr: 'première mise sous tension', zh: '首次上电' },
  { id: 'D', crew: 'INSTR', h: 5, pre: ['C'], en: 'I/O and sensor checks', fr: 'contrôle des E/S et capteurs', zh: 'I/O 与传感器检查' },
  { id: 'E', crew: 'QA', h: 3, pre: ['D'], en: 'safety function validation', fr: 'validation des fonctions de sécurité', zh: '安全功能验证' },
  { id: 'F', crew: 'MECH', h: 2, pre: ['E'], en: 'dry run without product', fr: 'marche à vide sans produit', zh: '空载试运行' },
  { id: 'H', crew: 'QA', h: 6, pre: ['C'], en: 'CIP validation', fr: 'validation du NEP', zh: 'CIP 验证' },
  { id: 'G', crew: 'MECH', h: 4, pre: ['F', 'H'], en: 'water run', fr: "essai à l'eau", zh: '水试' },
  { id: 'I', crew: 'QA', h: 8, pre: ['G'], en: 'product trial and sampling', fr: 'essai produit et prélèvements', zh: '产品试生产与取样' },
  { id: 'J', crew: 'QA', h: 1, pre: ['I', 'E'], en: 'release sign-off', fr: 'signature de libération', zh: '放行签字' },
];

const gbCommissioning: Family = {
  id: 'wd-gb-filler-commissioning', label: 'goal_based', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'The request names an end condition (machine released to production) and precedence constraints, and asks which activities to start and in what order to get there; the "as early as possible" wish adds a scheduling-efficiency reading.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'zh', 'en'], i);
    const l = lang as 'en' | 'fr' | 'zh';
    const m = `FM-${rng.int(200, 899)}`;
    const plant = t(lang, { en: rng.pick(['the Kendal dairy', 'Leeming Bar chilled foods']), fr: rng.pick(["l'usine laitière de Vire", 'la cidrerie de Pleudihen']), zh: rng.pick(['蒙牛和林基地', '伊利天津工厂']) });
    const board = COMMISSIONING.map((a) => `${a.id}: ${a[l]} — ${a.crew}, ${a.h} h${a.pre.length ? `, ${t(lang, { en: 'after', fr: 'après', zh: '前置' })} ${a.pre.join('+')}` : ''}`).join('\n');
    const system = t(lang, {
      en: `Commissioning coordinator for the new filler ${m} at ${plant}.\nTarget: ${m} released to production (activity J signed off) as early as possible.\nCrews: MECH, ELEC, INSTR, QA. Each crew does one activity at a time and activities cannot be split.\n\nActivity list:\n${board}\n\nCall get_commissioning_board to see what is done, then answer with the JSON schema: what each free crew starts now, the order of everything remaining, and the earliest release time in hours from now.`,
      fr: `Coordinateur de mise en service de la nouvelle remplisseuse ${m} à ${plant}.\nObjectif : ${m} libérée pour la production (activité J signée) au plus tôt.\nÉquipes : MECH, ELEC, INSTR, QA. Chaque équipe fait une activité à la fois et une activité ne se coupe pas.\n\nListe des activités :\n${board}\n\nAppelle get_commissioning_board pour voir ce qui est fait, puis réponds avec le schéma JSON : ce que chaque équipe libre démarre maintenant, l'ordre de tout ce qui reste et l'heure de libération au plus tôt, en heures à partir de maintenant.`,
      zh: `你是${plant}新灌装机 ${m} 的调试协调员。\n目标：${m} 尽早放行投产（活动 J 签字）。\n班组：MECH、ELEC、INSTR、QA。每个班组同一时间只能做一项活动，活动不能拆分。\n\n活动清单：\n${board}\n\n先调用 get_commissioning_board 查看已完成的项目，然后按 JSON 结构回答：每个空闲班组现在开始做什么、剩余活动的顺序，以及从现在起最早多少小时可以放行。`,
    });
    const doneSets = [[], ['A'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']];
    const done = doneSets[i % 4]!;
    const inProgress = i === 3 ? [{ id: 'H', crew: 'QA', remaining_h: rng.int(2, 5) }] : [];
    const messages: Msgs = [sys(system), user(t(lang, {
      en: `Site manager here. Where are we on ${m}, and what should the crews pick up right now?`,
      fr: `Ici le responsable de site. On en est où sur ${m}, et qu'est-ce que les équipes attaquent maintenant ?`,
      zh: `我是现场经理。${m} 现在进展到哪一步了？各班组现在应该接手什么？`,
    }))];
    exchange(rng, messages, 'get_commissioning_board', { machine: m }, {
      machine: m, done, in_progress: inProgress, crews_on_shift: ['MECH', 'ELEC', 'INSTR', 'QA'].filter(() => rng.chance(0.9)),
      note: rng.pick(['', 'ELEC crew leaves at 16:00 today', 'QA lab closed Sunday']),
    });
    return {
      lang,
      messages,
      tools: [tool('get_commissioning_board', 'Current commissioning progress for a machine.', { machine: str })],
      response_format: jsonSchema('commissioning_answer', {
        start_now: list(obj({ crew: oneOf('MECH', 'ELEC', 'INSTR', 'QA'), activity: str })),
        remaining_order: list(str),
        earliest_release_h: num,
      }),
    };
  },
};

// ───────────────────────────── utility_based ─────────────────────────────

const ubDockDoors: Family = {
  id: 'wd-ub-dock-door-wave', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Trucks must be assigned to doors under hard equipment constraints so that detention and handling costs add up to the least, an allocation chosen by weighing costs.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en'], i);
    const dc = t(lang, { en: rng.pick(['Lutterworth NDC', 'Avonmouth RDC', 'Dublin Ballycoolin DC']), de: rng.pick(['Zentrallager Unna', 'Logistikzentrum Marktheidenfeld']), es: rng.pick(['plataforma de Getafe', 'almacén regulador de Cabanillas']) });
    const cur = lang === 'en' && !dc.startsWith('Dublin') ? '£' : '€';
    const nDoors = rng.int(3, 5);
    const doors = Array.from({ length: nDoors }, (_, k) => ({
      door: rng.int(1, 4) + k * 4,
      reefer: k === 0 || rng.chance(0.3),
      leveller: k !== nDoors - 1,
      mA: rng.int(1, 9) * 10, mB: rng.int(1, 9) * 10, mC: rng.int(1, 9) * 10,
    }));
    const carriers = t(lang, { en: 'DHL|Culina|Wincanton|Kuehne+Nagel|Howard Tenens', de: 'Dachser|Hellmann|Nosta|Fiege|Elflein', es: 'Primafrio|Transportes Carreras|Sesé|Disfrimur|Ontime' }).split('|');
    const nTrucks = rng.int(4, 7);
    const trucks = Array.from({ length: nTrucks }, (_, k) => ({
      id: `T${pad(k + 1)}`,
      carrier: rng.pick(carriers),
      waited: rng.int(0, 150),
      pallets: rng.int(8, 33),
      zone: rng.pick(['A', 'B', 'C']),
      reefer: rng.chance(0.3),
      side: rng.chance(0.2),
    }));
    const rate = rng.pick([45, 55, 60, 75]);
    const free = rng.pick([90, 120]);
    const fk = rng.pick([0.12, 0.15, 0.2]);
    const reeferDoors = doors.filter((d) => d.reefer).map((d) => d.door).join(', ');
    const noLev = doors.filter((d) => !d.leveller).map((d) => d.door).join(', ');
    const system = t(lang, {
      en: `# Inbound dock coordinator — ${dc}\n## Role\nYou assign the trucks of each arrival wave to dock doors.\n## Cost model\n- Detention: carriers bill ${cur}${rate} per started hour once a truck has waited more than ${free} min since arrival.\n- Internal handling: ${cur}${fk.toFixed(2)} per pallet per 10 m between the door and the staging lane of the load's zone.\n- Unloading takes 8 min per 10 pallets (round up); a door takes one truck at a time.\n## Hard constraints\n- Reefer loads only at doors with seals (${reeferDoors}).\n- Door ${noLev} has no leveller: side-unload trailers only.\n## Output contract\nCall assign_doors once for the whole wave, with the unloading order per door. Pick the assignment with the lowest total cost for the wave.`,
      de: `# Wareneingangs-Koordination — ${dc}\n## Rolle\nDu verteilst die Lkw jeder Ankunftswelle auf die Tore.\n## Kostenmodell\n- Standgeld: Die Spediteure berechnen ${rate} ${cur} je angefangene Stunde, sobald ein Lkw länger als ${free} min seit Ankunft wartet.\n- Interner Transport: ${dec(lang, fk, 2)} ${cur} je Palette und 10 m zwischen Tor und Bereitstellfläche der Zone.\n- Entladen dauert 8 min je 10 Paletten (aufgerundet); ein Tor nimmt jeweils einen Lkw.\n## Harte Bedingungen\n- Kühlware nur an Toren mit Torabdichtung (${reeferDoors}).\n- Tor ${noLev} hat keine Überladebrücke: nur Seitenentladung.\n## Ausgabevertrag\nRufe assign_doors einmal für die ganze Welle auf, mit der Entladereihenfolge je Tor. Wähle die Zuordnung mit den niedrigsten Gesamtkosten für die Welle.`,
      es: `# Coordinación de muelles de entrada — ${dc}\n## Rol\nAsignas los camiones de cada oleada de llegadas a los muelles.\n## Modelo de costes\n- Paralización: los transportistas cobran ${rate} ${cur} por hora empezada cuando un camión lleva más de ${free} min esperando desde su llegada.\n- Manipulación interna: ${dec(lang, fk, 2)} ${cur} por palé y por 10 m entre el muelle y la playa de preparación de la zona.\n- Descargar lleva 8 min por cada 10 palés (redondeando hacia arriba); cada muelle atiende un camión a la vez.\n## Restricciones duras\n- Carga refrigerada solo en muelles con abrigo sellado (${reeferDoors}).\n- El muelle ${noLev} no tiene rampa niveladora: solo descarga lateral.\n## Contrato de salida\nLlama a assign_doors una sola vez para toda la oleada, con el orden de descarga por muelle. Elige la asignación con el menor coste total de la oleada.`,
    });
    const yes = t(lang, { en: 'yes', de: 'ja', es: 'sí' });
    const no = t(lang, { en: 'no', de: 'nein', es: 'no' });
    const head = t(lang, {
      en: '| truck | carrier | waited min | pallets | zone | reefer | side-unload |',
      de: '| Lkw | Spediteur | Wartezeit min | Paletten | Zone | Kühlware | Seitenentladung |',
      es: '| camión | transportista | espera min | palés | zona | refrigerado | descarga lateral |',
    });
    const dhead = t(lang, { en: '| door | seal | leveller | m to A | m to B | m to C |', de: '| Tor | Abdichtung | Überladebrücke | m zu A | m zu B | m zu C |', es: '| muelle | abrigo | niveladora | m a A | m a B | m a C |' });
    const rows = trucks.map((k) => `| ${k.id} | ${k.carrier} | ${k.waited} | ${k.pallets} | ${k.zone} | ${k.reefer ? yes : no} | ${k.side ? yes : no} |`).join('\n');
    const drows = doors.map((d) => `| ${d.door} | ${d.reefer ? yes : no} | ${d.leveller ? yes : no} | ${d.mA} | ${d.mB} | ${d.mC} |`).join('\n');
    const intro = t(lang, { en: `Wave ${hhmm(rng.int(300, 1200))}.`, de: `Welle ${hhmm(rng.int(300, 1200))} Uhr.`, es: `Oleada de las ${hhmm(rng.int(300, 1200))}.` });
    return {
      lang,
      messages: [sys(system), user(`${intro}\n\n${head}\n|---|---|---|---|---|---|---|\n${rows}\n\n${dhead}\n|---|---|---|---|---|---|\n${drows}`)],
      tools: [tool('assign_doors', 'Commit the door assignment for the current wave.', {
        assignments: list(obj({ truck: str, door: int, order: int })),
        expected_cost: num,
      })],
      tool_choice: { type: 'function', function: { name: 'assign_doors' } },
    };
  },
};

const ubBatteryDispatch: Family = {
  id: 'wd-ub-site-battery-dispatch', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'The agent sets battery power per time block to get the lowest bill from energy prices, demand charge and export credit within battery limits, a parameter choice scored on cost.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'fr', 'en'], i);
    const plant = t(lang, { en: rng.pick(['the Corby packaging plant', 'Grangemouth polymer compounding', 'the Shannon medical-device site']), ja: rng.pick(['栃木工場', '北上精密部品工場']), fr: rng.pick(["l'usine d'emballage de Saint-Avold", 'le site de plasturgie d’Oyonnax']) });
    const cur = lang === 'ja' ? '¥' : lang === 'fr' || plant.includes('Shannon') ? '€' : '£';
    const scale = lang === 'ja' ? 150 : 1;
    const blocks = ['00-03', '03-06', '06-09', '09-12', '12-15', '15-18', '18-21', '21-24'];
    const load = blocks.map((_, k) => (k >= 2 && k <= 5 ? rng.int(900, 1400) : rng.int(350, 700)));
    const pv = blocks.map((_, k) => (k === 3 || k === 4 ? rng.int(300, 650) : k === 2 || k === 5 ? rng.int(50, 250) : 0));
    const tariff = blocks.map((_, k) => {
      const base = k <= 1 ? 0.11 : k === 6 ? 0.31 : k >= 2 && k <= 5 ? 0.22 : 0.16;
      return Math.round((base + rng.int(-2, 2) / 100) * scale * 100) / 100;
    });
    const cap = rng.pick([800, 1000, 1500, 2000]);
    const pmax = rng.pick([250, 400, 500]);
    const eff = rng.pick([88, 90, 92]);
    const soc = rng.int(20, 60);
    const endSoc = rng.pick([30, 40, 50]);
    const dcharge = Math.round(rng.pick([8, 11, 14]) * scale);
    const exp = Math.round(rng.pick([0.04, 0.06]) * scale * 100) / 100;
    const table = blocks.map((b, k) => `${b} | ${load[k]} | ${pv[k]} | ${lang === 'ja' ? tariff[k] : dec(lang, tariff[k]!, 2)}`).join('\n');
    const system = t(lang, {
      en: `Energy desk assistant for ${plant}. Tomorrow's site load, rooftop PV forecast and import tariff are given in 3-hour blocks (average kW; tariff ${cur}/kWh).\nBattery: ${cap} kWh usable, charge/discharge up to ${pmax} kW, round-trip efficiency ${eff} %, starts at ${soc} % and must end the day at ${endSoc} % or more.\nDemand charge: ${cur}${dcharge} per kW on the highest block-average grid import of the day. Export earns ${cur}${exp}/kWh.\nGive the battery power for each block (positive = charging, negative = discharging) that gives the lowest total bill for the day, plus the bill and the peak import you expect.`,
      ja: `${plant}のエネルギー管理アシスタントです。明日の工場負荷、屋根置き太陽光の予測、買電単価を3時間ごとのブロックで示します（平均kW、単価は${cur}/kWh）。\n蓄電池: 使用可能容量 ${cap} kWh、充放電最大 ${pmax} kW、往復効率 ${eff} %、開始時SOC ${soc} %、1日の終わりに ${endSoc} % 以上残すこと。\n基本料金: その日のブロック平均買電の最大値 1 kW あたり ${cur}${dcharge}。売電は ${cur}${exp}/kWh。\n各ブロックの蓄電池出力（正＝充電、負＝放電）を、1日の電気料金の総額が最も安くなるように決め、想定される料金と最大買電も示してください。`,
      fr: `Assistant du pôle énergie pour ${plant}. La charge du site, la prévision photovoltaïque de toiture et le tarif d'achat de demain sont donnés par blocs de 3 heures (kW moyens ; tarif en ${cur}/kWh).\nBatterie : ${cap} kWh utiles, charge/décharge jusqu'à ${pmax} kW, rendement aller-retour ${eff} %, départ à ${soc} %, doit finir la journée à ${endSoc} % ou plus.\nComposante puissance : ${dcharge} ${cur} par kW sur la plus forte moyenne de soutirage par bloc de la journée. L'injection rapporte ${dec(lang, exp, 2)} ${cur}/kWh.\nDonne la puissance batterie de chaque bloc (positive = charge, négative = décharge) qui donne la facture totale la plus basse sur la journée, ainsi que la facture et la pointe de soutirage attendues.`,
    });
    const head = t(lang, { en: 'block | load kW | PV kW | tariff', ja: 'ブロック | 負荷 kW | 太陽光 kW | 単価', fr: 'bloc | charge kW | PV kW | tarif' });
    const extra = i === 3 ? `\nNote from production: the 15-18 block may add a ${rng.int(150, 300)} kW kiln test; treat it as confirmed.` : '';
    return {
      lang,
      messages: [sys(system), user(`${head}\n${table}${extra}`)],
      response_format: jsonSchema('battery_dispatch', {
        blocks: list(obj({ block: str, battery_kw: num })),
        expected_bill: num,
        peak_import_kw: num,
      }),
    };
  },
};

const ubFertiliserSplit: Family = {
  id: 'wd-ub-nitrogen-split', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'A limited nitrogen budget must be divided across fields whose yield responses diminish, so the answer is an allocation that balances marginal return against input cost.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'es', 'en', 'pt'], i);
    const farm = t(lang, { pt: rng.pick(['Fazenda Santa Luzia', 'Fazenda Três Barras', 'Sítio Boa Esperança']), es: rng.pick(['Estancia La Porteña', 'Campo Los Álamos']), en: rng.pick(['Harwood Farms', 'Bell Creek Farm']) });
    const nFields = rng.int(3, 5);
    const doses = [0, 60, 120, 180];
    const unitYield = t(lang, { pt: 'sc/ha', es: 'qq/ha', en: 't/ha' });
    const fields = Array.from({ length: nFields }, (_, k) => {
      const area = rng.int(15, 90);
      const base = lang === 'en' ? rng.int(50, 80) / 10 : rng.int(90, 140);
      const gain = lang === 'en' ? rng.int(15, 40) / 10 : rng.int(25, 70);
      const ys = doses.map((d) => {
        const v = base + gain * (1 - Math.exp(-d / rng.int(50, 90)));
        return lang === 'en' ? Math.round(v * 10) / 10 : Math.round(v);
      });
      return { name: `T${k + 1}`, area, ys };
    });
    const budgetT = Math.round((fields.reduce((s, f) => s + f.area, 0) * rng.int(70, 110)) / 1000 / 0.45);
    const table = fields.map((f) => `${f.name}: ${f.area} ha | ${f.ys.join(' | ')}`).join('\n');
    const ask = t(lang, {
      pt: `Temos só ${budgetT} t de ureia (45 % de N) para a cobertura do milho da ${farm}. Resposta de cada talhão (produtividade em ${unitYield} para 0 / 60 / 120 / 180 kg de N/ha, do ensaio de faixas):\n${table}\n\nMilho a R$ ${rng.int(48, 68)}/sc, ureia a R$ ${rng.int(2300, 3100)}/t posta na fazenda. O T${nFields} é arrendado e o contrato termina nesta safra. Quanto de N vai para cada talhão para dar o maior retorno com essa ureia? Pode sobrar ureia se não compensar.`,
      es: `Nos quedan ${budgetT} t de urea (46 % N) para refertilizar el maíz en ${farm}. Respuesta de cada lote (rinde en ${unitYield} con 0 / 60 / 120 / 180 kg N/ha, según los ensayos en franjas):\n${table}\n\nMaíz a US$ ${rng.int(150, 190)}/t, urea a US$ ${rng.int(520, 680)}/t puesta en campo. Repartí la urea entre los lotes para sacar el mayor margen; si en algún lote no paga, no le pongas.`,
      en: `${farm}: we have ${budgetT} t of urea (46 % N) left for side-dressing corn. Strip-trial response per field (yield in ${unitYield} at 0 / 60 / 120 / 180 kg N/ha):\n${table}\n\nCorn at $${rng.int(170, 210)}/t, urea $${rng.int(520, 680)}/t delivered, application $${rng.int(12, 20)}/ha per pass. How much N goes on each field to get the most net return from what we have? Leaving some urea in the shed is fine if it doesn't pay.`,
    });
    const messages: Msgs = i === 3
      ? [sys('Você é o agrônomo-assistente da fazenda. Responda em português, com a dose de N por talhão, o uso total de ureia e a margem esperada.'), user(ask)]
      : [user(ask)];
    return { lang, messages };
  },
};

const ubCarrierChoice: Family = {
  id: 'wd-ub-carrier-booking', label: 'utility_based', secondary: 'learning', difficulty: 'hard', variants: 4,
  rationale: 'The agent must pick one carrier option by a weighted score of cost, lateness risk and damage risk under a delivery-date constraint; the carriers\' historical scorecards could also be read as learning from past outcomes.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'de', 'en'], i);
    const shipper = t(lang, { en: rng.pick(['Northgate Ceramics', 'Pennine Pumps Ltd']), zh: rng.pick(['宁波瑞丰电器', '苏州华辰精密']), de: rng.pick(['Kessler Armaturen GmbH', 'Brandt Landtechnik']) });
    const lane = t(lang, { en: rng.pick(['Stoke-on-Trent → Glasgow', 'Leeds → Southampton']), zh: rng.pick(['宁波 → 成都', '苏州 → 西安']), de: rng.pick(['Bielefeld → München', 'Kassel → Hamburg']) });
    const pallets = rng.int(4, 22);
    const names = t(lang, { en: 'Palletline|Fagan & Whalley|DX Freight|Pall-Ex|Hoults', zh: '德邦快运|安能物流|顺丰快运|中通快运|百世快运', de: 'Dachser|Schenker|Hellmann|Kühne+Nagel|Cargoline' }).split('|');
    const chosen = rng.sample(names, 4);
    const month = `2025-0${rng.int(3, 9)}`;
    const readyDay = rng.int(3, 20);
    const quotes = chosen.map((c, k) => {
      const transit = rng.int(1, 4);
      return {
        quote_id: `Q-${rng.int(10000, 99999)}`,
        carrier: c,
        service: rng.pick(['standard', 'economy', 'premium', 'timed']),
        price: Math.round(pallets * rng.int(28, 70) * (lang === 'zh' ? 7 : 1)),
        transit_days: transit,
        est_delivery: `${month}-${pad(readyDay + transit)}`,
        note: k === 0 ? 'tail-lift surcharge included' : '',
      };
    });
    const score = chosen.map((c) => ({ carrier: c, on_time_pct_90d: rng.int(78, 99), damage_claims_per_1000: rng.int(1, 14) / 2, shipments_90d: rng.int(8, 140) }));
    const mustArrive = `${month}-${pad(readyDay + rng.int(2, 3))}`;
    const system = t(lang, {
      en: `# FreightDesk agent\nRole: book road freight for ${shipper}.\nDecision policy: score each feasible option as 0.5 × cost + 0.3 × late risk + 0.2 × damage risk, each normalised 0–1 across the feasible options (lower is better). Late risk = 1 − on-time rate; damage risk = claims per 1,000 shipments. Options that cannot deliver by the customer's must-arrive date are out.\nTools: get_quotes, get_scorecard, book_shipment.\nOutput contract: gather the data, call book_shipment exactly once, then reply with three lines of justification.`,
      zh: `# 货运订舱助手\n角色：为${shipper}预订公路零担/整车运输。\n决策方法：对每个可行方案打分 = 0.5 × 成本 + 0.3 × 延误风险 + 0.2 × 货损风险，三项都在可行方案之间归一化到 0–1（越低越好）。延误风险 = 1 − 准时率；货损风险 = 每千票理赔数。无法在客户要求的最晚到货日前送达的方案直接排除。\n工具：get_quotes、get_scorecard、book_shipment。\n输出约定：先收集数据，然后只调用一次 book_shipment，再用三行文字说明理由。`,
      de: `# FreightDesk-Agent\nRolle: Straßentransporte für ${shipper} buchen.\nEntscheidungsregel: Jede zulässige Option wird bewertet mit 0,5 × Kosten + 0,3 × Verspätungsrisiko + 0,2 × Schadensrisiko, jeweils über die zulässigen Optionen auf 0–1 normiert (niedriger ist besser). Verspätungsrisiko = 1 − Termintreue; Schadensrisiko = Schadensfälle je 1.000 Sendungen. Optionen, die den spätesten Liefertermin des Kunden nicht schaffen, scheiden aus.\nWerkzeuge: get_quotes, get_scorecard, book_shipment.\nAusgabevertrag: Daten sammeln, book_shipment genau einmal aufrufen, dann drei Zeilen Begründung.`,
    });
    const ask = t(lang, {
      en: `${pallets} pallets, ${lane}, ready ${hhmm(rng.int(480, 900))} tomorrow, customer must have them by ${mustArrive}. Book the best option.`,
      zh: `${pallets} 托货，${lane}，明天 ${hhmm(rng.int(480, 900))} 备好，客户要求最晚 ${mustArrive} 到货。请订一个最合适的方案。`,
      de: `${pallets} Paletten, ${lane}, morgen ab ${hhmm(rng.int(480, 900))} Uhr abholbereit, Kunde braucht sie spätestens am ${mustArrive}. Bitte die beste Option buchen.`,
    });
    const messages: Msgs = [sys(system), user(ask)];
    exchange(rng, messages, 'get_quotes', { lane, pallets, must_arrive: mustArrive }, { quotes });
    if (i % 2 === 1) {
      messages.push(user(t(lang, {
        en: `FYI ${chosen[1]} dropped two of our pallets off a tail-lift last month — claim still open.`,
        zh: `补充一下：${chosen[1]} 上个月卸货时摔坏了我们两托货，理赔还没结。`,
        de: `Zur Info: ${chosen[1]} hat uns letzten Monat zwei Paletten von der Ladebordwand fallen lassen, der Schaden ist noch offen.`,
      })));
    }
    exchange(rng, messages, 'get_scorecard', { carriers: chosen }, { period: 'last 90 days', carriers: score });
    return {
      lang,
      messages,
      tools: [
        tool('get_quotes', 'Get carrier quotes for a lane.', { lane: str, pallets: int, must_arrive: str }),
        tool('get_scorecard', 'On-time and damage history of carriers for this shipper.', { carriers: list(str) }),
        tool('book_shipment', 'Book one quote.', { quote_id: str, carrier: str }),
      ],
    };
  },
};

const ubOreBlend: Family = {
  id: 'wd-ub-ore-cargo-blend', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Tonnages from several stockpiles are chosen to meet every grade limit at the lowest cost, a constrained allocation scored on money rather than a path to a goal.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'pt', 'en'], i);
    const port = t(lang, { en: rng.pick(['Port Hedland', 'Dampier', 'Saldanha Bay']), es: rng.pick(['Huasco', 'Guacolda', 'San Nicolás']), pt: rng.pick(['Ponta da Madeira', 'Tubarão', 'Itaguaí']) });
    const grade = rng.pick(['fines 62', 'lump 63', 'fines 60.5']);
    const fe = grade === 'lump 63' ? 62.5 : grade === 'fines 62' ? 61.5 : 60.0;
    const si = rng.pick([4.5, 5.0, 5.5]);
    const al = rng.pick([2.3, 2.5]);
    const p = rng.pick([0.08, 0.09, 0.1]);
    const size = rng.int(150, 190);
    const nPiles = rng.int(4, 6);
    const piles = Array.from({ length: nPiles }, (_, k) => ({
      pile: `SP-${String.fromCharCode(65 + k)}`,
      kt: rng.int(20, 90),
      fe: rng.int(580, 655) / 10,
      si: rng.int(30, 80) / 10,
      al: rng.int(14, 32) / 10,
      p: rng.int(6, 13) / 100,
      cost: rng.int(38, 71),
    }));
    const head = t(lang, { en: '| pile | available kt | Fe % | SiO2 % | Al2O3 % | P % | cost $/t |', es: '| pila | disponible kt | Fe % | SiO2 % | Al2O3 % | P % | costo US$/t |', pt: '| pilha | disponível kt | Fe % | SiO2 % | Al2O3 % | P % | custo US$/t |' });
    const rows = piles.map((x) => `| ${x.pile} | ${x.kt} | ${dec(lang, x.fe)} | ${dec(lang, x.si)} | ${dec(lang, x.al)} | ${dec(lang, x.p, 2)} | ${x.cost} |`).join('\n');
    const system = t(lang, {
      en: `Blending desk, ${port} export terminal. Build the next cargo from the stockpiles listed by the user. Contract spec for ${grade}: Fe ≥ ${fe} %, SiO2 ≤ ${si} %, Al2O3 ≤ ${al} %, P ≤ ${p} %. Every stockpile is already under 9 % moisture. Penalties apply outside spec, so stay inside it on every element. Work in whole kilotonnes. Give kilotonnes per stockpile for the lowest total cost that meets every limit, and the resulting blend.`,
      es: `Mesa de mezclas, terminal de embarque de ${port}. Arma el próximo cargamento con las pilas que indica el usuario. Especificación del contrato (${grade}): Fe ≥ ${dec(lang, fe)} %, SiO2 ≤ ${dec(lang, si)} %, Al2O3 ≤ ${dec(lang, al)} %, P ≤ ${dec(lang, p, 2)} %. Todas las pilas ya están bajo 9 % de humedad. Fuera de especificación hay castigos, así que hay que quedar dentro en todos los elementos. Trabaja en kilotoneladas enteras. Indica las kilotoneladas de cada pila con el menor costo total que cumpla todos los límites, y la ley resultante.`,
      pt: `Mesa de blendagem, terminal de ${port}. Monte a próxima carga com as pilhas que o usuário informar. Especificação contratual (${grade}): Fe ≥ ${dec(lang, fe)} %, SiO2 ≤ ${dec(lang, si)} %, Al2O3 ≤ ${dec(lang, al)} %, P ≤ ${dec(lang, p, 2)} %. Todas as pilhas já estão abaixo de 9 % de umidade. Fora da especificação há multa, então fique dentro em todos os elementos. Trabalhe em quilotoneladas inteiras. Informe as quilotoneladas de cada pilha com o menor custo total que atenda a todos os limites, e o teor resultante.`,
    });
    const vessel = rng.pick(['MV Cape Arcturus', 'MV Pacific Orchid', 'MV Shin Kohoku', 'MV Ore Itaguaí']);
    const ask = t(lang, {
      en: `${vessel} (${size} kt) berths ${rng.pick(['Tuesday', 'Thursday', 'Saturday'])} night. Stockpiles as of this morning's survey:\n${head}\n|---|---|---|---|---|---|---|\n${rows}`,
      es: `El ${vessel} (${size} kt) atraca el ${rng.pick(['martes', 'jueves', 'sábado'])} en la noche. Pilas según la topografía de esta mañana:\n${head}\n|---|---|---|---|---|---|---|\n${rows}`,
      pt: `O ${vessel} (${size} kt) atraca ${rng.pick(['terça', 'quinta', 'sábado'])} à noite. Pilhas conforme a topografia de hoje cedo:\n${head}\n|---|---|---|---|---|---|---|\n${rows}`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('cargo_blend', {
        kilotonnes: list(obj({ stockpile: str, kt: int })),
        blend: obj({ fe: num, sio2: num, al2o3: num, p: num }),
        cost_per_t: num,
      }),
    };
  },
};

// ──────────────────────────────── learning ────────────────────────────────

const leWeldTrials: Family = {
  id: 'wd-le-weld-cell-trials', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'The cell is said to differ from handbook values, so the parameters for a new plate thickness have to be inferred from the logged trial welds and their outcomes and generalised to the new case.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'en'], i);
    const cell = `RW-${rng.int(1, 9)}`;
    const wire = rng.pick(['G3Si1 1.0 mm', 'G4Si1 1.2 mm', 'ER70S-6 1.0 mm']);
    const gas = rng.pick(['M21 (82 % Ar / 18 % CO2)', 'M20 (92 % Ar / 8 % CO2)']);
    const k = rng.int(30, 40);
    const c0 = rng.int(50, 90);
    const ideal = (th: number) => k * th + c0;
    const outcome = (th: number, cur: number, volt: number, tr: number): string => {
      const idI = ideal(th);
      const idV = 0.05 * idI + 14.5;
      if (cur < idI - 25 || tr > 62 - 3 * th + 10) return t(lang, { en: 'lack of fusion at root', de: 'Bindefehler in der Wurzel', ja: '溶け込み不良（ルート）' });
      if (cur > idI + 25) return th <= 4 ? t(lang, { en: 'burn-through', de: 'Durchbrand', ja: '溶け落ち' }) : t(lang, { en: 'undercut on top toe', de: 'Einbrandkerbe oben', ja: 'アンダーカット（上側）' });
      if (volt > idV + 1.8) return t(lang, { en: 'heavy spatter, porosity', de: 'starke Spritzer, Poren', ja: 'スパッタ多・ブローホール' });
      return 'OK';
    };
    const ths = rng.sample([2, 3, 4, 5, 6, 8, 10], 5);
    const trials = Array.from({ length: rng.int(6, 9) }, (_, n) => {
      const th = ths[n % ths.length]!;
      const cur = Math.round(ideal(th) + rng.int(-40, 40));
      const volt = Math.round((0.05 * cur + 14.5 + rng.int(-10, 25) / 10) * 10) / 10;
      const tr = Math.round(62 - 3 * th + rng.int(-8, 14));
      return { n: n + 1, th, cur, volt, tr, res: outcome(th, cur, volt, tr) };
    });
    const newTh = rng.pick([3, 5, 6, 7, 9, 12].filter((x) => !ths.includes(x)));
    const joint = t(lang, { en: rng.pick(['T-joint fillet, PB position', 'lap fillet, PA position']), de: rng.pick(['T-Stoß Kehlnaht, Position PB', 'Überlappstoß Kehlnaht, Position PA']), ja: rng.pick(['T継手すみ肉、PB姿勢', '重ね継手すみ肉、PA姿勢']) });
    const head = t(lang, { en: '# | plate mm | current A | voltage V | travel cm/min | result', de: 'Nr. | Blech mm | Strom A | Spannung V | Vorschub cm/min | Ergebnis', ja: 'No. | 板厚 mm | 電流 A | 電圧 V | 速度 cm/min | 結果' });
    const rows = trials.map((x) => `${x.n} | ${x.th} | ${x.cur} | ${dec(lang, x.volt)} | ${x.tr} | ${x.res}`).join('\n');
    const system = t(lang, {
      en: `Weld-cell assistant for robot cell ${cell} (GMAW, ${wire}, ${gas}). You propose a starting parameter set for a new joint. The process engineer's trial log for this cell is in the request; go by what those trials showed rather than handbook tables, because this cell's torch cable and feeder do not behave like the handbook. Reply in the JSON schema.`,
      de: `Schweißzellen-Assistent für Roboterzelle ${cell} (MAG, ${wire}, ${gas}). Du schlägst einen Start-Parametersatz für eine neue Naht vor. Das Versuchsprotokoll des Schweißfachingenieurs für diese Zelle steht in der Anfrage; richte dich nach dem, was diese Versuche gezeigt haben, nicht nach Tabellenwerten – Schlauchpaket und Drahtvorschub dieser Zelle verhalten sich anders als im Handbuch. Antworte im JSON-Schema.`,
      ja: `ロボット溶接セル ${cell}（MAG、${wire}、${gas}）の溶接アシスタントです。新しい継手の初期条件を提案してください。このセルの試験溶接記録を依頼文に添付しています。このセルはトーチケーブルと送給装置の特性がハンドブックと異なるので、表の値ではなく試験結果から判断してください。JSONスキーマで回答してください。`,
    });
    const ask = t(lang, {
      en: `Trial log:\n${head}\n${rows}\n\nNew part: ${newTh} mm plate, ${joint}. What do we start with?`,
      de: `Versuchsprotokoll:\n${head}\n${rows}\n\nNeues Teil: ${newTh} mm Blech, ${joint}. Womit fangen wir an?`,
      ja: `試験記録:\n${head}\n${rows}\n\n新しい部品: 板厚 ${newTh} mm、${joint}。どの条件から始めますか？`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('weld_start', {
        current_a: int, voltage_v: num, travel_cm_min: int, expected_risk: str, closest_trials: list(int),
      }),
    };
  },
};

type WorkReq = { en: string; de: string; ja: string; es: string; dflt: string; real: string; group: number };
const WORK_REQS: WorkReq[] = [
  { en: 'NH3 compressor C-2 on the refrigeration skid: oil pressure alarm', de: 'NH3-Verdichter C-2 auf dem Kälteskid: Öldruckalarm', ja: '冷凍スキッドのNH3圧縮機C-2：油圧警報', es: 'Compresor de NH3 C-2 del skid de frío: alarma de presión de aceite', dflt: 'MECH', real: 'CONTRACTOR', group: 0 },
  { en: 'Ammonia skid: level transmitter LT-305 reading erratic', de: 'Ammoniakskid: Füllstandstransmitter LT-305 springt', ja: 'アンモニアスキッド：レベル発信器LT-305の指示が不安定', es: 'Skid de amoníaco: transmisor de nivel LT-305 con lectura errática', dflt: 'INSTR', real: 'CONTRACTOR', group: 0 },
  { en: 'Refrigeration skid condenser fan motor noisy', de: 'Kälteskid: Verflüssigerlüfter-Motor laut', ja: '冷凍スキッドの凝縮器ファンモーター異音', es: 'Skid de frío: motor del ventilador del condensador hace ruido', dflt: 'MECH', real: 'CONTRACTOR', group: 0 },
  { en: 'Conveyor 14 drive trips, VFD shows OC3 overcurrent', de: 'Förderer 14 Antrieb fällt aus, FU zeigt OC3 Überstrom', ja: 'コンベヤ14の駆動がトリップ、インバータにOC3過電流表示', es: 'El accionamiento de la cinta 14 se dispara, variador muestra OC3 sobrecorriente', dflt: 'MECH', real: 'ELEC', group: 1 },
  { en: 'Mixer M-3 won\'t start, drive display says "DC bus undervoltage"', de: 'Mischer M-3 startet nicht, Umrichter meldet „Zwischenkreis Unterspannung“', ja: 'ミキサーM-3が起動しない、インバータ表示「直流母線不足電圧」', es: 'La mezcladora M-3 no arranca, el variador indica "subtensión bus CC"', dflt: 'MECH', real: 'ELEC', group: 1 },
  { en: 'High-bay warehouse: two LED fittings out at 11 m above aisle 7', de: 'Hochregallager: zwei LED-Leuchten in 11 m Höhe über Gang 7 ausgefallen', ja: '自動倉庫：7番通路上部11 mのLED照明2灯不点', es: 'Almacén autoportante: dos luminarias LED apagadas a 11 m sobre el pasillo 7', dflt: 'ELEC', real: 'CONTRACTOR', group: 2 },
  { en: 'Warehouse roof gutter leaking onto racking, about 9 m up', de: 'Lager: Dachrinne tropft auf das Regal, etwa 9 m hoch', ja: '倉庫の雨樋が約9 mの高さでラックに漏水', es: 'Almacén: canalón gotea sobre las estanterías, a unos 9 m', dflt: 'CIVIL', real: 'CONTRACTOR', group: 2 },
  { en: 'Gearbox on bottle elevator BE-1 running hot', de: 'Getriebe am Flaschenelevator BE-1 läuft heiß', ja: 'ボトルエレベータBE-1の減速機が高温', es: 'Reductor del elevador de botellas BE-1 calienta', dflt: 'MECH', real: 'MECH', group: 3 },
  { en: 'Cracked concrete plinth under pump P-12', de: 'Gerissener Betonsockel unter Pumpe P-12', ja: 'ポンプP-12下のコンクリート基礎にひび', es: 'Pedestal de hormigón agrietado bajo la bomba P-12', dflt: 'CIVIL', real: 'CIVIL', group: 3 },
  { en: 'Pressure transmitter PT-118 on CIP return reads zero', de: 'Drucktransmitter PT-118 im CIP-Rücklauf zeigt null', ja: 'CIP戻りの圧力発信器PT-118がゼロ表示', es: 'El transmisor de presión PT-118 del retorno CIP marca cero', dflt: 'INSTR', real: 'INSTR', group: 3 },
];

const leCrewCorrections: Family = {
  id: 'wd-le-work-request-overrides', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
  rationale: "The crew choice for the new request should follow the pattern in the supervisor's earlier overrides rather than the default mapping, although the request itself is a one-shot routing decision.",
  make: (rng, i) => {
    const lang = langAt(['ja', 'de', 'en', 'es'], i);
    const targetGroup = i % 3;
    const pool = WORK_REQS.filter((w) => w.group !== targetGroup || rng.chance(0.5));
    const shown = rng.sample(pool, rng.int(5, 7));
    const candidates = WORK_REQS.filter((w) => w.group === targetGroup && !shown.includes(w));
    const fresh = candidates.length ? rng.pick(candidates) : rng.pick(WORK_REQS.filter((w) => !shown.includes(w)));
    // make sure the pattern for the new request is visible at least once
    const witness = WORK_REQS.find((w) => w.group === fresh.group && w !== fresh && !shown.includes(w));
    if (witness && !shown.some((w) => w.group === fresh.group)) shown.push(witness);
    const lines = shown.map((w) => t(lang, {
      en: `- "${w.en}" → you: ${w.dflt}; supervisor: ${w.real === w.dflt ? 'kept' : w.real}`,
      de: `- „${w.de}“ → du: ${w.dflt}; Meister: ${w.real === w.dflt ? 'bestätigt' : w.real}`,
      ja: `- 「${w.ja}」→ あなた: ${w.dflt}／監督: ${w.real === w.dflt ? '変更なし' : w.real}`,
      es: `- "${w.es}" → tú: ${w.dflt}; supervisor: ${w.real === w.dflt ? 'sin cambio' : w.real}`,
    })).join('\n');
    const site = t(lang, { en: rng.pick(['Wrexham brewery', 'Ballymena dairy']), de: rng.pick(['Molkerei Dargun', 'Brauerei Lich']), ja: rng.pick(['群馬ビール工場', '北海道乳業工場']), es: rng.pick(['planta de zumos de Tudela', 'cervecera de Burgos']) });
    const system = t(lang, {
      en: `You route maintenance work requests at the ${site} to one crew: MECH, ELEC, INSTR, CIVIL or CONTRACTOR. Default mapping: motors, gearboxes, bearings → MECH; breakers, drives, lighting, cabling → ELEC; transmitters, positioners, PLC I/O → INSTR; concrete, roofing, drains → CIVIL. The area supervisor's overrides of your recent picks come with each request. Where they show a consistent pattern, follow the pattern over the default.`,
      de: `Du verteilst Instandhaltungsmeldungen in der ${site} auf genau ein Gewerk: MECH, ELEC, INSTR, CIVIL oder CONTRACTOR. Standardzuordnung: Motoren, Getriebe, Lager → MECH; Schalter, Umrichter, Beleuchtung, Kabel → ELEC; Transmitter, Stellungsregler, SPS-E/A → INSTR; Beton, Dach, Entwässerung → CIVIL. Die Korrekturen des Bereichsmeisters an deinen letzten Zuordnungen kommen mit jeder Meldung mit. Wo sie ein durchgängiges Muster zeigen, folge dem Muster statt der Standardzuordnung.`,
      ja: `あなたは${site}の保全依頼を1つの班に振り分けます: MECH、ELEC、INSTR、CIVIL、CONTRACTOR。標準の振り分け: モーター・減速機・軸受 → MECH、遮断器・インバータ・照明・ケーブル → ELEC、発信器・ポジショナ・PLC入出力 → INSTR、コンクリート・屋根・排水 → CIVIL。各依頼には、あなたの最近の振り分けに対するエリア監督の修正が付いています。修正に一貫した傾向があれば、標準よりその傾向に従ってください。`,
      es: `Repartes los avisos de mantenimiento de la ${site} a una sola cuadrilla: MECH, ELEC, INSTR, CIVIL o CONTRACTOR. Asignación por defecto: motores, reductores, rodamientos → MECH; interruptores, variadores, iluminación, cableado → ELEC; transmisores, posicionadores, E/S de PLC → INSTR; hormigón, cubiertas, desagües → CIVIL. Cada aviso llega con las correcciones del supervisor de área a tus últimas asignaciones. Donde muestren un patrón constante, sigue el patrón antes que la asignación por defecto.`,
    });
    const ask = t(lang, {
      en: `Supervisor overrides (last 2 weeks):\n${lines}\n\nNew request WR-${rng.int(40000, 49999)}: "${fresh.en}"`,
      de: `Korrekturen des Meisters (letzte 2 Wochen):\n${lines}\n\nNeue Meldung WR-${rng.int(40000, 49999)}: „${fresh.de}“`,
      ja: `監督の修正（直近2週間）:\n${lines}\n\n新しい依頼 WR-${rng.int(40000, 49999)}：「${fresh.ja}」`,
      es: `Correcciones del supervisor (últimas 2 semanas):\n${lines}\n\nNuevo aviso WR-${rng.int(40000, 49999)}: "${fresh.es}"`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('routing', { crew: oneOf('MECH', 'ELEC', 'INSTR', 'CIVIL', 'CONTRACTOR'), why: str }),
      max_tokens: 120,
    };
  },
};

const lePumpCaseMemory: Family = {
  id: 'wd-le-pump-case-memory', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Retrieved past maintenance cases with their outcomes (a bearing swap that failed again, an alignment that fixed it) must guide the work order for a new, similar alert.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'en', 'zh'], i);
    const asset = `${rng.pick(['P', 'CP', 'FW'])}-${rng.int(101, 340)}${rng.pick(['A', 'B', ''])}`;
    const site = t(lang, { en: rng.pick(['Teesside chemicals site', 'Severn Trent Minworth works', 'Grangemouth utilities']), fr: rng.pick(['la raffinerie de Donges', "la station d'épuration Seine Aval"]), zh: rng.pick(['镇海炼化动力车间', '上海白龙港污水厂']) });
    const v = rng.int(72, 112) / 10;
    const ax = rng.int(45, 90) / 10;
    const temp = rng.int(62, 84);
    const days = rng.int(4, 20);
    const system = t(lang, {
      en: `# Reliability agent — ${site}\nYou handle condition-monitoring alerts on rotating equipment. Before acting, search the case memory for similar past cases; each case records symptoms, what was done and how it turned out. Prefer actions that actually fixed the problem in those cases over the first thing that comes to mind. Then raise exactly one work order with create_work_order.\nTools: get_asset, search_case_memory, create_work_order.`,
      fr: `# Agent fiabilité — ${site}\nTu traites les alertes de surveillance vibratoire des machines tournantes. Avant d'agir, cherche dans la mémoire des cas les cas passés similaires ; chaque cas indique les symptômes, ce qui a été fait et le résultat. Privilégie ce qui a réellement réglé le problème dans ces cas plutôt que la première idée venue. Crée ensuite exactement un ordre de travail avec create_work_order.\nOutils : get_asset, search_case_memory, create_work_order.`,
      zh: `# 设备可靠性助手 — ${site}\n你负责处理转动设备的状态监测报警。行动之前，先在案例库中检索类似的历史案例；每个案例记录了症状、采取的措施以及最终效果。优先采用在这些案例中真正解决了问题的做法，而不是第一反应。然后用 create_work_order 只开一张工单。\n工具：get_asset、search_case_memory、create_work_order。`,
    });
    const alert = t(lang, {
      en: `CM alert ${asset}: overall velocity ${v} mm/s (alarm 7.1), 1× running speed dominant, axial ${ax} mm/s, DE bearing ${temp} °C. Coupling was replaced ${days} days ago.`,
      fr: `Alerte surveillance ${asset} : vitesse globale ${dec(lang, v)} mm/s (alarme 7,1), 1× fréquence de rotation dominant, axial ${dec(lang, ax)} mm/s, palier côté accouplement ${temp} °C. L'accouplement a été remplacé il y a ${days} jours.`,
      zh: `状态监测报警 ${asset}：总振动速度 ${v} mm/s（报警值 7.1），以 1 倍转频为主，轴向 ${ax} mm/s，驱动端轴承 ${temp} °C。${days} 天前更换过联轴器。`,
    });
    const messages: Msgs = [sys(system), user(alert)];
    exchange(rng, messages, 'get_asset', { asset }, {
      asset, type: rng.pick(['end-suction centrifugal pump', 'split-case pump', 'boiler feed pump']), motor_kw: rng.pick([37, 55, 90, 132]), rpm: rng.pick([1480, 2960]),
      last_work: [{ date: `-${days}d`, what: 'coupling replaced (elastomer insert worn)', by: rng.pick(['night shift fitter', 'contractor']) }],
    });
    const cases = [
      { id: `C-${rng.int(1000, 1199)}`, symptoms: '1× dominant, high axial, after coupling work', action: 'replaced DE bearing', outcome: `vibration back above alarm after ${rng.int(2, 5)} weeks; root cause later found to be angular misalignment` },
      { id: `C-${rng.int(1200, 1399)}`, symptoms: '1× dominant, high axial, after motor swap', action: 'laser alignment, corrected 0.4 mm soft foot with shims', outcome: `resolved, ${rng.int(12, 24) / 10} mm/s after 3 months` },
      { id: `C-${rng.int(1400, 1599)}`, symptoms: '1× radial dominant, low axial', action: 'impeller balanced', outcome: 'resolved' },
      { id: `C-${rng.int(1600, 1799)}`, symptoms: 'high bearing temperature, 1× normal', action: 'regreased DE bearing', outcome: 'temperature rose further; bearing over-greased, purged' },
    ];
    exchange(rng, messages, 'search_case_memory', { query: '1x dominant high axial vibration after coupling replacement', asset_class: 'centrifugal pump', k: 4 }, { results: rng.sample(cases, 4) });
    if (i >= 2) {
      exchange(rng, messages, 'search_case_memory', { query: `${asset} history`, asset_class: 'centrifugal pump', k: 2 }, {
        results: [{ id: `C-${rng.int(1800, 1999)}`, asset, symptoms: 'seal leak', action: 'mechanical seal replaced', outcome: 'resolved; fitter noted baseplate bolts loose' }],
      });
    }
    return {
      lang,
      messages,
      tools: [
        tool('get_asset', 'Asset register entry and recent work history.', { asset: str }),
        tool('search_case_memory', 'Similarity search over past maintenance cases with outcomes.', { query: str, asset_class: str, k: int }),
        tool('create_work_order', 'Raise a work order.', { asset: str, action: str, priority: oneOf('P1', 'P2', 'P3'), notes: str }),
      ],
    };
  },
};

const leConcreteStrip: Family = {
  id: 'wd-le-formwork-strip-timing', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'The stripping time for the next slab has to be generalised from this site\'s earlier pours and what happened when their forms came off, since the usual guidance is said not to hold here.',
  make: (rng, i) => {
    const lang = langAt(['es', 'fr', 'pt', 'en'], i);
    const site = t(lang, { es: rng.pick(['la obra del Residencial Las Lomas, bloque 3', 'la obra del Hospital comarcal de Alcañiz', 'la obra de la Torre Sur de Valdebebas']), fr: rng.pick(['le chantier de la ZAC des Rives, lot B2', 'le chantier du groupe scolaire de Saint-Herblain']), pt: rng.pick(['a obra do Residencial Vila Nova, torre 2', 'a obra do galpão logístico de Cajamar']), en: rng.pick(['Kingsway Court, core B', 'the Northfield school extension']) });
    const cement = t(lang, { es: 'CEM II/A-L 42,5 R|CEM III/A 42,5 N', fr: 'CEM II/A-LL 42,5 R|CEM III/A 42,5 N', pt: 'CP II-F 40|CP III 40 RS', en: 'CEM II/A-LL 42.5 R|CEM III/A 42.5 N' }).split('|');
    const okWord = t(lang, { es: 'bien', fr: 'RAS', pt: 'ok', en: 'fine' });
    const bad = t(lang, {
      es: 'flecha de 7 mm en el centro del vano|fisuras en el voladizo|probeta a la edad de desencofrado: 13 MPa, se reapuntaló',
      fr: 'flèche de 7 mm à mi-travée|fissures dans le porte-à-faux|éprouvette au décoffrage : 13 MPa, réétayage',
      pt: 'flecha de 7 mm no meio do vão|fissuras no balanço|corpo de prova na desforma: 13 MPa, reescoramento',
      en: '7 mm sag at midspan|cracking in the cantilever|cylinder at strip age: 13 MPa, had to re-prop',
    }).split('|');
    const need = (temp: number, slag: boolean, retarder: boolean) => Math.round((slag ? 150 : 96) * Math.pow(0.94, temp - 10) + (retarder ? 18 : 0));
    const pours = Array.from({ length: rng.int(5, 8) }, (_, n) => {
      const temp = rng.int(4, 27);
      const slag = rng.chance(0.4);
      const ret = rng.chance(0.3);
      const hours = rng.int(48, 168);
      const req = need(temp, slag, ret);
      const res = hours >= req ? okWord : rng.pick(bad);
      return `${n + 1} | ${temp} °C | ${slag ? cement[1] : cement[0]} | ${ret ? t(lang, { es: 'retardante', fr: 'retardateur', pt: 'retardador', en: 'retarder' }) : '—'} | ${hours} h | ${res}`;
    });
    const head = t(lang, { es: 'losa | temp. media | cemento | aditivo | horas hasta retirar fondos | qué pasó', fr: 'dalle | temp. moyenne | ciment | adjuvant | heures avant décoffrage des fonds | ce qui s\'est passé', pt: 'laje | temp. média | cimento | aditivo | horas até desformar o fundo | o que aconteceu', en: 'slab | mean temp | cement | admixture | hours to soffit strip | what happened' });
    const fTemp = rng.int(3, 24);
    const fSlag = rng.chance(0.5);
    const system = t(lang, {
      es: `Eres el asistente del jefe de obra en ${site}. Decides a partir de cuántas horas se pueden retirar los fondos de encofrado de las losas. Con este cemento y este clima la tabla general del pliego no funciona; guíate por cómo salieron los hormigonados anteriores de esta misma obra.`,
      fr: `Tu assistes le conducteur de travaux sur ${site}. Tu décides au bout de combien d'heures on peut retirer les fonds de coffrage des dalles. Avec ce ciment et ce climat, le tableau général du CCTP ne marche pas ; appuie-toi sur la façon dont se sont passés les coulages précédents de ce même chantier.`,
      pt: `Você assessora o engenheiro responsável por ${site}. Decide depois de quantas horas dá para retirar as fôrmas de fundo das lajes. Com este cimento e este clima a tabela geral do caderno de encargos não funciona; guie-se pelo que aconteceu nas concretagens anteriores desta mesma obra.`,
      en: `You assist the site manager at ${site}. You decide after how many hours slab soffit forms can come off. With this cement and this climate the general table in the spec doesn't hold; go by how the earlier pours on this same job turned out.`,
    });
    const ask = t(lang, {
      es: `Hormigonados de esta obra:\n${head}\n${pours.join('\n')}\n\nMañana hormigonamos la losa ${pours.length + 1} con ${fSlag ? cement[1] : cement[0]}, sin aditivo. Previsión: media de ${fTemp} °C durante la semana. ¿Cuántas horas esperamos antes de retirar fondos?`,
      fr: `Coulages de ce chantier :\n${head}\n${pours.join('\n')}\n\nDemain on coule la dalle ${pours.length + 1} en ${fSlag ? cement[1] : cement[0]}, sans adjuvant. Prévision : moyenne de ${fTemp} °C sur la semaine. Combien d'heures attendre avant de décoffrer les fonds ?`,
      pt: `Concretagens desta obra:\n${head}\n${pours.join('\n')}\n\nAmanhã concretamos a laje ${pours.length + 1} com ${fSlag ? cement[1] : cement[0]}, sem aditivo. Previsão: média de ${fTemp} °C na semana. Quantas horas esperamos antes de tirar o fundo?`,
      en: `Pours on this job:\n${head}\n${pours.join('\n')}\n\nTomorrow we pour slab ${pours.length + 1} with ${fSlag ? cement[1] : cement[0]}, no admixture. Forecast: ${fTemp} °C average over the week. How many hours before we strip the soffit?`,
    });
    return { lang, messages: [sys(system), user(ask)], max_tokens: 500 };
  },
};

const leRouteReturnTime: Family = {
  id: 'wd-le-route-return-estimate', label: 'learning', secondary: 'model_based_reflex', difficulty: 'hard', variants: 4,
  rationale: 'Earlier estimates sit next to the actual return times and the dispatcher\'s notes, and today\'s estimate should correct for what those misses revealed; the day-by-day turns could also be read as carrying a world model forward.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'fr'], i);
    const company = t(lang, { en: rng.pick(['Brakes', 'Bidfood', 'Booker']), de: rng.pick(['Chefs Culinar', 'Transgourmet']), fr: rng.pick(['Pomona', 'Transgourmet']) });
    const city = t(lang, { en: rng.pick(['Bristol', 'Leicester', 'Norwich']), de: rng.pick(['Karlsruhe', 'Bielefeld']), fr: rng.pick(['Nantes', 'Reims']) });
    const weekdays = t(lang, { en: 'Monday|Tuesday|Wednesday|Thursday|Friday', de: 'Montag|Dienstag|Mittwoch|Donnerstag|Freitag', fr: 'lundi|mardi|mercredi|jeudi|vendredi' }).split('|');
    const hosp = t(lang, { en: 'the General Hospital kitchen', de: 'der Klinikumsküche', fr: "la cuisine du CHU" });
    const rainW = t(lang, { en: 'rain forecast', de: 'Regen angesagt', fr: 'pluie annoncée' });
    const dryW = t(lang, { en: 'dry', de: 'trocken', fr: 'sec' });
    const nDays = 3 + (i % 3);
    const startDay = rng.int(0, 4);
    const system = t(lang, {
      en: `Dispatch assistant for ${company}'s ${city} multi-drop routes. Each morning you give the driver an estimated return time to the depot for the day's route. In the evening the dispatcher posts the actual return time and any notes. Depot departure is 07:00 unless stated; drivers take a 45-minute break.`,
      de: `Disponentenassistent für die ${city}er Mehrstopp-Touren von ${company}. Jeden Morgen gibst du dem Fahrer eine geschätzte Rückkehrzeit ins Depot für die Tagestour. Abends trägt die Disposition die tatsächliche Rückkehrzeit und Bemerkungen nach. Abfahrt 07:00 Uhr, sofern nicht anders angegeben; Fahrer machen 45 Minuten Pause.`,
      fr: `Assistant d'exploitation pour les tournées multi-points de ${company} à ${city}. Chaque matin tu donnes au chauffeur une heure de retour estimée au dépôt pour la tournée du jour. Le soir, l'exploitation indique l'heure de retour réelle et ses remarques. Départ du dépôt à 07:00 sauf indication contraire ; les chauffeurs prennent 45 minutes de pause.`,
    });
    const messages: Msgs = [sys(system)];
    let prevNote = '';
    for (let d = 0; d <= nDays; d++) {
      const dayIdx = (startDay + d) % 5;
      const day = weekdays[dayIdx]!;
      const stops = rng.int(9, 17);
      const hasHosp = rng.chance(0.55) || d === nDays;
      const rain = rng.chance(0.4);
      const km = rng.int(60, 140);
      const naive = 420 + stops * 24 + km + 45;
      const truth = naive + (hasHosp ? rng.int(35, 50) : 0) + (rain ? Math.round(stops * 3) : 0) + (dayIdx === 4 ? rng.int(25, 40) : 0);
      const route = t(lang, {
        en: `${day}: ${stops} drops, ${km} km${hasHosp ? `, includes ${hosp}` : ''}, ${rain ? rainW : dryW}.`,
        de: `${day}: ${stops} Stopps, ${km} km${hasHosp ? `, inklusive ${hosp}` : ''}, ${rain ? rainW : dryW}.`,
        fr: `${day} : ${stops} livraisons, ${km} km${hasHosp ? `, dont ${hosp}` : ''}, ${rain ? rainW : dryW}.`,
      });
      messages.push(user(prevNote ? `${prevNote}\n\n${route}` : route));
      if (d === nDays) break;
      messages.push(say(t(lang, {
        en: `Estimated return ${hhmm(naive)}.`,
        de: `Geschätzte Rückkehr ${hhmm(naive)} Uhr.`,
        fr: `Retour estimé à ${hhmm(naive)}.`,
      })));
      const reasons: string[] = [];
      if (hasHosp) reasons.push(t(lang, { en: 'security check at the hospital dock took ages again', de: 'Sicherheitskontrolle an der Klinikrampe hat wieder ewig gedauert', fr: 'le contrôle de sécurité au quai du CHU a encore pris un temps fou' }));
      if (rain) reasons.push(t(lang, { en: 'rain, slow unloading with covers', de: 'Regen, Entladen mit Abdeckung dauert', fr: 'pluie, déchargement lent avec les bâches' }));
      if (dayIdx === 4) reasons.push(t(lang, { en: 'Friday market traffic in the centre', de: 'Freitags Wochenmarkt-Verkehr in der Innenstadt', fr: 'circulation du marché du vendredi en centre-ville' }));
      prevNote = t(lang, {
        en: `${day} actual return: ${hhmm(truth)}.${reasons.length ? ` Driver: ${reasons.join('; ')}.` : ' No issues.'}`,
        de: `Tatsächliche Rückkehr am ${day}: ${hhmm(truth)} Uhr.${reasons.length ? ` Fahrer: ${reasons.join('; ')}.` : ' Keine Besonderheiten.'}`,
        fr: `Retour réel ${day} : ${hhmm(truth)}.${reasons.length ? ` Chauffeur : ${reasons.join(' ; ')}.` : ' RAS.'}`,
      });
    }
    return { lang, messages, max_tokens: 200 };
  },
};

// ─────────────────────────────── non-agentic ───────────────────────────────

const EN_PROCEDURES = [
  'FORKLIFT PRE-USE CHECK (every shift, before first use)\n1. Walk round the truck: look for oil or hydraulic leaks, damaged forks, cracked tyres.\n2. Check the mast chains for equal tension and no kinks.\n3. Test horn, lights, blue spot and reversing alarm.\n4. Lower the forks fully, apply the parking brake, and confirm the seat-belt interlock stops travel.\n5. Record the hour-meter reading and any defect on the check sheet. A truck with a defect in section A must be tagged "DO NOT USE" and reported to the shift lead.',
  'CONVEYOR GUARD REMOVAL\nGuards on conveyors CV-01 to CV-22 may only be removed by an authorised fitter holding a valid isolation permit. Before removing any guard, isolate the drive at the MCC, apply your personal lock, and try to start from the local control station. Never reach past a guard into a moving conveyor, even to clear a small jam. Refit every guard and remove your lock before handing the conveyor back to production.',
  'CHEMICAL UNLOADING – TANKER BAY 2\nThe driver must stay with the vehicle at all times during unloading. The operator checks the delivery note against the tank label before connecting the hose. Earth the tanker before opening any valve. Wear a face shield and chemical gauntlets. If a leak occurs, stop the pump, close the tanker valve and raise the alarm at the bay call point. Spill kits are in the yellow cabinet by the eyewash station.',
];

const naTranslateProcedure: Family = {
  id: 'wd-na-translate-procedure', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
  rationale: 'Translating a site procedure is a plain language task with no agent behaviour; the closest type is the direct input-to-output mapping of a simple reflex.',
  make: (rng, i) => {
    const lang = langAt(['de', 'es', 'ja', 'zh', 'fr'], i);
    const proc = EN_PROCEDURES[i === 0 ? 0 : i === 2 ? 1 : 2]!;
    switch (i % 5) {
      case 0:
        return { lang, messages: [user(`Bitte übersetze diese Arbeitsanweisung ins Deutsche. Fachbegriffe bitte so, wie sie im Lager üblich sind (Stapler, Hubgerüst usw.), Nummerierung beibehalten:\n\n${proc}`)] };
      case 1:
        return {
          lang,
          messages: [user(`Traduce al inglés este procedimiento de nuestro almacén de ${rng.pick(['Illescas', 'Alcalá de Henares', 'Sant Boi'])}; lo tiene que leer el auditor de la casa matriz:\n\nRECEPCIÓN DE MERCANCÍA REFRIGERADA\n1. Antes de abrir las puertas del camión, comprobar en el registrador que la temperatura no ha superado los 5 °C durante el trayecto.\n2. Tomar la temperatura de producto en tres palés (delante, centro y fondo).\n3. Si algún palé supera los 7 °C, no descargar y avisar al responsable de calidad.\n4. Descargar directamente a la cámara; ningún palé puede quedarse más de 20 minutos en el muelle.\n5. Anotar lecturas y hora en la hoja de recepción y firmar.`)],
        };
      case 2:
        return { lang, messages: [sys('あなたは製造現場向けの技術翻訳者です。'), user(`以下の英語の作業手順書を日本語に翻訳してください。現場の作業者向けなので、です・ます調で、番号はそのままにしてください。\n\n${proc}`)] };
      case 3:
        return {
          lang,
          messages: [user(`请把下面这段中文的动火作业要求翻译成英文，给外方承包商看，术语要准确：\n\n动火作业管理要求\n一、所有动火作业必须提前办理动火作业许可证，许可证有效期不超过8小时。\n二、动火点周围10米范围内的可燃物必须清理干净，无法清理的要用防火毯覆盖。\n三、作业前必须进行可燃气体检测，检测值低于爆炸下限的10%方可动火。\n四、动火期间必须有专人监护，监护人不得离开现场。\n五、作业结束后监护人应在现场继续观察至少30分钟，确认无遗留火种。`)],
        };
      default:
        return { lang, messages: [user(`Peux-tu traduire en français cette consigne ? Elle sera affichée au poste ${rng.pick(['de dépotage', 'de chargement', 'du quai 4'])}, donc phrases courtes et claires :\n\n${proc}`)] };
    }
  },
};

const naShiftSummary: Family = {
  id: 'wd-na-shift-handover-summary', label: 'model_based_reflex', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'Condensing a shift log into meeting bullet points is summarisation, not agent work; it sits closest to model-based reflex because the content is a sequence of plant observations.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'pt', 'en'], i);
    const pool = t(lang, {
      en: 'Kiln 2 feed reduced to 180 t/h for shell hot spot at 14 m, back to 210 t/h after 2 h|Raw mill vent fan tripped twice on high vibration, reset, vibration engineer booked for Thursday|Clinker cooler grate plate 3-7 found cracked during walk-down, job raised WR-44812|Packing plant line 1 stopped 40 min, bag applicator jam|Coal mill inlet temperature alarm, cleared after damper adjustment|Near miss: contractor walking under suspended load at the raw meal silo, stopped by supervisor, toolbox talk done|Stack CO peaked at 410 mg/Nm³ during the feed drop, within permit|Forklift FL-07 out of service, hydraulic leak|Quarry dumper 3 back in service after tyre change|Cement mill 1 separator speed changed to 920 rpm per QC request',
      de: 'Ofen 2 Aufgabe wegen Mantelüberhitzung bei 14 m auf 180 t/h reduziert, nach 2 h wieder 210 t/h|Rohmühlen-Abluftventilator zweimal wegen hoher Schwingung ausgelöst, quittiert, Schwingungsmessung für Donnerstag bestellt|Beim Rundgang gerissene Rostplatte 3-7 im Klinkerkühler gefunden, Auftrag WR-44812 angelegt|Packerei Linie 1 40 min Stillstand, Sackaufstecker verklemmt|Kohlemühle Eintrittstemperatur-Alarm, nach Klappenverstellung gegangen|Beinaheunfall: Fremdfirma unter schwebender Last am Rohmehlsilo, vom Schichtführer gestoppt, Unterweisung erfolgt|CO am Kamin beim Aufgabeabfall bis 410 mg/Nm³, innerhalb der Genehmigung|Stapler FL-07 außer Betrieb, Hydraulikleck|Muldenkipper 3 im Steinbruch nach Reifenwechsel wieder im Einsatz|Zementmühle 1 Sichterdrehzahl auf Wunsch der QS auf 920 U/min geändert',
      pt: 'Alimentação do forno 2 reduzida para 180 t/h por ponto quente na carcaça a 14 m, voltou a 210 t/h depois de 2 h|Exaustor do moinho de cru desarmou duas vezes por vibração alta, rearmado, análise de vibração agendada para quinta|Placa de grelha 3-7 do resfriador de clínquer trincada na inspeção, aberta OS-44812|Ensacadeira linha 1 parada 40 min, aplicador de sacos travado|Alarme de temperatura na entrada do moinho de carvão, normalizou após ajuste do damper|Quase acidente: terceirizado passando sob carga suspensa no silo de farinha, parado pelo supervisor, DDS realizado|CO na chaminé chegou a 410 mg/Nm³ durante a redução de alimentação, dentro da licença|Empilhadeira FL-07 fora de serviço, vazamento hidráulico|Caminhão fora de estrada 3 da mina de calcário voltou após troca de pneu|Velocidade do separador do moinho de cimento 1 alterada para 920 rpm a pedido do CQ',
    }).split('|');
    const picked = rng.sample(pool, rng.int(6, 10));
    let clk = 1320 + rng.int(0, 30);
    const log = picked.map((p) => `${hhmm((clk += rng.int(15, 70)))} ${p}`).join('\n');
    const plant = t(lang, { en: rng.pick(['Ribblesdale', 'Tunstead', 'Padeswood']), de: rng.pick(['Lägerdorf', 'Geseke', 'Rohrdorf']), pt: rng.pick(['Cantagalo', 'Barroso', 'Pedro Leopoldo']) });
    const ask = t(lang, {
      en: `Night shift log from ${plant} works below. Summarise it into at most five bullet points for the 08:00 production meeting: safety first, then anything that affects output today. Plain English, no jargon the sales people won't get.\n\n${log}`,
      de: `Unten das Nachtschichtbuch aus dem Werk ${plant}. Fass es für die Produktionsbesprechung um 08:00 in höchstens fünf Stichpunkten zusammen: zuerst Sicherheit, dann alles, was die Produktion heute beeinflusst.\n\n${log}`,
      pt: `Segue o livro de turno da noite da fábrica de ${plant}. Resuma em no máximo cinco tópicos para a reunião de produção das 08:00: primeiro segurança, depois o que afeta a produção de hoje.\n\n${log}`,
    });
    return { lang, messages: i === 3 ? [sys('You write short, factual summaries for plant management.'), user(ask)] : [user(ask)], max_tokens: 350 };
  },
};

const naScheduleConcepts: Family = {
  id: 'wd-na-scheduling-concepts', label: 'goal_based', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'The user wants an explanation of a construction scheduling concept, not a schedule or any action; the topic sits closest to goal-based work but the request is plain explanation.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'ja', 'es'], i);
    const ask = t(lang, {
      en: `Can you explain how the critical path method works on a construction programme? Use a tiny example with ${rng.int(4, 6)} activities for a ${rng.pick(['steel-frame warehouse', 'two-storey school block', 'pumping station'])}, and explain what float is and why the site team should care.`,
      fr: `Tu peux m'expliquer simplement la différence entre la méthode du chemin critique et le Last Planner System ? Je prépare une formation d'une heure pour des chefs d'équipe ${rng.pick(['gros œuvre', 'second œuvre', 'VRD'])}.`,
      ja: `工程表の「クリティカルパス」とは何か、入社${rng.int(1, 3)}年目の現場監督向けにわかりやすく説明してください。${rng.pick(['RC造の集合住宅', '物流倉庫', '橋梁下部工'])}の例を使ってください。`,
      es: `¿Qué es una estructura de desglose del trabajo (EDT) y en qué se diferencia de un cronograma? Explícamelo con el ejemplo de una ${rng.pick(['nave industrial', 'planta fotovoltaica', 'depuradora pequeña'])}, es para un curso interno.`,
    });
    return { lang, messages: [user(ask)] };
  },
};

const naTradeTerms: Family = {
  id: 'wd-na-trade-terms-explainer', label: 'utility_based', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'Explaining freight and trade terms is plain explanation with no decision to make; the cost-and-risk subject matter is closest to utility-based reasoning.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'de', 'pt'], i);
    const ask = t(lang, {
      en: `What's the practical difference between FOB and CIF for a 40' container of ${rng.pick(['machine parts', 'ceramic tiles', 'pump castings'])} from ${rng.pick(['Ningbo', 'Qingdao', 'Chennai'])}? Who carries the risk at which point, and who pays the insurance?`,
      zh: `请解释一下 EXW 和 FCA 这两个贸易术语的区别，特别是出口报关由谁负责、货物在哪个环节交接。我们是${rng.pick(['做五金的', '做小家电的', '做阀门的'])}出口企业，给业务员培训用。`,
      de: `Kannst du mir den Unterschied zwischen Demurrage und Detention im Containerverkehr erklären? Wir importieren ${rng.pick(['Granulat', 'Fliesen', 'Elektronikbauteile'])} über Hamburg und die Begriffe werden bei uns ständig verwechselt.`,
      pt: `Qual a diferença entre DAP e DDP? Explica de um jeito simples para o pessoal do comercial de uma ${rng.pick(['fábrica de autopeças', 'distribuidora de fertilizantes', 'indústria de embalagens'])}.`,
    });
    return { lang, messages: [user(ask)] };
  },
};

const naNoticeRewrite: Family = {
  id: 'wd-na-site-notice-rewrite', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'Rewriting a notice for clarity is a text-editing task with no agent behaviour; it is closest to a simple one-shot input-to-output mapping.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'fr', 'en'], i);
    const gate = rng.int(2, 6);
    const draft = t(lang, {
      en: rng.pick([
        `PLEASE NOTE that with effect from Monday all HGV drivers arriving at Gate ${gate} are required to ensure that they remain in their cab at all times whilst the vehicle is being loaded or unloaded unless otherwise directed by a member of warehouse staff and must also ensure hi-vis is worn if they do exit the cab for any reason, failure to comply may result in the vehicle being refused.`,
        `Due to the ongoing works to the yard surface it has been decided that the pedestrian route from the car park to reception will be temporarily diverted via the side of Unit ${gate} and all staff and visitors are asked to follow the signage and not to take shortcuts across the yard as plant will be operating throughout the period of the works which are expected to last approx three weeks.`,
      ]),
      pt: `COMUNICAMOS que a partir de segunda-feira todos os motoristas que acessarem a portaria ${gate} deverão obrigatoriamente permanecer dentro da cabine durante todo o processo de carga e descarga salvo quando solicitado pela equipe do armazém e caso necessitem descer deverão estar utilizando colete refletivo sendo que o descumprimento poderá acarretar a recusa do veículo.`,
      fr: `IL EST PORTÉ À LA CONNAISSANCE de l'ensemble du personnel qu'en raison des travaux de réfection de la voirie, le cheminement piéton entre le parking et l'accueil est dévié de manière provisoire le long du bâtiment ${gate} et qu'il est demandé à chacun de respecter le balisage mis en place et de ne pas traverser la cour, des engins étant susceptibles de circuler pendant toute la durée des travaux estimée à trois semaines environ.`,
    });
    const ask = t(lang, {
      en: `Rewrite this notice so drivers and visitors get it at a glance. Under 80 words, keep every fact, friendly but firm:\n\n${draft}`,
      pt: `Reescreve este aviso para os motoristas entenderem de primeira. Até 80 palavras, sem perder nenhuma informação, tom educado mas firme:\n\n${draft}`,
      fr: `Réécris cette note pour qu'on la comprenne d'un coup d'œil. Moins de 80 mots, sans perdre aucune information, ton aimable mais ferme :\n\n${draft}`,
    });
    return { lang, messages: [user(ask)], max_tokens: 250 };
  },
};

export const freshD: Family[] = [
  srConveyorDivert, srForkliftSpeed, srSubstationAlarm, srGrainIntake, srMineGas,
  mbReservoirLevel, mbYardTrailers, mbBottlingLine, mbFeederSwitching, mbSiloFill,
  gbLockoutSequence, gbCraneLift, gbRailShunting, gbHaulReroute, gbCommissioning,
  ubDockDoors, ubBatteryDispatch, ubFertiliserSplit, ubCarrierChoice, ubOreBlend,
  leWeldTrials, leCrewCorrections, lePumpCaseMemory, leConcreteStrip, leRouteReturnTime,
  naTranslateProcedure, naShiftSummary, naScheduleConcepts, naTradeTerms, naNoticeRewrite,
];
