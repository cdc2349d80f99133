// Classifier dev data, author G: small business and creative work (shops, restaurants, marketing
// agencies, freelancers, design studios, real estate, events, crafts). Mostly non-technical users
// pasting messy tables, notes and emails into one or two turns; few system prompts; a few tools.
import {
  type Draft, type Family, type Lang, type Rng, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msgs = Draft['messages'];

const MONTH_LEN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  pt: ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
};

/** A day of a non-leap year (1..365) written the way a person in `lang` would write it. */
function dateOf(lang: Lang, doy: number): string {
  let d = Math.max(1, Math.min(365, doy));
  let m = 0;
  while (d > MONTH_LEN[m]!) {
    d -= MONTH_LEN[m]!;
    m++;
  }
  switch (lang) {
    case 'ja':
    case 'zh':
      return `${m + 1}月${d}日`;
    case 'de':
      return `${d}. ${MONTHS.de[m]}`;
    case 'es':
      return `${d} de ${MONTHS.es[m]}`;
    case 'pt':
      return `${d} de ${MONTHS.pt[m]}`;
    case 'fr':
      return `${d} ${MONTHS.fr[m]}`;
    default:
      return `${d} ${MONTHS.en[m]}`;
  }
}

/** The same day as an ISO date in 2025. */
function isoOf(doy: number): string {
  let d = Math.max(1, Math.min(365, doy));
  let m = 0;
  while (d > MONTH_LEN[m]!) {
    d -= MONTH_LEN[m]!;
    m++;
  }
  return `2025-${pad(m + 1)}-${pad(d)}`;
}

const hhmm = (minutes: number): string => `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;

// ---------------------------------------------------------------------------------------------
// simple_reflex
// ---------------------------------------------------------------------------------------------

const REVIEWS: Partial<Record<Lang, string[]>> = {
  en: [
    'Waited 40 minutes for two flat whites and the guy at the till just shrugged when I asked. Not coming back.',
    'Hi, do you do gluten-free birthday cakes? Would need one for Saturday, about 20 people.',
    'Honestly the best tacos on this street. The salsa verde!! Thank you guys',
    'Earn $500/day from home!!! Click my profile for the link 💰💰',
    'ordered the large print of the harbour, frame arrived cracked in the corner. who do i talk to',
  ],
  es: [
    'Pedí una tarta de zanahoria para recoger a las 5 y a las 6 todavía no estaba. Nadie me avisó de nada.',
    '¿Tenéis opciones sin lactosa en el menú del día? Vamos a ir 6 personas el jueves.',
    'Trato de diez, el cordero buenísimo y la camarera muy maja. ¡Volveremos!',
    'Gana seguidores reales GRATIS en 24h, escríbenos por DM 🔥🔥',
  ],
  fr: [
    'Commande reçue avec deux bougies cassées et aucune réponse à mon mail depuis une semaine.',
    'Bonjour, est-ce que vous faites des ateliers de poterie pour enfants pendant les vacances ?',
    "Merci pour le bouquet de mariage, il était exactement comme on l'avait imaginé 💐",
    'Félicitations, vous avez gagné un iPhone 15 ! Réclamez-le ici : bit.ly/gagnant-2024',
  ],
  ja: [
    '予約していたのに20分待たされて、説明も謝罪もありませんでした。残念です。',
    'ペット同伴でテラス席は利用できますか？小型犬です。',
    'ランチのパスタがとても美味しかったです。店員さんも親切でした！また来ます。',
    '副業で月収50万円！詳しくはプロフィールのリンクへ',
  ],
  de: [
    'Die Lieferung kam zwei Tage zu spät und die Torte war an der Seite eingedrückt. Sehr ärgerlich.',
    'Kann man bei euch auch Gutscheine kaufen und direkt per Post verschicken lassen?',
    'Super Beratung beim Rahmen für unser Hochzeitsfoto, danke an Frau Keller!',
    'Günstige Follower kaufen – 1000 Follower nur 4,99 € – Link im Profil',
  ],
};
const REVIEW_BIZ: Partial<Record<Lang, string[]>> = {
  en: ['Bean There café', 'Salt & Clay studio', 'Taqueria Lupe', 'Harbour Prints'],
  es: ['Pastelería Olmo', 'Casa Rufino', 'La Alacena de Marta'],
  fr: ['Atelier Brindille', 'Fleurs de Lys', 'La Bougie du Coin'],
  ja: ['トラットリア・ソーレ', 'カフェ木漏れ日', 'パスタ工房ミナト'],
  de: ['Konditorei Brandl', 'Rahmenwerk Keller', 'Café Mühlbach'],
};

const srReviewPile: Family = {
  id: 'wg-sr-review-pile',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'A single pasted review is put in one of four fixed piles with a yes/no on answering today, from its own text alone.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'ja', 'de'], i);
    const review = rng.pick(REVIEWS[lang]!);
    const biz = rng.pick(REVIEW_BIZ[lang]!);
    const where = rng.pick(['Google', 'Instagram', 'Tripadvisor', 'Facebook']);
    const text = t(lang, {
      en: `got this on our ${where} page for ${biz} just now:\n\n"${review}"\n\nwhich pile is it, thanks / complaint / question / spam? and do I need to answer it today?`,
      es: `Nos ha llegado esto en ${where} (${biz}):\n\n«${review}»\n\n¿En qué montón va: agradecimiento, queja, pregunta o spam? ¿Hay que contestar hoy?`,
      fr: `Reçu ce matin sur la page ${where} de ${biz} :\n\n« ${review} »\n\nÇa va dans quelle pile : remerciement, réclamation, question ou spam ? Et faut-il répondre aujourd'hui ?`,
      ja: `${biz}の${where}にこんな投稿が来ました。\n\n「${review}」\n\nお礼・苦情・質問・スパムのどれに入れますか？今日中に返信が必要かも教えてください。`,
      de: `Kam gerade auf unserer ${where}-Seite (${biz}) rein:\n\n„${review}"\n\nIn welchen Stapel gehört das – Dank, Beschwerde, Frage oder Spam? Und muss ich heute noch antworten?`,
    });
    const messages: Msgs = [];
    if (rng.chance(0.4)) {
      messages.push(sys(t(lang, {
        en: 'You help a small business owner sort their inbox. Keep answers tiny.',
        es: 'Ayudas a la dueña de un pequeño negocio a ordenar sus mensajes. Respuestas mínimas.',
        fr: "Tu aides une petite commerçante à trier ses messages. Réponses très courtes.",
        ja: '小さなお店の店主のメッセージ整理を手伝います。回答はごく短く。',
        de: 'Du hilfst einer Ladeninhaberin, ihre Nachrichten zu sortieren. Antworte knapp.',
      })));
    }
    messages.push(user(text));
    return {
      lang,
      messages,
      response_format: jsonSchema('review_pile', { pile: oneOf('thanks', 'complaint', 'question', 'spam'), answer_today: bool }),
      max_tokens: rng.pick([30, 40, 60]),
    };
  },
};

interface ReturnCase { item: string; price: number; final?: boolean; opened?: string }
const RETURN_ITEMS: Partial<Record<Lang, ReturnCase[]>> = {
  en: [
    { item: 'linen tablecloth, 180 cm, sage', price: 64 },
    { item: 'hand-poured soy candle set (3)', price: 38, opened: 'one candle burned a bit' },
    { item: 'rattan lampshade', price: 89, final: true },
    { item: 'wool throw, charcoal', price: 120 },
  ],
  pt: [
    { item: 'jogo de pratos de cerâmica (4 peças)', price: 219 },
    { item: 'vaso de barro pintado à mão', price: 145, final: true },
    { item: 'creme de mãos artesanal 200 ml', price: 59, opened: 'tampa aberta, usado uma vez' },
    { item: 'almofada de linho bordada', price: 98 },
  ],
  de: [
    { item: 'Leinen-Geschirrtücher (2er-Set)', price: 29 },
    { item: 'Keramikvase „Dünen", groß', price: 74, final: true },
    { item: 'Naturkosmetik-Gesichtsöl 30 ml', price: 36, opened: 'Siegel gebrochen' },
    { item: 'Wolldecke aus Merino, anthrazit', price: 139 },
  ],
  zh: [
    { item: '手工陶瓷茶杯（两只装）', price: 168 },
    { item: '亚麻桌旗 200 cm', price: 129, final: true },
    { item: '手工香皂礼盒', price: 88, opened: '包装已拆开，用过一块' },
    { item: '羊毛围巾，燕麦色', price: 299 },
  ],
};

const srReturnDesk: Family = {
  id: 'wg-sr-return-desk',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The till assistant turns one return request into refund, store credit or refusal straight from the posted policy; nothing from other customers matters.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'de', 'zh'], i);
    const shop = t(lang, { en: rng.pick(['Hearth & Loom', 'The Linen Cupboard']), pt: rng.pick(['Casa Maré', 'Ateliê Jacarandá']), de: rng.pick(['Wohnkram Bremen', 'Hausgemacht & Co.']), zh: rng.pick(['拾物小铺', '慢生活杂货']) });
    const cur = t(lang, { en: '$', pt: 'R$', de: '€', zh: '¥' });
    const policy = t(lang, {
      en: `You run the returns screen at the till of ${shop}. Policy: within 30 days with receipt → refund to the original payment. 31-60 days, or no receipt → store credit for the price paid. Items marked FINAL SALE → no return. Opened cosmetics or candles that have been used → no return. Over 60 days → no return. Call exactly one tool.`,
      pt: `Você cuida da tela de devoluções no caixa da ${shop}. Política: até 30 dias com nota fiscal → reembolso no meio de pagamento original. De 31 a 60 dias, ou sem nota → vale-compras no valor pago. Itens de LIQUIDAÇÃO FINAL → sem devolução. Cosméticos abertos ou usados → sem devolução. Mais de 60 dias → sem devolução. Chame exatamente uma ferramenta.`,
      de: `Du bedienst die Rückgabe-Maske an der Kasse von ${shop}. Regeln: bis 30 Tage mit Kassenbon → Erstattung aufs ursprüngliche Zahlungsmittel. 31–60 Tage oder ohne Bon → Gutschein über den gezahlten Betrag. Ware mit „Endpreis – kein Umtausch" → keine Rücknahme. Geöffnete oder benutzte Kosmetik → keine Rücknahme. Über 60 Tage → keine Rücknahme. Rufe genau ein Tool auf.`,
      zh: `你负责${shop}收银台的退货界面。规定：30天内且有小票 → 原路退款。31–60天，或没有小票 → 按实付金额发店铺代金券。标有"清仓不退换"的商品 → 不退。已拆封或用过的护肤品、香皂、蜡烛 → 不退。超过60天 → 不退。只调用一个工具。`,
    });
    const c = rng.pick(RETURN_ITEMS[lang]!);
    const today = rng.int(120, 300);
    const age = rng.pick([4, 12, 27, 38, 55, 71]);
    const receipt = rng.chance(0.6);
    const ref = `${t(lang, { en: 'R', pt: 'NF', de: 'B', zh: 'XS' })}-${rng.int(10000, 99999)}`;
    const extra = [c.final ? t(lang, { en: 'tag says FINAL SALE', pt: 'etiqueta LIQUIDAÇÃO FINAL', de: 'Etikett: Endpreis – kein Umtausch', zh: '吊牌写着清仓不退换' }) : '', c.opened ?? ''].filter(Boolean).join('; ');
    const line = t(lang, {
      en: `customer at the counter. ref ${ref}. ${c.item}, paid ${cur}${c.price}. bought ${dateOf(lang, today - age)}, today is ${dateOf(lang, today)}. receipt: ${receipt ? 'yes' : 'no, paid by card though'}${extra ? `. ${extra}` : ''}`,
      pt: `cliente no balcão. ref ${ref}. ${c.item}, pagou ${cur} ${c.price},00. comprou em ${dateOf(lang, today - age)}, hoje é ${dateOf(lang, today)}; nota fiscal: ${receipt ? 'sim' : 'não trouxe'}${extra ? `. ${extra}` : ''}`,
      de: `Kundin an der Kasse, Vorgang ${ref}. ${c.item}, bezahlt ${c.price},00 ${cur}. Gekauft am ${dateOf(lang, today - age)}, heute ist der ${dateOf(lang, today)}. Bon: ${receipt ? 'ja' : 'nein'}${extra ? `. ${extra}` : ''}`,
      zh: `柜台有顾客退货，单号${ref}。${c.item}，实付${cur}${c.price}。购买日期${dateOf(lang, today - age)}，今天${dateOf(lang, today)}。小票：${receipt ? '有' : '没有'}${extra ? `。${extra}` : ''}`,
    });
    return {
      lang,
      messages: [sys(policy), user(line)],
      tools: [
        tool('approve_refund', 'Refund to the original payment method.', { order_ref: str, amount: num }),
        tool('issue_store_credit', 'Give store credit instead of money back.', { order_ref: str, amount: num }),
        tool('decline_return', 'Refuse the return and show the reason on the till screen.', { order_ref: str, reason: str }),
      ],
      tool_choice: 'required',
    };
  },
};

const srInvoiceLate: Family = {
  id: 'wg-sr-invoice-late',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 4,
  rationale: 'Whether one invoice is overdue follows from its issue date, payment terms and today\'s date in the same message, a yes/no with nothing carried over.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'es', 'ja'], i);
    const issued = rng.int(20, 250);
    const terms = rng.pick([14, 30, 45, 60]);
    const today = issued + terms + rng.pick([-9, -3, 2, 6, 19]);
    const client = t(lang, {
      en: rng.pick(['Oakline Dental', 'Moss & Fern Florists', 'Kestrel Brewing']),
      fr: rng.pick(['Boulangerie Vasseur', 'Studio Oblique', 'Cave du Marché']),
      es: rng.pick(['Bodegas Ruiz', 'Clínica Dental Sonrisa', 'Hostal La Parra']),
      ja: rng.pick(['株式会社ミドリ商店', '喫茶ひだまり', '山田建築設計']),
    });
    const no = `${rng.int(2023, 2024)}-${pad(rng.int(1, 60), 3)}`;
    const amount = rng.int(3, 48) * 50;
    const rows = t(lang, {
      en: `INV ${no} | ${client} | logo refresh + social templates | $${amount} | sent ${dateOf(lang, issued)} | net ${terms} | paid: —\n\ntoday's ${dateOf(lang, today)}. is this one late? yes or no`,
      fr: `Facture ${no} | ${client} | refonte identité visuelle | ${amount} € HT | envoyée le ${dateOf(lang, issued)} | paiement à ${terms} jours | réglée : non\n\nOn est le ${dateOf(lang, today)}. Elle est en retard ? Oui ou non.`,
      es: `Factura ${no} · ${client} · fotos para la carta + redes · ${amount} € · emitida el ${dateOf(lang, issued)} · vencimiento a ${terms} días · cobrada: no\n\nHoy es ${dateOf(lang, today)}. ¿Está vencida? Solo sí o no.`,
      ja: `請求書 ${no}｜${client}｜イラスト制作一式｜¥${(amount * 150).toLocaleString('en-US')}｜発行日 ${dateOf(lang, issued)}｜支払期限 発行から${terms}日｜入金：なし\n\n今日は${dateOf(lang, today)}です。これは支払い遅れですか？はい か いいえ で。`,
    });
    if (i % 2 === 1) {
      const act = t(lang, {
        en: '\n\nif it is, send the usual reminder. if not, leave it.',
        fr: "\n\nSi oui, envoie la relance habituelle. Sinon, on n'y touche pas.",
        es: '\n\nSi lo está, manda el recordatorio de siempre; si no, déjala.',
        ja: '\n\n遅れていたらいつもの催促メールを送って、そうでなければそのままで。',
      });
      return {
        lang,
        messages: [user(rows + act)],
        tools: [
          tool('send_payment_reminder', 'Email the client the standard payment reminder for an invoice.', { invoice_no: str, client: str }),
          tool('leave_invoice', 'Do nothing with this invoice for now.', { invoice_no: str }),
        ],
        tool_choice: 'required',
        temperature: 0,
      };
    }
    return { lang, messages: [user(rows)], max_tokens: rng.pick([2, 3, 5]), temperature: 0 };
  },
};

interface BenchOrder { text: string; bench: 'ENGRAVE' | 'SEW' | 'KILN' | 'PRINT' | 'ASK' }
const BENCH_ORDERS: Partial<Record<Lang, BenchOrder[]>> = {
  en: [
    { text: 'Order #4471 – oak cutting board, add "The Millers est. 2019" on the back please', bench: 'ENGRAVE' },
    { text: 'Order #4472 – 2x canvas tote, navy, with the little lemon patch', bench: 'SEW' },
    { text: 'Order #4473 – speckled mug, 350ml, set of 4', bench: 'KILN' },
    { text: 'Order #4474 – A3 print "Cliffs at Dusk", unframed', bench: 'PRINT' },
    { text: 'Order #4475 – hi can I get the thing from your story yesterday? the blue one', bench: 'ASK' },
    { text: 'Order #4476 – brass keyring with initials J.K.', bench: 'ENGRAVE' },
    { text: 'Order #4477 – 10 wedding place cards, kraft paper, names attached as a list', bench: 'PRINT' },
  ],
  de: [
    { text: 'Bestellung 2208 – Frühstücksbrett Buche mit Gravur „Oma Hilde"', bench: 'ENGRAVE' },
    { text: 'Bestellung 2209 – Kissenbezug Leinen 40x40 mit Monogramm gestickt', bench: 'SEW' },
    { text: 'Bestellung 2210 – zwei Müslischalen, Glasur Fjordblau', bench: 'KILN' },
    { text: 'Bestellung 2211 – Poster „Hamburger Hafen" 50x70', bench: 'PRINT' },
    { text: 'Bestellung 2212 – „wie besprochen am Telefon", sonst nichts im Text', bench: 'ASK' },
    { text: 'Bestellung 2213 – Postkarten-Set Wildblumen, 12 Stück', bench: 'PRINT' },
    { text: 'Bestellung 2214 – Teller mit Kinderhand-Abdruck, Geschenk zum Muttertag', bench: 'KILN' },
  ],
  es: [
    { text: 'Pedido 981 – tabla de cortar de nogal con "Casa Beltrán" grabado', bench: 'ENGRAVE' },
    { text: 'Pedido 982 – delantal de lino mostaza con bolsillo bordado', bench: 'SEW' },
    { text: 'Pedido 983 – juego de 6 tazas de gres esmalte blanco roto', bench: 'KILN' },
    { text: 'Pedido 984 – lámina A4 "Azulejos de Lisboa"', bench: 'PRINT' },
    { text: 'Pedido 985 – lo mismo que la otra vez pero en verde', bench: 'ASK' },
    { text: 'Pedido 986 – bolsa de tela con el nombre "Lucía" bordado', bench: 'SEW' },
    { text: 'Pedido 987 – llavero de madera con fecha 14.02.2020', bench: 'ENGRAVE' },
  ],
  zh: [
    { text: '订单 6631 – 胡桃木杯垫4个，刻字"平安喜乐"', bench: 'ENGRAVE' },
    { text: '订单 6632 – 帆布包，绣一只橘猫', bench: 'SEW' },
    { text: '订单 6633 – 手捏陶瓷小碟，釉色青瓷，2个', bench: 'KILN' },
    { text: '订单 6634 – A3 插画海报《山间小屋》', bench: 'PRINT' },
    { text: '订单 6635 – 就要你们直播里那个', bench: 'ASK' },
    { text: '订单 6636 – 婚礼请柬30份，米白色', bench: 'PRINT' },
    { text: '订单 6637 – 刺绣名字的婴儿口水巾', bench: 'SEW' },
  ],
};

const srCraftBench: Family = {
  id: 'wg-sr-craft-bench',
  label: 'simple_reflex',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  variants: 5,
  rationale: 'Each shop order in the chat goes to a workbench from its own wording; the earlier turns are finished, unrelated orders, though the long history can look like something to carry forward.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'zh', 'en'], i);
    const prompt = t(lang, {
      en: 'Orders from the shop inbox come in one by one. Answer with the workbench only: ENGRAVE, SEW, KILN or PRINT. If the order does not say what product it is, answer ASK.',
      de: 'Die Bestellungen aus dem Shop kommen einzeln rein. Antworte nur mit der Werkbank: ENGRAVE, SEW, KILN oder PRINT. Wenn nicht klar ist, welches Produkt gemeint ist: ASK.',
      es: 'Los pedidos de la tienda llegan uno a uno. Contesta solo con la mesa de trabajo: ENGRAVE, SEW, KILN o PRINT. Si el pedido no dice qué producto es, contesta ASK.',
      zh: '网店的订单一条一条发过来。每条只回复工作台：ENGRAVE、SEW、KILN 或 PRINT。如果订单没写清楚是什么产品，回复 ASK。',
    });
    const pool = BENCH_ORDERS[lang]!;
    const n = rng.int(2, 5);
    let picked = rng.sample(pool, n + 1);
    if (i === 4) picked = [...picked.slice(0, n), ...pool.filter((o) => o.bench !== 'ASK' && !picked.slice(0, n).includes(o)).slice(0, 1)];
    const messages: Msgs = [sys(prompt)];
    for (const o of picked.slice(0, n)) messages.push(user(o.text), say(o.bench));
    messages.push(user(picked[n]!.text));
    return { lang, messages, max_tokens: 4, temperature: 0 };
  },
};

