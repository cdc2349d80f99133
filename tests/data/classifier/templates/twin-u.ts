// Author U: commerce, media and money. Near twins across type boundaries: most families here
// share their domain, data layout and length with a family of another type, and only what the
// agent has to do decides the label.
import {
  bool, calls, exchange, int, jsonSchema, list, num, obj, oneOf, result, say, str, sys, t, tool, user,
  type Family, type Lang,
} from './kit';

const table = (head: string[], rows: (string | number)[][]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

// ---------------------------------------------------------------------------------------------
// simple_reflex
// ---------------------------------------------------------------------------------------------

const refundTickets: { lang: Lang; text: string }[] = [
  { lang: 'de', text: 'Ticket #48812 – Kundin: Frau Özdemir\nBestellung 2025-11-03, zugestellt 2025-11-06, heute 2025-11-21.\nArtikel: Wasserkocher Edelstahl 1,7 l, 49,90 €, Verpackung geöffnet, benutzt.\nGrund laut Kundin: „Schaltet sich nach 10 Sekunden von selbst ab, auch mit vollem Wasser.“\nFoto vom Typenschild liegt bei.' },
  { lang: 'en', text: 'Ticket #50177 from Marcus Bell\nOrdered 2025-10-02, delivered 2025-10-05, today is 2025-11-19.\nItem: Merino crew jumper, size L, £64.00, tags still on, unworn.\nReason: "Changed my mind about the colour, can I get my money back?"' },
  { lang: 'es', text: 'Ticket #51903 — cliente: Lucía Ferrer\nPedido 2025-11-10, entregado 2025-11-12, hoy 2025-11-18.\nArtículo: Auriculares inalámbricos ProSound X2, 329,00 €, caja abierta.\nMotivo: «El auricular izquierdo no carga en el estuche, ya probé otro cable.»' },
  { lang: 'fr', text: 'Ticket n° 52240 — client : Hugo Marchand\nCommande du 2025-11-01, livrée le 2025-11-04, nous sommes le 2025-11-12.\nArticle : lot de 3 bougies parfumées « Figuier », 27,50 €, article soldé (vente finale), emballage ouvert.\nMotif : « L’odeur est trop forte à mon goût. »' },
  { lang: 'ja', text: 'チケット #53318 お客様：佐藤 美咲 様\n注文日 2025-11-08、配達日 2025-11-10、本日 2025-11-20\n商品：ステンレス保温ボトル 500ml、3,280円、未開封\n理由：「プレゼント用に買ったが相手が同じものを持っていた。返品したい」' },
];

const srRefund: Family = {
  id: 'wu-sr-refund-policy',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'One return ticket is checked against a fixed written refund policy and mapped to a decision code; no past cases or trade-offs are involved.',
  variants: 5,
  make(_rng, i) {
    const v = refundTickets[i]!;
    const lang = v.lang;
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'Returns desk for an online homeware and fashion shop. Apply the policy to the ticket and return JSON.\nPolicy:\nR1 defective item (any condition) within 24 months of delivery -> replacement\nR2 unopened/unworn and within 30 days of delivery -> full_refund\nR3 opened/used, not defective, within 14 days -> store_credit\nR4 final-sale items, not defective -> deny\nR5 anything else -> deny\nR0 item value above 300 in the order currency -> escalate, overriding every other rule',
          de: 'Retourenstelle eines Onlineshops für Wohnaccessoires und Mode. Wende die Richtlinie auf das Ticket an und antworte als JSON.\nRichtlinie:\nR1 defekter Artikel (egal in welchem Zustand) bis 24 Monate nach Zustellung -> replacement\nR2 ungeöffnet/ungetragen und bis 30 Tage nach Zustellung -> full_refund\nR3 geöffnet/benutzt, nicht defekt, bis 14 Tage -> store_credit\nR4 Artikel aus dem Abverkauf, nicht defekt -> deny\nR5 alles andere -> deny\nR0 Warenwert über 300 in Bestellwährung -> escalate, geht allen anderen Regeln vor',
          es: 'Mesa de devoluciones de una tienda online de hogar y moda. Aplica la política al ticket y responde en JSON.\nPolítica:\nR1 artículo defectuoso (en cualquier estado) hasta 24 meses desde la entrega -> replacement\nR2 sin abrir/sin usar y hasta 30 días desde la entrega -> full_refund\nR3 abierto/usado, sin defecto, hasta 14 días -> store_credit\nR4 artículos de liquidación sin defecto -> deny\nR5 cualquier otro caso -> deny\nR0 valor del artículo superior a 300 en la moneda del pedido -> escalate, prevalece sobre todas las demás',
          fr: 'Service retours d’une boutique en ligne maison et mode. Applique la politique au ticket et réponds en JSON.\nPolitique :\nR1 article défectueux (quel que soit son état) jusqu’à 24 mois après livraison -> replacement\nR2 non ouvert/non porté et jusqu’à 30 jours après livraison -> full_refund\nR3 ouvert/utilisé, non défectueux, jusqu’à 14 jours -> store_credit\nR4 article soldé en vente finale, non défectueux -> deny\nR5 tout autre cas -> deny\nR0 valeur de l’article supérieure à 300 dans la devise de la commande -> escalate, prime sur toutes les autres règles',
          ja: '生活雑貨・ファッション通販の返品窓口です。以下のポリシーをチケットに当てはめ、JSONで返してください。\nR1 不良品（状態を問わず）配達から24か月以内 -> replacement\nR2 未開封・未使用かつ配達から30日以内 -> full_refund\nR3 開封・使用済みで不良なし、14日以内 -> store_credit\nR4 セール最終品で不良なし -> deny\nR5 上記以外 -> deny\nR0 商品価格が注文通貨で300を超える場合（円は30,000円超） -> escalate、他のすべてのルールより優先',
        })),
        user(v.text),
      ],
      response_format: jsonSchema('refund_decision', {
        decision: oneOf('full_refund', 'store_credit', 'replacement', 'deny', 'escalate'),
        rule: oneOf('R0', 'R1', 'R2', 'R3', 'R4', 'R5'),
        note_to_customer: str,
      }),
      temperature: 0,
    };
  },
};

const adCopies: { lang: Lang; text: string }[] = [
  { lang: 'en', text: 'Advertiser: GlowLab Skincare (account 88-1204)\nFormat: feed image + text, markets UK/IE\nHeadline: Erase wrinkles in 7 days — guaranteed\nBody: Dermatologist-tested serum. 30% off your first order with code GLOW30. Results in one week or your money back.\nLanding page: glowlab.example/serum?utm_source=feed' },
  { lang: 'zh', text: '广告主：鲜果时光生鲜（账户 66-3017）\n投放形式：信息流图文，地区：上海、杭州\n标题：下单立减20元，今日果切限时配送\n正文：新鲜果切，30分钟送达。首单满59元减20元，活动截至本周日。\n落地页：xianguo.example/promo' },
  { lang: 'pt', text: 'Anunciante: CreditoJá Financeira (conta 51-7730)\nFormato: carrossel, mercado BR\nTítulo: Empréstimo aprovado na hora, sem consulta ao SPC/Serasa!\nTexto: Dinheiro na conta em 10 minutos. Taxas a partir de 1,9% a.m. Negativado também pode.\nPágina de destino: creditoja.example/simule' },
  { lang: 'de', text: 'Werbetreibender: Bergsport Huber GmbH (Konto 40-9912)\nFormat: Story-Video 15 s, Märkte DE/AT\nTitel: Winterjacken bis -40 %\nText: Nur bis Sonntag: ausgewählte Winterjacken bis zu 40 % reduziert. Solange der Vorrat reicht.\nZielseite: bergsport-huber.example/sale' },
];

const srAdCopy: Family = {
  id: 'wu-sr-ad-copy-check',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each submitted ad is checked on its own against a fixed list of policy triggers and mapped to approve or reject codes.',
  variants: 4,
  make(_rng, i) {
    const v = adCopies[i]!;
    const lang = v.lang;
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'Ad review pre-screen. Check the ad against these triggers and reply with APPROVE or REJECT:<codes>, nothing else.\nP1 guaranteed health or cosmetic results\nP2 before/after or time-bound body claims\nP3 lending ads promising approval without credit checks\nP4 missing end date on a time-limited discount\nP5 landing page domain differs from advertiser domain',
          zh: '广告预审。根据以下触发条件检查广告，只回复 APPROVE 或 REJECT:<代码>，不要写别的。\nP1 保证健康或美容效果\nP2 限定时间的身体变化承诺或前后对比\nP3 贷款广告承诺免征信即批\nP4 限时优惠未写明截止日期\nP5 落地页域名与广告主域名不一致',
          pt: 'Pré-triagem de anúncios. Confira o anúncio contra estes gatilhos e responda apenas APPROVE ou REJECT:<códigos>.\nP1 resultado garantido de saúde ou estética\nP2 promessa de mudança corporal em prazo definido ou antes/depois\nP3 crédito com aprovação garantida ou sem consulta de crédito\nP4 desconto por tempo limitado sem data de término\nP5 domínio da página de destino diferente do domínio do anunciante',
          de: 'Anzeigen-Vorprüfung. Prüfe die Anzeige gegen diese Auslöser und antworte nur mit APPROVE oder REJECT:<Codes>.\nP1 garantierte Gesundheits- oder Kosmetikwirkung\nP2 zeitgebundene Körperversprechen oder Vorher/Nachher\nP3 Kreditwerbung mit Zusage ohne Bonitätsprüfung\nP4 befristeter Rabatt ohne Enddatum\nP5 Domain der Zielseite weicht von der Domain des Werbetreibenden ab',
        })),
        user(v.text),
      ],
      max_tokens: 16,
      temperature: 0,
    };
  },
};

type StmtLine = [string, string, number];
const bankStatements: { lang: Lang; intro: string; lines: StmtLine[] }[] = [
  { lang: 'fr', intro: 'Relevé Crédit Coopératif, compte pro 0442, octobre 2025. Code chaque ligne.', lines: [
    ['02/10', 'PRLV SEPA URSSAF', -812.0], ['03/10', 'CB OVH SAS', -23.99], ['04/10', 'VIR CLIENT ATELIER DUVAL FACT 2025-118', 1440.0],
    ['07/10', 'CB TOTALENERGIES 75', -68.4], ['09/10', 'PRLV ORANGE PRO', -49.99], ['11/10', 'CB AMAZON MKTPLACE', -132.8],
    ['14/10', 'VIR STRIPE PAYOUT', 2310.55], ['15/10', 'PRLV LOYER SCI BELLEVUE', -950.0], ['18/10', 'CB RESTAURANT LE ZINC', -41.5],
    ['21/10', 'FRAIS TENUE DE COMPTE', -12.0], ['25/10', 'CB ADOBE *CREATIVE', -71.99], ['30/10', 'VIR SALAIRE J. PETIT', -1720.0],
  ] },
  { lang: 'en', intro: 'Barclays business current account, statement for September 2025. Code every line.', lines: [
    ['01/09', 'DD HMRC VAT', -1934.2], ['02/09', 'CARD SHOPIFY* SUBSCR', -29.0], ['05/09', 'FPS IN KELLER & CO INV 0931', 860.0],
    ['08/09', 'CARD SHELL ORPINGTON', -71.15], ['10/09', 'DD BT BUSINESS', -44.5], ['12/09', 'CARD ROYAL MAIL', -18.6],
    ['15/09', 'FPS IN PAYPAL TRANSFER', 1275.3], ['16/09', 'SO RENT UNIT 4 MILLBANK', -1100.0], ['19/09', 'CARD PRET A MANGER', -9.85],
    ['22/09', 'SERVICE CHARGES', -8.5], ['26/09', 'CARD GOOGLE WORKSPACE', -11.4], ['29/09', 'FPS OUT PAYROLL A. SHAH', -2050.0],
    ['30/09', 'CARD VISTAPRINT', -63.2],
  ] },
  { lang: 'de', intro: 'Kontoauszug Sparkasse, Geschäftskonto 7781, November 2025. Bitte jede Zeile kontieren.', lines: [
    ['03.11.', 'LASTSCHRIFT FINANZAMT UST-VZ', -1288.0], ['04.11.', 'KARTE HETZNER ONLINE', -38.9], ['05.11.', 'GUTSCHRIFT SCHREINEREI BAUER RE 2025-77', 2380.0],
    ['06.11.', 'KARTE ARAL TANKSTELLE', -82.3], ['10.11.', 'LASTSCHRIFT TELEKOM', -59.95], ['12.11.', 'KARTE OTTO MARKETPLACE', -214.0],
    ['17.11.', 'MIETE BÜRO SCHILLERSTR', -780.0], ['20.11.', 'KONTOFÜHRUNG', -9.9], ['24.11.', 'LOHN M. KRAUSE', -1950.0],
    ['27.11.', 'KARTE GASTHAUS ADLER', -56.7],
  ] },
  { lang: 'es', intro: 'Extracto BBVA, cuenta negocio 3310, diciembre 2025. Codifica cada línea.', lines: [
    ['01/12', 'RECIBO TGSS AUTONOMOS', -310.0], ['02/12', 'TARJ. DIGITALOCEAN', -26.0], ['04/12', 'TRANSF. RECIB. CLINICA SOL FRA 0412', 995.0],
    ['05/12', 'TARJ. REPSOL E.S.', -64.1], ['09/12', 'RECIBO MOVISTAR EMPRESAS', -52.3], ['11/12', 'TARJ. AMAZON BUSINESS', -97.45],
    ['15/12', 'ABONO STRIPE', 1822.4], ['16/12', 'ALQUILER LOCAL C/ MAYOR', -700.0], ['18/12', 'TARJ. BAR CASA PACO', -23.8],
    ['22/12', 'COMISION MANTENIMIENTO', -15.0], ['29/12', 'NOMINA L. GARRIDO', -1480.0],
  ] },
];

const srBankCoding: Family = {
  id: 'wu-sr-bank-line-coding',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Although the statement is long and tabular, every line is mapped to an account by fixed keyword rules, independently of the others and of anything seen before.',
  variants: 4,
  make(_rng, i) {
    const v = bankStatements[i]!;
    const lang = v.lang;
    const rows = v.lines.map(([d, text, amt], k) => [k + 1, d, text, amt.toFixed(2)]);
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'Bookkeeping assistant for a small studio. Map each bank line to one account using these rules, first match wins:\ntax authority / VAT -> 2200; payroll or salary -> 7000; rent -> 7100; phone/internet/software/hosting/subscriptions -> 7500; fuel -> 7300; meals/restaurants -> 7400 (50% non-deductible flag); bank fees -> 7900; postage/printing/office supplies/marketplace purchases -> 7600; incoming payments from customers or payment processors -> 1200; anything else -> 9999.',
          fr: 'Assistant comptable d’un petit studio. Affecte chaque ligne bancaire à un compte selon ces règles, la première qui s’applique l’emporte :\nURSSAF / impôts / TVA -> 431 ; salaires -> 641 ; loyer -> 613 ; téléphone/internet/logiciels/hébergement/abonnements -> 626 ; carburant -> 6061 ; repas/restaurants -> 6257 (avec indicateur TVA non récupérable) ; frais bancaires -> 627 ; fournitures, affranchissement, achats marketplace -> 6064 ; encaissements clients ou processeurs de paiement -> 411 ; autre -> 471.',
          de: 'Buchhaltungsassistent für ein kleines Büro (SKR03). Ordne jede Kontozeile nach diesen Regeln genau einem Konto zu, die erste passende Regel gilt:\nFinanzamt/USt -> 1780; Lohn/Gehalt -> 4120; Miete -> 4210; Telefon/Internet/Software/Hosting/Abos -> 4920; Kraftstoff -> 4530; Bewirtung/Restaurants -> 4650 (mit Kennzeichen 30 % nicht abziehbar); Kontoführung/Bankgebühren -> 4970; Porto, Druck, Bürobedarf, Marktplatzeinkäufe -> 4930; Zahlungseingänge von Kunden oder Zahlungsdienstleistern -> 1400; sonst -> 1590.',
          es: 'Asistente contable de una pequeña consulta. Asigna cada línea bancaria a una cuenta con estas reglas; manda la primera que encaje:\nSeguridad Social / Hacienda / IVA -> 475; nóminas -> 640; alquiler -> 621; teléfono/internet/software/hosting/suscripciones -> 629; combustible -> 628; comidas/restaurantes -> 6291 (marcar IVA no deducible); comisiones bancarias -> 626; material de oficina, envíos, compras en marketplace -> 602; cobros de clientes o pasarelas de pago -> 430; otros -> 555.',
        })),
        user(`${v.intro}\n\n${table(t(lang, { en: '#|date|description|amount', fr: 'n°|date|libellé|montant', de: 'Nr.|Datum|Buchungstext|Betrag', es: 'n.º|fecha|concepto|importe' }).split('|'), rows)}`),
      ],
      response_format: jsonSchema('coded_lines', {
        lines: list(obj({ line: int, account: str, non_deductible_flag: bool })),
      }),
      temperature: 0,
    };
  },
};

const fnols: { lang: Lang; claim: Record<string, unknown> }[] = [
  { lang: 'ja', claim: { claim_id: 'JP-C-774120', line: '自動車', loss_date: '2025-11-14', reported: '2025-11-15', estimate_jpy: 182000, injuries: false, police_report: true, policy_age_days: 412, prior_claims_12m: 0, description: '信号待ち中に後続車に追突された。リアバンパー破損。' } },
  { lang: 'en', claim: { claim_id: 'UK-H-309551', line: 'home_contents', loss_date: '2025-10-30', reported: '2025-11-18', estimate_gbp: 6400, injuries: false, police_report: false, policy_age_days: 21, prior_claims_12m: 1, description: 'Laptop, camera and jewellery taken during a break-in while away for the weekend.' } },
  { lang: 'pt', claim: { claim_id: 'BR-R-118204', line: 'residencial', loss_date: '2025-11-02', reported: '2025-11-03', estimate_brl: 3900, injuries: false, police_report: false, policy_age_days: 730, prior_claims_12m: 0, description: 'Vazamento no banheiro do apartamento de cima manchou o teto da sala.' } },
  { lang: 'es', claim: { claim_id: 'ES-A-552907', line: 'auto', loss_date: '2025-11-09', reported: '2025-11-09', estimate_eur: 14800, injuries: true, police_report: true, policy_age_days: 95, prior_claims_12m: 0, description: 'Colisión en rotonda, el otro conductor y mi acompañante fueron al hospital.' } },
  { lang: 'de', claim: { claim_id: 'DE-G-201788', line: 'glas', loss_date: '2025-11-19', reported: '2025-11-19', estimate_eur: 420, injuries: false, police_report: false, policy_age_days: 1460, prior_claims_12m: 2, description: 'Steinschlag auf der Autobahn A8, Riss in der Windschutzscheibe, ca. 12 cm.' } },
];

const srClaimRouting: Family = {
  id: 'wu-sr-claim-routing',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A single first-notice-of-loss record is routed by fixed thresholds in one tool call; the estimate amounts look like a trade-off but nothing is weighed.',
  variants: 5,
  make(_rng, i) {
    const v = fnols[i]!;
    const lang = v.lang;
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'FNOL router. For every new claim call route_claim once. Queues: siu if the loss was reported more than 14 days late or the policy is under 30 days old; bodily_injury if anyone was hurt; fast_track if the estimate is under 5,000 (local currency equivalent ~ EUR) and no injury; otherwise adjuster.',
          ja: '事故受付ルーター。新しい請求ごとに route_claim を一度だけ呼んでください。キュー：事故日から14日超経って届け出た場合、または契約後30日未満なら siu／けが人がいれば bodily_injury／見積額が約5,000ユーロ相当（約80万円）未満でけが人なしなら fast_track／それ以外は adjuster。',
          pt: 'Roteador de avisos de sinistro. Para cada sinistro novo chame route_claim uma única vez. Filas: siu se o aviso veio mais de 14 dias após o evento ou a apólice tem menos de 30 dias; bodily_injury se houve feridos; fast_track se a estimativa for menor que o equivalente a 5.000 EUR (~R$ 30.000) e sem feridos; caso contrário adjuster.',
          es: 'Enrutador de partes de siniestro. Por cada siniestro nuevo llama una sola vez a route_claim. Colas: siu si se comunicó más de 14 días después o la póliza tiene menos de 30 días; bodily_injury si hay heridos; fast_track si la estimación no llega a 5.000 € y no hay heridos; si no, adjuster.',
          de: 'Schadenmeldungs-Router. Rufe für jede neue Meldung genau einmal route_claim auf. Queues: siu, wenn die Meldung mehr als 14 Tage nach dem Schaden kam oder der Vertrag jünger als 30 Tage ist; bodily_injury bei Personenschaden; fast_track bei Schätzung unter 5.000 € ohne Verletzte; sonst adjuster.',
        })),
        user(JSON.stringify(v.claim)),
      ],
      tools: [tool('route_claim', 'Put the claim into a work queue.', {
        claim_id: str, queue: oneOf('fast_track', 'adjuster', 'bodily_injury', 'siu'), reason: str,
      })],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

