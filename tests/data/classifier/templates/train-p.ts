// Classifier training data, batch P (independent author): every request pastes a block of records
// (logs, ledgers, readings, tables, event feeds). The records look alike across types; what the
// agent has to do with them in the final turn decides the label.
import {
  type Draft, type Family, type Lang, type Rng, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msgs = Draft['messages'];
const lines = (xs: string[]): string => xs.join('\n');
const hm = (min: number): string => `${pad(Math.floor(min / 60) % 24)}:${pad(((min % 60) + 60) % 60)}`;
const hms = (sec: number): string => `${hm(Math.floor(sec / 60))}:${pad(sec % 60)}`;
const dec = (x: number, d = 1): string => x.toFixed(d);
const deDec = (x: number, d = 1): string => x.toFixed(d).replace('.', ',');
const isoDay = (month: number, day: number): string => `2024-${pad(month)}-${pad(day)}`;

// ───────────────────────────── simple_reflex ─────────────────────────────

const srMeter: Family = {
  id: 'wp-sr-meter-read-checks',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Every meter read is run through a fixed, ordered list of checks and gets a code from its own line alone; nothing carries over between reads and nothing is planned or weighed.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en', 'de'], i);
    const sc = [
      { u: 'Northvale Water & Power', unit: 'kWh', pre: 'NV', res: 30, sme: 250, cv: 2500 },
      { u: 'Stadtwerke Mühlbach', unit: 'kWh', pre: 'SWM', res: 25, sme: 220, cv: 2000 },
      { u: 'Energía Costa Brava', unit: 'kWh', pre: 'ECB', res: 28, sme: 300, cv: 2200 },
      { u: 'Harbourside Gas', unit: 'm³', pre: 'HG', res: 6, sme: 45, cv: 400 },
      { u: 'Gaswerk Oberland', unit: 'm³', pre: 'GO', res: 5, sme: 40, cv: 350 },
    ][i % 5]!;
    const n = rng.int(8, 15);
    const recs: string[] = [];
    for (let k = 0; k < n; k++) {
      const cls = rng.chance(0.7) ? 'RES' : 'SME';
      const ceil = cls === 'RES' ? sc.res : sc.sme;
      const days = rng.chance(0.15) ? rng.int(46, 70) : rng.int(27, 35);
      const prev = rng.chance(0.1) ? rng.int(99000, 99990) : rng.int(1000, 90000);
      const kind = rng.pick(['ok', 'ok', 'ok', 'neg', 'high', 'zero']);
      const use = kind === 'high' ? Math.round((ceil * days * rng.int(31, 60)) / 10)
        : kind === 'zero' ? 0 : Math.round((ceil * days * rng.int(2, 9)) / 10);
      const curr = kind === 'neg' ? prev - rng.int(5, 400) : (prev + use) % 100000;
      const src = rng.pick(['A', 'A', 'A', 'E', 'C']);
      const occ = rng.chance(0.85) ? 'Y' : 'N';
      recs.push(`${sc.pre}-${rng.int(100000, 999999)} | ${cls} | ${pad(prev, 5)} | ${pad(curr, 5)} | ${days} | ${src} | ${occ}`);
    }
    const route = `${String.fromCharCode(65 + rng.int(0, 7))}${rng.int(10, 89)}`;
    const batch = rng.int(1200, 9800);
    const system = t(lang, {
      en: `You are the read-validation step in the ${sc.u} billing pipeline (${sc.unit}). Each line the user sends is one meter read:
meter | class | previous | current | days | source | occupied
Source: A = actual read, E = estimated, C = customer-submitted. Meters have 5 dials (max 99999) and roll over to 00000.
Run these checks top to bottom on each line and return the first code that fires; if none fires return OK.
NEGATIVE – current below previous and previous under 90000 (so not a rollover)
HIGH – average daily use above 3× the class ceiling (RES ${sc.res} ${sc.unit}/day, SME ${sc.sme} ${sc.unit}/day)
CUSTOMER_VERIFY – source C and consumption above ${sc.cv} ${sc.unit}
STALE – more than 45 days since the previous read
ZERO – consumption 0 over more than 30 days on an occupied premise
Each line stands alone: do not compare meters with each other or use any earlier batch.`,
      de: `Du bist der Plausibilitätsschritt für Zählerstände in der Abrechnung der ${sc.u} (${sc.unit}). Jede Zeile des Nutzers ist eine Ablesung:
Zähler | Klasse | Vorstand | Neustand | Tage | Quelle | bewohnt
Quelle: A = tatsächliche Ablesung, E = Schätzung, C = Kundenmeldung. Die Zählwerke haben 5 Stellen (max. 99999) und springen danach auf 00000.
Prüfe jede Zeile von oben nach unten und gib den ersten zutreffenden Code zurück; trifft keiner zu, gib OK zurück.
NEGATIVE – Neustand kleiner als Vorstand und Vorstand unter 90000 (also kein Überlauf)
HIGH – Tagesverbrauch über dem Dreifachen der Klassenobergrenze (RES ${sc.res} ${sc.unit}/Tag, SME ${sc.sme} ${sc.unit}/Tag)
CUSTOMER_VERIFY – Quelle C und Verbrauch über ${sc.cv} ${sc.unit}
STALE – mehr als 45 Tage seit der Vorablesung
ZERO – Verbrauch 0 über mehr als 30 Tage bei bewohnter Adresse
Jede Zeile steht für sich: keine Zähler untereinander vergleichen, keine früheren Stapel heranziehen.`,
      es: `Eres el paso de validación de lecturas en la facturación de ${sc.u} (${sc.unit}). Cada línea que envía el usuario es una lectura:
contador | clase | lectura anterior | lectura actual | días | origen | ocupado
Origen: A = lectura real, E = estimada, C = enviada por el cliente. Los contadores tienen 5 dígitos (máx. 99999) y vuelven a 00000.
Aplica las comprobaciones de arriba abajo a cada línea y devuelve el primer código que se cumpla; si no se cumple ninguno, devuelve OK.
NEGATIVE – lectura actual menor que la anterior y anterior por debajo de 90000 (no es un paso por cero)
HIGH – consumo diario medio mayor que 3 veces el tope de la clase (RES ${sc.res} ${sc.unit}/día, SME ${sc.sme} ${sc.unit}/día)
CUSTOMER_VERIFY – origen C y consumo superior a ${sc.cv} ${sc.unit}
STALE – más de 45 días desde la lectura anterior
ZERO – consumo 0 durante más de 30 días en un punto ocupado
Cada línea es independiente: no compares contadores entre sí ni uses lotes anteriores.`,
    });
    const head = t(lang, {
      en: `Batch ${batch} from route ${route}, ${n} reads:`,
      de: `Stapel ${batch} aus Ablesebezirk ${route}, ${n} Ablesungen:`,
      es: `Lote ${batch} de la ruta ${route}, ${n} lecturas:`,
    });
    return {
      lang,
      messages: [sys(system), user(`${head}\n${lines(recs)}`)],
      response_format: jsonSchema('read_checks', {
        results: list(obj({ meter: str, code: oneOf('OK', 'NEGATIVE', 'HIGH', 'CUSTOMER_VERIFY', 'STALE', 'ZERO') })),
      }),
      temperature: 0,
    };
  },
};

const srNoShow: Family = {
  id: 'wp-sr-noshow-night-audit',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Each no-show line is mapped to one audit action by a fixed first-match policy on its own fields, with guest profiles and earlier stays explicitly out of scope.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'pt', 'en', 'fr'], i);
    const hotel = ['Harbour View Inn, Halifax', 'Hôtel Les Tilleuls, Annecy', 'Pousada Mar Azul, Porto', 'The Linden, Edinburgh', 'Hôtel du Quai, Lyon'][i % 5]!;
    const names: Record<string, string[]> = {
      en: ['Okafor, T.', 'MacLeod, R.', 'Nguyen, H.', 'Brennan, S.', 'Patel, A.', 'Fischer, L.', 'Olsen, K.', 'Duarte, M.', 'Whitfield, J.', 'Kowalski, E.', 'Haddad, N.', 'Ross, D.'],
      fr: ['Dupont, M.', 'Lefèvre, C.', 'Moreau, J.', 'Girard, A.', 'Benali, S.', 'Roux, P.', 'Fontaine, É.', 'Chevalier, L.', 'Nguyen, T.', 'Marchand, H.', 'Perrin, O.', 'Blanc, V.'],
      pt: ['Silva, J.', 'Costa, A.', 'Ferreira, R.', 'Oliveira, M.', 'Santos, L.', 'Pereira, C.', 'Almeida, F.', 'Rodrigues, T.', 'Sousa, B.', 'Carvalho, D.', 'Mendes, I.', 'Gomes, P.'],
    };
    const month = rng.int(3, 11);
    const day = rng.int(2, 27);
    const date = isoDay(month, day);
    const n = rng.int(8, 12);
    const recs: string[] = [];
    const who = rng.sample(names[lang]!, n);
    for (let k = 0; k < n; k++) {
      const rate = rng.pick(['BAR', 'BAR', 'AAA', 'PKG-BB', 'ADV-NRF', 'WEB-NRF', 'CORP-NEG']);
      const acct = rate === 'CORP-NEG' ? `CORP-${rng.pick(['ALDERA', 'NORDTEK', 'VIAMAR', 'QUILL', 'BRIXO'])}` : '—';
      const guar = rng.pick(['CC', 'CC', 'CC', 'DEP', 'NONE']);
      const c = rng.int(0, 3);
      const cancel = c === 0 || c === 1 ? '—'
        : c === 2 ? `${isoDay(month, day - 1)} ${hm(rng.int(480, 1380))}` : `${date} ${hm(rng.int(600, 1400))}`;
      recs.push(`${rng.pick(['CF', 'RS', 'BK'])}${rng.int(10000, 99999)} | ${who[k]} | ${rng.int(1, 5)} nts | ${rate} | ${acct} | ${guar} | ${cancel}`);
    }
    const system = t(lang, {
      en: `Night audit assistant, ${hotel}. It is ${date} 23:59 and the reservations below have not checked in. For each one apply the no-show policy, then call post_audit_actions once with every confirmation number.
Policy (the first line that applies wins):
- rate code ending in NRF (non-refundable): CHARGE_STAY (all nights)
- account CORP-*: WAIVE_NOTIFY (no charge, email the account manager)
- guarantee NONE: RELEASE
- cancelled before 18:00 on the arrival day: RELEASE
- cancelled after 18:00 on the arrival day, or not cancelled, with guarantee CC or DEP: CHARGE_NIGHT (first night only)
The policy is applied line by line; guest profiles and earlier stays are not consulted.
Columns: confirmation | guest | nights | rate | account | guarantee | cancelled at`,
      fr: `Assistant d'audit de nuit, ${hotel}. Il est 23 h 59 le ${date} et les réservations ci-dessous ne se sont pas présentées. Pour chacune, appliquez la politique de non-présentation, puis appelez post_audit_actions une seule fois avec tous les numéros de confirmation.
Politique (la première ligne qui s'applique l'emporte) :
- code tarif se terminant par NRF (non remboursable) : CHARGE_STAY (toutes les nuits)
- compte CORP-* : WAIVE_NOTIFY (aucun débit, e-mail au gestionnaire du compte)
- garantie NONE : RELEASE
- annulée avant 18 h le jour d'arrivée : RELEASE
- annulée après 18 h le jour d'arrivée, ou non annulée, avec garantie CC ou DEP : CHARGE_NIGHT (première nuit seulement)
La politique s'applique ligne par ligne ; on ne consulte ni les profils clients ni les séjours précédents.
Colonnes : confirmation | client | nuits | tarif | compte | garantie | annulée le`,
      pt: `Assistente de auditoria noturna, ${hotel}. São 23h59 de ${date} e as reservas abaixo não fizeram check-in. Para cada uma, aplique a política de no-show e depois chame post_audit_actions uma única vez com todos os números de confirmação.
Política (vale a primeira linha que se aplicar):
- código de tarifa terminado em NRF (não reembolsável): CHARGE_STAY (todas as noites)
- conta CORP-*: WAIVE_NOTIFY (sem cobrança, enviar e-mail ao gestor da conta)
- garantia NONE: RELEASE
- cancelada antes das 18h do dia de chegada: RELEASE
- cancelada depois das 18h do dia de chegada, ou não cancelada, com garantia CC ou DEP: CHARGE_NIGHT (só a primeira noite)
A política é aplicada linha a linha; perfis de hóspedes e estadias anteriores não são consultados.
Colunas: confirmação | hóspede | noites | tarifa | conta | garantia | cancelada em`,
    });
    const head = t(lang, {
      en: `No-shows for tonight (${n}):`,
      fr: `Non-présentations de ce soir (${n}) :`,
      pt: `No-shows desta noite (${n}):`,
    });
    return {
      lang,
      messages: [sys(system), user(`${head}\n${lines(recs)}`)],
      tools: [
        tool('post_audit_actions', 'Post the night-audit action for each unarrived reservation.', {
          actions: list(obj({ confirmation: str, action: oneOf('CHARGE_STAY', 'CHARGE_NIGHT', 'RELEASE', 'WAIVE_NOTIFY') })),
        }),
      ],
      tool_choice: 'required',
    };
  },
};

const srCiGate: Family = {
  id: 'wp-sr-ci-merge-gate',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 4,
  rationale: 'The merge verdict follows from the job table of the one pipeline run against a fixed precedence table; no earlier runs are consulted and nothing is planned.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'en', 'ja'], i);
    const repo = ['atlas', 'kumo-platform', 'ledgerline', 'hoshi-web'][i % 4]!;
    const all = ['lint', 'typecheck', 'unit-core', 'unit-api', 'unit-web', 'build-linux', 'build-macos', 'e2e-chrome', 'e2e-firefox', 'docs', 'bench', 'license-scan', 'sast', 'integration-db', 'storybook'];
    const jobs = rng.sample(all, rng.int(8, 14));
    const required = jobs.filter((j) => ['lint', 'typecheck', 'unit-core', 'unit-api', 'unit-web', 'build-linux', 'integration-db'].includes(j));
    const rows = jobs.map((j) => {
      const roll = rng.int(0, 9);
      const status = roll < 7 ? 'passed' : 'failed';
      const exit = status === 'passed' ? 0 : rng.pick([1, 1, 2, 137, 124]);
      return `${j} | ${status} | exit ${exit} | ${rng.int(20, 900)}s | touches_diff=${rng.chance(0.5) ? 'yes' : 'no'}`;
    });
    const id = rng.int(40000, 99999);
    const branch = rng.pick(['feat/rate-limit-headers', 'fix/tz-offset', 'chore/bump-grpc', 'feat/cart-merge', 'fix/null-avatar']);
    const system = t(lang, {
      en: `You are the merge gate for the ${repo} monorepo. The user pastes the job table of one pipeline run. Decide the gate from that table only, then call set_gate.
Required jobs: ${required.join(', ') || 'lint'}. All other jobs are optional.
- a required job failed with an exit code other than 137/124 and touches_diff=yes: BLOCK
- any job failed with exit 137 or 124 (killed / timed out): RERUN
- a required job failed and touches_diff=no: RERUN
- only optional jobs failed: PASS_WITH_WARNING
- everything passed: PASS
If several apply, BLOCK > RERUN > PASS_WITH_WARNING > PASS. Earlier runs are not looked at.`,
      ja: `あなたは ${repo} モノレポのマージゲートです。ユーザーが 1 回のパイプライン実行のジョブ表を貼り付けます。その表だけを見て判定し、set_gate を呼び出してください。
必須ジョブ: ${required.join(', ') || 'lint'}。それ以外は任意ジョブです。
- 必須ジョブが 137/124 以外の終了コードで失敗し、touches_diff=yes の場合: BLOCK
- いずれかのジョブが終了コード 137 または 124（強制終了・タイムアウト）で失敗した場合: RERUN
- 必須ジョブが失敗し、touches_diff=no の場合: RERUN
- 任意ジョブだけが失敗した場合: PASS_WITH_WARNING
- すべて成功: PASS
複数該当する場合は BLOCK > RERUN > PASS_WITH_WARNING > PASS の順で優先します。過去の実行結果は参照しません。`,
    });
    const head = t(lang, {
      en: `Pipeline #${id} on ${branch}\njob | status | exit | duration | touches_diff`,
      ja: `パイプライン #${id}（ブランチ ${branch}）の結果です。\njob | status | exit | duration | touches_diff`,
    });
    return {
      lang,
      messages: [sys(system), user(`${head}\n${lines(rows)}`)],
      tools: [tool('set_gate', 'Set the merge gate for the pull request.', {
        verdict: oneOf('PASS', 'PASS_WITH_WARNING', 'RERUN', 'BLOCK'), reason: str,
      })],
      tool_choice: { type: 'function', function: { name: 'set_gate' } },
      temperature: 0,
    };
  },
};

type ChatLine = [string, string];
const chatPools: Record<'en' | 'es' | 'zh', ChatLine[]> = {
  en: [
    ['gg wp, that last fight was close', 'NONE'], ['selling 50k gold for 10 bucks, paypal only, whisper me', 'RMT'],
    ['anyone for the 9pm raid? need a tank', 'NONE'], ['you are genuinely the worst healer alive, uninstall and never come back', 'HARASS'],
    ['my number is 555-0143, text me for carry runs', 'PII'], ['free legendary skins here: skinz-drop.gift/claim?id=88', 'SCAM_LINK'],
    ['lol the boss wiped us five times', 'NONE'], ['i know where you live, see you after school', 'THREAT'],
    ['wts frost mount 3000g, in-game gold only', 'NONE'], ['will pay real cash for a lvl 60 account, venmo ready', 'RMT'],
    ['brb dinner', 'NONE'], ['reported you, enjoy the ban you absolute trash', 'HARASS'],
    ['guild meeting sunday, check the board', 'NONE'], ['log in here to double your gems: gems-x2.top', 'SCAM_LINK'],
    ['anyone know where the cave entrance is on the east map?', 'NONE'], ['I live at 22 Alder Road, come fight me irl', 'THREAT'],
  ],
  es: [
    ['gg, buena partida a todos', 'NONE'], ['vendo 100k de oro por 15 euros, bizum o paypal, mp', 'RMT'],
    ['¿alguien para la mazmorra de las 22h? falta sanador', 'NONE'], ['eres un inútil, desinstala el juego y no vuelvas', 'HARASS'],
    ['mi whatsapp es 612 44 90 17, escribidme para subir de nivel', 'PII'], ['skins gratis aquí: regalo-skins.shop/reclamar', 'SCAM_LINK'],
    ['jaja el jefe nos ha matado cinco veces', 'NONE'], ['sé dónde vives, ya nos veremos en persona', 'THREAT'],
    ['cambio montura de hielo por 3000 de oro dentro del juego', 'NONE'], ['compro cuenta nivel 60 con dinero real, pago por transferencia', 'RMT'],
    ['vuelvo en 5, voy a cenar', 'NONE'], ['te he reportado, basura, disfruta del baneo', 'HARASS'],
    ['reunión del clan el domingo, mirad el tablón', 'NONE'], ['entra aquí para duplicar tus gemas: gemas-x2.top', 'SCAM_LINK'],
    ['¿dónde está la entrada de la cueva en el mapa del este?', 'NONE'], ['vivo en la calle Olmo 14, ven a pelear en la vida real si te atreves', 'THREAT'],
  ],
  zh: [
    ['打得好，最后一波太险了', 'NONE'], ['出售五万金币，十块钱，支付宝私聊', 'RMT'],
    ['晚上九点团本有人吗？缺个坦克', 'NONE'], ['你就是最菜的奶妈，赶紧卸载别回来了', 'HARASS'],
    ['我的微信是 wx_lin8842，手机 138 0013 7721，代练找我', 'PII'], ['免费领传说皮肤：skin-free.gift/lingqu', 'SCAM_LINK'],
    ['哈哈 boss 把我们团灭了五次', 'NONE'], ['我知道你住哪儿，放学别走', 'THREAT'],
    ['游戏内出冰霜坐骑，3000 金', 'NONE'], ['高价收 60 级账号，现金交易，可走微信', 'RMT'],
    ['我去吃个饭，马上回来', 'NONE'], ['举报你了垃圾，等着被封吧', 'HARASS'],
    ['周日公会开会，看公告板', 'NONE'], ['点这里宝石翻倍：gem-x2.top', 'SCAM_LINK'],
    ['东边地图的山洞入口在哪？', 'NONE'], ['有种线下来单挑，我家就在朝阳路 18 号', 'THREAT'],
  ],
};
const chatAction: Record<string, string> = { NONE: 'allow', HARASS: 'warn', PII: 'warn', RMT: 'mute_24h', SCAM_LINK: 'mute_24h', THREAT: 'ban_review' };

