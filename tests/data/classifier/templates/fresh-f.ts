// Author F: institutions and knowledge work (healthcare administration, law and compliance, public
// services, education, research labs, insurance, HR, journalism). Long transcripts, pasted
// records and several mixed requests.
import {
  type Draft, type Family, type Lang, type Rng, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msgs = Draft['messages'];

const LOCALES: Partial<Record<Lang, string>> = { de: 'de-DE', es: 'es-ES', pt: 'pt-BR', fr: 'fr-FR' };
const money = (n: number, lang: Lang = 'en'): string => n.toLocaleString(LOCALES[lang] ?? 'en-US');

// ---------------------------------------------------------------------------------------------
// simple_reflex
// ---------------------------------------------------------------------------------------------

interface ClaimCode { code: string; desc: string; kind: 'covered' | 'visit_cap' | 'auth' | 'excluded' | 'cosmetic' | 'unlisted' }
const CLAIM_CODES: ClaimCode[] = [
  { code: '99213', desc: 'office visit, established patient, low complexity', kind: 'covered' },
  { code: '97110', desc: 'therapeutic exercise, each 15 min', kind: 'visit_cap' },
  { code: '70553', desc: 'MRI brain without and with contrast', kind: 'auth' },
  { code: '90471', desc: 'immunization administration, first vaccine', kind: 'covered' },
  { code: 'D2740', desc: 'crown, porcelain/ceramic', kind: 'excluded' },
  { code: '15823', desc: 'blepharoplasty, upper eyelid, with excessive skin', kind: 'cosmetic' },
  { code: '81479', desc: 'unlisted molecular pathology procedure', kind: 'unlisted' },
  { code: '29881', desc: 'knee arthroscopy with meniscectomy', kind: 'auth' },
];

function claimLine(rng: Rng, c: ClaimCode): string {
  const lines = [
    `member_id: ${rng.pick(['HX', 'QM', 'TB'])}${rng.int(100000, 999999)}`,
    `date_of_service: 2024-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    `procedure: ${c.code} (${c.desc})`,
    `units: ${c.code === '97110' ? rng.int(2, 4) : 1}`,
    `billed: $${money({ '99213': rng.int(95, 180), '97110': rng.int(60, 140), '70553': rng.int(1400, 3600), '90471': rng.int(25, 60), D2740: rng.int(900, 1800), '15823': rng.int(2500, 5200), '81479': rng.int(600, 4100), '29881': rng.int(3200, 7800) }[c.code] ?? 200)}.00`,
    `place_of_service: ${rng.pick(['11 office', '22 outpatient hospital', '24 ambulatory surgical center', '19 off-campus outpatient'])}`,
  ];
  if (c.kind === 'visit_cap') lines.push(`pt_visits_paid_this_calendar_year: ${rng.int(6, 26)}`);
  if (c.kind === 'auth') lines.push(`prior_auth_number: ${rng.chance(0.5) ? `PA-${rng.int(10000, 99999)}` : '(blank)'}`);
  if (c.kind === 'cosmetic') lines.push(`attachments: ${rng.pick(['visual field test showing superior field loss', 'pre-op photos only', 'none'])}`);
  lines.push(`provider_note: ${rng.pick([
    'Member called twice about the EOB from last year; unrelated to this line.',
    'Rendering provider changed TIN in March, both TINs on file.',
    'Secondary coverage on file with a Medicare supplement; not relevant for primary adjudication.',
    '(none)',
    'Billing office asked us to expedite, patient is moving out of state.',
  ])}`);
  return lines.join('\n');
}

function claimDecision(line: string, c: ClaimCode): string {
  switch (c.kind) {
    case 'covered': return 'covered';
    case 'excluded': return 'not_covered';
    case 'unlisted': return 'needs_review';
    case 'visit_cap': return Number(/pt_visits_paid_this_calendar_year: (\d+)/.exec(line)?.[1] ?? 0) >= 20 ? 'not_covered' : 'covered';
    case 'auth': return line.includes('(blank)') ? 'needs_review' : 'covered';
    case 'cosmetic': return line.includes('visual field test') ? 'needs_review' : 'not_covered';
  }
}

const srClaimLine: Family = {
  id: 'wf-sr-claim-line-coverage', label: 'simple_reflex', difficulty: 'medium', variants: 5,
  rationale: 'Each claim line is answered from the coverage schedule in the prompt and the fields of that one line; nothing carries over and nothing is weighed or planned.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en', 'fr'], i);
    const plan = rng.pick(['Bronze 2500 EPO', 'Silver HMO 40', 'Gold PPO 500', 'Essential Care 1000']);
    const schedule = [
      '99213  covered',
      '90471  covered',
      '97110  covered up to 20 paid visits per calendar year; visit 21 onward not covered',
      '70553, 29881  covered only with a prior authorization number on the line; blank -> manual review',
      'D2740 and all D-codes  dental is excluded from this medical plan',
      '15823  cosmetic unless functional impairment is documented (visual field test attached -> manual review; otherwise not covered)',
      '81479 and any unlisted code  manual review',
    ].join('\n');
    const head = t(lang, {
      en: `You adjudicate single claim lines for the ${plan} plan. Look only at the line you are given and the coverage schedule below. Answer covered, not_covered or needs_review, and give a short reason.`,
      de: `Du prüfst einzelne Abrechnungspositionen für den Tarif ${plan}. Maßgeblich sind nur die vorliegende Position und die Leistungsübersicht unten. Antworte mit covered, not_covered oder needs_review und einer kurzen Begründung.`,
      es: `Resuelves líneas de reclamación sueltas del plan ${plan}. Mira solo la línea que recibes y el cuadro de coberturas de abajo. Responde covered, not_covered o needs_review con un motivo breve.`,
      fr: `Tu statues sur des lignes de demande de remboursement isolées pour le contrat ${plan}. Ne regarde que la ligne fournie et le tableau des garanties ci-dessous. Réponds covered, not_covered ou needs_review avec un motif court.`,
    });
    const messages: Msgs = [sys(`${head}\n\n${schedule}`)];
    const earlier = i === 3 ? 3 : i === 4 ? 1 : 0;
    const picks = rng.sample(CLAIM_CODES, earlier + 1);
    picks.forEach((c, k) => {
      const line = claimLine(rng, c);
      messages.push(user(line));
      if (k < earlier) messages.push(say(JSON.stringify({ decision: claimDecision(line, c), reason: `${c.code}: per schedule` })));
    });
    return {
      lang, messages, temperature: 0,
      response_format: jsonSchema('claim_line_decision', { decision: oneOf('covered', 'not_covered', 'needs_review'), reason: str }),
    };
  },
};

const PORTAL: Record<'fr' | 'ja' | 'en' | 'pt' | 'zh', string[]> = {
  fr: [
    'Bonjour, je n\'ai plus que deux comprimés de Lévothyrox 75 et la pharmacie dit que l\'ordonnance est expirée. Le Dr Marchand peut-il la renouveler ?',
    'Ma mère a depuis ce matin la bouche qui tombe d\'un côté et elle n\'arrive plus à lever le bras droit. Elle veut attendre son rendez-vous de jeudi, c\'est bien ?',
    'J\'ai reçu une facture de 180 € pour la consultation du 4 mars alors que j\'avais présenté ma carte de mutuelle. Pouvez-vous vérifier ?',
  ],
  ja: [
    '来週火曜日の予約を、仕事の都合で木曜日の午後に変更できますか？できれば15時以降が助かります。',
    '先週から処方された抗生物質を飲み始めてから、全身に発疹が出てかゆいです。息苦しさはありません。飲み続けてもいいでしょうか。',
    '昨日から胸が締め付けられるように痛く、左腕までしびれています。請求書の件でも聞きたいことがあるのですが…',
  ],
  en: [
    'Hi, I was charged a $45 no-show fee for 2/12 but I called the front desk the day before to cancel. Can someone take that off?',
    'My son (age 6) has had a fever of 101.5 for three days and now says his ear hurts. He is eating and drinking fine. Do we need to come in?',
    'Can you send a refill of my albuterol inhaler to the CVS on Elm St? Also I need to move my physical on the 9th to any afternoon the week after.',
  ],
  pt: [
    'Boa tarde, preciso remarcar a consulta de retorno com a Dra. Helena do dia 18 para a semana seguinte, de manhã se possível.',
    'Desde ontem à noite estou com falta de ar forte, não consigo subir um lance de escada, e os lábios estão meio roxos. Posso esperar a consulta de segunda?',
    'O convênio negou o reembolso do exame de sangue de janeiro dizendo que faltou o código. Vocês podem reenviar a guia?',
  ],
  zh: [
    '你好，我妈妈的降压药（氨氯地平5mg）还剩三天的量，能不能请王医生再开一个月的处方，送到社区药房？',
    '上周做完手术的伤口今天开始有点红，摸起来发热，但没有流脓也不发烧，需要过来看吗？',
    '我收到的账单上重复收了两次挂号费，一共多收了50元，请帮忙核对一下。',
  ],
};
const PORTAL_ANS: Record<string, string[]> = {
  fr: ['PHARMACY', 'EMERGENCY', 'BILLING'], ja: ['SCHEDULING', 'NURSE', 'EMERGENCY'], en: ['BILLING', 'NURSE', 'PHARMACY'],
  pt: ['SCHEDULING', 'EMERGENCY', 'BILLING'], zh: ['PHARMACY', 'NURSE', 'BILLING'],
};

const srPortalRoute: Family = {
  id: 'wf-sr-portal-inbox-queue', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'One patient message is sent to one fixed queue based on what that message says, with an override for danger signs; no earlier context matters.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'ja', 'en', 'pt', 'zh'], i) as 'fr' | 'ja' | 'en' | 'pt' | 'zh';
    const clinic = t(lang, {
      en: rng.pick(['Riverside Family Medicine', 'Northgate Pediatrics & Adult Care']),
      fr: rng.pick(['Maison de santé des Tilleuls', 'Centre médical Pasteur']),
      ja: rng.pick(['さくら内科クリニック', '青葉ファミリークリニック']),
      pt: rng.pick(['Hospital Santa Clara – Ambulatório', 'Clínica Vida Plena']),
      zh: rng.pick(['和平社区卫生服务中心', '明德门诊部']),
    });
    const pool = PORTAL[lang];
    const order = rng.sample([0, 1, 2], 3);
    const messages: Msgs = [sys(
      `Patient portal inbox, ${clinic}. Send each incoming message to exactly one queue: NURSE, PHARMACY, BILLING, SCHEDULING or EMERGENCY. ` +
      'Anything that describes chest pain, stroke signs, severe trouble breathing, heavy bleeding or thoughts of self-harm goes to EMERGENCY whatever else it asks about. ' +
      'If a message asks for two things, use the queue of the first request. Reply with the queue name only. Messages may be in any language.',
    )];
    const before = i % 2 === 0 ? 0 : 2;
    for (let k = 0; k < before; k++) {
      const idx = order[k]!;
      messages.push(user(pool[idx]!), say(PORTAL_ANS[lang]![idx]!));
    }
    messages.push(user(pool[order[before]!]!));
    if (i >= 3) {
      // This inbox files messages through a tool instead of answering in text.
      const first = messages[0]!;
      messages[0] = sys(String((first as { content: string }).content).replace('Reply with the queue name only.', 'File it with route_message.'));
      for (let k = 2; k < messages.length; k += 2) {
        const prev = messages[k]! as { content: string };
        const { message, ids } = calls(rng, ['route_message', { queue: prev.content }]);
        messages.splice(k, 1, message, result(ids[0]!, { ok: true }));
        k += 1;
      }
      return { lang, messages, temperature: 0, tools: [tool('route_message', 'File the current message into a queue.', { queue: oneOf('NURSE', 'PHARMACY', 'BILLING', 'SCHEDULING', 'EMERGENCY') })], tool_choice: 'required' };
    }
    return { lang, messages, max_tokens: 4, temperature: 0 };
  },
};

const PASSAGES: Record<'en' | 'es' | 'de', { doc: string; text: string }[]> = {
  en: [
    { doc: 'Incident report #24-0918, Maple Grove PD', text: 'Officer J. Reyes (badge 2291) responded at 22:14 to a noise complaint at 418 Linden Ave. The caller, a neighbour, gave her mobile number as 555-0142 and asked not to be named. No arrest was made; the resident agreed to turn the music down.' },
    { doc: 'Email thread, Westbrook School Board, RE: bus contract', text: 'Superintendent Alvarez wrote to the board on 3 May that the bus contract with Coastline Transit would be extended by one year at the same rate of $1.2M, pending a vote at the 15 May meeting. Board member Kim replied in agreement.' },
    { doc: 'Case file 2024-CR-0331 (open), County Attorney', text: 'Detective Moss notes that the confidential informant placed the suspect at the warehouse on the night of 12 January and that a second search warrant is being prepared for the storage unit on Route 9.' },
    { doc: 'Workers\' comp summary, Dept. of Public Works', text: 'Employee T. Harlan (Streets division) was out from 2 to 19 February following a lumbar disc herniation diagnosed at St. Vincent\'s; physical therapy ongoing twice weekly.' },
  ],
  es: [
    { doc: 'Expediente de licitación 17/2024, Ayuntamiento de Villanueva', text: 'La Junta de Gobierno Local adjudicó el 12 de marzo el contrato de limpieza viaria a Servicios Urbanos del Sur S.L. por 842.000 euros anuales. Firma la concejala de Medio Ambiente, Dña. Rocío Pardo.' },
    { doc: 'Parte de intervención de la Policía Local n.º 3317', text: 'El agente con TIP 4471 atendió un altercado en la calle Alcalá 212. La denunciante, vecina del 3.º B, facilitó su teléfono 612 44 87 09 y pidió que no constara su nombre en ninguna copia.' },
    { doc: 'Diligencias previas 88/2024 (en instrucción), Fiscalía Provincial', text: 'Según el informe de la UDEF, existen indicios de que las facturas de la empresa pantalla se emitieron desde el mismo equipo; está pendiente la declaración de dos investigados el próximo mes.' },
  ],
  de: [
    { doc: 'Vermerk Bauaufsicht, Vorgang 63-2024-1187', text: 'Bei der Ortsbesichtigung am 7. Mai stellte Sachbearbeiter Herr Köhler fest, dass die Brandschutztür im 2. OG des Gebäudes Lindenstraße 14 fehlt. Der Eigentümer wurde mit Frist bis 30. Juni zur Nachrüstung aufgefordert.' },
    { doc: 'Personalakte Auszug, Stadtwerke', text: 'Frau S. Yilmaz war vom 4. bis 22. März wegen einer depressiven Episode arbeitsunfähig; die Wiedereingliederung erfolgt stufenweise nach ärztlicher Empfehlung.' },
    { doc: 'Ermittlungsakte 12 Js 455/24 (laufend), Staatsanwaltschaft', text: 'Die Telekommunikationsüberwachung des Beschuldigten läuft bis Ende Juli; ein weiterer Durchsuchungsbeschluss für die Lagerhalle in Ahrensfelde ist beantragt.' },
  ],
};

const srRecordsRelease: Family = {
  id: 'wf-sr-records-passage-release', label: 'simple_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Each passage is matched against a short list of disclosure exemptions and gets release, redact or withhold on its own merits; no sequence or comparison is involved.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'de', 'en'], i) as 'en' | 'es' | 'de';
    const p = rng.pick(PASSAGES[lang]);
    const intro = t(lang, {
      en: 'You review one passage at a time from records being released in response to a public records request.',
      es: 'Revisas, fragmento a fragmento, documentos que se van a entregar en respuesta a una solicitud de acceso a la información pública.',
      de: 'Du prüfst abschnittsweise Unterlagen, die auf einen Antrag nach dem Informationsfreiheitsgesetz herausgegeben werden sollen.',
    });
    const ex = t(lang, {
      en: 'Exemptions:\n(a) contact details or identity of private individuals who asked for confidentiality -> REDACT\n(b) medical or health information about any person -> REDACT\n(c) material from an open criminal investigation -> WITHHOLD the whole passage\n(d) names and official acts of public employees and officials -> RELEASE\nIf nothing applies -> RELEASE. If (c) applies it wins over everything else.',
      es: 'Excepciones:\n(a) datos de contacto o identidad de particulares que pidieron reserva -> REDACT\n(b) información médica o de salud de cualquier persona -> REDACT\n(c) material de una investigación penal abierta -> WITHHOLD el fragmento entero\n(d) nombres y actos oficiales de cargos y empleados públicos -> RELEASE\nSi no aplica nada -> RELEASE. Si aplica (c), prevalece sobre todo lo demás.',
      de: 'Ausnahmen:\n(a) Kontaktdaten oder Identität von Privatpersonen, die um Vertraulichkeit gebeten haben -> REDACT\n(b) medizinische oder gesundheitliche Angaben zu einer Person -> REDACT\n(c) Material aus einem laufenden Ermittlungsverfahren -> WITHHOLD für den ganzen Abschnitt\n(d) Namen und Amtshandlungen von Amtsträgern und Beschäftigten -> RELEASE\nTrifft nichts zu -> RELEASE. (c) geht allem anderen vor.',
    });
    const messages: Msgs = [sys(`${intro}\n\n${ex}`), user(`[${p.doc}]\n\n${p.text}`)];
    if (i === 3) messages.splice(1, 0, user(`Batch ${rng.int(3, 19)} of request PRR-${rng.int(2024000, 2024999)}. Requester: ${rng.pick(['a local newspaper', 'a law firm', 'a resident'])}. Passages follow one per message.`), say('Ready.'));
    return {
      lang, messages, temperature: 0,
      response_format: jsonSchema('passage_action', { action: oneOf('RELEASE', 'REDACT', 'WITHHOLD'), exemption: oneOf('a', 'b', 'c', 'd', 'none') }),
    };
  },
};

const srApplicantScreen: Family = {
  id: 'wf-sr-applicant-knockout', label: 'simple_reflex', difficulty: 'medium', variants: 4,
  rationale: 'The application is passed or declined from three knock-out questions answered in the form itself; the cover letter is padding and no comparison with other applicants is asked for.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'pt', 'en', 'ja'], i);
    const role = rng.pick([
      { en: 'Registered Nurse, night shift, cardiac step-down unit', licence: 'active RN licence in the state' },
      { en: 'School bus driver (split shift)', licence: 'commercial driver licence class B with passenger endorsement' },
      { en: 'Substitute teacher, secondary mathematics', licence: 'valid teaching certificate' },
      { en: 'Pharmacy technician, hospital outpatient pharmacy', licence: 'pharmacy technician registration' },
    ]);
    const cid = `APP-${rng.int(40000, 99999)}`;
    const rtw = rng.chance(0.75);
    const lic = rng.chance(0.7);
    const shift = rng.chance(0.8);
    const sysText = t(lang, {
      en: `Applicant intake for the posting "${role.en}". Three knock-out questions decide whether an application goes to a recruiter: (1) right to work without sponsorship, (2) ${role.licence}, (3) accepts the stated shift pattern. All three yes -> advance_to_screen. Any no -> decline with the first failing question number. Do not judge anything else.`,
      zh: `职位"${role.en}"的求职初筛。三个淘汰性问题决定申请是否转给招聘专员：(1) 无需担保即可合法工作；(2) ${role.licence}；(3) 接受规定的班次安排。三项都是"是"则调用 advance_to_screen；任何一项为"否"则调用 decline，并给出第一个不满足的问题编号。其他内容一律不作评判。`,
      pt: `Triagem inicial para a vaga "${role.en}". Três perguntas eliminatórias decidem se a candidatura segue para um recrutador: (1) autorização de trabalho sem patrocínio, (2) ${role.licence}, (3) aceita o regime de turnos indicado. Três "sim" -> advance_to_screen. Qualquer "não" -> decline com o número da primeira pergunta que falhou. Não avalie mais nada.`,
      ja: `求人「${role.en}」の応募一次確認です。3つの必須質問で、応募を採用担当に回すかを決めます：(1) スポンサーなしで就労可能、(2) ${role.licence}、(3) 指定のシフト形態を受け入れる。3つともはいなら advance_to_screen、1つでもいいえなら最初に満たさなかった質問番号を付けて decline を呼んでください。それ以外は判断しないでください。`,
    });
    const yes = t(lang, { en: 'Yes', zh: '是', pt: 'Sim', ja: 'はい' });
    const no = t(lang, { en: 'No', zh: '否', pt: 'Não', ja: 'いいえ' });
    const letter = t(lang, {
      en: `Dear hiring team, I have spent ${rng.int(2, 14)} years in roles where reliability mattered more than anything. My last supervisor described me as the person who covers the gaps. I moved here ${rng.int(1, 6)} years ago with my family and am looking for something stable and close to home. I am happy to provide references and can start with two weeks' notice.`,
      zh: `尊敬的招聘团队：我在相关岗位工作了${rng.int(2, 14)}年，一直把可靠和守时放在第一位。上一任主管说我总是那个愿意顶班的人。${rng.int(1, 6)}年前我随家人搬到这里，希望找一份稳定、离家近的工作。可以提供推荐人，提前两周通知即可入职。`,
      pt: `Prezada equipe, trabalho há ${rng.int(2, 14)} anos em funções onde a confiabilidade vem antes de tudo. Minha última supervisora dizia que eu era quem cobria as faltas da equipe. Mudei-me para cá há ${rng.int(1, 6)} anos com a família e procuro algo estável e perto de casa. Posso fornecer referências e começar com duas semanas de aviso.`,
      ja: `採用ご担当者様　これまで${rng.int(2, 14)}年間、信頼性が何より求められる仕事に携わってきました。前職の上司からは「いつも穴を埋めてくれる人」と言われていました。${rng.int(1, 6)}年前に家族とこちらへ引っ越し、自宅から近く長く働ける職場を探しています。推薦者の紹介も可能で、2週間の予告期間後に勤務を開始できます。`,
    });
    const form = [
      `candidate_id: ${cid}`,
      `name: ${t(lang, { en: rng.pick(['Daniel Okoro', 'Megan Walsh', 'Luis Ortega']), zh: rng.pick(['林美', '陈伟', '赵晓燕']), pt: rng.pick(['Ana Beatriz Souza', 'Marcos Pinto', 'Juliana Reis']), ja: rng.pick(['佐藤 遥', '井上 大輔', '中川 彩']) })}`,
      `Q1 right_to_work_without_sponsorship: ${rtw ? yes : no}`,
      `Q2 ${role.licence}: ${lic ? yes : no}${lic ? ` (${rng.pick(['#', 'no. '])}${rng.int(100000, 999999)})` : ''}`,
      `Q3 accepts_shift_pattern: ${shift ? yes : no}`,
      `desired_salary: ${t(lang, { en: rng.pick(['negotiable', `$${rng.int(19, 48)}/h`]), zh: rng.pick(['面议', `每月${rng.int(8, 20)}千元`]), pt: rng.pick(['a combinar', `R$ ${money(rng.int(28, 90) * 100)}`]), ja: rng.pick(['応相談', `月給${rng.int(22, 38)}万円`]) })}`,
      '',
      'cover_letter:',
      letter,
    ].join('\n');
    return {
      lang,
      messages: [sys(sysText), user(form)],
      tools: [
        tool('advance_to_screen', 'Send the application to a recruiter phone screen.', { candidate_id: str }),
        tool('decline', 'Decline the application with the first failing knock-out question.', { candidate_id: str, failed_question: int }),
      ],
      tool_choice: 'required', temperature: 0,
    };
  },
};

