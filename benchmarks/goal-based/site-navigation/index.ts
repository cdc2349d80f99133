// Site navigation: explore a simulated website with tools, then submit the click plan to the target.
import type { AssistantMessage, ChatMessage } from '../../../src/core/types';
import { safeScore } from '../../lib/scoring';
import { callsOf, functionTool, toolCall, toolCallsReply, turnIndex } from '../../lib/tool-calls';
import { runToolLoop } from '../../lib/tool-loop';
import type { Task, TaskRequest } from '../../types';
import { followPlan, replay, step } from './browse';
import { generateSite, renderPage, type SiteScenario } from './site';

const MAX_CALLS = 8;

const SYSTEM = [
  'You are a web-navigation agent. Your goal is to find the shortest sequence of link clicks from the home page',
  'to a target page, so that a browser automation can replay it later. Explore with open_link (any link shown on',
  `a page you have opened) and search (site search; shows breadcrumbs, not link ids). You have at most ${MAX_CALLS}`,
  'replies in total, the last of which must be submit_plan with the link ids to click, starting from the home page.',
].join('\n');

const TOOLS = [
  functionTool('open_link', 'Open the page a link points to.', {
    type: 'object', properties: { link_id: { type: 'string' } }, required: ['link_id'], additionalProperties: false,
  }),
  functionTool('search', 'Search page titles; returns up to 3 breadcrumbs.', {
    type: 'object', properties: { query: { type: 'string' } }, required: ['query'], additionalProperties: false,
  }),
  functionTool('submit_plan', 'Submit the final plan: link ids to click in order, starting on the home page.', {
    type: 'object',
    properties: { link_ids: { type: 'array', items: { type: 'string' } } },
    required: ['link_ids'],
    additionalProperties: false,
  }),
];

function initialMessages(scenario: SiteScenario): ChatMessage[] {
  const goal = `Goal: reach the page "${scenario.pages[scenario.target]!.title}".`;
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: `${goal}\nYou are on the home page.\n${renderPage(scenario, 0)}` },
  ];
}

function request(messages: ChatMessage[], call: number): TaskRequest {
  const last = call === MAX_CALLS - 1;
  const toolChoice = last ? { type: 'function' as const, function: { name: 'submit_plan' } } : ('auto' as const);
  return { messages: structuredClone(messages), tools: TOOLS, tool_choice: toolChoice };
}

function onReply(scenario: SiteScenario, messages: ChatMessage[], reply: AssistantMessage) {
  const calls = callsOf(reply);
  if (calls.length === 0) return { toolMessages: [], ended: 'answered in text' };
  let state = replay(scenario, messages.slice(0, -1));
  const toolMessages = calls.map((call) => {
    const outcome = state.plan ? { state, result: 'Ignored: plan already submitted.' } : step(scenario, state, call);
    state = outcome.state;
    return { role: 'tool' as const, tool_call_id: call.id, content: outcome.result };
  });
  return state.plan ? { toolMessages, ended: 'plan submitted' } : { toolMessages };
}

function respond(scenario: SiteScenario, req: TaskRequest, mode: 'optimal' | 'wrong'): AssistantMessage {
  const turn = turnIndex(req.messages);
  const state = replay(scenario, req.messages);
  const plan = scenario.optimal;
  // Optimal: open each page along the shortest route (checking it), then submit. Wrong: stop one click short.
  const nextIndex = plan.findIndex((id) => !state.opened.includes(scenario.links.find((l) => l.id === id)!.to));
  const explore = mode === 'optimal' ? nextIndex : turn === 0 ? 0 : -1;
  if (explore >= 0) return toolCallsReply([toolCall(`call_${turn}`, 'open_link', { link_id: plan[explore]! })]);
  const submitted = mode === 'optimal' ? plan : plan.slice(0, -1);
  return toolCallsReply([toolCall(`call_${turn}`, 'submit_plan', { link_ids: submitted })]);
}

export const siteNavigation: Task<SiteScenario> = {
  id: 'site-navigation',
  type: 'goal_based',
  title: 'Site navigation: explore with tools, then plan the clicks',
  revision: 1,
  maxCallsPerScenario: MAX_CALLS,
  defaultScenarios: 8,
  generate: generateSite,
  run: (scenario, chat) =>
    runToolLoop(
      { initial: initialMessages(scenario), maxCalls: MAX_CALLS, request, onReply: (messages, reply) => onReply(scenario, messages, reply) },
      chat,
    ),
  score: (scenario, transcript) =>
    safeScore(() => {
      const { plan } = replay(scenario, transcript.messages);
      if (!plan) return { score: 0, diagnostics: { error: 'no plan submitted' } };
      const steps = followPlan(scenario, plan);
      const optimal = scenario.optimal.length;
      const diagnostics = { plan, steps: steps ?? null, optimal };
      return { score: steps === undefined ? 0 : optimal / Math.max(steps, optimal), diagnostics };
    }),
  solve: (scenario) => scenario.optimal,
  respond,
};
