// Author J — finance and commerce: retail banking operations, bookkeeping, procurement,
// marketplaces and sellers, ad campaigns, payments and fraud desks, insurance claims.
import {
  type Draft, type Family, type Lang, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msg = Draft['messages'][number];
const sep = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const dec = (n: number): string => n.toFixed(2);

// ───────────────────────────── simple_reflex ─────────────────────────────

const srCardAuth: Family = {
  id: 'wj-sr-card-auth-sidecar', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'One authorization message is checked against fixed limits and restricted merchant codes and answered at once, with nothing carried over from other messages.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'ja', 'en'], i);
    const bank = rng.pick(['Northvale Bank', 'Hanse Sparkasse', 'Caixa Litoral', 'Banco Meridiano', 'Sakura Trust Retail']);
    const prompt = t(lang, {
      en: `Authorization sidecar for ${bank} debit cards. You receive exactly one authorization request as JSON and must answer inside the network timeout, so return the JSON object only.
Decline with 62 if card_status is anything other than ACTIVE.
Decline with 51 if amount exceeds available_balance.
Decline with 57 if the MCC is restricted for the product: Junior cards may not be used at 7995 (betting), 6051 (crypto / quasi-cash) or 5813 (bars).
Answer 01 (refer to issuer review) if the card is not present (pos_entry = ecommerce) and amount > 500, or if merchant_country differs from issuing_country while travel_flag is false.
Otherwise approve with 00. If several conditions hit, the first one listed wins.`,
      de: `Autorisierungs-Sidecar für Debitkarten der ${bank}. Du bekommst genau eine Autorisierungsanfrage als JSON und musst innerhalb des Netzwerk-Timeouts antworten – gib nur das JSON-Objekt zurück.
Ablehnen mit 62, wenn card_status nicht ACTIVE ist.
Ablehnen mit 51, wenn amount höher als available_balance ist.
Ablehnen mit 57, wenn der MCC für das Produkt gesperrt ist: Junior-Karten dürfen nicht bei 7995 (Wetten), 6051 (Krypto/Quasi-Cash) oder 5813 (Bars) eingesetzt werden.
Mit 01 an die Prüfung des Emittenten verweisen, wenn die Karte nicht vorliegt (pos_entry = ecommerce) und amount > 500 ist, oder wenn merchant_country vom issuing_country abweicht und travel_flag false ist.
Sonst mit 00 genehmigen. Treffen mehrere Punkte zu, gilt der zuerst genannte.`,
      es: `Módulo de autorización para las tarjetas de débito de ${bank}. Recibes exactamente una solicitud de autorización en JSON y debes contestar antes del timeout de la red: devuelve solo el objeto JSON.
Deniega con 62 si card_status es distinto de ACTIVE.
Deniega con 51 si amount supera available_balance.
Deniega con 57 si el MCC está restringido para el producto: las tarjetas Junior no pueden usarse en 7995 (apuestas), 6051 (cripto / cuasi-efectivo) ni 5813 (bares).
Responde 01 (derivar a revisión del emisor) si la tarjeta no está presente (pos_entry = ecommerce) y amount > 500, o si merchant_country difiere de issuing_country y travel_flag es false.
En cualquier otro caso, aprueba con 00. Si se cumplen varias condiciones, manda la primera de la lista.`,
      ja: `${bank}デビットカードのオーソリ判定サイドカーです。オーソリ要求がJSONで1件だけ届きます。ネットワークのタイムアウト内に返答する必要があるため、JSONオブジェクトのみを返してください。
card_status が ACTIVE 以外なら 62 で拒否。
amount が available_balance を超えるなら 51 で拒否。
商品ごとに利用制限されたMCCなら 57 で拒否：Juniorカードは 7995（賭博）、6051（暗号資産・準現金）、5813（バー）では利用不可。
カード非提示（pos_entry = ecommerce）かつ amount > 500 の場合、または merchant_country が issuing_country と異なり travel_flag が false の場合は 01（発行者審査へ回付）。
それ以外は 00 で承認。複数該当する場合は上に書かれたものを優先。`,
    });
    const home = lang === 'ja' ? 'JP' : lang === 'de' ? 'DE' : lang === 'es' ? 'ES' : rng.pick(['GB', 'IE']);
    const ccy = lang === 'ja' ? 'JPY' : home === 'GB' ? 'GBP' : 'EUR';
    const scale = ccy === 'JPY' ? 150 : 1;
    const amount = Math.round(rng.pick([12.4, 48.9, 230, 612.5, 1480, 86.15, 9.99]) * scale * 100) / 100;
    const event = {
      mti: '0100',
      stan: pad(rng.int(0, 999999), 6),
      pan_last4: pad(rng.int(0, 9999), 4),
      product: rng.pick(['Classic', 'Junior', 'Gold', 'Junior']),
      card_status: rng.pick(['ACTIVE', 'ACTIVE', 'ACTIVE', 'BLOCKED_LOST', 'EXPIRED']),
      amount,
      currency: ccy,
      available_balance: Math.round(rng.int(5, 2500) * scale * 100) / 100,
      mcc: rng.pick(['5411', '5812', '7995', '6051', '4111', '5813', '5999', '4829']),
      merchant_name: rng.pick(['LIDL 4471', 'BETWAY*SPORTS', 'UBER *TRIP', 'AMZN Mktp', 'BAR LA PERLA', 'COINHUB.IO', 'RENFE VIAJEROS']),
      pos_entry: rng.pick(['chip', 'contactless', 'ecommerce', 'magstripe']),
      merchant_country: rng.chance(0.7) ? home : rng.pick(['FR', 'US', 'PT', 'TH', 'NL']),
      issuing_country: home,
      travel_flag: rng.chance(0.3),
    };
    return {
      lang,
      messages: [sys(prompt), user(JSON.stringify(event))],
      response_format: jsonSchema('auth_response', {
        decision: oneOf('approve', 'decline', 'refer'),
        response_code: oneOf('00', '01', '51', '57', '62'),
        reason: str,
      }),
      max_tokens: 60,
      temperature: 0,
    };
  },
};

const GL: Record<'en' | 'fr' | 'pt' | 'zh', { co: string; thr: string; lines: [string, string][] }> = {
  en: {
    co: 'Harbour & Finch Ltd', thr: '£1,000',
    lines: [
      ['Staples Business | HP 305XL toner x4 | £112.40', '6100'],
      ['Atlassian | Jira Cloud Standard, 25 users, October | £212.50', '6200'],
      ['Lufthansa | LHR–FRA return, client workshop | £389.00', '6300'],
      ['Dishoom Shoreditch | Lunch with prospect, 4 covers | £146.80', '6400'],
      ['Baker Tilly | Q3 VAT return preparation | £950.00', '6500'],
      ['Regus | Hot desk membership, November | £420.00', '6600'],
      ['British Gas | Electricity, unit 4 | £233.17', '6700'],
      ['Meta Platforms Ireland | Facebook ads, autumn campaign | £1,240.00', '6800'],
      ['Apple UK | MacBook Pro 14" for new developer | £2,399.00', '1500'],
    ],
  },
  fr: {
    co: 'Atelier Morel SARL', thr: '1 000 €',
    lines: [
      ['Bureau Vallée | Ramettes A4 et classeurs | 84,60 €', '6100'],
      ['OVHcloud | Hébergement VPS, mois de mars | 47,99 €', '6200'],
      ['SNCF Connect | Aller-retour Lyon–Paris, rendez-vous client | 176,00 €', '6300'],
      ['Brasserie Georges | Déjeuner avec un fournisseur, 3 couverts | 118,50 €', '6400'],
      ['Cabinet Fidal | Honoraires conseil juridique sur le bail commercial | 1 450,00 €', '6500'],
      ['EDF Entreprises | Électricité de l\'atelier, février | 312,44 €', '6700'],
      ['Lenovo | Station de travail ThinkStation pour le bureau d\'études | 1 890,00 €', '1500'],
      ['Google Ireland | Campagne Search avril | 600,00 €', '6800'],
    ],
  },
  pt: {
    co: 'Marés Design Lda', thr: '1.000 €',
    lines: [
      ['Papelaria Fernandes | Envelopes e tinteiros | 46,30 €', '6100'],
      ['Microsoft Ireland | Microsoft 365 Business, 12 licenças | 151,20 €', '6200'],
      ['TAP Air Portugal | Voo Porto–Madrid, feira comercial | 214,00 €', '6300'],
      ['Cervejaria Ramiro | Jantar com cliente | 97,80 €', '6400'],
      ['PwC Portugal | Revisão legal de contas anual | 2.300,00 €', '6500'],
      ['Imobiliária Sol | Renda do escritório, maio | 1.100,00 €', '6600'],
      ['EDP Comercial | Eletricidade do escritório | 88,15 €', '6700'],
      ['Meta Platforms Ireland | Anúncios Instagram, campanha de verão | 750,00 €', '6800'],
      ['Worten Empresas | Plotter HP DesignJet para o estúdio | 3.150,00 €', '1500'],
    ],
  },
  zh: {
    co: '杭州青禾贸易有限公司', thr: '¥5,000',
    lines: [
      ['得力文具 | 打印纸和文件夹 | ¥386.00', '6100'],
      ['钉钉 | 专业版年费 | ¥9,800.00', '6200'],
      ['中国东方航空 | 上海—深圳往返机票（客户拜访）| ¥1,260.00', '6300'],
      ['海底捞 | 招待供应商晚餐 | ¥1,080.00', '6400'],
      ['立信会计师事务所 | 年度审计费 | ¥28,000.00', '6500'],
      ['国家电网 | 办公室电费（三月）| ¥742.50', '6700'],
      ['联想 | ThinkPad 笔记本电脑（新员工）| ¥8,999.00', '1500'],
      ['巨量引擎 | 抖音信息流广告投放 | ¥15,000.00', '6800'],
    ],
  },
};

const srGlAccount: Family = {
  id: 'wj-sr-invoice-line-account', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'Each invoice line is posted to an account from the chart by looking at that line alone; earlier lines in the chat have no bearing on the next one.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'pt', 'en', 'zh', 'en'], i) as 'en' | 'fr' | 'pt' | 'zh';
    const book = GL[lang];
    const prompt = t(lang, {
      en: `You are the bookkeeping assistant for ${book.co}. Post each invoice line you receive to one account of this chart:
6100 Office supplies
6200 Software and subscriptions
6300 Travel
6400 Meals and entertainment
6500 Professional fees
6600 Rent
6700 Utilities
6800 Advertising
1500 Equipment (physical items over ${book.thr} net with a useful life over one year)
Reply with the four-digit account number only.`,
      fr: `Tu es l'assistant comptable de ${book.co}. Impute chaque ligne de facture reçue sur un seul compte du plan suivant :
6100 Fournitures de bureau
6200 Logiciels et abonnements
6300 Déplacements
6400 Réceptions et repas
6500 Honoraires
6600 Loyers
6700 Énergie
6800 Publicité
1500 Matériel (biens physiques de plus de ${book.thr} HT utilisés plus d'un an)
Réponds uniquement par le numéro de compte à quatre chiffres.`,
      pt: `És o assistente de contabilidade da ${book.co}. Lança cada linha de fatura que receberes numa única conta deste plano:
6100 Material de escritório
6200 Software e subscrições
6300 Deslocações
6400 Refeições e representação
6500 Honorários
6600 Rendas
6700 Eletricidade, água e gás
6800 Publicidade
1500 Equipamento (bens físicos acima de ${book.thr} sem IVA com vida útil superior a um ano)
Responde apenas com o número de conta de quatro dígitos.`,
      zh: `你是${book.co}的记账助手。请把收到的每一行发票明细记入下列科目之一：
6100 办公用品
6200 软件及订阅
6300 差旅费
6400 业务招待费
6500 专业服务费
6600 租金
6700 水电费
6800 广告费
1500 固定资产（单价超过${book.thr}、使用期超过一年的实物）
只回复四位科目编号。`,
    });
    const picks = rng.sample(book.lines, Math.min(book.lines.length, 1 + (i % 3) * 2));
    const messages: Msg[] = [sys(prompt)];
    picks.forEach(([line, acct], k) => {
      messages.push(user(line));
      if (k < picks.length - 1) messages.push(say(acct));
    });
    return { lang, messages, max_tokens: 6, temperature: 0 };
  },
};

const DISPUTES: Record<'en' | 'es' | 'pt', string[]> = {
  en: [
    'I never ordered anything from "VXN*DIGITALGOODS". My card was in my wallet the whole time. Please reverse the $89.99.',
    'Ordered a standing desk on the 3rd, tracking hasn\'t moved in five weeks and the seller stopped replying to emails.',
    'The "genuine leather" jacket arrived and it is obviously plastic, the seams split on day one. I sent the shop photos and they ignore me.',
    'Returned the headphones on 2 May by tracked post, the shop confirmed they got them, but no refund after 30 days.',
    'I was charged twice for the same hotel night — same amount, same day, same reference.',
    'I cancelled my gym membership in March and have their confirmation email, they are still taking £39 every month.',
  ],
  es: [
    'No reconozco este cargo de "PAYGATE*STREAMX". Nunca me he registrado en ese servicio y tengo la tarjeta conmigo.',
    'Compré una cafetera el 10 de enero, han pasado seis semanas y el pedido sigue "en preparación". La tienda no contesta.',
    'El sofá que llegó no es el modelo que compré: el color y las medidas no coinciden con la ficha. Lo he reclamado y no hacen nada.',
    'Devolví las zapatillas dentro del plazo, tengo el justificante de entrega, y el reembolso no ha llegado nunca.',
    'Me han cobrado dos veces la misma compra en el supermercado, mismo importe y misma hora.',
    'Di de baja la suscripción de la app en febrero y me siguen cobrando 12,99 € al mes.',
  ],
  pt: [
    'Não reconheço esta compra em "SHOPX*GIFTCARDS". O cartão nunca saiu da minha carteira.',
    'Encomendei um telemóvel há 40 dias, a loja diz que foi enviado mas não há código de seguimento e nunca recebi nada.',
    'O casaco que recebi tem defeito de fabrico e é de um tecido diferente do anunciado. A loja recusa a troca.',
    'Devolvi a encomenda com registo postal, a loja confirmou a receção e prometeu reembolso que nunca chegou.',
    'Fui cobrado duas vezes pelo mesmo bilhete de avião, com a mesma referência.',
    'Cancelei o plano do ginásio em janeiro com aviso prévio por escrito e continuam a debitar 35 € todos os meses.',
  ],
};
const DISPUTE_CODES = ['10.4', '13.1', '13.3', '13.6', '12.6.1', '13.2'];

const srDisputeCode: Family = {
  id: 'wj-sr-dispute-condition-code', label: 'simple_reflex', difficulty: 'medium', variants: 5,
  rationale: 'Every cardholder statement is mapped to one network dispute code from its own wording; previous statements in the session are unrelated cases.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'pt', 'es', 'en'], i) as 'en' | 'es' | 'pt';
    const acq = rng.pick(['Paylane Acquiring', 'Vantor Merchant Services', 'Ibercash Pagos']);
    const codes = `10.4 fraud, card absent\n13.1 merchandise/services not received\n13.2 cancelled recurring transaction\n13.3 not as described or defective\n13.6 credit not processed\n12.6.1 duplicate processing`;
    const prompt = t(lang, {
      en: `${acq} disputes desk. For each cardholder statement, answer with the one Visa dispute condition that fits:\n${codes}\nAnswer with the code only.`,
      es: `Mesa de contracargos de ${acq}. Para cada declaración del titular, contesta con la única condición de disputa Visa que corresponde:\n${codes}\nResponde solo con el código.`,
      pt: `Equipa de disputas da ${acq}. Para cada declaração do titular do cartão, responde com a única condição de disputa Visa aplicável:\n${codes}\nResponde apenas com o código.`,
    });
    const order = rng.sample([0, 1, 2, 3, 4, 5], 1 + i);
    const messages: Msg[] = [sys(prompt)];
    order.forEach((k, n) => {
      messages.push(user(`#D-${rng.int(40000, 99999)}: ${DISPUTES[lang][k]!}`));
      if (n < order.length - 1) messages.push(say(DISPUTE_CODES[k]!));
    });
    return { lang, messages, max_tokens: 8, temperature: 0 };
  },
};

const LISTINGS: { cat: string; docs: string[]; title: Record<'en' | 'ja' | 'zh' | 'es', string>; extra: Record<string, unknown> }[] = [
  { cat: 'dietary_supplements', docs: [], extra: { claims: ['immune support'] },
    title: { en: 'Vitamin D3 + K2 drops 30 ml, immune support', ja: 'ビタミンD3+K2 ドロップ 30ml 免疫サポート', zh: '维生素D3+K2滴剂 30毫升 增强免疫', es: 'Gotas de vitamina D3 + K2, 30 ml, refuerzo inmunitario' } },
  { cat: 'portable_batteries', docs: ['msds.pdf'], extra: { capacity_mah: 30000, watt_hours: 111 },
    title: { en: 'Power bank 30000 mAh PD 65W, laptop compatible', ja: 'モバイルバッテリー 30000mAh PD65W ノートPC対応', zh: '30000毫安 65W快充移动电源 可充笔记本', es: 'Batería externa 30000 mAh PD 65 W para portátil' } },
  { cat: 'handbags', docs: [], extra: { brand_field: 'unbranded' },
    title: { en: 'Quilted chain shoulder bag — 1:1 replica of the classic flap', ja: 'キルティングチェーンバッグ クラシックフラップ 1:1 レプリカ', zh: '菱格链条包 经典翻盖款 1:1复刻', es: 'Bolso de cadena acolchado, réplica 1:1 del modelo clásico' } },
  { cat: 'kitchen_knives', docs: [], extra: { blade_length_cm: 20, age_gate: true },
    title: { en: 'Damascus chef knife 20 cm with walnut handle', ja: 'ダマスカス牛刀 20cm 胡桃ハンドル', zh: '大马士革钢主厨刀 20厘米 胡桃木柄', es: 'Cuchillo de chef damasco 20 cm, mango de nogal' } },
  { cat: 'cosmetics', docs: ['cpnp_notification.pdf'], extra: { inci_list_present: true },
    title: { en: 'Matte liquid lipstick, shade 07 Brick', ja: 'マットリキッドルージュ 07 ブリック', zh: '哑光唇釉 07号砖红色', es: 'Labial líquido mate, tono 07 Ladrillo' } },
];
const POLICIES: Record<string, Record<string, unknown>> = {
  dietary_supplements: { required_documents: ['certificate_of_analysis'], prohibited_claims: ['cures', 'treats', 'immune support'], note: 'health claims must be on the EU authorised list' },
  portable_batteries: { required_documents: ['un38_3_test_summary'], when: 'watt_hours > 100', prohibited_terms: [] },
  handbags: { required_documents: [], prohibited_terms: ['replica', 'inspired by', '1:1', 'dupe', 'AAA grade'] },
  kitchen_knives: { required_documents: [], conditions: ['age_gate must be true if blade_length_cm > 15'] },
  cosmetics: { required_documents: ['cpnp_notification'], conditions: ['inci_list_present must be true'] },
};

