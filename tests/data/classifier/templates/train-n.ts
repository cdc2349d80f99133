// Batch N (independent author): every request pastes a block of at least eight records — log
// lines, readings, ledger rows, events, past cases — and what the agent must do with them decides
// the type. Domains: IT operations and security, logistics and warehousing, manufacturing and
// maintenance, clinics and care homes, transport and fleets, telecoms.
import {
  type Draft, type Family, type Lang, type Rng,
  sys, user, say, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msgs = Draft['messages'];

const hm = (mins: number): string => `${pad(Math.floor(mins / 60) % 24)}:${pad(((mins % 60) + 60) % 60)}`;
const hms = (secs: number): string => `${hm(Math.floor(secs / 60))}:${pad(secs % 60)}`;
const ip = (rng: Rng): string => `${rng.int(2, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
const day = (rng: Rng, year = 2024): string => `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
const lines = (rows: string[]): string => rows.join('\n');
const numbered = (rows: string[]): string => rows.map((r, k) => `${k + 1}. ${r}`).join('\n');
const shuffle = <T>(rng: Rng, items: readonly T[]): T[] => rng.sample(items, items.length);

// ───────────────────────────── simple_reflex ─────────────────────────────

const srSsoScreen: Family = {
  id: 'wn-sr-sso-event-screen',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Each authentication event gets allow/alert/block from a fixed policy table using only its own fields; nothing from earlier events or cases is used and nothing is planned.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'en', 'es'], i);
    const company = rng.pick(['Nordhafen Logistik', 'Calder Health', 'Orbitel', 'Kestrel Components', 'Alvora Transit']);
    const allowed = rng.pick([['DE', 'AT', 'CH'], ['GB', 'IE'], ['FR', 'BE', 'LU'], ['ES', 'PT'], ['JP'], ['NL', 'BE']]);
    const others = ['US', 'RU', 'BR', 'SG', 'TR', 'NG', 'IN'];
    const users = ['j.moreau', 'a.kowalski', 'svc-backup', 'm.tanaka', 'r.oliveira', 'svc-etl', 'l.fischer', 'k.osei', 'p.nguyen', 'h.sato', 'd.ruiz', 'e.larsen'];
    const n = rng.int(9, 15);
    const date = day(rng);
    let clock = rng.int(0, 1380) * 60;
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      clock += rng.int(4, 70);
      const app = rng.pick(['vpn', 'sso', 'admin-console', 'mail', 'vpn', 'sso']);
      const proto = app === 'mail' ? rng.pick(['imap', 'oauth2', 'smtp-auth', 'oauth2', 'pop3']) : app === 'vpn' ? rng.pick(['ikev2', 'sslvpn']) : 'saml';
      const res = rng.chance(0.72) ? 'success' : `failure reason=${rng.pick(['bad_password', 'mfa_denied', 'mfa_timeout', 'locked'])}`;
      rows.push(`${date}T${hms(clock)}Z user=${rng.pick(users)} src=${ip(rng)} geo=${rng.chance(0.7) ? rng.pick(allowed) : rng.pick(others)} asn=${rng.pick(['AS3320(corp)', 'AS8881', 'AS3215', 'AS16509', 'AS14061', 'AS3320(corp)'])} app=${app} proto=${proto} result=${res}`);
    }
    const al = allowed.join(', ');
    const system = t(lang, {
      en: `You are the first-pass screener for the VPN and SSO gateway at ${company}. Judge each authentication event on its own fields, using only this policy:\nP1 successful login from a country outside {${al}} → alert\nP2 any failure with reason=mfa_denied → alert\nP3 app=admin-console from an ASN not marked (corp) → block\nP4 interactive login by a service account (svc-*) on vpn or admin-console → block\nP5 legacy mail protocol (imap, pop3, smtp-auth) → block\nAnything else → allow. If several lines match, block wins over alert. Return one verdict per event, in input order.`,
      de: `Du bist die Erstprüfung für das VPN- und SSO-Gateway von ${company}. Bewerte jedes Anmeldeereignis nur anhand seiner eigenen Felder und ausschließlich nach dieser Richtlinie:\nP1 erfolgreiche Anmeldung aus einem Land außerhalb von {${al}} → alert\nP2 jeder Fehlschlag mit reason=mfa_denied → alert\nP3 app=admin-console aus einem ASN ohne Kennzeichnung (corp) → block\nP4 interaktive Anmeldung eines Dienstkontos (svc-*) an vpn oder admin-console → block\nP5 veraltetes Mailprotokoll (imap, pop3, smtp-auth) → block\nAlles andere → allow. Greifen mehrere Punkte, hat block Vorrang vor alert. Gib pro Ereignis ein Urteil in der Eingabereihenfolge zurück.`,
      ja: `あなたは${company}のVPN・SSOゲートウェイの一次判定担当です。各認証イベントは、そのイベント自身の項目だけを見て、次のポリシーのみに従って判定してください。\nP1 許可国 {${al}} 以外からのログイン成功 → alert\nP2 reason=mfa_denied の失敗 → alert\nP3 (corp) 表示のないASNからの app=admin-console → block\nP4 サービスアカウント (svc-*) による vpn または admin-console への対話型ログイン → block\nP5 旧式メールプロトコル (imap, pop3, smtp-auth) → block\nそれ以外は allow。複数該当する場合は alert より block を優先します。入力順に、イベントごとに1件の判定を返してください。`,
      es: `Eres el filtro de primera línea del gateway VPN y SSO de ${company}. Evalúa cada evento de autenticación solo por sus propios campos y únicamente según esta política:\nP1 inicio de sesión correcto desde un país fuera de {${al}} → alert\nP2 cualquier fallo con reason=mfa_denied → alert\nP3 app=admin-console desde un ASN sin la marca (corp) → block\nP4 inicio interactivo de una cuenta de servicio (svc-*) en vpn o admin-console → block\nP5 protocolo de correo heredado (imap, pop3, smtp-auth) → block\nTodo lo demás → allow. Si coinciden varios puntos, block prevalece sobre alert. Devuelve un veredicto por evento, en el orden de entrada.`,
    });
    const head = t(lang, { en: 'Events, last 10 minutes:', de: 'Ereignisse der letzten 10 Minuten:', ja: '直近10分間のイベント:', es: 'Eventos de los últimos 10 minutos:' });
    return {
      lang,
      messages: [sys(system), user(`${head}\n${numbered(rows)}`)],
      response_format: jsonSchema('gateway_verdicts', {
        verdicts: list(obj({ event: int, action: oneOf('allow', 'alert', 'block'), matched: oneOf('P1', 'P2', 'P3', 'P4', 'P5', 'none') })),
      }),
      temperature: 0,
    };
  },
};

const srColdChain: Family = {
  id: 'wn-sr-cold-chain-release',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'The release decision is a fixed mapping from the logger readings of this one shipment to release, note, quarantine or reject; no earlier shipments, no planning and no weighing of options.',
  make: (rng, i) => {
    const lang = langAt(['es', 'fr', 'en', 'de', 'en'], i);
    const product = rng.pick(t(lang, {
      en: 'insulin pens|rotavirus vaccine|adalimumab syringes|preservative-free eye drops|hepatitis B vaccine',
      es: 'plumas de insulina|vacuna contra rotavirus|jeringas de adalimumab|colirio sin conservantes|vacuna de la hepatitis B',
      fr: 'stylos d\'insuline|vaccin contre le rotavirus|seringues d\'adalimumab|collyre sans conservateur|vaccin contre l\'hépatite B',
      de: 'Insulin-Pens|Rotavirus-Impfstoff|Adalimumab-Spritzen|konservierungsmittelfreie Augentropfen|Hepatitis-B-Impfstoff',
    }).split('|'));
    const site = rng.pick(['Zaragoza DC', 'Lyon-Corbas hub', 'Tilburg cross-dock', 'Leipzig pharma hall 3', 'Porto Norte']);
    const n = rng.int(10, 18);
    let temp = 4 + rng.next() * 2;
    const spike = rng.int(3, n - 3);
    const spikeLen = rng.int(0, 5);
    const rows: string[] = [];
    let clock = rng.int(300, 900);
    for (let k = 0; k < n; k++) {
      const inSpike = k >= spike && k < spike + spikeLen;
      temp = inSpike ? 8 + rng.next() * (rng.chance(0.2) ? 5 : 3) : Math.max(2.4, Math.min(7.6, temp + (rng.next() - 0.5) * 1.2));
      rows.push(`${hm(clock)}  ${temp.toFixed(1)} °C  door=${inSpike && rng.chance(0.5) ? 'open' : 'closed'}`);
      clock += 15;
    }
    const logger = `LG-${rng.int(10000, 99999)}`;
    const system = t(lang, {
      en: `Release desk, temperature-controlled goods (2–8 °C). Criteria:\n- every reading 2.0–8.0 °C → RELEASE\n- readings outside 2.0–8.0 but none above 12.0 or below 0.0, and total time outside ≤ 60 min (count 15 min per out-of-range reading) → RELEASE_WITH_NOTE\n- same band but total time outside > 60 min → QUARANTINE\n- any reading above 12.0 °C or below 0.0 °C → REJECT\nAnswer with the JSON object only.`,
      es: `Mesa de liberación de mercancía refrigerada (2–8 °C). Criterios:\n- todas las lecturas entre 2,0 y 8,0 °C → RELEASE\n- lecturas fuera de 2,0–8,0 pero ninguna por encima de 12,0 ni por debajo de 0,0, y tiempo total fuera de rango ≤ 60 min (cuenta 15 min por lectura fuera de rango) → RELEASE_WITH_NOTE\n- misma banda pero más de 60 min fuera de rango → QUARANTINE\n- cualquier lectura por encima de 12,0 °C o por debajo de 0,0 °C → REJECT\nResponde solo con el objeto JSON.`,
      fr: `Poste de libération des produits sous température dirigée (2–8 °C). Critères :\n- toutes les mesures entre 2,0 et 8,0 °C → RELEASE\n- mesures hors 2,0–8,0 mais aucune au-dessus de 12,0 ni en dessous de 0,0, et durée totale hors plage ≤ 60 min (15 min par mesure hors plage) → RELEASE_WITH_NOTE\n- même plage mais plus de 60 min hors plage → QUARANTINE\n- toute mesure au-dessus de 12,0 °C ou en dessous de 0,0 °C → REJECT\nRéponds uniquement avec l'objet JSON.`,
      de: `Freigabestelle für temperaturgeführte Ware (2–8 °C). Kriterien:\n- alle Messwerte zwischen 2,0 und 8,0 °C → RELEASE\n- Werte außerhalb 2,0–8,0, aber keiner über 12,0 oder unter 0,0, und Gesamtzeit außerhalb ≤ 60 min (15 min je abweichendem Wert) → RELEASE_WITH_NOTE\n- gleicher Bereich, aber mehr als 60 min außerhalb → QUARANTINE\n- ein Wert über 12,0 °C oder unter 0,0 °C → REJECT\nAntworte nur mit dem JSON-Objekt.`,
    });
    const ask = t(lang, {
      en: `Inbound at ${site}: ${product}, logger ${logger}, readings every 15 min during the last leg:`,
      es: `Entrada en ${site}: ${product}, registrador ${logger}, lecturas cada 15 min durante el último tramo:`,
      fr: `Réception à ${site} : ${product}, enregistreur ${logger}, mesures toutes les 15 min sur le dernier trajet :`,
      de: `Wareneingang ${site}: ${product}, Logger ${logger}, Messwerte alle 15 min auf der letzten Etappe:`,
    });
    return {
      lang,
      messages: [sys(system), user(`${ask}\n${lines(rows)}`)],
      response_format: jsonSchema('release_decision', {
        decision: oneOf('RELEASE', 'RELEASE_WITH_NOTE', 'QUARANTINE', 'REJECT'),
        minutes_out_of_range: int,
        first_out_of_range_time: str,
      }),
      max_tokens: 120,
    };
  },
};

const srMarRound: Family = {
  id: 'wn-sr-emar-round-flags',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Every row of the medication round is checked against four fixed conditions and flagged or passed; each row is judged on its own with no carried-over picture and no plan.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'de', 'en'], i);
    const home = rng.pick(['Willow Court', 'Casa do Mondego', 'Haus Lindenhof', 'Brookfield Lodge']);
    const drugs: [string, string, boolean][] = [
      ['Paracetamol', '1 g', false], ['Morphine sulfate oral soln', '5 mg', true], ['Donepezil', '10 mg', false],
      ['Furosemide', '40 mg', false], ['Oxycodone MR', '10 mg', true], ['Amlodipine', '5 mg', false],
      ['Levothyroxine', '75 mcg', false], ['Lorazepam', '0.5 mg', true], ['Metformin', '500 mg', false],
      ['Sertraline', '50 mg', false], ['Apixaban', '2.5 mg', false], ['Fentanyl patch', '12 mcg/h', true],
    ];
    const residents = ['Rm 3 E. Hale', 'Rm 5 M. Costa', 'Rm 7 H. Brandt', 'Rm 9 A. Singh', 'Rm 12 J. Pereira', 'Rm 14 R. Okafor', 'Rm 15 G. Weiss', 'Rm 18 D. Murphy'];
    const sched = rng.pick([480, 720, 1080, 1320]);
    const n = rng.int(9, 13);
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const [drug, dose, cd] = rng.pick(drugs);
      const r = rng.next();
      const given = r < 0.1 ? rng.pick(['2 g', '20 mg', '150 mcg', '1 tab']) : dose;
      const status = r > 0.9 ? rng.pick(['refused', 'omitted']) : 'given';
      const reason = status !== 'given' && rng.chance(0.5) ? ` reason=${rng.pick(['R', 'S', 'H'])}` : '';
      const witness = cd ? (rng.chance(0.7) ? ` witness=${rng.pick(['SN-Ortiz', 'RN-Byrne', 'HCA-Lund'])}` : ' witness=-') : '';
      const at = sched + rng.int(-40, rng.chance(0.2) ? 110 : 50);
      rows.push(`${rng.pick(residents)} | ${drug}${cd ? ' (CD)' : ''} | prescribed ${dose} | ${status}${status === 'given' ? ` ${given}` : ''} at ${hm(at)}${witness}${reason}`);
    }
    const system = t(lang, {
      en: `eMAR round checker for ${home}. The scheduled time for this round is ${hm(sched)}. For each row, call flag_entry once for every check it fails:\nA dose given differs from the prescribed dose\nB controlled drug (CD) given without a named witness\nC given more than 60 minutes before or after the scheduled time\nD refused/omitted without a reason code\nRows that pass all four checks need no call. Do not comment on clinical appropriateness.`,
      pt: `Verificador da ronda de medicação (eMAR) do lar ${home}. A hora prevista desta ronda é ${hm(sched)}. Para cada linha, chama flag_entry uma vez por cada verificação em que falhe:\nA dose administrada diferente da prescrita\nB medicamento controlado (CD) administrado sem testemunha identificada\nC administrado mais de 60 minutos antes ou depois da hora prevista\nD recusado/omitido sem código de motivo\nLinhas que passem nas quatro verificações não precisam de chamada. Não comentes a adequação clínica.`,
      de: `eMAR-Rundenprüfung für ${home}. Die geplante Zeit dieser Runde ist ${hm(sched)}. Rufe für jede Zeile flag_entry einmal pro nicht bestandener Prüfung auf:\nA verabreichte Dosis weicht von der verordneten ab\nB Betäubungsmittel (CD) ohne namentlich genannten Zeugen gegeben\nC mehr als 60 Minuten vor oder nach der geplanten Zeit gegeben\nD verweigert/ausgelassen ohne Begründungscode\nZeilen, die alle vier Prüfungen bestehen, brauchen keinen Aufruf. Keine Bewertung der klinischen Angemessenheit.`,
    });
    const ask = t(lang, {
      en: 'Round just closed on the trolley tablet:',
      pt: 'A ronda acabou de ser fechada no tablet do carrinho:',
      de: 'Runde wurde gerade am Wagen-Tablet abgeschlossen:',
    });
    return {
      lang,
      messages: [sys(system), user(`${ask}\n${numbered(rows)}`)],
      tools: [tool('flag_entry', 'Flag one row of the round for the nurse in charge.', { row: int, check: oneOf('A', 'B', 'C', 'D'), message: str })],
      tool_choice: 'auto',
    };
  },
};

