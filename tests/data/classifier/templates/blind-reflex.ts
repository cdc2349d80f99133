// Blind held-out families, part 1: simple_reflex and model_based_reflex. Written from the type
// definitions only (see blind.ts).
import type { ChatMessage } from '../../../../src/core/types';
import {
  type Family, type Lang, bool, exchange, int, jsonSchema, langAt, list, num, obj, oneOf, pad, say, str, sys, t, tool, user,
} from './kit';

export const blindReflex: Family[] = [
  // ---------------------------------------------------------------- simple_reflex
  {
    id: 'bl-sr-parcel-chute', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'One parcel scan is mapped to a sorter chute by fixed size and weight thresholds; nothing before or after the scan matters.',
    make(rng, i) {
      const lang = langAt(['en', 'de', 'en', 'pt', 'en'], i);
      const hub = rng.pick(['LEJ-2', 'MAD-1', 'GRU-4', 'ORD-7', 'BHX-3']);
      const l = rng.int(8, 140), w = rng.int(5, 70), h = rng.int(2, 60);
      const kg = (rng.int(1, 400) / 10).toFixed(1);
      const flags = rng.pick([[], [], ['NOREAD'], ['CRUSHED_CORNER'], []]);
      const prompt = t(lang, {
        en: `Sorter decision for hub ${hub}. Chutes: A = small (every side ≤ 60 cm and ≤ 15 kg), B = other conveyable, C = non-conveyable (any side > 120 cm or > 31.5 kg), R = reject (NOREAD or damage flag). Answer with the chute letter only.`,
        de: `Sorterentscheidung für Hub ${hub}. Rutschen: A = klein (jede Seite ≤ 60 cm und ≤ 15 kg), B = sonstiges förderfähiges Packstück, C = nicht förderfähig (eine Seite > 120 cm oder > 31,5 kg), R = Ausschleusen (NOREAD oder Schadensflag). Antworte nur mit dem Buchstaben.`,
        pt: `Decisão do sorter no hub ${hub}. Rampas: A = pequeno (todos os lados ≤ 60 cm e ≤ 15 kg), B = outro transportável, C = não transportável (algum lado > 120 cm ou > 31,5 kg), R = rejeitar (NOREAD ou avaria). Responda só com a letra.`,
      });
      const scan = { barcode: `JJD${rng.int(100000000, 999999999)}`, dims_cm: [l, w, h], weight_kg: Number(kg), flags, belt: rng.int(1, 6) };
      return {
        lang,
        messages: rng.chance(0.3) ? [user(`${prompt}\n\n${JSON.stringify(scan)}`)] : [sys(prompt), user(JSON.stringify(scan))],
        response_format: jsonSchema('chute', { chute: oneOf('A', 'B', 'C', 'R') }),
        max_tokens: 12, temperature: 0,
      };
    },
  },
  {
    id: 'bl-sr-charger-authorize', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Each charge-point authorisation request is accepted or rejected from the fields of that request alone, by fixed rules.',
    make(rng, i) {
      const lang = langAt(['en', 'fr', 'en', 'es', 'en'], i);
      const rules = t(lang, {
        en: 'You are the authorization hook of a public EV charger network (OCPP 1.6). For every Authorize.req call exactly one tool. Rules: idTag status must be Accepted; roaming tags only when the site allows roaming; never start on a connector reporting Faulted or Unavailable; fleet tags only at depot sites.',
        fr: 'Tu es le point de décision d’autorisation d’un réseau de bornes de recharge (OCPP 1.6). Pour chaque Authorize.req, appelle exactement un outil. Règles : statut du badge = Accepted ; badges itinérance seulement si le site autorise l’itinérance ; jamais sur un connecteur Faulted ou Unavailable ; badges flotte uniquement sur les sites dépôt.',
        es: 'Eres el punto de autorización de una red de cargadores para vehículos eléctricos (OCPP 1.6). Para cada Authorize.req llama exactamente una herramienta. Reglas: el estado del idTag debe ser Accepted; tarjetas de roaming solo si el sitio lo permite; nunca en un conector Faulted o Unavailable; tarjetas de flota solo en depósitos.',
      });
      const req = {
        chargePointId: `${rng.pick(['FR-PAR', 'ES-VLC', 'NL-AMS', 'DE-HAM'])}-${rng.int(100, 999)}`,
        connectorId: rng.int(1, 2),
        idTag: rng.int(0x10000000, 0x7fffffff).toString(16).toUpperCase(),
        idTagInfo: { status: rng.pick(['Accepted', 'Accepted', 'Blocked', 'Expired', 'Accepted']), type: rng.pick(['private', 'roaming', 'fleet']) },
        site: { type: rng.pick(['public', 'depot']), roaming_allowed: rng.chance(0.6) },
        connectorStatus: rng.pick(['Available', 'Preparing', 'Faulted', 'Available']),
      };
      return {
        lang,
        messages: [sys(rules), user(JSON.stringify(req, null, rng.chance(0.5) ? 2 : undefined))],
        tools: [
          tool('accept_session', 'Allow the charging session to start.', { connector_id: int }),
          tool('reject_session', 'Refuse the session.', { connector_id: int, reason: oneOf('blocked_tag', 'roaming_not_allowed', 'connector_fault', 'fleet_only_depot', 'other') }),
        ],
        tool_choice: 'required', temperature: 0,
      };
    },
  },
  {
    id: 'bl-sr-return-eligibility', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'A single return request is checked against a fixed returns policy and answered with refund, exchange or deny; no history or weighing involved.',
    make(rng, i) {
      const lang = langAt(['es', 'en', 'fr', 'en', 'en'], i);
      const policy = t(lang, {
        en: 'Returns desk bot for an online shop. Policy: 30 days from delivery (electronics: 14). Opened software, earbuds and underwear cannot be returned. Items that arrived damaged are always refunded. Outside the window but within 60 days: exchange only.',
        es: 'Bot de devoluciones de una tienda online. Política: 30 días desde la entrega (electrónica: 14). No se aceptan software abierto, auriculares intraurales ni ropa interior. Lo que llegó dañado siempre se reembolsa. Fuera de plazo pero dentro de 60 días: solo cambio.',
        fr: 'Bot du service retours d’une boutique en ligne. Politique : 30 jours après livraison (électronique : 14). Logiciels ouverts, écouteurs intra et sous-vêtements non repris. Article arrivé endommagé : toujours remboursé. Hors délai mais sous 60 jours : échange uniquement.',
      });
      const item = rng.pick(['wireless earbuds', 'running shoes', 'blender', 'winter jacket', 'photo editing software (boxed)', 'desk lamp']);
      const days = rng.int(2, 75);
      const opened = rng.chance(0.5);
      const damaged = rng.chance(0.25);
      const ask = t(lang, {
        en: `Order ${rng.int(40000, 99999)} · item: ${item} · delivered ${days} days ago · opened: ${opened ? 'yes' : 'no'} · customer says: "${damaged ? 'it arrived with a cracked casing' : rng.pick(['does not fit', 'changed my mind', 'colour is different from the photo'])}"`,
        es: `Pedido ${rng.int(40000, 99999)} · artículo: ${item} · entregado hace ${days} días · abierto: ${opened ? 'sí' : 'no'} · el cliente dice: "${damaged ? 'llegó con la carcasa rota' : rng.pick(['no me queda bien', 'ya no lo quiero', 'el color no es el de la foto'])}"`,
        fr: `Commande ${rng.int(40000, 99999)} · article : ${item} · livré il y a ${days} jours · ouvert : ${opened ? 'oui' : 'non'} · le client écrit : « ${damaged ? 'il est arrivé avec le boîtier fissuré' : rng.pick(['la taille ne va pas', 'j’ai changé d’avis', 'la couleur ne correspond pas'])} »`,
      });
      return {
        lang,
        messages: [sys(policy), user(ask)],
        response_format: jsonSchema('return_decision', { decision: oneOf('refund', 'exchange_only', 'deny'), rule: str }),
        temperature: 0,
      };
    },
  },
  {
    id: 'bl-sr-ci-trigger', label: 'simple_reflex', difficulty: 'easy', variants: 4,
    rationale: 'The set of CI jobs follows directly from the changed paths of this one pull request through a fixed path-to-job mapping.',
    make(rng) {
      const files = rng.sample([
        'web/src/components/Cart.tsx', 'web/package.json', 'api/internal/billing/invoice.go', 'api/go.mod', 'docs/guides/setup.md',
        'infra/terraform/rds.tf', 'mobile/ios/Podfile', 'README.md', 'api/migrations/0042_add_index.sql', '.github/CODEOWNERS', 'ml/train.py',
      ], rng.int(2, 6));
      const mapping = 'web/** -> web-unit, web-e2e\napi/** -> api-unit, api-integration\napi/migrations/** -> db-migrate-check\ninfra/** -> tf-plan\nmobile/** -> ios-build\nml/** -> ml-smoke\ndocs/**, *.md -> docs-lint\nanything else -> none';
      return {
        messages: [
          sys(rng.pick([`Pick the CI jobs for a PR. Mapping:\n${mapping}\nReturn only the job names.`, `CI dispatcher.\n${mapping}`])),
          user(`PR #${rng.int(1200, 9800)} changed files:\n${files.join('\n')}`),
        ],
        response_format: jsonSchema('ci_jobs', { jobs: list(oneOf('web-unit', 'web-e2e', 'api-unit', 'api-integration', 'db-migrate-check', 'tf-plan', 'ios-build', 'ml-smoke', 'docs-lint')) }),
        temperature: 0,
      };
    },
  },
  {
    id: 'bl-sr-crop-symptom', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'A farmer’s single description (sometimes with a photo) is mapped straight to one advice code from a fixed list, without history or planning.',
    make(rng, i) {
      const lang = langAt(['pt', 'es', 'en', 'pt', 'en'], i);
      const crop = rng.pick(['tomato', 'maize', 'coffee', 'soybean']);
      const codes = 'FUNG_COPPER | INSECT_NEEM | NUTRIENT_N | IRRIGATE | REMOVE_PLANT | CALL_AGRONOMIST';
      const system = t(lang, {
        en: rng.pick([`Field hotline assistant. Reply with exactly one code from: ${codes}. No explanation.`, `Classify the farmer's report into one action code: ${codes}. Output the code only.`]),
        pt: `Assistente da linha de campo. Responda com exatamente um código de: ${codes}. Sem explicação.`,
        es: `Asistente de la línea de campo. Responde con exactamente un código de: ${codes}. Sin explicación.`,
      });
      const text = t(lang, {
        en: rng.pick([`My ${crop} leaves have brown spots with yellow rings, mostly on the lower leaves.`, `Lower leaves on my ${crop} are turning pale yellow all over, new ones look fine.`, `Tiny green insects under the ${crop} leaves and sticky stuff on them.`, `Whole ${crop} plant wilted suddenly, stem is brown inside when I cut it.`]),
        pt: rng.pick(['As folhas do meu tomateiro têm manchas marrons com anéis amarelos, principalmente embaixo.', 'Folhas de baixo do milho ficando amarelo-claro por inteiro, as novas estão boas.', 'Bichinhos verdes embaixo das folhas do café e uma coisa pegajosa.', 'A planta de soja murchou de repente, o caule está marrom por dentro.']),
        es: rng.pick(['Las hojas de mi tomate tienen manchas marrones con anillos amarillos, sobre todo abajo.', 'Las hojas bajas del maíz se ponen amarillo pálido enteras, las nuevas están bien.', 'Bichitos verdes debajo de las hojas del café y algo pegajoso.', 'La planta de soja se marchitó de golpe, el tallo está marrón por dentro.']),
      });
      const withPhoto = rng.chance(0.4);
      const msg: ChatMessage = withPhoto
        ? { role: 'user', content: [{ type: 'text', text }, { type: 'image_url', image_url: { url: `https://media.example-farmline.org/u/${rng.int(100000, 999999)}.jpg`, detail: 'low' } }] }
        : user(text);
      return { lang, messages: [sys(system), msg], max_tokens: 8, temperature: 0 };
    },
  },
  {
    id: 'bl-sr-leave-autoapprove', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'One leave request is approved or escalated by fixed rules on the fields it carries (balance, blackout dates, notice); no memory or trade-off.',
    make(rng, i) {
      const lang = langAt(['de', 'en', 'fr', 'en', 'de'], i);
      const days = rng.int(1, 12), balance = rng.int(0, 25), notice = rng.int(0, 40);
      const system = t(lang, {
        en: 'HR workflow step. Approve automatically only if: requested days ≤ remaining balance, notice ≥ 14 days (or ≤ 2 days requested), no overlap with the blackout period 15–31 Dec. Otherwise escalate to the manager.',
        de: 'HR-Workflow-Schritt. Automatisch genehmigen nur wenn: beantragte Tage ≤ Resturlaub, Vorlauf ≥ 14 Tage (oder höchstens 2 Tage beantragt), keine Überschneidung mit der Urlaubssperre 15.–31.12. Sonst an die Führungskraft eskalieren.',
        fr: 'Étape du workflow RH. Valider automatiquement seulement si : jours demandés ≤ solde restant, préavis ≥ 14 jours (ou 2 jours maximum demandés), pas de chevauchement avec la période bloquée du 15 au 31 décembre. Sinon, transmettre au manager.',
      });
      const start = `2025-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
      return {
        lang,
        messages: [sys(system), user(JSON.stringify({ employee: `E${rng.int(1000, 9999)}`, type: rng.pick(['annual', 'annual', 'unpaid']), start, working_days: days, remaining_balance: balance, notice_days: notice }))],
        response_format: jsonSchema('leave_decision', { decision: oneOf('approve', 'escalate') }),
        max_tokens: 20,
      };
    },
  },
  {
    id: 'bl-sr-voice-command', label: 'simple_reflex', difficulty: 'easy', variants: 4,
    rationale: 'A single spoken command is turned into one device call; the utterance alone determines the action.',
    make(rng, i) {
      const lang = langAt(['ja', 'en', 'zh', 'de', 'en'], i);
      const utter = t(lang, {
        en: rng.pick(['turn off the kitchen lights', 'set the bedroom to twenty one degrees', 'lock the back door', 'play some jazz in the living room', 'dim the hallway to thirty percent']),
        ja: rng.pick(['リビングの電気を消して', '寝室を22度にして', '玄関の鍵を閉めて']),
        zh: rng.pick(['把客厅的灯关掉', '卧室温度调到二十度', '锁上后门']),
        de: rng.pick(['Mach das Licht im Bad an', 'Stell das Wohnzimmer auf 20 Grad', 'Schließ die Haustür ab']),
      });
      const messages: ChatMessage[] = [];
      if (rng.chance(0.7)) messages.push(sys(rng.pick(['Voice assistant. Map the transcript to one device call.', 'You control the home devices. One tool call per utterance. If unclear, call no_op.'])));
      messages.push(user(`[asr confidence ${(rng.int(80, 99) / 100).toFixed(2)}] ${utter}`));
      return {
        lang, messages,
        tools: [
          tool('set_light', 'Switch or dim a light group.', { room: str, on: bool, brightness_pct: int }, ['room', 'on']),
          tool('set_thermostat', 'Set target temperature for a room.', { room: str, celsius: num }),
          tool('lock_door', 'Lock or unlock a door.', { door: oneOf('front', 'back', 'garage'), locked: bool }),
          tool('play_media', 'Play audio in a room.', { room: str, query: str }),
          tool('no_op', 'Do nothing (unclear command).', {}),
        ],
        tool_choice: 'required',
      };
    },
  },

  // ---------------------------------------------------------------- model_based_reflex
  {
    id: 'bl-mb-bed-census', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Which beds are free now is never reported directly; it has to be carried forward from the morning census through every admit, transfer and discharge message.',
    make(rng, i) {
      const lang = langAt(['en', 'en', 'de', 'en', 'es'], i);
      const ward = rng.pick(['4B', '6A', '3C', '7N']);
      const beds = Array.from({ length: rng.int(8, 12) }, (_, k) => `${ward}-${pad(k + 1)}`);
      const side = rng.sample(beds, 2);
      const occupied = new Set(rng.sample(beds, beds.length - rng.int(1, 3)));
      let mrn = rng.int(400000, 499999);
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: `${rng.pick(['Bed desk assistant', 'You keep track of beds', 'Bed-state helper'])} for ward ${ward}. Side rooms (isolation-capable): ${side.join(', ')}. Messages arrive in batches from the ADT feed; reply "ok" to batches and answer questions from everything received so far.`,
          de: `Assistent der Bettendisposition für Station ${ward}. Einzelzimmer (isolationsfähig): ${side.join(', ')}. Nachrichten kommen stapelweise aus dem ADT-Feed; auf Stapel mit "ok" antworten, Fragen aus allem bisher Erhaltenen beantworten.`,
          es: `Asistente de gestión de camas de la planta ${ward}. Habitaciones individuales (aislamiento): ${side.join(', ')}. Los mensajes llegan por lotes desde el feed ADT; responde "ok" a los lotes y contesta preguntas con todo lo recibido hasta ahora.`,
        })),
        user(`07:00 census: occupied ${[...occupied].join(' ')}`),
        say('ok'),
      ];
      const batches = rng.int(3, 6);
      for (let b = 0; b < batches; b++) {
        const lines: string[] = [];
        for (let k = 0; k < rng.int(1, 3); k++) {
          const free = beds.filter((x) => !occupied.has(x));
          const occ = [...occupied];
          const kind = free.length === 0 ? 'A03' : occ.length === 0 ? 'A01' : rng.pick(['A01', 'A03', 'A02', 'A03']);
          const time = `${pad(8 + b)}:${pad(rng.int(0, 59))}`;
          if (kind === 'A01') { const bed = rng.pick(free); occupied.add(bed); lines.push(`${time} A01 ADMIT MRN${mrn++} -> ${bed}`); }
          else if (kind === 'A03') { const bed = rng.pick(occ); occupied.delete(bed); lines.push(`${time} A03 DISCHARGE from ${bed}${rng.chance(0.3) ? ' (bed to cleaning, ETA 40 min)' : ''}`); }
          else { const from = rng.pick(occ); const to = free.length ? rng.pick(free) : from; occupied.delete(from); occupied.add(to); lines.push(`${time} A02 TRANSFER ${from} -> ${to}`); }
        }
        messages.push(user(lines.join('\n')), say('ok'));
      }
      messages.pop();
      messages.push(user(t(lang, {
        en: `ED is sending up two patients in the next 15 minutes, one needs contact isolation. Which beds do I give them?`,
        de: 'Die Notaufnahme schickt in 15 Minuten zwei Patienten, einer braucht Kontaktisolation. Welche Betten gebe ich ihnen?',
        es: 'Urgencias sube dos pacientes en 15 minutos, uno necesita aislamiento de contacto. ¿Qué camas les doy?',
      })));
      return { lang, messages };
    },
  },
  {
    id: 'bl-mb-rail-blocks', label: 'model_based_reflex', difficulty: 'hard', variants: 5,
    rationale: 'Train positions are only inferred from successive track-circuit polls (one circuit flickers), and the route decision depends on that inferred occupancy.',
    make(rng, i) {
      const lang = langAt(['en', 'de', 'en', 'en', 'fr'], i);
      const train = `${rng.int(1, 9)}${rng.pick(['K', 'L', 'P'])}${rng.int(10, 99)}`;
      const other = `${rng.int(1, 9)}${rng.pick(['F', 'S'])}${rng.int(10, 99)}`;
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: 'Signalling support agent for a small station area. Circuits TC101-TC110 run west to east; platform 3 is fed via TC107-TC108-TC109. Circuit TC105 is known to drop out for a few seconds now and then. Poll circuits as needed, then set or hold routes.',
          de: 'Stellwerksassistent für einen kleinen Bahnhofsbereich. Gleisfreimeldeabschnitte TC101-TC110 von West nach Ost; Gleis 3 wird über TC107-TC108-TC109 erreicht. TC105 fällt bekanntermaßen ab und zu für einige Sekunden aus. Frag die Abschnitte nach Bedarf ab und stelle oder halte dann Fahrstraßen.',
          fr: 'Agent d’aide au poste d’aiguillage d’une petite gare. Circuits de voie TC101-TC110 d’ouest en est ; la voie 3 est desservie par TC107-TC108-TC109. TC105 décroche parfois quelques secondes. Interroge les circuits au besoin, puis établis ou retiens les itinéraires.',
        })),
        user(t(lang, {
          en: `${train} approaching from the west, requests route to platform 3. ${other} departed platform 3 eastbound a few minutes ago.`,
          de: `${train} nähert sich von Westen, fordert Fahrstraße nach Gleis 3 an. ${other} hat Gleis 3 vor ein paar Minuten Richtung Osten verlassen.`,
          fr: `${train} arrive par l’ouest et demande l’itinéraire vers la voie 3. ${other} a quitté la voie 3 vers l’est il y a quelques minutes.`,
        })),
      ];
      let pos = rng.int(101, 103);
      let oth = rng.int(108, 109);
      const polls = rng.int(3, 5);
      for (let p = 0; p < polls; p++) {
        const occ: string[] = [`TC${pos}`];
        if (oth <= 110) occ.push(`TC${oth}`);
        const flicker = rng.chance(0.5) ? ' | TC105 NO_DATA' : '';
        exchange(rng, messages, 'read_circuits', { range: 'TC101-TC110' }, `t+${p * 20}s OCC: ${occ.join(', ')}${flicker} | all others CLR`);
        pos = Math.min(pos + rng.int(0, 1), 105);
        oth += rng.int(0, 1);
      }
      return {
        lang, messages,
        tools: [
          tool('read_circuits', 'Poll track-circuit occupancy.', { range: str }),
          tool('set_route', 'Set or hold a route.', { route: str, action: oneOf('set', 'hold') }),
          tool('radio_driver', 'Send a message to a train driver.', { train: str, text: str }),
        ],
      };
    },
  },
  {
    id: 'bl-mb-line-wip', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Where the pallets are and which station is starved must be reconstructed from an event stream with a silent station, not read off any single event.',
    make(rng, i) {
      const lang = langAt(['en', 'zh', 'en', 'ja', 'en'], i);
      const order = `WO-${rng.int(3000, 3999)}`;
      const pallets = Array.from({ length: rng.int(4, 7) }, (_, k) => `P${pad(k + 1)}`);
      const where = new Map(pallets.map((p) => [p, 0]));
      const messages: ChatMessage[] = [
        sys('Line assistant for assembly line 2 (stations S1 wash → S2 press → S3 weld → S4 paint → S5 pack). S3 reader has been offline since 06:40, so pallets pass S3 without an event. Use get_events to read the MES feed.'),
        user(t(lang, {
          en: `Shift lead here. Where are the pallets of ${order} now, and is S4 about to run dry?`,
          zh: `我是班组长。${order} 的托盘现在都在哪里？S4 是不是快要断料了？`,
          ja: `班長です。${order} のパレットは今どこにありますか？S4 はもうすぐ材料切れになりますか？`,
        })),
      ];
      let cursor = rng.int(1000, 2000);
      const rounds = rng.int(2, 4);
      for (let r = 0; r < rounds; r++) {
        const lines: string[] = [];
        for (const p of rng.sample(pallets, rng.int(2, pallets.length))) {
          const at = where.get(p)!;
          if (at >= 5) continue;
          const nextSt = at + 1 === 3 ? 4 : at + 1;
          where.set(p, nextSt);
          lines.push(`${pad(7 + r)}:${pad(rng.int(0, 59))} ${order}/${p} ENTER S${nextSt}`);
        }
        lines.sort();
        exchange(rng, messages, 'get_events', { since_id: cursor }, { next_id: cursor + lines.length, events: lines });
        cursor += lines.length;
      }
      return { lang, messages, tools: [tool('get_events', 'Read MES events after an id.', { since_id: int }), tool('notify', 'Message the shift lead.', { text: str })] };
    },
  },
  {
    id: 'bl-mb-vessel-ais', label: 'model_based_reflex', difficulty: 'hard', variants: 5,
    rationale: 'The vessel has gone dark, so its present position must be estimated from the earlier reports (course, speed, time gap) before deciding whether it is inside the protected area.',
    make(rng, i) {
      const lang = langAt(['en', 'es', 'pt', 'en', 'en'], i);
      const name = rng.pick(['FV OCEAN PRIDE', 'LUCKY STAR 7', 'MAR DEL SUR', 'NORDKAPP II', 'SANTA RITA']);
      let lat = 42.5 + rng.int(0, 80) / 100, lon = -(9.6 + rng.int(0, 80) / 100);
      const course = rng.int(60, 120), knots = rng.int(8, 13);
      const mmsi = `2240${rng.int(10000, 99999)}`;
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: `Maritime watch assistant. Protected zone MPA-${rng.int(1, 9)}: lat 42.8–43.4 N, lon 9.2–8.6 W. Reports arrive as they are received. When asked, give your current estimate and the action.`,
          es: `Asistente de vigilancia marítima. Zona protegida AMP-${rng.int(1, 9)}: lat 42,8–43,4 N, lon 9,2–8,6 W. Los reportes llegan según se reciben. Cuando se te pregunte, da tu estimación actual y la acción.`,
          pt: `Assistente de vigilância marítima. Zona protegida AMP-${rng.int(1, 9)}: lat 42,8–43,4 N, lon 9,2–8,6 W. Os relatórios chegam à medida que são recebidos. Quando perguntado, dê a sua estimativa atual e a ação.`,
        })),
      ];
      const reports = rng.int(3, 6);
      let hour = rng.int(0, 6);
      for (let r = 0; r < reports; r++) {
        messages.push(user(`AIS ${pad(hour)}:${pad(rng.int(0, 59))}Z MMSI ${mmsi} ${name} ${lat.toFixed(3)}N ${Math.abs(lon).toFixed(3)}W COG ${course + rng.int(-4, 4)} SOG ${(knots + rng.int(-10, 10) / 10).toFixed(1)}`));
        if (r < reports - 1) messages.push(say(rng.pick(['noted', 'logged', 'ok'])));
        lat += 0.03; lon += 0.12; hour += 1;
      }
      const gap = rng.int(2, 5);
      messages.push(user(t(lang, {
        en: `No AIS from ${name} for ${gap} h now. Is it likely inside the zone? Do we dispatch the patrol boat or keep watching?`,
        es: `Sin AIS de ${name} desde hace ${gap} h. ¿Es probable que esté dentro de la zona? ¿Enviamos la patrullera o seguimos observando?`,
        pt: `Sem AIS do ${name} há ${gap} h. É provável que esteja dentro da zona? Enviamos a lancha de patrulha ou continuamos a observar?`,
      })));
      return {
        lang, messages,
        response_format: rng.chance(0.6) ? jsonSchema('watch_update', { est_lat: num, est_lon: num, inside_zone_likely: bool, action: oneOf('dispatch_patrol', 'keep_watching', 'request_satellite_pass') }) : undefined,
      };
    },
  },
  {
    id: 'bl-mb-docket-deadlines', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
    rationale: 'Which deadlines are live today depends on the whole sequence of docket entries (extensions, withdrawals, rescheduled hearings), carried forward entry by entry.',
    make(rng) {
      const caseNo = `${rng.int(1, 3)}:${rng.int(22, 25)}-cv-${rng.int(1000, 9999)}`;
      const entries = [
        `#1 Complaint filed (${rng.pick(['breach of contract', 'trade secret misappropriation', 'copyright infringement'])}).`,
        '#5 Summons returned executed: defendant (our client) served 3 Mar.',
        '#9 Stipulation: time to answer or move extended to 7 Apr. SO ORDERED.',
        '#12 Defendant’s motion to dismiss under 12(b)(6) filed 7 Apr.',
        rng.pick(['#14 Plaintiff’s opposition due 21 Apr; reply due 28 Apr.', '#14 Scheduling order: opposition 21 Apr, reply 28 Apr, hearing 15 May 10:00.']),
        rng.pick(['#17 Joint letter: opposition deadline extended to 5 May, reply to 19 May. SO ORDERED.', '#17 Plaintiff files amended complaint as of right (motion to dismiss now moot per #18).']),
        rng.pick(['#19 Hearing on MTD adjourned to 2 Jun.', '#19 Initial conference set for 22 May; Rule 26(f) report due 15 May.', '#19 Notice of appearance, new counsel for plaintiff.']),
      ].slice(0, rng.int(5, 7));
      const messages: ChatMessage[] = [sys(rng.pick([`Docketing assistant for case ${caseNo}. New docket entries are forwarded to you as they post.`, `You keep the deadline calendar for matter ${caseNo} (we represent the defendant). Entries come from PACER alerts.`]))];
      for (const e of entries) { messages.push(user(`PACER alert ${caseNo}: ${e}`), say('Logged.')); }
      messages.pop();
      messages.push(user(`Today is ${rng.pick(['24 Apr', '2 May', '16 May'])}. What do we still owe the court, and by when? Anything on the calendar I should take off?`));
      return { messages, temperature: 0.2 };
    },
  },
  {
    id: 'bl-mb-account-holds', label: 'model_based_reflex', secondary: 'simple_reflex', difficulty: 'hard', variants: 5,
    rationale: 'The available balance is not given; it must be rebuilt from a stream of holds, captures, reversals and pending deposits before the new card authorisation can be decided, though the final approve/decline looks like a rule.',
    make(rng, i) {
      const lang = langAt(['en', 'de', 'fr', 'en', 'pt'], i);
      let ledger = rng.int(300, 1500);
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: 'Card authorisation engine assistant. Ledger events stream in. Available = posted balance − open holds (pending deposits do not count). Decline if the new amount exceeds available.',
          de: 'Assistent der Kartenautorisierung. Buchungsereignisse laufen laufend ein. Verfügbar = gebuchter Saldo − offene Vormerkungen (ausstehende Gutschriften zählen nicht). Ablehnen, wenn der neue Betrag das Verfügbare übersteigt.',
          fr: 'Assistant du moteur d’autorisation carte. Les événements du grand livre arrivent en continu. Disponible = solde comptabilisé − préautorisations ouvertes (les dépôts en attente ne comptent pas). Refuser si le nouveau montant dépasse le disponible.',
          pt: 'Assistente do motor de autorização de cartões. Os eventos do razão chegam em fluxo. Disponível = saldo lançado − retenções abertas (depósitos pendentes não contam). Recusar se o novo valor exceder o disponível.',
        })),
        user(`EVT posted_balance ${ledger.toFixed(2)} EUR`),
      ];
      const holds: number[] = [];
      for (let k = 0; k < rng.int(4, 8); k++) {
        messages.push(say('ack'));
        const kind = holds.length === 0 ? 'HOLD' : rng.pick(['HOLD', 'CAPTURE', 'REVERSAL', 'DEPOSIT_PENDING', 'HOLD']);
        if (kind === 'HOLD') { const a = rng.int(5, 250); holds.push(a); messages.push(user(`EVT hold id=h${k} ${a.toFixed(2)} ${rng.pick(['FUEL STATION', 'HOTEL', 'GROCER', 'RIDESHARE', 'CAR RENTAL'])}`)); }
        else if (kind === 'CAPTURE') { const a = holds.shift()!; ledger -= a; messages.push(user(`EVT capture of earliest open hold ${a.toFixed(2)} -> posted`)); }
        else if (kind === 'REVERSAL') { const a = holds.pop()!; messages.push(user(`EVT reversal of latest hold ${a.toFixed(2)}`)); }
        else messages.push(user(`EVT deposit_pending ${rng.int(100, 900).toFixed(2)} SEPA`));
      }
      messages.push(say('ack'), user(`AUTH_REQ ${rng.int(40, 600).toFixed(2)} EUR mcc=${rng.pick(['5411', '5812', '4121', '7011'])}`));
      return { lang, messages, response_format: jsonSchema('auth_decision', { available_eur: num, decision: oneOf('approve', 'decline') }), temperature: 0 };
    },
  },
  {
    id: 'bl-mb-housekeeping-board', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
    rationale: 'Room readiness comes from scattered radio messages and system updates over the morning, some rooms unreported, and the front desk question needs that assembled picture.',
    make(rng, i) {
      const lang = langAt(['en', 'es', 'fr', 'ja', 'en'], i);
      const rooms = Array.from({ length: 8 }, (_, k) => `${rng.int(2, 6)}${pad(k + 1)}`);
      const kings = rng.sample(rooms, 4);
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: `Front office assistant. King rooms: ${kings.join(', ')}. All listed rooms were occupied last night. Inputs come from the PMS and from housekeeping radio (transcribed). Rooms are sellable only when INSPECTED.`,
          es: `Asistente de recepción. Habitaciones king: ${kings.join(', ')}. Todas estaban ocupadas anoche. La información llega del PMS y de la radio de pisos (transcrita). Solo se pueden vender cuando están INSPECCIONADAS.`,
          fr: `Assistant de réception. Chambres king : ${kings.join(', ')}. Toutes étaient occupées cette nuit. Les infos viennent du PMS et de la radio des étages (transcrite). Une chambre n’est vendable qu’une fois INSPECTÉE.`,
          ja: `フロント補助。キングルーム: ${kings.join(', ')}。昨夜は全室稼働。情報はPMSと客室清掃の無線（文字起こし）から届く。販売可能なのは「点検済み」の部屋のみ。`,
        })),
      ];
      const turns = rng.int(4, 8);
      const stage = new Map(rooms.map((r) => [r, 0]));
      let minute = 9 * 60 + rng.int(0, 20);
      for (let k = 0; k < turns; k++) {
        const room = rng.pick(rooms);
        const st = stage.get(room)!;
        minute += rng.int(8, 35);
        const hhmm = `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
        const maid = rng.pick(['Maria', 'Jonas', 'Aiko']);
        const line = [
          rng.chance(0.2) ? `[PMS ${hhmm}] room ${room} late checkout 13:00 approved` : rng.chance(0.2) ? `[radio ${hhmm}] ${maid}: ${room} DND sign still on` : `[PMS ${hhmm}] room ${room} checked out`,
          `[radio ${hhmm}] ${maid}: starting ${room}`,
          `[radio ${hhmm}] ${maid}: ${room} done, waiting for inspection`,
          `[radio ${hhmm}] supervisor: ${room} inspected ok`,
          `[radio ${hhmm}] supervisor: ${room} still needs a towel restock`,
        ][Math.min(st, 4)]!;
        if (!line.includes('late checkout') && !line.includes('DND')) stage.set(room, st + 1);
        messages.push(user(line));
        messages.push(say(rng.pick(['noted', '👍', 'ok'])));
      }
      messages.pop();
      messages.push(user(t(lang, {
        en: 'Guest at the desk now, early arrival, wants a king. What can I give her, and if nothing, when?',
        es: 'Tengo a una huésped en recepción, llegada temprana, quiere king. ¿Qué le puedo dar y, si no hay, cuándo?',
        fr: 'Une cliente est au comptoir, arrivée anticipée, elle veut une king. Que puis-je lui donner, et sinon quand ?',
        ja: '早着のお客様がフロントにいて、キングを希望しています。今どの部屋を出せますか？なければいつ頃？',
      })));
      return { lang, messages };
    },
  },
];
