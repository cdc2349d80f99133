// Labelled classifier families, author "o": requests that paste a block of records (log lines,
// ledgers, registers, readings, notebooks). The records look alike across types; what the agent
// must do with them in the final turn decides the label.
import {
  type Draft, type Family, type Rng, sys, user, say, exchange, tool,
  jsonSchema, str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msg = Draft['messages'][number];

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Moves a (month, day) in 2024 by `delta` days. */
function shift(m: number, d: number, delta: number): [number, number] {
  let mm = m;
  let dd = d + delta;
  while (dd < 1) {
    mm = mm === 1 ? 12 : mm - 1;
    dd += MONTH_DAYS[mm - 1]!;
  }
  while (dd > MONTH_DAYS[mm - 1]!) {
    dd -= MONTH_DAYS[mm - 1]!;
    mm = mm === 12 ? 1 : mm + 1;
  }
  return [mm, dd];
}
/** Moves a (year, month, day) by `delta` days, crossing years. */
function shiftY(y: number, m: number, d: number, delta: number): [number, number, number] {
  let yy = y;
  let mm = m;
  let dd = d + delta;
  const len = (yr: number, mon: number): number => (mon === 2 ? (yr % 4 === 0 ? 29 : 28) : MONTH_DAYS[mon - 1]!);
  while (dd < 1) {
    if (mm === 1) {
      mm = 12;
      yy--;
    } else mm--;
    dd += len(yy, mm);
  }
  while (dd > len(yy, mm)) {
    dd -= len(yy, mm);
    if (mm === 12) {
      mm = 1;
      yy++;
    } else mm++;
  }
  return [yy, mm, dd];
}
const isoY = ([y, m, d]: [number, number, number]): string => `${y}-${pad(m)}-${pad(d)}`;
const iso = (m: number, d: number, y = 2024): string => `${y}-${pad(m)}-${pad(d)}`;
const hm = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
const cents = (rng: Rng, lo: number, hi: number): number => rng.int(lo * 100, hi * 100) / 100;
const n2 = (x: number): string => x.toFixed(2);

// ───────────────────────────── simple_reflex ─────────────────────────────

const srCardAuth: Family = {
  id: 'wo-sr-card-auth-batch',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Each card transaction in the pasted batch gets allow/hold/decline from fixed checks on its own fields; nothing from earlier cases is used and nothing is planned or weighed.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'de', 'en', 'es'], i);
    const bank = t(lang, { en: rng.pick(['Norvik Bank', 'Brightwater Credit Union']), es: rng.pick(['Banco Alameda', 'Caja Rural del Tajo']), de: rng.pick(['Kreissparkasse Talheim', 'Volksbank Mittelland']) });
    const risky = rng.sample(['KP', 'IR', 'SY', 'MM', 'VE', 'BY', 'AF'], 3);
    const limit = rng.pick([1500, 2000, 2500]);
    const cryptoLimit = rng.pick([300, 500, 750]);
    const mccs: [string, string][] = [
      ['5411', 'grocery'], ['5812', 'restaurant'], ['7995', 'betting'], ['6051', 'crypto exchange'],
      ['5541', 'fuel'], ['4111', 'transit'], ['5732', 'electronics'], ['5999', 'misc retail'], ['5912', 'pharmacy'],
    ];
    const n = rng.int(8, 14);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const [mcc, desc] = rng.pick(mccs);
      const status = rng.chance(0.1) ? 'BLOCKED' : 'ACTIVE';
      const home = rng.pick(['DE', 'ES', 'FR', 'PT', 'IE']);
      const amount = mcc === '7995' || mcc === '6051' ? cents(rng, 40, 3600) : cents(rng, 2, 950);
      const country = rng.chance(0.2) ? rng.pick(risky) : rng.chance(0.7) ? home : rng.pick(['NL', 'IT', 'GB', 'US', 'TR', 'MA']);
      rows.push(`TX-${rng.int(100000, 999999)} | ${iso(month, day)} ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))} | card ****${rng.int(1000, 9999)} (${status}, home ${home}) | MCC ${mcc} ${desc} | ${n2(amount)} EUR | ${country}`);
    }
    const system = t(lang, {
      en: `You are the batch authorisation screen for ${bank} debit cards. Apply the checks below to every transaction on its own and return one decision per transaction ID, naming the first check that fired.\nR1 Card status BLOCKED -> decline.\nR2 MCC 7995 (betting) and amount above ${limit} -> decline.\nR3 Merchant country in ${risky.join(', ')} -> hold.\nR4 MCC 6051 (crypto exchange) and amount above ${cryptoLimit} -> hold.\nR5 Anything else -> allow.`,
      es: `Eres el filtro de autorización por lotes de las tarjetas de débito de ${bank}. Aplica las comprobaciones siguientes a cada operación por separado y devuelve una decisión por ID de operación, indicando la primera comprobación que se cumpla.\nR1 Tarjeta en estado BLOCKED -> decline.\nR2 MCC 7995 (apuestas) e importe superior a ${limit} -> decline.\nR3 País del comercio en ${risky.join(', ')} -> hold.\nR4 MCC 6051 (exchange de criptomonedas) e importe superior a ${cryptoLimit} -> hold.\nR5 Cualquier otro caso -> allow.`,
      de: `Du bist die Stapel-Autorisierungsprüfung für Debitkarten der ${bank}. Wende die folgenden Prüfungen auf jede Transaktion einzeln an und gib pro Transaktions-ID eine Entscheidung zurück, zusammen mit der ersten Prüfung, die gegriffen hat.\nR1 Kartenstatus BLOCKED -> decline.\nR2 MCC 7995 (Wetten) und Betrag über ${limit} -> decline.\nR3 Händlerland in ${risky.join(', ')} -> hold.\nR4 MCC 6051 (Krypto-Börse) und Betrag über ${cryptoLimit} -> hold.\nR5 Alles andere -> allow.`,
    });
    const batch = `B${rng.int(1000, 9999)}`;
    const head = t(lang, { en: `Batch ${batch}, ${n} transactions:`, es: `Lote ${batch}, ${n} operaciones:`, de: `Stapel ${batch}, ${n} Transaktionen:` });
    return {
      lang,
      messages: [sys(system), user(`${head}\n${rows.join('\n')}`)],
      response_format: jsonSchema('auth_decisions', {
        decisions: list(obj({ txn_id: str, action: oneOf('allow', 'hold', 'decline'), check: oneOf('R1', 'R2', 'R3', 'R4', 'R5') })),
      }),
      temperature: 0,
    };
  },
};

const srShiftLimits: Family = {
  id: 'wo-sr-timesheet-limits',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The pasted timesheet rows are checked against three fixed working-time limits and each breach is reported; the verdict needs only the rows given now, no memory, plan or weighing.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'fr', 'en', 'de'], i);
    const company = t(lang, { en: rng.pick(['Greenway Stores', 'Atlas Facility Services']), de: rng.pick(['Hartmann Logistik', 'Baumarkt Süd']), fr: rng.pick(['Maison Lefèvre', 'Pharmacie du Parc']) });
    const staff = rng.int(2, 3);
    const days = rng.int(5, 6);
    const month = rng.int(2, 11);
    const start = rng.int(1, 20);
    const pauseWord = t(lang, { en: 'break', de: 'Pause', fr: 'pause' });
    const blocks: string[] = [];
    for (let s = 0; s < staff; s++) {
      const id = `${t(lang, { en: 'E', de: 'P', fr: 'M' })}${rng.int(1000, 9999)}`;
      const rows: string[] = [];
      for (let d = 0; d < days; d++) {
        const [mm, dd] = shift(month, start, d);
        const begin = rng.pick([5 * 60 + 30, 6 * 60, 7 * 60, 8 * 60, 9 * 60 + 30, 13 * 60, 14 * 60]);
        const len = rng.int(6 * 60, 11 * 60 + 30);
        const brk = rng.pick([0, 15, 20, 30, 30, 45, 60]);
        rows.push(`${id} | ${iso(mm, dd)} | ${hm(begin)}-${hm(begin + len)} | ${pauseWord} ${brk}`);
      }
      blocks.push(rows.join('\n'));
    }
    const system = t(lang, {
      en: `You check working hours for the payroll desk of ${company}. For each employee week below, report every day that breaks one of these limits: A) more than 10 hours worked (end minus start minus break); B) break under 30 minutes on a day with more than 6 hours worked, or under 45 minutes with more than 9 hours; C) less than 11 hours between the end of one shift and the start of the next. Reply with one line per finding: employee ID, date, letter. If a week is clean, write "<ID> clean". Nothing else.`,
      de: `Du prüfst für das Lohnbüro von ${company} die Arbeitszeiten. Melde für jede Mitarbeiterwoche jeden Tag, an dem eine dieser Grenzen verletzt ist: A) mehr als 10 Stunden Arbeitszeit (Ende minus Beginn minus Pause); B) Pause unter 30 Minuten bei mehr als 6 Stunden Arbeit oder unter 45 Minuten bei mehr als 9 Stunden; C) weniger als 11 Stunden zwischen Schichtende und Beginn der nächsten Schicht. Antworte mit einer Zeile pro Befund: Personalnummer, Datum, Buchstabe. Ist eine Woche sauber, schreibe "<Nr> sauber". Sonst nichts.`,
      fr: `Tu vérifies les temps de travail pour le service paie de ${company}. Pour chaque semaine de salarié ci-dessous, signale chaque jour qui dépasse l'une de ces limites : A) plus de 10 heures travaillées (fin moins début moins pause) ; B) pause de moins de 30 minutes pour une journée de plus de 6 heures, ou de moins de 45 minutes au-delà de 9 heures ; C) moins de 11 heures entre la fin d'un poste et le début du suivant. Réponds par une ligne par constat : matricule, date, lettre. Si une semaine est conforme, écris "<matricule> conforme". Rien d'autre.`,
    });
    const intro = t(lang, {
      en: rng.pick(['Timesheets for this pay run:', 'Week submitted by the store managers:', 'Please check these:']),
      de: rng.pick(['Stundenzettel für diesen Abrechnungslauf:', 'Von den Filialleitungen eingereicht:', 'Bitte prüfen:']),
      fr: rng.pick(['Feuilles de temps de cette paie :', 'Semaine transmise par les responsables de magasin :', 'Merci de vérifier :']),
    });
    return { lang, messages: [sys(system), user(`${intro}\n${blocks.join('\n\n')}`)], max_tokens: rng.pick([200, 300, 400]) };
  },
};

const srDripValves: Family = {
  id: 'wo-sr-allotment-drip-valves',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'Each bed reading in the current cycle maps straight to open-valve, alert or nothing through fixed thresholds; no earlier readings, plan or trade-off are involved.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'pt', 'en', 'ja'], i);
    const site = t(lang, { en: rng.pick(['Elm Lane allotments', 'the Kestrel community garden', 'the school kitchen garden']), ja: rng.pick(['緑ヶ丘市民農園', '川辺コミュニティガーデン']), pt: rng.pick(['Quinta das Laranjeiras', 'Horta Comunitária da Graça']) });
    const crops = ['tomato', 'courgette', 'lettuce', 'strawberry', 'herbs', 'seedlings'];
    const n = rng.int(8, 13);
    const rain = rng.chance(0.25) ? cents(rng, 2, 6) : cents(rng, 0, 1.5);
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const crop = rng.pick(crops);
      const m = rng.chance(0.08) ? rng.pick([0, 97, 99]) : rng.int(12, 62);
      rows.push(`B${pad(k + 1)} | ${crop} | ${m} | ${rng.pick(['ok', 'ok', 'ok', 'low battery'])}`);
    }
    const system = t(lang, {
      en: `You drive the drip valves at ${site}. Run once per reading cycle. If rain_next_3h_mm is 2 or more, open nothing anywhere and call no_action. Otherwise open a bed's valve when its soil moisture is under the crop threshold: tomato 30%, courgette 30%, lettuce 40%, strawberry 35%, herbs 20%, seedlings 45%. Minutes: seedlings 4, lettuce 6, herbs 5, everything else 10. If a sensor reads 0% or above 95%, do not water that bed; call send_alert with reason "sensor". One call per bed that needs action; if no bed does, call no_action.`,
      ja: `あなたは${site}の点滴灌水バルブを操作します。読み取りサイクルごとに1回実行します。rain_next_3h_mm が2以上なら、どのバルブも開けずに no_action を呼び出します。それ以外の場合、土壌水分が作物ごとの閾値を下回る区画のバルブを開けます：トマト(tomato)30%、ズッキーニ(courgette)30%、レタス(lettuce)40%、イチゴ(strawberry)35%、ハーブ(herbs)20%、育苗(seedlings)45%。散水時間：育苗4分、レタス6分、ハーブ5分、その他10分。センサー値が0%または95%超の区画には散水せず、reason "sensor" で send_alert を呼び出してください。対応が必要な区画ごとに1回呼び出し、該当がなければ no_action を呼び出します。`,
      pt: `Você controla as válvulas de gotejamento de ${site}. Execute uma vez por ciclo de leitura. Se rain_next_3h_mm for 2 ou mais, não abra nenhuma válvula e chame no_action. Caso contrário, abra a válvula do canteiro quando a umidade do solo estiver abaixo do limite da cultura: tomate (tomato) 30%, abobrinha (courgette) 30%, alface (lettuce) 40%, morango (strawberry) 35%, ervas (herbs) 20%, mudas (seedlings) 45%. Tempo: mudas 4 min, alface 6, ervas 5, demais 10. Se um sensor marcar 0% ou acima de 95%, não irrigue esse canteiro; chame send_alert com reason "sensor". Uma chamada por canteiro que precise de ação; se nenhum precisar, chame no_action.`,
    });
    const cycle = hm(rng.pick([5 * 60, 6 * 60, 18 * 60 + 30, 20 * 60]));
    return {
      lang,
      messages: [sys(system), user(`cycle ${cycle}\nrain_next_3h_mm: ${n2(rain)}\nbed | crop | moisture_% | sensor\n${rows.join('\n')}`)],
      tools: [
        tool('set_valve', 'Open the drip valve of one bed for a number of minutes.', { bed_id: str, minutes: int }),
        tool('send_alert', 'Notify the garden volunteer on duty about a bed.', { bed_id: str, reason: oneOf('sensor', 'leak', 'other') }),
        tool('no_action', 'Record that nothing needs doing this cycle.', { note: str }, []),
      ],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

const srRegisterFollowup: Family = {
  id: 'wo-sr-register-followup',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: "Every pupil row of this morning's register is mapped to one follow-up action by fixed criteria stated in the prompt; no earlier days, plan or weighing are needed.",
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'zh', 'en', 'es'], i);
    const school = t(lang, { en: rng.pick(['Riverside Primary', 'St Aidan’s Academy']), fr: rng.pick(['Collège Jean Moulin', 'École Les Tilleuls']), zh: rng.pick(['明德小学', '实验二小']), es: rng.pick(['CEIP Los Almendros', 'Colegio San Fermín']) });
    const names: Record<string, string[]> = {
      fr: ['Léa M.', 'Hugo B.', 'Inès K.', 'Nathan D.', 'Chloé R.', 'Yanis A.', 'Manon P.', 'Lucas T.', 'Jade L.', 'Adam S.', 'Emma V.', 'Noah G.', 'Camille F.'],
      en: ['Olivia H.', 'Jack P.', 'Amira S.', 'Leo W.', 'Isla M.', 'Theo R.', 'Maya K.', 'Harry D.', 'Zara N.', 'Alfie C.', 'Grace B.', 'Kai O.', 'Ruby T.'],
      zh: ['王子涵', '李欣怡', '张浩然', '刘雨桐', '陈思远', '杨梓萱', '赵一鸣', '黄诗琪', '周子墨', '吴佳怡', '徐天佑', '孙若曦', '马俊杰'],
      es: ['Lucía G.', 'Hugo M.', 'Martina R.', 'Daniel L.', 'Sofía P.', 'Pablo S.', 'Valeria C.', 'Álvaro D.', 'Carmen N.', 'Mateo F.', 'Julia V.', 'Leo B.', 'Paula H.'],
    };
    const notes: Record<string, string[]> = {
      fr: ['-', '-', '-', 'mot des parents : rendez-vous dentiste', 'arrivé avec mal de ventre, vu en classe', '-', 'appel du père : bus en retard'],
      en: ['-', '-', '-', 'parent email: dentist appointment', 'came in feeling sick, sent to office', '-', 'mum phoned: bus late'],
      zh: ['-', '-', '-', '家长留言：看牙医', '到校时说头晕，老师已送到办公室', '-', '父亲来电：公交晚点'],
      es: ['-', '-', '-', 'nota de la familia: cita médica', 'llegó con fiebre, lo mandaron a secretaría', '-', 'llamó la madre: el autobús se retrasó'],
    };
    const pool = names[lang] ?? names.en!;
    const notePool = notes[lang] ?? notes.en!;
    const n = rng.int(9, 13);
    const picked = rng.sample(pool, n);
    const rows = picked.map((name) => {
      const mark = rng.chance(0.25) ? 'A' : 'P';
      const arrival = mark === 'A' ? '--:--' : hm(rng.int(8 * 60 + 10, 9 * 60 + 20));
      const note = rng.pick(notePool);
      const flag = rng.chance(0.15) ? 'W' : '-';
      return `P-${rng.int(1000, 9999)} | ${name} | ${mark} | ${arrival} | ${note} | ${flag}`;
    });
    const system = t(lang, {
      en: `School office assistant at ${school}. For every pupil in this morning's register pick the follow-up: "sms_parent" when the mark is A and no note came in; "late_slip" when the arrival time is after 08:45; "welfare_call" when the mark is A, there is no note, and the pupil has the W flag (this replaces sms_parent); "nurse" when the note says the pupil left or arrived unwell; otherwise "none". Use only what is in today's register.`,
      fr: `Assistant du secrétariat de ${school}. Pour chaque élève du registre de ce matin, choisis la suite à donner : "sms_parent" si la marque est A et qu'aucun mot n'a été reçu ; "late_slip" si l'heure d'arrivée est après 08:45 ; "welfare_call" si la marque est A, sans mot, et que l'élève porte l'indicateur W (remplace sms_parent) ; "nurse" si le mot indique que l'élève est parti ou arrivé malade ; sinon "none". Utilise uniquement le registre du jour.`,
      zh: `你是${school}的教务处助理。请根据今天上午的点名册，为每位学生选择后续处理："sms_parent"：标记为A且没有收到家长说明；"late_slip"：到校时间晚于08:45；"welfare_call"：标记为A、没有说明且学生带有W标志（取代sms_parent）；"nurse"：备注说明学生身体不适离校或到校；其他情况为"none"。只依据今天的点名册。`,
      es: `Asistente de secretaría de ${school}. Para cada alumno del registro de esta mañana elige el seguimiento: "sms_parent" si la marca es A y no llegó ninguna nota; "late_slip" si la hora de llegada es posterior a las 08:45; "welfare_call" si la marca es A, no hay nota y el alumno tiene el indicador W (sustituye a sms_parent); "nurse" si la nota dice que el alumno se fue o llegó enfermo; en otro caso "none". Usa solo el registro de hoy.`,
    });
    const head = t(lang, {
      en: `Register, class ${rng.int(3, 9)}${rng.pick(['A', 'B', 'C'])}\nid | name | mark | arrived | note | flag`,
      fr: `Registre, classe de ${rng.pick(['6e', '5e', '4e', '3e'])}${rng.pick(['A', 'B', 'C'])}\nid | nom | marque | arrivée | mot | indicateur`,
      zh: `点名册，${rng.int(3, 6)}年级${rng.int(1, 4)}班\n编号 | 姓名 | 标记 | 到校 | 备注 | 标志`,
      es: `Registro, ${rng.int(3, 6)}º ${rng.pick(['A', 'B'])}\nid | nombre | marca | llegada | nota | indicador`,
    });
    return {
      lang,
      messages: [sys(system), user(`${head}\n${rows.join('\n')}`)],
      response_format: jsonSchema('register_followups', {
        followups: list(obj({ pupil_id: str, action: oneOf('none', 'sms_parent', 'late_slip', 'welfare_call', 'nurse') })),
      }),
    };
  },
};

