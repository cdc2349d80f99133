// Independent author L: people-and-communication requests (customer service, moderation, inbox,
// calendars, money coaching, language tutoring, dating and social apps). Mostly chatty, many turns,
// the task only becomes clear in the last user turn; over half of the rows are not in English.
import {
  type Family, type Lang, type Rng, type Draft, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, oneOf, list, obj, langAt, t, pad,
} from './kit';

// ---------- small local helpers (deterministic: rng and index only) ----------

/** A fixed calendar date plus `days`, as YYYY-MM-DD (pure arithmetic, no clock). */
function dayPlus(base: [number, number, number], days: number): string {
  return new Date(Date.UTC(base[0], base[1] - 1, base[2]) + days * 86_400_000).toISOString().slice(0, 10);
}
const money = (n: number): string => n.toFixed(2);
const nullable = (type: string): Record<string, unknown> => ({ type: [type, 'null'] });
/** Keeps the first `n` items of a list (at least `min`). */
const head = <T>(items: readonly T[], n: number, min = 1): T[] => items.slice(0, Math.max(min, Math.min(n, items.length)));

// =====================================================================================
// simple_reflex
// =====================================================================================

interface ModScene { lang: Lang; system: string; past: [string, string, string][]; finals: string[] }
const modScenes: ModScene[] = [
  {
    lang: 'en',
    system: 'You moderate comments on Plotholders, a forum for allotment and vegetable growers. For each comment decide keep, hide or escalate (to the admin team). hide: insults aimed at members, selling without the [Marketplace] tag, claims that a plant cures a disease. escalate: threats, or posting someone\'s address or phone number. Anything else: keep. Reply in JSON.',
    past: [
      ['Anyone know why my courgettes go soft at the tip? I water every other evening.', 'keep', 'none'],
      ['Selling 40 strawberry runners, £5 a tray, DM me', 'hide', 'advertising'],
    ],
    finals: [
      'Only an idiot sows tomatoes outside in March. @bev_grows you clearly haven\'t got a clue, stick to buying them at the supermarket.',
      'Comfrey tea cured my dad\'s arthritis in two weeks, forget what the GP says, a mug a day and he\'s dancing again.',
      'Whoever keeps nicking from plot 14, I know it\'s you Gary, and I know you live at 22 Elm Row. Next time I\'m coming round.',
      '[Marketplace] Spare water butt, 200 L, free to a good home, collection from the north gate only.',
    ],
  },
  {
    lang: 'de',
    system: 'Du moderierst die Kommentare im Elternforum „Kleine Schritte“. Entscheide pro Kommentar: keep, hide oder escalate. hide: Beleidigungen gegen Mitglieder, Werbung für Produkte oder Kurse, Gesundheits-Falschbehauptungen als Tatsache. escalate: Hinweise auf eine Gefährdung eines Kindes, Drohungen, veröffentlichte private Daten. Sonst keep. Antworte als JSON.',
    past: [
      ['Unsere Kleine (14 Monate) schläft seit einer Woche nur noch auf dem Arm ein. Kennt das jemand?', 'keep', 'none'],
      ['Globuli gegen Mittelohrentzündung wirken besser als jedes Antibiotikum, das weiß doch jeder.', 'hide', 'health_misinformation'],
      ['Danke euch allen für die Tipps zum Zahnen, die Veilchenwurzel hat tatsächlich etwas beruhigt.', 'keep', 'none'],
    ],
    finals: [
      'Wer sein Kind mit drei noch stillt, ist einfach egoistisch. Sorry @MamaVonDrei, aber das musste mal gesagt werden.',
      'Mein Mann schreit das Baby nachts an und hat es gestern so fest geschüttelt, dass es lange geweint hat. Ich weiß nicht, was ich tun soll.',
      'Tipp: Mein Online-Kurs „Durchschlafen in 7 Nächten“ ist gerade 50 % reduziert, Link in meinem Profil!',
      'Hat jemand Erfahrung mit der Kita-Eingewöhnung nach dem Berliner Modell? Wie lange hat es bei euch gedauert?',
    ],
  },
  {
    lang: 'es',
    system: 'Moderas los comentarios del foro de aficionados «La Grada». Para cada comentario decide keep, hide o escalate. hide: insultos a otros usuarios, publicidad de apuestas o enlaces a partidos pirata. escalate: amenazas o publicar datos personales de alguien. Lo demás: keep. Responde en JSON.',
    past: [
      ['¿Alguien sabe si el sábado abren la puerta 3 del estadio o solo la 1?', 'keep', 'none'],
      ['Apuestas seguras al 100 %, entra en mi canal de Telegram y gana desde hoy', 'hide', 'advertising'],
    ],
    finals: [
      'Tú de fútbol no sabes nada, @Manolo_77, vete a comentar al foro de petanca, payaso.',
      'Sé dónde trabaja el árbitro de ayer, en la gestoría de la calle Feria 12. A ver si alguien le hace una visita.',
      'Para mí el problema es el centro del campo: sin un pivote defensivo no vamos a ningún sitio esta temporada.',
      'Partido del domingo gratis y en HD, enlace en mi perfil, corred que lo tiran.',
    ],
  },
  {
    lang: 'ja',
    system: 'あなたはオンラインゲーム「星海オンライン」公式掲示板のコメント審査担当です。各コメントに keep / hide / escalate のどれかを付けてください。hide: 他ユーザーへの暴言、RMT（リアルマネートレード）や外部サイトの宣伝。escalate: 脅迫、個人情報の晒し。それ以外は keep。JSON で返答してください。',
    past: [
      ['新しいレイドボス、ヒーラー2人構成のほうが安定しますか？', 'keep', 'none'],
      ['今日のメンテ長すぎ…運営もう少し告知早くしてほしい', 'keep', 'none'],
      ['最強装備の代行やります！1回500円、DMください', 'hide', 'advertising'],
    ],
    finals: [
      '金貨1000万を3000円で売ります。詳しくはこちら → rmt-hoshi.example',
      '@ルナ　お前みたいな地雷ヒーラーは二度とパーティ募集に来るな。',
      '昨日のアプデ以降、ログイン画面で落ちる人いますか？PC版です。',
      'ギルドの○○の本名と住んでる市、知ってるから晒してやろうか？',
    ],
  },
  {
    lang: 'pt',
    system: 'Você modera os comentários do grupo de receitas «Panela Cheia». Para cada comentário decida keep, hide ou escalate. hide: ofensas a outros membros, propaganda de produtos, afirmações de que um alimento cura doenças. escalate: ameaças ou exposição de dados pessoais. O resto: keep. Responda em JSON.',
    past: [
      ['Alguém tem uma receita de pão de queijo que não murche depois de assar?', 'keep', 'none'],
      ['Chá de boldo com limão cura diabetes, parei a insulina e estou ótima!', 'hide', 'health_misinformation'],
    ],
    finals: [
      'Vendo panelas de pressão importadas com 50% de desconto, chama no zap que eu passo o catálogo',
      '@dona_cida essa sua receita é um lixo, igualzinha a você.',
      'Dica: deixem o feijão de molho na véspera, cozinha na metade do tempo.',
      'A @lu_confeitaria mora na rua Tabapuã 310, ap. 42, vamos todos lá reclamar do bolo que ela vendeu.',
    ],
  },
];

const sr1: Family = {
  id: 'wl-sr-forum-comment-verdict',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'Each comment gets keep, hide or escalate from the posted community guidelines alone; earlier comments are unrelated and nothing carries over.',
  make: (rng, i) => {
    const scene = modScenes[i % modScenes.length]!;
    const messages = [sys(scene.system)];
    for (const [text, action, reason] of head(scene.past, rng.int(0, scene.past.length), 0)) {
      messages.push(user(`#${rng.int(10000, 99999)}: ${text}`), say(JSON.stringify({ action, reason })));
    }
    messages.push(user(`#${rng.int(10000, 99999)}: ${rng.pick(scene.finals)}`));
    return {
      lang: scene.lang,
      messages,
      response_format: jsonSchema('moderation_verdict', {
        action: oneOf('keep', 'hide', 'escalate'),
        reason: oneOf('none', 'personal_attack', 'advertising', 'health_misinformation', 'child_or_self_safety', 'threat_or_private_data'),
      }),
    };
  },
};

interface InboxScene { lang: Lang; system: string; yes: string; no: string; nexts: string[]; past: [string, boolean][]; finals: string[] }
const inboxScenes: InboxScene[] = [
  {
    lang: 'fr', yes: 'AUJOURD\'HUI', no: 'PLUS_TARD',
    system: 'Tu aides Julien, libraire indépendant à Nantes, à vider sa boîte mail. Pour chaque mail que je colle, réponds uniquement AUJOURD\'HUI (il faut répondre avant ce soir) ou PLUS_TARD.',
    nexts: ['Suivant :', 'Et celui-là ?', 'Bon, encore un :', 'Ok. Ensuite :'],
    past: [
      ['De : Éditions du Seuil — Catalogue des nouveautés de mars, en pièce jointe.', false],
      ['De : Mme Bertin — Je passe récupérer ma commande ce soir vers 18 h 30, vous fermez bien à 19 h ?', true],
      ['De : Comptable — Rappel : TVA du trimestre à déclarer avant le 24.', false],
    ],
    finals: [
      'De : Banque — Prélèvement du loyer du local rejeté, merci de régulariser avant 17 h sous peine de frais.',
      'De : Association des libraires — Compte rendu de l\'assemblée générale (12 pages) pour information.',
      'De : École Jules-Verne — Nous aimerions organiser une rencontre avec un auteur jeunesse au printemps, seriez-vous partant ?',
    ],
  },
  {
    lang: 'en', yes: 'TODAY', no: 'LATER',
    system: 'You help Dana, office manager at a dental practice, get through her inbox. For each email I paste, answer TODAY if it needs a reply before end of day, otherwise LATER. One word only.',
    nexts: ['next', 'ok and this one?', 'ugh. next:', 'this?'],
    past: [
      ['From: orders@dentaplus — Your order #4471 has shipped and will arrive Thursday.', false],
      ['From: Dr. Okafor — Patient in chair 2 at 3pm asks if we bill her insurer directly, can you confirm with me before she leaves?', true],
    ],
    finals: [
      'From: newsletter@dentaltimes — 10 trends shaping practice management in 2025',
      'From: Building management — Water will be off tomorrow 8–11am for pipe work. Please confirm today that you have seen this so we can schedule the plumber.',
      'From: Mark (IT contractor) — Quarterly backup report attached, all green.',
      'From: Mrs. Halloran — I have terrible pain since my extraction yesterday and the swelling is getting worse, can someone call me?',
    ],
  },
  {
    lang: 'zh', yes: '今天', no: '以后',
    system: '你帮林小姐（一家花店的老板）处理邮箱。我每贴一封邮件，你只回答“今天”（下班前必须回复）或“以后”，不要多说。',
    nexts: ['下一封：', '这封呢？', '还有这个：', '好，继续：'],
    past: [
      ['发件人：外卖平台 — 本月店铺数据月报已生成，请登录后台查看。', false],
      ['发件人：张女士 — 我订的生日花束能不能今天下午四点前送到？地址没变。', true],
    ],
    finals: [
      '发件人：王先生 — 明天上午十点的婚礼花艺，我们想把白玫瑰换成香槟色的，今天能确认吗？',
      '发件人：花材供应商 — 下周起进口郁金香价格上调8%，详见附件。',
      '发件人：物业 — 今晚七点来店里查水表，请回复店里是否有人。',
    ],
  },
  {
    lang: 'de', yes: 'HEUTE', no: 'SPÄTER',
    system: 'Du gehst mit Herrn Albers von der Hausverwaltung seine Mails durch. Antworte pro Mail nur mit HEUTE oder SPÄTER – HEUTE heißt: braucht noch vor Feierabend eine Antwort.',
    nexts: ['Nächste:', 'Und die hier?', 'Weiter:', 'So, noch eine:'],
    past: [
      ['Von: Mieterin Kaya, Whg. 3 — Die Heizung ist seit gestern Abend kalt, wir haben ein Baby zu Hause.', true],
      ['Von: Stadtwerke — Ihre Jahresabrechnung 2023 steht im Kundenportal bereit.', false],
      ['Von: Hausmeister Jung — Urlaubsvertretung im August ist geregelt, nur zur Info.', false],
    ],
    finals: [
      'Von: Malerbetrieb Schulz — Ich kann morgen um 7 Uhr mit dem Treppenhaus anfangen, brauche aber heute noch Ihr OK und den Schlüssel.',
      'Von: Beirat der Eigentümergemeinschaft — Protokoll der letzten Versammlung zur Durchsicht, Anmerkungen bis Monatsende.',
      'Von: Gebäudeversicherung — Schaden 22-8812: Wir benötigen bis heute 16 Uhr Fotos vom Wasserschaden, sonst verzögert sich die Regulierung.',
    ],
  },
  {
    lang: 'es', yes: 'HOY', no: 'DESPUÉS',
    system: 'Ayudas a Lucía, organizadora de bodas, a vaciar su bandeja de entrada. De cada correo que pego dime solo HOY (hay que contestar antes de cerrar) o DESPUÉS.',
    nexts: ['Siguiente:', '¿Y este?', 'Otro más:', 'Vale, ahora:'],
    past: [
      ['De: Alquiler de sillas Ruiz — Le recordamos que tenemos nuevas fundas de lino para esta temporada.', false],
      ['De: Finca Los Olivos — Adjuntamos las tarifas de temporada 2026.', false],
    ],
    finals: [
      'De: Novios García-Ruiz — ¡El fotógrafo nos acaba de cancelar para el sábado! ¿Nos llamas en cuanto puedas?',
      'De: Catering Sal y Pimienta — Necesitamos el número final de invitados antes de las 14:00 de hoy para cerrar la compra.',
      'De: Revista Novias Hoy — ¿Le interesaría aparecer en nuestro especial de otoño? Sin prisa, cerramos en dos meses.',
    ],
  },
];

const sr2: Family = {
  id: 'wl-sr-inbox-reply-today',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'Whether one pasted email needs a same-day reply is read off that email alone; the earlier emails in the chat do not affect it.',
  make: (rng, i) => {
    const s = inboxScenes[i % inboxScenes.length]!;
    const messages = [sys(s.system)];
    const past = head(s.past, rng.int(0, s.past.length), 0);
    past.forEach(([mail, urgent], k) => {
      messages.push(user(k === 0 ? mail : `${rng.pick(s.nexts)}\n${mail}`), say(urgent ? s.yes : s.no));
    });
    messages.push(user(`${past.length ? `${rng.pick(s.nexts)}\n` : ''}${rng.pick(s.finals)}`));
    return { lang: s.lang, messages, max_tokens: 5 };
  },
};

interface DateScene { lang: Lang; system: string; texts: string[] }
const dateScenes: DateScene[] = [
  {
    lang: 'en',
    system: 'Pre-send safety screen for the Kindred dating app. For every outgoing message you receive, call screen_result exactly once.\n- Phone number, email, social handle or other off-app contact within the first 5 messages of a conversation → warn_sender\n- Asking for money, gift cards, crypto or bank details → hold_for_review\n- Sexual content the recipient has not opted into → hold_for_review\n- Otherwise → deliver',
    texts: [
      'haha same, I\'m terrible at small talk on here. add me on insta instead? @theo.climbs',
      'My card got blocked while I\'m stuck at the airport in Lagos, could you send me $200 in Apple gift cards? I\'ll pay you back as soon as I land, promise',
      'Saw you\'ve been to Lisbon too! Did you do the tram 28 thing or skip it like a sensible person?',
      'ok real talk, you seem lovely. text me 07700 900 418 and we can sort out Saturday',
    ],
  },
  {
    lang: 'pt',
    system: 'Triagem de segurança antes do envio no app de encontros Kindred. Para cada mensagem enviada, chame screen_result exatamente uma vez.\n- Telefone, e-mail, @ de rede social ou outro contato fora do app nas 5 primeiras mensagens da conversa → warn_sender\n- Pedido de dinheiro, cartão-presente, cripto ou dados bancários → hold_for_review\n- Conteúdo sexual que o destinatário não autorizou → hold_for_review\n- Caso contrário → deliver',
    texts: [
      'Oi! Adorei a foto com o cachorro, qual é o nome dele?',
      'me chama no zap que aqui eu quase não entro: (21) 98812-4471',
      'Amor, minha conta foi bloqueada, consegue me fazer um pix de 300 reais hoje? Devolvo na sexta sem falta.',
      'Vi que você também curte forró, conhece algum lugar bom em Botafogo?',
    ],
  },
  {
    lang: 'es',
    system: 'Filtro de seguridad previo al envío en la app de citas Kindred. Para cada mensaje saliente llama a screen_result exactamente una vez.\n- Teléfono, correo, usuario de redes u otro contacto fuera de la app en los 5 primeros mensajes → warn_sender\n- Pedir dinero, tarjetas regalo, cripto o datos bancarios → hold_for_review\n- Contenido sexual que el destinatario no ha aceptado → hold_for_review\n- En otro caso → deliver',
    texts: [
      '¿Y tú qué haces un domingo normal? Yo soy más de mercadillo y vermut.',
      'Escríbeme mejor a mi correo, casi no miro esto: nacho.dlr@correo.example',
      'Tengo una oportunidad de inversión en bitcoin que me está dando un 30 % al mes, si me pasas 500 € te lo duplico',
      'Jajaja me encanta tu respuesta, vale, ¿un café el jueves por Malasaña?',
    ],
  },
  {
    lang: 'ja',
    system: 'マッチングアプリ「Kindred」の送信前チェックです。送信されるメッセージごとに screen_result を1回だけ呼んでください。\n- 会話の最初の5通以内に電話番号・メール・SNSのID などアプリ外の連絡先 → warn_sender\n- お金・ギフトカード・暗号資産・口座情報の要求 → hold_for_review\n- 相手が同意していない性的な内容 → hold_for_review\n- それ以外 → deliver',
    texts: [
      'はじめまして！プロフィールの山の写真、どこですか？',
      'ここあまり見ないので、LINEで話しませんか？ID: haru_0721',
      '実は今月ちょっと厳しくて…Amazonギフト券1万円分だけ助けてもらえませんか？',
      '土曜の夕方なら空いてます、恵比寿あたりどうですか？',
    ],
  },
  {
    lang: 'de',
    system: 'Sicherheitsprüfung vor dem Senden in der Dating-App Kindred. Rufe für jede ausgehende Nachricht genau einmal screen_result auf.\n- Telefonnummer, E-Mail, Social-Media-Handle oder anderer Kontakt außerhalb der App in den ersten 5 Nachrichten → warn_sender\n- Bitte um Geld, Gutscheinkarten, Krypto oder Bankdaten → hold_for_review\n- Sexuelle Inhalte ohne Zustimmung des Empfängers → hold_for_review\n- Sonst → deliver',
    texts: [
      'Schreib mir lieber auf Telegram, @jonas_hh, hier kommen die Nachrichten immer so spät an',
      'Du warst auch beim Hurricane? Welche Band war dein Highlight?',
      'Kannst du mir kurz deine IBAN schicken? Ich will dir was fürs Ticket überweisen, und dann brauch ich noch deine TAN zur Bestätigung',
      'Klingt super, dann Samstag um drei am Kanal?',
    ],
  },
];

const sr3: Family = {
  id: 'wl-sr-dating-presend-screen',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The verdict for an outgoing dating-app message follows from that message and its position in the chat against fixed screening conditions; earlier screened messages play no part.',
  make: (rng, i) => {
    const s = dateScenes[i % dateScenes.length]!;
    const order = rng.sample(s.texts, s.texts.length);
    const priorCount = rng.int(0, 2);
    const messages = [sys(s.system)];
    const verdictFor = (text: string): string =>
      /\$|pix|bitcoin|IBAN|ギフト|gift|500 €/.test(text) ? 'hold_for_review' : /@|\d{4}|correo\.|ID:/.test(text) ? 'warn_sender' : 'deliver';
    for (let k = 0; k < priorCount; k++) {
      const text = order[k]!;
      messages.push(user(JSON.stringify({ conversation_id: `cv_${rng.int(100000, 999999)}`, message_no: rng.int(1, 5), text })));
      const { message, ids } = calls(rng, ['screen_result', { verdict: verdictFor(text) }]);
      messages.push(message, result(ids[0]!, { ok: true }));
    }
    messages.push(user(JSON.stringify({ conversation_id: `cv_${rng.int(100000, 999999)}`, message_no: rng.int(1, 9), text: order[priorCount]! })));
    return {
      lang: s.lang,
      messages,
      tools: [tool('screen_result', 'Record the screening verdict for one outgoing message.', { verdict: oneOf('deliver', 'warn_sender', 'hold_for_review') })],
      tool_choice: { type: 'function', function: { name: 'screen_result' } },
    };
  },
};

interface ReturnScene { lang: Lang; system: string; chat: [string, string][]; assist: (d: string, today: string, extra: string) => string; extras: string[] }
const returnScenes: ReturnScene[] = [
  {
    lang: 'de',
    system: 'Du bist die Agent-Assist-Funktion im Kundenservice von Klangwerk (Kopfhörer und Lautsprecher). Rückgabebedingungen: bis 30 Tage nach Zustellung, unbenutzt und originalverpackt → free_return. 31–60 Tage, oder geöffnet aber unbeschädigt → store_credit. Über 60 Tage, vom Kunden beschädigt, oder geöffnete In-Ear-Hörer (Hygieneartikel) → refuse. Antworte nur auf [assist]-Anfragen, als JSON.',
    chat: [
      ['Hallo, ich habe die KW-300 gekauft und bin ehrlich gesagt enttäuscht, der Bass ist viel schwächer als in den Tests.', 'Das tut mir leid zu hören! Darf ich fragen, mit welchem Gerät Sie die Kopfhörer nutzen?'],
      ['Mit meinem iPhone, und am Laptop ist es genauso. Ich hab sie eigentlich nur zwei-, dreimal ausprobiert.', 'Danke für die Info. Haben Sie schon den Equalizer in der Klangwerk-App ausprobiert?'],
      ['Ja, bringt nicht viel. Ich würde sie gern zurückgeben, geht das noch?', 'Ich schaue mir gleich Ihre Bestellung an.'],
    ],
    assist: (d, today, extra) => `[assist] Bestellkarte: Artikel KW-300 Over-Ear, zugestellt am ${d}, heute ${today}. Zustand laut Kunde: ${extra}. Welche Rückgabeoption gilt?`,
    extras: ['geöffnet, zwei-, dreimal benutzt, keine Schäden', 'geöffnet, benutzt; Kundenfoto zeigt einen Riss am Kopfbügel'],
  },
  {
    lang: 'en',
    system: 'You are the agent-assist panel for Hearth & Co (home furniture and lighting). Return policy: up to 30 days from delivery, unused and in original packaging → free_return. Days 31–60, or opened but undamaged → store_credit. Over 60 days, or damaged by the customer → refuse. Custom-made items are never returnable → refuse. Answer only [assist] prompts, as JSON.',
    chat: [
      ['hiya, the Arlo floor lamp I ordered just doesn\'t work in our living room, the shade is way more yellow than the photos', 'Oh no, sorry about that! Lighting can look really different at home. Is it the shade colour or the bulb warmth that bothers you?'],
      ['the shade itself. my partner hates it lol. we assembled it to try it out but it\'s in perfect condition', 'Got it, thanks. And do you still have the box it came in?'],
      ['yep kept everything. can I send it back?', 'Let me check the order for you.'],
    ],
    assist: (d, today, extra) => `[assist] Order card: Arlo floor lamp (standard, not custom), delivered ${d}, today ${today}. Condition: ${extra}.`,
    extras: ['assembled, undamaged, box kept', 'assembled, box kept; customer photo shows a scratch on the base'],
  },
  {
    lang: 'fr',
    system: 'Tu es l\'assistant interne des conseillers de la boutique en ligne Maille & Fil (vêtements). Conditions de retour : jusqu\'à 30 jours après livraison, non porté avec étiquettes → free_return. 31 à 60 jours, ou porté à l\'essai sans dommage → store_credit. Au-delà de 60 jours, article abîmé par le client, ou sous-vêtements/maillots déballés → refuse. Réponds uniquement aux demandes [assist], en JSON.',
    chat: [
      ['Bonjour, j\'ai reçu le pull en laine mérinos taille M mais il gratte énormément, je ne m\'y attendais pas du tout.', 'Bonjour ! Désolée pour ce désagrément. Vous l\'avez porté un peu ou juste essayé ?'],
      ['Je l\'ai porté une journée au bureau pour voir, et franchement impossible. Les étiquettes, je les ai coupées, pardon.', 'Pas de souci, merci pour votre franchise.'],
      ['Du coup est-ce que je peux le renvoyer ? Et vous remboursez les frais ?', 'Je vérifie votre commande tout de suite.'],
      ['Merci, j\'attends.', 'Je reviens vers vous dans un instant.'],
    ],
    assist: (d, today, extra) => `[assist] Fiche commande : pull mérinos col rond, livré le ${d}, nous sommes le ${today}. État : ${extra}.`,
    extras: ['porté une journée, étiquettes coupées, pas de dommage', 'porté une journée, étiquettes coupées ; photo de la cliente : petite tache sur la manche'],
  },
  {
    lang: 'es',
    system: 'Eres el asistente interno de los agentes de Pisada (tienda online de zapatillas). Política de devoluciones: hasta 30 días desde la entrega, sin usar y en su caja → free_return. De 31 a 60 días, o probadas en casa sin daños → store_credit. Más de 60 días o dañadas por el cliente → refuse. Responde solo a peticiones [assist], en JSON.',
    chat: [
      ['Hola, compré unas Pisada Trail 2 y me hacen daño en el talón desde el primer día.', '¡Vaya, lo siento! ¿Qué talla pediste y cuál usas normalmente?'],
      ['La 42, que es la mía de siempre. Salí a correr dos veces con ellas y nada, ampollas.', 'Entiendo. ¿Las suelas tienen barro o desgaste?'],
      ['Un poco de tierra, las limpié. ¿Me las podéis cambiar o devolver el dinero?', 'Voy a mirar tu pedido.'],
    ],
    assist: (d, today, extra) => `[assist] Ficha de pedido: Pisada Trail 2, entregado el ${d}, hoy es ${today}. Estado: ${extra}.`,
    extras: ['usadas dos veces por montaña, suela limpia y sin daños', 'usadas dos veces; la foto del cliente muestra la suela despegándose en la puntera'],
  },
];