const srTachoDay: Family = {
  id: 'wn-sr-tacho-driver-day',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'One driver-day of activity records is checked against fixed driving-time limits and answered with OK or infringement codes; it is a direct verdict on the pasted input, not a plan or a choice among options.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'zh', 'de', 'en'], i);
    const driver = rng.pick(['D-0417 Morel', 'D-2231 Kaczmarek', 'D-0932 Li Wei', 'D-1180 Brunner', 'D-0075 Achterberg']);
    const reg = rng.pick(['GH-418-TZ', 'WX72 KLP', '沪A·6K219', 'M-BR 4410', '71-BXK-3']);
    let clock = rng.int(270, 420);
    const prevEnd = clock - rng.int(560, 760);
    const rows: string[] = [`${t(lang, { en: 'previous shift ended', fr: 'fin du service précédent', zh: '上一班结束', de: 'Ende der Vorschicht' })} ${hm((prevEnd + 1440) % 1440)}`];
    const n = rng.int(9, 13);
    for (let k = 0; k < n; k++) {
      const kind = k % 2 === 0 ? 'DRIVE' : rng.pick(['BREAK', 'OTHER', 'BREAK', 'AVAIL']);
      const len = kind === 'DRIVE' ? rng.int(35, 170) : kind === 'BREAK' ? rng.pick([15, 20, 30, 45, 50]) : rng.int(10, 40);
      rows.push(`${hm(clock)}-${hm(clock + len)} ${kind}`);
      clock += len;
    }
    const system = t(lang, {
      en: 'Fleet compliance screen for a single driver-day. Checks:\nC1 driving without a break: at most 4h30, then at least 45 min BREAK (may be split 15 + 30 in that order); OTHER and AVAIL do not count as a break\nC2 total driving in the day at most 9h; 9h01–10h00 reply EXTENDED, more than 10h is an infringement\nC3 rest between the previous shift end and the first activity at least 11h (9h allowed, reply REDUCED_REST)\nReply on one line: OK, or the codes that apply, e.g. "INFRINGEMENT C1 | EXTENDED".',
      fr: 'Contrôle de conformité d\'une journée de conduite. Vérifications :\nC1 conduite sans pause : au maximum 4h30, puis au moins 45 min de BREAK (fractionnable en 15 + 30 dans cet ordre) ; OTHER et AVAIL ne comptent pas comme pause\nC2 conduite totale de la journée au maximum 9h ; de 9h01 à 10h00 répondre EXTENDED, au-delà de 10h c\'est une infraction\nC3 repos entre la fin du service précédent et la première activité d\'au moins 11h (9h tolérées, répondre REDUCED_REST)\nRéponds sur une seule ligne : OK, ou les codes concernés, par ex. « INFRINGEMENT C1 | EXTENDED ».',
      zh: '车队合规检查：单个司机的一天。检查项：\nC1 连续驾驶最多4小时30分，之后至少休息45分钟（BREAK，可按15+30的顺序拆分）；OTHER 和 AVAIL 不算休息\nC2 当日驾驶总时长最多9小时；9小时01分至10小时回复 EXTENDED，超过10小时即违规\nC3 上一班结束到当天第一项活动之间的休息至少11小时（允许9小时，回复 REDUCED_REST）\n只用一行回答：OK，或适用的代码，例如 "INFRINGEMENT C1 | EXTENDED"。',
      de: 'Compliance-Prüfung für einen einzelnen Fahrertag. Prüfpunkte:\nC1 Lenken ohne Unterbrechung höchstens 4h30, danach mindestens 45 min BREAK (aufteilbar in 15 + 30 in dieser Reihenfolge); OTHER und AVAIL zählen nicht als Pause\nC2 Tageslenkzeit höchstens 9h; bei 9h01–10h00 EXTENDED antworten, über 10h ist ein Verstoß\nC3 Ruhezeit zwischen Ende der Vorschicht und erster Tätigkeit mindestens 11h (9h zulässig, dann REDUCED_REST)\nAntworte in einer Zeile: OK oder die zutreffenden Codes, z. B. „INFRINGEMENT C1 | EXTENDED“.',
    });
    const ask = t(lang, {
      en: `Card download, ${driver}, vehicle ${reg}:`,
      fr: `Téléchargement de carte, ${driver}, véhicule ${reg} :`,
      zh: `司机卡数据下载，${driver}，车辆 ${reg}：`,
      de: `Kartendownload, ${driver}, Fahrzeug ${reg}:`,
    });
    return { lang, messages: [sys(system), user(`${ask}\n${lines(rows)}`)], max_tokens: 40, temperature: 0 };
  },
};

const srNocAlarms: Family = {
  id: 'wn-sr-noc-alarm-dispatch',
  label: 'simple_reflex',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  variants: 5,
  rationale: 'Each alarm row becomes a ticket from a fixed code-to-priority table and the prompt forbids correlating rows, so it is a reflex mapping, although repeated sites across timestamps tempt a stateful reading.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'es', 'zh', 'en'], i);
    const table = 'LOS-OPT → P1 transport | MAINS-FAIL → P2 power | BATT-LOW → P1 power | VSWR-HIGH → P3 rf | CELL-DOWN → P2 rf | TEMP-HIGH → P3 site | DOOR-OPEN → P4 security | SYNC-LOSS → P2 transport';
    const codes = ['LOS-OPT', 'MAINS-FAIL', 'BATT-LOW', 'VSWR-HIGH', 'CELL-DOWN', 'TEMP-HIGH', 'DOOR-OPEN', 'SYNC-LOSS'];
    const prefix = rng.pick(['TKY', 'MAD', 'SHA', 'MCR', 'OSA', 'BCN']);
    const sites = Array.from({ length: 5 }, () => `${prefix}${rng.int(100, 999)}`);
    const n = rng.int(10, 15);
    let clock = rng.int(0, 1400) * 60;
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      clock += rng.int(5, 240);
      rows.push(`${hms(clock)} ${rng.pick(sites)} ${rng.pick(['eNB', 'gNB', 'MW-link', 'cabinet'])} ${rng.pick(codes)} ${rng.pick(['raised', 'raised', 'raised', 'cleared'])}`);
    }
    const system = t(lang, {
      en: `You are the NOC dispatch bot. For every row with status "raised", open exactly one ticket using this table and nothing else:\n${table}\nRows with status "cleared" get no ticket. Treat every row on its own: do not merge, deduplicate or correlate rows — the correlation engine downstream handles that.`,
      ja: `あなたはNOCの出動受付ボットです。ステータスが "raised" の行ごとに、次の対応表だけを使ってチケットをちょうど1件起票してください。\n${table}\n"cleared" の行は起票しません。各行は単独で扱い、行の統合・重複排除・相関付けはしないでください（相関付けは後段の相関エンジンが行います）。`,
      es: `Eres el bot de despacho del NOC. Por cada fila con estado "raised", abre exactamente un ticket usando esta tabla y nada más:\n${table}\nLas filas con estado "cleared" no generan ticket. Trata cada fila por separado: no fusiones, deduplices ni correlaciones filas; de eso se encarga el motor de correlación posterior.`,
      zh: `你是NOC派单机器人。对于每一条状态为 "raised" 的告警，只按下面的对照表开且只开一张工单：\n${table}\n状态为 "cleared" 的行不开单。每一行单独处理：不要合并、去重或关联多行——下游的关联引擎会负责这些。`,
    });
    const ask = t(lang, {
      en: 'Alarm batch from the OSS northbound feed:',
      ja: 'OSSノースバウンドから届いたアラームのバッチです:',
      es: 'Lote de alarmas del feed northbound del OSS:',
      zh: 'OSS北向接口推送的告警批次：',
    });
    return {
      lang,
      messages: [sys(system), user(`${ask}\n${lines(rows)}`)],
      tools: [tool('create_ticket', 'Open a field ticket for one alarm row.', {
        site: str, alarm_code: str, priority: oneOf('P1', 'P2', 'P3', 'P4'), team: oneOf('transport', 'power', 'rf', 'site', 'security'),
      })],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

// ─────────────────────────── model_based_reflex ───────────────────────────

const mbYardDoors: Family = {
  id: 'wn-mb-yard-door-board',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Dock and gate scans arrive over several turns and some are missed, so the agent has to rebuild which trailer sits at which door now before sending the new arrival to a free chilled door.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'de', 'en'], i);
    const dc = rng.pick(['DC Venlo-2', 'Lager Kassel Nord', 'DC Daventry', 'Umschlag Erfurt', 'DC Zeebrugge']);
    const doors = Array.from({ length: 10 }, (_, k) => `D${pad(k + 1)}`);
    const occ = new Map<string, string>();
    const tr = (): string => `TR-${rng.int(1000, 9999)}`;
    let clock = 300 + rng.int(0, 20);
    const step = (): string => { clock += rng.int(3, 14); return hm(clock); };
    const event = (): string => {
      const door = rng.pick(doors);
      const here = occ.get(door);
      if (!here) {
        const id = tr();
        occ.set(door, id);
        return `${step()} ${id} (${rng.pick(['chilled', 'ambient', 'ambient'])}, ${rng.pick(['inbound', 'outbound'])}) docked ${door}`;
      }
      if (rng.chance(0.45)) return `${step()} ${here} ${rng.pick(['unloading started', 'unloaded, waiting for shunter', 'loading 60%', 'seal checked'])} at ${door}`;
      occ.delete(door);
      return `${step()} ${here} pulled ${door} → Y${pad(rng.int(1, 30))}`;
    };
    const handover = Array.from({ length: rng.int(8, 11) }, event);
    const gate = Array.from({ length: rng.int(6, 9) }, () => (rng.chance(0.6)
      ? `${step()} GATE-IN ${tr()} ${rng.pick(['chilled', 'ambient'])} → Y${pad(rng.int(1, 30))}`
      : `${step()} GATE-OUT ${tr()} ${rng.pick(['empty', 'loaded'])}`));
    const snapshot = (): string => doors.map((d) => `${d} ${occ.get(d) ?? '—'}`).join(', ');
    const msgs: Msgs = [
      sys(t(lang, {
        en: `Yard agent for ${dc}. Dock doors D01–D10 (D01–D04 are chilled), yard slots Y01–Y30. Gate scanners log arrivals and departures; dock door sensors only report occupied/free, not which trailer. Hand scans are missed now and then, so cross-check sources before you assign a door. Tools: get_gate_events, get_dock_sensors, assign_door.`,
        de: `Hof-Agent für ${dc}. Rampentore D01–D10 (D01–D04 gekühlt), Hofstellplätze Y01–Y30. Die Torscanner erfassen Ein- und Ausfahrten; die Sensoren an den Rampentoren melden nur belegt/frei, nicht welcher Trailer. Handscans fehlen gelegentlich, also gleiche die Quellen ab, bevor du ein Tor zuweist. Tools: get_gate_events, get_dock_sensors, assign_door.`,
      })),
      user(`${t(lang, { en: 'Shift start. Handover notes from the night shift:', de: 'Schichtbeginn. Übergabenotizen der Nachtschicht:' })}\n${lines(handover)}`),
    ];
    exchange(rng, msgs, 'get_gate_events', { since: hm(300) }, { events: gate });
    msgs.push(say(t(lang, { en: `Door board as far as the scans show: ${snapshot()}.`, de: `Torbelegung laut Scans: ${snapshot()}.` })));
    const rounds = i >= 3 ? rng.int(6, 8) : i === 2 ? 3 : 1;
    for (let r = 0; r < rounds; r++) {
      const upd = Array.from({ length: rng.int(2, 4) }, event);
      msgs.push(user(`${t(lang, { en: 'Dock team radio:', de: 'Funk vom Rampenteam:' })}\n${lines(upd)}`));
      if (r < rounds - 1) msgs.push(say(t(lang, { en: 'Noted.', de: 'Notiert.' })));
    }
    const sensed = doors.map((d) => ({ door: d, occupied: occ.has(d) }));
    const ghost = rng.pick(doors.slice(0, 4).filter((d) => !occ.has(d)).concat(['D03']));
    const missed = sensed.find((s) => s.door === ghost);
    if (missed) missed.occupied = true;
    exchange(rng, msgs, 'get_dock_sensors', {}, { at: hm(clock + 2), doors: sensed });
    const arriving = tr();
    msgs.push(user(t(lang, {
      en: `Gate just checked in ${arriving}: chilled inbound, ${rng.int(18, 33)} pallets of ${rng.pick(['dairy', 'fresh poultry', 'yoghurt', 'chilled ready meals'])}. Where does it go right now? Assign it.`,
      de: `Am Tor ist gerade ${arriving} eingecheckt: gekühlt, Wareneingang, ${rng.int(18, 33)} Paletten ${rng.pick(['Molkereiprodukte', 'Frischgeflügel', 'Joghurt', 'Kühl-Fertiggerichte'])}. Wohin jetzt damit? Bitte zuweisen.`,
    })));
    return {
      lang,
      messages: msgs,
      tools: [
        tool('get_gate_events', 'Gate scanner events since a time.', { since: str }),
        tool('get_dock_sensors', 'Occupied/free per dock door, from the door sensors.'),
        tool('assign_door', 'Send a trailer to a dock door.', { trailer: str, door: str }),
      ],
    };
  },
};

const mbWardBeds: Family = {
  id: 'wn-mb-ward-bed-board',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Admission, transfer and discharge events come in batches and transfers out are only logged by the receiving ward, so the agent must reconstruct current bed occupancy before answering the bed request.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'es', 'fr'], i);
    const ward = rng.pick(['Médecine B', 'Ward 6 (acute medicine)', 'Medicina Interna 3', 'Gériatrie 2']);
    const beds = ['1A', '1B', '2A', '2B', '3A', '3B', '4A', '4B', '5A', '5B', '6A', '6B', '7A', '7B', '8A', '8B'];
    const o2 = rng.sample(beds, 6).sort();
    const occ = new Map<string, string>();
    for (const b of rng.sample(beds, rng.int(10, 13))) occ.set(b, `MRN ${rng.int(4000000, 4999999)}`);
    let clock = 420 + rng.int(0, 40);
    const mk = (): string => {
      clock += rng.int(6, 35);
      const taken = [...occ.keys()];
      const free = beds.filter((b) => !occ.has(b));
      const r = rng.next();
      if (r < 0.3 && free.length) {
        const b = rng.pick(free); const p = `MRN ${rng.int(4000000, 4999999)}`; occ.set(b, p);
        return `${hm(clock)} ADT A01 ADMIT ${p} → ${b}`;
      }
      const b = rng.pick(taken); const p = occ.get(b)!;
      if (r < 0.55) { occ.delete(b); return `${hm(clock)} ADT A03 DISCHARGE ${p} ${b}`; }
      if (r < 0.75) { occ.delete(b); return `${hm(clock)} [${rng.pick(['ICU', 'Cardio', 'Ortho'])} feed] ${p} arrived from ${b}`; }
      if (r < 0.88 && free.length) { const to = rng.pick(free); occ.delete(b); occ.set(to, p); return `${hm(clock)} ADT A02 MOVE ${p} ${b} → ${to}`; }
      return `${hm(clock)} ${p} ${b} ${rng.pick(['discharge pending, transport 15:30', 'NEWS2 5, review requested', 'awaiting CT', 'family visit'])}`;
    };
    const system = t(lang, {
      en: `Bed manager assistant, ${ward}, 16 beds (rooms 1–4 female bays, rooms 5–8 male bays). Beds with piped oxygen: ${o2.join(', ')}. Events come from the ADT feed in batches. Transfers out of the ward are often only recorded by the receiving unit's feed, never as a discharge here. When asked, give the bed board as JSON.`,
      fr: `Assistant de gestion des lits, ${ward}, 16 lits (chambres 1 à 4 côté femmes, 5 à 8 côté hommes). Lits avec oxygène mural : ${o2.join(', ')}. Les événements arrivent par lots depuis le flux ADT. Les transferts vers un autre service ne sont souvent enregistrés que par le flux du service d'accueil, jamais comme une sortie ici. Sur demande, donne le tableau des lits en JSON.`,
      es: `Asistente de gestión de camas, ${ward}, 16 camas (habitaciones 1–4 mujeres, 5–8 hombres). Camas con oxígeno de pared: ${o2.join(', ')}. Los eventos llegan por lotes desde el flujo ADT. Los traslados a otra unidad a menudo solo los registra el flujo de la unidad receptora, nunca como alta aquí. Cuando se te pida, da el tablero de camas en JSON.`,
    });
    const msgs: Msgs = [sys(system)];
    const start = [...occ.entries()].sort().map(([b, p]) => `${b} ${p}`);
    msgs.push(user(`${t(lang, { en: '07:00 census:', fr: 'Recensement de 07:00 :', es: 'Censo de las 07:00:' })}\n${lines(start)}`));
    msgs.push(say(t(lang, { en: `Census loaded: ${occ.size} occupied, ${16 - occ.size} free.`, fr: `Recensement chargé : ${occ.size} lits occupés, ${16 - occ.size} libres.`, es: `Censo cargado: ${occ.size} ocupadas, ${16 - occ.size} libres.` })));
    const batches = rng.int(2, 3);
    for (let b = 0; b < batches; b++) {
      const ev = Array.from({ length: rng.int(3, 5) }, mk);
      msgs.push(user(`${t(lang, { en: 'ADT batch', fr: 'Lot ADT', es: 'Lote ADT' })} ${b + 1}:\n${lines(ev)}`));
      if (b < batches - 1) msgs.push(say(t(lang, { en: 'Updated.', fr: 'Mis à jour.', es: 'Actualizado.' })));
    }
    const sex = rng.pick(['female', 'male']);
    msgs.push(user(t(lang, {
      en: `ED is on the phone: ${sex} patient, ${rng.int(58, 91)} y, needs oxygen, ready to come up now. Which bed? Give me the board as well.`,
      fr: `Les urgences appellent : patient${sex === 'female' ? 'e' : ''} de ${rng.int(58, 91)} ans, ${sex === 'female' ? 'une femme' : 'un homme'}, sous oxygène, prêt${sex === 'female' ? 'e' : ''} à monter tout de suite. Quel lit ? Donne-moi aussi le tableau.`,
      es: `Urgencias al teléfono: ${sex === 'female' ? 'mujer' : 'hombre'} de ${rng.int(58, 91)} años, necesita oxígeno, lista para subir ya. ¿Qué cama? Dame también el tablero.`,
    })));
    return {
      lang,
      messages: msgs,
      response_format: jsonSchema('bed_board', {
        occupied: list(obj({ bed: str, patient: str })),
        free: list(str),
        uncertain: list(str),
        assign_bed: str,
        reason: str,
      }),
    };
  },
};

