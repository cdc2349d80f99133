// Cross-author families (wa-*): written from the type definitions only, by an author who never saw the classifier, its errors or the held-out families. Never trained on: they form tests/data/classifier/cross-author.jsonl (see CROSS_AUTHOR in build-dataset.ts).
import type { ChatMessage, FunctionTool } from '../../../../src/core/types';
import {
  type Family, type Lang, type Rng,
  sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

// ---------- small shared helpers ----------

const hhmm = (minutes: number): string => {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
};
const day = (rng: Rng): string => `2024-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
const money = (n: number): string => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const table = (head: string[], rows: (string | number)[][]): string =>
  [head.join(' | '), head.map(() => '---').join(' | '), ...rows.map((r) => r.join(' | '))].join('\n');

// =====================================================================
// simple_reflex
// =====================================================================

const REMIT_LINES = [
  { group: 'CO', carc: '197', rarc: 'N54', paid: false },
  { group: 'CO', carc: '29', rarc: '', paid: false },
  { group: 'OA', carc: '18', rarc: 'N522', paid: false },
  { group: 'PR', carc: '27', rarc: 'N30', paid: false },
  { group: 'CO', carc: '4', rarc: 'M20', paid: false },
  { group: 'CO', carc: '11', rarc: 'M76', paid: false },
  { group: 'OA', carc: '22', rarc: 'MA04', paid: false },
  { group: 'CO', carc: '109', rarc: 'N418', paid: false },
  { group: 'CO', carc: '45', rarc: '', paid: true },
  { group: 'CO', carc: '253', rarc: '', paid: true },
] as const;

const claimBucket: Family = {
  id: 'wa-sr-claim-denial-bucket',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each remittance line is mapped to one fixed work-queue bucket from its codes alone; nothing carries over between lines and nothing is weighed.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es', 'en'], i);
    const office = rng.pick(['Lakeside Orthopedics', 'Northgate Family Medicine', 'Valley Imaging Partners', 'St. Brigid Physician Group', 'Harbor View Cardiology']);
    const payer = rng.pick(['Aetna', 'UnitedHealthcare', 'BCBS IL', 'Humana Medicare Adv', 'Cigna', 'Medicaid MCO - Molina']);
    const ln = rng.pick(REMIT_LINES);
    const billed = rng.int(90, 2400);
    const paid = ln.paid ? Math.round(billed * rng.int(35, 70)) / 100 : 0;
    const codes = `
- eligibility: CARC 27, 31, 177
- authorization: CARC 197, 198, 15
- coding: CARC 4, 11, 16 (with M-series RARC)
- timely_filing: CARC 29
- duplicate: CARC 18
- coordination_of_benefits: CARC 22, 23
- wrong_payer: CARC 109
- paid_no_action: paid, contractual adjustment only (CARC 45, 253)`;
    const system = t(lang, {
      en: `You post 835 electronic remittance advice for the ${office} billing office. For each claim line you are given, return the work-queue bucket it belongs in so the posting team can route it.\n\nBuckets:${codes}\n\nRules:\n1. Use the CARC first; use the RARC only to break a tie.\n2. Group code PR never changes the bucket.\n3. needs_human_review is true only when the codes point at two different buckets or the paid amount is negative (recoupment).\n4. Return only the JSON object. No explanation.`,
      de: `Du buchst 835-Zahlungsavise für die Abrechnungsabteilung von ${office}. Ordne jede Forderungszeile der passenden Arbeitswarteschlange zu, damit das Buchungsteam sie weiterleiten kann.\n\nWarteschlangen:${codes}\n\nRegeln:\n1. Zuerst den CARC verwenden, den RARC nur, wenn zwei Warteschlangen gleich gut passen.\n2. Der Gruppencode PR ändert die Zuordnung nie.\n3. needs_human_review ist nur dann true, wenn die Codes auf zwei verschiedene Warteschlangen zeigen oder der gezahlte Betrag negativ ist (Rückforderung).\n4. Gib nur das JSON-Objekt zurück, ohne Erklärung.`,
      es: `Registras avisos de remesa electrónicos 835 para la oficina de facturación de ${office}. Para cada línea de reclamación que recibas, devuelve la cola de trabajo que le corresponde para que el equipo pueda enviarla.\n\nColas:${codes}\n\nReglas:\n1. Usa primero el CARC; el RARC solo sirve para desempatar.\n2. El código de grupo PR nunca cambia la cola.\n3. needs_human_review es true solo si los códigos apuntan a dos colas distintas o si el importe pagado es negativo (recuperación).\n4. Devuelve solo el objeto JSON, sin explicación.`,
    });
    const row = `Claim ${rng.int(10000, 99999)}-${pad(rng.int(1, 12))} | DOS ${day(rng)} | CPT ${rng.pick(['97110', '99214', '73721', '20610', '93000', '90837', '97140'])} x${rng.int(1, 4)} | Billed $${money(billed)} | Paid $${money(paid)} | Group ${ln.group} | CARC ${ln.carc}${ln.rarc ? ` | RARC ${ln.rarc}` : ''} | Payer ${payer}`;
    return {
      lang,
      messages: [sys(system), user(row)],
      response_format: jsonSchema('denial_bucket', {
        bucket: oneOf('eligibility', 'authorization', 'coding', 'timely_filing', 'duplicate', 'coordination_of_benefits', 'wrong_payer', 'paid_no_action'),
        needs_human_review: bool,
      }),
      max_tokens: rng.chance(0.6) ? 60 : undefined,
      temperature: 0,
    };
  },
};

const grainIntake: Family = {
  id: 'wa-sr-grain-intake-grade',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'One truck probe reading is turned into one of four intake actions by fixed thresholds; no history, sequence or trade-off is involved.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'zh'], i);
    const crop = rng.pick(['soybeans', 'yellow corn', 'hard red winter wheat']);
    const moist = (rng.int(115, 185) / 10).toFixed(1);
    const fm = (rng.int(2, 45) / 10).toFixed(1);
    const dmg = (rng.int(5, 80) / 10).toFixed(1);
    const tw = (rng.int(520, 610) / 10).toFixed(1);
    const truck = rng.int(11, 98);
    const scale = rng.int(1, 3);
    const reading = `Truck ${truck} / scale ${scale} / ${crop}\nmoisture ${moist}% | foreign material ${fm}% | damaged kernels ${dmg}% | test weight ${tw} lb/bu | odor: ${rng.pick(['none', 'none', 'musty', 'sour'])}`;
    const rules = t(lang, {
      en: `Intake rules at the ${rng.pick(['Harlan', 'Cedar Bluff', 'Osage Creek'])} elevator:\n- REJECT if odor is musty or sour, or damaged kernels > 6%\n- DRY if moisture is above 14.0% (dryer fee applies)\n- DISCOUNT if foreign material > 2.0% or test weight < 54.0\n- otherwise ACCEPT\nIf more than one applies, REJECT wins, then DRY, then DISCOUNT.\nReply with the single word only.`,
      pt: `Regras de recebimento do armazém ${rng.pick(['Santa Helena', 'Rio Verde', 'Campo Alegre'])}:\n- REJECT se o odor for mofado ou azedo, ou se grãos avariados > 6%\n- DRY se a umidade passar de 14,0% (cobra-se a secagem)\n- DISCOUNT se impurezas > 2,0% ou peso hectolítrico abaixo do mínimo (54,0 lb/bu)\n- caso contrário ACCEPT\nSe mais de uma regra valer, REJECT vence, depois DRY, depois DISCOUNT.\nResponda só com a palavra.`,
      zh: `${rng.pick(['绥化', '周口', '德州'])}粮库收粮规则：\n- 有霉味或酸味，或不完善粒 > 6%：REJECT\n- 水分高于 14.0%：DRY（收烘干费）\n- 杂质 > 2.0% 或容重低于 54.0 lb/bu：DISCOUNT\n- 其余：ACCEPT\n同时满足多条时，REJECT 优先，其次 DRY，再次 DISCOUNT。\n只回复一个单词。`,
    });
    const withSystem = rng.chance(0.5);
    const messages: ChatMessage[] = withSystem
      ? [sys(rules), user(reading)]
      : [user(`${rules}\n\n${reading}`)];
    return { lang, messages, max_tokens: rng.pick([3, 5, 10, undefined]) };
  },
};

const meterRead: Family = {
  id: 'wa-sr-meter-read-validation',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'A single incoming meter read is checked against fixed validation rules and tagged with one disposition code via a forced tool call.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'ja', 'en'], i);
    const prev = rng.int(12000, 88000);
    const kind = rng.pick(['normal', 'spike', 'rollback', 'zero', 'rollover']);
    const days = rng.int(27, 34);
    const avg = rng.int(9, 42);
    let cur = prev + avg * days + rng.int(-40, 40);
    if (kind === 'spike') cur = prev + avg * days * rng.int(4, 7);
    if (kind === 'rollback') cur = prev - rng.int(30, 400);
    if (kind === 'zero') cur = prev;
    if (kind === 'rollover') cur = rng.int(50, 400);
    const payload = {
      service_point: `SP-${rng.int(100000, 999999)}`,
      meter_id: `${rng.pick(['L+G', 'ITRON', 'ELSTER'])}-${rng.int(1000000, 9999999)}`,
      register: 'kWh-del',
      dials: 5,
      multiplier: rng.pick([1, 1, 1, 40]),
      previous_read: prev,
      current_read: cur,
      read_type: rng.pick(['AMI', 'AMI', 'manual', 'customer']),
      days_in_cycle: days,
      avg_daily_kwh_12m: avg,
      premise_status: rng.pick(['active', 'active', 'active', 'vacant-locked']),
    };
    const system = t(lang, {
      en: `You are the VEE (validation, editing, estimation) gate for the residential billing run. Every read comes to you one at a time. Call set_read_disposition exactly once.\n\nDispositions:\n- PASS: consumption between 0.3x and 3x of avg_daily_kwh_12m * days_in_cycle\n- ROLLOVER: current_read < previous_read and the difference fits a 5-dial wrap\n- HIGH_CHECK: consumption above 3x the expected value\n- ZERO_CHECK: zero consumption on an active premise\n- ESTIMATE: negative consumption that is not a wrap, or a customer read that fails any rule\n- FIELD_VISIT: zero or negative consumption on a vacant premise\nDo not write any text, only the tool call.`,
      fr: `Tu es le contrôle VEE (validation, correction, estimation) de la facturation résidentielle. Chaque relevé t'arrive seul. Appelle set_read_disposition une seule fois.\n\nCodes :\n- PASS : consommation comprise entre 0,3x et 3x de avg_daily_kwh_12m * days_in_cycle\n- ROLLOVER : current_read < previous_read et l'écart correspond à un passage à zéro du compteur à 5 cadrans\n- HIGH_CHECK : consommation supérieure à 3x la valeur attendue\n- ZERO_CHECK : consommation nulle sur un site actif\n- ESTIMATE : consommation négative qui n'est pas un passage à zéro, ou relevé client qui échoue à une règle\n- FIELD_VISIT : consommation nulle ou négative sur un site vacant\nN'écris aucun texte, seulement l'appel d'outil.`,
      ja: `あなたは家庭用料金計算バッチの VEE（検証・補正・推定）チェックです。検針値は1件ずつ届きます。set_read_disposition を必ず1回だけ呼び出してください。\n\n判定コード:\n- PASS: 使用量が avg_daily_kwh_12m × days_in_cycle の 0.3倍〜3倍\n- ROLLOVER: current_read < previous_read で、5桁メーターの一巡で説明できる\n- HIGH_CHECK: 想定値の3倍を超える\n- ZERO_CHECK: 使用中の需要場所で使用量ゼロ\n- ESTIMATE: 一巡では説明できないマイナス、またはルールに合わないお客さま自己検針\n- FIELD_VISIT: 空き家でゼロまたはマイナス\n文章は書かず、ツール呼び出しだけを返してください。`,
    });
    const tools: FunctionTool[] = [
      tool('set_read_disposition', 'Record the validation outcome for one meter read.', {
        service_point: str,
        disposition: oneOf('PASS', 'ROLLOVER', 'HIGH_CHECK', 'ZERO_CHECK', 'ESTIMATE', 'FIELD_VISIT'),
        note: { type: 'string', maxLength: 80 },
      }, ['service_point', 'disposition']),
    ];
    return {
      lang,
      messages: [sys(system), user(JSON.stringify(payload))],
      tools,
      tool_choice: { type: 'function', function: { name: 'set_read_disposition' } },
      temperature: 0,
    };
  },
};

const pumpVibration: Family = {
  id: 'wa-sr-pump-vibration-zone',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'One overall vibration value is mapped to a severity zone and a fixed response; the answer depends on the current reading only.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'en'], i);
    const tag = `${rng.pick(['P', 'FW-P', 'CT-P', 'BFP'])}-${rng.int(101, 340)}${rng.pick(['A', 'B', ''])}`;
    const point = rng.pick(['DE bearing horizontal', 'NDE bearing vertical', 'motor DE axial', 'DE bearing vertical']);
    const v = (rng.int(6, 125) / 10).toFixed(1);
    const cls = rng.pick(['II', 'II', 'III']);
    const msg = t(lang, {
      en: `${tag}, ${point}: ${v} mm/s RMS (10-1000 Hz), machine class ${cls}, rigid foundation. Zone and action?`,
      de: `${tag}, Messstelle ${point}: ${v} mm/s eff. (10–1000 Hz), Maschinenklasse ${cls}, starres Fundament. Zone und Maßnahme?`,
    });
    const system = t(lang, {
      en: `Route-based vibration check. Map the overall velocity to ISO 10816-3 style zones using these limits (mm/s RMS):\nclass II: A < 1.4, B < 2.8, C < 7.1, D >= 7.1\nclass III: A < 2.3, B < 4.5, C < 11.2, D >= 11.2\nActions: A -> none, B -> log, C -> raise_work_request, D -> stop_and_notify.\nAnswer in the schema, nothing else.`,
      de: `Rundgangs-Schwingungsprüfung. Ordne die Gesamtschwinggeschwindigkeit nach ISO 10816-3 in Zonen ein (mm/s eff.):\nKlasse II: A < 1,4, B < 2,8, C < 7,1, D >= 7,1\nKlasse III: A < 2,3, B < 4,5, C < 11,2, D >= 11,2\nMaßnahmen: A -> none, B -> log, C -> raise_work_request, D -> stop_and_notify.\nAntworte nur im Schema.`,
    });
    const messages: ChatMessage[] = rng.chance(0.75) ? [sys(system), user(msg)] : [user(`${system}\n\n${msg}`)];
    return {
      lang,
      messages,
      response_format: jsonSchema('vibration_zone', { zone: oneOf('A', 'B', 'C', 'D'), action: oneOf('none', 'log', 'raise_work_request', 'stop_and_notify') }),
      max_tokens: 40,
    };
  },
};

const NOTAMS = [
  (apt: string, rng: Rng) => `A${rng.int(1000, 4999)}/24 NOTAMN Q) ${apt.slice(0, 2)}XX/QMRLC/IV/NBO/A/000/999 A) ${apt} B) 24${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}0600 C) 24${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}1400 E) RWY ${pad(rng.int(1, 36))}L/${pad(rng.int(1, 36))}R CLSD DUE WIP`,
  (apt: string, rng: Rng) => `B${rng.int(1000, 4999)}/24 NOTAMN A) ${apt} E) ILS RWY ${pad(rng.int(1, 36))} GP U/S. LOC AVBL.`,
  (apt: string, rng: Rng) => `C${rng.int(1000, 4999)}/24 NOTAMN A) ${apt} E) CRANE ERECTED ${rng.int(1, 4)}.${rng.int(1, 9)}NM ${rng.pick(['NE', 'SW', 'W'])} OF ARP, ${rng.int(180, 420)}FT AGL, LGT`,
  (apt: string, rng: Rng) => `D${rng.int(1000, 4999)}/24 NOTAMN A) ${apt} E) BIRD CONCENTRATION IN THE VICINITY OF AD`,
  (apt: string, rng: Rng) => `E${rng.int(1000, 4999)}/24 NOTAMN A) ${apt} E) TWY ${rng.pick(['B', 'K', 'M2'])} BTN ${rng.pick(['B3', 'K1', 'M4'])} AND ${rng.pick(['B5', 'K4', 'M6'])} CLSD`,
  (apt: string, rng: Rng) => `F${rng.int(1000, 4999)}/24 NOTAMN A) ${apt} E) AD FUEL JET A-1 NOT AVBL ${pad(rng.int(0, 23))}00-${pad(rng.int(0, 23))}00`,
];

const notamFilter: Family = {
  id: 'wa-sr-notam-relevance',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Each NOTAM is judged relevant or not for one flight and tagged with a category using the text in front of it; no sequence of actions or trade-off.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'ja'], i);
    const airports = rng.sample(['KDEN', 'KORD', 'MMMX', 'LEMD', 'RJTT', 'EGLL', 'LFPG', 'KSEA', 'SKBO', 'RJBB'], 4);
    const [dep, dest, alt, other] = airports as [string, string, string, string];
    const flight = `${rng.pick(['AA', 'IB', 'JL', 'UA', 'AM'])}${rng.int(100, 2999)}`;
    const notamApt = rng.pick([dep, dest, alt, other]);
    const notam = rng.pick(NOTAMS)(notamApt, rng);
    const etd = rng.int(300, 1300);
    const header = `FLT ${flight} ${dep}-${dest} ALTN ${alt} ETD ${hhmm(etd)}Z ETA ${hhmm(etd + rng.int(90, 600))}Z`;
    const system = t(lang, {
      en: 'Dispatch briefing filter. You receive one flight header and one NOTAM. Mark relevant=true only if the NOTAM location is the departure, destination or alternate AND it could affect that flight (runway, approach aid, taxiway, obstacle on approach or departure path, fuel, aerodrome hours). Bird and wildlife notices at those airports count as relevant. Return the JSON object only.',
      es: 'Filtro del briefing de despacho. Recibes la cabecera de un vuelo y un NOTAM. Marca relevant=true solo si el NOTAM es del aeropuerto de salida, destino o alternativo Y puede afectar a ese vuelo (pista, ayuda a la aproximación, calle de rodaje, obstáculo en la trayectoria, combustible, horario del aeródromo). Los avisos de aves en esos aeropuertos cuentan como relevantes. Devuelve solo el objeto JSON.',
      ja: '運航管理ブリーフィングのフィルターです。便のヘッダー1行と NOTAM 1件が届きます。NOTAM の対象が出発地・目的地・代替空港のいずれかで、かつその便に影響しうる場合（滑走路、進入援助施設、誘導路、進入・出発経路上の障害物、燃料、運用時間）にだけ relevant=true としてください。それらの空港での鳥類注意情報は relevant とします。JSON オブジェクトだけを返してください。',
    });
    return {
      lang,
      messages: [sys(system), user(`${header}\n\n${notam}`)],
      response_format: jsonSchema('notam_relevance', {
        relevant: bool,
        category: oneOf('runway', 'approach_aid', 'taxiway', 'obstacle', 'wildlife', 'fuel', 'other'),
      }),
      max_tokens: rng.chance(0.5) ? 50 : undefined,
    };
  },
};

const hotWork: Family = {
  id: 'wa-sr-hot-work-permit',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'A submitted permit form is approved or returned with a reason code by checking fixed fields; the decision uses only the form in hand.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'zh', 'en'], i);
    const fields: Record<string, string | boolean | number> = {
      permit_no: `HW-${rng.int(2024000, 2024999)}`,
      location: rng.pick(['Level 3 plant room, Block C', 'Roof, east parapet', 'Basement car park B2, grid F/7', 'Loading dock, canopy steel']),
      task: rng.pick(['MIG welding bracket to column', 'Cutting existing duct hangers with angle grinder', 'Torch-on membrane repair', 'Brazing copper pipework']),
      contractor: rng.pick(['Ferris Steel Ltd', 'Apex Roofing', 'Dalby Mechanical', 'Northline Fabrication']),
      fire_watch_named: rng.chance(0.75) ? rng.pick(['J. Okafor', 'M. Silva', 'T. Brandt']) : '',
      fire_watch_post_work_min: rng.pick([30, 60, 60, 15]),
      extinguisher_type: rng.pick(['CO2 5kg', 'Dry powder 9kg', 'none listed']),
      combustibles_cleared_m: rng.pick([11, 11, 5, 8]),
      detectors_isolated: rng.chance(0.5),
      isolation_ref: '',
      gas_test_required: rng.chance(0.3),
      gas_test_result: '',
      valid_from: `${hhmm(rng.int(420, 600))}`,
      valid_to: `${hhmm(rng.int(900, 1140))}`,
      supervisor_signature: rng.chance(0.85),
    };
    if (fields.detectors_isolated && rng.chance(0.6)) fields.isolation_ref = `FI-${rng.int(300, 899)}`;
    if (fields.gas_test_required && rng.chance(0.5)) fields.gas_test_result = `O2 20.9%, LEL 0%, tested ${hhmm(rng.int(400, 430))}`;
    const checklist = `R1 fire watch named\nR2 post-work fire watch >= 60 min\nR3 extinguisher listed (not "none listed")\nR4 combustibles cleared >= 10 m or fire blankets noted\nR5 detectors isolated -> isolation_ref present\nR6 gas test required -> result present\nR7 supervisor signature present`;
    const system = t(lang, {
      en: `You check hot-work permit submissions for the site management office before they go to the duty manager. Apply the checklist below to the form. If every item passes, decision=APPROVE. Otherwise decision=RETURN and list the failing item codes. Do not add advice.\n\n${checklist}`,
      fr: `Tu vérifies les demandes de permis de feu pour le bureau de gestion du chantier avant leur transmission au responsable de permanence. Applique la liste ci-dessous au formulaire. Si tout est conforme, decision=APPROVE. Sinon decision=RETURN avec les codes des points non conformes. N'ajoute aucun conseil.\n\n${checklist}`,
      zh: `你负责在动火作业许可申请提交给值班经理之前进行检查。按下面的清单逐项核对表单。全部通过则 decision=APPROVE；否则 decision=RETURN，并列出未通过的条目代码。不要添加任何建议。\n\n${checklist}`,
    });
    return {
      lang,
      messages: [sys(system), user(JSON.stringify(fields, null, rng.chance(0.5) ? 2 : undefined))],
      response_format: jsonSchema('permit_check', {
        decision: oneOf('APPROVE', 'RETURN'),
        failed_items: list(oneOf('R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7')),
      }),
    };
  },
};