const repricerCases: { lang: Lang; sku: string; cost: number; cur: string; offers: [string, number, number, string][]; ours: number }[] = [
  { lang: 'en', sku: 'B0C7-KETTLE-17 (Russell 1.7L kettle)', cost: 21.4, cur: '£', ours: 34.99, offers: [['HomeDirectUK', 32.49, 98, 'FBA'], ['Kitchen4Less', 31.99, 91, 'FBM'], ['bargain_barn', 27.0, 74, 'FBM'], ['AppliancePoint', 33.5, 99, 'FBA']] },
  { lang: 'de', sku: 'DE-LAMP-0392 (Stehlampe Eiche)', cost: 58.0, cur: '€', ours: 119.0, offers: [['LichtHaus24', 109.9, 97, 'FBA'], ['Wohnidee_Shop', 104.5, 93, 'FBM'], ['Lampenwelt Outlet', 99.0, 88, 'FBM']] },
  { lang: 'zh', sku: 'CN-TEA-0711（武夷岩茶 250g 礼盒）', cost: 96.0, cur: '¥', ours: 168.0, offers: [['茗香阁旗舰店', 159.0, 99, '自营仓'], ['山野茶铺', 149.0, 92, '商家发货'], ['茶友小店', 118.0, 76, '商家发货'], ['闽茶优选', 155.0, 96, '自营仓']] },
  { lang: 'es', sku: 'ES-BIKE-LOCK-22 (candado en U)', cost: 11.2, cur: '€', ours: 24.9, offers: [['CicloMadrid', 22.95, 96, 'FBA'], ['TodoBici', 21.5, 94, 'FBA'], ['ofertas_rueda', 15.99, 81, 'FBM']] },
];

const srRepricer: Family = {
  id: 'wu-sr-repricer-rule',
  label: 'simple_reflex',
  difficulty: 'hard',
  secondary: 'utility_based',
  rationale: 'The new price follows a fixed formula from the competitor offers visible right now (ignore low-rated sellers, undercut the lowest, respect a floor); there is no sales history and no value trade-off to weigh.',
  variants: 4,
  make(_rng, i) {
    const v = repricerCases[i]!;
    const lang = v.lang;
    const head = t(lang, { en: 'seller|price|feedback %|fulfilment', de: 'Händler|Preis|Bewertung %|Versand', zh: '卖家|价格|好评率 %|发货方式', es: 'vendedor|precio|valoración %|logística' }).split('|');
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'Repricing rule engine. Ignore competitors with feedback below 90%. New price = lowest remaining competitor price minus 0.01, but never below cost x 1.25 (the floor). If we are already the lowest eligible offer, keep our price. Reply with the price only, two decimals.',
          de: 'Regelbasierter Repricer. Ignoriere Wettbewerber mit weniger als 90 % positiver Bewertung. Neuer Preis = niedrigster verbleibender Wettbewerbspreis minus 0,01, aber nie unter Einstand x 1,25 (Untergrenze). Sind wir schon das günstigste zulässige Angebot, bleibt unser Preis. Antworte nur mit dem Preis, zwei Nachkommastellen.',
          zh: '规则调价引擎。忽略好评率低于90%的竞争对手。新价格 = 剩余竞争对手最低价减0.01，但不得低于成本×1.25（底价）。如果我们已是合格报价中最低的，保持原价。只回复价格，保留两位小数。',
          es: 'Motor de reglas de precios. Descarta competidores con valoración inferior al 90 %. Precio nuevo = precio más bajo de los competidores restantes menos 0,01, pero nunca por debajo de coste x 1,25 (suelo). Si ya somos la oferta válida más barata, mantén nuestro precio. Responde solo con el precio, dos decimales.',
        })),
        user(`SKU ${v.sku}\n${t(lang, { en: 'our cost', de: 'Einstand', zh: '成本', es: 'coste' })}: ${v.cur}${v.cost.toFixed(2)}  ${t(lang, { en: 'our price', de: 'unser Preis', zh: '我方现价', es: 'nuestro precio' })}: ${v.cur}${v.ours.toFixed(2)}\n\n${table(head, v.offers.map(([s, p, f, ff]) => [s, p.toFixed(2), f, ff]))}`),
      ],
      max_tokens: 8,
      temperature: 0,
    };
  },
};

const deskItems: { lang: Lang; items: [string, string][] }[] = [
  { lang: 'es', items: [
    ['El Banco de España eleva al 2,4 % su previsión de crecimiento para 2026', 'ECONOMIA'],
    ['El Betis remonta ante el Celta con dos goles en el descuento', 'DEPORTES'],
    ['Muere a los 91 años la actriz Julia Cortés, mito del cine de los sesenta', 'CULTURA'],
    ['Corte de agua el jueves en cinco barrios de Valladolid por obras en la red', 'LOCAL'],
    ['La UE aprueba el arancel a los coches eléctricos chinos tras meses de debate', 'INTERNACIONAL'],
    ['Mercadona subirá el sueldo un 8,5 % a su plantilla en 2026', 'ECONOMIA'],
  ] },
  { lang: 'en', items: [
    ['Council votes to pedestrianise Bridge Street from March', 'LOCAL'],
    ['Oil slips below $70 as OPEC+ signals output rise', 'BUSINESS'],
    ['Review: a dazzling, overlong "Hamlet" at the Barbican', 'CULTURE'],
    ['Rangers sack manager after fourth straight defeat', 'SPORT'],
    ['Ceasefire talks resume in Doha with new US proposal', 'WORLD'],
    ['Supermarket chain recalls hummus over undeclared sesame', 'BUSINESS'],
    ['Library reopens after two-year refurbishment', 'LOCAL'],
  ] },
  { lang: 'fr', items: [
    ['Le Sénat rejette l’amendement sur la taxe des superprofits', 'POLITIQUE'],
    ['Ligue 1 : Lens s’impose à Marseille et reprend la deuxième place', 'SPORTS'],
    ['Inondations dans le Gard : trois communes en état de catastrophe naturelle', 'REGIONS'],
    ['LVMH recule en Bourse après un trimestre décevant en Chine', 'ECONOMIE'],
    ['Le festival d’Avignon dévoile sa programmation 2026', 'CULTURE'],
  ] },
  { lang: 'ja', items: [
    ['日銀、追加利上げを見送り 円相場は一時152円台', '経済'],
    ['大谷、2年連続のMVPに 満票での選出', 'スポーツ'],
    ['札幌市、除雪費の補正予算を可決', '地域'],
    ['芥川賞に新人・森本ゆかり氏の「潮の名前」', '文化'],
    ['米大統領選、激戦州で再集計へ', '国際'],
    ['大手コンビニ、おにぎり20品目を値上げ', '経済'],
  ] },
];

const srDeskRouting: Family = {
  id: 'wu-sr-desk-routing',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A long chat of wire headlines, but each one is filed to a section on its own wording alone; earlier turns carry nothing the next answer needs.',
  variants: 4,
  make(rng, i) {
    const v = deskItems[i]!;
    const lang = v.lang;
    const n = rng.int(v.items.length - 2, v.items.length);
    const msgs = [sys(t(lang, {
      en: 'Wire desk router. For every headline, reply with the section only: WORLD, BUSINESS, SPORT, CULTURE, LOCAL, POLITICS. Headlines are unrelated to each other.',
      es: 'Enrutador de teletipos. Para cada titular responde solo con la sección: INTERNACIONAL, ECONOMIA, DEPORTES, CULTURA, LOCAL, POLITICA. Los titulares no tienen relación entre sí.',
      fr: 'Aiguillage des dépêches. Pour chaque titre, réponds uniquement par la rubrique : INTERNATIONAL, ECONOMIE, SPORTS, CULTURE, REGIONS, POLITIQUE. Les titres sont indépendants les uns des autres.',
      ja: '配信記事の振り分け係です。見出しごとに面の名前だけを答えてください：国際、経済、スポーツ、文化、地域、政治。見出し同士は関係ありません。',
    }))];
    for (let k = 0; k < n; k++) {
      msgs.push(user(v.items[k]![0]));
      if (k < n - 1) msgs.push(say(v.items[k]![1]));
    }
    return { lang, messages: msgs, max_tokens: 4, temperature: 0 };
  },
};

// ---------------------------------------------------------------------------------------------
// model_based_reflex
// ---------------------------------------------------------------------------------------------

const orderTools = [
  tool('get_order', 'Order header, lines and payment.', { order_id: str }),
  tool('get_tracking', 'Carrier scan events for a parcel.', { tracking_no: str }),
  tool('get_refunds', 'Refunds and credits issued on an order.', { order_id: str }),
  tool('reply_customer', 'Send a message to the customer on the open ticket.', { ticket_id: str, body: str }),
];

const whereabouts: { lang: Lang; ask: string; order: string; ticket: string; scans1: string[]; scans2: string[]; refunds: unknown; followup: string; final: string }[] = [
  { lang: 'de', ticket: 'T-99120', order: 'DE-448120', ask: 'Kunde schreibt zum dritten Mal: „Wo bleibt mein Paket? Ich hab auch schon Geld zurückbekommen, oder?“ Schau bitte nach.',
    scans1: ['11-17 08:02 Sendung elektronisch angekündigt', '11-17 19:40 Im Paketzentrum Bochum bearbeitet', '11-18 06:15 In Zustellung'],
    scans2: ['11-18 14:22 Zustellversuch – Empfänger nicht angetroffen, Benachrichtigung eingeworfen', '11-19 10:05 In Filiale Bochum-Wattenscheid zur Abholung bereit'],
    refunds: { refunds: [{ id: 'R-7731', amount: 4.95, reason: 'Versandkosten-Gutschrift Kulanz', date: '2025-11-19' }] },
    followup: 'Nochmal Tracking bitte, er sagt er war den ganzen Tag zu Hause.', final: 'Ok. Was ist jetzt Sache, was sagen wir ihm?' },
  { lang: 'en', ticket: 'T-10422', order: 'UK-773015', ask: 'Customer on chat: "Tracking says delivered but nothing here, and I was told I\'d get a refund?" Can you check the order.',
    scans1: ['11-20 07:10 Collected from sender', '11-21 05:44 At delivery depot Croydon', '11-21 12:31 Delivered – left in safe place (porch)'],
    scans2: ['11-22 09:02 Return to depot – parcel found at wrong address by neighbour', '11-22 16:48 Out for delivery'],
    refunds: { refunds: [] },
    followup: 'She says still nothing. Check tracking again.', final: 'Right, where are we with this one, and what do I tell her now?' },
  { lang: 'es', ticket: 'T-31877', order: 'ES-120944', ask: 'La clienta dice: «Me llegó solo una caja de las dos y me dijeron que la otra se había perdido». Revisa el pedido, porfa.',
    scans1: ['11-12 18:00 Bulto 1/2 admitido en origen', '11-12 18:02 Bulto 2/2 admitido en origen', '11-14 09:30 Bulto 1/2 entregado'],
    scans2: ['11-15 07:11 Bulto 2/2 en plataforma Getafe – incidencia: etiqueta dañada', '11-18 12:40 Bulto 2/2 reetiquetado, en reparto'],
    refunds: { refunds: [{ id: 'R-2210', amount: 38.0, reason: 'Bulto perdido – reembolso parcial', date: '2025-11-16' }] },
    followup: 'Vuelve a mirar el seguimiento, acaba de escribir otra vez.', final: 'Vale. ¿Cómo está esto ahora mismo y qué le contestamos?' },
  { lang: 'pt', ticket: 'T-58213', order: 'BR-300871', ask: 'Cliente reclamou no chat: "Paguei frete expresso e até agora nada, vocês vão devolver a diferença?" Dá uma olhada no pedido.',
    scans1: ['11-10 16:20 Objeto postado', '11-11 03:55 Em trânsito para CTE Cajamar', '11-13 22:10 Objeto aguardando retirada – endereço incompleto'],
    scans2: ['11-14 08:40 Endereço corrigido pelo remetente', '11-15 11:02 Saiu para entrega', '11-15 17:35 Entrega não realizada – destinatário ausente'],
    refunds: { refunds: [{ id: 'R-9011', amount: 22.9, reason: 'Diferença frete expresso', date: '2025-11-14' }] },
    followup: 'Ela mandou mensagem de novo, confere o rastreio mais uma vez.', final: 'Beleza. Qual é a situação agora e o que respondo pra ela?' },
];

const mbOrderWhereabouts: Family = {
  id: 'wu-mb-order-whereabouts',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'hard',
  rationale: 'Scan events and refunds arrive in pieces across several tool checks and partly contradict each other, so the agent has to keep a current picture of where the parcel is and answer from it; there is no end state to drive towards.',
  variants: 4,
  make(rng, i) {
    const v = whereabouts[i]!;
    const lang = v.lang;
    const tn = `${rng.int(100000, 999999)}${rng.int(1000, 9999)}`;
    const msgs = [
      sys(t(lang, {
        en: 'Support copilot for an online shop. Use the tools to look things up; the agent on shift decides what is sent. Keep track of what the scans and refunds say as they come in.',
        de: 'Support-Copilot eines Onlineshops. Nutze die Tools zum Nachschlagen; was rausgeht, entscheidet die Kollegin im Dienst. Behalte im Blick, was Scans und Erstattungen jeweils sagen.',
        es: 'Copiloto de soporte de una tienda online. Usa las herramientas para consultar; lo que se envía lo decide el agente de turno. Ve siguiendo lo que dicen los escaneos y los reembolsos según llegan.',
        pt: 'Copiloto de atendimento de uma loja online. Use as ferramentas para consultar; quem decide o que é enviado é o atendente de plantão. Acompanhe o que os rastreios e reembolsos mostram conforme chegam.',
      })),
      user(`${v.ticket} / ${v.order}\n${v.ask}`),
    ];
    exchange(rng, msgs, 'get_order', { order_id: v.order }, { order_id: v.order, status: 'shipped', tracking_no: tn, lines: rng.int(1, 3), paid: true });
    exchange(rng, msgs, 'get_tracking', { tracking_no: tn }, { events: v.scans1 });
    exchange(rng, msgs, 'get_refunds', { order_id: v.order }, v.refunds);
    msgs.push(say(t(lang, { en: 'Checked order, tracking and refunds.', de: 'Bestellung, Tracking und Erstattungen geprüft.', es: 'Revisados pedido, seguimiento y reembolsos.', pt: 'Conferi pedido, rastreio e reembolsos.' })));
    msgs.push(user(v.followup));
    exchange(rng, msgs, 'get_tracking', { tracking_no: tn }, { events: [...v.scans1, ...v.scans2] });
    msgs.push(user(v.final));
    return { lang, messages: msgs, tools: orderTools, temperature: 0.2 };
  },
};

const stockDays: { lang: Lang; sys: string; days: string[]; notes: string[]; ask: string }[] = [
  { lang: 'en', sys: 'Inventory helper for an Etsy + own-site candle shop. Etsy syncs stock automatically; the own-site (Squarespace) counts for the gift sets do NOT sync and are only updated when Jo counts the shelf. Reply briefly.',
    days: ['Mon: counted shelf — Gift set A 14, Gift set B 9, Amber 200g 31, Fig 200g 22.', 'Tue: Etsy sold Amber 4, Fig 2. Own site sold Gift set A 3, Gift set B 1.', 'Wed: Etsy sold Gift set A 2 (Etsy listing shares the shelf). 6 Amber came back from the market stall unsold.', 'Thu: own site sold Gift set B 5. Etsy sold Fig 6. Jo made a fresh batch: +12 Gift set B.'],
    notes: ['Noted: A 14, B 9, Amber 31, Fig 22.', 'Now: A 11, B 8, Amber 27, Fig 20.', 'Now: A 9, B 8, Amber 33, Fig 20.'],
    ask: 'Fri morning, own site just sold 4 more Gift set A and 3 B. Which listings are about to oversell, and should I hide anything right now?' },
  { lang: 'ja', sys: '楽天店と自社ECで陶器を販売しているショップの在庫アシスタントです。楽天の在庫は自動連携、自社ECのセット商品は連携されず、棚卸し時にだけ更新されます。短く答えてください。',
    days: ['月：棚卸し　飯碗セット 10、マグ白 18、マグ藍 12、小皿5枚組 7', '火：楽天でマグ白 3、マグ藍 2。自社ECで飯碗セット 2', '水：自社ECで小皿5枚組 3。催事で飯碗セット 1 が売れ、マグ藍 4 が返品で戻る', '木：楽天で飯碗セット 2（同じ棚の在庫）。窯出しでマグ白 +10'],
    notes: ['了解：飯碗 10、白 18、藍 12、小皿 7', '現在：飯碗 8、白 15、藍 10、小皿 7', '現在：飯碗 7、白 15、藍 14、小皿 4'],
    ask: '金曜朝、自社ECで飯碗セット 4、小皿5枚組 3 の注文が入りました。売り越しになりそうなのはどれ？今すぐ非公開にすべき商品は？' },
  { lang: 'de', sys: 'Lagerhelfer für einen kleinen Kaffeeröster mit Shopify-Shop und Amazon. Amazon (FBA) meldet Bestände selbst; die Shopify-Bestände für Abo-Pakete laufen nicht automatisch mit, die trägt Lea nur bei der Inventur ein. Kurz antworten.',
    days: ['Mo: Inventur – Abo-Paket Espresso 25, Abo-Paket Filter 18, Bohne Sidamo 1 kg 40.', 'Di: Shopify: 6 Abo Espresso, 2 Abo Filter. Amazon: 5 Sidamo.', 'Mi: Abo-Versandtag – 9 Abo Espresso, 7 Abo Filter gepackt. Röstung: +15 Abo Filter.', 'Do: 3 Abo Espresso storniert und zurück ins Regal. Amazon: 8 Sidamo.'],
    notes: ['Notiert: Espresso 25, Filter 18, Sidamo 40.', 'Stand: Espresso 19, Filter 16, Sidamo 35.', 'Stand: Espresso 10, Filter 24, Sidamo 35.'],
    ask: 'Freitagfrüh: über Nacht 11 neue Abo-Espresso-Bestellungen und 4 Filter im Shop. Was verkauft sich gerade über, muss ich jetzt was offline nehmen?' },
  { lang: 'fr', sys: 'Assistant stock d’une petite maison d’édition qui vend ses livres sur son site et via Cultura marketplace. Cultura se synchronise ; les coffrets du site ne se mettent à jour que quand Inès compte le carton. Réponds brièvement.',
    days: ['Lun : comptage — coffret Polar 12, coffret Jeunesse 8, « La Saline » broché 60.', 'Mar : site — 3 coffrets Polar, 1 Jeunesse. Cultura — 9 « La Saline ».', 'Mer : salon du livre de Brive : 4 coffrets Polar et 2 Jeunesse vendus sur le stand, 15 « La Saline » emportés.', 'Jeu : retour libraire de 2 coffrets Jeunesse. Réimpression : +20 « La Saline ».'],
    notes: ['Noté : Polar 12, Jeunesse 8, Saline 60.', 'Actuel : Polar 9, Jeunesse 7, Saline 51.', 'Actuel : Polar 5, Jeunesse 5, Saline 36.'],
    ask: 'Vendredi matin, le site vient d’enregistrer 6 coffrets Polar et 4 Jeunesse. Qu’est-ce qui risque d’être survendu, et faut-il masquer quelque chose tout de suite ?' },
];

