// Author I: mobility, sport, environment and science outreach (transport networks, coaching and
// analytics, weather and climate, ecology fieldwork, astronomy, citizen science, museums).
import {
  type Draft, type Family, type Lang, type Rng,
  sys, user, say, calls, result, exchange, tool, jsonSchema, str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type ChatMessage = Draft['messages'][number];

/** The entry of `items` for variant `i`, cycling. */
const at = <T>(items: readonly T[], i: number): T => items[i % items.length]!;
const dec = (rng: Rng, min: number, max: number, digits = 1): number =>
  Number((min + rng.next() * (max - min)).toFixed(digits));
const thousands = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

// ---------------------------------------------------------------------------------------------
// simple_reflex
// ---------------------------------------------------------------------------------------------

const tramDoor: Family = {
  id: 'wi-sr-tram-door-edge',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'One sensor frame from one tram door is mapped straight to a door action by fixed conditions; earlier frames play no part.',
  make: (rng, i) => {
    const lang = langAt(['de', 'fr', 'ja', 'es', 'en'], i);
    const line = at(['T2', 'M4', '11', 'E', '7'], i);
    const city = at(['Freiburg', 'Montpellier', '広島', 'Zaragoza', 'Sheffield'], i);
    const hold = rng.pick([15, 20, 25]);
    const limit = rng.pick([130, 150, 180]);
    const system = t(lang, {
      en: `Door-edge controller, tram line ${line} (${city}). You get one frame per door. Output JSON {"action": ...}.\n- edge_force_N above ${limit} → ALARM\n- edge obstacle=yes → REOPEN\n- light_curtain=blocked → HOLD_OPEN\n- departure_signal=on and open_s ≥ ${hold} → CLOSE\n- otherwise HOLD_OPEN`,
      de: `Türkantensteuerung Straßenbahnlinie ${line} (${city}). Pro Tür kommt ein Messbild. Antworte mit JSON {"action": ...}.\n- edge_force_N über ${limit} → ALARM\n- Hindernis an der Kante (obstacle=yes) → REOPEN\n- Lichtvorhang unterbrochen (light_curtain=blocked) → HOLD_OPEN\n- Abfahrsignal an und open_s ≥ ${hold} → CLOSE\n- sonst HOLD_OPEN`,
      fr: `Contrôleur de bord de porte, tramway ligne ${line} (${city}). Tu reçois une trame par porte. Réponds en JSON {"action": ...}.\n- edge_force_N supérieur à ${limit} → ALARM\n- obstacle=yes sur le bord → REOPEN\n- rideau lumineux coupé (light_curtain=blocked) → HOLD_OPEN\n- signal de départ actif et open_s ≥ ${hold} → CLOSE\n- sinon HOLD_OPEN`,
      ja: `路面電車${line}系統(${city})のドア端制御です。ドアごとに1フレームずつ届きます。JSON {"action": ...} で答えてください。\n- edge_force_N が ${limit} を超える → ALARM\n- ドア端に障害物 (obstacle=yes) → REOPEN\n- 光電カーテン遮断 (light_curtain=blocked) → HOLD_OPEN\n- 発車信号オンかつ open_s ≥ ${hold} → CLOSE\n- それ以外 → HOLD_OPEN`,
      es: `Controlador del borde de puertas, tranvía línea ${line} (${city}). Recibes un fotograma por puerta. Responde en JSON {"action": ...}.\n- edge_force_N mayor que ${limit} → ALARM\n- obstáculo en el borde (obstacle=yes) → REOPEN\n- cortina de luz interrumpida (light_curtain=blocked) → HOLD_OPEN\n- señal de salida activa y open_s ≥ ${hold} → CLOSE\n- en otro caso HOLD_OPEN`,
    });
    const force = rng.chance(0.3) ? rng.int(limit + 5, limit + 90) : rng.int(0, 60);
    const frame = `door=${rng.int(1, 6)} open_s=${rng.int(3, 40)} light_curtain=${rng.pick(['clear', 'blocked'])} obstacle=${rng.pick(['no', 'no', 'yes'])} edge_force_N=${force} departure_signal=${rng.pick(['on', 'off'])} speed_kmh=0`;
    return {
      lang,
      messages: [sys(system), user(frame)],
      response_format: jsonSchema('door_action', { action: oneOf('CLOSE', 'HOLD_OPEN', 'REOPEN', 'ALARM') }),
      max_tokens: 16,
    };
  },
};

const offsideCall: Family = {
  id: 'wi-sr-offside-freeze-frame',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'The yes/no call is read off a single freeze frame at the moment of the pass; nothing before or after that frame is needed.',
  make: (rng, i) => {
    const d = String(dec(rng, 0.2, 1.6)).replace('.', i === 2 ? '.' : ',');
    const variants: { lang: Lang; messages: ChatMessage[] }[] = [
      {
        lang: 'es',
        messages: [user(`Imagen congelada en el instante del pase. El lateral derecho del ${rng.pick(['Racing', 'Betis', 'Celta'])} juega el balón hacia delante. El delantero #9 tiene el hombro a ${d} m por delante del penúltimo defensor y está en campo contrario. El balón no viene de un saque de banda. ¿Es fuera de juego? Contesta SÍ o NO.`)],
      },
      {
        lang: 'pt',
        messages: [
          sys('Assistente de vídeo para a arbitragem do campeonato estadual. Responda apenas SIM ou NÃO.'),
          user(`Lance do minuto ${rng.int(2, 89)}: cobrança de lateral pelo camisa 6; o ponta #11 recebe a bola direto da cobrança, ${d} m à frente de todos os zagueiros. Impedimento?`),
        ],
      },
      {
        lang: 'en',
        messages: [user(`Freeze frame at the through ball: striker #10 is still ${d} m inside his own half when the ball is played, then sprints clear of the back line. Offside? YES or NO only.`)],
      },
      {
        lang: 'fr',
        messages: [
          sys("Tu assistes l'arbitre vidéo d'un match de National. Une seule réponse : OUI ou NON."),
          user(`Au moment de la passe, le pied avant de l'attaquant n°${rng.int(7, 27)} est exactement à la hauteur de l'avant-dernier défenseur (écart mesuré : 0,00 m), le reste du corps est derrière. Le ballon part d'un coéquipier. Hors-jeu ?`),
        ],
      },
      {
        lang: 'de',
        messages: [user(`Standbild beim Abspiel: Stürmer Nr. ${rng.int(9, 29)} steht mit dem Knie ${d} m näher zur Torlinie als der vorletzte Verteidiger, in der gegnerischen Hälfte. Der Ball kommt per Flanke vom eigenen Mitspieler, nicht aus einem Einwurf oder Abstoß. Abseits? Nur JA oder NEIN.`)],
      },
    ];
    const v = at(variants, i);
    return { lang: v.lang, messages: v.messages, max_tokens: 3 };
  },
};

const airAlert: Family = {
  id: 'wi-sr-air-quality-alert',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'A single station reading is turned into one alert call by fixed concentration bands, with no memory of earlier readings.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'ja', 'fr', 'pt', 'en'], i);
    const station = at(['朝阳奥体中心', '札幌北1条', 'Lyon Gerland', 'Porto Alegre Centro', 'Leeds Headingley'], i);
    const system = t(lang, {
      en: `Public air-quality display for station ${station}. For each hourly reading call set_public_alert once. Bands for PM2.5 (µg/m³): <35 GREEN, 35–74 YELLOW, 75–149 ORANGE, ≥150 RED. Ozone 1h (µg/m³): ≥180 raises the band by one level, ≥240 means RED. Use the higher of the two.`,
      zh: `你负责${station}监测站的公众空气质量显示屏。每收到一条小时数据,调用一次 set_public_alert。PM2.5(µg/m³)分级:<35 GREEN,35–74 YELLOW,75–149 ORANGE,≥150 RED。臭氧1小时浓度(µg/m³)≥180 时提高一级,≥240 直接 RED。取两者中较高的等级。`,
      ja: `${station}測定局の大気質掲示板を担当します。毎時の測定値ごとに set_public_alert を1回呼び出してください。PM2.5(µg/m³):35未満 GREEN、35〜74 YELLOW、75〜149 ORANGE、150以上 RED。オゾン1時間値(µg/m³)が180以上なら1段階上げ、240以上なら RED。高いほうを採用。`,
      fr: `Panneau public de qualité de l'air, station ${station}. À chaque mesure horaire, appelle set_public_alert une fois. Seuils PM2.5 (µg/m³) : <35 GREEN, 35–74 YELLOW, 75–149 ORANGE, ≥150 RED. Ozone 1 h (µg/m³) : ≥180 fait monter d'un niveau, ≥240 donne RED. Retiens le niveau le plus élevé.`,
      pt: `Painel público de qualidade do ar da estação ${station}. A cada leitura horária, chame set_public_alert uma vez. Faixas de PM2,5 (µg/m³): <35 GREEN, 35–74 YELLOW, 75–149 ORANGE, ≥150 RED. Ozônio 1 h (µg/m³): ≥180 sobe um nível, ≥240 é RED. Use o nível mais alto.`,
    });
    const reading = {
      station, hour: `${pad(rng.int(0, 23))}:00`, pm25: rng.int(8, 190), pm10: rng.int(15, 260),
      o3_1h: rng.int(40, 260), no2: rng.int(10, 120), temp_c: dec(rng, -5, 36),
    };
    return {
      lang,
      messages: [sys(system), user(JSON.stringify(reading))],
      tools: [tool('set_public_alert', 'Set the colour shown on the public display.', {
        station: str, level: oneOf('GREEN', 'YELLOW', 'ORANGE', 'RED'),
      })],
      tool_choice: 'required',
    };
  },
};

const museumDesk: Family = {
  id: 'wi-sr-museum-kiosk-desk',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: "Each visitor question is sent to one service desk based on that question alone; the kiosk carries nothing between visitors.",
  make: (rng, i) => {
    const codes = 'TICKETS, CLOAKROOM, ACCESS, LOST_PROPERTY, GUIDED_TOURS, SHOP';
    const v = at([
      {
        lang: 'fr' as Lang,
        system: `Borne d'accueil du Muséum d'histoire naturelle de Toulouse. Indique vers quel guichet envoyer le visiteur. Réponds uniquement par un code : ${codes}.`,
        q: rng.pick([
          "Bonjour, j'ai oublié mon écharpe rouge dans la salle des dinosaures ce matin, quelqu'un l'a rapportée ?",
          'On est un groupe de douze, il y a une visite commentée en espagnol cet après-midi ?',
        ]),
      },
      {
        lang: 'de' as Lang,
        system: `Info-Terminal im Deutschen Museum, Eingangshalle. Sag, an welchen Schalter der Besucher gehen soll. Antworte nur mit einem Code: ${codes}.`,
        q: rng.pick([
          'Gibt es hier einen Rollstuhl zum Ausleihen? Meine Mutter schafft die langen Wege nicht.',
          'Kann ich meinen Rucksack und den Kinderwagen irgendwo abgeben, bevor wir ins Bergwerk gehen?',
        ]),
      },
      {
        lang: 'pt' as Lang,
        system: `Totem de atendimento do Museu do Amanhã (Rio de Janeiro). Diga a qual balcão o visitante deve ir. Responda só com um código: ${codes}.`,
        q: rng.pick([
          'Comprei o ingresso online mas o QR code não abre no celular, e agora?',
          'Vocês vendem aquele livro do planetário e os pôsteres da exposição de oceanos?',
        ]),
      },
      {
        lang: 'ja' as Lang,
        system: `国立科学博物館の案内端末です。来館者をどの窓口へ案内するか、次のコードのみで答えてください:${codes}`,
        q: rng.pick([
          'すみません、地球館で子どもが水筒を落としたみたいです。届いていませんか?',
          '視覚障害のある父と来ました。触って見られる展示の案内や介助はありますか?',
        ]),
      },
      {
        lang: 'es' as Lang,
        system: `Pantalla de acogida del Museo de la Ciencia de Valladolid. Di a qué mostrador debe ir el visitante. Responde solo con un código: ${codes}.`,
        q: rng.pick([
          '¿El carné de estudiante da descuento para el planetario o tengo que pagar entrada completa?',
          'Hola, ¿a qué hora sale la visita con guía de la sala del cuerpo humano?',
        ]),
      },
    ], i);
    return { lang: v.lang, messages: [sys(v.system), user(v.q)], max_tokens: 6 };
  },
};

interface GalaxyItem { d: string; a: string }
const galaxyPool: Partial<Record<Lang, GalaxyItem[]>> & { en: GalaxyItem[] } = {
  en: [
    { d: 'Bright round core, smooth light fading evenly outwards, no arms, no dust lane.', a: 'ELLIPTICAL' },
    { d: 'Two clear arms winding from a small bar, knots of blue along the arms.', a: 'SPIRAL' },
    { d: 'Thin needle of light with a dark dust line through the middle.', a: 'EDGE_ON' },
    { d: 'Two cores close together, a long tidal tail curving off to the lower left.', a: 'MERGER' },
    { d: 'Bright cross-shaped spikes and a saturated white blob, no diffuse light around it.', a: 'ARTEFACT' },
    { d: 'Faint loose arms around a yellowish centre, one arm broken into clumps.', a: 'SPIRAL' },
  ],
  es: [
    { d: 'Núcleo brillante y redondo, luz suave que se apaga por igual hacia fuera, sin brazos.', a: 'ELLIPTICAL' },
    { d: 'Dos brazos muy marcados que salen de una barra corta, con nudos azulados.', a: 'SPIRAL' },
    { d: 'Un huso fino de luz atravesado por una banda oscura de polvo.', a: 'EDGE_ON' },
    { d: 'Dos núcleos juntos y una cola de marea larga que se curva hacia abajo.', a: 'MERGER' },
    { d: 'Mancha blanca saturada con picos de difracción en cruz; nada difuso alrededor.', a: 'ARTEFACT' },
    { d: 'Brazos tenues y abiertos alrededor de un centro amarillento.', a: 'SPIRAL' },
  ],
  zh: [
    { d: '中心明亮呈圆形,亮度向外均匀减弱,没有旋臂,也没有尘埃带。', a: 'ELLIPTICAL' },
    { d: '从一根短棒两端伸出两条清晰的旋臂,臂上有蓝色亮结。', a: 'SPIRAL' },
    { d: '细长的针状光带,中间横穿一条暗色尘埃带。', a: 'EDGE_ON' },
    { d: '两个核心靠得很近,左下方拖着一条弯曲的潮汐尾。', a: 'MERGER' },
    { d: '一个过饱和的白色亮斑,带十字形衍射芒,周围没有弥散光。', a: 'ARTEFACT' },
    { d: '偏黄的中心周围有几条松散暗淡的旋臂,其中一条断成团块。', a: 'SPIRAL' },
  ],
  de: [
    { d: 'Heller runder Kern, das Licht nimmt nach außen gleichmäßig ab, keine Arme.', a: 'ELLIPTICAL' },
    { d: 'Zwei deutliche Arme, die von einem kurzen Balken ausgehen, mit bläulichen Knoten.', a: 'SPIRAL' },
    { d: 'Schmale Lichtnadel mit einem dunklen Staubband genau durch die Mitte.', a: 'EDGE_ON' },
    { d: 'Zwei Kerne dicht beieinander, dazu ein langer Gezeitenschweif nach unten links.', a: 'MERGER' },
    { d: 'Übersättigter weißer Fleck mit Beugungskreuz, kein diffuses Licht drumherum.', a: 'ARTEFACT' },
    { d: 'Lockere, schwache Arme um ein gelbliches Zentrum, ein Arm in Klumpen zerfallen.', a: 'SPIRAL' },
  ],
};

