// Blind held-out families, part 3: learning and non-agentic requests. Written from the type
// definitions only (see blind.ts).
import type { ChatMessage } from '../../../../src/core/types';
import {
  type Family, type Lang, bool, exchange, int, jsonSchema, langAt, list, num, obj, oneOf, pad, say, str, sys, t, tool, user,
} from './kit';

export const blindExperience: Family[] = [
  // ---------------------------------------------------------------- learning
  {
    id: 'bl-lr-sowing-journal', label: 'learning', difficulty: 'medium', variants: 4,
    rationale: 'Earlier seasons’ sowing dates, soil temperatures and yields are retrieved from the farm journal and must be generalised to choose this year’s sowing date for a new field.',
    make(rng, i) {
      const lang = langAt(['en', 'pt', 'es', 'fr', 'en'], i);
      const crop = rng.pick(['maize', 'sunflower', 'soy']);
      const years = rng.sample([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024], rng.int(4, 6)).sort();
      const notes = years.map((y) => `${y} | field ${rng.pick(['North', 'Creek', 'Hill', 'South'])} | sown ${pad(rng.int(10, 30))} ${rng.pick(['Apr', 'May'])} | soil 10cm ${rng.int(7, 15)}°C | ${rng.pick(['late frost 2 wk after', 'dry May', 'normal', 'heavy rain at emergence', 'normal'])} | emergence ${rng.int(60, 96)}% | yield ${(rng.int(70, 130) / 10).toFixed(1)} t/ha`);
      const ask = t(lang, {
        en: `New field (river flat, heavier soil, cold air pools there). Soil is ${rng.int(8, 12)}°C today and the 10-day outlook is mild, ${rng.int(10, 40)}% chance of frost next week. Sow now or wait, and until when?`,
        pt: `Talhão novo (várzea, solo mais pesado, acumula ar frio). O solo está a ${rng.int(8, 12)}°C hoje e a previsão de 10 dias é amena, ${rng.int(10, 40)}% de chance de geada na próxima semana. Semeio agora ou espero, e até quando?`,
        es: `Parcela nueva (vega, suelo más pesado, se acumula aire frío). El suelo está a ${rng.int(8, 12)}°C hoy y el pronóstico a 10 días es suave, ${rng.int(10, 40)}% de probabilidad de helada la semana que viene. ¿Siembro ya o espero, y hasta cuándo?`,
        fr: `Nouvelle parcelle (bas-fond, sol plus lourd, l’air froid y stagne). Le sol est à ${rng.int(8, 12)}°C aujourd’hui, prévision 10 jours douce, ${rng.int(10, 40)} % de risque de gel la semaine prochaine. Je sème maintenant ou j’attends, et jusqu’à quand ?`,
      });
      const messages: ChatMessage[] = [sys(`Farm assistant. ${rng.pick(['Journal entries retrieved', 'Past seasons from the farm journal'])} for ${crop} on this farm:\n${notes.join('\n')}`), user(ask)];
      return { lang, messages };
    },
  },
  {
    id: 'bl-lr-boss-attempts', label: 'learning', difficulty: 'medium', variants: 4,
    rationale: 'The bot gets logs of its own earlier attempts at the same boss and how each ended, and must carry those lessons into the loadout and opening for the next try.',
    make(rng, i) {
      const lang = langAt(['en', 'ja', 'zh', 'en', 'es'], i);
      const boss = rng.pick(['The Hollow Warden', 'Magma Serpent', 'Queen of Thorns']);
      const tries = rng.int(3, 6);
      const messages: ChatMessage[] = [sys(t(lang, {
        en: `Game-playing agent. Before each attempt at ${boss} you choose a loadout and an opening. Results of your attempts so far are below.`,
        ja: `ゲームプレイエージェント。${boss} への各挑戦の前に装備と序盤の動きを決める。これまでの挑戦結果は以下のとおり。`,
        zh: `游戏智能体。每次挑战 ${boss} 之前选择配装和开局打法。你之前几次挑战的结果如下。`,
        es: `Agente jugador. Antes de cada intento contra ${boss} eliges equipo y apertura. Abajo están los resultados de tus intentos hasta ahora.`,
      }))];
      for (let k = 1; k <= tries; k++) {
        const loadout = rng.pick(['greatsword+fire', 'bow+poison', 'shield+spear', 'dual daggers']);
        const opening = rng.pick(['rush', 'kite left', 'bait slam', 'stay ranged']);
        const outcomes = ['died at 62% boss hp, phase 2 shockwave one-shot', 'died at 35%, ran out of stamina during vine grab', 'died at 41%, block broken by the triple combo'];
        if (loadout.includes('fire')) outcomes.push('died at 80%, fire resisted (damage ×0.5)');
        if (loadout.includes('poison')) outcomes.push('timeout at 12%, poison ticks stopped in phase 3');
        if (opening === 'kite left') outcomes.push('died at 18%, dodged left into the arena wall');
        messages.push(say(`attempt ${k}: loadout=${loadout}, opening=${opening}`));
        messages.push(user(`result ${k}: ${rng.pick(outcomes)}`));
      }
      messages.push(user(t(lang, { en: `Attempt ${tries + 1}. What do you go with?`, ja: `挑戦 ${tries + 1} 回目。どうする？`, zh: `第 ${tries + 1} 次挑战。你选什么？`, es: `Intento ${tries + 1}. ¿Qué eliges?` })));
      return { lang, messages, response_format: jsonSchema('attempt', { loadout: str, opening: str, phase2_rule: str }) };
    },
  },
  {
    id: 'bl-lr-review-memory', label: 'learning', difficulty: 'hard', variants: 4,
    rationale: 'Retrieved memories of how this team’s reviewers reacted to earlier pull requests (what was rejected, what was accepted) must shape the review of a new diff.',
    make(rng) {
      const memories = rng.sample([
        'PR #812: suggested adding a util in /common → maintainer: "no new shared utils, inline it" (rejected)',
        'PR #790: flagged missing context timeout on outbound HTTP → accepted, "always flag this"',
        'PR #777: asked for table-driven tests → accepted',
        'PR #760: nit on import ordering → maintainer: "gofmt handles it, don’t comment" (rejected)',
        'PR #741: flagged log line containing user email → accepted, "PII in logs is a blocker"',
        'PR #733: proposed switching to generics → maintainer: "not before Go 1.22 upgrade" (rejected)',
      ], rng.int(3, 5));
      const diff = `--- a/internal/notify/sender.go\n+++ b/internal/notify/sender.go\n@@\n+func Send(u User, msg string) error {\n+    log.Printf("sending to %s", u.Email)\n+    resp, err := http.Post(webhookURL, "application/json", body(msg))\n+    if err != nil { return err }\n+    defer resp.Body.Close()\n+    return nil\n+}`;
      const messages: ChatMessage[] = [
        sys(rng.pick(['Code review bot for the payments-notify repo.', 'You review Go PRs for this team. Match how the maintainers review; skip what they told you not to comment on.'])),
        user(`Memory (retrieved, most relevant first):\n${memories.map((m) => `- ${m}`).join('\n')}\n\nNew PR #${rng.int(820, 900)}:\n${diff}`),
      ];
      return { messages, response_format: rng.chance(0.5) ? jsonSchema('review', { verdict: oneOf('approve', 'request_changes', 'comment'), comments: list(obj({ line: int, text: str })) }) : undefined };
    },
  },
  {
    id: 'bl-lr-preheat-history', label: 'learning', difficulty: 'medium', variants: 5,
    rationale: 'How fast this building warms up is only known from earlier mornings (start time, outdoor temperature, temperature reached at opening); the agent generalises that record to tomorrow’s start time.',
    make(rng, i) {
      const lang = langAt(['en', 'de', 'fr', 'en', 'en'], i);
      const days = Array.from({ length: rng.int(5, 9) }, (_, k) => {
        const out = rng.int(-6, 9);
        const start = `${pad(rng.int(3, 6))}:${pad(rng.pick([0, 15, 30, 45]))}`;
        return `${pad(k + 3)}.01 | outdoor ${out}°C | heat on ${start} | 08:00 indoor ${(17 + rng.int(0, 45) / 10).toFixed(1)}°C | ${rng.pick(['', '', 'windy', 'sunny', 'Monday after weekend setback'])}`;
      });
      const ask = t(lang, {
        en: `Tomorrow: ${rng.int(-8, 4)}°C at dawn, ${rng.pick(['calm', 'windy', 'sunny'])}, ${rng.pick(['a Monday', 'a Wednesday'])}. We need 20.5°C by 08:00 without burning gas for nothing. What time do the boilers start?`,
        de: `Morgen: ${rng.int(-8, 4)}°C in der Früh, ${rng.pick(['windstill', 'windig', 'sonnig'])}, ${rng.pick(['ein Montag', 'ein Mittwoch'])}. Wir brauchen 20,5°C um 08:00, ohne unnötig Gas zu verheizen. Wann starten die Kessel?`,
        fr: `Demain : ${rng.int(-8, 4)}°C à l’aube, ${rng.pick(['calme', 'venteux', 'ensoleillé'])}, ${rng.pick(['un lundi', 'un mercredi'])}. Il faut 20,5°C à 08:00 sans brûler du gaz pour rien. À quelle heure démarrent les chaudières ?`,
      });
      return { lang, messages: [sys(rng.pick(['Building energy assistant for a school.', 'BMS helper. Answer with a time and one line of reasoning.'])), user(`${days.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'bl-lr-page-history', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
    rationale: 'Whether to wake someone is decided by comparing the new alert with how similar earlier alerts turned out (real incident or noise); it ends as a yes/no, hence the simple_reflex secondary.',
    make(rng, i) {
      const lang = langAt(['en', 'en', 'ja', 'en'], i);
      const alert = rng.pick(['checkout-api p99 > 2s for 5m (eu-west-1)', 'kafka consumer lag orders-v2 > 50k', 'disk 91% on pg-replica-3', 'error rate 4% on auth-svc']);
      const history = Array.from({ length: rng.int(4, 7) }, () => `${rng.pick(['checkout-api p99 > 2s', 'kafka lag orders-v2', 'disk > 90% pg-replica', 'auth-svc errors > 3%'])} | ${rng.pick(['Sat 03:10', 'Tue 14:22', 'Sun 02:05', 'Thu 19:40'])} | ${rng.pick(['self-resolved in 8m (nightly batch)', 'real: bad deploy, rolled back', 'noise: synthetic probe flapping', 'real: upstream PSP outage', 'self-resolved (log rotation)'])}`);
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: 'On-call gatekeeper. Decide whether this alert pages the human now. Below are the closest earlier alerts and how they ended.',
          ja: 'オンコールのゲートキーパー。このアラートで今すぐ担当者を呼び出すか判断する。以下は類似した以前のアラートとその結末。',
        })),
        user(`${history.join('\n')}\n\nNOW ${rng.pick(['Sat 03:14', 'Wed 11:02', 'Sun 02:30'])}: ${alert}${rng.chance(0.5) ? ` (deploy ${rng.int(1, 50)} min ago)` : ''}`),
      ];
      return { lang, messages, response_format: jsonSchema('page', { page_now: bool, why: str }), temperature: 0 };
    },
  },
  {
    id: 'bl-lr-dose-history', label: 'learning', secondary: 'model_based_reflex', difficulty: 'hard', variants: 4,
    rationale: 'This patient’s own response to earlier dose changes (dose → INR a week later) is the evidence for the next dose, i.e. generalising from recorded trials; it also resembles tracking a hidden physiological value.',
    make(rng, i) {
      const lang = langAt(['en', 'es', 'en', 'de'], i);
      let dose = rng.pick([3, 4, 5]);
      const rows: string[] = [];
      for (let w = 1; w <= rng.int(4, 7); w++) {
        const inr = (1.4 + dose * 0.18 + rng.int(-4, 4) / 10).toFixed(1);
        rows.push(`wk ${w}: ${dose} mg/day → INR ${inr}${rng.chance(0.2) ? ' (missed 2 doses)' : ''}${rng.chance(0.15) ? ' (started antibiotic)' : ''}`);
        dose = Math.max(2, Math.min(7, dose + rng.pick([-0.5, 0, 0.5, 1])));
      }
      const ask = t(lang, {
        en: `Target INR 2.0–3.0. Today INR ${(1.6 + rng.int(0, 20) / 10).toFixed(1)} on ${dose} mg/day. Suggest next week's dose for the pharmacist to check, with the reason from this patient's record.`,
        es: `INR objetivo 2,0–3,0. Hoy INR ${(1.6 + rng.int(0, 20) / 10).toFixed(1)} con ${dose} mg/día. Sugiere la dosis de la próxima semana para que la revise el farmacéutico, razonando con el historial de este paciente.`,
        de: `Ziel-INR 2,0–3,0. Heute INR ${(1.6 + rng.int(0, 20) / 10).toFixed(1)} unter ${dose} mg/Tag. Schlag die Dosis für nächste Woche zur Prüfung durch die Apotheke vor, begründet mit dem Verlauf dieses Patienten.`,
      });
      return { lang, messages: [sys('Anticoagulation clinic decision support. Suggestions are reviewed by a pharmacist before use.'), user(`Warfarin record:\n${rows.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'bl-lr-hparam-runs', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Earlier training runs and their validation scores are the experience; the agent must generalise from them to propose the next configuration, which is also a search for the highest score.',
    make(rng, i) {
      const lang = langAt(['en', 'zh', 'en', 'en', 'pt'], i);
      const runs = Array.from({ length: rng.int(5, 10) }, (_, k) => `run-${pad(k + 1)} lr=${rng.pick(['1e-4', '3e-4', '1e-3', '3e-3'])} bs=${rng.pick([32, 64, 128, 256])} wd=${rng.pick(['0', '0.01', '0.1'])} warmup=${rng.pick([0, 500, 2000])} → val_f1=${(rng.int(610, 790) / 1000).toFixed(3)}${rng.chance(0.2) ? ' (diverged at step 3k)' : ''}`);
      const ask = t(lang, {
        en: `Budget for ${rng.int(1, 3)} more runs this week. Give me the next config(s) to launch and what you expect from each.`,
        zh: `本周还能跑 ${rng.int(1, 3)} 次。给出下一步要启动的配置，以及你对每个配置的预期。`,
        pt: `Orçamento para mais ${rng.int(1, 3)} execuções esta semana. Diga a(s) próxima(s) configuração(ões) e o que espera de cada uma.`,
      });
      const messages: ChatMessage[] = [sys(rng.pick(['ML experiment assistant.', 'You propose training configs for a DeBERTa fine-tune on our intent data.', 'Tuning assistant. Use the past runs to pick what to try next.']))];
      if (rng.chance(0.5)) {
        messages.push(user(ask));
        exchange(rng, messages, 'query_runs', { project: 'intent-ft', limit: 20 }, runs.join('\n'));
      } else {
        messages.push(user(`${runs.join('\n')}\n\n${ask}`));
      }
      return { lang, messages, tools: [tool('query_runs', 'Fetch finished runs from the tracker.', { project: str, limit: int }), tool('launch_run', 'Launch a training run.', { lr: num, batch_size: int, weight_decay: num, warmup_steps: int })] };
    },
  },
  {
    id: 'bl-lr-glossary-edits', label: 'learning', difficulty: 'hard', variants: 5,
    rationale: 'Reviewer edits to the agent’s earlier translations are carried in context and must be generalised (terminology, tone, length) to a new string, not just translated literally.',
    make(rng, i) {
      const lang = langAt(['de', 'fr', 'ja', 'es', 'de'], i);
      const edits: Record<string, string[]> = {
        de: ['"Sign in" → mine: "Einloggen" → reviewer: "Anmelden" (house style)', '"Your cart" → mine: "Ihr Warenkorb" → reviewer: "Dein Warenkorb" (we say du)', '"Checkout now!" → mine: "Jetzt zur Kasse!" → reviewer: kept', '"Free returns" → mine: "Kostenlose Rückgaben" → reviewer: "Kostenloser Rückversand"'],
        fr: ['"Sign in" → moi : "S’identifier" → relecteur : "Se connecter"', '"Your cart" → moi : "Votre chariot" → relecteur : "Votre panier"', '"Checkout now!" → moi : "Payez maintenant !" → relecteur : "Commander" (pas d’impératif agressif)', '"Free returns" → moi : "Retours gratuits" → relecteur : gardé'],
        ja: ['"Sign in" → 自分: "サインイン" → レビュー: "ログイン"（社内表記）', '"Your cart" → 自分: "あなたのカート" → レビュー: "カート"（「あなたの」は不要）', '"Checkout now!" → 自分: "今すぐチェックアウト！" → レビュー: "レジに進む"', '"Free returns" → 自分: "無料返品" → レビュー: そのまま'],
        es: ['"Sign in" → yo: "Registrarse" → revisor: "Iniciar sesión"', '"Your cart" → yo: "Su carrito" → revisor: "Tu cesta" (tuteo, España)', '"Checkout now!" → yo: "¡Pague ya!" → revisor: "Tramitar pedido"', '"Free returns" → yo: "Devoluciones gratis" → revisor: se queda'],
      };
      const src = rng.pick(['Sign in to see your saved carts and free returns.', 'Checkout now and your cart ships today.', 'Your cart is empty. Sign in to restore it.']);
      const instr = t(lang, {
        en: '', de: `Übersetze den neuen UI-String ins Deutsche. Frühere Korrekturen der Lektorin an deinen Übersetzungen:\n`, fr: `Traduis la nouvelle chaîne d’interface en français. Corrections du relecteur sur tes traductions précédentes :\n`,
        ja: `新しいUI文字列を日本語に翻訳してください。以前のあなたの訳に対するレビュアーの修正：\n`, es: `Traduce la nueva cadena de interfaz al español de España. Correcciones del revisor a tus traducciones anteriores:\n`,
      });
      const list_ = rng.sample(edits[lang]!, rng.int(3, 4));
      return { lang, messages: [sys('Localisation agent for a retail app.'), user(`${instr}${list_.join('\n')}\n\n>>> ${src}`)], temperature: 0.2 };
    },
  },

  // ---------------------------------------------------------------- non-agentic
  {
    id: 'bl-na-regex-help', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
    rationale: 'Writing a regular expression on request is one-off coding help, with no environment, loop or decision.',
    make(rng, i) {
      const lang = langAt(['en', 'es', 'de', 'en', 'ja'], i);
      const ask = t(lang, {
        en: rng.pick(['regex for a UK postcode? needs to allow the space to be optional', 'Write a regex that matches ISO dates (YYYY-MM-DD) but not 2023-13-01.', 'JS regex to pull the order number out of "Order #A-123456 confirmed"']),
        es: '¿Me escribes una expresión regular para validar un NIF español (8 dígitos y una letra)?',
        de: 'Regex für eine deutsche IBAN (DE + 20 Ziffern, Leerzeichen erlaubt)?',
        ja: '日本の郵便番号（123-4567、ハイフンなしも可）にマッチする正規表現を教えてください。',
      });
      const messages: ChatMessage[] = [];
      if (rng.chance(0.3)) messages.push(sys('You are a helpful coding assistant.'));
      messages.push(user(ask));
      if (rng.chance(0.3)) messages.push(say('Here is one: `^\\d{3}-?\\d{4}$`'), user(t(lang, { en: 'and in Python?', es: '¿y en Python?', de: 'und in Python?', ja: 'Pythonではどう書きますか？' })));
      return { lang, messages };
    },
  },
  {
    id: 'bl-na-invoice-extract', label: 'simple_reflex', agentic: false, difficulty: 'medium', variants: 5,
    rationale: 'Pulling fields out of one invoice text into JSON is document extraction: structured output, but no action, environment or choice.',
    make(rng, i) {
      const lang = langAt(['de', 'en', 'fr', 'es', 'en'], i);
      const amount = (rng.int(5000, 900000) / 100).toFixed(2);
      const doc = t(lang, {
        en: `INVOICE No. ${rng.int(1000, 9999)}\nBrightline Supplies Ltd, 14 Mill Road, Leeds\nDate: ${pad(rng.int(1, 28))}/0${rng.int(1, 9)}/2025\nBill to: Harbor Cafe LLC\n2 x espresso grinder ... \nSubtotal ...\nVAT 20% ...\nTOTAL GBP ${amount}\nPayment within 30 days`,
        de: `RECHNUNG Nr. ${rng.int(1000, 9999)}\nMüller & Söhne GmbH, Hauptstr. 5, 70173 Stuttgart\nRechnungsdatum: ${pad(rng.int(1, 28))}.0${rng.int(1, 9)}.2025\nLeistungsempfänger: Bäckerei Kranz\n...\nNetto ...\nUSt 19 % ...\nGesamtbetrag EUR ${amount.replace('.', ',')}\nZahlbar innerhalb von 14 Tagen ohne Abzug`,
        fr: `FACTURE N° ${rng.int(1000, 9999)}\nAtelier Durand SARL, 12 rue des Lilas, 69003 Lyon\nDate : ${pad(rng.int(1, 28))}/0${rng.int(1, 9)}/2025\nClient : Librairie du Parc\n...\nTotal HT ...\nTVA 20 % ...\nTotal TTC ${amount.replace('.', ',')} €\nÉchéance : 30 jours fin de mois`,
        es: `FACTURA Nº ${rng.int(1000, 9999)}\nSuministros Ibérica S.L., C/ Mayor 8, 28013 Madrid\nFecha: ${pad(rng.int(1, 28))}/0${rng.int(1, 9)}/2025\nCliente: Bar La Esquina\n...\nBase imponible ...\nIVA 21 % ...\nTOTAL ${amount.replace('.', ',')} €\nVencimiento a 30 días`,
      });
      return {
        lang,
        messages: [sys('Extract the invoice header fields. Use ISO dates and a dot as decimal separator. Null when absent.'), user(doc)],
        response_format: jsonSchema('invoice_fields', { invoice_number: str, supplier_name: str, customer_name: str, invoice_date: str, total: num, currency: str, payment_terms_days: int }),
        temperature: 0,
      };
    },
  },
  {
    id: 'bl-na-trip-ideas', label: 'goal_based', agentic: false, secondary: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Asking for sightseeing ideas for a short trip is travel chat: suggestions for the user to read, with no tools, search space or commitment (it sits nearest an itinerary plan, or a choice among options).',
    make(rng, i) {
      const lang = langAt(['en', 'fr', 'pt', 'zh', 'en'], i);
      const city = rng.pick(['Kyoto', 'Lisbon', 'Mexico City', 'Edinburgh', 'Istanbul']);
      const n = rng.int(2, 4);
      const messages: ChatMessage[] = [user(t(lang, {
        en: `Going to ${city} for ${n} days in ${rng.pick(['March', 'October', 'late June'])} with my partner, we like food markets and walking, not museums. What should we see?`,
        fr: `On part ${n} jours à ${city} en ${rng.pick(['mars', 'octobre'])} avec mon compagnon, on aime les marchés et marcher, pas trop les musées. Qu’est-ce qu’on ne doit pas rater ?`,
        pt: `Vou passar ${n} dias em ${city} em ${rng.pick(['março', 'outubro'])} com a minha namorada, gostamos de mercados e de caminhar, museus nem tanto. O que vale a pena ver?`,
        zh: `我和伴侣${rng.pick(['三月', '十月'])}去${city}玩${n}天，喜欢逛市场和散步，不太喜欢博物馆。有什么值得看的？`,
      }))];
      if (rng.chance(0.5)) {
        messages.push(say(t(lang, { en: 'Happy to help! A few ideas: the central market in the morning, the old town on foot, a sunset viewpoint…', fr: 'Avec plaisir ! Quelques idées : le marché central le matin, la vieille ville à pied, un belvédère au coucher du soleil…', pt: 'Com todo o gosto! Algumas ideias: o mercado central de manhã, a cidade velha a pé, um miradouro ao pôr do sol…', zh: '乐意帮忙！几个建议：早上逛中央市场，步行游览老城区，傍晚去观景台看日落……' })));
        messages.push(user(t(lang, { en: 'Nice. Any day trip worth it, or is that too rushed?', fr: 'Super. Une excursion d’une journée vaut le coup, ou c’est trop juste ?', pt: 'Boa. Vale a pena um passeio de um dia ou fica muito corrido?', zh: '不错。值得安排一日游吗，还是太赶了？' })));
      }
      return { lang, messages, temperature: 0.8 };
    },
  },
  {
    id: 'bl-na-word-problem', label: 'utility_based', agentic: false, difficulty: 'hard', variants: 5,
    rationale: 'A textbook optimisation exercise solved for a student is maths help; the numbers and “largest area” wording resemble a trade-off but nothing is chosen or acted on.',
    make(rng, i) {
      const lang = langAt(['en', 'es', 'de', 'en', 'en'], i);
      const m = rng.int(40, 200);
      const ask = t(lang, {
        en: rng.pick([
          `A farmer has ${m} m of fencing to enclose a rectangular pen along a river (no fence needed on the river side). What dimensions give the largest area? Show the calculus.`,
          `An open box is made from a ${rng.int(20, 40)} cm square sheet by cutting equal squares from each corner. Find the cut size for the largest volume.`,
          `Ticket price $${rng.int(10, 30)} sells ${rng.int(200, 600)} seats; every $1 increase loses 10 sales. Which price gives the most revenue? It's for my homework, please explain each step.`,
        ]),
        es: `Un granjero tiene ${m} m de valla para cercar un corral rectangular junto a un río (no hace falta valla en el lado del río). ¿Qué dimensiones dan el área más grande? Explícalo paso a paso, es para clase.`,
        de: `Aus einem quadratischen Blech mit ${rng.int(20, 40)} cm Seitenlänge soll eine oben offene Schachtel entstehen, indem man an den Ecken gleich große Quadrate ausschneidet. Bei welcher Schnittgröße ist das Volumen am größten? Bitte mit Ableitung.`,
      });
      return { lang, messages: [user(ask)] };
    },
  },
  {
    id: 'bl-na-product-copy', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
    rationale: 'Writing a shop description from a list of attributes is copywriting; there is no environment, memory or decision.',
    make(rng, i) {
      const lang = langAt(['en', 'fr', 'ja', 'en', 'pt'], i);
      const p = rng.pick([
        { name: 'Alpine 2-person tent', attrs: '2.1 kg, 3000 mm hydrostatic head, 2 vestibules, aluminium poles' },
        { name: 'Ceramic pour-over set', attrs: 'handmade stoneware, 600 ml server, fits #2 filters, dishwasher safe' },
        { name: 'Kids’ balance bike', attrs: '12-inch air tyres, 3.4 kg, seat 30–42 cm, ages 2–5' },
      ]);
      const ask = t(lang, {
        en: `Write a product description (~80 words, friendly, no emojis) for "${p.name}". Specs: ${p.attrs}. Add 3 bullet points.`,
        fr: `Rédige une fiche produit (~80 mots, ton chaleureux, sans emoji) pour « ${p.name} ». Caractéristiques : ${p.attrs}. Ajoute 3 puces.`,
        ja: `「${p.name}」の商品説明を書いてください（約150字、親しみやすく、絵文字なし）。仕様：${p.attrs}。箇条書きを3つ付けてください。`,
        pt: `Escreva uma descrição de produto (~80 palavras, tom simpático, sem emojis) para "${p.name}". Especificações: ${p.attrs}. Acrescente 3 tópicos.`,
      });
      const messages: ChatMessage[] = rng.chance(0.5) ? [sys(rng.pick(['You write e-commerce copy for an outdoor and home goods shop.', 'Copywriter.'])), user(ask)] : [user(ask)];
      return { lang, messages, temperature: 0.9 };
    },
  },
  {
    id: 'bl-na-release-notes', label: 'model_based_reflex', agentic: false, difficulty: 'medium', variants: 4,
    rationale: 'Turning a list of commits into user-facing release notes is summarisation and rewriting; the sequence of entries carries no world to keep up to date and no decision.',
    make(rng) {
      const commits = rng.sample([
        'feat(export): CSV export for invoices (#412)', 'fix(auth): refresh token not rotated on password change', 'chore(deps): bump axios 1.6.7 -> 1.7.2',
        'feat(ui): dark mode toggle in settings', 'fix(pdf): wrong currency symbol for CHF', 'perf(search): debounce input, 40% fewer requests',
        'docs: update self-hosting guide', 'fix(mobile): crash when camera permission denied', 'refactor(billing): split tax calc module',
      ], rng.int(5, 8));
      const messages: ChatMessage[] = [user(`${rng.pick(['Write release notes for v', 'Turn these commits into customer-facing release notes for version '])}${rng.int(2, 5)}.${rng.int(0, 20)}.0. Group into New, Fixed, Improved; skip internal stuff.\n\n${commits.join('\n')}`)];
      if (rng.chance(0.4)) messages.push(say('**New**\n- CSV export for invoices\n…'), user('Shorter please, and mention the crash fix first.'));
      return { messages };
    },
  },
  {
    id: 'bl-na-clause-question', label: 'goal_based', agentic: false, difficulty: 'medium', variants: 5,
    rationale: 'Explaining what a contract clause means is legal Q&A for a reader; nothing is decided, pursued or acted upon by the model.',
    make(rng, i) {
      const lang = langAt(['en', 'de', 'en', 'es', 'fr'], i);
      const ask = t(lang, {
        en: rng.pick([
          'My lease says "Tenant shall indemnify and hold harmless Landlord from any claims arising from Tenant’s use of the premises." What does that actually mean for me?',
          'What is the difference between "terminate for convenience" and "terminate for cause" in a services agreement?',
          'Our NDA has a "residuals clause". In plain English, what does it allow the other side to do?',
        ]),
        de: 'In meinem Arbeitsvertrag steht eine „Ausschlussfrist von drei Monaten“. Was bedeutet das konkret?',
        es: 'En mi contrato de alquiler pone "fianza equivalente a dos mensualidades y garantía adicional". ¿Qué diferencia hay entre las dos?',
        fr: 'Mon contrat contient une « clause de non-concurrence de 12 mois sans contrepartie financière ». Est-ce que c’est valable en France ?',
      });
      return { lang, messages: [user(ask)] };
    },
  },
];