const mbSellerStock: Family = {
  id: 'wu-mb-seller-stock',
  label: 'model_based_reflex',
  secondary: 'learning',
  difficulty: 'medium',
  rationale: 'Past days of sales and restocks are used only to reconstruct how many units are on the shelf now, because one channel does not report its stock, and the action follows from that estimate.',
  variants: 4,
  make(_rng, i) {
    const v = stockDays[i]!;
    const msgs = [sys(v.sys)];
    v.days.forEach((d, k) => {
      msgs.push(user(d));
      if (k < v.notes.length) msgs.push(say(v.notes[k]!));
    });
    msgs[msgs.length - 1] = user(`${v.days[v.days.length - 1]}\n\n${v.ask}`);
    return { lang: v.lang, messages: msgs, temperature: 0.2 };
  },
};

const liveWires: { lang: Lang; topic: string; updates: string[] }[] = [
  { lang: 'fr', topic: 'Incendie de l’entrepôt logistique de Corbas (Rhône)', updates: [
    '06:12 AFP — Incendie en cours dans un entrepôt de Corbas, 80 pompiers mobilisés.',
    '06:40 Préfecture — Aucun blessé à ce stade. Périmètre de 300 m, la D301 est fermée.',
    '07:25 BFM Lyon — Un salarié légèrement blessé, transporté à l’hôpital (non confirmé par la préfecture).',
    '08:02 Préfecture — Un blessé léger confirmé. Le feu est « fixé » mais pas éteint. La D301 rouvre dans le sens nord.',
    '09:15 Entreprise — L’entrepôt appartient à un sous-traitant de la Fnac, pas à la Fnac elle-même comme indiqué plus tôt.',
  ] },
  { lang: 'en', topic: 'Payments outage at a major UK bank', updates: [
    '09:05 PA — Customers of Northbridge Bank report card declines and app errors.',
    '09:30 Northbridge statement — "A technical issue is affecting some card payments." Online banking unaffected.',
    '10:10 Downdetector — 41,000 reports at peak; app also failing for many users.',
    '10:45 Northbridge — app and online banking now affected too; cash machines working.',
    '11:20 Treasury Committee chair calls for an explanation. Northbridge says card payments restored for "most customers".',
    '12:05 Northbridge — correction: cash machines were affected in Scotland between 10:00 and 11:00.',
  ] },
  { lang: 'de', topic: 'Streik bei der Zustellung eines großen Paketdienstes', updates: [
    '07:00 dpa — Verdi ruft zu Warnstreiks in drei Paketzentren auf: Hamburg, Hannover, Bremen.',
    '08:20 Unternehmen — Rund 8 % der Sendungen im Norden verzögern sich um einen Tag.',
    '10:05 Verdi — Streik auf Köln und Dortmund ausgeweitet.',
    '11:30 Unternehmen — Bremen nimmt den Betrieb wieder auf, Verzögerung bundesweit nun „etwa 15 %“.',
  ] },
  { lang: 'es', topic: 'Caída de la app de pagos Bizum', updates: [
    '18:02 Europa Press — Usuarios de varios bancos no pueden enviar Bizum desde las 17:40.',
    '18:25 Bizum — Incidencia en un proveedor técnico; los pagos en comercios no están afectados.',
    '18:50 Redes — Usuarios de CaixaBank y Sabadell dicen que tampoco pueden pagar en tiendas online con Bizum.',
    '19:10 Bizum — Confirma que el pago en comercio electrónico también falla. Sin hora estimada.',
    '19:55 Bizum — Servicio restablecido para envíos entre particulares; el comercio electrónico sigue con errores.',
  ] },
];

const mbLiveDesk: Family = {
  id: 'wu-mb-live-desk',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Wire updates arrive over time and revise or contradict earlier ones, so the fact box reflects the running, corrected picture of the story rather than the latest line alone.',
  variants: 4,
  make(rng, i) {
    const v = liveWires[i]!;
    const lang = v.lang;
    const msgs = [sys(t(lang, {
      en: `Live-blog fact box for: ${v.topic}. Updates arrive one by one. After each one, reply with the fact box as JSON: what is confirmed now, what is reported but unconfirmed, what was corrected. Later official statements override earlier reports.`,
      fr: `Encadré « ce que l’on sait » du direct : ${v.topic}. Les dépêches arrivent une à une. Après chacune, renvoie l’encadré en JSON : ce qui est confirmé à cet instant, ce qui est rapporté sans confirmation, ce qui a été corrigé. Une source officielle plus récente l’emporte sur les informations antérieures.`,
      de: `Faktenkasten für den Liveticker: ${v.topic}. Meldungen kommen einzeln. Gib nach jeder Meldung den Kasten als JSON zurück: was jetzt bestätigt ist, was berichtet, aber unbestätigt ist, was korrigiert wurde. Spätere offizielle Angaben gehen früheren Meldungen vor.`,
      es: `Recuadro «lo que sabemos» del directo: ${v.topic}. Las actualizaciones llegan de una en una. Tras cada una, devuelve el recuadro en JSON: lo confirmado ahora, lo publicado pero sin confirmar y lo corregido. Lo oficial más reciente prevalece sobre lo anterior.`,
    }))];
    const upto = rng.int(v.updates.length - 1, v.updates.length);
    for (let k = 0; k < upto; k++) {
      msgs.push(user(v.updates[k]!));
      if (k < upto - 1) {
        const seen = v.updates.slice(0, k + 1).map((u) => {
          const [head, ...rest] = u.split(' — ');
          return { official: /Préfecture|Entreprise|Northbridge|Unternehmen|Verdi|Bizum —|Bizum$/.test(head!), text: `${head!.slice(0, 5)} ${rest.join(' — ')}` };
        });
        msgs.push(say(JSON.stringify({
          confirmed: seen.filter((x) => x.official).map((x) => x.text),
          unconfirmed: seen.filter((x) => !x.official).map((x) => x.text),
          corrected: [],
        })));
      }
    }
    return {
      lang, messages: msgs, temperature: 0,
      response_format: jsonSchema('fact_box', { confirmed: list(str), unconfirmed: list(str), corrected: list(str) }),
    };
  },
};

const reconCases: { lang: Lang; sys: string; open: string; batches: string[]; acks: string[]; ask: string }[] = [
  { lang: 'es', sys: 'Asistente de conciliación de una distribuidora pequeña. Cada mañana llega el lote de movimientos del banco. Los clientes a veces pagan varias facturas juntas, pagan a cuenta o ponen mal la referencia.',
    open: 'Facturas abiertas a 1 de diciembre: F-301 Ferretería Luna 1.210,00 · F-305 Bar Olivo 364,50 · F-307 Ferretería Luna 880,00 · F-309 Hotel Mirador 2.450,00 · F-311 Bar Olivo 190,00',
    batches: ['Lote 02/12: +1.574,50 «FERRETERIA LUNA PAGO FRAS»; +190,00 «OLIVO F311»', 'Lote 03/12: +1.000,00 «HOTEL MIRADOR A CUENTA»; -12,00 comisión devolución', 'Lote 04/12: -190,00 devolución recibo Bar Olivo (fondos insuficientes); +515,50 «LUNA DIFERENCIA»'],
    acks: ['Anotado. Luna ha pagado 1.574,50 para F-301 + F-307 (2.090,00): faltan 515,50. F-311 cobrada.', 'Anotado. Mirador: 1.000,00 a cuenta de F-309, quedan 1.450,00.'],
    ask: '¿Qué queda pendiente ahora mismo por cliente y qué reclamo hoy?' },
  { lang: 'en', sys: 'Reconciliation helper for a small wholesale bakery. The bank feed arrives each morning as a batch. Customers sometimes pay several invoices in one go, pay part, or use the wrong reference.',
    open: 'Open invoices at 1 Dec: INV-5501 Corner Café £420.00 · INV-5504 Greens Deli £1,180.00 · INV-5507 Corner Café £385.00 · INV-5510 The Larder £960.00 · INV-5512 Greens Deli £240.00',
    batches: ['Batch 02/12: +£805.00 "CORNER CAFE INV 5501"; +£240.00 "GREENS 5512"', 'Batch 03/12: +£500.00 "THE LARDER PART PAYMENT"; +£1,180.00 "GREENS DELI"', 'Batch 04/12: -£1,180.00 recall "GREENS DELI" (sent in error by their bank); +£460.00 "LARDER BAL"'],
    acks: ['Logged. Corner Café paid £805.00 — that clears INV-5501 and INV-5507 (reference only named 5501). INV-5512 cleared.', 'Logged. The Larder £500.00 against INV-5510, £460.00 left. Greens Deli £1,180.00 clears INV-5504.'],
    ask: 'Where does each customer stand right now, and who do I chase today?' },
  { lang: 'fr', sys: 'Assistant de rapprochement bancaire pour une petite agence de communication. Le relevé arrive chaque matin par lot. Les clients paient parfois plusieurs factures d’un coup, des acomptes, ou se trompent de référence.',
    open: 'Factures ouvertes au 1er décembre : FA-88 Mairie de Vienne 3 600,00 · FA-91 Boulangerie Roux 450,00 · FA-92 Clinique Saint-Luc 2 100,00 · FA-95 Boulangerie Roux 300,00',
    batches: ['Lot du 02/12 : +750,00 « ROUX FACTURES » ; +1 800,00 « MAIRIE VIENNE MANDAT 4471 »', 'Lot du 03/12 : +2 100,00 « ST LUC FA 92 » ; +1 800,00 « MAIRIE VIENNE MANDAT 4472 »', 'Lot du 04/12 : -2 100,00 rejet de virement « ST LUC » (IBAN clôturé) ; +60,00 « ROUX PENALITE ? »'],
    acks: ['Noté. Roux : 750,00 soldent FA-91 et FA-95. Mairie : 1 800,00 sur FA-88, reste 1 800,00.', 'Noté. FA-92 soldée. Mairie : FA-88 soldée.'],
    ask: 'Où en est chaque client à cet instant, et qui dois-je relancer aujourd’hui ?' },
  { lang: 'de', sys: 'Abstimmungshelfer für einen kleinen Elektrogroßhandel. Die Kontoumsätze kommen jeden Morgen als Stapel. Kunden zahlen manchmal mehrere Rechnungen zusammen, in Raten oder mit falschem Verwendungszweck.',
    open: 'Offene Posten am 1.12.: RE-2201 Elektro Schmitt 2.340,00 · RE-2204 Hausverwaltung Kern 615,00 · RE-2206 Elektro Schmitt 1.020,00 · RE-2209 Bäckerei Vogt 288,00',
    batches: ['Stapel 02.12.: +2.340,00 „SCHMITT RE 2206“; +288,00 „VOGT“', 'Stapel 03.12.: +300,00 „KERN RATE 1“; -288,00 Rücklastschrift Vogt (Widerspruch)', 'Stapel 04.12.: +1.020,00 „SCHMITT REST“; +315,00 „KERN RATE 2“'],
    acks: ['Erfasst. Schmitt: 2.340,00 mit Verwendungszweck RE-2206 – Betrag passt aber zu RE-2201, als RE-2201 ausgeglichen gebucht, RE-2206 offen. Vogt ausgeglichen.', 'Erfasst. Kern: 300,00 auf RE-2204, Rest 315,00. Vogt wieder offen (288,00 + Rücklastschriftgebühr prüfen).'],
    ask: 'Wie ist der Stand je Kunde jetzt gerade, und wen mahne ich heute?' },
];

const mbBankRecon: Family = {
  id: 'wu-mb-bank-recon',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Bank batches arrive over several days with part payments, recalls and wrong references, and the question is what is outstanding now, which only the running ledger picture answers.',
  variants: 4,
  make(_rng, i) {
    const v = reconCases[i]!;
    const msgs = [sys(v.sys), user(`${v.open}\n\n${v.batches[0]}`), say(v.acks[0]!), user(v.batches[1]!), say(v.acks[1]!), user(`${v.batches[2]}\n\n${v.ask}`)];
    return { lang: v.lang, messages: msgs, temperature: 0 };
  },
};

const pacingCases: { lang: Lang; cap: number; cur: string; hours: [string, number, number, number][] }[] = [
  { lang: 'en', cap: 1800, cur: '$', hours: [['08:00', 44, 26, 18], ['09:00', 52, 29, 21], ['10:00', 61, 33, 27], ['11:00', 66, 35, 31], ['12:00', 70, 38, 36], ['13:00', 68, 37, 41], ['14:00', 64, 36, 44], ['15:00', 62, 34, 47], ['16:00', 66, 37, 52], ['17:00', 71, 40, 55], ['18:00', 75, 42, 58]] },
  { lang: 'zh', cap: 12000, cur: '¥', hours: [['09:00', 310, 255, 160], ['10:00', 345, 280, 190], ['11:00', 380, 300, 240], ['12:00', 395, 320, 310], ['13:00', 370, 305, 360]] },
  { lang: 'pt', cap: 6500, cur: 'R$', hours: [['08:00', 150, 92, 55], ['09:00', 168, 101, 60], ['10:00', 190, 110, 64], ['11:00', 205, 118, 70], ['12:00', 212, 124, 72], ['13:00', 201, 119, 69], ['14:00', 196, 115, 66], ['15:00', 199, 117, 68], ['16:00', 210, 122, 71], ['17:00', 221, 128, 75]] },
  { lang: 'de', cap: 2400, cur: '€', hours: [['09:00', 62, 41, 30], ['10:00', 70, 45, 34], ['11:00', 81, 49, 52], ['12:00', 88, 53, 66], ['13:00', 86, 52, 71], ['14:00', 84, 50, 74]] },
];

const mbAdPacing: Family = {
  id: 'wu-mb-ad-pacing',
  label: 'model_based_reflex',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'One ad platform reports spend hours late, so the pacing agent must carry an estimate of what has really been spent so far from the hourly reports and act on that belief against the daily cap.',
  variants: 4,
  make(rng, i) {
    const v = pacingCases[i]!;
    const lang = v.lang;
    const msgs = [sys(t(lang, {
      en: `Pacing guard for a DTC shop's ads. Daily cap across Google, Meta and TikTok: ${v.cur}${v.cap}. Hourly spend reports come in; TikTok's reporting API lags by ~3 hours and shows null until it catches up. Each hour reply with CONTINUE, THROTTLE <platform> <pct>, or PAUSE <platform>, then one line with your running spend estimate.`,
      zh: `某品牌电商的广告消耗守门员。Google、Meta、TikTok 三个平台合计日预算上限 ${v.cur}${v.cap}。每小时推送一次消耗报表；TikTok 的报表接口延迟约3小时，追上之前显示 null。每小时回复 CONTINUE、THROTTLE <平台> <百分比> 或 PAUSE <平台>，再用一行写出你估算的当前累计消耗。`,
      pt: `Controle de ritmo dos anúncios de uma loja online. Teto diário somando Google, Meta e TikTok: ${v.cur}${v.cap}. Chegam relatórios de gasto por hora; a API do TikTok atrasa ~3 horas e mostra null até atualizar. A cada hora responda CONTINUE, THROTTLE <plataforma> <pct> ou PAUSE <plataforma>, e numa linha a sua estimativa do gasto acumulado.`,
      de: `Budget-Wächter für die Anzeigen eines Onlineshops. Tageslimit über Google, Meta und TikTok zusammen: ${v.cap} €. Stündlich kommen Ausgabenberichte; die TikTok-Reporting-API hängt ~3 Stunden hinterher und liefert bis dahin null. Antworte jede Stunde mit CONTINUE, THROTTLE <Plattform> <Prozent> oder PAUSE <Plattform> und in einer Zeile mit deiner laufenden Schätzung der Gesamtausgaben.`,
    }))];
    let known = 0;
    let lastTk = 0;
    v.hours.forEach(([h, g, m], k) => {
      const back = k >= 3 ? v.hours[k - 3]! : null;
      msgs.push(user(`${h} google=${g} meta=${m} tiktok=null${back ? ` | tiktok backfill ${back[0]}=${back[3]}` : ''}`));
      known += g + m + (back ? back[3] : 0);
      if (back) lastTk = back[3];
      const guessTk = (lastTk || v.hours[0]![3] - rng.int(0, 5)) * Math.min(k + 1, 3);
      const est = known + guessTk;
      const hour = Number(h.slice(0, 2));
      const projected = est + (est / (k + 1)) * (23 - hour);
      const action = projected > v.cap * 1.05 ? 'THROTTLE tiktok 25' : 'CONTINUE';
      if (k < v.hours.length - 1) msgs.push(say(`${action}\n~${v.cur}${Math.round(est)} / ${v.cur}${v.cap}`));
    });
    return { lang, messages: msgs, max_tokens: 40, temperature: 0 };
  },
};

const intakeCases: { lang: Lang; turns: string[]; fields: Record<string, unknown>[]; qs: string[] }[] = [
  { lang: 'pt', turns: ['Oi, bateram no meu carro ontem à noite no estacionamento do mercado', 'Foi no Carrefour da Av. Brasil, umas 21h. O outro motorista fugiu', 'Ah, me enganei, foi anteontem, dia 17', 'Placa do meu carro é RTA-4E21. Tenho foto do para-choque amassado', 'Ah e minha esposa estava dentro, ela bateu o pescoço, mas acho que tá tudo bem'],
    fields: [{ event: 'colisão', date: '2025-11-18', place: null, third_party: null, plate: null, photos: false, injured: null }, { event: 'colisão', date: '2025-11-18', place: 'Carrefour Av. Brasil, estacionamento', third_party: 'fugiu', plate: null, photos: false, injured: null }, { event: 'colisão', date: '2025-11-17', place: 'Carrefour Av. Brasil, estacionamento', third_party: 'fugiu', plate: null, photos: false, injured: null }, { event: 'colisão', date: '2025-11-17', place: 'Carrefour Av. Brasil, estacionamento', third_party: 'fugiu', plate: 'RTA-4E21', photos: true, injured: null }],
    qs: ["Onde aconteceu e o outro motorista ficou no local?", "Você tem a placa do seu veículo e fotos do dano?", "Certo, data corrigida. Qual a placa do seu carro?", "Alguém se machucou ou estava dentro do carro?"] },
  { lang: 'en', turns: ['Hi, water came through my kitchen ceiling this morning', 'It\'s from the flat above, their washing machine hose split. Their name\'s Dawson', 'Actually the plumber says it was the pipe in the shared wall, not their machine', 'I\'ve got photos and the plumber\'s invoice, £180'],
    fields: [{ event: 'escape_of_water', date: 'today', source: null, third_party: null, photos: false, costs: [] }, { event: 'escape_of_water', date: 'today', source: 'neighbour washing machine hose', third_party: 'Dawson (flat above)', photos: false, costs: [] }, { event: 'escape_of_water', date: 'today', source: 'pipe in shared wall', third_party: 'building / freeholder?', photos: false, costs: [] }],
    qs: ["Do you know where the water came from?", "Have you got photos of the damage?", "Who owns or manages the building?"] },
  { lang: 'ja', turns: ['自転車で通勤中に転んで、スマホの画面が割れました', '日付は11月12日の朝8時ごろです。場所は世田谷区の環七沿い', 'すみません、転んだのではなく、車に接触されて転倒しました。相手の車はそのまま行ってしまいました', '病院には行っていません。手首が少し痛いです', '警察には今日届けました。受理番号は世田谷 25-1187 です'],
    fields: [{ event: '転倒による物損', date: null, place: null, third_party: null, injured: false, police: null }, { event: '転倒による物損', date: '2025-11-12 08:00', place: '世田谷区 環七沿い', third_party: null, injured: false, police: null }, { event: '車両との接触事故（当て逃げ）', date: '2025-11-12 08:00', place: '世田谷区 環七沿い', third_party: '不明車両（逃走）', injured: false, police: null }, { event: '車両との接触事故（当て逃げ）', date: '2025-11-12 08:00', place: '世田谷区 環七沿い', third_party: '不明車両（逃走）', injured: '手首の痛み（未受診）', police: null }],
    qs: ["事故の日時と場所を教えていただけますか？", "転倒の原因について、もう少し詳しく教えてください。", "おけがはありませんでしたか？", "警察へは届け出されましたか？"] },
  { lang: 'de', turns: ['Guten Tag, bei uns wurde eingebrochen, Gartenhaus aufgebrochen', 'Weg sind ein E-Bike und eine Motorsense. Das E-Bike hat 3.200 € gekostet', 'Korrektur: die Motorsense ist doch noch da, lag hinterm Haus', 'Anzeige ist erstattet, Aktenzeichen 4711/25. Das Rad war mit einem Schloss am Gartenhaus angeschlossen'],
    fields: [{ event: 'Einbruchdiebstahl', place: 'Gartenhaus', items: [], police_ref: null, locked: null }, { event: 'Einbruchdiebstahl', place: 'Gartenhaus', items: [{ item: 'E-Bike', value: 3200 }, { item: 'Motorsense', value: null }], police_ref: null, locked: null }, { event: 'Einbruchdiebstahl', place: 'Gartenhaus', items: [{ item: 'E-Bike', value: 3200 }], police_ref: null, locked: null }],
    qs: ["Was genau wurde entwendet, und was hat es gekostet?", "Haben Sie schon Anzeige bei der Polizei erstattet?", "Wie lautet das Aktenzeichen, und war das Rad abgeschlossen?"] },
];

