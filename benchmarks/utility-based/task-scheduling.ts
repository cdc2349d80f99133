// Utility-based: pick and time jobs on one machine to maximise reward under time windows,
// dependencies and a cost budget. Score: reward / optimal reward, 0 if the schedule is invalid.
import { createRng, type Rng } from '../lib/rng';
import { field, isObject, replyObject, toNumber } from '../lib/reply-json';
import { guardScore, jsonReply, jsonSchemaFormat, runSingleCall, zero } from '../lib/task-kit';
import type { Difficulty, Task, TaskRequest } from '../types';
import { scheduleViolation, solveSchedule, type Job, type Schedule, type ScheduledJob } from './scheduling-solver';

export interface SchedulingScenario {
  difficulty: Difficulty;
  jobs: Job[];
  horizon: number;
  budget: number;
  request: TaskRequest;
}

const SIZES: Record<Difficulty, { jobs: number; horizon: number; dependencyChance: number }> = {
  easy: { jobs: 6, horizon: 12, dependencyChance: 0.25 },
  medium: { jobs: 8, horizon: 14, dependencyChance: 0.3 },
  hard: { jobs: 10, horizon: 16, dependencyChance: 0.4 },
};

const JOB_NAMES = [
  'calibrate press', 'repaint housing', 'rush order A', 'firmware flash', 'quality audit',
  'pallet rework', 'sample batch', 'die change', 'customer demo units', 'spare parts run',
  'coating trial', 'export order', 'warranty repairs', 'prototype run', 'label reprint',
];

function drawJobs(rng: Rng, difficulty: Difficulty): Job[] {
  const { jobs: n, horizon, dependencyChance } = SIZES[difficulty];
  const names = rng.shuffle(JOB_NAMES);
  const jobs: Job[] = [];
  for (let i = 0; i < n; i++) {
    const duration = rng.int(1, 4);
    const release = rng.int(0, horizon - duration - 1);
    const deadline = Math.min(horizon, release + duration + rng.int(0, 5));
    const requires = i > 0 && rng.chance(dependencyChance) ? [`J${rng.int(1, i)}`] : [];
    jobs.push({ id: `J${i + 1}`, name: names[i]!, duration, reward: rng.int(2, 18) * 5, cost: rng.int(2, 12) * 50, release, deadline, requires });
  }
  return jobs;
}

/** Draws until the instance is interesting: a dependency, and an optimum of 2+ jobs that is not everything. */
function drawInstance(seed: number, difficulty: Difficulty): { jobs: Job[]; budget: number } {
  const rng = createRng(`task-scheduling:${difficulty}:${seed}`);
  for (;;) {
    const jobs = drawJobs(rng, difficulty);
    const totalCost = jobs.reduce((sum, job) => sum + job.cost, 0);
    const budget = Math.round((totalCost * (0.45 + rng.next() * 0.2)) / 50) * 50;
    const best = solveSchedule(jobs, budget);
    if (jobs.some((job) => job.requires.length > 0) && best.entries.length >= 2 && best.entries.length < jobs.length) {
      return { jobs, budget };
    }
  }
}

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['schedule'],
  properties: {
    schedule: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['job', 'start'],
        properties: { job: { type: 'string' }, start: { type: 'integer' } },
      },
    },
  },
};

function buildRequest(jobs: readonly Job[], horizon: number, budget: number): TaskRequest {
  const rows = jobs.map(
    (job) =>
      `| ${job.id} | ${job.name} | ${job.duration} | ${job.reward} | ${job.cost} | ${job.release} | ${job.deadline} | ${job.requires.join(', ') || '-'} |`,
  );
  const system =
    'You are the scheduling agent of a small factory. You decide which jobs run on the single machine today and when, ' +
    'to maximise the total reward of the jobs completed, subject to every constraint. Answer with the schedule only.';
  const user = [
    `Shift: hours 0 to ${horizon}. Spending budget for today: $${budget}.`,
    '',
    '| job | name | duration (h) | reward | cost ($) | earliest start (h) | deadline (h) | requires |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Rules: the machine runs one job at a time and a job runs without interruption. A job starts at a whole hour, ' +
      'no earlier than its earliest start, and must finish by its deadline. A job that requires another may start only ' +
      'after that job has finished, and both must be scheduled. The total cost of the scheduled jobs must stay within ' +
      'the budget. Unscheduled jobs earn nothing; a schedule breaking any rule earns nothing.',
    'Return {"schedule": [{"job": "J1", "start": 0}, ...]} with the jobs to run and their start hours.',
  ].join('\n');
  return {
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: user },
    ],
    response_format: jsonSchemaFormat('machine_schedule', SCHEMA),
  };
}

function parseEntries(reply: Parameters<typeof replyObject>[0]): ScheduledJob[] | string {
  const parsed = replyObject(reply);
  if (!parsed.ok) return parsed.error;
  const list = field(parsed.value, 'schedule', 'jobs', 'plan');
  if (!Array.isArray(list)) return 'no schedule array';
  const entries: ScheduledJob[] = [];
  for (const item of list.slice(0, 100)) {
    if (!isObject(item)) return 'schedule entry is not an object';
    const rawId = field(item, 'job', 'id', 'jobId');
    const start = toNumber(field(item, 'start', 'startHour', 'startTime'));
    const id = typeof rawId === 'number' ? `J${rawId}` : typeof rawId === 'string' ? rawId.trim().toUpperCase() : '';
    if (id === '' || start === null) return 'schedule entry without job or start';
    entries.push({ job: /^\d+$/.test(id) ? `J${id}` : id, start });
  }
  return entries;
}

export const taskScheduling: Task<SchedulingScenario> = {
  id: 'task-scheduling',
  type: 'utility_based',
  title: 'Task scheduling: jobs with rewards, costs, windows and dependencies',
  revision: 1,
  maxCallsPerScenario: 1,
  defaultScenarios: 10,
  generate(seed, difficulty) {
    const { jobs, budget } = drawInstance(seed, difficulty);
    const horizon = SIZES[difficulty].horizon;
    return { difficulty, jobs, horizon, budget, request: buildRequest(jobs, horizon, budget) };
  },
  run: (scenario, chat) => runSingleCall(scenario.request, chat),
  score(scenario, transcript) {
    return guardScore(() => {
      const entries = parseEntries(transcript.replies[transcript.replies.length - 1]);
      if (typeof entries === 'string') return zero(`unparseable: ${entries}`);
      const violation = scheduleViolation(scenario.jobs, scenario.budget, entries);
      if (violation) return zero(`invalid schedule: ${violation}`);
      const optimal = solveSchedule(scenario.jobs, scenario.budget).reward;
      const reward = entries.reduce((sum, e) => sum + scenario.jobs.find((job) => job.id === e.job)!.reward, 0);
      return { score: reward / optimal, diagnostics: { reward, optimal } };
    });
  },
  solve: (scenario): Schedule => solveSchedule(scenario.jobs, scenario.budget),
  respond(scenario, _request, mode) {
    const best = solveSchedule(scenario.jobs, scenario.budget);
    if (mode === 'optimal') return jsonReply({ schedule: best.entries });
    // Wrong: the optimal plan with its second job moved onto the first one (an overlap).
    const [first, second, ...rest] = best.entries;
    return jsonReply({ schedule: [first, { job: second!.job, start: first!.start }, ...rest] });
  },
};
