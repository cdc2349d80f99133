// Classifier families by author q: science, research and education traffic (lab automation,
// field ecology, data-analysis assistants, tutoring, library and archive work, clinical-trial ops).
import {
  type Draft, type Family, type Lang, type Rng,
  sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msg = Draft['messages'][number];
type Texts = Partial<Record<Lang, string>> & { en: string };
const hhmm = (min: number): string => `${pad(Math.floor(min / 60) % 24)}:${pad(min % 60)}`;
const day = (rng: Rng, year = 2024): string => `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
const round = (x: number, dp = 1): number => Math.round(x * 10 ** dp) / 10 ** dp;

// ───────────────────────────── simple_reflex ─────────────────────────────

const srPlateWell: Family = {
  id: 'wq-sr-plate-well-qc', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: "One well's replicate readings are checked against fixed thresholds and mapped to pass, rerun or flag; no other well and no history matters.",
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja'], i);
    const assay = [
      { key: 'OD600', lo: 0.1, hi: 2.5, min: 0.05, max: 3.1, dp: 3 },
      { key: 'RFU ex485/em528', lo: 500, hi: 60000, min: 200, max: 68000, dp: 0 },
      { key: 'RLU', lo: 1000, hi: 2000000, min: 400, max: 2400000, dp: 0 },
    ][(i + rng.int(0, 2)) % 3]!;
    const mean = assay.min + rng.next() * (assay.max - assay.min);
    const spread = rng.pick([0.02, 0.05, 0.11, 0.3]);
    const reps = Array.from({ length: rng.int(2, 4) }, () => (mean * (1 + (rng.next() * 2 - 1) * spread)).toFixed(assay.dp));
    const blank = (assay.min * (0.2 + rng.next() * 0.6)).toFixed(assay.dp);
    const bubble = rng.chance(0.25);
    const well = `${'ABCDEFGH'[rng.int(0, 7)]}${pad(rng.int(1, 12))}`;
    const plate = `P-${rng.int(100, 999)}`;
    const r = `[${assay.lo}, ${assay.hi}]`;
    const system = t(lang, {
      en: `Plate QC hook (${assay.key}). Input: one well. Subtract the blank from the replicate mean. pass: CV <= 15 % and corrected mean in ${r}. rerun: CV > 15 %. flag: bubble seen or corrected mean outside ${r}; flag beats rerun. JSON only.`,
      de: `Platten-QC (${assay.key}). Eingabe: ein einzelnes Well. Blank vom Mittelwert der Replikate abziehen. pass: VK <= 15 % und korrigierter Mittelwert in ${r}. rerun: VK > 15 %. flag: Luftblase gesehen oder korrigierter Mittelwert außerhalb von ${r}; flag hat Vorrang vor rerun. Nur JSON.`,
      ja: `プレートQC（${assay.key}）。入力は1ウェル分のみ。反復測定の平均からブランクを引くこと。pass：CVが15 %以下で、補正後の平均が${r}の範囲内。rerun：CVが15 %超。flag：気泡がある、または補正後の平均が${r}の範囲外（flagはrerunより優先）。JSONのみで返す。`,
    });
    const line = t(lang, {
      en: `plate ${plate} well ${well} | reps: ${reps.join(', ')} | blank ${blank} | bubble: ${bubble ? 'yes' : 'no'}`,
      de: `Platte ${plate}, Well ${well} | Replikate: ${reps.join('; ')} | Blank ${blank} | Luftblase: ${bubble ? 'ja' : 'nein'}`,
      ja: `プレート ${plate} ウェル ${well}｜反復値：${reps.join('、')}｜ブランク ${blank}｜気泡：${bubble ? 'あり' : 'なし'}`,
    });
    return {
      lang, messages: [sys(system), user(line)], max_tokens: 30, temperature: 0,
      response_format: jsonSchema('well_qc', { well: str, verdict: oneOf('pass', 'rerun', 'flag') }),
    };
  },
};

const aeEvents: Texts[] = [
  { en: 'Grade 3 neutropenia on day 23 of cycle 2; managed as an outpatient with G-CSF; no admission.', fr: 'Neutropénie de grade 3 au jour 23 du cycle 2 ; prise en charge en ambulatoire sous G-CSF ; pas d’hospitalisation.', es: 'Neutropenia de grado 3 el día 23 del ciclo 2; manejada de forma ambulatoria con G-CSF; sin ingreso.' },
  { en: 'Fever of 39.4 °C; admitted overnight to the oncology ward for IV antibiotics; discharged the next morning.', fr: 'Fièvre à 39,4 °C ; hospitalisé une nuit en oncologie pour une antibiothérapie IV ; sorti le lendemain matin.', es: 'Fiebre de 39,4 °C; ingresó una noche en la planta de oncología para antibióticos IV; alta a la mañana siguiente.' },
  { en: 'Anaphylactic reaction 10 minutes into the infusion; BP 70/40; epinephrine given; transferred to ICU.', fr: 'Réaction anaphylactique 10 minutes après le début de la perfusion ; TA 70/40 ; adrénaline administrée ; transfert en réanimation.', es: 'Reacción anafiláctica a los 10 minutos de iniciar la infusión; PA 70/40; se administró adrenalina; traslado a UCI.' },
  { en: 'Grade 1 headache on the evening of dosing; gone within 4 hours after paracetamol.', fr: 'Céphalée de grade 1 le soir de la prise ; disparue en 4 heures sous paracétamol.', es: 'Cefalea de grado 1 la tarde de la dosis; desapareció en 4 horas con paracetamol.' },
  { en: 'Site reports the participant died at home 9 days after the last dose; cause under investigation.', fr: 'Le centre signale le décès du participant à domicile 9 jours après la dernière dose ; cause en cours d’investigation.', es: 'El centro informa que el participante falleció en su domicilio 9 días después de la última dosis; causa en investigación.' },
  { en: 'Grade 2 rash on both forearms; topical steroid started; participant continues on study drug.', fr: 'Éruption cutanée de grade 2 sur les deux avant-bras ; corticoïde local instauré ; le participant poursuit le traitement.', es: 'Exantema de grado 2 en ambos antebrazos; se inició corticoide tópico; el participante continúa con el fármaco del estudio.' },
];

const srAeExpedite: Family = {
  id: 'wq-sr-ae-expedite', label: 'simple_reflex', difficulty: 'easy', variants: 4,
  rationale: 'A single adverse-event record is checked against the fixed seriousness criteria to say whether it needs the expedited report; nothing else is consulted.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'es'], i);
    const proto = `${rng.pick(['ONC', 'CARD', 'NEU'])}-${rng.int(200, 899)}`;
    const ev = aeEvents[(i * 2 + rng.int(0, 5)) % aeEvents.length]!;
    const system = t(lang, {
      en: `Safety desk, protocol ${proto}. For the one AE record below, say whether it needs the 24-hour expedited SAE report. Serious = death, life-threatening, inpatient hospitalisation or its prolongation, persistent disability, congenital anomaly. JSON only.`,
      fr: `Cellule de vigilance, protocole ${proto}. Pour l’unique événement indésirable ci-dessous, indique s’il faut la déclaration accélérée d’EIG sous 24 heures. Grave = décès, mise en jeu du pronostic vital, hospitalisation ou prolongation d’hospitalisation, invalidité persistante, anomalie congénitale. Réponse en JSON uniquement.`,
      es: `Mesa de seguridad, protocolo ${proto}. Para el único acontecimiento adverso de abajo, indica si requiere la notificación urgente de AAG en 24 horas. Grave = muerte, riesgo vital, hospitalización o prolongación de la misma, discapacidad persistente, anomalía congénita. Responde solo en JSON.`,
    });
    const head = t(lang, { en: 'Site', fr: 'Centre', es: 'Centro' });
    const subj = t(lang, { en: 'Subject', fr: 'Patient', es: 'Sujeto' });
    const site = rng.int(101, 140);
    return {
      lang, temperature: 0, max_tokens: 40,
      messages: [sys(system), user(`${head} ${site} | ${subj} ${site}-${pad(rng.int(1, 60), 3)} | ${day(rng)}\n${t(lang, ev)}`)],
      response_format: jsonSchema('sae_check', {
        expedite: bool,
        criterion: oneOf('death', 'life_threatening', 'hospitalisation', 'disability', 'congenital_anomaly', 'none'),
      }),
    };
  },
};

const trapRegions: { lang: Lang; site: string; species: string[] }[] = [
  { lang: 'en', site: 'DON', species: ['Lynx pardinus', 'Vulpes vulpes', 'Sus scrofa', 'Oryctolagus cuniculus', 'Meles meles', 'Herpestes ichneumon'] },
  { lang: 'pt', site: 'PAN', species: ['Leopardus pardalis', 'Dasyprocta azarae', 'Tapirus terrestris', 'Cerdocyon thous', 'Pecari tajacu', 'Panthera onca'] },
  { lang: 'zh', site: 'WOL', species: ['Ailuropoda melanoleuca', 'Elaphodus cephalophus', 'Budorcas taxicolor', 'Lophura nycthemera', 'Sus scrofa', 'Martes flavigula'] },
  { lang: 'en', site: 'LKP', species: ['Panthera pardus', 'Crocuta crocuta', 'Lycaon pictus', 'Loxodonta africana', 'Hystrix cristata', 'Orycteropus afer'] },
];

const srCameraTrap: Family = {
  id: 'wq-sr-camera-trap-tag', label: 'simple_reflex', difficulty: 'easy', variants: 4,
  rationale: "Each camera-trap frame is tagged straight from the detector scores in that frame with a fixed cut-off; frames do not inform one another.",
  make: (rng, i) => {
    const reg = trapRegions[i % trapRegions.length]!;
    const lang = reg.lang;
    const system = t(lang, {
      en: "Camera-trap tagger. One frame per request; nothing carries over between frames. Use the detector's top species if it scores at least 0.60. If no box reaches 0.60, or there are no boxes, send species 'none' and count 0. count = boxes of the chosen species scoring above 0.40. Reply only through tag_frame.",
      pt: "Etiquetador de armadilhas fotográficas. Uma imagem por pedido; nada passa de uma imagem para a seguinte. Use a espécie principal do detector se a pontuação for pelo menos 0,60. Se nenhuma caixa chegar a 0,60, ou se não houver caixas, envie species 'none' e count 0. count = caixas da espécie escolhida com pontuação acima de 0,40. Responda apenas via tag_frame.",
      zh: "红外相机标注器。每次请求只处理一帧，帧与帧之间不保留任何信息。若检测器首选物种得分不低于0.60，就采用该物种；若没有任何框达到0.60，或画面中没有框，则 species 填 'none'，count 填 0。count 为所选物种得分高于0.40的框的数量。只能通过 tag_frame 回复。",
    });
    const nBoxes = rng.pick([0, 1, 1, 2, 3]);
    const boxes = Array.from({ length: nBoxes }, () => {
      const top = rng.sample(reg.species, 3);
      const s1 = round(0.3 + rng.next() * 0.68, 2);
      const s2 = round((1 - s1) * (0.5 + rng.next() * 0.4), 2);
      const s3 = round((1 - s1 - s2) * rng.next(), 2);
      return { bbox: [rng.int(0, 1500), rng.int(0, 900), rng.int(80, 500), rng.int(60, 400)], top3: [[top[0], s1], [top[1], Math.max(s2, s3)], [top[2], Math.min(s2, s3)]] };
    });
    const frame = {
      frame_id: `${reg.site}-C${pad(rng.int(1, 40))}-${rng.int(10000, 99999)}`,
      ts: `${day(rng, 2023)}T${hhmm(rng.int(0, 1439))}`,
      ir: rng.chance(0.6), temp_c: rng.int(-2, 34), boxes,
    };
    return {
      lang, temperature: 0,
      messages: [sys(system), user(JSON.stringify(frame))],
      tools: [tool('tag_frame', 'Store the tag for one frame.', {
        frame_id: str, species: oneOf(...reg.species, 'none'), count: int,
      })],
      tool_choice: 'required',
    };
  },
};

const loanTables: Texts = {
  en: `Circulation desk helper. Answer for the one request given.
Loan days by patron (rows) and item type (columns):
            | general | short-loan | reference | special coll. | thesis
undergrad   | 21      | 2          | -         | -             | 7
postgrad    | 42      | 2          | -         | reading room  | 14
staff       | 90      | 7          | 1         | reading room  | 30
external    | 14      | -          | -         | reading room  | -
"-" and "reading room" mean not loanable (allowed=false, loan_days=0). Any patron with fines over 20.00 or an expired account is refused.`,
  es: `Asistente del mostrador de préstamo. Responde solo a la solicitud que se da.
Días de préstamo según usuario (filas) y tipo de documento (columnas):
            | general | préstamo corto | consulta | fondo antiguo | tesis
grado       | 21      | 2              | -        | -             | 7
posgrado    | 42      | 2              | -        | sala          | 14
personal    | 90      | 7              | 1        | sala          | 30
externo     | 14      | -              | -        | sala          | -
"-" y "sala" significan que no se presta (allowed=false, loan_days=0). Se deniega a cualquier usuario con multas de más de 20,00 o con la cuenta caducada.`,
  de: `Helfer an der Ausleihtheke. Antworte nur auf die eine Anfrage.
Leihfrist in Tagen nach Nutzergruppe (Zeilen) und Medienart (Spalten):
               | allgemein | Kurzausleihe | Präsenzbestand | Sondersammlung | Abschlussarbeit
Studierende    | 21        | 2            | -              | -              | 7
Promovierende  | 42        | 2            | -              | Lesesaal       | 14
Beschäftigte   | 90        | 7            | 1              | Lesesaal       | 30
Externe        | 14        | -            | -              | Lesesaal       | -
"-" und "Lesesaal" heißen: nicht ausleihbar (allowed=false, loan_days=0). Bei Gebühren über 20,00 oder abgelaufenem Konto wird abgelehnt.`,
};

const srLoanDesk: Family = {
  id: 'wq-sr-loan-desk', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'Whether one item can be borrowed, and for how long, is read off the loan table for this patron and item alone.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'de'], i);
    const patrons: Record<string, string[]> = { en: ['undergrad', 'postgrad', 'staff', 'external'], es: ['grado', 'posgrado', 'personal', 'externo'], de: ['Studierende', 'Promovierende', 'Beschäftigte', 'Externe'] };
    const types: Record<string, string[]> = { en: ['general', 'short-loan', 'reference', 'special coll.', 'thesis'], es: ['general', 'préstamo corto', 'consulta', 'fondo antiguo', 'tesis'], de: ['allgemein', 'Kurzausleihe', 'Präsenzbestand', 'Sondersammlung', 'Abschlussarbeit'] };
    const titles: Record<string, string[]> = {
      en: ['Hydrology of Karst Aquifers', 'Principles of Animal Behaviour', 'Handbook of Mass Spectrometry', 'Letters of a Norfolk Naturalist, 1851-1873'],
      es: ['Hidrología de acuíferos kársticos', 'Manual de técnicas de laboratorio clínico', 'Flora de la Sierra de Guadarrama', 'Tesis: dinámica del nitrógeno en suelos de dehesa'],
      de: ['Einführung in die Populationsgenetik', 'Handbuch der Massenspektrometrie', 'Die Vogelwelt des Wattenmeers', 'Briefwechsel eines Apothekers, 1790-1812'],
    };
    const L = lang as 'en' | 'es' | 'de';
    const fines = rng.chance(0.25) ? round(20 + rng.next() * 15, 2) : round(rng.next() * 8, 2);
    const expiry = `${rng.pick([2024, 2025, 2026])}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const today = `2025-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const p = rng.pick(patrons[L]!); const ty = rng.pick(types[L]!); const ti = rng.pick(titles[L]!);
    const year = rng.int(1950, 2023);
    const req = t(lang, {
      en: `patron: ${p}, fines ${fines.toFixed(2)}, account valid to ${expiry} | item: "${ti}" (${year}), type: ${ty} | today ${today}`,
      es: `usuario: ${p}, multas ${fines.toFixed(2).replace('.', ',')}, cuenta válida hasta ${expiry} | documento: «${ti}» (${year}), tipo: ${ty} | hoy ${today}`,
      de: `Nutzer: ${p}, Gebühren ${fines.toFixed(2).replace('.', ',')}, Konto gültig bis ${expiry} | Medium: „${ti}“ (${year}), Art: ${ty} | heute ${today}`,
    });
    return {
      lang, temperature: 0, max_tokens: 25,
      messages: [sys(t(lang, loanTables)), user(req)],
      response_format: jsonSchema('loan', { allowed: bool, loan_days: int }),
    };
  },
};

const srHoodMonitor: Family = {
  id: 'wq-sr-fume-hood-reading', label: 'simple_reflex', secondary: 'model_based_reflex', difficulty: 'hard', variants: 4,
  rationale: 'The operator told the agent to treat each hood reading on its own against fixed thresholds, so the last reading alone decides the call even though earlier readings sit in the history.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'fr', 'ja'], i);
    const hood = `H-${rng.int(1, 4)}${pad(rng.int(1, 20))}`;
    const system = t(lang, {
      en: 'Fume hood monitor. Treat every reading on its own. face_velocity < 0.30 m/s -> alarm level=evacuate. 0.30-0.39 -> alarm level=warn. sash > 50 cm with occupant=no -> notify. Otherwise log_ok. Exactly one call per reading.',
      de: 'Abzugsüberwachung. Jede Messung wird für sich allein bewertet. face_velocity < 0,30 m/s -> alarm mit level=evacuate. 0,30-0,39 -> alarm mit level=warn. Frontschieber (sash) > 50 cm bei occupant=no -> notify. Sonst log_ok. Genau ein Aufruf pro Messung.',
      fr: 'Surveillance des sorbonnes. Chaque mesure est traitée isolément. face_velocity < 0,30 m/s -> alarm level=evacuate. 0,30-0,39 -> alarm level=warn. Guillotine (sash) > 50 cm avec occupant=no -> notify. Sinon log_ok. Exactement un appel par mesure.',
      ja: 'ドラフトチャンバー監視。各測定値はそれぞれ単独で判断する。face_velocity < 0.30 m/s → alarm（level=evacuate）。0.30〜0.39 → alarm（level=warn）。occupant=no でサッシ（sash）> 50 cm → notify。それ以外は log_ok。1測定につき呼び出しは1回だけ。',
    });
    const messages: Msg[] = [sys(system)];
    const n = rng.int(2, 6);
    let v = 0.5 + rng.next() * 0.12;
    let minute = rng.int(480, 900);
    const drop = rng.chance(0.5);
    for (let k = 0; k <= n; k++) {
      let sash = rng.pick([30, 35, 38, 42, 45]);
      let occ = rng.chance(0.8) ? 'yes' : 'no';
      if (k === n && i % 2 === 1) {
        const twist = rng.int(0, 2);
        if (twist === 0) v = 0.3 + rng.next() * 0.09;
        else if (twist === 1) { sash = rng.int(52, 70); occ = 'no'; } else v = 0.2 + rng.next() * 0.09;
      }
      messages.push(user(`${hood} ${hhmm(minute)} face_velocity=${v.toFixed(2)} m/s sash=${sash} cm occupant=${occ}`));
      if (k < n) {
        const { message, ids } = calls(rng, ['log_ok', { hood }]);
        messages.push(message, result(ids[0]!, 'logged'));
      }
      minute += rng.int(5, 15);
      v = drop ? Math.max(0.4, v - 0.01 - rng.next() * 0.03) : v + (rng.next() - 0.5) * 0.04;
    }
    return {
      lang, temperature: 0, messages, tool_choice: 'required',
      tools: [
        tool('log_ok', 'Record a normal reading.', { hood: str }),
        tool('alarm', 'Sound the local alarm.', { hood: str, level: oneOf('warn', 'evacuate') }),
        tool('notify', 'Message the lab manager.', { hood: str, message: str }),
      ],
    };
  },
};

// ─────────────────────────── model_based_reflex ───────────────────────────

const mbIncubator: Family = {
  id: 'wq-mb-incubator-probe-dropout', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'The CO2 probe has gone dark, so the supervisor must estimate the hidden chamber level from earlier polls, door openings and valve changes before acting.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'zh'], i);
    const inc = `INC-${pad(rng.int(1, 16))}`;
    const cells = rng.pick(['iPSC line HS-14', 'primary hepatocytes', 'organoids batch 7', 'CHO-K1 transfectants']);
    const system = t(lang, {
      en: `Incubator supervisor for ${inc}. Target 37.0 °C, 5.0 % CO2. Tools: read_sensors, set_co2_valve, page_staff. Be brief.`,
      de: `Inkubator-Aufsicht für ${inc}. Sollwerte 37,0 °C und 5,0 % CO2. Werkzeuge: read_sensors, set_co2_valve, page_staff. Kurz antworten.`,
      zh: `你负责监控培养箱 ${inc}。目标：37.0 °C，CO2 5.0 %。可用工具：read_sensors、set_co2_valve、page_staff。回答要简短。`,
    });
    const kickoff = t(lang, {
      en: `Overnight watch on ${inc}, it has ${cells}. Poll every 10 min.`,
      de: `Nachtwache für ${inc}, darin ${cells}. Alle 10 Minuten abfragen.`,
      zh: `今晚看守 ${inc}，里面是 ${cells}。每10分钟读一次。`,
    });
    const messages: Msg[] = [sys(system), user(kickoff)];
    let minute = rng.int(1260, 1320);
    let co2 = 5.0;
    let valve = 40;
    const polls = rng.int(3, 6);
    const doorAt = rng.int(1, polls - 1);
    for (let k = 0; k < polls; k++) {
      const door = k === doorAt ? 1 : 0;
      co2 = door ? round(4.1 + rng.next() * 0.4, 2) : round(Math.min(5.2, co2 + (5 - co2) * 0.6 + (rng.next() - 0.5) * 0.1), 2);
      exchange(rng, messages, 'read_sensors', { incubator: inc }, {
        t: hhmm(minute), co2_pct: co2, temp_c: round(36.8 + rng.next() * 0.3, 2), rh_pct: rng.int(88, 95), door_events: door, valve_open_pct: valve,
      });
      if (door) {
        valve = rng.pick([60, 70, 80]);
        exchange(rng, messages, 'set_co2_valve', { incubator: inc, percent_open: valve }, { ok: true });
      } else if (valve > 40 && co2 >= 4.9) {
        valve = 40;
        exchange(rng, messages, 'set_co2_valve', { incubator: inc, percent_open: valve }, { ok: true });
      }
      minute += 10;
    }
    const deadAt = minute;
    for (let k = 0; k < rng.int(1, 3); k++) {
      exchange(rng, messages, 'read_sensors', { incubator: inc }, {
        t: hhmm(minute), co2_pct: null, fault: 'IR CO2 sensor: no signal', temp_c: round(36.6 + rng.next() * 0.4, 2), rh_pct: rng.int(85, 94), door_events: rng.int(0, 2), valve_open_pct: valve,
      });
      minute += 10;
    }
    if (i % 2 === 0) {
      messages.push(user(t(lang, {
        en: `CO2 probe has been out since ${hhmm(deadAt)} and people have been in and out. Where do you reckon CO2 sits now, and what do you do?`,
        de: `Die CO2-Sonde ist seit ${hhmm(deadAt)} ausgefallen und die Tür wurde mehrfach geöffnet. Wo liegt das CO2 jetzt vermutlich, und was machst du?`,
        zh: `CO2 探头从 ${hhmm(deadAt)} 起就没信号了，期间有人开过门。你估计现在 CO2 大概是多少？你打算怎么处理？`,
      })));
    }
    return {
      lang, messages, temperature: 0.2,
      tools: [
        tool('read_sensors', 'Read the incubator sensors.', { incubator: str }),
        tool('set_co2_valve', 'Set the CO2 inlet valve opening.', { incubator: str, percent_open: int }),
        tool('page_staff', 'Page the on-call technician.', { message: str }),
      ],
    };
  },
};

const mbFreezerTube: Family = {
  id: 'wq-mb-freezer-tube-whereabouts', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
  rationale: "The tube's current freezer position and thaw exposure are only implied by rack moves, scanner gaps and alarms spread over earlier log chunks, so they must be pieced together from the whole history.",
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'ja'], i);
    const tube = `T-${rng.int(1000, 9999)}`;
    const other = `T-${rng.int(1000, 9999)}`;
    const rackA = `${rng.pick(['A', 'C', 'D'])}${rng.int(1, 9)}`;
    const rackB = `${rng.pick(['B', 'E', 'G'])}${rng.int(1, 9)}`;
    const fz = rng.sample(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7'], 3);
    const [f1, f2, f3] = [fz[0]!, fz[1]!, fz[2]!];
    const pos = rng.int(1, 81);
    const peak = rng.pick([-71, -62, -48, -31]);
    const noise = (): string => rng.pick([
      `scan ${`T-${rng.int(1000, 9999)}`} -> rack ${rackB} pos ${rng.int(1, 81)}`,
      `${rng.pick(fz)} defrost check ok (user ${rng.pick(['mk', 'ls', 'ap'])})`,
      `label reprint ${`T-${rng.int(1000, 9999)}`}`,
      `${rng.pick(fz)} temp log -80.${rng.int(0, 9)} °C`,
    ]);
    let m = rng.int(500, 540);
    const ts = (): string => { m += rng.int(4, 25); return hhmm(m); };
    const chunks: string[][] = [
      [`${ts()} scan ${tube} -> rack ${rackA} pos ${pos}`, `${ts()} scan ${other} -> rack ${rackA} pos ${pos + 1}`, `${ts()} ${noise()}`, `${ts()} move rack ${rackA}: ${f1}/shelf1 -> ${f2}/shelf3`],
      [`${ts()} checkout rack ${rackA} -> bench 2 (aliquoting)`, `${ts()} ${noise()}`, `${ts()} scan ${other} removed from ${rackA}`, `${ts()} checkin rack ${rackA} -> ${f1}/shelf2`],
    ];
    const alarmStart = m + rng.int(5, 20);
    m = alarmStart;
    const alarmEnd = alarmStart + rng.int(8, 40);
    chunks.push([`${hhmm(alarmStart)}-${hhmm(alarmEnd)} ${f1} door alarm (peak ${peak} °C)`, `${ts()} ${noise()}`]);
    m = alarmEnd;
    chunks.push([`${ts()} move ${tube} ${rackA} pos ${pos} -> rack ${rackB} pos ${rng.int(1, 81)}`, `${ts()} ${noise()}`, `${ts()} scanner offline`]);
    if (rng.chance(0.6)) chunks.push([`${ts()} scanner online`, `${ts()} rack ${rackB} seen at ${f3}/shelf${rng.int(1, 5)}`, `${ts()} ${noise()}`]);
    else chunks.push([`${ts()} scanner online`, `${ts()} rack ${rackB} seen at ${f2}/shelf${rng.int(1, 5)}`]);
    const system = t(lang, {
      en: 'LIMS relay. Event chunks arrive in order and are incomplete: the scanner misses things, and racks carry their tubes when moved. Reply "ok" to each chunk. When asked a question, answer in JSON.',
      es: 'Relé del LIMS. Los bloques de eventos llegan en orden y están incompletos: el escáner se salta cosas y, al mover una gradilla, sus tubos van con ella. Responde «ok» a cada bloque. Cuando se te pregunte algo, contesta en JSON.',
      ja: 'LIMS中継。イベントのまとまりは順番どおりに届くが欠けがある（スキャナーが読み漏らすことがあり、ラックを動かすと中のチューブも一緒に動く）。各まとまりには「ok」とだけ返す。質問されたらJSONで答える。',
    });
    const messages: Msg[] = [sys(system)];
    chunks.forEach((c, k) => {
      messages.push(user(`[chunk ${k + 1}]\n${c.join('\n')}`));
      if (k < chunks.length - 1 || i % 2 === 1) messages.push(say('ok'));
    });
    const q = t(lang, {
      en: `Where is ${tube} right now, and could it have warmed up?`,
      es: `¿Dónde está ${tube} ahora mismo y pudo haberse calentado?`,
      ja: `${tube}は今どこにありますか？温度が上がった可能性はありますか？`,
    });
    if (i % 2 === 1) messages.push(user(q));
    else messages[messages.length - 1] = user(`${(messages[messages.length - 1] as { content: string }).content}\n\n${q}`);
    return {
      lang, messages, temperature: 0,
      response_format: jsonSchema('tube_location', {
        freezer: str, shelf: int, rack: str, position: int, thaw_risk: oneOf('none', 'possible', 'likely'),
      }),
    };
  },
};

const collarSpecies: { lang: Lang; animal: Texts; lat: number; lon: number }[] = [
  { lang: 'en', animal: { en: 'grey wolf F-{id}' }, lat: 44.9, lon: -110.4 },
  { lang: 'pt', animal: { en: 'jaguar', pt: 'onça-pintada F-{id}' }, lat: -18.2, lon: -56.9 },
  { lang: 'fr', animal: { en: 'lynx', fr: 'lynx boréal F-{id}' }, lat: 46.6, lon: 6.2 },
  { lang: 'en', animal: { en: 'brown bear F-{id}' }, lat: 61.3, lon: 14.8 },
];

const mbCollar: Family = {
  id: 'wq-mb-collar-fix-gaps', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: "Whether the collared animal is travelling, on a kill, denning or dead is hidden and has to be inferred from the run of GPS fixes, missed fixes and activity counts gathered over several pulls.",
  make: (rng, i) => {
    const sp = collarSpecies[i % collarSpecies.length]!;
    const lang = sp.lang;
    const id = rng.int(10, 89);
    const animal = t(lang, sp.animal).replace('{id}', String(id));
    const collar = `COL-${rng.int(3000, 3999)}`;
    const system = t(lang, {
      en: 'Telemetry desk assistant for a carnivore project. Tools: get_fixes, get_collar_health. Answer the field lead in a few sentences.',
      pt: 'Assistente da central de telemetria de um projeto de carnívoros. Ferramentas: get_fixes, get_collar_health. Responda ao coordenador de campo em poucas frases.',
      fr: 'Assistant du poste de télémétrie d’un programme sur les carnivores. Outils : get_fixes, get_collar_health. Réponds au responsable terrain en quelques phrases.',
    });
    const messages: Msg[] = [sys(system), user(t(lang, {
      en: `Pull the last few days for ${animal} (${collar}).`,
      pt: `Puxa os últimos dias da ${animal} (${collar}).`,
      fr: `Récupère les derniers jours pour ${animal} (${collar}).`,
    }))];
    let lat = sp.lat; let lon = sp.lon;
    const fixes = (start: number, n: number, moving: boolean, missRate: number): unknown[] => Array.from({ length: n }, (_, k) => {
      const h = start + k * 4;
      if (rng.chance(missRate)) return { t: `d${Math.floor(h / 24) + 1} ${pad(h % 24)}:00`, fix: null };
      if (moving) { lat += (rng.next() - 0.5) * 0.04; lon += (rng.next() - 0.5) * 0.05; } else { lat += (rng.next() - 0.5) * 0.0004; lon += (rng.next() - 0.5) * 0.0005; }
      return { t: `d${Math.floor(h / 24) + 1} ${pad(h % 24)}:00`, lat: round(lat, 5), lon: round(lon, 5), hdop: round(0.8 + rng.next() * (moving ? 1.5 : 4), 1), act: moving ? rng.int(40, 120) : rng.int(0, 9) };
    });
    exchange(rng, messages, 'get_fixes', { collar, days: 2 }, { fixes: fixes(0, rng.int(6, 10), true, 0.1) });
    messages.push(say(t(lang, {
      en: 'Moving normally over the first two days, roughly 3-6 km between fixes.',
      pt: 'Deslocamento normal nos dois primeiros dias, cerca de 3 a 6 km entre localizações.',
      fr: 'Déplacements normaux les deux premiers jours, environ 3 à 6 km entre localisations.',
    })));
    messages.push(user(t(lang, { en: 'And since then?', pt: 'E desde então?', fr: 'Et depuis ?' })));
    exchange(rng, messages, 'get_fixes', { collar, days: rng.int(2, 4) }, { fixes: fixes(48, rng.int(8, 14), false, rng.pick([0.3, 0.45, 0.6])) });
    exchange(rng, messages, 'get_collar_health', { collar }, {
      battery_v: round(3.4 + rng.next() * 0.3, 2), mortality_flag: false, mortality_threshold_h: rng.pick([12, 24]), last_motion_h_ago: rng.int(3, 11), skin_temp_c: round(rng.pick([8, 14, 22, 29]) + rng.next() * 3, 1),
    });
    messages.push(user(t(lang, {
      en: `Crew can get out there ${rng.pick(['Thursday', 'tomorrow at dawn', 'on Saturday'])}. Is she on a kill, denning, or is something wrong? Do we send them, and where?`,
      pt: `A equipa pode ir ao local ${rng.pick(['na quinta-feira', 'amanhã de madrugada', 'no sábado'])}. Ela está numa carcaça, numa toca, ou aconteceu alguma coisa? Mandamos a equipa, e para onde?`,
      fr: `L’équipe peut y aller ${rng.pick(['jeudi', 'demain à l’aube', 'samedi'])}. Elle est sur une proie, en tanière, ou il y a un problème ? On les envoie, et où ?`,
    })));
    return {
      lang, messages,
      tools: [
        tool('get_fixes', 'GPS fixes for a collar, 4-hourly.', { collar: str, days: int }),
        tool('get_collar_health', 'Battery, mortality sensor and motion data.', { collar: str }),
      ],
    };
  },
};

const chemItems: Record<string, Record<'en' | 'de' | 'es', { q: string; right: string; wrong: string }>> = {
  molar_mass: {
    en: { q: 'Molar mass of CaCO3? (Ca 40, C 12, O 16)', right: '100 g/mol', wrong: '68 g/mol, 40 + 12 + 16' },
    de: { q: 'Molare Masse von CaCO3? (Ca 40, C 12, O 16)', right: '100 g/mol', wrong: '68 g/mol, also 40 + 12 + 16' },
    es: { q: '¿Masa molar del CaCO3? (Ca 40, C 12, O 16)', right: '100 g/mol', wrong: '68 g/mol, sumé 40 + 12 + 16' },
  },
  mole_conversion: {
    en: { q: 'How many moles are in 36 g of water?', right: '2 mol, water is 18 g/mol', wrong: '648 mol? I did 36 × 18' },
    de: { q: 'Wie viel Mol sind 36 g Wasser?', right: '2 mol, weil Wasser 18 g/mol hat', wrong: '648 mol? Ich habe 36 × 18 gerechnet' },
    es: { q: '¿Cuántos moles hay en 36 g de agua?', right: '2 mol, porque el agua tiene 18 g/mol', wrong: '¿648 mol? Hice 36 × 18' },
  },
  limiting_reagent: {
    en: { q: '2 mol H2 and 2 mol O2 react (2H2 + O2 -> 2H2O). Which runs out first?', right: 'H2, you need twice as much of it', wrong: "Neither, they're the same amount" },
    de: { q: '2 mol H2 und 2 mol O2 reagieren (2H2 + O2 -> 2H2O). Was ist zuerst aufgebraucht?', right: 'H2, davon braucht man doppelt so viel', wrong: 'Keins, es sind ja gleich viele Mol' },
    es: { q: '2 mol de H2 y 2 mol de O2 reaccionan (2H2 + O2 -> 2H2O). ¿Cuál se agota primero?', right: 'El H2, se necesita el doble', wrong: 'Ninguno, hay la misma cantidad de los dos' },
  },
  percent_yield: {
    en: { q: 'Theoretical yield 50 g, you collect 40 g. Percent yield?', right: '80 %', wrong: '125 %, 50 divided by 40' },
    de: { q: 'Theoretische Ausbeute 50 g, du bekommst 40 g. Ausbeute in Prozent?', right: '80 %', wrong: '125 %, also 50 durch 40' },
    es: { q: 'Rendimiento teórico 50 g, obtienes 40 g. ¿Rendimiento porcentual?', right: '80 %', wrong: '125 %, 50 entre 40' },
  },
};

const mbTutorTrace: Family = {
  id: 'wq-mb-tutor-skill-picture', label: 'model_based_reflex', secondary: 'learning', difficulty: 'hard', variants: 4,
  rationale: "The tutor must revise its hidden picture of which stoichiometry skills the student has, turn by turn from their answers, and report that picture plus the next item; it adapts to the student but is not improving its own policy from outcomes.",
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es'], i) as 'en' | 'de' | 'es';
    const skills = Object.keys(chemItems);
    const system = t(lang, {
      en: `Chemistry tutor, stoichiometry unit. After each student reply output JSON: mastered, shaky, next_skill, message (short comment + next question). Skills: ${skills.join(', ')}.`,
      de: `Chemie-Tutor, Einheit Stöchiometrie. Nach jeder Antwort des Schülers JSON ausgeben: mastered, shaky, next_skill, message (kurzer Kommentar + nächste Frage). Fertigkeiten: ${skills.join(', ')}.`,
      es: `Tutor de química, unidad de estequiometría. Tras cada respuesta del alumno devuelve JSON: mastered, shaky, next_skill, message (comentario breve + siguiente pregunta). Destrezas: ${skills.join(', ')}.`,
    });
    const ok = t(lang, { en: 'Correct.', de: 'Richtig.', es: '¡Correcto!' });
    const no = t(lang, { en: 'Not quite, have another look at that one later.', de: 'Nicht ganz, das schauen wir uns später nochmal an.', es: 'No del todo, luego volvemos a eso.' });
    const messages: Msg[] = [sys(system), user(t(lang, { en: 'hi, ready when you are', de: 'Hallo, ich bin so weit', es: 'Hola, ya estoy' }))];
    const order = rng.sample(skills, rng.int(3, 4));
    const repeatIdx = rng.int(0, order.length - 1);
    order.splice(Math.min(order.length, repeatIdx + 2), 0, order[repeatIdx]!);
    const mastered = new Set<string>(); const shaky = new Set<string>();
    let prevComment = '';
    order.forEach((sk, k) => {
      const item = chemItems[sk]![lang];
      messages.push(say(JSON.stringify({ mastered: [...mastered], shaky: [...shaky], next_skill: sk, message: `${prevComment}${prevComment ? ' ' : ''}${item.q}` })));
      const seenBefore = order.indexOf(sk) < k;
      const right = seenBefore ? rng.chance(0.7) : rng.chance(0.5);
      messages.push(user(right ? item.right : item.wrong));
      if (k < order.length - 1) {
        if (right) { if (!seenBefore || shaky.has(sk)) { shaky.delete(sk); mastered.add(sk); } } else { mastered.delete(sk); shaky.add(sk); }
        prevComment = right ? ok : no;
      }
    });
    return {
      lang, messages, temperature: 0.3,
      response_format: jsonSchema('tutor_turn', { mastered: list(str), shaky: list(str), next_skill: oneOf(...skills), message: str }),
    };
  },
};

const mbTrialSites: Family = {
  id: 'wq-mb-edc-site-counts', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Per-site enrolment and open-query counts exist only as a baseline plus overlapping EDC deltas, so the agent must carry running counts through every pull to answer what they are now.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'zh'], i);
    const study = `${rng.pick(['RESP', 'HEP', 'DERM', 'PSY'])}-${rng.int(100, 999)}`;
    const sites = rng.sample(['101', '102', '104', '110', '205', '211', '310', '402'], rng.int(3, 4));
    const counts = new Map(sites.map((s) => [s, { enrolled: rng.int(3, 20), open: rng.int(0, 6) }]));
    const baseline = sites.map((s) => `${s}: ${counts.get(s)!.enrolled}/${counts.get(s)!.open}`).join(', ');
    const system = t(lang, {
      en: `Trial ops copilot, study ${study}. Pull EDC deltas with fetch_edc_delta. Deltas can overlap: the same seq is the same event. Count enrolment voids and reopened queries.`,
      fr: `Copilote des opérations, étude ${study}. Récupère les deltas EDC avec fetch_edc_delta. Les deltas peuvent se chevaucher : un même seq est un même événement. Tiens compte des inclusions annulées et des requêtes rouvertes.`,
      zh: `临床试验运营助手，研究 ${study}。用 fetch_edc_delta 拉取 EDC 增量。增量之间可能重叠：相同的 seq 代表同一事件。注意撤销的入组和重新打开的质疑。`,
    });
    const messages: Msg[] = [sys(system), user(t(lang, {
      en: `Baseline from Monday's report (site: enrolled/open queries): ${baseline}. Last seq in that report was 0. Bring it up to date.`,
      fr: `Référence du rapport de lundi (centre : inclus/requêtes ouvertes) : ${baseline}. Dernier seq de ce rapport : 0. Mets à jour.`,
      zh: `周一报告的基线（中心：已入组/未关闭质疑）：${baseline}。该报告最后的 seq 为 0。请更新到最新。`,
    }))];
    let seq = 0;
    const types = ['enrolled', 'enrolled', 'screen_fail', 'query_opened', 'query_opened', 'query_closed', 'enrolment_voided', 'query_reopened'];
    const pulls = rng.int(2, 4);
    let lastEvents: { seq: number; site: string; type: string; ref: string }[] = [];
    for (let p = 0; p < pulls; p++) {
      const fresh = Array.from({ length: rng.int(3, 6) }, () => {
        seq += 1;
        const site = rng.pick(sites);
        return { seq, site, type: rng.pick(types), ref: `${site}-${pad(rng.int(1, 40), 3)}` };
      });
      const overlap = p > 0 && lastEvents.length > 0 ? lastEvents.slice(-1) : [];
      const since = overlap.length ? overlap[0]!.seq - 1 : (p === 0 ? 0 : seq - fresh.length);
      exchange(rng, messages, 'fetch_edc_delta', { study, since_seq: since }, { events: [...overlap, ...fresh], next_seq: seq });
      lastEvents = fresh;
    }
    if (i % 2 === 0) messages.push(user(t(lang, {
      en: 'So where are we per site?', fr: 'Alors, on en est où par centre ?', zh: '那现在每个中心是什么情况？',
    })));
    return {
      lang, messages, temperature: 0,
      tools: [tool('fetch_edc_delta', 'EDC events after a sequence number.', { study: str, since_seq: int })],
      response_format: jsonSchema('site_counts', { as_of_seq: int, sites: list(obj({ site: str, enrolled: int, open_queries: int })) }),
    };
  },
};

