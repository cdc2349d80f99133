// model_based_reflex, tool-stepping shapes: the agent acts with a tool and each result is a fresh,
// partial view of the same world, which it must track (often with a target or a cost in view,
// hence goal/utility secondaries). Also first turns that carry only a series of past readings.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, int, num, oneOf, sys, t, tool, user } from './kit';
import { stepThrough, type Step } from './loops';

const dirs = ['left', 'right', 'up', 'down', 'forward', 'back'] as const;

export const modelBasedWorlds: Family[] = [
  {
    id: 'mbw-arm-camera', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 7,
    rationale: 'A wrist camera shows only a small crop after every move; the arm must remember what it has seen to reach the part.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'es', 'fr', 'en', 'ja'] as Lang[])[i]!;
      const part = rng.pick(['M4 bolt', 'blue gear', 'sensor housing', 'washer']);
      const messages: ChatMessage[] = [sys(t(lang, {
        en: `You steer a pick-and-place arm. The wrist camera sees about 4 cm around the gripper; after each jog you get the new crop. Bring the gripper over the ${part} and grip it. Use jog.`,
        de: `Du steuerst einen Greifarm. Die Handgelenkkamera sieht nur etwa 4 cm um den Greifer; nach jedem Schritt kommt das neue Bild. Greife das Teil (${part}). Nutze jog.`,
        es: `Controlas un brazo robótico. La cámara de la muñeca solo ve unos 4 cm alrededor de la pinza; tras cada movimiento recibes la nueva imagen. Coge la pieza (${part}). Usa jog.`,
        fr: `Tu pilotes un bras robotisé. La caméra du poignet ne voit qu’environ 4 cm autour de la pince ; après chaque déplacement tu reçois la nouvelle image. Saisis la pièce (${part}). Utilise jog.`,
        ja: `ピッキングアームを操作します。手首カメラはグリッパー周囲約4cmしか映りません。移動するたびに新しい画像が届きます。部品（${part}）をつかんでください。jog を使うこと。`,
      })), user(`crop: ${rng.pick(['tray edge at left', 'empty felt', 'shadow at top right'])}; depth ${rng.int(40, 90)} mm`)];
      const steps: Step[] = Array.from({ length: rng.int(0, 5) }, () => {
        const n = rng.int(1, 2);
        return {
          actions: Array.from({ length: n }, () => ['jog', { direction: rng.pick(dirs), mm: rng.int(5, 30) }] as [string, Record<string, unknown>]),
          observations: Array.from({ length: n }, () => `crop: ${rng.pick(['empty felt', 'edge of a metal object at bottom', 'part of a gear tooth at right', 'tray wall ahead', 'nothing new'])}; depth ${rng.int(10, 90)} mm; gripper ${rng.pick(['open', 'open', 'half'])}`),
        };
      });
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('jog', 'Move the gripper.', { direction: oneOf(...dirs), mm: int }), tool('grip', 'Close the gripper.', {})], tool_choice: 'required' };
    },
  },
  {
    id: 'mbw-greenhouse', label: 'model_based_reflex', secondary: 'utility_based', difficulty: 'hard', variants: 7,
    rationale: 'Sensor readings come back after every actuator change; the controller must infer the hidden heat and moisture dynamics from them.',
    make(rng, i) {
      const lang = (['en', 'en', 'de', 'pt', 'en', 'zh', 'es'] as Lang[])[i]!;
      const reading = (h: number): string => `${String(h).padStart(2, '0')}:00 temp ${rng.int(180, 320) / 10} °C, RH ${rng.int(45, 90)}%, CO2 ${rng.int(400, 1100)} ppm, soil ${rng.int(20, 45)}%`;
      const start = rng.int(6, 12);
      const history = Array.from({ length: rng.int(0, 6) }, (_, k) => reading(start - 6 + k));
      const messages: ChatMessage[] = [sys(t(lang, {
        en: `Climate controller for greenhouse ${rng.int(1, 9)} (${rng.pick(['tomatoes', 'basil', 'orchids'])}). Heating costs €${rng.int(8, 20) / 100}/kWh; every hour outside 18-26 °C costs yield. Set the actuators; the readings after each change come back from the sensors.`,
        de: `Klimaregler für Gewächshaus ${rng.int(1, 9)}. Heizen kostet Geld, jede Stunde außerhalb 18-26 °C kostet Ertrag. Stelle die Aktoren; nach jeder Änderung kommen die Sensorwerte zurück.`,
        pt: `Controlador climático da estufa ${rng.int(1, 9)}. Aquecer custa dinheiro; cada hora fora de 18-26 °C custa produção. Ajuste os atuadores; as leituras voltam após cada mudança.`,
        zh: `你是${rng.int(1, 9)}号温室的环境控制器。加热有成本，温度超出18-26 °C每小时都会减产。设置执行器；每次调整后会返回传感器读数。`,
        es: `Controlador del invernadero ${rng.int(1, 9)}. Calentar cuesta dinero y cada hora fuera de 18-26 °C reduce la cosecha. Ajusta los actuadores; tras cada cambio llegan las lecturas.`,
      })), user(`${history.join('\n')}${history.length ? '\n' : ''}${reading(start)}\n${t(lang, { en: 'Settings now?', de: 'Einstellungen jetzt?', pt: 'Ajustes agora?', zh: '现在怎么设置？', es: '¿Ajustes ahora?' })}`)];
      const steps: Step[] = Array.from({ length: rng.int(0, 6) }, (_, k) => ({
        actions: [['set_actuators', { vent_pct: rng.int(0, 100), heater_kw: rng.int(0, 12), mist: rng.chance(0.3) }]],
        observations: [`applied. ${reading(start + k + 1)}`],
      }));
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('set_actuators', 'Set vent, heater and misting.', { vent_pct: num, heater_kw: num, mist: { type: 'boolean' } })], tool_choice: 'required' };
    },
  },
  {
    id: 'mbw-network-probe', label: 'model_based_reflex', difficulty: 'medium', variants: 6,
    rationale: 'Each probe reveals the state of one link; which nodes are unreachable must be pieced together across results.',
    make(rng) {
      const nodes = rng.sample(['r1', 'r2', 'sw-a', 'sw-b', 'edge-3', 'core-1', 'ap-7', 'nas'], 6);
      const messages: ChatMessage[] = [sys(`NOC assistant. You can only see the network through probe results. Keep a picture of which nodes are up, degraded or down, and report it when asked.`), user(`${rng.pick(['Users on floor 2 report drops.', 'Backups to the NAS stalled at 02:10.', 'VoIP calls are choppy since noon.'])} What is the state of the network?`)];
      const steps: Step[] = Array.from({ length: rng.int(1, 6) }, () => {
        const node = rng.pick(nodes);
        return { actions: [['probe', { node }]], observations: [`${node}: ${rng.pick(['reachable, rtt 2 ms', 'reachable, rtt 340 ms, loss 12%', 'timeout', 'reachable via backup path only', 'port 3 flapping'])}`] };
      });
      stepThrough(rng, messages, steps);
      return { messages, tools: [tool('probe', 'Ping and query one node.', { node: oneOf(...nodes) })], response_format: rng.chance(0.5) ? { type: 'json_object' } : undefined };
    },
  },
  {
    id: 'mbw-reservoir', label: 'model_based_reflex', secondary: 'utility_based', difficulty: 'hard', variants: 7,
    rationale: 'Inflow follows an unseen seasonal and rain-driven pattern; each daily release is set from the levels observed so far.',
    make(rng, i) {
      const lang = (['en', 'fr', 'en', 'es', 'de', 'en', 'ja'] as Lang[])[i]!;
      const day0 = rng.int(3, 12);
      const obs = (d: number): string => `D${d}: inflow ${rng.int(20, 140)} m³/s, level ${rng.int(55, 97)}%, river gauge ${rng.int(12, 48) / 10} m`;
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'Operator of a hydro reservoir. Spilling over the crest and running below 50% both carry heavy penalties; turbine releases earn revenue. Each day set the release; the next day’s gauges come back.',
        fr: 'Opérateur d’un barrage. Déverser ou descendre sous 50 % coûte cher ; le turbinage rapporte. Chaque jour fixe le lâcher ; les relevés du lendemain reviennent.',
        es: 'Operador de un embalse. Verter o bajar del 50 % se penaliza; turbinar da ingresos. Cada día fija el caudal de salida; vuelven las lecturas del día siguiente.',
        de: 'Betreiber eines Stausees. Überlaufen und unter 50 % fallen werden bestraft; Turbinieren bringt Erlöse. Lege täglich die Abgabe fest; die Pegel des nächsten Tages kommen zurück.',
        ja: 'ダム貯水池のオペレーターです。越流と50%未満への低下には重いペナルティ、発電放流には収益があります。毎日放流量を決めると、翌日の観測値が返ってきます。',
      })), user(Array.from({ length: rng.int(1, 7) }, (_, k) => obs(day0 - 6 + k)).join('\n'))];
      const steps: Step[] = Array.from({ length: rng.int(0, 5) }, (_, k) => ({ actions: [['set_release', { m3s: rng.int(10, 150) }]], observations: [obs(day0 + k + 1)] }));
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('set_release', 'Release through the turbines for the next 24 h.', { m3s: num })], tool_choice: 'required' };
    },
  },
  {
    id: 'mbw-autoscaler', label: 'model_based_reflex', secondary: 'utility_based', difficulty: 'medium', variants: 6,
    rationale: 'Load arrives minute by minute with a hidden daily shape; replicas are set from what has been observed so far.',
    make(rng) {
      const m0 = rng.int(0, 40);
      const line = (m: number): string => `t+${m}m rps=${rng.int(200, 2400)} p95=${rng.int(80, 900)}ms replicas=${rng.int(2, 20)} queue=${rng.int(0, 300)}`;
      const messages: ChatMessage[] = [sys(`Autoscaler for the ${rng.pick(['checkout', 'search', 'thumbnail'])} service. An instance costs $${rng.int(2, 9) / 10}/h; p95 above 500 ms breaches the SLO. Decide the replica count each minute.`), user(Array.from({ length: rng.int(1, 8) }, (_, k) => line(m0 + k)).join('\n'))];
      const steps: Step[] = Array.from({ length: rng.int(0, 6) }, (_, k) => ({ actions: [['scale', { replicas: rng.int(2, 20) }]], observations: [line(m0 + 8 + k)] }));
      stepThrough(rng, messages, steps);
      return { messages, tools: [tool('scale', 'Set the replica count.', { replicas: int })], tool_choice: 'required' };
    },
  },
  {
    id: 'mbw-rover-scan', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 7,
    rationale: 'A short-range scan after each drive shows only nearby hazards; the rover heads for a beacon and must remember terrain it passed.',
    make(rng, i) {
      const lang = (['en', 'pt', 'en', 'de', 'zh', 'en', 'fr'] as Lang[])[i]!;
      const scan = (): string => `scan r=5m: ${rng.sample(['rock N 2m', 'rock NE 3m', 'soft sand E', 'crater S 4m', 'clear W', 'slope 18° ahead', 'clear'], rng.int(1, 3)).join(', ')}; beacon ${rng.int(0, 359)}° ${rng.int(3, 90)} m`;
      const messages: ChatMessage[] = [sys(t(lang, {
        en: 'You drive a survey rover in dust. You have no map; after each drive command you get a 5 m hazard scan and the bearing to the beacon. Get to the beacon without getting stuck.',
        pt: 'Você dirige um rover de pesquisa na poeira. Sem mapa; após cada comando chega um scan de 5 m e o rumo do farol. Chegue ao farol sem atolar.',
        de: 'Du fährst einen Rover im Staub. Keine Karte; nach jedem Fahrbefehl kommt ein 5-m-Scan und die Peilung zur Bake. Erreiche die Bake, ohne stecken zu bleiben.',
        zh: '你在沙尘中驾驶勘测车。没有地图；每次行驶后会收到5米范围的障碍扫描和信标方位。到达信标，不要陷住。',
        fr: 'Tu conduis un rover dans la poussière. Pas de carte ; après chaque commande tu reçois un scan de 5 m et le cap de la balise. Rejoins la balise sans t’enliser.',
      })), user(scan())];
      const steps: Step[] = Array.from({ length: rng.int(0, 5) }, () => {
        const n = rng.int(1, 3);
        return { actions: Array.from({ length: n }, () => ['drive', { heading_deg: rng.int(0, 359), metres: rng.int(1, 5) }] as [string, Record<string, unknown>]), observations: Array.from({ length: n }, scan) };
      });
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('drive', 'Drive a short leg.', { heading_deg: num, metres: num })], tool_choice: 'required' };
    },
  },
  {
    id: 'mbw-bioreactor-user', label: 'model_based_reflex', secondary: 'utility_based', difficulty: 'medium', variants: 6,
    rationale: 'Each user turn brings the next sample of a fermentation whose state is only partly measured; the feed rate follows from the inferred state.',
    make(rng, i) {
      const lang = (['en', 'es', 'en', 'de', 'en', 'fr'] as Lang[])[i]!;
      const sample = (h: number): string => `h${h}: OD ${rng.int(5, 60) / 10}, DO ${rng.int(10, 80)}%, pH ${rng.int(62, 74) / 10}, off-gas CO2 ${rng.int(1, 6)}%`;
      const messages: ChatMessage[] = [sys(t(lang, { en: 'Fed-batch assistant. Biomass and substrate are not measured directly. Reply with the feed rate in mL/h.', es: 'Asistente de fermentación. La biomasa y el sustrato no se miden directamente. Responde con el caudal de alimentación en mL/h.', de: 'Fed-Batch-Assistent. Biomasse und Substrat werden nicht direkt gemessen. Antworte mit der Feedrate in mL/h.', fr: 'Assistant de fermentation. La biomasse et le substrat ne sont pas mesurés directement. Réponds avec le débit d’alimentation en mL/h.' }))];
      const n = rng.int(2, 8);
      for (let h = 1; h <= n; h++) {
        messages.push(user(sample(h * 2)));
        if (h < n) messages.push({ role: 'assistant', content: `${rng.int(5, 60)} mL/h` });
      }
      return { lang, messages, max_tokens: 12 };
    },
  },
];