const mbDbFailover: Family = {
  id: 'wn-mb-pg-failover-watch',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'hard',
  variants: 5,
  rationale: 'Log chunks from a database cluster arrive through tool results with gaps, and the agent must work out which node is primary now and whether the old leader diverged before routing writes; the follow-up fix could be read as planning, but the ask is about the current situation.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'zh', 'en', 'ja'], i);
    const base = rng.pick(['pg-orders', 'pg-billing', 'pg-fleet', 'pg-ledger', 'pg-wms']);
    const [a, b, c] = ['a', 'b', 'c'].map((s) => `${base}-${s}`) as [string, string, string];
    const winner = rng.chance(0.5) ? b : c;
    const loser = winner === b ? c : b;
    let clock = rng.int(60, 1300) * 60;
    const ts = (): string => { clock += rng.int(3, 95); return hms(clock); };
    const noise = (): string => `${ts()} ${rng.pick([a, b, c])} ${rng.pick(['LOG: checkpoint complete: wrote 2211 buffers', 'LOG: automatic vacuum of table "public.events"', 'LOG: connection received: host=10.4.2.17', 'patroni: no action, I am a secondary and following a leader'])}`;
    const chunk1 = [
      `${ts()} ${a} patroni: no action, I am the leader with the lock`,
      noise(),
      `${ts()} ${a} LOG: could not send data to client: Connection timed out`,
      `${ts()} ${b} FATAL: could not receive data from WAL stream: server closed the connection unexpectedly`,
      `${ts()} ${c} FATAL: could not receive data from WAL stream: server closed the connection unexpectedly`,
      noise(),
    ];
    const chunk2 = [
      `${ts()} ${winner} patroni: acquired session lock as a leader`,
      `${ts()} ${winner} LOG: selected new timeline ID: ${rng.int(7, 19)}`,
      `${ts()} ${winner} LOG: database system is ready to accept connections`,
      `${ts()} ${loser} patroni: following new leader after leader key was removed`,
      `[log shipper] ${rng.int(40, 180)} lines dropped for ${a} (buffer overflow)`,
      noise(),
    ];
    const chunk3 = [
      `${ts()} ${a} LOG: database system is ready to accept connections`,
      `${ts()} ${a} patroni: demoting self because DCS is not accessible and I was a leader`,
      `${ts()} ${a} LOG: received fast shutdown request`,
      `${ts()} ${a} patroni: starting as a secondary`,
      `${ts()} ${a} FATAL: requested timeline is not a child of this server's history`,
      `${ts()} ${a} DETAIL: Latest checkpoint is at ${rng.int(10, 99)}/${rng.int(1000000, 9999999).toString(16).toUpperCase()} on timeline ${rng.int(5, 6)}`,
      noise(),
    ];
    const msgs: Msgs = [
      sys(t(lang, {
        en: `You are the on-call assistant for the ${base} PostgreSQL/Patroni cluster (${a}, ${b}, ${c}). Log lines arrive through tail_logs in chunks; the log shipper drops lines under load. Before anyone touches routing, make sure you know which node holds the leader lock now and whether any node has diverged.`,
        ja: `あなたは ${base} PostgreSQL/Patroni クラスタ（${a}、${b}、${c}）のオンコール補助です。ログは tail_logs でまとめて届きますが、負荷が高いとログシッパーが行を落とします。ルーティングに手を入れる前に、今どのノードがリーダーロックを持っているか、分岐したノードがないかを確認してください。`,
        zh: `你是 ${base} PostgreSQL/Patroni 集群（${a}、${b}、${c}）的值班助手。日志通过 tail_logs 分块到达；高负载时日志转发器会丢行。在任何人改动路由之前，先弄清楚现在哪个节点持有 leader 锁，以及是否有节点发生了分叉。`,
      })),
      user(t(lang, {
        en: `PagerDuty: checkout latency alarm on ${base}. Have a look.`,
        ja: `PagerDuty: ${base} で決済レイテンシのアラームです。見てもらえますか。`,
        zh: `PagerDuty：${base} 上出现结账延迟告警，请看一下。`,
      })),
    ];
    exchange(rng, msgs, 'tail_logs', { cluster: base, lines: 50 }, lines(chunk1));
    msgs.push(say(t(lang, {
      en: `${a} lost its clients and both replicas lost the WAL stream. Waiting for the next chunk.`,
      ja: `${a} がクライアント接続を失い、両レプリカとも WAL ストリームが切れています。次のチャンクを待ちます。`,
      zh: `${a} 与客户端断开，两个副本的 WAL 流都中断了。等待下一块日志。`,
    })));
    exchange(rng, msgs, 'tail_logs', { cluster: base, lines: 50 }, lines(chunk2));
    if (i >= 2) {
      msgs.push(say(t(lang, { en: 'A new leader came up; the shipper dropped part of the old primary\'s output.', ja: '新しいリーダーが立ち上がりました。旧プライマリのログの一部はシッパーが落としています。', zh: '新的 leader 已经起来；旧主库的部分日志被转发器丢掉了。' })));
      msgs.push(user(t(lang, { en: 'Network team says the switch in rack 14 rebooted. Keep going.', ja: 'ネットワークチームによるとラック14のスイッチが再起動したそうです。続けてください。', zh: '网络组说14号机柜的交换机重启了。继续。' })));
      exchange(rng, msgs, 'get_node_status', { node: a }, { node: a, reachable: rng.chance(0.5), last_seen: hms(clock), role_reported: 'unknown' });
    }
    exchange(rng, msgs, 'tail_logs', { cluster: base, lines: 50 }, lines(chunk3));
    msgs.push(user(t(lang, {
      en: 'App team is asking: which node should take writes right now, and can the old primary just rejoin as it is?',
      ja: 'アプリチームから質問です。今どのノードに書き込みを向けるべきか、それと旧プライマリはこのまま復帰させて大丈夫か、とのことです。',
      zh: '应用组在问：现在写入应该指向哪个节点？旧主库能不能就这样直接重新加入？',
    })));
    return {
      lang,
      messages: msgs,
      tools: [
        tool('tail_logs', 'Next chunk of cluster logs.', { cluster: str, lines: int }),
        tool('get_node_status', 'Reachability and reported role of one node.', { node: str }),
        tool('route_writes', 'Point the write endpoint at a node.', { node: str }),
      ],
    };
  },
};

const mbCncMagazine: Family = {
  id: 'wn-mb-cnc-magazine-wear',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Half of the magazine has dead wear counters, so the remaining cutting time of those tools must be reconstructed from the morning list plus the job log across turns before deciding whether the next order can start.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'pt', 'de'], i);
    const cell = rng.pick(['MC-3', 'BAZ 7', 'HMC-12', 'Zelle 4']);
    const descs = ['Schaftfräser D10 Z4', 'Bohrer D8.5 HM', 'Planfräser D50', 'Gewindebohrer M10', 'Reibahle D12H7', 'Fasenfräser 90°', 'Schaftfräser D6 Z3', 'Bohrer D5 HM', 'Kugelfräser R3', 'Scheibenfräser D63'];
    const n = rng.int(10, 13);
    const pockets = rng.sample(Array.from({ length: 24 }, (_, k) => k + 1), n).sort((x, y) => x - y);
    const tools = pockets.map((p, k) => ({ t: `T${pad(k + 1)}`, pocket: p, desc: rng.pick(descs), limit: rng.pick([60, 90, 120, 180]), left: 0 }));
    for (const tl of tools) tl.left = rng.int(8, tl.limit);
    const listRows = tools.map((tl) => tl.pocket <= 12
      ? `${tl.t} P${pad(tl.pocket)} ${tl.desc} limit ${tl.limit} min, remaining ${tl.left} min`
      : `${tl.t} P${pad(tl.pocket)} ${tl.desc} limit ${tl.limit} min, counter n/a (manual check yesterday 16:00: ${tl.left} min)`);
    let clock = 420;
    const job = (): string => {
      clock += rng.int(20, 70);
      const used = rng.sample(tools, rng.int(2, 3)).map((tl) => `${tl.t} ${(rng.int(3, 25) / 10).toFixed(1)}`).join(', ');
      return `${hm(clock)} ${rng.pick(['P-4410', 'P-4412', 'P-5120', 'P-0987', 'P-7731'])} qty ${rng.int(6, 30)} min/pc: ${used}`;
    };
    const swapped = rng.pick(tools.filter((tl) => tl.pocket > 12).concat(tools.slice(-1)));
    const swapAt = rng.int(1, 4);
    const log1: string[] = [];
    const jobs1 = rng.int(5, 8);
    for (let k = 0; k < jobs1; k++) {
      if (k === swapAt) log1.push(`${hm(clock + rng.int(3, 12))} ${swapped.t} ${t(lang, { en: 'insert changed', de: 'Wendeplatte gewechselt', pt: 'pastilha trocada' })}`);
      log1.push(job());
    }
    const log2 = Array.from({ length: rng.int(2, 4) }, job);
    const next = rng.sample(tools, 3).map((tl) => `${tl.t} ${(rng.int(5, 22) / 10).toFixed(1)}`).join(', ');
    const qty = rng.pick([24, 40, 60, 75]);
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: `Assistant at machining cell ${cell}, 24-pocket magazine. Since firmware 5.2 the wear counters for pockets 13–24 read zero; pockets 1–12 still count correctly. Tool life is in cutting minutes. Operators paste the tool list and the job log; answer whether a job can run without a tool change and which pockets need a fresh tool first.`,
          de: `Assistent an der Bearbeitungszelle ${cell}, Magazin mit 24 Plätzen. Seit Firmware 5.2 zeigen die Standzeitzähler der Plätze 13–24 null an; die Plätze 1–12 zählen weiterhin korrekt. Standzeit in Schnittminuten. Die Bediener fügen Werkzeugliste und Auftragsprotokoll ein; beantworte, ob ein Auftrag ohne Werkzeugwechsel laufen kann und welche Plätze vorher ein frisches Werkzeug brauchen.`,
          pt: `Assistente na célula de maquinagem ${cell}, magazine de 24 posições. Desde o firmware 5.2 os contadores de desgaste das posições 13–24 marcam zero; as posições 1–12 continuam a contar bem. A vida da ferramenta é em minutos de corte. Os operadores colam a lista de ferramentas e o registo de trabalhos; responde se um trabalho pode correr sem troca de ferramenta e que posições precisam de ferramenta nova antes.`,
        })),
        user(`${t(lang, { en: 'Tool list at 07:00:', de: 'Werkzeugliste um 07:00:', pt: 'Lista de ferramentas às 07:00:' })}\n${lines(listRows)}`),
        say(t(lang, { en: 'Thanks, I have the 07:00 list. Send the job log when you have it.', de: 'Danke, die Liste von 07:00 liegt mir vor. Schick das Auftragsprotokoll, sobald du es hast.', pt: 'Obrigado, tenho a lista das 07:00. Envia o registo de trabalhos quando o tiveres.' })),
        user(`${t(lang, { en: 'Job log up to now:', de: 'Auftragsprotokoll bis jetzt:', pt: 'Registo de trabalhos até agora:' })}\n${lines(log1)}`),
        say(t(lang, { en: 'Got it. Pockets 13–24 are being counted down from the manual check using these times.', de: 'Verstanden. Die Plätze 13–24 rechne ich ab der manuellen Prüfung mit diesen Zeiten herunter.', pt: 'Entendido. As posições 13–24 estou a descontar a partir da verificação manual com estes tempos.' })),
        user(t(lang, {
          en: `Finished since then:\n${lines(log2)}\nNext order is ${qty} pcs of P-${rng.int(6000, 6999)}, min/pc: ${next}. Can we start straight away, or which pockets get a fresh tool first?`,
          de: `Seitdem fertig geworden:\n${lines(log2)}\nNächster Auftrag: ${qty} Stück P-${rng.int(6000, 6999)}, min/Stk: ${next}. Können wir sofort starten, oder welche Plätze bekommen vorher ein frisches Werkzeug?`,
          pt: `Terminados entretanto:\n${lines(log2)}\nA próxima ordem são ${qty} peças de P-${rng.int(6000, 6999)}, min/peça: ${next}. Podemos arrancar já, ou que posições levam ferramenta nova primeiro?`,
        })),
      ],
    };
  },
};

