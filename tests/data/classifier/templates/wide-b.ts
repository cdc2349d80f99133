// Cross-author families (wb-*): written from the type definitions only, by an author who never saw the classifier, its errors or the held-out families. Never trained on: they form tests/data/classifier/cross-author.jsonl (see CROSS_AUTHOR in build-dataset.ts).
import type { ChatMessage, FunctionTool } from '../../../../src/core/types';
import {
  type Family, type Lang, type Rng,
  sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

// ---- small shared helpers ----

const PEOPLE: Record<Lang, string[]> = {
  en: ['Dana Whitfield', 'Marcus Lee', 'Priya Natarajan', 'Tom Okafor', 'Elena Brooks', 'Sam Carter', 'Grace Liu', 'Owen Price'],
  de: ['Jana Becker', 'Lukas Hoffmann', 'Miriam Schulz', 'Felix Wagner', 'Sabine Krüger', 'Tobias Wolf'],
  es: ['Lucía Romero', 'Diego Herrera', 'Marta Jiménez', 'Javier Ortega', 'Carmen Vidal', 'Pablo Núñez'],
  fr: ['Camille Laurent', 'Hugo Lefèvre', 'Claire Moreau', 'Julien Girard', 'Inès Faure', 'Antoine Roux'],
  pt: ['Beatriz Almeida', 'Rafael Costa', 'Joana Pereira', 'Tiago Ribeiro', 'Mariana Souza', 'Bruno Carvalho'],
  ja: ['佐藤 美咲', '鈴木 健太', '高橋 由衣', '田中 翔', '伊藤 彩', '渡辺 大輔'],
  zh: ['王芳', '李强', '张伟', '刘洋', '陈静', '赵磊'],
};
const person = (rng: Rng, lang: Lang): string => rng.pick(PEOPLE[lang]);
const people = (rng: Rng, lang: Lang, n: number): string[] => rng.sample(PEOPLE[lang], n);
const money = (n: number, cur = '$'): string => (cur === '€' ? `${n.toLocaleString('de-DE')} €` : `${cur}${n.toLocaleString('en-US')}`);
const isoDay = (rng: Rng, month = rng.int(1, 12)): string => `2026-${pad(month)}-${pad(rng.int(1, 28))}`;
const hhmm = (h: number, m: number): string => `${pad(h)}:${pad(m)}`;

// =====================================================================
// simple_reflex
// =====================================================================

const claimDocType: Family = {
  id: 'wb-sr-claim-doc-type',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each attachment is labelled from its own OCR text with a fixed enum; nothing carries over between uploads.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'ja', 'en'], i);
    const claim = `CLM-${rng.int(2400000, 2499999)}`;
    const file = rng.pick(['IMG_4471.pdf', 'scan0003.pdf', 'upload_2.pdf', 'Dokument.pdf', 'attachment.tiff']);
    const amount = rng.int(380, 9400);
    const snippets: Record<string, string[]> = {
      en: [
        `METRO AUTO BODY & PAINT\nESTIMATE OF RECORD  RO# ${rng.int(10000, 99999)}\nVehicle: 2019 Honda CR-V  VIN 5J6RW2H5...\nR Frt Door Shell  Replace  ${rng.int(2, 6)}.4 hrs\nRefinish  ...  Parts subtotal $${amount}.00  Labor ...`,
        `COUNTY SHERIFF'S OFFICE — INCIDENT REPORT\nCase No. ${rng.int(24, 26)}-${rng.int(10000, 99999)}\nReporting officer: Dep. ${rng.pick(['Alvarez', 'Hughes', 'Moran'])}\nNature of incident: Burglary - residential\nReported by: the homeowner, who stated the rear door was forced...`,
        `Hi, following up on my call on Tuesday. I sent the photos already but the portal said it failed. Can someone confirm you got them? Also my adjuster's voicemail is full. Thanks`,
        `RIVERSIDE URGENT CARE\nStatement date ${isoDay(rng)}\nCPT 99204  New patient visit  $${rng.int(180, 420)}.00\nCPT 73610  X-ray ankle 3 views  $${rng.int(90, 260)}.00\nPatient responsibility: ...`,
      ],
      de: [
        `Kfz-Meisterbetrieb Schneider GmbH\nKostenvoranschlag Nr. ${rng.int(1000, 9999)}\nFahrzeug: VW Golf VII, amtl. Kennzeichen ...\nStoßfänger hinten erneuern, lackieren\nSumme netto ${amount},00 EUR zzgl. MwSt.`,
        `Polizeipräsidium — Anzeige wegen Diebstahl\nVorgangsnummer ${rng.int(100000, 999999)}/26\nTatzeit: zwischen 22:00 und 06:30 Uhr\nGeschädigte Person gibt an, das Fahrrad sei am Abstellplatz angeschlossen gewesen...`,
        `Kaufbeleg / Rechnung\nElektro Markt Köln\nArt.-Nr. 448213  Notebook 15,6"  1 x ${amount},00 EUR\nZahlungsart: EC-Karte  Datum ${pad(rng.int(1, 28))}.${pad(rng.int(1, 12))}.2025`,
      ],
      ja: [
        `御見積書\n株式会社 東和自動車整備\n車両: トヨタ プリウス\nフロントバンパー交換 一式 ¥${(amount * 140).toLocaleString('en-US')}\n塗装工賃 ...`,
        `診療明細書\nさくら整形外科クリニック\n初診料 2,910円 画像診断 ...\n患者負担額 合計 ${rng.int(3, 19)},${rng.int(100, 999)}円`,
        `お世話になっております。先日お電話した件ですが、写真はもう送りました。届いているか確認していただけますか。よろしくお願いします。`,
      ],
    };
    const pool = snippets[lang === 'de' || lang === 'ja' ? lang : 'en']!;
    const snippet = rng.pick(pool);
    const types = ['police_report', 'repair_estimate', 'medical_invoice', 'proof_of_ownership', 'correspondence', 'other'];
    const messages: ChatMessage[] = [
      sys(`You are the attachment classifier for ClaimDesk, a property & casualty claims portal. Every file a policyholder or vendor uploads is OCR'd and you receive the first ~600 characters.\n\nReturn exactly one document type:\n- police_report: police, sheriff or fire department incident/crime reports\n- repair_estimate: body shop, contractor or repair quotes and estimates\n- medical_invoice: itemised medical bills, statements of charges\n- proof_of_ownership: purchase receipts, invoices, registration or title documents\n- correspondence: letters, emails, notes from the customer or a vendor\n- other: anything else or unreadable text\n\nThe text may be in any language. Do not summarise the document. Do not ask questions.`),
      user(`Claim ${claim} — file ${file}\n-----\n${snippet}\n-----`),
    ];
    return {
      lang, messages,
      response_format: jsonSchema('attachment_type', { doc_type: oneOf(...types), confidence: num }),
      max_tokens: rng.chance(0.6) ? 40 : undefined,
      temperature: 0,
    };
  },
};

const knockoutScreen: Family = {
  id: 'wb-sr-knockout-screen',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Pass/fail on one applicant from fixed knockout rules and their answers, with no history or search.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'pt', 'en'], i);
    const role = rng.pick([
      { en: 'Class A CDL Driver (regional)', es: 'Conductor de camión con licencia C+E', pt: 'Motorista categoria E' },
      { en: 'Registered Nurse, night float', es: 'Enfermera/o titulada/o, turno de noche', pt: 'Enfermeiro(a) plantão noturno' },
      { en: 'Forklift Operator', es: 'Operario de carretilla elevadora', pt: 'Operador de empilhadeira' },
    ]);
    const years = rng.int(0, 6);
    const minYears = rng.int(1, 3);
    const authorized = rng.chance(0.75);
    const license = rng.chance(0.7);
    const nightOk = rng.chance(0.8);
    const roleName = t(lang, role);
    const body = t(lang, {
      en: `Role: ${roleName}\nKnockout rules (any NO = FAIL):\n1. Legally authorized to work in the country without sponsorship\n2. Holds the required license/certification, current\n3. At least ${minYears} year(s) relevant experience\n4. Available for the posted shift pattern\n\nApplicant answers:\n1. ${authorized ? 'Yes' : 'No - will need sponsorship'}\n2. ${license ? 'Yes, expires 2027' : 'In progress, exam booked'}\n3. ${years} years\n4. ${nightOk ? 'Yes' : 'Only weekdays'}\n\nReply with PASS or FAIL and the number of the first failed rule, nothing else.`,
      es: `Puesto: ${roleName}\nReglas eliminatorias (cualquier NO = NO APTO):\n1. Permiso de trabajo en vigor sin necesidad de patrocinio\n2. Licencia o titulación exigida, vigente\n3. Mínimo ${minYears} año(s) de experiencia relevante\n4. Disponibilidad para el turno publicado\n\nRespuestas del candidato:\n1. ${authorized ? 'Sí' : 'No, necesitaría patrocinio'}\n2. ${license ? 'Sí, caduca en 2027' : 'En trámite, examen reservado'}\n3. ${years} años\n4. ${nightOk ? 'Sí' : 'Solo entre semana'}\n\nResponde solo APTO o NO APTO y el número de la primera regla incumplida.`,
      pt: `Vaga: ${roleName}\nCritérios eliminatórios (qualquer NÃO = REPROVADO):\n1. Autorização legal para trabalhar no país sem patrocínio\n2. Possui a habilitação/certificação exigida, válida\n3. Pelo menos ${minYears} ano(s) de experiência na função\n4. Disponível para a escala anunciada\n\nRespostas do candidato:\n1. ${authorized ? 'Sim' : 'Não, precisaria de patrocínio'}\n2. ${license ? 'Sim, vence em 2027' : 'Em andamento, prova marcada'}\n3. ${years} anos\n4. ${nightOk ? 'Sim' : 'Só dias úteis'}\n\nResponda apenas APROVADO ou REPROVADO e o número do primeiro critério não atendido.`,
    });
    const messages: ChatMessage[] = [];
    if (i % 2 === 0) messages.push(sys('You screen job applications against knockout questions for HireLoop ATS. Apply the rules literally. Do not infer answers the applicant did not give.'));
    messages.push(user(body));
    if (i === 4) {
      return {
        lang, messages,
        tools: [tool('record_knockout_result', 'Store the knockout screening outcome on the application.', {
          application_id: str, outcome: oneOf('pass', 'fail'), failed_rule: { type: ['integer', 'null'] },
        })],
        tool_choice: { type: 'function', function: { name: 'record_knockout_result' } },
      };
    }
    return { lang, messages, max_tokens: rng.pick([8, 10, 16]) };
  },
};

const wireDesk: Family = {
  id: 'wb-sr-wire-desk',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Routes a single agency wire item to one desk from its text alone; a per-item lookup with an enum output.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'zh', 'fr', 'en'], i);
    const paper = rng.pick(['The Harbour Gazette', 'Midland Courier', 'Le Quotidien du Sud', 'Northern Ledger']);
    const slug = `${rng.pick(['AP', 'RTRS', 'AFP', 'DPA', 'XINHUA'])}-${rng.int(100000, 999999)}`;
    const items: Record<string, string[]> = {
      en: [
        `BRUSSELS (Reuters) - European Union finance ministers on ${rng.pick(['Tuesday', 'Friday'])} failed to agree on a revised fiscal rulebook after ${rng.int(9, 14)} hours of talks, with two northern members holding out over debt-reduction targets...`,
        `Shares of regional lender ${rng.pick(['Pinecrest Bancorp', 'Harlow Financial'])} fell ${rng.int(8, 31)}% in early trading after the bank disclosed a larger-than-expected provision for commercial real estate loans...`,
        `A ${rng.int(3, 5)}-${rng.int(0, 2)} win over the visitors lifted the home side to third in the table with ${rng.int(4, 9)} games left; the striker's late brace...`,
        `EMBARGOED UNTIL 1600 GMT ${isoDay(rng)} -- Researchers report in Nature that a long-acting injectable cut malaria infections by ${rng.int(60, 88)} percent in a trial of ...`,
      ],
      fr: [
        `PARIS (AFP) - Le musée a annoncé ${rng.pick(['mardi', 'jeudi'])} la réouverture de son aile consacrée aux arts décoratifs après ${rng.int(2, 5)} ans de travaux, avec une exposition inaugurale sur...`,
        `Le conseil municipal a voté par ${rng.int(21, 34)} voix contre ${rng.int(5, 12)} la hausse des tarifs de stationnement en centre-ville, une mesure contestée par les commerçants...`,
        `SOUS EMBARGO JUSQU'À 14H00 — Une étude publiée dans The Lancet montre que le dépistage précoce réduit de ${rng.int(15, 40)} % la mortalité...`,
      ],
      zh: [
        `新华社北京电 国家统计局今天发布数据，${rng.int(1, 12)}月份全国居民消费价格同比上涨${rng.int(1, 9) / 10 + 0.1}%，其中食品价格...`,
        `本报讯 市体育局宣布，第${rng.int(10, 30)}届城市马拉松将于下月举行，报名人数突破${rng.int(2, 6)}万人……`,
        `据外媒报道，两国外长${rng.pick(['周二', '周四'])}在日内瓦举行会谈，就边境问题交换意见……`,
      ],
    };
    const item = rng.pick(items[lang === 'fr' || lang === 'zh' ? lang : 'en']!);
    const desks = ['politics', 'world', 'business', 'sport', 'culture', 'science_health', 'local'];
    const withSys = i !== 2;
    const messages: ChatMessage[] = [];
    if (withSys) {
      messages.push(sys(`Wire intake for the ${paper} CMS. For each incoming agency item decide which desk queue it lands in and whether it carries an embargo line. Desks: ${desks.join(', ')}. "local" only for items datelined inside our circulation area (${rng.pick(['Harbour County', 'the Midlands', 'Occitanie'])}). If an item fits two desks, choose the one the first paragraph is about. Output JSON only.`));
      messages.push(user(`[${slug}]\n${item}`));
    } else {
      messages.push(user(`Which desk: ${desks.join(' / ')}? Also say if it's embargoed. JSON only.\n\n[${slug}] ${item}`));
    }
    return {
      lang, messages,
      response_format: jsonSchema('desk_route', { desk: oneOf(...desks), embargoed: bool }),
      max_tokens: 30,
    };
  },
};

