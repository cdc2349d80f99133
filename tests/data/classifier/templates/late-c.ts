// Late-author families (xc-*): written 2026-12-02 from the type definitions only, by an author who never saw the classifier, its errors or the held-out families. Never trained on (bench/RESULTS.md, sixteenth round).
import type { ChatMessage } from '../../../../src/core/types';
import {
  type Family, type Lang, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

const EN5: Lang[] = ['en', 'en', 'en'];

// ---------------------------------------------------------------- simple_reflex

const srConveyor: Family = {
  id: 'xc-sr-conveyor-belt-tear',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each request maps one belt-scanner reading straight to a run/slow/stop action with no history or look-ahead.',
  variants: 5,
  make(rng, i) {
    const lang = langAt([...EN5, 'de', 'pt'], i);
    const belt = `CV-${pad(rng.int(1, 24))}`;
    const rip = rng.pick([0, 0, 3, 12, 45, 180]);
    const spill = rng.pick(['none', 'light', 'heavy']);
    const temp = rng.int(28, 96);
    const reading = `belt=${belt} speed=${(rng.int(28, 52) / 10).toFixed(1)}m/s longitudinal_rip_mm=${rip} idler_temp_c=${temp} spillage=${spill} misalign_mm=${rng.int(0, 60)}`;
    const s = t(lang, {
      en: `You are the edge decision step for overland conveyors at a copper concentrator. Given ONE scanner line, return the action for the belt drive. Rules: any longitudinal rip > 25 mm -> stop; idler temperature above 85 C -> stop; rip 1-25 mm or misalignment > 40 mm or heavy spillage -> slow; otherwise run. Reply with the JSON object only.`,
      de: `Du bist der Entscheidungsschritt am Rand für die Überlandförderbänder einer Kupferaufbereitung. Du bekommst EINE Scannerzeile und gibst die Aktion für den Bandantrieb zurück. Regeln: Längsriss > 25 mm -> stop; Tragrollentemperatur über 85 °C -> stop; Riss 1-25 mm oder Schieflauf > 40 mm oder starke Verschüttung -> slow; sonst run. Antworte nur mit dem JSON-Objekt.`,
      pt: `Você é a etapa de decisão local das correias transportadoras de longa distância de uma usina de beneficiamento de cobre. Recebe UMA linha do scanner e devolve a ação para o acionamento da correia. Regras: rasgo longitudinal > 25 mm -> stop; temperatura do rolete acima de 85 °C -> stop; rasgo de 1-25 mm, desalinhamento > 40 mm ou derramamento intenso -> slow; caso contrário run. Responda apenas com o objeto JSON.`,
    });
    return {
      lang,
      messages: rng.chance(0.8) ? [sys(s), user(reading)] : [user(`${s}\n\n${reading}`)],
      response_format: jsonSchema('belt_action', { action: oneOf('run', 'slow', 'stop'), reason_code: oneOf('rip', 'heat', 'alignment', 'spillage', 'clear') }),
      max_tokens: rng.pick([30, 40, 60]),
      temperature: 0,
    };
  },
};

const srTurbineAlarm: Family = {
  id: 'xc-sr-turbine-alarm-code',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A single SCADA alarm text is sorted into a fixed subsystem category; nothing is carried between requests.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'ja', 'en'], i);
    const alarms = [
      'E-3120 PitchAxis2 converter overtemperature, blade angle deviation 4.2 deg',
      'E-0711 Grid undervoltage L2 182 V, FRT sequence entered',
      'W-5402 Yaw misalignment > 15 deg for 600 s, cable twist 2.1 turns',
      'E-2208 Gearbox HSS bearing temp 97 C, oil pressure low',
      'E-4410 Generator rotor insulation fault, crowbar tripped',
      'W-6003 Nacelle anemometer 1/2 disagreement 3.8 m/s',
    ];
    const alarm = rng.pick(alarms);
    const wtg = `WTG-${pad(rng.int(1, 64))}`;
    const s = t(lang, {
      en: `Route incoming turbine alarms to the right maintenance queue. Categories: pitch, yaw, drivetrain, electrical_grid, converter_generator, sensors. Output only the category name.`,
      es: `Clasifica las alarmas de los aerogeneradores en la cola de mantenimiento correcta. Categorías: pitch, yaw, drivetrain, electrical_grid, converter_generator, sensors. Devuelve solo el nombre de la categoría.`,
      ja: `風車から届くアラームを正しい保守キューに振り分けてください。カテゴリ: pitch, yaw, drivetrain, electrical_grid, converter_generator, sensors。カテゴリ名だけを出力してください。`,
    });
    const msgs: ChatMessage[] = [sys(s)];
    if (rng.chance(0.4)) {
      msgs.push(user(`${wtg} | E-1021 Hydraulic pump runtime exceeded`), say('pitch'));
    }
    msgs.push(user(`${wtg} | ${new Date(Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59))).toISOString()} | ${alarm}`));
    return { lang, messages: msgs, max_tokens: 8, temperature: 0 };
  },
};

const srWeldVisual: Family = {
  id: 'xc-sr-weld-visual-check',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'The inspector app forces one verdict call per weld record, judged on that record alone against acceptance limits.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'zh', 'fr'], i);
    const joint = `B${rng.int(100, 480)}-${rng.pick(['LB', 'DK', 'TB', 'SH'])}-${pad(rng.int(1, 90), 3)}`;
    const undercut = (rng.int(0, 12) / 10).toFixed(1);
    const porosity = rng.int(0, 5);
    const crack = rng.chance(0.2);
    const note = `Joint ${joint}, FCAW, plate ${rng.pick([12, 16, 20, 25])} mm, undercut depth ${undercut} mm over ${rng.int(5, 60)} mm, surface pores ${porosity} (max dia ${rng.int(1, 3)} mm), ${crack ? 'linear indication at toe 8 mm' : 'no linear indications'}, reinforcement ${rng.int(1, 4)} mm.`;
    const s = t(lang, {
      en: `You assist hull-block QC inspectors. For the weld described, call record_verdict once. Acceptance (ISO 5817 level C, simplified): undercut <= 0.5 mm accept, 0.5-1.0 mm rework by grinding/blending, > 1.0 mm repair weld; more than 3 surface pores -> rework; any crack -> reject and flag NDT. Do not write prose.`,
      zh: `你协助船体分段的质检员。针对所描述的焊缝，只调用一次 record_verdict。验收标准（ISO 5817 C 级简化版）：咬边 <= 0.5 mm 合格，0.5-1.0 mm 打磨返工，> 1.0 mm 补焊；表面气孔超过 3 个 -> 返工；任何裂纹 -> 判废并标记无损检测。不要输出说明文字。`,
      fr: `Vous assistez les contrôleurs qualité des blocs de coque. Pour la soudure décrite, appelez record_verdict une seule fois. Critères (ISO 5817 niveau C, simplifié) : caniveau <= 0,5 mm accepté, 0,5-1,0 mm reprise par meulage, > 1,0 mm réparation par soudage ; plus de 3 pores en surface -> reprise ; toute fissure -> rejet et signalement CND. Pas de texte libre.`,
    });
    return {
      lang,
      messages: [sys(s), user(note)],
      tools: [tool('record_verdict', 'Store the inspection verdict for a weld joint', {
        joint_id: str, verdict: oneOf('accept', 'rework', 'repair', 'reject'), ndt_required: bool,
      })],
      tool_choice: { type: 'function', function: { name: 'record_verdict' } },
    };
  },
};

const srTowerAlarm: Family = {
  id: 'xc-sr-tower-site-down',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A yes/no site-down decision is made from one alarm bundle with fixed rules and no prior context.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'es', 'en', 'de'], i);
    const site = `${rng.pick(['MX', 'KE', 'PH', 'CO'])}-${rng.int(1000, 9999)}`;
    const alarms = rng.sample([
      'MAINS_FAIL major', 'RECTIFIER_MODULE_2 minor', 'DOOR_OPEN warning', 'BTS_CELL_DOWN sector B critical',
      'ALL_CELLS_DOWN critical', 'DC_LOW_VOLTAGE 46.1V major', 'LINK_LOS microwave IDU critical', 'GEN_RUNNING info',
    ], rng.int(2, 4));
    const q = t(lang, {
      en: `Site ${site} raised: ${alarms.join('; ')}. Is the site fully off air (all sectors, no traffic)? Answer yes or no.`,
      es: `El sitio ${site} reportó: ${alarms.join('; ')}. ¿Está el sitio completamente fuera de servicio (todos los sectores, sin tráfico)? Responde sí o no.`,
      de: `Standort ${site} meldet: ${alarms.join('; ')}. Ist der Standort komplett außer Betrieb (alle Sektoren, kein Verkehr)? Antworte mit ja oder nein.`,
    });
    const messages: ChatMessage[] = rng.chance(0.5)
      ? [sys('NOC alarm correlator. Keep answers to one word.'), user(q)]
      : [user(q)];
    return {
      lang, messages, max_tokens: 5,
      response_format: rng.chance(0.5) ? jsonSchema('site_down', { site_down: bool }) : undefined,
    };
  },
};

const srTurbidity: Family = {
  id: 'xc-sr-filter-backwash-trigger',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Whether to start a backwash is read off the current filter readings against fixed setpoints, one reading at a time.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'zh'], i);
    const filter = `F${rng.int(1, 12)}`;
    const hl = (rng.int(9, 28) / 10).toFixed(1);
    const turb = (rng.int(3, 40) / 100).toFixed(2);
    const hours = rng.int(12, 96);
    const s = t(lang, {
      en: `Filter gallery assistant. Setpoints: terminal headloss 2.4 m, effluent turbidity 0.30 NTU, max run 72 h. If any setpoint is exceeded, the filter must be backwashed. Reply with the function call only.`,
      fr: `Assistant de la galerie des filtres. Consignes : perte de charge finale 2,4 m, turbidité de l'eau filtrée 0,30 NTU, cycle max 72 h. Si une consigne est dépassée, le filtre doit être lavé à contre-courant. Répondez uniquement par l'appel de fonction.`,
      zh: `滤池廊道助手。设定值：终端水头损失 2.4 m，出水浊度 0.30 NTU，最长运行 72 小时。任一设定值超标，该滤池必须反冲洗。只用函数调用回答。`,
    });
    return {
      lang,
      messages: [sys(s), user(JSON.stringify({ filter, headloss_m: Number(hl), effluent_ntu: Number(turb), run_hours: hours, flow_mld: rng.int(8, 30) }))],
      tools: [
        tool('start_backwash', 'Queue a backwash for a filter cell', { filter: str, trigger: oneOf('headloss', 'turbidity', 'runtime') }),
        tool('keep_in_service', 'Leave the filter in service', { filter: str }),
      ],
      tool_choice: 'required',
    };
  },
};

