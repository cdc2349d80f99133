// Late-author families (xa-*): written 2026-12-02 from the type definitions only, by an author who never saw the classifier, its errors or the held-out families. Never trained on (bench/RESULTS.md, sixteenth round).
import type { ChatMessage } from '../../../../src/core/types';
import {
  type Family,
  bool, exchange, int, jsonSchema, langAt, list, num, obj, oneOf, pad, say, str, sys, t, tool, user,
} from './kit';

const FIRST = ['Maria', 'James', 'Aisha', 'Tomasz', 'Lucía', 'Kenji', 'Fatima', 'Oliver', 'Mei', 'João', 'Claire', 'Dmitri', 'Priya', 'Hannah'];
const LAST = ['Okafor', 'Schmidt', 'García', 'Nguyen', 'Dubois', 'Tanaka', 'Silva', 'Kowalski', 'Chen', 'Haddad', 'Murphy', 'Larsen'];
const STREETS = ['Elm St', 'Harbor Ave', 'Linden Rd', 'Mill Lane', 'Cedar Blvd', 'Station Rd', 'Orchard Way', 'Kingsley St', 'Riverside Dr', 'Pine Ct'];

// ---------------------------------------------------------------- simple_reflex

const srPermitDoc: Family = {
  id: 'xa-sr-permit-doc-type',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each uploaded attachment is classified into one document type from its OCR text alone, with no history or search.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es', 'en'], i);
    const docs = [
      `SITE PLAN — Parcel ${rng.int(100, 999)}-${rng.int(10, 99)}-${rng.int(100, 999)}\nScale 1" = 20'\nSetbacks: front ${rng.int(15, 30)} ft, side ${rng.int(5, 10)} ft\nExisting structure shown hatched; proposed deck in bold outline.`,
      `CERTIFICATE OF INSURANCE\nInsured: ${rng.pick(LAST)} Roofing LLC\nGeneral liability each occurrence $${rng.int(1, 3)},000,000\nCertificate holder: City of ${rng.pick(['Fairview', 'Millbrook', 'Easton'])} Building Division`,
      `GRANT DEED\nRecording requested by ${rng.pick(FIRST)} ${rng.pick(LAST)}\nAPN ${rng.int(100, 999)}-${rng.int(100, 999)}-${pad(rng.int(1, 99))}\nFor valuable consideration, receipt of which is hereby acknowledged...`,
      `Contractor License Verification\nLicense No. ${rng.int(400000, 999999)} — Class B General Building\nStatus: ACTIVE  Expires ${pad(rng.int(1, 12))}/${2027 + rng.int(0, 2)}`,
      `Truss calc package, ${rng.int(8, 24)} sheets. Design loads TCLL ${rng.pick([20, 25, 30])} psf, TCDL 10 psf, BCDL 10 psf. Engineer seal on sheet 1.`,
    ];
    const text = docs[(i + rng.int(0, 4)) % docs.length]!;
    const sysText = `You sort attachments uploaded to the residential building permit portal. Return exactly one document_type per attachment.
Allowed types: site_plan, proof_of_ownership, contractor_license, insurance_certificate, structural_calculations, other.
Do not infer from the file name; read the OCR text. If two types could apply, pick the one that the first page is primarily about. Never ask questions.`;
    const intro = t(lang, {
      en: 'Attachment OCR text:',
      de: 'OCR-Text des Anhangs (vom Antragsteller hochgeladen):',
      es: 'Texto OCR del adjunto subido por el solicitante:',
    });
    return {
      lang,
      messages: [sys(sysText), user(`${intro}\n---\n${text}\n---`)],
      response_format: jsonSchema('attachment_type', {
        document_type: oneOf('site_plan', 'proof_of_ownership', 'contractor_license', 'insurance_certificate', 'structural_calculations', 'other'),
      }),
      max_tokens: rng.pick([20, 32, 50]),
    };
  },
};

const srReturnSlip: Family = {
  id: 'xa-sr-library-return-bin',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A returned item scan is mapped straight to one bin by fixed rules; nothing is carried between scans.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'fr', 'en', 'pt'], i);
    const branches = ['Central', 'Northgate', 'Westside', 'Lakeview', 'Hillcrest'];
    const home = rng.pick(branches);
    const here = rng.chance(0.5) ? home : rng.pick(branches);
    const hold = rng.chance(0.4);
    const damaged = rng.chance(0.2);
    const scan = {
      barcode: `3${rng.int(1000000000, 9999999999)}`,
      title: rng.pick(['The Overstory', 'Atomic Habits', 'Dog Man: Mothering Heights', 'Lonely Planet Portugal', 'El infinito en un junco', 'Le Petit Prince']),
      owning_branch: home,
      scanned_at: here,
      hold_queue: hold ? rng.int(1, 6) : 0,
      staff_note: damaged ? rng.pick(['water damage on cover', 'pages loose', 'DVD case cracked']) : '',
    };
    const tools = [tool('route_item', 'Send the returned item to a sorting bin at the return desk.', {
      barcode: str,
      bin: oneOf('hold_shelf', 'reshelve_here', 'transit', 'mending'),
      transit_to: { type: 'string', description: 'Branch name when bin is transit, else empty string' },
    })];
    const ask = t(lang, {
      en: 'Item returned at the desk, where does it go?',
      fr: 'Document rendu au comptoir, dans quel bac va-t-il ?',
      pt: 'Item devolvido no balcão, para qual caixa vai?',
    });
    const msgs: ChatMessage[] = [];
    if (i !== 3) msgs.push(sys(`Return-desk sorter. Rules, in order: damaged -> mending; hold_queue > 0 -> hold_shelf if scanned_at has the first hold pickup, else transit to that branch; owning_branch != scanned_at -> transit to owning_branch; otherwise reshelve_here. Call route_item once.`));
    msgs.push(user(`${ask}\n${JSON.stringify(scan)}`));
    return { lang, messages: msgs, tools, tool_choice: { type: 'function', function: { name: 'route_item' } } };
  },
};

const srStreetlight: Family = {
  id: 'xa-sr-streetlight-owner',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'A single outage report is answered yes/no on whether the pole is city-owned, from the tag text in that one report.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'zh'], i);
    const tagCity = rng.chance(0.5);
    const tag = tagCity ? `CITY SL-${rng.int(1000, 9999)}` : rng.pick([`PG&E ${rng.int(100000, 999999)}`, `SCE pole ${rng.int(1000000, 9999999)}`, `Utility tag ${rng.int(10000, 99999)}-E`]);
    const street = rng.pick(STREETS);
    const report = t(lang, {
      en: `Light out on ${street} near house ${rng.int(100, 2999)}. It's been dark ${rng.int(2, 14)} nights. Tag on pole says "${tag}". Kind of scary walking home.`,
      es: `La farola de ${street}, cerca del número ${rng.int(100, 2999)}, está apagada desde hace ${rng.int(2, 14)} noches. La placa del poste dice "${tag}".`,
      zh: `${street} ${rng.int(100, 2999)} 号附近的路灯已经 ${rng.int(2, 14)} 个晚上不亮了。灯杆上的牌子写着"${tag}"。`,
    });
    return {
      lang,
      messages: [
        sys(`Answer only whether the reported streetlight pole belongs to the city (true) or to the electric utility (false). City poles carry tags starting "CITY SL-". Anything else, or no tag, is utility. Output JSON.`),
        user(report),
      ],
      response_format: jsonSchema('pole_owner', { city_owned: bool }),
      max_tokens: 16,
    };
  },
};

const srReducedFare: Family = {
  id: 'xa-sr-reduced-fare-check',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'The validator decides eligible/not eligible for one concession card from the fields shown, applying fixed rules.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'ja', 'zh'], i);
    const cat = rng.pick(['senior', 'disability', 'student', 'low_income']);
    const age = cat === 'senior' ? rng.int(58, 80) : rng.int(14, 45);
    const expiry = `2026-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const card = `category=${cat}; holder_age=${age}; card_expiry=${expiry}; photo_match=${rng.pick(['yes', 'yes', 'no'])}; today=2026-06-15`;
    const head = t(lang, {
      en: 'Concession card at gate 4:',
      de: 'Ermäßigungskarte an Sperre 4 vorgezeigt:',
      ja: '4番改札で割引パスが提示されました:',
      zh: '4号闸机有乘客出示优惠卡：',
    });
    return {
      lang,
      messages: [
        sys(`Fare inspection helper for Metro Transit. A concession card is valid only if: not expired; photo_match=yes; senior cards need holder_age >= 65; student cards need holder_age <= 25. Reply with one word: VALID or INVALID.`),
        user(`${head} ${card}`),
      ],
      max_tokens: rng.pick([3, 5, 8]),
      temperature: 0,
    };
  },
};

const srBallotEnvelope: Family = {
  id: 'xa-sr-ballot-envelope',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Each returned mail-ballot envelope is put into accept/cure/reject from the fields on that envelope only.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'zh', 'en'], i);
    const env = {
      envelope_id: `MB-${rng.int(100000, 999999)}`,
      signature_present: rng.chance(0.8),
      signature_matches_file: rng.pick(['match', 'match', 'possible_mismatch', 'no_reference']),
      postmark: `2026-11-${pad(rng.int(1, 6))}`,
      received: `2026-11-${pad(rng.int(3, 12))}`,
      witness_signed: rng.chance(0.85),
      inner_envelope_sealed: rng.chance(0.9),
    };
    const rules = `Mail ballot envelope review, county elections office. Election day 2026-11-03. Rules:
1. Postmark after election day, or received after 2026-11-10 -> reject (late).
2. Missing signature, possible_mismatch, or missing witness -> cure (voter gets a cure letter).
3. Unsealed inner envelope -> cure.
4. Otherwise accept.
Return the decision and the rule number that decided it. No commentary.`;
    const msg = t(lang, {
      en: `Envelope scan record:\n${JSON.stringify(env, null, 1)}`,
      es: `Registro del escaneo del sobre (el votante escribió la nota en español):\n${JSON.stringify(env, null, 1)}`,
      zh: `信封扫描记录如下，请判断：\n${JSON.stringify(env, null, 1)}`,
    });
    return {
      lang,
      messages: [sys(rules), user(msg)],
      response_format: jsonSchema('envelope_decision', { decision: oneOf('accept', 'cure', 'reject'), rule: int }),
    };
  },
};

const srCourtForm: Family = {
  id: 'xa-sr-court-desk-form',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'The kiosk maps one visitor sentence to a single form code; it keeps no conversation and searches nothing.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'fr', 'en', 'en'], i);
    const needs: Record<'en' | 'pt' | 'fr', string[]> = {
      en: ['my landlord kept my deposit and I want to sue for $1,800', 'I got a summons for jury duty but I have surgery that week', 'need to answer an eviction notice I got friday', 'how do i change my daughter\'s last name', 'I want to pay a traffic ticket I got last month'],
      pt: ['o meu senhorio ficou com a caução e quero processar', 'recebi uma convocação para jurado mas vou ser operado nessa semana', 'preciso responder a uma ordem de despejo', 'quero mudar o sobrenome da minha filha', 'quero pagar uma multa de trânsito'],
      fr: ['mon propriétaire a gardé ma caution et je veux le poursuivre', "j'ai reçu une convocation de juré mais je suis opéré cette semaine-là", "je dois répondre à un avis d'expulsion", 'comment changer le nom de famille de ma fille', 'je veux payer une contravention'],
    };
    const pool = needs[lang as 'en' | 'pt' | 'fr'];
    const need = pool[(i + rng.int(0, 4)) % pool.length]!;
    const codes = ['SC-100 small claims', 'JURY-2 deferral request', 'UD-105 answer (unlawful detainer)', 'NC-100 name change', 'TR-PAY traffic payment window', 'NONE staff assist'];
    const prompt = rng.chance(0.5)
      ? `Self-help kiosk, Superior Court lobby. Pick the ONE form code that fits the visitor's words. Codes:\n${codes.map((c) => `- ${c}`).join('\n')}\nAnswer with the code only (e.g. "NC-100").`
      : `You are the form picker on the courthouse kiosk. Codes: ${codes.join('; ')}. Output only the code.`;
    return { lang, messages: [sys(prompt), user(need)], max_tokens: 10 };
  },
};