interface AllergenCase { lang: Lang; dish: string; card: string; asks: string[] }
const ALLERGEN_CASES: AllergenCase[] = [
  {
    lang: 'ja',
    dish: '鶏の照り焼き丼',
    card: '鶏の照り焼き丼：鶏もも肉、醤油（小麦・大豆を含む）、みりん、砂糖、白ごま、刻みのり、ご飯。揚げ油は共用（えび天と同じフライヤー）。',
    asks: ['ごま', '小麦', 'えび', '卵'],
  },
  {
    lang: 'en',
    dish: 'roast squash salad',
    card: 'Roast squash salad: butternut squash, rocket, feta (sheep milk), toasted pumpkin seeds, pomegranate, honey-mustard dressing (mustard, honey, olive oil, cider vinegar). Croutons on the side (wheat). Made on the same board as the walnut pesto.',
    asks: ['tree nuts', 'dairy', 'mustard', 'gluten', 'sesame'],
  },
  {
    lang: 'zh',
    dish: '酸菜鱼',
    card: '酸菜鱼：草鱼片、自制酸菜、泡椒、花椒、蛋清上浆、红薯淀粉、菜籽油。汤底里加了少量花生酱提香。',
    asks: ['鸡蛋', '花生', '小麦', '甲壳类'],
  },
  {
    lang: 'es',
    dish: 'croquetas de jamón',
    card: 'Croquetas de jamón: bechamel (leche entera, mantequilla, harina de trigo), jamón ibérico, huevo y pan rallado para el rebozado, fritas en aceite de girasol. La freidora es solo para croquetas y patatas.',
    asks: ['lactosa', 'gluten', 'huevo', 'frutos secos', 'marisco'],
  },
];

const srAllergenPlate: Family = {
  id: 'wg-sr-allergen-plate',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A waiter asks whether one dish is safe for one allergy; the answer comes straight from the dish card in the same message.',
  make: (rng, i) => {
    const c = ALLERGEN_CASES[i % ALLERGEN_CASES.length]!;
    const lang = c.lang;
    const allergy = rng.pick(c.asks);
    const table = rng.int(2, 24);
    const q = t(lang, {
      en: `table ${table}, guest says she's allergic to ${allergy}. can she have the ${c.dish}?\n\nkitchen card:\n${c.card}`,
      ja: `${table}番テーブルのお客様が${allergy}アレルギーだそうです。${c.dish}は出して大丈夫ですか？\n\n厨房のカード：\n${c.card}`,
      zh: `${table}号桌客人说对${allergy}过敏，${c.dish}能上吗？\n\n后厨配料卡：\n${c.card}`,
      es: `Mesa ${table}: el cliente dice que es alérgico ${({ lactosa: 'a la lactosa', gluten: 'al gluten', huevo: 'al huevo', 'frutos secos': 'a los frutos secos', marisco: 'al marisco' } as Record<string, string>)[allergy] ?? `a ${allergy}`}. ¿Puede tomar las ${c.dish}?\n\nFicha de cocina:\n${c.card}`,
    });
    return {
      lang,
      messages: [user(q)],
      response_format: jsonSchema('allergen_check', { safe: oneOf('yes', 'no', 'ask_kitchen'), reason: str }),
      max_tokens: 80,
    };
  },
};

const simpleReflex: Family[] = [srReviewPile, srReturnDesk, srInvoiceLate, srCraftBench, srAllergenPlate];

// ---------------------------------------------------------------------------------------------
// model_based_reflex
// ---------------------------------------------------------------------------------------------

interface BakeryText {
  products: string[];
  who: string;
  acks: string[];
  open: (list: string) => string;
  sold: (n: number, p: string) => string;
  baked: (n: number, p: string) => string;
  reserve: (n: number, p: string) => string;
  pickup: string;
  waste: (n: number, p: string) => string;
  final: (n: number, p: string) => string;
}
const BAKERY: Partial<Record<Lang, BakeryText>> = {
  en: {
    products: ['croissants', 'pain au chocolat', 'sourdough loaves', 'cinnamon buns'],
    who: 'Mia',
    acks: ['ok', 'ok 👍', 'got it'],
    open: (l) => `morning! counts at opening: ${l}. I'll message you as stuff happens, just say ok`,
    sold: (n, p) => `sold ${n} ${p}`,
    baked: (n, p) => `${n} ${p} just out of the oven, on the shelf`,
    reserve: (n, p) => `Mia set aside ${n} ${p} for the café order, they stay on the shelf but they're NOT for sale`,
    pickup: 'café order collected',
    waste: (n, p) => `dropped ${n} ${p} 🙄 binned`,
    final: (n, p) => `someone's asking for ${n} ${p}. what can I actually sell right now, of everything?`,
  },
  fr: {
    products: ['croissants', 'pains au chocolat', 'baguettes tradition', 'chaussons aux pommes'],
    who: 'Chloé',
    acks: ['ok', 'ok 👌', 'reçu'],
    open: (l) => `Bonjour ! À l'ouverture : ${l}. Je t'envoie les mouvements au fil de la matinée, réponds juste ok.`,
    sold: (n, p) => `vendu ${n} ${p}`,
    baked: (n, p) => `fournée de ${n} ${p} sortie du four`,
    reserve: (n, p) => `Chloé a mis de côté ${n} ${p} pour la commande du traiteur, ils restent en vitrine mais pas à vendre`,
    pickup: 'le traiteur est passé prendre sa commande',
    waste: (n, p) => `${n} ${p} brûlés, à la poubelle`,
    final: (n, p) => `Une cliente veut ${n} ${p}. Il me reste combien de chaque à vendre, là maintenant ?`,
  },
  de: {
    products: ['Brezeln', 'Croissants', 'Roggenbrote', 'Zimtschnecken'],
    who: 'Jana',
    acks: ['ok', 'ok 👍', 'alles klar'],
    open: (l) => `Moin! Bei Ladenöffnung: ${l}. Ich schreib dir zwischendurch, was passiert, sag einfach ok.`,
    sold: (n, p) => `${n} ${p} verkauft`,
    baked: (n, p) => `${n} ${p} frisch aus dem Ofen, liegen in der Theke`,
    reserve: (n, p) => `Jana hat ${n} ${p} für die Kita-Bestellung zurückgelegt – liegen noch in der Theke, aber nicht verkaufen`,
    pickup: 'Kita-Bestellung ist abgeholt',
    waste: (n, p) => `${n} ${p} runtergefallen, weg damit`,
    final: (n, p) => `Kunde will ${n} ${p}. Was kann ich jetzt von allem noch verkaufen?`,
  },
  pt: {
    products: ['pães de queijo', 'pastéis de nata', 'broas', 'croissants'],
    who: 'Bia',
    acks: ['ok', 'beleza', 'ok 👍'],
    open: (l) => `Bom dia! Contagem na abertura: ${l}. Vou te mandando o que acontece, responde só ok.`,
    sold: (n, p) => `vendi ${n} ${p}`,
    baked: (n, p) => `saíram ${n} ${p} do forno`,
    reserve: (n, p) => `a Bia separou ${n} ${p} pra encomenda do escritório, ficam na vitrine mas não são pra vender`,
    pickup: 'buscaram a encomenda do escritório',
    waste: (n, p) => `queimaram ${n} ${p}, joguei fora`,
    final: (n, p) => `tem um cliente querendo ${n} ${p}. quanto ainda posso vender de cada coisa agora?`,
  },
};

const mbBakeryCounter: Family = {
  id: 'wg-mb-bakery-counter',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The sellable count of each item exists only as the running sum of the opening numbers, sales, bakes, set-asides and losses texted over the morning, and the last turn asks for it.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'de', 'pt'], i);
    const b = BAKERY[lang]!;
    const counts = b.products.map(() => rng.int(8, 30));
    let reserved: { p: number; n: number } | null = null;
    let reservedOnce = false;
    const messages: Msgs = [user(b.open(b.products.map((p, k) => `${p} ${counts[k]}`).join(', '))), say(rng.pick(b.acks))];
    const events = rng.int(6, 10);
    let guard = 0;
    for (let e = 0; e < events && guard++ < 60; e++) {
      const avail = (k: number): number => counts[k]! - (reserved && reserved.p === k ? reserved.n : 0);
      const roll = rng.next();
      let text: string;
      if (!reservedOnce && e >= 1 && roll < 0.2) {
        const k = rng.int(0, counts.length - 1);
        const n = Math.min(avail(k), rng.int(4, 8));
        if (n <= 0) { e--; continue; }
        reserved = { p: k, n };
        reservedOnce = true;
        text = b.reserve(n, b.products[k]!);
      } else if (reserved && roll < 0.35) {
        counts[reserved.p] = counts[reserved.p]! - reserved.n;
        reserved = null;
        text = b.pickup;
      } else if (roll < 0.5) {
        const k = rng.int(0, counts.length - 1);
        const n = rng.pick([6, 12, 12, 18]);
        counts[k] = counts[k]! + n;
        text = b.baked(n, b.products[k]!);
      } else if (roll < 0.6) {
        const k = rng.int(0, counts.length - 1);
        const n = Math.min(avail(k), rng.int(1, 3));
        if (n <= 0) { e--; continue; }
        counts[k] = counts[k]! - n;
        text = b.waste(n, b.products[k]!);
      } else {
        const k = rng.int(0, counts.length - 1);
        const n = Math.min(avail(k), rng.int(1, 7));
        if (n <= 0) { e--; continue; }
        counts[k] = counts[k]! - n;
        text = b.sold(n, b.products[k]!);
      }
      messages.push(user(text), say(rng.pick(b.acks)));
    }
    messages.push(user(b.final(rng.int(4, 12), rng.pick(b.products))));
    return { lang, messages, temperature: 0 };
  },
};

interface RsvpText {
  guests: string[];
  event: string[];
  open: (event: string, names: string) => string;
  yes: (g: string, plus: boolean, veg: boolean) => string;
  no: (g: string) => string;
  flipNo: (g: string) => string;
  flipYes: (g: string) => string;
  batch: string;
  summary: (people: number, declined: number, waiting: string[]) => string;
  final: string;
}
const RSVP: Partial<Record<Lang, RsvpText>> = {
  en: {
    guests: ['Priya', 'Tom & Jess', 'Uncle Ray', 'Dana', 'Marcus', 'the Okafors', 'Lena', 'Sam B.', 'Grandma June', 'Hugo', 'Aisha', 'Ben'],
    event: ["Nina's 40th at the boathouse", 'the studio 10-year party', "Claire & Dev's engagement dinner"],
    open: (e, n) => `I'm doing RSVPs for ${e}. invite list: ${n}. I'll paste replies as they come, keep a running count for me (people incl. plus-ones, veggies).`,
    yes: (g, p, v) => `${g}: "Yes!! wouldn't miss it${p ? ', bringing my other half' : ''}${v ? '. vegetarian please' : ''}"`,
    no: (g) => `${g}: "So sorry, we're away that weekend 😢"`,
    flipNo: (g) => `${g}: "ugh, change of plans, can't come after all, work thing"`,
    flipYes: (g) => `${g}: "good news, trip got cancelled so we CAN come after all!"`,
    batch: 'more replies:',
    summary: (p, d, w) => `So far: ${p} people coming, ${d} declined. Still waiting on ${w.join(', ') || 'nobody'}.`,
    final: 'ok where are we now?',
  },
  es: {
    guests: ['Lucía', 'Javi y Marta', 'tío Paco', 'Inés', 'Rodrigo', 'los Ferrer', 'Carmen', 'Álvaro', 'abuela Rosa', 'Nacho', 'Elena', 'Bea'],
    event: ['la boda de Irene y Dani', 'la cena de Navidad de la agencia', 'los 50 de mi madre en la finca'],
    open: (e, n) => `Estoy llevando las confirmaciones de ${e}. Invitados: ${n}. Te voy pegando las respuestas según llegan; ve llevando la cuenta (personas con acompañantes y vegetarianos).`,
    yes: (g, p, v) => `${g}: «¡Claro que sí!${p ? ' Voy con mi pareja.' : ''}${v ? ' Soy vegetariano/a, ojo.' : ''}»`,
    no: (g) => `${g}: «Qué pena, ese fin de semana estamos fuera.»`,
    flipNo: (g) => `${g}: «Al final no puedo ir, me ha salido un viaje de trabajo, lo siento.»`,
    flipYes: (g) => `${g}: «¡Se nos ha caído el viaje, así que al final SÍ vamos!»`,
    batch: 'Más respuestas:',
    summary: (p, d, w) => `Por ahora: ${p} personas confirmadas, ${d} no vienen. Falta saber de ${w.join(', ') || 'nadie'}.`,
    final: '¿Cómo vamos ahora?',
  },
  pt: {
    guests: ['Mariana', 'Rafa e Júlia', 'tio Zé', 'Camila', 'Diego', 'os Nogueira', 'Patrícia', 'Thiago', 'vó Lurdes', 'Bruno', 'Lívia', 'Caio'],
    event: ['o chá de casa nova da Fernanda', 'a festa de fim de ano do estúdio', 'o casamento do Pedro e da Ana'],
    open: (e, n) => `Tô cuidando das confirmações para ${e}. Convidados: ${n}. Vou colando as respostas conforme chegam, vai somando pra mim (pessoas com acompanhantes e vegetarianos).`,
    yes: (g, p, v) => `${g}: "Vou sim!!${p ? ' Levo meu namorado.' : ''}${v ? ' Sou vegetariana, tá?' : ''}"`,
    no: (g) => `${g}: "Poxa, nesse fim de semana vou estar viajando."`,
    flipNo: (g) => `${g}: "Gente, mudou tudo, não vou conseguir ir, desculpa."`,
    flipYes: (g) => `${g}: "Cancelaram minha viagem, então vou sim!"`,
    batch: 'Mais respostas:',
    summary: (p, d, w) => `Até agora: ${p} pessoas confirmadas, ${d} não vão. Faltam ${w.join(', ') || 'ninguém'}.`,
    final: 'E agora, como está?',
  },
  fr: {
    guests: ['Camille', 'Julien et Sarah', 'tonton Gérard', 'Inès', 'Mathis', 'les Lefèvre', 'Chloé', 'Hugo', 'mamie Odette', 'Léa', 'Karim', 'Zoé'],
    event: ['le vernissage de la galerie', 'le mariage de Manon et Yanis', 'les 30 ans de la boutique'],
    open: (e, n) => `Je gère les réponses pour ${e}. Liste des invités : ${n}. Je te colle les réponses au fur et à mesure, fais le compte (personnes avec accompagnants, végétariens).`,
    yes: (g, p, v) => `${g} : « Avec plaisir !${p ? ' Je viens avec mon conjoint.' : ''}${v ? ' Végétarien(ne), merci.' : ''} »`,
    no: (g) => `${g} : « Désolé, on sera en vacances ce week-end-là. »`,
    flipNo: (g) => `${g} : « Finalement je ne pourrai pas venir, déplacement pro, désolé. »`,
    flipYes: (g) => `${g} : « Bonne nouvelle, notre voyage est annulé, on vient finalement ! »`,
    batch: 'Nouvelles réponses :',
    summary: (p, d, w) => `Pour l'instant : ${p} personnes, ${d} refus. On attend encore ${w.join(', ') || 'personne'}.`,
    final: 'On en est où maintenant ?',
  },
};

const mbRsvpThread: Family = {
  id: 'wg-mb-rsvp-thread',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Replies, plus-ones and changed answers arrive in batches and the headcount is the accumulated result of all of them, which the final turn asks for.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'fr'], i);
    const r = RSVP[lang]!;
    const guests = rng.sample(r.guests, rng.int(8, 11));
    const status = new Map<string, { yes: boolean; people: number; veg: number } | null>(guests.map((g) => [g, null]));
    const opening = r.open(rng.pick(r.event), guests.join(', '));
    const messages: Msgs = [];
    const batches = rng.int(3, 4);
    const order = rng.sample(guests, guests.length);
    let cursor = 0;
    const tally = () => {
      let people = 0;
      let declined = 0;
      for (const s of status.values()) {
        if (!s) continue;
        if (s.yes) people += s.people;
        else declined++;
      }
      return { people, declined, waiting: guests.filter((g) => !status.get(g)) };
    };
    for (let bIdx = 0; bIdx < batches; bIdx++) {
      const lines: string[] = [];
      const fresh: string[] = [];
      const size = rng.int(2, 3);
      for (let k = 0; k < size && cursor < order.length - 2; k++) {
        const g = order[cursor++]!;
        fresh.push(g);
        if (rng.chance(0.72)) {
          const plus = rng.chance(0.35);
          const veg = rng.chance(0.3);
          status.set(g, { yes: true, people: plus ? 2 : 1, veg: veg ? 1 : 0 });
          lines.push(r.yes(g, plus, veg));
        } else {
          status.set(g, { yes: false, people: 0, veg: 0 });
          lines.push(r.no(g));
        }
      }
      if (bIdx > 0) {
        const answered = guests.filter((g) => status.get(g) && !fresh.includes(g));
        const g = rng.pick(answered);
        const s = status.get(g)!;
        if (s.yes) {
          status.set(g, { yes: false, people: 0, veg: 0 });
          lines.push(r.flipNo(g));
        } else {
          status.set(g, { yes: true, people: 1, veg: 0 });
          lines.push(r.flipYes(g));
        }
      }
      messages.push(user(`${bIdx === 0 ? `${opening}\n\n` : `${r.batch}\n`}${lines.join('\n')}${bIdx === batches - 1 ? `\n\n${r.final}` : ''}`));
      if (bIdx < batches - 1) {
        const s = tally();
        messages.push(say(r.summary(s.people, s.declined, s.waiting)));
      }
    }
    return {
      lang,
      messages,
      response_format: jsonSchema('rsvp_count', { people_coming: int, declined: int, vegetarian: int, no_reply_yet: list(str) }),
    };
  },
};

interface ShelfCase { lang: Lang; shop: string; sku: string; item: string; min: number }
const SHELF_CASES: ShelfCase[] = [
  { lang: 'en', shop: 'Ink & Quill stationers', sku: 'NB-A5-DOT', item: 'A5 dotted notebooks', min: 15 },
  { lang: 'de', shop: 'Grünzeug Pflanzenladen', sku: 'ERDE-20L', item: 'Bio-Blumenerde 20 l', min: 12 },
  { lang: 'es', shop: 'Ferretería Goya', sku: 'TORN-4x40', item: 'cajas de tornillos 4x40', min: 20 },
  { lang: 'ja', shop: '雑貨店てしごと舎', sku: 'TEN-MG-01', item: '手ぬぐい（麻の葉柄）', min: 10 },
];

