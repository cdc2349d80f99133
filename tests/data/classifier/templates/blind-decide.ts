// Blind held-out families, part 2: goal_based and utility_based. Written from the type
// definitions only (see blind.ts).
import type { ChatMessage } from '../../../../src/core/types';
import {
  type Family, type Lang, bool, exchange, int, jsonSchema, langAt, list, num, obj, oneOf, pad, say, str, sys, t, tool, user,
} from './kit';

export const blindDecide: Family[] = [
  // ---------------------------------------------------------------- goal_based
  {
    id: 'bl-gb-degree-sequence', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'A required end point (all major requirements done by a given term) plus a prerequisite graph and term offerings: the answer is a term-by-term sequence that reaches it.',
    make(rng, i) {
      const lang = langAt(['en', 'es', 'en', 'de', 'zh'], i);
      const catalog = [
        'CS101 (fall, spring) – none', 'CS102 (spring) – CS101', 'MATH120 (fall, spring) – none', 'MATH220 (fall) – MATH120',
        'CS201 (fall) – CS102', 'CS210 (spring) – CS102, MATH120', 'CS301 (fall) – CS201, CS210', 'CS330 (spring) – CS210, MATH220',
        'CS390 capstone (spring) – CS301 and one of CS330/CS340', 'CS340 (fall) – CS201',
      ];
      const done = rng.sample(['CS101', 'MATH120', 'CS102'], rng.int(1, 3));
      const finish = rng.pick(['spring 2027', 'spring 2028']);
      const cap = rng.int(2, 3);
      const ask = t(lang, {
        en: `I've done ${done.join(', ')}. I need CS301, CS330 and the CS390 capstone finished by ${finish}, max ${cap} CS/MATH courses a term, starting fall 2025. ${rng.pick(['Lay out what I take each term.', 'Can you make me a plan, term by term?'])} If it can't be done say which constraint breaks.`,
        es: `Ya aprobé ${done.join(', ')}. Necesito terminar CS301, CS330 y el proyecto final CS390 antes de ${finish}, máximo ${cap} cursos CS/MATH por cuatrimestre, empezando en otoño 2025. Dime qué curso en cada cuatrimestre; si no se puede, qué restricción falla.`,
        de: `Ich habe ${done.join(', ')} abgeschlossen. CS301, CS330 und das Abschlussprojekt CS390 müssen bis ${finish} fertig sein, höchstens ${cap} CS/MATH-Kurse pro Semester, Start Herbst 2025. Welche Kurse belege ich in welchem Semester? Falls unmöglich: welche Bedingung scheitert?`,
        zh: `我已经修完 ${done.join('、')}。我需要在 ${finish} 之前完成 CS301、CS330 和毕业设计 CS390，每学期最多 ${cap} 门 CS/MATH 课，从 2025 年秋季开始。请列出每学期该上哪些课；如果做不到，说明哪个条件不满足。`,
      });
      return {
        lang,
        messages: [sys(`Academic advising assistant. Catalog (terms offered – prerequisites):\n${catalog.join('\n')}`), user(ask)],
        response_format: rng.chance(0.5) ? jsonSchema('course_sequence', { feasible: bool, terms: list(obj({ term: str, courses: list(str) })), blocking_constraint: str }) : undefined,
      };
    },
  },
  {
    id: 'bl-gb-courier-robot', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'A delivery robot must reach a named recipient through a building graph (floors, lifts, badge doors), replanning when a lift is out; each turn asks for the next navigation step.',
    make(rng, i) {
      const lang = langAt(['en', 'en', 'ja', 'en', 'fr'], i);
      const ward = rng.pick(['5 West', '4 North', '6 Oncology', '3 Paediatrics']);
      const floor = Number(ward[0]);
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: `You drive a hospital delivery robot. ${rng.pick(['Mission', 'Goal'])}: take tote ${rng.int(100, 999)} (controlled meds) from Pharmacy B1 to the nurse station on ${ward} and hand it over to a nurse with a valid badge. Use the tools one at a time.`,
          ja: `病院配送ロボットを操作します。任務：管理薬剤のトート${rng.int(100, 999)}を地下1階薬剤部から ${ward} のナースステーションへ運び、有効なバッジを持つ看護師に手渡すこと。ツールは一度に一つずつ使ってください。`,
          fr: `Tu pilotes un robot de livraison hospitalier. Mission : apporter le bac ${rng.int(100, 999)} (stupéfiants) de la pharmacie B1 au poste de soins de ${ward} et le remettre à un·e infirmier·ère avec un badge valide. Un outil à la fois.`,
        })),
      ];
      exchange(rng, messages, 'locate', {}, { at: 'B1/pharmacy_dispatch', battery_pct: rng.int(35, 90), payload: 'locked' });
      exchange(rng, messages, 'navigate_to', { waypoint: 'B1/lift_bank_A' }, { arrived: true, eta_s: rng.int(40, 90) });
      exchange(rng, messages, 'call_lift', { bank: 'A', to_floor: floor }, rng.pick([{ ok: false, error: 'LIFT_A_OUT_OF_SERVICE until 14:00' }, { ok: false, error: 'LIFT_A_RESERVED (patient transfer), wait > 15 min' }]));
      if (rng.chance(0.6)) exchange(rng, messages, 'get_map', { floor: 'B1' }, { waypoints: ['pharmacy_dispatch', 'lift_bank_A', 'service_lift_C (badge door D-B1-07 on the way)', 'stairs_2 (robot cannot use)'] });
      return {
        lang, messages,
        tools: [
          tool('locate', 'Current position, battery and payload.', {}),
          tool('get_map', 'Waypoints on a floor.', { floor: str }),
          tool('navigate_to', 'Drive to a waypoint on the current floor.', { waypoint: str }),
          tool('call_lift', 'Call a lift bank and ride to a floor.', { bank: str, to_floor: int }),
          tool('request_door', 'Ask security to open a badge door.', { door_id: str }),
          tool('handover', 'Unlock the tote for a badge scan.', { recipient_role: oneOf('nurse', 'pharmacist') }),
        ],
        tool_choice: 'required',
      };
    },
  },
  {
    id: 'bl-gb-trademark-filing', label: 'goal_based', difficulty: 'medium', variants: 4,
    rationale: 'The agent works through a filing portal’s API toward a submitted trademark application; it chooses the next call from what is still missing for that end point.',
    make(rng, i) {
      const lang = langAt(['en', 'fr', 'en', 'de'], i);
      const mark = rng.pick(['LUMENOVA', 'Kraftwerk Kaffee', 'BLUE HERON LABS', 'Solvita']);
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: 'IP paralegal agent with access to the EUIPO filing API sandbox. Work until the application is submitted or you need the attorney.',
          fr: 'Agent paralégal PI avec accès à l’API de dépôt EUIPO (sandbox). Continue jusqu’au dépôt de la demande ou jusqu’à ce que l’avocat doive intervenir.',
          de: 'Markenrechts-Assistenz mit Zugriff auf die EUIPO-Anmelde-API (Sandbox). Arbeite, bis die Anmeldung eingereicht ist oder die Anwältin gebraucht wird.',
        })),
        user(t(lang, {
          en: `File a word mark "${mark}" for the client, classes 9 and 42 (software; SaaS). Client has the fee budget approved. Do a clash check first.`,
          fr: `Déposer la marque verbale « ${mark} » pour le client, classes 9 et 42 (logiciels ; SaaS). Le budget des taxes est validé. Fais d’abord une recherche d’antériorités.`,
          de: `Wortmarke „${mark}“ für den Mandanten anmelden, Klassen 9 und 42 (Software; SaaS). Gebührenbudget ist freigegeben. Vorher Kollisionsprüfung.`,
        })),
      ];
      exchange(rng, messages, 'search_register', { text: mark, classes: [9, 42] }, { hits: rng.pick([[], [{ mark: `${mark.split(' ')[0]}A`, classes: [35], status: 'registered' }]]) });
      exchange(rng, messages, 'create_application', { mark_type: 'word', text: mark, applicant_id: `CL-${rng.int(1000, 9999)}` }, { application_id: `DRAFT-${rng.int(100000, 999999)}`, missing: ['goods_services', 'fee', 'language_2'] });
      if (rng.chance(0.6)) exchange(rng, messages, 'add_goods_services', { class: 9, terms: ['downloadable software'] }, { ok: true, missing: ['goods_services(42)', 'fee', 'language_2'] });
      return {
        lang, messages,
        tools: [
          tool('search_register', 'Search existing marks.', { text: str, classes: list(int) }),
          tool('create_application', 'Open a draft application.', { mark_type: str, text: str, applicant_id: str }),
          tool('add_goods_services', 'Add terms for one class.', { class: int, terms: list(str) }),
          tool('set_second_language', 'Choose the second language.', { lang: oneOf('en', 'fr', 'de', 'es', 'it') }),
          tool('pay_fee', 'Pay the filing fee from the client account.', { application_id: str }),
          tool('submit', 'Submit the application.', { application_id: str }),
          tool('ask_attorney', 'Escalate a question.', { question: str }),
        ],
      };
    },
  },
  {
    id: 'bl-gb-line-changeover', label: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'The line must be brought from running product A to producing conforming product B; the tasks have precedence rules, so the answer is an ordered sequence to that end condition.',
    make(rng, i) {
      const lang = langAt(['en', 'de', 'en', 'pt', 'en'], i);
      const [from, to] = rng.pick([['500 ml PET still water', '1 l PET sparkling'], ['yoghurt cup 150 g (plain)', 'yoghurt cup 500 g (hazelnut, allergen)'], ['M8 flange bolt', 'M10 flange bolt']] as const);
      const tasks = [
        'T1 stop infeed and run out the line', 'T2 lock-out/tag-out', 'T3 swap format parts (die / guides)', 'T4 CIP rinse (allergen or product change only)',
        'T5 remove LOTO', 'T6 load new recipe on HMI', 'T7 calibrate checkweigher / vision', 'T8 first-article inspection by QA', 'T9 release to production',
      ];
      const rule = t(lang, {
        en: 'Rules: T3 and T4 only under LOTO; T7 needs power on; QA only signs T8 after T7; T6 can be done any time power is on.',
        de: 'Regeln: T3 und T4 nur unter LOTO; T7 braucht Strom; QA zeichnet T8 erst nach T7 ab; T6 jederzeit bei eingeschaltetem Strom.',
        pt: 'Regras: T3 e T4 só com LOTO; T7 precisa de energia; a QA só assina T8 depois de T7; T6 pode ser feita sempre que houver energia.',
      });
      const ask = t(lang, {
        en: `Line 3 is running ${from}. Next order is ${to}. Give me the changeover sequence so we end with QA release of the first good unit.`,
        de: `Linie 3 läuft mit ${from}. Nächster Auftrag: ${to}. Gib mir die Umrüstreihenfolge, sodass am Ende die QS-Freigabe des ersten Gutteils steht.`,
        pt: `A linha 3 está a produzir ${from}. Próxima ordem: ${to}. Dá-me a sequência de troca para terminarmos com a liberação da QA da primeira unidade boa.`,
      });
      const messages: ChatMessage[] = [];
      if (rng.chance(0.6)) messages.push(sys(rng.pick(['Changeover assistant for the packaging hall.', 'You help shift leads with SMED changeovers. Be concise.'])));
      messages.push(user(`${ask}\n\n${rng.sample(tasks, tasks.length).join('\n')}\n\n${rule}`));
      return { lang, messages, response_format: rng.chance(0.5) ? jsonSchema('changeover_sequence', { order: list(oneOf('T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9')), skip: list(str) }) : undefined };
    },
  },
  {
    id: 'bl-gb-pitr-restore', label: 'goal_based', difficulty: 'hard', variants: 5,
    rationale: 'An operator agent has a concrete target (one production table back to its content at a given minute, no downtime) and chains restore tools toward it, choosing the next call.',
    make(rng) {
      const tbl = rng.pick(['orders', 'payouts', 'subscriptions', 'shipments']);
      const t0 = `${pad(rng.int(9, 16))}:${pad(rng.int(0, 59))}`;
      const messages: ChatMessage[] = [
        sys(rng.pick([
          'DB ops agent for Postgres on RDS. You may create scratch instances freely; anything touching prod needs a final swap step the on-call has pre-approved for this incident.',
          'You are the incident helper bot. Tools are live. Prefer reversible actions.',
        ])),
        user(`INC-${rng.int(2000, 9999)}: a bad migration truncated public.${tbl} in prod at ${t0} UTC. Get ${tbl} back to exactly what it was right before ${t0}, keep rows written since then if possible, and don't take the app down.`),
      ];
      exchange(rng, messages, 'list_backups', { db: 'prod-main' }, { snapshots: [{ id: `snap-${rng.int(1000, 9999)}`, taken: '03:00Z' }], wal_archive_until: 'now', pitr_supported: true });
      exchange(rng, messages, 'restore_to_scratch', { db: 'prod-main', until: `${t0}:00Z minus 1s` }, { instance: `scratch-${rng.int(10, 99)}`, status: 'available', minutes: rng.int(14, 40) });
      if (rng.chance(0.7)) exchange(rng, messages, 'run_sql', { instance: 'scratch', sql: `select count(*) from public.${tbl}` }, `count\n${rng.int(80000, 900000)}`);
      if (rng.chance(0.5)) exchange(rng, messages, 'run_sql', { instance: 'prod-main', sql: `select count(*) from public.${tbl}` }, `count\n${rng.int(10, 900)}`);
      return {
        messages,
        tools: [
          tool('list_backups', 'Snapshots and WAL coverage.', { db: str }),
          tool('restore_to_scratch', 'Point-in-time restore into a new instance.', { db: str, until: str }),
          tool('run_sql', 'Run SQL on an instance.', { instance: str, sql: str }),
          tool('copy_table', 'Copy a table between instances (postgres_fdw).', { from_instance: str, to_instance: str, table: str, as_name: str }),
          tool('swap_tables', 'Atomic rename swap in prod (pre-approved).', { a: str, b: str }),
        ],
      };
    },
  },
  {
    id: 'bl-gb-retrosynthesis', label: 'goal_based', difficulty: 'hard', variants: 4,
    rationale: 'A target compound, a stock of building blocks and allowed reactions define a search space; the request is for a reaction route that ends at the target.',
    make(rng, i) {
      const lang = langAt(['en', 'ja', 'en', 'de'], i);
      const target = rng.pick(['4-acetamidobenzoic acid methyl ester', 'N-benzyl-4-methoxyaniline', '2-phenylbenzoxazole', 'ethyl 3-phenylpropanoate']);
      const stock = rng.sample(['4-aminobenzoic acid', 'methanol', 'acetic anhydride', 'p-anisidine', 'benzaldehyde', 'NaBH(OAc)3', '2-aminophenol', 'benzoic acid', 'cinnamic acid', 'ethanol', 'H2, Pd/C', 'SOCl2', 'H2SO4 (cat.)'], rng.int(7, 11));
      const rxn = 'Allowed: Fischer esterification, acylation with anhydride or acid chloride, reductive amination, catalytic hydrogenation of C=C, condensation/cyclisation to benzoxazole, acid chloride formation.';
      const ask = t(lang, {
        en: `Target: ${target}. In stock: ${stock.join(', ')}. ${rxn} Give a route (≤ 3 steps) from stock only, with conditions per step. Say if a reagent we lack is needed.`,
        ja: `目的化合物：${target}。在庫：${stock.join('、')}。${rxn} 在庫品のみから3工程以内の合成経路と各工程の条件を示してください。不足試薬があれば指摘してください。`,
        de: `Zielverbindung: ${target}. Vorrätig: ${stock.join(', ')}. ${rxn} Gib eine Syntheseroute (≤ 3 Stufen) nur aus dem Vorrat, mit Bedingungen je Stufe. Sag, falls ein fehlendes Reagenz nötig ist.`,
      });
      return {
        lang,
        messages: [sys('Synthesis route assistant for a teaching lab.'), user(ask)],
        response_format: rng.chance(0.5) ? jsonSchema('route', { steps: list(obj({ reaction: str, reactants: list(str), product: str, conditions: str })), missing_reagents: list(str) }) : undefined,
      };
    },
  },
  {
    id: 'bl-gb-git-history', label: 'goal_based', difficulty: 'medium', variants: 5,
    rationale: 'The repository must end in a described condition (one clean commit on main, a leaked file gone from history, force-pushed); the agent inspects and picks the next command toward it.',
    make(rng, i) {
      const lang = langAt(['en', 'en', 'zh', 'en', 'es'], i);
      const branch = rng.pick(['feat/export-csv', 'fix/timezone-drift', 'chore/bump-deps']);
      const leak = rng.pick(['.env', 'config/prod-keys.json', 'secrets.yaml']);
      const messages: ChatMessage[] = [
        sys('Git assistant with a shell in the user’s clone. Run one command at a time with run_git. Never push to main.'),
        user(t(lang, {
          en: `On ${branch}: I want a single commit on top of the current origin/main, ${leak} gone from every commit on this branch, then force-push the branch for the PR.`,
          zh: `在 ${branch} 分支上：我想把它变成基于当前 origin/main 的一个提交，把 ${leak} 从这个分支的所有提交里彻底删除，然后强推这个分支给 PR 用。`,
          es: `En ${branch}: quiero un único commit encima del origin/main actual, que ${leak} desaparezca de todos los commits de esta rama y luego hacer force-push de la rama para la PR.`,
        })),
      ];
      exchange(rng, messages, 'run_git', { args: 'status -sb' }, `## ${branch}...origin/${branch} [ahead ${rng.int(2, 6)}]\n M src/app.ts`);
      exchange(rng, messages, 'run_git', { args: 'log --oneline origin/main..HEAD' }, Array.from({ length: rng.int(3, 6) }, (_, k) => `${rng.int(0x1000000, 0xfffffff).toString(16)} ${k === 1 ? `add ${leak} for local testing` : rng.pick(['wip', 'fix tests', 'address review', 'more work'])}`).join('\n'));
      if (rng.chance(0.5)) exchange(rng, messages, 'run_git', { args: 'fetch origin' }, `From github.com:acme/app\n   ${rng.int(0x1000000, 0xfffffff).toString(16)}..${rng.int(0x1000000, 0xfffffff).toString(16)}  main -> origin/main`);
      return { lang, messages, tools: [tool('run_git', 'Run a git command in the repo.', { args: str }), tool('ask_user', 'Ask the user a question.', { question: str })] };
    },
  },

  // ---------------------------------------------------------------- utility_based
  {
    id: 'bl-ub-clinic-slots', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'More patients than slots, each with a clinical priority weight, time preferences and travel burden: the answer is the assignment with the highest total value under hard constraints.',
    make(rng, i) {
      const lang = langAt(['en', 'es', 'en', 'fr', 'en'], i);
      const slots = ['Tue 09:00 Dr Okafor', 'Tue 11:30 Dr Okafor', 'Wed 14:00 Dr Lind (interpreter available)', 'Thu 08:30 Dr Lind', 'Fri 16:00 Dr Okafor'].slice(0, rng.int(3, 5));
      const patients = Array.from({ length: slots.length + rng.int(1, 3) }, (_, k) => `P${k + 1}: priority ${rng.int(1, 5)}, prefers ${rng.pick(['mornings', 'afternoons', 'any', 'not Fri'])}, travel ${rng.int(5, 90)} min${rng.chance(0.25) ? ', needs interpreter' : ''}${rng.chance(0.2) ? `, waited ${rng.int(20, 60)} days` : ''}`);
      const head = t(lang, {
        en: 'Fill this week’s follow-up slots. Score = 10×priority + 3 if preference met − travel/15 + 0.2×days waited. Interpreter-needing patients only in interpreter slots. One slot per patient. Return assignments and who waits.',
        es: 'Rellena los huecos de seguimiento de esta semana. Puntuación = 10×prioridad + 3 si se respeta la preferencia − desplazamiento/15 + 0,2×días de espera. Pacientes con intérprete solo en huecos con intérprete. Un hueco por paciente. Devuelve las asignaciones y quién espera.',
        fr: 'Remplis les créneaux de suivi de la semaine. Score = 10×priorité + 3 si la préférence est respectée − trajet/15 + 0,2×jours d’attente. Patients avec interprète uniquement sur les créneaux avec interprète. Un créneau par patient. Donne les affectations et qui attend.',
      });
      return {
        lang,
        messages: [sys('Outpatient scheduling assistant.'), user(`${head}\n\nSlots:\n${slots.join('\n')}\n\nPatients:\n${patients.join('\n')}`)],
        response_format: jsonSchema('slot_assignment', { assignments: list(obj({ slot: str, patient: str })), waiting: list(str), total_score: num }),
      };
    },
  },
  {
    id: 'bl-ub-harvest-day', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Harvest days differ in expected price, quality gain, rain risk and crew cost; the farmer wants the day with the highest expected net return.',
    make(rng, i) {
      const lang = langAt(['pt', 'es', 'en', 'fr', 'en'], i);
      const crop = t(lang, { en: rng.pick(['Merlot grapes', 'table grapes', 'peaches']), pt: 'uvas Touriga Nacional', es: 'uva tempranillo', fr: 'raisin de merlot' });
      const ha = rng.int(4, 30);
      const rows = Array.from({ length: rng.int(4, 6) }, (_, d) => `D+${d}: rain ${rng.int(5, 70)}% | price ${(rng.int(80, 140) / 100).toFixed(2)} €/kg | sugar ${20 + d * 0.4 + rng.int(-3, 3) / 10}°Bx | crew ${rng.pick(['available', 'available', 'overtime +€1,900', 'only half crew'])}`);
      const ask = t(lang, {
        en: `${ha} ha of ${crop}, about ${rng.int(6, 12)} t/ha. Rain at harvest costs ~${rng.int(15, 35)}% of the crop (rot). Every 0.5°Bx above 21 adds 4% to the price. Which day do we pick, and what's the expected net vs picking today?`,
        pt: `${ha} ha de ${crop}, cerca de ${rng.int(6, 12)} t/ha. Chuva na vindima custa ~${rng.int(15, 35)}% da colheita (podridão). Cada 0,5°Bx acima de 21 soma 4% ao preço. Que dia vindimamos e qual o líquido esperado face a colher hoje?`,
        es: `${ha} ha de ${crop}, unas ${rng.int(6, 12)} t/ha. La lluvia en vendimia cuesta ~${rng.int(15, 35)}% de la cosecha (podredumbre). Cada 0,5°Bx por encima de 21 suma un 4% al precio. ¿Qué día vendimiamos y cuál es el neto esperado frente a hoy?`,
        fr: `${ha} ha de ${crop}, environ ${rng.int(6, 12)} t/ha. La pluie à la vendange coûte ~${rng.int(15, 35)} % de la récolte (pourriture). Chaque 0,5°Bx au-dessus de 21 ajoute 4 % au prix. Quel jour vendange-t-on, et quel net espéré par rapport à aujourd’hui ?`,
      });
      return { lang, messages: [user(`${ask}\n\n${rows.join('\n')}`)], temperature: 0.3 };
    },
  },
  {
    id: 'bl-ub-tower-defense-gold', label: 'utility_based', difficulty: 'easy', variants: 4,
    rationale: 'A bot spends limited gold across upgrades with different costs and effects against the announced wave; the answer is the purchase set giving the most expected damage per gold.',
    make(rng, i) {
      const lang = langAt(['en', 'ja', 'zh', 'en', 'en'], i);
      const gold = rng.int(300, 900);
      const shop = [
        `arrow_tower_lv2: ${rng.int(120, 180)}g, +${rng.int(30, 50)} dps single, hits air`,
        `cannon_lv1: ${rng.int(200, 260)}g, +${rng.int(40, 70)} dps splash, ground only`,
        `frost_totem: ${rng.int(150, 220)}g, slows 30% (≈ +25% effective dps of towers in range)`,
        `mage_lv3: ${rng.int(300, 380)}g, +${rng.int(80, 120)} dps, ignores armor`,
        `sell_cannon_lv1: +${rng.int(90, 130)}g`,
      ];
      const wave = rng.pick(['wave 14: 40 armored ground, 6 flyers', 'wave 15: 12 flyers, boss (armor 60)', 'wave 16: 80 fast swarmers ground']);
      const messages: ChatMessage[] = [
        sys(t(lang, {
          en: 'Game bot. Output the purchase list for the build phase as JSON.',
          ja: 'ゲームボット。ビルドフェーズの購入リストをJSONで出力。',
          zh: '游戏机器人。以 JSON 输出建造阶段的购买清单。',
        })),
        user(`gold=${gold}\nnext=${wave}\nlives=${rng.int(3, 20)}\nshop:\n${shop.join('\n')}`),
      ];
      return { lang, messages, response_format: jsonSchema('buy', { items: list(str), gold_left: int }), temperature: 0 };
    },
  },
  {
    id: 'bl-ub-ad-break', label: 'utility_based', difficulty: 'hard', variants: 5,
    rationale: 'Ad spots with different revenue and length compete for a fixed break under separation rules and a viewer drop-off penalty: a knapsack-style choice for the most net revenue.',
    make(rng, i) {
      const lang = langAt(['en', 'de', 'es', 'en', 'en'], i);
      const len = rng.pick([90, 120, 150]);
      const spots = Array.from({ length: rng.int(6, 9) }, (_, k) => `S${k + 1} | ${rng.pick(['auto', 'telco', 'beer', 'insurance', 'retail', 'streaming', 'auto'])} | ${rng.pick([15, 20, 30, 30, 45])}s | €${rng.int(400, 3200)} | advertiser ${rng.pick(['A', 'B', 'C', 'D', 'E'])}`);
      const rules = t(lang, {
        en: `${rng.pick(['', 'Optimise the break. '])}Fill a ${len}s break during the ${rng.pick(['second half', 'prime-time drama', 'match halftime'])}. No two spots of the same category; max one spot per advertiser; beer not before 20:00 (it is ${rng.pick(['19:40', '21:15'])}). Each 30s of break costs ~€${rng.int(150, 500)} in audience drop-off on the next segment. Unfilled seconds are filled with promos (worth 0).`,
        de: `Fülle einen ${len}s-Werbeblock. Keine zwei Spots derselben Kategorie; höchstens ein Spot pro Werbekunde; Bier nicht vor 20:00 (es ist ${rng.pick(['19:40', '21:15'])}). Jede 30 s Block kosten ~€${rng.int(150, 500)} durch Zuschauerabwanderung im nächsten Segment. Leere Sekunden füllen Eigenpromos (Wert 0).`,
        es: `Rellena una pausa de ${len}s. Nada de dos spots de la misma categoría; máximo uno por anunciante; cerveza no antes de las 20:00 (son las ${rng.pick(['19:40', '21:15'])}). Cada 30 s de pausa cuestan ~€${rng.int(150, 500)} en fuga de audiencia en el siguiente bloque. Los segundos vacíos se cubren con promos propias (valor 0).`,
      });
      return {
        lang,
        messages: [sys(rng.pick(['Traffic & scheduling assistant for a broadcaster.', 'Break builder.'])), user(`${rules}\n\nid | category | length | revenue | advertiser\n${spots.join('\n')}`)],
        response_format: rng.chance(0.6) ? jsonSchema('break_fill', { spots: list(str), used_seconds: int, net_value_eur: num }) : undefined,
      };
    },
  },
  {
    id: 'bl-ub-offer-package', label: 'utility_based', secondary: 'learning', difficulty: 'hard', variants: 4,
    rationale: 'Salary, equity and signing bonus trade off against acceptance probability and total cost within a band; the recruiter wants the package with the best expected value (the acceptance estimates come from prior offers, hence the secondary).',
    make(rng, i) {
      const lang = langAt(['en', 'en', 'de', 'fr'], i);
      const role = rng.pick(['Senior Data Engineer', 'Staff Backend Engineer', 'Product Designer', 'Site Reliability Engineer']);
      const lo = rng.int(85, 110) * 1000, hi = lo + rng.int(20, 35) * 1000;
      const combos = Array.from({ length: rng.int(4, 6) }, (_, k) => `O${k + 1}: base €${(lo + rng.int(0, hi - lo)).toLocaleString('en')} | equity ${rng.pick([0, 5, 10, 15])}k RSU/yr | sign-on €${rng.pick([0, 5000, 10000])} | est. accept ${rng.int(35, 90)}%`);
      const ask = t(lang, {
        en: `${role}, band €${lo.toLocaleString('en')}–${hi.toLocaleString('en')}. Candidate has a competing offer; losing her costs us ~€${rng.int(30, 60)}k (re-search + delay). First-year cost counts fully, equity at 50%. ${rng.pick(['Which package do we send?', 'Which one is the best bet?'])}`,
        de: `${role}, Band €${lo.toLocaleString('en')}–${hi.toLocaleString('en')}. Die Kandidatin hat ein Konkurrenzangebot; sie zu verlieren kostet uns ~€${rng.int(30, 60)}k (neue Suche + Verzögerung). Erstjahreskosten zählen voll, Equity zu 50 %. Welches Paket schicken wir?`,
        fr: `${role}, fourchette €${lo.toLocaleString('en')}–${hi.toLocaleString('en')}. La candidate a une offre concurrente ; la perdre nous coûte ~€${rng.int(30, 60)}k (nouvelle recherche + retard). Le coût de la première année compte en entier, l’equity à 50 %. Quel package envoie-t-on ?`,
      });
      return { lang, messages: [sys('Compensation assistant for the talent team.'), user(`${ask}\n\n${combos.join('\n')}`)] };
    },
  },
  {
    id: 'bl-ub-grasp-choice', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Grasp candidates differ in success probability, cycle time and collision risk; the cell controller picks the one with the highest weighted score and executes it.',
    make(rng) {
      const item = rng.pick(['shrink-wrapped bottle pack', 'polybag apparel', 'small cardboard box', 'cylindrical can']);
      const messages: ChatMessage[] = [
        sys(`Pick cell supervisor (bin picking, ${rng.pick(['vacuum + 2-finger gripper', 'suction only'])}). Cell KPI: expected picks per minute, a dropped item costs 4 s of recovery, a collision stops the cell for 90 s. Execute exactly one grasp per request.`),
        user(`Next item: ${item} in tote ${rng.pick(['T-17', 'T-03', 'T-22'])}.`),
      ];
      exchange(rng, messages, 'get_grasp_candidates', { tote: 'current', max: 5 }, Array.from({ length: rng.int(3, 5) }, (_, k) => ({ id: `g${k}`, tool: rng.pick(['suction_40mm', 'suction_20mm', 'fingers']), p_success: rng.int(55, 97) / 100, cycle_s: rng.int(30, 75) / 10, p_collision: rng.int(0, 60) / 1000 })));
      return {
        messages,
        tools: [
          tool('get_grasp_candidates', 'Grasp proposals from the vision model.', { tote: str, max: int }),
          tool('execute_grasp', 'Run a grasp by id.', { id: str }),
          tool('request_rescan', 'Take a new image (costs 1.5 s).', {}),
        ],
        tool_choice: 'required',
      };
    },
  },
  {
    id: 'bl-ub-sequencer-lanes', label: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Samples compete for a limited number of flow-cell lanes; each has a priority, read-depth need, cost and an expiry, and the lab wants the run composition worth the most.',
    make(rng, i) {
      const lang = langAt(['en', 'zh', 'en', 'de', 'en'], i);
      const lanes = rng.pick([2, 4]);
      const samples = Array.from({ length: rng.int(6, 9) }, (_, k) => `${rng.pick(['WGS', 'RNA', 'amplicon', 'exome'])}-${pad(k + 1, 3)} | needs ${rng.pick(['0.25', '0.5', '1', '0.125'])} lane | value ${rng.int(1, 10)} | ${rng.pick(['expires in 2 d', 'stable', 'stable', 'client deadline Fri', 'expires tomorrow'])}`);
      const head = t(lang, {
        en: `NovaSeq run tomorrow, ${lanes} lanes. A lane left partly empty still costs the full lane. Expired samples are lost (value counted negative). Which samples go on, and how are lanes packed?`,
        zh: `明天上机 NovaSeq，共 ${lanes} 条 lane。lane 没装满也要按整条计费。过期样本作废（按负价值计）。哪些样本上机？每条 lane 怎么装？`,
        de: `NovaSeq-Lauf morgen, ${lanes} Lanes. Eine halb leere Lane kostet trotzdem voll. Abgelaufene Proben sind verloren (Wert zählt negativ). Welche Proben kommen drauf und wie werden die Lanes belegt?`,
      });
      return { lang, messages: [sys('Core facility run-builder assistant.'), user(`${head}\n\n${samples.join('\n')}`)], response_format: jsonSchema('run_layout', { lanes: list(obj({ lane: int, samples: list(str) })), deferred: list(str) }) };
    },
  },
];