// ---------------------------------------------------------------- model_based_reflex

const mbWaterPressure: Family = {
  id: 'xa-mb-water-zone-pressure',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Successive sensor readings from a zone with unseen pipes are folded into a running picture of what is happening, and the operator asks for the current situation and the immediate action.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en', 'es'], i);
    const zone = rng.pick(['PZ-3 Hilltop', 'PZ-7 Riverbend', 'PZ-2 Old Town', 'PZ-5 Eastfield']);
    const tools = [
      tool('read_pressure', 'Latest pressure (psi) and flow (gpm) for a monitoring point.', { point_id: str }),
      tool('read_tank', 'Tank level (ft) and inflow/outflow for a storage tank.', { tank_id: str }),
      tool('get_work_orders', 'Open field work orders in a pressure zone.', { zone: str }),
    ];
    const messages: ChatMessage[] = [
      sys(`You are the night-shift assistant for the municipal water utility control room. You cannot see the pipes; you only see telemetry from a few points, tank levels and field work orders. Keep a running account of what is probably going on in the zone (normal, main break, stuck PRV, pump trip, hydrant use) and revise it as readings arrive. When asked, say what you think is happening and the one thing the operator should do right now. Be brief. Units: psi, gpm, ft.`),
      user(t(lang, {
        en: `Alarm came in on ${zone}. Check it.`,
        de: `Alarm in Zone ${zone}. Bitte prüfen.`,
        es: `Llegó una alarma en ${zone}. Revísala.`,
      })),
    ];
    let p = rng.int(62, 75);
    const n = rng.int(2, 4);
    for (let k = 0; k < n; k++) {
      p -= rng.int(3, 11);
      exchange(rng, messages, 'read_pressure', { point_id: `MP-${pad(k + 1)}` }, { point_id: `MP-${pad(k + 1)}`, psi: p, gpm: rng.int(300, 900), ts: `02:${pad(10 + k * 7)}` });
    }
    exchange(rng, messages, 'read_tank', { tank_id: 'T-HILL' }, { level_ft: +(rng.int(180, 260) / 10).toFixed(1), trend_ft_per_hr: -(rng.int(4, 15) / 10), inflow_gpm: rng.int(0, 400), outflow_gpm: rng.int(700, 1600) });
    if (rng.chance(0.6)) exchange(rng, messages, 'get_work_orders', { zone }, { open: rng.chance(0.5) ? [] : [{ id: `WO-${rng.int(2000, 9999)}`, type: 'hydrant flushing', status: 'scheduled 08:00' }] });
    messages.push(say(t(lang, { en: 'Pressure is falling at each point downstream and the tank is draining faster than it fills.', de: 'Der Druck fällt an allen Messpunkten stromabwärts, der Behälter leert sich schneller als er gefüllt wird.', es: 'La presión baja en cada punto aguas abajo y el tanque se vacía más rápido de lo que se llena.' })));
    messages.push(user(t(lang, {
      en: `Customer call just now: water running down ${rng.pick(STREETS)} near the school. What's going on and what do I do first?`,
      de: `Gerade Bürgeranruf: Wasser läuft die ${rng.pick(STREETS)} bei der Schule hinunter. Was ist los und was mache ich zuerst?`,
      es: `Acaba de llamar un vecino: corre agua por ${rng.pick(STREETS)} junto a la escuela. ¿Qué pasa y qué hago primero?`,
    })));
    return { lang, messages, tools };
  },
};

const mbPollingSites: Family = {
  id: 'xa-mb-polling-site-checkins',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Hourly check-ins from polling places each reveal only part of the picture, and the desk must keep each site\'s condition current and react to it.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'en', 'fr'], i);
    const sites = rng.sample(['Lincoln Elementary', 'Fire Station 9', 'St. Mark\'s Hall', 'Westside Library', 'Senior Center', 'Armory Gym', 'Rec Center North'], rng.int(3, 5));
    const messages: ChatMessage[] = [];
    if (rng.chance(0.8)) messages.push(sys(`Election-day operations desk. Poll workers text in check-ins; you keep a per-site picture (open/closed, line length, ballot-on-demand printer, e-pollbook sync, supply counts) and update it with each message, because sites don't report everything each time. When the coordinator asks, give the current picture per site and which single site needs a rover sent now.`));
    const hours = ['07:00', '08:00', '09:00', '10:00', '11:00', '12:00'];
    const rounds = rng.int(3, 5);
    for (let h = 0; h < rounds; h++) {
      const s = sites[h % sites.length]!;
      const line = rng.int(0, 70);
      const bits = [`${hours[h]} ${s}: line ~${line}`];
      if (rng.chance(0.5)) bits.push(`BOD printer ${rng.pick(['ok', 'jammed', 'low toner'])}`);
      if (rng.chance(0.4)) bits.push(`pollbook ${rng.pick(['synced', 'offline since ' + hours[Math.max(0, h - 1)]])}`);
      if (rng.chance(0.4)) bits.push(`provisional envelopes left ${rng.int(2, 40)}`);
      messages.push(user(bits.join(', ')));
      messages.push(say(rng.pick(['Logged.', 'Noted, updated.', 'Got it.', 'Updated ' + s + '.'])));
    }
    messages.push(user(t(lang, {
      en: 'Coordinator here. Where do things stand across sites, and where does the one free rover go?',
      de: 'Hier die Koordination. Wie sieht es an den Standorten gerade aus, und wohin schicken wir den einen freien Springer?',
      fr: 'Ici la coordination. Où en est chaque bureau de vote, et où envoie-t-on le seul technicien disponible ?',
    })));
    return { lang, messages, max_tokens: rng.pick([300, 400, 600]) };
  },
};

const mbParkingMeters: Family = {
  id: 'xa-mb-parking-meter-faults',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'Sparse, delayed meter telemetry is used to keep a belief about which meters are actually broken and to decide the immediate dispatch.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'pt'], i);
    const ids = Array.from({ length: rng.int(4, 6) }, () => `PM-${rng.int(1000, 4999)}`);
    const lines = ids.map((id) => {
      const ev = rng.pick(['COIN_JAM', 'BATT 3.41V', 'BATT 3.02V', 'MODEM_RETRY x4', 'CARD_READ_ERR', 'HEARTBEAT', 'HEARTBEAT', 'DOOR_OPEN']);
      return `2026-03-${pad(rng.int(10, 12))}T${pad(rng.int(6, 19))}:${pad(rng.int(0, 59))} ${id} ${ev}`;
    });
    const more = ids.slice(0, 3).map((id) => `2026-03-12T${pad(rng.int(14, 20))}:${pad(rng.int(0, 59))} ${id} ${rng.pick(['TXN card $2.50', 'TXN coin $1.00', 'NO_TXN 6h', 'HEARTBEAT'])}`);
    const tools = [tool('fetch_meter_log', 'Next chunk of the parking meter event log.', { since: str, limit: int }), tool('create_service_ticket', 'Dispatch a technician to a meter.', { meter_id: str, fault: oneOf('coin_jam', 'battery', 'comms', 'card_reader', 'vandalism'), priority: oneOf('today', 'this_week') })];
    const messages: ChatMessage[] = [
      sys(`Parking services assistant. Meters report only on events and heartbeats arrive late or not at all, so a meter that went quiet may be dead, may be fine but offline, or may just be on a street with no parkers. Keep a view of each meter and change it as new log chunks arrive. Transactions after a fault report mean the fault cleared.`),
    ];
    exchange(rng, messages, 'fetch_meter_log', { since: '2026-03-10T00:00', limit: 200 }, lines.join('\n'));
    messages.push(say(t(lang, { en: 'First chunk read. Pulling the newer events before deciding.', ja: '最初のログを確認しました。判断の前に新しいイベントを取得します。', pt: 'Li o primeiro bloco. Vou buscar os eventos mais recentes antes de decidir.' })));
    exchange(rng, messages, 'fetch_meter_log', { since: '2026-03-12T12:00', limit: 200 }, more.join('\n'));
    messages.push(user(t(lang, {
      en: 'One tech available this afternoon. Which meter is really down right now, and open the ticket.',
      ja: '今日の午後は技術者が1人だけです。今本当に故障しているのはどのメーターか判断して、チケットを作成してください。',
      pt: 'Só temos um técnico hoje à tarde. Qual parquímetro está mesmo avariado agora? Abra o chamado.',
    })));
    return { lang, messages, tools, tool_choice: 'auto' };
  },
};