const mbShelfTools: Family = {
  id: 'wg-mb-shelf-tools',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The scanner only sees the front row, so the real shelf count has to be rebuilt from the last full count, till sales, deliveries and the owner\'s side notes before the reorder yes/no can be given.',
  make: (rng, i) => {
    const c = SHELF_CASES[i % SHELF_CASES.length]!;
    const lang = c.lang;
    const base = rng.int(30, 60);
    const sold = rng.int(12, base - 5);
    const returns = rng.int(0, 3);
    const delivered = rng.pick([0, 12, 24]);
    const damaged = delivered ? rng.int(1, 5) : 0;
    const moved = rng.int(2, 6);
    const system = t(lang, {
      en: `You help run the stockroom of ${c.shop}. The shelf scanner only reads the front row, so anything behind it is invisible to it. Sales come from the till, deliveries from the delivery log. Minimum shelf stock for ${c.sku} is ${c.min}.`,
      de: `Du hilfst im Lager von ${c.shop}. Der Regalscanner sieht nur die vorderste Reihe, alles dahinter erfasst er nicht. Verkäufe kommen aus der Kasse, Lieferungen aus dem Lieferbuch. Mindestbestand im Regal für ${c.sku}: ${c.min}.`,
      es: `Ayudas con el almacén de ${c.shop}. El escáner de estantería solo lee la primera fila; lo de detrás no lo ve. Las ventas salen de la caja y las entregas del registro de albaranes. Mínimo en estantería para ${c.sku}: ${c.min}.`,
      ja: `${c.shop}の在庫管理を手伝います。棚スキャナーは最前列しか読めず、奥の商品は見えません。販売数はレジ、入荷は納品記録から取得します。${c.sku}の棚の最低在庫は${c.min}です。`,
    });
    const ask = t(lang, {
      en: `do we need to reorder the ${c.item}? shelf looks thin to me`,
      de: `Müssen wir ${c.item} nachbestellen? Das Regal sieht ziemlich leer aus`,
      es: `¿Hay que pedir más ${c.item}? La estantería se ve medio vacía`,
      ja: `${c.item}、追加発注したほうがいい？棚が少なく見えるんだけど`,
    });
    const messages: Msgs = [sys(system), user(ask)];
    exchange(rng, messages, 'shelf_scan', { sku: c.sku }, { sku: c.sku, front_row_visible: rng.int(3, 7), behind_front_row: 'not readable', last_full_count: { qty: base, when: 'Monday 08:45' } });
    exchange(rng, messages, 'get_till_sales', { sku: c.sku, since: 'Monday 08:45' }, { units_sold: sold, units_returned_to_shelf: returns });
    exchange(rng, messages, 'get_deliveries', { sku: c.sku, since: 'Monday 08:45' },
      delivered ? [{ qty: delivered, received: 'Wednesday', note: `${damaged} damaged, kept in back room` }] : []);
    messages.push(say(t(lang, {
      en: 'Checking the numbers now. Anything else move that the till would not know about?',
      de: 'Ich rechne gerade nach. Ist sonst noch etwas bewegt worden, das die Kasse nicht kennt?',
      es: 'Estoy cuadrando los números. ¿Se ha movido algo más que la caja no sepa?',
      ja: '今数字を確認しています。レジに記録されない移動は他にありましたか？',
    })));
    messages.push(user(t(lang, {
      en: `oh yeah Leo took ${moved} for the window display yesterday, they're not on the shelf anymore. so how many are really there and do we reorder?`,
      de: `Ach ja, Leo hat gestern ${moved} Stück fürs Schaufenster genommen, die sind nicht mehr im Regal. Also wie viele sind wirklich da und bestellen wir nach?`,
      es: `Ah sí, ayer Leo se llevó ${moved} para el escaparate, ya no están en la estantería. ¿Cuántos hay de verdad y pedimos o no?`,
      ja: `そういえば昨日レオがウィンドウ用に${moved}個持っていったので、それは棚にはありません。実際いくつあって、発注する？`,
    })));
    return {
      lang,
      messages,
      tools: [
        tool('shelf_scan', 'Scan the shelf for a SKU.', { sku: str }),
        tool('get_till_sales', 'Units sold at the till since a time.', { sku: str, since: str }),
        tool('get_deliveries', 'Deliveries booked in since a time.', { sku: str, since: str }),
        tool('place_order', 'Order more units from the supplier.', { sku: str, qty: int }),
      ],
    };
  },
};

interface HouseText {
  people: [string, string][];
  acks: string[];
  arrive: (tm: string, long: string) => string;
  up: (tm: string, s: string) => string;
  down: (tm: string, s: string) => string;
  garden: (tm: string, s: string) => string;
  left: (tm: string, s: string) => string;
  unseen: (tm: string) => string;
  open: (addr: string) => string;
  final: (tm: string, end: string) => string;
  addr: string[];
}
const HOUSE: Partial<Record<Lang, HouseText>> = {
  en: {
    people: [['young couple, grey coat + red scarf', 'the couple'], ['man with a small dog', 'dog guy'], ['older lady with a clipboard', 'clipboard lady'], ['two guys, one in a cap', 'the two guys'], ['woman with a pram', 'pram lady']],
    acks: ['👍', 'ok', 'noted'],
    arrive: (tm, l) => `${tm} ${l} came in`,
    up: (tm, s) => `${tm} ${s} went upstairs to see the bedrooms`,
    down: (tm, s) => `${tm} ${s} back downstairs, in the kitchen`,
    garden: (tm, s) => `${tm} ${s} out in the back garden`,
    left: (tm, s) => `${tm} ${s} left, said thanks`,
    unseen: (tm) => `${tm} was on the phone with the seller, heard the front door, someone left but didn't see who`,
    open: (a) => `open house at ${a} starting. I'll text you who comes and goes, I can't watch every room`,
    final: (tm, e) => `${tm} I want to lock up upstairs and head off at ${e}. who's probably still in the house, and is upstairs empty?`,
    addr: ['14 Alder Rd', '3 Quarry Lane', 'Flat 2, 88 Marsh St'],
  },
  ja: {
    people: [['グレーのコートに赤いマフラーの若いカップル', 'カップル'], ['小型犬を連れた男性', '犬の男性'], ['クリップボードを持った年配の女性', 'クリップボードの女性'], ['男性二人組（一人は帽子）', '二人組'], ['ベビーカーの女性', 'ベビーカーの女性']],
    acks: ['了解です', 'はい', '👍'],
    arrive: (tm, l) => `${tm} ${l}が来場`,
    up: (tm, s) => `${tm} ${s}が2階の寝室を見に上がった`,
    down: (tm, s) => `${tm} ${s}が1階に戻ってキッチンにいる`,
    garden: (tm, s) => `${tm} ${s}が裏庭に出た`,
    left: (tm, s) => `${tm} ${s}がお礼を言って帰った`,
    unseen: (tm) => `${tm} 売主さんと電話中に玄関のドアの音がした。誰か帰ったけど、誰かは見ていない`,
    open: (a) => `${a}のオープンハウス始めます。出入りをLINEで送ります。全部屋は見ていられないので。`,
    final: (tm, e) => `${tm} ${e}に2階を施錠して出たいです。今まだ家にいそうなのは誰？2階は空いてる？`,
    addr: ['世田谷区桜丘3丁目の戸建て', '吉祥寺の中古一軒家', '藤沢市の二世帯住宅'],
  },
  zh: {
    people: [['穿灰大衣、戴红围巾的年轻情侣', '那对情侣'], ['牵小狗的男士', '遛狗的男士'], ['拿文件夹的阿姨', '文件夹阿姨'], ['两个男生，一个戴帽子', '两个男生'], ['推婴儿车的女士', '婴儿车女士']],
    acks: ['收到', '好的', '👍'],
    arrive: (tm, l) => `${tm} ${l}进来了`,
    up: (tm, s) => `${tm} ${s}上二楼看卧室了`,
    down: (tm, s) => `${tm} ${s}下楼了，在厨房`,
    garden: (tm, s) => `${tm} ${s}去后院了`,
    left: (tm, s) => `${tm} ${s}走了，说了谢谢`,
    unseen: (tm) => `${tm} 在跟业主打电话，听到大门响了，有人走了，没看到是谁`,
    open: (a) => `${a}开放看房开始了。我把进出的人发给你，我没法每个房间都盯着。`,
    final: (tm, e) => `${tm} 我想${e}锁上二楼然后走。现在大概还有谁在房子里？二楼有人吗？`,
    addr: ['滨江花园12栋的复式', '梧桐路老洋房', '翠湖湾联排别墅'],
  },
  de: {
    people: [['junges Paar, grauer Mantel + roter Schal', 'das Paar'], ['Mann mit kleinem Hund', 'der Hundemann'], ['ältere Dame mit Klemmbrett', 'die Klemmbrett-Dame'], ['zwei Männer, einer mit Cap', 'die zwei Männer'], ['Frau mit Kinderwagen', 'die Frau mit Kinderwagen']],
    acks: ['ok', '👍', 'alles klar'],
    arrive: (tm, l) => `${tm} ${l} reingekommen`,
    up: (tm, s) => `${tm} ${s} ist hoch zu den Schlafzimmern`,
    down: (tm, s) => `${tm} ${s} wieder unten in der Küche`,
    garden: (tm, s) => `${tm} ${s} im Garten hinterm Haus`,
    left: (tm, s) => `${tm} ${s} gegangen, hat sich bedankt`,
    unseen: (tm) => `${tm} war am Telefon mit dem Verkäufer, Haustür ging – jemand ist raus, hab nicht gesehen wer`,
    open: (a) => `Besichtigung ${a} geht los. Ich schreib dir, wer kommt und geht – ich kann nicht alle Räume im Blick haben.`,
    final: (tm, e) => `${tm} Ich will um ${e} oben abschließen und los. Wer ist wahrscheinlich noch im Haus, und ist oben leer?`,
    addr: ['Lindenweg 7', 'Am Mühlbach 22', 'Doppelhaushälfte Rosenstraße 3a'],
  },
};

const mbOpenHouse: Family = {
  id: 'wg-mb-open-house',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The agent only gets scattered sightings, including a departure it never saw, and must infer where visitors are now from the accumulated messages.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'zh', 'en', 'de'], i);
    const h = HOUSE[lang]!;
    const visitors = rng.sample(h.people, rng.int(3, 5));
    type Where = 'out' | 'ground' | 'up' | 'garden' | 'gone';
    const where = new Map<number, Where>(visitors.map((_, k) => [k, 'out']));
    let minute = 10 * 60 + rng.int(0, 5);
    const messages: Msgs = [user(h.open(rng.pick(h.addr))), say(rng.pick(h.acks))];
    let unseenDone = false;
    let hidden = -1;
    const events = rng.int(7, 11);
    for (let e = 0; e < events; e++) {
      minute += rng.int(1, 5);
      const tm = hhmm(minute);
      const inside = [...where.entries()].filter(([k, w]) => w !== 'out' && w !== 'gone' && k !== hidden).map(([k]) => k);
      const outside = [...where.entries()].filter(([, w]) => w === 'out').map(([k]) => k);
      let text: string;
      if (outside.length && (inside.length < 2 || rng.chance(0.3))) {
        const k = outside[0]!;
        where.set(k, 'ground');
        text = h.arrive(tm, visitors[k]![0]);
      } else if (!unseenDone && inside.length >= 2 && e >= 4) {
        hidden = rng.pick(inside);
        where.set(hidden, 'gone');
        unseenDone = true;
        text = h.unseen(tm);
      } else if (inside.length) {
        const k = rng.pick(inside);
        const w = where.get(k)!;
        const roll = rng.next();
        if (roll < 0.2 && inside.length > 1) {
          where.set(k, 'gone');
          text = h.left(tm, visitors[k]![1]);
        } else if (w === 'up') {
          where.set(k, 'ground');
          text = h.down(tm, visitors[k]![1]);
        } else if (roll < 0.65) {
          where.set(k, 'up');
          text = h.up(tm, visitors[k]![1]);
        } else {
          where.set(k, 'garden');
          text = h.garden(tm, visitors[k]![1]);
        }
      } else {
        break;
      }
      messages.push(user(text), say(rng.pick(h.acks)));
    }
    minute += rng.int(2, 6);
    messages.push(user(h.final(hhmm(minute), hhmm(minute + 15))));
    return {
      lang,
      messages,
      response_format: jsonSchema('who_is_inside', { likely_inside: list(str), not_sure: list(str), upstairs_empty: oneOf('yes', 'no', 'unknown') }),
    };
  },
};

interface PassText {
  dishes: string[];
  acks: string[];
  fire: (tb: number, items: string) => string;
  out: (tb: number, item: string) => string;
  e86: (item: string) => string;
  cancel: (tb: number, item: string) => string;
  warn: (item: string) => string;
  final: string;
  count: (n: number, d: string) => string;
  sys?: string;
}
const PASS: Partial<Record<Lang, PassText>> = {
  en: {
    dishes: ['risotto', 'steak', 'sea bass', 'soup', 'burger', 'gnocchi'],
    acks: ['heard', 'yes chef', 'heard 👍'],
    fire: (tb, it) => `T${tb} fire: ${it}`,
    out: (tb, it) => `T${tb} ${it} out`,
    e86: (it) => `86 ${it}`,
    cancel: (tb, it) => `T${tb} cancel the ${it}, they changed their mind`,
    warn: (it) => `heard, but ${it} is 86`,
    final: "what's still open on the line right now, by table?",
    count: (n, d) => `${n} ${d}`,
    sys: "You're on the pass with me tonight. I call tickets as they happen. Short answers.",
  },
  es: {
    dishes: ['arroz negro', 'pulpo', 'merluza', 'croquetas', 'solomillo', 'ensaladilla'],
    acks: ['oído', 'oído cocina', 'oído 👍'],
    fire: (tb, it) => `Mesa ${tb}, marchando: ${it}`,
    out: (tb, it) => `Mesa ${tb}: sale ${it}`,
    e86: (it) => `Se acabó ${it}`,
    cancel: (tb, it) => `Mesa ${tb} anula ${it}`,
    warn: (it) => `oído, pero ${it} ya no queda`,
    final: '¿Qué queda pendiente ahora mismo, mesa por mesa?',
    count: (n, d) => `${n} ${d}`,
  },
  fr: {
    dishes: ['magret', 'risotto', 'bar', 'velouté', 'tartare', 'gnocchis'],
    acks: ['oui chef', 'entendu', 'oui chef 👍'],
    fire: (tb, it) => `Table ${tb}, ça marche : ${it}`,
    out: (tb, it) => `Table ${tb} : ${it} envoyé`,
    e86: (it) => `Plus de ${it}`,
    cancel: (tb, it) => `Table ${tb} annule ${it}`,
    warn: (it) => `entendu, mais il n'y a plus de ${it}`,
    final: 'Il reste quoi en cours, là, table par table ?',
    count: (n, d) => `${n} ${d}`,
    sys: 'Tu es au passe avec moi ce soir. J\'annonce les bons au fur et à mesure. Réponses courtes.',
  },
  zh: {
    dishes: ['宫保鸡丁', '水煮鱼', '麻婆豆腐', '小炒肉', '蒜蓉菜心', '酸辣汤'],
    acks: ['收到', '好', '收到👌'],
    fire: (tb, it) => `${tb}号桌下单：${it}`,
    out: (tb, it) => `${tb}号桌${it}出了`,
    e86: (it) => `${it}沽清了`,
    cancel: (tb, it) => `${tb}号桌退掉${it}`,
    warn: (it) => `收到，不过${it}已经沽清了`,
    final: '现在每桌还有哪些菜没出？',
    count: (n, d) => `${d}×${n}`,
  },
};

const mbKitchenPass: Family = {
  id: 'wg-mb-kitchen-pass',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Which dishes are still owed to which table is known only from the running sequence of fired, sent, sold-out and cancelled calls, and the last turn asks for that picture.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'zh'], i);
    const p = PASS[lang]!;
    const open = new Map<number, Map<string, number>>();
    const gone = new Set<string>();
    const messages: Msgs = [];
    if (p.sys && rng.chance(0.6)) messages.push(sys(p.sys));
    const tables = rng.sample([2, 3, 4, 5, 7, 8, 9, 11, 12, 14, 15, 21], 6);
    let nextTable = 0;
    const events = rng.int(7, 11);
    for (let e = 0; e < events; e++) {
      const active = [...open.entries()].filter(([, m]) => m.size > 0);
      const roll = rng.next();
      let text: string;
      let ack = rng.pick(p.acks);
      if ((active.length < 2 || roll < 0.3) && nextTable < tables.length) {
        const tb = tables[nextTable++]!;
        const dishes = rng.sample(p.dishes, rng.int(1, 3));
        const m = new Map<string, number>();
        for (const d of dishes) m.set(d, rng.int(1, 3));
        const blocked = dishes.find((d) => gone.has(d));
        if (blocked) {
          ack = p.warn(blocked);
          m.delete(blocked);
        }
        open.set(tb, m);
        text = p.fire(tb, dishes.map((d) => p.count(m.get(d) ?? 1, d)).join(', '));
      } else if (roll < 0.42 && gone.size === 0) {
        const d = rng.pick(p.dishes);
        gone.add(d);
        text = p.e86(d);
      } else if (roll < 0.5 && active.length) {
        const [tb, m] = rng.pick(active);
        const d = rng.pick([...m.keys()]);
        m.delete(d);
        text = p.cancel(tb, d);
      } else if (active.length) {
        const [tb, m] = rng.pick(active);
        const d = rng.pick([...m.keys()]);
        const n = m.get(d)!;
        m.delete(d);
        text = p.out(tb, n > 1 ? p.count(n, d) : d);
      } else {
        e--;
        if (nextTable >= tables.length) break;
        continue;
      }
      messages.push(user(text), say(ack));
    }
    messages.push(user(p.final));
    return { lang, messages, temperature: 0 };
  },
};

const modelBased: Family[] = [mbBakeryCounter, mbRsvpThread, mbShelfTools, mbOpenHouse, mbKitchenPass];

// ---------------------------------------------------------------------------------------------
// goal_based
// ---------------------------------------------------------------------------------------------

interface VenueText { city: string; client: string; event: string; email: string; sys: string; task: (n: number, date: string, budget: number) => string; cur: string }
const VENUE_TEXT: Partial<Record<Lang, VenueText>> = {
  en: {
    city: 'Bristol', client: 'Harbourside Physio', event: 'summer staff party', email: 'office@harboursidephysio.co.uk', cur: '£',
    sys: 'You are the booking assistant at Festoon Events, a two-person event agency. Work through the tools one call per turn until the job is done.',
    task: (n, d, b) => `New job: find and secure a venue for Harbourside Physio's summer staff party on ${d}. ${n} guests, one guest uses a wheelchair so it must be step-free, all-in venue budget £${b}. Put a hold on it and send the quote to office@harboursidephysio.co.uk.`,
  },
  es: {
    city: 'Valencia', client: 'Estudio Nómada', event: 'fiesta de aniversario', email: 'hola@estudionomada.es', cur: '€',
    sys: 'Eres el asistente de reservas de Eventos Albufera. Usa las herramientas, una llamada por turno, hasta terminar el encargo.',
    task: (n, d, b) => `Encargo nuevo: conseguir sala para la fiesta de aniversario de Estudio Nómada el ${d}. ${n} invitados, tiene que ser accesible en silla de ruedas (sin escalones) y el presupuesto del local es de ${b} € como máximo. Deja la sala reservada provisionalmente y envía el presupuesto a hola@estudionomada.es.`,
  },
  de: {
    city: 'Leipzig', client: 'Bäckerei Sommer', event: 'Firmenjubiläum', email: 'info@baeckerei-sommer.de', cur: '€',
    sys: 'Du bist die Buchungsassistenz von Konfetti Events. Arbeite mit den Tools, ein Aufruf pro Runde, bis der Auftrag erledigt ist.',
    task: (n, d, b) => `Neuer Auftrag: Location für das Firmenjubiläum der Bäckerei Sommer am ${d} sichern. ${n} Gäste, muss barrierefrei sein (ein Gast im Rollstuhl), Budget für die Location höchstens ${b} €. Option setzen und das Angebot an info@baeckerei-sommer.de schicken.`,
  },
  fr: {
    city: 'Lyon', client: 'Librairie La Virgule', event: 'soirée des 20 ans', email: 'contact@lavirgule.fr', cur: '€',
    sys: "Tu es l'assistant de réservation de Guirlande Événements. Utilise les outils, un appel par tour, jusqu'à ce que la mission soit terminée.",
    task: (n, d, b) => `Nouvelle mission : trouver et bloquer une salle pour la soirée des 20 ans de la Librairie La Virgule le ${d}. ${n} invités, accès de plain-pied obligatoire (un invité en fauteuil roulant), budget salle ${b} € maximum. Pose une option et envoie le devis à contact@lavirgule.fr.`,
  },
};
const VENUE_NAMES = ['The Old Ropeworks', 'Canal Loft', 'St Jude\'s Hall', 'Glasshouse Rooms', 'Mill Yard Studio', 'The Pavilion'];

const gbVenueHold: Family = {
  id: 'wg-gb-venue-hold',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The agent works through search, checks and a hold toward a fixed end state (a held, step-free venue within budget and a sent quote) and must pick the next call.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'de', 'fr'], i);
    const v = VENUE_TEXT[lang]!;
    const guests = rng.int(6, 14) * 10;
    const budget = rng.int(15, 40) * 100;
    const day = rng.int(150, 250);
    const dateIso = isoOf(day);
    const names = rng.sample(VENUE_NAMES, 4);
    const venues = [
      { venue_id: `V${rng.int(100, 199)}`, name: names[0], capacity: guests + 20, hire_fee: budget - rng.int(3, 8) * 100 },
      { venue_id: `V${rng.int(200, 299)}`, name: names[1], capacity: guests - 30, hire_fee: budget - 900 },
      { venue_id: `V${rng.int(300, 399)}`, name: names[2], capacity: guests + 40, hire_fee: budget - rng.int(1, 4) * 100 },
      { venue_id: `V${rng.int(400, 499)}`, name: names[3], capacity: guests + 80, hire_fee: budget + rng.int(4, 12) * 100 },
    ];
    const messages: Msgs = [sys(v.sys), user(v.task(guests, dateOf(lang, day), budget))];
    exchange(rng, messages, 'search_venues', { city: v.city, date: dateIso, min_guests: guests }, { results: venues.map((x) => ({ ...x, currency: v.cur === '£' ? 'GBP' : 'EUR' })) });
    exchange(rng, messages, 'get_venue_details', { venue_id: venues[0]!.venue_id }, { venue_id: venues[0]!.venue_id, available: true, step_free_access: false, notes: 'Main room up 12 steps, no lift. Ground floor bar holds 30.' });
    const depth = i % 2 === 0 ? 3 : 4;
    exchange(rng, messages, 'get_venue_details', { venue_id: venues[2]!.venue_id }, { venue_id: venues[2]!.venue_id, available: true, step_free_access: true, accessible_wc: true, catering: 'external caterers allowed', hire_fee: venues[2]!.hire_fee });
    if (depth === 4) {
      exchange(rng, messages, 'place_hold', { venue_id: venues[2]!.venue_id, date: dateIso }, { status: 'held', hold_ref: `H-${rng.int(1000, 9999)}`, expires_in_hours: 72 });
    }
    return {
      lang,
      messages,
      tools: [
        tool('search_venues', 'Search venues in a city that are free on a date.', { city: str, date: str, min_guests: int }),
        tool('get_venue_details', 'Access, availability, catering and fees of one venue.', { venue_id: str }),
        tool('place_hold', 'Put a provisional hold on a venue for a date.', { venue_id: str, date: str }),
        tool('send_quote', 'Email the client a quote for a held venue.', { to: str, venue_id: str, total: num }),
        tool('ask_planner', 'Ask the human planner a question.', { question: str }),
      ],
      tool_choice: 'required',
    };
  },
};