const srGymNoShow: Family = {
  id: 'wo-sr-gym-noshow-policy',
  label: 'simple_reflex',
  difficulty: 'hard',
  variants: 5,
  rationale: "Although the member's booking log looks like history with outcomes, the verdict is a fixed count-and-threshold policy applied to the records pasted now; nothing is generalised from earlier cases.",
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'de', 'en', 'pt'], i);
    const gym = t(lang, { en: rng.pick(['Harbour Leisure Centre', 'Studio Pulse']), pt: rng.pick(['Academia Ritmo', 'Ginásio Alvalade']), de: rng.pick(['FitHaus Mitte', 'CrossBox Nord']) });
    const tm = rng.int(3, 11);
    const td = rng.int(5, 28);
    const classes = ['Spin', 'Yoga', 'HIIT', 'Pilates', 'Boxfit', 'Aqua', 'Kettlebell', 'Zumba'];
    const outcomes = t(lang, { en: 'attended|attended|attended|no-show|late cancel|cancelled by club', pt: 'presente|presente|presente|faltou|cancelou tarde|cancelada pelo clube', de: 'teilgenommen|teilgenommen|teilgenommen|nicht erschienen|kurzfristig storniert|vom Studio abgesagt' }).split('|');
    const n = rng.int(10, 17);
    const offsets = rng.sample(Array.from({ length: 48 }, (_, k) => k + 1), n).sort((a, b) => b - a);
    const rows = offsets.map((off) => {
      const [m, d] = shift(tm, td, -off);
      const o = rng.pick(outcomes);
      const extra = o === outcomes[4] ? ` (${rng.int(20, 110)} min)` : '';
      return `${iso(m, d)} ${hm(rng.pick([7 * 60, 12 * 60 + 15, 18 * 60, 19 * 60 + 30]))} ${rng.pick(classes)} — ${o}${extra}`;
    });
    const member = `M${rng.int(10000, 99999)}`;
    const system = t(lang, {
      en: `Booking desk bot for ${gym}. No-show policy, counted over the 30 days before today's date: 3 or more no-shows -> "block" (7-day booking block); exactly 2 -> "warn"; fewer -> "ok". A late cancellation (less than 2 hours before class) counts as half a no-show. Classes cancelled by the club never count. Return only the verdict.`,
      pt: `Bot da recepção de reservas da ${gym}. Política de faltas, contadas nos 30 dias anteriores à data de hoje: 3 ou mais faltas -> "block" (bloqueio de reservas por 7 dias); exatamente 2 -> "warn"; menos -> "ok". Um cancelamento tardio (menos de 2 horas antes da aula) conta como meia falta. Aulas canceladas pelo clube nunca contam. Responda apenas com o veredito.`,
      de: `Buchungs-Bot von ${gym}. Regel für Nichterscheinen, gezählt in den 30 Tagen vor dem heutigen Datum: 3 oder mehr -> "block" (7 Tage Buchungssperre); genau 2 -> "warn"; weniger -> "ok". Eine kurzfristige Stornierung (weniger als 2 Stunden vor Kursbeginn) zählt als halbes Nichterscheinen. Vom Studio abgesagte Kurse zählen nie. Gib nur das Ergebnis zurück.`,
    });
    const ask = t(lang, {
      en: `Member ${member} just tried to book tomorrow's class. Today is ${iso(tm, td)}. Their booking log:\n${rows.join('\n')}`,
      pt: `O sócio ${member} acabou de tentar reservar a aula de amanhã. Hoje é ${iso(tm, td)}. Registro de reservas:\n${rows.join('\n')}`,
      de: `Mitglied ${member} möchte gerade den Kurs von morgen buchen. Heute ist der ${iso(tm, td)}. Buchungsverlauf:\n${rows.join('\n')}`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('noshow_verdict', { verdict: oneOf('block', 'warn', 'ok') }),
      max_tokens: 20,
      temperature: 0,
    };
  },
};

// ─────────────────────────── model_based_reflex ───────────────────────────

const mbLockers: Family = {
  id: 'wo-mb-click-collect-lockers',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The locker event feed drops pickup confirmations, so the agent must work out from partial events which lockers are really occupied now before placing the incoming parcel.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'de', 'en', 'es'], i);
    const shop = t(lang, { en: rng.pick(['the Harbour Street shop', 'the Westgate superstore']), es: rng.pick(['la tienda Gran Vía 41', 'la tienda Ruzafa']), de: rng.pick(['der Filiale Königsplatz', 'der Filiale Ostpark']) });
    const nl = rng.int(8, 10);
    const sizes = Array.from({ length: nl }, () => rng.pick(['S', 'M', 'M', 'L']));
    const lockerId = (k: number): string => `L${pad(k + 1)}`;
    const events: [number, string][] = [];
    const occupiedAtOpen: string[] = [];
    for (let k = 0; k < nl; k++) {
      const id = lockerId(k);
      const story = rng.int(0, 5);
      const order = rng.int(88000, 88999);
      if (story === 0) continue;
      if (story === 5) {
        occupiedAtOpen.push(id);
        const p = rng.int(9 * 60, 12 * 60);
        if (rng.chance(0.5)) events.push([p, `${id} pickup_code_ok order=${rng.int(87000, 87999)}`], [p, `${id} door_open`]);
        continue;
      }
      const dep = rng.int(8 * 60, 11 * 60);
      events.push([dep, `${id} courier_deposit order=${order} size=${sizes[k]}`], [dep + 1, `${id} door_close`]);
      if (story >= 2) {
        const pick = dep + rng.int(30, 180);
        events.push([pick, `${id} pickup_code_ok order=${order}`], [pick, `${id} door_open`]);
        if (story === 2) events.push([pick + 1, `${id} app_collected order=${order}`]);
        if (story === 4) events.push([pick + rng.int(1, 3), `${id} door_close`]);
      }
      if (story === 3 && rng.chance(0.5)) events.push([dep + rng.int(200, 260), `${id} door_open staff_key`]);
    }
    events.sort((a, b) => a[0] - b[0]);
    const lines = events.map(([m, e]) => `${hm(m)} ${e}`);
    const half = Math.ceil(lines.length / 2);
    const page1 = `07:00 opening_snapshot occupied=[${occupiedAtOpen.join(',')}]\n${lines.slice(0, half).join('\n')}\n-- page 1 of 2 --`;
    const lastT = events.length ? events[events.length - 1]![0] : 12 * 60;
    const page2 = `${lines.slice(half).join('\n')}\n-- end of feed (${hm(lastT + rng.int(3, 40))}) --`;
    const sizeList = sizes.map((s, k) => `${lockerId(k)}=${s}`).join(' ');
    const incoming = rng.int(89000, 89999);
    const incomingSize = rng.pick(['S', 'M', 'L']);
    const system = t(lang, {
      en: `You are the click-and-collect assistant at ${shop}. Lockers and sizes: ${sizeList}. A locker holds one parcel; a parcel fits a locker of its size or larger. The event feed is incomplete: the courier's deposit scan is always sent, but the app's "collected" message is often missing. A door opening right after a valid pickup code means the customer emptied that locker. A staff-key opening can be either a removal or an inspection. Put each incoming parcel in a free locker, or hold it at the counter if none is free.`,
      es: `Eres el asistente de click & collect de ${shop}. Taquillas y tamaños: ${sizeList}. Cada taquilla guarda un paquete; un paquete cabe en una taquilla de su tamaño o mayor. El registro de eventos está incompleto: el escaneo del repartidor siempre llega, pero el aviso "collected" de la app falta a menudo. Si la puerta se abre justo después de un código de recogida válido, el cliente vació esa taquilla. Una apertura con llave de personal puede ser una retirada o una revisión. Coloca cada paquete entrante en una taquilla libre o déjalo en el mostrador si no hay ninguna.`,
      de: `Du bist der Click-&-Collect-Assistent in ${shop}. Fächer und Größen: ${sizeList}. Ein Fach nimmt ein Paket auf; ein Paket passt in ein Fach seiner Größe oder größer. Der Ereignis-Feed ist lückenhaft: Der Einlege-Scan des Kuriers kommt immer an, die "collected"-Meldung der App fehlt oft. Öffnet sich die Tür direkt nach einem gültigen Abholcode, hat der Kunde das Fach geleert. Eine Öffnung mit Personalschlüssel kann eine Entnahme oder eine Kontrolle sein. Lege jedes eingehende Paket in ein freies Fach oder behalte es an der Kasse, wenn keines frei ist.`,
    });
    const ask = t(lang, {
      en: `Courier just dropped order ${incoming}, size ${incomingSize}. Which locker?`,
      es: `Acaba de llegar el pedido ${incoming}, tamaño ${incomingSize}. ¿En qué taquilla lo meto?`,
      de: `Der Kurier hat gerade Bestellung ${incoming} gebracht, Größe ${incomingSize}. Welches Fach?`,
    });
    const messages: Msg[] = [sys(system), user(ask)];
    exchange(rng, messages, 'get_locker_events', { page: 1 }, page1);
    exchange(rng, messages, 'get_locker_events', { page: 2 }, page2);
    return {
      lang,
      messages,
      tools: [
        tool('get_locker_events', "Read today's locker event feed, one page at a time.", { page: int }),
        tool('assign_locker', 'Reserve a locker for a parcel and open its door for the courier.', { locker_id: str, order_id: str }),
        tool('hold_at_counter', 'Keep the parcel at the service counter.', { order_id: str, reason: str }),
      ],
      tool_choice: 'auto',
    };
  },
};

const mbHerdGates: Family = {
  id: 'wo-mb-herd-gate-reads',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Gate reads give no direction and some passes are missed, so the agent must carry each cow’s likely location forward across batches to say where the herd is now and whom to look for.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'pt', 'en', 'de'], i);
    const farm = t(lang, { en: rng.pick(['Brookfield farm', 'Glenmore dairy']), de: rng.pick(['Hof Lindenau', 'Gut Eichberg']), pt: rng.pick(['Fazenda Boa Vista', 'Sítio Santa Luzia']) });
    const ncows = rng.int(6, 9);
    const tags = rng.sample(Array.from({ length: 90 }, (_, k) => 101 + k), ncows).sort((a, b) => a - b);
    const next: Record<string, [string, string][]> = {
      yard: [['G3', 'shed'], ['G1', 'north']], shed: [['G3', 'yard']], north: [['G1', 'yard'], ['G2', 'river']], river: [['G2', 'north']],
    };
    const reads: [number, string][] = [];
    for (const tag of tags) {
      let loc = 'yard';
      let time = 5 * 60 + rng.int(10, 60);
      const moves = rng.int(2, 4);
      for (let k = 0; k < moves; k++) {
        const [gate, to] = rng.pick(next[loc]!);
        if (rng.next() > 0.12) reads.push([time, `${gate} tag ${tag}`]);
        loc = to;
        time += rng.int(40, 150);
      }
    }
    reads.sort((a, b) => a[0] - b[0]);
    const lines = reads.map(([m, r]) => `${hm(m)} ${r}`);
    const a = Math.floor(lines.length / 3);
    const b = Math.floor((2 * lines.length) / 3);
    const batches = [lines.slice(0, a), lines.slice(a, b), lines.slice(b)];
    const now = hm(Math.max(reads[reads.length - 1]![0] + rng.int(10, 60), 12 * 60));
    const system = t(lang, {
      en: `Herd monitor for ${farm}. Cows carry RFID ear tags. Readers: G1 between the yard and the north paddock, G2 between the north paddock and the river paddock, G3 between the yard and the milking shed. A read says only that a tag passed the gate, not which way, and readers miss roughly one pass in ten. At the 05:00 headcount all cows ${tags.join(', ')} were in the yard. Reads arrive in batches; acknowledge each batch briefly and give positions when asked.`,
      de: `Herdenmonitor für ${farm}. Die Kühe tragen RFID-Ohrmarken. Lesegeräte: G1 zwischen Hof und Nordweide, G2 zwischen Nordweide und Flussweide, G3 zwischen Hof und Melkstand. Eine Lesung sagt nur, dass eine Marke das Tor passiert hat, nicht in welche Richtung, und etwa jeder zehnte Durchgang wird verpasst. Bei der Zählung um 05:00 standen alle Kühe ${tags.join(', ')} auf dem Hof. Lesungen kommen in Paketen; bestätige jedes Paket kurz und nenne Positionen, wenn danach gefragt wird.`,
      pt: `Monitor do rebanho da ${farm}. As vacas usam brincos RFID. Leitores: G1 entre o curral e o piquete norte, G2 entre o piquete norte e o piquete do rio, G3 entre o curral e a sala de ordenha. Uma leitura diz apenas que o brinco passou pela porteira, não em que sentido, e os leitores perdem cerca de uma passagem em cada dez. Na contagem das 05:00 todas as vacas ${tags.join(', ')} estavam no curral. As leituras chegam em lotes; confirme cada lote brevemente e informe as posições quando pedido.`,
    });
    const ack = (k: number): string => t(lang, { en: `Got ${k} reads.`, de: `${k} Lesungen erhalten.`, pt: `${k} leituras recebidas.` });
    const ask = t(lang, {
      en: `Last batch:\n${batches[2]!.join('\n')}\n\nIt is ${now}. Where is each cow now, and which ones should Tom go and look for first?`,
      de: `Letztes Paket:\n${batches[2]!.join('\n')}\n\nEs ist ${now}. Wo steht jede Kuh jetzt, und nach welchen soll Jonas zuerst schauen?`,
      pt: `Último lote:\n${batches[2]!.join('\n')}\n\nSão ${now}. Onde está cada vaca agora e quais o João deve procurar primeiro?`,
    });
    return {
      lang,
      messages: [sys(system), user(batches[0]!.join('\n')), say(ack(batches[0]!.length)), user(batches[1]!.join('\n')), say(ack(batches[1]!.length)), user(ask)],
      response_format: jsonSchema('herd_positions', {
        cows: list(obj({ tag: str, location: oneOf('yard', 'shed', 'north', 'river', 'unknown'), sure: bool })),
        look_for_first: list(str),
      }),
    };
  },
};

