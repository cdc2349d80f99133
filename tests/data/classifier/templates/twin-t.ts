// Author T: health, care and science families written as near twins across type boundaries.
import {
  type Family, type Lang, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, pad,
} from './kit';

// ---------------------------------------------------------------------------------------------
// simple_reflex
// ---------------------------------------------------------------------------------------------

const triageSys: Record<string, string> = {
  en: 'Intake triage for a walk-in clinic. Score the observations with the table and map the total to a colour: 0-2 green, 3-4 yellow, 5-6 orange, 7 or more red. Any single parameter scoring 3 makes it at least orange. Use only the values in this message.',
  de: 'Ersteinschätzung in der Notfallsprechstunde. Bewerte die Vitalwerte nach der Tabelle und ordne die Summe einer Farbe zu: 0–2 grün, 3–4 gelb, 5–6 orange, ab 7 rot. Erreicht ein einzelner Parameter 3 Punkte, ist es mindestens orange. Nur die Werte aus dieser Nachricht verwenden.',
  es: 'Triaje en la consulta de urgencias. Puntúa las constantes con la tabla y asigna un color al total: 0–2 verde, 3–4 amarillo, 5–6 naranja, 7 o más rojo. Si un solo parámetro suma 3 puntos, como mínimo naranja. Usa solo los valores de este mensaje.',
  pt: 'Triagem no pronto-atendimento. Pontue os sinais vitais pela tabela e converta o total numa cor: 0–2 verde, 3–4 amarelo, 5–6 laranja, 7 ou mais vermelho. Se um único parâmetro marcar 3 pontos, no mínimo laranja. Use apenas os valores desta mensagem.',
  fr: "Tri à l'accueil des urgences. Cotez les constantes selon le barème et convertissez le total en couleur : 0–2 vert, 3–4 jaune, 5–6 orange, 7 et plus rouge. Un paramètre isolé coté 3 impose au moins orange. N'utilisez que les valeurs de ce message.",
};
const triageTable = `RR: ≤8 →3 | 9-11 →1 | 12-20 →0 | 21-24 →2 | ≥25 →3
SpO2 %: ≤91 →3 | 92-93 →2 | 94-95 →1 | ≥96 →0
SBP: ≤90 →3 | 91-100 →2 | 101-110 →1 | 111-219 →0 | ≥220 →3
HR: ≤40 →3 | 41-50 →1 | 51-90 →0 | 91-110 →1 | 111-130 →2 | ≥131 →3
T °C: ≤35.0 →3 | 35.1-36.0 →1 | 36.1-38.0 →0 | 38.1-39.0 →1 | ≥39.1 →2
AVPU: A →0 | V/P/U →3`;

const srTriage: Family = {
  id: 'wt-sr-triage-vitals',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'One set of intake observations is scored against a fixed table and mapped to a colour; nothing before or after this patient matters.',
  variants: 5,
  make(rng, i) {
    const V: { lang: Lang; text: string }[] = [
      { lang: 'de', text: `Patientin 4471, 67 J., Ankunft 09:12.\nAF 22, SpO2 93, RR 104/68, HF 112, T 38,4, wach (A).\nLeitsymptom: Husten seit 4 Tagen, Luftnot beim Treppensteigen.` },
      { lang: 'en', text: `Pt 2290, M 34, arrived 14:47. RR 16, SpO2 98, BP 128/82, HR 88, T 37.1, alert. Laceration L forearm ~3 cm, bleeding controlled.` },
      { lang: 'es', text: `Paciente 8015, mujer de 81 años, llega a las 22:05 acompañada por su hija.\nFR 26 · SpO2 90 · TA 88/54 · FC 124 · T 35,8 · responde a la voz (V).\nMotivo: desde esta tarde está confusa y casi no ha comido.` },
      { lang: 'pt', text: `Paciente 3320, 45 anos, chegou 07:30. FR 20, SpO2 96, PA 150/95, FC 96, T 36,9, alerta. Queixa: dor de cabeça forte desde ontem, já tomou paracetamol.` },
      { lang: 'fr', text: `Patient 5108, 19 ans, arrivé à 01:40.\nFR 24, SpO2 95, PAS 112, FC 132, T 39,6, alerte.\nMotif : fièvre et vomissements depuis 24 h, retour de voyage au Sénégal il y a 10 jours.` },
    ];
    const v = V[i]!;
    return {
      lang: v.lang,
      messages: [sys(`${triageSys[v.lang]}\n\n${triageTable}`), user(v.text)],
      response_format: jsonSchema('triage', { score: int, colour: oneOf('green', 'yellow', 'orange', 'red'), trigger: str }),
      temperature: 0,
      max_tokens: rng.pick([60, 80, 120]),
    };
  },
};

const srLabFlag: Family = {
  id: 'wt-sr-lab-panel-flags',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'A long panel of one specimen is compared analyte by analyte with fixed reference and critical limits; the output is a lookup, not a judgement over time.',
  variants: 4,
  make(rng, i) {
    const lang = (['ja', 'en', 'zh', 'de'] as Lang[])[i]!;
    const analytes: [string, string, number, number, number, number, number][] = [
      // name, unit, low, high, critLow, critHigh, decimals
      ['Na', 'mmol/L', 135, 145, 120, 160, 0],
      ['K', 'mmol/L', 3.5, 5.1, 2.8, 6.2, 1],
      ['Cl', 'mmol/L', 98, 107, 80, 120, 0],
      ['Glu', 'mg/dL', 70, 99, 40, 450, 0],
      ['Crea', 'mg/dL', 0.6, 1.2, 0, 7, 2],
      ['Hb', 'g/dL', 12, 16, 7, 20, 1],
      ['WBC', '10^3/µL', 4, 11, 1.5, 30, 1],
      ['PLT', '10^3/µL', 150, 400, 20, 1000, 0],
      ['CRP', 'mg/L', 0, 5, 0, 9999, 1],
      ['ALT', 'U/L', 7, 56, 0, 1000, 0],
      ['Ca', 'mg/dL', 8.6, 10.3, 6, 13, 1],
      ['INR', '', 0.8, 1.2, 0, 5, 2],
    ];
    const n = [12, 9, 11, 8][i]!;
    const rows = analytes.slice(0, n).map(([name, unit, lo, hi, cl, ch, d]) => {
      const r = rng.next();
      const span = hi - lo;
      let value = lo + span * (r < 0.15 ? -0.4 : r < 0.3 ? 1.3 : rng.next());
      if (rng.chance(0.08) && ch < 9999) value = ch * 1.05;
      value = Math.max(0, value);
      return `${name.padEnd(5)} ${value.toFixed(d).padStart(7)} ${unit.padEnd(9)} ${lo}-${hi}   ${cl > 0 ? '<' + cl : '-'} / ${ch < 9999 ? '>' + ch : '-'}`;
    });
    const head = t4(lang, {
      en: 'Specimen {id}, serum + EDTA, collected {time}. Flag every result: N, L, H, LL (below critical), HH (above critical). If any LL/HH, set phone_clinician to true.',
      ja: '検体 {id}（血清＋EDTA）、採取 {time}。各項目に N / L / H / LL（パニック値未満）/ HH（パニック値超）を付けてください。LL か HH が一つでもあれば phone_clinician を true に。',
      zh: '标本 {id}（血清＋EDTA），采集时间 {time}。请逐项标注：N、L、H、LL（低于危急值）、HH（高于危急值）。只要出现 LL 或 HH，phone_clinician 设为 true。',
      de: 'Probe {id}, Serum + EDTA, Abnahme {time}. Jeden Wert markieren: N, L, H, LL (unter kritischer Grenze), HH (über kritischer Grenze). Bei mindestens einem LL/HH phone_clinician auf true setzen.',
    }).replace('{id}', `${rng.int(10, 99)}-${rng.int(100000, 999999)}`).replace('{time}', `${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}`);
    const cols = t4(lang, { en: 'test    result  unit      ref         critical', ja: '項目    結果    単位      基準値      パニック値', zh: '项目    结果    单位      参考范围    危急值', de: 'Test    Wert    Einheit   Referenz    kritisch' });
    return {
      lang,
      messages: [
        sys(t4(lang, { en: 'Autoverification rules for the core lab analyser. Apply the limits printed with each result; do not interpret.', ja: '生化学分析装置の自動検証ルールです。各結果に併記された基準で判定し、解釈はしないこと。', zh: '生化分析仪自动审核规则。仅按每项结果后列出的界限判定，不做临床解读。', de: 'Autovalidierungsregeln für den Analyzer im Zentrallabor. Nur die bei jedem Wert angegebenen Grenzen anwenden, nicht interpretieren.' })),
        user(`${head}\n\n${cols}\n${rows.join('\n')}`),
      ],
      response_format: jsonSchema('flags', { flags: list(obj({ test: str, flag: oneOf('N', 'L', 'H', 'LL', 'HH') })), phone_clinician: bool }),
      temperature: 0,
    };
  },
};

function t4(lang: Lang, texts: Partial<Record<Lang, string>> & { en: string }): string {
  return texts[lang] ?? texts.en;
}

const fridgeTools = [
  tool('set_fridge_status', 'Set the status shown on the fridge dashboard.', { fridge_id: str, status: oneOf('ok', 'watch', 'quarantine_stock', 'call_technician') }),
  tool('log_note', 'Append a note to the cold-chain log.', { fridge_id: str, note: str }),
];

const srFridge: Family = {
  id: 'wt-sr-fridge-reading',
  label: 'simple_reflex',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Each fridge reading is turned into one dashboard status by fixed temperature bands; the rules never refer to earlier readings.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; sys: string; msg: string }[] = [
      { lang: 'fr', sys: "Surveillance des réfrigérateurs à vaccins de l'officine. Règles : 2–8 °C → ok ; 8,1–12 °C → watch ; au-dessus de 12 °C ou en dessous de 0 °C → quarantine_stock ; sonde en défaut → call_technician. Une lecture = un appel set_fridge_status, rien d'autre.", msg: `[capteur] frigo F-0${rng.int(1, 4)} · ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))} · sonde ${[9.4, 10.1, 8.6][rng.int(0, 2)]} °C · porte fermée · alim secteur OK` },
      { lang: 'en', sys: 'Pharmacy vaccine fridge monitor. Rules: 2-8 °C ok; 8.1-12 °C watch; >12 °C or <0 °C quarantine_stock; probe fault call_technician. One reading in, one set_fridge_status call out.', msg: `reading fridge=VF-${rng.int(10, 30)} t=${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))} probe=-0.6C door=closed mains=ok` },
      { lang: 'pt', sys: 'Monitor das geladeiras de vacinas da farmácia. Regras: 2–8 °C → ok; 8,1–12 °C → watch; acima de 12 °C ou abaixo de 0 °C → quarantine_stock; falha de sonda → call_technician. Para cada leitura, uma chamada a set_fridge_status e, se não for ok, um log_note curto.', msg: `Leitura da geladeira G2 (sala de vacinação) às ${pad(rng.int(8, 18))}:${pad(rng.int(0, 59))}: sonda 13,8 °C, porta aberta há 4 min, energia normal.` },
      { lang: 'es', sys: 'Monitor de neveras de vacunas de la farmacia. Reglas: 2–8 °C → ok; 8,1–12 °C → watch; más de 12 °C o menos de 0 °C → quarantine_stock; sonda sin señal → call_technician. Una lectura, una llamada.', msg: `nevera N-${rng.int(1, 6)} | ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))} | sonda: ERR_NO_SIGNAL | puerta cerrada | red eléctrica OK` },
    ];
    const v = V[i]!;
    return { lang: v.lang, messages: [sys(v.sys), user(v.msg)], tools: fridgeTools, tool_choice: 'required', temperature: 0 };
  },
};

const srAir: Family = {
  id: 'wt-sr-air-quality-band',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'The hourly pollutant readings of one station are mapped through fixed breakpoints to a public band and message; no trend or history is used.',
  variants: 4,
  make(rng, i) {
    const lang = (['zh', 'en', 'ja', 'de'] as Lang[])[i]!;
    const pm25 = [38, 12, 81, 160][i]!; const pm10 = [70, 25, 140, 210][i]!; const o3 = [110, 165, 60, 40][i]!; const no2 = [55, 30, 120, 90][i]!;
    const station = [`海淀-${rng.int(1, 9)}号站`, `Harbour Rd #${rng.int(2, 14)}`, `江東区 大島局`, `Stuttgart Am Neckartor`][i]!;
    const rules = t4(lang, {
      en: 'Band = worst of: PM2.5 (µg/m³) 0-15 good, 16-35 fair, 36-55 poor, 56-150 very poor, >150 hazardous; PM10 0-45 good, 46-100 fair, 101-150 poor, 151-250 very poor; O3 0-100 good, 101-160 fair, 161-240 poor; NO2 0-40 good, 41-100 fair, 101-200 poor.',
      zh: '等级取各项中最差者：PM2.5（µg/m³）0-15 优，16-35 良，36-55 差，56-150 很差，>150 危险；PM10 0-45 优，46-100 良，101-150 差，151-250 很差；O3 0-100 优，101-160 良，161-240 差；NO2 0-40 优，41-100 良，101-200 差。',
      ja: '区分は各項目のうち最も悪いものを採用：PM2.5（µg/m³）0-15 良い、16-35 普通、36-55 悪い、56-150 非常に悪い、150超 危険／PM10 0-45 良い、46-100 普通、101-150 悪い、151-250 非常に悪い／O3 0-100 良い、101-160 普通、161-240 悪い／NO2 0-40 良い、41-100 普通、101-200 悪い。',
      de: 'Stufe = schlechtester Einzelwert: PM2,5 (µg/m³) 0-15 gut, 16-35 mäßig, 36-55 schlecht, 56-150 sehr schlecht, >150 gefährlich; PM10 0-45 gut, 46-100 mäßig, 101-150 schlecht, 151-250 sehr schlecht; O3 0-100 gut, 101-160 mäßig, 161-240 schlecht; NO2 0-40 gut, 41-100 mäßig, 101-200 schlecht.',
    });
    const intro = t4(lang, {
      en: 'You publish the hourly air-quality band for the city app.', zh: '你负责为城市空气质量App发布每小时的等级。', ja: '市の大気情報アプリに毎時の区分を出す担当です。', de: 'Du veröffentlichst die stündliche Luftqualitätsstufe für die Stadt-App.',
    });
    return {
      lang,
      messages: [sys(`${intro}\n${rules}`), user(`${station} ${pad(rng.int(0, 23))}:00  PM2.5=${pm25} PM10=${pm10} O3=${o3} NO2=${no2}`)],
      response_format: jsonSchema('aq_band', { band: oneOf('good', 'fair', 'poor', 'very_poor', 'hazardous'), driver: oneOf('PM2.5', 'PM10', 'O3', 'NO2'), headline: str }),
      temperature: 0,
      max_tokens: 80,
    };
  },
};

const cameraSpecies = 'red_deer, roe_deer, wild_boar, red_fox, badger, pine_marten, wolf, hare, domestic_cat, domestic_dog, human, vehicle, empty';

const srCamera: Family = {
  id: 'wt-sr-camera-trap-label',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A single camera-trap frame description is mapped to one label from a closed list; each frame is judged on its own.',
  variants: 5,
  make(rng, i) {
    const V: { lang: Lang; sys: string; frame: string }[] = [
      { lang: 'es', sys: `Etiquetador de fototrampeo. Responde solo con una etiqueta de esta lista: ${cameraSpecies}.`, frame: `CAM-${pad(rng.int(1, 40))} 03:12 IR. Animal de tamaño medio, patas cortas, cara blanca con dos franjas negras longitudinales, hocico hacia el suelo junto al tocón.` },
      { lang: 'en', sys: `Camera-trap tagger. Answer with exactly one label from: ${cameraSpecies}.`, frame: `CAM-${pad(rng.int(1, 40))} 17:48 colour. Motion trigger, 3 frames. Grass moving in the wind, no animal visible, shadow of a branch crossing the frame.` },
      { lang: 'fr', sys: `Étiquetage de pièges photographiques. Répondez par une seule étiquette parmi : ${cameraSpecies}.`, frame: `PP-${pad(rng.int(1, 40))} 05:56 IR. Silhouette élancée, queue touffue à bout blanc, oreilles pointues, passe au trot le long du chemin forestier.` },
      { lang: 'de', sys: `Fotofallen-Verschlagwortung. Antworte mit genau einem Label aus: ${cameraSpecies}.`, frame: `FF-${pad(rng.int(1, 40))} 22:30 IR. Rotte von 5 Tieren, gedrungener Körper, borstiges dunkles Fell, eines wühlt am Wegrand.` },
      { lang: 'pt', sys: `Classificador de armadilhas fotográficas. Responda só com um rótulo desta lista: ${cameraSpecies}.`, frame: `AF-${pad(rng.int(1, 40))} 11:05 cor. Pessoa de colete laranja e mochila, segurando um GPS, olhando diretamente para a câmera.` },
    ];
    const v = V[i]!;
    return { lang: v.lang, messages: [sys(v.sys), user(v.frame)], temperature: 0, max_tokens: 5 };
  },
};