interface AdminStep { name: string; args: Record<string, unknown>; out: string }
interface AdminCase { lang: Lang; task: string; first: string; steps: AdminStep[] }
function adminCase(rng: Rng, i: number): AdminCase {
  switch (i % 4) {
    case 0: {
      const pct = rng.pick([10, 15, 20]);
      const code = `${rng.pick(['SPRING', 'CLAY', 'HELLO'])}${pct}`;
      return {
        lang: 'en',
        task: `Create a ${pct}% discount code ${code} that only applies to the Ceramics collection, valid 1-14 April, one use per customer, and make sure it's active when you're done.`,
        first: "[page] Admin – Home\n[a11y] link#nav-orders 'Orders'  link#nav-products 'Products'  link#nav-discounts 'Discounts'  link#nav-settings 'Settings'",
        steps: [
          { name: 'click', args: { element_id: 'nav-discounts' }, out: "[page] Discounts\n[a11y] button#create 'Create discount'  table#codes (WELCOME10 active, XMAS24 expired)" },
          { name: 'click', args: { element_id: 'create' }, out: "[page] New discount code\n[a11y] input#code  input#value  select#type (Percentage, Fixed amount, Free shipping)  radio#applies-all 'All products' (checked)  radio#applies-coll 'Specific collections'  input#starts  input#ends  checkbox#once-per-customer  button#save 'Save'" },
          { name: 'type_text', args: { element_id: 'code', text: code }, out: `[ok] code=${code}` },
          { name: 'type_text', args: { element_id: 'value', text: String(pct) }, out: `[ok] value=${pct}  type=Percentage (default)` },
        ],
      };
    }
    case 1: {
      const order = rng.int(1100, 1299);
      const track = `BR${rng.int(100000000, 999999999)}BR`;
      return {
        lang: 'pt',
        task: `Marca o pedido #${order} como enviado, coloca o código de rastreio ${track} (Correios) e avisa a cliente por e-mail. Só isso.`,
        first: "[página] Painel da loja\n[a11y] link#menu-pedidos 'Pedidos'  link#menu-produtos 'Produtos'  link#menu-clientes 'Clientes'",
        steps: [
          { name: 'click', args: { element_id: 'menu-pedidos' }, out: `[página] Pedidos\n[a11y] input#busca 'Buscar pedido'  row#pedido-${order + 3} '#${order + 3} Pago'  row#pedido-${order + 1} '#${order + 1} Enviado'  row#pedido-${order} '#${order} Pago – aguardando envio'  row#pedido-${order - 2} '#${order - 2} Entregue'` },
          { name: 'click', args: { element_id: `pedido-${order}` }, out: `[página] Pedido #${order} – Pago\n[a11y] texto 'Cliente: Renata M.'  button#marcar-enviado 'Marcar como enviado'  button#reembolsar 'Reembolsar'` },
          { name: 'click', args: { element_id: 'marcar-enviado' }, out: "[página] Envio\n[a11y] select#transportadora (Correios, Jadlog, Loggi)  input#rastreio  checkbox#notificar 'Enviar e-mail à cliente' (desmarcado)  button#confirmar 'Confirmar envio'" },
        ],
      };
    }
    case 2: {
      const price = rng.pick([4200, 4800, 5200]);
      const stock = rng.int(5, 15);
      return {
        lang: 'ja',
        task: `商品「リネンエプロン（生成り）」にLサイズのバリエーションを追加してください。価格は¥${price.toLocaleString('en-US')}、在庫${stock}枚。追加したら公開状態にしてください。`,
        first: "[page] ショップ管理 – ホーム\n[a11y] link#nav-products '商品管理'  link#nav-orders '注文'  link#nav-settings '設定'",
        steps: [
          { name: 'click', args: { element_id: 'nav-products' }, out: "[page] 商品一覧\n[a11y] input#search '商品を検索'  row#p-201 'リネンエプロン（生成り）公開中'  row#p-202 'リネンエプロン（墨）非公開'  row#p-310 '帆布トート'" },
          { name: 'click', args: { element_id: 'p-201' }, out: "[page] リネンエプロン（生成り）\n[a11y] tab#basic '基本情報'  tab#variants 'バリエーション'  toggle#publish '公開'(on)  button#save '保存'" },
          { name: 'click', args: { element_id: 'variants' }, out: "[page] バリエーション\n[a11y] row 'S ¥4,200 在庫3'  row 'M ¥4,500 在庫0'  button#add-variant 'バリエーションを追加'" },
          { name: 'click', args: { element_id: 'add-variant' }, out: "[page] バリエーション追加\n[a11y] input#size  input#price  input#stock  checkbox#same-as-parent '親商品と同じ公開設定' (off)  button#add '追加'" },
        ],
      };
    }
    default: {
      const from = rng.pick(['10:00', '09:30']);
      const to = rng.pick(['14:00', '15:00']);
      return {
        lang: 'es',
        task: `Cambia el horario de la tienda en la ficha del negocio: el 24 y el 31 de diciembre abrimos de ${from} a ${to}, y el 25 y el 1 de enero cerrado. Que quede guardado y publicado.`,
        first: "[página] Perfil del negocio – Papelería Tinta Fina\n[a11y] link#info 'Información'  link#horario 'Horario'  link#fotos 'Fotos'  link#resenas 'Reseñas'",
        steps: [
          { name: 'click', args: { element_id: 'horario' }, out: "[página] Horario\n[a11y] texto 'Lun-Sáb 09:30-20:00, Dom cerrado'  button#horario-especial 'Añadir horario especial'" },
          { name: 'click', args: { element_id: 'horario-especial' }, out: "[página] Horario especial\n[a11y] input#fecha-1  input#abre-1  input#cierra-1  checkbox#cerrado-1  button#otra-fecha '+ Otra fecha'  button#guardar 'Guardar'" },
          { name: 'type_text', args: { element_id: 'fecha-1', text: '24/12' }, out: '[ok] fecha-1=24/12' },
          { name: 'type_text', args: { element_id: 'abre-1', text: from }, out: `[ok] abre-1=${from}` },
          { name: 'type_text', args: { element_id: 'cierra-1', text: to }, out: `[ok] cierra-1=${to}  [aviso] 'Los cambios no se publican hasta pulsar Guardar'` },
        ],
      };
    }
  }
}

const gbShopAdmin: Family = {
  id: 'wg-gb-shop-admin',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A browser agent moves through a shop back office toward a concrete finished change (code created, order shipped, variant added, hours published) and must choose the next action.',
  make: (rng, i) => {
    const c = adminCase(rng, i);
    const system = t(c.lang, {
      en: `You operate the shop's admin website for the owner. Job: ${c.task}\nAfter each action you get the new page. One tool call per turn; call finish when it's done.`,
      pt: `Você opera o painel da loja virtual pela dona. Tarefa: ${c.task}\nDepois de cada ação você recebe a página nova. Uma chamada de ferramenta por vez; chame finish quando terminar.`,
      ja: `店主に代わってネットショップの管理画面を操作します。依頼：${c.task}\n操作のたびに新しい画面が返ります。1ターンに1回ツールを呼び、終わったらfinishを呼んでください。`,
      es: `Manejas la web de administración de la tienda por el dueño. Encargo: ${c.task}\nTras cada acción recibes la página nueva. Una herramienta por turno; llama a finish al terminar.`,
    });
    const messages: Msgs = [sys(system), user(c.first)];
    const n = Math.max(2, c.steps.length - (rng.chance(0.4) ? 1 : 0));
    for (const s of c.steps.slice(0, n)) exchange(rng, messages, s.name, s.args, s.out);
    return {
      lang: c.lang,
      messages,
      tools: [
        tool('click', 'Click an element by id.', { element_id: str }),
        tool('type_text', 'Type into an input.', { element_id: str, text: str }),
        tool('select_option', 'Pick a value in a dropdown.', { element_id: str, value: str }),
        tool('finish', 'Say the job is done or cannot be done.', { status: oneOf('done', 'impossible'), summary: str }),
      ],
      tool_choice: 'required',
    };
  },
};

interface RunText { stops: string[]; shop: string; intro: (start: string, back: string) => string; head: string; ask: string; win: (name: string, a: string, b: string, what: string) => string; what: string[] }
const RUN_TEXT: Partial<Record<Lang, RunText>> = {
  es: {
    stops: ['Hotel Miramar (recepción)', 'Sra. Vidal, c/ Sorní 12', 'Clínica San Roque', 'Restaurante El Racó', 'Boda en Masía Les Oliveres', 'Oficinas Nexo, planta 3'],
    shop: 'tienda',
    intro: (s, b) => `Buenas, mañana hago yo sola el reparto de San Valentín con la furgo. Salgo de la tienda a las ${s} y tengo que estar de vuelta a las ${b} para abrir por la tarde. Cada entrega me lleva unos 5 min. Te pego las horas que me han pedido y lo que tardo entre sitios:`,
    head: 'minutos en furgo',
    ask: '¿En qué orden voy para llegar a todos dentro de su hora? Si no da, dime cuál se queda fuera.',
    win: (n, a, b, w) => `- ${n}: entre ${a} y ${b} (${w})`,
    what: ['ramo de rosas', 'centro de mesa', 'caja de tulipanes', 'arco floral', 'planta grande'],
  },
  fr: {
    stops: ['Hôtel des Arts (accueil)', 'Mme Girard, 8 rue Paradis', 'Cabinet dentaire Lumière', 'Brasserie Le Zinc', 'Mariage au Domaine des Tilleuls', 'Agence Pixel, 2e étage'],
    shop: 'boutique',
    intro: (s, b) => `Salut, demain je fais les livraisons de la fête des mères toute seule avec la camionnette. Départ de la boutique à ${s}, il faut que je sois revenue pour ${b}. Compte 5 min par livraison. Voilà les créneaux et les temps de trajet :`,
    head: 'minutes de trajet',
    ask: "Dans quel ordre je fais la tournée pour arriver partout dans les créneaux ? Si c'est impossible, dis-moi lequel saute.",
    win: (n, a, b, w) => `- ${n} : entre ${a} et ${b} (${w})`,
    what: ['bouquet de pivoines', 'composition de table', 'orchidée', 'arche fleurie', 'couronne'],
  },
  de: {
    stops: ['Hotel Stadtgarten (Rezeption)', 'Fr. Becker, Ahornweg 4', 'Praxis Dr. Yilmaz', 'Restaurant Zur Linde', 'Hochzeit im Gut Weißenhof', 'Büro Kreativwerk, 3. OG'],
    shop: 'Laden',
    intro: (s, b) => `Hallo, morgen fahre ich die Muttertags-Lieferungen allein mit dem Transporter. Ich starte um ${s} am Laden und muss um ${b} wieder da sein. Pro Lieferung ca. 5 Minuten. Hier die gewünschten Zeiten und die Fahrzeiten:`,
    head: 'Fahrminuten',
    ask: 'In welcher Reihenfolge fahre ich, damit alle in ihrem Zeitfenster beliefert werden? Wenn es nicht aufgeht, sag mir, wer rausfällt.',
    win: (n, a, b, w) => `- ${n}: zwischen ${a} und ${b} (${w})`,
    what: ['Rosenstrauß', 'Tischgesteck', 'Orchidee', 'Blumenbogen', 'Kranz'],
  },
  en: {
    stops: ['Grand Hotel (front desk)', 'Mrs Patel, 22 Elm Close', 'Riverside GP surgery', 'The Copper Pot restaurant', 'wedding at Ashdown Barn', 'Bright Co. offices, 3rd floor'],
    shop: 'shop',
    intro: (s, b) => `hi! doing valentine's deliveries by myself tomorrow. leaving the shop at ${s}, have to be back by ${b} to open up. each drop takes ~5 min. here's when people want them + drive times i got off maps:`,
    head: 'drive mins',
    ask: 'what order do I drive them in so everyone gets theirs in their window? if it can\'t work tell me who to call and move.',
    win: (n, a, b, w) => `- ${n}: ${a}-${b} (${w})`,
    what: ['dozen red roses', 'table centrepiece', 'tulip box', 'flower arch', 'big monstera'],
  },
  ja: {
    stops: ['ホテル港の見える丘（フロント）', '佐藤様宅（桜町2-5）', 'みなと歯科', 'ビストロ・エトワール', '森のチャペル（結婚式）', 'デザイン事務所ルーメン 3階'],
    shop: '店',
    intro: (s, b) => `明日の母の日配達、一人で車で回ります。${s}に店を出て、${b}には店に戻らないといけません。1件あたり5分くらいかかります。希望の時間帯と移動時間を貼ります：`,
    head: '移動（分）',
    ask: '全員の希望時間内に届けるには、どの順番で回ればいいですか？無理なら、どこに連絡して時間をずらしてもらうべきか教えてください。',
    win: (n, a, b, w) => `・${n}：${a}〜${b}（${w}）`,
    what: ['バラの花束', 'テーブル装花', '胡蝶蘭', 'フラワーアーチ', 'リース'],
  },
};

const gbFloristRun: Family = {
  id: 'wg-gb-florist-run',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 5,
  rationale: 'The florist needs a drop order that reaches every address inside its window and gets back in time, a search over routes toward a fixed end state, though picking among feasible orders has a mild efficiency side.',
  make: (rng, i) => {
    const lang = langAt(['es', 'fr', 'de', 'en', 'ja'], i);
    const r = RUN_TEXT[lang]!;
    const n = rng.int(4, 6);
    const stops = rng.sample(r.stops, n);
    const names = [r.shop, ...stops];
    const mins: number[][] = names.map(() => names.map(() => 0));
    for (let a = 0; a < names.length; a++) {
      for (let b = a + 1; b < names.length; b++) {
        const m = rng.int(4, 22);
        mins[a]![b] = m;
        mins[b]![a] = m;
      }
    }
    const start = 8 * 60 + rng.pick([0, 15, 30]);
    const hidden = rng.sample(stops.map((_, k) => k + 1), n);
    let clock = start;
    let at = 0;
    const windows = new Map<number, [number, number]>();
    for (const k of hidden) {
      clock += mins[at]![k]!;
      const lo = clock - rng.int(0, 3) * 10;
      windows.set(k, [Math.max(start, lo - (lo % 15)), lo - (lo % 15) + rng.pick([45, 60, 90])]);
      clock += 5;
      at = k;
    }
    clock += mins[at]![0]!;
    const back = clock + rng.int(1, 3) * 15;
    const backRounded = back - (back % 15) + 15;
    const lines = stops.map((s, k) => {
      const [a, b] = windows.get(k + 1)!;
      return r.win(s, hhmm(a), hhmm(b), rng.pick(r.what));
    });
    const short = names.map((nm, k) => (k === 0 ? r.shop : String.fromCharCode(64 + k)));
    const legend = stops.map((s, k) => `${String.fromCharCode(65 + k)} = ${s}`).join('\n');
    const table = [
      `${r.head} | ${short.join(' | ')}`,
      ...names.map((_, a) => `${short[a]} | ${names.map((__, b) => (a === b ? '-' : String(mins[a]![b]))).join(' | ')}`),
    ].join('\n');
    const text = `${r.intro(hhmm(start), hhmm(backRounded))}\n\n${lines.join('\n')}\n\n${legend}\n\n${table}\n\n${r.ask}`;
    return { lang, messages: [user(text)] };
  },
};

interface PrepCase { lang: Lang; build: (rng: Rng) => string }
const PREP_CASES: PrepCase[] = [
  {
    lang: 'en',
    build: (rng) => {
      const d = [rng.int(10, 21), rng.int(3, 7), rng.int(2, 5), rng.int(7, 14), rng.int(4, 10)];
      const today = rng.int(95, 110);
      const open = today + rng.int(24, 40);
      return `ok so we want the terrace open by ${dateOf('en', open)} (today's ${dateOf('en', today)}). my notes from calls, sorry it's a mess:\n\n- pavement licence from the council: they say ${d[0]} working days to decide, but they won't even take the application without the insurance certificate AND a site drawing\n- insurance broker: ${d[1]} days to issue the public liability cert, needs to know how many tables/chairs we're putting out\n- site drawing: Jamie (nephew, architecture student) can do it in ${d[2]} days once we know the exact furniture\n- furniture: the 8 bistro tables I like take ${d[3]} days to deliver, have to order first so we know sizes\n- planters as barriers, council insists. garden centre needs ${d[4]} days\n- staff briefing on the terrace the day before we open\n\nwhat do I do first, what after, and do we actually make the date?`;
    },
  },
  {
    lang: 'ja',
    build: (rng) => {
      const d = [rng.int(7, 14), rng.int(10, 20), rng.int(3, 6), rng.int(5, 10)];
      const today = rng.int(60, 80);
      const market = today + rng.int(30, 45);
      return `${dateOf('ja', market)}の週末マルシェに焼き菓子で初出店したいです（今日は${dateOf('ja', today)}）。調べたことをメモしました：\n\n・保健所の菓子製造業の許可：申請から${d[0]}日くらい。申請には施設の図面と食品衛生責任者の資格が必要\n・食品衛生責任者の講習：次の空きは${d[1]}日後、1日で修了\n・図面：自分で描ける、2日\n・マルシェの出店申込：許可証のコピーが必要、締切は開催の14日前\n・ラベル作り（原材料・アレルギー表示）：印刷屋さんに頼むと${d[2]}日\n・テント・什器のレンタル予約：${d[3]}日前までに\n\n何から手をつけて、どういう順番で進めれば間に合いますか？間に合わないなら正直に言ってください。`;
    },
  },
  {
    lang: 'zh',
    build: (rng) => {
      const d = [rng.int(3, 6), rng.int(5, 9), rng.int(4, 8), rng.int(6, 10), rng.int(1, 3)];
      const today = rng.int(200, 230);
      const open = today + rng.int(25, 35);
      return `我们工作室想在商场里开一个香薰快闪店，${dateOf('zh', open)}开业（今天${dateOf('zh', today)}）。跟各方沟通下来的情况：\n\n- 商场签约：要营业执照副本和设计方案，审批${d[0]}个工作日\n- 设计方案：设计师要先拿到场地实际尺寸，画图${d[1]}天\n- 量尺寸：商场说周三周六才能进场\n- 搭建施工：必须等商场审批通过才能进场，施工${d[2]}天\n- 消防验收：搭完以后才能约，大概${d[4]}天出结果，不过了不能营业\n- 货品：供应商说下单后${d[3]}天到\n\n我该先做什么、后做什么？按这个节奏能按时开业吗？`;
    },
  },
  {
    lang: 'pt',
    build: (rng) => {
      const d = [rng.int(1, 3), rng.int(7, 12), rng.int(10, 20), rng.int(2, 4), rng.int(5, 10)];
      const today = rng.int(250, 270);
      const fair = today + rng.int(30, 50);
      return `Quero vender minhas peças de macramê na feira de artesanato do dia ${dateOf('pt', fair)} (hoje é ${dateOf('pt', today)}). Anotei tudo que falaram:\n\n- inscrição na feira: precisa do CNPJ (MEI) e de 5 fotos dos produtos; as inscrições fecham 15 dias antes\n- abrir o MEI: ${d[0]} dias pelo portal\n- maquininha de cartão: só pede depois do CNPJ, entrega em ${d[1]} dias\n- produzir o estoque (umas 40 peças): uns ${d[2]} dias trabalhando à noite\n- fotos: minha amiga faz em ${d[3]} dias, mas as peças têm que estar prontas (pelo menos as 5 da foto)\n- barraca e etiquetas: gráfica leva ${d[4]} dias\n\nPor onde eu começo e qual a ordem certa pra dar tempo? Dá pra chegar lá?`;
    },
  },
];