const srListingGate: Family = {
  id: 'wj-sr-marketplace-listing-gate', label: 'simple_reflex', difficulty: 'medium', variants: 4,
  rationale: 'A single new listing is checked against the fetched category policy and gets one of three verdicts; no history or look-ahead is involved.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'zh', 'es'], i) as 'en' | 'ja' | 'zh' | 'es';
    const listing = LISTINGS[(i + rng.int(0, 4)) % LISTINGS.length]!;
    const prompt = t(lang, {
      en: 'Listing gate for Kaimon Marketplace. For every new listing, fetch the category policy with get_category_policy first, then answer with exactly one word: PUBLISH, HOLD_FOR_DOCS (a required document is missing) or REJECT (a prohibited term or claim is present, or a condition fails). REJECT takes precedence over HOLD_FOR_DOCS.',
      ja: 'カイモン・マーケットプレイスの出品審査ゲートです。新規出品ごとに、まず get_category_policy でカテゴリのポリシーを取得し、その後 PUBLISH、HOLD_FOR_DOCS（必要書類が不足）、REJECT（禁止語・禁止表示がある、または条件を満たさない）のいずれか一語だけで答えてください。REJECT は HOLD_FOR_DOCS より優先します。',
      zh: '你是开门市场的上架审核闸口。每条新商品上架前，先用 get_category_policy 获取类目规范，然后只回答一个词：PUBLISH、HOLD_FOR_DOCS（缺少必需文件）或 REJECT（含禁用词或违规宣称，或不满足条件）。REJECT 优先于 HOLD_FOR_DOCS。',
      es: 'Filtro de publicaciones de Kaimon Marketplace. Para cada anuncio nuevo, consulta primero la política de la categoría con get_category_policy y responde con una sola palabra: PUBLISH, HOLD_FOR_DOCS (falta un documento obligatorio) o REJECT (hay un término o una afirmación prohibidos, o no se cumple una condición). REJECT tiene prioridad sobre HOLD_FOR_DOCS.',
    });
    const sub = {
      listing_id: `L-${rng.int(1000000, 9999999)}`,
      seller_id: `S-${rng.int(10000, 99999)}`,
      category: listing.cat,
      title: listing.title[lang],
      price: rng.int(8, 180) + 0.99,
      attached_documents: listing.docs,
      ...listing.extra,
    };
    const messages: Msg[] = [sys(prompt), user(JSON.stringify(sub, null, 1))];
    exchange(rng, messages, 'get_category_policy', { category: listing.cat }, { category: listing.cat, ...POLICIES[listing.cat], version: `2024.${rng.int(1, 11)}` });
    return {
      lang,
      messages,
      tools: [
        tool('get_category_policy', 'Return the listing policy for a marketplace category.', { category: str }),
        tool('flag_seller', 'Open a trust & safety case on a seller.', { seller_id: str, reason: str }),
      ],
      tool_choice: 'auto',
      max_tokens: 5,
    };
  },
};

const srSpendGuard: Family = {
  id: 'wj-sr-adgroup-spend-guard', label: 'simple_reflex', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'The hourly guard maps one ad-group snapshot to an action through fixed thresholds, although the bid changes it triggers serve a profitability aim, which gives a utility reading.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'fr', 'en'], i);
    const target = rng.pick([18, 22, 25, 30]);
    const prompt = t(lang, {
      en: `Hourly spend guard for Sponsored Products ad groups on the ${rng.pick(['Amazon EU', 'Bol.com', 'Otto', 'Cdiscount'])} account. Target ACoS for this account: ${target}%.
Return exactly one action for the ad group in the snapshot:
- PAUSE if acos_24h > 2 × target and spend_24h > 50
- LOWER_BID if acos_24h > target
- RAISE_BID if acos_24h < 0.5 × target and top_of_search_is < 40%
- HOLD otherwise (also when clicks_24h < 20: not enough data).`,
      de: `Stündlicher Ausgabenwächter für Sponsored-Products-Anzeigengruppen im Konto ${rng.pick(['Amazon DE', 'Otto Market', 'Kaufland.de'])}. Ziel-ACoS des Kontos: ${target} %.
Gib für die Anzeigengruppe im Snapshot genau eine Aktion zurück:
- PAUSE, wenn acos_24h > 2 × Ziel und spend_24h > 50
- LOWER_BID, wenn acos_24h > Ziel
- RAISE_BID, wenn acos_24h < 0,5 × Ziel und top_of_search_is < 40 %
- sonst HOLD (auch bei clicks_24h < 20: zu wenige Daten).`,
      fr: `Garde-fou horaire des dépenses pour les groupes d'annonces Sponsored Products du compte ${rng.pick(['Amazon FR', 'Cdiscount', 'Fnac Marketplace'])}. ACoS cible du compte : ${target} %.
Renvoie exactement une action pour le groupe d'annonces du relevé :
- PAUSE si acos_24h > 2 × cible et spend_24h > 50
- LOWER_BID si acos_24h > cible
- RAISE_BID si acos_24h < 0,5 × cible et top_of_search_is < 40 %
- HOLD sinon (y compris si clicks_24h < 20 : pas assez de données).`,
    });
    const clicks = rng.int(8, 400);
    const spend = Math.round(clicks * rng.int(25, 140)) / 100;
    const sales = Math.round(spend * (100 / rng.pick([9, 14, 27, 41, 63, 80])) * 100) / 100;
    const snap = {
      ad_group: rng.pick(['AG-running-socks-exact', 'AG-bamboo-cutting-board-broad', 'AG-usb-c-hub-auto', 'AG-yoga-mat-phrase', 'AG-espresso-tamper-exact']),
      window_end: `2024-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:00Z`,
      clicks_24h: clicks,
      spend_24h: spend,
      sales_24h: sales,
      acos_24h: Math.round((spend / Math.max(sales, 0.01)) * 1000) / 10,
      top_of_search_is: rng.int(5, 85),
      current_bid: rng.int(20, 180) / 100,
    };
    return {
      lang,
      messages: [sys(prompt), user(JSON.stringify(snap))],
      response_format: jsonSchema('guard_action', { action: oneOf('PAUSE', 'LOWER_BID', 'RAISE_BID', 'HOLD'), why: str }),
      max_tokens: 50,
      temperature: 0,
    };
  },
};

const wjSimple = [srCardAuth, srGlAccount, srDisputeCode, srListingGate, srSpendGuard];

// ─────────────────────────── model_based_reflex ───────────────────────────

const mbVault: Family = {
  id: 'wj-mb-branch-vault-cash', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
  rationale: 'The vault is only counted at opening, so its holdings per denomination must be carried forward through the day\'s movements before the withdrawal and tomorrow\'s cash order can be answered.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'ja', 'en', 'de'], i) as 'de' | 'en' | 'ja';
    const yen = lang === 'ja';
    const d = yen ? [10000, 5000, 1000] : [50, 20, 10];
    const money = (v: number): string => (yen ? `${sep(v)}円` : lang === 'de' ? `${sep(v).replace(/,/g, '.')} €` : `€${sep(v)}`);
    const notes = (c: number[]): string => c.map((n, k) => (yen ? `${sep(d[k]!)}円札${n}枚` : lang === 'de' ? `${n} × ${d[k]} €` : `${n} × €${d[k]}`)).join(yen ? '、' : ', ');
    const total = (c: number[]): number => c.reduce((s, n, k) => s + n * d[k]!, 0);
    const branch = rng.pick(yen ? ['梅田支店', '札幌北口支店', '横浜西口支店'] : lang === 'de' ? ['Filiale Ulm-Söflingen', 'Filiale Kiel-Holtenau', 'Filiale Augsburg-Göggingen'] : ['Cork Patrick Street branch', 'Galway Eyre Square branch', 'Dublin Dame Street branch']);
    const unit = yen ? 100 : 1;
    const limit = rng.pick([90000, 110000, 130000]) * unit;
    const min = rng.pick([20000, 25000, 30000]) * unit;
    const atmNeed = rng.pick([24000, 32000, 40000]) * unit;
    const prompt = t(lang, {
      en: `You support the cash officer of the ${branch}. The vault note counter can only be read at opening under dual control; during the day the tellers, the ATM team and the cash-in-transit carrier post their movements in this chat. Vault insurance limit: ${money(limit)}. The operating float must not fall below ${money(min)}. Tomorrow morning's ATM loads usually take about ${money(atmNeed)}. Answer questions about what the vault holds and what to order.`,
      de: `Du unterstützt die Kassenverantwortliche der ${branch}. Der Notenzähler im Tresor kann nur bei Öffnung im Vier-Augen-Prinzip ausgelesen werden; tagsüber melden die Kassen, das Geldautomaten-Team und der Werttransporteur ihre Bewegungen hier im Chat. Versicherungsgrenze des Tresors: ${money(limit)}. Der Mindestbestand für den Betrieb darf ${money(min)} nicht unterschreiten. Die Automatenbefüllung am nächsten Morgen braucht meist etwa ${money(atmNeed)}. Beantworte Fragen zum Tresorbestand und zu Bestellungen.`,
      ja: `あなたは${branch}の現金管理責任者を補佐します。金庫の紙幣計数機は開店時に二名立会いでのみ読み取れます。日中は窓口、ATM担当、現送業者からの入出金がこのチャットに順に届きます。金庫の保険上限は${money(limit)}、業務用の最低保有額は${money(min)}です。翌朝のATM装填には通常約${money(atmNeed)}が必要です。金庫の保有額と手配について質問に答えてください。`,
    });
    const c = [rng.int(500, 900), rng.int(700, 1300), rng.int(300, 700)];
    const messages: Msg[] = [sys(prompt), user(t(lang, {
      en: 'Morning. Vault is open, please take the opening count.',
      de: 'Guten Morgen, der Tresor ist offen – bitte den Anfangsbestand auslesen.',
      ja: 'おはようございます。金庫を開けました。開店時の残高を読み取ってください。',
    }))];
    const vaultId = `V-${rng.int(100, 999)}`;
    exchange(rng, messages, 'read_note_counter', { vault_id: vaultId }, { vault_id: vaultId, counts: Object.fromEntries(d.map((x, k) => [String(x), c[k]])), dual_control: true });
    messages.push(say(t(lang, {
      en: `Opening count recorded: ${notes(c)}, total ${money(total(c))}.`,
      de: `Anfangsbestand erfasst: ${notes(c)}, gesamt ${money(total(c))}.`,
      ja: `開店時残高を記録しました：${notes(c)}、合計${money(total(c))}。`,
    })));
    const take = (cur: number, lo: number, hi: number): number => (cur - 60 < lo ? 0 : rng.int(lo, Math.min(hi, cur - 60)));
    const nMoves = 3 + i * 2;
    const moveText: string[] = [];
    let citDone = false;
    for (let m = 0; m < nMoves; m++) {
      const kind = rng.pick(citDone ? ['in', 'out', 'atm', 'out'] : ['in', 'out', 'atm', 'cit']);
      const who = rng.int(1, 6);
      let txt: string;
      if (kind === 'out') {
        const a = take(c[0]!, 10, 80);
        const b = take(c[1]!, 20, 150);
        c[0]! -= a; c[1]! -= b;
        txt = t(lang, { en: `Teller ${who} bought in from the vault: ${notes([a, b, 0]).split(', ').slice(0, 2).join(', ')}.`, de: `Kasse ${who} hat aus dem Tresor übernommen: ${notes([a, b, 0]).split(', ').slice(0, 2).join(', ')}.`, ja: `${who}番窓口が金庫から受け入れ：${notes([a, b, 0]).split('、').slice(0, 2).join('、')}。` });
      } else if (kind === 'in') {
        const a = rng.int(5, 80);
        const z = rng.int(10, 150);
        c[0]! += a; c[2]! += z;
        const s = [notes([a, 0, z]).split(yen ? '、' : ', ')[0], notes([a, 0, z]).split(yen ? '、' : ', ')[2]].join(yen ? '、' : ', ');
        txt = t(lang, { en: `Teller ${who} sold back to the vault: ${s}.`, de: `Kasse ${who} hat an den Tresor zurückgegeben: ${s}.`, ja: `${who}番窓口から金庫へ戻し入れ：${s}。` });
      } else if (kind === 'atm') {
        const a = take(c[0]!, 30, 160);
        const b = take(c[1]!, 40, 220);
        c[0]! -= a; c[1]! -= b;
        const atm = `ATM-${rng.int(1, 4)}`;
        const s = notes([a, b, 0]).split(yen ? '、' : ', ').slice(0, 2).join(yen ? '、' : ', ');
        txt = t(lang, { en: `${atm} cassettes refilled from the vault: ${s}.`, de: `${atm} aus dem Tresor nachgefüllt: ${s}.`, ja: `${atm}に金庫から補充：${s}。` });
      } else {
        citDone = true;
        const add = [rng.int(100, 400), rng.int(100, 500), rng.int(0, 200)];
        add.forEach((n, k) => { c[k]! += n; });
        txt = t(lang, { en: `Cash-in-transit delivery received, seals intact: ${notes(add)}.`, de: `Werttransport angeliefert, Plomben intakt: ${notes(add)}.`, ja: `現送便が到着、封印異常なし：${notes(add)}。` });
      }
      moveText.push(txt);
      if (m < nMoves - 1) {
        messages.push(user(txt));
        const detailed = m < nMoves - 3 && rng.chance(0.6);
        messages.push(say(detailed
          ? t(lang, { en: `Noted. Vault now ${notes(c)}, total ${money(total(c))}.`, de: `Notiert. Tresor jetzt ${notes(c)}, gesamt ${money(total(c))}.`, ja: `記録しました。金庫残高：${notes(c)}、合計${money(total(c))}。` })
          : t(lang, { en: 'Noted.', de: 'Notiert.', ja: '記録しました。' })));
      }
    }
    const w = rng.int(6, 18) * 1000 * unit;
    messages.push(user(`${moveText[nMoves - 1]!}\n${t(lang, {
      en: `A business customer at counter 2 wants ${money(w)} in €${d[0]} notes right now. Can the vault cover that without going under the operating float, and do I book a CIT delivery or a pickup for tomorrow morning?`,
      de: `Ein Geschäftskunde an Schalter 2 möchte sofort ${money(w)} in ${d[0]}-Euro-Scheinen abheben. Reicht der Tresor dafür, ohne unter den Mindestbestand zu fallen, und soll ich für morgen früh eine Anlieferung oder eine Abholung beim Werttransport buchen?`,
      ja: `2番窓口の法人のお客様が、今すぐ${sep(d[0]!)}円札で${money(w)}の払い出しを希望しています。最低保有額を割らずに金庫から対応できますか。また、明朝の現送は搬入と回収のどちらを手配すべきですか。`,
    })}`));
    return {
      lang,
      messages,
      tools: [tool('read_note_counter', 'Read the vault note counter. Only works while the vault is open under dual control (opening and closing).', { vault_id: str })],
      tool_choice: 'auto',
    };
  },
};

const mbPayoutTrace: Family = {
  id: 'wj-mb-seller-payout-trace', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Scattered, partly out-of-order evidence from several back-office lookups and the seller must be pieced together into where the payout money is now before saying what to tell the seller.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'pt', 'en'], i) as 'en' | 'es' | 'pt';
    const mkt = rng.pick(['Bazaro', 'Feirinha Online', 'Tiendalia', 'Crafthaus']);
    const sid = `SL-${rng.int(10000, 99999)}`;
    const pid = `po_${rng.int(1e6, 9e6).toString(36)}`;
    const amount = rng.int(300, 9000) + rng.int(0, 99) / 100;
    const oldIban = pad(rng.int(0, 9999), 4);
    const newIban = pad(rng.int(0, 9999), 4);
    const day = rng.int(3, 18);
    const ds = (n: number): string => `2024-09-${pad(day + n)}`;
    const prompt = t(lang, {
      en: `You are the payouts operations assistant at ${mkt}, a marketplace that pays sellers by SEPA transfer twice a week. Use the tools to look things up. Ops agents ask you about individual seller payouts; tell them where the money actually is right now, and give the exact wording to send to the seller. Never promise a date the bank has not confirmed.`,
      es: `Eres el asistente de operaciones de pagos de ${mkt}, un marketplace que paga a los vendedores por transferencia SEPA dos veces por semana. Usa las herramientas para consultar. Los agentes de operaciones te preguntan por liquidaciones concretas; diles dónde está realmente el dinero ahora mismo y redacta el texto exacto que hay que enviar al vendedor. Nunca prometas una fecha que el banco no haya confirmado.`,
      pt: `És o assistente de operações de pagamentos da ${mkt}, um marketplace que paga aos vendedores por transferência SEPA duas vezes por semana. Usa as ferramentas para consultar. Os agentes de operações perguntam-te por pagamentos concretos; diz-lhes onde está realmente o dinheiro neste momento e escreve o texto exato a enviar ao vendedor. Nunca prometas uma data que o banco não tenha confirmado.`,
    });
    const ticket = t(lang, {
      en: `Seller ${sid} says payout ${pid} (€${dec(amount)}) never arrived and is threatening to leave. Can you look into it?`,
      es: `El vendedor ${sid} dice que la liquidación ${pid} (${dec(amount)} €) nunca le llegó y amenaza con irse. ¿Lo puedes mirar?`,
      pt: `O vendedor ${sid} diz que o pagamento ${pid} (${dec(amount)} €) nunca chegou e ameaça sair da plataforma. Consegues verificar?`,
    });
    const messages: Msg[] = [sys(prompt), user(ticket)];
    exchange(rng, messages, 'get_payout', { payout_id: pid }, { payout_id: pid, seller_id: sid, amount, currency: 'EUR', status: 'processing', created_at: `${ds(0)}T06:00:00Z`, last_update: `${ds(3)}T09:12:44Z`, attempt: 2 });
    const settled = i % 2 === 1;
    const events = [
      { at: `${ds(3)}T09:12:44Z`, attempt: 2, event: 'submitted', creditor_iban_last4: newIban },
      { at: `${ds(0)}T06:02:10Z`, attempt: 1, event: 'submitted', creditor_iban_last4: oldIban },
      { at: `${ds(2)}T14:40:03Z`, attempt: 1, event: 'returned', reason: 'AC04 closed account number' },
      ...(settled ? [{ at: `${ds(4)}T07:55:00Z`, attempt: 2, event: 'accepted_by_creditor_bank' }] : []),
    ];
    exchange(rng, messages, 'get_rail_events', { payout_id: pid }, { payout_id: pid, events, note: 'events listed in ingestion order, not event time' });
    if (i >= 2) {
      messages.push(say(t(lang, {
        en: 'The first attempt bounced. Checking which account the retry went to.',
        es: 'El primer intento fue devuelto. Compruebo a qué cuenta fue el reintento.',
        pt: 'A primeira tentativa foi devolvida. Vou ver para que conta foi a nova tentativa.',
      })));
      messages.push(user(t(lang, {
        en: `FYI the seller just told me they moved banks "around the ${day + 1}th".`,
        es: `Por cierto, el vendedor me acaba de decir que cambió de banco "hacia el día ${day + 1}".`,
        pt: `Já agora, o vendedor acabou de me dizer que mudou de banco "por volta do dia ${day + 1}".`,
      })));
    }
    exchange(rng, messages, 'get_seller_bank_account', { seller_id: sid }, { seller_id: sid, iban_last4: newIban, verified: true, changed_at: `${ds(1)}T18:21:00Z`, previous_iban_last4: oldIban });
    if (i >= 3) {
      exchange(rng, messages, 'get_ledger', { seller_id: sid, from: ds(0) }, {
        entries: [
          { at: `${ds(0)}T06:00:00Z`, type: 'payout_debit', amount: -amount, ref: pid },
          { at: `${ds(2)}T15:01:00Z`, type: 'payout_return_credit', amount, ref: pid },
          { at: `${ds(3)}T09:12:40Z`, type: 'payout_debit', amount: -amount, ref: `${pid}/2` },
        ],
        balance_after: 0,
      });
    }
    const draft: Draft = {
      lang,
      messages,
      tools: [
        tool('get_payout', 'Payout header: amount, status, attempt counter.', { payout_id: str }),
        tool('get_rail_events', 'SEPA rail events for a payout (submissions, returns, acceptances).', { payout_id: str }),
        tool('get_seller_bank_account', 'Current verified bank account of a seller and the previous one.', { seller_id: str }),
        tool('get_ledger', 'Seller balance ledger entries from a date.', { seller_id: str, from: str }),
      ],
      tool_choice: 'auto',
    };
    if (i % 2 === 1) {
      draft.response_format = jsonSchema('payout_finding', {
        money_is: oneOf('with_marketplace', 'in_transit', 'returned_to_marketplace', 'credited_to_seller_bank'),
        current_attempt: int,
        account_last4: str,
        reply_to_seller: str,
      });
    }
    return draft;
  },
};