const mbPendingBalance: Family = {
  id: 'wo-mb-pending-card-holds',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The app shows settled lines and card holds separately and some holds are replaced or lapse, so the agent must reconstruct how much money is really free now across the pasted turns before answering.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'zh', 'en', 'es'], i);
    const bank = t(lang, { en: rng.pick(['Northgate Bank', 'Fairway Bank']), fr: rng.pick(['Banque Hérault', 'Caisse du Val']), zh: rng.pick(['东海银行', '江南商业银行']), es: rng.pick(['Banco Miramar', 'Caixa Verde']) });
    const cur = lang === 'zh' ? 'CNY' : lang === 'en' ? rng.pick(['GBP', 'EUR']) : 'EUR';
    const scale = cur === 'CNY' ? 8 : 1;
    const merch: Record<string, string[]> = {
      fr: ['Carrefour Market', 'Total Énergies A7', 'Hôtel Ibis Lyon', 'SNCF Connect', 'Boulangerie Paul', 'Amazon.fr', 'Pharmacie Centrale', 'Decathlon'],
      en: ['Tesco Extra', 'Shell Station 14', 'Premier Inn Leeds', 'Trainline', 'Pret A Manger', 'Amazon', 'Boots', 'Argos'],
      zh: ['盒马鲜生', '中石化加油站', '如家酒店', '12306铁路', '瑞幸咖啡', '京东', '屈臣氏', '优衣库'],
      es: ['Mercadona', 'Repsol A-3', 'Hotel NH Valencia', 'Renfe', 'Cafetería Central', 'Amazon.es', 'Farmacia Lledó', 'El Corte Inglés'],
    };
    const m = merch[lang] ?? merch.en!;
    const mo = rng.int(2, 11);
    const today = rng.int(12, 27);
    const date = (off: number): string => {
      const [mm, dd] = shift(mo, today, -off);
      return `${pad(dd)}/${pad(mm)}`;
    };
    const posted = rng.int(500, 1600) * scale;
    const fuelHold = rng.pick([100, 120, 150]) * scale;
    const hotelHold = rng.int(180, 360) * scale;
    const rows1: string[] = [
      `${date(rng.int(8, 10))} PENDING ${m[5]} -${n2(cents(rng, 20, 90) * scale)}`,
      `${date(6)} POSTED ${m[0]} -${n2(cents(rng, 30, 110) * scale)}`,
      `${date(5)} PENDING ${m[1]} -${n2(fuelHold)}`,
      `${date(5)} POSTED ${m[4]} -${n2(cents(rng, 3, 12) * scale)}`,
      `${date(4)} PENDING ${m[2]} -${n2(hotelHold)}`,
      `${date(4)} POSTED ${m[3]} -${n2(cents(rng, 25, 80) * scale)}`,
      `${date(3)} PENDING ${m[6]} -${n2(cents(rng, 5, 30) * scale)}`,
      `${date(2)} POSTED ${m[0]} -${n2(cents(rng, 15, 70) * scale)}`,
    ];
    if (rng.chance(0.6)) rows1.push(`${date(2)} PENDING ${m[7]} -${n2(cents(rng, 20, 120) * scale)}`);
    const fuelFinal = cents(rng, 30, 70) * scale;
    const hotelFinal = hotelHold - rng.int(20, 90) * scale;
    const rows2 = [
      `${date(0)} POSTED ${m[1]} -${n2(fuelFinal)}`,
      `${date(0)} POSTED ${m[2]} -${n2(hotelFinal)}`,
      `${date(0)} PENDING ${m[4]} -${n2(cents(rng, 3, 12) * scale)}`,
    ];
    const rent = Math.round((posted - rng.int(60, 260) * scale) / 10) * 10;
    const system = t(lang, {
      en: `You help customers of ${bank} make sense of their current account. The app's posted balance includes settled lines only; pending card holds reduce the money available until they settle or drop off after 7 days. Fuel and hotel holds usually post later as a separate, lower final charge, and the original hold is then released, sometimes a day late. Amounts are in ${cur}.`,
      fr: `Tu aides les clients de ${bank} à comprendre leur compte courant. Le solde comptable de l'appli ne contient que les opérations passées ; les autorisations carte en attente réduisent l'argent disponible jusqu'à ce qu'elles passent ou tombent au bout de 7 jours. Les pré-autorisations de carburant et d'hôtel passent souvent plus tard sous forme d'un débit final séparé et plus faible, puis la pré-autorisation d'origine est libérée, parfois avec un jour de retard. Montants en ${cur}.`,
      zh: `你帮助${bank}的客户看懂他们的活期账户。App 上的"已入账余额"只包含已结算的交易；待处理的刷卡预授权会占用可用资金，直到结算或7天后自动解除。加油站和酒店的预授权通常之后会以一笔金额更低的最终扣款单独入账，原预授权随后解除，有时会晚一天。金额单位为${cur}。`,
      es: `Ayudas a los clientes de ${bank} a entender su cuenta corriente. El saldo contable de la app solo incluye movimientos liquidados; las retenciones de tarjeta pendientes reducen el dinero disponible hasta que se liquidan o caducan a los 7 días. Las preautorizaciones de gasolineras y hoteles suelen cargarse después como un cargo final aparte y menor, y la retención original se libera, a veces con un día de retraso. Importes en ${cur}.`,
    });
    const u1 = t(lang, {
      en: `My app says posted balance ${n2(posted)}. These are the lines from the last week:\n${rows1.join('\n')}`,
      fr: `Mon appli affiche un solde comptable de ${n2(posted)}. Voici les lignes de la semaine dernière :\n${rows1.join('\n')}`,
      zh: `我的App显示已入账余额 ${n2(posted)}。这是最近一周的记录：\n${rows1.join('\n')}`,
      es: `Mi app dice saldo contable ${n2(posted)}. Estos son los movimientos de la última semana:\n${rows1.join('\n')}`,
    });
    const a1 = t(lang, {
      en: 'Thanks. The PENDING lines are card holds that are not yet in the posted balance. Let me know if anything new shows up.',
      fr: "Merci. Les lignes PENDING sont des autorisations pas encore comptées dans le solde comptable. Dites-moi si de nouvelles lignes apparaissent.",
      zh: '谢谢。标为 PENDING 的是尚未计入已入账余额的预授权。如有新记录请告诉我。',
      es: 'Gracias. Las líneas PENDING son retenciones que aún no están en el saldo contable. Avíseme si aparece algo nuevo.',
    });
    const posted2 = posted - fuelFinal - hotelFinal;
    const u2 = t(lang, {
      en: `This morning posted balance shows ${n2(posted2)} and these are new:\n${rows2.join('\n')}\nThe old PENDING lines are all still listed. Rent of ${n2(rent)} goes out by direct debit tomorrow at 6am. Will it go through, and how much can I actually spend today?`,
      fr: `Ce matin le solde comptable affiche ${n2(posted2)} et voici les nouvelles lignes :\n${rows2.join('\n')}\nLes anciennes lignes PENDING sont toujours là. Mon loyer de ${n2(rent)} part en prélèvement demain à 6 h. Est-ce qu'il passera, et combien puis-je vraiment dépenser aujourd'hui ?`,
      zh: `今天早上已入账余额显示 ${n2(posted2)}，新增了这些：\n${rows2.join('\n')}\n之前的 PENDING 记录都还在。明天早上6点要自动扣房租 ${n2(rent)}。能扣成功吗？我今天实际还能花多少？`,
      es: `Esta mañana el saldo contable es ${n2(posted2)} y han aparecido estos:\n${rows2.join('\n')}\nLas líneas PENDING antiguas siguen ahí. Mañana a las 6 se cobra el alquiler de ${n2(rent)} por domiciliación. ¿Pasará? ¿Y cuánto puedo gastar de verdad hoy?`,
    });
    return { lang, messages: [sys(system), user(u1), say(a1), user(u2)], temperature: 0.2 };
  },
};

const mbOnboardingFeed: Family = {
  id: 'wo-mb-onboarding-event-feed',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'HR events about several new hires arrive in chunks over many turns, some reversing earlier ones, and the final turn asks what is still open for each hire now, which requires the accumulated picture.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'en', 'de', 'ja'], i);
    const company = t(lang, { en: rng.pick(['Lumen Retail', 'Northwind Grocers']), ja: rng.pick(['株式会社ミドリ物流', 'さくら百貨店']), de: rng.pick(['Kaufhaus Brenner', 'Stadtwerke Auental']) });
    const pool: Record<string, string[]> = {
      en: ['Priya Nair', 'Tom Walsh', 'Aisha Bello', 'Marek Nowak', 'Sofia Ricci', 'Dan Cho'],
      ja: ['佐藤 美咲', '田中 翔', '鈴木 陽菜', '高橋 蓮', '伊藤 結衣', '渡辺 大輝'],
      de: ['Lena Vogt', 'Jonas Krüger', 'Mehmet Aydın', 'Clara Wolff', 'Felix Braun', 'Nina Hoffmann'],
    };
    const hires = rng.sample(pool[lang] ?? pool.en!, rng.int(3, 4)).map((name) => ({ id: `H-${rng.int(200, 899)}`, name }));
    const chains: string[][] = [
      ['contract_sent', rng.pick(['contract_signed', 'contract_returned_unsigned', 'contract_signed'])],
      ['background_check_started', rng.pick(['background_check_cleared', 'background_check_more_info_requested', 'background_check_cleared'])],
      ['laptop_ordered', 'laptop_shipped', rng.pick(['laptop_delivered', 'laptop_delivery_failed', 'laptop_delivered'])],
      ['it_account_created', rng.pick(['mfa_enrolled', 'mfa_pending'])],
      ['badge_requested', rng.pick(['badge_printed', 'badge_photo_missing'])],
      ['bank_details_requested', rng.pick(['bank_details_received', 'bank_details_invalid_iban'])],
    ];
    const evs: [number, string][] = [];
    for (const h of hires) {
      for (const chain of chains) {
        let tm = rng.int(0, 30) * 60 + rng.int(0, 59);
        const keep = rng.int(1, chain.length);
        for (let k = 0; k < keep; k++) {
          evs.push([tm, `${h.id} ${h.name} | ${chain[k]}`]);
          tm += rng.int(60, 60 * 40);
        }
        if (chain[keep - 1]!.endsWith('unsigned') && rng.chance(0.5)) evs.push([tm, `${h.id} ${h.name} | contract_signed`]);
      }
    }
    evs.sort((a, b) => a[0] - b[0]);
    const mo = rng.int(1, 10);
    const d0 = rng.int(1, 12);
    const lines = evs.map(([m, e]) => {
      const [mm, dd] = shift(mo, d0, Math.floor(m / (24 * 60)));
      return `${iso(mm, dd)} ${hm(m % (24 * 60))} | ${e}`;
    });
    const nChunks = [4, 6, 10, 11, 5][i % 5]!;
    const size = Math.ceil(lines.length / nChunks);
    const system = t(lang, {
      en: `You are the onboarding coordinator for ${company} HR. The HRIS webhook sends events about new hires in chunks, and nobody else sees the whole picture. Keep the current state of each hire's items (contract, background check, laptop, IT account/MFA, badge, payroll bank details) up to date as chunks arrive. Reply "ack" to a chunk unless a question is asked.`,
      ja: `あなたは${company}人事部の入社手続きコーディネーターです。人事システムのWebhookから新入社員に関するイベントが分割して届きます。全体像を把握しているのはあなただけです。チャンクが届くたびに、各入社予定者の項目（契約、経歴調査、PC、ITアカウント/MFA、入館証、給与振込口座）の現在の状況を更新してください。質問がなければ、チャンクには「ack」とだけ返信します。`,
      de: `Du bist die Onboarding-Koordination der Personalabteilung von ${company}. Der HRIS-Webhook schickt Ereignisse zu Neueinstellungen in Paketen, und niemand sonst sieht das Gesamtbild. Halte den aktuellen Stand jeder Person (Vertrag, Hintergrundprüfung, Laptop, IT-Konto/MFA, Ausweis, Bankverbindung für die Gehaltszahlung) auf dem neuesten Stand, während Pakete eintreffen. Antworte auf ein Paket nur mit "ack", solange keine Frage gestellt wird.`,
    });
    const messages: Msg[] = [sys(system)];
    for (let c = 0; c < nChunks; c++) {
      const chunk = lines.slice(c * size, (c + 1) * size);
      if (chunk.length === 0) continue;
      messages.push(user(`[chunk ${c + 1}]\n${chunk.join('\n')}`), say('ack'));
    }
    const [a, b] = [hires[0]!, hires[1]!];
    messages.push(user(t(lang, {
      en: `${a.name} and ${b.name} start on Monday. What is still open for each of them right now, and what should I chase first?`,
      ja: `${a.name}さんと${b.name}さんは月曜日に入社します。今の時点でそれぞれ何が未完了で、まず何を催促すべきですか？`,
      de: `${a.name} und ${b.name} fangen am Montag an. Was ist bei den beiden jetzt noch offen, und wo soll ich zuerst nachhaken?`,
    })));
    return { lang, messages };
  },
};