// =====================================================================
// model_based_reflex
// =====================================================================

interface SoeChunk { lines: string[]; notes: string[]; }

function soeChunk(rng: Rng, code: string, breakers: string[], startSec: number): SoeChunk {
  const lines: string[] = [];
  const notes: string[] = [];
  let s = startSec;
  const ts = (): string => {
    s += rng.int(0, 4);
    const ms = pad(rng.int(0, 999), 3);
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}.${ms}`;
  };
  for (const cb of rng.sample(breakers, rng.int(1, Math.min(3, breakers.length)))) {
    const prot = rng.pick(['87L OPERATE', '21 Z1 TRIP', '51N TRIP', '67N TRIP', '50/51 PH-C TRIP']);
    lines.push(`${ts()} ${code} ${cb} ${prot}`, `${ts()} ${code} ${cb} 52a OPEN`);
    const outcome = rng.pick(['reclosed', 'lockout', 'no_status', 'reclosed']);
    if (outcome === 'reclosed') {
      lines.push(`${ts()} ${code} ${cb} 79 SHOT 1 INITIATE`, `${ts()} ${code} ${cb} 52a CLOSED`);
      notes.push(`${cb} tripped on ${prot.split(' ')[0]} and reclosed on shot 1`);
    } else if (outcome === 'lockout') {
      lines.push(`${ts()} ${code} ${cb} 79 SHOT 1 INITIATE`, `${ts()} ${code} ${cb} 52a CLOSED`, `${ts()} ${code} ${cb} ${prot}`, `${ts()} ${code} ${cb} 52a OPEN`, `${ts()} ${code} ${cb} 79 LOCKOUT`);
      notes.push(`${cb} reclosed into the fault and went to lockout`);
    } else {
      lines.push(`${ts()} ${code} RTU-${rng.int(1, 3)} COMM FAIL`, `${ts()} ${code} ${cb} STATUS INVALID (DBI 00)`);
      notes.push(`${cb} tripped, then status went invalid after an RTU comm failure`);
    }
  }
  if (rng.chance(0.4)) lines.push(`${ts()} ${code} BATT CHGR AC FAIL`);
  return { lines, notes };
}

const substationSoe: Family = {
  id: 'wa-mb-substation-soe',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'Sequence-of-events chunks arrive over several tool calls with gaps and invalid telemetry, and the operator asks for the current breaker picture, which must be tracked across all of them.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'en', 'de'], i);
    const sub = rng.pick(['Kellerman 115kV', 'Ashdown 69kV', 'Riverside North 138kV', 'Mill Creek 115kV', 'Haldenweg 110kV']);
    const code = sub.slice(0, 3).toUpperCase();
    const breakers = rng.sample(['CB-112', 'CB-114', 'CB-122', 'CB-131', 'CB-136', 'CB-T1', 'CB-T2', 'CB-BT'], rng.int(4, 6));
    const tools: FunctionTool[] = [
      tool('get_soe', 'Fetch sequence-of-events records for a substation after a sequence number.', { substation: str, after_seq: int, max_rows: int }, ['substation', 'after_seq']),
      tool('get_analog', 'Read the latest value of an analog point (amps, kV, MW).', { point: str }),
    ];
    let seq = rng.int(40000, 59000);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You assist the transmission desk operator during disturbances. You only see what SCADA sends: SOE records (which can arrive late or out of order), analog reads, and operator remarks. Breaker status from an RTU that reported COMM FAIL is not trustworthy until a fresh 52a/52b point arrives. Keep a running picture of every breaker at ${sub} and update it as each batch comes in. Be brief between batches.`,
        de: `Du unterstützt den Schaltleiter der Netzleitstelle bei Störungen. Du siehst nur, was die Fernwirktechnik liefert: SOE-Meldungen (die verspätet oder in falscher Reihenfolge kommen können), Messwerte und Bemerkungen des Schaltleiters. Die Schalterstellung einer RTU mit COMM FAIL gilt erst wieder als sicher, wenn eine neue 52a/52b-Meldung kommt. Führe laufend ein Bild aller Leistungsschalter in ${sub} und aktualisiere es mit jedem Paket. Zwischen den Paketen kurz bleiben.`,
      })),
      user(t(lang, {
        en: `Storm cell moving across the ${sub} area. Start pulling SOE from seq ${seq} and keep up with it.`,
        de: `Gewitterzelle zieht über das Gebiet ${sub}. Hol die SOE ab Sequenz ${seq} und bleib dran.`,
      })),
    ];
    let sec = rng.int(16 * 3600, 19 * 3600);
    seq += 1;
    const chunks = rng.int(2, 4);
    for (let c = 0; c < chunks; c++) {
      const ch = soeChunk(rng, code, breakers, sec);
      sec += rng.int(40, 400);
      const rows = ch.lines.map((l) => `${seq++} ${l}`).join('\n');
      exchange(rng, messages, 'get_soe', { substation: code, after_seq: seq - ch.lines.length - 1, max_rows: 200 }, rows);
      if (rng.chance(0.4)) {
        const feeder = rng.pick(breakers);
        exchange(rng, messages, 'get_analog', { point: `${code}.${feeder}.IA` }, { point: `${code}.${feeder}.IA`, value: rng.pick([0, 0, rng.int(80, 640)]), unit: 'A', quality: rng.pick(['GOOD', 'OLD', 'GOOD']) });
      }
      messages.push(say(ch.notes.join('; ') + '.'));
      if (c < chunks - 1 && rng.chance(0.6)) {
        messages.push(user(t(lang, {
          en: rng.pick(['More coming in.', 'Field crew says they heard a bang near the yard. Keep pulling.', 'Next batch.']),
          de: rng.pick(['Es kommt mehr.', 'Die Störungsmannschaft meldet einen Knall am Schaltfeld. Weiter abrufen.', 'Nächstes Paket.']),
        })));
      }
    }
    messages.push(user(t(lang, {
      en: 'Where are we now? Give me each breaker as OPEN / CLOSED / UNKNOWN, which line section you think is still faulted, and what I should verify before anyone closes anything.',
      de: 'Wie ist die Lage jetzt? Jeden Schalter als OPEN / CLOSED / UNKNOWN, welcher Leitungsabschnitt deiner Meinung nach noch fehlerbehaftet ist, und was ich prüfen muss, bevor irgendwer zuschaltet.',
    })));
    return { lang, messages, tools };
  },
};

const reeferColdChain: Family = {
  id: 'wa-mb-reefer-container',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Telemetry from one reefer arrives in pieces with gaps and power interruptions; the terminal asks what condition the cargo is in now, which requires an accumulated picture rather than the last line.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'pt'], i);
    const box = `${rng.pick(['MSKU', 'HLXU', 'CGMU', 'MNBU'])}${rng.int(1000000, 9999999)}`;
    const cargo = rng.pick([
      { name: 'frozen beef cuts', sp: -18 },
      { name: 'chilled grapes', sp: -0.5 },
      { name: 'bananas', sp: 13.3 },
      { name: 'frozen shrimp', sp: -20 },
    ]);
    const port = rng.pick(['Santos', 'Callao', 'Valparaíso', 'Manzanillo']);
    let hour = rng.int(0, 10);
    const chunk = (n: number, event: 'normal' | 'power' | 'door' | 'gap'): string => {
      const out: string[] = [];
      for (let k = 0; k < n; k++) {
        const drift = event === 'power' && k > 0 ? k * rng.int(8, 15) / 10 : rng.int(-3, 3) / 10;
        const sup = (cargo.sp + drift).toFixed(1);
        const ret = (cargo.sp + drift + rng.int(8, 25) / 10).toFixed(1);
        if (event === 'gap' && k === 1) { out.push(`${pad(hour)}:00Z  -- no data (modem offline) --`); hour += rng.int(2, 4); continue; }
        out.push(`${pad(hour % 24)}:00Z SUP ${sup} RET ${ret} AMB ${rng.int(24, 36)} HUM ${rng.int(70, 95)}% DEF ${rng.chance(0.15) ? 'on' : 'off'} PWR ${event === 'power' && k > 0 ? 'OFF' : 'on'} DOOR ${event === 'door' && k === 1 ? 'OPEN' : 'closed'}`);
        hour++;
      }
      return out.join('\n');
    };
    const messages: ChatMessage[] = [];
    if (rng.chance(0.8)) {
      messages.push(sys(t(lang, {
        en: `You help the reefer desk at the ${port} terminal. Telemetry from each container is pasted in batches as the monitoring portal refreshes; the modem often drops and plugs are pulled during yard moves. Keep track of each box across batches and answer in short operational English.`,
        es: `Ayudas a la mesa de contenedores refrigerados de la terminal de ${port}. La telemetría de cada contenedor se pega por tandas cuando se actualiza el portal; el módem se cae a menudo y los enchufes se desconectan en los movimientos de patio. Sigue cada contenedor a lo largo de las tandas y responde de forma breve y operativa.`,
        pt: `Você apoia a mesa de reefers do terminal de ${port}. A telemetria de cada contêiner é colada em lotes quando o portal atualiza; o modem cai com frequência e os plugues são desligados nas movimentações do pátio. Acompanhe cada contêiner ao longo dos lotes e responda de forma curta e operacional.`,
      })));
    }
    const first = chunk(rng.int(3, 5), 'normal');
    messages.push(user(t(lang, {
      en: `${box}, ${cargo.name}, setpoint ${cargo.sp} C, gate-in this morning. First batch:\n${first}`,
      es: `${box}, ${cargo.name}, consigna ${cargo.sp} C, entró por la puerta esta mañana. Primera tanda:\n${first}`,
      pt: `${box}, ${cargo.name}, setpoint ${cargo.sp} C, entrou no gate hoje de manhã. Primeiro lote:\n${first}`,
    })));
    messages.push(say(t(lang, { en: 'Noted. Supply air holding on setpoint, return delta normal, no alarms.', es: 'Anotado. Aire de impulsión en consigna, diferencia de retorno normal, sin alarmas.', pt: 'Anotado. Ar de insuflamento no setpoint, diferença de retorno normal, sem alarmes.' })));
    const events = rng.sample(['power', 'door', 'gap'] as const, rng.int(1, 3));
    for (const ev of events) {
      const note = t(lang, {
        en: ev === 'power' ? 'Box was moved to block R7 around this time.' : ev === 'door' ? 'Customs inspection was booked today.' : 'Portal refreshed again.',
        es: ev === 'power' ? 'Movieron el contenedor al bloque R7 más o menos a esta hora.' : ev === 'door' ? 'Hoy había inspección de aduana reservada.' : 'El portal se actualizó otra vez.',
        pt: ev === 'power' ? 'O contêiner foi levado para a quadra R7 por volta dessa hora.' : ev === 'door' ? 'Havia inspeção da Receita marcada para hoje.' : 'O portal atualizou de novo.',
      });
      messages.push(user(`${note}\n${chunk(rng.int(2, 4), ev)}`));
      messages.push(say(t(lang, {
        en: ev === 'power' ? 'Power-off readings logged; temperature was rising while unplugged. Waiting for the next batch to see recovery.' : ev === 'door' ? 'Door-open event logged; consistent with the inspection.' : 'Gap noted; no readings for part of that window.',
        es: ev === 'power' ? 'Registro las lecturas sin corriente; la temperatura subía mientras estuvo desenchufado. Espero la siguiente tanda para ver si se recupera.' : ev === 'door' ? 'Apertura de puerta registrada; cuadra con la inspección.' : 'Hueco anotado; faltan lecturas en parte de ese intervalo.',
        pt: ev === 'power' ? 'Leituras sem energia registradas; a temperatura subia enquanto estava desligado. Aguardo o próximo lote para ver a recuperação.' : ev === 'door' ? 'Abertura de porta registrada; bate com a inspeção.' : 'Lacuna anotada; faltam leituras em parte desse intervalo.',
      })));
    }
    const latest = chunk(2, 'normal');
    messages.push(user(t(lang, {
      en: `Latest:\n${latest}\nVessel cut-off is in ${rng.int(3, 9)} hours. What condition is this box in right now, and do we load it, hold it for a PTI, or call the surveyor?`,
      es: `Último:\n${latest}\nEl cierre del buque es en ${rng.int(3, 9)} horas. ¿En qué condición está este contenedor ahora mismo? ¿Lo embarcamos, lo retenemos para un PTI o llamamos al inspector?`,
      pt: `Último:\n${latest}\nO deadline do navio é em ${rng.int(3, 9)} horas. Em que condição está esse contêiner agora? Embarcamos, seguramos para PTI ou chamamos o vistoriador?`,
    })));
    return { lang, messages, max_tokens: rng.chance(0.5) ? 400 : undefined };
  },
};