const galaxyShapes: Family = {
  id: 'wi-sr-galaxy-shape-stream',
  label: 'simple_reflex',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The conversation is long, but every image is an unrelated galaxy and the last one is judged on its own description, so the earlier turns carry no needed information.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'zh', 'de'], i);
    const pool = galaxyPool[lang] ?? galaxyPool.en;
    const system = t(lang, {
      en: 'You help volunteers of an online galaxy-shape project. Every description is a different galaxy from a different part of the sky. Reply with one word: SPIRAL, ELLIPTICAL, EDGE_ON, MERGER or ARTEFACT.',
      es: 'Ayudas a los voluntarios de un proyecto en línea sobre formas de galaxias. Cada descripción es una galaxia distinta de otra zona del cielo. Responde con una palabra: SPIRAL, ELLIPTICAL, EDGE_ON, MERGER o ARTEFACT.',
      zh: '你在协助一个在线星系形态志愿者项目。每条描述都是天空中不同位置的另一个星系。只回复一个词:SPIRAL、ELLIPTICAL、EDGE_ON、MERGER 或 ARTEFACT。',
      de: 'Du hilfst Freiwilligen eines Online-Projekts zu Galaxienformen. Jede Beschreibung ist eine andere Galaxie aus einem anderen Himmelsbereich. Antworte mit einem Wort: SPIRAL, ELLIPTICAL, EDGE_ON, MERGER oder ARTEFACT.',
    });
    const items = rng.sample(pool, pool.length);
    const history = items.slice(0, 2 + i);
    const last = items[items.length - 1]!;
    const messages: ChatMessage[] = [sys(system)];
    history.forEach((g, k) => messages.push(user(`#${rng.int(10000, 99999)}: ${g.d}`), say(g.a)));
    messages.push(user(`#${rng.int(10000, 99999)}: ${last.d}`));
    return { lang, messages, max_tokens: 4 };
  },
};

// ---------------------------------------------------------------------------------------------
// model_based_reflex
// ---------------------------------------------------------------------------------------------

const busGhost: Family = {
  id: 'wi-mb-bus-silent-tunnel',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The bus has gone silent, so its likely position must be inferred from earlier pings, the timetable and a neighbour report gathered over several turns before the display is set.',
  make: (rng, i) => {
    const lang = langAt(['de', 'es', 'pt', 'en'], i);
    const city = at(['Stuttgart', 'Bilbao', 'Belo Horizonte', 'Bristol'], i);
    const line = rng.int(40, 199);
    const veh = rng.int(2000, 2999);
    const veh2 = veh + rng.int(3, 40);
    const tunnel = at(['Wagenburgtunnel', 'túnel de Artxanda', 'túnel da Lagoinha', 'Temple Gate underpass'], i);
    const stopA = at(['Berger Steig', 'Plaza Zabalburu', 'Praça Sete', 'Redcliffe Hill'], i);
    const stopB = at(['Ostendplatz', 'Calle Autonomía', 'Estação Central', 'Bedminster Parade'], i);
    const t0 = rng.int(7 * 60, 19 * 60);
    const tools = [
      tool('get_vehicle_pings', 'Last GPS pings of a vehicle (time, segment, speed).', { vehicle_id: int, since: str }),
      tool('set_stop_display', 'Set the countdown shown for a vehicle at a stop. eta_min -1 shows "delayed".', { stop: str, vehicle_id: int, eta_min: int }),
      tool('radio_driver', 'Send a short radio message to a driver.', { vehicle_id: int, text: str }),
    ];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `Control-room assistant for ${city} buses. Vehicles send GPS pings, but in the ${tunnel} and in radio gaps they drop out for minutes. Work out where vehicles probably are from the timetable, their last pings and what other vehicles report. Only set a stop countdown when you have a believable estimate.`,
        de: `Leitstellen-Assistent der Busse in ${city}. Die Fahrzeuge senden GPS-Pings, im ${tunnel} und in Funklöchern fallen sie aber minutenlang aus. Leite aus Fahrplan, letzten Pings und Meldungen anderer Wagen ab, wo ein Fahrzeug vermutlich steht. Countdown an Haltestellen nur mit glaubwürdiger Schätzung setzen.`,
        es: `Asistente del puesto de mando de los autobuses de ${city}. Los vehículos mandan pings GPS, pero en el ${tunnel} y en zonas sin cobertura desaparecen varios minutos. Deduce dónde está probablemente cada vehículo a partir del horario, sus últimos pings y lo que informan otros coches. Pon la cuenta atrás de una parada solo con una estimación creíble.`,
        pt: `Assistente da central de controle dos ônibus de ${city}. Os veículos enviam pings de GPS, mas no ${tunnel} e em áreas sem sinal somem por minutos. Deduza onde cada veículo provavelmente está a partir da tabela horária, dos últimos pings e do que os outros carros informam. Só ajuste a contagem regressiva de um ponto com uma estimativa confiável.`,
      })),
      user(t(lang, {
        en: `Passenger complaint: the display at ${stopB} shows nothing for line ${line}. Check vehicle ${veh}.`,
        de: `Fahrgastbeschwerde: Die Anzeige an ${stopB} zeigt für Linie ${line} nichts an. Prüf bitte Wagen ${veh}.`,
        es: `Queja de un viajero: la pantalla de ${stopB} no muestra nada para la línea ${line}. Revisa el coche ${veh}.`,
        pt: `Reclamação de passageiro: o painel do ponto ${stopB} não mostra nada da linha ${line}. Verifique o carro ${veh}.`,
      })),
    ];
    exchange(rng, messages, 'get_vehicle_pings', { vehicle_id: veh, since: hhmm(t0 - 15) }, {
      vehicle_id: veh,
      pings: [
        { t: hhmm(t0 - 14), segment: `${stopA} → ${tunnel}`, speed_kmh: rng.int(18, 35) },
        { t: hhmm(t0 - 11), segment: `${tunnel} (N portal)`, speed_kmh: rng.int(10, 30) },
      ],
      timetable: { [`${tunnel} transit_min`]: rng.int(3, 5), [`${tunnel} → ${stopB} min`]: rng.int(4, 8), scheduled_at_stopB: hhmm(t0 + rng.int(1, 4)) },
    });
    messages.push(say(t(lang, {
      en: `Last ping ${hhmm(t0 - 11)} at the tunnel's north portal, nothing since. Normal transit is a few minutes, so it should have reappeared by now.`,
      de: `Letzter Ping ${hhmm(t0 - 11)} am Nordportal, seitdem Funkstille. Die Durchfahrt dauert normalerweise nur wenige Minuten, er müsste längst wieder auftauchen.`,
      es: `Último ping a las ${hhmm(t0 - 11)} en la boca norte del túnel y nada desde entonces. El paso suele durar pocos minutos, ya debería haber reaparecido.`,
      pt: `Último ping às ${hhmm(t0 - 11)} na boca norte do túnel e nada depois disso. A travessia costuma levar poucos minutos, já deveria ter reaparecido.`,
    })));
    messages.push(user(t(lang, {
      en: `${hhmm(t0)} — ${veh} is still silent. Driver of ${veh2} (same direction, 6 min behind) just called in: traffic backed up from ${stopA} right into the tunnel after a breakdown at the south exit.`,
      de: `${hhmm(t0)} — ${veh} meldet sich immer noch nicht. Fahrer von ${veh2} (gleiche Richtung, 6 min dahinter) hat gerade angerufen: Rückstau von ${stopA} bis in den Tunnel, Pannenfahrzeug an der Südausfahrt.`,
      es: `${hhmm(t0)} — ${veh} sigue sin dar señal. El conductor del ${veh2} (mismo sentido, 6 min detrás) acaba de llamar: retención desde ${stopA} hasta dentro del túnel por una avería en la salida sur.`,
      pt: `${hhmm(t0)} — o ${veh} continua sem sinal. O motorista do ${veh2} (mesmo sentido, 6 min atrás) acabou de ligar: fila desde ${stopA} até dentro do túnel por causa de um carro quebrado na saída sul.`,
    })));
    exchange(rng, messages, 'get_vehicle_pings', { vehicle_id: veh2, since: hhmm(t0 - 10) }, {
      vehicle_id: veh2,
      pings: [
        { t: hhmm(t0 - 6), segment: `${stopA}`, speed_kmh: rng.int(3, 9) },
        { t: hhmm(t0 - 2), segment: `${stopA} → ${tunnel}`, speed_kmh: rng.int(0, 4) },
      ],
    });
    if (i % 2 === 1) {
      exchange(rng, messages, 'radio_driver', { vehicle_id: veh2, text: t(lang, { en: `Can you see ${veh} ahead?`, es: `¿Ves al ${veh} delante?`, de: `Siehst du ${veh} vor dir?`, pt: `Você vê o ${veh} na frente?` }) }, {
        delivered: true,
        reply: t(lang, {
          en: 'Negative, only cars and a lorry ahead, queue goes round the bend into the tunnel.',
          es: 'No, delante solo coches y un camión; la cola sigue por la curva hasta dentro del túnel.',
          de: 'Nein, vor mir nur Pkw und ein Lkw, der Stau geht um die Kurve bis in den Tunnel.',
          pt: 'Não, na frente só carros e um caminhão; a fila faz a curva e entra no túnel.',
        }),
      });
    }
    messages.push(user(t(lang, {
      en: `So where is ${veh} most likely right now, and what should the display at ${stopB} say? Act on it.`,
      de: `Wo steht ${veh} jetzt am wahrscheinlichsten, und was soll die Anzeige an ${stopB} zeigen? Setz es um.`,
      es: `Entonces, ¿dónde está probablemente el ${veh} ahora mismo y qué debe mostrar la pantalla de ${stopB}? Actúa.`,
      pt: `Então, onde o ${veh} provavelmente está agora e o que o painel de ${stopB} deve mostrar? Pode agir.`,
    })));
    return { lang, messages, tools, tool_choice: 'auto' };
  },
};

const mountainPass: Family = {
  id: 'wi-mb-col-snow-station',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The snow sensor fails in the last chunk, so the open/closed call rests on an estimate built up from the earlier half-hourly readings and the snowfall rate.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'ja', 'de', 'en'], i);
    const pass = at(['Col du Lautaret', '志賀草津道路 渋峠', 'Flüelapass', 'Kirkstone Pass'], i);
    const depthLimit = rng.pick([12, 15, 18]);
    const gustLimit = rng.pick([85, 90, 100]);
    const steps = 3 + (i % 3);
    const rate = dec(rng, 1.5, 3.5);
    let depth = rng.int(1, 4);
    let clock = rng.int(3 * 60, 5 * 60);
    const system = t(lang, {
      en: `You run the open/closed sign for ${pass}. The roadside station posts a log line every 30 minutes. Close the pass if snow on the road exceeds ${depthLimit} cm or gusts exceed ${gustLimit} km/h. The snow-depth probe sometimes returns ERR; you then have to estimate the depth yourself. After each chunk reply: "PASS=OPEN|CLOSED; snow≈<cm>; note".`,
      fr: `Tu gères le panneau ouvert/fermé du ${pass}. La station au bord de la route envoie une ligne toutes les 30 minutes. Ferme le col si la neige sur la chaussée dépasse ${depthLimit} cm ou si les rafales dépassent ${gustLimit} km/h. La sonde de hauteur de neige renvoie parfois ERR ; il faut alors estimer la hauteur toi-même. Après chaque bloc, réponds : « COL=OUVERT|FERMÉ ; neige≈<cm> ; remarque ».`,
      ja: `${pass}の通行可否表示を担当します。路側の観測所から30分ごとにログが届きます。路面積雪が${depthLimit}cmを超えるか、最大瞬間風速が${gustLimit}km/hを超えたら通行止めにしてください。積雪計はときどき ERR を返すので、その場合は自分で積雪深を見積もる必要があります。各ログの後に「通行=可|止; 積雪≈<cm>; メモ」の形で答えてください。`,
      de: `Du schaltest die Offen/Gesperrt-Tafel am ${pass}. Die Straßenwetterstation schickt alle 30 Minuten eine Zeile. Sperre den Pass, wenn mehr als ${depthLimit} cm Schnee auf der Fahrbahn liegen oder Böen über ${gustLimit} km/h auftreten. Die Schneehöhensonde liefert manchmal ERR; dann musst du die Höhe selbst abschätzen. Antworte nach jedem Block: „PASS=OFFEN|GESPERRT; Schnee≈<cm>; Notiz".`,
    });
    const useTool = i % 2 === 0;
    const messages: ChatMessage[] = [sys(useTool ? system.replace(/\s*(After each chunk|Après chaque bloc|各ログの後|Antworte nach jedem Block).*$/s, '') + t(lang, {
      en: ' After each chunk call set_pass_sign.',
      fr: ' Après chaque bloc, appelle set_pass_sign.',
      ja: '各ログの後に set_pass_sign を呼び出してください。',
      de: ' Nach jedem Block set_pass_sign aufrufen.',
    }) : system)];
    const open = t(lang, { en: 'PASS=OPEN', fr: 'COL=OUVERT', ja: '通行=可', de: 'PASS=OFFEN' });
    for (let s = 0; s < steps; s++) {
      depth = Math.round((depth + rate / 2 + dec(rng, -0.3, 0.3)) * 10) / 10;
      clock += 30;
      const gust = rng.int(35, gustLimit - 15);
      messages.push(user(`${hhmm(clock)} T=${dec(rng, -6, -1)}°C wind=${rng.int(15, 40)} gust=${gust} km/h precip=${dec(rng, 1, 4)} mm/h snow_road=${depth} cm plough=${s === 1 ? 'passed' : 'none'}`));
      if (s === 1) depth = Math.max(0, Math.round((depth - rng.int(3, 5)) * 10) / 10);
      if (useTool) {
        const { message, ids } = calls(rng, ['set_pass_sign', { status: 'OPEN', snow_estimate_cm: depth }]);
        messages.push(message, result(ids[0]!, { ok: true }));
        continue;
      }
      messages.push(say(`${open}; ${t(lang, { en: 'snow', fr: 'neige', ja: '積雪', de: 'Schnee' })}≈${depth} cm; ${t(lang, {
        en: s === 1 ? 'plough just went through' : 'steady snowfall',
        fr: s === 1 ? 'chasse-neige passé' : 'chute régulière',
        ja: s === 1 ? '除雪車通過' : '降雪継続',
        de: s === 1 ? 'Räumfahrzeug durch' : 'gleichmäßiger Schneefall',
      })}`));
    }
    clock += 30;
    messages.push(user(`${hhmm(clock)} T=${dec(rng, -7, -2)}°C wind=${rng.int(20, 45)} gust=${rng.int(50, gustLimit - 5)} km/h precip=${dec(rng, 2.5, 5)} mm/h snow_road=ERR plough=none\n${t(lang, {
      en: 'Snow probe down. Sign?',
      fr: 'Sonde HS. Panneau ?',
      ja: '積雪計故障。表示は?',
      de: 'Sonde ausgefallen. Tafel?',
    })}`));
    if (useTool) {
      return {
        lang, messages, tool_choice: 'required',
        tools: [tool('set_pass_sign', 'Set the sign at the foot of the pass.', { status: oneOf('OPEN', 'CLOSED'), snow_estimate_cm: num })],
      };
    }
    return { lang, messages, max_tokens: 60 };
  },
};