const mbCardWatch: Family = {
  id: 'wj-mb-card-live-feed-watch', label: 'model_based_reflex', secondary: 'simple_reflex', difficulty: 'hard', variants: 5,
  rationale: 'The latest batch of card events looks harmless alone; only the picture built from earlier batches (probing charges, contact details changed) makes it risky, though each reply is a one-word verdict that could be read as a plain reflex.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'fr', 'en', 'zh'], i);
    const pan = `•••• ${pad(rng.int(0, 9999), 4)}`;
    const prompt = t(lang, {
      en: `You sit on the fraud desk's live feed for card ${pan}. Events arrive in small batches. After each batch answer with one word — CLEAR, WATCH or HOLD — for the card as things stand after that batch. HOLD blocks the card and triggers a call to the customer, so use it when the events, taken together, point to someone else using the card.`,
      zh: `你负责反欺诈值班台上卡片 ${pan} 的实时事件流。事件按小批次到达。每批之后只回答一个词：CLEAR、WATCH 或 HOLD，表示到这一批为止这张卡的情况。HOLD 会冻结卡片并触发客户回访，所以只在所有事件合起来看表明有他人盗用卡片时使用。`,
      fr: `Tu surveilles, pour la cellule fraude, le flux en direct de la carte ${pan}. Les événements arrivent par petits lots. Après chaque lot, réponds par un seul mot — CLEAR, WATCH ou HOLD — pour la carte telle qu'elle se présente après ce lot. HOLD bloque la carte et déclenche un appel au client : utilise-le quand l'ensemble des événements indique qu'un tiers utilise la carte.`,
    });
    const normal = [
      'AUTH 4.20 EUR BOULANGERIE PAUL contactless approved',
      'AUTH 61.35 EUR CARREFOUR MARKET chip approved',
      'AUTH 12.00 EUR RATP NAVIGO contactless approved',
      'AUTH 38.90 EUR SHELL 0241 chip approved',
      'AUTH 9.99 EUR SPOTIFY recurring approved',
      'AUTH 23.50 EUR PHARMACIE CENTRALE chip approved',
    ];
    const probing = [
      'AUTH 1.00 EUR DONATE*HELPKIDS ecommerce approved',
      'AUTH 0.50 EUR PAYPRO*TEST ecommerce declined cvv_mismatch',
      'AUTH 1.00 EUR STEAMGAMES ecommerce declined cvv_mismatch',
      'AUTH 2.00 EUR CHARITY*WATERNOW ecommerce approved',
    ];
    const profile = [
      'PROFILE email changed via call centre (agent 2291), caller passed 2 of 3 security questions',
      'PROFILE mobile number changed via web, new device id d-77c1',
      'PROFILE delivery address added: 14 Rue des Entrepôts, 93200 Saint-Denis',
    ];
    const nBatches = 4 + i + (i >= 3 ? 2 : 0);
    const batches: string[][] = [];
    const verdicts: string[] = [];
    const probeAt = rng.int(1, Math.max(1, nBatches - 3));
    for (let b = 0; b < nBatches - 1; b++) {
      const lines: string[] = [];
      const hh = pad(8 + Math.floor((b * 11) / nBatches));
      if (b === probeAt) {
        lines.push(...rng.sample(probing, 3).map((l, k) => `${hh}:${pad(10 + k)} ${l}`));
        verdicts.push('WATCH');
      } else if (b === probeAt + 1) {
        lines.push(`${hh}:${pad(rng.int(20, 50))} ${rng.pick(profile)}`);
        verdicts.push('WATCH');
      } else {
        lines.push(...rng.sample(normal, rng.int(1, 3)).map((l) => `${hh}:${pad(rng.int(0, 59))} ${l}`));
        verdicts.push(b > probeAt ? 'WATCH' : 'CLEAR');
      }
      batches.push(lines.sort());
    }
    const finalBatch = [`${pad(20)}:${pad(rng.int(0, 59))} AUTH ${rng.pick(['189.00', '249.99', '312.40'])} EUR ${rng.pick(['FNAC.COM', 'BOULANGER.COM', 'APPLE.COM/FR'])} ecommerce 3ds=frictionless ship_to=NEW_ADDRESS approved`];
    const head = (n: number): string => t(lang, { en: `batch ${n}`, zh: `第${n}批`, fr: `lot ${n}` });
    const messages: Msg[] = [sys(prompt)];
    batches.forEach((lines, b) => {
      messages.push(user(`${head(b + 1)}\n${lines.join('\n')}`));
      messages.push(say(verdicts[b]!));
    });
    messages.push(user(`${head(nBatches)}\n${finalBatch.join('\n')}`));
    return { lang, messages, max_tokens: 3, temperature: 0 };
  },
};

const mbSellerStock: Family = {
  id: 'wj-mb-seller-stock-between-feeds', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'The fulfilment feed only refreshes at midnight, so sellable units per SKU have to be estimated by rolling the snapshot forward through the day\'s orders, cancellations, returns and inbound receipts.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'es', 'en'], i) as 'zh' | 'en' | 'es';
    const skus = rng.sample(['TEA-OOL-250', 'TEA-JAS-100', 'CUP-CER-SET4', 'KTL-GLS-1L', 'MAT-BMB-60', 'FLT-SS-02'], 3);
    const snap = skus.map(() => rng.int(3, 22));
    const buffer = rng.pick([2, 3, 5]);
    const prompt = t(lang, {
      en: `You help a seller on ${rng.pick(['Amazon EU', 'Allegro', 'Zalando Partner'])} keep listings honest between fulfilment feed refreshes (the feed only refreshes at 00:00 UTC). Events from the seller's order system are pasted as they happen. When asked, report sellable units per SKU and which listings to switch to out-of-stock. Safety buffer: ${buffer} units — a SKU at or below the buffer should be switched off.`,
      zh: `你协助一位在${rng.pick(['天猫国际', '京东国际', '速卖通'])}开店的卖家，在仓库库存数据刷新之间保持商品页面库存准确（仓库数据每天 00:00 才刷新一次）。卖家订单系统的事件会实时贴进来。被问到时，报告每个SKU的可售数量以及哪些商品应设为缺货。安全库存：${buffer} 件——可售数量小于或等于安全库存的SKU应下架。`,
      es: `Ayudas a un vendedor de ${rng.pick(['Amazon.es', 'PcComponentes Marketplace', 'Mercado Libre'])} a que sus anuncios no vendan lo que no hay entre actualizaciones del feed del almacén (el feed solo se actualiza a las 00:00 UTC). Los eventos del sistema de pedidos del vendedor se pegan según ocurren. Cuando te lo pidan, informa de las unidades vendibles por SKU y de qué anuncios hay que poner sin stock. Stock de seguridad: ${buffer} unidades; un SKU en o por debajo de ese nivel debe desactivarse.`,
    });
    const messages: Msg[] = [sys(prompt), user(t(lang, { en: 'New day, pull the warehouse snapshot.', zh: '新的一天，先拉一下仓库快照。', es: 'Nuevo día, trae la foto del almacén.' }))];
    exchange(rng, messages, 'get_fulfilment_snapshot', { skus }, { as_of: '00:00Z', sellable: Object.fromEntries(skus.map((s, k) => [s, snap[k]])), reserved: Object.fromEntries(skus.map((s) => [s, rng.int(0, 3)])) });
    messages.push(say(t(lang, { en: 'Snapshot loaded.', zh: '快照已载入。', es: 'Foto cargada.' })));
    const nEv = 3 + i;
    for (let e = 0; e < nEv; e++) {
      const hh = `${pad(8 + e * 2)}:${pad(rng.int(0, 59))}`;
      const s = rng.pick(skus);
      const s2 = rng.pick(skus);
      const n = rng.int(1, 6);
      const kind = rng.pick(['orders', 'cancel', 'return_ok', 'return_bad', 'inbound', 'orders']);
      const text = {
        orders: t(lang, { en: `${hh} new orders: ${s} ×${n}, ${s2} ×${rng.int(1, 3)}`, zh: `${hh} 新订单：${s} ×${n}，${s2} ×${rng.int(1, 3)}`, es: `${hh} pedidos nuevos: ${s} ×${n}, ${s2} ×${rng.int(1, 3)}` }),
        cancel: t(lang, { en: `${hh} customer cancelled an order of ${s} ×${n} before picking`, zh: `${hh} 客户在拣货前取消了 ${s} ×${n} 的订单`, es: `${hh} un cliente canceló un pedido de ${s} ×${n} antes de la preparación` }),
        return_ok: t(lang, { en: `${hh} return received: ${s} ×1, graded resellable`, zh: `${hh} 收到退货：${s} ×1，质检可再售`, es: `${hh} devolución recibida: ${s} ×1, apta para reventa` }),
        return_bad: t(lang, { en: `${hh} return received: ${s} ×1, box crushed — unsellable`, zh: `${hh} 收到退货：${s} ×1，包装压坏，不可再售`, es: `${hh} devolución recibida: ${s} ×1, caja aplastada, no vendible` }),
        inbound: t(lang, { en: `${hh} inbound shipment checked in: ${s} ×${n * 5}, of which ${rng.int(1, 3)} damaged`, zh: `${hh} 入库完成：${s} ×${n * 5}，其中 ${rng.int(1, 3)} 件破损`, es: `${hh} envío entrante registrado: ${s} ×${n * 5}, de ellos ${rng.int(1, 3)} dañados` }),
      }[kind]!;
      messages.push(user(text));
      messages.push(say(t(lang, { en: 'Got it.', zh: '收到。', es: 'Anotado.' })));
    }
    messages.pop();
    const last = messages.pop()!;
    messages.push(user(`${typeof last.content === 'string' ? last.content : ''}\n${t(lang, {
      en: 'Feed won\'t refresh until midnight and we\'re heading into the evening peak. Where is each SKU now, and what do I switch off?',
      zh: '仓库数据要到午夜才刷新，马上进入晚高峰了。现在每个SKU还有多少可售？哪些要下架？',
      es: 'El feed no se actualiza hasta medianoche y entramos en el pico de la tarde. ¿Cómo está cada SKU ahora y qué desactivo?',
    })}`));
    return {
      lang,
      messages,
      tools: [tool('get_fulfilment_snapshot', 'Sellable and reserved units per SKU as of the last nightly refresh.', { skus: list(str) })],
      response_format: jsonSchema('stock_view', {
        skus: list(obj({ sku: str, sellable_now: int, confidence: oneOf('high', 'medium', 'low') })),
        switch_off: list(str),
      }),
    };
  },
};

type ClaimSlots = { policy_no: string | null; loss_date: string | null; loss_type: string | null; location: string | null; third_party: boolean | null; injuries: boolean | null; estimate: number | null };
const mbClaimIntake: Family = {
  id: 'wj-mb-claim-intake-record', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
  rationale: 'The first-notice-of-loss record is built up and corrected over several customer turns, and the final turn asks for the whole record as it now stands.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'pt', 'en', 'de', 'fr'], i) as 'fr' | 'pt' | 'en' | 'de';
    const water = lang === 'fr' || lang === 'de';
    const p1 = `${water ? 'HAB' : 'AUTO'}-${rng.int(100000, 999999)}`;
    const p2 = `${water ? 'HAB' : 'AUTO'}-${rng.int(100000, 999999)}`;
    const d1 = rng.int(10, 20);
    const est1 = rng.int(8, 40) * 100;
    const est2 = est1 + rng.int(3, 15) * 100;
    const town = { fr: rng.pick(['Nantes', 'Grenoble', 'Rouen']), pt: rng.pick(['Braga', 'Coimbra', 'Setúbal']), en: rng.pick(['Swindon', 'Derby', 'Limerick']), de: rng.pick(['Kassel', 'Regensburg', 'Münster']) }[lang];
    const prompt = t(lang, {
      en: 'First-notice-of-loss assistant for Allwyn Mutual motor and home claims. After every customer message, output the complete claim record as JSON. Fields not yet given are null. A later statement replaces an earlier one. Dates as YYYY-MM-DD; the current month is 2024-06.',
      fr: 'Assistant de déclaration de sinistre pour Mutuelle Armorique (auto et habitation). Après chaque message du client, renvoie la fiche de sinistre complète en JSON. Les champs non encore renseignés valent null. Une information donnée plus tard remplace la précédente. Dates au format AAAA-MM-JJ ; le mois en cours est 2024-06.',
      pt: 'Assistente de participação de sinistros da Seguros Atlântida (automóvel e habitação). Depois de cada mensagem do cliente, devolve a ficha completa do sinistro em JSON. Campos ainda não indicados ficam a null. Uma informação posterior substitui a anterior. Datas no formato AAAA-MM-DD; o mês atual é 2024-06.',
      de: 'Assistent für die Schadenmeldung der Rheinland Versicherung (Kfz und Hausrat/Wohngebäude). Gib nach jeder Kundennachricht den vollständigen Schadendatensatz als JSON aus. Noch nicht genannte Felder sind null. Eine spätere Angabe ersetzt eine frühere. Datumsangaben als JJJJ-MM-TT; der aktuelle Monat ist 2024-06.',
    });
    const turns: { text: string; patch: Partial<ClaimSlots> }[] = water
      ? [
        { text: t(lang, { en: '', fr: `Bonjour, une canalisation a éclaté dans ma cuisine hier soir, le ${d1} juin. Mon contrat c'est le ${p1}.`, de: `Guten Tag, gestern Abend, am ${d1}. Juni, ist bei mir in der Küche ein Wasserrohr geplatzt. Meine Vertragsnummer ist ${p1}.` }), patch: { policy_no: p1, loss_date: `2024-06-${pad(d1)}`, loss_type: 'water_damage' } },
        { text: t(lang, { en: '', fr: `C'est au 3e étage, 12 rue des Halles à ${town}. L'eau est descendue chez la voisine du dessous.`, de: `Das ist im 3. Stock, Hallenstraße 12 in ${town}. Das Wasser ist auch in die Wohnung darunter gelaufen.` }), patch: { location: lang === 'de' ? `Hallenstraße 12, ${town}` : `12 rue des Halles, ${town}`, third_party: true } },
        { text: t(lang, { en: '', fr: `Le plombier estime les réparations à environ ${est1} €. Personne n'a été blessé.`, de: `Der Installateur schätzt die Reparatur auf etwa ${est1} €. Verletzt wurde niemand.` }), patch: { estimate: est1, injuries: false } },
        { text: t(lang, { en: '', fr: `Pardon, je me suis trompée : c'est arrivé avant-hier, le ${d1 - 1}, j'étais absente hier. Et le plombier a revu son devis à ${est2} € avec le remplacement du parquet.`, de: `Entschuldigung, ich habe mich vertan: Es war vorgestern, am ${d1 - 1}., gestern war ich gar nicht da. Und der Installateur hat seinen Kostenvoranschlag mit dem neuen Parkett auf ${est2} € erhöht.` }), patch: { loss_date: `2024-06-${pad(d1 - 1)}`, estimate: est2 } },
      ]
      : [
        { text: t(lang, { en: `Hi, someone reversed into my car in the ${rng.pick(['Tesco', 'Asda', 'Sainsbury\'s'])} car park in ${town} on the ${d1}th. Policy ${p1}.`, pt: `Olá, bateram-me no carro em marcha-atrás no parque do ${rng.pick(['Continente', 'Pingo Doce', 'Lidl'])} em ${town}, no dia ${d1}. Apólice ${p1}.` }), patch: { policy_no: p1, loss_date: `2024-06-${pad(d1)}`, loss_type: 'collision', location: town, third_party: true } },
        { text: t(lang, { en: `The other driver gave me his details. Garage says roughly £${est1} for the rear bumper and tailgate.`, pt: `O outro condutor deu-me os dados dele. A oficina diz que são uns ${est1} € para o para-choques e a tampa da mala.` }), patch: { estimate: est1 } },
        { text: t(lang, { en: 'My neck has been stiff since, I went to the GP yesterday.', pt: 'Desde então tenho dores no pescoço, fui ao médico ontem.' }), patch: { injuries: true } },
        { text: t(lang, { en: `Sorry — wrong policy number, that's my old car. It's ${p2}. And the garage found the sensor is broken too, so now it's £${est2}.`, pt: `Desculpe, o número da apólice estava errado, era do carro antigo. É a ${p2}. E a oficina viu que o sensor também partiu, agora são ${est2} €.` }), patch: { policy_no: p2, estimate: est2 } },
      ];
    const use = i === 4 ? turns.slice(0, 2).concat(turns.slice(3)) : turns;
    let rec: ClaimSlots = { policy_no: null, loss_date: null, loss_type: null, location: null, third_party: null, injuries: null, estimate: null };
    const messages: Msg[] = [sys(prompt)];
    use.forEach((turn, k) => {
      messages.push(user(turn.text));
      rec = { ...rec, ...turn.patch };
      if (k < use.length - 1) messages.push(say(JSON.stringify(rec)));
    });
    const nullable = (type: string): Record<string, unknown> => ({ type: [type, 'null'] });
    return {
      lang,
      messages,
      response_format: jsonSchema('claim_record', {
        policy_no: nullable('string'),
        loss_date: nullable('string'),
        loss_type: { type: ['string', 'null'], enum: ['collision', 'theft', 'water_damage', 'fire', 'glass', 'other', null] },
        location: nullable('string'),
        third_party: nullable('boolean'),
        injuries: nullable('boolean'),
        estimate: nullable('number'),
      }),
      temperature: 0,
    };
  },
};

