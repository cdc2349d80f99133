// simple_reflex: the answer depends on the current input alone (a label, an action, yes/no).
import {
  type Family, type Lang, bool, jsonSchema, list, oneOf, say, str, sys, t, tool, user, num,
} from './kit';

const intents: Record<string, { labels: string[]; lines: string[] }> = {
  telecom: {
    labels: ['PORTING', 'BILLING', 'NO_SIGNAL', 'SMS_MISSING', 'ROAMING', 'CANCEL', 'OTHER'],
    lines: ['my bill has a charge for 12 GB I never used', 'no bars at all since the storm in my street',
      'want to keep my number when I switch to you', 'will my plan work in Croatia next week?'],
  },
  bank: {
    labels: ['CARD_LOST', 'TRANSFER_STATUS', 'LOAN', 'FEES', 'FRAUD_REPORT', 'OTHER'],
    lines: ['left my debit card in a taxi an hour ago', 'why was I charged 4.50 for an ATM', 'sent rent Friday, landlord still waiting',
      'there is a payment to some shop in Lagos I did not make'],
  },
  shop: {
    labels: ['WHERE_IS_ORDER', 'RETURN', 'DAMAGED', 'PAYMENT_FAILED', 'SIZE_ADVICE', 'OTHER'],
    lines: ['the mug arrived in three pieces', 'does the M fit if I am usually between S and M?',
      'card declined twice but the money left my account', 'order 55812 says shipped 9 days ago'],
  },
};
const intentSystem: Record<Lang, string> = {
  en: 'You are the intent classifier for {d} support chat. Reply with exactly one label from: {l}.',
  de: 'Du bist der Intent-Klassifizierer für den {d}-Support-Chat. Antworte nur mit einem Label aus: {l}.',
  es: 'Eres el clasificador de intención del chat de soporte de {d}. Responde solo con una etiqueta de: {l}.',
  pt: 'Você classifica a intenção das mensagens do chat de suporte de {d}. Responda apenas com um rótulo: {l}.',
  fr: "Tu classes l'intention des messages du support {d}. Réponds uniquement par une étiquette parmi : {l}.",
  ja: '{d}サポートチャットの意図分類器です。次のラベルのうち一つだけで答えてください: {l}',
  zh: '你是{d}客服聊天的意图分类器。只回复以下标签之一：{l}。',
};
const localLines: Partial<Record<Lang, string[]>> = {
  de: ['Meine Rechnung ist doppelt so hoch wie sonst', 'Ich habe seit gestern kein Netz im Keller'],
  es: ['me han cobrado dos veces la cuota de mantenimiento', 'la tarjeta se quedó en el cajero'],
  pt: ['meu pedido chegou com a tampa quebrada', 'o pagamento foi recusado mas saiu da conta'],
  fr: ['ma commande est marquée livrée mais je n’ai rien reçu', 'je veux garder mon numéro'],
  ja: ['昨日から電波が全く入りません', '請求額がいつもの倍になっています'],
  zh: ['我的银行卡在出租车上丢了', '订单显示已发货九天了还没到'],
};

