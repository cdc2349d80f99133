// Author V: near-twin families across type boundaries. Domain: transport, infrastructure, the home.
import {
  type Family, type Lang, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

const fx = (n: number, d = 1): string => n.toFixed(d);

// ───────────────────────────── simple_reflex ─────────────────────────────

const srPump: Family = {
  id: 'wv-sr-pump-station-rules',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'One telemetry record of a pump station is mapped to pump and alarm commands through a fixed threshold table; nothing from earlier records is needed.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'pt', 'es', 'de'], i);
    const station = ['PW Nordhafen 3', 'Lift station 12 (Millbrook)', 'EE Vila Nova 2', 'EB San Lázaro', 'PW Am Kanal'][i]!;
    const level = [3.41, 2.62, 0.71, 1.85, 2.97][i]! + rng.int(-2, 2) / 100;
    const fault = [0, 2, 0, 0, 3][i]!;
    const h2s = [4, 12.5, 3, 6, 11][i]!;
    const supply = ['GRID', 'GRID', 'GENSET', 'GRID', 'GRID'][i]!;
    const overflow = i === 0 ? 'WET' : 'DRY';
    const rules = t(lang, {
      en: `You control sewage pump station ${station} (pumps P1, P2, P3). Evaluate the telemetry record you receive and return the command. Apply in this order:\n1. overflow_probe=WET → alarm_level 3, every pump without a fault on.\n2. a pump with fault=1 is never started; if one is faulted, alarm_level at least 2.\n3. wet_well_m ≥ 3.20 → all healthy pumps on; 2.40–3.19 → two pumps; 1.00–2.39 → one pump (the healthy one with the fewest run hours); 0.80–0.99 → keep whatever is running; < 0.80 → all off.\n4. h2s_ppm > 10 → ventilation on, alarm_level at least 1.\n5. supply=GENSET → alarm_level at least 1.\nOtherwise alarm_level 0.`,
      de: `Du steuerst das Abwasserpumpwerk ${station} (Pumpen P1, P2, P3). Werte den eingehenden Telemetriedatensatz aus und gib den Steuerbefehl zurück. Reihenfolge der Regeln:\n1. overflow_probe=WET → alarm_level 3, alle Pumpen ohne Störung ein.\n2. Eine Pumpe mit fault=1 wird nie gestartet; liegt eine Störung vor, alarm_level mindestens 2.\n3. wet_well_m ≥ 3,20 → alle intakten Pumpen ein; 2,40–3,19 → zwei Pumpen; 1,00–2,39 → eine Pumpe (die intakte mit den wenigsten Betriebsstunden); 0,80–0,99 → laufende Pumpen so lassen; < 0,80 → alle aus.\n4. h2s_ppm > 10 → Lüftung ein, alarm_level mindestens 1.\n5. supply=GENSET → alarm_level mindestens 1.\nSonst alarm_level 0.`,
      pt: `Você comanda a estação elevatória de esgoto ${station} (bombas P1, P2, P3). Avalie o registro de telemetria recebido e devolva o comando. Regras, nesta ordem:\n1. overflow_probe=WET → alarm_level 3, todas as bombas sem falha ligadas.\n2. bomba com fault=1 nunca é ligada; havendo falha, alarm_level no mínimo 2.\n3. wet_well_m ≥ 3,20 → todas as bombas boas ligadas; 2,40–3,19 → duas bombas; 1,00–2,39 → uma bomba (a boa com menos horas de operação); 0,80–0,99 → manter as que estão ligadas; < 0,80 → todas desligadas.\n4. h2s_ppm > 10 → ventilação ligada, alarm_level no mínimo 1.\n5. supply=GENSET → alarm_level no mínimo 1.\nCaso contrário, alarm_level 0.`,
      es: `Controlas la estación de bombeo de aguas residuales ${station} (bombas P1, P2, P3). Evalúa el registro de telemetría que recibes y devuelve la orden. Reglas, por este orden:\n1. overflow_probe=WET → alarm_level 3, todas las bombas sin avería en marcha.\n2. Una bomba con fault=1 no se arranca nunca; si hay alguna averiada, alarm_level como mínimo 2.\n3. wet_well_m ≥ 3,20 → todas las bombas sanas en marcha; 2,40–3,19 → dos bombas; 1,00–2,39 → una bomba (la sana con menos horas); 0,80–0,99 → dejar las que estén funcionando; < 0,80 → todas paradas.\n4. h2s_ppm > 10 → ventilación encendida, alarm_level como mínimo 1.\n5. supply=GENSET → alarm_level como mínimo 1.\nEn otro caso, alarm_level 0.`,
    });
    const pumps = [1, 2, 3].map((p) => `P${p} run=${rng.int(0, 1)} fault=${fault === p ? 1 : 0} hours=${rng.int(8000, 21000)}`);
    const rec = [
      `ts=2026-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 5) * 10)}:00`,
      `station=${station}`, `wet_well_m=${fx(level, 2)}`, `inflow_ls=${rng.int(40, 260)}`, ...pumps,
      `h2s_ppm=${h2s}`, `supply=${supply}`, `overflow_probe=${overflow}`, `rain_mmh=${fx(rng.int(0, 140) / 10)}`,
    ].join('\n');
    return {
      lang,
      messages: [sys(rules), user(rec)],
      response_format: jsonSchema('pump_command', {
        pumps_on: list(oneOf('P1', 'P2', 'P3')), alarm_level: int, ventilation: bool, rule_applied: str,
      }),
      temperature: 0,
    };
  },
};

const srParcel: Family = {
  id: 'wv-sr-parcel-chute-routing',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each scanned parcel is sent to a chute by a fixed lookup on postcode, weight and flags; earlier parcels have no bearing on the answer.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['zh', 'en', 'es', 'zh', 'fr'], i);
    const hub = ['苏州园区分拨中心', 'Leicester DC2', 'Hub Getafe', '成都双流转运中心', 'Hub Lyon-Corbas'][i]!;
    const prefixes = [['215', '210', '200'], ['LE', 'NG', 'CV'], ['28', '45', '19'], ['610', '620', '400'], ['69', '38', '42']][i]!;
    const rulesEn = `Chutes at ${hub}:\n- hazmat=Y → chute H1 (always first)\n- weight_kg > 31.5 or any side > 120 cm → chute XL\n- cod=Y → chute C7\n- postcode starts ${prefixes[0]} → A1..A4 by last digit of the parcel id (0-2 A1, 3-5 A2, 6-7 A3, 8-9 A4)\n- postcode starts ${prefixes[1]} → B1\n- postcode starts ${prefixes[2]} → B2\n- anything else → R9 (manual)\nReply with the chute code only.`;
    const rules = t(lang, {
      en: `Sorter controller. ${rulesEn}`,
      zh: `你是${hub}的分拣口判定程序。规则：\n- hazmat=Y → 格口 H1（优先于一切）\n- 重量 > 31.5 kg 或任一边 > 120 cm → 格口 XL\n- cod=Y（到付）→ 格口 C7\n- 邮编以 ${prefixes[0]} 开头 → 按运单号末位分 A1..A4（0-2 A1，3-5 A2，6-7 A3，8-9 A4）\n- 邮编以 ${prefixes[1]} 开头 → B1\n- 邮编以 ${prefixes[2]} 开头 → B2\n- 其他 → R9（人工）\n只回复格口代码。`,
      es: `Controlador del clasificador de ${hub}. Rampas:\n- hazmat=Y → rampa H1 (siempre primero)\n- peso > 31,5 kg o algún lado > 120 cm → rampa XL\n- cod=Y (contra reembolso) → rampa C7\n- CP empieza por ${prefixes[0]} → A1..A4 según el último dígito del id (0-2 A1, 3-5 A2, 6-7 A3, 8-9 A4)\n- CP empieza por ${prefixes[1]} → B1\n- CP empieza por ${prefixes[2]} → B2\n- el resto → R9 (manual)\nContesta solo con el código de rampa.`,
      fr: `Automate de tri du ${hub}. Goulottes :\n- hazmat=Y → goulotte H1 (toujours en premier)\n- poids > 31,5 kg ou un côté > 120 cm → goulotte XL\n- cod=Y (contre-remboursement) → goulotte C7\n- code postal commençant par ${prefixes[0]} → A1..A4 selon le dernier chiffre de l'identifiant (0-2 A1, 3-5 A2, 6-7 A3, 8-9 A4)\n- code postal commençant par ${prefixes[1]} → B1\n- code postal commençant par ${prefixes[2]} → B2\n- sinon → R9 (manuel)\nRéponds uniquement par le code de la goulotte.`,
    });
    const scan = (): { text: string; chute: string } => {
      const id = `${['SF', 'GB', 'ES', 'YT', 'FR'][i]}${rng.int(10000000, 99999999)}`;
      const postcode = rng.chance(0.15) ? `${rng.int(3, 9)}${rng.int(10000, 99999)}`.slice(0, prefixes[0]!.length + 3) : `${rng.pick(prefixes)}${rng.int(100, 999)}`;
      const weight = rng.int(2, 380) / 10;
      const dims = [rng.int(10, 130), rng.int(10, 60), rng.int(5, 50)];
      const hazmat = rng.chance(0.15) ? 'Y' : 'N'; const cod = rng.chance(0.2) ? 'Y' : 'N';
      const last = Number(id.slice(-1));
      const chute = hazmat === 'Y' ? 'H1' : weight > 31.5 || dims.some((d) => d > 120) ? 'XL' : cod === 'Y' ? 'C7'
        : postcode.startsWith(prefixes[0]!) ? (last <= 2 ? 'A1' : last <= 5 ? 'A2' : last <= 7 ? 'A3' : 'A4')
          : postcode.startsWith(prefixes[1]!) ? 'B1' : postcode.startsWith(prefixes[2]!) ? 'B2' : 'R9';
      return { text: JSON.stringify({ id, postcode, weight_kg: weight, dims_cm: dims, hazmat, cod }), chute };
    };
    const messages = [sys(rules)];
    if (i % 2 === 1) {
      for (let k = 0; k < rng.int(2, 4); k++) { const sc = scan(); messages.push(user(sc.text), say(sc.chute)); }
    }
    messages.push(user(scan().text));
    return { lang, messages, max_tokens: 4, temperature: 0 };
  },
};

const srTrainAnnounce: Family = {
  id: 'wv-sr-station-announcement-code',
  label: 'simple_reflex',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'A single event from the operations feed picks an announcement template by fixed thresholds; the request is phrased like a dispatcher feed but needs no running picture of the station.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['fr', 'de', 'en', 'ja', 'fr'], i);
    const station = ['Lyon Part-Dieu', 'Köln Hbf', 'Manchester Piccadilly', '名古屋', 'Bordeaux Saint-Jean'][i]!;
    const sysText = t(lang, {
      en: `PA automation for ${station}. For each operations event, choose the announcement template. Rules: platform change → PLATFORM (takes priority); cancelled → CANCEL; delay < 5 min → NONE; 5–19 min → DELAY_SHORT; ≥ 20 min → DELAY_LONG; if the event carries replacement_bus=true, use BUS_REPLACEMENT instead of CANCEL. Fill the slots from the event.`,
      fr: `Sonorisation automatique de la gare de ${station}. Pour chaque événement d'exploitation, choisis le modèle d'annonce. Règles : changement de voie → PLATFORM (prioritaire) ; train supprimé → CANCEL ; retard < 5 min → NONE ; 5 à 19 min → DELAY_SHORT ; 20 min ou plus → DELAY_LONG ; si l'événement porte replacement_bus=true, BUS_REPLACEMENT à la place de CANCEL. Remplis les champs à partir de l'événement.`,
      de: `Lautsprecherautomatik ${station}. Wähle für jedes Betriebsereignis die passende Ansagevorlage. Regeln: Gleiswechsel → PLATFORM (hat Vorrang); Zugausfall → CANCEL; Verspätung < 5 min → NONE; 5–19 min → DELAY_SHORT; ab 20 min → DELAY_LONG; bei replacement_bus=true statt CANCEL → BUS_REPLACEMENT. Felder aus dem Ereignis übernehmen.`,
      ja: `${station}駅の自動放送システムです。運行イベントごとに放送テンプレートを一つ選んでください。ルール：番線変更 → PLATFORM（最優先）、運休 → CANCEL、遅延5分未満 → NONE、5〜19分 → DELAY_SHORT、20分以上 → DELAY_LONG。replacement_bus=true の場合は CANCEL の代わりに BUS_REPLACEMENT。各項目はイベントの値をそのまま入れること。`,
    });
    const trains = [['TER 886412', 'TGV 6621', 'Intercités 4755'], ['ICE 723', 'RE 10215', 'RB 25 24631'], ['TPE 1P42', 'AWC 1H08', 'NR 2F71'], ['のぞみ 215', 'しなの 9', 'ひかり 640'], ['TER 864533', 'TGV 8517', 'Intercités 3733']][i]!;
    const ev = (): { text: string; answer: string } => {
      const kind = rng.pick(['delay', 'delay', 'platform_change', 'cancel']);
      const train = rng.pick(trains); const delay = kind === 'delay' ? rng.int(1, 45) : 0;
      const platform = String(rng.int(1, 16)); const newPlatform = kind === 'platform_change' ? String(rng.int(1, 16)) : null;
      const bus = kind === 'cancel' ? rng.chance(0.5) : false;
      const template = kind === 'platform_change' ? 'PLATFORM' : kind === 'cancel' ? (bus ? 'BUS_REPLACEMENT' : 'CANCEL') : delay < 5 ? 'NONE' : delay < 20 ? 'DELAY_SHORT' : 'DELAY_LONG';
      return {
        text: JSON.stringify({ train, scheduled: `${pad(rng.int(5, 22))}:${pad(rng.int(0, 59))}`, kind, delay_min: kind === 'delay' ? delay : null, platform, new_platform: newPlatform, replacement_bus: bus }),
        answer: JSON.stringify({ template, train, platform: newPlatform ?? platform, delay_min: delay }),
      };
    };
    const messages = [sys(sysText)];
    const prior = [0, 3, 1, 0, 5][i]!;
    for (let k = 0; k < prior; k++) { const e = ev(); messages.push(user(e.text), say(e.answer)); }
    messages.push(user(ev().text));
    return {
      lang, messages, temperature: 0,
      response_format: jsonSchema('announcement', {
        template: oneOf('NONE', 'DELAY_SHORT', 'DELAY_LONG', 'PLATFORM', 'CANCEL', 'BUS_REPLACEMENT'),
        train: str, platform: str, delay_min: int,
      }),
    };
  },
};

const climateTool = tool('set_climate', 'Set the climate mode of a room.', {
  room: str, mode: oneOf('off', 'eco', 'comfort', 'boost', 'cool'), target_c: num,
});