const srRailDefect: Family = {
  id: 'xc-sr-rail-ultrasonic-class',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'One ultrasonic indication description is mapped to a defect class and a fixed response category.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'ja', 'pt', 'en'], i);
    const km = `${rng.int(12, 240)}+${pad(rng.int(0, 999), 3)}`;
    const ind = rng.pick([
      'reflection from 70 deg probe at 14 mm below running surface, gauge corner, length 22 mm, surface shows dark spot with V-shaped crack',
      'multiple shallow indications 2-4 mm deep at gauge corner every 5-7 mm over 1.2 m',
      'indication at aluminothermic weld foot, 0 deg probe loss of back-wall echo',
      'horizontal indication in web 40 mm below head, 60 mm long, near bolt hole 2',
      'periodic surface waves 40-60 mm wavelength, no internal indications',
    ]);
    const s = t(lang, {
      en: 'You help ultrasonic rail testing operators code each find. Return the UIC defect family and the response category (immediate, 7_day, 30_day, monitor).',
      ja: 'レール超音波探傷の担当者が検出箇所をコード化するのを手伝います。UIC の欠陥区分と対応区分（immediate, 7_day, 30_day, monitor）を返してください。',
      pt: 'Você ajuda operadores de ultrassom ferroviário a codificar cada achado. Devolva a família de defeito UIC e a categoria de resposta (immediate, 7_day, 30_day, monitor).',
    });
    return {
      lang,
      messages: [sys(s), user(`${rng.pick(['UP', 'DN'])} line km ${km}, ${rng.pick(['60E1', '54E1', 'UIC60'])} rail: ${ind}`)],
      response_format: jsonSchema('rail_find', {
        defect_family: oneOf('squat', 'head_check', 'weld_defect', 'bolt_hole_crack', 'corrugation', 'other'),
        response: oneOf('immediate', '7_day', '30_day', 'monitor'),
      }),
      max_tokens: rng.pick([60, 80]),
    };
  },
};

// ---------------------------------------------------------------- model_based_reflex

const mbHaulFleet: Family = {
  id: 'xc-mb-haul-truck-fleet',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The dispatcher keeps a running picture of where each haul truck is from partial telemetry polls and answers what is happening at the shovels now.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'es', 'en', 'pt'], i);
    const trucks = rng.sample(['HT-201', 'HT-204', 'HT-207', 'HT-211', 'HT-215', 'HT-219', 'HT-222'], 5);
    const s = t(lang, {
      en: `You are the pit dispatch copilot for an open-pit iron ore mine. Trucks report position and payload only every few minutes and some radios drop out in the north wall shadow. Use the telemetry tools to keep track of every truck between polls; if a truck has not reported, infer where it most likely is from its last fix, its cycle times and the road network. Answer the dispatcher briefly.`,
      es: `Eres el copiloto de despacho de una mina de hierro a cielo abierto. Los camiones informan posición y carga solo cada pocos minutos y algunas radios se pierden en la sombra del muro norte. Usa las herramientas de telemetría para seguir a cada camión entre consultas; si un camión no ha reportado, deduce dónde está probablemente a partir de su última posición, sus tiempos de ciclo y la red de caminos. Responde al despachador brevemente.`,
      pt: `Você é o copiloto de despacho de uma mina de minério de ferro a céu aberto. Os caminhões informam posição e carga só a cada poucos minutos e alguns rádios caem na sombra da parede norte. Use as ferramentas de telemetria para acompanhar cada caminhão entre as consultas; se um caminhão não reportou, deduza onde ele provavelmente está pela última posição, pelos tempos de ciclo e pela rede de estradas. Responda ao despachante de forma breve.`,
    });
    const messages: ChatMessage[] = [sys(s)];
    const polls = rng.int(2, 6);
    for (let p = 0; p < polls; p++) {
      messages.push(user(t(lang, { en: `poll ${p + 1}`, es: `consulta ${p + 1}`, pt: `consulta ${p + 1}` })));
      const rows = trucks.map((tr) => {
        if (rng.chance(0.25)) return { truck: tr, fix: null, last_seen_s: rng.int(200, 900) };
        return { truck: tr, zone: rng.pick(['SH-3 queue', 'SH-3 loading', 'ramp R2 up', 'crusher CR1 dump', 'ramp R2 down', 'SH-5 loading', 'fuel bay']), payload_t: rng.pick([0, 0, rng.int(180, 232)]), speed_kmh: rng.int(0, 38) };
      });
      exchange(rng, messages, 'get_fleet_telemetry', { pit: 'north', since_s: 300 }, { ts: `10:${pad(12 + p * 6)}:00`, trucks: rows });
      if (p < polls - 1) messages.push(say(t(lang, { en: 'Noted.', es: 'Anotado.', pt: 'Anotado.' })));
    }
    messages.push(user(t(lang, {
      en: rng.pick(['How many trucks are sitting at shovel 3 right now, and is anyone unaccounted for?', 'Which trucks are loaded and heading to the crusher at this moment?']),
      es: '¿Cuántos camiones están ahora mismo en la pala 3 y falta alguno por ubicar?',
      pt: 'Quantos caminhões estão agora na escavadeira 3 e tem algum sem localização?',
    })));
    return {
      lang, messages,
      tools: [
        tool('get_fleet_telemetry', 'Latest GPS fix, zone and payload for trucks in a pit area', { pit: str, since_s: int }),
        tool('get_shovel_status', 'Loading unit status and queue length', { shovel_id: str }),
      ],
    };
  },
};

const mbInverterLogs: Family = {
  id: 'xc-mb-solar-inverter-comms',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'Log chunks arrive over several turns with gaps from lost comms, and the assistant must keep an up-to-date picture of which inverters are producing.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'en', 'zh'], i);
    const invs = Array.from({ length: rng.int(5, 8) }, (_, k) => `INV-${pad(k + 1)}`);
    const s = t(lang, {
      en: 'You watch the SCADA log stream of a 120 MWp solar park for the night-shift operator. Log chunks come in as the historian flushes them; some inverters go silent when the RS-485 ring drops. Keep track of each inverter across chunks. When asked, say which inverters are producing, which are tripped, and which are unknown, and what you assume about the unknown ones.',
      de: 'Du beobachtest den SCADA-Logstrom eines 120-MWp-Solarparks für den Nachtschicht-Operator. Log-Blöcke kommen, wenn der Historian sie schreibt; manche Wechselrichter verstummen, wenn der RS-485-Ring ausfällt. Verfolge jeden Wechselrichter über alle Blöcke hinweg. Auf Nachfrage sag, welche Wechselrichter einspeisen, welche ausgelöst haben und welche unbekannt sind, und was du über die unbekannten annimmst.',
      zh: '你为夜班值班员监视一座 120 MWp 光伏电站的 SCADA 日志流。日志块在历史库写入时陆续到达；RS-485 环网掉线时部分逆变器会没有数据。请跨日志块跟踪每台逆变器。被问到时，说明哪些逆变器在发电、哪些已跳闸、哪些未知，以及你对未知逆变器的推断。',
    });
    const messages: ChatMessage[] = [sys(s)];
    const chunks = rng.int(3, 5);
    let hh = rng.int(5, 7);
    for (let c = 0; c < chunks; c++) {
      const lines = rng.sample(invs, rng.int(2, 4)).map((inv) => {
        const ev = rng.pick(['P_AC=1.84MW status=RUN', 'status=FAULT code=0x21 (grid overvoltage)', 'status=RUN P_AC=0.12MW (ramping)', 'COMM_TIMEOUT', 'status=STANDBY reason=night', 'status=RUN P_AC=2.41MW', 'DC isolation warning R_iso=410kOhm']);
        return `${pad(hh)}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))} ${inv} ${ev}`;
      });
      hh += rng.chance(0.5) ? 1 : 0;
      messages.push(user(`[chunk ${c + 1}/${chunks}]\n${lines.join('\n')}`));
      if (c < chunks - 1) messages.push(say(rng.pick(['ack', 'Received.', 'OK, tracking.'])));
    }
    messages.push(user(t(lang, {
      en: rng.pick(['Where do we stand across all inverters now?', 'Give me the current picture per inverter before I call the O&M contractor.']),
      de: 'Wie sieht es jetzt bei allen Wechselrichtern aus?',
      zh: '现在所有逆变器的情况如何？',
    })));
    return { lang, messages, max_tokens: rng.pick([400, 600, undefined]) };
  },
};

const mbClarifier: Family = {
  id: 'xc-mb-clarifier-sludge-blanket',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Successive blanket-depth and flow readings must be combined into a running view of the clarifier before choosing the next withdrawal setting.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'fr', 'ja'], i);
    const tank = rng.pick(['SC-1', 'SC-2', 'Clarifier East', 'Clarifier West']);
    const s = t(lang, {
      en: `Operator aid for ${tank} at a municipal wastewater works. The blanket probe is fouled roughly one reading in three, so readings can be missing or stuck. Track the blanket depth trend, RAS/WAS rates and influent flow across the shift. Each turn, say what you think the blanket is doing and what the WAS pump should do now (raise, hold, lower).`,
      fr: `Aide à l'exploitant pour ${tank} dans une station d'épuration municipale. La sonde de voile de boue est encrassée environ une mesure sur trois : des mesures peuvent manquer ou rester figées. Suivez l'évolution de la hauteur du voile, les débits de recirculation et d'extraction et le débit entrant pendant le poste. À chaque tour, dites ce que fait le voile selon vous et ce que doit faire la pompe d'extraction maintenant (augmenter, maintenir, réduire).`,
      ja: `下水処理場の ${tank} の運転支援です。汚泥界面計はおよそ3回に1回汚れて、値が欠けたり固まったりします。勤務中の界面高さの推移、返送・余剰汚泥量、流入水量を追い続けてください。毎回、界面がどう動いていると考えるか、そして余剰汚泥ポンプを今どうすべきか（上げる、維持、下げる）を答えてください。`,
    });
    const messages: ChatMessage[] = [sys(s)];
    let depth = rng.int(8, 14) / 10;
    const n = rng.int(3, 5);
    for (let k = 0; k < n; k++) {
      depth += rng.int(-2, 4) / 10;
      const probe = rng.chance(0.3) ? 'ERR' : `${depth.toFixed(1)} m`;
      messages.push(user(`${pad(6 + k * 2)}:00  blanket=${probe}  inflow=${rng.int(380, 720)} L/s  RAS=${rng.int(150, 260)} L/s  WAS=${rng.int(8, 20)} L/s  SVI=${rng.int(90, 180)}`));
      if (k < n - 1) messages.push(say(t(lang, {
        en: rng.pick(['Blanket rising slowly; hold WAS for now.', 'Reading looks stuck, using trend. Hold.', 'Stable. Hold.']),
        fr: rng.pick(['Voile en légère hausse ; maintenir l\'extraction pour l\'instant.', 'Mesure figée, je me fie à la tendance. Maintenir.']),
        ja: rng.pick(['界面はゆっくり上昇中。余剰汚泥は当面維持。', '値が固まっているようなので傾向で判断。維持。']),
      })));
    }
    return { lang, messages };
  },
};

