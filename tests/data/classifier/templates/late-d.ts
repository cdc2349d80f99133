// Late-author families (xd-*): written 2026-12-02 from the type definitions only, by an author who never saw the classifier, its errors or the held-out families. Never trained on (bench/RESULTS.md, sixteenth round).
import type { ChatMessage } from '../../../../src/core/types';
import {
  type Family, type Lang, type Rng, sys, user, say, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

const money = (rng: Rng, lo: number, hi: number): string => (rng.int(lo * 100, hi * 100) / 100).toFixed(2);
const cur = (lang: Lang): string => t(lang, { en: '£', de: '€', es: '€', fr: '€', pt: 'R$', ja: '¥', zh: '¥' });

// ---------------------------------------------------------------- simple_reflex

const receiptCategory: Family = {
  id: 'xd-sr-receipt-category',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'One receipt line in, one expense category out; nothing carried between calls.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es', 'en'], i);
    const items: Record<string, [string, string][]> = {
      en: [['Tesco Extra', 'Whiskas pouches 12x85g'], ['Shell Garage', 'Unleaded 34.2L'], ['Boots', 'Calpol 6+ 200ml'], ['Wilko', 'Extension lead 4-way 2m'], ['Pizza Express', 'Table 7 - 2 covers']],
      de: [['REWE', 'Katzenstreu 10 l'], ['Aral', 'Super E10 41,3 l'], ['dm-drogerie', 'Kinder-Zahnpasta'], ['OBI', 'Silikon sanitär weiß'], ['Vapiano', 'Pasta Pesto, Tisch 12']],
      es: [['Mercadona', 'Pienso perro adulto 4kg'], ['Repsol', 'Gasolina 95 38,1 L'], ['Farmacia Sol', 'Ibuprofeno 400mg'], ['Leroy Merlin', 'Bombilla LED E27 x3'], ['Cines Yelmo', '2 entradas sala 4']],
    };
    const [merchant, item] = rng.pick(items[lang] ?? items.en!);
    const amount = money(rng, 2, 90);
    const cats = ['groceries', 'dining', 'transport', 'household', 'health', 'kids', 'pets', 'entertainment', 'other'];
    const messages: ChatMessage[] = [];
    messages.push(sys(`You are the receipt categoriser in Pennywise, a household expense app used by families to see where money goes each month.
Return exactly one category per receipt line.
Categories: ${cats.join(', ')}.
Rules:
- Categorise by the ITEM, not the merchant. A supermarket line for cat litter is "pets"; a pharmacy line for nappies is "kids".
- Fuel, parking, tickets and taxis are "transport".
- Tools, bulbs, cleaning products and small furniture are "household".
- If you cannot tell, use "other" with low confidence.
Answer with JSON only.`));
    const line = t(lang, {
      en: `Merchant: ${merchant}\nItem: ${item}\nAmount: £${amount}`,
      de: `Händler: ${merchant}\nArtikel: ${item}\nBetrag: ${amount.replace('.', ',')} €`,
      es: `Comercio: ${merchant}\nArtículo: ${item}\nImporte: ${amount.replace('.', ',')} €`,
    });
    messages.push(user(line));
    return {
      lang, messages,
      response_format: jsonSchema('receipt_category', { category: oneOf(...cats), confidence: num }),
      max_tokens: rng.chance(0.5) ? 40 : undefined,
      temperature: 0,
    };
  },
};

const ageCheck: Family = {
  id: 'xd-sr-age-check-item',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each scanned item is checked on its own against a fixed list of age-restricted goods.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'zh', 'en'], i);
    const items = [
      ['5012345678900', 'Old Mout Cider Berries & Lime 4x500ml'], ['5000157024671', 'Stanley utility knife retractable'],
      ['8711327523014', 'Monster Energy Ultra 500ml'], ['5010677015462', 'Evo-Stik contact adhesive 250ml'],
      ['4006381333931', 'Stabilo highlighter 4 pack'], ['5000128102233', 'Amber Leaf rolling tobacco 30g'],
      ['5029053548753', 'Cathedral City mature cheddar 350g'], ['9300633640321', 'Disposable lighter x2'],
    ];
    const [sku, name] = rng.pick(items);
    const store = rng.pick(['Patel News & Food', 'Corner Stop Kelso Rd', 'Mini Mercado Alvorada', 'Lucky Mart']);
    const messages: ChatMessage[] = [
      sys(`POS helper for ${store}. The till calls you once per scanned item. Decide if the cashier must see photo ID before completing the sale.
Restricted: alcohol (18), tobacco and lighters (18), knives and blades (18), solvents and adhesives with solvent warnings (18), energy drinks over 150mg/l caffeine (16, shop policy), lottery and scratchcards (18).
Everything else: no ID needed. Respond with the JSON object only; the till shows it as a pop-up.`),
      user(t(lang, {
        en: `SKU ${sku} | ${name} | qty ${rng.int(1, 3)}`,
        pt: `SKU ${sku} | ${name} | qtd ${rng.int(1, 3)} — precisa pedir documento?`,
        zh: `条码 ${sku} | ${name} | 数量 ${rng.int(1, 3)}，需要查看顾客证件吗？`,
      })),
    ];
    return {
      lang, messages,
      response_format: jsonSchema('id_check', {
        id_required: bool, min_age: int,
        reason_code: oneOf('alcohol', 'tobacco', 'blade', 'solvent', 'energy_drink', 'lottery', 'none'),
      }),
      max_tokens: 60,
    };
  },
};

const repairTrade: Family = {
  id: 'xd-sr-repair-trade',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A homeowner job description is routed to one trade by a fixed mapping, in a single call.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de', 'en'], i);
    const jobs: Record<string, string[]> = {
      en: ['Kitchen tap drips constantly even when fully closed, mixer type, about 8 years old.',
        'Half the sockets in the lounge stopped working after the breaker tripped, reset did nothing.',
        'Back door swollen and sticking at the bottom, need it shaved down or rehung.',
        'Damp patch on bedroom ceiling under the bathroom, getting bigger after showers.',
        'Want two radiators bled and one thermostatic valve swapped.',
        'Loose roof tiles after the storm, one is in the garden.'],
      fr: ['La chasse d\'eau coule en continu depuis hier soir, WC suspendu.',
        'Le disjoncteur de la cuisine saute dès qu\'on allume le four.',
        'Porte de placard décrochée, charnière arrachée du bois.'],
      de: ['Der Abfluss in der Dusche läuft kaum noch ab, Haare vermutlich.',
        'Im Flur flackert die Deckenleuchte und der Schalter wird warm.',
        'Mehrere Fliesen im Bad sind hohl und eine ist gesprungen.'],
    };
    const job = rng.pick(jobs[lang] ?? jobs.en!);
    const postcode = rng.pick(['LS6 2QT', '75011', 'BS3 4RL', '80331', 'M14 5AB']);
    const messages: ChatMessage[] = [];
    if (rng.chance(0.7)) {
      messages.push(sys(`FixLocal job intake. Route every new job to exactly one trade by calling route_job. Trades: plumber, electrician, carpenter, roofer, heating_engineer, tiler, handyperson.
Water leaks and drains -> plumber unless it is a radiator/boiler -> heating_engineer. Anything with sockets, switches, lights, fuse boards -> electrician. Doors, windows frames, cupboards -> carpenter. Do not chat with the customer.`));
    }
    messages.push(user(`${t(lang, { en: 'New job', fr: 'Nouvelle demande', de: 'Neuer Auftrag' })} #${rng.int(20000, 99999)} (${postcode}): ${job}`));
    return {
      lang, messages,
      tools: [tool('route_job', 'Send the job to the matching trade queue.', {
        trade: oneOf('plumber', 'electrician', 'carpenter', 'roofer', 'heating_engineer', 'tiler', 'handyperson'),
        needs_site_visit: bool,
      })],
      tool_choice: { type: 'function', function: { name: 'route_job' } },
    };
  },
};

const clubRsvp: Family = {
  id: 'xd-sr-club-rsvp',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A single group-chat reply is read for attendance yes/no/maybe with a guest count; no context is kept.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'ja', 'en', 'pt'], i);
    const club = rng.pick(['Riverside Community Choir', 'Hillcrest Parkrun Crew', 'Thursday Boardgamers', 'Eastside Ukulele Club']);
    const replies: Record<string, string[]> = {
      en: ['count me in, bringing my sister too', 'gutted, away that weekend', 'prob but might be late from work', 'yes x2 (me + Dave)', 'not this time sorry 🙈'],
      es: ['allí estaré, y llevo a mi primo', 'esta vez no puedo, lo siento', 'igual sí, depende del trabajo'],
      ja: ['参加します！友達も一人連れて行きます', '今回は欠席します、すみません', 'たぶん行けますが遅れるかも'],
      pt: ['tô dentro, levo minha esposa', 'dessa vez não vai dar', 'talvez, confirmo amanhã'],
    };
    const reply = rng.pick(replies[lang] ?? replies.en!);
    const event = rng.pick(['Thursday rehearsal', 'Sunday social run', 'games night', 'summer fete slot']);
    const withSys = rng.chance(0.6);
    const messages: ChatMessage[] = [];
    if (withSys) messages.push(sys(`You read replies to ${club}'s event polls. Output attending (yes/no/maybe) and how many extra guests the person brings. Emojis and slang are common. JSON only.`));
    messages.push(user(withSys ? `Event: ${event}\nReply from ${rng.pick(['Sam', 'Lucía', 'Kenji', 'Ana', 'Priya'])}: "${reply}"`
      : `Classify this reply to our ${event} poll as yes/no/maybe and count guests. Reply: "${reply}"`));
    return {
      lang, messages,
      response_format: jsonSchema('rsvp', { attending: oneOf('yes', 'no', 'maybe'), extra_guests: int }),
      max_tokens: rng.pick([30, 50, 64]),
    };
  },
};