const mbCaseEvents: Family = {
  id: 'xa-mb-household-case-events',
  label: 'model_based_reflex',
  difficulty: 'hard',
  secondary: 'goal_based',
  rationale: 'A caseworker assistant assembles a household\'s current circumstances from a trickle of events (visits, benefit notices, calls) and reacts to the newest one.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'es'], i);
    const hh = `HH-${rng.int(20000, 89999)}`;
    const tools = [
      tool('get_case_events', 'Chronological events on a household case file.', { household_id: str, after: str }),
      tool('get_benefit_status', 'Current status of one benefit program for the household.', { household_id: str, program: oneOf('SNAP', 'TANF', 'LIHEAP', 'childcare_subsidy', 'medicaid') }),
    ];
    const events = [
      { date: '2026-01-08', type: 'home_visit', note: `${rng.int(2, 4)} children, utilities on, mother working ${rng.int(18, 30)} h/wk` },
      { date: '2026-02-02', type: 'notice_sent', note: 'LIHEAP application received, pending income docs' },
      { date: '2026-02-20', type: 'phone_call', note: rng.pick(['client reports hours cut', 'client reports new job starting March', 'landlord called about late rent']) },
      { date: '2026-03-05', type: 'mail_returned', note: 'recertification packet returned undeliverable' },
    ].slice(0, rng.int(3, 4));
    const messages: ChatMessage[] = [
      sys(`Assistant inside the county human-services case system. You only see what is logged; families' real circumstances change between contacts. Build the current picture of the household from the file and the latest information, and say what the worker should do about the newest event. Do not make eligibility determinations.`),
      user(t(lang, { en: `New event on ${hh}. Pull the file first.`, ja: `${hh} に新しいイベントがあります。まずファイルを確認してください。`, es: `Nuevo evento en ${hh}. Primero revisa el expediente.` })),
    ];
    exchange(rng, messages, 'get_case_events', { household_id: hh, after: '2026-01-01' }, { events });
    exchange(rng, messages, 'get_benefit_status', { household_id: hh, program: 'SNAP' }, { status: rng.pick(['active', 'recert_due', 'suspended']), recert_due: `2026-04-${pad(rng.int(1, 30))}` });
    messages.push(user(t(lang, {
      en: `Latest: school social worker says the kids mentioned the heat was off last week. Where does this family stand now and what's my immediate step?`,
      ja: `最新情報：学校のソーシャルワーカーによると、子どもたちが先週暖房が止まっていたと話したそうです。この世帯は今どういう状況で、私がすぐにすべきことは何ですか？`,
      es: `Lo último: la trabajadora social de la escuela dice que los niños comentaron que la calefacción estuvo cortada la semana pasada. ¿Cómo está esta familia ahora y qué hago de inmediato?`,
    })));
    return { lang, messages, tools };
  },
};

const mbSorterLog: Family = {
  id: 'xa-mb-library-sorter-log',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Log chunks from the materials-handling sorter are accumulated into a picture of bin fill and jams that cannot be observed directly, then the current condition is asked for.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'en', 'zh'], i);
    const bins = ['B1 holds', 'B2 adult fiction', 'B3 juvenile', 'B4 AV', 'B5 transit', 'B6 exceptions'];
    const chunk = (start: number): string => Array.from({ length: rng.int(5, 8) }, (_, k) => {
      const b = rng.pick(bins);
      const ev = rng.pick(['ITEM_SORTED', 'ITEM_SORTED', 'ITEM_SORTED', 'BIN_FULL_SENSOR', 'RFID_NO_READ -> B6', 'BELT_STALL 3s', 'BIN_SWAPPED']);
      const line = ev.startsWith('RFID') ? `${ev} exceptions (intended ${b})` : `${ev} ${b}`;
      return `[${pad(9 + Math.floor((start + k) / 6))}:${pad(((start + k) * 9) % 60)}] ${line}`;
    }).join('\n');
    const messages: ChatMessage[] = [
      sys(`You watch the automated return sorter at Central Library. Bins have no live fill gauge; BIN_FULL_SENSOR trips late and BIN_SWAPPED means staff emptied it. Keep a running estimate of each bin's fill (capacity ~60 items) and of belt health from the log. Reply to log chunks with "ack" unless asked a question.`),
    ];
    const rounds = rng.int(2, 4);
    for (let r = 0; r < rounds; r++) {
      messages.push(user(chunk(r * 8)));
      messages.push(say('ack'));
    }
    messages.push(user(t(lang, {
      en: 'Circ desk asking: can we keep the drop open for the after-school rush or should someone go to the sorter room now?',
      es: 'Pregunta el mostrador de préstamo: ¿dejamos abierto el buzón para la hora punta después del colegio o alguien tiene que ir ya a la sala del clasificador?',
      zh: '借还台在问：放学高峰期还能继续开着还书口吗？还是现在就需要有人去分拣室？',
    })));
    return { lang, messages, max_tokens: rng.chance(0.5) ? 250 : undefined };
  },
};

const mbBusBunching: Family = {
  id: 'xa-mb-bus-headway-hold',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Vehicle position pings with gaps are tracked across turns to infer where buses are now, and the dispatcher asks for a hold/no-hold reaction.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de', 'en'], i);
    const route = rng.pick(['12', '38', '7X', '52', 'R4']);
    const buses = rng.sample(['1021', '1044', '1107', '1133', '1190', '1215'], 3);
    const tools = [
      tool('get_avl_positions', 'Latest automatic vehicle location pings for a route (may be stale).', { route: str }),
      tool('send_operator_message', 'Send a canned instruction to a bus operator console.', { bus_id: str, instruction: oneOf('hold_at_next_timepoint', 'skip_layover', 'proceed_normal'), seconds: int }),
    ];
    const messages: ChatMessage[] = [
      sys(`Street supervisor copilot for route ${route}. AVL pings arrive every 30-90 s and sometimes drop out in the tunnel between stops 14 and 17. Track where each bus most likely is and the gaps between them. Scheduled headway ${rng.pick([6, 8, 10, 12])} min.`),
    ];
    const polls = rng.int(2, 4);
    for (let k = 0; k < polls; k++) {
      exchange(rng, messages, 'get_avl_positions', { route }, {
        asof: `07:${pad(40 + k * 2)}:${pad(rng.int(0, 59))}`,
        vehicles: buses.map((b) => ({ bus: b, last_stop: rng.int(8, 22), age_s: rng.pick([12, 40, 95, 180]), load_pct: rng.int(20, 110) })),
      });
    }
    messages.push(user(t(lang, {
      en: `Riders at stop 19 tweeting two buses showed up together. Which buses, where are they now, and what do you send?`,
      fr: `Des usagers à l'arrêt 19 signalent deux bus arrivés ensemble. Lesquels, où sont-ils maintenant et quel message envoies-tu ?`,
      de: `Fahrgäste an Haltestelle 19 melden zwei Busse direkt hintereinander. Welche Busse, wo sind sie jetzt und was schickst du?`,
    })));
    return { lang, messages, tools };
  },
};

// ---------------------------------------------------------------- goal_based

const gbVendorPermit: Family = {
  id: 'xa-gb-food-truck-permit-path',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The agent must find an ordered route through dependent approvals that ends with a valid vending permit by a fixed date, looking up prerequisites as it goes.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'pt', 'en'], i);
    const open = `2026-${pad(rng.int(5, 8))}-${pad(rng.int(1, 28))}`;
    const biz = rng.pick(['Tacos La Güera', 'Seoul Wheels', 'Pão & Co.', 'Bayou Bites', 'The Rolling Pierogi']);
    const tools = [
      tool('lookup_requirement', 'Look up a city/county permit or approval: prerequisites, processing days, fee.', { name: str }),
      tool('check_inspection_slots', 'Earliest open inspection date for an agency.', { agency: oneOf('fire_marshal', 'county_health', 'commissary_audit'), after: str }),
      tool('add_step', 'Append a step to the applicant checklist shown in the portal.', { order: int, step: str, due: str }),
    ];
    const messages: ChatMessage[] = [
      sys(`You are the Small Business Navigator for the City Office of Economic Development. Applicants tell you what they want to open and by when. Work out every approval they need, in an order that respects prerequisites and processing times, so they can legally operate on their opening day. Use the tools to look things up; don't guess processing times. Write the steps into the checklist with add_step.`),
      user(t(lang, {
        en: `Hi, I'm launching ${biz}, a food truck, and want to sell at the Civic Plaza market starting ${open}. Truck is bought, I have propane cooking. What do I need and in what order?`,
        es: `Hola, voy a abrir ${biz}, un food truck, y quiero vender en el mercado de Civic Plaza a partir del ${open}. Ya tengo el camión y cocino con propano. ¿Qué necesito y en qué orden?`,
        pt: `Olá, vou abrir o ${biz}, um food truck, e quero vender na feira da Civic Plaza a partir de ${open}. Já comprei o caminhão e cozinho a gás propano. Do que preciso e em que ordem?`,
      })),
    ];
    exchange(rng, messages, 'lookup_requirement', { name: 'mobile food vending permit' }, { prerequisites: ['county health permit (mobile food facility)', 'fire safety inspection (propane)', 'commissary agreement', 'business license'], processing_days: rng.int(7, 15), fee_usd: rng.int(150, 420) });
    exchange(rng, messages, 'lookup_requirement', { name: 'county health permit (mobile food facility)' }, { prerequisites: ['plan check approval', 'commissary agreement'], processing_days: rng.int(10, 25), fee_usd: rng.int(300, 900) });
    if (rng.chance(0.7)) exchange(rng, messages, 'check_inspection_slots', { agency: 'fire_marshal', after: '2026-04-01' }, { earliest: `2026-04-${pad(rng.int(8, 28))}`, note: 'propane tanks must be mounted before inspection' });
    return { lang, messages, tools };
  },
};