const srChatMod: Family = {
  id: 'wp-sr-guild-chat-batches',
  label: 'simple_reflex',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  variants: 5,
  rationale: 'Although earlier batches sit in the conversation, the policy says each chat line is judged on its own text, so the final batch is a per-line verdict with nothing carried over.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'zh', 'en', 'es'], i) as 'en' | 'es' | 'zh';
    const game = ['Emberfall Online', 'Reinos de Ceniza', '星渊纪元', 'Tidebound', 'Crónicas de Vael'][i % 5]!;
    const players: Record<string, string[]> = {
      en: ['Kragnar', 'xXsnipeXx', 'mossy_fern', 'Velka', 'Tonk4Hire', 'lunabee', 'Rurik', 'dk_pete'],
      es: ['Tizona', 'la_loba', 'Mendrugo', 'Xarlos', 'sanadora_pro', 'Quimera', 'pepe_tank', 'Ainhoa'],
      zh: ['夜雨', '老王不睡觉', '青丘', '铁头娃', '奶妈小七', '北风', '阿飞', '糖糖'],
    };
    const pool = chatPools[lang];
    const mkBatch = (start: number): { text: string; answer: string } => {
      const picks = rng.sample(pool, rng.int(8, 10));
      let sec = start;
      const out: string[] = [];
      const ans: { line: number; action: string; code: string }[] = [];
      picks.forEach(([msg, code], k) => {
        sec += rng.int(3, 70);
        out.push(`${k + 1}. [${hms(sec)}] <${rng.pick(players[lang]!)}> ${msg}`);
        ans.push({ line: k + 1, action: chatAction[code]!, code });
      });
      return { text: lines(out), answer: JSON.stringify({ results: ans }) };
    };
    const system = t(lang, {
      en: `You are the chat moderation filter for ${game} (EU-West servers). You get batches of numbered chat lines. For each line return an action and a code:
NONE → allow | HARASS (insults aimed at a player) → warn | PII (phone numbers, street addresses, messenger ids) → warn | RMT (buying or selling game items or accounts for real money) → mute_24h | SCAM_LINK (off-site links promising free items) → mute_24h | THREAT (threats of real-world harm) → ban_review
Trading for in-game gold is allowed. Judge each line on its own text only: who wrote it, what they said in earlier lines or batches, and earlier actions against them do not change the result.`,
      es: `Eres el filtro de moderación del chat de ${game} (servidores España). Recibes lotes de líneas de chat numeradas. Para cada línea devuelve una acción y un código:
NONE → allow | HARASS (insultos dirigidos a un jugador) → warn | PII (teléfonos, direcciones, ids de mensajería) → warn | RMT (comprar o vender objetos o cuentas por dinero real) → mute_24h | SCAM_LINK (enlaces externos que prometen objetos gratis) → mute_24h | THREAT (amenazas de daño en la vida real) → ban_review
Comerciar con oro del juego está permitido. Juzga cada línea solo por su propio texto: quién la escribió, lo que dijo en líneas o lotes anteriores y las sanciones previas no cambian el resultado.`,
      zh: `你是《${game}》（华东服务器）的聊天审核过滤器。你会收到带编号的聊天记录批次。请对每一行给出处理动作和代码：
NONE → allow | HARASS（针对玩家的辱骂）→ warn | PII（电话号码、住址、社交账号）→ warn | RMT（用真实货币买卖游戏物品或账号）→ mute_24h | SCAM_LINK（承诺免费道具的站外链接）→ mute_24h | THREAT（现实伤害威胁）→ ban_review
用游戏金币交易是允许的。每一行只看这一行本身的文字：谁发的、他之前在其他行或批次里说过什么、以前受过什么处罚，都不影响结果。`,
    });
    const prevCount = i % 3 + (i === 4 ? 1 : 0);
    const messages: Msgs = [sys(system)];
    let clock = rng.int(18 * 3600, 21 * 3600);
    const batchWord = t(lang, { en: 'Batch', es: 'Lote', zh: '批次' });
    const first = rng.int(300, 700);
    for (let b = 0; b < prevCount; b++) {
      const batch = mkBatch(clock);
      clock += 900;
      messages.push(user(`${batchWord} ${first + b}:\n${batch.text}`), say(batch.answer));
    }
    const last = mkBatch(clock);
    messages.push(user(`${batchWord} ${first + prevCount}:\n${last.text}`));
    return {
      lang,
      messages,
      response_format: jsonSchema('moderation', {
        results: list(obj({
          line: int, action: oneOf('allow', 'warn', 'mute_24h', 'ban_review'),
          code: oneOf('NONE', 'HARASS', 'PII', 'RMT', 'SCAM_LINK', 'THREAT'),
        })),
      }),
      temperature: 0,
    };
  },
};

const srSampleIntake: Family = {
  id: 'wp-sr-tube-reject-rack',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 4,
  rationale: 'Each incoming tube is accepted or sent to the reject rack from the criteria applied to its own row; the answer is an immediate sort with no memory or planning.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'fr', 'en'], i);
    const lab = ['Zentrallabor Klinikum Nord', 'St Aidan’s Pathology', 'Laboratoire de biologie médicale Hôpital Sud', 'Riverside Clinical Labs'][i % 4]!;
    const tubes = ['EDTA', 'Serum', 'Li-Hep', 'Citrate', 'Fluoride'];
    const yes = t(lang, { en: 'Y', de: 'J', fr: 'O' });
    const n = rng.int(8, 16);
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const bad = rng.int(0, 9);
      const vol = bad === 0 ? rng.int(1, 4) / 10 : rng.int(6, 40) / 10;
      const hi = bad === 1 ? rng.int(101, 400) : rng.int(0, 90);
      const cold = rng.chance(0.3);
      const temp = cold && bad === 2 ? rng.int(90, 180) / 10 : cold ? rng.int(20, 70) / 10 : rng.int(150, 240) / 10;
      const label = bad === 3 ? 'N' : yes;
      const hours = bad === 4 ? rng.int(25, 40) : rng.int(1, 20);
      const v = lang === 'en' ? dec(vol) : deDec(vol);
      const tc = lang === 'en' ? dec(temp) : deDec(temp);
      rows.push(`${rng.pick(['A', 'B', 'C'])}${rng.int(240000, 249999)} | ${rng.pick(tubes)} | ${v} | ${hi} | ${tc} | ${cold ? yes : 'N'} | ${label} | ${hours}`);
    }
    const run = `${rng.pick(['R', 'L', 'T'])}-${rng.int(100, 999)}`;
    const system = t(lang, {
      en: `Pre-analytics bench, ${lab}. A tube goes to the reject rack if at least one of these is true:
- volume below 0.5 mL
- haemolysis index (HI) above 100
- label does not match the request (label = N)
- cold-chain assay (cold = Y) and arrival temperature above 8 °C
- more than 24 h since the draw
Everything else goes on to the analysers. Each tube is judged on its own row only.`,
      de: `Präanalytik-Arbeitsplatz, ${lab}. Ein Röhrchen kommt ins Rückweisungsrack, wenn mindestens eines zutrifft:
- Volumen unter 0,5 mL
- Hämolyseindex (HI) über 100
- Etikett stimmt nicht mit dem Auftrag überein (Etikett = N)
- kühlpflichtige Analyse (Kühl = J) und Ankunftstemperatur über 8 °C
- mehr als 24 h seit der Entnahme
Alles andere geht weiter an die Analytik. Jedes Röhrchen wird nur nach seiner eigenen Zeile beurteilt.`,
      fr: `Poste pré-analytique, ${lab}. Un tube part au rack de refus si au moins une condition est remplie :
- volume inférieur à 0,5 mL
- indice d'hémolyse (HI) supérieur à 100
- étiquette non conforme à la demande (étiquette = N)
- analyse sous chaîne du froid (froid = O) et température à l'arrivée supérieure à 8 °C
- plus de 24 h depuis le prélèvement
Tout le reste part en analyse. Chaque tube est jugé sur sa seule ligne.`,
    });
    const ask = t(lang, {
      en: `Run ${run} just came off the pneumatic tube, ${n} tubes. Which ones go to the reject rack? Only the tube IDs, comma-separated, nothing else.\n\nID | tube | vol mL | HI | °C | cold | label | h since draw`,
      de: `Lauf ${run} ist gerade aus der Rohrpost gekommen, ${n} Röhrchen. Welche kommen ins Rückweisungsrack? Nur die Röhrchen-IDs, kommagetrennt, sonst nichts.\n\nID | Röhrchen | Vol mL | HI | °C | Kühl | Etikett | h seit Entnahme`,
      fr: `La série ${run} vient d'arriver par le pneumatique, ${n} tubes. Lesquels vont au rack de refus ? Uniquement les identifiants, séparés par des virgules, rien d'autre.\n\nID | tube | vol mL | HI | °C | froid | étiquette | h depuis prélèvement`,
    });
    return { lang, messages: [sys(system), user(`${ask}\n${lines(rows)}`)], max_tokens: 80, temperature: 0 };
  },
};

// ───────────────────────────── model_based_reflex ─────────────────────────────

type RoomStatus = 'OCC' | 'VD' | 'CLN' | 'VC' | 'VI' | 'OOO';
interface FeedEvent { t: number; text: string; apply: (s: Map<string, RoomStatus>) => void; hidden?: boolean }

const mbFrontDesk: Family = {
  id: 'wp-mb-front-desk-room-feed',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The desk only sees a running feed of check-outs, cleaning and engineering events with one floor reporting by radio, so it has to piece together which rooms are really ready now before handing one over.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'en'], i);
    const hotel = ['the Quayside Hotel, Bristol', 'Hotel Alameda, Sevilla', 'Hôtel Bellecour, Lyon', 'Pine Lodge Resort, Banff'][i % 4]!;
    const staff = { en: ['Ana', 'Joy', 'Marek', 'Tess', 'Ibrahim'], es: ['Lucía', 'Rocío', 'Manolo', 'Inés', 'Yolanda'], fr: ['Aïcha', 'Mireille', 'Karim', 'Sophie', 'Lina'] }[lang as 'en' | 'es' | 'fr'];
    const issues = {
      en: ['AC not cooling', 'leak under sink', 'TV dead', 'shower drain blocked', 'door lock battery'],
      es: ['aire acondicionado no enfría', 'fuga bajo el lavabo', 'la tele no enciende', 'desagüe de la ducha atascado', 'pila de la cerradura'],
      fr: ['clim ne refroidit pas', 'fuite sous le lavabo', 'télé en panne', 'évacuation de douche bouchée', 'pile de serrure'],
    }[lang as 'en' | 'es' | 'fr'];
    const floors = rng.sample([2, 3, 4, 5, 6], 3).sort((a, b) => a - b);
    const rooms: { no: string; type: string; floor: number }[] = [];
    for (const f of floors) for (const r of rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], rng.int(3, 4)).sort((a, b) => a - b)) rooms.push({ no: `${f}${pad(r)}`, type: rng.pick(['K', 'K', 'QQ', 'STE']), floor: f });
    const initial = new Map<string, RoomStatus>();
    const report: string[] = [];
    const events: FeedEvent[] = [];
    const set = (room: string, st: RoomStatus) => (s: Map<string, RoomStatus>) => { s.set(room, st); };
    for (const r of rooms) {
      const roll = rng.int(0, 9);
      if (roll < 2) { initial.set(r.no, 'VI'); report.push(`${r.no} ${r.type} VAC/INSP`); continue; }
      if (roll < 4) { initial.set(r.no, 'OCC'); report.push(`${r.no} ${r.type} OCC stayover`); continue; }
      initial.set(r.no, 'OCC');
      report.push(`${r.no} ${r.type} OCC due out`);
      const traj = rng.int(0, 4);
      if (traj === 4) { events.push({ t: rng.int(480, 600), text: `LATE C/O ${r.no} approved until 14:00`, apply: () => undefined }); continue; }
      const out = rng.int(430, 690);
      events.push({ t: out, text: `CHECKOUT ${r.no}`, apply: set(r.no, 'VD') });
      const who = rng.pick(staff);
      let tt = out;
      if (traj >= 1) { tt += rng.int(15, 80); events.push({ t: tt, text: `HK START ${r.no} (${who})`, apply: set(r.no, 'CLN') }); }
      if (traj >= 2) { tt += rng.int(25, 50); events.push({ t: tt, text: `HK DONE ${r.no}`, apply: set(r.no, 'VC') }); }
      if (traj >= 3) { tt += rng.int(5, 40); events.push({ t: tt, text: `INSP OK ${r.no}`, apply: set(r.no, 'VI') }); }
    }
    const engRoom = rng.pick(rooms.filter((r) => initial.get(r.no) === 'VI').concat(rooms.slice(0, 1)));
    const engT = rng.int(500, 700);
    events.push({ t: engT, text: `ENG OPEN ${engRoom.no}: ${rng.pick(issues)}`, apply: set(engRoom.no, 'OOO') });
    if (rng.chance(0.5)) events.push({ t: engT + rng.int(40, 120), text: `ENG CLOSED ${engRoom.no}`, apply: set(engRoom.no, 'VD') });
    const doneEvents = events.filter((e) => e.text.startsWith('HK DONE'));
    const anchor = doneEvents.length ? rng.pick(doneEvents) : null;
    const off = anchor ? Number(anchor.text.split(' ')[2]!.slice(0, 1)) : rng.pick(floors);
    const offT = anchor ? anchor.t - rng.int(5, 30) : rng.int(600, 660);
    events.push({ t: offT, text: `HK TABLETS OFFLINE floor ${off}`, apply: () => undefined });
    for (const e of events) {
      const m = /^(HK START|HK DONE|INSP OK) (\d+)/.exec(e.text);
      if (m && e.t > offT && m[2]!.startsWith(String(off))) e.hidden = true;
    }
    events.sort((a, b) => a.t - b.t);
    const truth = new Map(initial);
    const radioT = anchor ? anchor.t + rng.int(10, 50) : offT + rng.int(50, 90);
    for (const e of events) if (e.t <= radioT) e.apply(truth);
    const hiddenBy = (kind: string): string[] => events.filter((e) => e.hidden && e.t <= radioT && e.text.startsWith(kind)).map((e) => e.text.split(' ')[2]!);
    const doneOff = hiddenBy('HK DONE');
    const cleaningOff = hiddenBy('HK START').filter((r) => !doneOff.includes(r));
    const sup = rng.pick(staff);
    const radio = t(lang, {
      en: `radio (${sup}, floor ${off}): ${doneOff.length ? `done: ${doneOff.join(', ')}` : 'nothing new finished'}${cleaningOff.length ? `, still on ${cleaningOff.join(', ')}` : ''}`,
      es: `radio (${sup}, planta ${off}): ${doneOff.length ? `terminadas: ${doneOff.join(', ')}` : 'nada nuevo terminado'}${cleaningOff.length ? `, sigo con ${cleaningOff.join(', ')}` : ''}`,
      fr: `radio (${sup}, étage ${off}) : ${doneOff.length ? `chambres terminées : ${doneOff.join(', ')}` : 'rien de nouveau de terminé'}${cleaningOff.length ? `, encore en cours : ${cleaningOff.join(', ')}` : ''}`,
    });
    events.push({ t: radioT, text: radio, apply: (s) => { for (const r of doneOff) s.set(r, 'VC'); for (const r of cleaningOff) s.set(r, 'CLN'); } });
    events.sort((a, b) => a.t - b.t);
    const shown = events.filter((e) => !e.hidden);
    const cuts = [Math.floor(shown.length / 3), Math.floor((2 * shown.length) / 3), shown.length];
    const seen = new Map(initial);
    const fmtNote = (now: number): string => {
      const by = (st: RoomStatus): string => rooms.filter((r) => seen.get(r.no) === st).map((r) => r.no).join(', ') || '—';
      return t(lang, {
        en: `Noted (${hm(now)}). Ready: ${by('VI')}. Cleaned, not inspected: ${by('VC')}. Cleaning: ${by('CLN')}. Dirty: ${by('VD')}. Out of order: ${by('OOO')}. Occupied or due out: the rest.`,
        es: `Anotado (${hm(now)}). Listas: ${by('VI')}. Limpias sin revisar: ${by('VC')}. En limpieza: ${by('CLN')}. Sucias: ${by('VD')}. Fuera de servicio: ${by('OOO')}. Ocupadas o pendientes de salida: el resto.`,
        fr: `Noté (${hm(now)}). Prêtes : ${by('VI')}. Faites, non contrôlées : ${by('VC')}. En ménage : ${by('CLN')}. Sales : ${by('VD')}. Hors service : ${by('OOO')}. Occupées ou départs à venir : le reste.`,
      });
    };
    const system = t(lang, {
      en: `You help the front desk at ${hotel}. Through the shift the desk agent pastes the PMS and housekeeping feed as it comes in. A room may only be given to an arriving guest once it has passed inspection (INSP OK) and has no open engineering ticket. When housekeeping tablets go offline, supervisors report by radio and those lines are pasted as "radio". Answer in one or two lines.`,
      es: `Ayudas a la recepción del ${hotel}. Durante el turno, el recepcionista pega el registro del PMS y de pisos según va llegando. Una habitación solo se puede dar a un cliente cuando ha pasado la revisión (INSP OK) y no tiene ninguna incidencia de mantenimiento abierta. Si las tabletas de pisos se quedan sin conexión, las gobernantas avisan por radio y esas líneas se pegan como "radio". Responde en una o dos líneas.`,
      fr: `Vous assistez la réception de l'${hotel}. Pendant le service, le réceptionniste colle le flux du PMS et des étages au fur et à mesure. Une chambre ne peut être attribuée à un client qu'après contrôle (INSP OK) et sans ticket technique ouvert. Quand les tablettes des étages sont hors ligne, les gouvernantes passent par la radio ; ces lignes sont collées avec « radio ». Répondez en une ou deux lignes.`,
    });
    const messages: Msgs = [sys(system)];
    let from = 0;
    cuts.forEach((cut, c) => {
      const chunk = shown.slice(from, cut);
      from = cut;
      const body = chunk.map((e) => `${hm(e.t)} ${e.text}`);
      const head = c === 0 ? `07:00 PMS room report\n${lines(report)}\n\n` : '';
      chunk.forEach((e) => e.apply(seen));
      if (c < cuts.length - 1) {
        messages.push(user(`${head}${lines(body)}`));
        messages.push(say(fmtNote(chunk.length ? chunk[chunk.length - 1]!.t : 420)));
      } else {
        const now = (chunk.length ? chunk[chunk.length - 1]!.t : 700) + rng.int(3, 12);
        const guest = rng.pick({ en: ['Dr Yuki Tanabe', 'Ms Priya Raman', 'Mr Tomás Ruiz', 'Mrs Helen Albright'], es: ['La Sra. Beatriz Lozano', 'El Sr. Hugo Marchetti', 'La Dra. Yuki Tanabe'], fr: ['Mme Claire Vasseur', 'M. Hugo Marchetti', 'Mme Yuki Tanabe'] }[lang as 'en' | 'es' | 'fr']);
        const want = rng.pick(['K', 'QQ']);
        const q = t(lang, {
          en: `${lines(body)}\n\nIt's ${hm(now)}. ${guest} is at the desk, early arrival, booked a ${want === 'K' ? 'king' : 'double queen'}. Which room can I give them right now? Room number and one line why.`,
          es: `${lines(body)}\n\nSon las ${hm(now)}. ${guest} está en el mostrador, llegada anticipada, reservó ${want === 'K' ? 'una king' : 'una doble con dos camas queen'}. ¿Qué habitación le puedo dar ahora mismo? Número y una línea de por qué.`,
          fr: `${lines(body)}\n\nIl est ${hm(now)}. ${guest} est au comptoir, arrivée anticipée, réservation ${want === 'K' ? 'lit king' : 'deux lits queen'}. Quelle chambre puis-je lui donner tout de suite ? Le numéro et une ligne d'explication.`,
        });
        messages.push(user(c === 0 ? `${head}${q}` : q));
      }
    });
    return { lang, messages, max_tokens: 120 };
  },
};