// ─────────────────────────────── goal_based ───────────────────────────────

const gbLiquidHandler: Family = {
  id: 'wq-gb-liquid-handler-dilution', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The pipetting robot is partway through a sequence of moves toward a specified end layout (a serial dilution across a plate row) and must choose the next action that keeps it on course.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja'], i);
    const factor = rng.pick([2, 3, 10]);
    const finalUl = factor === 10 ? 90 : 100;
    const transfer = factor === 2 ? 100 : factor === 3 ? 50 : 10;
    const diluent = factor === 10 ? 90 : 100;
    const row = 'ABCDEFGH'[rng.int(0, 7)]!;
    const cols = rng.int(6, 12);
    const stock = rng.pick(['1 mM staurosporine', '10 mg/mL BSA', '5 µM fluorescein', '2 mM ATP']);
    const system = t(lang, {
      en: `Liquid handler agent. Deck: slot 1 = 96-well plate, slot 2 = tube rack (A1: ${stock}), slot 3 = reservoir (diluent), slot 4 = 300 µL tips. Target: ${factor}-fold serial dilution of A1 along plate row ${row}, columns 1-${cols}, ${finalUl} µL left in every well, fresh tip for every transfer, mix 3x after each transfer. One tool call per turn; call finish when the plate matches the target.`,
      de: `Pipettierroboter-Agent. Deck: Slot 1 = 96-Well-Platte, Slot 2 = Röhrchenständer (A1: ${stock}), Slot 3 = Reservoir (Verdünnungspuffer), Slot 4 = 300-µL-Spitzen. Zielzustand: ${factor}-fache Verdünnungsreihe von A1 in Plattenreihe ${row}, Spalten 1-${cols}, am Ende ${finalUl} µL in jedem Well, für jeden Transfer eine neue Spitze, nach jedem Transfer 3x mischen. Ein Werkzeugaufruf pro Runde; finish aufrufen, wenn die Platte dem Ziel entspricht.`,
      ja: `分注ロボットのエージェント。デッキ：スロット1＝96ウェルプレート、スロット2＝チューブラック（A1：${stock}）、スロット3＝リザーバー（希釈液）、スロット4＝300 µLチップ。目標：A1をプレートの${row}行・1〜${cols}列に沿って${factor}倍段階希釈し、最終的に各ウェルに${finalUl} µL残すこと。移し替えごとに新しいチップを使い、移し替え後は3回ミックスする。1ターンにつきツール呼び出しは1回。プレートが目標どおりになったらfinishを呼ぶ。`,
    });
    const actions: [string, Record<string, unknown>, string][] = [];
    actions.push(['pick_up_tip', { slot: 4, well: 'A1' }, 'ok tip A1']);
    for (let c = 2; c <= cols; c++) {
      actions.push(['aspirate', { slot: 3, well: 'A1', ul: diluent }, `ok ${diluent} µL`]);
      actions.push(['dispense', { slot: 1, well: `${row}${c}`, ul: diluent }, `ok ${row}${c} now ${diluent} µL`]);
    }
    actions.push(['drop_tip', {}, 'ok']);
    actions.push(['pick_up_tip', { slot: 4, well: 'B1' }, 'ok tip B1']);
    actions.push(['aspirate', { slot: 2, well: 'A1', ul: diluent + transfer }, `ok ${diluent + transfer} µL`]);
    actions.push(['dispense', { slot: 1, well: `${row}1`, ul: diluent + transfer }, `ok ${row}1 now ${diluent + transfer} µL`]);
    actions.push(['drop_tip', {}, 'ok']);
    const tipWells = ['C1', 'D1', 'E1', 'F1', 'G1', 'H1', 'A2', 'B2', 'C2', 'D2', 'E2'];
    for (let c = 1; c < cols; c++) {
      actions.push(['pick_up_tip', { slot: 4, well: tipWells[c - 1]! }, `ok tip ${tipWells[c - 1]}`]);
      actions.push(['aspirate', { slot: 1, well: `${row}${c}`, ul: transfer }, `ok ${transfer} µL`]);
      actions.push(['dispense', { slot: 1, well: `${row}${c + 1}`, ul: transfer }, `ok ${row}${c + 1} now ${diluent + transfer} µL`]);
      actions.push(['mix', { slot: 1, well: `${row}${c + 1}`, ul: Math.round((diluent + transfer) / 2), reps: 3 }, 'ok']);
      actions.push(['drop_tip', {}, 'ok']);
    }
    const cut = Math.min(actions.length - 2, 24, rng.int(5, 16) + (i % 2) * 2 * cols);
    const messages: Msg[] = [sys(system), user(t(lang, { en: 'Plate is on deck, go.', de: 'Platte steht auf dem Deck, los.', ja: 'プレートはセット済み。開始して。' }))];
    actions.slice(0, cut).forEach(([name, args, out], k) => {
      const warn = k === cut - 1 && rng.chance(0.5) ? ' | warning: reservoir level low (1.8 mL)' : '';
      exchange(rng, messages, name, args, `${out}${warn}`);
    });
    return {
      lang, messages, temperature: 0, tool_choice: 'required',
      tools: [
        tool('pick_up_tip', 'Pick up a tip.', { slot: int, well: str }),
        tool('aspirate', 'Aspirate volume.', { slot: int, well: str, ul: num }),
        tool('dispense', 'Dispense volume.', { slot: int, well: str, ul: num }),
        tool('mix', 'Pipette up and down.', { slot: int, well: str, ul: num, reps: int }),
        tool('drop_tip', 'Drop the current tip into the trash.'),
        tool('finish', 'Report completion.', { summary: str }),
      ],
    };
  },
};