const consentGate: Family = {
  id: 'wb-sr-consent-gate',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'A send/suppress decision for one contact and one channel from fixed consent rules, with no history or trade-off.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'en'], i);
    const country = rng.pick(['DE', 'FR', 'US', 'CA', 'AT', 'GB']);
    const channel = rng.pick(['email', 'sms', 'push']);
    const contact = {
      contact_id: `c_${rng.int(1e6, 9e6)}`,
      country,
      email_opt_in: rng.chance(0.7),
      email_double_opt_in_confirmed: rng.chance(0.5),
      sms_opt_in: rng.chance(0.4),
      push_token_active: rng.chance(0.6),
      last_unsubscribe_at: rng.chance(0.3) ? `2026-${pad(rng.int(1, 11))}-${pad(rng.int(1, 28))}` : null,
      hard_bounce: rng.chance(0.15),
      age_verified_18_plus: rng.chance(0.85),
    };
    const campaign = rng.pick(['black_week_teaser', 'abandoned_cart_reminder', 'loyalty_points_expiry', 'new_wine_club_drop']);
    const rules = t(lang, {
      en: `Send rules (apply in order, first match wins):\nR1 hard_bounce true -> suppress (channel email only)\nR2 unsubscribed within the last 90 days -> suppress\nR3 channel email: requires email_opt_in; for DE and AT also email_double_opt_in_confirmed\nR4 channel sms: requires sms_opt_in\nR5 channel push: requires push_token_active\nR6 campaigns tagged alcohol (new_wine_club_drop) require age_verified_18_plus\nOtherwise -> send.\nToday is 2026-12-01.`,
      de: `Versandregeln (in Reihenfolge prüfen, erste zutreffende Regel gilt):\nR1 hard_bounce true -> unterdrücken (nur Kanal E-Mail)\nR2 Abmeldung in den letzten 90 Tagen -> unterdrücken\nR3 Kanal email: email_opt_in erforderlich; für DE und AT zusätzlich email_double_opt_in_confirmed\nR4 Kanal sms: sms_opt_in erforderlich\nR5 Kanal push: push_token_active erforderlich\nR6 Alkohol-Kampagnen (new_wine_club_drop) nur mit age_verified_18_plus\nSonst -> senden.\nHeute ist der 01.12.2026.`,
    });
    const ask = t(lang, {
      en: `Campaign: ${campaign}\nChannel: ${channel}\nContact:\n${JSON.stringify(contact, null, 2)}`,
      de: `Kampagne: ${campaign}\nKanal: ${channel}\nKontakt:\n${JSON.stringify(contact, null, 2)}`,
    });
    return {
      lang,
      messages: [sys(`Pre-send compliance gate for the CRM journey builder.\n\n${rules}\n\nReturn the decision and the rule id that decided it (R0 if none matched).`), user(ask)],
      response_format: jsonSchema('send_gate', { decision: oneOf('send', 'suppress'), rule: oneOf('R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6') }),
      temperature: 0,
      max_tokens: i === 3 ? 24 : undefined,
    };
  },
};

const catalogCategory: Family = {
  id: 'wb-sr-catalog-category',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Assigns one category and an age-restriction flag to a single new listing, forced through one tool call.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'es', 'ja', 'en'], i);
    const products: Record<string, string[]> = {
      en: [
        `Title: Cordless Hedge Trimmer 20V, 22" dual-action blade, battery + charger included\nBullets: 3/4" cut capacity; 5.8 lbs; lock-off switch`,
        `Title: Kids' Waterproof Rain Boots, Dinosaur Print, Sizes 5T-3Y\nBullets: Easy pull-on handles; natural rubber; non-slip sole`,
        `Title: Small-Batch Bourbon Gift Set w/ 2 Glencairn Glasses, 750ml\nBullets: 92 proof; aged 6 years; gift box`,
        `Title: Vitamin D3 5000 IU Softgels, 360 count\nBullets: Third-party tested; gluten free`,
        `Title: Replacement HEPA Filter compatible with LV-PUR131 purifier (2-pack)`,
      ],
      ja: [
        `商品名: 電子タバコ 本体スターターキット 1500mAh\n説明: ニコチン0mg 専用リキッド2本付き`,
        `商品名: ステンレス製 真空断熱タンブラー 600ml 蓋付き\n説明: 保温保冷 食洗機対応`,
        `商品名: 知育パズル 木製 3歳から 動物シリーズ 24ピース`,
      ],
      es: [
        `Título: Vino tinto Ribera del Duero Crianza 2020, caja de 6 botellas\nDetalles: 14% vol.`,
        `Título: Funda para portátil 14 pulgadas, neopreno, color gris`,
        `Título: Set de acuarelas profesionales 36 colores con pinceles`,
      ],
    };
    const text = rng.pick(products[lang === 'ja' || lang === 'es' ? lang : 'en']!);
    const cats = ['home_garden', 'tools_hardware', 'kids_baby', 'apparel_shoes', 'grocery_beverage', 'alcohol', 'health_personal_care', 'electronics_accessories', 'arts_crafts', 'tobacco_vape', 'kitchen_dining'];
    const sku = `SKU-${rng.int(100000, 999999)}`;
    const messages: ChatMessage[] = [
      sys(`You are the auto-categoriser in a marketplace seller onboarding flow. For the new listing, call assign_category once with the single best leaf category and whether the item needs an age gate at checkout (alcohol, tobacco/vape, knives over 3", adult content). Titles may be in any language. Never reply with text.`),
      user(`${sku}\n${text}`),
    ];
    return {
      lang, messages,
      tools: [tool('assign_category', 'Set the listing category and age gate flag.', {
        sku: str, category: oneOf(...cats), age_restricted: bool,
      })],
      tool_choice: i % 2 === 0 ? { type: 'function', function: { name: 'assign_category' } } : 'required',
    };
  },
};

const expenseLine: Family = {
  id: 'wb-sr-expense-line',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Checks one expense line against a short written policy and returns approve, reject or needs_receipt.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'fr', 'en', 'zh'], i);
    const cat = rng.pick(['meals', 'taxi', 'hotel', 'software', 'gift']);
    const amt = rng.int(8, 420);
    const receipt = rng.chance(0.6);
    const attendees = rng.int(1, 5);
    const body = t(lang, {
      en: `Policy: meals max $75 per attendee; taxi/rideshare ok; hotel max $260/night; software needs IT ticket number; client gifts max $50 and never cash cards. Any line over $25 needs a receipt.\n\nLine: ${cat}, $${amt}, attendees ${attendees}, receipt attached: ${receipt ? 'yes' : 'no'}${cat === 'software' ? `, IT ticket: ${rng.chance(0.5) ? `INC${rng.int(10000, 99999)}` : '-'}` : ''}\n\nAnswer with one word: approve, reject or needs_receipt.`,
      fr: `Politique : repas max 75 € par participant ; taxi/VTC accepté ; hôtel max 220 €/nuit ; logiciel avec numéro de ticket IT ; cadeaux clients max 50 €, jamais de cartes cadeaux. Toute ligne au-delà de 25 € exige un justificatif.\n\nLigne : ${cat}, ${amt} €, participants ${attendees}, justificatif joint : ${receipt ? 'oui' : 'non'}\n\nRéponds par un seul mot : approve, reject ou needs_receipt.`,
      zh: `报销政策：餐费每人不超过500元；出租车/网约车可报销；酒店每晚不超过800元；软件需附IT工单号；客户礼品不超过300元，不得为购物卡。单笔超过100元须附发票。\n\n报销行：${cat}，${amt * 6}元，人数${attendees}，附发票：${receipt ? '是' : '否'}\n\n只回答一个词：approve、reject 或 needs_receipt。`,
    });
    const messages: ChatMessage[] = [];
    if (i === 1 || i === 3) messages.push(sys('Expense pre-check bot for the Concur export. One line at a time. One word answers.'));
    messages.push(user(body));
    return { lang, messages, max_tokens: rng.pick([3, 5, 8]), temperature: 0 };
  },
};

// =====================================================================
// model_based_reflex
// =====================================================================

const claimFile: Family = {
  id: 'wb-mb-claim-file',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The agent pieces together where a claim stands from scattered event logs and a late update, then reports the current picture and what is missing.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en', 'pt'], i);
    const claim = `HO-${rng.int(300000, 399999)}`;
    const adj = person(rng, 'en');
    const rcv = rng.int(14000, 62000);
    const tools: FunctionTool[] = [
      tool('get_claim_events', 'Event log for a claim, newest last. Paged.', { claim_id: str, page: int }, ['claim_id']),
      tool('get_document', 'Fetch document metadata and extracted fields.', { doc_id: str }),
      tool('get_payments', 'Issued and pending payments on the claim.', { claim_id: str }),
    ];
    const ask = t(lang, {
      en: `Can you tell me where ${claim} actually is? Customer called twice this week asking why nothing has been paid. I need what's done, what's outstanding, and who's holding it.`,
      de: `Kannst du mir sagen, wo ${claim} gerade steht? Die Kundin hat diese Woche zweimal angerufen, warum noch nichts gezahlt wurde. Ich brauche: was erledigt ist, was offen ist und bei wem es liegt.`,
      pt: `Você consegue me dizer em que pé está o ${claim}? O segurado ligou duas vezes esta semana perguntando por que nada foi pago. Preciso saber o que já foi feito, o que falta e com quem está parado.`,
    });
    const messages: ChatMessage[] = [
      sys(`You are ClaimPilot, an assistant for desk adjusters in homeowners claims. You can read the claim system through tools; you cannot change anything. Events arrive out of order from different systems (FNOL, field inspection app, estimating, payments, mail room) and some are duplicated. Reconcile them before answering. When something is unknown say so and name the system that would have it. Adjuster on file: ${adj}.`),
      user(ask),
    ];
    const ev1 = [
      { ts: `2026-10-${pad(rng.int(1, 5))}T09:12Z`, src: 'fnol', type: 'claim_opened', detail: 'Water damage - kitchen, supply line failure' },
      { ts: `2026-10-${pad(rng.int(6, 9))}T14:40Z`, src: 'field_app', type: 'inspection_completed', detail: `Moisture readings taken, 3 rooms affected` },
      { ts: `2026-10-${pad(rng.int(10, 14))}T11:02Z`, src: 'estimating', type: 'estimate_uploaded', detail: `RCV ${rcv}, depreciation ${Math.round(rcv * 0.18)}`, doc_id: `DOC-${rng.int(1000, 9999)}` },
    ];
    exchange(rng, messages, 'get_claim_events', { claim_id: claim, page: 1 }, { events: ev1, next_page: 2 });
    const ev2 = [
      { ts: `2026-10-${pad(rng.int(15, 18))}T08:30Z`, src: 'mailroom', type: 'document_received', detail: 'Signed proof of loss', doc_id: `DOC-${rng.int(1000, 9999)}` },
      { ts: `2026-10-${pad(rng.int(15, 18))}T08:31Z`, src: 'mailroom', type: 'document_received', detail: 'Signed proof of loss (duplicate scan)' },
      { ts: `2026-10-${pad(rng.int(20, 27))}T16:05Z`, src: 'estimating', type: 'supplement_requested', detail: `Contractor found subfloor rot, supplement est. ${rng.int(2000, 7000)}` },
      { ts: `2026-11-${pad(rng.int(1, 9))}T10:00Z`, src: 'payments', type: 'payment_hold', detail: rng.pick(['Mortgagee not verified on check', 'W-9 missing for contractor', 'Prior loss on same peril under review']) },
    ];
    exchange(rng, messages, 'get_claim_events', { claim_id: claim, page: 2 }, { events: ev2, next_page: null });
    exchange(rng, messages, 'get_payments', { claim_id: claim }, { issued: [], pending: [{ payee: 'Insured + mortgagee', amount: rcv - Math.round(rcv * 0.18) - 1000, status: 'on_hold', hold_reason_code: 'MTG_VERIFY' }], deductible: 1000 });
    if (i % 2 === 1) {
      messages.push(say(`So far: inspection and estimate are done, signed proof of loss is in (one duplicate scan), a supplement for subfloor damage was requested and there is a payment hold. I still need to check whether the supplement was ever approved.`));
      messages.push(user(t(lang, { en: `Also, payments just pinged me: "MTG_VERIFY cleared ${isoDay(rng, 11)}, reissue queued". Does that change anything?`, de: `Außerdem hat die Zahlungsabteilung gerade gemeldet: "MTG_VERIFY erledigt, Neuausstellung in Warteschlange". Ändert das etwas?`, pt: `Além disso, o financeiro acabou de avisar: "MTG_VERIFY liberado, reemissão na fila". Isso muda alguma coisa?` })));
    } else {
      messages.push(user(t(lang, { en: 'Ok so what is the current status, and what would unblock payment?', de: 'Okay, wie ist also der aktuelle Stand und was würde die Zahlung freigeben?', pt: 'Ok, então qual é a situação atual e o que destravaria o pagamento?' })));
    }
    return { lang, messages, tools };
  },
};

const resultsNight: Family = {
  id: 'wb-mb-results-night',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'A running tally is rebuilt from partial, sometimes corrected count feeds over many turns, and the question is what can be said right now.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'fr', 'en'], i);
    const cands = rng.pick([['Reyes', 'Holloway'], ['Lindqvist', 'Barros'], ['Okonkwo', 'Pratt']]);
    const [a, b] = [cands[0]!, cands[1]!];
    const districts = rng.int(4, 6);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You are the results desk assistant for the live blog. Feed chunks from the county clerk arrive as the night goes on. Keep a running tally per district: votes per candidate, % reporting, and any correction notices (a correction replaces the earlier figure for that district, it does not add to it). Never call a race unless the leader's margin exceeds the remaining uncounted ballots. Answer briefly after each chunk.`,
        es: `Eres el asistente de la mesa de resultados del directo. Los bloques del registro del condado llegan a lo largo de la noche. Lleva un recuento por distrito: votos por candidato, % escrutado y las correcciones (una corrección sustituye la cifra anterior de ese distrito, no se suma). No des por ganada una contienda salvo que la ventaja supere los votos pendientes. Responde brevemente tras cada bloque.`,
        fr: `Tu es l'assistant du pôle résultats pour le direct. Les lots du greffe arrivent au fil de la soirée. Tiens un décompte par circonscription : voix par candidat, % dépouillé et avis de correction (une correction remplace le chiffre précédent, elle ne s'y ajoute pas). N'annonce jamais un vainqueur tant que l'écart ne dépasse pas les bulletins restants. Réponds brièvement après chaque lot.`,
      })),
    ];
    const tally: Record<number, [number, number, number]> = {};
    const cast: Record<number, number> = {};
    let h = 20, m = rng.int(5, 20);
    const chunks = rng.int(5, 8);
    for (let c = 0; c < chunks; c++) {
      const d = rng.int(1, districts);
      const pct = Math.min(100, (tally[d]?.[2] ?? 0) + rng.int(15, 45));
      const total = (cast[d] ??= rng.int(9000, 22000));
      const va = Math.round(total * pct / 100 * (0.42 + rng.next() * 0.16));
      const vb = Math.round(total * pct / 100) - va;
      const correction = c > 2 && rng.chance(0.25) && tally[d];
      tally[d] = [va, vb, pct];
      m += rng.int(6, 25); if (m >= 60) { h++; m -= 60; }
      const line = correction
        ? `[${hhmm(h, m)}] CORRECTION District ${d}: previous report contained a transposition. Corrected: ${a} ${va.toLocaleString('en-US')} / ${b} ${vb.toLocaleString('en-US')}, ${pct}% reporting.`
        : `[${hhmm(h, m)}] District ${d} — ${pct}% precincts reporting (est. ballots cast ${total.toLocaleString('en-US')}): ${a} ${va.toLocaleString('en-US')}, ${b} ${vb.toLocaleString('en-US')}`;
      messages.push(user(line));
      if (c < chunks - 1) {
        const ta = Object.values(tally).reduce((s, x) => s + x[0], 0);
        const tb = Object.values(tally).reduce((s, x) => s + x[1], 0);
        messages.push(say(t(lang, {
          en: `Noted. Running total: ${a} ${ta.toLocaleString('en-US')}, ${b} ${tb.toLocaleString('en-US')}. Districts with data: ${Object.keys(tally).sort().join(', ')} of ${districts}. Too early to call.`,
          es: `Anotado. Total acumulado: ${a} ${ta.toLocaleString('es-ES')}, ${b} ${tb.toLocaleString('es-ES')}. Distritos con datos: ${Object.keys(tally).sort().join(', ')} de ${districts}. Aún no se puede proyectar.`,
          fr: `Noté. Cumul : ${a} ${ta.toLocaleString('fr-FR')}, ${b} ${tb.toLocaleString('fr-FR')}. Circonscriptions avec données : ${Object.keys(tally).sort().join(', ')} sur ${districts}. Trop tôt pour trancher.`,
        })));
      }
    }
    messages.push(user(t(lang, {
      en: rng.pick([`Editor here. Where are we right now overall, and which districts are still dark? Can we say anything in the ${pad(h + 1)}:00 update?`, `Quick one before I publish the next post: current totals and what's still outstanding?`]),
      es: `Aquí la editora. ¿Cómo vamos ahora mismo en total y qué distritos siguen sin datos? ¿Podemos decir algo en la actualización de las ${h + 1}:00?`,
      fr: `C'est la rédactrice en chef. Où en est-on à cet instant, et quelles circonscriptions n'ont encore rien remonté ? Peut-on annoncer quelque chose pour le point de ${h + 1} h ?`,
    })));
    return { lang, messages, max_tokens: rng.chance(0.5) ? 400 : undefined };
  },
};

