// Late-author families (xb-*): written 2026-12-02 from the type definitions only, by an author who never saw the classifier, its errors or the held-out families. Never trained on (bench/RESULTS.md, sixteenth round).
import {
  type Family, type Lang, type Rng, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';
import type { ChatMessage } from '../../../../src/core/types';

const hhmm = (rng: Rng, hFrom: number, hTo: number): string => `${pad(rng.int(hFrom, hTo))}:${pad(rng.int(0, 11) * 5)}`;
const money = (n: number): string => n.toLocaleString('en-US');

// ---------------------------------------------------------------- simple_reflex

const srHeadline: Family = {
  id: 'xb-sr-headline-section',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'One incoming wire headline is mapped straight to a desk and a priority flag; nothing carries over between items.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es', 'en'], i);
    const heads: Record<string, string[]> = {
      en: [
        'Central bank holds rates at 4.25% as inflation cools for third month',
        'Striker ruled out for six weeks with hamstring tear ahead of derby',
        'Archaeologists uncover Roman mosaic beneath hospital car park',
        'Wildfire forces evacuation of three coastal villages overnight',
        'Orchestra cancels autumn tour after funding row with city council',
        'Ferry operator suspends crossings as union announces 48-hour strike',
      ],
      de: [
        'Bundestag beschließt Reform des Wahlrechts mit knapper Mehrheit',
        'Dax schließt nach Zinsentscheid der EZB deutlich im Plus',
        'Hochwasser: Feuerwehr evakuiert Altenheim in Passau',
        'Staatsoper sagt Premiere wegen Erkrankung der Sopranistin ab',
      ],
      es: [
        'El Congreso aprueba la reforma de la ley de vivienda por un solo voto',
        'El Real Betis ficha a un lateral brasileño por doce millones',
        'Un incendio forestal obliga a desalojar dos pueblos en Ourense',
        'El Museo del Prado recibe en préstamo tres obras de Sorolla',
      ],
    };
    const head = rng.pick(heads[lang] ?? heads.en!);
    const source = rng.pick(['AP', 'Reuters', 'AFP', 'dpa', 'EFE', 'PA Media']);
    const instructions = t(lang, {
      en: `You sit on the wire-ingest desk of ${rng.pick(['the Northern Courier', 'Metro Daily', 'The Harbour Post'])}. For each item, pick the desk that should own it and whether it is a flash. Flash = breaking, affects life/safety or markets in the next hour. Output JSON only.`,
      de: 'Du sitzt am Agenturtisch der Nachrichtenredaktion. Ordne jede Meldung dem zuständigen Ressort zu und entscheide, ob es eine Eilmeldung ist (Gefahr für Leib und Leben oder Marktbewegung in der nächsten Stunde). Nur JSON ausgeben.',
      es: 'Estás en la mesa de agencias de la redacción. Asigna cada teletipo a la sección que debe llevarlo e indica si es urgente (afecta a vidas, seguridad o mercados en la próxima hora). Responde solo en JSON.',
    });
    const messages: ChatMessage[] = [];
    if (i !== 4) messages.push(sys(instructions));
    messages.push(user(i === 4 ? `${instructions}\n\n[${source}] ${head}` : `[${source} ${hhmm(rng, 5, 23)}] ${head}`));
    return {
      lang,
      messages,
      response_format: jsonSchema('wire_route', {
        desk: oneOf('politics', 'business', 'sport', 'culture', 'science', 'local', 'world'),
        flash: bool,
      }),
      max_tokens: rng.pick([30, 40, 60]),
      temperature: 0,
    };
  },
};

const srCueUsage: Family = {
  id: 'xb-sr-cue-usage',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A single cue-sheet line is tagged with its usage category by fixed rules, a direct input-to-label mapping.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'pt', 'fr'], i);
    const titles = ['Night Drive', 'Paper Lanterns', 'Cold Harbour', 'Velvet Static', 'Marigold', 'Long Way Down', 'Salt & Iron'];
    const writers = ['K. Aalto', 'M. Okafor', 'J. Ferreira', 'L. Brandt', 'S. Ito', 'R. Delacroix'];
    const scenes = [
      'heard on car radio, dialogue over',
      'band performs on stage, vocals audible, on screen 20s',
      'score under montage, no vocals',
      'opening titles, full vocal',
      'plays from phone speaker in background, lyrics faint',
      'rolling credits, instrumental version',
    ];
    const start = rng.int(1, 80);
    const line = `Cue ${rng.int(3, 42)} | ${pad(Math.floor(start / 60))}:${pad(start % 60)}:${pad(rng.int(0, 59))} | dur ${rng.int(8, 95)}s | "${rng.pick(titles)}" (${rng.pick(writers)}) | ${rng.pick(scenes)}`;
    const ask = t(lang, {
      en: 'Tag this cue for the cue sheet.',
      fr: 'Classe ce cue pour la feuille de musique (cue sheet).',
      pt: 'Classifique este cue para a cue sheet.',
    });
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: 'Cue sheet assistant for a post-production music department. Usage codes follow PRO conventions: BI background instrumental, BV background vocal, VI visual instrumental, VV visual vocal, MT main title, ET end title. If performers are seen on screen it is visual. Call tag_cue exactly once.',
        fr: 'Assistant feuille de musique pour le département musique d’une société de post-production. Codes d’usage : BI fond instrumental, BV fond vocal, VI visuel instrumental, VV visuel vocal, MT générique de début, ET générique de fin. Si les interprètes sont à l’image, c’est visuel. Appelle tag_cue une seule fois.',
        pt: 'Assistente de cue sheet do departamento de música de uma pós-produtora. Códigos: BI fundo instrumental, BV fundo vocal, VI visual instrumental, VV visual vocal, MT abertura, ET créditos finais. Se os intérpretes aparecem na tela, é visual. Chame tag_cue uma única vez.',
      })),
      user(`${ask}\n${line}`),
    ];
    return {
      lang,
      messages,
      tools: [tool('tag_cue', 'Write the usage code for one cue.', {
        cue_number: int,
        usage: oneOf('BI', 'BV', 'VI', 'VV', 'MT', 'ET'),
      })],
      tool_choice: { type: 'function', function: { name: 'tag_cue' } },
    };
  },
};

const srGateScan: Family = {
  id: 'xb-sr-gate-scan',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each barcode scan payload maps to admit / deny / refer by fixed rules on that payload alone, and it must be fast.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'zh', 'ja', 'en', 'zh'], i);
    const status = rng.pick(['valid', 'already_scanned', 'refunded', 'valid', 'transferred_pending']);
    const payload = {
      barcode: `TX${rng.int(10000000, 99999999)}`,
      event_id: `EVT-${rng.int(2000, 9999)}`,
      gate: rng.pick(['N3', 'S1', 'E2', 'VIP-W']),
      ticket_gate_zone: rng.pick(['N', 'S', 'E', 'VIP']),
      status,
      first_scan_at: status === 'already_scanned' ? `2026-0${rng.int(4, 9)}-1${rng.int(0, 9)}T19:${pad(rng.int(0, 59))}:00Z` : null,
      age_restricted: rng.chance(0.3),
    };
    const rules = t(lang, {
      en: 'Turnstile decision service. Rules: valid + matching zone -> admit. already_scanned or refunded -> deny. transferred_pending, zone mismatch, or age_restricted -> refer (steward checks ID / sends to box office). Answer with the JSON only.',
      ja: '改札判定サービスです。ルール：valid かつゾーン一致なら admit。already_scanned または refunded は deny。transferred_pending、ゾーン不一致、age_restricted は refer（係員が本人確認、またはチケット窓口へ案内）。JSONのみで回答してください。',
      zh: '闸机判定服务。规则：valid 且区域一致 -> admit；already_scanned 或 refunded -> deny；transferred_pending、区域不符或 age_restricted -> refer（由工作人员核验身份或引导至售票处）。只返回 JSON。',
    });
    const messages: ChatMessage[] = rng.chance(0.5)
      ? [sys(rules), user(JSON.stringify(payload))]
      : [user(`${rules}\n\n${JSON.stringify(payload, null, 1)}`)];
    return {
      lang,
      messages,
      response_format: jsonSchema('gate_decision', {
        action: oneOf('admit', 'deny', 'refer'),
        code: oneOf('OK', 'DUPLICATE', 'REFUNDED', 'PENDING_TRANSFER', 'WRONG_ZONE', 'ID_CHECK'),
      }),
      max_tokens: 25,
    };
  },
};

const srArtifact: Family = {
  id: 'xb-sr-artifact-handling',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'An intake photo and short description are mapped to one handling class, a one-shot classification with no history.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr'], i);
    const objects = [
      { en: 'Taxidermy owl, glass eyes, wooden base, label dated 1890s', de: 'Präparierte Eule, Glasaugen, Holzsockel, Etikett um 1890', fr: 'Chouette naturalisée, yeux de verre, socle en bois, étiquette vers 1890' },
      { en: 'Glazed earthenware bowl, hairline crack along rim', de: 'Glasierte Irdenware-Schale, Haarriss am Rand', fr: 'Bol en faïence émaillée, fêlure fine sur le bord' },
      { en: 'Box of nitrate film reels, some cans rusted', de: 'Karton mit Nitrofilmrollen, einige Dosen verrostet', fr: 'Carton de bobines de film nitrate, certaines boîtes rouillées' },
      { en: 'Bound ledger, leather cover, signs of active insect frass', de: 'Gebundenes Kontobuch, Ledereinband, frischer Insektenkot sichtbar', fr: 'Registre relié, couverture en cuir, traces fraîches d’insectes' },
      { en: 'Bronze medal in display case, stable surface', de: 'Bronzemedaille in Vitrine, stabile Oberfläche', fr: 'Médaille en bronze dans une vitrine, surface stable' },
    ];
    const o = rng.pick(objects);
    const desc = o[lang as 'en' | 'de' | 'fr'] ?? o.en;
    const acc = `${rng.int(1990, 2026)}.${rng.int(1, 400)}.${rng.int(1, 30)}`;
    const text = t(lang, {
      en: `Intake ${acc}. ${desc}. Handling class?`,
      de: `Eingang ${acc}. ${desc}. Welche Handhabungsklasse?`,
      fr: `Entrée ${acc}. ${desc}. Quelle classe de manipulation ?`,
    });
    return {
      lang,
      messages: [
        sys('Collections intake helper. Classes: standard, fragile, hazardous (nitrate, arsenic-treated, radioactive, asbestos), quarantine (live pests, mould). Return one class and a one-line note for the registrar.'),
        { role: 'user', content: [
          { type: 'text', text },
          { type: 'image_url', image_url: { url: `https://dams.example-museum.org/intake/${acc}/photo_${rng.int(1, 4)}.jpg`, detail: 'low' } },
        ] },
      ],
      response_format: jsonSchema('handling', { class: oneOf('standard', 'fragile', 'hazardous', 'quarantine'), note: str }),
      max_tokens: 80,
    };
  },
};

