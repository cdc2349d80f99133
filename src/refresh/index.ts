// The refresh runner's public surface, runtime-neutral (Node and Workers). Node-only file
// stores are in ./node.
export { createCallModel, consumeStream, type CallModel, type CallModelOptions, type CallOutcome } from './call-model';
export { createSimCallModel } from './sim-call-model';
export { RefreshController, parseEvery, type RefreshControllerDeps, type RefreshStartOptions, type RefreshStatus } from './controller';
export { runRefreshSlice, requestRefresh, refreshProgress, type SliceDeps, type SliceBudget, type SliceReport, type RefreshSchedule } from './slice';
export type { SliceState } from './slice-state';
export { createMemoryKv, type KeyValueStore } from './kv-run-log';
export { createMemoryRunLog, parseRunLog, viewRunLog, type RunLogStore, type RunLogRecord, type ScenarioRecord } from './run-log';
export { runSession, type ProfileSink, type SessionDeps, type SessionOptions, type SessionResult } from './session';
export { runPlan, type RunProgress, type RunOutcome } from './runner';
export { buildPlan, refreshSeed, type PlanItem } from './plan';
export { aggregateRun, type MeasuredModel } from './aggregate';
export { mergeProfiles, parseProfileSet } from './profile-merge';
export { LimiterSet, ProviderLimiter, type LimiterOptions } from './limiter';
export { callCostUsd } from './pricing';
export { validityReport, formatValidity } from './validity';
