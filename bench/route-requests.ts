// A handful of representative requests, one or two per agent type, for bench/route.ts.
import type { ChatRequest } from '../src/core/types';

const tool = (name: string) => ({
  type: 'function' as const,
  function: { name, description: `Call ${name}`, parameters: { type: 'object', properties: { arg: { type: 'string' } }, required: ['arg'] } },
});

const history = Array.from({ length: 10 }, (_, i) => [
  { role: 'assistant' as const, content: null, tool_calls: [{ id: `c${i}`, type: 'function' as const, function: { name: 'read_logs', arguments: `{"arg":"chunk ${i}"}` } }] },
  { role: 'tool' as const, tool_call_id: `c${i}`, content: `2026-07-24T10:0${i % 10}:00Z node-${i} replica lag ${i * 37}ms; leader epoch ${i % 3}` },
]).flat();

export const BENCH_REQUESTS: ChatRequest[] = [
  {
    model: 'router/auto',
    messages: [
      { role: 'system', content: 'Classify the traffic signal. Answer with one word: stop, go or caution.' },
      { role: 'user', content: 'The light ahead is glowing amber and flashing.' },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'signal', schema: { type: 'object', properties: { action: { enum: ['stop', 'go', 'caution'] } } } } },
  },
  {
    model: 'router/auto',
    messages: [
      { role: 'system', content: 'You monitor a distributed system. Keep track of which invariants are broken as logs arrive.' },
      { role: 'user', content: 'Start monitoring the cluster.' },
      ...history,
      { role: 'user', content: 'What is the state now? Which invariants are broken?' },
    ],
    tools: [tool('read_logs')],
  },
  {
    model: 'router/auto',
    messages: [
      { role: 'system', content: 'You are a navigation agent. Reach the goal page with the fewest clicks.' },
      { role: 'user', content: 'Goal: find the refund policy for orders shipped to Canada. Start at the home page. Plan the next step.' },
    ],
    tools: [tool('click'), tool('open_url'), tool('search_site')],
  },
  {
    model: 'router/auto',
    messages: [
      { role: 'user', content: 'Allocate a budget of 100 across four projects. Project A costs 30 and returns 45; B costs 50 and returns 70; C costs 20 and returns 26; D costs 40 and returns 62. Maximise total return under the budget and give the allocation as JSON.' },
    ],
    response_format: { type: 'json_object' },
  },
  {
    model: 'router/auto',
    messages: [
      { role: 'system', content: 'Past episodes retrieved from memory follow. Learn from them and decide.' },
      { role: 'user', content: 'Episode 1: bought at 101, sold at 97, loss. Episode 2: held through the dip, recovered to 110, profit. Episode 3: sold early at 104, missed the rally to 118. Now the price is 99 after a dip. Buy, sell or hold?' },
    ],
  },
  { model: 'router/auto', messages: [{ role: 'user', content: 'Translate "good morning" into French.' }] },
];