const wjModel = [mbVault, mbPayoutTrace, mbCardWatch, mbSellerStock, mbClaimIntake];

// ─────────────────────────────── goal_based ───────────────────────────────

const gbPoPortal: Family = {
  id: 'wj-gb-procurement-portal-requisition', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'A browser agent is partway through the portal toward a fixed end state (a complete requisition submitted for approval) and must choose the next action around the obstacle the last page raised.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'de'], i) as 'en' | 'de';
    const item = rng.pick([
      { en: 'ergonomic office chairs (model Flex 3D)', de: 'ergonomische Bürostühle (Modell Flex 3D)', price: 1190 },
      { en: 'label printers Zebra ZD421', de: 'Etikettendrucker Zebra ZD421', price: 845 },
      { en: 'pallet racking bays, 2.5 m', de: 'Palettenregal-Felder, 2,5 m', price: 620 },
      { en: 'noise-cancelling headsets for the call centre', de: 'Headsets mit Geräuschunterdrückung für das Callcenter', price: 260 },
    ]);
    const qty = rng.int(6, 40);
    const vendor = rng.pick(['Büroprofi AG', 'Ergodesk GmbH', 'Lagertechnik Nord KG', 'Sitwell Office Supply Ltd']);
    const cc = `CC-${rng.int(4100, 4900)}`;
    const succ = `CC-${rng.int(4100, 4900)}`;
    const needBy = `2024-${pad(rng.int(7, 11))}-${pad(rng.int(1, 28))}`;
    const quote = `quote_${vendor.split(' ')[0]!.toLowerCase()}_${rng.int(100, 999)}.pdf`;
    const prompt = t(lang, {
      en: `You operate the BuyDesk procurement portal on behalf of the requester. Task: raise a non-catalog requisition for ${qty} × ${item.en} from ${vendor} at ${item.price} EUR each, charge cost center ${cc}, need-by ${needBy}, attach the supplier quote "${quote}" if the portal asks for one, and submit it for approval. After each action you get the updated page. Exactly one tool call per turn. Only stop with end_task when the requisition shows status "Pending approval" or you are certain it cannot be done.`,
      de: `Du bedienst das Beschaffungsportal BuyDesk im Auftrag der anfordernden Person. Auftrag: eine Freitext-Bestellanforderung über ${qty} × ${item.de} bei ${vendor} zu je ${item.price} EUR anlegen, Kostenstelle ${cc}, Liefertermin ${needBy}, das Lieferantenangebot "${quote}" anhängen, falls das Portal danach fragt, und zur Genehmigung einreichen. Nach jeder Aktion erhältst du die aktualisierte Seite. Genau ein Tool-Aufruf pro Zug. Beende mit end_task nur, wenn die Anforderung den Status "Genehmigung ausstehend" hat oder sicher ist, dass es nicht geht.`,
    });
    const L = (en: string, de: string): string => (lang === 'de' ? de : en);
    const messages: Msg[] = [sys(prompt), user(L(
      '[page] BuyDesk — Home\n[ui] link#req-new "New requisition"  link#my-reqs "My requisitions"  input#catalog-search "Search catalog"  link#help "Help"',
      '[Seite] BuyDesk — Start\n[ui] link#req-new "Neue Bedarfsanforderung"  link#my-reqs "Meine Anforderungen"  input#catalog-search "Katalog durchsuchen"  link#help "Hilfe"',
    ))];
    exchange(rng, messages, 'press', { target: 'req-new' }, L(
      '[page] New requisition — choose type\n[ui] button#cat "Catalog item"  button#noncat "Non-catalog request"  button#services "Services / SOW"',
      '[Seite] Neue Anforderung — Art wählen\n[ui] button#cat "Katalogartikel"  button#noncat "Freitextanforderung"  button#services "Dienstleistung / Leistungsbeschreibung"',
    ));
    exchange(rng, messages, 'press', { target: 'noncat' }, L(
      '[page] Non-catalog request\n[ui] input#desc  input#qty  input#unit-price  combo#vendor  input#cost-center  date#need-by  file#quote  button#save-draft  button#submit (disabled: required fields empty)',
      '[Seite] Freitextanforderung\n[ui] input#desc  input#qty  input#unit-price  combo#vendor  input#cost-center  date#need-by  file#quote  button#save-draft  button#submit (deaktiviert: Pflichtfelder leer)',
    ));
    const fills: [string, Record<string, unknown>, string][] = [
      ['fill', { target: 'desc', value: lang === 'de' ? item.de : item.en }, L('[ok] desc set', '[ok] desc gesetzt')],
      ['fill', { target: 'qty', value: String(qty) }, `[ok] qty=${qty}`],
      ['fill', { target: 'need-by', value: needBy }, `[ok] need-by=${needBy}`],
    ];
    const kind = i % 3;
    const total = qty * item.price;
    const blocker: [string, Record<string, unknown>, string] = kind === 0
      ? ['fill', { target: 'cost-center', value: cc }, L(
        `[error] Cost center ${cc} was closed on 2024-06-30. Successor cost center: ${succ} (same owner, same budget line). Field cleared.`,
        `[Fehler] Kostenstelle ${cc} wurde am 30.06.2024 geschlossen. Nachfolge-Kostenstelle: ${succ} (gleiche verantwortliche Person, gleiche Budgetposition). Feld geleert.`)]
      : kind === 1
        ? ['fill', { target: 'unit-price', value: String(item.price) }, L(
          `[ok] unit-price=${item.price}  [info] Order value ${sep(total)} EUR exceeds 5,000 EUR: a supplier quote must be attached before submission. button#submit still disabled.`,
          `[ok] unit-price=${item.price}  [Info] Bestellwert ${sep(total).replace(/,/g, '.')} EUR über 5.000 EUR: Vor dem Einreichen muss ein Lieferantenangebot angehängt werden. button#submit weiterhin deaktiviert.`)]
        : ['choose', { target: 'vendor', option: vendor }, L(
          `[warning] "${vendor}" exists twice in the vendor master: V-10${rng.int(100, 999)} (active, EUR, Hamburg) and V-20${rng.int(100, 999)} (blocked: duplicate record). Pick a vendor number.`,
          `[Warnung] "${vendor}" ist zweimal im Lieferantenstamm: V-10${rng.int(100, 999)} (aktiv, EUR, Hamburg) und V-20${rng.int(100, 999)} (gesperrt: Dublette). Bitte Lieferantennummer wählen.`)];
    const chosen = rng.sample(fills, i);
    for (const [name, args, out] of [...chosen, blocker]) exchange(rng, messages, name, args, out);
    return {
      lang,
      messages,
      tools: [
        tool('press', 'Click a button or link by its id.', { target: str }),
        tool('fill', 'Type a value into an input or date field.', { target: str, value: str }),
        tool('choose', 'Select an option in a combo box.', { target: str, option: str }),
        tool('attach', 'Attach a file from the requester\'s documents to a file field.', { target: str, document: str }),
        tool('end_task', 'Stop: report success or why it cannot be done.', { outcome: oneOf('submitted', 'impossible'), note: str }),
      ],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

const CLOSE_TASKS: { id: string; deps: string[]; owner: string; name: Record<'en' | 'de' | 'ja' | 'es', string> }[] = [
  { id: 'T1', deps: [], owner: 'Treasury', name: { en: 'Import bank statements', de: 'Kontoauszüge importieren', ja: '銀行取引明細の取込', es: 'Importar extractos bancarios' } },
  { id: 'T2', deps: ['T1'], owner: 'Treasury', name: { en: 'Bank reconciliation', de: 'Bankabstimmung', ja: '銀行勘定調整', es: 'Conciliación bancaria' } },
  { id: 'T3', deps: [], owner: 'AP', name: { en: 'Post remaining supplier invoices', de: 'Restliche Eingangsrechnungen buchen', ja: '未計上の仕入先請求書の計上', es: 'Contabilizar facturas de proveedor pendientes' } },
  { id: 'T4', deps: ['T3'], owner: 'AP', name: { en: 'Close AP subledger', de: 'Kreditoren-Nebenbuch abschließen', ja: '買掛金補助元帳の締め', es: 'Cerrar subledger de proveedores' } },
  { id: 'T5', deps: [], owner: 'AR', name: { en: 'Close AR subledger', de: 'Debitoren-Nebenbuch abschließen', ja: '売掛金補助元帳の締め', es: 'Cerrar subledger de clientes' } },
  { id: 'T6', deps: ['T4'], owner: 'GL', name: { en: 'Post accruals', de: 'Abgrenzungen buchen', ja: '未払費用の計上', es: 'Registrar periodificaciones' } },
  { id: 'T7', deps: ['T4', 'T5'], owner: 'GL', name: { en: 'Intercompany matching', de: 'Intercompany-Abstimmung', ja: 'グループ会社間取引の照合', es: 'Conciliación intercompañía' } },
  { id: 'T8', deps: ['T7'], owner: 'GL', name: { en: 'FX revaluation', de: 'Fremdwährungsbewertung', ja: '外貨建債権債務の換算', es: 'Revalorización de divisas' } },
  { id: 'T9', deps: [], owner: 'Fixed assets', name: { en: 'Depreciation run', de: 'AfA-Lauf', ja: '減価償却の実行', es: 'Ejecución de amortizaciones' } },
  { id: 'T10', deps: ['T2', 'T6', 'T8', 'T9'], owner: 'Controller', name: { en: 'Trial balance review', de: 'Summen- und Saldenliste prüfen', ja: '試算表レビュー', es: 'Revisión del balance de sumas y saldos' } },
  { id: 'T11', deps: ['T10'], owner: 'CFO', name: { en: 'Sign-off and period lock', de: 'Freigabe und Periodensperre', ja: '承認と会計期間のロック', es: 'Aprobación y bloqueo del periodo' } },
];

const gbPeriodClose: Family = {
  id: 'wj-gb-month-end-lock-sequence', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The request fixes an end state (the period locked by a deadline) and a dependency network of close tasks, and asks for the ordered set of remaining tasks that reaches it.',
  make: (rng, i) => {
    const lang = langAt(['de', 'ja', 'en', 'es'], i) as 'en' | 'de' | 'ja' | 'es';
    const company = rng.pick(['Vetra Holding', 'Nordlicht Logistik', 'Kanda Seimitsu', 'Grupo Alcor']);
    const month = rng.pick(['2024-03', '2024-06', '2024-09', '2024-11']);
    const done = new Set<string>();
    for (const task of CLOSE_TASKS) if (task.id !== 'T11' && task.id !== 'T10' && task.deps.every((d) => done.has(d)) && rng.chance(0.45)) done.add(task.id);
    const stuck = { id: done.has('T3') ? 'none' : 'T3' };
    const stuckNote = t(lang, {
      en: 'waiting on a corrected credit note from a supplier, promised "by Wednesday"',
      de: 'wartet auf eine korrigierte Gutschrift eines Lieferanten, zugesagt "bis Mittwoch"',
      ja: '仕入先からの訂正済みクレジットノート待ち（「水曜までに」との回答）',
      es: 'pendiente de una nota de abono corregida de un proveedor, prometida "para el miércoles"',
    });
    const statusWord = (x: typeof CLOSE_TASKS[number]): string => done.has(x.id)
      ? t(lang, { en: 'done', de: 'erledigt', ja: '完了', es: 'hecho' })
      : x.id === stuck.id ? `${t(lang, { en: 'blocked', de: 'blockiert', ja: '保留', es: 'bloqueado' })} — ${stuckNote}` : t(lang, { en: 'open', de: 'offen', ja: '未着手', es: 'abierto' });
    const table = CLOSE_TASKS.map((x) => `${x.id} | ${x.name[lang]} | ${x.owner} | ${x.deps.join(', ') || '—'} | ${statusWord(x)}`).join('\n');
    const away = rng.pick(['CFO', 'Controller', 'Treasury']);
    const deadline = rng.pick(['Thursday 18:00', 'Friday 12:00', 'the 5th working day, 17:00']);
    const ask = t(lang, {
      en: `Close status for ${company}, period ${month} (id | task | owner | needs | status):\n${table}\n\nThe auditors want ${month} locked by ${deadline}. ${away} is out on Wednesday. What has to happen now, in which order and by whom, so we can lock on time? Call out anything that puts the deadline at risk.`,
      de: `Abschlussstatus ${company}, Periode ${month} (ID | Aufgabe | verantwortlich | braucht | Status):\n${table}\n\nDie Wirtschaftsprüfer wollen ${month} bis ${deadline === 'Thursday 18:00' ? 'Donnerstag 18:00' : deadline === 'Friday 12:00' ? 'Freitag 12:00' : 'zum 5. Arbeitstag, 17:00'} gesperrt sehen. ${away} ist am Mittwoch nicht da. Was muss jetzt in welcher Reihenfolge und durch wen passieren, damit wir rechtzeitig sperren können? Nenne alles, was den Termin gefährdet.`,
      ja: `${company} ${month}期の決算進捗（ID | タスク | 担当 | 前提 | 状況）：\n${table}\n\n監査法人から${deadline === 'Thursday 18:00' ? '木曜18時' : deadline === 'Friday 12:00' ? '金曜12時' : '第5営業日の17時'}までに${month}期をロックするよう求められています。${away}は水曜日不在です。期限内にロックするには、今から何を、どの順番で、誰が行う必要がありますか。期限に影響しそうな点も挙げてください。`,
      es: `Estado del cierre de ${company}, periodo ${month} (id | tarea | responsable | requiere | estado):\n${table}\n\nLos auditores quieren el periodo ${month} bloqueado antes del ${deadline === 'Thursday 18:00' ? 'jueves a las 18:00' : deadline === 'Friday 12:00' ? 'viernes a las 12:00' : '5.º día hábil a las 17:00'}. ${away} no está el miércoles. ¿Qué tiene que pasar ahora, en qué orden y quién lo hace, para bloquear a tiempo? Señala lo que ponga en riesgo la fecha.`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'You assist the group controller during month-end close. Reply with JSON only, texts in the user\'s language.',
          de: 'Du unterstützt das Konzerncontrolling beim Monatsabschluss. Antworte nur mit JSON, Texte in der Sprache der Nutzerin.',
          ja: 'あなたは月次決算でグループ経理責任者を補佐します。JSONのみで回答し、文章はユーザーの言語で書いてください。',
          es: 'Ayudas al controller del grupo en el cierre mensual. Responde solo con JSON y los textos en el idioma del usuario.',
        })),
        user(ask),
      ],
      response_format: jsonSchema('close_sequence', {
        sequence: list(obj({ task_id: str, owner: str, start_after: list(str), when: str })),
        at_risk: list(obj({ task_id: str, why: str })),
        can_lock_on_time: bool,
      }),
    };
  },
};

const gbPartialRefund: Family = {
  id: 'wj-gb-split-payment-refund-flow', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The support agent is working through ordered policy preconditions (label, return or waiver, refund order across payment methods) toward a complete refund and must pick the next tool call.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'es', 'en'], i) as 'es' | 'en';
    const shop = rng.pick(['Modanova', 'Casa Tendal', 'Northwind Outdoor', 'Ropa Viva']);
    const order = `#${rng.int(100000, 999999)}`;
    const a = rng.pick([{ en: 'blue linen shirt, size M', es: 'camisa de lino azul, talla M', price: 49.9 }, { en: 'trail running shoes, EU 42', es: 'zapatillas de trail, talla 42', price: 89.95 }, { en: 'wool coat, size S', es: 'abrigo de lana, talla S', price: 139 }]);
    const b = rng.pick([{ en: 'ceramic mug set', es: 'juego de tazas de cerámica', price: 19.9 }, { en: 'glass water bottle', es: 'botella de vidrio', price: 14.5 }, { en: 'scented candle', es: 'vela aromática', price: 22 }]);
    const other = { en: 'canvas tote bag', es: 'bolsa de lona', price: 12 };
    const ship = 4.95;
    const total = a.price + b.price + other.price + ship;
    const gift = rng.pick([20, 30, 40]);
    const prompt = t(lang, {
      en: `You are the post-purchase agent for ${shop}. Resolve the customer's request completely with the tools, one call at a time.
Policy:
- Refunds go back to the original payment methods; with split payments refund the card first, the gift card last.
- An item must be returned before it is refunded, unless its price is under €25 and it arrived damaged: then call waive_return with the photo reference.
- A return label must exist before an item can be received; refund only after return status is "received" or the return is waived.
- Never refund more than captured minus earlier refunds. Shipping is not refunded for partial returns.
- Work step by step; when everything is settled, send the customer one message and stop.`,
      es: `Eres el agente de posventa de ${shop}. Resuelve por completo la petición del cliente con las herramientas, una llamada cada vez.
Política:
- Los reembolsos vuelven a los medios de pago originales; si el pago fue dividido, primero la tarjeta y al final la tarjeta regalo.
- Un artículo debe devolverse antes de reembolsarlo, salvo que cueste menos de 25 € y haya llegado dañado: en ese caso llama a waive_return con la referencia de la foto.
- Tiene que existir una etiqueta de devolución antes de poder recibir el artículo; reembolsa solo cuando el estado sea "received" o la devolución esté dispensada.
- Nunca reembolses más de lo capturado menos lo ya reembolsado. El envío no se reembolsa en devoluciones parciales.
- Cuando todo esté resuelto, envía un único mensaje al cliente y termina.`,
    });
    const img = `IMG_${rng.int(1000, 9999)}`;
    const customer = t(lang, {
      en: `Hi, order ${order}: the ${a.en} doesn't fit, I want to send it back. And the ${b.en} arrived broken, photo attached (${img}). Please refund both.`,
      es: `Hola, pedido ${order}: el artículo "${a.es}" no me queda bien y quiero devolverlo. Además, "${b.es}" me llegó con daños, adjunto foto (${img}). Por favor, reembolsadme las dos cosas.`,
    });
    const messages: Msg[] = [sys(prompt), user(customer)];
    exchange(rng, messages, 'get_order', { order_id: order }, {
      order_id: order,
      lines: [
        { line: 1, sku: 'A', name: a.en, price: a.price },
        { line: 2, sku: 'B', name: b.en, price: b.price },
        { line: 3, sku: 'C', name: other.en, price: other.price },
      ],
      shipping: ship,
      payments: [{ method: 'gift_card', captured: gift }, { method: 'visa_4417', captured: Math.round((total - gift) * 100) / 100 }],
      refunds: [],
      status: 'delivered',
    });
    if (i >= 1) exchange(rng, messages, 'create_return_label', { order_id: order, line: 1 }, { label_id: `RL-${rng.int(10000, 99999)}`, line: 1, carrier: 'Correos Express', return_status: 'label_created' });
    if (i >= 2) exchange(rng, messages, 'waive_return', { order_id: order, line: 2, evidence: img }, { line: 2, return_status: 'waived' });
    if (i >= 3) {
      messages.push(say(t(lang, { en: 'Waiting for the parcel with line 1 to reach the warehouse.', es: 'Esperando a que el paquete con la línea 1 llegue al almacén.' })));
      messages.push(user(t(lang, { en: '[system event] 3 days later: warehouse scan received for return label on line 1.', es: '[evento del sistema] 3 días después: el almacén ha escaneado la devolución de la línea 1.' })));
      exchange(rng, messages, 'get_return_status', { order_id: order, line: 1 }, { line: 1, return_status: 'received', condition: 'resellable' });
    }
    return {
      lang,
      messages,
      tools: [
        tool('get_order', 'Order lines, payments and earlier refunds.', { order_id: str }),
        tool('create_return_label', 'Create a prepaid return label for one order line.', { order_id: str, line: int }),
        tool('waive_return', 'Waive the physical return for a damaged low-value line.', { order_id: str, line: int, evidence: str }),
        tool('get_return_status', 'Return status of one order line.', { order_id: str, line: int }),
        tool('issue_refund', 'Refund an amount to one payment method of the order.', { order_id: str, method: str, amount: num, lines: list(int) }),
        tool('send_customer_message', 'Send the customer a message and close the ticket.', { order_id: str, text: str }),
      ],
      tool_choice: 'auto',
    };
  },
};

