// What the classifier's mistakes cost once a request is routed. For each labelled request and
// policy, three routes: by the classifier's posterior, by the true type (the oracle), and by a
// flat posterior (no classifier: every type equally likely). Each pick is valued as the router
// itself would value it if it knew the true type: the policy's objective under that type's
// predicted score, cost and latency. Pure: rows, table and config come in.
import { AGENT_TYPES, certainClassification, type AgentType, type ChatRequest, type Classification, type Posterior } from '../src/core/types';
import type { RouterConfig } from '../src/core/routing/config-schema';
import { mixWeights, objectiveValue } from '../src/core/routing/policies';
import { predict, requestFeatures, route, type RoutingTable } from '../src/core/routing';

export interface ImpactRow {
  request: ChatRequest;
  label: AgentType;
  classification: Classification;
}

export interface RouterTally {
  /** Requests whose primary model is the oracle's. */
  sameAsOracle: number;
  /** Sum over requests of (oracle's true-type objective - this pick's). */
  regret: number;
  /** Sum of the pick's predicted score under the true type. */
  trueScore: number;
  /** Picks whose true-type score is under the policy's min_score (the limit the oracle honours). */
  belowMinScore: number;
  /** Requests this router could not route at all (counted nowhere else). */
  noRoute: number;
}

export interface PolicyImpact {
  policy: string;
  objective: string;
  requests: number;
  /** Routed by the classifier's posterior (what the gateway does). */
  classifier: RouterTally;
  /** Routed as if the classifier's top type were certain. */
  argmax: RouterTally;
  flat: RouterTally;
  oracleTrueScore: number;
}

const emptyTally = (): RouterTally => ({ sameAsOracle: 0, regret: 0, trueScore: 0, belowMinScore: 0, noRoute: 0 });

function fixed(type: AgentType, posterior: Posterior, confidence: number): Classification {
  return { type, confidence, posterior, signals: [], source: 'override' };
}

const FLAT = Object.fromEntries(AGENT_TYPES.map((t) => [t, 1 / AGENT_TYPES.length])) as Posterior;

export function routingImpact(rows: readonly ImpactRow[], table: RoutingTable, config: RouterConfig): PolicyImpact[] {
  const ctx = { table, config, isAvailable: () => true };
  const byId = new Map(table.rows.map((row) => [row.id, row]));
  return Object.values(config.policies).map((policy) => {
    const impact: PolicyImpact = { policy: policy.name, objective: policy.objective, requests: 0, classifier: emptyTally(), argmax: emptyTally(), flat: emptyTally(), oracleTrueScore: 0 };
    for (const { request, label, classification } of rows) {
      // model router/<policy>, so a dataset row naming a catalog model is not pinned to it.
      const req: ChatRequest = { ...request, model: `router/${policy.name}` };
      delete req.router;
      const truth = certainClassification(label);
      let oracle: string;
      try {
        oracle = route(req, truth, ctx).plan.primary;
      } catch {
        continue; // no model fits this request under the true type: nothing to compare
      }
      const features = requestFeatures(req);
      const weights = mixWeights(policy, [[label, 1]]);
      const value = (id: string): { utility: number; score: number } => {
        const p = predict(table, byId.get(id)!, [[label, 1]], features);
        return { utility: objectiveValue(policy.objective, weights, p.score, p.costUsd, p.latencyMs), score: p.score };
      };
      const best = value(oracle);
      impact.requests++;
      impact.oracleTrueScore += best.score;
      const minScore = policy.limits.minScore ?? -Infinity;
      const routers = [
        [impact.classifier, classification],
        [impact.argmax, certainClassification(classification.type)],
        [impact.flat, fixed(classification.type, FLAT, 1 / AGENT_TYPES.length)],
      ] as const;
      for (const [tally, classified] of routers) {
        let pick: string;
        try {
          pick = route(req, classified, ctx).plan.primary;
        } catch {
          tally.noRoute++;
          continue;
        }
        const got = value(pick);
        if (pick === oracle) tally.sameAsOracle++;
        tally.regret += best.utility - got.utility;
        tally.trueScore += got.score;
        if (got.score < minScore) tally.belowMinScore++;
      }
    }
    return impact;
  });
}