const atsStalls: Family = {
  id: 'wb-mb-ats-stalls',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Where each candidate sits has to be inferred from paged webhook events with gaps, and the ask is who is stuck right now.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'ja', 'en'], i);
    const req = `REQ-${rng.int(1000, 4999)}`;
    const cands = people(rng, 'en', 5);
    const tools = [
      tool('list_pipeline_events', 'Webhook events for a requisition since a cursor. Events can be delayed up to 24h.', { requisition_id: str, cursor: str }, ['requisition_id']),
      tool('get_interview_kit', 'Scorecard submission status for an interview.', { interview_id: str }),
      tool('post_slack', 'Post a message in the hiring channel.', { channel: str, text: str }),
    ];
    const messages: ChatMessage[] = [
      sys(`You are the recruiting-ops assistant for the ${rng.pick(['Platform', 'Data', 'Payments'])} team. The ATS only sends events; it has no "current stage" field you can trust. Work out each candidate's position from the events. Stages: applied -> recruiter_screen -> hm_interview -> onsite -> debrief -> offer. A candidate is "stuck" if nothing moved for 5+ business days, or an interview happened but its scorecard is missing after 48h. Today is ${isoDay(rng, 12)}.`),
      user(t(lang, {
        en: `Before standup: who is stuck on ${req} right now and why? Don't post anything yet.`,
        ja: `朝会の前に確認したいです。${req} で今止まっている候補者は誰で、理由は何ですか？まだSlackには投稿しないでください。`,
      })),
    ];
    const stages = ['recruiter_screen', 'hm_interview', 'onsite', 'debrief', 'offer'];
    const panel = ['Hannah Cole', 'Ravi Menon', 'Jo Park', 'Lena Fischer', 'Amir Haddad', 'Beth Nolan'];
    const all: { at: string; day: number; candidate: string; event: string; [k: string]: unknown }[] = [];
    let missing: { id: string; candidate: string; day: number } | null = null;
    for (const c of cands) {
      let day = rng.int(2, 8);
      const reach = rng.int(0, 3);
      all.push({ at: '', day, candidate: c, event: 'application_received' });
      for (let st = 0; st <= reach; st++) {
        day += rng.int(1, 6);
        all.push({ at: '', day, candidate: c, event: 'stage_changed', to_stage: stages[st] });
        if (st >= 1 && st <= 2) {
          const iid = `int_${rng.int(1000, 9999)}`;
          const d2 = day + rng.int(1, 4);
          all.push({ at: '', day: day + 1, candidate: c, event: 'interview_scheduled', interview_id: iid, interview_date: `2026-11-${pad(Math.min(28, d2))}` });
          if (st < reach || rng.chance(0.6)) {
            all.push({ at: '', day: d2, candidate: c, event: 'interview_completed', interview_id: iid });
            if (rng.chance(0.6) || missing) all.push({ at: '', day: d2 + 1, candidate: c, event: 'scorecard_submitted', interview_id: iid, by: rng.pick(panel) });
            else missing = { id: iid, candidate: c, day: d2 };
          }
          day = d2;
        }
      }
      if (rng.chance(0.4)) all.push({ at: '', day: day + rng.int(0, 3), candidate: c, event: 'email_sent', template: rng.pick(['scheduling_link', 'status_update', 'nudge']) });
    }
    for (const e of all) e.at = `2026-11-${pad(Math.min(28, e.day))}T${pad(rng.int(8, 18))}:${pad(rng.int(0, 59))}Z`;
    const evs = all.sort((x, y) => x.at.localeCompare(y.at)).map(({ day, ...rest }) => rest);
    const cut = Math.ceil(evs.length * 0.6);
    exchange(rng, messages, 'list_pipeline_events', { requisition_id: req }, { events: evs.slice(0, cut), next_cursor: 'c2' });
    exchange(rng, messages, 'list_pipeline_events', { requisition_id: req, cursor: 'c2' }, { events: evs.slice(cut), next_cursor: null, note: 'events may arrive up to 24h late' });
    const kit = missing ?? { id: `int_${rng.int(1000, 9999)}`, candidate: cands[0]!, day: 20 };
    exchange(rng, messages, 'get_interview_kit', { interview_id: kit.id }, { interview_id: kit.id, candidate: kit.candidate, interviewers: [{ name: rng.pick(panel), submitted: false }, { name: rng.pick(panel), submitted: true }], completed_at: `2026-11-${pad(Math.min(28, kit.day))}T15:00Z` });
    if (i === 3) {
      messages.push(say(`${kit.candidate} has a completed interview with a scorecard still missing; I'm still reconciling the others.`));
      messages.push(user(`${cands[2]} emailed me yesterday to withdraw - that won't be in the ATS yet. Factor it in and give me the list.`));
    }
    return { lang, messages, tools };
  },
};

const shelfCount: Family = {
  id: 'wb-mb-shelf-count',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'On-shelf quantities are estimated by combining an old partial scan, sales and a delivery since then, to decide which gaps need filling now.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'zh', 'en'], i);
    const store = `#${rng.int(100, 899)}`;
    const skus = rng.sample(['Oat Milk 1L', 'Greek Yogurt 500g', 'Sourdough Loaf', 'Free-range Eggs 12', 'Cold Brew 4pk', 'Hummus 200g', 'Baby Spinach 150g'], 4);
    const tools = [
      tool('get_shelf_scan', 'Latest handheld gap-scan results for an aisle (may be hours old, may skip bays).', { store: str, aisle: str }),
      tool('get_pos_sales', 'Units sold per SKU since a timestamp.', { store: str, since: str }),
      tool('get_receiving', 'Deliveries received into backroom today.', { store: str }),
      tool('create_fill_task', 'Create a backroom-to-shelf fill task for a clerk.', { store: str, sku: str, units: int }),
    ];
    const scanH = rng.int(6, 9);
    const messages: ChatMessage[] = [
      sys(`Store ops copilot for chilled & bakery. Shelf counts are never known exactly: the gap scan runs a few times a day and misses bays when a pallet blocks the aisle; POS sales are live; deliveries land in the backroom and only reach the shelf when someone fills. Keep a per-SKU estimate of what is on the shelf now and create fill tasks only where the estimate is below the facing minimum. Facing minimums: 6 units for all chilled SKUs, 4 for bakery.`),
      user(t(lang, {
        en: `Store ${store}, aisle 7. It's ${hhmm(scanH + rng.int(3, 6), rng.int(0, 59))}. What's on the shelf right now for chilled/bakery and what needs filling?`,
        de: `Filiale ${store}, Gang 7. Es ist ${hhmm(scanH + rng.int(3, 6), rng.int(0, 59))} Uhr. Was liegt gerade im Regal bei Kühlung/Backwaren und was muss aufgefüllt werden?`,
        zh: `门店${store}，7号通道。现在是${hhmm(scanH + rng.int(3, 6), rng.int(0, 59))}。冷藏和烘焙货架上现在大概还有多少，哪些需要补货？`,
      })),
    ];
    const scan = skus.map((s, k) => (k === 2 && rng.chance(0.6) ? { sku: s, bay: `7-${k + 1}`, count: null, note: 'bay blocked by pallet' } : { sku: s, bay: `7-${k + 1}`, count: rng.int(3, 18) }));
    exchange(rng, messages, 'get_shelf_scan', { store, aisle: '7' }, { scanned_at: `${hhmm(scanH, rng.int(0, 59))}`, results: scan });
    exchange(rng, messages, 'get_pos_sales', { store, since: hhmm(scanH, 0) }, { sales: skus.map((s) => ({ sku: s, units: rng.int(0, 14) })) });
    exchange(rng, messages, 'get_receiving', { store }, { deliveries: [{ at: hhmm(scanH + 1, rng.int(0, 59)), lines: skus.slice(0, 2).map((s) => ({ sku: s, units: rng.int(12, 48), location: 'backroom_cooler' })) }] });
    if (i >= 3) {
      messages.push(say('Estimated shelf levels computed; one bay was not scanned so that SKU is uncertain.'));
      messages.push(user(t(lang, { en: `Clerk just messaged: "filled ${skus[0]} with 12 at 1pm". Update and tell me what's left to do.`, zh: `店员刚发消息：“下午1点已给${skus[0]}补了12个”。请更新一下，还剩哪些要做？` })));
    }
    return { lang, messages, tools };
  },
};

const proctorSession: Family = {
  id: 'wb-mb-proctor-session',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  rationale: 'The session flag depends on the accumulated sequence of proctoring events, not the latest one alone, though the output is a small label.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'es'], i);
    const exam = rng.pick(['ACCT 201 Midterm', 'Bar Prep Mock MBE', 'CPA FAR practice block', 'Intro Statistics Final']);
    const student = `stu_${rng.int(10000, 99999)}`;
    const kinds = ['face_not_visible', 'second_face', 'tab_blur', 'audio_speech', 'network_reconnect', 'face_visible', 'tab_focus', 'id_check_passed', 'window_resize'];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `Remote proctoring monitor for ${exam}. Events stream in per session. Keep track of the session as a whole: how long the face has been out of view in total, whether a second person appeared, how many times focus left the exam tab and for how long. Thresholds: escalate if a second face appears twice, or face absent > 90s cumulative, or tab away > 3 times. "watch" if any single threshold is over half way. After each batch, reply with one word: ok, watch or escalate.`,
        fr: `Surveillance à distance de l'épreuve ${exam}. Les événements arrivent par session. Suis la session dans son ensemble : durée totale pendant laquelle le visage est hors champ, apparition d'une deuxième personne, nombre et durée des sorties de l'onglet d'examen. Seuils : escalade si un second visage apparaît deux fois, visage absent > 90 s au total ou plus de 3 sorties d'onglet. "watch" si un seuil est dépassé à moitié. Après chaque lot, réponds par un seul mot : ok, watch ou escalate.`,
        es: `Monitor de supervisión remota para ${exam}. Los eventos llegan por sesión. Sigue la sesión en conjunto: tiempo total con la cara fuera de cámara, si aparece una segunda persona, cuántas veces sale de la pestaña del examen y durante cuánto tiempo. Umbrales: escalar si aparece una segunda cara dos veces, cara ausente > 90 s acumulados o más de 3 salidas de pestaña. "watch" si algún umbral pasa de la mitad. Tras cada lote, responde con una palabra: ok, watch o escalate.`,
      })),
    ];
    let sec = 0;
    let faces = 0, absent = 0, tabs = 0;
    const batches = rng.int(4, 7);
    for (let b = 0; b < batches; b++) {
      const lines: string[] = [];
      for (let k = 0; k < rng.int(2, 4); k++) {
        sec += rng.int(20, 240);
        const kind = rng.pick(kinds);
        const d = rng.int(3, 40);
        const dur = kind === 'face_not_visible' || kind === 'tab_blur' ? ` dur=${d}s` : '';
        if (kind === 'second_face') faces++;
        if (kind === 'face_not_visible') absent += d;
        if (kind === 'tab_blur') tabs++;
        lines.push(`t+${Math.floor(sec / 60)}:${pad(sec % 60)} ${student} ${kind}${dur}`);
      }
      messages.push(user(lines.join('\n')));
      const verdict = faces >= 2 || absent > 90 || tabs > 3 ? 'escalate' : faces >= 1 || absent > 45 || tabs >= 2 ? 'watch' : 'ok';
      if (b < batches - 1) messages.push(say(verdict));
    }
    return { lang, messages, max_tokens: 3, temperature: 0 };
  },
};