const mbFeeder: Family = {
  id: 'wp-mb-feeder-outage-feed',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'hard',
  variants: 5,
  rationale: 'Which sections of the feeder are dead is never reported directly; it must be pieced together from trips, last-gasp messages, pings, indicators and calls gathered over several polls before choosing the next action, though sending crews to restore supply gives it a goal flavour.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'de', 'en'], i);
    const F = `${rng.pick(['F', 'L', 'K'])}${rng.int(10, 48)}`;
    const F2 = `${rng.pick(['F', 'L', 'K'])}${rng.int(50, 89)}`;
    const sub = ['Brackley', 'Eichenau', 'Wolverton', 'Sankt Leon', 'Ashby Vale'][i % 5]!;
    const fx = rng.int(11, 39);
    const fy = rng.int(40, 79);
    const out = [['S4'], ['S5'], ['S3', 'S5', 'S6'], ['S4', 'S5'], ['S6']][i % 5]!;
    const poorMesh = i % 5 === 4;
    const allS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
    const meter = (s: string): string => `M${s.slice(1)}${pad(rng.int(1, 40))}`;
    const devicesFor: Record<string, string[]> = { S4: ['SW-A', `FU-${fx}`], S5: ['SW-A', 'SW-B', 'SW-C'], S3: ['SW-A', 'SW-B'], S6: ['SW-A', 'SW-B', `FU-${fy}`] };
    const faultDev = new Set(out.flatMap((s) => devicesFor[s]!));
    const streets = lang === 'de'
      ? { S1: 'Hauptstr.', S2: 'Lindenweg', S3: 'Mühlgasse', S4: 'Am Feldrain', S5: 'Birkenallee', S6: 'Schulstr.' }
      : { S1: 'High St', S2: 'Mill Lane', S3: 'Church Rd', S4: 'Ridge Way', S5: 'Orchard Close', S6: 'Station Rd' };
    const noPower = lang === 'de' ? 'kein Strom' : 'no power';
    const flicker = lang === 'de' ? 'Licht hat kurz geflackert' : 'lights flickered, fine now';
    let clock = rng.int(18 * 60, 20 * 60);
    const ev = (txt: string): string => { clock += rng.int(0, 3); return `${hm(clock)} ${txt}`; };
    const t0 = clock - rng.int(2, 6);
    const chunk1: string[] = [ev(`SCADA CB-${F} TRIP ph B-C ${dec(rng.int(18, 46) / 10)} kA`), ev(`SCADA CB-${F} RECLOSE #1 OK`)];
    if (out.includes('S3')) chunk1.push(ev('SCADA SW-B OPEN sectionaliser count 3, locked out'));
    for (const s of out) if (!(poorMesh && s === 'S6')) for (let k = 0; k < rng.int(2, 3); k++) chunk1.push(ev(`AMI LAST_GASP ${meter(s)}`));
    chunk1.push(ev(`AMI POWER_RESTORE ${meter('S2')}`), ev(`AMI POWER_RESTORE ${meter('S1')}`));
    const callSecs = [...out, ...rng.sample(allS.filter((s) => !out.includes(s)), 2)];
    const calls1 = callSecs.slice(0, 2).map((s) => ev(`IVR call ${rng.int(1, 90)} ${streets[s as keyof typeof streets]} '${out.includes(s) ? noPower : flicker}'`));
    const pingIds = [...out.map(meter), meter('S2'), meter(rng.pick(['S3', 'S5'].filter((s) => !out.includes(s)).concat(['S1'])))];
    const pingRes = pingIds.map((m) => ({ meter: m, reply: !out.includes(`S${m[1]}`) ? true : false, rtt_ms: null as number | null }))
      .map((p) => ({ ...p, rtt_ms: p.reply ? rng.int(300, 2400) : null }));
    const fci = ['SW-A', 'SW-B', 'SW-C', `FU-${fx}`, `FU-${fy}`].map((d) => ({ device: d, indicator: faultDev.has(d) ? 'FAULT_PASSED' : 'NORMAL' }));
    fci[rng.int(2, 4)]!.indicator = 'NO_COMMS';
    const t1 = clock + 1;
    clock += rng.int(6, 15);
    const chunk2: string[] = callSecs.slice(2).map((s) => ev(`IVR call ${rng.int(1, 90)} ${streets[s as keyof typeof streets]} '${out.includes(s) ? noPower : flicker}'`));
    chunk2.push(ev(`WX lightning strike logged 0.${rng.int(2, 9)} km from ${out[0]}`), ev(`AMI LAST_GASP ${meter(out[out.length - 1]!)}`));
    if (poorMesh) chunk2.push(ev('AMI mesh collector C-6 offline (S6 meters unreachable)'));
    const messages: Msgs = [
      sys(t(lang, {
        en: `You are the outage desk agent for ${sub} substation. Feeder ${F} topology (radial):
CB-${F} → S1 → SW-A → S2 → SW-B → S3 → SW-C → S5
S2 → FU-${fx} → S4 (overhead lateral, fuse)
S3 → FU-${fy} → S6 (underground lateral, fuse)
TIE-9 (normally open) links S5 with feeder ${F2}.
Meters: S1 M101–M140, S2 M201–M240, S3 M301–M340, S4 M401–M440, S5 M501–M540, S6 M601–M640.
Smart meters send LAST_GASP when they lose supply, but the radio mesh drops messages during storms. Use the tools; one crew is available tonight, so only dispatch when you are confident where the fault is.`,
        de: `Du bist der Störungsdisponent für das Umspannwerk ${sub}. Topologie Abgang ${F} (Strahlennetz):
CB-${F} → S1 → SW-A → S2 → SW-B → S3 → SW-C → S5
S2 → FU-${fx} → S4 (Freileitungsstich, Sicherung)
S3 → FU-${fy} → S6 (Kabelstich, Sicherung)
TIE-9 (normal offen) verbindet S5 mit Abgang ${F2}.
Zähler: S1 M101–M140, S2 M201–M240, S3 M301–M340, S4 M401–M440, S5 M501–M540, S6 M601–M640.
Smart Meter senden LAST_GASP, wenn sie die Versorgung verlieren, aber das Funknetz verliert bei Gewitter Meldungen. Nutze die Werkzeuge; heute Nacht steht nur ein Trupp zur Verfügung, schicke ihn also erst los, wenn du dir beim Fehlerort sicher bist.`,
      })),
      user(t(lang, {
        en: `Storm cell crossing ${sub} right now. Watch ${F} and tell me what to do.`,
        de: `Gewitterzelle zieht gerade über ${sub}. Behalte ${F} im Blick und sag mir, was zu tun ist.`,
      })),
    ];
    exchange(rng, messages, 'poll_events', { feeder: F, since: hm(t0) }, lines([...chunk1, ...calls1]));
    exchange(rng, messages, 'ping_meters', { meter_ids: pingIds }, pingRes);
    exchange(rng, messages, 'get_fault_indicators', { feeder: F }, fci);
    exchange(rng, messages, 'poll_events', { feeder: F, since: hm(t1) }, lines(chunk2));
    const t2 = clock + 1;
    if (i % 5 === 2) {
      const extra = [ev(`IVR call ${rng.int(1, 90)} ${streets.S3} '${noPower}'`), ev(`AMI LAST_GASP ${meter('S6')}`), ev(`SCADA CB-${F} load ${rng.int(40, 70)} A (was ${rng.int(180, 260)} A)`)];
      exchange(rng, messages, 'poll_events', { feeder: F, since: hm(t2) }, lines(extra));
      const ids = [meter('S3'), meter('S6'), meter('S5'), meter('S2')];
      exchange(rng, messages, 'ping_meters', { meter_ids: ids }, ids.map((m) => ({ meter: m, reply: m.startsWith('M2'), rtt_ms: m.startsWith('M2') ? rng.int(300, 2000) : null })));
    }
    if (i % 2 === 1) {
      messages.push(user(t(lang, {
        en: `Crew 7 just cleared a job at the ${sub} depot, about 20 minutes from anywhere on ${F}. Where do I send them, or do we wait?`,
        de: `Trupp 7 ist gerade im Stützpunkt ${sub} frei geworden, etwa 20 Minuten von jedem Punkt auf ${F}. Wohin schicke ich sie, oder warten wir noch?`,
      })));
    }
    return {
      lang,
      messages,
      tools: [
        tool('poll_events', 'Fetch SCADA, AMI and call-centre events for a feeder since a time.', { feeder: str, since: str }),
        tool('ping_meters', 'On-demand read of smart meters; reply=false means no answer within 30 s.', { meter_ids: list(str) }),
        tool('get_fault_indicators', 'Read fault current indicators on switches and fuses.', { feeder: str }),
        tool('dispatch_crew', 'Send the field crew to a section and device.', { section: str, device: str, note: str }),
        tool('update_outage_record', 'Record which sections are believed to be without supply.', { sections: list(str), note: str }),
      ],
      tool_choice: 'auto',
    };
  },
};

const mbRts: Family = {
  id: 'wp-mb-rts-scout-reports',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Only what scouts see at each tick is reported, and in the final tick the enemy army is out of sight, so the order depends on inferring where it is now from earlier sightings.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'zh', 'en'], i);
    const lx = {
      en: { nothing: 'nothing in sight', lost: 'contact lost (unit destroyed)', build: 'enemy base going up', head: 'heading', units: ['raiders', 'siege tanks', 'gunships', 'infantry'], obs: ['watchtower', 'scout bike', 'recon drone', 'sentry'], q: 'Orders?' },
      ja: { nothing: '視界内に敵なし', lost: '通信途絶（ユニット撃破）', build: '敵の新拠点を建設中', head: '進行方向', units: ['レイダー', '攻城戦車', 'ガンシップ', '歩兵'], obs: ['監視塔', '偵察バイク', '偵察ドローン', '歩哨'], q: '命令は？' },
      zh: { nothing: '视野内无敌人', lost: '失去联系（单位被摧毁）', build: '敌方新基地正在建造', head: '方向', units: ['突袭兵', '攻城坦克', '武装直升机', '步兵'], obs: ['瞭望塔', '侦察摩托', '侦察无人机', '哨兵'], q: '下达命令？' },
    }[lang as 'en' | 'ja' | 'zh'];
    const routes = [
      { cells: ['G7', 'F6', 'E5', 'D5', 'C4'], dirs: ['SW', 'SW', 'W', 'SW'] },
      { cells: ['G7', 'G5', 'F4', 'E3', 'E2'], dirs: ['S', 'SW', 'SW', 'S'] },
      { cells: ['G7', 'F7', 'E6', 'D4', 'B2'], dirs: ['W', 'SW', 'SW', 'SW'] },
    ];
    const route = routes[i % 3]!;
    const ticks = rng.int(3, 5);
    const unitMix = rng.sample(lx.units, 2);
    const size = [rng.int(8, 16), rng.int(2, 6)];
    const posts = ['D5', 'F4', 'E6', 'C6', 'A7', 'B5'];
    let sec = rng.int(300, 420);
    const messages: Msgs = [sys(t(lang, {
      en: `You command the army of our bot in a 1v1 match of Ironvale (map 8×8, columns A–H, rows 1–8). Our main is B2, natural expansion C4, third base E2. The enemy main is G7. Each tick you receive what our observers can see at that moment; anything outside their sight is unknown. Reply with one order for the army as JSON.`,
      ja: `あなたは Ironvale の 1 対 1 対戦で、ボット側の軍隊を指揮します（マップ 8×8、列 A–H、行 1–8）。本拠地は B2、ナチュラル拡張は C4、第 3 拠点は E2、敵の本拠地は G7 です。各ティックで、その時点で味方の観測ユニットに見えているものだけが届きます。視界外のことは分かりません。軍隊への命令を 1 つ JSON で返してください。`,
      zh: `你在 Ironvale 的 1v1 对局中指挥我方机器人的部队（地图 8×8，列 A–H，行 1–8）。我方主基地在 B2，二矿在 C4，三矿在 E2，敌方主基地在 G7。每个 tick 你只会收到我方观察单位此刻能看到的内容，视野之外的一切都是未知的。请用 JSON 给部队下达一个命令。`,
    }))];
    const orders = ['hold_ramp', 'reinforce_natural', 'defend_third', 'counterattack_main', 'send_scout'];
    for (let k = 0; k < ticks; k++) {
      sec += rng.int(25, 50);
      const rows: string[] = [];
      const last = k === ticks - 1;
      const step = Math.min(k, route.cells.length - 2);
      if (!last && k < ticks - 2) {
        rows.push(`${lx.obs[k % lx.obs.length]} @${route.cells[step]}: ${size[0]} ${unitMix[0]} + ${size[1]} ${unitMix[1]}, ${lx.head} ${route.dirs[step]}`);
      } else if (!last) {
        rows.push(`${lx.obs[(k + 1) % lx.obs.length]} @${route.cells[step]}: ${lx.lost}`);
      }
      for (const p of rng.sample(posts.filter((p) => !route.cells.includes(p)), rng.int(1, 3))) rows.push(`${rng.pick(lx.obs)} @${p}: ${lx.nothing}`);
      if (last && rng.chance(0.6)) rows.push(`${rng.pick(lx.obs)} @H3: ${lx.build}`);
      const txt = `t=${pad(Math.floor(sec / 60))}:${pad(sec % 60)}\n${lines(rows)}`;
      if (last) {
        messages.push(user(`${txt}\n${lx.q}`));
      } else {
        const order = k === 0 ? 'hold_ramp' : rng.pick(orders.slice(0, 3));
        const note = t(lang, {
          en: k === 0 ? 'Main army spotted leaving their base, waiting at the ramp.' : 'Their army was last seen moving towards us; covering the closest base.',
          ja: k === 0 ? '敵主力が本拠地を出たのを確認。ランプで待機。' : '敵主力はこちらへ向かっていた。最も近い拠点を守る。',
          zh: k === 0 ? '发现敌方主力离开基地，在坡道待命。' : '敌方主力最后一次出现时正朝我方移动，先守最近的基地。',
        });
        messages.push(user(txt), say(JSON.stringify({ order, rally: k === 0 ? 'B3' : 'C4', note })));
      }
    }
    return {
      lang,
      messages,
      response_format: jsonSchema('army_order', { order: oneOf(...orders), rally: str, note: str }),
      max_tokens: 150,
    };
  },
};

const mbPlates: Family = {
  id: 'wp-mb-lab-plate-whereabouts',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'After a restart the scheduler must reconstruct where every plate sits from a move log with uncertain timeouts plus a camera that only sees the deck, before it may issue the next move.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'de', 'en'], i);
    const robot = ['Hamilton STAR „Orca“', 'Biomek i7 (bay 3)', 'Tecan Fluent „Wal“', 'HighRes cell “Kestrel”'][i % 4]!;
    const np = rng.int(4, 6);
    const plates = Array.from({ length: np }, (_, k) => `P${pad(k + 1)}`);
    const deck = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4'];
    const inc = Array.from({ length: 12 }, (_, k) => `INC-${k + 1}`);
    const pos = new Map<string, string>(plates.map((p, k) => [p, `H${k + 1}`]));
    const occupied = (loc: string): boolean => [...pos.values()].includes(loc);
    const log: string[] = [];
    let sec = rng.int(8 * 3600, 10 * 3600);
    const steps = rng.int(10, 15);
    let timeouts = 0;
    const frozen = new Set<string>();
    for (let s = 0; s < steps; s++) {
      const movable = plates.filter((x) => !frozen.has(x));
      if (!movable.length) break;
      const p = rng.pick(movable);
      const from = pos.get(p)!;
      let to: string;
      if (from.startsWith('H')) to = rng.pick(deck.filter((d) => !occupied(d)));
      else if (deck.includes(from)) to = !occupied('RDR') && rng.chance(0.5) ? 'RDR' : rng.pick(inc.filter((d) => !occupied(d)));
      else if (from === 'RDR') to = rng.chance(0.5) ? rng.pick(deck.filter((d) => !occupied(d))) : rng.pick(inc.filter((d) => !occupied(d)));
      else to = rng.pick(deck.filter((d) => !occupied(d)));
      sec += rng.int(40, 300);
      const outcome = timeouts < 2 && rng.chance(0.18) ? 'TIMEOUT' : 'ok';
      if (outcome === 'TIMEOUT') { timeouts++; frozen.add(p); if (rng.chance(0.5)) pos.set(p, to); } else pos.set(p, to);
      log.push(`${hms(sec)} MOVE ${p} ${from} -> ${to} ${outcome}${outcome === 'TIMEOUT' ? ' (gripper no confirm)' : ''}`);
      if (outcome === 'ok' && to === 'RDR') { sec += rng.int(60, 200); log.push(`${hms(sec)} READ ${p} RDR OD600 done`); }
    }
    sec += rng.int(30, 200);
    log.push(`${hms(sec)} POWER DIP – scheduler restarted, position table lost`);
    const cam: Record<string, string> = {};
    const unread = rng.pick(deck.filter((d) => occupied(d)).concat(['A1']));
    for (const d of deck) cam[d] = occupied(d) ? (d === unread ? 'plate, barcode not readable' : `plate ${[...pos.entries()].find(([, l]) => l === d)![0]}`) : 'empty';
    const messages: Msgs = [
      sys(t(lang, {
        en: `You run the scheduler for the ${robot} screening cell. Locations: deck A1–A4 and B1–B4, plate reader RDR, plate hotel H1–H6, incubator slots INC-1 to INC-12. The camera and barcode reader only see the deck; the incubator and the reader are closed boxes. A MOVE that ends in TIMEOUT may or may not have released the plate at its target. Before the next move you must report where each plate is, how sure you are, which incubator slots are free, and the next move you would make.`,
        de: `Du steuerst den Scheduler der Screening-Zelle ${robot}. Positionen: Deck A1–A4 und B1–B4, Plattenleser RDR, Plattenhotel H1–H6, Inkubatorplätze INC-1 bis INC-12. Kamera und Barcodeleser sehen nur das Deck; Inkubator und Leser sind geschlossen. Ein MOVE mit TIMEOUT kann die Platte am Ziel abgelegt haben oder auch nicht. Vor dem nächsten Transport meldest du, wo jede Platte ist, wie sicher du bist, welche Inkubatorplätze frei sind und welchen Transport du als Nächstes ausführen würdest.`,
      })),
      user(t(lang, {
        en: `We had a power dip and the scheduler came back with an empty position table. Here is the move log from this run:\n${lines(log)}`,
        de: `Wir hatten einen Spannungseinbruch, der Scheduler ist mit leerer Positionstabelle neu gestartet. Hier das Transportprotokoll dieses Laufs:\n${lines(log)}`,
      })),
    ];
    exchange(rng, messages, 'deck_camera', {}, cam);
    if (cam[unread] !== 'empty') {
      const who = [...pos.entries()].find(([, l]) => l === unread)?.[0];
      exchange(rng, messages, 'read_barcode', { position: unread }, who && rng.chance(0.5) ? { position: unread, barcode: who } : { position: unread, error: 'no read after 3 tries (condensation on label)' });
    }
    return {
      lang,
      messages,
      tools: [
        tool('deck_camera', 'Snapshot of the deck positions A1–B4.'),
        tool('read_barcode', 'Read the barcode of the plate at a deck position.', { position: str }),
        tool('move_plate', 'Move a plate between two locations.', { plate: str, from: str, to: str }),
      ],
      response_format: jsonSchema('plate_positions', {
        plates: list(obj({ plate: str, location: str, certain: bool })),
        free_incubator_slots: list(str),
        next_move: obj({ plate: str, from: str, to: str }),
      }),
    };
  },
};