const sr4: Family = {
  id: 'wl-sr-cs-return-option',
  label: 'simple_reflex',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The [assist] prompt carries the order card (dates and condition) and asks for the return option under a fixed policy, a one-shot lookup, although the chatty history could tempt a reader to see a tracked conversation.',
  make: (rng, i) => {
    const s = returnScenes[i % returnScenes.length]!;
    const base: [number, number, number] = [2024, rng.int(1, 9), rng.int(1, 28)];
    const days = rng.pick([6, 19, 28, 34, 47, 58, 71]);
    const messages = [sys(s.system)];
    for (const [u, a] of head(s.chat, rng.int(2, s.chat.length), 2)) messages.push(user(u), say(a));
    messages.push(user(s.assist(dayPlus(base, 0), dayPlus(base, days), rng.pick(s.extras))));
    return {
      lang: s.lang,
      messages,
      response_format: jsonSchema('return_option', { decision: oneOf('free_return', 'store_credit', 'refuse'), days_since_delivery: int }),
    };
  },
};

interface DrillScene { lang: Lang; system: string; items: [string, string][] }
const drillScenes: DrillScene[] = [
  {
    lang: 'es',
    system: 'Eres el corrector de un ejercicio rápido de artículos en alemán. El alumno escribe artículo + sustantivo. Responde solo «✔» si es correcto, o «✘ » seguido de la forma correcta. Nada más.',
    items: [['der Tisch', '✔'], ['das Tür', '✘ die Tür'], ['die Mädchen', '✘ das Mädchen'], ['der Löffel', '✔'], ['die Gabel', '✔'], ['der Messer', '✘ das Messer'], ['das Auto', '✔'], ['der Brücke', '✘ die Brücke']],
  },
  {
    lang: 'ja',
    system: '英語の過去形ドリルの採点係です。生徒は「原形 - 過去形」を書きます。正しければ「✔」、間違いなら「✘ 正しい過去形」だけを返してください。',
    items: [['go - went', '✔'], ['buy - buyed', '✘ bought'], ['catch - catched', '✘ caught'], ['play - played', '✔'], ['think - thought', '✔'], ['swim - swimmed', '✘ swam'], ['write - wrote', '✔'], ['teach - teached', '✘ taught']],
  },
  {
    lang: 'en',
    system: 'Quick French noun-gender drill. The learner types le or la plus a noun. Reply ✔ if it is right, otherwise ✘ followed by the correct form. Nothing else.',
    items: [['la maison', '✔'], ['le voiture', '✘ la voiture'], ['le fromage', '✔'], ['la problème', '✘ le problème'], ['le plage', '✘ la plage'], ['la fleur', '✔'], ['le musée', '✔'], ['la lait', '✘ le lait']],
  },
  {
    lang: 'pt',
    system: 'Você corrige um exercício rápido de ser/estar em espanhol. O aluno completa a frase. Responda só ✔ se estiver certa, ou ✘ seguido da frase correta.',
    items: [['Mi hermana es médica.', '✔'], ['La sopa es fría.', '✘ La sopa está fría.'], ['Estoy de Brasil.', '✘ Soy de Brasil.'], ['Hoy estoy cansado.', '✔'], ['La fiesta está en mi casa.', '✘ La fiesta es en mi casa.'], ['Madrid es la capital de España.', '✔'], ['El café es muy caliente hoy.', '✘ El café está muy caliente hoy.']],
  },
  {
    lang: 'zh',
    system: '你是日语助词小测验的批改员。学生写出填好助词的句子。正确就只回复“✔”，错误就回复“✘ ”加正确的句子，不要解释。',
    items: [['図書館で勉強します。', '✔'], ['駅を行きます。', '✘ 駅へ行きます。'], ['友だちに会います。', '✔'], ['バスを乗ります。', '✘ バスに乗ります。'], ['水が飲みます。', '✘ 水を飲みます。'], ['日本語が分かります。', '✔'], ['公園に散歩します。', '✘ 公園を散歩します。']],
  },
];

const sr5: Family = {
  id: 'wl-sr-tutor-quick-drill',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'Each drill answer is marked right or wrong on its own; the learner\'s earlier answers do not change how the current one is marked.',
  make: (rng, i) => {
    const s = drillScenes[i % drillScenes.length]!;
    const order = rng.sample(s.items, s.items.length);
    const n = rng.int(1, Math.min(5, order.length - 1));
    const messages = [sys(s.system)];
    for (const [answer, mark] of order.slice(0, n)) messages.push(user(answer), say(mark));
    messages.push(user(order[n]![0]));
    return { lang: s.lang, messages, max_tokens: 24 };
  },
};

// =====================================================================================
// model_based_reflex
// =====================================================================================

type Slots = { service: string | null; day: string | null; time: string | null; staff: string | null; customer_name: string | null; notes: string | null };
interface BookingScene { lang: Lang; system: string; turns: [string, Partial<Slots>][] }
const bookingScenes: BookingScene[] = [
  {
    lang: 'fr',
    system: 'Tu remplis la fiche de réservation du salon « Mèches & Co » pendant que la cliente discute avec l\'accueil. Après chaque message de la cliente, renvoie la fiche complète en JSON. Champ pas encore évoqué = null. Une information plus récente remplace l\'ancienne.',
    turns: [
      ['Bonjour ! Je voudrais prendre rendez-vous pour une coupe, si possible samedi.', { service: 'coupe', day: 'samedi' }],
      ['Avec Inès si elle est là, elle m\'avait super bien coiffée la dernière fois.', { staff: 'Inès' }],
      ['Vers 10 h ce serait parfait. Ah, et en fait je veux aussi un balayage.', { time: '10:00', service: 'coupe + balayage' }],
      ['Finalement samedi je ne peux pas… Vendredi fin d\'après-midi, disons 17 h ?', { day: 'vendredi', time: '17:00' }],
      ['C\'est au nom de Mme Lefèvre. Et je précise que j\'ai le cuir chevelu sensible.', { customer_name: 'Lefèvre', notes: 'cuir chevelu sensible' }],
      ['Ah zut, Inès ne travaille pas le vendredi ? Tant pis, avec qui vous voulez alors.', { staff: null }],
    ],
  },
  {
    lang: 'es',
    system: 'Rellenas la ficha de cita de la Clínica Veterinaria Huellas mientras el cliente escribe por el chat. Tras cada mensaje del cliente devuelve la ficha completa en JSON. Lo que aún no se ha dicho va a null; lo dicho después sustituye a lo anterior.',
    turns: [
      ['Buenas, quería pedir cita para vacunar a mi perro, Toby.', { service: 'vacunación (perro Toby)' }],
      ['¿El martes por la mañana tenéis algo? Sobre las 9:30.', { day: 'martes', time: '09:30' }],
      ['Ya que vamos, que le miren el oído derecho, que se lo rasca mucho.', { service: 'vacunación + revisión oído derecho (perro Toby)', notes: 'se rasca mucho el oído derecho' }],
      ['Si puede ser con la doctora Paredes mejor, que Toby la conoce y se pone menos nervioso.', { staff: 'Dra. Paredes' }],
      ['Uy, el martes no me dan el día libre. ¿Miércoles a la misma hora?', { day: 'miércoles' }],
      ['A nombre de Javier Molina. Gracias!', { customer_name: 'Javier Molina' }],
    ],
  },
  {
    lang: 'ja',
    system: 'あなたは「さくら歯科」のチャット予約受付の記録係です。患者のメッセージが届くたびに、予約票の全項目を JSON で出力してください。まだ出ていない項目は null、後から言われた内容で上書きします。',
    turns: [
      ['来週の水曜日に歯のクリーニングをお願いしたいです。', { service: 'クリーニング', day: '水曜日' }],
      ['午後だと助かります、15時くらいで。', { time: '15:00' }],
      ['あと、左下の奥歯が冷たいものでしみるので、ついでに診てほしいです。', { service: 'クリーニング＋左下奥歯の知覚過敏の診察', notes: '左下奥歯が冷たいものでしみる' }],
      ['担当は前回と同じ田中先生がいいです。', { staff: '田中先生' }],
      ['すみません、水曜に会議が入ったので木曜の同じ時間にできますか？名前は佐藤健です。', { day: '木曜日', customer_name: '佐藤健' }],
    ],
  },
  {
    lang: 'en',
    system: 'You fill in the booking card for Harbour Road Garage while a customer chats with the front desk. After every customer message output the complete card as JSON. Fields nobody has mentioned yet are null; a later statement overrides an earlier one.',
    turns: [
      ['hi, need an MOT for my Fiesta, any chance of Tuesday morning?', { service: 'MOT (Ford Fiesta)', day: 'Tuesday', time: 'morning' }],
      ['also the brakes have started squealing, can you look at them at the same time', { service: 'MOT + brake check (Ford Fiesta)', notes: 'brakes squealing' }],
      ['actually afternoon works better, any time after 2', { time: 'after 14:00' }],
      ['can Dev do it? he sorted my clutch last year', { staff: 'Dev' }],
      ['name\'s Priya Nair. oh and scrap the brake thing, my brother fixed it on Sunday', { customer_name: 'Priya Nair', service: 'MOT (Ford Fiesta)', notes: null }],
    ],
  },
  {
    lang: 'de',
    system: 'Du führst das Terminformular der Praxis „Physio am Hafen“, während ein Patient im Chat bucht. Gib nach jeder Patientennachricht das vollständige Formular als JSON aus. Noch nicht Genanntes ist null; spätere Angaben ersetzen frühere.',
    turns: [
      ['Hallo, ich habe ein Rezept über 6x Krankengymnastik für die linke Schulter.', { service: 'KG 6x, linke Schulter' }],
      ['Am liebsten montags, ich arbeite Schicht.', { day: 'Montag' }],
      ['Geht 7:30? Vor der Frühschicht.', { time: '07:30' }],
      ['Ach nee, ab nächster Woche hab ich Spätschicht. Dann lieber Montag 15 Uhr.', { time: '15:00' }],
      ['Name ist Jürgen Brandt. Und bitte jemand, der auch Manuelle Therapie kann, die hat mir früher gut geholfen.', { customer_name: 'Jürgen Brandt', notes: 'wünscht Therapeut mit Manueller Therapie' }],
    ],
  },
];

const mb1: Family = {
  id: 'wl-mb-booking-card-chat',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The booking card is built up and revised across the customer\'s messages, so the answer to the last message depends on the card carried over from every earlier turn.',
  make: (rng, i) => {
    const s = bookingScenes[i % bookingScenes.length]!;
    const k = rng.int(2, s.turns.length - 1);
    let card: Slots = { service: null, day: null, time: null, staff: null, customer_name: null, notes: null };
    const messages = [sys(s.system)];
    for (const [msg, change] of s.turns.slice(0, k)) {
      card = { ...card, ...change };
      messages.push(user(msg), say(JSON.stringify(card)));
    }
    messages.push(user(s.turns[k]![0]));
    return {
      lang: s.lang,
      messages,
      response_format: jsonSchema('booking_card', {
        service: nullable('string'), day: nullable('string'), time: nullable('string'),
        staff: nullable('string'), customer_name: nullable('string'), notes: nullable('string'),
      }),
    };
  },
};

interface RaidScene {
  lang: Lang; system: (streamer: string) => string; batch: string; normal: string[]; raid: string[]; quiet: string[];
  lifted: string; innocent: string[]; stems: [string, string];
}
const raidScenes: RaidScene[] = [
  {
    lang: 'en', batch: 'batch',
    system: (s) => `You help moderate the live chat of the streamer ${s}. Chat arrives in 30-second batches. After each batch reply with exactly one line: MODE=<normal|slow|followers_only|emote_only> WATCH=<comma-separated usernames, or none>. Account age is shown in brackets.`,
    normal: ['that jump was clean', 'LUL chat is asleep today', 'what headset is that?', 'gg on the last boss', 'first time here, love the vibe'],
    raid: ['FOLLOW THE FROG 🐸🐸🐸', 'frog army has arrived', 'this stream is dead lmao frog it', '🐸🐸🐸🐸🐸🐸🐸'],
    quiet: ['ok that was weird', 'thanks mods', 'back to the game pls'],
    lifted: '[system] followers-only turned off by the streamer ("let\'s give people another chance")',
    innocent: ['hi :)', 'nice stream', 'what game is this?', 'hello from Ohio'],
    stems: ['frogking', 'fr0gk1ng'],
  },
  {
    lang: 'es', batch: 'lote',
    system: (s) => `Ayudas a moderar el chat en directo de ${s}. El chat llega en lotes de 30 segundos. Tras cada lote responde con una sola línea: MODE=<normal|slow|followers_only|emote_only> WATCH=<usuarios separados por comas, o none>. Entre corchetes va la antigüedad de la cuenta.`,
    normal: ['qué buena esa jugada', '¿a qué hora es el sorteo?', 'saludos desde Rosario', 'ese combo fue una locura', 'el micro suena genial hoy'],
    raid: ['ESTE CANAL ES BASURA 🤡🤡', 'invasión de payasos jajaja', '🤡🤡🤡🤡🤡🤡', 'seguid al rey payaso'],
    quiet: ['qué fue eso', 'gracias mods', 'sigue jugando porfa'],
    lifted: '[sistema] el streamer desactivó el modo solo seguidores ("demos otra oportunidad")',
    innocent: ['hola :)', 'qué buen directo', '¿qué juego es?', 'saludos desde Lima'],
    stems: ['reypayaso', 'r3ypayas0'],
  },
  {
    lang: 'ja', batch: 'バッチ',
    system: (s) => `あなたは配信者「${s}」のライブチャットのモデレーター補助です。チャットは30秒ごとのバッチで届きます。各バッチの後に1行だけ返してください: MODE=<normal|slow|followers_only|emote_only> WATCH=<ユーザー名をカンマ区切り、なければ none>。[ ] 内はアカウントの作成からの経過時間です。`,
    normal: ['今のジャンプうますぎ', 'こんばんは〜', 'そのマウスどこのですか？', 'ボス戦おつかれ', '初見です'],
    raid: ['この配信つまらんwww', '荒らし部隊参上', '🐙🐙🐙🐙🐙', 'タコ軍団をフォローしろ'],
    quiet: ['なんだったんだ今の', 'モデおつ', 'ゲーム続けてー'],
    lifted: '[システム] 配信者がフォロワー限定モードを解除しました（「もう一回みんなを信じよう」）',
    innocent: ['こんにちは :)', 'いい配信ですね', 'これ何のゲーム？', '北海道から見てます'],
    stems: ['takogun', 'tak0gun'],
  },
  {
    lang: 'de', batch: 'Batch',
    system: (s) => `Du hilfst bei der Moderation des Livechats von ${s}. Der Chat kommt in 30-Sekunden-Batches. Antworte nach jedem Batch mit genau einer Zeile: MODE=<normal|slow|followers_only|emote_only> WATCH=<Nutzernamen kommagetrennt, oder none>. In Klammern steht das Kontoalter.`,
    normal: ['sauberer Sprung', 'wann kommt das nächste Turnier?', 'Grüße aus Kiel', 'welches Mikro ist das?', 'gg, starker Bosskampf'],
    raid: ['DIESER STREAM IST MÜLL 🦆🦆', 'Entenarmee ist da', '🦆🦆🦆🦆🦆🦆', 'folgt dem Entenkönig'],
    quiet: ['was war das denn', 'danke Mods', 'spiel weiter bitte'],
    lifted: '[System] Follower-Modus vom Streamer deaktiviert („geben wir allen noch eine Chance“)',
    innocent: ['hi :)', 'cooler Stream', 'welches Spiel ist das?', 'Grüße aus Graz'],
    stems: ['entenkoenig', '3ntenk0enig'],
  },
];

const mb2: Family = {
  id: 'wl-mb-livechat-raid-watch',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The last batch looks harmless on its own, but its new accounts follow the naming pattern of the earlier raid wave, so the chat mode depends on what the earlier batches revealed.',
  make: (rng, i) => {
    const s = raidScenes[i % raidScenes.length]!;
    const streamer = rng.pick(['MiraPlays', 'kojiroTV', 'LenaLoops', 'dustin_speedruns', 'NoaBuilds']);
    const fans = rng.sample(['pixelpam', 'oldmanriver', 'kai_m', 'lumen77', 'sorrel', 'beanbag', 'yuzu_', 'tomtom_k'], 6);
    const age = (min: number): string => t(s.lang, { en: `${min} min`, es: `${min} min`, ja: `${min}分`, de: `${min} Min.` });
    const line = (name: string, text: string, mins: number): string => `${name} [${age(mins)}]: ${text}`;
    const raiders = [0, 1, 2, 3].map((k) => `${s.stems[k % 2]!}_${rng.int(10, 9999)}`);
    const b1 = fans.slice(0, 3).map((f) => line(f, rng.pick(s.normal), rng.int(2000, 90000)));
    const b2 = [...raiders.slice(0, 3).map((r) => line(r, rng.pick(s.raid), rng.int(1, 6))), line(fans[3]!, rng.pick(s.quiet), rng.int(2000, 90000))];
    const b3 = [line(fans[4]!, rng.pick(s.quiet), rng.int(2000, 90000)), line(raiders[3]!, rng.pick(s.raid), rng.int(1, 9))];
    const fresh = [`${s.stems[1]}_${rng.int(10, 9999)}`, `${s.stems[0]}${rng.int(1, 99)}`];
    const b4 = [s.lifted, line(fans[5]!, rng.pick(s.normal), rng.int(2000, 90000)), ...fresh.map((f) => line(f, rng.pick(s.innocent), rng.int(3, 12)))];
    const watched = raiders.join(',');
    const messages = [
      sys(s.system(streamer)),
      user(`${s.batch} 1\n${b1.join('\n')}`), say('MODE=normal WATCH=none'),
      user(`${s.batch} 2\n${b2.join('\n')}`), say(`MODE=followers_only WATCH=${raiders.slice(0, 3).join(',')}`),
    ];
    if (rng.chance(0.6)) messages.push(user(`${s.batch} 3\n${b3.join('\n')}`), say(`MODE=followers_only WATCH=${watched}`));
    messages.push(user(`${s.batch} ${messages.length > 5 ? 4 : 3}\n${b4.join('\n')}`));
    return { lang: s.lang, messages, max_tokens: 60 };
  },
};

interface ThreadScene { lang: Lang; system: string; ask: string; subject: string; pages: string[]; notes: string[]; final: string }
const threadScenes: ThreadScene[] = [
  {
    lang: 'en', subject: 'Office move – 3rd floor',
    system: 'You are an email assistant for Hana Becker (operations lead). You can read long threads page by page and create tasks. Be concise.',
    ask: 'Can you go through the "Office move – 3rd floor" thread for me? It\'s gotten long.',
    pages: [
      '[Mon 09:12] Hana: Movers booked for Fri 14th, 7am. Need someone to label the server rack and someone to cancel the water cooler contract.\n[Mon 09:40] Luis: I\'ll do the rack labels.\n[Mon 10:05] Priya: I can call the water cooler people, but not before Wednesday.',
      '[Tue 16:20] Hana: Building management says the movers need to send a certificate of insurance before they\'re let in.\n[Tue 16:45] Tom: I\'ll chase the movers for the certificate.\n[Wed 11:02] Priya: Water cooler cancelled, final collection on the 15th.',
      '[Thu 08:30] Luis: Sorry all, off sick until Monday, won\'t manage the rack labels.\n[Thu 09:10] Tom: Movers say the certificate will come "early next week".\n[Thu 09:15] Hana: That\'s after move day…',
    ],
    notes: ['Page 1 read: three jobs handed out (rack labels → Luis, water cooler → Priya, movers booked for the 14th).', 'Page 2 read: a new requirement (insurance certificate) picked up by Tom; water cooler done.'],
    final: 'ok before I reply-all: what is actually still open, and who is it on?',
  },
  {
    lang: 'de', subject: 'Klassenfahrt 7b Hamburg',
    system: 'Du bist der E-Mail-Assistent von Frau Krüger (Klassenlehrerin 7b). Du kannst lange Threads seitenweise lesen und Aufgaben anlegen. Antworte knapp.',
    ask: 'Kannst du den Thread „Klassenfahrt 7b Hamburg“ durchgehen? Da schreiben inzwischen fünf Leute mit.',
    pages: [
      '[Mo 07:50] Krüger: Bus ist angefragt, das Unternehmen braucht bis Freitag die Teilnehmerliste.\n[Mo 12:10] Yilmaz: Ich sammle die Einverständniserklärungen ein.\n[Mo 19:30] Nowak (Elternbeirat): Wir kümmern uns um den Zuschuss vom Förderverein.',
      '[Mi 13:05] Yilmaz: 24 von 27 Erklärungen sind da, es fehlen Ben, Mila und Jonas.\n[Mi 20:14] Nowak: Förderverein gibt 400 €, braucht aber eine Kostenaufstellung.\n[Do 07:45] Krüger: Die Kostenaufstellung mache ich am Wochenende.',
      '[Do 15:20] Yilmaz: Mila hat abgegeben. Jonas fährt nicht mit (Krankheit).\n[Fr 09:00] Busunternehmen: Buchung bestätigt, Anzahlung 30 % bis 10.05. auf unser Konto.\n[Fr 09:40] Nowak: Wer überweist die Anzahlung, Schule oder Förderverein?',
    ],
    notes: ['Seite 1 gelesen: Teilnehmerliste bis Freitag, Erklärungen bei Herrn Yilmaz, Zuschuss beim Elternbeirat.', 'Seite 2 gelesen: drei Erklärungen fehlen noch, Förderverein will eine Kostenaufstellung, die Sie übernommen haben.'],
    final: 'Ich muss gleich in den Unterricht. Was ist jetzt noch offen und bei wem liegt es?',
  },
  {
    lang: 'zh', subject: '年会筹备',
    system: '你是陈经理的邮件助手，可以分页阅读长邮件串并创建待办。回答简洁。',
    ask: '帮我看一下“年会筹备”这个邮件串，已经几十封了。',
    pages: [
      '[周一 10:02] 陈经理：场地定在滨江酒店，需要有人确认菜单，有人负责抽奖礼品。\n[周一 10:30] 小李：礼品我来。\n[周一 11:15] 小王：菜单我周三前跟酒店确认。',
      '[周二 15:40] 酒店：菜单中有两道菜含花生，请告知过敏人数。\n[周二 16:05] 小王：我去统计过敏情况。\n[周三 09:20] 陈经理：抽奖礼品预算定为8000元。',
      '[周四 14:10] 小李：礼品已下单，一共9200元。\n[周四 17:45] 小王：过敏统计还差市场部没回复，所以菜单也还没定。\n[周五 09:00] 酒店：菜单最晚下周一确认，否则按原菜单准备。',
    ],
    notes: ['第1页已读：场地已定，菜单归小王，礼品归小李。', '第2页已读：酒店要过敏人数，小王在统计；礼品预算8000元。'],
    final: '我等下要回复全员。现在到底还有哪些事没搞定、分别卡在谁那里？',
  },
  {
    lang: 'fr', subject: 'Mariage Camille & Yanis – prestataires',
    system: 'Tu es l\'assistant mail de Camille. Tu peux lire les longs fils page par page et créer des tâches. Réponds brièvement.',
    ask: 'Tu peux parcourir le fil « Mariage Camille & Yanis – prestataires » ? Je m\'y perds complètement.',
    pages: [
      '[lun. 21:10] Camille : DJ confirmé ! Il faut quelqu\'un pour la liste des chansons interdites et quelqu\'un pour réserver les navettes.\n[lun. 21:25] Yanis : je fais la liste.\n[lun. 22:02] Léa (sœur) : je m\'occupe des navettes.',
      '[mer. 18:40] Léa : navettes — deux devis demandés, j\'attends le deuxième.\n[jeu. 10:15] Traiteur : merci de nous donner le nombre de menus végétariens avant le 20.\n[jeu. 12:30] Camille : je fais le compte.',
      '[ven. 19:05] Yanis : liste envoyée au DJ ✅\n[sam. 08:50] Léa : deuxième devis reçu, 180 € moins cher, mais je pars en vacances demain sans réseau et je n\'ai rien signé.\n[sam. 09:30] Traiteur : petit rappel pour les végétariens.',
    ],
    notes: ['Page 1 lue : DJ confirmé, liste des chansons → Yanis, navettes → Léa.', 'Page 2 lue : Léa attend un 2e devis ; le traiteur veut le nombre de végétariens avant le 20, c\'est pour toi.'],
    final: 'Bon, concrètement, qu\'est-ce qui reste à faire et c\'est sur qui ?',
  },
];