const householdLedger: Family = {
  id: 'wb-mb-household-ledger',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Envelope balances are tracked across batches where pending charges post at different amounts or reverse, and the user asks what is left now.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'de', 'en'], i);
    const cur = lang === 'de' ? '€' : lang === 'pt' ? 'R$' : '$';
    const envelopes = { groceries: rng.int(4, 9) * 100, dining: rng.int(15, 40) * 10, transport: rng.int(8, 20) * 10, kids: rng.int(10, 30) * 10 };
    const merchants = [['Trader Joe\'s', 'groceries'], ['Chipotle', 'dining'], ['Shell', 'transport'], ['Uber', 'transport'], ['Target', 'kids'], ['Blue Bottle', 'dining'], ['Costco', 'groceries'], ['Thai Orchid', 'dining']] as const;
    const messages: ChatMessage[] = [
      sys(`You are the assistant inside Envelope, a household budgeting app. The bank feed arrives in batches through sync_transactions. Pending card holds often post later at a different amount (restaurant tips, fuel pre-auths of ${cur}100 that settle lower) and some pendings drop off and never post. Match postings to their pending by auth_id and count each purchase once at its latest amount. Monthly envelopes: ${Object.entries(envelopes).map(([k, v]) => `${k} ${cur}${v}`).join(', ')}. Month: November.`),
    ];
    const tools = [
      tool('sync_transactions', 'Pull the next batch of bank feed items for the linked account.', { account_id: str, cursor: str }, ['account_id']),
      tool('recategorize', 'Move a transaction to another envelope.', { txn_id: str, envelope: oneOf('groceries', 'dining', 'transport', 'kids', 'other') }),
    ];
    const opening = t(lang, {
      en: rng.pick(['how much do we have left for dining this month?', 'Are we over on anything yet? Be honest lol', 'what\'s left in groceries and dining after this weekend?']),
      pt: 'quanto ainda sobra pra comer fora este mês? e no mercado?',
      de: 'Wie viel ist diesen Monat noch für Restaurants übrig? Und bei Lebensmitteln?',
    });
    messages.push(user(opening));
    const auths: { auth: string; m: string; env: string; amt: number }[] = [];
    const batches = rng.int(2, 4);
    for (let b = 0; b < batches; b++) {
      const items: Record<string, unknown>[] = [];
      for (let k = 0; k < rng.int(3, 6); k++) {
        const [m, env] = rng.pick(merchants);
        const amt = m === 'Shell' ? 100 : rng.int(9, 160);
        const auth = `A${rng.int(100000, 999999)}`;
        auths.push({ auth, m, env, amt });
        items.push({ txn_id: `t_${rng.int(1e5, 9e5)}`, auth_id: auth, date: `2026-11-${pad(rng.int(1, 29))}`, merchant: m, amount: -amt, status: 'pending', suggested_envelope: env });
      }
      if (b > 0) {
        for (const p of rng.sample(auths.slice(0, -items.length), rng.int(1, 3))) {
          const drop = rng.chance(0.2);
          items.push(drop
            ? { auth_id: p.auth, status: 'pending_expired', merchant: p.m }
            : { txn_id: `t_${rng.int(1e5, 9e5)}`, auth_id: p.auth, merchant: p.m, amount: -(p.m === 'Shell' ? rng.int(38, 74) : Math.round(p.amt * (1 + rng.int(0, 22) / 100))), status: 'posted', suggested_envelope: p.env });
        }
      }
      exchange(rng, messages, 'sync_transactions', b === 0 ? { account_id: 'chk_main' } : { account_id: 'chk_main', cursor: `cur_${b}` }, { items, next_cursor: b < batches - 1 ? `cur_${b + 1}` : null });
    }
    if (i % 2 === 0) {
      messages.push(say(t(lang, { en: 'Synced. A couple of pendings have now posted with tips added and one fuel hold dropped. Working out the envelopes now.', pt: 'Sincronizado. Algumas compras pendentes foram lançadas com gorjeta e uma pré-autorização de combustível caiu.', de: 'Synchronisiert. Einige vorgemerkte Umsätze sind jetzt mit Trinkgeld gebucht, eine Tankvorautorisierung ist entfallen.' })));
      messages.push(user(t(lang, { en: 'also the Target one was mostly groceries, like $40 of it. so?', pt: 'ah, e a compra na Target foi quase tudo mercado, uns R$40. e aí?', de: 'Ach, und bei Target waren ca. 40 € davon Lebensmittel. Und jetzt?' })));
    }
    return { lang, messages, tools };
  },
};

// =====================================================================
// goal_based
// =====================================================================

const emoneyLicensing: Family = {
  id: 'wb-gb-emoney-licensing',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'A fixed launch target with a dependency graph of regulatory requirements; the agent must order the steps that reach authorisation by a date.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr', 'en'], i);
    const country = rng.pick([{ en: 'Germany', de: 'Deutschland', fr: 'Allemagne', reg: 'BaFin' }, { en: 'France', de: 'Frankreich', fr: 'France', reg: 'ACPR' }, { en: 'Ireland', de: 'Irland', fr: 'Irlande', reg: 'Central Bank of Ireland' }]);
    const deadline = `2027-${pad(rng.int(3, 9))}-01`;
    const tools = [
      tool('list_requirements', 'Regulatory requirements catalogue for a licence type in a jurisdiction.', { jurisdiction: str, licence_type: oneOf('emi', 'pi', 'small_emi') }),
      tool('get_requirement', 'Details of one requirement: prerequisites, typical lead time, owner.', { requirement_id: str }),
      tool('get_company_status', 'What the company already has in place (entities, policies, hires).', {}),
    ];
    const messages: ChatMessage[] = [
      sys(`You are the regulatory programme assistant at a payments start-up. You work from the requirements catalogue and the company profile. When asked for a route to a licence, produce an ordered sequence of workstreams with dependencies and start dates, and flag anything on the critical path that would miss the target date. Don't give legal advice on interpretation; point to the requirement id instead.`),
      user(t(lang, {
        en: `We need an e-money institution licence in ${country.en} from ${country.reg} so we can issue IBAN wallets there by ${deadline}. What do we have to do, in what order, and where are we already covered?`,
        de: `Wir brauchen eine E-Geld-Lizenz in ${country.de} (${country.reg}), damit wir bis ${deadline} dort IBAN-Wallets ausgeben können. Was müssen wir in welcher Reihenfolge erledigen, und was haben wir schon?`,
        fr: `Nous devons obtenir un agrément d'établissement de monnaie électronique en ${country.fr} auprès de ${country.reg} pour lancer des portefeuilles avec IBAN d'ici le ${deadline}. Que faut-il faire, dans quel ordre, et qu'avons-nous déjà ?`,
      })),
    ];
    const reqs = [
      { id: 'R-ENT', name: 'Local legal entity with registered office', lead_weeks: rng.int(4, 10), prereq: [] },
      { id: 'R-CAP', name: `Initial capital ${money(350000, '€')} paid in`, lead_weeks: 2, prereq: ['R-ENT'] },
      { id: 'R-MLRO', name: 'Appointed MLRO resident in jurisdiction', lead_weeks: rng.int(8, 16), prereq: ['R-ENT'] },
      { id: 'R-AML', name: 'AML/CTF policy + business-wide risk assessment', lead_weeks: rng.int(4, 8), prereq: ['R-MLRO'] },
      { id: 'R-SAFE', name: 'Safeguarding arrangement with credit institution', lead_weeks: rng.int(6, 14), prereq: ['R-ENT'] },
      { id: 'R-ICT', name: 'ICT & security risk framework (DORA-aligned)', lead_weeks: rng.int(6, 12), prereq: [] },
      { id: 'R-FIT', name: 'Fit & proper submissions for directors', lead_weeks: 3, prereq: ['R-ENT'] },
      { id: 'R-APP', name: 'Application submission', lead_weeks: 1, prereq: ['R-CAP', 'R-AML', 'R-SAFE', 'R-ICT', 'R-FIT'] },
      { id: 'R-REV', name: 'Supervisor review period (statutory max)', lead_weeks: rng.int(12, 26), prereq: ['R-APP'] },
    ];
    exchange(rng, messages, 'list_requirements', { jurisdiction: country.en, licence_type: 'emi' }, { requirements: reqs.map(({ id, name }) => ({ id, name })) });
    exchange(rng, messages, 'get_company_status', {}, { entities: rng.chance(0.5) ? [{ country: country.en, type: 'GmbH/SAS/Ltd', incorporated: true }] : [], policies: ['ICT security policy v2 (group level)', rng.chance(0.5) ? 'AML policy (UK version)' : 'Complaints policy'], open_hires: ['MLRO'], capital_available_eur: rng.int(200, 900) * 1000 });
    if (i !== 2) {
      const { message, ids } = calls(rng, ['get_requirement', { requirement_id: 'R-SAFE' }], ['get_requirement', { requirement_id: 'R-MLRO' }]);
      messages.push(message, result(ids[0]!, reqs[4]!), result(ids[1]!, { ...reqs[2]!, note: 'Regulator typically asks for interview with the MLRO candidate' }));
    } else {
      messages.push(say('I have the catalogue and your current setup. Before I lay out the order: is the group willing to inject the full capital now, or only at submission?'));
      messages.push(user('At submission. Go ahead.'));
    }
    return { lang, messages, tools };
  },
};

const imageRights: Family = {
  id: 'wb-gb-image-rights',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'Every image in a chapter must be cleared before files go to the printer; the agent works out the next actions toward full clearance.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'es', 'en'], i);
    const title = rng.pick(['A Social History of the Atlantic Ports', 'Field Guide to Urban Birds', 'Foundations of Macroeconomics, 4th ed.', 'The Modernist Kitchen']);
    const chapter = rng.int(2, 11);
    const n = rng.int(9, 16);
    const printer = `2027-${pad(rng.int(1, 3))}-${pad(rng.int(1, 28))}`;
    const tools = [
      tool('list_chapter_assets', 'Images and figures in a chapter with their current rights status.', { isbn: str, chapter: int }),
      tool('search_rights_registry', 'Look up the rights holder and licensing contact for an image by source/credit line.', { credit_line: str }),
      tool('get_license_terms', 'Standard terms for a rights holder: territories, print run caps, fees, turnaround.', { holder_id: str }),
      tool('draft_permission_request', 'Prepare a permission request email for review (not sent).', { holder_id: str, asset_ids: list(str), territory: str, print_run: int }),
      tool('swap_asset', 'Propose a replacement image from the house library or public domain.', { asset_id: str, query: str }),
    ];
    const isbn = `978-1-${rng.int(10000, 99999)}-${rng.int(100, 999)}-${rng.int(0, 9)}`;
    const messages: ChatMessage[] = [
      sys(`You assist the permissions editor at ${rng.pick(['Larkspur Academic', 'Tidewater Press', 'Halden & Moss'])}. A chapter can only go to the printer when every asset is "cleared" (licence signed or public domain verified) for world English rights and a print run of at least the first printing. Work out what remains and what to do next, using the tools. Prefer swapping an image over chasing a holder whose turnaround would miss the printer date.`),
      user(t(lang, {
        en: `${title}, ch. ${chapter}. Printer date is ${printer}. What's left to clear and what should I do next?`,
        es: `${title}, cap. ${chapter}. La fecha de imprenta es el ${printer}. ¿Qué queda por liberar de derechos y qué hago ahora?`,
      })),
    ];
    const assets = Array.from({ length: n }, (_, k) => ({
      asset_id: `F${chapter}.${k + 1}`,
      credit: rng.pick(['Getty Images', 'National Maritime Museum', 'Author photo', 'Wikimedia Commons (CC BY-SA)', 'Library of Congress', 'AP Photo', 'Private collection']),
      status: rng.pick(['cleared', 'cleared', 'cleared', 'requested', 'not_started', 'pd_unverified']),
    }));
    exchange(rng, messages, 'list_chapter_assets', { isbn, chapter }, { assets });
    const pending = assets.filter((a) => a.status !== 'cleared');
    const first = pending[0] ?? assets[0]!;
    const holder = `H-${rng.int(100, 999)}`;
    exchange(rng, messages, 'search_rights_registry', { credit_line: first.credit }, { holder_id: holder, name: first.credit, contact: 'permissions@example.org', avg_turnaround_days: rng.int(5, 45) });
    if (i % 2 === 1) {
      exchange(rng, messages, 'get_license_terms', { holder_id: holder }, { territories: ['world_english', 'north_america'], max_print_run: rng.pick([3000, 5000, 10000]), fee_per_image_usd: rng.int(75, 450), turnaround_days: rng.int(10, 40) });
    }
    return { lang, messages, tools, tool_choice: 'auto' };
  },
};

const storefrontLaunch: Family = {
  id: 'wb-gb-storefront-launch',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'The agent navigates a merchant admin to reach a defined end condition (collection live on a market) by resolving blockers in dependency order.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'pt', 'en'], i);
    const coll = rng.pick(['Winter Capsule', 'Linen Edit', 'Back to Campus', 'Trail Series']);
    const market = rng.pick(['EU (EUR)', 'Japan (JPY)', 'Brazil (BRL)', 'UK (GBP)']);
    const tools = [
      tool('admin_list_sections', 'List navigable admin sections and their sub-pages.', { path: str }, []),
      tool('admin_open', 'Open an admin page and return its fields, warnings and links.', { path: str }),
      tool('admin_preflight', 'Check why a collection is not purchasable on a market.', { collection: str, market: str }),
      tool('admin_update', 'Change a field on an admin page.', { path: str, field: str, value: str }),
    ];
    const messages: ChatMessage[] = [
      sys(`You operate the merchant admin for a DTC apparel brand through an API that mirrors the web admin's pages. You can open pages, read warnings, follow links and change fields. The user gives you an end result to reach; find out what is blocking it and resolve blockers one at a time in an order that works (some fixes depend on others). Before any change that affects live prices, say what you'll change and wait for a yes.`),
      user(t(lang, {
        en: `Get the ${coll} collection live and purchasable on ${market} with local prices and the size guide showing. Launch email goes out ${rng.pick(['tomorrow 9am', 'Friday', 'in 3 hours'])}.`,
        ja: `${coll} コレクションを ${market} で現地価格で買えるようにして、サイズガイドも表示されるようにしてください。告知メールは${rng.pick(['明日の朝9時', '金曜日'])}に配信されます。`,
        pt: `Deixe a coleção ${coll} no ar e comprável no mercado ${market}, com preços locais e o guia de tamanhos aparecendo. O e-mail de lançamento sai ${rng.pick(['amanhã às 9h', 'na sexta'])}.`,
      })),
    ];
    const marketBlocker = { code: 'MARKET_NOT_ASSIGNED', detail: `Collection not published to ${market}`, fix_path: '/products/collections/settings' };
    const others = rng.sample([
      { code: 'PRICE_LIST_MISSING', detail: `${rng.int(3, 19)} variants have no price in market currency`, fix_path: '/markets/pricing', depends_on: 'MARKET_NOT_ASSIGNED' },
      { code: 'SHIPPING_ZONE', detail: 'No shipping rate covers this market for apparel weight > 1kg', fix_path: '/settings/shipping' },
      { code: 'TRANSLATION_MISSING', detail: 'Size guide page has no translation for market language', fix_path: '/content/pages/size-guide' },
      { code: 'TAX_REGISTRATION', detail: 'Tax collection disabled for region', fix_path: '/settings/taxes' },
    ], rng.int(2, 4));
    const blockers = rng.sample([marketBlocker, ...others], others.length + 1);
    exchange(rng, messages, 'admin_preflight', { collection: coll, market }, { purchasable: false, blockers });
    exchange(rng, messages, 'admin_open', { path: marketBlocker.fix_path }, { page: 'Collection settings', fields: [{ name: 'title', value: coll }, { name: 'markets', value: ['US (USD)'] }, { name: 'status', value: 'active' }, { name: 'publish_at', value: null }], warnings: [marketBlocker.detail], links: ['/markets', '/markets/pricing', '/products/collections'] });
    if (i >= 2) {
      const { message, ids } = calls(rng, ['admin_update', { path: marketBlocker.fix_path, field: 'markets', value: `US (USD),${market}` }]);
      message.content = 'Adding the market to the collection first; the price list fix depends on it.';
      messages.push(message, result(ids[0]!, { ok: true, path: marketBlocker.fix_path, markets: ['US (USD)', market] }));
    }
    if (i === 4) {
      messages.push(user('ok what next'));
    }
    return { lang, messages, tools };
  },
};