const archiveCases: { lang: Lang; ask: string; search: string; hits: unknown; fonds: string; series: unknown; seriesId: string; files: unknown }[] = [
  {
    lang: 'en',
    ask: 'I need the 1931 letters between the mayor and the Water Board about the Brenmoor reservoir. I can come to the reading room on {date}. Sort it out so the boxes are waiting for me.',
    search: 'Brenmoor reservoir 1931',
    hits: [{ id: 'WB', title: 'Harlow Water Board records', dates: '1898-1974', level: 'fonds' }, { id: 'MAY', title: "Mayor's Office", dates: '1905-1988', level: 'fonds' }, { id: 'PH/112', title: 'Photographs: Brenmoor dam construction', dates: '1932-1934', level: 'file' }],
    fonds: 'WB',
    series: [{ id: 'WB/1', title: 'Board minutes', dates: '1898-1974' }, { id: 'WB/2', title: 'General correspondence', dates: '1898-1945' }, { id: 'WB/3', title: 'Engineering drawings', dates: '1910-1970' }],
    seriesId: 'WB/2',
    files: [{ id: 'WB/2/14', title: 'Correspondence', dates: '1929-1930' }, { id: 'WB/2/15', title: 'Brenmoor scheme: correspondence with the Borough', dates: '1931 Jan-Jun', access: 'open' }, { id: 'WB/2/16', title: 'Brenmoor scheme: correspondence with the Borough', dates: '1931 Jul-Dec', access: 'closed: conservation, apply to archivist' }],
  },
  {
    lang: 'fr',
    ask: 'Je cherche la correspondance de 1928 entre le maire et la Compagnie des eaux au sujet du barrage de Vaulx. Je peux venir en salle de lecture le {date}. Fais en sorte que les documents m’attendent.',
    search: 'barrage de Vaulx 1928',
    hits: [{ id: '3 O', title: 'Administration communale : eaux et fontaines', dates: '1800-1940', level: 'série' }, { id: '52 J', title: 'Fonds de la Compagnie des eaux du Bas-Vivarais', dates: '1876-1962', level: 'fonds' }, { id: '9 Fi 44', title: 'Cartes postales : le barrage de Vaulx', dates: 'vers 1930', level: 'pièce' }],
    fonds: '52 J',
    series: [{ id: '52 J 1-40', title: 'Conseil d’administration', dates: '1876-1962' }, { id: '52 J 41-118', title: 'Correspondance', dates: '1880-1950' }, { id: '52 J 119-160', title: 'Travaux et plans', dates: '1890-1960' }],
    seriesId: '52 J 41-118',
    files: [{ id: '52 J 87', title: 'Correspondance avec la mairie', dates: '1925-1927' }, { id: '52 J 88', title: 'Barrage de Vaulx : correspondance avec le maire', dates: '1928', access: 'librement communicable' }, { id: '52 J 89', title: 'Barrage de Vaulx : contentieux', dates: '1928-1931', access: 'microfilm uniquement (2 Mi 310)' }],
  },
  {
    lang: 'es',
    ask: 'Necesito las cartas de 1935 entre el alcalde y la Junta de Aguas sobre el embalse de Peñaroja. Puedo ir a la sala de consulta el {date}. Déjalo todo listo para que me esperen las cajas.',
    search: 'embalse Peñaroja 1935',
    hits: [{ id: 'JA', title: 'Junta de Aguas de Villarreal', dates: '1901-1979', level: 'fondo' }, { id: 'AL', title: 'Alcaldía', dates: '1900-1990', level: 'fondo' }, { id: 'FOT/77', title: 'Fotografías: obras del embalse', dates: '1934-1936', level: 'unidad' }],
    fonds: 'JA',
    series: [{ id: 'JA/1', title: 'Actas de la Junta', dates: '1901-1979' }, { id: 'JA/2', title: 'Correspondencia', dates: '1901-1950' }, { id: 'JA/3', title: 'Proyectos técnicos', dates: '1910-1975' }],
    seriesId: 'JA/2',
    files: [{ id: 'JA/2/31', title: 'Correspondencia general', dates: '1933-1934' }, { id: 'JA/2/32', title: 'Embalse de Peñaroja: cartas con la Alcaldía', dates: '1935', access: 'libre' }, { id: 'JA/2/33', title: 'Embalse de Peñaroja: expropiaciones', dates: '1935-1937', access: 'restringido (datos personales), requiere permiso' }],
  },
];