const srThermostat: Family = {
  id: 'wv-sr-room-climate-rule',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each sensor payload already says whether the room is occupied and whether the window is open, so one fixed rule set turns it straight into a climate command.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['ja', 'en', 'de', 'es', 'ja'], i);
    const room = ['寝室', 'kids_room', 'Arbeitszimmer', 'salón', 'リビング'][i]!;
    const comfort = [20, 21, 21.5, 22, 22][i]!;
    const sysText = t(lang, {
      en: `Smart-home climate rule runner. For every sensor payload call set_climate once for that room. Rules: window_open=true → off. occupied=false → eco at ${comfort - 3} °C. occupied=true and temp more than 3 °C under ${comfort} → boost to ${comfort}. occupied=true and temp above ${comfort + 4} → cool to ${comfort + 1}. Otherwise comfort at ${comfort}.`,
      ja: `スマートホームの空調ルール実行係です。センサー値を受け取るたびに、その部屋について set_climate を一回だけ呼んでください。ルール：window_open=true なら off。occupied=false なら eco、${comfort - 3}℃。在室で室温が${comfort}℃より3℃以上低ければ boost で${comfort}℃。在室で${comfort + 4}℃を超えていれば cool で${comfort + 1}℃。それ以外は comfort ${comfort}℃。`,
      de: `Regel-Engine fürs Raumklima im Smart Home. Rufe bei jedem Sensorwert genau einmal set_climate für den Raum auf. Regeln: window_open=true → off. occupied=false → eco mit ${comfort - 3} °C. Belegt und mehr als 3 °C unter ${comfort} → boost auf ${comfort}. Belegt und über ${comfort + 4} → cool auf ${comfort + 1}. Sonst comfort mit ${comfort}.`,
      es: `Motor de reglas de climatización de la casa. Con cada lectura de sensor llama una sola vez a set_climate para esa estancia. Reglas: window_open=true → off. occupied=false → eco a ${comfort - 3} °C. Ocupada y más de 3 °C por debajo de ${comfort} → boost a ${comfort}. Ocupada y por encima de ${comfort + 4} → cool a ${comfort + 1}. Si no, comfort a ${comfort}.`,
    });
    const payload = {
      room, ts: `2026-0${rng.int(1, 9)}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}`,
      temp_c: rng.int(140, 290) / 10, rh: rng.int(30, 70), occupied: rng.chance(0.6), window_open: rng.chance(0.2),
      co2_ppm: rng.int(420, 1500), battery: `${rng.int(20, 100)}%`,
    };
    return {
      lang, messages: [sys(sysText), user(JSON.stringify(payload))], tools: [climateTool], tool_choice: 'required', temperature: 0,
    };
  },
};

const srFlightComp: Family = {
  id: 'wv-sr-flight-compensation-check',
  label: 'simple_reflex',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'A single passenger disruption record is checked against a fixed compensation table by distance band, arrival delay and cause code; no options are weighed.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'fr', 'es'], i);
    const sysText = t(lang, {
      en: 'Claims pre-check for a European airline. Apply the table to the record and return the verdict.\n\n| distance km | arrival delay needed | amount EUR |\n|---|---|---|\n| ≤ 1500 | ≥ 3 h | 250 |\n| 1501–3500 | ≥ 3 h | 400 |\n| > 3500 | 3–4 h | 300 |\n| > 3500 | ≥ 4 h | 600 |\n\nCancellation notified ≥ 14 days before departure → not eligible. Cause codes WX (weather), ATC (air traffic control strike or restriction), SEC (security), BIRD → extraordinary, not eligible. TECH, CREW, OPS → eligible. Denied boarding counts as a delay of 24 h.',
      es: 'Revisión previa de reclamaciones de una aerolínea europea. Aplica la tabla al expediente y devuelve el resultado.\n\n| distancia km | retraso en llegada exigido | importe EUR |\n|---|---|---|\n| ≤ 1500 | ≥ 3 h | 250 |\n| 1501–3500 | ≥ 3 h | 400 |\n| > 3500 | 3–4 h | 300 |\n| > 3500 | ≥ 4 h | 600 |\n\nCancelación comunicada con 14 días o más de antelación → no procede. Códigos de causa WX (meteorología), ATC (huelga o restricción de control aéreo), SEC (seguridad), BIRD → circunstancia extraordinaria, no procede. TECH, CREW, OPS → procede. La denegación de embarque cuenta como 24 h de retraso.',
      pt: 'Pré-análise de pedidos de indenização de uma companhia aérea europeia. Aplique a tabela ao processo e devolva o parecer.\n\n| distância km | atraso na chegada exigido | valor EUR |\n|---|---|---|\n| ≤ 1500 | ≥ 3 h | 250 |\n| 1501–3500 | ≥ 3 h | 400 |\n| > 3500 | 3–4 h | 300 |\n| > 3500 | ≥ 4 h | 600 |\n\nCancelamento avisado com 14 dias ou mais de antecedência → não elegível. Códigos WX (meteorologia), ATC (greve ou restrição do controle de tráfego aéreo), SEC (segurança), BIRD → circunstância extraordinária, não elegível. TECH, CREW, OPS → elegível. Recusa de embarque conta como atraso de 24 h.',
      fr: 'Pré-contrôle des réclamations d\'une compagnie aérienne européenne. Applique le barème au dossier et rends le verdict.\n\n| distance km | retard à l\'arrivée requis | montant EUR |\n|---|---|---|\n| ≤ 1500 | ≥ 3 h | 250 |\n| 1501–3500 | ≥ 3 h | 400 |\n| > 3500 | 3–4 h | 300 |\n| > 3500 | ≥ 4 h | 600 |\n\nAnnulation notifiée 14 jours ou plus avant le départ → non éligible. Codes WX (météo), ATC (grève ou restriction du contrôle aérien), SEC (sûreté), BIRD → circonstance extraordinaire, non éligible. TECH, CREW, OPS → éligible. Un refus d\'embarquement compte comme 24 h de retard.',
    });
    const routes = [['MAD-BCN', 483], ['LHR-JFK', 5540], ['LIS-FRA', 1890], ['CDG-DKR', 4200], ['BIO-AMS', 1190]] as const;
    const [route, km] = routes[i]!;
    const rec = {
      claim: `CLM-${rng.int(100000, 999999)}`, pax: rng.pick(['GARCÍA/LUCÍA', 'OKAFOR/CHIDI', 'SANTOS/JOAO', 'MARTIN/CLAIRE', 'ETXEBERRIA/ANE']),
      route, distance_km: km, event: rng.pick(['delay', 'cancellation', 'denied_boarding']),
      arrival_delay_min: rng.int(95, 420), cause_code: rng.pick(['TECH', 'WX', 'CREW', 'ATC', 'OPS']),
      notice_days: rng.int(0, 20), rebooked_on: rng.pick([null, `${route.slice(0, 3)}${rng.int(100, 999)}`]),
    };
    return {
      lang, messages: [sys(sysText), user(JSON.stringify(rec, null, 1))], temperature: 0,
      response_format: jsonSchema('claim_verdict', { eligible: bool, amount_eur: int, reason: str }),
    };
  },
};

const sr311: Family = {
  id: 'wv-sr-city-request-dispatch',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each citizen report is routed to one municipal department and priority from its own text; earlier reports in the thread are unrelated.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'zh', 'es', 'de'], i);
    const sysText = t(lang, {
      en: 'City service desk router. For each citizen report output "<DEPT> <P1|P2|P3>". Departments: ROADS, LIGHTING, WATER, WASTE, PARKS, TRAFFIC_SIGNALS, BUILDING_CONTROL. P1 = danger to people or flooding, P2 = service outage, P3 = everything else.',
      de: 'Verteiler für das Bürgertelefon der Stadt. Gib für jede Meldung "<DEPT> <P1|P2|P3>" aus. Ämter: ROADS, LIGHTING, WATER, WASTE, PARKS, TRAFFIC_SIGNALS, BUILDING_CONTROL. P1 = Gefahr für Menschen oder Überflutung, P2 = Ausfall einer Leistung, P3 = alles andere.',
      zh: '你是市政服务热线的工单分派器。对每条市民反映输出"<DEPT> <P1|P2|P3>"。部门：ROADS、LIGHTING、WATER、WASTE、PARKS、TRAFFIC_SIGNALS、BUILDING_CONTROL。P1 = 危及人身安全或有积水内涝，P2 = 服务中断，P3 = 其他。',
      es: 'Enrutador de la línea de atención ciudadana. Para cada aviso devuelve "<DEPT> <P1|P2|P3>". Departamentos: ROADS, LIGHTING, WATER, WASTE, PARKS, TRAFFIC_SIGNALS, BUILDING_CONTROL. P1 = peligro para personas o inundación, P2 = corte de servicio, P3 = lo demás.',
    });
    const reports: Record<string, string[]> = {
      en: ['Streetlight outside 42 Fenwick Rd has been flickering for a week, it is fine during the day.', 'The pedestrian signal at Hollis & 5th stays red for ever, kids are crossing on red now, someone will get hurt', 'Bin collection skipped our whole street (Maple Close) again this Tuesday', 'Water gushing out of the pavement by the bus stop on Kings Parade, it is running into the road'],
      de: ['In der Lindenstraße 14 steht seit Montag ein Gerüst ohne Absperrung halb auf dem Gehweg, heute ist ein Brett runtergefallen.', 'Schlagloch auf der Bahnhofstraße Höhe Hausnummer 3, ca. 30 cm tief, Radfahrer weichen auf die Fahrbahn aus', 'Die Ampel an der Kreuzung Ringstraße/Kirchweg ist komplett aus, seit ca. 7 Uhr', 'Im Stadtpark liegen seit dem Sturm zwei Äste auf dem Spielplatzzaun'],
      zh: ['幸福路和建设街路口的红绿灯从早上开始一直黄灯闪烁，车都不知道怎么走', '我们小区门口（和平里3号院）的井盖不见了，晚上很黑，已经有人差点掉下去', '东湖公园北门的垃圾桶三天没人清了，味道很大', '长江路地下通道积水快到膝盖了，还有人在往里走'],
      es: ['La farola de la calle Alcalá 210 lleva tres noches apagada', 'Hay una tubería rota en la calle Mayor 5, sale agua a presión y la acera se está hundiendo', 'Contenedor de vidrio desbordado en la plaza del Carmen desde el lunes', 'El semáforo para peatones de Gran Vía con Montera se queda en verde solo 4 segundos'],
    };
    const answers: Record<string, string[]> = {
      en: ['LIGHTING P3', 'TRAFFIC_SIGNALS P1', 'WASTE P2', 'WATER P1'],
      de: ['BUILDING_CONTROL P1', 'ROADS P1', 'TRAFFIC_SIGNALS P1', 'PARKS P3'],
      zh: ['TRAFFIC_SIGNALS P2', 'ROADS P1', 'WASTE P3', 'WATER P1'],
      es: ['LIGHTING P2', 'WATER P1', 'WASTE P3', 'TRAFFIC_SIGNALS P3'],
    };
    const pool = reports[lang]!.map((text, k) => [text, answers[lang]![k]!] as const);
    const messages = [sys(sysText)];
    const prior = [0, 2, 1, 3, 0][i]!;
    const order = rng.sample(pool, pool.length);
    for (let k = 0; k < Math.min(prior, 3); k++) messages.push(user(order[k]![0]), say(order[k]![1]));
    messages.push(user(order[Math.min(prior, 3)]![0]));
    return { lang, messages, max_tokens: 8, temperature: 0 };
  },
};

// ───────────────────────────── non-agentic ─────────────────────────────

const naNotice: Family = {
  id: 'wv-na-building-notice-translate',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'A plain translation of a building maintenance notice; no agent behaviour, closest to a one-shot reflex mapping.',
  variants: 4,
  make(rng, i) {
    const target = ['German', 'Spanish', 'Japanese', 'Portuguese'][i]!;
    const lang: Lang = (['de', 'es', 'ja', 'pt'] as Lang[])[i]!;
    const day = rng.pick(['Tuesday 14 April', 'Thursday 3 September', 'Monday 9 November', 'Wednesday 21 January']);
    const from = rng.int(8, 10); const to = from + rng.int(3, 6);
    const ask = t(lang, {
      en: '', de: 'Bitte ins Deutsche übersetzen, für den Aushang im Treppenhaus:',
      es: 'Tradúcelo al español para ponerlo en el portal, por favor:', ja: '掲示板に貼るので日本語に訳してください：', pt: 'Traduz para português, é para afixar na entrada do prédio:',
    });
    const notice = `NOTICE TO RESIDENTS – Block ${rng.pick(['A', 'B', 'C'])}\nThe water supply will be shut off on ${day} from ${from}:00 to ${to}:00 while contractors replace the riser valve on floor ${rng.int(2, 9)}. Please keep a supply of drinking water and do not use washing machines or dishwashers during this time. After the water comes back it may look cloudy for a few minutes; run the cold tap until it is clear. Questions: caretaker ${rng.pick(['Mr Dale', 'Ms Osei', 'Mr Kowalski'])}, 07700 ${rng.int(100000, 999999)}.`;
    return {
      lang,
      messages: [user(`${ask || `Translate into ${target}:`}\n\n${notice}`)],
      temperature: 0.3,
      secondary: null,
      difficulty: 'easy',
    };
  },
};

const naIncidentSummary: Family = {
  id: 'wv-na-rail-incident-summary',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Summarising a pasted incident report for a newsletter is plain text processing, not an agent acting in an environment.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'fr', 'zh'], i);
    const line = rng.pick(['RE 7', 'S 3', 'Line 4', 'TER K51']);
    const report = `Incident report ${rng.int(2026001, 2026999)} – ${line}\n\n${pad(rng.int(6, 9))}:${pad(rng.int(0, 59))} Driver of unit ${rng.int(400, 499)} reports loss of traction power approaching ${rng.pick(['Altbach', 'Hillcrest', 'Saint-Clair', 'Westend'])}. Train stopped 600 m short of the platform with ${rng.int(120, 480)} passengers on board.\nSignaller informed, adjacent line blocked as a precaution.\nOLE inspection team dispatched; arrived after ${rng.int(25, 70)} minutes and found a dropper failure with the contact wire sagging over ~40 m.\nPassengers were detrained to the adjacent platform via the walkway under staff supervision. One passenger treated for heat exhaustion on site.\nService resumed at reduced speed (40 km/h) after ${rng.int(2, 5)} h ${rng.int(0, 59)} min; ${rng.int(8, 40)} services cancelled, ${rng.int(20, 90)} delayed.\nRoot cause under investigation; similar dropper batch installed in 2019 on sections 14-17 to be inspected.`;
    const ask = t(lang, {
      en: 'Summarise this for the customer newsletter in 3 sentences, no jargon:',
      de: 'Fass das bitte in drei Sätzen für den Fahrgast-Newsletter zusammen, ohne Fachchinesisch:',
      fr: 'Résume ce rapport en trois phrases pour la lettre d\'information aux voyageurs, sans jargon technique :',
      zh: '请把下面这份事故报告写成给乘客看的三句话简讯，不要用专业术语：',
    });
    return { lang, messages: [sys('You are a helpful assistant.'), user(`${ask}\n\n${report}`)], temperature: 0.5 };
  },
};

const naHeatPumpChat: Family = {
  id: 'wv-na-heat-pump-question',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'A homeowner asks a general explanatory question in a plain chat; there is no environment, tool or decision loop.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['pt', 'en', 'ja', 'de'], i);
    const temp = rng.int(-12, 2);
    const q = t(lang, {
      en: `Why does my heat pump use so much more electricity when it's ${temp} °C outside? The installer said the COP is 4 but my bill says otherwise. Is something wrong with it?`,
      pt: `Por que a bomba de calor gasta tanta energia quando faz ${temp} °C lá fora? O instalador disse que o COP é 4, mas a conta de luz não bate com isso. Será que tem algum defeito?`,
      ja: `外気温が${temp}℃くらいになるとヒートポンプの電気代が急に上がるのはなぜですか？施工業者はCOP4と言っていたのですが、請求額を見るととてもそうは思えません。故障でしょうか。`,
      de: `Warum zieht meine Wärmepumpe bei ${temp} °C Außentemperatur so viel mehr Strom? Der Installateur meinte, die JAZ liegt bei 4, aber die Stromrechnung sieht anders aus. Ist da was kaputt?`,
    });
    const messages = i === 3
      ? [user(t(lang, { en: 'Quick question about heating', de: 'Kurze Frage zur Heizung' })), say(t(lang, { en: 'Sure, go ahead.', de: 'Klar, schieß los.' })), user(q)]
      : [user(q)];
    return { lang, messages, temperature: 0.7 };
  },
};

// ───────────── grid feeder trio: model_based_reflex / goal_based / learning ─────────────