const srHrCue: Family = {
  id: 'wt-sr-watch-zone-cue',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Each watch sample is answered with a fixed cue for its heart-rate zone; earlier turns in the chat are independent samples and change nothing.',
  variants: 4,
  make(rng, i) {
    const lang = (['en', 'ja', 'de', 'es'] as Lang[])[i]!;
    const maxHr = [188, 176, 192, 181][i]!;
    const rule = t4(lang, {
      en: `Running watch voice coach. Max HR ${maxHr}. Zones by % of max: <60 Z1 "pick it up", 60-70 Z2 "easy, hold this", 70-80 Z3 "steady", 80-90 Z4 "strong, watch your breathing", >90 Z5 "back off now". Reply with the cue for the sample only, nothing else.`,
      ja: `ランニングウォッチの音声コーチです。最大心拍 ${maxHr}。最大心拍比で区分：60%未満 Z1「ペースを上げよう」、60-70% Z2「楽に、このまま」、70-80% Z3「安定しています」、80-90% Z4「いい調子、呼吸に注意」、90%超 Z5「すぐにペースを落として」。各サンプルに対してその一言だけを返すこと。`,
      de: `Sprachcoach der Laufuhr. HFmax ${maxHr}. Zonen nach % HFmax: <60 Z1 „etwas schneller“, 60-70 Z2 „locker, so bleiben“, 70-80 Z3 „gleichmäßig“, 80-90 Z4 „stark, auf die Atmung achten“, >90 Z5 „sofort rausnehmen“. Nur den Satz zur Messung ausgeben.`,
      es: `Entrenador por voz del reloj de running. FC máx ${maxHr}. Zonas por % de la máxima: <60 Z1 «sube un poco», 60-70 Z2 «suave, mantén», 70-80 Z3 «constante», 80-90 Z4 «fuerte, vigila la respiración», >90 Z5 «afloja ya». Responde solo con la frase de la muestra.`,
    });
    const n = [3, 5, 2, 11][i]!;
    const msgs = [sys(rule)];
    const cueFor = (hr: number): string => {
      const p = hr / maxHr;
      const z = p < 0.6 ? 0 : p < 0.7 ? 1 : p < 0.8 ? 2 : p < 0.9 ? 3 : 4;
      const cues: Record<string, string[]> = {
        en: ['pick it up', 'easy, hold this', 'steady', 'strong, watch your breathing', 'back off now'],
        ja: ['ペースを上げよう', '楽に、このまま', '安定しています', 'いい調子、呼吸に注意', 'すぐにペースを落として'],
        de: ['etwas schneller', 'locker, so bleiben', 'gleichmäßig', 'stark, auf die Atmung achten', 'sofort rausnehmen'],
        es: ['sube un poco', 'suave, mantén', 'constante', 'fuerte, vigila la respiración', 'afloja ya'],
      };
      return cues[lang]![z]!;
    };
    for (let k = 0; k < n; k++) {
      const hr = rng.int(100, 185);
      const sample = `km ${k + 1} · ${hr} bpm · ${rng.int(4, 6)}:${pad(rng.int(0, 59))}/km`;
      msgs.push(user(sample));
      if (k < n - 1) msgs.push(say(cueFor(hr)));
    }
    return { lang, messages: msgs, temperature: 0, max_tokens: 12 };
  },
};

export const simpleReflexT: Family[] = [srTriage, srLabFlag, srFridge, srAir, srCamera, srHrCue];

// ---------------------------------------------------------------------------------------------
// model_based_reflex
// ---------------------------------------------------------------------------------------------

const wardSchema = jsonSchema('ward_picture', {
  rr: num, spo2: num, sbp: num, hr: num, temp: num, avpu: oneOf('A', 'V', 'P', 'U'),
  trend: oneOf('improving', 'stable', 'worsening'), call_doctor: bool,
});

const mbWard: Family = {
  id: 'wt-mb-ward-obs-rounds',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Observation rounds arrive with values missing, so the assistant must carry its picture of the patient forward and act on the current estimate rather than score one round.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; sys: string; rounds: string[]; ask: string }[] = [
      {
        lang: 'de',
        sys: 'Du unterstützt die Pflege auf Station 4B. Vitalwerte kommen bei jeder Runde, aber nicht immer vollständig. Gib nach jeder Runde dein aktuelles Bild des Patienten als JSON aus: fehlende Werte aus dem Verlauf schätzen, Tendenz angeben und ob der Stationsarzt gerufen werden soll.',
        rounds: [
          `Bett ${rng.int(1, 24)}, 14:00 – AF 18, SpO2 95, RR 124/76, HF 92, T 37,9, A`,
          '16:00 – AF 21, SpO2 94, RR 116/70, HF 101, T 38,3, A',
          '18:00 – AF 22, SpO2 —, RR —, HF 108, T —, A (Patient beim Essen, Manschette abgelehnt)',
        ],
        ask: '20:00 – AF 24, SpO2 92 (Clip sitzt locker), RR 102/64, HF —, T —, wirkt schläfriger, antwortet aber. Wie ist der Stand?',
      },
      {
        lang: 'en',
        sys: 'You support nurses on ward 7 (surgical). Each obs round may be incomplete. After each round return your current picture of the patient as JSON: estimate missing values from the course so far, give the trend, and say whether to call the doctor.',
        rounds: [
          `Bed ${rng.int(1, 30)}, day 1 post-op, 22:00 — RR 16, SpO2 97, BP 132/80, HR 84, T 37.2, A`,
          '02:00 — RR 16, SpO2 96, BP —, HR 88, T —, A (asleep, not woken for BP)',
          '06:00 — RR 18, SpO2 96, BP 128/78, HR 90, T 37.6, A',
          '10:00 — RR —, SpO2 —, BP —, HR —, T 37.8 (patient in X-ray, tympanic temp only)',
        ],
        ask: '12:00 — RR 17, SpO2 96, BP 126/80, HR 89, T —, A. Drain output unchanged. Current picture?',
      },
      {
        lang: 'es',
        sys: 'Apoyas a enfermería en la planta de medicina interna. Las tomas de constantes no siempre llegan completas. Tras cada toma devuelve en JSON cómo ves al paciente ahora: estima lo que falte a partir de la evolución, indica la tendencia y si hay que avisar al médico de guardia.',
        rounds: [
          `Cama ${rng.int(100, 450)}, 08:00 — FR 20, SpO2 91 con gafas nasales 2 L, TA 110/70, FC 98, T 38,6, A`,
          '12:00 — FR 18, SpO2 93 (2 L), TA 114/72, FC 92, T 37,9, A',
          '16:00 — FR —, SpO2 94 (2 L), TA —, FC 86, T 37,4, A (familia de visita, toma incompleta)',
          '20:00 — FR 16, SpO2 95 (1 L), TA 118/74, FC —, T —, A',
        ],
        ask: '00:00 — FR 16, SpO2 — (pulsioxímetro sin batería), TA 120/76, FC 80, T 37,1, A. ¿Cómo lo ves ahora?',
      },
      {
        lang: 'fr',
        sys: "Vous assistez l'équipe infirmière en gériatrie. Les relevés arrivent parfois incomplets. Après chaque relevé, rendez en JSON votre vision actuelle du patient : estimez les valeurs manquantes d'après l'évolution, donnez la tendance et dites s'il faut appeler l'interne.",
        rounds: [
          `Chambre ${rng.int(1, 40)}, 07:00 — FR 18, SpO2 95, PAS 138, FC 76, T 36,8, A`,
          '11:00 — FR 20, SpO2 —, PAS 122, FC 88, T —, A (refuse le saturomètre)',
        ],
        ask: "15:00 — FR 23, SpO2 93, PAS —, FC 104, T 38,1, réagit à la voix seulement (V), désorientée d'après l'aide-soignante. Et maintenant ?",
      },
    ];
    const v = V[i]!;
    const msgs = [sys(v.sys)];
    // Labels per language: respiratory rate, systolic pressure, heart rate (German RR is blood pressure).
    const keys = { de: ['AF', 'RR', 'HF'], en: ['RR', 'BP', 'HR'], es: ['FR', 'TA', 'FC'], fr: ['FR', 'PAS', 'FC'] }[v.lang as 'de']!;
    const grab = (r: string, key: string): number | null => {
      const m = new RegExp(`${key} (\\d+)`).exec(r);
      return m ? Number(m[1]) : null;
    };
    let last = { rr: 0, spo2: 0, sbp: 0, hr: 0, temp: 0 };
    let firstHr = 0;
    for (const r of v.rounds) {
      const spo2 = /SpO2 (\d+)/.exec(r); const temp = /T (\d+)[,.](\d)/.exec(r);
      last = {
        rr: grab(r, keys[0]!) ?? last.rr, spo2: spo2 ? Number(spo2[1]) : last.spo2, sbp: grab(r, keys[1]!) ?? last.sbp,
        hr: grab(r, keys[2]!) ?? last.hr, temp: temp ? Number(`${temp[1]}.${temp[2]}`) : last.temp,
      };
      firstHr ||= last.hr;
      const trend = last.hr > firstHr + 8 ? 'worsening' : last.hr < firstHr - 8 ? 'improving' : 'stable';
      msgs.push(user(r));
      msgs.push(say(JSON.stringify({ ...last, avpu: 'A', trend, call_doctor: last.rr >= 21 && last.hr >= 105 })));
    }
    msgs.push(user(v.ask));
    return { lang: v.lang, messages: msgs, response_format: wardSchema, temperature: 0 };
  },
};

const coldTools = [
  tool('get_probe_log', 'Temperature log of a fridge probe (15-minute samples).', { fridge_id: str, from: str, to: str }),
  tool('get_site_events', 'Door, power and UPS events for the pharmacy.', { from: str, to: str }),
  tool('set_fridge_status', 'Set the status shown on the fridge dashboard.', { fridge_id: str, status: oneOf('ok', 'watch', 'quarantine_stock', 'call_technician') }),
];

const mbColdChain: Family = {
  id: 'wt-mb-cold-chain-gap',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'The probe log has a hole during a power cut, so the agent must reconstruct what the fridge went through from events and surrounding readings before setting a status.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; sys: string; ask: string; note: string }[] = [
      { lang: 'pt', sys: 'Assistente da cadeia de frio da farmácia. A sonda grava a cada 15 min, mas o registrador perde dados quando falta energia. As vacinas continuam utilizáveis se o tempo acumulado acima de 8 °C desde a última conferência for menor que 60 min e nunca passar de 12 °C. Decida o status de cada geladeira.', ask: 'Bom dia. Teve queda de luz de madrugada no bairro. A geladeira G1 está com as vacinas da gripe. Pode conferir e atualizar o status?', note: 'Ok, e agora? Status?' },
      { lang: 'en', sys: 'Cold-chain assistant for the pharmacy. The probe logs every 15 min but the logger drops samples during power loss. Stock remains usable if cumulative time above 8 °C since the last check is under 60 min and it never exceeded 12 °C. Decide each fridge\'s status.', ask: 'Morning - there was a power cut overnight on our street. VF-2 has the shingles and MMR stock. Can you check and set the status?', note: 'So where does that leave VF-2?' },
      { lang: 'fr', sys: "Assistant chaîne du froid de l'officine. La sonde enregistre toutes les 15 min mais l'enregistreur perd des points en cas de coupure. Le stock reste utilisable si le temps cumulé au-dessus de 8 °C depuis le dernier contrôle est inférieur à 60 min et que 12 °C n'a jamais été dépassé. Décidez le statut de chaque frigo.", ask: "Bonjour, coupure de courant cette nuit dans le quartier. Le frigo F-03 contient les vaccins grippe et les insulines. Vous pouvez vérifier et mettre à jour ?", note: 'Du coup, statut pour F-03 ?' },
      { lang: 'es', sys: 'Asistente de cadena de frío de la farmacia. La sonda registra cada 15 min, pero el registrador pierde datos cuando se va la luz. El stock sigue siendo utilizable si el tiempo acumulado por encima de 8 °C desde la última revisión es menor de 60 min y nunca se superaron los 12 °C. Decide el estado de cada nevera.', ask: 'Buenos días, anoche hubo un apagón en la calle. En la nevera N-2 están las vacunas infantiles. ¿Lo revisas y pones el estado?', note: 'Entonces, ¿qué estado le ponemos?' },
    ];
    const v = V[i]!;
    const fridge = ['G1', 'VF-2', 'F-03', 'N-2'][i]!;
    const cutStart = rng.int(1, 3); const cutMin = [35, 80, 50, 20][i]!;
    const cutAt = cutStart * 60 + rng.int(0, 40);
    const hhmm = (m: number): string => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
    const msgs = [sys(v.sys), user(v.ask)];
    exchange(rng, msgs, 'get_site_events', { from: '00:00', to: '08:00' }, {
      events: [
        { ts: hhmm(cutAt), type: 'mains_lost' },
        ...(i === 1 ? [{ ts: hhmm(cutAt + 45), type: 'ups_battery_low' }] : []),
        { ts: hhmm(cutAt + cutMin), type: 'mains_restored' },
        { ts: '07:42', type: 'door_open', fridge_id: fridge, seconds: rng.int(20, 90) },
      ],
    });
    const samples: (number | null)[] = [];
    const gapEnd = Math.ceil((cutAt + cutMin) / 15);
    for (let m = cutStart * 60 - 30; m <= cutStart * 60 + 150; m += 15) {
      const slot = Math.floor(m / 15);
      if (m >= cutAt && slot < gapEnd) samples.push(null);
      else if (m < cutAt) samples.push(Number((4.4 + rng.int(0, 5) / 10).toFixed(1)));
      else samples.push(Number(Math.max(4.8, 4.6 + cutMin / 8 - 2.2 * (slot - gapEnd)).toFixed(1)));
    }
    exchange(rng, msgs, 'get_probe_log', { fridge_id: fridge, from: hhmm(cutStart * 60 - 30), to: hhmm(cutStart * 60 + 150) }, { step_min: 15, first: hhmm(cutStart * 60 - 30), celsius: samples, max_recorded: Math.max(...samples.filter((x): x is number => x !== null)) });
    if (i % 2 === 0) msgs.push(say(t4(v.lang, { en: 'The log has a gap during the outage; the first reading after power returned is above range.', pt: 'O registro tem um buraco durante a queda de energia; a primeira leitura depois da volta da luz está acima da faixa.', fr: "Le journal présente un trou pendant la coupure ; la première mesure après le retour du courant est hors plage." })), user(v.note));
    return { lang: v.lang, messages: msgs, tools: coldTools, tool_choice: 'auto', temperature: 0.1 };
  },
};