const gbInterlibrary: Family = {
  id: 'xa-gb-interlibrary-fetch',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'A target item has to be located across a consortium and got to a named pickup branch before a deadline; each tool call is a search step toward that end.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de'], i);
    const title = rng.pick(['A History of the County Poor Farm, 1880-1935', 'Atlas historique des canaux du Nord', 'Stadtplan von Danzig 1910 (Faksimile)', 'Municipal Bonds and the Reform Era']);
    const tools = [
      tool('search_union_catalog', 'Search the consortium catalog; returns holdings per library.', { query: str, format: oneOf('book', 'map', 'microfilm', 'any') }),
      tool('check_lending_policy', 'Whether a holding library lends this item type to the patron\'s library, and courier days.', { library_code: str, item_type: str }),
      tool('place_ill_request', 'Place an interlibrary loan request.', { library_code: str, record_id: str, pickup_branch: str, need_by: str }),
    ];
    const need = `2026-05-${pad(rng.int(10, 28))}`;
    const messages: ChatMessage[] = [
      sys(`ILL staff assistant. Get the requested item into the patron's hands at their pickup branch by the need-by date. Search, check lending rules, and only place the request once you have a lender that can deliver in time. If no lender can, say what alternative (scan of chapters, in-person visit) would still work.`),
      user(t(lang, {
        en: `Patron wants "${title}" at the ${rng.pick(['Eastside', 'Maple Grove', 'Downtown'])} branch by ${need} for a council presentation.`,
        fr: `Un usager veut « ${title} » à la bibliothèque ${rng.pick(['Eastside', 'Maple Grove', 'Downtown'])} avant le ${need} pour une présentation au conseil municipal.`,
        de: `Eine Nutzerin braucht „${title}“ bis ${need} in der Zweigstelle ${rng.pick(['Eastside', 'Maple Grove', 'Downtown'])} für einen Vortrag im Stadtrat.`,
      })),
    ];
    const holders = rng.sample(['STU', 'HIST-SOC', 'CTYARCH', 'RIVU', 'NPL'], rng.int(2, 3));
    exchange(rng, messages, 'search_union_catalog', { query: title, format: 'any' }, { results: holders.map((h) => ({ library_code: h, record_id: `r${rng.int(100000, 999999)}`, item_type: rng.pick(['book', 'reference', 'special_collections']), status: rng.pick(['on shelf', 'on shelf', 'checked out until 2026-06-02']) })) });
    exchange(rng, messages, 'check_lending_policy', { library_code: holders[0]!, item_type: 'reference' }, { lends: rng.chance(0.4), courier_days: rng.int(3, 9), note: 'non-circulating items may be scanned, max 10% of work' });
    if (i % 2 === 1) messages.push(say(t(lang, { en: 'The first holder may not lend. Checking the next one.', fr: 'Le premier détenteur ne prête peut-être pas. Je vérifie le suivant.', de: 'Die erste Bibliothek verleiht evtl. nicht. Ich prüfe die nächste.' })));
    return { lang, messages, tools };
  },
};

const gbElectionEquipment: Family = {
  id: 'xa-gb-voting-equipment-readiness',
  label: 'goal_based',
  difficulty: 'hard',
  secondary: 'utility_based',
  rationale: 'All voting equipment must reach a certified, sealed, delivered condition before early voting opens, so the request is for an ordered task sequence under precedence constraints.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'es', 'en', 'ja'], i);
    const units = rng.int(40, 160);
    const tasks = [
      ['A', 'Logic & accuracy (L&A) test, tabulators', `${rng.int(2, 4)} days`, '-'],
      ['B', 'Public notice of L&A test', '5 days before A (legal)', '-'],
      ['C', 'Seal tabulators, log seal numbers', '1 day', 'A'],
      ['D', 'Load ballot-on-demand stock', '1 day', '-'],
      ['E', 'Truck delivery to sites', `${rng.int(2, 3)} days`, 'C, D'],
      ['F', 'Site chief sign-off on arrival', '1 day', 'E'],
    ];
    const table = ['| id | task | duration | after |', '|---|---|---|---|', ...rng.sample(tasks, tasks.length).map((r) => `| ${r.join(' | ')} |`)].join('\n');
    const ev = `2026-10-${pad(rng.int(17, 24))}`;
    const msgs: ChatMessage[] = [];
    if (i !== 1) msgs.push(sys(`You help a county Registrar of Voters run election preparation. Be concrete: dated steps, who does what. Observe statutory notice periods.`));
    msgs.push(user(t(lang, {
      en: `Early voting opens ${ev}. We have ${units} tabulators. Today is 2026-09-28, warehouse crew works weekdays only. Tasks:\n${table}\nGive me the sequence with dates so every unit is sealed and signed for at its site before doors open. If it can't be done, tell me which task has to move.`,
      es: `La votación anticipada abre el ${ev}. Tenemos ${units} tabuladoras. Hoy es 2026-09-28 y el equipo del almacén solo trabaja entre semana. Tareas:\n${table}\nDame la secuencia con fechas para que cada equipo esté sellado y recibido en su sitio antes de abrir. Si no es posible, dime qué tarea hay que mover.`,
      ja: `期日前投票は ${ev} に始まります。集計機は ${units} 台。今日は 2026-09-28、倉庫チームは平日のみ稼働です。タスク:\n${table}\n開場前にすべての機器が封印され各会場で受領されるよう、日付付きの手順を示してください。無理な場合はどのタスクを動かすべきか教えてください。`,
    })));
    return { lang, messages: msgs, max_tokens: rng.pick([800, 1200, 1500]) };
  },
};

const gbRecordSealing: Family = {
  id: 'xa-gb-record-sealing-steps',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The visitor wants a conviction record sealed; the agent checks case facts and returns the next filing step in the path to that outcome.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'pt', 'en', 'fr'], i);
    const caseNo = `${rng.pick(['CR', 'MI'])}-${2012 + rng.int(0, 8)}-${rng.int(10000, 99999)}`;
    const tools = [
      tool('get_case_summary', 'Public case summary: charges, disposition, sentence, completion dates.', { case_number: str }),
      tool('get_fines_balance', 'Outstanding fines/fees on a case.', { case_number: str }),
      tool('get_form', 'Fetch a court self-help form and its filing instructions.', { form_id: oneOf('CR-180', 'CR-181', 'FW-001', 'MC-030') }),
    ];
    const messages: ChatMessage[] = [
      sys(`You are the virtual assistant at the Superior Court Self-Help Center front desk. You give legal information, not legal advice. Help visitors reach the result they ask for by telling them the next concrete thing to file or do, after checking the public record. One step at a time; say why that step comes first.`),
      user(t(lang, {
        en: `I want my old case ${caseNo} off my record so I can pass background checks for a nursing job. What do I do next?`,
        pt: `Quero tirar o processo antigo ${caseNo} da minha ficha para passar na verificação de antecedentes de um emprego de enfermagem. Qual é o próximo passo?`,
        fr: `Je veux faire effacer mon ancien dossier ${caseNo} pour passer les vérifications d'antécédents pour un poste d'infirmière. Je fais quoi maintenant ?`,
      })),
    ];
    exchange(rng, messages, 'get_case_summary', { case_number: caseNo }, { charges: [rng.pick(['PC 484(a) petty theft', 'VC 23152(a) DUI', 'PC 594 vandalism'])], disposition: 'convicted (plea)', sentence: `probation ${rng.int(1, 3)} yrs`, probation_completed: rng.chance(0.7) ? `20${rng.int(15, 22)}-0${rng.int(1, 9)}-15` : null });
    exchange(rng, messages, 'get_fines_balance', { case_number: caseNo }, { balance_usd: rng.pick([0, 0, 145, 820]) });
    if (rng.chance(0.5)) exchange(rng, messages, 'get_form', { form_id: 'CR-180' }, { title: 'Petition for Dismissal', filing: 'file with criminal clerk, copy to DA', fee_usd: rng.pick([0, 60, 120]), waiver_form: 'FW-001' });
    return { lang, messages, tools };
  },
};

const gbBenefitRestore: Family = {
  id: 'xa-gb-benefit-reinstatement',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The worker needs a lapsed benefit back in payment before a cut-off; the request asks for the remaining steps toward reinstatement given what is done and what is blocked.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'en'], i);
    const done = rng.sample(['interview completed', 'ID verified', 'pay stubs uploaded', 'rent receipt uploaded', 'childcare letter uploaded'], rng.int(1, 3));
    const blocked = rng.pick(['employer will not sign wage verification form', 'client has no internet at home', 'interview line busy for 3 days']);
    const cutoff = `2026-0${rng.int(4, 7)}-${pad(rng.int(1, 28))}`;
    const tools = i < 2 ? [
      tool('get_checklist', 'Outstanding recertification items for a case.', { case_id: str }),
      tool('schedule_interview', 'Book a phone or in-person interview slot.', { case_id: str, mode: oneOf('phone', 'in_person'), date: str }),
    ] : undefined;
    const text = t(lang, {
      en: `Client's SNAP closed for missing recertification. We need benefits back on before ${cutoff} (that's when the closure becomes final and she'd have to reapply from scratch). Done so far: ${done.join(', ')}. Problem: ${blocked}. What are the remaining steps, in order, to get her reinstated in time?`,
      es: `Al cliente se le cerró el SNAP por no recertificar. Necesitamos reactivarlo antes del ${cutoff} (después tendría que volver a solicitar desde cero). Ya hecho: ${done.join(', ')}. Problema: ${blocked}. ¿Cuáles son los pasos que faltan, en orden, para reactivarlo a tiempo?`,
      pt: `O SNAP da cliente foi encerrado por falta de recertificação. Precisamos reativar antes de ${cutoff}, senão ela terá de pedir tudo de novo. Já feito: ${done.join(', ')}. Problema: ${blocked}. Quais são os passos que faltam, por ordem, para reativar a tempo?`,
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.7)) messages.push(sys(`Benefits navigator for a legal aid nonprofit. Know the county's recertification process: checklist items can be satisfied by alternative verification (collateral contact, self-attestation for some items). Give ordered, dated steps.`));
    messages.push(user(text));
    return { lang, messages, tools };
  },
};