const bankAlertKind: Family = {
  id: 'xd-sr-bank-alert-kind',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each incoming bank notification is tagged with a kind from a fixed list, independently of others.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr'], i);
    const notes: Record<string, string[]> = {
      en: [`Monzo: You spent £${money(rng, 3, 60)} at Greggs. Balance £${money(rng, 100, 900)}.`,
        `Your statement for ${rng.pick(['March', 'April', 'May'])} is ready to view in the app.`,
        `Heads up: your balance is below £50. Direct debit to EE due tomorrow.`,
        `You received £${money(rng, 20, 400)} from J SMITH ref "football subs".`,
        `Your card ending ${rng.int(1000, 9999)} expires next month. A replacement is on its way.`],
      de: [`Sparkasse: Lastschrift ${money(rng, 10, 120).replace('.', ',')} € Stadtwerke Abschlag eingegangen.`,
        `Gutschrift: ${money(rng, 50, 900).replace('.', ',')} € von Müller Kerstin, Verwendungszweck Miete Garage.`,
        `Ihr Kontoauszug für den Vormonat steht im Postfach bereit.`],
      fr: [`Crédit Agricole : paiement CB de ${money(rng, 5, 80).replace('.', ',')} € chez Carrefour Market.`,
        `Votre solde est inférieur à 100 €. Pensez à alimenter votre compte.`,
        `Virement reçu de DUPONT M. : ${money(rng, 30, 500).replace('.', ',')} €, motif « cotisation club ».`],
    };
    const note = rng.pick(notes[lang] ?? notes.en!);
    return {
      lang,
      messages: [
        sys('Tag the bank notification for the Kitty household budget app. Kinds: card_payment, direct_debit, incoming_transfer, low_balance, statement_ready, card_expiry, other. Return one kind.'),
        user(note),
      ],
      response_format: jsonSchema('alert_kind', { kind: oneOf('card_payment', 'direct_debit', 'incoming_transfer', 'low_balance', 'statement_ready', 'card_expiry', 'other') }),
      max_tokens: 20,
    };
  },
};

const petFoodCheck: Family = {
  id: 'xd-sr-pet-food-check',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A one-shot lookup of whether one food is safe for one species, answered as a fixed verdict.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'es', 'en'], i);
    const pet = rng.pick(['dog', 'cat', 'rabbit']);
    const food = t(lang, {
      en: rng.pick(['grapes', 'plain cooked chicken', 'a bit of dark chocolate', 'cucumber slices', 'onion gravy', 'peanut butter with xylitol']),
      ja: rng.pick(['ぶどう', '茹でた鶏むね肉', 'チョコレート少し', 'きゅうり']),
      es: rng.pick(['uvas', 'pollo cocido sin sal', 'un trozo de chocolate negro', 'zanahoria cruda']),
    });
    const petName = t(lang, { en: pet, ja: { dog: '犬', cat: '猫', rabbit: 'うさぎ' }[pet]!, es: { dog: 'perro', cat: 'gato', rabbit: 'conejo' }[pet]! });
    const q = t(lang, {
      en: `My ${petName} just ate ${food}. Is that ok?`,
      ja: `うちの${petName}が${food}を食べてしまいました。大丈夫ですか？`,
      es: `Mi ${petName} se acaba de comer ${food}. ¿Es peligroso?`,
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('PawPal quick check. Answer with a verdict only: safe, caution or toxic, plus a call_vet flag. No explanations; the app shows its own article for each verdict.'));
    messages.push(user(q));
    return {
      lang, messages,
      response_format: jsonSchema('food_verdict', { verdict: oneOf('safe', 'caution', 'toxic'), call_vet: bool }),
      max_tokens: 30,
    };
  },
};

// ---------------------------------------------------------------- model_based_reflex

const catFlap: Family = {
  id: 'xd-mb-cat-flap',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The agent reconstructs where each cat is and whether it has eaten from a stream of partial flap and bowl events.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr', 'en'], i);
    const cats = rng.sample(['Miso', 'Pickle', 'Bramble', 'Luna', 'Otto', 'Nori'], 3);
    const h0 = rng.int(14, 17);
    const flap = [] as { ts: string; chip: string | null; direction: string }[];
    let h = h0;
    for (let k = 0; k < rng.int(5, 8); k++) {
      h += rng.int(0, 1);
      flap.push({ ts: `${pad(h)}:${pad(rng.int(0, 59))}`, chip: rng.chance(0.85) ? rng.pick(cats) : null, direction: rng.pick(['in', 'out', 'unknown']) });
    }
    const bowls = cats.slice(0, 2).map((c) => ({ ts: `${pad(h0 + rng.int(1, 4))}:${pad(rng.int(0, 59))}`, bowl: `bowl_${c.toLowerCase()}`, chip: c, grams_eaten: rng.int(0, 45) }));
    const messages: ChatMessage[] = [
      sys(`You are the home assistant for the ${rng.pick(['Okafor', 'Weber', 'Lambert', 'Hughes'])} household. You can read the microchip cat flap (SureFlap-style) and the microchip feeders.
The flap sometimes logs direction "unknown" when a cat pokes its head through and backs out, and chip null when a neighbour's cat or a cat without its chip read pushes through.
Keep track across the conversation of who is indoors and who has eaten, and answer in the user's language. Be brief; the user reads this on a phone.`),
      user(t(lang, { en: 'Evening check please — who is home?', de: 'Kurzer Abendcheck bitte — wer ist zu Hause?', fr: 'Petit point du soir : qui est à la maison ?' })),
    ];
    exchange(rng, messages, 'get_flap_events', { since: `${pad(h0)}:00` }, { device: 'flap_back_door', events: flap.slice(0, 3) });
    messages.push(say(t(lang, {
      en: `So far: ${flap[0]!.chip ?? 'an unknown cat'} went ${flap[0]!.direction} at ${flap[0]!.ts}. Checking later events and the feeders.`,
      de: `Bisher: ${flap[0]!.chip ?? 'eine unbekannte Katze'} um ${flap[0]!.ts} (${flap[0]!.direction}). Ich prüfe die späteren Ereignisse und Futterstationen.`,
      fr: `Pour l'instant : ${flap[0]!.chip ?? 'un chat inconnu'} à ${flap[0]!.ts} (${flap[0]!.direction}). Je regarde la suite et les gamelles.`,
    })));
    exchange(rng, messages, 'get_flap_events', { since: flap[2]!.ts }, { device: 'flap_back_door', events: flap.slice(3) });
    exchange(rng, messages, 'get_feeder_events', { since: `${pad(h0)}:00` }, bowls);
    if (rng.chance(0.5)) messages.push(user(t(lang, { en: `Also, ${cats[2]} never showed on the feeder — is that right?`, de: `Und ${cats[2]} war gar nicht am Futter, oder?`, fr: `Et ${cats[2]} n'est pas passé à la gamelle, c'est bien ça ?` })));
    messages.push(user(t(lang, {
      en: `I'm about to lock the flap for the night. Which cats are inside right now, and has ${cats[0]} eaten since ${pad(h0)}:00?`,
      de: `Ich sperre gleich die Klappe für die Nacht. Welche Katzen sind gerade drinnen, und hat ${cats[0]} seit ${pad(h0)}:00 gefressen?`,
      fr: `Je vais verrouiller la chatière pour la nuit. Quels chats sont dedans en ce moment, et ${cats[0]} a-t-il mangé depuis ${pad(h0)}h ?`,
    })));
    return {
      lang, messages,
      tools: [
        tool('get_flap_events', 'Read cat flap events since a time (HH:MM, local).', { since: str }),
        tool('get_feeder_events', 'Read microchip feeder events since a time.', { since: str }),
        tool('set_flap_mode', 'Set flap mode.', { mode: oneOf('open', 'in_only', 'locked') }),
      ],
    };
  },
};

const laundromat: Family = {
  id: 'xd-mb-laundromat',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Machine availability is inferred from incremental event logs pasted over several turns; the agent answers what is free and what is stuck now.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'pt'], i);
    const n = rng.int(6, 10);
    const chunk = (startMin: number): string => {
      const lines: string[] = [];
      for (let k = 0; k < rng.int(4, 7); k++) {
        const m = startMin + k * rng.int(2, 6);
        const kind = rng.pick(['W', 'D']);
        const ev = rng.pick(['COIN_OK', 'CYCLE_START', 'CYCLE_END', 'DOOR_OPEN', 'DOOR_CLOSE', 'ERR_E21_DRAIN', 'ERR_DOOR_LOCK', 'COIN_REJECT']);
        lines.push(`${pad(9 + Math.floor(m / 60))}:${pad(m % 60)} ${kind}${rng.int(1, n)} ${ev}${ev === 'CYCLE_START' ? ` prog=${rng.pick(['40C', '60C', 'QUICK', 'HIGH', 'LOW'])} t=${rng.int(28, 55)}m` : ''}`);
      }
      return lines.join('\n');
    };
    const messages: ChatMessage[] = [
      sys(`You help the owner of ${rng.pick(['SpinCity Launderette', 'Lavandería La Burbuja', 'Lavanderia Bolha Azul', 'Suds & Co'])} keep an eye on the machines (washers W1-W${n}, dryers D1-D${n}). The machines only send events, not live status, so you must work out from the log what each machine is doing. A machine with an ERR that has not been followed by DOOR_OPEN and a new CYCLE_START should be treated as out of order. Answer in the owner's language, in a short list.`),
      user(t(lang, { en: 'Morning log so far:', es: 'Registro de esta mañana hasta ahora:', pt: 'Log da manhã até agora:' }) + '\n' + chunk(0)),
      say(t(lang, { en: 'Noted. Send the next chunk when you have it.', es: 'Anotado. Mándame el siguiente bloque cuando lo tengas.', pt: 'Anotado. Manda o próximo trecho quando tiver.' })),
      user(chunk(30)),
    ];
    if (rng.chance(0.6)) {
      messages.push(say(t(lang, { en: 'Got it. A couple of machines show errors; I will flag them when you ask.', es: 'Recibido. Hay un par de máquinas con errores; te las marco cuando me preguntes.', pt: 'Recebido. Algumas máquinas têm erros; aviso quando você perguntar.' })), user(chunk(65)));
    }
    messages.push(user(t(lang, {
      en: 'A customer just walked in with two loads. Which washers can they use right now, and is anything stuck that I need to go reset?',
      es: 'Acaba de entrar una clienta con dos coladas. ¿Qué lavadoras puede usar ahora mismo y hay alguna atascada que tenga que reiniciar?',
      pt: 'Acabou de chegar um cliente com duas cargas. Quais lavadoras ele pode usar agora e tem alguma travada que eu precise reiniciar?',
    })));
    return { lang, messages, max_tokens: rng.chance(0.5) ? 300 : undefined };
  },
};