const fuelProgress: Family = {
  id: 'wa-mb-flight-fuel-watch',
  label: 'model_based_reflex',
  difficulty: 'hard',
  secondary: 'goal_based',
  rationale: 'Position reports with fuel figures trickle in with gaps and the dispatcher asks for the current fuel picture and the immediate call, which depends on the trend tracked across reports.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'ja', 'en'], i);
    const flt = `${rng.pick(['AF', 'DL', 'NH', 'BA', 'LX'])}${rng.int(10, 990)}`;
    const route = rng.pick([['KJFK', 'LFPG', 'EGLL'], ['RJTT', 'KLAX', 'KSFO'], ['EGLL', 'KBOS', 'KJFK'], ['LSZH', 'KORD', 'KMSP']]) as [string, string, string];
    const wpts = rng.sample(['NICSO', 'DOGAL', 'BEXET', 'MALOT', 'SOMAX', 'KENUK', 'ELSOX', 'LIMRI', 'RESNO', 'NETKI', 'ADSAM', 'PIKIL'], 6);
    const planFob = rng.int(38, 62) * 1000;
    let fob = planFob;
    let plan = planFob;
    let t0 = rng.int(0, 1200);
    const burnBias = rng.int(2, 9) * 10;
    let lastGap: number | null = null;
    const tools: FunctionTool[] = [
      tool('get_position_reports', 'ACARS position reports for a flight since a UTC time.', { flight: str, since_utc: str }),
      tool('get_sigmet', 'Active SIGMETs intersecting a FIR.', { fir: str }, ['fir']),
      tool('send_acars_message', 'Send a free-text uplink to the cockpit.', { flight: str, text: str }),
    ];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `Flight-watch assistant for the ops control centre. For each monitored flight you see position reports (waypoint, time, fuel on board in kg, planned FOB at that waypoint). Reports are sometimes missing or delayed. Keep a running track of actual versus planned fuel and the burn trend. Never uplink to the crew without the dispatcher's OK.`,
        fr: `Assistant de suivi des vols pour le centre de contrôle des opérations. Pour chaque vol suivi, tu vois les comptes rendus de position (point, heure, carburant à bord en kg, carburant prévu à ce point). Des comptes rendus manquent ou arrivent en retard. Suis en continu l'écart réel/prévu et la tendance de consommation. N'envoie jamais de message à l'équipage sans l'accord du régulateur.`,
        ja: `オペレーションコントロールセンターのフライトウォッチ補助です。監視中の各便について、位置通報（ウェイポイント、時刻、搭載燃料 kg、その地点での計画燃料）が届きます。通報は欠けたり遅れたりします。実績と計画の差と消費傾向を継続して追ってください。ディスパッチャーの許可なしにクルーへアップリンクしないでください。`,
      })),
      user(t(lang, {
        en: `Watch ${flt} ${route[0]}-${route[1]}, alternate ${route[2]}. Planned landing fuel ${rng.int(5, 8)}.${rng.int(0, 9)} t, final reserve + alternate ${rng.int(3, 5)}.${rng.int(0, 9)} t.`,
        fr: `Surveille ${flt} ${route[0]}-${route[1]}, dégagement ${route[2]}. Carburant prévu à l'atterrissage ${rng.int(5, 8)},${rng.int(0, 9)} t, réserve finale + dégagement ${rng.int(3, 5)},${rng.int(0, 9)} t.`,
        ja: `${flt}（${route[0]}-${route[1]}、代替 ${route[2]}）を監視してください。着陸時計画燃料 ${rng.int(5, 8)}.${rng.int(0, 9)} t、最終予備＋代替 ${rng.int(3, 5)}.${rng.int(0, 9)} t。`,
      })),
    ];
    const batches = rng.int(2, 4);
    let w = 0;
    for (let b = 0; b < batches; b++) {
      const reps: Record<string, unknown>[] = [];
      const n = rng.int(1, 2);
      for (let k = 0; k < n && w < wpts.length; k++, w++) {
        t0 += rng.int(35, 70);
        plan -= rng.int(5, 7) * 1000;
        fob = plan - burnBias * (w + 1) * rng.int(8, 14);
        const missing = rng.chance(0.15);
        if (!missing) lastGap = plan - fob;
        reps.push(missing ? { wpt: wpts[w], time: `${hhmm(t0)}Z`, fob_kg: null, note: 'FOB field missing' } : { wpt: wpts[w], time: `${hhmm(t0)}Z`, fob_kg: fob, plan_fob_kg: plan, wind: `${rng.int(220, 310)}/${rng.int(40, 140)}`, fl: rng.pick([350, 370, 380, 390]) });
      }
      exchange(rng, messages, 'get_position_reports', { flight: flt, since_utc: `${hhmm(t0 - 90)}Z` }, reps);
      if (rng.chance(0.3)) exchange(rng, messages, 'get_sigmet', { fir: rng.pick(['CZQX', 'EGGX', 'KZAK', 'BIRD']) }, { sigmets: [{ id: `${rng.pick(['A', 'C', 'F'])}${rng.int(1, 9)}`, hazard: 'SEV TURB', fl: 'FL330-FL390', valid: `${hhmm(t0)}-${hhmm(t0 + 240)}Z` }] });
      messages.push(say(lastGap === null ? t(lang, {
        en: 'Logged. No usable FOB figure yet; waiting for the next report.',
        fr: 'Noté. Pas encore de chiffre de carburant exploitable ; j’attends le prochain compte rendu.',
        ja: '記録しました。まだ使える燃料値がありません。次の通報を待ちます。',
      }) : t(lang, {
        en: `Logged. Actual FOB is ${lastGap} kg under the flight-plan figure at the last good report.`,
        fr: `Noté. Carburant réel ${lastGap} kg sous le prévu au dernier compte rendu valide.`,
        ja: `記録しました。最後の有効な通報で、実績燃料は計画値より ${lastGap} kg 少ないです。`,
      })));
    }
    messages.push(user(t(lang, {
      en: 'Where does this one stand right now? Estimated landing fuel at destination, and do we do anything now or keep watching?',
      fr: 'Où en est ce vol maintenant ? Carburant estimé à l’atterrissage, et on agit maintenant ou on continue à surveiller ?',
      ja: 'この便は今どういう状況ですか？目的地での着陸時推定燃料と、今何か手を打つべきか、それとも監視を続けるべきか教えてください。',
    })));
    return { lang, messages, tools };
  },
};

const elevatorBank: Family = {
  id: 'wa-mb-elevator-bank',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Controller log fragments for several cars arrive over repeated polls, some cars stop reporting, and the facilities desk asks which cars are in service now, which needs a tracked picture of each car.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'zh', 'en', 'de'], i);
    const name = rng.pick(['Tower B', 'Meridian House', 'North Wing', 'Harbourfront One']);
    const floors = rng.int(18, 42);
    const bldg = t(lang, { en: `${name} (${floors} floors)`, zh: `${name}（${floors} 层）`, de: `${name} (${floors} Etagen)` });
    const cars = rng.int(4, 6);
    const tools: FunctionTool[] = [
      tool('poll_controller_log', 'Return new group-controller log lines since a cursor.', { bank: str, cursor: int }),
      tool('get_car_camera', 'Return the last still-image analysis for a car interior (occupancy count, lighting).', { bank: str, car: int }),
    ];
    const bank = rng.pick(['A', 'B', 'HIGH-RISE', 'LOW-RISE']);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You support the facilities control room for ${bldg}. The group controller streams terse log lines; cars that lose their CAN link simply go quiet. Keep each car's last known position, door condition and mode up to date as you poll. Do not dispatch technicians yourself.`,
        zh: `你协助${bldg}的设施监控室。群控器只输出简短日志；失去 CAN 通讯的轿厢会直接没有消息。每次轮询后，更新每台轿厢最后已知的楼层、门的情况和运行模式。不要自行派遣技术人员。`,
        de: `Du unterstützt die Gebäudeleitwarte für ${bldg}. Die Gruppensteuerung liefert knappe Logzeilen; Kabinen, deren CAN-Verbindung abbricht, melden sich einfach nicht mehr. Halte für jede Kabine die letzte bekannte Position, den Türzustand und die Betriebsart aktuell. Schicke selbst keine Techniker los.`,
      })),
      user(t(lang, {
        en: `Bank ${bank} alarm panel just lit up. Start polling.`,
        zh: `${bank} 组电梯报警面板刚亮了，开始轮询。`,
        de: `Alarmtableau für Gruppe ${bank} ist gerade angegangen. Fang an zu pollen.`,
      })),
    ];
    let cursor = rng.int(1000, 9000);
    let clock = rng.int(420, 1100);
    const polls = rng.int(2, 4);
    for (let p = 0; p < polls; p++) {
      const lines: string[] = [];
      for (const car of rng.sample(Array.from({ length: cars }, (_, k) => k + 1), rng.int(2, cars))) {
        clock += rng.int(0, 2);
        const ev = rng.pick([
          `CAR${car} POS ${rng.int(1, floors)} DIR ${rng.pick(['UP', 'DN', '--'])} DOORS ${rng.pick(['CLOSED', 'OPEN'])}`,
          `CAR${car} FAULT 0x${rng.pick(['2A1', '3F0', '118'])} DOOR ZONE LOST`,
          `CAR${car} SAFETY CHAIN OPEN @${rng.int(1, floors)}`,
          `CAR${car} MODE INDEPENDENT`,
          `CAR${car} MODE AUTO`,
          `CAR${car} HEARTBEAT TIMEOUT`,
          `CAR${car} ALARM BUTTON PRESSED`,
        ]);
        lines.push(`${hhmm(clock)}:${pad(rng.int(0, 59))} ${ev}`);
      }
      exchange(rng, messages, 'poll_controller_log', { bank, cursor }, { cursor: cursor + lines.length, lines });
      cursor += lines.length;
      if (rng.chance(0.35)) {
        const car = rng.int(1, cars);
        exchange(rng, messages, 'get_car_camera', { bank, car }, { car, ts: `${hhmm(clock)}`, occupants: rng.pick([0, 0, 1, 2, 'unknown']), lighting: rng.pick(['normal', 'emergency'] as const) });
      }
      if (rng.chance(0.6)) messages.push(say(t(lang, { en: 'Updated the car list; continuing to poll.', zh: '已更新各轿厢情况，继续轮询。', de: 'Kabinenliste aktualisiert, ich polle weiter.' })));
    }
    messages.push(user(t(lang, {
      en: 'Security is asking. Which cars are in service right now, which are out, and is anyone likely stuck inside one of them?',
      zh: '保安在问：现在哪些轿厢在正常运行，哪些停用了，有没有可能有人被困在某台里面？',
      de: 'Der Sicherheitsdienst fragt: Welche Kabinen sind gerade in Betrieb, welche nicht, und sitzt vermutlich jemand in einer fest?',
    })));
    return { lang, messages, tools };
  },
};

const priorAuthBoard: Family = {
  id: 'wa-mb-prior-auth-board',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Authorization updates for several patients arrive piecemeal from faxes, portal checks and phone notes, and the coordinator asks what each case looks like now and the immediate next action, which requires the accumulated case picture.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'pt', 'en'], i);
    const services = rng.sample([
      { svc: 'MRI lumbar spine w/o contrast (72148)', payer: 'Cigna' },
      { svc: 'adalimumab 40 mg (J0135)', payer: 'Aetna' },
      { svc: 'home sleep study (G0399)', payer: 'UHC' },
      { svc: 'knee arthroscopy, meniscectomy (29881)', payer: 'Humana' },
      { svc: 'PET/CT skull base to mid-thigh (78815)', payer: 'BCBS' },
      { svc: 'outpatient PT, 12 visits (97110)', payer: 'Medicaid MCO' },
    ], rng.int(3, 4));
    const pts = services.map((s, k) => ({ ...s, id: `${String.fromCharCode(65 + rng.int(0, 25))}.${String.fromCharCode(65 + rng.int(0, 25))}. MRN ${rng.int(100000, 999999)}`, n: k }));
    const kinds = ['fax', 'portal', 'phone'] as const;
    const updateText = (p: (typeof pts)[number], kind: (typeof kinds)[number]): string => {
      if (kind === 'fax') return `[fax OCR ${hhmm(rng.int(480, 1020))}] RE: ${p.id} ${p.svc} -- ${rng.pick(['PENDED: additional clinical information required (last 2 office notes, conservative therapy dates)', 'DENIED: not medically necessary per criteria; peer-to-peer may be requested within 14 days', 'RECEIVED, under review, determination within 72h'])}`;
      if (kind === 'portal') return `[${p.payer} portal] ${p.id} ${p.svc}: status ${rng.pick(['APPROVED auth #' + rng.int(10000000, 99999999) + ' valid 90 days', 'IN REVIEW', 'CLOSED - duplicate request', 'NO RECORD FOUND'])}`;
      return `[phone note, ${rng.pick(['Dana', 'Luis', 'Priya'])}] called ${p.payer} about ${p.id}: ${rng.pick(['rep says the fax never arrived, resend to the UM line', 'peer-to-peer slot offered for tomorrow 10:30, needs ordering MD', 'rep confirmed approval but CPT on auth does not match the order', 'on hold 40 min, dropped'])}`;
    };
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: 'You are the prior-authorization coordinator assistant for an outpatient specialty clinic. Staff paste updates as they come in (fax OCR, payer portal checks, phone notes). Updates can contradict earlier ones; the most recent reliable source wins, and portal "NO RECORD FOUND" is often just lag. Keep one line per case and keep it current. Reply briefly after each paste.',
        de: 'Du bist der Assistent für Kostenübernahme-Anfragen einer ambulanten Facharztpraxis. Das Team fügt Meldungen ein, sobald sie kommen (Fax-OCR, Abfragen im Kassenportal, Telefonnotizen). Neue Meldungen können älteren widersprechen; die jüngste verlässliche Quelle gilt, und „NO RECORD FOUND“ im Portal ist oft nur Verzögerung. Führe eine Zeile pro Fall und halte sie aktuell. Antworte nach jeder Meldung kurz.',
        pt: 'Você é o assistente de autorizações prévias de uma clínica ambulatorial de especialidades. A equipe cola as atualizações conforme chegam (OCR de fax, consultas ao portal do convênio, anotações de telefonemas). Atualizações podem contradizer as anteriores; vale a fonte confiável mais recente, e "NO RECORD FOUND" no portal costuma ser só atraso. Mantenha uma linha por caso, sempre atualizada. Responda brevemente após cada colagem.',
      })),
    ];
    const rounds = rng.int(3, 6);
    for (let r = 0; r < rounds; r++) {
      const batch = rng.sample(pts, rng.int(1, 2)).map((p) => updateText(p, rng.pick(kinds)));
      messages.push(user(batch.join('\n')));
      messages.push(say(t(lang, {
        en: `Updated ${batch.length === 1 ? 'that case' : 'both cases'}.`,
        de: `${batch.length === 1 ? 'Fall' : 'Beide Fälle'} aktualisiert.`,
        pt: `${batch.length === 1 ? 'Caso atualizado' : 'Os dois casos foram atualizados'}.`,
      })));
    }
    messages.push(user(t(lang, {
      en: 'Morning huddle in 5. Where does each case stand right now, and what is the one next action for each?',
      de: 'Frühbesprechung in 5 Minuten. Wo steht jeder Fall gerade, und was ist jeweils der nächste Handgriff?',
      pt: 'Reunião da manhã em 5 minutos. Em que pé está cada caso agora e qual é a próxima ação de cada um?',
    })));
    return { lang, messages };
  },
};