interface Specimen { id: string; test: string; tube: string; fill: number; hi: number; minutes: number; spun: boolean; idMatch: boolean }
const TESTS: [string, string][] = [['K+ (potassium)', 'SST gold'], ['PT/INR', 'citrate light blue'], ['CBC', 'EDTA lavender'], ['glucose', 'SST gold'], ['aPTT', 'citrate light blue']];
function makeSpecimen(rng: Rng): Specimen {
  const [test, rightTube] = rng.pick(TESTS);
  const wrongTube = rng.chance(0.15);
  return {
    id: `S${rng.int(1000000, 9999999)}`, test,
    tube: wrongTube ? rng.pick(['EDTA lavender', 'SST gold', 'heparin green'].filter((x) => x !== rightTube)) : rightTube,
    fill: rng.pick([100, 100, 95, 85, 70]), hi: rng.pick([5, 12, 30, 60, 140]), minutes: rng.int(20, 240), spun: rng.chance(0.6), idMatch: rng.chance(0.85),
  };
}
function specimenVerdict(s: Specimen): string {
  const right = TESTS.find(([n]) => n === s.test)![1];
  if (!s.idMatch) return 'REJECT id_mismatch';
  if (s.tube !== right) return 'REJECT wrong_tube';
  if (s.tube.startsWith('citrate') && s.fill < 90) return 'REJECT underfilled';
  if (s.test.startsWith('K+') && s.hi > 50) return 'REJECT hemolysed';
  if (s.test === 'glucose' && !s.spun && s.minutes > 120) return 'REJECT delayed_unspun';
  return 'ACCEPT';
}
function specimenText(s: Specimen, lang: Lang): string {
  const f = t(lang, {
    en: `specimen ${s.id} | test ${s.test} | tube ${s.tube} | fill ${s.fill}% | hemolysis index ${s.hi} | ${s.minutes} min since draw | centrifuged: ${s.spun ? 'yes' : 'no'} | tube label vs requisition (name+DOB): ${s.idMatch ? 'match' : 'DOB differs'}`,
    de: `Probe ${s.id} | Anforderung ${s.test} | Röhrchen ${s.tube} | Füllung ${s.fill}% | Hämolyse-Index ${s.hi} | ${s.minutes} min seit Abnahme | zentrifugiert: ${s.spun ? 'ja' : 'nein'} | Etikett vs. Anforderungsschein (Name+Geb.-Datum): ${s.idMatch ? 'stimmt' : 'Geburtsdatum abweichend'}`,
    ja: `検体 ${s.id} ｜ 検査 ${s.test} ｜ 採血管 ${s.tube} ｜ 充填 ${s.fill}% ｜ 溶血指数 ${s.hi} ｜ 採血後 ${s.minutes} 分 ｜ 遠心済み：${s.spun ? 'はい' : 'いいえ'} ｜ ラベルと依頼書（氏名＋生年月日）：${s.idMatch ? '一致' : '生年月日が不一致'}`,
    es: `muestra ${s.id} | prueba ${s.test} | tubo ${s.tube} | llenado ${s.fill}% | índice de hemólisis ${s.hi} | ${s.minutes} min desde la extracción | centrifugada: ${s.spun ? 'sí' : 'no'} | etiqueta vs. volante (nombre+fecha nac.): ${s.idMatch ? 'coincide' : 'fecha de nacimiento distinta'}`,
  });
  return f;
}

const srSpecimenAccept: Family = {
  id: 'wf-sr-specimen-receiving', label: 'simple_reflex', difficulty: 'hard', variants: 5,
  rationale: 'Even deep into a long receiving shift, each tube is accepted or rejected from its own record against fixed acceptance criteria; the earlier tubes have no bearing on the latest one.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'es', 'en'], i);
    const criteria = t(lang, {
      en: 'Specimen receiving bench, core lab. For each tube reply ACCEPT or REJECT plus the reason code. Reject if: name or DOB on the tube differs from the requisition (id_mismatch); tube type wrong for the test (wrong_tube; K+ and glucose need SST gold, PT/INR and aPTT need citrate light blue, CBC needs EDTA lavender); citrate under 90% full (underfilled); K+ with hemolysis index above 50 (hemolysed); glucose not centrifuged and older than 120 min (delayed_unspun). Check in that order and give the first reason that applies.',
      de: 'Probeneingang, Zentrallabor. Antworte pro Röhrchen mit ACCEPT oder REJECT plus Grundcode. Ablehnen bei: Name oder Geburtsdatum weicht vom Anforderungsschein ab (id_mismatch); falsches Röhrchen für die Anforderung (wrong_tube; K+ und Glukose brauchen SST gold, PT/INR und aPTT Citrat hellblau, CBC EDTA lila); Citrat unter 90 % gefüllt (underfilled); K+ mit Hämolyse-Index über 50 (hemolysed); Glukose nicht zentrifugiert und älter als 120 min (delayed_unspun). In dieser Reihenfolge prüfen und den ersten zutreffenden Grund nennen.',
      ja: '検体受付（中央検査室）。採血管ごとに ACCEPT または REJECT と理由コードで答えてください。却下条件：採血管の氏名・生年月日が依頼書と異なる（id_mismatch）、検査に対して採血管の種類が誤り（wrong_tube；K+ と glucose は SST gold、PT/INR と aPTT は citrate light blue、CBC は EDTA lavender）、クエン酸管の充填が90%未満（underfilled）、K+ で溶血指数が50超（hemolysed）、glucose が未遠心で120分超（delayed_unspun）。この順に確認し、最初に当てはまる理由を答えること。',
      es: 'Recepción de muestras, laboratorio central. Para cada tubo responde ACCEPT o REJECT más el código de motivo. Rechazar si: el nombre o la fecha de nacimiento del tubo no coinciden con el volante (id_mismatch); tubo incorrecto para la prueba (wrong_tube; K+ y glucosa van en SST gold, PT/INR y aPTT en citrato azul claro, CBC en EDTA lila); citrato lleno por debajo del 90 % (underfilled); K+ con índice de hemólisis superior a 50 (hemolysed); glucosa sin centrifugar y con más de 120 min (delayed_unspun). Comprueba en ese orden y da el primer motivo que aplique.',
    });
    const earlier = [0, 4, 6, 3, 9][i % 5]!;
    const messages: Msgs = [sys(criteria)];
    for (let k = 0; k < earlier; k++) {
      const s = makeSpecimen(rng);
      messages.push(user(specimenText(s, lang)), say(specimenVerdict(s)));
    }
    messages.push(user(specimenText(makeSpecimen(rng), lang)));
    return { lang, messages, max_tokens: 12, temperature: 0 };
  },
};

const srFamilies: Family[] = [srClaimLine, srPortalRoute, srRecordsRelease, srApplicantScreen, srSpecimenAccept];

// ---------------------------------------------------------------------------------------------
// model_based_reflex
// ---------------------------------------------------------------------------------------------

type BedState = 'occ' | 'dirty' | 'clean' | 'blocked';

const mbWardBeds: Family = {
  id: 'wf-mb-ward-bed-board', label: 'model_based_reflex', difficulty: 'hard', variants: 4,
  rationale: 'The bed picture has to be rebuilt from a morning census plus a stream of admit/discharge/cleaning events with a gap in the feed, and the final ask is what the unit looks like now.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'ja'], i);
    const unit = t(lang, {
      en: rng.pick(['4 West Telemetry', 'Surgical Step-Down 5N', 'Med-Surg 6 East']),
      de: rng.pick(['Station 7B Innere Medizin', 'Station 3A Unfallchirurgie']),
      ja: rng.pick(['東8階 内科病棟', '西5階 外科病棟']),
    });
    const base = rng.pick([400, 500, 600, 700]);
    const beds = Array.from({ length: rng.int(9, 12) }, (_, k) => String(base + k + 1));
    const st = new Map<string, BedState>();
    for (const b of beds) st.set(b, rng.pick<BedState>(['occ', 'occ', 'occ', 'occ', 'dirty', 'clean']));
    const census = beds.map((b) => ({ bed: b, status: st.get(b) === 'occ' ? 'occupied' : st.get(b) === 'dirty' ? 'vacant_dirty' : 'vacant_clean', mrn: st.get(b) === 'occ' ? `M${rng.int(100000, 999999)}` : null }));
    let seq = rng.int(1200, 8800);
    const polls = rng.int(3, 4);
    const gapAt = rng.int(1, polls - 1);
    const hour = rng.int(7, 9);
    const messages: Msgs = [
      sys(t(lang, {
        en: `You support the charge nurse on ${unit}. The ADT feed is event-based and occasionally drops messages; the housekeeping system posts CLEAN_DONE when a room is turned over. A bed can take a new patient only when it is vacant and clean and not blocked. A discharge order is not a discharge.`,
        de: `Du unterstützt die Stationsleitung auf ${unit}. Der ADT-Feed liefert Einzelereignisse und verliert gelegentlich Nachrichten; die Reinigung meldet CLEAN_DONE, sobald ein Zimmer aufbereitet ist. Ein Bett kann nur dann neu belegt werden, wenn es frei, gereinigt und nicht gesperrt ist. Eine Entlassungsanordnung ist noch keine Entlassung.`,
        ja: `あなたは${unit}の看護師長を補佐します。ADTフィードはイベント単位で届き、ときどきメッセージが欠落します。清掃システムは部屋の清掃が終わると CLEAN_DONE を送ります。新しい患者を受け入れられるのは、空床で清掃済み、かつブロックされていないベッドだけです。退院指示は退院そのものではありません。`,
      })),
      user(t(lang, { en: 'Morning. Pull the 06:00 census please.', de: 'Guten Morgen. Hol bitte den Stand von 06:00.', ja: 'おはよう。6時時点のセンサスを取ってきて。' })),
    ];
    exchange(rng, messages, 'get_census', { unit, as_of: '06:00' }, { unit, as_of: '06:00', beds: census, last_seq: seq });
    messages.push(say(t(lang, {
      en: `Got it: ${census.filter((c) => c.status === 'occupied').length} occupied, ${census.filter((c) => c.status !== 'occupied').length} vacant at 06:00.`,
      de: `Erledigt: um 06:00 ${census.filter((c) => c.status === 'occupied').length} belegt, ${census.filter((c) => c.status !== 'occupied').length} frei.`,
      ja: `取得しました。6時時点で使用中${census.filter((c) => c.status === 'occupied').length}床、空床${census.filter((c) => c.status !== 'occupied').length}床です。`,
    })));
    for (let p = 0; p < polls; p++) {
      const events: Record<string, unknown>[] = [];
      const n = rng.int(2, 4);
      const mins = Array.from({ length: n }, () => rng.int(0, 57)).sort((a, b) => a - b);
      for (let e = 0; e < n; e++) {
        const bed = rng.pick(beds);
        const s = st.get(bed)!;
        const time = `${pad(hour + p)}:${pad(mins[e]!)}`;
        seq += 1;
        if (s === 'occ') {
          const kind = rng.pick(['DISCHARGE', 'DISCHARGE_ORDER', 'TRANSFER_OUT']);
          events.push({ seq, time, type: kind, bed, ...(kind === 'TRANSFER_OUT' ? { to: rng.pick(['ICU', 'OR holding', '3 North']) } : {}) });
          if (kind !== 'DISCHARGE_ORDER') st.set(bed, 'dirty');
        } else if (s === 'dirty') {
          events.push({ seq, time, type: 'CLEAN_DONE', bed, source: 'housekeeping' }); st.set(bed, 'clean');
        } else if (s === 'clean') {
          if (rng.chance(0.25)) { events.push({ seq, time, type: 'BED_BLOCK', bed, reason: rng.pick(['broken call light', 'C. diff terminal clean pending', 'bed frame repair']) }); st.set(bed, 'blocked'); } else { events.push({ seq, time, type: 'ADMIT', bed, mrn: `M${rng.int(100000, 999999)}`, from: rng.pick(['ED', 'PACU', 'direct admit']) }); st.set(bed, 'occ'); }
        } else {
          events.push({ seq, time, type: 'BED_UNBLOCK', bed }); st.set(bed, 'clean');
        }
      }
      if (p === gapAt) {
        seq += rng.int(2, 3);
        const ghost = rng.pick(beds.filter((b) => st.get(b) === 'occ'));
        if (ghost) { seq += 1; events.push({ seq, time: `${pad(hour + p)}:58`, type: 'CLEAN_DONE', bed: ghost, source: 'housekeeping' }); st.set(ghost, 'clean'); }
      }
      messages.push(user(t(lang, {
        en: rng.pick(['Any movement?', 'Check the feed again.', 'Update?', `It's ${pad(hour + p)}:59, anything new?`]),
        de: rng.pick(['Gibt es Bewegungen?', 'Schau bitte noch mal in den Feed.', 'Neuigkeiten?']),
        ja: rng.pick(['動きはある？', 'もう一度フィードを確認して。', '何か更新ある？']),
      })));
      const out: Record<string, unknown> = { events, last_seq: seq };
      if (p === gapAt) out.warning = `sequence gap: ${seq - events.length - 2}..${seq - 2} not received (upstream retry failed)`;
      exchange(rng, messages, 'poll_adt', { unit, since_seq: seq - events.length - (p === gapAt ? 3 : 0) }, out);
      messages.push(say(t(lang, { en: `${events.length} new events applied.`, de: `${events.length} neue Ereignisse übernommen.`, ja: `新しいイベント${events.length}件を反映しました。` })));
    }
    messages.push(user(t(lang, {
      en: 'Bed huddle in five minutes. The ED has three admits waiting. Which beds can take a patient right now, which are waiting on housekeeping, and which ones are you not sure about and why?',
      de: 'Bettenbesprechung in fünf Minuten, die Notaufnahme hat drei Aufnahmen in der Warteschleife. Welche Betten können jetzt sofort belegt werden, welche warten auf die Reinigung, und bei welchen bist du dir nicht sicher – und warum?',
      ja: 'あと5分でベッドハドルです。救急で入院待ちが3人います。今すぐ受け入れられるベッド、清掃待ちのベッド、そして確信が持てないベッドとその理由を教えて。',
    })));
    return {
      lang, messages, temperature: 0,
      tools: [
        tool('get_census', 'Snapshot of the unit census at a given time.', { unit: str, as_of: str }),
        tool('poll_adt', 'Admit/discharge/transfer and housekeeping events since a sequence number.', { unit: str, since_seq: int }),
      ],
      response_format: jsonSchema('bed_board', { ready_now: list(str), awaiting_clean: list(str), uncertain: list(obj({ bed: str, why: str })) }),
    };
  },
};

function dm(lang: Lang, day: number): string {
  const months: Record<string, string[]> = {
    en: ['March', 'April', 'May'], es: ['marzo', 'abril', 'mayo'], fr: ['mars', 'avril', 'mai'],
  };
  const lens = [31, 30, 31];
  let m = 0, d = day;
  while (m < 2 && d > lens[m]!) { d -= lens[m]!; m += 1; }
  const name = (months[lang] ?? months.en!)[m]!;
  return lang === 'en' ? `${name} ${d}` : `${d} de ${name}`.replace(' de ', lang === 'fr' ? ' ' : ' de ');
}

const mbDocketWatch: Family = {
  id: 'wf-mb-docket-deadlines', label: 'model_based_reflex', difficulty: 'hard', variants: 4,
  rationale: 'Docket entries arrive day by day and later entries extend, suspend or cancel earlier deadlines, so answering what is still owed requires the running picture of the case rather than any single entry.',
  make: (rng, i) => {
    const lang = langAt(['es', 'fr', 'en', 'en'], i);
    const d0 = rng.int(2, 8);
    const withdraw = i !== 3 || rng.chance(0.5);
    const updates: string[] = [];
    let today = 0;
    let caseLine = '';
    if (lang === 'en') {
      const cs = rng.pick(['Harbor Logistics LLC v. Meridian Freight Inc., No. 2:24-cv-0' + rng.int(1000, 9999), 'Okafor v. Brightline Staffing, No. 1:23-cv-0' + rng.int(1000, 9999), 'Pinecrest HOA v. Talbot Builders, No. 3:24-cv-0' + rng.int(1000, 9999)]);
      caseLine = `${cs} (we represent plaintiff). Local rule: oppositions due 14 days after service of the motion; discovery responses 30 days after service.`;
      const d1 = d0, d2 = d0 + rng.int(2, 4), d3 = d2 + rng.int(2, 5), d4 = d3 + rng.int(1, 4), d5 = d4 + rng.int(2, 5);
      updates.push(
        `${dm(lang, d1)}: ECF ${rng.int(30, 40)} — Defendant's Motion to Compel Production of Documents, served via CM/ECF today. Hearing noticed for ${dm(lang, d1 + 28)}.`,
        `${dm(lang, d2)}: Defendant served its Second Set of Interrogatories (Nos. 12–25) and Requests for Admission (Nos. 1–18) on us by email today. Not filed on the docket.`,
        `${dm(lang, d3)}: ECF ${rng.int(41, 45)} — Stipulation and Order: plaintiff's time to oppose the motion to compel extended to ${dm(lang, d1 + 21)}.`,
        withdraw
          ? `${dm(lang, d4)}: ECF ${rng.int(46, 49)} — Defendant's Notice of Withdrawal of Motion to Compel (parties resolved the dispute by letter agreement). Hearing vacated.`
          : `${dm(lang, d4)}: ECF ${rng.int(46, 49)} — Minute order: hearing on the motion to compel continued to ${dm(lang, d1 + 42)}; briefing schedule unchanged.`,
        `${dm(lang, d5)}: ECF ${rng.int(50, 55)} — Amended Scheduling Order: fact discovery closes ${dm(lang, d5 + 50)}; plaintiff's expert disclosures due ${dm(lang, d5 + 58)}.`,
      );
      today = d5 + rng.int(1, 3);
    } else if (lang === 'es') {
      caseLine = `Procedimiento ordinario ${rng.int(100, 900)}/2024, Juzgado de Primera Instancia n.º ${rng.int(1, 12)} de ${rng.pick(['Valencia', 'Sevilla', 'Zaragoza', 'Bilbao'])}. Representamos a la parte demandada. Los plazos se cuentan en días hábiles.`;
      const d1 = d0, d2 = d0 + rng.int(3, 6), d3 = d2 + rng.int(3, 6), d4 = d3 + rng.int(3, 8), d5 = d4 + rng.int(10, 20);
      updates.push(
        `${dm(lang, d1)}: nos notifican por LexNET la demanda y el decreto de admisión. Plazo de 20 días hábiles para contestar.`,
        `${dm(lang, d2)}: la actora presenta escrito aportando un documento nuevo (informe pericial complementario); se nos da traslado por 5 días para alegaciones.`,
        `${dm(lang, d3)}: diligencia de ordenación que acuerda la suspensión del procedimiento por 60 días a petición conjunta de las partes para negociar. Quedan suspendidos los plazos en curso.`,
        withdraw
          ? `${dm(lang, d4)}: la actora presenta escrito de desistimiento parcial respecto de la pretensión de daños morales; se tiene por desistida en ese punto.`
          : `${dm(lang, d4)}: llamada del procurador contrario: su cliente no acepta nuestra última propuesta. Nada en el juzgado todavía.`,
        `${dm(lang, d5)}: se alza la suspensión a instancia de la actora; se reanuda el cómputo de los plazos por los días que restaban.`,
      );
      today = d5 + rng.int(2, 4);
    } else {
      caseLine = `RG ${rng.int(20, 24)}/0${rng.int(1000, 9999)}, tribunal judiciaire de ${rng.pick(['Lyon', 'Nantes', 'Lille', 'Bordeaux'])}, ${rng.int(1, 10)}e chambre. Nous sommes en défense.`;
      const d1 = d0, d2 = d0 + rng.int(3, 7), d3 = d2 + rng.int(3, 7), d4 = d3 + rng.int(2, 5), d5 = d4 + rng.int(3, 6);
      updates.push(
        `${dm(lang, d1)} : avis du greffe — calendrier de procédure : conclusions en défense avant le ${dm(lang, d1 + 30)}, clôture prévisionnelle le ${dm(lang, d1 + 60)}.`,
        `${dm(lang, d2)} : le demandeur nous notifie ses conclusions n° 2 avec quatre nouvelles pièces (pièces ${rng.int(14, 20)} à ${rng.int(21, 26)}).`,
        `${dm(lang, d3)} : incident — le demandeur saisit le juge de la mise en état d'une demande de communication de pièces sous astreinte ; audience d'incident le ${dm(lang, d3 + 20)}, nos observations écrites huit jours avant.`,
        withdraw
          ? `${dm(lang, d4)} : le demandeur se désiste de son incident ; l'audience d'incident est retirée du rôle.`
          : `${dm(lang, d4)} : le JME renvoie l'audience d'incident au ${dm(lang, d3 + 34)}.`,
        `${dm(lang, d5)} : ordonnance du JME : report de la date limite de nos conclusions au ${dm(lang, d1 + 45)} ; la clôture est reportée d'autant.`,
      );
      today = d5 + rng.int(1, 3);
    }
    const count = i === 2 ? updates.length : rng.int(4, 5);
    const messages: Msgs = [sys(t(lang, {
      en: `You are the docket assistant for a litigation team. Each message from the paralegal is a new docket or service event. Acknowledge briefly. When asked, say what our side still has to file or serve and by when.\n\nMatter: ${caseLine}`,
      es: `Eres el asistente de agenda procesal de un despacho. Cada mensaje del pasante es una nueva notificación o actuación. Acusa recibo en una línea. Cuando te lo pidan, di qué nos queda por presentar y para cuándo.\n\nAsunto: ${caseLine}`,
      fr: `Tu es l'assistant de suivi procédural d'un cabinet. Chaque message du juriste est un nouvel événement de procédure. Accuse réception en une ligne. Quand on te le demande, indique ce qui reste à faire de notre côté et pour quand.\n\nDossier : ${caseLine}`,
    }))];
    const acks = { en: ['Noted.', 'Logged.', 'Got it.'], es: ['Anotado.', 'Recibido.', 'Apuntado.'], fr: ['Noté.', 'Bien reçu.', 'C\'est enregistré.'] };
    for (let k = 0; k < count; k++) {
      messages.push(user(updates[k]!), say(rng.pick(acks[lang as 'en' | 'es' | 'fr'])));
    }
    messages.push(user(t(lang, {
      en: `It's ${dm(lang, today)}. Partner wants a one-paragraph status: what do we still owe, and when is each item due?`,
      es: `Hoy es ${dm(lang, today)}. El socio quiere un resumen: ¿qué nos queda pendiente y cuándo vence cada cosa?`,
      fr: `Nous sommes le ${dm(lang, today)}. L'associé veut un point rapide : qu'est-ce qui reste à notre charge, et pour quand ?`,
    })));
    return { lang, messages, temperature: 0.2 };
  },
};