const tennisFeed: Family = {
  id: 'wi-mb-tennis-text-feed',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The commentary rarely states the score, so the current score and server must be reconstructed from all earlier feed chunks before answering.',
  make: (rng, i) => {
    const v = at([
      {
        lang: 'es' as Lang,
        p: ['Alcaraz', 'Ruud'],
        sys: 'Generas el marcador para la web de una radio a partir del texto en directo del comentarista. El comentarista casi nunca dice el marcador.',
        chunks: [
          'Primer set para Alcaraz, 6-4, con una derecha cruzada imparable.',
          'Saca Ruud para empezar el segundo. Ace. Luego doble falta. Alcaraz gana un peloteo largo. Ruud con el servicio abierto, gana el punto. Ruud cierra el juego con otro saque directo.',
          'Alcaraz al servicio. Tres puntos seguidos para él, Ruud salva uno con un revés paralelo, pero Alcaraz termina con una dejada.',
          'Ruud saca otra vez. Alcaraz resta profundo y gana el primer punto. Ruud iguala. Error no forzado de Ruud.',
        ],
        q: '¿Cómo va el partido ahora mismo? Rellena el marcador.',
      },
      {
        lang: 'pt' as Lang,
        p: ['Fonseca', 'Zverev'],
        sys: 'Você alimenta o placar do site de uma rádio a partir da narração escrita ao vivo. O narrador quase nunca fala o placar.',
        chunks: [
          'Zverev fecha o primeiro set por 7-5 com um saque no T.',
          'Fonseca no saque abrindo o segundo set. Ganha os dois primeiros pontos, Zverev devolve na linha, Fonseca fecha com uma direita na paralela e outra cruzada.',
          'Zverev saca. Dupla falta. Fonseca acerta uma devolução incrível. Zverev ganha um ponto no voleio. Fonseca passa na cruzada: quebra!',
          'Fonseca saca para abrir vantagem. Ace. Zverev erra a devolução.',
          'Ponto longo, Zverev ganha na rede.',
        ],
        q: 'Como está o jogo agora? Preencha o placar.',
      },
      {
        lang: 'fr' as Lang,
        p: ['Garcia', 'Sabalenka'],
        sys: 'Tu alimentes le tableau des scores du site d\'une radio à partir du commentaire écrit en direct. Le commentateur ne donne presque jamais le score.',
        chunks: [
          'Sabalenka remporte la première manche 6-3.',
          'Deuxième manche, Garcia au service. Elle mène vite, Sabalenka revient, mais Garcia conclut sur un service gagnant.',
          'Sabalenka sert. Garcia retourne dans les pieds et prend le premier point, puis le deuxième. Sabalenka sauve une balle avec un coup droit, puis commet une double faute : break Garcia.',
          'Garcia sert pour confirmer. Premier point pour Sabalenka, Garcia égalise au filet, puis un long échange perdu par Garcia.',
        ],
        q: 'On en est où exactement ? Remplis le tableau.',
      },
      {
        lang: 'en' as Lang,
        p: ['Draper', 'de Minaur'],
        sys: 'You feed the scoreboard on a radio station\'s live page from the commentator\'s text. The commentator hardly ever says the score.',
        chunks: [
          'De Minaur takes the opener 6-2.',
          'Draper serving to start set two: ace, ace, a netted backhand, then a service winner and a forehand to hold.',
          'De Minaur serving now. Draper wins the first two points, de Minaur fights back to deuce with two volleys, Draper gets advantage but nets a return.',
          'Still on de Minaur\'s serve: he wins the next one with a lob. Draper sends a forehand long.',
        ],
        q: 'What is the score right now? Fill in the board.',
      },
    ], i);
    const messages: ChatMessage[] = [sys(v.sys)];
    let clock = rng.int(11 * 60, 20 * 60);
    v.chunks.forEach((c, k) => {
      clock += k === 1 ? rng.int(2, 5) : rng.int(3, 9);
      messages.push(user(`[${hhmm(clock)}] ${c}`));
      if (k < v.chunks.length - 1 && rng.chance(0.5)) messages.push(say('ok'));
    });
    messages.push(user(v.q));
    return {
      lang: v.lang,
      messages,
      response_format: jsonSchema('scoreboard', {
        sets: obj({ [v.p[0]!]: int, [v.p[1]!]: int }),
        games_current_set: obj({ [v.p[0]!]: int, [v.p[1]!]: int }),
        points_current_game: str,
        server: oneOf(v.p[0]!, v.p[1]!),
      }),
    };
  },
};

const domeWatch: Family = {
  id: 'wi-mb-observatory-dome-watch',
  label: 'model_based_reflex',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'With the sky camera dropping out, the dome call depends on the humidity and cloud trend carried over from earlier checks, although the latest reading alone might seem to decide it.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'de', 'ja'], i);
    const site = at(['兴隆观测站', 'Kielder Observatory', 'Sternwarte Sonneberg', '美星天文台'], i);
    const hLimit = rng.pick([85, 88, 90]);
    const tools = [
      tool('get_sky_sensors', 'Current readings: humidity %, sky-minus-ambient temperature, rain sensor, all-sky camera cloud fraction (may be null).'),
      tool('set_dome', 'Open, close or keep the dome as it is.', { action: oneOf('OPEN', 'CLOSE', 'HOLD'), reason: str }),
    ];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You are the night assistant for the roll-off roof at ${site}. Check the sensors every 15 minutes. Close if humidity will reach ${hLimit}% or cloud cover exceeds 0.6 or rain is detected. The all-sky camera drops out from time to time, so carry your own picture of the sky from one check to the next.`,
        zh: `你是${site}滑顶圆顶的夜间助手。每15分钟检查一次传感器。若湿度将达到${hLimit}%,或云量超过0.6,或检测到降雨,就关闭圆顶。全天相机时常掉线,所以要把你对天空的判断从一次检查延续到下一次。`,
        de: `Du bist der Nachtassistent für das Rolldach der ${site}. Prüfe alle 15 Minuten die Sensoren. Schließen, wenn die Luftfeuchte ${hLimit} % erreichen wird, die Bewölkung 0,6 übersteigt oder Regen erkannt wird. Die All-Sky-Kamera fällt ab und zu aus, also nimm dein Bild vom Himmel von einer Prüfung zur nächsten mit.`,
        ja: `${site}のスライド式ドームの夜間アシスタントです。15分ごとにセンサーを確認します。湿度が${hLimit}%に達しそうなとき、雲量が0.6を超えたとき、雨を検知したときは閉めてください。全天カメラはときどき途切れるので、前回までの空の様子を次の確認に引き継いでください。`,
      })),
      user(t(lang, { en: 'Start of night. Dome is open, imaging run in progress.', zh: '夜间观测开始。圆顶已打开,正在拍摄。', de: 'Nachtbeginn. Dach offen, Aufnahmeserie läuft.', ja: '観測開始。ドームは開いていて撮像中です。' })),
    ];
    let hum = rng.int(62, 70);
    let cloud = dec(rng, 0.05, 0.15, 2);
    const checks = 3 + (i % 2);
    for (let k = 0; k < checks; k++) {
      hum += rng.int(3, 6);
      cloud = Number((cloud + dec(rng, 0.05, 0.12, 2)).toFixed(2));
      const camera = k === checks - 1 ? null : cloud;
      exchange(rng, messages, 'get_sky_sensors', {}, {
        time: hhmm(22 * 60 + 15 * k), humidity_pct: hum, sky_minus_ambient_c: dec(rng, -24, -14), rain: false, cloud_fraction: camera,
      });
      if (k < checks - 1) {
        const { message, ids } = calls(rng, ['set_dome', { action: 'HOLD', reason: `h=${hum}% c=${cloud}` }]);
        messages.push(message, result(ids[0]!, { ok: true, dome: 'OPEN' }));
      }
    }
    return { lang, messages, tools, tool_choice: 'required' };
  },
};

const collarBearings: Family = {
  id: 'wi-mb-lynx-collar-bearings',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Bearings, lost signals and the collar pulse mode arrive over many messages, and the animal’s present grid cell and condition can only be inferred by combining them.',
  make: (rng, i) => {
    const v = at([
      {
        lang: 'es' as Lang,
        sys: 'Acompañas al equipo de radiotelemetría del lince ibérico en Doñana. Te van pasando las lecturas de campo por mensajes. El collar emite 40 pulsos/min si el animal se mueve y cambia a 80 pulsos/min (modo mortalidad) tras 8 h sin movimiento. Cuadrículas de 1 km: letras de oeste a este, números de norte a sur.',
        animal: 'Hembra «Lágrima»',
        lines: (g1: string, g2: string, h: number) => [
          `06:10 Antena A: rumbo 72°, señal fuerte, 40 ppm. Compatible con ${g1}.`,
          `06:40 Antena B: rumbo 318°, señal media, 40 ppm. Cruce con A en ${g2}.`,
          '07:30 Antena A: sin señal. Viento fuerte, puede ser el relieve.',
          `${pad(7 + h)}:15 Antena C (nueva, en el arroyo): rumbo 15°, señal débil, 40 ppm.`,
        ],
        q: '¿En qué cuadrícula estará ahora y hay motivo para preocuparse por el collar?',
      },
      {
        lang: 'pt' as Lang,
        sys: 'Você apoia a equipe de radiotelemetria de onças-pintadas no Pantanal. As leituras de campo chegam por mensagem. A coleira emite 40 pulsos/min com o animal ativo e passa a 80 pulsos/min (modo mortalidade) depois de 8 h parado. Quadrículas de 1 km: letras de oeste para leste, números de norte para sul.',
        animal: 'Macho «Ousado»',
        lines: (g1: string, g2: string, h: number) => [
          `05:50 Torre 1: azimute 104°, sinal forte, 40 ppm. Bate com ${g1}.`,
          `06:20 Barco no rio: azimute 260°, sinal médio. Cruzamento com a torre 1 dá ${g2}.`,
          `${pad(6 + h)}:05 Torre 1: azimute 98°, sinal fraco, 80 ppm.`,
          'Obs.: a bateria da antena do barco estava fraca ontem.',
        ],
        q: 'Onde ele deve estar agora e o que esses 80 ppm querem dizer neste caso?',
      },
      {
        lang: 'fr' as Lang,
        sys: 'Tu épaules l\'équipe de télémétrie du lynx dans le Jura. Les relevés de terrain arrivent message par message. Le collier émet 40 impulsions/min quand l\'animal bouge et passe à 80/min (mode mortalité) après 8 h d\'immobilité. Carrés de 1 km : lettres d\'ouest en est, chiffres du nord au sud.',
        animal: 'Femelle « Neige »',
        lines: (g1: string, g2: string, h: number) => [
          `19:05 Poste col de la Faucille : azimut 140°, signal fort, 40 ipm, proche de ${g1}.`,
          `19:40 Poste Lajoux : azimut 230°, signal moyen. Intersection vers ${g2}.`,
          '20:30 plus rien sur les deux postes. Brouillard épais.',
          `${pad(20 + h)}:10 Un randonneur signale un chevreuil tué en bordure de ${g2}.`,
          `${pad(21 + h)}:00 Poste Lajoux : azimut 236°, signal faible, 40 ipm.`,
        ],
        q: 'Elle est où, là, d\'après toi, et est-ce qu\'elle va bien ?',
      },
      {
        lang: 'de' as Lang,
        sys: 'Du unterstützt das Luchs-Telemetrieteam im Harz. Die Feldpeilungen kommen nacheinander per Nachricht. Das Halsband sendet 40 Pulse/min, solange sich das Tier bewegt, und schaltet nach 8 h ohne Bewegung auf 80 Pulse/min (Mortalitätsmodus). 1-km-Quadrate: Buchstaben von West nach Ost, Zahlen von Nord nach Süd.',
        animal: 'Kuder „Findus"',
        lines: (g1: string, g2: string, h: number) => [
          `04:45 Peilpunkt Brocken-Nord: 200°, stark, 40 ppm, passt zu ${g1}.`,
          `05:20 Peilpunkt Schierke: 290°, mittel. Schnitt mit Brocken-Nord bei ${g2}.`,
          `${pad(5 + h)}:00 Schierke: 288°, mittel, 40 ppm.`,
          `${pad(6 + h)}:30 Brocken-Nord: kein Signal, Akku vom Empfänger leer.`,
        ],
        q: 'Wo steckt er jetzt vermutlich, und ist mit dem Halsband alles in Ordnung?',
      },
    ], i);
    const col = 'ABCDEFGH';
    const c = rng.int(1, 6);
    const r = rng.int(2, 8);
    const g1 = `${col[c]}${r}`;
    const g2 = `${col[c + 1]}${r + 1}`;
    const lines = v.lines(g1, g2, rng.int(1, 2));
    const messages: ChatMessage[] = [sys(`${v.sys}\n${v.animal}.`)];
    lines.forEach((l, k) => {
      messages.push(user(l));
      if (k < lines.length - 1) messages.push(say(t(v.lang, { en: 'noted', es: 'Anotado.', pt: 'Anotado.', fr: 'Noté.', de: 'Notiert.' })));
    });
    messages.push(user(v.q));
    return { lang: v.lang, messages };
  },
};

// ---------------------------------------------------------------------------------------------
// goal_based
// ---------------------------------------------------------------------------------------------

const railReroute: Family = {
  id: 'wi-gb-rail-strike-reroute',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The agent searches a rail network for a chain of connections that gets the traveller to a fixed place by a deadline and must choose its next search or booking toward that.',
  make: (rng, i) => {
    const v = at([
      { lang: 'de' as Lang, from: 'Kassel-Wilhelmshöhe', to: 'Konstanz', hub: 'Karlsruhe Hbf', alt: 'Stuttgart Hbf', why: 'zur Ruderregatta (Meldeschluss am Steg)' },
      { lang: 'fr' as Lang, from: 'Nantes', to: 'Grenoble', hub: 'Lyon Part-Dieu', alt: 'Paris Gare de Lyon', why: 'pour la finale régionale de handball' },
      { lang: 'es' as Lang, from: 'València Joaquín Sorolla', to: 'Donostia', hub: 'Zaragoza Delicias', alt: 'Madrid Chamartín', why: 'para la salida de la travesía a nado' },
      { lang: 'en' as Lang, from: 'Leeds', to: 'Exeter St Davids', hub: 'Bristol Temple Meads', alt: 'Birmingham New Street', why: 'for the county cross-country start' },
      { lang: 'pt' as Lang, from: 'Braga', to: 'Faro', hub: 'Lisboa Oriente', alt: 'Entroncamento', why: 'para a partida da meia maratona' },
    ], i);
    const lang = v.lang;
    const dep = rng.int(6 * 60, 8 * 60);
    const deadline = dep + rng.int(6 * 60, 7 * 60);
    const tools = [
      tool('search_connections', 'Search train connections departing after a time.', { from: str, to: str, depart_after: str }),
      tool('book', 'Book one or more connection ids as a single journey.', { connection_ids: list(str) }),
      tool('finish', 'Stop and report to the traveller.', { status: oneOf('booked', 'impossible'), summary: str }),
    ];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: 'Rail travel agent. Use the tools to get the traveller where they need to be, on time. Leave at least 8 minutes for every change. One tool call per turn.',
        de: 'Bahnreise-Agent. Bring den Reisenden mit den Tools rechtzeitig ans Ziel. Für jeden Umstieg mindestens 8 Minuten einplanen. Pro Runde genau ein Tool-Aufruf.',
        fr: 'Agent de voyage ferroviaire. Utilise les outils pour amener le voyageur à destination à l\'heure. Compte au moins 8 minutes pour chaque correspondance. Un seul appel d\'outil par tour.',
        es: 'Agente de viajes en tren. Usa las herramientas para que el viajero llegue a tiempo a su destino. Deja al menos 8 minutos en cada transbordo. Una llamada a herramienta por turno.',
        pt: 'Agente de viagens de trem. Use as ferramentas para levar o viajante ao destino a tempo. Deixe pelo menos 8 minutos em cada baldeação. Uma chamada de ferramenta por vez.',
      })),
      user(t(lang, {
        en: `Strike today. I'm at ${v.from} and must be in ${v.to} by ${hhmm(deadline)} ${v.why}. Not leaving before ${hhmm(dep)}. Sort it out.`,
        de: `Heute ist Streik. Ich bin in ${v.from} und muss bis ${hhmm(deadline)} in ${v.to} sein, ${v.why}. Vor ${hhmm(dep)} komme ich nicht los. Kümmer dich drum.`,
        fr: `Grève aujourd'hui. Je suis à ${v.from} et je dois être à ${v.to} avant ${hhmm(deadline)} ${v.why}. Je ne peux pas partir avant ${hhmm(dep)}. Trouve-moi quelque chose.`,
        es: `Hoy hay huelga. Estoy en ${v.from} y tengo que estar en ${v.to} antes de las ${hhmm(deadline)} ${v.why}. No salgo antes de las ${hhmm(dep)}. Resuélvelo.`,
        pt: `Greve hoje. Estou em ${v.from} e preciso estar em ${v.to} até ${hhmm(deadline)} ${v.why}. Não consigo sair antes das ${hhmm(dep)}. Resolva isso.`,
      })),
    ];
    exchange(rng, messages, 'search_connections', { from: v.from, to: v.to, depart_after: hhmm(dep) }, {
      results: [{ id: `D${rng.int(100, 999)}`, dep: hhmm(dep + 12), arr: hhmm(deadline - 40), changes: 0, status: 'CANCELLED (strike)' }],
    });
    const a1 = dep + rng.int(150, 210);
    exchange(rng, messages, 'search_connections', { from: v.from, to: v.hub, depart_after: hhmm(dep) }, {
      results: [
        { id: `H${rng.int(100, 999)}`, dep: hhmm(dep + 20), arr: hhmm(a1), status: 'running' },
        { id: `H${rng.int(100, 999)}`, dep: hhmm(dep + 80), arr: hhmm(a1 + 75), status: 'running, +15 min expected' },
      ],
    });
    const r1 = a1 + rng.int(4, 7);
    const r2 = a1 + rng.int(25, 40);
    exchange(rng, messages, 'search_connections', { from: v.hub, to: v.to, depart_after: hhmm(a1) }, {
      results: [
        { id: `F${rng.int(100, 999)}`, dep: hhmm(r1), arr: hhmm(deadline - 70), status: 'running' },
        { id: `F${rng.int(100, 999)}`, dep: hhmm(r2), arr: hhmm(deadline + 25), status: 'running' },
        { id: `F${rng.int(100, 999)}`, dep: hhmm(r2 + 30), arr: hhmm(deadline - 10), status: `via ${v.alt}, 1 change, 9 min` },
      ],
    });
    return { lang, messages, tools, tool_choice: 'required' };
  },
};

