// `npm run suite:describe`: what a default refresh runs, what it costs in calls, and what it sends.
import { playMode } from '../benchmarks/harness';
import { contentText } from '../benchmarks/lib/reply-text';
import { SUITE_TASKS, suiteVersion, VALIDATION_TASKS } from '../benchmarks/index';
import { DIFFICULTIES, type AnyTask, type TaskRequest } from '../benchmarks/types';

const SAMPLE_SEEDS = 10;
const PROMPT_CHARS = 600;

async function measuredCalls(task: AnyTask): Promise<{ mean: number; example: TaskRequest | undefined }> {
  let calls = 0;
  let example: TaskRequest | undefined;
  for (const difficulty of DIFFICULTIES) {
    for (let seed = 0; seed < SAMPLE_SEEDS; seed++) {
      const { transcript, requests } = await playMode(task, task.generate(seed, difficulty), 'optimal');
      calls += transcript.calls;
      if (difficulty === 'medium' && seed === 0) example = requests[0];
    }
  }
  return { mean: calls / (SAMPLE_SEEDS * DIFFICULTIES.length), example };
}

function truncate(text: string): string {
  return text.length <= PROMPT_CHARS ? text : `${text.slice(0, PROMPT_CHARS)}\n... (${text.length - PROMPT_CHARS} more chars)`;
}

function describeRequest(request: TaskRequest | undefined): string {
  if (!request) return '  (no request)';
  const lines = request.messages.map((m) => `  [${m.role}] ${truncate(contentText(m.content)).replace(/\n/g, '\n    ')}`);
  const tools = request.tools?.map((t) => t.function.name).join(', ');
  const format = request.response_format?.type === 'json_schema' ? request.response_format.json_schema.name : undefined;
  return [...lines, `  tools: ${tools ?? '-'}   response_format: ${format ?? '-'}`].join('\n');
}

async function describeTasks(title: string, tasks: readonly AnyTask[]): Promise<number> {
  console.log(`\n=== ${title} ===`);
  let total = 0;
  for (const task of tasks) {
    const { mean, example } = await measuredCalls(task);
    const budget = task.defaultScenarios * task.maxCallsPerScenario;
    total += budget;
    console.log(`\n${task.id} (${task.type}, revision ${task.revision}): ${task.title}`);
    console.log(`  scenarios ${task.defaultScenarios} x max calls ${task.maxCallsPerScenario} = ${budget}; solver mean calls ${mean.toFixed(2)}`);
    console.log('  example first request (medium, seed 0):');
    console.log(describeRequest(example));
  }
  return total;
}

const suiteCalls = await describeTasks('Suite tasks', SUITE_TASKS);
const validationCalls = await describeTasks('Validation tasks (held out)', VALIDATION_TASKS);
console.log(`\nSuite version: ${suiteVersion()}`);
console.log(`Total calls per default refresh (upper bound): suite ${suiteCalls}, validation ${validationCalls}`);