const mbFreezerWatch: Family = {
  id: 'wf-mb-freezer-telemetry', label: 'model_based_reflex', secondary: 'simple_reflex', difficulty: 'hard', variants: 5,
  rationale: 'The last reading has no temperature at all, so whether to wake someone depends on the trend and compressor history built up over the earlier readings, though a reader could treat it as a one-line alarm check.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'de', 'en', 'pt'], i);
    const unit = `ULT-${rng.pick(['03', '07', '12', '15'])}`;
    const lab = rng.pick(['Biobank B2', 'Structural Biology Core', 'Tumour Immunology Lab', 'Virology BSL-2 suite']);
    const scenario = rng.pick(['fault', 'door', 'fault', 'power']);
    const start = rng.int(0, 3);
    let temp = -80 + rng.int(0, 10) / 10;
    const lines: string[] = [];
    const steps = scenario === 'fault' ? 7 : rng.int(6, 10);
    const notes: (string | null)[] = [];
    for (let k = 0; k < steps; k++) {
      const total = 22 * 60 + start * 15 + k * 15;
      const hh = pad(Math.floor(total / 60) % 24);
      const mm = pad(total % 60);
      let door = 'closed', comp = 'running', power = 'mains';
      if (scenario === 'door' && k === 2) { door = 'OPEN 6 min'; temp += 4.5; } else if (scenario === 'door' && k > 2) temp = Math.max(-80, temp - 2.2);
      if (scenario === 'fault' && k >= 2) { comp = k >= 4 ? 'FAULT (E12 high-stage)' : 'running (duty 100%)'; temp += 1.0 + rng.int(0, 4) / 10; }
      if (scenario === 'power' && (k === 3 || k === 4)) { power = 'UPS'; comp = 'off'; temp += 0.9; } else if (scenario === 'power' && k > 4) temp = Math.max(-80, temp - 0.8);
      lines.push(`${hh}:${mm}  ${unit}  probe=${temp.toFixed(1)}°C  door=${door}  compressor=${comp}  power=${power}`);
      notes.push(
        scenario === 'door' && k === 2 ? t(lang, { en: 'Door left open ~6 min, +4.5 °C. Expect recovery; check next readings.', zh: '门开约6分钟，温度上升4.5 °C，预计会恢复，继续观察。', de: 'Tür ca. 6 Min. offen, +4,5 °C. Erholung erwartet, nächste Werte prüfen.', pt: 'Porta aberta ~6 min, +4,5 °C. Deve recuperar; conferir as próximas leituras.' })
        : scenario === 'fault' && k === 4 ? t(lang, { en: 'Compressor fault E12 while warming about 1 °C per reading. Not yet at threshold; watching closely.', zh: '压缩机报E12故障，每次读数升温约1 °C，尚未到阈值，密切观察。', de: 'Kompressorfehler E12, Erwärmung ca. 1 °C pro Messung. Schwelle noch nicht erreicht, beobachte genau.', pt: 'Falha E12 no compressor, aquecendo ~1 °C por leitura. Ainda abaixo do limiar; acompanhando de perto.' })
        : scenario === 'power' && k === 3 ? t(lang, { en: 'On UPS, compressor off: mains outage. Slow drift expected.', zh: '切换到UPS，压缩机停机：市电中断，预计缓慢升温。', de: 'Auf USV, Kompressor aus: Netzausfall. Langsame Drift erwartet.', pt: 'No nobreak, compressor desligado: queda de energia. Deriva lenta esperada.' })
        : null,
      );
    }
    const messages: Msgs = [sys(t(lang, {
      en: `Overnight monitor for the ultra-low freezers in ${lab}. A reading arrives every 15 minutes. Samples tolerate short excursions up to -60 °C; the alarm threshold is -70 °C. Paging the on-call scientist at night is expensive in goodwill, so page only when samples are genuinely at risk; otherwise log a note or reply "no action".`,
      zh: `你负责${lab}超低温冰箱的夜间监控。每15分钟收到一条读数。样本短时间内不高于-60 °C即可保持安全；报警阈值为-70 °C。夜里呼叫值班科研人员代价很高，只有样本真正有风险时才呼叫；否则记录备注或回复"no action"。`,
      de: `Nachtüberwachung der Ultratiefkühlschränke in ${lab}. Alle 15 Minuten kommt ein Messwert. Proben überstehen kurzzeitig Temperaturen bis -60 °C; die Alarmschwelle liegt bei -70 °C. Nachts die Rufbereitschaft zu wecken kostet viel Wohlwollen – also nur anpiepen, wenn die Proben wirklich gefährdet sind; sonst eine Notiz protokollieren oder "no action" antworten.`,
      pt: `Monitoramento noturno dos ultrafreezers do ${lab}. Chega uma leitura a cada 15 minutos. As amostras aguentam por pouco tempo até -60 °C; o limiar de alarme é -70 °C. Acionar o pesquisador de plantão de madrugada tem um custo alto, então só acione quando as amostras estiverem realmente em risco; caso contrário registre uma nota ou responda "no action".`,
    }))];
    lines.forEach((ln, k) => {
      messages.push(user(ln));
      const note = notes[k];
      if (note) {
        const { message, ids } = calls(rng, ['log_note', { freezer: unit, text: note }]);
        messages.push(message, result(ids[0]!, { ok: true, note_id: rng.int(1000, 9999) }), say(t(lang, { en: 'Logged.', zh: '已记录。', de: 'Protokolliert.', pt: 'Registrado.' })));
      } else messages.push(say('no action'));
    });
    const endT = 22 * 60 + start * 15 + lines.length * 15;
    const stamp = `${pad(Math.floor(endT / 60) % 24)}:${pad(endT % 60)}`;
    messages.push(user(t(lang, {
      en: `${stamp}  ${unit}  probe=ERR (no signal)  door=closed  compressor=${scenario === 'fault' ? 'FAULT (E12 high-stage)' : 'running'}  power=mains`,
      zh: `${stamp}  ${unit}  探头=ERR（无信号）  门=关闭  压缩机=${scenario === 'fault' ? 'FAULT (E12 高温级)' : '运行中'}  电源=市电`,
      de: `${stamp}  ${unit}  Fühler=ERR (kein Signal)  Tür=zu  Kompressor=${scenario === 'fault' ? 'FAULT (E12 Hochstufe)' : 'läuft'}  Strom=Netz`,
      pt: `${stamp}  ${unit}  sonda=ERR (sem sinal)  porta=fechada  compressor=${scenario === 'fault' ? 'FAULT (E12 estágio alto)' : 'funcionando'}  energia=rede`,
    })));
    return {
      lang, messages, temperature: 0,
      tools: [
        tool('page_on_call', 'Page the on-call scientist about a freezer.', { freezer: str, reason: str }),
        tool('log_note', 'Write a note to the freezer log without paging anyone.', { freezer: str, text: str }),
      ],
    };
  },
};

interface TutorItem { id: string; prompt: string; right: string; wrong: string; trap: boolean }
const TUTOR: Record<'en' | 'es' | 'fr' | 'ja', { topic: string; items: TutorItem[]; bank: string }> = {
  en: {
    topic: 'Grade 5, adding fractions',
    items: [
      { id: 'F1', prompt: '1/5 + 2/5 = ?', right: '3/5', wrong: '3/10', trap: false },
      { id: 'F2', prompt: '1/2 + 1/4 = ?', right: '3/4', wrong: '2/6', trap: true },
      { id: 'F3', prompt: '3/8 + 3/8 = ?', right: '6/8', wrong: '6/16', trap: false },
      { id: 'F4', prompt: '1/3 + 1/6 = ?', right: '1/2', wrong: '2/9', trap: true },
      { id: 'F5', prompt: '2/7 + 4/7 = ?', right: '6/7', wrong: '6/14', trap: false },
      { id: 'F6', prompt: '3/4 + 1/8 = ?', right: '7/8', wrong: '4/12', trap: true },
    ],
    bank: 'B1 2/9 + 5/9 | B2 1/2 + 1/3 | B3 which is bigger, 1/4 or 2/8? | B4 write 1/3 with denominator 12 | B5 5/6 - 1/3',
  },
  es: {
    topic: '1.º de ESO, comparar números decimales',
    items: [
      { id: 'D1', prompt: '¿Cuál es mayor, 0,45 o 0,5?', right: '0,5', wrong: '0,45', trap: true },
      { id: 'D2', prompt: '¿Cuál es mayor, 2,7 o 2,3?', right: '2,7', wrong: '2,3', trap: false },
      { id: 'D3', prompt: '¿Cuál es mayor, 0,8 o 0,75?', right: '0,8', wrong: '0,75', trap: true },
      { id: 'D4', prompt: '¿Cuál es mayor, 0,36 o 0,31?', right: '0,36', wrong: '0,31', trap: false },
      { id: 'D5', prompt: '¿Cuál es mayor, 1,2 o 1,15?', right: '1,2', wrong: '1,15', trap: true },
      { id: 'D6', prompt: 'Ordena de menor a mayor: 0,3 · 0,29 · 0,305', right: '0,29 · 0,3 · 0,305', wrong: '0,3 · 0,29 · 0,305', trap: true },
    ],
    bank: 'B1 ¿0,6 o 0,60? | B2 sitúa 0,25 y 0,7 en la recta | B3 ¿0,09 o 0,1? | B4 escribe 3 décimas como centésimas | B5 ¿4,05 o 4,5?',
  },
  fr: {
    topic: '4e, équations du premier degré',
    items: [
      { id: 'E1', prompt: 'x + 5 = 12', right: 'x = 7', wrong: 'x = 17', trap: true },
      { id: 'E2', prompt: '2x = 10', right: 'x = 5', wrong: 'x = 5', trap: false },
      { id: 'E3', prompt: '3x − 4 = 11', right: 'x = 5', wrong: 'x = 7/3', trap: true },
      { id: 'E4', prompt: 'x / 3 = 4', right: 'x = 12', wrong: 'x = 12', trap: false },
      { id: 'E5', prompt: '5x + 2 = 3x + 10', right: 'x = 4', wrong: 'x = 6', trap: true },
      { id: 'E6', prompt: '4x = 2', right: 'x = 1/2', wrong: 'x = 1/2', trap: false },
    ],
    bank: 'B1 x − 3 = 9 | B2 7x = 21 | B3 2x + 6 = 0 | B4 x + 8 = 3 | B5 6 − x = 2',
  },
  ja: {
    topic: '小学5年 分数のたし算',
    items: [
      { id: 'F1', prompt: '2/9 + 4/9 = ?', right: '6/9', wrong: '6/18', trap: false },
      { id: 'F2', prompt: '1/2 + 1/3 = ?', right: '5/6', wrong: '2/5', trap: true },
      { id: 'F3', prompt: '1/4 + 2/4 = ?', right: '3/4', wrong: '3/8', trap: false },
      { id: 'F4', prompt: '2/3 + 1/6 = ?', right: '5/6', wrong: '3/9', trap: true },
      { id: 'F5', prompt: '3/10 + 1/5 = ?', right: '1/2', wrong: '4/15', trap: true },
    ],
    bank: 'B1 1/5 + 3/5 | B2 1/4 + 1/6 | B3 2/3 を分母12で表す | B4 3/8 と 1/2 はどちらが大きい？ | B5 7/8 − 1/4',
  },
};

const mbTutorPicture: Family = {
  id: 'wf-mb-tutor-student-picture', label: 'model_based_reflex', secondary: 'learning', difficulty: 'hard', variants: 4,
  rationale: 'The student\'s understanding is hidden and only shows through a run of right and wrong answers in this session; the request asks for the current picture of what the student believes and the next item that fits it, though adapting to the student can also read as learning.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'ja'], i) as 'en' | 'es' | 'fr' | 'ja';
    const pack = TUTOR[lang];
    const name = rng.pick(['Maya', 'Lucas', 'Inès', 'Yuto', 'Sofía', 'Noah']);
    const mode = rng.pick(['pattern', 'pattern', 'slip']);
    const messages: Msgs = [sys(t(lang, {
      en: `You are a 1:1 maths tutor (${pack.topic}). Give one item at a time, respond briefly and kindly to each answer, never reveal the answer key. An orchestrator occasionally asks for a report in JSON. Item bank for follow-ups: ${pack.bank}`,
      es: `Eres tutor particular de matemáticas (${pack.topic}). Plantea un ejercicio cada vez, responde con brevedad y amabilidad, no des la solución. Un orquestador te pedirá a veces un informe en JSON. Banco de ejercicios de seguimiento: ${pack.bank}`,
      fr: `Tu es tuteur de mathématiques en individuel (${pack.topic}). Un exercice à la fois, réponses brèves et bienveillantes, ne donne jamais le corrigé. Un orchestrateur te demande parfois un rapport en JSON. Banque d'exercices de suivi : ${pack.bank}`,
      ja: `あなたは算数の個別指導チューター（${pack.topic}）です。問題は一問ずつ出し、答えには短く優しく返し、正解は教えないでください。ときどきオーケストレーターがJSONで報告を求めます。追加問題バンク：${pack.bank}`,
    }))];
    const items = pack.items.slice(0, rng.int(4, pack.items.length));
    items.forEach((it, k) => {
      messages.push(say(t(lang, {
        en: `${k === 0 ? `Hi ${name}! ` : 'Next one: '}${it.prompt}`,
        es: `${k === 0 ? `¡Hola, ${name}! ` : 'Siguiente: '}${it.prompt}`,
        fr: `${k === 0 ? `Bonjour ${name} ! ` : 'Suivant : '}${it.prompt}`,
        ja: `${k === 0 ? `${name}さん、こんにちは！` : '次の問題です：'}${it.prompt}`,
      })));
      const wrong = mode === 'pattern' ? it.trap : (k === 2);
      messages.push(user(wrong ? it.wrong : it.right));
    });
    messages.push(user(t(lang, {
      en: '[orchestrator] Session report before the next item: what does the student have solid, what is shaky, what belief best explains the wrong answers, and which bank item should come next?',
      es: '[orquestador] Informe antes del siguiente ejercicio: ¿qué domina el alumno, qué tiene flojo, qué idea suya explica mejor los errores y qué ejercicio del banco toca ahora?',
      fr: '[orchestrateur] Rapport avant l\'exercice suivant : qu\'est-ce qui est acquis, qu\'est-ce qui est fragile, quelle conception explique le mieux les erreurs, et quel exercice de la banque donner ensuite ?',
      ja: '[オーケストレーター] 次の問題の前に報告してください：この児童が確実にできていること、あやふやなこと、誤答を最もよく説明する考え方、そして次に出すべきバンクの問題はどれか。',
    })));
    return {
      lang, messages, temperature: 0.3,
      response_format: jsonSchema('session_report', { solid: list(str), shaky: list(str), likely_belief: str, next_item: oneOf('B1', 'B2', 'B3', 'B4', 'B5') }),
    };
  },
};

const mbElectionDesk: Family = {
  id: 'wf-mb-results-desk', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Partial result batches, a retraction and districts that stop reporting arrive over the evening; the desk asks where the race stands now, which only the accumulated and corrected tally can answer.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'en', 'de', 'zh'], i);
    const cands = t(lang, {
      en: rng.pick(['Delgado|Whitfield', 'Okonkwo|Brandt', 'Reyes|Lindqvist']),
      pt: rng.pick(['Marta Ribeiro|João Cardoso', 'Ana Paula Lins|Rui Tavares']),
      de: rng.pick(['Keller|Aydın', 'Hoffmann|Brandes']),
      zh: rng.pick(['林志明|陈雅婷', '黄国华|张丽娟']),
    }).split('|') as [string, string];
    const districts = t(lang, {
      en: 'North Ward|Riverside|Old Town|Eastgate|Hillcrest|Mill District',
      pt: 'Centro|Boa Vista|Vila Nova|Santo Antônio|Jardim América|Porto',
      de: 'Altstadt|Nordviertel|Hafen|Südstadt|Weststadt|Bergheim',
      zh: '东区|西区|南港|北屯|中山|新城',
    }).split('|').slice(0, rng.int(4, 6));
    const totals = new Map<string, number>(districts.map((d) => [d, rng.int(20, 60)]));
    const reported = new Map<string, number>(districts.map((d) => [d, 0]));
    const messages: Msgs = [sys(t(lang, {
      en: `Results desk, city mayoral race, ${cands[0]} vs ${cands[1]}. Batches from the county feed arrive as increments (new votes since that district's last batch). Keep replies to one line until the editor asks for a read.`,
      pt: `Mesa de resultados, eleição para prefeito: ${cands[0]} x ${cands[1]}. Os lotes do TRE chegam como incrementos (votos novos desde o último lote daquela zona). Responda em uma linha até a editora pedir uma leitura.`,
      de: `Ergebnis-Desk, Oberbürgermeisterwahl: ${cands[0]} gegen ${cands[1]}. Die Pakete vom Wahlamt kommen als Zuwächse (neue Stimmen seit dem letzten Paket des Bezirks). Antworte einzeilig, bis die Chefin vom Dienst eine Einschätzung will.`,
      zh: `选举结果编辑台，市长选举：${cands[0]} 对 ${cands[1]}。选委会数据以增量方式到达（该区上一批之后新增的票数）。在主编要求研判之前，每次只回复一行。`,
    }))];
    const n = rng.int(5, 8);
    let hh = 20, mm = rng.int(0, 20);
    let lastBatch = '';
    for (let k = 0; k < n; k++) {
      mm += rng.int(8, 22); if (mm >= 60) { hh += 1; mm -= 60; }
      const d = rng.pick(districts);
      const left = totals.get(d)! - reported.get(d)!;
      const corrected = k === n - 2 && lastBatch !== '';
      if (corrected) {
        messages.push(user(t(lang, {
          en: `${hh}:${pad(mm)} CORRECTION from the county: the ${lastBatch} batch was transmitted twice by the feed; remove the duplicate.`,
          pt: `${hh}:${pad(mm)} CORREÇÃO do TRE: o lote de ${lastBatch} foi transmitido em dobro; desconsiderem a duplicata.`,
          de: `${hh}:${pad(mm)} KORREKTUR vom Wahlamt: das Paket ${lastBatch} wurde doppelt übertragen; Duplikat bitte abziehen.`,
          zh: `${hh}:${pad(mm)} 选委会更正：${lastBatch}那一批数据被重复传送，请扣除重复部分。`,
        })));
      } else if (left <= 0) {
        messages.push(user(t(lang, {
          en: `${hh}:${pad(mm)} ${d}: feed silent, last update ${rng.int(25, 70)} min ago. Clerk's office not answering.`,
          pt: `${hh}:${pad(mm)} ${d}: sem atualização há ${rng.int(25, 70)} min. Cartório não atende.`,
          de: `${hh}:${pad(mm)} ${d}: seit ${rng.int(25, 70)} Min. keine Meldung, Wahlamt nicht erreichbar.`,
          zh: `${hh}:${pad(mm)} ${d}：已${rng.int(25, 70)}分钟没有更新，选务所电话无人接听。`,
        })));
      } else {
        const p = Math.min(left, rng.int(6, 18));
        reported.set(d, reported.get(d)! + p);
        const a = rng.int(300, 2400), b = rng.int(300, 2400);
        lastBatch = `${d} ${hh}:${pad(mm)}`;
        const nf = (x: number): string => x.toLocaleString(lang === 'de' ? 'de-DE' : lang === 'pt' ? 'pt-BR' : 'en-US');
        messages.push(user(`${hh}:${pad(mm)} ${d}: +${nf(a)} ${cands[0]}, +${nf(b)} ${cands[1]} (${reported.get(d)}/${totals.get(d)} ${t(lang, { en: 'precincts', pt: 'seções', de: 'Wahllokale', zh: '投票所' })})`));
      }
      messages.push(say(corrected
        ? t(lang, { en: 'Duplicate removed.', pt: 'Duplicata retirada.', de: 'Duplikat abgezogen.', zh: '已扣除重复数据。' })
        : t(lang, { en: 'Added.', pt: 'Somado.', de: 'Eingetragen.', zh: '已计入。' })));
    }
    messages.push(user(t(lang, {
      en: 'Editor here. Give me the read: who leads and by how much right now, how many precincts are still out, and can we call it?',
      pt: 'Aqui é a editora. Me dá a leitura: quem lidera e por quanto agora, quantas seções faltam, e dá para cravar o resultado?',
      de: 'CvD hier. Wie ist der Stand: Wer führt gerade mit wie vielen Stimmen, wie viele Wahllokale fehlen noch, und können wir das Ergebnis ausrufen?',
      zh: '我是主编。给我研判：现在谁领先、领先多少票，还有多少投票所没报，能不能宣布结果？',
    })));
    return {
      lang, messages, temperature: 0,
      response_format: jsonSchema('desk_read', { leader: str, lead_votes: int, precincts_outstanding: int, can_call: bool, caveat: str }),
    };
  },
};