const gbFxWire: Family = {
  id: 'wj-gb-cross-border-payment-by-cutoff', label: 'goal_based', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'A required end state (the supplier credited by a deadline) must be reached through a chain of transfers with cutoffs and settlement times, though the fee tie-break adds a cost-comparison flavour.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'fr', 'zh'], i) as 'en' | 'pt' | 'fr' | 'zh';
    const sup = rng.pick(['Café Serra Azul Ltda (Santos)', 'Cooperativa Minas Grãos (Varginha)', 'Têxtil Aurora S.A. (Blumenau)']);
    const amtUsd = rng.int(180, 420) * 1000;
    const eur = rng.int(300, 700) * 1000;
    const usd = Math.round(amtUsd * rng.pick([0.35, 0.5, 0.6]) / 1000) * 1000;
    const gbp = rng.int(80, 250) * 1000;
    const payroll = rng.int(40, 90) * 1000;
    const dayName = { en: ['Tuesday', 'Wednesday'], pt: ['terça-feira', 'quarta-feira'], fr: ['mardi', 'mercredi'], zh: ['周二', '周三'] }[lang];
    const now = rng.pick(['10:20', '13:05', '15:40']);
    const legs = [
      `L1 EUR→USD FX, Bank A Frankfurt → Bank B New York: cutoff 11:00 CET, same-day value, spread 0.12%`,
      `L2 GBP→USD FX, Bank C London → Bank B New York: cutoff 16:00 London (17:00 CET), same-day value, spread 0.18%`,
      `L3 USD wire Bank B → supplier (Banco Itaú, USD account): cutoff 15:00 ET (21:00 CET), credited next business day, fee USD 45`,
      `L4 EUR SWIFT Bank A → supplier (EUR→BRL conversion at beneficiary bank): cutoff 14:00 CET, credited T+2, fee 0.45% — supplier accepts this only if it arrives in full in USD equivalent`,
      `L5 USD instant via correspondent (Bank B → Itaú): cutoff 12:00 ET (18:00 CET), same-day credit, fee USD 180, max USD 150,000 per transfer`,
    ];
    const facts = `Bank A (EUR): ${sep(eur)} | Bank B (USD): ${sep(usd)} — USD ${sep(payroll)} must stay for Thursday payroll | Bank C (GBP): ${sep(gbp)}\nRates: EURUSD 1.0850, GBPUSD 1.2710\n${legs.join('\n')}`;
    const ask = t(lang, {
      en: `It is ${dayName[0]} ${now} CET. ${sup} must see USD ${sep(amtUsd)} credited by end of ${dayName[1]} Brazil time, or the shipment doesn't leave port.\n${facts}\nWhich transfers do we run, in what order and at what time, so the money lands in time? If more than one combination works, go with the cheaper one. Tell me if it's impossible.`,
      pt: `São ${now} CET de ${dayName[0]}. A ${sup} tem de ter USD ${sep(amtUsd)} creditados até ao fim de ${dayName[1]}, hora de Brasília, senão o contentor não sai do porto.\n${facts}\nQue transferências fazemos, em que ordem e a que horas, para o dinheiro chegar a tempo? Se houver mais de uma combinação possível, escolhe a mais barata. Diz-me se for impossível.`,
      fr: `Il est ${now} CET, ${dayName[0]}. ${sup} doit avoir reçu USD ${sep(amtUsd)} d'ici la fin de ${dayName[1]}, heure de Brasília, sinon la marchandise ne quitte pas le port.\n${facts}\nQuels virements lançons-nous, dans quel ordre et à quelle heure, pour que les fonds arrivent à temps ? Si plusieurs combinaisons fonctionnent, prends la moins chère. Dis-moi si c'est impossible.`,
      zh: `现在是${dayName[0]}欧洲中部时间 ${now}。${sup} 必须在巴西时间${dayName[1]}结束前收到 USD ${sep(amtUsd)}，否则货物无法离港。\n${facts}\n我们应该做哪几笔转账、按什么顺序、在什么时间执行，才能让钱按时到账？如果有多种组合都可行，选费用更低的。如果做不到请直说。`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: `Treasury desk assistant for ${rng.pick(['Hollis Foods BV', 'Kestrel Trading GmbH', 'Aldane Imports SAS'])}. Work only with the accounts and transfer legs given. Be exact about times and time zones.`,
          pt: 'Assistente da tesouraria. Trabalha apenas com as contas e as transferências indicadas. Sê exato com horas e fusos horários.',
          fr: 'Assistant de la trésorerie. Travaille uniquement avec les comptes et les virements indiqués. Sois précis sur les heures et les fuseaux horaires.',
          zh: '你是资金部助理。只能使用给出的账户和转账通道。时间和时区必须准确。',
        })),
        user(ask),
      ],
      temperature: 0.2,
    };
  },
};

const gbMerchantOnboarding: Family = {
  id: 'wj-gb-merchant-onboarding-to-live', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The onboarding agent must move a merchant through ordered compliance checks to a stated end status (LIVE) and choose the next tool action given which checks are passed or failed.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'zh', 'en', 'ja'], i) as 'pt' | 'zh' | 'en' | 'ja';
    const psp = rng.pick(['Tilda Payments', 'Orbe Pagamentos', 'Kumo Pay']);
    const merchant = { pt: 'Doçaria Lusa Unipessoal Lda', zh: '深圳市云杉家居用品有限公司', en: 'Bramble & Oak Candles Ltd', ja: '株式会社みなと茶房' }[lang];
    const mid = `M-${rng.int(100000, 999999)}`;
    const ubo = [{ id: `P-${rng.int(1000, 9999)}`, share: rng.pick([30, 40, 55]) }, { id: `P-${rng.int(1000, 9999)}`, share: rng.pick([25, 35, 45]) }];
    const prompt = t(lang, {
      en: `You are the onboarding agent at ${psp}. Your job: get merchant ${mid} (${merchant}) to status LIVE so it can accept card payments. One tool call per turn.
Checks, in this order, each may only start once the one before it has passed: registry_match → ubo_declaration → id_verification (every owner with 25% or more) → bank_account_proof → website_review → risk_approval. LIVE is set automatically after risk_approval passes.
Documents can only come from the merchant via request_document. Video ident is an alternative to document ID checks.`,
      pt: `És o agente de onboarding da ${psp}. A tua missão: pôr o comerciante ${mid} (${merchant}) no estado LIVE para poder aceitar pagamentos com cartão. Uma chamada de ferramenta por vez.
Verificações, por esta ordem, cada uma só pode começar depois de a anterior estar aprovada: registry_match → ubo_declaration → id_verification (todos os sócios com 25% ou mais) → bank_account_proof → website_review → risk_approval. O estado LIVE é ativado automaticamente quando risk_approval passa.
Os documentos só podem vir do comerciante através de request_document. A identificação por vídeo é uma alternativa à verificação documental.`,
      zh: `你是 ${psp} 的商户入网专员。你的任务：让商户 ${mid}（${merchant}）进入 LIVE 状态，开始受理银行卡支付。每轮只调用一个工具。
审核按以下顺序进行，前一项通过后才能开始下一项：registry_match → ubo_declaration → id_verification（所有持股25%及以上的股东）→ bank_account_proof → website_review → risk_approval。risk_approval 通过后系统自动设为 LIVE。
文件只能通过 request_document 向商户索取。视频认证可以代替证件审核。`,
      ja: `あなたは${psp}の加盟店オンボーディング担当です。任務：加盟店 ${mid}（${merchant}）をステータス LIVE にし、カード決済を受け付けられるようにすること。1ターンにつきツール呼び出しは1回。
審査は次の順序で行い、前の審査が通過してから次を開始できます：registry_match → ubo_declaration → id_verification（持株25%以上の全株主）→ bank_account_proof → website_review → risk_approval。risk_approval 通過後、自動的に LIVE になります。
書類は request_document で加盟店から取り寄せるしかありません。ビデオ本人確認は書類による本人確認の代わりに使えます。`,
    });
    const kick = t(lang, {
      en: `Merchant ${mid} has been stuck for a week, sales wants them live before the weekend. Please push it through.`,
      pt: `O comerciante ${mid} está parado há uma semana e a equipa comercial quer que fique ativo antes do fim de semana. Avança com isto, por favor.`,
      zh: `商户 ${mid} 已经卡了一周，销售希望周末前上线。请推进一下。`,
      ja: `加盟店 ${mid} が1週間止まっています。営業は週末前の稼働開始を希望しています。進めてください。`,
    });
    const messages: Msg[] = [sys(prompt), user(kick)];
    const failedId = ubo[1]!.id;
    exchange(rng, messages, 'get_onboarding_status', { merchant_id: mid }, {
      merchant_id: mid, status: 'IN_REVIEW',
      checks: {
        registry_match: 'passed', ubo_declaration: 'passed',
        id_verification: { [ubo[0]!.id]: 'passed', [failedId]: 'failed: document expired 2024-02' },
        bank_account_proof: 'not_started', website_review: 'not_started', risk_approval: 'not_started',
      },
      owners: ubo,
    });
    if (i >= 1) {
      const m = calls(rng, ['schedule_video_ident', { person_id: failedId }]);
      messages.push(m.message, result(m.ids[0]!, { person_id: failedId, slot: 'offered', link_sent: true }));
      messages.push(say(t(lang, { en: 'Video ident link sent to the second owner.', pt: 'Link de identificação por vídeo enviado ao segundo sócio.', zh: '已向第二位股东发送视频认证链接。', ja: '2人目の株主にビデオ本人確認のリンクを送りました。' })));
      messages.push(user(t(lang, {
        en: 'They did the video call this morning. Also the merchant uploaded a bank statement, but it is in the name of the trading brand, not the company.',
        pt: 'Fizeram a videochamada esta manhã. O comerciante também carregou um extrato bancário, mas está em nome da marca comercial e não da empresa.',
        zh: '对方今天上午完成了视频认证。另外商户上传了银行流水，但户名是品牌名，不是公司名。',
        ja: '今朝ビデオ通話が完了しました。また加盟店が銀行の取引明細をアップロードしましたが、名義が会社名ではなく屋号になっています。',
      })));
    }
    if (i >= 2) exchange(rng, messages, 'get_onboarding_status', { merchant_id: mid }, {
      merchant_id: mid, status: 'IN_REVIEW',
      checks: { registry_match: 'passed', ubo_declaration: 'passed', id_verification: 'passed', bank_account_proof: 'failed: account holder name does not match legal entity', website_review: 'not_started', risk_approval: 'not_started' },
    });
    if (i >= 3) exchange(rng, messages, 'request_document', { merchant_id: mid, doc_type: 'bank_letter', note: 'Letter from the bank confirming the account belongs to the legal entity' }, { request_id: `DR-${rng.int(1000, 9999)}`, status: 'fulfilled', uploaded: 'bank_confirmation_letter.pdf', received_at: '+2h' });
    return {
      lang,
      messages,
      tools: [
        tool('get_onboarding_status', 'Current status of all onboarding checks for a merchant.', { merchant_id: str }),
        tool('request_document', 'Ask the merchant to upload a document.', { merchant_id: str, doc_type: oneOf('id_document', 'bank_statement', 'bank_letter', 'registry_extract', 'ubo_declaration', 'terms_and_refund_policy'), note: str }),
        tool('start_check', 'Start or re-run one onboarding check.', { merchant_id: str, check: oneOf('registry_match', 'ubo_declaration', 'id_verification', 'bank_account_proof', 'website_review', 'risk_approval') }),
        tool('schedule_video_ident', 'Send a video identification link to a person.', { person_id: str }),
        tool('message_merchant', 'Send the merchant a message in the dashboard.', { merchant_id: str, text: str }),
      ],
      tool_choice: 'required',
    };
  },
};

const wjGoal = [gbPoPortal, gbPeriodClose, gbPartialRefund, gbFxWire, gbMerchantOnboarding];

// ───────────────────────────── utility_based ─────────────────────────────

const ubAdBudget: Family = {
  id: 'wj-ub-daily-ad-budget-split', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'A fixed daily budget has to be split across campaigns with diminishing conversion curves, margins and spend floors and caps, so the answer is an allocation that yields the most margin.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'ja'], i) as 'en' | 'de' | 'es' | 'ja';
    const budget = rng.pick([1500, 2000, 2400, 3000]);
    const camps = rng.sample([
      { id: 'brand_search', margin: 38 }, { id: 'generic_search', margin: 41 }, { id: 'shopping_pmax', margin: 33 },
      { id: 'meta_retargeting', margin: 36 }, { id: 'meta_prospecting', margin: 44 }, { id: 'tiktok_spark', margin: 29 },
    ], 3 + (i % 2));
    const levels = [250, 500, 750, 1000, 1500];
    const rows = camps.map((c) => {
      let conv = 0;
      const rate = rng.int(6, 16);
      const decay = rng.int(12, 22) / 100;
      const curve = levels.map((lv, k) => {
        conv += Math.round(rate * Math.max(0.1, 1 - k * decay) * (lv - (k ? levels[k - 1]! : 0)) / 100);
        return `${lv}→${conv}`;
      });
      return `${c.id} | margin/conv ${c.margin} | ${curve.join(', ')}`;
    }).join('\n');
    const floor = `${camps[0]!.id} ≥ ${rng.pick([200, 300])}`;
    const cap = `${camps[camps.length - 1]!.id} ≤ ${rng.pick([500, 750])}`;
    const ask = t(lang, {
      en: `Tomorrow's paid media budget is €${sep(budget)}, to be split across these campaigns. Expected conversions at cumulative daily spend (spend→conversions; interpolate linearly between points):\n${rows}\nHard limits: ${floor} (contract with the brand team), ${cap} (frequency cap). Unspent budget is lost. Contribution = conversions × margin − spend. Give me the split that leaves us with the most contribution, in steps of €50.`,
      de: `Das Mediabudget für morgen beträgt ${sep(budget).replace(/,/g, '.')} € und wird auf diese Kampagnen verteilt. Erwartete Conversions bei kumuliertem Tagesbudget (Ausgaben→Conversions; zwischen den Punkten linear interpolieren):\n${rows}\nFeste Grenzen: ${floor} (Vereinbarung mit dem Brand-Team), ${cap} (Frequency Cap). Nicht ausgegebenes Budget verfällt. Deckungsbeitrag = Conversions × Marge − Ausgaben. Wie verteilen wir das Geld in 50-€-Schritten, damit am Ende der höchste Deckungsbeitrag steht?`,
      es: `El presupuesto de medios de pago de mañana es de ${sep(budget).replace(/,/g, '.')} € y hay que repartirlo entre estas campañas. Conversiones esperadas según el gasto diario acumulado (gasto→conversiones; interpola linealmente entre puntos):\n${rows}\nLímites fijos: ${floor} (acuerdo con el equipo de marca), ${cap} (tope de frecuencia). Lo que no se gaste se pierde. Contribución = conversiones × margen − gasto. Dame el reparto, en tramos de 50 €, que nos deje la mayor contribución.`,
      ja: `明日の広告予算は${sep(budget)}ユーロで、以下のキャンペーンに配分します。日次累計の出稿額ごとの想定コンバージョン数（出稿額→CV数、点と点の間は線形補間）：\n${rows}\n固定条件：${floor}（ブランドチームとの取り決め）、${cap}（フリークエンシー上限）。使い残した予算は失効します。貢献利益＝CV数×1件あたり粗利−出稿額。貢献利益が最も大きくなる配分を50ユーロ単位で出してください。`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'Media planning assistant for an online retailer. Return JSON matching the schema; amounts in EUR.',
          de: 'Assistent für Mediaplanung eines Onlinehändlers. Gib JSON gemäß Schema zurück; Beträge in EUR.',
          es: 'Asistente de planificación de medios de un e-commerce. Devuelve JSON según el esquema; importes en EUR.',
          ja: 'ECサイトの広告運用アシスタントです。スキーマに沿ったJSONを返してください。金額はユーロです。',
        })),
        user(ask),
      ],
      response_format: jsonSchema('budget_split', {
        allocations: list(obj({ campaign: str, daily_budget: num, expected_conversions: num })),
        expected_contribution: num,
        binding_limits: list(str),
      }),
    };
  },
};