const mbCncWear: Family = {
  id: 'xc-mb-cnc-spindle-wear',
  label: 'model_based_reflex',
  difficulty: 'hard',
  secondary: 'simple_reflex',
  rationale: 'Tool wear cannot be seen directly, so the cell monitor accumulates spindle-load data across cycles to judge the insert before the next part.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en', 'es'], i);
    const machine = rng.pick(['DMU-65 #2', 'Okuma LB3000', 'Mazak QTN-250', 'Haas VF-4']);
    const s = t(lang, {
      en: `Cell monitor for ${machine}. Insert flank wear is not measured in process; you only see per-cycle spindle load, cycle time and the occasional in-process probe result. Keep a running estimate of insert condition from everything reported so far this shift and answer the operator's questions.`,
      de: `Zellenüberwachung für ${machine}. Der Freiflächenverschleiß der Wendeplatte wird im Prozess nicht gemessen; du siehst nur Spindellast und Zykluszeit pro Zyklus und gelegentlich ein Messtaster-Ergebnis. Führe aus allem, was in dieser Schicht gemeldet wurde, eine laufende Einschätzung des Plattenzustands und beantworte die Fragen des Bedieners.`,
      es: `Monitor de celda para ${machine}. El desgaste de flanco del inserto no se mide en proceso; solo ves la carga del husillo y el tiempo de ciclo por pieza y, de vez en cuando, un resultado del palpador. Lleva una estimación continua del estado del inserto con todo lo reportado en este turno y responde las preguntas del operario.`,
    });
    const messages: ChatMessage[] = [sys(s)];
    const tools = [
      tool('read_cycle_log', 'Spindle load and cycle data for the last N cycles', { machine: str, last_n: int }),
      tool('read_probe', 'Latest in-process probe measurement for a feature', { machine: str, feature: str }),
    ];
    messages.push(user(t(lang, { en: 'Pull the last cycles.', de: 'Hol die letzten Zyklen.', es: 'Trae los últimos ciclos.' })));
    let load = rng.int(52, 60);
    const cyc = Array.from({ length: rng.int(4, 7) }, (_, k) => { load += rng.int(0, 3); return { part: 1400 + k, peak_load_pct: load, cycle_s: 212 + rng.int(-2, 5) }; });
    exchange(rng, messages, 'read_cycle_log', { machine, last_n: cyc.length }, cyc);
    messages.push(say(t(lang, { en: 'Load is creeping up part over part.', de: 'Die Last steigt von Teil zu Teil leicht an.', es: 'La carga sube poco a poco pieza a pieza.' })));
    if (rng.chance(0.7)) {
      messages.push(user(t(lang, { en: 'And the bore probe?', de: 'Und der Bohrungstaster?', es: '¿Y el palpador del agujero?' })));
      exchange(rng, messages, 'read_probe', { machine, feature: 'bore_A' }, { part: 1400 + cyc.length - 1, bore_A_mm: 42.0 + rng.int(-12, 4) / 1000, tol: '+0.000/-0.016' });
    }
    messages.push(user(t(lang, {
      en: 'Can I run the next part on this insert or do I index it now?',
      de: 'Kann ich das nächste Teil mit dieser Platte fahren oder jetzt wechseln?',
      es: '¿Puedo hacer la siguiente pieza con este inserto o lo cambio ya?',
    })));
    return { lang, messages, tools };
  },
};

const mbTowerOutage: Family = {
  id: 'xc-mb-tower-power-outage',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'During a regional mains failure the NOC assistant tracks which sites are on mains, generator or backup batteries from partial alarm feeds and reports the present picture.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'en', 'pt'], i);
    const sites = Array.from({ length: 6 }, () => `TWR-${rng.int(100, 999)}`);
    const s = t(lang, {
      en: 'NOC incident assistant for a tower company. A grid outage is in progress in the region. Alarm feeds are incomplete: some sites only report when thresholds are crossed and a few have no telemetry. Update your view of each site after each feed and answer the incident lead. Do not dispatch anyone yourself.',
      fr: 'Assistant incident du NOC d\'une société de pylônes. Une coupure réseau est en cours dans la région. Les flux d\'alarmes sont incomplets : certains sites ne remontent qu\'au franchissement de seuils et quelques-uns n\'ont aucune télémesure. Mettez à jour votre vue de chaque site après chaque flux et répondez au responsable d\'incident. Ne dépêchez personne vous-même.',
      pt: 'Assistente de incidentes do NOC de uma empresa de torres. Há uma queda de energia na região. Os alarmes são incompletos: alguns sites só reportam ao cruzar limites e alguns não têm telemetria. Atualize sua visão de cada site após cada lote de alarmes e responda ao líder do incidente. Não despache ninguém por conta própria.',
    });
    const messages: ChatMessage[] = [sys(s)];
    const feeds = rng.int(2, 4);
    for (let f = 0; f < feeds; f++) {
      const { message, ids } = calls(rng, ['fetch_alarm_feed', { region: 'R7', since_min: 15 }]);
      messages.push(message);
      const evs = rng.sample(sites, rng.int(2, 4)).map((st) => `${st} ${rng.pick(['MAINS_FAIL', 'GEN_START_OK', 'GEN_START_FAIL', 'DC_48V_LOW 47.2V', 'DC_48V_LOW 45.9V', 'MAINS_RESTORED', 'FUEL_LEVEL 18%'])}`);
      messages.push(result(ids[0]!, evs.join('\n')));
      if (f < feeds - 1) messages.push(user(t(lang, { en: 'keep going', fr: 'continue', pt: 'continue' })));
    }
    messages.push(user(t(lang, {
      en: rng.pick(['Which sites are running on batteries only right now, and roughly how long do they have?', 'Summarise where every site is at this minute.']),
      fr: 'Quels sites tournent uniquement sur batteries en ce moment, et pour combien de temps environ ?',
      pt: 'Quais sites estão só na bateria agora e por quanto tempo, mais ou menos?',
    })));
    return {
      lang, messages,
      tools: [tool('fetch_alarm_feed', 'Alarms raised in a region in the last N minutes', { region: str, since_min: int }),
        tool('get_site_inventory', 'Battery bank size, generator and fuel tank per site', { site_id: str })],
    };
  },
};

const mbBallast: Family = {
  id: 'xc-mb-floating-dock-ballast',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'Tank soundings arrive piecemeal with missing gauges, and the assistant keeps an estimate of dock trim and heel to say which valve to touch next.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'ja', 'de'], i);
    const s = t(lang, {
      en: 'Ballast control assistant on a floating dock during undocking of a newbuild. Soundings from the 16 wing tanks come in batches; gauges 5P and 11S are unreliable today. After each batch, keep an estimate of the trim and heel of the dock and the ship clearance, then give the next valve action for the ballast master (one valve, open/close, or hold).',
      ja: '新造船の出渠中の浮きドックのバラスト制御支援です。16個のウイングタンクの測深値はまとまって届きます。今日は5Pと11Sの計器が信頼できません。各バッチの後、ドックのトリムとヒール、船底クリアランスの見積もりを更新し、バラストマスターへの次のバルブ操作（1つのバルブの開・閉、または待機）を示してください。',
      de: 'Ballast-Assistent auf einem Schwimmdock beim Ausdocken eines Neubaus. Peilungen der 16 Seitentanks kommen in Paketen; die Geber 5P und 11S sind heute unzuverlässig. Halte nach jedem Paket eine Schätzung von Trimm und Krängung des Docks und der Kielfreiheit aktuell und gib dann die nächste Ventilaktion für den Ballastmeister an (ein Ventil auf/zu oder warten).',
    });
    const messages: ChatMessage[] = [sys(s)];
    const batches = rng.int(2, 4);
    for (let b = 0; b < batches; b++) {
      const tanks = rng.sample(['1P', '1S', '3P', '3S', '5P', '5S', '7P', '7S', '9P', '9S', '11P', '11S'], 6);
      const tbl = tanks.map((tk) => `${tk.padEnd(4)} ${tk === '5P' || tk === '11S' ? '---' : (rng.int(40, 380) / 100).toFixed(2)} m`).join('\n');
      messages.push(user(`batch ${b + 1} @ ${pad(13 + b)}:${pad(rng.int(0, 59))}\nopen valves: ${rng.sample(['V3P', 'V3S', 'V7P', 'V9S', 'V1P'], 2).join(', ')}\n${tbl}\ndraft marks fwd ${(rng.int(520, 640) / 100).toFixed(2)} aft ${(rng.int(520, 660) / 100).toFixed(2)}`));
      if (b < batches - 1) messages.push(say(t(lang, { en: `Est. trim ${(rng.int(-20, 20) / 100).toFixed(2)} m by head, heel ${(rng.int(-6, 6) / 10).toFixed(1)} deg. Hold.`, ja: `推定トリム 船首 ${(rng.int(-20, 20) / 100).toFixed(2)} m、ヒール ${(rng.int(-6, 6) / 10).toFixed(1)} 度。待機。`, de: `Geschätzter Trimm ${(rng.int(-20, 20) / 100).toFixed(2)} m vorlastig, Krängung ${(rng.int(-6, 6) / 10).toFixed(1)}°. Warten.` })));
    }
    return { lang, messages, max_tokens: rng.pick([200, 300]) };
  },
};

// ---------------------------------------------------------------- goal_based

const gbReentry: Family = {
  id: 'xc-gb-mine-blast-reentry',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The assistant must order the steps that get crews safely back to a blasted heading, respecting preconditions, and return the sequence.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'es', 'zh', 'en'], i);
    const heading = `${rng.pick(['1040L', '1120L', '980L'])} ${rng.pick(['XC-12', 'Drive 4N', 'Stope 7B access'])}`;
    const co = rng.int(18, 140);
    const no2 = (rng.int(5, 60) / 10).toFixed(1);
    const s = t(lang, {
      en: `You support the underground shift boss at a sublevel-stoping gold mine. Work out the ordered sequence of actions needed to get the development crew back into ${heading} after the end-of-shift blast, so the jumbo can start the next round. Each action has preconditions; do not list an action before its preconditions are met. Use the tools to check conditions before committing.`,
      es: `Apoyas al jefe de turno subterráneo en una mina de oro por subniveles. Determina la secuencia ordenada de acciones para que la cuadrilla de desarrollo vuelva a ${heading} tras la voladura de fin de turno, de modo que el jumbo pueda iniciar la siguiente pega. Cada acción tiene condiciones previas; no pongas una acción antes de que se cumplan. Usa las herramientas para verificar condiciones antes de comprometerte.`,
      zh: `你协助一座分段空场法金矿的井下值班长。请排出爆破后让掘进班组重新进入 ${heading} 所需的有序操作步骤，使凿岩台车能开始下一循环。每个操作都有前置条件；前置条件未满足前不得列出该操作。确定之前先用工具检查条件。`,
    });
    const messages: ChatMessage[] = [sys(s), user(t(lang, {
      en: `Blast fired at 18:${pad(rng.int(2, 40))}. Need the crew face-side as soon as it is safe.`,
      es: `Voladura a las 18:${pad(rng.int(2, 40))}. Necesito la cuadrilla en el frente en cuanto sea seguro.`,
      zh: `18:${pad(rng.int(2, 40))} 已起爆。安全后尽快让班组到工作面。`,
    }))];
    exchange(rng, messages, 'get_gas_readings', { location: heading }, { co_ppm: co, no2_ppm: Number(no2), o2_pct: 20.6, sensor_age_min: rng.int(1, 9) });
    exchange(rng, messages, 'get_fan_status', { location: heading }, { aux_fan: rng.pick(['running', 'stopped']), duct_end_to_face_m: rng.int(8, 40) });
    if (rng.chance(0.6)) exchange(rng, messages, 'get_ground_control_requirements', { location: heading }, { scaling: 'mechanical then manual', support: 'mesh + split sets, 1.2 m ring spacing', shotcrete_cure_h: rng.pick([0, 2, 4]) });
    return {
      lang, messages,
      tools: [
        tool('get_gas_readings', 'Latest fixed-sensor gas readings near a heading', { location: str }),
        tool('get_fan_status', 'Auxiliary ventilation status', { location: str }),
        tool('get_ground_control_requirements', 'Ground support standard for a heading', { location: str }),
        tool('issue_step', 'Post a step to the shift board', { order: int, action: str, precondition: str }),
      ],
    };
  },
};