const mbCgm: Family = {
  id: 'wt-mb-cgm-signal-loss',
  label: 'model_based_reflex',
  secondary: 'learning',
  difficulty: 'hard',
  rationale: 'Sensor readings drop out after a meal and a bolus, so the app must keep a running estimate of where glucose is now and act on that estimate.',
  variants: 4,
  make(rng, i) {
    const lang = (['en', 'de', 'ja', 'zh'] as Lang[])[i]!;
    const sysText = t4(lang, {
      en: 'You are the assistant inside a CGM companion app for adults with type 1 diabetes. Readings arrive every 15 min but the sensor sometimes loses signal. Keep track of where glucose probably is between readings, using the logged carbs and insulin. Never suggest an insulin dose; you may suggest a fingerstick, fast carbs (15 g), or waiting. Keep replies under 60 words.',
      de: 'Du bist der Assistent in einer CGM-Begleit-App für Erwachsene mit Typ-1-Diabetes. Werte kommen alle 15 min, der Sensor verliert aber manchmal das Signal. Behalte im Blick, wo der Zucker zwischen den Werten wahrscheinlich liegt, und nutze dafür die eingetragenen KE und Insulingaben. Nie eine Insulindosis vorschlagen; erlaubt sind: blutig messen, 15 g schnelle KH oder abwarten. Antworten unter 60 Wörtern.',
      ja: 'あなたは1型糖尿病の成人向けCGM連携アプリのアシスタントです。測定値は15分ごとに届きますが、センサーが時々途切れます。記録された炭水化物とインスリンを踏まえて、測定の合間に血糖がどのあたりにあるかを常に把握してください。インスリン量の提案は禁止。提案できるのは指先測定、ブドウ糖15g、様子見のいずれかです。返答は120字以内。',
      zh: '你是1型糖尿病成人用户CGM配套App里的助手。读数每15分钟一次，但传感器偶尔会断信号。请结合记录的碳水和胰岛素，随时判断两次读数之间血糖大概在哪里。不得建议胰岛素剂量；只能建议指尖血复测、吃15克快速碳水或先观察。回答不超过100字。',
    });
    const unit = 'mg/dL';
    const start = [142, 168, 121, 190][i]!;
    const msgs = [sys(sysText)];
    let g = start;
    const events = [
      t4(lang, { en: `19:00 ${g} ${unit} →`, de: `19:00 ${g} ${unit} →`, ja: `19:00 ${g} ${unit} →`, zh: `19:00 ${g} ${unit} →` }),
      t4(lang, { en: `19:05 logged: dinner 70 g carbs, 7 U rapid insulin`, de: '19:05 eingetragen: Abendessen 70 g KH, 7 IE Bolus', ja: '19:05 記録：夕食 炭水化物70g、超速効型7単位', zh: '19:05 记录：晚餐碳水70克，速效胰岛素7单位' }),
    ];
    msgs.push(user(events[0]!), say(t4(lang, { en: 'Noted, stable.', de: 'Notiert, stabil.', ja: '了解、安定しています。', zh: '已记录，平稳。' })), user(events[1]!), say(t4(lang, { en: 'Logged.', de: 'Eingetragen.', ja: '記録しました。', zh: '已记录。' })));
    const n = [4, 5, 3, 6][i]!;
    for (let k = 1; k <= n; k++) {
      g += rng.int(8, 22) * (k < 3 ? 1 : -1);
      const mins = 19 * 60 + 15 * k;
      const time = `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`;
      const lost = k >= n - 1 || (k === n - 2 && i % 2 === 1);
      msgs.push(user(lost ? `${time} --- ${t4(lang, { en: 'signal loss', de: 'Signalverlust', ja: '信号ロスト', zh: '信号丢失' })}` : `${time} ${g} ${unit} ${k < 3 ? '↗' : '↘'}`));
      if (k < n) msgs.push(say(lost ? t4(lang, { en: 'No reading; still expecting a slow fall.', de: 'Kein Wert; erwarte weiter langsames Fallen.', ja: '値なし。ゆるやかな低下が続いている見込みです。', zh: '无读数；预计仍在缓慢下降。' }) : t4(lang, { en: 'OK.', de: 'OK.', ja: 'OK。', zh: '好的。' })));
    }
    msgs.push(user(t4(lang, {
      en: `21:${pad(rng.int(10, 40))} still no signal. Also went for a 30 min walk after dinner, forgot to log it. Feeling a bit shaky?`,
      de: `21:${pad(rng.int(10, 40))} immer noch kein Signal. Bin nach dem Essen noch 30 min spazieren gewesen, vergessen einzutragen. Bisschen zittrig gerade.`,
      ja: `21:${pad(rng.int(10, 40))} まだ信号が戻らない。夕食後に30分散歩したのを記録し忘れてた。ちょっと手が震える感じ。`,
      zh: `21:${pad(rng.int(10, 40))} 还是没信号。晚饭后散步了30分钟忘了记。现在有点手抖。`,
    })));
    return { lang, messages: msgs, temperature: 0.2, max_tokens: 160 };
  },
};

const collarTools = [
  tool('get_collar_fixes', 'GPS fixes of a collared animal. Fixes fail under dense canopy.', { collar_id: str, hours: int }),
  tool('get_reports', 'Sightings and damage reports from the public line.', { area: str, hours: int }),
  tool('notify_farms', 'Send the standard heads-up to listed farms.', { farm_ids: list(str), message: str }),
];

const mbCollar: Family = {
  id: 'wt-mb-collar-last-known',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Collar fixes are patchy and reports trickle in, so the agent must keep a belief about where the animal is now and warn the farms that belief puts at risk.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; sys: string; ask: string; species: string }[] = [
      { lang: 'es', species: 'lobo', sys: 'Apoyas a la guardería de fauna del parque. Los collares GPS fallan bajo bosque cerrado y la gente llama con avistamientos. Mantén una idea actualizada de dónde está cada animal y avisa solo a las explotaciones que estén realmente en su zona probable.', ask: '¿Dónde estará ahora la loba L-07? Hay ganado suelto en varias fincas del valle esta noche.' },
      { lang: 'en', species: 'bear', sys: 'You support the wildlife rangers. GPS collars miss fixes under dense canopy and the public calls in sightings. Keep an up-to-date picture of where each animal is and warn only the farms actually in its likely area.', ask: 'Where is bear B-12 likely to be right now? Beekeepers are worried after last night.' },
      { lang: 'fr', species: 'loup', sys: "Vous assistez les agents de l'Office de la biodiversité. Les colliers GPS perdent des positions sous couvert dense et le public signale des observations. Tenez à jour où se trouve probablement chaque animal et ne prévenez que les exploitations réellement dans sa zone.", ask: 'Où est probablement le loup M-03 maintenant ? Des brebis sont encore en estive côté nord.' },
      { lang: 'de', species: 'Luchs', sys: 'Du unterstützt das Wildtiermanagement im Nationalpark. Die GPS-Halsbänder verlieren unter dichtem Kronendach Fixes, und Bürger melden Sichtungen. Halte ein aktuelles Bild, wo sich jedes Tier vermutlich aufhält, und warne nur Betriebe, die wirklich im wahrscheinlichen Gebiet liegen.', ask: 'Wo ist Luchsin F-21 jetzt vermutlich? Mehrere Höfe haben Ziegen auf der Weide.' },
    ];
    const v = V[i]!;
    const id = ['L-07', 'B-12', 'M-03', 'F-21'][i]!;
    const msgs = [sys(v.sys), user(v.ask)];
    const fixes = [] as unknown[];
    let x = rng.int(400, 600), y = rng.int(300, 500);
    const hours = [12, 16, 12, 20][i]!;
    for (let h = hours; h >= 0; h -= 2) {
      x += rng.int(-40, 120); y += rng.int(-30, 90);
      fixes.push(h < 8 ? { h_ago: h, fix: null, reason: rng.pick(['no_sat', 'no_sat', 'low_battery_skip']) } : { h_ago: h, x_m: x * 10, y_m: y * 10, habitat: rng.pick(['forest', 'clearing', 'ridge', 'stream']) });
    }
    exchange(rng, msgs, 'get_collar_fixes', { collar_id: id, hours }, { collar: id, fixes });
    const farmNames = [['Finca El Roble', 'Casa Lera', 'Finca Valdeón', 'Majada Alta'], ['Miller farm', 'Hollow Creek Apiary', 'Dunn\'s', 'Ridge Top Ranch'], ['GAEC Dubois', 'Ferme du Col', 'Bergerie Rousset', 'EARL Martin'], ['Hof Brandl', 'Hinterhof Moser', 'Alm Schachen', 'Hof Reiter']][i]!;
    exchange(rng, msgs, 'get_reports', { area: 'north_valley', hours: 12 }, {
      reports: [
        { h_ago: 3, by: 'caller', text: `${v.species} near ${farmNames[0]}`, confidence: 'low' },
        { h_ago: 1, by: 'ranger', text: `tracks at stream crossing, grid ${x * 10 + 800},${y * 10 + 400}`, confidence: 'high' },
      ],
      farms_in_area: farmNames.map((name, k) => ({ id: `F${k + 1}`, name, x_m: x * 10 + rng.int(-4000, 4000), y_m: y * 10 + rng.int(-3000, 3000), livestock: rng.pick(['sheep', 'goats', 'cattle', 'hives']) })),
    });
    if (i >= 2) msgs.push(say(t4(v.lang, { en: 'Last good fix is 8 h old.', fr: 'La dernière position fiable date de 8 h.', de: 'Der letzte gültige Fix ist 8 h alt.' })), user(t4(v.lang, { en: 'And the farms?', fr: 'Et pour les exploitations, on prévient qui ?', de: 'Und welche Höfe warnen wir?' })));
    return { lang: v.lang, messages: msgs, tools: collarTools, temperature: 0.2 };
  },
};

const limsTools = [
  tool('lims_events', 'Scan and instrument events for a specimen barcode.', { barcode: str }),
  tool('reply_to_ward', 'Send a message to the requesting ward.', { text: str }),
];

const mbSample: Family = {
  id: 'wt-mb-lims-where-is-sample',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'The specimen\'s whereabouts and condition must be inferred from an incomplete, partly contradictory scan trail before answering the ward; nothing is to be achieved beyond knowing the current situation.',
  variants: 4,
  make(rng, i) {
    const lang = (['ja', 'en', 'de', 'zh'] as Lang[])[i]!;
    const bc = `${rng.int(10, 99)}${rng.int(1000000, 9999999)}`;
    const sysText = t4(lang, {
      en: 'Lab reception assistant. Wards ask where their specimens are. Scanners miss tubes sometimes and tubes get rescanned, so work out where each specimen really is and in what condition, then reply to the ward in two sentences.',
      ja: '検査室受付のアシスタントです。病棟から検体の所在の問い合わせが来ます。スキャン漏れや再スキャンがあるので、検体が実際にどこにあり、どういう状態かを判断し、病棟へ2文で回答してください。',
      de: 'Assistenz der Laborannahme. Stationen fragen, wo ihre Proben sind. Scanner übersehen manchmal Röhrchen und Röhrchen werden erneut gescannt – finde heraus, wo die Probe wirklich ist und in welchem Zustand, und antworte der Station in zwei Sätzen.',
      zh: '检验科前台助手。病区会询问标本在哪里。扫码枪偶尔漏扫，也会重复扫码，请判断标本实际在哪、处于什么状态，再用两句话回复病区。',
    });
    const ask = t4(lang, {
      en: `Ward 6 asking about the K+ for bed 14, barcode ${bc}, sent 40 min ago. Doctor wants to know if it is worth waiting.`,
      ja: `5階東病棟から、1${rng.int(0, 9)}号室のカリウム（バーコード ${bc}）が40分前に出したのにまだ結果が出ないと問い合わせ。待つべきか知りたいそうです。`,
      de: `Station 3B fragt nach dem Kalium für Zimmer ${rng.int(1, 30)}, Barcode ${bc}, vor 40 min abgeschickt. Die Ärztin will wissen, ob sich Warten lohnt.`,
      zh: `心内科病区询问${rng.int(1, 40)}床的血钾，条码${bc}，40分钟前送出，医生想知道还要不要等。`,
    });
    const msgs = [sys(sysText), user(ask)];
    const evts = [
      { t: '10:02', where: 'ward_6_tube_station', ev: 'sent' },
      { t: '10:05', where: 'reception', ev: 'received' },
      ...(i % 2 === 0 ? [{ t: '10:05', where: 'reception', ev: 'received', note: 'duplicate scan' }] : []),
      { t: '10:11', where: 'centrifuge_2', ev: 'loaded' },
      { t: '10:23', where: 'centrifuge_2', ev: i === 3 ? 'error_imbalance' : 'unloaded' },
      ...(i === 1 ? [{ t: '10:26', where: 'analyser_C', ev: 'rejected', reason: 'haemolysis_index_3' }] : []),
      ...(i === 2 ? [{ t: '10:24', where: 'sorter', ev: 'routed', to: 'analyser_B (maintenance 10:15-11:00)' }] : []),
    ];
    exchange(rng, msgs, 'lims_events', { barcode: bc }, { barcode: bc, now: '10:43', events: evts });
    if (i === 0) {
      msgs.push(say('遠心機から降ろした記録はありますが、分析装置への投入記録がありません。'), user('仕分け機のログも見られますか？'));
      exchange(rng, msgs, 'lims_events', { barcode: `${bc}-sorter` }, { events: [], note: 'sorter scanner offline 10:20-10:35' });
    }
    return { lang, messages: msgs, tools: limsTools, temperature: 0 };
  },
};

const mbStation: Family = {
  id: 'wt-mb-station-nowcast',
  label: 'model_based_reflex',
  secondary: 'learning',
  difficulty: 'medium',
  rationale: 'Readings from an automatic station arrive one by one with a failing anemometer, so the current conditions and warning status must be tracked across messages.',
  variants: 4,
  make(rng, i) {
    const lang = (['fr', 'en', 'pt', 'de'] as Lang[])[i]!;
    const sysText = t4(lang, {
      en: 'You run the automatic warning line for a mountain hut weather station. Each message is one 10-min observation. Keep a running picture of conditions, since sensors freeze or drop out. Reply every time with: WARN=<none|wind|frost|both> · wind≈<km/h> · T≈<°C> · note (max 8 words). Wind warning at gusts ≥ 70 km/h, frost at T ≤ 0 °C.',
      fr: "Vous gérez l'alerte automatique de la station météo du refuge. Chaque message est une observation de 10 min. Gardez une image à jour des conditions, les capteurs gèlent ou décrochent. Répondez à chaque fois : WARN=<none|wind|frost|both> · vent≈<km/h> · T≈<°C> · remarque (8 mots max). Alerte vent si rafales ≥ 70 km/h, gel si T ≤ 0 °C.",
      pt: 'Você opera o alerta automático da estação meteorológica do abrigo de montanha. Cada mensagem é uma observação de 10 min. Mantenha uma visão atualizada das condições, porque os sensores congelam ou falham. Responda sempre: WARN=<none|wind|frost|both> · vento≈<km/h> · T≈<°C> · nota (até 8 palavras). Alerta de vento com rajadas ≥ 70 km/h, geada com T ≤ 0 °C.',
      de: 'Du betreibst die automatische Warnung der Wetterstation an der Berghütte. Jede Nachricht ist eine 10-min-Beobachtung. Führe ein laufendes Bild der Lage, denn Sensoren frieren ein oder fallen aus. Antworte jedes Mal: WARN=<none|wind|frost|both> · Wind≈<km/h> · T≈<°C> · Notiz (max. 8 Wörter). Windwarnung ab Böen ≥ 70 km/h, Frost bei T ≤ 0 °C.',
    });
    const msgs = [sys(sysText)];
    let T = [3.4, 1.8, 4.1, 2.2][i]!; let gust = [48, 55, 40, 62][i]!; let p = 842;
    const n = [5, 11, 4, 6][i]!;
    for (let k = 0; k < n; k++) {
      T -= rng.int(1, 4) / 10; gust += rng.int(1, 6); p -= rng.int(0, 2);
      const frozen = k >= n - 2;
      const time = `${pad(16 + Math.floor(k / 6))}:${pad((k * 10) % 60)}`;
      msgs.push(user(`${time} T=${T.toFixed(1)} RH=${rng.int(85, 99)}% p=${p}hPa gust=${frozen ? (k === n - 1 ? 'NaN' : gust - 30) : gust} dir=${rng.pick(['NW', 'W', 'WNW'])}${frozen && k === n - 2 ? ' (anemometer heater fault)' : ''}`));
      const warn = gust >= 70 && T <= 0 ? 'both' : gust >= 70 ? 'wind' : T <= 0 ? 'frost' : 'none';
      if (k < n - 1) msgs.push(say(`WARN=${warn} · ${t4(lang, { en: 'wind', fr: 'vent', pt: 'vento', de: 'Wind' })}≈${gust} · T≈${T.toFixed(1)} · ${t4(lang, { en: 'rising gusts', fr: 'rafales en hausse', pt: 'rajadas subindo', de: 'Böen nehmen zu' })}`));
    }
    return { lang, messages: msgs, temperature: 0, max_tokens: 40 };
  },
};

export const modelBasedT: Family[] = [mbWard, mbColdChain, mbCgm, mbCollar, mbSample, mbStation];