const gbStreetClosure: Family = {
  id: 'xa-gb-event-street-closure',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'A special-event street closure needs every reviewing department\'s sign-off; the agent inspects the application and picks the next action that moves it to approved.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'ja', 'en'], i);
    const app = `SE-2026-${rng.int(100, 999)}`;
    const ev = rng.pick(['Juneteenth block party', 'Harbor 10K run', 'Lantern festival', 'Farmers market extension', 'Pride march']);
    const tools = [
      tool('get_application', 'Special event application with per-department review status.', { application_id: str }),
      tool('request_review', 'Route the application to a department reviewer with a note.', { application_id: str, department: oneOf('police', 'fire', 'transit', 'public_works', 'risk_management'), note: str }),
      tool('message_applicant', 'Email the applicant asking for a missing item.', { application_id: str, item: str }),
    ];
    const reviews = {
      police: rng.pick(['approved', 'pending', 'needs_info: traffic control plan']),
      fire: rng.pick(['approved', 'pending']),
      transit: rng.pick(['pending', 'needs_info: bus detour map', 'not_started']),
      public_works: rng.pick(['approved', 'not_started']),
      risk_management: rng.pick(['needs_info: certificate of insurance', 'approved']),
    };
    const messages: ChatMessage[] = [
      sys(`Special Events Office assistant. An application is issued only when all five departments show approved and the fee is paid. Each turn, choose the single action that most directly moves the application toward issuance. Departments won't review until the items they asked for are in the file.`),
      user(t(lang, {
        en: `${app} (${ev}) is ${rng.int(10, 30)} days out. Move it along.`,
        de: `${app} (${ev}) findet in ${rng.int(10, 30)} Tagen statt. Bitte voranbringen.`,
        ja: `${app}（${ev}）は${rng.int(10, 30)}日後です。手続きを進めてください。`,
      })),
    ];
    exchange(rng, messages, 'get_application', { application_id: app }, { event: ev, fee_paid: rng.chance(0.6), reviews, attachments: rng.sample(['site map', 'traffic control plan', 'certificate of insurance', 'bus detour map'], 2) });
    if (rng.chance(0.5)) {
      exchange(rng, messages, 'message_applicant', { application_id: app, item: 'certificate of insurance naming the City as additional insured' }, { sent: true });
      messages.push(user(t(lang, { en: 'Applicant uploaded the COI just now. Next?', de: 'Der Antragsteller hat den Versicherungsnachweis gerade hochgeladen. Was jetzt?', ja: '申請者が今、保険証明書をアップロードしました。次は？' })));
    }
    return { lang, messages, tools, tool_choice: 'required' };
  },
};

// ---------------------------------------------------------------- utility_based

const ubPollingSites: Family = {
  id: 'xa-ub-polling-place-selection',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'A subset of candidate buildings must be chosen that trades rental cost against accessibility, capacity and voter coverage under a budget.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'es', 'en'], i);
    const names = ['Oak Park Rec Center', 'First Baptist Hall', 'Jefferson Middle School', 'VFW Post 112', 'Library - Eastside', 'Union Hall Local 9', 'Grange Hall', 'Community College Gym'];
    const cands = rng.sample(names, rng.int(5, 7)).map((n) => ({
      site: n, rent_usd: rng.pick([0, 0, 250, 400, 600, 900]), ada_score: rng.int(2, 5), booths: rng.int(6, 20),
      voters_within_1mi: rng.int(1200, 6800), parking: rng.int(10, 120),
    }));
    const budget = rng.int(8, 16) * 100;
    const k = rng.int(3, 4);
    const body = t(lang, {
      en: `Precincts 14-22 need ${k} vote centers for the primary. Rental budget $${budget} total. Every site must have ada_score >= 3 unless we add a $200 temporary ramp. Priority is covering the most voters within a mile, then booths, then parking.`,
      de: `Für die Stimmbezirke 14-22 brauchen wir ${k} Wahllokale. Mietbudget insgesamt ${budget} USD. Jeder Standort braucht ada_score >= 3, sonst kommt eine mobile Rampe für 200 USD dazu. Vorrang: möglichst viele Wähler im Umkreis von einer Meile, dann Kabinen, dann Parkplätze.`,
      es: `Los distritos 14-22 necesitan ${k} centros de votación para las primarias. Presupuesto de alquiler ${budget} USD en total. Cada sitio debe tener ada_score >= 3, salvo que agreguemos una rampa temporal de 200 USD. Prioridad: cubrir a más votantes a una milla, luego cabinas, luego estacionamiento.`,
    });
    const msgs: ChatMessage[] = [];
    if (rng.chance(0.6)) msgs.push(sys(`Election logistics analyst. Show the chosen set, its total cost, and the coverage number; mention the runner-up set if it is close.`));
    msgs.push(user(`${body}\n\nCandidates:\n${JSON.stringify(cands, null, 1)}`));
    return {
      lang, messages: msgs,
      response_format: rng.chance(0.5) ? jsonSchema('site_selection', { sites: list(str), total_rent_usd: num, ramps_added: int, voters_covered: int, rationale: str }) : undefined,
    };
  },
};

const ubEbookLicences: Family = {
  id: 'xa-ub-ebook-licence-mix',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'For each title the agent picks among licence models with different costs, lifetimes and checkout caps to get the most checkouts per dollar within a spend ceiling.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'zh'], i);
    const titles = rng.sample(['Fourth Wing', 'Lessons in Chemistry', 'The Women', 'Tomorrow, and Tomorrow, and Tomorrow', 'James', 'Demon Copperhead', 'Intermezzo'], rng.int(3, 5)).map((tt) => ({
      title: tt, holds: rng.int(20, 400), forecast_monthly_demand_drop_pct: rng.int(5, 25),
      metered_26_usd: rng.int(45, 65), metered_24mo_usd: rng.int(50, 75), perpetual_usd: rng.int(70, 120), cpu_per_checkout_usd: +(rng.int(250, 450) / 100).toFixed(2),
    }));
    const spend = rng.int(30, 90) * 100;
    const tools = [tool('submit_cart', 'Submit an order cart to the ebook vendor.', {
      lines: list(obj({ title: str, model: oneOf('metered_26', 'metered_24mo', 'perpetual', 'cost_per_circ'), copies: int })),
      max_cpc_spend_usd: num,
    })];
    const ask = t(lang, {
      en: `Quarter-end ebook order. Spend ceiling $${spend} including any cost-per-circ allowance. Target hold ratio 5:1 within 3 months. Choose the licence model and copies per title.`,
      fr: `Commande de livres numériques de fin de trimestre. Plafond ${spend} USD, enveloppe de prêt à l'acte comprise. Ratio réservations/exemplaires visé : 5:1 sous 3 mois. Choisis le modèle de licence et le nombre d'exemplaires par titre.`,
      zh: `季度末电子书采购。总支出上限 ${spend} 美元（含按次借阅费用）。目标是三个月内预约与副本比例达到 5:1。请为每本书选择授权模式和副本数量。`,
    });
    return {
      lang,
      messages: [
        sys(`Collection development assistant for a public library consortium. Licence models: metered_26 (expires after 26 checkouts), metered_24mo (expires after 24 months), perpetual (one user at a time, forever), cost_per_circ (pay per checkout, no hold queue). Demand decays after release; weigh that.`),
        user(`${ask}\n${JSON.stringify(titles)}`),
      ],
      tools, tool_choice: rng.chance(0.5) ? 'required' : 'auto',
    };
  },
};