const srMatchEvent: Family = {
  id: 'xb-sr-match-event',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each commentary line is tagged with an event type on its own, a stateless per-input labelling task.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'pt', 'en', 'en'], i);
    const minute = rng.int(2, 93);
    const lines: Record<string, string[]> = {
      en: [
        `${minute}' Hendricks goes into the book for a late lunge on Okoye.`,
        `${minute}' Off comes Varga, on goes the 19-year-old Lindqvist.`,
        `${minute}' Header from the corner... crashes off the bar and away!`,
        `${minute}' It's in! Moreau curls it into the top corner from 20 yards!`,
      ],
      es: [
        `${minute}' ¡Gooool! Remate de cabeza de Iñaki tras el córner.`,
        `${minute}' Tarjeta amarilla para Pedraza por protestar.`,
        `${minute}' Cambio en el visitante: entra Salas, se retira Romero.`,
      ],
      pt: [
        `${minute}' Cartão vermelho direto para Tavares após entrada dura.`,
        `${minute}' Chute de fora da área, a bola passa raspando a trave.`,
        `${minute}' Substituição: sai Gabriel, entra Juninho.`,
      ],
    };
    const line = rng.pick(lines[lang] ?? lines.en!);
    const noSys = i % 2 === 1;
    const instr = t(lang, {
      en: 'Tag the live-text line with one event type for the match centre widget.',
      es: 'Etiqueta la línea del minuto a minuto con un tipo de evento para el widget del partido.',
      pt: 'Classifique a linha do lance a lance com um tipo de evento para o widget da partida.',
    });
    return {
      lang,
      messages: noSys ? [user(`${instr}\n${line}`)] : [sys(instr), user(line)],
      response_format: jsonSchema('match_event', {
        type: oneOf('goal', 'yellow_card', 'red_card', 'substitution', 'chance', 'other'),
        minute: int,
      }),
      max_tokens: 30,
    };
  },
};

const srSlush: Family = {
  id: 'xb-sr-slush-query',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'One query letter is routed to a fixed response category under the agency’s submission rules, with no memory of other letters.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'de', 'en'], i);
    const genre = rng.pick(['literary fiction', 'cozy mystery', 'epic fantasy', 'memoir', 'YA romance', 'narrative nonfiction']);
    const words = rng.int(38, 240) * 1000;
    const name = rng.pick(['Dana Whitfield', 'Tomás Rei', 'Ifeoma Achebe', 'Greta Holm', 'Priya Raman']);
    const letter = t(lang, {
      en: `Dear Agent,\n\nI am seeking representation for ${rng.pick(['THE SALT ORCHARD', 'NINE BELLS', 'A HOUSE OF SMALL WEATHER', 'LANTERN COUNTRY'])}, a ${genre} complete at ${money(words)} words. ${rng.pick(['A widowed lighthouse keeper finds letters addressed to her from a sister she never had.', 'When the town clockmaker dies, his apprentice inherits a debt that must be paid in hours.', 'Told through recipes and hospital notes, this is the story of my father’s last year.'])} ${rng.chance(0.5) ? 'My short fiction has appeared in Granta and The Stinging Fly.' : 'This is my first novel.'}\n\nThe first ten pages are pasted below.\n\nBest,\n${name}`,
      de: `Sehr geehrte Damen und Herren,\n\nich suche eine Agentur für meinen Roman „Die Salzgärten“ (${genre}, ${money(words)} Wörter, abgeschlossen). Eine verwitwete Leuchtturmwärterin findet Briefe einer Schwester, die sie nie hatte. Meine Erzählungen erschienen in der Zeitschrift „Akzente“.\n\nMit freundlichen Grüßen\n${name}`,
    });
    const rules = 'Submission rules for this agency list: we represent adult literary fiction, upmarket book-club fiction, memoir and narrative nonfiction. No genre fantasy/SF, no YA, no picture books. Manuscripts under 60k or over 150k words get pass unless memoir. Strong credits or a standout hook -> request_full; promising but unclear -> request_partial. Return exactly one category.';
    return {
      lang,
      messages: [sys(rules), user(letter)],
      response_format: jsonSchema('query_route', { route: oneOf('request_full', 'request_partial', 'pass', 'wrong_list') }),
      max_tokens: rng.pick([20, 50]),
    };
  },
};

// ---------------------------------------------------------------- model_based_reflex