const mbFamilies: Family[] = [mbWardBeds, mbDocketWatch, mbFreezerWatch, mbTutorPicture, mbElectionDesk];

// ---------------------------------------------------------------------------------------------
// goal_based
// ---------------------------------------------------------------------------------------------

type Step = [string, Record<string, unknown>, string];
interface PortalScenario { lang: Lang; task: (rng: Rng, ctx: Record<string, string>) => string; first: string; steps: (ctx: Record<string, string>) => Step[]; extraTools?: ReturnType<typeof tool>[] }

const PORTALS: PortalScenario[] = [
  {
    lang: 'de',
    task: (rng, _ctx) => `Stelle für ${rng.pick(['Frau Petra Lorenz', 'Herrn Emre Demir', 'Frau Olga Wiebe'])} den Weiterleistungsantrag für Wohngeld im Serviceportal der Stadt. Der laufende Bescheid endet am ${rng.int(1, 28)}.${rng.int(7, 11)}. Lade die Gehaltsabrechnungen der letzten drei Monate (lohn_03.pdf, lohn_04.pdf, lohn_05.pdf) hoch und sende den Antrag ab. Pro Zug genau ein Werkzeugaufruf.`,
    first: "[Seite] Serviceportal – Startseite\n[a11y] link#login 'Anmelden mit BundID'  link#leistungen 'Leistungen A–Z'  searchbox#q 'Suche'",
    steps: (ctx) => [
      ['click', { element_id: 'login' }, "[Seite] BundID – Anmeldung\n[a11y] button#eid 'Mit Online-Ausweis'  button#elster 'Mit ELSTER-Zertifikat'  link#back 'Zurück'"],
      ['click', { element_id: 'elster' }, "[ok] angemeldet\n[Seite] Mein Konto\n[a11y] link#antraege 'Meine Anträge'  link#postfach 'Postfach (2 ungelesen)'  link#leistungen 'Leistungen A–Z'"],
      ['click', { element_id: 'leistungen' }, "[Seite] Leistungen A–Z\n[a11y] link#wg-erst 'Wohngeld – Erstantrag'  link#wg-weiter 'Wohngeld – Weiterleistungsantrag'  link#kita 'Kita-Gutschein'  link#parken 'Bewohnerparkausweis'"],
      ['click', { element_id: 'wg-weiter' }, "[Seite] Wohngeld – Weiterleistungsantrag (Schritt 1 von 4: Haushalt)\n[a11y] input#personen (vorausgefüllt: 3)  input#miete (vorausgefüllt: 845,00)  checkbox#aenderung 'Es haben sich Änderungen ergeben'  button#weiter 'Weiter'"],
      ['click', { element_id: 'weiter' }, "[Seite] Schritt 2 von 4: Einkommen\n[a11y] file#nachweis 'Einkommensnachweise hochladen (PDF, max. 3 Dateien)'  list#hochgeladen (leer)  button#weiter 'Weiter' (deaktiviert)"],
      ['upload_file', { element_id: 'nachweis', file_name: 'lohn_03.pdf' }, '[ok] lohn_03.pdf hochgeladen (1/3)'],
      ['upload_file', { element_id: 'nachweis', file_name: 'lohn_04.pdf' }, '[ok] lohn_04.pdf hochgeladen (2/3)'],
      ['upload_file', { element_id: 'nachweis', file_name: 'lohn_05.pdf' }, '[Fehler] Datei lohn_05.pdf nicht im Dokumentenordner gefunden. Vorhanden: lohn_03.pdf, lohn_04.pdf, lohn_5.pdf, mietvertrag.pdf'],
    ],
  },
  {
    lang: 'fr',
    task: (rng, ctx) => `Déclare sur l'espace en ligne de la CAF le déménagement de ${rng.pick(['M. Karim Benali', 'Mme Léa Fontaine', 'M. Thomas Girard'])} au ${(ctx.street = `${rng.int(2, 140)} ${rng.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire'])}`)}, ${rng.pick(['69007 Lyon', '44000 Nantes', '31400 Toulouse'])}, à compter du ${(ctx.date = `${pad(rng.int(1, 28))}/${pad(rng.int(3, 9))}/2024`)}, avec un loyer de ${rng.int(480, 990)} € charges comprises, et joins le bail (bail_2024.pdf). Une action par tour.`,
    first: "[page] caf.fr – Accueil\n[a11y] link#mon-compte 'Mon Compte'  link#aides 'Les aides'  link#simu 'Faire une simulation'",
    steps: (ctx) => [
      ['click', { element_id: 'mon-compte' }, "[page] Connexion\n[a11y] input#num-alloc 'Numéro allocataire' (pré-rempli)  input#mdp 'Mot de passe' (pré-rempli)  button#connexion 'Se connecter'  link#fc 'FranceConnect'"],
      ['click', { element_id: 'connexion' }, "[page] Mon Compte – Accueil\n[a11y] link#declarer 'Déclarer un changement'  link#paiements 'Mes paiements'  link#messages 'Mes messages (1)'"],
      ['click', { element_id: 'declarer' }, "[page] Déclarer un changement\n[a11y] link#ch-adresse 'Adresse / logement'  link#ch-famille 'Situation familiale'  link#ch-ressources 'Ressources'  link#ch-banque 'Coordonnées bancaires'"],
      ['click', { element_id: 'ch-adresse' }, "[page] Changement de logement (1/3)\n[a11y] input#date-emmenagement  input#adresse  input#cp  input#ville  button#suivant 'Suivant'"],
      ['type_text', { element_id: 'date-emmenagement', text: ctx.date! }, `[ok] date-emmenagement=${ctx.date}`],
      ['type_text', { element_id: 'adresse', text: ctx.street! }, `[ok] adresse=${ctx.street}`],
      ['click', { element_id: 'suivant' }, "[erreur] Le code postal est obligatoire. Champ input#cp vide. Champ input#ville vide."],
    ],
  },
  {
    lang: 'en',
    task: (rng, ctx) => `Renew the disability parking placard for ${rng.pick(['Gloria Mendez', 'Harold Fisk', 'Priya Natarajan'])} (placard #${(ctx.placard = String(rng.int(1000000, 9999999)))}, DOB ${(ctx.dob = `${pad(rng.int(1, 12))}/${pad(rng.int(1, 28))}/19${rng.int(38, 62)}`)}) on the state DMV site before it expires on ${rng.pick(['June', 'July', 'August'])} ${rng.int(2, 28)}. The physician certification is already signed (cert_signed.pdf). Pay the fee with the card on file. One tool call per turn; call finish when done or if it cannot be done online.`,
    first: "[page] DMV – Online Services\n[a11y] link#vehicle 'Vehicle services'  link#license 'Driver license & ID'  link#placard 'Disability placards & plates'  button#signin 'Sign in'",
    steps: (ctx) => [
      ['click', { element_id: 'placard' }, "[page] Disability placards\n[a11y] link#new 'Apply for a new placard'  link#renew 'Renew a permanent placard'  link#replace 'Replace lost/stolen'\n[note] Temporary placards cannot be renewed online."],
      ['click', { element_id: 'renew' }, "[page] Sign in required\n[a11y] input#email (prefilled)  input#password (prefilled)  button#signin-submit 'Sign in'"],
      ['click', { element_id: 'signin-submit' }, "[page] Renew placard – Step 1 of 3\n[a11y] input#placard-no  input#dob  button#lookup 'Find my placard'"],
      ['type_text', { element_id: 'placard-no', text: ctx.placard! }, '[ok] placard-no filled'],
      ['type_text', { element_id: 'dob', text: ctx.dob! }, '[ok] dob filled'],
      ['click', { element_id: 'lookup' }, "[page] Step 2 of 3 – Placard found: TEMPORARY placard (6-month)\n[warning] Temporary placards cannot be renewed. To keep parking privileges, submit a new application with a physician certification.\n[a11y] link#apply-new 'Start a new application'  button#back 'Back'"],
    ],
  },
  {
    lang: 'es',
    task: (rng, _ctx) => `Descarga de la sede electrónica del ayuntamiento el volante de empadronamiento colectivo de la familia ${rng.pick(['Morales Ruiz', 'Iglesias Cano', 'Ferrer Vidal'])} (motivo: escolarización) y envíalo por correo a ${rng.pick(['secretaria@ceip-lasacacias.es', 'admisiones@colegio-sanjose.es'])} antes del ${rng.int(3, 28)} de ${rng.pick(['abril', 'mayo', 'junio'])}. Una herramienta por turno.`,
    first: "[página] Sede electrónica – Ayuntamiento\n[a11y] link#tramites 'Catálogo de trámites'  link#carpeta 'Mi carpeta ciudadana'  searchbox#buscar",
    steps: (ctx) => [
      ['click', { element_id: 'tramites' }, "[página] Catálogo de trámites\n[a11y] link#padron 'Padrón municipal'  link#tributos 'Tributos'  link#licencias 'Licencias urbanísticas'"],
      ['click', { element_id: 'padron' }, "[página] Padrón municipal\n[a11y] link#alta 'Alta o cambio de domicilio'  link#vol-ind 'Volante individual'  link#vol-col 'Volante colectivo'  link#cert 'Certificado con firma'"],
      ['click', { element_id: 'vol-col' }, "[página] Identificación requerida\n[a11y] button#clave 'Cl@ve PIN'  button#certdig 'Certificado digital'"],
      ['click', { element_id: 'certdig' }, "[ok] identificado\n[página] Volante colectivo\n[a11y] select#motivo (Trámites administrativos, Escolarización, Otros)  button#generar 'Generar PDF'"],
      ['select_option', { element_id: 'motivo', value: 'Escolarización' }, '[ok] motivo=Escolarización'],
      ['click', { element_id: 'generar' }, '[ok] volante_colectivo.pdf guardado en Documentos'],
    ],
    extraTools: [tool('send_email', 'Send an email with attachments from the user\'s documents.', { to: str, subject: str, body: str, attachments: list(str) })],
  },
];

const gbPublicPortal: Family = {
  id: 'wf-gb-public-portal-errand', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'A browser agent works through a government portal toward a stated finished errand and must pick the next action from the current page and what is still missing.',
  make: (rng, i) => {
    const sc = PORTALS[i % PORTALS.length]!;
    const ctx: Record<string, string> = {};
    const messages: Msgs = [sys(sc.task(rng, ctx)), user(sc.first)];
    const steps = sc.steps(ctx);
    const cut = rng.int(3, steps.length);
    for (const [name, args, out] of steps.slice(0, cut)) exchange(rng, messages, name, args, out);
    return {
      lang: sc.lang, messages, tool_choice: 'required', temperature: 0,
      tools: [
        tool('click', 'Click an element by its accessibility id.', { element_id: str }),
        tool('type_text', 'Type into an input field.', { element_id: str, text: str }),
        tool('select_option', 'Pick an option in a dropdown.', { element_id: str, value: str }),
        tool('upload_file', 'Attach a file from the user\'s documents folder.', { element_id: str, file_name: str }),
        ...(sc.extraTools ?? []),
        tool('finish', 'Declare the errand done or impossible online.', { status: oneOf('done', 'impossible'), summary: str }),
      ],
    };
  },
};

const COURSES: Record<'ja' | 'en' | 'es' | 'de', string[]> = {
  en: ['Intro to Programming', 'Calculus I', 'Discrete Math', 'Data Structures', 'Linear Algebra', 'Probability', 'Databases', 'Statistical Learning', 'Machine Learning', 'Data Science Capstone'],
  ja: ['情報基礎', '微分積分I', '離散数学', 'データ構造', '線形代数', '確率統計', 'データベース', 'アルゴリズム論', '機械学習', '卒業研究'],
  es: ['Anatomía', 'Bioquímica', 'Fundamentos de Enfermería', 'Fisiología', 'Farmacología', 'Enfermería Médico-Quirúrgica I', 'Enfermería Materno-Infantil', 'Enfermería Médico-Quirúrgica II', 'Cuidados Críticos', 'Prácticum Final'],
  de: ['Technische Mechanik I', 'Mathematik I', 'Werkstoffkunde', 'Technische Mechanik II', 'Mathematik II', 'Thermodynamik', 'Konstruktionslehre', 'Strömungslehre', 'Regelungstechnik', 'Projektarbeit'],
};

const gbCourseSequence: Family = {
  id: 'wf-gb-course-prereq-sequence', label: 'goal_based', difficulty: 'medium', variants: 5,
  rationale: 'The student names a course to reach and the answer is a term-by-term ordering through a prerequisite graph with offering and load limits, a search toward a fixed end point.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'es', 'de', 'en'], i) as 'ja' | 'en' | 'es' | 'de';
    const names = COURSES[lang];
    const target = names[9]!;
    const pre: Record<string, string[]> = {};
    const l0 = names.slice(0, 3), l1 = names.slice(3, 6), l2 = names.slice(6, 9);
    for (const c of l0) pre[c] = [];
    for (const c of l1) pre[c] = rng.sample(l0, rng.int(1, 2));
    for (const c of l2) pre[c] = [...rng.sample(l1, rng.int(1, 2)), ...(rng.chance(0.3) ? rng.sample(l0, 1) : [])];
    pre[target] = rng.sample([...l1, ...l2], rng.int(2, 3));
    const offered = (c: string): string => rng.pick(['F', 'S', 'F/S', 'F/S']);
    const done = rng.sample(l0, rng.int(1, 2));
    const maxCourses = rng.int(2, 3);
    const rows = names.map((c) => `${c} | ${pre[c]!.length ? pre[c]!.join(', ') : '—'} | ${offered(c)} | ${rng.int(3, 6)}`);
    const startTerm = rng.pick(['F', 'S']);
    const head = t(lang, {
      en: 'course | prerequisites | offered (F=fall, S=spring) | credits',
      ja: '科目 | 前提科目 | 開講（F=秋学期, S=春学期）| 単位',
      es: 'asignatura | requisitos previos | se imparte (F=otoño, S=primavera) | créditos',
      de: 'Modul | Voraussetzungen | Angebot (F=Winter, S=Sommer) | ECTS/3',
    });
    const ask = t(lang, {
      en: `I've passed ${done.join(' and ')}. I work part-time so I can take at most ${maxCourses} courses a term, and next term is ${startTerm === 'F' ? 'fall' : 'spring'}. I need to get into ${target} as early as possible — what should I take each term until then?${i === 4 ? ' Summer terms don\'t exist here, and I would rather not take two lab-heavy courses together if it doesn\'t delay anything.' : ''}`,
      ja: `${done.join('と')}は単位取得済みです。アルバイトがあるので1学期に取れるのは最大${maxCourses}科目、次の学期は${startTerm === 'F' ? '秋学期' : '春学期'}です。できるだけ早く${target}に着手したいのですが、それまで各学期に何を履修すればいいですか？`,
      es: `Ya aprobé ${done.join(' y ')}. Trabajo media jornada, así que como mucho puedo cursar ${maxCourses} asignaturas por cuatrimestre, y el próximo es ${startTerm === 'F' ? 'el de otoño' : 'el de primavera'}. Quiero llegar al ${target} cuanto antes: ¿qué me matriculo en cada cuatrimestre hasta entonces?`,
      de: `Bestanden habe ich ${done.join(' und ')}. Wegen meines Nebenjobs schaffe ich höchstens ${maxCourses} Module pro Semester, und als Nächstes kommt das ${startTerm === 'F' ? 'Wintersemester' : 'Sommersemester'}. Ich will so früh wie möglich in die ${target} – was belege ich bis dahin in welchem Semester?`,
    });
    const messages: Msgs = [];
    if (i % 2 === 1) messages.push(sys(t(lang, { en: 'You are an academic advising assistant for undergraduates. Use only the catalogue the student pastes.', ja: '学部生向けの履修相談アシスタントです。学生が貼り付けた科目表だけを使ってください。', es: 'Eres un asistente de orientación académica. Usa solo el plan de estudios que pegue el estudiante.', de: 'Du bist Studienberatungs-Assistent. Verwende nur den Modulkatalog, den die Person einfügt.' })));
    messages.push(user(`${head}\n${rows.join('\n')}\n\n${ask}`));
    return {
      lang, messages, temperature: 0,
      response_format: jsonSchema('term_sequence', { terms: list(obj({ term: str, courses: list(str) })), first_term_for_target: str }),
    };
  },
};

const gbDischargeTransfer: Family = {
  id: 'wf-gb-discharge-to-facility', label: 'goal_based', difficulty: 'hard', variants: 4,
  rationale: 'The case-management agent is working toward one end state (the patient admitted to a post-acute facility by a deadline) and, after a declined referral and a pending authorisation, has to choose the next action that keeps that outcome reachable.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'en', 'fr'], i);
    const patient = rng.pick(['R. Alvarez, 78', 'M. Costa, 81', 'J. Nguyen, 69', 'A. Dubois, 84']);
    const needIdx = rng.int(0, 3);
    const need = t(lang, {
      en: ['bariatric bed', 'IV antibiotics through a PICC until day 14', 'contact isolation (MRSA)', 'wound vac management'][needIdx]!,
      pt: ['cama bariátrica', 'antibiótico endovenoso por PICC até o 14º dia', 'isolamento de contato (MRSA)', 'manejo de curativo a vácuo'][needIdx]!,
      fr: ['lit bariatrique', 'antibiothérapie IV sur PICC jusqu\'à J14', 'isolement contact (SARM)', 'gestion d\'une TPN (pansement à pression négative)'][needIdx]!,
    });
    const deadline = t(lang, {
      en: rng.pick(['Friday 12:00', 'Thursday 16:00', 'Saturday 10:00']),
      pt: rng.pick(['sexta-feira às 12h', 'quinta-feira às 16h', 'sábado às 10h']),
      fr: rng.pick(['vendredi 12 h', 'jeudi 16 h', 'samedi 10 h']),
    });
    const insurer = t(lang, {
      en: rng.pick(['Humana Gold Plus', 'Aetna Medicare Advantage', 'UnitedHealthcare Dual Complete']),
      pt: rng.pick(['Bradesco Saúde Top', 'SulAmérica Especial 100', 'Amil One']),
      fr: rng.pick(['CPAM + mutuelle Harmonie', 'CPAM + MGEN', 'CPAM + Malakoff Humanis']),
    });
    const names = t(lang, {
      en: 'Maple Court Rehab|Brookhaven Post-Acute|Seaside Skilled Nursing|Cedar Hills Care Center',
      pt: 'Casa Serena|Lar São Vicente|Residência Aurora|Clínica de Transição Ipê',
      fr: 'Les Jardins de Saint-Roch|Clinique du Parc|SSR Les Tilleuls|Centre de rééducation Val Fleuri',
    }).split('|');
    const picked = rng.sample(names, 3);
    const unitKey = lang === 'en' ? 'miles' : 'km';
    const fac = picked.map((name, k) => ({ id: `SNF-${k + 1}${rng.int(10, 99)}`, name, [unitKey]: [rng.int(3, 12), rng.int(8, 25), rng.int(15, 40)][k]! }));
    const messages: Msgs = [
      sys(t(lang, {
        en: `You are the discharge-planning agent for Med-Surg at a community hospital. Patient ${patient}, medically cleared, needs skilled nursing with ${need}. Insurer: ${insurer}. Target: admitted to an accepting facility by ${deadline}. The family prefers somewhere within 20 miles. Use the tools; one action per turn; tell the case manager when you are blocked.`,
        pt: `Você é o agente de planejamento de alta da clínica médica de um hospital. Paciente ${patient}, com alta clínica, precisa de cuidados continuados com ${need}. Convênio: ${insurer}. Objetivo: estar internado numa instituição que aceitou o caso até ${deadline}. A família prefere um local a menos de 30 km. Use as ferramentas, uma ação por vez, e avise a assistente social quando travar.`,
        fr: `Tu es l'agent de planification des sorties du service de médecine d'un hôpital. Patient ${patient}, sortant sur le plan médical, doit être admis en SSR avec ${need}. Assurance : ${insurer}. Cible : admission dans un établissement qui a accepté le dossier d'ici ${deadline}. La famille préfère un lieu à moins de 30 km. Utilise les outils, une action par tour, et préviens l'assistante sociale si tu es bloqué.`,
      })),
      user(t(lang, {
        en: 'PT and OT notes are signed as of this morning. Please get this moving.',
        pt: 'As evoluções de fisioterapia e terapia ocupacional foram assinadas hoje de manhã. Pode tocar o processo.',
        fr: 'Les bilans de kiné et d\'ergo sont signés depuis ce matin. Tu peux lancer la démarche.',
      })),
    ];
    exchange(rng, messages, 'search_facilities', { level: 'SNF', insurer, needs: [need] }, { results: fac.map((f) => ({ ...f, in_network: true, beds_reported: rng.int(1, 3) })) });
    exchange(rng, messages, 'send_referral', { facility_id: fac[0]!.id, packet: ['H&P', 'PT/OT notes', 'MAR', 'face sheet'] }, { referral_id: `R-${rng.int(5000, 9999)}`, status: 'sent' });
    exchange(rng, messages, 'request_preauth', { insurer, facility_id: fac[0]!.id, level: 'SNF' }, { auth_id: `A-${rng.int(10000, 99999)}`, status: 'pending', note: 'Auth is facility-specific; a new facility requires an amended request.' });
    const r2 = `R-${rng.int(5000, 9999)}`;
    exchange(rng, messages, 'check_referral', { facility_id: fac[0]!.id }, { status: 'declined', reason: `unable to provide ${need} at this time` });
    if (i !== 2) exchange(rng, messages, 'send_referral', { facility_id: fac[1]!.id, packet: ['H&P', 'PT/OT notes', 'MAR', 'face sheet'] }, { referral_id: r2, status: 'sent' });
    if (i === 1 || i === 3) {
      messages.push(say(t(lang, { en: 'Referral sent to the second facility; waiting on their admissions team.', pt: 'Encaminhamento enviado para a segunda instituição; aguardando a equipe de admissão.', fr: 'Dossier envoyé au deuxième établissement ; en attente de leur service des admissions.' })));
      messages.push(user(t(lang, { en: 'They just called back. Check the status.', pt: 'Acabaram de ligar de volta. Confere o status.', fr: 'Ils viennent de rappeler. Vérifie le statut.' })));
    }
    if (i !== 2) exchange(rng, messages, 'check_referral', { facility_id: fac[1]!.id }, { status: 'accepted', bed_available: rng.pick(['tomorrow 14:00', 'today 18:00', 'in two days, 10:00']), condition: 'admission only with an insurer authorization number for this facility' });
    return {
      lang, messages, temperature: 0,
      tools: [
        tool('search_facilities', 'Find in-network post-acute facilities.', { level: str, insurer: str, needs: list(str) }),
        tool('send_referral', 'Send a referral packet to a facility.', { facility_id: str, packet: list(str) }),
        tool('check_referral', 'Check a referral decision.', { facility_id: str }),
        tool('request_preauth', 'Request or amend insurer authorization for a facility.', { insurer: str, facility_id: str, level: str }),
        tool('book_transport', 'Book wheelchair van or stretcher transport.', { date: str, time: str, mode: oneOf('wheelchair_van', 'stretcher', 'ambulance'), destination_id: str }),
        tool('message_case_manager', 'Send a message to the human case manager.', { text: str }),
      ],
    };
  },
};

