// Browsing: replays open_link/search calls from the transcript, and checks submitted plans.
import type { AssistantMessage, ChatMessage } from '../../../src/core/types';
import { extractJson, isRecord, replyText } from '../../lib/reply-text';
import { callsOf, type ParsedCall } from '../../lib/tool-calls';
import { breadcrumb, renderPage, type SiteScenario } from './site';

export interface BrowseState { opened: number[]; plan?: unknown[] }

export function step(scenario: SiteScenario, state: BrowseState, call: ParsedCall): { state: BrowseState; result: string } {
  if (call.name === 'submit_plan') return { state: { ...state, plan: planOf(call.args) }, result: 'Plan received.' };
  if (call.name === 'search') {
    const query = typeof call.args?.query === 'string' ? call.args.query.toLowerCase() : '';
    const words = query.split(/\W+/).filter((w) => w.length >= 3);
    const hits = scenario.pages
      .map((page, index) => ({ page, index }))
      .filter(({ page }) => words.some((w) => page.title.toLowerCase().includes(w)))
      .slice(0, 3)
      .map(({ index }) => `- ${breadcrumb(scenario.pages, index)}`);
    return { state, result: hits.length > 0 ? `Results:\n${hits.join('\n')}` : 'No results.' };
  }
  const id = call.name === 'open_link' ? call.args?.link_id : undefined;
  const link = scenario.links.find((l) => l.id === id && state.opened.includes(l.from));
  if (!link) return { state, result: 'Error: unknown link id, or a link on a page you have not opened.' };
  const opened = state.opened.includes(link.to) ? state.opened : [...state.opened, link.to];
  return { state: { ...state, opened }, result: renderPage(scenario, link.to) };
}

function planOf(args: Record<string, unknown> | undefined): unknown[] {
  const plan = args?.link_ids;
  return Array.isArray(plan) ? plan : [];
}

/** A plan written as JSON text, for agents that answer without the tool. */
export function textPlan(message: AssistantMessage | undefined): unknown[] | undefined {
  const json = extractJson(replyText(message));
  const plan = Array.isArray(json) ? json : isRecord(json) ? (json.link_ids ?? json.plan) : undefined;
  return Array.isArray(plan) ? plan : undefined;
}

export function replay(scenario: SiteScenario, messages: readonly ChatMessage[]): BrowseState {
  let state: BrowseState = { opened: [0] };
  for (const message of messages) {
    if (message.role !== 'assistant' || state.plan) continue;
    const calls = callsOf(message);
    if (calls.length === 0) return { ...state, plan: textPlan(message) };
    for (const call of calls) if (!state.plan) state = step(scenario, state, call).state;
  }
  return state;
}

/** Follows a plan from home; the number of clicks when it ends on the target, else undefined. */
export function followPlan(scenario: SiteScenario, plan: readonly unknown[]): number | undefined {
  let at = 0;
  for (const id of plan) {
    const link = scenario.links.find((l) => l.from === at && typeof id === 'string' && l.id === id.trim().toUpperCase());
    if (!link) return undefined;
    at = link.to;
  }
  return at === scenario.target ? plan.length : undefined;
}