const quadratLoop: Family = {
  id: 'wi-gb-survey-quadrat-loop',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'A visiting order must be searched through a walking network so that every plot is sampled and the team is back at the start before dark, with a closed track excluded.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'es', 'en', 'ja', 'fr'], i);
    const n = 4 + (i % 3);
    const nodes = ['P0', ...Array.from({ length: n }, (_, k) => `Q${k + 1}`)];
    const edges: string[] = [];
    for (let k = 0; k < nodes.length; k++) {
      const a = nodes[k]!;
      const b = nodes[(k + 1) % nodes.length]!;
      edges.push(`${a}–${b} ${rng.int(8, 35)}`);
    }
    const has = (a: string, b: string): boolean => edges.some((e) => e.startsWith(`${a}–${b} `) || e.startsWith(`${b}–${a} `));
    for (let extra = 0; extra < 3; extra++) {
      const [a, b] = rng.sample(nodes, 2);
      if (a && b && !has(a, b)) edges.push(`${a}–${b} ${rng.int(10, 40)}`);
    }
    const closed = edges[rng.int(0, edges.length - 1)]!.split(' ')[0]!;
    const sample = rng.pick([20, 25, 30]);
    const start = rng.int(9 * 60, 11 * 60);
    const dusk = start + n * sample + rng.int(120, 200);
    const park = at(['Parque Nacional da Serra dos Órgãos', 'Parque Natural de Somiedo', 'Abernethy Forest', '尾瀬ヶ原', 'Parc national des Cévennes'], i);
    const text = t(lang, {
      en: `Vegetation survey in ${park}. We leave the car park (P0) at ${hhmm(start)} and have to be back at P0 before sunset at ${hhmm(dusk)}. Every plot Q1–Q${n} needs one visit of ${sample} min. Walking times in minutes (both directions):\n${edges.join('\n')}\nThe ranger closed ${closed} this week (nesting capercaillie). In which order do we go?`,
      pt: `Levantamento de vegetação no ${park}. Saímos do estacionamento (P0) às ${hhmm(start)} e temos que voltar ao P0 antes do pôr do sol, às ${hhmm(dusk)}. Cada parcela Q1–Q${n} precisa de uma visita de ${sample} min. Tempos de caminhada em minutos (nos dois sentidos):\n${edges.join('\n')}\nO guarda-parque fechou o trecho ${closed} esta semana (ninho de gavião-pega-macaco). Em que ordem a gente vai?`,
      es: `Muestreo de vegetación en el ${park}. Salimos del aparcamiento (P0) a las ${hhmm(start)} y hay que volver a P0 antes de la puesta de sol, a las ${hhmm(dusk)}. Cada parcela Q1–Q${n} necesita una visita de ${sample} min. Tiempos a pie en minutos (en ambos sentidos):\n${edges.join('\n')}\nEl guarda ha cerrado ${closed} esta semana (hay osa con crías). ¿En qué orden vamos?`,
      ja: `${park}で植生調査をします。駐車場(P0)を${hhmm(start)}に出発し、日没の${hhmm(dusk)}までにP0へ戻らなければなりません。調査区Q1〜Q${n}はそれぞれ1回、${sample}分ずつ調べます。徒歩の所要時間(分、往復同じ):\n${edges.join('\n')}\n今週は${closed}がクマ出没のため通行止めです。どの順番で回ればいいですか?`,
      fr: `Relevés de végétation dans le ${park}. Départ du parking (P0) à ${hhmm(start)}, retour obligatoire à P0 avant le coucher du soleil à ${hhmm(dusk)}. Chaque placette Q1–Q${n} demande un passage de ${sample} min. Temps de marche en minutes (dans les deux sens) :\n${edges.join('\n')}\nLe garde a fermé ${closed} cette semaine (nidification du vautour moine). Dans quel ordre on les fait ?`,
    });
    return {
      lang,
      messages: i % 2 === 0 ? [user(text)] : [sys(t(lang, { en: 'Field logistics helper for an ecology lab.', es: 'Asistente de logística de campo para un laboratorio de ecología.', ja: '生態学研究室の野外調査ロジ担当アシスタントです。' })), user(text)],
      response_format: jsonSchema('visit_order', { order: list(str), back_at_p0: str, feasible: bool }),
    };
  },
};

const museumBooking: Family = {
  id: 'wi-gb-museum-school-booking',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A browser agent works through a museum booking site toward a fully specified school-group reservation and must pick the next action after a blocking message.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'de', 'en', 'es'], i);
    const museum = at(['Cité de l\'espace (Toulouse)', 'Senckenberg Naturmuseum (Frankfurt)', 'National Space Centre (Leicester)', 'Museo Nacional de Ciencias Naturales (Madrid)'], i);
    const pupils = rng.int(22, 31);
    const adults = rng.int(2, 4);
    const day = rng.int(3, 27);
    const month = at(['mars', 'März', 'March', 'marzo'], i);
    const guideLang = at(['allemand', 'Englisch', 'French', 'inglés'], i);
    const tools = [
      tool('click', 'Click an element by its id.', { element_id: str }),
      tool('type_text', 'Type text into an input.', { element_id: str, text: str }),
      tool('select_option', 'Choose a value in a dropdown.', { element_id: str, value: str }),
      tool('finish', 'Declare the task done or impossible.', { status: oneOf('done', 'impossible'), summary: str }),
    ];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You operate a browser for a teacher. Task: book a guided group visit at the ${museum} on ${day} ${month} for ${pupils} pupils and ${adults} adults, guide speaking ${guideLang}, one pupil uses a wheelchair. Pay later by school invoice. One tool call per turn; you receive the page after each action.`,
        fr: `Tu pilotes un navigateur pour une enseignante. Tâche : réserver une visite guidée de groupe à la ${museum} le ${day} ${month} pour ${pupils} élèves et ${adults} adultes, guide parlant ${guideLang}, un élève en fauteuil roulant. Paiement ultérieur sur facture de l'établissement. Un appel d'outil par tour ; tu reçois la page après chaque action.`,
        de: `Du bedienst einen Browser für eine Lehrerin. Aufgabe: eine Gruppenführung im ${museum} am ${day}. ${month} buchen, ${pupils} Schüler und ${adults} Erwachsene, Führung auf ${guideLang}, ein Schüler im Rollstuhl. Zahlung später per Schulrechnung. Ein Tool-Aufruf pro Zug; nach jeder Aktion bekommst du die Seite.`,
        es: `Manejas un navegador para un profesor. Tarea: reservar una visita guiada de grupo en el ${museum} el ${day} de ${month} para ${pupils} alumnos y ${adults} adultos, guía en ${guideLang}, un alumno va en silla de ruedas. Pago posterior con factura del colegio. Una llamada por turno; recibes la página tras cada acción.`,
      })),
      user(t(lang, {
        en: '[page] Groups & schools\n[a11y] link#book-group "Book a group visit"  link#prices "Prices"  link#access "Accessibility"',
        fr: '[page] Groupes et scolaires\n[a11y] link#book-group « Réserver une visite de groupe »  link#prices « Tarifs »  link#access « Accessibilité »',
        de: '[page] Gruppen & Schulen\n[a11y] link#book-group „Gruppenbesuch buchen"  link#prices „Preise"  link#access „Barrierefreiheit"',
        es: '[page] Grupos y colegios\n[a11y] link#book-group «Reservar visita de grupo»  link#prices «Tarifas»  link#access «Accesibilidad»',
      })),
    ];
    exchange(rng, messages, 'click', { element_id: 'book-group' }, t(lang, {
      en: '[page] Group booking – step 1/3\n[a11y] input#date  input#pupils  input#adults  select#guide-lang (French, English, German, Spanish)  checkbox#wheelchair  button#next "Continue"',
      fr: '[page] Réservation de groupe – étape 1/3\n[a11y] input#date  input#pupils  input#adults  select#guide-lang (français, anglais, allemand, espagnol)  checkbox#wheelchair  button#next « Continuer »',
      de: '[page] Gruppenbuchung – Schritt 1/3\n[a11y] input#date  input#pupils  input#adults  select#guide-lang (Deutsch, Englisch, Französisch, Spanisch)  checkbox#wheelchair  button#next „Weiter"',
      es: '[page] Reserva de grupo – paso 1/3\n[a11y] input#date  input#pupils  input#adults  select#guide-lang (español, inglés, francés, alemán)  checkbox#wheelchair  button#next «Continuar»',
    }));
    exchange(rng, messages, 'type_text', { element_id: 'date', text: `2025-03-${pad(day)}` }, '[ok]');
    exchange(rng, messages, 'type_text', { element_id: 'pupils', text: String(pupils) }, '[ok]');
    if (i % 2 === 0) exchange(rng, messages, 'type_text', { element_id: 'adults', text: String(adults) }, '[ok]');
    exchange(rng, messages, 'select_option', { element_id: 'guide-lang', value: guideLang }, t(lang, {
      en: `[ok] guide-lang=${guideLang}\n[notice] No ${guideLang}-speaking guide on ${day} March. Available with this language: ${day + 1} March 10:00, ${day + 2} March 14:00. Other languages on ${day} March: Spanish 09:30.`,
      fr: `[ok] guide-lang=${guideLang}\n[notice] Aucun guide ${guideLang} le ${day} mars. Disponibilités dans cette langue : ${day + 1} mars 10h00, ${day + 2} mars 14h00. Autres langues le ${day} mars : espagnol 9h30.`,
      de: `[ok] guide-lang=${guideLang}\n[Hinweis] Am ${day}. März keine Führung auf ${guideLang}. Verfügbar in dieser Sprache: ${day + 1}. März 10:00, ${day + 2}. März 14:00. Andere Sprachen am ${day}. März: Deutsch 09:30.`,
      es: `[ok] guide-lang=${guideLang}\n[aviso] No hay guía en ${guideLang} el ${day} de marzo. Disponible en ese idioma: ${day + 1} de marzo 10:00, ${day + 2} de marzo 14:00. Otros idiomas el ${day} de marzo: español 9:30.`,
    }));
    return { lang, messages, tools, tool_choice: 'required' };
  },
};

const kayakCrossing: Family = {
  id: 'wi-gb-kayak-tidal-crossing',
  label: 'goal_based',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The paddler needs a sequence of legs and departure times that lands on the island before a fixed time while each leg respects its tidal window; the wish to wait little is a minor preference on top.',
  make: (rng, i) => {
    const v = at([
      { lang: 'en' as Lang, isl: 'Bardsey', a: 'Aberdaron', m: 'Porth Meudwy', s: 'the Ynys Gwylan skerries' },
      { lang: 'es' as Lang, isl: 'la isla de Ons', a: 'Bueu', m: 'Punta Cabicastro', s: 'los bajos de Onza' },
      { lang: 'fr' as Lang, isl: 'l\'île de Bréhat', a: 'Loguivy', m: 'la pointe de l\'Arcouest', s: 'les roches de Logodec' },
      { lang: 'de' as Lang, isl: 'Neuwerk', a: 'Cuxhaven-Duhnen', m: 'Sahlenburg', s: 'die Baken im Watt' },
    ], i);
    const hw = rng.int(9 * 60, 14 * 60);
    const must = hw + rng.int(300, 420);
    const l1 = rng.int(35, 60);
    const l2 = rng.int(30, 50);
    const l3 = rng.int(45, 80);
    const text = t(v.lang, {
      en: `Sea kayak trip on Saturday. High water at ${hhmm(hw)}. I want to be ashore on ${v.isl} by ${hhmm(must)} at the latest (camp permit check). Legs:\n- ${v.a} → ${v.m}: ${l1} min, any time\n- ${v.m} → ${v.s}: ${l2} min, only between HW−1h and HW+2h (race runs too hard otherwise)\n- ${v.s} → ${v.isl}: ${l3} min, only in the last 90 min before or the first 60 min after low water (LW = HW+6h10)\n- ${v.a} → ${v.isl} direct: ${l1 + l2 + l3 - 20} min, only on the flood, and never with wind over F4 — forecast F5 in the afternoon\nI can launch from 07:00. When do I leave and which way do I go? Waiting on a beach is fine, but the less the better.`,
      es: `Salida en kayak de mar el sábado. Pleamar a las ${hhmm(hw)}. Tengo que estar en tierra en ${v.isl} como muy tarde a las ${hhmm(must)} (control del permiso de acampada). Tramos:\n- ${v.a} → ${v.m}: ${l1} min, a cualquier hora\n- ${v.m} → ${v.s}: ${l2} min, solo entre PM−1h y PM+2h (fuera de eso la corriente es demasiado fuerte)\n- ${v.s} → ${v.isl}: ${l3} min, solo en los últimos 90 min antes o los primeros 60 min después de la bajamar (BM = PM+6h10)\n- ${v.a} → ${v.isl} directo: ${l1 + l2 + l3 - 20} min, solo con marea entrante y nunca con viento de más de fuerza 4; dan fuerza 5 por la tarde\nPuedo salir desde las 07:00. ¿A qué hora salgo y por dónde voy? Esperar en una playa no me importa, pero cuanto menos mejor.`,
      fr: `Sortie en kayak de mer samedi. Pleine mer à ${hhmm(hw)}. Je dois avoir débarqué sur ${v.isl} au plus tard à ${hhmm(must)} (contrôle de l'autorisation de bivouac). Tronçons :\n- ${v.a} → ${v.m} : ${l1} min, à toute heure\n- ${v.m} → ${v.s} : ${l2} min, seulement entre PM−1h et PM+2h (sinon le courant est trop fort)\n- ${v.s} → ${v.isl} : ${l3} min, seulement dans les 90 dernières minutes avant la basse mer ou les 60 premières après (BM = PM+6h10)\n- ${v.a} → ${v.isl} en direct : ${l1 + l2 + l3 - 20} min, uniquement au flot et jamais au-delà de force 4 ; on annonce force 5 l'après-midi\nJe peux partir dès 07h00. À quelle heure je pars et par où je passe ? Attendre sur une plage, ça me va, mais le moins possible.`,
      de: `Seekajaktour am Samstag. Hochwasser um ${hhmm(hw)}. Ich muss spätestens um ${hhmm(must)} auf ${v.isl} an Land sein (Kontrolle der Übernachtungserlaubnis). Teilstrecken:\n- ${v.a} → ${v.m}: ${l1} min, jederzeit\n- ${v.m} → ${v.s}: ${l2} min, nur zwischen HW−1h und HW+2h (sonst zu starke Strömung)\n- ${v.s} → ${v.isl}: ${l3} min, nur in den letzten 90 min vor oder den ersten 60 min nach Niedrigwasser (NW = HW+6h10)\n- ${v.a} → ${v.isl} direkt: ${l1 + l2 + l3 - 20} min, nur bei auflaufendem Wasser und nie über Windstärke 4; nachmittags sind 5 Bft angesagt\nStarten kann ich ab 07:00. Wann lege ich ab und welche Strecke nehme ich? Warten am Strand ist okay, aber je weniger, desto besser.`,
    });
    return { lang: v.lang, messages: i === 2 ? [sys('Tu aides des kayakistes de mer à préparer leurs sorties.'), user(text)] : [user(text)] };
  },
};

const roverGrid: Family = {
  id: 'wi-gb-rover-crater-sample',
  label: 'goal_based',
  difficulty: 'easy',
  variants: 4,
  rationale: 'The whole map is known and the rover must reach the sample cell around hazards and then drill, so each command is the next move toward that target.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'zh', 'en', 'es'], i);
    const size = 6 + (i % 2);
    let grid: string[][] = [];
    let rover: [number, number] = [0, 0];
    let target: [number, number] = [size - 1, size - 1];
    for (let attempt = 0; attempt < 50; attempt++) {
      grid = Array.from({ length: size }, () => Array.from({ length: size }, () => (rng.chance(0.22) ? '#' : '.')));
      rover = [rng.int(0, 1), rng.int(0, size - 1)];
      target = [rng.int(size - 2, size - 1), rng.int(0, size - 1)];
      grid[rover[0]]![rover[1]] = 'R';
      grid[target[0]]![target[1]] = 'S';
      const seen = new Set<string>([rover.join(',')]);
      const queue: [number, number][] = [rover];
      let ok = false;
      while (queue.length > 0) {
        const [r, c] = queue.shift()!;
        if (r === target[0] && c === target[1]) { ok = true; break; }
        for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
          const nr = r + dr;
          const nc = c + dc;
          const cell = grid[nr]?.[nc];
          if (cell && cell !== '#' && !seen.has(`${nr},${nc}`)) { seen.add(`${nr},${nc}`); queue.push([nr, nc]); }
        }
      }
      if (ok) break;
    }
    const map = grid.map((row) => row.join(' ')).join('\n');
    const battery = rng.int(14, 22);
    const tools = [
      tool('move', 'Move the rover one cell. Costs 1 battery unit.', { direction: oneOf('N', 'E', 'S', 'W') }),
      tool('drill', 'Drill and cache a sample at the current cell. Costs 3 units.'),
      tool('wait', 'Stay in place for one cycle (recharges 1 unit).'),
    ];
    const system = t(lang, {
      en: `Science-centre rover exhibit. Map (north up): R=rover, S=sample site, #=crater or boulder (impassable), .=flat. Get the rover to S and drill there before the battery runs out. Battery now: ${battery} units. One command per turn.`,
      ja: `科学館の探査ローバー展示です。地図(上が北):R=ローバー、S=採取地点、#=クレーターや岩(通行不可)、.=平地。バッテリーが切れる前にSまで移動して掘削してください。現在のバッテリー:${battery}。1ターンに1コマンド。`,
      zh: `科技馆火星车展项。地图(上为北):R=火星车,S=采样点,#=陨坑或巨石(不可通行),.=平地。在电量耗尽前把火星车开到 S 并钻取样本。当前电量:${battery} 单位。每回合只发一条指令。`,
      es: `Exposición del rover en el museo de ciencia. Mapa (norte arriba): R=rover, S=punto de muestra, #=cráter o roca (infranqueable), .=llano. Lleva el rover hasta S y perfora allí antes de que se agote la batería. Batería actual: ${battery} unidades. Una orden por turno.`,
    });
    const messages: ChatMessage[] = [sys(system), user(map)];
    if (i % 2 === 1) {
      const dirs = [['S', 1, 0], ['E', 0, 1], ['W', 0, -1], ['N', -1, 0]] as const;
      const step = dirs.find(([, dr, dc]) => {
        const cell = grid[rover[0] + dr]?.[rover[1] + dc];
        return cell === '.';
      });
      if (step) {
        grid[rover[0]]![rover[1]] = '.';
        grid[rover[0] + step[1]]![rover[1] + step[2]] = 'R';
        exchange(rng, messages, 'move', { direction: step[0] }, `ok, battery=${battery - 1}\n${grid.map((row) => row.join(' ')).join('\n')}`);
      }
    }
    return { lang, messages, tools, tool_choice: 'required' };
  },
};