const groupRide: Family = {
  id: 'xd-mb-group-ride',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Rider positions arrive as periodic pings; the agent tracks gaps and dropped signals to say who is off the back now.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'ja', 'en'], i);
    const riders = rng.sample(['Tom', 'Aisha', 'Greg', 'Mei', 'Jonas', 'Clare', 'Raj', 'Lena'], rng.int(5, 7));
    const ping = (km: number) => ({
      t: `${pad(rng.int(8, 10))}:${pad(rng.int(0, 59))}`,
      riders: riders.map((r) => rng.chance(0.12) ? { name: r, km: null, last_seen_s: rng.int(90, 400) } : { name: r, km: +(km - rng.int(0, 25) / 10).toFixed(1), speed_kmh: rng.int(14, 31) }),
    });
    const club = rng.pick(['Cheddar Wheelers', 'RSV Elbtal', 'Southside CC', 'Team Kawasaki Ride']);
    const messages: ChatMessage[] = [
      sys(`Ride-leader companion for ${club}'s Sunday no-drop ride. Each rider's phone sends a ping with distance along the route; phones in poor signal areas may miss pings (km: null).
Treat a rider as dropped if they are more than 1.5 km behind the front rider or unseen for over 5 minutes. The route card: regroup points at km 18 (church), 34 (café), 52 (top of climb).
Reply to the leader in one or two sentences in their language.`),
    ];
    let km = rng.int(8, 14);
    for (let k = 0; k < rng.int(2, 4); k++) {
      km += rng.int(4, 8);
      exchange(rng, messages, 'get_group_positions', { ride_id: `r${rng.int(1000, 9999)}` }, ping(km));
      if (k === 0) messages.push(say(t(lang, { en: 'All together so far.', de: 'Bisher alle zusammen.', ja: '今のところ全員まとまっています。' })));
    }
    messages.push(user(t(lang, {
      en: `We're coming up to the junction at km ${km + 2}. Anyone off the back? Should we wait there?`,
      de: `Wir kommen gleich an die Kreuzung bei km ${km + 2}. Hängt jemand hinten? Sollen wir dort warten?`,
      ja: `${km + 2}km地点の交差点に近づいています。遅れている人はいますか？そこで待つべきですか？`,
    })));
    return {
      lang, messages,
      tools: [tool('get_group_positions', 'Latest ping for every rider on the ride.', { ride_id: str }),
        tool('send_group_message', 'Push a short message to all riders.', { text: str })],
    };
  },
};

const tillDrawer: Family = {
  id: 'xd-mb-till-drawer',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'The cash in the drawer is not observed directly and must be tracked from sales, refunds and payouts over the day before deciding on a safe drop.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'zh'], i);
    const float = rng.pick([100, 150, 200]);
    const evs: string[] = [];
    for (let k = 0; k < rng.int(8, 14); k++) {
      const kind = rng.pick(['SALE cash', 'SALE cash', 'SALE card', 'REFUND cash', 'PAYOUT', 'SALE cash', 'NO_SALE']);
      const amt = kind === 'NO_SALE' ? '' : ` ${money(rng, 1, kind === 'PAYOUT' ? 40 : 35)}`;
      evs.push(`${pad(rng.int(9, 16))}:${pad(rng.int(0, 59))} ${kind}${amt}${kind === 'PAYOUT' ? ` (${rng.pick(['window cleaner', 'milk delivery', 'postage'])})` : ''}`);
    }
    evs.sort();
    const half = Math.floor(evs.length / 2);
    const shop = rng.pick(['Hartley Hardware', 'Boulangerie des Lilas', 'The Little Bookshop', '林记杂货']);
    const messages: ChatMessage[] = [
      sys(`Back-office helper for ${shop}. The till prints an event journal but no running cash total. Opening float was ${float}. Insurance says the drawer must never hold more than 300 in notes and coins; above that, the owner does a safe drop. Track the drawer through the day from the journal extracts the owner pastes.`),
      user(t(lang, { en: 'Journal up to lunch:', fr: 'Journal jusqu\'à midi :', zh: '到中午为止的流水：' }) + '\n' + evs.slice(0, half).join('\n')),
      say(t(lang, { en: 'Thanks, I have the morning in. Paste the next part when ready.', fr: 'Merci, j\'ai intégré la matinée. Envoyez la suite quand vous voulez.', zh: '好的，上午的已记下。下一段准备好了就发给我。' })),
      user(evs.slice(half).join('\n') + '\n\n' + t(lang, {
        en: 'Roughly how much cash should be in the drawer right now, and do I need to do a safe drop before the school-run rush?',
        fr: 'Combien d\'espèces devrait-il y avoir dans le tiroir maintenant, et est-ce que je dois faire un dépôt au coffre avant le rush de la sortie d\'école ?',
        zh: '现在抽屉里大概应该有多少现金？放学高峰前我需要先把一部分存进保险箱吗？',
      })),
    ];
    return { lang, messages, response_format: rng.chance(0.5) ? jsonSchema('drawer_check', { expected_cash: num, safe_drop_needed: bool, drop_amount: num }) : undefined };
  },
};

const futsalScorer: Family = {
  id: 'xd-mb-futsal-scorer',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Match events arrive in chunks; the agent keeps score, fouls and who is sin-binned to answer what the situation is now.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'pt', 'en', 'de'], i);
    const home = rng.pick(['Dynamo Dalston', 'Atlético Barrio', 'Real Vila', 'FC Hinterhof']);
    const away = rng.pick(['Sporting Lisbon Road', 'Los Galácticos', 'Unidos da Praça', 'SV Kiez 09']);
    const names = ['#4', '#7', '#9', '#10', '#11', '#2', '#5'];
    const ev = (): string => {
      const team = rng.pick(['H', 'A']);
      const e = rng.pick(['GOAL', 'FOUL', 'FOUL', 'SUB', 'YELLOW', 'SINBIN 2min', 'TIMEOUT', 'FOUL']);
      return `${pad(rng.int(0, 39))}:${pad(rng.int(0, 59))} ${team} ${e} ${rng.pick(names)}${e === 'SUB' ? ` -> ${rng.pick(names)}` : ''}`;
    };
    const block = (n: number): string => Array.from({ length: n }, ev).sort().join('\n');
    const messages: ChatMessage[] = [];
    if (rng.chance(0.7)) messages.push(sys(`Scorekeeper assistant for a Tuesday-night 5-a-side league. Rules: two 20-minute halves; after the 5th team foul in a half every foul is a direct free kick from 10m; sin bin is 2 minutes and the team plays a player short unless they concede. The ref's app sends events in batches. Keep a running picture of the match.`));
    messages.push(user(`${home} (H) v ${away} (A)\n` + block(rng.int(4, 6))));
    const batches = i % 2 === 0 ? rng.int(4, 8) : 1;
    for (let b = 0; b < batches; b++) {
      messages.push(say(t(lang, { en: 'Logged.', es: 'Registrado.', pt: 'Registrado.', de: 'Eingetragen.' })));
      messages.push(user(block(rng.int(2, 6))));
    }
    if (rng.chance(0.5)) { messages.push(say(t(lang, { en: 'Logged, fouls updated.', es: 'Registrado, faltas actualizadas.', pt: 'Registrado, faltas atualizadas.', de: 'Eingetragen, Fouls aktualisiert.' }))); messages.push(user(block(3))); }
    messages.push(user(t(lang, {
      en: 'Ref here, quick one: what is the score, how many fouls does each side have this half, and is anyone still in the sin bin?',
      es: 'Soy el árbitro, rápido: ¿cómo va el marcador, cuántas faltas lleva cada equipo en esta parte y hay alguien todavía expulsado temporalmente?',
      pt: 'Aqui é o árbitro, rapidinho: qual o placar, quantas faltas cada time tem neste tempo e tem alguém ainda cumprindo os 2 minutos?',
      de: 'Schiri hier, kurz: Wie steht es, wie viele Fouls hat jedes Team in dieser Halbzeit, und sitzt noch jemand eine Zeitstrafe ab?',
    })));
    return { lang, messages, max_tokens: 200 };
  },
};