const mbCounterQueue: Family = {
  id: 'wo-mb-permit-office-queue',
  label: 'model_based_reflex',
  difficulty: 'hard',
  variants: 5,
  secondary: 'simple_reflex',
  rationale: 'The open-a-counter policy is a fixed threshold, but the waiting count and waiting times must first be reconstructed from a merged log with missing call events across two chunks, so the decision rests on an inferred picture of the queue.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'de', 'en', 'es'], i);
    const office = t(lang, { en: rng.pick(['Civic Centre permits office', 'Town Hall licensing desk']), es: rng.pick(['Oficina de Atención Ciudadana de Getafe', 'Registro Civil de Murcia']), de: rng.pick(['Bürgeramt Lindenthal', 'Bürgerbüro Nordstadt']) });
    const maxWait = rng.pick([10, 12, 8]);
    const maxMin = rng.pick([40, 35, 45]);
    const start = 9 * 60 + 30;
    const now = 10 * 60 + rng.int(15, 30);
    const split = 9 * 60 + 55;
    const free = [start, start, start];
    const events: [number, string][] = [];
    let tIssue = start;
    let k = 0;
    while (tIssue < now - 2) {
      k++;
      const ticket = `${rng.pick(['A', 'A', 'B'])}${pad(k, 3)}`;
      events.push([tIssue, `ISSUE ${ticket}`]);
      let c = 0;
      for (let j = 1; j < 3; j++) if (free[j]! < free[c]!) c = j;
      const call = Math.max(free[c]!, tIssue) + rng.int(0, 1);
      if (call <= now) {
        if (rng.next() > 0.18) events.push([call, `COUNTER ${c + 1} CALL ${ticket}`]);
        const noShow = rng.chance(0.08);
        const fin = call + (noShow ? 3 : rng.int(5, 16));
        free[c] = fin;
        if (fin <= now && rng.next() > 0.1) events.push([fin, noShow ? `COUNTER ${c + 1} NO_SHOW ${ticket}` : `COUNTER ${c + 1} FINISH ${ticket}`]);
      }
      tIssue += rng.int(1, 4);
    }
    events.sort((a, b) => a[0] - b[0]);
    const fmt = (e: [number, string]): string => `${hm(e[0])} ${e[1]}`;
    const part1 = events.filter((e) => e[0] < split).map(fmt);
    const part2 = events.filter((e) => e[0] >= split).map(fmt);
    const system = t(lang, {
      en: `Queue supervisor for the ${office}. The ticket dispenser log and the counter terminal log are merged below. Terminals sometimes fail to send CALL, but a FINISH or NO_SHOW for a ticket means it was called. Counters 1-3 are open; counter 4 can be opened. Policy: if more than ${maxWait} tickets are waiting, or any waiting ticket has been waiting more than ${maxMin} minutes, call open_counter(4); otherwise call no_action.`,
      es: `Supervisor de colas de la ${office}. Abajo se mezclan el registro del dispensador de turnos y el de los terminales de ventanilla. A veces los terminales no envían CALL, pero un FINISH o NO_SHOW de un turno significa que fue llamado. Están abiertas las ventanillas 1-3; se puede abrir la 4. Norma: si hay más de ${maxWait} turnos esperando, o algún turno en espera lleva más de ${maxMin} minutos, llama a open_counter(4); si no, llama a no_action.`,
      de: `Warteschlangen-Aufsicht für ${office}. Unten sind das Protokoll des Nummernautomaten und das der Schalterterminals zusammengeführt. Terminals senden CALL manchmal nicht, aber ein FINISH oder NO_SHOW zu einer Nummer heißt, dass sie aufgerufen wurde. Schalter 1-3 sind offen; Schalter 4 kann geöffnet werden. Vorgabe: Warten mehr als ${maxWait} Nummern oder wartet eine Nummer länger als ${maxMin} Minuten, rufe open_counter(4) auf; sonst no_action.`,
    });
    const messages: Msg[] = [sys(system), user(`${t(lang, { en: 'Log 09:30-09:55', es: 'Registro 09:30-09:55', de: 'Protokoll 09:30-09:55' })}\n${part1.join('\n')}`)];
    exchange(rng, messages, 'no_action', { reason: t(lang, { en: 'queue within limits at 09:55', es: 'cola dentro de límites a las 09:55', de: 'Schlange um 09:55 im Rahmen' }) }, 'logged');
    messages.push(user(`${t(lang, { en: `Log 09:55-${hm(now)} (now ${hm(now)})`, es: `Registro 09:55-${hm(now)} (ahora son las ${hm(now)})`, de: `Protokoll 09:55-${hm(now)} (jetzt ${hm(now)})` })}\n${part2.join('\n')}`));
    return {
      lang,
      messages,
      tools: [
        tool('open_counter', 'Ask the floor manager to staff an extra counter.', { counter: int }),
        tool('no_action', 'Record that no change is needed.', { reason: str }),
      ],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

// ──────────────────────────────── goal_based ────────────────────────────────

const gbFieldOps: Family = {
  id: 'wo-gb-maize-field-operations',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'From the field register, machine limits and forecast, the agent must order ploughing, liming and drilling so that every field is drilled by a fixed date, a sequence of actions toward an explicit end state.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'es', 'en', 'fr'], i);
    const names: Record<string, string[]> = {
      en: ['Long Meadow', 'Church Piece', 'Top Ley', 'Brook Field', 'Windmill', 'Ten Acre', 'Lower Croft', 'Hollow Field', 'Far Close', 'Pond Field', 'Gorse Hill'],
      fr: ['Grand Pré', 'La Croix', 'Les Hauts', 'Le Ruisseau', 'Moulin', 'Les Dix Arpents', 'La Combe', 'Le Bas Clos', 'Les Genêts', 'La Mare', 'Le Chêne'],
      es: ['Vega Larga', 'La Ermita', 'Cerro Alto', 'El Arroyo', 'El Molino', 'Las Diez', 'Hoya Baja', 'El Cercado', 'La Retama', 'La Charca', 'El Encinar'],
    };
    const pool = names[lang] ?? names.en!;
    const n = rng.int(8, 11);
    const fields = rng.sample(pool, n).map((name, k) => {
      const ha = rng.int(25, 140) / 10;
      const cond = rng.pick(t(lang, { en: 'stubble|stubble|ploughed|cover crop', fr: 'chaume|chaume|labouré|couvert végétal', es: 'rastrojo|rastrojo|arado|cubierta vegetal' }).split('|'));
      const ph = rng.int(52, 68) / 10;
      const drain = rng.pick(t(lang, { en: 'free-draining|heavy clay|free-draining|wet corner', fr: 'sain|argile lourde|sain|coin humide', es: 'buen drenaje|arcilla pesada|buen drenaje|esquina húmeda' }).split('|'));
      return `F${k + 1} ${name} | ${n2(ha)} ha | ${cond} | pH ${ph.toFixed(1)} | ${drain}`;
    });
    const mo = rng.pick([3, 4]);
    const d0 = rng.int(1, 12);
    const deadlineOff = rng.int(24, 34);
    const [dm, dd] = shift(mo, d0, deadlineOff);
    const rainDays = rng.sample(Array.from({ length: deadlineOff }, (_, k) => k + 1), rng.int(4, 8)).sort((a, b) => a - b).map((k) => {
      const [m, d] = shift(mo, d0, k);
      return `${iso(m, d)} ${rng.int(4, 22)} mm`;
    });
    const plough = rng.int(6, 10);
    const drill = rng.int(10, 16);
    const gap = rng.pick([10, 14]);
    const text = t(lang, {
      en: `We need every field below drilled with maize by ${iso(dm, dd)}. Today is ${iso(mo, d0)}.\n\nField register:\n${fields.join('\n')}\n\nMachinery: one plough (about ${plough} ha a day), one drill (about ${drill} ha a day), the lime contractor comes any day with two days' notice. Cover crop has to be sprayed off 7 days before ploughing. Fields under pH 6.0 need lime, spread on ploughed ground at least ${gap} days before drilling. Heavy clay and wet corners can't be worked the day of or after 10 mm+ rain.\n\nForecast rain:\n${rainDays.join('\n')}\n\nMake me a day-by-day plan so everything is in by the deadline, and tell me if it can't be done.`,
      fr: `Il faut que toutes les parcelles ci-dessous soient semées en maïs avant le ${iso(dm, dd)}. Nous sommes le ${iso(mo, d0)}.\n\nRegistre parcellaire :\n${fields.join('\n')}\n\nMatériel : une charrue (environ ${plough} ha par jour), un semoir (environ ${drill} ha par jour), l'entrepreneur pour la chaux vient n'importe quel jour avec deux jours de préavis. Le couvert végétal doit être détruit 7 jours avant le labour. Les parcelles sous pH 6,0 doivent être chaulées, sur sol labouré, au moins ${gap} jours avant le semis. L'argile lourde et les coins humides ne se travaillent pas le jour même ni le lendemain d'une pluie de 10 mm ou plus.\n\nPluie prévue :\n${rainDays.join('\n')}\n\nFais-moi un planning jour par jour pour que tout soit semé à temps, et dis-moi si c'est impossible.`,
      es: `Necesitamos todas las parcelas de abajo sembradas de maíz antes del ${iso(dm, dd)}. Hoy es ${iso(mo, d0)}.\n\nRegistro de parcelas:\n${fields.join('\n')}\n\nMaquinaria: un arado (unas ${plough} ha al día), una sembradora (unas ${drill} ha al día); el contratista de la cal viene cualquier día avisando con dos días. La cubierta vegetal hay que eliminarla 7 días antes de arar. Las parcelas con pH inferior a 6,0 necesitan cal, sobre tierra arada, al menos ${gap} días antes de sembrar. La arcilla pesada y las esquinas húmedas no se pueden trabajar el día de una lluvia de 10 mm o más ni el siguiente.\n\nLluvia prevista:\n${rainDays.join('\n')}\n\nHazme un plan día a día para que todo esté sembrado a tiempo, y dime si no es posible.`,
    });
    const messages: Msg[] = [];
    if (rng.chance(0.6)) messages.push(sys(t(lang, { en: 'You are the farm office assistant for an arable and dairy farm.', fr: "Tu es l'assistant du bureau d'une exploitation de grandes cultures et d'élevage laitier.", es: 'Eres el asistente de oficina de una explotación agrícola y lechera.' })));
    messages.push(user(text));
    return { lang, messages };
  },
};

const gbPermitRenewal: Family = {
  id: 'wo-gb-residence-card-renewal',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The user lists their documents with dates and the office requirements, and needs an ordered set of actions with deadlines that ends with the new card in hand before the old one expires.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'pt', 'de', 'en'], i);
    const mo = rng.int(1, 8);
    const d0 = rng.int(1, 25);
    const expOff = rng.int(45, 80);
    const [em, ed] = shift(mo, d0, expOff);
    const d = (off: number): string => isoY(shiftY(2024, mo, d0, off));
    const passportExp = d(rng.pick([120, 200, 400, 90]));
    const docs = t(lang, {
      en: [
        `Residence card | expires ${iso(em, ed)}`,
        `Passport | valid until ${passportExp}`,
        `Registration certificate | issued ${d(-rng.int(60, 200))}`,
        `Employment contract | permanent, signed ${d(-rng.int(300, 700))}`,
        `Payslips | ${rng.pick(['last 3 months', 'only last month', 'last 2 months'])} downloaded`,
        `Health insurance confirmation | dated ${d(-rng.int(10, 150))}`,
        `Biometric photo | taken ${d(-rng.int(30, 250))}`,
        `Rental contract | signed ${d(-rng.int(200, 900))}`,
        `Landlord confirmation of residence | ${rng.pick(['have it', 'lost it', 'have it'])}`,
        `Language certificate B1 | ${rng.pick(['have it', 'exam booked for ' + d(rng.int(10, 30))])}`,
      ].join('\n'),
      de: [
        `Aufenthaltstitel | läuft ab am ${iso(em, ed)}`,
        `Reisepass | gültig bis ${passportExp}`,
        `Meldebescheinigung | ausgestellt ${d(-rng.int(60, 200))}`,
        `Arbeitsvertrag | unbefristet, unterschrieben ${d(-rng.int(300, 700))}`,
        `Gehaltsabrechnungen | ${rng.pick(['letzte 3 Monate', 'nur letzter Monat', 'letzte 2 Monate'])} vorhanden`,
        `Bescheinigung der Krankenkasse | vom ${d(-rng.int(10, 150))}`,
        `Biometrisches Foto | aufgenommen ${d(-rng.int(30, 250))}`,
        `Mietvertrag | unterschrieben ${d(-rng.int(200, 900))}`,
        `Wohnungsgeberbestätigung | ${rng.pick(['vorhanden', 'verloren', 'vorhanden'])}`,
        `Sprachzertifikat B1 | ${rng.pick(['vorhanden', 'Prüfung am ' + d(rng.int(10, 30))])}`,
      ].join('\n'),
      pt: [
        `Autorização de residência | vence em ${iso(em, ed)}`,
        `Passaporte | válido até ${passportExp}`,
        `Atestado de residência da junta de freguesia | emitido em ${d(-rng.int(60, 200))}`,
        `Contrato de trabalho | sem termo, assinado em ${d(-rng.int(300, 700))}`,
        `Recibos de vencimento | ${rng.pick(['últimos 3 meses', 'só o último mês', 'últimos 2 meses'])}`,
        `Declaração da Segurança Social | de ${d(-rng.int(10, 150))}`,
        `Fotografia tipo passe | tirada em ${d(-rng.int(30, 250))}`,
        `Contrato de arrendamento | assinado em ${d(-rng.int(200, 900))}`,
        `Certidão de registo criminal | ${rng.pick(['tenho', 'não tenho', 'pedida em ' + d(-rng.int(5, 20))])}`,
        `Comprovativo de meios de subsistência | ${rng.pick(['tenho', 'falta'])}`,
      ].join('\n'),
    });
    const rules = t(lang, {
      en: 'Office rules: appointments are released 4 weeks ahead, every Monday at 8:00. Bring: passport valid at least 6 months beyond the appointment, registration certificate not older than 3 months, last 3 payslips, insurance confirmation not older than 1 month, photo not older than 6 months, landlord confirmation. The new card is ready 5-6 weeks after the appointment. Passport renewal at my consulate takes about 3 weeks.',
      de: 'Vorgaben der Ausländerbehörde: Termine werden 4 Wochen im Voraus freigeschaltet, jeden Montag um 8:00. Mitzubringen: Pass mindestens 6 Monate über den Termin hinaus gültig, Meldebescheinigung nicht älter als 3 Monate, letzte 3 Gehaltsabrechnungen, Krankenkassenbescheinigung nicht älter als 1 Monat, Foto nicht älter als 6 Monate, Wohnungsgeberbestätigung. Die neue Karte liegt 5-6 Wochen nach dem Termin vor. Ein neuer Pass beim Konsulat dauert etwa 3 Wochen.',
      pt: 'Regras da AIMA: as marcações abrem com 4 semanas de antecedência, às segundas às 8:00. Levar: passaporte válido pelo menos 6 meses após a marcação, atestado de residência com menos de 3 meses, últimos 3 recibos, declaração da Segurança Social com menos de 1 mês, fotografia com menos de 6 meses, registo criminal com menos de 3 meses. O novo cartão fica pronto 5-6 semanas depois. Renovar o passaporte no consulado demora cerca de 3 semanas.',
    });
    const ask = t(lang, {
      en: `Today is ${iso(mo, d0)}. What do I have to sort out, in which order and by which dates, so that I'm holding the new card before the old one runs out?`,
      de: `Heute ist der ${iso(mo, d0)}. Was muss ich erledigen, in welcher Reihenfolge und bis wann, damit ich die neue Karte habe, bevor die alte abläuft?`,
      pt: `Hoje é ${iso(mo, d0)}. O que tenho de tratar, por que ordem e até quando, para ter o cartão novo na mão antes de o antigo caducar?`,
    });
    return { lang, messages: [user(`${docs}\n\n${rules}\n\n${ask}`)], max_tokens: rng.pick([600, 900, 1200]) };
  },
};

const gbCourseSequence: Family = {
  id: 'wo-gb-certificate-course-sequence',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Given the transcript and a catalogue with prerequisites and term offerings, the agent must lay out term-by-term enrolments that reach completion of the certificate by a fixed term, a search toward an explicit end state.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'ja', 'en', 'zh'], i);
    const catalog: [string, Record<string, string>, string[]][] = [
      ['ACC101', { en: 'Financial Accounting I', zh: '财务会计（一）', ja: '財務会計I' }, []],
      ['ACC102', { en: 'Financial Accounting II', zh: '财务会计（二）', ja: '財務会計II' }, ['ACC101']],
      ['ACC210', { en: 'Cost Accounting', zh: '成本会计', ja: '原価計算' }, ['ACC102']],
      ['ACC230', { en: 'Payroll and Tax', zh: '薪资与税务', ja: '給与と税務' }, ['ACC101']],
      ['BUS110', { en: 'Business Law', zh: '商法', ja: 'ビジネス法' }, []],
      ['MTH120', { en: 'Business Statistics', zh: '商务统计', ja: 'ビジネス統計' }, []],
      ['ACC250', { en: 'Auditing', zh: '审计学', ja: '監査論' }, ['ACC210', 'BUS110']],
      ['CIS140', { en: 'Spreadsheet Modelling', zh: '电子表格建模', ja: '表計算モデリング' }, ['MTH120']],
      ['ACC290', { en: 'Accounting Capstone', zh: '会计综合实践', ja: '会計キャップストーン' }, ['ACC250', 'CIS140']],
      ['ACC240', { en: 'Government Accounting', zh: '政府会计', ja: '公会計' }, ['ACC102']],
    ];
    const terms = ['Fall 2024', 'Spring 2025', 'Summer 2025', 'Fall 2025', 'Spring 2026'];
    const offered = catalog.map(([code]) => (code === 'ACC290' ? ['Spring'] : rng.sample(['Fall', 'Spring', 'Summer'], rng.int(1, 3))));
    const done = rng.sample(['ACC101', 'BUS110', 'MTH120', 'ACC102'], rng.int(2, 4));
    const grades = ['A', 'A-', 'B+', 'B', 'C+', 'D'];
    const transcript = done.map((c) => `${c} | ${rng.pick(grades)} | ${rng.pick(['Fall 2023', 'Spring 2024', 'Summer 2024'])}`);
    const lines = catalog.map(([code, title, pre], k) => `${code} | ${title[lang] ?? title.en} | prereq: ${pre.length ? pre.join(' + ') : '-'} | offered: ${offered[k]!.join('/')}`);
    const maxLoad = rng.pick([2, 3]);
    const target = rng.pick(['Spring 2026', 'Fall 2025', 'Spring 2026']);
    const system = t(lang, {
      en: `You are the advising assistant for the Accounting Certificate at ${rng.pick(['Lakeview Community College', 'Harrow Adult Education', 'Eastside Evening School'])}. The certificate requires all ten catalogue courses with D counting as a fail (must retake). Students may take at most ${maxLoad} courses per term. Remaining terms: ${terms.join(', ')}. Answer in the JSON format requested.`,
      zh: `你是${rng.pick(['湖景社区学院', '东城成人教育中心'])}会计证书项目的选课助手。证书要求修完目录中全部十门课程，成绩为D视为不及格（必须重修）。学生每学期最多选${maxLoad}门课。剩余学期：${terms.join('、')}。请按要求的JSON格式回答。`,
      ja: `あなたは${rng.pick(['湖畔コミュニティカレッジ', '東区夜間学校'])}の会計修了証プログラムの履修アドバイザーです。修了にはカタログの10科目すべての合格が必要で、Dは不合格（再履修が必要）です。1学期に履修できるのは最大${maxLoad}科目です。残りの学期：${terms.join('、')}。指定されたJSON形式で回答してください。`,
    });
    const ask = t(lang, {
      en: `Transcript:\n${transcript.join('\n')}\n\nCatalogue:\n${lines.join('\n')}\n\nI need to finish by ${target}. Lay out which courses I take each term.`,
      zh: `成绩单：\n${transcript.join('\n')}\n\n课程目录：\n${lines.join('\n')}\n\n我需要在 ${target} 之前修完。请排出每学期要选的课程。`,
      ja: `成績証明：\n${transcript.join('\n')}\n\n科目カタログ：\n${lines.join('\n')}\n\n${target}までに修了したいです。各学期に履修する科目を並べてください。`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('course_sequence', {
        terms: list(obj({ term: str, courses: list(str) })),
        finishes_on_time: bool,
        blocking_issue: str,
      }),
    };
  },
};

