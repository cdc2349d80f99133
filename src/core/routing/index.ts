export { route, routeForType, type RouteContext } from './route';
export type { CandidateScore, Decision } from './decision';
export type { AvailabilityCheck, Rejection } from './candidates';
export { RoutingError, type RoutingErrorCode } from './routing-error';
export { ProfileRegistry } from './registry';
export { buildRoutingTable, type RoutingTable, type ModelRow } from './table';
export { dominates, frontierFlags, type Point } from './frontier';
export { estimateInputTokens, predict, requestFeatures, type Prediction, type RequestFeatures } from './predict';