// ---------------------------------------------------------------------------------------------
// goal_based
// ---------------------------------------------------------------------------------------------

const trailTools = [
  tool('get_trail_status', 'Current status of a trail segment from the park service feed.', { segment: str }),
  tool('walk_to', 'Tell the field team to walk to a node; returns arrival time and notes.', { node: str }),
  tool('record_plot', 'Mark a survey plot as done.', { plot: str }),
  tool('finish_day', 'Close the field day.', { summary: str }),
];

const gbTransect: Family = {
  id: 'wt-gb-transect-route',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The field team must get every remaining survey plot done and be back at the hut by a fixed time, so each tool call is the next leg of a route toward that end state.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; sys: string; ask: string }[] = [
      { lang: 'de', sys: 'Du koordinierst ein Vegetationskartierungs-Team im Gelände per Funk. Heute müssen die Plots P1–P5 aufgenommen werden und das Team muss spätestens 18:00 wieder an der Hütte (H) sein. Gehzeiten: H–P1 40, P1–P2 25, P2–P3 35, P3–P4 30, P4–P5 20, P5–H 50, P2–P5 45, P1–P4 55 (Minuten). Aufnahme pro Plot 45 min. Gib pro Zug genau einen Tool-Aufruf aus.', ask: 'Status: 13:10, Team steht an P2, P1 und P2 erledigt. Funkspruch: „Hangrutsch gemeldet irgendwo zwischen P2 und P3.“' },
      { lang: 'en', sys: 'You coordinate a vegetation survey crew by radio. Plots P1-P5 must all be recorded today and the crew must be back at the hut (H) by 18:00. Walking times: H-P1 40, P1-P2 25, P2-P3 35, P3-P4 30, P4-P5 20, P5-H 50, P2-P5 45, P1-P4 55 (minutes). Recording takes 45 min per plot. One tool call per turn.', ask: 'Crew at P1 at 11:20, P1 recorded. They are asking which way to go.' },
      { lang: 'es', sys: 'Coordinas por radio a una cuadrilla de muestreo de vegetación. Hoy hay que levantar las parcelas P1–P5 y la cuadrilla tiene que estar de vuelta en el refugio (H) antes de las 18:00. Tiempos a pie: H–P1 40, P1–P2 25, P2–P3 35, P3–P4 30, P4–P5 20, P5–H 50, P2–P5 45, P1–P4 55 (minutos). Cada parcela lleva 45 min. Una llamada a herramienta por turno.', ask: 'Son las 14:00, la cuadrilla está en P3 con P1, P2 y P3 hechas. Dicen que el arroyo entre P3 y P4 baja crecido.' },
      { lang: 'fr', sys: "Vous coordonnez par radio une équipe de relevés de végétation. Les placettes P1 à P5 doivent toutes être relevées aujourd'hui et l'équipe doit être rentrée au refuge (H) à 18 h. Temps de marche : H–P1 40, P1–P2 25, P2–P3 35, P3–P4 30, P4–P5 20, P5–H 50, P2–P5 45, P1–P4 55 (minutes). Un relevé prend 45 min. Un seul appel d'outil par tour.", ask: "Il est 10:05, l'équipe quitte le refuge. Rien de fait pour l'instant." },
    ];
    const v = V[i]!;
    const msgs = [sys(v.sys), user(v.ask)];
    if (i === 0) {
      exchange(rng, msgs, 'get_trail_status', { segment: 'P2-P3' }, { segment: 'P2-P3', status: 'closed', reason: 'landslide', until: 'unknown' });
      exchange(rng, msgs, 'get_trail_status', { segment: 'P2-P5' }, { segment: 'P2-P5', status: 'open', note: 'muddy, +10 min' });
    } else if (i === 1) {
      exchange(rng, msgs, 'record_plot', { plot: 'P1' }, { ok: true, plots_done: ['P1'] });
    } else if (i === 2) {
      exchange(rng, msgs, 'get_trail_status', { segment: 'P3-P4' }, { segment: 'P3-P4', status: 'open', note: `ford impassable, detour via P2-P5 adds ${rng.int(15, 30)} min` });
      msgs.push(say('Vadeo no practicable; valoro ir por P2 y P5.'), user('Vale. ¿Siguiente paso?'));
    } else {
      exchange(rng, msgs, 'walk_to', { node: 'P1' }, { arrived: '10:47', note: 'ok' });
      exchange(rng, msgs, 'record_plot', { plot: 'P1' }, { ok: true, finished: '11:34' });
    }
    return { lang: v.lang, messages: msgs, tools: trailTools, tool_choice: 'required', temperature: 0 };
  },
};

const runTools = [
  tool('lims_events', 'Scan and instrument events for a specimen or library barcode.', { barcode: str }),
  tool('start_step', 'Queue a protocol step on the automation line.', { step: oneOf('extract', 'quantify', 'library_prep', 'library_qc', 'normalise', 'pool', 'load_run'), barcode: str, params: obj({ note: str }) }),
  tool('instrument_status', 'Availability of an instrument.', { instrument: str }),
  tool('done', 'Report that the specimen is on the run, or that it cannot make it.', { outcome: oneOf('on_run', 'cannot_make_cutoff'), note: str }),
];

const gbLabRun: Family = {
  id: 'wt-gb-lab-onto-run',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The agent must move a specimen through the required protocol steps so that it sits on tonight\'s sequencing run before the cutoff, choosing the next step toward that end state.',
  variants: 4,
  make(rng, i) {
    const lang = (['zh', 'en', 'ja', 'de'] as Lang[])[i]!;
    const bc = `${rng.int(10, 99)}${rng.int(1000000, 9999999)}`;
    const sysText = t4(lang, {
      en: `Lab automation agent. Specimen ${bc} (urgent neonatal panel) must be on sequencing run NX-${rng.int(100, 199)}, which loads at 18:00. Required path: extract → quantify (≥ 5 ng/µL) → library_prep → library_qc (fragment peak 300-500 bp) → normalise → pool → load_run. Failed quant can be repeated once with re-extraction from the backup tube. One tool call per turn.`,
      zh: `实验室自动化代理。标本 ${bc}（新生儿加急检测）必须赶上今晚18:00上机的测序批次 NX-${rng.int(100, 199)}。必经步骤：提取 → 定量（≥5 ng/µL）→ 建库 → 文库质控（片段峰 300-500 bp）→ 均一化 → 混样 → 上机。定量不合格可用备份管重新提取一次。每轮只调用一个工具。`,
      ja: `ラボ自動化エージェントです。検体 ${bc}（新生児緊急パネル）は18:00にロードされるシーケンスラン NX-${rng.int(100, 199)} に載せなければなりません。必須手順：抽出 → 定量（5 ng/µL以上）→ ライブラリ調製 → ライブラリQC（ピーク300-500 bp）→ 濃度調整 → プール → ロード。定量不合格の場合、予備チューブから1回だけ再抽出可能。1ターンにつきツール呼び出しは1回。`,
      de: `Laborautomations-Agent. Probe ${bc} (Eilpanel Neugeborene) muss auf den Sequenzierlauf NX-${rng.int(100, 199)}, der um 18:00 geladen wird. Pflichtweg: extract → quantify (≥ 5 ng/µL) → library_prep → library_qc (Fragmentpeak 300–500 bp) → normalise → pool → load_run. Eine misslungene Quantifizierung darf einmal mit Neuextraktion aus dem Rückstellröhrchen wiederholt werden. Ein Tool-Aufruf pro Zug.`,
    });
    const msgs = [sys(sysText), user(t4(lang, { en: 'It is 13:40. Go.', zh: '现在13:40，开始。', ja: '現在13:40。開始してください。', de: 'Es ist 13:40. Los.' }))];
    exchange(rng, msgs, 'lims_events', { barcode: bc }, { events: [{ t: '11:02', step: 'extract', status: 'done' }, { t: '12:10', step: 'quantify', status: 'done', ng_per_ul: [3.1, 7.8, 6.2, 2.4][i] }] });
    if (i === 1 || i === 2) {
      exchange(rng, msgs, 'start_step', { step: 'library_prep', barcode: bc, params: { note: 'urgent' } }, { queued: true, eta: '15:30' });
      exchange(rng, msgs, 'lims_events', { barcode: bc }, { events: [{ t: '15:34', step: 'library_prep', status: 'done' }, { t: '15:58', step: 'library_qc', status: 'done', peak_bp: i === 1 ? 410 : 620, note: i === 2 ? 'adapter dimer / size out of range' : 'pass' }] });
    }
    if (i === 3) {
      exchange(rng, msgs, 'instrument_status', { instrument: 'extractor_2' }, { status: 'busy', free_at: '14:50' });
    }
    return { lang, messages: msgs, tools: runTools, tool_choice: 'required', temperature: 0 };
  },
};

const slotTools = [
  tool('search_slots', 'Free slots for a service at the clinic.', { service: oneOf('fasting_blood_draw', 'cardiology_consult', 'ecg'), from: str, to: str }),
  tool('book_slot', 'Book a slot for the patient.', { slot_id: str, patient_id: str }),
  tool('send_instructions', 'Send prep instructions to the patient.', { patient_id: str, text: str }),
];

const gbClinicBooking: Family = {
  id: 'wt-gb-clinic-booking-chain',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'The bookings must satisfy hard ordering and timing rules (fasting draw early enough before the consult, patient availability); any slot set that meets them completes the task.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; sys: string; ask: string }[] = [
      { lang: 'es', sys: 'Asistente de citación del centro de salud. Antes de la consulta de cardiología el paciente necesita una analítica en ayunas (extracción antes de las 10:00) entre 3 y 10 días antes, y un ECG que puede ser cualquier día previo. Reserva todo y envía las instrucciones.', ask: `Paciente ${rng.int(100000, 999999)}. Tiene cardiología el jueves 20 a las 12:30 (ya reservada). Trabaja de tarde, así que solo mañanas, y los martes no puede.` },
      { lang: 'en', sys: 'Booking assistant for the cardiology outpatient clinic. Before a cardiology consult the patient needs a fasting blood draw (before 10:00) 3-10 days earlier, and an ECG any earlier day. Book everything and send the prep instructions.', ask: `Patient ${rng.int(100000, 999999)} needs the full workup for a consult. The consult itself isn't booked yet; she can only come on Mondays and Fridays.` },
      { lang: 'pt', sys: 'Assistente de agendamento do ambulatório de cardiologia. Antes da consulta o paciente precisa de coleta de sangue em jejum (antes das 10h) entre 3 e 10 dias antes e de um ECG em qualquer dia anterior. Agende tudo e envie as orientações.', ask: `Paciente ${rng.int(100000, 999999)}, consulta marcada para sexta, dia 14, às 9h. Ele mora em outra cidade e prefere fazer coleta e ECG no mesmo dia.` },
      { lang: 'fr', sys: "Assistant de prise de rendez-vous de la consultation de cardiologie. Avant la consultation, le patient doit faire une prise de sang à jeun (avant 10 h) entre 3 et 10 jours avant, et un ECG n'importe quel jour antérieur. Réservez le tout et envoyez les consignes.", ask: `Patient ${rng.int(100000, 999999)}, consultation lundi 17 à 14 h. Il est diabétique sous insuline, donc prise de sang le plus tôt possible le matin.` },
    ];
    const v = V[i]!;
    const msgs = [sys(v.sys), user(v.ask)];
    // Day numbers of one month whose 1st is a Thursday, so the weekdays named in the asks line up.
    const wd = (d: number): string => `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][(d + 4) % 7]} ${d}`;
    const weekday = (d: number): boolean => (d + 4) % 7 < 5;
    const c = [20, 26, 14, 17][i]!;
    if (i === 1) {
      exchange(rng, msgs, 'search_slots', { service: 'cardiology_consult', from: 'today', to: '+30d' }, {
        slots: [19, 22, 23, 26, 29].map((d) => ({ id: `CC-${rng.int(100, 999)}`, day: wd(d), time: rng.pick(['09:00', '11:30', '14:15', '16:00']) })),
      });
      msgs.push(say('Friday 26 works for the consult; checking blood-draw slots before it.'));
    }
    const times = ['07:30', '07:40', '08:00', '08:50', '09:40', '10:20', '11:00'];
    exchange(rng, msgs, 'search_slots', { service: 'fasting_blood_draw', from: `D-10`, to: `D-1` }, {
      slots: [10, 9, 8, 7, 6, 5, 4, 2, 1].map((o) => c - o).filter(weekday).slice(rng.int(0, 2))
        .map((d) => ({ id: `FB-${rng.int(100, 999)}`, day: wd(d), time: rng.pick(times) })),
    });
    if (i !== 1) exchange(rng, msgs, 'search_slots', { service: 'ecg', from: 'D-14', to: 'D-1' }, { slots: [c - 10, c - 6, c - 3, c - 1].filter(weekday).map((d) => ({ id: `EC-${rng.int(10, 99)}`, day: wd(d), time: rng.pick(['08:20', '09:00', '15:00', '16:40']) })) });
    return { lang: v.lang, messages: msgs, tools: slotTools, temperature: 0 };
  },
};

type Food = [en: string, de: string, es: string, ja: string, kcal: number, protein: number, eur: number, dairy: boolean, taste: number];
const FOODS: Food[] = [
  ['oats 80 g', 'Haferflocken 80 g', 'copos de avena 80 g', 'オートミール 80g', 300, 11, 0.3, false, 3],
  ['skyr 250 g', 'Skyr 250 g', 'skyr 250 g', 'スキール 250g', 158, 27, 1.2, true, 4],
  ['chicken breast 200 g', 'Hähnchenbrust 200 g', 'pechuga de pollo 200 g', '鶏むね肉 200g', 330, 62, 2.6, false, 3],
  ['firm tofu 200 g', 'Tofu natur 200 g', 'tofu firme 200 g', '木綿豆腐 200g', 290, 32, 1.1, false, 2],
  ['3 eggs', '3 Eier', '3 huevos', '卵 3個', 215, 19, 0.9, false, 4],
  ['brown rice, cooked 200 g', 'Naturreis gekocht 200 g', 'arroz integral cocido 200 g', '玄米ごはん 200g', 250, 5, 0.4, false, 3],
  ['lentils, cooked 250 g', 'Linsen gekocht 250 g', 'lentejas cocidas 250 g', 'レンズ豆（加熱）250g', 290, 22, 0.7, false, 2],
  ['salmon 150 g', 'Lachs 150 g', 'salmón 150 g', '鮭 150g', 310, 30, 3.9, false, 5],
  ['whey shake 30 g', 'Whey-Shake 30 g', 'batido de proteína 30 g', 'プロテイン 30g', 120, 24, 0.8, true, 2],
  ['banana', 'Banane', 'plátano', 'バナナ 1本', 105, 1, 0.25, false, 4],
  ['peanut butter 30 g', 'Erdnussbutter 30 g', 'crema de cacahuete 30 g', 'ピーナッツバター 30g', 190, 8, 0.3, false, 5],
  ['mixed vegetables 300 g', 'Gemüsemix 300 g', 'verduras mixtas 300 g', '野菜ミックス 300g', 120, 6, 1.0, false, 3],
  ['wholegrain bread, 2 slices', 'Vollkornbrot, 2 Scheiben', 'pan integral, 2 rebanadas', '全粒粉パン 2枚', 220, 9, 0.4, false, 3],
  ['mature cheese 50 g', 'Bergkäse 50 g', 'queso curado 50 g', 'チーズ 50g', 200, 13, 0.9, true, 5],
  ['edamame 150 g', 'Edamame 150 g', 'edamame 150 g', '枝豆 150g', 180, 17, 1.5, false, 4],
];
const foodCol = (lang: Lang): number => (lang === 'de' ? 1 : lang === 'es' ? 2 : lang === 'ja' ? 3 : 0);
function foodTable(lang: Lang, rng: { sample<T>(items: readonly T[], n: number): T[] }, n: number, withTaste: boolean): string {
  const yen = lang === 'ja';
  const head = t4(lang, {
    en: `| food | kcal | protein g | price € | dairy |${withTaste ? ' liking 1-5 |' : ''}`,
    de: `| Lebensmittel | kcal | Eiweiß g | Preis € | Milchprodukt |${withTaste ? ' mag ich 1-5 |' : ''}`,
    es: `| alimento | kcal | proteína g | precio € | lácteo |${withTaste ? ' me gusta 1-5 |' : ''}`,
    ja: `| 食品 | kcal | たんぱく質 g | 価格 円 | 乳製品 |${withTaste ? ' 好み 1-5 |' : ''}`,
  });
  const yes = t4(lang, { en: 'yes', de: 'ja', es: 'sí', ja: '○' }); const no = t4(lang, { en: 'no', de: 'nein', es: 'no', ja: '-' });
  const rows = rng.sample(FOODS, n).map((f) => `| ${f[foodCol(lang)]} | ${f[4]} | ${f[5]} | ${yen ? Math.round(f[6] * 160) : f[6].toFixed(2)} | ${f[7] ? yes : no} |${withTaste ? ` ${f[8]} |` : ''}`);
  return `${head}\n|${'---|'.repeat(withTaste ? 6 : 5)}\n${rows.join('\n')}`;
}