const gbPrepOrder: Family = {
  id: 'wg-gb-prep-order',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A fixed opening date and a web of "needs X first" dependencies must be turned into an ordered sequence of actions that reaches it, which is search toward an end state.',
  make: (rng, i) => {
    const c = PREP_CASES[i % PREP_CASES.length]!;
    return {
      lang: c.lang,
      messages: [user(c.build(rng))],
      response_format: jsonSchema('prep_sequence', {
        sequence: list(obj({ task: str, start_on: str, waits_for: list(str) })),
        ready_in_time: bool,
        note: str,
      }),
    };
  },
};

interface BoardText { lang: Lang; agency: string; sys: string; ask: string }
const BOARD_TEXT: BoardText[] = [
  { lang: 'en', agency: 'Pepper & Pine', sys: 'You are the project assistant at Pepper & Pine, a small social media agency. Rules of the board: a card can move to Scheduled only when copy is approved, visuals are approved and the client has signed off. Use the tools, one per turn.', ask: "Get the card \"%C\" for %K into Scheduled so the posts go out from %D. Ping whoever you need." },
  { lang: 'de', agency: 'Kleeblatt Kommunikation', sys: 'Du bist die Projektassistenz bei Kleeblatt Kommunikation, einer kleinen Social-Media-Agentur. Board-Regeln: Eine Karte darf erst nach „Scheduled", wenn Text und Bilder freigegeben sind und die Kundin abgenommen hat. Nutze die Tools, eins pro Runde.', ask: 'Bring die Karte „%C" für %K nach „Scheduled", damit die Posts ab %D laufen. Hol dir die Freigaben, die fehlen.' },
  { lang: 'es', agency: 'Agencia Limón', sys: 'Eres el asistente de proyectos de Agencia Limón, una agencia pequeña de redes sociales. Normas del tablero: una tarjeta solo pasa a Scheduled con el texto aprobado, las imágenes aprobadas y el visto bueno del cliente. Usa las herramientas, una por turno.', ask: 'Lleva la tarjeta «%C» de %K a Scheduled para que los posts salgan desde el %D. Pide lo que falte a quien haga falta.' },
  { lang: 'zh', agency: '青柚传媒', sys: '你是青柚传媒（一家小型新媒体代理公司）的项目助理。看板规则：文案已通过、图片已通过、客户已确认，卡片才能移到 Scheduled。使用工具，每轮调用一个。', ask: '把%K的卡片"%C"推进到 Scheduled，让帖子从%D开始发。缺什么审批就去找对应的人。' },
];
const CAMPAIGNS = [
  { card: 'Autumn menu launch', client: 'Café Lumen' },
  { card: 'Black Friday teaser', client: 'Wildflower Candles' },
  { card: 'Open studio weekend', client: 'Atelier Nord' },
  { card: 'New collection drop', client: 'Loom & Lark' },
];

const gbCampaignBoard: Family = {
  id: 'wg-gb-campaign-board',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The agent has to clear the missing approvals in order and move a card to a named column, choosing the next tool call toward that end state.',
  make: (rng, i) => {
    const b = BOARD_TEXT[i % BOARD_TEXT.length]!;
    const camp = CAMPAIGNS[(i + rng.int(0, 3)) % CAMPAIGNS.length]!;
    const startDay = rng.int(260, 330);
    const cardId = `c_${rng.int(1000, 9999)}`;
    const ask = b.ask.replace('%C', camp.card).replace('%K', camp.client).replace('%D', dateOf(b.lang, startDay));
    const messages: Msgs = [sys(b.sys), user(ask)];
    const copyOk = rng.chance(0.6);
    exchange(rng, messages, 'find_card', { title: camp.card }, { card_id: cardId, title: camp.card, column: 'In review', client: camp.client });
    exchange(rng, messages, 'get_card', { card_id: cardId }, {
      card_id: cardId,
      column: 'In review',
      checklist: [
        { item: 'copy', status: copyOk ? 'approved' : 'changes requested', by: 'Sofia (copywriter)', comment: copyOk ? null : 'client wants no exclamation marks' },
        { item: 'visuals', status: 'pending', by: 'Marco (designer)', comment: 'alt text missing on 3 of 6 images' },
        { item: 'client sign-off', status: 'not requested', by: null },
      ],
      posts: 6,
      channels: ['instagram', 'facebook'],
    });
    if (i >= 2) {
      const { message, ids } = calls(rng, ['add_comment', { card_id: cardId, mention: 'Marco', text: 'Can you add alt text to the last 3 images so visuals can be approved?' }]);
      messages.push(message, result(ids[0]!, { ok: true }));
      exchange(rng, messages, 'wait_for_update', { card_id: cardId, minutes: 60 }, { changes: [{ item: 'visuals', status: 'approved', by: 'Marco (designer)' }] });
    }
    return {
      lang: b.lang,
      messages,
      tools: [
        tool('find_card', 'Find a card on the board by title.', { title: str }),
        tool('get_card', 'Read a card with its checklist.', { card_id: str }),
        tool('add_comment', 'Comment on a card and mention a teammate.', { card_id: str, mention: str, text: str }),
        tool('request_client_signoff', 'Email the client a preview link for sign-off.', { card_id: str, message: str }),
        tool('wait_for_update', 'Wait for changes on a card.', { card_id: str, minutes: int }),
        tool('move_card', 'Move a card to another column.', { card_id: str, column: oneOf('Backlog', 'In progress', 'In review', 'Scheduled', 'Done') }),
        tool('schedule_posts', 'Schedule the card\'s posts from a start date.', { card_id: str, start_date: str }),
      ],
      tool_choice: 'required',
    };
  },
};

const goalBased: Family[] = [gbVenueHold, gbShopAdmin, gbFloristRun, gbPrepOrder, gbCampaignBoard];

// ---------------------------------------------------------------------------------------------
// utility_based
// ---------------------------------------------------------------------------------------------

const ubAdSplit: Family = {
  id: 'wg-ub-ad-split',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'A fixed ad budget has to be divided among channels with different per-enquiry costs, caps, minimum buys and falling returns, so the answer is an allocation weighed for the most enquiries.',
  make: (rng, i) => {
    const lang = langAt(['de', 'es', 'en', 'fr', 'ja'], i);
    const k = lang === 'ja' ? 100 : 1;
    const cur = (x: number): string => (lang === 'ja' ? `${(x * k).toLocaleString('en-US')}円` : lang === 'en' ? `$${x}` : `${x} €`);
    const budget = rng.int(8, 20) * 100;
    const igFirst = rng.int(3, 6);
    const igCut = rng.int(3, 6) * 100;
    const igAfter = igFirst + rng.int(3, 6);
    const gCost = rng.int(5, 11);
    const gCap = rng.int(40, 90);
    const flyer = rng.int(12, 25);
    const radioMin = rng.int(3, 6) * 100;
    const radioLeads = rng.int(30, 80);
    const mustGoogle = rng.int(1, 3) * 100;
    const text = t(lang, {
      de: `Hallo! Ich hab für nächsten Monat ${cur(budget)} Werbebudget für meine Fahrradwerkstatt. Die Agentur hat mir das hier geschickt (Schätzungen):\n\nInstagram: die ersten ${cur(igCut)} ca. ${cur(igFirst)} pro Anfrage, alles darüber eher ${cur(igAfter)} pro Anfrage\nGoogle-Suche: ${cur(gCost)} pro Anfrage, aber mehr als ${gCap} Anfragen gibt die Suche im Monat nicht her\nFlyer: ${cur(150)} pro 1000 Stück inkl. Verteilung, bringt so ${flyer} Anfragen pro 1000, mehr als 4000 lohnt im Viertel nicht\nLokalradio: nur als Paket ab ${cur(radioMin)}, bringt laut denen ca. ${radioLeads} Anfragen, kleiner geht nicht\n\nIm Google-Vertrag stehen mindestens ${cur(mustGoogle)}. Wie teile ich das Geld auf, damit am Ende möglichst viele Anfragen reinkommen?`,
      es: `Hola, para el mes que viene tengo ${cur(budget)} para publicidad de mi academia de baile. La agencia me pasó estas estimaciones:\n\n- Instagram: los primeros ${cur(igCut)} salen a unos ${cur(igFirst)} por contacto, a partir de ahí a ${cur(igAfter)}\n- Google: ${cur(gCost)} por contacto, pero no hay búsquedas para más de ${gCap} contactos al mes\n- Flyers: ${cur(150)} por cada 1000 con reparto, unos ${flyer} contactos por millar, y más de 4000 no tiene sentido en el barrio\n- Radio local: solo paquete mínimo de ${cur(radioMin)}, dicen que ${radioLeads} contactos; no venden menos\n\nPor contrato con Google tengo que gastar al menos ${cur(mustGoogle)}. ¿Cómo reparto el dinero para que me escriba el mayor número de gente posible?`,
      en: `hey so I've got ${cur(budget)} for ads next month for the dog grooming salon. agency numbers (their estimates):\n\ninsta: first ${cur(igCut)} ≈ ${cur(igFirst)}/enquiry, after that more like ${cur(igAfter)}\ngoogle search: ${cur(gCost)}/enquiry but it tops out around ${gCap} enquiries a month, not enough searches\nflyers: ${cur(150)} per 1000 incl. delivery, ~${flyer} enquiries per 1000, no point going past 4000 in our area\nlocal radio: package only, ${cur(radioMin)} minimum, they reckon ~${radioLeads} enquiries. can't buy less\n\ngoogle contract says min ${cur(mustGoogle)}. how do I split it so I get as many enquiries as I can?`,
      fr: `Bonjour, j'ai ${cur(budget)} de pub le mois prochain pour mon salon de coiffure. Les chiffres de l'agence (estimations) :\n\n• Instagram : les premiers ${cur(igCut)} à environ ${cur(igFirst)} par demande, au-delà plutôt ${cur(igAfter)}\n• Google : ${cur(gCost)} par demande, mais pas plus de ${gCap} demandes par mois faute de recherches\n• Flyers : ${cur(150)} les 1000 distribués, environ ${flyer} demandes pour 1000, au-delà de 4000 ça ne sert à rien dans le quartier\n• Radio locale : forfait minimum ${cur(radioMin)}, environ ${radioLeads} demandes d'après eux, pas de plus petit format\n\nLe contrat Google m'impose au moins ${cur(mustGoogle)}. Comment je répartis pour avoir le plus de demandes possible ?`,
      ja: `来月の広告費が${cur(budget)}あります（整体院です）。代理店からの見積もり：\n\n・Instagram：最初の${cur(igCut)}までは問い合わせ1件あたり約${cur(igFirst)}、それ以上は約${cur(igAfter)}\n・Google検索：1件${cur(gCost)}。ただし検索数の関係で月${gCap}件が上限\n・チラシ：1000枚${cur(150)}（配布込み）、1000枚で約${flyer}件。この地域だと4000枚以上は意味なし\n・地域ラジオ：${cur(radioMin)}のパックのみ、約${radioLeads}件とのこと。それ未満は不可\n\nGoogleは契約で最低${cur(mustGoogle)}。問い合わせをできるだけ多くするには、どう振り分ければいいですか？`,
    });
    return {
      lang,
      messages: [user(text)],
      response_format: jsonSchema('ad_split', { instagram: num, google: num, flyers: num, radio: num, expected_enquiries: num, why: str }),
    };
  },
};

interface DishRow { dish: string; price: number; food_cost: number; prep_min: number; fried: boolean; uses: string[] }
const SPECIALS: Partial<Record<Lang, { dishes: DishRow[]; stock: [string, number][]; ask: string; sys: string }>> = {
  fr: {
    sys: 'Assistant cuisine du Bistrot Margaux. Les outils lisent les fiches techniques et le stock.',
    ask: "Choisis-moi 3 plats du jour pour vendredi. J'ai 4 h de mise en place en tout, une seule friteuse donc un seul plat frit max. Ce qui compte d'abord c'est la marge, mais jeter de la marchandise me fait mal aussi : compte ce qui part à la poubelle à son prix d'achat.",
    dishes: [
      { dish: 'Blanquette de veau', price: 24, food_cost: 8.4, prep_min: 120, fried: false, uses: ['veau', 'crème'] },
      { dish: 'Accras de morue', price: 12, food_cost: 3.1, prep_min: 50, fried: true, uses: ['morue'] },
      { dish: 'Velouté de potimarron', price: 9, food_cost: 1.8, prep_min: 40, fried: false, uses: ['potimarron', 'crème'] },
      { dish: 'Tartare de bœuf frites', price: 21, food_cost: 7.2, prep_min: 45, fried: true, uses: ['bœuf'] },
      { dish: 'Risotto aux cèpes', price: 19, food_cost: 6.5, prep_min: 35, fried: false, uses: ['cèpes', 'parmesan'] },
      { dish: 'Tarte Tatin', price: 8, food_cost: 1.5, prep_min: 60, fried: false, uses: ['pommes', 'crème'] },
    ],
    stock: [['crème', 18], ['cèpes', 42], ['veau', 65], ['pommes', 9]],
  },
  en: {
    sys: 'Kitchen assistant for The Salt House. Tools read the recipe costings and the stock sheet.',
    ask: "pick me 3 specials for friday. I've got 4 hours of prep total, one fryer so max one fried dish. money comes first but I hate binning stuff, so count anything that goes off at what we paid for it.",
    dishes: [
      { dish: 'Lamb shoulder, white beans', price: 26, food_cost: 9.1, prep_min: 150, fried: false, uses: ['lamb'] },
      { dish: 'Fish & chips (hake)', price: 18, food_cost: 5.2, prep_min: 40, fried: true, uses: ['hake'] },
      { dish: 'Wild garlic gnocchi', price: 16, food_cost: 3.4, prep_min: 70, fried: false, uses: ['wild garlic', 'parmesan'] },
      { dish: 'Crab croquettes', price: 13, food_cost: 4.6, prep_min: 60, fried: true, uses: ['crab'] },
      { dish: 'Beetroot & goat cheese tart', price: 14, food_cost: 3.0, prep_min: 45, fried: false, uses: ['goat cheese'] },
      { dish: 'Sticky toffee pudding', price: 8, food_cost: 1.4, prep_min: 50, fried: false, uses: ['cream'] },
    ],
    stock: [['crab', 38], ['wild garlic', 12], ['goat cheese', 21], ['cream', 10]],
  },
  ja: {
    sys: '居酒屋「灯」の厨房アシスタント。ツールで原価表と在庫を確認できます。',
    ask: '金曜のおすすめを3品選んで。仕込みは全部で4時間、フライヤーは1台なので揚げ物は1品まで。まずは利益重視。でも捨てるのも嫌なので、使い切れず廃棄になる食材は仕入れ値で損として数えて。',
    dishes: [
      { dish: '牛すじ煮込み', price: 780, food_cost: 260, prep_min: 150, fried: false, uses: ['牛すじ'] },
      { dish: '鶏の唐揚げ', price: 680, food_cost: 190, prep_min: 40, fried: true, uses: ['鶏もも'] },
      { dish: '鯛のカルパッチョ', price: 880, food_cost: 340, prep_min: 30, fried: false, uses: ['鯛'] },
      { dish: '白子の天ぷら', price: 980, food_cost: 420, prep_min: 35, fried: true, uses: ['白子'] },
      { dish: '菜の花のおひたし', price: 480, food_cost: 90, prep_min: 20, fried: false, uses: ['菜の花'] },
      { dish: '自家製プリン', price: 450, food_cost: 70, prep_min: 60, fried: false, uses: ['生クリーム'] },
    ],
    stock: [['白子', 3800], ['鯛', 2600], ['菜の花', 900], ['生クリーム', 700]],
  },
  es: {
    sys: 'Asistente de cocina de la Taberna El Pósito. Las herramientas leen los escandallos y el inventario.',
    ask: 'Elígeme 3 platos fuera de carta para el viernes. Tengo 4 horas de mise en place en total y una sola freidora, así que como mucho un frito. Lo primero es lo que deja dinero, pero tirar género me duele: cuenta lo que se eche a perder a precio de compra.',
    dishes: [
      { dish: 'Rabo de toro', price: 22, food_cost: 8.0, prep_min: 160, fried: false, uses: ['rabo'] },
      { dish: 'Chipirones fritos', price: 14, food_cost: 4.5, prep_min: 35, fried: true, uses: ['chipirones'] },
      { dish: 'Arroz de setas', price: 17, food_cost: 4.2, prep_min: 40, fried: false, uses: ['setas'] },
      { dish: 'Croquetas de boletus', price: 11, food_cost: 2.6, prep_min: 70, fried: true, uses: ['setas', 'leche'] },
      { dish: 'Salmorejo', price: 8, food_cost: 1.6, prep_min: 25, fried: false, uses: ['tomate'] },
      { dish: 'Torrija caramelizada', price: 7, food_cost: 1.2, prep_min: 45, fried: false, uses: ['leche'] },
    ],
    stock: [['chipirones', 30], ['setas', 46], ['tomate', 8], ['leche', 6]],
  },
};

const ubSpecialsPick: Family = {
  id: 'wg-ub-specials-pick',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Three specials must be picked from costed candidates under a prep-time and fryer limit, weighing margin against the cost of stock going to waste.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'ja', 'es'], i);
    const s = SPECIALS[lang]!;
    const dishes = rng.sample(s.dishes, rng.int(5, 6)).map((d) => ({ ...d, expected_covers: rng.int(8, 30) }));
    const messages: Msgs = [sys(s.sys), user(s.ask)];
    const { message, ids } = calls(rng, ['get_dish_costs', { candidates: 'specials' }], ['get_expiring_stock', { within_days: 3 }]);
    messages.push(
      message,
      result(ids[0]!, { dishes }),
      result(ids[1]!, { items: s.stock.map(([item, value]) => ({ item, value_at_cost: Math.round(value * (0.7 + rng.next() * 0.6)), days_left: rng.int(1, 3) })) }),
    );
    return {
      lang,
      messages,
      tools: [
        tool('get_dish_costs', 'Price, food cost per portion, prep minutes and ingredients of candidate dishes.', { candidates: str }),
        tool('get_expiring_stock', 'Stock that will go off soon, with its value at cost.', { within_days: int }),
      ],
    };
  },
};