const mbLiveblog: Family = {
  id: 'xb-mb-liveblog-desk',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The agent folds successive, partly contradictory wire updates into a running picture of an unfolding incident and reports what is true now.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de', 'en'], i);
    const ev = rng.pick([
      { en: 'warehouse fire at the container port', fr: 'incendie d’entrepôt au port à conteneurs', de: 'Lagerhallenbrand am Containerhafen' },
      { en: 'partial roof collapse at the exhibition centre', fr: 'effondrement partiel du toit du parc des expositions', de: 'teilweiser Dacheinsturz im Messezentrum' },
      { en: 'evacuation of the arena during the concert', fr: 'évacuation de l’aréna pendant le concert', de: 'Räumung der Arena während des Konzerts' },
      { en: 'tram derailment on Ring Road', fr: 'déraillement de tramway sur le boulevard périphérique', de: 'Straßenbahnentgleisung am Ring' },
    ]);
    const event = ev.en;
    const local = t(lang, ev);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You maintain the live blog for the metro desk. Only publish what is confirmed by an official source (police, fire service, operator) or by two independent agencies. Attribute every figure. Casualty numbers: use the latest official figure, never add agency numbers together. When an earlier line is superseded, mark it for correction rather than deleting it.`,
        fr: `Tu tiens le direct de la rubrique locale. Ne publie que ce qui est confirmé par une source officielle (police, pompiers, exploitant) ou par deux agences indépendantes. Attribue chaque chiffre. Pour les victimes, utilise le dernier chiffre officiel, sans additionner les chiffres des agences. Si une ligne publiée est dépassée, signale-la pour correction au lieu de la supprimer.`,
        de: `Du betreust den Liveblog des Lokalressorts. Veröffentliche nur, was eine offizielle Quelle (Polizei, Feuerwehr, Betreiber) oder zwei unabhängige Agenturen bestätigen. Jede Zahl wird belegt. Bei Verletzten gilt die jeweils neueste amtliche Zahl, Agenturzahlen werden nie addiert. Überholte Zeilen werden zur Korrektur markiert, nicht gelöscht.`,
      })),
      user(t(lang, {
        en: `Keep the blog current on the ${local}. Blog id LB-${rng.int(300, 999)}.`,
        fr: `Tiens le direct à jour sur l’incident : ${local}. Direct LB-${rng.int(300, 999)}.`,
        de: `Halte den Liveblog zum Ereignis aktuell: ${local}. Blog LB-${rng.int(300, 999)}.`,
      })),
    ];
    let injured = rng.int(2, 6);
    const base = rng.int(10, 16);
    exchange(rng, messages, 'get_liveblog', { id: 'current' }, {
      posts: [
        { at: `${base}:05`, text: `Emergency services at the scene of the ${event}.`, source: 'fire service' },
        { at: `${base}:18`, text: `${injured} people taken to hospital, police say.`, source: 'police' },
      ],
    });
    const steps = rng.int(2, 4);
    for (let k = 0; k < steps; k++) {
      const prev = injured;
      injured += rng.int(0, 4);
      const items = [
        { agency: rng.pick(['AFP', 'dpa', 'Reuters']), at: `${base + k + 1}:${pad(rng.int(0, 50))}`, text: `Witnesses report ${injured + rng.int(3, 9)} injured` , official: false },
        { agency: 'police_x_account', at: `${base + k + 1}:${pad(rng.int(0, 59))}`, text: injured === prev ? 'No change to casualty figure. Cordon extended 200m.' : `Updated: ${injured} people in hospital, ${rng.int(0, 2)} seriously.`, official: true },
      ];
      if (rng.chance(0.4)) items.push({ agency: 'operator_statement', at: `${base + k + 1}:55`, text: rng.pick(['Services on lines 2 and 4 suspended until further notice.', 'All staff accounted for.', 'Cause not yet known; investigators on site.']), official: true });
      const { message, ids } = calls(rng, ['fetch_wire', { since: `${base + k}:30`, query: event.split(' ').slice(-2).join(' ') }]);
      messages.push(message, result(ids[0]!, { items }));
      if (k < steps - 1) messages.push(say(t(lang, { en: 'Noted; holding the unconfirmed witness figure.', fr: 'Noté ; je ne retiens pas le chiffre non confirmé des témoins.', de: 'Notiert; die unbestätigte Zeugenzahl bleibt draußen.' })));
    }
    messages.push(user(t(lang, {
      en: 'Night editor here. Where do we stand right now: what is confirmed, what is still only reported, and which of our posted lines need a correction?',
      fr: 'Ici l’éditeur de nuit. Où en est-on maintenant : qu’est-ce qui est confirmé, qu’est-ce qui n’est que rapporté, et quelles lignes publiées doivent être corrigées ?',
      de: 'Hier Nachtdienst. Wie ist der Stand jetzt: was ist bestätigt, was nur berichtet, und welche veröffentlichten Zeilen müssen korrigiert werden?',
    })));
    return {
      lang,
      messages,
      tools: [
        tool('get_liveblog', 'Return posts already published on the live blog.', { id: str }),
        tool('fetch_wire', 'Fetch agency and official items since a time.', { since: str, query: str }),
        tool('post_update', 'Publish a new live-blog entry.', { text: str, source: str, correction_of: str }, ['text', 'source']),
      ],
    };
  },
};

const mbPlayout: Family = {
  id: 'xb-mb-playout-monitor',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'Master control only sees log chunks and signal probes, so the agent has to infer which source is actually on air and react to that.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'zh', 'ja'], i);
    const ch = rng.pick(['CH4 HD', 'Radio One FM', 'SportsPlus 2', 'News24']);
    const messages: ChatMessage[] = [
      sys(`MCR assistant for ${ch}. You read playout server logs and signal probes. The automation does not always log manual overrides. Main chain: PLAYOUT-A -> router in 3 -> encoder E1. Backup: PLAYOUT-B -> router in 4 -> E2. Silence/black > 8s on air is a reportable fault. Answer concisely for the duty engineer.`),
    ];
    if (i !== 2) messages.push(user(t(lang, {
      en: 'Pull the last few minutes, something looked off on the confidence monitor.',
      ja: '直近数分のログを確認してください。モニターで何かおかしく見えました。',
      zh: '拉一下最近几分钟的日志，监看画面看起来不太对。',
    })));
    const t0 = rng.int(10, 21);
    exchange(rng, messages, 'tail_playout_log', { server: 'PLAYOUT-A', lines: 40 },
      [
        `${t0}:41:02.114 INFO  item START id=PRM_${rng.int(1000, 9999)} dur=00:00:30`,
        `${t0}:41:32.120 INFO  item START id=SHOW_${rng.int(100, 999)}_SEG2 dur=00:12:44`,
        `${t0}:42:10.877 WARN  SDI out 1 ref lost`,
        `${t0}:42:11.002 WARN  genlock re-acquire attempt 1`,
        `${t0}:42:19.450 INFO  genlock OK`,
      ].join('\n'));
    exchange(rng, messages, 'get_router_crosspoints', { dest: 'TX_MAIN' },
      { dest: 'TX_MAIN', source: rng.pick(['IN3', 'IN4']), last_change: `${t0}:42:14`, changed_by: rng.pick(['panel MCR-2', 'automation', 'unknown']) });
    exchange(rng, messages, 'probe_signal', { point: 'E1_out' },
      { video: rng.pick(['black', 'ok', 'freeze']), audio_lufs: rng.pick([-70, -23.4, -24.1]), duration_s: rng.int(6, 40) });
    if (rng.chance(0.6)) exchange(rng, messages, 'probe_signal', { point: 'E2_out' }, { video: 'ok', audio_lufs: -23.8, duration_s: 60 });
    messages.push(user(t(lang, {
      en: 'So what is actually going out to air now, and what should I do this minute?',
      ja: '今、実際にオンエアされているのはどのソースですか？この瞬間に何をすべきですか？',
      zh: '那现在实际播出的是哪一路？我这一分钟该做什么？',
    })));
    return {
      lang,
      messages,
      tools: [
        tool('tail_playout_log', 'Last N lines of a playout server log.', { server: oneOf('PLAYOUT-A', 'PLAYOUT-B'), lines: int }),
        tool('get_router_crosspoints', 'Current source routed to a destination.', { dest: str }),
        tool('probe_signal', 'Measure video/audio at a monitoring point.', { point: str }),
        tool('take_source', 'Switch TX_MAIN to a router input.', { source: str }),
      ],
      max_tokens: rng.pick([300, 500]),
    };
  },
};

const mbVenueCrowd: Family = {
  id: 'xb-mb-venue-crowd',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Periodic turnstile and camera counts are accumulated into a per-zone occupancy picture that is only indirectly observed, and the question is about now.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'pt', 'en'], i);
    const cap: Record<string, number> = { north: rng.int(6, 9) * 1000, south: rng.int(6, 9) * 1000, east: rng.int(3, 5) * 1000 };
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `Crowd desk assistant for the arena control room. Concourse capacities: north ${cap.north}, south ${cap.south}, east ${cap.east}. Turnstile feeds give entries per gate; camera density is an estimate (persons/m2) and lags ~2 min. Fans move between concourses via the bridge, which is not counted. Keep a running estimate and flag any zone above 85%.`,
        es: `Asistente de la sala de control del estadio. Aforos de vestíbulos: norte ${cap.north}, sur ${cap.south}, este ${cap.east}. Los tornos dan entradas por puerta; la densidad de cámara es una estimación (personas/m2) con ~2 min de retraso. El público pasa entre vestíbulos por la pasarela, que no se cuenta. Lleva una estimación continua y avisa si una zona supera el 85%.`,
        pt: `Assistente da sala de controle da arena. Capacidades: norte ${cap.north}, sul ${cap.south}, leste ${cap.east}. As catracas informam entradas por portão; a densidade das câmeras é estimada (pessoas/m2) com atraso de ~2 min. O público circula entre saguões pela passarela, que não é contada. Mantenha uma estimativa contínua e avise se alguma zona passar de 85%.`,
      })),
    ];
    const n = rng.int(3, 6);
    let min = rng.int(0, 30);
    for (let k = 0; k < n; k++) {
      min += rng.int(4, 9);
      const counts = `[18:${pad(min % 60)}] N gates +${rng.int(300, 1400)} | S gates +${rng.int(200, 1200)} | E gate +${rng.int(50, 600)} | cam N ${(rng.int(8, 30) / 10).toFixed(1)}/m2, bridge cam ${rng.pick(['flowing N->S', 'static', 'flowing S->N', 'heavy N->E'])}`;
      messages.push(user(counts));
      if (k < n - 1) messages.push(say(rng.pick(['Logged. North filling fastest.', 'Logged. No zone over threshold yet.', 'Logged; bridge flow shifts some of north into south.', 'Logged.'])));
    }
    messages.push(user(t(lang, {
      en: 'Doors close in 10. What does each concourse look like right now, and do we hold the north gates?',
      es: 'Cerramos puertas en 10. ¿Cómo está cada vestíbulo ahora mismo y retenemos las puertas norte?',
      pt: 'Fechamos os portões em 10. Como está cada saguão agora e seguramos os portões norte?',
    })));
    return { lang, messages, max_tokens: 250 };
  },
};

const mbStealthGuard: Family = {
  id: 'xb-mb-stealth-guard',
  label: 'model_based_reflex',
  difficulty: 'hard',
  secondary: 'goal_based',
  rationale: 'The guard NPC only perceives noises and glimpses, so it must keep a belief about where the intruder is and pick the next action from that belief.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'ja', 'en'], i);
    const rooms = ['atrium', 'east_hall', 'vault_corridor', 'kitchen', 'stairwell', 'archive', 'courtyard'];
    const messages: ChatMessage[] = [
      sys(`You drive guard NPC "${rng.pick(['Brannigan', 'Holt', 'Sergeant Vey'])}" in a stealth game build (ai-sandbox ${rng.int(40, 90)}). Each tick you get a perception packet. You cannot see through walls; sounds carry one room. Stay in character; never teleport. Rooms connect: atrium-east_hall, east_hall-vault_corridor, atrium-kitchen, kitchen-stairwell, stairwell-archive, archive-vault_corridor, atrium-courtyard. Reply with exactly one tool call per tick.`),
    ];
    let here = 'atrium';
    const ticks = rng.int(3, 5);
    for (let k = 1; k <= ticks; k++) {
      const perception = {
        tick: k,
        position: here,
        sees: rng.chance(0.25) ? [{ kind: 'door', room: rng.pick(rooms), state: 'ajar' }] : [],
        hears: rng.chance(0.7) ? [{ sound: rng.pick(['footstep', 'glass_clink', 'door_creak', 'vent_rattle']), from: rng.pick(rooms), loudness: rng.int(1, 5) }] : [],
        alert_level: rng.pick(['calm', 'suspicious', 'suspicious', 'searching']),
      };
      messages.push(user(JSON.stringify(perception)));
      if (k < ticks) {
        const adj: Record<string, string[]> = { atrium: ['east_hall', 'kitchen', 'courtyard'], east_hall: ['atrium', 'vault_corridor'], vault_corridor: ['east_hall', 'archive'], kitchen: ['atrium', 'stairwell'], stairwell: ['kitchen', 'archive'], archive: ['stairwell', 'vault_corridor'], courtyard: ['atrium'] };
        const next = rng.pick(adj[here] ?? rooms);
        const { message, ids } = calls(rng, [rng.pick(['move_to', 'look_at']), { room: next }]);
        messages.push(message, result(ids[0]!, { ok: true }));
        if (message.tool_calls?.[0]?.function.name === 'move_to') here = next;
      }
    }
    if (lang === 'ja') messages.push(user('ティック更新。侵入者がどこにいそうか考えた上で、次の行動を1つ選んでください。'));
    return {
      lang,
      messages,
      tools: [
        tool('move_to', 'Walk to an adjacent room.', { room: oneOf(...rooms) }),
        tool('look_at', 'Turn and look into an adjacent room.', { room: oneOf(...rooms) }),
        tool('investigate', 'Search the current room for 2 ticks.', {}),
        tool('raise_alarm', 'Trigger the facility alarm.', { reason: str }),
      ],
      tool_choice: 'required',
      temperature: 0.4,
    };
  },
};

const mbPodcastMix: Family = {
  id: 'xb-mb-podcast-live-mix',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Meter snapshots arrive over a live recording and the assistant tracks each channel’s condition to say what is wrong with the mix at this moment.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr', 'de'], i);
    const chans = rng.sample(['host_mic', 'guest1_mic', 'guest2_remote', 'music_bed', 'sfx', 'call_in'], 4);
    const messages: ChatMessage[] = [];
    if (rng.chance(0.7)) messages.push(sys('Live-show audio helper for a podcast network. You get meter snapshots (peak dBFS, short-term LUFS, gate open y/n) every 30 s from the console bridge. Target integrated -16 LUFS, true peak below -1 dBTP. Remote guests can drop to the backup codec without notice, which changes their level by about -6 dB.'));
    const snaps = rng.int(3, 6);
    for (let k = 0; k < snaps; k++) {
      const row = chans.map((c) => `${c}: pk ${-rng.int(0, 18)} / st ${-rng.int(12, 30)} / gate ${rng.pick(['y', 'y', 'n'])}`).join(' | ');
      messages.push(user(`t+${(k + 1) * 30}s  ${row}`));
      if (k < snaps - 1) messages.push(say(rng.pick(['ok', 'Noted.', `${chans[0]} running hot, watching it.`, `${chans[2]} dipped, could be the codec.`])));
    }
    messages.push(user(t(lang, {
      en: 'Producer asking: what is going on with the mix right now, which fader do I touch?',
      de: 'Die Produktion fragt: Was ist gerade mit der Mischung los, an welchen Fader muss ich?',
      fr: 'La production demande : qu’est-ce qui se passe avec le mix en ce moment, quel fader je touche ?',
    })));
    return { lang, messages, max_tokens: rng.pick([120, 200]) };
  },
};

const mbMatchTracker: Family = {
  id: 'xb-mb-match-tracker',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Paged event-feed results must be folded into the score, cards and who is on the pitch, then queried for the present situation.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'pt', 'en'], i);
    const home = rng.pick(['Rovers', 'Athletic', 'CD Marina', 'EC Serrano']);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `Bench analyst bot for ${home}. Rules: 5 substitutions in at most 3 windows (half-time does not count as a window). Two yellows = red. Read the event feed pages in order.`,
        es: `Bot analista del banquillo de ${home}. Reglas: 5 cambios en como máximo 3 ventanas (el descanso no cuenta). Dos amarillas = roja. Lee las páginas del feed de eventos en orden.`,
        pt: `Bot analista do banco do ${home}. Regras: 5 substituições em no máximo 3 janelas (o intervalo não conta). Dois amarelos = vermelho. Leia as páginas do feed de eventos em ordem.`,
      })),
      user(t(lang, { en: 'Sync the match feed.', es: 'Sincroniza el feed del partido.', pt: 'Sincronize o feed da partida.' })),
    ];
    const players = ['#4 Duarte', '#6 Kemp', '#8 Nilsen', '#10 Arroyo', '#11 Baptiste', '#17 Osei', '#21 Lund', '#23 Ferro'];
    let seq = 0;
    const pages = rng.int(2, 4);
    let minute = 0;
    for (let p = 0; p < pages; p++) {
      const events = [];
      for (let e = 0; e < rng.int(2, 4); e++) {
        minute += rng.int(4, 14);
        const kind = rng.pick(['goal', 'yellow', 'sub', 'sub', 'yellow', 'var_check']);
        events.push({ seq: ++seq, min: minute, team: rng.pick(['home', 'away']), kind, player: rng.pick(players), ...(kind === 'sub' ? { on: rng.pick(['#14 Ruiz', '#15 Adler', '#19 Moss', '#26 Vidal']) } : {}) });
      }
      exchange(rng, messages, 'get_events', { after_seq: seq - events.length }, { events, more: p < pages - 1 });
    }
    messages.push(user(t(lang, {
      en: 'Coach wants it now: score, which of our players are on the pitch and on a yellow, and how many subs and windows we still have.',
      es: 'El míster lo quiere ya: marcador, qué jugadores nuestros están en el campo y con amarilla, y cuántos cambios y ventanas nos quedan.',
      pt: 'O treinador quer agora: placar, quais jogadores nossos estão em campo e com amarelo, e quantas substituições e janelas ainda temos.',
    })));
    return {
      lang,
      messages,
      tools: [tool('get_events', 'Page through the live event feed.', { after_seq: int })],
      response_format: rng.chance(0.5) ? jsonSchema('bench_snapshot', {
        score: str, on_pitch: list(str), booked: list(str), subs_left: int, windows_left: int,
      }) : undefined,
    };
  },
};

// ---------------------------------------------------------------- goal_based

const gbLoadIn: Family = {
  id: 'xb-gb-festival-load-in',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'A target condition (stage show-ready by doors) and actions with prerequisites are given, and the answer is an ordered sequence that reaches it.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es', 'en'], i);
    const doors = `${rng.int(16, 19)}:${rng.pick(['00', '30'])}`;
    const tasks = [
      ['hang_motors', 'riggers', 45, '-'],
      ['rig_truss', 'riggers', 60, 'hang_motors'],
      ['fly_pa', 'audio', 50, 'rig_truss'],
      ['lights_focus', 'lighting', 40, 'rig_truss'],
      ['backline_set', 'stagehands', 35, '-'],
      ['foh_patch', 'audio', 30, 'fly_pa'],
      ['line_check', 'audio', 25, 'foh_patch, backline_set'],
      ['led_wall_build', 'video', 70, rng.pick(['-', 'hang_motors'])],
      ['safety_walk', 'production', 15, 'line_check, lights_focus, led_wall_build'],
    ] as const;
    const rows = rng.sample([...tasks], tasks.length).map(([n, c, d, p]) => `| ${n} | ${c} | ${d} | ${p} |`).join('\n');
    const start = `${rng.int(9, 12)}:00`;
    const body = t(lang, {
      en: `Main stage, day ${rng.int(1, 3)}. Crew on site from ${start}, doors ${doors}. We need the stage show-ready (safety walk signed off) before doors. Each crew can do one task at a time. Give me the order and start times.`,
      de: `Hauptbühne, Tag ${rng.int(1, 3)}. Crew ab ${start} vor Ort, Einlass ${doors}. Die Bühne muss vor Einlass showbereit sein (Sicherheitsbegehung abgenommen). Jede Crew kann nur eine Aufgabe gleichzeitig erledigen. Gib mir Reihenfolge und Startzeiten.`,
      es: `Escenario principal, día ${rng.int(1, 3)}. Equipo en el recinto desde las ${start}, apertura de puertas a las ${doors}. El escenario tiene que estar listo para el show (recorrido de seguridad firmado) antes de abrir puertas. Cada equipo hace una tarea a la vez. Dame el orden y las horas de inicio.`,
    });
    const messages: ChatMessage[] = [
      sys('Production-office assistant for an outdoor festival. Be exact with times (24h). If the target cannot be met, say which prerequisite chain makes it impossible.'),
      user(`${body}\n\n| task | crew | minutes | needs |\n|---|---|---|---|\n${rows}`),
    ];
    if (rng.chance(0.4)) {
      messages.push(say('Before I sequence it: can riggers and the video crew work under the same truss at the same time?'));
      messages.push(user(rng.pick(['No, not while motors are running.', 'Yes, once the truss is at trim.'])));
    }
    return {
      lang,
      messages,
      response_format: jsonSchema('load_in_sequence', {
        steps: list(obj({ task: str, crew: str, start: str, end: str })),
        ready_at: str,
        feasible: bool,
      }),
    };
  },
};

const gbCmsEmbargo: Family = {
  id: 'xb-gb-cms-embargo',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The agent navigates CMS workflow transitions toward a fixed end condition (story live in the top slot at embargo lift) and chooses the next action.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'en', 'ja'], i);
    const slug = rng.pick(['budget-leak-ministry', 'transfer-window-record', 'museum-heist-arrest', 'festival-headliner-reveal']);
    const lift = `0${rng.int(5, 8)}:00`;
    const messages: ChatMessage[] = [
      sys(`Newsroom CMS operator (Arc-style API). Workflow: draft -> subbed -> legal_review -> ready -> scheduled -> published. legal_review can only be cleared by a lawyer account; you may request it. Homepage slots are set separately and only accept scheduled or published stories. Never publish before the embargo time in the story metadata.`),
      user(t(lang, {
        en: `Story ${slug} has to be live in homepage slot 1 the moment the embargo lifts at ${lift}. Get it there.`,
        fr: `L’article ${slug} doit être en ligne en position 1 de la une dès la levée de l’embargo à ${lift}. Fais le nécessaire.`,
        ja: `記事 ${slug} を、${lift} の解禁と同時にトップページ枠1に掲載された状態にしてください。`,
      })),
    ];
    const status = rng.pick(['draft', 'subbed', 'legal_review']);
    exchange(rng, messages, 'get_story', { slug }, {
      slug, status, embargo: `2026-11-${rng.int(10, 28)}T${lift}:00+01:00`, word_count: rng.int(500, 1400),
      tags: rng.chance(0.5) ? [] : ['news'], legal_flag: status === 'legal_review' ? 'pending' : rng.pick(['required', 'not_required']),
    });
    exchange(rng, messages, 'list_transitions', { slug }, { available: status === 'draft' ? ['subbed'] : status === 'subbed' ? ['legal_review', 'ready'] : [] });
    if (rng.chance(0.5)) exchange(rng, messages, 'get_homepage_slots', {}, { slot1: { slug: 'council-vote-live', locked_until: `0${rng.int(5, 7)}:30` }, slot2: null });
    if (i % 2 === 0) messages.push(user(t(lang, { en: 'What’s the next move?', fr: 'Quelle est la prochaine étape ?', ja: '次の一手は？' })));
    return {
      lang,
      messages,
      tools: [
        tool('get_story', 'Fetch story metadata.', { slug: str }),
        tool('list_transitions', 'Workflow transitions allowed now.', { slug: str }),
        tool('apply_transition', 'Move the story to another workflow status.', { slug: str, to: str }),
        tool('request_legal', 'Ask the duty lawyer to review.', { slug: str, note: str }),
        tool('schedule_publish', 'Schedule publication.', { slug: str, at: str }),
        tool('get_homepage_slots', 'Current homepage layout.', {}),
        tool('set_homepage_slot', 'Place a story in a slot at a time.', { slot: int, slug: str, from: str }),
      ],
      tool_choice: 'auto',
    };
  },
};

const gbDocClearance: Family = {
  id: 'xb-gb-doc-clearance',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'Release in a territory is the target; the agent searches the rights database and sequences the clearances still missing to reach it.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'de', 'en'], i);
    const film = rng.pick(['"Tidewater"', '"The Last Projectionist"', '"Ninety Winters"', '"Copper Town"']);
    const terr = rng.pick(['Brazil', 'Germany', 'Japan', 'Canada', 'the Nordics']);
    const messages: ChatMessage[] = [
      sys('Rights and clearances assistant for a documentary distributor. A title can ship to a territory only when every asset in its EDL has a licence covering that territory, the media (SVOD/TV), and the release window. Archive footage licences and music sync/master licences are separate. Use the tools; do not assume a licence exists.'),
      user(t(lang, {
        en: `We want ${film} on SVOD in ${terr} from ${rng.pick(['March', 'June', 'September'])} 1. Work out what stands in the way and the order to clear it.`,
        pt: `Queremos ${film} em SVOD no território ${terr} a partir de 1º de ${rng.pick(['março', 'junho', 'setembro'])}. Descubra o que impede e em que ordem liberar.`,
        de: `Wir wollen ${film} ab 1. ${rng.pick(['März', 'Juni', 'September'])} als SVOD in ${terr} anbieten. Finde heraus, was im Weg steht und in welcher Reihenfolge wir es klären.`,
      })),
    ];
    const assets = rng.int(4, 7);
    const edl = Array.from({ length: assets }, (_, k) => ({ asset: `A${pad(k + 1, 3)}`, type: rng.pick(['archive_clip', 'music_sync', 'music_master', 'photo', 'interview']), owner: rng.pick(['BBC Motion Gallery', 'Getty', 'Sony/ATV', 'indie label', 'estate of photographer', 'in-house']) }));
    exchange(rng, messages, 'get_edl_assets', { title: film }, { assets: edl });
    exchange(rng, messages, 'search_licences', { title: film, territory: terr }, {
      licences: edl.filter(() => rng.chance(0.55)).map((a) => ({ asset: a.asset, territories: rng.pick([['World'], ['World excl. ' + terr], [terr], ['EU']]), media: rng.pick(['all', 'TV only', 'SVOD']), expires: `20${rng.int(26, 31)}-12-31` })),
    });
    if (rng.chance(0.5)) exchange(rng, messages, 'get_contact', { owner: edl[0]!.owner }, { owner: edl[0]!.owner, typical_turnaround_days: rng.int(5, 45), requires_master_first: rng.chance(0.5) });
    return {
      lang,
      messages,
      tools: [
        tool('get_edl_assets', 'Third-party assets used in the cut.', { title: str }),
        tool('search_licences', 'Licences on file for a title.', { title: str, territory: str }),
        tool('get_contact', 'Licensor contact details and terms.', { owner: str }),
        tool('draft_licence_request', 'Prepare a licence request email.', { asset: str, owner: str, territory: str, media: str }),
      ],
    };
  },
};

const gbPlaytestBot: Family = {
  id: 'xb-gb-playtest-bot',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'An automated playtester must reach a quest-complete condition by moving through a level graph and interacting, choosing the next step toward it.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'zh', 'en', 'en'], i);
    const quest = rng.pick(['Q_lighthouse_keeper', 'Q_forge_the_key', 'Q_bridge_repair', 'Q_smugglers_cove']);
    const build = `${rng.int(0, 2)}.${rng.int(10, 40)}.${rng.int(100, 999)}`;
    const messages: ChatMessage[] = [
      sys(`Autoplay QA agent for build ${build}. Your job: drive the player character until quest ${quest} reports COMPLETE, so the regression run can check the ending cutscene. Use only the game API tools. If you are blocked for more than 3 attempts on the same node, call report_blocker.`),
    ];
    if (lang === 'zh') messages.push(user(`开始自动测试：把任务 ${quest} 推进到完成。`));
    else messages.push(user(`Start run #${rng.int(100, 900)}.`));
    exchange(rng, messages, 'get_quest', { id: quest }, {
      id: quest, status: 'ACTIVE',
      steps: [
        { id: 's1', text: 'Find the keeper’s logbook', done: true },
        { id: 's2', text: rng.pick(['Get the lens from the smith', 'Collect 3 iron ingots', 'Talk to the ferryman']), done: false },
        { id: 's3', text: 'Return to the lighthouse and use the item', done: false },
      ],
    });
    exchange(rng, messages, 'get_surroundings', {}, {
      node: rng.pick(['harbour_square', 'cliff_path', 'market_row']),
      exits: rng.sample(['cliff_path', 'market_row', 'smithy', 'docks', 'lighthouse_gate', 'chapel'], 3),
      npcs: rng.chance(0.5) ? ['ferryman'] : [],
      items: [],
      inventory: rng.sample(['logbook', 'rope', '12 coins', 'lantern'], 2),
    });
    if (rng.chance(0.6)) {
      exchange(rng, messages, 'move_to', { node: 'market_row' }, { ok: true, node: 'market_row', exits: ['harbour_square', 'smithy'], npcs: ['merchant'] });
    }
    return {
      lang,
      messages,
      tools: [
        tool('get_quest', 'Quest log entry.', { id: str }),
        tool('get_surroundings', 'Current node, exits, NPCs, items, inventory.', {}),
        tool('move_to', 'Walk to an adjacent node.', { node: str }),
        tool('interact', 'Talk to an NPC or use an object.', { target: str, item: str }, ['target']),
        tool('report_blocker', 'File a blocker for the QA lead.', { node: str, detail: str }),
      ],
      tool_choice: 'required',
    };
  },
};