const gbMeal: Family = {
  id: 'wt-gb-menu-hits-targets',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'A day menu must meet hard nutrition limits and an exclusion; any combination that satisfies all of them is a correct answer, so it is a constraint search, not a trade-off.',
  variants: 4,
  make(rng, i) {
    const lang = (['ja', 'en', 'de', 'es'] as Lang[])[i]!;
    const kcalLo = [1800, 2200, 1600, 2000][i]!; const prot = [130, 160, 110, 140][i]!;
    const ask = t4(lang, {
      en: `Build tomorrow's food list from the table only. Hard limits: ${kcalLo}-${kcalLo + 200} kcal total, at least ${prot} g protein, no dairy (lactose intolerant). Portions can be used more than once. Any list that meets all three is fine.`,
      ja: `下の表の食品だけで明日の食事リストを作ってください。条件は厳守：合計 ${kcalLo}〜${kcalLo + 200} kcal、たんぱく質 ${prot} g 以上、乳製品なし（乳糖不耐症）。同じ食品を複数回使ってもOK。3条件を満たせばどんな組み合わせでも構いません。`,
      de: `Stell die Lebensmittel für morgen nur aus der Tabelle zusammen. Feste Grenzen: ${kcalLo}–${kcalLo + 200} kcal insgesamt, mindestens ${prot} g Eiweiß, keine Milchprodukte (Laktoseintoleranz). Portionen dürfen mehrfach vorkommen. Jede Liste, die alle drei erfüllt, ist ok.`,
      es: `Arma la lista de comida de mañana usando solo la tabla. Límites estrictos: ${kcalLo}–${kcalLo + 200} kcal en total, al menos ${prot} g de proteína y nada de lácteos (intolerancia a la lactosa). Se pueden repetir raciones. Vale cualquier lista que cumpla las tres condiciones.`,
    });
    const sysText = t4(lang, { en: 'Meal builder in a fitness app. Check your sums before answering.', ja: 'フィットネスアプリの献立作成機能です。回答前に合計を必ず検算すること。', de: 'Mahlzeitenplaner in einer Fitness-App. Summen vor der Antwort nachrechnen.', es: 'Generador de menús de una app de fitness. Comprueba las sumas antes de responder.' });
    return {
      lang,
      messages: [sys(sysText), user(`${ask}\n\n${foodTable(lang, rng, [12, 10, 13, 11][i]!, false)}`)],
      response_format: jsonSchema('day_menu', { items: list(obj({ food: str, portions: int })), total_kcal: num, total_protein_g: num, meets_all_limits: bool }),
      temperature: 0,
    };
  },
};

const gbTransfer: Family = {
  id: 'wt-gb-pharmacy-transfer-route',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'A fixed quantity must reach one branch by a deadline through courier legs with fixed schedules; the answer is a sequence of transfers that makes it, not the cheapest of several options.',
  variants: 4,
  make(rng, i) {
    const qty = [40, 25, 60, 18][i]!;
    const drug = ['Enoxaparin 40 mg Fertigspritzen', 'amoxicillin 250 mg/5 ml suspension', "stylos d'insuline glargine", 'canetas de adrenalina 0,3 mg'][i]!;
    const stock = { A: rng.int(5, 20), B: rng.int(10, 30), C: rng.int(0, 12), D: rng.int(15, 35) };
    const legs = `A→HUB Mo/Mi/Fr 10:00 (3 h) | B→HUB täglich 16:00 (2 h) | C→E direkt Di/Do 09:00 (4 h) | D→C Mo–Fr 12:00 (1 h) | HUB→E täglich 07:00 (5 h) | HUB→C Di/Fr 08:00 (2 h)`;
    const V: { lang: Lang; text: string }[] = [
      { lang: 'de', text: `Filiale E braucht ${qty} Stück ${drug} bis Donnerstag 12:00 (Heimversorgung). Bestände: A ${stock.A}, B ${stock.B}, C ${stock.C}, D ${stock.D}. Kurierverbindungen: ${legs}. Heute ist Montag, 09:30. Mindestbestand in jeder abgebenden Filiale: 5. Gib die Umlagerungen in zeitlicher Reihenfolge an, so dass die Menge rechtzeitig in E ist.` },
      { lang: 'en', text: `Branch E needs ${qty} × ${drug} by Thursday 12:00 for a care-home round. Stock: A ${stock.A}, B ${stock.B}, C ${stock.C}, D ${stock.D}. Courier legs: ${legs.replace(/Mo\/Mi\/Fr/g, 'Mon/Wed/Fri').replace(/täglich/g, 'daily').replace(/Di\/Do/g, 'Tue/Thu').replace(/Mo–Fr/g, 'Mon-Fri').replace(/Di\/Fr/g, 'Tue/Fri')}. It is Monday 09:30. Each sending branch must keep at least 5. List the transfers in time order so the full quantity is in E on time.` },
      { lang: 'fr', text: `La pharmacie E doit disposer de ${qty} ${drug} jeudi 12 h au plus tard (tournée EHPAD). Stocks : A ${stock.A}, B ${stock.B}, C ${stock.C}, D ${stock.D}. Navettes : ${legs.replace(/Mo\/Mi\/Fr/g, 'lun/mer/ven').replace(/täglich/g, 'tous les jours').replace(/Di\/Do/g, 'mar/jeu').replace(/Mo–Fr/g, 'lun–ven').replace(/Di\/Fr/g, 'mar/ven')}. Nous sommes lundi, 9 h 30. Chaque officine expéditrice garde au moins 5 unités. Donnez les transferts dans l'ordre chronologique pour que tout soit à E à temps.` },
      { lang: 'pt', text: `A filial E precisa de ${qty} ${drug} até quinta às 12h (atendimento a uma casa de repouso). Estoques: A ${stock.A}, B ${stock.B}, C ${stock.C}, D ${stock.D}. Rotas do motoboy/transportadora: ${legs.replace(/Mo\/Mi\/Fr/g, 'seg/qua/sex').replace(/täglich/g, 'diário').replace(/Di\/Do/g, 'ter/qui').replace(/Mo–Fr/g, 'seg–sex').replace(/Di\/Fr/g, 'ter/sex')}. Hoje é segunda, 9h30. Cada filial que envia precisa ficar com pelo menos 5. Liste as transferências em ordem cronológica para que tudo chegue a E no prazo.` },
    ];
    const v = V[i]!;
    const sysText = t4(v.lang, { en: 'Stock logistics assistant for a pharmacy group.', de: 'Logistik-Assistent für einen Apothekenverbund.', fr: "Assistant logistique d'un groupement de pharmacies.", pt: 'Assistente de logística de uma rede de farmácias.' });
    return {
      lang: v.lang,
      messages: [sys(sysText), user(v.text)],
      ...(i % 2 === 0 ? { response_format: jsonSchema('transfers', { steps: list(obj({ from: str, to: str, qty: int, depart: str, arrive: str })), arrives_in_time: bool }) } : {}),
      temperature: 0,
    };
  },
};

const gbPlate: Family = {
  id: 'wt-gb-liquid-handler-layout',
  label: 'goal_based',
  difficulty: 'easy',
  rationale: 'The robot has to produce a specified target plate layout from the deck as given; the output is the command sequence that reaches it.',
  variants: 4,
  make(rng, i) {
    const lang = (['fr', 'en', 'zh', 'ja'] as Lang[])[i]!;
    const stock = [100, 50, 200, 10][i]!;
    const targets = [[10, 5, 2.5, 1.25], [20, 10, 5, 2.5, 1.25, 0.625], [40, 20, 10], [2, 1, 0.5, 0.25, 0.125]][i]!;
    const vol = [200, 150, 100, 250][i]!;
    const deck = `A1: stock ${stock} mM (1.5 mL) | R1: ${t4(lang, { en: 'buffer reservoir', fr: 'réservoir de tampon', zh: '缓冲液槽', ja: 'バッファーリザーバー' })} 50 mL | P1: 96-well plate, empty | tips: 20 µL ×96, 200 µL ×96, 1000 µL ×24`;
    const goal = targets.map((c, k) => `B${k + 1}: ${vol} µL @ ${c} mM`).join(', ');
    const sysText = t4(lang, {
      en: 'You write command lists for the lab\'s liquid-handling robot. Commands: PICK_TIP <size>, ASPIRATE <src> <µL>, DISPENSE <dst> <µL>, MIX <well> <cycles>, DROP_TIP. Minimum pipetting volume 2 µL. Output only the command list.',
      fr: 'Vous écrivez les listes de commandes du robot de pipetage du labo. Commandes : PICK_TIP <taille>, ASPIRATE <source> <µL>, DISPENSE <dest> <µL>, MIX <puits> <cycles>, DROP_TIP. Volume minimal 2 µL. Répondez uniquement par la liste de commandes.',
      zh: '你为实验室的移液机器人编写指令列表。指令：PICK_TIP <规格>、ASPIRATE <来源> <µL>、DISPENSE <目标> <µL>、MIX <孔位> <次数>、DROP_TIP。最小移液体积 2 µL。只输出指令列表。',
      ja: 'ラボの分注ロボット用コマンドリストを書いてください。コマンド：PICK_TIP <サイズ>、ASPIRATE <吸引元> <µL>、DISPENSE <吐出先> <µL>、MIX <ウェル> <回数>、DROP_TIP。最小分注量 2 µL。コマンドリストのみを出力。',
    });
    const ask = t4(lang, {
      en: `Deck: ${deck}\nEnd result needed: ${goal}. Serial dilution is fine.`,
      fr: `Plateau : ${deck}\nRésultat attendu : ${goal}. Une dilution en cascade convient.`,
      zh: `台面：${deck}\n需要的最终结果：${goal}。可以用梯度稀释。`,
      ja: `デッキ：${deck}\n最終的に必要な状態：${goal}。段階希釈で構いません。`,
    });
    return { lang, messages: [sys(sysText), user(ask)], temperature: 0, max_tokens: rng.pick([600, 800]) };
  },
};

export const goalBasedT: Family[] = [gbTransect, gbLabRun, gbClinicBooking, gbMeal, gbTransfer, gbPlate];

// ---------------------------------------------------------------------------------------------
// utility_based
// ---------------------------------------------------------------------------------------------

const visitTools = [
  tool('search_slots', 'Free slots for a service.', { service: str, from: str, to: str }),
  tool('book_slot', 'Book a slot for the patient.', { slot_id: str, patient_id: str }),
  tool('send_instructions', 'Send a confirmation to the patient.', { patient_id: str, text: str }),
];

const ubClinicSlot: Family = {
  id: 'wt-ub-clinic-slot-pick',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Every slot returned already satisfies the clinic\'s rules; the assistant has to weigh the patient\'s stated priorities (earliness, travel, clinician) and book the best one.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; sys: string; ask: string }[] = [
      { lang: 'es', sys: 'Asistente de citación del centro de salud. Todas las citas que devuelve search_slots ya cumplen los requisitos clínicos. Elige la que mejor encaje con lo que el paciente valora y resérvala.', ask: `Paciente ${rng.int(100000, 999999)}, revisión de diabetes con enfermería. Lo que más le importa es no perder horas de trabajo (entra a las 9), luego tardar poco en llegar, y si puede ser, con la enfermera Ruiz, que ya le conoce.` },
      { lang: 'en', sys: 'Booking assistant for the outpatient physiotherapy service. All slots returned by search_slots are clinically acceptable. Pick the one that best fits what the patient values and book it.', ask: `Patient ${rng.int(100000, 999999)}, knee rehab follow-up. She says: sooner is better but not at any price; the Eastside site is 10 min from home vs 35 min for Central; she'd like to stay with Tom if possible. Weigh it roughly 50/30/20.` },
      { lang: 'pt', sys: 'Assistente de agendamento da clínica de fisioterapia. Todos os horários retornados por search_slots são aceitáveis do ponto de vista clínico. Escolha o que melhor atende ao que o paciente valoriza e agende.', ask: `Paciente ${rng.int(100000, 999999)}, retorno de ombro. Ele depende de carona da filha, que só pode depois das 17h ou no sábado; prefere o quanto antes, mas uma espera de alguns dias a mais não é problema se for com o mesmo fisioterapeuta.` },
      { lang: 'fr', sys: "Assistant de prise de rendez-vous du cabinet de kinésithérapie. Tous les créneaux renvoyés par search_slots sont acceptables sur le plan médical. Choisissez celui qui correspond le mieux à ce qui compte pour le patient et réservez-le.", ask: `Patient ${rng.int(100000, 999999)}, suivi lombalgie. Il préfère le matin, veut éviter le site de la gare (parking payant) et aimerait revoir Mme Leroy ; au besoin, un kiné différent ne le dérange pas plus que ça.` },
    ];
    const v = V[i]!;
    const msgs = [sys(v.sys), user(v.ask)];
    const who = [['Ruiz', 'Gómez', 'Pardo'], ['Tom', 'Aisha', 'Tom'], ['Rafael', 'Camila', 'Rafael'], ['Leroy', 'Benali', 'Leroy']][i]!;
    const site = [['Centro', 'Norte'], ['Eastside', 'Central'], ['Unidade Centro', 'Unidade Sul'], ['Gare', 'Saint-Roch']][i]!;
    exchange(rng, msgs, 'search_slots', { service: ['nurse_diabetes_review', 'physio_follow_up', 'physio_follow_up', 'physio_follow_up'][i]!, from: 'today', to: '+21d' }, {
      slots: Array.from({ length: [5, 6, 4, 5][i]! }, (_, k) => {
        const inDays = 1 + k * 3 + rng.int(0, 2);
        const day = ['Thu', 'Fri', 'Sat', 'Mon', 'Mon', 'Tue', 'Wed'][inDays % 7]!; // today is a Wednesday; no Sunday clinics
        return {
          id: `S-${rng.int(1000, 9999)}`, in_days: inDays, day,
          time: day === 'Sat' ? rng.pick(['09:00', '10:30']) : rng.pick(['07:45', '08:00', '08:30', '12:40', '17:20', '18:00']),
          site: site[k % 2], clinician: who[k % 3],
        };
      }),
    });
    return { lang: v.lang, messages: msgs, tools: visitTools, temperature: 0.2 };
  },
};

const ubMeal: Family = {
  id: 'wt-ub-menu-best-value',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Many menus are possible within the budget; the user wants the one that best balances protein, liking and price by stated weights, so it is a scored trade-off.',
  variants: 4,
  make(rng, i) {
    const lang = (['ja', 'en', 'de', 'es'] as Lang[])[i]!;
    const budget = [1200, 9, 8, 10][i]!;
    const ask = t4(lang, {
      en: `Put together tomorrow's food from the table. Budget €${budget} max. What I care about: protein counts most (weight 0.5), then how much I like it (0.3), then cheap (0.2). Somewhere around 2000 kcal is fine, doesn't have to be exact. Which combination comes out best?`,
      ja: `下の表から明日の食事を組んでください。予算は${budget}円まで。重視するのは、たんぱく質（重み0.5）、好み（0.3）、安さ（0.2）の順。カロリーは2000kcal前後ならだいたいでOK。いちばん点数が高くなる組み合わせは？`,
      de: `Stell mir das Essen für morgen aus der Tabelle zusammen. Budget höchstens ${budget} €. Mir ist wichtig: Eiweiß zählt am meisten (Gewicht 0,5), dann wie gern ich es esse (0,3), dann billig (0,2). Irgendwo um 2000 kcal reicht, muss nicht genau sein. Welche Kombination schneidet am besten ab?`,
      es: `Arma la comida de mañana con la tabla. Presupuesto máximo ${budget} €. Lo que me importa: la proteína es lo que más pesa (0,5), luego lo que me gusta (0,3) y luego que sea barato (0,2). Unas 2000 kcal, más o menos. ¿Qué combinación sale mejor?`,
    });
    const sysText = t4(lang, { en: 'Meal builder in a fitness app. Show the score of your pick and of the runner-up.', ja: 'フィットネスアプリの献立作成機能です。採用案と次点の点数を示すこと。', de: 'Mahlzeitenplaner in einer Fitness-App. Zeig die Punktzahl deiner Wahl und der zweitbesten.', es: 'Generador de menús de una app de fitness. Muestra la puntuación de tu elección y de la segunda mejor.' });
    return {
      lang,
      messages: [sys(sysText), user(`${ask}\n\n${foodTable(lang, rng, [12, 10, 13, 11][i]!, true)}`)],
      ...(i % 2 === 1 ? { response_format: jsonSchema('day_menu', { items: list(obj({ food: str, portions: int })), cost: num, score: num, runner_up_score: num }) } : {}),
      temperature: 0.2,
    };
  },
};