interface Gig { name: string; pay: number; hours: number; note: string }
const GIGS: Partial<Record<Lang, { gigs: Gig[]; cur: (n: number) => string; ask: (h: number) => string }>> = {
  pt: {
    cur: (n) => `R$ ${n.toLocaleString('pt-BR')}`,
    ask: (h) => `Tenho umas ${h} horas livres em novembro (o resto já tá comprometido). Propostas que chegaram:\n`,
    gigs: [
      { name: 'Identidade visual – cafeteria Grão Fino', pay: 4800, hours: 40, note: 'cliente novo, quer tudo até dia 20' },
      { name: 'Posts mensais – Clínica Vida', pay: 1500, hours: 12, note: 'cliente fixo há 2 anos, se eu recusar vai procurar outra pessoa' },
      { name: 'Embalagem – marca de cosméticos Flor de Sal', pay: 6500, hours: 55, note: 'ótimo pro portfólio, mas pagam em 60 dias' },
      { name: 'Cardápio – bar do Zeca', pay: 900, hours: 10, note: 'amigo, paga na hora' },
      { name: 'Apresentação – startup de fintech', pay: 3000, hours: 18, note: 'prazo apertado, muitas revisões prováveis' },
      { name: 'Ilustrações livro infantil', pay: 5200, hours: 50, note: 'adoraria fazer, mas é só metade agora e metade na entrega em fevereiro' },
      { name: 'Banner pra feira – loja de móveis', pay: 700, hours: 5, note: 'rápido' },
    ],
  },
  zh: {
    cur: (n) => `¥${n.toLocaleString('en-US')}`,
    ask: (h) => `下个月我大概只有${h}个小时能接活（其他时间已经排满了）。最近收到的邀约：\n`,
    gigs: [
      { name: '茶饮店全套VI', pay: 12000, hours: 45, note: '新客户，月底前要' },
      { name: '牙科诊所每月海报', pay: 3000, hours: 10, note: '合作两年的老客户，推掉的话大概会换人' },
      { name: '独立香水品牌包装', pay: 15000, hours: 60, note: '很适合放作品集，但尾款要三个月后才结' },
      { name: '朋友的火锅店菜单', pay: 1500, hours: 8, note: '当场结账' },
      { name: '科技公司路演PPT', pay: 6000, hours: 20, note: '时间紧，改稿可能很多' },
      { name: '儿童绘本插画', pay: 10000, hours: 55, note: '很想做，但现在只付一半' },
      { name: '家具店展会易拉宝', pay: 1200, hours: 4, note: '简单' },
    ],
  },
  en: {
    cur: (n) => `$${n.toLocaleString('en-US')}`,
    ask: (h) => `ok I realistically have ~${h} hours free next month (rest is already booked). offers in my inbox:\n`,
    gigs: [
      { name: 'Brand identity – Fernwood Coffee', pay: 3800, hours: 42, note: 'new client, wants it all by the 20th' },
      { name: 'Monthly social graphics – Brightsmile Dental', pay: 1100, hours: 11, note: 'been with me 2 yrs, if I say no they\'ll find someone else' },
      { name: 'Packaging – Saltmarsh Skincare', pay: 5200, hours: 58, note: 'dream portfolio piece but net-60 payment' },
      { name: 'Menu – my mate\'s taco bar', pay: 600, hours: 8, note: 'pays cash on delivery' },
      { name: 'Pitch deck – fintech startup', pay: 2400, hours: 18, note: 'tight deadline, smells like endless revisions' },
      { name: 'Picture book illustrations', pay: 4500, hours: 52, note: 'would love it, half now half on delivery in Feb' },
      { name: 'Trade show banner – furniture shop', pay: 450, hours: 4, note: 'quick one' },
    ],
  },
  de: {
    cur: (n) => `${n.toLocaleString('de-DE')} €`,
    ask: (h) => `Ich hab nächsten Monat realistisch ${h} Stunden frei (der Rest ist verplant). Diese Anfragen liegen vor:\n`,
    gigs: [
      { name: 'Corporate Design – Rösterei Bohnenwerk', pay: 3500, hours: 40, note: 'Neukunde, alles bis zum 20.' },
      { name: 'Monatliche Social-Grafiken – Zahnarztpraxis Lächeln', pay: 1000, hours: 10, note: 'Stammkunde seit 2 Jahren, bei Absage sucht er sich wen anders' },
      { name: 'Verpackung – Naturkosmetik Salzwiese', pay: 4800, hours: 55, note: 'Traumprojekt fürs Portfolio, aber Zahlungsziel 60 Tage' },
      { name: 'Speisekarte – Kneipe von Freund Tobi', pay: 500, hours: 7, note: 'zahlt bar bei Abgabe' },
      { name: 'Pitch-Deck – Fintech-Startup', pay: 2200, hours: 17, note: 'knappe Frist, riecht nach endlosen Korrekturschleifen' },
      { name: 'Kinderbuch-Illustrationen', pay: 4200, hours: 50, note: 'hätte große Lust, Hälfte jetzt, Hälfte im Februar' },
      { name: 'Messebanner – Möbelhaus', pay: 400, hours: 4, note: 'schnell erledigt' },
    ],
  },
  es: {
    cur: (n) => `${n.toLocaleString('es-ES')} €`,
    ask: (h) => `El mes que viene tengo unas ${h} horas libres de verdad (lo demás ya está cogido). Me han llegado estas propuestas:\n`,
    gigs: [
      { name: 'Identidad visual – Tostadero La Molienda', pay: 3200, hours: 40, note: 'cliente nuevo, todo para el día 20' },
      { name: 'Gráficas mensuales – Clínica Dental Sonríe', pay: 950, hours: 10, note: 'cliente de hace 2 años, si digo que no buscará a otro' },
      { name: 'Packaging – cosmética Salitre', pay: 4500, hours: 55, note: 'proyecto soñado para el portfolio, pero pagan a 60 días' },
      { name: 'Carta – el bar de mi amigo Quique', pay: 450, hours: 7, note: 'paga en mano al entregar' },
      { name: 'Presentación – startup fintech', pay: 2000, hours: 17, note: 'plazo ajustado, huele a revisiones infinitas' },
      { name: 'Ilustraciones de cuento infantil', pay: 4000, hours: 50, note: 'me encantaría, la mitad ahora y la mitad en febrero' },
      { name: 'Lona para feria – tienda de muebles', pay: 380, hours: 4, note: 'rapidito' },
    ],
  },
};

const ubFreelanceMonth: Family = {
  id: 'wg-ub-freelance-month',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'A freelancer with a fixed number of free hours must accept a subset of offers that differ in pay, hours, payment delay, client loyalty and portfolio value, a weighed selection under a capacity limit.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'zh', 'en', 'de', 'es'], i);
    const g = GIGS[lang]!;
    const offers = rng.sample(g.gigs, rng.int(5, 7));
    const hours = rng.int(6, 9) * 10;
    const lines = offers.map((o, k) => {
      const pay = Math.round((o.pay * (0.85 + rng.next() * 0.3)) / 50) * 50;
      const hrs = Math.max(3, Math.round(o.hours * (0.85 + rng.next() * 0.3)));
      return `${k + 1}. ${o.name} | ${g.cur(pay)} | ~${hrs}h | ${o.note}`;
    });
    const close = t(lang, {
      pt: '\nQuais eu aceito? Cansei de trabalhar de madrugada, então não passo das horas que falei.',
      zh: '\n我该接哪几个？不想再熬夜了，所以不会超过上面说的时间。',
      en: "\nwhich ones do I say yes to? not doing all-nighters again so I won't go over those hours.",
      de: '\nWelche sage ich zu? Nachtschichten mach ich nicht mehr, also nicht über die Stunden hinaus.',
      es: '\n¿Cuáles acepto? No pienso volver a trasnochar, así que no me paso de esas horas.',
    });
    return {
      lang,
      messages: [user(`${g.ask(hours)}${lines.join('\n')}\n${close}`)],
      response_format: jsonSchema('gig_choice', { accept: list(str), decline: list(str), hours_used: num, money_this_month: num, reasoning: str }),
    };
  },
};

interface RotaText { staff: [string, number][]; days: string[]; shifts: [string, string]; intro: string; staffLine: (name: string, wage: string, avail: string, max: number, barista: boolean) => string; need: (n: number) => string; ask: (name: string, h: number) => string; cur: (n: number) => string }
const ROTA: Partial<Record<Lang, RotaText>> = {
  es: {
    staff: [['Lucía', 11.5], ['Jonás', 9.8], ['Marta', 12.2], ['Iker', 10.4], ['Sofía', 9.5], ['Dani', 13.0]],
    days: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb'], shifts: ['mañana 7-15', 'tarde 14-21'],
    intro: 'Necesito el cuadrante de la semana que viene para la cafetería. Cada turno necesita %N personas y al menos una tiene que saber de barista.',
    staffLine: (n, w, a, m, b) => `${n} — ${w}/h — puede: ${a} — máx ${m}h${b ? ' — barista' : ''}`,
    need: (n) => `El sábado por la mañana hacen falta ${n}`,
    ask: (n, h) => `Quiero que me salga lo más barato posible sin dejar ningún turno cojo. Ojo: ${n} necesita mínimo ${h}h por su contrato de estudiante. Cuando lo tengas, publícalo.`,
    cur: (n) => `${n.toFixed(2).replace('.', ',')} €`,
  },
  en: {
    staff: [['Aoife', 12.1], ['Jonas', 11.0], ['Priya', 12.8], ['Tom', 11.4], ['Mei', 10.9], ['Callum', 13.5]],
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], shifts: ['early 7-3', 'late 2-9'],
    intro: "need next week's rota for the café. every shift needs %N people and at least one of them has to be a trained barista.",
    staffLine: (n, w, a, m, b) => `${n} | ${w}/hr | can do: ${a} | max ${m}h${b ? ' | barista' : ''}`,
    need: (n) => `saturday early needs ${n}`,
    ask: (n, h) => `want it as cheap as possible without leaving any shift short. ${n} has to get at least ${h}h (visa thing). publish it when you're done.`,
    cur: (n) => `£${n.toFixed(2)}`,
  },
  de: {
    staff: [['Lena', 14.2], ['Jonas', 12.5], ['Mehmet', 15.0], ['Clara', 13.1], ['Finn', 12.4], ['Anja', 16.0]],
    days: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'], shifts: ['Früh 7–15', 'Spät 14–21'],
    intro: 'Ich brauch den Schichtplan fürs Café nächste Woche. Jede Schicht braucht %N Leute, mindestens eine Person davon Barista.',
    staffLine: (n, w, a, m, b) => `${n} – ${w}/Std – kann: ${a} – max. ${m} Std${b ? ' – Barista' : ''}`,
    need: (n) => `Samstag früh brauchen wir ${n}`,
    ask: (n, h) => `So günstig wie möglich, aber keine Schicht unterbesetzt. ${n} braucht mindestens ${h} Stunden (Werkstudentenvertrag). Wenn er steht, bitte veröffentlichen.`,
    cur: (n) => `${n.toFixed(2).replace('.', ',')} €`,
  },
  fr: {
    staff: [['Camille', 12.4], ['Jonas', 11.8], ['Nadia', 13.0], ['Léo', 11.9], ['Inès', 11.65], ['Bastien', 14.1]],
    days: ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam'], shifts: ['matin 7h-15h', 'soir 14h-21h'],
    intro: "Il me faut le planning du café pour la semaine prochaine. Chaque service demande %N personnes dont au moins un(e) barista.",
    staffLine: (n, w, a, m, b) => `${n} — ${w}/h — dispo : ${a} — max ${m} h${b ? ' — barista' : ''}`,
    need: (n) => `Le samedi matin il en faut ${n}`,
    ask: (n, h) => `Le moins cher possible, sans laisser un service en sous-effectif. ${n} doit avoir au moins ${h} h (contrat étudiant). Publie-le quand c'est bon.`,
    cur: (n) => `${n.toFixed(2).replace('.', ',')} €`,
  },
};

const ubCafeRota: Family = {
  id: 'wg-ub-cafe-rota',
  label: 'utility_based',
  difficulty: 'hard',
  secondary: 'goal_based',
  variants: 4,
  rationale: 'Staff with different wages, availability and hour limits must be assigned to cover every shift at the lowest wage bill, a cost-weighed schedule rather than a mere feasible one, though coverage is a hard constraint too.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'de', 'fr'], i);
    const r = ROTA[lang]!;
    const staff = rng.sample(r.staff, rng.int(5, 6));
    const perShift = 2;
    const lines = staff.map(([name, wage], k) => {
      const avail: string[] = [];
      for (const d of r.days) {
        const roll = rng.next();
        if (roll < 0.25) avail.push(`${d} ${r.shifts[0].split(' ')[0]}`);
        else if (roll < 0.5) avail.push(`${d} ${r.shifts[1].split(' ')[0]}`);
        else if (roll < 0.92) avail.push(d);
      }
      return r.staffLine(name, r.cur(wage + rng.int(-3, 3) * 0.1), avail.join(', ') || r.days.slice(0, 3).join(', '), rng.pick([16, 20, 24, 30, 40]), k < 3 || rng.chance(0.3));
    });
    const minPerson = staff[1]![0];
    const text = `${r.intro.replace('%N', String(perShift))} ${r.need(3)}.\n${r.shifts.join(' / ')}\n\n${lines.join('\n')}\n\n${r.ask(minPerson, rng.pick([12, 15, 16]))}`;
    const messages: Msgs = [user(text)];
    if (rng.chance(0.5)) {
      messages.push(say(t(lang, {
        es: '¿Los turnos de mañana y tarde se solapan una hora a propósito, y esa hora cuenta para las dos personas?',
        en: 'Do the early and late shifts overlap by an hour on purpose, and does that hour count for both people?',
        de: 'Überschneiden sich Früh- und Spätschicht absichtlich um eine Stunde, und zählt die Stunde für beide?',
        fr: 'Le matin et le soir se chevauchent d\'une heure exprès, et cette heure compte pour les deux personnes ?',
      })));
      messages.push(user(t(lang, {
        es: 'sí, es la hora del relevo, se paga a los dos',
        en: 'yes that\'s handover, both get paid',
        de: 'ja, das ist die Übergabe, beide werden bezahlt',
        fr: 'oui c\'est la passation, les deux sont payés',
      })));
    }
    return {
      lang,
      messages,
      tools: [tool('publish_rota', 'Publish the weekly rota to the staff app.', { week: str, assignments: list(obj({ day: str, shift: str, staff: list(str) })) })],
      tool_choice: 'auto',
    };
  },
};

const ubAskingPrice: Family = {
  id: 'wg-ub-asking-price',
  label: 'utility_based',
  secondary: 'learning',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The agent picks an asking price by weighing sale price against the stated odds of selling in time and the monthly carrying cost, an expected-value choice; the recent comparable sales could also be read as past cases to generalise from.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'zh', 'pt'], i);
    const unit = lang === 'zh' ? 10000 : 1000;
    const base = lang === 'zh' ? rng.int(280, 520) : rng.int(310, 620);
    const fmt = (x: number): string => t(lang, {
      en: `£${(x * unit).toLocaleString('en-GB')}`,
      fr: `${(x * unit).toLocaleString('fr-FR')} €`,
      zh: `${x}万元`,
      pt: `R$ ${(x * unit).toLocaleString('pt-BR')}`,
    });
    const comps = [0, 1, 2].map(() => ({ p: base + rng.int(-25, 25), m2: rng.int(70, 110), dom: rng.int(12, 90) }));
    const options = [-5, 0, 5, 10].map((pct) => {
      const p30 = Math.min(88, Math.max(12, 62 - pct * 4 + rng.int(-4, 4)));
      const p90 = Math.min(97, Math.max(p30 + 10, 90 - pct * 2 + rng.int(-3, 3)));
      return { price: Math.round(base * (1 + pct / 100)), p30, p90 };
    });
    const carry = lang === 'zh' ? rng.int(8, 15) * 1000 : rng.int(15, 30) * 100;
    const carryTxt = lang === 'zh' ? `${carry}元` : lang === 'en' ? `£${carry}` : lang === 'pt' ? `R$ ${carry * 5}` : `${carry} €`;
    const compLines = comps.map((c, k) => t(lang, {
      en: `- No. ${10 + k * 6} same street, ${c.m2} m², sold ${fmt(c.p)}, ${c.dom} days on market`,
      fr: `- n°${10 + k * 6} même rue, ${c.m2} m², vendu ${fmt(c.p)}, ${c.dom} jours en vente`,
      zh: `- 同小区${10 + k * 3}栋，${c.m2}平，成交${fmt(c.p)}，挂牌${c.dom}天`,
      pt: `- nº ${10 + k * 6} mesma rua, ${c.m2} m², vendido por ${fmt(c.p)}, ${c.dom} dias anunciado`,
    })).join('\n');
    const optLines = options.map((o) => t(lang, {
      en: `${fmt(o.price)}: ${o.p30}% chance of an acceptable offer within 30 days, ${o.p90}% within 90`,
      fr: `${fmt(o.price)} : ${o.p30} % de chances d'une offre acceptable sous 30 jours, ${o.p90} % sous 90 jours`,
      zh: `${fmt(o.price)}：30天内有合适报价的概率${o.p30}%，90天内${o.p90}%`,
      pt: `${fmt(o.price)}: ${o.p30}% de chance de proposta aceitável em 30 dias, ${o.p90}% em 90`,
    })).join('\n');
    const text = t(lang, {
      en: `Need to set the asking price for the Hendersons' semi (3 bed, 94 m²) today.\n\nRecent sales nearby:\n${compLines}\n\nOur valuation tool's odds:\n${optLines}\n\nThey're paying ${carryTxt}/month in bridging interest until it sells and the bridge ends in 4 months, after that it gets ugly. Offers usually land ~3% under asking. Which asking price do I recommend to them?`,
      fr: `Je dois fixer le prix de mise en vente de la maison des Moreau (3 chambres, 94 m²) aujourd'hui.\n\nVentes récentes dans le quartier :\n${compLines}\n\nProbabilités de notre outil d'estimation :\n${optLines}\n\nIls paient ${carryTxt} par mois d'intérêts de prêt relais jusqu'à la vente, et le relais s'arrête dans 4 mois. Les offres arrivent en général ~3 % sous le prix affiché. Quel prix je leur conseille ?`,
      zh: `今天要给王先生家那套三居室（94平）定挂牌价。\n\n附近最近成交：\n${compLines}\n\n我们估价系统给的概率：\n${optLines}\n\n房东在卖掉之前每月要付${carryTxt}的过桥贷款利息，过桥贷款4个月后到期，到时候会很麻烦。一般成交价比挂牌价低3%左右。我该建议他们挂多少？`,
      pt: `Preciso definir hoje o preço de anúncio da casa dos Albuquerque (3 quartos, 94 m²).\n\nVendas recentes na região:\n${compLines}\n\nProbabilidades da nossa ferramenta de avaliação:\n${optLines}\n\nEles pagam ${carryTxt} por mês de juros do empréstimo-ponte até vender, e o empréstimo vence em 4 meses; depois disso complica. As propostas costumam vir ~3% abaixo do anunciado. Que preço eu recomendo?`,
    });
    return { lang, messages: [user(text)] };
  },
};

const utilityBased: Family[] = [ubAdSplit, ubSpecialsPick, ubFreelanceMonth, ubCafeRota, ubAskingPrice];

// ---------------------------------------------------------------------------------------------
// learning
// ---------------------------------------------------------------------------------------------

interface Subject { s: string; personal: boolean; discount: boolean; question: boolean }
const SUBJECTS: Partial<Record<Lang, { shop: string; past: Subject[]; next: Subject[]; ask: (occasion: string) => string; occasion: string[]; head: string }>> = {
  de: {
    shop: 'Papeterie Federleicht',
    head: 'Datum | Betreff | Öffnungsrate | Klicks | Bestellungen',
    occasion: ['Muttertag', 'Schulanfang', 'Adventskalender'],
    ask: (o) => `Hier meine letzten Newsletter (Papeterie Federleicht). Nächste Woche geht die Mail zum Thema ${o} raus. Welcher von diesen Betreffs soll es sein, oder fällt dir ein besserer ein?`,
    past: [
      { s: 'Frühlingsgrüße aus der Werkstatt – Annas neue Karten', personal: true, discount: false, question: false },
      { s: '20 % auf alle Notizbücher!', personal: false, discount: true, question: false },
      { s: 'Schon mal mit Siegelwachs gearbeitet?', personal: false, discount: false, question: true },
      { s: 'Neu im Sortiment: Washi-Tapes', personal: false, discount: false, question: false },
      { s: 'Was ich diese Woche auf dem Schreibtisch hatte', personal: true, discount: false, question: false },
      { s: 'Nur bis Sonntag: 15 % Rabatt', personal: false, discount: true, question: false },
      { s: 'Kennst du schon unsere Kalligrafie-Sets?', personal: false, discount: false, question: true },
    ],
    next: [
      { s: '10 % auf Geschenkpapier – nur diese Woche', personal: false, discount: true, question: false },
      { s: 'Ein Brief von mir an eure Mamas', personal: true, discount: false, question: false },
      { s: 'Neue Karten für jeden Anlass', personal: false, discount: false, question: false },
    ],
  },
  en: {
    shop: 'Wick & Whisper candles',
    head: 'date | subject | open rate | clicks | orders',
    occasion: ["Mother's Day", 'Black Friday', 'autumn scents launch'],
    ask: (o) => `pasting my past newsletters below (Wick & Whisper candles). the ${o} one goes out thursday. which subject line should I use out of the three at the bottom, or write me a better one`,
    past: [
      { s: "What I've been pouring this week 🕯️", personal: true, discount: false, question: false },
      { s: '25% OFF EVERYTHING this weekend', personal: false, discount: true, question: false },
      { s: 'Ever tried a wooden wick?', personal: false, discount: false, question: true },
      { s: 'New: the Seaside collection', personal: false, discount: false, question: false },
      { s: 'A little note from the studio', personal: true, discount: false, question: false },
      { s: 'Last chance – 15% off ends tonight', personal: false, discount: true, question: false },
      { s: 'Which scent are you?', personal: false, discount: false, question: true },
    ],
    next: [
      { s: '20% off gift sets – this week only', personal: false, discount: true, question: false },
      { s: 'I made something for your mum', personal: true, discount: false, question: false },
      { s: 'Gift sets are back in stock', personal: false, discount: false, question: false },
    ],
  },
  fr: {
    shop: 'Épicerie fine Le Garde-Manger',
    head: 'date | objet | taux d\'ouverture | clics | commandes',
    occasion: ['la fête des pères', 'les paniers de Noël', 'la rentrée'],
    ask: (o) => `Voici mes dernières newsletters (Le Garde-Manger). Celle pour ${o} part jeudi. Lequel de ces trois objets je prends, ou tu as mieux ?`,
    past: [
      { s: 'Ce que Paul a rapporté du marché ce matin', personal: true, discount: false, question: false },
      { s: '-20 % sur toutes les huiles !', personal: false, discount: true, question: false },
      { s: 'Vous connaissez le poivre de Timut ?', personal: false, discount: false, question: true },
      { s: 'Nouveautés : les terrines de la maison Vidal', personal: false, discount: false, question: false },
      { s: 'Un mot de la boutique', personal: true, discount: false, question: false },
      { s: 'Dernier jour : -15 % sur les coffrets', personal: false, discount: true, question: false },
      { s: 'Quel fromage avec un vin jaune ?', personal: false, discount: false, question: true },
    ],
    next: [
      { s: '-10 % sur les coffrets cadeaux cette semaine', personal: false, discount: true, question: false },
      { s: 'Paul vous a préparé quelques idées', personal: true, discount: false, question: false },
      { s: 'Nos coffrets cadeaux sont arrivés', personal: false, discount: false, question: false },
    ],
  },
  es: {
    shop: 'Cerámica Barro y Sal',
    head: 'fecha | asunto | apertura | clics | pedidos',
    occasion: ['el Día de la Madre', 'Navidad', 'la vuelta al cole'],
    ask: (o) => `Te pego mis últimos newsletters (Barro y Sal). El de ${o} sale el jueves. ¿Cuál de estos tres asuntos uso, o se te ocurre uno mejor?`,
    past: [
      { s: 'Lo que ha salido hoy del horno', personal: true, discount: false, question: false },
      { s: '¡20 % en todas las tazas!', personal: false, discount: true, question: false },
      { s: '¿Sabes cómo se hace un esmalte?', personal: false, discount: false, question: true },
      { s: 'Novedad: colección Mediterráneo', personal: false, discount: false, question: false },
      { s: 'Una carta desde el taller', personal: true, discount: false, question: false },
      { s: 'Último día: 15 % de descuento', personal: false, discount: true, question: false },
      { s: '¿Qué plato eres tú?', personal: false, discount: false, question: true },
    ],
    next: [
      { s: '10 % en packs regalo solo esta semana', personal: false, discount: true, question: false },
      { s: 'He hecho algo pensando en vuestras madres', personal: true, discount: false, question: false },
      { s: 'Ya están aquí los packs regalo', personal: false, discount: false, question: false },
    ],
  },
  ja: {
    shop: '和菓子処 つきみ堂',
    head: '配信日｜件名｜開封率｜クリック｜注文',
    occasion: ['母の日', 'お歳暮', 'お彼岸'],
    ask: (o) => `これまでのメルマガの結果です（つきみ堂）。${o}のメルマガを木曜に送ります。下の3つの件名のどれがいいですか？もっといい案があれば教えてください。`,
    past: [
      { s: '今朝、店主が炊いたあんこの話', personal: true, discount: false, question: false },
      { s: '全品20%オフ！週末限定', personal: false, discount: true, question: false },
      { s: '練り切りの作り方、ご存じですか？', personal: false, discount: false, question: true },
      { s: '新商品：栗きんとん', personal: false, discount: false, question: false },
      { s: '店主からのご挨拶', personal: true, discount: false, question: false },
      { s: '本日まで15%オフ', personal: false, discount: true, question: false },
      { s: 'あなたはこしあん派？つぶあん派？', personal: false, discount: false, question: true },
    ],
    next: [
      { s: '母の日ギフト10%オフ 今週だけ', personal: false, discount: true, question: false },
      { s: '店主がお母さんへの贈り物を考えました', personal: true, discount: false, question: false },
      { s: '母の日ギフト、入荷しました', personal: false, discount: false, question: false },
    ],
  },
};