interface Feeder { name: string; streets: string[]; lats: string[]; tie: string; cust: string; crew: string }
const FEEDERS: Record<string, Feeder> = {
  en: { name: 'Feeder F-12 (Eastgate substation)', streets: ['Mill St', 'Oak Ave', 'Ridge Rd', 'Lake Dr'], lats: ['Birch Ln', 'Cedar Ct', 'Pine Hill'], tie: 'F-15', cust: 'customers', crew: 'crew' },
  fr: { name: 'Départ D-07 (poste source Saint-Roch)', streets: ['rue des Tanneurs', 'avenue Foch', 'chemin du Moulin', 'route de Lyon'], lats: ['impasse des Lilas', 'allée des Chênes', 'lotissement Les Vignes'], tie: 'D-09', cust: 'clients', crew: 'équipe' },
  ja: { name: '6号配電線（北町変電所）', streets: ['本町', '栄町', '緑ヶ丘', '湖畔'], lats: ['桜台', '若葉', '東山団地'], tie: '8号線', cust: '戸', crew: '班' },
  de: { name: 'Abgang K-3 (UW Nord)', streets: ['Mühlweg', 'Eichenallee', 'Bergstraße', 'Seeweg'], lats: ['Birkenhof', 'Am Anger', 'Siedlung Sonnenhang'], tie: 'K-5', cust: 'Kunden', crew: 'Trupp' },
  es: { name: 'Línea 21 (subestación Levante)', streets: ['calle Mayor', 'avenida del Puerto', 'camino Real', 'paseo del Lago'], lats: ['urbanización Los Pinos', 'calle Olmo', 'barrio Alto'], tie: 'L-24', cust: 'clientes', crew: 'brigada' },
};
function feederText(lang: Lang, counts: number[]): string {
  const f = FEEDERS[lang] ?? FEEDERS.en!;
  const c = counts;
  return `${f.name}\nCB → S1 ${f.streets[0]} (${c[0]} ${f.cust}) → R1 (recloser) → S2 ${f.streets[1]} (${c[1]}) → SW-A → S3 ${f.streets[2]} (${c[2]}) → SW-B → S4 ${f.streets[3]} (${c[3]}) → TIE-1 (N/O) → ${f.tie}\nL1 (fuse) off S2: ${f.lats[0]} (${c[4]}) | L2 (fuse) off S3: ${f.lats[1]} (${c[5]}) | L3 (fuse) off S4: ${f.lats[2]} (${c[6]})\nAMI last-gasp: S1, S2, L3`;
}
const feederCounts = (rng: { int(a: number, b: number): number }): number[] => [rng.int(200, 400), rng.int(300, 600), rng.int(250, 450), rng.int(150, 320), rng.int(30, 80), rng.int(25, 70), rng.int(60, 120)];

const mbGrid: Family = {
  id: 'wv-mb-feeder-outage-tracking',
  label: 'model_based_reflex',
  secondary: 'learning',
  difficulty: 'hard',
  rationale: 'Calls, meter last-gasps and crew notes arrive in batches and only partly reveal which device is out, so the operator assistant keeps revising its picture of the feeder and acts on the current best guess.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'ja', 'de', 'en'], i);
    const f = FEEDERS[lang]!;
    const h = rng.int(13, 19);
    const hm = (m: number): string => `${h}:${pad(m)}`;
    const batches = [
      `${hm(2)} CALL ${f.lats[1]} 4 "${t(lang, { en: 'no power', fr: 'plus de courant', ja: '停電', de: 'kein Strom' })}"\n${hm(3)} CALL ${f.lats[1]} 11 "${t(lang, { en: 'lights out, heard a bang', fr: 'tout s\'est éteint, on a entendu un bruit sec', ja: '急に消えた、バンという音がした', de: 'alles aus, hat geknallt' })}"\n${hm(4)} CALL ${f.streets[2]} 27 "${t(lang, { en: 'flickering then off', fr: 'ça a clignoté puis plus rien', ja: 'ちらついてから消えた', de: 'erst geflackert, dann aus' })}"\nAMI: -`,
      `${hm(7)} R1 trip 1/3 → reclose OK\n${hm(7)} R1 trip 2/3 → reclose OK\n${hm(8)} R1 trip 3/3 → LOCKOUT\nAMI: last-gasp ${rng.int(180, 300)} meters S2\n${hm(9)} CALL ${f.streets[1]} ×${rng.int(12, 30)}`,
      `${hm(18)} CALL ${f.streets[2]} ×${rng.int(5, 15)}, ${f.streets[3]} ×${rng.int(0, 3)}\n${hm(21)} ${f.crew} 1 @ SW-A: "${t(lang, { en: `no visible damage on S2 from the road, smell of burning near ${f.streets[2]} 40`, fr: `rien de visible sur S2 depuis la route, odeur de brûlé vers ${f.streets[2]} n°40`, ja: `道路からはS2に異常なし、${f.streets[2]}40番付近で焦げ臭い`, de: `von der Straße aus nichts an S2 zu sehen, Brandgeruch bei ${f.streets[2]} 40` })}"\nAMI L3: ${rng.chance(0.5) ? 'no last-gasp' : 'last-gasp 12 meters'}`,
      `${hm(26)} CALL ${f.lats[1]} 9 "${t(lang, { en: 'neighbour has power, we do not', fr: 'le voisin a du courant, pas nous', ja: '隣の家は点いているのにうちだけ消えている', de: 'Nachbar hat Strom, wir nicht' })}"\n${hm(27)} SCADA: R1 still open, SW-A closed, SW-B closed, TIE-1 open\n${hm(29)} CALL ${f.lats[0]} ×2`,
    ];
    const replies = [
      `SUSPECT=L2 fuse CONF=low ACTION=${t(lang, { en: 'watch', fr: 'surveiller', ja: '様子見', de: 'beobachten' })}`,
      `SUSPECT=S2/S3 (downstream R1) CONF=med ACTION=${t(lang, { en: 'send crew 1 to SW-A', fr: 'envoyer équipe 1 à SW-A', ja: '1班をSW-Aへ', de: 'Trupp 1 zu SW-A' })}`,
      `SUSPECT=S3 SW-A..SW-B CONF=med ACTION=${t(lang, { en: 'crew 1 patrols S3', fr: 'équipe 1 parcourt S3', ja: '1班がS3を巡視', de: 'Trupp 1 läuft S3 ab' })}`,
    ];
    const n = [2, 3, 4, 3, 4][i]!;
    const sysText = t(lang, {
      en: `Outage desk assistant. The network:\n${feederText(lang, feederCounts(rng))}\nYou get the events in batches. After each batch answer on one line: SUSPECT=<device or section> CONF=<low|med|high> ACTION=<what the desk does now>. Calls lag, meters only exist where listed, SCADA sees CB and R1 only unless a crew reports.`,
      fr: `Assistant du bureau de conduite (incidents). Réseau :\n${feederText(lang, feederCounts(rng))}\nLes événements arrivent par lots. Après chaque lot, réponds sur une ligne : SUSPECT=<organe ou tronçon> CONF=<low|med|high> ACTION=<ce que fait le bureau maintenant>. Les appels arrivent en retard, les compteurs ne remontent que là où c'est indiqué, la téléconduite ne voit que CB et R1 sauf rapport d'équipe.`,
      ja: `停電受付デスクの補助AIです。系統：\n${feederText(lang, feederCounts(rng))}\nイベントはまとめて届きます。各まとまりの後に一行で答えてください：SUSPECT=<機器または区間> CONF=<low|med|high> ACTION=<今デスクがすること>。電話は遅れて入り、スマートメーターは記載の区間にしかなく、遠方監視で見えるのはCBとR1だけです（班の報告がない限り）。`,
      de: `Assistenz für die Störungsannahme. Netz:\n${feederText(lang, feederCounts(rng))}\nEreignisse kommen gebündelt. Antworte nach jedem Paket in einer Zeile: SUSPECT=<Betriebsmittel oder Abschnitt> CONF=<low|med|high> ACTION=<was die Leitstelle jetzt tut>. Anrufe kommen verzögert, Zähler melden nur wo angegeben, die Fernwirktechnik sieht nur CB und R1, außer ein Trupp meldet etwas.`,
    });
    const messages = [sys(sysText)];
    for (let k = 0; k < n; k++) {
      messages.push(user(batches[k]!));
      if (k < n - 1) messages.push(say(replies[k]!));
    }
    if (i === 4) messages[messages.length - 1] = user(`${batches[n - 1]}\n\nShift lead: where do we think it is right now, and does crew 2 go to SW-B or to L2?`);
    return { lang, messages, temperature: 0, max_tokens: 60 };
  },
};

const gridTools = [
  tool('get_status', 'Read position of switching devices.', { devices: list(str) }),
  tool('operate', 'Open or close a remotely operable device. Returns the new position and loading.', { device: str, action: oneOf('open', 'close') }),
  tool('get_load', 'Current load in amperes on a feeder or section.', { element: str }),
  tool('report_done', 'Close the switching order with a summary.', { summary: str }),
];

const gbGrid: Family = {
  id: 'wv-gb-feeder-restoration-switching',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'The faulted section is already known; the agent must find the switching sequence that brings every other customer back without overloading the tie, i.e. the next step toward a fixed end condition.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'fr', 'es', 'de'], i);
    const spare = rng.int(140, 260);
    const s4load = rng.int(90, 200);
    const sysText = t(lang, {
      en: `Switching assistant for the control room.\n${feederText(lang, feederCounts(rng))}\nCrew confirmed a cable fault inside S3 (between SW-A and SW-B), including lateral L2. Job: get supply back to every customer outside S3/L2. ${FEEDERS.en!.tie} has ${spare} A spare. Never close onto the fault. One tool call per turn; call report_done when all other customers are on.`,
      de: `Schaltassistent für die Netzleitstelle.\n${feederText(lang, feederCounts(rng))}\nDer Trupp hat einen Kabelfehler in S3 (zwischen SW-A und SW-B, inkl. Stich L2) bestätigt. Auftrag: alle Kunden außerhalb von S3/L2 wieder versorgen. ${FEEDERS.de!.tie} hat noch ${spare} A Reserve. Niemals auf den Fehler schalten. Ein Tool-Aufruf pro Schritt; report_done, sobald alle übrigen Kunden wieder Strom haben.`,
      fr: `Assistant de manœuvres pour le centre de conduite.\n${feederText(lang, feederCounts(rng))}\nL'équipe a confirmé un défaut câble dans S3 (entre SW-A et SW-B, dérivation L2 comprise). Mission : réalimenter tous les clients hors S3/L2. ${FEEDERS.fr!.tie} dispose de ${spare} A de réserve. Ne jamais refermer sur le défaut. Un appel d'outil par tour ; report_done quand tous les autres clients sont réalimentés.`,
      es: `Asistente de maniobras del centro de control.\n${feederText(lang, feederCounts(rng))}\nLa brigada confirmó una avería de cable en S3 (entre SW-A y SW-B, incluida la derivación L2). Encargo: devolver el suministro a todos los clientes fuera de S3/L2. ${FEEDERS.es!.tie} tiene ${spare} A de margen. Nunca cerrar sobre la avería. Una llamada a herramienta por turno; report_done cuando el resto de clientes tenga luz.`,
    });
    const messages = [sys(sysText), user(t(lang, { en: 'Go ahead.', de: 'Leg los.', fr: 'Vas-y.', es: 'Adelante.' }))];
    exchange(rng, messages, 'get_status', { devices: ['CB', 'R1', 'SW-A', 'SW-B', 'TIE-1'] }, { CB: 'closed', R1: 'open (lockout)', 'SW-A': 'closed', 'SW-B': 'closed', 'TIE-1': 'open' });
    const steps: [Record<string, unknown>, unknown][] = [
      [{ device: 'SW-A', action: 'open' }, { device: 'SW-A', position: 'open', ok: true }],
      [{ device: 'SW-B', action: 'open' }, { device: 'SW-B', position: 'open', ok: true }],
      [{ device: 'R1', action: 'close' }, { device: 'R1', position: 'closed', ok: true, load_A: rng.int(150, 260) }],
      [{ element: 'S4' }, { element: 'S4', load_A_before_outage: s4load }],
    ];
    const done = [0, 1, 2, 3, 4][i]!;
    for (let k = 0; k < Math.min(done, 4); k++) exchange(rng, messages, k === 3 ? 'get_load' : 'operate', steps[k]![0], steps[k]![1]);
    if (i === 4) messages.push(user(t(lang, { en: 'Note: S4 load is above the spare on the tie, can you split it?', de: 'Achtung: Last S4 liegt über der Reserve von K-5. Geht das trotzdem?' })));
    return { lang, messages, tools: gridTools, tool_choice: 'auto', temperature: 0 };
  },
};

const lrGrid: Family = {
  id: 'wv-lr-feeder-fault-history',
  label: 'learning',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'Past outages on the feeder are listed with their symptoms and where the fault was actually found, and the assistant must generalise from those outcomes to decide where a crew looks first in a new outage.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'ja', 'en', 'fr'], i);
    const f = FEEDERS[lang]!;
    const L = (en: string, fr: string, ja: string): string => t(lang, { en, fr, ja });
    const past = [
      ['2025-06-12', L('R1 3 trips→lockout', 'R1 3 déclench.→verrouillé', 'R1 3回動作→ロックアウト'), L(`calls ${f.streets[2]} first`, `appels ${f.streets[2]} d'abord`, `${f.streets[2]}から先に通報`), L('S3 cable joint near SW-A', 'S3 jonction câble près de SW-A', 'S3 SW-A付近のケーブル接続部'), '3h10'],
      ['2025-08-03', L('R1 1 trip, reclosed', 'R1 1 déclench., réenclenché', 'R1 1回動作、再閉路成功'), L(`calls ${f.lats[1]} only`, `appels ${f.lats[1]} seulement`, `${f.lats[1]}からのみ通報`), L('L2 fuse (squirrel)', 'fusible L2 (écureuil)', 'L2ヒューズ（リス）'), '1h05'],
      ['2025-11-19', L('CB trip', 'déclench. CB', 'CB遮断'), L('AMI S1 all', 'AMI S1 en totalité', 'S1のメーター全数'), L('S1 pole-top insulator (storm)', 'S1 isolateur en tête de poteau (tempête)', 'S1 電柱上の碍子（嵐）'), '4h40'],
      ['2026-01-07', L('R1 3 trips→lockout', 'R1 3 déclench.→verrouillé', 'R1 3回動作→ロックアウト'), L(`calls ${f.streets[1]}+${f.streets[2]}`, `appels ${f.streets[1]}+${f.streets[2]}`, `${f.streets[1]}と${f.streets[2]}から通報`), L('S2 tree contact', 'S2 contact avec un arbre', 'S2 樹木接触'), '2h20'],
      ['2026-02-22', L('none', 'aucun', 'なし'), L(`calls ${f.lats[2]} only, AMI L3`, `appels ${f.lats[2]} seulement, AMI L3`, `${f.lats[2]}のみ、L3メーター`), L('L3 fuse (overload, cold snap)', 'fusible L3 (surcharge, vague de froid)', 'L3ヒューズ（寒波で過負荷）'), '0h50'],
      ['2026-04-30', L('R1 3 trips→lockout', 'R1 3 déclench.→verrouillé', 'R1 3回動作→ロックアウト'), L(`calls ${f.streets[2]} first, smell of burning`, `appels ${f.streets[2]} d'abord, odeur de brûlé`, `${f.streets[2]}から先に通報、焦げ臭い`), L('S3 cable joint near SW-A (same batch)', 'S3 jonction près de SW-A (même lot)', 'S3 SW-A付近の接続部（同ロット）'), '5h00'],
      ['2026-07-15', L('R1 2 trips, reclosed', 'R1 2 déclench., réenclenché', 'R1 2回動作、再閉路成功'), L(`flicker complaints ${f.streets[1]}`, `plaintes de papillotement ${f.streets[1]}`, `${f.streets[1]}でちらつきの苦情`), L('nothing found; 2 days later: S2 tree', 'rien trouvé ; 2 jours après : arbre S2', '異常なし→2日後にS2樹木接触'), '—'],
    ];
    const rows = rng.sample(past, [5, 6, 7, 4, 6][i]!).sort((a, b) => a[0]!.localeCompare(b[0]!));
    const head = t(lang, {
      en: '| date | protection | first symptoms | fault found | restore |',
      fr: '| date | protection | premiers symptômes | défaut trouvé | réalim. |',
      ja: '| 日付 | 保護動作 | 最初の兆候 | 判明した故障箇所 | 復旧時間 |',
    });
    const table = [head, '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    const now = [
      `R1 3 trips→lockout, first calls from ${f.streets[2]}, one caller mentions a burning smell`,
      `R1 1 déclenchement puis réenclenché, ensuite 6 appels de ${f.lats[1]}, rien d'autre`,
      `R1が3回動作してロックアウト、${f.streets[1]}と${f.streets[2]}から同時に通報、風速20m/s`,
      'no protection operation, AMI last-gasp on L3 only, outside temperature -9 °C',
      `R1 2 déclenchements puis réenclenché, plaintes de papillotement ${f.streets[1]}`,
    ][i]!;
    const ask = t(lang, {
      en: `Outage log for ${f.name}, with what the crews eventually found:\n\n${table}\n\nNew outage just now: ${now}.\nGiven how these have turned out before, where should the first crew go, and what should the second check be?`,
      fr: `Historique des coupures sur ${f.name}, avec ce que les équipes ont finalement trouvé :\n\n${table}\n\nNouvelle coupure à l'instant : ${now}.\nVu comment ces cas se sont terminés, où envoyer la première équipe, et que vérifier en second ?`,
      ja: `${f.name}の過去の停電記録と、最終的に見つかった故障箇所です：\n\n${table}\n\nたった今の停電：${now}。\nこれまでの結果を踏まえて、最初の班をどこに向かわせ、二番目に何を確認すべきですか？`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'Distribution operations assistant.', fr: 'Assistant d\'exploitation du réseau de distribution.', ja: '配電運用アシスタント。' })), user(ask)],
      response_format: jsonSchema('crew_dispatch', { first_location: str, second_check: str, based_on: list(str), confidence: oneOf('low', 'medium', 'high') }),
      temperature: 0.2,
    };
  },
};