const ubSupplier: Family = {
  id: 'wt-ub-restock-source',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Every sourcing option delivers in time; the choice rests on weighing price, reliability and the knock-on effect on other branches, a trade-off among feasible options.',
  variants: 4,
  make(rng, i) {
    const qty = [40, 25, 60, 18][i]!;
    const drug = ['Enoxaparin 40 mg Fertigspritzen', 'amoxicillin 250 mg/5 ml suspension', "stylos d'insuline glargine", 'canetas de adrenalina 0,3 mg'][i]!;
    const p = [rng.int(40, 60) / 10, rng.int(30, 50) / 10, rng.int(55, 75) / 10];
    const opts = (lang: Lang): string => {
      const L = {
        de: ['Großhandel Nord: {p0} €/Stk, Lieferung Mi früh, Lieferquote zuletzt 92 %', 'Direkt vom Hersteller: {p1} €/Stk, Mindestmenge 100, Lieferung Do 08:00, 99 %', 'Umlagerung aus Filiale B: {p2} €/Stk (interner Verrechnungspreis + Kurier), Ankunft Di, B fällt danach auf 6 Stk', 'Aufteilen: Hälfte Großhandel, Hälfte Filiale B'],
        en: ['Wholesaler North: €{p0}/unit, delivers Wed morning, recent fill rate 92%', 'Direct from manufacturer: €{p1}/unit, minimum order 100, arrives Thu 08:00, 99%', 'Transfer from branch B: €{p2}/unit (internal price + courier), arrives Tue, leaves B with 6', 'Split: half wholesaler, half branch B'],
        fr: ['Grossiste Nord : {p0} €/u, livraison mercredi matin, taux de service récent 92 %', 'Direct laboratoire : {p1} €/u, minimum 100 unités, livraison jeudi 8 h, 99 %', "Transfert depuis l'officine B : {p2} €/u (prix interne + navette), arrivée mardi, B descend à 6", 'Panachage : moitié grossiste, moitié officine B'],
        pt: ['Distribuidora Norte: R$ {p0}0/un, entrega quarta de manhã, atendimento recente 92%', 'Direto do laboratório: R$ {p1}0/un, pedido mínimo 100, chega quinta 8h, 99%', 'Transferência da filial B: R$ {p2}0/un (preço interno + frete), chega terça, B fica com 6', 'Dividir: metade distribuidora, metade filial B'],
      }[lang as 'de']!;
      const f = (x: number): string => (lang === 'pt' ? (x * 5).toFixed(2).replace('.', ',') : x.toFixed(2).replace('.', lang === 'en' ? '.' : ','));
      return L.map((s, k) => `${k + 1}) ${s.replace('{p0}0', f(p[0]!)).replace('{p1}0', f(p[1]!)).replace('{p2}0', f(p[2]!)).replace('{p0}', f(p[0]!)).replace('{p1}', f(p[1]!)).replace('{p2}', f(p[2]!))}`).join('\n');
    };
    const V: { lang: Lang; text: string }[] = [
      { lang: 'de', text: `Filiale E braucht ${qty} Stück ${drug} bis Donnerstag 12:00. Alle vier Wege schaffen das rechtzeitig:\n${opts('de')}\nKosten zählen, aber ein Ausfall bei der Heimversorgung wäre schlimmer als ein paar Euro mehr, und B sollte nicht zu knapp werden. Was nehmen wir?` },
      { lang: 'en', text: `Branch E needs ${qty} × ${drug} by Thursday 12:00. All four routes get there in time:\n${opts('en')}\nCost matters, but missing the care-home round is far worse than a few euros, and B shouldn't be left too thin. Which one do we go with?` },
      { lang: 'fr', text: `La pharmacie E doit recevoir ${qty} ${drug} d'ici jeudi 12 h. Les quatre solutions arrivent à temps :\n${opts('fr')}\nLe coût compte, mais rater la tournée EHPAD serait bien pire que quelques euros, et B ne doit pas se retrouver trop juste. On part sur quoi ?` },
      { lang: 'pt', text: `A filial E precisa de ${qty} ${drug} até quinta às 12h. As quatro opções chegam a tempo:\n${opts('pt')}\nCusto importa, mas falhar com a casa de repouso é bem pior do que gastar um pouco mais, e a filial B não pode ficar muito desfalcada. Qual escolhemos?` },
    ];
    const v = V[i]!;
    const sysText = t4(v.lang, { en: 'Stock logistics assistant for a pharmacy group.', de: 'Logistik-Assistent für einen Apothekenverbund.', fr: "Assistant logistique d'un groupement de pharmacies.", pt: 'Assistente de logística de uma rede de farmácias.' });
    return { lang: v.lang, messages: [sys(sysText), user(v.text)], temperature: 0.3 };
  },
};

const ubSurvey: Family = {
  id: 'wt-ub-survey-days-split',
  label: 'utility_based',
  secondary: 'learning',
  difficulty: 'medium',
  rationale: 'Expected detections per day, travel costs and site priorities are all given, and a fixed number of field days has to be split across sites for the best weighted return.',
  variants: 4,
  make(rng, i) {
    const lang = (['pt', 'en', 'es', 'fr'] as Lang[])[i]!;
    const days = [30, 24, 36, 20][i]!;
    const sites = ['Serra Azul', 'Várzea do Rio Preto', 'Chapada Norte', 'Mata do Córrego Fundo', 'Brejo das Antas', 'Campo Limpo Sul'].slice(0, [5, 6, 4, 5][i]!);
    const head = t4(lang, {
      en: '| site | est. new species/day, days 1-3 | after day 3 | travel (days, round trip) | priority weight |',
      pt: '| área | espécies novas/dia estimadas, dias 1-3 | após o dia 3 | deslocamento (dias, ida e volta) | peso de prioridade |',
      es: '| sitio | especies nuevas/día estimadas, días 1-3 | después del día 3 | desplazamiento (días, ida y vuelta) | peso de prioridad |',
      fr: "| site | espèces nouvelles/jour estimées, jours 1-3 | après le jour 3 | trajet (jours, aller-retour) | poids de priorité |",
    });
    const rows = sites.map((s) => `| ${s} | ${(rng.int(15, 45) / 10).toFixed(1)} | ${(rng.int(3, 12) / 10).toFixed(1)} | ${rng.int(1, 3)} | ${rng.pick([1, 1, 1.5, 2])} |`);
    const ask = t4(lang, {
      en: `We have ${days} person-days of fieldwork for the dry-season atlas survey, travel included. The estimates below come from the habitat model. How many days at each site gives the most priority-weighted new records? A site is only worth visiting if we stay at least 2 days.`,
      pt: `Temos ${days} dias-pessoa de campo para o levantamento do atlas na seca, contando o deslocamento. As estimativas abaixo vêm do modelo de habitat. Quantos dias em cada área rendem mais registros novos ponderados pela prioridade? Só vale ir a uma área se ficarmos pelo menos 2 dias.`,
      es: `Tenemos ${days} jornadas-persona de campo para el muestreo del atlas en época seca, incluidos los desplazamientos. Las estimaciones de abajo salen del modelo de hábitat. ¿Cuántos días en cada sitio dan más registros nuevos ponderados por prioridad? Solo compensa ir a un sitio si nos quedamos al menos 2 días.`,
      fr: `Nous disposons de ${days} jours-personne de terrain pour l'inventaire de l'atlas en saison sèche, trajets compris. Les estimations ci-dessous viennent du modèle d'habitat. Combien de jours par site pour obtenir le plus de nouvelles données pondérées par la priorité ? Un site ne vaut le déplacement que si l'on y reste au moins 2 jours.`,
    });
    const sysText = t4(lang, { en: 'Field logistics assistant for a biodiversity atlas project.', pt: 'Assistente de logística de campo de um projeto de atlas de biodiversidade.', es: 'Asistente de logística de campo de un proyecto de atlas de biodiversidad.', fr: "Assistant logistique de terrain d'un projet d'atlas de la biodiversité." });
    return {
      lang,
      messages: [sys(sysText), user(`${ask}\n\n${head}\n|---|---|---|---|---|\n${rows.join('\n')}`)],
      response_format: jsonSchema('allocation', { days_per_site: list(obj({ site: str, days: int })), expected_weighted_records: num }),
      temperature: 0,
    };
  },
};

const ubTraining: Family = {
  id: 'wt-ub-training-block-options',
  label: 'utility_based',
  secondary: 'learning',
  difficulty: 'medium',
  rationale: 'Candidate training blocks come with stated expected gains, risks and time costs, and one must be chosen by weighing them against the athlete\'s priorities; there is no record of past blocks to go on.',
  variants: 4,
  make(rng, i) {
    const lang = (['en', 'de', 'ja', 'zh'] as Lang[])[i]!;
    const hours = [6, 8, 5, 7][i]!;
    const blocks = [
      ['A', 'threshold 2×/wk + long run', 7, 45, 'medium'],
      ['B', 'VO2max intervals 2×/wk', 6, 55, 'high'],
      ['C', 'easy volume +20 %', 9, 30, 'low'],
      ['D', 'hills + strength', 6, 35, 'low'],
      ['E', 'mixed: 1 threshold, 1 intervals', 7, 50, 'medium'],
    ] as const;
    const names: Record<string, string[]> = {
      de: ['Schwelle 2×/Woche + langer Lauf', 'VO2max-Intervalle 2×/Woche', 'lockerer Umfang +20 %', 'Hügel + Kraft', 'gemischt: 1× Schwelle, 1× Intervalle'],
      ja: ['閾値走 週2回＋ロング走', 'VO2max インターバル 週2回', 'ジョグ量 +20%', '坂道＋筋トレ', 'ミックス：閾値1回＋インターバル1回'],
      zh: ['乳酸阈跑每周2次＋长距离', '最大摄氧量间歇每周2次', '轻松跑量＋20%', '坡道＋力量', '混合：阈值1次＋间歇1次'],
    };
    const head = t4(lang, {
      en: '| block | content | h/week | est. 10k gain (s) | injury risk |',
      de: '| Block | Inhalt | Std/Woche | erw. 10-km-Gewinn (s) | Verletzungsrisiko |',
      ja: '| ブロック | 内容 | 時間/週 | 10km短縮見込み（秒） | 故障リスク |',
      zh: '| 训练块 | 内容 | 小时/周 | 预计10公里提升（秒） | 伤病风险 |',
    });
    const rows = blocks.map((b, k) => `| ${b[0]} | ${names[lang]?.[k] ?? b[1]} | ${b[2]} | ${b[3] + rng.int(-5, 5)} | ${b[4]} |`);
    const ask = t4(lang, {
      en: `Next 6-week block for a 41-year-old club runner. She has about ${hours} h a week. The coaching table gives these expected gains. She'd trade some speed for staying healthy (count a high injury risk as roughly -30 s, medium -10 s). Which block?`,
      de: `Nächster 6-Wochen-Block für einen 38-jährigen Vereinsläufer mit etwa ${hours} Std pro Woche. Die Trainertabelle nennt diese erwarteten Gewinne. Gesund bleiben ist ihm etwas Tempo wert (hohes Verletzungsrisiko etwa mit -30 s ansetzen, mittleres mit -10 s). Welcher Block?`,
      ja: `46歳の市民ランナー（女性）の次の6週間ブロック。練習に使えるのは週${hours}時間ほど。コーチ用の表の見込み値は以下のとおり。多少遅くなっても故障しないほうがいいとのこと（故障リスク高は約-30秒、中は-10秒として換算）。どのブロックにしますか？`,
      zh: `一位35岁的业余跑者接下来6周的训练块，每周大约有${hours}小时。教练表给出的预期提升如下。他宁可慢一点也要少受伤（高伤病风险约折算为-30秒，中等为-10秒）。选哪个？`,
    });
    const sysText = t4(lang, { en: 'Coaching assistant in a running club app.', de: 'Trainingsassistent in einer Laufclub-App.', ja: 'ランニングクラブアプリのコーチングアシスタントです。', zh: '跑步俱乐部App里的教练助手。' });
    return { lang, messages: [sys(sysText), user(`${ask}\n\n${head}\n|---|---|---|---|---|\n${rows.join('\n')}`)], temperature: 0.3 };
  },
};

const ubSensorSites: Family = {
  id: 'wt-ub-sensor-siting',
  label: 'utility_based',
  secondary: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Candidate sites for new air sensors differ in population served, coverage gain, cost and power access, and a budget-limited subset must be chosen by weighing these.',
  variants: 4,
  make(rng, i) {
    const lang = (['zh', 'en', 'de', 'es'] as Lang[])[i]!;
    const budget = [12000, 9000, 15000, 10000][i]!;
    const n = [8, 10, 7, 9][i]!;
    const head = t4(lang, {
      en: '| site | residents within 500 m | nearest existing sensor (km) | school/clinic nearby | install cost € | mains power |',
      zh: '| 点位 | 500米内居民 | 距最近现有站点（公里） | 附近有学校/诊所 | 安装费用（元） | 市电 |',
      de: '| Standort | Anwohner im 500-m-Umkreis | nächster bestehender Sensor (km) | Schule/Praxis in der Nähe | Installationskosten € | Netzstrom |',
      es: '| punto | residentes a 500 m | sensor existente más cercano (km) | colegio/centro de salud cerca | coste de instalación € | red eléctrica |',
    });
    const yes = t4(lang, { en: 'yes', zh: '有', de: 'ja', es: 'sí' }); const no = t4(lang, { en: 'no', zh: '无', de: 'nein', es: 'no' });
    const rows = Array.from({ length: n }, (_, k) => `| S${k + 1} | ${rng.int(8, 120) * 100} | ${(rng.int(3, 40) / 10).toFixed(1)} | ${rng.chance(0.4) ? yes : no} | ${rng.int(9, 35) * 100 * (lang === 'zh' ? 7 : 1)} | ${rng.chance(0.6) ? yes : no} |`);
    const ask = t4(lang, {
      en: `We can fund new low-cost PM sensors up to €${budget}. Sites without mains power need a solar kit (+€600). We want to cover as many people as possible, fill the gaps far from existing sensors, and favour schools and clinics, roughly in that order. Which sites?`,
      zh: `新增低成本PM传感器的预算上限为${budget * 7}元。没有市电的点位需要加装太阳能套件（+4200元）。优先考虑覆盖人口，其次填补离现有站点较远的空白，再其次照顾学校和诊所。选哪些点位？`,
      de: `Für neue Low-Cost-Feinstaubsensoren haben wir bis zu ${budget} €. Standorte ohne Netzstrom brauchen ein Solarkit (+600 €). Wir wollen möglichst viele Menschen abdecken, Lücken weit weg von bestehenden Sensoren schließen und Schulen/Praxen bevorzugen – ungefähr in dieser Reihenfolge. Welche Standorte?`,
      es: `Tenemos hasta ${budget} € para sensores de partículas de bajo coste. Los puntos sin red eléctrica necesitan un kit solar (+600 €). Queremos cubrir a cuanta más gente mejor, tapar huecos lejos de los sensores actuales y dar preferencia a colegios y centros de salud, más o menos en ese orden. ¿Qué puntos elegimos?`,
    });
    const sysText = t4(lang, { en: 'Assistant to the city environmental monitoring team.', zh: '市环境监测科的助手。', de: 'Assistenz des städtischen Umweltmessnetzes.', es: 'Asistente del equipo municipal de vigilancia ambiental.' });
    return {
      lang,
      messages: [sys(sysText), user(`${ask}\n\n${head}\n|${'---|'.repeat(6)}\n${rows.join('\n')}`)],
      response_format: jsonSchema('siting', { chosen: list(str), total_cost: num, residents_covered: int, why: str }),
      temperature: 0.1,
    };
  },
};