const gbArchive: Family = {
  id: 'xb-gb-archive-retrieval',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'The agent follows catalogue cross-references step by step to locate a specific original master and get it to digitisation.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr'], i);
    const year = rng.int(1968, 1994);
    const prog = rng.pick(['"Harbour Lights" ep. 4', 'the cup final highlights', 'the election night special', '"Tomorrow’s World" local opt-out']);
    const messages: ChatMessage[] = [
      sys('Broadcast archive research assistant. The catalogue mixes programme records, physical carrier records (tape/film cans) and shelf locations. Transfers of original masters need: carrier located, condition checked, then a digitisation ticket. Viewing copies (VHS/U-matic dubs) are not masters.'),
      user(t(lang, {
        en: `Documentary team needs the original broadcast master of ${prog} (${year}) digitised. Track it down and raise the ticket.`,
        de: `Das Doku-Team braucht das Original-Sendeband von ${prog} (${year}) digitalisiert. Finde es und leg das Ticket an.`,
        fr: `L’équipe documentaire a besoin du master de diffusion original de ${prog} (${year}) numérisé. Retrouve-le et ouvre le ticket.`,
      })),
    ];
    const prgId = `PRG-${rng.int(10000, 99999)}`;
    exchange(rng, messages, 'search_catalog', { q: prog, year }, {
      hits: [
        { id: prgId, kind: 'programme', title: prog, tx_date: `${year}-0${rng.int(1, 9)}-1${rng.int(0, 9)}` },
        { id: `CAR-${rng.int(10000, 99999)}`, kind: 'carrier', format: 'VHS', note: 'viewing copy' },
      ],
    });
    exchange(rng, messages, 'open_record', { id: prgId }, {
      related: [{ rel: 'master_ref', id: `CAR-${rng.int(10000, 99999)}` }, { rel: 'see_also', id: `PRG-${rng.int(10000, 99999)}` }],
      note: rng.pick(['Master moved to off-site store 2009', 'Master re-canned after vinegar syndrome check', 'Cross-ref from old card index']),
    });
    if (rng.chance(0.5)) messages.push(say('The VHS hit is a viewing copy, following the master reference instead.'));
    return {
      lang,
      messages,
      tools: [
        tool('search_catalog', 'Full-text search over the catalogue.', { q: str, year: int }, ['q']),
        tool('open_record', 'Open one catalogue record.', { id: str }),
        tool('get_shelf_location', 'Physical location of a carrier.', { carrier_id: str }),
        tool('request_condition_check', 'Ask the vault to inspect a carrier.', { carrier_id: str }),
        tool('create_digitisation_ticket', 'Queue a transfer.', { carrier_id: str, priority: oneOf('normal', 'rush') }),
      ],
    };
  },
};