// ───────────── fleet pair: model_based_reflex / goal_based ─────────────

interface Region { depot: string; stops: string[]; road: string; truck: string; tz: string }
const REGIONS: Record<string, Region> = {
  de: { depot: 'Depot Ulm-Donautal', stops: ['Blaubeuren', 'Ehingen', 'Laupheim', 'Biberach', 'Memmingen'], road: 'B 30', truck: 'UL-KT 412', tz: 'MEZ' },
  en: { depot: 'Daventry DIRFT depot', stops: ['Rugby', 'Coventry', 'Leamington Spa', 'Banbury', 'Northampton'], road: 'M45', truck: 'HGV 27 (KX71 RFD)', tz: 'UK' },
  es: { depot: 'Depósito PLAZA Zaragoza', stops: ['Calatayud', 'Huesca', 'Alagón', 'Tudela', 'Ejea de los Caballeros'], road: 'A-68', truck: '4417-LKD', tz: 'CET' },
  pt: { depot: 'Armazém Azambuja', stops: ['Santarém', 'Torres Novas', 'Leiria', 'Caldas da Rainha', 'Rio Maior'], road: 'A1', truck: '62-TR-18', tz: 'WET' },
};

const fleetTools = [
  tool('get_pings', 'Telematics positions of a vehicle since a time (may have gaps).', { vehicle: str, since: str }),
  tool('get_eta', 'Driving time between two places under current traffic.', { from: str, to: str }),
  tool('notify_customer', 'Send an SMS to the consignee.', { stop: str, message: str }),
];

const mbFleet: Family = {
  id: 'wv-mb-truck-whereabouts-gaps',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Telematics pings arrive with gaps across several checks, so the dispatcher assistant has to carry forward where the truck probably is now before deciding whether to warn a customer.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'es', 'pt', 'de'], i);
    const r = REGIONS[lang]!;
    const day = `2026-${pad(rng.int(2, 11))}-${pad(rng.int(1, 28))}`;
    const sysText = t(lang, {
      de: `Du unterstützt die Disposition einer Spedition. Telematik sendet alle 5 Minuten eine Position, fällt aber in Funklöchern und Tunneln aus. Halte fest, wo ein Fahrzeug vermutlich gerade ist, und sag der Disposition, ob ein Kunde informiert werden muss (Zeitfenster gilt als gefährdet, wenn die geschätzte Ankunft mehr als 20 min nach Fensterende liegt).`,
      en: `You help the transport office of a haulier. Telematics reports a position every 5 minutes but drops out in dead zones and tunnels. Keep track of where a vehicle probably is right now and tell the office whether a customer needs a heads-up (a window is at risk if the estimated arrival is more than 20 min after it closes).`,
      es: `Ayudas al departamento de tráfico de una empresa de transporte. La telemática envía una posición cada 5 minutos, pero se corta en zonas sin cobertura y túneles. Lleva la cuenta de dónde está probablemente cada camión y di si hay que avisar a un cliente (la ventana está en riesgo si la llegada estimada supera en más de 20 min el cierre).`,
      pt: `Você dá apoio à central de tráfego de uma transportadora. A telemetria envia uma posição a cada 5 minutos, mas falha em zonas sem rede e túneis. Acompanhe onde o caminhão provavelmente está agora e diga se é preciso avisar algum cliente (a janela está em risco se a chegada estimada passar mais de 20 min do fim).`,
    });
    const s = rng.sample(r.stops, 3);
    const h0 = rng.int(9, 12);
    const messages = [sys(sysText)];
    messages.push(user(t(lang, {
      de: `Wo steht ${r.truck}? Er soll noch ${s[0]} und dann ${s[1]} (Fenster bis ${h0 + 3}:30) anfahren.`,
      en: `Where's ${r.truck}? Still has ${s[0]} and then ${s[1]} (window closes ${h0 + 3}:30).`,
      es: `¿Dónde anda el ${r.truck}? Le quedan ${s[0]} y luego ${s[1]} (ventana hasta las ${h0 + 3}:30).`,
      pt: `Onde está o ${r.truck}? Ainda faltam ${s[0]} e depois ${s[1]} (janela até ${h0 + 3}:30).`,
    })));
    exchange(rng, messages, 'get_pings', { vehicle: r.truck, since: `${day}T${pad(h0)}:00` }, {
      pings: [0, 5, 10, 15].map((m) => ({ t: `${pad(h0)}:${pad(m)}`, near: m < 10 ? r.depot : `${r.road} km ${rng.int(10, 40) + m}`, speed_kmh: rng.int(60, 85) })),
    });
    messages.push(say(t(lang, {
      de: `Letzte Position ${h0}:15 auf der ${r.road}, flüssig unterwegs Richtung ${s[0]}. Kein Handlungsbedarf.`,
      en: `Last fix ${h0}:15 on the ${r.road}, moving normally towards ${s[0]}. Nothing to do yet.`,
      es: `Última posición a las ${h0}:15 en la ${r.road}, circulando con normalidad hacia ${s[0]}. De momento nada que hacer.`,
      pt: `Última posição às ${h0}:15 na ${r.road}, a andar normalmente para ${s[0]}. Por ora nada a fazer.`,
    })));
    const later = h0 + 1 + (i % 2);
    messages.push(user(t(lang, {
      de: `Jetzt ${later}:40. Nochmal ${r.truck} bitte, der Kunde in ${s[1]} ruft an.`,
      en: `It's ${later}:40 now. ${r.truck} again please, customer in ${s[1]} is on the phone.`,
      es: `Son las ${later}:40. Otra vez el ${r.truck}, por favor, el cliente de ${s[1]} está al teléfono.`,
      pt: `Agora são ${later}:40. De novo o ${r.truck}, por favor, o cliente de ${s[1]} está ao telefone.`,
    })));
    const gapEnd = rng.int(20, 35);
    exchange(rng, messages, 'get_pings', { vehicle: r.truck, since: `${day}T${pad(h0)}:15` }, {
      pings: [
        { t: `${pad(h0)}:20`, near: `${s[0]}`, speed_kmh: 0, door: 'open' },
        { t: `${pad(h0 + 1)}:${pad(gapEnd - 15)}`, near: `${s[0]}`, speed_kmh: 0, door: 'closed' },
        ...(i >= 2 ? [{ t: `${pad(h0 + 1)}:${pad(gapEnd)}`, near: `${r.road} km ${rng.int(50, 90)}`, speed_kmh: rng.int(5, 25), note: 'then no data' }] : []),
      ],
      gap_since: i >= 2 ? `${pad(h0 + 1)}:${pad(gapEnd)}` : `${pad(h0 + 1)}:${pad(gapEnd - 15)}`,
    });
    if (i >= 3) {
      exchange(rng, messages, 'get_eta', { from: `${r.road} km 70`, to: s[1] }, { minutes: rng.int(35, 80), traffic: rng.pick(['queue 4 km', 'roadworks, single lane', 'normal']) });
    }
    if (i === 1 || i === 4) {
      messages.push(user(t(lang, {
        de: 'Und? Muss ich den Kunden vertrösten oder schafft er es?', en: 'So do I tell them it\'s going to be late or not?',
      })));
    }
    return { lang, messages, tools: fleetTools, temperature: 0.1 };
  },
};

const routeTools = [
  tool('get_route', 'Fastest route between two places with current closures.', { from: str, to: str }),
  tool('road_status', 'Closures and restrictions on a road.', { road: str }),
  tool('mark_stop_done', 'Record a stop as delivered.', { stop: str, time: str }),
  tool('send_route', 'Push the stop order to the driver app.', { stops: list(str) }),
];

const gbFleet: Family = {
  id: 'wv-gb-truck-stops-before-depot-close',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'The routing agent must get every remaining stop served inside its window and the truck back at the depot before it closes, so each tool call is the next step of a route search toward that fixed end condition.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'es', 'pt', 'en'], i);
    const r = REGIONS[lang]!;
    const close = rng.int(17, 19);
    const stops = rng.sample(r.stops, [3, 4, 3, 4, 5][i]!);
    const windows = stops.map((s) => `${s} ${pad(rng.int(10, 13))}:00–${pad(rng.int(14, 16))}:30`);
    const sysText = t(lang, {
      de: `Du bist der Tourenagent für ${r.truck}. Alle offenen Stopps müssen in ihren Zeitfenstern beliefert sein und das Fahrzeug muss bis ${close}:00 wieder im ${r.depot} stehen (Tor schließt dann). Erst Route prüfen, dann send_route. Ein Tool-Aufruf pro Schritt.`,
      en: `You are the routing agent for ${r.truck}. Every open stop must be delivered inside its window and the truck must be back at ${r.depot} by ${close}:00 (the gate shuts then). Check the route before you call send_route. One tool call per step.`,
      es: `Eres el agente de rutas del ${r.truck}. Hay que entregar todas las paradas pendientes dentro de su ventana y el camión tiene que estar de vuelta en ${r.depot} antes de las ${close}:00 (cierra la puerta). Comprueba la ruta antes de send_route. Una llamada por paso.`,
      pt: `Você é o agente de rotas do ${r.truck}. Todas as paradas em aberto têm de ser entregues dentro da janela e o caminhão precisa estar de volta ao ${r.depot} até às ${close}:00 (o portão fecha). Verifique a rota antes de chamar send_route. Uma chamada por passo.`,
    });
    const messages = [sys(sysText), user(t(lang, {
      de: `Offene Stopps: ${windows.join('; ')}. Fahrer steht gerade in ${stops[0]}, fertig um 11:50.`,
      en: `Open stops: ${windows.join('; ')}. Driver is at ${stops[0]} now, done at 11:50.`,
      es: `Paradas pendientes: ${windows.join('; ')}. El conductor está en ${stops[0]}, termina a las 11:50.`,
      pt: `Paradas em aberto: ${windows.join('; ')}. O motorista está em ${stops[0]}, termina às 11:50.`,
    }))];
    exchange(rng, messages, 'mark_stop_done', { stop: stops[0], time: '11:50' }, { ok: true, remaining: stops.slice(1) });
    exchange(rng, messages, 'get_route', { from: stops[0], to: stops[1] }, { minutes: rng.int(25, 60), via: r.road, warnings: i % 2 === 0 ? [`${r.road} closed between junctions ${rng.int(3, 6)} and ${rng.int(7, 9)} until 16:00`] : [] });
    if (i % 2 === 0) exchange(rng, messages, 'road_status', { road: r.road }, { closures: [{ section: `J${rng.int(3, 6)}–J${rng.int(7, 9)}`, until: '16:00', detour_extra_min: rng.int(25, 55) }] });
    if (i >= 3) exchange(rng, messages, 'get_route', { from: stops[1], to: stops[2] }, { minutes: rng.int(30, 70), via: 'local roads' });
    return { lang, messages, tools: routeTools, tool_choice: 'required', temperature: 0 };
  },
};

// ───────────── bus line pair: model_based_reflex / learning ─────────────

interface BusLine { line: string; stops: string[]; tp: string }
const BUSLINES: Record<string, BusLine> = {
  pt: { line: 'Linha 742', stops: ['Cais do Sodré', 'Santos', 'Estrela', 'Rato', 'Amoreiras', 'Campolide', 'Sete Rios', 'Benfica'], tp: 'Rato' },
  en: { line: 'Route 38', stops: ['Victoria', 'Hyde Park Cnr', 'Green Park', 'Piccadilly Circus', 'Cambridge Circus', 'Bloomsbury', 'Angel', 'Essex Rd'], tp: 'Piccadilly Circus' },
  de: { line: 'Linie 100', stops: ['Zoo', 'Tiergarten', 'Großer Stern', 'Reichstag', 'Unter den Linden', 'Lustgarten', 'Alexanderplatz', 'Mollstraße'], tp: 'Unter den Linden' },
  es: { line: 'Línea 27', stops: ['Embajadores', 'Atocha', 'Prado', 'Cibeles', 'Colón', 'Castellana', 'Nuevos Ministerios', 'Plaza Castilla'], tp: 'Cibeles' },
};

const mbBus: Family = {
  id: 'wv-mb-bus-holding-live-ticks',
  label: 'model_based_reflex',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'Bus positions arrive tick by tick and some buses go silent, so the controller must keep estimating where every bus is now to decide whether the bus at the timing point waits.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['pt', 'en', 'de', 'es', 'pt'], i);
    const b = BUSLINES[lang]!;
    const target = rng.pick([6, 8, 10]);
    const sysText = t(lang, {
      pt: `Controlador de regularidade da ${b.line}. Intervalo programado ${target} min. A cada tick recebe as posições AVL que chegaram (alguns autocarros ficam calados vários ticks). Para o autocarro que está no ponto de regulação ${b.tp}, responda só HOLD <segundos> ou GO. Não deixe o intervalo para o autocarro da frente cair abaixo de metade do programado.`,
      en: `Headway controller for ${b.line}. Scheduled headway ${target} min. Each tick you get the AVL positions that came in (some buses stay silent for several ticks). For the bus at the timing point ${b.tp}, reply only HOLD <seconds> or GO. Do not let the gap to the bus ahead fall under half the scheduled headway.`,
      de: `Taktregler für die ${b.line}. Soll-Takt ${target} min. Pro Tick bekommst du die AVL-Meldungen, die eingegangen sind (manche Busse melden sich mehrere Ticks lang nicht). Für den Bus am Regelpunkt ${b.tp} antwortest du nur HOLD <Sekunden> oder GO. Der Abstand zum vorausfahrenden Bus darf nicht unter den halben Takt fallen.`,
      es: `Regulador de frecuencia de la ${b.line}. Frecuencia programada ${target} min. En cada tick recibes las posiciones AVL que han llegado (algunos autobuses pasan varios ticks sin emitir). Para el autobús que está en el punto de regulación ${b.tp}, responde solo HOLD <segundos> o GO. No dejes que la distancia con el de delante baje de la mitad de la frecuencia.`,
    });
    const buses = [rng.int(4100, 4199), rng.int(4200, 4299), rng.int(4300, 4399), rng.int(4400, 4499)];
    const tp = b.stops.indexOf(b.tp);
    const messages = [sys(sysText)];
    const ticks = [3, 5, 4, 6, 7][i]!;
    let h = rng.int(7, 17); let m = rng.int(0, 40);
    for (let k = 0; k < ticks; k++) {
      m += rng.int(1, 2);
      if (m >= 60) { h += 1; m -= 60; }
      const reports = buses.filter(() => rng.chance(0.6)).map((bus, j) => {
        const idx = Math.max(0, Math.min(b.stops.length - 1, tp - 1 + j + Math.floor(k / 2) - rng.int(0, 1)));
        return `${bus} @ ${b.stops[idx]} load ${rng.int(20, 95)}%`;
      });
      const atTp = k === ticks - 1 ? `\n${t(lang, { pt: 'no ponto', en: 'at timing point', de: 'am Regelpunkt', es: 'en el punto' })}: ${buses[rng.int(0, 3)]}` : '';
      messages.push(user(`${pad(h)}:${pad(m)} AVL: ${reports.length ? reports.join(' | ') : '—'}${atTp}`));
      if (k < ticks - 1) messages.push(say(rng.pick(['GO', 'GO', 'HOLD 30', 'HOLD 60'])));
    }
    return { lang, messages, temperature: 0, max_tokens: 6 };
  },
};