const gbArchive: Family = {
  id: 'wq-gb-archive-retrieval', label: 'goal_based', difficulty: 'medium', variants: 5,
  rationale: 'The agent navigates a hierarchical finding aid toward a concrete end (the right files requested for the visit date) and must choose its next catalogue move or request.',
  make: (rng, i) => {
    const c = archiveCases[i % archiveCases.length]!;
    const lang = c.lang;
    const date = `${pad(rng.int(1, 28))}/${pad(rng.int(1, 12))}`;
    const system = t(lang, {
      en: 'Archive reference assistant for the county record office. Tools: search_catalogue, open_record, list_children, request_item. One tool call at a time.',
      fr: 'Assistant de recherche des Archives départementales. Outils : search_catalogue, open_record, list_children, request_item. Un seul appel d’outil à la fois.',
      es: 'Asistente de referencia del Archivo Histórico Provincial. Herramientas: search_catalogue, open_record, list_children, request_item. Una llamada cada vez.',
    });
    const messages: Msg[] = [sys(system), user(c.ask.replace('{date}', date))];
    exchange(rng, messages, 'search_catalogue', { query: c.search }, { hits: c.hits });
    if (i >= 3) exchange(rng, messages, 'open_record', { id: (c.hits as { id: string }[])[2]!.id }, { note: 'no correspondence; photographs only' });
    exchange(rng, messages, 'open_record', { id: c.fonds }, { children: c.series });
    exchange(rng, messages, 'list_children', { id: c.seriesId }, { files: c.files });
    return {
      lang, messages,
      tools: [
        tool('search_catalogue', 'Full-text search of the online catalogue.', { query: str }),
        tool('open_record', 'Open a catalogue record and list its description and children.', { id: str }),
        tool('list_children', 'List the files inside a series.', { id: str }),
        tool('request_item', 'Book a file for the reading room.', { id: str, date: str }),
      ],
    };
  },
};