const mbClaimIntake: Family = {
  id: 'wu-mb-claim-intake',
  label: 'model_based_reflex',
  difficulty: 'easy',
  rationale: 'The claim record is carried across a chat in which the caller adds and corrects details, and each reply must reflect the current version of the facts.',
  variants: 4,
  make(_rng, i) {
    const v = intakeCases[i]!;
    const lang = v.lang;
    const msgs = [sys(t(lang, {
      en: 'Claims intake bot for a home and motor insurer. After every customer message, output the full claim record as JSON (fields_json) with everything known so far. Corrections replace what was said before; unknown fields are null. Also give the one next question to ask.',
      pt: 'Bot de abertura de sinistros de uma seguradora de auto e residência. Depois de cada mensagem do cliente, devolva o registro completo do sinistro em JSON (fields_json) com tudo o que se sabe até agora. Correções substituem o que foi dito antes; campos desconhecidos ficam null. Indique também a próxima pergunta a fazer.',
      ja: '自動車・火災保険の事故受付ボットです。お客様のメッセージを受け取るたびに、その時点で分かっている内容をすべて含む事故記録を JSON（fields_json）で出力してください。訂正があれば前の内容を置き換え、不明な項目は null にします。次に聞くべき質問も1つ挙げてください。',
      de: 'Schadenaufnahme-Bot einer Hausrat- und Kfz-Versicherung. Gib nach jeder Kundennachricht den vollständigen Schadensdatensatz als JSON (fields_json) mit allem bisher Bekannten aus. Korrekturen ersetzen frühere Angaben; Unbekanntes bleibt null. Nenne außerdem die nächste Rückfrage.',
    }))];
    v.turns.forEach((tx, k) => {
      msgs.push(user(tx));
      if (k < v.turns.length - 1) msgs.push(say(JSON.stringify({ fields_json: JSON.stringify(v.fields[k]), next_question: v.qs[k] })));
    });
    return {
      lang, messages: msgs, temperature: 0,
      response_format: jsonSchema('claim_record', { fields_json: str, next_question: str }),
    };
  },
};

// ---------------------------------------------------------------------------------------------
// goal_based
// ---------------------------------------------------------------------------------------------

const rescueTools = [
  tool('get_order', 'Order header, lines and fulfilment status.', { order_id: str }),
  tool('update_shipping_address', 'Change the delivery address; only possible before the parcel is handed to the carrier.', { order_id: str, address: str }),
  tool('cancel_fulfilment', 'Pull the order back from the warehouse pick queue.', { order_id: str }),
  tool('create_fulfilment', 'Send the order to a warehouse with a shipping service.', { order_id: str, warehouse: str, service: oneOf('standard', 'express', 'next_day') }),
  tool('check_stock', 'Stock per warehouse for a SKU.', { sku: str }),
  tool('notify_customer', 'Email the customer.', { order_id: str, body: str }),
];

const rescues: { lang: Lang; addr: string; order: string; sku: string; task: string; fulfil: unknown; addrErr: string; stock: unknown }[] = [
  { lang: 'de', addr: 'Lindenstraße 12, 04109 Leipzig', order: 'DE-551203', sku: 'MANTEL-WOLLE-M-NAVY', task: 'Die Kundin zieht um. Bestellung DE-551203 muss bis Freitag, 28.11., an die neue Adresse „Lindenstraße 12, 04109 Leipzig“ geliefert sein. Heute ist Dienstag, 25.11., 15:40. Erledige das und gib der Kundin Bescheid.',
    fulfil: { status: 'picking', warehouse: 'Hamburg', service: 'standard', carrier_handover: '2025-11-25 17:00', eta_days: 3 },
    addrErr: 'ERROR: address locked – order is in picking at Hamburg; cancel fulfilment first',
    stock: { sku: 'MANTEL-WOLLE-M-NAVY', Hamburg: 2, Halle: 5 } },
  { lang: 'en', addr: 'Unit 3, 40 Fleet Lane, Leeds LS1 4AB', order: 'UK-902114', sku: 'LAMP-BRASS-TALL', task: 'Customer needs order UK-902114 delivered to her office instead (Unit 3, 40 Fleet Lane, Leeds LS1 4AB) and it has to be there by Thursday 27 Nov, it\'s a gift for a leaving do. Today is Tue 25 Nov, 14:10. Sort it and let her know.',
    fulfil: { status: 'picking', warehouse: 'Northampton', service: 'standard', carrier_handover: '2025-11-25 16:30', eta_days: 3 },
    addrErr: 'ERROR: address locked while order is being picked – cancel the fulfilment to edit',
    stock: { sku: 'LAMP-BRASS-TALL', Northampton: 1, Wakefield: 0 } },
  { lang: 'fr', addr: '8 rue des Tanneurs, 67000 Strasbourg', order: 'FR-330871', sku: 'CAFETIERE-ITAL-6T', task: 'Le client doit recevoir la commande FR-330871 chez ses parents (8 rue des Tanneurs, 67000 Strasbourg) au plus tard le samedi 29/11. Nous sommes le mercredi 26/11, 10h05. Règle ça et préviens-le.',
    fulfil: { status: 'picking', warehouse: 'Lyon', service: 'standard', carrier_handover: '2025-11-26 16:00', eta_days: 4 },
    addrErr: 'ERREUR : adresse verrouillée pendant la préparation – annuler l’expédition d’abord',
    stock: { sku: 'CAFETIERE-ITAL-6T', Lyon: 3, Metz: 2 } },
  { lang: 'es', addr: 'Hotel Sol, Av. Marítima 5, 35001 Las Palmas', order: 'ES-447120', sku: 'ZAPATILLA-TRAIL-42', task: 'El cliente se va de viaje: el pedido ES-447120 tiene que llegar antes del viernes 28/11 a su hotel (Hotel Sol, Av. Marítima 5, 35001 Las Palmas). Hoy es martes 25/11, 12:30. Resuélvelo y avísale.',
    fulfil: { status: 'picking', warehouse: 'Madrid', service: 'standard', carrier_handover: '2025-11-25 18:00', eta_days: 4 },
    addrErr: 'ERROR: dirección bloqueada durante la preparación; cancela primero el envío',
    stock: { sku: 'ZAPATILLA-TRAIL-42', Madrid: 4, Tenerife: 0 } },
];

const gbOrderRescue: Family = {
  id: 'wu-gb-order-rescue',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The order must end up at a new address by a fixed date, and the agent chains tool calls (blocked by a lock, so cancel, re-route, upgrade) toward that end state and picks the next step.',
  variants: 4,
  make(rng, i) {
    const v = rescues[i]!;
    const lang = v.lang;
    const msgs = [
      sys(t(lang, {
        en: 'Operations agent for an online shop. Complete the task the user gives you using the tools. One tool call per turn. Stop when the task is done or impossible.',
        de: 'Operations-Agent eines Onlineshops. Erledige die Aufgabe mit den Tools. Pro Zug genau ein Tool-Aufruf. Hör auf, wenn die Aufgabe erledigt oder unmöglich ist.',
        fr: 'Agent opérations d’une boutique en ligne. Accomplis la tâche demandée avec les outils. Un seul appel d’outil par tour. Arrête-toi quand c’est fait ou impossible.',
        es: 'Agente de operaciones de una tienda online. Completa la tarea con las herramientas. Una llamada por turno. Para cuando esté hecho o sea imposible.',
      })),
      user(v.task),
    ];
    exchange(rng, msgs, 'get_order', { order_id: v.order }, { order_id: v.order, lines: [{ sku: v.sku, qty: 1 }], fulfilment: v.fulfil });
    exchange(rng, msgs, 'update_shipping_address', { order_id: v.order, address: v.addr }, v.addrErr);
    if (i % 2 === 0) {
      exchange(rng, msgs, 'cancel_fulfilment', { order_id: v.order }, { ok: true, status: 'unfulfilled' });
      exchange(rng, msgs, 'check_stock', { sku: v.sku }, v.stock);
    } else {
      exchange(rng, msgs, 'check_stock', { sku: v.sku }, v.stock);
    }
    return { lang, messages: msgs, tools: rescueTools, tool_choice: 'required', temperature: 0 };
  },
};

const browserTools = [
  tool('click', 'Click an element by its accessibility id.', { element_id: str }),
  tool('type_text', 'Type into an input.', { element_id: str, text: str }),
  tool('select_option', 'Choose an option in a dropdown.', { element_id: str, value: str }),
  tool('finish', 'Declare the task done or impossible.', { status: oneOf('done', 'impossible'), summary: str }),
];

const adminTasks: { lang: Lang; task: string; pages: [string, Record<string, unknown>, string][] }[] = [
  { lang: 'en', task: 'Create discount code BLACKFRI25: 25% off, only on the "Winter Knits" collection, minimum order £60, one use per customer, active 28 Nov 00:00 to 1 Dec 23:59. Save it as active.', pages: [
    ['click', { element_id: 'nav-discounts' }, '[page] Discounts\n[a11y] button#create-discount \'Create discount\'  table#discounts (12 rows)'],
    ['click', { element_id: 'create-discount' }, '[page] Select discount type\n[a11y] radio#type-amount-products \'Amount off products\'  radio#type-amount-order \'Amount off order\'  radio#type-bxgy \'Buy X get Y\'  radio#type-shipping \'Free shipping\'  button#continue'],
    ['click', { element_id: 'type-amount-products' }, '[ok] selected \'Amount off products\'  button#continue enabled'],
    ['click', { element_id: 'continue' }, '[page] New discount – Amount off products\n[a11y] input#code  select#value-type (Percentage, Fixed amount)  input#value  select#applies-to (Specific collections, Specific products)  button#browse-collections  radio#min-none  radio#min-amount  input#min-amount-value (hidden)  checkbox#once-per-customer  input#start-date  input#start-time  checkbox#set-end  button#save (disabled)'],
    ['type_text', { element_id: 'code', text: 'BLACKFRI25' }, '[ok] code=BLACKFRI25'],
    ['type_text', { element_id: 'value', text: '25' }, '[ok] value=25 value-type=Percentage'],
  ] },
  { lang: 'ja', task: 'クーポン「WELCOME500」を作成：初回購入者のみ、3,000円以上の注文で500円引き、全商品対象、期間は12月1日から12月31日まで。有効化して保存すること。', pages: [
    ['click', { element_id: 'nav-coupons' }, '[page] クーポン管理\n[a11y] button#new-coupon \'新規作成\'  table#coupons (8件)'],
    ['click', { element_id: 'new-coupon' }, '[page] クーポン新規作成\n[a11y] input#code  select#discount-type (定額, 定率, 送料無料)  input#discount-value  select#target (全商品, カテゴリ指定, 商品指定)  input#min-order  select#eligibility (全員, 初回購入者, 会員ランク指定)  input#start  input#end  toggle#active (OFF)  button#save'],
    ['type_text', { element_id: 'code', text: 'WELCOME500' }, '[ok] code=WELCOME500'],
    ['select_option', { element_id: 'discount-type', value: '定額' }, '[ok] discount-type=定額'],
    ['type_text', { element_id: 'discount-value', text: '500' }, '[ok] discount-value=500'],
  ] },
  { lang: 'pt', task: 'Cadastre o produto "Caneca Esmaltada Verde 350ml" (SKU CAN-ESM-VD), preço R$ 59,90, estoque 40, na coleção "Cozinha", e publique na loja. Não publique sem foto — a imagem está em Arquivos como caneca-verde.jpg.', pages: [
    ['click', { element_id: 'nav-products' }, '[page] Produtos\n[a11y] button#add-product \'Adicionar produto\'  table#products (214 itens)'],
    ['click', { element_id: 'add-product' }, '[page] Novo produto\n[a11y] input#title  textarea#description  button#add-media  input#price  input#sku  input#stock  select#collection  select#status (Rascunho, Ativo)  button#save'],
    ['type_text', { element_id: 'title', text: 'Caneca Esmaltada Verde 350ml' }, '[ok] title set'],
    ['type_text', { element_id: 'price', text: '59,90' }, '[ok] price=59.90'],
    ['type_text', { element_id: 'sku', text: 'CAN-ESM-VD' }, '[ok] sku=CAN-ESM-VD'],
    ['type_text', { element_id: 'stock', text: '40' }, '[ok] stock=40'],
    ['select_option', { element_id: 'status', value: 'Ativo' }, '[warning] Produtos ativos precisam de pelo menos uma imagem. status revertido para Rascunho.'],
  ] },
  { lang: 'de', task: 'Lege im Shop-Backend eine Versandregel an: kostenloser Versand innerhalb Deutschlands ab 49 € Warenwert, nur für DHL Paket, gültig ab sofort. Die bestehende Regel „Versand DE 4,90 €“ soll für Bestellungen unter 49 € weiter gelten.', pages: [
    ['click', { element_id: 'nav-settings' }, '[page] Einstellungen\n[a11y] link#shipping \'Versand und Lieferung\'  link#payments \'Zahlungen\'  link#taxes \'Steuern\''],
    ['click', { element_id: 'shipping' }, '[page] Versand\n[a11y] section#zone-de \'Deutschland\' (Regeln: „Versand DE 4,90 €“ – DHL Paket, alle Bestellungen)  button#zone-de-add-rate \'Tarif hinzufügen\'  button#zone-de-edit'],
    ['click', { element_id: 'zone-de-add-rate' }, '[page] Tarif hinzufügen – Deutschland\n[a11y] input#rate-name  select#carrier (DHL Paket, DPD, Hermes)  input#price  checkbox#conditions  radio#cond-weight  radio#cond-price  input#cond-min  input#cond-max  button#done'],
    ['type_text', { element_id: 'rate-name', text: 'Gratisversand ab 49 €' }, '[ok] rate-name gesetzt'],
    ['type_text', { element_id: 'price', text: '0' }, '[ok] price=0,00'],
  ] },
];

const gbShopAdmin: Family = {
  id: 'wu-gb-shop-admin-browser',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'A browser agent works through the shop admin toward a precisely specified configuration and must choose the next UI action that moves it there.',
  variants: 4,
  make(rng, i) {
    const v = adminTasks[i]!;
    const lang = v.lang;
    const msgs = [
      sys(t(lang, {
        en: `You operate the store admin in a browser for the merchant. Task: ${v.task}\nAfter each action you receive the new accessibility tree. Act with exactly one tool call per turn.`,
        ja: `あなたは店舗管理画面をブラウザで操作するエージェントです。タスク：${v.task}\n操作のたびに新しいアクセシビリティツリーが返ります。1ターンにつきツール呼び出しは1回だけにしてください。`,
        pt: `Você opera o painel da loja no navegador para o lojista. Tarefa: ${v.task}\nApós cada ação você recebe a nova árvore de acessibilidade. Faça exatamente uma chamada de ferramenta por turno.`,
        de: `Du bedienst für den Händler das Shop-Backend im Browser. Aufgabe: ${v.task}\nNach jeder Aktion bekommst du den neuen Accessibility-Baum. Genau ein Tool-Aufruf pro Zug.`,
      })),
      user(t(lang, { en: '[page] Admin home\n[a11y] link#nav-orders  link#nav-products  link#nav-discounts  link#nav-settings', ja: '[page] 管理トップ\n[a11y] link#nav-orders  link#nav-products  link#nav-coupons  link#nav-settings', pt: '[page] Início do painel\n[a11y] link#nav-orders  link#nav-products  link#nav-discounts  link#nav-settings', de: '[page] Backend-Start\n[a11y] link#nav-orders  link#nav-products  link#nav-discounts  link#nav-settings' })),
    ];
    for (const [name, args, out] of v.pages) exchange(rng, msgs, name, args, out);
    return { lang, messages: msgs, tools: browserTools, tool_choice: 'required', temperature: 0 };
  },
};

const closeCases: { lang: Lang; sys: string; user: string }[] = [
  { lang: 'fr', sys: 'Assistant de clôture mensuelle pour le cabinet comptable d’une PME. Tu dois produire la suite ordonnée des tâches qui permet de verrouiller la période au plus tard à la date indiquée. Respecte les dépendances et les disponibilités. Réponds en JSON.',
    user: 'Clôture de novembre, SARL Atelier Morin. Période à verrouiller au plus tard le 05/12 à 18h. Aujourd’hui : 01/12, 9h.\n\nTâches (durée, qui, dépend de) :\nT1 Import relevés bancaires — 0,5 j — Léa — aucune\nT2 Rapprochement bancaire — 1 j — Léa — T1\nT3 Saisie factures fournisseurs en attente (23) — 1 j — Karim — aucune\nT4 Lettrage clients — 0,5 j — Léa — T2\nT5 Provisions congés payés — 0,5 j — Karim — paie validée (arrive le 03/12 au matin)\nT6 Déclaration de TVA — 0,5 j — Karim — T2, T3\nT7 Revue par l’expert-comptable — 0,5 j — M. Vidal — T4, T5, T6 ; absent le 04/12\nT8 Verrouillage période — 0,1 j — M. Vidal — T7\n\nLéa est absente le 02/12 après-midi.' },
  { lang: 'en', sys: 'Month-end close assistant for a small accounting practice. Produce the ordered sequence of tasks that gets the period locked by the stated deadline, respecting dependencies and who is available. Reply in JSON.',
    user: 'November close for Harlow & Pike Ltd. Period must be locked by Fri 5 Dec, 17:00. Now: Mon 1 Dec, 09:00.\n\nTasks (duration, owner, depends on):\nA Import bank feeds — 2h — Sam — none\nB Bank reconciliation (3 accounts) — 6h — Sam — A\nC Post supplier bills backlog (31) — 1 day — Priya — none\nD Accruals & prepayments — 4h — Priya — C\nE Payroll journal — 2h — Priya — payroll report (arrives Wed 3 Dec, noon)\nF VAT return draft — 3h — Sam — B, C\nG Partner review — 3h — Dana — B, D, E, F; Dana only works Thu & Fri mornings\nH Lock period — 15 min — Dana — G\n\nSam is at a client all day Tuesday.' },
  { lang: 'es', sys: 'Asistente de cierre mensual para una gestoría. Devuelve la secuencia ordenada de tareas que deja el periodo cerrado antes de la fecha límite, respetando dependencias y disponibilidad. Responde en JSON.',
    user: 'Cierre de noviembre de Distribuciones Lorca S.L. Hay que bloquear el periodo antes del jueves 4/12 a las 14:00. Ahora: lunes 1/12, 8:30.\n\nTareas (duración, responsable, depende de):\n1 Descargar extractos — 1 h — Marta — nada\n2 Conciliación bancaria — 5 h — Marta — 1\n3 Contabilizar facturas de proveedor pendientes (17) — 4 h — Jorge — nada\n4 Amortizaciones — 1 h — Jorge — nada\n5 Modelo 303 borrador — 2 h — Jorge — 2, 3\n6 Revisión de la socia — 2 h — Pilar — 2, 4, 5; Pilar solo está martes y jueves por la mañana\n7 Bloqueo del periodo — 15 min — Pilar — 6\n\nMarta sale a las 15:00 todos los días.' },
  { lang: 'de', sys: 'Assistent für den Monatsabschluss einer kleinen Steuerkanzlei. Liefere die geordnete Abfolge der Aufgaben, mit der die Periode bis zum genannten Termin festgeschrieben ist. Abhängigkeiten und Verfügbarkeiten beachten. Antwort als JSON.',
    user: 'Novemberabschluss Müller Haustechnik GmbH. Festschreibung spätestens Mittwoch, 3.12., 16 Uhr. Jetzt: Montag, 1.12., 8 Uhr.\n\nAufgaben (Dauer, wer, hängt ab von):\nA Kontoauszüge abrufen – 1 h – Jana – –\nB Bankabstimmung – 4 h – Jana – A\nC Eingangsrechnungen buchen (12) – 3 h – Tobias – –\nD Kasse abstimmen – 1 h – Tobias – Kassenbuch vom Kunden (kommt Di 10 Uhr)\nE USt-Voranmeldung – 2 h – Tobias – B, C, D\nF Durchsicht – 2 h – Frau Brandt – B, E; Frau Brandt ist Di ganztägig bei Gericht\nG Festschreibung – 10 min – Frau Brandt – F' },
];