const ubWaterRates: Family = {
  id: 'xa-ub-water-rate-tiers',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'Tier break points and prices have to be set to meet a revenue requirement while weighing affordability and conservation, which is a parameter choice over trade-offs.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'pt', 'en', 'de'], i);
    const rev = rng.int(18, 42);
    const dist = [[0, 4, rng.int(25, 35)], [4, 10, rng.int(35, 45)], [10, 20, rng.int(15, 25)], [20, 60, rng.int(4, 10)]];
    const distText = dist.map(([a, b, pct]) => `${a}-${b} kgal/mo: ${pct}% of accounts`).join('\n');
    const msgs: ChatMessage[] = [
      sys(`You support the finance staff of a municipal water & sewer enterprise preparing a cost-of-service rate study for council. Show numbers. State every assumption about price elasticity.`),
      user(t(lang, {
        en: `Need a residential 3-tier volumetric structure for FY27.\n- Revenue requirement from volumetric charges: $${rev}.${rng.int(0, 9)}M\n- ~${rng.int(28, 60)}k residential accounts\n- Usage distribution:\n${distText}\n- Council wants a household using 4 kgal/mo to pay no more than ${rng.pick([1.5, 2, 2.5])}% of median income ($${rng.int(52, 78)}k) incl. $${rng.int(12, 22)} fixed charge\n- Conservation office wants top-tier price at least 2x tier 1\n- Assume elasticity ${rng.pick(['-0.1', '-0.15', '-0.2'])}\nPropose break points and $/kgal per tier, and what each constraint costs us.`,
        pt: `Precisamos de uma estrutura residencial de 3 escalões para o ano fiscal 27.\n- Receita necessária das tarifas volumétricas: ${rev},${rng.int(0, 9)} M USD\n- Cerca de ${rng.int(28, 60)} mil contas residenciais\n- Distribuição do consumo:\n${distText}\n- A câmara quer que um agregado com 4 kgal/mês não pague mais de ${rng.pick([1.5, 2, 2.5])}% do rendimento mediano, incluindo a taxa fixa\n- O gabinete de conservação quer o último escalão pelo menos 2x o primeiro\nProponha limites e preço por kgal em cada escalão, e quanto nos custa cada restrição.`,
        de: `Wir brauchen eine 3-stufige Mengenpreisstruktur für Haushalte im Haushaltsjahr 27.\n- Erlösbedarf aus Mengenpreisen: ${rev},${rng.int(0, 9)} Mio. USD\n- Ca. ${rng.int(28, 60)} Tsd. Haushaltskunden\n- Verbrauchsverteilung:\n${distText}\n- Der Rat will, dass ein Haushalt mit 4 kgal/Monat höchstens ${rng.pick([1.5, 2, 2.5])}% des Medianeinkommens zahlt, inkl. Grundgebühr\n- Die Wassersparstelle will die oberste Stufe mindestens doppelt so teuer wie Stufe 1\nSchlage Stufengrenzen und Preise je kgal vor und was jede Vorgabe uns kostet.`,
      })),
    ];
    return { lang, messages: msgs, max_tokens: rng.chance(0.4) ? 1500 : undefined };
  },
};

const ubSnowTrucks: Family = {
  id: 'xa-ub-snow-truck-allocation',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'A fixed fleet and overtime budget are split across zones with different priority weights and costs, asking for the best allocation rather than a route.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'ja', 'en', 'fr'], i);
    const trucks = rng.int(14, 26);
    const zones = ['Z1 hospital/arterials', 'Z2 bus routes', 'Z3 school zones', 'Z4 residential north', 'Z5 residential south', 'Z6 industrial'].slice(0, rng.int(4, 6)).map((z) => ({
      zone: z, lane_miles: rng.int(30, 140), priority_weight: rng.pick([1, 2, 3, 5]), hrs_per_truck_per_pass: +(rng.int(20, 60) / 10).toFixed(1), complaints_last_storm: rng.int(0, 90),
    }));
    const storm = `${rng.int(4, 14)} in`;
    const tools = [
      tool('get_forecast', 'NWS snowfall forecast for the city.', { hours_ahead: int }),
      tool('assign_trucks', 'Commit truck counts per zone for the next operational period.', { assignments: list(obj({ zone: str, trucks: int })), overtime_hours: num }),
    ];
    const messages: ChatMessage[] = [
      sys(`Public Works storm desk. Allocate plows across zones for a 12-hour operational period. Each truck-hour of overtime costs $${rng.int(85, 140)}; overtime budget this storm $${rng.int(20, 60)}k. Each zone's value is priority_weight x lane-miles cleared; zones not passed at least once in 12 h generate complaints roughly like last storm. Justify briefly, then call assign_trucks.`),
      user(t(lang, {
        en: `${storm} expected overnight. ${trucks} trucks available (${rng.int(1, 3)} in the shop). Zones:\n${JSON.stringify(zones, null, 1)}`,
        ja: `今夜 ${storm} の降雪予報。使える除雪車は ${trucks} 台（整備中 ${rng.int(1, 3)} 台）。ゾーン:\n${JSON.stringify(zones, null, 1)}`,
        fr: `${storm} attendus cette nuit. ${trucks} camions disponibles (${rng.int(1, 3)} à l'atelier). Zones :\n${JSON.stringify(zones, null, 1)}`,
      })),
    ];
    if (rng.chance(0.5)) exchange(rng, messages, 'get_forecast', { hours_ahead: 12 }, { snowfall_in: storm, peak_rate_in_hr: +(rng.int(5, 25) / 10).toFixed(1), temp_f: rng.int(18, 31), wind_mph: rng.int(5, 30) });
    return { lang, messages, tools };
  },
};

const ubCaseload: Family = {
  id: 'xa-ub-caseworker-assignment',
  label: 'utility_based',
  difficulty: 'medium',
  secondary: 'simple_reflex',
  rationale: 'New cases are matched to workers by weighing language fit, travel time and current load, an assignment problem with competing criteria.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'en', 'zh'], i);
    const workers = rng.sample(['Ramos', 'Whitfield', 'Ng', 'Okonkwo', 'Brandt', 'Lemaire'], rng.int(3, 4)).map((w) => ({
      worker: w, languages: rng.sample(['en', 'es', 'zh', 'vi', 'ar', 'fr'], rng.int(1, 3)), open_cases: rng.int(18, 34), cap: 35, base: rng.pick(['North office', 'South office', 'Mobile']),
    }));
    const cases = Array.from({ length: rng.int(4, 7) }, (_, k) => ({
      case: `N-${rng.int(5000, 9999)}`, language: rng.pick(['en', 'en', 'es', 'zh', 'vi', 'ar']), complexity: rng.int(1, 3), nearest_office: rng.pick(['North office', 'South office']), needs_home_visit: rng.chance(0.4), order: k,
    }));
    const intro = t(lang, {
      en: 'Intake batch for today. Assign each new case to a worker. Caseload cap 35 (complexity counts as that many cases). Language match matters most, then keeping loads even, then travel.',
      es: 'Lote de ingreso de hoy. Asigna cada caso nuevo a un trabajador. Tope de 35 casos (la complejidad cuenta como ese número de casos). Lo más importante es el idioma, luego equilibrar la carga, luego el desplazamiento.',
      zh: '今天的新案件。请把每个新案件分配给一位社工。每人上限 35 件（复杂度按相应件数计算）。语言匹配最重要，其次是工作量均衡，最后是路程。',
    });
    return {
      lang,
      messages: [user(`${intro}\nWorkers: ${JSON.stringify(workers)}\nCases: ${JSON.stringify(cases)}`)],
      response_format: jsonSchema('assignments', { assignments: list(obj({ case: str, worker: str })), unassigned: list(str), note: str }),
    };
  },
};

const ubStopConsolidation: Family = {
  id: 'xa-ub-bus-stop-consolidation',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'The analyst must pick which stops to remove, trading rider walking time and equity against run-time savings under a limit on removals.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'pt'], i);
    const stops = Array.from({ length: rng.int(8, 12) }, (_, k) => `${pad(k + 1)} ${rng.pick(STREETS)} | boardings/day ${rng.int(4, 260)} | spacing to prev ${rng.int(500, 1400)} ft | shelter ${rng.pick(['Y', 'N'])} | near senior housing ${rng.pick(['Y', 'N', 'N', 'N'])}`);
    const maxRemove = rng.int(2, 4);
    const q = t(lang, {
      en: `Route ${rng.int(2, 90)} stop balancing. Each removed stop saves ~${rng.int(12, 25)} s of run time; each displaced rider walks an extra ~${rng.int(300, 700)} ft on average. Board wants at most ${maxRemove} removals, no removals next to senior housing, and shelters only move if the removed stop had one. Which stops go, and what's the net effect?`,
      de: `Haltestellenoptimierung Linie ${rng.int(2, 90)}. Jede entfallende Haltestelle spart ca. ${rng.int(12, 25)} s Fahrzeit; betroffene Fahrgäste laufen im Schnitt ~${rng.int(300, 700)} ft weiter. Höchstens ${maxRemove} Streichungen, keine neben Seniorenwohnungen. Welche Haltestellen fallen weg, und was ist der Nettoeffekt?`,
      pt: `Racionalização de paragens da linha ${rng.int(2, 90)}. Cada paragem removida poupa ~${rng.int(12, 25)} s; cada passageiro afetado anda em média mais ~${rng.int(300, 700)} ft. No máximo ${maxRemove} remoções e nenhuma junto a residências de idosos. Quais paragens saem e qual o efeito líquido?`,
    });
    const msgs: ChatMessage[] = [];
    if (i % 2 === 0) msgs.push(sys('Transit service planning assistant. Weigh rider minutes saved against rider minutes lost and call out equity impacts.'));
    msgs.push(user(`${q}\n\n${stops.join('\n')}`));
    return { lang, messages: msgs };
  },
};

// ---------------------------------------------------------------- learning

const lrPermitPrecedent: Family = {
  id: 'xa-lr-variance-precedents',
  label: 'learning',
  difficulty: 'hard',
  secondary: 'simple_reflex',
  rationale: 'Retrieved past variance decisions with their appeal outcomes are the basis for recommending a decision on a new application, generalising from how earlier calls turned out.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en', 'es'], i);
    const past = Array.from({ length: rng.int(4, 6) }, () => ({
      file: `ZV-${rng.int(2019, 2025)}-${rng.int(10, 299)}`,
      request: rng.pick(['rear setback reduced 25->15 ft', 'ADU height 16->22 ft', 'fence 6->8 ft on corner lot', 'lot coverage 40->48%', 'side setback 5->3 ft for carport']),
      staff_rec: rng.pick(['approve', 'deny', 'approve w/ conditions']),
      board_decision: rng.pick(['approved', 'denied', 'approved w/ conditions']),
      appealed: rng.pick(['no', 'no', 'yes - upheld', 'yes - overturned']),
      reviewer_comment: rng.pick(['neighbors objected to shadow', 'hardship was self-created', 'consistent with 2022 ADU ordinance', 'sight triangle concern from traffic eng.', 'none']),
    }));
    const tools = [tool('search_past_decisions', 'Semantic search over prior Zoning Board variance files.', { query: str, k: int })];
    const messages: ChatMessage[] = [
      sys(`Drafting aid for zoning staff reports. You are given prior variance files found by search, including whether the board followed staff and whether decisions survived appeal. Where staff recommendations were overturned, work out why and don't repeat that reasoning. Recommend approve / deny / approve with conditions for the new file and name the prior files you relied on.`),
      user(t(lang, {
        en: `New file ZV-2026-${rng.int(10, 99)}: ${rng.pick(['ADU height 16->21 ft, sloped lot', 'rear setback 25->17 ft for accessible addition', 'fence 6->7.5 ft, corner lot near school'])}. Draft the recommendation section.`,
        de: `Neuer Vorgang ZV-2026-${rng.int(10, 99)}: ${rng.pick(['Höhe Einliegerwohnung 16->21 ft, Hanglage', 'hinterer Grenzabstand 25->17 ft für barrierefreien Anbau'])}. Bitte den Empfehlungsabschnitt entwerfen.`,
        es: `Nuevo expediente ZV-2026-${rng.int(10, 99)}: ${rng.pick(['altura de vivienda accesoria 16->21 ft, terreno en pendiente', 'retranqueo trasero 25->17 ft para ampliación accesible'])}. Redacta la sección de recomendación.`,
      })),
    ];
    exchange(rng, messages, 'search_past_decisions', { query: 'similar variance requests', k: past.length }, { results: past });
    return { lang, messages, tools };
  },
};