const mbVanWhereabouts: Family = {
  id: 'wn-mb-van-parcel-whereabouts',
  label: 'model_based_reflex',
  difficulty: 'hard',
  variants: 5,
  rationale: 'The van has not reported a position for a while, so its current whereabouts and whether the parcel is still on board must be inferred from the route sheet and the last scans before answering the customer.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'fr', 'de', 'es'], i);
    const streets: Record<Lang, string[]> = {
      es: ['C/ Mallorca 212', 'Av. Diagonal 401', 'C/ Provença 88', 'C/ Girona 15', 'Pg. de Sant Joan 140', 'C/ Còrsega 301', 'C/ Bailèn 77', 'C/ Roger de Flor 190', 'C/ Indústria 44', 'C/ Sardenya 260', 'C/ Padilla 12', 'C/ Lepant 330'],
      en: ['14 Hope St', '2 Renshaw St', '88 Bold St', '5 Slater St', '31 Seel St', '9 Duke St', '120 Lodge Ln', '47 Smithdown Rd', '3 Ullet Rd', '61 Aigburth Rd', '18 Lark Ln', '7 Sefton Park Rd'],
      fr: ['12 rue Mercière', '4 quai Saint-Antoine', '18 rue de Brest', '33 rue Paul Bert', '7 cours Gambetta', '51 rue Garibaldi', '2 place Jean Macé', '26 rue de Marseille', '9 avenue Berthelot', '64 rue Chevreul', '15 rue Béchevelin', '40 grande rue de la Guillotière'],
      de: ['Lindenstr. 4', 'Bergmannstr. 18', 'Zossener Str. 40', 'Gneisenaustr. 61', 'Mehringdamm 33', 'Yorckstr. 7', 'Großbeerenstr. 12', 'Hornstr. 9', 'Möckernstr. 70', 'Katzbachstr. 25', 'Kreuzbergstr. 2', 'Methfesselstr. 14'],
      ja: [], zh: [], pt: [],
    };
    const st = shuffle(rng, streets[lang]);
    const van = `${rng.pick(['V', 'VAN-', 'LT'])}${rng.int(10, 89)}`;
    const first = rng.int(11, 30);
    const route = st.slice(0, 10).map((s, k) => ({ stop: first + k, parcel: `P-${rng.int(80000, 89999)}`, addr: s }));
    const done = rng.int(4, 6);
    let clock = rng.int(780, 840);
    const events: string[] = [];
    let attempted: string | null = null;
    for (let k = 0; k < done; k++) {
      const r = route[k]!;
      clock += rng.int(6, 14);
      events.push(`${hm(clock)} GPS ${r.addr} 0 km/h`);
      const fail = attempted === null && rng.chance(0.4);
      if (fail) attempted = r.parcel;
      events.push(`${hm(clock + 2)} SCAN stop ${r.stop} ${r.parcel} ${fail ? t(lang, { en: 'attempted – nobody home, back on van', es: 'intento fallido – ausente, vuelve a la furgoneta', fr: 'tentative – absent, remis dans le véhicule', de: 'Zustellversuch – niemand da, zurück ins Fahrzeug' }) : t(lang, { en: 'delivered', es: 'entregado', fr: 'livré', de: 'zugestellt' })}`);
    }
    clock += rng.int(5, 10);
    events.push(`${hm(clock)} GPS ${route[done]!.addr} ${rng.int(10, 30)} km/h`);
    events.push(`${hm(clock + rng.int(2, 6))} GPS ${t(lang, { en: 'no fix (modem reconnecting)', es: 'sin señal (módem reconectando)', fr: 'pas de position (modem en reconnexion)', de: 'kein Fix (Modem verbindet neu)' })}`);
    if (rng.chance(0.5)) events.push(`${hm(clock + rng.int(12, 20))} FUEL card ${rng.pick(['Repsol', 'Shell', 'TotalEnergies', 'Aral'])} ${rng.int(30, 60)} L`);
    const now = clock + rng.int(30, 55);
    const asked = attempted && rng.chance(0.6) ? attempted : route[rng.int(done + 1, 9)]!.parcel;
    const sheet = route.map((r) => `${t(lang, { en: 'stop', es: 'parada', fr: 'arrêt', de: 'Stopp' })} ${r.stop} | ${r.parcel} | ${r.addr}`);
    const body = t(lang, {
      en: `It's ${hm(now)}. A customer is on the phone about parcel ${asked} — she wants to know if it's still coming today and roughly when. Where is ${van} most likely right now, is the parcel still on it, and what do I tell her?`,
      es: `Son las ${hm(now)}. Tengo a una clienta al teléfono por el paquete ${asked}: quiere saber si llega hoy y más o menos a qué hora. ¿Dónde estará ahora mismo la ${van}, sigue el paquete a bordo y qué le digo?`,
      fr: `Il est ${hm(now)}. Une cliente appelle pour le colis ${asked} : elle veut savoir s'il arrive aujourd'hui et vers quelle heure. Où se trouve probablement ${van} en ce moment, le colis est-il encore à bord, et que dois-je lui répondre ?`,
      de: `Es ist ${hm(now)}. Eine Kundin ist wegen Paket ${asked} am Telefon – sie will wissen, ob es heute noch kommt und ungefähr wann. Wo ist ${van} jetzt vermutlich, ist das Paket noch an Bord, und was sage ich ihr?`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'You support the customer desk of a parcel depot. Vans report GPS about every 10 minutes when the modem has signal; drivers scan each stop on a handheld.',
          es: 'Apoyas al servicio de atención al cliente de un depósito de paquetería. Las furgonetas envían GPS cada 10 minutos aproximadamente cuando el módem tiene cobertura; los repartidores escanean cada parada con la PDA.',
          fr: 'Tu assistes le service client d\'un dépôt de colis. Les véhicules envoient leur position GPS environ toutes les 10 minutes quand le modem capte ; les chauffeurs scannent chaque arrêt avec leur terminal.',
          de: 'Du unterstützt den Kundenservice eines Paketdepots. Die Fahrzeuge senden etwa alle 10 Minuten GPS, wenn das Modem Empfang hat; die Fahrer scannen jeden Stopp mit dem Handscanner.',
        })),
        user(`${t(lang, { en: `Route sheet ${van}:`, es: `Hoja de ruta ${van}:`, fr: `Feuille de route ${van} :`, de: `Tourenliste ${van}:` })}\n${lines(sheet)}\n\n${t(lang, { en: 'Telematics and scans today:', es: 'Telemática y escaneos de hoy:', fr: 'Télématique et scans du jour :', de: 'Telematik und Scans heute:' })}\n${lines(events)}\n\n${body}`),
      ],
      max_tokens: 400,
    };
  },
};

// ─────────────────────────────── goal_based ───────────────────────────────

const gbPickRun: Family = {
  id: 'wn-gb-pick-run-sequence',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The order lines define a set of bins that must all be visited, ending at the pack station, under ordering and weight constraints, so the answer is a sequence of moves reaching a fixed end state.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'de', 'en', 'zh'], i);
    const aisles = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const items = [
      ['water 6x1.5L', 9.4, 'ambient'], ['cat litter 10 kg', 10.2, 'ambient'], ['wine glasses x6', 1.8, 'fragile'], ['olive oil 5L', 4.9, 'ambient'],
      ['frozen peas 2.5 kg', 2.6, 'frozen'], ['ice cream 2L', 1.2, 'frozen'], ['detergent 7.5 kg', 7.6, 'ambient'], ['eggs x30', 1.9, 'fragile'],
      ['rice 10 kg', 10.0, 'ambient'], ['frozen pizza x4', 1.6, 'frozen'], ['light bulbs LED x4', 0.4, 'fragile'], ['dog food 12 kg', 12.1, 'ambient'],
      ['canned tomatoes x12', 5.2, 'ambient'], ['fish fingers 1 kg', 1.0, 'frozen'],
    ] as const;
    const n = rng.int(9, 13);
    const lineRows = rng.sample(items, n).map(([name, w, zone]) => {
      const aisle = zone === 'frozen' ? 'H' : rng.pick(aisles.slice(0, 7));
      const qty = rng.int(1, name.includes('kg') || w > 5 ? 3 : 6);
      return `${aisle}-${pad(rng.int(1, 20))}-${rng.int(1, 4)} | ${name} | qty ${qty} | ${(w * qty).toFixed(1)} kg | ${zone}`;
    });
    const cap = rng.pick([80, 100, 120]);
    const cutoff = hm(rng.int(600, 1200));
    const system = t(lang, {
      en: `Pick-run planner for a dark store. Layout: aisles A–H left to right, bays 01–20 from front to back; a front cross-aisle runs along bay 01 and a back cross-aisle along bay 20, so you can only change aisle at either end. Pack station P sits at the front of aisle A; the frozen room is at the back of aisle H. Trolley limit ${cap} kg (one drop at P mid-run is allowed). Fragile items must go on after anything over 5 kg; frozen items are picked last. Output the visit order of the bins, ending at P.`,
      zh: `你是前置仓的拣货路线规划器。布局：A–H 巷道从左到右，货位 01–20 从前到后；前横道沿 01 号货位，后横道沿 20 号货位，只能在两端换巷道。打包台 P 在 A 巷道前端；冷冻间在 H 巷道后端。拣货车上限 ${cap} 公斤（途中允许回 P 卸一次货）。易碎品必须在所有超过 5 公斤的商品之后上车；冷冻品最后拣。输出货位访问顺序，最后回到 P。`,
      de: `Kommissionier-Tourenplaner für einen Dark Store. Layout: Gänge A–H von links nach rechts, Fächer 01–20 von vorne nach hinten; ein vorderer Quergang verläuft an Fach 01, ein hinterer an Fach 20, Gangwechsel also nur an den Enden. Packplatz P liegt vorne an Gang A, der Tiefkühlraum hinten an Gang H. Wagenlimit ${cap} kg (ein Zwischenabladen an P ist erlaubt). Zerbrechliches erst nach allem über 5 kg aufladen; Tiefkühlware zuletzt. Gib die Reihenfolge der Fächer aus, Ende bei P.`,
    });
    const ask = t(lang, {
      en: `Order #${rng.int(100000, 999999)}, rider slot ${cutoff}. Lines (bin | item | qty | weight | zone):`,
      zh: `订单 #${rng.int(100000, 999999)}，骑手取货时间 ${cutoff}。明细（货位 | 商品 | 数量 | 重量 | 温区）：`,
      de: `Auftrag #${rng.int(100000, 999999)}, Fahrer-Slot ${cutoff}. Positionen (Fach | Artikel | Menge | Gewicht | Zone):`,
    });
    return {
      lang,
      messages: [sys(system), user(`${ask}\n${lines(lineRows)}`)],
      response_format: jsonSchema('pick_run', {
        sequence: list(str),
        drop_at_pack_midway: bool,
        drop_after_bin: str,
        est_walk_m: int,
      }),
    };
  },
};

const gbRebootOrder: Family = {
  id: 'wn-gb-kernel-reboot-order',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Every host must end up on the new kernel inside the window while pairs and replication constraints are respected, so the request asks for an ordered, timed sequence of reboots that reaches that end state.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'ja', 'fr'], i);
    const env = rng.pick(['prod-eu', 'prod-ams', 'prod-par', 'prod-osa']);
    const hosts: string[] = [
      `mon-01 | monitoring | — | 6 min`,
      `lb-01 | haproxy | pair with lb-02 | 4 min`,
      `lb-02 | haproxy | pair with lb-01 | 4 min`,
      `app-01 | api | pool of 3, min 2 up | ${rng.int(5, 9)} min`,
      `app-02 | api | pool of 3, min 2 up | ${rng.int(5, 9)} min`,
      `app-03 | api | pool of 3, min 2 up | ${rng.int(5, 9)} min`,
      `db-01 | postgres primary | replicas db-02, db-03 | ${rng.int(12, 20)} min + switchover 5 min`,
      `db-02 | postgres replica | — | ${rng.int(10, 15)} min`,
      `db-03 | postgres replica | — | ${rng.int(10, 15)} min`,
      `mq-01 | rabbitmq | cluster of 2 with mq-02 | 7 min`,
      `mq-02 | rabbitmq | cluster of 2 with mq-01 | 7 min`,
      `bastion-01 | ssh jump host | — | 3 min`,
      `cache-01 | redis | sentinel with cache-02 | 5 min`,
      `cache-02 | redis | sentinel with cache-01 | 5 min`,
    ];
    const chosen = hosts.slice(0, 9).concat(rng.sample(hosts.slice(9), rng.int(1, 5)));
    const start = rng.pick(['22:00', '23:00', '21:30']);
    const kernel = rng.pick(['6.1.94', '5.15.160', '6.6.32']);
    const system = t(lang, {
      en: 'You are the change assistant for the infrastructure team. Answer with a timed run sheet the on-call engineer can follow line by line.',
      fr: 'Tu es l\'assistant de changement de l\'équipe infrastructure. Réponds avec une feuille de route horodatée que l\'ingénieur d\'astreinte peut suivre ligne par ligne.',
      ja: 'あなたはインフラチームの変更作業アシスタントです。当番エンジニアが1行ずつ実行できる、時刻付きの作業表で答えてください。',
    });
    const body = t(lang, {
      en: `Hosts in ${env} (host | role | constraint | reboot time):\n${lines(chosen)}\n\nEvery one of them has to be running ${kernel} before 06:00 Sunday; we can start at ${start} Saturday. Never both members of a pair or sentinel set down at once, the API pool needs 2 of 3 up, replicas before the primary (switch the primary over to an already-patched replica first), bastion and monitoring must stay reachable while anything else is rebooting. In what order do we reboot them and at what time does each one start?`,
      fr: `Hôtes de ${env} (hôte | rôle | contrainte | durée de redémarrage) :\n${lines(chosen)}\n\nTous doivent tourner en ${kernel} avant dimanche 06:00 ; on peut commencer samedi à ${start}. Jamais les deux membres d'une paire ou d'un groupe sentinel arrêtés en même temps, le pool API doit garder 2 nœuds sur 3, les réplicas avant le primaire (basculer d'abord le primaire vers un réplica déjà patché), le bastion et la supervision doivent rester joignables pendant que le reste redémarre. Dans quel ordre les redémarrer, et à quelle heure chacun commence-t-il ?`,
      ja: `${env} のホスト一覧（ホスト | 役割 | 制約 | 再起動時間）:\n${lines(chosen)}\n\n日曜 06:00 までに全台を ${kernel} で稼働させる必要があります。開始は土曜 ${start} から可能です。ペアやセンチネル構成の2台を同時に落とさないこと、APIプールは3台中2台を常に稼働、プライマリより先にレプリカ（先にパッチ済みのレプリカへプライマリを切り替える）、他のホストの再起動中は踏み台と監視に必ず到達できること。どの順番で再起動し、それぞれ何時に開始すればよいですか？`,
    });
    return { lang, messages: [sys(system), user(body)] };
  },
};

const gbChangeover: Family = {
  id: 'wn-gb-extrusion-changeover',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The line has to be taken from its current settings to the target settings for the next product by a fixed time, and operations have preconditions on each other, so the request asks for the order of operations that reaches that configuration.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'es', 'de'], i);
    const line = rng.pick(['Linie E2', 'Line X4', 'Línea 3', 'Linie 7']);
    const z = (base: number): [number, number] => [base + rng.int(-5, 5), base + rng.int(15, 30)];
    const [z1a, z1b] = z(190); const [z2a, z2b] = z(205); const [z3a, z3b] = z(215);
    const rows = [
      `barrel zone 1 | ${z1a} °C | ${z1b} °C`,
      `barrel zone 2 | ${z2a} °C | ${z2b} °C`,
      `barrel zone 3 | ${z3a} °C | ${z3b} °C`,
      `die | D-${rng.pick([32, 40, 50])} | D-${rng.pick([63, 75, 90])}`,
      `material | PP-H natural | PP-R grey (needs 4 h in dryer at 80 °C)`,
      `screw speed | ${rng.int(70, 95)} rpm | ${rng.int(45, 65)} rpm`,
      `vacuum tank | ${rng.int(14, 20)} °C | ${rng.int(8, 12)} °C`,
      `haul-off | ${rng.int(9, 14)} m/min | ${rng.int(4, 8)} m/min`,
      `cutter length | ${rng.pick([6000, 5800])} mm | ${rng.pick([4000, 3000, 2000])} mm`,
      `inkjet text | "PP-H ${rng.int(20, 40)}x2.0" | "PP-R ${rng.int(50, 90)}x${(rng.int(40, 80) / 10).toFixed(1)} SDR11"`,
    ];
    const ops = t(lang, {
      en: 'die swap: barrel must be below 180 °C and purged; 45 min, 2 people|purge: needs the new material already dried; 20 min|heat-up / cool-down: about 2 °C per minute|vacuum tank chiller: 25 min to settle|first-article check by QA: only when all settings are at target; 15 min|QA is on site 06:00–14:00 only',
      de: 'Düsenwechsel: Zylinder unter 180 °C und gespült; 45 min, 2 Personen|Spülen: neues Material muss bereits getrocknet sein; 20 min|Aufheizen / Abkühlen: etwa 2 °C pro Minute|Kühler Vakuumtank: 25 min bis stabil|Erstmusterprüfung durch QS: erst wenn alle Werte auf Soll sind; 15 min|QS ist nur 06:00–14:00 im Werk',
      es: 'cambio de boquilla: cilindro por debajo de 180 °C y purgado; 45 min, 2 personas|purga: el material nuevo ya tiene que estar secado; 20 min|calentar / enfriar: unos 2 °C por minuto|enfriador del tanque de vacío: 25 min para estabilizarse|control de primera pieza por calidad: solo con todos los valores en objetivo; 15 min|calidad solo está en planta de 06:00 a 14:00',
    }).split('|');
    const ready = hm(rng.int(540, 780));
    const now = hm(rng.int(300, 360));
    const intro = t(lang, {
      en: `Changeover on ${line}, now ${now}. Current vs target for the next product (parameter | now | target):`,
      de: `Umrüstung an ${line}, jetzt ${now}. Ist- und Sollwerte für das nächste Produkt (Parameter | Ist | Soll):`,
      es: `Cambio de formato en ${line}, ahora son las ${now}. Valores actuales y objetivo para el siguiente producto (parámetro | actual | objetivo):`,
    });
    const mid = t(lang, { en: 'Operations and what they need:', de: 'Arbeitsgänge und ihre Voraussetzungen:', es: 'Operaciones y lo que requieren:' });
    const ask = t(lang, {
      en: `The first good pipe of the new product has to come off the line by ${ready}. In what order do we do things, and when does each one start?`,
      de: `Das erste Gutrohr des neuen Produkts muss bis ${ready} von der Linie kommen. In welcher Reihenfolge gehen wir vor, und wann startet jeder Arbeitsgang?`,
      es: `El primer tubo bueno del nuevo producto tiene que salir de la línea antes de las ${ready}. ¿En qué orden hacemos las cosas y cuándo empieza cada una?`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'Shift-lead assistant for the extrusion hall.', de: 'Assistent der Schichtleitung in der Extrusionshalle.', es: 'Asistente del jefe de turno en la nave de extrusión.' })),
        user(`${intro}\n${lines(rows)}\n\n${mid}\n${lines(ops)}\n\n${ask}`),
      ],
    };
  },
};