// ---------------------------------------------------------------------------------------------
// utility_based
// ---------------------------------------------------------------------------------------------

const relayLineup: Family = {
  id: 'wi-ub-medley-relay-lineup',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Swimmers must be assigned to strokes to get the lowest expected relay time, trading raw splits against fatigue and takeover risk under a one-leg-each constraint.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'de', 'zh', 'en', 'fr'], i);
    const names = at([
      ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺'],
      ['Lena', 'Mia', 'Hannah', 'Emilia', 'Sophie', 'Clara'],
      ['王芳', '李娜', '张敏', '刘洋', '陈静', '杨丽'],
      ['Ava', 'Isla', 'Freya', 'Poppy', 'Grace', 'Evie'],
      ['Léa', 'Chloé', 'Manon', 'Inès', 'Jade', 'Louise'],
    ], i).slice(0, 5 + (i % 2));
    const base = { back: 29.5, breast: 33.0, fly: 27.8, free: 25.9 };
    const rows = names.map((n) => `${n}: ${(base.back + dec(rng, 0, 2.5, 2)).toFixed(2)} / ${(base.breast + dec(rng, 0, 3, 2)).toFixed(2)} / ${(base.fly + dec(rng, 0, 2.5, 2)).toFixed(2)} / ${(base.free + dec(rng, 0, 2, 2)).toFixed(2)}`);
    const [tired, risky] = rng.sample(names, 2) as [string, string];
    const p = rng.int(8, 18);
    const text = t(lang, {
      en: `4×50 m medley relay at regionals tonight. Best 50 m splits (back / breast / fly / free, s):\n${rows.join('\n')}\nEach swimmer can swim one leg only. ${tired} has the 100 m final 20 min before the relay: count +0.35 s on any leg for her. ${risky} jumps early in ${p}% of takeovers (that's a DQ, which we score as +4 s) unless she swims backstroke. Which four, on which leg, for the lowest expected time?`,
      ja: `今夜の地区大会4×50mメドレーリレー。50mベスト(背 / 平 / バタ / 自、秒):\n${rows.join('\n')}\n1人1泳法のみ。${tired}はリレーの20分前に100m決勝があるので、どの泳法でも+0.35秒で計算してください。${risky}は引き継ぎの${p}%でフライングします(失格扱いで+4秒として評価)。ただし背泳ぎなら問題なし。期待タイムが一番速くなる4人と泳法の割り当ては?`,
      de: `Heute Abend 4×50 m Lagenstaffel bei den Bezirksmeisterschaften. Beste 50-m-Zeiten (Rücken / Brust / Schmetterling / Freistil, s):\n${rows.join('\n')}\nJede schwimmt nur eine Lage. ${tired} hat 20 min vorher das 100-m-Finale: bei ihr auf jeder Lage +0,35 s rechnen. ${risky} springt bei ${p} % der Wechsel zu früh (Disqualifikation, bewerten wir mit +4 s), außer sie schwimmt Rücken. Welche vier auf welcher Lage ergeben die niedrigste erwartete Zeit?`,
      zh: `今晚地区赛 4×50 米混合泳接力。50 米最好成绩(仰 / 蛙 / 蝶 / 自,秒):\n${rows.join('\n')}\n每人只能游一棒。${tired}在接力前20分钟有100米决赛,她游任何泳姿都按 +0.35 秒计算。${risky}交接时有${p}%的概率抢跳(犯规,按 +4 秒计),但如果她游仰泳就没有这个问题。选哪四人、各游哪一棒,期望总成绩最快?`,
      fr: `Relais 4×50 m 4 nages ce soir aux régionaux. Meilleurs temps au 50 m (dos / brasse / papillon / crawl, s) :\n${rows.join('\n')}\nChaque nageuse ne fait qu'un relais. ${tired} a la finale du 100 m 20 min avant : compte +0,35 s pour elle, quelle que soit la nage. ${risky} part trop tôt dans ${p} % des passages de relais (disqualification, qu'on compte +4 s), sauf si elle nage le dos. Quelles quatre, sur quelle nage, pour le temps attendu le plus bas ?`,
    });
    return {
      lang,
      messages: i % 2 === 1 ? [sys(t(lang, { en: 'Swim-club analytics assistant.', de: 'Analyse-Assistent des Schwimmvereins.', zh: '游泳俱乐部数据分析助手。', fr: 'Assistant d\'analyse du club de natation.', ja: '水泳クラブの分析アシスタント。' })), user(text)] : [user(text)],
      response_format: jsonSchema('relay', {
        backstroke: str, breaststroke: str, butterfly: str, freestyle: str, expected_total_s: num,
      }),
    };
  },
};

const busFleetSplit: Family = {
  id: 'wi-ub-bus-fleet-split',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A fixed fleet is divided among lines so that rider-weighted waiting falls as far as possible under minimum-service and driver limits, an allocation weighed across competing lines.',
  make: (rng, i) => {
    const lang = langAt(['es', 'de', 'fr', 'pt'], i);
    const nLines = 4 + (i % 2);
    const lineNames = at([
      ['C1 Circular', 'L3 Campus', 'L7 Hospital', 'L12 Polígono', 'L21 Playa'],
      ['41 Messe', '43 Uni-Klinikum', '48 Hafen', '52 Stadion', '60 Flughafen'],
      ['L1 Gare', 'L4 Technopole', 'L9 Stade', 'L11 Lycées', 'L15 Plage'],
      ['T01 Rodoviária', 'T04 Universidade', 'T08 Praia', 'T11 Distrito Industrial', 'T15 Estádio'],
    ], i).slice(0, nLines);
    const fleet = rng.int(24, 36);
    const drivers = fleet - rng.int(1, 3);
    const rows = lineNames.map((n) => `${n}: ${t(lang, { en: 'round trip', es: 'vuelta completa', de: 'Umlaufzeit', fr: 'aller-retour', pt: 'ida e volta' })} ${rng.int(35, 95)} min, ${rng.int(250, 1900)} ${t(lang, { en: 'riders/h', es: 'viajeros/h', de: 'Fahrgäste/h', fr: 'voyageurs/h', pt: 'passageiros/h' })}`);
    const text = t(lang, {
      en: '',
      es: `Para la franja punta de 7 a 9 tenemos ${fleet} autobuses pero solo ${drivers} conductores. Líneas:\n${rows.join('\n')}\nLa espera media en parada es la mitad del intervalo (intervalo = vuelta completa / autobuses en la línea). Toda línea necesita al menos 2 autobuses, y el Ayuntamiento exige intervalo máximo de 20 min en ${lineNames[1]}. ¿Cuántos pongo en cada línea para que, sumando a todos los viajeros, se espere lo menos posible?`,
      de: `Für die Spitzenstunde 7–9 Uhr haben wir ${fleet} Busse, aber nur ${drivers} Fahrer. Linien:\n${rows.join('\n')}\nDie mittlere Wartezeit an der Haltestelle ist der halbe Takt (Takt = Umlaufzeit / Busse auf der Linie). Jede Linie braucht mindestens 2 Busse, und die Stadt verlangt auf ${lineNames[1]} höchstens 20-Minuten-Takt. Wie viele Busse kommen auf welche Linie, damit alle Fahrgäste zusammen möglichst wenig warten?`,
      fr: `Pour l'heure de pointe 7h–9h, on a ${fleet} bus mais seulement ${drivers} conducteurs. Lignes :\n${rows.join('\n')}\nL'attente moyenne à l'arrêt vaut la moitié de l'intervalle (intervalle = aller-retour / nombre de bus sur la ligne). Chaque ligne doit avoir au moins 2 bus, et la métropole impose un intervalle de 20 min maximum sur ${lineNames[1]}. Combien de bus sur chaque ligne pour que l'attente cumulée de tous les voyageurs soit la plus faible ?`,
      pt: `No pico das 7h às 9h temos ${fleet} ônibus, mas só ${drivers} motoristas. Linhas:\n${rows.join('\n')}\nA espera média no ponto é metade do intervalo (intervalo = ida e volta / ônibus na linha). Toda linha precisa de pelo menos 2 ônibus, e a prefeitura exige intervalo máximo de 20 min na ${lineNames[1]}. Quantos ônibus vão para cada linha para que a espera somada de todos os passageiros seja a menor possível?`,
    });
    const messages: ChatMessage[] = i === 2
      ? [sys('Assistant du service exploitation d\'un réseau de bus urbain. Réponses chiffrées et courtes.'), user(text)]
      : [user(text)];
    return { lang, messages, max_tokens: 500 };
  },
};