const gbPitchBearing: Family = {
  id: 'xc-gb-offshore-pitch-bearing',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'A fixed target (bearing replaced on one turbine before a deadline) must be reached by finding a feasible ordered set of vessel, crane and permit steps.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'en', 'fr'], i);
    const wtg = `${rng.pick(['A', 'B', 'C'])}${pad(rng.int(1, 40))}`;
    const deadline = `2026-${pad(rng.int(3, 10))}-${pad(rng.int(10, 28))}`;
    const s = t(lang, {
      en: `Offshore wind O&M coordinator assistant. Target: the blade 2 pitch bearing on turbine ${wtg} replaced and the turbine back in service by ${deadline}. You need a jack-up vessel slot, a weather window with Hs below 1.8 m for the lift days, a permit to work, and the spare bearing delivered to the marshalling port. Find the earliest feasible sequence and propose the next booking to make.`,
      de: `Assistent für die O&M-Koordination eines Offshore-Windparks. Ziel: das Blattlager von Blatt 2 an Anlage ${wtg} ist getauscht und die Anlage bis ${deadline} wieder in Betrieb. Benötigt werden ein Slot für ein Hubschiff, ein Wetterfenster mit Hs unter 1,8 m an den Hubtagen, eine Arbeitsfreigabe und das Ersatzlager im Basishafen. Finde die früheste machbare Abfolge und schlage die nächste Buchung vor.`,
      fr: `Assistant de coordination O&M d'un parc éolien en mer. Objectif : le roulement de pas de la pale 2 de l'éolienne ${wtg} remplacé et la machine remise en service avant le ${deadline}. Il faut un créneau de navire autoélévateur, une fenêtre météo avec Hs inférieure à 1,8 m pour les jours de levage, un permis de travail et le roulement de rechange livré au port de base. Trouvez la séquence faisable la plus précoce et proposez la prochaine réservation à effectuer.`,
    });
    const messages: ChatMessage[] = [sys(s)];
    messages.push(user(t(lang, { en: 'Go ahead, check what is available.', de: 'Leg los, prüf was verfügbar ist.', fr: 'Allez-y, vérifiez les disponibilités.' })));
    const { message, ids } = calls(rng,
      ['get_vessel_slots', { vessel_class: 'jack-up', from: '2026-03-01' }],
      ['get_spare_eta', { part_no: 'PB-3.6-BL2' }]);
    messages.push(message,
      result(ids[0]!, { slots: [{ vessel: 'Seajacks Hydra', start: `2026-${pad(rng.int(3, 6))}-0${rng.int(1, 9)}`, days: rng.int(4, 7) }, { vessel: 'Wind Server', start: `2026-${pad(rng.int(5, 8))}-1${rng.int(0, 9)}`, days: 5 }] }),
      result(ids[1]!, { port: 'Esbjerg', eta: `2026-${pad(rng.int(3, 7))}-${pad(rng.int(1, 28))}`, status: rng.pick(['in transit', 'at supplier QA']) }));
    if (rng.chance(0.6)) exchange(rng, messages, 'get_metocean_forecast', { site: wtg, days: 14 }, Array.from({ length: 5 }, (_, d) => ({ day: d + 1, hs_m: rng.int(8, 30) / 10, wind_ms: rng.int(4, 16) })));
    return {
      lang, messages,
      tools: [
        tool('get_vessel_slots', 'Available charter slots by vessel class', { vessel_class: str, from: str }),
        tool('get_spare_eta', 'Logistics ETA of a spare part', { part_no: str }),
        tool('get_metocean_forecast', 'Daily Hs and wind forecast for a site', { site: str, days: int }),
        tool('book_vessel', 'Reserve a vessel slot', { vessel: str, start: str, days: int }),
        tool('request_ptw', 'Raise a permit to work', { asset: str, scope: str, start: str }),
      ],
    };
  },
};

const gbSiteOnAir: Family = {
  id: 'xc-gb-tower-site-commissioning',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'Bringing a new cell site on air is a fixed end condition reached through dependent tasks, and the request asks for the next task to unblock.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'pt', 'ja'], i);
    const site = `${rng.pick(['SP', 'RJ', 'MG'])}${rng.int(10000, 99999)}`;
    const tasks = [
      { id: 'T1', name: 'AC power connection by utility', done: rng.chance(0.6), depends_on: [] },
      { id: 'T2', name: 'Rectifier and battery install', done: rng.chance(0.5), depends_on: ['T1'] },
      { id: 'T3', name: 'Microwave link alignment to hub', done: rng.chance(0.4), depends_on: ['T2'] },
      { id: 'T4', name: 'RRU and antenna mounting', done: rng.chance(0.7), depends_on: [] },
      { id: 'T5', name: 'Fibre jumpers and VSWR sweep', done: false, depends_on: ['T4'] },
      { id: 'T6', name: 'Integration in OSS, cell unlock', done: false, depends_on: ['T3', 'T5'] },
      { id: 'T7', name: 'Drive test and acceptance', done: false, depends_on: ['T6'] },
    ];
    const q = t(lang, {
      en: `Site ${site} has to be carrying live traffic by end of next week. Here is the rollout tracker export. What is the next task we should push, and in what order should the remaining ones run?`,
      pt: `O site ${site} precisa estar com tráfego real até o fim da próxima semana. Segue a exportação do acompanhamento de implantação. Qual a próxima tarefa que devemos puxar e em que ordem devem rodar as restantes?`,
      ja: `サイト ${site} を来週末までに商用トラフィックを流す状態にしなければなりません。展開トラッカーのエクスポートを貼ります。次に進めるべき作業はどれで、残りはどの順番で進めるべきですか？`,
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.6)) messages.push(sys('You are the rollout assistant for a neutral-host tower operator. Crews: civil, power, RF, transmission. A crew can only work when the tasks it depends on are closed.'));
    messages.push(user(`${q}\n\n${JSON.stringify(tasks, null, rng.chance(0.5) ? 2 : 0)}`));
    return { lang, messages, max_tokens: rng.pick([500, 800]) };
  },
};

const gbUndock: Family = {
  id: 'xc-gb-newbuild-shift-to-quay',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'The agent must move a hull from dry dock to a specific outfitting quay, using move tools step by step through gates, basin and tug availability.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'zh', 'en', 'es'], i);
    const hull = `H${rng.int(2100, 2399)}`;
    const quay = `Q${rng.int(3, 8)}`;
    const s = t(lang, {
      en: `Yard marine operations agent. You can query the yard map and move assets with the tools. Get hull ${hull} from Dry Dock 2 to outfitting quay ${quay}, moored port side to. The dock gate only opens within 1 h of high water, the basin channel takes one hull at a time, and each move needs two tugs assigned. Call one tool at a time and explain the next move before making it.`,
      zh: `船厂海务作业助手。你可以查询厂区地图并用工具移动船体。把 ${hull} 号船体从 2 号干船坞移到舾装码头 ${quay}，左舷靠泊。坞门只在高潮前后 1 小时内开启，港池航道一次只能过一条船，每次移动需要两条拖轮。每次只调用一个工具，并在执行前说明下一步动作。`,
      es: `Agente de operaciones marítimas del astillero. Puedes consultar el plano del astillero y mover activos con las herramientas. Lleva el casco ${hull} del Dique Seco 2 al muelle de armamento ${quay}, atracado por babor. La compuerta del dique solo abre dentro de 1 h de la pleamar, el canal de la dársena admite un casco a la vez y cada movimiento necesita dos remolcadores asignados. Llama a una herramienta cada vez y explica el siguiente movimiento antes de hacerlo.`,
    });
    const messages: ChatMessage[] = [sys(s), user(t(lang, { en: 'Start when ready.', zh: '准备好就开始。', es: 'Empieza cuando estés listo.' }))];
    exchange(rng, messages, 'get_tide_table', { date: 'today' }, { high_water: [`0${rng.int(4, 9)}:${pad(rng.int(0, 59))}`, `${rng.int(16, 21)}:${pad(rng.int(0, 59))}`], now: `${pad(rng.int(6, 14))}:${pad(rng.int(0, 59))}` });
    exchange(rng, messages, 'get_berth_status', { berth: quay }, { occupied_by: rng.pick([null, 'H2077 (departing 15:00)']), fenders: 'ok', crane_boom_parked: rng.chance(0.7) });
    if (rng.chance(0.7)) {
      exchange(rng, messages, 'get_tug_roster', { window_h: 12 }, [{ tug: 'Bolder', free_from: '11:00' }, { tug: 'Kaap', free_from: `${rng.int(9, 16)}:00` }, { tug: 'Stevin', free_from: 'busy' }]);
      messages.push(say(t(lang, { en: 'Two tugs are free by early afternoon. Next I will check the basin channel.', zh: '下午早些时候有两条拖轮空闲。接下来检查港池航道。', es: 'Dos remolcadores quedan libres a primera hora de la tarde. Ahora reviso el canal de la dársena.' })));
      exchange(rng, messages, 'get_channel_schedule', { channel: 'basin' }, { reserved: [{ hull: 'H2077', from: '15:00', to: '15:40' }] });
    }
    return {
      lang, messages,
      tools: [
        tool('get_tide_table', 'High and low water times', { date: str }),
        tool('get_berth_status', 'Occupancy and readiness of a quay', { berth: str }),
        tool('get_tug_roster', 'Tug availability', { window_h: int }),
        tool('get_channel_schedule', 'Reservations in a yard channel', { channel: str }),
        tool('move_hull', 'Order a hull movement between two yard locations', { hull: str, from: str, to: str, start: str, tugs: list(str) }),
      ],
      tool_choice: 'auto',
    };
  },
};