const dsarFulfil: Family = {
  id: 'wb-gb-dsar-fulfil',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'The agent searches a data-map graph to find every system holding a data subject and produces the retrieval route that completes the request.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr'], i);
    const req = `DSAR-${rng.int(2026001, 2026999)}`;
    const cid = `C-${rng.int(100000, 999999)}`;
    const tools = [
      tool('datamap_node', 'Get a system from the data map: categories held, identifiers used, downstream systems it feeds.', { system: str }),
      tool('lookup_subject', 'Check whether a system has records for an identifier.', { system: str, identifier_type: oneOf('email', 'customer_id', 'employee_id', 'phone', 'device_id'), value: str }),
      tool('open_task', 'Open an export task for a system owner.', { system: str, owner: str, due: str, notes: str }),
    ];
    const messages: ChatMessage[] = [
      sys(`Privacy operations assistant. For an access request, the goal is a complete export of the person's data from every system that holds it, delivered within the statutory deadline. Start from the systems the request names, follow the data map downstream, use whichever identifier each system keys on, and open one export task per system owner. Don't contact the data subject.`),
      user(t(lang, {
        en: `${req}: former customer, email ${rng.pick(['j.moreno', 'kim.b', 'olu.a'])}@example.net, customer_id ${cid}. Received ${isoDay(rng, 11)}. Find everything and set up the exports.`,
        de: `${req}: ehemalige Kundin, E-Mail ${rng.pick(['s.weber', 'a.yilmaz'])}@example.net, Kundennummer ${cid}. Eingegangen am ${isoDay(rng, 11)}. Bitte alle Fundstellen ermitteln und die Exporte anlegen.`,
        fr: `${req} : ancien client, e-mail ${rng.pick(['l.petit', 'm.benali'])}@example.net, identifiant client ${cid}. Reçue le ${isoDay(rng, 11)}. Trouve toutes les sources et prépare les exports.`,
      })),
    ];
    exchange(rng, messages, 'datamap_node', { system: 'crm' }, { system: 'crm', owner: 'sales-ops', keys: ['email', 'customer_id'], categories: ['contact', 'notes'], feeds: ['marketing_automation', 'warehouse_dwh', rng.pick(['support_desk', 'billing'])] });
    exchange(rng, messages, 'lookup_subject', { system: 'crm', identifier_type: 'customer_id', value: cid }, { found: true, records: rng.int(1, 4) });
    exchange(rng, messages, 'datamap_node', { system: 'warehouse_dwh' }, { system: 'warehouse_dwh', owner: 'data-platform', keys: ['customer_id', 'device_id'], categories: ['orders', 'web_events'], feeds: ['bi_dashboards', 'ml_feature_store'] });
    if (i % 2 === 0) {
      exchange(rng, messages, 'datamap_node', { system: 'ml_feature_store' }, { system: 'ml_feature_store', owner: 'ml-eng', keys: ['device_id'], categories: ['derived_features'], feeds: [], note: 'device_id resolvable via warehouse_dwh.device_map' });
    }
    return { lang, messages, tools };
  },
};

const sourceTrace: Family = {
  id: 'wb-gb-source-trace',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The fact-checker follows links and archives step by step to reach the original source of a circulating quote.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'zh', 'en'], i);
    const quote = rng.pick([
      { en: '"Cash will be illegal within five years"', es: '"El efectivo será ilegal en cinco años"', zh: '“五年内现金将被禁止”' },
      { en: '"Teachers spend 40% of their time on paperwork"', es: '"Los docentes dedican el 40% de su tiempo al papeleo"', zh: '“教师40%的时间花在文书工作上”' },
      { en: '"Half of all online reviews are fake"', es: '"La mitad de las reseñas en línea son falsas"', zh: '“一半的网络评论是假的”' },
    ]);
    const tools = [
      tool('fetch_page', 'Fetch a URL and return title, publish date, main text excerpt and outbound links.', { url: str }),
      tool('search_archive', 'Search the web archive and news databases.', { query: str, before: str }, ['query']),
      tool('whois_domain', 'Registration data for a domain.', { domain: str }),
    ];
    const site = rng.pick(['dailytruthwire.co', 'finance-insider-news.net', 'edu-facts.info']);
    const artUrl = `https://${site}/article/${rng.int(1000, 9999)}`;
    const storyUrl = `https://${rng.pick(['finpost', 'eduweekly', 'techglance'])}.example/${rng.int(2019, 2025)}/${pad(rng.int(1, 12))}/story-${rng.int(100, 999)}`;
    const messages: ChatMessage[] = [];
    if (i !== 3) messages.push(sys(`Verification desk tool-runner. The job: find the earliest primary source for a claim (original speech, report, dataset or interview), not a repost. Work link by link, prefer archived versions, and note each hop. Stop when you reach a primary source or a dead end you can document.`));
    messages.push(user(t(lang, {
      en: `This is going round on social: ${quote.en}, attributed to ${rng.pick(['a central bank governor', 'an OECD report', 'a Stanford study'])}. Screenshot links to ${artUrl}. Trace it back.`,
      es: `Circula en redes: ${quote.es}, atribuido a ${rng.pick(['un gobernador de banco central', 'un informe de la OCDE'])}. La captura enlaza a ${artUrl}. Rastrea el origen.`,
      zh: `社交媒体上在传：${quote.zh}，据称出自${rng.pick(['某央行行长', '经合组织报告'])}。截图链接到 ${artUrl}。请追溯原始出处。`,
    })));
    exchange(rng, messages, 'fetch_page', { url: artUrl }, { title: 'You won\'t believe what they admitted', published: isoDay(rng), excerpt: `... as reported by ${rng.pick(['FinPost', 'EduWeekly', 'TechGlance'])} ...`, links: [storyUrl] });
    exchange(rng, messages, 'fetch_page', { url: storyUrl }, rng.chance(0.5)
      ? { status: 404 }
      : { title: 'Panel debate recap', published: isoDay(rng), excerpt: `The speaker suggested that cash "could become marginal" ...`, links: ['https://www.youtube.example/watch?v=' + rng.int(1e6, 9e6), 'https://conference.example/programme'] });
    if (i >= 2) {
      exchange(rng, messages, 'search_archive', { query: quote.en.replace(/"/g, ''), before: '2024-01-01' }, { hits: [{ url: `https://web.archive.example/web/20220514/${storyUrl}`, date: '2022-05-14' }, { url: 'https://forum.example/thread/88', date: '2022-05-16' }] });
    }
    return { lang, messages, tools, max_tokens: rng.chance(0.4) ? 800 : undefined };
  },
};

const mortgageReady: Family = {
  id: 'wb-gb-mortgage-ready',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'A target (mortgage approval by a month) with hard lender thresholds; the agent lays out the month-by-month steps to meet them, with some trade-offs between paydown and savings.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'pt', 'en', 'ja'], i);
    const income = rng.int(58, 140) * 1000;
    const score = rng.int(618, 700);
    const cardDebt = rng.int(3, 18) * 1000;
    const car = rng.int(280, 620);
    const saved = rng.int(8, 45) * 1000;
    const price = rng.int(28, 60) * 10000;
    const months = rng.int(8, 18);
    const body = t(lang, {
      en: `We want to be approved for a mortgage on a ~$${price.toLocaleString('en-US')} home in ${months} months. Lender pre-screen said: min credit score 680, back-end DTI under 43%, 10% down plus 2% closing costs, and 2 months of reserves in the bank. Us: household income $${income.toLocaleString('en-US')}/yr, score ${score}, credit cards $${cardDebt.toLocaleString('en-US')} at ~24% (utilisation ${rng.int(45, 90)}%), car payment $${car}/mo (${rng.int(10, 40)} left), savings $${saved.toLocaleString('en-US')}, we can put away about $${rng.int(8, 30) * 100}/mo. Lay out what we do each month to get there, and tell us if the timeline isn't realistic.`,
      pt: `Queremos conseguir aprovação de financiamento imobiliário para um imóvel de cerca de R$${(price * 2).toLocaleString('pt-BR')} em ${months} meses. O banco disse: score mínimo 700, comprometimento de renda até 30%, entrada de 20% mais 5% de custos (ITBI, cartório) e reserva de 3 meses. Nós: renda familiar R$${Math.round(income / 6).toLocaleString('pt-BR')}/mês, score ${score + 20}, cartão de crédito R$${(cardDebt * 2).toLocaleString('pt-BR')}, financiamento do carro R$${car * 3}/mês, guardado R$${(saved * 3).toLocaleString('pt-BR')}, conseguimos poupar uns R$${rng.int(15, 50) * 100}/mês. Monte o passo a passo mês a mês para chegarmos lá e diga se o prazo não for realista.`,
      ja: `${months}か月後に約${(rng.int(35, 90) * 100).toLocaleString('en-US')}万円のマンションで住宅ローン審査に通りたいです。銀行の事前条件は、返済負担率35%以下、頭金1割と諸費用7%、他の借入は完済が望ましい、とのことです。世帯年収${rng.int(60, 140) * 10}万円、カードローン残高${Math.round(cardDebt / 70)}万円、自動車ローン月${rng.int(2, 6)}万円、貯金${Math.round(saved / 70)}万円、毎月${rng.int(5, 15)}万円くらい貯金できます。毎月何をすればいいか順番に教えてください。無理なら無理と言ってください。`,
    });
    const messages: ChatMessage[] = [];
    if (i !== 1) messages.push(sys(`You are a budgeting coach in a personal-finance app. You are not a lender and don't give credit guarantees. When a user gives a target with lender thresholds, build a dated sequence of steps that meets every threshold by the target month, show the running numbers each month, and state assumptions.`));
    messages.push(user(body));
    if (i === 3) {
      messages.push(say('Before I lay it out: is the car loan paid off early an option (no prepayment penalty), and do either of you expect a raise or bonus in that window?'));
      messages.push(user(`No penalty on the car. Bonus of about $${rng.int(2, 8)}k in March, not guaranteed.`));
    }
    return { lang, messages, max_tokens: rng.chance(0.3) ? 1200 : undefined };
  },
};

// =====================================================================
// utility_based
// =====================================================================

const homepageSlots: Family = {
  id: 'wb-ub-homepage-slots',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Candidate products with margin, conversion and stock trade off against brand-mix limits to fill a fixed number of homepage slots.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es', 'en'], i);
    const slots = rng.int(6, 8);
    const brands = ['Nordvik', 'Alma', 'Kestrel', 'Outset', 'House'];
    const cands = Array.from({ length: rng.int(11, 15) }, (_, k) => ({
      sku: `P${rng.int(10000, 99999)}`,
      name: rng.pick(['Merino crew', 'Down vest', 'Rain shell', 'Chino', 'Wool beanie', 'Flannel shirt', 'Trail runner', 'Fleece 1/4 zip', 'Cord trousers', 'Knit scarf']) + ` ${k + 1}`,
      brand: rng.pick(brands),
      margin_pct: rng.int(22, 68),
      est_ctr_pct: (rng.int(8, 45) / 10),
      cvr_pct: (rng.int(10, 60) / 10),
      weeks_of_cover: rng.int(1, 20),
      new_arrival: rng.chance(0.3),
    }));
    const table = ['sku | name | brand | margin% | est CTR% | CVR% | weeks cover | new', ...cands.map((c) => `${c.sku} | ${c.name} | ${c.brand} | ${c.margin_pct} | ${c.est_ctr_pct} | ${c.cvr_pct} | ${c.weeks_of_cover} | ${c.new_arrival ? 'Y' : ''}`)].join('\n');
    const rules = t(lang, {
      en: `Rules: ${slots} slots, slot 1 gets ~3x the traffic of slot ${slots}, decaying evenly. Max 2 products per brand. At least 2 new arrivals. Don't feature anything with under 3 weeks of cover (it will sell out and show a dead tile). House brand must have at least one slot. Score by expected gross margin per 1,000 homepage visits, but break near-ties in favour of deeper stock.`,
      de: `Regeln: ${slots} Plätze, Platz 1 bekommt etwa 3x so viel Traffic wie Platz ${slots}, gleichmäßig abnehmend. Höchstens 2 Produkte pro Marke. Mindestens 2 Neuheiten. Nichts mit weniger als 3 Wochen Reichweite (sonst ausverkauft, leere Kachel). Die Eigenmarke House braucht mindestens einen Platz. Bewertung nach erwarteter Bruttomarge pro 1.000 Startseitenbesuche; bei knappen Abständen gewinnt der tiefere Bestand.`,
      es: `Reglas: ${slots} huecos; el hueco 1 recibe unas 3 veces el tráfico del hueco ${slots}, bajando de forma lineal. Máximo 2 productos por marca. Al menos 2 novedades. Nada con menos de 3 semanas de cobertura (se agota y queda una ficha vacía). La marca propia House necesita al menos un hueco. Puntúa por margen bruto esperado por cada 1.000 visitas a la home; en casi empates, gana el que tenga más stock.`,
    });
    const ask = t(lang, {
      en: `Pick the homepage lineup for next week and put them in slot order.`,
      de: `Stell bitte die Startseiten-Aufstellung für nächste Woche zusammen, in Reihenfolge der Plätze.`,
      es: `Elige la selección de la home para la semana que viene, en orden de hueco.`,
    });
    const messages: ChatMessage[] = [];
    if (i % 2 === 0) messages.push(sys('Merchandising assistant for the ecommerce team. Be concrete, show the arithmetic briefly, return the final lineup in the requested format.'));
    messages.push(user(`${ask}\n\n${rules}\n\n${table}`));
    return {
      lang, messages,
      response_format: i === 1 ? undefined : jsonSchema('homepage_lineup', {
        slots: list(obj({ position: int, sku: str, reason: str })),
        excluded_notable: list(obj({ sku: str, why: str })),
        expected_margin_per_1k_visits: num,
      }),
    };
  },
};