const mbRollout: Family = {
  id: 'wp-mb-rollout-event-chunks',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The rollout is only seen through chunks of cluster events (with a gap in the watcher), so the agent must rebuild which pods run which version right now before deciding to resume, pause or roll back.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'es', 'en'], i);
    const app = ['checkout-api', 'catalogo-svc', 'pagos-gateway', 'search-indexer'][i % 4]!;
    const ns = ['shop-prod', 'loja-prod', 'pagos-prod', 'search-prod'][i % 4]!;
    const oldV = `v2.${rng.int(10, 19)}.${rng.int(0, 9)}`;
    const newV = `v2.${rng.int(20, 29)}.0`;
    const alnum = 'abcdefghjkmnpqrstuvwxyz23456789';
    const rid = (n: number): string => Array.from({ length: n }, () => rng.pick(alnum.split(''))).join('');
    const oldRs = `${app}-${rid(9)}`;
    const newRs = `${app}-${rid(9)}`;
    const replicas = rng.int(4, 6);
    const nodes = ['ip-10-4-1-23', 'ip-10-4-2-87', 'ip-10-4-3-12', 'ip-10-4-1-191'];
    const oldPods = Array.from({ length: replicas }, () => `${oldRs}-${rid(5)}`);
    const evs: { s: number; text: string; gap?: boolean }[] = [];
    let s = rng.int(0, 3600);
    const at = (d: number, text: string, gap = false): void => { s += d; evs.push({ s, text, gap }); };
    const failAt = rng.int(2, 4);
    let oldLeft = replicas;
    for (let k = 1; k <= failAt; k++) {
      const pod = `${newRs}-${rid(5)}`;
      at(rng.int(5, 20), `Normal   ScalingReplicaSet  deployment/${app}  Scaled up replica set ${newRs} to ${k}`);
      at(rng.int(1, 4), `Normal   Scheduled          pod/${pod}  Successfully assigned ${ns}/${pod} to ${rng.pick(nodes)}`);
      at(rng.int(5, 25), `Normal   Pulled             pod/${pod}  Container image "registry.internal/${app}:${newV}" already present on machine`);
      if (k < failAt) {
        at(rng.int(10, 40), `Normal   Started            pod/${pod}  Started container ${app}`);
        const victim = oldPods[replicas - oldLeft]!;
        oldLeft--;
        at(rng.int(5, 15), `Normal   ScalingReplicaSet  deployment/${app}  Scaled down replica set ${oldRs} to ${oldLeft}`, k === failAt - 1);
        at(rng.int(1, 3), `Normal   Killing            pod/${victim}  Stopping container ${app}`, k === failAt - 1);
      } else {
        at(rng.int(10, 40), `Normal   Started            pod/${pod}  Started container ${app}`);
        for (let r = 0; r < rng.int(2, 4); r++) at(rng.int(10, 30), `Warning  Unhealthy          pod/${pod}  Readiness probe failed: HTTP probe failed with statuscode: 503`);
        at(rng.int(20, 60), `Warning  BackOff            pod/${pod}  Back-off restarting failed container ${app}`);
      }
    }
    if (rng.chance(0.6)) {
      const evicted = oldPods[replicas - 1]!;
      at(rng.int(10, 40), `Warning  NodeNotReady       pod/${evicted}  Node is not ready`);
      const repl = `${oldRs}-${rid(5)}`;
      at(rng.int(30, 60), `Normal   Scheduled          pod/${repl}  Successfully assigned ${ns}/${repl} to ${rng.pick(nodes)}`);
    }
    at(rng.int(60, 200), `Warning  ProgressDeadlineExceeded  deployment/${app}  ReplicaSet "${newRs}" has timed out progressing`);
    const n = evs.length;
    const c1 = Math.floor(n / 3);
    const c2 = Math.floor((2 * n) / 3);
    const fmt = (e: { s: number; text: string }): string => `${hms(e.s % 86400)}  ${e.text}`;
    const note = (upto: number): string => {
      const seen = evs.slice(0, upto).filter((e) => !e.gap);
      const up = seen.filter((e) => e.text.includes('Started container')).length;
      const killed = seen.filter((e) => e.text.includes('Killing')).length;
      return t(lang, {
        en: `So far: ${up} new pod(s) on ${newV} started, ${replicas - killed} pod(s) still on ${oldV}. Nothing alarming yet, send the next chunk.`,
        pt: `Até agora: ${up} pod(s) novo(s) em ${newV} iniciado(s), ${replicas - killed} pod(s) ainda em ${oldV}. Nada preocupante por enquanto, manda o próximo trecho.`,
        es: `Por ahora: ${up} pod(s) nuevo(s) en ${newV} arrancado(s), ${replicas - killed} pod(s) siguen en ${oldV}. Nada alarmante todavía, pásame el siguiente bloque.`,
      });
    };
    const intro = t(lang, {
      en: `Rolling ${app} from ${oldV} to ${newV} in ${ns} (replicas ${replicas}, maxSurge 1, maxUnavailable 0). I'll paste the events as they come.`,
      pt: `Estou fazendo o rollout do ${app} de ${oldV} para ${newV} em ${ns} (réplicas ${replicas}, maxSurge 1, maxUnavailable 0). Vou colando os eventos conforme chegam.`,
      es: `Estoy desplegando ${app} de ${oldV} a ${newV} en ${ns} (réplicas ${replicas}, maxSurge 1, maxUnavailable 0). Te voy pegando los eventos según llegan.`,
    });
    const finalQ = t(lang, {
      en: 'Our event watcher dropped for a minute or so somewhere in there, so some lines may be missing. What is actually running right now, and do I resume, pause or roll back?',
      pt: 'O nosso watcher de eventos caiu por mais ou menos um minuto no meio disso, então podem faltar linhas. O que está rodando de verdade agora, e eu retomo, pauso ou faço rollback?',
      es: 'El watcher de eventos se cayó un minuto o así por el medio, así que pueden faltar líneas. ¿Qué está corriendo realmente ahora mismo, y reanudo, pauso o hago rollback?',
    });
    const messages: Msgs = [
      sys(t(lang, {
        en: 'You are an SRE assistant watching Kubernetes deployments with the on-call engineer. Answer in the JSON format requested.',
        pt: 'Você é um assistente de SRE que acompanha deployments no Kubernetes junto com o engenheiro de plantão. Responda no formato JSON pedido.',
        es: 'Eres un asistente de SRE que sigue despliegues de Kubernetes junto al ingeniero de guardia. Responde en el formato JSON pedido.',
      })),
      user(`${intro}\n\n${lines(evs.slice(0, c1).filter((e) => !e.gap).map(fmt))}`),
      say(note(c1)),
      user(lines(evs.slice(c1, c2).filter((e) => !e.gap).map(fmt))),
      say(note(c2)),
      user(`${lines(evs.slice(c2).filter((e) => !e.gap).map(fmt))}\n\n${finalQ}`),
    ];
    return {
      lang,
      messages,
      response_format: jsonSchema('rollout_view', {
        pods: list(obj({ pod: str, version: str, ready: bool })),
        action: oneOf('resume', 'pause', 'rollback'),
        reason: str,
      }),
    };
  },
};

// ───────────────────────────── goal_based ─────────────────────────────

const fitoutActs: { id: string; en: string; de: string; es: string; trade: [string, string, string]; d: number; needs: string[] }[] = [
  { id: 'A', en: 'Strip-out', de: 'Rückbau', es: 'Desmontaje', trade: ['demolition crew', 'Abbruchtrupp', 'cuadrilla de derribo'], d: 2, needs: [] },
  { id: 'B', en: 'First-fix electrical', de: 'Elektro-Rohinstallation', es: 'Electricidad, primera fase', trade: ['electrician', 'Elektriker', 'electricista'], d: 3, needs: ['A'] },
  { id: 'C', en: 'First-fix plumbing', de: 'Sanitär-Rohinstallation', es: 'Fontanería, primera fase', trade: ['plumber', 'Installateur', 'fontanero'], d: 2, needs: ['A'] },
  { id: 'D', en: 'Stud walls', de: 'Ständerwände', es: 'Tabiques de montantes', trade: ['drylining crew', 'Trockenbauer', 'pladurista'], d: 3, needs: ['A'] },
  { id: 'G', en: 'Services inspection', de: 'Abnahme Installationen', es: 'Inspección de instalaciones', trade: ['building control', 'Bauaufsicht', 'inspección municipal'], d: 1, needs: ['B', 'C'] },
  { id: 'E', en: 'Insulation', de: 'Dämmung', es: 'Aislamiento', trade: ['drylining crew', 'Trockenbauer', 'pladurista'], d: 1, needs: ['D', 'G'] },
  { id: 'F', en: 'Boarding and taping', de: 'Beplankung und Spachtel', es: 'Placas y juntas', trade: ['drylining crew', 'Trockenbauer', 'pladurista'], d: 3, needs: ['E'] },
  { id: 'H', en: 'Bathroom tiling', de: 'Fliesen Bad', es: 'Alicatado del baño', trade: ['tiler', 'Fliesenleger', 'alicatador'], d: 3, needs: ['F'] },
  { id: 'I', en: 'Kitchen install', de: 'Küchenmontage', es: 'Montaje de cocina', trade: ['kitchen fitter', 'Küchenmonteur', 'montador de cocinas'], d: 2, needs: ['F'] },
  { id: 'J', en: 'Second-fix electrical', de: 'Elektro-Feininstallation', es: 'Electricidad, segunda fase', trade: ['electrician', 'Elektriker', 'electricista'], d: 2, needs: ['F', 'I'] },
  { id: 'K', en: 'Painting', de: 'Malerarbeiten', es: 'Pintura', trade: ['painter', 'Maler', 'pintor'], d: 3, needs: ['F'] },
  { id: 'L', en: 'Flooring', de: 'Bodenbelag', es: 'Pavimento', trade: ['floor layer', 'Bodenleger', 'solador'], d: 2, needs: ['K', 'H'] },
  { id: 'M', en: 'Final clean', de: 'Endreinigung', es: 'Limpieza final', trade: ['cleaners', 'Reinigung', 'limpieza'], d: 1, needs: ['J', 'L'] },
  { id: 'N', en: 'Completion inspection', de: 'Schlussabnahme', es: 'Inspección final', trade: ['building control', 'Bauaufsicht', 'inspección municipal'], d: 1, needs: ['M'] },
];

const gbFitout: Family = {
  id: 'wp-gb-fitout-key-handover',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A fixed handover date is the end state, and the trades must be sequenced through their prerequisites and availability windows to reach it (or the blocking activity named), which is a search for a feasible ordering rather than a weighing of options.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en'], i);
    const col = lang === 'de' ? 1 : lang === 'es' ? 2 : 0;
    const site = ['Flat 4B, Wharf Street, Leeds', 'Wohnung 2.3, Gartenhof Pankow, Berlin', 'Piso 3ºA, Calle Almansa 21, Valencia', 'Unit 12, Kestrel Court, Bristol'][i % 4]!;
    const startDay = rng.int(2, 9);
    const month = rng.int(3, 9);
    const weeks = rng.int(5, 7);
    const handDay = startDay + weeks * 7 - 3;
    const handDate = handDay > 28 ? isoDay(month + 1, handDay - 28) : isoDay(month, handDay);
    const startDate = isoDay(month, startDay);
    const kitchenFrom = isoDay(month, Math.min(28, startDay + rng.int(12, 20)));
    const painterOff = isoDay(month + (startDay + 22 > 28 ? 1 : 0), ((startDay + rng.int(18, 24) - 1) % 28) + 1);
    const rows = fitoutActs.map((a) => {
      const d = Math.max(1, a.d + rng.int(-1, 1) * (a.d > 1 ? 1 : 0));
      const name = [a.en, a.de, a.es][col]!;
      const trade = a.trade[col]!;
      const needs = a.needs.join(', ') || '—';
      let note = '';
      if (a.id === 'G' || a.id === 'N') note = t(lang, { en: 'inspector only Tue/Thu, book 2 working days ahead', de: 'Prüfer nur Di/Do, 2 Arbeitstage vorher buchen', es: 'inspector solo mar/jue, reservar con 2 días hábiles' });
      if (a.id === 'I') note = t(lang, { en: `units delivered ${kitchenFrom}, fitter from then on`, de: `Lieferung ${kitchenFrom}, Monteur ab dann`, es: `entrega ${kitchenFrom}, montador desde ese día` });
      if (a.id === 'K') note = t(lang, { en: `painter away the week of ${painterOff}`, de: `Maler in der Woche ab ${painterOff} nicht da`, es: `pintor ausente la semana del ${painterOff}` });
      if (a.id === 'C') note = t(lang, { en: 'plumber does not work Mondays', de: 'Installateur montags nicht verfügbar', es: 'el fontanero no trabaja los lunes' });
      if (a.id === 'H' && rng.chance(0.5)) note = t(lang, { en: 'tiles on 10-day lead time, not yet ordered', de: 'Fliesen 10 Tage Lieferzeit, noch nicht bestellt', es: 'azulejos con 10 días de plazo, sin pedir todavía' });
      return `${a.id} | ${name} | ${trade} | ${d} d | ${needs} | ${note}`;
    });
    const header = t(lang, { en: 'id | activity | crew | duration | after | notes', de: 'ID | Tätigkeit | Gewerk | Dauer | nach | Hinweise', es: 'id | actividad | gremio | duración | después de | notas' });
    const ask = t(lang, {
      en: `The buyer of ${site} gets the keys on ${handDate} at 10:00, contractually. Work starts ${startDate}; crews work Monday to Friday, one activity per crew at a time, and the flat is small enough that any two different crews can work in parallel. Here is the site manager's activity list. In what order do the trades go in, with start and end dates, so the keys can be handed over on time? If the date cannot be made, tell me which activity makes it impossible.`,
      de: `Die Käuferin von ${site} bekommt laut Vertrag am ${handDate} um 10:00 die Schlüssel. Baubeginn ist der ${startDate}; gearbeitet wird Montag bis Freitag, jedes Gewerk macht immer nur eine Tätigkeit, und zwei verschiedene Gewerke können parallel arbeiten. Hier die Liste der Bauleitung. In welcher Reihenfolge kommen die Gewerke, mit Start- und Enddatum, damit die Schlüsselübergabe pünktlich klappt? Wenn der Termin nicht zu halten ist, sag mir, welche Tätigkeit das verhindert.`,
      es: `El comprador de ${site} recibe las llaves el ${handDate} a las 10:00, por contrato. La obra empieza el ${startDate}; los gremios trabajan de lunes a viernes, cada uno con una sola actividad a la vez, y dos gremios distintos pueden trabajar en paralelo. Esta es la lista del jefe de obra. ¿En qué orden entran los gremios, con fechas de inicio y fin, para entregar las llaves a tiempo? Si la fecha no se puede cumplir, dime qué actividad lo impide.`,
    });
    const messages: Msgs = [];
    if (i % 2 === 0) messages.push(sys(t(lang, { en: 'You are the site coordination assistant for a residential refurbishment contractor. Reply in the JSON format requested.', de: 'Du bist der Koordinationsassistent eines Sanierungsbetriebs für Wohnungen. Antworte im verlangten JSON-Format.', es: 'Eres el asistente de coordinación de obra de una empresa de reformas de viviendas. Responde en el formato JSON pedido.' })));
    messages.push(user(`${ask}\n\n${header}\n${lines(rows)}`));
    return {
      lang,
      messages,
      response_format: i % 2 === 0 ? jsonSchema('handover_sequence', {
        feasible: bool,
        sequence: list(obj({ id: str, start: str, end: str })),
        blocking_activity: str,
      }) : undefined,
    };
  },
};

const bufferScen = [
  {
    lang: 'en' as Lang,
    target: 'one litre of TBS-E (50 mM Tris-HCl pH 8.0, 150 mM NaCl, 1 mM EDTA), 0.22 µm filtered, on the bench by 14:00',
    inv: [
      'Shelf R2-A | Tris base | solid, MW 121.14 | {a} g | exp 2026-01', 'Shelf R2-B | 1 M Tris-HCl pH 8.0 | solution | {b} mL | EXPIRED 2024-02',
      'Shelf R2-C | 1 M Tris-HCl pH 7.4 | solution | 250 mL | exp 2025-11', 'Shelf R3-A | NaCl | solid, MW 58.44 | 500 g | exp 2027-06',
      'Shelf R3-B | 5 M NaCl | solution | {c} mL | exp 2025-08', 'Shelf R3-C | 0.5 M EDTA pH 8.0 | solution | {d} mL | exp 2025-03',
      'Shelf R3-D | Na2EDTA·2H2O | solid, MW 372.24 | 25 g | exp 2028-01', 'Acid cabinet | HCl 37 % | — | 400 mL | —',
      'Bench 2 | pH meter | calibrated yesterday | — | —', 'Bench 2 | bottle-top filters 0.22 µm, 1 L | — | {e} left | —', 'Cold room | Milli-Q carboy | — | 8 L | —',
    ],
    ask: 'I need {target}. Here is what the inventory system says we have. Give me the operations in order — what to take from where, how much, and when to adjust the pH — using only what is listed.',
  },
  {
    lang: 'fr' as Lang,
    target: '500 mL de PBS 1× + Tween-20 0,05 %, stérile, prêt pour le lavage des plaques à 16 h',
    inv: [
      'Étagère B1 | PBS 10× | solution | {b} mL | exp. 2025-06', 'Étagère B1 | PBS en comprimés (1 cp = 200 mL de 1×) | solide | {a} comprimés | exp. 2026-02',
      'Étagère B2 | Tween-20 | liquide pur | {c} mL | exp. 2025-12', 'Étagère B2 | Tween-20 10 % | solution | 4 mL | PÉRIMÉ 2024-01',
      'Étagère B3 | NaCl | solide, MM 58,44 | 1 kg | exp. 2027-01', 'Étagère B3 | KCl | solide, MM 74,55 | 250 g | exp. 2027-03',
      'Autoclave | cycle liquide 121 °C | 45 min + refroidissement | libre à partir de {d} h | —', 'Paillasse 4 | filtres 0,22 µm 500 mL | — | {e} restants | —',
      'Paillasse 4 | pH-mètre | étalonné ce matin | — | —', 'Chambre froide | eau ultrapure | — | 10 L | —',
    ],
    ask: 'Il me faut {target}. Voici l’inventaire du labo. Donne-moi la suite des opérations dans l’ordre (quoi prendre, où, quelle quantité, et quand stériliser), uniquement avec ce qui est listé.',
  },
  {
    lang: 'ja' as Lang,
    target: '溶解バッファー 250 mL（20 mM HEPES pH 7.5、300 mM KCl、10 % グリセロール、1 mM DTT。DTT は使用直前に添加）を明日 9 時の精製開始までに用意すること',
    inv: [
      '棚 C1 | 1 M HEPES pH 7.5 | 溶液 | {b} mL | 期限 2025-09', '棚 C1 | HEPES（フリー酸） | 固体、分子量 238.3 | {a} g | 期限 2027-02',
      '棚 C2 | 2 M KCl | 溶液 | {c} mL | 期限 2025-10', '棚 C2 | KCl | 固体、分子量 74.55 | 500 g | 期限 2028-01',
      '棚 C3 | グリセロール 100 % | 液体 | 300 mL | 期限 2026-05', '冷凍庫 -20 °C | 1 M DTT | 分注 100 µL × {d} 本 | — | 期限 2025-04',
      '冷凍庫 -20 °C | DTT 粉末 | 固体、分子量 154.25 | 5 g | 期限 2026-08', '薬品庫 | 10 M KOH | 溶液 | 50 mL | —',
      '実験台 3 | pH メーター | 昨日校正済み | — | —', '実験台 3 | 0.22 µm フィルター 250 mL | — | 残り {e} 個 | —',
    ],
    ask: '{target}。在庫システムに載っているものは以下のとおりです。リストにあるものだけを使って、何をどこからどれだけ取り、いつ pH を合わせ、いつ DTT を入れるか、作業を順番に書いてください。',
  },
  {
    lang: 'en' as Lang,
    target: 'two 1 % agarose gels (100 mL each, 15-well combs) cast and 2 L of 1× TAE running buffer ready by 10:00',
    inv: [
      'Shelf G1 | TAE 50× | solution | {b} mL | exp 2025-10', 'Shelf G1 | Tris base | solid, MW 121.14 | {a} g | exp 2026-07',
      'Shelf G1 | glacial acetic acid | liquid | 250 mL | —', 'Shelf G2 | 0.5 M EDTA pH 8.0 | solution | {c} mL | exp 2025-12',
      'Shelf G2 | agarose (standard) | powder | {d} g | exp 2027-01', 'Shelf G2 | SYBR Safe 10 000× | in DMSO | 200 µL | exp 2025-06',
      'Bench 1 | casting trays | 2 large, 1 small | — | one large tray cracked', 'Bench 1 | combs | 15-well ×1, 20-well ×2 | — | —',
      'Bench 1 | microwave | — | — | shared, booked 08:30–09:00', 'Sink | deionised water tap | — | — | —',
    ],
    ask: 'I need {target}. Inventory below. Give me the sequence of operations that gets there with what is actually on the shelves, and say what to do about anything that is short or broken.',
  },
];

const gbBuffer: Family = {
  id: 'wp-gb-bench-solution-from-stock',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A precisely specified end product must be reached from a listed inventory with expired, short or broken items, so the answer is an ordered sequence of operations that routes around them to the target by a deadline.',
  make: (rng, i) => {
    const sc = bufferScen[i % 4]!;
    const fill = (s: string): string => s
      .replace('{a}', String(rng.int(8, 90))).replace('{b}', String(rng.int(10, 60))).replace('{c}', String(rng.int(5, 80)))
      .replace('{d}', String(rng.int(1, 14))).replace('{e}', String(rng.int(0, 3)));
    const inv = rng.sample(sc.inv, sc.inv.length).map(fill);
    const text = sc.ask.replace('{target}', sc.target);
    const messages: Msgs = [];
    if (i % 2 === 1) messages.push(sys(t(sc.lang, { en: 'You are a lab bench assistant for a protein biochemistry group.', fr: 'Tu es l’assistant de paillasse d’une équipe de biochimie des protéines.', ja: 'あなたはタンパク質生化学グループの実験補助アシスタントです。' })));
    messages.push(user(`${text}\n\n${lines(inv)}`));
    return { lang: sc.lang, messages };
  },
};

const travelScen = [
  { lang: 'en' as Lang, orig: 'FRA', dest: 'OPO', city: 'Porto', hubs: ['LIS', 'MAD', 'CDG'], event: 'my sister’s wedding', dl: 15 * 60, transfer: 50, who: 'Daniel Brandt', co: 'Halvorsen Consulting', air: ['LH', 'TP', 'IB', 'AF', 'FR'], cur: '€', train: '' },
  { lang: 'pt' as Lang, orig: 'BSB', dest: 'POA', city: 'Porto Alegre', hubs: ['GRU', 'CGH', 'GIG'], event: 'a reunião de assinatura com o cliente', dl: 14 * 60, transfer: 40, who: 'Camila Rocha', co: 'Vértice Engenharia', air: ['LA', 'G3', 'AD'], cur: 'R$', train: '' },
  { lang: 'zh' as Lang, orig: 'PEK', dest: 'KMG', city: '昆明', hubs: ['CTU', 'XIY', 'CKG'], event: '签约仪式', dl: 13 * 60 + 30, transfer: 45, who: '王磊', co: '华拓科技', air: ['CA', 'MU', 'CZ', '3U'], cur: '¥', train: 'train G' },
  { lang: 'en' as Lang, orig: 'ORD', dest: 'BOS', city: 'Boston', hubs: ['JFK', 'DCA', 'PHL'], event: 'the board meeting', dl: 11 * 60, transfer: 35, who: 'Alicia Romero', co: 'Northgate Biotech', air: ['AA', 'UA', 'DL', 'B6'], cur: '$', train: 'Amtrak Acela ' },
  { lang: 'pt' as Lang, orig: 'OPO', dest: 'PDL', city: 'Ponta Delgada', hubs: ['LIS', 'FNC', 'TER'], event: 'o casamento do meu irmão', dl: 16 * 60, transfer: 30, who: 'Rui Teixeira', co: 'Atlântico Seguros', air: ['TP', 'S4', 'FR'], cur: '€', train: '' },
];