const ubSupplierAward: Family = {
  id: 'wj-ub-tender-volume-award', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Competing supplier bids are scored on weighted price, lead time, quality and terms, and volume must be split under capacity and dual-sourcing limits to get the best overall value.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'ja', 'fr'], i) as 'de' | 'en' | 'ja' | 'fr';
    const part = t(lang, {
      en: rng.pick(['corrugated shipping boxes 40×30×20', 'M8 stainless fasteners', 'PET preforms 28 g']),
      de: rng.pick(['Wellpapp-Versandkartons 40×30×20', 'Edelstahl-Schrauben M8', 'PET-Preforms 28 g']),
      ja: rng.pick(['段ボール輸送箱 40×30×20', 'ステンレスボルト M8', 'PETプリフォーム 28g']),
      fr: rng.pick(['cartons d\'expédition 40×30×20', 'visserie inox M8', 'préformes PET 28 g']),
    });
    const vol = rng.pick([120, 200, 350]) * 1000;
    const names = rng.sample(['Kartonwerk Süd', 'Bergmann Verpackung', 'Nippon Pack', 'Cartonnerie Lyonnaise', 'Pak-Polska', 'Iberpack'], 3 + (i % 2));
    const bids = names.map((n) => `${n}: ${(rng.int(38, 61) / 100).toFixed(2)} €/pc, lead ${rng.int(2, 7)} wk, defects ${rng.int(150, 2200)} ppm, capacity ${sep(rng.int(60, 220) * 1000)}/yr, payment ${rng.pick(['30', '45', '60', '90'])} days`).join('\n');
    const w = rng.pick([[50, 20, 20, 10], [40, 25, 25, 10], [60, 15, 15, 10]])!;
    const ask = t(lang, {
      en: `Annual tender for ${part}, ${sep(vol)} pieces/year. Bids:\n${bids}\nCategory weights: price ${w[0]}%, lead time ${w[1]}%, quality ${w[2]}%, payment terms ${w[3]}%. Policy: at least two suppliers, none above 60% of the volume, and no award above a supplier's capacity. We want the best value overall, not simply the lowest price. Propose the award split and show the scoring.`,
      de: `Jahresausschreibung für ${part}, ${sep(vol).replace(/,/g, '.')} Stück/Jahr. Angebote:\n${bids}\nGewichtung der Warengruppe: Preis ${w[0]} %, Lieferzeit ${w[1]} %, Qualität ${w[2]} %, Zahlungsziel ${w[3]} %. Vorgabe: mindestens zwei Lieferanten, keiner über 60 % des Volumens und keine Vergabe über der Kapazität eines Lieferanten. Schlag die Mengenaufteilung vor und zeig die Bewertung.`,
      ja: `${part}の年間入札、年間${sep(vol)}個。応札内容：\n${bids}\nカテゴリーの評価ウェイト：価格${w[0]}%、リードタイム${w[1]}%、品質${w[2]}%、支払条件${w[3]}%。方針：最低2社に発注し、1社あたり数量の60%を超えず、各社の生産能力を超えないこと。数量配分案と採点結果を示してください。`,
      fr: `Appel d'offres annuel pour ${part}, ${sep(vol).replace(/,/g, ' ')} pièces/an. Offres :\n${bids}\nPondérations de la catégorie : prix ${w[0]} %, délai ${w[1]} %, qualité ${w[2]} %, délai de paiement ${w[3]} %. Règle interne : au moins deux fournisseurs, aucun au-delà de 60 % du volume et jamais plus que la capacité d'un fournisseur. Propose la répartition des volumes et montre la notation.`,
    });
    return {
      lang,
      messages: [sys(t(lang, {
        en: 'You are a strategic sourcing analyst. Be explicit about normalisation of each criterion before weighting.',
        de: 'Du bist Analyst im strategischen Einkauf. Erkläre, wie du jedes Kriterium vor der Gewichtung normierst.',
        ja: 'あなたは戦略調達のアナリストです。重み付けの前に各評価項目をどう正規化したかを明示してください。',
        fr: 'Tu es analyste achats stratégiques. Explique comment tu normalises chaque critère avant la pondération.',
      })), user(ask)],
      max_tokens: 1200,
    };
  },
};

const ubAcquirerRouting: Family = {
  id: 'wj-ub-acquirer-routing-table', label: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'Routing segments to acquirers means weighing approval rates, fees and friction against a volume commitment penalty to set the table with the highest expected net revenue.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'en', 'pt'], i) as 'en' | 'es' | 'pt';
    const merchant = rng.pick(['Lumen Travel', 'VeloShop', 'Farmacia Online Sol', 'Loja Verde']);
    const acqs = ['ACQ_A', 'ACQ_B', 'ACQ_C'];
    const segs = rng.sample(['EU_debit', 'EU_credit', 'UK_credit', 'US_credit', 'LATAM_credit', 'EU_commercial'], 3 + (i % 2));
    const stats = Object.fromEntries(segs.map((s) => [s, Object.fromEntries(acqs.map((a) => [a, {
      approval_rate: rng.int(780, 965) / 1000,
      fee_pct: rng.int(35, 260) / 100,
      fixed_fee_eur: rng.pick([0, 0.05, 0.1, 0.2]),
      challenge_rate_3ds: rng.int(3, 30) / 100,
    }]))]));
    const volumes = Object.fromEntries(segs.map((s) => [s, { monthly_tx: rng.int(8, 90) * 1000, avg_ticket_eur: rng.int(25, 240) }]));
    const commit = rng.pick([25, 30, 35]);
    const prompt = t(lang, {
      en: `You configure payment routing for merchant ${merchant}. Expected net revenue per attempt = approval_rate × (1 − abandonment_on_challenge × challenge_rate) × (ticket × gross_margin − fee). Gross margin ${rng.int(12, 30)}%, abandonment on a 3DS challenge ${rng.int(10, 25)}%. Read stats with get_route_stats, then write the table with set_routing_table.`,
      es: `Configuras el enrutamiento de pagos del comercio ${merchant}. Ingreso neto esperado por intento = tasa_aprobación × (1 − abandono_en_desafío × tasa_desafío) × (ticket × margen_bruto − comisión). Margen bruto ${rng.int(12, 30)} %, abandono ante un desafío 3DS ${rng.int(10, 25)} %. Lee las estadísticas con get_route_stats y después escribe la tabla con set_routing_table.`,
      pt: `Configuras o encaminhamento de pagamentos do comerciante ${merchant}. Receita líquida esperada por tentativa = taxa_aprovação × (1 − abandono_no_desafio × taxa_desafio) × (ticket × margem_bruta − comissão). Margem bruta ${rng.int(12, 30)}%, abandono perante um desafio 3DS ${rng.int(10, 25)}%. Lê as estatísticas com get_route_stats e depois grava a tabela com set_routing_table.`,
    });
    const ask = t(lang, {
      en: `Rebuild the routing table for next month. Note the ACQ_B contract: if it gets less than ${commit}% of monthly transactions we pay a €${sep(rng.int(8, 25) * 1000)} shortfall fee.`,
      es: `Rehaz la tabla de enrutamiento para el mes que viene. Ojo con el contrato de ACQ_B: si recibe menos del ${commit} % de las transacciones del mes pagamos una penalización de ${sep(rng.int(8, 25) * 1000).replace(/,/g, '.')} €.`,
      pt: `Refaz a tabela de encaminhamento para o próximo mês. Atenção ao contrato com o ACQ_B: se receber menos de ${commit}% das transações do mês pagamos uma penalização de ${sep(rng.int(8, 25) * 1000).replace(/,/g, '.')} €.`,
    });
    const messages: Msg[] = [sys(prompt), user(ask)];
    exchange(rng, messages, 'get_route_stats', { merchant, window_days: 90 }, { window_days: 90, stats, volumes });
    if (i >= 2) {
      messages.push(say(t(lang, { en: 'Stats loaded. Before I write the table: any acquirer we should avoid for a segment?', es: 'Estadísticas cargadas. Antes de escribir la tabla: ¿hay algún adquirente que debamos evitar en algún segmento?', pt: 'Estatísticas carregadas. Antes de gravar a tabela: há algum adquirente a evitar em algum segmento?' })));
      messages.push(user(t(lang, {
        en: `Yes — ACQ_C has had two outages this month, cap it at 40% of any segment so we have failover.`,
        es: 'Sí: ACQ_C ha tenido dos caídas este mes, limítalo al 40 % de cada segmento para tener respaldo.',
        pt: 'Sim, o ACQ_C teve duas falhas este mês; limita-o a 40% de cada segmento para termos alternativa.',
      })));
    }
    return {
      lang,
      messages,
      tools: [
        tool('get_route_stats', 'Approval, fees and 3DS challenge rates per segment and acquirer, plus segment volumes.', { merchant: str, window_days: int }),
        tool('set_routing_table', 'Write the routing table: share of each segment per acquirer (shares per segment sum to 1).', {
          merchant: str,
          rows: list(obj({ segment: str, acquirer: str, share: num })),
          rationale: str,
        }),
      ],
      tool_choice: 'auto',
    };
  },
};

const ubAdjusterAssign: Family = {
  id: 'wj-ub-claims-adjuster-week-assignment', label: 'utility_based', difficulty: 'medium', variants: 5,
  rationale: 'Open claims with hours, deadlines, late penalties and licence needs must be assigned to adjusters with limited hours, so the answer is an assignment that keeps the total penalty and travel lowest.',
  make: (rng, i) => {
    const lang = langAt(['es', 'fr', 'en', 'pt', 'es'], i) as 'es' | 'fr' | 'en' | 'pt';
    const regions = { es: ['Norte', 'Centro', 'Sur'], fr: ['Nord', 'Centre', 'Sud'], en: ['North', 'Midlands', 'South'], pt: ['Norte', 'Centro', 'Sul'] }[lang];
    const nClaims = 5 + i;
    const claims = Array.from({ length: nClaims }, (_, k) => `C-${pad(k + 1)} | ${rng.pick(['auto', 'property', 'property', 'auto'])} | ${rng.pick(regions)} | ${rng.int(3, 14)} h | SLA ${rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} | €${rng.pick([150, 250, 400, 600])}/day late`).join('\n');
    const adj = rng.sample(['Lucía', 'Marc', 'Aisha', 'Rui', 'Tomás', 'Élodie', 'Grace'], 3).map((n) => `${n} | ${rng.pick(['auto', 'property', 'auto+property'])} | ${rng.pick(regions)} | ${rng.int(16, 32)} h`).join('\n');
    const ask = t(lang, {
      en: `Next week's open claims (id | type | region | hours | SLA day | late penalty):\n${claims}\n\nAdjusters (name | licence | base region | hours free):\n${adj}\n\nAn adjuster can only take claims matching their licence. Outside their base region a claim costs +3 h of travel. Whatever can't be done this week slips one week and pays the penalty for 5 days. Who takes what? Keep late fees and travel as low as you can.`,
      es: `Siniestros abiertos de la semana que viene (id | tipo | zona | horas | día SLA | penalización por retraso):\n${claims}\n\nPeritos (nombre | habilitación | zona base | horas libres):\n${adj}\n\nUn perito solo puede llevar siniestros de su habilitación. Fuera de su zona base, un siniestro cuesta 3 h más de desplazamiento. Lo que no se haga esta semana se retrasa una semana y paga 5 días de penalización. ¿Quién lleva qué? Que las penalizaciones y los desplazamientos queden lo más bajos posible.`,
      fr: `Sinistres ouverts la semaine prochaine (id | type | région | heures | jour SLA | pénalité de retard) :\n${claims}\n\nExperts (nom | habilitation | région de base | heures disponibles) :\n${adj}\n\nUn expert ne peut traiter que les sinistres de son habilitation. Hors de sa région de base, un dossier coûte 3 h de trajet en plus. Ce qui n'est pas traité cette semaine glisse d'une semaine et paie 5 jours de pénalité. Qui prend quoi ? Garde les pénalités et les trajets aussi bas que possible.`,
      pt: `Sinistros em aberto na próxima semana (id | tipo | região | horas | dia SLA | penalização por atraso):\n${claims}\n\nPeritos (nome | habilitação | região base | horas livres):\n${adj}\n\nUm perito só pode tratar sinistros da sua habilitação. Fora da região base, um processo custa mais 3 h de deslocação. O que não for feito esta semana passa para a seguinte e paga 5 dias de penalização. Quem fica com o quê? Mantém as penalizações e as deslocações tão baixas quanto possível.`,
    });
    return {
      lang,
      messages: [sys(t(lang, {
        en: 'Claims operations scheduler. Answer as lines "claim → adjuster (day)" followed by the total expected penalty.',
        es: 'Planificador de operaciones de siniestros. Responde con líneas "siniestro → perito (día)" y al final la penalización total esperada.',
        fr: 'Ordonnanceur des opérations sinistres. Réponds par des lignes « dossier → expert (jour) » puis la pénalité totale attendue.',
        pt: 'Escalonador de operações de sinistros. Responde com linhas "sinistro → perito (dia)" e no fim a penalização total esperada.',
      })), user(ask)],
    };
  },
};

const ubCashSweep: Family = {
  id: 'wj-ub-treasury-surplus-placement', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Surplus cash must be spread over instruments with different yields, liquidity and break penalties against an uncertain outflow forecast and a buffer limit, which is a constrained return-versus-liquidity allocation.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'pt', 'en', 'de'], i) as 'zh' | 'pt' | 'en' | 'de';
    const ccy = lang === 'zh' ? 'CNY' : 'EUR';
    const k = lang === 'zh' ? 7 : 1;
    const surplus = rng.int(4, 20) * 1_000_000 * k;
    const buffer = rng.int(5, 15) * 100_000 * k;
    const prompt = t(lang, {
      en: `Treasury placement assistant for ${rng.pick(['Oakridge Retail plc', 'Dunmore Logistics', 'Halden Foods'])}. Policy: keep at least ${sep(buffer)} ${ccy} in operating accounts at all times; no more than 50% of surplus with any one bank; only the instruments listed by the tool. Fetch the 14-day forecast before deciding.`,
      zh: `你是${rng.pick(['浙江恒远贸易集团', '华南优选零售', '北辰物流股份'])}的资金配置助理。制度要求：运营账户任何时候余额不少于 ${sep(buffer)} ${ccy}；在任何一家银行的存放不超过盈余资金的50%；只能使用工具列出的产品。决定前请先获取未来14天的现金预测。`,
      pt: `Assistente de aplicação de tesouraria da ${rng.pick(['Lusomar Distribuição', 'Grupo Vinhal', 'Tejo Retalho'])}. Política: manter sempre pelo menos ${sep(buffer).replace(/,/g, '.')} ${ccy} nas contas operacionais; no máximo 50% dos excedentes num mesmo banco; apenas os instrumentos listados pela ferramenta. Obtém a previsão a 14 dias antes de decidir.`,
      de: `Assistent für Geldanlagen im Treasury der ${rng.pick(['Brenner Handels AG', 'Elbtal Logistik GmbH', 'Kornhaus Lebensmittel KG'])}. Richtlinie: auf den operativen Konten jederzeit mindestens ${sep(buffer).replace(/,/g, '.')} ${ccy}; höchstens 50 % des Überschusses bei einer einzelnen Bank; nur die vom Tool gelisteten Instrumente. Vor der Entscheidung die 14-Tage-Prognose abrufen.`,
    });
    const ask = t(lang, {
      en: `We have ${sep(surplus)} ${ccy} above the buffer today. Where should it go?`,
      zh: `今天缓冲线以上有 ${sep(surplus)} ${ccy} 的盈余，该怎么放？`,
      pt: `Hoje temos ${sep(surplus).replace(/,/g, '.')} ${ccy} acima da reserva. Onde aplicamos?`,
      de: `Heute liegen ${sep(surplus).replace(/,/g, '.')} ${ccy} über dem Puffer. Wohin damit?`,
    });
    const messages: Msg[] = [sys(prompt), user(ask)];
    const days = Array.from({ length: 14 }, (_, d) => ({ day: d + 1, net_flow_p50: Math.round((rng.int(-9, 6) * 100_000 * k)), net_flow_p10: Math.round((rng.int(-18, -4) * 100_000 * k)) }));
    exchange(rng, messages, 'get_cash_forecast', { horizon_days: 14 }, {
      currency: ccy,
      forecast: days,
      instruments: [
        { id: 'ON_DEP_BANK1', bank: 'Bank1', rate_pct: rng.int(300, 360) / 100, liquidity: 'overnight', break_cost: 'none' },
        { id: 'TD7_BANK2', bank: 'Bank2', rate_pct: rng.int(340, 390) / 100, liquidity: '7 days', break_cost: 'lose all interest + 0.10%' },
        { id: 'TD14_BANK1', bank: 'Bank1', rate_pct: rng.int(360, 410) / 100, liquidity: '14 days', break_cost: 'not breakable' },
        { id: 'MMF_LVNAV', bank: 'Fund', rate_pct: rng.int(320, 370) / 100, liquidity: 'T+1', break_cost: 'none' },
        { id: 'OPERATING', bank: 'Bank2', rate_pct: 0.25, liquidity: 'same day', break_cost: 'none' },
      ],
    });
    if (i % 2 === 1) {
      messages.push(say(t(lang, { en: 'Forecast received. Any known one-offs not in the forecast?', zh: '已获取预测。有没有预测里没包含的一次性款项？', pt: 'Previsão recebida. Há pagamentos pontuais que não estejam na previsão?', de: 'Prognose erhalten. Gibt es bekannte Einmalzahlungen, die nicht in der Prognose stehen?' })));
      messages.push(user(t(lang, {
        en: `Yes, a tax payment of ${sep(rng.int(2, 6) * 1_000_000 * k)} ${ccy} on day 9.`,
        zh: `有，第9天要缴税 ${sep(rng.int(2, 6) * 1_000_000 * k)} ${ccy}。`,
        pt: `Sim, um pagamento de impostos de ${sep(rng.int(2, 6) * 1_000_000 * k).replace(/,/g, '.')} ${ccy} no dia 9.`,
        de: `Ja, eine Steuerzahlung über ${sep(rng.int(2, 6) * 1_000_000 * k).replace(/,/g, '.')} ${ccy} an Tag 9.`,
      })));
    }
    return {
      lang,
      messages,
      tools: [tool('get_cash_forecast', '14-day net cash-flow forecast (median and pessimistic) and the approved placement instruments with rates.', { horizon_days: int })],
      response_format: jsonSchema('placement', {
        placements: list(obj({ instrument: str, amount: num })),
        expected_interest_14d: num,
        worst_case_min_operating_balance: num,
        comment: str,
      }),
    };
  },
};

const wjUtility = [ubAdBudget, ubSupplierAward, ubAcquirerRouting, ubAdjusterAssign, ubCashSweep];

// ─────────────────────────────── learning ───────────────────────────────

const OVERRIDES: { f: string; from: string; to: string; note: Record<'en' | 'ja' | 'de' | 'es', string> }[] = [
  { f: 'score 655, ship_to=freight forwarder Miami FL, billing country CO, B2B account 2y', from: 'REVIEW', to: 'APPROVE',
    note: { en: 'known reseller, ships via forwarder every month', ja: '既知の再販業者。毎月フォワーダー経由で発送', de: 'bekannter Wiederverkäufer, verschickt monatlich über Spediteur', es: 'revendedor conocido, envía por transitario cada mes' } },
  { f: 'score 210, gift cards €500, account age 1 day, email domain temp-mail', from: 'APPROVE', to: 'DECLINE',
    note: { en: 'new account + gift cards = cash-out pattern', ja: '新規アカウント＋ギフトカードは換金パターン', de: 'neues Konto + Gutscheine = Auszahlungsmuster', es: 'cuenta nueva + tarjetas regalo = patrón de cobro' } },
  { f: 'score 690, ship_to=freight forwarder Doral FL, billing country PE, account 8 months', from: 'REVIEW', to: 'APPROVE',
    note: { en: 'forwarder addresses for LATAM buyers are normal here', ja: '中南米の購入者がフォワーダー住所を使うのはここでは普通', de: 'Spediteuradressen für LATAM-Käufer sind hier normal', es: 'las direcciones de transitario para compradores LATAM son normales aquí' } },
  { f: 'score 330, gift cards €150, account age 3 days, card BIN prepaid', from: 'REVIEW', to: 'DECLINE',
    note: { en: 'same cash-out pattern, prepaid BIN', ja: '同じ換金パターン、プリペイドBIN', de: 'gleiches Auszahlungsmuster, Prepaid-BIN', es: 'mismo patrón de cobro, BIN prepago' } },
  { f: 'score 720, high-value laptop, ship_to=billing address, account 4y, 3DS authenticated', from: 'DECLINE', to: 'APPROVE',
    note: { en: '3DS-authenticated long-standing customers should not be declined on score alone', ja: '3DS認証済みの長期顧客はスコアだけで拒否しない', de: '3DS-authentifizierte Bestandskunden nicht allein wegen des Scores ablehnen', es: 'no rechazar a clientes antiguos autenticados con 3DS solo por la puntuación' } },
  { f: 'score 480, electronics, ship_to differs from billing, account 2 days, no 3DS', from: 'REVIEW', to: 'DECLINE',
    note: { en: 'brand-new account shipping elsewhere without 3DS', ja: '作成直後のアカウントで3DSなし・別住所配送', de: 'ganz neues Konto, andere Lieferadresse, kein 3DS', es: 'cuenta recién creada, envío a otra dirección y sin 3DS' } },
];
const NEW_TX = [
  'score 705, ship_to=freight forwarder Medley FL, billing country EC, account 14 months, order €1,340 of spare parts',
  'score 190, gift cards €300, account age 6 hours, email domain disposable',
  'score 760, espresso machine €1,100, ship_to=billing address, account 5y, 3DS authenticated',
  'score 455, smartphone €899, ship_to differs from billing, account 1 day, no 3DS',
];