const gbValveIsolation: Family = {
  id: 'xc-gb-water-main-isolation',
  label: 'goal_based',
  difficulty: 'hard',
  secondary: 'model_based_reflex',
  rationale: 'The agent walks the valve network with lookup tools to find a set of closures that isolates one burst pipe segment while keeping a named customer supplied.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'pt', 'en'], i);
    const pipe = `P-${rng.int(100, 999)}`;
    const crit = rng.pick(['St. Mary hospital', 'dialysis centre on Harbour Rd', 'Northgate care home']);
    const s = t(lang, {
      en: `Distribution network assistant. A ${rng.pick([200, 300, 450])} mm main (${pipe}) has burst. Find the valves to close so that ${pipe} is isolated for repair while the ${crit} stays on supply through another path. Walk the network with the tools; a valve marked "inoperable" cannot be used. Give the closure sequence when you have it.`,
      de: `Assistent für das Verteilnetz. Eine Hauptleitung DN${rng.pick([200, 300, 450])} (${pipe}) ist gebrochen. Finde die Schieber, die geschlossen werden müssen, damit ${pipe} für die Reparatur abgesperrt ist, während ${crit} über einen anderen Weg versorgt bleibt. Gehe das Netz mit den Werkzeugen ab; ein als "inoperable" markierter Schieber ist nicht nutzbar. Gib die Schließreihenfolge an, sobald du sie hast.`,
      pt: `Assistente da rede de distribuição. Uma adutora de ${rng.pick([200, 300, 450])} mm (${pipe}) rompeu. Encontre os registros a fechar para isolar ${pipe} para reparo mantendo ${crit} abastecido por outro caminho. Percorra a rede com as ferramentas; registro marcado "inoperable" não pode ser usado. Dê a sequência de fechamento quando a tiver.`,
    });
    const messages: ChatMessage[] = [sys(s)];
    const v = () => `V${rng.int(1000, 9999)}`;
    const [a, b, c, d] = [v(), v(), v(), v()];
    exchange(rng, messages, 'get_adjacent_valves', { pipe_id: pipe }, { upstream: [a], downstream: [b, c] });
    exchange(rng, messages, 'get_valve', { valve_id: a }, { id: a, status: 'open', condition: rng.pick(['ok', 'inoperable']), turns_to_close: rng.int(20, 60) });
    if (rng.chance(0.7)) exchange(rng, messages, 'get_adjacent_valves', { valve_id: a }, { upstream: [d], feeds: [`P-${rng.int(100, 999)}`] });
    exchange(rng, messages, 'trace_supply', { customer: crit, closed: [a, b] }, { supplied: rng.chance(0.5), path: rng.chance(0.5) ? [`P-${rng.int(100, 999)}`, c] : [] });
    return {
      lang, messages,
      tools: [
        tool('get_adjacent_valves', 'Valves bounding a pipe or next to a valve', { pipe_id: str, valve_id: str }, []),
        tool('get_valve', 'Valve attributes and condition', { valve_id: str }),
        tool('trace_supply', 'Whether a customer is still supplied with a set of valves closed', { customer: str, closed: list(str) }),
      ],
    };
  },
};

const gbProcessSheet: Family = {
  id: 'xc-gb-shaft-operation-sequence',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The machinist needs an ordered operation sequence that turns bar stock into the drawn part, with ordering constraints between setups and heat treatment.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'fr', 'de'], i);
    const mat = rng.pick(['42CrMo4', '4140 pre-hard', '17-4PH', 'C45']);
    const len = rng.int(180, 620);
    const feats = rng.sample(['2x bearing seats h6, Ra 0.4', 'keyway 10N9 x 60', 'M24x1.5 thread', 'cross hole 8H7', 'spline DIN 5480 W30x2', 'centre holes both ends', 'induction hardened journal 50-55 HRC'], rng.int(4, 6));
    const q = t(lang, {
      en: `Job in from a pump OEM: drive shaft, ${mat}, overall length ${len} mm, from Ø${rng.int(50, 90)} bar. Features: ${feats.join('; ')}. Machines available: band saw, CNC lathe with tailstock, 3-axis VMC, cylindrical grinder, induction hardening (outsourced, 3-day turnaround). Give me the routing: operations in order, which machine, what must come before what, and where the inspection points go.`,
      fr: `Commande d'un fabricant de pompes : arbre d'entraînement, ${mat}, longueur totale ${len} mm, dans une barre de Ø${rng.int(50, 90)}. Caractéristiques : ${feats.join(' ; ')}. Machines : scie à ruban, tour CN avec contre-pointe, centre d'usinage 3 axes, rectifieuse cylindrique, trempe par induction (sous-traitée, 3 jours). Donnez-moi la gamme : opérations dans l'ordre, sur quelle machine, ce qui doit précéder quoi et où placer les contrôles.`,
      de: `Auftrag von einem Pumpenhersteller: Antriebswelle, ${mat}, Gesamtlänge ${len} mm, aus Stangenmaterial Ø${rng.int(50, 90)}. Merkmale: ${feats.join('; ')}. Maschinen: Bandsäge, CNC-Drehmaschine mit Reitstock, 3-Achs-BAZ, Rundschleifmaschine, Induktionshärten (extern, 3 Tage). Gib mir den Arbeitsgang-Ablauf: Arbeitsgänge in Reihenfolge, welche Maschine, was vor was kommen muss und wo die Prüfpunkte liegen.`,
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('You are a senior manufacturing engineer in a jobbing machine shop. Be concrete and terse.'));
    messages.push(user(q));
    return {
      lang, messages,
      response_format: rng.chance(0.5) ? jsonSchema('routing', { operations: list(obj({ seq: int, machine: str, description: str, after: list(int) })), inspection_after: list(int) }) : undefined,
    };
  },
};

// ---------------------------------------------------------------- utility_based

const ubCurtail: Family = {
  id: 'xc-ub-wind-curtailment-split',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'A required output reduction must be spread over turbines whose fatigue, wake and contract costs differ, so the answer is the cheapest allocation.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'es', 'en', 'ja'], i);
    const mw = rng.int(12, 45);
    const wtgs = Array.from({ length: rng.int(6, 9) }, (_, k) => ({
      wtg: `T${pad(k + 1)}`, p_now_mw: (rng.int(28, 42) / 10), fatigue_index: (rng.int(40, 120) / 100), wake_upstream_of: rng.chance(0.4) ? [`T${pad(rng.int(1, 9))}`] : [], ppa_eur_mwh: rng.pick([0, 54, 61, 72]), min_derate_mw: 0.5,
    }));
    const s = t(lang, {
      en: 'Dispatch desk assistant for a wind portfolio. When the TSO orders a curtailment, split it across turbines. Costs: lost PPA revenue per MWh (merchant turbines at 0 cost the spot price, assume 38 EUR/MWh), wear (turbines with fatigue_index above 1 should be derated first, each 0.1 above 1 is worth 4 EUR/MWh), and wake effects (derating an upstream turbine recovers ~8% of its reduction at the listed downstream turbine). Return setpoints that meet the order at the lowest total cost.',
      es: 'Asistente de la mesa de despacho de una cartera eólica. Cuando el operador del sistema ordena un recorte, repártelo entre los aerogeneradores. Costes: ingreso PPA perdido por MWh (los que tienen 0 venden a precio spot, supón 38 EUR/MWh), desgaste (las máquinas con fatigue_index mayor que 1 deben reducirse primero; cada 0,1 por encima de 1 vale 4 EUR/MWh) y estelas (reducir una máquina aguas arriba recupera ~8% de su reducción en la máquina aguas abajo indicada). Devuelve consignas que cumplan la orden con el menor coste total.',
      ja: '風力ポートフォリオの給電デスク支援です。系統運用者から出力抑制の指令が来たら、各風車に配分してください。コスト：失われるPPA収入（PPAが0の風車はスポット価格、38 EUR/MWhと仮定）、疲労（fatigue_index が1を超える風車を優先的に抑制、1を超える0.1ごとに 4 EUR/MWh 相当）、後流（上流の風車を抑制すると、その抑制量の約8%が記載の下流風車で回復）。指令を満たし総コストが最小となる設定値を返してください。',
    });
    return {
      lang,
      messages: [sys(s), user(`${t(lang, { en: `Order: -${mw} MW for the next 2 h.`, es: `Orden: -${mw} MW durante las próximas 2 h.`, ja: `指令：今後2時間 -${mw} MW。` })}\n${JSON.stringify(wtgs)}`)],
      response_format: jsonSchema('curtailment', { setpoints: list(obj({ wtg: str, p_set_mw: num })), total_cost_eur: num }),
    };
  },
};

const ubBlastDesign: Family = {
  id: 'xc-ub-bench-blast-pattern',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Burden, spacing and charge are chosen to trade crusher throughput against explosive cost and a vibration limit at a nearby village.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'en', 'zh'], i);
    const dist = rng.int(600, 1800);
    const ppv = rng.pick([5, 8, 10]);
    const q = t(lang, {
      en: `Bench ${rng.int(3, 12)} in the granite quarry: 12 m bench, 102 mm holes. Candidate patterns from the drill & blast spreadsheet are below. Nearest house is ${dist} m away, consent limit ${ppv} mm/s PPV at 95% confidence. Crusher likes P80 under 350 mm; every extra 50 mm of P80 costs us about 3% throughput, and secondary breaking is $4.10/t. Which pattern and max charge per delay would you go with?`,
      pt: `Bancada ${rng.int(3, 12)} na pedreira de granito: bancada de 12 m, furos de 102 mm. Os padrões candidatos da planilha de perfuração e desmonte estão abaixo. A casa mais próxima fica a ${dist} m, limite de licença ${ppv} mm/s PPV com 95% de confiança. O britador prefere P80 abaixo de 350 mm; cada 50 mm a mais de P80 custa cerca de 3% de produção, e o desmonte secundário custa US$ 4,10/t. Qual padrão e qual carga máxima por espera você escolheria?`,
      zh: `花岗岩采石场第 ${rng.int(3, 12)} 台阶：台阶高 12 m，孔径 102 mm。下面是钻爆表里的候选孔网参数。最近的民房距离 ${dist} m，许可限值为 95% 置信度下 ${ppv} mm/s PPV。破碎机希望 P80 小于 350 mm；P80 每多 50 mm 约损失 3% 产量，二次破碎成本为每吨 4.10 美元。你会选哪个孔网参数，单段最大药量取多少？`,
    });
    const rows = ['pattern,burden_m,spacing_m,powder_factor_kg_m3,pred_P80_mm,cost_usd_t,charge_per_hole_kg'];
    for (let k = 0; k < rng.int(3, 5); k++) {
      const b = (rng.int(26, 40) / 10);
      rows.push(`${String.fromCharCode(65 + k)},${b.toFixed(1)},${(b * 1.15).toFixed(1)},${(rng.int(38, 70) / 100).toFixed(2)},${rng.int(240, 480)},${(rng.int(52, 95) / 100).toFixed(2)},${rng.int(55, 95)}`);
    }
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('Site vibration law from last monitoring campaign: PPV = 1140 * (D / sqrt(Q))^-1.6 (mm/s, D in m, Q kg per delay, 95% line).'));
    messages.push(user(`${q}\n\n${rows.join('\n')}`));
    return { lang, messages, max_tokens: rng.pick([700, 1000, undefined]) };
  },
};