const gbRebook: Family = {
  id: 'wp-gb-stranded-traveller-rebook',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 5,
  rationale: 'The traveller must be at the destination before a hard deadline, so the agent searches the listed segments for a connecting chain that makes it and holds it; the mild preference for fewer connections adds a secondary weighing of options.',
  make: (rng, i) => {
    const sc = travelScen[i % 5]!;
    const lang = sc.lang;
    const segs: { id: string; mode: string; from: string; to: string; dep: number; arr: number; seats: number; price: number }[] = [];
    let n = 0;
    const add = (mode: string, from: string, to: string, dep: number, dur: number, seats: number): void => {
      n++;
      segs.push({ id: `SEG-${pad(n)}`, mode, from, to, dep, arr: dep + dur, seats, price: rng.int(60, 420) });
    };
    const code = (): string => `${rng.pick(sc.air)}${rng.int(100, 9999)}`;
    add(`flight ${code()}`, sc.orig, sc.dest, rng.int(7 * 60, 9 * 60), rng.int(110, 200), 0);
    add(`flight ${code()}`, sc.orig, sc.dest, sc.dl - rng.int(30, 90), rng.int(110, 200), rng.int(2, 9));
    sc.hubs.forEach((h, k) => {
      const d1 = rng.int(6 * 60, 8 * 60 + 30);
      const l1 = rng.int(60, 140);
      add(`flight ${code()}`, sc.orig, h, d1, l1, rng.int(1, 9));
      const gap = k === 0 ? rng.int(60, 110) : k === 1 ? rng.int(20, 40) : rng.int(60, 200);
      add(`flight ${code()}`, h, sc.dest, d1 + l1 + gap, rng.int(55, 120), k === 2 ? 0 : rng.int(1, 6));
      if (rng.chance(0.6)) add(`flight ${code()}`, h, sc.dest, d1 + l1 + gap + rng.int(120, 300), rng.int(55, 120), rng.int(1, 9));
    });
    if (sc.train) add(`${sc.train}${rng.int(100, 999)}`, sc.hubs[sc.train.startsWith('Amtrak') ? 0 : 0]!, sc.dest, rng.int(9 * 60, 11 * 60), rng.int(120, 240), rng.int(5, 40));
    const date = isoDay(rng.int(3, 10), rng.int(2, 27));
    const rows = segs.map((s) => `${s.id} | ${s.mode} | ${s.from} ${hm(s.dep)} → ${s.to} ${hm(s.arr)} | seats ${s.seats} | ${sc.cur}${sc.cur === '¥' || sc.cur === 'R$' ? s.price * (sc.cur === '¥' ? 7 : 5) : s.price}`);
    const system = t(lang, {
      en: `You are the travel desk agent for ${sc.co}. When a trip breaks, rebook so the traveller reaches the destination before their stated deadline, counting the stated transfer time from the airport or station. Minimum connection: 45 min for flights, 60 min between flight and train. Any itinerary that makes the deadline is acceptable; prefer fewer connections only if several work. Use search_segments, then hold_seats for every leg of the chosen itinerary in one call, then notify_traveller. All times are local.`,
      pt: `Você é o agente de viagens corporativas da ${sc.co}. Quando uma viagem dá problema, remarque para que o viajante chegue ao destino antes do prazo informado, contando o tempo de deslocamento do aeroporto ou da estação. Conexão mínima: 45 min entre voos, 60 min entre voo e trem. Qualquer itinerário que cumpra o prazo serve; prefira menos conexões só se houver vários possíveis. Use search_segments, depois hold_seats com todos os trechos do itinerário escolhido numa só chamada, e depois notify_traveller. Todos os horários são locais.`,
      zh: `你是${sc.co}的差旅服务专员。行程出问题时，请重新预订，使出行人在规定时间之前到达目的地（要算上从机场或车站过去的路上时间）。最短衔接时间：航班之间 45 分钟，航班与火车之间 60 分钟。只要能赶上时间的行程都可以；只有在多个都可行时才优先选中转少的。先用 search_segments，再用 hold_seats 一次性占座所选行程的全部航段，最后调用 notify_traveller。所有时间均为当地时间。`,
    });
    const ask = t(lang, {
      en: `${sc.who} here. My ${sc.orig}→${sc.dest} flight tomorrow morning was cancelled. I have to be at ${sc.event} in ${sc.city} by ${hm(sc.dl)}, and it's ${sc.transfer} minutes from the airport. Please sort it out.`,
      pt: `Aqui é ${sc.who}. Meu voo ${sc.orig}→${sc.dest} de amanhã de manhã foi cancelado. Preciso estar n${sc.event.startsWith('a ') ? 'a' : 'o'} ${sc.event.replace(/^(a|o) /, '')} em ${sc.city} até as ${hm(sc.dl)}, e são ${sc.transfer} minutos do aeroporto. Resolve isso pra mim, por favor.`,
      zh: `我是${sc.who}。我明天上午 ${sc.orig}→${sc.dest} 的航班被取消了。我必须在 ${hm(sc.dl)} 之前赶到${sc.city}的${sc.event}，从机场过去要 ${sc.transfer} 分钟。请帮我处理一下。`,
    });
    const messages: Msgs = [sys(system), user(ask)];
    exchange(rng, messages, 'search_segments', { from: sc.orig, to: sc.dest, date, via_any: true }, lines(rows));
    if (i % 2 === 1) {
      const hub = sc.hubs[1]!;
      const a = segs.find((s) => s.to === hub)!;
      const b = segs.find((s) => s.from === hub && s.to === sc.dest)!;
      exchange(rng, messages, 'hold_seats', { segment_ids: [a.id, b.id], passenger: sc.who }, { ok: false, error: `${b.id}: connection ${b.dep - a.arr} min below minimum connection time`, held: [] });
    }
    return {
      lang,
      messages,
      tools: [
        tool('search_segments', 'Search flights, trains and buses between two places on a date.', { from: str, to: str, date: str, via_any: bool }),
        tool('hold_seats', 'Hold seats on a list of segments for one passenger (all or nothing).', { segment_ids: list(str), passenger: str }),
        tool('notify_traveller', 'Send the new itinerary to the traveller.', { message: str }),
      ],
      tool_choice: 'auto',
    };
  },
};

const gbCherryPick: Family = {
  id: 'wp-gb-release-branch-backports',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The release branch has a required end condition (certain fixes in, one feature out), and the commit log with its dependencies must be turned into an ordered sequence of git operations that reaches it.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'en'], i);
    const hex = (): string => Array.from({ length: 7 }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');
    const feat = ['search', 'exports', 'sso', 'offline-sync'][i % 4]!;
    const rel = `release/${rng.int(3, 6)}.${rng.int(0, 9)}`;
    const iss = (): number => rng.int(4000, 9999);
    const authors = ['mkowalski', 'a.tanaka', 'jfischer', 'lpereira', 'sokafor', 'hnguyen'];
    const r1 = hex(); const f1 = hex(); const f2 = hex(); const f3 = hex(); const x1 = hex(); const x2 = hex(); const x3 = hex();
    const [i1, i2, i3] = [iss(), iss(), iss()];
    const commits: [string, string, string, string][] = [
      [x1, `feat(${feat}): first cut behind flag`, '—', `src/${feat}/index.ts, src/${feat}/engine.ts`],
      [r1, 'refactor(auth): extract TokenStore from SessionManager', '—', 'src/auth/session.ts, src/auth/token-store.ts'],
      [hex(), 'chore(deps): bump undici 6.6.2 → 6.7.0', '—', 'package.json, pnpm-lock.yaml'],
      [f1, `fix(auth): refresh token race on tab restore (#${i1})`, r1, 'src/auth/token-store.ts'],
      [x2, `feat(${feat}): settings UI`, x1, `src/${feat}/settings.tsx`],
      [f2, `fix(billing): rounding on prorated refunds (#${i2})`, '—', 'src/billing/proration.ts'],
      [hex(), 'docs: update self-hosting guide', '—', 'docs/self-hosting.md'],
      [f3, `fix(${feat}): crash on empty input (#${i3})`, x1, `src/${feat}/engine.ts`],
      [hex(), 'ci: cache playwright browsers', '—', '.github/workflows/e2e.yml'],
      [x3, `feat(${feat}): enable by default`, x2, `src/${feat}/flags.ts`],
      [hex(), 'test(billing): proration table cases', '—', 'src/billing/proration.test.ts'],
      [hex(), 'chore: release notes draft', '—', 'CHANGELOG.md'],
    ];
    const extra = rng.int(0, 3);
    const extras: [string, string][] = [['chore(i18n): sync pt-BR strings', 'locales/pt-BR.json'], ['perf(api): reuse pg pool in workers', 'src/api/db.ts'], ['style: prettier 3.3', '.prettierrc'], ['fix(ui): tooltip z-index on dialogs', 'src/ui/tooltip.tsx']];
    for (const [subj, file] of rng.sample(extras, extra)) commits.splice(rng.int(1, commits.length - 1), 0, [hex(), subj, '—', file]);
    const month = rng.int(4, 8);
    let day = rng.int(1, 6);
    const rows = commits.map(([h, s, dep, files]) => `${h} | ${isoDay(month, Math.min(28, (day += rng.int(0, 2))))} | ${rng.pick(authors)} | ${s} | ${dep} | ${files}`);
    const ask = t(lang, {
      en: `${rel} was cut before all of the commits below (main, oldest first). For the ${rel}.x patch it has to contain the fixes for #${i1}, #${i2} and #${i3}, and nothing of the ${feat} feature may ship in it. What git commands, in what order, get ${rel} there? Call out where a cherry-pick will not apply cleanly and what to do instead.`,
      de: `${rel} wurde vor allen unten stehenden Commits abgezweigt (main, älteste zuerst). Für den Patch ${rel}.x müssen die Fixes für #${i1}, #${i2} und #${i3} drin sein, und vom Feature ${feat} darf nichts mit ausgeliefert werden. Welche Git-Befehle in welcher Reihenfolge bringen ${rel} dahin? Sag, wo ein Cherry-Pick nicht sauber durchgeht und was man stattdessen macht.`,
      ja: `${rel} は下のコミットより前に main から切られています（古い順）。${rel}.x のパッチには #${i1}、#${i2}、#${i3} の修正が必ず入っていて、${feat} 機能のコードは一切含まれていてはいけません。${rel} をその状態にするには、どの git コマンドをどの順で実行すればよいですか。cherry-pick がきれいに当たらない箇所と、その場合の対処も書いてください。`,
    });
    return {
      lang,
      messages: [user(`${ask}\n\nhash | date | author | subject | depends on | files\n${lines(rows)}`)],
    };
  },
};

const dungeonRooms: Record<string, { en: string; es: string; ja: string }> = {
  gate: { en: 'Gatehouse', es: 'Cuerpo de guardia', ja: '門番小屋' },
  hall: { en: 'Great Hall', es: 'Gran salón', ja: '大広間' },
  kitchen: { en: 'Kitchen', es: 'Cocina', ja: '厨房' },
  crypt: { en: 'Crypt', es: 'Cripta', ja: '地下墓所' },
  library: { en: 'Library', es: 'Biblioteca', ja: '書庫' },
  tower: { en: 'Tower Stairs', es: 'Escalera de la torre', ja: '塔の階段' },
  vault: { en: 'Vault', es: 'Cámara acorazada', ja: '宝物庫' },
  armory: { en: 'Armory', es: 'Armería', ja: '武器庫' },
  well: { en: 'Well Room', es: 'Sala del pozo', ja: '井戸の間' },
  throne: { en: 'Throne Room', es: 'Salón del trono', ja: '玉座の間' },
};
const dungeonEdges: [string, string, string | null][] = [
  ['gate', 'hall', null], ['hall', 'kitchen', null], ['hall', 'library', null], ['hall', 'armory', null], ['hall', 'throne', 'portcullis'],
  ['kitchen', 'crypt', 'iron door'], ['library', 'tower', null], ['tower', 'vault', 'silver door'], ['armory', 'well', null],
];

const gbDungeon: Family = {
  id: 'wp-gb-keep-crown-run',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The agent is partway through a text world with a known room graph and locked doors and must pick the next action on a route that ends with the crown on the throne.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'ja', 'en'], i) as 'en' | 'es' | 'ja';
    const name = (r: string): string => dungeonRooms[r]![lang];
    const ironAt = rng.pick(['library', 'well', 'kitchen', 'tower']);
    const items: Record<string, string[]> = { armory: ['lever'], crypt: ['silver key'], vault: ['crown'], [ironAt]: ['iron key'] };
    if (rng.chance(0.5)) items.kitchen = [...(items.kitchen ?? []), 'rusty pan'];
    const initialItems = JSON.stringify(items);
    const itemName = (it: string): string => ({
      'iron key': { en: 'iron key', es: 'llave de hierro', ja: '鉄の鍵' }, 'silver key': { en: 'silver key', es: 'llave de plata', ja: '銀の鍵' },
      crown: { en: 'crown', es: 'corona', ja: '王冠' }, lever: { en: 'lever', es: 'palanca', ja: 'レバー' }, 'rusty pan': { en: 'rusty pan', es: 'sartén oxidada', ja: '錆びた鍋' },
    } as Record<string, Record<string, string>>)[it]![lang]!;
    const locks: Record<string, string> = { portcullis: 'lever', 'iron door': 'iron key', 'silver door': 'silver key' };
    const open = new Set<string>();
    const nbrs = (r: string): string[] => dungeonEdges.filter(([a, b]) => a === r || b === r).map(([a, b]) => (a === r ? b : a));
    const lockOf = (a: string, b: string): string | null => dungeonEdges.find(([x, y]) => (x === a && y === b) || (x === b && y === a))![2];
    const route = (from: string, to: string): string[] => {
      const prev = new Map<string, string>([[from, '']]);
      const q = [from];
      while (q.length) {
        const r = q.shift()!;
        for (const nb of nbrs(r)) {
          const l = lockOf(r, nb);
          if (prev.has(nb) || (l && !open.has(l))) continue;
          prev.set(nb, r); q.push(nb);
        }
      }
      const out: string[] = [];
      for (let r = to; r !== from; r = prev.get(r)!) out.unshift(r);
      return out;
    };
    const acts: [string, Record<string, unknown>, () => string][] = [];
    let here = 'gate';
    const inv: string[] = [];
    const describe = (r: string): string => {
      const ex = nbrs(r).map((nb) => { const l = lockOf(r, nb); return l && !open.has(l) ? `${name(nb)} (${t(lang, { en: 'locked', es: 'cerrada', ja: '施錠' })})` : name(nb); }).join(', ');
      const its = (items[r] ?? []).map(itemName).join(', ') || '—';
      return t(lang, { en: `You are in the ${name(r)}. Exits: ${ex}. You see: ${its}.`, es: `Estás en ${name(r)}. Salidas: ${ex}. Ves: ${its}.`, ja: `${name(r)}にいる。出口: ${ex}。見えるもの: ${its}。` });
    };
    const walk = (to: string): void => { for (const r of route(here, to)) { const dest = r; acts.push(['move', { room: name(dest) }, () => { here = dest; return describe(dest); }]); here = dest; } };
    const take = (it: string): void => { const room = here; acts.push(['take', { item: itemName(it) }, () => { items[room] = (items[room] ?? []).filter((x) => x !== it); inv.push(it); return t(lang, { en: `Taken: ${itemName(it)}.`, es: `Cogido: ${itemName(it)}.`, ja: `${itemName(it)}を手に入れた。` }); }]); };
    const use = (it: string, lock: string, msg: Record<'en' | 'es' | 'ja', string>): void => { acts.push(['use', { item: itemName(it), target: lock }, () => { open.add(lock); return msg[lang]; }]); open.add(lock); };
    if (i % 2 === 1) acts.push(['move', { room: name('throne') }, () => t(lang, { en: 'The portcullis is down. It will not budge.', es: 'El rastrillo está bajado. No se mueve.', ja: '落とし格子が下りている。びくともしない。' })]);
    walk(ironAt); take('iron key'); walk('kitchen');
    use('iron key', 'iron door', { en: 'The iron door swings open.', es: 'La puerta de hierro se abre.', ja: '鉄の扉が開いた。' });
    walk('crypt'); take('silver key'); walk('tower');
    use('silver key', 'silver door', { en: 'The silver door unlocks with a click.', es: 'La puerta de plata se abre con un clic.', ja: 'カチッと音がして銀の扉が開いた。' });
    walk('vault'); take('crown'); walk('armory');
    const cut = Math.min(acts.length - 1, [5, 8, 11, 14][i % 4]! + rng.int(0, 2));
    open.clear(); here = 'gate';
    for (const k of Object.keys(items)) delete items[k];
    Object.assign(items, JSON.parse(initialItems) as Record<string, string[]>);
    const mapRows = Object.keys(dungeonRooms).map((r) => `${name(r)}: ${nbrs(r).map((nb) => { const l = lockOf(r, nb); return l ? `${name(nb)} [${l}]` : name(nb); }).join(', ')}`);
    const system = t(lang, {
      en: `You are playing the text adventure "The Hollow Keep". Task: place the crown on the throne in the Throne Room. Known map (room: connections, [lock] where a door is locked):\n${lines(mapRows)}\nLocks: portcullis is raised with the lever, iron door needs the iron key, silver door needs the silver key. Item locations are unknown until you enter a room. Act with exactly one tool call per turn.`,
      es: `Estás jugando a la aventura de texto «La Fortaleza Hueca». Tarea: colocar la corona sobre el trono del ${name('throne')}. Mapa conocido (sala: conexiones, [cerradura] si la puerta está cerrada):\n${lines(mapRows)}\nCerraduras: el portcullis se sube con la palanca, la iron door necesita la llave de hierro, la silver door necesita la llave de plata. No sabes dónde están los objetos hasta entrar en cada sala. Haz exactamente una llamada a herramienta por turno.`,
      ja: `テキストアドベンチャー「虚ろの砦」をプレイしています。課題: 王冠を${name('throne')}の玉座に置くこと。既知の地図（部屋: つながり、施錠された扉は [lock]）:\n${lines(mapRows)}\n鍵: portcullis はレバーで上がる、iron door には鉄の鍵、silver door には銀の鍵が必要。アイテムの場所は部屋に入るまで分からない。1 ターンにつきツール呼び出しを 1 回だけ行うこと。`,
    });
    const messages: Msgs = [sys(system), user(describe('gate'))];
    void inv;
    for (let k = 0; k < cut; k++) {
      const [fn, args, run] = acts[k]!;
      exchange(rng, messages, fn, args, run());
    }
    return {
      lang,
      messages,
      tools: [
        tool('move', 'Walk to an adjacent room.', { room: str }),
        tool('take', 'Pick up an item in the current room.', { item: str }),
        tool('use', 'Use an item from the inventory on a door, lever or object.', { item: str, target: str }),
        tool('look', 'Describe the current room again.'),
      ],
      tool_choice: 'required',
    };
  },
};

// ───────────────────────────── utility_based ─────────────────────────────

const ubBattery: Family = {
  id: 'wp-ub-home-battery-day-ahead',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Hourly prices, solar output and load are weighed against battery capacity, power and end-of-day limits to choose a charge/discharge schedule with the lowest bill, an allocation under constraints.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'de'], i);
    const place = ['14 Harrow Lane, Norwich', 'Einfamilienhaus Weber, Freiburg', 'Casa Morales, Zaragoza', 'Reihenhaus Yilmaz, Kassel'][i % 4]!;
    const cap = [8, 10, 13.5, 9.6][i % 4]!;
    const pmax = [3.3, 5, 5, 4.6][i % 4]!;
    const soc0 = rng.int(10, 40);
    const endMin = rng.pick([30, 40, 50]);
    const pvPeak = rng.int(18, 62) / 10;
    const rows: string[] = [];
    for (let h = 0; h < 24; h++) {
      const base = h < 6 ? rng.int(17, 24) : h < 10 ? rng.int(28, 42) : h < 16 ? rng.int(4, 20) - (rng.chance(0.15) ? 10 : 0) : h < 22 ? rng.int(36, 55) : rng.int(21, 29);
      const price = base / 100;
      const exp = rng.int(5, 9) / 100;
      const pv = h < 7 || h > 19 ? 0 : Math.max(0, pvPeak * (1 - Math.abs(h - 13) / 6.5) + rng.int(-3, 3) / 10);
      const load = h < 6 ? rng.int(3, 6) / 10 : h >= 17 && h <= 21 ? rng.int(10, 24) / 10 : rng.int(4, 11) / 10;
      const f = (x: number, d: number): string => (lang === 'en' ? dec(x, d) : deDec(x, d));
      rows.push(`${pad(h)}:00 | ${f(price, 2)} | ${f(exp, 2)} | ${f(pv, 1)} | ${f(load, 1)}`);
    }
    const system = t(lang, {
      en: `You are the home energy manager for ${place}. Each evening you receive tomorrow's hourly import price, export price, forecast PV output and forecast household load, and you return a battery schedule for the day that keeps the household's net electricity cost as low as possible.
Battery: ${cap} kWh usable, max ${pmax} kW charge or discharge, round-trip efficiency 92 %, never below 10 % state of charge, must end the day at ${endMin} % or more (the heat pump runs early morning). Charging from the grid and from surplus PV are both allowed; export of battery energy to the grid is not allowed.`,
      de: `Du bist das Energiemanagement für ${place}. Jeden Abend bekommst du für morgen stündlich Bezugspreis, Einspeisevergütung, PV-Prognose und Lastprognose und gibst einen Batteriefahrplan für den Tag zurück, mit dem die Stromkosten des Haushalts so niedrig wie möglich bleiben.
Speicher: ${String(cap).replace('.', ',')} kWh nutzbar, max. ${String(pmax).replace('.', ',')} kW Laden oder Entladen, Wirkungsgrad 92 % (Hin und Zurück), nie unter 10 % Ladestand, am Tagesende mindestens ${endMin} % (die Wärmepumpe läuft frühmorgens). Laden aus dem Netz und aus PV-Überschuss ist erlaubt, Einspeisen aus dem Speicher nicht.`,
      es: `Eres el gestor energético de ${place}. Cada tarde recibes para mañana, hora a hora, el precio de compra, el precio de venta, la previsión de producción fotovoltaica y la previsión de consumo de la casa, y devuelves un programa de la batería para el día que deje el coste neto de electricidad lo más bajo posible.
Batería: ${cap} kWh útiles, máx. ${pmax} kW de carga o descarga, rendimiento de ida y vuelta 92 %, nunca por debajo del 10 % de carga y al final del día al menos al ${endMin} % (la bomba de calor funciona de madrugada). Se puede cargar desde la red y con excedente solar; no se puede verter a la red energía de la batería.`,
    });
    const head = t(lang, {
      en: `Tomorrow, battery at ${soc0} % now.\nhour | import €/kWh | export €/kWh | PV kWh | load kWh`,
      de: `Morgen, Speicher aktuell bei ${soc0} %.\nStunde | Bezug €/kWh | Einspeisung €/kWh | PV kWh | Last kWh`,
      es: `Mañana, batería ahora al ${soc0} %.\nhora | compra €/kWh | venta €/kWh | FV kWh | consumo kWh`,
    });
    return {
      lang,
      messages: [sys(system), user(`${head}\n${lines(rows)}`)],
      response_format: jsonSchema('battery_schedule', {
        hours: list(obj({ hour: int, action: oneOf('charge_grid', 'charge_pv', 'discharge', 'idle'), kwh: num })),
        expected_cost_eur: num,
      }),
    };
  },
};