const telescopeHours: Family = {
  id: 'wi-ub-telescope-night-allocation',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Limited dark and bright hours must be shared among proposals with different scores, minimum useful blocks and moon needs, an allocation that maximises total science value.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'ja', 'de'], i);
    const dark = rng.int(2, 4) * rng.pick([8, 9]);
    const bright = rng.int(3, 5) * rng.pick([7, 8]);
    const n = 5 + (i % 2);
    const topics = at([
      ['系外行星凌星', '超新星光变曲线', '矮星系测光', '彗星监测', '双星轨道', '类星体光谱'],
      ['exoplanet transits', 'supernova light curves', 'dwarf galaxy photometry', 'comet monitoring', 'binary orbits', 'quasar spectra'],
      ['系外惑星トランジット', '超新星の光度曲線', '矮小銀河の測光', '彗星モニタリング', '連星の軌道', 'クエーサー分光'],
      ['Exoplaneten-Transits', 'Supernova-Lichtkurven', 'Zwerggalaxien-Photometrie', 'Kometenüberwachung', 'Doppelsternbahnen', 'Quasarspektren'],
    ], i);
    const props = Array.from({ length: n }, (_, k) => ({
      id: `P${k + 1}`, topic: topics[k]!, score: dec(rng, 2.0, 4.8), hours_requested: rng.int(6, 24),
      min_useful_hours: rng.int(3, 8), moon: rng.pick(['dark', 'dark', 'any', 'bright_ok']),
    }));
    const system = t(lang, {
      en: 'Time-allocation assistant for a 1.2 m university telescope. Value of a proposal = score × hours granted, but a grant below its minimum useful hours is worth nothing. "dark" proposals can only use dark hours.',
      zh: '你是某大学1.2米望远镜的观测时间分配助手。每个提案的价值 = 评分 × 分配小时数;若分配少于其最低有效小时数,则价值为零。标记为 "dark" 的提案只能使用暗夜时段。',
      ja: '大学の1.2m望遠鏡の観測時間配分アシスタントです。提案の価値 = 評点 × 配分時間。ただし最低有効時間を下回る配分は価値ゼロ。"dark" の提案は暗夜の時間しか使えません。',
      de: 'Zeitvergabe-Assistent für das 1,2-m-Universitätsteleskop. Wert eines Antrags = Note × bewilligte Stunden; liegt die Bewilligung unter den mindestens nützlichen Stunden, ist sie wertlos. „dark"-Anträge können nur dunkle Stunden nutzen.',
    });
    const ask = t(lang, {
      en: `Next month: ${dark} dark hours, ${bright} bright/grey hours. Proposals:\n${JSON.stringify(props, null, 1)}\nGive the allocation with the highest total value.`,
      zh: `下个月:暗夜 ${dark} 小时,亮夜/灰夜 ${bright} 小时。提案如下:\n${JSON.stringify(props, null, 1)}\n请给出总价值最高的分配方案。`,
      ja: `来月:暗夜 ${dark} 時間、明夜・灰夜 ${bright} 時間。提案一覧:\n${JSON.stringify(props, null, 1)}\n合計価値が最大になる配分を出してください。`,
      de: `Nächster Monat: ${dark} dunkle Stunden, ${bright} helle/graue Stunden. Anträge:\n${JSON.stringify(props, null, 1)}\nGib die Verteilung mit dem höchsten Gesamtwert an.`,
    });
    const messages: ChatMessage[] = [sys(system)];
    if (i % 2 === 1) {
      messages.push(user(t(lang, {
        en: `Next month we have ${dark} dark hours and ${bright} bright/grey hours. Pull the submitted proposals and give the allocation with the highest total value.`,
        de: `Nächsten Monat gibt es ${dark} dunkle und ${bright} helle/graue Stunden. Hol dir die eingereichten Anträge und gib die Verteilung mit dem höchsten Gesamtwert an.`,
      })));
      exchange(rng, messages, 'list_proposals', { semester: 'next' }, props);
    } else messages.push(user(ask));
    return {
      lang,
      messages,
      ...(i % 2 === 1 ? { tools: [tool('list_proposals', 'Proposals submitted for a period.', { semester: str })] } : {}),
      response_format: jsonSchema('allocation', {
        grants: list(obj({ id: str, dark_hours: int, bright_hours: int })),
        total_value: num,
        rejected: list(str),
      }),
    };
  },
};

const sensorSiting: Family = {
  id: 'wi-ub-air-sensor-siting',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Candidate sites with costs, covered residents and overlaps must be picked under a fixed budget to get the most useful coverage, a knapsack-like choice.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'de', 'es', 'fr'], i);
    const budget = rng.int(18, 30) * 1000;
    const cur = at(['R$', '€', '€', '€'], i);
    const places = at([
      ['Escola Estadual Centro', 'Terminal Rodoviário', 'Praça da Matriz', 'Hospital Regional', 'Vila Operária', 'Parque Linear', 'Viaduto Norte'],
      ['Grundschule Nordstadt', 'Busbahnhof', 'Marktplatz', 'Klinikum', 'Siedlung am Gleisdreieck', 'Stadtpark', 'B10-Brücke'],
      ['Colegio San Blas', 'Estación de autobuses', 'Plaza Mayor', 'Hospital Comarcal', 'Barrio de la Estación', 'Parque del Río', 'Ronda Norte'],
      ['École Jules-Ferry', 'Gare routière', 'Place du Marché', 'Centre hospitalier', 'Cité des Cheminots', 'Parc de la Source', 'Rocade Est'],
    ], i);
    const k = 6 + (i % 2);
    const rows = places.slice(0, k).map((p, j) => `${String.fromCharCode(65 + j)}. ${p}: ${cur} ${rng.int(3, 9) * 1000}, ${rng.int(800, 9000)} ${t(lang, { en: 'residents', pt: 'moradores', de: 'Anwohner', es: 'vecinos', fr: 'habitants' })}`);
    const ov = rng.sample(['A', 'B', 'C', 'D', 'E', 'F'], 2);
    const text = t(lang, {
      en: '',
      pt: `A prefeitura tem ${cur} ${thousands(budget, '.')} para estações de monitoramento do ar. Candidatos (custo instalado, moradores num raio de 500 m):\n${rows.join('\n')}\n${ov[0]} e ${ov[1]} ficam a 300 m um do outro: se instalar os dois, metade dos moradores do menor já fica coberta pelo outro e não conta de novo. Moradores perto de escola e hospital contam 1,5×. Quais locais a gente compra?`,
      de: `Die Stadt hat ${thousands(budget, '.')} ${cur} für Luftmessstationen. Kandidaten (Kosten inkl. Aufbau, Anwohner im Umkreis von 500 m):\n${rows.join('\n')}\n${ov[0]} und ${ov[1]} liegen 300 m auseinander: nimmt man beide, ist die Hälfte der Anwohner des kleineren schon vom anderen abgedeckt und zählt nicht noch einmal. Anwohner bei Schule und Klinikum zählen 1,5-fach. Welche Standorte nehmen wir?`,
      es: `El ayuntamiento tiene ${thousands(budget, '.')} ${cur} para estaciones de medición del aire. Candidatos (coste instalado, vecinos en 500 m a la redonda):\n${rows.join('\n')}\n${ov[0]} y ${ov[1]} están a 300 m: si se ponen las dos, la mitad de los vecinos de la menor ya queda cubierta por la otra y no cuenta dos veces. Los vecinos junto a colegio y hospital valen 1,5 veces. ¿Qué ubicaciones compramos?`,
      fr: `La commune dispose de ${thousands(budget, ' ')} ${cur} pour des stations de mesure de l'air. Candidats (coût posé, habitants à moins de 500 m) :\n${rows.join('\n')}\n${ov[0]} et ${ov[1]} sont à 300 m l'un de l'autre : si on prend les deux, la moitié des habitants du plus petit est déjà couverte par l'autre et ne compte pas une seconde fois. Les habitants près de l'école et de l'hôpital comptent 1,5 fois. Quels emplacements on retient ?`,
    });
    return {
      lang,
      messages: i === 1 ? [sys('Du unterstützt das Umweltamt bei Investitionsentscheidungen.'), user(text)] : [user(text)],
      ...(i % 2 === 0 ? { response_format: jsonSchema('sites', { chosen: list(str), total_cost: int, weighted_residents: num }) } : {}),
    };
  },
};

const marathonWeek: Family = {
  id: 'wi-ub-marathon-block-week',
  label: 'utility_based',
  secondary: 'goal_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'Sessions with fitness gains and fatigue costs are fitted into limited daily time under a fatigue cap to get the most from the week; the race date frames it but the ask is an allocation, not a route to a state.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'es', 'en', 'pt'], i);
    const cap = rng.int(26, 34);
    const names = t(lang, {
      en: 'long run|tempo|intervals|easy|hills|strength|recovery jog',
      fr: 'sortie longue|tempo|fractionné|footing|côtes|renforcement|récupération',
      es: 'tirada larga|tempo|series|rodaje suave|cuestas|fuerza|regenerativo',
      pt: 'longão|tempo|tiros|rodagem leve|subidas|força|regenerativo',
    }).split('|');
    const sessions = [
      [names[0]!, rng.int(140, 170), 9, 10], [names[1]!, rng.int(55, 70), 7, 7], [names[2]!, rng.int(60, 75), 8, 8],
      [names[3]!, rng.int(40, 50), 2, 2], [names[4]!, rng.int(50, 65), 6, 6], [names[5]!, 45, 3, 3], [names[6]!, 30, 1, 0],
    ] as const;
    const rows = sessions.map(([name, min, gain, fat]) => `${name}: ${min} min, +${gain} ${t(lang, { en: 'fitness', fr: 'forme', es: 'forma', pt: 'forma' })}, ${fat} ${t(lang, { en: 'fatigue', fr: 'fatigue', es: 'fatiga', pt: 'fadiga' })}`);
    const avail = t(lang, {
      en: 'Mon|Tue|Wed|Thu|Fri|Sat|Sun', fr: 'lun|mar|mer|jeu|ven|sam|dim', es: 'lun|mar|mié|jue|vie|sáb|dom', pt: 'seg|ter|qua|qui|sex|sáb|dom',
    }).split('|').map((d) => `${d} ${rng.pick([0, 45, 60, 75, 90, 180])}`);
    const weeks = rng.int(5, 9);
    const text = t(lang, {
      en: `Marathon in ${weeks} weeks. Next week I have this much time per day (min): ${avail.join(', ')}. Session menu:\n${rows.join('\n')}\nMax one session a day, no intervals/tempo/hills on consecutive days, total fatigue ≤ ${cap}. Build the week that gives the most fitness.`,
      fr: `Marathon dans ${weeks} semaines. La semaine prochaine j'ai ce temps par jour (min) : ${avail.join(', ')}. Séances possibles :\n${rows.join('\n')}\nUne séance par jour maximum, pas de fractionné/tempo/côtes deux jours de suite, fatigue totale ≤ ${cap}. Monte-moi la semaine qui rapporte le plus de forme.`,
      es: `Maratón dentro de ${weeks} semanas. La semana que viene tengo este tiempo por día (min): ${avail.join(', ')}. Sesiones posibles:\n${rows.join('\n')}\nComo mucho una sesión al día, nada de series/tempo/cuestas en días seguidos, fatiga total ≤ ${cap}. Arma la semana que más forma me dé.`,
      pt: `Maratona daqui a ${weeks} semanas. Semana que vem tenho este tempo por dia (min): ${avail.join(', ')}. Treinos possíveis:\n${rows.join('\n')}\nNo máximo um treino por dia, nada de tiros/tempo/subidas em dias seguidos, fadiga total ≤ ${cap}. Monte a semana que rende mais forma.`,
    });
    return {
      lang,
      messages: i % 2 === 0 ? [sys(t(lang, { en: 'Running-coach assistant.', fr: 'Assistant d\'entraîneur de course à pied.' })), user(text)] : [user(text)],
      ...(i === 3 ? { response_format: jsonSchema('week', { days: list(obj({ day: str, session: str })), total_fitness: int, total_fatigue: int }) } : {}),
    };
  },
};

// ---------------------------------------------------------------------------------------------
// learning
// ---------------------------------------------------------------------------------------------

const penaltyKeeper: Family = {
  id: 'wi-lr-penalty-taker-history',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The dive call has to be generalised from the taker’s recorded earlier penalties and how they ended, applied to the run-up seen now.',
  make: (rng, i) => {
    const lang = langAt(['es', 'pt', 'en', 'de', 'fr'], i);
    const words = t(lang, {
      en: 'stutter|straight|left|right|centre|scored|saved|missed',
      es: 'con pausa|recta|izquierda|derecha|centro|gol|parada|fuera',
      pt: 'paradinha|reta|esquerda|direita|meio|gol|defesa|fora',
      de: 'mit Stopp|ohne Stopp|links|rechts|Mitte|Tor|gehalten|vorbei',
      fr: 'avec arrêt|droite ligne|gauche|droite|centre|but|arrêté|à côté',
    }).split('|');
    const [stut, straight, L, R, C, goal, saved, missed] = words as [string, string, string, string, string, string, string, string];
    const stutterSide = rng.pick([L, R]);
    const straightSide = stutterSide === L ? R : L;
    const n = 6 + i;
    const rows: string[] = [];
    for (let k = 0; k < n; k++) {
      const s = rng.chance(0.5);
      const side = rng.chance(0.8) ? (s ? stutterSide : straightSide) : C;
      const res = rng.chance(0.75) ? goal : rng.pick([saved, missed]);
      rows.push(`${2019 + Math.floor(k / 3)}-${pad(1 + (k % 3) * 4 + rng.int(0, 3))}: ${s ? stut : straight}, ${side}, ${res}`);
    }
    const nowStutter = rng.chance(0.5);
    const taker = at(['Oyarzabal', 'Pedro', 'Watkins', 'Kramarić', 'Lacazette'], i);
    const text = t(lang, {
      en: `Penalty coming. ${taker} is over the ball. His kicks for club and country (run-up, side from the keeper's view, result):\n${rows.join('\n')}\nHe's just started a ${nowStutter ? stut : straight} run-up. Where does our keeper go? One word: LEFT, RIGHT or STAY.`,
      es: `Penalti. ${taker} coloca el balón. Sus lanzamientos anteriores con club y selección (carrera, lado visto desde el portero, resultado):\n${rows.join('\n')}\nAcaba de empezar una carrera ${nowStutter ? stut : straight}. ¿Hacia dónde se tira nuestro portero? Una palabra: LEFT, RIGHT o STAY.`,
      pt: `Pênalti marcado. ${taker} ajeita a bola. As cobranças dele por clube e seleção (corrida, lado visto pelo goleiro, resultado):\n${rows.join('\n')}\nEle começou a corrida ${nowStutter ? 'com paradinha' : 'reta, sem paradinha'}. Nosso goleiro pula para onde? Uma palavra: LEFT, RIGHT ou STAY.`,
      de: `Elfmeter. ${taker} legt sich den Ball hin. Seine bisherigen Elfer für Verein und Nationalteam (Anlauf, Ecke aus Sicht des Torwarts, Ergebnis):\n${rows.join('\n')}\nEr nimmt gerade Anlauf, ${nowStutter ? stut : straight}. Wohin springt unser Keeper? Ein Wort: LEFT, RIGHT oder STAY.`,
      fr: `Penalty. ${taker} pose le ballon. Ses tirs au but précédents en club et en sélection (course d'élan, côté vu par le gardien, résultat) :\n${rows.join('\n')}\nIl vient de lancer une course ${nowStutter ? stut : 'en ' + straight}. Notre gardien part où ? Un mot : LEFT, RIGHT ou STAY.`,
    });
    return {
      lang,
      messages: i % 2 === 1 ? [sys(t(lang, { en: 'Bench analyst feed for the goalkeeper coach.', pt: 'Analista de banco para o preparador de goleiros.' })), user(text)] : [user(text)],
      max_tokens: 3,
    };
  },
};