const gbDatasetAccess: Family = {
  id: 'wf-gb-controlled-data-access', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The research assistant has a fixed end state (the team cleared to download a controlled dataset before a deadline) and a known list of requirements, and must pick what to do next given which ones are done.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'de', 'en'], i);
    const ds = rng.pick([
      { id: 'phs00' + rng.int(1000, 9999), name: 'Multi-Ethnic Cohort genotypes + phenotypes' },
      { id: 'EGAS000010' + rng.int(10000, 99999), name: 'Paediatric leukaemia RNA-seq (controlled access)' },
      { id: 'UKB-app-' + rng.int(10000, 99999), name: 'Biobank imaging + linked hospital records' },
    ]);
    const members = rng.sample(['Dr. Zhang Lei', 'Priya Raman', 'Tomás Herrera', 'Anna Becker', 'Kwame Mensah', 'Yuki Mori'], 3);
    const deadline = `${rng.int(1, 28)} ${rng.pick(['Oct', 'Nov', 'Dec'])}`;
    const signatory = rng.pick(['Office of Research Contracts (M. Jensen)', 'Research Integrity Office (Dr. H. Weber)']);
    const messages: Msgs = [
      sys(t(lang, {
        en: `You handle data access paperwork for a genomics lab. Tools act on the data access portal and on email. Keep going with tool calls until the application is complete, then report.`,
        zh: `你负责一个基因组学实验室的数据访问申请手续。工具可以操作数据访问门户和邮件。持续调用工具直到申请材料齐全，然后汇报。`,
        de: `Du erledigst die Datenzugangs-Formalitäten für ein Genomik-Labor. Die Werkzeuge wirken auf das Datenzugangsportal und auf E-Mail. Mach mit Werkzeugaufrufen weiter, bis der Antrag vollständig ist, dann berichte.`,
      })),
      user(t(lang, {
        en: `We need download access to ${ds.id} (${ds.name}) for ${members.join(', ')} before ${deadline} or the aim 2 analysis slips past the renewal. Ethics approval is IRB-${rng.int(2022, 2024)}-${rng.int(100, 999)}.`,
        zh: `我们需要在${deadline}之前让${members.join('、')}获得 ${ds.id}（${ds.name}）的下载权限，否则目标2的分析赶不上续期申请。伦理批件号是 IRB-${rng.int(2022, 2024)}-${rng.int(100, 999)}。`,
        de: `Wir brauchen bis ${deadline} Downloadzugang zu ${ds.id} (${ds.name}) für ${members.join(', ')}, sonst verpasst die Analyse zu Ziel 2 den Verlängerungsantrag. Ethikvotum: IRB-${rng.int(2022, 2024)}-${rng.int(100, 999)}.`,
      })),
    ];
    exchange(rng, messages, 'get_access_requirements', { dataset_id: ds.id }, {
      requirements: [
        { key: 'ethics_approval', desc: 'approval letter naming this dataset or its category' },
        { key: 'dua_signature', desc: `Data Use Agreement signed by the institutional signatory (${signatory})` },
        { key: 'security_training', desc: 'data security training certificate (< 12 months old) for every named user' },
        { key: 'research_statement', desc: 'research use statement, 150-300 words' },
      ],
      review_time_business_days: rng.int(5, 12),
    });
    exchange(rng, messages, 'upload_document', { dataset_id: ds.id, kind: 'ethics_approval', file: 'IRB_approval_letter.pdf' }, { ok: true });
    exchange(rng, messages, 'upload_document', { dataset_id: ds.id, kind: 'research_statement', file: 'aim2_statement.docx' }, { ok: false, error: `statement is ${rng.int(340, 420)} words; limit 300` });
    exchange(rng, messages, 'request_signature', { signer: signatory, document: 'DUA_v3.pdf' }, { status: 'queued', auto_reply: `Out of office until ${rng.int(1, 28)} ${rng.pick(['Oct', 'Nov', 'Dec'])}. Urgent DUAs: research-contracts-delegate@univ.edu` });
    const missing = members[rng.int(0, 2)]!;
    exchange(rng, messages, 'check_training', { users: members }, members.map((m) => ({ user: m, certificate: m === missing ? 'expired 2 months ago' : 'valid' })));
    if (i % 2 === 1) {
      messages.push(say(t(lang, { en: 'Status so far: ethics letter uploaded; statement too long; DUA signer out of office; one training certificate expired.', zh: '目前进展：伦理批件已上传；研究说明超字数；DUA签署人休假中；有一人的培训证书已过期。', de: 'Zwischenstand: Ethikvotum hochgeladen; Forschungsbeschreibung zu lang; DUA-Unterzeichner abwesend; ein Schulungszertifikat abgelaufen.' })));
      messages.push(user(t(lang, { en: 'OK. What do you do next, and can we still make the deadline?', zh: '好。你下一步做什么？还赶得上截止日期吗？', de: 'Okay. Was machst du als Nächstes, und schaffen wir die Frist noch?' })));
    }
    return {
      lang, messages, temperature: 0,
      tools: [
        tool('get_access_requirements', 'List what the data access committee needs for a dataset.', { dataset_id: str }),
        tool('upload_document', 'Upload a document to the access application.', { dataset_id: str, kind: str, file: str }),
        tool('request_signature', 'Send a document for e-signature.', { signer: str, document: str }),
        tool('check_training', 'Look up security training certificates for users.', { users: list(str) }),
        tool('send_email', 'Send an email.', { to: str, subject: str, body: str }),
        tool('submit_application', 'Submit the completed application.', { dataset_id: str }),
      ],
    };
  },
};

interface Remedy { id: string; what: Partial<Record<Lang, string>> & { en: string }; weeks: number; owner: string; after: string[] }
const gbRemediation: Family = {
  id: 'wf-gb-audit-remediation-order', label: 'goal_based', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'The team must reach a defined end condition (all findings closed before the certification audit) through remediation items with prerequisites and owners, so the answer is an ordering toward that end, though fitting it into the fewest weeks adds an optimisation flavour.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'ja', 'fr'], i);
    const fw = rng.pick(['ISO/IEC 27001:2022', 'SOC 2 Type II', 'HIPAA Security Rule', 'PCI DSS 4.0']);
    const items: Remedy[] = [
      { id: 'R1', what: { en: 'Approve revised access control policy', es: 'Aprobar la política de control de accesos revisada', ja: '改訂版アクセス制御方針の承認', fr: 'Faire approuver la politique de contrôle d\'accès révisée' }, weeks: rng.int(1, 2), owner: 'CISO', after: [] },
      { id: 'R2', what: { en: 'Quarterly access review of all admin accounts', es: 'Revisión trimestral de todas las cuentas de administrador', ja: '全管理者アカウントの四半期アクセスレビュー', fr: 'Revue trimestrielle de tous les comptes administrateurs' }, weeks: rng.int(1, 3), owner: 'IT Ops', after: ['R1'] },
      { id: 'R3', what: { en: 'Roll out MFA to remaining 140 users', es: 'Desplegar MFA a los 140 usuarios restantes', ja: '残り140名へのMFA展開', fr: 'Déployer la MFA aux 140 utilisateurs restants' }, weeks: rng.int(2, 4), owner: 'IT Ops', after: ['R1'] },
      { id: 'R4', what: { en: 'Security awareness training on the new policy', es: 'Formación de concienciación sobre la nueva política', ja: '新方針に関するセキュリティ意識向上研修', fr: 'Formation de sensibilisation à la nouvelle politique' }, weeks: rng.int(1, 2), owner: 'HR', after: ['R1'] },
      { id: 'R5', what: { en: 'Staff attestations collected (≥95%)', es: 'Recoger declaraciones firmadas del personal (≥95 %)', ja: '従業員の確認書回収（95%以上）', fr: 'Collecter les attestations du personnel (≥95 %)' }, weeks: 1, owner: 'HR', after: ['R4'] },
      { id: 'R6', what: { en: 'Vendor risk assessments for 6 critical suppliers', es: 'Evaluación de riesgo de 6 proveedores críticos', ja: '重要サプライヤー6社のリスク評価', fr: 'Évaluation des risques de 6 fournisseurs critiques' }, weeks: rng.int(2, 5), owner: 'Procurement', after: [] },
      { id: 'R7', what: { en: 'Restore test of backups with evidence', es: 'Prueba de restauración de copias con evidencias', ja: 'バックアップ復元テストと証跡作成', fr: 'Test de restauration des sauvegardes avec preuves' }, weeks: 1, owner: 'IT Ops', after: [] },
      { id: 'R8', what: { en: 'Internal audit re-test of all closed findings', es: 'Auditoría interna que vuelve a probar todos los hallazgos cerrados', ja: '是正済み指摘事項の内部監査による再テスト', fr: 'Re-test par l\'audit interne de tous les écarts clôturés' }, weeks: rng.int(1, 2), owner: 'Internal Audit', after: ['R2', 'R3', 'R5', 'R6', 'R7'] },
    ];
    const auditWeek = rng.int(10, 14);
    const table = items.map((r) => `${r.id} | ${t(lang, r.what)} | ${r.weeks} | ${r.owner} | ${r.after.length ? r.after.join(', ') : '—'}`).join('\n');
    const note = t(lang, {
      en: `IT Ops can only work on one item at a time; everyone else can run in parallel. Certification audit (${fw}) is booked for week ${auditWeek}; the re-test must finish the week before.`,
      es: `IT Ops solo puede llevar una tarea a la vez; el resto puede trabajar en paralelo. La auditoría de certificación (${fw}) está fijada para la semana ${auditWeek}; la re-prueba debe terminar la semana anterior.`,
      ja: `IT運用チームは同時に1件しか対応できません。他の担当は並行作業が可能です。認証審査（${fw}）は第${auditWeek}週に予約済みで、再テストはその前の週までに終わっている必要があります。`,
      fr: `L'équipe IT Ops ne peut traiter qu'un chantier à la fois ; les autres peuvent travailler en parallèle. L'audit de certification (${fw}) est prévu en semaine ${auditWeek} ; le re-test doit être terminé la semaine précédente.`,
    });
    const ask = t(lang, {
      en: 'In what order should we run these, week by week, so that every finding is closed in time? If it cannot fit, say which item breaks it.',
      es: '¿En qué orden hacemos esto, semana a semana, para llegar con todos los hallazgos cerrados? Si no cabe, dime qué tarea lo impide.',
      ja: 'すべての指摘を期限内にクローズするには、週ごとにどの順番で進めればよいですか？間に合わない場合は、どの項目が原因か教えてください。',
      fr: 'Dans quel ordre mener ces chantiers, semaine par semaine, pour que tous les écarts soient clos à temps ? Si ça ne tient pas, dis-moi quel chantier bloque.',
    });
    const head = t(lang, { en: 'id | item | weeks | owner | needs', es: 'id | tarea | semanas | responsable | requiere', ja: 'ID | 項目 | 週数 | 担当 | 前提', fr: 'id | chantier | semaines | responsable | prérequis' });
    const messages: Msgs = [];
    if (i >= 2) messages.push(sys(t(lang, { en: 'You are a compliance programme assistant.', ja: 'あなたはコンプライアンス推進担当のアシスタントです。', fr: 'Tu es l\'assistant du programme conformité.', es: 'Eres el asistente del programa de cumplimiento.' })));
    messages.push(user(`${head}\n${table}\n\n${note}\n\n${ask}`));
    if (i === 3) {
      messages.push(say('Avant de proposer un ordre : les évaluations fournisseurs (R6) peuvent-elles commencer tout de suite, ou attendent-elles la nouvelle politique ?'));
      messages.push(user('Elles peuvent commencer tout de suite. Et on a déjà fait la semaine 1 : R1 est approuvée. Reprends à partir de la semaine 2.'));
    }
    return { lang, messages, temperature: 0 };
  },
};

const gbFamilies: Family[] = [gbPublicPortal, gbCourseSequence, gbDischargeTransfer, gbDatasetAccess, gbRemediation];

// ---------------------------------------------------------------------------------------------
// utility_based
// ---------------------------------------------------------------------------------------------

const ubTheatreBlocks: Family = {
  id: 'wf-ub-theatre-block-split', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'A fixed number of operating-room blocks is split among services whose value per block, waiting lists, minimum commitments and staffing limits pull in different directions, so the answer is an allocation that scores highest.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en'], i);
    const svc = t(lang, {
      en: 'Orthopaedics|General Surgery|Cardiac|Gynaecology|ENT|Urology|Neurosurgery',
      de: 'Orthopädie|Allgemeinchirurgie|Herzchirurgie|Gynäkologie|HNO|Urologie|Neurochirurgie',
      es: 'Traumatología|Cirugía General|Cirugía Cardíaca|Ginecología|ORL|Urología|Neurocirugía',
    }).split('|');
    const chosen = rng.sample(svc, rng.int(5, 7));
    const rooms = rng.int(4, 6), days = 5, maint = rng.int(1, 3);
    const total = rooms * days - maint;
    const card = svc[2]!;
    const rows = chosen.map((s) => {
      const perBlock = s === card ? 1 : rng.int(2, 5);
      return `${s} | ${rng.int(12, 90)} | ${perBlock} | ${money(rng.int(18, 95) * 100, lang)} | ${rng.int(1, 3)} | ${rng.int(0, 3)}`;
    });
    const head = t(lang, {
      en: 'service | waiting list (cases) | cases per block | contribution per case ($) | clinical priority (1-3) | contracted min blocks',
      de: 'Fachgebiet | Warteliste (Fälle) | Fälle pro Block | Deckungsbeitrag pro Fall (€) | klinische Priorität (1-3) | vertragliche Mindestblöcke',
      es: 'servicio | lista de espera (casos) | casos por bloque | margen por caso (€) | prioridad clínica (1-3) | bloques mínimos pactados',
    });
    const rules = t(lang, {
      en: `Next week: ${rooms} rooms × ${days} days, ${maint} room-day${maint > 1 ? 's' : ''} lost to sterilizer maintenance, so ${total} blocks. A block's value = cases × (contribution + $2,000 × priority). Never book more cases than a service has waiting. ${chosen.includes(card) ? `Only ${rng.int(2, 4)} cardiac anaesthetist days are available. ` : ''}Each service present gets at least its contracted minimum.`,
      de: `Nächste Woche: ${rooms} Säle × ${days} Tage, ${maint} Saal-Tag(e) fallen wegen Sterilisator-Wartung weg, also ${total} Blöcke. Wert eines Blocks = Fälle × (Deckungsbeitrag + 2.000 € × Priorität). Nie mehr Fälle einplanen, als auf der Warteliste stehen. ${chosen.includes(card) ? `Es gibt nur ${rng.int(2, 4)} Tage mit Herzanästhesie. ` : ''}Jedes Fach bekommt mindestens seine vertraglichen Blöcke.`,
      es: `La semana que viene: ${rooms} quirófanos × ${days} días, ${maint} quirófano-día(s) fuera por mantenimiento del esterilizador, o sea ${total} bloques. Valor de un bloque = casos × (margen + 2.000 € × prioridad). Nunca programar más casos de los que hay en espera. ${chosen.includes(card) ? `Solo hay ${rng.int(2, 4)} días de anestesista cardíaco. ` : ''}Cada servicio recibe al menos sus bloques pactados.`,
    });
    const ask = t(lang, {
      en: 'How many blocks does each service get?',
      de: 'Wie viele Blöcke bekommt jedes Fach?',
      es: '¿Cuántos bloques le damos a cada servicio?',
    });
    const messages: Msgs = [sys(t(lang, { en: 'You support the perioperative services committee.', de: 'Du unterstützt das OP-Management.', es: 'Apoyas a la comisión de quirófanos.' })), user(`${head}\n${rows.join('\n')}\n\n${rules}\n\n${ask}`)];
    if (i === 3) {
      messages.push(
        say('Before I split them: should unused minimum blocks be released to other services, or are minimums booked regardless of waiting list?'),
        user('Minimums are booked regardless — contract terms. Also the ortho chief is lobbying for two extra blocks; only give them if the numbers support it.'),
      );
    }
    return {
      lang, messages, temperature: 0,
      response_format: jsonSchema('block_allocation', { allocation: list(obj({ service: str, blocks: int })), total_value: num, notes: str }),
    };
  },
};

const ubGrantSlate: Family = {
  id: 'wf-ub-internal-grant-slate', label: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'After a long panel discussion the chair wants one funded slate: proposals with scores and costs must be chosen under a budget and several balancing constraints, which is a choice among options for the most worthwhile package.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'pt', 'de'], i);
    const n = rng.int(8, 11);
    const depts = t(lang, {
      en: 'Chemistry|Neuroscience|Public Health|Physics|Education',
      fr: 'Chimie|Neurosciences|Santé publique|Physique|Sciences de l\'éducation',
      pt: 'Química|Neurociências|Saúde Pública|Física|Educação',
      de: 'Chemie|Neurowissenschaften|Public Health|Physik|Erziehungswissenschaft',
    }).split('|');
    const risk = t(lang, { en: 'low|medium|high', fr: 'faible|moyen|élevé', pt: 'baixo|médio|alto', de: 'gering|mittel|hoch' }).split('|');
    const props = Array.from({ length: n }, (_, k) => ({
      id: `P${pad(k + 1)}`, score: rng.int(58, 94), ask: rng.int(18, 75) * 1000, dept: rng.pick(depts), ecr: rng.chance(0.35), risk: rng.pick(risk),
    }));
    const sum = props.reduce((a, p) => a + p.ask, 0);
    const budget = Math.round((sum * rng.int(40, 55)) / 100 / 5000) * 5000;
    const table = props.map((p) => `${p.id} | ${p.score} | ${money(p.ask, lang)} | ${p.dept} | ${p.ecr ? 'ECR' : '—'} | ${p.risk}`).join('\n');
    const head = t(lang, {
      en: 'id | panel score (0-100) | request ($) | department | early-career PI | risk',
      fr: 'id | note du jury (0-100) | montant demandé (€) | département | jeune chercheur·e | risque',
      pt: 'id | nota do painel (0-100) | valor pedido (R$) | departamento | pesquisador em início de carreira | risco',
      de: 'ID | Panel-Note (0-100) | Antragssumme (€) | Fachbereich | Nachwuchs-PI | Risiko',
    });
    const convo: [string, string][] = lang === 'fr' ? [
      ['Voici le tableau de la session de printemps. Enveloppe totale : ' + money(budget, lang) + ' €.', 'Merci. Y a-t-il des contraintes au-delà de l\'enveloppe ?'],
      ['Oui : au moins deux projets portés par des jeunes chercheur·es, et pas plus de 40 % de l\'enveloppe pour un même département.', 'Compris. Et pour le risque ?'],
      ['Au plus un projet à risque élevé. Le vice-président tient aussi à ce qu\'on ne finance pas partiellement : c\'est tout ou rien.', 'D\'accord. Un financement partiel est donc exclu. Autre chose ?'],
      ['Le projet ' + props[1]!.id + ' a déjà un financement ANR qui couvre la moitié ; le jury propose de le passer à la moitié du montant demandé si on le retient.', 'Noté, ' + props[1]!.id + ' compterait pour la moitié de sa demande.'],
    ] : lang === 'pt' ? [
      ['Segue a planilha do edital interno. Verba total: R$ ' + money(budget, lang) + '.', 'Obrigado. Há outras condições além da verba?'],
      ['Sim: pelo menos dois projetos de pesquisadores em início de carreira e no máximo 40% da verba para um mesmo departamento.', 'Entendido. E quanto ao risco?'],
      ['No máximo um projeto de risco alto. E nada de financiamento parcial: ou o projeto recebe tudo ou não recebe.', 'Certo, sem cortes parciais.'],
    ] : lang === 'de' ? [
      ['Hier die Tabelle aus der Frühjahrsrunde. Gesamtbudget: ' + money(budget, lang) + ' €.', 'Danke. Gibt es Vorgaben außer dem Budget?'],
      ['Ja: mindestens zwei Projekte von Nachwuchs-PIs, und kein Fachbereich bekommt mehr als 40 % des Budgets.', 'Verstanden. Und beim Risiko?'],
      ['Höchstens ein Projekt mit hohem Risiko. Teilförderung gibt es nicht, alles oder nichts.', 'Alles klar.'],
      ['Die Dekanin fragt, ob die Physik leer ausgehen darf. Antwort: ja, wenn es sich nicht anders ausgeht.', 'Notiert.'],
    ] : [
      ['Spring round table attached. Total pot: $' + money(budget, lang) + '.', 'Thanks. Any constraints beyond the pot?'],
      ['At least two early-career PIs funded, and no single department takes more than 40% of the pot.', 'Understood. Anything on risk?'],
      ['At most one high-risk project. No partial awards — all or nothing per proposal.', 'Got it.'],
      ['One more: the provost would like the funded set\'s average score to stay above 75, but treat that as a preference, not a hard line.', 'Noted as a soft preference.'],
    ];
    const messages: Msgs = [
      sys(t(lang, {
        en: 'You assist the chair of the internal research fund panel.',
        fr: 'Tu assistes la présidente du jury du fonds de recherche interne.',
        pt: 'Você assessora a presidente do comitê do fundo interno de pesquisa.',
        de: 'Du unterstützt die Vorsitzende des Gremiums für den internen Forschungsfonds.',
      })),
      user(`${head}\n${table}`),
      say(t(lang, { en: 'Table received.', fr: 'Tableau reçu.', pt: 'Planilha recebida.', de: 'Tabelle erhalten.' })),
    ];
    for (const [u, a] of convo) messages.push(user(u), say(a));
    messages.push(user(t(lang, {
      en: 'Right. Give me the slate you would put to the committee, with the total and one line on why each project is in or out.',
      fr: 'Bien. Donne-moi la liste que tu proposerais au comité, avec le total et une ligne sur chaque projet retenu ou écarté.',
      pt: 'Certo. Me passa a lista que você levaria ao comitê, com o total e uma linha sobre cada projeto que entra ou sai.',
      de: 'Gut. Welche Liste würdest du dem Gremium vorlegen? Mit Gesamtsumme und je einer Zeile, warum ein Projekt drin ist oder nicht.',
    })));
    return { lang, messages, temperature: 0.2 };
  },
};