const gbMonthEnd: Family = {
  id: 'wu-gb-month-end-close',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'The task is to find an ordering of dependent close tasks that reaches a fixed end state (period locked) before a deadline; any sequence that makes it is acceptable, nothing is scored.',
  variants: 4,
  make(_rng, i) {
    const v = closeCases[i]!;
    return {
      lang: v.lang,
      messages: [sys(v.sys), user(v.user)],
      response_format: jsonSchema('close_sequence', {
        steps: list(obj({ task: str, owner: str, start: str, end: str })),
        locked_by: str,
        feasible: bool,
        blockers: list(str),
      }),
      temperature: 0,
    };
  },
};

type Placement = [string, string, number, number, number];
const deliveryCases: { lang: Lang; brief: string; placements: Placement[] }[] = [
  { lang: 'en', brief: 'Client contract (Harbour Ales, winter campaign): at least 1,200k impressions in the UK and 300k in Ireland, delivered by 20 Dec, total media cost no more than £18,000. At least one placement must be video. Find a set of bookings that satisfies every line of the contract and list them. If no set works, say which line fails.', placements: [
    ['P1', 'UK', 520, 5200, 1], ['P2', 'UK', 410, 3100, 0], ['P3', 'UK', 380, 2600, 0], ['P4', 'IE', 180, 1900, 0], ['P5', 'IE', 160, 2400, 1], ['P6', 'UK+IE', 300, 2950, 0], ['P7', 'UK', 640, 7400, 1],
  ] },
  { lang: 'de', brief: 'Kundenvertrag (Alpenmilch, Frühjahrskampagne): mindestens 2.000k Impressionen in Deutschland und 500k in Österreich, ausgeliefert bis 31.03., Mediakosten höchstens 26.000 €. Mindestens zwei Buchungen müssen Video sein. Finde eine Kombination, die jede Vertragszeile erfüllt, und liste sie auf. Gibt es keine, nenne die Zeile, an der es scheitert.', placements: [
    ['B1', 'DE', 900, 8100, 1], ['B2', 'DE', 700, 4900, 0], ['B3', 'AT', 260, 2900, 1], ['B4', 'AT', 310, 2200, 0], ['B5', 'DE+AT', 450, 4300, 0], ['B6', 'DE', 600, 6600, 1],
  ] },
  { lang: 'zh', brief: '客户合同（青禾茶饮·春节档）：华东至少 3,000k 曝光、华南至少 1,500k 曝光，1月25日前投放完毕，媒体费用合计不超过 ¥180,000，且至少一个点位为开屏。请找出一组满足合同每一条的点位组合并列出；如果找不到，说明是哪一条无法满足。', placements: [
    ['M1', '华东', 1400, 52000, 1], ['M2', '华东', 900, 27000, 0], ['M3', '华东', 1100, 38000, 0], ['M4', '华南', 800, 30000, 1], ['M5', '华南', 600, 16000, 0], ['M6', '华东+华南', 1000, 41000, 0],
  ] },
  { lang: 'es', brief: 'Contrato del cliente (Conservas Rías, campaña de Navidad): al menos 1.500k impresiones en España y 250k en Portugal, entregadas antes del 22/12, coste de medios como máximo 15.000 €. Al menos una pieza en audio digital. Encuentra una combinación de reservas que cumpla todas las líneas del contrato y enuméralas. Si no existe, indica qué línea falla.', placements: [
    ['R1', 'ES', 700, 5600, 0], ['R2', 'ES', 520, 3900, 1], ['R3', 'PT', 140, 1500, 0], ['R4', 'PT', 180, 2100, 1], ['R5', 'ES+PT', 400, 3300, 0], ['R6', 'ES', 450, 2800, 0],
  ] },
];

const gbAdDelivery: Family = {
  id: 'wu-gb-ad-delivery-target',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'The placements table looks like a media-mix trade-off, but the request is to find any booking set that meets hard contractual impression, budget and format lines: a feasibility target, not a best score.',
  variants: 4,
  make(_rng, i) {
    const v = deliveryCases[i]!;
    const lang = v.lang;
    const head = t(lang, { en: 'id|market|impr. (k)|cost|format', de: 'ID|Markt|Impr. (Tsd.)|Kosten €|Format', zh: '编号|区域|曝光（千）|费用 ¥|形式', es: 'id|mercado|impr. (miles)|coste €|formato' }).split('|');
    const fmt = (x: number): string => (x ? t(lang, { en: 'video', de: 'Video', zh: '开屏', es: 'audio' }) : t(lang, { en: 'display', de: 'Display', zh: '信息流', es: 'display' }));
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'Media buying assistant at an agency.', de: 'Assistent im Mediaeinkauf einer Agentur.', zh: '广告代理公司的媒介采购助手。', es: 'Asistente de compra de medios en una agencia.' })),
        user(`${v.brief}\n\n${table(head, v.placements.map(([id, m, imp, c, f]) => [id, m, imp, c, fmt(f)]))}`),
      ],
      temperature: 0,
    };
  },
};

const printCases: { lang: Lang; text: string }[] = [
  { lang: 'es', text: 'Tenemos reservada la imprenta para el lunes 12 de enero (los archivos deben entrar allí el viernes 9 antes de las 12:00; si no, perdemos el turno hasta marzo). Libro: «La casa de los tilos», 320 págs. Hoy es lunes 15 de diciembre. Del 24/12 al 6/1 la editorial está cerrada.\n\nLo que falta:\n- Corrección de estilo: 8 días laborables (Nuria)\n- Maquetación: 5 días (estudio externo; empieza cuando esté la corrección)\n- Primeras pruebas a la autora: 4 días naturales para devolverlas\n- Correcciones en maqueta: 2 días\n- Índice onomástico: 3 días, solo sobre maqueta definitiva\n- Cubierta: el diseñador entrega el 19/12; la aprueba el director (1 día)\n- ISBN y depósito legal: 1 día, cuando la cubierta esté aprobada\n\nDame el orden de trabajo con fechas para llegar a la imprenta a tiempo, o dime dónde no llegamos.' },
  { lang: 'en', text: 'We have a press slot on Mon 19 Jan (print-ready files due at the printer Thu 15 Jan, 10:00, or we lose the slot until April). Title: "Salt Roads", 256 pp. Today is Mon 8 Dec. The office is closed 24 Dec–2 Jan.\n\nStill to do:\n- Copyedit: 7 working days (Aisha)\n- Typesetting: 4 days (freelancer; starts after copyedit)\n- First proofs to author: she needs 5 calendar days\n- Proof corrections: 2 days\n- Index: 3 days, only from final pages\n- Cover: designer delivers 12 Dec; publisher sign-off 1 day\n- Barcode/ISBN on cover: half a day after sign-off\n\nGive me the sequence with dates that gets us to the printer on time, or tell me where it breaks.' },
  { lang: 'fr', text: 'Créneau imprimeur réservé le lundi 2 février (fichiers définitifs chez l’imprimeur le jeudi 29 janvier à midi, sinon on perd le créneau jusqu’en avril). Titre : « Les Îles blanches », 288 p. Nous sommes le lundi 5 janvier.\n\nReste à faire :\n- Préparation de copie : 6 jours ouvrés (Camille)\n- Mise en pages : 4 jours (prestataire, après la prépa)\n- Premières épreuves à l’auteur : 5 jours calendaires\n- Corrections sur épreuves : 2 jours\n- Index : 2 jours, sur pages définitives seulement\n- Couverture : livrée le 9/01, validation de la direction 1 jour\n- Demande de traduction du 4e de couverture pour l’édition belge : non bloquant\n\nDonne-moi l’enchaînement daté qui nous fait arriver chez l’imprimeur à temps, ou dis-moi où ça coince.' },
  { lang: 'ja', text: '印刷所の枠を2月9日（月）に押さえています（入稿は2月5日（木）正午まで。間に合わないと次の枠は4月）。書名『川霧の町』、272ページ。本日は1月13日（火）。\n\n残りの作業：\n・校閲：営業日で7日（田中）\n・組版：4日（外部の組版所、校閲後に着手）\n・初校を著者に送付：戻しまで暦日で5日\n・赤字修正：2日\n・索引作成：3日（確定ページからのみ）\n・カバー：デザイナー納品1月20日、編集長承認に1日\n・帯コピー：営業部が1月30日までに決定\n\n入稿に間に合う作業順と日付を出してください。無理ならどこで詰まるかを教えてください。' },
];

const gbPrintDeadline: Family = {
  id: 'wu-gb-print-deadline',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'Dependent production steps must be sequenced so the files reach the printer by a hard cutoff; the request is for a dated route to that end state or the point where it fails.',
  variants: 4,
  make(_rng, i) {
    const v = printCases[i]!;
    return {
      lang: v.lang,
      messages: [
        sys(t(v.lang, { en: 'Production assistant at a small literary publisher.', es: 'Asistente de producción en una editorial literaria pequeña.', fr: 'Assistant de fabrication dans une petite maison d’édition littéraire.', ja: '小さな文芸出版社の制作アシスタントです。' })),
        user(v.text),
      ],
      temperature: 0.2,
    };
  },
};

const payoutTools = [
  tool('get_claim', 'Claim file with status and checklist.', { claim_id: str }),
  tool('list_documents', 'Documents attached to a claim.', { claim_id: str }),
  tool('request_document', 'Ask the policyholder for a document.', { claim_id: str, doc_type: str, message: str }),
  tool('order_inspection', 'Book a loss adjuster visit.', { claim_id: str, date: str }),
  tool('set_status', 'Move the claim to a new status.', { claim_id: str, status: oneOf('open', 'awaiting_docs', 'under_review', 'approved_for_payout', 'declined') }),
];

const payoutCases: { lang: Lang; id: string; claim: Record<string, unknown>; docs: string[] }[] = [
  { lang: 'ja', id: 'JP-H-100482', claim: { type: '水濡れ（住宅）', amount_jpy: 420000, status: 'awaiting_docs', checklist: { 事故状況報告書: true, 修理見積書: true, 被害写真: true, 管理会社の事故証明: false, 振込先口座: false } }, docs: ['事故状況報告書.pdf', '修理見積_山田工務店.pdf', '写真_天井1.jpg', '写真_天井2.jpg'] },
  { lang: 'en', id: 'UK-M-771203', claim: { type: 'motor – accidental damage', amount_gbp: 2850, status: 'awaiting_docs', checklist: { claim_form: true, repair_estimate: true, photos: true, third_party_details: 'n/a', v5c_copy: false, inspection_if_over_2500: false } }, docs: ['claim_form_signed.pdf', 'estimate_kwikfit.pdf', 'IMG_2201.jpg'] },
  { lang: 'pt', id: 'BR-E-330915', claim: { type: 'equipamento eletrônico – roubo', amount_brl: 7800, status: 'awaiting_docs', checklist: { boletim_de_ocorrencia: true, nota_fiscal: false, comprovante_residencia: true, dados_bancarios: true } }, docs: ['BO_2025_118833.pdf', 'conta_luz_outubro.pdf', 'dados_bancarios.pdf'] },
  { lang: 'de', id: 'DE-H-552170', claim: { type: 'Sturmschaden Dach', amount_eur: 6400, status: 'under_review', checklist: { Schadenanzeige: true, Fotos: true, Kostenvoranschlag: true, Wetterbestätigung_DWD: true, Gutachterbesichtigung_ab_5000: false } }, docs: ['Schadenanzeige.pdf', 'Fotos_Dach.zip', 'KVA_Dachdecker_Brenner.pdf', 'DWD_Bestaetigung.pdf'] },
];

const gbClaimPayout: Family = {
  id: 'wu-gb-claim-payout',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The agent has to bring the claim to approved-for-payout status and uses the checklist and documents it has fetched to pick the next action that closes the remaining gap.',
  variants: 4,
  make(rng, i) {
    const v = payoutCases[i]!;
    const lang = v.lang;
    const msgs = [
      sys(t(lang, {
        en: 'Claims handling agent. Get the claim you are given to approved_for_payout if the policy allows it, otherwise decline with a reason. Every checklist item must be satisfied first. One tool call per turn.',
        ja: '保険金請求の処理エージェントです。担当案件を、約款上認められるなら approved_for_payout まで進め、認められない場合は理由を付けて declined にしてください。先にチェックリストをすべて満たす必要があります。1ターン1回のツール呼び出し。',
        pt: 'Agente de regulação de sinistros. Leve o sinistro recebido até approved_for_payout se a apólice permitir; caso contrário, recuse com motivo. Todos os itens do checklist precisam estar atendidos antes. Uma chamada de ferramenta por turno.',
        de: 'Schadenbearbeitungs-Agent. Bring den zugewiesenen Schaden auf approved_for_payout, wenn der Vertrag es hergibt, sonst ablehnen mit Begründung. Vorher muss jeder Punkt der Checkliste erfüllt sein. Ein Tool-Aufruf pro Zug.',
      })),
      user(t(lang, { en: `Next in your queue: ${v.id}`, ja: `次の担当案件：${v.id}`, pt: `Próximo da sua fila: ${v.id}`, de: `Nächster Fall in deiner Queue: ${v.id}` })),
    ];
    exchange(rng, msgs, 'get_claim', { claim_id: v.id }, { claim_id: v.id, ...v.claim });
    exchange(rng, msgs, 'list_documents', { claim_id: v.id }, { documents: v.docs });
    return { lang, messages: msgs, tools: payoutTools, tool_choice: 'required', temperature: 0 };
  },
};

// ---------------------------------------------------------------------------------------------
// utility_based
// ---------------------------------------------------------------------------------------------

type Channel = [string, number, number, number, number];
const splitCases: { lang: Lang; budget: number; cur: string; extra: string; channels: Channel[] }[] = [
  { lang: 'en', budget: 40000, cur: '$', extra: 'Each order is worth $38 contribution margin. Brand team wants at least 15% of spend on YouTube. Don\'t drop any channel below its minimum if you use it at all.', channels: [['Google Search', 24, 5000, 14000, 3000], ['Meta', 31, 2000, 20000, 2000], ['YouTube', 55, 0, 15000, 4000], ['Affiliates', 19, 0, 6000, 0], ['Podcasts', 47, 0, 9000, 6000]] },
  { lang: 'de', budget: 25000, cur: '€', extra: 'Deckungsbeitrag je Bestellung ca. 42 €. Vertrieb besteht auf mindestens 3.000 € im Newsletter-Sponsoring (Vertrag läuft). Wenn ein Kanal genutzt wird, dann mindestens mit seinem Mindestbetrag.', channels: [['Google Ads', 27, 4000, 10000, 2000], ['Meta', 35, 0, 12000, 1500], ['Newsletter-Sponsoring', 30, 3000, 6000, 3000], ['Preisvergleich (idealo)', 22, 0, 5000, 0], ['Pinterest', 44, 0, 7000, 2000]] },
  { lang: 'fr', budget: 18000, cur: '€', extra: 'Marge par commande : environ 29 €. La direction veut au moins 20 % sur des canaux « image » (Instagram ou affichage). Tout canal utilisé doit recevoir au moins son montant minimum.', channels: [['Google Ads', 21, 3000, 7000, 1000], ['Instagram', 33, 0, 8000, 1500], ['Affichage métro', 58, 0, 9000, 5000], ['Affiliation', 18, 0, 3500, 0], ['TikTok', 39, 0, 6000, 2000]] },
  { lang: 'zh', budget: 300000, cur: '¥', extra: '每单毛利约 ¥95。品牌部要求小红书投放不少于总预算的 20%。任何渠道一旦使用，金额不得低于其起投金额。', channels: [['百度搜索', 68, 30000, 90000, 20000], ['抖音信息流', 82, 0, 150000, 30000], ['小红书达人', 110, 0, 120000, 40000], ['返利联盟', 55, 0, 40000, 0], ['微信朋友圈', 96, 0, 80000, 30000]] },
];

const ubChannelSplit: Family = {
  id: 'wu-ub-channel-split',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Known CPA figures, caps and minimums for each channel are traded off to split one budget for the most contribution margin; there is no hard target to hit and no history to generalise from.',
  variants: 4,
  make(_rng, i) {
    const v = splitCases[i]!;
    const lang = v.lang;
    const head = t(lang, { en: `channel|expected CPA ${v.cur}|floor ${v.cur}|cap ${v.cur}|minimum buy ${v.cur}`, de: 'Kanal|erwartete CPA €|Untergrenze €|Obergrenze €|Mindestbuchung €', fr: 'canal|CPA attendu €|plancher €|plafond €|achat minimum €', zh: '渠道|预估 CPA ¥|保底 ¥|上限 ¥|起投金额 ¥' }).split('|');
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'Marketing budget assistant. Return the split as JSON.', de: 'Assistent für Marketingbudgets. Gib die Aufteilung als JSON zurück.', fr: 'Assistant budget marketing. Renvoie la répartition en JSON.', zh: '营销预算助手。以 JSON 返回预算分配。' })),
        user(`${t(lang, { en: `Q1 budget ${v.cur}${v.budget}. How should we split it?`, de: `Budget Q1: ${v.budget} €. Wie verteilen wir es?`, fr: `Budget T1 : ${v.budget} €. Comment le répartir ?`, zh: `一季度预算 ¥${v.budget}，怎么分？` })}\n\n${table(head, v.channels)}\n\n${v.extra}`),
      ],
      response_format: jsonSchema('budget_split', {
        allocation: list(obj({ channel: str, amount: num })),
        expected_orders: num,
        expected_margin: num,
        reasoning: str,
      }),
      temperature: 0,
    };
  },
};

const carrierTools = [
  tool('get_rates', 'Live carrier quotes for a parcel.', { order_id: str, weight_kg: num, dest: str }),
  tool('get_carrier_stats', 'Last 90 days of on-time and damage rates per carrier for this lane.', { dest: str }),
  tool('buy_label', 'Purchase a shipping label.', { order_id: str, carrier: str, service: str }),
];