const gbBookProduction: Family = {
  id: 'xb-gb-book-production',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'Given initial facts, actions with preconditions and effects, and target facts, the request is for an action sequence that reaches the target.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'ja', 'en', 'ja'], i);
    const actions = [
      'copyedit: needs {ms_final} -> adds {ms_copyedited}',
      'author_review: needs {ms_copyedited} -> adds {ms_approved}',
      'typeset: needs {ms_approved, design_approved} -> adds {pages_v1}',
      'proofread: needs {pages_v1} -> adds {proof_marks}',
      'apply_corrections: needs {proof_marks} -> adds {pages_final}',
      'index: needs {pages_final} -> adds {index_done}',
      'cover_final: needs {design_approved, blurb_approved} -> adds {cover_print_ready}',
      'isbn_assign: needs {} -> adds {isbn}',
      'preflight: needs {pages_final, index_done, cover_print_ready, isbn} -> adds {files_to_printer}',
    ];
    const init = ['ms_final', ...rng.sample(['design_approved', 'blurb_approved', 'isbn'], rng.int(1, 2))];
    const title = rng.pick(['The Quiet Coast', 'Iron & Ink', 'Small Gods of the Kitchen', 'A Field Guide to Rain']);
    const ask = t(lang, {
      en: `Title: ${title}. Current facts: {${init.join(', ')}}. Target: {files_to_printer}. Missing approvals can be obtained with get_approval(x) which adds x. Give the shortest valid action sequence.`,
      es: `Título: ${title}. Hechos actuales: {${init.join(', ')}}. Objetivo: {files_to_printer}. Las aprobaciones que falten se obtienen con get_approval(x), que añade x. Da la secuencia de acciones válida más corta.`,
      ja: `書名：${title}。現在の事実：{${init.join(', ')}}。到達したい条件：{files_to_printer}。不足している承認は get_approval(x) で x を追加できます。有効な最短のアクション列を示してください。`,
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.6)) messages.push(sys('You are a production editor’s assistant at an independent press. Treat the actions below as the only legal moves.'));
    messages.push(user(`${rng.sample(actions, actions.length).join('\n')}\n\n${ask}`));
    return {
      lang,
      messages,
      response_format: rng.chance(0.6) ? jsonSchema('production_sequence', { actions: list(str), length: int }) : undefined,
      max_tokens: rng.pick([400, 800]),
    };
  },
};

// ---------------------------------------------------------------- utility_based

const ubComps: Family = {
  id: 'xb-ub-comp-allocation',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'A fixed pool of hospitality seats has to be divided among partners whose value per seat, minimums and caps trade off against each other.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es', 'en'], i);
    const pool = rng.int(8, 20) * 10;
    const partners = rng.sample([
      ['Main shirt sponsor', 9, 40, 80], ['Broadcaster', 7, 20, 40], ['City council', 4, 10, 20], ['Press box overflow', 3, 0, 30],
      ['Season-ticket lottery', 5, 10, 60], ['Youth academy families', 6, 0, 25], ['Kit supplier', 6, 10, 30], ['Charity partner', 5, 5, 15],
    ] as const, rng.int(5, 7));
    const table = partners.map(([n, v, lo, hi]) => `${n} | ${v} | ${lo} | ${hi}`).join('\n');
    const q = t(lang, {
      en: `We have ${pool} hospitality seats for the ${rng.pick(['derby', 'cup semi', 'season opener', 'farewell match'])}. Each partner has a value score per seat (1-10), a contractual minimum and a cap. Seats beyond what fills the minimums should go where they are worth most, but no single partner above 35% of the pool. Give the split.`,
      de: `Wir haben ${pool} Hospitality-Plätze für das ${rng.pick(['Derby', 'Pokalhalbfinale', 'Eröffnungsspiel'])}. Jeder Partner hat einen Wert pro Platz (1-10), ein vertragliches Minimum und eine Obergrenze. Plätze über die Minima hinaus sollen dorthin, wo sie am meisten bringen, aber kein Partner über 35 % des Kontingents. Gib die Aufteilung an.`,
      es: `Tenemos ${pool} plazas de hospitality para el ${rng.pick(['derbi', 'partido de semifinales de copa', 'partido inaugural'])}. Cada socio tiene una puntuación de valor por plaza (1-10), un mínimo contractual y un tope. Las plazas que sobren tras los mínimos deben ir donde más valgan, pero ningún socio puede superar el 35 % del total. Dame el reparto.`,
    });
    const messages: ChatMessage[] = [];
    if (i !== 3) messages.push(sys('Ticketing operations assistant for a football club. Show the arithmetic.'));
    messages.push(user(`${q}\n\npartner | value/seat | min | cap\n${table}`));
    return {
      lang,
      messages,
      response_format: jsonSchema('seat_split', { allocation: list(obj({ partner: str, seats: int })), total_value: num }),
    };
  },
};