const ubSolarCleaning: Family = {
  id: 'xc-ub-solar-wash-rota',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'With limited water bowser trips and crew hours, the agent chooses which array blocks to wash for the largest recovered energy value per cost.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'fr'], i);
    const blocks = Array.from({ length: rng.int(8, 12) }, (_, k) => ({ block: `B${pad(k + 1)}`, mwp: rng.pick([4.2, 5.6, 6.1]), soiling_loss_pct: rng.int(2, 11), last_wash_days: rng.int(12, 90), water_m3: rng.int(14, 26), crew_h: rng.int(5, 10) }));
    const s = t(lang, {
      en: 'Site manager assistant at a desert PV farm. Use get_tariff and get_forecast when needed, then call set_wash_rota once with the blocks to wash this week and the day for each.',
      de: 'Assistent des Standortleiters einer PV-Freiflächenanlage in der Wüste. Nutze bei Bedarf get_tariff und get_forecast und rufe dann einmal set_wash_rota mit den Blöcken auf, die diese Woche gereinigt werden, samt Tag für jeden.',
      fr: 'Assistant du responsable de site d\'une centrale photovoltaïque dans le désert. Utilisez get_tariff et get_forecast si besoin, puis appelez set_wash_rota une seule fois avec les blocs à laver cette semaine et le jour pour chacun.',
    });
    const messages: ChatMessage[] = [sys(s), user(`${t(lang, {
      en: `This week: ${rng.int(90, 160)} m3 of water, ${rng.int(28, 45)} crew-hours, bowser costs $${rng.int(4, 9)}/m3 delivered. Blocks:`,
      de: `Diese Woche: ${rng.int(90, 160)} m3 Wasser, ${rng.int(28, 45)} Teamstunden, Tankwagen kostet ${rng.int(4, 9)} $/m3 geliefert. Blöcke:`,
      fr: `Cette semaine : ${rng.int(90, 160)} m3 d'eau, ${rng.int(28, 45)} heures d'équipe, camion-citerne à ${rng.int(4, 9)} $/m3 livré. Blocs :`,
    })}\n${blocks.map((b) => Object.values(b).join(' | ')).join('\n')}`)];
    exchange(rng, messages, 'get_tariff', { days: 7 }, { ppa_usd_mwh: rng.int(28, 45), curtailment_expected_h: rng.int(0, 14) });
    if (rng.chance(0.5)) exchange(rng, messages, 'get_forecast', { days: 7 }, { dust_event: rng.pick(['none', 'day 5 moderate', 'day 3 strong']), poa_kwh_m2_day: rng.int(62, 78) / 10 });
    return {
      lang, messages,
      tools: [
        tool('get_tariff', 'Energy price and expected curtailment', { days: int }),
        tool('get_forecast', 'Irradiance and dust forecast', { days: int }),
        tool('set_wash_rota', 'Publish the wash rota', { assignments: list(obj({ block: str, day: oneOf('mon', 'tue', 'wed', 'thu', 'fri', 'sat') })) }),
      ],
    };
  },
};

const ubCutting: Family = {
  id: 'xc-ub-turning-cut-data',
  label: 'utility_based',
  difficulty: 'medium',
  secondary: 'learning',
  rationale: 'Cutting speed and feed are picked to balance cycle time against insert life and finish, a parameter choice under cost trade-offs.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'ja', 'en', 'es'], i);
    const batch = rng.int(40, 600);
    const q = t(lang, {
      en: `Batch of ${batch} flanges in duplex 2205, OD roughing then finishing. Shop rate $${rng.int(85, 140)}/h, insert $${rng.int(9, 18)} per edge, index time ${rng.int(1, 4)} min. Finish needs Ra <= 1.6. Taylor constants from the insert catalogue: n=0.22, C=${rng.int(260, 340)} for roughing. Suggest vc, f and ap for roughing and finishing that give the lowest cost per part, and show the trade-off briefly.`,
      ja: `二相ステンレス 2205 のフランジ ${batch} 個、外径の荒加工と仕上げ。チャージ ${rng.int(85, 140)} ドル/時、チップ 1 コーナー ${rng.int(9, 18)} ドル、交換時間 ${rng.int(1, 4)} 分。仕上げは Ra 1.6 以下。カタログのテイラー定数は荒加工で n=0.22, C=${rng.int(260, 340)}。1個あたりコストが最小になる荒・仕上げの vc, f, ap を提案し、トレードオフを簡単に示してください。`,
      es: `Lote de ${batch} bridas en dúplex 2205, desbaste y acabado exterior. Tarifa de taller ${rng.int(85, 140)} $/h, plaquita ${rng.int(9, 18)} $ por filo, tiempo de cambio ${rng.int(1, 4)} min. El acabado exige Ra <= 1,6. Constantes de Taylor del catálogo: n=0,22, C=${rng.int(260, 340)} para desbaste. Propón vc, f y ap para desbaste y acabado con el menor coste por pieza y muestra brevemente el compromiso.`,
    });
    const messages: ChatMessage[] = [user(q)];
    if (rng.chance(0.4)) messages.unshift(sys('Machine: 2-axis CNC lathe, 22 kW spindle, max 3500 rpm.'));
    return {
      lang, messages,
      response_format: rng.chance(0.6) ? jsonSchema('cut_data', { roughing: obj({ vc_m_min: num, f_mm_rev: num, ap_mm: num }), finishing: obj({ vc_m_min: num, f_mm_rev: num, ap_mm: num }), cost_per_part_usd: num }) : undefined,
    };
  },
};

const ubFuelRun: Family = {
  id: 'xc-ub-tower-generator-fuel-run',
  label: 'utility_based',
  difficulty: 'hard',
  secondary: 'goal_based',
  rationale: 'Two fuel trucks cannot reach every generator site, so the agent assigns them to the sites where the avoided outage penalty per kilometre is highest.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'zh', 'en'], i);
    const sites = Array.from({ length: rng.int(7, 10) }, () => ({
      site: `${rng.pick(['LG', 'AB', 'KN'])}-${rng.int(100, 999)}`, fuel_l: rng.int(40, 600), burn_l_h: rng.int(3, 7), tenants: rng.int(1, 4), sla_penalty_usd_h: rng.pick([120, 250, 400, 900]), km_from_depot: rng.int(8, 140),
    }));
    const s = t(lang, {
      en: 'Field operations assistant for a tower company. You decide the fuel truck runs for the next 24 h. Each truck carries 4,000 L, can do at most 320 km and 5 drops per day. Use the tools to read site data and road closures, then submit the runs.',
      fr: 'Assistant des opérations terrain d\'une société de pylônes. Vous décidez des tournées des camions-citernes pour les prochaines 24 h. Chaque camion transporte 4 000 L, peut faire au plus 320 km et 5 livraisons par jour. Lisez les données des sites et les fermetures de routes avec les outils, puis soumettez les tournées.',
      zh: '你是铁塔公司的现场运维助手，负责安排未来 24 小时的加油车路线。每辆车载油 4000 升，每天最多行驶 320 公里、送 5 个站点。先用工具读取站点数据和道路封闭情况，然后提交路线。',
    });
    const messages: ChatMessage[] = [sys(s), user(t(lang, { en: `Two trucks available today (${rng.pick(['FT-1, FT-3', 'FT-2, FT-4'])}).`, fr: 'Deux camions disponibles aujourd\'hui.', zh: '今天有两辆加油车可用。' }))];
    exchange(rng, messages, 'list_generator_sites', { region: 'south', only_on_generator: true }, sites);
    if (rng.chance(0.6)) exchange(rng, messages, 'get_road_closures', { region: 'south' }, [{ road: 'A3 km 40-52', until: 'tomorrow 18:00', detour_km: rng.int(20, 60) }]);
    return {
      lang, messages,
      tools: [
        tool('list_generator_sites', 'Sites currently running on generator with fuel level and SLA', { region: str, only_on_generator: bool }),
        tool('get_road_closures', 'Active road closures', { region: str }),
        tool('submit_fuel_runs', 'Submit truck runs', { runs: list(obj({ truck: str, stops: list(obj({ site: str, litres: int })) })) }),
      ],
    };
  },
};

const ubTamping: Family = {
  id: 'xc-ub-track-tamping-selection',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Limited machine hours must go to the track sections that remove the most speed-restriction cost and defect risk per hour.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'pt'], i);
    const hours = rng.int(14, 30);
    const secs = Array.from({ length: rng.int(6, 9) }, (_, k) => `${k + 1}. ${rng.pick(['Up Main', 'Down Main', 'Up Relief'])} ${rng.int(10, 90)}m ${pad(rng.int(0, 1759), 4)}yd - ${rng.int(200, 1400)} yd, SD top ${(rng.int(18, 52) / 10).toFixed(1)} mm, TSR ${rng.pick(['none', '50 mph', '30 mph'])}, tamper hours ${rng.int(2, 8)}, delay cost/wk £${rng.int(0, 42)}k`);
    const q = t(lang, {
      en: `We have ${hours} tamper hours in the next four weekend possessions. Which of these sections do we take, and in what order of priority? Anything with SD above 4.0 mm that we leave has a ${rng.int(5, 15)}% chance per week of needing an emergency TSR.`,
      de: `Wir haben ${hours} Stopfmaschinenstunden in den nächsten vier Wochenendsperrungen. Welche dieser Abschnitte nehmen wir, und in welcher Rangfolge? Alles mit SD über 4,0 mm, das wir liegen lassen, braucht mit ${rng.int(5, 15)}% Wahrscheinlichkeit pro Woche eine Notlangsamfahrstelle.`,
      pt: `Temos ${hours} horas de socadora nas próximas quatro interdições de fim de semana. Quais destes trechos pegamos e em que ordem de prioridade? Qualquer trecho com SD acima de 4,0 mm que deixarmos tem ${rng.int(5, 15)}% de chance por semana de precisar de uma restrição de velocidade de emergência.`,
    });
    return { lang, messages: [user(`${q}\n\n${secs.join('\n')}`)], max_tokens: rng.pick([600, 900]) };
  },
};

// ---------------------------------------------------------------- learning