export const utilityBasedT: Family[] = [ubClinicSlot, ubMeal, ubSupplier, ubSurvey, ubTraining, ubSensorSites];

// ---------------------------------------------------------------------------------------------
// learning
// ---------------------------------------------------------------------------------------------

const lrBolus: Family = {
  id: 'wt-lr-meal-response-history',
  label: 'learning',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'Logged meals with how glucose actually responded are used to work out what this person\'s body does with such meals and to advise on a new, similar meal.',
  variants: 4,
  make(rng, i) {
    const lang = (['en', 'de', 'ja', 'zh'] as Lang[])[i]!;
    const sysText = t4(lang, {
      en: 'You are the assistant inside a CGM companion app for adults with type 1 diabetes. Suggestions go to the user and are visible to their diabetes nurse. You may comment on timing and splitting of the meal bolus and on pre-meal checks, but never give a number of units. Keep replies under 80 words.',
      de: 'Du bist der Assistent in einer CGM-Begleit-App für Erwachsene mit Typ-1-Diabetes. Hinweise gehen an die Nutzerin und sind für ihre Diabetesberaterin sichtbar. Du darfst zu Zeitpunkt und Aufteilung des Mahlzeitenbolus und zu Kontrollmessungen etwas sagen, aber nie eine Einheitenzahl nennen. Antworten unter 80 Wörtern.',
      ja: 'あなたは1型糖尿病の成人向けCGM連携アプリのアシスタントです。提案はユーザー本人に届き、担当の糖尿病看護師も閲覧できます。食事ボーラスのタイミングや分割、食前・食後の確認について助言してよいが、単位数は絶対に示さないこと。返答は160字以内。',
      zh: '你是1型糖尿病成人用户CGM配套App里的助手。建议发给用户本人，其糖尿病专科护士也能看到。可以就餐时大剂量的注射时机、分次注射以及餐前餐后监测提出建议，但绝不能给出具体单位数。回答不超过150字。',
    });
    const meals = [
      ['pizza', 'Pizza', 'ピザ', '披萨'],
      ['pasta carbonara', 'Spaghetti Carbonara', 'カルボナーラ', '奶油培根意面'],
      ['sushi', 'Sushi', '寿司', '寿司'],
      ['curry with rice', 'Curry mit Reis', 'カレーライス', '咖喱饭'],
      ['burger & fries', 'Burger mit Pommes', 'ハンバーガーとポテト', '汉堡薯条'],
    ];
    const col = lang === 'en' ? 0 : lang === 'de' ? 1 : lang === 'ja' ? 2 : 3;
    const pattern = [
      ['all at start', 'alles zu Beginn', '食前に全量', '餐前一次注射'],
      ['split 60/40 over 2 h', 'geteilt 60/40 über 2 h', '60/40に分割（2時間）', '分两次 60/40，间隔2小时'],
      ['15 min before', '15 min vorher', '15分前に全量', '提前15分钟'],
    ];
    const rows: string[] = [];
    const n = [5, 6, 4, 7][i]!;
    for (let k = 0; k < n; k++) {
      const m = rng.int(0, 4); const pt = k % 3; const fatty = m === 0 || m === 1 || m === 4;
      const peak = pt === 1 && fatty ? rng.int(150, 185) : fatty ? rng.int(210, 290) : rng.int(140, 175);
      const late = fatty && pt !== 1 ? rng.int(200, 260) : rng.int(100, 160);
      const lowEarly = fatty && pt === 2 && rng.chance(0.6);
      const d = 2 + k * 4 + rng.int(0, 2); const mo = 3 + (i % 2);
      const date = lang === 'ja' || lang === 'zh' ? `${mo}/${d}` : lang === 'de' ? `${pad(d)}.${pad(mo)}.` : `${['Mar', 'Apr'][i % 2]} ${d}`;
      rows.push(`${date} | ${meals[m]![col]} | ${rng.int(6, 12) * 10} g | ${pattern[pt]![col]} | 2h ${lowEarly ? 68 : peak} | 5h ${late}`);
    }
    const head = t4(lang, { en: 'date | meal | carbs | bolus timing | 2 h | 5 h (mg/dL)', de: 'Datum | Essen | KH | Bolus-Zeitpunkt | 2 h | 5 h (mg/dL)', ja: '日付 | 食事 | 炭水化物 | ボーラスの打ち方 | 2時間後 | 5時間後（mg/dL）', zh: '日期 | 餐食 | 碳水 | 注射方式 | 2小时 | 5小时（mg/dL）' });
    const now = [0, 1, 4, 3][i]!;
    const ask = t4(lang, {
      en: `Here's what happened the last few times I ate out:\n${head}\n${rows.join('\n')}\n\nTonight: ${meals[now]![0]} again, about 90 g carbs, eating at 19:30. Anything I should do differently this time?`,
      de: `So lief es die letzten Male beim Essengehen:\n${head}\n${rows.join('\n')}\n\nHeute Abend wieder ${meals[now]![1]}, ungefähr 90 g KH, Essen um 19:30. Soll ich diesmal etwas anders machen?`,
      ja: `最近外食したときの記録です：\n${head}\n${rows.join('\n')}\n\n今夜はまた${meals[now]![2]}で、炭水化物は90gくらい、19:30から食べます。今回は何か変えたほうがいい？`,
      zh: `这是我最近几次在外面吃饭的记录：\n${head}\n${rows.join('\n')}\n\n今晚又吃${meals[now]![3]}，碳水大约90克，19:30开始吃。这次有什么要调整的吗？`,
    });
    return { lang, messages: [sys(sysText), user(ask)], temperature: 0.3, max_tokens: 220 };
  },
};

const lrFrost: Family = {
  id: 'wt-lr-orchard-frost-bias',
  label: 'learning',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Past nights pair the regional forecast with what the orchard station actually recorded, and the pattern of errors must be carried over to correct tonight\'s forecast.',
  variants: 4,
  make(rng, i) {
    const lang = (['fr', 'en', 'pt', 'de'] as Lang[])[i]!;
    const head = t4(lang, {
      en: 'night | forecast min °C | sky | wind km/h | dew point °C | station min °C',
      fr: 'nuit | min prévu °C | ciel | vent km/h | point de rosée °C | min station °C',
      pt: 'noite | mín. prevista °C | céu | vento km/h | ponto de orvalho °C | mín. estação °C',
      de: 'Nacht | Prognose-Min °C | Himmel | Wind km/h | Taupunkt °C | Stations-Min °C',
    });
    const skies: Record<string, string[]> = { en: ['clear', 'cloudy', 'partly cloudy'], fr: ['dégagé', 'couvert', 'nuageux'], pt: ['limpo', 'encoberto', 'parcialmente nublado'], de: ['klar', 'bedeckt', 'wolkig'] };
    const rows: string[] = [];
    const num1 = (x: number): string => (lang === 'en' ? x.toFixed(1) : x.toFixed(1).replace('.', ','));
    const n = [6, 8, 5, 7][i]!;
    for (let k = 0; k < n; k++) {
      const sky = rng.int(0, 2); const wind = rng.int(0, 15); const fc = rng.int(-10, 40) / 10;
      const bias = sky === 0 && wind < 6 ? -(rng.int(20, 35) / 10) : sky === 1 ? rng.int(-3, 3) / 10 : -(rng.int(5, 12) / 10);
      const d = 1 + k * 3 + rng.int(0, 2);
      const date = lang === 'de' ? `${pad(d)}.04.` : lang === 'en' ? `Apr ${d}` : `${pad(d)}/04`;
      rows.push(`${date} | ${lang === 'en' ? fc.toFixed(1) : fc.toFixed(1).replace('.', ',')} | ${skies[lang]![sky]} | ${wind} | ${num1(fc - rng.int(10, 40) / 10)} | ${num1(fc + bias)}`);
    }
    const tonight = [1.5, 2.0, 0.8, 1.2][i]!;
    const ask = t4(lang, {
      en: `Our station in the low block vs the regional forecast, last few weeks:\n${head}\n${rows.join('\n')}\n\nTonight's forecast: min ${tonight} °C, clear, wind 3 km/h, dew point -1.5 °C. Apple bloom is at full flower (damage from about -2 °C). What will the low block really get, and do we start the wind machines?`,
      fr: `Notre station du bas du verger comparée à la prévision régionale, nuits récentes :\n${head}\n${rows.join('\n')}\n\nPrévision pour cette nuit : min ${String(tonight).replace('.', ',')} °C, ciel dégagé, vent 3 km/h, point de rosée -1,5 °C. Les pommiers sont en pleine floraison (dégâts à partir d'environ -2 °C). Quelle minimale aura réellement le bas du verger, et faut-il lancer les tours antigel ?`,
      pt: `Nossa estação na parte baixa do pomar comparada com a previsão regional, noites recentes:\n${head}\n${rows.join('\n')}\n\nPrevisão para hoje à noite: mín. ${String(tonight).replace('.', ',')} °C, céu limpo, vento 3 km/h, ponto de orvalho -1,5 °C. As macieiras estão em plena floração (dano a partir de uns -2 °C). Qual mínima a parte baixa vai ter de verdade, e ligamos os ventiladores antigeada?`,
      de: `Unsere Station in der Senke im Vergleich zur Regionalprognose, letzte Nächte:\n${head}\n${rows.join('\n')}\n\nPrognose für heute Nacht: Min ${String(tonight).replace('.', ',')} °C, klar, Wind 3 km/h, Taupunkt -1,5 °C. Die Äpfel stehen in Vollblüte (Schäden ab etwa -2 °C). Welches Minimum bekommt die Senke wirklich, und werfen wir die Frostschutzberegnung an?`,
    });
    const sysText = t4(lang, { en: 'Frost advisory assistant for a fruit growers\' cooperative.', fr: "Assistant d'alerte gel pour une coopérative arboricole.", pt: 'Assistente de alerta de geada de uma cooperativa de fruticultores.', de: 'Frostwarn-Assistent einer Obstbaugenossenschaft.' });
    return { lang, messages: [sys(sysText), user(ask)], temperature: 0.2, ...(i % 2 === 0 ? { response_format: jsonSchema('frost_call', { expected_min_c: num, protect: bool, start_time: str, reason: str }) } : {}) };
  },
};

const lrSurvey: Family = {
  id: 'wt-lr-survey-method-records',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'Records of earlier survey visits with their methods and results must be generalised to a site type not yet visited to choose how to survey it.',
  variants: 4,
  make(rng, i) {
    const lang = (['pt', 'en', 'es', 'fr'] as Lang[])[i]!;
    const habit: Record<string, string[]> = {
      pt: ['cerrado aberto', 'mata ciliar', 'brejo', 'campo rupestre', 'mata seca'],
      en: ['open savanna', 'riparian forest', 'marsh', 'rocky grassland', 'dry forest'],
      es: ['sabana abierta', 'bosque de ribera', 'humedal', 'pastizal rocoso', 'bosque seco'],
      fr: ['savane ouverte', 'forêt riveraine', 'marais', 'pelouse rocheuse', 'forêt sèche'],
    };
    const methods: Record<string, string[]> = {
      pt: ['armadilha de queda', 'busca ativa noturna', 'gravador acústico', 'armadilha fotográfica'],
      en: ['pitfall traps', 'night visual search', 'acoustic recorders', 'camera traps'],
      es: ['trampas de caída', 'búsqueda nocturna', 'grabadoras acústicas', 'cámaras trampa'],
      fr: ['pièges à fosse', 'recherche nocturne à vue', 'enregistreurs acoustiques', 'pièges photographiques'],
    };
    const head = t4(lang, {
      en: '| visit | habitat | method | days | species found | new to the atlas |',
      pt: '| visita | habitat | método | dias | espécies encontradas | novas para o atlas |',
      es: '| visita | hábitat | método | días | especies encontradas | nuevas para el atlas |',
      fr: '| visite | habitat | méthode | jours | espèces trouvées | nouvelles pour l\'atlas |',
    });
    const n = [7, 9, 6, 8][i]!;
    const rows = Array.from({ length: n }, (_, k) => {
      const h = rng.int(0, 3); const m = rng.int(0, 3);
      const good = (h === 2 && m === 2) || (h === 1 && m === 1) || (h === 0 && m === 0);
      return `| V${pad(k + 1)} | ${habit[lang]![h]} | ${methods[lang]![m]} | ${rng.int(2, 5)} | ${good ? rng.int(14, 26) : rng.int(4, 12)} | ${good ? rng.int(3, 8) : rng.int(0, 2)} |`;
    });
    const ask = t4(lang, {
      en: `Herp survey results from this season:\n${head}\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\nNext week we go to a ${habit.en![4]} site we have never sampled, 4 days available, two people, gear for two methods at most. Which methods, and how would you split the days?`,
      pt: `Resultados do levantamento de herpetofauna desta temporada:\n${head}\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\nSemana que vem vamos a uma área de ${habit.pt![4]} que nunca amostramos, com 4 dias, duas pessoas e equipamento para no máximo dois métodos. Quais métodos e como dividir os dias?`,
      es: `Resultados del muestreo de herpetofauna de esta temporada:\n${head}\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\nLa semana que viene vamos a un ${habit.es![4]} que nunca hemos muestreado: 4 días, dos personas y material para dos métodos como mucho. ¿Qué métodos usamos y cómo repartimos los días?`,
      fr: `Résultats des inventaires herpétologiques de la saison :\n${head}\n|---|---|---|---|---|---|\n${rows.join('\n')}\n\nLa semaine prochaine nous allons sur une ${habit.fr![4]} jamais échantillonnée : 4 jours, deux personnes, du matériel pour deux méthodes au plus. Quelles méthodes, et comment répartir les jours ?`,
    });
    const sysText = t4(lang, { en: 'Field logistics assistant for a biodiversity atlas project.', pt: 'Assistente de logística de campo de um projeto de atlas de biodiversidade.', es: 'Asistente de logística de campo de un proyecto de atlas de biodiversidad.', fr: "Assistant logistique de terrain d'un projet d'atlas de la biodiversité." });
    return { lang, messages: [sys(sysText), user(ask)], temperature: 0.3 };
  },
};

