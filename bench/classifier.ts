// Latency of classify() on three request sizes: p50/p99 in microseconds over many calls.
// Run: npm run bench:classifier
import { classify, createScanCache } from '../src/core/classify';
import type { ChatMessage, ChatRequest, FunctionTool } from '../src/core/types';
import { quantileSorted } from '../benchmarks/lib/stats';
import { timeCalls, timePaired } from './timing';

function tool(name: string): FunctionTool {
  return { type: 'function', function: { name, description: `Calls ${name} on the current page.`, parameters: { type: 'object', properties: { element_id: { type: 'string' }, text: { type: 'string' } }, required: ['element_id'] } } };
}

export function oneTurn(): ChatRequest {
  return { model: 'router/auto', messages: [{ role: 'system', content: 'Classify the message. Reply with one of BILLING, TECH, SALES.' }, { role: 'user', content: 'my invoice shows the wrong VAT number' }], max_tokens: 3 };
}

/** ~8 KB: a browser agent 12 turns in, with 5 tools. */
export function twelveTurnsWithTools(): ChatRequest {
  const page = '[page] Orders – page 2 of 4\n[a11y] table#orders rows: 8812 shipped, 8813 pending, 8814 delivered; button#next link#billing link#profile input#search\n'.repeat(3);
  const messages: ChatMessage[] = [
    { role: 'system', content: 'You operate a web browser for the user. Task: change the delivery address of order 8813 to the Leeds office and confirm. After each action you receive the new page. One tool call per turn.' },
    { role: 'user', content: page },
  ];
  for (let i = 0; i < 12; i++) {
    const id = `call_${i}`;
    messages.push({ role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: i % 2 ? 'click' : 'type_text', arguments: `{"element_id":"el-${i}","text":"Leeds"}` } }] });
    messages.push({ role: 'tool', tool_call_id: id, content: page.slice(0, 420) });
  }
  return { model: 'router/auto', messages, tools: ['click', 'type_text', 'select_option', 'scroll', 'finish'].map(tool), tool_choice: 'required' };
}

/** ~200 KB: a long log paste plus 30 observation turns. */
export function large(): ChatRequest {
  const line = '12:01:44 pricing ERROR currency table lookup failed key=CHF err=nil map (retry 2/3) →  upstream 502\n';
  const messages: ChatMessage[] = [{ role: 'system', content: 'You watch the log stream. For each batch, output INCIDENT and TAG.' }];
  for (let i = 0; i < 30; i++) {
    messages.push({ role: 'user', content: `batch ${1400 + i}\n${line.repeat(64)}` });
    messages.push({ role: 'assistant', content: 'INCIDENT:INC-5521 TAG:deploy_regression' });
  }
  messages.push({ role: 'user', content: `batch 1431\n${line.repeat(64)}` });
  return { model: 'router/auto', messages };
}

/**
 * ~20 KB: the first request of a coding agent's session (an 8 KB system prompt, 15 tools with
 * described parameters, one short user turn). `session` varies the user turn only.
 */
export function codingAgent(session = 0): ChatRequest {
  const rule = 'You are a careful coding assistant working in the user\'s repository. Prefer small, reviewable changes; explain what you changed and why. Never invent APIs: read the code first. When a command fails, read the error, then fix the cause rather than the symptom. ';
  const system = rule.repeat(Math.ceil(8000 / rule.length)).slice(0, 8000);
  const parameter = (key: string) => [key, { type: key === 'limit' || key === 'offset' ? 'integer' : 'string', description: `The ${key} to use; see the tool description for details and defaults.` }];
  const tools: FunctionTool[] = Array.from({ length: 15 }, (_, t) => ({
    type: 'function',
    function: {
      name: `tool_${t}_run`,
      description: `Runs operation ${t} on the workspace. Use it when you need to inspect or change files; it returns the output as text, truncated to 30,000 characters, and an exit code. Do not use it for long-running servers.`,
      parameters: { type: 'object', properties: Object.fromEntries(['path', 'pattern', 'limit', 'offset'].map(parameter)), required: ['path'] },
    },
  }));
  return { model: 'router/auto', messages: [{ role: 'system', content: system }, { role: 'user', content: `Ticket ${session}: the tests in src/parser fail since the last commit; find out why and fix it.` }], tools };
}

/**
 * Copies of a request as separately parsed objects (as the edge hands them over), each with its own
 * session number: equal texts are equal strings, not the same string.
 */
export function sessions(build: (session: number) => ChatRequest, count: number): ChatRequest[] {
  return Array.from({ length: count }, (_, i) => JSON.parse(JSON.stringify(build(i))) as ChatRequest);
}

