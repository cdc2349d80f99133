// Exact single-machine job selection with time windows, precedence and a cost budget.
// dp[mask] is the earliest time at which exactly the jobs in `mask` can all be finished in some
// precedence-respecting order; an earlier finish never hurts later jobs, so this is exact.

export interface Job {
  id: string;
  name: string;
  duration: number;
  reward: number;
  cost: number;
  /** Earliest start (hours from shift start). */
  release: number;
  /** Latest finish. */
  deadline: number;
  /** Ids of jobs that must be scheduled and finished before this one starts. */
  requires: string[];
}

export interface ScheduledJob {
  job: string;
  start: number;
}

export interface Schedule {
  reward: number;
  cost: number;
  entries: ScheduledJob[];
}

function prerequisiteMasks(jobs: readonly Job[]): number[] {
  const index = new Map(jobs.map((job, i) => [job.id, i]));
  return jobs.map((job) => job.requires.reduce((mask, id) => mask | (1 << (index.get(id) ?? 0)), 0));
}

export function solveSchedule(jobs: readonly Job[], budget: number): Schedule {
  const n = jobs.length;
  const size = 1 << n;
  const finish = new Float64Array(size).fill(Infinity);
  const parentJob = new Int8Array(size).fill(-1);
  const needs = prerequisiteMasks(jobs);
  finish[0] = 0;
  for (let mask = 0; mask < size; mask++) {
    const now = finish[mask]!;
    if (now === Infinity) continue;
    for (let j = 0; j < n; j++) {
      const bit = 1 << j;
      if (mask & bit || (needs[j]! & mask) !== needs[j]) continue;
      const job = jobs[j]!;
      const end = Math.max(now, job.release) + job.duration;
      if (end <= job.deadline && end < finish[mask | bit]!) {
        finish[mask | bit] = end;
        parentJob[mask | bit] = j;
      }
    }
  }
  let best = 0;
  let bestReward = 0;
  for (let mask = 1; mask < size; mask++) {
    if (finish[mask] === Infinity) continue;
    const { reward, cost } = totals(jobs, mask);
    if (cost <= budget && reward > bestReward) {
      best = mask;
      bestReward = reward;
    }
  }
  return rebuild(jobs, best, parentJob);
}

function totals(jobs: readonly Job[], mask: number): { reward: number; cost: number } {
  let reward = 0;
  let cost = 0;
  jobs.forEach((job, j) => {
    if (mask & (1 << j)) {
      reward += job.reward;
      cost += job.cost;
    }
  });
  return { reward, cost };
}

function rebuild(jobs: readonly Job[], mask: number, parentJob: Int8Array): Schedule {
  const order: number[] = [];
  for (let m = mask; m !== 0; m &= ~(1 << parentJob[m]!)) order.unshift(parentJob[m]!);
  let now = 0;
  const entries = order.map((j) => {
    const job = jobs[j]!;
    const start = Math.max(now, job.release);
    now = start + job.duration;
    return { job: job.id, start };
  });
  return { ...totals(jobs, mask), entries };
}

/** Why a schedule is invalid, or null when it is valid. */
export function scheduleViolation(jobs: readonly Job[], budget: number, entries: readonly ScheduledJob[]): string | null {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const seen = new Map<string, number>();
  let cost = 0;
  for (const entry of entries) {
    const job = byId.get(entry.job);
    if (!job) return `unknown job ${entry.job}`;
    if (seen.has(job.id)) return `job ${job.id} scheduled twice`;
    if (!Number.isInteger(entry.start)) return `${job.id} does not start at a whole hour`;
    seen.set(job.id, entry.start);
    cost += job.cost;
    if (entry.start < job.release) return `${job.id} starts before its earliest start`;
    if (entry.start + job.duration > job.deadline) return `${job.id} finishes after its deadline`;
  }
  if (cost > budget) return `cost ${cost} over budget ${budget}`;
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    const previous = sorted[k - 1]!;
    if (sorted[k]!.start < previous.start + byId.get(previous.job)!.duration) return `${previous.job} overlaps ${sorted[k]!.job}`;
  }
  for (const entry of entries) {
    for (const need of byId.get(entry.job)!.requires) {
      const needStart = seen.get(need);
      if (needStart === undefined) return `${entry.job} needs ${need}, which is not scheduled`;
      if (needStart + byId.get(need)!.duration > entry.start) return `${entry.job} starts before ${need} finishes`;
    }
  }
  return null;
}