const gbFreightLegs: Family = {
  id: 'wn-gb-intermodal-leg-booking',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The agent must chain timetable legs so the container reaches its destination before the deadline, holding legs one by one toward a complete chain; price and margin preferences add a secondary weighing of options.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'fr', 'en'], i);
    const corridor = rng.pick([
      ['Duisburg', 'Basel', 'Milano Smistamento'], ['Sines', 'Entroncamento', 'Madrid Abroñigal'],
      ['Rotterdam', 'Strasbourg', 'Lyon Port Édouard Herriot'], ['Le Havre', 'Metz', 'München-Riem'],
    ]) as [string, string, string];
    const [o, h, d] = corridor;
    const cont = `${rng.pick(['MSKU', 'TGHU', 'CMAU', 'HLXU'])}${rng.int(1000000, 9999999)}`;
    const deadlineDay = rng.pick(['Thu', 'Fri']);
    const legs1 = Array.from({ length: rng.int(5, 7) }, (_, k) => {
      const dep = 300 + k * rng.int(100, 180);
      const dur = rng.int(300, 720);
      return { id: `L1-${k + 1}`, row: `L1-${k + 1} | ${rng.pick(['rail', 'rail', 'road', 'barge'])} | ${o} → ${h} | Wed ${hm(dep)} → ${dep + dur >= 1440 ? 'Thu' : 'Wed'} ${hm(dep + dur)} | €${rng.int(480, 1350)} | ${rng.int(0, 6)} slots` };
    });
    const legs2 = Array.from({ length: rng.int(5, 7) }, (_, k) => {
      const dep = 240 + k * rng.int(110, 190);
      const dur = rng.int(420, 900);
      return `L2-${k + 1} | ${rng.pick(['rail', 'road', 'rail'])} | ${h} → ${d} | Thu ${hm(dep)} → ${dep + dur >= 1440 ? 'Fri' : 'Thu'} ${hm(dep + dur)} | €${rng.int(520, 1500)} | ${rng.int(0, 5)} slots`;
    });
    const system = t(lang, {
      en: `Intermodal booking agent. Get container ${cont} (40' HC, ${rng.int(18, 27)} t) from ${o} to ${d}, arriving no later than ${deadlineDay} 18:00. Allow at least 6 h at ${h} for customs and transshipment. Hold legs with hold_leg; a leg with 0 slots cannot be held. Call finish when a full chain is held.`,
      pt: `Agente de reservas intermodais. Leva o contentor ${cont} (40' HC, ${rng.int(18, 27)} t) de ${o} até ${d}, com chegada até ${deadlineDay === 'Thu' ? 'quinta' : 'sexta'} às 18:00. Conta com pelo menos 6 h em ${h} para alfândega e transbordo. Reserva trechos com hold_leg; um trecho com 0 lugares não pode ser reservado. Chama finish quando a cadeia completa estiver reservada.`,
      fr: `Agent de réservation intermodale. Acheminer le conteneur ${cont} (40' HC, ${rng.int(18, 27)} t) de ${o} à ${d}, arrivée au plus tard ${deadlineDay === 'Thu' ? 'jeudi' : 'vendredi'} 18:00. Prévoir au moins 6 h à ${h} pour la douane et le transbordement. Bloquer les tronçons avec hold_leg ; un tronçon à 0 place ne peut pas être bloqué. Appeler finish quand une chaîne complète est bloquée.`,
    });
    const msgs: Msgs = [sys(system), user(t(lang, {
      en: 'Booking request from the forwarder came in, go ahead.',
      pt: 'Chegou o pedido de reserva do transitário, avança.',
      fr: 'La demande de réservation du transitaire est arrivée, vas-y.',
    }))];
    exchange(rng, msgs, 'search_legs', { from: o, to: h, date: 'Wed' }, lines(legs1.map((l) => l.row)));
    exchange(rng, msgs, 'search_legs', { from: h, to: d, date: 'Thu' }, lines(legs2));
    if (i % 2 === 1) {
      const held = rng.pick(legs1).id;
      exchange(rng, msgs, 'hold_leg', { leg_id: held }, { leg_id: held, status: 'held', expires_in_min: 30 });
    }
    msgs.push(user(t(lang, {
      en: 'Forwarder adds: up to €200 extra is fine if it gives a safer buffer before the deadline.',
      pt: 'O transitário acrescenta: até 200 € a mais não há problema, se der uma margem mais segura antes do prazo.',
      fr: 'Le transitaire ajoute : jusqu\'à 200 € de plus, c\'est acceptable si cela donne une marge plus sûre avant l\'échéance.',
    })));
    return {
      lang,
      messages: msgs,
      tools: [
        tool('search_legs', 'Timetabled legs between two terminals.', { from: str, to: str, date: str }),
        tool('hold_leg', 'Hold a slot on a leg for 30 minutes.', { leg_id: str }),
        tool('release_leg', 'Release a held leg.', { leg_id: str }),
        tool('finish', 'Report the held chain.', { leg_ids: list(str), arrival: str }),
      ],
      tool_choice: 'required',
    };
  },
};

const gbCardRetire: Family = {
  id: 'wn-gb-line-card-retirement',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Every circuit on the old line card has to be moved and verified before the card can be retired inside the window, and the agent must pick the next tool call toward that end state given what is already done.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'es', 'en', 'zh'], i);
    const ex = rng.pick(['Exchange KX-Harbour', '局站 闵行-2', 'Central Getafe', 'Exchange Leith Walk', '局站 天河-5']);
    const card = `LC-${rng.int(2, 9)}`;
    const types = ['POTS', 'POTS', 'ISDN-BA', 'alarm line', 'lift emergency phone', 'ADSL2+', 'POTS'];
    const n = rng.int(9, 13);
    const circuits = Array.from({ length: n }, (_, k) => {
      const ty = rng.pick(types);
      const note = ty === 'alarm line' || ty === 'lift emergency phone' ? 'needs lifeline-powered port' : ty === 'ISDN-BA' ? 'only MSAN shelf 2 supports ISDN' : rng.pick(['—', '—', 'business, notify before move', 'customer asked: not before 01:00']);
      return { id: `CCT-${rng.int(10000, 99999)}`, ty, note, row: `${card}/${k + 1} | ${ty} | ${note}` };
    });
    const rows = circuits.map((c) => `${c.id} | ${c.row}`);
    const ports = [`shelf1 ports 1–16 free (no lifeline power)`, `shelf1 ports 17–20 free (lifeline power)`, `shelf2 ports 1–8 free (ISDN capable, no lifeline power)`, `shelf2 ports 9–10 free (ISDN + lifeline)`];
    const msgs: Msgs = [
      sys(t(lang, {
        en: `Migration agent for ${ex}. Target: line card ${card} retired before the window closes at 05:00 — every circuit on it moved to the MSAN, each move verified, business customers notified before their move. Use one tool call per turn.`,
        zh: `你是 ${ex} 的割接迁移代理。目标：在 05:00 窗口关闭前退役线卡 ${card}——卡上每条电路都迁到 MSAN，每次迁移都要验证，商业客户在迁移前先通知。每轮只调用一个工具。`,
        es: `Agente de migración de ${ex}. Objetivo: dar de baja la tarjeta de línea ${card} antes de que cierre la ventana a las 05:00: todos sus circuitos movidos al MSAN, cada traslado verificado y los clientes empresariales avisados antes de su traslado. Usa una llamada a herramienta por turno.`,
      })),
      user(`${t(lang, { en: 'Circuits on the card (id | port | service | note):', zh: '该线卡上的电路（编号 | 端口 | 业务 | 备注）：', es: 'Circuitos en la tarjeta (id | puerto | servicio | nota):' })}\n${lines(rows)}\n\n${t(lang, { en: 'Free MSAN capacity:', zh: 'MSAN 空闲容量：', es: 'Capacidad libre del MSAN:' })}\n${lines(ports)}\n\n${t(lang, { en: `It is ${hm(rng.int(0, 90))}. Start.`, zh: `现在是 ${hm(rng.int(0, 90))}。开始。`, es: `Son las ${hm(rng.int(0, 90))}. Empieza.` })}`),
    ];
    const doneCount = rng.int(1, 3);
    for (let k = 0; k < doneCount; k++) {
      const c = circuits[k]!;
      const port = c.ty === 'ISDN-BA' ? `shelf2/${k + 1}` : c.note.includes('lifeline') ? `shelf1/${17 + k}` : `shelf1/${k + 1}`;
      if (c.note.includes('notify')) exchange(rng, msgs, 'notify_customer', { circuit_id: c.id, message: 'Planned work tonight: your line will be moved to new equipment, expect up to 10 minutes without service.' }, { sent: true, channel: 'sms' });
      exchange(rng, msgs, 'move_circuit', { circuit_id: c.id, target_port: port }, { circuit_id: c.id, port, status: 'moved' });
      const ok = k < doneCount - 1 || rng.chance(0.5);
      exchange(rng, msgs, 'verify_circuit', { circuit_id: c.id }, ok ? { circuit_id: c.id, dial_tone: true, loop_ohms: rng.int(300, 900), result: 'pass' } : { circuit_id: c.id, dial_tone: false, result: 'fail', hint: 'cross-connect jumper not landed on MDF' });
    }
    return {
      lang,
      messages: msgs,
      tools: [
        tool('move_circuit', 'Re-home a circuit on an MSAN port.', { circuit_id: str, target_port: str }),
        tool('verify_circuit', 'Line test after a move.', { circuit_id: str }),
        tool('notify_customer', 'Send the planned-work notice to a customer.', { circuit_id: str, message: str }),
        tool('dispatch_mdf_tech', 'Ask the MDF technician to fix a jumper.', { circuit_id: str, instruction: str }),
        tool('retire_card', 'Administratively retire a line card (fails if any circuit remains).', { card: str }),
      ],
      tool_choice: 'required',
    };
  },
};

// ───────────────────────────── utility_based ─────────────────────────────

const ubCarrierQuotes: Family = {
  id: 'wn-ub-carrier-quote-pick',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Carrier quotes are weighed on weighted cost, punctuality and emissions under a delivery-date constraint to choose one carrier per shipment, a weighted choice among options.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'fr', 'en', 'de'], i);
    const carriers = ['Dachser', 'Geodis', 'DSV Road', 'Raben', 'Kuehne+Nagel', 'DB Schenker', 'Heppner', 'Fercam', 'Gefco', 'Transalliance'];
    const ships = [
      { id: `SH-${rng.int(1000, 9999)}`, desc: t(lang, { en: `${rng.int(4, 14)} pallets glassware, fragile`, de: `${rng.int(4, 14)} Paletten Glaswaren, zerbrechlich`, fr: `${rng.int(4, 14)} palettes de verrerie, fragile` }), due: rng.int(2, 4), fragile: true },
      { id: `SH-${rng.int(1000, 9999)}`, desc: t(lang, { en: `${rng.int(8, 26)} pallets canned food`, de: `${rng.int(8, 26)} Paletten Konserven`, fr: `${rng.int(8, 26)} palettes de conserves` }), due: rng.int(3, 5), fragile: false },
    ];
    const quotes: string[] = [];
    for (const s of ships) {
      for (const c of rng.sample(carriers, rng.int(4, 6))) {
        quotes.push(`${s.id} | ${c} | €${rng.int(690, 2400)} | ${rng.int(1, 6)} d | on-time ${rng.int(81, 99)}% | claims ${(rng.int(5, 70) / 10).toFixed(1)}/1000 | CO2 ${rng.int(180, 900)} kg`);
      }
    }
    const system = t(lang, {
      en: 'Freight desk assistant. For each shipment choose exactly one quote. Score = 50% price, 30% on-time rate, 20% CO2 (each scaled within that shipment\'s quotes). Quotes whose transit time misses the due date are out. For fragile loads, quotes with more than 4.0 claims per 1000 are out.',
      de: 'Assistent der Frachtdisposition. Wähle pro Sendung genau ein Angebot. Bewertung = 50 % Preis, 30 % Pünktlichkeitsquote, 20 % CO2 (jeweils innerhalb der Angebote dieser Sendung skaliert). Angebote, deren Laufzeit den Liefertermin verfehlt, scheiden aus. Bei zerbrechlicher Ware scheiden Angebote mit mehr als 4,0 Schäden pro 1000 aus.',
      fr: 'Assistant du bureau fret. Pour chaque envoi, choisis exactement une offre. Score = 50 % prix, 30 % taux de ponctualité, 20 % CO2 (chacun normalisé parmi les offres de cet envoi). Les offres dont le délai dépasse la date due sont exclues. Pour les charges fragiles, les offres à plus de 4,0 litiges pour 1000 sont exclues.',
    });
    const head = ships.map((s) => `${s.id}: ${s.desc}, ${t(lang, { en: `due in ${s.due} days`, de: `fällig in ${s.due} Tagen`, fr: `à livrer sous ${s.due} jours` })}`).join('\n');
    return {
      lang,
      messages: [sys(system), user(`${head}\n\n${t(lang, { en: 'Quotes:', de: 'Angebote:', fr: 'Offres :' })}\n${lines(quotes)}`)],
      response_format: jsonSchema('carrier_choice', {
        choices: list(obj({ shipment: str, carrier: str, score: num, why: str })),
      }),
    };
  },
};

const ubShutdownJobs: Family = {
  id: 'wn-ub-shutdown-backlog-pick',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Backlog jobs with risk points, crew hours and electrician hours must be selected to remove as much risk as a limited shutdown allows, a knapsack-style choice under capacity limits.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'es', 'en', 'ja'], i);
    const plant = rng.pick(['paper machine PM2', 'bottling hall B', 'press line 3', 'kiln line K1', 'compressor house']);
    const jobs = [
      'replace drive-end bearing, main fan', 'reline chute 4', 'swap leaking hydraulic hose bank', 'recalibrate weigh belt', 'replace MCC breaker Q12',
      'inspect gearbox oil + filter', 'realign conveyor C7', 'replace worn coupling, pump P3', 'thermography + retighten busbar', 'replace VFD cooling fans',
      'rebuild steam trap station', 'replace guard interlock switches', 'patch refractory at burner', 'renew pressure relief valve PRV-2',
    ];
    const n = rng.int(10, 14);
    const rows = rng.sample(jobs, n).map((j, k) => `WO-${rng.int(40000, 49999)} | ${j} | risk ${rng.int(3, 40)} | crew ${rng.int(2, 16)} h | elec ${rng.chance(0.4) ? rng.int(1, 6) : 0} h | spares ${rng.chance(0.8) ? 'on site' : 'ETA Tue'}${k % 4 === 0 ? ` | ${rng.pick(['needs crane', 'needs line cold', 'hot work permit'])}` : ''}`);
    const crew = rng.pick([40, 48, 56]);
    const elec = rng.pick([8, 10, 12]);
    const body = t(lang, {
      en: `Backlog for the ${plant} shutdown this weekend (WO | job | risk points removed | crew hours | electrician hours | spares | note):\n${lines(rows)}\n\nWe have ${crew} crew-hours and one electrician for ${elec} h. Jobs whose spares are not on site can't go in. The crane is only available Saturday, good for 2 crane jobs. Which work orders go into this shutdown? We want to take as much risk off the table as those hours allow — give the list and the total risk removed.`,
      ja: `今週末の ${plant} 停止工事の候補（WO | 作業 | 低減リスク点 | 作業員時間 | 電気工時間 | 部品 | 備考）:\n${lines(rows)}\n\n作業員は合計 ${crew} 時間、電気工は1名で ${elec} 時間です。部品が現場にない作業は入れられません。クレーンは土曜のみで、クレーン作業は2件まで。今回の停止でどの WO を実施すべきですか？ この時間内でできるだけ多くのリスクを減らしたいので、実施リストと低減リスク点の合計を出してください。`,
      es: `Pendientes para la parada de ${plant} de este fin de semana (OT | trabajo | puntos de riesgo eliminados | horas de cuadrilla | horas de electricista | repuestos | nota):\n${lines(rows)}\n\nTenemos ${crew} horas de cuadrilla y un electricista durante ${elec} h. Los trabajos sin repuestos en planta no pueden entrar. La grúa solo está el sábado y da para 2 trabajos con grúa. ¿Qué órdenes entran en esta parada? Queremos quitar todo el riesgo que permitan esas horas: dame la lista y el total de riesgo eliminado.`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'Maintenance scheduling assistant.', ja: 'あなたは保全計画のアシスタントです。', es: 'Asistente de programación de mantenimiento.' })),
        user(body),
      ],
      max_tokens: 700,
    };
  },
};