const ubOverbook: Family = {
  id: 'wp-ub-oversold-night-upgrades',
  label: 'utility_based',
  difficulty: 'hard',
  secondary: 'goal_based',
  variants: 4,
  rationale: 'Every arrival must get a bed, but choosing who is upgraded and who is sent to the partner hotel means weighing costs, lost upsell, vouchers and guest value against each other, so the core of the request is picking the least costly allocation.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'pt', 'fr'], i);
    const hotel = ['Hôtel Saint-Roch, Paris 1er', 'The Mariner, Southampton', 'Hotel Ribeira, Lisboa', 'Grand Hôtel du Lac, Annecy'][i % 4]!;
    const partner = ['Ibis Paris Opéra', 'Premier Inn West Quay', 'Hotel Mundial', 'Hôtel Les Cygnes'][i % 4]!;
    const names = {
      fr: ['Mme Laurent', 'M. Okoye', 'M. et Mme Garnier', 'Mme Haddad', 'M. Schmitt', 'Mme Tran', 'M. Rossi', 'Mme Diallo', 'M. Lambert', 'Mme Kowalczyk', 'M. Fabre', 'Mme Sato'],
      en: ['Mr Hughes', 'Ms Adeyemi', 'Mr & Mrs Lowe', 'Dr Chen', 'Ms Farrell', 'Mr Dubois', 'Mrs Patel', 'Mr Svensson', 'Ms Ortega', 'Mr Byrne', 'Ms Kaur', 'Mr Novak'],
      pt: ['Sr. Antunes', 'Sra. Figueiredo', 'Sr. e Sra. Lopes', 'Dra. Matos', 'Sr. Kim', 'Sra. Vieira', 'Sr. Baptista', 'Sra. Duarte', 'Sr. Moreau', 'Sra. Nunes', 'Sr. Tavares', 'Sra. Reis'],
    }[lang as 'fr' | 'en' | 'pt'];
    const notes = {
      fr: ['anniversaire de mariage', 'arrivée 23 h 30', 'chambre PMR demandée', 'vient pour un congrès', 'client régulier, 14 séjours', '—', '—', 'avec bébé, lit parapluie', 'demande une chambre calme'],
      en: ['wedding anniversary', 'arriving 23:30', 'accessible room requested', 'here for a conference', 'regular, 14 stays', '—', '—', 'travelling with baby, cot', 'asked for a quiet room'],
      pt: ['aniversário de casamento', 'chegada às 23h30', 'quarto adaptado pedido', 'vem para um congresso', 'cliente habitual, 14 estadias', '—', '—', 'com bebé, berço', 'pediu quarto sossegado'],
    }[lang as 'fr' | 'en' | 'pt'];
    const n = rng.int(9, 12);
    const who = rng.sample(names, n);
    const rows = who.map((g) => {
      const type = rng.chance(0.75) ? 'STD' : 'DLX';
      const rate = type === 'STD' ? rng.int(129, 189) : rng.int(199, 259);
      return `${rng.int(40000, 89999)} | ${g} | ${type} | ${rng.int(1, 5)} | ${lang === 'en' ? '£' : '€'}${rate} | ${rng.pick(['—', '—', 'Silver', 'Gold', 'Platinum'])} | ${rng.pick(['direct', 'direct', 'OTA', 'GDS'])} | ${rng.pick(notes)}`;
    });
    const short = rng.int(3, 5);
    const dlxFree = rng.int(0, 1);
    const steFree = 1;
    const walk = rng.int(95, 160);
    const taxi = rng.int(18, 35);
    const voucher = rng.int(75, 150);
    const upsell = rng.int(120, 220);
    const ctx = t(lang, {
      fr: `Ce soir on est en surréservation de ${short} chambres STD. Libres : ${dlxFree} DLX, ${steFree} suite junior. ${partner} a de la place à ${walk} €/nuit ; si on déloge un client, on paie la première nuit + taxi ${taxi} €, et un membre Gold/Platinum délogé déclenche un bon de ${voucher} € et compte dans l'audit de la marque. Une suite donnée en surclassement, c'est environ ${upsell} € de vente en ligne de dernière minute qu'on perd (elle part environ une fois sur deux).
Arrivées restantes :
conf | client | type | nuits | tarif | fidélité | canal | remarque`,
      en: `We're oversold by ${short} STD rooms tonight. Free: ${dlxFree} DLX, ${steFree} junior suite. ${partner} has rooms at £${walk}/night; if we walk someone we pay night one plus a £${taxi} taxi, and walking a Gold/Platinum member triggers a £${voucher} voucher and counts against our brand audit. A suite given away as an upgrade is roughly £${upsell} of late online sales we lose (it sells about half the time).
Arrivals still due:
conf | guest | type | nights | rate | tier | channel | note`,
      pt: `Hoje estamos com overbooking de ${short} quartos STD. Livres: ${dlxFree} DLX, ${steFree} júnior suite. O ${partner} tem quartos a ${walk} €/noite; se recolocarmos alguém lá, pagamos a primeira noite e um táxi de ${taxi} €, e recolocar um membro Gold/Platinum gera um voucher de ${voucher} € e conta na auditoria da marca. Uma suite dada como upgrade são cerca de ${upsell} € de venda online de última hora que perdemos (vende-se mais ou menos metade das vezes).
Chegadas que faltam:
conf | hóspede | tipo | noites | tarifa | nível | canal | nota`,
    });
    const ask = t(lang, {
      fr: 'Qui on surclasse, qui on envoie chez le partenaire ? Je veux que ça nous coûte le moins possible, en argent comme en clients fâchés. Donne-moi la liste et le coût estimé.',
      en: 'Who do we move up and who goes to the partner hotel? I want this to cost us as little as possible, in money and in upset regulars. Give me the list and the estimated cost.',
      pt: 'Quem sobe de categoria e quem vai para o hotel parceiro? Quero que isto nos custe o mínimo possível, em dinheiro e em clientes chateados. Dá-me a lista e o custo estimado.',
    });
    const messages: Msgs = [];
    if (i >= 2) messages.push(sys(t(lang, { fr: `Assistant du responsable de l'hébergement, ${hotel}.`, en: `Assistant to the front office manager, ${hotel}.`, pt: `Assistente do diretor de alojamento, ${hotel}.` })));
    messages.push(user(`${ctx}\n${lines(rows)}\n\n${ask}`));
    return { lang, messages };
  },
};

const ubRender: Family = {
  id: 'wp-ub-render-queue-overnight',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Render jobs with sizes, due times and late fees must be spread over a limited local farm and priced cloud pools within a budget, so the request is an allocation that weighs cost against lateness.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'zh', 'en'], i);
    const studio = ['Lanternfish Animation', 'スタジオ木霊', '青木动画工作室', 'Northlight VFX'][i % 4]!;
    const nodes = rng.int(24, 60);
    const hours = rng.int(8, 11);
    const spot = rng.int(70, 110) / 100;
    const od = rng.int(220, 290) / 100;
    const budget = rng.int(6, 20) * 100;
    const n = rng.int(8, 12);
    const shows = ['KITE', 'MOSS', 'BRN', 'ORCA', 'TIDE'];
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const frames = rng.int(48, 480);
      const nh = Math.round((frames * rng.int(4, 30)) / 60);
      rows.push(`J${pad(k + 1)} | ${rng.pick(shows)}_sq${rng.int(10, 90)}_sh${pad(rng.int(1, 60), 3)} | ${frames} | ${nh} | ${rng.pick([8, 10, 12, 18, 24, 36, 48])} | ${rng.pick([0, 0, 150, 300, 500, 1200])} | ${rng.pick(['A', 'B', 'B', 'C'])}`);
    }
    const system = t(lang, {
      en: `You schedule the overnight render queue at ${studio}. Pools: local farm ${nodes} nodes for ${hours} h (no cost); cloud spot at $${dec(spot, 2)}/node-hour, about 15 % of spot work gets pre-empted and has to be redone; cloud on-demand at $${dec(od, 2)}/node-hour. Tonight's cloud budget is $${budget}. A job can be split across pools by frame range. Late fee is charged per hour past the due time. Client tier A work must never be late.`,
      ja: `あなたは ${studio} の夜間レンダーキューの割り振り担当です。リソース: 社内ファーム ${nodes} ノード × ${hours} 時間（無料）、クラウドのスポット $${dec(spot, 2)}/ノード時（約 15 % が中断されてやり直し）、クラウドのオンデマンド $${dec(od, 2)}/ノード時。今夜のクラウド予算は $${budget} です。ジョブはフレーム範囲で複数のリソースに分割できます。遅延料は納期を過ぎた 1 時間ごとにかかります。クライアント区分 A の仕事は絶対に遅らせてはいけません。`,
      zh: `你负责 ${studio} 的夜间渲染队列调度。资源：本地渲染农场 ${nodes} 个节点 × ${hours} 小时（免费）；云端竞价实例 $${dec(spot, 2)}/节点小时，约 15% 的竞价任务会被中断需要重算；云端按需实例 $${dec(od, 2)}/节点小时。今晚的云端预算是 $${budget}。任务可以按帧范围拆分到不同资源上。超过截止时间后每小时收取延期费。A 类客户的任务绝不能延期。`,
    });
    const ask = t(lang, {
      en: `Tonight's queue:\njob | shot | frames | est node-h | due in h | late fee $/h | client tier\n${lines(rows)}\n\nDecide where each job runs (or which to push to tomorrow) so we keep late fees and the cloud bill down, then submit it.`,
      ja: `今夜のキュー:\njob | shot | frames | 推定ノード時 | 納期まで(h) | 遅延料 $/h | 区分\n${lines(rows)}\n\n遅延料とクラウド費用をできるだけ抑えるように、各ジョブをどこで回すか（明日に回すものも含めて）決めて、submit_queue で登録してください。`,
      zh: `今晚的队列：\njob | shot | 帧数 | 预计节点小时 | 距截止(h) | 延期费 $/h | 客户等级\n${lines(rows)}\n\n请决定每个任务在哪里跑（或者推到明天），尽量压低延期费和云端账单，然后用 submit_queue 提交。`,
    });
    return {
      lang,
      messages: [sys(system), user(ask)],
      tools: [tool('submit_queue', 'Submit tonight’s render assignments.', {
        assignments: list(obj({ job: str, pool: oneOf('farm', 'spot', 'on_demand', 'tomorrow'), frames: str })),
        expected_cloud_cost: num,
      })],
      tool_choice: 'auto',
    };
  },
};

const ubBeamtime: Family = {
  id: 'wp-ub-instrument-week-allocation',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Competing instrument requests with scores, sample lifetimes and partial-grant minimums must share a fixed number of hours under per-group caps, an allocation that weighs scientific value against waste.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'fr', 'en'], i);
    const inst = ['Krios G4 Cryo-EM, Raum 0.14', 'Bruker 800 MHz NMR', 'Orbitrap Exploris 480, plateforme protéomique', 'Titan Krios, bay 2'][i % 4]!;
    const total = rng.pick([72, 84, 96, 110]);
    const cap = rng.pick([24, 30, 36]);
    const groups = rng.sample(['Hartmann', 'Okonkwo', 'Lindqvist', 'Moreau', 'Tanaka', 'Rossi', 'Adeyemi', 'Novak', 'Ibarra', 'Chen'], 6);
    const n = rng.int(8, 12);
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const req = rng.pick([8, 12, 16, 24, 36, 48]);
      const min = Math.max(4, Math.round(req * rng.int(3, 10) / 10));
      const score = lang === 'en' ? dec(rng.int(20, 50) / 10) : deDec(rng.int(20, 50) / 10);
      rows.push(`P-${rng.int(2401, 2499)} | ${rng.pick(groups)} | ${req} | ${min} | ${score} | ${rng.pick(['2', '4', '7', '14', '>30'])} | ${rng.pick(['—', '—', 'ERC deadline', 'PhD defence', 'industry contract', 'resubmission'])}`);
    }
    const ask = t(lang, {
      de: `Für die kommende Woche sind am ${inst} ${total} Stunden frei. Pro Gruppe höchstens ${cap} Stunden. Eine Anfrage unter ihrem Minimum zu bedienen ist verschwendete Zeit. Proben mit kurzer Haltbarkeit, die nicht drankommen, sind verloren. Wie verteilen wir die Stunden, damit möglichst viel gute Wissenschaft herauskommt?\n\nAntrag | Gruppe | Std. beantragt | Minimum | Gutachternote (5 = top) | Probe haltbar (Tage) | Anmerkung`,
      en: `Next week there are ${total} hours free on the ${inst}. At most ${cap} hours per group. Granting a request less than its minimum wastes the time. Short-lived samples that don't get a slot are lost. How do we split the hours so we get the most good science out of the week?\n\nproposal | group | h requested | minimum | panel score (5 = top) | sample lifetime (days) | note`,
      fr: `La semaine prochaine, ${total} heures sont libres sur l'${inst}. Au plus ${cap} heures par équipe. Accorder moins que le minimum d'une demande revient à gaspiller le temps. Les échantillons à courte durée de vie qui ne passent pas sont perdus. Comment répartir les heures pour tirer le plus de bonne science de la semaine ?\n\nprojet | équipe | h demandées | minimum | note du comité (5 = top) | durée de vie échantillon (jours) | remarque`,
    });
    return {
      lang,
      messages: [user(`${ask}\n${lines(rows)}`)],
      response_format: jsonSchema('allocation', { grants: list(obj({ proposal: str, hours: int })), unused_hours: int, rationale: str }),
    };
  },
};

const ubCapex: Family = {
  id: 'wp-ub-rental-repairs-budget',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A fixed repair budget must be spread over listed units whose projects differ in cost, rent gain, vacancy risk and a regulatory deadline, so the answer is a selection that gets the most return under the budget.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'es'], i);
    const n = rng.int(8, 12);
    const proj = {
      es: ['cambiar ventanas (clase G→D)', 'reformar baño', 'caldera de condensación', 'cocina nueva', 'impermeabilizar terraza', 'aerotermia', 'pintura y suelos', 'instalación eléctrica al día', 'aislamiento fachada (G→E)'],
      en: ['replace windows (EPC G→D)', 'bathroom refit', 'condensing boiler', 'new kitchen', 'flat roof membrane', 'air-source heat pump', 'paint and flooring', 'rewire to current code', 'external wall insulation (G→E)'],
      pt: ['trocar janelas (classe G→D)', 'remodelar casa de banho', 'caldeira de condensação', 'cozinha nova', 'impermeabilizar terraço', 'bomba de calor', 'pintura e pavimento', 'instalação elétrica atualizada', 'isolamento de fachada (G→E)'],
    }[lang as 'es' | 'en' | 'pt'];
    const rows: string[] = [];
    const units = rng.sample(['A', 'B', 'C'].flatMap((b) => [1, 2, 3, 4, 5].flatMap((f) => [1, 2, 3, 4].map((d) => `${b}-${f}${pad(d)}`))), n);
    for (const u of units) {
      const job = rng.pick(proj);
      const cert = job.includes('G→') ? 'G' : rng.pick(['G', 'F', 'E', 'D', 'C']);
      rows.push(`${u} | ${rng.int(650, 1450)} | ${job} | ${rng.int(3, 28) * 1000} | +${rng.int(0, 18) * 10} | ${rng.pick(['5 %', '10 %', '20 %', '35 %', '60 %'])} | ${cert}`);
    }
    const budget = rng.int(40, 90) * 1000;
    const ask = t(lang, {
      es: `Tengo ${budget.toLocaleString('es-ES')} € para obras este año en mi cartera de pisos de alquiler. Desde 2027 no se podrán renovar contratos en pisos con certificado G. Cada fila es un piso con la obra que necesita; el riesgo de vacío es la probabilidad de que el inquilino se vaya en 12 meses si no se hace nada. ¿Qué obras hago este año y cuáles dejo para más adelante, para sacar el mayor rendimiento del dinero?\n\npiso | renta €/mes | obra | coste € | subida renta €/mes | riesgo de vacío | certificado`,
      en: `I have £${budget.toLocaleString('en-GB')} for works this year across my rental flats. From 2027 tenancies can't be renewed on EPC-G flats. Each row is a flat and the job it needs; vacancy risk is the chance the tenant leaves within 12 months if nothing is done. Which jobs do I do this year and which wait, so the money earns the most?\n\nflat | rent £/mo | job | cost £ | rent uplift £/mo | vacancy risk | EPC`,
      pt: `Tenho ${budget.toLocaleString('pt-PT')} € para obras este ano nos meus apartamentos arrendados. A partir de 2027 não se podem renovar contratos em casas com certificado G. Cada linha é um apartamento e a obra de que precisa; o risco de vazio é a probabilidade de o inquilino sair em 12 meses se nada for feito. Que obras faço este ano e quais ficam para depois, para o dinheiro render o máximo?\n\nfração | renda €/mês | obra | custo € | aumento renda €/mês | risco de vazio | certificado`,
    });
    return { lang, messages: [user(`${ask}\n${lines(rows)}`)] };
  },
};

// ───────────────────────────── learning ─────────────────────────────

type Loc3 = { en: string; fr: string; pt: string };
const waiverReasons: Record<string, Loc3> = {
  flight: { en: 'flight cancelled, sent airline notice', fr: 'vol annulé, a envoyé le justificatif de la compagnie', pt: 'voo cancelado, enviou comprovativo da companhia' },
  family: { en: 'family emergency, no document', fr: 'urgence familiale, sans justificatif', pt: 'emergência familiar, sem documento' },
  forgot: { en: 'forgot about the booking', fr: 'avait oublié la réservation', pt: 'esqueceu-se da reserva' },
  wrongdate: { en: 'booked the wrong date by mistake', fr: 's’est trompé de date en réservant', pt: 'reservou a data errada por engano' },
  ill: { en: 'ill, doctor’s note sent', fr: 'malade, certificat médical envoyé', pt: 'doente, enviou atestado médico' },
  ota: { en: 'duplicate booking via OTA', fr: 'double réservation via une OTA', pt: 'reserva duplicada via OTA' },
  storm: { en: 'road closed by snow, police notice', fr: 'route fermée pour neige, avis de la préfecture', pt: 'estrada cortada pela neve, aviso da proteção civil' },
  none: { en: 'no reason given', fr: 'aucune raison donnée', pt: 'nenhuma razão dada' },
};
const waiverOutcomes: Record<string, Loc3> = {
  cbLost: { en: 'charged → chargeback filed, bank sided with guest, lost the night + €25 fee', fr: 'débité → contestation bancaire, la banque a donné raison au client, nuit perdue + 25 € de frais', pt: 'cobrado → contestação no banco, o banco deu razão ao hóspede, perdemos a noite + 25 € de taxa' },
  paidOk: { en: 'charged → paid, no complaint', fr: 'débité → payé, aucune réclamation', pt: 'cobrado → pago, sem reclamação' },
  review1: { en: 'charged → 1-star review about the fee on two sites', fr: 'débité → avis 1 étoile sur deux sites à propos des frais', pt: 'cobrado → avaliação de 1 estrela em dois sites por causa da taxa' },
  hq: { en: 'charged → complained to head office, refunded by HQ anyway', fr: 'débité → plainte au siège, remboursé par le siège quand même', pt: 'cobrado → queixa à sede, reembolsado pela sede na mesma' },
  rebooked: { en: 'waived → rebooked within 2 months, 3 nights', fr: 'annulé sans frais → a rebooké sous 2 mois, 3 nuits', pt: 'isento → voltou a reservar em 2 meses, 3 noites' },
  silent: { en: 'waived → no further contact', fr: 'annulé sans frais → plus de nouvelles', pt: 'isento → sem mais contacto' },
  regular: { en: 'waived → 4 stays since', fr: 'annulé sans frais → 4 séjours depuis', pt: 'isento → 4 estadias desde então' },
  otaPaid: { en: 'waived, claimed from OTA → OTA reimbursed us', fr: 'annulé sans frais, réclamé à l’OTA → l’OTA nous a remboursés', pt: 'isento, reclamado à OTA → a OTA reembolsou-nos' },
};
const waiverPairs: [string, string][] = [
  ['flight', 'cbLost'], ['flight', 'rebooked'], ['family', 'review1'], ['family', 'regular'], ['forgot', 'paidOk'], ['forgot', 'paidOk'],
  ['wrongdate', 'paidOk'], ['wrongdate', 'hq'], ['ill', 'cbLost'], ['ill', 'rebooked'], ['ota', 'otaPaid'], ['storm', 'hq'], ['storm', 'rebooked'], ['none', 'paidOk'],
];