const mb3: Family = {
  id: 'wl-mb-email-thread-open-items',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Who still owes what can only be worked out by carrying commitments from earlier pages of the thread and updating them as later pages cancel, finish or reassign them.',
  make: (rng, i) => {
    const s = threadScenes[i % threadScenes.length]!;
    const threadId = `thr_${rng.int(10000, 99999)}`;
    const messages = [sys(s.system), user(s.ask)];
    s.pages.forEach((page, k) => {
      exchange(rng, messages, 'read_thread_page', { thread_id: threadId, page: k + 1 }, { subject: s.subject, page: k + 1, of: s.pages.length, messages: page });
      if (k < s.notes.length) messages.push(say(s.notes[k]!));
    });
    messages.push(user(s.final));
    return {
      lang: s.lang,
      messages,
      tools: [
        tool('read_thread_page', 'Read one page of an email thread.', { thread_id: str, page: int }),
        tool('create_task', 'Create a task for someone.', { owner: str, text: str, due: str }),
      ],
    };
  },
};

interface RsvpLang {
  lang: Lang; names: string[]; system: string; intro: string;
  yes: string; no: string; maybe: string; plus: string; cancel: string; dropPlus: string; forOther: string;
  ack: string[]; summary: (n: number, pending: string[]) => string; final: string; partners: string[];
}
const rsvpLangs: RsvpLang[] = [
  {
    lang: 'es', names: ['Marta', 'Dani', 'Lucía', 'Sergio', 'Paula', 'Iker', 'Nerea', 'Álvaro', 'Carmen', 'Hugo', 'Irene', 'Raúl'],
    system: 'Organizo una cena de antiguos compañeros de clase y te voy pasando lo que responde la gente en el grupo. Yo no cuento en el total.',
    intro: 'Nuevas respuestas del grupo:', yes: '{n}: ¡Cuenta conmigo!', no: '{n}: Esta vez no puedo, lo siento 😕', maybe: '{n}: Igual voy, te digo el jueves.',
    plus: '{n}: Voy y me llevo a {p}, ¿vale?', cancel: '{n}: Al final me ha surgido algo, no voy…', dropPlus: '{n}: {p} al final no viene, solo yo.',
    forOther: '{n}: {o} dice que se apunta, que no tiene batería.', ack: ['Apuntado 👍', 'Hecho.', 'Vale, anotado.'],
    summary: (n, p) => `Ahora mismo sois ${n} confirmados. Faltan por contestar: ${p.join(', ') || 'nadie'}.`,
    final: 'El restaurante me pide ya el número. ¿Cuántos les digo y a quién me falta preguntar?', partners: ['mi novio', 'mi prima', 'mi pareja'],
  },
  {
    lang: 'en', names: ['Ollie', 'Priya', 'Sam', 'Hannah', 'Marcus', 'Jess', 'Tariq', 'Beth', 'Conor', 'Mei', 'Luke', 'Aisha'],
    system: 'I\'m organising a leaving do for my colleague and I\'ll forward you the replies from the group chat as they come in. Help me keep track of who\'s coming. Don\'t count me.',
    intro: 'more replies:', yes: '{n}: I\'m in!', no: '{n}: gutted, can\'t make it', maybe: '{n}: maybe? will know by Thursday',
    plus: '{n}: in, and bringing {p} if that\'s ok', cancel: '{n}: sorry, something came up, I\'m out', dropPlus: '{n}: {p} can\'t come after all, just me',
    forOther: '{n}: {o} says they\'re in, their phone\'s dead', ack: ['noted 👍', 'got it', 'ok'],
    summary: (n, p) => `That makes ${n} confirmed. Still waiting on: ${p.join(', ') || 'nobody'}.`,
    final: 'the pub wants numbers for the table NOW. how many do I tell them, and who do I still need to chase?', partners: ['my boyfriend', 'my sister', 'a plus one'],
  },
  {
    lang: 'pt', names: ['Ana', 'Bruno', 'Carla', 'Diego', 'Fernanda', 'Gustavo', 'Helena', 'Igor', 'Juliana', 'Léo', 'Marina', 'Rafa'],
    system: 'Tô organizando um churrasco de aniversário e vou te passando as respostas do grupo do zap. Eu não entro na conta.',
    intro: 'Respostas novas:', yes: '{n}: Tô dentro!', no: '{n}: Dessa vez não vai dar 😢', maybe: '{n}: Talvez, te confirmo na quinta.',
    plus: '{n}: Vou e levo {p}, pode?', cancel: '{n}: Gente, surgiu um imprevisto, não vou mais.', dropPlus: '{n}: {p} não vem mais, só eu.',
    forOther: '{n}: {o} pediu pra avisar que vai, tá sem bateria.', ack: ['Anotado 👍', 'Beleza.', 'Ok!'],
    summary: (n, p) => `Por enquanto são ${n} confirmados. Faltam responder: ${p.join(', ') || 'ninguém'}.`,
    final: 'O açougue quer saber hoje quanto de carne. Quantas pessoas eu falo e quem ainda não respondeu?', partners: ['meu namorado', 'minha irmã', 'um amigo'],
  },
  {
    lang: 'ja', names: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'],
    system: 'サークルOB会の幹事をしています。LINEグループの返信を順番に転送するので、整理を手伝ってください。私自身は人数に入れません。',
    intro: '新しい返信：', yes: '{n}：参加します！', no: '{n}：今回は欠席で…すみません', maybe: '{n}：たぶん行けます、木曜までに連絡します',
    plus: '{n}：参加です、{p}も連れて行っていいですか？', cancel: '{n}：急用が入ってしまい、やっぱり欠席します', dropPlus: '{n}：{p}は来られなくなりました、私だけです',
    forOther: '{n}：{o}さんも参加だそうです（スマホの充電切れとのこと）', ack: ['了解です👍', '承知しました。', 'メモしました。'],
    summary: (n, p) => `現時点で参加確定は${n}名です。未回答：${p.join('、') || 'なし'}。`,
    final: 'お店から今日中に人数を教えてと言われました。何名で伝えればいいですか？あと、まだ返事をもらっていないのは誰？', partners: ['奥さん', '弟', '後輩'],
  },
  {
    lang: 'de', names: ['Lena', 'Jonas', 'Mia', 'Felix', 'Sophie', 'Paul', 'Emma', 'Lukas', 'Hannah', 'Tim', 'Clara', 'Noah'],
    system: 'Ich organisiere das Sommerfest unserer Laufgruppe und leite dir die Antworten aus der Gruppe weiter, sobald sie kommen. Mich selbst nicht mitzählen.',
    intro: 'Neue Antworten:', yes: '{n}: Bin dabei!', no: '{n}: Diesmal leider nicht 😕', maybe: '{n}: Vielleicht, sag bis Donnerstag Bescheid.',
    plus: '{n}: Komme und bringe {p} mit, okay?', cancel: '{n}: Sorry, mir ist was dazwischengekommen, ich bin raus.', dropPlus: '{n}: Meine Begleitung kann doch nicht, nur ich.',
    forOther: '{n}: {o} hat mir geschrieben, ist dabei, Handy ist leer.', ack: ['Notiert 👍', 'Alles klar.', 'Ok.'],
    summary: (n, p) => `Damit sind es ${n} Zusagen. Noch keine Antwort von: ${p.join(', ') || 'niemandem'}.`,
    final: 'Der Grill-Verleih will heute die Personenzahl. Wie viele sag ich denen, und wen muss ich noch anschreiben?', partners: ['meinen Freund', 'meine Schwester', 'eine Begleitung'],
  },
];

const mb4: Family = {
  id: 'wl-mb-group-rsvp-headcount',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Replies arrive over many turns, people change their answers, bring or drop guests and answer for others, so the headcount asked for at the end comes from an updated picture of the whole group.',
  make: (rng, i) => {
    const L = rsvpLangs[i % rsvpLangs.length]!;
    const guests = rng.sample(L.names, rng.int(7, 11));
    const status = new Map<string, 'none' | 'yes' | 'no' | 'maybe'>(guests.map((g) => [g, 'none']));
    const plus = new Map<string, string>();
    const fill = (tpl: string, v: Record<string, string>): string => tpl.replace(/\{(\w)\}/g, (_, k: string) => v[k] ?? '');
    const used = new Set<string>();
    const event = (): string => {
      const fresh = guests.filter((x) => !used.has(x));
      const g = rng.pick(fresh.length ? fresh : guests);
      used.add(g);
      const st = status.get(g)!;
      const yesPeople = guests.filter((x) => status.get(x) === 'yes');
      if (st === 'none') {
        const r = rng.next();
        if (r < 0.15 && yesPeople.length) { status.set(g, 'yes'); return fill(L.forOther, { n: rng.pick(yesPeople), o: g }); }
        if (r < 0.45) { status.set(g, 'yes'); return fill(L.yes, { n: g }); }
        if (r < 0.6) { status.set(g, 'yes'); const p = rng.pick(L.partners); plus.set(g, p); return fill(L.plus, { n: g, p }); }
        if (r < 0.8) { status.set(g, 'no'); return fill(L.no, { n: g }); }
        status.set(g, 'maybe'); return fill(L.maybe, { n: g });
      }
      if (st === 'maybe') { const ok = rng.chance(0.5); status.set(g, ok ? 'yes' : 'no'); return fill(ok ? L.yes : L.no, { n: g }); }
      if (st === 'yes' && plus.has(g)) { const p = plus.get(g)!; plus.delete(g); return fill(L.dropPlus, { n: g, p }); }
      if (st === 'no') { status.set(g, 'yes'); return fill(L.yes, { n: g }); }
      if (rng.chance(0.5)) { status.set(g, 'no'); return fill(L.cancel, { n: g }); }
      const open = guests.filter((x) => status.get(x) === 'none');
      if (open.length) { const o = rng.pick(open); status.set(o, 'no'); return fill(L.no, { n: o }); }
      status.set(g, 'no'); return fill(L.cancel, { n: g });
    };
    const count = (): number => guests.filter((g) => status.get(g) === 'yes').length + plus.size;
    const pending = (): string[] => guests.filter((g) => status.get(g) === 'none');
    const messages = [sys(L.system)];
    const rounds = rng.int(3, 7);
    for (let r = 0; r < rounds; r++) {
      used.clear();
      const lines = Array.from({ length: rng.int(1, 3) }, event);
      messages.push(user(`${L.intro}\n${lines.join('\n')}`));
      if (r < rounds - 1) messages.push(say(rng.chance(0.4) ? L.summary(count(), pending()) : rng.pick(L.ack)));
    }
    const last = messages.pop()!;
    messages.push(user(`${typeof last.content === 'string' ? last.content : ''}\n\n${L.final}`));
    const draft: Draft = { lang: L.lang, messages };
    if (i % 2 === 0) draft.response_format = jsonSchema('headcount', { confirmed_people: int, not_answered: list(str), maybe: list(str) });
    return draft;
  },
};

interface EnvLang {
  lang: Lang; system: string; start: (g: number, e: number, tr: number, f: number) => string; startAck: string;
  spend: Record<'g' | 'e' | 'tr' | 'f', string[]>; fix: string; refund: string; move: string; acks: string[];
  syncAsk: string; final: (d: number, who: string) => string; who: string[]; cur: string;
}
const envLangs: EnvLang[] = [
  {
    lang: 'en', cur: '£',
    system: 'You\'re Penny, the money coach inside the Jar budgeting app. The user runs envelopes for the month; rent and bills are paid separately and are off-limits. Keep replies short and friendly. You can pull recent card transactions with bank_sync.',
    start: (g, e, tr, f) => `new month!! envelopes: groceries £${g}, eating out £${e}, transport £${tr}, fun £${f}`, startAck: 'Love it, envelopes are set. Log stuff as you go 🙌',
    spend: { g: ['Tesco £{x}', 'big Aldi shop £{x}'], e: ['lunch with Sam £{x}', 'pizza night £{x}'], tr: ['Oyster top-up £{x}', 'taxi home £{x}'], f: ['cinema £{x}', 'climbing day pass £{x}'] },
    fix: 'oops, that {what} was actually £{x}, forgot the tip', refund: 'Sam sent me £{x} back for his half', move: 'move £{x} from fun to eating out pls',
    acks: ['logged ✅', 'done!', 'noted 👍', 'got it'], syncAsk: 'can you check the card, I think I forgot something',
    final: (d, who) => `${who} just asked me out for dinner tonight, probably ~£${d} each. can I do that from eating out or would I be dipping into something else?`,
    who: ['Amira', 'my sister', 'Jake from work'],
  },
  {
    lang: 'de', cur: '€',
    system: 'Du bist Penny, der Finanz-Coach in der Budget-App Jar. Die Nutzerin führt Umschläge für den Monat; Miete und Fixkosten laufen separat und sind tabu. Antworte kurz und freundlich. Mit bank_sync kannst du die letzten Kartenumsätze abrufen.',
    start: (g, e, tr, f) => `Neuer Monat! Umschläge: Lebensmittel ${g} €, Essen gehen ${e} €, Mobilität ${tr} €, Freizeit ${f} €`, startAck: 'Super, die Umschläge stehen. Trag einfach alles ein, was du ausgibst 🙌',
    spend: { g: ['Rewe {x} €', 'Wocheneinkauf Edeka {x} €'], e: ['Mittagessen mit Jana {x} €', 'Döner + Kino-Snacks {x} €'], tr: ['Carsharing {x} €', 'Taxi nach Hause {x} €'], f: ['Kino {x} €', 'Bouldern {x} €'] },
    fix: 'Ups, das {what} waren eigentlich {x} €, Trinkgeld vergessen', refund: 'Jana hat mir {x} € für ihre Hälfte zurückgeschickt', move: 'Schieb bitte {x} € von Freizeit zu Essen gehen',
    acks: ['Eingetragen ✅', 'Erledigt!', 'Notiert 👍', 'Alles klar'], syncAsk: 'Kannst du mal die Karte checken, ich glaub, ich hab was vergessen',
    final: (d, who) => `${who} will heute Abend essen gehen, so ca. ${d} € pro Person. Geht das aus dem Essen-gehen-Umschlag oder müsste ich woanders was wegnehmen?`,
    who: ['Meine Kollegin Sarah', 'Tobi', 'Meine Schwester'],
  },
  {
    lang: 'fr', cur: '€',
    system: 'Tu es Penny, la coach budget de l\'appli Jar. L\'utilisateur gère des enveloppes pour le mois ; le loyer et les factures sont payés à part et on n\'y touche pas. Réponses courtes et sympas. bank_sync permet de récupérer les dernières opérations carte.',
    start: (g, e, tr, f) => `Nouveau mois ! Enveloppes : courses ${g} €, restos ${e} €, transports ${tr} €, loisirs ${f} €`, startAck: 'Top, les enveloppes sont prêtes. Note tes dépenses au fil de l\'eau 🙌',
    spend: { g: ['Carrefour {x} €', 'marché du dimanche {x} €'], e: ['déj avec Karim {x} €', 'sushis à emporter {x} €'], tr: ['VTC pour rentrer {x} €', 'recharge Vélib\' {x} €'], f: ['ciné {x} €', 'concert {x} €'] },
    fix: 'Oups, le {what} c\'était {x} € en fait, j\'avais oublié le pourboire', refund: 'Karim m\'a remboursé {x} € pour sa part', move: 'Tu peux passer {x} € des loisirs vers les restos ?',
    acks: ['C\'est noté ✅', 'Fait !', 'Ok 👍', 'Noté'], syncAsk: 'Tu peux regarder la carte ? J\'ai l\'impression d\'avoir oublié un truc',
    final: (d, who) => `${who} me propose un resto ce soir, à peu près ${d} € chacun. Ça passe dans l\'enveloppe restos ou je vais devoir piocher ailleurs ?`,
    who: ['Inès', 'Mon frère', 'Une collègue'],
  },
  {
    lang: 'es', cur: '€',
    system: 'Eres Penny, la coach financiera de la app de presupuesto Jar. El usuario reparte el mes en sobres; el alquiler y los recibos van aparte y no se tocan. Respuestas cortas y cercanas. Con bank_sync puedes ver los últimos movimientos de la tarjeta.',
    start: (g, e, tr, f) => `¡Mes nuevo! Sobres: súper ${g} €, comer fuera ${e} €, transporte ${tr} €, ocio ${f} €`, startAck: '¡Genial, sobres listos! Ve apuntando lo que gastes 🙌',
    spend: { g: ['Mercadona {x} €', 'compra en el Día {x} €'], e: ['menú con Álex {x} €', 'cañas y tapas {x} €'], tr: ['taxi a casa {x} €', 'BiciMAD {x} €'], f: ['cine {x} €', 'escape room {x} €'] },
    fix: 'Ups, lo de {what} fueron {x} € al final, se me olvidó la propina', refund: 'Álex me ha hecho un Bizum de {x} € por su parte', move: 'Pasa {x} € de ocio a comer fuera, porfa',
    acks: ['Apuntado ✅', '¡Hecho!', 'Anotado 👍', 'Vale'], syncAsk: '¿Puedes mirar la tarjeta? Creo que se me ha olvidado algo',
    final: (d, who) => `${who} me ha propuesto cenar esta noche, unos ${d} € por cabeza. ¿Me llega con el sobre de comer fuera o tendría que tirar de otro?`,
    who: ['Nuria', 'Mi hermano', 'Un chico del gimnasio'],
  },
];

const mb5: Family = {
  id: 'wl-mb-envelope-spend-log',
  label: 'model_based_reflex',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'Whether dinner fits depends on the current envelope balances, which exist only as the running result of logged spends, corrections, refunds, transfers and an unlogged card charge spread over the chat.',
  make: (rng, i) => {
    const L = envLangs[i % envLangs.length]!;
    const bal = { g: rng.pick([250, 300, 320, 400]), e: rng.pick([80, 100, 120, 150]), tr: rng.pick([49, 58, 60]), f: rng.pick([50, 60, 80]) };
    const messages = [sys(L.system), user(L.start(bal.g, bal.e, bal.tr, bal.f)), say(L.startAck)];
    const fill = (tpl: string, v: Record<string, string>): string => tpl.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
    let lastEating: { text: string; amount: number } | null = null;
    const steps = rng.int(5, 9);
    for (let k = 0; k < steps; k++) {
      const r = rng.next();
      let msg: string;
      if (r < 0.55 || !lastEating) {
        const env = rng.pick(['g', 'e', 'e', 'tr', 'f'] as const);
        const x = env === 'g' ? rng.int(18, 85) : env === 'tr' ? rng.int(6, 24) : rng.int(9, 38);
        const tpl = rng.pick(L.spend[env]);
        msg = fill(tpl, { x: String(x) });
        if (env === 'e') lastEating = { text: tpl.split(' ')[0]!.replace('{x}', '').trim(), amount: x };
      } else if (r < 0.7) {
        msg = fill(L.fix, { what: lastEating.text, x: String(lastEating.amount + rng.int(3, 8)) });
        lastEating = null;
      } else if (r < 0.85) {
        msg = fill(L.refund, { x: String(Math.round(lastEating.amount / 2)) });
        lastEating = null;
      } else {
        msg = fill(L.move, { x: String(rng.pick([10, 15, 20])) });
      }
      messages.push(user(msg), say(rng.pick(L.acks)));
    }
    const withSync = i % 2 === 0;
    if (withSync) {
      messages.push(user(L.syncAsk));
      exchange(rng, messages, 'bank_sync', { days: 7 }, {
        transactions: [
          { merchant: rng.pick(['Deliveroo', 'Uber Eats', 'Wolt']), amount: Number(money(rng.int(14, 29) + 0.4)), status: 'pending', category_guess: 'eating_out' },
          { merchant: rng.pick(['Spotify', 'Netflix']), amount: 10.99, status: 'settled', category_guess: 'bills' },
        ],
      });
      messages.push(say(t(L.lang, { en: 'Found one you hadn\'t logged, a takeaway that\'s still pending. I\'ve put it under eating out.', de: 'Da war eine Lieferdienst-Bestellung, die noch nicht eingetragen war (noch vorgemerkt). Hab sie unter Essen gehen gebucht.', fr: 'Il y avait une commande livrée pas encore notée (en attente). Je l\'ai mise dans restos.', es: 'Había un pedido a domicilio sin apuntar (todavía pendiente). Lo he metido en comer fuera.' })));
    }
    messages.push(user(L.final(rng.pick([25, 30, 35, 40, 45]), rng.pick(L.who))));
    return {
      lang: L.lang,
      messages,
      ...(withSync ? { tools: [tool('bank_sync', 'Fetch recent card transactions for the user.', { days: int })] } : {}),
    };
  },
};

// =====================================================================================
// goal_based
// =====================================================================================