const lrHearingReminders: Family = {
  id: 'xa-lr-hearing-reminder-variants',
  label: 'learning',
  difficulty: 'medium',
  secondary: 'utility_based',
  rationale: 'Appearance rates from earlier reminder waves are used to pick the message version for the next cohort, updating from observed outcomes.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'en', 'pt'], i);
    const arms = ['A plain date/time', 'B + consequences of missing', 'C + "reply 1 to confirm"', 'D + map & transit link'];
    const waves = Array.from({ length: rng.int(3, 6) }, (_, w) => {
      const arm = rng.pick(arms);
      const sent = rng.int(80, 400);
      return `wave ${w + 1}: ${arm} | channel ${rng.pick(['SMS', 'SMS', 'email', 'voice'])} | sent ${sent} | appeared ${Math.round(sent * rng.int(55, 88) / 100)}`;
    });
    const nextCohort = `${rng.int(120, 500)} defendants, traffic & misdemeanor arraignments, ${rng.int(20, 60)}% Spanish-preferred`;
    const msgs: ChatMessage[] = [];
    if (rng.chance(0.7)) msgs.push(sys(`Court operations analytics. Pretrial services texts hearing reminders. Use the results of previous waves to choose what to send next; keep some exploration if the evidence is thin.`));
    msgs.push(user(t(lang, {
      en: `Results so far:\n${waves.join('\n')}\nNext wave: ${nextCohort}. Which message version(s) and split do we send?`,
      es: `Resultados hasta ahora:\n${waves.join('\n')}\nSiguiente tanda: ${nextCohort}. ¿Qué versión(es) del mensaje enviamos y en qué proporción?`,
      pt: `Resultados até agora:\n${waves.join('\n')}\nPróxima leva: ${nextCohort}. Que versão(ões) da mensagem enviamos e em que proporção?`,
    })));
    return {
      lang, messages: msgs,
      response_format: jsonSchema('next_wave', { allocation: list(obj({ version: oneOf('A', 'B', 'C', 'D'), share_pct: num })), why: str }),
    };
  },
};

const lrReadersAdvisory: Family = {
  id: 'xa-lr-readers-advisory-history',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'A patron\'s borrowing history with how each past suggestion went (finished, returned early, renewed) drives the next pick, adapting to what worked.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'ja'], i);
    const hist = rng.sample([
      ['Project Hail Mary', 'renewed twice, rated 5'], ['The Thursday Murder Club', 'returned after 3 days unfinished'], ['Klara and the Sun', 'finished, rated 3'],
      ['Educated', 'finished, rated 5'], ['Dune', 'returned unfinished: "too slow"'], ['The Martian', 'finished, rated 5'], ['Where the Crawdads Sing', 'finished, rated 2'],
    ], rng.int(4, 6));
    const tools = [
      tool('get_patron_history', 'Past loans and staff-suggested titles with outcomes for a patron (opt-in).', { patron_id: str }),
      tool('check_availability', 'Copies on shelf at a branch.', { title: str, branch: str }),
    ];
    const pid = `P${rng.int(100000, 999999)}`;
    const messages: ChatMessage[] = [
      sys(`Reader's advisory helper at the branch desk. Patrons who opted in have their past loans and our past suggestions on file with how each one went. Suggest one title to try next that fits what actually landed for this person, not what is popular, and say briefly which earlier outcomes it is based on.`),
      user(t(lang, {
        en: `Patron ${pid} at the desk asking for "something like the ones I liked".`,
        fr: `L'usager ${pid} au comptoir demande « quelque chose comme ceux que j'ai aimés ».`,
        ja: `利用者 ${pid} がカウンターで「前に気に入った本みたいなもの」を探しています。`,
      })),
    ];
    exchange(rng, messages, 'get_patron_history', { patron_id: pid }, { loans: hist.map(([title, outcome]) => ({ title, outcome, suggested_by_staff: rng.chance(0.5) })) });
    return { lang, messages, tools };
  },
};

const lrClientNotes: Family = {
  id: 'xa-lr-client-contact-notes',
  label: 'learning',
  difficulty: 'hard',
  secondary: 'model_based_reflex',
  rationale: 'Retrieved notes on which outreach approaches worked or failed with this client are generalised to choose how to handle the upcoming contact.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr', 'en'], i);
    const notes = rng.sample([
      'Feb: called at 9am, no answer x3; texted at 6pm, replied within 10 min.',
      'Mar: letter about missing docs ignored; same request by text with photo example -> docs uploaded next day.',
      'Apr: in-office appt missed (no childcare). Phone appt kept.',
      'May: became upset when asked about ex-partner income in front of children; calmer when asked by text.',
      'Jun: brought cousin to interpret; preferred that over phone interpreter line.',
      'Jul: responded well when told exact deadline date rather than "within 10 days".',
    ], rng.int(3, 5));
    const messages: ChatMessage[] = [
      sys(`You support case managers at the Department of Social Services. Relevant notes from earlier contacts with the client are retrieved below. Use what worked and what didn't with this person to propose how the next contact should go: channel, timing, wording, who should be present.`),
      user(t(lang, {
        en: `Retrieved notes:\n- ${notes.join('\n- ')}\n\nI need her to complete the annual redetermination (income + household composition) within ${rng.int(7, 21)} days. How should I approach it?`,
        de: `Abgerufene Notizen (englisch):\n- ${notes.join('\n- ')}\n\nSie muss innerhalb von ${rng.int(7, 21)} Tagen die jährliche Neufeststellung (Einkommen + Haushaltszusammensetzung) abschließen. Wie gehe ich es am besten an?`,
        fr: `Notes retrouvées (en anglais) :\n- ${notes.join('\n- ')}\n\nElle doit faire sa révision annuelle (revenus + composition du foyer) sous ${rng.int(7, 21)} jours. Comment dois-je m'y prendre ?`,
      })),
    ];
    return { lang, messages, max_tokens: rng.pick([400, 600, 700]) };
  },
};

const lrPotholeRepairs: Family = {
  id: 'xa-lr-pothole-repair-outcomes',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'A log of past patches with method, conditions and how long each lasted is used to choose the method for a new pothole, generalising from outcomes.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'zh', 'en'], i);
    const methods = ['throw-and-go cold mix', 'throw-and-roll cold mix', 'semi-permanent (cut & fill)', 'spray injection', 'infrared hot patch'];
    const rows = Array.from({ length: rng.int(6, 10) }, () => `${rng.pick(methods)} | air ${rng.int(18, 70)}F | ${rng.pick(['dry', 'wet', 'standing water'])} | ${rng.pick(['arterial', 'residential', 'bus lane'])} | lasted ${rng.pick(['11 days', '3 wks', '2 mo', '7 mo', '14 mo', 'still holding'])}`);
    const cond = { air_f: rng.int(20, 45), surface: rng.pick(['wet', 'dry', 'standing water']), road: rng.pick(['arterial', 'bus lane', 'residential']), size_sqft: rng.int(2, 12), crew_time_min: rng.int(20, 90) };
    return {
      lang,
      messages: [
        sys(`Street maintenance crew assistant. Pick a repair method for the pothole in front of the crew using the district's own repair history below; don't rely on textbook claims where our records disagree.\nmethod | air temp | surface | road type | result\n${rows.join('\n')}`),
        user(t(lang, {
          en: `Crew on site now: ${JSON.stringify(cond)}. Which method?`,
          ja: `現場に到着しました: ${JSON.stringify(cond)}。どの工法にしますか？`,
          zh: `班组已到现场：${JSON.stringify(cond)}。用哪种修补方法？`,
        })),
      ],
      response_format: jsonSchema('repair_choice', { method: oneOf(...methods), expected_life: str, based_on_rows: list(int) }),
    };
  },
};