const blossomDate: Family = {
  id: 'wi-lr-blossom-date-forecast',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The relation between late-winter temperatures and first-bloom dates must be inferred from the recorded years and carried over to predict a new year.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'zh', 'en', 'de'], i);
    const place = at(['弘前公園のソメイヨシノ', '武汉大学樱花大道', 'Kew Gardens magnolias', 'Bonner Altstadt, Kirschblüte'], i);
    const years = 6 + (i % 3);
    const rows: string[] = [];
    for (let k = 0; k < years; k++) {
      const feb = dec(rng, -2, 7);
      const mar = dec(rng, 2, 11);
      const doy = Math.round(120 - 2.2 * feb - 3.1 * mar + rng.int(-3, 3)) - (lang === 'ja' ? 0 : 25);
      const date = new Date(Date.UTC(2015 + k, 0, doy));
      rows.push(`${2015 + k}: Feb ${feb}°C, Mar ${mar}°C → ${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`);
    }
    const feb = dec(rng, -1, 7);
    const mar = dec(rng, 3, 10);
    const system = t(lang, {
      en: 'Phenology assistant for a garden\'s visitor newsletter. Work from the recorded years; no textbook formulas.',
      ja: '市の観光課向け開花予想アシスタントです。記録された年のデータだけを手がかりにしてください。',
      zh: '你是景区开花预测助手。只根据已记录年份的数据作推断。',
      de: 'Phänologie-Assistent für den Besucher-Newsletter. Stütze dich nur auf die erfassten Jahre.',
    });
    const ask = t(lang, {
      en: `${place}, first-bloom dates vs. mean February and March temperatures:\n${rows.join('\n')}\nThis year: Feb ${feb}°C, March forecast ${mar}°C. When will they open?`,
      ja: `${place}の開花日と2月・3月の平均気温:\n${rows.join('\n')}\n今年は2月 ${feb}°C、3月の予報 ${mar}°C。開花日はいつごろになりますか?`,
      zh: `${place}:历年初花日期与二、三月平均气温\n${rows.join('\n')}\n今年二月 ${feb}°C,三月预报 ${mar}°C。今年什么时候开花?`,
      de: `${place}: Datum der ersten Blüte und mittlere Februar- und Märztemperatur\n${rows.join('\n')}\nDieses Jahr: Februar ${feb} °C, März-Prognose ${mar} °C. Wann geht es los?`,
    });
    if (i % 2 === 1) {
      const short = t(lang, {
        en: `This year at ${place}: Feb ${feb}°C, March forecast ${mar}°C. When will they open?`,
        zh: `${place}今年二月 ${feb}°C,三月预报 ${mar}°C。今年什么时候开花?`,
        de: `${place} – dieses Jahr: Februar ${feb} °C, März-Prognose ${mar} °C. Wann geht es los?`,
      });
      const messages: ChatMessage[] = [sys(system), user(short)];
      exchange(rng, messages, 'get_bloom_records', { site: place }, rows);
      return {
        lang,
        messages,
        tools: [tool('get_bloom_records', 'Recorded first-bloom dates with mean February and March temperatures.', { site: str })],
        response_format: jsonSchema('bloom_forecast', { date: str, window_days: int, basis: str }),
      };
    }
    return {
      lang,
      messages: [sys(system), user(ask)],
      response_format: jsonSchema('bloom_forecast', { date: str, window_days: int, basis: str }),
    };
  },
};

const volunteerReview: Family = {
  id: 'wi-lr-citizen-id-prescreen',
  label: 'learning',
  secondary: 'simple_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: "The accept/flag call for a new sighting should follow how experts corrected this observer's earlier submissions, although it is also a one-record verdict.",
  make: (rng, i) => {
    const v = at([
      {
        lang: 'en' as Lang,
        sys: 'You pre-screen sightings for a county bird atlas. Expert verdicts on each observer\'s earlier records are attached; let them guide how much you trust the new one.',
        hist: [
          ['Chiffchaff (song)', 'confirmed'], ['Willow Warbler (photo)', 'corrected → Chiffchaff'], ['Red Kite', 'confirmed'],
          ['Willow Warbler (photo)', 'corrected → Chiffchaff'], ['Common Buzzard', 'confirmed'], ['Marsh Tit (photo)', 'corrected → Willow Tit'],
          ['Peregrine', 'confirmed'],
        ],
        next: () => rng.pick(['Willow Warbler, photo only, no call heard', 'Hobby over the gravel pit, 2 photos', 'Marsh Tit at feeder, photo']),
      },
      {
        lang: 'de' as Lang,
        sys: 'Du sichtest Meldungen für ein Libellen-Kartierungsprojekt vor. Zu jeder meldenden Person gibt es die Urteile der Fachprüfer zu früheren Meldungen; richte danach, wie sehr du der neuen traust.',
        hist: [
          ['Blaugrüne Mosaikjungfer', 'bestätigt'], ['Große Königslibelle', 'bestätigt'], ['Gemeine Heidelibelle (Foto)', 'korrigiert → Blutrote Heidelibelle'],
          ['Vierfleck', 'bestätigt'], ['Gemeine Heidelibelle (Foto)', 'korrigiert → Große Heidelibelle'], ['Gebänderte Prachtlibelle', 'bestätigt'],
        ],
        next: () => rng.pick(['Gemeine Heidelibelle, ein Foto von oben', 'Kleine Pechlibelle, drei Fotos', 'Herbst-Mosaikjungfer, nur gesehen']),
      },
      {
        lang: 'fr' as Lang,
        sys: 'Tu fais le premier tri des observations pour un atlas des papillons de jour. Les avis des experts sur les données précédentes de chaque observateur sont joints ; sers-t\'en pour juger la nouvelle.',
        hist: [
          ['Citron', 'validé'], ['Azuré commun (photo)', 'corrigé → Azuré bleu-nacré'], ['Paon du jour', 'validé'],
          ['Azuré commun (photo)', 'corrigé → Azuré bleu-céleste'], ['Machaon', 'validé'], ['Mélitée du plantain (photo)', 'validé'],
          ['Azuré commun (photo)', 'validé'], ['Flambé', 'validé'],
        ],
        next: () => rng.pick(['Azuré commun, une photo de dessus', 'Grand Mars changeant, deux photos', 'Mélitée des centaurées, vue sans photo']),
      },
      {
        lang: 'es' as Lang,
        sys: 'Haces el primer filtro de registros para un atlas de anfibios. Se adjuntan los dictámenes de los expertos sobre los registros anteriores de cada observador; úsalos para decidir cuánto fiarte del nuevo.',
        hist: [
          ['Sapo común', 'confirmado'], ['Rana común', 'confirmado'], ['Sapo corredor (foto)', 'corregido → Sapo común'],
          ['Tritón jaspeado', 'confirmado'], ['Sapo corredor (foto)', 'corregido → Sapo común'], ['Gallipato', 'confirmado'],
        ],
        next: () => rng.pick(['Sapo corredor, una foto nocturna con flash', 'Tritón pigmeo, dos fotos del vientre', 'Ranita de San Antonio, solo canto']),
      },
    ], i);
    const obs = `${t(v.lang, { en: 'observer', de: 'Melder', fr: 'observateur', es: 'observador' })} #${rng.int(1000, 9999)}`;
    const hist = rng.sample(v.hist, v.hist.length).map(([a, b]) => `- ${a}: ${b}`).join('\n');
    const messages: ChatMessage[] = [
      sys(v.sys),
      user(`${t(v.lang, { en: 'New record', de: 'Neue Meldung', fr: 'Nouvelle donnée', es: 'Nuevo registro' })} (${obs}): ${v.next()}`),
    ];
    exchange(rng, messages, 'get_observer_history', { observer: obs }, hist);
    return {
      lang: v.lang,
      messages,
      tools: [tool('get_observer_history', 'Earlier records of an observer with the expert verdict on each.', { observer: str })],
      response_format: jsonSchema('prescreen', { decision: oneOf('ACCEPT', 'SEND_TO_EXPERT'), reason: str }),
    };
  },
};

const balloonLanding: Family = {
  id: 'wi-lr-weather-balloon-recovery',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: 'How far and in which direction the payload drifts has to be inferred from the logged earlier flights and their landing points, then applied to a new forecast.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'es', 'de', 'en', 'pt'], i);
    const club = at(['club d\'astronomie du lycée de Brest', 'aula de ciencias de Teruel', 'Schul-AG Stratosphäre in Kassel', 'Tynemouth science club', 'clube de ciências de Évora'], i);
    const flights = 4 + (i % 3);
    const rows: string[] = [];
    for (let k = 0; k < flights; k++) {
      const jet = rng.int(60, 190);
      const jetDir = rng.int(230, 300);
      const burst = rng.int(26, 34);
      const dist = Math.round(0.42 * jet + 1.3 * burst - 10 + rng.int(-8, 8));
      const bearing = (jetDir - 180 + rng.int(-12, 12) + 360) % 360;
      rows.push(t(lang, {
        en: `#${k + 1}: jet ${jet} km/h from ${jetDir}°, burst ${burst} km → landed ${dist} km at bearing ${bearing}°`,
        fr: `n°${k + 1} : jet ${jet} km/h du ${jetDir}°, éclatement à ${burst} km → posé à ${dist} km au cap ${bearing}°`,
        es: `n.º ${k + 1}: chorro ${jet} km/h del ${jetDir}°, explosión a ${burst} km → cayó a ${dist} km, rumbo ${bearing}°`,
        de: `Nr. ${k + 1}: Jetstream ${jet} km/h aus ${jetDir}°, Platzen in ${burst} km → gelandet ${dist} km entfernt, Peilung ${bearing}°`,
        pt: `nº ${k + 1}: jato ${jet} km/h de ${jetDir}°, estouro a ${burst} km → pousou a ${dist} km, rumo ${bearing}°`,
      }));
    }
    const jet = rng.int(70, 200);
    const jetDir = rng.int(230, 300);
    const burst = rng.int(27, 33);
    const text = t(lang, {
      en: `${club}: our earlier launches from the school field:\n${rows.join('\n')}\nSaturday's forecast: jet ${jet} km/h from ${jetDir}°, expected burst around ${burst} km. Where should the car wait so it's close when the payload comes down?`,
      fr: `${club} : nos lâchers précédents depuis le terrain du lycée :\n${rows.join('\n')}\nPrévision pour samedi : jet ${jet} km/h du ${jetDir}°, éclatement attendu vers ${burst} km. Où doit attendre la voiture pour être au plus près quand la nacelle redescend ?`,
      es: `${club}: nuestros lanzamientos anteriores desde el patio del instituto:\n${rows.join('\n')}\nPrevisión del sábado: chorro ${jet} km/h del ${jetDir}°, explosión prevista hacia ${burst} km. ¿Dónde esperamos con el coche para estar cerca cuando caiga la cápsula?`,
      de: `${club}: unsere bisherigen Starts vom Sportplatz der Schule:\n${rows.join('\n')}\nVorhersage für Samstag: Jetstream ${jet} km/h aus ${jetDir}°, Platzen voraussichtlich bei ${burst} km. Wo soll das Auto warten, damit wir nah dran sind, wenn die Sonde runterkommt?`,
      pt: `${club}: nossos lançamentos anteriores do campo da escola:\n${rows.join('\n')}\nPrevisão de sábado: jato ${jet} km/h de ${jetDir}°, estouro esperado por volta de ${burst} km. Onde o carro deve esperar para ficar perto quando a cápsula descer?`,
    });
    if (i % 2 === 0) {
      const messages: ChatMessage[] = [user(t(lang, {
        en: `${club} here. Saturday's forecast: jet ${jet} km/h from ${jetDir}°, burst around ${burst} km. Look at how our earlier launches came down and tell us where the car should wait.`,
        fr: `Ici le ${club}. Prévision pour samedi : jet ${jet} km/h du ${jetDir}°, éclatement vers ${burst} km. Regarde où sont retombés nos lâchers précédents et dis-nous où la voiture doit attendre.`,
        de: `Hier die ${club}. Vorhersage für Samstag: Jetstream ${jet} km/h aus ${jetDir}°, Platzen bei etwa ${burst} km. Schau dir an, wo unsere bisherigen Starts runterkamen, und sag uns, wo das Auto warten soll.`,
        pt: `Aqui é o ${club}. Previsão de sábado: jato ${jet} km/h de ${jetDir}°, estouro por volta de ${burst} km. Veja onde caíram nossos lançamentos anteriores e diga onde o carro deve esperar.`,
      }))];
      exchange(rng, messages, 'get_flight_log', { club }, rows);
      return { lang, messages, tools: [tool('get_flight_log', 'Logged launches of the club with forecast and landing point.', { club: str })] };
    }
    return { lang, messages: [user(text)], max_tokens: 300 };
  },
};