const lrBus: Family = {
  id: 'wv-lr-bus-holding-past-outcomes',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'Earlier holding decisions are listed with how the headways and complaints turned out, and the controller has to generalise from those outcomes to choose the hold for a new situation.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['pt', 'en', 'de', 'es', 'en'], i);
    const b = BUSLINES[lang]!;
    const rows: string[] = [];
    const n = [6, 8, 5, 10, 7][i]!;
    for (let k = 0; k < n; k++) {
      const ahead = rng.int(2, 12); const behind = rng.int(3, 14); const hold = rng.pick([0, 30, 60, 90, 120, 180]);
      const spread = Math.max(0.4, Math.abs(ahead - behind) / 2 - hold / 90 + (hold > 120 ? 1.5 : 0) + rng.int(-5, 5) / 10);
      rows.push(`| ${pad(rng.int(1, 28))}/${pad(rng.int(1, 12))} | ${ahead} | ${behind} | ${rng.int(30, 100)}% | ${hold} | ${fx(spread)} | ${hold > 120 ? rng.int(2, 6) : rng.int(0, 1)} |`);
    }
    const head = t(lang, {
      pt: '| dia | intervalo à frente (min) | intervalo atrás (min) | lotação | espera aplicada (s) | desvio no terminal (min) | reclamações |',
      en: '| day | gap ahead (min) | gap behind (min) | load | hold given (s) | headway deviation at terminus (min) | complaints |',
      de: '| Tag | Abstand vorn (min) | Abstand hinten (min) | Besetzung | Haltezeit (s) | Taktabweichung Endhalt (min) | Beschwerden |',
      es: '| día | hueco delante (min) | hueco detrás (min) | ocupación | retención (s) | desviación en cabecera (min) | quejas |',
    });
    const ahead = rng.int(2, 5); const behind = rng.int(9, 14); const load = rng.int(55, 95);
    const ask = t(lang, {
      pt: `${b.line}, ponto de regulação ${b.tp}. Histórico de esperas neste ponto e o que deram:\n\n${head}\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n\nAgora: intervalo à frente ${ahead} min, atrás ${behind} min, lotação ${load}%. Quanto tempo seguro o autocarro? Justifique com base nos casos acima.`,
      en: `${b.line}, timing point ${b.tp}. Holds given here before and how they turned out:\n\n${head}\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n\nNow: gap ahead ${ahead} min, gap behind ${behind} min, load ${load}%. How long do I hold? Go by what the rows above show.`,
      de: `${b.line}, Regelpunkt ${b.tp}. Bisherige Haltezeiten hier und was dabei herauskam:\n\n${head}\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n\nJetzt: Abstand vorn ${ahead} min, hinten ${behind} min, Besetzung ${load} %. Wie lange halte ich den Bus? Bitte an den Fällen oben festmachen.`,
      es: `${b.line}, punto de regulación ${b.tp}. Retenciones aplicadas aquí y cómo salieron:\n\n${head}\n|---|---|---|---|---|---|---|\n${rows.join('\n')}\n\nAhora: hueco delante ${ahead} min, detrás ${behind} min, ocupación ${load} %. ¿Cuánto retengo el autobús? Apóyate en los casos de arriba.`,
    });
    const jsonOut = i % 2 === 0;
    return {
      lang,
      messages: [sys(t(lang, { pt: 'Assistente de operação de autocarros.', en: 'Bus operations assistant.', de: 'Assistenz Busbetrieb.', es: 'Asistente de explotación de autobuses.' })), user(ask)],
      ...(jsonOut ? { response_format: jsonSchema('hold_decision', { hold_seconds: int, similar_rows: list(str), why: str }) } : {}),
      temperature: 0.2,
    };
  },
};

// ───────────── warehouse robot pair: model_based_reflex / goal_based ─────────────

const WAREHOUSE = [
  '#########',
  '#D..#...#',
  '#.#.#.#.#',
  '#.#...#.#',
  '#.###.#.#',
  '#...A.B.#',
  '#########',
];

const mbRobot: Family = {
  id: 'wv-mb-aisle-robot-forklifts',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'hard',
  rationale: 'The robot only senses its neighbouring cells while forklifts move around unseen, so each move depends on where it believes the forklifts are now from earlier sightings, not on a fixed map.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['ja', 'en', 'zh', 'es', 'ja'], i);
    const sysText = t(lang, {
      en: 'You drive an AMR tote robot on the ground floor. Sensors only cover the 4 cells next to you; forklifts F1 and F2 move about 1 cell per tick and are only reported when they are within 2 cells or when a floor camera catches them. Never enter a cell a forklift could be in this tick. Reply with one of N, E, S, W, WAIT.',
      ja: '1階の搬送ロボット（AMR）を操作します。センサーで分かるのは上下左右の隣接マスだけです。フォークリフトF1・F2は1ティックにおよそ1マス動き、2マス以内に来たときか床カメラに映ったときしか通知されません。そのティックにフォークリフトがいる可能性のあるマスには入らないこと。N、E、S、W、WAIT のいずれか一つで答えてください。',
      zh: '你控制一楼的料箱搬运机器人（AMR）。传感器只能看到上下左右相邻的4个格子；叉车F1、F2每个tick大约移动1格，只有在2格以内或被地面摄像头拍到时才会上报。本tick叉车可能所在的格子不能进入。只回复 N、E、S、W、WAIT 之一。',
      es: 'Conduces un robot AMR de cajas en la planta baja. Los sensores solo cubren las 4 celdas contiguas; las carretillas F1 y F2 se mueven ~1 celda por tick y solo se notifican cuando están a 2 celdas o menos o cuando las capta una cámara del techo. No entres nunca en una celda donde pueda estar una carretilla en ese tick. Responde solo N, E, S, W o WAIT.',
    });
    const start: [number, number] = [rng.int(3, 5), rng.int(1, 2)];
    const messages = [sys(sysText)];
    const ticks = [4, 6, 3, 5, 8][i]!;
    let [r, c] = start;
    for (let k = 0; k < ticks; k++) {
      const free = ['N', 'E', 'S', 'W'].filter(() => rng.chance(0.55));
      const seen: string[] = [];
      if (rng.chance(0.45)) seen.push(`F1 @(${rng.int(1, 5)},${rng.int(1, 7)}) ${rng.pick(['→', '←', '↑', '↓'])}`);
      if (rng.chance(0.3)) seen.push(`F2 @(${rng.int(1, 5)},${rng.int(1, 7)}) ${rng.pick(['→', '←', '↑', '↓'])}${rng.chance(0.3) ? ' (camera)' : ''}`);
      messages.push(user(`t=${k + 1} pos=(${r},${c}) open=${free.join(',') || '-'} ${seen.length ? seen.join(' ; ') : t(lang, { en: 'no forklift reported', ja: 'フォークリフト通知なし', zh: '无叉车上报', es: 'sin carretillas notificadas' })}`));
      if (k < ticks - 1) {
        const mv = rng.pick(['E', 'E', 'N', 'WAIT']);
        messages.push(say(mv));
        if (mv === 'E') c += 1; else if (mv === 'N') r -= 1;
      }
    }
    if (i === 4) messages.push(user('ドックDに向かう途中です。次の一手は？'));
    return { lang, messages, temperature: 0, max_tokens: 3 };
  },
};

const gbRobot: Family = {
  id: 'wv-gb-aisle-robot-pick-route',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'With the full floor map known and nothing moving, the robot must work out a move sequence that collects both totes and ends at the dock, a pure search toward a fixed end condition.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['zh', 'en', 'ja', 'es', 'zh'], i);
    const grid = WAREHOUSE.map((row) => row.split(''));
    const extraWall: [number, number] = [[3, 3], [1, 6], [5, 5], [3, 7], [1, 2]][i]! as [number, number];
    grid[extraWall[0]]![extraWall[1]] = '#';
    const start: [number, number] = [[1, 7], [5, 1], [3, 5], [1, 5], [5, 7]][i]!.slice() as [number, number];
    grid[start[0]]![start[1]] = 'R';
    const map = grid.map((row) => row.join('')).join('\n');
    const sysText = t(lang, {
      en: 'You control a tote robot on a fully known floor map. # wall, . free, R robot, A and B totes to collect, D dock. Moves: N, E, S, W; picking up a tote happens automatically when you enter its cell.',
      zh: '你控制一台料箱机器人，地图完全已知。# 墙，. 空地，R 机器人，A、B 为要取的料箱，D 为停靠站。动作：N、E、S、W；进入料箱所在格即自动取走。',
      ja: '床マップが完全に分かっている搬送ロボットを操作します。# 壁、. 通路、R ロボット、A・B 回収するトート、D ドック。移動は N、E、S、W。トートのマスに入ると自動で積み込みます。',
      es: 'Controlas un robot de cajas con el plano completo conocido. # pared, . libre, R robot, A y B cajas a recoger, D muelle. Movimientos: N, E, S, W; la caja se recoge al entrar en su celda.',
    });
    const ask = t(lang, {
      en: `${map}\n\nCollect A and B, then finish on D. Give the move list, fewest moves you can.`,
      zh: `${map}\n\n取到A和B后停到D。给出移动序列，步数尽量少。`,
      ja: `${map}\n\nAとBを回収してDで止まってください。手順の列を、できるだけ少ない手数で。`,
      es: `${map}\n\nRecoge A y B y termina en D. Da la lista de movimientos, con los menos pasos posibles.`,
    });
    return {
      lang, messages: [sys(sysText), user(ask)], temperature: 0,
      response_format: jsonSchema('route', { moves: list(oneOf('N', 'E', 'S', 'W')), picked_order: list(oneOf('A', 'B')) }),
    };
  },
};

// ───────────── smart home occupancy (model_based_reflex, twin of the climate rule) ─────────────

const mbHome: Family = {
  id: 'wv-mb-home-presence-from-events',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Nobody reports presence directly: the hub has to infer who is home from a stream of door, motion and flaky Wi-Fi events and set the alarm and heating from that inferred picture.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'zh', 'en', 'de'], i);
    const people = [['Anna', 'Ben'], ['Lena', 'Jonas'], ['小王', '小李'], ['Priya', 'Tom'], ['Mehmet', 'Sofia']][i]!;
    const sysText = t(lang, {
      en: `Home hub for a two-person flat (${people.join(', ')}). Events arrive as they happen. Phone Wi-Fi presence is unreliable (phones sleep and drop off for 10–20 min). After each event reply: ALARM=<off|night|away> HEAT=<comfort|eco> and nothing else.`,
      de: `Smart-Home-Zentrale für eine Zweierwohnung (${people.join(', ')}). Ereignisse kommen in Echtzeit. WLAN-Anwesenheit der Handys ist unzuverlässig (Handys schlafen und sind 10–20 min weg). Antworte nach jedem Ereignis nur: ALARM=<off|night|away> HEAT=<comfort|eco>.`,
      zh: `两人公寓（${people.join('、')}）的智能家居中控。事件实时推送。手机连WiFi判断在家并不可靠（手机休眠时会掉线10到20分钟）。每收到一个事件只回复：ALARM=<off|night|away> HEAT=<comfort|eco>。`,
    });
    const h = rng.int(17, 19);
    const ev = [
      `${h}:02 front_door open`, `${h}:02 hall motion`, `${h}:03 wifi ${people[0]} connected`, `${h}:40 kitchen motion`,
      `${h + 1}:15 wifi ${people[1]} disconnected`, `${h + 1}:16 front_door open`, `${h + 1}:16 front_door closed`, `${h + 1}:30 living motion`,
      `${h + 2}:05 wifi ${people[0]} disconnected`, `${h + 2}:21 wifi ${people[0]} connected`, `${h + 3}:10 bedroom motion`, `${h + 4}:40 no motion 45 min`,
    ];
    const n = [6, 8, 10, 12, 9][i]!;
    const answers = ['ALARM=off HEAT=comfort', 'ALARM=off HEAT=comfort', 'ALARM=off HEAT=comfort', 'ALARM=off HEAT=comfort', 'ALARM=off HEAT=comfort', 'ALARM=off HEAT=comfort', 'ALARM=off HEAT=comfort', 'ALARM=off HEAT=comfort', 'ALARM=off HEAT=comfort', 'ALARM=off HEAT=comfort', 'ALARM=night HEAT=eco'];
    const messages = [sys(sysText)];
    const pick = ev.slice(0, n);
    pick.forEach((e, k) => {
      messages.push(user(e));
      if (k < pick.length - 1) messages.push(say(answers[k]!));
    });
    return { lang, messages, temperature: 0, max_tokens: 12 };
  },
};

// ───────────── station platforms (model_based_reflex, twin of the announcement rule) ─────────────