const gbTransect: Family = {
  id: 'wq-gb-plot-circuit', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'All listed vegetation plots must be reached on a trail network and the crew must be back at the truck before a hard cut-off, a search for a feasible route through a graph.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'zh'], i);
    const nPlots = rng.int(4, 6);
    const nodes = ['T', ...Array.from({ length: nPlots }, (_, k) => `P${k + 1}`), 'J1', 'J2', 'J3'];
    const order = ['T', ...rng.sample(nodes.slice(1), nodes.length - 1)];
    const edges = new Map<string, number>();
    for (let k = 1; k < order.length; k++) edges.set(`${order[k - 1]}-${order[k]}`, rng.int(8, 45));
    for (let k = 0; k < rng.int(4, 7); k++) {
      const [a, b] = rng.sample(nodes, 2);
      if (!edges.has(`${a}-${b}`) && !edges.has(`${b}-${a}`)) edges.set(`${a}-${b}`, rng.int(10, 60));
    }
    const surveyMin = rng.pick([20, 30, 40]);
    const start = rng.pick(['06:30', '07:00', '07:45']);
    const back = rng.pick(['15:30', '16:00', '17:00']);
    const edgeText = [...edges].map(([k, v]) => `${k} ${v}`).join(', ');
    const plots = nodes.filter((n) => n.startsWith('P')).join(', ');
    const closed = rng.chance(0.5) ? [...edges.keys()][rng.int(0, edges.size - 1)]! : '';
    const text = t(lang, {
      en: `Re-survey day. We leave the truck (T) at ${start} and have to be back at T by ${back}, no exceptions. Plots to do: ${plots}, ${surveyMin} min at each. Walking times in minutes: ${edgeText}.${closed ? ` The ${closed} trail is shut for a nesting closure.` : ''} J1-J3 are trail junctions. Give me the order and timings.`,
      pt: `Dia de re-amostragem. Saímos do carro (T) às ${start} e temos de estar de volta em T até às ${back}, sem exceção. Parcelas a fazer: ${plots}, ${surveyMin} min em cada. Tempos de caminhada em minutos: ${edgeText}.${closed ? ` O trilho ${closed} está fechado por causa de nidificação.` : ''} J1-J3 são cruzamentos de trilhos. Diz-me a ordem e os horários.`,
      zh: `今天复查样地。${start} 从车（T）出发，${back} 之前必须回到 T，没有例外。要做的样地：${plots}，每块 ${surveyMin} 分钟。步行时间（分钟）：${edgeText}。${closed ? `${closed} 这段步道因鸟类繁殖封闭。` : ''}J1-J3 是步道岔口。请给出顺序和时间安排。`,
    });
    return {
      lang, messages: [sys(t(lang, { en: 'Field logistics assistant.', pt: 'Assistente de logística de campo.', zh: '野外后勤助手。' })), user(text)],
      response_format: jsonSchema('circuit', { route: list(str), arrive_back: str, feasible: bool }),
    };
  },
};

const courses: { code: string; name: Record<'en' | 'es' | 'de' | 'ja', string> }[] = [
  { code: 'BIO 110', name: { en: 'Intro Biology', es: 'Biología general', de: 'Allgemeine Biologie', ja: '生物学入門' } },
  { code: 'CHEM 120', name: { en: 'General Chemistry', es: 'Química general', de: 'Allgemeine Chemie', ja: '一般化学' } },
  { code: 'STAT 200', name: { en: 'Biostatistics', es: 'Bioestadística', de: 'Biostatistik', ja: '生物統計学' } },
  { code: 'BIO 220', name: { en: 'Cell Biology', es: 'Biología celular', de: 'Zellbiologie', ja: '細胞生物学' } },
  { code: 'CHEM 230', name: { en: 'Organic Chemistry', es: 'Química orgánica', de: 'Organische Chemie', ja: '有機化学' } },
  { code: 'BIO 240', name: { en: 'Genetics', es: 'Genética', de: 'Genetik', ja: '遺伝学' } },
  { code: 'BIO 310', name: { en: 'Neurobiology', es: 'Neurobiología', de: 'Neurobiologie', ja: '神経生物学' } },
  { code: 'BIO 330', name: { en: 'Biochemistry', es: 'Bioquímica', de: 'Biochemie', ja: '生化学' } },
  { code: 'BIO 480', name: { en: 'Molecular Neuroscience', es: 'Neurociencia molecular', de: 'Molekulare Neurowissenschaft', ja: '分子神経科学' } },
];
const prereqs: Record<string, string[]> = {
  'BIO 220': ['BIO 110'], 'CHEM 230': ['CHEM 120'], 'BIO 240': ['BIO 110'], 'BIO 310': ['BIO 220'],
  'BIO 330': ['BIO 220', 'CHEM 230'], 'BIO 480': ['BIO 310', 'BIO 330', 'BIO 240'],
};

const gbCoursePrereqs: Family = {
  id: 'wq-gb-course-sequence', label: 'goal_based', difficulty: 'easy', variants: 4,
  rationale: 'The student names a target course and term, and the answer is a term-by-term sequence through the prerequisite graph that satisfies offering and load limits.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'de', 'ja'], i) as 'en' | 'es' | 'de' | 'ja';
    const done = rng.sample(['BIO 110', 'CHEM 120', 'STAT 200'], rng.int(1, 2));
    const termNames: Record<string, [string, string]> = { en: ['Fall', 'Spring'], es: ['otoño', 'primavera'], de: ['Winter', 'Sommer'], ja: ['秋学期', '春学期'] };
    const [fa, sp] = termNames[lang]!;
    const lines = courses.map((c) => {
      const off = c.code === 'BIO 480' ? fa : rng.pick([fa, sp, `${fa}+${sp}`]);
      const pre = prereqs[c.code]?.join(', ') ?? '-';
      return `${c.code} ${c.name[lang]} | ${pre} | ${off}`;
    }).join('\n');
    const cap = rng.pick([2, 3]);
    const terms = rng.int(4, 5);
    const text = t(lang, {
      en: `I want to be in ${courses[8]!.code} the ${fa} of my ${terms === 4 ? 'third' : 'final'} year, so that's ${terms} terms from now (starting next ${sp}). Done already: ${done.join(', ')}. Max ${cap} lab courses a term because of my job.\ncourse | needs | offered\n${lines}\nWhat do I sign up for each term?`,
      es: `Quiero cursar ${courses[8]!.code} en el ${fa} de mi ${terms === 4 ? 'tercer' : 'último'} año, o sea dentro de ${terms} cuatrimestres (empezando el próximo de ${sp}). Ya aprobadas: ${done.join(', ')}. Como trabajo, como mucho ${cap} asignaturas con laboratorio por cuatrimestre.\nasignatura | requisitos | se imparte\n${lines}\n¿En qué me matriculo cada cuatrimestre?`,
      de: `Ich möchte ${courses[8]!.code} im ${fa}semester meines ${terms === 4 ? 'dritten' : 'letzten'} Jahres belegen, also in ${terms} Semestern (ab dem nächsten ${sp}semester). Schon bestanden: ${done.join(', ')}. Wegen meines Jobs höchstens ${cap} Laborkurse pro Semester.\nKurs | Voraussetzungen | Angebot\n${lines}\nWofür melde ich mich in welchem Semester an?`,
      ja: `${terms === 4 ? '3年次' : '最終学年'}の${fa}に ${courses[8]!.code} を履修したいです。次の${sp}から数えて${terms}学期後です。履修済み：${done.join('、')}。アルバイトがあるので実験付き科目は1学期に最大${cap}つまで。\n科目 | 前提科目 | 開講\n${lines}\n各学期に何を登録すればいいですか？`,
    });
    return { lang, messages: [user(text)], temperature: 0.2 };
  },
};

const gbReproduce: Family = {
  id: 'wq-gb-reproduce-table', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'A data-analysis agent is working through files and code toward an explicit end state (the paper table reproduced to two decimals) and must pick its next action after a mismatch.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'en', 'de'], i);
    const m = rng.pick([
      { col: 'rt_ms', what: 'reaction time (ms)', groups: ['control', 'sleep_dep'], vals: [412.3, 468.9] },
      { col: 'cortisol_nmol', what: 'salivary cortisol (nmol/L)', groups: ['placebo', 'TSST'], vals: [9.84, 15.21] },
      { col: 'leaf_n_pct', what: 'leaf N (%)', groups: ['ambient', 'warmed', 'warmed_drought'], vals: [2.41, 2.18, 1.96] },
    ]);
    const table = rng.pick(['Table 2', 'Table 3', 'Table S1']);
    const ask = t(lang, {
      en: `Reproduce ${table} of the paper (mean ± SD of ${m.what} by group) from the files in ./replication. Match to two decimals and tell me if anything differs.`,
      zh: `用 ./replication 里的文件复现论文的 ${table}（按组计算 ${m.what} 的均值 ± 标准差），精确到小数点后两位，有不一致的地方告诉我。`,
      de: `Reproduziere ${table} aus dem Paper (Mittelwert ± SD von ${m.what} nach Gruppe) mit den Dateien in ./replication. Auf zwei Nachkommastellen genau, und sag mir, wenn etwas abweicht.`,
    });
    const messages: Msg[] = [sys(t(lang, { en: 'Research data assistant with a Python sandbox.', zh: '带 Python 沙箱的科研数据助手。', de: 'Forschungsdaten-Assistent mit Python-Sandbox.' })), user(ask)];
    exchange(rng, messages, 'list_dir', { path: './replication' }, ['README.md', 'data_raw.csv', 'exclusions.csv', 'codebook.xlsx', 'analysis_orig.R']);
    exchange(rng, messages, 'read_file', { path: './replication/README.md' }, `Raw data: one row per participant. Column 'arm' holds the group. Participants listed in exclusions.csv were removed before all analyses (see Methods 2.4). ${m.col} in original units.`);
    exchange(rng, messages, 'run_python', { code: `import pandas as pd\nd = pd.read_csv('replication/data_raw.csv')\nprint(d.groupby('group')['${m.col}'].agg(['mean','std']).round(2))` }, `KeyError: 'group'`);
    const paper = m.vals.map((v) => `${v.toFixed(2)} ± ${(v * 0.12).toFixed(2)}`);
    const mine = m.vals.map((v) => `${(v * (1 + (rng.next() - 0.3) * 0.02)).toFixed(2)} ± ${(v * 0.125).toFixed(2)}`);
    exchange(rng, messages, 'run_python', { code: `print(d.groupby('arm')['${m.col}'].agg(['mean','std','count']).round(2))` }, m.groups.map((g, k) => `${g}  ${mine[k]}  n=${rng.int(28, 60)}`).join('\n'));
    if (i % 2 === 1) messages.push(user(t(lang, {
      en: `Paper says ${m.groups.map((g, k) => `${g} ${paper[k]}`).join(', ')}.`,
      zh: `论文里是 ${m.groups.map((g, k) => `${g} ${paper[k]}`).join('，')}。`,
      de: `Im Paper steht ${m.groups.map((g, k) => `${g} ${paper[k]}`).join(', ')}.`,
    })));
    return {
      lang, messages,
      tools: [
        tool('list_dir', 'List a directory.', { path: str }),
        tool('read_file', 'Read a text file.', { path: str }),
        tool('run_python', 'Run Python in the sandbox (state persists).', { code: str }),
        tool('finish', 'Report the outcome to the user.', { summary: str, matches: bool }),
      ],
    };
  },
};

// ───────────────────────────── utility_based ─────────────────────────────

const ubSeqLanes: Family = {
  id: 'wq-ub-sequencing-lanes', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Samples with different read needs and priority weights compete for a fixed number of lane capacities and a budget, so the answer is the allocation with the highest weighted value.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'zh'], i);
    const n = rng.int(8, 12);
    const projects = ['HX', 'MB', 'TS', 'ONC'];
    const samples = Array.from({ length: n }, (_, k) => ({
      id: `S${pad(k + 1)}`, project: rng.pick(projects), reads_m: rng.pick([40, 60, 80, 100, 150, 200, 250]), weight: rng.int(1, 3),
    }));
    const lanes = rng.int(2, 3);
    const laneCost = rng.pick([1450, 1800, 2100]);
    const budgetLanes = rng.chance(0.5) ? lanes : lanes - 1;
    const clash = rng.sample(samples.map((s) => s.id), 2);
    const rows = samples.map((s) => `${s.id} | ${s.project} | ${s.reads_m} | ${s.weight}`).join('\n');
    const text = t(lang, {
      en: `Next NovaSeq run. ${lanes} lanes free, 400 M reads per lane, ${laneCost} € per lane, budget covers ${budgetLanes} lane(s) unless a project with weight-3 samples chips in the rest. A sample below its read target is worth nothing; splitting a sample across lanes is fine. ${clash[0]} and ${clash[1]} share an index and cannot go in the same lane. Aim for the highest total weight of samples that reach their target, then lowest cost.\nsample | project | reads needed (M) | weight\n${rows}`,
      de: `Nächster NovaSeq-Lauf. ${lanes} Lanes frei, 400 Mio. Reads pro Lane, ${laneCost} € pro Lane, das Budget reicht für ${budgetLanes} Lane(s), außer ein Projekt mit Gewicht-3-Proben zahlt den Rest. Eine Probe unter ihrem Read-Ziel bringt nichts; Aufteilen auf mehrere Lanes ist erlaubt. ${clash[0]} und ${clash[1]} haben denselben Index und dürfen nicht in dieselbe Lane. Ziel: möglichst hohes Gesamtgewicht der Proben, die ihr Ziel erreichen, danach möglichst niedrige Kosten.\nProbe | Projekt | benötigte Reads (Mio.) | Gewicht\n${rows}`,
      zh: `下一轮 NovaSeq。空闲 ${lanes} 条 lane，每条 4 亿 reads，每条 ${laneCost} 欧元，预算只够 ${budgetLanes} 条，除非有权重为 3 的样本所属项目愿意补差价。样本达不到目标 reads 就没有价值；一个样本可以拆到多条 lane。${clash[0]} 和 ${clash[1]} 的 index 相同，不能放在同一条 lane。首先要让达标样本的总权重最高，其次成本最低。\n样本 | 项目 | 所需 reads（百万） | 权重\n${rows}`,
    });
    return {
      lang, messages: [sys(t(lang, { en: 'Genomics core scheduling assistant. Output JSON.', de: 'Planungsassistent der Genomics-Core-Facility. Ausgabe als JSON.', zh: '基因组平台排机助手。输出 JSON。' })), user(text)],
      response_format: jsonSchema('lane_plan', {
        lanes: list(obj({ lane: int, samples: list(obj({ id: str, reads_m: num })) })), deferred: list(str), total_weight: int, cost_eur: num,
      }),
    };
  },
};

