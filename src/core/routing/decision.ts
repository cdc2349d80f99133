// What route() returns: the plan for the executor plus everything explain shows.
import type { Limits, Objective } from './config-schema';
import type { Classification, Plan } from '../types';
import type { Rejection } from './candidates';

export interface CandidateScore {
  model: string;
  provider: string;
  /** The score the policy ranked by: the mean, or the interval's low end when conservative. */
  score: number;
  scoreMean: number;
  scoreLo: number;
  scoreHi: number;
  /** Predicted USD for this request (one call). */
  costUsd: number;
  /** Predicted wall time for this request (one call). */
  latencyMs: number;
  /** The policy's objective value (higher is better). */
  utility: number;
  frontier: boolean;
}

export interface Decision {
  plan: Plan;
  policy: string;
  objective: Objective;
  conservative: boolean;
  /** Set when the request named a catalog model: routing only checked it can serve the request. */
  pinned: string | null;
  classification: Classification;
  /** Estimated prompt tokens (null when routing for a type without a request). */
  inputTokens: number | null;
  limits: Limits;
  /** Non-dominated candidate ids, in policy order. */
  frontier: string[];
  /** Candidates within every limit, in policy order (plan = the first 1 + maxFallbacks). */
  candidates: CandidateScore[];
  rejected: Rejection[];
  profiles: { version: number; generatedAt: string; simulated: boolean };
}