interface CalScene {
  lang: Lang; system: string; ask: (h: number) => string; date: string;
  titles: [string, string, string, string]; people: string[]; vp: string; vpNote: string;
}
const calScenes: CalScene[] = [
  {
    lang: 'en', date: '2025-03-13',
    system: 'You are the calendar assistant for Nadia Haddad. Plan the changes a request needs, then carry them out. You may move events Nadia organises. For events organised by someone else, send the organiser a note instead of moving them. Use one tool call per turn.',
    ask: (h) => `Got my visa biometrics appointment on Thursday ${h}:30–${h + 1}:30 at the consulate, it\'s 30 min each way. Can you clear me for it? Don\'t just delete stuff, people are waiting on some of these.`,
    titles: ['Design crit – onboarding flow', '1:1 with Marco', 'Quarterly business review', 'Focus block'], people: ['marco@lumen.io', 'jade@lumen.io', 'oskar@lumen.io'], vp: 'elena.v@lumen.io', vpNote: 'Organiser-only edits. Nadia presents slide 7.',
  },
  {
    lang: 'de', date: '2025-05-22',
    system: 'Du bist der Kalenderassistent von Jonas Weber. Termine, die Jonas selbst organisiert, darfst du verschieben. Bei Terminen anderer Organisatoren schreibst du stattdessen dem Organisator eine Nachricht. Ein Tool-Aufruf pro Zug.',
    ask: (h) => `Ich hab am Donnerstag von ${h}:30 bis ${h + 1}:30 einen Facharzttermin, den ich nicht verschieben kann, Anfahrt je 30 Minuten. Mach mir den Kalender dafür frei, aber lösch nicht einfach Sachen.`,
    titles: ['Review Angebotsentwurf Stadtwerke', 'Jour fixe mit Aylin', 'Budgetrunde Q3', 'Fokuszeit'], people: ['aylin.k@nordkontor.de', 'ben.s@nordkontor.de', 'mara.t@nordkontor.de'], vp: 'g.hoffmann@nordkontor.de', vpNote: 'Nur Organisator darf ändern. Jonas stellt die Vertriebszahlen vor.',
  },
  {
    lang: 'ja', date: '2025-06-12',
    system: 'あなたは山口美咲さんのカレンダーアシスタントです。美咲さんが主催する予定は移動できます。他の人が主催する予定は移動せず、主催者にメッセージを送ってください。1ターンにツール呼び出しは1回です。',
    ask: (h) => `木曜の${h}:30〜${h + 1}:30に区役所で手続きの予約が取れました。片道30分かかります。その時間を空けてもらえますか？勝手に削除はしないでね。`,
    titles: ['新機能デザインレビュー', '大野さんと1on1', '四半期業績報告会', '集中作業'], people: ['ohno@hikari.co.jp', 'kimura@hikari.co.jp', 'sato@hikari.co.jp'], vp: 'director.mori@hikari.co.jp', vpNote: '主催者のみ変更可。美咲さんは7ページ目を担当。',
  },
  {
    lang: 'es', date: '2025-10-16',
    system: 'Eres el asistente de calendario de Laura Méndez. Puedes mover los eventos que organiza Laura. Si el organizador es otra persona, no los muevas: escríbele una nota. Una llamada a herramienta por turno.',
    ask: (h) => `Me han dado cita en el notario el jueves de ${h}:30 a ${h + 1}:30 para firmar lo del piso, y tardo media hora en ir y otra en volver. ¿Me dejas libre ese hueco? Sin borrar nada a lo loco, que hay gente esperando.`,
    titles: ['Revisión de campaña Navidad', '1:1 con Pablo', 'Comité de resultados trimestral', 'Bloque de concentración'], people: ['pablo@brisa.es', 'ines@brisa.es', 'tomas@brisa.es'], vp: 'd.ortega@brisa.es', vpNote: 'Solo el organizador puede modificarlo. Laura presenta la diapositiva 7.',
  },
];

const gb1: Family = {
  id: 'wl-gb-calendar-clear-for-appointment',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The assistant must reach a stated end condition (the appointment window plus travel kept free) through a sequence of moves and notes that respect who may change which event; choosing between free slots is a minor preference question.',
  make: (rng, i) => {
    const s = calScenes[i % calScenes.length]!;
    const h = rng.pick([10, 11, 13, 14]);
    const hm = (hh: number, m: number): string => `${s.date}T${pad(hh)}:${pad(m)}`;
    const messages = [sys(s.system), user(s.ask(h))];
    exchange(rng, messages, 'list_events', { date: s.date }, {
      events: [
        { id: 'ev_1', title: s.titles[0], start: hm(h - 1, 30), end: hm(h, 30), organizer: 'self', attendees: s.people },
        { id: 'ev_2', title: s.titles[1], start: hm(h, 30), end: hm(h + 1, 0), organizer: 'self', attendees: [s.people[0]] },
        { id: 'ev_3', title: s.titles[2], start: hm(h + 1, 0), end: hm(h + 2, 0), organizer: s.vp, attendees: 14, note: s.vpNote },
        { id: 'ev_4', title: s.titles[3], start: hm(h + 2, 0), end: hm(h + 3, 0), organizer: 'self', attendees: [] },
      ],
    });
    const d2 = s.date.replace(/(\d\d)$/, (dd) => pad(Number(dd) + 1));
    exchange(rng, messages, 'find_free_slots', { attendees: s.people, duration_min: 60, from: `${s.date}T08:00`, to: `${d2}T18:00` }, {
      slots: rng.sample([hm(8, 30), hm(16, 30), `${d2}T09:00`, `${d2}T11:00`, `${d2}T15:30`], rng.int(2, 3)).sort(),
    });
    return {
      lang: s.lang,
      messages,
      tools: [
        tool('list_events', 'List events on a date.', { date: str }),
        tool('find_free_slots', 'Find slots where all attendees are free.', { attendees: list(str), duration_min: int, from: str, to: str }),
        tool('move_event', 'Move an event organised by the user.', { event_id: str, new_start: str }),
        tool('send_note', 'Send a short note to an event organiser or attendee.', { to: str, event_id: str, text: str }),
      ],
    };
  },
};

interface RecoveryScene {
  lang: Lang; system: string; open: string; askChannel: string; sms: string; backup: string; none: string; code: (c: string) => string;
  sentSms: string; sentBackup: string; finalNone: string; handle: string;
}
const recoveryScenes: RecoveryScene[] = [
  {
    lang: 'es', handle: 'marina.sol',
    system: 'Eres el agente de soporte de Lumo (nube de fotos). Objetivo: que el cliente recupere el acceso a su cuenta. Nunca restablezcas el segundo factor sin haber verificado antes un canal de contacto. Solo escala al equipo de identidad si no queda ningún canal verificable.',
    open: 'Hola, perdí el móvil en un viaje y con él la app de autenticación. Y el correo de la cuenta es el de la universidad, que ya me lo cerraron. Usuario marina.sol. ¿Me podéis ayudar? Tengo ahí todas las fotos de mi hija 😢',
    askChannel: 'Lo siento mucho, vamos a intentarlo. Veo un teléfono y un correo de respaldo en la cuenta. ¿Conservas el mismo número (aunque sea con otra SIM) o tienes acceso a un Gmail que empiece por «m»?',
    sms: 'Sí, el número es el mismo, ya tengo SIM nueva.', backup: 'El número lo cambié, pero el Gmail sí lo tengo, es el personal.', none: 'El número es otro y ese Gmail lo borré hace años…',
    code: (c) => `Me ha llegado: ${c}`, sentSms: 'Te acabo de enviar un código por SMS.', sentBackup: 'Te he enviado un código a ese Gmail.',
    finalNone: 'Vale, no me llega nada al correo porque ya no existe. ¿Y ahora qué hacemos?',
  },
  {
    lang: 'en', handle: 'dkowalski88',
    system: 'You are the support agent for Lumo (photo cloud). Aim: get the customer back into their account. Never reset two-factor authentication before a contact channel has been verified. Escalate to the identity team only when no channel can be verified.',
    open: 'hi. phone got stolen last night, authenticator app went with it. the account email is my old work address which is gone. username dkowalski88. all my wedding photos are in there, please help',
    askChannel: 'I\'m so sorry, let\'s get you back in. The account has a phone number and a backup email on file. Do you still have the same number (even on a new SIM), or access to a backup address starting with "d"?',
    sms: 'yeah same number, got a replacement sim this morning', backup: 'new number unfortunately, but I do have the backup email, it\'s my personal one', none: 'different number and I don\'t recognise that backup email at all tbh',
    code: (c) => `got it: ${c}`, sentSms: 'I\'ve just sent a code by text.', sentBackup: 'I\'ve sent a code to the backup address.',
    finalNone: 'nothing\'s coming through and I genuinely don\'t know that email. what now?',
  },
  {
    lang: 'fr', handle: 'a.benali',
    system: 'Tu es l\'agent de support de Lumo (stockage de photos). Objectif : que le client retrouve l\'accès à son compte. Ne réinitialise jamais la double authentification sans avoir vérifié un canal de contact. N\'escalade à l\'équipe identité que si aucun canal n\'est vérifiable.',
    open: 'Bonjour, mon téléphone est tombé dans la Seine (oui…) avec l\'appli d\'authentification. L\'adresse mail du compte, c\'est celle de mon ancienne boîte, désactivée. Identifiant a.benali. Vous pouvez faire quelque chose ?',
    askChannel: 'Aïe, désolé ! On va regarder ça. Le compte a un numéro de téléphone et une adresse de secours. Vous avez gardé le même numéro (même avec une nouvelle SIM), ou accès à une adresse qui commence par « a » ?',
    sms: 'Oui, même numéro, j\'ai récupéré une SIM ce matin.', backup: 'Nouveau numéro, mais l\'adresse de secours oui, c\'est ma perso.', none: 'Nouveau numéro et cette adresse, je ne l\'ai plus depuis longtemps.',
    code: (c) => `Reçu : ${c}`, sentSms: 'Je viens de vous envoyer un code par SMS.', sentBackup: 'Je vous ai envoyé un code sur l\'adresse de secours.',
    finalNone: 'Rien ne peut arriver sur cette adresse, elle n\'existe plus. On fait comment ?',
  },
  {
    lang: 'pt', handle: 'rafa.lima',
    system: 'Você é o agente de suporte da Lumo (nuvem de fotos). Objetivo: o cliente voltar a acessar a conta. Nunca redefina a verificação em duas etapas sem antes verificar um canal de contato. Só escale para a equipe de identidade se nenhum canal puder ser verificado.',
    open: 'Oi, fui assaltado e levaram meu celular com o app autenticador. O e-mail da conta era da faculdade e já foi desativado. Usuário rafa.lima. Tem como me ajudar?',
    askChannel: 'Sinto muito! Vamos resolver. A conta tem um telefone e um e-mail de recuperação. Você manteve o mesmo número (mesmo com chip novo) ou tem acesso a um e-mail que começa com "r"?',
    sms: 'Mesmo número, já peguei o chip novo.', backup: 'O número mudou, mas o e-mail de recuperação é o meu pessoal, tenho sim.', none: 'Número novo, e esse e-mail eu nem lembro que existia.',
    code: (c) => `Chegou: ${c}`, sentSms: 'Acabei de enviar um código por SMS.', sentBackup: 'Enviei um código para o e-mail de recuperação.',
    finalNone: 'Não chega nada nesse e-mail, não tenho mais. E agora?',
  },
  {
    lang: 'zh', handle: 'chen_yu',
    system: '你是 Lumo（照片云存储）的客服代理。目标：让客户重新登录自己的账户。在验证任何联系渠道之前，绝不能重置两步验证。只有在没有任何渠道可以验证时，才升级给身份核验团队。',
    open: '你好，我手机丢了，验证器App也没了。账户邮箱是以前公司的，已经停用了。用户名 chen_yu。里面有很多重要照片，能帮帮我吗？',
    askChannel: '很抱歉遇到这种情况，我们一起来处理。账户里登记了手机号和备用邮箱。您还在用原来的号码（补办的卡也算）吗？或者能登录一个以“c”开头的备用邮箱吗？',
    sms: '号码没变，今天刚补了卡。', backup: '号码换了，不过备用邮箱是我的私人邮箱，能登录。', none: '号码换了，那个备用邮箱我早就不用了。',
    code: (c) => `收到了：${c}`, sentSms: '刚给您发了短信验证码。', sentBackup: '已向备用邮箱发送验证码。',
    finalNone: '那个邮箱收不到，我已经登不上了。那现在怎么办？',
  },
];

const gb2: Family = {
  id: 'wl-gb-support-account-recovery',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The support agent works through tool actions toward a fixed end state (the customer back in their account) under ordering constraints, and must pick the next action from where the recovery stands.',
  make: (rng, i) => {
    const s = recoveryScenes[i % recoveryScenes.length]!;
    const route = rng.pick(['sms', 'backup', 'none'] as const);
    const accountId = `acc_${rng.int(100000, 999999)}`;
    const messages = [sys(s.system), user(s.open)];
    exchange(rng, messages, 'lookup_account', { username: s.handle }, {
      account_id: accountId, primary_email: { address: `${s.handle}@old-employer.example`, status: 'bouncing' },
      phone: `+•• ••• ••• ${pad(rng.int(0, 99))}`, backup_email: `${s.handle[0]}•••••@gmail.com`, second_factor: 'authenticator_app', photos: rng.int(2000, 40000),
    });
    messages.push(say(s.askChannel), user(s[route]));
    const channel = route === 'sms' ? 'sms' : 'backup_email';
    exchange(rng, messages, 'send_code', { account_id: accountId, channel }, route === 'none' ? { sent: true, delivery: 'unknown' } : { sent: true });
    if (route === 'none') {
      messages.push(say(s.sentBackup), user(s.finalNone));
    } else {
      const code = String(rng.int(100000, 999999));
      messages.push(say(route === 'sms' ? s.sentSms : s.sentBackup), user(s.code(code)));
      exchange(rng, messages, 'verify_code', { account_id: accountId, code }, { verified: true, channel });
    }
    return {
      lang: s.lang,
      messages,
      tools: [
        tool('lookup_account', 'Find an account by username or email.', { username: str }),
        tool('send_code', 'Send a one-time code to a contact channel on file.', { account_id: str, channel: oneOf('sms', 'backup_email') }),
        tool('verify_code', 'Check a one-time code the customer read back.', { account_id: str, code: str }),
        tool('reset_second_factor', 'Remove the old second factor so the customer can enrol a new one.', { account_id: str }),
        tool('update_primary_email', 'Change the primary email address.', { account_id: str, new_email: str }),
        tool('escalate_identity_team', 'Hand the case to manual identity verification.', { account_id: str, reason: str }),
      ],
    };
  },
};

const unitTitles: Record<'de' | 'en' | 'ja' | 'fr', string[]> = {
  de: ['Begrüßen & Vorstellen', 'Zahlen & Uhrzeit', 'Essen & Trinken (Wortschatz)', 'Vergangenheit (passé composé)', 'Im Restaurant bestellen', 'Einkaufen & Bezahlen', 'Höfliche Bitten (Konditional)', 'Sich höflich beschweren', 'Telefonieren', 'Vorbereitung mündliche Prüfung'],
  en: ['Greetings & introductions', 'Numbers & telling the time', 'Food & drink vocabulary', 'Past tense (pretérito perfecto)', 'Ordering at a restaurant', 'Shopping & paying', 'Polite requests (conditional)', 'Complaining politely', 'Phone calls', 'Oral exam preparation'],
  ja: ['あいさつ・自己紹介', '数字と時間', '食べ物・飲み物の語彙', '過去形', 'レストランで注文する', '買い物と支払い', '丁寧な依頼（条件法）', '丁寧に苦情を言う', '電話での会話', '口頭試験対策'],
  fr: ['Saluer et se présenter', 'Nombres et heure', 'Vocabulaire : manger et boire', 'Le passé (Perfekt)', 'Commander au restaurant', 'Faire les courses et payer', 'Demandes polies (Konjunktiv II)', 'Se plaindre poliment', 'Téléphoner', 'Préparation à l\'oral'],
};
const unitNeeds: string[][] = [[], ['U1'], ['U1'], ['U2'], ['U3'], ['U2', 'U3'], ['U4'], ['U5|U6', 'U7'], ['U7'], ['U8', 'U9']];
interface UnitScene { lang: 'de' | 'en' | 'ja' | 'fr'; system: string; chat: [string, string][]; ask: (target: string, done: string[]) => string; orWord: string }
const unitScenes: UnitScene[] = [
  {
    lang: 'de', orWord: 'oder',
    system: 'Du bist der Kursberater der Sprachschule Parlons! (Französisch). Einheiten haben Voraussetzungen; „A|B“ heißt, eine von beiden reicht. Antworte als JSON.',
    chat: [['Hallo! Ich ziehe im Frühjahr beruflich nach Lyon und will vorher noch ordentlich Französisch können.', 'Wie schön, Lyon! Wie viel Zeit haben Sie pro Woche?'], ['Zwei Abende, also vier Sitzungen im Monat. Ich will keine Einheit machen, die ich nicht brauche.', 'Verstehe, dann schauen wir genau, was nötig ist.']],
    ask: (tg, done) => `Abgeschlossen habe ich schon: ${done.join(', ')}. Ich will am Ende „${tg}“ können. Welche Einheiten muss ich noch belegen und in welcher Reihenfolge, damit es möglichst wenige Sitzungen werden?`,
  },
  {
    lang: 'en', orWord: 'or',
    system: 'You are the course adviser for Hablamos, an online Spanish school. Units have prerequisites; "A|B" means either one is enough. Reply in JSON.',
    chat: [['hi! my partner\'s family is from Valencia and we\'re visiting them in the summer', 'How lovely! What would you like to be able to do by then?'], ['mostly not embarrass myself lol. but specifically there\'s one thing I want to manage on my own', 'Sure, tell me which unit and what you\'ve done so far.'], ['I only have maybe 3 sessions a week, so I don\'t want to waste any', 'Understood, we\'ll keep it lean.']],
    ask: (tg, done) => `done so far: ${done.join(', ')}. I want to be able to do "${tg}". which units do I still need, in what order, with the fewest sessions?`,
  },
  {
    lang: 'ja', orWord: 'または',
    system: 'あなたはオンライン英会話スクール「Talkative」のコース相談員です。各ユニットには前提ユニットがあり、「A|B」はどちらか一方で可という意味です。JSON で答えてください。',
    chat: [['こんにちは。来年の春から海外営業に異動になりそうで、英語を仕切り直したいです。', 'ご相談ありがとうございます。受講ペースはどのくらいですか？'], ['平日は忙しいので週末に2コマずつです。無駄なユニットは取りたくないです。', '承知しました。必要なものだけに絞りましょう。']],
    ask: (tg, done) => `受講済み：${done.join('、')}。最終的に「${tg}」ができるようになりたいです。あと何のユニットを、どの順番で取れば、コマ数が一番少なく済みますか？`,
  },
  {
    lang: 'fr', orWord: 'ou',
    system: 'Tu es le conseiller pédagogique de l\'école Sprachraum (allemand en ligne). Les unités ont des prérequis ; « A|B » signifie que l\'une des deux suffit. Réponds en JSON.',
    chat: [['Bonjour, je pars six mois en Erasmus à Leipzig à la rentrée.', 'Super ! Qu\'est-ce que vous voulez savoir faire en arrivant ?'], ['Surtout me débrouiller seule au quotidien. Je n\'ai pas beaucoup de temps, donc rien de superflu.', 'D\'accord, on va viser juste.']],
    ask: (tg, done) => `J\'ai déjà fait : ${done.join(', ')}. Je veux arriver à « ${tg} ». Quelles unités me restent, dans quel ordre, avec le moins de séances possible ?`,
  },
];

const gb3: Family = {
  id: 'wl-gb-course-units-to-target',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A target unit sits behind a prerequisite graph with alternative branches, and the learner asks for the ordered set of units that unlocks it, which is a search toward a stated end point.',
  make: (rng, i) => {
    const s = unitScenes[i % unitScenes.length]!;
    const titles = unitTitles[s.lang];
    const sessions = titles.map(() => rng.int(2, 6));
    const table = titles.map((title, k) => {
      const needs = unitNeeds[k]!.map((n) => n.replace('|', ` ${s.orWord} `)).join(', ') || '—';
      return `U${k + 1} ${title} | ${sessions[k]} | ${needs}`;
    });
    const targetIdx = rng.pick([7, 8, 9]);
    const done = rng.pick([['U1'], ['U1', 'U2'], ['U1', 'U3'], ['U1', 'U2', 'U3']]);
    const header = t(s.lang, { en: 'unit | sessions | requires', de: 'Einheit | Sitzungen | Voraussetzung', ja: 'ユニット | コマ数 | 前提', fr: 'unité | séances | prérequis' });
    const messages = [sys(`${s.system}\n\n${header}\n${table.join('\n')}`)];
    for (const [u, a] of head(s.chat, rng.int(1, s.chat.length))) messages.push(user(u), say(a));
    messages.push(user(s.ask(`U${targetIdx + 1} ${titles[targetIdx]}`, done)));
    return {
      lang: s.lang,
      messages,
      response_format: jsonSchema('unit_sequence', { units_in_order: list(str), total_sessions: int, note: str }),
    };
  },
};

interface UnsubPage { url: string; tree: string }
interface UnsubScene {
  lang: Lang; shop: string; system: string; start: UnsubPage;
  prefs: UnsubPage; unNl: string; unOffers: string; partnersInfo: string; saved: string; privacy: UnsubPage;
}
const unsubScenes: UnsubScene[] = [
  {
    lang: 'en', shop: 'NorthPeak Outdoor',
    system: 'You operate a web browser for the user. Task: stop every marketing email NorthPeak Outdoor sends to jo.reyes@mailbox.example and delete the saved marketing profile, but keep the customer account and order emails. After each action you get the new page. One tool call per turn; call done when finished.',
    start: { url: 'mail.example/inbox/88121', tree: 'heading \'Spring Sale: 30% off shells\'  link#unsub \'Unsubscribe\'  link#prefs \'Manage email preferences\'  link#shop \'Shop now\'' },
    prefs: { url: 'northpeak.example/account/email-preferences', tree: 'checkbox#nl \'Weekly newsletter\' (checked)  checkbox#offers \'Personalised offers\' (checked)  checkbox#partners \'Offers from partners\' (checked)  checkbox#orders \'Order & delivery updates\' (checked, disabled)  button#save \'Save preferences\'  link#privacy \'Privacy & data\'' },
    unNl: '[ok] nl unchecked', unOffers: '[ok] offers unchecked', partnersInfo: '[info] \'Partner offers are managed under Privacy & data.\' partners still checked',
    saved: '[page] Preferences saved. \'Changes can take up to 48 hours.\' link#privacy \'Privacy & data\' link#home \'My account\'',
    privacy: { url: 'northpeak.example/account/privacy', tree: 'toggle#share \'Share my data with partners\' (on)  button#del-profile \'Delete my marketing profile\'  button#del-account \'Delete my account\'  link#back \'Back\'' },
  },
  {
    lang: 'de', shop: 'Kaufwerk',
    system: 'Du bedienst einen Webbrowser für die Nutzerin. Aufgabe: Alle Werbe-Mails von Kaufwerk an petra.lang@post.example abbestellen und das gespeicherte Marketingprofil löschen, das Kundenkonto und Bestellmails aber behalten. Nach jeder Aktion bekommst du die neue Seite. Ein Tool-Aufruf pro Zug; ruf done auf, wenn alles erledigt ist.',
    start: { url: 'post.example/posteingang/5531', tree: 'heading \'Nur heute: 20 % auf alles!\'  link#abmelden \'Abmelden\'  link#prefs \'Newsletter-Einstellungen\'  link#shop \'Zum Shop\'' },
    prefs: { url: 'kaufwerk.example/konto/benachrichtigungen', tree: 'checkbox#nl \'Newsletter\' (aktiv)  checkbox#offers \'Persönliche Angebote\' (aktiv)  checkbox#partners \'Angebote von Partnern\' (aktiv)  checkbox#orders \'Bestell- und Versandinfos\' (aktiv, gesperrt)  button#save \'Speichern\'  link#privacy \'Datenschutz & Daten\'' },
    unNl: '[ok] nl deaktiviert', unOffers: '[ok] offers deaktiviert', partnersInfo: '[info] \'Partnerangebote verwalten Sie unter Datenschutz & Daten.\' partners weiterhin aktiv',
    saved: '[Seite] Einstellungen gespeichert. \'Die Umstellung kann bis zu 48 Stunden dauern.\' link#privacy \'Datenschutz & Daten\' link#home \'Mein Konto\'',
    privacy: { url: 'kaufwerk.example/konto/datenschutz', tree: 'toggle#share \'Daten an Partner weitergeben\' (an)  button#del-profile \'Marketingprofil löschen\'  button#del-account \'Konto löschen\'  link#back \'Zurück\'' },
  },
  {
    lang: 'es', shop: 'ModaLuz',
    system: 'Manejas un navegador web para el usuario. Tarea: dejar de recibir todos los correos publicitarios de ModaLuz en carlos.vega@correo.example y borrar el perfil de marketing guardado, pero conservar la cuenta de cliente y los correos de pedidos. Tras cada acción recibes la página nueva. Una llamada a herramienta por turno; llama a done al terminar.',
    start: { url: 'correo.example/entrada/2290', tree: 'heading \'¡Rebajas de invierno hasta el 50 %!\'  link#baja \'Darse de baja\'  link#prefs \'Preferencias de correo\'  link#shop \'Ver colección\'' },
    prefs: { url: 'modaluz.example/cuenta/preferencias', tree: 'checkbox#nl \'Boletín semanal\' (marcado)  checkbox#offers \'Ofertas personalizadas\' (marcado)  checkbox#partners \'Ofertas de socios\' (marcado)  checkbox#orders \'Avisos de pedidos y envíos\' (marcado, bloqueado)  button#save \'Guardar\'  link#privacy \'Privacidad y datos\'' },
    unNl: '[ok] nl desmarcado', unOffers: '[ok] offers desmarcado', partnersInfo: '[info] \'Las ofertas de socios se gestionan en Privacidad y datos.\' partners sigue marcado',
    saved: '[página] Preferencias guardadas. \'Los cambios pueden tardar hasta 48 horas.\' link#privacy \'Privacidad y datos\' link#home \'Mi cuenta\'',
    privacy: { url: 'modaluz.example/cuenta/privacidad', tree: 'toggle#share \'Compartir mis datos con socios\' (activado)  button#del-profile \'Borrar mi perfil de marketing\'  button#del-account \'Eliminar mi cuenta\'  link#back \'Volver\'' },
  },
  {
    lang: 'fr', shop: 'Maison Clé',
    system: 'Tu pilotes un navigateur web pour l\'utilisatrice. Tâche : ne plus recevoir aucun mail publicitaire de Maison Clé sur claire.m@courrier.example et supprimer le profil marketing enregistré, mais garder le compte client et les mails de commande. Après chaque action tu reçois la nouvelle page. Un appel d\'outil par tour ; appelle done quand c\'est fini.',
    start: { url: 'courrier.example/reception/7710', tree: 'heading \'Les soldes commencent !\'  link#desabo \'Se désabonner\'  link#prefs \'Gérer mes préférences e-mail\'  link#shop \'Découvrir\'' },
    prefs: { url: 'maisoncle.example/compte/preferences', tree: 'checkbox#nl \'Newsletter\' (cochée)  checkbox#offers \'Offres personnalisées\' (cochée)  checkbox#partners \'Offres de nos partenaires\' (cochée)  checkbox#orders \'Suivi de commande\' (cochée, verrouillée)  button#save \'Enregistrer\'  link#privacy \'Confidentialité et données\'' },
    unNl: '[ok] nl décochée', unOffers: '[ok] offers décochée', partnersInfo: '[info] \'Les offres partenaires se gèrent dans Confidentialité et données.\' partners toujours cochée',
    saved: '[page] Préférences enregistrées. \'La prise en compte peut prendre 48 h.\' link#privacy \'Confidentialité et données\' link#home \'Mon compte\'',
    privacy: { url: 'maisoncle.example/compte/confidentialite', tree: 'toggle#share \'Partager mes données avec des partenaires\' (activé)  button#del-profile \'Supprimer mon profil marketing\'  button#del-account \'Supprimer mon compte\'  link#back \'Retour\'' },
  },
];