const ubSurveySites: Family = {
  id: 'wq-ub-survey-site-pick', label: 'utility_based', difficulty: 'medium', variants: 5,
  rationale: 'Candidate survey sites differ in expected new records, days, cost and road risk, and the crew must choose the subset that gives the most records within the day and money limits.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr'], i);
    const names: Record<string, string[]> = {
      en: ['Cold Fell bog', 'Ravensike gill', 'Hartside moor', 'Lune gorge', 'Whinfell plantation', 'Mallerstang edge', 'Tarn Sike'],
      es: ['Turbera de Valdeón', 'Barranco del Cúa', 'Hayedo de Montegrande', 'Lagunas de Ausente', 'Pinar de Lillo', 'Vega de Liordes', 'Collado Jermoso'],
      fr: ['Tourbière du Frasnois', 'Combe de Laisia', 'Forêt de la Joux', 'Lac des Rouges-Truites', 'Crêt de la Neige', 'Marais de Saône', 'Gorges de la Langouette'],
    };
    const riskWord: Record<string, string[]> = { en: ['low', 'medium', 'high'], es: ['bajo', 'medio', 'alto'], fr: ['faible', 'moyen', 'élevé'] };
    const L = lang as 'en' | 'es' | 'fr';
    const sites = rng.sample(names[L]!, rng.int(5, 7)).map((nm) => ({
      nm, days: rng.int(1, 4), cost: rng.int(2, 14) * 50, rec: round(1 + rng.next() * 9, 1), risk: rng.pick(riskWord[L]!),
    }));
    const days = rng.int(7, 12);
    const money = rng.int(12, 25) * 50;
    const rows = sites.map((s) => `${s.nm} | ${s.days} | ${s.cost} | ${s.rec} | ${s.risk}`).join('\n');
    const text = t(lang, {
      en: `Bryophyte atlas, last season before the county volume closes. Two of us, one 4x4, ${days} field days, £${money} left for fuel, permits and bunkhouse. Which of these do we go for? What counts is new hectad records. A high-risk road means a real chance we lose a day to recovery, so only if it pays.\nsite | days incl. travel | cost £ | expected new records | road risk\n${rows}`,
      es: `Atlas de briófitos, última campaña antes de cerrar el volumen provincial. Somos dos, un todoterreno, ${days} días de campo y quedan ${money} € para gasolina, permisos y refugio. ¿A cuáles vamos? Lo que cuenta son las citas nuevas de cuadrícula. Un camino de riesgo alto supone una probabilidad real de perder un día en rescatar el coche, así que solo si compensa.\nlocalidad | días con viaje | coste € | citas nuevas esperadas | riesgo del camino\n${rows}`,
      fr: `Atlas des bryophytes, dernière saison avant la clôture du volume départemental. Nous sommes deux, un 4x4, ${days} jours de terrain et il reste ${money} € pour l’essence, les autorisations et le gîte. Lesquels on fait ? Ce qui compte, ce sont les nouvelles données par maille. Une piste à risque élevé, c’est une vraie chance de perdre une journée à dépanner, donc seulement si ça vaut le coup.\nsite | jours trajet compris | coût € | nouvelles données attendues | risque piste\n${rows}`,
    });
    return { lang, messages: [user(text)], temperature: 0.3 };
  },
};

const ubTrialSites: Family = {
  id: 'wq-ub-trial-site-mix', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Trial sites are chosen by weighing start-up and per-patient cost, recruitment speed and data quality against a budget and timeline, an explicit weighted trade-off.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'pt'], i);
    const target = rng.pick([180, 240, 320]);
    const months = rng.pick([10, 12, 15]);
    const budget = rng.pick([2.4, 3.1, 3.8]);
    const cities = rng.sample(['Lisboa', 'Porto', 'Madrid', 'Lyon', 'Leuven', 'Kraków', 'Osaka', 'Sendai', 'São Paulo', 'Recife', 'Graz', 'Turku'], rng.int(6, 8));
    const rows = cities.map((c, k) => `S${k + 1} ${c} | ${rng.int(25, 90)}k | ${rng.int(6, 14)}k | ${round(0.8 + rng.next() * 3.5, 1)} | ${round(0.6 + rng.next() * 0.39, 2)}`).join('\n');
    const w = rng.pick(['0.5 / 0.3 / 0.2', '0.4 / 0.4 / 0.2', '0.3 / 0.3 / 0.4']);
    const text = t(lang, {
      en: `Phase II, ${target} patients in ${months} months of enrolment, site budget €${budget}M. Weights cost / speed / data quality = ${w}. Pick the sites and tell me the trade-off you're making.\nsite | start-up € | per patient € | pts/month | DQ score\n${rows}`,
      ja: `第II相試験。登録期間${months}か月で${target}例、施設関連予算は${budget}百万ユーロ。重み付けはコスト／スピード／データ品質＝${w}。どの施設を選ぶか、何と何を天秤にかけたかも説明してください。\n施設 | 立ち上げ費用 € | 1例あたり € | 月あたり症例数 | DQスコア\n${rows}`,
      pt: `Fase II, ${target} doentes em ${months} meses de recrutamento, orçamento para centros de ${budget} M€. Pesos custo / rapidez / qualidade de dados = ${w}. Escolhe os centros e explica o compromisso que estás a fazer.\ncentro | arranque € | por doente € | doentes/mês | pontuação DQ\n${rows}`,
    });
    return {
      lang, temperature: 0.2,
      messages: [sys(t(lang, { en: 'Clinical operations analyst. JSON output.', ja: '臨床開発オペレーションのアナリスト。JSONで出力。', pt: 'Analista de operações clínicas. Saída em JSON.' })), user(text)],
      response_format: jsonSchema('site_selection', { sites: list(str), expected_months: num, total_cost_eur: num, rationale: str }),
    };
  },
};

const ubRevision: Family = {
  id: 'wq-ub-revision-hours', label: 'utility_based', difficulty: 'easy', variants: 5,
  rationale: 'Limited study hours must be split across exams with different credit weights and diminishing mark gains, an allocation that gets the most weighted marks.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'zh'], i);
    const subj: Record<string, string[]> = {
      en: ['Organic chem', 'Physiology', 'Statistics', 'Ecology', 'Cell bio', 'Genetics'],
      de: ['Organische Chemie', 'Physiologie', 'Statistik', 'Ökologie', 'Zellbiologie', 'Genetik'],
      es: ['Química orgánica', 'Fisiología', 'Estadística', 'Ecología', 'Biología celular', 'Genética'],
      zh: ['有机化学', '生理学', '统计学', '生态学', '细胞生物学', '遗传学'],
    };
    const exams = rng.sample(subj[lang]!, rng.int(4, 5)).map((s) => ({ s, cr: rng.pick([5, 7.5, 10]), now: rng.int(45, 78), gain: round(1 + rng.next() * 3, 1) }));
    const hours = rng.int(18, 36);
    const rows = exams.map((e) => `${e.s}: ${e.cr} ECTS, ${e.now}%, +${e.gain}`).join('\n');
    const text = t(lang, {
      en: `${hours} hours left before exams. Course, credits, where my mock marks are now, marks gained per hour for the first 5 hours (after that it halves, and again after 10):\n${rows}\nPass mark is 50 for each. How do I split the hours so my credit-weighted average ends up as high as possible?`,
      de: `Noch ${hours} Stunden bis zu den Prüfungen. Fach, Credits, aktueller Stand in den Probeklausuren, Punkte pro Stunde Lernen für die ersten 5 Stunden (danach die Hälfte, ab 10 Stunden nochmal die Hälfte):\n${rows}\nBestanden ist jeweils ab 50. Wie teile ich die Stunden auf, damit mein nach Credits gewichteter Schnitt so hoch wie möglich wird?`,
      es: `Me quedan ${hours} horas antes de los exámenes. Asignatura, créditos, nota actual en los simulacros y puntos que gano por hora en las primeras 5 horas (luego la mitad, y otra vez la mitad a partir de 10):\n${rows}\nSe aprueba con 50 en cada una. ¿Cómo reparto las horas para que mi media ponderada por créditos quede lo más alta posible?`,
      zh: `离考试还剩 ${hours} 小时。科目、学分、目前模拟考分数、前 5 小时每小时能提高的分数（之后减半，超过 10 小时再减半）：\n${rows}\n每科 50 分及格。我该怎么分配时间，才能让按学分加权的平均分尽量高？`,
    });
    return { lang, messages: [user(text)] };
  },
};

const ubConfocal: Family = {
  id: 'wq-ub-confocal-week', label: 'utility_based', secondary: 'goal_based', difficulty: 'hard', variants: 4,
  rationale: 'More microscope hours are requested than the week has, so the agent must choose whose requests to fit by priority, deadlines and penalties; producing the schedule also has a constraint-satisfaction side.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'ja'], i);
    const groups = rng.sample(['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Reyes', 'Petrov', 'Haddad', 'Nguyen'], rng.int(5, 7));
    const system = t(lang, {
      en: 'Imaging facility booking agent. Tools: get_requests, get_calendar, submit_schedule. Unserved priority-A hours cost 3 points each, B 2, C 1; a booking after its deadline counts as unserved.',
      fr: 'Agent de réservation de la plateforme d’imagerie. Outils : get_requests, get_calendar, submit_schedule. Chaque heure non servie coûte 3 points en priorité A, 2 en B, 1 en C ; une réservation après l’échéance compte comme non servie.',
      ja: 'イメージング施設の予約エージェント。ツール：get_requests、get_calendar、submit_schedule。割り当てられなかった時間は優先度Aで1時間3点、Bで2点、Cで1点の損失。締め切り後の予約は割り当てなしと同じ扱い。',
    });
    const messages: Msg[] = [sys(system), user(t(lang, {
      en: 'Do next week for the LSM 980.', fr: 'Fais la semaine prochaine pour le LSM 980.', ja: '来週の LSM 980 の予約を組んで。',
    }))];
    const week = `2025-W${pad(rng.int(2, 50))}`;
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
    exchange(rng, messages, 'get_requests', { instrument: 'LSM980', week }, groups.map((g) => ({
      group: g, hours: rng.pick([2, 3, 4, 6, 8]), priority: rng.pick(['A', 'B', 'B', 'C']), deadline: rng.pick([...days, 'none']),
      needs: rng.pick(['live-cell chamber', 'Airyscan', 'none', 'none', '405 nm laser']),
    })));
    exchange(rng, messages, 'get_calendar', { instrument: 'LSM980', week }, {
      free: days.map((d) => ({ day: d, blocks: rng.sample(['08-12', '13-17', '17-21'], rng.int(1, 2)) })),
      notes: [`live-cell chamber only ${rng.pick(['Tue-Thu', 'Mon-Wed', 'Wed-Fri'])}`, rng.chance(0.5) ? '405 nm laser service Wed 08-12' : 'Airyscan detector recalibration Mon'],
    });
    if (i % 2 === 1) messages.push(user(t(lang, {
      en: `${groups[0]} just emailed: their revision is due ${rng.pick(days)}, can they jump the queue?`,
      fr: `${groups[0]} vient d’écrire : leur révision est due ${rng.pick(['lundi', 'mardi', 'mercredi', 'jeudi'])}, peuvent-ils passer devant ?`,
      ja: `${groups[0]}から連絡：論文の修正の締め切りが${rng.pick(['月曜', '火曜', '水曜', '木曜'])}なので、優先してもらえないかとのこと。`,
    })));
    return {
      lang, messages,
      tools: [
        tool('get_requests', 'Booking requests for an instrument and week.', { instrument: str, week: str }),
        tool('get_calendar', 'Free blocks and constraints for an instrument and week.', { instrument: str, week: str }),
        tool('submit_schedule', 'Publish bookings.', { week: str, bookings: list(obj({ group: str, day: str, block: str })), unserved: list(str) }),
      ],
    };
  },
};

// ─────────────────────────────── learning ───────────────────────────────