const lrTraining: Family = {
  id: 'wt-lr-training-block-history',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'The runner\'s own past blocks and how each turned out are the evidence; the coach must infer how this athlete responds and pick the next block from that.',
  variants: 4,
  make(rng, i) {
    const lang = (['en', 'de', 'ja', 'zh'] as Lang[])[i]!;
    const kinds: Record<string, string[]> = {
      en: ['threshold 2×/wk + long run', 'VO2max intervals 2×/wk', 'easy volume +20 %', 'hills + strength'],
      de: ['Schwelle 2×/Woche + langer Lauf', 'VO2max-Intervalle 2×/Woche', 'lockerer Umfang +20 %', 'Hügel + Kraft'],
      ja: ['閾値走 週2回＋ロング走', 'VO2max インターバル 週2回', 'ジョグ量 +20%', '坂道＋筋トレ'],
      zh: ['乳酸阈跑每周2次＋长距离', '最大摄氧量间歇每周2次', '轻松跑量＋20%', '坡道＋力量'],
    };
    const notes: Record<string, string[]> = {
      en: ['felt great', 'calf tightness wk 4, 5 days off', 'flat, sleep poor', 'no issues'],
      de: ['lief super', 'Wade zu in Woche 4, 5 Tage Pause', 'platt, schlecht geschlafen', 'ohne Probleme'],
      ja: ['絶好調', '4週目にふくらはぎが張り5日休養', '疲労感、睡眠不足', '問題なし'],
      zh: ['状态很好', '第4周小腿紧，休了5天', '疲惫，睡不好', '无问题'],
    };
    const head = t4(lang, { en: '| block | content | 10k before → after | notes |', de: '| Block | Inhalt | 10 km vorher → nachher | Notizen |', ja: '| 期間 | 内容 | 10km 前 → 後 | メモ |', zh: '| 周期 | 内容 | 10公里 前 → 后 | 备注 |' });
    let base = [47 * 60 + 10, 44 * 60 + 30, 52 * 60 + 5, 49 * 60][i]!;
    const n = [5, 6, 4, 5][i]!;
    const rows = Array.from({ length: n }, (_, k) => {
      const kind = rng.int(0, 3);
      const delta = kind === 1 ? rng.int(-10, 15) : kind === 0 ? -rng.int(30, 70) : kind === 3 ? -rng.int(20, 45) : -rng.int(5, 25);
      const after = base + delta;
      const note = kind === 1 ? notes[lang]![rng.int(1, 2)] : notes[lang]![rng.pick([0, 3])];
      const fmt = (s: number): string => `${Math.floor(s / 60)}:${pad(s % 60)}`;
      const row = `| ${2021 + Math.floor(k / 2)}-${k % 2 ? 'H2' : 'H1'} | ${kinds[lang]![kind]} | ${fmt(base)} → ${fmt(after)} | ${note} |`;
      base = after + rng.int(0, 40);
      return row;
    });
    const ask = t4(lang, {
      en: `Her last few 6-week blocks:\n${head}\n|---|---|---|---|\n${rows.join('\n')}\n\nNext block starts Monday, 10k race in 7 weeks, about 7 h/week available. Which kind of block should she do this time, and why?`,
      de: `Seine letzten 6-Wochen-Blöcke:\n${head}\n|---|---|---|---|\n${rows.join('\n')}\n\nDer nächste Block startet Montag, 10-km-Rennen in 7 Wochen, etwa 7 Std pro Woche. Welche Art Block diesmal, und warum?`,
      ja: `これまでの6週間ブロックの記録：\n${head}\n|---|---|---|---|\n${rows.join('\n')}\n\n次のブロックは月曜から。7週間後に10kmレース、練習時間は週7時間ほど。今回はどのタイプのブロックがいいか、理由も教えてください。`,
      zh: `他之前几个6周训练周期：\n${head}\n|---|---|---|---|\n${rows.join('\n')}\n\n下个周期周一开始，7周后有10公里比赛，每周大约7小时。这次该练哪种？为什么？`,
    });
    const sysText = t4(lang, { en: 'Coaching assistant in a running club app.', de: 'Trainingsassistent in einer Laufclub-App.', ja: 'ランニングクラブアプリのコーチングアシスタントです。', zh: '跑步俱乐部App里的教练助手。' });
    return { lang, messages: [sys(sysText), user(ask)], temperature: 0.3 };
  },
};

const lrCamera: Family = {
  id: 'wt-lr-camera-trap-corrections',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  rationale: 'The label for the new frame should follow the reviewers\' recent corrections for this camera rather than the generic rule, so the decision rests on generalising from corrected cases.',
  variants: 5,
  make(rng, i) {
    const V: { lang: Lang; sys: string; fixes: string[]; frame: string }[] = [
      { lang: 'es', sys: `Etiquetador de fototrampeo. Responde solo con una etiqueta de esta lista: ${cameraSpecies}. Debajo van las correcciones recientes de los revisores en esta misma cámara.`, fixes: ['«red_fox» → revisor: domestic_cat (gato atigrado de la granja, sale casi todas las noches)', '«badger» → revisor: wild_boar (jabato rayado)', '«empty» → revisor: roe_deer (solo se ven patas al borde del encuadre)'], frame: `CAM-${pad(rng.int(1, 40))} 02:47 IR. Animal pequeño, cola larga, ojos muy brillantes, se sienta junto al comedero del ganado.` },
      { lang: 'en', sys: `Camera-trap tagger. Answer with exactly one label from: ${cameraSpecies}. Reviewer corrections for this camera are listed below.`, fixes: ['"red_fox" → reviewer: domestic_dog (neighbour\'s collie, comes through at dusk)', '"empty" → reviewer: hare (crouched in grass, left third of frame)', '"human" → reviewer: vehicle (quad bike, rider out of frame)', '"badger" → reviewer: badger ✓'], frame: `CAM-${pad(rng.int(1, 40))} 20:55 colour. Medium canid, long-legged, black-and-white coat, trotting along the track toward the farm.` },
      { lang: 'fr', sys: `Étiquetage de pièges photographiques. Répondez par une seule étiquette parmi : ${cameraSpecies}. Les corrections récentes des relecteurs pour ce piège sont listées ci-dessous.`, fixes: ['« wolf » → relecteur : domestic_dog (chien de protection du troupeau, patou blanc)', '« red_deer » → relecteur : roe_deer (brocard, la taille est trompeuse à cause du grand-angle)', '« empty » → relecteur : pine_marten (dans l\'arbre, en haut à droite)'], frame: `PP-${pad(rng.int(1, 40))} 04:12 IR. Grand canidé clair, massif, pelage épais, marche au pas entre les brebis couchées.` },
      { lang: 'de', sys: `Fotofallen-Verschlagwortung. Antworte mit genau einem Label aus: ${cameraSpecies}. Darunter die letzten Korrekturen der Prüfer für diese Kamera.`, fixes: ['„red_deer“ → Prüfer: roe_deer (Weitwinkel lässt Rehe groß wirken)', '„roe_deer“ → Prüfer: roe_deer ✓', '„red_deer“ → Prüfer: roe_deer (Bock, kurzes Geweih)', '„wild_boar“ → Prüfer: badger'], frame: `FF-${pad(rng.int(1, 40))} 06:20 Farbe. Großer Hirsch, füllt fast den halben Bildausschnitt, helles Hinterteil, kleines Geweih mit wenigen Enden.` },
      { lang: 'pt', sys: `Classificador de armadilhas fotográficas. Responda só com um rótulo desta lista: ${cameraSpecies}. Abaixo, as correções recentes dos revisores para esta câmera.`, fixes: ['"human" → revisor: empty (reflexo do sol na lente às 16h)', '"human" → revisor: empty (mesma mancha clara, 16h10)', '"human" → revisor: human ✓ (equipe de campo, 9h)'], frame: `AF-${pad(rng.int(1, 40))} 16:05 cor. Mancha clara alongada no centro-direita, sem contorno nítido, nenhuma outra mudança na cena.` },
    ];
    const v = V[i]!;
    return { lang: v.lang, messages: [sys(`${v.sys}\n${v.fixes.map((f) => `- ${f}`).join('\n')}`), user(v.frame)], temperature: 0, max_tokens: 5 };
  },
};

const reminderTools = [
  tool('get_reminder_history', 'Earlier refill reminders sent by the pharmacy and what happened after each.', { patient_group: str, limit: int }),
  tool('schedule_reminder', 'Schedule a refill reminder.', { patient_id: str, channel: oneOf('sms', 'whatsapp', 'call', 'app_push', 'email'), send_at: str, text: str }),
];

const lrReminders: Family = {
  id: 'wt-lr-refill-reminder-outcomes',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'The pharmacy\'s record of which reminders led to a pickup and which were ignored must be generalised to a new patient to decide how to remind them.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; sys: string; ask: string }[] = [
      { lang: 'pt', sys: 'Você agenda lembretes de renovação de receita para a farmácia. Antes de agendar, consulte o histórico de lembretes e veja o que funcionou com pacientes parecidos.', ask: `Paciente ${rng.int(1000, 9999)}, 72 anos, losartana + metformina, acaba em 5 dias. Mora com a neta. Agende o lembrete.` },
      { lang: 'en', sys: 'You schedule refill reminders for the pharmacy. Before scheduling, check the reminder history and see what worked for similar patients.', ask: `Patient ${rng.int(1000, 9999)}, 29, on sertraline, runs out in 4 days. Works nights at the hospital. Set up the reminder.` },
      { lang: 'es', sys: 'Programas los recordatorios de renovación de receta de la farmacia. Antes de programar, consulta el historial y fíjate en qué funcionó con pacientes parecidos.', ask: `Paciente ${rng.int(1000, 9999)}, 58 años, inhalador de mantenimiento para EPOC, se le acaba en 6 días. Programa el recordatorio.` },
      { lang: 'de', sys: 'Du verschickst für die Apotheke die Erinnerungen an Folgerezepte. Schau vorher in die bisherigen Erinnerungen und was bei ähnlichen Patienten funktioniert hat.', ask: `Patient ${rng.int(1000, 9999)}, 81 Jahre, Blutverdünner (Apixaban), reicht noch 5 Tage. Pflegedienst kommt morgens. Bitte Erinnerung einrichten.` },
    ];
    const v = V[i]!;
    const group = ['65+', '18-40', '41-64', '75+'][i]!;
    const msgs = [sys(v.sys), user(v.ask)];
    const chans = ['sms', 'whatsapp', 'call', 'app_push', 'email'];
    const hist = Array.from({ length: [6, 8, 5, 7][i]! }, () => {
      const ch = rng.pick(chans); const hour = rng.pick(['08:00', '11:00', '14:00', '18:30', '21:00']);
      const good = (group.startsWith('6') || group.startsWith('7')) ? ch === 'call' || (ch === 'whatsapp' && hour === '18:30') : ch === 'app_push' || hour === '14:00';
      return { age_group: group, channel: ch, sent: hour, outcome: good ? `picked up after ${rng.int(0, 2)} d` : rng.pick(['no response', 'picked up late (ran out 3 d)', 'opted out', 'no response']) };
    });
    exchange(rng, msgs, 'get_reminder_history', { patient_group: group, limit: hist.length }, hist);
    return { lang: v.lang, messages: msgs, tools: reminderTools, tool_choice: 'auto', temperature: 0.3 };
  },
};

export const learningT: Family[] = [lrBolus, lrFrost, lrSurvey, lrTraining, lrCamera, lrReminders];

// ---------------------------------------------------------------------------------------------
// not agentic
// ---------------------------------------------------------------------------------------------

const naLeaflet: Family = {
  id: 'wt-na-leaflet-translation',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'A plain translation of a patient leaflet passage; no agent behaviour, closest to a single stateless reaction.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; text: string }[] = [
      { lang: 'de', text: 'Bitte ins Türkische übersetzen, einfach und verständlich, für eine ältere Patientin:\n\n„Nehmen Sie die Tablette morgens mit einem Glas Wasser ein, mindestens 30 Minuten vor dem Frühstück. Legen Sie sich danach nicht wieder hin. Wenn Sie eine Einnahme vergessen haben, nehmen Sie sie am nächsten Morgen – nicht zwei Tabletten an einem Tag.“' },
      { lang: 'es', text: 'Tradúceme esto al inglés para un paciente que está de vacaciones aquí:\n\n«Aplique la crema dos veces al día sobre la piel limpia y seca, en capa fina. No la use en la cara ni en heridas abiertas. Si a los 7 días no nota mejoría, vuelva a consultar.»' },
      { lang: 'fr', text: "Peux-tu traduire ce passage de la notice en arabe ? C'est pour une patiente qui ne lit pas le français.\n\n« Conservez le stylo entamé à température ambiante (moins de 30 °C), à l'abri de la lumière, pendant 28 jours maximum. Les stylos non entamés se conservent au réfrigérateur. Ne pas congeler. »" },
      { lang: 'ja', text: `次の服薬説明を英語に訳してください。外国人の患者さん向けです。\n\n「この薬は眠気をもよおすことがあります。服用後${rng.int(6, 8)}時間は車の運転や危険を伴う機械の操作をしないでください。アルコールと一緒に飲まないでください。」` },
    ];
    const v = V[i]!;
    return { lang: v.lang, messages: [user(v.text)], temperature: 0.2 };
  },
};

const naNotes: Family = {
  id: 'wt-na-field-notes-summary',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Summarising a block of notes is a one-shot text task with no decisions to make, labelled with the closest type.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; sys: string; text: string }[] = [
      { lang: 'fr', sys: 'Tu résumes des carnets de terrain en 3 puces maximum.', text: `Carnet, station ${rng.int(1, 12)}, 14 mai. Arrivée 6 h 10, brouillard épais jusqu'à 7 h, points d'écoute décalés de 40 min. Point 1 : fauvette à tête noire x3, pouillot véloce x2, coucou entendu au loin. Point 2 : rien pendant 5 min (tracteur), puis grive musicienne. Point 3 inaccessible, clôture neuve, propriétaire à contacter. Batterie de l'enregistreur faible, à remplacer avant jeudi. Tiques nombreuses dans la prairie humide.` },
      { lang: 'en', sys: 'Summarise lab meeting notes for people who missed it. Five bullets max.', text: `Lab meeting ${pad(rng.int(1, 28))}/03. Attendance 9. 1) qPCR plate reader back from service, calibration passed, booking sheet reopens Monday. 2) Mira's soil microbiome samples: 12 of 48 extractions low yield, probably the old kit lot — she'll redo with the new lot. 3) Ethics amendment for the saliva study approved. 4) Freezer -80 #2 alarm last weekend, door seal; facilities replacing it, move boxes to #3 by Friday. 5) Journal club next week: Jonas, paper TBD. 6) Reminder: chemical inventory audit end of month.` },
      { lang: 'pt', sys: 'Resuma a passagem de plantão em até 4 tópicos.', text: `Passagem de plantão, enfermaria ${rng.int(2, 6)}, noite. Leito 3: pós-op de colecistectomia, dor controlada com dipirona, aceitou dieta leve. Leito 5: idoso com ITU, segue no antibiótico, familiar pediu conversa com o médico amanhã cedo. Leito 7: alta prevista pela manhã, aguardando receita. Leito 8: queda da própria altura às 2h, sem lesão aparente, médico avaliou, manter grade elevada. Falta repor luvas M no posto.` },
      { lang: 'zh', sys: '把下面的观测记录概括成3条要点。', text: `${rng.int(3, 9)}月${rng.int(1, 28)}日 湿地样线调查记录：上午7:00出发，天气晴，微风。样线A共记录鸟类23种，其中黑脸琵鹭4只（较上次少2只），白鹭约60只。样线B因涨潮只走了一半。发现一处新的垃圾堆放点，已拍照上报管理处。红外相机C3电池耗尽，已更换；C5镜头起雾，需带干燥剂。下午2点返回。` },
    ];
    const v = V[i]!;
    return { lang: v.lang, messages: [sys(v.sys), user(v.text)], temperature: 0.3, max_tokens: 250 };
  },
};

const naChat: Family = {
  id: 'wt-na-nutrition-chat',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Ordinary question-and-answer chat about nutrition with no task to carry out; labelled with the closest type.',
  variants: 4,
  make(rng, i) {
    const V: { lang: Lang; turns: string[] }[] = [
      { lang: 'es', turns: ['¿Es verdad que el café quita el hierro de las pastillas?', 'Sí, el café y el té reducen bastante la absorción del hierro si se toman a la vez. Lo habitual es separar el suplemento al menos una o dos horas del café.', '¿Y con zumo de naranja sí conviene tomarlo?'] },
      { lang: 'en', turns: [`How much protein is actually in ${rng.pick(['a cup of edamame', 'two eggs', 'a can of tuna'])}? Trying to understand labels better.`] },
      { lang: 'de', turns: ['Ich hab gelesen, dass man Vitamin D im Winter nehmen soll. Stimmt das für alle?', 'Nicht für alle – in Mitteleuropa bildet die Haut von etwa Oktober bis März kaum Vitamin D. Ob ein Präparat sinnvoll ist, hängt von Alter, Hauttyp, Ernährung und eventuell einem Blutwert ab.', 'Und wie viel wäre dann normal? Meine Mutter ist 74.'] },
      { lang: 'ja', turns: ['オートミールって白米より本当に体にいいの？', 'どちらが「いい」かは目的次第ですが、オートミールは食物繊維（特にβグルカン）が多く、同じ量なら血糖値の上がり方もゆるやかです。', 'じゃあ朝だけ置き換えるのはアリ？量はどれくらい？'] },
    ];
    const v = V[i]!;
    const msgs = v.turns.map((x, k) => (k % 2 === 0 ? user(x) : say(x)));
    return { lang: v.lang, messages: msgs, temperature: 0.7 };
  },
};

export const nonAgenticT: Family[] = [naLeaflet, naNotes, naChat];

export const twinT: Family[] = [...simpleReflexT, ...modelBasedT, ...goalBasedT, ...utilityBasedT, ...learningT, ...nonAgenticT];