const ballastSoundings: Family = {
  id: 'wa-mb-ballast-soundings',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'Draft marks, tank soundings and cargo tallies come in over several reports during loading, one gauge is stuck, and the mate asks for the present trim and list and the pump to run next, which needs a tracked picture of the ship.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'es'], i);
    const ship = rng.pick(['MV Nordic Tern', 'MV Kasuga Maru', 'MV Santa Lucía', 'MV Baltic Crest']);
    const tanks = ['WBT 1P', 'WBT 1S', 'WBT 2P', 'WBT 2S', 'WBT 3P', 'WBT 3S', 'FPT', 'APT'];
    const stuck = rng.pick(tanks.slice(0, 6));
    const stuckVal = (rng.int(20, 90) / 10).toFixed(2);
    const messages: ChatMessage[] = [];
    if (rng.chance(0.75)) {
      messages.push(sys(t(lang, {
        en: `Cargo-watch assistant on the bridge of ${ship}, a bulk carrier loading at berth. The chief officer pastes draft readings, remote tank gauge soundings (m) and shore tallies as they come. Remote gauges drift or freeze; a value that does not move while its pump is running is suspect. Keep a running picture of drafts, trim (by stern positive), list and tank contents between reports. Short answers.`,
        ja: `${ship}（岸壁で荷役中のばら積み船）のブリッジで荷役監視を補助します。一等航海士が喫水の読み、遠隔タンクゲージの測深値（m）、陸側の積付け数量を随時貼り付けます。遠隔ゲージはずれたり固着したりします。ポンプ運転中に値が動かないゲージは疑ってください。報告の合間も喫水、トリム（船尾トリムを正）、ヒール、各タンクの量を把握し続けてください。回答は短く。`,
        es: `Asistente de guardia de carga en el puente del ${ship}, un granelero cargando en muelle. El primer oficial pega lecturas de calados, sondas remotas de tanques (m) y las cifras de tierra a medida que llegan. Las sondas remotas se desvían o se congelan; un valor que no cambia con su bomba en marcha es sospechoso. Mantén entre informes una imagen actualizada de calados, asiento (positivo apopante), escora y contenido de tanques. Respuestas breves.`,
      })));
    }
    let fwd = rng.int(520, 640) / 100;
    let aft = fwd + rng.int(80, 160) / 100;
    const reports = rng.int(3, 5);
    for (let r = 0; r < reports; r++) {
      fwd += rng.int(20, 60) / 100;
      aft += rng.int(10, 50) / 100;
      const port = ((fwd + aft) / 2 + rng.int(-8, 8) / 100).toFixed(2);
      const stbd = ((fwd + aft) / 2 + rng.int(-8, 8) / 100).toFixed(2);
      const sound = rng.sample(tanks, rng.int(3, 5)).map((tk) => `${tk} ${tk === stuck ? stuckVal : (rng.int(5, 110) / 10).toFixed(2)}`).join(', ');
      const hatch = rng.int(1, 7);
      const pump = rng.pick(['No.1 ballast pump deballasting WBT 2P/2S', `No.2 ballast pump on ${stuck}`, 'both pumps stopped', 'No.1 ballast pump on WBT 3S']);
      const line = `${hhmm(rng.int(0, 1439))} draft F ${fwd.toFixed(2)} A ${aft.toFixed(2)} MidP ${port} MidS ${stbd} | ${sound} | hatch ${hatch} +${rng.int(1500, 6000)} t (pour ${r + 1}) | ${pump}`;
      messages.push(user(line));
      if (r < reports - 1) {
        messages.push(say(t(lang, {
          en: rng.pick(['Logged.', `Logged. ${stuck} reading unchanged since last report.`, 'Logged; list slightly to port.']),
          ja: rng.pick(['記録しました。', `記録しました。${stuck} の値は前回から変化なし。`, '記録しました。わずかに左舷ヒール。']),
          es: rng.pick(['Anotado.', `Anotado. ${stuck} sin cambios desde el último informe.`, 'Anotado; ligera escora a babor.']),
        })));
      }
    }
    messages.push(user(t(lang, {
      en: `Surveyor wants numbers. Trim and list as of now, which gauge you don't believe, and which pump/tank do I run next to keep her upright for the next pour in hatch ${rng.int(1, 7)}?`,
      ja: `検定員が数字を求めています。現時点のトリムとヒール、信用できないゲージ、そして次のハッチ ${rng.int(1, 7)} への積込みに向けて船体をまっすぐ保つため、次にどのポンプとタンクを回すべきか教えてください。`,
      es: `El inspector quiere cifras. Asiento y escora ahora mismo, qué sonda no te crees, y qué bomba/tanque pongo a continuación para mantenerla adrizada en el próximo vertido en la bodega ${rng.int(1, 7)}.`,
    })));
    return { lang, messages, max_tokens: rng.chance(0.5) ? 300 : undefined };
  },
};

// =====================================================================
// goal_based
// =====================================================================

const snfDischarge: Family = {
  id: 'wa-gb-snf-discharge',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The agent works through prerequisite checks and facility searches toward a fixed discharge deadline and is asked for the next step that moves the case toward that end point.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'es'], i);
    const enc = `ENC-${rng.int(3000000, 3999999)}`;
    const payer = rng.pick(['Medicare A', 'Humana Medicare Advantage', 'Aetna Medicare', 'Medicaid + Medicare (dual)']);
    const deadline = rng.pick(['Thursday 12:00', 'Friday 10:00', 'Wednesday 15:00']);
    const tools: FunctionTool[] = [
      tool('get_discharge_checklist', 'Return discharge prerequisites and their status for an encounter.', { encounter_id: str }),
      tool('search_snf', 'Search skilled nursing facilities with open beds.', { payer: str, radius_mi: int, needs: list(str) }, ['payer', 'radius_mi']),
      tool('send_referral', 'Send the referral packet to a facility.', { facility_id: str, encounter_id: str }),
      tool('request_payer_auth', 'Submit a post-acute authorization request.', { payer: str, facility_id: str, encounter_id: str }),
      tool('book_transport', 'Book wheelchair van or stretcher transport.', { encounter_id: str, mode: oneOf('wheelchair_van', 'stretcher', 'bls_ambulance'), pickup: str }),
    ];
    const needs = rng.sample(['IV antibiotics', 'wound vac', 'bariatric bed', 'dialysis chair time', 'PT 5x/week', 'trach care'], rng.int(1, 2));
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You are a discharge coordination agent for the inpatient case-management team at ${rng.pick(['Mercy General', 'St. Luke’s Regional', 'Eastside Medical Center'])}. Use the tools to move patients to the right post-acute setting. Some steps depend on others: a payer auth needs an accepting facility; transport can only be booked after auth is approved and the facility confirms a bed. Never book transport speculatively.`,
        fr: `Tu es l’agent de coordination des sorties pour l’équipe de gestion des parcours de ${rng.pick(['l’hôpital Saint-Joseph', 'le CHU Nord', 'la clinique des Cèdres'])}. Utilise les outils pour orienter les patients vers la bonne structure d’aval. Certaines étapes dépendent d’autres : l’accord de l’assureur exige un établissement qui accepte le patient ; le transport ne se réserve qu’après l’accord et la confirmation du lit. Ne réserve jamais de transport par anticipation.`,
        es: `Eres el agente de coordinación de altas del equipo de gestión de casos de ${rng.pick(['Hospital San Rafael', 'Clínica del Norte', 'Hospital Universitario Sur'])}. Usa las herramientas para trasladar a los pacientes al recurso post-agudo adecuado. Algunos pasos dependen de otros: la autorización de la aseguradora requiere un centro que acepte al paciente; el transporte solo se reserva cuando la autorización está aprobada y el centro confirma la cama. Nunca reserves transporte por adelantado.`,
      })),
      user(t(lang, {
        en: `${enc}: 78-year-old after hip ORIF, PT recommends SNF. Payer ${payer}. Needs: ${needs.join(', ')}. Family prefers within ${rng.int(10, 25)} miles. We need this patient out to a SNF by ${deadline}. Work it.`,
        fr: `${enc} : patiente de 78 ans après ostéosynthèse de hanche, le kiné recommande un SSR. Assurance ${payer}. Besoins : ${needs.join(', ')}. La famille veut moins de ${rng.int(15, 40)} km. Il faut qu’elle soit sortie vers un SSR d’ici ${deadline}. Occupe-t’en.`,
        es: `${enc}: paciente de 78 años tras osteosíntesis de cadera; fisioterapia recomienda centro de convalecencia. Aseguradora ${payer}. Necesidades: ${needs.join(', ')}. La familia prefiere a menos de ${rng.int(15, 40)} km. Tiene que estar trasladada antes del ${deadline}. Encárgate.`,
      })),
    ];
    exchange(rng, messages, 'get_discharge_checklist', { encounter_id: enc }, {
      encounter_id: enc,
      items: [
        { item: 'PT/OT evaluation', status: 'done' },
        { item: 'medical clearance note', status: rng.pick(['done', 'pending - hospitalist to sign']) },
        { item: 'med reconciliation', status: rng.pick(['done', 'not started']) },
        { item: 'facility acceptance', status: 'not started' },
        { item: 'payer authorization', status: 'not started' },
        { item: 'transport', status: 'not started' },
        { item: 'family meeting', status: rng.pick(['done', 'scheduled tomorrow 09:00']) },
      ],
    });
    const facs = Array.from({ length: rng.int(3, 5) }, () => ({
      facility_id: `SNF-${rng.int(100, 999)}`,
      name: `${rng.pick(['Oak', 'Willow', 'Cedar', 'Brookside', 'Lakeview', 'Maple'])} ${rng.pick(['Care Center', 'Rehab & Nursing', 'Health Campus'])}`,
      distance_mi: rng.int(3, 30),
      open_beds: rng.int(0, 4),
      accepts_payer: rng.chance(0.7),
      capabilities: rng.sample(needs.concat(['PT 5x/week', 'IV antibiotics']), rng.int(1, 2)),
    }));
    exchange(rng, messages, 'search_snf', { payer, radius_mi: 25, needs }, { results: facs });
    if (rng.chance(0.5)) {
      const f = facs[0]!;
      exchange(rng, messages, 'send_referral', { facility_id: f.facility_id, encounter_id: enc }, { status: rng.pick(['sent', 'sent', 'declined - no bed for bariatric']), facility_id: f.facility_id });
      messages.push(say(t(lang, { en: `Referral sent to ${f.name}. Waiting on their response.`, fr: `Dossier envoyé à ${f.name}. En attente de leur réponse.`, es: `Derivación enviada a ${f.name}. Esperando su respuesta.` })));
      messages.push(user(t(lang, { en: 'Ok. What is the next move, and what has to happen after that to make the deadline?', fr: 'D’accord. Prochaine étape, et qu’est-ce qui doit suivre pour tenir l’échéance ?', es: 'Vale. ¿Cuál es el siguiente paso y qué tiene que pasar después para llegar a tiempo?' })));
    }
    return { lang, messages, tools, tool_choice: 'auto' };
  },
};

const lotoIsolation: Family = {
  id: 'wa-gb-loto-isolation',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'Given a press, its energy sources and ordering dependencies, the agent must produce the ordered isolation steps that bring the machine to a safe-for-work condition.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'zh', 'en'], i);
    const press = `${rng.pick(['PR', 'HP', 'TP'])}-${rng.int(2, 19)}`;
    const mcc = `MCC-${rng.int(1, 6)} bucket ${rng.int(1, 9)}${rng.pick(['A', 'B', 'C'])}`;
    const sources = [
      `E1 main drive motor 460 V, disconnect ${mcc}`,
      `E2 control power 120 V, CB-${rng.int(10, 40)} in panel LP-${rng.int(1, 4)}`,
      `H1 hydraulic pump motor, disconnect MCC-${rng.int(1, 6)} bucket ${rng.int(1, 9)}D`,
      `H2 hydraulic accumulator ${rng.int(1500, 3000)} psi, bleed valve BV-${rng.int(1, 9)}`,
      `P1 plant air 90 psi, ball valve AV-${rng.int(100, 199)} with downstream dump DV-${rng.int(1, 9)}`,
      `G1 ram/slide weight ${rng.int(4, 18)} t (gravity), die blocks stored at ${rng.pick(['west column', 'operator side'])}`,
      ...(rng.chance(0.5) ? [`T1 die heater 240 V, CB-${rng.int(41, 60)} panel LP-${rng.int(1, 4)}`] : []),
    ];
    const rulesEn = [
      'Stop the press at top of stroke using normal controls before touching any isolation point.',
      'Ram must be mechanically blocked before hydraulic pressure is released (counterbalance is hydraulic).',
      'Isolate the hydraulic pump motor before bleeding the accumulator, or it will recharge.',
      'Control power must stay on until the ram is blocked (block sensor interlock), then isolate it.',
      'Air dump valve must be opened after the supply valve is closed and locked.',
      'Try-start from the operator station only after every electrical point is locked.',
    ];
    const system = t(lang, {
      en: 'You write lockout/tagout procedures for maintenance crews. Output the exact order of steps. Each step names one isolation point, the action and how it is verified. Follow every dependency given; if two orders are valid, prefer the one with fewer trips between the panel and the press.',
      de: 'Du schreibst LOTO-Freischaltabläufe für Instandhaltungsteams. Gib die genaue Reihenfolge der Schritte aus. Jeder Schritt nennt eine Trennstelle, die Handlung und wie sie geprüft wird. Halte alle genannten Abhängigkeiten ein; sind zwei Reihenfolgen gültig, nimm die mit weniger Wegen zwischen Schaltschrank und Presse.',
      zh: '你为维修班组编写上锁挂牌（LOTO）步骤。请输出严格的步骤顺序。每一步写明一个隔离点、操作内容以及如何验证。必须满足所有给出的先后依赖；若有两种顺序都可行，选择在配电柜和压力机之间往返次数更少的那种。',
    });
    const ask = t(lang, {
      en: `Die change on ${press} tonight. The crew needs the press with zero energy at every source so they can get their hands in the die area. Sources:\n${sources.join('\n')}\n\nConstraints:\n- ${rulesEn.join('\n- ')}`,
      de: `Heute Nacht Werkzeugwechsel an ${press}. Die Mannschaft braucht die Presse an allen Quellen energiefrei, damit sie in den Werkzeugraum greifen kann. Quellen:\n${sources.join('\n')}\n\nRandbedingungen (aus der Betriebsanweisung):\n- ${rulesEn.join('\n- ')}`,
      zh: `今晚 ${press} 换模。班组需要所有能量源都归零，才能把手伸进模具区。能量源：\n${sources.join('\n')}\n\n约束（摘自作业指导书）：\n- ${rulesEn.join('\n- ')}`,
    });
    const messages: ChatMessage[] = rng.chance(0.8) ? [sys(system), user(ask)] : [user(`${system}\n\n${ask}`)];
    return {
      lang,
      messages,
      response_format: jsonSchema('loto_sequence', {
        press: str,
        steps: list(obj({ order: int, point: str, action: oneOf('stop', 'block', 'open_and_lock', 'close_and_lock', 'bleed', 'dump', 'try_start', 'verify_zero'), verification: str })),
      }),
    };
  },
};

const pilotagePassage: Family = {
  id: 'wa-gb-pilotage-passage',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'The agent explores channel segments, tide windows and tug slots with navigation tools to get one vessel from anchorage to a named berth, and is asked for the passage sequence or its next step.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'pt'], i);
    const vessel = rng.pick(['MSC Aurelia', 'Ever Gentle', 'Cap San Lorenzo', 'Maersk Kinloss', 'Grande Brasile']);
    const draft = (rng.int(118, 148) / 10).toFixed(1);
    const berth = `${rng.pick(['TCP', 'T2', 'Muelle Sur', 'Cais 3'])} berth ${rng.int(2, 12)}`;
    const tools: FunctionTool[] = [
      tool('get_channel_segments', 'List channel legs between two points with controlling depth and restrictions.', { from: str, to: str }),
      tool('get_tide_window', 'Windows when underkeel clearance in a segment is met for a draft.', { segment: str, draft_m: num, date: str }),
      tool('check_tug_availability', 'Free tugs and bollard pull for a time window.', { from_utc: str, to_utc: str }),
      tool('request_vts_slot', 'Request a VTS transit slot for a segment.', { vessel: str, segment: str, eta_utc: str }),
    ];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: 'You are the pilot station scheduling assistant. Get inbound vessels from the anchorage to their berth safely: underkeel clearance of at least 10% of draft in every leg, one-way legs need a VTS slot, vessels over 300 m need two tugs from the turning basin. Use the tools to find out what you need; do not assume depths.',
        es: 'Eres el asistente de programación de la estación de prácticos. Lleva los buques de entrada desde el fondeadero a su atraque con seguridad: resguardo bajo quilla de al menos el 10% del calado en cada tramo, los tramos de sentido único necesitan turno del VTS y los buques de más de 300 m necesitan dos remolcadores desde la dársena de maniobra. Usa las herramientas para averiguar lo que necesites; no supongas profundidades.',
        pt: 'Você é o assistente de programação da praticagem. Leve os navios de entrada do fundeadouro até o berço com segurança: folga abaixo da quilha de pelo menos 10% do calado em cada trecho, trechos de mão única exigem janela do VTS e navios acima de 300 m precisam de dois rebocadores a partir da bacia de evolução. Use as ferramentas para descobrir o que precisa; não presuma profundidades.',
      })),
      user(t(lang, {
        en: `${vessel}, LOA ${rng.int(240, 366)} m, draft ${draft} m, at anchorage ${rng.pick(['Alpha', 'Bravo', 'Charlie'])}. Get her alongside ${berth} as early as possible tomorrow.`,
        es: `${vessel}, eslora ${rng.int(240, 366)} m, calado ${draft} m, en el fondeadero ${rng.pick(['Alfa', 'Bravo', 'Charlie'])}. Hay que atracarlo en ${berth} lo antes posible mañana.`,
        pt: `${vessel}, LOA ${rng.int(240, 366)} m, calado ${draft} m, no fundeadouro ${rng.pick(['Alfa', 'Bravo', 'Charlie'])}. Precisamos atracá-lo no ${berth} o mais cedo possível amanhã.`,
      })),
    ];
    const segs = ['Outer bar', 'Channel leg 1', 'Channel leg 2', 'Turning basin', 'Inner harbour'].slice(0, rng.int(4, 5));
    exchange(rng, messages, 'get_channel_segments', { from: 'anchorage', to: berth }, {
      segments: segs.map((s) => ({ segment: s, controlling_depth_m: (rng.int(125, 165) / 10), one_way: rng.chance(0.4), length_nm: rng.int(1, 7) })),
    });
    const shallow = rng.pick(segs);
    const startWin = rng.int(180, 600);
    exchange(rng, messages, 'get_tide_window', { segment: shallow, draft_m: Number(draft), date: 'tomorrow' }, {
      segment: shallow,
      windows_utc: [`${hhmm(startWin)}-${hhmm(startWin + rng.int(90, 180))}`, `${hhmm(startWin + 740)}-${hhmm(startWin + 740 + rng.int(90, 180))}`],
    });
    if (rng.chance(0.6)) {
      const c = calls(rng, ['check_tug_availability', { from_utc: hhmm(startWin - 60), to_utc: hhmm(startWin + 240) }], ['request_vts_slot', { vessel, segment: 'Channel leg 1', eta_utc: hhmm(startWin) }]);
      messages.push(c.message,
        result(c.ids[0]!, { tugs: [{ name: 'Svitzer Mercurius', bp_t: 70, free_from: hhmm(startWin + rng.int(-30, 90)) }, { name: 'Boluda Vb Cobra', bp_t: 65, free_from: hhmm(startWin + rng.int(0, 150)) }] }),
        result(c.ids[1]!, { granted: rng.chance(0.6), alternative_eta_utc: hhmm(startWin + rng.int(20, 80)) }));
    }
    messages.push(user(t(lang, {
      en: 'Give me the passage sequence with times for each leg, the tug make-fast point, and anything still missing before I can confirm.',
      es: 'Dame la secuencia del tránsito con horas por tramo, el punto de toma de remolcadores y lo que falte antes de poder confirmar.',
      pt: 'Me passe a sequência da manobra com horários por trecho, o ponto de passagem dos cabos dos rebocadores e o que ainda falta para eu confirmar.',
    })));
    return { lang, messages, tools };
  },
};

const grainLegRouting: Family = {
  id: 'wa-gb-grain-leg-routing',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The agent must find a path through a conveyor/leg/distributor network around out-of-service equipment to get grain from one pit to one bin, and give the settings and start sequence.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'ja', 'en'], i);
    const pit = rng.int(1, 2);
    const bin = rng.int(9, 16);
    const cap = (): string => `${rng.int(8, 20)}k bu/h`;
    const edges = [
      `Pit 1 -> drag D1 (${cap()})`,
      `Pit 2 -> drag D2 (${cap()})`,
      `D1 -> leg L1 via gate G1`,
      `D2 -> leg L1 via gate G4`,
      `D2 -> leg L2 via gate G5`,
      `L1 head -> distributor DS-1`,
      `L2 head -> distributor DS-2`,
      `DS-1 spout 1-8 -> bins 1-8`,
      `DS-1 spout 9 -> overhead belt B3`,
      `DS-2 spout 1-4 -> bins 9-12`,
      `DS-2 spout 5 -> dryer wet tank`,
      `DS-2 spout 6 -> overhead belt B4`,
      `B3 -> trippers T9..T16 over bins 9-16`,
      `B4 -> trippers T13..T16 over bins 13-16`,
    ];
    const down = rng.sample(['leg L2 (belt splice)', 'gate G4 (actuator fault)', 'belt B4 (zero-speed switch bypassed, do not run)', 'DS-2 spout 6 (indexing fault)', `tripper T${bin} (limit switch)`], rng.int(1, 2));
    const crop = rng.pick(['corn', 'soybeans', 'milo']);
    const prompt = t(lang, {
      en: `Need the ${crop} from pit ${pit} into bin ${bin}. Trucks lining up in ${rng.int(10, 40)} min.\n\nFlow map:\n${edges.join('\n')}\n\nOut of service today: ${down.join('; ')}.\n\nGive me the route, every gate/spout/tripper position, and the order to start the equipment (start downstream first so nothing plugs). If bin ${bin} is unreachable, say so and give the nearest bin I can reach.`,
      pt: `Preciso levar o ${crop === 'corn' ? 'milho' : crop === 'soybeans' ? 'soja' : 'sorgo'} da moega ${pit} para o silo ${bin}. Os caminhões chegam em ${rng.int(10, 40)} min.\n\nMapa de fluxo:\n${edges.join('\n')}\n\nFora de operação hoje: ${down.join('; ')}.\n\nMe passe a rota, a posição de cada registro/bica/tripper e a ordem de partida dos equipamentos (partir de jusante para montante para não embuchar). Se o silo ${bin} não for alcançável, diga e indique o silo mais próximo que dá para alcançar.`,
      ja: `${pit}番ピットの${crop === 'corn' ? 'トウモロコシ' : crop === 'soybeans' ? '大豆' : 'ソルガム'}を${bin}番ビンに入れたいです。トラックは${rng.int(10, 40)}分後に並び始めます。\n\nフロー図:\n${edges.join('\n')}\n\n本日停止中: ${down.join('; ')}。\n\n経路、各ゲート・スパウト・トリッパーの位置、そして機器の起動順（詰まらないよう下流側から起動）を教えてください。${bin}番ビンに届かない場合はそう言って、届く中で一番近いビンを示してください。`,
    });
    const messages: ChatMessage[] = rng.chance(0.5)
      ? [sys(t(lang, { en: 'Elevator operations helper for the scale-house operator. Be exact about equipment names.', pt: 'Assistente de operações do armazém para o operador da balança. Seja exato nos nomes dos equipamentos.', ja: '計量室オペレーター向けのエレベーター運転補助です。機器名は正確に。' })), user(prompt)]
      : [user(prompt)];
    return { lang, messages, max_tokens: rng.chance(0.4) ? 500 : undefined };
  },
};

const aircraftRelease: Family = {
  id: 'wa-gb-aircraft-release',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'The maintenance agent queries open defects, MEL options and stock to get one aircraft to a releasable condition by a departure time and is asked for the next step toward release.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de'], i);
    const tail = rng.pick(['N812AX', 'F-HBXK', 'D-AINQ', 'N427DL', 'G-EUYR']);
    const type = rng.pick(['A320neo', 'A321ceo', 'B737-800', 'E190']);
    const std = rng.pick(['05:40', '06:10', '06:55']);
    const station = rng.pick(['ORD', 'CDG', 'FRA', 'ATL', 'LHR']);
    const tools: FunctionTool[] = [
      tool('query_open_items', 'Open defects and due tasks for a tail.', { tail: str }),
      tool('check_mel', 'MEL entry for an item: category, repair interval, (O)/(M) procedures.', { aircraft_type: str, mel_ref: str }),
      tool('check_stores', 'Stock of a part number at a station and nearby stations.', { part_no: str, station: str }),
      tool('get_shift_roster', 'Technicians on shift with authorisations.', { station: str, shift: oneOf('night', 'early') }),
      tool('assign_task', 'Assign a task card to a technician.', { task_id: str, tech_id: str }),
    ];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You are the line-maintenance control assistant at ${station}. Your job each night is to get aircraft released to service for their first departure. An item can be cleared by repair, deferred under the MEL if the category and (O)/(M) procedures allow, or it blocks release. Use tools to check; do not guess MEL categories or stock.`,
        fr: `Tu es l’assistant du contrôle maintenance en ligne à ${station}. Chaque nuit, tu dois faire remettre les avions en service pour leur premier départ. Un défaut se solde par une réparation, un report MEL si la catégorie et les procédures (O)/(M) le permettent, ou il bloque la remise en service. Vérifie avec les outils ; ne devine ni les catégories MEL ni le stock.`,
        de: `Du bist der Assistent der Line-Maintenance-Steuerung in ${station}. Jede Nacht sollen die Flugzeuge für ihren ersten Abflug freigegeben werden. Ein Befund wird repariert, nach MEL zurückgestellt, wenn Kategorie und (O)/(M)-Verfahren es erlauben, oder er verhindert die Freigabe. Prüfe mit den Tools; rate weder MEL-Kategorien noch Lagerbestand.`,
      })),
      user(t(lang, {
        en: `${tail} (${type}) is on the first wave, STD ${std}. Get it released.`,
        fr: `${tail} (${type}) part en première vague, STD ${std}. Fais-le remettre en service.`,
        de: `${tail} (${type}) fliegt in der ersten Welle, STD ${std}. Bring ihn zur Freigabe.`,
      })),
    ];
    const items = rng.sample([
      { id: `TC-${rng.int(1000, 9999)}`, text: 'PACK 2 flow control valve inop', mel: '21-51-01', pn: '3291842-4' },
      { id: `TC-${rng.int(1000, 9999)}`, text: 'Bird strike reported on approach, radome', mel: null, pn: null },
      { id: `TC-${rng.int(1000, 9999)}`, text: 'Lav 3 faucet leaking', mel: '38-10-02', pn: 'AL1012-3' },
      { id: `TC-${rng.int(1000, 9999)}`, text: 'Nose wheel tire worn to limit', mel: null, pn: 'DR23891T' },
      { id: `TC-${rng.int(1000, 9999)}`, text: 'Weather radar PWS fault msg', mel: '34-43-02', pn: null },
      { id: `TC-${rng.int(1000, 9999)}`, text: 'A-check item: engine oil sample due', mel: null, pn: null },
    ], rng.int(3, 5));
    exchange(rng, messages, 'query_open_items', { tail }, { tail, items: items.map((x) => ({ task_id: x.id, description: x.text, raised: `${hhmm(rng.int(1200, 1439))}` })) });
    const melItem = items.find((x) => x.mel);
    if (melItem) {
      exchange(rng, messages, 'check_mel', { aircraft_type: type, mel_ref: melItem.mel! }, { mel_ref: melItem.mel, category: rng.pick(['C', 'B', 'A']), repair_interval_days: rng.pick([3, 10, 120]), operational_procedure: rng.chance(0.6), maintenance_procedure: rng.chance(0.5), remarks: rng.pick(['May be inoperative provided the other pack operates normally', 'Not permitted for ETOPS', '']) });
    }
    const partItem = items.find((x) => x.pn);
    if (partItem && rng.chance(0.7)) {
      exchange(rng, messages, 'check_stores', { part_no: partItem.pn!, station }, { part_no: partItem.pn, on_hand: rng.pick([0, 0, 1, 2]), nearest: [{ station: rng.pick(['MDW', 'ORY', 'MUC', 'BHX']), qty: rng.int(1, 3), transit_h: rng.int(2, 6) }] });
    }
    if (rng.chance(0.5)) {
      messages.push(say(t(lang, {
        en: 'I have the open items and the MEL entry. Two items can likely be deferred; at least one must be cleared before release.',
        fr: 'J’ai les défauts ouverts et l’entrée MEL. Deux défauts peuvent probablement être reportés ; au moins un doit être soldé avant la remise en service.',
        de: 'Offene Befunde und MEL-Eintrag liegen vor. Zwei lassen sich vermutlich zurückstellen; mindestens einer muss vor der Freigabe behoben werden.',
      })));
      messages.push(user(t(lang, { en: 'What do you do next?', fr: 'Tu fais quoi ensuite ?', de: 'Was machst du als Nächstes?' })));
    }
    return { lang, messages, tools };
  },
};