const leWaiver: Family = {
  id: 'wp-le-noshow-waiver-precedents',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The decision on a new no-show is meant to follow from how earlier charge-or-waive decisions turned out (chargebacks, rebookings, complaints), generalising those outcomes to a new case, though it ends in a single charge/waive verdict.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'pt', 'en'], i) as 'en' | 'fr' | 'pt';
    const hotel = ['The Brambles Country House', 'Hôtel des Remparts, Carcassonne', 'Quinta do Vale, Douro', 'Seacliff Lodge, Cornwall'][i % 4]!;
    const cases = rng.sample(waiverPairs, rng.int(8, 12));
    const guests = ['K. Moreno', 'L. Baptiste', 'A. Lindgren', 'P. Oyelaran', 'S. Ferraz', 'J. Whitaker', 'M. Kobayashi', 'C. Dufresne', 'R. Almeida', 'T. Brennan', 'N. Haas', 'E. Vidal'];
    const rows = cases.map(([r, o], k) => `${isoDay(k + 1, rng.int(1, 28))} | ${guests[k % guests.length]} | ${rng.int(1, 4)} | ${waiverReasons[r]![lang]} | ${waiverOutcomes[o]![lang]}`);
    const newReason = rng.pick(['flight', 'ill', 'family', 'storm', 'wrongdate']);
    const amount = rng.int(140, 420);
    const mail = {
      flight: { en: `Hello, my connecting flight from Dublin was cancelled on the day and I only got home at 2am. I have the airline's email. Please don't charge the €${amount}, I'd like to come another time.`, fr: `Bonjour, mon vol de correspondance depuis Dublin a été annulé le jour même et je ne suis rentré qu'à 2 h du matin. J'ai le mail de la compagnie. Merci de ne pas débiter les ${amount} €, j'aimerais venir une autre fois.`, pt: `Olá, o meu voo de ligação de Dublin foi cancelado no próprio dia e só cheguei a casa às 2h. Tenho o e-mail da companhia. Por favor não cobrem os ${amount} €, gostava de ir noutra altura.` },
      ill: { en: `Dear team, I came down with a high fever the night before and could not travel; I have a note from my GP. I'm asking you to waive the €${amount} no-show charge.`, fr: `Madame, Monsieur, j'ai eu une forte fièvre la veille et je n'ai pas pu voyager ; j'ai un certificat de mon médecin. Je vous demande d'annuler les frais de non-présentation de ${amount} €.`, pt: `Caros, tive febre alta na véspera e não consegui viajar; tenho um atestado do meu médico de família. Peço que anulem a taxa de no-show de ${amount} €.` },
      family: { en: `Hi, my father was taken to hospital that afternoon and we just left. I know it was last minute. Is there anything you can do about the €${amount}?`, fr: `Bonjour, mon père a été hospitalisé l'après-midi même et nous sommes partis tout de suite. Je sais que c'était à la dernière minute. Pouvez-vous faire quelque chose pour les ${amount} € ?`, pt: `Olá, o meu pai foi levado para o hospital nessa tarde e saímos logo. Sei que foi em cima da hora. Podem fazer alguma coisa quanto aos ${amount} €?` },
      storm: { en: `The A30 was closed by the police because of the snow, we turned back after two hours. Surely you won't charge €${amount} for that?`, fr: `L'autoroute était fermée par la préfecture à cause de la neige, nous avons fait demi-tour après deux heures. Vous n'allez quand même pas facturer ${amount} € pour ça ?`, pt: `A estrada foi cortada pela proteção civil por causa da neve, voltámos para trás ao fim de duas horas. Não vão cobrar ${amount} € por isso, pois não?` },
      wrongdate: { en: `I realise I booked the 14th instead of the 21st. My mistake, but could you move it rather than charge the €${amount}?`, fr: `Je me rends compte que j'ai réservé le 14 au lieu du 21. C'est mon erreur, mais pourriez-vous déplacer la réservation plutôt que de débiter les ${amount} € ?`, pt: `Reparei que reservei o dia 14 em vez do 21. O erro foi meu, mas podiam mudar a data em vez de cobrar os ${amount} €?` },
    }[newReason]![lang];
    const system = t(lang, {
      en: `You handle no-show disputes for ${hotel}. There is no fixed policy beyond the booking terms (first night chargeable). Base the call on how similar cases at this property went. Answer with CHARGE or WAIVE, one sentence on why, then a short reply to the guest.`,
      fr: `Vous traitez les litiges de non-présentation pour l'${hotel}. Il n'y a pas de politique fixe au-delà des conditions de réservation (première nuit due). Décidez d'après la façon dont les cas semblables se sont terminés dans cet établissement. Répondez CHARGE ou WAIVE, une phrase d'explication, puis une courte réponse au client.`,
      pt: `Trata das reclamações de no-show da ${hotel}. Não há política fixa além das condições da reserva (primeira noite cobrável). Decida com base em como correram os casos parecidos nesta casa. Responda CHARGE ou WAIVE, uma frase a explicar, e depois uma resposta curta ao hóspede.`,
    });
    const head = t(lang, {
      en: 'How the last disputes went here:\ndate | guest | nights | reason given | what we did → what happened',
      fr: 'Comment se sont terminés les derniers litiges ici :\ndate | client | nuits | raison donnée | ce qu’on a fait → suite',
      pt: 'Como correram as últimas reclamações cá:\ndata | hóspede | noites | razão dada | o que fizemos → o que aconteceu',
    });
    const newHead = t(lang, { en: 'New email:', fr: 'Nouveau mail :', pt: 'Novo e-mail:' });
    return { lang, messages: [sys(system), user(`${head}\n${lines(rows)}\n\n${newHead}\n"${mail}"`)], max_tokens: 300 };
  },
};

const leMeter: Family = {
  id: 'wp-le-meter-flag-overrides',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The standard checks are known, but the task is to carry the analysts’ earlier overrides (heat pumps, holiday homes, transposed digits) over to a new batch of reads, so the decision rests on generalising from corrected cases rather than applying the checks blindly.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en'], i);
    const pre = ['NV', 'SWM', 'ECB', 'HG'][i % 4]!;
    const id = (): string => `${pre}-${rng.int(100000, 999999)}`;
    const L = (en: string, de: string, es: string): string => t(lang, { en, de, es });
    const pats = [
      { flag: 'HIGH', dec: L('released', 'freigegeben', 'liberada'), note: L('heat pump installed in Feb; winter use 3–4× the old baseline is normal for this meter', 'Wärmepumpe seit Februar; im Winter 3–4-facher Altverbrauch ist bei diesem Zähler normal', 'bomba de calor desde febrero; en invierno 3–4 veces el consumo anterior es normal en este contador') },
      { flag: 'ZERO', dec: L('released', 'freigegeben', 'liberada'), note: L('holiday flat, empty Nov–Mar every year', 'Ferienwohnung, jedes Jahr Nov–März leer', 'piso de vacaciones, vacío de noviembre a marzo todos los años') },
      { flag: 'NEGATIVE', dec: L('corrected', 'korrigiert', 'corregida'), note: L('customer swapped the last two digits again; billed on estimate', 'Kunde hat wieder die letzten zwei Ziffern vertauscht; Abrechnung nach Schätzung', 'el cliente volvió a invertir las dos últimas cifras; se factura por estimación') },
      { flag: 'CUSTOMER_VERIFY', dec: L('released', 'freigegeben', 'liberada'), note: L('EV charger since April, high self-reads confirmed twice by site visit', 'Wallbox seit April, hohe Selbstablesungen zweimal vor Ort bestätigt', 'cargador de coche eléctrico desde abril, lecturas altas confirmadas dos veces in situ') },
      { flag: 'STALE', dec: L('kept', 'bestätigt', 'mantenida'), note: L('no access (dog), card left, customer never replies', 'kein Zugang (Hund), Karte hinterlassen, Kunde meldet sich nie', 'sin acceso (perro), se dejó aviso, el cliente nunca responde') },
      { flag: 'HIGH', dec: L('kept', 'bestätigt', 'mantenida'), note: L('leak found under the slab after site visit', 'Leck unter der Bodenplatte nach Vor-Ort-Termin gefunden', 'fuga bajo la solera encontrada en la visita') },
      { flag: 'ZERO', dec: L('kept', 'bestätigt', 'mantenida'), note: L('meter stuck, replaced', 'Zähler blockiert, getauscht', 'contador bloqueado, sustituido') },
      { flag: 'HIGH', dec: L('released', 'freigegeben', 'liberada'), note: L('bakery on a residential tariff, tariff change requested', 'Bäckerei im Haushaltstarif, Tarifwechsel beantragt', 'panadería con tarifa residencial, cambio de tarifa solicitado') },
      { flag: 'NEGATIVE', dec: L('corrected', 'korrigiert', 'corregida'), note: L('meter exchanged mid-period, old meter final read missing', 'Zählerwechsel in der Periode, Schlussstand des alten Zählers fehlte', 'cambio de contador a mitad de periodo, faltaba la lectura final del antiguo') },
      { flag: 'CUSTOMER_VERIFY', dec: L('kept', 'bestätigt', 'mantenida'), note: L('photo showed a different meter number', 'Foto zeigte eine andere Zählernummer', 'la foto mostraba otro número de contador') },
    ];
    const chosen = rng.sample(pats, rng.int(8, 10));
    const meters = chosen.map(() => id());
    const rows = chosen.map((p, k) => `${meters[k]} | ${p.flag} | ${p.dec} | ${p.note}`);
    const batch: string[] = [];
    const reuse = rng.sample(chosen.map((_, k) => k), rng.int(3, 4));
    for (const k of reuse) {
      const p = chosen[k]!;
      const prev = rng.int(10000, 80000);
      const days = p.flag === 'STALE' ? rng.int(50, 80) : rng.int(28, 34);
      const use = p.flag === 'ZERO' ? 0 : p.flag === 'NEGATIVE' ? -rng.int(20, 90) : p.flag === 'HIGH' ? rng.int(2800, 4200) : rng.int(2500, 3600);
      batch.push(`${meters[k]} | RES | ${pad(prev, 5)} | ${pad(prev + use, 5)} | ${days} | ${p.flag === 'CUSTOMER_VERIFY' || p.flag === 'NEGATIVE' ? 'C' : 'A'} | Y`);
    }
    for (let k = 0; k < rng.int(3, 5); k++) {
      const prev = rng.int(10000, 80000);
      batch.push(`${id()} | ${rng.pick(['RES', 'RES', 'SME'])} | ${pad(prev, 5)} | ${pad(prev + rng.pick([0, rng.int(200, 900), rng.int(3000, 5000)]), 5)} | ${rng.int(28, 60)} | ${rng.pick(['A', 'E', 'C'])} | ${rng.pick(['Y', 'N'])}`);
    }
    const shuffled = rng.sample(batch, batch.length);
    const ask = t(lang, {
      en: `Our validation flags a lot of reads that the billing analysts then release. These are their last decisions on flagged reads:\nmeter | flag | decision | analyst note\n${lines(rows)}\n\nNew reads (meter | class | previous | current | days | source | occupied):\n${lines(shuffled)}\n\nWhich of the new reads should go to an analyst and which can bill straight away? Go by what the analysts have been doing, not only by the thresholds.`,
      de: `Unsere Plausibilisierung markiert viele Ablesungen, die die Abrechnung danach doch freigibt. Das sind ihre letzten Entscheidungen zu markierten Ablesungen:\nZähler | Markierung | Entscheidung | Notiz\n${lines(rows)}\n\nNeue Ablesungen (Zähler | Klasse | Vorstand | Neustand | Tage | Quelle | bewohnt):\n${lines(shuffled)}\n\nWelche der neuen Ablesungen sollen zur Sachbearbeitung und welche können direkt abgerechnet werden? Richte dich danach, wie die Sachbearbeiter zuletzt entschieden haben, nicht nur nach den Schwellen.`,
      es: `Nuestra validación marca muchas lecturas que luego los analistas de facturación liberan. Estas son sus últimas decisiones sobre lecturas marcadas:\ncontador | marca | decisión | nota del analista\n${lines(rows)}\n\nLecturas nuevas (contador | clase | anterior | actual | días | origen | ocupado):\n${lines(shuffled)}\n\n¿Cuáles de las nuevas deben ir a un analista y cuáles se pueden facturar ya? Guíate por lo que han venido haciendo los analistas, no solo por los umbrales.`,
    });
    return {
      lang,
      messages: [user(ask)],
      response_format: i % 2 === 0 ? jsonSchema('routing', { reads: list(obj({ meter: str, route: oneOf('analyst', 'bill'), why: str })) }) : undefined,
    };
  },
};

const leCrystal: Family = {
  id: 'wp-le-crystal-screen-next-drops',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Scored results of earlier crystallisation drops are the evidence; the agent must infer which conditions trend towards crystals and carry that to a new construct’s next drops.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'de', 'en'], i);
    const protein = ['KRAS-G12D (res 1–169)', 'PETase variant FAST-3', 'Nanobody Nb17 : IL-23 complex', 'GH11 xylanase XynB'][i % 4]!;
    const mut = ['K147A/E149A surface-entropy mutant', 'Δ1–12 N-terminal truncation', 'Nb17-S52C (disulfide-stabilised)', 'N35D active-site mutant'][i % 4]!;
    const n = rng.int(10, 16);
    const salts = ['0.2 M NaCl', '0.2 M MgCl2', '0.1 M NH4 acetate', '0.2 M Li2SO4', '—'];
    const obsWords = {
      en: ['clear', 'light precipitate', 'heavy precipitate', 'phase separation', 'microcrystals', 'needles', 'plates', 'rods, 50 µm'],
      ja: ['透明', '薄い沈殿', '重い沈殿', '相分離', '微結晶', '針状結晶', '板状結晶', '棒状結晶 50 µm'],
      de: ['klar', 'leichter Niederschlag', 'starker Niederschlag', 'Phasentrennung', 'Mikrokristalle', 'Nadeln', 'Plättchen', 'Stäbchen, 50 µm'],
    }[lang as 'en' | 'ja' | 'de'];
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const ph = rng.int(55, 85) / 10;
      const peg = rng.pick([10, 12, 15, 18, 20, 22, 25, 28, 30]);
      const sweet = Math.abs(ph - 7.0) < 0.8 && peg >= 18 && peg <= 25;
      const score = sweet ? rng.int(4, 8) : peg > 25 ? rng.int(1, 3) : rng.int(0, 3);
      const obs = obsWords[Math.min(7, score === 0 ? 0 : score <= 2 ? rng.int(1, 3) : score <= 4 ? 4 : rng.int(5, 7))]!;
      rows.push(`D${pad(k + 1)} | ${dec(ph)} | ${peg} | ${rng.pick(salts)} | ${rng.pick([4, 20])} | ${rng.pick(['—', '—', '3 % glycerol', '5 mM DTT', '2 % MPD'])} | ${score} | ${obs}`);
    }
    const ask = t(lang, {
      en: `Results so far for ${protein} at ${rng.int(6, 15)} mg/mL, sitting drops, PEG 3350 with 0.1 M buffer at the listed pH:\ndrop | pH | PEG % | salt | °C | additive | score (0 clear – 9 large single crystals) | observation\n${lines(rows)}\n\nWe now have the ${mut}. I can set four drops today. Which four conditions would you set, given what these results show?`,
      ja: `${protein}（${rng.int(6, 15)} mg/mL、シッティングドロップ、PEG 3350 ＋ 記載 pH の 0.1 M バッファー）のこれまでの結果です:\ndrop | pH | PEG % | 塩 | °C | 添加剤 | スコア（0 透明 – 9 大きな単結晶） | 所見\n${lines(rows)}\n\n今回 ${mut} が手に入りました。今日は 4 ドロップだけ仕込めます。これらの結果から見て、どの 4 条件にしますか。`,
      de: `Bisherige Ergebnisse für ${protein} bei ${rng.int(6, 15)} mg/mL, Sitting Drops, PEG 3350 mit 0,1 M Puffer beim angegebenen pH:\nTropfen | pH | PEG % | Salz | °C | Additiv | Score (0 klar – 9 große Einkristalle) | Beobachtung\n${lines(rows)}\n\nJetzt haben wir die ${mut}. Ich kann heute vier Tropfen ansetzen. Welche vier Bedingungen würdest du nehmen, nach dem, was diese Ergebnisse zeigen?`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'You are a crystallography assistant in a structural biology lab.', ja: 'あなたは構造生物学研究室の結晶化アシスタントです。', de: 'Du bist Kristallisationsassistent in einem strukturbiologischen Labor.' })), user(ask)],
      response_format: jsonSchema('next_drops', {
        drops: list(obj({ ph: num, peg_percent: num, salt: str, temp_c: int, additive: str, why: str })),
      }),
    };
  },
};

const lePlaytest: Family = {
  id: 'wp-le-playtest-next-level-tuning',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Earlier playtest rounds pair level settings with completion, deaths, quits and ratings; the settings for an unseen level must be inferred from those results, with a target band that adds some weighing.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'fr', 'en'], i);
    const game = ['Hollowlight', '霜港', 'Les Veilleurs de Brume', 'Skiff & Sabre'][i % 4]!;
    const n = rng.int(8, 12);
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const lvl = (k % 6) + 1;
      const enemies = rng.int(3, 9);
      const gap = rng.int(2, 9);
      const kits = rng.int(0, 4);
      const comp = Math.max(20, Math.min(98, 105 - enemies * 4 - gap * 4 + kits * 5 + rng.int(-6, 6)));
      const quit = Math.max(1, Math.round((100 - comp) / 3 + rng.int(-3, 3)));
      const rating = Math.max(1.5, Math.min(4.9, 2.3 + (comp > 65 && comp < 88 ? 1.8 : 0.6) + rng.int(-4, 4) / 10));
      rows.push(`b${310 + k * 4 + rng.int(0, 3)} | L${lvl} | ${enemies} | ${gap} | ${kits} | ${comp} % | ${Math.max(1, Math.round((100 - comp) / 7) + rng.int(0, 3))} | ${quit} % | ${dec(rating)}`);
    }
    const ask = t(lang, {
      en: `Playtest rounds for ${game} so far:\nbuild | level | enemies/room | minutes between checkpoints | medkits/room | finished | median deaths | quit mid-level | rating /5\n${lines(rows)}\n\nLevel 7 is longer (about 25 min) and ends in the warden fight. The designers want roughly 70–80 % of testers to finish it, fewer than 10 % quitting, and a rating that holds up. What enemies per room, checkpoint spacing and medkits should build b${360 + rng.int(1, 9)} ship with for L7, and why?`,
      zh: `《${game}》目前的试玩轮次：\nbuild | 关卡 | 每房间敌人数 | 存档点间隔(分钟) | 每房间医疗包 | 通关率 | 死亡次数中位数 | 中途退出率 | 评分/5\n${lines(rows)}\n\n第 7 关更长（大约 25 分钟），最后是典狱长战。策划希望大约 70–80% 的测试者能通关，中途退出低于 10%，评分也不能掉。b${rng.int(361, 370)} 版本的 L7 应该设多少敌人/房间、存档点间隔多少、多少医疗包？请说明理由。`,
      fr: `Sessions de playtest de ${game} jusqu'ici :\nbuild | niveau | ennemis/salle | minutes entre checkpoints | médikits/salle | terminé | morts (médiane) | abandon en cours | note /5\n${lines(rows)}\n\nLe niveau 7 est plus long (environ 25 min) et finit par le combat contre la geôlière. Les game designers veulent qu'environ 70–80 % des testeurs le finissent, moins de 10 % d'abandons, et une note qui tient. Quels réglages — ennemis par salle, espacement des checkpoints, médikits — pour le L7 du build b${rng.int(361, 370)}, et pourquoi ?`,
    });
    return { lang, messages: [user(ask)] };
  },
};