const carrierCases: { lang: Lang; order: string; dest: string; kg: number; ask: string; rates: [string, string, number, number][]; stats: [string, number, number, number][] }[] = [
  { lang: 'de', order: 'DE-61022', dest: 'AT-1070 Wien', kg: 7.5, ask: 'Bestellung DE-61022 (Keramikvase, 7,5 kg, Warenwert 240 €) nach Wien, Kundin möchte sie bis spätestens Mittwoch. Such den besten Versand raus und kauf das Label. Mir sind Bruchrisiko und Kosten ungefähr gleich wichtig, Kundenbewertung etwas weniger.',
    rates: [['DHL', 'Paket International', 17.9, 2], ['DPD', 'Classic', 14.5, 3], ['GLS', 'BusinessParcel', 13.2, 3], ['UPS', 'Standard', 22.4, 2]], stats: [['DHL', 96, 0.8, 4.4], ['DPD', 92, 1.9, 4.0], ['GLS', 89, 2.6, 3.8], ['UPS', 97, 0.5, 4.5]] },
  { lang: 'en', order: 'UK-44310', dest: 'EH3 Edinburgh', kg: 2.1, ask: 'Order UK-44310 (two framed prints, 2.1 kg, value £180) to Edinburgh, customer asked for it before the weekend, today is Tuesday. Pick the best service and buy the label. Cost matters most to me, then damage risk, then customer ratings.',
    rates: [['Royal Mail', 'Tracked 48', 6.9, 2], ['Evri', 'Next Day', 5.4, 1], ['DPD', 'Next Day', 9.8, 1], ['Parcelforce', 'express48', 11.2, 2]], stats: [['Royal Mail', 93, 1.2, 4.1], ['Evri', 86, 3.4, 3.2], ['DPD', 97, 0.6, 4.6], ['Parcelforce', 95, 0.9, 4.0]] },
  { lang: 'es', order: 'ES-88213', dest: '08012 Barcelona', kg: 12, ask: 'Pedido ES-88213 (silla de diseño, 12 kg, 390 €) a Barcelona. El cliente no tiene prisa, cualquier plazo de esta semana le vale. Elige el mejor envío y compra la etiqueta. Para mí lo primero es que no llegue rota, luego el precio.',
    rates: [['SEUR', '24', 21.3, 1], ['Correos Express', 'Paq 48', 14.9, 2], ['MRW', 'Ecommerce', 17.6, 2], ['GLS', 'Business', 15.8, 3]], stats: [['SEUR', 95, 1.1, 4.2], ['Correos Express', 88, 2.8, 3.7], ['MRW', 93, 1.5, 4.0], ['GLS', 91, 2.0, 3.9]] },
  { lang: 'pt', order: 'BR-20981', dest: '30140-071 Belo Horizonte', kg: 3.4, ask: 'Pedido BR-20981 (kit de panelas, 3,4 kg, R$ 520) para BH. O cliente só precisa receber em até 7 dias úteis. Escolha o melhor frete e compre a etiqueta. Custo pesa mais, depois avaliação dos clientes, depois avaria.',
    rates: [['Correios', 'PAC', 38.9, 6], ['Correios', 'SEDEX', 64.2, 2], ['Jadlog', '.Package', 33.5, 5], ['Loggi', 'Padrão', 41.0, 3]], stats: [['Correios', 90, 1.4, 4.0], ['Jadlog', 84, 2.9, 3.5], ['Loggi', 94, 1.0, 4.3]] },
  { lang: 'ja', order: 'JP-77820', dest: '福岡市中央区', kg: 4.2, ask: '注文 JP-77820（有田焼の食器セット、4.2kg、28,000円）を福岡へ。お客様の希望は「今週中ならいつでも」。一番良い配送を選んでラベルを購入してください。破損リスク重視、次に送料、レビュー評価は参考程度で。',
    rates: [['ヤマト運輸', '宅急便', 1580, 1], ['佐川急便', '飛脚宅配便', 1420, 2], ['日本郵便', 'ゆうパック', 1390, 2], ['西濃運輸', 'カンガルー便', 1200, 3]], stats: [['ヤマト運輸', 98, 0.4, 4.6], ['佐川急便', 95, 0.9, 4.1], ['日本郵便', 96, 0.7, 4.2], ['西濃運輸', 90, 1.8, 3.6]] },
];

const ubCarrierPick: Family = {
  id: 'wu-ub-carrier-pick',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'medium',
  rationale: 'Several carrier quotes all meet the delivery need, so the choice is a weighted trade-off of price, damage rate and rating stated by the merchant.',
  variants: 5,
  make(rng, i) {
    const v = carrierCases[i]!;
    const lang = v.lang;
    const msgs = [
      sys(t(lang, {
        en: 'Shipping assistant for a homeware shop. Look up live rates and lane stats before buying a label.',
        de: 'Versandassistent eines Wohnaccessoires-Shops. Vor dem Labelkauf Live-Tarife und Strecken-Statistiken abrufen.',
        es: 'Asistente de envíos de una tienda de hogar. Consulta tarifas y estadísticas de la ruta antes de comprar la etiqueta.',
        pt: 'Assistente de frete de uma loja de casa e cozinha. Consulte cotações e estatísticas da rota antes de comprar a etiqueta.',
        ja: '生活雑貨ショップの配送アシスタントです。ラベル購入前に運賃と配送実績を確認してください。',
      })),
      user(v.ask),
    ];
    const c = calls(rng, ['get_rates', { order_id: v.order, weight_kg: v.kg, dest: v.dest }], ['get_carrier_stats', { dest: v.dest }]);
    msgs.push(c.message);
    msgs.push(result(c.ids[0]!, { quotes: v.rates.map(([carrier, service, price, days]) => ({ carrier, service, price, transit_days: days })) }));
    msgs.push(result(c.ids[1]!, { lane: v.dest, carriers: v.stats.map(([carrier, ontime, dmg, rating]) => ({ carrier, on_time_pct: ontime, damage_pct: dmg, rating })) }));
    return { lang, messages: msgs, tools: carrierTools, temperature: 0 };
  },
};

const quoteCases: { lang: Lang; text: string }[] = [
  { lang: 'fr', text: 'Je tiens une boulangerie-pâtisserie à Nantes (CA 480 k€, 6 salariés). Trois devis multirisque pro à comparer, je dois signer avant le 31 :\n\nA) Axa — prime 2 140 €/an, franchise 1 000 €, perte d’exploitation 6 mois, bris de machine inclus, RC 5 M€\nB) MMA — prime 1 690 €/an, franchise 2 500 €, perte d’exploitation 3 mois, bris de machine en option (+310 €), RC 3 M€\nC) Groupama — prime 1 910 €/an, franchise 1 500 €, perte d’exploitation 12 mois, bris de machine inclus, RC 3 M€\n\nSur 10 ans j’ai eu : un dégât des eaux (~4 000 €) et une panne du four (~9 000 €, 3 semaines de fermeture). Je préfère payer un peu plus que risquer un gros trou de trésorerie. Lequel prendre ?' },
  { lang: 'en', text: 'I run a small online print shop (turnover £260k, 3 staff, one large-format printer worth £38k). Three business insurance quotes, need to pick one this week:\n\nA) Hiscox — £1,480/yr, excess £500, business interruption 3 months, equipment breakdown included, cyber £100k\nB) Simply Business panel (AXA) — £1,120/yr, excess £1,000, BI 6 months, equipment breakdown +£240, no cyber\nC) Superscript — £1,350/yr, excess £750, BI 12 months, equipment breakdown included, cyber £250k\n\nWe take all orders online so a site outage hurts. Our printer\'s been repaired twice in 4 years (~£3k each). I\'d rather keep premiums down but can\'t survive a month without printing. Which one?' },
  { lang: 'es', text: 'Tengo una tienda online de cosmética natural en Valencia (facturación 350 k€, almacén propio con 60 k€ de stock). Tres ofertas de seguro multirriesgo para comparar:\n\nA) Mapfre — 1.290 €/año, franquicia 600 €, pérdida de beneficios 3 meses, robo de stock hasta 40 k€, RC 600 k€\nB) Allianz — 1.540 €/año, franquicia 300 €, pérdida de beneficios 6 meses, robo de stock hasta 80 k€, RC 1,2 M€\nC) Línea Directa — 980 €/año, franquicia 1.500 €, sin pérdida de beneficios, robo de stock hasta 60 k€, RC 300 k€\n\nEl almacén está en un polígono con bastantes robos. Los productos son cosméticos, así que la RC me preocupa. No me sobra el dinero. ¿Cuál me compensa más?' },
  { lang: 'de', text: 'Ich betreibe ein kleines Fahrradgeschäft mit Werkstatt in Freiburg (Umsatz 620 T€, Lager ca. 140 T€, davon viele E-Bikes). Drei Angebote für eine Inhaltsversicherung + Betriebsunterbrechung:\n\nA) Allianz – 2.380 €/Jahr, SB 1.000 €, BU 12 Monate, Einbruchdiebstahl bis 150 T€\nB) HDI – 1.870 €/Jahr, SB 2.500 €, BU 6 Monate, Einbruchdiebstahl bis 100 T€\nC) Barmenia – 2.050 €/Jahr, SB 1.500 €, BU 12 Monate, Einbruchdiebstahl bis 120 T€, Elektronik-Pauschale inkl.\n\nIm Viertel gab es letztes Jahr zwei Einbrüche bei Nachbarn. Ich will kein Klumpenrisiko, aber jeder Hunderter zählt. Welches Angebot ist unterm Strich das beste?' },
];

const ubPolicyQuotes: Family = {
  id: 'wu-ub-policy-quotes',
  label: 'utility_based',
  secondary: 'learning',
  difficulty: 'medium',
  rationale: 'Premiums, excesses and cover limits are weighed against the owner\'s exposure and stated risk appetite to pick the best-value policy; the few past losses only calibrate the risk, they are not tries to learn from.',
  variants: 4,
  make(_rng, i) {
    const v = quoteCases[i]!;
    return { lang: v.lang, messages: [user(v.text)], temperature: 0.4 };
  },
};

type Story = [string, string, number, number];
const slotCases: { lang: Lang; rules: string; stories: Story[] }[] = [
  { lang: 'en', rules: '5 homepage slots. Slot weights for attention: 1.0, 0.7, 0.5, 0.35, 0.25. Score = predicted reads x slot weight + editorial importance x 2,000. At most two stories from the same desk. Slot 1 cannot be sport or lifestyle.', stories: [
    ['Budget: fuel duty frozen, pension tax relief cut', 'Politics', 48000, 9], ['Striker\'s £90m transfer collapses at medical', 'Sport', 71000, 4], ['NHS waiting list falls for third month', 'Health', 26000, 7], ['Review: the 10 best winter coats under £150', 'Lifestyle', 55000, 2], ['Storm Bert: flood warnings across Wales', 'News', 39000, 8], ['Interest rates held at 4.75%', 'Business', 31000, 8], ['Cup draw: non-league side get United', 'Sport', 44000, 3],
  ] },
  { lang: 'ja', rules: 'トップページ枠は5つ。枠ごとの注目度係数：1.0、0.7、0.5、0.35、0.25。スコア＝予測閲覧数×係数＋編集重要度×2,000。同じ部からは最大2本。1枠目にスポーツ・生活は置かない。', stories: [
    ['衆院予算委、補正予算案を可決', '政治部', 32000, 9], ['大谷、来季の背番号を発表', '運動部', 88000, 3], ['インフル流行入り、例年より3週早く', '社会部', 41000, 7], ['年末の大掃除、プロの時短術', '生活部', 52000, 2], ['日経平均、4万円台を回復', '経済部', 36000, 7], ['豪雪で北陸道が通行止め', '社会部', 47000, 8],
  ] },
  { lang: 'es', rules: '5 huecos en portada. Peso de atención por hueco: 1,0; 0,7; 0,5; 0,35; 0,25. Puntuación = lecturas previstas x peso + importancia editorial x 2.000. Máximo dos piezas de la misma sección. El hueco 1 no puede ser deportes ni estilo de vida.', stories: [
    ['El Congreso aprueba la reducción de jornada a 37,5 horas', 'Política', 45000, 9], ['Lamine Yamal, baja tres semanas', 'Deportes', 83000, 3], ['La DANA deja 200 litros en Castellón', 'Sociedad', 51000, 8], ['Diez rutas para ver el otoño en Asturias', 'Estilo', 38000, 2], ['El Euríbor baja por cuarto mes seguido', 'Economía', 34000, 6], ['Huelga de médicos en Madrid el jueves', 'Sociedad', 29000, 7], ['El Real Madrid, a octavos como primero', 'Deportes', 61000, 3],
  ] },
  { lang: 'fr', rules: '5 emplacements en une. Pondération d’attention par emplacement : 1,0 ; 0,7 ; 0,5 ; 0,35 ; 0,25. Score = lectures prévues x pondération + importance éditoriale x 2 000. Deux sujets maximum par service. L’emplacement 1 ne peut pas être sport ni art de vivre.', stories: [
    ['Budget 2026 : le 49.3 déclenché à l’Assemblée', 'Politique', 52000, 9], ['Mbappé forfait pour le Clasico', 'Sport', 77000, 3], ['Grippe : les urgences saturées en Île-de-France', 'Société', 36000, 7], ['Nos 12 adresses pour une raclette à Paris', 'Art de vivre', 41000, 1], ['La BCE baisse ses taux de 0,25 point', 'Économie', 30000, 7], ['Procès des assistants parlementaires : verdict jeudi', 'Politique', 27000, 6],
  ] },
];

const ubHomepageSlots: Family = {
  id: 'wu-ub-homepage-slots',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Stories are placed into weighted slots to get the best total score under desk and slot constraints, a scored assignment rather than a rule lookup for each story.',
  variants: 4,
  make(_rng, i) {
    const v = slotCases[i]!;
    const lang = v.lang;
    const head = t(lang, { en: 'headline|desk|predicted reads|editorial importance (1-10)', ja: '見出し|担当部|予測閲覧数|編集重要度(1-10)', es: 'titular|sección|lecturas previstas|importancia editorial (1-10)', fr: 'titre|service|lectures prévues|importance éditoriale (1-10)' }).split('|');
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'Homepage assistant for the digital night desk.', ja: 'デジタル編集局・夜勤デスクのトップページ担当アシスタントです。', es: 'Asistente de portada para la mesa digital de noche.', fr: 'Assistant de la une pour l’édition numérique de nuit.' })),
        user(`${v.rules}\n\n${table(head, v.stories)}`),
      ],
      response_format: jsonSchema('homepage', { slots: list(obj({ slot: int, headline: str })), total_score: num }),
      temperature: 0,
    };
  },
};

// Same table layout as wu-lr-promo-history; here the rows are candidate offers with planning estimates.
type PromoRow = [string, string, string, number, number];
const promoOptionCases: { lang: Lang; ctx: string; rows: PromoRow[]; ask: string }[] = [
  { lang: 'pt', ctx: 'Loja online de cafés especiais. Black Friday, uma semana. Verba de desconto disponível: R$ 9.000 (custo de margem cedido). Só dá pra rodar duas ofertas ao mesmo tempo sem confundir o cliente.', rows: [
    ['O1', '15% em todo o site', '7 dias', 7800, 31000], ['O2', 'Frete grátis acima de R$ 120', '7 dias', 4100, 18500], ['O3', 'Leve 3 pague 2 em cápsulas', '7 dias', 5200, 21000], ['O4', 'Brinde caneca acima de R$ 200', '7 dias', 2600, 9800], ['O5', '25% só em moedores', '3 dias', 3900, 12500],
  ], ask: 'Quais ofertas rodar para ter o maior lucro incremental dentro da verba?' },
  { lang: 'en', ctx: 'Online pet supplies shop. Spring sale, 10 days. Discount budget (margin given away): £6,000. Max two offers live at once.', rows: [
    ['O1', '10% off sitewide', '10 days', 5400, 17500], ['O2', 'Free delivery over £35', '10 days', 2900, 9600], ['O3', 'Buy 2 get 1 free on treats', '10 days', 1800, 7400], ['O4', '20% off first subscription order', '10 days', 2300, 11800], ['O5', '£5 off orders over £50', '5 days', 2100, 6100],
  ], ask: 'Which offers do we run to get the most incremental profit within budget?' },
  { lang: 'de', ctx: 'Onlineshop für Outdoor-Ausrüstung. Winterschlussverkauf, 2 Wochen. Rabattbudget (abgegebene Marge): 15.000 €. Höchstens zwei Aktionen gleichzeitig.', rows: [
    ['O1', '20 % auf Winterjacken', '14 Tage', 11200, 36000], ['O2', 'Gratisversand ab 50 €', '14 Tage', 3800, 12500], ['O3', '3 für 2 bei Socken & Mützen', '14 Tage', 2100, 8900], ['O4', '15 € Gutschein ab 100 €', '7 Tage', 6500, 19000], ['O5', '30 % auf Vorjahresmodelle Schuhe', '14 Tage', 7400, 21500],
  ], ask: 'Welche Aktionen bringen innerhalb des Budgets den höchsten Zusatzgewinn?' },
  { lang: 'zh', ctx: '一家卖护肤品的天猫店，双十二活动7天。可让利预算（让出去的毛利）¥50,000。同时最多上线两个活动。', rows: [
    ['O1', '全店9折', '7天', 42000, 128000], ['O2', '满299减40', '7天', 23000, 86000], ['O3', '买精华送小样套装', '7天', 12000, 41000], ['O4', '会员专享8折', '7天', 18000, 69000], ['O5', '前2小时第二件半价', '1天', 9000, 33000],
  ], ask: '在预算内选哪几个活动，增量利润最高？' },
];

const ubPromoOptions: Family = {
  id: 'wu-ub-promo-options',
  label: 'utility_based',
  secondary: 'learning',
  difficulty: 'hard',
  rationale: 'The table lists candidate offers with planning estimates of cost and gain, and the task is to choose the combination that gives the most profit under a budget and a concurrency limit; there are no observed outcomes to generalise from.',
  variants: 4,
  make(_rng, i) {
    const v = promoOptionCases[i]!;
    const lang = v.lang;
    const head = t(lang, { en: 'id|offer|runs|est. margin cost|est. incremental gross profit', pt: 'id|oferta|duração|custo de margem est.|lucro bruto incremental est.', de: 'ID|Aktion|Laufzeit|gesch. Margenkosten|gesch. Zusatz-Rohertrag', zh: '编号|活动|时长|预计让利|预计增量毛利' }).split('|');
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'E-commerce trading assistant.', pt: 'Assistente comercial de e-commerce.', de: 'E-Commerce-Assistent im Category Management.', zh: '电商运营助手。' })),
        user(`${v.ctx}\n\n${table(head, v.rows)}\n\n${v.ask}`),
      ],
      temperature: 0.2,
    };
  },
};

const rotaTools = [
  tool('get_contact_forecast', 'Forecast contacts per hour and channel.', { date: str }),
  tool('get_agent_pool', 'Available agents, skills and hourly cost.', { date: str }),
];