const feederRestoration: Family = {
  id: 'wa-gb-feeder-restoration',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'With a faulted section isolated, the agent must find a switching sequence that re-energises every healthy section through ties without exceeding limits, a search for an action sequence to a target configuration.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'de', 'en'], i);
    const fdr = `F-${rng.int(10, 48)}`;
    const n = rng.int(5, 7);
    const secs = Array.from({ length: n }, (_, k) => ({ s: `S${k + 1}`, load: rng.int(40, 180) }));
    const fault = rng.int(1, n - 3);
    const ties = [
      { tie: `TIE-${rng.int(1, 9)}`, at: `S${fault + 2}`, to: `F-${rng.int(50, 70)}`, spare: rng.int(150, 400) },
      { tie: `TIE-${rng.int(10, 19)}`, at: `S${n}`, to: `F-${rng.int(71, 90)}`, spare: rng.int(100, 350) },
    ];
    const sw = secs.map((x, k) => `SW-${x.s}${k + 1 < n ? '/' + secs[k + 1]!.s : ''}`);
    const desc = [
      `Feeder ${fdr} from breaker CB-${fdr}, radial: ${secs.map((x) => `${x.s} (${x.load} A)`).join(' - ')}`,
      `Sectionalising switches (normally closed): ${sw.slice(0, -1).join(', ')}`,
      `Tie switches (normally open): ${ties.map((x) => `${x.tie} between ${x.at} and ${x.to} (spare capacity on ${x.to}: ${x.spare} A)`).join('; ')}`,
      `Fault located in S${fault + 1}. CB-${fdr} locked out; everything downstream is dead.`,
      `Switches ${rng.pick(['are all remote-controlled', `are remote except SW-S${fault + 1}/S${fault + 2} (manual, 25 min drive)`])}.`,
    ].join('\n');
    const system = t(lang, {
      en: 'You are the distribution switching assistant. Produce switching orders the control engineer can issue line by line. Rules: never parallel two feeders (open before you close a tie), never exceed the stated spare capacity on a tie, and isolate the faulted section on both sides before re-energising anything.',
      ja: 'あなたは配電系統の操作手順作成アシスタントです。制御担当者が1行ずつ指令できる操作手順を出してください。ルール：2つのフィーダーを並列にしない（連系開閉器を入れる前に区分開閉器を切る）、連系先の余裕容量を超えない、事故区間を両側で切り離してから送電する。',
      de: 'Du bist der Schaltassistent für das Verteilnetz. Erstelle Schaltanweisungen, die der Schaltingenieur Zeile für Zeile erteilen kann. Regeln: niemals zwei Abgänge parallel schalten (erst öffnen, dann Kuppelschalter schließen), freie Kapazität einer Kupplung nie überschreiten, und die Fehlerstelle beidseitig freischalten, bevor irgendetwas zugeschaltet wird.',
    });
    const ask = t(lang, {
      en: `${desc}\n\nGet every healthy section back on as fast as possible. Numbered switching steps, and which tie carries which sections at the end.`,
      ja: `${desc}\n\n健全区間をすべてできるだけ早く復旧させたい。番号付きの操作手順と、最終的にどの連系がどの区間を受け持つかを示してください。`,
      de: `${desc}\n\nAlle gesunden Abschnitte so schnell wie möglich wieder versorgen. Nummerierte Schaltschritte, und welche Kupplung am Ende welche Abschnitte trägt.`,
    });
    const messages: ChatMessage[] = [sys(system), user(ask)];
    if (rng.chance(0.4)) {
      messages.push(say(t(lang, {
        en: `1. Open SW-S${fault}/S${fault + 1}.\n2. Open SW-S${fault + 1}/S${fault + 2}.\n3. Close CB-${fdr} to restore S1-S${fault}.\n...`,
        ja: `1. SW-S${fault}/S${fault + 1} を開放。\n2. SW-S${fault + 1}/S${fault + 2} を開放。\n3. CB-${fdr} を投入し S1〜S${fault} を復旧。\n…`,
        de: `1. SW-S${fault}/S${fault + 1} öffnen.\n2. SW-S${fault + 1}/S${fault + 2} öffnen.\n3. CB-${fdr} schließen, S1–S${fault} wieder versorgt.\n…`,
      })));
      messages.push(user(t(lang, {
        en: `Hold on: ${ties[0]!.to} just picked up ${rng.int(60, 140)} A of its own load, so its spare is lower now. Redo the steps after 3.`,
        ja: `待って。${ties[0]!.to} 側で自前の負荷が ${rng.int(60, 140)} A 増えたので、余裕が減りました。3 以降の手順をやり直してください。`,
        de: `Moment: ${ties[0]!.to} hat gerade selbst ${rng.int(60, 140)} A mehr Last bekommen, die Reserve ist kleiner. Schritte ab 3 bitte neu.`,
      })));
    }
    return { lang, messages };
  },
};

// =====================================================================
// utility_based
// =====================================================================

const grainMarketing: Family = {
  id: 'wa-ub-grain-marketing',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Bushels must be split among buyers and delivery months with different bids, freight, storage and cash-timing constraints to get the best net return.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'es'], i);
    const bushels = rng.int(40, 160) * 1000;
    const fut = rng.int(420, 490) / 100;
    const rows = [
      ['Harvest cash, local elevator', 'Oct', (fut - rng.int(35, 60) / 100).toFixed(2), '0.04', '-', `${rng.int(15, 40)}k`],
      ['Ethanol plant', 'Nov', (fut - rng.int(15, 35) / 100).toFixed(2), '0.12', '0.03/mo', `${rng.int(20, 50)}k`],
      ['River terminal', 'Jan', (fut - rng.int(5, 25) / 100).toFixed(2), '0.21', '0.03/mo', 'no cap'],
      ['Feedlot (direct)', 'Mar', (fut + rng.int(0, 15) / 100).toFixed(2), '0.08', '0.03/mo', `${rng.int(8, 20)}k`],
      ['Processor HTA', 'May', (fut + rng.int(5, 25) / 100).toFixed(2), '0.15', '0.03/mo + shrink 0.5%', `${rng.int(20, 60)}k`],
    ];
    const tbl = table(['buyer', 'delivery', 'net bid $/bu', 'freight $/bu', 'storage', 'max bu'], rng.sample(rows, rng.int(4, 5)));
    const cash = rng.int(60, 180) * 1000;
    const bins = rng.int(20, 80) * 1000;
    const ask = t(lang, {
      en: `I've got ${bushels.toLocaleString('en-US')} bu of corn coming off. On-farm bin space is ${bins.toLocaleString('en-US')} bu; the rest has to move at harvest or go to commercial storage at the rate shown. I need $${cash.toLocaleString('en-US')} cash by Dec 15 for the land payment, and operating interest is ${rng.int(6, 9)}%/yr. Here are the bids:\n\n${tbl}\n\nHow many bushels to each buyer? I want the best net after freight, storage and interest, and I won't go over any buyer's max.`,
      pt: `Vou colher ${bushels.toLocaleString('pt-BR')} bu de milho. Tenho ${bins.toLocaleString('pt-BR')} bu de armazenagem na fazenda; o resto sai na colheita ou vai para armazém de terceiros pela tarifa da tabela. Preciso de US$ ${cash.toLocaleString('pt-BR')} em caixa até 15/12 para a parcela da terra, e o custeio paga ${rng.int(6, 9)}% a.a. As ofertas:\n\n${tbl}\n\nQuantos bushels para cada comprador? Quero o melhor líquido depois de frete, armazenagem e juros, sem passar do máximo de nenhum comprador.`,
      es: `Voy a cosechar ${bushels.toLocaleString('es-ES')} bu de maíz. Tengo ${bins.toLocaleString('es-ES')} bu de silos en la finca; el resto se vende en cosecha o va a almacenaje comercial a la tarifa indicada. Necesito ${cash.toLocaleString('es-ES')} USD en caja antes del 15 de diciembre para el pago de la tierra, y el crédito de campaña cuesta un ${rng.int(6, 9)}% anual. Estas son las ofertas:\n\n${tbl}\n\n¿Cuántos bushels a cada comprador? Quiero el mejor neto después de flete, almacenaje e intereses, sin pasar del máximo de ningún comprador.`,
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.6)) messages.push(sys(t(lang, { en: 'You are a grain marketing assistant for a farm operation. Show the numbers behind a recommendation.', pt: 'Você é um assistente de comercialização de grãos de uma fazenda. Mostre os números por trás da recomendação.', es: 'Eres un asistente de comercialización de granos para una explotación agrícola. Muestra los números detrás de la recomendación.' })));
    messages.push(user(ask));
    return {
      lang,
      messages,
      response_format: rng.chance(0.5) ? jsonSchema('grain_allocation', {
        allocations: list(obj({ buyer: str, delivery: str, bushels: int, net_per_bu: num })),
        cash_by_dec15: num,
        total_net: num,
      }) : undefined,
    };
  },
};