const ubLineup: Family = {
  id: 'xb-ub-lineup-booking',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'Candidate acts with fees, expected draw and genre are chosen for a limited set of slots under a fee cap and mix rules, a trade-off selection.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'pt', 'en'], i);
    const acts = ['Lowland Choir', 'DJ Marisol', 'The Fennel Brothers', 'Kaito & the Reeds', 'Black Pines', 'Nadia Serrat', 'Hollow Moon', 'Brass Lantern', 'Sofi K', 'Tundra Kids'];
    const genres = ['indie', 'electronic', 'folk', 'jazz', 'rock', 'hip-hop'];
    const pickActs = rng.sample(acts, rng.int(6, 9));
    const rows = pickActs.map((a) => `${a} | ${rng.pick(genres)} | ${money(rng.int(4, 60) * 1000)} | ${money(rng.int(8, 90) * 100)} | ${rng.pick(['Fri', 'Sat', 'Fri/Sat', 'Sun'])}`).join('\n');
    const cap = rng.int(9, 18) * 10000;
    const slots = rng.int(4, 6);
    const q = t(lang, {
      en: `Second stage has ${slots} slots across the weekend and the artist fee cap is €${money(cap)}. We want as many extra tickets sold as possible, at least 3 genres, and no more than 2 acts of the same genre. Which acts on which days?`,
      fr: `La deuxième scène a ${slots} créneaux sur le week-end et l’enveloppe cachets est de ${money(cap)} €. On veut vendre le plus de billets supplémentaires possible, au moins 3 genres, et pas plus de 2 artistes du même genre. Quels artistes, quels jours ?`,
      pt: `O segundo palco tem ${slots} horários no fim de semana e o teto de cachês é €${money(cap)}. Queremos vender o máximo de ingressos extras, com pelo menos 3 gêneros e no máximo 2 atrações do mesmo gênero. Quais artistas em quais dias?`,
    });
    return {
      lang,
      messages: [
        sys('Booking assistant for a mid-size festival. "Est. extra tickets" is the promoter’s own estimate of additional sales an act brings. Availability column is binding.'),
        user(`${q}\n\nact | genre | fee € | est. extra tickets | available\n${rows}`),
      ],
      max_tokens: rng.pick([600, 900, 1200]),
    };
  },
};

const ubStoryAssign: Family = {
  id: 'xb-ub-story-assign',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'After gathering reporters and tomorrow’s stories via tools, the agent must pair them weighing news value, expertise, travel time and overtime cost.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'ja', 'en', 'en'], i);
    const messages: ChatMessage[] = [
      sys('Assignment desk assistant. News value is 1-5. A reporter with matching beat writes faster and better; travel over 60 min each way eats into filing time; overtime costs 1.5x and the desk has a weekly overtime cap. Assign one reporter per story, some stories may stay uncovered (use wire copy).'),
      user(t(lang, {
        en: `Sort out tomorrow's assignments for the ${rng.pick(['day', 'early', 'weekend'])} shift.`,
        ja: `明日の${rng.pick(['日勤', '早番'])}の取材割り当てを決めてください。ニュース価値、専門分野、移動時間、残業コストを考慮して。`,
      })),
    ];
    const beats = ['courts', 'politics', 'health', 'business', 'transport', 'culture'];
    exchange(rng, messages, 'list_reporters', { date: 'tomorrow' },
      rng.sample(['A. Novak', 'B. Ferreira', 'C. Yamada', 'D. Okonkwo', 'E. Larsen', 'F. Haddad'], rng.int(3, 5)).map((n) => ({ name: n, beat: rng.pick(beats), hours_left_before_ot: rng.int(0, 9), base: rng.pick(['HQ', 'North bureau', 'remote']) })));
    exchange(rng, messages, 'get_story_list', { date: 'tomorrow' },
      Array.from({ length: rng.int(4, 7) }, (_, k) => ({ id: `S${k + 1}`, topic: rng.pick(['Sentencing in arson trial', 'Hospital waiting-list figures', 'Bus fare rise vote', 'Theatre reopening', 'Factory closure', 'Mayoral debate']), beat: rng.pick(beats), news_value: rng.int(1, 5), travel_min: rng.pick([0, 15, 45, 90, 120]), est_hours: rng.int(2, 6) })));
    exchange(rng, messages, 'get_overtime_balance', {}, { weekly_cap_hours: rng.int(10, 20), used: rng.int(4, 15) });
    return {
      lang,
      messages,
      tools: [
        tool('list_reporters', 'Reporters rostered on a date.', { date: str }),
        tool('get_story_list', 'Stories on the news list for a date.', { date: str }),
        tool('get_overtime_balance', 'Overtime used this week.', {}),
        tool('set_assignment', 'Assign a reporter to a story.', { story_id: str, reporter: str }),
      ],
    };
  },
};

const ubSyncPick: Family = {
  id: 'xb-ub-sync-pick',
  label: 'utility_based',
  difficulty: 'easy',
  rationale: 'A handful of tracks with fee, fit score, clearance time and exclusivity are compared to pick the best overall option within budget and deadline.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'zh', 'en'], i);
    const tracks = ['"Gold Static" – Mirrorlake', '"Run the Sky" – Ada Vance', '"Cinders" – The Oslo Set', '"Hey Machine" – Pocket Kings', '"Undertow" – Rui Sato', '"Paper Crown" – Lila & June'];
    const rows = rng.sample(tracks, rng.int(3, 5)).map((tr) => `- ${tr}: fee $${money(rng.int(5, 90) * 1000)}, fit ${rng.int(5, 10)}/10, clearance ${rng.int(2, 21)} days, ${rng.pick(['one-stop', 'master+pub separate', 'one-stop', 'pub only (re-record needed)'])}${rng.chance(0.3) ? ', used in a car ad last year' : ''}`).join('\n');
    const budget = rng.int(3, 8) * 10000;
    const days = rng.int(5, 14);
    const q = t(lang, {
      en: `Trailer locks in ${days} days, music budget $${money(budget)}. Which one do we go for, and what is the fallback?`,
      es: `El tráiler se cierra en ${days} días y el presupuesto de música es de ${money(budget)} $. ¿Por cuál vamos y cuál es la alternativa?`,
      zh: `预告片 ${days} 天后锁定，音乐预算 ${money(budget)} 美元。我们选哪一首？备选是哪首？`,
    });
    const messages: ChatMessage[] = rng.chance(0.5)
      ? [user(`${rows}\n\n${q}`)]
      : [sys('Music supervisor’s assistant at a trailer house. Be brief and decisive.'), user(`${q}\n${rows}`)];
    return { lang, messages, max_tokens: rng.pick([150, 250]) };
  },
};

const ubDropRates: Family = {
  id: 'xb-ub-drop-rates',
  label: 'utility_based',
  secondary: 'learning',
  difficulty: 'hard',
  rationale: 'The request is for a parameter set (drop rates, pity timer) that balances weighted economy metrics under hard limits; the sim rows only inform the trade-off.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'en', 'en'], i);
    const sims = Array.from({ length: rng.int(2, 4) }, () => {
      const epic = (rng.int(5, 30) / 10).toFixed(1);
      return `| ${epic}% | ${rng.int(30, 90)} | ${rng.int(38, 52)}% | ${(rng.int(20, 60) / 10).toFixed(1)} | ${rng.int(55, 95)} |`;
    }).join('\n');
    const w = [rng.int(3, 6), rng.int(2, 4), rng.int(1, 3)];
    return {
      lang,
      messages: [
        sys(`Live-ops economy assistant for a mobile RPG (${rng.pick(['Shardfall', 'Ember Tactics', 'Skyreach Legends'])}). Hard limits from compliance: published epic rate >= 1.0%, pity timer <= 90 pulls, legendary rate disclosed to one decimal. Score = ${w[0]}*D7 retention + ${w[1]}*ARPDAU - ${w[2]}*complaint index.`),
        user(`Sim results for the new banner:\n| epic rate | pity | D7 | ARPDAU $ | complaint idx |\n|---|---|---|---|---|\n${sims}\n\nPropose the banner parameters (epic rate, legendary rate, pity, soft pity start) with the best score that stays inside the limits. Explain the trade-off in 3 bullets.`),
      ],
      response_format: jsonSchema('banner_params', { epic_rate: num, legendary_rate: num, pity: int, soft_pity_start: int, rationale: list(str) }),
    };
  },
};

const ubGallerySpace: Family = {
  id: 'xb-ub-gallery-space',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Limited gallery floor area and conservation limits are shared among candidate exhibitions with different visitor draw, cost and prestige.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'de'], i);
    const area = rng.int(9, 16) * 100;
    const shows = rng.sample([
      ['Impressionist loans from Lyon', 600, 95, 420, 'lux ≤ 50'],
      ['Local photography biennial', 300, 40, 60, '-'],
      ['Samurai armour', 450, 70, 280, 'RH 45-55%'],
      ['Design of the 1970s', 350, 55, 120, '-'],
      ['Textiles of the Silk Road', 400, 50, 210, 'lux ≤ 50, RH 45-55%'],
      ['Children’s interactive science', 500, 80, 150, 'noise zone'],
    ] as const, rng.int(4, 6));
    const rows = shows.map(([n, a, v, c, k]) => `${n} | ${a} m² | ${v}k | €${c}k | ${k}`).join('\n');
    const q = t(lang, {
      en: `For the spring season we have ${area} m² of temporary space, €${rng.int(5, 9) * 100}k exhibition funds, and only two low-light rooms (max 500 m² combined). Which shows do we take? Visitors matter most to the board, but one scholarly show per season is expected.`,
      fr: `Pour la saison de printemps, nous avons ${area} m² d’espaces temporaires, ${rng.int(5, 9) * 100} k€ de crédits d’exposition et seulement deux salles à faible éclairage (500 m² au total). Quelles expositions retenir ? La fréquentation compte le plus pour le conseil, mais une exposition scientifique par saison est attendue.`,
      de: `Für die Frühjahrssaison haben wir ${area} m² Wechselausstellungsfläche, ${rng.int(5, 9) * 100} Tsd. € Ausstellungsmittel und nur zwei Räume mit Schwachlicht (zusammen max. 500 m²). Welche Ausstellungen nehmen wir? Besucherzahlen zählen für den Vorstand am meisten, aber eine wissenschaftliche Ausstellung pro Saison wird erwartet.`,
    });
    return {
      lang,
      messages: [
        sys('Exhibitions office assistant at a city museum.'),
        user(`${q}\n\nshow | area | expected visitors | cost | conservation\n${rows}`),
      ],
      response_format: jsonSchema('season_selection', { selected: list(str), total_area: int, total_cost_k: int, expected_visitors_k: int }),
    };
  },
};