const sumpPump: Family = {
  id: 'xd-mb-sump-basement',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'Water level, pump cycles and power readings are fused over time to judge what is happening in the basement now and what to do next.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'zh', 'en'], i);
    const readings = Array.from({ length: rng.int(6, 10) }, (_, k) => ({
      t: `${pad((22 + Math.floor(k / 2)) % 24)}:${k % 2 ? '30' : '00'}`,
      pit_cm: rng.int(8, 38), pump_runs: rng.int(0, 6), pump_amps: rng.chance(0.2) ? 0 : +(rng.int(30, 62) / 10).toFixed(1),
    }));
    const messages: ChatMessage[] = [
      sys(`You monitor the basement of a 1930s terraced house for its owner. Sensors: sump pit level (cm, high-water alarm at 40), pump run counter, pump current draw (A; 0 while running means the motor is not turning), and a rain gauge. Sensors report every 30 minutes and occasionally drop out.
You cannot see the basement; infer what is going on from the readings and their trend. When asked, say what is most likely happening and what the owner should do now (nothing / check float switch / clear inlet / run backup pump / call plumber).`),
    ];
    exchange(rng, messages, 'read_sensors', { window_h: 2 }, readings.slice(0, 4));
    messages.push(say(t(lang, { en: 'Pit level is moving around but below alarm. I will keep watching.', ja: 'ピットの水位は変動していますが警報レベル未満です。引き続き監視します。', zh: '集水井水位有波动，但未到报警线。我会继续监测。' })));
    exchange(rng, messages, 'read_rain_gauge', { window_h: 6 }, { mm_last_6h: rng.int(0, 45), raining_now: rng.chance(0.6) });
    exchange(rng, messages, 'read_sensors', { window_h: 3 }, readings.slice(4));
    messages.push(user(t(lang, {
      en: `Woke up to the pump clicking a lot. What's going on down there and do I need to go and do something at ${readings[readings.length - 1]!.t}?`,
      ja: 'ポンプがカチカチ何度も鳴っていて目が覚めました。地下で何が起きていますか？今すぐ何かする必要がありますか？',
      zh: '半夜被水泵反复咔哒声吵醒了。地下室现在是什么情况？我需要马上下去处理吗？',
    })));
    return {
      lang, messages,
      tools: [tool('read_sensors', 'Sump sensor readings for the last N hours.', { window_h: int }),
        tool('read_rain_gauge', 'Rainfall total.', { window_h: int }),
        tool('start_backup_pump', 'Start the 12V battery backup pump.', { minutes: int })],
    };
  },
};

// ---------------------------------------------------------------- goal_based

const permitRenewal: Family = {
  id: 'xd-gb-permit-renewal',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'An explicit target (new residence card before a deadline) and dependent steps; the user asks for the ordered sequence of actions that gets there.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'es', 'en', 'en'], i);
    const expiry = `${rng.int(3, 28)} ${rng.pick(['May', 'June', 'July', 'September'])}`;
    const steps = rng.sample([
      'biometric photo (any photo booth, same day)', 'proof of address (Meldebescheinigung / council tax bill), takes 5 working days to order',
      'employer letter confirming contract, HR replies in ~1 week', 'health insurance certificate, download instantly',
      'online application form, needs photo + address proof uploaded', 'fee payment, only after form submitted',
      'biometrics appointment, earliest slot 3 weeks after submission', 'card collection, ~4 weeks after biometrics',
    ], rng.int(6, 8));
    const messages: ChatMessage[] = [
      sys('You are an assistant in ExpatDesk, an app that helps people living abroad handle paperwork. Be concrete, give numbered steps with dates, and flag anything that cannot fit the deadline.'),
      user(t(lang, {
        en: `My residence permit runs out on ${expiry}. I need the new card in my hand before then because I'm travelling. Things involved:\n- ${steps.join('\n- ')}\nToday is ${rng.int(1, 20)} March. What do I do, in what order, so I get there in time?`,
        de: `Mein Aufenthaltstitel läuft am ${expiry} ab und ich brauche die neue Karte vorher, weil ich verreise. Beteiligt sind:\n- ${steps.join('\n- ')}\nHeute ist der ${rng.int(1, 20)}. März. Was muss ich in welcher Reihenfolge tun, damit ich rechtzeitig fertig bin?`,
        es: `Mi permiso de residencia caduca el ${expiry} y necesito tener la tarjeta nueva antes porque viajo. Esto es lo que hay que hacer:\n- ${steps.join('\n- ')}\nHoy es ${rng.int(1, 20)} de marzo. ¿Qué hago y en qué orden para llegar a tiempo?`,
        fr: `Mon titre de séjour expire le ${expiry} et il me faut la nouvelle carte avant, car je voyage. Les démarches :\n- ${steps.join('\n- ')}\nNous sommes le ${rng.int(1, 20)} mars. Que dois-je faire, dans quel ordre, pour y arriver à temps ?`,
      })),
    ];
    return { lang, messages };
  },
};

const bathroomReno: Family = {
  id: 'xd-gb-bathroom-reno',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'Jobs with prerequisites must be put in an order that ends with a working bathroom without redoing work; it is a search for a valid sequence.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'de'], i);
    const jobs = [
      ['strip-out', 'needs nothing'], ['first-fix plumbing', 'after strip-out'], ['first-fix electrics (extractor, shaver socket)', 'after strip-out'],
      ['building control check of pipework', 'after first-fix plumbing, before boarding'], ['tile backer boards', 'after both first fixes'],
      ['tanking the shower area', 'after boards, needs 24h to cure'], ['tiling', 'after tanking has cured'], ['grouting', 'day after tiling'],
      ['second-fix plumbing (toilet, basin, shower valve)', 'after grouting'], ['second-fix electrics', 'after tiling'], ['silicone + clean', 'last'],
    ];
    const shown = rng.sample(jobs, rng.int(8, 11));
    const rows = shown.map(([j, d]) => `| ${j} | ${d} |`).join('\n');
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('You help homeowners coordinate small renovation jobs. Trades are booked by the day. Output a numbered order of jobs, one line each, and say which jobs can share a day.'));
    messages.push(user(t(lang, {
      en: `We're redoing our only bathroom. I need it working again (toilet + shower) as soon as possible, and nothing should have to be ripped out and redone. The jobs and what the trades told me:\n| job | depends on |\n|---|---|\n${rows}\nIn what order should they come in?`,
      pt: `Estamos reformando o único banheiro da casa. Preciso dele funcionando de novo (vaso + chuveiro) o quanto antes, sem ter que desmanchar nada depois. Os serviços e o que os profissionais disseram:\n| serviço | depende de |\n|---|---|\n${rows}\nEm que ordem eles devem vir?`,
      de: `Wir sanieren unser einziges Bad. Es soll so schnell wie möglich wieder nutzbar sein (WC + Dusche), ohne dass etwas wieder aufgerissen werden muss. Die Arbeiten laut Handwerkern:\n| Arbeit | hängt ab von |\n|---|---|\n${rows}\nIn welcher Reihenfolge sollen sie kommen?`,
    })));
    return { lang, messages, max_tokens: rng.chance(0.5) ? 600 : undefined };
  },
};

const chessPuzzle: Family = {
  id: 'xd-gb-chess-puzzle',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'A fixed target (forced mate in N) over a game tree; the agent must search for the move sequence that reaches it.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'fr', 'en', 'zh'], i);
    const fens = [
      '6k1/5ppp/8/8/8/8/5PPP/3R2K1 w - - 0 1', 'r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4',
      '5rk1/5ppp/8/8/8/8/1Q3PPP/6K1 w - - 0 1', '6k1/6pp/7N/8/8/8/5PPP/4R1K1 w - - 0 1', 'k7/8/1K6/8/8/8/8/7R w - - 0 1',
    ];
    const fen = rng.pick(fens);
    const n = rng.int(1, 3);
    const club = rng.pick(['Hove Chess Club', 'Club de Ajedrez Alcalá', 'Échiquier de Montreuil', '海淀棋友会']);
    const messages: ChatMessage[] = [
      sys(`You write the solution key for ${club}'s weekly puzzle sheet. Check the position carefully, give the full forcing line in SAN including the main defences, and say if the puzzle is unsound (no forced mate, or a second solution).`),
      user(t(lang, {
        en: `Puzzle ${rng.int(10, 60)}: White to play and mate in ${n}.\nFEN: ${fen}\nWhat's the solution line?`,
        es: `Problema ${rng.int(10, 60)}: juegan blancas y dan mate en ${n}.\nFEN: ${fen}\n¿Cuál es la secuencia de la solución?`,
        fr: `Problème ${rng.int(10, 60)} : les Blancs jouent et matent en ${n}.\nFEN : ${fen}\nQuelle est la suite de coups ?`,
        zh: `第${rng.int(10, 60)}题：白先，${n}步杀。\nFEN：${fen}\n正确的着法顺序是什么？`,
      })),
    ];
    return {
      lang, messages,
      response_format: rng.chance(0.5) ? jsonSchema('puzzle_key', { moves: list(str), sound: bool, notes: str }) : undefined,
    };
  },
};