const deductibleChoice: Family = {
  id: 'wb-ub-deductible-choice',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Picks among cover options by weighing premiums, deductibles and caps against probable usage and the household\'s tolerance for a bad year.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de', 'en'], i);
    const opts = ['Bronze HSA', 'Silver PPO', 'Gold PPO'].map((n, k) => ({
      name: n,
      monthly_premium: [rng.int(180, 260), rng.int(320, 430), rng.int(500, 640)][k]!,
      deductible: [rng.int(60, 75) * 100, rng.int(20, 35) * 100, rng.int(5, 10) * 100][k]!,
      coinsurance_pct: [30, 20, 10][k]!,
      oop_max: [rng.int(80, 92) * 100, rng.int(60, 75) * 100, rng.int(35, 50) * 100][k]!,
      employer_hsa_seed: k === 0 ? rng.int(5, 15) * 100 : 0,
    }));
    const scenario = rng.pick([
      { en: 'My wife is pregnant, due in June. Otherwise we\'re healthy, one kid (4) with the usual ear infections.', fr: 'Ma femme est enceinte, terme prévu en juin. Sinon on est en bonne santé, un enfant de 4 ans avec les otites habituelles.', de: 'Meine Frau ist schwanger, Termin im Juni. Sonst sind wir gesund, ein Kind (4) mit den üblichen Mittelohrentzündungen.' },
      { en: 'I have type 1 diabetes (pump + CGM supplies, ~$450/mo before insurance). Partner is healthy.', fr: 'Je suis diabétique de type 1 (pompe et capteurs, environ 450 $/mois avant assurance). Ma compagne est en bonne santé.', de: 'Ich habe Typ-1-Diabetes (Pumpe und CGM, ca. 450 $/Monat vor Versicherung). Mein Partner ist gesund.' },
      { en: 'Just me, 29, healthy, run a lot. Knee surgery two years ago, fine now.', fr: 'Seulement moi, 29 ans, en forme, je cours beaucoup. Opération du genou il y a deux ans, ça va maintenant.', de: 'Nur ich, 29, gesund, laufe viel. Knie-OP vor zwei Jahren, jetzt alles gut.' },
    ]);
    const cash = rng.int(2, 15) * 1000;
    const body = t(lang, {
      en: `Open enrollment closes Friday. ${scenario.en} Emergency savings are about $${cash.toLocaleString('en-US')} and a bad surprise bill would really hurt. Which option should we take?`,
      fr: `Les inscriptions ferment vendredi. ${scenario.fr} L'épargne de précaution est d'environ ${cash.toLocaleString('fr-FR')} $ et une grosse facture imprévue ferait vraiment mal. Quelle option choisir ?`,
      de: `Die Anmeldefrist endet Freitag. ${scenario.de} Der Notgroschen liegt bei ca. ${cash.toLocaleString('de-DE')} $, und eine hohe Überraschungsrechnung würde richtig wehtun. Welche Option sollen wir nehmen?`,
    });
    const messages: ChatMessage[] = [
      sys(`Benefits decision helper on the employee portal. Compare the plans using expected annual cost (premiums + expected out-of-pocket - employer HSA seed) and worst-case annual cost (premiums + OOP max - seed). Weigh the worst case more heavily when savings are below the highest OOP max. Use the numbers given; say which assumption drives the answer.\n\nOptions (annual deductible, coinsurance after deductible, out-of-pocket max):\n${JSON.stringify(opts, null, 1)}`),
      user(body),
    ];
    if (i >= 3) {
      const tl = tool('estimate_oop', 'Estimate annual out-of-pocket for an option given expected services.', { option: str, services: list(obj({ type: str, count: int })) });
      const { message, ids } = calls(rng, ...opts.map((o) => ['estimate_oop', { option: o.name, services: [{ type: 'specialist_visit', count: rng.int(2, 10) }, { type: 'rx_brand_month', count: rng.int(0, 12) }] }] as [string, Record<string, unknown>]));
      messages.push(message, ...ids.map((id, k) => result(id, { option: opts[k]!.name, expected_oop: Math.min(opts[k]!.oop_max, Math.round(opts[k]!.deductible * (0.3 + rng.next() * 0.9) / 100) * 100 + rng.int(2, 12) * 100), p90_oop: opts[k]!.oop_max })));
      return { lang, messages, tools: [tl] };
    }
    return { lang, messages };
  },
};

const meritPool: Family = {
  id: 'wb-ub-merit-pool',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'A capped raise pool is divided across employees by weighing performance, pay position and flight risk within guideline ranges.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'ja', 'en', 'es'], i);
    const team = Array.from({ length: rng.int(6, 9) }, () => ({
      name: person(rng, lang === 'ja' ? 'ja' : lang === 'es' ? 'es' : 'en'),
      level: rng.pick(['L3', 'L4', 'L4', 'L5', 'L6']),
      salary: rng.int(78, 190) * 1000,
      rating: rng.pick(['exceeds', 'meets', 'meets', 'partially_meets', 'outstanding']),
      compa_ratio: rng.int(82, 118) / 100,
      flight_risk: rng.pick(['low', 'low', 'medium', 'high']),
    }));
    const payroll = team.reduce((s, e) => s + e.salary, 0);
    const poolPct = rng.int(30, 45) / 10;
    const guide = 'Guidelines (% of salary): outstanding 5-9, exceeds 4-7, meets 2-4.5, partially_meets 0-1.5. Below compa-ratio 0.90 add up to +2. Above 1.10 cap at the guideline midpoint.';
    const body = t(lang, {
      en: `Merit cycle for my team. Pool is ${poolPct}% of payroll ($${Math.round(payroll * poolPct / 100).toLocaleString('en-US')}), can't go over. ${guide} I'd rather not lose the high flight-risk people but I also can't ignore pay compression at L4. Propose the split.`,
      ja: `チームの昇給配分です。原資は給与総額の${poolPct}%（$${Math.round(payroll * poolPct / 100).toLocaleString('en-US')}）で、超えられません。${guide} 離職リスクの高いメンバーは手放したくありませんが、L4の給与圧縮も無視できません。配分案を出してください。`,
      es: `Ciclo de méritos de mi equipo. La bolsa es el ${poolPct}% de la masa salarial ($${Math.round(payroll * poolPct / 100).toLocaleString('en-US')}) y no se puede superar. ${guide} No quiero perder a las personas con riesgo de fuga alto, pero tampoco puedo ignorar la compresión salarial en L4. Propón el reparto.`,
    });
    const messages: ChatMessage[] = [
      sys(`Comp planning assistant for people managers (Workday export attached by the user). Stay inside guideline ranges unless you flag an exception with a reason. Never reveal one employee's data to another. Return the proposal in the schema.`),
      user(`${body}\n\n${JSON.stringify(team)}`),
    ];
    return {
      lang, messages,
      response_format: jsonSchema('merit_proposal', {
        allocations: list(obj({ name: str, increase_pct: num, increase_amount: num, exception: { type: ['string', 'null'] } })),
        total_spend: num,
        pool_remaining: num,
      }),
      temperature: 0.2,
    };
  },
};

const pushSlots: Family = {
  id: 'wb-ub-push-slots',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Chooses which stories to push and when under a daily cap and spacing rule, trading predicted opens against news value and opt-out risk.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'zh'], i);
    const stories = Array.from({ length: rng.int(6, 9) }, (_, k) => ({
      id: `s${k + 1}`,
      headline: rng.pick(['Council approves tram extension', 'Heatwave warning issued for weekend', 'Local club signs striker', 'Hospital waiting lists fall', 'Bridge closed after inspection', 'Mayor faces confidence vote', 'Festival line-up announced', 'Rail strike called for Monday', 'School admissions results out']),
      ready_at: hhmm(rng.int(6, 18), rng.pick([0, 15, 30, 45])),
      est_open_rate_pct: rng.int(2, 14),
      news_value_1to5: rng.int(1, 5),
      optout_per_10k: rng.int(1, 12),
      breaking: rng.chance(0.15),
    }));
    const cap = rng.int(2, 4);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `Push alert desk assistant. Hard rules: at most ${cap} pushes today to the all-subscribers segment, at least 2 hours apart, none between 22:00 and 07:00. A breaking item may exceed the cap by one. Weigh opens (each open ≈ 1 unit), news value (×2 per point above 3) and opt-outs (each opt-out costs ≈ 40 opens of future reach). Output a schedule.`,
        fr: `Assistant de la cellule notifications. Règles strictes : au plus ${cap} notifications aujourd'hui vers tous les abonnés, espacées d'au moins 2 heures, aucune entre 22 h et 7 h. Une info urgente peut dépasser le plafond d'une unité. Pondère les ouvertures (≈ 1 unité chacune), la valeur d'info (×2 par point au-dessus de 3) et les désabonnements (chacun coûte ≈ 40 ouvertures futures). Rends un calendrier.`,
        zh: `推送编辑助手。硬性规则：今天面向全体订阅用户最多推送${cap}条，间隔至少2小时，22:00至07:00之间不推送。突发新闻可以超出上限一条。权衡打开量（每次打开约1个单位）、新闻价值（高于3分的每分×2）和退订（每次退订约等于损失40次未来打开）。请输出推送时间表。`,
      })),
      user(t(lang, {
        en: `Today's candidates:\n${JSON.stringify(stories, null, 1)}\nWhich do we send and at what times?`,
        fr: `Candidats du jour :\n${JSON.stringify(stories, null, 1)}\nLesquels envoie-t-on et à quelles heures ?`,
        zh: `今天的候选稿件：\n${JSON.stringify(stories, null, 1)}\n推哪几条、几点推？`,
      })),
    ];
    return {
      lang, messages,
      response_format: i % 2 === 0 ? jsonSchema('push_schedule', { sends: list(obj({ story_id: str, send_at: str })), skipped: list(str), rationale: str }) : undefined,
      max_tokens: i === 3 ? 500 : undefined,
    };
  },
};

const printRun: Family = {
  id: 'wb-ub-print-run',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'Sets a first print quantity by weighing a demand distribution against tiered unit costs, storage, returns and reprint lead time.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'pt', 'en'], i);
    const title = rng.pick(['Quiet Rivers (debut novel)', 'The Sourdough Year', 'Pocket Guide to Tax for Freelancers', 'Lighthouse Keepers of the North Sea']);
    const rrp = rng.int(14, 32);
    const tiers = [[2000, rng.int(380, 450) / 100], [3500, rng.int(300, 360) / 100], [5000, rng.int(250, 290) / 100], [8000, rng.int(200, 240) / 100]];
    const demand = [[1500, rng.int(10, 25)], [3000, rng.int(25, 40)], [5000, rng.int(20, 35)], [9000, rng.int(5, 15)]];
    const body = t(lang, {
      en: `First printing for ${title}, RRP £${rrp}, avg net receipt ${rng.int(38, 50)}% of RRP. Unit cost by run size: ${tiers.map(([q, c]) => `${q}: £${c}`).join(', ')}. Sales-team demand view (first 12 months): ${demand.map(([q, p]) => `${q} copies ${p}%`).join(', ')} (remaining probability spread in between). Returns run ~${rng.int(12, 25)}% of shipped. Warehouse £${(rng.int(8, 20) / 100).toFixed(2)}/copy/month. A reprint takes ${rng.int(4, 9)} weeks and costs £${rng.int(600, 1400)} in setup; stock-outs in the launch window lose most of those sales. How many should we print? Show expected profit for the sizes you considered.`,
      de: `Erstauflage für „${title}“, Ladenpreis ${rrp} €, durchschnittlicher Nettoerlös ${rng.int(38, 50)} % vom Ladenpreis. Stückkosten je Auflage: ${tiers.map(([q, c]) => `${q}: ${c} €`).join(', ')}. Einschätzung Vertrieb (erste 12 Monate): ${demand.map(([q, p]) => `${q} Ex. ${p} %`).join(', ')}. Remissionen ca. ${rng.int(12, 25)} % der Auslieferung. Lager ${(rng.int(8, 20) / 100).toFixed(2)} €/Ex./Monat. Ein Nachdruck dauert ${rng.int(4, 9)} Wochen und kostet ${rng.int(600, 1400)} € Rüstkosten; Fehlbestand im Erscheinungsfenster kostet die meisten dieser Verkäufe. Wie hoch soll die Auflage sein? Zeig den erwarteten Gewinn für die betrachteten Größen.`,
      pt: `Primeira tiragem de "${title}", preço de capa R$${rrp * 4}, receita líquida média de ${rng.int(38, 50)}% do preço de capa. Custo unitário por tiragem: ${tiers.map(([q, c]) => `${q}: R$${((c as number) * 4).toFixed(2)}`).join(', ')}. Visão do comercial (primeiros 12 meses): ${demand.map(([q, p]) => `${q} exemplares ${p}%`).join(', ')}. Devoluções de ~${rng.int(12, 25)}% do enviado. Armazenagem R$${(rng.int(8, 20) / 25).toFixed(2)}/exemplar/mês. Uma reimpressão leva ${rng.int(4, 9)} semanas e custa R$${rng.int(2500, 6000)} de preparação; faltar livro no lançamento perde a maior parte dessas vendas. Quantos exemplares imprimimos? Mostre o lucro esperado para as tiragens consideradas.`,
    });
    const messages: ChatMessage[] = [];
    if (i !== 4) messages.push(sys(`You support the production and sales directors at an independent publisher. Be numerate and brief; tables welcome.`));
    messages.push(user(body));
    if (i === 2) {
      messages.push(say(`Quick check before I run the numbers: is the ${tiers[2]![0]} tier price quoted for the same paper and binding as the smaller runs?`));
      messages.push(user('Yes, same spec across all tiers.'));
    }
    return { lang, messages };
  },
};