// ---------------------------------------------------------------- learning

const lrHeadlineCtr: Family = {
  id: 'xb-lr-headline-ctr',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Past headline tests with their click and read-time outcomes are supplied so the agent can generalise to a headline choice for a new story.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'es', 'en'], i);
    const past = [
      ['Council approves 4% tax rise', 'Your council tax is going up: here is by how much', 2.1, 4.8],
      ['Club confirms coach departure', 'Why the coach walked out after 11 days', 3.9, 5.6],
      ['Study: city air quality worsens', 'We measured the air on your street. It is worse than you think', 1.4, 6.2],
      ['Museum extends opening hours', 'Museum to open late on Thursdays', 0.9, 1.1],
      ['Heatwave warning issued', 'Heatwave: what the amber warning means for you', 2.8, 3.3],
      ['Hospital misses A&E target', 'Four-hour waits: the numbers behind the A&E miss', 1.7, 2.9],
    ] as const;
    const rows = rng.sample([...past], rng.int(3, 5)).map(([a, b, ca, cb]) => `A: "${a}" (CTR ${ca}%) vs B: "${b}" (CTR ${cb}%)${rng.chance(0.4) ? ` | avg read time A ${rng.int(30, 80)}s, B ${rng.int(20, 90)}s` : ''}`).join('\n');
    const story = rng.pick(['Ferry fares rise 12% from April', 'Stadium expansion gets planning approval', 'Water company fined for sewage spills', 'Bakery chain to close 30 branches']);
    const q = t(lang, {
      en: `Past tests on our site:\n${rows}\n\nNew story: "${story}". Based on what has worked for our readers before, write the two variants you would test and say which you expect to win and why.`,
      de: `Frühere Tests auf unserer Seite:\n${rows}\n\nNeuer Artikel: „${story}“. Was hat bei unseren Lesern bisher funktioniert? Formuliere die zwei Varianten, die du testen würdest, und sag, welche gewinnen dürfte und warum.`,
      es: `Pruebas anteriores en nuestra web:\n${rows}\n\nNueva noticia: «${story}». Según lo que ha funcionado antes con nuestros lectores, escribe las dos variantes que probarías e indica cuál esperas que gane y por qué.`,
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.6)) messages.push(sys('Audience team assistant for a regional news site. Clickbait that hurts read time is penalised by the homepage ranking.'));
    messages.push(user(q));
    return { lang, messages, max_tokens: 300 };
  },
};

const lrGuestPitch: Family = {
  id: 'xb-lr-guest-pitch',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Retrieved notes on earlier guest outreach and how each went are used to decide how to approach a new guest.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'fr', 'en', 'pt'], i);
    const show = rng.pick(['The Long Table', 'Signal & Noise', 'Backstage Pass', 'Field Notes']);
    const messages: ChatMessage[] = [
      sys(`Booking assistant for the podcast "${show}". Before drafting outreach, look up how previous pitches to similar guests went.`),
      user(t(lang, {
        en: `Next target guest: ${rng.pick(['a Michelin-starred chef who rarely does press', 'a retired Olympic rower', 'a best-selling crime novelist', 'a film composer'])}. How should we approach them?`,
        fr: `Prochain invité visé : ${rng.pick(['une cheffe étoilée qui parle rarement à la presse', 'un ancien rameur olympique', 'une romancière de polars à succès'])}. Comment devrions-nous l’approcher ?`,
        pt: `Próximo convidado: ${rng.pick(['uma chef estrelada que quase não dá entrevistas', 'um ex-remador olímpico', 'uma romancista policial best-seller'])}. Como devemos abordá-lo(a)?`,
      })),
    ];
    const records = Array.from({ length: rng.int(3, 6) }, () => ({
      guest_type: rng.pick(['chef', 'athlete', 'novelist', 'composer', 'actor', 'scientist']),
      channel: rng.pick(['agent email', 'direct DM', 'publicist', 'warm intro via past guest']),
      angle: rng.pick(['career retrospective', 'new project plug', 'behind-the-scenes craft', 'personal story']),
      outcome: rng.pick(['booked', 'declined', 'no reply', 'booked after 2nd follow-up']),
      note: rng.pick(['asked for questions in advance', 'agent said podcast too small', 'loved that we had listened to their earlier interview', 'declined plug-focused angle', '']),
    }));
    exchange(rng, messages, 'search_outreach_log', { query: 'similar guests', limit: records.length }, { results: records });
    return {
      lang,
      messages,
      tools: [
        tool('search_outreach_log', 'Search past outreach attempts and outcomes.', { query: str, limit: int }),
        tool('draft_email', 'Draft an outreach email.', { to: str, angle: str, body: str }),
      ],
      response_format: jsonSchema('approach', { channel: str, angle: str, follow_up_days: int, why: str }),
    };
  },
};

const lrLevelTuning: Family = {
  id: 'xb-lr-level-tuning',
  label: 'learning',
  difficulty: 'hard',
  rationale: 'Earlier playtest rounds pair level tweaks with measured quit and completion rates, and the agent must carry those results over to a new level.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'en'], i);
    const rounds = Array.from({ length: rng.int(3, 5) }, (_, k) => `Round ${k + 1} (${rng.pick(['L3-2', 'L3-4', 'L4-1', 'L4-3'])}): ${rng.pick(['added checkpoint before the jump section', 'reduced enemy count 8->5', 'shortened timer 90s->70s', 'added a hint sign', 'moved the health pickup earlier'])} -> quit rate ${rng.int(4, 30)}%, completion ${rng.int(40, 95)}%, median attempts ${rng.int(1, 9)}`).join('\n');
    const newLevel = `L${rng.int(5, 7)}-${rng.int(1, 4)}`;
    const q = t(lang, {
      en: `Playtest history:\n${rounds}\n\nNew level ${newLevel} has a long platforming section followed by a timed switch puzzle; first-pass quit rate ${rng.int(25, 45)}%. Which single change do we try first for the next round, given what happened before?`,
      ja: `プレイテスト履歴：\n${rounds}\n\n新レベル ${newLevel} は長いアスレチック区間の後に時間制限付きのスイッチパズルがあり、初回の離脱率は ${rng.int(25, 45)}% でした。これまでの結果を踏まえて、次のラウンドでまず試す変更を1つ選んでください。`,
    });
    const messages: ChatMessage[] = [];
    if (i !== 2) messages.push(sys('Design-support assistant for a platformer team. We change one variable per round.'));
    messages.push(user(q));
    return { lang, messages };
  },
};

const lrScouting: Family = {
  id: 'xb-lr-scouting',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Old scouting reports are paired with how those players actually turned out, and the agent applies that track record to a new prospect decision.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'pt', 'en', 'en'], i);
    const past = Array.from({ length: rng.int(3, 5) }, () => ({
      report_year: rng.int(2016, 2022),
      scout: rng.pick(['Moreno', 'Kask', 'Byrne']),
      grade: rng.pick(['A', 'B+', 'B', 'C']),
      key_traits: rng.sample(['pace', 'first touch', 'work rate', 'aerial', 'decision-making', 'injury history'], 2),
      signed: rng.chance(0.6),
      three_years_later: rng.pick(['first-team regular', 'loaned out twice', 'released', 'sold at profit', 'plateaued in U23']),
    }));
    const prospect = { name: rng.pick(['M. Adeyemi', 'J. Castaño', 'L. Pereira', 'T. Vos']), age: rng.int(16, 19), scout: rng.pick(['Moreno', 'Kask', 'Byrne']), grade: rng.pick(['A', 'B+']), key_traits: rng.sample(['pace', 'first touch', 'work rate', 'aerial', 'decision-making'], 2), fee_eur: rng.int(2, 40) * 25000 };
    const q = t(lang, {
      en: 'Given how our past reports held up, do we sign this one? Sign / trial / pass, and how much weight to put on this scout’s grade.',
      es: 'Viendo cómo acabaron nuestros informes anteriores, ¿fichamos a este? Fichar / prueba / descartar, y cuánto peso dar a la nota de este ojeador.',
      pt: 'Considerando como nossos relatórios anteriores se confirmaram, contratamos este? Contratar / teste / descartar, e quanto peso dar à nota deste olheiro.',
    });
    return {
      lang,
      messages: [
        sys('Recruitment analyst assistant at an academy. Past reports come from the club database with the outcome filled in later.'),
        user(`Past reports:\n${JSON.stringify(past, null, 1)}\n\nNew prospect:\n${JSON.stringify(prospect)}\n\n${q}`),
      ],
      response_format: jsonSchema('recruit_call', { decision: oneOf('sign', 'trial', 'pass'), scout_weight: num, reason: str }),
    };
  },
};