const ubWeekendRoster: Family = {
  id: 'wf-ub-weekend-nurse-roster', label: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'Nurses have different costs, skills, hours already worked and wishes, and the weekend shifts have coverage and rest limits; the roster that is asked for is the cheapest acceptable compromise among many feasible ones.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'zh', 'es'], i);
    const names = t(lang, {
      en: 'Adeyemi|Brooks|Castillo|Dunn|Evans|Fraser|Gupta|Hale',
      ja: '青木|石田|上野|岡本|川口|木村|佐藤|高橋',
      zh: '王芳|李静|张伟|刘洋|陈晨|杨敏|赵磊|周婷',
      es: 'Alonso|Benítez|Cabrera|Domínguez|Escobar|Fuentes|Gallego|Herrera',
    }).split('|').slice(0, rng.int(6, 8));
    const rows = names.map((nm) => {
      const charge = rng.chance(0.4);
      const hours = rng.int(48, 76);
      const wish = t(lang, {
        en: rng.pick(['no Saturday', 'no nights', 'wants Sunday off', 'happy to do anything', 'max one shift']),
        ja: rng.pick(['土曜は不可希望', '夜勤不可希望', '日曜休み希望', '特に希望なし', '最大1勤務']),
        zh: rng.pick(['希望周六不排班', '希望不上夜班', '希望周日休息', '无特别要求', '最多一个班']),
        es: rng.pick(['sin sábado', 'sin noches', 'quiere libre el domingo', 'le da igual', 'máximo un turno']),
      });
      return `${nm} | ${charge ? 'Y' : 'N'} | ${hours} | ${lang === 'ja' ? money(rng.int(24, 34) * 100, lang) : rng.int(38, 52)} | ${wish}`;
    });
    const head = t(lang, {
      en: 'nurse | charge-qualified | hours worked this fortnight | base rate ($/h) | wish',
      ja: '看護師 | リーダー可 | 今期（2週間）の勤務時間 | 基本時給（円） | 希望',
      zh: '护士 | 可任责任护士 | 本双周已工作小时 | 基本时薪（元/小时） | 意愿',
      es: 'enfermera/o | puede ser responsable | horas trabajadas esta quincena | tarifa base (€/h) | preferencia',
    });
    const rules = t(lang, {
      en: `Shifts: Sat day, Sat night, Sun day, Sun night, 12 h each. Each shift needs ${rng.int(2, 3)} nurses including 1 charge-qualified. Nobody works a night and the following day shift. Hours beyond 80 in the fortnight are paid at 1.5×. An agency nurse costs $${rng.int(95, 130)}/h and is never charge. Ignoring a wish costs the equivalent of $150 in goodwill.`,
      ja: `勤務：土曜日勤・土曜夜勤・日曜日勤・日曜夜勤、各12時間。各勤務に${rng.int(2, 3)}名必要で、うち1名はリーダー可であること。夜勤明けの日勤は不可。2週間で80時間を超えた分は1.5倍。派遣看護師は時給${money(rng.int(55, 70) * 100, lang)}円でリーダー不可。希望を無視すると1件あたり1万円相当のコストとみなす。`,
      zh: `班次：周六白班、周六夜班、周日白班、周日夜班，每班12小时。每班需要${rng.int(2, 3)}名护士，其中1名须可任责任护士。夜班后不能接着上第二天白班。双周超过80小时的部分按1.5倍计薪。外派护士每小时${rng.int(95, 130)}元，且不能任责任护士。违背一条意愿按150元的代价计。`,
      es: `Turnos: sábado día, sábado noche, domingo día, domingo noche, de 12 h. Cada turno necesita ${rng.int(2, 3)} personas, una de ellas con capacidad de responsable. Nadie encadena una noche con el turno de día siguiente. Las horas por encima de 80 en la quincena se pagan a 1,5×. Una enfermera de agencia cuesta ${rng.int(95, 130)} €/h y nunca puede ser responsable. Ignorar una preferencia cuenta como 150 € de coste.`,
    });
    const ask = t(lang, {
      en: 'Who works which shift this weekend, and what does it cost?',
      ja: '今週末、誰がどの勤務に入るべきか、総コストも含めて教えてください。',
      zh: '这个周末谁上哪个班？总成本是多少？',
      es: '¿Quién cubre cada turno este fin de semana y cuánto cuesta en total?',
    });
    const messages: Msgs = [user(`${head}\n${rows.join('\n')}\n\n${rules}\n\n${ask}`)];
    if (i % 2 === 1) messages.unshift(sys(t(lang, { en: 'Staffing office assistant for a 32-bed medical ward.', zh: '32张床位内科病房的排班助理。' })));
    return {
      lang, messages, temperature: 0,
      response_format: jsonSchema('weekend_roster', {
        shifts: list(obj({ shift: oneOf('sat_day', 'sat_night', 'sun_day', 'sun_night'), nurses: list(str), agency: int })),
        total_cost: num,
      }),
    };
  },
};

const ubAuditHours: Family = {
  id: 'wf-ub-audit-hours-spread', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'A fixed budget of audit hours is spread across units whose risk coverage grows with shrinking increments and some of which have regulatory floors, so the answer is an allocation that covers the most risk.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'en', 'de', 'en'], i);
    const units = t(lang, {
      en: 'Retail Lending|Treasury|Payments|Wealth Management|IT General Controls|Procurement|AML Operations',
      pt: 'Crédito ao Varejo|Tesouraria|Pagamentos|Gestão de Patrimônio|Controles Gerais de TI|Compras|Operações de PLD',
      de: 'Privatkundenkredit|Treasury|Zahlungsverkehr|Vermögensverwaltung|IT-Generalkontrollen|Einkauf|Geldwäscheprävention',
    }).split('|');
    const chosen = rng.sample(units, rng.int(5, 6));
    const block = 50;
    const hours = rng.int(Math.ceil(chosen.length * 1.8), Math.floor(chosen.length * 2.8)) * block;
    const rows = chosen.map((u) => {
      const first = rng.int(8, 30);
      const incs = [first, Math.round(first * 0.6), Math.round(first * 0.35), Math.round(first * 0.15)];
      const floor = rng.chance(0.35) ? rng.pick([50, 100, 150]) : 0;
      return `${u} | ${incs.join(' / ')} | ${floor || '—'}`;
    });
    const head = t(lang, {
      en: `unit | risk points covered by 1st / 2nd / 3rd / 4th block of ${block} h | regulatory floor (h)`,
      pt: `unidade | pontos de risco cobertos pelo 1º / 2º / 3º / 4º bloco de ${block} h | mínimo regulatório (h)`,
      de: `Einheit | abgedeckte Risikopunkte durch 1. / 2. / 3. / 4. Block à ${block} h | aufsichtliches Minimum (h)`,
    });
    const text = t(lang, {
      en: `We have ${money(hours, lang)} internal audit hours for H2. Hours go out in blocks of ${block}; a unit can take at most four blocks. Floors must be met first. How should the hours be spread so that the plan covers as many risk points as it can?`,
      pt: `Temos ${money(hours, lang)} horas de auditoria interna para o segundo semestre. As horas vão em blocos de ${block}; cada unidade recebe no máximo quatro blocos. Os mínimos regulatórios vêm primeiro. Como distribuir as horas para cobrir o maior número de pontos de risco?`,
      de: `Für das zweite Halbjahr haben wir ${money(hours, lang)} Stunden Innenrevision. Vergeben wird in Blöcken à ${block} h, höchstens vier Blöcke pro Einheit. Aufsichtliche Mindeststunden gehen vor. Wie verteilen wir die Stunden, damit möglichst viele Risikopunkte abgedeckt sind?`,
    });
    const messages: Msgs = [user(`${head}\n${rows.join('\n')}\n\n${text}`)];
    if (i === 3) {
      messages.unshift(sys('You are the audit planning assistant for the Chief Audit Executive.'));
      messages.push(
        say('Quick check before I allocate: can a floor of 150 h be met with three 50-hour blocks that also count toward the diminishing-coverage schedule?'),
        user('Yes, floor hours are normal blocks and count in the schedule. Also the audit committee asked that no unit gets zero hours if possible.'),
      );
    }
    return {
      lang, messages, temperature: 0,
      ...(i % 2 === 0 ? { response_format: jsonSchema('hours_allocation', { allocation: list(obj({ unit: str, hours: int })), risk_points_covered: int }) } : {}),
    };
  },
};

const ubClaimsSettle: Family = {
  id: 'wf-ub-litigated-claims-settle', label: 'utility_based', difficulty: 'hard', variants: 5,
  rationale: 'For each litigated claim the insurer compares the cost of settling with the expected cost and tail exposure of trial, under a limited settlement authority, and must pick the combination that costs least once large verdicts are weighted up.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'ja', 'en'], i);
    const n = rng.int(4, 6);
    const claims = Array.from({ length: n }, (_, k) => {
      const demand = rng.int(8, 120) * 10000;
      return {
        id: `CL-${rng.int(10000, 99999)}`,
        kind: t(lang, {
          en: rng.pick(['slip and fall, grocery store', 'rear-end collision, soft tissue', 'dog bite, minor child', 'construction site fall, L2 fracture', 'water damage bad-faith claim']),
          es: rng.pick(['caída en supermercado', 'colisión por alcance, lesiones leves', 'mordedura de perro a menor', 'caída en obra, fractura L2', 'reclamación por daños por agua y mala fe']),
          fr: rng.pick(['chute dans un supermarché', 'collision par l\'arrière, entorse cervicale', 'morsure de chien sur mineur', 'chute sur chantier, fracture L2', 'dégât des eaux, refus contesté']),
          ja: rng.pick(['スーパーでの転倒', '追突事故・むち打ち', '未成年への犬の咬傷', '工事現場での転落・腰椎骨折', '水漏れ損害の支払拒否をめぐる訴訟']),
        }),
        demand,
        p: rng.pick([15, 25, 35, 50, 65]),
        verdict: Math.round(demand * (rng.int(9, 30) / 10) / 10000) * 10000,
        defence: rng.int(4, 25) * 5000,
        k,
      };
    });
    const authority = Math.round(claims.reduce((a, c) => a + c.demand, 0) * (rng.int(35, 60) / 100) / 10000) * 10000;
    const head = t(lang, {
      en: 'claim | type | plaintiff demand | P(adverse verdict) % | likely verdict if adverse | defence cost to verdict',
      es: 'siniestro | tipo | petición del demandante | P(condena) % | condena probable si se pierde | coste de defensa hasta sentencia',
      fr: 'sinistre | nature | demande adverse | P(condamnation) % | montant probable si condamnation | frais de défense jusqu\'au jugement',
      ja: '事案 | 種類 | 原告の請求額 | 敗訴確率 % | 敗訴時の想定賠償額 | 判決までの弁護費用',
    });
    const rows = claims.map((c) => `${c.id} | ${c.kind} | ${money(c.demand, lang)} | ${c.p} | ${money(c.verdict, lang)} | ${money(c.defence, lang)}`).join('\n');
    const rules = t(lang, {
      en: `Settlement authority left this quarter: ${money(authority, lang)}. Plaintiffs will usually accept 70% of demand; below that, assume no deal. Any single verdict above 1,000,000 is counted at 1.5× because of the reinsurance attachment. For each claim: settle (at what amount) or try it?`,
      es: `Autoridad de transacción que queda este trimestre: ${money(authority, lang)}. Los demandantes suelen aceptar el 70 % de lo pedido; por debajo, supón que no hay acuerdo. Cualquier condena individual por encima de 1.000.000 cuenta 1,5× por el tramo del reaseguro. Para cada siniestro: ¿transigir (por cuánto) o ir a juicio?`,
      fr: `Enveloppe transactionnelle restante ce trimestre : ${money(authority, lang)}. Les demandeurs acceptent en général 70 % de leur demande ; en dessous, pas d'accord. Toute condamnation supérieure à 1 000 000 compte pour 1,5× à cause du seuil de réassurance. Pour chaque dossier : transiger (à combien) ou plaider ?`,
      ja: `今四半期の残りの和解権限額：${money(authority, lang)}。原告は通常、請求額の70%なら和解に応じ、それ未満では応じないものとする。1件で100万を超える判決額は再保険の関係で1.5倍として扱う。各事案について、和解（金額）か、訴訟継続か？`,
    });
    const messages: Msgs = [
      sys(t(lang, {
        en: 'You assist the litigation manager of a regional property & casualty insurer.',
        es: 'Asistes al responsable de siniestros litigiosos de una aseguradora regional.',
        fr: 'Tu assistes la responsable des sinistres contentieux d\'un assureur IARD régional.',
        ja: 'あなたは地方の損害保険会社の訴訟管理責任者を補佐しています。',
      })),
      user(`${head}\n${rows}\n\n${rules}`),
    ];
    if (i === 4 || i === 1) {
      const c = claims[0]!;
      messages.push(
        say(t(lang, { en: `Before I run the numbers: is ${c.id} covered by the same reinsurance layer as the others?`, es: `Antes de calcular: ¿${c.id} está en la misma capa de reaseguro que los demás?` })),
        user(t(lang, {
          en: `Yes, same treaty. Also defence counsel just revised ${c.id}: adverse verdict now ${Math.min(c.p + 15, 80)}%, after a bad deposition from our store manager.`,
          es: `Sí, mismo contrato. Y el abogado acaba de revisar ${c.id}: ahora la probabilidad de condena es del ${Math.min(c.p + 15, 80)} % tras una mala declaración de nuestro encargado.`,
        })),
      );
    }
    if (i >= 3) {
      const { message, ids } = calls(rng, ['get_settlement_authority', { quarter: 'current' }]);
      messages.splice(1, 0, user(t(lang, { en: 'Check how much settlement authority is left before we start.', ja: '始める前に和解権限の残額を確認して。' })), message, result(ids[0]!, { remaining: authority, currency: lang === 'ja' ? 'JPY' : 'USD', approved_by: 'Claims Committee' }), say(t(lang, { en: 'Authority confirmed.', ja: '残額を確認しました。' })));
      return { lang, messages, temperature: 0, tools: [tool('get_settlement_authority', 'Remaining settlement authority for the litigation unit.', { quarter: str })] };
    }
    return { lang, messages, temperature: 0 };
  },
};

const ubFamilies: Family[] = [ubTheatreBlocks, ubGrantSlate, ubWeekendRoster, ubAuditHours, ubClaimsSettle];

// ---------------------------------------------------------------------------------------------
// learning
// ---------------------------------------------------------------------------------------------

const APPEAL_ARGS: { key: string; en: string; de: string; es: string }[] = [
  { key: 'criteria', en: 'letter citing InterQual/MCG criteria only', de: 'Schreiben, das sich nur auf InterQual/MCG-Kriterien stützt', es: 'carta que solo cita criterios InterQual/MCG' },
  { key: 'p2p', en: 'peer-to-peer call by attending + note on failed outpatient treatment', de: 'Peer-to-Peer-Gespräch des Oberarztes + Vermerk zur gescheiterten ambulanten Therapie', es: 'llamada médico a médico del adjunto + nota sobre el fracaso del tratamiento ambulatorio' },
  { key: 'records', en: 'full chart resubmitted without cover letter', de: 'komplette Akte ohne Begleitschreiben erneut eingereicht', es: 'historia completa reenviada sin carta de presentación' },
  { key: 'policy', en: 'letter quoting the payer\'s own medical policy section, with vitals and labs highlighted', de: 'Schreiben mit Zitat aus der eigenen Leistungsrichtlinie des Kostenträgers, Vitalwerte und Labor markiert', es: 'carta que cita la propia política médica del pagador, con constantes y analítica resaltadas' },
];

const leDenialAppeals: Family = {
  id: 'wf-le-denial-appeal-memory', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Retrieved past appeals against the same payers, with the argument used and whether it won, are the evidence for choosing how to appeal a new denial; the answer should follow what has worked before rather than a generic template.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'es', 'en'], i) as 'de' | 'en' | 'es';
    const payers = rng.sample(t(lang, {
      en: 'Blue Ridge Health Plan|Cardinal Medicaid MCO|Summit Commercial PPO|Lakeshore Medicare Advantage',
      de: 'AOK Nordwest|Techniker Krankenkasse|BARMER|DAK-Gesundheit',
      es: 'Sanitas|Adeslas|DKV Seguros|Asisa',
    }).split('|'), 3);
    const works: Record<string, string[]> = {
      [payers[0]!]: ['p2p', 'policy'], [payers[1]!]: ['policy'], [payers[2]!]: ['p2p'],
    };
    const past = Array.from({ length: rng.int(5, 8) }, () => {
      const payer = rng.pick(payers);
      const arg = rng.pick(APPEAL_ARGS);
      const won = works[payer]!.includes(arg.key) ? rng.chance(0.85) : rng.chance(0.1);
      return `[#AP-${rng.int(1000, 9999)}] ${payer} | ${t(lang, { en: 'denied as inpatient not medically necessary (obs. level suggested)', de: 'stationär abgelehnt – medizinisch nicht notwendig (Beobachtungsstatus vorgeschlagen)', es: 'ingreso denegado por no ser médicamente necesario (propone observación)' })} | ${arg[lang]} | ${won ? t(lang, { en: `OVERTURNED in ${rng.int(6, 30)} days`, de: `STATTGEGEBEN nach ${rng.int(6, 30)} Tagen`, es: `REVOCADA en ${rng.int(6, 30)} días` }) : t(lang, { en: 'UPHELD', de: 'ABGELEHNT', es: 'CONFIRMADA' })}`;
    });
    const target = rng.pick(payers);
    const dxIdx = rng.int(0, 3);
    const dx = t(lang, {
      en: ['CHF exacerbation, BNP 2,140', 'pyelonephritis with lactate 2.9', 'COPD exacerbation on 4 L O2', 'syncope with new bifascicular block'][dxIdx]!,
      de: ['dekompensierte Herzinsuffizienz, BNP 2.140', 'Pyelonephritis mit Laktat 2,9', 'exazerbierte COPD unter 4 l O2', 'Synkope mit neuem bifaszikulärem Block'][dxIdx]!,
      es: ['insuficiencia cardíaca descompensada, BNP 2.140', 'pielonefritis con lactato 2,9', 'EPOC reagudizada con O2 a 4 l', 'síncope con bloqueo bifascicular nuevo'][dxIdx]!,
    });
    const days = rng.int(9, 40);
    const messages: Msgs = [
      sys(t(lang, {
        en: 'Denials and appeals assistant for a hospital revenue cycle team. The team\'s case memory is searched automatically and the closest past appeals are pasted in with their outcomes.',
        de: 'Assistent für Widersprüche gegen Kostenablehnungen im Erlösmanagement eines Krankenhauses. Das Fallgedächtnis des Teams wird automatisch durchsucht; die ähnlichsten früheren Widersprüche werden mit Ergebnis eingefügt.',
        es: 'Asistente de recursos contra denegaciones para el equipo de facturación de un hospital. La memoria de casos del equipo se consulta automáticamente y se pegan los recursos anteriores más parecidos con su resultado.',
      })),
      user(`${t(lang, { en: '--- retrieved appeals (most similar first) ---', de: '--- gefundene frühere Widersprüche (ähnlichste zuerst) ---', es: '--- recursos recuperados (más parecidos primero) ---' })}\n${past.join('\n')}\n\n${t(lang, {
        en: `New denial: ${target}, 3-day inpatient stay, ${dx}. Denied as not medically necessary. Appeal window closes in ${days} days. Attending is available for a call on Tuesdays only. How do we appeal this one?`,
        de: `Neue Ablehnung: ${target}, 3 Tage stationär, ${dx}. Abgelehnt als medizinisch nicht notwendig. Widerspruchsfrist endet in ${days} Tagen. Der Oberarzt ist nur dienstags für ein Gespräch erreichbar. Wie gehen wir bei diesem Fall vor?`,
        es: `Nueva denegación: ${target}, ingreso de 3 días, ${dx}. Denegado por no ser médicamente necesario. El plazo de recurso vence en ${days} días. El adjunto solo puede atender llamadas los martes. ¿Cómo recurrimos este?`,
      })}`),
    ];
    if (i === 3) {
      messages.push(say('Before I draft: do we have the discharge summary signed yet? The winning appeals all attached it.'), user('Signed yesterday. Go ahead.'));
    }
    const useTool = i % 2 === 0;
    if (useTool) {
      // Same content, but the case memory is fetched by a tool call instead of being pasted.
      const ask = messages.pop()!;
      const text = String((ask as { content: string }).content).split('\n\n').slice(1).join('\n\n');
      messages.push(user(text));
      exchange(rng, messages, 'search_case_memory', { payer: target, denial_type: 'inpatient_medical_necessity', k: past.length }, past.join('\n'));
    }
    return {
      lang, messages, temperature: 0.2,
      ...(useTool ? { tools: [tool('search_case_memory', 'Retrieve the most similar past appeals from the team case memory, with outcomes.', { payer: str, denial_type: str, k: int })] } : {}),
      response_format: jsonSchema('appeal_choice', { approach: oneOf('criteria', 'p2p', 'records', 'policy', 'p2p_plus_policy'), why: str, similar_cases_used: list(str), deadline_risk: oneOf('low', 'medium', 'high') }),
    };
  },
};