const taxPortal: Family = {
  id: 'xd-gb-tax-portal-nav',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'The agent navigates a tax portal with page tools toward a named document and must choose the next step from what it has explored.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'pt', 'en'], i);
    const year = rng.pick([2022, 2023, 2024]);
    const target = t(lang, {
      en: `Download my ${year} tax assessment notice (the PDF the mortgage broker asked for).`,
      de: `Lade meinen Steuerbescheid ${year} als PDF herunter, den braucht die Bank für den Kredit.`,
      pt: `Baixe o comprovante da minha declaração de ${year} em PDF, o corretor do financiamento pediu.`,
    });
    const messages: ChatMessage[] = [
      sys(`You operate the user's tax account in a headless browser. Tools: portal_open(url), portal_click(element_id), portal_read(). Pages return a list of links/buttons with ids. Never submit forms or change personal details. Work toward the user's target with as few clicks as possible; when you get there, call portal_download.`),
      user(target),
    ];
    exchange(rng, messages, 'portal_open', { url: 'https://tax.example.gov/account' }, {
      title: 'Your tax account', links: [{ id: 'l1', text: 'Self Assessment' }, { id: 'l2', text: 'PAYE / Employment' }, { id: 'l3', text: 'Messages (3)' }, { id: 'l4', text: 'Personal details' }],
    });
    exchange(rng, messages, 'portal_click', { element_id: 'l1' }, {
      title: 'Self Assessment', links: [{ id: 's1', text: 'File a return' }, { id: 's2', text: 'View returns' }, { id: 's3', text: 'Payments and statements' }, { id: 's4', text: 'Back' }],
    });
    if (rng.chance(0.5)) {
      exchange(rng, messages, 'portal_click', { element_id: 's3' }, {
        title: 'Payments and statements', links: [{ id: 'p1', text: 'Make a payment' }, { id: 'p2', text: 'Statement of account (PDF)' }, { id: 'p3', text: 'Back' }],
      });
      messages.push(say(t(lang, {
        en: 'This page only has the account statement, not the assessment. Going back to look under returns.',
        de: 'Hier gibt es nur den Kontoauszug, nicht den Bescheid. Ich gehe zurück und schaue unter den Erklärungen nach.',
        pt: 'Esta página só tem o extrato da conta, não o comprovante. Vou voltar e procurar nas declarações.',
      })));
    }
    messages.push(user(t(lang, { en: 'Any luck? What are you clicking next?', de: 'Und? Was klickst du als Nächstes?', pt: 'E aí? O que você vai clicar agora?' })));
    return {
      lang, messages,
      tools: [tool('portal_open', 'Open a URL.', { url: str }), tool('portal_click', 'Click an element by id.', { element_id: str }),
        tool('portal_read', 'Read the current page text.', {}), tool('portal_download', 'Download a linked document.', { element_id: str })],
    };
  },
};

const movingHouse: Family = {
  id: 'xd-gb-moving-house',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'A dated end condition (keys back, all accounts moved) with tool checks on what is done; the ask is the next step toward finishing.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'ja'], i);
    const keys = `${rng.int(20, 30)} ${rng.pick(['June', 'August', 'October'])}`;
    const messages: ChatMessage[] = [
      sys(`You are Nesty, a moving-house assistant. The user's goal: hand the keys back on ${keys} with every account (energy, water, broadband, council, post redirection, insurance) moved to the new address and the deposit claim filed. You can look up account status and book things. Suggest one next step at a time and explain why it comes first.`),
      user(t(lang, { en: 'Where are we at? What should I do next?', fr: 'On en est où ? Je fais quoi maintenant ?', ja: '今どこまで進んでいますか？次は何をすればいいですか？' })),
    ];
    exchange(rng, messages, 'list_accounts', {}, [
      { provider: 'OctoEnergy', type: 'energy', move_requested: rng.chance(0.5), final_reading_booked: false },
      { provider: 'Thames Water', type: 'water', move_requested: true },
      { provider: 'FibreNet', type: 'broadband', move_requested: false, lead_time_days: rng.int(10, 21) },
      { provider: 'Council', type: 'council_tax', move_requested: false },
      { provider: 'Royal Mail', type: 'post_redirect', move_requested: false, lead_time_days: 5 },
    ]);
    exchange(rng, messages, 'get_tenancy', {}, { checkout_inspection: rng.chance(0.5) ? 'not booked' : 'booked', deposit_scheme: 'DPS', cleaning_required: 'professional, receipt needed' });
    return {
      lang, messages,
      tools: [tool('list_accounts', 'Household accounts and their move status.', {}), tool('get_tenancy', 'Tenancy end details.', {}),
        tool('book_service', 'Book a move-related service.', { provider: str, date: str }), tool('set_reminder', 'Reminder for the user.', { text: str, date: str })],
    };
  },
};

const dinnerSeating: Family = {
  id: 'xd-gb-club-dinner-seating',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'The request is to find any seating that satisfies hard constraints (a satisfaction search), with a soft preference that pulls toward trade-offs.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'de', 'en'], i);
    const people = rng.sample(['Ann', 'Bob', 'Carys', 'Dev', 'Elif', 'Finn', 'Gita', 'Hugo', 'Ines', 'Jack', 'Kofi', 'Lara'], rng.int(9, 12));
    const tables = rng.int(2, 3);
    const c = [
      `${people[0]} and ${people[1]} must not share a table`, `${people[2]} needs to sit next to ${people[3]} (interpreter)`,
      `${people[4]} uses a wheelchair: table 1 only`, `the committee (${people[5]}, ${people[6]}) at different tables`,
      `${people[7]} and ${people[8]} are a couple: same table`,
    ];
    const cons = rng.sample(c, rng.int(3, 5));
    const club = rng.pick(['Ashby Bowls Club', 'Peña Ciclista El Puerto', 'Kegelverein Gut Holz', 'Marlow Rowing Club']);
    const messages: ChatMessage[] = [
      sys(`Event helper for ${club}'s annual dinner. Hard rules must all hold; if impossible, say which rule to relax. Tables seat ${Math.ceil(people.length / tables) + 1}.`),
      user(t(lang, {
        en: `${people.length} people, ${tables} round tables: ${people.join(', ')}.\nRules:\n- ${cons.join('\n- ')}\nNice-to-have: mix new members with old hands. Give me a seating that works.`,
        es: `${people.length} personas, ${tables} mesas redondas: ${people.join(', ')}.\nReglas:\n- ${cons.join('\n- ')}\nSi se puede, mezclar socios nuevos con veteranos. Dame una distribución que funcione.`,
        de: `${people.length} Personen, ${tables} runde Tische: ${people.join(', ')}.\nRegeln:\n- ${cons.join('\n- ')}\nSchön wäre: neue Mitglieder mit alten Hasen mischen. Gib mir eine Sitzordnung, die passt.`,
      })),
    ];
    return {
      lang, messages,
      response_format: rng.chance(0.6) ? jsonSchema('seating', { tables: list(obj({ table: int, seats: list(str) })), relaxed_rule: str }) : undefined,
    };
  },
};

// ---------------------------------------------------------------- utility_based

const energyTariff: Family = {
  id: 'xd-ub-energy-tariff',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Several tariffs with different rates, standing charges, exit fees and green credentials are weighed against the household profile to pick one.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr', 'en'], i);
    const kwh = rng.int(2200, 4800);
    const evShare = rng.int(0, 40);
    const tariffs = [
      { name: 'Fixed 24M', unit_p: rng.int(22, 27), standing_p_day: rng.int(45, 60), exit_fee: 75, green: false },
      { name: 'Tracker', unit_p: rng.int(19, 26), standing_p_day: rng.int(40, 55), exit_fee: 0, green: true, note: 'price changes daily, capped' },
      { name: 'Night Saver', unit_p_day: rng.int(27, 32), unit_p_night: rng.int(8, 12), standing_p_day: rng.int(48, 62), exit_fee: 0, green: true },
      { name: 'Green Fixed 12M', unit_p: rng.int(24, 29), standing_p_day: rng.int(45, 58), exit_fee: 50, green: true },
    ];
    const messages: ChatMessage[] = [
      sys('You are the switching assistant on a price-comparison site. Recommend exactly one tariff. Weigh expected annual cost first, then the user\'s stated preferences. Show the yearly cost estimate for each option.'),
      user(t(lang, {
        en: `We use about ${kwh} kWh a year; ${evShare}% of it is overnight EV charging. I'd pay up to £60/yr extra for renewable, and I might move house in ${rng.int(8, 20)} months so exit fees matter. Options:\n${JSON.stringify(tariffs, null, 1)}\nWhich one should we go for?`,
        de: `Wir verbrauchen ca. ${kwh} kWh im Jahr, davon ${evShare}% nachts fürs E-Auto. Für Ökostrom zahle ich bis zu 60 € im Jahr mehr, und in ${rng.int(8, 20)} Monaten ziehen wir eventuell um, Wechselgebühren sind also wichtig. Angebote:\n${JSON.stringify(tariffs, null, 1)}\nWelchen Tarif sollen wir nehmen?`,
        fr: `Nous consommons environ ${kwh} kWh par an, dont ${evShare}% la nuit pour la voiture électrique. Je veux bien payer 60 € de plus par an pour de l'électricité verte, et nous déménagerons peut-être dans ${rng.int(8, 20)} mois, donc les frais de résiliation comptent. Offres :\n${JSON.stringify(tariffs, null, 1)}\nLaquelle choisir ?`,
      })),
    ];
    return {
      lang, messages,
      response_format: jsonSchema('tariff_pick', { tariff: oneOf(...tariffs.map((x) => x.name)), est_annual_cost: num, reason: str }),
    };
  },
};

