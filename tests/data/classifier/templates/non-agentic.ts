// Non-agentic traffic (plain chat, translation, summaries, explanations), labelled with the closest
// type and `agentic: false`: the classifier should be unsure about these.
import type { ChatMessage } from '../../../../src/core/types';
import { type Family, type Lang, say, sys, t, user } from './kit';

const paragraph = 'The committee met on Tuesday to review the draft budget. Members raised concerns about the cost of the new library wing, which has grown by 18% since the first estimate, and asked the architect for a revised plan. The chair noted that the grant deadline is in six weeks. A vote was postponed to the next meeting.';

export const nonAgentic: Family[] = [
  {
    id: 'na-translate', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
    rationale: 'Plain translation: no agent loop, no state, no decision; closest to a reflex mapping.',
    make(rng, i) {
      const target = (['German', 'Japanese', 'Spanish', 'Portuguese', 'French'] as const)[i]!;
      const text = rng.pick(['Please keep the receipt; you will need it for the warranty.', 'The meeting has moved to Thursday at 3 pm.', 'Thanks for the lovely dinner last night!']);
      return { messages: [user(`Translate into ${target}: "${text}"`)] };
    },
  },
  {
    id: 'na-summarise', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
    rationale: 'Summarising a given text is a one-shot transformation, not an agent decision.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'zh', 'en'] as Lang[])[i]!;
      const ask = t(lang, { en: 'Summarise this in two sentences:', de: 'Fasse das in zwei Sätzen zusammen:', es: 'Resume esto en dos frases:', zh: '用两句话总结下面这段话：' });
      return { lang, messages: rng.chance(0.5) ? [sys('You are a helpful assistant.'), user(`${ask}\n\n${paragraph}`)] : [user(`${ask}\n\n${paragraph}`)] };
    },
  },
  {
    id: 'na-small-talk', label: 'model_based_reflex', agentic: false, difficulty: 'medium', variants: 5,
    rationale: 'An ordinary multi-turn conversation: context is carried, but nothing is tracked or decided.',
    make(rng) {
      const turns = rng.pick([
        ['hey! how’s it going', 'Good, thanks! What’s up?', 'just got back from Lisbon', 'Nice! How was it?', 'loved the tiles everywhere, any books about them?'],
        ['can you recommend a sci-fi novel?', 'Try "The Left Hand of Darkness".', 'read it, loved it', 'Then "A Memory Called Empire" might suit you.', 'what’s it about?'],
        ['my cat keeps knocking cups off the table lol', 'Classic cat behaviour!', 'why do they do that though'],
      ]);
      const messages: ChatMessage[] = turns.map((text, k) => (k % 2 === 0 ? user(text) : say(text)));
      return { messages };
    },
  },
  {
    id: 'na-explain-concept', label: 'goal_based', agentic: false, difficulty: 'medium', variants: 5,
    rationale: 'A general explanation question that mentions planning, with no goal of the caller’s own to reach.',
    make(rng, i) {
      const lang = (['en', 'fr', 'ja', 'pt', 'en'] as Lang[])[i]!;
      const q = t(lang, { en: rng.pick(['How does A* search work, in simple terms?', 'What is the difference between a plan and a strategy?']), fr: 'Peux-tu expliquer simplement comment fonctionne un GPS pour calculer un itinéraire ?', ja: '経路探索アルゴリズムとは何か、簡単に説明してください。', pt: 'O que é planejamento automatizado em IA? Explique de forma simples.' });
      return { lang, messages: [user(q)] };
    },
  },
  {
    id: 'na-writing-help', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
    rationale: 'Creative or editing help: a one-shot text task with no agent decision.',
    make(rng) {
      return { messages: [user(rng.pick(['Write a short poem about autumn rain in Tokyo.', 'Fix the grammar: "me and him goes to the store yesterday"', 'Give me three title ideas for a blog post about sourdough.', 'Rewrite this more politely: "send the file now"', 'Tell me a joke about databases.']))] };
    },
  },
  {
    id: 'na-econ-question', label: 'utility_based', agentic: false, difficulty: 'medium', variants: 5,
    rationale: 'A textbook question about utility or trade-offs, asked out of curiosity: no options of the caller’s to choose.',
    make(rng, i) {
      const lang = (['en', 'de', 'es', 'en', 'zh'] as Lang[])[i]!;
      return { lang, messages: [user(t(lang, { en: rng.pick(['What does diminishing marginal utility mean?', 'Why do economists say there is no free lunch?']), de: 'Was ist der Unterschied zwischen Nutzen und Preis in der VWL?', es: '¿Qué es el coste de oportunidad? Dame un ejemplo.', zh: '什么是帕累托最优？举个例子。' }))] };
    },
  },
];