const rotaCases: { lang: Lang; date: string; ask: string; forecast: Record<string, number[]>; pool: unknown; rules: string }[] = [
  { lang: 'es', date: '2025-12-26', ask: 'Reparte al equipo de mañana (26/12, de 9 a 13 h, 4 bloques de 1 h) entre teléfono, chat y email.', forecast: { phone: [40, 55, 60, 45], chat: [70, 90, 95, 80], email: [30, 30, 35, 40] },
    pool: { agents: 9, cost_eur_h: { fijo: 18, ett: 24 }, fixed_staff: 6, temp_available: 3, capacity_per_agent_h: { phone: 10, chat: 18, email: 12 } }, rules: 'Penalización SLA: 4 € por cada contacto de teléfono no atendido en la hora, 2 € por chat, 0,5 € por email (el email puede esperar). Cada agente solo un canal por bloque. Busco el mejor equilibrio entre coste de personal y penalizaciones.' },
  { lang: 'en', date: '2025-12-01', ask: 'Allocate tomorrow\'s support team (Cyber Monday, 08:00-12:00, four 1-hour blocks) across phone, chat and email.', forecast: { phone: [60, 85, 90, 70], chat: [120, 160, 170, 140], email: [50, 60, 60, 70] },
    pool: { core_staff: 10, cost_gbp_h: { core: 17, agency: 26 }, agency_available: 5, capacity_per_agent_h: { phone: 9, chat: 16, email: 14 } }, rules: 'SLA penalty: £5 per unanswered phone contact in the hour, £2.50 per chat, £0.40 per email. One channel per agent per block. Agency staff are booked for all four blocks or not at all. Find the best balance of staff cost and penalties.' },
  { lang: 'de', date: '2025-11-28', ask: 'Teile das Support-Team für morgen (Black Friday, 10–14 Uhr, vier Blöcke à 1 h) auf Telefon, Chat und E-Mail auf.', forecast: { phone: [35, 50, 55, 40], chat: [80, 110, 120, 90], email: [25, 30, 30, 35] },
    pool: { stammteam: 7, kosten_eur_h: { stamm: 21, leih: 29 }, leih_verfuegbar: 4, kapazitaet_pro_agent_h: { phone: 9, chat: 17, email: 13 } }, rules: 'SLA-Strafe: 4,50 € je unbeantwortetem Anruf in der Stunde, 2 € je Chat, 0,30 € je E-Mail. Pro Block ein Kanal je Person. Leihkräfte nur für alle vier Blöcke buchbar. Gesucht ist die beste Balance aus Personalkosten und Strafen.' },
  { lang: 'fr', date: '2025-12-22', ask: 'Répartis l’équipe du service client de demain (22/12, 14h–18h, quatre créneaux d’1 h) entre téléphone, chat et e-mail.', forecast: { phone: [30, 45, 50, 35], chat: [60, 85, 90, 70], email: [20, 25, 25, 30] },
    pool: { titulaires: 6, cout_eur_h: { titulaire: 19, interim: 27 }, interim_dispo: 3, capacite_par_agent_h: { phone: 9, chat: 15, email: 12 } }, rules: 'Pénalité SLA : 4 € par appel non traité dans l’heure, 2 € par chat, 0,50 € par e-mail. Un seul canal par agent et par créneau. Les intérimaires se réservent pour les quatre créneaux ou pas du tout. Cherche le meilleur compromis entre coût du personnel et pénalités.' },
];

const ubSupportRota: Family = {
  id: 'wu-ub-support-rota',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'hard',
  rationale: 'Staff are allocated across channels and hours to balance wage cost against per-contact SLA penalties, a cost trade-off with no single required coverage level.',
  variants: 4,
  make(rng, i) {
    const v = rotaCases[i]!;
    const lang = v.lang;
    const msgs = [
      sys(t(lang, {
        en: `Workforce assistant for an e-commerce customer service team. ${v.rules} Return the rota as JSON.`,
        es: `Asistente de planificación de personal para atención al cliente de un e-commerce. ${v.rules} Devuelve el cuadrante en JSON.`,
        de: `Personaleinsatz-Assistent für den Kundenservice eines Onlinehändlers. ${v.rules} Gib den Einsatzplan als JSON zurück.`,
        fr: `Assistant de gestion des effectifs pour le service client d’un site e-commerce. ${v.rules} Renvoie le planning en JSON.`,
      })),
      user(v.ask),
    ];
    const c = calls(rng, ['get_contact_forecast', { date: v.date }], ['get_agent_pool', { date: v.date }]);
    msgs.push(c.message, result(c.ids[0]!, v.forecast), result(c.ids[1]!, v.pool));
    return {
      lang, messages: msgs, tools: rotaTools, temperature: 0,
      response_format: jsonSchema('rota', {
        blocks: list(obj({ block: int, phone: int, chat: int, email: int, temps: int })),
        staff_cost: num, expected_penalty: num,
      }),
    };
  },
};


// ---------------------------------------------------------------------------------------------
// learning
// ---------------------------------------------------------------------------------------------

// Same table layout as wu-ub-promo-options; here the rows are offers that already ran, with actual results.
type PastPromo = [string, string, string, string, number, number];
const promoHistoryCases: { lang: Lang; ctx: string; rows: PastPromo[]; ask: string }[] = [
  { lang: 'de', ctx: 'Onlineshop für Outdoor-Ausrüstung. Bisherige Aktionen und was tatsächlich dabei herauskam:', rows: [
    ['A1', 'Winter 2023', '20 % auf Winterjacken', '14 Tage', 12900, 21400], ['A2', 'Frühjahr 2024', 'Gratisversand ab 50 €', '14 Tage', 4100, 14800], ['A3', 'Sommer 2024', '20 % auf Zelte', '14 Tage', 8800, 9100], ['A4', 'Herbst 2024', '15 € Gutschein ab 100 €', '7 Tage', 6900, 17600], ['A5', 'Winter 2024', '3 für 2 bei Socken & Mützen', '14 Tage', 2300, 7900], ['A6', 'Frühjahr 2025', '20 % auf Regenjacken', '10 Tage', 7600, 8200],
  ], ask: 'Im März kommt die neue Trekkingschuh-Kollektion. Welche Art Aktion sollen wir zum Start fahren, und mit welchem Ergebnis rechnest du ungefähr? Begründe kurz anhand der Zahlen oben.' },
  { lang: 'en', ctx: 'Online pet supplies shop. Offers we have run and what actually happened:', rows: [
    ['A1', 'Spring 2024', '10% off sitewide', '10 days', 5900, 7100], ['A2', 'Summer 2024', 'Free delivery over £35', '10 days', 2700, 8800], ['A3', 'Autumn 2024', 'Buy 2 get 1 free on treats', '10 days', 1900, 3300], ['A4', 'Black Friday 2024', '20% off first subscription order', '7 days', 2500, 14200], ['A5', 'New Year 2025', '£5 off orders over £50', '5 days', 2200, 3900],
  ], ask: 'We\'re launching our own-brand grain-free dog food in May. What kind of offer should go with the launch, and roughly what should we expect? Point to the rows that back it up.' },
  { lang: 'pt', ctx: 'Loja online de cafés especiais. Ofertas que já rodamos e o que de fato aconteceu:', rows: [
    ['A1', 'Black Friday 2023', '15% em todo o site', '7 dias', 8300, 11900], ['A2', 'Dia dos Pais 2024', 'Brinde caneca acima de R$ 200', '7 dias', 2400, 10600], ['A3', 'Inverno 2024', 'Leve 3 pague 2 em cápsulas', '7 dias', 5600, 6100], ['A4', 'Black Friday 2024', 'Frete grátis acima de R$ 120', '7 dias', 3900, 17200], ['A5', 'Natal 2024', 'Kit presente com 10% off', '10 dias', 3100, 12400], ['A6', 'Páscoa 2025', '25% só em moedores', '3 dias', 4200, 3800],
  ], ask: 'Em setembro vamos lançar uma linha de cafés de microlote, mais caros. Que tipo de oferta colocar no lançamento e que resultado esperar? Justifique com as linhas da tabela.' },
  { lang: 'zh', ctx: '一家卖护肤品的天猫店。以往做过的活动和实际结果：', rows: [
    ['A1', '2023 双十一', '全店9折', '7天', 45000, 52000], ['A2', '2024 三八节', '买精华送小样套装', '5天', 11000, 47000], ['A3', '2024 618', '满299减40', '7天', 24000, 61000], ['A4', '2024 双十一', '会员专享8折', '7天', 21000, 38000], ['A5', '2024 双十二', '前2小时第二件半价', '1天', 8500, 9400],
  ], ask: '明年春天要上一款新的防晒霜，客单价不高。上新时配什么类型的活动？大概能有什么效果？请结合上表说明。' },
  { lang: 'es', ctx: 'Tienda online de material de papelería y bellas artes. Promociones que ya hicimos y resultado real:', rows: [
    ['A1', 'Vuelta al cole 2023', '15 % en todo', '10 días', 6100, 6900], ['A2', 'Navidad 2023', 'Envío gratis desde 40 €', '14 días', 2900, 11300], ['A3', 'Primavera 2024', '3x2 en cuadernos', '10 días', 1800, 5200], ['A4', 'Vuelta al cole 2024', 'Regalo estuche desde 60 €', '10 días', 2100, 9800], ['A5', 'Black Friday 2024', '20 % en acuarelas', '4 días', 3500, 3600],
  ], ask: 'En febrero sacamos una línea propia de rotuladores de ilustración. ¿Qué tipo de promo ponemos en el lanzamiento y qué resultado cabe esperar? Apóyate en las filas de la tabla.' },
];

const lrPromoHistory: Family = {
  id: 'wu-lr-promo-history',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'The table holds offers that already ran with their observed margin cost and profit, and the agent must draw the pattern out of them (threshold and gift offers beat flat discounts) to choose for a product it has no data on.',
  variants: 5,
  make(_rng, i) {
    const v = promoHistoryCases[i]!;
    const lang = v.lang;
    const head = t(lang, { en: 'id|when|offer|ran|margin cost|incremental gross profit', de: 'ID|wann|Aktion|Laufzeit|Margenkosten|Zusatz-Rohertrag', pt: 'id|quando|oferta|duração|custo de margem|lucro bruto incremental', zh: '编号|时间|活动|时长|让利|增量毛利', es: 'id|cuándo|promo|duración|coste de margen|beneficio bruto incremental' }).split('|');
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'E-commerce trading assistant.', de: 'E-Commerce-Assistent im Category Management.', pt: 'Assistente comercial de e-commerce.', zh: '电商运营助手。', es: 'Asistente comercial de e-commerce.' })),
        user(`${v.ctx}\n\n${table(head, v.rows)}\n\n${v.ask}`),
      ],
      temperature: 0.2,
    };
  },
};

const precedentCases: { lang: Lang; sys: string; cases: string; ticket: string }[] = [
  { lang: 'es', sys: 'Agente de soporte de una tienda online de electrónica. El buscador adjunta casos parecidos ya cerrados, qué se hizo y cómo acabó (contracargo, reapertura, valoración del cliente 1-5). Decide qué ofrecer en el caso nuevo.',
    cases: '#44102 «llegó con la pantalla rayada, 3 semanas después» → se negó (fuera de 14 días) → contracargo del cliente, perdimos 289 € + 15 € de comisión, valoración 1\n#45877 «rayada al abrir, aviso a los 20 días» → reemplazo sin devolución → valoración 5, volvió a comprar 2 veces\n#46310 «golpe en la esquina, caja intacta» → cupón 20 € → reabierto, al final reemplazo, valoración 2\n#47015 «rayada, aviso al mes, sin fotos» → pedimos fotos primero, luego reemplazo → valoración 4',
    ticket: 'Caso nuevo #48820: Tablet 10" (249 €). «La pantalla tiene una raya desde que la saqué de la caja, no lo vi hasta hoy». Entregada hace 24 días. Adjunta 2 fotos. Cliente desde 2021, 6 pedidos, nunca ha devuelto nada.' },
  { lang: 'en', sys: 'Support agent for an electronics web shop. Retrieval attaches similar closed cases, what we did and how it ended (chargeback, reopen, CSAT 1-5). Decide what to offer on the new case.',
    cases: '#3301 "headphones crackle in left ear, 7 weeks in" → sent troubleshooting steps only → reopened twice, CSAT 1, 1-star Trustpilot review\n#3388 "crackling left side, 5 weeks" → advance replacement before return → CSAT 5\n#3420 "one side intermittent, 2 months" → asked for return first, refunded after inspection → CSAT 3, took 19 days\n#3517 "crackle after firmware update" → pushed firmware rollback link → fixed, CSAT 5',
    ticket: 'New case #3602: ANC headphones (£179). "Left cup crackles when I turn my head, started last week." Delivered 6 weeks ago. Firmware updated 9 days ago per device log. First order with us.' },
  { lang: 'de', sys: 'Support-Agent eines Elektronik-Onlineshops. Die Suche hängt ähnliche abgeschlossene Fälle an: was wir gemacht haben und wie es ausging (Rückbuchung, Wiedereröffnung, Kundenzufriedenheit 1–5). Entscheide, was wir im neuen Fall anbieten.',
    cases: '#7710 „Saugroboter lädt nicht mehr, nach 13 Monaten“ → an Hersteller verwiesen → Kunde verärgert, Zufriedenheit 1, Rückbuchung über PayPal abgelehnt, aber Kunde weg\n#7822 „lädt nicht, 11 Monate“ → Ersatz-Ladestation (29 €) geschickt → Problem gelöst, Zufriedenheit 5\n#7901 „lädt nicht, Akku bläht“ → sofortiger Austausch, Rücksendung des Akkus als Gefahrgut → Zufriedenheit 4\n#8033 „Ladestation blinkt rot“ → Ersatz-Ladestation → lag am Akku, zweiter Versand nötig, Zufriedenheit 2',
    ticket: 'Neuer Fall #8190: Saugroboter (399 €). „Seit gestern lädt er nicht mehr, die Station blinkt rot. Der Roboter ist ganz normal, nichts aufgebläht.“ Gekauft vor 14 Monaten. Hat Garantieverlängerung nicht gekauft.' },
  { lang: 'fr', sys: 'Agent du service client d’un site d’électroménager. La recherche joint des cas similaires clôturés : ce qui a été fait et comment ça s’est terminé (rétrofacturation, réouverture, satisfaction 1-5). Décide quoi proposer pour le nouveau cas.',
    cases: '#2210 « cafetière livrée sans carafe » → demande de photo puis envoi → 9 jours, satisfaction 2\n#2264 « carafe manquante » → envoi immédiat de la carafe sans justificatif → satisfaction 5, coût 12 €\n#2301 « carafe manquante », client avec 3 réclamations similaires en 6 mois → envoi immédiat → fraude avérée ensuite\n#2355 « carafe cassée à la livraison » → envoi immédiat + bon de 5 € → satisfaction 5',
    ticket: 'Nouveau cas #2419 : cafetière filtre (69 €). « Il manque la carafe dans le carton. » Livrée hier. Cliente depuis 2019, 11 commandes, aucune réclamation avant.' },
];

const lrRefundPrecedent: Family = {
  id: 'wu-lr-refund-precedent',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Retrieved past cases come with what was done and how it turned out, and the decision on the new ticket should repeat what worked and avoid what backfired rather than apply a fixed policy.',
  variants: 4,
  make(_rng, i) {
    const v = precedentCases[i]!;
    const lang = v.lang;
    return {
      lang,
      messages: [
        sys(v.sys),
        user(`${t(lang, { en: '--- similar closed cases ---', es: '--- casos similares cerrados ---', de: '--- ähnliche abgeschlossene Fälle ---', fr: '--- cas similaires clôturés ---' })}\n${v.cases}\n\n${v.ticket}`),
      ],
      response_format: jsonSchema('resolution', {
        offer: oneOf('refund', 'replacement', 'advance_replacement', 'part_shipment', 'voucher', 'troubleshoot', 'refer_to_manufacturer', 'decline'),
        ask_for_evidence: bool,
        similar_case_followed: str,
        reply_to_customer: str,
      }),
      temperature: 0,
    };
  },
};

const reorderCases: { lang: Lang; sys: string; weeks: string; ask: string }[] = [
  { lang: 'ja', sys: '楽天店と自社ECで陶器を販売しているショップの発注アシスタントです。窯元への発注は毎週月曜、納品まで2週間かかります。',
    weeks: '過去の週ごとの実績（マグ藍）：\n・9月1週　メルマガなし、通常 → 販売 14、欠品なし\n・9月3週　メルマガで特集 → 販売 41、木曜に欠品（需要はもっとあった）\n・10月1週　楽天スーパーSALE → 販売 38、欠品なし（在庫60から）\n・10月3週　Instagram広告のみ → 販売 19\n・11月1週　メルマガ特集＋楽天SALE → 販売 67、水曜に欠品\n・11月3週　通常 → 販売 16',
    ask: '12月2週に、メルマガ特集とInstagram広告を同時にやります（楽天SALEはなし）。今日発注する分は12月2週に届きます。マグ藍を何個発注すべき？現在庫とその週までの通常販売で、12月2週の頭には手元に約10個残る見込みです。' },
  { lang: 'en', sys: 'Purchasing assistant for a candle shop selling on Etsy and its own site. Orders to the wax supplier go out on Mondays and arrive two weeks later.',
    weeks: 'Weekly history, Amber 200g candle:\n- wk 36, nothing on → sold 22\n- wk 38, Etsy ad boost → sold 35\n- wk 40, featured in newsletter → sold 51, sold out Thursday\n- wk 42, local market stall + nothing online → sold 30 (12 at stall)\n- wk 44, newsletter + Etsy ad boost → sold 78, sold out Wednesday\n- wk 46, nothing on → sold 24',
    ask: 'Week 50 we\'ll have the Christmas market stall AND the newsletter feature, no Etsy boost. Today\'s order lands for week 50. Expect about 15 in hand at the start of that week. How many do I order?' },
  { lang: 'de', sys: 'Einkaufsassistent für einen kleinen Kaffeeröster (Shopify + Amazon). Rohkaffee wird montags bestellt, Lieferung nach zwei Wochen.',
    weeks: 'Wochenverlauf, Sidamo 1 kg:\n- KW 35, keine Aktion → 31 verkauft\n- KW 37, Newsletter-Feature → 58, ab Freitag ausverkauft\n- KW 39, Amazon-Coupon 10 % → 47\n- KW 41, Newsletter + Coupon → 92, ab Mittwoch ausverkauft\n- KW 43, Instagram-Gewinnspiel → 40\n- KW 45, keine Aktion → 33',
    ask: 'In KW 51 laufen Newsletter-Feature und Instagram-Gewinnspiel gleichzeitig, kein Amazon-Coupon. Was ich heute bestelle, kommt zu KW 51. Zu Wochenbeginn sind voraussichtlich noch 12 da. Wie viel bestelle ich?' },
  { lang: 'pt', sys: 'Assistente de compras de uma editora pequena que vende no próprio site e na Amazon. Reimpressões são pedidas na segunda e chegam em duas semanas.',
    weeks: 'Histórico semanal, "O Rio de Dentro" (brochura):\n- sem. 30, nada → 18 vendidos\n- sem. 32, autor no podcast → 64, esgotou na quinta\n- sem. 34, cupom Amazon 15% → 41\n- sem. 36, resenha em jornal → 52\n- sem. 38, podcast + cupom → 110, esgotou na terça\n- sem. 40, nada → 21',
    ask: 'Na semana 48 o autor vai a uma feira literária (nunca fizemos) e sai uma resenha no jornal, sem cupom. A reimpressão pedida hoje chega na semana 48; devem sobrar umas 20 unidades no início da semana. Quantas peço?' },
];

const lrReorderForecast: Family = {
  id: 'wu-lr-reorder-forecast',
  label: 'learning',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Past weeks with their promotions and sales (including censored sell-out weeks) are used to infer how each push moves demand and to size an order for a new combination; the current stock is simply given.',
  variants: 4,
  make(_rng, i) {
    const v = reorderCases[i]!;
    return { lang: v.lang, messages: [sys(v.sys), user(`${v.weeks}\n\n${v.ask}`)], temperature: 0.2 };
  },
};

const riskTools = [
  tool('get_similar_applications', 'Past seller applications most similar to this one, with what later happened.', { application_id: str, k: int }),
  tool('get_application', 'Full seller application.', { application_id: str }),
];

