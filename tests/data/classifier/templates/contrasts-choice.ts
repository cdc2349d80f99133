// Extra training families, goal_based vs utility_based: reaching a required end condition (any valid
// sequence; feasibility, ordering, search) against choosing among feasible options by trading off
// cost, value and weights. Several pairs share a domain and differ exactly in that respect.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, bool, exchange, int, jsonSchema, list, num, obj, oneOf, pad, say, str, sys, t, tool, user } from './kit';

export const contrastsChoice: Family[] = [
  // ---------------------------------------------------------------- utility_based
  {
    id: 'xt-ub-shipment-pick', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Only some shipments fit on the truck, so the agent picks the subset worth the most within weight and pallet limits.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'es', 'zh'] as Lang[])[i]!;
      const n = rng.int(7, 9);
      const rows = Array.from({ length: n }, (_, k) => `S${k + 1}: ${rng.int(2, 9) * 100} kg, ${rng.int(1, 4)} pallets, ${t(lang, { en: 'margin', de: 'Deckungsbeitrag', es: 'margen', zh: '毛利' })} €${rng.int(3, 40) * 10}${rng.chance(0.3) ? t(lang, { en: ', late fee €150 if not sent today', de: ', 150 € Vertragsstrafe wenn nicht heute', es: ', penalización 150 € si no sale hoy', zh: '，今天不发罚款150欧' }) : ''}`);
      const ask = t(lang, {
        en: `Truck takes ${rng.int(18, 26) * 100} kg and ${rng.int(6, 9)} pallets. Which ones go on it today? The rest wait until Thursday.`,
        de: `Der LKW nimmt ${rng.int(18, 26) * 100} kg und ${rng.int(6, 9)} Paletten. Welche Sendungen fahren heute mit? Der Rest wartet bis Donnerstag.`,
        es: `El camión admite ${rng.int(18, 26) * 100} kg y ${rng.int(6, 9)} palés. ¿Qué envíos salen hoy? El resto espera al jueves.`,
        zh: `卡车限重${rng.int(18, 26) * 100}公斤、${rng.int(6, 9)}个托盘。今天发哪几票？其余等到周四。`,
      });
      const structured = rng.chance(0.6);
      return {
        lang,
        messages: [...(rng.chance(0.5) ? [sys(t(lang, { en: 'Dispatch assistant for a regional haulier.', de: 'Disponent-Assistent einer Spedition.', es: 'Asistente de expedición.', zh: '物流调度助手。' }))] : []), user(`${rows.join('\n')}\n\n${ask}`)],
        response_format: structured ? jsonSchema('load', { shipments: list(str), total_margin_eur: num, kg: num }) : undefined,
      };
    },
  },
  {
    id: 'xt-ub-clinic-roster', label: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Every roster option covers the clinic; the choice is the cheapest one once overtime, agency rates and preference penalties are weighed.',
    make(rng, i) {
      const lang = (['en', 'ja', 'de', 'en', 'fr'] as Lang[])[i]!;
      const staff = rng.sample(['Aiko', 'Ben', 'Carla', 'Dev', 'Elif', 'Femi', 'Greta'], 5).map((name) => `${name}: ${rng.int(24, 40)} h contract, €${rng.int(28, 42)}/h, ${t(lang, { en: 'overtime ×1.5', ja: '残業1.5倍', de: 'Überstunden ×1,5', fr: 'heures sup ×1,5' })}${rng.chance(0.4) ? t(lang, { en: ', prefers no Saturdays (cost 40 if broken)', ja: '、土曜は避けたい（違反コスト40）', de: ', möchte keine Samstage (Strafkosten 40)', fr: ', préfère pas le samedi (pénalité 40)' }) : ''}`);
      const need = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'].map((d) => `${d} ${rng.int(1, 3)}`).join(' · ');
      const sysText = t(lang, {
        en: `Rostering assistant for a physiotherapy clinic. Agency cover costs €${rng.int(55, 70)}/h. Weigh wage cost, overtime and broken preferences together and give the cheapest week that still staffs every day.`,
        ja: `理学療法クリニックのシフト作成アシスタント。派遣は1時間${rng.int(55, 70)}ユーロ。人件費・残業・希望違反を合わせて、毎日の必要人数を満たす中で総コストが最も低い週を出してください。`,
        de: `Dienstplan-Assistent einer Physiotherapiepraxis. Leihkräfte kosten ${rng.int(55, 70)} €/h. Lohn, Überstunden und verletzte Wünsche zusammen abwägen; die günstigste Woche, die jeden Tag besetzt.`,
        fr: `Assistant de planning d’un cabinet de kiné. L’intérim coûte ${rng.int(55, 70)} €/h. Pèse salaires, heures sup et préférences non respectées ; donne la semaine la moins chère qui couvre chaque jour.`,
      });
      return {
        lang,
        messages: [sys(sysText), user(`${staff.join('\n')}\n\n${t(lang, { en: 'Therapists needed (8 h days):', ja: '必要人数（1日8時間）：', de: 'Bedarf (8-h-Tage):', fr: 'Besoin (journées de 8 h) :' })} ${need}`)],
        response_format: jsonSchema('week', { days: list(obj({ day: str, staff: list(str), agency_hours: num })), total_cost_eur: num }),
      };
    },
  },
  {
    id: 'xt-ub-venue-quotes', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Venue and catering quotes come back from a tool; the agent weighs price, capacity margin, distance and cancellation terms to book one.',
    make(rng, i) {
      const lang = (['fr', 'es', 'en', 'pt', 'en'] as Lang[])[i]!;
      const guests = rng.int(60, 140);
      const messages: ChatMessage[] = [
        sys(t(lang, { fr: 'Assistant événementiel. Tu peux consulter les devis et réserver.', es: 'Asistente de eventos. Puedes consultar presupuestos y reservar.', en: 'Events assistant for the company offsite. You can pull quotes and book.', pt: 'Assistente de eventos. Você pode consultar orçamentos e reservar.' })),
        user(t(lang, {
          fr: `Soirée d’équipe pour ${guests} personnes le 14. Budget autour de 9 000 €, mais une partie des gens vient en train, donc pas trop loin de la gare. Lequel on prend ?`,
          es: `Cena de equipo para ${guests} personas el día 14. Presupuesto unos 9.000 €, pero mucha gente viene en tren, así que cerca de la estación. ¿Cuál reservamos?`,
          en: `Team dinner for ${guests} on the 14th. Roughly £8k, half the people come by train so the station matters, and we might need to cancel if the merger news lands. Which one do we book?`,
          pt: `Jantar da equipe para ${guests} pessoas no dia 14. Orçamento perto de R$ 45 mil; muita gente vem de metrô. Qual a gente reserva?`,
        })),
      ];
      exchange(rng, messages, 'get_venue_quotes', { date: '14', guests }, ['Quai 9', 'La Verrière', 'Atelier Nord', 'Casa Lume'].slice(0, rng.int(3, 4)).map((v) => ({ venue: v, price_per_head: rng.int(55, 95), capacity: guests + rng.int(-10, 60), km_from_station: rng.int(1, 12) / 2, free_cancellation_days: rng.pick([0, 7, 14, 30]) })));
      if (rng.chance(0.5)) exchange(rng, messages, 'get_catering_addons', { guests }, { wine_pairing_per_head: rng.int(15, 30), vegan_surcharge: rng.int(0, 6), av_package: rng.int(300, 900) });
      return { lang, messages, tools: [tool('get_venue_quotes', 'Quotes from venues for a date.', { date: str, guests: int }), tool('get_catering_addons', 'Add-on prices.', { guests: int }), tool('book_venue', 'Book a venue.', { venue: str, guests: int })] };
    },
  },
  {
    id: 'xt-ub-feed-ration', label: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'The ration must meet nutrient floors at least cost; last months’ prices are context, not episodes to generalise from.',
    make(rng, i) {
      const lang = (['en', 'pt', 'es', 'en', 'de'] as Lang[])[i]!;
      const feeds = rng.sample(['maize silage', 'grass silage', 'soybean meal', 'barley', 'rapeseed meal', 'brewers grains', 'wheat straw'], 5)
        .map((f) => `${f}: ${rng.int(8, 45)}% CP, ${rng.int(9, 13)}.${rng.int(0, 9)} MJ/kg, €${rng.int(12, 48)}/t (Jan €${rng.int(12, 48)}, Feb €${rng.int(12, 48)}, Mar €${rng.int(12, 48)})`);
      const ask = t(lang, {
        en: `Herd of ${rng.int(80, 240)} dairy cows. Each needs ≥${rng.int(15, 17)}% crude protein and ≥${rng.int(190, 230)} MJ a day, dry-matter intake max ${rng.int(20, 24)} kg. Straw at least 1 kg for rumen health. What mix for April, per cow per day, at the lowest feed bill?`,
        pt: `Rebanho de ${rng.int(80, 240)} vacas leiteiras. Cada uma precisa de ≥${rng.int(15, 17)}% de proteína e ≥${rng.int(190, 230)} MJ/dia, consumo máx. ${rng.int(20, 24)} kg de MS. Qual a mistura de abril por vaca/dia com o menor custo de ração?`,
        es: `Rebaño de ${rng.int(80, 240)} vacas. Cada una necesita ≥${rng.int(15, 17)}% de proteína y ≥${rng.int(190, 230)} MJ/día, ingesta máx. ${rng.int(20, 24)} kg MS. ¿Qué mezcla para abril, por vaca y día, con el menor gasto?`,
        de: `Herde mit ${rng.int(80, 240)} Milchkühen. Je Kuh ≥${rng.int(15, 17)} % Rohprotein und ≥${rng.int(190, 230)} MJ am Tag, max. ${rng.int(20, 24)} kg TM. Welche Mischung für April pro Kuh und Tag, bei möglichst niedrigen Futterkosten?`,
      });
      return { lang, messages: [user(`${feeds.join('\n')}\n\n${ask}`)], response_format: rng.chance(0.5) ? jsonSchema('ration', { kg_per_cow: list(obj({ feed: str, kg: num })), cost_eur_per_cow_day: num }) : undefined };
    },
  },
  {
    id: 'xt-ub-commit-tier', label: 'utility_based', secondary: 'learning', difficulty: 'hard', variants: 5,
    rationale: 'Monthly usage figures feed a cost comparison of commitment tiers; the decision is the tier with the lowest expected spend at acceptable risk.',
    make(rng, i) {
      const lang = (['en', 'en', 'ja', 'de', 'en'] as Lang[])[i]!;
      const usage = Array.from({ length: 6 }, (_, k) => `${['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'][k]} ${rng.int(900, 2400)} vCPU-h/day`).join(', ');
      const tiers = `on-demand $0.048/vCPU-h; 1-yr commit $0.031 for a fixed ${rng.int(10, 16)}00 vCPU-h/day; 3-yr commit $0.022 for ${rng.int(10, 16)}00/day; spot $0.017, ~${rng.int(4, 12)}% interruptions`;
      const messages: ChatMessage[] = [sys(t(lang, { en: 'FinOps assistant.', ja: 'クラウドコスト管理アシスタント。', de: 'FinOps-Assistent.' })), user(t(lang, {
        en: `Usage: ${usage}. Options: ${tiers}. Batch jobs tolerate interruptions, the API doesn't (about ${rng.int(30, 60)}% of usage). How much do we commit and at which tier?`,
        ja: `使用量：${usage}。選択肢：${tiers}。バッチは中断OK、APIは不可（全体の約${rng.int(30, 60)}%）。どのプランにどれだけコミットする？`,
        de: `Nutzung: ${usage}. Optionen: ${tiers}. Batch-Jobs vertragen Unterbrechungen, die API nicht (ca. ${rng.int(30, 60)} %). Wie viel binden wir, in welcher Stufe?`,
      }))];
      if (rng.chance(0.5)) exchange(rng, messages, 'get_budget', { team: 'platform' }, { quarterly_cap_usd: rng.int(80, 160) * 1000, cfo_note: 'no 3-yr lock-ins above 50% of baseline' });
      return { lang, messages, tools: messages.length > 2 ? [tool('get_budget', 'Budget caps.', { team: str })] : undefined };
    },
  },
  {
    id: 'xt-ub-elective-mix', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Several course sets are all allowed; the student picks the set with the most interest per workload under a credit cap.',
    make(rng, i) {
      const lang = (['zh', 'en', 'pt', 'en', 'es'] as Lang[])[i]!;
      const courses = rng.sample(['Econometrics', 'Film Theory', 'Machine Vision', 'Ancient Philosophy', 'Game Design', 'Marine Biology', 'Public Speaking', 'Cryptography'], 6)
        .map((c) => `${c}: ${rng.pick([3, 4, 5, 6])} ECTS, ~${rng.int(4, 12)} h/week, interest ${rng.int(2, 10)}/10${rng.chance(0.3) ? ', clashes with my job on Tue' : ''}`);
      const ask = t(lang, {
        zh: `这学期最多选${rng.int(12, 18)}学分，每周能花在选修课的时间不超过${rng.int(18, 26)}小时。兴趣分越高越好，但太累的课不划算。选哪几门？`,
        en: `Cap is ${rng.int(12, 18)} ECTS and I have about ${rng.int(18, 26)} h a week for electives. I care about interest, but hours hurt. Which ones?`,
        pt: `Posso pegar até ${rng.int(12, 18)} ECTS e tenho ~${rng.int(18, 26)} h por semana. Interesse conta, mas carga horária pesa. Quais eu escolho?`,
        es: `Máximo ${rng.int(12, 18)} ECTS y unas ${rng.int(18, 26)} h a la semana. Me importa el interés, pero las horas pesan. ¿Cuáles cojo?`,
      });
      return { lang, messages: [user(`${courses.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'xt-ub-bed-assign', label: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Incoming patients are matched to free beds by weighing transfer distance, specialty mismatch and isolation penalties; many matchings are valid, one is cheapest.',
    make(rng) {
      const beds = Array.from({ length: rng.int(4, 6) }, (_, k) => ({ bed: `${rng.pick(['C', 'D', 'H'])}${rng.int(1, 4)}-${pad(k + 1)}`, ward: rng.pick(['cardio', 'general', 'ortho', 'neuro']), single_room: rng.chance(0.4) }));
      const patients = Array.from({ length: rng.int(3, 5) }, (_, k) => ({ id: `P${k + 1}`, needs: rng.pick(['cardio', 'general', 'ortho', 'neuro']), isolation: rng.chance(0.3), from: rng.pick(['ED', 'theatre', 'ICU step-down']) }));
      const messages: ChatMessage[] = [
        sys(rng.pick([
          'Bed management assistant. Costs: outlier placement (wrong specialty) 5, isolation patient in a shared bay 20, each floor of transfer 1. Return the assignment with the lowest total cost.',
          'You assign admitted patients to beds. Wrong-specialty ward = 5 points, isolation in a shared bay = 20, 1 point per floor moved. Lowest total wins.',
        ])),
        user(rng.pick(['Evening bed meeting, place the admits.', 'Place these before handover.', 'ED is full, where do these go?'])),
      ];
      exchange(rng, messages, 'list_free_beds', { site: 'main' }, beds);
      exchange(rng, messages, 'list_pending_admissions', {}, patients);
      return {
        messages,
        tools: [tool('list_free_beds', 'Free beds now.', { site: str }), tool('list_pending_admissions', 'Patients waiting for a bed.', {}), tool('assign_bed', 'Assign.', { patient: str, bed: str })],
        response_format: jsonSchema('placement', { assignments: list(obj({ patient: str, bed: str })), total_cost: num }),
      };
    },
  },
  {
    id: 'xt-ub-appliance-hours', label: 'utility_based', difficulty: 'medium', variants: 4,
    rationale: 'Each appliance could run in several windows; the agent trades tariff cost against a comfort penalty to choose the hours.',
    make(rng, i) {
      const lang = (['de', 'en', 'fr', 'en'] as Lang[])[i]!;
      const prices = Array.from({ length: 8 }, (_, k) => `${pad(14 + k)}h ${rng.int(12, 48)}ct`).join(' ');
      const messages: ChatMessage[] = [
        sys(t(lang, { de: 'Energie-Assistent im Smart Home. Hausanschluss max. 7 kW.', en: 'Home energy assistant. Grid connection 7 kW max.', fr: 'Assistant énergie de la maison. Abonnement 7 kW max.' })),
        user(t(lang, {
          de: `Strompreise heute: ${prices}. Waschmaschine (2 h, 2 kW), Trockner (1,5 h, 3 kW, erst nach der Waschmaschine), Auto laden (bis 22 kWh, 11 kW Wallbox auf 3,7 kW gedrosselt). Jede Stunde später als 20 Uhr für die Wäsche nervt mich etwa wie 30 ct. Wann läuft was?`,
          en: `Prices today: ${prices}. Washer (2 h, 2 kW), dryer (1.5 h, 3 kW, after the washer), EV (up to 22 kWh at 3.7 kW). Every hour the laundry finishes after 8pm bothers me about as much as 30p. When does each run?`,
          fr: `Prix aujourd’hui : ${prices}. Lave-linge (2 h, 2 kW), sèche-linge (1 h 30, 3 kW, après le lave-linge), voiture (jusqu’à 22 kWh à 3,7 kW). Chaque heure de linge fini après 20 h me gêne autant que 30 cts. Quand lancer quoi ?`,
        })),
      ];
      return { lang, messages, tools: [tool('schedule_device', 'Set a start time.', { device: oneOf('washer', 'dryer', 'ev'), start_hour: int })] };
    },
  },

  // ---------------------------------------------------------------- goal_based
  {
    id: 'xt-gb-crate-moves', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'All crates must end up in one bay; the answer is a legal sequence of forklift moves that gets there, found by search.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'ja', 'es'] as Lang[])[i]!;
      const bays = Array.from({ length: 4 }, (_, b) => `${t(lang, { en: 'Bay', de: 'Platz', ja: 'ベイ', es: 'Muelle' })} ${b + 1}: ${Array.from({ length: rng.int(0, 3) }, () => `C${rng.int(1, 9)}`).join(', ') || '—'}`);
      const target = rng.int(1, 4);
      const rules = t(lang, {
        en: `The forklift carries one crate at a time and can only drive between neighbouring bays (1-2-3-4). Bay ${target} holds at most 6. Bay 2 is blocked by a pallet until crate C${rng.int(1, 9)} is out of it.`,
        de: `Der Stapler trägt eine Kiste auf einmal und fährt nur zwischen benachbarten Plätzen (1-2-3-4). Platz ${target} fasst höchstens 6. Platz 2 ist gesperrt, bis Kiste C${rng.int(1, 9)} draußen ist.`,
        ja: `フォークリフトは一度に1箱、隣のベイ（1-2-3-4）にしか移動できない。ベイ${target}は最大6箱。C${rng.int(1, 9)}を出すまでベイ2は通れない。`,
        es: `La carretilla lleva una caja cada vez y solo va entre muelles vecinos (1-2-3-4). El muelle ${target} admite 6 como máximo. El 2 está bloqueado hasta sacar la caja C${rng.int(1, 9)}.`,
      });
      const ask = t(lang, { en: `Get every crate into bay ${target} with as few drives as you can. List the moves.`, de: `Bring alle Kisten auf Platz ${target}, mit möglichst wenig Fahrten. Liste die Züge.`, ja: `全部の箱をベイ${target}に集めて。移動回数はできるだけ少なく。手順を列挙して。`, es: `Lleva todas las cajas al muelle ${target} con el menor número de viajes. Enumera los movimientos.` });
      return { lang, messages: [user(`${t(lang, { en: 'Forklift at bay 1.', de: 'Stapler an Platz 1.', ja: 'フォークリフトはベイ1。', es: 'Carretilla en el muelle 1.' })}\n${bays.join('\n')}\n\n${rules}\n${ask}`)], response_format: rng.chance(0.4) ? jsonSchema('moves', { moves: list(obj({ crate: str, from: int, to: int })) }) : undefined };
    },
  },
  {
    id: 'xt-gb-rental-search', label: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'Before searching, the agent must enumerate the queries so that every combination of the user’s alternatives is covered once: coverage, not trade-off.',
    make(rng, i) {
      const lang = (['es', 'en', 'de', 'fr', 'en'] as Lang[])[i]!;
      const req = t(lang, {
        es: `Coche de alquiler en ${rng.pick(['Málaga', 'Tenerife', 'Bilbao'])}: recoger en el aeropuerto o en la estación, el ${rng.int(2, 9)} o el ${rng.int(10, 20)} de julio, 5 días; tiene que ser automático o híbrido, y caber una silla de bebé.`,
        en: `Campervan from ${rng.pick(['Christchurch', 'Calgary', 'Reykjavik'])}, pick-up ${rng.int(2, 9)} or ${rng.int(10, 20)} Aug, 10 or 12 nights, sleeps 3 or 4, one-way drop in a different city is fine.`,
        de: `Mietwagen in ${rng.pick(['Palermo', 'Porto', 'Split'])}: Abholung Flughafen oder Innenstadt, am ${rng.int(2, 9)}. oder ${rng.int(10, 20)}. Mai, 7 Tage, Automatik oder Diesel, Kindersitz.`,
        fr: `Location de voiture à ${rng.pick(['Nice', 'Ajaccio', 'Montpellier'])} : prise à l’aéroport ou à la gare, le ${rng.int(2, 9)} ou le ${rng.int(10, 20)} juin, 4 jours, boîte auto ou électrique.`,
      });
      const sysText = rng.pick([
        'Rental search agent. The search API takes one location, one date and one vehicle filter per call. First output the full list of calls so that each combination of the user’s alternatives is searched exactly once; no duplicates, nothing missing.',
        'You prepare the query batch for search_rentals (one location, one date, one filter per query). Every allowed combination must appear once. Output only the batch.',
      ]);
      return {
        lang, messages: [sys(sysText), user(req)],
        tools: [tool('search_rentals', 'Search rentals.', { location: str, pickup_date: str, days: int, filter: str })],
        response_format: jsonSchema('query_batch', { queries: list(obj({ location: str, pickup_date: str, days: int, filter: str })) }),
      };
    },
  },
  {
    id: 'xt-gb-robot-tidy', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'The whole scene is visible in one perception result and a target arrangement is given; the robot must produce the pick-and-place sequence that reaches it.',
    make(rng, i) {
      const lang = (['en', 'zh', 'en', 'de', 'pt'] as Lang[])[i]!;
      const objects = rng.sample(['red mug', 'blue mug', 'cereal box', 'plate', 'remote', 'book', 'toy car', 'sock'], 5);
      const places = ['table', 'sofa', 'floor', 'counter', 'shelf_top'];
      const request = t(lang, {
        en: `Tidy the living room before my parents arrive: mugs and plates into the dishwasher, books and the remote on the shelf, toys in the toy box. The dishwasher is closed.`,
        zh: '把客厅收拾好：杯子和盘子放进洗碗机，书和遥控器放到书架上，玩具放进玩具箱。洗碗机现在是关着的。',
        de: 'Räum das Wohnzimmer auf: Tassen und Teller in die Spülmaschine, Bücher und Fernbedienung ins Regal, Spielzeug in die Kiste. Die Spülmaschine ist zu.',
        pt: 'Arruma a sala: canecas e pratos na lava-louça, livros e controle remoto na estante, brinquedos na caixa. A lava-louça está fechada.',
      });
      const messages: ChatMessage[] = [sys(rng.pick(['Household robot with one arm. The gripper holds one object at a time. Reply with the full sequence of primitive actions, then execute the first one.', 'Home robot (single gripper). Work out every action needed, in order, then start.'])), user(request)];
      exchange(rng, messages, 'perceive_room', { room: 'living_room' }, { objects: objects.map((o) => ({ name: o, on: rng.pick(places) })), containers: { dishwasher: 'closed', toy_box: 'open', shelf: `${rng.int(1, 3)} free slots` } });
      return { lang, messages, tools: [tool('perceive_room', 'Full scene graph of a room.', { room: str }), tool('pick', 'Pick an object.', { object: str }), tool('place', 'Place the held object.', { target: str }), tool('open', 'Open a container.', { container: str })] };
    },
  },
  {
    id: 'xt-gb-filing-sequence', label: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'A filing must be accepted by a deadline and the steps have prerequisites; the answer is a feasible ordered sequence, not a trade-off.',
    make(rng, i) {
      const lang = (['en', 'de', 'fr', 'en', 'es'] as Lang[])[i]!;
      const steps = t(lang, {
        en: `- board resolution (needs 2 directors' signatures; Ortiz travels until the ${rng.int(8, 12)}th)\n- notarised copy of the resolution (notary books 2 days ahead)\n- updated shareholder list (after the resolution)\n- registry form HR-${rng.int(10, 40)} (needs the notarised copy and the list)\n- fee payment (same day as the form; portal closes 16:00)`,
        de: `- Gesellschafterbeschluss (2 Unterschriften; Ortiz ist bis zum ${rng.int(8, 12)}. verreist)\n- notarielle Beglaubigung (Notar braucht 2 Tage Vorlauf)\n- neue Gesellschafterliste (nach dem Beschluss)\n- Registeranmeldung (braucht Beglaubigung und Liste)\n- Gebühr (am selben Tag wie die Anmeldung)`,
        fr: `- décision des associés (2 signatures ; Ortiz est absent jusqu’au ${rng.int(8, 12)})\n- copie certifiée chez le notaire (rendez-vous à J+2)\n- liste des associés à jour (après la décision)\n- formulaire du greffe (exige la copie certifiée et la liste)\n- paiement des frais (le jour du dépôt)`,
        es: `- acta de la junta (2 firmas; Ortiz está de viaje hasta el ${rng.int(8, 12)})\n- copia notarial (el notario pide 2 días de antelación)\n- lista de socios actualizada (después del acta)\n- formulario del registro (requiere la copia notarial y la lista)\n- pago de tasas (el mismo día del formulario)`,
      });
      const ask = t(lang, { en: `The capital increase has to be registered by the ${rng.int(18, 24)}th. Put the steps in an order that works and date each one.`, de: `Die Kapitalerhöhung muss bis zum ${rng.int(18, 24)}. eingetragen sein. In welcher Reihenfolge, an welchem Tag?`, fr: `L’augmentation de capital doit être enregistrée avant le ${rng.int(18, 24)}. Dans quel ordre, et à quelles dates ?`, es: `La ampliación de capital debe estar inscrita antes del ${rng.int(18, 24)}. ¿En qué orden y qué día cada paso?` });
      return { lang, messages: [sys(rng.pick(['Legal operations assistant for corporate filings.', 'Paralegal assistant.', 'You help the company secretary get filings done on time.'])), user(`${steps}\n\n${ask}`)], response_format: rng.chance(0.5) ? jsonSchema('sequence', { steps: list(obj({ step: str, date: str, depends_on: list(str) })) }) : undefined };
    },
  },
  {
    id: 'xt-gb-degree-path', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'Graduation requirements and prerequisite chains define an end condition; the agent must find term-by-term course sequence that satisfies them.',
    make(rng, i) {
      const lang = (['pt', 'en', 'fr', 'en', 'zh'] as Lang[])[i]!;
      const prereq = rng.chance(0.5)
        ? `CS201 requires CS101. CS301 requires CS201. MATH210 requires MATH110. CS350 requires CS201 and MATH210. CAPSTONE requires CS350 (${rng.pick(['spring only', 'fall only'])}). STAT200 has no prerequisite (${rng.pick(['any term', 'fall only'])}).`
        : `Catalogue excerpt:\n- CS201 (prereq CS101)\n- CS301 (prereq CS201)\n- MATH210 (prereq MATH110)\n- CS350 (prereq CS201, MATH210)\n- CAPSTONE (prereq CS350; ${rng.pick(['spring only', 'fall only'])})\n- STAT200 (${rng.pick(['any term', 'fall only'])})`;
      const ask = t(lang, {
        pt: `Já fiz CS101 e MATH110. Preciso terminar CAPSTONE, CS301 e STAT200 para me formar em no máximo ${rng.int(3, 4)} semestres, com no máximo 3 disciplinas por semestre, começando no ${rng.pick(['outono', 'primavera'])}. Monte a sequência.`,
        en: `Done: CS101, MATH110. To graduate I still need CS301, STAT200 and the CAPSTONE, within ${rng.int(3, 4)} terms, max 3 courses a term, starting ${rng.pick(['fall', 'spring'])}. Which courses in which term?`,
        fr: `J’ai validé CS101 et MATH110. Pour le diplôme il me faut CS301, STAT200 et le CAPSTONE en ${rng.int(3, 4)} semestres maximum, 3 cours par semestre, en commençant à l’${rng.pick(['automne', 'printemps'])}. Quel enchaînement ?`,
        zh: `我已修完CS101和MATH110。毕业还需要CS301、STAT200和CAPSTONE，最多${rng.int(3, 4)}个学期，每学期最多3门，从${rng.pick(['秋季', '春季'])}开始。每学期修什么？`,
      });
      const messages: ChatMessage[] = [sys('Academic advising assistant.'), user(`${prereq}\n\n${ask}`)];
      if (rng.chance(0.4)) {
        messages.push(say(t(lang, { en: 'Is any course offered in only one term besides the capstone?', pt: 'Alguma disciplina além do capstone só é oferecida em um semestre?', fr: 'Un autre cours que le capstone n’est-il proposé qu’à un seul semestre ?', zh: '除了毕业设计，还有只在某个学期开的课吗？' })));
        messages.push(user(t(lang, { en: 'CS301 only runs in fall.', pt: 'CS301 só no outono.', fr: 'CS301 seulement à l’automne.', zh: 'CS301只在秋季开。' })));
      }
      return { lang, messages };
    },
  },
  {
    id: 'xt-gb-rail-connection', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'The traveller must arrive by a fixed time; the agent queries a timetable tool leg by leg to find any connection chain that makes it.',
    make(rng, i) {
      const lang = (['de', 'en', 'fr', 'ja', 'en'] as Lang[])[i]!;
      const [from, to] = rng.pick([['Basel', 'Zermatt'], ['Lyon', 'Chamonix'], ['München', 'Bozen'], ['Osaka', 'Takayama']]);
      const by = `${rng.int(11, 15)}:${rng.pick(['00', '30'])}`;
      const messages: ChatMessage[] = [
        sys(t(lang, { de: 'Reiseassistent mit Fahrplanauskunft.', en: 'Rail travel assistant with timetable access.', fr: 'Assistant voyage avec accès aux horaires.', ja: '時刻表検索ができる鉄道旅行アシスタント。' })),
        user(t(lang, { de: `Ich muss morgen spätestens ${by} in ${to} sein, Start ${from}, frühestens 06:00. Mindestens 8 Minuten zum Umsteigen.`, en: `I need to be in ${to} by ${by} tomorrow, leaving ${from} no earlier than 06:00. I need 8 min for any change.`, fr: `Je dois être à ${to} demain avant ${by}, départ de ${from} pas avant 6 h. Il me faut 8 min par correspondance.`, ja: `明日${by}までに${to}に着きたい。${from}発は6時以降。乗換は最低8分。` })),
      ];
      const legs = rng.int(1, 3);
      let hub = from;
      for (let k = 0; k < legs; k++) {
        const next = rng.pick(['Visp', 'Bern', 'Annecy', 'Innsbruck', 'Nagoya', 'Brig', 'Genève']);
        exchange(rng, messages, 'search_trains', { from: hub, to: rng.chance(0.5) ? to : next, depart_after: `0${6 + k}:00` }, Array.from({ length: rng.int(2, 3) }, () => ({ dep: `${pad(rng.int(6, 12))}:${pad(rng.int(0, 59))}`, arr: `${pad(rng.int(8, 14))}:${pad(rng.int(0, 59))}`, to: next, changes: rng.int(0, 1) })));
        hub = next;
      }
      return { lang, messages, tools: [tool('search_trains', 'Timetable search.', { from: str, to: str, depart_after: str }), tool('hold_seat', 'Reserve a seat.', { train_id: str })] };
    },
  },
  {
    id: 'xt-gb-line-changeover', label: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'A line must be brought from one product configuration to another; steps have preconditions, and any valid order that ends in the target configuration will do.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'en', 'zh'] as Lang[])[i]!;
      const from = rng.pick(['500 ml PET still', '330 ml can', '1 L carton']);
      const to = rng.pick(['250 ml glass sparkling', '750 ml glass', '1.5 L PET']);
      const facts = t(lang, {
        en: `Now: line 2 running ${from}. Target: ready to start ${to} — filler nozzles set, capper heads swapped, labeller loaded, CIP rinse done, QA first-article signed.\nConstraints: CIP needs the line stopped and the filler empty; capper swap needs the guard open, which needs the line stopped; labeller can be loaded any time the reel arm is free; QA only after CIP and after the capper is back in.`,
        de: `Jetzt: Linie 2 läuft mit ${from}. Ziel: startklar für ${to} — Füllerdüsen, Verschließerköpfe getauscht, Etikettierer bestückt, CIP gespült, QS-Erstmuster freigegeben.\nRegeln: CIP nur bei stehender Linie und leerem Füller; Kopfwechsel nur mit offener Schutzhaube, die nur bei Stillstand aufgeht; QS erst nach CIP und nach Wiedereinbau.`,
        es: `Ahora: la línea 2 produce ${from}. Objetivo: lista para arrancar ${to} — boquillas, cabezales de tapado cambiados, etiquetadora cargada, CIP hecho, primera pieza aprobada por calidad.\nReglas: CIP con la línea parada y la llenadora vacía; cambio de cabezales con la protección abierta (solo con la línea parada); calidad después del CIP y del montaje.`,
        zh: `现在：2号线在生产${from}。目标：可以开始生产${to}——灌装嘴调好、旋盖头更换、贴标机上卷、CIP清洗完成、首件质检签字。\n约束：CIP需要停线并排空灌装机；换旋盖头需要打开防护罩，而防护罩只在停线时能开；质检必须在CIP和旋盖头装回之后。`,
      });
      return { lang, messages: [sys(rng.pick(['Changeover assistant for the bottling hall. Answer with the ordered steps.', 'Manufacturing operations copilot.'])), user(facts)], response_format: rng.chance(0.5) ? jsonSchema('changeover', { steps: list(obj({ action: str, requires: list(str) })), ready: bool }) : undefined };
    },
  },
];