const mbPlatform: Family = {
  id: 'wv-mb-station-platform-occupancy',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Platform occupancy is never given as a whole; the assistant must build it up from arrivals, departures and a failed unit reported over several turns before it can assign the next train.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['fr', 'en', 'de', 'ja', 'fr'], i);
    const trains = [['TER 886412', 'TGV 6621', 'TER 17623', 'Intercités 4755', 'TER 886419', 'TGV 6190'], ['TPE 1P42', 'AWC 1H08', 'NR 2F71', 'XC 1V58', 'TPE 1E99', 'NR 2C10'], ['ICE 723', 'RE 10215', 'RB 24631', 'IC 2013', 'RE 10217', 'ICE 1006'], ['のぞみ215', 'しなの9', 'ひかり640', 'こだま734', 'しらさぎ52', '快速3215F'], ['TER 864533', 'TGV 8517', 'TER 864540', 'Intercités 3733', 'TGV 8520', 'TER 864551']][i]!;
    const sysText = t(lang, {
      fr: 'Assistant de l\'aiguilleur, gare à 6 voies (voies 1-2 longues 400 m, 3-6 courtes 220 m). Tu reçois les mouvements au fil de l\'eau. Quand on te demande une voie pour un train, réponds « VOIE <n> » + une justification de 10 mots maximum.',
      en: 'Signaller\'s assistant, 6-platform station (1-2 long 400 m, 3-6 short 220 m). You get train movements as they happen. When asked for a platform, answer "PLATFORM <n>" plus at most 10 words of reason.',
      de: 'Assistenz Fahrdienstleiter, Bahnhof mit 6 Gleisen (1–2 lang 400 m, 3–6 kurz 220 m). Zugbewegungen kommen laufend rein. Wenn nach einem Gleis gefragt wird: "GLEIS <n>" plus höchstens 10 Wörter Begründung.',
      ja: '信号扱い所の補助。6番線まである駅（1・2番線は400m、3〜6番線は220m）。列車の動きが随時届きます。番線を聞かれたら「<n>番線」と10語以内の理由で答えてください。',
    });
    const msgs = [sys(sysText)];
    const hh = rng.int(6, 20);
    const A = t(lang, { fr: 'arr. voie', en: 'arr. P', de: 'an Gl.', ja: '着' });
    const D = t(lang, { fr: 'dép. voie', en: 'dep. P', de: 'ab Gl.', ja: '発' });
    const moves = [
      `${hh}:01 ${trains[0]} ${A} 3`, `${hh}:04 ${trains[1]} ${A} 1 (400 m)`, `${hh}:06 ${trains[0]} ${D} 3`, `${hh}:07 ${trains[2]} ${A} 4 — ${t(lang, { fr: 'rame en panne, reste à quai', en: 'unit failed, staying put', de: 'Zug gestört, bleibt stehen', ja: '車両故障、据え置き' })}`,
      `${hh}:09 ${t(lang, { fr: 'voie 6 : travaux jusqu\'à', en: 'platform 6: engineering work until', de: 'Gleis 6: Bauarbeiten bis', ja: '6番線：工事' })} ${hh + 1}:30`, `${hh}:12 ${trains[3]} ${A} 5`, `${hh}:15 ${trains[1]} ${D} 1`,
    ];
    const n = [4, 5, 6, 7, 7][i]!;
    for (let k = 0; k < n; k++) {
      msgs.push(user(moves[k]!));
      msgs.push(say('OK'));
    }
    const len = rng.pick([200, 380, 210]);
    msgs.push(user(t(lang, {
      fr: `${trains[4]} annoncé ${hh}:${pad(16 + i)}, ${len} m. Quelle voie ?`,
      en: `${trains[4]} approaching ${hh}:${pad(16 + i)}, ${len} m. Which platform?`,
      de: `${trains[4]} kommt ${hh}:${pad(16 + i)}, ${len} m. Welches Gleis?`,
      ja: `${trains[4]} ${hh}:${pad(16 + i)}着予定、${len}m。何番線？`,
    })));
    return { lang, messages: msgs, temperature: 0, max_tokens: 30 };
  },
};

// ───────────── rail pair: goal_based / utility_based ─────────────

interface Trip { from: string; to: string; ops: string[]; cur: string }
const TRIPS: Record<string, Trip> = {
  fr: { from: 'Strasbourg', to: 'Lyon Part-Dieu', ops: ['TGV INOUI', 'TER', 'OUIGO', 'TGV Lyria'], cur: '€' },
  de: { from: 'Hamburg Hbf', to: 'München Hbf', ops: ['ICE', 'IC', 'FLX', 'ICE Sprinter'], cur: '€' },
  en: { from: 'London King\'s Cross', to: 'Edinburgh', ops: ['LNER', 'Lumo', 'Avanti+TPE', 'LNER'], cur: '£' },
  es: { from: 'Madrid Atocha', to: 'Barcelona Sants', ops: ['AVE', 'iryo', 'Ouigo', 'Avlo'], cur: '€' },
};
interface Conn { id: string; dep: string; arr: string; changes: number; price: number; bike: number | null }
function connections(rng: { int(a: number, b: number): number; pick<T>(x: readonly T[]): T }, tr: Trip, n: number): Conn[] {
  const out: Conn[] = [];
  let h = 6;
  for (let k = 0; k < n; k++) {
    h += rng.int(0, 2);
    const dur = rng.int(210, 330);
    const depM = h * 60 + rng.int(0, 59);
    const arrM = depM + dur;
    out.push({
      id: `${rng.pick(tr.ops)} ${rng.int(1000, 9999)}`, dep: `${pad(Math.floor(depM / 60))}:${pad(depM % 60)}`, arr: `${pad(Math.floor(arrM / 60) % 24)}:${pad(arrM % 60)}`,
      changes: rng.int(0, 2), price: rng.int(29, 149), bike: rng.int(0, 3) === 0 ? null : rng.int(0, 4),
    });
  }
  return out;
}
const railTools = [
  tool('search_connections', 'Search rail connections.', { from: str, to: str, date: str, depart_after: str }),
  tool('check_bike_space', 'Free bicycle spaces on every leg of a connection.', { connection_id: str }),
  tool('book', 'Book a connection (with bike reservation if requested).', { connection_id: str, bike: bool }),
];

const gbRail: Family = {
  id: 'wv-gb-rail-arrive-with-bike',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The booking agent must find and book a connection that gets the traveller and a bike there before a fixed time; any connection meeting the hard conditions will do, so each call is a step of that search.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['fr', 'de', 'en', 'es', 'de'], i);
    const tr = TRIPS[lang]!;
    const by = rng.int(13, 17);
    const date = `2026-${pad(rng.int(3, 10))}-${pad(rng.int(1, 28))}`;
    const sysText = t(lang, {
      fr: 'Agent de réservation ferroviaire. Tu réserves directement dès qu\'une correspondance respecte toutes les conditions du voyageur. Un appel d\'outil par tour.',
      de: 'Bahn-Buchungsagent. Du buchst direkt, sobald eine Verbindung alle Bedingungen des Fahrgasts erfüllt. Ein Tool-Aufruf pro Schritt.',
      en: 'Rail booking agent. Book as soon as a connection meets all of the traveller\'s conditions. One tool call per turn.',
      es: 'Agente de reservas de tren. Reserva en cuanto una conexión cumpla todas las condiciones del viajero. Una llamada a herramienta por turno.',
    });
    const ask = t(lang, {
      fr: `Je dois être à ${tr.to} le ${date} avant ${by}h, avec mon vélo (non démontable). Départ ${tr.from}.`,
      de: `Ich muss am ${date} vor ${by}:00 in ${tr.to} sein, mit Fahrrad (nicht faltbar). Start ${tr.from}.`,
      en: `Need to be in ${tr.to} on ${date} before ${by}:00 with my bike (not a folder). Leaving from ${tr.from}.`,
      es: `Tengo que estar en ${tr.to} el ${date} antes de las ${by}:00 con mi bici (no plegable). Salgo de ${tr.from}.`,
    });
    const messages = [sys(sysText), user(ask)];
    const cs = connections(rng, tr, [4, 5, 6, 4, 5][i]!);
    exchange(rng, messages, 'search_connections', { from: tr.from, to: tr.to, date, depart_after: '06:00' }, { connections: cs });
    const tries = [1, 2, 0, 2, 3][i]!;
    for (let k = 0; k < tries; k++) exchange(rng, messages, 'check_bike_space', { connection_id: cs[k]!.id }, { connection_id: cs[k]!.id, legs: [{ free: k === tries - 1 && i === 4 ? 1 : 0 }] });
    return { lang, messages, tools: railTools, tool_choice: 'required', temperature: 0 };
  },
};

const ubRail: Family = {
  id: 'wv-ub-rail-pick-by-traveller-weights',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Every listed connection is acceptable; the agent must trade price against travel time and changes using the traveller\'s own valuations and book the best-scoring one.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['fr', 'de', 'en', 'es', 'fr'], i);
    const tr = TRIPS[lang]!;
    const date = `2026-${pad(rng.int(3, 10))}-${pad(rng.int(1, 28))}`;
    const perHour = rng.pick([15, 20, 30, 45]); const perChange = rng.pick([5, 10, 20]);
    const sysText = t(lang, {
      fr: 'Agent de réservation ferroviaire. Tu compares les correspondances selon les préférences chiffrées du voyageur puis tu réserves. Un appel d\'outil par tour.',
      de: 'Bahn-Buchungsagent. Du vergleichst Verbindungen nach den bezifferten Vorlieben des Fahrgasts und buchst dann. Ein Tool-Aufruf pro Schritt.',
      en: 'Rail booking agent. Compare connections using the traveller\'s stated valuations, then book. One tool call per turn.',
      es: 'Agente de reservas de tren. Compara las conexiones según las preferencias cuantificadas del viajero y después reserva. Una llamada a herramienta por turno.',
    });
    const ask = t(lang, {
      fr: `${tr.from} → ${tr.to} le ${date}, n'importe quand dans la journée. Pour moi une heure de trajet vaut ${perHour} ${tr.cur}, chaque changement m'embête à hauteur de ${perChange} ${tr.cur}. Prends ce qui revient le moins cher au total.`,
      de: `${tr.from} → ${tr.to} am ${date}, Uhrzeit egal. Eine Stunde Fahrt ist mir ${perHour} ${tr.cur} wert, jeder Umstieg nervt mich so wie ${perChange} ${tr.cur}. Nimm, was unterm Strich am günstigsten ist.`,
      en: `${tr.from} → ${tr.to} on ${date}, any time of day. An hour on the train is worth ${tr.cur}${perHour} to me, each change is about ${tr.cur}${perChange} of hassle. Book whatever comes out cheapest overall.`,
      es: `${tr.from} → ${tr.to} el ${date}, a cualquier hora. Para mí una hora de viaje vale ${perHour} ${tr.cur} y cada transbordo me cuesta como ${perChange} ${tr.cur} de molestia. Coge lo que salga más barato en total.`,
    });
    const messages = [sys(sysText), user(ask)];
    exchange(rng, messages, 'search_connections', { from: tr.from, to: tr.to, date, depart_after: '06:00' }, { connections: connections(rng, tr, [4, 5, 6, 5, 7][i]!).map(({ bike: _b, ...c }) => c) });
    return { lang, messages, tools: railTools, temperature: 0 };
  },
};

// ───────────── construction pair: goal_based / utility_based ─────────────

const BUILD_TASKS = [
  ['T1', 'excavation', 'excavación', 'escavação', 'Aushub', 4, '-'],
  ['T2', 'foundations', 'cimentación', 'fundações', 'Fundament', 6, 'T1'],
  ['T3', 'ground-floor slab', 'losa planta baja', 'laje do térreo', 'Bodenplatte', 3, 'T2'],
  ['T4', 'walls ground floor', 'muros planta baja', 'paredes térreo', 'Wände EG', 5, 'T3'],
  ['T5', 'first-floor slab', 'forjado planta 1', 'laje 1.º piso', 'Decke EG', 4, 'T4'],
  ['T6', 'walls first floor', 'muros planta 1', 'paredes 1.º piso', 'Wände OG', 5, 'T5'],
  ['T7', 'roof structure', 'estructura de cubierta', 'estrutura do telhado', 'Dachstuhl', 3, 'T6'],
  ['T8', 'roof covering', 'cubrición', 'cobertura', 'Dacheindeckung', 3, 'T7'],
  ['T9', 'windows', 'carpintería exterior', 'caixilharia', 'Fenster', 4, 'T6'],
  ['T10', 'scaffold down', 'desmontar andamio', 'desmontar andaime', 'Gerüstabbau', 1, 'T8,T9'],
] as const;
const colFor = (lang: Lang): number => ({ es: 2, pt: 3, de: 4 } as Record<string, number>)[lang] ?? 1;

const gbBuild: Family = {
  id: 'wv-gb-site-weathertight-by-date',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'The site manager needs an ordering of dependent works that makes the house weather-tight by a fixed day; it is a sequencing problem toward a hard deadline, not a trade-off between options.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'de', 'es'], i);
    const c = colFor(lang);
    const tasks = BUILD_TASKS.map((row) => [row[0], row[c], Math.max(1, (row[5] as number) + rng.int(-1, 2)), row[6]] as const);
    const crews = rng.int(2, 3);
    const day = [34, 30, 38, 32, 36][i]!;
    const table = tasks.map((r) => `| ${r[0]} | ${r[1]} | ${r[2]} | ${r[3]} |`).join('\n');
    const head = t(lang, { en: '| id | task | days | after |', es: '| id | tarea | días | después de |', pt: '| id | tarefa | dias | depois de |', de: '| ID | Gewerk | Tage | nach |' });
    const ask = t(lang, {
      es: `Obra de vivienda unifamiliar en ${rng.pick(['Alcobendas', 'Getafe', 'Paterna', 'Dos Hermanas'])}. Tengo ${crews} cuadrillas, cada tarea ocupa una cuadrilla entera.\n\n${head}\n|---|---|---|---|\n${table}\n\nEl tejado cubierto y las ventanas puestas tienen que estar el día ${day} como muy tarde (ese día se llevan la grúa). Dame el orden y el día de inicio de cada tarea para llegar. Si no se llega, dime qué tareas habría que solapar.`,
      en: `Single house build, ${rng.pick(['Stevenage', 'Harlow', 'Bracknell', 'Swindon'])}. I have ${crews} crews, each task takes one whole crew.\n\n${head}\n|---|---|---|---|\n${table}\n\nRoof covered and windows in by day ${day} at the latest (the crane leaves that day). Give me the order and start day for each task so we make it. If it can't be done, say which tasks would have to overlap.`,
      pt: `Obra de moradia em ${rng.pick(['Sintra', 'Maia', 'Setúbal', 'Braga'])}. Tenho ${crews} equipas, cada tarefa ocupa uma equipa inteira.\n\n${head}\n|---|---|---|---|\n${table}\n\nO telhado coberto e as janelas montadas têm de estar prontos até ao dia ${day} (nesse dia levam a grua). Indique a ordem e o dia de início de cada tarefa para lá chegar. Se não der, diga que tarefas teriam de se sobrepor.`,
      de: `Einfamilienhaus in ${rng.pick(['Freising', 'Erding', 'Dachau', 'Landshut'])}. Ich habe ${crews} Kolonnen, jedes Gewerk braucht eine ganze Kolonne.\n\n${head}\n|---|---|---|---|\n${table}\n\nDach dicht und Fenster drin spätestens an Tag ${day} (dann wird der Kran abgezogen). Gib mir Reihenfolge und Starttag je Gewerk, damit das klappt. Falls nicht machbar: welche Gewerke müssten sich überlappen?`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'Site scheduling assistant.', es: 'Asistente de programación de obra.', pt: 'Assistente de programação de obra.', de: 'Assistenz Bauablauf.' })), user(ask)],
      response_format: i % 2 === 0 ? jsonSchema('sequence', { feasible: bool, starts: list(obj({ task: str, start_day: int, crew: int })), overlap_needed: list(str) }) : undefined,
      temperature: 0,
    };
  },
};

const ubBuild: Family = {
  id: 'wv-ub-crews-across-sites',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'A fixed number of crews must be split across sites whose delay penalties, early bonuses and overtime costs differ, so the answer is the allocation with the best net money, not a route to one deadline.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'de', 'pt'], i);
    const sites = [['Alcobendas', 'Getafe', 'Paterna', 'Leganés'], ['Stevenage', 'Harlow', 'Bracknell', 'Swindon'], ['Sintra', 'Maia', 'Setúbal', 'Braga'], ['Freising', 'Erding', 'Dachau', 'Landshut'], ['Aveiro', 'Coimbra', 'Faro', 'Évora']][i]!;
    const n = [3, 4, 3, 4, 4][i]!;
    const rows = sites.slice(0, n).map((s) => `| ${s} | ${rng.int(12, 40)} | ${rng.int(10, 40)} | ${rng.int(400, 2500)} | ${rng.pick([0, 0, 300, 800])} | ${rng.int(2, 4)} |`).join('\n');
    const crews = rng.int(5, 8); const ot = rng.int(250, 600);
    const head = t(lang, {
      en: '| site | work left (crew-days) | days to handover | penalty per late day (€) | bonus per early day (€) | max crews on site |',
      es: '| obra | trabajo pendiente (cuadrilla-días) | días hasta entrega | penalización por día de retraso (€) | prima por día adelantado (€) | máx. cuadrillas |',
      pt: '| obra | trabalho em falta (equipa-dias) | dias até à entrega | multa por dia de atraso (€) | prémio por dia antecipado (€) | máx. equipas |',
      de: '| Baustelle | Restarbeit (Kolonnentage) | Tage bis Übergabe | Vertragsstrafe je Verzugstag (€) | Bonus je Tag früher (€) | max. Kolonnen |',
    });
    const ask = t(lang, {
      en: `${crews} crews available for the next 10 working days. Overtime Saturday costs €${ot} per crew.\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\nHow should I split the crews (and do Saturdays pay off anywhere)?`,
      es: `Tengo ${crews} cuadrillas para los próximos 10 días laborables. El sábado en horas extra cuesta ${ot} € por cuadrilla.\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\n¿Cómo reparto las cuadrillas? ¿Compensa trabajar algún sábado?`,
      pt: `Tenho ${crews} equipas para os próximos 10 dias úteis. O sábado em horas extra custa ${ot} € por equipa.\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\nComo distribuo as equipas? Vale a pena trabalhar algum sábado?`,
      de: `${crews} Kolonnen für die nächsten 10 Arbeitstage. Ein Samstag mit Überstunden kostet ${ot} € pro Kolonne.\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\nWie verteile ich die Kolonnen, und lohnt sich irgendwo ein Samstag?`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'Site scheduling assistant.', es: 'Asistente de programación de obra.', pt: 'Assistente de programação de obra.', de: 'Assistenz Bauablauf.' })), user(ask)],
      response_format: i === 1 || i === 3 ? undefined : jsonSchema('crew_split', { allocation: list(obj({ site: str, crews: int, saturdays: int })), net_eur: num, notes: str }),
      temperature: 0,
    };
  },
};