const lrFraudOverrides: Family = {
  id: 'wj-lr-cnp-queue-analyst-overrides', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
  rationale: 'The verdict should follow the pattern in analysts\' earlier overrides on this portfolio rather than the generic score bands, though it is still a one-shot decision on a single transaction.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'de', 'es'], i) as 'en' | 'ja' | 'de' | 'es';
    const portfolio = rng.pick(['Volta Electronics EU', 'Maple Parts Export', 'Shopwise Gift & Tech']);
    const prompt = t(lang, {
      en: `Decision assistant for the card-not-present queue of the ${portfolio} portfolio. Reply with one word: APPROVE, REVIEW or DECLINE. Default score bands: below 300 approve, 300–700 review, above 700 decline. The analysts' overrides of earlier calls on this portfolio are listed in each request; where they show a pattern, that pattern wins over the bands.`,
      ja: `${portfolio} ポートフォリオのカード非対面取引キューの判定アシスタントです。APPROVE、REVIEW、DECLINE のいずれか一語で答えてください。標準のスコア帯：300未満は承認、300〜700は審査、700超は拒否。各リクエストには、このポートフォリオで以前の判定をアナリストが覆した記録が載っています。そこに一貫した傾向があれば、スコア帯よりもそちらを優先してください。`,
      de: `Entscheidungsassistent für die Card-not-present-Queue des Portfolios ${portfolio}. Antworte mit einem Wort: APPROVE, REVIEW oder DECLINE. Standard-Scorebänder: unter 300 freigeben, 300–700 prüfen, über 700 ablehnen. In jeder Anfrage stehen die Korrekturen der Analysten an früheren Entscheidungen in diesem Portfolio; wo sie ein Muster zeigen, hat das Muster Vorrang vor den Bändern.`,
      es: `Asistente de decisión para la cola de pagos sin tarjeta presente de la cartera ${portfolio}. Responde con una palabra: APPROVE, REVIEW o DECLINE. Franjas de puntuación por defecto: menos de 300 aprobar, 300–700 revisar, más de 700 rechazar. Cada solicitud incluye las correcciones que los analistas hicieron a decisiones anteriores en esta cartera; cuando muestran un patrón, el patrón manda sobre las franjas.`,
    });
    const shown = rng.sample(OVERRIDES, 4 + (i % 3));
    const head = t(lang, { en: 'Analyst overrides, last 30 days:', ja: '直近30日のアナリストによる修正：', de: 'Korrekturen der Analysten, letzte 30 Tage:', es: 'Correcciones de analistas, últimos 30 días:' });
    const lines = shown.map((o) => `- tx ${rng.int(100000, 999999)}: ${o.f} — ${o.from} → ${o.to} ("${o.note[lang]}")`).join('\n');
    const tx = NEW_TX[i % NEW_TX.length]!;
    const newHead = t(lang, { en: 'New transaction:', ja: '新しい取引：', de: 'Neue Transaktion:', es: 'Nueva transacción:' });
    return {
      lang,
      messages: [sys(prompt), user(`${head}\n${lines}\n\n${newHead}\ntx ${rng.int(100000, 999999)}: ${tx}`)],
      max_tokens: 3,
      temperature: 0,
    };
  },
};

const CREATIVE_TESTS: [string, string, string, string, number, number][] = [
  ['hydration bottle', 'price', 'Shop now', 'product_on_white', 0.9, 2.1],
  ['hydration bottle', 'social_proof', 'See why 40k runners switched', 'ugc_video', 1.8, 3.4],
  ['trail socks', 'benefit', 'Get blister-free miles', 'lifestyle_photo', 1.3, 2.9],
  ['trail socks', 'urgency', 'Last sizes — order today', 'product_on_white', 1.1, 1.6],
  ['running belt', 'question', 'Still carrying keys in your hand?', 'ugc_video', 2.2, 2.7],
  ['running belt', 'price', '20% off this week', 'lifestyle_photo', 1.0, 2.4],
  ['recovery slides', 'social_proof', 'Rated 4.8 by 3,100 athletes', 'lifestyle_photo', 1.6, 3.8],
  ['recovery slides', 'benefit', 'Feet that feel fresh tomorrow', 'ugc_video', 2.0, 3.5],
];

const lrCreativeHistory: Family = {
  id: 'wj-lr-ad-creative-from-earlier-tests', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Results of the brand\'s earlier creative tests are the evidence to generalise from when choosing the angle, call to action and visual for a new product\'s first test cell.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'pt', 'zh'], i) as 'en' | 'fr' | 'pt' | 'zh';
    const brand = rng.pick(['Stridewell', 'Kilometre Club', 'Passo Leve']);
    const rows = rng.sample(CREATIVE_TESTS, 5 + (i % 3)).map(([p, angle, head, vis, ctr, cvr]) => `${p} | ${angle} | "${head}" | ${vis} | CTR ${ctr}% | CVR ${cvr}%`).join('\n');
    const product = t(lang, {
      en: rng.pick(['a reflective running vest', 'merino running beanie', 'a foldable foam roller']),
      fr: rng.pick(['un gilet de course réfléchissant', 'un bonnet de course en mérinos', 'un rouleau de massage pliable']),
      pt: rng.pick(['um colete de corrida refletor', 'um gorro de corrida em merino', 'um rolo de massagem dobrável']),
      zh: rng.pick(['反光跑步背心', '美利奴羊毛跑步帽', '可折叠泡沫轴']),
    });
    const ask = t(lang, {
      en: `${brand} creative tests so far on Meta (product | angle | headline | visual | CTR | CVR):\n${rows}\n\nWe launch ${product} next week with a €${rng.pick([300, 500, 800])} test budget. Propose the first cell: angle, headline, visual. Point to the rows behind each choice.`,
      fr: `Tests créatifs de ${brand} sur Meta jusqu'ici (produit | angle | accroche | visuel | CTR | CVR) :\n${rows}\n\nNous lançons ${product} la semaine prochaine avec ${rng.pick([300, 500, 800])} € de budget de test. Propose la première cellule : angle, accroche, visuel. Indique les lignes qui justifient chaque choix.`,
      pt: `Testes de criativos da ${brand} no Meta até agora (produto | ângulo | título | visual | CTR | CVR):\n${rows}\n\nLançamos ${product} na próxima semana com ${rng.pick([300, 500, 800])} € de orçamento de teste. Propõe a primeira célula: ângulo, título e visual. Aponta as linhas que sustentam cada escolha.`,
      zh: `${brand} 目前在 Meta 上做过的素材测试（产品 | 切入角度 | 标题 | 视觉 | 点击率 | 转化率）：\n${rows}\n\n下周我们要上新${product}，测试预算 ${rng.pick([300, 500, 800])} 欧元。请给出第一组测试素材：切入角度、标题和视觉形式，并指出每个选择依据的是哪几行数据。`,
    });
    return {
      lang,
      messages: [sys(t(lang, {
        en: 'Performance creative strategist. Headlines in the language of the target market, which is the language of the request.',
        fr: 'Stratège créa performance. Les accroches sont dans la langue du marché cible, c\'est-à-dire celle de la demande.',
        pt: 'Estratega de criativos de performance. Títulos na língua do mercado-alvo, que é a língua do pedido.',
        zh: '你是效果广告素材策略师。标题使用目标市场的语言，即本次请求所用的语言。',
      })), user(ask)],
      response_format: jsonSchema('first_cell', {
        angle: oneOf('price', 'social_proof', 'benefit', 'urgency', 'question'),
        headline: str,
        visual: oneOf('product_on_white', 'lifestyle_photo', 'ugc_video'),
        evidence_rows: list(str),
      }),
    };
  },
};

const lrApMatch: Family = {
  id: 'wj-lr-invoice-po-match-clerk-corrections', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Retrieved corrections that clerks made to earlier automatic matches for this vendor (where the PO number sits, price per 1,000) must be carried over to match a new invoice.',
  make: (rng, i) => {
    const lang = langAt(['de', 'fr', 'en', 'de'], i) as 'de' | 'fr' | 'en';
    const v = rng.pick([
      { name: 'Schrauben Krause GmbH', poField: 'Ihr Zeichen', soField: 'Bestellnummer', freight: 'Fracht', uom: 'ST', pre: 'RE' },
      { name: 'Visserie du Jura SA', poField: 'Votre référence', soField: 'N° de commande', freight: 'Transport', uom: 'PCE', pre: 'FA' },
      { name: 'Hallam Fixings Ltd', poField: 'Your ref', soField: 'Order No.', freight: 'Carriage', uom: 'PCS', pre: 'INV' },
    ]);
    const vendor = v.name;
    const po = `45${rng.int(10000000, 99999999)}`;
    const wrongPo = `45${rng.int(10000000, 99999999)}`;
    const qty = rng.int(10, 80) * 1000;
    const per1000 = rng.int(18, 65);
    const prompt = t(lang, {
      en: 'Accounts payable matching assistant. For each incoming invoice, search the clerks\' correction memory for the vendor first, then propose the PO match. Output JSON only.',
      de: 'Assistent für den Rechnungsabgleich in der Kreditorenbuchhaltung. Durchsuche bei jeder eingehenden Rechnung zuerst das Korrekturgedächtnis der Sachbearbeiter zum Lieferanten und schlage dann die Bestellzuordnung vor. Nur JSON ausgeben.',
      fr: 'Assistant de rapprochement des factures fournisseurs. Pour chaque facture reçue, consulte d\'abord la mémoire des corrections faites par les comptables pour ce fournisseur, puis propose le rapprochement avec la commande. Réponds uniquement en JSON.',
    });
    const invoice = {
      vendor,
      invoice_no: `${v.pre}-${rng.int(10000, 99999)}`,
      fields: { [v.soField]: wrongPo, [v.poField]: po },
      lines: [{ item: 'DIN 912 M6x20 A2', qty, unit_price: per1000, uom_on_invoice: v.uom }, { item: v.freight, amount: Math.round(qty * per1000 / 1000 * 0.015 * 100) / 100 }],
      total_net: Math.round((qty * per1000 / 1000) * 1.015 * 100) / 100,
    };
    const messages: Msg[] = [sys(prompt), user(JSON.stringify(invoice))];
    exchange(rng, messages, 'search_correction_memory', { vendor }, {
      vendor,
      memories: [
        { date: '2024-03-11', clerk: 'm.weber', text: `Auto-match used '${v.soField}' (${rng.int(100000, 999999)}); correct PO was in '${v.poField}'. This vendor prints our PO there.` },
        { date: '2024-04-02', clerk: 'j.roux', text: `Invoice unit price is per 1,000 pieces even though UoM says ${v.uom}; PO price is per piece. Price variance alert was false.` },
        { date: '2024-05-19', clerk: 'm.weber', text: 'Freight line up to 2% of goods value is contractually allowed without a PO line — approve.' },
        ...(i >= 2 ? [{ date: '2024-06-07', clerk: 'a.khan', text: `Again: PO in '${v.poField}'. '${v.soField}' holds their own sales order number.` }] : []),
      ],
    });
    exchange(rng, messages, 'get_open_pos', { vendor }, {
      open_pos: [
        { po, item: 'DIN 912 M6x20 A2', qty_open: qty, unit_price: per1000 / 1000, uom: 'piece' },
        { po: `45${rng.int(10000000, 99999999)}`, item: 'DIN 933 M8x30 A2', qty_open: rng.int(5, 40) * 1000, unit_price: 0.07, uom: 'piece' },
      ],
    });
    return {
      lang,
      messages,
      tools: [
        tool('search_correction_memory', 'Corrections clerks made to earlier automatic matches, by vendor.', { vendor: str }),
        tool('get_open_pos', 'Open purchase order lines for a vendor.', { vendor: str }),
      ],
      response_format: jsonSchema('match_proposal', {
        po_number: str,
        price_basis: oneOf('per_piece', 'per_100', 'per_1000'),
        price_variance_pct: num,
        freight_ok: bool,
        decision: oneOf('auto_approve', 'route_to_clerk'),
        memories_used: list(str),
      }),
    };
  },
};

const lrCollections: Family = {
  id: 'wj-lr-collections-first-contact', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 5,
  rationale: 'Earlier dunning contacts with their outcomes are the basis for choosing channel, tone and timing for a new overdue account, with a cost-versus-recovery angle as a secondary reading.',
  make: (rng, i) => {
    const lang = langAt(['es', 'pt', 'en', 'es', 'pt'], i) as 'es' | 'pt' | 'en';
    const segs = ['SME retail', 'freelancer', 'SME hospitality', 'consumer'];
    const channels = ['email', 'sms', 'whatsapp', 'phone'];
    const tones = ['friendly', 'neutral', 'firm'];
    const outcome = ['paid ≤3d', 'promise to pay', 'no response', 'complaint', 'paid ≤7d'];
    const n = 6 + i * 2;
    const rows = Array.from({ length: n }, () => `${rng.pick(segs)} | ${rng.int(5, 60)} dpd | ${rng.pick(channels)} | ${rng.pick(tones)} | ${rng.pick(['08:30', '12:15', '18:40', '20:10'])} | ${rng.pick(outcome)}`).join('\n');
    const debtor = `${rng.pick(segs)}, ${rng.int(8, 45)} dpd, balance ${rng.int(300, 9000)} EUR, ${rng.pick(['first time late', 'late twice before, always paid', 'disputed an invoice last year'])}`;
    const ask = t(lang, {
      en: `Contact log from this quarter (segment | days past due | channel | tone | send time | result):\n${rows}\n\nNew case: ${debtor}. What first contact do we send — channel, tone, time — and why, based on the log? Draft the message too.`,
      es: `Registro de contactos de este trimestre (segmento | días de retraso | canal | tono | hora de envío | resultado):\n${rows}\n\nCaso nuevo: ${debtor}. ¿Qué primer contacto enviamos (canal, tono, hora) y por qué, a la vista del registro? Redacta también el mensaje.`,
      pt: `Registo de contactos deste trimestre (segmento | dias em atraso | canal | tom | hora de envio | resultado):\n${rows}\n\nCaso novo: ${debtor}. Que primeiro contacto enviamos (canal, tom, hora) e porquê, com base no registo? Escreve também a mensagem.`,
    });
    return {
      lang,
      messages: [sys(t(lang, {
        en: `Collections assistant for ${rng.pick(['Finwell Credit', 'Ledgerly Invoicing'])}. Follow EU fair-collection rules: no contact before 08:00 or after 21:00, no threats.`,
        es: `Asistente de recobro de ${rng.pick(['Crédito Ágil', 'Facturia'])}. Cumple las normas de recobro responsable: sin contactos antes de las 8:00 ni después de las 21:00, sin amenazas.`,
        pt: `Assistente de cobranças da ${rng.pick(['Crédito Fácil', 'Faturalis'])}. Cumpre as regras de cobrança responsável: nenhum contacto antes das 8h nem depois das 21h, sem ameaças.`,
      })), user(ask)],
      max_tokens: 600,
    };
  },
};

const lrReserve: Family = {
  id: 'wj-lr-claim-reserve-calibration', label: 'learning', difficulty: 'medium', variants: 4,
  rationale: 'Within the conversation the assistant\'s earlier reserve estimates were followed by actual settlements and a senior adjuster\'s comments, and the new reserve has to correct for the bias those outcomes revealed.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'zh', 'en', 'en'], i) as 'ja' | 'zh' | 'en';
    const cur = lang === 'ja' ? '円' : lang === 'zh' ? '元' : '£';
    const k = lang === 'ja' ? 200 : lang === 'zh' ? 9 : 1;
    const m = (v: number): string => (lang === 'en' ? `£${sep(v)}` : `${sep(v)}${cur}`);
    const prompt = t(lang, {
      en: 'Reserving assistant for bodily-injury motor claims. Give an initial case reserve as a single amount with a one-line justification. Outcomes of earlier claims in this chat will be reported back to you.',
      ja: '自動車保険の人身傷害事故の支払備金アシスタントです。初期の個別支払備金を1つの金額と1行の根拠で示してください。このチャットでの過去の事案の結果は後から共有されます。',
      zh: '你是车险人伤案件的未决赔款准备金助理。请给出一个初始个案准备金金额，并附一句理由。本对话中之前案件的最终结果会陆续反馈给你。',
    });
    const cases = [
      { base: 4200, attorney: true, tissue: true, ratio: 1.45 },
      { base: 2600, attorney: false, tissue: true, ratio: 1.0 },
      { base: 9800, attorney: true, tissue: false, ratio: 1.1 },
      { base: 3100, attorney: true, tissue: true, ratio: 1.5 },
      { base: 5400, attorney: false, tissue: false, ratio: 0.95 },
    ];
    const describe = (c: typeof cases[number], age: number): string => t(lang, {
      en: `Claimant aged ${age}, rear-end collision, ${c.tissue ? 'whiplash / soft-tissue injury' : 'fractured wrist'}, ${c.attorney ? 'solicitor instructed' : 'no solicitor'}, ${rng.int(2, 12)} physio sessions so far.`,
      ja: `請求者${age}歳、追突事故、${c.tissue ? 'むち打ち（軟部組織損傷）' : '手首骨折'}、${c.attorney ? '弁護士介入あり' : '弁護士介入なし'}、これまでのリハビリ${rng.int(2, 12)}回。`,
      zh: `索赔人${age}岁，追尾事故，${c.tissue ? '颈部挥鞭伤（软组织损伤）' : '腕部骨折'}，${c.attorney ? '已委托律师' : '未委托律师'}，目前已做康复理疗${rng.int(2, 12)}次。`,
    });
    const rounds = 2 + (i % 3);
    const key = rng.pick([cases[0]!, cases[3]!]);
    const others = rng.sample(cases.filter((c) => c !== key), rounds);
    const order = [...rng.sample([key, ...others.slice(0, rounds - 1)], rounds), others[rounds - 1]!];
    const messages: Msg[] = [sys(prompt)];
    let carry = '';
    let warned = false;
    order.slice(0, rounds).forEach((c, r) => {
      const est = Math.round(c.base * k * rng.int(95, 105) / 100 / 10) * 10;
      messages.push(user(`${carry}${t(lang, { en: `Claim ${r + 1}: `, ja: `事案${r + 1}：`, zh: `案件${r + 1}：` })}${describe(c, rng.int(24, 67))}`));
      messages.push(say(t(lang, { en: `Reserve ${m(est)} — in line with similar injuries.`, ja: `支払備金 ${m(est)}。同程度の傷害の水準に合わせました。`, zh: `准备金 ${m(est)}，与同类伤情水平一致。` })));
      const settled = Math.round(est * c.ratio / 10) * 10;
      const under = c.attorney && c.tissue;
      const comment = under && !warned
        ? t(lang, { en: 'Soft tissue with a solicitor on board always runs well over — legal costs and longer recovery claims.', ja: '弁護士が付いた軟部組織損傷は、弁護士費用と治療長期化の主張で必ず大きく上振れします。', zh: '有律师介入的软组织损伤总会大幅超支——律师费加上延长康复期的主张。' })
        : under
          ? t(lang, { en: 'Same story again. Under-reserved by about a third.', ja: 'また同じです。3分の1ほど積み不足でした。', zh: '又是同样的问题，准备金少提了约三分之一。' })
          : t(lang, { en: 'Reasonable.', ja: '妥当です。', zh: '合理。' });
      if (under) warned = true;
      carry = t(lang, {
        en: `Outcome of claim ${r + 1}: settled at ${m(settled)}. Senior adjuster: "${comment}"\n\n`,
        ja: `事案${r + 1}の結果：${m(settled)}で示談。シニア査定担当のコメント：「${comment}」\n\n`,
        zh: `案件${r + 1}结果：以${m(settled)}和解。资深理赔员点评：“${comment}”\n\n`,
      });
    });
    const last = order[rounds]!;
    messages.push(user(`${carry}${t(lang, { en: `Claim ${rounds + 1}: `, ja: `事案${rounds + 1}：`, zh: `案件${rounds + 1}：` })}${describe({ ...last, attorney: true, tissue: true }, rng.int(24, 67))}`));
    return { lang, messages, max_tokens: 80 };
  },
};