const leGraderCorrections: Family = {
  id: 'wf-le-grader-teacher-corrections', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
  rationale: 'The teacher\'s corrections to earlier automatic scores reveal how she actually applies the rubric, and the new answer should be scored the way she would, not by the printed rubric alone, although it is still a single-answer scoring call.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'ja', 'pt'], i);
    const q = t(lang, {
      en: 'Q: Why did the Dust Bowl of the 1930s hit the southern Great Plains so hard? (4 points)',
      fr: 'Q : Pourquoi la crise de 1929 s\'est-elle propagée à l\'Europe ? (4 points)',
      ja: '問：光合成で植物がつくるものと、そのために必要なものを説明しなさい。（4点）',
      pt: 'Q: Por que a Revolta da Vacina (1904) aconteceu no Rio de Janeiro? (4 pontos)',
    });
    const rubric = t(lang, {
      en: 'Rubric: 1 pt per valid cause (max 3), +1 for linking causes.',
      fr: 'Barème : 1 pt par cause valable (max 3), +1 si les causes sont reliées entre elles.',
      ja: '採点基準：正しい要素1つにつき1点（最大3点）、要素同士の関係を説明できていれば+1点。',
      pt: 'Critério: 1 ponto por causa válida (máx. 3), +1 se relacionar as causas.',
    });
    const pastAnswers = t(lang, {
      en: 'drought and over-ploughing destroyed the grass that held the soil, so the wind carried it off|farmers plowed a lot because wheat prices were high in WW1, then drought came and the soil blew away, and banks foreclosed|it was a drought. also the depression|over-farming, drought, wind. these together made dust storms',
      fr: 'les banques américaines ont rapatrié leurs capitaux prêtés à l\'Europe, et le commerce mondial s\'est effondré à cause du protectionnisme|la crise est arrivée en europe parce que les usa ont arreté les prets, l\'allemagne dépendait de ces prets (plan dawes) donc elle a coulé en premier|le krach boursier|protectionnisme, fin des crédits américains, chute des prix agricoles',
      ja: '二酸化炭素と水を使い、光のエネルギーででんぷんと酸素をつくる|でんぷんをつくる。日光がいる|光と水と二酸化炭素が必要で、葉緑体ででんぷんができ、そのとき酸素が出る。だから光が強いとでんぷんが多くなる|酸素と二酸化炭素',
      pt: 'a população pobre foi expulsa dos cortiços pela reforma urbana e depois veio a vacinação obrigatória sem explicação, então se revoltaram|por causa da vacina obrigatoria|a lei da vacina obrigatória, a reforma do Pereira Passos que derrubou cortiços e a falta de informação juntas deixaram o povo revoltado|o povo não confiava no governo e tinha medo da vacina, também houve oposição política de militares',
    }).split('|');
    const auto = [rng.int(2, 3), rng.int(3, 4), rng.int(1, 2), rng.int(3, 4)];
    const teacher = [auto[0]! + 1, 4, 1, Math.max(auto[3]! - 1, 2)];
    const notes = t(lang, {
      en: 'explains the mechanism, that counts as the link|spelling does not matter; causes are linked|naming it is not explaining it|a list with no links never gets the 4th point',
      fr: 'le mécanisme est expliqué, ça vaut la liaison|l\'orthographe ne compte pas ; les causes sont reliées|nommer n\'est pas expliquer|une liste sans lien n\'a jamais le 4e point',
      ja: '仕組みまで説明しているので関係づけの点を与える|表記は問わない。関係づけできている|名前を挙げるだけでは説明ではない|列挙だけでは4点目は与えない',
      pt: 'explica o mecanismo, isso vale a relação|ortografia não conta; as causas estão ligadas|citar não é explicar|lista sem ligação nunca leva o 4º ponto',
    }).split('|');
    const order = rng.sample([0, 1, 2, 3], rng.int(3, 4));
    const pastBlock = order.map((k, n) => t(lang, {
      en: `#${n + 1} answer: "${pastAnswers[k]}"\n   your score: ${auto[k]} | teacher's score: ${teacher[k]} | teacher: ${notes[k]}`,
      fr: `#${n + 1} copie : « ${pastAnswers[k]} »\n   ta note : ${auto[k]} | note de l'enseignante : ${teacher[k]} | remarque : ${notes[k]}`,
      ja: `#${n + 1} 解答：「${pastAnswers[k]}」\n   あなたの採点：${auto[k]} ｜ 先生の採点：${teacher[k]} ｜ 先生のコメント：${notes[k]}`,
      pt: `#${n + 1} resposta: "${pastAnswers[k]}"\n   sua nota: ${auto[k]} | nota da professora: ${teacher[k]} | comentário: ${notes[k]}`,
    })).join('\n');
    const fresh = t(lang, {
      en: rng.pick(['the plains had been plowed up for wheat, so when the drought hit there were no roots to hold the dirt and it blew away in huge storms', 'drought, plowing, high winds, and bad farming methods']),
      fr: rng.pick(['les Etats-Unis ont arrêté de prêter et ont rappelé leurs crédits donc les banques européennes, surtout en Allemagne et en Autriche, ont fait faillite', 'krach boursier, protectionnisme, fin des prêts, chômage']),
      ja: rng.pick(['光があたると葉緑体で水と二酸化炭素からでんぷんがつくられ、酸素がでる', '水、二酸化炭素、光、でんぷん、酸素']),
      pt: rng.pick(['a vacina era obrigatória e os agentes entravam nas casas à força, e como muita gente já tinha sido despejada dos cortiços, a raiva contra o governo explodiu', 'vacina obrigatória, reforma urbana, cortiços, oposição militar']),
    });
    const messages: Msgs = [
      sys(t(lang, {
        en: `Short-answer scoring assistant for a Grade 10 history class.\n${q}\n${rubric}`,
        fr: `Assistant de correction de réponses courtes, classe de 3e, histoire.\n${q}\n${rubric}`,
        ja: `中学2年理科の記述問題の採点アシスタント。\n${q}\n${rubric}`,
        pt: `Assistente de correção de respostas curtas, 9º ano, História.\n${q}\n${rubric}`,
      })),
      user(`${t(lang, { en: 'Answers you scored last week, with the teacher\'s corrected scores:', fr: 'Copies que tu as notées la semaine dernière, avec les notes corrigées par l\'enseignante :', ja: '先週あなたが採点した解答と、先生による修正後の点数：', pt: 'Respostas que você corrigiu na semana passada, com as notas revisadas pela professora:' })}\n${pastBlock}`),
      say(t(lang, { en: 'Understood.', fr: 'Compris.', ja: '了解しました。', pt: 'Entendido.' })),
      user(`${t(lang, { en: 'New answer:', fr: 'Nouvelle copie :', ja: '新しい解答：', pt: 'Nova resposta:' })} "${fresh}"`),
    ];
    return { lang, messages, temperature: 0, response_format: jsonSchema('score', { points: int, comment: str }) };
  },
};

const leAssayRuns: Family = {
  id: 'wf-le-gc-rich-pcr-runs', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'The polymerase and templates are unfamiliar, so the conditions for the new template must be inferred from how yield and specificity responded across the earlier runs, with choosing the best setting as the secondary aspect.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'zh', 'en'], i);
    const enzyme = rng.pick(['HiFi-GC polymerase (new lot from a new vendor)', 'KX-7 hot-start polymerase (trial sample)', 'ThermoPro GC-Max (evaluation kit)']);
    const runs: string[] = [];
    const tmBase = rng.int(64, 70);
    for (let k = 0; k < rng.int(7, 11); k++) {
      const tm = tmBase + rng.pick([-2, 0, 1, 3]);
      const ta = tm - rng.pick([8, 6, 4, 3, 2, 0]);
      const dmso = rng.pick([0, 3, 5, 8]);
      const mg = rng.pick([1.5, 2.0, 2.5, 3.0]);
      const off = Math.abs(tm - 3 - ta);
      let yieldv = Math.max(0, 60 - off * 9 - Math.abs(dmso - 5) * 5 + rng.int(-6, 6));
      const smear = mg >= 2.5 || (ta < tm - 6);
      if (dmso === 8) yieldv = Math.round(yieldv * 0.5);
      runs.push(`run ${k + 1}: template Tm ${tm} °C | anneal ${ta} °C | DMSO ${dmso}% | Mg2+ ${mg} mM | yield ${yieldv} ng/µL | gel: ${yieldv < 5 ? 'no product' : smear ? 'smear + target band' : 'single clean band'}`);
    }
    const newTm = tmBase + rng.pick([-3, 2, 4]);
    const messages: Msgs = [sys(t(lang, {
      en: `Bench assistant in a molecular biology lab. We switched to ${enzyme}; the vendor's guidance for GC-rich targets is thin. Run history comes from the lab's ELN.`,
      de: `Laborassistenz in einem molekularbiologischen Labor. Wir sind auf ${enzyme} umgestiegen; die Herstellerhinweise für GC-reiche Ziele sind dürftig. Der Laufverlauf stammt aus dem elektronischen Laborbuch.`,
      zh: `你是分子生物学实验室的实验助手。我们换用了${enzyme}，厂家对高GC模板几乎没有给出建议。以往的运行记录来自实验室的电子实验记录本。`,
    }))];
    messages.push(user(t(lang, {
      en: 'Pull the runs with the new enzyme from the ELN.',
      de: 'Hol bitte die Läufe mit dem neuen Enzym aus dem ELN.',
      zh: '请从电子记录本里调出用新酶做的所有运行。',
    })));
    exchange(rng, messages, 'eln_query', { enzyme, fields: ['template_tm', 'anneal', 'dmso', 'mg', 'yield', 'gel'] }, runs.join('\n'));
    if (i >= 2) {
      messages.push(say(t(lang, { en: `Found ${runs.length} runs.`, de: `${runs.length} Läufe gefunden.`, zh: `找到${runs.length}次运行。` })));
      messages.push(user(t(lang, { en: 'Anything odd in there?', de: 'Fällt dir darin etwas auf?', zh: '这些数据里有什么异常吗？' })));
      messages.push(say(t(lang, { en: 'The 8% DMSO runs look consistently weaker, and the higher Mg runs smear. I can say more once you tell me the next template.', de: 'Die Läufe mit 8 % DMSO sind durchweg schwächer, und bei hohem Mg gibt es Schmier. Mehr, sobald ich das nächste Template kenne.', zh: '8% DMSO的几次产量都偏低，高镁的几次出现拖尾。告诉我下一个模板后我再具体分析。' })));
    }
    messages.push(user(t(lang, {
      en: `Next template: ${rng.pick(['FMR1 5\' UTR', 'GNAS exon 1', 'HOXD13 promoter'])} amplicon, Tm ${newTm} °C, ~${rng.int(68, 79)}% GC. We only have template for ${rng.int(2, 3)} reactions, so what conditions do I set for the first one?`,
      de: `Nächstes Template: Amplikon ${rng.pick(['FMR1 5\'-UTR', 'GNAS Exon 1', 'HOXD13-Promotor'])}, Tm ${newTm} °C, ca. ${rng.int(68, 79)} % GC. Wir haben nur Material für ${rng.int(2, 3)} Reaktionen – welche Bedingungen nehme ich für die erste?`,
      zh: `下一个模板：${rng.pick(['FMR1 5\'UTR', 'GNAS 第1外显子', 'HOXD13 启动子'])}扩增子，Tm ${newTm} °C，GC约${rng.int(68, 79)}%。模板只够做${rng.int(2, 3)}个反应，第一个反应应该设什么条件？`,
    })));
    return {
      lang, messages, temperature: 0,
      tools: [tool('eln_query', 'Query the electronic lab notebook for runs.', { enzyme: str, fields: list(str) })],
      response_format: jsonSchema('pcr_conditions', { anneal_c: num, dmso_pct: num, mg_mM: num, expected: str, reasoning: str }),
    };
  },
};

const leManagerShortlist: Family = {
  id: 'wf-le-hiring-manager-pattern', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'The recruiter has a record of which candidates this manager agreed to meet and which she turned down, with her remarks, and must carry that pattern over to a candidate she has not seen.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'es', 'ja'], i);
    const role = t(lang, {
      en: rng.pick(['Clinical Data Manager', 'Research Data Manager (oncology trials)', 'Registry Database Lead']),
      zh: rng.pick(['临床数据经理', '肿瘤临床试验数据经理', '疾病登记数据库负责人']),
      es: rng.pick(['Gestor/a de Datos Clínicos', 'Data Manager de ensayos oncológicos', 'Responsable de la base de datos del registro']),
      ja: rng.pick(['臨床データマネージャー', 'がん臨床試験データマネージャー', 'レジストリDB責任者']),
    });
    const mgr = rng.pick(['Dr. Hannah Osei', 'Liu Fang', 'Marisol Vega', '中村 恵']);
    type Cand = { en: string; zh: string; es: string; ja: string; met: boolean; note: Partial<Record<Lang, string>> & { en: string } };
    const pool: Cand[] = [
      { en: '12 yrs, Director title at a top-5 CRO, manages managers, no hands-on database build in 6 yrs', zh: '12年经验，头部CRO总监，管理经理团队，近6年没有亲自搭建数据库', es: '12 años, directora en una CRO top 5, dirige a mandos intermedios, 6 años sin construir bases de datos', ja: '経験12年、大手CROのディレクター、管理職を統括、ここ6年は自分でDB構築していない', met: false, note: { en: '"Too far from the work."', zh: '"离一线太远了。"', es: '"Demasiado lejos del trabajo real."', ja: '「現場から離れすぎ」' } },
      { en: '4 yrs, academic hospital, built 9 eCRFs herself in REDCap, no certification', zh: '4年经验，大学附属医院，亲自在REDCap里搭了9个eCRF，无证书', es: '4 años, hospital universitario, montó ella misma 9 eCRF en REDCap, sin certificación', ja: '経験4年、大学病院、REDCapでeCRFを自ら9本構築、資格なし', met: true, note: { en: '"Exactly what I want, she has built things."', zh: '"正是我想要的，她真动手做过。"', es: '"Justo lo que busco, ha construido cosas."', ja: '「まさに求めている人。自分で作ってきた」' } },
      { en: '7 yrs, pharma, CCDM certified, mostly vendor oversight and reporting', zh: '7年经验，药企，CCDM认证，主要负责供应商监管和报告', es: '7 años, farmacéutica, certificación CCDM, sobre todo supervisión de proveedores e informes', ja: '経験7年、製薬会社、CCDM認定、主にベンダー管理とレポーティング', met: false, note: { en: '"Certificates don\'t tell me much; what did he build?"', zh: '"证书说明不了什么，他到底做过什么？"', es: '"Los certificados no me dicen mucho; ¿qué ha construido?"', ja: '「資格はあまり参考にならない。何を作ったの？」' } },
      { en: '2 yrs, startup, wrote validation scripts in R for 3 trials, career changer from nursing', zh: '2年经验，初创公司，为3个试验用R写过核查脚本，护理转行', es: '2 años, startup, escribió scripts de validación en R para 3 ensayos, viene de enfermería', ja: '経験2年、スタートアップ、3試験分のバリデーションスクリプトをRで作成、看護師からの転職', met: true, note: { en: '"Young, but look at the scripts. Yes."', zh: '"资历浅，但看看那些脚本。要见。"', es: '"Poca experiencia, pero mira los scripts. Sí."', ja: '「若いけどスクリプトを見て。会いたい」' } },
      { en: '15 yrs, government statistics office, SAS expert, built national survey databases', zh: '15年经验，政府统计部门，SAS专家，搭建过全国性调查数据库', es: '15 años, instituto nacional de estadística, experto en SAS, construyó bases de encuestas nacionales', ja: '経験15年、政府統計機関、SASのエキスパート、全国調査のDBを構築', met: true, note: { en: '"Different domain but a builder."', zh: '"领域不同，但是个实干的人。"', es: '"Otro sector, pero sabe construir."', ja: '「分野は違うが、作れる人」' } },
      { en: '9 yrs, Senior Manager at big-4 consultancy, led EDC selection projects', zh: '9年经验，四大咨询公司高级经理，主导过EDC选型项目', es: '9 años, gerente sénior en una big four, dirigió proyectos de selección de EDC', ja: '経験9年、大手コンサルのシニアマネージャー、EDC選定プロジェクトを主導', met: false, note: { en: '"Selecting tools isn\'t building them."', zh: '"选工具不等于做工具。"', es: '"Elegir herramientas no es construirlas."', ja: '「ツール選定は構築ではない」' } },
    ];
    const shown = rng.sample(pool, rng.int(4, 6));
    const yes = t(lang, { en: 'agreed to interview', zh: '同意面试', es: 'aceptó entrevistar', ja: '面接OK' });
    const no = t(lang, { en: 'passed', zh: '没有要', es: 'descartó', ja: '見送り' });
    const history = shown.map((c, k) => `${k + 1}. ${c[lang as 'en' | 'zh' | 'es' | 'ja']} → ${c.met ? yes : no} ${t(lang, c.note)}`).join('\n');
    const fresh = t(lang, {
      en: rng.pick(['11 yrs, VP Data Operations at a mid-size biotech, strong references, last hands-on build in 2016', '3 yrs, public-health department, built the county\'s outbreak line-list database and its REDCap forms, no industry experience']),
      zh: rng.pick(['11年经验，中型生物技术公司数据运营副总裁，推荐人很强，最近一次亲手搭建是2016年', '3年经验，区疾控中心，自己搭建了疫情个案数据库和REDCap表单，无企业经验']),
      es: rng.pick(['11 años, VP de Operaciones de Datos en una biotech mediana, referencias excelentes, última vez que construyó algo: 2016', '3 años, servicio de salud pública, montó la base de datos de brotes de la provincia y sus formularios REDCap, sin experiencia en industria']),
      ja: rng.pick(['経験11年、中堅バイオ企業のデータ運用担当VP、推薦状は強力、最後に自分で構築したのは2016年', '経験3年、保健所、感染症ラインリストのDBとREDCapフォームを自作、企業経験なし']),
    });
    const messages: Msgs = [
      sys(t(lang, {
        en: `Recruiting assistant. Role: ${role}. Hiring manager: ${mgr}. Her past calls on submitted profiles are kept in the notes below.`,
        zh: `招聘助理。职位：${role}。用人经理：${mgr}。她过去对推荐简历的决定记录在下面的备注里。`,
        es: `Asistente de selección. Puesto: ${role}. Responsable de contratación: ${mgr}. Sus decisiones anteriores sobre perfiles enviados están en las notas de abajo.`,
        ja: `採用アシスタント。ポジション：${role}。採用責任者：${mgr}。これまでに推薦したプロフィールへの判断は下のメモにあります。`,
      })),
      user(`${t(lang, { en: 'Profiles sent so far and what she said:', zh: '目前为止推荐过的人选和她的回复：', es: 'Perfiles enviados hasta ahora y lo que dijo:', ja: 'これまで送ったプロフィールと彼女の反応：' })}\n${history}`),
      say(t(lang, { en: 'Thanks, I have her responses.', zh: '好的，已看到她的回复。', es: 'Gracias, ya tengo sus respuestas.', ja: 'ありがとうございます。反応を確認しました。' })),
      user(t(lang, {
        en: `New one from the agency: ${fresh}. Worth sending to her, or not? One line of reasoning.`,
        zh: `猎头新推荐了一位：${fresh}。要不要推给她？说一句理由。`,
        es: `Nuevo perfil de la agencia: ${fresh}. ¿Se lo mandamos o no? Una línea de justificación.`,
        ja: `エージェントから新しい候補者：${fresh}。彼女に送るべき？理由を一行で。`,
      })),
    ];
    return {
      lang, messages, temperature: 0,
      ...(i % 2 === 0 ? { response_format: jsonSchema('send_decision', { send: bool, reason: str }) } : {}),
    };
  },
};