const sparesStocking: Family = {
  id: 'wa-ub-spares-stocking',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'Stock quantities for critical spares are chosen by weighing holding cost against expected downtime cost under a budget cap.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'zh', 'en'], i);
    const parts = rng.sample([
      ['Gearbox, extruder main drive', 48000, 0.3, 14, 2600],
      ['VFD 250 kW', 21000, 0.5, 8, 2600],
      ['Mechanical seal, slurry pump', 3400, 4, 3, 900],
      ['Servo motor, palletiser axis 2', 5200, 0.8, 6, 1200],
      ['Screw element set, twin-screw', 36000, 0.25, 16, 2600],
      ['Hydraulic pump, bale press', 9800, 0.6, 5, 700],
      ['PLC CPU 1516', 4100, 0.2, 4, 2600],
      ['Conveyor drive pulley', 2900, 1.2, 3, 450],
    ] as [string, number, number, number, number][], rng.int(5, 7));
    const rows = parts.map(([name, cost, fails, lead, dt]) => [name, money(cost), fails, lead, money(dt), rng.int(0, 1)]);
    const budget = rng.int(60, 140) * 1000;
    const hold = rng.int(18, 26);
    const tbl = table(['part', 'unit cost $', 'failures/yr (fleet)', 'lead time wks', 'downtime $/h', 'on hand'], rows);
    const ask = t(lang, {
      en: `We're setting min stock levels for critical spares at the ${rng.pick(['Dunmore', 'Eastfield', 'Kingsport'])} plant. Holding cost is ${hold}% of unit cost per year. Capital I can tie up in new stock this year: $${budget.toLocaleString('en-US')}. If a part fails and there is no spare, the line is down for the lead time (24/5 operation, ${rng.int(80, 120)} h per week). Data:\n\n${tbl}\n\nHow many of each should we hold? Give the quantities and expected annual cost (holding + expected downtime) for your choice versus keeping what we have.`,
      de: `Wir legen Mindestbestände für kritische Ersatzteile im Werk ${rng.pick(['Lingen', 'Bielefeld', 'Zwickau'])} fest. Lagerhaltungskosten: ${hold} % des Stückpreises pro Jahr. Kapital, das ich dieses Jahr in neuen Bestand binden kann: ${budget.toLocaleString('de-DE')} $. Fällt ein Teil aus und es gibt keinen Ersatz, steht die Linie für die Lieferzeit (5-Tage-Betrieb rund um die Uhr, ${rng.int(80, 120)} h pro Woche). Daten:\n\n${tbl}\n\nWie viele von jedem sollen wir vorhalten? Mengen und erwartete Jahreskosten (Lagerhaltung + erwartete Stillstandskosten) für deinen Vorschlag im Vergleich zum jetzigen Bestand.`,
      zh: `我们要为${rng.pick(['苏州', '佛山', '天津'])}工厂的关键备件确定最低库存。持有成本为每年单价的 ${hold}%。今年可用于新增库存的资金上限：${budget.toLocaleString('en-US')} 美元。如果某个零件坏了而没有备件，产线会停机整个交货期（每周 5 天 24 小时运转，每周 ${rng.int(80, 120)} 小时）。数据如下：\n\n${tbl}\n\n每种零件应该备多少？请给出数量，以及你的方案与维持现有库存相比的预期年成本（持有成本 + 预期停机损失）。`,
    });
    return {
      lang,
      messages: rng.chance(0.5) ? [sys(t(lang, { en: 'Reliability engineering assistant. Show your arithmetic briefly.', de: 'Assistent für Instandhaltungsplanung und Zuverlässigkeit. Rechenweg kurz zeigen.', zh: '可靠性工程助手，请简要列出计算过程。' })), user(ask)] : [user(ask)],
      response_format: jsonSchema('spares_levels', {
        levels: list(obj({ part: str, stock_qty: int })),
        capital_used: num,
        expected_annual_cost: num,
        baseline_annual_cost: num,
      }),
    };
  },
};

const orBlocks: Family = {
  id: 'wa-ub-or-block-allocation',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'Operating-room block time is divided among surgical services by weighing margin, backlog and fairness minimums under room and staffing limits.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'ja'], i);
    const rooms = rng.int(6, 10);
    const svcs = rng.sample(['Orthopedics', 'General surgery', 'Urology', 'ENT', 'Gynecology', 'Cardiac', 'Neurosurgery', 'Plastics', 'Ophthalmology'], rng.int(5, 7));
    const rows = svcs.map((s) => [s, money(rng.int(4, 22) * 1000), rng.int(10, 140), rng.int(1, 4), rng.int(60, 95) + '%', rng.sample(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], rng.int(2, 5)).join(',')]);
    const tbl = table(['service', 'contribution margin / block', 'backlog cases', 'min blocks/wk', 'last qtr utilisation', 'surgeon days available'], rows);
    const anes = rng.int(rooms - 2, rooms);
    const ask = t(lang, {
      en: `Block schedule for next quarter. ${rooms} ORs, 5 days, one 10-hour block per room per day = ${rooms * 5} blocks/week. Anesthesia can staff at most ${anes} rooms on ${rng.pick(['Mondays', 'Fridays'])}. Each service keeps at least its minimum. Cardiac (if listed) only in OR ${rng.int(1, 3)} and needs perfusion, which is available ${rng.int(2, 4)} days a week. Any service under 70% utilisation last quarter can't gain blocks.\n\n${tbl}\n\nAllocate the blocks by day and room. I'm trying to get the most margin without letting any backlog grow past 8 weeks at the current case rate (about 3 cases per block).`,
      fr: `Planning des vacations du prochain trimestre. ${rooms} salles, 5 jours, une vacation de 10 h par salle et par jour = ${rooms * 5} vacations/semaine. L’anesthésie ne peut armer que ${anes} salles le ${rng.pick(['lundi', 'vendredi'])}. Chaque spécialité garde au moins son minimum. La chirurgie cardiaque (si présente) uniquement en salle ${rng.int(1, 3)} et avec perfusionniste, disponible ${rng.int(2, 4)} jours par semaine. Une spécialité sous 70 % d’occupation au dernier trimestre ne peut pas gagner de vacations.\n\n${tbl}\n\nRépartis les vacations par jour et par salle. Je veux la meilleure marge sans laisser aucune liste d’attente dépasser 8 semaines au rythme actuel (environ 3 interventions par vacation).`,
      ja: `来四半期の手術枠（ブロック）配分です。手術室 ${rooms} 室、週5日、各室1日1ブロック（10時間）で週 ${rooms * 5} ブロック。${rng.pick(['月曜', '金曜'])}は麻酔科が最大 ${anes} 室しか対応できません。各診療科は最低枠を維持します。心臓外科（ある場合）は OR ${rng.int(1, 3)} のみで、体外循環技士が必要（週 ${rng.int(2, 4)} 日のみ）。前四半期の稼働率が 70% 未満の科は枠を増やせません。\n\n${tbl}\n\n曜日と手術室ごとに枠を割り当ててください。現在のペース（1ブロックあたり約3件）で待機リストが8週間を超えない範囲で、貢献利益をできるだけ大きくしたいです。`,
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.7)) messages.push(sys(t(lang, { en: 'You support the perioperative services committee with block-time analysis. Be explicit about which constraint binds.', fr: 'Tu assistes le conseil de bloc opératoire pour l’analyse des vacations. Indique clairement quelle contrainte est limitante.', ja: '周術期委員会の手術枠分析を支援します。どの制約が効いているかを明示してください。' })));
    messages.push(user(ask));
    return { lang, messages, max_tokens: rng.chance(0.5) ? 1500 : undefined };
  },
};

const fuelTankering: Family = {
  id: 'wa-ub-fuel-tankering',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'The dispatcher picks how much extra fuel to carry on each leg by trading price differences against the burn penalty of the added weight within landing-weight limits.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'de', 'en'], i);
    const legs = rng.sample([['MAD', 'LPA'], ['LPA', 'MAD'], ['FRA', 'OLB'], ['OLB', 'FRA'], ['BCN', 'TFN'], ['TFN', 'BCN'], ['MUC', 'HER'], ['HER', 'MUC']], 1)[0]!;
    const [a, b] = legs as [string, string];
    const tail = rng.pick(['EC-NIJ', 'D-ABNK', 'EC-MXV', 'D-AIUW']);
    const tools: FunctionTool[] = [
      tool('get_fuel_prices', 'Into-plane price per station, USD per metric tonne, including fees.', { stations: list(str) }),
      tool('get_tankering_penalty', 'Extra burn for carrying additional fuel on a sector.', { aircraft_type: str, sector: str, extra_fuel_kg: int }),
      tool('get_weights', 'Planned weights for a flight.', { flight: str }),
    ];
    const flt = `${rng.pick(['IB', 'LH', 'VY', 'DE'])}${rng.int(1000, 3999)}`;
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: 'Flight dispatch assistant. Use the tools for prices, weights and penalties. Carried fuel must keep landing weight at or below MLW and tank capacity must not be exceeded.',
        es: 'Asistente de despacho de vuelos. Usa las herramientas para precios, pesos y penalizaciones. El combustible transportado debe mantener el peso al aterrizaje igual o por debajo del MLW y sin superar la capacidad de los tanques.',
        de: 'Assistent der Flugdienstberatung. Preise, Gewichte und Mehrverbrauch über die Tools holen. Mitgeführter Kraftstoff darf das Landegewicht nicht über MLW bringen und die Tankkapazität nicht überschreiten.',
      })),
      user(t(lang, {
        en: `${flt} ${a}-${b} with ${tail} (A320), turnaround back to ${a}. Fuel at ${b} has been pricey lately. How much extra should we carry out of ${a}?`,
        es: `${flt} ${a}-${b} con ${tail} (A320), con vuelta a ${a}. El combustible en ${b} está caro últimamente. ¿Cuánto extra deberíamos llevar desde ${a}?`,
        de: `${flt} ${a}-${b} mit ${tail} (A320), danach zurück nach ${a}. Kraftstoff in ${b} ist zuletzt teuer. Wie viel zusätzlich sollen wir ab ${a} mitnehmen?`,
      })),
    ];
    const pa = rng.int(720, 860);
    const pb = pa + rng.int(-20, 160);
    const c = calls(rng, ['get_fuel_prices', { stations: [a, b] }], ['get_weights', { flight: flt }]);
    const mlw = 67400;
    const plannedLw = mlw - rng.int(1500, 6500);
    messages.push(c.message,
      result(c.ids[0]!, { [a]: { usd_per_t: pa }, [b]: { usd_per_t: pb }, valid: 'today' }),
      result(c.ids[1]!, { flight: flt, zfw_kg: rng.int(56000, 60500), trip_fuel_kg: rng.int(4800, 9200), planned_landing_weight_kg: plannedLw, mlw_kg: mlw, tank_capacity_kg: 18700, planned_block_fuel_kg: rng.int(9000, 13000) }));
    const steps = rng.sample([1000, 2000, 3000, 4000, 5000, 6000], rng.int(2, 3)).sort((x, y) => x - y);
    for (const e of steps) {
      exchange(rng, messages, 'get_tankering_penalty', { aircraft_type: 'A320', sector: `${a}-${b}`, extra_fuel_kg: e }, { extra_fuel_kg: e, extra_burn_kg: Math.round(e * rng.int(28, 45) / 1000 * 10) / 10 * 10, co2_kg: Math.round(e * 0.035 * 3.16) });
    }
    if (rng.chance(0.4)) {
      messages.push(say(t(lang, { en: 'I have prices, weights and the penalty curve. One more check: do you want to count the CO2 cost too?', es: 'Tengo precios, pesos y la curva de penalización. Una cosa más: ¿cuento también el coste del CO2?', de: 'Preise, Gewichte und Mehrverbrauchskurve liegen vor. Noch eine Frage: Soll ich die CO2-Kosten mit einrechnen?' })));
      messages.push(user(t(lang, { en: `Yes, at $${rng.int(70, 95)} per tonne CO2.`, es: `Sí, a ${rng.int(70, 95)} USD por tonelada de CO2.`, de: `Ja, mit ${rng.int(70, 95)} $ pro Tonne CO2.` })));
    }
    return { lang, messages, tools };
  },
};

const unitCommitment: Family = {
  id: 'wa-ub-island-unit-commitment',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'Which generating units run in each block and at what output is chosen to minimise fuel and start costs while meeting demand and reserve limits.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'pt'], i);
    const units = [
      ['G1 diesel', rng.int(4, 6), rng.int(9, 12), rng.int(9800, 10600), rng.int(900, 1500), 4],
      ['G2 diesel', rng.int(4, 6), rng.int(9, 12), rng.int(10000, 10900), rng.int(900, 1500), 4],
      ['G3 gas turbine', rng.int(8, 12), rng.int(20, 28), rng.int(11200, 12500), rng.int(3000, 5000), 6],
      ['G4 recip. engine', rng.int(2, 3), rng.int(6, 8), rng.int(8700, 9300), rng.int(300, 700), 2],
      ['G5 old diesel', rng.int(3, 4), rng.int(7, 9), rng.int(11800, 12600), rng.int(500, 900), 3],
    ];
    const tbl = table(['unit', 'min MW', 'max MW', 'heat rate Btu/kWh', 'start cost $', 'min up h'], units.map((u) => [...u]));
    const peak = rng.int(34, 48);
    const demand = [0.55, 0.5, 0.62, 0.85, 0.92, 1.0, 0.96, 0.78].map((f, k) => `${pad(k * 3)}-${pad(k * 3 + 3)}h: ${(peak * f).toFixed(1)} MW`);
    const solar = rng.int(4, 12);
    const fuel = (rng.int(120, 190) / 10).toFixed(1);
    const ask = t(lang, {
      en: `Tomorrow's commitment for the island grid. Forecast demand by 3-hour block:\n${demand.join('\n')}\nSolar farm ${solar} MW peak between 09-15h (assume 70% of peak in those blocks, zero otherwise). Spinning reserve must cover the largest online unit. Fuel is $${fuel}/MMBtu for all units. G3 is already running at midnight; others are off.\n\n${tbl}\n\nWhich units are on in each block and at what output, for the lowest total cost (fuel + starts)?`,
      fr: `Programme de démarrage des groupes pour demain sur le réseau insulaire. Demande prévue par tranche de 3 h :\n${demand.join('\n')}\nCentrale solaire ${solar} MW crête entre 9 h et 15 h (70 % de la crête sur ces tranches, zéro ailleurs). La réserve tournante doit couvrir le plus gros groupe en service. Combustible à ${fuel} $/MMBtu pour tous. G3 tourne déjà à minuit ; les autres sont à l’arrêt.\n\n${tbl}\n\nQuels groupes en marche sur chaque tranche et à quelle puissance, pour le coût total le plus bas (combustible + démarrages) ?`,
      pt: `Despacho de amanhã para a rede da ilha. Demanda prevista por bloco de 3 horas:\n${demand.join('\n')}\nUsina solar de ${solar} MW de pico entre 9h e 15h (considere 70% do pico nesses blocos, zero nos demais). A reserva girante deve cobrir a maior unidade em operação. Combustível a US$ ${fuel}/MMBtu para todas. A G3 já está rodando à meia-noite; as outras estão desligadas.\n\n${tbl}\n\nQuais unidades ligadas em cada bloco e com que potência, para o menor custo total (combustível + partidas)?`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'You are a generation scheduling assistant for a small island power company. Respect every unit limit.', fr: 'Tu es l’assistant de programmation de la production d’un petit réseau isolé. Respecte toutes les limites des groupes.', pt: 'Você é o assistente de programação da geração de uma pequena concessionária isolada. Respeite todos os limites das unidades.' })), user(ask)],
      response_format: jsonSchema('commitment', {
        blocks: list(obj({ block: str, units: list(obj({ unit: str, mw: num })), reserve_mw: num })),
        total_cost_usd: num,
      }),
    };
  },
};