const lrPcr: Family = {
  id: 'wq-lr-pcr-run-history', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Earlier PCR runs with their conditions and gel results are the only guide to which settings work for GC-rich or long templates, and they must be generalised to a new primer pair.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja'], i);
    const outcome = (gc: number, len: number, ta: number, dmso: number, pol: string): string => {
      if (len > 3000 && pol !== 'Q5') return 'none';
      if (gc > 62 && dmso === 0) return 'smear';
      if (gc > 62 && ta < 64) return 'smear';
      if (ta > 68 && gc < 50) return 'faint';
      return 'clean';
    };
    const runs = Array.from({ length: rng.int(5, 8) }, (_, k) => {
      const gc = rng.int(38, 74); const len = rng.pick([450, 900, 1800, 3500, 5200]);
      const ta = rng.pick([55, 58, 60, 62, 64, 66, 68, 70]); const dmso = rng.pick([0, 0, 3, 5]); const pol = rng.pick(['Taq', 'Q5', 'Phusion']);
      return `#${k + 1} ${rng.pick(['ACTB', 'GAPDH', 'FMR1', 'HBB', 'GNAS', 'TERT', 'COL1A1', 'MYC'])} | GC ${gc}% | ${len} bp | Ta ${ta} | DMSO ${dmso}% | ${pol} | ${outcome(gc, len, ta, dmso, pol)}`;
    });
    const newGc = rng.int(64, 76); const newLen = rng.pick([700, 2400, 4100]);
    const gene = rng.pick(['FOXP2 exon 1', 'CACNA1C 5′UTR', 'SHANK3 exon 21', 'BDNF promoter']);
    const text = t(lang, {
      en: `Our bench log for this polymerase kit (gene | GC | amplicon | Ta °C | DMSO | enzyme | gel):\n${runs.join('\n')}\n\nNew pair for ${gene}: GC ${newGc}%, ${newLen} bp. I have Taq, Q5 and Phusion. What do I set up so it works first time?`,
      de: `Unser Laborbuch zu diesem Polymerase-Kit (Gen | GC | Amplikon | Ta °C | DMSO | Enzym | Gel):\n${runs.join('\n')}\n\nNeues Primerpaar für ${gene}: GC ${newGc} %, ${newLen} bp. Ich habe Taq, Q5 und Phusion da. Welche Bedingungen nehme ich, damit es gleich beim ersten Mal klappt?`,
      ja: `このポリメラーゼキットでのこれまでの実験ノート（遺伝子 | GC | アンプリコン長 | Ta ℃ | DMSO | 酵素 | ゲル結果）：\n${runs.join('\n')}\n\n${gene}用の新しいプライマー：GC ${newGc}%、${newLen} bp。手元にあるのはTaq、Q5、Phusion。一発でうまくいかせるにはどんな条件にすればいいですか？`,
    });
    return { lang, messages: [sys(t(lang, { en: 'Molecular biology bench assistant.', de: 'Assistent für molekularbiologische Laborarbeit.', ja: '分子生物学の実験アシスタント。' })), user(text)] };
  },
};

const tutorNotes: Record<'en' | 'es' | 'fr' | 'pt', { notes: string[]; q: string[] }> = {
  en: {
    notes: ['formal epsilon-delta definition of a limit first -> lost track halfway, asked to stop (rated 2/5)', 'car speedometer analogy for the derivative -> did the 4 follow-up problems alone (5/5)', 'table of numbers shrinking h toward 0 -> "ok that clicked" (4/5)', 'sent a 20-min lecture video -> did not watch it (n/a)', 'proof of the product rule by algebra -> copied it, could not explain it back (2/5)'],
    q: ['why is the derivative of sin x equal to cos x??', 'I don\'t get why e^x is its own derivative', 'what is the chain rule actually doing'],
  },
  es: {
    notes: ['definición formal épsilon-delta del límite primero -> se perdió a mitad, pidió parar (2/5)', 'analogía del velocímetro del coche para la derivada -> resolvió solo los 4 ejercicios siguientes (5/5)', 'tabla de números acercando h a 0 -> «vale, ahora sí» (4/5)', 'vídeo de 20 minutos -> no lo vio (n/d)', 'demostración algebraica de la regla del producto -> la copió pero no supo explicarla (2/5)'],
    q: ['¿por qué la derivada de sen x es cos x?', 'no entiendo por qué e^x es su propia derivada', '¿qué hace realmente la regla de la cadena?'],
  },
  fr: {
    notes: ['définition epsilon-delta de la limite en premier -> décroché à mi-chemin, a demandé d’arrêter (2/5)', 'analogie du compteur de vitesse pour la dérivée -> a fait seul les 4 exercices suivants (5/5)', 'tableau de valeurs avec h qui tend vers 0 -> « ok là j’ai compris » (4/5)', 'vidéo de cours de 20 min -> pas regardée (n/a)', 'preuve algébrique de la règle du produit -> recopiée, incapable de la réexpliquer (2/5)'],
    q: ['pourquoi la dérivée de sin x c’est cos x ?', 'je comprends pas pourquoi e^x est sa propre dérivée', 'elle fait quoi concrètement la règle de dérivation en chaîne ?'],
  },
  pt: {
    notes: ['definição formal épsilon-delta de limite primeiro -> perdeu-se a meio, pediu para parar (2/5)', 'analogia do velocímetro do carro para a derivada -> resolveu sozinho os 4 exercícios seguintes (5/5)', 'tabela de números com h a aproximar-se de 0 -> "ok, agora percebi" (4/5)', 'vídeo de aula de 20 min -> não viu (n/a)', 'demonstração algébrica da regra do produto -> copiou, não conseguiu explicar (2/5)'],
    q: ['porque é que a derivada de sen x é cos x?', 'não percebo porque é que e^x é a sua própria derivada', 'o que é que a regra da cadeia faz, afinal?'],
  },
};

const lrTutorNotes: Family = {
  id: 'wq-lr-tutor-session-notes', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: "Notes on which explanations worked or failed for this student in earlier sessions are pulled into context and must shape how a new topic is taught.",
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'pt'], i) as 'en' | 'es' | 'fr' | 'pt';
    const stu = `stu_${rng.int(1000, 9999)}`;
    const pack = tutorNotes[lang];
    const system = t(lang, {
      en: 'Calculus tutor. Before answering, call recall_notes for the student and teach in the way that has worked for them before. Keep it short.',
      es: 'Tutor de cálculo. Antes de responder, llama a recall_notes para el alumno y explica de la manera que le haya funcionado antes. Sé breve.',
      fr: 'Tuteur d’analyse. Avant de répondre, appelle recall_notes pour l’élève et explique de la façon qui a déjà marché pour lui. Sois bref.',
      pt: 'Tutor de cálculo. Antes de responder, chama recall_notes para o aluno e explica da forma que já resultou com ele. Sê breve.',
    });
    const q = pack.q[(i + rng.int(0, 2)) % pack.q.length]!;
    const messages: Msg[] = [sys(system), user(q)];
    const notes = rng.sample(pack.notes, rng.int(3, 5)).map((n, k) => ({ session: `2025-${pad(k + rng.int(1, 3))}-${pad(rng.int(1, 28))}`, note: n }));
    exchange(rng, messages, 'recall_notes', { student: stu }, { student: stu, level: rng.pick(['A-level', 'IB HL', 'first-year']), notes });
    return {
      lang, messages, tools: [tool('recall_notes', 'Notes saved after earlier sessions with this student.', { student: str })],
    };
  },
};

const headingCases: Record<'en' | 'fr' | 'de', { past: string[]; fresh: string[] }> = {
  en: {
    past: [
      '"Wetland birds of the Camargue" | suggested: Birds; Ecology | kept: Water birds -- France -- Camargue; Wetland ecology -- France -- Camargue',
      '"Soil microbes under Scots pine" | suggested: Microbiology; Trees | kept: Soil microbiology -- Scotland; Scots pine -- Ecology',
      '"Teaching field ecology to undergraduates" | suggested: Ecology; Education | kept: Ecology -- Study and teaching (Higher) -- Great Britain',
      '"Mosses of the Faroe Islands" | suggested: Mosses; Plants | kept: Mosses -- Faroe Islands -- Identification',
      '"Climate records from Alpine lake sediments" | suggested: Climate; Lakes | kept: Paleoclimatology -- Alps; Lake sediments -- Alps',
    ],
    fresh: ['"Amphibian decline in Pyrenean ponds, 1990-2020"', '"Lichens of the Isle of Skye"', '"Teaching plant identification in secondary schools"'],
  },
  fr: {
    past: [
      '« Les oiseaux des marais de Camargue » | proposé : Oiseaux ; Écologie | retenu : Oiseaux aquatiques -- France -- Camargue ; Écologie des zones humides -- France -- Camargue',
      '« Microbes du sol sous pin sylvestre » | proposé : Microbiologie ; Arbres | retenu : Sols -- Microbiologie -- Vosges ; Pin sylvestre -- Écologie',
      '« Enseigner l’écologie de terrain à l’université » | proposé : Écologie ; Éducation | retenu : Écologie -- Étude et enseignement (supérieur) -- France',
      '« Mousses des îles Féroé » | proposé : Mousses ; Plantes | retenu : Mousses -- Féroé (îles) -- Identification',
    ],
    fresh: ['« Déclin des amphibiens dans les mares pyrénéennes, 1990-2020 »', '« Lichens de l’île de Skye »', '« Enseigner la reconnaissance des plantes au collège »'],
  },
  de: {
    past: [
      '„Die Vögel der Camargue“ | Vorschlag: Vögel; Ökologie | übernommen: Wasservögel; Feuchtgebiet; Camargue',
      '„Bodenmikroben unter Waldkiefern“ | Vorschlag: Mikrobiologie; Bäume | übernommen: Bodenmikrobiologie; Waldkiefer; Schwarzwald',
      '„Feldökologie in der Hochschullehre“ | Vorschlag: Ökologie; Bildung | übernommen: Ökologie; Hochschuldidaktik; Deutschland',
      '„Moose der Färöer“ | Vorschlag: Moose; Pflanzen | übernommen: Laubmoose; Färöer; Bestimmung',
    ],
    fresh: ['„Amphibienrückgang in Pyrenäen-Tümpeln, 1990-2020“', '„Flechten der Insel Skye“', '„Pflanzenbestimmung im Biologieunterricht der Sekundarstufe“'],
  },
};

const lrSubjectHeadings: Family = {
  id: 'wq-lr-subject-heading-corrections', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
  rationale: "The headings for a new record should follow the pattern in the cataloguers' past corrections (specific topic plus place and form subdivisions) rather than the generic suggestions, though each record is also a one-shot tagging job.",
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'de'], i) as 'en' | 'fr' | 'de';
    const c = headingCases[lang];
    const past = rng.sample(c.past, rng.int(3, c.past.length));
    const fresh = c.fresh[(i + rng.int(0, 2)) % c.fresh.length]!;
    const system = t(lang, {
      en: 'Subject-heading suggester for the natural sciences library. Below are recent suggestions and what the cataloguers kept instead. Propose headings for the new record. JSON.',
      fr: 'Suggestion de vedettes-matière pour la bibliothèque de sciences naturelles. Ci-dessous, des propositions récentes et ce que les catalogueurs ont retenu à la place. Propose des vedettes pour la nouvelle notice. JSON.',
      de: 'Schlagwortvorschläge für die naturwissenschaftliche Bibliothek. Unten stehen frühere Vorschläge und was die Katalogisierer stattdessen übernommen haben. Schlage Schlagwörter für den neuen Datensatz vor. JSON.',
    });
    const head = t(lang, { en: 'New record', fr: 'Nouvelle notice', de: 'Neuer Datensatz' });
    return {
      lang, temperature: 0,
      messages: [sys(system), user(`${past.join('\n')}\n\n${head}: ${fresh} (${rng.int(2015, 2024)}, ${rng.int(120, 420)} p.)`)],
      response_format: jsonSchema('headings', { headings: list(str) }),
    };
  },
};

const lrTrapSeasons: Family = {
  id: 'wq-lr-trapline-seasons', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Capture results from earlier seasons under different rain, habitat and bait must be generalised to set trap lines for a season with new conditions; choosing among line options is secondary.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'pt'], i);
    const habitats: Record<string, string[]> = { en: ['riparian', 'grassland', 'scrub', 'pine edge'], zh: ['河岸带', '草地', '灌丛', '松林边缘'], pt: ['mata ciliar', 'campo', 'cerrado denso', 'borda de pinhal'] };
    const baits: Record<string, string[]> = { en: ['oats', 'peanut butter + oats', 'seed mix', 'sardine'], zh: ['燕麦', '花生酱+燕麦', '混合种子', '沙丁鱼'], pt: ['aveia', 'pasta de amendoim + aveia', 'mistura de sementes', 'sardinha'] };
    const H = habitats[lang]!; const B = baits[lang]!;
    const years = Array.from({ length: rng.int(4, 6) }, (_, k) => 2018 + k);
    const rows = years.map((y) => {
      const rain = rng.int(180, 720);
      const h = rng.pick(H); const b = rng.pick(B);
      const base = (h === H[0] ? 1.6 : 1) * (rain < 350 && h === H[1] ? 0.4 : 1) * (b === B[1] ? 1.4 : b === B[3] ? 0.6 : 1);
      return `${y} | ${rain} mm | ${h} | ${b} | ${round(3 + base * (4 + rng.next() * 6), 1)}`;
    }).join('\n');
    const rain = rng.int(120, 260);
    const lines = rng.int(2, 4);
    const text = t(lang, {
      en: `Small-mammal monitoring, ${lines} trap lines allowed by the permit this year. Spring rain so far is only ${rain} mm. Previous seasons (year | spring rain | habitat | bait | captures per 100 trap-nights):\n${rows}\nWhere do the lines go and what bait?`,
      zh: `小型兽类监测，今年许可证只允许布设 ${lines} 条陷阱样线。今年春季降雨到目前只有 ${rain} 毫米。往年情况（年份 | 春季降雨 | 生境 | 诱饵 | 每百笼夜捕获数）：\n${rows}\n今年样线放在哪里，用什么诱饵？`,
      pt: `Monitorização de micromamíferos, a licença deste ano permite ${lines} linhas de armadilhas. Até agora a chuva de primavera foi só ${rain} mm. Épocas anteriores (ano | chuva de primavera | habitat | isco | capturas por 100 armadilhas-noite):\n${rows}\nOnde ponho as linhas e com que isco?`,
    });
    return { lang, messages: [user(text)], temperature: 0.4 };
  },
};