const gbReturnPortal: Family = {
  id: 'wo-gb-webshop-return-browser',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'A browser agent is partway through the returns portal with a concrete end state (two named items returned to the original card and the label downloaded) and must choose the next action toward it.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'en', 'es'], i);
    const shop = t(lang, { en: rng.pick(['Northline Outdoor', 'Peak & Trail']), es: rng.pick(['DeporTotal', 'Montaña Viva']), fr: rng.pick(['Altitude Sports', 'Le Vieux Campeur en ligne']) });
    const products: Record<string, string[]> = {
      en: ['Trail runner GTX, size 43', 'Merino base layer L', 'Rain shell jacket M', 'Headlamp 400lm', 'Trekking poles pair', 'Dry bag 20L', 'Wool socks 3-pack', 'Insulated bottle 750ml', 'Camping mug', 'Buff neck gaiter', 'Gaiters S/M'],
      es: ['Zapatilla trail GTX, talla 43', 'Camiseta térmica merino L', 'Chaqueta impermeable M', 'Frontal 400lm', 'Bastones de trekking (par)', 'Bolsa estanca 20L', 'Calcetines de lana (3)', 'Botella térmica 750ml', 'Taza de camping', 'Braga de cuello', 'Polainas S/M'],
      fr: ['Chaussure trail GTX, pointure 43', 'Sous-couche mérinos L', 'Veste imperméable M', 'Lampe frontale 400lm', 'Bâtons de randonnée (paire)', 'Sac étanche 20L', 'Chaussettes laine (lot de 3)', 'Gourde isotherme 750ml', 'Tasse de camping', 'Tour de cou', 'Guêtres S/M'],
    };
    const pool = products[lang] ?? products.en!;
    const nItems = rng.int(8, 11);
    const items = rng.sample(pool, nItems);
    const orderNo = `${rng.int(4, 9)}${rng.int(100000, 999999)}`;
    const targets = rng.sample(items, 2);
    const orders = Array.from({ length: rng.int(5, 8) }, (_, k) => {
      const no = k === 2 ? orderNo : `${rng.int(4, 9)}${rng.int(100000, 999999)}`;
      const [m, d] = shift(rng.int(1, 12), rng.int(1, 28), 0);
      const status = k === 2 ? 'Delivered' : rng.pick(['Delivered', 'Delivered', 'Returned', 'Shipped']);
      return `row#ord-${no} '${no}' ${iso(m, d)} ${n2(cents(rng, 15, 420))} EUR ${status}  link#open-${no}`;
    });
    const lines = items.map((it, k) => `checkbox#line-${k + 1} '${it}' qty ${rng.pick([1, 1, 2])} ${n2(cents(rng, 6, 160))} EUR ${rng.chance(0.15) ? '(final sale - not returnable)' : ''}`.trim());
    const system = t(lang, {
      en: `You operate the customer's web browser on ${shop}. Task: return "${targets[0]}" and "${targets[1]}" from order ${orderNo}, refund to the original card (not store credit), then download the prepaid return label. Nothing else in the order is to be returned. Use exactly one tool call per turn; call finish when the label is downloaded or the task is impossible.`,
      es: `Manejas el navegador del cliente en ${shop}. Tarea: devolver "${targets[0]}" y "${targets[1]}" del pedido ${orderNo}, con reembolso a la tarjeta original (no vale de compra), y descargar la etiqueta de devolución prepagada. No se devuelve nada más del pedido. Haz exactamente una llamada a herramienta por turno; llama a finish cuando la etiqueta esté descargada o la tarea sea imposible.`,
      fr: `Tu pilotes le navigateur du client sur ${shop}. Mission : retourner « ${targets[0]} » et « ${targets[1]} » de la commande ${orderNo}, avec remboursement sur la carte d'origine (pas d'avoir), puis télécharger l'étiquette de retour prépayée. Rien d'autre de la commande ne doit être retourné. Un seul appel d'outil par tour ; appelle finish quand l'étiquette est téléchargée ou si la tâche est impossible.`,
    });
    const messages: Msg[] = [sys(system), user(t(lang, { en: '[page] Account home\n[a11y] link#orders "My orders"  link#returns "Returns"  link#profile "Profile"', es: '[page] Mi cuenta\n[a11y] link#orders "Mis pedidos"  link#returns "Devoluciones"  link#profile "Perfil"', fr: '[page] Mon compte\n[a11y] link#orders "Mes commandes"  link#returns "Retours"  link#profile "Profil"' }))];
    exchange(rng, messages, 'click', { element_id: 'orders' }, `[page] ${t(lang, { en: 'My orders', es: 'Mis pedidos', fr: 'Mes commandes' })}\n[a11y]\n${orders.join('\n')}`);
    exchange(rng, messages, 'click', { element_id: `open-${orderNo}` }, `[page] ${t(lang, { en: 'Order', es: 'Pedido', fr: 'Commande' })} ${orderNo}\n[a11y] button#start-return "${t(lang, { en: 'Return items', es: 'Devolver artículos', fr: 'Retourner des articles' })}"\n${lines.join('\n')}`);
    exchange(rng, messages, 'click', { element_id: 'start-return' }, `[page] ${t(lang, { en: 'Select items to return', es: 'Elige los artículos a devolver', fr: 'Choisissez les articles à retourner' })}\n[a11y]\n${lines.join('\n')}\nselect#reason  select#refund-method (${t(lang, { en: 'Store credit (default), Original payment method', es: 'Vale de compra (predeterminado), Método de pago original', fr: 'Avoir (par défaut), Moyen de paiement initial' })})  button#continue (disabled)`);
    return {
      lang,
      messages,
      tools: [
        tool('click', 'Click an element by its accessibility id.', { element_id: str }),
        tool('select_option', 'Choose an option in a dropdown.', { element_id: str, value: str }),
        tool('check', 'Tick or untick a checkbox.', { element_id: str, checked: bool }),
        tool('finish', 'Declare the task done or impossible.', { status: oneOf('done', 'impossible'), summary: str }),
      ],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

const gbMoveNotices: Family = {
  id: 'wo-gb-house-move-admin',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The pasted contracts and office conditions define dependencies and notice periods, and the user needs an ordered, dated sequence of actions that ends with everything moved or cancelled by a fixed moving date.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'de', 'en', 'fr'], i);
    const mo = rng.int(2, 8);
    const d0 = rng.int(1, 20);
    const moveOff = rng.int(35, 70);
    const [mm, md] = shift(mo, d0, moveOff);
    const table: Record<string, string[]> = {
      en: [
        `Electricity (Octopus) | 30 days notice or transfer to new address | online`,
        `Broadband (BT) | new line at new flat needs ${rng.int(2, 4)} weeks lead time | phone only`,
        `Council tax | tell both councils within 21 days of moving | online`,
        `Gym (PureGym) | ${rng.pick(['1 month', '2 months'])} notice, by letter | letter`,
        `Car insurance | update address before moving | app`,
        `Resident parking permit | needs proof of new address (council tax bill or tenancy) | online`,
        `Bank (Nationwide) | change address; needs council tax letter or utility bill | branch or app`,
        `GP surgery | register with new one after moving | form`,
        `Old flat | final inspection with landlord, must be cleaned and keys returned by ${iso(mm, md)} | -`,
        `Van hire | book at least 2 weeks ahead | online`,
        `Mail redirection | 5 working days to start | online`,
      ],
      fr: [
        `Électricité (EDF) | résiliation ou transfert, délai 15 jours | en ligne`,
        `Box internet (Free) | ouverture de ligne au nouveau logement : ${rng.int(2, 4)} semaines | téléphone`,
        `Assurance habitation | nouvelle attestation exigée par le bailleur avant la remise des clés | en ligne`,
        `Salle de sport | préavis de ${rng.pick(['1 mois', '2 mois'])}, par courrier recommandé | courrier`,
        `Carte grise | changement d'adresse dans le mois suivant le déménagement | ANTS`,
        `Stationnement résidentiel | justificatif de domicile de moins de 3 mois requis | mairie`,
        `Banque | changement d'adresse avec justificatif de domicile | agence ou appli`,
        `CAF | déclarer le changement dans le mois | en ligne`,
        `Ancien appartement | état des lieux de sortie, préavis de ${rng.pick(['1 mois', '3 mois'])} déjà envoyé, clés à rendre le ${iso(mm, md)} | -`,
        `Location de camion | réserver au moins 2 semaines avant | en ligne`,
        `Réexpédition du courrier (La Poste) | 5 jours ouvrés pour démarrer | en ligne`,
      ],
      de: [
        `Strom (Stadtwerke) | Umzug melden, 4 Wochen vorher | online`,
        `Internet (Telekom) | Anschluss in der neuen Wohnung braucht ${rng.int(2, 4)} Wochen Vorlauf | Telefon`,
        `Ummeldung beim Bürgeramt | innerhalb von 14 Tagen nach Einzug, Wohnungsgeberbestätigung nötig | Termin`,
        `Fitnessstudio | Kündigungsfrist ${rng.pick(['1 Monat', '3 Monate'])} zum Monatsende, schriftlich | Brief`,
        `Kfz-Zulassung | Adressänderung nach der Ummeldung | Termin`,
        `Anwohnerparkausweis | Meldebescheinigung mit neuer Adresse nötig | online`,
        `Bank | Adressänderung, Meldebescheinigung hochladen | App`,
        `Rundfunkbeitrag | Adresse ändern | online`,
        `Alte Wohnung | Übergabe mit Vermieter, besenrein, Schlüssel zurück am ${iso(mm, md)} | -`,
        `Umzugswagen | mindestens 2 Wochen vorher reservieren | online`,
        `Nachsendeauftrag (Post) | 5 Werktage Vorlauf | online`,
      ],
    };
    const rows = rng.sample(table[lang] ?? table.en!, 11);
    const ask = t(lang, {
      en: `Moving flat on ${iso(mm, md)} (same city). Today is ${iso(mo, d0)}. Everything I have to deal with:\n${rows.join('\n')}\n\nWhat do I need to do and in what order, with the latest date for each, so the internet works the day I move in and nothing is left hanging at the old place? Some of these depend on each other.`,
      fr: `Je déménage le ${iso(mm, md)} (même ville). Nous sommes le ${iso(mo, d0)}. Tout ce que je dois gérer :\n${rows.join('\n')}\n\nQue dois-je faire et dans quel ordre, avec la date limite pour chaque chose, pour avoir internet le jour de l'emménagement et ne rien laisser en suspens à l'ancienne adresse ? Certaines démarches dépendent d'autres.`,
      de: `Ich ziehe am ${iso(mm, md)} um (gleiche Stadt). Heute ist der ${iso(mo, d0)}. Alles, worum ich mich kümmern muss:\n${rows.join('\n')}\n\nWas muss ich in welcher Reihenfolge erledigen, jeweils mit dem spätesten Datum, damit das Internet am Einzugstag läuft und in der alten Wohnung nichts offen bleibt? Manches hängt voneinander ab.`,
    });
    return { lang, messages: [user(ask)], temperature: rng.pick([0.3, 0.7]) };
  },
};

// ─────────────────────────────── utility_based ───────────────────────────────

const ubSavingsSplit: Family = {
  id: 'wo-ub-savings-offer-split',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The pasted savings offers differ in rate, lock-in, limits and protection, and the customer needs an allocation of a lump sum that earns the most while meeting access and guarantee constraints.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en', 'de'], i);
    const cur = lang === 'en' && rng.chance(0.5) ? 'GBP' : 'EUR';
    const guarantee = cur === 'GBP' ? 85000 : 100000;
    const banks = ['Atlas Bank', 'Sparbank Nord', 'Banco Faro', 'Kestrel Savings', 'Union Direct', 'Volksbank Hügel', 'Openbank', 'Coastal BS'];
    const kindCodes: [string, number][] = [['instant', 3.0], ['instant3', 3.0], ['notice95', 3.6], ['fixed12', 3.8], ['fixed24', 4.1], ['fixed6', 3.8], ['regular', 5.5], ['notice30', 3.6]];
    const kindText: Record<string, Record<string, string>> = {
      en: { instant: 'instant access | unlimited withdrawals', instant3: 'instant access | 3 withdrawals a year', notice95: '95-day notice | withdraw after notice', fixed12: 'fixed 12 months | no access', fixed24: 'fixed 24 months | early exit costs 90 days interest', fixed6: 'fixed 6 months | no access', regular: `regular saver | max 300 ${cur}/month`, notice30: '30-day notice | withdraw after notice' },
      de: { instant: 'Tagesgeld | jederzeit verfügbar', instant3: 'Tagesgeld | 3 Abhebungen pro Jahr', notice95: 'Kündigungsgeld 95 Tage | nach Kündigung verfügbar', fixed12: 'Festgeld 12 Monate | nicht verfügbar', fixed24: 'Festgeld 24 Monate | vorzeitige Auflösung kostet 90 Tage Zinsen', fixed6: 'Festgeld 6 Monate | nicht verfügbar', regular: `Sparplan | max. 300 ${cur}/Monat`, notice30: 'Kündigungsgeld 30 Tage | nach Kündigung verfügbar' },
      es: { instant: 'cuenta remunerada | disponibilidad total', instant3: 'cuenta remunerada | 3 retiradas al año', notice95: 'preaviso 95 días | disponible tras preaviso', fixed12: 'depósito a 12 meses | sin disponibilidad', fixed24: 'depósito a 24 meses | cancelar antes cuesta 90 días de intereses', fixed6: 'depósito a 6 meses | sin disponibilidad', regular: `plan de ahorro | máx. 300 ${cur}/mes`, notice30: 'preaviso 30 días | disponible tras preaviso' },
    };
    const kt = kindText[lang] ?? kindText.en!;
    const n = rng.int(8, 12);
    const offers = Array.from({ length: n }, (_, k) => {
      const [code, base] = rng.pick(kindCodes);
      const rate = (base + rng.int(-40, 60) / 100).toFixed(2);
      const bank = rng.pick(banks);
      const min = rng.pick([1, 500, 1000, 5000, 10000]);
      return `O${k + 1} | ${bank} | ${kt[code]} | ${rate}% ${t(lang, { en: 'AER', de: 'p.a.', es: 'TAE' })} | min ${min}`;
    });
    const lump = rng.int(3, 12) * 5000;
    const access = rng.int(2, 6) * 1000;
    const months = rng.pick([3, 6, 9]);
    const system = t(lang, {
      en: `You are the savings assistant of a comparison service. Deposits are protected up to ${guarantee.toLocaleString('en-GB')} ${cur} per banking group. Offers below are today's. Maximise first-year interest within the customer's constraints. Return the allocation as JSON; amounts in ${cur}.`,
      de: `Du bist der Sparassistent eines Vergleichsportals. Einlagen sind bis ${guarantee.toLocaleString('de-DE')} ${cur} pro Bankengruppe gesichert. Die Angebote unten sind von heute. Maximiere die Zinsen im ersten Jahr innerhalb der Vorgaben des Kunden. Gib die Aufteilung als JSON zurück; Beträge in ${cur}.`,
      es: `Eres el asistente de ahorro de un comparador. Los depósitos están garantizados hasta ${guarantee.toLocaleString('es-ES')} ${cur} por grupo bancario. Las ofertas de abajo son de hoy. Maximiza los intereses del primer año dentro de las condiciones del cliente. Devuelve el reparto en JSON; importes en ${cur}.`,
    });
    const ask = t(lang, {
      en: `I've got ${lump} ${cur} from selling the car. I need ${access} of it reachable within ${months} months for a possible roof repair, I don't want more than ${rng.pick([2, 3])} separate accounts to manage, and I won't lock anything away for more than 2 years. How should I split it across these?\n${offers.join('\n')}`,
      de: `Ich habe ${lump} ${cur} aus dem Autoverkauf. ${access} davon muss ich innerhalb von ${months} Monaten für eine mögliche Dachreparatur abrufen können, ich will höchstens ${rng.pick([2, 3])} Konten verwalten, und nichts soll länger als 2 Jahre festliegen. Wie soll ich das auf diese Angebote verteilen?\n${offers.join('\n')}`,
      es: `Tengo ${lump} ${cur} de vender el coche. Necesito poder sacar ${access} en ${months} meses por si hay que arreglar el tejado, no quiero gestionar más de ${rng.pick([2, 3])} cuentas y no quiero inmovilizar nada más de 2 años. ¿Cómo lo reparto entre estas ofertas?\n${offers.join('\n')}`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('savings_allocation', {
        allocations: list(obj({ offer_id: str, amount: num })),
        interest_first_year: num,
        accessible_within_deadline: num,
        note: str,
      }),
    };
  },
};

const ubHireShortlist: Family = {
  id: 'wo-ub-store-hire-offers',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The candidate rows must be weighed on scores, salary asks, start dates and language coverage to choose which two to hire within a salary cap, a choice among options under competing constraints.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'ja', 'en', 'fr'], i);
    const pools: Record<string, string[]> = {
      fr: ['Camille Roux', 'Youssef Haddad', 'Élodie Marchand', 'Karim Benali', 'Sarah Lemoine', 'Julien Petit', 'Fatou Diallo', 'Maxime Garnier', 'Chloé Fabre', 'Antoine Leroy', 'Nadia Cherif', 'Paul Girard', 'Inès Morel', 'Bastien Roy'],
      en: ['Hannah Lee', 'Carlos Mendes', 'Fiona Grant', 'Ravi Patel', 'Megan Clark', 'Luis Ortega', 'Chloe Adams', 'Sam Okafor', 'Ella Brooks', 'Jamal Reid', 'Nora Quinn', 'Ben Harris', 'Lucia Romero', 'Owen Price'],
      ja: ['山本 彩', '中村 拓海', '小林 さくら', '加藤 悠斗', '吉田 葵', '山田 健太', '松本 美月', '井上 蒼', '木村 七海', '林 大和', '清水 結菜', '森 陸', '池田 花', '橋本 湊'],
    };
    const n = rng.int(10, 14);
    const names = rng.sample(pools[lang] ?? pools.en!, n);
    const cur = lang === 'ja' ? '万円' : lang === 'fr' ? 'k€' : rng.pick(['k£', 'k$']);
    const salaryLo = lang === 'ja' ? 380 : 28;
    const salaryHi = lang === 'ja' ? 560 : 44;
    const langs = t(lang, { en: 'ES|PT|FR|none|none|ES,FR|PL', fr: 'ES|AR|DE|aucune|aucune|ES,PT|IT', ja: '英語|中国語|韓国語|なし|なし|英語,中国語|スペイン語' }).split('|');
    const rows = names.map((name) => {
      const score = rng.int(55, 95);
      const sal = rng.int(salaryLo, salaryHi);
      const notice = rng.pick([0, 2, 4, 8, 12]);
      return `${name} | ${score}/100 | ${sal}${cur} | ${notice} ${t(lang, { en: 'wk', fr: 'sem', ja: '週' })} | ${rng.pick(langs)} | ${rng.pick(t(lang, { en: 'retail|hospitality|none|retail|call centre', fr: 'commerce|hôtellerie|aucun|commerce|centre d\'appels', ja: '小売|接客業|なし|小売|コールセンター' }).split('|'))}`;
    });
    const cap = lang === 'ja' ? rng.int(860, 980) : rng.int(62, 76);
    const weeks = rng.pick([3, 4, 6]);
    const needLang = t(lang, { en: 'Spanish', fr: 'espagnol', ja: '英語' });
    const ask = t(lang, {
      en: `Two assistant store manager openings at our Leeds branch. Interview results below (name | panel score | salary ask | notice | extra languages | background):\n${rows.join('\n')}\n\nThe two salaries together can't go above ${cap}${cur}. At least one of the two needs ${needLang}, because of the tourist trade. One of them has to be on the floor within ${weeks} weeks for the summer. Panel score matters most, but I'd take a slightly lower score for someone who can start now. Which two should get offers, and is there a sensible backup if one declines?`,
      fr: `Deux postes d'adjoint de magasin à pourvoir à Bordeaux. Résultats des entretiens (nom | note du jury | prétention salariale | préavis | langues | parcours) :\n${rows.join('\n')}\n\nLes deux salaires cumulés ne doivent pas dépasser ${cap}${cur}. Au moins l'un des deux doit parler ${needLang} à cause de la clientèle touristique. L'un d'eux doit être en poste d'ici ${weeks} semaines pour l'été. La note du jury compte le plus, mais j'accepte une note un peu plus basse pour quelqu'un qui peut commencer tout de suite. À qui faire une offre, et qui garder en réserve si l'un refuse ?`,
      ja: `名古屋店の副店長を2名採用します。面接結果（氏名｜面接評価｜希望年収｜退職予告期間｜語学｜経歴）：\n${rows.join('\n')}\n\n2人の年収合計は${cap}${cur}以内に収める必要があります。観光客対応のため、少なくとも1人は${needLang}が必要です。夏に向けて、どちらか1人は${weeks}週間以内に店頭に立ってほしいです。面接評価を最も重視しますが、すぐに入社できる人なら多少評価が低くても構いません。誰に内定を出し、辞退された場合の次点は誰にすべきでしょうか？`,
    });
    return { lang, messages: [user(ask)] };
  },
};