const lrDrillBit: Family = {
  id: 'xc-lr-drill-bit-history',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Past hole records with bit choices and outcomes are supplied so the assistant generalises them to pick a bit for a new hole.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'es', 'en', 'de'], i);
    const bits = ['button 89 mm spherical', 'button 89 mm ballistic', 'retrac 89 mm', 'drop-center 89 mm'];
    const rocks = ['fresh basalt', 'weathered basalt', 'massive sulphide', 'fractured andesite', 'clay-altered tuff'];
    const past = Array.from({ length: rng.int(5, 8) }, (_, k) => {
      const rock = rng.pick(rocks); const bit = rng.pick(bits);
      return `#${200 + k} | ${rock} | UCS ${rng.int(40, 220)} MPa | ${bit} | ROP ${(rng.int(6, 28) / 10).toFixed(1)} m/min | ${rng.pick(['ok', 'ok', 'hole deviation 4 deg', 'bit stuck, retrieved', 'button loss after 180 m', 'ok, regrind at 300 m'])}`;
    });
    const s = t(lang, {
      en: 'Drill & blast assistant for a top-hammer rig fleet. Below are recent hole records from this pit with what was used and how it went. Base your answer on what these records show for similar ground, not on the catalogue.',
      es: 'Asistente de perforación y voladura para una flota de equipos de martillo en cabeza. Abajo están los registros recientes de pozos de este tajo con lo que se usó y cómo resultó. Basa tu respuesta en lo que muestran esos registros para terreno similar, no en el catálogo.',
      de: 'Bohr- und Sprengassistent für eine Flotte von Außenhammer-Bohrgeräten. Unten stehen die jüngsten Bohrlochprotokolle aus dieser Grube mit dem eingesetzten Werkzeug und dem Ergebnis. Stütze deine Antwort auf das, was diese Protokolle für ähnliches Gebirge zeigen, nicht auf den Katalog.',
    });
    const newHole = `${rng.pick(rocks)}, UCS ~${rng.int(60, 200)} MPa, ${rng.pick(['with open joints', 'wet', 'dry', 'near old workings'])}, depth ${rng.int(10, 18)} m`;
    return {
      lang,
      messages: [sys(s), user(`${past.join('\n')}\n\n${t(lang, { en: `Next hole: ${newHole}. Which bit?`, es: `Próximo pozo: ${newHole}. ¿Qué broca?`, de: `Nächstes Loch: ${newHole}. Welche Krone?` })}`)],
      response_format: jsonSchema('bit_choice', { bit: oneOf(...bits), based_on_holes: list(str), confidence: oneOf('low', 'medium', 'high') }),
    };
  },
};

const lrTurbineCases: Family = {
  id: 'xc-lr-turbine-fault-casebook',
  label: 'learning',
  difficulty: 'hard',
  rationale: 'Retrieved past fault cases with the fixes that did and did not work are used to decide what the technician should try first on a new occurrence.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'en', 'fr'], i);
    const code = rng.pick(['E-3120', 'E-2208', 'E-4410', 'W-5402']);
    const s = t(lang, {
      en: 'Technician copilot for an onshore wind fleet. Retrieved cases from the fleet casebook are given as tool results. Cases record what was tried and whether the fault came back within 30 days. Recommend the first corrective action for the new case and say which past cases you are relying on.',
      ja: '陸上風力発電所の技術者向けコパイロットです。フリートの事例集から検索された過去事例がツール結果として渡されます。各事例には、何を試したか、30日以内に故障が再発したかが記録されています。新しい事例に対して最初に行うべき是正措置を勧め、どの過去事例に基づいているかを示してください。',
      fr: 'Copilote des techniciens d\'un parc éolien terrestre. Les cas retrouvés dans le recueil de la flotte sont fournis comme résultats d\'outil. Chaque cas indique ce qui a été tenté et si le défaut est revenu sous 30 jours. Recommandez la première action corrective pour le nouveau cas et dites sur quels cas passés vous vous appuyez.',
    });
    const messages: ChatMessage[] = [sys(s), user(`${code} on WTG-${pad(rng.int(1, 64))}, ${rng.int(2, 5)} occurrences in last week, ambient ${rng.int(-8, 34)} C.`)];
    const cases = Array.from({ length: rng.int(3, 6) }, () => ({
      case_id: `CB-${rng.int(1000, 4999)}`, code, turbine_type: rng.pick(['V112', 'V117', 'SG 3.4']), action: rng.pick(['reset and observe', 'replaced cooling fan', 'cleaned slip ring', 'firmware 4.2.7 update', 'replaced temperature sensor', 'retorqued terminal block']), recurred_30d: rng.chance(0.45), tech_note: rng.pick(['fan looked fine but bearing noisy', 'sensor read 12 C high vs handheld', 'came back after cold night', 'no recurrence since']),
    }));
    exchange(rng, messages, 'search_casebook', { code, top_k: cases.length }, cases);
    return {
      lang, messages,
      tools: [tool('search_casebook', 'Similar past cases from the fleet casebook', { code: str, top_k: int }),
        tool('create_work_order', 'Open a work order', { turbine: str, action: str, priority: oneOf('p1', 'p2', 'p3') })],
    };
  },
};

const lrFilterRuns: Family = {
  id: 'xc-lr-filter-run-outcomes',
  label: 'learning',
  difficulty: 'hard',
  secondary: 'model_based_reflex',
  rationale: 'Earlier filter runs with their breakthrough outcomes and operator corrections are carried in the conversation and must be generalised to set the run length for new raw-water conditions.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'zh'], i);
    const runs = Array.from({ length: rng.int(4, 7) }, (_, k) => ({ run: k + 1, raw_ntu: rng.int(3, 60), temp_c: rng.int(4, 24), set_run_h: rng.pick([36, 48, 60, 72]), outcome: rng.pick(['clean end', 'turbidity breakthrough at h41', 'headloss limit at h52', 'clean end, media looked dirty', 'breakthrough at h30']) }));
    const messages: ChatMessage[] = [sys(t(lang, {
      en: 'You set the planned run length for the dual-media filters at a surface-water works. Previous runs and what happened are in this conversation, including where the operator overrode you. Do better than last time.',
      pt: 'Você define a duração prevista da carreira dos filtros de dupla camada numa estação de tratamento de água superficial. As carreiras anteriores e o que aconteceu estão nesta conversa, inclusive quando o operador corrigiu você. Faça melhor que da última vez.',
      zh: '你负责为一座地表水厂的双层滤料滤池设定计划运行时长。之前的运行及结果都在本对话中，包括操作员推翻你设定的情况。这次要比上次做得更好。',
    }))];
    for (const r of runs.slice(0, 2)) {
      messages.push(user(`raw ${r.raw_ntu} NTU, ${r.temp_c} C`), say(`${r.set_run_h} h`), user(`${t(lang, { en: 'result', pt: 'resultado', zh: '结果' })}: ${r.outcome}${rng.chance(0.5) ? t(lang, { en: ' - operator: too long for cold water', pt: ' - operador: longo demais para água fria', zh: ' - 操作员：低温水时设定太长' }) : ''}`), say(t(lang, { en: 'Noted.', pt: 'Anotado.', zh: '已记录。' })));
    }
    messages.push(user(`${t(lang, { en: 'Older runs from the log:', pt: 'Carreiras mais antigas do registro:', zh: '日志中的更早运行记录：' })}\n${runs.slice(2).map((r) => JSON.stringify(r)).join('\n')}\n\n${t(lang, { en: `Now: raw ${rng.int(5, 55)} NTU, ${rng.int(3, 22)} C, coagulant unchanged. Run length?`, pt: `Agora: bruta ${rng.int(5, 55)} NTU, ${rng.int(3, 22)} C, coagulante igual. Duração da carreira?`, zh: `现在：原水 ${rng.int(5, 55)} NTU，${rng.int(3, 22)} ℃，混凝剂不变。运行时长设多少？` })}`));
    return { lang, messages, max_tokens: rng.pick([150, 250, undefined]) };
  },
};

const lrWeldTrials: Family = {
  id: 'xc-lr-weld-procedure-trials',
  label: 'learning',
  difficulty: 'medium',
  secondary: 'utility_based',
  rationale: 'Trial coupons with parameters, test results and the welding engineer\'s remarks are few-shot evidence for choosing parameters on a new joint.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'ja', 'en'], i);
    const trials = Array.from({ length: rng.int(4, 6) }, (_, k) => `T${k + 1}: ${rng.int(180, 290)} A, ${rng.int(24, 31)} V, ${rng.int(25, 55)} cm/min, preheat ${rng.pick([20, 75, 100, 125])} C -> ${rng.pick(['bend pass, CVN 62 J', 'porosity in RT', 'lack of sidewall fusion', 'pass, slight undercut', 'CVN 28 J at -40 C (fail)', 'pass, hardness 248 HV10'])}${rng.chance(0.4) ? ` | engineer: "${rng.pick(['heat input too low for this thickness', 'travel too fast on vertical', 'good, repeatable', 'gas flow was off that day, ignore'])}"` : ''}`);
    const joint = `${rng.pick(['EH36', 'DH36', 'AH32'])} ${rng.pick([16, 20, 25, 30])} mm butt, ${rng.pick(['3G vertical-up', '1G flat', '4G overhead'])}, FCAW E71T-1, CVN 34 J at -40 C required`;
    const s = t(lang, {
      en: 'Welding engineering assistant at a shipyard. Use the trial coupons recorded for this procedure family to propose parameters for the new joint. Explain which trials you draw on.',
      de: 'Assistent der Schweißtechnik in einer Werft. Nutze die für diese Verfahrensfamilie dokumentierten Probestücke, um Parameter für die neue Naht vorzuschlagen. Erkläre, auf welche Proben du dich stützt.',
      ja: '造船所の溶接技術アシスタントです。この施工法ファミリーで記録された試験片の結果を使って、新しい継手の条件を提案してください。どの試験を根拠にしたか説明してください。',
    });
    return {
      lang,
      messages: [sys(s), user(`${t(lang, { en: 'Coupons so far', de: 'Bisherige Probestücke', ja: 'これまでの試験片' })}:\n${trials.join('\n')}\n\n${t(lang, { en: 'New joint', de: 'Neue Naht', ja: '新しい継手' })}: ${joint}`)],
      response_format: rng.chance(0.5) ? jsonSchema('wps_proposal', { amps: int, volts: num, travel_cm_min: num, preheat_c: int, trials_used: list(str) }) : undefined,
    };
  },
};