const lrNewsletterSubject: Family = {
  id: 'wg-lr-newsletter-subject',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The choice of subject line should come from the pattern in the shop\'s own past sends and their open and order numbers, generalised to a new mailing.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'fr', 'es', 'ja'], i);
    const s = SUBJECTS[lang]!;
    const past = rng.sample(s.past, rng.int(5, 7));
    let day = rng.int(20, 60);
    const rows = past.map((p) => {
      day += rng.int(10, 18);
      const open = 21 + (p.personal ? 11 : 0) - (p.discount ? 6 : 0) + (p.question ? 4 : 0) + rng.int(-2, 2);
      const clicks = Math.round(open * (p.discount ? 0.22 : 0.15) * 10) / 10;
      const orders = Math.round(open * (p.personal ? 0.9 : 0.5) + (p.discount ? 4 : 0) + rng.int(-2, 2));
      return `${dateOf(lang, day)} | ${p.s} | ${open}% | ${clicks}% | ${orders}`;
    });
    const cands = rng.sample(s.next, 3).map((c, k) => `${String.fromCharCode(65 + k)}) ${c.s}`);
    const occ = lang === 'ja' ? s.occasion[0]! : rng.pick(s.occasion);
    const text = `${s.ask(occ)}\n\n${s.head}\n${rows.join('\n')}\n\n${cands.join('\n')}`;
    return { lang, messages: [user(text)] };
  },
};

interface GlazeText { clays: string[]; glazes: string[]; results: { crawl: string; pin: string; thin: string; good: string }; intro: string; row: (n: number, clay: string, glaze: string, dips: number, hold: number, res: string) => string; ask: (clay: string, glaze: string) => string }
const GLAZE: Partial<Record<Lang, GlazeText>> = {
  ja: {
    clays: ['磁器土', '白信楽', '赤土（鉄分多め）'], glazes: ['織部', '透明釉', 'なまこ釉', '白マット'],
    results: { crawl: '釉が縮れて素地が見えた', pin: 'ピンホールだらけ', thin: '薄くてムラ', good: 'きれいに溶けた' },
    intro: 'テストピースの記録です（電気窯、全部1230℃）。',
    row: (n, c, g, d, h, r) => `#${n} ${c}／${g}／${d}回がけ／ねらし${h}分 → ${r}`,
    ask: (c, g) => `次は${c}に${g}をかけて、マグを12個焼きたいです。何回がけで、ねらしは何分にすればいいですか？どうなりそうかも教えてください。`,
  },
  en: {
    clays: ['porcelain', 'white stoneware', 'red iron stoneware'], glazes: ['celadon', 'clear gloss', 'floating blue', 'satin white'],
    results: { crawl: 'crawled, bare patches', pin: 'pinholes everywhere', thin: 'thin & patchy', good: 'lovely, smooth' },
    intro: 'my test tile notes (electric kiln, all cone 6):',
    row: (n, c, g, d, h, r) => `#${n} ${c} / ${g} / ${d} dip${d > 1 ? 's' : ''} / hold ${h} min → ${r}`,
    ask: (c, g) => `next firing is 12 mugs, ${c} with ${g}. how many dips and how long a hold, and what do you think I'll get?`,
  },
  zh: {
    clays: ['高白泥', '白炻器泥', '红陶泥（含铁高）'], glazes: ['青瓷釉', '透明釉', '窑变蓝', '哑光白'],
    results: { crawl: '缩釉，露胎', pin: '满是针孔', thin: '太薄，发花', good: '很漂亮，釉面平滑' },
    intro: '这是我的试片记录（电窑，统一烧到1230℃）：',
    row: (n, c, g, d, h, r) => `#${n} ${c}／${g}／浸釉${d}次／保温${h}分钟 → ${r}`,
    ask: (c, g) => `下一窑要烧12个杯子，${c}配${g}。浸几次釉、保温多久？大概会烧成什么样？`,
  },
  de: {
    clays: ['Porzellan', 'weißes Steinzeug', 'rotes, eisenhaltiges Steinzeug'], glazes: ['Seladon', 'Transparent glänzend', 'Fließblau', 'Seidenmatt weiß'],
    results: { crawl: 'Glasur zusammengezogen, kahle Stellen', pin: 'lauter Nadelstiche', thin: 'dünn und fleckig', good: 'schön glatt' },
    intro: 'Meine Probeplättchen (Elektroofen, alles 1230 °C):',
    row: (n, c, g, d, h, r) => `#${n} ${c} / ${g} / ${d}x getaucht / Haltezeit ${h} min → ${r}`,
    ask: (c, g) => `Als Nächstes kommen 12 Becher, ${c} mit ${g}. Wie oft tauchen, wie lange halten, und was kommt wohl raus?`,
  },
};

const lrGlazeTiles: Family = {
  id: 'wg-lr-glaze-tiles',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'How thickness, clay body and hold time drive the fired result is never stated; it must be inferred from the potter\'s earlier test tiles and applied to a new clay and glaze pairing.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'zh', 'de'], i);
    const g = GLAZE[lang]!;
    const outcome = (clay: number, dips: number, hold: number): string => {
      if (dips >= 3 && clay === 0) return g.results.crawl;
      if (clay === 2 && hold === 0) return g.results.pin;
      if (dips === 1) return g.results.thin;
      return g.results.good;
    };
    const n = rng.int(6, 9);
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const clay = k % 3;
      const glaze = rng.int(0, g.glazes.length - 2);
      const dips = rng.int(1, 3);
      const hold = rng.pick([0, 0, 10, 20]);
      rows.push(g.row(k + 1, g.clays[clay]!, g.glazes[glaze]!, dips, hold, outcome(clay, dips, hold)));
    }
    const newClay = g.clays[rng.pick([0, 2])]!;
    const newGlaze = g.glazes[g.glazes.length - 1]!;
    return {
      lang,
      messages: [user(`${g.intro}\n${rows.join('\n')}\n\n${g.ask(newClay, newGlaze)}`)],
      response_format: jsonSchema('firing_choice', { dips: int, hold_minutes: int, expected_result: str, based_on_tiles: list(int) }),
    };
  },
};

interface MemoryCase { lang: Lang; client: string; brief: string; query: string; notes: string[] }
const MEMORY_CASES: MemoryCase[] = [
  {
    lang: 'es', client: 'Bodegas Ruiz', query: 'Bodegas Ruiz reacciones del cliente',
    brief: 'Bodegas Ruiz nos pide etiqueta para su nuevo rosado de edición limitada. Propón tres direcciones de diseño para la primera reunión.',
    notes: [
      '2022 · etiqueta crianza: rechazaron la propuesta en acuarela («parece de supermercado»); aprobaron la de grabado en línea fina sobre papel texturado',
      '2023 · web: el dueño (Don Ernesto) odió los tonos pastel; la hija (Clara, marketing) los defendía. Al final se quedó terracota + crema',
      '2023 · catálogo: siempre pide tres opciones y cuando duda elige la más sobria',
      '2024 · redes: las fotos con gente en la viña funcionaron el doble que las de botella sola',
      '2024 · logo aniversario: tipografía manuscrita descartada por ilegible a distancia; se aprobó serif con mucho contraste',
    ],
  },
  {
    lang: 'en', client: 'Hollow Oak Bakery', query: 'Hollow Oak Bakery past feedback',
    brief: "Hollow Oak Bakery wants a look for their new sourdough subscription box (box, sticker, insert card). Give me 3 directions to show them Tuesday.",
    notes: [
      '2022 shop sign: owner (Ruth) rejected the script logo, "can\'t read it from across the road"; went with chunky slab serif',
      '2023 menu boards: pastel mock-up got "looks like a baby shower", approved kraft + forest green',
      '2023 instagram templates: posts showing hands/people baking got ~2x the saves of product-only shots',
      '2024 loyalty card: Ruth asked for fewer words every round; final had 9 words total',
      'general: always wants to see 3 options; picks the plainest when unsure',
    ],
  },
  {
    lang: 'pt', client: 'Estúdio Yoga Raiz', query: 'Estúdio Yoga Raiz histórico de aprovações',
    brief: 'O Estúdio Yoga Raiz quer um kit para a nova turma de yoga pré-natal: cartaz, post e um folheto. Me dá 3 caminhos de design pra apresentar.',
    notes: [
      '2022 · logo: recusaram o símbolo de lótus ("clichê"); aprovaram monograma simples',
      '2023 · cartazes: fotos de banco de imagem foram vetadas, só fotos das alunas reais com autorização',
      '2023 · paleta: rosa claro recusado, aprovado verde-oliva + areia',
      '2024 · posts: textos longos tiveram pouco alcance; frases curtas de uma linha funcionaram bem melhor',
      'geral: a dona (Renata) decide sozinha e rápido se vê no máximo 3 opções',
    ],
  },
  {
    lang: 'fr', client: 'Fromagerie Chevalier', query: 'Fromagerie Chevalier retours client',
    brief: 'La Fromagerie Chevalier veut une identité pour ses nouveaux plateaux apéro à emporter (boîte, étiquette, carte). Propose trois pistes pour le rendez-vous de jeudi.',
    notes: [
      '2022 · enseigne : typo manuscrite refusée (« illisible depuis le trottoir »), didone contrastée retenue',
      '2023 · sacs : le pastel a été jugé « trop mignon », validé ocre + noir',
      '2023 · Instagram : les photos avec les mains du fromager font deux fois plus de partages que les packshots',
      '2024 · flyers : M. Chevalier a coupé le texte de moitié à chaque version',
      'général : veut toujours trois pistes, choisit la plus sobre en cas de doute',
    ],
  },
];

const lrClientMemory: Family = {
  id: 'wg-lr-client-memory',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The studio assistant retrieves notes on how this client reacted to earlier work and must carry those lessons into design directions for a new brief.',
  make: (rng, i) => {
    const c = MEMORY_CASES[i % MEMORY_CASES.length]!;
    const notes = rng.sample(c.notes, rng.int(4, 5));
    const system = t(c.lang, {
      en: 'You are the assistant of a three-person design studio. search_memory finds notes from past projects. Keep proposals short: a name, a line on the look, a line on why.',
      es: 'Eres el asistente de un estudio de diseño de tres personas. search_memory busca notas de proyectos anteriores. Propuestas breves: nombre, una línea sobre el estilo y otra sobre el porqué.',
      pt: 'Você é o assistente de um estúdio de design de três pessoas. search_memory busca notas de projetos anteriores. Propostas curtas: nome, uma linha sobre o visual e outra sobre o porquê.',
      fr: "Tu es l'assistant d'un studio de design de trois personnes. search_memory retrouve les notes des projets passés. Propositions courtes : un nom, une ligne sur le style, une ligne sur le pourquoi.",
    });
    const messages: Msgs = [sys(system), user(c.brief)];
    exchange(rng, messages, 'search_memory', { query: c.query, limit: 8 }, { client: c.client, notes: notes.map((n, k) => ({ id: `m${k + 1}`, text: n })) });
    return {
      lang: c.lang,
      messages,
      tools: [
        tool('search_memory', 'Search notes from past projects.', { query: str, limit: int }),
        tool('save_note', 'Save a note for future projects.', { client: str, text: str }),
      ],
    };
  },
};

const lrQuoteHistory: Family = {
  id: 'wg-lr-quote-history',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The per-head price has to be inferred from which earlier quotes were won or lost and why, then applied to a new enquiry; setting a price also has a revenue trade-off.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'zh'], i);
    const cur = (n: number): string => (lang === 'zh' ? `¥${n * 7}` : lang === 'en' ? `£${n}` : `${n} €`);
    const types = t(lang, { en: 'wedding|corporate lunch|birthday|christening', de: 'Hochzeit|Firmenessen|Geburtstag|Taufe', es: 'boda|comida de empresa|cumpleaños|bautizo', zh: '婚宴|公司午宴|生日宴|满月酒' }).split('|');
    const won = t(lang, { en: 'won', de: 'gewonnen', es: 'ganado', zh: '签了' });
    const lost = t(lang, { en: 'lost', de: 'verloren', es: 'perdido', zh: '没签' });
    const why = t(lang, {
      en: 'too pricey vs. the hotel|loved the tasting|went with cheaper caterer|no reason given|said we were great value',
      de: 'zu teuer im Vergleich zum Hotel|Probeessen hat überzeugt|günstigeren Caterer genommen|keine Begründung|fanden Preis-Leistung super',
      es: 'caro comparado con el hotel|les encantó la prueba de menú|se fueron con un catering más barato|sin motivo|dijeron que era muy buen precio',
      zh: '比酒店贵|试菜很满意|选了更便宜的|没说原因|说性价比很高',
    }).split('|');
    const rows: string[] = [];
    const records: Record<string, unknown>[] = [];
    const n = rng.int(7, 10);
    for (let k = 0; k < n; k++) {
      const ty = rng.int(0, 3);
      const guests = rng.int(3, 15) * 10;
      const price = rng.int(28, 62);
      const threshold = [48, 35, 40, 38][ty]! - (guests > 100 ? 4 : 0);
      const ok = price <= threshold + rng.int(-3, 3);
      const reason = ok ? why[rng.pick([1, 4, 3])]! : why[rng.pick([0, 2, 3])]!;
      rows.push(`${types[ty]} | ${guests} | ${cur(price)} | ${ok ? won : lost} | ${reason}`);
      records.push({ event: types[ty], guests, per_head: lang === 'zh' ? price * 7 : price, result: ok ? 'won' : 'lost', client_comment: reason });
    }
    const newType = types[rng.int(0, 3)]!;
    const newGuests = rng.int(4, 14) * 10;
    const schema = jsonSchema('quote_price', { price_per_head: num, reasoning: str });
    if (i % 2 === 1) {
      const ask = t(lang, {
        en: `new enquiry: ${newType}, ${newGuests} guests, 3 courses, they're "getting a few quotes". pull our quotes from the last 12 months and tell me what per-head price to send.`,
        de: `Neue Anfrage: ${newType}, ${newGuests} Gäste, 3 Gänge, sie holen „mehrere Angebote ein". Schau dir unsere Angebote der letzten 12 Monate an und sag mir, welchen Pro-Kopf-Preis ich schicke.`,
        es: `Nueva solicitud: ${newType}, ${newGuests} invitados, 3 platos, están «pidiendo varios presupuestos». Mira nuestros presupuestos de los últimos 12 meses y dime qué precio por cubierto mando.`,
        zh: `新询价：${newType}，${newGuests}人，三道菜，对方说"在比较几家"。查一下我们过去12个月的报价，告诉我每位报多少。`,
      });
      const messages: Msgs = [user(ask)];
      exchange(rng, messages, 'get_past_quotes', { months: 12 }, { currency: lang === 'zh' ? 'CNY' : lang === 'en' ? 'GBP' : 'EUR', quotes: records });
      return {
        lang,
        messages,
        tools: [tool('get_past_quotes', 'Quotes sent in the last N months with their outcome.', { months: int })],
        response_format: schema,
      };
    }
    const text = t(lang, {
      en: `our quotes from the last year (type | guests | per head | result | comment):\n${rows.join('\n')}\n\nnew enquiry just in: ${newType}, ${newGuests} guests, 3 courses, they mentioned they're "getting a few quotes". what per-head price do I send?`,
      de: `Unsere Angebote vom letzten Jahr (Anlass | Gäste | pro Kopf | Ergebnis | Kommentar):\n${rows.join('\n')}\n\nNeue Anfrage: ${newType}, ${newGuests} Gäste, 3 Gänge, sie holen „mehrere Angebote ein". Welchen Pro-Kopf-Preis schicke ich?`,
      es: `Nuestros presupuestos del último año (tipo | invitados | por cubierto | resultado | comentario):\n${rows.join('\n')}\n\nNueva solicitud: ${newType}, ${newGuests} invitados, 3 platos, dicen que están «pidiendo varios presupuestos». ¿Qué precio por cubierto les mando?`,
      zh: `我们去年的报价记录（类型｜人数｜每位价格｜结果｜备注）：\n${rows.join('\n')}\n\n新询价：${newType}，${newGuests}人，三道菜，对方说"在比较几家"。我每位报多少？`,
    });
    return {
      lang,
      messages: [user(text)],
      response_format: schema,
    };
  },
};