// ───────────── EV trip (goal_based) ─────────────

const evTools = [
  tool('get_leg', 'Distance and expected energy for a leg at current weather.', { from: str, to: str }),
  tool('find_chargers', 'Fast chargers near a place.', { near: str, radius_km: num }),
  tool('set_navigation', 'Send the final stop list to the car.', { stops: list(str) }),
];

const gbEv: Family = {
  id: 'wv-gb-ev-trip-reach-with-reserve',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'The in-car agent must chain legs and charging stops so that the car reaches the destination without the battery ever dropping below a hard floor; the next tool call is a step of that route search.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'zh', 'fr', 'de'], i);
    const trip = [['München', 'Hamburg', 'Nürnberg', 'Würzburg', 'Kassel', 'Göttingen'], ['Manchester', 'Inverness', 'Lancaster', 'Carlisle', 'Glasgow', 'Perth'], ['上海', '北京', '南京', '徐州', '济南', '德州'], ['Paris', 'Marseille', 'Auxerre', 'Beaune', 'Lyon', 'Valence'], ['Köln', 'Berlin', 'Dortmund', 'Bielefeld', 'Hannover', 'Magdeburg']][i]!;
    const soc = rng.int(55, 90); const cap = rng.pick([58, 64, 77, 82]); const floor = rng.pick([10, 15]);
    const sysText = t(lang, {
      de: `Du bist der Reiseassistent im Elektroauto (Akku ${cap} kWh netto). Der Ladestand darf unterwegs nie unter ${floor} % fallen, auch nicht bei Ankunft. Bestimme die Ladestopps über die Tools und übergib sie mit set_navigation.`,
      en: `You are the trip assistant in an EV (${cap} kWh usable). Charge must never drop below ${floor}% on the way, arrival included. Work out the stops with the tools and hand them over with set_navigation.`,
      zh: `你是电动车的出行助手（可用电量${cap} kWh）。途中包括到达时电量都不能低于${floor}%。用工具确定充电停靠点，最后用 set_navigation 下发。`,
      fr: `Tu es l'assistant de trajet d'une voiture électrique (${cap} kWh utiles). La charge ne doit jamais descendre sous ${floor} % en route, arrivée comprise. Détermine les arrêts avec les outils puis transmets-les avec set_navigation.`,
    });
    const ask = t(lang, {
      de: `Heute ${trip[0]} → ${trip[1]}, Akku ${soc} %. Los geht's.`,
      en: `${trip[0]} to ${trip[1]} today, battery at ${soc}%. Let's go.`,
      zh: `今天从${trip[0]}开到${trip[1]}，现在电量${soc}%。出发吧。`,
      fr: `Aujourd'hui ${trip[0]} → ${trip[1]}, batterie à ${soc} %. On y va.`,
    });
    const messages = [sys(sysText), user(ask)];
    exchange(rng, messages, 'get_leg', { from: trip[0], to: trip[2] }, { km: rng.int(150, 230), kwh: rng.int(28, 45), temp_c: rng.int(-4, 18) });
    if (i !== 2) exchange(rng, messages, 'find_chargers', { near: trip[2], radius_km: 15 }, { chargers: [{ id: `${trip[2]}-HPC1`, kw: 300, free: rng.int(0, 6) }, { id: `${trip[2]}-DC2`, kw: 50, free: rng.int(0, 2) }] });
    if (i >= 3) exchange(rng, messages, 'get_leg', { from: trip[2], to: trip[3] }, { km: rng.int(100, 200), kwh: rng.int(20, 40), temp_c: rng.int(-4, 18) });
    if (i === 4) exchange(rng, messages, 'get_leg', { from: trip[3], to: trip[4] }, { km: rng.int(180, 260), kwh: rng.int(38, 55), temp_c: rng.int(-4, 18), note: 'A2 Baustelle, Tempo 80, Gegenwind' });
    return { lang, messages, tools: evTools, temperature: 0 };
  },
};

// ───────────── depot charging pair: utility_based / learning ─────────────

interface Depot { name: string; vans: string }
const DEPOTS: Record<string, Depot> = {
  en: { name: 'Park Royal depot', vans: 'EV' },
  de: { name: 'Depot Köln-Eifeltor', vans: 'eV' },
  es: { name: 'base de Mercamadrid', vans: 'FUR' },
};
function vanRows(rng: { int(a: number, b: number): number }, n: number, tag: string): string {
  return Array.from({ length: n }, (_, k) => `| ${tag}${pad(k + 1)} | ${pad(rng.int(17, 21))}:${pad(rng.int(0, 5) * 10)} | 0${rng.int(5, 7)}:${pad(rng.int(0, 5) * 10)} | ${rng.int(25, 70)} |`).join('\n');
}

const ubEv: Family = {
  id: 'wv-ub-depot-charging-tariff',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'hard',
  rationale: 'Overnight charging must be split across limited chargers and hourly prices, trading energy cost against a stated penalty for every kWh a van leaves short; nothing from earlier nights is given.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'es', 'de', 'en'], i);
    const d = DEPOTS[lang]!;
    const n = [6, 8, 5, 10, 7][i]!;
    const chargers = rng.int(3, 5); const kw = rng.pick([11, 22]);
    const penalty = rng.pick([0.6, 0.9, 1.5]);
    const tariff = ['18-21', '21-00', '00-04', '04-07'].map((b) => `${b} ${fx(rng.int(8, 38) / 100, 2)}`).join(' | ');
    const head = t(lang, { en: '| van | plugs in | leaves | kWh needed |', de: '| Fahrzeug | steckt an | fährt ab | kWh benötigt |', es: '| furgoneta | se conecta | sale | kWh necesarios |' });
    const ask = t(lang, {
      en: `${d.name}, tonight. ${chargers} chargers at ${kw} kW, one van per charger at a time, site limit ${chargers * kw - 5} kW.\nTariff £/kWh: ${tariff}\nEvery kWh a van leaves without costs us £${penalty} (rescue charge on route).\n\n${head}\n|---|---|---|---|\n${vanRows(rng, n, d.vans)}\n\nWho charges where and when?`,
      de: `${d.name}, heute Nacht. ${chargers} Ladepunkte à ${kw} kW, je Ladepunkt ein Fahrzeug gleichzeitig, Netzanschluss max. ${chargers * kw - 5} kW.\nArbeitspreis €/kWh: ${tariff}\nJede kWh, die beim Ausrücken fehlt, kostet uns ${penalty} € (Nachladen unterwegs).\n\n${head}\n|---|---|---|---|\n${vanRows(rng, n, d.vans)}\n\nWer lädt wann an welchem Punkt?`,
      es: `${d.name}, esta noche. ${chargers} cargadores de ${kw} kW, una furgoneta por cargador a la vez, acometida máx. ${chargers * kw - 5} kW.\nPrecio €/kWh: ${tariff}\nCada kWh que le falte a una furgoneta al salir nos cuesta ${penalty} € (recarga en ruta).\n\n${head}\n|---|---|---|---|\n${vanRows(rng, n, d.vans)}\n\n¿Qué furgoneta carga dónde y cuándo?`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'Fleet energy assistant.', de: 'Assistenz Flottenenergie.', es: 'Asistente de energía de flota.' })), user(ask)],
      response_format: jsonSchema('charging_schedule', { slots: list(obj({ van: str, charger: int, from: str, to: str, kwh: num })), energy_cost: num, shortfall_kwh: num }),
      temperature: 0,
    };
  },
};

const lrEv: Family = {
  id: 'wv-lr-depot-charging-past-nights',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'The depot lists how earlier nights went under different charging rules and weather, and the assistant must carry those outcomes over to choose the rule for a colder night than any so far.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'es', 'es', 'de'], i);
    const d = DEPOTS[lang]!;
    const rules = t(lang, {
      en: 'R-A = first come first served | R-B = fill everyone to 80% first, then top up | R-C = charge only 00-04 (cheap block) | R-D = lowest charge level first',
      de: 'R-A = wer zuerst steckt, lädt zuerst | R-B = erst alle auf 80 %, dann nachladen | R-C = nur 00–04 Uhr laden (günstiger Block) | R-D = niedrigster Ladestand zuerst',
      es: 'R-A = por orden de llegada | R-B = todas al 80 % primero y luego completar | R-C = cargar solo de 00 a 04 (tramo barato) | R-D = primero la de menor carga',
    });
    const n = [6, 8, 5, 9, 7][i]!;
    const rows = Array.from({ length: n }, () => {
      const rule = rng.pick(['R-A', 'R-B', 'R-C', 'R-D']); const temp = rng.int(-3, 16);
      const short = rule === 'R-C' ? rng.int(0, 3) + (temp < 3 ? rng.int(2, 4) : 0) : rule === 'R-A' ? rng.int(1, 3) : rng.int(0, 1);
      return `| ${pad(rng.int(1, 28))}.${pad(rng.int(1, 12))} | ${temp} °C | ${rng.int(5, 10)} | ${rule} | ${rng.int(90, 260)} | ${short} |`;
    }).join('\n');
    const head = t(lang, {
      en: '| night | outside | vans | rule | energy cost £ | vans left short |', de: '| Nacht | außen | Fahrzeuge | Regel | Energiekosten € | Fahrzeuge zu leer |', es: '| noche | exterior | furgonetas | regla | coste energía € | furgonetas cortas |',
    });
    const tonight = rng.int(-9, -5);
    const ask = t(lang, {
      en: `${d.name}. Charging rules we have used:\n${rules}\n\nHow nights have gone so far:\n${head}\n|---|---|---|---|---|---|\n${rows}\n\nTonight: ${tonight} °C, 9 vans, a heavy route day tomorrow. Which rule do we run, and why, judging by how the earlier nights turned out?`,
      de: `${d.name}. Bisher verwendete Laderegeln:\n${rules}\n\nSo liefen die Nächte bisher:\n${head}\n|---|---|---|---|---|---|\n${rows}\n\nHeute Nacht: ${tonight} °C, 9 Fahrzeuge, morgen volle Touren. Welche Regel fahren wir, und warum – gemessen daran, wie die bisherigen Nächte ausgegangen sind?`,
      es: `${d.name}. Reglas de carga que hemos usado:\n${rules}\n\nCómo han ido las noches hasta ahora:\n${head}\n|---|---|---|---|---|---|\n${rows}\n\nEsta noche: ${tonight} °C, 9 furgonetas y mañana rutas largas. ¿Qué regla aplicamos y por qué, a la vista de cómo salieron las noches anteriores?`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'Fleet energy assistant.', de: 'Assistenz Flottenenergie.', es: 'Asistente de energía de flota.' })), user(ask)],
      ...(i % 2 === 0 ? { response_format: jsonSchema('rule_choice', { rule: oneOf('R-A', 'R-B', 'R-C', 'R-D'), expected_short_vans: int, evidence: list(str) }) } : {}),
      temperature: 0.2,
    };
  },
};

// ───────────── home battery pair: utility_based / learning ─────────────

const ubBattery: Family = {
  id: 'wv-ub-home-battery-tariff-day',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Hourly prices, a solar forecast and a wear cost per cycled kWh are given, and the assistant must set charge and discharge blocks that give the lowest net bill.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'ja', 'de', 'en'], i);
    const cap = rng.pick([7.5, 10, 13.5]); const p = rng.pick([3.3, 5]); const yen = lang === 'ja';
    const money = (v: number): string => (yen ? String(Math.round(v * 100)) : fx(v, 2));
    const wear = money(rng.int(3, 7) / 100);
    const blocks = ['00-06', '06-09', '09-12', '12-15', '15-18', '18-21', '21-24'];
    const rows = blocks.map((b, k) => `| ${b} | ${money(rng.int(k === 5 ? 35 : 12, k === 5 ? 55 : 34) / 100)} | ${money(rng.int(3, 8) / 100)} | ${k >= 2 && k <= 4 ? fx(rng.int(15, 55) / 10) : k === 1 || k === 5 ? fx(rng.int(1, 8) / 10) : '0'} | ${fx(rng.int(2, 14) / 10)} |`).join('\n');
    const head = t(lang, {
      de: '| Block | Bezug €/kWh | Einspeisung €/kWh | PV kWh | Verbrauch kWh |', en: '| block | import £/kWh | export £/kWh | PV kWh | load kWh |', ja: '| 時間帯 | 買電 円/kWh | 売電 円/kWh | 太陽光 kWh | 消費 kWh |',
    });
    const ask = t(lang, {
      de: `Morgen für unser Haus: Speicher ${cap} kWh, max. ${p} kW laden/entladen, Wirkungsgrad 90 %, Verschleiß ${wear} € je durchgesetzter kWh. Start bei ${rng.int(10, 60)} %.\n\n${head}\n|---|---|---|---|---|\n${rows}\n\nWann laden (auch aus dem Netz?), wann entladen, damit die Rechnung unterm Strich am niedrigsten ist?`,
      en: `Tomorrow at home: battery ${cap} kWh, ${p} kW max charge/discharge, 90% round trip, wear cost £${wear} per kWh cycled. Starts at ${rng.int(10, 60)}%.\n\n${head}\n|---|---|---|---|---|\n${rows}\n\nWhen should it charge (from the grid too?) and when discharge, for the lowest net bill?`,
      ja: `明日の我が家の蓄電池設定について。容量${cap}kWh、充放電最大${p}kW、往復効率90%、劣化コストは充放電1kWhあたり${wear}円で見てください。開始時の残量${rng.int(10, 60)}%。\n\n${head}\n|---|---|---|---|---|\n${rows}\n\nいつ充電（系統からも？）していつ放電すれば、差し引きの電気代が一番安くなりますか？`,
    });
    return {
      lang,
      messages: [user(ask)],
      ...(i >= 3 ? { response_format: jsonSchema('battery_day', { blocks: list(obj({ block: str, mode: oneOf('charge_pv', 'charge_grid', 'discharge', 'idle'), kw: num })), expected_cost: num }) } : {}),
      temperature: 0,
    };
  },
};