const lrCrystal: Family = {
  id: 'wq-lr-crystal-screen-rounds', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Scores from earlier crystallisation rounds, pulled from the screening log, show which precipitant, pH and additive regions give crystals, and the next round must be designed from that record.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'es'], i);
    const protein = rng.pick(['KRAS G12D-GDP', 'PfCSP fragment', 'nanobody Nb-17', 'TEM-1 β-lactamase']);
    const system = t(lang, {
      en: 'Crystallisation screening agent. Score 0 clear, 1 precipitate, 2 microcrystals, 3 needles, 4 single crystals. Tools: get_rounds, get_reagents, submit_round.',
      ja: '結晶化スクリーニングのエージェント。スコア：0 透明、1 沈殿、2 微結晶、3 針状結晶、4 単結晶。ツール：get_rounds、get_reagents、submit_round。',
      es: 'Agente de cribado de cristalización. Puntuación: 0 transparente, 1 precipitado, 2 microcristales, 3 agujas, 4 monocristales. Herramientas: get_rounds, get_reagents, submit_round.',
    });
    const drops = Array.from({ length: rng.int(10, 18) }, (_, k) => {
      const peg = rng.pick([10, 14, 18, 22, 26, 30]); const ph = rng.pick([5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5]);
      const salt = rng.pick(['0.2 M NaCl', '0.2 M MgCl2', '0.1 M Li2SO4', 'none']); const add = rng.pick(['glycerol 5%', 'none', 'none', 'MPD 3%']);
      const score = Math.max(0, Math.min(4, Math.round((peg >= 18 && peg <= 26 ? 2 : 0) + (ph >= 6.5 && ph <= 7.5 ? 1 : 0) + (salt.includes('Mg') ? 1 : 0) - (add === 'MPD 3%' ? 1 : 0) + (rng.next() - 0.5))));
      return { round: 1 + Math.floor(k / 6), peg3350_pct: peg, pH: ph, salt, additive: add, temp_c: rng.pick([4, 20]), score };
    });
    const nextRound = drops[drops.length - 1]!.round + 1;
    const messages: Msg[] = [sys(system), user(t(lang, {
      en: `Round ${nextRound} for ${protein}: 8 drops. Pick the conditions.`,
      ja: `${protein}の第${nextRound}ラウンド、ドロップは8つ。条件を選んで。`,
      es: `Ronda ${nextRound} para ${protein}: 8 gotas. Elige las condiciones.`,
    }))];
    exchange(rng, messages, 'get_rounds', { protein }, { drops });
    exchange(rng, messages, 'get_reagents', {}, { peg3350_pct: [10, 14, 18, 20, 22, 24, 26, 30], pH: [5.5, 6.0, 6.5, 7.0, 7.5, 8.0], salts: ['0.2 M NaCl', '0.2 M MgCl2', '0.1 M Li2SO4', '0.2 M CaCl2'], additives: ['glycerol 5%', 'MPD 3%', 'none'], protein_mg_left: round(0.8 + rng.next() * 2, 1) });
    return {
      lang, messages,
      tools: [
        tool('get_rounds', 'All scored drops so far for a protein.', { protein: str }),
        tool('get_reagents', 'Stock solutions available.'),
        tool('submit_round', 'Queue the next 8 drops on the dispensing robot.', { drops: list(obj({ peg3350_pct: num, pH: num, salt: str, additive: str, temp_c: int })) }),
      ],
    };
  },
};

// ─────────────────────────────── non-agentic ───────────────────────────────

const consentParas = [
  'Taking part in this study is voluntary. You may withdraw at any time without giving a reason, and this will not affect the standard care you receive. If you withdraw, the samples already collected will be destroyed unless you agree that they can be kept.',
  'During the study you will be asked to give a small blood sample (about two teaspoons) at each of four visits. You may feel brief discomfort or notice a small bruise where the needle went in. Rarely, people feel faint.',
  'Your information will be stored on secure university servers and labelled with a study number instead of your name. Only the research team and the regulatory authorities may see information that could identify you.',
];

const naConsent: Family = {
  id: 'wq-na-consent-translation', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'Translating a consent-form paragraph is a plain language task with no agentic decision; the nearest shape is a one-turn response to the input.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'fr'], i);
    const p = consentParas[(i + rng.int(0, 2)) % consentParas.length]!;
    const ask = t(lang, {
      en: `Translate this paragraph of our participant information sheet into ${rng.pick(['Spanish', 'Polish', 'Brazilian Portuguese'])}. Plain, friendly register, keep it close to the original:\n\n${p}`,
      de: `Bitte ins Deutsche übersetzen, für Laien verständlich, aber nah am Original. Es ist ein Absatz aus unserer Teilnehmerinformation:\n\n${p}`,
      ja: `研究参加者向け説明文書の一段落です。一般の方にも分かりやすい自然な日本語に訳してください。\n\n${p}`,
      fr: `Tu peux traduire ce paragraphe en français ? C’est pour la notice d’information des participants, donc un ton simple et rassurant.\n\n${p}`,
    });
    return { lang, messages: [user(ask)], temperature: 0.3 };
  },
};

const statsQs: Record<'en' | 'pt' | 'ja', string[][]> = {
  en: [['What is the actual difference between a p-value and a confidence interval? My stats exam is Tuesday.'], ['Is standard error the same as standard deviation?', 'No. SD describes spread in your data; SE describes how much the sample mean would vary from sample to sample.', 'ok but then why does SE shrink when n grows and SD does not?'], ['Can you explain what R² tells me in a regression, in plain words?']],
  pt: [['Qual é a diferença real entre valor-p e intervalo de confiança? Tenho exame de estatística na terça.'], ['O erro padrão é o mesmo que o desvio padrão?', 'Não. O desvio padrão descreve a dispersão dos dados; o erro padrão descreve quanto a média amostral variaria de amostra para amostra.', 'ok, mas então porque é que o erro padrão diminui quando o n aumenta e o desvio padrão não?'], ['Podes explicar o que o R² diz numa regressão, em palavras simples?']],
  ja: [['p値と信頼区間って、結局何が違うんですか？火曜日に統計の試験があります。'], ['標準誤差と標準偏差は同じものですか？', '違います。標準偏差はデータのばらつき、標準誤差は標本平均が標本ごとにどれくらい変わるかを表します。', 'じゃあ、nが増えると標準誤差は小さくなるのに標準偏差は小さくならないのはなぜ？'], ['回帰分析のR²が何を表しているのか、簡単な言葉で説明してもらえますか？']],
};

const naStats: Family = {
  id: 'wq-na-stats-explainer', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'A student asks for a conceptual explanation of a statistics idea; there is no world to act in, so it is plain tutoring chat.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'ja'], i) as 'en' | 'pt' | 'ja';
    const conv = statsQs[lang][(i + rng.int(0, 2)) % 3]!;
    const messages: Msg[] = conv.map((c, k) => (k % 2 === 0 ? user(c) : say(c)));
    if (rng.chance(0.5)) messages.unshift(sys(t(lang, { en: 'Friendly statistics tutor for undergraduates.', pt: 'Tutor de estatística simpático para alunos de licenciatura.', ja: '学部生向けの親しみやすい統計の家庭教師。' })));
    return { lang, messages };
  },
};

const meetingItems: Record<'en' | 'de' | 'fr', string[]> = {
  en: ['Priya: the Orbitrap is back from service but the calibration drifted again on Thursday.', 'Tom: mouse cohort 3 arrives on the 14th, cages are not ready yet.', 'Ana: reviewer 2 wants the knockdown repeated with a second siRNA.', 'PI: we need the ethics amendment filed before the end of the month.', 'Tom: the -80 in room 214 alarmed twice overnight, facilities say it is the compressor.', 'Priya: can someone cover the mass spec rota next week, I am at the conference.', 'Ana: figure 4 stats redone with mixed models, conclusions unchanged.'],
  de: ['Jonas: Das Orbitrap ist aus der Wartung zurück, aber die Kalibrierung ist am Donnerstag wieder weggelaufen.', 'Lea: Die dritte Mäusekohorte kommt am 14., die Käfige sind noch nicht fertig.', 'Mehmet: Gutachter 2 will den Knockdown mit einer zweiten siRNA wiederholt haben.', 'Chefin: Der Ethikänderungsantrag muss bis Monatsende raus.', 'Lea: Der -80-Schrank in Raum 214 hat nachts zweimal Alarm gegeben, laut Haustechnik ist es der Kompressor.', 'Jonas: Kann jemand nächste Woche meine MS-Dienste übernehmen? Ich bin auf der Konferenz.'],
  fr: ['Camille : l’Orbitrap est revenu de maintenance mais la calibration a encore dérivé jeudi.', 'Hugo : la cohorte de souris n°3 arrive le 14, les cages ne sont pas prêtes.', 'Inès : le relecteur 2 veut qu’on refasse le knockdown avec un second siARN.', 'La directrice : l’amendement au comité d’éthique doit être déposé avant la fin du mois.', 'Hugo : le -80 de la salle 214 a sonné deux fois cette nuit, les services techniques pensent au compresseur.', 'Camille : quelqu’un peut me remplacer au planning spectro la semaine prochaine ? Je suis en congrès.'],
};

const naMeeting: Family = {
  id: 'wq-na-lab-meeting-summary', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'Turning lab-meeting notes into a short summary with owners is a text-processing request, not an agent acting on a world.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'fr'], i) as 'en' | 'de' | 'fr';
    const items = rng.sample(meetingItems[lang], rng.int(4, meetingItems[lang].length));
    const ask = t(lang, {
      en: 'Summarise these lab meeting notes as 3-5 bullets with who owns what:',
      de: 'Fass diese Notizen aus dem Laborseminar in 3-5 Stichpunkten zusammen, mit Zuständigkeiten:',
      fr: 'Résume ces notes de réunion d’équipe en 3 à 5 points, avec qui s’occupe de quoi :',
    });
    return { lang, messages: [user(`${ask}\n\n${items.join('\n')}`)], max_tokens: rng.pick([300, 400, 600]) };
  },
};

const naSearchAlgos: Family = {
  id: 'wq-na-search-algorithms-explainer', label: 'goal_based', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'An exam-prep request to explain graph-search algorithms is conceptual teaching with nothing to act on; its subject matter sits closest to goal-directed search.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'es'], i);
    const topic = rng.pick([0, 1, 2]);
    const ask = [
      { en: 'Algorithms exam on Friday. Can you explain how BFS, Dijkstra and A* differ and when you would use each? No code, just the intuition.', zh: '周五考算法。能不能讲讲 BFS、Dijkstra 和 A* 的区别，以及各自什么时候用？不要代码，讲直觉就行。', es: 'Tengo examen de algoritmos el viernes. ¿Me explicas en qué se diferencian BFS, Dijkstra y A* y cuándo se usa cada uno? Sin código, solo la intuición.' },
      { en: 'Why does Dijkstra break with negative edge weights? Our lecturer said it but never explained it.', zh: '为什么 Dijkstra 遇到负权边就不行了？老师提了一句但没解释。', es: '¿Por qué Dijkstra falla con aristas de peso negativo? El profesor lo dijo pero no lo explicó.' },
      { en: 'What makes a heuristic "admissible" in A*, and what happens if it isn\'t?', zh: 'A* 里的启发函数"可采纳"是什么意思？如果不满足会怎样？', es: '¿Qué significa que una heurística sea «admisible» en A* y qué pasa si no lo es?' },
    ][topic]!;
    const messages: Msg[] = [user(t(lang, ask))];
    if (i === 3) messages.unshift(sys('You are a patient CS teaching assistant.'));
    return { lang, messages };
  },
};

const abstracts: Texts[] = [
  { en: 'We quantified nitrogen mineralisation in 42 dehesa soils across a rainfall gradient using in situ resin cores over two years. Net mineralisation increased with annual rainfall up to ~600 mm and declined thereafter, while tree canopy cover explained 31% of residual variance. These results suggest that scattered trees buffer soil nitrogen supply against drought.' },
  { en: 'Using camera traps at 118 stations over 9,400 trap-nights, we estimated occupancy of six mesocarnivores in a fragmented agricultural landscape. Occupancy of the common genet was positively associated with riparian corridor length, whereas red fox occupancy was unrelated to any landscape covariate. Corridor restoration may benefit forest-dependent species more than generalists.' },
  { en: 'In a randomised trial of 212 first-year students, retrieval practice quizzes twice a week improved final exam scores by 7.4 points (95% CI 3.1-11.7) compared with re-reading, with the largest gains among students in the lowest prior-attainment quartile.' },
];

const naAbstract: Family = {
  id: 'wq-na-abstract-rewrite', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'Rewriting a research abstract for a lay or foreign-language audience is an editing task with no agentic decision.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'pt'], i);
    const a = abstracts[i === 3 ? 0 : (i + rng.int(0, 2)) % abstracts.length]!.en;
    const ask = t(lang, {
      en: `Rewrite this abstract for our department newsletter, about ${rng.pick([80, 100, 120])} words, no jargon:\n\n${a}`,
      fr: `Peux-tu réécrire ce résumé en français pour le site grand public du labo, en ${rng.pick([80, 100, 120])} mots environ, sans jargon ?\n\n${a}`,
      pt: `Reescreve este resumo em português para a newsletter do departamento, com cerca de ${rng.pick([80, 100, 120])} palavras e sem jargão:\n\n${a}`,
    });
    const messages: Msg[] = [user(ask)];
    if (i === 3) {
      messages.push(say('Scientists looked at how much usable nitrogen is released in the soils of Spanish wood-pastures and found that scattered trees help keep it steady in dry years.'));
      messages.push(user('Good, but make it a bit warmer and mention how many sites they sampled.'));
    }
    return { lang, messages, temperature: 0.7 };
  },
};

export const trainQ: Family[] = [
  srPlateWell, srAeExpedite, srCameraTrap, srLoanDesk, srHoodMonitor,
  mbIncubator, mbFreezerTube, mbCollar, mbTutorTrace, mbTrialSites,
  gbLiquidHandler, gbArchive, gbTransect, gbCoursePrereqs, gbReproduce,
  ubSeqLanes, ubSurveySites, ubTrialSites, ubRevision, ubConfocal,
  lrPcr, lrTutorNotes, lrSubjectHeadings, lrTrapSeasons, lrCrystal,
  naConsent, naStats, naMeeting, naSearchAlgos, naAbstract,
];