export const simpleReflex: Family[] = [
  {
    id: 'sr-support-intent', label: 'simple_reflex', difficulty: 'easy', variants: 7,
    rationale: 'One chat line maps to one routing label; nothing is carried between messages.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'pt', 'fr', 'ja', 'zh'] as Lang[])[i % 7]!;
      const domain = rng.pick(Object.keys(intents));
      const spec = intents[domain]!;
      const line = rng.pick(localLines[lang] ?? spec.lines);
      const prompt = intentSystem[lang].replace('{d}', domain).replace('{l}', spec.labels.join(', '));
      return { lang, messages: [sys(prompt), user(line)], temperature: 0, max_tokens: rng.pick([5, 8, 10]) };
    },
  },
  {
    id: 'sr-review-sentiment', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'A single review gets a sentiment label through a tiny enum schema.',
    make(rng, i) {
      const lang = (['en', 'fr', 'ja', 'en', 'de'] as Lang[])[i]!;
      const review = t(lang, {
        en: rng.pick(['Battery died after two days, the charger whines.', 'Exactly as pictured, fast delivery.', 'It works. Nothing special.']),
        fr: 'Livraison rapide mais la notice est introuvable et la colle ne tient pas.',
        ja: '音はとても良いが、三日で左のイヤホンが聞こえなくなった。',
        de: 'Passt perfekt, aber der Geruch der Verpackung war stark.',
      });
      return {
        lang,
        messages: [sys(t(lang, { en: 'Rate the product review.', fr: 'Évalue cet avis client.', ja: 'レビューを判定してください。', de: 'Bewerte die Rezension.' })), user(review)],
        response_format: jsonSchema('sentiment', { sentiment: oneOf('positive', 'negative', 'mixed', 'neutral') }),
      };
    },
  },
  {
    id: 'sr-sensor-actuator', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Each reading triggers one actuator call by fixed condition-action rules, no stored state.',
    make(rng) {
      const plant = rng.pick([
        { what: 'irrigation valve for orchard block {n}', fn: 'set_valve', field: 'soil_moisture_pct', rule: 'moisture < 22 → open 15 min; 22-35 → open 5 min; > 35 → closed; rain_mm_last_hour > 2 → closed' },
        { what: 'sump pump {n} in the parking garage', fn: 'set_pump', field: 'water_level_cm', rule: 'level > 40 → on_high; 20-40 → on_low; < 20 → off; float_switch=stuck → alarm' },
        { what: 'server room {n} cooling', fn: 'set_cooling', field: 'inlet_temp_c', rule: 'inlet > 27 → boost; 22-27 → normal; < 22 → eco; humidity > 70 → dehumidify' },
      ]);
      const n = rng.int(2, 19);
      const reading = { ts: `2024-0${rng.int(1, 9)}-1${rng.int(0, 9)}T0${rng.int(0, 9)}:${rng.int(10, 59)}:00Z`, [plant.field]: rng.int(10, 45), rain_mm_last_hour: rng.int(0, 4), humidity: rng.int(30, 80) };
      return {
        messages: [sys(`Controller for ${plant.what.replace('{n}', String(n))}. For every reading call ${plant.fn} exactly once.\nRules: ${plant.rule}`), user(JSON.stringify(reading))],
        tools: [tool(plant.fn, 'Actuate the device.', { mode: oneOf('off', 'on_low', 'on_high', 'open', 'closed', 'boost', 'normal', 'eco', 'dehumidify', 'alarm'), minutes: num }, ['mode'])],
        tool_choice: 'required', temperature: 0,
      };
    },
  },
  {
    id: 'sr-content-moderation', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'A post is checked against the policy and gets one moderation verdict.',
    make(rng) {
      const post = rng.pick([
        'DM me for cheap followers!!! 10k for $5 💯💯', 'Does anyone know if the north trail is open after the snow?',
        'You people are idiots and should be banned from the hill', 'Selling my old bike, message me, pick-up only',
        'Here is my phone number and address since you asked: 14 Elm Rd, 0771…',
      ]);
      return {
        messages: [sys(`Community forum moderation. Policy: no spam, no harassment, no personal data of others. Output ALLOW, HOLD or REMOVE.`), user(`Post #${rng.int(1e4, 9e4)}: ${post}`)],
        max_tokens: 3, temperature: 0,
      };
    },
  },
  {
    id: 'sr-perception-action', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'One perception frame maps straight to a driving action with no memory or planning.',
    make(rng) {
      const vehicle = rng.pick(['warehouse forklift AGV-7', 'delivery robot on the campus sidewalk', 'tram driver-assist unit', 'harbour straddle carrier']);
      const frame = `frame=${rng.int(1000, 99999)} obstacle_m=${rng.pick(['none', String(rng.int(1, 30))])} signal=${rng.pick(['GREEN', 'AMBER', 'RED', 'OFF'])} speed_kmh=${rng.int(0, 25)} person_in_path=${rng.int(0, 1)}`;
      return { messages: [sys(`Decision module of the ${vehicle}. Given the current frame, output one of GO, SLOW, STOP, HORN.`), user(frame)], max_tokens: 2, temperature: 0 };
    },
  },
  {
    id: 'sr-quality-gate', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Measurements of one item are compared with tolerance bands and mapped to a disposition.',
    make(rng) {
      const part = rng.pick([['shaft SH-40', 'diameter 40.00 ±0.02 mm, runout ≤ 0.03 mm'], ['PCB rev C', 'solder voids ≤ 25%, bridge count = 0, tilt ≤ 3°'], ['glass panel GP-9', 'thickness 6.0 ±0.2 mm, chips ≤ 1 mm']]);
      return {
        messages: [sys(`Inspection station for ${part[0]}. Tolerances: ${part[1]}. Decide accept, rework or reject.`), user(`lot ${rng.int(100, 999)} item ${rng.int(1, 500)}: values ${rng.int(1, 99)}/${rng.int(1, 99)}/${rng.int(0, 3)}`)],
        response_format: jsonSchema('disposition', { disposition: oneOf('accept', 'rework', 'reject'), failed: list(str) }),
      };
    },
  },
  {
    id: 'sr-spam-filter', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'An incoming email is judged spam or not by its content alone.',
    make(rng, i) {
      const lang = (['en', 'zh', 'es', 'en', 'pt'] as Lang[])[i]!;
      const mail = t(lang, {
        en: rng.pick(['Subject: Invoice 2231 overdue\nPlease find attached… click here to release funds', 'Subject: lunch?\nThai place at 12:30?']),
        zh: '主题：恭喜您中奖\n请点击链接领取iPhone，仅限今天',
        es: 'Asunto: Reunión del jueves\nTe paso el acta, revisa el punto 3.',
        pt: 'Assunto: sua conta será bloqueada\nconfirme sua senha neste link',
      });
      return { lang, messages: [sys(t(lang, { en: 'Mail filter. Answer SPAM or HAM.', zh: '邮件过滤器。只回答 SPAM 或 HAM。', es: 'Filtro de correo. Responde SPAM o HAM.', pt: 'Filtro de e-mail. Responda SPAM ou HAM.' })), user(mail)], max_tokens: 2 };
    },
  },
  {
    id: 'sr-unrelated-items', label: 'simple_reflex', secondary: 'model_based_reflex', difficulty: 'hard', variants: 5,
    rationale: 'Several turns, but each item is labelled independently; earlier turns carry nothing over.',
    make(rng) {
      const kind = rng.pick([
        { s: 'For every commit message, reply with its Conventional Commits type only. Messages are unrelated.', items: [['add csv export to reports', 'feat'], ['fix off-by-one in pager', 'fix'], ['update README badges', 'docs'], ['bump lodash', 'chore'], ['speed up image resize', 'perf']] },
        { s: 'Tag each expense line with a GL account code (6100 travel, 6200 meals, 6300 software, 6400 office). One code per line.', items: [['Uber airport 38.20', '6100'], ['Figma annual', '6300'], ['printer toner', '6400'], ['team lunch Nando’s', '6200'], ['train Leeds', '6100']] },
        { s: 'Language ID: reply with the ISO 639-1 code of each line.', items: [['dziękuję bardzo', 'pl'], ['obrigado pela ajuda', 'pt'], ['kiitos paljon', 'fi'], ['tack så mycket', 'sv'], ['hvala lijepa', 'hr']] },
      ]);
      const messages = [sys(kind.s)];
      const n = rng.int(2, 4);
      for (const [item, answer] of kind.items.slice(0, n)) messages.push(user(item!), say(answer!));
      messages.push(user(kind.items[n]![0]!));
      return { messages, temperature: 0 };
    },
  },
  {
    id: 'sr-ticket-routing', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'A ticket is routed to a queue by its content; the JSON output is a single choice.',
    make(rng) {
      const ticket = rng.pick(['VPN drops every 10 min since the update', 'Need a quote for 40 more seats', 'Invoice shows wrong VAT number', 'Can you add SSO with Okta?', 'Export to PDF cuts the last column']);
      return {
        messages: [sys('Helpdesk router. Assign the ticket to a queue: billing, technical, sales, product_feedback. Return JSON {"queue": ..., "urgent": true|false}.'), user(`Ticket ${rng.int(1000, 9999)} from ${rng.pick(['acme', 'globex', 'initech', 'umbrella'])}: ${ticket}`)],
        response_format: { type: 'json_object' },
      };
    },
  },
  {
    id: 'sr-board-move', label: 'simple_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'The move comes from the current board alone, though finding it could be read as short look-ahead.',
    make(rng) {
      const boards = ['X | O | X\n. | O | .\n. | . | X', 'O | . | .\n. | X | .\n. | . | X', '. | X | .\nO | O | .\nX | . | .'];
      return { messages: [sys('You play O in tic-tac-toe. Cells 0-8 row by row. Reply with one integer.'), user(`${rng.pick(boards)}\n\nYour move.`)], max_tokens: 2, temperature: 0 };
    },
  },
  {
    id: 'sr-alert-severity', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'One alert line gets a severity by a fixed mapping; no incident history is involved.',
    make(rng) {
      const alert = rng.pick(['disk /var 91% on db-3', 'p99 latency 2.4s on checkout for 5m', 'cert for api.example.com expires in 6 days', 'pod crashloop payments-7f (3 restarts)', 'backup job succeeded with warnings']);
      return { messages: [sys('Pager rules: customer-facing outage → P1; degradation → P2; anything that can wait a day → P3; informational → P4. Severity only.'), user(alert)], max_tokens: 3 };
    },
  },
  {
    id: 'sr-policy-check', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'A single claim is checked against written rules and answered yes or no.',
    make(rng, i) {
      const lang = (['en', 'de', 'fr', 'en', 'es'] as Lang[])[i]!;
      const rules = t(lang, { en: 'Hotel ≤ 180/night, meals ≤ 60/day, no alcohol, taxis only after 22:00.', de: 'Hotel ≤ 180/Nacht, Essen ≤ 60/Tag, kein Alkohol, Taxi erst ab 22 Uhr.', fr: 'Hôtel ≤ 180/nuit, repas ≤ 60/jour, pas d’alcool, taxi après 22h seulement.', es: 'Hotel ≤ 180/noche, comidas ≤ 60/día, sin alcohol, taxi solo después de las 22:00.' });
      const claim = `${rng.pick(['taxi 19:40', 'dinner 54.00 incl. 2 beers', 'hotel 172/night', 'taxi 23:15'])} — ${rng.int(10, 90)}.00`;
      return { lang, messages: [sys(`${t(lang, { en: 'Expense checker. Answer yes or no: is the line within policy?', de: 'Spesenprüfung. Antworte ja oder nein.', fr: 'Contrôle des notes de frais. Réponds oui ou non.', es: 'Revisión de gastos. Responde sí o no.' })}\n${rules}`), user(claim)], max_tokens: 2 };
    },
  },
  {
    id: 'sr-transaction-flag', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'One transaction record is flagged from its own fields through an enum schema.',
    make(rng) {
      const tx = { amount: rng.int(3, 4000), currency: rng.pick(['EUR', 'USD', 'BRL']), country: rng.pick(['DE', 'NG', 'US', 'BR']), card_present: rng.chance(0.5), merchant_category: rng.pick(['5411', '7995', '4829', '5812']), hour: rng.int(0, 23) };
      return {
        messages: [sys('Score this card transaction. High-risk MCCs: 7995, 4829. Cross-border card-not-present over 1000 is high risk.'), user(JSON.stringify(tx))],
        response_format: jsonSchema('verdict', { verdict: oneOf('approve', 'review', 'decline'), high_risk: bool }),
      };
    },
  },
  {
    id: 'sr-triage-level', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'A symptom description is mapped to a fixed triage level.',
    make(rng, i) {
      const lang = (['en', 'pt', 'ja', 'de', 'en'] as Lang[])[i]!;
      const text = t(lang, { en: rng.pick(['chest pain radiating to the left arm, sweating, 58 y', 'sprained ankle, can walk with pain']), pt: 'febre de 38,5 há dois dias, tosse seca, 30 anos', ja: '転んで手首が腫れている、指は動く', de: 'starke Kopfschmerzen, plötzlich, Nackensteife' });
      return { lang, messages: [sys('Triage desk. Output the Manchester triage colour: RED, ORANGE, YELLOW, GREEN, BLUE.'), user(text)], max_tokens: 2 };
    },
  },
];