const leCanary: Family = {
  id: 'wp-le-canary-call-from-prior-runs',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Earlier canary runs come with what actually happened after each promote or rollback, and the call on the new canary must be drawn from those outcomes rather than from fixed thresholds.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en'], i);
    const svc = ['orders-api', 'zahlungen-svc', 'inventario-api', 'notify-worker'][i % 4]!;
    const aft = {
      en: ['promoted → fine', 'promoted → incident 40 min later (p99 regression under peak)', 'rolled back → rerun clean, false alarm (cold cache)', 'promoted → fine, CPU settled after 1 h', 'rolled back → real bug (retry storm)', 'held 2 h → promoted, fine', 'promoted → error spike at 100 %, rolled back'],
      de: ['promoted → ok', 'promoted → Incident 40 min später (p99-Regression bei Last)', 'rolled back → Wiederholung sauber, Fehlalarm (kalter Cache)', 'promoted → ok, CPU nach 1 h normal', 'rolled back → echter Bug (Retry-Sturm)', '2 h gehalten → promoted, ok', 'promoted → Fehlerspitze bei 100 %, zurückgerollt'],
      es: ['promoted → bien', 'promoted → incidente 40 min después (regresión de p99 en pico)', 'rolled back → repetición limpia, falsa alarma (caché fría)', 'promoted → bien, la CPU se estabilizó en 1 h', 'rolled back → bug real (tormenta de reintentos)', 'retenido 2 h → promoted, bien', 'promoted → pico de errores al 100 %, revertido'],
    }[lang as 'en' | 'de' | 'es'];
    const n = rng.int(8, 12);
    const past = Array.from({ length: n }, (_, k) => ({
      release: `${svc}@1.${40 + k}.${rng.int(0, 4)}`,
      traffic_pct: rng.pick([5, 10, 10, 25]),
      err_delta_pct: Number(dec(rng.int(-5, 40) / 100, 2)),
      p99_delta_ms: rng.int(-15, 120),
      cpu_delta_pct: rng.int(-5, 35),
      first_5min_only: rng.chance(0.3),
      outcome: rng.pick(aft),
    }));
    const now = { release: `${svc}@1.${40 + n}.0`, traffic_pct: 10, minutes: rng.int(20, 45), err_delta_pct: Number(dec(rng.int(5, 35) / 100, 2)), p99_delta_ms: rng.int(10, 95), cpu_delta_pct: rng.int(0, 30), err_trend: rng.pick(['falling', 'flat', 'rising']) };
    const system = t(lang, {
      en: `You are the release assistant for ${svc}. Canary verdicts are not threshold-based here; the team expects you to weigh the current canary against how earlier canaries turned out. Finish by calling record_decision.`,
      de: `Du bist der Release-Assistent für ${svc}. Canary-Entscheidungen laufen hier nicht über feste Schwellen; das Team erwartet, dass du den aktuellen Canary daran misst, wie frühere Canaries ausgegangen sind. Schließe mit einem Aufruf von record_decision ab.`,
      es: `Eres el asistente de releases de ${svc}. Aquí los veredictos de canary no se basan en umbrales fijos; el equipo espera que compares el canary actual con cómo terminaron los anteriores. Termina llamando a record_decision.`,
    });
    const ask = t(lang, {
      en: `${now.release} has been on canary for ${now.minutes} min. Promote, hold or roll back?`,
      de: `${now.release} läuft seit ${now.minutes} min als Canary. Promoten, halten oder zurückrollen?`,
      es: `${now.release} lleva ${now.minutes} min en canary. ¿Promocionar, mantener o revertir?`,
    });
    const messages: Msgs = [sys(system), user(ask)];
    exchange(rng, messages, 'get_past_canaries', { service: svc, limit: n }, past);
    exchange(rng, messages, 'get_canary_metrics', { release: now.release }, now);
    return {
      lang,
      messages,
      tools: [
        tool('get_past_canaries', 'Earlier canary runs for a service with metrics and what happened after.', { service: str, limit: int }),
        tool('get_canary_metrics', 'Live metrics of the running canary versus baseline.', { release: str }),
        tool('record_decision', 'Record the canary decision.', { decision: oneOf('promote', 'hold', 'rollback'), reason: str }),
      ],
      tool_choice: 'auto',
    };
  },
};

// ───────────────────────────── non-agentic ─────────────────────────────

const incidentLogs: string[][] = [
  ['[alert] api-gateway 5xx rate {a} % (threshold 1 %)', '[pg] primary pg-prod-1 not responding, connection refused', '[patroni] leader lock expired, promoting pg-prod-2', '[pg] pg-prod-2 promoted, timeline {b}',
    '[app] orders-api pool reconnect storm, {c} conn/s', '[pgbouncer] max_client_conn reached, clients queued', '[oncall] paged primary on-call', '[oncall] raised pgbouncer max_client_conn 2000 → 4000',
    '[app] orders-api connections stable', '[alert] 5xx rate back to 0.{b} %', '[pg] pg-prod-1 rejoined as replica after pg_rewind', '[oncall] incident closed, follow-up ticket OPS-{d}'],
  ['[synthetic] checkout probe TLS handshake failed (eu-west)', '[cdn] edge cert for shop.example.com expired 00:00 UTC', '[alert] checkout success rate {a}0 % below SLO', '[oncall] paged, acknowledged',
    '[cdn] auto-renew job found failing since 18 days (DNS challenge timeout)', '[oncall] manual cert issued via ACME HTTP-01', '[cdn] cert deployed to {b} of 14 POPs', '[cdn] cert deployed to 14 of 14 POPs',
    '[synthetic] checkout probe green all regions', '[alert] resolved', '[oncall] DNS provider API token rotated, renew job fixed', '[oncall] postmortem scheduled, ticket SEC-{d}'],
  ['[queue] emails.outbound depth {c} (normal < 500)', '[worker] notify-worker OOMKilled x{b}', '[alert] password-reset emails delayed > 15 min', '[oncall] paged, acknowledged',
    '[worker] heap dump: template cache unbounded after deploy 2.{b}.0', '[deploy] rollback notify-worker to previous release', '[worker] notify-worker replicas 4 → 12 to drain backlog', '[queue] emails.outbound depth falling, {a}000 left',
    '[queue] emails.outbound depth 120', '[worker] replicas 12 → 4', '[alert] resolved', '[oncall] ticket ENG-{d}: cap template cache'],
  ['[dns] change #{d} applied: api.internal CNAME → lb-new', '[alert] internal API error rate {a} %', '[svc] billing-svc cannot resolve api.internal (NXDOMAIN)', '[svc] search-svc cannot resolve api.internal (NXDOMAIN)',
    '[oncall] paged, acknowledged', '[dns] lb-new record missing in private zone', '[dns] change reverted', '[dns] TTL 300 s, waiting for caches', '[svc] resolution recovering, {b} of 9 services healthy',
    '[svc] all services healthy', '[alert] resolved', '[oncall] change-review gap noted for DNS changes'],
];

const naIncident: Family = {
  id: 'wp-na-incident-log-summary',
  label: 'model_based_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'Writing a status-page or timeline summary of a finished incident log is a writing task with no decision to take; the nearest type is model-based because the text recounts how a system’s condition changed over the events.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'en'], i);
    const tpl = incidentLogs[i % 4]!;
    let sec = rng.int(1 * 3600, 4 * 3600);
    const rows = tpl.map((l) => {
      sec += rng.int(20, 600);
      return `${hms(sec)} ${l.replace('{a}', String(rng.int(3, 9))).replace(/\{b\}/g, String(rng.int(2, 9))).replace('{c}', String(rng.int(1200, 9000))).replace('{d}', String(rng.int(1000, 9999)))}`;
    });
    const ask = t(lang, {
      en: `Can you turn this incident log into a short summary for the public status page (4–5 sentences, no internal hostnames) and then a timeline with the key times for our postmortem doc?\n\n${lines(rows)}`,
      de: `Kannst du aus diesem Incident-Log eine kurze Zusammenfassung für die öffentliche Statusseite machen (4–5 Sätze, keine internen Hostnamen) und danach eine Zeitleiste mit den wichtigsten Uhrzeiten für unser Postmortem?\n\n${lines(rows)}`,
      ja: `このインシデントログを、公開ステータスページ向けの短い要約（4〜5 文、社内ホスト名は出さない）と、ポストモーテム用の主要時刻のタイムラインにまとめてもらえますか。\n\n${lines(rows)}`,
    });
    return { lang, messages: [user(ask)] };
  },
};

const reviewPools: Record<'es' | 'fr' | 'zh' | 'de', string[]> = {
  es: ['La habitación era amplia y muy limpia, pero el aire acondicionado hacía mucho ruido por la noche.', 'El desayuno, espectacular: fruta fresca, churros y un café buenísimo.', 'Recepción tardó 40 minutos en darnos la llave, sin ninguna explicación.', 'Ubicación perfecta, a dos calles de la catedral.', 'El parking es caro para lo pequeño que es; casi rayo el coche.', 'Personal encantador, sobre todo Marisa en recepción.', 'La piscina estaba cerrada y nadie nos avisó al reservar.', 'Camas comodísimas, dormimos como nunca.', 'El wifi se cortaba cada media hora.', 'Volveremos seguro, relación calidad-precio inmejorable.', 'Las paredes son de papel, se oía todo del pasillo.', 'Nos subieron de categoría por nuestro aniversario, un detalle precioso.'],
  fr: ['Chambre spacieuse et très propre, mais la clim était bruyante la nuit.', 'Petit-déjeuner excellent, viennoiseries maison et bon café.', 'Il a fallu attendre 40 minutes pour avoir la clé, sans explication.', 'Emplacement idéal, à deux rues de la vieille ville.', 'Le parking est cher pour sa taille, j’ai failli rayer la voiture.', 'Personnel adorable, surtout Mathilde à l’accueil.', 'La piscine était fermée et personne ne nous a prévenus.', 'Literie très confortable, on a dormi comme des bébés.', 'Le wifi coupait toutes les demi-heures.', 'Nous reviendrons, rapport qualité-prix imbattable.', 'Murs très fins, on entendait tout le couloir.', 'Surclassés pour notre anniversaire de mariage, une belle attention.'],
  zh: ['房间宽敞干净，但是空调晚上噪音很大。', '早餐非常丰盛，水果新鲜，咖啡很好喝。', '前台让我们等了四十分钟才拿到房卡，也没有任何解释。', '位置非常好，走两条街就到老城区。', '停车场又贵又小，差点刮到车。', '工作人员很热情，特别是前台的小林。', '泳池关闭了，预订的时候没有人告诉我们。', '床特别舒服，睡得很香。', 'Wi-Fi 每半小时断一次。', '一定会再来，性价比很高。', '隔音很差，走廊的声音都听得见。', '因为结婚纪念日给我们升级了房间，很贴心。'],
  de: ['Das Zimmer war geräumig und sehr sauber, aber die Klimaanlage war nachts laut.', 'Frühstück hervorragend, frisches Obst und richtig guter Kaffee.', 'Wir mussten 40 Minuten auf den Schlüssel warten, ohne jede Erklärung.', 'Perfekte Lage, zwei Straßen von der Altstadt entfernt.', 'Das Parkhaus ist teuer und eng, fast hätte ich das Auto zerkratzt.', 'Sehr freundliches Personal, besonders Frau Brandl an der Rezeption.', 'Der Pool war geschlossen und niemand hat uns bei der Buchung informiert.', 'Sehr bequeme Betten, wir haben wunderbar geschlafen.', 'Das WLAN ist alle halbe Stunde abgebrochen.', 'Wir kommen wieder, Preis-Leistung unschlagbar.', 'Die Wände sind hellhörig, man hört den ganzen Flur.', 'Zum Hochzeitstag wurden wir hochgestuft, eine sehr nette Geste.'],
};

const naReviews: Family = {
  id: 'wp-na-guest-reviews-translate',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'Translating a block of guest reviews is a plain language task with no decision; the nearest type is simple reflex because each review maps to its translation on its own.',
  make: (rng, i) => {
    const lang = (['es', 'fr', 'zh', 'de'] as const)[i % 4]!;
    const picks = rng.sample(reviewPools[lang].map((_, k) => k), rng.int(8, 11));
    const stars = (k: number): number => (k === 0 ? rng.int(3, 4) : k % 2 === 1 ? rng.int(4, 5) : rng.int(1, 2));
    const rows = picks.map((idx, k) => `${k + 1}. ★${stars(idx)} (${isoDay(rng.int(1, 12), rng.int(1, 28))}) ${reviewPools[lang][idx]}`);
    const hotel = ['Hotel Giralda Centro', 'Hôtel Le Cloître', '西湖畔精品酒店', 'Hotel Alpenblick'][i % 4]!;
    const ask = t(lang, {
      en: '',
      es: `Traduce al inglés estas reseñas del ${hotel} para el informe mensual del grupo. Conserva las estrellas y la fecha de cada una y no resumas nada.`,
      fr: `Traduis en anglais ces avis sur l'${hotel} pour le rapport mensuel du groupe. Garde les étoiles et la date de chacun, et ne résume rien.`,
      zh: `请把下面这些关于${hotel}的点评翻译成英文，用于集团的月度报告。保留每条的星级和日期，不要做任何删减或总结。`,
      de: `Übersetze bitte diese Bewertungen zum ${hotel} ins Englische für den Monatsbericht der Gruppe. Sterne und Datum jeder Bewertung beibehalten, nichts zusammenfassen.`,
    });
    return { lang, messages: [user(`${ask}\n\n${lines(rows)}`)] };
  },
};

const naSensor: Family = {
  id: 'wp-na-lab-sensor-export-reformat',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'Reformatting pasted monitoring lines into a clean CSV is a data-formatting chore with no agent decision; the nearest type is simple reflex since each line is converted on its own.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'zh', 'en'], i);
    const devs = ['fridge-3', 'freezer-80A', 'CO2-inc-2', 'LN2-dewar-1', 'coldroom-B'];
    const n = rng.int(9, 16);
    const month = rng.int(1, 12);
    const rows: string[] = [];
    let min = rng.int(0, 600);
    for (let k = 0; k < n; k++) {
      min += rng.int(7, 95);
      const d = rng.pick(devs);
      const v = d.startsWith('freezer') ? -80 + rng.int(-30, 40) / 10 : d.startsWith('LN2') ? rng.int(20, 80) : d.startsWith('CO2') ? 37 + rng.int(-5, 5) / 10 : 4 + rng.int(-15, 40) / 10;
      const style = rng.int(0, 2);
      rows.push(style === 0 ? `${d} ${dec(v)}${d.startsWith('LN2') ? '%' : 'C'} ${pad(rng.int(1, 28))}/${pad(month)} ${hm(min)} door=${rng.pick(['closed', 'closed', 'open'])}`
        : style === 1 ? `[${hm(min)}] ${d.toUpperCase()} :: val=${dec(v)} :: alarm=${rng.pick(['no', 'no', 'yes'])}`
          : `${d};${dec(v)};${hm(min)};${rng.pick(['ok', 'ok', 'batt low'])}`);
    }
    const ask = t(lang, {
      en: `Our monitoring export is a mess (three different firmware formats). Please turn these lines into one CSV with columns device,timestamp,value,unit,flag. Use ${isoDay(month, 1).slice(0, 7)} for lines without a date, keep the original order, and don't drop or fix any values.`,
      pt: `A exportação do nosso sistema de monitorização está uma confusão (três formatos de firmware diferentes). Transforma estas linhas num único CSV com as colunas device,timestamp,value,unit,flag. Usa ${isoDay(month, 1).slice(0, 7)} nas linhas sem data, mantém a ordem original e não apagues nem corrijas valores.`,
      zh: `我们监控系统导出的数据很乱（三种不同固件格式）。请把下面这些行整理成一个 CSV，列为 device,timestamp,value,unit,flag。没有日期的行用 ${isoDay(month, 1).slice(0, 7)}，保持原来的顺序，不要删除或修改任何数值。`,
    });
    return { lang, messages: [user(`${ask}\n\n${lines(rows)}`)] };
  },
};

const naAbExplain: Family = {
  id: 'wp-na-store-page-tests-explain',
  label: 'learning',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'The request only asks for a plain-language explanation of earlier store-page test results, with no new decision; the nearest type is learning because the records are past trials with outcomes.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'es', 'en'], i);
    const game = ['Moth & Lantern', 'Rivage', 'Hacia el Faro', 'Gearbound'][i % 4]!;
    const variantsEn = ['capsule art: hero close-up', 'capsule art: wide landscape', 'trailer opens on gameplay', 'trailer opens on story', 'short description leads with co-op', 'short description leads with price', 'screenshots: UI heavy', 'screenshots: scenery', 'tag order: roguelite first', 'tag order: cozy first', 'demo button above fold', 'wishlist button above fold'];
    const n = rng.int(8, 12);
    const rows = rng.sample(variantsEn, n).map((v, k) => `T${pad(k + 1)} | ${v} | ${rng.int(8, 40) * 1000} | ${dec(rng.int(18, 62) / 10)} % | ${dec(rng.int(40, 180) / 10)} % | ${rng.int(12, 48)} % | ${rng.pick(['yes', 'no', 'no'])}`);
    const ask = t(lang, {
      en: `Our community manager has to write a dev-blog post about the store-page tests we ran for ${game}. She is not a data person. Could you explain in plain words what each column means and what this table says overall? No recommendations needed, we already made the changes.\n\ntest | what changed | visitors | click-through | wishlist rate | day-7 retention of buyers | significant`,
      fr: `Notre community manager doit écrire un billet de devblog sur les tests de page Steam faits pour ${game}. Elle n'a pas de bagage en données. Peux-tu expliquer simplement ce que veut dire chaque colonne et ce que dit le tableau dans l'ensemble ? Pas besoin de recommandations, les changements sont déjà faits.\n\ntest | ce qui a changé | visiteurs | taux de clic | taux de wishlist | rétention J7 des acheteurs | significatif`,
      es: `Nuestra community manager tiene que escribir una entrada del devblog sobre las pruebas de la página de tienda que hicimos para ${game}. No es de datos. ¿Puedes explicar con palabras sencillas qué significa cada columna y qué dice la tabla en conjunto? No hace falta recomendar nada, los cambios ya están hechos.\n\nprueba | qué cambió | visitantes | tasa de clic | tasa de wishlist | retención día 7 de compradores | significativo`,
    });
    return { lang, messages: [user(`${ask}\n${lines(rows)}`)] };
  },
};

const naTariff: Family = {
  id: 'wp-na-tariff-table-explained',
  label: 'utility_based',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'The customer explicitly asks only what the tariff columns mean and how the offers differ, not which to pick, so it is an explanation; the nearest type is utility-based because the records are options with costs.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'de', 'en'], i);
    const names = ['Fijo 12', 'Noche Plus', 'Verde 100', 'Flex', 'Tracker', 'EV Night', 'Fix 24', 'Öko Strom', 'Basic', 'Smart Time', 'Family Saver', 'Solar Export'];
    const n = rng.int(8, 10);
    const f = (x: number): string => (lang === 'en' ? dec(x, 3) : deDec(x, 3));
    const rows = rng.sample(names, n).map((nm) => `${nm} | ${f(rng.int(25, 65) / 100)} | ${f(rng.int(180, 340) / 1000)} | ${rng.chance(0.5) ? f(rng.int(80, 160) / 1000) : '—'} | ${rng.pick([0, 35, 50, 100])} % | ${rng.pick([0, 0, 30, 60])} | ${rng.pick(['12', '24', '—'])} | ${rng.pick(['—', 'variable', 'smart meter req.'])}`);
    const ask = t(lang, {
      es: `Hola, me han mandado esta tabla de tarifas de luz y no entiendo nada. No me digáis cuál coger, eso lo decido yo; solo explicadme qué significa cada columna y en qué se diferencian unas de otras.\n\ntarifa | término fijo €/día | precio punta €/kWh | precio noche €/kWh | % renovable | penalización salida € | permanencia (meses) | notas`,
      en: `Hi, I've been sent this table of electricity tariffs and I don't follow it. I'm not asking you to choose one for me; I just want to know what each column means and how these tariffs differ from each other.\n\ntariff | standing charge £/day | day rate £/kWh | night rate £/kWh | renewable % | exit fee £ | term (months) | notes`,
      de: `Hallo, ich habe diese Tariftabelle bekommen und verstehe sie nicht. Ich will keine Empfehlung, welchen ich nehmen soll; erklärt mir bitte nur, was die Spalten bedeuten und wie sich die Tarife voneinander unterscheiden.\n\nTarif | Grundpreis €/Tag | Arbeitspreis Tag €/kWh | Arbeitspreis Nacht €/kWh | Ökostromanteil | Wechselgebühr € | Laufzeit (Monate) | Hinweise`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, { es: 'Eres el asistente de atención al cliente de Luzia Energía.', en: 'You are the customer support assistant for Brightwell Energy.', de: 'Du bist der Kundenservice-Assistent der Stadtwerke Lindau.' })),
        user(`${ask}\n${lines(rows)}`),
      ],
    };
  },
};

export const trainP: Family[] = [
  srMeter, srNoShow, srCiGate, srChatMod, srSampleIntake,
  mbFrontDesk, mbFeeder, mbRts, mbPlates, mbRollout,
  gbFitout, gbBuffer, gbRebook, gbCherryPick, gbDungeon,
  ubBattery, ubOverbook, ubRender, ubBeamtime, ubCapex,
  leWaiver, leMeter, leCrystal, lePlaytest, leCanary,
  naIncident, naReviews, naSensor, naAbExplain, naTariff,
];