const ubCareRota: Family = {
  id: 'wn-ub-care-home-day-rota',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'Staff must be allocated to units at the lowest cost while honouring minimum ratios and continuity preferences, an allocation under trade-offs, although meeting the hard ratios alone could be read as constraint satisfaction.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'pt', 'en'], i);
    const names = ['Aisha', 'Bogdan', 'Chloé', 'Daniel', 'Efua', 'Fátima', 'Gareth', 'Hiroko', 'Inês', 'Jonas', 'Kwame', 'Lucía', 'Marek', 'Nadia'];
    const units = ['Rowan (nursing)', 'Beech (residential)', 'Oak (dementia)'];
    const n = rng.int(9, 13);
    const staff = rng.sample(names, n).map((nm) => {
      const rn = rng.chance(0.3);
      const agency = rng.chance(0.25);
      const trained = rng.sample(['Rowan', 'Beech', 'Oak'], rng.int(1, 3)).join('/');
      const last = rng.chance(0.6) ? rng.pick(['Rowan', 'Beech', 'Oak']) : '—';
      return `${nm} | ${rn ? 'RN' : 'HCA'} | ${agency ? 'agency' : 'own'} | £${agency ? rng.int(28, 46) : rn ? rng.int(21, 25) : rng.int(12, 14)}/h | trained ${trained} | last week ${last}`;
    });
    const needs = [
      `${units[0]}: ${rng.int(18, 24)} residents, min 1 RN + ${rng.int(2, 3)} HCA`,
      `${units[1]}: ${rng.int(14, 20)} residents, min ${rng.int(2, 3)} HCA`,
      `${units[2]}: ${rng.int(10, 16)} residents, min 1 RN + ${rng.int(2, 3)} HCA, same faces as last week where possible`,
    ];
    const body = t(lang, {
      en: `Tomorrow's day shift (07:30–20:00). Available staff (name | grade | contract | cost | trained for | unit last week):\n${lines(staff)}\n\nUnit needs:\n${lines(needs)}\n\nEvery unit's minimum has to be met; staff only go to units they're trained for. After that, keep the cost down — agency is expensive — but for Oak continuity is worth about £40 per familiar face to us. Who goes where?`,
      fr: `Service de jour de demain (07:30–20:00). Personnel disponible (nom | grade | contrat | coût | formé pour | unité la semaine dernière) :\n${lines(staff)}\n\nBesoins des unités :\n${lines(needs)}\n\nLe minimum de chaque unité doit être respecté ; chacun ne va que dans une unité pour laquelle il est formé. Ensuite, on veut limiter le coût — l'intérim coûte cher — mais pour Oak, la continuité vaut environ 40 £ par visage familier. Qui va où ?`,
      pt: `Turno de dia de amanhã (07:30–20:00). Pessoal disponível (nome | categoria | contrato | custo | formado para | unidade na semana passada):\n${lines(staff)}\n\nNecessidades das unidades:\n${lines(needs)}\n\nO mínimo de cada unidade tem de ser cumprido; cada pessoa só vai para unidades em que tem formação. Depois disso, queremos gastar pouco — a agência é cara — mas no Oak a continuidade vale para nós cerca de 40 £ por cara conhecida. Quem vai para onde?`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'Rota assistant for a 60-bed care home.', fr: 'Assistant de planning pour un EHPAD de 60 lits.', pt: 'Assistente de escalas para um lar de 60 camas.' })),
        user(body),
      ],
    };
  },
};

const ubRightsize: Family = {
  id: 'wn-ub-vm-rightsizing',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Utilisation rows and a price list must be turned into a set of instance sizes that saves the most money while keeping projected load under headroom limits, a constrained cost-versus-risk choice.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'de', 'en', 'zh'], i);
    const types: [string, number, number, number][] = [
      ['t3.medium', 2, 4, 30], ['m6i.large', 2, 8, 70], ['m6i.xlarge', 4, 16, 140], ['m6i.2xlarge', 8, 32, 280],
      ['c6i.xlarge', 4, 8, 124], ['c6i.2xlarge', 8, 16, 248], ['r6i.large', 2, 16, 92], ['r6i.xlarge', 4, 32, 184],
    ];
    const svc = ['orders-api', 'search', 'billing-worker', 'fleet-telemetry', 'wms-sync', 'report-gen', 'auth', 'label-print', 'etl-nightly', 'tracking-ws', 'pricing', 'notifier', 'geo-cache'];
    const n = rng.int(9, 13);
    const rows = rng.sample(svc, n).map((s) => {
      const [ty, cpu, mem, cost] = rng.pick(types.slice(1));
      return `${s}-${rng.int(1, 3)} | ${ty} | ${cpu} vCPU / ${mem} GiB | p95 CPU ${rng.int(4, 78)}% | p95 mem ${rng.int(12, 88)}% | $${cost}/mo | tier ${rng.int(1, 3)}`;
    });
    const price = types.map(([ty, c, m, p]) => `${ty}: ${c} vCPU / ${m} GiB, $${p}/mo`);
    const system = t(lang, {
      en: 'Cloud cost assistant. After a resize, projected p95 CPU must stay ≤ 70% and p95 memory ≤ 80% (scale percentages linearly with size). Tier-1 services may not drop below half their current vCPU. Return only instances you would change.',
      zh: '你是云成本助手。调整规格后，预计 p95 CPU 必须 ≤ 70%，p95 内存 ≤ 80%（百分比按规格线性换算）。一级（tier 1）服务的 vCPU 不得低于当前的一半。只返回你要改动的实例。',
      de: 'Cloud-Kostenassistent. Nach einer Größenänderung muss die prognostizierte p95-CPU ≤ 70 % und der p95-Speicher ≤ 80 % bleiben (Prozentwerte linear mit der Größe umrechnen). Tier-1-Dienste dürfen nicht unter die Hälfte ihrer aktuellen vCPU fallen. Gib nur Instanzen zurück, die du ändern würdest.',
    });
    const ask = t(lang, {
      en: `Finance wants at least $${rng.pick([250, 400, 600])}/month off this account, more is better, but nothing that puts an SLO at risk. Last 30 days (instance | type | size | p95 CPU | p95 mem | cost | tier):\n${lines(rows)}\n\nPrice list:\n${lines(price)}`,
      zh: `财务要求这个账号每月至少省 $${rng.pick([250, 400, 600])}，越多越好，但不能危及任何 SLO。过去30天数据（实例 | 类型 | 规格 | p95 CPU | p95 内存 | 费用 | 等级）：\n${lines(rows)}\n\n价目表：\n${lines(price)}`,
      de: `Die Finanzabteilung will auf diesem Konto mindestens $${rng.pick([250, 400, 600])} pro Monat einsparen, gern mehr, aber nichts, was ein SLO gefährdet. Letzte 30 Tage (Instanz | Typ | Größe | p95 CPU | p95 Speicher | Kosten | Tier):\n${lines(rows)}\n\nPreisliste:\n${lines(price)}`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('rightsizing', {
        changes: list(obj({ instance: str, from_type: str, to_type: str, projected_cpu_p95: num, saving_usd: num })),
        total_saving_usd: num,
      }),
    };
  },
};

const ubSiteUpgrade: Family = {
  id: 'wn-ub-cell-site-capex',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Candidate site upgrades with costs, congestion, subscriber counts and lease risk must be picked within a fixed budget to relieve the most congestion, a budgeted selection among competing options.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'fr', 'de', 'es'], i);
    const pre = rng.pick(['VAL', 'LIS', 'NTE', 'HAM', 'SEV']);
    const n = rng.int(10, 14);
    const rows = Array.from({ length: n }, () => `${pre}-${rng.int(1000, 9999)} | ${rng.pick(['+3.5 GHz sector', 'carrier add 1800', '2nd 700 MHz layer', 'fibre backhaul + carrier', 'small cell x3'])} | ${rng.int(35, 190)} k€ | PRB ${rng.int(55, 98)}% | ${rng.int(2, 19)}k subs | ${rng.int(0, 40)} complaints/mo | lease ${rng.int(3, 96)} mo`);
    const budget = rng.pick([450, 600, 750, 900]);
    const body = t(lang, {
      en: `Capex for the ${pre} cluster this year is ${budget} k€. Candidate sites (site | upgrade | cost | busy-hour PRB load | subscribers | complaints | lease left):\n${lines(rows)}\n\nWe want the money to relieve congestion for as many subscribers as possible. A site under 70% PRB doesn't need anything yet; a site whose lease ends within 12 months only makes sense if the upgrade is under 60 k€. Which sites do we fund, and what's left over?`,
      es: `El capex del clúster ${pre} para este año es de ${budget} k€. Emplazamientos candidatos (sitio | mejora | coste | carga PRB en hora punta | abonados | reclamaciones | contrato restante):\n${lines(rows)}\n\nQueremos que el dinero alivie la congestión del mayor número de abonados posible. Un sitio por debajo del 70 % de PRB todavía no necesita nada; uno cuyo alquiler vence en menos de 12 meses solo compensa si la mejora cuesta menos de 60 k€. ¿Qué sitios financiamos y cuánto sobra?`,
      fr: `Le budget d'investissement du cluster ${pre} cette année est de ${budget} k€. Sites candidats (site | évolution | coût | charge PRB à l'heure chargée | abonnés | réclamations | bail restant) :\n${lines(rows)}\n\nOn veut que l'argent soulage la congestion pour le plus grand nombre d'abonnés. Un site sous 70 % de PRB n'a encore besoin de rien ; un site dont le bail se termine dans moins de 12 mois ne vaut le coup que si l'évolution coûte moins de 60 k€. Quels sites finance-t-on, et combien reste-t-il ?`,
      de: `Das Investitionsbudget für den Cluster ${pre} beträgt dieses Jahr ${budget} k€. Kandidaten (Standort | Ausbau | Kosten | PRB-Last zur Hauptverkehrsstunde | Teilnehmer | Beschwerden | Restlaufzeit Miete):\n${lines(rows)}\n\nDas Geld soll die Überlast für möglichst viele Teilnehmer lindern. Ein Standort unter 70 % PRB braucht noch nichts; ein Standort, dessen Mietvertrag in weniger als 12 Monaten endet, lohnt sich nur, wenn der Ausbau unter 60 k€ kostet. Welche Standorte finanzieren wir, und was bleibt übrig?`,
    });
    return {
      lang,
      messages: [user(body)],
      response_format: jsonSchema('capex_selection', {
        funded_sites: list(str),
        total_cost_keur: num,
        remaining_keur: num,
        subscribers_relieved_k: num,
      }),
    };
  },
};

// ──────────────────────────────── learning ────────────────────────────────

type Tri = { en: string; de: string; ja: string };
const socCases: { alert: string; verdict: 'TP' | 'FP'; note: Tri }[] = [
  { alert: 'impossible_travel user=l.fischer DE→NL in 38 min, dst asn=AS53813 (Zscaler), device known', verdict: 'FP', note: { en: 'egress via our proxy node in Amsterdam', de: 'Ausgang über unseren Proxy-Knoten in Amsterdam', ja: 'アムステルダムの自社プロキシ経由の出口' } },
  { alert: 'impossible_travel user=m.tanaka JP→US in 2 h, asn=AS14061 (DigitalOcean), new device', verdict: 'TP', note: { en: 'VPS login with a stolen password; reset and sessions revoked', de: 'VPS-Login mit gestohlenem Passwort; Reset, Sitzungen widerrufen', ja: '盗まれたパスワードでVPSからログイン。リセットしセッション失効' } },
  { alert: 'mfa_push_burst user=k.osei 11 pushes in 4 min, approved on the 12th', verdict: 'TP', note: { en: 'MFA fatigue; account disabled, user phoned', de: 'MFA-Ermüdung; Konto gesperrt, Nutzer angerufen', ja: 'MFA疲労攻撃。アカウント停止、本人に電話' } },
  { alert: 'mfa_push_burst user=svc-etl 6 pushes in 1 min, all denied', verdict: 'FP', note: { en: 'ETL job retrying interactive auth; ops fixed the config', de: 'ETL-Job wiederholt interaktive Anmeldung; Ops hat die Konfiguration korrigiert', ja: 'ETLジョブが対話型認証を再試行。運用側で設定修正' } },
  { alert: 'new_country user=r.oliveira PT→BR, managed laptop, trip in HR calendar', verdict: 'FP', note: { en: 'approved business trip', de: 'genehmigte Dienstreise', ja: '承認済みの出張' } },
  { alert: 'new_country user=d.ruiz ES→NG, unmanaged device, inbox rule forwarding to gmail created', verdict: 'TP', note: { en: 'BEC attempt; rule removed, finance warned', de: 'BEC-Versuch; Regel entfernt, Buchhaltung gewarnt', ja: 'BEC攻撃の試み。ルール削除、経理に注意喚起' } },
  { alert: 'password_spray 42 accounts, 1 success (a.kowalski), src AS9009', verdict: 'TP', note: { en: 'the one success was real; password reset', de: 'der eine Erfolg war echt; Passwort zurückgesetzt', ja: '1件の成功は本物。パスワードをリセット' } },
  { alert: 'password_spray 30 accounts, 0 success, src 10.8.4.2 (internal)', verdict: 'FP', note: { en: 'vulnerability scanner, excluded afterwards', de: 'Schwachstellenscanner, danach ausgenommen', ja: '脆弱性スキャナ。以後除外' } },
  { alert: 'legacy_auth user=e.larsen imap from AS3320 (corp)', verdict: 'FP', note: { en: 'old printer scan-to-mail; migrated', de: 'alter Drucker mit Scan-to-Mail; migriert', ja: '古い複合機のスキャンtoメール。移行済み' } },
  { alert: 'token_replay user=p.nguyen same session token from 2 ASNs within 5 min', verdict: 'TP', note: { en: 'infostealer on a home PC', de: 'Infostealer auf privatem PC', ja: '自宅PCのインフォスティーラー' } },
  { alert: 'impossible_travel user=h.sato JP→SG in 50 min, dst asn=AS53813 (Zscaler), device known', verdict: 'FP', note: { en: 'proxy hop again', de: 'wieder ein Proxy-Sprung', ja: '今回もプロキシ経由' } },
  { alert: 'new_device + mfa_registration user=j.moreau from AS16509 (AWS) at 03:12', verdict: 'TP', note: { en: 'attacker registered their own authenticator', de: 'Angreifer hat eigenen Authenticator registriert', ja: '攻撃者が自分の認証アプリを登録' } },
];
const socNew = [
  'impossible_travel user=s.berger DE→FR in 25 min, dst asn=AS53813 (Zscaler), device known',
  'mfa_push_burst user=t.ahmed 9 pushes in 3 min, approved on the 10th; 6 min later an inbox rule "rss" moves mail with "invoice" to RSS Feeds',
  'new_country user=c.mendes PT→BR, unmanaged device, no trip on record, forwarding rule to outlook.com',
  'password_spray 25 accounts, 0 success, src 10.8.4.7 (internal)',
  'impossible_travel user=o.grant GB→US in 1 h, asn=AS14061 (DigitalOcean), new device, login to payroll app',
];

const lnSocVerdicts: Family = {
  id: 'wn-ln-soc-closed-alert-precedent',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Closed alerts with the analysts\' verdicts and reasons are the evidence, and the new alert must be decided the way those earlier outcomes point, generalising from resolved cases to a new one.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'en', 'de'], i) as 'en' | 'de' | 'ja';
    const org = rng.pick(['Orbitel', 'Nordhafen Logistik', 'Kestrel Components', 'Calder Health', 'Alvora Transit']);
    const past = rng.sample(socCases, rng.int(8, 12)).map((c) => `ALR-${rng.int(4000, 4999)} | ${c.alert} | ${c.verdict} | ${c.note[lang]}`);
    const fresh = socNew[(i + rng.int(0, 4)) % socNew.length]!;
    const system = t(lang, {
      en: `You help the night analyst of the ${org} SOC close or escalate identity alerts. The team's closed alerts from the last six weeks are pasted with the verdict (TP = real incident, FP = benign) and the reason. Decide new alerts the way the team has been deciding them, and say which closed alerts you are leaning on.`,
      de: `Du unterstützt die Nachtschicht im SOC von ${org} beim Schließen oder Eskalieren von Identitäts-Alerts. Die geschlossenen Alerts des Teams aus den letzten sechs Wochen sind mit Urteil (TP = echter Vorfall, FP = harmlos) und Begründung eingefügt. Entscheide neue Alerts so, wie das Team bisher entschieden hat, und nenne die geschlossenen Alerts, auf die du dich stützt.`,
      ja: `あなたは ${org} SOC の夜間アナリストを補助し、ID関連アラートをクローズするかエスカレーションするかを決めます。チームが直近6週間にクローズしたアラートを、判定（TP＝実インシデント、FP＝無害）と理由付きで貼り付けています。チームのこれまでの判断に沿って新しいアラートを判定し、根拠にしたクローズ済みアラートを挙げてください。`,
    });
    const body = `${t(lang, { en: 'Closed alerts:', de: 'Geschlossene Alerts:', ja: 'クローズ済みアラート:' })}\n${lines(past)}\n\n${t(lang, { en: 'New alert:', de: 'Neuer Alert:', ja: '新しいアラート:' })}\nALR-${rng.int(5000, 5999)} | ${fresh}`;
    return {
      lang,
      messages: [sys(system), user(body)],
      response_format: jsonSchema('alert_decision', {
        decision: oneOf('escalate', 'close'),
        leaning_on: list(str),
        reason: str,
      }),
    };
  },
};