const sprintCues: Family = {
  id: 'wi-lr-sprint-start-cue-sessions',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Each earlier session paired a coaching cue with the measured start times and the athlete’s reaction, and the next cue has to be chosen from what those sessions showed.',
  make: (rng, i) => {
    const v = at([
      {
        lang: 'pt' as Lang,
        sys: 'Você ajuda um treinador de atletismo a escolher a dica técnica da largada para cada sessão. Tempos de 10 m com fotocélula.',
        ath: 'Bruna (100 m, sub-20)',
        cues: ['"empurra o chão para trás"', '"joelho para a frente e para cima"', '"olhos no chão nos primeiros 5 passos"', '"braço de trás até o bolso"', '"bloco longe, explode"'],
        rep: (c: string, t10: string, note: string) => `Sessão com ${c}: 10 m em ${t10} s. ${note}`,
        notes: ['Ela disse que se sentiu travada.', 'Mais solta, mas levantou o tronco cedo.', 'Melhor sensação até agora.', 'Errou dois blocos de seis.'],
        q: 'Quinta tem a última sessão antes do regional. Qual dica usamos e por quê?',
        base: 1.98,
      },
      {
        lang: 'es' as Lang,
        sys: 'Ayudas a una entrenadora de atletismo a elegir la indicación técnica de salida de cada sesión. Tiempos de 10 m con células.',
        ath: 'Iker (60 m, júnior)',
        cues: ['"empuja el suelo hacia atrás"', '"rodilla adelante y arriba"', '"mirada abajo los 5 primeros apoyos"', '"codo atrás fuerte"', '"salida larga, revienta"'],
        rep: (c: string, t10: string, note: string) => `Sesión con ${c}: 10 m en ${t10} s. ${note}`,
        notes: ['Dice que se notó rígido.', 'Más suelto, pero se levantó pronto.', 'La mejor sensación hasta ahora.', 'Dos salidas nulas de seis.'],
        q: 'El jueves es la última sesión antes del autonómico. ¿Qué indicación usamos y por qué?',
        base: 1.91,
      },
      {
        lang: 'ja' as Lang,
        sys: '陸上コーチがセッションごとにスタートの技術キューを選ぶのを手伝います。10mタイムは光電管計測です。',
        ath: '山本選手(100m・高校2年)',
        cues: ['「地面を後ろに押す」', '「膝を前へ上へ」', '「最初の5歩は目線を下に」', '「後ろの腕をポケットまで」', '「ブロックを遠くに、爆発」'],
        rep: (c: string, t10: string, note: string) => `${c}で実施:10m ${t10}秒。${note}`,
        notes: ['本人は「固くなった」との感想。', 'リラックスできたが上体が早く起きた。', '今までで一番感触が良いとのこと。', '6本中2本ブロックで滑った。'],
        q: '木曜が県大会前最後の練習です。どのキューにしますか?理由も。',
        base: 2.02,
      },
      {
        lang: 'en' as Lang,
        sys: 'You help a sprint coach pick the start cue for each session. 10 m splits are from timing gates.',
        ath: 'Kofi (200 m, U23)',
        cues: ['"push the ground away"', '"knee forward and up"', '"eyes down for the first 5 steps"', '"back arm to the pocket"', '"long block, explode"'],
        rep: (c: string, t10: string, note: string) => `Session with ${c}: 10 m in ${t10} s. ${note}`,
        notes: ['Said he felt stiff.', 'Looser, but popped up early.', 'Best it has felt so far.', 'Slipped on two of six starts.'],
        q: 'Thursday is the last session before county champs. Which cue do we use, and why?',
        base: 1.95,
      },
    ], i);
    const n = 2 + (i % 3);
    const order = rng.sample(v.cues, n);
    const offset = rng.int(0, 3);
    const messages: ChatMessage[] = [sys(v.sys), user(v.lang === 'ja' ? `${v.ath}。基準:${v.base}秒。` : `${v.ath}. ${t(v.lang, { en: 'Baseline', pt: 'Referência', es: 'Referencia' })}: ${v.base} s.`)];
    order.forEach((c, k) => {
      messages.push(say(t(v.lang, { en: `Try ${c} today.`, pt: `Hoje tente ${c}.`, es: `Hoy prueba ${c}.`, ja: `今日は${c}を試してください。` })));
      const t10 = (v.base + dec(rng, -0.06, 0.04, 2)).toFixed(2);
      messages.push(user(v.rep(c, t10, v.notes[(k + offset) % v.notes.length]!)));
    });
    messages.push(user(v.q));
    return { lang: v.lang, messages };
  },
};

// ---------------------------------------------------------------------------------------------
// non-agentic (labelled with the closest type)
// ---------------------------------------------------------------------------------------------

const announcementTranslate: Family = {
  id: 'wi-na-platform-announcement-translate',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'Plain translation of a station announcement; no agent decision is made, and the nearest type is a one-shot reflex response.',
  make: (rng, i) => {
    const plat = rng.int(2, 14);
    const mins = rng.int(5, 45);
    const v = at([
      {
        lang: 'de' as Lang,
        text: `Übersetze diese Durchsage ins Englische und Französische, kurz und so, wie man sie am Bahnsteig sagen würde:\n„Information zu ICE ${rng.int(500, 999)} nach München: Heute von Gleis ${plat} statt Gleis ${plat + 1}. Der Zug hat etwa ${mins} Minuten Verspätung wegen einer Reparatur am Zug. Wir bitten um Entschuldigung."`,
      },
      {
        lang: 'ja' as Lang,
        text: `次の駅の案内放送を自然な英語に訳してください。\n「まもなく${plat}番線に、快速アクティー熱海行きが到着します。この電車は${mins}分遅れております。足元の黄色い線の内側までお下がりください。」`,
      },
      {
        lang: 'es' as Lang,
        text: `Tradúceme al inglés y al portugués este aviso de megafonía del cercanías:\n«Atención: el tren con destino Guadalajara efectuará su salida por la vía ${plat}. Debido a una incidencia en la infraestructura, circula con un retraso aproximado de ${mins} minutos. Disculpen las molestias.»`,
      },
      {
        lang: 'fr' as Lang,
        text: `Peux-tu traduire cette annonce en allemand et en italien pour les écrans de la gare de Bâle SNCF ?\n« Le TER ${rng.int(96000, 96999)} à destination de Strasbourg partira voie ${plat}. En raison d'un incident de signalisation, un retard d'environ ${mins} minutes est à prévoir. »`,
      },
      {
        lang: 'zh' as Lang,
        text: `请把下面这段地铁广播翻译成英文和日文,供机场线使用:\n"各位乘客,开往大兴机场方向的列车将在${plat}号站台进站。因设备故障,本次列车晚点约${mins}分钟,请您耐心等候。"`,
      },
    ], i);
    return {
      lang: v.lang,
      messages: i === 3 ? [sys('Tu es traducteur pour un opérateur ferroviaire.'), user(v.text)] : [user(v.text)],
    };
  },
};

const kidsLabel: Family = {
  id: 'wi-na-museum-label-for-kids',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 4,
  rationale: 'Rewriting a museum panel for children is plain text editing with no agent decision; the nearest type is a single-turn reflex answer.',
  make: (rng, i) => {
    const age = rng.int(7, 10);
    const words = rng.pick([60, 80, 100]);
    const v = at([
      {
        lang: 'fr' as Lang,
        text: `Réécris ce cartel pour des enfants de ${age} ans, ${words} mots maximum, sans perdre les faits :\n« Le mammouth laineux (Mammuthus primigenius) a vécu en Eurasie et en Amérique du Nord jusqu'à il y a environ 4 000 ans sur l'île Wrangel. Son épaisse toison, ses petites oreilles et sa couche de graisse sous-cutanée constituaient des adaptations au climat froid des steppes glaciaires. »`,
      },
      {
        lang: 'de' as Lang,
        text: `Schreib diesen Ausstellungstext für Kinder im Alter von ${age} Jahren um, höchstens ${words} Wörter:\n„Meteoriten sind Gesteinsfragmente aus dem Asteroidengürtel, die die Erdatmosphäre durchqueren und die Oberfläche erreichen. Eisenmeteoriten bestehen überwiegend aus einer Nickel-Eisen-Legierung und zeigen nach dem Anätzen die charakteristischen Widmanstätten-Strukturen."`,
      },
      {
        lang: 'pt' as Lang,
        text: `Reescreva esta placa do aquário para crianças de ${age} anos, no máximo ${words} palavras, com um tom divertido:\n"O peixe-boi-marinho (Trichechus manatus) é um mamífero herbívoro que pode consumir até 10% de sua massa corporal em vegetação aquática por dia. Sua baixa taxa metabólica o torna sensível a águas com temperatura inferior a 20 °C."`,
      },
      {
        lang: 'en' as Lang,
        text: `Can you rewrite this planetarium panel for ${age}-year-olds? Max ${words} words.\n"Saturn's rings are composed predominantly of water-ice particles ranging from micrometres to several metres across. Despite spanning roughly 280,000 km, the main rings are typically only about 10 m thick."`,
      },
    ], i);
    return { lang: v.lang, messages: [user(v.text)] };
  },
};

const gravityAssist: Family = {
  id: 'wi-na-gravity-assist-explainer',
  label: 'goal_based',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'A science-outreach explanation of how probes use flybys to reach distant planets; nothing is decided, and the closest type is goal-directed route finding, which is what is being explained.',
  make: (rng, i) => {
    const v = at([
      {
        lang: 'es' as Lang,
        msgs: [
          user('Estoy preparando una charla para el club de astronomía. ¿Por qué la Voyager 2 no fue directa a Neptuno y pasó antes por Júpiter, Saturno y Urano?'),
          say('Porque cada sobrevuelo le dio velocidad «prestada» del planeta: la asistencia gravitatoria. Sin ella habría tardado unos 30 años en llegar a Neptuno en vez de 12.'),
          user(`Vale, pero explícalo sin fórmulas, con una comparación que entienda un chaval de ${rng.int(12, 15)} años. ¿De dónde sale esa energía?`),
        ],
      },
      {
        lang: 'ja' as Lang,
        msgs: [
          sys('あなたはプラネタリウムの解説員です。小学生から大人まで分かる言葉で説明してください。'),
          user(`はやぶさ2はなぜ打ち上げの約${rng.int(1, 2)}年後に一度地球の近くを通ったのですか?遠回りに見えるのですが。`),
        ],
      },
      {
        lang: 'zh' as Lang,
        msgs: [user(`帮我用通俗的话解释一下"引力弹弓"是怎么回事,为什么朱诺号去木星要先绕回地球飞一圈?大概${rng.pick([300, 500])}字,给科普公众号用。`)],
      },
      {
        lang: 'en' as Lang,
        msgs: [user('Quick one for a museum volunteer shift: why did BepiColombo need so many flybys (Earth, Venus twice, Mercury six times) just to get into orbit around Mercury? Isn\'t falling toward the Sun the easy direction?')],
      },
    ], i);
    return { lang: v.lang, messages: v.msgs };
  },
};

const stormSummary: Family = {
  id: 'wi-na-storm-log-summary',
  label: 'model_based_reflex',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'Turning a day of station log chunks into a short public write-up is summarising, not acting; the closest type is the one that digests a sequence of observations.',
  make: (rng, i) => {
    const lang = langAt(['de', 'fr', 'en', 'zh'], i);
    const station = at(['Wetterstation Feldberg/Schwarzwald', 'station du Mont Aigoual', 'Cairn Gorm summit station', '泰山气象站'], i);
    const chunks: string[] = [];
    let p = rng.int(995, 1010);
    let temp = dec(rng, 4, 12);
    let wind = rng.int(15, 30);
    const count = 3 + (i % 3);
    const peakAt = rng.int(3, count * 3 - 2);
    for (let k = 0; k < count; k++) {
      const rows: string[] = [];
      for (let h = 0; h < 3; h++) {
        const step = k * 3 + h;
        p -= step < peakAt ? rng.int(1, 4) : rng.int(-3, 0);
        temp = Number((temp + dec(rng, -1.2, 0.6)).toFixed(1));
        wind = Math.max(10, wind + (step < peakAt ? rng.int(4, 14) : rng.int(-14, -2)));
        rows.push(`${pad(step + 6)}:00 p=${p} hPa T=${temp}°C wind=${wind} gust=${wind + rng.int(15, 45)} km/h rain=${dec(rng, step < peakAt ? 1 : 0, step < peakAt ? 9 : 3)} mm`);
      }
      chunks.push(rows.join('\n'));
    }
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: 'You write the daily weather notes for a mountain station\'s public website.',
        de: 'Du schreibst die Tagesnotizen für die öffentliche Webseite einer Bergwetterstation.',
        fr: 'Tu rédiges les notes météo quotidiennes du site public d\'une station de montagne.',
        zh: '你为一个山地气象站的公众网站撰写每日天气简报。',
      })),
    ];
    chunks.forEach((c, k) => {
      messages.push(user(`${station}\n${c}`));
      if (k < chunks.length - 1) messages.push(say(t(lang, { en: 'Received.', de: 'Erhalten.', fr: 'Reçu.', zh: '已收到。' })));
    });
    messages.push(user(t(lang, {
      en: 'That was the whole day. Write 4–5 sentences for the website: how the storm developed, peak gust, total rain.',
      de: 'Das war der ganze Tag. Schreib 4–5 Sätze für die Webseite: wie sich der Sturm entwickelt hat, stärkste Böe, Regensumme.',
      fr: 'C\'était toute la journée. Écris 4 à 5 phrases pour le site : évolution de la tempête, rafale maximale, cumul de pluie.',
      zh: '以上是全天数据。请为网站写4到5句话:风暴如何发展、最大阵风、总降雨量。',
    })));
    return { lang, messages };
  },
};

const seasonRecap: Family = {
  id: 'wi-na-club-season-recap',
  label: 'learning',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'The request only asks to write up what the club tried over past seasons and how each turned out, a summary rather than a new decision; the closest type is the one built on past outcomes.',
  make: (rng, i) => {
    const v = at([
      {
        lang: 'pt' as Lang,
        text: (a: number, b: number) => `Escreve um parágrafo para o boletim do clube de remo resumindo as três últimas temporadas:\n- 2022: treino em dois períodos às terças; ${a} atletas desistiram até junho; 2 medalhas no estadual.\n- 2023: treino só de manhã, mais ergômetro no inverno; ${Math.max(2, a - Math.round(b / 10))} desistências; 4 medalhas.\n- 2024: voltamos aos dois períodos mas com folga na quinta; 3 desistências; 5 medalhas e recorde no oito júnior.\nTom leve, sem tirar conclusões por nós.`,
      },
      {
        lang: 'es' as Lang,
        text: (a: number, b: number) => `Hazme un resumen de media página para la memoria anual del club de orientación:\n- Temporada 2021: salidas en bus compartido, ${a} participantes de media, dos carreras anuladas por lluvia.\n- 2022: coches particulares, ${b} de media, más lesiones leves en tobillo.\n- 2023: bus + sesiones de técnica los jueves, récord de participación y primer podio nacional júnior.\nSolo contar lo que pasó; la junta sacará sus propias conclusiones.`,
      },
      {
        lang: 'en' as Lang,
        text: (a: number, b: number) => `Can you turn these notes into a short recap for the cycling club newsletter?\n2021: Sunday-only rides, ${a} regulars, two crashes on the descent to the reservoir.\n2022: added a Wednesday chaingang, ${b} regulars, one crash, club 10-mile TT record.\n2023: Wednesday moved to the closed circuit, numbers flat, no crashes, three juniors joined the regional squad.\nFriendly tone, 150 words.`,
      },
      {
        lang: 'de' as Lang,
        text: (a: number, b: number) => `Fass das bitte für die Vereinszeitung der Leichtathletikabteilung zusammen (ca. 120 Wörter):\n2022: Wintertraining in der Halle, ${a} Kinder in der U12, Sportabzeichen für 14.\n2023: Wintertraining draußen mit Crossläufen, ${b} Kinder, zwei Kreismeistertitel, aber viele Erkältungen im Januar.\n2024: gemischt, Halle bei Frost, sonst draußen; 31 Kinder, fünf Kreismeistertitel.`,
      },
    ], i);
    return { lang: v.lang, messages: [user(v.text(rng.int(4, 9), rng.int(10, 30)))] };
  },
};

export const devI: Family[] = [
  tramDoor, offsideCall, airAlert, museumDesk, galaxyShapes,
  busGhost, mountainPass, tennisFeed, domeWatch, collarBearings,
  railReroute, quadratLoop, museumBooking, kayakCrossing, roverGrid,
  relayLineup, busFleetSplit, telescopeHours, sensorSiting, marathonWeek,
  penaltyKeeper, blossomDate, volunteerReview, balloonLanding, sprintCues,
  announcementTranslate, kidsLabel, gravityAssist, stormSummary, seasonRecap,
];