const lrSetlist: Family = {
  id: 'xb-lr-setlist-crowd',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'hard',
  rationale: 'Crowd-response logs from earlier tour dates are the basis for choosing the opener and encore in a new city, generalising from those shows.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'zh', 'de', 'en', 'zh'], i);
    const songs = ['Northbound', 'Glass Hours', 'Wildfire Radio', 'Satellites', 'Quiet Riot Girl', 'Harbour Song', 'New Blood'];
    const shows = Array.from({ length: rng.int(3, 5) }, () => `${rng.pick(['Leeds', 'Utrecht', 'Lyon', 'Hamburg', 'Porto', 'Osaka', 'Taipei'])} (${rng.pick(['seated theatre', 'standing club', 'festival'])}): opener "${rng.pick(songs)}", encore "${rng.pick(songs)}" -> crowd noise peak ${rng.int(92, 112)} dB at ${rng.pick(songs)}, merch/head €${(rng.int(40, 140) / 10).toFixed(1)}, early leavers ${rng.int(1, 15)}%`).join('\n');
    const city = rng.pick(['Manchester', 'Cologne', 'Shanghai', 'Madrid']);
    const venue = rng.pick(['seated theatre', 'standing club', 'festival']);
    const q = t(lang, {
      en: `Tour log so far:\n${shows}\n\nNext: ${city}, ${venue}. Which opener and encore, going by how earlier nights went?`,
      de: `Tourlog bisher:\n${shows}\n\nNächster Termin: ${city}, ${venue}. Welcher Opener und welche Zugabe, ausgehend davon, wie die bisherigen Abende liefen?`,
      zh: `目前的巡演记录：\n${shows}\n\n下一场：${city}，${venue}。根据之前几场的情况，开场曲和安可曲选哪首？`,
    });
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('Tour manager assistant. Keep it short.'));
    messages.push(user(q));
    return { lang, messages, max_tokens: 200 };
  },
};

const lrOnsale: Family = {
  id: 'xb-lr-onsale-queue',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Previous on-sale configurations with their outcomes are retrieved and the agent carries what they showed into settings for a new on-sale.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'ja', 'en'], i);
    const artist = rng.pick(['a K-pop group', 'a reunion tour', 'a stand-up comedian', 'a football cup final', 'an opera gala']);
    const messages: ChatMessage[] = [
      sys('On-sale operations assistant for a ticketing platform. Queue settings: pre-queue open (min before sale), arrival randomisation (on/off), bot challenge level (0-3), max tickets per order, queue throughput (users/min). Always check past on-sales of similar demand first.'),
      user(t(lang, {
        en: `Configure the on-sale for ${artist}, ${money(rng.int(8, 60) * 1000)} tickets, registered interest ${money(rng.int(50, 900) * 1000)}.`,
        fr: `Configure la mise en vente pour ${artist} : ${money(rng.int(8, 60) * 1000)} billets, ${money(rng.int(50, 900) * 1000)} inscrits.`,
        ja: `${artist} の販売設定をしてください。チケット ${money(rng.int(8, 60) * 1000)} 枚、事前登録者 ${money(rng.int(50, 900) * 1000)} 人。`,
      })),
    ];
    exchange(rng, messages, 'find_past_onsales', { demand_ratio_min: 5 }, Array.from({ length: rng.int(3, 5) }, () => ({
      event: rng.pick(['arena tour A', 'stadium night', 'club residency', 'cup final 2024', 'festival GA']),
      demand_ratio: rng.int(4, 40),
      settings: { pre_queue_min: rng.pick([15, 30, 60]), randomise: rng.chance(0.6), bot_level: rng.int(0, 3), max_per_order: rng.pick([2, 4, 6, 8]), throughput: rng.pick([800, 1500, 3000]) },
      outcome: rng.pick(['checkout errors at 4 min, 11% abandoned', 'smooth, sold out in 19 min', 'resale listings 9% within 1 h', 'bot traffic 31% of arrivals', 'payment provider throttled']),
    })));
    if (rng.chance(0.5)) messages.push(user(t(lang, { en: 'Payment provider says they can take 2,000 checkouts/min this time.', fr: 'Le prestataire de paiement annonce 2 000 paiements/min cette fois.', ja: '決済事業者は今回、毎分2,000件まで処理できるとのことです。' })));
    return {
      lang,
      messages,
      tools: [
        tool('find_past_onsales', 'Past on-sales with settings and outcomes.', { demand_ratio_min: num }),
        tool('apply_queue_settings', 'Save queue settings for an event.', { pre_queue_min: int, randomise: bool, bot_level: int, max_per_order: int, throughput: int }),
      ],
    };
  },
};

// ---------------------------------------------------------------- non-agentic

const naSubtitle: Family = {
  id: 'xb-na-subtitle-translate',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Plain subtitle translation with reading-speed rules; closest to a single-shot reflex transform.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'es', 'en', 'de'], i);
    const srt = [
      `${rng.int(10, 90)}\n00:0${rng.int(1, 9)}:1${rng.int(0, 9)},200 --> 00:0${rng.int(1, 9)}:2${rng.int(0, 9)},040\nI told you not to come back here.`,
      `${rng.int(91, 180)}\n00:1${rng.int(0, 9)}:0${rng.int(0, 9)},500 --> 00:1${rng.int(0, 9)}:1${rng.int(0, 9)},100\n- Is the boat still there?\n- Only if the tide's kind to us.`,
    ].slice(0, rng.int(1, 2)).join('\n\n');
    const ask = t(lang, {
      en: `Translate these subtitles into ${rng.pick(['Spanish (Latin America)', 'Brazilian Portuguese', 'French'])}. Keep timecodes, max 42 characters per line, two lines max.`,
      ja: 'この字幕を日本語に翻訳してください。タイムコードはそのまま、1行16文字以内、最大2行で。',
      es: 'Traduce estos subtítulos al español de España. Mantén los códigos de tiempo, máximo 42 caracteres por línea y dos líneas como mucho.',
      de: 'Übersetze diese Untertitel ins Deutsche. Timecodes beibehalten, höchstens 42 Zeichen pro Zeile, maximal zwei Zeilen.',
    });
    return { lang, messages: [user(`${ask}\n\n${srt}`)], max_tokens: rng.pick([200, 400]) };
  },
};

const naLinerNotes: Family = {
  id: 'xb-na-liner-notes',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Ordinary writing help on liner notes across a couple of turns; no agentic behaviour, closest to a direct reply to the latest input.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'fr'], i);
    const album = rng.pick(['"Low Tide Hymns"', '"City of Small Hours"', '"Saltwater Radio"']);
    const messages: ChatMessage[] = [];
    if (rng.chance(0.5)) messages.push(sys('You are a friendly writing assistant.'));
    messages.push(user(t(lang, {
      en: `I'm writing the liner notes for our vinyl reissue of ${album}. Here's my draft opening: "This record was made in a cold farmhouse in ${rng.pick(['February 1998', 'the winter of 2004', 'late 1979'])}, and you can hear the cold in it." Does that work?`,
      fr: `J’écris les notes de pochette pour la réédition vinyle de ${album}. Voici mon début : « Ce disque a été enregistré dans une ferme glaciale en ${rng.pick(['février 1998', 'hiver 2004'])}, et on entend le froid dedans. » Ça fonctionne ?`,
    })));
    messages.push(say(t(lang, { en: 'It works: it is concrete and sensory. You might name one sound that carries the cold, like the piano slightly out of tune.', fr: 'Oui : c’est concret et sensoriel. Tu pourrais citer un son qui porte ce froid, comme le piano un peu désaccordé.' })));
    messages.push(user(t(lang, { en: 'Nice. Can you give me two alternative closing lines, one sentimental and one dry?', fr: 'Super. Tu peux me proposer deux phrases de conclusion, une sentimentale et une plus sèche ?' })));
    return { lang, messages, temperature: 0.8 };
  },
};

const naLore: Family = {
  id: 'xb-na-lore-bible',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  agentic: false,
  difficulty: 'hard',
  rationale: 'A casual worldbuilding chat where the writer keeps adding facts and asks whether a new scene contradicts them; closest to tracking a world across turns.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'zh', 'en'], i);
    const messages: ChatMessage[] = [
      user(t(lang, {
        en: `Working on lore for our game. Facts so far: the river city of ${rng.pick(['Vell', 'Osk', 'Marrow'])} has no bridges, people cross by chain ferries; magic costs the caster a memory.`,
        de: `Ich arbeite an der Lore für unser Spiel. Bisher: Die Flussstadt ${rng.pick(['Vell', 'Osk'])} hat keine Brücken, man setzt mit Kettenfähren über; Magie kostet den Zaubernden eine Erinnerung.`,
        zh: `我在为我们的游戏写世界观。目前的设定：河城${rng.pick(['维尔', '奥斯克'])}没有桥，人们靠链式渡船过河；施法会让施法者失去一段记忆。`,
      })),
      say(t(lang, { en: 'Got it. Those two rules give a lot of texture.', de: 'Verstanden. Diese zwei Regeln geben viel Textur.', zh: '明白了，这两条设定很有质感。' })),
      user(t(lang, {
        en: `Also: the ferrymen's guild was banned ${rng.int(3, 40)} years ago after the flood, and the old queen is blind.`,
        de: `Außerdem: Die Fährmannsgilde wurde vor ${rng.int(3, 40)} Jahren nach der Flut verboten, und die alte Königin ist blind.`,
        zh: `另外：渡船工会在洪水后于 ${rng.int(3, 40)} 年前被取缔，老女王是盲人。`,
      })),
      say(t(lang, { en: 'Noted.', de: 'Notiert.', zh: '记下了。' })),
    ];
    if (rng.chance(0.5)) {
      messages.push(user(t(lang, { en: 'Oh and the chain ferries only run at night now.', de: 'Ach, und die Kettenfähren fahren jetzt nur noch nachts.', zh: '对了，现在链式渡船只在夜里开。' })));
      messages.push(say(t(lang, { en: 'Okay, night-only ferries.', de: 'Okay, Fähren nur nachts.', zh: '好的，渡船只在夜间运行。' })));
    }
    messages.push(user(t(lang, {
      en: 'New scene draft: at noon the guild master rows the queen across the river while she reads him a letter. Anything contradicting what we have?',
      de: 'Neuer Szenenentwurf: Mittags rudert der Gildenmeister die Königin über den Fluss, während sie ihm einen Brief vorliest. Widerspricht das etwas von dem, was wir haben?',
      zh: '新场景草稿：正午时分，工会会长划船载女王过河，女王一边给他念信。这和我们现有的设定有冲突吗？',
    })));
    return { lang, messages };
  },
};

export const lateB: Family[] = [
  srHeadline, srCueUsage, srGateScan, srArtifact, srMatchEvent, srSlush,
  mbLiveblog, mbPlayout, mbVenueCrowd, mbStealthGuard, mbPodcastMix, mbMatchTracker,
  gbLoadIn, gbCmsEmbargo, gbDocClearance, gbPlaytestBot, gbArchive, gbBookProduction,
  ubComps, ubLineup, ubStoryAssign, ubSyncPick, ubDropRates, ubGallerySpace,
  lrHeadlineCtr, lrGuestPitch, lrLevelTuning, lrScouting, lrSetlist, lrOnsale,
  naSubtitle, naLinerNotes, naLore,
];