const marketStall: Family = {
  id: 'xd-ub-market-stall-stock',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'Quantities per product are chosen to trade margin against unsold waste under a van-space limit, an allocation problem.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'pt', 'en'], i);
    const prods = rng.sample([
      ['jam jars (crates of 12)', 3.5, 1.2, 'keeps'], ['chutney (crates of 12)', 4, 1.4, 'keeps'], ['cut flowers (buckets)', 6, 2.5, 'wasted if unsold'],
      ['eggs (trays of 30)', 9, 5, 'sell next week at half'], ['honey (crates of 12)', 7, 3, 'keeps'], ['sourdough loaves', 4.5, 1.5, 'wasted if unsold'],
    ], 4) as [string, number, number, string][];
    const table = prods.map(([p, pr, c, w]) => `${p}: price ${pr}/unit, cost ${c}/unit, ${w}, expected sales ${rng.int(10, 40)}±${rng.int(3, 12)}, van space ${rng.int(1, 3)} units/slot`).join('\n');
    const slots = rng.int(30, 55);
    const messages: ChatMessage[] = [];
    if (rng.chance(0.6)) messages.push(sys('You help small producers decide what to bring to weekly markets. Give a quantity per product and the expected profit, and mention the risk of over-stocking.'));
    messages.push(user(t(lang, {
      en: `Saturday market. The van holds ${slots} slots. Products:\n${table}\nHow many of each should I load to come out best?`,
      es: `Mercado del sábado. La furgoneta tiene ${slots} huecos. Productos:\n${table}\n¿Cuántas unidades de cada uno cargo para sacar el mejor resultado?`,
      pt: `Feira de sábado. A van tem ${slots} espaços. Produtos:\n${table}\nQuantas unidades de cada eu levo para ter o melhor resultado?`,
    })));
    return {
      lang, messages,
      response_format: rng.chance(0.5) ? jsonSchema('load', { items: list(obj({ product: str, units: int })), expected_profit: num }) : undefined,
    };
  },
};

const usedCar: Family = {
  id: 'xd-ub-used-car',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Listings differ on price, mileage, running costs and reliability; the buyer\'s weights decide which one to pick.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'ja', 'en'], i);
    const cars = rng.sample(['2017 Toyota Yaris Hybrid', '2018 VW Polo 1.0 TSI', '2016 Honda Jazz 1.3', '2019 Dacia Sandero', '2015 Skoda Fabia Combi', '2018 Kia Picanto'], 4)
      .map((m) => ({ model: m, price: rng.int(55, 120) * 100, miles: rng.int(28, 95) * 1000, mpg: rng.int(42, 66), tax_yr: rng.pick([0, 20, 35, 180]), service_history: rng.pick(['full', 'partial', 'none']), seller: rng.pick(['dealer, 6m warranty', 'private', 'dealer, 3m warranty']) }));
    const budget = rng.int(80, 110) * 100;
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('CarMatch helper. Score each listing against the buyer\'s priorities, show the scores, then name one car. Keep it under 200 words.'));
    messages.push(user(t(lang, {
      en: `Budget £${budget} max. Priorities, roughly: running costs 40%, reliability 35%, boot space 15%, looks 10%. I do ~${rng.int(6, 14)}k miles a year. Shortlist:\n${cars.map((c) => JSON.stringify(c)).join('\n')}\nWhich one would you buy?`,
      de: `Budget höchstens ${budget} €. Gewichtung ungefähr: laufende Kosten 40 %, Zuverlässigkeit 35 %, Kofferraum 15 %, Optik 10 %. Ich fahre ca. ${rng.int(10, 22)} Tsd. km im Jahr. Auswahl:\n${cars.map((c) => JSON.stringify(c)).join('\n')}\nWelches würdest du kaufen?`,
      ja: `予算は最大${budget * 10}円程度です。重視する点はおおよそ、維持費40%、信頼性35%、荷室15%、見た目10%。年間の走行距離は約${rng.int(8, 15)}千km。候補：\n${cars.map((c) => JSON.stringify(c)).join('\n')}\nどれを買うべきでしょうか？`,
    })));
    return { lang, messages, max_tokens: rng.pick([350, 500, 800]) };
  },
};

const tennisFormat: Family = {
  id: 'xd-ub-tennis-tournament-format',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'The club picks format parameters (group size, match length, courts) that trade matches per player and fairness against a fixed time window.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'es'], i);
    const players = rng.int(18, 34);
    const courts = rng.int(3, 6);
    const hours = rng.int(5, 8);
    const messages: ChatMessage[] = [
      sys(`You help volunteer organisers at ${rng.pick(['Beechwood LTC', 'TC Saint-Cloud', 'Club de Tenis Las Encinas', 'Kingsmead Tennis'])} set up club-day formats. Give concrete numbers for every parameter and one line on why. If the day cannot fit, say what to drop.`),
      user(t(lang, {
        en: `Mixed doubles social, ${players} players signed up, ${courts} courts from 10:00 for ${hours} hours including a 45-min lunch. Choose: group size (4-6 pairs), match format (one set / timed 25 min / fast4), knockout after groups or not. Everyone wants at least 4 matches, nobody wants to sit out more than 2 rounds in a row, and we must be off court on time for the BBQ.`,
        fr: `Double mixte convivial, ${players} inscrits, ${courts} courts à partir de 10h pendant ${hours} heures, pause déjeuner de 45 min comprise. À choisir : taille des poules (4 à 6 paires), format de match (un set / 25 min chrono / fast4), phase finale ou non. Chacun veut au moins 4 matchs, personne ne veut attendre plus de 2 tours d'affilée, et il faut libérer les courts à l'heure pour le barbecue.`,
        es: `Dobles mixtos sociales, ${players} inscritos, ${courts} pistas desde las 10:00 durante ${hours} horas, con 45 min de comida incluidos. Hay que elegir: tamaño de grupo (4-6 parejas), formato de partido (un set / 25 min cronometrados / fast4), y si hay eliminatoria después. Todos quieren jugar al menos 4 partidos, nadie quiere estar más de 2 rondas seguidas sin jugar, y hay que dejar las pistas a tiempo para la barbacoa.`,
      })),
    ];
    return {
      lang, messages,
      response_format: jsonSchema('format', { pairs_per_group: int, match_format: oneOf('one_set', 'timed_25', 'fast4'), knockout: bool, matches_per_pair: int, finish_time: str }),
    };
  },
};

const homeUpgrades: Family = {
  id: 'xd-ub-home-upgrades',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'A set of home improvements with costs, grants, yearly savings and comfort value is chosen under a budget cap.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'zh', 'en', 'de', 'en'], i);
    const opts = [
      ['loft insulation top-up', rng.int(4, 9) * 100, rng.int(150, 300), 'big comfort gain upstairs'],
      ['cavity wall insulation', rng.int(15, 30) * 100, rng.int(200, 400), 'grant covers 50%'],
      ['draught-proofing doors/windows', rng.int(2, 6) * 100, rng.int(60, 140), 'quick, DIY possible'],
      ['double glazing (front rooms)', rng.int(40, 70) * 100, rng.int(80, 160), 'also cuts road noise'],
      ['4kW solar PV', rng.int(55, 80) * 100, rng.int(350, 600), 'roof faces south-west'],
      ['hot water cylinder jacket + pipe lagging', rng.int(1, 2) * 100, rng.int(30, 80), 'trivial'],
    ] as [string, number, number, string][];
    const budget = rng.int(5, 12) * 1000;
    const list_ = opts.map(([n, c, s, note]) => `- ${n}: cost ${c}, saves ~${s}/yr, ${note}`).join('\n');
    const messages: ChatMessage[] = [
      sys('Home energy adviser chatbot run by a local community energy group. Be practical; give a chosen set, total cost, yearly saving and payback, and what you left out and why.'),
      user(t(lang, {
        en: `We have £${budget} saved for the house this year and we're staying at least ${rng.int(5, 15)} more years. Options the surveyor gave us:\n${list_}\nWhich should we do?`,
        zh: `我们今年为房子存了 ${budget} 英镑，打算至少再住 ${rng.int(5, 15)} 年。评估师给的选项：\n${list_}\n我们应该做哪几项？`,
        de: `Wir haben dieses Jahr ${budget} € fürs Haus zurückgelegt und bleiben noch mindestens ${rng.int(5, 15)} Jahre. Die Vorschläge des Energieberaters:\n${list_}\nWas sollen wir machen lassen?`,
      })),
    ];
    return { lang, messages };
  },
};

const familyPhones: Family = {
  id: 'xd-ub-family-phone-lines',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Each family member\'s usage is matched to mobile offers to find the cheapest combination that still covers everyone\'s needs.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'ja'], i);
    const members = ['Mum', 'Dad', rng.pick(['Zoe (15)', 'Leo (14)']), rng.pick(['Gran', 'Max (11)'])].map((m) => ({ who: m, gb_month: rng.int(1, 40), roaming: rng.chance(0.3) }));
    const offers = [
      { offer: 'Shared 60GB, up to 4 lines', monthly: rng.int(45, 60), contract_m: 24 },
      { offer: 'SIMO 10GB', monthly: rng.int(6, 9), contract_m: 1 },
      { offer: 'SIMO unlimited', monthly: rng.int(16, 22), contract_m: 12, eu_roaming: true },
      { offer: 'SIMO 2GB kids (parental controls)', monthly: rng.int(3, 5), contract_m: 1 },
    ];
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('You are the mobile-deals assistant in a family budgeting app. Propose one offer per line (or a shared bundle) and the total monthly cost. Prefer short contracts if the saving is small.'));
    messages.push(user(t(lang, {
      en: `Our usage: ${JSON.stringify(members)}\nOffers: ${JSON.stringify(offers)}\nWhat's the cheapest setup that still covers everyone? Kids must have parental controls.`,
      pt: `Nosso consumo: ${JSON.stringify(members)}\nOfertas: ${JSON.stringify(offers)}\nQual a combinação mais barata que atende todo mundo? As crianças precisam de controle parental.`,
      ja: `家族の使用量：${JSON.stringify(members)}\nプラン：${JSON.stringify(offers)}\n全員の使い方をカバーできる一番安い組み合わせは？子どもにはペアレンタルコントロールが必須です。`,
    })));
    return {
      lang, messages,
      tools: rng.chance(0.5) ? [tool('check_coverage', 'Check network coverage at a postcode.', { network: str, postcode: str })] : undefined,
    };
  },
};