/** The p99 aim for the 12-turn request, in microseconds. */
const AIM_US = 50;

interface Timing { p50: number; p90: number; p99: number; over: number }

/** Times `call` once per sample (µs), after a warm-up, and summarises. */
function time(call: (i: number) => void, iterations: number): Timing {
  return summarise(timeCalls(call, iterations, Math.min(2000, iterations)));
}

/** p50, p90, p99 and the share over the aim of sorted samples. */
function summarise(samples: Float64Array): Timing {
  // The share of calls over the aim: when it nears 1%, the p99 sits on the aim and one run's luck
  // decides which side (on a shared host, a steady ~1% of calls are interrupted).
  const n = samples.length;
  let over = 0;
  while (over < n && samples[n - 1 - over]! > AIM_US) over++;
  return { p50: quantileSorted(samples, 0.5), p90: quantileSorted(samples, 0.9), p99: quantileSorted(samples, 0.99), over: over / n };
}

// Requests reach classify() from JSON.parse at the edge, so the bench round-trips them through JSON
// too: built-up strings (repeat, concatenation) are ropes and read slower than parsed ones.
function measure(built: ChatRequest, iterations: number): Timing {
  const request = JSON.parse(JSON.stringify(built)) as ChatRequest;
  return time(() => classify(request), iterations);
}

// The host's share of the tail: a register-only loop (no memory, no allocation, no calls) sized to
// the 12-turn call's median. Whatever pushes it past the aim is the host (the hypervisor taking the
// CPU, interrupts), not the classifier; read the classifier's "over" share against this one's.
let sink = 0;
function spin(rounds: number): void {
  let h = sink | 1;
  for (let i = 0; i < rounds; i++) h = Math.imul(h ^ i, 0x01000193);
  sink = h;
}

/** The spin rounds whose median matches `medianUs`. */
function controlRounds(medianUs: number): number {
  let rounds = 1000;
  for (let step = 0; step < 4; step++) rounds = Math.max(1, Math.round(rounds * medianUs / time(() => spin(rounds), 3000).p50));
  return rounds;
}

// The 12-turn request and the host control take turns, one call each, over ~4 s each. The host's
// interruptions come in bursts, so a short window's p99 says more about the window than about the
// code, and only samples from the same stretch of time make the control a fair comparison.
const PAIRED_CALLS = 200_000;

const kb = (request: ChatRequest): string => `${(JSON.stringify(request).length / 1024).toFixed(1)} KB`;
const line = (name: string, size: string, t: Timing, n: number): string =>
  `${name.padEnd(18)} ${size.padStart(9)}  p50 ${t.p50.toFixed(1).padStart(7)} µs  p90 ${t.p90.toFixed(1).padStart(7)} µs  p99 ${t.p99.toFixed(1).padStart(7)} µs  over ${AIM_US} µs ${(t.over * 100).toFixed(2).padStart(5)}%  (${n} calls)`;

if (process.argv[1]?.endsWith('classifier.ts')) {
  console.log(`classify() latency, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const twelveTurn = JSON.parse(JSON.stringify(twelveTurnsWithTools())) as ChatRequest;
  const rounds = controlRounds(time(() => classify(twelveTurn), 5_000).p50);
  const [twelve, control] = timePaired(() => classify(twelveTurn), () => spin(rounds), PAIRED_CALLS, 2_000);
  const one = oneTurn(), big = large();
  console.log(line('1-turn', kb(one), measure(one, 50_000), 50_000));
  console.log(line('12-turn + 5 tools', kb(twelveTurn), summarise(twelve), PAIRED_CALLS));
  console.log(line('large', kb(big), measure(big, 2_000), 2_000));
  // The first request of a new session of an agent the process has served before: its system
  // prompt and tools are replayed from the gateway's scan cache (scan-replay.ts), its user turn is
  // new. 64 sessions in turn, each a separately parsed copy.
  const copies = sessions(codingAgent, 64);
  const bytes = kb(copies[0]!);
  console.log(line('coding agent, new', bytes, time(() => classify(copies[0]!), 5_000), 5_000));
  const cache = createScanCache();
  console.log(line('  same agent, seen', bytes, time((i) => classify(copies[i & 63]!, undefined, cache), 20_000), 20_000));
  console.log(line('host control', '(no work)', summarise(control), PAIRED_CALLS));
  console.log(`  (host control: ${rounds} multiply rounds in registers, sized to the 12-turn p50 and timed in turn with it; its tail is the host's, not the classifier's)`);
}
