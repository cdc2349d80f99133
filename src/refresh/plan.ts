// The deterministic run plan: models x tasks x scenario seeds x repeats. Every item has a
// stable key (resume skips finished keys) and a per-type scenario index for the sim oracle
// that does not depend on the model or on execution order.
import { fnv1a as hashString } from '../util/hash';
import { DIFFICULTIES, type AnyTask, type Difficulty } from '../../benchmarks/types';
import type { AgentType } from '../core/types';

export interface PlanOptions {
  models: readonly string[];
  tasks: readonly AnyTask[];
  validationTasks?: readonly AnyTask[];
  /** Scenarios per task; each task's defaultScenarios when absent. */
  scenariosPerTask?: number;
  repeats?: number;
  /** Base seed: refreshes rotate it so scenarios change between refreshes. */
  seed: number;
}

export interface PlanItem {
  key: string;
  /** Position in the plan: aggregation sorts by it, so results never depend on finish order. */
  ordinal: number;
  model: string;
  taskId: string;
  type: AgentType;
  validation: boolean;
  seed: number;
  difficulty: Difficulty;
  scenario: number;
  repeat: number;
  /** Ordinal among the same-type (suite or validation) items of one model. */
  scenarioIndex: number;
}

export function scenarioSeed(baseSeed: number, taskId: string, scenario: number): number {
  return hashString(`${baseSeed >>> 0}|${taskId}|${scenario}`);
}

/** A refresh's seed: the base seed rotated by the refresh number. */
export function refreshSeed(baseSeed: number, refreshNumber: number): number {
  return hashString(`refresh|${baseSeed >>> 0}|${refreshNumber}`);
}

interface TaskSlot {
  task: AnyTask;
  validation: boolean;
  count: number;
  indexBase: number;
}

function taskSlots(options: PlanOptions, repeats: number): TaskSlot[] {
  const nextBase = new Map<string, number>();
  const entries = [
    ...options.tasks.map((task) => ({ task, validation: false })),
    ...(options.validationTasks ?? []).map((task) => ({ task, validation: true })),
  ];
  return entries.map(({ task, validation }) => {
    const group = `${validation ? 'validation' : 'suite'}|${task.type}`;
    const count = options.scenariosPerTask ?? task.defaultScenarios;
    const indexBase = nextBase.get(group) ?? 0;
    nextBase.set(group, indexBase + count * repeats);
    return { task, validation, count, indexBase };
  });
}

/** Scenario-major order (scenario, task, repeat, model): any prefix covers every task and model. */
export function buildPlan(options: PlanOptions): PlanItem[] {
  const repeats = Math.max(1, options.repeats ?? 1);
  const slots = taskSlots(options, repeats);
  const maxCount = Math.max(0, ...slots.map((slot) => slot.count));
  const items: PlanItem[] = [];
  for (let scenario = 0; scenario < maxCount; scenario++) {
    for (const slot of slots) {
      if (scenario >= slot.count) continue;
      const seed = scenarioSeed(options.seed, slot.task.id, scenario);
      const difficulty = DIFFICULTIES[scenario % DIFFICULTIES.length] ?? 'medium';
      for (let repeat = 0; repeat < repeats; repeat++) {
        for (const model of options.models) {
          items.push({
            key: `${model}|${slot.task.id}|${seed}|${difficulty}|r${repeat}`,
            ordinal: items.length,
            model,
            taskId: slot.task.id,
            type: slot.task.type,
            validation: slot.validation,
            seed,
            difficulty,
            scenario,
            repeat,
            scenarioIndex: slot.indexBase + scenario * repeats + repeat,
          });
        }
      }
    }
  }
  return items;
}
