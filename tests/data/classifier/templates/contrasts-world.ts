// Extra training families for model_based_reflex (one world evolving across turns: partial
// observations to integrate, something seen earlier matters now) against learning (separate past
// cases with outcomes, then a new case) and simple_reflex (only the current input, a stated rule).
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, type Rng, exchange, int, jsonSchema, list, num, oneOf, pad, say, str, sys, t, tool, user } from './kit';
import { stepThrough, trialsThen, type Step, type Trial } from './loops';

const suspects = ['Plum', 'Scarlet', 'Mustard', 'Peacock', 'Green', 'White'];
const weapons = ['rope', 'candlestick', 'dagger', 'wrench', 'revolver', 'lead pipe'];
const rooms = ['hall', 'library', 'kitchen', 'study', 'ballroom', 'conservatory', 'cellar'];

function clockTime(rng: Rng, h: number): string {
  return `${pad(h)}:${pad(rng.int(0, 59))}`;
}

export const contrastsWorld: Family[] = [
  // ---------------------------------------------------------------- model_based_reflex
  {
    id: 'xt-mb-deduction-game', label: 'model_based_reflex', difficulty: 'hard', variants: 6,
    rationale: 'In one running deduction game, cards shown and not shown over many turns must be combined to know what is still possible before the next suggestion.',
    make(rng, i) {
      const lang = (['en', 'es', 'en', 'de', 'en', 'fr'] as Lang[])[i]!;
      const players = ['Ana', 'Bo', 'Cy'];
      const messages: ChatMessage[] = [sys(t(lang, {
        en: `Helper for a game of Cluedo (${suspects.length} suspects, ${weapons.length} weapons, ${rooms.length} rooms). My hand: ${rng.pick(suspects)}, ${rng.pick(weapons)}, ${rng.pick(rooms)}. I report every turn; answer with my next suggestion or accusation.`,
        es: `Ayudante para una partida de Cluedo. Mi mano: ${rng.pick(suspects)}, ${rng.pick(weapons)}, ${rng.pick(rooms)}. Te cuento cada turno; dime mi próxima sugerencia o acusación.`,
        de: `Helfer für eine Partie Cluedo. Meine Karten: ${rng.pick(suspects)}, ${rng.pick(weapons)}, ${rng.pick(rooms)}. Ich melde jeden Zug; sag mir meine nächste Verdächtigung oder Anklage.`,
        fr: `Aide pour une partie de Cluedo. Ma main : ${rng.pick(suspects)}, ${rng.pick(weapons)}, ${rng.pick(rooms)}. Je te raconte chaque tour ; donne-moi ma prochaine hypothèse ou accusation.`,
      }))];
      const turns = rng.int(3, 7);
      for (let k = 0; k < turns; k++) {
        const who = rng.pick(players);
        const shown = rng.pick(players.filter((p) => p !== who).concat(['nobody']));
        messages.push(user(`T${k + 1}: ${who} → ${rng.pick(suspects)} / ${rng.pick(weapons)} / ${rng.pick(rooms)}; ${shown === 'nobody' ? 'nobody could show' : `${shown} showed ${rng.chance(0.4) ? `me ${rng.pick([...weapons, ...rooms])}` : 'a card (not to me)'}`}`));
        if (k < turns - 1) messages.push(say(rng.pick(['noted', 'ok', `suggest ${rng.pick(suspects)} / ${rng.pick(weapons)} / ${rng.pick(rooms)}`])));
      }
      messages.push(user(t(lang, { en: 'My turn, I am in the ' + rng.pick(rooms) + '.', es: 'Me toca, estoy en ' + rng.pick(rooms) + '.', de: 'Ich bin dran, ich stehe im Raum ' + rng.pick(rooms) + '.', fr: 'À moi, je suis dans : ' + rng.pick(rooms) + '.' })));
      return { lang, messages, max_tokens: rng.chance(0.5) ? 40 : undefined };
    },
  },
  {
    id: 'xt-mb-memory-tiles', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'A pairs-matching game: which two tiles to flip now depends on tiles revealed several turns earlier and since turned back face down.',
    make(rng, i) {
      const lang = (['en', 'ja', 'pt', 'en', 'zh'] as Lang[])[i]!;
      const pics = ['🍎', '🐟', '🌵', '🚲', '⭐', '🎈', '🔑', '🐢'];
      const cell = (): string => `${rng.pick(['A', 'B', 'C', 'D'])}${rng.int(1, 4)}`;
      const messages: ChatMessage[] = [sys(t(lang, { en: 'We are playing pairs on a 4x4 grid. Tiles flip back if they do not match. Reply with two cells.', ja: '4x4の神経衰弱をしています。揃わなければ裏に戻ります。めくるマスを2つ答えてください。', pt: 'Jogo da memória 4x4. Se não formar par, as peças voltam. Responda com duas casas.', zh: '我们在玩4x4翻牌配对。不配对就翻回去。回答两个格子。' }))];
      const rounds = rng.int(3, 8);
      for (let k = 0; k < rounds; k++) {
        const mine = k > 0 ? `${t(lang, { en: 'You', ja: 'あなた', pt: 'Você', zh: '你' })}: ${cell()}=${rng.pick(pics)}, ${cell()}=${rng.pick(pics)}\n` : '';
        messages.push(user(`${mine}${t(lang, { en: 'Opponent', ja: '相手', pt: 'Adversário', zh: '对手' })}: ${cell()}=${rng.pick(pics)}, ${cell()}=${rng.pick(pics)}${rng.chance(0.2) ? ` ✔ ${t(lang, { en: 'pair removed', ja: 'ペア成立', pt: 'par retirado', zh: '配对成功' })}` : ''}`));
        if (k < rounds - 1) messages.push(say(`${cell()} ${cell()}`));
      }
      return { lang, messages, max_tokens: 8 };
    },
  },
  {
    id: 'xt-mb-trick-voids', label: 'model_based_reflex', difficulty: 'hard', variants: 5,
    rationale: 'Within one hand of a trick-taking game, the cards already played and the suits each opponent has failed to follow decide the next lead.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'fr', 'es'] as Lang[])[i]!;
      const suit = (): string => rng.pick(['♠', '♥', '♦', '♣']);
      const card = (): string => `${rng.pick(['2', '5', '7', '9', '10', 'J', 'Q', 'K', 'A'])}${suit()}`;
      const messages: ChatMessage[] = [sys(t(lang, { en: `Hearts, 4 players, I am South. My hand now: ${Array.from({ length: rng.int(5, 9) }, card).join(' ')}. I will tell you each trick as it goes.`, de: `Hearts zu viert, ich bin Süd. Meine Hand jetzt: ${Array.from({ length: rng.int(5, 9) }, card).join(' ')}. Ich sage dir jeden Stich.`, fr: `Dame de pique à 4, je suis Sud. Ma main : ${Array.from({ length: rng.int(5, 9) }, card).join(' ')}. Je te donne chaque pli.`, es: `Corazones a 4, soy Sur. Mi mano: ${Array.from({ length: rng.int(5, 9) }, card).join(' ')}. Te digo cada baza.` }))];
      const tricks = rng.int(2, 6);
      for (let k = 0; k < tricks; k++) {
        messages.push(user(`${k + 1}: W ${card()} N ${card()} E ${card()} S ${card()} → ${rng.pick(['W', 'N', 'E', 'S'])}${rng.chance(0.3) ? ` (${rng.pick(['N', 'E', 'W'])} ${t(lang, { en: 'discarded, out of', de: 'abgeworfen, blank in', fr: 'défausse, plus de', es: 'descarte, sin' })} ${suit()})` : ''}`));
        if (k < tricks - 1) messages.push(say(rng.pick(['ok', '👍', 'got it'])));
      }
      messages.push(user(t(lang, { en: 'I won that one and lead. Which card?', de: 'Den habe ich, ich spiele aus. Welche Karte?', fr: 'Je l’ai pris, j’entame. Quelle carte ?', es: 'La gané y salgo yo. ¿Qué carta?' })));
      return { lang, messages, max_tokens: rng.chance(0.5) ? 6 : undefined };
    },
  },
  {
    id: 'xt-mb-bed-board', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Admission, transfer and discharge events arrive in batches; free beds now follow only from combining every batch seen so far.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'es', 'en'] as Lang[])[i]!;
      const ev = (): string => `${clockTime(rng, rng.int(6, 18))} ${rng.pick(['ADMIT', 'DISCHARGE', 'TRANSFER-IN', 'TRANSFER-OUT', 'BED-CLEAN-DONE', 'BED-BLOCKED'])} ${rng.pick(['ICU', 'HDU', 'W4'])}-${rng.int(1, 12)}`;
      const messages: ChatMessage[] = [
        sys(t(lang, { en: `Patient-flow assistant. At 06:00 ICU had ${rng.int(1, 3)} free beds, HDU ${rng.int(0, 2)}. You only see the ADT feed in batches.`, de: `Assistent für Patientenfluss. Um 06:00 waren auf der ITS ${rng.int(1, 3)} Betten frei, IMC ${rng.int(0, 2)}. Du siehst den ADT-Feed nur stapelweise.`, es: `Asistente de flujo de pacientes. A las 06:00 la UCI tenía ${rng.int(1, 3)} camas libres y la semicrítica ${rng.int(0, 2)}. Solo ves el feed ADT por lotes.` })),
        user(t(lang, { en: 'Keep an eye on the feed for me.', de: 'Behalte den Feed für mich im Blick.', es: 'Vigila el feed por mí.' })),
      ];
      const steps: Step[] = Array.from({ length: rng.int(2, 5) }, () => ({ actions: [['poll_adt', { since: 'last' }]], observations: [Array.from({ length: rng.int(1, 4) }, ev).join('\n')] }));
      stepThrough(rng, messages, steps);
      messages.push(user(t(lang, { en: `Ambulance control asks: can we take a ventilated transfer in the next hour?`, de: 'Die Leitstelle fragt: Können wir in der nächsten Stunde einen beatmeten Patienten übernehmen?', es: 'Coordinación pregunta: ¿podemos aceptar un traslado ventilado en la próxima hora?' })));
      return { lang, messages, tools: [tool('poll_adt', 'New ADT events since the last poll.', { since: str })] };
    },
  },
  {
    id: 'xt-mb-sorter-diverter', label: 'model_based_reflex', difficulty: 'hard', variants: 6,
    rationale: 'The scanner reads each parcel several ticks before it reaches a diverter, so the decision at this tick depends on what was scanned turns ago.',
    make(rng) {
      const lanes = ['L1', 'L2', 'L3', 'REJECT'];
      const messages: ChatMessage[] = [sys(rng.pick([
        'Sorter controller. Belt moves one position per tick. Scanner at position 0; diverters D1 at position 3 (to L1), D2 at 5 (L2), D3 at 7 (L3); anything not diverted ends in REJECT. Each tick reply with which diverters fire.',
        'You run the diverters of conveyor C-4. Scanner at pos 0, D1 pos 3, D2 pos 5, D3 pos 7, one position per tick. Fire via the tool.',
      ]))];
      const ticks = rng.int(4, 9);
      const steps: Step[] = [];
      messages.push(user(`tick 1: scan ${rng.chance(0.8) ? `parcel ${rng.int(1000, 9999)} → ${rng.pick(lanes)}` : 'no read'}`));
      for (let k = 2; k <= ticks; k++) {
        steps.push({ actions: [['fire', { diverters: rng.sample(['D1', 'D2', 'D3'], rng.int(0, 1)) }]], observations: [`tick ${k}: scan ${rng.chance(0.7) ? `parcel ${rng.int(1000, 9999)} → ${rng.pick(lanes)}` : rng.pick(['gap', 'no read', 'gap'])}${rng.chance(0.2) ? `; D${rng.int(1, 3)} photo-eye blocked` : ''}`] });
      }
      stepThrough(rng, messages, steps);
      return { messages, tools: [tool('fire', 'Fire these diverters this tick.', { diverters: list(oneOf('D1', 'D2', 'D3')) })], tool_choice: 'required' };
    },
  },
  {
    id: 'xt-mb-house-presence', label: 'model_based_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Whether anyone is still home can only be inferred from the sequence of door, motion and phone events so far, and the arming decision depends on it.',
    make(rng, i) {
      const lang = (['en', 'fr', 'de', 'en', 'ja'] as Lang[])[i]!;
      const event = (): string => `${clockTime(rng, rng.int(7, 9))} ${rng.pick(['front door opened', 'front door closed', 'motion hallway', 'motion kitchen', 'garage door up', 'garage door down', 'phone Mia left wifi', 'phone Tom joined wifi', 'no motion 10 min'])}`;
      const messages: ChatMessage[] = [sys(t(lang, { en: 'Home security hub. Household: Mia, Tom and a cat (ignore motion under 40 cm). Arm "away" only if the house is empty.', fr: 'Centrale d’alarme. Foyer : Mia, Tom et un chat (ignorer les mouvements sous 40 cm). Armer « absent » seulement si la maison est vide.', de: 'Alarmzentrale. Haushalt: Mia, Tom und eine Katze (Bewegung unter 40 cm ignorieren). „Abwesend“ nur scharf schalten, wenn niemand zu Hause ist.', ja: 'ホームセキュリティのハブ。住人はMia、Tom、猫（40cm未満の動きは無視）。家が空のときだけ「外出」モードにする。' }))];
      const batches = rng.int(2, 5);
      for (let k = 0; k < batches; k++) {
        messages.push(user(Array.from({ length: rng.int(1, 3) }, event).join('\n')));
        if (k < batches - 1) messages.push(say(rng.pick(['—', 'no action', 'stay disarmed'])));
      }
      messages.push(user(t(lang, { en: 'Arm away now?', fr: 'J’arme en mode absent ?', de: 'Jetzt scharf schalten?', ja: '今、外出モードにする？' })));
      return { lang, messages, response_format: rng.chance(0.5) ? jsonSchema('arming', { arm: oneOf('away', 'home', 'none'), occupants_inside: list(str) }) : undefined };
    },
  },
  {
    id: 'xt-mb-train-whereabouts', label: 'model_based_reflex', difficulty: 'hard', variants: 5,
    rationale: 'A delayed train reports only sparse block-section events; the dispatcher must carry its estimated position forward to decide whether to hold a connection now.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'de', 'ja'] as Lang[])[i]!;
      const train = `${rng.pick(['IC', 'RE', 'EC'])} ${rng.int(100, 999)}`;
      const messages: ChatMessage[] = [
        sys(t(lang, { en: `Dispatch assistant, Mittelland corridor. Blocks are ~2 km; ${train} runs ~110 km/h when clear. The connecting bus at Olten leaves 10:42 and can wait at most 6 min.`, de: `Disponenten-Assistent, Korridor Mittelland. Blöcke ~2 km; ${train} fährt frei ~110 km/h. Der Anschlussbus in Olten fährt 10:42 und kann höchstens 6 Min warten.`, ja: `運行管理アシスタント。閉塞区間は約2km、${train}は通常110km/h。オルテンの接続バスは10:42発、最大6分待てる。` })),
        user(t(lang, { en: `Hold the bus or not? Check the train.`, de: 'Bus halten oder nicht? Prüf den Zug.', ja: 'バスを待たせる？列車を確認して。' })),
      ];
      const steps: Step[] = Array.from({ length: rng.int(2, 5) }, () => ({ actions: [['block_events', { train }]], observations: [JSON.stringify(Array.from({ length: rng.int(0, 2) }, () => ({ t: clockTime(rng, 10), block: `B${rng.int(10, 40)}`, event: rng.pick(['enter', 'exit', 'signal at danger', 'speed restriction 40']) })))] }));
      stepThrough(rng, messages, steps);
      return { lang, messages, tools: [tool('block_events', 'Latest block-section events for a train.', { train: str }), tool('hold_connection', 'Ask the bus to wait.', { minutes: int })] };
    },
  },

  // ---------------------------------------------------------------- learning
  {
    id: 'xt-lr-newsletter-subjects', label: 'learning', difficulty: 'medium', variants: 5,
    rationale: 'Earlier, separate newsletter sends with their subject styles and open rates must be generalised to write the subject for a new send.',
    make(rng, i) {
      const lang = (['en', 'es', 'de', 'en', 'pt'] as Lang[])[i]!;
      const styles = ['question', 'number-led', 'emoji + urgency', 'first name', 'plain announcement', 'curiosity gap'];
      const sends = Array.from({ length: rng.int(4, 8) }, (_, k) => `#${pad(k + 31)} ${rng.pick(['product update', 'webinar invite', 'case study', 'discount', 'survey'])} | ${rng.pick(styles)} | ${rng.pick(['Tue 9am', 'Thu 5pm', 'Sat 11am'])} | open ${rng.int(12, 46)}% | unsub ${rng.int(1, 9) / 10}%`);
      const ask = t(lang, {
        en: `Next send: ${rng.pick(['webinar invite', 'case study', 'price change notice'])} to the same list, Thursday. Subject line?`,
        es: `Próximo envío: ${rng.pick(['invitación a webinar', 'caso de éxito'])} a la misma lista, el jueves. ¿Asunto?`,
        de: `Nächster Versand: ${rng.pick(['Webinar-Einladung', 'Fallstudie'])} an dieselbe Liste, Donnerstag. Betreffzeile?`,
        pt: `Próximo envio: ${rng.pick(['convite para webinar', 'estudo de caso'])} para a mesma lista, quinta. Qual o assunto?`,
      });
      return { lang, messages: [...(rng.chance(0.5) ? [sys('Email marketing assistant.')] : []), user(`${sends.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'xt-lr-weld-coupons', label: 'learning', difficulty: 'hard', variants: 6,
    rationale: 'Test coupons welded earlier with different settings, each with its measured tensile result, are the only guide to forecast a new coupon on an unfamiliar alloy.',
    make(rng, i) {
      const lang = (['en', 'de', 'zh', 'en', 'fr', 'ja'] as Lang[])[i]!;
      const coupon = (): string => `${rng.int(140, 260)} A, ${rng.int(18, 30)} V, ${rng.int(3, 9)} mm/s, ${t(lang, { en: 'preheat', de: 'Vorwärmung', zh: '预热', fr: 'préchauffe', ja: '予熱' })} ${rng.pick([0, 80, 150])} °C`;
      const messages: ChatMessage[] = [sys(t(lang, { en: 'Welding lab assistant. The alloy is new to us; no handbook values apply.', de: 'Assistent im Schweißlabor. Die Legierung ist neu für uns; keine Tabellenwerte.', zh: '焊接实验室助手。这种合金我们没用过，手册数据不适用。', fr: 'Assistant du labo soudage. Alliage nouveau, aucune valeur de référence.', ja: '溶接ラボのアシスタント。この合金は初めてで、便覧の値は使えない。' }))];
      const trials: Trial[] = Array.from({ length: rng.int(2, 6) }, (_, k) => ({
        situation: `${t(lang, { en: 'Coupon', de: 'Probe', zh: '试样', fr: 'Éprouvette', ja: '試験片' })} ${k + 1}: ${coupon()}`,
        decision: JSON.stringify({ uts_mpa: rng.int(380, 620) }),
        outcome: t(lang, { en: `Pulled: ${rng.int(350, 640)} MPa, broke ${rng.pick(['in the weld', 'in the HAZ', 'in base metal'])}.`, de: `Zugversuch: ${rng.int(350, 640)} MPa, Bruch ${rng.pick(['in der Naht', 'in der WEZ', 'im Grundwerkstoff'])}.`, zh: `拉伸结果：${rng.int(350, 640)} MPa，断在${rng.pick(['焊缝', '热影响区', '母材'])}。`, fr: `Traction : ${rng.int(350, 640)} MPa, rupture ${rng.pick(['dans le cordon', 'en ZAT', 'dans le métal de base'])}.`, ja: `引張試験：${rng.int(350, 640)} MPa、破断位置は${rng.pick(['溶接部', '熱影響部', '母材'])}。` }),
        merged: rng.chance(0.5),
      }));
      trialsThen(rng, messages, trials, `${t(lang, { en: 'Coupon', de: 'Probe', zh: '试样', fr: 'Éprouvette', ja: '試験片' })} ${trials.length + 1}: ${coupon()}`);
      return { lang, messages, response_format: jsonSchema('forecast', { uts_mpa: num, failure_location: oneOf('weld', 'haz', 'base') }) };
    },
  },
  {
    id: 'xt-lr-code-scheme', label: 'learning', difficulty: 'hard', variants: 6,
    rationale: 'An in-house coding scheme is never stated; it must be induced from a handful of converted examples (and one correction) and applied to a new item.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'en', 'ja', 'fr'] as Lang[])[i]!;
      const sets = [
        ['Oslo / cold chain / 12 pallets → OSL-C-012', 'Lima / dry / 3 pallets → LIM-D-003', 'Kraków / hazmat / 40 pallets → KRK-H-040', 'Nairobi / dry / 7 pallets → ?'],
        ['invoice 2023-11-04, Acme → AC23K04', 'invoice 2024-02-19, Borealis → BO24B19', 'invoice 2024-07-01, Zenith → ZE24G01', 'invoice 2025-03-12, Lumen → ?'],
        ['room 2.14 in building East → E2-14', 'room 0.03 in West → W0-03', 'room 3.21 in North annex → NA3-21', 'room 1.07 in South annex → ?'],
      ];
      const ex = rng.pick(sets);
      const messages: ChatMessage[] = [user(`${t(lang, { en: 'Same format as these:', de: 'Im selben Format wie diese:', es: 'Con el mismo formato que estos:', ja: '次と同じ形式で：', fr: 'Même format que ceux-ci :' })}\n${ex.slice(0, 2).join('\n')}\n${ex[3]!.replace(' → ?', '')}`)];
      if (rng.chance(0.6)) {
        messages.push(say(rng.pick(['NBO-D-7', 'LU25C12', 'S1-07'])));
        messages.push(user(`${t(lang, { en: 'No — another one from the register:', de: 'Nein — noch eins aus dem Register:', es: 'No, otro del registro:', ja: '違います。台帳からもう一つ：', fr: 'Non — un autre du registre :' })}\n${ex[2]}\n${t(lang, { en: 'Try again.', de: 'Nochmal.', es: 'Otra vez.', ja: 'もう一度。', fr: 'Réessaie.' })}`));
      } else {
        messages[0] = user(`${ex.slice(0, 3).join('\n')}\n${ex[3]}`);
      }
      return { lang, messages, max_tokens: rng.chance(0.5) ? 12 : undefined };
    },
  },
  {
    id: 'xt-lr-clause-precedents', label: 'learning', secondary: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Counsel’s earlier rulings on similar clauses, retrieved with their outcomes, decide how a new clause is handled; no written policy exists.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'fr', 'es'] as Lang[])[i]!;
      const clause = rng.pick(['Supplier’s aggregate liability shall not exceed fees paid in the preceding 3 months.', 'Either party may terminate for convenience on 15 days’ notice.', 'Customer grants Supplier a perpetual licence to use anonymised usage data.', 'Disputes are resolved by arbitration seated in Singapore.']);
      const messages: ChatMessage[] = [
        sys(rng.pick(['Contract review assistant for the legal ops team. Decide accept / redline / escalate for each clause the way counsel has handled similar ones.', 'Contract review assistant. Answer accept, redline or escalate.'])),
        user(`${t(lang, { en: 'New vendor MSA, clause 11.2:', de: 'Neuer Rahmenvertrag, Klausel 11.2:', fr: 'Nouveau contrat cadre, clause 11.2 :', es: 'Nuevo contrato marco, cláusula 11.2:' })} "${clause}"`),
      ];
      exchange(rng, messages, 'search_precedents', { text: clause.slice(0, 40), top_k: 5 }, Array.from({ length: rng.int(3, 6) }, () => ({ matter: `M-${rng.int(1000, 9999)}`, clause: rng.pick(['liability cap 3 months fees', 'liability cap 12 months fees', 'termination for convenience 30 days', 'termination for convenience 10 days', 'data licence anonymised perpetual', 'arbitration London', 'arbitration Singapore']), counsel_decision: rng.pick(['accepted', 'redlined', 'escalated']), result: rng.pick(['vendor agreed', 'vendor refused, deal signed anyway', 'dispute 2023, cost us', 'no issue since']) })));
      return { lang, messages, tools: [tool('search_precedents', 'Earlier matters with similar clauses and how they went.', { text: str, top_k: int })], response_format: jsonSchema('clause_decision', { decision: oneOf('accept', 'redline', 'escalate'), reason: str }) };
    },
  },
  {
    id: 'xt-lr-no-show-history', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Past appointments with their attendance outcomes are the evidence for which of tomorrow’s slots to double-book.',
    make(rng, i) {
      const lang = (['en', 'pt', 'en', 'de', 'zh'] as Lang[])[i]!;
      const past = Array.from({ length: rng.int(6, 10) }, () => `${rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${rng.pick(['08:00', '11:30', '15:00', '17:30'])} | ${rng.pick(['new patient', 'follow-up', 'post-op'])} | booked ${rng.int(1, 40)} d ahead | SMS reminder ${rng.pick(['yes', 'no'])} | ${rng.pick(['attended', 'attended', 'no-show', 'late cancel'])}`);
      const tomorrow = Array.from({ length: 4 }, () => `${rng.pick(['08:00', '11:30', '15:00', '17:30'])} ${rng.pick(['new patient', 'follow-up', 'post-op'])}, booked ${rng.int(1, 40)} d ahead, reminder ${rng.pick(['yes', 'no'])}`);
      const ask = t(lang, { en: 'We can double-book two of tomorrow’s slots. Which two?', pt: 'Podemos encaixar dois horários extras amanhã. Em quais?', de: 'Wir dürfen morgen zwei Termine doppelt vergeben. Welche?', zh: '明天可以重复预约两个时段。选哪两个？' });
      return { lang, messages: [sys(rng.pick(['Front-desk assistant, Riverside dermatology.', 'Clinic scheduling assistant.'])), user(`${t(lang, { en: 'Last 3 weeks:', pt: 'Últimas 3 semanas:', de: 'Letzte 3 Wochen:', zh: '最近三周：' })}\n${past.join('\n')}\n\n${t(lang, { en: 'Tomorrow:', pt: 'Amanhã:', de: 'Morgen:', zh: '明天：' })}\n${tomorrow.join('\n')}\n\n${ask}`)] };
    },
  },
  {
    id: 'xt-lr-gimbal-runs', label: 'learning', difficulty: 'hard', variants: 6,
    rationale: 'Each tuning run on the rig is a separate episode reset from rest, graded by overshoot and settling; the gains for the next run come from those results.',
    make(rng) {
      const messages: ChatMessage[] = [sys(rng.pick(['Controls assistant for a camera gimbal test rig. Each run starts from rest with a new payload; propose gains, the rig reports the step response.', 'Propose PID gains with run_step for each run.']))];
      const payload = (): string => `payload ${rng.int(200, 1400)} g, arm ${rng.int(4, 12)} cm`;
      const trials: Trial[] = Array.from({ length: rng.int(2, 6) }, (_, k) => ({
        situation: `Run ${k + 1}: ${payload()}`,
        decision: ['run_step', { kp: rng.int(5, 60) / 10, ki: rng.int(0, 20) / 10, kd: rng.int(0, 30) / 100 }],
        outcome: JSON.stringify({ overshoot_pct: rng.int(0, 45), settle_ms: rng.int(80, 900), oscillation: rng.pick(['none', 'slight', 'sustained']), score: rng.int(20, 95) }),
      }));
      trialsThen(rng, messages, trials, `Run ${trials.length + 1}: ${payload()}`);
      return { messages, tools: [tool('run_step', 'Run one step-response test with these gains.', { kp: num, ki: num, kd: num })], tool_choice: 'required' };
    },
  },
  {
    id: 'xt-lr-incentive-weeks', label: 'learning', secondary: 'utility_based', difficulty: 'medium', variants: 5,
    rationale: 'Each past week tried a different staff incentive and recorded sales and overtime; next week’s scheme must come from what those weeks showed.',
    make(rng, i) {
      const lang = (['en', 'es', 'en', 'fr', 'de'] as Lang[])[i]!;
      const scheme = (): string => rng.pick(['€5 per upsell', 'team bonus at €40k', 'no incentive', 'raffle for top seller', 'extra day off at 110% target']);
      const messages: ChatMessage[] = [sys(t(lang, { en: `Store manager’s assistant, ${rng.pick(['Lisbon Baixa', 'Leeds Trinity', 'Graz Mitte'])} branch.`, es: 'Asistente del gerente de tienda.', fr: 'Assistant du gérant de magasin.', de: 'Assistent der Filialleitung.' }))];
      const merged = rng.chance(0.5);
      const trials: Trial[] = Array.from({ length: rng.int(2, 5) }, (_, k) => ({
        situation: t(lang, { en: `Week ${k + 1}, ${rng.pick(['school holidays', 'normal week', 'rainy', 'payday week'])}. Which incentive?`, es: `Semana ${k + 1}, ${rng.pick(['vacaciones escolares', 'semana normal', 'lluviosa'])}. ¿Qué incentivo?`, fr: `Semaine ${k + 1}, ${rng.pick(['vacances scolaires', 'semaine normale', 'pluvieuse'])}. Quelle prime ?`, de: `Woche ${k + 1}, ${rng.pick(['Schulferien', 'normale Woche', 'verregnet'])}. Welcher Anreiz?` }),
        decision: scheme(),
        outcome: t(lang, { en: `Sales €${rng.int(28, 52)}k, incentive cost €${rng.int(0, 2400)}, returns ${rng.int(2, 9)}%, 2 complaints about pushy staff: ${rng.pick(['yes', 'no'])}.`, es: `Ventas ${rng.int(28, 52)}k €, coste ${rng.int(0, 2400)} €, devoluciones ${rng.int(2, 9)} %.`, fr: `Ventes ${rng.int(28, 52)} k€, coût ${rng.int(0, 2400)} €, retours ${rng.int(2, 9)} %.`, de: `Umsatz ${rng.int(28, 52)} T€, Kosten ${rng.int(0, 2400)} €, Retouren ${rng.int(2, 9)} %.` }),
        merged,
      }));
      trialsThen(rng, messages, trials, t(lang, { en: `Week ${trials.length + 1}, payday week. Which incentive?`, es: `Semana ${trials.length + 1}, semana de cobro. ¿Qué incentivo?`, fr: `Semaine ${trials.length + 1}, semaine de paie. Quelle prime ?`, de: `Woche ${trials.length + 1}, Zahltagswoche. Welcher Anreiz?` }));
      return { lang, messages };
    },
  },

  // ---------------------------------------------------------------- simple_reflex
  {
    id: 'xt-sr-motion-light', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'One sensor event maps to one light command through fixed stated rules; nothing earlier is needed.',
    make(rng, i) {
      const lang = (['en', 'de', 'ja', 'en', 'es'] as Lang[])[i]!;
      const ev = { sensor: rng.pick(['hall_pir', 'stairs_pir', 'porch_pir', 'bathroom_pir']), lux: rng.int(0, 400), time: clockTime(rng, rng.int(0, 23)) };
      const rules = t(lang, {
        en: 'Rules: lux < 30 and 22:00-06:00 → on at 15%; lux < 30 otherwise → on at 80%; lux ≥ 30 → off. Reply with the command only.',
        de: 'Regeln: Lux < 30 und 22-06 Uhr → an mit 15 %; Lux < 30 sonst → an mit 80 %; Lux ≥ 30 → aus. Nur den Befehl.',
        ja: 'ルール：照度30未満かつ22時〜6時→15%で点灯。照度30未満でそれ以外→80%で点灯。30以上→消灯。コマンドのみ返答。',
        es: 'Reglas: lux < 30 y 22:00-06:00 → encender al 15 %; lux < 30 en otro caso → 80 %; lux ≥ 30 → apagar. Solo el comando.',
      });
      return { lang, messages: [sys(rules), user(JSON.stringify(ev))], response_format: jsonSchema('light', { action: oneOf('on', 'off'), level: int }), max_tokens: 20 };
    },
  },
  {
    id: 'xt-sr-denial-codes', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'A claim denial code is looked up in a fixed table to pick the follow-up queue.',
    make(rng, i) {
      const lang = (['en', 'en', 'es', 'en', 'pt'] as Lang[])[i]!;
      const code = rng.pick(['CO-16', 'CO-97', 'PR-1', 'CO-29', 'CO-50', 'OA-23']);
      const messages: ChatMessage[] = [
        sys('Billing work-queue router.\nCO-16 missing info → RESUBMIT\nCO-29 timely filing → WRITE_OFF\nCO-50 medical necessity → APPEAL\nCO-97 bundled → CODING_REVIEW\nPR-1 deductible → PATIENT_BILL\nanything else → MANUAL\nAnswer with the queue name.'),
        user(t(lang, { en: `Claim ${rng.int(100000, 999999)}, payer ${rng.pick(['Aetna', 'BCBS', 'Humana'])}, $${rng.int(80, 2400)}, denied ${code}${rng.chance(0.5) ? `, remark ${rng.pick(['N290', 'M127', 'N30'])}` : ''}.`, es: `Reclamación ${rng.int(100000, 999999)}, ${rng.int(80, 2400)} $, denegada con código ${code}.`, pt: `Guia ${rng.int(100000, 999999)}, R$ ${rng.int(80, 2400)}, glosada com código ${code}.` })),
      ];
      return { lang, messages, response_format: rng.chance(0.5) ? jsonSchema('queue', { queue: oneOf('RESUBMIT', 'WRITE_OFF', 'APPEAL', 'CODING_REVIEW', 'PATIENT_BILL', 'MANUAL') }) : undefined, max_tokens: 10 };
    },
  },
  {
    id: 'xt-sr-return-check', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'A single return request is checked against a stated returns policy and answered approve or deny.',
    make(rng, i) {
      const lang = (['fr', 'en', 'de', 'zh', 'en'] as Lang[])[i]!;
      const policy = t(lang, {
        fr: 'Politique : retour accepté sous 30 jours si non porté ; électronique 14 jours et emballage d’origine ; soldes : avoir uniquement ; sous-vêtements jamais.',
        en: 'Policy: 30 days if unworn; electronics 14 days in original packaging; sale items store credit only; underwear never.',
        de: 'Richtlinie: 30 Tage, wenn ungetragen; Elektronik 14 Tage in Originalverpackung; reduzierte Ware nur Gutschein; Unterwäsche nie.',
        zh: '规则：未穿着30天内可退；电子产品14天内且原包装；特价商品只退代金券；内衣不退。',
      });
      const req = { item: rng.pick(['headphones', 'wool coat', 'boxer shorts 3-pack', 'blender', 'sneakers']), days_since_purchase: rng.int(1, 45), on_sale: rng.chance(0.3), worn_or_opened: rng.chance(0.4) };
      return { lang, messages: [sys(policy), user(JSON.stringify(req))], response_format: jsonSchema('return_decision', { decision: oneOf('refund', 'store_credit', 'deny') }) };
    },
  },
  {
    id: 'xt-sr-frost-valve', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'The overnight forecast for one block is compared with a fixed threshold table to switch frost protection on or off.',
    make(rng, i) {
      const lang = (['es', 'en', 'pt', 'fr', 'de'] as Lang[])[i]!;
      const reading = t(lang, {
        es: `Parcela ${rng.int(1, 30)}, ${rng.pick(['almendro en flor', 'viña brotando', 'cerezo cuajado'])}. Mínima prevista ${rng.int(-40, 40) / 10} °C, viento ${rng.int(0, 20)} km/h, punto de rocío ${rng.int(-60, 20) / 10} °C.`,
        en: `Block ${rng.int(1, 30)}, ${rng.pick(['almonds in bloom', 'vines at budburst', 'cherries at fruit set'])}. Forecast low ${rng.int(-40, 40) / 10} °C, wind ${rng.int(0, 20)} km/h, dew point ${rng.int(-60, 20) / 10} °C.`,
        pt: `Talhão ${rng.int(1, 30)}, ${rng.pick(['amendoeira em flor', 'videira brotando'])}. Mínima prevista ${rng.int(-40, 40) / 10} °C, vento ${rng.int(0, 20)} km/h.`,
        fr: `Parcelle ${rng.int(1, 30)}, ${rng.pick(['amandiers en fleur', 'vigne au débourrement'])}. Minimale prévue ${rng.int(-40, 40) / 10} °C, vent ${rng.int(0, 20)} km/h.`,
        de: `Parzelle ${rng.int(1, 30)}, ${rng.pick(['Mandeln in Blüte', 'Reben im Austrieb'])}. Tiefstwert ${rng.int(-40, 40) / 10} °C, Wind ${rng.int(0, 20)} km/h.`,
      });
      return {
        lang,
        messages: [sys('Frost protection switch. Bloom/budburst: sprinklers ON if forecast low ≤ 0.5 °C and wind < 8 km/h; fans ON if low ≤ 1.5 °C and wind < 15 km/h; else OFF. Fruit set: thresholds 1 °C lower. Output one word: SPRINKLERS, FANS or OFF.'), user(reading)],
        max_tokens: 4,
      };
    },
  },
  {
    id: 'xt-sr-pr-gate', label: 'simple_reflex', difficulty: 'medium', variants: 5,
    rationale: 'Reviewer requirements for one pull request follow from fixed path and size rules applied to its metadata.',
    make(rng) {
      const pr = { number: rng.int(1000, 9999), files: rng.sample(['infra/terraform/vpc.tf', 'src/api/auth.ts', 'docs/README.md', 'src/ui/button.tsx', 'migrations/0042_add_index.sql', '.github/workflows/ci.yml'], rng.int(1, 3)), lines_changed: rng.int(3, 1400), author_team: rng.pick(['web', 'platform', 'data']) };
      const messages: ChatMessage[] = [
        sys(rng.pick([
          'Merge gate. Rules: migrations/ → +1 DBA; infra/ or .github/ → +1 platform; src/api/auth* → +1 security; > 800 lines → needs 2 approvals; docs-only → 0 extra. Output the required reviewer groups and approval count.',
          'Apply CODEOWNERS-style rules: migrations→dba, infra|.github→platform, auth→security, >800 lines→2 approvals else 1, docs only→no extra.',
        ])),
        user(JSON.stringify(pr)),
      ];
      return { messages, response_format: jsonSchema('gate', { groups: list(oneOf('dba', 'platform', 'security')), approvals: int }) };
    },
  },
  {
    id: 'xt-sr-stated-format', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'The conversion rule is written out in full, so the new item is converted by applying it, not by inferring a pattern from examples.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'en', 'ja'] as Lang[])[i]!;
      const rule = t(lang, {
        en: 'Location code = first letter of the building, floor as one digit, hyphen, room as two digits. Annexes use two letters (North annex = NA).',
        de: 'Raumcode = Anfangsbuchstabe des Gebäudes, Stockwerk einstellig, Bindestrich, Raum zweistellig. Anbauten mit zwei Buchstaben (Nordanbau = NA).',
        es: 'Código = inicial del edificio, planta con una cifra, guion, sala con dos cifras. Los anexos llevan dos letras (anexo norte = NA).',
        ja: 'ロケーションコード＝建物の頭文字、階数1桁、ハイフン、部屋番号2桁。別館は2文字（北別館＝NA）。',
      });
      const item = `${t(lang, { en: 'room', de: 'Raum', es: 'sala', ja: '部屋' })} ${rng.int(0, 5)}.${pad(rng.int(1, 40))} ${t(lang, { en: 'in', de: 'in', es: 'en', ja: '@' })} ${rng.pick(['East', 'West', 'North annex', 'South annex', 'Main'])}`;
      return { lang, messages: [user(`${rule}\n\n${item}`)], max_tokens: 10 };
    },
  },
  {
    id: 'xt-sr-parcel-lane', label: 'simple_reflex', difficulty: 'easy', variants: 5,
    rationale: 'One scanned label is routed to a lane by a fixed postcode and weight table; the scan alone decides.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'fr', 'en'] as Lang[])[i]!;
      const scan = { barcode: `JD${rng.int(10 ** 8, 10 ** 9 - 1)}`, postcode: `${rng.int(10, 99)}${rng.int(100, 999)}`, weight_kg: rng.int(1, 400) / 10, service: rng.pick(['standard', 'express', 'return']) };
      return {
        lang,
        messages: [sys(t(lang, { en: 'Lane assignment. express → L1. Over 30 kg → L4 (bulky). Returns → L5. Otherwise postcode 10-49 → L2, 50-99 → L3. Answer with the lane.', de: 'Bahnzuweisung: Express → L1. Über 30 kg → L4. Retouren → L5. Sonst PLZ 10-49 → L2, 50-99 → L3. Nur die Bahn.', fr: 'Affectation de voie : express → L1. Plus de 30 kg → L4. Retours → L5. Sinon CP 10-49 → L2, 50-99 → L3. Réponds avec la voie.' })), user(JSON.stringify(scan))],
        tools: rng.chance(0.4) ? [tool('route_parcel', 'Send parcel to a lane.', { barcode: str, lane: oneOf('L1', 'L2', 'L3', 'L4', 'L5') })] : undefined,
        max_tokens: 6,
      };
    },
  },
];