const wjLearning = [lrFraudOverrides, lrCreativeHistory, lrApMatch, lrCollections, lrReserve];

// ───────────────────────────── non-agentic ─────────────────────────────

const naTranslateReminder: Family = {
  id: 'wj-na-payment-reminder-translation', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
  rationale: 'Translating a payment reminder is a plain language task with no decision, memory or planning; a single-pass reply to the current input is the closest type.',
  make: (rng, i) => {
    const lang = langAt(['de', 'es', 'ja', 'fr', 'pt'], i) as 'de' | 'es' | 'ja' | 'fr' | 'pt';
    const inv = `${rng.int(2024000, 2024999)}`;
    const amt = `${rng.int(200, 9000)},${pad(rng.int(0, 99))}`;
    const target = rng.pick(['English', 'English', 'Italian']);
    const texts = {
      de: `Bitte übersetze diese Zahlungserinnerung ins ${target === 'English' ? 'Englische' : 'Italienische'}, Ton und Formatierung beibehalten:\n\nSehr geehrte Damen und Herren,\n\nbei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung Nr. ${inv} über ${amt} € noch offen ist. Sicher handelt es sich um ein Versehen. Wir bitten Sie, den Betrag innerhalb von 10 Tagen auf das unten genannte Konto zu überweisen. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen\nBuchhaltung`,
      es: `Traduce este recordatorio de pago al ${target === 'English' ? 'inglés' : 'italiano'}, manteniendo el tono formal:\n\nEstimado cliente:\n\nLe recordamos que la factura n.º ${inv}, por importe de ${amt} €, venció hace 15 días y sigue pendiente de pago. Le rogamos que realice la transferencia a la mayor brevedad. Si ya ha efectuado el pago, le pedimos disculpas por las molestias y le agradecemos que nos envíe el justificante.\n\nAtentamente,\nDepartamento de Administración`,
      ja: `次の支払督促状を${target === 'English' ? '英語' : 'イタリア語'}に翻訳してください。丁寧な調子はそのままでお願いします。\n\n拝啓 平素は格別のお引き立てを賜り、厚く御礼申し上げます。\nさて、請求書番号${inv}（金額${amt.replace(',', '')}円）につきまして、お支払期日を過ぎておりますが、本日現在ご入金の確認ができておりません。お手数ですが、今月末までにお振込みくださいますようお願い申し上げます。なお、本状と行き違いでお支払い済みの場合は、ご容赦ください。\n敬具\n経理部`,
      fr: `Peux-tu traduire cette relance en ${target === 'English' ? 'anglais' : 'italien'} ? Garde le même niveau de politesse.\n\nMadame, Monsieur,\n\nSauf erreur de notre part, la facture n° ${inv} d'un montant de ${amt} € reste impayée à ce jour. Nous vous remercions de bien vouloir procéder à son règlement sous huit jours. Si votre paiement a été effectué entre-temps, nous vous prions de ne pas tenir compte de ce courrier.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\nLe service comptabilité`,
      pt: `Traduz este lembrete de pagamento para ${target === 'English' ? 'inglês' : 'italiano'}, com o mesmo tom:\n\nExmos. Senhores,\n\nVerificámos que a fatura n.º ${inv}, no valor de ${amt} €, ainda não foi liquidada. Agradecemos que efetuem o pagamento no prazo de 8 dias. Caso o pagamento já tenha sido realizado, por favor ignorem esta mensagem.\n\nCom os melhores cumprimentos,\nDepartamento Financeiro`,
    };
    const messages: Msg[] = [user(texts[lang])];
    if (i % 2 === 0) messages.unshift(sys('You are a professional business translator.'));
    return { lang, messages, max_tokens: 500 };
  },
};

const naExplainAccounting: Family = {
  id: 'wj-na-accounting-concept-explainer', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'An explanation of an accounting or payments concept is plain question answering without any agent decision; the closest type is a direct one-turn reaction.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'de', 'zh'], i) as 'en' | 'pt' | 'de' | 'zh';
    const qs = {
      en: [
        'Can you explain deferred revenue to someone who just joined our finance team? We sell annual SaaS plans paid upfront.',
        'What does the 3DS2 liability shift actually mean for a merchant when a chargeback comes in?',
        'Why does IFRS 16 put office leases on the balance sheet, and what happens to rent expense?',
      ],
      pt: [
        'Podes explicar-me o que é o IVA autoliquidação (reverse charge) nas compras de serviços a fornecedores de outro país da UE?',
        'Qual é a diferença entre regime de caixa e regime de acréscimo, com um exemplo simples de uma fatura de dezembro paga em janeiro?',
      ],
      de: [
        'Kannst du mir erklären, was eine Rückstellung ist und wie sie sich von einer Verbindlichkeit unterscheidet? Gern mit Beispiel aus dem Handel.',
        'Was genau passiert bei einem SEPA-Lastschrift-Rückruf, und wie lange kann ein Kunde widersprechen?',
      ],
      zh: [
        '能不能用通俗的话解释一下什么是应收账款周转天数（DSO），以及为什么财务总监这么在意它？',
        '跨境电商里常说的“拒付”（chargeback）流程是怎样的？卖家有哪些环节可以申诉？',
      ],
    }[lang];
    const q = rng.pick(qs);
    const messages: Msg[] = [user(q)];
    if (i >= 2) {
      messages.unshift(sys(t(lang, { en: 'You are a helpful finance tutor.', de: 'Du bist ein geduldiger Tutor für Rechnungswesen.', zh: '你是一位耐心的财务知识讲解员。', pt: 'És um tutor de finanças paciente.' })));
      messages.push(say(t(lang, {
        en: 'Sure — short version first, then an example.', de: 'Gern – zuerst die Kurzfassung, dann ein Beispiel.', zh: '好的，先说简要结论，再举个例子。', pt: 'Claro — primeiro a versão curta, depois um exemplo.',
      })));
      messages.push(user(t(lang, { en: 'Go ahead, keep it under 200 words.', de: 'Leg los, bitte unter 200 Wörtern.', zh: '请讲，200字以内。', pt: 'Força, em menos de 200 palavras.' })));
    }
    return { lang, messages, max_tokens: 400 };
  },
};

const naSummariseClaim: Family = {
  id: 'wj-na-claim-thread-handover-summary', label: 'model_based_reflex', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'Summarising a claim email thread for a handover is a plain writing task; the closest type is model-based because it condenses what the thread establishes about the claim so far, but no action is chosen.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'es', 'en'], i) as 'en' | 'fr' | 'es';
    const claim = `CLM-${rng.int(100000, 999999)}`;
    const amount = rng.int(4, 30) * 1000;
    const thread = t(lang, {
      en: `From: Dana Price (policyholder)\nMy shop was flooded on the ${rng.int(2, 9)}th, stock and two fridges damaged. Estimate attached, about £${sep(amount)}.\n---\nFrom: Loss adjuster (R. Osei)\nVisited on site. Stock loss confirmed; the fridges were already out of warranty and one shows prior corrosion. Need purchase invoices for stock.\n---\nFrom: Dana Price\nInvoices sent. Also the landlord says the drain issue is his insurer's problem?\n---\nFrom: Claims handler (me)\nWe have asked the landlord's insurer for their position, no reply yet. Interim payment of £${sep(Math.round(amount / 4))} approved for stock.\n---\nFrom: R. Osei\nFridge 2 is repairable for ~£400. Fridge 1 total loss.`,
      fr: `De : Claire Bonnet (assurée)\nMa boutique a été inondée le ${rng.int(2, 9)}, stock et deux vitrines réfrigérées endommagés. Devis joint, environ ${sep(amount).replace(/,/g, ' ')} €.\n---\nDe : Expert (M. Haddad)\nVisite sur place effectuée. Perte de stock confirmée ; les vitrines n'étaient plus sous garantie et l'une présente une corrosion antérieure. Merci de fournir les factures d'achat du stock.\n---\nDe : Claire Bonnet\nFactures envoyées. Le propriétaire dit que le problème d'évacuation relève de son assureur ?\n---\nDe : Gestionnaire (moi)\nNous avons interrogé l'assureur du propriétaire, sans réponse pour l'instant. Acompte de ${sep(Math.round(amount / 4)).replace(/,/g, ' ')} € validé pour le stock.\n---\nDe : M. Haddad\nLa vitrine 2 est réparable pour ~400 €. Vitrine 1 : perte totale.`,
      es: `De: Lucía Ferrer (asegurada)\nMi tienda se inundó el día ${rng.int(2, 9)}; se dañaron el género y dos neveras. Adjunto presupuesto, unos ${sep(amount).replace(/,/g, '.')} €.\n---\nDe: Perito (J. Almeida)\nVisita realizada. Pérdida de género confirmada; las neveras estaban fuera de garantía y una tiene corrosión previa. Necesito las facturas de compra del género.\n---\nDe: Lucía Ferrer\nFacturas enviadas. ¿El casero dice que lo del desagüe es cosa de su seguro?\n---\nDe: Tramitador (yo)\nHemos pedido su posición a la aseguradora del casero, sin respuesta aún. Aprobado un anticipo de ${sep(Math.round(amount / 4)).replace(/,/g, '.')} € por el género.\n---\nDe: J. Almeida\nLa nevera 2 se puede reparar por unos 400 €. La nevera 1 es siniestro total.`,
    });
    const ask = t(lang, {
      en: `I'm going on leave tomorrow. Summarise claim ${claim} for my colleague in 5 bullet points: facts, money, open questions.`,
      fr: `Je pars en congé demain. Résume le dossier ${claim} pour ma collègue en 5 puces : faits, montants, questions ouvertes.`,
      es: `Mañana me voy de vacaciones. Resume el expediente ${claim} para mi compañero en 5 viñetas: hechos, importes, cuestiones abiertas.`,
    });
    return { lang, messages: [user(`${ask}\n\n${thread}`)], max_tokens: 350, temperature: 0.3 };
  },
};

const naRewriteListing: Family = {
  id: 'wj-na-listing-copy-rewrite', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'Rewriting a seller\'s product copy to a style guide is a text transformation with no agentic decision; the closest type is a one-turn reaction to the input.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'es', 'en', 'fr'], i) as 'ja' | 'es' | 'en' | 'fr';
    const prompt = t(lang, {
      en: 'Marketplace copy editor. Style guide: title under 80 characters (brand, product, key attribute, size); 5 bullet points, each starting with a capitalised benefit; no superlatives like "best" or "No.1"; no emojis.',
      ja: 'マーケットプレイスの商品ページ編集者です。スタイルガイド：タイトルは全角40字以内（ブランド・商品名・主な特徴・サイズ）、箇条書きは5点でそれぞれ【】で始める、「最高」「No.1」などの最上級表現は禁止、絵文字禁止。',
      es: 'Editor de fichas de producto del marketplace. Guía de estilo: título de menos de 80 caracteres (marca, producto, atributo clave, tamaño); 5 viñetas que empiecen por un beneficio en mayúscula; sin superlativos como "el mejor" o "n.º 1"; sin emojis.',
      fr: 'Rédacteur de fiches produit pour la marketplace. Charte : titre de moins de 80 caractères (marque, produit, caractéristique clé, taille) ; 5 puces commençant chacune par un bénéfice en majuscule ; pas de superlatifs comme « le meilleur » ou « n° 1 » ; pas d\'emojis.',
    });
    const src = t(lang, {
      en: `${rng.pick(['BEST', 'No.1'])} bamboo cutting board EVER!!! 🔥 super big 45x30, wont crack, juice groove, looks amazing in kitchen, great gift for mum!!! eco friendly 🌱`,
      ja: `🔥最高級🔥 竹製まな板 大きい45×30cm 割れにくい！ 溝つきで汁がこぼれない キッチンがおしゃれに ギフトに最適！！ エコ素材🌱`,
      es: `🔥¡¡LA MEJOR tabla de cortar de bambú!! 🔥 súper grande 45x30, no se agrieta, con ranura para jugos, queda genial en la cocina, ¡regalo perfecto para mamá! ecológica 🌱`,
      fr: `🔥 LA MEILLEURE planche à découper en bambou !!! 🔥 très grande 45x30, ne se fend pas, rigole à jus, super belle dans la cuisine, cadeau idéal pour maman !!! écolo 🌱`,
    });
    const messages: Msg[] = [sys(prompt), user(src)];
    if (i === 3) {
      messages.push(say('Planche à découper en bambou XL 45 × 30 cm avec rigole à jus\n- Robuste : bambou massif qui ne se fend pas\n- Pratique : rigole qui retient les jus\n- Grand format : 45 × 30 cm\n- Élégante : finition naturelle\n- Écoresponsable : bambou à croissance rapide'));
      messages.push(user('Ajoute la marque "Maison Vert" au titre et précise que la planche est compatible lave-vaisselle ? Non, en fait elle ne l\'est pas : précise plutôt "lavage à la main".'));
    }
    return { lang, messages, max_tokens: 400 };
  },
};

const naBankAccountChat: Family = {
  id: 'wj-na-business-account-chat', label: 'utility_based', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'General chat advice on how to compare business bank accounts has no concrete options to decide among; it is non-agentic, and the closest type is utility-based because the talk is about weighing fees against features.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'de', 'es'], i) as 'en' | 'fr' | 'de' | 'es';
    const biz = t(lang, {
      en: rng.pick(['a small bakery', 'a two-person design studio', 'an Etsy jewellery shop']),
      fr: rng.pick(['une petite boulangerie', 'un studio de design à deux', 'une boutique de bijoux sur Etsy']),
      de: rng.pick(['eine kleine Bäckerei', 'ein Zwei-Personen-Designbüro', 'einen Etsy-Schmuckshop']),
      es: rng.pick(['una panadería pequeña', 'un estudio de diseño de dos personas', 'una tienda de joyas en Etsy']),
    });
    const turns = t(lang, {
      en: `I'm opening ${biz} and need a business bank account. Honestly I don't know what matters. What should I look at?|Good points. Is a neobank a bad idea if I take cash every day?|OK, and roughly what monthly fee is normal for something my size?`,
      fr: `J'ouvre ${biz} et il me faut un compte professionnel. Honnêtement, je ne sais pas ce qui compte. Qu'est-ce que je dois regarder ?|Bonnes remarques. Une néobanque, c'est une mauvaise idée si j'encaisse des espèces tous les jours ?|D'accord, et quels frais mensuels sont normaux pour une structure comme la mienne ?`,
      de: `Ich eröffne ${biz} und brauche ein Geschäftskonto. Ehrlich gesagt weiß ich nicht, worauf es ankommt. Worauf sollte ich achten?|Gute Punkte. Ist eine Neobank eine schlechte Idee, wenn ich jeden Tag Bargeld einnehme?|Okay, und welche Monatsgebühr ist für meine Größe ungefähr normal?`,
      es: `Voy a abrir ${biz} y necesito una cuenta de empresa. La verdad es que no sé qué es importante. ¿En qué me fijo?|Buenos puntos. ¿Es mala idea un neobanco si cobro en efectivo todos los días?|Vale, ¿y qué comisión mensual es normal para un negocio de mi tamaño?`,
    }).split('|');
    const replies = t(lang, {
      en: 'Main things: monthly fee and what it includes, card and transfer fees, cash deposit options, integration with your accounting tool, and how fast support answers.|Not necessarily, but check how cash deposits work — many neobanks charge per deposit or only accept them at partner shops.',
      fr: 'Les points clés : les frais mensuels et ce qu\'ils incluent, les frais de carte et de virement, le dépôt d\'espèces, la connexion à votre logiciel comptable et la réactivité du support.|Pas forcément, mais vérifiez le dépôt d\'espèces : beaucoup de néobanques le facturent à chaque dépôt ou ne l\'acceptent que chez des partenaires.',
      de: 'Wichtig sind: Monatsgebühr und was enthalten ist, Karten- und Überweisungsgebühren, Bargeldeinzahlung, Anbindung an die Buchhaltungssoftware und wie schnell der Support reagiert.|Nicht unbedingt, aber prüfe die Bargeldeinzahlung – viele Neobanken berechnen jede Einzahlung oder nehmen Bargeld nur bei Partnern an.',
      es: 'Lo principal: la comisión mensual y qué incluye, las comisiones de tarjeta y transferencias, cómo ingresar efectivo, la conexión con tu programa de contabilidad y la rapidez del soporte.|No necesariamente, pero revisa cómo se ingresa el efectivo: muchos neobancos cobran por cada ingreso o solo lo aceptan en comercios asociados.',
    }).split('|');
    const n = 1 + (i % 3);
    const messages: Msg[] = [];
    for (let k = 0; k < n; k++) {
      messages.push(user(turns[k]!));
      if (k < n - 1) messages.push(say(replies[k]!));
    }
    return { lang, messages, temperature: 0.7 };
  },
};

const wjNonAgentic = [naTranslateReminder, naExplainAccounting, naSummariseClaim, naRewriteListing, naBankAccountChat];

export const trainJ: Family[] = [...wjSimple, ...wjModel, ...wjGoal, ...wjUtility, ...wjLearning, ...wjNonAgentic];