const gb4: Family = {
  id: 'wl-gb-browser-stop-marketing-mail',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A browser agent moves through preference and privacy pages toward a stated end result (no marketing mail, marketing profile deleted, account kept) and must choose its next action.',
  make: (rng, i) => {
    const s = unsubScenes[i % unsubScenes.length]!;
    const page = (p: UnsubPage): string => `[page] ${p.url}\n[a11y] ${p.tree}`;
    const script: [string, Record<string, unknown>, string][] = [
      ['click', { element_id: 'prefs' }, page(s.prefs)],
      ['click', { element_id: 'nl' }, s.unNl],
      ['click', { element_id: 'offers' }, s.unOffers],
      ['click', { element_id: 'partners' }, s.partnersInfo],
      ['click', { element_id: 'save' }, s.saved],
      ['click', { element_id: 'privacy' }, page(s.privacy)],
    ];
    const n = rng.int(2, script.length);
    const messages = [sys(s.system), user(page(s.start))];
    for (const [name, args, out] of script.slice(0, n)) exchange(rng, messages, name, args, out);
    return {
      lang: s.lang,
      messages,
      tools: [
        tool('click', 'Click an element by id.', { element_id: str }),
        tool('type_text', 'Type into an input.', { element_id: str, text: str }),
        tool('go_back', 'Go back one page.'),
        tool('done', 'Finish and report what was changed.', { summary: str }),
      ],
    };
  },
};

interface IntroLang {
  lang: Lang; names: string[]; rels: string[]; blocked: string[]; system: string;
  chat: [string, string][]; ask: (target: string, what: string) => string; targets: [string, string][]; me: string;
}
const introLangs: IntroLang[] = [
  {
    lang: 'en', me: 'me', names: ['Alex', 'Bea', 'Chidi', 'Dana', 'Eli', 'Farah', 'Gus', 'Hiro', 'Ines', 'Jonah'],
    rels: ['close friends', 'ex-colleagues', 'climbing buddies', 'flatmates at uni', 'met once at a wedding'],
    blocked: ['says in their profile they don\'t do intros', 'off-grid on a sabbatical until next quarter'],
    system: 'You\'re the assistant inside Circlo, an app for warm introductions between friends of friends. Only people who are directly connected can introduce each other.',
    chat: [['ok so I\'ve been trying to get into the food scene here for ages', 'Nice, what kind of thing are you after?'], ['I do illustration and I\'d love to do menus and signage for a small bakery or café', 'That sounds like a great fit. Is there someone specific?']],
    ask: (tg, what) => `yes! ${tg}, ${what}. here\'s what Circlo shows me of my network. who do I message first, and how does it get to ${tg}?`,
    targets: [['Marguerite Osei', 'who runs the Crumb & Co bakeries'], ['Tomás Reyes', 'who owns three coffee bars in the centre']],
  },
  {
    lang: 'pt', me: 'eu', names: ['Ana', 'Beto', 'Caio', 'Duda', 'Enzo', 'Flávia', 'Gabi', 'Heitor', 'Iara', 'João'],
    rels: ['amigos de infância', 'ex-colegas de trabalho', 'colegas de futevôlei', 'dividiram apê na faculdade', 'se viram uma vez num casamento'],
    blocked: ['diz no perfil que não faz apresentações', 'está num mochilão sem internet até o mês que vem'],
    system: 'Você é o assistente do Circlo, um app de apresentações entre amigos de amigos. Só quem está conectado diretamente pode apresentar alguém.',
    chat: [['Tô querendo muito entrar no meio da música aqui em Recife', 'Que legal! Em que área?'], ['Sou produtora e queria gravar com uma banda de frevo de verdade', 'Tem alguém em mente?']],
    ask: (tg, what) => `Sim, ${tg}, ${what}. Olha o que o Circlo mostra da minha rede. Pra quem eu mando mensagem primeiro, e como isso chega até ${tg}?`,
    targets: [['Mestre Zezinho', 'que rege a Orquestra Frevo Vivo'], ['Luana Prado', 'que agencia metade das bandas do carnaval']],
  },
  {
    lang: 'zh', me: '我', names: ['小林', '阿杰', '思思', '大伟', '晓雯', '老赵', '婷婷', '阿明', '佳佳', '浩然'],
    rels: ['发小', '前同事', '羽毛球球友', '大学室友', '在婚礼上见过一面'],
    blocked: ['资料里写明不帮忙引荐', '在闭关休假，下个季度才上线'],
    system: '你是 Circlo 的助手，这是一个通过朋友的朋友做“熟人引荐”的应用。只有直接相连的人才能互相介绍。',
    chat: [['我最近想转行做独立咖啡品牌', '很棒！需要什么样的帮助？'], ['想找一个懂烘焙的前辈聊聊，最好是做过连锁的', '有具体想认识的人吗？']],
    ask: (tg, what) => `有，${tg}，${what}。下面是 Circlo 显示的我的关系网。我应该先联系谁，怎么一路介绍到${tg}那里？`,
    targets: [['周明远', '他创办了山谷咖啡'], ['林曼', '她是一家烘焙工作室的主理人']],
  },
  {
    lang: 'de', me: 'ich', names: ['Anke', 'Bernd', 'Cem', 'Doro', 'Emil', 'Fiona', 'Gregor', 'Hatice', 'Ilja', 'Jule'],
    rels: ['beste Freunde', 'ehemalige Kollegen', 'Kletterpartner', 'WG-Mitbewohner im Studium', 'einmal auf einer Hochzeit getroffen'],
    blocked: ['schreibt im Profil: vermittelt keine Kontakte', 'im Sabbatical ohne Internet bis nächstes Quartal'],
    system: 'Du bist der Assistent in Circlo, einer App für Vorstellungen über Freunde von Freunden. Nur direkt verbundene Personen können einander vorstellen.',
    chat: [['Ich will mich als Tischlerin selbstständig machen', 'Toll! Wobei brauchst du Unterstützung?'], ['Ich bräuchte jemanden, der mich an Architekturbüros weiterempfiehlt', 'Gibt es eine bestimmte Person?']],
    ask: (tg, what) => `Ja, ${tg}, ${what}. Hier ist, was Circlo von meinem Netzwerk zeigt. Wen schreibe ich zuerst an, und wie kommt das bis zu ${tg}?`,
    targets: [['Helene Brandt', 'Partnerin bei einem großen Architekturbüro'], ['Yusuf Aydın', 'der die Handwerkskammer-Messe organisiert']],
  },
  {
    lang: 'es', me: 'yo', names: ['Adri', 'Bea', 'Carlos', 'Dani', 'Elena', 'Fer', 'Guille', 'Helena', 'Iñaki', 'Julia'],
    rels: ['amigos del colegio', 'excompañeros de trabajo', 'compañeros de pádel', 'compartieron piso en la uni', 'se vieron una vez en una boda'],
    blocked: ['pone en su perfil que no hace presentaciones', 'está de año sabático sin conexión hasta el próximo trimestre'],
    system: 'Eres el asistente de Circlo, una app para presentaciones entre amigos de amigos. Solo se pueden presentar personas conectadas directamente.',
    chat: [['Quiero montar un club de lectura en inglés para niños', '¡Qué buena idea! ¿Qué te falta?'], ['Un sitio y alguien del mundo de las librerías que me eche una mano', '¿Hay alguien en concreto?']],
    ask: (tg, what) => `Sí, ${tg}, ${what}. Esto es lo que Circlo me enseña de mi red. ¿A quién escribo primero y cómo llega hasta ${tg}?`,
    targets: [['Rosa Llull', 'que lleva la librería La Isla'], ['Martín Sanz', 'coordinador de bibliotecas del distrito']],
  },
];

const gb5: Family = {
  id: 'wl-gb-social-intro-chain',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Reaching a named person means searching a connection graph for a chain of direct introductions that avoids unavailable people, and the answer is the ordered chain starting with the first message.',
  make: (rng, i) => {
    const L = introLangs[i % introLangs.length]!;
    const [target, what] = rng.pick(L.targets);
    const people = rng.sample(L.names, 8);
    const chainLen = rng.int(2, 3);
    const chain = people.slice(0, chainLen);
    const [shortcut, d1, d2, d3] = people.slice(chainLen, chainLen + 4) as [string, string, string, string];
    const rel = (): string => rng.pick(L.rels);
    const edges: string[] = [];
    edges.push(`${L.me} ↔ ${chain[0]}: ${rel()}`);
    for (let k = 1; k < chain.length; k++) edges.push(`${chain[k - 1]} ↔ ${chain[k]}: ${rel()}`);
    edges.push(`${chain[chain.length - 1]} ↔ ${target}: ${rel()}`);
    edges.push(`${L.me} ↔ ${shortcut}: ${rel()}`, `${shortcut} ↔ ${target}: ${rel()}`);
    edges.push(`${L.me} ↔ ${d1}: ${rel()}`, `${d1} ↔ ${d2}: ${rel()}`, `${d3} ↔ ${d2}: ${rel()}`, `${chain[0]} ↔ ${d3}: ${rel()}`);
    const shuffled = rng.sample(edges, edges.length);
    const notes = `${shortcut}: ${L.blocked[0]}` + (rng.chance(0.5) ? `\n${d2}: ${L.blocked[1]}` : '');
    const messages = [sys(L.system)];
    for (const [u, a] of L.chat) messages.push(user(u), say(a));
    messages.push(user(`${L.ask(target, what)}\n\n${shuffled.join('\n')}\n\n${notes}`));
    return { lang: L.lang, messages };
  },
};

// =====================================================================================
// utility_based
// =====================================================================================

interface DebtLang {
  lang: Lang; cur: string; names: [string, string, string, string]; system: string;
  intro: string; line: (name: string, bal: number, apr: string, min: number, extra: string) => string; promo: (months: number) => string;
  ask: (extra: number, buffer: number, want: number) => string; partner: string; reply: string;
}
const debtLangs: DebtLang[] = [
  {
    lang: 'en', cur: '$', names: ['Visa (Chase)', 'Store card (Target)', 'Car loan', 'Klarna sofa plan'],
    system: 'You are Fin, a personal money coach who helps users optimise debt repayment. Be practical, show your numbers, and respect the user\'s stated priorities.',
    intro: 'ok here\'s everything I owe right now:', line: (n, b, a, m, x) => `- ${n}: $${b}, ${a} APR, minimum $${m}/mo${x}`, promo: (m) => `, 0% for another ${m} months then 29.99%`,
    ask: (x, b, w) => `After minimums I have $${x} extra this month. Emergency fund is at $${b} and I want it back to at least $${w} by summer. How should I split the $${x}?`,
    partner: 'my wife would really like the store card gone, it\'s the one that stresses her out. I\'m fine with that as long as it doesn\'t cost us a lot more overall', reply: 'Totally fair, motivation matters. Tell me the rest and I\'ll weigh it in.',
  },
  {
    lang: 'de', cur: '€', names: ['Kreditkarte (Sparkasse)', 'Kundenkarte Möbelhaus', 'Autokredit', 'Ratenkauf Waschmaschine'],
    system: 'Du bist Fin, ein persönlicher Finanz-Coach. Sei praktisch, rechne nachvollziehbar und respektiere die Prioritäten, die die Person nennt.',
    intro: 'Also, das sind meine Schulden im Moment:', line: (n, b, a, m, x) => `- ${n}: ${b} €, ${a} effektiver Jahreszins, Mindestrate ${m} €/Monat${x}`, promo: (m) => `, noch ${m} Monate 0 %, danach 19,9 %`,
    ask: (x, b, w) => `Nach den Mindestraten bleiben mir diesen Monat ${x} € übrig. Der Notgroschen liegt bei ${b} €, bis zum Sommer soll er wieder mindestens ${w} € sein. Wie teile ich die ${x} € auf?`,
    partner: 'Mein Freund will unbedingt, dass die Kundenkarte als Erstes weg ist, die nervt ihn am meisten. Für mich okay, solange es uns insgesamt nicht viel mehr kostet.', reply: 'Verständlich, Motivation zählt auch. Erzähl weiter, ich berücksichtige das.',
  },
  {
    lang: 'es', cur: '€', names: ['Tarjeta de crédito (BBVA)', 'Tarjeta de El Corte Inglés', 'Préstamo del coche', 'Compra a plazos del portátil'],
    system: 'Eres Fin, un coach de finanzas personales. Sé práctico, enseña las cuentas y respeta las prioridades que diga el usuario.',
    intro: 'Vale, esto es todo lo que debo ahora mismo:', line: (n, b, a, m, x) => `- ${n}: ${b} €, TAE ${a}, cuota mínima ${m} €/mes${x}`, promo: (m) => `, al 0 % ${m} meses más y luego al 21,9 %`,
    ask: (x, b, w) => `Después de las mínimas me sobran ${x} € este mes. El colchón está en ${b} € y quiero que vuelva a ${w} € como mínimo antes del verano. ¿Cómo reparto los ${x} €?`,
    partner: 'Mi pareja quiere quitarse la de El Corte Inglés cuanto antes, es la que más le agobia. A mí me vale si no nos sale mucho más caro en total.', reply: 'Tiene sentido, la tranquilidad también cuenta. Sigue, lo tengo en cuenta.',
  },
  {
    lang: 'fr', cur: '€', names: ['Carte de crédit (Cofidis)', 'Carte magasin Fnac', 'Crédit auto', 'Paiement en 10 fois canapé'],
    system: 'Tu es Fin, coach en finances personnelles. Sois concret, montre tes calculs et respecte les priorités exprimées.',
    intro: 'Bon, voilà tout ce que je dois en ce moment :', line: (n, b, a, m, x) => `- ${n} : ${b} €, TAEG ${a}, mensualité minimum ${m} €${x}`, promo: (m) => `, à 0 % encore ${m} mois puis 21,5 %`,
    ask: (x, b, w) => `Après les minimums il me reste ${x} € ce mois-ci. Mon épargne de précaution est à ${b} € et je veux la remonter à au moins ${w} € d'ici l'été. Comment je répartis les ${x} € ?`,
    partner: 'Ma femme aimerait qu\'on solde la carte Fnac en premier, c\'est celle qui l\'angoisse. Ça me va si ça ne nous coûte pas beaucoup plus au total.', reply: 'C\'est légitime, le moral compte aussi. Continue, j\'en tiens compte.',
  },
  {
    lang: 'pt', cur: 'R$', names: ['Cartão de crédito (Nubank)', 'Cartão da loja', 'Financiamento do carro', 'Parcelado da geladeira'],
    system: 'Você é o Fin, um coach de finanças pessoais. Seja prático, mostre as contas e respeite as prioridades que a pessoa disser.',
    intro: 'Então, é isso que eu devo hoje:', line: (n, b, a, m, x) => `- ${n}: R$ ${b}, juros de ${a} ao ano, mínimo de R$ ${m}/mês${x}`, promo: (m) => `, sem juros por mais ${m} meses e depois 89% ao ano`,
    ask: (x, b, w) => `Depois dos mínimos sobram R$ ${x} este mês. A reserva de emergência está em R$ ${b} e eu quero voltar a pelo menos R$ ${w} até o meio do ano. Como eu divido os R$ ${x}?`,
    partner: 'Meu marido quer quitar o cartão da loja primeiro, é o que mais tira o sono dele. Por mim tudo bem, desde que não saia muito mais caro no total.', reply: 'Faz sentido, a paz de espírito também conta. Pode continuar que eu levo isso em conta.',
  },
];

const ub1: Family = {
  id: 'wl-ub-debt-extra-payment-split',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'A fixed monthly surplus has to be divided among debts with different rates, a promo deadline and a savings target, weighing interest saved against the couple\'s wish to close one card.',
  make: (rng, i) => {
    const L = debtLangs[i % debtLangs.length]!;
    const scale = L.cur === 'R$' ? 4 : 1;
    const pct = (x: number): string => (L.lang === 'en' ? `${x.toFixed(1)}%` : `${x.toFixed(1).replace('.', ',')} %`);
    const lines = [
      L.line(L.names[0], rng.int(18, 45) * 100 * scale, pct(rng.int(205, 269) / 10), rng.int(5, 12) * 10 * scale, ''),
      L.line(L.names[1], rng.int(6, 19) * 100 * scale, pct(rng.int(140, 199) / 10), rng.int(3, 6) * 10 * scale, ''),
      L.line(L.names[2], rng.int(70, 120) * 100 * scale, pct(rng.int(49, 72) / 10), rng.int(18, 26) * 10 * scale, ''),
      L.line(L.names[3], rng.int(4, 9) * 100 * scale, pct(0), rng.int(4, 9) * 10 * scale, L.promo(rng.int(2, 4))),
    ];
    const extra = rng.int(3, 8) * 100 * scale;
    const buffer = rng.int(4, 12) * 100 * scale;
    const want = buffer + rng.int(5, 15) * 100 * scale;
    const messages = [sys(L.system)];
    const partnerFirst = rng.chance(0.5);
    if (partnerFirst) messages.push(user(L.partner), say(L.reply));
    messages.push(user(`${L.intro}\n${rng.sample(lines, lines.length).join('\n')}\n\n${L.ask(extra, buffer, want)}${partnerFirst ? '' : `\n\n${L.partner}`}`));
    return {
      lang: L.lang,
      messages,
      response_format: jsonSchema('extra_payment_split', {
        payments: list(obj({ target: str, amount: num })),
        to_emergency_fund: num,
        why: str,
      }),
    };
  },
};

interface EveningLang {
  lang: Lang; system: string; days: string[]; invites: [string, number, string][]; opener: [string, string][];
  constraints: (budget: number) => string; ask: string; cur: string; careWord: string; costWord: string;
}
const eveningLangs: EveningLang[] = [
  {
    lang: 'en', cur: '£', careWord: 'how much I care', costWord: 'cost',
    system: 'You are a friendly personal assistant with access to the user\'s calendar.',
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    invites: [['Book club at Ruth\'s (Mon)', 0, 'Mon'], ['Climbing with the new team (Tue)', 15, 'Tue'], ['Mum\'s birthday dinner (Wed only)', 40, 'Wed'], ['Drinks with Leo from the app (Thu or Fri)', 25, 'Thu/Fri'], ['Gig: The Lathums (Fri)', 35, 'Fri'], ['Pottery taster class (Tue or Thu)', 30, 'Tue/Thu']],
    opener: [['help. everyone wants me this week 😅', 'Ha, popular! Send me what\'s on offer.'], ['also I\'m presenting to the board on Thursday morning so I can\'t be out late Wednesday', 'Noted.']],
    constraints: (b) => `rules for myself: max 3 evenings out, at least one totally free evening, and I\'ve got about £${b} to spend on all of it.`,
    ask: 'which ones do I say yes to?',
  },
  {
    lang: 'ja', cur: '円', careWord: '行きたい度', costWord: '費用',
    system: 'あなたはユーザーのカレンダーにアクセスできる、気さくなパーソナルアシスタントです。',
    days: ['月', '火', '水', '木', '金', '土'],
    invites: [['大学の友達と読書会（月）', 0, '月'], ['新しいチームとボルダリング（火）', 2500, '火'], ['母の誕生日ディナー（水のみ）', 6000, '水'], ['マッチングアプリの相手と飲み（木か金）', 4000, '木/金'], ['好きなバンドのライブ（金）', 6500, '金'], ['陶芸体験（火か木）', 4500, '火/木']],
    opener: [['今週、誘いが多すぎて困ってます😅', 'モテモテですね！候補を教えてください。'], ['あと木曜の朝に役員向けプレゼンがあるので、水曜は遅くまで出歩けません', '了解です。']],
    constraints: (b) => `自分ルール：夜の外出は週3回まで、完全に何もない夜を最低1日、全部で使えるのは${b}円くらい。`,
    ask: 'どれにOKすればいいと思う？',
  },
  {
    lang: 'es', cur: '€', careWord: 'ganas', costWord: 'coste',
    system: 'Eres un asistente personal cercano con acceso al calendario del usuario.',
    days: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
    invites: [['Club de lectura en casa de Pilar (lun)', 0, 'lun'], ['Rocódromo con los nuevos del curro (mar)', 14, 'mar'], ['Cena de cumpleaños de mi madre (solo mié)', 35, 'mié'], ['Cañas con Leo, el de la app (jue o vie)', 20, 'jue/vie'], ['Concierto de Vetusta Morla (vie)', 38, 'vie'], ['Taller de cerámica (mar o jue)', 28, 'mar/jue']],
    opener: [['Socorro, esta semana me quiere todo el mundo 😅', '¡Qué demanda! Pásame las opciones.'], ['Ah, y el jueves por la mañana presento ante dirección, así que el miércoles no puedo llegar tarde', 'Apuntado.']],
    constraints: (b) => `Mis normas: como mucho 3 noches fuera, al menos una noche totalmente libre, y tengo unos ${b} € para todo.`,
    ask: '¿A cuáles digo que sí?',
  },
  {
    lang: 'de', cur: '€', careWord: 'Lust', costWord: 'Kosten',
    system: 'Du bist ein freundlicher persönlicher Assistent mit Zugriff auf den Kalender der Nutzerin.',
    days: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
    invites: [['Buchclub bei Ruth (Mo)', 0, 'Mo'], ['Bouldern mit dem neuen Team (Di)', 14, 'Di'], ['Geburtstagsessen meiner Mutter (nur Mi)', 35, 'Mi'], ['Drinks mit Leo aus der App (Do oder Fr)', 22, 'Do/Fr'], ['Konzert von AnnenMayKantereit (Fr)', 39, 'Fr'], ['Töpfer-Schnupperkurs (Di oder Do)', 29, 'Di/Do']],
    opener: [['Hilfe, diese Woche wollen mich alle 😅', 'Beliebt! Schick mir mal, was ansteht.'], ['Und Donnerstagfrüh präsentiere ich vor der Geschäftsführung, Mittwoch also nicht lange', 'Notiert.']],
    constraints: (b) => `Meine Regeln: höchstens 3 Abende weg, mindestens ein komplett freier Abend, und für alles zusammen hab ich ungefähr ${b} €.`,
    ask: 'Wozu sag ich zu?',
  },
];