const ubNitrogen: Family = {
  id: 'wo-ub-nitrogen-field-split',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'A limited tonnage of nitrogen must be allocated across fields with different, diminishing yield responses and prices under a per-hectare cap, to get the most margin from the whole farm.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'zh', 'en', 'pt'], i);
    const crops = t(lang, { en: 'winter wheat|barley|oilseed rape|maize|oats', pt: 'trigo|cevada|colza|milho|aveia', zh: '冬小麦|大麦|油菜|玉米|燕麦' }).split('|');
    const prices = [210, 180, 420, 190, 170];
    const n = rng.int(8, 11);
    const rows = Array.from({ length: n }, (_, k) => {
      const c = rng.int(0, crops.length - 1);
      const ha = rng.int(30, 220) / 10;
      const r1 = rng.int(12, 30);
      const r2 = Math.max(2, r1 - rng.int(6, 14));
      return `F${pad(k + 1)} | ${crops[c]} | ${ha.toFixed(1)} ha | ${rng.int(30, 110)} | +${r1} | +${r2} | ${prices[c]! + rng.int(-20, 20)} €/t`;
    });
    const tonnes = rng.int(8, 20);
    const priceN = rng.pick([1.1, 1.3, 1.6]);
    const cap = rng.pick([160, 170]);
    const system = t(lang, {
      en: 'Agronomy assistant. Work from the field table and constraints given; answer in the JSON format.',
      pt: 'Assistente de agronomia. Trabalhe a partir da tabela de talhões e das restrições indicadas; responda no formato JSON.',
      zh: '农艺助手。依据给出的地块表和约束条件作答，按JSON格式返回。',
    });
    const ask = t(lang, {
      en: `We only have ${tonnes} t of nitrogen for the spring top-dressing this year (supply problems). Nitrogen costs ${priceN} €/kg. Legal maximum is ${cap} kg N/ha per field. Fields:\n${rows.join('\n')}\n\n(field | crop | area | soil N supply kg/ha | kg grain per kg N for the first 80 kg/ha | kg grain per kg N from 80 to 160 | grain price)\n\nHow many kg N/ha should each field get so the farm comes out best in money terms? Fields can get zero.`,
      pt: `Este ano só temos ${tonnes} t de azoto para a adubação de cobertura (problemas de fornecimento). O azoto custa ${priceN} €/kg. O máximo legal é ${cap} kg N/ha por talhão. Talhões:\n${rows.join('\n')}\n\nQuantos kg N/ha deve receber cada talhão para a exploração ter o melhor resultado em dinheiro? Um talhão pode ficar sem nada.\n(talhão | cultura | área | N do solo kg/ha | kg de grão por kg de N nos primeiros 80 kg/ha | kg de grão por kg de N de 80 a 160 | preço do grão)`,
      zh: `今年春季追肥只有 ${tonnes} 吨氮肥（供应紧张）。氮肥价格 ${priceN} 欧元/公斤。每块地法定上限为 ${cap} kg N/公顷。地块如下：\n${rows.join('\n')}\n\n每块地应施多少 kg N/公顷，才能让全场的经济收益最高？可以有地块不施。\n（地块 | 作物 | 面积 | 土壤供氮 kg/公顷 | 前80 kg/公顷每公斤氮增产籽粒 kg | 80-160 kg/公顷每公斤氮增产籽粒 kg | 粮价）`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('n_allocation', {
        fields: list(obj({ field: str, kg_n_per_ha: num })),
        total_kg: num,
        expected_extra_margin_eur: num,
      }),
    };
  },
};

const ubTutoringGrid: Family = {
  id: 'wo-ub-tutoring-week-grid',
  label: 'utility_based',
  difficulty: 'hard',
  secondary: 'goal_based',
  variants: 5,
  rationale: 'There are more session requests than tutor-hours and rooms, so the centre must choose whom to seat where by weighing exam urgency and paying status; the grid must also be feasible, which gives it a constraint-satisfaction side.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'de', 'en', 'es'], i);
    const pools: Record<string, string[]> = {
      es: ['Irene', 'Marcos', 'Nerea', 'Iker', 'Alba', 'Rubén', 'Candela', 'Gonzalo', 'Aitana', 'Unai', 'Vega', 'Bruno', 'Noa', 'Eric'],
      en: ['Freya', 'Oscar', 'Poppy', 'Archie', 'Ivy', 'Noah', 'Lily', 'Finn', 'Evie', 'Reuben', 'Mia', 'Elliot', 'Hana', 'Kian'],
      de: ['Marie', 'Paul', 'Emilia', 'Ben', 'Sophie', 'Elias', 'Lina', 'Luis', 'Ida', 'Anton', 'Mila', 'Emil', 'Greta', 'Theo'],
    };
    const subj = t(lang, { en: 'Maths|Chemistry|Physics|English|Biology', es: 'Matemáticas|Química|Física|Inglés|Biología', de: 'Mathe|Chemie|Physik|Englisch|Biologie' }).split('|');
    const days = t(lang, { en: 'Mon|Tue|Wed|Thu|Fri', es: 'lun|mar|mié|jue|vie', de: 'Mo|Di|Mi|Do|Fr' }).split('|');
    const n = rng.int(10, 14);
    const students = rng.sample(pools[lang] ?? pools.en!, n);
    const rows = students.map((s) => {
      const slots = rng.sample(days, rng.int(1, 3)).map((d) => `${d} ${rng.pick(['16-17', '17-18', '18-19'])}`);
      return `${s} | ${rng.pick(subj)} | ${t(lang, { en: 'exam in', es: 'examen en', de: 'Prüfung in' })} ${rng.int(1, 8)} ${t(lang, { en: 'wk', es: 'sem', de: 'Wo' })} | ${rng.int(1, 3)} h | ${slots.join(', ')} | ${rng.pick(t(lang, { en: 'paying|paying|bursary', es: 'pago|pago|beca', de: 'zahlend|zahlend|Stipendium' }).split('|'))}`;
    });
    const tutors = [
      `${rng.pick(['Ana', 'Claire', 'Jörg'])}: ${subj[0]}, ${subj[2]} | ${rng.int(5, 8)} h`,
      `${rng.pick(['Luis', 'Priya', 'Katrin'])}: ${subj[1]}, ${subj[4]} | ${rng.int(4, 7)} h`,
      `${rng.pick(['Marta', 'Dev', 'Ole'])}: ${subj[3]}, ${subj[0]} | ${rng.int(3, 6)} h`,
    ];
    const rooms = rng.pick([2, 2, 3]);
    const ask = t(lang, {
      en: `Next week's requests (student | subject | exam | hours wanted | times they can do | status):\n${rows.join('\n')}\n\nTutors (subjects | hours free next week, any of the times above):\n${tutors.join('\n')}\n\nWe have ${rooms} rooms per time slot. We can't fit everybody. Whoever's exam is closest counts for more, bursary students count the same as paying ones, and if we take someone they get at least 1 hour. Fill in the grid: who, which tutor, which slot, and who has to wait.`,
      es: `Solicitudes para la semana que viene (alumno | asignatura | examen | horas que pide | horas que puede | situación):\n${rows.join('\n')}\n\nProfesores (asignaturas | horas libres la semana que viene, en cualquiera de esas franjas):\n${tutors.join('\n')}\n\nTenemos ${rooms} aulas por franja. No cabe todo el mundo. Cuanto más cerca esté el examen, más cuenta; los de beca cuentan igual que los que pagan, y a quien aceptemos le damos al menos 1 hora. Rellena el cuadrante: quién, con qué profesor, en qué franja, y quién tiene que esperar.`,
      de: `Anfragen für nächste Woche (Schüler | Fach | Prüfung | gewünschte Stunden | mögliche Zeiten | Status):\n${rows.join('\n')}\n\nLehrkräfte (Fächer | freie Stunden nächste Woche, zu jeder der Zeiten oben):\n${tutors.join('\n')}\n\nWir haben ${rooms} Räume pro Zeitfenster. Alle passen nicht rein. Je näher die Prüfung, desto wichtiger; Stipendiaten zählen genauso wie Zahlende, und wen wir nehmen, bekommt mindestens 1 Stunde. Füll den Plan aus: wer, bei wem, wann, und wer warten muss.`,
    });
    const messages: Msg[] = [];
    if (i % 2 === 0) messages.push(sys(t(lang, { en: 'Scheduling assistant for a small tutoring centre.', es: 'Asistente de horarios de una pequeña academia de refuerzo.', de: 'Terminassistent einer kleinen Nachhilfeschule.' })));
    messages.push(user(ask));
    return { lang, messages };
  },
};

const ubTrainingWeek: Family = {
  id: 'wo-ub-race-prep-session-menu',
  label: 'utility_based',
  difficulty: 'hard',
  secondary: 'goal_based',
  variants: 5,
  rationale: 'From a menu of sessions with time, load and expected benefit, the athlete needs the week that yields the most benefit within time, load and recovery limits; the upcoming race adds a goal flavour but the ask is a selection under trade-offs.',
  make: (rng, i) => {
    const lang = langAt(['de', 'ja', 'en', 'en', 'de'], i);
    const menu = t(lang, {
      en: 'Intervals 6x800m|Tempo run|Long run|Easy run|Hill repeats 10x60s|Strides + drills|Strength circuit|Easy cycling|Swim recovery|Yoga mobility|Race-pace 3x2km|Fartlek|Parkrun effort|Progression run',
      de: 'Intervalle 6x800m|Tempolauf|Langer Lauf|Lockerer Lauf|Bergsprints 10x60s|Steigerungen + Lauf-ABC|Kraftzirkel|Radfahren locker|Schwimmen regenerativ|Yoga Mobilität|Renntempo 3x2km|Fahrtspiel|Parkrun mit Tempo|Steigerungslauf',
      ja: 'インターバル 800m×6|テンポ走|ロング走|ジョグ|坂ダッシュ 60秒×10|流し＋ドリル|筋トレサーキット|軽めのバイク|リカバリースイム|ヨガ・モビリティ|レースペース 2km×3|ファルトレク|パークラン全力|ビルドアップ走',
    }).split('|');
    const n = rng.int(10, 14);
    const picked = rng.sample(menu.map((m, k) => [m, k] as const), n);
    const rows = picked.map(([name, k]) => {
      const hard = [0, 1, 4, 10, 12].includes(k);
      const mins = k === 2 ? rng.int(80, 110) : hard ? rng.int(35, 60) : rng.int(25, 60);
      const kind = hard ? t(lang, { en: 'hard', de: 'hart', ja: '高強度' }) : t(lang, { en: 'easy', de: 'locker', ja: '低強度' });
      return `${name} | ${mins} min | ${hard ? rng.int(70, 110) : rng.int(15, 60)} | ${hard ? rng.int(6, 10) : rng.int(1, 6)}/10 | ${kind}`;
    });
    const hours = rng.pick([5, 6, 7]);
    const load = rng.int(300, 420);
    const weeks = rng.int(3, 6);
    const ask = t(lang, {
      en: `10k race in ${weeks} weeks, aiming to go under ${rng.pick(['45', '50', '42'])} minutes. Coach's session menu for this block (session | time | load points | benefit for the race | type):\n${rows.join('\n')}\n\nThis week I have ${hours} hours max, my load ceiling is ${load} points, I need one full rest day, no two hard sessions on consecutive days, and I can't train Wednesday evening. Which sessions on which days?`,
      de: `10-km-Rennen in ${weeks} Wochen, Ziel unter ${rng.pick(['45', '50', '42'])} Minuten. Einheiten-Menü vom Trainer für diesen Block (Einheit | Zeit | Belastungspunkte | Nutzen fürs Rennen | Art):\n${rows.join('\n')}\n\nDiese Woche habe ich höchstens ${hours} Stunden, meine Belastungsgrenze liegt bei ${load} Punkten, ich brauche einen kompletten Ruhetag, keine zwei harten Einheiten an aufeinanderfolgenden Tagen, und Mittwochabend geht nicht. Welche Einheiten an welchen Tagen?`,
      ja: `${weeks}週間後に10kmレースがあり、${rng.pick(['45', '50', '42'])}分切りを狙っています。このブロックのコーチのメニュー（メニュー｜時間｜負荷ポイント｜レースへの効果｜種類）：\n${rows.join('\n')}\n\n今週使えるのは最大${hours}時間、負荷の上限は${load}ポイント、完全休養日が1日必要で、きついメニューを2日連続にはできません。水曜の夜は練習できません。どのメニューを何曜日にやればいいですか？`,
    });
    return { lang, messages: [user(ask)], max_tokens: rng.pick([500, 800]) };
  },
};

// ──────────────────────────────── learning ────────────────────────────────

const leMicroloan: Family = {
  id: 'wo-le-microloan-book-outcomes',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: "The ledger rows are the bank's own earlier loans with how each turned out, and the decision on the new application must be drawn from what those outcomes show rather than from fixed criteria.",
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'en', 'es'], i);
    const trades = t(lang, {
      en: 'bakery|hair salon|food truck|bike repair|florist|cleaning company|café|market stall|tailor|phone repair',
      es: 'panadería|peluquería|food truck|taller de bicis|floristería|empresa de limpieza|cafetería|puesto de mercado|sastrería|reparación de móviles',
      fr: 'boulangerie|salon de coiffure|food truck|atelier vélo|fleuriste|entreprise de nettoyage|café|étal de marché|retouches|réparation de téléphones',
    }).split('|');
    const outs = t(lang, {
      en: 'repaid early|repaid on time|repaid on time|2 late payments|restructured at month 8|defaulted at month 11',
      es: 'devuelto antes de plazo|devuelto a tiempo|devuelto a tiempo|2 pagos con retraso|reestructurado en el mes 8|impago en el mes 11',
      fr: 'remboursé par anticipation|remboursé à temps|remboursé à temps|2 retards de paiement|restructuré au mois 8|défaut au mois 11',
    }).split('|');
    const bank = t(lang, { en: rng.pick(['Brightwater Credit Union', 'Fairshare Community Bank']), es: rng.pick(['Caja Solidaria', 'Cooperativa de Crédito del Segura']), fr: rng.pick(['Crédit Coopératif du Vexin', 'Caisse Solidaire de Loire']) });
    const n = rng.int(9, 13);
    const rows = Array.from({ length: n }, () => {
      const years = rng.int(0, 8);
      const revenue = rng.int(30, 180) * 100;
      const req = rng.int(5, 40) * 1000;
      const ratio = req / revenue;
      const risk = (ratio > 2 ? 2 : 0) + (years < 2 ? 2 : 0) + rng.int(0, 2);
      const out = outs[Math.min(outs.length - 1, risk)]!;
      return `L-${rng.int(1000, 9999)} | ${rng.pick(trades)} | ${years} ${t(lang, { en: 'yrs', es: 'años', fr: 'ans' })} | ${revenue}/${t(lang, { en: 'month', es: 'mes', fr: 'mois' })} | ${req} | ${rng.pick([12, 24, 36])} m | ${out}`;
    });
    const app = `${rng.pick(trades)} | ${rng.int(0, 5)} ${t(lang, { en: 'yrs', es: 'años', fr: 'ans' })} | ${rng.int(40, 150) * 100}/${t(lang, { en: 'month', es: 'mes', fr: 'mois' })} | ${rng.int(8, 35) * 1000} | ${rng.pick([24, 36])} m`;
    const system = t(lang, {
      en: `Credit assistant for ${bank}'s micro-business loans. Each request contains the closest earlier loans from our own book (id | trade | years trading | monthly revenue | amount | term | outcome) and one new application. Decide from how comparable borrowers in our book actually performed, not from a generic scorecard, and say which earlier loans drove the decision.`,
      es: `Asistente de crédito para microempresas de ${bank}. Cada solicitud trae los préstamos anteriores más parecidos de nuestra propia cartera (id | actividad | años de actividad | facturación mensual | importe | plazo | resultado) y una solicitud nueva. Decide según cómo se comportaron de verdad los prestatarios comparables de nuestra cartera, no con un baremo genérico, e indica qué préstamos anteriores pesaron en la decisión.`,
      fr: `Assistant crédit pour les microentreprises du ${bank}. Chaque demande contient les prêts antérieurs les plus proches de notre propre portefeuille (id | activité | ancienneté | chiffre d'affaires mensuel | montant | durée | issue) et une nouvelle demande. Décide d'après ce qu'ont réellement donné les emprunteurs comparables de notre portefeuille, pas d'après une grille générique, et indique quels prêts antérieurs ont pesé dans la décision.`,
    });
    const ask = t(lang, {
      en: `Closest loans:\n${rows.join('\n')}\n\nNew application:\n${app}`,
      es: `Préstamos más parecidos:\n${rows.join('\n')}\n\nSolicitud nueva:\n${app}`,
      fr: `Prêts les plus proches :\n${rows.join('\n')}\n\nNouvelle demande :\n${app}`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('loan_decision', {
        decision: oneOf('approve', 'approve_reduced', 'decline'),
        amount: num,
        based_on: list(str),
        reason: str,
      }),
      temperature: 0,
    };
  },
};