// ---------------------------------------------------------------- learning

const fishingLog: Family = {
  id: 'xd-lr-fishing-log',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Past trips with conditions and catches are the evidence; the agent generalises from them to pick this weekend\'s spot and time.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'ja', 'en'], i);
    const spots = ['Harbour wall', 'Shingle bank', 'River mouth', 'Rock ledge north'];
    const trips = Array.from({ length: rng.int(6, 10) }, () => ({
      date: `2025-${pad(rng.int(3, 10))}-${pad(rng.int(1, 28))}`, spot: rng.pick(spots), tide: rng.pick(['rising', 'high', 'falling', 'low']),
      wind: `${rng.pick(['SW', 'W', 'NE', 'E'])} ${rng.int(5, 25)}kt`, water: rng.pick(['clear', 'coloured']), fish: rng.int(0, 7), species: rng.pick(['bass', 'mackerel', 'pollock', 'none']),
    }));
    const messages: ChatMessage[] = [
      sys('You are the fishing journal assistant. You have the user\'s own trip history. Base advice on what has actually worked for them before, say which past trips you are leaning on, and admit when the data is thin.'),
    ];
    exchange(rng, messages, 'search_trip_log', { limit: trips.length }, trips);
    messages.push(user(t(lang, {
      en: `Saturday forecast: ${rng.pick(['SW', 'W', 'NE'])} ${rng.int(8, 20)}kt, high tide ${pad(rng.int(5, 18))}:${pad(rng.int(0, 59))}, water probably coloured after the rain. I've got one morning. Where and when should I go?`,
      fr: `Prévisions samedi : vent ${rng.pick(['SO', 'O', 'NE'])} ${rng.int(8, 20)} nœuds, pleine mer à ${pad(rng.int(5, 18))}h${pad(rng.int(0, 59))}, eau sûrement trouble après la pluie. J'ai une matinée. Où et quand y aller ?`,
      ja: `土曜の予報：${rng.pick(['南西', '西', '北東'])}の風${rng.int(8, 20)}ノット、満潮${pad(rng.int(5, 18))}:${pad(rng.int(0, 59))}、雨の後で濁りそう。朝だけ行けます。どこに何時に行けばいいですか？`,
    })));
    return { lang, messages, tools: [tool('search_trip_log', 'Return past trips from the journal.', { limit: int, spot: str }, ['limit'])] };
  },
};

const invoiceChasing: Family = {
  id: 'xd-lr-invoice-chasing',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Earlier reminder attempts and how quickly each client paid are used to choose the approach for a new overdue client.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es', 'en'], i);
    const approaches = ['friendly email', 'email + PDF account summary', 'phone call', 'late-fee notice', 'WhatsApp nudge'];
    const history = Array.from({ length: rng.int(5, 8) }, () => ({
      client_type: rng.pick(['agency', 'small business', 'startup', 'charity', 'sole trader']), days_overdue: rng.int(5, 60),
      approach: rng.pick(approaches), paid_after_days: rng.chance(0.75) ? rng.int(1, 30) : null, relationship_after: rng.pick(['fine', 'fine', 'cooler', 'lost client']),
    }));
    const newClient = { client_type: rng.pick(['agency', 'startup', 'small business']), amount: rng.int(4, 30) * 100, days_overdue: rng.int(10, 45), repeat_work_likely: rng.chance(0.6) };
    const messages: ChatMessage[] = [];
    if (rng.chance(0.7)) messages.push(sys('Assistant inside Ledgerly, invoicing for freelancers. Past chasing attempts for this user are attached. Pick one approach for the new case, draft a one-line opener, and say which past cases it rests on.'));
    messages.push(user(t(lang, {
      en: `How my chasing has gone before:\n${history.map((h) => JSON.stringify(h)).join('\n')}\n\nNow: ${JSON.stringify(newClient)}. How should I chase this one?`,
      de: `So lief das Mahnen bisher:\n${history.map((h) => JSON.stringify(h)).join('\n')}\n\nJetzt: ${JSON.stringify(newClient)}. Wie soll ich hier nachhaken?`,
      es: `Así me ha ido reclamando pagos antes:\n${history.map((h) => JSON.stringify(h)).join('\n')}\n\nAhora: ${JSON.stringify(newClient)}. ¿Cómo reclamo esta?`,
    })));
    return {
      lang, messages,
      response_format: rng.chance(0.5) ? jsonSchema('chase', { approach: oneOf(...approaches), opener: str, based_on_cases: list(int) }) : undefined,
    };
  },
};

const pubQuiz: Family = {
  id: 'xd-lr-pub-quiz',
  label: 'learning',
  difficulty: 'hard',
  rationale: 'Each member\'s past hit rate by category comes from earlier quiz nights; the agent generalises it to decide whose answer to submit now.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'zh'], i);
    const team = rng.sample(['Bea', 'Carl', 'Dimitri', 'Esme', 'Farid'], 4);
    const cats = ['music', 'geography', 'sport', 'science', 'film', 'history'];
    const past = team.map((m) => ({ member: m, ...Object.fromEntries(rng.sample(cats, 4).map((c) => [c, `${rng.int(1, 9)}/${rng.int(9, 12)}`])) }));
    const cat = rng.pick(['art', 'food & drink', 'TV', 'literature']);
    const answers = team.slice(0, 3).map((m) => `${m}: "${rng.pick(['Turner', 'Constable', 'Gainsborough', 'Hockney', 'Bacon'])}"`);
    const messages: ChatMessage[] = [
      sys(`Quiz captain helper for "${rng.pick(['Quizteama Aguilera', 'Les Quizerables', 'Universally Challenged', 'Agatha Quiztie'])}". Records from past quiz nights are below. When teammates disagree, pick one answer to hand in and say why in one line.`),
      user(`Right/asked per category over the last ${rng.int(6, 15)} quiz nights:\n${past.map((p) => JSON.stringify(p)).join('\n')}`),
      say(t(lang, { en: 'Got the records.', es: 'Tengo los registros.', zh: '记录已收到。' })),
      user(t(lang, {
        en: `Round ${rng.int(3, 8)}, category "${cat}" (we've never had it before). Q: Who painted "The Fighting Temeraire"? ${answers.join(', ')}. Who do we go with?`,
        es: `Ronda ${rng.int(3, 8)}, categoría "${cat}" (nunca nos ha salido). P: ¿Quién pintó "The Fighting Temeraire"? ${answers.join(', ')}. ¿Con quién vamos?`,
        zh: `第${rng.int(3, 8)}轮，类别"${cat}"（我们以前从没遇到过）。题目：《战舰无畏号》是谁画的？${answers.join('，')}。我们交谁的答案？`,
      })),
    ];
    return { lang, messages, max_tokens: 80 };
  },
};

const fantasyCaptain: Family = {
  id: 'xd-lr-fantasy-captain',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Past gameweeks show which captain choices paid off and which habits cost points; the agent draws on them for this week\'s pick.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'es', 'en'], i);
    const players = ['Salah', 'Haaland', 'Palmer', 'Saka', 'Isak', 'Watkins'];
    const gws = Array.from({ length: rng.int(5, 8) }, (_, k) => ({
      gw: 20 + k, captain: rng.pick(players), fixture: rng.pick(['home', 'away']), opp_difficulty: rng.int(2, 5), captain_pts: rng.int(2, 24), best_possible_captain_pts: rng.int(10, 30),
    }));
    const messages: ChatMessage[] = [
      sys(`Mini-league assistant for the "${rng.pick(['Sunday League Legends', 'Liga dos Amigos', 'Office FC'])}" fantasy league. The user's captaincy history is retrieved below. Notice what has and hasn't worked for this user and apply it; give one captain and one vice.`),
      sys(`Retrieved history:\n${gws.map((g) => JSON.stringify(g)).join('\n')}`),
      user(t(lang, {
        en: `GW${20 + gws.length}: ${players.slice(0, 4).map((p) => `${p} (${rng.pick(['H', 'A'])}, FDR ${rng.int(2, 5)})`).join(', ')}. Who gets the armband?`,
        pt: `Rodada ${20 + gws.length}: ${players.slice(0, 4).map((p) => `${p} (${rng.pick(['casa', 'fora'])}, dificuldade ${rng.int(2, 5)})`).join(', ')}. Quem eu faço capitão?`,
        es: `Jornada ${20 + gws.length}: ${players.slice(0, 4).map((p) => `${p} (${rng.pick(['casa', 'fuera'])}, dificultad ${rng.int(2, 5)})`).join(', ')}. ¿A quién pongo de capitán?`,
        de: `Spieltag ${20 + gws.length}: ${players.slice(0, 4).map((p) => `${p} (${rng.pick(['H', 'A'])}, Schwierigkeit ${rng.int(2, 5)})`).join(', ')}. Wer bekommt die Kapitänsbinde?`,
      })),
    ];
    return { lang, messages, response_format: jsonSchema('captaincy', { captain: str, vice: str, why: str }) };
  },
};