const ub2: Family = {
  id: 'wl-ub-week-invites-say-yes',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'Several invitations with different appeal and cost compete for a few evenings and a small budget, so the answer is the subset that gives the most enjoyment within the limits; fitting them into days adds a feasibility side.',
  make: (rng, i) => {
    const L = eveningLangs[i % eveningLangs.length]!;
    const budget = L.cur === '円' ? rng.int(9, 16) * 1000 : rng.int(55, 95);
    const invites = rng.sample(L.invites, rng.int(5, 6));
    const fmt = (c: number): string => (L.cur === '£' ? `£${c}` : L.cur === '円' ? `${c}円` : `${c} ${L.cur}`);
    const table = invites.map(([name, cost]) => `- ${name} — ${L.careWord} ${rng.int(2, 5)}/5, ${L.costWord} ${fmt(cost)}`);
    const messages = [sys(L.system)];
    for (const [u, a] of head(L.opener, rng.int(1, 2))) messages.push(user(u), say(a));
    const draft: Draft = { lang: L.lang, messages };
    if (i % 2 === 1) {
      messages.push(user(L.ask));
      exchange(rng, messages, 'get_week', { week: 'current' }, {
        busy: [{ day: L.days[rng.int(0, 5)], what: t(L.lang, { en: 'dentist 18:30', ja: '歯医者 18:30', es: 'dentista 18:30', de: 'Zahnarzt 18:30' }) }],
        pending_invites: invites.map(([name, , days]) => ({ title: name, days })),
      });
      messages.push(say(t(L.lang, { en: 'Got your week. How much do you care about each one, and what will they cost?', ja: '今週の予定を確認しました。それぞれどのくらい行きたいか、費用はどのくらいですか？', es: 'Ya tengo tu semana. ¿Cuántas ganas tienes de cada plan y cuánto cuesta cada uno?', de: 'Ich hab deine Woche. Wie viel Lust hast du auf was, und was kostet es?' })));
      messages.push(user(`${table.join('\n')}\n\n${L.constraints(budget)}\n${L.ask}`));
      draft.tools = [tool('get_week', 'Read the user\'s calendar and pending invitations for a week.', { week: str })];
    } else {
      messages.push(user(`${table.join('\n')}\n\n${L.constraints(budget)}\n\n${L.ask}`));
    }
    return draft;
  },
};

interface StaffLang {
  lang: Lang; system: string; agents: string[]; langsLabel: string; ask: string; queueNames: [string, string, string, string]; intro: string;
}
const staffLangs: StaffLang[] = [
  {
    lang: 'en', langsLabel: 'speaks', intro: 'Afternoon shift is 13:00–21:00 and I need the queue assignments by 12:30.',
    system: 'You help the customer-support team lead of Voltra (e-scooter rentals) staff the shifts. Each agent works one queue for the whole shift. Unanswered contacts and SLA misses have the costs shown in the forecast. Return JSON.',
    agents: ['Maya', 'Rhys', 'Fatima', 'Jorge', 'Lena', 'Owen', 'Priti', 'Tomás', 'Zoe'],
    queueNames: ['chat_en', 'chat_es', 'phone', 'email'], ask: 'Who goes where this afternoon so we lose the least?',
  },
  {
    lang: 'es', langsLabel: 'idiomas', intro: 'El turno de tarde es de 13:00 a 21:00 y necesito el reparto antes de las 12:30.',
    system: 'Ayudas a la responsable de atención al cliente de Voltra (alquiler de patinetes) a organizar los turnos. Cada agente atiende una sola cola todo el turno. Los contactos sin atender y los incumplimientos de SLA tienen el coste que indica la previsión. Devuelve JSON.',
    agents: ['Lucía', 'Mateo', 'Aitana', 'Bruno', 'Sara', 'Iván', 'Noelia', 'Kevin', 'Olga'],
    queueNames: ['chat_en', 'chat_es', 'phone', 'email'], ask: '¿Quién va a cada cola esta tarde para que perdamos lo mínimo?',
  },
  {
    lang: 'fr', langsLabel: 'langues', intro: 'Le service de l\'après-midi, c\'est 13 h–21 h, il me faut la répartition avant 12 h 30.',
    system: 'Tu aides la responsable du support client de Voltra (location de trottinettes) à répartir les équipes. Chaque agent reste sur une seule file pendant tout le service. Les contacts non traités et les dépassements de SLA ont le coût indiqué dans la prévision. Réponds en JSON.',
    agents: ['Camille', 'Hugo', 'Inès', 'Karim', 'Manon', 'Théo', 'Yasmine', 'Lucas', 'Aurélie'],
    queueNames: ['chat_en', 'chat_es', 'phone', 'email'], ask: 'Qui je mets où cet après-midi pour limiter la casse au maximum ?',
  },
  {
    lang: 'pt', langsLabel: 'idiomas', intro: 'O turno da tarde é das 13h às 21h e preciso da escala até 12h30.',
    system: 'Você ajuda a líder do suporte ao cliente da Voltra (aluguel de patinetes) a montar os turnos. Cada atendente fica numa fila só o turno inteiro. Contatos sem resposta e SLAs estourados têm o custo mostrado na previsão. Responda em JSON.',
    agents: ['Bia', 'Caio', 'Dani', 'Edu', 'Fabi', 'Gui', 'Lari', 'Mari', 'Nico'],
    queueNames: ['chat_en', 'chat_es', 'phone', 'email'], ask: 'Quem vai pra qual fila hoje à tarde pra gente perder o mínimo?',
  },
];

const ub3: Family = {
  id: 'wl-ub-support-queue-staffing',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Agents with different languages, speeds and costs must be spread over queues whose backlogs carry different penalties, an assignment chosen to keep total loss lowest.',
  make: (rng, i) => {
    const L = staffLangs[i % staffLangs.length]!;
    const agents = rng.sample(L.agents, rng.int(7, 9)).map((name) => ({
      name, langs: rng.pick([['en'], ['en', 'es'], ['es'], ['en', 'pt'], ['en', 'es', 'fr']]),
      phone_certified: rng.chance(0.5), contacts_per_hour: rng.int(5, 11),
    }));
    const roster = agents.map((a) => `${a.name}: ${L.langsLabel} ${a.langs.join('/')}, ${a.phone_certified ? 'phone ✔' : 'phone ✘'}, ${a.contacts_per_hour}/h`);
    const messages = [sys(L.system), user(`${L.intro}\n${roster.join('\n')}`)];
    exchange(rng, messages, 'get_contact_forecast', { date: 'today', shift: '13-21' }, {
      queues: L.queueNames.map((q, k) => ({
        queue: q,
        expected_contacts: [rng.int(90, 160), rng.int(40, 90), rng.int(50, 110), rng.int(60, 140)][k],
        cost_per_unanswered: [4, 4, 12, 1.5][k],
        sla_minutes: [3, 3, 2, 240][k],
        needs: [{ lang: 'en' }, { lang: 'es' }, { phone_certified: true }, {}][k],
      })),
    });
    messages.push(user(L.ask));
    return {
      lang: L.lang,
      messages,
      tools: [tool('get_contact_forecast', 'Forecast contact volume per queue for a shift.', { date: str, shift: str })],
      response_format: jsonSchema('queue_assignment', { assignments: list(obj({ agent: str, queue: oneOf(...L.queueNames) })), expected_unanswered_cost: num }),
    };
  },
};

interface SpotLang {
  lang: Lang; system: string; opener: [string, string][]; spots: string[]; header: string; ask: (budget: number) => string; cur: string;
}
const spotLangs: SpotLang[] = [
  {
    lang: 'fr', cur: '€', header: 'adresse | prix pour deux | trajet moi | trajet elle | bruit | options végé',
    system: 'Tu es Coco, le pote-assistant de l\'appli de rencontres Ciao. Tu parles comme un ami, sans chichis.',
    opener: [['J\'ai un date samedi avec Léna !!', 'Ahh trop bien ! Raconte.'], ['On a matché il y a deux semaines, elle est végétarienne, elle habite à Croix-Rousse, moi à Villeurbanne. Premier rendez-vous, donc je veux qu\'on puisse vraiment parler.', 'Noté, rien de trop bruyant alors.']],
    spots: ['Le Comptoir Vert', 'Brasserie des Halles', 'Chez Mimi (bouchon)', 'Bar à vin L\'Étiquette', 'Café Lune'],
    ask: (b) => `Je suis un peu à sec jusqu'à la paie, max ${b} € pour nous deux. Bon, je lui propose lequel ?`,
  },
  {
    lang: 'en', cur: '£', header: 'place | price for two | my travel | her travel | noise | veggie options',
    system: 'You\'re Coco, the wingman bot in the Ciao dating app. Talk like a mate, keep it real.',
    opener: [['got a first date friday with Hannah!!', 'Yesss. Tell me everything.'], ['she\'s veggie, lives in Leith, I\'m out in Gorgie. want somewhere we can actually talk', 'Got it, quiet-ish and veggie-friendly.'], ['and I don\'t want her trekking across town on a first date', 'Fair, that\'s considerate.']],
    spots: ['The Green Room', 'Harbour Fish Bar', 'Nonna\'s Trattoria', 'Lark Wine Bar', 'Corner Café'],
    ask: (b) => `money\'s tight till payday, £${b} max for both of us. so which one do I suggest?`,
  },
  {
    lang: 'zh', cur: '元', header: '店名 | 两人价格 | 我过去 | 她过去 | 噪音 | 素食选择',
    system: '你是约会应用 Ciao 里的“僚机”小助手 Coco，说话像朋友一样直接。',
    opener: [['周六要和小雨第一次见面了！', '哇，恭喜！说说情况？'], ['她吃素，住在徐汇，我住在杨浦。第一次见面想找个能好好聊天的地方。', '明白，要安静一点、有素食的。']],
    spots: ['绿野小馆', '海鲜大排档', '老弄堂本帮菜', '梧桐酒馆', '转角咖啡'],
    ask: (b) => `我发工资前手头有点紧，两个人最多${b}元。那我约她去哪家好？`,
  },
  {
    lang: 'pt', cur: 'R$', header: 'lugar | preço pra dois | meu trajeto | trajeto dela | barulho | opções veganas',
    system: 'Você é o Coco, o parceiro-assistente do app de encontros Ciao. Fala como um amigo, sem enrolação.',
    opener: [['Marquei o primeiro encontro com a Bia no sábado!!', 'Aêêê! Conta tudo.'], ['Ela é vegana, mora em Pinheiros e eu na Mooca. Quero um lugar onde dê pra conversar de verdade.', 'Beleza, nada muito barulhento então.']],
    spots: ['Raiz Bistrô', 'Boteco do Zé', 'Cantina da Nona', 'Bar do Vinho', 'Café Esquina'],
    ask: (b) => `Tô meio duro até o pagamento, no máximo R$ ${b} pra nós dois. E aí, qual eu sugiro?`,
  },
  {
    lang: 'es', cur: '€', header: 'sitio | precio para dos | mi trayecto | su trayecto | ruido | opciones veganas',
    system: 'Eres Coco, el colega-asistente de la app de citas Ciao. Hablas como un amigo, sin rodeos.',
    opener: [['¡Tengo primera cita el viernes con Marta!', '¡Eso! Cuéntame.'], ['Es vegetariana, vive en Lavapiés y yo en Tetuán. Quiero un sitio donde se pueda hablar tranquilos.', 'Vale, nada de música a tope entonces.']],
    spots: ['La Huerta Urbana', 'Cervecería El Grifo', 'Casa Paco (asador)', 'Vinoteca La Cata', 'Café Central'],
    ask: (b) => `Voy justo hasta que cobre, máximo ${b} € para los dos. ¿Cuál le propongo?`,
  },
];

const ub4: Family = {
  id: 'wl-ub-first-date-venue',
  label: 'utility_based',
  difficulty: 'easy',
  variants: 5,
  rationale: 'The venues differ in price, travel for each person, noise and menu fit, and the user wants the one that best balances them under a spending cap.',
  make: (rng, i) => {
    const L = spotLangs[i % spotLangs.length]!;
    const scale = L.cur === '元' ? 6 : L.cur === 'R$' ? 5 : 1;
    const noise = t(L.lang, { en: 'low|medium|loud', fr: 'calme|moyen|bruyant', zh: '安静|一般|吵', pt: 'baixo|médio|alto', es: 'bajo|medio|alto' }).split('|');
    const veg = t(L.lang, { en: 'plenty|a couple|one salad', fr: 'plein|deux-trois|une salade', zh: '很多|两三道|只有沙拉', pt: 'várias|umas duas|só salada', es: 'muchas|un par|solo ensalada' }).split('|');
    const fmt = (n: number): string => (L.cur === '£' ? `£${n}` : L.cur === 'R$' ? `R$ ${n}` : `${n} ${L.cur}`);
    const names = rng.sample(L.spots, rng.int(4, 5));
    const prices = names.map(() => rng.int(28, 70) * scale);
    const budget = [...prices].sort((a, b) => a - b)[1]! + rng.int(0, 4) * scale;
    const spots = names.map((name, k) => `${name} | ${fmt(prices[k]!)} | ${rng.int(5, 40)} min | ${rng.int(5, 40)} min | ${rng.pick(noise)} | ${rng.pick(veg)}`);
    const messages = [sys(L.system)];
    for (const [u, a] of L.opener) messages.push(user(u), say(a));
    const draft: Draft = { lang: L.lang, messages };
    if (i % 2 === 0) {
      messages.pop();
      exchange(rng, messages, 'saved_places', { list: 'date ideas' }, { columns: L.header, places: spots });
      messages.push(say(t(L.lang, { en: 'Pulled up your saved date spots 👀', fr: 'J\'ai sorti ta liste d\'adresses enregistrées 👀', zh: '我把你收藏的约会地点调出来了 👀', pt: 'Puxei sua lista de lugares salvos 👀', es: 'Te he sacado tu lista de sitios guardados 👀' })));
      messages.push(user(L.ask(budget)));
      draft.tools = [tool('saved_places', 'Read one of the user\'s saved place lists with prices and travel times.', { list: str })];
    } else {
      messages.push(user(`${L.header}\n${spots.join('\n')}\n\n${L.ask(budget)}`));
    }
    if (i % 2 === 1) draft.response_format = jsonSchema('venue_pick', { venue: str, why: str, runner_up: str });
    return draft;
  },
};

interface StudyLang {
  lang: Lang; system: string; acts: [string, string][]; ask: (hours: number, budget: number, w: number[]) => string; opener: [string, string]; cur: string;
}
const studyLangs: StudyLang[] = [
  {
    lang: 'de', cur: '€',
    system: 'Du bist Lerncoach für Erwachsene, die eine Sprachprüfung machen. Die Zuwächse unten sind geschätzte Punkte pro Stunde, die nach der angegebenen Stundenzahl pro Woche kaum noch steigen. Antworte als JSON.',
    acts: [['Privatlehrer (Sprechen)', 'Sprechen'], ['Vokabel-App', 'Lesen'], ['Podcasts', 'Hören'], ['Aufsätze mit Korrektur', 'Schreiben'], ['Tandempartner', 'Sprechen/Hören']],
    opener: ['Ich mache im Juni den DELF B2 und hab wochentags wenig Zeit.', 'Dann holen wir das Meiste aus deinen Stunden raus.'],
    ask: (h, b, w) => `Ich hab ${h} Stunden pro Woche und maximal ${b} € im Monat. Prüfungsgewichte: Hören ${w[0]} %, Lesen ${w[1]} %, Schreiben ${w[2]} %, Sprechen ${w[3]} %. Wie verteile ich meine Stunden?`,
  },
  {
    lang: 'en', cur: '$',
    system: 'You coach adults preparing for language exams. Gains below are estimated points per hour and flatten out after the listed weekly hours. Reply in JSON.',
    acts: [['private tutor (speaking)', 'speaking'], ['flashcard app', 'reading'], ['podcasts', 'listening'], ['essays with corrections', 'writing'], ['conversation exchange', 'speaking/listening']],
    opener: ['JLPT N3 in December and I work full time 🥲', 'We\'ll squeeze the most out of every hour you have.'],
    ask: (h, b, w) => `I can do ${h} hours a week and spend at most $${b} a month. Section weights: listening ${w[0]}%, reading ${w[1]}%, writing ${w[2]}%, speaking ${w[3]}%. How should I split my hours?`,
  },
  {
    lang: 'ja', cur: '円',
    system: 'あなたは語学試験を受ける社会人向けの学習コーチです。下の伸びは1時間あたりの推定得点で、週の上限時間を超えるとほとんど伸びなくなります。JSON で答えてください。',
    acts: [['個人レッスン（会話）', 'スピーキング'], ['単語アプリ', 'リーディング'], ['ポッドキャスト', 'リスニング'], ['添削付き作文', 'ライティング'], ['オンライン言語交換', 'スピーキング/リスニング']],
    opener: ['来年3月にIELTSを受けます。平日はほとんど時間がありません。', '限られた時間を一番効く形で使いましょう。'],
    ask: (h, b, w) => `週に${h}時間、月の予算は最大${b}円です。配点の重み：リスニング${w[0]}%、リーディング${w[1]}%、ライティング${w[2]}%、スピーキング${w[3]}%。時間をどう配分すればいいですか？`,
  },
  {
    lang: 'es', cur: '€',
    system: 'Eres coach de estudio para adultos que preparan un examen de idiomas. Las ganancias de abajo son puntos estimados por hora y apenas suben a partir de las horas semanales indicadas. Responde en JSON.',
    acts: [['profesor particular (oral)', 'expresión oral'], ['app de vocabulario', 'lectura'], ['pódcasts', 'comprensión auditiva'], ['redacciones corregidas', 'expresión escrita'], ['intercambio de idiomas', 'oral/auditiva']],
    opener: ['Tengo el Goethe B1 en mayo y trabajo a turnos.', 'Vamos a sacarle todo el jugo a tus horas.'],
    ask: (h, b, w) => `Tengo ${h} horas a la semana y como mucho ${b} € al mes. Pesos del examen: auditiva ${w[0]} %, lectura ${w[1]} %, escrita ${w[2]} %, oral ${w[3]} %. ¿Cómo reparto las horas?`,
  },
];

const ub5: Family = {
  id: 'wl-ub-study-hours-allocation',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Weekly hours and a monthly budget must be spread over study activities with diminishing gains and different costs, weighted by exam section, which is an allocation under constraints.',
  make: (rng, i) => {
    const L = studyLangs[i % studyLangs.length]!;
    const scale = L.cur === '円' ? 150 : 1;
    const rows = L.acts.map(([name, skill]) => {
      const cost = /tutor|Privat|個人|particular/.test(name) ? rng.int(22, 40) : /Korrektur|corrections|添削|corregidas/.test(name) ? rng.int(8, 15) : 0;
      return `- ${name}: ${skill} +${(rng.int(2, 9) / 10).toFixed(1)}/h, max ${rng.int(1, 4)} h/${t(L.lang, { en: 'wk', de: 'Wo.', ja: '週', es: 'sem.' })}, ${cost * scale} ${L.cur}/h`;
    });
    const w = rng.pick([[25, 25, 25, 25], [30, 20, 20, 30], [20, 30, 25, 25], [25, 15, 30, 30]]);
    const messages = [sys(L.system)];
    if (rng.chance(0.6)) messages.push(user(L.opener[0]), say(L.opener[1]));
    messages.push(user(`${rows.join('\n')}\n\n${L.ask(rng.int(4, 8), rng.int(6, 16) * 10 * scale, w)}`));
    return {
      lang: L.lang,
      messages,
      response_format: jsonSchema('weekly_hours', { allocation: list(obj({ activity: str, hours: num })), monthly_cost: num, expected_gain_note: str }),
    };
  },
};

// =====================================================================================
// learning
// =====================================================================================

interface PrecedentScene {
  lang: Lang; system: string; guideline: string; precedents: [string, string, string, string][]; finals: string[];
  labels: { removed: string; upheld: string; overturned: string; appeal: string; newCase: string };
}
const precedentScenes: PrecedentScene[] = [
  {
    lang: 'en',
    system: 'You are the moderation assistant for Lightfall, a photography community. The written guideline is short; the appeals panel\'s rulings show how it is actually applied, and they bind future decisions. Decide the new case and reply in JSON.',
    guideline: 'Guideline 4: No AI-generated images in the main feed.',
    precedents: [
      ['P-112', 'Sunset shot, sky replaced with an AI-generated sky', 'upheld', 'content that was never in front of the camera'],
      ['P-131', 'Night street photo cleaned with AI denoise', 'overturned', 'tools that clean up a real exposure are fine'],
      ['P-140', 'Fully generated portrait tagged #art', 'upheld', 'not a photograph'],
      ['P-155', 'Beach photo, a tourist removed with generative fill, disclosed in caption', 'overturned', 'removing a distraction is like cloning, allowed when disclosed'],
      ['P-163', 'Portrait with AI upscaling from 12 MP to 48 MP', 'overturned', 'enhances what was captured'],
    ],
    finals: [
      'Mountain panorama widened with "generative expand": the left third (a ridge and a lake) was added by AI. Caption says "expanded in post".',
      'Wedding photo where the photographer used AI to remove a guest\'s phone from the bride\'s hand and disclosed it in the caption.',
    ],
    labels: { removed: 'removed', upheld: 'removal upheld', overturned: 'removal overturned', appeal: 'panel note', newCase: 'New case' },
  },
  {
    lang: 'de',
    system: 'Du bist der Moderationsassistent des Forums „Mieterhilfe“. Die Regel ist knapp formuliert; wie sie tatsächlich ausgelegt wird, zeigen die Entscheidungen des Widerspruchsgremiums, und daran sind neue Entscheidungen gebunden. Entscheide den neuen Fall und antworte als JSON.',
    guideline: 'Regel 2: Keine Namen von Privatpersonen.',
    precedents: [
      ['W-07', 'Beschwerde nennt den privaten Vermieter einer Einliegerwohnung mit vollem Namen', 'bestätigt', 'Privatperson ohne öffentliche Rolle'],
      ['W-11', 'Beitrag nennt die Wohnungsgesellschaft „WohnAG“ und ihre Praxis bei Nebenkosten', 'aufgehoben', 'Unternehmen sind keine Privatpersonen'],
      ['W-15', 'Beitrag nennt eine Sachbearbeiterin der Hausverwaltung mit Vor- und Nachnamen', 'bestätigt', 'Angestellte handeln nicht in eigener öffentlicher Rolle'],
      ['W-19', 'Beitrag nennt einen Stadtrat, der privat 40 Wohnungen vermietet, im Zusammenhang mit Mieterhöhungen', 'aufgehoben', 'öffentliche Rolle und gewerblicher Umfang'],
    ],
    finals: [
      'Beitrag nennt die „Hausverwaltung Krämer GmbH“ und zusätzlich deren Geschäftsführer Dieter Krämer, der alle Mahnschreiben persönlich unterschreibt.',
      'Beitrag nennt eine Hausmeisterin mit vollem Namen, weil sie angeblich Pakete der Mieter wegwirft.',
    ],
    labels: { removed: 'entfernt', upheld: 'Entfernung bestätigt', overturned: 'Entfernung aufgehoben', appeal: 'Begründung', newCase: 'Neuer Fall' },
  },
  {
    lang: 'pt',
    system: 'Você é o assistente de moderação do grupo «Resenha FC». A regra escrita é curta; as decisões da comissão de recursos mostram como ela é aplicada na prática e valem para os próximos casos. Decida o caso novo e responda em JSON.',
    guideline: 'Regra 3: Proibido conteúdo que humilhe pessoas.',
    precedents: [
      ['R-21', 'Meme do atacante chorando depois de perder pênalti na final', 'revertida', 'atleta em lance de jogo é figura pública no contexto esportivo'],
      ['R-24', 'Meme zoando um torcedor comum filmado na arquibancada', 'mantida', 'pessoa comum, sem papel público'],
      ['R-30', 'Meme sobre o peso de um jogador com foto dele de férias na praia', 'mantida', 'vida privada, fora do jogo'],
      ['R-33', 'Meme do árbitro com óculos gigantes depois de um erro de VAR', 'revertida', 'atuação profissional em campo'],
    ],
    finals: [
      'Meme do goleiro do time tomando frango, com cara de palhaço editada por cima.',
      'Meme de um gandula de 12 anos que deixou a bola escapar no último minuto.',
    ],
    labels: { removed: 'removido', upheld: 'remoção mantida', overturned: 'remoção revertida', appeal: 'fundamento', newCase: 'Caso novo' },
  },
  {
    lang: 'ja',
    system: 'あなたは料理コミュニティ「おうちごはん部」のモデレーション補助です。ガイドラインの文面は短く、実際の運用は異議審査の結果で決まり、今後の判断もそれに従います。新しい案件を判断して JSON で返してください。',
    guideline: 'ガイドライン5：商品の宣伝は禁止。',
    precedents: [
      ['K-08', '投稿者が自分の店のランチメニューを紹介', '維持', '自分の商売の集客'],
      ['K-12', '市販のカレールーを使ったレシピで商品名を記載', '撤回', '材料として商品名を書くのは宣伝ではない'],
      ['K-17', '割引コード付きで圧力鍋を紹介', '維持', '割引コードは販売促進'],
      ['K-21', '自分のレシピ本の紹介（リンクなし、レシピ全文を投稿内に掲載）', '撤回', '内容が投稿内で完結している'],
    ],
    finals: [
      '特定ブランドの包丁を「これ以外使えない」と絶賛しつつ、購入リンクはなしのレシピ投稿。',
      '自分の料理教室の来月の日程と申込フォームへのリンクを末尾に付けた、手作り餃子のレシピ全文。',
    ],
    labels: { removed: '削除', upheld: '削除維持', overturned: '削除撤回', appeal: '理由', newCase: '新しい案件' },
  },
];