const leHiringOutcomes: Family = {
  id: 'wo-le-supervisor-hires-how-it-went',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The table holds earlier hires with how they turned out a year later, and the new applicants must be judged by the patterns those outcomes reveal for this employer, not by generic criteria.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'es', 'en', 'de'], i);
    const sources = t(lang, { en: 'referral|job board|agency|internal move|careers fair', de: 'Empfehlung|Jobbörse|Personalvermittlung|interner Wechsel|Jobmesse', es: 'recomendación|portal de empleo|agencia|movilidad interna|feria de empleo' }).split('|');
    const yes = t(lang, { en: 'yes', de: 'ja', es: 'sí' });
    const no = t(lang, { en: 'no', de: 'nein', es: 'no' });
    const goodSrc = rng.sample([0, 3, 4], 2);
    const names: Record<string, string[]> = {
      de: ['Katja B.', 'Timo R.', 'Aylin S.', 'Sven K.', 'Miriam H.', 'Dominik F.', 'Leonie W.', 'Erik P.', 'Selin A.', 'Jan M.', 'Tanja L.', 'Robert G.', 'Vanessa O.', 'Kemal Y.', 'Nele D.', 'Hendrik Z.', 'Sabine T.', 'Cem U.'],
      en: ['Amy L.', 'Josh T.', 'Priya R.', 'Connor B.', 'Leah M.', 'Dev S.', 'Holly W.', 'Marcus J.', 'Tara K.', 'Ryan H.', 'Jade P.', 'Callum D.', 'Nadia F.', 'Liam O.', 'Rosa G.', 'Ethan C.', 'Mei Y.', 'Sean Q.'],
      es: ['Laura P.', 'Sergio M.', 'Ainhoa R.', 'Javier T.', 'Marta G.', 'Óscar L.', 'Elena S.', 'Raúl D.', 'Nuria F.', 'Adrián C.', 'Rocío V.', 'Iván B.', 'Patricia H.', 'Diego N.', 'Silvia A.', 'Héctor O.', 'Lorena J.', 'Tomás E.'],
    };
    const pool = rng.sample(names[lang] ?? names.en!, 18);
    const n = rng.int(10, 13);
    const rows = pool.slice(0, n).map((name) => {
      const s = rng.int(0, sources.length - 1);
      const test = rng.int(50, 95);
      const good = goodSrc.includes(s) ? rng.chance(0.85) : test > 85 ? rng.chance(0.3) : rng.chance(0.35);
      return `${name} | ${sources[s]} | ${test} | ${(rng.int(28, 48) / 10).toFixed(1)}/5 | ${good ? yes : no} | ${good ? rng.int(4, 5) : rng.int(1, 3)}/5`;
    });
    const cands = pool.slice(n, n + rng.int(4, 5)).map((name) => `${name} | ${rng.pick(sources)} | ${rng.int(50, 95)} | ${(rng.int(28, 48) / 10).toFixed(1)}/5`);
    const ask = t(lang, {
      en: `These are the shift supervisors we took on over the last two years (name | where they came from | aptitude test | interview | still with us after 12 months | line manager's rating):\n${rows.join('\n')}\n\nNew applicants (name | source | test | interview):\n${cands.join('\n')}\n\nWhich of the new ones should skip the phone screen and go straight to the final interview? Go by what actually turned out well here, not by general recruiting wisdom.`,
      de: `Das sind die Schichtleitungen, die wir in den letzten zwei Jahren eingestellt haben (Name | woher | Eignungstest | Interview | nach 12 Monaten noch bei uns | Bewertung durch Vorgesetzte):\n${rows.join('\n')}\n\nNeue Bewerbungen (Name | Quelle | Test | Interview):\n${cands.join('\n')}\n\nWer von den Neuen soll das Telefoninterview überspringen und direkt ins Abschlussgespräch? Richte dich danach, was bei uns tatsächlich gut gelaufen ist, nicht nach allgemeinen Recruiting-Weisheiten.`,
      es: `Estos son los jefes de turno que contratamos en los dos últimos años (nombre | de dónde vinieron | test de aptitud | entrevista | sigue con nosotros a los 12 meses | valoración del responsable):\n${rows.join('\n')}\n\nCandidatos nuevos (nombre | origen | test | entrevista):\n${cands.join('\n')}\n\n¿Cuáles de los nuevos deberían saltarse la entrevista telefónica e ir directos a la final? Guíate por lo que de verdad salió bien aquí, no por las recetas generales de selección.`,
    });
    return {
      lang,
      messages: [user(ask)],
      response_format: jsonSchema('fast_track', { fast_track: list(str), not_now: list(str), pattern_seen: str }),
    };
  },
};

const leSowingNotebook: Family = {
  id: 'wo-le-sowing-notebook',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: "The gardener's notebook records earlier sowings with the conditions and how each came out, and the answer for this spring must be drawn from those results applied to the new conditions.",
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'ja', 'en', 'fr'], i);
    const crops = t(lang, {
      en: 'carrots|French beans|beetroot|parsnips|courgettes|lettuce|peas',
      fr: 'carottes|haricots verts|betteraves|panais|courgettes|laitue|petits pois',
      ja: 'ニンジン|インゲン|ビーツ|パースニップ|ズッキーニ|レタス|エンドウ',
    }).split('|');
    const res = t(lang, {
      en: 'came up well, good crop|patchy, about half germinated|rotted in cold soil, resowed|bolted early|slug damage, lost most|fine but small|excellent, best year',
      fr: 'bien levé, belle récolte|levée irrégulière, à peu près la moitié|pourri en sol froid, ressemé|monté en graine tôt|dégâts de limaces, presque tout perdu|correct mais petit|excellent, meilleure année',
      ja: 'よく発芽し豊作|発芽ムラ、約半分|低温で腐り、まき直し|早期に抽苔|ナメクジ被害でほぼ全滅|問題ないが小さめ|最高の出来',
    }).split('|');
    const n = rng.int(9, 14);
    const rows = Array.from({ length: n }, () => {
      const year = rng.int(2017, 2023);
      const [m, d] = [rng.pick([3, 4, 4, 5]), rng.int(1, 28)];
      const temp = rng.int(5, 16);
      const weather = t(lang, {
        en: rng.pick(['wet week after', 'dry and sunny', 'late frost', 'mild, showers', 'cold nights']),
        fr: rng.pick(['semaine pluvieuse ensuite', 'sec et ensoleillé', 'gelée tardive', 'doux, averses', 'nuits froides']),
        ja: rng.pick(['翌週は雨続き', '晴天で乾燥', '遅霜', '温暖でにわか雨', '夜間低温']),
      });
      const r = temp < 8 ? res[rng.pick([1, 2, 4])] : res[rng.pick([0, 3, 5, 6])];
      return `${year} | ${crops[rng.int(0, 3)]} | ${iso(m, d, year).slice(5)} | ${temp}°C | ${weather} | ${r}`;
    });
    rows.sort();
    const soil = rng.int(6, 11);
    const ask = t(lang, {
      en: `My sowing notebook from the veg plot (year | crop | sown | soil temp | weather after | result):\n${rows.join('\n')}\n\nThis year it's ${iso(4, rng.int(5, 20)).slice(5)}, soil is ${soil}°C at 5 cm and the forecast is ${rng.pick(['a warm dry week', 'cold nights and rain', 'mild with showers'])}. Should I sow the ${crops[0]} and ${crops[1]} now or wait, and if I wait, until when? Going by how my own plot has behaved.`,
      fr: `Mon carnet de semis du potager (année | culture | semé le | temp. du sol | météo ensuite | résultat) :\n${rows.join('\n')}\n\nCette année on est le ${iso(4, rng.int(5, 20)).slice(5)}, le sol est à ${soil} °C à 5 cm et la météo annonce ${rng.pick(['une semaine chaude et sèche', 'des nuits froides et de la pluie', 'du temps doux avec des averses'])}. Je sème les ${crops[0]} et les ${crops[1]} maintenant ou j'attends, et si j'attends, jusqu'à quand ? En me fiant à ce que mon propre potager a donné.`,
      ja: `家庭菜園の種まきノート（年｜作物｜播種日｜地温｜その後の天気｜結果）：\n${rows.join('\n')}\n\n今年は今日が${iso(4, rng.int(5, 20)).slice(5)}で、深さ5cmの地温は${soil}°C、予報は${rng.pick(['暖かく乾いた一週間', '夜は冷え込み雨', '穏やかでにわか雨'])}です。${crops[0]}と${crops[1]}を今まくべきか、待つならいつまで待つべきか、うちの畑のこれまでの結果から教えてください。`,
    });
    return { lang, messages: [user(ask)], temperature: 0.4 };
  },
};

const leTutorStyle: Family = {
  id: 'wo-le-tutor-explanation-style',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: "Retrieved notes of earlier sessions record which explanation styles led to good quiz results and ratings for this student, and the tutor must carry that experience over to a new topic.",
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'pt', 'en', 'zh'], i);
    const student = t(lang, { en: rng.pick(['Jamie', 'Aiden', 'Sofia', 'Layla']), zh: rng.pick(['小雨', '浩宇', '梓涵']), pt: rng.pick(['Beatriz', 'Gustavo', 'Larissa']) });
    const topics = t(lang, {
      en: 'fractions|ratio|negative numbers|percentages|area of triangles|linear equations|angles in polygons|probability|simultaneous equations|Pythagoras|gradients|bearings',
      zh: '分数|比例|负数|百分数|三角形面积|一元一次方程|多边形内角|概率|二元一次方程组|勾股定理|斜率|方位角',
      pt: 'frações|razão|números negativos|porcentagens|área de triângulos|equações do 1º grau|ângulos de polígonos|probabilidade|sistemas de equações|Pitágoras|inclinação|rumos',
    }).split('|');
    const styles = ['worked_example', 'visual_diagram', 'real_life_story', 'step_rules', 'socratic_questions', 'practice_first'];
    const fav = rng.sample(styles, 2);
    const n = rng.int(8, 12);
    const chosen = rng.sample(topics.slice(0, 10), n);
    const notes = chosen.map((tp, k) => {
      const st = rng.pick(styles);
      const good = fav.includes(st);
      return { session: k + 1, topic: tp, style: st, quiz_after: `${good ? rng.int(7, 10) : rng.int(2, 6)}/10`, student_rating: good ? rng.int(4, 5) : rng.int(1, 3), tutor_note: good ? t(lang, { en: 'engaged', zh: '很投入', pt: 'engajado' }) : t(lang, { en: 'lost focus', zh: '走神', pt: 'perdeu o foco' }) };
    });
    const newTopic = topics[rng.int(10, 11)]!;
    const system = t(lang, {
      en: `You are Mia, an online maths tutor for ${student} (age ${rng.int(12, 15)}). Before explaining a new topic, fetch the notes from earlier sessions and learn from them: see which explanation styles actually worked for this student (quiz score afterwards, their own rating) and which did not. Explain the new topic in the way that has worked best for ${student}, and say briefly why you chose it.`,
      zh: `你是 Mia，${student}（${rng.int(12, 15)}岁）的在线数学家教。讲解新知识点之前，先调取以往课程的记录，看看哪些讲解方式对这个学生真正有效（课后小测成绩、学生自己的评分），哪些无效。用对${student}最有效的方式讲解新知识点，并简要说明选择理由。`,
      pt: `Você é a Mia, tutora online de matemática de ${student} (${rng.int(12, 15)} anos). Antes de explicar um assunto novo, busque as anotações das sessões anteriores e veja quais estilos de explicação realmente funcionaram com este aluno (nota do quiz depois, avaliação do próprio aluno) e quais não. Explique o assunto novo do jeito que melhor funcionou para ${student} e diga brevemente por que escolheu esse jeito.`,
    });
    const ask = t(lang, {
      en: `hi mia, tomorrow's homework is on ${newTopic} and I don't get it at all`,
      zh: `Mia老师好，明天的作业是${newTopic}，我完全不会`,
      pt: `oi Mia, a lição de amanhã é sobre ${newTopic} e eu não entendi nada`,
    });
    const messages: Msg[] = [sys(system), user(ask)];
    exchange(rng, messages, 'fetch_session_notes', { student: student, limit: 12 }, { student, sessions: notes });
    return {
      lang,
      messages,
      tools: [
        tool('fetch_session_notes', "Return the tutor's notes from this student's earlier sessions.", { student: str, limit: int }),
        tool('assign_practice', 'Attach a practice set to the student’s homework page.', { topic: str, difficulty: oneOf('easy', 'medium', 'hard'), count: int }),
      ],
    };
  },
};

const lePromoResults: Family = {
  id: 'wo-le-promo-results-new-line',
  label: 'learning',
  difficulty: 'hard',
  secondary: 'utility_based',
  variants: 5,
  rationale: 'The pasted rows are earlier promotions with their measured uplift, margin and stock-outs, and the manager wants the mechanic and depth for a new product inferred from what those results show; picking the most profitable option is a secondary reading.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'de', 'en', 'es'], i);
    const mech = t(lang, {
      en: '20% off|buy one get one free|3 for 2|£1 off|bundle with cereal|loyalty points x3|25% off|meal deal add-on',
      es: '20% de descuento|2x1|3x2|1 € de descuento|pack con cereales|puntos x3|25% de descuento|menú combinado',
      de: '20 % Rabatt|1+1 gratis|3 für 2|1 € Nachlass|Bundle mit Müsli|Treuepunkte x3|25 % Rabatt|Menü-Zusatz',
    }).split('|');
    const prods = t(lang, {
      en: 'oat drink 1L|almond drink 1L|Greek yoghurt 500g|granola 400g|cold brew coffee|kombucha 330ml|protein bar|soy yoghurt 4-pack|hummus 200g|sourdough loaf',
      es: 'bebida de avena 1L|bebida de almendra 1L|yogur griego 500g|granola 400g|café cold brew|kombucha 330ml|barrita proteica|yogur de soja pack 4|hummus 200g|pan de masa madre',
      de: 'Haferdrink 1L|Mandeldrink 1L|Griechischer Joghurt 500g|Granola 400g|Cold-Brew-Kaffee|Kombucha 330ml|Proteinriegel|Sojajoghurt 4er|Hummus 200g|Sauerteigbrot',
    }).split('|');
    const n = rng.int(9, 13);
    const rows = Array.from({ length: n }, () => {
      const m = rng.int(0, mech.length - 1);
      const deep = m === 1 || m === 6;
      return `${rng.pick(prods.slice(1))} | ${mech[m]} | ${rng.int(1, 3)} ${t(lang, { en: 'wk', es: 'sem', de: 'Wo' })} | +${deep ? rng.int(90, 260) : rng.int(10, 80)}% | ${deep ? '-' : '+'}${rng.int(1, 18)}% | ${deep && rng.chance(0.6) ? t(lang, { en: 'stock-out day 3', es: 'rotura de stock día 3', de: 'ausverkauft ab Tag 3' }) : '-'} | ${rng.int(-5, 25)}%`;
    });
    const store = t(lang, { en: rng.pick(['Greenleaf Foods Clapham', 'Northfield Co-op']), es: rng.pick(['Mercado Vía Augusta', 'Supermercado La Plaza']), de: rng.pick(['Frischmarkt Eppendorf', 'Biomarkt Südstern']) });
    const ask = t(lang, {
      en: `Results of our promos at ${store} over the last 18 months (product | mechanic | length | sales uplift | category margin change | stock | repeat buyers after 8 weeks):\n${rows.join('\n')}\n\nNext month we're launching our own-label ${prods[0]} at ${n2(cents(rng, 1.2, 2.1))}. Which mechanic and how deep should the launch promo be, and for how long? Judge by how these actually went for us.`,
      es: `Resultados de nuestras promociones en ${store} en los últimos 18 meses (producto | mecánica | duración | subida de ventas | cambio de margen de la categoría | stock | clientes que repiten a las 8 semanas):\n${rows.join('\n')}\n\nEl mes que viene lanzamos nuestra ${prods[0]} de marca propia a ${n2(cents(rng, 1.2, 2.1))} €. ¿Qué mecánica y qué profundidad debería tener la promoción de lanzamiento, y cuánto tiempo? Juzga por cómo nos fueron de verdad estas.`,
      de: `Ergebnisse unserer Aktionen bei ${store} in den letzten 18 Monaten (Produkt | Mechanik | Dauer | Absatzplus | Margenänderung der Warengruppe | Bestand | Wiederkäufer nach 8 Wochen):\n${rows.join('\n')}\n\nNächsten Monat bringen wir unseren Eigenmarken-${prods[0]} für ${n2(cents(rng, 1.2, 2.1))} € heraus. Welche Mechanik, wie stark und wie lange sollte die Einführungsaktion sein? Urteile danach, wie diese Aktionen bei uns tatsächlich gelaufen sind.`,
    });
    const messages: Msg[] = [];
    if (i === 1 || i === 3) messages.push(sys('You support category managers at a grocery chain. Be concrete and brief.'));
    messages.push(user(ask));
    return { lang, messages };
  },
};