const liftingEquipment: Family = {
  id: 'wa-ub-lifting-equipment-mix',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'A rental mix of cranes and hoists is chosen by trading weekly cost against capacity, reach and the daily penalty of finishing late.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'zh', 'en'], i);
    const opts = [
      ['Tower crane TC-1 (luffing, 50 m jib)', rng.int(9, 13) * 1000, `${rng.int(4, 7)} t at tip`, 'whole footprint', rng.int(8, 14) * 1000],
      ['Mobile crane 100 t (daily call-off)', rng.int(3, 5) * 1000 + '/day', '12 t at 30 m', 'east side only', 0],
      ['Rack-and-pinion hoist, twin cage', rng.int(2, 4) * 1000, '2 x 2.0 t', 'core', rng.int(3, 6) * 1000],
      ['Material hoist, single', rng.int(1, 2) * 1000 + 500, '1.5 t', 'any face', rng.int(1, 3) * 1000],
      ['Telehandler 17 m', rng.int(1, 2) * 1000 + 200, '4 t', 'ground to L4', 0],
      ['Second tower crane TC-2 (flat-top)', rng.int(8, 11) * 1000, `${rng.int(3, 5)} t at tip`, 'west half', rng.int(7, 12) * 1000],
    ];
    const tbl = table(['option', 'rental $/week', 'capacity', 'coverage', 'erect + dismantle $'], rng.sample(opts, rng.int(4, 6)));
    const weeks = rng.int(20, 40);
    const penalty = rng.int(4, 15) * 1000;
    const ask = t(lang, {
      en: `${rng.int(9, 16)}-storey residential frame, ${weeks} weeks of structure and envelope. Heaviest picks: precast stair flights ${rng.int(4, 6)} t, façade panels ${rng.int(2, 4)} t. The contract has liquidated damages of $${penalty.toLocaleString('en-US')} per day late; with one tower crane only, our lift study says we lose about ${rng.int(6, 18)} working days. Options:\n\n${tbl}\n\nWhich combination should we rent and for how many weeks each? Show total cost including the expected delay cost for your pick and for one alternative.`,
      ja: `${rng.int(9, 16)}階建て集合住宅の躯体・外装で工期 ${weeks} 週。最大の揚重物はPCa階段 ${rng.int(4, 6)} t、外壁パネル ${rng.int(2, 4)} t。契約の遅延損害金は1日 ${penalty.toLocaleString('en-US')} ドル。タワークレーン1基だけだと揚重計画上およそ ${rng.int(6, 18)} 稼働日遅れる見込みです。選択肢:\n\n${tbl}\n\nどの組み合わせを何週間ずつ借りるべきですか？あなたの案と代替案1つについて、想定遅延コストを含めた総額を示してください。`,
      zh: `${rng.int(9, 16)} 层住宅主体结构加外围护，工期 ${weeks} 周。最重吊件：预制楼梯 ${rng.int(4, 6)} 吨，外墙板 ${rng.int(2, 4)} 吨。合同误期罚款为每天 ${penalty.toLocaleString('en-US')} 美元；只用一台塔吊的话，吊装分析显示大约会拖延 ${rng.int(6, 18)} 个工作日。可选设备：\n\n${tbl}\n\n应该租哪几样、各租多少周？请给出你的方案和一个备选方案的总成本（含预期误期损失）。`,
    });
    const messages: ChatMessage[] = rng.chance(0.5)
      ? [sys(t(lang, { en: 'Construction logistics assistant for a general contractor. Costs in USD.', ja: 'ゼネコンの施工ロジスティクス補助です。金額は米ドル。', zh: '总承包商的施工物流助手，金额以美元计。' })), user(ask)]
      : [user(ask)];
    return { lang, messages, max_tokens: rng.chance(0.3) ? 900 : undefined };
  },
};

// =====================================================================
// learning
// =====================================================================

const codlingMoth: Family = {
  id: 'wa-lr-codling-moth-spray',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Past seasons of trap counts, spray choices and harvest damage are supplied so the adviser can generalise from them to a spray decision in a new block and week.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'fr'], i);
    const seasons = rng.sample([2018, 2019, 2020, 2021, 2022, 2023], rng.int(3, 5)).sort();
    const rows: (string | number)[][] = [];
    for (const y of seasons) {
      const n = rng.int(2, 3);
      for (let k = 0; k < n; k++) {
        const count = rng.int(0, 14);
        const dd = rng.int(180, 620);
        const sprayed = rng.chance(0.5) ? 'yes' : 'no';
        const dmg = (sprayed === 'yes' ? rng.int(1, 12) : count > 6 ? rng.int(15, 60) : rng.int(2, 20)) / 10;
        rows.push([y, rng.pick(['Gala', 'Fuji', 'Honeycrisp', 'Granny Smith']), `wk ${rng.int(20, 30)}`, count, dd, sprayed, `${dmg.toFixed(1)}%`]);
      }
    }
    const tbl = table(['season', 'block variety', 'week', 'moths/trap/wk', 'degree-days since biofix', 'sprayed', 'fruit damage at harvest'], rows);
    const notes = rng.sample([
      '2020: the Honeycrisp block next to the abandoned orchard stayed high all season even after two covers.',
      '2021: skipped spray at 5 moths, 240 DD; damage stayed under 1%, but the hot June pushed second flight early.',
      '2019: sprayed at 3 moths purely on calendar; no measurable benefit versus the unsprayed Fuji block.',
      '2022: mating disruption dispensers in all blocks from May; trap counts under-read by about half.',
      '2023: damage concentrated on the west edge rows in every block.',
    ], rng.int(2, 4));
    const now = { variety: rng.pick(['Cosmic Crisp', 'Gala', 'Pink Lady']), count: rng.int(2, 11), dd: rng.int(200, 560), md: rng.chance(0.5) };
    const ask = t(lang, {
      en: `Our trap and spray records from the last few seasons:\n\n${tbl}\n\nField notes:\n- ${notes.join('\n- ')}\n\nThis week: new ${now.variety} block (first fruiting year), ${now.count} moths/trap, ${now.dd} DD since biofix, mating disruption ${now.md ? 'in place' : 'not in place'}, forecast warm and dry. Spray this week or hold? Base it on what our own records show, not the generic label threshold.`,
      es: `Nuestros registros de trampas y tratamientos de las últimas campañas:\n\n${tbl}\n\nNotas de campo:\n- ${notes.join('\n- ')}\n\nEsta semana: parcela nueva de ${now.variety} (primer año de cosecha), ${now.count} polillas/trampa, ${now.dd} grados-día desde el biofix, confusión sexual ${now.md ? 'instalada' : 'no instalada'}, previsión cálida y seca. ¿Tratamos esta semana o esperamos? Apóyate en lo que muestran nuestros propios registros, no en el umbral genérico de la etiqueta.`,
      fr: `Nos relevés de pièges et de traitements des dernières saisons :\n\n${tbl}\n\nNotes de terrain :\n- ${notes.join('\n- ')}\n\nCette semaine : nouvelle parcelle de ${now.variety} (première année de production), ${now.count} papillons/piège, ${now.dd} degrés-jours depuis le biofix, confusion sexuelle ${now.md ? 'en place' : 'absente'}, prévision chaude et sèche. On traite cette semaine ou on attend ? Appuie-toi sur ce que montrent nos propres relevés, pas sur le seuil générique de l’étiquette.`,
    });
    const messages: ChatMessage[] = rng.chance(0.6)
      ? [sys(t(lang, { en: 'Orchard pest advisor for a family-run apple operation in the Pacific Northwest.', es: 'Asesor de plagas para una explotación familiar de manzanos en Lleida.', fr: 'Conseiller ravageurs pour une exploitation familiale de pommiers dans le Limousin.' })), user(ask)]
      : [user(ask)];
    return {
      lang,
      messages,
      response_format: rng.chance(0.5) ? jsonSchema('spray_call', { decision: oneOf('spray_now', 'hold_recheck_in_7d', 'spray_edge_rows_only'), reasoning: str, similar_past_cases: list(str) }) : undefined,
    };
  },
};

const weldTrials: Family = {
  id: 'wa-lr-weld-coupon-trials',
  label: 'learning',
  difficulty: 'hard',
  rationale: 'Earlier weld coupon settings and their inspection results accumulate in the conversation and the assistant must adjust from them to propose settings for the next coupon.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'ja', 'en'], i);
    const thk = rng.pick([8, 10, 12, 16]);
    const pos = rng.pick(['3G vertical-up', '2G horizontal', '4G overhead']);
    const proc = rng.pick(['FCAW-G E71T-1C, 100% CO2', 'GMAW pulsed, ER70S-6, 90/10 Ar/CO2']);
    const defects = ['lack of sidewall fusion at root', 'porosity cluster at start', 'undercut 0.6 mm on cap', 'excess convexity on cap', 'pass (RT acceptable)', 'slag inclusion between passes 2-3', 'burn-through at root gap 3 mm'];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You help a fabrication shop qualify a welding procedure. The welder runs one test coupon at a time with the settings you give, then reports the bend/RT result. Settings: amps, volts, wire feed (ipm), travel speed (ipm), stickout (mm), torch angle. Answer with one setting set per turn.`,
        de: `Du hilfst einem Stahlbaubetrieb bei der Qualifizierung einer Schweißanweisung. Der Schweißer schweißt jeweils ein Prüfstück mit deinen Einstellungen und meldet das Ergebnis (Biegeprobe/Durchstrahlung). Einstellungen: Strom, Spannung, Drahtvorschub (ipm), Schweißgeschwindigkeit (ipm), freie Drahtlänge (mm), Brennerwinkel. Pro Antwort genau ein Einstellungssatz.`,
        ja: `製缶工場の溶接施工要領の確認を手伝います。溶接士はあなたが出した条件で試験片を1枚ずつ溶接し、曲げ試験・RT の結果を報告します。条件は電流、電圧、ワイヤ送給（ipm）、溶接速度（ipm）、突き出し長さ（mm）、トーチ角度。1回の回答につき1組の条件を出してください。`,
      })),
      user(t(lang, {
        en: `${thk} mm A572-50 plate, single-V 60°, ${pos}, ${proc}. Ceramic backing. First coupon settings?`,
        de: `${thk} mm Blech S355, V-Naht 60°, ${pos}, ${proc}. Keramische Badsicherung. Einstellungen für das erste Prüfstück?`,
        ja: `${thk} mm の A572-50 板、60°V 開先、${pos}、${proc}、セラミック裏当て。1枚目の条件は？`,
      })),
    ];
    const trials = rng.int(2, 5);
    let amps = rng.int(150, 190);
    let volts = rng.int(20, 24);
    for (let k = 0; k < trials; k++) {
      const wfs = rng.int(180, 320);
      const ts = rng.int(4, 9);
      messages.push(say(`${t(lang, { en: 'Coupon', de: 'Prüfstück', ja: '試験片' })} ${k + 1}: ${amps} A, ${volts}.${rng.int(0, 9)} V, WFS ${wfs} ipm, travel ${ts} ipm, stickout ${rng.pick([15, 18, 20])} mm, ${rng.pick(['10° push', '5-10° drag', 'perpendicular + slight weave'])}.`));
      const res = rng.pick(defects);
      messages.push(user(t(lang, {
        en: `Coupon ${k + 1} result: ${res}.${rng.chance(0.4) ? ` Welder says the puddle ${rng.pick(['felt cold on the sidewalls', 'was running ahead of the arc', 'was hard to hold in position'])}.` : ''}`,
        de: `Prüfstück ${k + 1}: ${res}.${rng.chance(0.4) ? ` Der Schweißer sagt, das Bad ${rng.pick(['war an den Flanken zu kalt', 'ist dem Lichtbogen vorausgelaufen', 'war in der Position schwer zu halten'])}.` : ''}`,
        ja: `試験片 ${k + 1} の結果: ${res}。${rng.chance(0.4) ? `溶接士によると溶融池が${rng.pick(['開先面で冷たく感じた', 'アークより先に流れた', '姿勢的に保持しにくかった'])}とのこと。` : ''}`,
      })));
      amps += rng.int(-15, 15);
      volts += rng.int(-1, 1);
    }
    messages.push(user(t(lang, {
      en: `We have ${rng.int(1, 3)} coupons left on this plate. Next settings, and which of the earlier results drove each change?`,
      de: `Auf dieser Platte sind noch ${rng.int(1, 3)} Prüfstücke übrig. Nächste Einstellungen, und welches frühere Ergebnis hat jede Änderung ausgelöst?`,
      ja: `この板で残り ${rng.int(1, 3)} 枚です。次の条件と、それぞれの変更がどの過去の結果に基づくかを教えてください。`,
    })));
    return { lang, messages, temperature: 0.3 };
  },
};

const appealOutcomes: Family = {
  id: 'wa-lr-appeal-outcomes',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Similar past appeals and their outcomes are retrieved into context and the agent must generalise from them to decide whether and how to appeal a new denial.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'zh'], i);
    const payer = rng.pick(['Aetna', 'Cigna', 'UHC', 'Anthem']);
    const svc = rng.pick(['lumbar MRI (72148)', 'sleep study (95810)', 'cardiac CT (75574)', 'bariatric consult (99204)']);
    const carc = rng.pick(['50', '197', '16', '96']);
    const tools: FunctionTool[] = [
      tool('search_appeal_history', 'Vector search over closed appeals: returns similar cases with the argument used and outcome.', { query: str, payer: str, top_k: int }),
      tool('get_denial_detail', 'Full denial letter text and reason codes for a claim.', { claim_id: str }),
      tool('file_appeal', 'Create an appeal draft in the billing system.', { claim_id: str, level: oneOf('reconsideration', 'level_1', 'level_2'), argument: str }),
    ];
    const claim = `CLM-${rng.int(700000, 799999)}`;
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: 'You are the denials-management agent for a multispecialty group. Before deciding on a denial, pull similar closed appeals and weigh what actually worked with that payer. Appeals cost staff time (~45 min each) and level 2 needs a physician letter.',
        pt: 'Você é o agente de gestão de glosas de um grupo multiespecialidades. Antes de decidir sobre uma glosa, busque recursos encerrados parecidos e veja o que de fato funcionou com aquela operadora. Cada recurso custa tempo da equipe (~45 min) e o nível 2 exige carta do médico.',
        zh: '你是一家多专科医疗集团的拒付管理代理。在处理任何拒付前，先检索相似的已结案申诉，看看对该保险方实际有效的做法。每次申诉约耗费员工 45 分钟，二级申诉还需要医生信函。',
      })),
      user(t(lang, {
        en: `New denial: ${claim}, ${payer}, ${svc}, CARC ${carc}, billed $${rng.int(400, 3200)}. Appeal or write off?`,
        pt: `Nova glosa: ${claim}, ${payer}, ${svc}, CARC ${carc}, valor US$ ${rng.int(400, 3200)}. Recorremos ou damos baixa?`,
        zh: `新拒付：${claim}，${payer}，${svc}，CARC ${carc}，账单金额 ${rng.int(400, 3200)} 美元。申诉还是核销？`,
      })),
    ];
    exchange(rng, messages, 'get_denial_detail', { claim_id: claim }, { claim_id: claim, carc, rarc: rng.pick(['N115', 'M127', 'N386', '']), letter_excerpt: rng.pick(['Documentation does not support failure of 6 weeks of conservative therapy.', 'Prior authorization not on file for date of service.', 'Service not covered under member plan.', 'Missing/incomplete information: ordering provider NPI.']) });
    const past = Array.from({ length: rng.int(4, 7) }, () => ({
      case_id: `AP-${rng.int(10000, 99999)}`,
      payer: rng.chance(0.7) ? payer : rng.pick(['Humana', 'BCBS', 'Aetna']),
      service: rng.chance(0.6) ? svc : rng.pick(['knee MRI (73721)', 'echo (93306)', 'PT eval (97161)']),
      carc: rng.chance(0.6) ? carc : rng.pick(['50', '197', '16', '4']),
      argument: rng.pick(['attached PT notes showing 6+ weeks therapy', 'retro-auth requested citing urgent clinical need', 'corrected claim with NPI', 'peer-to-peer with ordering MD', 'cited plan policy section', 'generic medical necessity letter']),
      level: rng.pick(['reconsideration', 'level_1', 'level_2']),
      outcome: rng.pick(['overturned', 'upheld', 'overturned', 'partially paid', 'upheld']),
      days_to_decision: rng.int(12, 75),
      similarity: Math.round(rng.int(62, 95)) / 100,
    }));
    exchange(rng, messages, 'search_appeal_history', { query: `${svc} CARC ${carc}`, payer, top_k: past.length }, { results: past });
    if (rng.chance(0.4)) {
      messages.push(say(t(lang, { en: 'Retrieved similar appeals. Before I decide: is the ordering physician available for a letter this month?', pt: 'Encontrei recursos parecidos. Antes de decidir: o médico solicitante pode escrever uma carta este mês?', zh: '已检索到相似申诉。决定之前想确认：开单医生这个月能写信吗？' })));
      messages.push(user(t(lang, { en: rng.pick(['Yes, but only if it goes to level 2.', 'No, she is on leave until next month.']), pt: rng.pick(['Sim, mas só se for para o nível 2.', 'Não, ela está de licença até o mês que vem.']), zh: rng.pick(['可以，但仅限二级申诉。', '不行，她休假到下个月。']) })));
    }
    return { lang, messages, tools, tool_choice: 'auto' };
  },
};

const loadForecastBias: Family = {
  id: 'wa-lr-load-forecast-bias',
  label: 'learning',
  difficulty: 'medium',
  secondary: 'model_based_reflex',
  rationale: 'The operator supplies past days of forecast versus actual load with post-event notes and asks for the correction to apply to a new day, generalising from that track record.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de', 'en'], i);
    const days = rng.int(5, 9);
    const rows: (string | number)[][] = [];
    for (let d = 0; d < days; d++) {
      const fc = rng.int(2100, 3400);
      const tmax = rng.int(22, 37);
      const err = tmax > 32 ? rng.int(60, 240) : rng.int(-90, 80);
      rows.push([`D-${days - d}`, rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']), tmax, rng.pick(['clear', 'humid', 'storms pm', 'overcast', 'first hot day after rain']), fc, fc + err, rng.pick(['', 'manual +80 MW at 14h, helped', 'no adjustment', 'school holiday', 'forecast vendor model update', 'adjusted -50, wrong way'])]);
    }
    const tbl = table(['day', 'dow', 'Tmax C', 'weather', 'day-ahead peak fc MW', 'actual peak MW', 'desk note'], rows);
    const tomorrow = { fc: rng.int(2400, 3500), tmax: rng.int(27, 38), wx: rng.pick(['first hot day after a week of rain', 'humid, storms late', 'clear and dry', 'heat advisory, overnight low 26C']) };
    const ask = t(lang, {
      en: `Here is how the vendor's day-ahead peak forecast did against actuals recently, with what the desk did about it:\n\n${tbl}\n\nTomorrow: vendor peak ${tomorrow.fc} MW, Tmax ${tomorrow.tmax} C, ${tomorrow.wx}. What adjustment do I put on the peak, and why, based on how the vendor has been missing?`,
      fr: `Voici les résultats récents de la prévision de pointe J-1 du prestataire face au réalisé, avec ce que le pupitre a fait :\n\n${tbl}\n\nDemain : pointe prévue ${tomorrow.fc} MW, Tmax ${tomorrow.tmax} °C, ${tomorrow.wx}. Quelle correction j’applique à la pointe, et pourquoi, vu la façon dont le prestataire se trompe ?`,
      de: `So lag die Day-Ahead-Spitzenprognose des Dienstleisters zuletzt gegenüber der Ist-Last, inklusive was die Warte daraufhin gemacht hat:\n\n${tbl}\n\nMorgen: Prognose-Spitze ${tomorrow.fc} MW, Tmax ${tomorrow.tmax} °C, ${tomorrow.wx}. Welche Korrektur setze ich auf die Spitze, und warum, angesichts der bisherigen Abweichungen des Dienstleisters?`,
    });
    return {
      lang,
      messages: rng.chance(0.5) ? [sys(t(lang, { en: 'Assistant to the load-forecasting desk at a regional utility.', fr: 'Assistant du pupitre de prévision de consommation d’un distributeur régional.', de: 'Assistent der Lastprognose-Warte eines regionalen Netzbetreibers.' })), user(ask)] : [user(ask)],
      response_format: rng.chance(0.4) ? jsonSchema('peak_adjustment', { adjust_mw: num, adjusted_peak_mw: num, confidence: oneOf('low', 'medium', 'high'), basis: str }) : undefined,
    };
  },
};