const lnLaneQuote: Family = {
  id: 'wn-ln-lane-delivery-promise',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Earlier shipments on the lanes with promised versus actual transit and the causes of slips are the only guide to what date to promise a new booking, so the answer generalises from recorded outcomes to a new case.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'fr', 'es', 'en'], i);
    const lanes = rng.pick([
      ['Valencia → Lyon', 'Valencia → Milano', 'Valencia → Toulouse'], ['Porto → Madrid', 'Porto → Bilbao', 'Porto → Sevilla'],
      ['Lille → Barcelona', 'Lille → Bordeaux', 'Lille → Torino'], ['Zaragoza → Marseille', 'Zaragoza → Lisboa', 'Zaragoza → Genova'],
    ]);
    const carriers = rng.sample(['TransAndes', 'Ruta Norte', 'Cargoval', 'Mediterrània Express', 'Lusotrans', 'Alpes Fret'], 3);
    const days = t(lang, { en: 'Mon,Tue,Wed,Thu,Fri', es: 'lun,mar,mié,jue,vie', fr: 'lun,mar,mer,jeu,ven' }).split(',');
    const causes = t(lang, {
      en: '—|—|—|border queue|driver hours ran out|weekend hold at hub|wrong dock appointment|snow on the pass|—',
      es: '—|—|—|cola en frontera|se acabaron las horas del conductor|parada de fin de semana en el hub|cita de muelle equivocada|nieve en el puerto de montaña|—',
      fr: '—|—|—|file à la frontière|temps de conduite épuisé|arrêt du week-end au hub|mauvais rendez-vous quai|neige sur le col|—',
    }).split('|');
    const n = rng.int(10, 16);
    const rows = Array.from({ length: n }, () => {
      const d = rng.int(0, 4);
      const promised = rng.int(2, 4);
      const slip = d === 4 ? rng.int(1, 2) : rng.chance(0.25) ? 1 : 0;
      return `${rng.pick(lanes)} | ${rng.pick(carriers)} | ${days[d]} | ${promised} d | ${promised + slip} d | ${slip ? rng.pick(causes.filter((c) => c !== '—')) : '—'}`;
    });
    const newLane = rng.pick(lanes);
    const newDay = days[rng.int(2, 4)]!;
    const body = t(lang, {
      en: `Shipments we ran in Q1 (lane | carrier | booked on | promised | actual | cause of delay):\n${lines(rows)}\n\nNew booking: ${newLane}, ${rng.pick(carriers)}, booked ${newDay}, ${rng.int(6, 22)} pallets. The carrier quotes ${rng.int(2, 3)} days. What delivery date do we give the customer, and how sure are we?`,
      es: `Envíos que hicimos en el primer trimestre (ruta | transportista | reservado el | prometido | real | causa del retraso):\n${lines(rows)}\n\nNueva reserva: ${newLane}, ${rng.pick(carriers)}, reservada el ${newDay}, ${rng.int(6, 22)} palés. El transportista dice ${rng.int(2, 3)} días. ¿Qué fecha de entrega le damos al cliente y con qué seguridad?`,
      fr: `Envois réalisés au premier trimestre (ligne | transporteur | réservé le | promis | réel | cause du retard) :\n${lines(rows)}\n\nNouvelle réservation : ${newLane}, ${rng.pick(carriers)}, réservée le ${newDay}, ${rng.int(6, 22)} palettes. Le transporteur annonce ${rng.int(2, 3)} jours. Quelle date de livraison donner au client, et avec quelle certitude ?`,
    });
    return { lang, messages: [user(body)] };
  },
};

const lnFalls: Family = {
  id: 'wn-ln-falls-prevention-precedent',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Earlier fall incidents with the interventions tried and whether the resident fell again are used to recommend what to do for a new resident, applying recorded outcomes to a new case.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'fr', 'en'], i);
    const profiles = t(lang, {
      en: '88 y, walker, mild dementia|79 y, independent, on diuretic|92 y, wheelchair, transfers with 1|84 y, walker, Parkinson\'s|90 y, bed-bound, agitation at night|81 y, stick, sedative at night|86 y, walker, urinary urgency|77 y, independent, low BP on standing',
      pt: '88 anos, andarilho, demência ligeira|79 anos, autónomo, toma diurético|92 anos, cadeira de rodas, transferência com 1|84 anos, andarilho, Parkinson|90 anos, acamado, agitação noturna|81 anos, bengala, sedativo à noite|86 anos, andarilho, urgência urinária|77 anos, autónomo, hipotensão ortostática',
      fr: '88 ans, déambulateur, démence légère|79 ans, autonome, sous diurétique|92 ans, fauteuil roulant, transfert à 1|84 ans, déambulateur, Parkinson|90 ans, alité, agitation nocturne|81 ans, canne, sédatif le soir|86 ans, déambulateur, urgences mictionnelles|77 ans, autonome, hypotension orthostatique',
    }).split('|');
    const where = t(lang, { en: 'bathroom 02:40|bedside 05:10|corridor 15:20|dining room 12:30|bedside 23:50|bathroom 04:15', pt: 'casa de banho 02:40|junto à cama 05:10|corredor 15:20|refeitório 12:30|junto à cama 23:50|casa de banho 04:15', fr: 'salle de bain 02:40|bord du lit 05:10|couloir 15:20|salle à manger 12:30|bord du lit 23:50|salle de bain 04:15' }).split('|');
    const actions = t(lang, {
      en: 'bed alarm mat|hip protectors|toileting round at 02:00|low bed + crash mat|sedative reviewed and stopped|night light + call bell in reach|physio 2x/week|non-slip socks only|BP lying/standing, fludrocortisone reviewed',
      pt: 'tapete de alarme na cama|protetores de anca|ronda de WC às 02:00|cama baixa + colchão de queda|sedativo revisto e suspenso|luz de presença + campainha ao alcance|fisioterapia 2x/semana|só meias antiderrapantes|TA deitado/em pé, medicação revista',
      fr: 'tapis d\'alarme au lit|protecteurs de hanche|tournée toilettes à 02:00|lit bas + tapis de chute|sédatif réévalué et arrêté|veilleuse + sonnette à portée|kiné 2x/semaine|chaussettes antidérapantes seules|TA couché/debout, traitement réévalué',
    }).split('|');
    const n = rng.int(9, 12);
    let incId = rng.int(200, 400);
    const rows = Array.from({ length: n }, () => `INC-${(incId += rng.int(3, 40))} | ${rng.pick(profiles)} | ${rng.pick(where)} | ${rng.sample(actions, rng.int(1, 2)).join(' + ')} | ${rng.chance(0.45) ? t(lang, { en: 'fell again within 30 d', pt: 'voltou a cair em 30 d', fr: 'nouvelle chute sous 30 j' }) : t(lang, { en: 'no further fall in 30 d', pt: 'sem nova queda em 30 d', fr: 'pas de nouvelle chute sous 30 j' })}`);
    const newRes = `${rng.pick(profiles)}; ${t(lang, { en: 'fell twice this week', pt: 'caiu duas vezes esta semana', fr: 'deux chutes cette semaine' })}, ${rng.pick(where)}`;
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'Falls-prevention assistant for the clinical lead of a care group. Recommend only interventions that the group\'s own incident records support, and say which incidents you rely on.',
          pt: 'Assistente de prevenção de quedas da diretora clínica de um grupo de lares. Recomenda apenas intervenções que os registos de incidentes do próprio grupo sustentem, e indica em que incidentes te baseias.',
          fr: 'Assistant de prévention des chutes pour la référente clinique d\'un groupe d\'EHPAD. Ne recommande que des mesures étayées par les incidents enregistrés du groupe, et cite les incidents sur lesquels tu t\'appuies.',
        })),
        user(`${t(lang, { en: 'Incidents this year (id | resident | where/when | what we did | outcome):', pt: 'Incidentes deste ano (id | residente | onde/quando | o que fizemos | resultado):', fr: 'Incidents de l\'année (id | résident | lieu/heure | mesures prises | résultat) :' })}\n${lines(rows)}\n\n${t(lang, { en: 'New resident to decide for:', pt: 'Novo residente a decidir:', fr: 'Nouveau résident à traiter :' })} ${newRes}`),
      ],
      response_format: jsonSchema('falls_plan', {
        recommended: list(str),
        avoid: list(str),
        based_on_incidents: list(str),
        rationale: str,
      }),
    };
  },
};

const lnWeldTrials: Family = {
  id: 'wn-ln-weld-coupon-settings',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 5,
  rationale: 'Earlier weld coupons with their settings and inspection results are the basis for proposing settings on a new thickness, generalising from recorded outcomes, though picking a parameter set also has a trade-off flavour.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'zh', 'en', 'de'], i);
    const mat = rng.pick(['S355J2', 'S235JR', '1.4301', 'S460MC']);
    const res = t(lang, {
      en: 'pass|porosity at start|undercut both toes|lack of fusion root|excess spatter|burn-through|pass, slight convex cap|pass',
      de: 'i.O.|Poren am Ansatz|Einbrandkerben beidseitig|Bindefehler Wurzel|starke Spritzer|Durchbrand|i.O., leicht überwölbte Decklage|i.O.',
      zh: '合格|起弧处气孔|两侧咬边|根部未熔合|飞溅过多|烧穿|合格，盖面略凸|合格',
    }).split('|');
    const n = rng.int(9, 14);
    const rows = Array.from({ length: n }, () => {
      const th = rng.pick([4, 6, 8, 10, 12]);
      const amps = 120 + th * rng.int(12, 18);
      const dev = amps - (120 + th * 15);
      const travel = rng.int(22, 48);
      const gas = rng.pick(['M21 82/18', 'M20 92/8', 'M21 82/18']);
      const outcome = dev > th * 2 ? (th <= 6 ? res[5]! : res[4]!) : dev < -th * 2 ? res[3]! : travel > 43 ? res[2]! : gas.startsWith('M20') && rng.chance(0.5) ? res[1]! : rng.pick([res[0]!, res[6]!, res[7]!]);
      return `${mat} ${th} mm | ${amps} A | ${(18 + th * 0.5 + rng.int(-10, 10) / 10).toFixed(1)} V | ${(5 + th * 0.4 + rng.int(-8, 8) / 10).toFixed(1)} m/min | ${travel} cm/min | ${gas} | ${outcome}`;
    });
    const newTh = rng.pick([5, 7, 9, 11]);
    const body = t(lang, {
      en: `Coupons welded on robot cell W${rng.int(1, 6)} (material | thickness | current | voltage | wire feed | travel | gas | inspection):\n${lines(rows)}\n\nNew job: ${mat}, ${newTh} mm fillet, PB position, same wire 1.2 mm. What settings do we put on the first coupon?`,
      de: `Probestücke aus Roboterzelle W${rng.int(1, 6)} (Werkstoff | Dicke | Strom | Spannung | Drahtvorschub | Vorschub | Gas | Prüfung):\n${lines(rows)}\n\nNeuer Auftrag: ${mat}, ${newTh} mm Kehlnaht, Position PB, gleicher Draht 1,2 mm. Mit welchen Einstellungen schweißen wir das erste Probestück?`,
      zh: `W${rng.int(1, 6)} 机器人焊接单元焊过的试板（材料 | 板厚 | 电流 | 电压 | 送丝速度 | 焊接速度 | 保护气 | 检验结果）：\n${lines(rows)}\n\n新任务：${mat}，${newTh} mm 角焊缝，PB 位置，同样 1.2 mm 焊丝。第一块试板用什么参数？`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'Welding engineer assistant. Answer with current, voltage, wire feed, travel speed and gas, and name the coupons that back each number.', de: 'Assistent der Schweißaufsicht. Antworte mit Strom, Spannung, Drahtvorschub, Vorschubgeschwindigkeit und Gas und nenne die Probestücke, die jeden Wert stützen.', zh: '你是焊接工程师助手。请给出电流、电压、送丝速度、焊接速度和保护气，并指出每个数值依据的是哪几块试板。' })),
        user(body),
      ],
    };
  },
};

const lnFieldDispatch: Family = {
  id: 'wn-ln-field-job-first-visit',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Closed field jobs record which technician skill and parts fixed similar faults on the first visit, and the new job must be dispatched in the way those outcomes suggest.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'es', 'en'], i);
    const symptoms = t(lang, {
      en: 'no sync, line LED red|sync drops every evening|slow speed, noise on line|no dial tone|sync drops when it rains|intermittent, 2 households same cabinet|ONT LOS light red|no service after storm',
      ja: '同期なし、回線LED赤|毎晩同期が切れる|速度低下、回線にノイズ|発信音なし|雨の日に同期が切れる|断続的、同じキャビネットの2世帯|ONTのLOSランプ赤|嵐の後にサービス停止',
      es: 'sin sincronía, LED de línea rojo|pierde sincronía cada tarde|velocidad baja, ruido en la línea|sin tono|pierde sincronía cuando llueve|intermitente, 2 hogares mismo armario|ONT con LOS en rojo|sin servicio tras tormenta',
    }).split('|');
    const notes = t(lang, {
      en: 'fixed: wet joint in drop cable|fixed: faulty router PSU|not fixed: needed cabinet access key|fixed: re-jumpered at cabinet|not fixed: copper tech sent, fault was on fibre|fixed: spliced fibre at pole|not fixed: no ladder for pole work|fixed: swapped ONT',
      ja: '解決：引込線の接続部に浸水|解決：ルーター電源の故障|未解決：キャビネットの鍵が必要だった|解決：キャビネットでジャンパ張り替え|未解決：銅線担当を派遣したが光ファイバー側の故障|解決：電柱で光ファイバーを融着|未解決：電柱作業用のはしごがなかった|解決：ONTを交換',
      es: 'resuelto: empalme mojado en la acometida|resuelto: fuente del router averiada|no resuelto: hacía falta la llave del armario|resuelto: puente rehecho en el armario|no resuelto: se envió técnico de cobre y la avería era de fibra|resuelto: fusión de fibra en el poste|no resuelto: sin escalera para trabajo en poste|resuelto: ONT cambiada',
    }).split('|');
    const cases: [string, number, string, string, number][] = [
      ['VDSL', 4, 'copper+pole', 'drop cable kit', 0], ['VDSL', 4, 'copper', '—', 6], ['VDSL', 1, 'copper', 'router', 1],
      ['VDSL', 5, 'copper', '—', 2], ['VDSL', 5, 'copper', 'cabinet key', 3], ['FTTH', 6, 'copper', '—', 4],
      ['FTTH', 6, 'fibre+pole', 'splice kit', 5], ['FTTH', 6, 'fibre', 'ONT', 7], ['FTTH', 7, 'fibre', 'splice kit', 6],
      ['FTTH', 7, 'fibre+pole', 'splice kit + ladder', 5], ['POTS', 3, 'copper', 'cabinet key', 3], ['POTS', 4, 'copper+pole', 'drop cable kit', 0],
      ['VDSL', 2, 'copper', '—', 2], ['FTTH', 4, 'fibre+pole', 'splice kit', 5],
    ];
    const n = rng.int(9, 13);
    const rows = rng.sample(cases, n).map(([ln, sy, sk, parts, out]) => `JOB-${rng.int(70000, 79999)} | ${ln} | ${symptoms[sy]!} | ${sk} | ${parts} | ${notes[out]!}`);
    const [newLine, newSym] = rng.pick([['VDSL', 4], ['FTTH', 6], ['VDSL', 5], ['FTTH', 7]] as [string, number][]);
    const ticket = `${newLine} | ${symptoms[newSym]!} | ${t(lang, { en: 'customer works from home, available', ja: '在宅勤務の顧客、対応可能時間', es: 'cliente teletrabaja, disponible' })} ${hm(rng.int(480, 600))}–${hm(rng.int(780, 1020))}`;
    const tkt = `TKT-${rng.int(200000, 299999)}`;
    const msgs: Msgs = [
      sys(t(lang, {
        en: 'Dispatch assistant for the regional field team. Closed jobs from this area are pasted with what was sent and how it ended. Dispatch the new job with one call to dispatch_job so that it gets fixed on the first visit.',
        ja: '地域フィールドチームの出動手配アシスタントです。この地域のクローズ済み案件を、誰を何を持たせて派遣し、結果どうなったかとともに貼り付けています。新しい案件が初回訪問で直るように、dispatch_job を1回呼んで手配してください。',
        es: 'Asistente de despacho del equipo de campo regional. Se pegan los trabajos cerrados de esta zona con lo que se envió y cómo terminó. Despacha el nuevo trabajo con una llamada a dispatch_job para que quede resuelto en la primera visita.',
      })),
      user(`${t(lang, { en: 'Closed jobs (job | line | symptom | skill sent | parts | result):', ja: 'クローズ済み案件（案件 | 回線 | 症状 | 派遣スキル | 部材 | 結果）:', es: 'Trabajos cerrados (trabajo | línea | síntoma | perfil enviado | material | resultado):' })}\n${lines(rows)}\n\n${t(lang, { en: 'New ticket:', ja: '新しいチケット:', es: 'Nuevo ticket:' })} ${tkt} | ${ticket}`),
    ];
    if (i >= 2) {
      exchange(rng, msgs, 'line_test', { ticket: tkt }, { sync: false, loop_length_m: rng.int(300, 1800), fault_hint: newLine === 'FTTH' ? 'optical loss -31 dBm at ONT' : rng.pick(['open circuit beyond cabinet', 'high attenuation, HR fault']) });
    }
    return {
      lang,
      messages: msgs,
      tools: [
        tool('line_test', 'Run a remote line test for a ticket.', { ticket: str }),
        tool('dispatch_job', 'Book a technician visit.', { skill: oneOf('copper', 'fibre', 'copper+pole', 'fibre+pole'), parts: list(str), window: str, note: str }),
      ],
      tool_choice: 'auto',
    };
  },
};