// ──────────────────────────────── non-agentic ────────────────────────────────

const naTranslateStatement: Family = {
  id: 'wo-na-translate-statement-lines',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'Translating pasted bank statement lines is a plain language task with no decision to make; simple_reflex is the closest type because each line maps directly to its translation.',
  make: (rng, i) => {
    const lang = langAt(['de', 'ja', 'es', 'pt', 'fr'], i);
    const lines: Record<string, string[]> = {
      de: ['Lastschrift Stadtwerke Abschlag Strom', 'Gutschrift Gehalt Muster GmbH', 'Kartenzahlung REWE Markt', 'Dauerauftrag Miete', 'Kontoführungsentgelt', 'Rücklastschrift mangels Deckung', 'Entgelt für Rücklastschrift', 'Überweisung an Kfz-Versicherung', 'Bargeldauszahlung Geldautomat Fremdbank', 'Zinsen Dispositionskredit', 'Gutschrift Kindergeld', 'SEPA-Lastschrift Rundfunkbeitrag'],
      ja: ['給与振込 株式会社サクラ', '口座振替 電気料金', 'カード利用 コンビニ', '家賃 自動送金', '振込手数料', 'ATM引出 他行', '利息', '口座振替 携帯電話', '口座振替 国民年金保険料', '振込 学習塾月謝', '口座振替 水道料金', '返金 オンラインショップ'],
      es: ['Recibo domiciliado Iberdrola', 'Nómina Transportes Ruiz SL', 'Compra con tarjeta Mercadona', 'Transferencia alquiler', 'Comisión de mantenimiento', 'Devolución de recibo por falta de saldo', 'Comisión por devolución', 'Bizum recibido', 'Reintegro cajero otra entidad', 'Intereses descubierto', 'Recibo IBI Ayuntamiento', 'Cuota gimnasio'],
      pt: ['Débito direto EDP', 'Vencimento Empresa Lusa Lda', 'Compra cartão Pingo Doce', 'Transferência renda', 'Comissão de manutenção de conta', 'Débito direto devolvido por falta de saldo', 'Comissão por devolução', 'MB Way recebido', 'Levantamento ATM', 'Juros de descoberto', 'Pagamento de serviços AT IMI', 'Mensalidade ginásio'],
      fr: ['Prélèvement EDF échéance', 'Virement salaire SARL Dubois', 'Paiement CB Carrefour', 'Virement loyer', 'Frais de tenue de compte', 'Rejet de prélèvement pour provision insuffisante', 'Frais de rejet', 'Virement reçu Lydia', 'Retrait DAB autre banque', "Agios découvert autorisé", 'Prélèvement taxe foncière', 'Abonnement salle de sport'],
    };
    const pool = lines[lang]!;
    const n = rng.int(8, 12);
    const mo = rng.int(1, 12);
    const income = /Gutschrift|給与|返金|Nómina|Bizum recibido|Vencimento|MB Way recebido|salaire|Virement reçu/;
    let day = 0;
    const rows = rng.sample(pool, n).map((l) => {
      day += rng.int(0, 3);
      const [m, d] = shift(mo, 1, day);
      return `${pad(d)}.${pad(m)}. | ${l} | ${income.test(l) ? '+' : '-'}${n2(cents(rng, 2, income.test(l) ? 2600 : 900))}`;
    });
    const ask = t(lang, {
      en: '',
      de: `Kannst du mir diese Kontoauszugszeilen ins Englische übersetzen? Datum und Beträge bitte so lassen.\n${rows.join('\n')}`,
      ja: `この通帳の明細を英語に訳してもらえますか？日付と金額はそのままでお願いします。\n${rows.join('\n')}`,
      es: `¿Me traduces al inglés estas líneas del extracto? Deja las fechas y los importes tal cual.\n${rows.join('\n')}`,
      pt: `Pode traduzir para inglês estas linhas do extrato? Mantenha as datas e os valores como estão.\n${rows.join('\n')}`,
      fr: `Tu peux me traduire ces lignes de relevé en anglais ? Garde les dates et les montants tels quels.\n${rows.join('\n')}`,
    });
    return { lang, messages: [user(ask)] };
  },
};

const naSurveySummary: Family = {
  id: 'wo-na-parent-survey-summary',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'Summarising pasted parent survey answers into themes is a non-agentic writing task with no decision or action; simple_reflex is the closest type.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'zh', 'en', 'fr'], i);
    const answers: Record<string, string[]> = {
      en: ['Homework load is too heavy on Tuesdays.', 'Love the new reading scheme, my son reads every night now.', 'Pick-up at the gate is chaotic, please add a second exit.', 'Teachers reply quickly to emails, thank you.', 'School dinners have improved a lot.', 'Would like more notice for trips.', 'The app keeps logging me out.', 'PE kit rules change too often.', 'More clubs after school, please, especially coding.', 'Bullying incident was handled well.', 'Parents evening slots were too short.', 'Uniform shop prices are high.', 'Homework is fine, but instructions are unclear.', 'Great Christmas concert!', 'Car park is dangerous at 3pm.', 'Reports should say more about progress, not only effort.', 'Please keep the breakfast club.'],
      fr: ["Trop de devoirs le mardi.", "Le nouveau programme de lecture est super, mon fils lit tous les soirs.", "La sortie au portail est chaotique, il faudrait une deuxième sortie.", "Les enseignants répondent vite aux mails, merci.", "La cantine s'est beaucoup améliorée.", "J'aimerais être prévenu plus tôt des sorties.", "L'appli me déconnecte sans arrêt.", "Les règles pour la tenue de sport changent trop souvent.", "Plus d'ateliers après l'école, surtout du codage.", "L'incident de harcèlement a été bien géré.", "Les créneaux de réunion parents-profs sont trop courts.", "Les fournitures imposées coûtent cher.", "Les consignes des devoirs ne sont pas claires.", "Très beau spectacle de Noël !", "Le parking est dangereux à 16 h 30.", "Les bulletins devraient parler davantage des progrès.", "Gardez la garderie du matin, s'il vous plaît."],
      zh: ['周二的作业太多了。', '新的阅读计划很好，孩子现在每晚都读书。', '放学时校门口很混乱，希望增加一个出口。', '老师回复消息很及时，谢谢。', '学校午餐进步很大。', '希望春游等活动能提前通知。', '家校App总是自动退出登录。', '体育课服装要求变得太频繁。', '希望多开课后兴趣班，特别是编程。', '上次欺凌事件处理得很好。', '家长会时间太短。', '校服价格偏高。', '作业要求写得不清楚。', '元旦晚会非常精彩！', '下午放学时停车场很危险。', '成绩报告希望多写进步情况。', '请保留早餐托管班。'],
    };
    const pool = answers[lang]!;
    const n = rng.int(10, 16);
    const rows = rng.sample(pool, n).map((a, k) => `#${k + 1} (${t(lang, { en: 'Year', fr: 'classe', zh: '年级' })} ${rng.int(1, 6)}) ${a}`);
    const ask = t(lang, {
      en: `Here are the free-text answers from this term's parent survey. Can you summarise them in a short paragraph for the governors' meeting, grouping the main themes?\n${rows.join('\n')}`,
      fr: `Voici les réponses libres du questionnaire aux parents de ce trimestre. Peux-tu les résumer en un court paragraphe pour le conseil d'école, en regroupant les grands thèmes ?\n${rows.join('\n')}`,
      zh: `以下是本学期家长问卷的开放式回答。请帮我归纳主要问题，写一段简短的总结，用于下周的家委会会议。\n${rows.join('\n')}`,
    });
    return { lang, messages: [user(ask)], max_tokens: rng.pick([250, 400]) };
  },
};

const naWeatherReformat: Family = {
  id: 'wo-na-weather-station-to-json',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'Converting pasted weather-station lines into structured JSON is pure reformatting with no decision; simple_reflex is the closest type.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'de', 'en', 'pt'], i);
    const n = rng.int(8, 14);
    const start = rng.int(0, 12) * 60;
    const step = rng.pick([15, 30, 60]);
    let temp = rng.int(0, 250) / 10;
    let rh = rng.int(40, 90);
    const rows = Array.from({ length: n }, (_, k) => {
      const time = hm(start + k * step);
      temp += rng.int(-12, 12) / 10;
      rh = Math.max(20, Math.min(100, rh + rng.int(-5, 5)));
      return `${time}  T=${temp.toFixed(1)}C  RH=${rh}%  rain=${(rng.chance(0.6) ? 0 : rng.int(1, 40) / 10).toFixed(1)}mm  wind=${rng.int(0, 45)}km/h ${rng.pick(['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'])}`;
    });
    const station = t(lang, { en: rng.pick(['orchard mast', 'greenhouse roof', 'paddock 3']), pt: rng.pick(['estação do pomar', 'estufa 2']), de: rng.pick(['Wetterstation Nordfeld', 'Obstwiese']) });
    const ask = t(lang, {
      en: `Raw dump from the ${station} logger. Turn it into JSON records, one per line, wind direction separate from speed.\n${rows.join('\n')}`,
      pt: `Dados brutos do registrador da ${station}. Converta em registros JSON, um por linha, com a direção do vento separada da velocidade.\n${rows.join('\n')}`,
      de: `Rohdaten vom Logger der ${station}. Mach daraus JSON-Datensätze, einen pro Zeile, Windrichtung getrennt von der Geschwindigkeit.\n${rows.join('\n')}`,
    });
    return {
      lang,
      messages: [user(ask)],
      response_format: jsonSchema('station_readings', {
        readings: list(obj({ time: str, temp_c: num, rh_pct: num, rain_mm: num, wind_kmh: num, wind_dir: str })),
      }),
      temperature: 0,
    };
  },
};

const naExplainMortgage: Family = {
  id: 'wo-na-explain-mortgage-ledger',
  label: 'model_based_reflex',
  agentic: false,
  difficulty: 'medium',
  variants: 5,
  rationale: 'The user only wants an explanation of how the pasted loan ledger ended up where it is, with no action to choose; model_based_reflex is the closest type because the answer reconstructs the account over time.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'ja', 'en', 'es'], i);
    const label: Record<string, string[]> = {
      en: ['Monthly payment', 'Interest', 'Payment returned', 'Arrears fee', 'Interest on arrears', 'Overpayment', 'Rate change to'],
      es: ['Cuota mensual', 'Intereses', 'Recibo devuelto', 'Comisión por impago', 'Intereses de demora', 'Amortización anticipada', 'Cambio de tipo a'],
      ja: ['月々の返済', '利息', '引落不能', '延滞手数料', '延滞利息', '繰上返済', '金利変更'],
    };
    const L = label[lang]!;
    let bal = rng.int(90, 240) * 1000;
    let rate = rng.int(25, 45) / 10;
    const pay = Math.round(bal * 0.006);
    const rows: string[] = [];
    const start = rng.int(1, 6);
    const missAt = rng.int(3, 6);
    const n = rng.int(9, 13);
    for (let k = 0; k < n; k++) {
      const m = ((start + Math.floor(k / 2) - 1) % 12) + 1;
      if (k % 2 === 0) {
        const interest = Math.round((bal * rate) / 1200);
        bal += interest;
        rows.push(`2024-${pad(m)}-01 | ${L[1]} | +${interest} | ${bal}`);
      } else if (k === missAt || k === missAt + 1) {
        rows.push(`2024-${pad(m)}-05 | ${L[2]} | 0 | ${bal}`);
        bal += 35;
        rows.push(`2024-${pad(m)}-06 | ${L[3]} | +35 | ${bal}`);
      } else {
        bal -= pay;
        rows.push(`2024-${pad(m)}-05 | ${L[0]} | -${pay} | ${bal}`);
      }
      if (k === 6 && rng.chance(0.6)) {
        rate += 0.5;
        rows.push(`2024-${pad(m)}-28 | ${L[6]} ${rate.toFixed(2)}% | 0 | ${bal}`);
      }
    }
    const ask = t(lang, {
      en: `This is my mortgage account from the lender's portal (date | entry | amount | balance). I thought I'd been paying it down but the balance is higher than in spring. Can you explain in plain English what happened?\n${rows.join('\n')}`,
      es: `Estos son los movimientos de mi hipoteca sacados de la web del banco (fecha | concepto | importe | saldo). Creía que la iba bajando pero el saldo está más alto que en primavera. ¿Me explicas con palabras sencillas qué ha pasado?\n${rows.join('\n')}`,
      ja: `銀行のサイトから住宅ローンの明細をコピーしました（日付｜摘要｜金額｜残高）。ちゃんと返しているつもりなのに、春より残高が増えています。何が起きたのか、わかりやすく説明してもらえますか？\n${rows.join('\n')}`,
    });
    return { lang, messages: [user(ask)] };
  },
};

const naExplainPlans: Family = {
  id: 'wo-na-explain-phone-plans',
  label: 'utility_based',
  agentic: false,
  difficulty: 'medium',
  variants: 5,
  rationale: 'The user asks only for a plain-language explanation of what each pasted tariff includes and explicitly no recommendation, so nothing is chosen; utility_based is the closest type because the rows are options with costs.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'pt', 'en', 'de'], i);
    const carriers = rng.sample(t(lang, { en: 'Vodafone|O2|EE|giffgaff|Lebara|Three', de: 'Telekom|Vodafone|O2|congstar|Aldi Talk|1&1', pt: 'MEO|NOS|Vodafone|Uzo|WTF|Amigo' }).split('|'), 4);
    const n = rng.int(8, 11);
    const words: Record<string, string[][]> = {
      en: [['1 GB', '5 GB', '12 GB', '30 GB', 'unlimited data'], ['100 min', 'unlimited calls', '300 min', 'unlimited calls + texts'], ['24 months', '1 month rolling', '12 months'], ['EU roaming included', 'roaming 2/day', 'first 6 months half price', 'activation fee 29.99', 'eSIM only', '-', 'price rises 3.9% every April'], ['/month']],
      de: [['1 GB', '5 GB', '12 GB', '30 GB', 'unbegrenzt Daten'], ['100 Min.', 'Allnet-Flat', '300 Min.', 'Allnet + SMS-Flat'], ['24 Monate', 'monatlich kündbar', '12 Monate'], ['EU-Roaming inklusive', 'Roaming 2 €/Tag', 'erste 6 Monate halber Preis', 'Anschlusspreis 29,99', 'nur eSIM', '-', 'Preis steigt jeden April um 3,9 %'], ['/Monat']],
      pt: [['1 GB', '5 GB', '12 GB', '30 GB', 'dados ilimitados'], ['100 min', 'chamadas ilimitadas', '300 min', 'chamadas + SMS ilimitados'], ['24 meses de fidelização', 'sem fidelização', '12 meses de fidelização'], ['roaming UE incluído', 'roaming 2 €/dia', '6 primeiros meses a metade do preço', 'taxa de ativação 29,99', 'só eSIM', '-', 'preço sobe 3,9% todos os anos em abril'], ['/mês']],
    };
    const w = words[lang] ?? words.en!;
    const rows = Array.from({ length: n }, (_, k) => {
      const price = cents(rng, 4, 38);
      return `P${k + 1} | ${carriers[k % 4]} | ${rng.pick(w[0]!)} | ${rng.pick(w[1]!)} | ${rng.pick(w[2]!)} | ${n2(price)}${w[4]![0]} | ${rng.pick(w[3]!)}`;
    });
    const ask = t(lang, {
      en: `My mum (78) wants to understand these phone plans before she talks to my brother about switching. Could you explain in plain words what each one gives her and what the catches are? Please don't pick one for her, she wants to decide herself.\n${rows.join('\n')}`,
      de: `Meine Mutter (78) möchte diese Handytarife verstehen, bevor sie mit meinem Bruder über einen Wechsel spricht. Kannst du in einfachen Worten erklären, was jeder Tarif bietet und wo die Haken sind? Bitte keinen empfehlen, sie will selbst entscheiden.\n${rows.join('\n')}`,
      pt: `A minha mãe (78 anos) quer perceber estes tarifários antes de falar com o meu irmão sobre mudar. Pode explicar em palavras simples o que cada um inclui e quais são as armadilhas? Por favor não escolha nenhum, ela quer decidir sozinha.\n${rows.join('\n')}`,
    });
    return { lang, messages: [user(ask)] };
  },
};

export const trainO: Family[] = [
  srCardAuth, srShiftLimits, srDripValves, srRegisterFollowup, srGymNoShow,
  mbLockers, mbHerdGates, mbPendingBalance, mbOnboardingFeed, mbCounterQueue,
  gbFieldOps, gbPermitRenewal, gbCourseSequence, gbReturnPortal, gbMoveNotices,
  ubSavingsSplit, ubHireShortlist, ubNitrogen, ubTutoringGrid, ubTrainingWeek,
  leMicroloan, leHiringOutcomes, leSowingNotebook, leTutorStyle, lePromoResults,
  naTranslateStatement, naSurveySummary, naWeatherReformat, naExplainMortgage, naExplainPlans,
];