const withdrawalMix: Family = {
  id: 'wb-ub-withdrawal-mix',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'Chooses how much to draw from each account type this year to fund spending at the lowest lifetime tax cost within bracket and benefit thresholds.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'zh', 'es', 'en', 'es'], i);
    const spend = rng.int(62, 120) * 1000;
    const ss = rng.int(24, 44) * 1000;
    const bal = { taxable_brokerage: rng.int(150, 600) * 1000, traditional_ira: rng.int(400, 1400) * 1000, roth_ira: rng.int(80, 400) * 1000, cash: rng.int(30, 120) * 1000 };
    const gainsPct = rng.int(20, 60);
    const region = lang === 'es' ? { name: 'Florida', code: 'FL' } : lang === 'zh' ? { name: '德州', code: 'TX' } : rng.pick([{ name: 'Arizona', code: 'AZ' }, { name: 'Ohio', code: 'OH' }, { name: 'Colorado', code: 'CO' }]);
    const tools = [tool('tax_estimate', 'Federal + state tax for a given mix of income sources for tax year 2027 (MFJ).', {
      wages: num, social_security: num, ira_distributions: num, roth_distributions: num, ltcg: num, qualified_dividends: num, state: str,
    })];
    const body = t(lang, {
      en: `We need about $${spend.toLocaleString('en-US')} after tax next year. Social Security will be $${ss.toLocaleString('en-US')}. Balances: ${JSON.stringify(bal)}. Brokerage has ~${gainsPct}% unrealized gains. We're 66 and 64, married filing jointly, in ${region.name}. Keep MAGI under the first IRMAA tier if you can. How much should come from each account?`,
      es: `Necesitamos unos $${spend.toLocaleString('en-US')} netos el año que viene. La pensión de Seguridad Social será de $${ss.toLocaleString('en-US')}. Saldos: ${JSON.stringify(bal)}. La cuenta de inversión tiene ~${gainsPct}% de plusvalías latentes. Tenemos 66 y 64 años, declaración conjunta, vivimos en ${region.name}. Si se puede, que el MAGI quede por debajo del primer tramo de IRMAA. ¿Cuánto sacamos de cada cuenta?`,
      zh: `我们明年税后需要大约$${spend.toLocaleString('en-US')}。社保收入$${ss.toLocaleString('en-US')}。账户余额：${JSON.stringify(bal)}。券商账户里约有${gainsPct}%的浮盈。我们66岁和64岁，夫妻合并报税，住在${region.name}。尽量让MAGI低于IRMAA第一档。每个账户各取多少合适？`,
    });
    const messages: ChatMessage[] = [
      sys(`Retirement income assistant for a fee-only advisory firm (clients see your draft after an advisor reviews it). Use tax_estimate to compare candidate withdrawal mixes; don't guess tax numbers. Consider this year's bracket headroom, future RMDs, IRMAA cliffs and the ACA/Medicare context. Present 2-3 mixes and recommend one.`),
      user(body),
    ];
    if (i % 2 === 0) {
      const mixes = [
        { ira_distributions: Math.round(spend * 0.6), ltcg: Math.round(spend * 0.1), roth_distributions: 0 },
        { ira_distributions: Math.round(spend * 0.35), ltcg: Math.round(spend * 0.25), roth_distributions: Math.round(spend * 0.15) },
        { ira_distributions: Math.round(spend * 0.9), ltcg: 0, roth_distributions: 0 },
      ];
      const { message, ids } = calls(rng, ...mixes.map((m) => ['tax_estimate', { wages: 0, social_security: ss, qualified_dividends: rng.int(3, 9) * 1000, state: region.code, ...m }] as [string, Record<string, unknown>]));
      messages.push(message, ...ids.map((id, k) => result(id, { federal: rng.int(4, 19) * 1000 + k * 900, state: rng.int(1, 4) * 1000, magi: ss * 0.85 + mixes[k]!.ira_distributions + mixes[k]!.ltcg, irmaa_tier: k === 2 ? 1 : 0, marginal_rate: k === 2 ? 0.22 : 0.12 })));
    }
    return { lang, messages, tools };
  },
};

// =====================================================================
// learning
// =====================================================================

const uwReferrals: Family = {
  id: 'wb-lr-uw-referrals',
  label: 'learning',
  difficulty: 'hard',
  rationale: 'Past submissions with their decisions and later loss outcomes are retrieved so the agent can generalise from them to a new risk.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr', 'en'], i);
    const occ = ['restaurant (no deep fryer)', 'restaurant with deep fryers', 'woodworking shop', 'dental office', 'self-storage', 'bakery', 'auto repair garage', 'yoga studio'];
    const newOcc = rng.pick(occ);
    const past = Array.from({ length: rng.int(5, 8) }, () => {
      const o = rng.chance(0.65) ? newOcc : rng.pick(occ);
      const yrs = rng.int(1962, 2015);
      const sprinkler = rng.chance(0.5);
      const decision = rng.pick(['accepted', 'accepted_loaded_15', 'referred_then_accepted', 'declined']);
      return {
        ref: `SUB-${rng.int(20000, 29999)}`,
        occupancy: o, built: yrs, sprinklered: sprinkler, tiv: rng.int(4, 40) * 100000,
        decision,
        outcome_3y: decision === 'declined' ? 'n/a' : rng.pick(['no claims', 'no claims', `fire loss ${money(rng.int(40, 900) * 1000)}`, `water loss ${money(rng.int(5, 90) * 1000)}`, 'theft small']),
      };
    });
    const tools = [
      tool('similar_submissions', 'Vector search over past small-commercial property submissions with underwriter decisions and 3-year loss outcomes.', { description: str, k: int }),
      tool('rate_quote', 'Price a submission with optional loading.', { submission_id: str, loading_pct: num }),
    ];
    const newSub = { ref: `SUB-${rng.int(30000, 39999)}`, occupancy: newOcc, built: rng.int(1955, 2020), sprinklered: rng.chance(0.4), tiv: rng.int(5, 35) * 100000, alarm: rng.pick(['central station', 'local bell', 'none']), prior_claims_5y: rng.int(0, 3) };
    const messages: ChatMessage[] = [
      sys(`Underwriting assistant for a small-commercial property book. Authority: you may recommend accept, accept with loading (5-25%), refer to senior underwriter, or decline. Base the recommendation on how comparable past risks actually performed, not only on the guideline sheet, and say which precedents drove it.`),
      user(t(lang, {
        en: `New submission:\n${JSON.stringify(newSub)}\nWhat do we do with it?`,
        de: `Neue Einreichung:\n${JSON.stringify(newSub)}\nWie gehen wir damit um?`,
        fr: `Nouvelle proposition :\n${JSON.stringify(newSub)}\nQue fait-on ?`,
      })),
    ];
    exchange(rng, messages, 'similar_submissions', { description: `${newSub.occupancy}, built ${newSub.built}, sprinklered=${newSub.sprinklered}`, k: past.length }, { matches: past });
    if (i === 4) {
      messages.push(say('Comparable risks are mixed: several ran clean for three years, but the losses that did occur were concentrated in the older, unsprinklered buildings.'));
      messages.push(user(`Senior UW note from last month on a similar one: "${rng.pick(['fryer suppression certificate matters more than age', 'we lost money on every unsprinklered timber frame'])}". Take that into account and give me the call.`));
    }
    return {
      lang, messages, tools,
      response_format: i % 2 === 1 ? jsonSchema('uw_recommendation', { decision: oneOf('accept', 'accept_loaded', 'refer', 'decline'), loading_pct: num, precedents: list(str), reasoning: str }) : undefined,
    };
  },
};

const subjectLines: Family = {
  id: 'wb-lr-subject-lines',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Prior sends with measured open and click rates are the evidence for choosing the next subject line on a new campaign.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'ja', 'es', 'en'], i);
    const hist: Record<string, string[]> = {
      en: ['Your weekend reading is here', '3 books we couldn\'t put down', 'Ends tonight: 30% off hardbacks', 'Dana, we saved you a seat', 'New from the authors you follow', '[Last chance] Signed editions', 'What our editors are reading in March', 'Free delivery, this weekend only'],
      es: ['Tu lectura del fin de semana', '3 libros que no pudimos soltar', 'Termina hoy: 30% en tapa dura', 'Lucía, te guardamos un sitio', 'Novedades de tus autores', '[Última oportunidad] Ejemplares firmados', 'Lo que leen nuestros editores'],
      ja: ['週末の読書をお届けします', '編集部が手放せなかった3冊', '本日終了：ハードカバー30%オフ', 'フォロー中の作家の新刊', '【最終日】サイン本', '今月の編集者のおすすめ', '今週末限定 送料無料'],
    };
    const pool = hist[lang === 'es' || lang === 'ja' ? lang : 'en']!;
    const rows = rng.sample(pool, rng.int(5, pool.length)).map((s) => ({ subject: s, sent: isoDay(rng), audience: rng.int(40, 180) * 1000, open_pct: rng.int(180, 420) / 10, click_pct: rng.int(12, 61) / 10, unsub_pct: rng.int(5, 40) / 100 }));
    const campaign = t(lang, {
      en: rng.pick(['spring poetry anthology pre-order', 'a members-only author Q&A livestream', 'the new crime fiction subscription box']),
      es: rng.pick(['la preventa de la antología de poesía de primavera', 'un directo exclusivo con una autora para socios']),
      ja: rng.pick(['春の詩集アンソロジーの予約販売', '会員限定の作家ライブ配信']),
    });
    const body = t(lang, {
      en: `Past sends to the main list:\n${rows.map((r) => `- "${r.subject}" (${r.sent}, n=${r.audience}): open ${r.open_pct}%, click ${r.click_pct}%, unsub ${r.unsub_pct}%`).join('\n')}\n\nNext send is for ${campaign}. Give me 3 subject lines ranked by expected click rate, and say what in the history you're leaning on.`,
      es: `Envíos anteriores a la lista principal:\n${rows.map((r) => `- "${r.subject}" (${r.sent}, n=${r.audience}): apertura ${r.open_pct}%, clic ${r.click_pct}%, bajas ${r.unsub_pct}%`).join('\n')}\n\nEl próximo envío es para ${campaign}. Dame 3 asuntos ordenados por tasa de clic esperada y explica en qué datos del histórico te apoyas.`,
      ja: `メインリストへの過去の配信:\n${rows.map((r) => `- 「${r.subject}」(${r.sent}, n=${r.audience}): 開封 ${r.open_pct}%, クリック ${r.click_pct}%, 解除 ${r.unsub_pct}%`).join('\n')}\n\n次回の配信は${campaign}です。予想クリック率の高い順に件名を3案ください。履歴のどの点を根拠にしたかも教えてください。`,
    });
    const messages: ChatMessage[] = [];
    if (i !== 2) messages.push(sys(`Email marketing assistant for an online bookshop. Brand voice: warm, bookish, no ALL CAPS, at most one emoji. Subject lines under 50 characters.`));
    messages.push(user(body));
    return {
      lang, messages,
      response_format: i >= 3 ? jsonSchema('subject_suggestions', { suggestions: list(obj({ subject: str, expected_click_pct: num, based_on: str })) }) : undefined,
    };
  },
};

const sourcingOutreach: Family = {
  id: 'wb-lr-sourcing-outreach',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Reply and hire outcomes of earlier outreach are pulled from history to decide whom to contact next and with which message.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'de'], i);
    const job = rng.pick([
      { role: 'Senior Data Engineer', family: 'data_engineering', loc: 'remote EU' },
      { role: 'Staff Product Designer', family: 'product_design', loc: 'Lisbon hybrid' },
      { role: 'Payroll Specialist (DACH)', family: 'payroll', loc: 'Berlin' },
      { role: 'Site Reliability Engineer', family: 'sre', loc: 'Austin' },
    ]);
    const role = job.role;
    const tools = [
      tool('outreach_history', 'Past outreach for similar roles: candidate profile features, template used, replied, advanced, hired.', { role_family: str, limit: int }),
      tool('search_profiles', 'Sourcing database search.', { query: str, location: str }),
      tool('queue_outreach', 'Queue a personalised outreach message for recruiter approval.', { profile_id: str, template_id: str, personal_note: str }),
    ];
    const messages: ChatMessage[] = [
      sys(`Sourcing assistant for an in-house recruiting team. You have the team's outreach history. Learn from what actually got replies and hires for similar roles, and use it to decide who to approach and how. Don't use protected characteristics as features. Queue at most 5 messages per run; a recruiter approves them.`),
      user(t(lang, {
        en: `New req: ${role}, ${job.loc}. Who from this batch should we reach out to, and with which template?`,
        pt: `Nova vaga: ${role}, ${job.loc.replace('Lisbon hybrid', 'Lisboa híbrido').replace('remote EU', 'remoto UE')}. Quem deste lote devemos abordar e com qual modelo de mensagem?`,
        de: `Neue Stelle: ${role}, ${job.loc.replace('remote EU', 'remote EU-weit').replace('Lisbon hybrid', 'Lissabon hybrid')}. Wen aus dieser Liste sollen wir ansprechen, und mit welcher Vorlage?`,
      })),
    ];
    const hist = Array.from({ length: rng.int(8, 14) }, () => ({
      profile: { yrs_exp: rng.int(3, 15), current_company_size: rng.pick(['<50', '50-500', '500-5k', '5k+']), open_to_work: rng.chance(0.3), tenure_months: rng.int(4, 60) },
      template: rng.pick(['T1_generic', 'T2_mission', 'T3_comp_upfront', 'T4_peer_referral']),
      replied: rng.chance(0.35), advanced: rng.chance(0.2), hired: rng.chance(0.06),
    }));
    exchange(rng, messages, 'outreach_history', { role_family: job.family, limit: 200 }, { summary: { sent: rng.int(120, 400), reply_rate_by_template: { T1_generic: rng.int(5, 12) / 100, T2_mission: rng.int(8, 20) / 100, T3_comp_upfront: rng.int(10, 28) / 100, T4_peer_referral: rng.int(15, 40) / 100 } }, sample: hist });
    exchange(rng, messages, 'search_profiles', { query: role, location: job.loc }, { profiles: Array.from({ length: rng.int(6, 10) }, () => ({ profile_id: `p_${rng.int(1e5, 9e5)}`, yrs_exp: rng.int(2, 16), current_company_size: rng.pick(['<50', '50-500', '500-5k', '5k+']), tenure_months: rng.int(3, 70), open_to_work: rng.chance(0.3), mutual_connection_on_team: rng.chance(0.25) })) });
    return { lang, messages, tools };
  },
};

const houseStyle: Family = {
  id: 'wb-lr-house-style',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Retrieved records of how editors corrected the assistant\'s earlier drafts are applied to edit a new piece the same way.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'es', 'fr', 'en'], i);
    const corrections: Record<string, string[]> = {
      en: ['"per cent" not "%" in body copy (changed 23 times)', 'numbers one to nine spelled out, 10+ as digits', '"said" not "stated"/"claimed" for attribution', 'no Oxford comma', 'titles lower case after a name: "Jane Doe, chief executive"', 'first reference: full name and age for private individuals', 'avoid "slammed", "blasted" in headlines (desk rejected 7 times)', 'Use "the council" lower case after first mention'],
      fr: ['« pour cent » en toutes lettres dans le corps du texte', 'espace insécable avant : ; ? !', 'pas de majuscule à « ministre »', '« a déclaré » plutôt que « a affirmé » pour les citations neutres', 'nombres de un à neuf en lettres', 'éviter « tacle » et « fustige » dans les titres'],
      es: ['«por ciento» en letra en el cuerpo', 'cargos en minúscula: «el alcalde», «la ministra»', 'números del uno al nueve en letra', '«dijo» en lugar de «afirmó» en atribuciones neutras', 'comillas angulares « » en citas', 'nada de «arremete» en titulares'],
    };
    const pool = corrections[lang === 'fr' || lang === 'es' ? lang : 'en']!;
    const used = rng.sample(pool, rng.int(4, pool.length));
    const draft = t(lang, {
      en: `Councillor Mark Ellis Slammed The Budget on Tuesday, stating that 12% of the roads fund had gone unspent. "We were promised action on potholes, speed bumps, and lighting," Ellis claimed. The Council said 3 schemes would start in spring.`,
      fr: `Le Ministre de l'Économie a fustigé mardi les banques, affirmant que 7% des prêts avaient été refusés: « C'est inacceptable! » Il a annoncé 3 mesures pour le printemps.`,
      es: `La Alcaldesa arremete contra la oposición y afirmó que el 8% del presupuesto "no se ha ejecutado". Anunció 4 obras para la primavera.`,
    });
    const messages: ChatMessage[] = [
      sys(`You are the copy-editing assistant for the ${rng.pick(['Westbrook Echo', 'Valley Observer', 'La Voix du Centre', 'El Diario del Norte'])} subs desk. Before editing, you are given the feedback (corrections) the human subs made to your previous edits, retrieved from the edit log, with how often each occurred. Apply the pattern those corrections show, even where the style guide is silent. Return the edited copy only, then a short list of changes.`),
    ];
    const tools = [tool('edit_log_search', 'Retrieve past human corrections to assistant edits for this desk.', { desk: str, top_k: int })];
    const editAsk = t(lang, { en: `Edit this for the web splash:\n\n${draft}`, fr: `Corrige ceci pour la une du site :\n\n${draft}`, es: `Corrige esto para la portada web:\n\n${draft}` });
    if (i % 2 === 0) {
      messages.push(user(editAsk));
      exchange(rng, messages, 'edit_log_search', { desk: 'news', top_k: used.length }, { corrections: used.map((c) => ({ pattern: c, last_seen: isoDay(rng) })) });
    } else {
      messages.push(user(`Corrections the subs made to your edits over the last month:\n${used.map((c) => `- ${c}`).join('\n')}`));
      messages.push(say(t(lang, { en: 'Noted, I\'ll apply these.', fr: 'Bien noté, je les appliquerai.', es: 'Anotado, los aplicaré.' })));
      messages.push(user(editAsk));
    }
    return { lang, messages, tools: i % 2 === 0 ? tools : undefined };
  },
};