const lrRegCardFewShot: Family = {
  id: 'xa-lr-voter-card-corrections',
  label: 'learning',
  difficulty: 'hard',
  secondary: 'simple_reflex',
  rationale: 'Prior extractions paired with the reviewer\'s corrections are supplied so the extractor carries those fixes over to a new handwritten registration card.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'en'], i);
    const messages: ChatMessage[] = [
      sys(`You transcribe handwritten voter registration cards into fields. Below are earlier cards you transcribed and how the county reviewer corrected them. Apply the same corrections to patterns you see again.`),
    ];
    const shots = rng.int(2, 4);
    const fixes = rng.sample<[string, Record<string, string>, string]>([
      ['DOB written "03/04/1988" on ES form', { dob: '1988-03-04' }, 'Correction: the Spanish-language form is DD/MM, so dob = 1988-04-03.'],
      ['surname written "Mc Donald" with a gap', { last_name: 'Mc Donald' }, 'Correction: keep as the voter signs it, "McDonald", no space.'],
      ['address "41 Pine Ct #B"', { address_line1: '41 Pine Ct #B', address_line2: '' }, 'Correction: unit goes to address_line2 as "Apt B"; line1 is "41 Pine Ct".'],
      ['party tick sits between DEM and REP rows, slightly lower', { party: 'DEM' }, 'Correction: ticks on this card print sit above their row; it was REP.'],
      ['zip written "9O210"', { zip: '9O210' }, 'Correction: a letter O in a numeric field is a zero: 90210.'],
    ], shots);
    for (const [raw, got, fix] of fixes) {
      messages.push(user(`CARD ${rng.int(10000, 99999)}: ${rng.pick(FIRST)} ${rng.pick(LAST)}; ${raw}`));
      messages.push(say(JSON.stringify(got)));
      messages.push(user(fix));
      if (rng.chance(0.5)) messages.push(say('Understood.'));
    }
    messages.push(user(t(lang, {
      en: `New card ${rng.int(10000, 99999)} (ES form): ${rng.pick(FIRST)} ${rng.pick(LAST)}, DOB 07/11/19${rng.int(60, 99)}, ${rng.int(100, 9999)} ${rng.pick(STREETS)} #${rng.pick(['C', '2', 'D'])}, zip 9${rng.int(1000, 4999)}O, party box ticked beside REP line.`,
      es: `Tarjeta nueva ${rng.int(10000, 99999)} (formulario ES): ${rng.pick(FIRST)} ${rng.pick(LAST)}, fecha nac. 07/11/19${rng.int(60, 99)}, ${rng.int(100, 9999)} ${rng.pick(STREETS)} #${rng.pick(['C', '2', 'D'])}, código postal 9${rng.int(1000, 4999)}O, casilla marcada junto a la línea REP.`,
    })));
    return {
      lang, messages,
      response_format: jsonSchema('voter_card', { first_name: str, last_name: str, dob: str, address_line1: str, address_line2: str, zip: str, party: oneOf('DEM', 'REP', 'IND', 'OTHER', 'NONE') }),
    };
  },
};

// ---------------------------------------------------------------- non-agentic

const naCouncilMinutes: Family = {
  id: 'xa-na-council-minutes-summary',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Summarising one set of council minutes is a plain text task; the closest type is a one-shot reaction to the input.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en', 'pt'], i);
    const items = rng.sample([
      `Item 4.${rng.int(1, 9)}: Second reading, Ordinance ${rng.int(2026, 2026)}-${rng.int(10, 40)} amending Chapter 12 (short-term rentals). Public comment: ${rng.int(3, 14)} speakers. Motion ${rng.pick(['Alvarez', 'Kim', 'Peterson'])}/${rng.pick(['Brooks', 'Hale'])}. Carried ${rng.int(4, 7)}-${rng.int(0, 2)}.`,
      `Item 5.${rng.int(1, 9)}: Award of contract for Well 7 rehabilitation, $${rng.int(300, 900)},${rng.int(100, 999)}. Councilmember ${rng.pick(['Hale', 'Brooks'])} asked about change-order cap. Consent.`,
      `Item 6.${rng.int(1, 9)}: Presentation, Library Foundation annual report. Received and filed.`,
      `Item 7.${rng.int(1, 9)}: Resolution supporting state grant application for Safe Routes to School. Continued to next meeting at staff request.`,
      `Closed session report: no reportable action.`,
    ], rng.int(3, 5));
    const minutes = `CITY COUNCIL REGULAR MEETING — MINUTES (DRAFT)\nCall to order ${rng.int(5, 7)}:${pad(rng.int(0, 59))} p.m. Roll call: all present${rng.chance(0.3) ? ' except Councilmember Kim (excused)' : ''}.\n${items.join('\n')}\nAdjourned ${rng.int(8, 11)}:${pad(rng.int(0, 59))} p.m.`;
    const ask = t(lang, {
      en: rng.pick(['Summarize these minutes in 5 bullets for the newsletter.', 'tl;dr of last night\'s council meeting please', 'Write a short plain-English recap for residents.']),
      de: 'Bitte fasse dieses Protokoll in fünf Stichpunkten für den Bürgerbrief zusammen.',
      pt: 'Resuma esta ata em cinco tópicos para o boletim dos moradores.',
    });
    return { lang, messages: [user(`${ask}\n\n${minutes}`)], max_tokens: rng.chance(0.5) ? 300 : undefined };
  },
};

const naRcvExplainer: Family = {
  id: 'xa-na-ranked-choice-explainer',
  label: 'simple_reflex',
  agentic: false,
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'A resident chats with a civic information bot about how ranked-choice counting works; it is explanation, nearest to a direct reply to the last question.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'es'], i);
    const qs = t(lang, {
      en: `If my first choice gets eliminated does my vote just disappear?|And what if I only rank one candidate?|ok so can ranking someone ${rng.pick(['second', 'third'])} ever hurt my first choice?`,
      ja: '第一希望の候補者が脱落したら、私の票は無効になりますか？|一人だけ順位を付けた場合はどうなりますか？|では、誰かを二位にすると一位の候補者が不利になることはありますか？',
      es: 'Si eliminan a mi primera opción, ¿mi voto se pierde?|¿Y si solo marco a un candidato?|Entonces, ¿poner a alguien en segundo lugar puede perjudicar a mi primera opción?',
    }).split('|');
    const answers = t(lang, {
      en: 'No. Your ballot moves to your next-ranked candidate who is still in the race.|Then your ballot counts for that candidate until they are eliminated, after which it is "exhausted".',
      ja: 'いいえ。あなたの票は、まだ残っている次の順位の候補者に移ります。|その場合、その候補者が脱落するまで票は有効で、脱落後は「使い切り」票となります。',
      es: 'No. Su papeleta pasa al siguiente candidato de su lista que siga en la contienda.|Entonces su papeleta cuenta para ese candidato hasta que sea eliminado; después queda "agotada".',
    }).split('|');
    const turns = rng.int(1, 3);
    const messages: ChatMessage[] = [];
    if (rng.chance(0.7)) messages.push(sys(`You are the ${rng.pick(['City Clerk', 'County Elections'])} information assistant. Explain voting procedures accurately and neutrally. Never advise whom to vote for.`));
    for (let k = 0; k < turns; k++) {
      messages.push(user(qs[k]!));
      if (k < turns - 1) messages.push(say(answers[k]!));
    }
    return { lang, messages };
  },
};

const naPublicComment: Family = {
  id: 'xa-na-public-comment-letter',
  label: 'learning',
  agentic: false,
  secondary: 'simple_reflex',
  difficulty: 'hard',
  rationale: 'Writing help on a public-comment letter where the user keeps correcting tone and content; nearest type is adapting to the corrections given in context.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr'], i);
    const topic = rng.pick(['the proposed bike lane on Harbor Ave', 'closing the Northgate branch library on Sundays', 'the new short-term rental cap', 'the water rate increase']);
    const messages: ChatMessage[] = [
      user(t(lang, {
        en: `Help me write a public comment for the council about ${topic}. I'm ${rng.pick(['against', 'in favour of'])} it.`,
        de: `Hilf mir, eine Stellungnahme an den Stadtrat zu ${topic} zu schreiben. Ich bin ${rng.pick(['dagegen', 'dafür'])}.`,
        fr: `Aide-moi à rédiger une contribution écrite au conseil municipal sur ${topic}. Je suis ${rng.pick(['contre', 'pour'])}.`,
      })),
      say(t(lang, {
        en: 'Dear Members of the City Council,\n\nI am writing to express my strong position regarding the proposal...',
        de: 'Sehr geehrte Mitglieder des Stadtrats,\n\nich möchte Ihnen meine entschiedene Haltung zu dem Vorschlag darlegen...',
        fr: 'Mesdames et Messieurs les membres du conseil municipal,\n\nJe vous écris pour exprimer fermement ma position concernant la proposition...',
      })),
      user(t(lang, {
        en: 'Too stiff. Sound like a neighbor, not a lawyer. And mention I\'ve lived here 20 years.',
        de: 'Zu steif. Klingt wie ein Anwalt, nicht wie eine Nachbarin. Und erwähne, dass ich seit 20 Jahren hier wohne.',
        fr: "Trop guindé. On dirait un avocat, pas une voisine. Et mentionne que j'habite ici depuis 20 ans.",
      })),
    ];
    if (i % 2 === 0) {
      messages.push(say(t(lang, { en: 'Hi, I\'m a 20-year resident of the neighborhood and I wanted to share why this matters to me...', de: 'Hallo, ich wohne seit 20 Jahren im Viertel und möchte erklären, warum mir das wichtig ist...', fr: "Bonjour, j'habite le quartier depuis 20 ans et je voulais expliquer pourquoi cela me tient à cœur..." })));
      messages.push(user(t(lang, { en: 'Better. Now cut it to under 200 words, they only read 2 minutes at the mic.', de: 'Besser. Jetzt bitte unter 200 Wörter, am Mikrofon hat man nur 2 Minuten.', fr: 'Mieux. Maintenant moins de 200 mots, on n\'a que 2 minutes au micro.' })));
    }
    return { lang, messages };
  },
};

export const lateA: Family[] = [
  srPermitDoc, srReturnSlip, srStreetlight, srReducedFare, srBallotEnvelope, srCourtForm,
  mbWaterPressure, mbPollingSites, mbParkingMeters, mbCaseEvents, mbSorterLog, mbBusBunching,
  gbVendorPermit, gbInterlibrary, gbElectionEquipment, gbRecordSealing, gbBenefitRestore, gbStreetClosure,
  ubPollingSites, ubEbookLicences, ubWaterRates, ubSnowTrucks, ubCaseload, ubStopConsolidation,
  lrPermitPrecedent, lrHearingReminders, lrReadersAdvisory, lrClientNotes, lrPotholeRepairs, lrRegCardFewShot,
  naCouncilMinutes, naRcvExplainer, naPublicComment,
];