// ────────────────────────────── non-agentic ──────────────────────────────

const naNightHandover: Family = {
  id: 'wn-na-night-log-handover-summary',
  label: 'model_based_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'The night log only has to be condensed into a handover note; nothing is decided or acted on, and the closest type is the situation-keeping of model-based reflex.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'de', 'en'], i);
    const rooms = Array.from({ length: 20 }, (_, k) => k + 1);
    const entries = t(lang, {
      en: 'restless, warm drink given, settled after 30 min|fall sensor triggered, found sitting on floor, no injury, obs normal, GP not needed|PEG pump alarm, line flushed, feed restarted|refused 22:00 meds, will retry in the morning|continence care, skin intact|complained of chest tightness, obs normal, settled, please ask GP to review today|shouting out, redirected, then slept|call bell 6 times, wanted company|temperature 38.1, paracetamol given, rechecked 37.4|daughter phoned, asks for a call back about the care plan meeting|new skin tear left forearm, dressed, body map updated|oxygen concentrator making noise, swapped to spare',
      fr: 'agité, boisson chaude donnée, calmé après 30 min|capteur de chute déclenché, retrouvé assis au sol, pas de blessure, constantes normales, pas besoin du médecin|alarme pompe de nutrition (GPE), tubulure rincée, nutrition relancée|a refusé les traitements de 22h, on réessaie le matin|change effectué, peau intacte|s\'est plaint d\'oppression thoracique, constantes normales, s\'est calmé, demander au médecin de passer aujourd\'hui|crie, réorienté, puis s\'est endormi|sonnette 6 fois, voulait de la compagnie|température 38,1, paracétamol donné, contrôle à 37,4|la fille a appelé, demande qu\'on la rappelle pour la réunion de projet de soins|nouvelle déchirure cutanée avant-bras gauche, pansement fait, schéma corporel mis à jour|concentrateur d\'oxygène bruyant, remplacé par celui de secours',
      de: 'unruhig, warmes Getränk gegeben, nach 30 min beruhigt|Sturzsensor ausgelöst, sitzend am Boden gefunden, keine Verletzung, Vitalwerte normal, Hausarzt nicht nötig|Alarm PEG-Pumpe, Leitung gespült, Sondenkost neu gestartet|22-Uhr-Medikamente verweigert, morgens erneut anbieten|Inkontinenzversorgung, Haut intakt|klagte über Engegefühl in der Brust, Vitalwerte normal, beruhigt, bitte heute Hausarzt informieren|ruft laut, umgelenkt, danach eingeschlafen|6-mal geklingelt, wollte Gesellschaft|Temperatur 38,1, Paracetamol gegeben, Kontrolle 37,4|Tochter hat angerufen, bittet um Rückruf wegen Pflegeplanungsgespräch|neuer Hauteinriss linker Unterarm, verbunden, Körperschema aktualisiert|Sauerstoffkonzentrator laut, gegen Ersatzgerät getauscht',
    }).split('|');
    const n = rng.int(9, 13);
    let clock = 1320 + rng.int(0, 30);
    const rows = rng.sample(entries, n).map((e) => { clock += rng.int(15, 45); return `${hm(clock)} ${t(lang, { en: 'Rm', fr: 'Ch.', de: 'Zi.' })} ${rng.pick(rooms)} – ${e}`; });
    const ask = t(lang, {
      en: 'Can you turn the night log into a short handover for the day team? Five bullet points at most, the things they need to act on first.',
      fr: 'Peux-tu transformer le cahier de nuit en une courte transmission pour l\'équipe de jour ? Cinq puces maximum, en commençant par ce qui demande une action.',
      de: 'Kannst du aus dem Nachtprotokoll eine kurze Übergabe für den Frühdienst machen? Höchstens fünf Stichpunkte, zuerst das, worum sie sich kümmern müssen.',
    });
    return { lang, messages: [user(`${ask}\n\n${lines(rows)}`)] };
  },
};

const naIncidentTranslate: Family = {
  id: 'wn-na-incident-timeline-translate',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'The incident timeline only has to be translated line by line for another team; no decision is made, and the closest type is a direct input-to-output reflex.',
  make: (rng, i) => {
    const lang = langAt(['es', 'de', 'ja', 'en', 'pt'], i);
    const svc = rng.pick(['tracking API', 'warehouse scanner gateway', 'SMS gateway', 'fleet telematics ingest', 'appointment booking']);
    const events = [
      `alert fired: 5xx rate on ${svc} above 8%`,
      'on-call acknowledged the page',
      'rollback of release 2024.18.2 started',
      'rollback finished, error rate still high',
      'database connection pool found exhausted (max 200)',
      'pool raised to 400 and pods restarted',
      'error rate back under 0.5%',
      'status page updated: monitoring',
      'root cause suspected: retry storm from mobile app 7.4',
      'customer support informed, macro for affected users published',
      'incident closed, postmortem scheduled for Thursday',
      'feature flag for aggressive retries disabled',
      'carrier partners notified by email',
    ];
    let clock = rng.int(0, 1300);
    const rows = events.slice(0, rng.int(9, 13)).map((e) => { clock += rng.int(2, 19); return `${hm(clock)} UTC  ${e}`; });
    const ask = t(lang, {
      en: 'Please translate this incident timeline into Portuguese (European) for the Lisbon team. Keep the timestamps and the technical names as they are.',
      es: 'Traduce al español esta cronología del incidente para el equipo de Madrid, por favor. Deja las horas y los nombres técnicos tal cual.',
      de: 'Bitte übersetze diese Incident-Timeline ins Deutsche für das Team in Hamburg. Zeitstempel und technische Namen bitte unverändert lassen.',
      ja: 'このインシデントのタイムラインを大阪チーム向けに日本語に翻訳してください。時刻と技術的な名称はそのままにしてください。',
      pt: 'Traduz esta cronologia do incidente para português europeu, para a equipa de Lisboa, por favor. Mantém as horas e os nomes técnicos como estão.',
    });
    return { lang, messages: [user(`${ask}\n\n${lines(rows)}`)] };
  },
};

const naLedgerReformat: Family = {
  id: 'wn-na-stock-ledger-to-json',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'Raw stock-ledger lines are only rewritten into structured rows with the same content; nothing is judged or decided, and the closest type is a simple input-to-output mapping.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'pt', 'zh'], i);
    const users = ['MTZ', 'LJH', 'RSO', 'AKN', 'WYF'];
    const n = rng.int(9, 15);
    const rows = Array.from({ length: n }, () => {
      const kind = rng.pick(['GR', 'GI', 'TR', 'ADJ', 'GR', 'GI']);
      const sku = rng.int(100000, 199999);
      const loc = `${rng.pick(['A', 'B', 'C', 'K'])}-${pad(rng.int(1, 30))}-${pad(rng.int(1, 6))}`;
      const d = `${pad(rng.int(1, 28))}/${pad(rng.int(1, 12))}`;
      if (kind === 'GR') return `${d} GR PO-${rng.int(40000, 49999)} SKU ${sku} +${rng.int(12, 480)} EA loc ${loc} by ${rng.pick(users)}`;
      if (kind === 'GI') return `${d} GI SO-${rng.int(70000, 79999)} SKU ${sku} -${rng.int(1, 60)} EA loc ${loc} by ${rng.pick(users)}`;
      if (kind === 'TR') return `${d} TR SKU ${sku} ${rng.int(5, 120)} EA ${loc} -> ${rng.pick(['A', 'B', 'C'])}-${pad(rng.int(1, 30))}-${pad(rng.int(1, 6))} by ${rng.pick(users)}`;
      return `${d} ADJ cycle count SKU ${sku} ${rng.pick(['-', '+'])}${rng.int(1, 9)} EA loc ${loc} by ${rng.pick(users)}`;
    });
    const ask = t(lang, {
      en: 'Convert these ledger lines from the old WMS export into JSON rows for the import. One row per line, same order; for transfers put both locations.',
      zh: '请把旧WMS导出的这些库存流水转换成导入用的JSON行。每行一条，顺序不变；移库的要把两个库位都写上。',
      pt: 'Converte estas linhas do razão de stock, exportadas do WMS antigo, em linhas JSON para a importação. Uma linha por registo, pela mesma ordem; nas transferências põe as duas localizações.',
    });
    return {
      lang,
      messages: [user(`${ask}\n\n${lines(rows)}`)],
      response_format: jsonSchema('ledger_rows', {
        rows: list(obj({ date: str, movement: oneOf('goods_receipt', 'goods_issue', 'transfer', 'adjustment'), reference: str, sku: str, qty: int, from_location: str, to_location: str, user: str })),
      }),
    };
  },
};

const naAlarmExplainer: Family = {
  id: 'wn-na-noc-alarm-glossary',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'A trainee asks what each pasted alarm means and explicitly not what to do, so it is an explanation request; the closest type is the per-alarm reflex the desk would otherwise apply.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'ja', 'es'], i);
    const codes = ['LOS-OPT', 'MAINS-FAIL', 'BATT-LOW', 'VSWR-HIGH', 'CELL-DOWN', 'TEMP-HIGH', 'DOOR-OPEN', 'SYNC-LOSS', 'RET-FAULT', 'FAN-FAIL'];
    const prefix = rng.pick(['MAD', 'OSA', 'BCN', 'MCR']);
    let clock = rng.int(0, 1400);
    const rows = Array.from({ length: rng.int(9, 13) }, () => { clock += rng.int(0, 6); return `${hm(clock)} ${prefix}${rng.int(100, 999)} ${rng.pick(['eNB', 'gNB', 'MW-link', 'cabinet'])} ${rng.pick(codes)} ${rng.pick(['raised', 'raised', 'cleared'])}`; });
    const ask = t(lang, {
      en: 'First week on the NOC desk. Could you explain in plain words what each of these alarms means and what typically causes it at a site? I don\'t need to know what to do about them yet, just what they are.',
      es: 'Es mi primera semana en el NOC. ¿Me explicas con palabras sencillas qué significa cada una de estas alarmas y qué suele provocarla en un emplazamiento? Todavía no necesito saber qué hacer con ellas, solo qué son.',
      ja: 'NOC配属1週目です。次のアラームそれぞれが何を意味し、基地局で普通どんな原因で出るのか、わかりやすく説明してもらえますか。対応方法はまだ不要で、何のアラームなのかだけ知りたいです。',
    });
    return { lang, messages: [user(`${ask}\n\n${lines(rows)}`)] };
  },
};

const naPumpReport: Family = {
  id: 'wn-na-pump-work-order-writeup',
  label: 'learning',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'The work-order records with their outcomes are only written up as a narrative paragraph with no recommendation or decision; the records look like experience data, so learning is the closest type.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'en'], i);
    const asset = `${rng.pick(['P-101A', 'P-204', 'BP-3', 'CW-P2'])}`;
    const kinds = t(lang, {
      en: 'corrective: mechanical seal leak, seal replaced|preventive: bearing grease + vibration 2.1 mm/s OK|corrective: high vibration 7.8 mm/s, coupling misaligned, realigned|corrective: seal leak again, seal replaced, shaft sleeve worn|preventive: oil sample clean|corrective: motor tripped, overload reset, impeller partly blocked, cleaned|inspection: cavitation noise at low suction level|corrective: bearing DE replaced, vibration back to 1.9 mm/s|preventive: alignment check OK|corrective: seal leak, sleeve and seal replaced together',
      es: 'correctivo: fuga en cierre mecánico, cierre sustituido|preventivo: engrase de rodamientos + vibración 2,1 mm/s OK|correctivo: vibración alta 7,8 mm/s, acoplamiento desalineado, realineado|correctivo: otra fuga en el cierre, cierre sustituido, camisa del eje desgastada|preventivo: muestra de aceite limpia|correctivo: disparo del motor, sobrecarga rearmada, rodete parcialmente obstruido, limpiado|inspección: ruido de cavitación con nivel de aspiración bajo|correctivo: rodamiento lado acople sustituido, vibración de nuevo en 1,9 mm/s|preventivo: comprobación de alineación OK|correctivo: fuga en el cierre, camisa y cierre sustituidos juntos',
      pt: 'corretiva: fuga no empanque mecânico, empanque substituído|preventiva: lubrificação dos rolamentos + vibração 2,1 mm/s OK|corretiva: vibração alta 7,8 mm/s, acoplamento desalinhado, realinhado|corretiva: nova fuga no empanque, empanque substituído, camisa do veio gasta|preventiva: amostra de óleo limpa|corretiva: disparo do motor, sobrecarga rearmada, impulsor parcialmente obstruído, limpo|inspeção: ruído de cavitação com nível de aspiração baixo|corretiva: rolamento do lado do acoplamento substituído, vibração de volta a 1,9 mm/s|preventiva: verificação de alinhamento OK|corretiva: fuga no empanque, camisa e empanque substituídos em conjunto',
    }).split('|');
    const n = rng.int(8, 10);
    let d = rng.int(0, 20);
    const rows = kinds.slice(0, n).map((k) => {
      d += rng.int(12, 40);
      return `2024-${pad(Math.min(12, Math.floor(d / 30) + 1))}-${pad((d % 28) + 1)} | WO-${rng.int(50000, 59999)} | ${k} | ${rng.int(0, 14)} h | €${rng.int(80, 4200)}`;
    });
    const ask = t(lang, {
      en: `For the quarterly reliability report: write one readable paragraph on what happened with pump ${asset} over the year, based on these work orders. Just describe it; recommendations are handled in a separate section by someone else.`,
      es: `Para el informe trimestral de fiabilidad: escribe un párrafo legible sobre lo que ha pasado este año con la bomba ${asset}, a partir de estas órdenes de trabajo. Solo descríbelo; las recomendaciones las redacta otra persona en otro apartado.`,
      pt: `Para o relatório trimestral de fiabilidade: escreve um parágrafo legível sobre o que aconteceu este ano com a bomba ${asset}, com base nestas ordens de trabalho. Só descreve; as recomendações ficam noutra secção, a cargo de outra pessoa.`,
    });
    return { lang, messages: [user(`${ask}\n\n${lines(rows)}`)], max_tokens: 350 };
  },
};

export const trainN: Family[] = [
  srSsoScreen, srColdChain, srMarRound, srTachoDay, srNocAlarms,
  mbYardDoors, mbWardBeds, mbDbFailover, mbCncMagazine, mbVanWhereabouts,
  gbPickRun, gbRebootOrder, gbChangeover, gbFreightLegs, gbCardRetire,
  ubCarrierQuotes, ubShutdownJobs, ubCareRota, ubRightsize, ubSiteUpgrade,
  lnSocVerdicts, lnLaneQuote, lnFalls, lnWeldTrials, lnFieldDispatch,
  naNightHandover, naIncidentTranslate, naLedgerReformat, naAlarmExplainer, naPumpReport,
];
