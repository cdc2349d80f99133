// The routing decision for one request: `router/*` goes through classify + route; a concrete
// model id goes straight to that model after a capability check.
import type { RouterConfig } from '../core/routing/config-schema';
import { resolveClassification, type ClassifierModel, type ClassifyDeps, type ScanCache, type SessionStore } from '../core/classify';
import { route, type Decision, type ProfileRegistry } from '../core/routing';
import type { ChatRequest } from '../core/types';
import type { CircuitBreakers } from '../execute/circuit-breaker';
import { checkAgentTypeOverrides, decisionHeaders, mergeRouterOptions, routerOptionsFromHeaders } from '../http/router-headers';
import type { Routing } from '../http/routes/chat';
import type { CatalogIndex } from './catalog-index';
import { planForModel } from './direct-model';

export interface DecideDeps {
  index: CatalogIndex;
  registry: ProfileRegistry;
  routerConfig: RouterConfig;
  breakers: CircuitBreakers;
  sessions: SessionStore;
  /** Loaded once at startup, so mismatched weights fail the start, not every request. */
  classifier: ClassifierModel;
  /** Scans of text shared across sessions (system prompts, tools); optional, same decisions. */
  scanCache?: ScanCache;
}

export type HeaderGetter = (name: string) => string | undefined;

export interface Decider {
  decide(request: ChatRequest, header: HeaderGetter): Routing;
  /** The full decision for a router request (explain); throws for a concrete model id. */
  explain(request: ChatRequest, header: HeaderGetter): Decision;
}

export function createDecide(deps: DecideDeps): Decider {
  const isAvailable = (modelId: string) => deps.breakers.isAvailable(modelId);
  const classifyDeps: ClassifyDeps = { sessions: deps.sessions, model: deps.classifier, scanCache: deps.scanCache };

  const explain = (request: ChatRequest, header: HeaderGetter): Decision => {
    checkAgentTypeOverrides(header, request);
    const fromHeaders = routerOptionsFromHeaders(header);
    const routed: ChatRequest = fromHeaders ? { ...request, router: mergeRouterOptions(request.router, fromHeaders) } : request;
    const classification = resolveClassification(
      routed,
      { headerAgentType: header('x-agent-type'), sessionId: header('x-session-id') },
      classifyDeps,
    );
    return route(routed, classification, { table: deps.registry.current(), config: deps.routerConfig, isAvailable });
  };

  const decide = (request: ChatRequest, header: HeaderGetter): Routing => {
    if (!request.model.startsWith('router/')) {
      const { plan } = planForModel(request, deps.index);
      return { plan, headers: { 'x-router-policy': 'direct' } };
    }
    const decision = explain(request, header);
    return { plan: decision.plan, headers: decisionHeaders(decision) };
  };

  return { decide, explain };
}