const commsSurveillance: Family = {
  id: 'wb-lr-comms-surveillance',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  rationale: 'Analyst dispositions of earlier lexicon hits serve as worked examples for disposing a new alert, although the output is a single disposition.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en', 'ja'], i);
    const examples = [
      { msg: '"let\'s take this offline, call my cell"', ctx: 'desk chat, during market hours', disposition: 'escalate', note: 'moving to unrecorded channel before a large client order' },
      { msg: '"let\'s take this offline"', ctx: 'HR scheduling thread', disposition: 'false_positive', note: 'meeting logistics, no trading context' },
      { msg: '"keep this between us, the number is soft"', ctx: 'research analyst to trader, pre-earnings', disposition: 'escalate', note: 'possible MNPI sharing across wall' },
      { msg: '"guaranteed return if you buy before Friday"', ctx: 'sales to retail client', disposition: 'escalate', note: 'misleading promise' },
      { msg: '"guaranteed to be a bumpy ride lol"', ctx: 'trader to trader, market commentary', disposition: 'false_positive', note: 'colloquial, no client' },
      { msg: '"delete that last message"', ctx: 'fat-finger on wrong chat room', disposition: 'close_with_note', note: 'recordkeeping reminder sent' },
      { msg: '"can you mark it a bit higher before month end"', ctx: 'PM to valuation analyst', disposition: 'escalate', note: 'possible mismarking' },
      { msg: '"mark it down for the 3pm call"', ctx: 'calendar coordination', disposition: 'false_positive', note: 'scheduling' },
    ];
    const shown = rng.sample(examples, rng.int(5, 8));
    const newAlert = rng.pick([
      { msg: '"ping me on WhatsApp, not here"', ctx: 'sales trader to hedge fund client, 10 min before block trade', lex: 'off_channel' },
      { msg: '"the number is soft, trust me"', ctx: 'trader to trader, discussing a weather forecast for the offsite', lex: 'mnpi_hint' },
      { msg: '"just mark it where we talked about"', ctx: 'PM to junior, last business day of quarter', lex: 'valuation' },
      { msg: '"wipe the chat after you read it"', ctx: 'two interns, about a surprise birthday', lex: 'recordkeeping' },
    ]);
    const intro = t(lang, {
      en: 'New alert to disposition.',
      de: 'Neuer Alarm zur Bearbeitung. Die Nachrichten selbst sind auf Englisch.',
      ja: '新しいアラートの判定をお願いします。メッセージ本文は英語です。',
    });
    const messages: ChatMessage[] = [
      sys(`Communications surveillance triage for a broker-dealer. Dispositions: escalate, false_positive, close_with_note. Below are recent alerts with the analyst's final disposition and note. Match the new alert to how analysts handled comparable ones (context matters more than the flagged phrase).\n\n${shown.map((e, k) => `#${k + 1} ${e.msg} | ${e.ctx} -> ${e.disposition} (${e.note})`).join('\n')}`),
      user(`${intro}\nmessage: ${newAlert.msg}\ncontext: ${newAlert.ctx}\nlexicon: ${newAlert.lex}`),
    ];
    return {
      lang, messages,
      response_format: jsonSchema('disposition', { disposition: oneOf('escalate', 'false_positive', 'close_with_note'), closest_precedent: int, note: str }),
      max_tokens: i % 2 === 0 ? 120 : undefined,
    };
  },
};

const reorderBuys: Family = {
  id: 'wb-lr-reorder-buys',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'Earlier seasons\' reorder calls and their sell-through and markdown results guide the reorder decision on a new style; margin trade-offs are also in play.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'zh', 'en', 'pt', 'en'], i);
    const past = Array.from({ length: rng.int(5, 9) }, () => {
      const wk3 = rng.int(18, 55);
      const reorder = rng.pick([0, 0.25, 0.5, 1]);
      return {
        season: rng.pick(['SS24', 'AW24', 'SS25', 'AW25']),
        style: rng.pick(['wide-leg denim', 'cropped cardigan', 'slip dress', 'barrel jeans', 'oversized blazer', 'linen shirt', 'cargo skirt']),
        sell_thru_wk3_pct: wk3,
        reorder_as_pct_of_initial: reorder,
        final_sell_thru_pct: Math.min(98, wk3 + rng.int(15, 50)),
        ended_in_markdown_pct: rng.pick([0, 0, 10, 30, 50]),
        buyer_note: rng.pick(['size 8-10 sold out first', 'colour-led: only black reordered well', 'TikTok spike faded by wk 6', 'reordered late, arrived into markdown', 'steady, no spike']),
      };
    });
    const newStyle = { style: rng.pick(['horseshoe jeans', 'bubble hem skirt', 'suede bomber', 'poplin shirt dress']), initial_units: rng.int(8, 30) * 100, sell_thru_wk3_pct: rng.int(22, 60), lead_time_weeks: rng.int(5, 10), margin_full_price_pct: rng.int(55, 68), weeks_left_in_season: rng.int(8, 16) };
    const body = t(lang, {
      en: `Reorder call on ${newStyle.style}. ${JSON.stringify(newStyle)}\n\nHow past reorders turned out:\n${past.map((p) => JSON.stringify(p)).join('\n')}\n\nDo we reorder, how much, and which sizes/colours do we skew?`,
      zh: `关于${newStyle.style}的补单决定。${JSON.stringify(newStyle)}\n\n以往补单的结果：\n${past.map((p) => JSON.stringify(p)).join('\n')}\n\n要不要补单？补多少？尺码和颜色怎么倾斜？`,
      pt: `Decisão de recompra para ${newStyle.style}. ${JSON.stringify(newStyle)}\n\nComo foram as recompras anteriores:\n${past.map((p) => JSON.stringify(p)).join('\n')}\n\nRecompramos? Quanto, e para quais tamanhos/cores puxamos?`,
    });
    const messages: ChatMessage[] = [];
    if (i !== 0) messages.push(sys(`Assistant to the womenswear buying team at a mid-market fashion retailer. Ground your call in how similar past reorders performed; call out when the new case differs from the precedents.`));
    messages.push(user(body));
    return { lang, messages, max_tokens: rng.chance(0.4) ? 700 : undefined };
  },
};

// =====================================================================
// non-agentic (labelled with the closest type)
// =====================================================================

const policyExplainer: Family = {
  id: 'wb-na-policy-explainer',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'A one-off plain-language explanation of a policy clause; no environment, search or choice, closest to a single-turn reflex.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'de', 'en'], i);
    const clause = rng.pick([
      'We will not pay for loss or damage caused by or resulting from continuous or repeated seepage or leakage of water or steam over a period of 14 or more days.',
      'Coverage for personal property away from the residence premises is limited to 10% of the Coverage C limit, but not less than $1,000.',
      'This policy does not cover bodily injury to any person while operating a vehicle for a transportation network company when logged into the app.',
      'Benefits are reduced by 50% for services received without prior authorization when prior authorization is required.',
    ]);
    const body = t(lang, {
      en: `${rng.pick(['Can you explain this in normal words?', 'what does this actually mean for me', 'My agent sent this paragraph. Plain English please:'])}\n\n"${clause}"`,
      es: `¿Me explicas con palabras sencillas qué significa esta cláusula de mi póliza?\n\n"${clause}"`,
      de: `Kannst du mir diese Klausel aus meiner Versicherung in einfachen Worten erklären?\n\n"${clause}"`,
    });
    const messages: ChatMessage[] = [];
    if (i % 2 === 1) messages.push(sys('You are a friendly assistant. Answer clearly and briefly. Mention that the policy wording and the insurer have the final word.'));
    messages.push(user(body));
    return { lang, messages, max_tokens: rng.chance(0.5) ? 300 : undefined };
  },
};

const articleSummary: Family = {
  id: 'wb-na-article-summary',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Summarising a single article into a newsletter blurb is plain text transformation, closest to a one-shot reflex.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'ja'], i);
    const paras = [
      `The regional transit authority approved a ${rng.int(2, 6)}% fare increase on ${rng.pick(['Monday', 'Wednesday'])}, its first in six years, citing rising energy costs and a ${money(rng.int(12, 60))} million operating shortfall.`,
      `Board members voted ${rng.int(5, 8)}-${rng.int(1, 4)} after a three-hour public hearing in which riders, many of them students and shift workers, urged the authority to protect reduced fares.`,
      `Under the approved package, monthly passes for seniors and people with disabilities will stay at current prices, while the standard single fare rises to ${money(rng.int(2, 3))}.${rng.int(10, 90)}.`,
      `The authority also said it would restore ${rng.int(4, 12)} late-night routes cut during the pandemic, funded in part by a state grant announced last month.`,
      `Critics said the increase could push riders back into cars. "Every time fares go up, ridership goes down," said ${person(rng, 'en')}, who leads a riders' advocacy group.`,
    ];
    const article = paras.join('\n\n');
    const ask = t(lang, {
      en: rng.pick(['Summarise this for our morning newsletter in 2 sentences, neutral tone.', 'TL;DR in three bullets please']),
      fr: 'Résume cet article en deux phrases, en français, pour notre newsletter du matin. Ton neutre.',
      ja: 'この記事を朝のニュースレター用に日本語で2文に要約してください。中立的なトーンでお願いします。',
    });
    const messages: ChatMessage[] = [];
    if (i === 2) messages.push(sys('You write short, accurate newsletter blurbs. Never add facts not in the source.'));
    messages.push(user(`${ask}\n\n---\n${article}`));
    return { lang, messages, max_tokens: rng.pick([150, 200, 250]) };
  },
};

const coverLetterHelp: Family = {
  id: 'wb-na-cover-letter-help',
  label: 'model_based_reflex',
  agentic: false,
  difficulty: 'medium',
  rationale: 'Multi-turn writing help that revises a draft as the conversation accumulates the user\'s details and objections; closest to keeping a running picture of the conversation.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'zh', 'en'], i);
    const job = rng.pick(['junior UX researcher at a health-tech startup', 'library assistant at the city library', 'marketing coordinator at a publishing house', 'paralegal at an immigration firm']);
    const messages: ChatMessage[] = [];
    if (i % 2 === 0) messages.push(sys('You are a helpful writing assistant.'));
    messages.push(user(t(lang, {
      en: `Can you help me write a cover letter for a ${job}? I'm switching from ${rng.pick(['retail management', 'teaching', 'hospitality'])}, ${rng.int(3, 9)} years.`,
      pt: `Pode me ajudar a escrever uma carta de apresentação para a vaga de ${job}? Estou mudando de área, vim do varejo, ${rng.int(3, 9)} anos.`,
      zh: `能帮我写一封求职信吗？职位是${job}。我之前做了${rng.int(3, 9)}年教师，现在想转行。`,
    })));
    messages.push(say(t(lang, {
      en: 'Happy to. Here is a first draft:\n\nDear Hiring Manager,\n\nI am excited to apply for ... [draft continues for three paragraphs] ...\n\nWarm regards,\n[Name]',
      pt: 'Claro! Aqui vai um primeiro rascunho:\n\nPrezada equipe de recrutamento,\n\nÉ com entusiasmo que me candidato ... [o rascunho continua por três parágrafos] ...\n\nAtenciosamente,\n[Nome]',
      zh: '当然可以。以下是初稿：\n\n尊敬的招聘负责人：\n\n我怀着极大的热情申请……（初稿共三段）……\n\n此致\n敬礼\n[姓名]',
    })));
    const followups = t(lang, {
      en: `too formal, and don't say "excited". Also mention I ran the ${rng.pick(['customer survey program', 'after-school reading club', 'loyalty program redesign'])}.`,
      pt: 'ficou formal demais, e tira o "entusiasmo". Menciona também que eu coordenei a pesquisa de satisfação dos clientes.',
      zh: '太正式了，别用“极大的热情”这种词。另外提一下我组织过课后阅读社团。',
    });
    messages.push(user(followups));
    if (i >= 2) {
      messages.push(say(t(lang, { en: 'Got it — here\'s a warmer version that leads with the survey work: ...', pt: 'Entendi — aqui vai uma versão mais leve, começando pela pesquisa de satisfação: ...', zh: '明白了——下面是更亲切一些、以阅读社团开头的版本：……' })));
      messages.push(user(t(lang, { en: 'better. can you cut it to under 250 words and keep the bit about the survey', pt: 'melhorou. dá pra deixar com menos de 250 palavras mantendo a parte da pesquisa?', zh: '好多了。能压缩到400字以内吗？阅读社团那部分要保留。' })));
    }
    return { lang, messages };
  },
};

export const wideB: Family[] = [
  claimDocType, knockoutScreen, wireDesk, consentGate, catalogCategory, expenseLine,
  claimFile, resultsNight, atsStalls, shelfCount, proctorSession, householdLedger,
  emoneyLicensing, imageRights, storefrontLaunch, dsarFulfil, sourceTrace, mortgageReady,
  homepageSlots, deductibleChoice, meritPool, pushSlots, printRun, withdrawalMix,
  uwReferrals, subjectLines, sourcingOutreach, houseStyle, commsSurveillance, reorderBuys,
  policyExplainer, articleSummary, coverLetterHelp,
];