const handymanEstimates: Family = {
  id: 'xd-lr-handyman-estimates',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'Quoted versus actual hours on past jobs reveal a bias by job kind; the agent corrects for it when quoting a new, different job.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de', 'en'], i);
    const kinds = ['flat-pack assembly', 'shelving', 'door hanging', 'tiling splashback', 'fence panel', 'TV wall mount', 'skirting replacement'];
    const jobs = Array.from({ length: rng.int(6, 10) }, () => {
      const q = rng.int(2, 10);
      return { job: rng.pick(kinds), quoted_h: q, actual_h: +(q * (0.8 + rng.int(0, 9) / 10)).toFixed(1), house_age: rng.pick(['new build', '1930s', 'Victorian']), customer_happy: rng.chance(0.8) };
    });
    const newJob = rng.pick(['hang 3 internal doors in a Victorian terrace', 'fit a new worktop section and splashback in a 1930s semi', 'replace 12m of skirting in a new build']);
    const rate = rng.int(28, 45);
    const messages: ChatMessage[] = [
      sys(`You help ${rng.pick(['Dan', 'Marc', 'Jürgen', 'Sophie'])}, a one-person handyman business, write quotes. Hourly rate ${rate}. His job records are attached. Quotes go out as fixed prices, so a quote that is too low costs him money and one that is too high loses the job.`),
      user(`${t(lang, { en: 'Job records', fr: 'Historique des chantiers', de: 'Bisherige Aufträge' })}:\n${jobs.map((j) => JSON.stringify(j)).join('\n')}`),
      user(t(lang, {
        en: `New enquiry: ${newJob}. How many hours should I put on the quote, and what price?`,
        fr: `Nouvelle demande : ${newJob}. Combien d'heures je mets sur le devis, et à quel prix ?`,
        de: `Neue Anfrage: ${newJob}. Wie viele Stunden soll ich ins Angebot schreiben, und zu welchem Preis?`,
      })),
    ];
    return { lang, messages, response_format: rng.chance(0.5) ? jsonSchema('quote', { hours: num, price: num, note: str }) : undefined };
  },
};

const grocerySubs: Family = {
  id: 'xd-lr-grocery-subs',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'Retrieved records of which substitutions this customer accepted or rejected drive the choice for a new out-of-stock item.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'zh', 'pt'], i);
    const mem = rng.sample([
      { missing: 'oat milk 1L', offered: 'soya milk 1L', outcome: 'rejected', note: 'allergic to soya' },
      { missing: 'free-range eggs x12', offered: 'barn eggs x12', outcome: 'rejected', note: 'free-range only' },
      { missing: 'Heinz beans 4-pack', offered: 'store brand beans 4-pack', outcome: 'accepted' },
      { missing: 'organic bananas', offered: 'regular bananas', outcome: 'accepted' },
      { missing: 'gluten-free pasta', offered: 'wholewheat pasta', outcome: 'rejected', note: 'coeliac in household' },
      { missing: 'Lurpak 250g', offered: 'Anchor 250g', outcome: 'accepted' },
      { missing: 'almond yoghurt', offered: 'coconut yoghurt', outcome: 'accepted' },
    ], rng.int(4, 6));
    const missing = rng.pick(['oat cream 250ml', 'gluten-free bread', 'free-range chicken thighs', 'store brand crisps 6-pack']);
    const options = rng.sample(['soya cream 250ml', 'single cream 300ml', 'coconut cream 200ml', 'wholemeal bread', 'GF wraps', 'barn chicken thighs', 'free-range chicken drumsticks', 'Walkers 6-pack', 'no substitute'], 4);
    const messages: ChatMessage[] = [
      sys(`Picker assistant for an online grocer. For an out-of-stock line, choose a substitute or "no substitute". Customer history retrieved from the profile store:\n${mem.map((m) => JSON.stringify(m)).join('\n')}`),
      user(t(lang, {
        en: `Order ${rng.int(100000, 999999)}: "${missing}" is out. On the shelf: ${options.join(' | ')}. Which do I put in?`,
        ja: `注文${rng.int(100000, 999999)}：「${missing}」が欠品です。棚にあるのは ${options.join(' | ')}。どれを入れますか？`,
        zh: `订单${rng.int(100000, 999999)}："${missing}"缺货。货架上有：${options.join(' | ')}。我该放哪个？`,
        pt: `Pedido ${rng.int(100000, 999999)}: "${missing}" em falta. Na prateleira: ${options.join(' | ')}. Qual eu coloco?`,
      })),
    ];
    return { lang, messages, response_format: jsonSchema('substitution', { pick: str, confidence: num }), max_tokens: 60 };
  },
};

// ---------------------------------------------------------------- non-agentic

const landlordLetter: Family = {
  id: 'xd-na-landlord-letter',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Plain writing help: one request for a polite letter, no tools, no world to track; closest to a single-shot reflex answer.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es'], i);
    const issue = rng.pick(['black mould in the bedroom corner', 'the boiler losing pressure every few days', 'a broken window latch in the kids\' room']);
    const weeks = rng.int(2, 8);
    return {
      lang,
      messages: [user(t(lang, {
        en: `Can you help me write a polite but firm email to my landlord about ${issue}? I reported it ${weeks} weeks ago and nothing has happened. Keep it short, mention I have photos.`,
        de: `Kannst du mir helfen, eine höfliche, aber bestimmte E-Mail an meinen Vermieter zu schreiben? Es geht um ${rng.pick(['Schimmel im Schlafzimmer', 'die Heizung, die ständig Druck verliert', 'ein kaputtes Fenster im Kinderzimmer'])}. Ich habe es vor ${weeks} Wochen gemeldet und nichts ist passiert. Kurz halten, Fotos erwähnen.`,
        es: `¿Me ayudas a escribir un correo educado pero firme a mi casero por ${rng.pick(['el moho en el dormitorio', 'la caldera que pierde presión', 'una ventana rota en el cuarto de los niños'])}? Lo avisé hace ${weeks} semanas y no ha hecho nada. Que sea corto y menciona que tengo fotos.`,
      }))],
      max_tokens: rng.chance(0.5) ? 400 : undefined,
    };
  },
};

const payslipExplain: Family = {
  id: 'xd-na-payslip-explain',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'An explanation request about payslip lines; no decision, tools or history, so it sits closest to a one-shot reflex reply.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'pt', 'en', 'ja'], i);
    const gross = rng.int(1800, 4200);
    const lines = `Gross ${gross}.00 | Tax ${Math.round(gross * 0.14)}.00 | NI ${Math.round(gross * 0.08)}.00 | Pension (salary sac) ${Math.round(gross * 0.05)}.00 | Student loan Plan 2 ${rng.int(20, 90)}.00 | Net ${Math.round(gross * 0.7)}.00 | Tax code ${rng.pick(['1257L', 'BR', '1100L', 'K475'])}`;
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('You are a friendly money explainer. Use plain words, no jargon without a gloss. Do not give regulated financial advice.'));
    messages.push(user(t(lang, {
      en: `First proper job, I don't get my payslip. What do all these lines mean? ${lines}`,
      fr: `Premier vrai boulot au Royaume-Uni, je ne comprends pas ma fiche de paie. Que veulent dire ces lignes ? ${lines}`,
      pt: `Primeiro emprego no Reino Unido e não entendo meu contracheque. O que significa cada linha? ${lines}`,
      ja: `イギリスで初めて働き始めましたが、給与明細がよく分かりません。それぞれの項目の意味を教えてください。${lines}`,
    })));
    return { lang, messages };
  },
};

const mortgageChat: Family = {
  id: 'xd-na-mortgage-explainer',
  label: 'utility_based',
  secondary: 'simple_reflex',
  agentic: false,
  difficulty: 'medium',
  rationale: 'A conversational explanation of mortgage product trade-offs with no concrete decision asked; closest to utility-based weighing.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'zh', 'en'], i);
    const messages: ChatMessage[] = [
      user(t(lang, {
        en: 'What is the actual difference between a fixed-rate and a tracker mortgage?',
        es: '¿Cuál es realmente la diferencia entre una hipoteca a tipo fijo y una variable referenciada al Euríbor?',
        zh: '固定利率房贷和浮动利率房贷到底有什么区别？',
      })),
      say(t(lang, {
        en: 'A fixed rate keeps your interest rate, and so your monthly payment, the same for a set period (often 2 or 5 years). A tracker follows the central bank rate plus a margin, so payments go up and down with it.',
        es: 'Con un tipo fijo pagas el mismo interés, y por tanto la misma cuota, durante el periodo pactado. Con una variable, el interés es Euríbor más un diferencial, así que la cuota sube o baja con el índice.',
        zh: '固定利率在约定期限内利率不变，月供也不变；浮动利率一般是基准利率加一个点差，月供会随基准利率上下变动。',
      })),
    ];
    if (rng.chance(0.6)) {
      messages.push(user(t(lang, {
        en: `And why do people say the ${rng.pick(['2-year', '5-year'])} fix comes with an early repayment charge? What's that about in general?`,
        es: '¿Y por qué dicen que las hipotecas fijas tienen comisión por amortización anticipada? ¿En qué consiste, en general?',
        zh: '那为什么大家说固定利率有提前还款违约金？一般是怎么回事？',
      })));
    } else {
      messages.push(user(t(lang, {
        en: 'Who generally tends to prefer one over the other? Just curious, not buying yet.',
        es: '¿Qué tipo de persona suele preferir una u otra? Solo por curiosidad, todavía no voy a comprar.',
        zh: '一般什么样的人会更倾向选哪一种？只是好奇，暂时还不买房。',
      })));
    }
    return { lang, messages, temperature: 0.7 };
  },
};

export const lateD: Family[] = [
  receiptCategory, ageCheck, repairTrade, clubRsvp, bankAlertKind, petFoodCheck,
  catFlap, laundromat, groupRide, tillDrawer, futsalScorer, sumpPump,
  permitRenewal, bathroomReno, chessPuzzle, taxPortal, movingHouse, dinnerSeating,
  energyTariff, marketStall, usedCar, tennisFormat, homeUpgrades, familyPhones,
  fishingLog, invoiceChasing, pubQuiz, fantasyCaptain, handymanEstimates, grocerySubs,
  landlordLetter, payslipExplain, mortgageChat,
];
