// What the refresh runner needs from a built gateway, the same on Node and Workers: a way to
// call models (through the gateway's own adapters) and the default models to measure.
import { SUITE_TASKS } from '../../benchmarks/index';
import { GatewayError } from '../core/errors';
import type { RefreshRequest } from '../http/routes/refresh-api';
import { shippedSimModels } from '../providers/sim';
import { createCallModel, createSimCallModel, type CallModel, type RefreshStartOptions } from '../refresh';
import type { GatewayCore as Gateway } from './build';

export const REFRESH_TASKS = SUITE_TASKS;

/**
 * Simulated models are played on a virtual clock (no real waiting: their latency is configured,
 * so a refresh measures it exactly without sleeping); real ones go through the same adapters
 * that serve traffic, so the refresh measures what users get.
 */
export function refreshCallModel(gateway: Gateway): CallModel {
  const catalog = gateway.index.served();
  if (gateway.mode === 'simulated') return createSimCallModel(shippedSimModels(), catalog);
  return createCallModel({ catalog, adapterFor: (provider) => gateway.adapterFor(provider) });
}

/** Options for one refresh: the request's, else the config's, else every model the router uses. */
export function refreshOptions(
  gateway: Gateway,
  request: RefreshRequest,
  defaults: { models?: string[]; scenariosPerTask?: number; budgetUsd?: number },
): RefreshStartOptions {
  const models = request.models ?? defaults.models ?? gateway.routingModels().map((m) => m.id);
  for (const id of models) {
    const entry = gateway.index.find(id);
    if (!entry || !gateway.index.isServed(entry)) throw new RefreshModelError(id);
  }
  const options: RefreshStartOptions = { models };
  if (request.types) options.types = request.types;
  const scenarios = request.scenarios_per_task ?? defaults.scenariosPerTask;
  if (scenarios !== undefined) options.scenariosPerTask = scenarios;
  const budget = request.budget_usd ?? defaults.budgetUsd;
  if (budget !== undefined) options.maxSpendUsd = budget;
  if (request.seed !== undefined) options.seed = request.seed;
  return options;
}

export class RefreshModelError extends GatewayError {
  constructor(model: string) {
    super({ status: 400, message: `Cannot refresh '${model}': not a served catalog model.`, param: 'models', code: 'model_not_available' });
  }
}