const le1: Family = {
  id: 'wl-le-moderation-appeal-precedents',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The short guideline does not settle the new case; the appeal outcomes of earlier cases reveal how it is really applied and must be generalised to it, although the output is a single keep/remove verdict.',
  make: (rng, i) => {
    const s = precedentScenes[i % precedentScenes.length]!;
    const picked = rng.sample(s.precedents, rng.int(3, s.precedents.length));
    const lines = picked.map(([id, what, outcome, why]) => `${id}: ${what} → ${s.labels.removed}; ${outcome === 'upheld' || outcome === 'bestätigt' || outcome === 'mantida' || outcome === '維持' ? s.labels.upheld : s.labels.overturned} (${s.labels.appeal}: ${why})`);
    const caseText = `${s.labels.newCase} #${rng.int(200, 999)}: ${rng.pick(s.finals)}`;
    const messages = [sys(`${s.system}\n${s.guideline}`)];
    const draft: Draft = { lang: s.lang, messages, response_format: jsonSchema('moderation_decision', { decision: oneOf('keep', 'remove'), closest_precedent: str, reasoning: str }) };
    if (i % 2 === 1) {
      messages.push(user(caseText));
      exchange(rng, messages, 'search_precedents', { query: caseText.slice(0, 60), limit: picked.length }, { results: lines });
      draft.tools = [tool('search_precedents', 'Search earlier moderation decisions and their appeal outcomes.', { query: str, limit: int })];
    } else {
      messages.push(user(`${lines.join('\n')}\n\n${caseText}`));
    }
    return draft;
  },
};

type OpenerStyle = 'hey' | 'looks' | 'specific' | 'joke' | 'essay';
interface OpenerLang {
  lang: Lang; system: string; intro: string; pool: [OpenerStyle, string, string][]; outcomes: Record<'replied' | 'none' | 'unmatched', string>;
  profiles: string[]; ask: (name: string) => string; names: string[]; chat: [string, string];
}
const openerLangs: OpenerLang[] = [
  {
    lang: 'en', system: 'You\'re the chat coach in the Ember dating app. Be honest and concrete.', intro: 'my last openers and what happened:',
    pool: [
      ['hey', 'Maya (hiking pics)', 'hey :)'], ['looks', 'Jo (festival photo)', 'you\'re seriously gorgeous'], ['specific', 'Ria (says she\'s learning the cello)', 'ok how far into the cello are you, still at the "neighbours complain" stage?'],
      ['joke', 'Tess (dog called Biscuit)', 'I\'m only here to meet Biscuit tbh'], ['essay', 'Kim (bookworm)', 'Hi! So I\'m a 31yo engineer, I love books too, especially sci-fi, I also run and cook and I\'ve been to 14 countries...'],
      ['specific', 'Noor (photo in Porto)', 'Porto! did you do the francesinha or are you one of those people who think it\'s too much?'], ['hey', 'Lou (climbing)', 'hi how\'s your week'], ['looks', 'Ana (beach)', 'wow, nice smile'],
    ],
    outcomes: { replied: 'replied in {t}, we chatted for days', none: 'no reply', unmatched: 'unmatched me' },
    profiles: ['"Sourdough evangelist. Currently failing at Duolingo Japanese. Will judge your taco order."', '"Nurse, night shifts, sunrise swims in the harbour. Looking for someone who can handle a 6am coffee date."', '"Half my camera roll is my cat Pixel. Board games > bars."'],
    ask: (n) => `new match: ${n}. her profile says:`, names: ['Elise', 'Sana', 'Grace'], chat: ['I keep getting matches but nobody answers me 😩', 'Let\'s look at what you\'ve been sending.'],
  },
  {
    lang: 'es', system: 'Eres el coach de conversación de la app de citas Ember. Sé sincero y concreto.', intro: 'Mis últimos primeros mensajes y qué pasó:',
    pool: [
      ['hey', 'Laura (fotos de montaña)', 'hola :)'], ['looks', 'Sara (foto en un festival)', 'eres guapísima'], ['specific', 'Carla (dice que aprende a tocar el chelo)', '¿y qué tal el chelo, ya pasaste la fase de que se quejen los vecinos?'],
      ['joke', 'Irene (perro llamado Galleta)', 'vengo solo a conocer a Galleta, que conste'], ['essay', 'Bea (lectora)', 'Hola! Soy ingeniero de 31, me encanta leer, sobre todo ciencia ficción, también corro, cocino y he estado en 14 países...'],
      ['specific', 'Nora (foto en Oporto)', '¡Oporto! ¿Te atreviste con la francesinha o eres de las que dicen que es demasiado?'], ['hey', 'Lucía (escalada)', 'hola qué tal la semana'],
    ],
    outcomes: { replied: 'contestó en {t}, hablamos varios días', none: 'sin respuesta', unmatched: 'me deshizo el match' },
    profiles: ['«Evangelista de la masa madre. Suspendiendo japonés en Duolingo. Voy a juzgar tu pedido de tacos.»', '«Enfermera de noche, baños al amanecer en la Malvarrosa. Busco a alguien que aguante un café a las 6.»', '«Medio carrete de fotos es de mi gato Píxel. Juegos de mesa > bares.»'],
    ask: (n) => `Nuevo match: ${n}. Su perfil dice:`, names: ['Elena', 'Marina', 'Ainhoa'], chat: ['Tengo matches pero nadie me contesta 😩', 'Vamos a ver qué estás enviando.'],
  },
  {
    lang: 'fr', system: 'Tu es le coach de conversation de l\'appli de rencontre Ember. Sois franc et concret.', intro: 'Mes derniers premiers messages et ce qui s\'est passé :',
    pool: [
      ['hey', 'Julie (photos de rando)', 'salut :)'], ['looks', 'Léa (photo de festival)', 't\'es vraiment magnifique'], ['specific', 'Chloé (apprend le violoncelle)', 'alors le violoncelle, t\'en es encore au stade où les voisins tapent au mur ?'],
      ['joke', 'Manon (chien nommé Biscotte)', 'je suis là uniquement pour rencontrer Biscotte, soyons clairs'], ['essay', 'Sarah (lectrice)', 'Salut ! Alors moi j\'ai 31 ans, ingénieur, j\'adore lire, surtout la SF, je cours, je cuisine et j\'ai visité 14 pays...'],
      ['specific', 'Inès (photo à Porto)', 'Porto ! T\'as osé la francesinha ou tu fais partie de ceux qui trouvent ça trop ?'], ['looks', 'Emma (plage)', 'joli sourire'],
    ],
    outcomes: { replied: 'a répondu en {t}, on a parlé plusieurs jours', none: 'pas de réponse', unmatched: 'a annulé le match' },
    profiles: ['« Évangéliste du levain. En échec sur Duolingo japonais. Je juge ta commande de tacos. »', '« Infirmière de nuit, baignades au lever du soleil. Cherche quelqu\'un qui assume un café à 6 h. »', '« La moitié de ma galerie, c\'est mon chat Pixel. Jeux de société > bars. »'],
    ask: (n) => `Nouveau match : ${n}. Son profil dit :`, names: ['Camille', 'Zoé', 'Margaux'], chat: ['J\'ai des matchs mais personne ne me répond 😩', 'Regardons ce que tu envoies.'],
  },
  {
    lang: 'zh', system: '你是约会应用 Ember 的聊天教练，说话坦诚、具体。', intro: '我最近发的开场白和结果：',
    pool: [
      ['hey', '小雅（爬山照）', '嗨 :)'], ['looks', '晶晶（音乐节照片）', '你真的好漂亮'], ['specific', '若彤（说在学大提琴）', '大提琴学到哪一步了？还在被邻居敲墙的阶段吗？'],
      ['joke', '佳怡（狗叫饼干）', '说实话我是来认识饼干的'], ['essay', '可欣（爱看书）', '你好！我31岁，工程师，也很爱看书，尤其是科幻，还喜欢跑步做饭，去过14个国家……'],
      ['specific', '思涵（在波尔图的照片）', '波尔图！你吃了francesinha吗，还是觉得太顶了？'], ['hey', '露露（攀岩）', '这周过得怎么样'],
    ],
    outcomes: { replied: '{t}内回复，聊了好几天', none: '没回', unmatched: '解除了配对' },
    profiles: ['“酸面包传教士。多邻国日语学得一塌糊涂。会评判你点的塔可。”', '“夜班护士，喜欢日出时去海边游泳。想找能接受早上6点喝咖啡约会的人。”', '“相册一半是我的猫像素。桌游 > 酒吧。”'],
    ask: (n) => `新配对：${n}。她的资料写着：`, names: ['小雨', '安琪', '梦瑶'], chat: ['我配对挺多，但就是没人回我 😩', '我们先看看你都发了什么。'],
  },
  {
    lang: 'pt', system: 'Você é o coach de conversa do app de encontros Ember. Seja sincero e concreto.', intro: 'Minhas últimas primeiras mensagens e o que rolou:',
    pool: [
      ['hey', 'Carol (fotos de trilha)', 'oi :)'], ['looks', 'Bruna (foto em festival)', 'você é linda demais'], ['specific', 'Lívia (diz que está aprendendo violoncelo)', 'e o violoncelo, ainda tá na fase dos vizinhos reclamarem?'],
      ['joke', 'Duda (cachorro chamado Biscoito)', 'vou ser sincero, tô aqui pra conhecer o Biscoito'], ['essay', 'Paula (leitora)', 'Oi! Tenho 31 anos, sou engenheiro, amo ler, principalmente ficção científica, também corro, cozinho e já fui pra 14 países...'],
      ['specific', 'Nina (foto no Porto)', 'Porto! Encarou a francesinha ou é do time que acha demais?'], ['looks', 'Ju (praia)', 'que sorriso'],
    ],
    outcomes: { replied: 'respondeu em {t}, conversamos vários dias', none: 'sem resposta', unmatched: 'desfez o match' },
    profiles: ['"Evangelista do fermento natural. Reprovando no japonês do Duolingo. Vou julgar seu pedido de taco."', '"Enfermeira do plantão noturno, mergulho no nascer do sol. Procuro alguém que encare um café às 6h."', '"Metade da minha galeria é meu gato Pixel. Jogos de tabuleiro > bares."'],
    ask: (n) => `Match novo: ${n}. O perfil dela diz:`, names: ['Gabi', 'Luana', 'Helena'], chat: ['Dou match mas ninguém me responde 😩', 'Bora ver o que você anda mandando.'],
  },
];

const le2: Family = {
  id: 'wl-le-dating-opener-from-history',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The user\'s earlier openers come with how each match reacted, and the new opener should follow what got replies (specific, profile-based questions) rather than generic advice.',
  make: (rng, i) => {
    const L = openerLangs[i % openerLangs.length]!;
    const picks = rng.sample(L.pool, rng.int(5, L.pool.length));
    const dur = t(L.lang, { en: '{n} min', es: '{n} min', fr: '{n} min', zh: '{n}分钟', pt: '{n} min' });
    const history = picks.map(([style, who, text]) => {
      const good = style === 'specific' || (style === 'joke' && rng.chance(0.5));
      const outcome = good ? L.outcomes.replied.replace('{t}', dur.replace('{n}', String(rng.int(4, 55)))) : style === 'looks' && rng.chance(0.5) ? L.outcomes.unmatched : L.outcomes.none;
      return `- ${who}: "${text}" → ${outcome}`;
    });
    const messages = [sys(L.system)];
    if (rng.chance(0.6)) messages.push(user(L.chat[0]), say(L.chat[1]));
    const draft: Draft = { lang: L.lang, messages };
    if (i % 2 === 1) {
      messages.push(user(`${L.ask(rng.pick(L.names))}\n${rng.pick(L.profiles)}`));
      exchange(rng, messages, 'get_my_sent_openers', { limit: history.length }, { openers: history.map((h) => h.slice(2)) });
      draft.tools = [tool('get_my_sent_openers', 'The user\'s recent first messages to matches and what happened after each.', { limit: int })];
    } else {
      messages.push(user(`${L.intro}\n${history.join('\n')}\n\n${L.ask(rng.pick(L.names))}\n${rng.pick(L.profiles)}`));
    }
    if (i % 2 === 0) draft.response_format = jsonSchema('opener', { message: str, based_on: str });
    return draft;
  },
};

interface ProposalLang {
  lang: Lang; system: string; ask: (who: string) => string; who: string[];
  comments: Record<'monAm' | 'friLate' | 'short' | 'video' | 'ok' | 'lunch', string>;
}
const proposalLangs: ProposalLang[] = [
  {
    lang: 'en', system: 'You are the scheduling assistant for Ravi Menon. Propose exactly two slots for each new meeting request. Ravi\'s past responses to your proposals are in his history; learn from them.',
    ask: (w) => `Can you find 30 minutes next week for a call with ${w}?`, who: ['Claire from Northwind (external)', 'the new intern, Jamal', 'Dr. Ong from the university (external)'],
    comments: { monAm: 'declined: "Mondays before 11 are for catching up, please stop"', friLate: 'declined: "not on a Friday afternoon"', short: 'accepted but changed to 25 min: "leave me a gap"', video: 'accepted, changed phone → video: "externals always on video"', ok: 'accepted', lunch: 'declined: "that\'s my lunch"' },
  },
  {
    lang: 'de', system: 'Du bist der Terminassistent von Katrin Vogel. Schlage für jede neue Terminanfrage genau zwei Zeitfenster vor. Katrins frühere Reaktionen auf deine Vorschläge stehen in ihrem Verlauf; nutze sie.',
    ask: (w) => `Findest du nächste Woche 30 Minuten für ein Gespräch mit ${w}?`, who: ['Herrn Albrecht von der Bank (extern)', 'unserer neuen Werkstudentin Lea', 'Frau Dr. Sommer von der Uni (extern)'],
    comments: { monAm: 'abgelehnt: „Montag vor 11 ist Aufarbeitungszeit, bitte nicht mehr“', friLate: 'abgelehnt: „nicht am Freitagnachmittag“', short: 'angenommen, auf 25 Min. gekürzt: „ich brauche Luft dazwischen“', video: 'angenommen, Telefon → Video geändert: „Externe immer per Video“', ok: 'angenommen', lunch: 'abgelehnt: „das ist meine Mittagspause“' },
  },
  {
    lang: 'ja', system: 'あなたは高田恵さんの日程調整アシスタントです。新しい依頼ごとに候補をちょうど2つ提案してください。過去の提案に対する恵さんの反応が履歴にあるので、それを活かしてください。',
    ask: (w) => `来週、${w}との打ち合わせを30分取ってもらえますか？`, who: ['取引先の森さん（社外）', '新人の石井さん', '大学の林先生（社外）'],
    comments: { monAm: '辞退：「月曜11時前は溜まった仕事の時間なのでやめてほしい」', friLate: '辞退：「金曜の午後はやめて」', short: '承諾、25分に短縮：「前後に余白がほしい」', video: '承諾、電話→ビデオに変更：「社外の人とは必ずビデオで」', ok: '承諾', lunch: '辞退：「お昼休みです」' },
  },
  {
    lang: 'fr', system: 'Tu es l\'assistant de planification de Sophie Marchand. Pour chaque nouvelle demande, propose exactement deux créneaux. Les réactions passées de Sophie à tes propositions sont dans son historique ; sers-t\'en.',
    ask: (w) => `Tu peux me trouver 30 minutes la semaine prochaine pour un appel avec ${w} ?`, who: ['M. Garnier du cabinet comptable (externe)', 'Lina, la nouvelle stagiaire', 'Mme Roux de l\'université (externe)'],
    comments: { monAm: 'refusé : « le lundi avant 11 h c\'est pour rattraper, arrête »', friLate: 'refusé : « pas le vendredi après-midi »', short: 'accepté mais réduit à 25 min : « laisse-moi une marge »', video: 'accepté, téléphone → visio : « les externes toujours en visio »', ok: 'accepté', lunch: 'refusé : « c\'est ma pause déjeuner »' },
  },
];

const le3: Family = {
  id: 'wl-le-calendar-proposal-history',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Which two slots to offer should follow the patterns in the user\'s earlier accept/decline reactions (no Monday mornings, no late Fridays, 25-minute calls, video for externals), generalised to a new request; picking the nicest slots is a secondary preference judgment.',
  make: (rng, i) => {
    const L = proposalLangs[i % proposalLangs.length]!;
    const who = rng.pick(L.who);
    const proposals: { proposed: string; with: string; response: string }[] = [];
    const kinds = ['monAm', 'friLate', 'short', 'video', 'ok', 'ok', 'lunch', 'monAm', 'short'] as const;
    const slotFor: Record<(typeof kinds)[number], () => string> = {
      monAm: () => `Mon ${pad(rng.int(8, 10))}:00`, friLate: () => `Fri ${rng.int(14, 16)}:30`, short: () => `${rng.pick(['Tue', 'Thu'])} ${rng.int(10, 15)}:00 (30 min)`,
      video: () => `${rng.pick(['Tue', 'Wed'])} ${rng.int(10, 11)}:00 (phone)`, ok: () => `${rng.pick(['Tue', 'Thu', 'Wed'])} ${rng.int(10, 15)}:30`, lunch: () => `${rng.pick(['Wed', 'Thu'])} 12:30`,
    };
    for (const k of rng.sample([...kinds], rng.int(6, 9))) proposals.push({ proposed: slotFor[k](), with: rng.pick(['internal', 'external']), response: L.comments[k] });
    const messages = [sys(L.system), user(L.ask(who))];
    exchange(rng, messages, 'get_proposal_history', { limit: proposals.length }, { history: proposals });
    exchange(rng, messages, 'find_free_slots', { duration_min: 30, week: 'next' }, {
      free: ['Mon 09:00', 'Mon 14:00', 'Tue 10:30', 'Tue 12:30', 'Wed 16:00', 'Thu 11:00', 'Fri 15:00', 'Fri 09:30'].filter(() => rng.chance(0.75)),
    });
    return {
      lang: L.lang,
      messages,
      tools: [
        tool('get_proposal_history', 'Past slot proposals and how the user responded.', { limit: int }),
        tool('find_free_slots', 'Free slots in the user\'s calendar.', { duration_min: int, week: str }),
        tool('propose_slots', 'Send two proposed slots to the other party.', { slots: list(str), duration_min: int, medium: oneOf('video', 'phone', 'in_person') }),
      ],
    };
  },
};

interface DrillLang {
  lang: Lang; system: string; drills: [string, string][]; point: string; note: [string, string, string]; ask: string; date: (d: number) => string;
}
const drillLangs: DrillLang[] = [
  {
    lang: 'es', point: 'present perfect vs. past simple (inglés)',
    system: 'Eres la asistente de una profesora de inglés online. Con el registro de sesiones de la alumna, elige el tipo de ejercicio para la próxima sesión y prepara 5 ítems. Responde en JSON.',
    drills: [['gap_fill', 'rellenar huecos'], ['spot_the_error', 'encontrar el error en sus propias frases'], ['translation', 'traducción inversa'], ['minimal_pairs', 'pares mínimos'], ['free_writing', 'escritura libre con corrección']],
    note: ['se aburre', 'muy motivada', 'lo hizo rápido pero sin pensar'], ask: 'Mañana tengo sesión con Paula. ¿Qué le preparo?', date: (d) => `${d} oct.`,
  },
  {
    lang: 'en', point: 'dative after prepositions (German)',
    system: 'You assist an online German teacher. From the learner\'s session log, choose the exercise type for the next session and write 5 items. Reply in JSON.',
    drills: [['gap_fill', 'gap fill'], ['spot_the_error', 'spot the error in his own sentences'], ['translation', 'back-translation'], ['minimal_pairs', 'minimal pairs (dem/den)'], ['free_writing', 'free writing with corrections']],
    note: ['got bored', 'really engaged', 'rushed through it'], ask: 'Session with Tom tomorrow. What should I give him?', date: (d) => `Oct ${d}`,
  },
  {
    lang: 'pt', point: 'passé composé com être ou avoir (francês)',
    system: 'Você auxilia uma professora de francês online. A partir do registro de sessões do aluno, escolha o tipo de exercício da próxima aula e prepare 5 itens. Responda em JSON.',
    drills: [['gap_fill', 'completar lacunas'], ['spot_the_error', 'achar o erro nas próprias frases'], ['translation', 'tradução reversa'], ['minimal_pairs', 'pares mínimos'], ['free_writing', 'escrita livre com correção']],
    note: ['ficou entediado', 'super engajado', 'fez correndo'], ask: 'Amanhã tenho aula com o Diego. O que eu preparo pra ele?', date: (d) => `${d}/out`,
  },
  {
    lang: 'zh', point: '英语第三人称单数 -s',
    system: '你是一位线上英语老师的助教。根据学生的课程记录，选择下一节课的练习类型，并出5道题。用 JSON 回答。',
    drills: [['gap_fill', '填空'], ['spot_the_error', '在自己写的句子里找错'], ['translation', '回译'], ['minimal_pairs', '最小对立'], ['free_writing', '自由写作加批改']],
    note: ['觉得无聊', '非常投入', '做得很快但没过脑子'], ask: '明天给小林上课，给她准备什么？', date: (d) => `10月${d}日`,
  },
  {
    lang: 'de', point: 'subjuntivo nach „quiero que“ (Spanisch)',
    system: 'Du unterstützt eine Online-Spanischlehrerin. Wähle anhand des Sitzungsprotokolls der Lernenden die Übungsart für die nächste Stunde und schreib 5 Aufgaben. Antworte als JSON.',
    drills: [['gap_fill', 'Lückentext'], ['spot_the_error', 'Fehler in eigenen Sätzen finden'], ['translation', 'Rückübersetzung'], ['minimal_pairs', 'Minimalpaare'], ['free_writing', 'freies Schreiben mit Korrektur']],
    note: ['gelangweilt', 'sehr motiviert', 'schnell durchgeklickt'], ask: 'Morgen hab ich Stunde mit Anja. Was bereite ich vor?', date: (d) => `${d}. Okt.`,
  },
];

const le4: Family = {
  id: 'wl-le-tutor-next-exercise-type',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The session log records which exercise types actually moved the learner\'s accuracy on one recurring error, and the next session should be built on whichever type worked for this learner.',
  make: (rng, i) => {
    const L = drillLangs[i % drillLangs.length]!;
    const winner = rng.int(0, L.drills.length - 1);
    const sessions = rng.int(4, 7);
    let acc = rng.int(38, 55);
    const log: string[] = [];
    for (let k = 0; k < sessions; k++) {
      const d = k === sessions - 1 ? winner : rng.int(0, L.drills.length - 1);
      const gain = d === winner ? rng.int(8, 15) : rng.int(-4, 3);
      const before = acc;
      acc = Math.max(20, Math.min(95, acc + gain));
      log.push(`${L.date(2 + k * 3)} | ${L.drills[d]![1]} | ${L.point} | ${before}% → ${acc}%${rng.chance(0.4) ? ` | ${rng.pick(L.note)}` : ''}`);
    }
    const messages = [sys(L.system), user(`${log.join('\n')}\n\n${L.ask}`)];
    return {
      lang: L.lang,
      messages,
      response_format: jsonSchema('next_session', { exercise_type: oneOf(...L.drills.map(([id]) => id)), focus: str, items: list(str) }),
    };
  },
};