const ferryBerthing: Family = {
  id: 'wa-lr-ferry-berthing',
  label: 'learning',
  difficulty: 'hard',
  rationale: 'Logged berthing attempts with wind, current, approach settings and outcomes are retrieved so the master can carry what went wrong and right into settings for a new approach.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'es'], i);
    const ferry = rng.pick(['MV Island Spirit', 'Ferry Akashi', 'MV Cruz del Sur', 'MV Loch Arnish']);
    const berth = rng.pick(['Linkspan 2', 'Pier 3 west', 'Ramp B']);
    const tools: FunctionTool[] = [
      tool('retrieve_berthing_log', 'Return past berthing approaches at a berth with similar wind and tide.', { berth: str, wind_dir_deg: int, wind_kt: int, limit: int }),
      tool('get_current_conditions', 'Live wind, gusts, tidal stream and visibility at the berth.', { berth: str }),
    ];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `Bridge decision support for ${ferry}. When asked about an approach, look up past approaches at that berth in similar conditions, see which settings led to clean berthings and which led to heavy contact or aborts, and recommend settings for this one: approach speed over ground (kt), approach angle to the berth line (deg), when to start the bow thruster (distance m), and whether to use the spring line early.`,
        ja: `${ferry} のブリッジ判断支援です。着岸について聞かれたら、その岸壁で似た条件だった過去の着岸記録を調べ、どの設定がきれいな着岸につながり、どの設定が強い接触や中止につながったかを見たうえで、今回の設定を推奨してください：対地進入速力（kt）、岸壁法線に対する進入角（度）、バウスラスター使用開始距離（m）、スプリングラインを早めに取るかどうか。`,
        es: `Apoyo a la decisión en el puente del ${ferry}. Cuando te pregunten por una aproximación, consulta las aproximaciones anteriores a ese atraque con condiciones parecidas, mira qué ajustes dieron atraques limpios y cuáles acabaron en contacto fuerte o abortados, y recomienda los ajustes para esta: velocidad de aproximación sobre el fondo (kt), ángulo respecto a la línea de atraque (grados), a qué distancia arrancar la hélice de proa (m) y si dar el esprín temprano.`,
      })),
      user(t(lang, {
        en: `Approaching ${berth} in about ${rng.int(8, 20)} minutes. What settings?`,
        ja: `あと約 ${rng.int(8, 20)} 分で ${berth} に入ります。設定は？`,
        es: `Llegamos a ${berth} en unos ${rng.int(8, 20)} minutos. ¿Qué ajustes?`,
      })),
    ];
    const wd = rng.int(0, 35) * 10;
    const wk = rng.int(14, 34);
    exchange(rng, messages, 'get_current_conditions', { berth }, { wind_dir_deg: wd, wind_kt: wk, gust_kt: wk + rng.int(4, 14), stream: `${rng.pick(['flood', 'ebb'])} ${(rng.int(5, 25) / 10).toFixed(1)} kt setting ${rng.pick(['onto', 'off'])} the berth`, visibility_nm: rng.pick([0.5, 2, 5, 10]) });
    const past = Array.from({ length: rng.int(4, 8) }, () => ({
      date: day(rng),
      wind: `${(wd + rng.int(-30, 30) + 360) % 360}/${wk + rng.int(-6, 6)}G${wk + rng.int(4, 16)}`,
      stream: `${rng.pick(['flood', 'ebb'])} ${(rng.int(5, 25) / 10).toFixed(1)}`,
      sog_kt: (rng.int(15, 45) / 10).toFixed(1),
      angle_deg: rng.int(10, 40),
      thruster_start_m: rng.int(60, 250),
      early_spring: rng.chance(0.5),
      outcome: rng.pick(['clean', 'clean', 'heavy contact fender 4', 'aborted, second attempt ok', 'set off berth, ropes parted', 'clean but 6 min late']),
      master_remark: rng.pick(['', 'thruster started too late, stern set down', 'came in too flat, wind got under the bow', 'slow approach worked well against the gusts', 'stream stronger than predicted']),
    }));
    exchange(rng, messages, 'retrieve_berthing_log', { berth, wind_dir_deg: wd, wind_kt: wk, limit: past.length }, { approaches: past });
    return { lang, messages, tools, max_tokens: rng.chance(0.5) ? 350 : undefined };
  },
};

const activityDurations: Family = {
  id: 'wa-lr-activity-durations',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Past activities with estimated versus actual durations and crew remarks are given so the estimator can correct for the observed pattern when estimating a new activity.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'zh'], i);
    const acts = ['Drywall L3 east', 'MEP rough-in L2', 'Curtain wall south', 'Roof membrane', 'Firestopping L1-L4', 'Raised floor data hall', 'Sprinkler mains L5', 'Elevator pit waterproofing'];
    const rows = rng.sample(acts, rng.int(5, 8)).map((a) => {
      const est = rng.int(5, 30);
      const act = est + rng.int(-2, Math.ceil(est * 0.6));
      return [a, rng.pick(['in-house', 'sub A', 'sub B']), est, act, rng.pick(['', 'inspection hold 2 days', 'material late', 'crew shared with other site', 'rework after design change', 'weather', 'went smoothly'])];
    });
    const tbl = table(['activity', 'crew', 'estimated days', 'actual days', 'remark'], rows);
    const nxt = rng.pick(['Drywall L4 west (same layout as L3)', 'MEP rough-in L3', 'Firestopping L5-L8', 'Sprinkler mains L6']);
    const ask = t(lang, {
      en: `Completed activities on the ${rng.pick(['Parkside Medical Office', 'Riverbank Lab Building', 'Hillcrest Data Centre'])} job:\n\n${tbl}\n\nNext up: ${nxt}, sub B, the crew's own estimate is ${rng.int(8, 20)} days. What duration do I put in the schedule, and how much float do I hold behind it? Tell me which past rows you're leaning on.`,
      de: `Abgeschlossene Vorgänge auf der Baustelle ${rng.pick(['Ärztehaus Parkallee', 'Laborgebäude Flussufer', 'Rechenzentrum Hügelweg'])}:\n\n${tbl}\n\nAls Nächstes: ${nxt}, Nachunternehmer B, deren eigene Schätzung ${rng.int(8, 20)} Tage. Welche Dauer trage ich in den Terminplan ein, und wie viel Puffer halte ich dahinter? Sag mir, auf welche früheren Zeilen du dich stützt.`,
      zh: `${rng.pick(['公园路医疗办公楼', '河畔实验楼', '山顶数据中心'])}项目已完成的工序：\n\n${tbl}\n\n下一项：${nxt}，分包 B，他们自己估计 ${rng.int(8, 20)} 天。进度表里我该填多少天，后面留多少浮动时间？告诉我你主要参考了哪几行历史记录。`,
    });
    return { lang, messages: [user(ask)], max_tokens: rng.chance(0.5) ? 600 : undefined };
  },
};

// =====================================================================
// non-agentic (labelled with the closest type)
// =====================================================================

const cheeseSafetyExplainer: Family = {
  id: 'wa-na-cheese-safety-explainer',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'A plain question-and-answer explanation with no environment, tools or decision; closest to a one-shot reflex response.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de'], i);
    const cheese = rng.pick(['raw-milk tomme', 'washed-rind soft cheese', 'fresh chèvre', 'alpine-style hard cheese']);
    const q = t(lang, {
      en: rng.pick([
        `I make ${cheese} on a small farm (${rng.int(200, 900)} L of milk a week). Can you explain in plain terms why pH and water activity matter for Listeria, and how ageing time fits in? I'm preparing for my first inspection.`,
        `What's the difference between a CCP and a prerequisite programme in a HACCP plan for a farmstead ${cheese} operation? Give me an example of each.`,
      ]),
      fr: rng.pick([
        `Je fabrique une ${cheese === 'fresh chèvre' ? 'chèvre frais' : 'tomme au lait cru'} à la ferme (${rng.int(200, 900)} L de lait par semaine). Tu peux m’expliquer simplement pourquoi le pH et l’activité de l’eau comptent pour la Listeria, et quel rôle joue l’affinage ? Je prépare ma première inspection.`,
        `Quelle est la différence entre un CCP et un programme prérequis dans un plan HACCP pour une fromagerie fermière ? Donne-moi un exemple de chaque.`,
      ]),
      de: rng.pick([
        `Ich mache Rohmilch-Bergkäse auf einem kleinen Hof (${rng.int(200, 900)} l Milch pro Woche). Kannst du mir einfach erklären, warum pH-Wert und Wasseraktivität bei Listerien wichtig sind und welche Rolle die Reifezeit spielt? Ich bereite mich auf meine erste Kontrolle vor.`,
        `Was ist der Unterschied zwischen einem CCP und einem Basishygieneprogramm in einem HACCP-Konzept für eine Hofkäserei? Gib mir für beides ein Beispiel.`,
      ]),
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.4)) messages.push(sys(t(lang, { en: 'You are a helpful assistant.', fr: 'Tu es un assistant serviable.', de: 'Du bist ein hilfreicher Assistent.' })));
    messages.push(user(q));
    if (rng.chance(0.3)) {
      messages.push(say(t(lang, { en: 'Sure. In short: Listeria grows best near neutral pH and high moisture...', fr: 'Bien sûr. En bref : la Listeria se développe surtout à pH proche de la neutralité et en milieu humide…', de: 'Gern. Kurz gesagt: Listerien wachsen am besten bei nahezu neutralem pH und hoher Feuchte…' })));
      messages.push(user(t(lang, { en: 'Can you put that in a short paragraph I could read out to the inspector?', fr: 'Tu peux en faire un court paragraphe que je pourrais lire à l’inspecteur ?', de: 'Kannst du das in einen kurzen Absatz fassen, den ich dem Kontrolleur vorlesen kann?' })));
    }
    return { lang, messages };
  },
};

const shiftLogSummary: Family = {
  id: 'wa-na-shift-log-summary',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  agentic: false,
  difficulty: 'medium',
  rationale: 'Summarising a long maintenance shift log into a handover note is writing help, closest to keeping track of a plant picture from log lines.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'ja', 'en'], i);
    const assets = ['Boiler 2 feed pump', 'Chiller CH-3', 'Compressor K-101', 'Conveyor 7 gearbox', 'Filler line 4', 'Cooling tower fan CT-2', 'Palletiser 2'];
    const lines = Array.from({ length: rng.int(10, 22) }, () => `${hhmm(rng.int(1320, 1439 + 420) % 1440)} ${rng.pick(assets)}: ${rng.pick([
      'greased per PM, no issues',
      'tripped on high temp, reset, ran OK after',
      'replaced V-belt set, tension checked',
      'oil leak at shaft seal, drip tray placed, WO raised',
      'operator reports noise, checked, could not reproduce',
      'PM done, filter changed',
      'waiting on parts for coupling, isolated',
      'vibration trending up, added to route',
      'returned to service after seal change',
      'tagged out for electrician, contactor burnt',
    ])} (${rng.pick(['MK', 'JR', 'AS', 'TL'])})`);
    const log = lines.join('\n');
    const ask = t(lang, {
      en: `Can you turn this night shift maintenance log into a short handover note for the day shift? Group by equipment, put anything still open at the top.\n\n${log}`,
      es: `¿Puedes convertir este registro de mantenimiento del turno de noche en una nota breve de relevo para el turno de día? Agrupa por equipo y pon arriba todo lo que quede pendiente.\n\n${log}`,
      ja: `この夜勤の保全記録を、日勤への短い引き継ぎメモにまとめてもらえますか？設備ごとにまとめ、未完了の項目を一番上にしてください。\n\n${log}`,
    });
    return { lang, messages: [user(ask)], max_tokens: rng.chance(0.5) ? 500 : undefined };
  },
};

const tenderTranslation: Family = {
  id: 'wa-na-tender-spec-translation',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Translating a construction specification clause is a one-shot text transformation with no decisions, closest to a reflex response.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'zh', 'pt'], i);
    const clause = rng.pick([
      `3.4.2 Anchor bolts shall be cast-in, hot-dip galvanised to ISO 1461, grade 8.8, with a minimum embedment of ${rng.int(250, 450)} mm. Templates shall be provided by the steel contractor not less than ${rng.int(7, 14)} days before the pour.`,
      `5.1.7 All penetrations through fire-rated walls shall be sealed with a tested system achieving the rating of the wall. Photographic records of each penetration shall be submitted before ceilings are closed.`,
      `2.9 The Contractor shall maintain dust levels at the site boundary below ${rng.int(50, 150)} µg/m³ (PM10, 15-minute average) and shall stop dust-generating work when the limit is exceeded.`,
    ]);
    const ask = t(lang, {
      de: `Bitte übersetze diese Klausel aus der Leistungsbeschreibung ins Deutsche, fachlich sauber, für ein Angebot an einen Nachunternehmer:\n\n${clause}`,
      en: `Please tidy up the English of this specification clause before it goes into the tender pack. Keep the meaning exactly; just make it read well.\n\n${clause}`,
      zh: `请把下面这条施工技术规范条款翻译成中文，用于发给分包商的招标文件，术语要准确：\n\n${clause}`,
      pt: `Por favor, traduza esta cláusula da especificação técnica para o português, com terminologia de obra correta, para enviar a um subempreiteiro:\n\n${clause}`,
    });
    const messages: ChatMessage[] = rng.chance(0.5) ? [sys(t(lang, { en: 'You are a technical translator for a construction company.', de: 'Du bist technischer Übersetzer für ein Bauunternehmen.', zh: '你是一家建筑公司的技术翻译。', pt: 'Você é tradutor técnico de uma construtora.' })), user(ask)] : [user(ask)];
    return { lang, messages };
  },
};

export const wideA: Family[] = [
  claimBucket, grainIntake, meterRead, pumpVibration, notamFilter, hotWork,
  substationSoe, reeferColdChain, fuelProgress, elevatorBank, priorAuthBoard, ballastSoundings,
  snfDischarge, lotoIsolation, pilotagePassage, grainLegRouting, aircraftRelease, feederRestoration,
  grainMarketing, sparesStocking, orBlocks, fuelTankering, unitCommitment, liftingEquipment,
  codlingMoth, weldTrials, appealOutcomes, loadForecastBias, ferryBerthing, activityDurations,
  cheeseSafetyExplainer, shiftLogSummary, tenderTranslation,
];