const lrAntennaVisits: Family = {
  id: 'xc-lr-tower-visit-recall',
  label: 'learning',
  difficulty: 'hard',
  rationale: 'Notes recalled from previous technician visits, with what fixed or failed to fix each issue, are applied to choose the first check on a new visit.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'en', 'pt'], i);
    const site = `TWR-${rng.int(100, 999)}`;
    const s = t(lang, {
      en: 'Field technician assistant. Before each visit, call recall_site_notes to pull notes from earlier visits to this and similar sites. Tell the tech what to check first on this visit and why, based on what worked or did not work before. Keep it under 120 words.',
      es: 'Asistente de técnicos de campo. Antes de cada visita, llama a recall_site_notes para traer notas de visitas anteriores a este sitio y a sitios parecidos. Dile al técnico qué revisar primero en esta visita y por qué, según lo que funcionó o no antes. Menos de 120 palabras.',
      pt: 'Assistente de técnicos de campo. Antes de cada visita, chame recall_site_notes para trazer notas de visitas anteriores a este site e a sites parecidos. Diga ao técnico o que verificar primeiro nesta visita e por quê, com base no que funcionou ou não antes. Menos de 120 palavras.',
    });
    const issue = rng.pick(['sector 2 KPI drop, RSSI imbalance 6 dB between branches', 'microwave link flapping at night', 'VSWR alarm sector 1 after storm', 'intermittent RRU reset']);
    const messages: ChatMessage[] = [sys(s), user(`${site}: ${issue}`)];
    const notes = Array.from({ length: rng.int(3, 5) }, () => ({
      site: rng.chance(0.5) ? site : `TWR-${rng.int(100, 999)}`, date: `202${rng.int(4, 6)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
      note: rng.pick(['replaced jumper, alarm back in 2 weeks - real cause was water in connector at RRU', 'retightened mount bracket, azimuth had drifted 9 deg, fixed', 'swapped RRU, no change; turned out to be fibre SFP dirty', 'realigned dish 0.5 deg, flapping stopped', 'reset only, recurred', 'sealed connectors with tape+mastic, no recurrence in 6 months']),
    }));
    exchange(rng, messages, 'recall_site_notes', { site, issue_keywords: issue.split(' ').slice(0, 3) }, notes);
    return {
      lang, messages,
      tools: [tool('recall_site_notes', 'Notes from earlier visits to this and similar sites', { site: str, issue_keywords: list(str) })],
      max_tokens: 220,
    };
  },
};

const lrUtCalls: Family = {
  id: 'xc-lr-rail-ut-dig-outcomes',
  label: 'learning',
  difficulty: 'hard',
  secondary: 'simple_reflex',
  rationale: 'Past ultrasonic indications are listed with what was found when the rail was cut or checked, and the assistant must carry that record over to decide on a new indication.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'fr', 'zh'], i);
    const hist = Array.from({ length: rng.int(5, 8) }, () => {
      const amp = rng.int(30, 95); const depth = rng.int(4, 30);
      return `${rng.pick(['70F', '70B', '37', '0'])} probe, amp ${amp}% FSH, depth ${depth} mm, ${rng.pick(['near weld', 'plain rail', 'curve high leg'])} -> verified: ${rng.pick(['true transverse defect', 'false call (weld geometry)', 'false call (surface contamination)', 'true head check cluster', 'lamination, not critical'])}`;
    });
    const s = t(lang, {
      en: 'You help the UT review desk decide which indications are sent for verification (hand test or rail cut). The desk has been sending too many false calls. Past indications on this route and what verification found are listed; use them.',
      fr: 'Vous aidez le bureau de revue ultrasons à décider quelles indications partent en vérification (contrôle manuel ou coupe de rail). Le bureau envoie trop de fausses alertes. Les indications passées sur cet itinéraire et le résultat de la vérification sont listés ; servez-vous-en.',
      zh: '你帮助超声波复核台决定哪些伤损信号需要送去复核（手工探伤或切轨）。复核台一直送检太多误报。下面列出了本线路过去的信号及复核结果，请利用这些记录。',
    });
    const newInd = `${rng.pick(['70F', '37', '0'])} probe, amp ${rng.int(35, 90)}% FSH, depth ${rng.int(4, 30)} mm, ${rng.pick(['near weld', 'plain rail', 'curve high leg'])}`;
    return {
      lang,
      messages: [sys(s), user(`${hist.join('\n')}\n\nNEW: ${newInd}`)],
      response_format: jsonSchema('ut_decision', { send_for_verification: bool, similar_past: list(int), note: str }),
      max_tokens: 120,
    };
  },
};

// ---------------------------------------------------------------- non-agentic

const naMonitoringSummary: Family = {
  id: 'xc-na-mine-monitoring-summary',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'A one-shot summary of a quarterly environmental monitoring report; plain text work, closest to a single-turn reflex response.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en', 'es'], i);
    const report = `Quarterly Environmental Monitoring Report - Q${rng.int(1, 4)} 2026\nSite: ${rng.pick(['Kestrel Ridge Copper', 'Mina San Aurelio', 'Borehill Lithium'])}\n\n1. Dust deposition: ${rng.int(2, 6)} of 9 gauges exceeded 4 g/m2/month in ${rng.pick(['July', 'August', 'September'])}, attributed to haul road grading during dry period. Water cart frequency increased from week 32.\n2. Groundwater: bore MB-${rng.int(3, 12)} sulphate ${rng.int(380, 1400)} mg/L (trigger 1000 mg/L). Trend stable over 6 quarters.\n3. Surface water: discharge point SW-2 pH ${(rng.int(62, 84) / 10).toFixed(1)}, TSS ${rng.int(12, 90)} mg/L (licence 50 mg/L).\n4. Noise: night-time LAeq at Receptor R3 ${rng.int(33, 42)} dB(A) vs 40 dB(A) limit; one complaint logged.\n5. Blast vibration: ${rng.int(14, 30)} blasts, max PPV ${(rng.int(18, 92) / 10).toFixed(1)} mm/s.\n6. Rehabilitation: ${rng.int(3, 18)} ha seeded on waste dump west face; germination survey pending.`;
    const ask = t(lang, {
      en: rng.pick(['Summarise this for the community liaison newsletter, 5 bullet points, plain language.', 'TL;DR for the GM please - what exceeded and what are we doing about it?']),
      de: 'Fass das bitte für den Geschäftsführer in fünf Stichpunkten auf Deutsch zusammen.',
      es: 'Resume esto en español en cinco viñetas para el boletín de la comunidad, en lenguaje sencillo.',
    });
    return { lang, messages: [user(`${ask}\n\n${report}`)], max_tokens: rng.pick([300, 400, undefined]) };
  },
};

const naGridForming: Family = {
  id: 'xc-na-inverter-grid-forming-chat',
  label: 'simple_reflex',
  agentic: false,
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'A graduate engineer asks conceptual questions about inverter behaviour in an ordinary chat; explanation only, closest to a direct reflex answer though the chat carries prior turns.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'fr'], i);
    const q1 = t(lang, {
      en: 'What is the actual difference between grid-following and grid-forming inverters? Our solar park uses grid-following ones.',
      ja: 'グリッドフォローイング型とグリッドフォーミング型のインバータの本当の違いは何ですか？うちの太陽光発電所はグリッドフォローイング型です。',
      fr: 'Quelle est la vraie différence entre les onduleurs suiveurs de réseau et formeurs de réseau ? Notre parc solaire utilise des onduleurs suiveurs.',
    });
    const a1 = t(lang, {
      en: 'A grid-following inverter measures the grid voltage with a PLL and injects current in sync with it, so it needs a stiff grid to lock onto. A grid-forming inverter regulates its own voltage magnitude and frequency, behaving like a voltage source behind an impedance, so it can hold up a weak grid or even an island.',
      ja: 'グリッドフォローイング型はPLLで系統電圧を測り、それに同期して電流を注入するので、同期できる強い系統が必要です。グリッドフォーミング型は自ら電圧の大きさと周波数を制御し、インピーダンスの背後にある電圧源のように振る舞うため、弱い系統や単独運転も支えられます。',
      fr: 'Un onduleur suiveur mesure la tension du réseau avec une PLL et injecte un courant synchronisé ; il lui faut un réseau fort pour se caler. Un onduleur formeur régule lui-même l\'amplitude et la fréquence de sa tension, comme une source de tension derrière une impédance, et peut donc soutenir un réseau faible, voire un îlot.',
    });
    const follow = t(lang, {
      en: rng.pick(['So why did ours trip during the SCR 1.8 event last year - is that the PLL thing?', 'Can you explain what short-circuit ratio means in that context, with a simple example?']),
      ja: 'では、短絡比が低いとなぜフォローイング型は不安定になるのですか？簡単な例で説明してください。',
      fr: 'Alors pourquoi un faible rapport de court-circuit rend-il les onduleurs suiveurs instables ? Avec un exemple simple, s\'il vous plaît.',
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('You are a patient power-systems mentor.'));
    messages.push(user(q1), say(a1), user(follow));
    return { lang, messages, temperature: 0.7 };
  },
};

const naWorkInstruction: Family = {
  id: 'xc-na-antenna-swap-work-instruction',
  label: 'goal_based',
  agentic: false,
  secondary: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Writing help for a step-by-step work instruction document; not an agent, but the text it produces is an ordered procedure toward a finished job, closest to goal_based.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'pt', 'de'], i);
    const h = rng.int(25, 60);
    const ask = t(lang, {
      en: `Can you tidy up this draft work instruction for swapping a panel antenna at ${h} m on a monopole? Make it numbered, clear, and add the usual rescue and drop-zone notes. Keep our wording where it is correct.`,
      pt: `Pode revisar este rascunho de instrução de trabalho para troca de antena painel a ${h} m num monoposte? Deixe numerado e claro, e acrescente as notas usuais de resgate e zona de queda. Mantenha nosso texto onde estiver correto.`,
      de: `Kannst du diesen Entwurf einer Arbeitsanweisung zum Tausch einer Panelantenne in ${h} m Höhe an einem Monopole überarbeiten? Nummeriert, klar, und ergänze die üblichen Hinweise zu Rettung und Absperrbereich. Behalte unsere Formulierungen, wo sie korrekt sind.`,
    });
    const draft = `- climbers check harness, twin lanyard, fall arrest on rail\n- isolate RRU power at DC breaker ${rng.int(1, 6)}, lock out\n- rig gin pole, tagline on old antenna\n- remove jumpers, cap connectors\n- lower old antenna, raise new one\n${rng.chance(0.5) ? '- set mechanical tilt to ' + rng.int(0, 8) + ' deg, azimuth ' + rng.int(0, 359) + ' deg\n' : ''}- reconnect, weatherproof, sweep VSWR\n- call NOC to unlock cells`;
    return { lang, messages: [user(`${ask}\n\n${draft}`)], max_tokens: rng.pick([900, 1200, undefined]) };
  },
};

export const lateC: Family[] = [
  srConveyor, srTurbineAlarm, srWeldVisual, srTowerAlarm, srTurbidity, srRailDefect,
  mbHaulFleet, mbInverterLogs, mbClarifier, mbCncWear, mbTowerOutage, mbBallast,
  gbReentry, gbPitchBearing, gbSiteOnAir, gbUndock, gbValveIsolation, gbProcessSheet,
  ubCurtail, ubBlastDesign, ubSolarCleaning, ubCutting, ubFuelRun, ubTamping,
  lrDrillBit, lrTurbineCases, lrFilterRuns, lrWeldTrials, lrAntennaVisits, lrUtCalls,
  naMonitoringSummary, naGridForming, naWorkInstruction,
];