const riskCases: { lang: Lang; app: Record<string, unknown>; past: Record<string, unknown>[] }[] = [
  { lang: 'en', app: { id: 'SA-55120', category: 'consumer electronics', country: 'GB', company_age_months: 4, first_listing_price_vs_market: '-38%', listings_planned: 400, bank_country: 'LT', docs: 'complete', contact_domain_age_days: 21 },
    past: [{ id: 'SA-40118', category: 'electronics', company_age_months: 3, price_vs_market: '-35%', bank_country: 'LT', outcome: 'fraud: took payments, no shipments, £41k losses' }, { id: 'SA-41870', category: 'electronics', company_age_months: 6, price_vs_market: '-12%', bank_country: 'GB', outcome: 'good standing, 2 yrs' }, { id: 'SA-43002', category: 'electronics', company_age_months: 2, price_vs_market: '-40%', bank_country: 'GB', outcome: 'fraud, closed after 9 days' }, { id: 'SA-44519', category: 'phones', company_age_months: 5, price_vs_market: '-30%', bank_country: 'EE', outcome: 'refurbished sold as new, suspended' }, { id: 'SA-46001', category: 'electronics', company_age_months: 60, price_vs_market: '-25%', bank_country: 'GB', outcome: 'good standing (clearance seller)' }] },
  { lang: 'zh', app: { id: 'SA-60233', category: '美妆个护', country: 'CN', company_age_months: 18, first_listing_price_vs_market: '-55%', listings_planned: 120, brand_authorisation: '无', docs: '齐全', warehouse: '保税仓' },
    past: [{ id: 'SA-51220', category: '美妆', company_age_months: 24, price_vs_market: '-50%', brand_authorisation: '无', outcome: '售假，被品牌方投诉下架' }, { id: 'SA-52871', category: '美妆', company_age_months: 12, price_vs_market: '-20%', brand_authorisation: '有', outcome: '正常经营' }, { id: 'SA-53309', category: '个护', company_age_months: 30, price_vs_market: '-45%', brand_authorisation: '无', outcome: '临期货，差评多，限流' }, { id: 'SA-54410', category: '美妆', company_age_months: 8, price_vs_market: '-52%', brand_authorisation: '伪造', outcome: '欺诈，封店' }] },
  { lang: 'es', app: { id: 'SA-71045', category: 'moda', country: 'ES', company_age_months: 30, first_listing_price_vs_market: '-10%', listings_planned: 900, bank_country: 'ES', docs: 'falta certificado de titularidad bancaria', contact_domain_age_days: 1100 },
    past: [{ id: 'SA-62011', category: 'moda', company_age_months: 36, price_vs_market: '-8%', docs: 'falta titularidad', outcome: 'buen vendedor; documento llegó a la semana' }, { id: 'SA-63488', category: 'moda', company_age_months: 2, price_vs_market: '-60%', docs: 'completo', outcome: 'fraude, réplicas' }, { id: 'SA-64120', category: 'calzado', company_age_months: 48, price_vs_market: '-15%', docs: 'falta titularidad', outcome: 'buen vendedor' }, { id: 'SA-65902', category: 'moda', company_age_months: 20, price_vs_market: '-12%', docs: 'cuenta bancaria de tercero', outcome: 'blanqueo, cuenta cerrada por el banco' }] },
  { lang: 'fr', app: { id: 'SA-80412', category: 'billetterie', country: 'FR', company_age_months: 7, first_listing_price_vs_market: '+140%', listings_planned: 60, bank_country: 'FR', docs: 'complets', contact_domain_age_days: 190 },
    past: [{ id: 'SA-70233', category: 'billetterie', company_age_months: 5, price_vs_market: '+160%', outcome: 'billets invalides, 320 remboursements' }, { id: 'SA-71980', category: 'billetterie', company_age_months: 40, price_vs_market: '+30%', outcome: 'bon vendeur' }, { id: 'SA-72654', category: 'billetterie', company_age_months: 9, price_vs_market: '+120%', outcome: 'revente légale mais 18 % de litiges, suspendu' }] },
];

const lrSellerRisk: Family = {
  id: 'wu-lr-seller-risk',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  rationale: 'The verdict on a new marketplace seller rests on what happened to similar past applicants, retrieved with their outcomes, so the agent generalises from those cases rather than applying a checklist.',
  variants: 4,
  make(rng, i) {
    const v = riskCases[i]!;
    const lang = v.lang;
    const id = v.app.id as string;
    const msgs = [
      sys(t(lang, {
        en: 'Marketplace onboarding reviewer. Decide whether a new seller application is approved, approved with limits (payout hold, listing cap) or rejected. Base it on how comparable applicants turned out. Return JSON.',
        zh: '电商平台商家入驻审核员。判断新商家申请应通过、有条件通过（延迟结算、上架数量上限）还是拒绝。依据相似申请人后来的实际情况作出判断。返回 JSON。',
        es: 'Revisor de altas de vendedores en un marketplace. Decide si una solicitud nueva se aprueba, se aprueba con límites (retención de pagos, tope de anuncios) o se rechaza, según cómo acabaron solicitantes parecidos. Devuelve JSON.',
        fr: 'Vérificateur des inscriptions vendeurs d’une marketplace. Décide si une nouvelle demande est acceptée, acceptée avec limites (paiements différés, plafond d’annonces) ou refusée, d’après ce qu’il est advenu de demandeurs comparables. Réponds en JSON.',
      })),
      user(t(lang, { en: `Review ${id}.`, zh: `请审核 ${id}。`, es: `Revisa ${id}.`, fr: `Examine ${id}.` })),
    ];
    exchange(rng, msgs, 'get_application', { application_id: id }, v.app);
    exchange(rng, msgs, 'get_similar_applications', { application_id: id, k: v.past.length }, { similar: v.past });
    return {
      lang, messages: msgs, tools: riskTools, temperature: 0,
      response_format: jsonSchema('onboarding_verdict', {
        decision: oneOf('approve', 'approve_with_limits', 'reject'),
        limits: list(str),
        closest_cases: list(str),
        rationale: str,
      }),
    };
  },
};

type BidTry = [string, number, number, number, number];
const bidCases: { lang: Lang; account: string; kw: string; newKw: string; tries: BidTry[]; cur: string; target: number }[] = [
  { lang: 'en', account: 'outdoor gear shop (Google Ads, UK)', kw: '"waterproof hiking boots"', newKw: '"waterproof trail running shoes"', cur: '£', target: 18, tries: [['wk1', 0.9, 120, 4, 27.0], ['wk2', 1.2, 210, 9, 28.0], ['wk3', 0.7, 70, 5, 9.8], ['wk4', 0.8, 95, 6, 12.7], ['wk5', 1.0, 160, 8, 20.0]] },
  { lang: 'de', account: 'Kaffeeröster (Google Ads, DE)', kw: '„Espressobohnen kaufen“', newKw: '„Filterkaffee Bohnen online“', cur: '€', target: 12, tries: [['KW1', 0.6, 210, 10, 12.6], ['KW2', 0.9, 330, 12, 24.8], ['KW3', 0.5, 150, 9, 8.3], ['KW4', 0.7, 260, 13, 14.0]] },
  { lang: 'pt', account: 'loja de cosméticos naturais (Google Ads, BR)', kw: '"shampoo sólido"', newKw: '"condicionador sólido"', cur: 'R$', target: 35, tries: [['sem1', 1.5, 300, 11, 40.9], ['sem2', 2.2, 520, 14, 81.7], ['sem3', 1.2, 210, 10, 25.2], ['sem4', 1.4, 260, 12, 30.3], ['sem5', 1.8, 400, 12, 60.0]] },
  { lang: 'ja', account: '調理器具EC（Google 広告、日本）', kw: '「鉄フライパン 26cm」', newKw: '「鉄鍋 中華 30cm」', cur: '¥', target: 2500, tries: [['1週目', 60, 180, 4, 2700], ['2週目', 90, 310, 6, 4650], ['3週目', 45, 110, 4, 1240], ['4週目', 55, 160, 5, 1760]] },
];

const lrBidAdjust: Family = {
  id: 'wu-lr-bid-adjust',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'Weeks of bid changes with their observed clicks, conversions and CPA on one keyword are the only evidence for how cost reacts to bid, and the agent must carry that relationship over to a new, related keyword.',
  variants: 4,
  make(_rng, i) {
    const v = bidCases[i]!;
    const lang = v.lang;
    const head = t(lang, { en: `week|max CPC ${v.cur}|clicks|conversions|CPA ${v.cur}`, de: 'Woche|max. CPC €|Klicks|Conversions|CPA €', pt: 'semana|CPC máx. R$|cliques|conversões|CPA R$', ja: '週|上限CPC ¥|クリック|CV|CPA ¥' }).split('|');
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: `Search ads assistant for a ${v.account}. Reply with a starting max CPC and one sentence why.`,
          de: `Suchanzeigen-Assistent für einen ${v.account}. Antworte mit einem Start-Max-CPC und einem Satz Begründung.`,
          pt: `Assistente de anúncios de busca para uma ${v.account}. Responda com um CPC máximo inicial e uma frase de justificativa.`,
          ja: `${v.account}の検索広告アシスタントです。開始時の上限CPCと、その理由を一文で答えてください。`,
        })),
        user(`${t(lang, { en: `Bid tests on ${v.kw}:`, de: `Gebotstests für ${v.kw}:`, pt: `Testes de lance em ${v.kw}:`, ja: `${v.kw}での入札テスト：` })}\n\n${table(head, v.tries)}\n\n${t(lang, {
          en: `We're adding ${v.newKw}, similar intent, a bit less search volume. Target CPA ${v.cur}${v.target}. What do we start it at?`,
          de: `Wir nehmen ${v.newKw} dazu, ähnliche Suchabsicht, etwas weniger Volumen. Ziel-CPA ${v.target} €. Mit welchem Gebot starten wir?`,
          pt: `Vamos incluir ${v.newKw}, intenção parecida, volume um pouco menor. CPA alvo R$ ${v.target}. Com quanto começamos?`,
          ja: `${v.newKw}を追加します。検索意図は近く、ボリュームはやや少なめ。目標CPAは${v.target}円。いくらで始めますか？`,
        })}`),
      ],
      max_tokens: 80,
      temperature: 0,
    };
  },
};

const lrPricingTrials: Family = {
  id: 'wu-lr-pricing-trials',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'A log of earlier price changes and the sales that followed is the basis for pricing a newly listed, similar product; unlike a repricing rule, the answer has to be inferred from those outcomes.',
  variants: 4,
  make(rng, i) {
    const cases: { lang: Lang; cur: string; sku: string; newSku: string; rows: [string, number, number, number][] }[] = [
      { lang: 'en', cur: '£', sku: 'Russell 1.7L kettle', newSku: 'Russell 1.5L glass kettle (same brand, launched last month)', rows: [['1-14 Sep', 34.99, 3, 18400], ['15-28 Sep', 31.99, 9, 6200], ['29 Sep-12 Oct', 29.99, 11, 4100], ['13-26 Oct', 32.49, 8, 6900], ['27 Oct-9 Nov', 27.99, 12, 3900]] },
      { lang: 'zh', cur: '¥', sku: '武夷岩茶 250g 礼盒', newSku: '正山小种 200g 礼盒（同一茶园，新上架）', rows: [['9月上', 168, 14, 3200], ['9月下', 155, 31, 1400], ['10月上', 149, 36, 1150], ['10月下', 159, 27, 1700], ['11月上', 139, 38, 1050]] },
      { lang: 'es', cur: '€', sku: 'candado en U', newSku: 'candado plegable (misma marca, recién dado de alta)', rows: [['sem 1-2', 24.9, 6, 9100], ['sem 3-4', 22.95, 17, 3300], ['sem 5-6', 21.49, 19, 2900], ['sem 7-8', 23.5, 15, 3600], ['sem 9-10', 19.99, 20, 2800]] },
      { lang: 'de', cur: '€', sku: 'Stehlampe Eiche', newSku: 'Tischlampe Eiche (gleiche Serie, neu gelistet)', rows: [['KW 36–37', 119.0, 2, 41000], ['KW 38–39', 109.9, 6, 17500], ['KW 40–41', 104.4, 7, 15200], ['KW 42–43', 112.0, 5, 19800], ['KW 44–45', 98.9, 7, 14900]] },
    ];
    const v = cases[i]!;
    const lang = v.lang;
    const head = t(lang, { en: `period|our price ${v.cur}|units sold|best-seller rank`, zh: '时间|我方价格 ¥|销量|类目排名', es: 'periodo|nuestro precio €|unidades vendidas|ranking de ventas', de: 'Zeitraum|unser Preis €|verkaufte Stück|Bestseller-Rang' }).split('|');
    const cost = rng.int(40, 55);
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'Pricing assistant for a marketplace seller. Reply with a price and a short reason.',
          zh: '平台卖家的定价助手。回复一个价格和简短理由。',
          es: 'Asistente de precios para un vendedor de marketplace. Responde con un precio y una razón breve.',
          de: 'Preisassistent für einen Marktplatzhändler. Antworte mit einem Preis und einer kurzen Begründung.',
        })),
        user(`${v.sku}:\n\n${table(head, v.rows)}\n\n${t(lang, {
          en: `New listing: ${v.newSku}. Landed cost is about ${cost}% of the kettle's. Where should I put it?`,
          zh: `新上架：${v.newSku}。到手成本约为上面那款的 ${cost}%。定多少合适？`,
          es: `Producto nuevo: ${v.newSku}. El coste es aproximadamente el ${cost} % del candado en U. ¿A qué precio lo pongo?`,
          de: `Neu im Sortiment: ${v.newSku}. Einstand liegt bei etwa ${cost} % der Stehlampe. Wo setze ich den Preis an?`,
        })}`),
      ],
      max_tokens: 100,
      temperature: 0.2,
    };
  },
};

// ---------------------------------------------------------------------------------------------
// not agentic
// ---------------------------------------------------------------------------------------------

const listingTexts: { lang: Lang; target: string; text: string }[] = [
  { lang: 'de', target: 'German', text: 'Hand-thrown stoneware mug, 350 ml. Glazed in a speckled oat finish, each one slightly different. Dishwasher and microwave safe. Made in our Bristol studio in small batches — please allow 3–5 days before dispatch.' },
  { lang: 'fr', target: 'French', text: 'Organic cotton tote bag with inner zip pocket. Holds a 15" laptop. Printed with water-based inks. Machine wash cold, do not tumble dry.' },
  { lang: 'ja', target: 'Japanese', text: 'Refillable brass fountain pen, medium nib. Ships with a converter and two ink cartridges (black). The brass will darken over time — that\'s part of the charm.' },
  { lang: 'es', target: 'Spanish', text: 'Set of 4 linen napkins, 45 x 45 cm, stonewashed for softness. Colour: terracotta. Gets softer with every wash. Gift-wrapped on request.' },
];

const naListingTranslate: Family = {
  id: 'wu-na-listing-translate',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'A product listing is translated in one pass; there is no agent loop, and the closest type is a direct input-to-output mapping.',
  variants: 4,
  make(_rng, i) {
    const v = listingTexts[i]!;
    return {
      lang: v.lang,
      messages: [
        sys(`Translate the product listing into ${v.target} for our marketplace shop. Keep it natural and friendly, keep measurements and units as they are, no extra commentary.`),
        user(v.text),
      ],
      temperature: 0.3,
    };
  },
};

const articleTexts: { lang: Lang; text: string }[] = [
  { lang: 'de', text: 'Fasse den Artikel in drei Sätzen für unseren Morgen-Newsletter zusammen:\n\nDer Onlinehändler Zalando hat im dritten Quartal den Umsatz um 4,1 Prozent auf 2,4 Milliarden Euro gesteigert. Das bereinigte Ergebnis vor Zinsen und Steuern lag mit 76 Millionen Euro über den Erwartungen der Analysten, die im Schnitt mit 61 Millionen gerechnet hatten. Als Gründe nannte das Unternehmen geringere Retourenquoten und ein starkes Geschäft mit dem Logistikdienst für andere Händler. Für das Gesamtjahr bestätigte der Vorstand seine Prognose. Die Aktie legte im frühen Handel um knapp sieben Prozent zu. Gleichzeitig kündigte Zalando an, das Lager in Lahr bis 2026 zu schließen; betroffen sind rund 250 Beschäftigte.' },
  { lang: 'en', text: 'Summarise for the business brief, max 60 words:\n\nShares in Ocado fell 9% on Thursday after the online grocer\'s technology partner Kroger said it would close three of its automated warehouses in the US. Kroger said the sites had not reached the volumes needed to break even. Ocado said it would receive compensation of at least $250m and that the closures would not affect its guidance for cash flow next year. Analysts at Barclays said the move raised questions about demand for the fulfilment model outside dense urban areas.' },
  { lang: 'fr', text: 'Résume en trois phrases pour la lettre éco du matin :\n\nLa Fnac Darty a publié un chiffre d’affaires de 1,79 milliard d’euros au troisième trimestre, en hausse de 1,2 %, porté par les services et la billetterie. Le groupe note cependant un ralentissement des ventes de téléviseurs et de smartphones. La direction maintient son objectif de flux de trésorerie de 240 millions d’euros sur l’année. L’intégration d’Unieuro, racheté en Italie, se déroule « selon le calendrier », selon le directeur financier.' },
  { lang: 'ja', text: '朝のニュースレター用に3文で要約してください。\n\nメルカリは第1四半期の連結売上高が前年同期比8％増の470億円だったと発表した。国内フリマ事業の流通総額は伸び悩んだが、決済サービス「メルペイ」の与信事業が好調だった。米国事業は手数料体系の変更で出品数が一時的に減少したものの、赤字幅は縮小した。通期の業績予想は据え置いた。' },
];

const naArticleSummary: Family = {
  id: 'wu-na-article-summary',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'A newsroom asks for a one-shot summary of a pasted article; nothing agentic happens, and the closest type is a direct mapping of the one input.',
  variants: 4,
  make(_rng, i) {
    const v = articleTexts[i]!;
    return { lang: v.lang, messages: [user(v.text)], max_tokens: 200, temperature: 0.3 };
  },
};

const shopChats: { lang: Lang; turns: string[] }[] = [
  { lang: 'es', turns: ['Hola! Hago velas artesanales y quiero empezar a venderlas online. ¿Etsy o mi propia web con Shopify?', 'Etsy tiene más tráfico al principio, pero comisiones por venta y competencia muy fuerte; Shopify te da marca propia pero tienes que traer tú las visitas. Mucha gente empieza en Etsy y luego abre web propia. ¿Cuántas velas haces al mes y a qué precio?', 'Unas 80 al mes, a unos 18 €. ¿Qué me recomiendas para empezar sin gastar mucho?'] },
  { lang: 'en', turns: ['Quick one: what\'s the difference between a sole trader and a limited company for a small online shop in the UK? I sell vintage clothes, about £2k a month.'] },
  { lang: 'zh', turns: ['我在小红书卖手工耳环，最近有人问能不能开发票。个人卖家能开吗？', '个人卖家一般可以去税务局申请代开普通发票，金额不大时手续比较简单。如果量大了，可以考虑注册个体工商户。你现在大概每个月卖多少？', '每个月大概五六千块。注册个体户麻烦吗？要交多少税？'] },
  { lang: 'pt', turns: ['Tenho uma loja pequena de roupa infantil no Instagram. Vale a pena entrar no Mercado Livre também, ou vou me enrolar com estoque?'] },
];

const naShopChat: Family = {
  id: 'wu-na-shop-chat',
  label: 'goal_based',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Ordinary advice chat with a small seller about getting started; no agent acts, and the closest type is helping toward the seller\'s aim.',
  variants: 4,
  make(_rng, i) {
    const v = shopChats[i]!;
    const msgs = v.turns.map((tx, k) => (k % 2 === 0 ? user(tx) : say(tx)));
    return { lang: v.lang, messages: msgs, temperature: 0.7 };
  },
};

export const twinU: Family[] = [
  srRefund, srAdCopy, srBankCoding, srClaimRouting, srRepricer, srDeskRouting,
  mbOrderWhereabouts, mbSellerStock, mbLiveDesk, mbBankRecon, mbAdPacing, mbClaimIntake,
  gbOrderRescue, gbShopAdmin, gbMonthEnd, gbAdDelivery, gbPrintDeadline, gbClaimPayout,
  ubChannelSplit, ubCarrierPick, ubPolicyQuotes, ubHomepageSlots, ubPromoOptions, ubSupportRota,
  lrPromoHistory, lrRefundPrecedent, lrReorderForecast, lrSellerRisk, lrBidAdjust, lrPricingTrials,
  naListingTranslate, naArticleSummary, naShopChat,
];
