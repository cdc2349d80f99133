// More non-agentic traffic, including requests that mention numbers, steps or past events without
// any agent loop: the classifier should stay unsure instead of latching onto those words.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, say, sys, t, user } from './kit';

export const nonAgenticMore: Family[] = [
  {
    id: 'na-code-explain', label: 'goal_based', agentic: false, difficulty: 'easy', variants: 6,
    rationale: 'Explaining a code snippet: a one-shot answer, no goal of the caller’s to reach.',
    make(rng) {
      const code = rng.pick(['for i in range(3):\n    print(i * 2)', 'const xs = [3, 1, 2].sort((a, b) => a - b);', 'SELECT name, COUNT(*) FROM orders GROUP BY name HAVING COUNT(*) > 5;']);
      return { messages: [user(`${rng.pick(['What does this do?', 'Explain this line by line:', 'Why does this work?'])}\n\n${code}`)] };
    },
  },
  {
    id: 'na-email-draft', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 6,
    rationale: 'Drafting a message for the user: text generation, no decision loop.',
    make(rng, i) {
      const lang = (['en', 'de', 'fr', 'es', 'en', 'ja'] as Lang[])[i]!;
      return { lang, messages: [user(t(lang, { en: `Write a short email to my landlord saying the heating has been broken since ${rng.pick(['Monday', 'last week'])}.`, de: 'Schreib eine kurze Mail an meinen Vermieter: Die Heizung ist seit Montag kaputt.', fr: 'Écris un court mail à mon propriétaire : le chauffage est en panne depuis lundi.', es: 'Escribe un correo breve a mi casero: la calefacción no funciona desde el lunes.', ja: '大家さんに、月曜から暖房が壊れていると伝える短いメールを書いて。' }))] };
    },
  },
  {
    id: 'na-history-trivia', label: 'learning', agentic: false, difficulty: 'medium', variants: 6,
    rationale: 'Questions about past events and results are knowledge questions, not experience to learn from.',
    make(rng, i) {
      const lang = (['en', 'es', 'en', 'de', 'pt', 'zh'] as Lang[])[i]!;
      return { lang, messages: [user(t(lang, { en: rng.pick(['Who won the 1998 World Cup final and what was the score?', 'What happened at the Battle of Hastings?', 'Why did the first Apollo 1 test end in disaster?']), es: '¿Qué resultado tuvo el referéndum de Escocia de 2014?', de: 'Was war das Ergebnis der Bundestagswahl 1998?', pt: 'Quais foram os resultados da Revolução dos Cravos?', zh: '第一次工业革命带来了哪些结果？' }))] };
    },
  },
  {
    id: 'na-recipe-convert', label: 'utility_based', agentic: false, difficulty: 'easy', variants: 6,
    rationale: 'Unit conversion and arithmetic on a recipe: numbers, but no options or trade-offs to weigh.',
    make(rng) {
      return { messages: [user(`Convert to grams and halve it: ${rng.int(1, 3)} cups flour, ${rng.int(1, 4)} tbsp butter, ${rng.int(1, 3)}/2 cup sugar.`)] };
    },
  },
  {
    id: 'na-chat-followups', label: 'model_based_reflex', agentic: false, difficulty: 'medium', variants: 6,
    rationale: 'A casual multi-turn chat about a topic, with follow-ups: context, but nothing tracked or decided.',
    make(rng, i) {
      const lang = (['en', 'fr', 'en', 'de', 'es', 'en'] as Lang[])[i]!;
      const turns = t(lang, {
        en: rng.pick(['what are good houseplants for low light|Pothos, ZZ plants and snake plants do well.|do they need much water?|Very little; let the soil dry out.|cool, and are they safe for cats?', 'tell me about the northern lights|They are caused by charged particles hitting the atmosphere.|where can I see them?|Norway, Iceland, northern Canada.|best month?']),
        fr: 'c’est quoi un bon livre pour l’été ?|« L’Élégance du hérisson » par exemple.|je l’ai lu, autre chose ?',
        de: 'was kann ich heute Abend kochen?|Wie wäre es mit einer Gemüsepfanne?|klingt gut, mit Reis oder Nudeln?',
        es: '¿qué serie me recomiendas?|«Dark» es muy buena.|¿de qué trata?',
      }).split('|');
      const messages: ChatMessage[] = turns.map((text, k) => (k % 2 === 0 ? user(text) : say(text)));
      return { lang, messages };
    },
  },
  {
    id: 'na-report-summary', label: 'utility_based', agentic: false, difficulty: 'medium', variants: 6,
    rationale: 'Summarising a report full of figures is a transformation of the text, not a choice among options.',
    make(rng, i) {
      const lang = (['en', 'de', 'en', 'fr', 'es', 'en'] as Lang[])[i]!;
      const report = `Q${rng.int(1, 4)} revenue rose ${rng.int(2, 19)}% to €${rng.int(20, 90)}m; costs rose ${rng.int(1, 12)}%. The ${rng.pick(['Lyon', 'Graz', 'Porto'])} plant ran at ${rng.int(60, 98)}% capacity. Headcount ${rng.int(300, 900)}. Guidance unchanged.`;
      const ask = t(lang, { en: 'Summarise for a newsletter, one paragraph:', de: 'Fasse das für einen Newsletter in einem Absatz zusammen:', fr: 'Résume pour une newsletter, un paragraphe :', es: 'Resume para un boletín, un párrafo:' });
      return { lang, messages: rng.chance(0.5) ? [sys('You are a helpful writing assistant.'), user(`${ask}\n${report}`)] : [user(`${ask}\n${report}`)] };
    },
  },
  {
    id: 'na-language-practice', label: 'model_based_reflex', agentic: false, difficulty: 'easy', variants: 6,
    rationale: 'Conversation practice in another language: a chat partner, no task state.',
    make(rng, i) {
      const lang = (['es', 'de', 'fr', 'ja', 'pt', 'zh'] as Lang[])[i]!;
      const opener = t(lang, { en: '', es: 'Hola, quiero practicar español. ¿Qué tal tu día?', de: 'Hallo! Ich möchte Deutsch üben. Wie war dein Wochenende?', fr: 'Salut ! Je voudrais pratiquer le français. Tu aimes le cinéma ?', ja: 'こんにちは！日本語の練習をしたいです。趣味は何ですか？', pt: 'Oi! Quero praticar português. Você gosta de música?', zh: '你好！我想练习中文。你周末一般做什么？' });
      return { lang, messages: [sys(rng.pick(['Friendly language partner. Correct gently.', 'You are a helpful assistant.'])), user(opener)] };
    },
  },
];