interface NudgeLang {
  lang: Lang; system: string; trigger: (pct: number, days: number) => string; msgs: Record<string, string>;
}
const nudgeLangs: NudgeLang[] = [
  {
    lang: 'en', system: 'You are the nudge engine of the Jar budgeting app. When a trigger fires, look at what this user has done with earlier nudges, then send exactly one nudge with send_nudge.',
    trigger: (p, d) => `[trigger] user u_${d}8812: eating-out envelope at ${p}% with ${d} days of the month left`,
    msgs: { payday_push: 'Payday! Want to move £50 to savings before it disappears?', weekly_summary: 'Your week in money: £212 spent, 3 envelopes on track.', roundup: 'Round up your card payments and save the spare change?', no_spend_challenge: 'Try a no-spend weekend? 7 friends already in.', loss_alert: 'At this pace you\'ll overspend eating out by £60 this month.', peer_compare: 'People like you spend 20% less on takeaways.' },
  },
  {
    lang: 'fr', system: 'Tu es le moteur de relances de l\'appli budget Jar. Quand un déclencheur arrive, regarde ce que cet utilisateur a fait des relances précédentes, puis envoie exactement une relance avec send_nudge.',
    trigger: (p, d) => `[déclencheur] utilisateur u_${d}4410 : enveloppe restos à ${p} % avec encore ${d} jours dans le mois`,
    msgs: { payday_push: 'C\'est la paie ! On met 50 € de côté avant qu\'ils filent ?', weekly_summary: 'Ta semaine : 212 € dépensés, 3 enveloppes dans les clous.', roundup: 'On arrondit tes paiements carte pour épargner la monnaie ?', no_spend_challenge: 'Un week-end sans dépenses ? 7 amis ont déjà relevé le défi.', loss_alert: 'À ce rythme, tu dépasseras l\'enveloppe restos de 60 € ce mois-ci.', peer_compare: 'Les profils comme toi dépensent 20 % de moins en livraison.' },
  },
  {
    lang: 'es', system: 'Eres el motor de avisos de la app de presupuesto Jar. Cuando salta un disparador, mira qué hizo este usuario con los avisos anteriores y envía exactamente un aviso con send_nudge.',
    trigger: (p, d) => `[disparador] usuario u_${d}3307: sobre de comer fuera al ${p} % y quedan ${d} días de mes`,
    msgs: { payday_push: '¡Día de cobro! ¿Apartamos 50 € antes de que vuelen?', weekly_summary: 'Tu semana: 212 € gastados, 3 sobres en orden.', roundup: '¿Redondeamos los pagos con tarjeta y ahorras las vueltas?', no_spend_challenge: '¿Un finde sin gastar? Ya se han apuntado 7 amigos.', loss_alert: 'A este ritmo te pasarás 60 € en comer fuera este mes.', peer_compare: 'Gente como tú gasta un 20 % menos en comida a domicilio.' },
  },
  {
    lang: 'ja', system: 'あなたは家計簿アプリ Jar の通知エンジンです。トリガーが発生したら、このユーザーが過去の通知にどう反応したかを確認し、send_nudge で通知をちょうど1つ送ってください。',
    trigger: (p, d) => `[トリガー] ユーザー u_${d}5521：外食の封筒が${p}%、月末まであと${d}日`,
    msgs: { payday_push: '給料日です！使ってしまう前に5,000円を貯金に回しませんか？', weekly_summary: '今週のまとめ：21,200円使いました。3つの封筒は予定どおりです。', roundup: 'カード払いの端数を切り上げて貯金しませんか？', no_spend_challenge: '週末ノーマネーチャレンジ、友達7人が参加中です。', loss_alert: 'このペースだと今月の外食は6,000円オーバーします。', peer_compare: 'あなたと似た人はデリバリーに使う額が20%少ないです。' },
  },
];

const le5: Family = {
  id: 'wl-le-money-nudge-response-log',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The log shows which kinds of nudge this user acted on and which they ignored or muted, and the nudge sent now should follow that record rather than a generic default.',
  make: (rng, i) => {
    const L = nudgeLangs[i % nudgeLangs.length]!;
    const kinds = Object.keys(L.msgs);
    const good = rng.sample(kinds, 2);
    let offset = 0;
    const log = Array.from({ length: rng.int(7, 11) }, () => {
      offset += rng.int(4, 9);
      const kind = rng.pick(kinds);
      const acted = good.includes(kind) ? rng.chance(0.8) : rng.chance(0.1);
      return { sent: dayPlus([2025, 1, 1], offset), kind, text: L.msgs[kind], opened: acted || rng.chance(0.4), acted, ...(kind === 'peer_compare' && !acted && rng.chance(0.5) ? { muted_category: true } : {}) };
    });
    const messages = [sys(L.system), user(L.trigger(rng.int(78, 96), rng.int(8, 14)))];
    exchange(rng, messages, 'get_nudge_log', { limit: log.length }, { nudges: log });
    return {
      lang: L.lang,
      messages,
      tools: [
        tool('get_nudge_log', 'Earlier nudges sent to this user and whether they acted on them.', { limit: int }),
        tool('send_nudge', 'Send one nudge to the user.', { kind: oneOf(...kinds), channel: oneOf('push', 'email', 'in_app'), text: str }),
      ],
    };
  },
};

// =====================================================================================
// non-agentic (closest type as label)
// =====================================================================================

interface TranslateScene { lang: Lang; system: string; ask: string; reply: string }
const translateScenes: TranslateScene[] = [
  {
    lang: 'en', system: 'You translate customer-support replies for the Voltra help desk. Keep the tone, keep product names and order numbers as they are, and output only the translation.',
    ask: 'Customer writes in Japanese. Please translate my reply:',
    reply: 'Hi Ms. Takeda, thanks for your patience! I\'ve refunded the unlock fee for ride #R-{n} because the scooter\'s battery died after 3 minutes. You\'ll see the ¥150 back on your card within 5 business days. Sorry again for the hassle!',
  },
  {
    lang: 'de', system: 'Du übersetzt Antworten des Kundenservice von Klangwerk. Ton beibehalten, Produktnamen und Bestellnummern unverändert lassen, nur die Übersetzung ausgeben.',
    ask: 'Die Kundin schreibt auf Spanisch. Bitte übersetze meine Antwort:',
    reply: 'Hallo Frau Ortega, vielen Dank für Ihre Nachricht! Der Austausch Ihrer KW-300 (Bestellung {n}) ist genehmigt. Sie erhalten heute noch ein Rücksendeetikett per E-Mail; das neue Gerät verschicken wir, sobald das alte bei uns eingegangen ist. Einen schönen Tag noch!',
  },
  {
    lang: 'es', system: 'Traduces respuestas del servicio de atención al cliente de Pisada. Mantén el tono, deja los nombres de producto y números de pedido igual y devuelve solo la traducción.',
    ask: 'El cliente escribe en inglés. Tradúceme esta respuesta, por favor:',
    reply: '¡Hola, Mark! Siento mucho lo de las Pisada Trail 2. Te hemos generado un vale de 89 € (pedido {n}) que puedes usar en cualquier talla o modelo durante 12 meses. Si la próxima vez dudas con la talla, escríbenos antes y te ayudamos. ¡Un abrazo!',
  },
  {
    lang: 'fr', system: 'Tu traduis les réponses du service client de Maille & Fil. Garde le ton, ne traduis pas les noms de produits ni les numéros de commande, et renvoie uniquement la traduction.',
    ask: 'La cliente écrit en allemand. Traduis ma réponse s\'il te plaît :',
    reply: 'Bonjour Madame Fischer, merci de votre retour ! Comme le pull mérinos a été porté, nous vous proposons un avoir de 64 € (commande {n}) valable un an. Vous pouvez aussi l\'échanger contre le modèle en coton bio, qui gratte beaucoup moins. Belle journée à vous !',
  },
  {
    lang: 'pt', system: 'Você traduz respostas do suporte da Lumo. Mantenha o tom, não traduza nomes de produto nem números de protocolo e devolva só a tradução.',
    ask: 'O cliente escreve em francês. Traduz minha resposta, por favor:',
    reply: 'Olá, Antoine! Que bom que você conseguiu entrar de novo na sua conta. Para sua segurança, recomendo ativar um novo autenticador agora mesmo em Configurações > Segurança (protocolo {n}). Qualquer coisa, é só responder este e-mail. Abraço!',
  },
];

const na1: Family = {
  id: 'wl-na-translate-support-reply',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'Translating one drafted support reply is a plain language task with no decision to make; its closest type is a one-shot reaction to the input.',
  make: (rng, i) => {
    const s = translateScenes[i % translateScenes.length]!;
    const messages = [sys(s.system), user(`${s.ask}\n\n${s.reply.replace('{n}', String(rng.int(100000, 999999)))}`)];
    return { lang: s.lang, messages, temperature: 0.2 };
  },
};

interface SummaryScene { lang: Lang; system: string; part1: string[]; part2: string[]; ack: string; intro: string; more: string; ask: string }
const summaryScenes: SummaryScene[] = [
  {
    lang: 'de', system: 'Du bist ein hilfreicher Assistent.',
    intro: 'Ich war zwei Wochen im Urlaub und unser Hausgemeinschafts-Chat ist explodiert. Teil 1:', more: 'Teil 2:', ack: 'Hab ich. Schick gern den Rest.',
    ask: 'Fass mir das bitte in 5 Stichpunkten zusammen, ich will nur wissen, was los war.',
    part1: ['Birgit: Der Fahrradkeller wird am 12. geräumt, alles ohne Namensschild kommt weg!', 'Ahmed: Kann jemand am Samstag meine Pakete annehmen?', 'Olga: Der Aufzug ist schon wieder kaputt, Techniker kommt Dienstag.', 'Birgit: Hat jemand einen Akkuschrauber zu leihen?'],
    part2: ['Hausverwaltung: Aufzug repariert. Die Rauchmelderprüfung ist am 20., 8–12 Uhr.', 'Olga: Danke! Und wer hat die Kinderwagen im Flur abgestellt?', 'Ahmed: Das waren Besucher von mir, sorry, sind weg.', 'Birgit: Grillfest im Hof am 28., jeder bringt was mit.'],
  },
  {
    lang: 'en', system: 'You are a helpful assistant.',
    intro: 'was off for a week and the team channel went wild. part 1:', more: 'part 2:', ack: 'Got it, send the rest whenever.',
    ask: 'just give me a short summary, 5 bullets max. nothing I need to do, just what happened.',
    part1: ['Kez: heads up, the client moved the launch to the 18th', 'Dom: so the QA week shrinks?', 'Kez: yep, we\'re pulling in Sara from support to help test', 'Ana: office wifi down again, IT says Thursday'],
    part2: ['Sara: happy to help, I can do mornings', 'Kez: launch checklist is in the shared drive now', 'Dom: found a nasty bug in the export, fixed it Friday', 'Ana: wifi back 🎉 and there\'s cake in the kitchen for Raj\'s birthday'],
  },
  {
    lang: 'es', system: 'Eres un asistente útil.',
    intro: 'He estado fuera diez días y el grupo de la familia está imposible. Primera parte:', more: 'Segunda parte:', ack: 'Recibido, pásame lo demás.',
    ask: 'Resúmemelo en cinco puntos, solo quiero saber qué ha pasado.',
    part1: ['Tía Carmen: El abuelo sale del hospital el jueves 🙏', 'Primo Javi: Yo lo recojo con el coche', 'Mamá: Hay que organizar turnos para ir a verle la primera semana', 'Tía Carmen: Yo hago lunes y martes'],
    part2: ['Papá: Yo miércoles y jueves', 'Primo Javi: Al final el coche está en el taller, lo recoge el tío Paco', 'Mamá: La comida de Navidad este año en mi casa, ¿vale?', 'Abuelo: Ya estoy en casa, gracias a todos, ¡qué pesados sois! ❤️'],
  },
  {
    lang: 'ja', system: 'あなたは役に立つアシスタントです。',
    intro: '一週間出張していたら、マンションの住民グループLINEがすごいことになってました。前半：', more: '後半：', ack: '受け取りました。続きをどうぞ。',
    ask: '5行くらいで要約してください。何があったかだけ知りたいです。',
    part1: ['管理組合：来月の排水管清掃は15日です', '302号室：駐輪場に放置自転車が増えています', '105号室：エレベーターの照明がチカチカしてます', '管理組合：照明は業者手配済みです'],
    part2: ['302号室：放置自転車、今月末に撤去だそうです', '201号室：夜のゴミ出しやめてほしいです、カラスがすごい', '管理組合：ゴミ出しは朝8時までにお願いします', '105号室：照明直りました、ありがとうございます'],
  },
];

const na2: Family = {
  id: 'wl-na-group-chat-catch-up',
  label: 'model_based_reflex',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'Summarising a pasted group chat for someone who was away is plain text work with no action to choose; the nearest type is model-based because the summary reflects how things stand after the whole conversation.',
  make: (rng, i) => {
    const s = summaryScenes[i % summaryScenes.length]!;
    const p1 = head(s.part1, rng.int(3, s.part1.length), 3);
    const p2 = head(s.part2, rng.int(3, s.part2.length), 3);
    const messages = [sys(s.system), user(`${s.intro}\n${p1.join('\n')}`), say(s.ack), user(`${s.more}\n${p2.join('\n')}\n\n${s.ask}`)];
    return { lang: s.lang, messages };
  },
};

interface CorrectionScene { lang: Lang; system: string; essay: string; marks: string[]; asks: string[] }
const correctionScenes: CorrectionScene[] = [
  {
    lang: 'en', system: 'You are a friendly French tutor who explains grammar clearly and briefly.',
    essay: 'Si j\'aurais plus de temps, je voyagerais plus souvent. L\'année dernière, je suis allé au Maroc avec ma sœur et nous avons mangé beaucoup de tajines.',
    marks: ['"Si j\'aurais" → "Si j\'avais"', '"beaucoup de tajines" ✔', '"je suis allé" ✔ (but "allée" if you are a woman)'],
    asks: ['my teacher corrected "si j\'aurais" to "si j\'avais" but I don\'t get why, "aurais" is conditional and it\'s a conditional sentence??', 'can you explain the si + imparfait thing like I\'m five'],
  },
  {
    lang: 'pt', system: 'Você é um professor de espanhol simpático que explica gramática de forma clara e curta.',
    essay: 'Cuando llegué a Madrid, estaba muy nervioso. Mi casera es muy simpática y me ayudó con todo. Espero que el próximo mes puedo visitar Toledo.',
    marks: ['"Espero que... puedo" → "Espero que... pueda"', '"estaba muy nervioso" ✔', '"es muy simpática" ✔'],
    asks: ['A professora corrigiu "espero que puedo" pra "espero que pueda". Por que subjuntivo aqui? Em português eu falaria "espero que eu possa" também, mas não entendi a regra em espanhol.', 'Me explica quando usar subjuntivo depois de "espero que"?'],
  },
  {
    lang: 'de', system: 'Du bist eine freundliche Englischlehrerin und erklärst Grammatik kurz und verständlich.',
    essay: 'Since three years I live in Munich. Yesterday I have met my neighbour and we have talked about the new tram line.',
    marks: ['"Since three years I live" → "I have lived here for three years"', '"Yesterday I have met" → "Yesterday I met"', '"we have talked" → "we talked"'],
    asks: ['Meine Lehrerin hat „Yesterday I have met“ in „Yesterday I met“ geändert. Im Deutschen sagt man doch „ich habe getroffen“? Warum ist das falsch?', 'Warum steht bei „three years“ dann doch present perfect?'],
  },
  {
    lang: 'zh', system: '你是一位耐心的日语老师，用简单的话解释语法。',
    essay: '昨日、友だちと映画を見ました。映画はとても面白いでした。そして、レストランで晩ご飯を食べました。',
    marks: ['「面白いでした」→「面白かったです」', '「映画を見ました」✔', '「晩ご飯を食べました」✔'],
    asks: ['老师把“面白いでした”改成了“面白かったです”，为什么不能直接加でした？', '能讲一下い形容词的过去式吗？'],
  },
  {
    lang: 'fr', system: 'Tu es un prof d\'allemand sympa qui explique la grammaire simplement.',
    essay: 'Gestern ich bin mit meinem Bruder ins Kino gegangen. Der Film war sehr spannend, weil er hatte viele Überraschungen.',
    marks: ['« Gestern ich bin » → « Gestern bin ich »', '« weil er hatte viele Überraschungen » → « weil er viele Überraschungen hatte »', '« ins Kino gegangen » ✔'],
    asks: ['Ma prof a corrigé l\'ordre des mots deux fois et je ne comprends pas la logique. Pourquoi « Gestern bin ich » et pas « Gestern ich bin » ?', 'Pourquoi le verbe part à la fin après « weil » ?'],
  },
];

const na3: Family = {
  id: 'wl-na-tutor-explain-corrections',
  label: 'learning',
  agentic: false,
  difficulty: 'medium',
  variants: 5,
  rationale: 'The learner wants a teacher\'s corrections explained, which is plain explanation rather than a decision; the closest type is learning since the request revolves around corrections on earlier work.',
  make: (rng, i) => {
    const s = correctionScenes[i % correctionScenes.length]!;
    const messages = [sys(s.system), user(`${s.essay}\n\n${head(s.marks, rng.int(1, s.marks.length)).join('\n')}`)];
    if (rng.chance(0.5)) {
      messages.push(say(t(s.lang, { en: 'Nice essay! What would you like me to explain?', pt: 'Bela redação! O que você quer que eu explique?', de: 'Schöner Text! Was soll ich dir erklären?', zh: '写得不错！你想让我解释哪一处？', fr: 'Joli texte ! Qu\'est-ce que tu veux que je t\'explique ?' })));
      messages.push(user(rng.pick(s.asks)));
    } else {
      const last = messages.pop()!;
      messages.push(user(`${typeof last.content === 'string' ? last.content : ''}\n\n${rng.pick(s.asks)}`));
    }
    return { lang: s.lang, messages };
  },
};

interface DeclineScene { lang: Lang; system: string; chat: [string, string][]; ask: string }
const declineScenes: DeclineScene[] = [
  {
    lang: 'fr', system: 'Tu aides à rédiger des e-mails professionnels, clairs et chaleureux.',
    chat: [['Mon ancienne manager m\'invite à une table ronde jeudi soir sur le management hybride.', 'Sympa ! Tu as envie d\'y aller ?'], ['Franchement non, j\'ai déjà trois soirs pris cette semaine et je ne veux pas la vexer.', 'Je comprends.']],
    ask: 'Tu peux m\'écrire un petit mail pour décliner gentiment, en proposant un café le mois prochain ?',
  },
  {
    lang: 'en', system: 'You help people write clear, warm emails.',
    chat: [['so a recruiter I met at a conference invited me to speak on a panel next month', 'Oh nice, congrats!'], ['thanks but I\'m mid-house move and honestly panels stress me out', 'Totally valid.']],
    ask: 'can you write a short polite email saying no, but leaving the door open for something later in the year?',
  },
  {
    lang: 'de', system: 'Du hilfst beim Formulieren von freundlichen, klaren E-Mails.',
    chat: [['Der Elternbeirat hat mich gefragt, ob ich das Sommerfest mitorganisiere.', 'Oh, das ist ja ein Vertrauensbeweis!'], ['Schon, aber ich hab gerade einen neuen Job angefangen und schaffe das nicht.', 'Verstehe.']],
    ask: 'Schreib mir bitte eine kurze, nette Absage, vielleicht mit dem Angebot, beim Kuchenbuffet zu helfen?',
  },
  {
    lang: 'pt', system: 'Você ajuda a escrever e-mails cordiais e claros.',
    chat: [['Um cliente antigo me chamou pra um jantar de networking na sexta.', 'Que legal!'], ['Seria, mas é aniversário da minha filha e eu não vou trocar isso por nada.', 'Com toda razão.']],
    ask: 'Me ajuda a escrever um e-mail curtinho recusando, sem parecer que estou desprezando o convite?',
  },
  {
    lang: 'zh', system: '你帮助用户写礼貌、清楚的邮件。',
    chat: [['大学同学邀请我周末去参加他们公司的开放日。', '听起来挺有意思的。'], ['但我那天要陪父母去医院复查，实在去不了。', '家人优先，理解。']],
    ask: '帮我写一封简短得体的回复婉拒一下，顺便说以后有机会再聚？',
  },
];

const na4: Family = {
  id: 'wl-na-polite-decline-email',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'Drafting a polite decline email after some chat is a writing task with no decision left to make; the closest type is a direct reaction to the request.',
  make: (rng, i) => {
    const s = declineScenes[i % declineScenes.length]!;
    const messages = [sys(s.system)];
    for (const [u, a] of head(s.chat, rng.int(1, s.chat.length))) messages.push(user(u), say(a));
    messages.push(user(s.ask));
    return { lang: s.lang, messages, max_tokens: rng.pick([300, 400, 600]) };
  },
};

interface MethodScene { lang: Lang; system: string; turns: string[]; replies: string[] }
const methodScenes: MethodScene[] = [
  {
    lang: 'es', system: 'Eres un asistente de educación financiera. Explicas conceptos con claridad y sin dar consejos personalizados.',
    turns: ['Oye, ¿qué diferencia hay entre el método de los sobres y la regla 50/30/20?', 'Vale, ¿y el presupuesto base cero qué es exactamente?', 'En general, ¿qué ventajas e inconvenientes tiene cada uno? No te pido que elijas por mí, solo entenderlos.'],
    replies: ['Con los sobres asignas una cantidad fija a cada categoría y, cuando se acaba, se acaba. La 50/30/20 reparte los ingresos en necesidades, caprichos y ahorro.', 'En el base cero das un destino a cada euro de tus ingresos hasta que te queda cero sin asignar.'],
  },
  {
    lang: 'en', system: 'You are a financial literacy assistant. Explain concepts clearly; do not give personalised advice.',
    turns: ['what\'s the actual difference between envelope budgeting and 50/30/20?', 'and zero-based budgeting, how is that different again?', 'ok so in general what are the pros and cons of each? not asking you to pick for me, I just want to understand them'],
    replies: ['Envelope budgeting gives each category a fixed pot; when it\'s empty you stop. 50/30/20 splits income into needs, wants and savings.', 'Zero-based means you give every unit of income a job until nothing is left unassigned.'],
  },
  {
    lang: 'ja', system: 'あなたは金融リテラシーを教えるアシスタントです。概念をわかりやすく説明し、個別の助言はしません。',
    turns: ['封筒式の家計管理と「50/30/20ルール」って何が違うんですか？', 'じゃあ「ゼロベース予算」はどう違うんですか？', '一般的に、それぞれのメリットとデメリットを教えてください。私に合うものを選んでほしいわけではなく、理解したいだけです。'],
    replies: ['封筒式は費目ごとに決まった額を割り当て、なくなったらおしまいです。50/30/20は収入を必需品・楽しみ・貯蓄に分けます。', 'ゼロベースは、収入の1円1円に使い道を決めて、未割り当てがゼロになるまで配分する方法です。'],
  },
  {
    lang: 'de', system: 'Du bist ein Assistent für Finanzbildung. Du erklärst Begriffe verständlich und gibst keine persönliche Beratung.',
    turns: ['Was ist eigentlich der Unterschied zwischen der Umschlagmethode und der 50/30/20-Regel?', 'Und was genau ist ein Nullbasis-Budget?', 'Was sind ganz allgemein die Vor- und Nachteile der drei? Ich will nicht, dass du für mich entscheidest, nur verstehen.'],
    replies: ['Bei der Umschlagmethode bekommt jede Kategorie einen festen Betrag; ist er weg, ist Schluss. Die 50/30/20-Regel teilt das Einkommen in Bedarf, Wünsche und Sparen.', 'Beim Nullbasis-Budget bekommt jeder Euro eine Aufgabe, bis nichts mehr unverplant ist.'],
  },
];

const na5: Family = {
  id: 'wl-na-budget-methods-explained',
  label: 'utility_based',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'The user explicitly wants budgeting methods explained, not chosen, so nothing agentic is asked; the topic (weighing ways of allocating money) is closest to utility-based.',
  make: (rng, i) => {
    const s = methodScenes[i % methodScenes.length]!;
    const messages = [sys(s.system)];
    const n = rng.int(1, s.turns.length);
    for (let k = 0; k < n - 1; k++) messages.push(user(s.turns[k]!), say(s.replies[k]!));
    messages.push(user(s.turns[n - 1]!));
    return { lang: s.lang, messages };
  },
};

export const trainL: Family[] = [
  sr1, sr2, sr3, sr4, sr5,
  mb1, mb2, mb3, mb4, mb5,
  gb1, gb2, gb3, gb4, gb5,
  ub1, ub2, ub3, ub4, ub5,
  le1, le2, le3, le4, le5,
  na1, na2, na3, na4, na5,
];