const leHeadlineTests: Family = {
  id: 'wf-le-headline-test-history', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Results of the desk\'s earlier headline tests show which styles hold readers rather than just draw clicks, and the pick for a new story should generalise from those results; choosing the headline with the best expected reading time is the secondary, decision-making reading.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'en', 'fr', 'de'], i);
    type Test = { a: string; b: string; win: 'A' | 'B' };
    const tests: Record<'pt' | 'en' | 'fr' | 'de', Test[]> = {
      en: [
        { a: 'Is your tap water safe? What the new report says', b: 'Lead found in 14% of Eastside homes tested, report says', win: 'B' },
        { a: 'Council approves budget', b: 'Council cuts 3 library branches to fund road repairs', win: 'B' },
        { a: 'You won\'t believe what the school board did next', b: 'School board delays start-time change to 2026', win: 'B' },
        { a: 'Why are rents rising in Millbrook?', b: 'Millbrook rents up 11% as two big landlords merge', win: 'B' },
        { a: 'Heat wave: 5 things to know', b: 'Heat wave: cooling centres open in 4 neighbourhoods tonight', win: 'B' },
      ],
      pt: [
        { a: 'A água da sua casa é segura? Veja o que diz o relatório', b: 'Chumbo aparece em 14% das casas testadas na Zona Leste', win: 'B' },
        { a: 'Câmara aprova orçamento', b: 'Câmara fecha 3 bibliotecas para pagar obras de asfalto', win: 'B' },
        { a: 'Você não vai acreditar no que a prefeitura fez', b: 'Prefeitura adia mudança no horário escolar para 2026', win: 'B' },
        { a: 'Por que o aluguel está subindo no Bom Retiro?', b: 'Aluguel sobe 11% no Bom Retiro após fusão de imobiliárias', win: 'B' },
      ],
      fr: [
        { a: 'L\'eau du robinet est-elle sûre ? Ce que dit le rapport', b: 'Du plomb dans 14 % des logements testés à Villeurbanne-Est', win: 'B' },
        { a: 'Le conseil municipal vote le budget', b: 'Trois médiathèques fermées pour financer la voirie', win: 'B' },
        { a: 'Ce que la mairie vient de décider va vous surprendre', b: 'La réforme des horaires scolaires repoussée à 2026', win: 'B' },
        { a: 'Canicule : 5 choses à savoir', b: 'Canicule : quatre salles rafraîchies ouvertes ce soir dans le 8e', win: 'B' },
      ],
      de: [
        { a: 'Ist Ihr Leitungswasser sicher? Was der Bericht sagt', b: 'Blei in 14 % der getesteten Wohnungen im Osten gefunden', win: 'B' },
        { a: 'Stadtrat beschließt Haushalt', b: 'Stadtrat schließt drei Stadtteilbibliotheken für Straßensanierung', win: 'B' },
        { a: 'Warum steigen die Mieten in Linden?', b: 'Mieten in Linden plus 11 % nach Fusion zweier Großvermieter', win: 'B' },
        { a: 'Hitzewelle: 5 Dinge, die Sie wissen müssen', b: 'Hitzewelle: Vier Kühlräume öffnen heute Abend in der Südstadt', win: 'B' },
      ],
    };
    const L = lang as 'pt' | 'en' | 'fr' | 'de';
    const shown = rng.sample(tests[L], rng.int(3, tests[L].length));
    const rows = shown.map((tst, k) => {
      const ctrA = rng.int(30, 62) / 10, ctrB = rng.int(24, 48) / 10;
      const timeA = rng.int(20, 45), timeB = rng.int(70, 140);
      return `T${k + 1}  A: "${tst.a}" CTR ${ctrA}% · ${timeA}s  |  B: "${tst.b}" CTR ${ctrB}% · ${timeB}s  → ${t(lang, { en: 'winner (engaged time)', pt: 'vencedor (tempo de leitura)', fr: 'gagnant (temps de lecture)', de: 'Sieger (Lesezeit)' })}: ${tst.win}`;
    }).join('\n');
    const nb = rng.int(2, 6), nc = rng.int(3, 9);
    const story = t(lang, {
      en: `Story: county health department finds Legionella in the cooling towers of ${nb} downtown buildings; ${nc} cases, no deaths. Options:\n1) "Should you worry about Legionnaires' disease?"\n2) "Legionella found at ${nb} downtown towers; ${nc} cases so far"\n3) "Health officials issue warning"`,
      pt: `Matéria: a vigilância sanitária encontrou Legionella nas torres de resfriamento de ${nb} prédios do Centro; ${nc} casos, nenhuma morte. Opções:\n1) "Você deve se preocupar com a doença do legionário?"\n2) "Legionella em ${nb} torres do Centro; ${nc} casos até agora"\n3) "Autoridades de saúde emitem alerta"`,
      fr: `Article : l'ARS détecte des légionelles dans les tours aéroréfrigérantes de ${nb} immeubles du centre ; ${nc} cas, aucun décès. Propositions :\n1) « Faut-il s'inquiéter de la légionellose ? »\n2) « Légionelles dans ${nb} tours du centre-ville : ${nc} cas à ce jour »\n3) « Les autorités sanitaires lancent une alerte »`,
      de: `Artikel: Das Gesundheitsamt findet Legionellen in den Kühltürmen von ${nb} Gebäuden in der Innenstadt; ${nc} Fälle, keine Todesfälle. Vorschläge:\n1) "Müssen Sie sich Sorgen um die Legionärskrankheit machen?"\n2) "Legionellen in ${nb} Kühltürmen der Innenstadt – bisher ${nc} Fälle"\n3) "Gesundheitsamt warnt"`,
    });
    const messages: Msgs = [
      sys(t(lang, {
        en: 'Audience desk assistant for a metro newsroom. The desk is judged on engaged reading time, not clicks. Past headline tests are pasted below.',
        pt: 'Assistente da mesa de audiência de um jornal metropolitano. A mesa é avaliada pelo tempo de leitura, não por cliques. Os testes de título anteriores estão colados abaixo.',
        fr: 'Assistant du pôle audience d\'un quotidien régional. Le pôle est évalué sur le temps de lecture, pas sur les clics. Les tests de titres précédents sont collés ci-dessous.',
        de: 'Assistenz am Audience-Desk einer Regionalzeitung. Der Desk wird an der Lesezeit gemessen, nicht an Klicks. Frühere Überschriften-Tests stehen unten.',
      })),
      user(`${rows}\n\n${story}\n\n${t(lang, { en: 'Which one runs, and why?', pt: 'Qual vai ao ar, e por quê?', fr: 'Lequel on publie, et pourquoi ?', de: 'Welche nehmen wir, und warum?' })}`),
    ];
    if (i === 1) {
      messages.push(say('Option 2. Every past test was won by the concrete, local, number-bearing headline on engaged time, even when the question or teaser version drew more clicks.'));
      messages.push(user('The night editor wants a fourth option: "Legionella outbreak: what we know". Does that change your pick?'));
    }
    return { lang, messages, temperature: 0.3 };
  },
};

const leFamilies: Family[] = [leDenialAppeals, leGraderCorrections, leAssayRuns, leManagerShortlist, leHeadlineTests];

// ---------------------------------------------------------------------------------------------
// non-agentic (closest type as label)
// ---------------------------------------------------------------------------------------------

const naRecordTranslate: Family = {
  id: 'wf-na-foreign-record-translate', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
  rationale: 'A clinic asks for a faithful English translation of a medical document from abroad; there is no decision, memory or plan, so it is non-agentic and closest to a one-shot reflex.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'es', 'zh', 'de', 'fr'], i);
    const docs: Partial<Record<Lang, string[]>> = {
      ja: [
        `診療情報提供書\n患者：${rng.pick(['山田 花子', '佐々木 健'])}（${rng.int(34, 82)}歳）\n傷病名：2型糖尿病、高血圧症\n経過：${rng.int(2015, 2021)}年より当院通院中。メトホルミン500mg 1日2回、アムロジピン5mg 1日1回を処方。直近のHbA1cは${rng.int(62, 84) / 10}%。転居に伴い、今後の加療をお願い申し上げます。`,
        `予防接種記録\n麻しん風しん混合（MR）1期：${rng.int(2016, 2019)}年5月\nMR 2期：${rng.int(2021, 2023)}年4月\n日本脳炎1期初回：2回接種済み\nBCG：生後${rng.int(5, 8)}か月で接種`,
      ],
      es: [
        `Informe de alta\nPaciente: ${rng.pick(['María José Ortega', 'Luis Navarro'])}, ${rng.int(40, 88)} años.\nMotivo de ingreso: neumonía adquirida en la comunidad en lóbulo inferior derecho.\nEvolución: buena respuesta a ceftriaxona i.v. durante ${rng.int(3, 6)} días; afebril desde el día 2.\nTratamiento al alta: amoxicilina/clavulánico 875/125 mg cada 8 h hasta completar 7 días. Control por su médico de atención primaria en una semana.`,
      ],
      zh: [
        `出院小结\n患者：${rng.pick(['张秀兰', '李建国'])}，${rng.int(45, 85)}岁\n入院诊断：急性前壁心肌梗死\n诊疗经过：急诊行PCI，于前降支植入支架1枚。住院${rng.int(5, 9)}天，无并发症。\n出院带药：阿司匹林100mg 每日一次，替格瑞洛90mg 每日两次，阿托伐他汀20mg 每晚一次。\n医嘱：一个月后心内科门诊复查，避免剧烈运动。`,
      ],
      de: [
        `Arztbrief\nPatientin: ${rng.pick(['Ingrid Bauer', 'Sabine Wolff'])}, ${rng.int(50, 85)} J.\nDiagnosen: Z. n. Hüft-TEP rechts am ${rng.int(1, 28)}.${rng.int(1, 12)}.2024, Osteoporose\nVerlauf: komplikationslos, Mobilisation an Unterarmgehstützen mit Vollbelastung.\nMedikation: Enoxaparin 40 mg s.c. 1× tgl. für 35 Tage, Metamizol 500 mg bei Bedarf bis 4× tgl.\nProcedere: Fadenzug am 12. postoperativen Tag durch den Hausarzt.`,
      ],
      fr: [
        `Compte rendu de consultation\nPatient : ${rng.pick(['M. Julien Lefèvre', 'Mme Claire Moreau'])}, ${rng.int(30, 80)} ans.\nMotif : céphalées chroniques.\nExamen : examen neurologique normal, TA 128/82.\nConclusion : céphalées de tension probables. Arrêt progressif des antalgiques pris plus de 10 jours par mois, kinésithérapie cervicale, agenda des céphalées à tenir pendant un mois.`,
      ],
    };
    const doc = rng.pick(docs[lang]!);
    const messages: Msgs = [];
    if (i % 2 === 0) messages.push(sys('You translate medical records for a clinic\'s intake team. Keep drug names, doses and dates exactly; do not add interpretation.'));
    messages.push(user(`Please translate this into English for the chart:\n\n${doc}`));
    return { lang, messages, temperature: 0 };
  },
};

const naRulingSummary: Family = {
  id: 'wf-na-ruling-plain-summary', label: 'simple_reflex', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'The user wants a long legal text boiled down into plain language for readers; this is summarising, with no decision to take on anyone\'s behalf, so it is non-agentic.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'de', 'en'], i);
    const docs: Partial<Record<Lang, string>> = {
      en: `IN THE COURT OF APPEALS OF THE STATE\nNo. ${rng.int(20, 24)}-${rng.int(1000, 9999)}\n\nTENANTS UNITED OF ${rng.pick(['RIVERDALE', 'NORTH PARK', 'LAKEVIEW'])}, Appellant, v. CITY HOUSING AUTHORITY, Appellee.\n\nOPINION\n\nThe question presented is whether the Authority's policy of terminating Section 8 assistance after two missed annual recertification appointments, without first offering a hearing, violates the notice-and-hearing requirements of 24 C.F.R. § 982.555. We hold that it does.\n\nI. The Authority mailed recertification notices by first-class mail only. Record evidence shows that ${rng.int(18, 37)}% of notices in the sample period were returned undeliverable. Terminations under the policy took effect automatically ten days after the second missed appointment.\n\nII. Section 982.555(a)(1)(v) requires an opportunity for an informal hearing before termination of assistance "because of the family's action or failure to act." A missed appointment is precisely such a failure to act. The Authority's argument that the family "abandoned" the voucher is not supported by the record where notices were demonstrably undelivered.\n\nIII. We reverse the summary judgment and remand with instructions to enjoin terminations under the policy unless a pre-termination hearing has been offered in writing, by a method reasonably calculated to reach the family.\n\nReversed and remanded.`,
      pt: `SUPERIOR TRIBUNAL — RECURSO ESPECIAL Nº ${rng.int(1, 2)}.${rng.int(100, 999)}.${rng.int(100, 999)}\n\nEMENTA: PLANO DE SAÚDE. NEGATIVA DE COBERTURA DE TRATAMENTO PRESCRITO. ROL DA ANS. CARÁTER EXEMPLIFICATIVO NAS HIPÓTESES DA LEI ${rng.pick(['14.454/2022', 'aplicável'])}.\n\n1. Cinge-se a controvérsia a saber se a operadora pode recusar o custeio de terapia prescrita pelo médico assistente sob o fundamento de que o procedimento não consta do rol da ANS.\n2. Comprovada a eficácia do tratamento à luz da medicina baseada em evidências, ou havendo recomendação de órgão técnico de renome, a cobertura é devida ainda que o procedimento não esteja listado.\n3. No caso, o laudo pericial atestou a inexistência de substituto terapêutico eficaz no rol e a existência de estudos clínicos favoráveis.\n4. Recurso especial não provido, mantida a condenação da operadora ao custeio e ao pagamento de danos morais fixados em R$ ${money(rng.int(5, 20) * 1000, 'pt')}.`,
      de: `BUNDESARBEITSGERICHT – Urteil vom ${rng.int(1, 28)}.${rng.int(1, 12)}.2023 – ${rng.int(1, 9)} AZR ${rng.int(100, 999)}/22\n\nLeitsätze:\n1. Der Arbeitgeber ist verpflichtet, ein System einzuführen, mit dem die von den Arbeitnehmern geleistete tägliche Arbeitszeit gemessen werden kann.\n2. Die Pflicht folgt aus § 3 Abs. 2 Nr. 1 ArbSchG in unionsrechtskonformer Auslegung.\n\nTatbestand (Auszug): Die Parteien streiten darüber, ob der Betriebsrat die Einführung einer elektronischen Zeiterfassung verlangen kann. Die Arbeitgeberin betreibt ${rng.int(2, 9)} vollstationäre Wohneinrichtungen. Eine Betriebsvereinbarung zur Zeiterfassung kam nicht zustande.\n\nEntscheidungsgründe (Auszug): Ein Initiativrecht des Betriebsrats besteht nicht, soweit der Arbeitgeber bereits gesetzlich zur Einführung verpflichtet ist. Die Ausgestaltung – etwa die Form der Erfassung – bleibt mitbestimmungspflichtig.`,
    };
    const ask = t(lang, {
      en: rng.pick(['Summarise this for our tenants\' newsletter in about 150 words, no legalese.', 'Give me five plain-English bullet points: who sued, what the court decided, and what changes for families.']),
      pt: 'Resuma essa decisão em linguagem simples, em até 120 palavras, para o boletim da associação de pacientes.',
      de: 'Fass das Urteil bitte in einfacher Sprache für den Newsletter unseres Pflegeheims zusammen, höchstens acht Sätze.',
    });
    const messages: Msgs = [user(`${docs[lang]}\n\n${ask}`)];
    if (i === 3) {
      messages.push(say('Here is a ~150-word version: The appeals court ruled that the Housing Authority cannot cut off a family\'s Section 8 voucher just because they missed two recertification appointments, unless it first offers a hearing in writing in a way that actually reaches them...'));
      messages.push(user('Good. Now make it shorter — three sentences — for a text message blast.'));
    }
    return { lang, messages, temperature: 0.3 };
  },
};

const naCostEffectiveness: Family = {
  id: 'wf-na-qaly-threshold-chat', label: 'utility_based', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'A student is asking for explanations of how health technology assessment weighs costs against health gains; nothing is being chosen or allocated by the assistant, so it is plain explanation whose topic sits nearest to utility-based choice.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'en'], i);
    const turns: [string, string][] = lang === 'es' ? [
      ['¿Qué es exactamente un AVAC?', 'Un año de vida ajustado por calidad: un año en salud perfecta vale 1; un año con una calidad de vida de 0,6 vale 0,6 AVAC.'],
      ['¿Y la RCEI?', 'La razón coste-efectividad incremental: diferencia de costes dividida por la diferencia de AVAC entre el tratamiento nuevo y el de referencia.'],
    ] : lang === 'fr' ? [
      ['C\'est quoi un QALY, concrètement ?', 'Une année de vie pondérée par la qualité : une année en parfaite santé vaut 1, une année avec une qualité de vie de 0,6 vaut 0,6 QALY.'],
      ['Et le RDCR ?', 'Le ratio différentiel coût-résultat : l\'écart de coût divisé par l\'écart de QALY entre le nouveau traitement et le comparateur.'],
    ] : [
      ['What is a QALY, in plain terms?', 'A quality-adjusted life year: a year in full health counts as 1; a year lived at a quality-of-life weight of 0.6 counts as 0.6.'],
      ['And an ICER?', 'The incremental cost-effectiveness ratio: the extra cost of the new treatment divided by the extra QALYs it produces compared with current care.'],
    ];
    const final = t(lang, {
      en: rng.pick([
        `My lecturer said NICE uses about £${rng.int(20, 30)},000 per QALY as a threshold. Why not just fund everything below it — what's the argument against a hard cut-off?`,
        'Why do some people say QALYs discriminate against older or disabled patients? Explain both sides for my essay.',
      ]),
      es: `Mi profesora dijo que en España no hay un umbral oficial, pero se habla de unos ${rng.int(20, 30)}.000 € por AVAC. ¿Por qué es tan polémico fijar un umbral?`,
      fr: `La HAS publie des avis d'efficience mais sans seuil officiel, contrairement au NICE. Pourquoi ce choix ? Explique-moi les arguments.`,
    });
    const messages: Msgs = [];
    if (i === 3) messages.push(sys('You are a study helper for a master\'s course in health economics. Explain; do not write graded work for the student.'));
    for (const [u, a] of turns.slice(0, i === 2 ? 1 : 2)) messages.push(user(u), say(a));
    messages.push(user(final));
    return { lang, messages, temperature: 0.5 };
  },
};

const naStoryRecap: Family = {
  id: 'wf-na-breaking-story-recap', label: 'model_based_reflex', agentic: false, difficulty: 'hard', variants: 4,
  rationale: 'The editor wants a written recap of how a developing story unfolded from a pasted timeline; it is a writing task with no action to take, so non-agentic, and the nearest type is the one that folds successive updates into a current picture.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'de', 'en'], i);
    const org = t(lang, { en: rng.pick(['St. Brendan\'s Hospital', 'Mercy Valley Medical Center']), zh: rng.pick(['市第三人民医院', '仁和医院']), de: rng.pick(['Klinikum Nordstadt', 'St.-Marien-Krankenhaus']) });
    const timeline = t(lang, {
      en: `06:40 ${org} IT reports "network outage"; ambulances diverted.\n08:15 Hospital spokesperson: "no evidence of a cyberattack."\n10:30 Staff tell us paper charts in use, lab results delayed ${rng.int(3, 8)} hours.\n13:05 FBI field office confirms it is "aware of an incident".\n15:20 Hospital statement: ransomware confirmed; patient data "may have been accessed".\n17:45 Diversion lifted for ${rng.pick(['stroke', 'trauma', 'cardiac'])} patients only.\n19:10 Gang posts claim on leak site, sets ${rng.int(5, 10)}-day deadline.`,
      zh: `06:40 ${org}信息科报告"网络故障"，急救车改送其他医院。\n08:15 医院发言人称"没有证据表明遭到网络攻击"。\n10:30 医护人员向本报透露已改用纸质病历，化验结果延迟约${rng.int(3, 8)}小时。\n13:05 市网信办确认"已掌握相关情况"。\n15:20 医院发布声明，确认遭勒索软件攻击，患者数据"可能被访问"。\n17:45 卒中患者恢复接收，其他急诊仍分流。\n19:10 黑客组织在泄露网站认领，设定${rng.int(5, 10)}天期限。`,
      de: `06:40 ${org}: IT meldet „Netzwerkstörung“, Rettungswagen werden umgeleitet.\n08:15 Pressesprecherin: „Keine Hinweise auf einen Cyberangriff.“\n10:30 Beschäftigte berichten uns: Papierakten im Einsatz, Laborwerte ${rng.int(3, 8)} Stunden verzögert.\n13:05 LKA bestätigt, man sei „über einen Vorfall informiert“.\n15:20 Klinik-Statement: Ransomware bestätigt, Patientendaten „möglicherweise abgeflossen“.\n17:45 Notaufnahme nimmt wieder Schlaganfallpatienten auf, sonst weiter Abmeldung.\n19:10 Erpressergruppe bekennt sich auf Leak-Seite, Frist ${rng.int(5, 10)} Tage.`,
    });
    const ask = t(lang, {
      en: rng.pick(['Write the "what we know" box for the web story, 120 words, neutral tone, note what the hospital first denied.', 'Turn this into a tight 4-paragraph recap for the morning newsletter.']),
      zh: '请根据时间线写一段200字左右的"事件回顾"，语气中立，要写明医院最初的否认。',
      de: 'Schreib daraus den Kasten „Was wir wissen“ für die Online-Ausgabe, etwa 100 Wörter, sachlich; erwähne, was die Klinik zuerst bestritten hat.',
    });
    const messages: Msgs = [];
    if (i % 2 === 1) messages.push(sys(t(lang, { en: 'You are a copy editor on the metro desk. Write clean, neutral news copy.', zh: '你是都市新闻部的文字编辑，写作要简洁、中立。', de: 'Du bist Redakteur am Lokaldesk. Schreib sachlich und knapp.' })));
    messages.push(user(`${timeline}\n\n${ask}`));
    return { lang, messages, temperature: 0.4 };
  },
};

const naStudyMethods: Family = {
  id: 'wf-na-study-methods-explainer', label: 'learning', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'A student chats about why spaced repetition and retrieval practice work; the assistant explains ideas about learning but does not itself adapt from any experience, so it is non-agentic with learning as the nearest topic.',
  make: (rng, i) => {
    const lang = langAt(['de', 'ja', 'zh', 'en'], i);
    const exam = t(lang, {
      de: rng.pick(['das Physikum', 'die Staatsexamensprüfung in Jura', 'die Abiturprüfung in Biologie']),
      ja: rng.pick(['看護師国家試験', '司法試験の短答式', '大学入試の英単語']),
      zh: rng.pick(['执业医师资格考试', '法律职业资格考试', '考研英语']),
      en: rng.pick(['the USMLE Step 1', 'the bar exam', 'my A-level chemistry']),
    });
    const turns: [string, string][] = [[
      t(lang, {
        de: `Ich lerne für ${exam}. Alle reden von Spaced Repetition. Was ist das genau?`,
        ja: `${exam}の勉強をしています。みんな「間隔反復」が良いと言うけど、具体的にどういうものですか？`,
        zh: `我在准备${exam}，大家都说"间隔重复"很有用，它到底是什么？`,
        en: `I'm studying for ${exam}. Everyone keeps saying spaced repetition. What is it exactly?`,
      }),
      t(lang, {
        de: 'Man wiederholt Stoff in wachsenden Abständen, kurz bevor man ihn vergessen würde – etwa nach 1, 3, 7 und 16 Tagen –, statt alles am Stück zu pauken.',
        ja: '忘れかけたタイミングで、間隔を少しずつ広げながら復習する方法です。たとえば1日後、3日後、7日後、16日後という具合です。',
        zh: '就是在快要忘记的时候复习，并且逐渐拉长间隔，比如第1天、第3天、第7天、第16天，而不是集中突击。',
        en: 'You review material at growing intervals, just before you would forget it — say after 1, 3, 7 and 16 days — instead of cramming it all at once.',
      }),
    ]];
    const final = t(lang, {
      de: 'Und warum soll Abfragen besser sein als nochmal lesen? Fühlt sich beim Lesen doch viel flüssiger an.',
      ja: 'じゃあ、読み直すより自分でテストする方がいいと言われるのはなぜですか？読み直す方がスムーズに感じるんですが。',
      zh: '那为什么说自测比重读效果好？重读的时候感觉明明更顺。',
      en: 'Why is testing yourself supposed to beat rereading? Rereading feels way more productive.',
    });
    const messages: Msgs = [];
    if (i >= 2) messages.push(sys(t(lang, { en: 'You are a friendly study coach. Explain the research simply.', zh: '你是一位友好的学习教练，用通俗的方式解释相关研究。' })));
    if (i !== 1) for (const [u, a] of turns) messages.push(user(u), say(a));
    messages.push(user(final));
    return { lang, messages, temperature: 0.6 };
  },
};

const naFamilies: Family[] = [naRecordTranslate, naRulingSummary, naCostEffectiveness, naStoryRecap, naStudyMethods];

export const freshF: Family[] = [...srFamilies, ...mbFamilies, ...gbFamilies, ...ubFamilies, ...leFamilies, ...naFamilies];