const lrBattery: Family = {
  id: 'wv-lr-home-battery-past-days',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'The household lists the settings it tried on earlier days and the bills that resulted, and wants the setting for a new kind of day inferred from those outcomes rather than computed from prices.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'ja', 'ja', 'de'], i);
    const n = [5, 7, 6, 8, 4][i]!;
    const wx = { de: ['sonnig', 'bewölkt', 'Regen', 'wechselhaft'], en: ['sunny', 'overcast', 'rain', 'mixed'], ja: ['晴れ', '曇り', '雨', '晴れ時々曇り'] }[lang as 'de' | 'en' | 'ja']!;
    const rows = Array.from({ length: n }, () => `| ${pad(rng.int(1, 28))}.${pad(rng.int(1, 12))} | ${rng.pick(wx)} | ${rng.pick([10, 20, 40, 60])} % | ${rng.pick(['—', '02-05', '00-06'])} | ${lang === 'ja' ? rng.int(250, 1300) : fx(rng.int(80, 420) / 100, 2)} | ${rng.int(0, 3)} |`).join('\n');
    const head = t(lang, {
      de: '| Tag | Wetter | Reserve | Netzladen | Kosten € | Std. mit leerem Speicher abends |', en: '| day | weather | reserve | grid charge | cost £ | evening hours with empty battery |', ja: '| 日付 | 天気 | 予備残量 | 系統充電 | 電気代 円 | 夕方に空だった時間 |',
    });
    const tomorrow = t(lang, { de: 'Morgen: Nebel bis mittags, dann Sonne, Gäste zum Abendessen (Backofen, Induktion).', en: 'Tomorrow: fog until noon then sun, guests for dinner (oven and hob on).', ja: '明日：昼まで霧、その後晴れ。夕食に来客あり（オーブンとIHを使う）。' });
    const ask = t(lang, {
      de: `Unser Speicher, wie die letzten Tage mit verschiedenen Einstellungen gelaufen sind:\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\n${tomorrow}\nWelche Reserve und welches Netzladefenster stelle ich ein? Leite es aus den Tagen oben ab.`,
      en: `Our home battery, how recent days went with different settings:\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\n${tomorrow}\nWhich reserve and grid-charge window should I set? Work it out from the days above.`,
      ja: `うちの蓄電池、ここ最近いろいろな設定で試した結果です：\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\n${tomorrow}\n予備残量と系統充電の時間帯はどう設定すればいいですか？上の結果から判断してください。`,
    });
    const messages = i === 3
      ? [sys('家庭用エネルギー管理アシスタント。'), user(ask)]
      : [user(ask)];
    return { lang, messages, temperature: 0.3 };
  },
};

// ───────────── flight disruption (utility_based, twin of the compensation check) ─────────────

const ubFlight: Family = {
  id: 'wv-ub-cancelled-flight-rebooking-mix',
  label: 'utility_based',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  rationale: 'Passengers of a cancelled flight have to be spread over rebooking options with different seats, costs and delays, weighing money against passenger hours and priority groups.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'fr', 'es'], i);
    const route = [['MAD', 'BCN'], ['LHR', 'EDI'], ['LIS', 'FRA'], ['CDG', 'NCE'], ['BIO', 'AMS']][i]!;
    const pax = rng.int(120, 185);
    const perHour = rng.pick([15, 25, 40]);
    const sysText = t(lang, {
      es: `Centro de control de operaciones. Vuelo ${route.join('-')} cancelado (causa TECH, así que se debe compensación). Reparte a los pasajeros entre las opciones con el menor coste total: coste directo + compensación + ${perHour} € por pasajero y hora de retraso. Los pasajeros con conexión cuentan doble en horas.`,
      en: `Ops control centre. Flight ${route.join('-')} cancelled (cause TECH, compensation is owed). Split the passengers across the options at the lowest total cost: direct cost + compensation + €${perHour} per passenger-hour of delay. Passengers with an onward connection count double on hours.`,
      pt: `Centro de controlo operacional. Voo ${route.join('-')} cancelado (causa TECH, há direito a indenização). Distribua os passageiros pelas opções com o menor custo total: custo direto + indenização + ${perHour} € por passageiro-hora de atraso. Passageiros com ligação contam a dobrar nas horas.`,
      fr: `Centre de contrôle des opérations. Vol ${route.join('-')} annulé (cause TECH, indemnisation due). Répartis les passagers entre les options au coût total le plus bas : coût direct + indemnisation + ${perHour} € par passager et par heure de retard. Les passagers en correspondance comptent double en heures.`,
    });
    const messages = [sys(sysText), user(t(lang, { es: `Necesito la propuesta ya, ${pax} pasajeros.`, en: `Need a proposal now, ${pax} pax.`, pt: `Preciso da proposta já, ${pax} passageiros.`, fr: `Il me faut une proposition tout de suite, ${pax} passagers.` }))];
    exchange(rng, messages, 'get_rebooking_options', { flight: `${route.join('')}${rng.int(100, 999)}` }, {
      passengers: { total: pax, with_connection: rng.int(15, 40), families_with_kids: rng.int(5, 15), reduced_mobility: rng.int(1, 4) },
      options: [
        { id: 'OWN_NEXT', dep_delay_h: rng.int(3, 5), seats: rng.int(30, 60), cost_per_pax: 0, compensation_per_pax: 250 },
        { id: 'OWN_TOMORROW', dep_delay_h: rng.int(16, 20), seats: 200, cost_per_pax: rng.int(90, 140), compensation_per_pax: 250, note: 'hotel + meals' },
        { id: 'PARTNER', dep_delay_h: rng.int(2, 4), seats: rng.int(20, 50), cost_per_pax: rng.int(160, 260), compensation_per_pax: 0 },
        { id: 'GROUND', dep_delay_h: rng.int(6, 9), seats: rng.int(50, 120), cost_per_pax: rng.int(40, 90), compensation_per_pax: 250 },
      ],
    });
    return {
      lang, messages, tools: [tool('get_rebooking_options', 'Rebooking options and passenger breakdown for a disrupted flight.', { flight: str })],
      response_format: i === 2 ? undefined : jsonSchema('rebooking', { allocation: list(obj({ option: str, passengers: int, who: str })), total_cost_eur: num }),
      temperature: 0,
    };
  },
};

// ───────────── road maintenance pair: utility_based / learning ─────────────

const STREETS: Record<string, string[]> = {
  en: ['Hawthorn Rd', 'Station Approach', 'Ferry Lane', 'Queens Dr', 'Mill Hill', 'Church St', 'Cardigan Rd'],
  pt: ['Rua da Prata', 'Av. da Liberdade', 'Estrada de Benfica', 'Rua do Sol', 'Calçada da Ajuda', 'Rua Direita', 'Av. Brasil'],
  zh: ['人民路', '解放大道', '滨江路', '文化街', '建设北路', '学府路', '工业园一路'],
};

const ubRoad: Family = {
  id: 'wv-ub-road-resurfacing-budget',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Candidate street repairs with costs and benefit scores must be chosen under a fixed budget and a spread rule, a knapsack-style trade-off with nothing to infer from past results.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'zh', 'pt', 'en'], i);
    const streets = rng.sample(STREETS[lang]!, [5, 6, 7, 5, 6][i]!);
    const budget = rng.int(6, 12) * 100;
    const treat = { en: ['resurface', 'patch', 'reconstruct', 'microsurfacing'], pt: ['repavimentação', 'remendo', 'reconstrução', 'microaglomerado'], zh: ['罩面', '修补', '翻修重建', '微表处'] }[lang as 'en' | 'pt' | 'zh']!;
    const rows = streets.map((s) => `| ${s} | ${fx(rng.int(3, 25) / 10)} | ${rng.int(28, 70)} | ${rng.pick(treat)} | ${rng.int(60, 420)} | ${rng.int(10, 90)} | ${rng.pick(['N', 'S', 'E'])} |`).join('\n');
    const head = t(lang, {
      en: '| street | km | PCI | treatment | cost k£ | benefit pts | ward |', pt: '| rua | km | PCI | intervenção | custo k€ | pontos de benefício | freguesia |', zh: '| 道路 | 公里 | PCI | 处治方式 | 费用(万元) | 效益分 | 片区 |',
    });
    const ask = t(lang, {
      en: `Resurfacing programme for next year. Budget £${budget}k. Every ward must get at least one scheme.\n\n${head}\n|---|---|---|---|---|---|---|\n${rows}\n\nWhich schemes go in?`,
      pt: `Programa de repavimentação do próximo ano. Orçamento ${budget} mil €. Cada freguesia tem de ter pelo menos uma obra.\n\n${head}\n|---|---|---|---|---|---|---|\n${rows}\n\nQuais obras entram?`,
      zh: `明年的道路养护计划，预算${budget}万元，每个片区至少安排一项。\n\n${head}\n|---|---|---|---|---|---|---|\n${rows}\n\n应该选哪几项？`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'Highways asset management assistant.', pt: 'Assistente de gestão de pavimentos da câmara municipal.', zh: '市政道路资产管理助手。' })), user(ask)],
      response_format: jsonSchema('programme', { selected: list(str), total_cost: num, total_benefit: num }),
      temperature: 0,
    };
  },
};

const lrRoad: Family = {
  id: 'wv-lr-road-treatment-track-record',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'Past repairs are listed with how many years each treatment actually lasted under its traffic and drainage, and the engineer wants the treatment for a new street generalised from that record.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'zh', 'zh', 'en'], i);
    const streets = STREETS[lang]!;
    const treat = { en: ['resurface', 'patch', 'reconstruct', 'microsurfacing'], pt: ['repavimentação', 'remendo', 'reconstrução', 'microaglomerado'], zh: ['罩面', '修补', '翻修重建', '微表处'] }[lang as 'en' | 'pt' | 'zh']!;
    const drain = { en: ['good', 'poor'], pt: ['boa', 'má'], zh: ['良好', '差'] }[lang as 'en' | 'pt' | 'zh']!;
    const n = [6, 7, 5, 7, 6][i]!;
    const rows = rng.sample(streets, n).map((s) => {
      const tr = rng.int(0, 3); const d = rng.int(0, 1); const hgv = rng.int(50, 900);
      const years = Math.max(1, [8, 2, 18, 5][tr]! - (d ? 3 : 0) - Math.floor(hgv / 300) + rng.int(-1, 1));
      return `| ${s} | ${2012 + rng.int(0, 10)} | ${treat[tr]} | ${hgv} | ${drain[d]} | ${years} |`;
    }).join('\n');
    const head = t(lang, {
      en: '| street | year | treatment | HGV/day | drainage | years until failure |', pt: '| rua | ano | intervenção | pesados/dia | drenagem | anos até falhar |', zh: '| 道路 | 年份 | 处治方式 | 重车/日 | 排水 | 使用年限 |',
    });
    const hgv = rng.int(400, 900);
    const ask = t(lang, {
      en: `What earlier schemes on our network actually delivered:\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\nNew one: bus route, ${hgv} HGV/day, drainage poor and can't be fixed this year. Which treatment, and how long will it last, going by the record above?`,
      pt: `O que as obras anteriores na nossa rede realmente deram:\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\nNova: percurso de autocarro, ${hgv} pesados/dia, drenagem má e sem correção este ano. Que intervenção escolher e quanto vai durar, pelo histórico acima?`,
      zh: `我们路网以往各项工程的实际效果：\n\n${head}\n|---|---|---|---|---|---|\n${rows}\n\n新项目：公交线路，重车${hgv}辆/日，排水差且今年改不了。按上面的记录，该用哪种处治方式，大概能用几年？`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'Highways asset management assistant.', pt: 'Assistente de gestão de pavimentos da câmara municipal.', zh: '市政道路资产管理助手。' })), user(ask)],
      ...(i % 2 === 1 ? { response_format: jsonSchema('treatment_advice', { treatment: str, expected_years: num, closest_cases: list(str) }) } : {}),
      temperature: 0.2,
    };
  },
};

// ───────────── home robot grasping (learning) ─────────────

const lrGrasp: Family = {
  id: 'wv-lr-kitchen-robot-grasp-trials',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'The household robot has logs of grasp attempts with their settings and results on other objects, and must generalise from those trials to settings for an object it has never handled.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['zh', 'en', 'ja', 'de', 'zh'], i);
    const objs = { zh: ['玻璃杯', '鸡蛋', '陶瓷碗', '塑料瓶(满)', '湿盘子', '纸盒牛奶', '不锈钢锅'], en: ['wine glass', 'egg', 'ceramic bowl', 'full plastic bottle', 'wet plate', 'milk carton', 'steel pan'], ja: ['グラス', '卵', '陶器の茶碗', '満杯のペットボトル', '濡れた皿', '牛乳パック', 'ステンレス鍋'], de: ['Weinglas', 'Ei', 'Keramikschüssel', 'volle PET-Flasche', 'nasser Teller', 'Milchtüte', 'Edelstahltopf'] }[lang as 'zh' | 'en' | 'ja' | 'de']!;
    const out = { zh: ['成功', '滑落', '夹碎', '成功但变形'], en: ['ok', 'slipped', 'crushed', 'ok but dented'], ja: ['成功', '滑落', '破損', '成功（変形あり）'], de: ['ok', 'abgerutscht', 'zerdrückt', 'ok, verbeult'] }[lang as 'zh' | 'en' | 'ja' | 'de']!;
    const n = [8, 6, 10, 7, 12][i]!;
    const rows = Array.from({ length: n }, (_, k) => `| ${k + 1} | ${rng.pick(objs)} | ${rng.int(20, 1500)} | ${fx(rng.int(5, 60) / 10)} | ${rng.pick(['top', 'side', 'pinch'])} | ${rng.int(5, 40)} | ${rng.pick(out)} |`).join('\n');
    const target = { zh: '香槟杯（细长杯脚，外壁有水）', en: 'a champagne flute with condensation on it', ja: '結露したシャンパングラス（細い脚つき）', de: 'ein beschlagenes Sektglas mit dünnem Stiel' }[lang as 'zh' | 'en' | 'ja' | 'de']!;
    const head = t(lang, { en: '| # | object | g | grip N | approach | mm/s | result |', zh: '| # | 物品 | 克 | 夹持力 N | 抓取方式 | mm/s | 结果 |', ja: '| # | 対象物 | g | 把持力 N | アプローチ | mm/s | 結果 |', de: '| # | Objekt | g | Greifkraft N | Anfahrt | mm/s | Ergebnis |' });
    const ask = t(lang, {
      zh: `机械臂过去的抓取记录：\n${head}\n|---|---|---|---|---|---|---|\n${rows}\n\n现在要拿的是${target}，以前没拿过。夹持力、抓取方式和速度设多少？`,
      en: `Grasp log from the arm so far:\n${head}\n|---|---|---|---|---|---|---|\n${rows}\n\nNext item is ${target}, never handled before. What grip force, approach and speed?`,
      ja: `これまでのアームの把持ログ：\n${head}\n|---|---|---|---|---|---|---|\n${rows}\n\n次は${target}で、初めて扱う物です。把持力・アプローチ・速度はどうしますか？`,
      de: `Bisherige Greifprotokolle des Arms:\n${head}\n|---|---|---|---|---|---|---|\n${rows}\n\nAls Nächstes kommt ${target}, das hatten wir noch nie. Welche Greifkraft, welcher Anfahrweg, welche Geschwindigkeit?`,
    });
    return {
      lang,
      messages: [sys(t(lang, { zh: '你是家用服务机器人的操作规划模块。', en: 'Manipulation module of a household service robot.', ja: '家庭用サービスロボットのマニピュレーション担当モジュールです。', de: 'Manipulationsmodul eines Haushaltsroboters.' })), user(ask)],
      response_format: jsonSchema('grasp_params', { grip_n: num, approach: oneOf('top', 'side', 'pinch'), speed_mm_s: num, similar_trials: list(int) }),
      temperature: 0,
    };
  },
};

export const twinV: Family[] = [
  srPump, srParcel, srTrainAnnounce, srThermostat, srFlightComp, sr311,
  mbGrid, mbFleet, mbBus, mbRobot, mbHome, mbPlatform,
  gbGrid, gbFleet, gbRobot, gbRail, gbBuild, gbEv,
  ubRail, ubBuild, ubEv, ubBattery, ubFlight, ubRoad,
  lrGrid, lrBus, lrEv, lrBattery, lrRoad, lrGrasp,
  naNotice, naIncidentSummary, naHeatPumpChat,
];