interface EditRound { review: string; draft: string; edited: string }
const EDIT_ROUNDS: Partial<Record<Lang, { rounds: EditRound[]; next: string[]; ask: string; changed: string }>> = {
  en: {
    ask: 'can you draft a reply to this review?',
    changed: 'posted this instead:',
    rounds: [
      { review: '★★☆☆☆ Pizza was cold by the time it got to us and the driver was rude.', draft: 'Dear valued customer, we sincerely apologise for the inconvenience caused. As a gesture of goodwill we would like to offer you 20% off your next order.', edited: "Sorry about that, cold pizza is the worst. Could you DM us your order number? I want to look into the delivery. – Gio" },
      { review: '★★★★★ Best margherita in town, the crust is perfect!', draft: 'Thank you so much for your wonderful review! We are delighted to hear that you enjoyed your experience with us and hope to welcome you back soon!', edited: 'Thank you! The dough rests 48h, glad it shows 🙂 – Gio' },
      { review: '★★★☆☆ Good food but we waited 25 min for a table even with a booking.', draft: 'We apologise for the wait. We are always striving to improve our service and your feedback is very valuable to us.', edited: "That's not how bookings should work, sorry. Friday was a mess on our side. DM me and I'll sort it. – Gio" },
    ],
    next: ['★★☆☆☆ The calzone was huge but really salty. Staff were lovely though.', '★★★★☆ Great tiramisu, pizza a bit too charred for me.', '★☆☆☆☆ Ordered for pickup, it wasn\'t ready and no one apologised.'],
  },
  fr: {
    ask: 'Tu peux me rédiger une réponse à cet avis ?',
    changed: "J'ai publié ça à la place :",
    rounds: [
      { review: '★★☆☆☆ Le gâteau commandé pour l\'anniversaire était écrasé dans la boîte.', draft: 'Cher client, nous vous prions de bien vouloir accepter nos plus sincères excuses. Afin de nous faire pardonner, nous vous offrons 15 % sur votre prochaine commande.', edited: "Désolée, un gâteau d'anniversaire abîmé c'est vraiment raté. Écrivez-moi en message privé avec la date, je veux comprendre ce qui s'est passé. – Élodie" },
      { review: '★★★★★ Les meilleurs éclairs de Nantes !', draft: 'Merci infiniment pour ce magnifique avis ! Toute l\'équipe est ravie et a hâte de vous accueillir à nouveau !', edited: 'Merci ! Le pralin est fait maison chaque matin, ça fait plaisir que ça se sente. – Élodie' },
      { review: '★★★☆☆ Très bon mais 20 minutes de queue un dimanche.', draft: 'Nous sommes navrés pour cette attente. Vos remarques nous aident à nous améliorer en permanence.', edited: "Le dimanche c'est la folie, pardon pour l'attente. On ouvre une deuxième caisse dès le mois prochain. – Élodie" },
    ],
    next: ['★★☆☆☆ Croissants pas assez cuits deux fois de suite.', '★★★★☆ Super tarte au citron, un peu chère quand même.', '★☆☆☆☆ Commande passée par téléphone, jamais préparée.'],
  },
  ja: {
    ask: 'このレビューへの返信を下書きしてもらえますか？',
    changed: '実際にはこう直して投稿しました：',
    rounds: [
      { review: '★★☆☆☆ 注文した花束がイメージと違い、色がくすんでいました。', draft: 'この度は大変ご迷惑をおかけし、誠に申し訳ございません。お詫びとして次回ご注文時に20%割引をさせていただきます。', edited: 'イメージと違う花束になってしまい、すみません。どんな色合いをお考えだったか、DMで教えていただけますか。次に活かしたいです。店主・森' },
      { review: '★★★★★ 誕生日の花束、とても喜ばれました！', draft: 'この度は素敵なレビューをいただき、誠にありがとうございます！スタッフ一同、またのご来店を心よりお待ちしております！', edited: 'ありがとうございます！ラナンキュラスが一番きれいな時期でした。店主・森' },
      { review: '★★★☆☆ お花は素敵でしたが、電話がなかなかつながりませんでした。', draft: 'ご不便をおかけして申し訳ございません。今後のサービス向上に努めてまいります。', edited: '電話、一人で店に立っている時間は出られないことが多くてすみません。LINEだと確実です。店主・森' },
    ],
    next: ['★★☆☆☆ 配達の時間指定が守られませんでした。', '★★★★☆ センスは最高、でも少し高めかな。', '★☆☆☆☆ 3日で枯れました。'],
  },
  pt: {
    ask: 'Pode escrever uma resposta pra essa avaliação?',
    changed: 'Acabei postando isso:',
    rounds: [
      { review: '★★☆☆☆ O corte ficou torto e a cabeleireira nem perguntou o que eu queria.', draft: 'Prezada cliente, lamentamos profundamente o ocorrido. Como forma de compensação, oferecemos 20% de desconto no seu próximo atendimento.', edited: 'Poxa, sinto muito, não era pra ter sido assim. Me chama no direct que eu quero entender o que aconteceu. – Dani' },
      { review: '★★★★★ Melhor luzes que já fiz, amei!', draft: 'Muito obrigada pela sua avaliação maravilhosa! Ficamos muito felizes e esperamos vê-la novamente em breve!', edited: 'Obrigada!! A Jô caprichou nesse tom mel 🥰 – Dani' },
      { review: '★★★☆☆ Bom atendimento, mas atrasou 30 min.', draft: 'Pedimos desculpas pelo atraso. Estamos sempre buscando melhorar nossos serviços.', edited: 'Desculpa pela espera, sábado a agenda estourou. Vamos deixar um intervalo entre os horários a partir de agora. – Dani' },
    ],
    next: ['★★☆☆☆ A escova não durou nem um dia.', '★★★★☆ Ótimo salão, só o café que estava frio kkk', '★☆☆☆☆ Marquei e quando cheguei não tinha horário.'],
  },
};

const lrOwnerEdits: Family = {
  id: 'wg-lr-owner-edits',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Each earlier draft was rewritten by the owner in a consistent way (short, signed, no public discounts, move complaints to private messages), and the new reply must follow those corrections rather than the generic style.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'ja', 'pt'], i);
    const e = EDIT_ROUNDS[lang]!;
    const rounds = rng.sample(e.rounds, rng.int(2, 3));
    const messages: Msgs = [];
    for (const r of rounds) messages.push(user(`${e.ask}\n\n${r.review}`), say(r.draft), user(`${e.changed}\n${r.edited}`), say(t(lang, { en: 'Got it.', fr: 'Compris.', ja: '承知しました。', pt: 'Entendido.' })));
    messages.push(user(`${e.ask}\n\n${rng.pick(e.next)}`));
    return { lang, messages };
  },
};

const learning: Family[] = [lrNewsletterSubject, lrGlazeTiles, lrClientMemory, lrQuoteHistory, lrOwnerEdits];

// ---------------------------------------------------------------------------------------------
// non-agentic (labelled with the closest type)
// ---------------------------------------------------------------------------------------------

interface MenuCase { lang: Lang; ask: string; menu: string[] }
const MENU_CASES: MenuCase[] = [
  { lang: 'es', ask: '¿Me traduces la carta al inglés para los turistas? Que suene natural, no literal.', menu: ['Pulpo a feira con cachelos – 16 €', 'Croquetas caseras de jamón (6 uds.) – 9 €', 'Arroz meloso de boletus y foie – 19 €', 'Carrillera ibérica al Pedro Ximénez – 18 €', 'Tarta de queso de la abuela – 6 €', 'Pimientos de Padrón (unos pican y otros no) – 7 €'] },
  { lang: 'de', ask: 'Kannst du unsere Wochenkarte ins Französische übersetzen? Wir kriegen viele Gäste aus dem Elsass.', menu: ['Kürbiscremesuppe mit Kernöl – 6,50 €', 'Käsespätzle mit Röstzwiebeln – 13,90 €', 'Schweinebraten mit Knödel und Krautsalat – 16,50 €', 'Forelle Müllerin Art – 18,00 €', 'Apfelstrudel mit Vanillesoße – 6,00 €', 'Kaiserschmarrn mit Zwetschgenröster – 9,50 €'] },
  { lang: 'ja', ask: '海外のお客さんが増えたので、このメニューを英語にしてください。説明も少し足してもらえると助かります。', menu: ['だし巻き玉子 600円', '鶏の炭火焼き（柚子胡椒）850円', '季節の天ぷら盛り合わせ 1,200円', '〆のだし茶漬け 650円', 'わらび餅 450円', '自家製梅酒（ロック・ソーダ）550円'] },
  { lang: 'en', ask: 'can you translate our café menu into simplified Chinese? we have a lot of students from the uni nearby', menu: ['Flat white – £3.40', 'Bacon & egg roll – £5.50', 'Smashed avo on sourdough – £8.20', 'Soup of the day with crusty bread – £6.00', 'Sticky toffee brownie – £3.20', 'Oat milk +40p'] },
  { lang: 'pt', ask: 'Traduz o cardápio pro espanhol? Vamos participar de um festival em Buenos Aires.', menu: ['Coxinha de frango com catupiry – R$ 9', 'Pão de queijo (porção) – R$ 14', 'Moqueca de peixe com pirão – R$ 68', 'Feijoada completa (sábado) – R$ 59', 'Brigadeiro gourmet – R$ 6', 'Caipirinha de limão – R$ 22'] },
];

const naMenuTranslate: Family = {
  id: 'wg-na-menu-translate',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'Translating a pasted menu is a plain language task with no decision, memory or plan; the closest type is a one-shot reaction to the input.',
  make: (rng, i) => {
    const c = MENU_CASES[i % MENU_CASES.length]!;
    const lines = rng.sample(c.menu, rng.int(4, c.menu.length));
    return { lang: c.lang, messages: [user(`${c.ask}\n\n${lines.join('\n')}`)] };
  },
};

interface ListingCase { lang: Lang; ask: string; text: string }
const LISTING_CASES: ListingCase[] = [
  { lang: 'en', ask: 'can you rewrite this listing so it sounds warmer and less like a spreadsheet? keep it under 120 words', text: '2 bed flat, 1st floor, 68m2, gas CH, double glazing, south facing balcony, allocated parking, 5 min walk to station, 2 schools nearby, new kitchen 2022, chain free. EPC C. Service charge £1,100/yr.' },
  { lang: 'pt', ask: 'Reescreve a descrição desse produto da minha loja no Elo7 pra ficar mais charmosa? Sem exagerar.', text: 'Luminária de macramê. Algodão cru. 40 cm diâmetro. Feita à mão. Acompanha bocal e fio de 1,5 m. Lâmpada não inclusa. Prazo de produção 7 dias.' },
  { lang: 'de', ask: 'Kannst du die Anzeige für unsere Ferienwohnung schöner formulieren? Soll einladend klingen, aber ehrlich bleiben.', text: 'FeWo 45 qm, 2. OG ohne Aufzug, 1 SZ mit Doppelbett, Schlafsofa im WZ, Küche mit Spülmaschine, Balkon mit Blick auf Felder, 10 Min. zum See, Haustiere auf Anfrage, WLAN, keine Partys.' },
  { lang: 'es', ask: 'Mejórame el texto del anuncio del taller de cerámica para Instagram, que enganche pero sin sonar a teletienda.', text: 'Taller de iniciación al torno. Sábados 10-13h. 4 sesiones. 120€ material incluido. Máx 6 personas. Te llevas tus piezas esmaltadas. Apto para principiantes. Inscripción por DM.' },
];

const naListingPolish: Family = {
  id: 'wg-na-listing-polish',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'Rewriting a pasted listing in a nicer tone is plain text editing with no agent decision; closest to a single-input reaction.',
  make: (rng, i) => {
    const c = LISTING_CASES[i % LISTING_CASES.length]!;
    const messages: Msgs = [];
    if (rng.chance(0.4)) messages.push(sys(t(c.lang, { en: 'You are a helpful copywriter.', pt: 'Você é uma redatora prestativa.', de: 'Du bist ein hilfreicher Texter.', es: 'Eres un redactor publicitario.' })));
    messages.push(user(`${c.ask}\n\n${c.text}`));
    return { lang: c.lang, messages };
  },
};

interface ThreadCase { lang: Lang; intro: string; mails: string[]; ask: string }
const THREAD_CASES: ThreadCase[] = [
  {
    lang: 'en',
    intro: "i'm pasting the email thread with the client in bits, it's long",
    mails: [
      'From: Karen (Birchwood Dental) – Mon: Hi! Loved the three logo routes. Leaning to B (the tooth-leaf) but can the green be less minty?',
      'From: us – Mon: Sure, we\'ll try a deeper sage and send by Wed.',
      'From: Karen – Wed: Sage is great. Dr Shah now asks if we can see B with the name in caps.',
      'From: us – Thu: Attached caps version + original. Note caps gets tight on the sign width.',
      'From: Karen – Fri: Dr Shah prefers lowercase after all 🙃. Can we also get a version for the appointment cards? And the invoice for stage 1 hasn\'t arrived.',
      'From: us – Fri: Sending card layout Monday; invoice re-sent to accounts@.',
    ],
    ask: 'ok can you summarise this for my boss in 4-5 bullets? what was agreed and what is still open',
  },
  {
    lang: 'fr',
    intro: 'Je te colle le fil de mails avec le client en plusieurs morceaux, il est long.',
    mails: [
      'De : Sophie (Gîtes du Lac) – lundi : Les trois pistes sont chouettes, on part sur la 2 (la barque), mais le bleu fait un peu froid.',
      'De : nous – lundi : On essaie un bleu plus chaud, retour mercredi.',
      'De : Sophie – mercredi : Parfait. Mon mari voudrait voir le nom en capitales.',
      'De : nous – jeudi : Version capitales jointe ; attention, ça rentre mal sur le panneau du portail.',
      'De : Sophie – vendredi : Finalement on garde les minuscules. Il nous faudrait aussi une carte de visite. Et on n\'a pas reçu la facture de l\'acompte.',
      'De : nous – vendredi : Maquette carte lundi, facture renvoyée à la compta.',
    ],
    ask: 'Tu peux résumer pour ma patronne en 4-5 puces ? Ce qui est validé et ce qui reste en suspens.',
  },
  {
    lang: 'zh',
    intro: '我把和客户的邮件往来分几段贴给你，有点长。',
    mails: [
      '客户（禾木茶室，林小姐）周一：三个方案都不错，倾向B（茶叶那个），但绿色能不能别那么亮？',
      '我们 周一：好的，试一个更沉的墨绿，周三前发。',
      '林小姐 周三：墨绿很好。老板想看看店名用繁体的效果。',
      '我们 周四：附上繁体版和原版。繁体在门头上会显得比较挤。',
      '林小姐 周五：老板最后还是要简体😅。另外还需要一版会员卡。第一阶段的发票还没收到。',
      '我们 周五：会员卡版式下周一发，发票已重新寄给财务。',
    ],
    ask: '帮我给老板总结一下，4-5条：哪些定了，哪些还没定？',
  },
  {
    lang: 'de',
    intro: 'Ich kopier dir den Mailverlauf mit dem Kunden in Teilen rein, ist lang.',
    mails: [
      'Von: Herr Brandt (Tischlerei Brandt) – Mo: Die drei Entwürfe gefallen, wir tendieren zu C (der Hobel), aber das Rot ist zu knallig.',
      'Von: uns – Mo: Wir probieren ein gedeckteres Rostrot, bis Mittwoch.',
      'Von: Herr Brandt – Mi: Rostrot passt. Seine Frau möchte den Namen in Versalien sehen.',
      'Von: uns – Do: Versalien-Version anbei; auf dem Firmenwagen wird es damit eng.',
      'Von: Herr Brandt – Fr: Doch lieber Kleinbuchstaben. Wir bräuchten noch Visitenkarten. Und die Rechnung für Phase 1 ist nicht angekommen.',
      'Von: uns – Fr: Visitenkarten-Layout kommt Montag, Rechnung ging nochmal an die Buchhaltung.',
    ],
    ask: 'Kannst du das für meine Chefin in 4–5 Stichpunkten zusammenfassen? Was ist beschlossen, was ist noch offen?',
  },
];

const naThreadRecap: Family = {
  id: 'wg-na-thread-recap',
  label: 'model_based_reflex',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'Summarising a pasted email thread is a writing task, not an agent acting; its nearest type is the one that folds a sequence of updates into a current picture.',
  make: (rng, i) => {
    const c = THREAD_CASES[i % THREAD_CASES.length]!;
    const chunks = rng.int(2, 3);
    const per = Math.ceil(c.mails.length / chunks);
    const ack = t(c.lang, { en: 'ok, go on', fr: "D'accord, continue.", zh: '好的，继续。', de: 'Okay, weiter.' });
    const messages: Msgs = [];
    for (let k = 0; k < chunks; k++) {
      const part = c.mails.slice(k * per, (k + 1) * per).join('\n\n');
      if (!part) continue;
      messages.push(user(k === 0 ? `${c.intro}\n\n${part}` : part), say(ack));
    }
    messages.push(user(c.ask));
    return { lang: c.lang, messages };
  },
};

interface ExplainCase { lang: Lang; turns: string[] }
const EXPLAIN_CASES: ExplainCase[] = [
  { lang: 'en', turns: ["I'm an illustrator, a brewery wants to use one of my drawings on their cans. what's the difference between licensing it and a full buyout? how do people usually charge for each?"] },
  { lang: 'es', turns: ['Soy fotógrafa freelance. ¿Me explicas la diferencia entre cobrar por hora, por proyecto o por día? Nunca sé qué se usa en bodas y qué en fotografía de producto.', 'Vale. ¿Y qué es eso de los derechos de uso que ponen algunos en los presupuestos?'] },
  { lang: 'ja', turns: ['フリーランスのデザイナーです。見積もりは時間単価と案件ごとの固定料金、どちらで出すのが一般的ですか？それぞれのメリットとデメリットを初心者向けに説明してください。'] },
  { lang: 'pt', turns: ['Tenho uma lojinha de velas. O que é margem de contribuição e qual a diferença pra markup? Todo mundo fala disso e eu fico perdida.', 'E como isso muda quando eu vendo pelo Instagram com frete grátis?'] },
];

const naPricingExplain: Family = {
  id: 'wg-na-pricing-explain',
  label: 'utility_based',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'A freelancer or shop owner asks for an explanation of pricing concepts; no decision is being made, and the nearest type is the one about weighing costs and returns.',
  make: (rng, i) => {
    const c = EXPLAIN_CASES[i % EXPLAIN_CASES.length]!;
    const messages: Msgs = [user(c.turns[0]!)];
    if (c.turns.length > 1) {
      messages.push(say(t(c.lang, {
        en: 'Sure, here is the short version…',
        es: 'Claro. Por hora se usa sobre todo cuando el alcance no está claro; por proyecto cuando el entregable está bien definido; por día es habitual en bodas y producciones. En producto suele cobrarse por proyecto o por foto.',
        pt: 'Claro! Markup é quanto você soma ao custo para chegar no preço; margem de contribuição é quanto sobra de cada venda depois dos custos variáveis, para pagar os custos fixos e dar lucro. Exemplo: vela com custo R$ 12 vendida a R$ 30 → markup 2,5x, margem de contribuição R$ 18 (60%).',
      })));
      messages.push(user(c.turns[1]!));
    }
    return { lang: c.lang, messages, max_tokens: rng.pick([400, 600, 800]) };
  },
};

interface CaptionCase { lang: Lang; turns: [string, string, string] }
const CAPTION_CASES: CaptionCase[] = [
  { lang: 'en', turns: ['write me an instagram caption for our new autumn candle drop – scents are "Orchard Smoke", "Wet Leaves" and "Chai Porch". friday 6pm.', 'Autumn is officially poured 🍂 Orchard Smoke, Wet Leaves and Chai Porch land this Friday at 6pm. Set an alarm – last drop sold out in a day.', 'love it, can you make it shorter and less salesy?'] },
  { lang: 'de', turns: ['Schreib mir einen Instagram-Text für unsere neue Keramik-Kollektion „Ostsee" – Tassen und Teller in Sandtönen, ab Samstag im Laden.', 'Ein bisschen Strand für den Frühstückstisch 🌊 Unsere neue Kollektion „Ostsee" – Tassen und Teller in Sand- und Dünentönen – gibt\'s ab Samstag im Laden.', 'Schön! Kannst du noch zwei, drei passende Hashtags dazu und das Emoji weglassen?'] },
  { lang: 'zh', turns: ['帮我写一条小红书文案，我们花店出了新的"秋日野餐"花束，暖橘色系，周末可以预订。', '秋天的第一束花🍁 暖橘色的「秋日野餐」来啦，像在草地上晒太阳的午后。周末开放预订，数量有限～', '不错！能再活泼一点吗？加一句"可以写卡片"'] },
  { lang: 'fr', turns: ['Écris-moi une légende Instagram pour les nouveaux carnets reliés main de l\'atelier, couvertures en lin, dispo dès mardi.', 'Nouveaux carnets tout juste sortis de l\'atelier ✂️ Couvertures en lin, reliure cousue main, papier qui aime l\'encre. En boutique dès mardi.', 'Top. Tu peux faire une version plus courte pour les stories ?'] },
  { lang: 'es', turns: ['Hazme un texto para Instagram anunciando que el restaurante abre también los lunes a partir de octubre, con menú del día a 14 €.', '¡Los lunes ya no son tan lunes! 🙌 A partir de octubre abrimos también los lunes con menú del día a 14 €. Os esperamos.', 'Me gusta. ¿Puedes quitar los signos de exclamación y hacerlo un poco más elegante?'] },
];

const naCaptionChat: Family = {
  id: 'wg-na-caption-chat',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'Writing and tweaking a social caption is ordinary copywriting chat; the closest type is a direct reaction to the latest request.',
  make: (rng, i) => {
    const c = CAPTION_CASES[i % CAPTION_CASES.length]!;
    const messages: Msgs = rng.chance(0.5) ? [user(c.turns[0])] : [user(c.turns[0]), say(c.turns[1]), user(c.turns[2])];
    return { lang: c.lang, messages };
  },
};

const nonAgentic: Family[] = [naMenuTranslate, naListingPolish, naThreadRecap, naPricingExplain, naCaptionChat];

export const devG: Family[] = [...simpleReflex, ...modelBased, ...goalBased, ...utilityBased, ...learning, ...nonAgentic];
