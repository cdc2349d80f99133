// POST /v1/chat/completions: parse -> decide (router or a concrete model) -> execute -> serialise.
import { Hono } from 'hono';
import type { ChatRequest, ChatStreamPart, Plan } from '../../core/types';
import type { ModelEntry } from '../../core/catalog/types';
import type { Attempt, Executor } from '../../execute/executor';
import { readJsonBody } from '../json-body';
import { parseChatRequest } from '../openai/request-schema';
import { toChatCompletion } from '../openai/response';
import { openAISseStream } from '../openai/stream';

export interface Routing {
  plan: Plan;
  /** Decision headers (x-router-*), sent with the response. */
  headers: Record<string, string>;
}

export interface ChatRouteDeps {
  maxBodyBytes: number;
  /** Throws a GatewayError (4xx) when the request cannot be routed. */
  decide(request: ChatRequest, header: (name: string) => string | undefined): Routing | Promise<Routing>;
  executor: Executor;
  newId(): string;
  nowSeconds(): number;
}

export function chatRoutes(deps: ChatRouteDeps): Hono {
  const app = new Hono();
  app.post('/v1/chat/completions', async (c) => {
    const parsed = parseChatRequest(await readJsonBody(c, deps.maxBodyBytes));
    if (!parsed.ok) throw parsed.error;
    const request = parsed.request;
    const routing = await deps.decide(request, (name) => c.req.header(name));
    const id = `chatcmpl-${deps.newId()}`;
    const created = deps.nowSeconds();
    const signal = c.req.raw.signal;

    if (request.stream) {
      const outcome = await deps.executor.stream(routing.plan, request, signal);
      const headers = responseHeaders(routing, outcome.model, outcome.attempts, warningsOf(outcome.head));
      headers['content-type'] = 'text/event-stream; charset=utf-8';
      headers['cache-control'] = 'no-cache';
      headers['x-accel-buffering'] = 'no';
      const body = openAISseStream({
        id,
        model: outcome.model.id,
        created,
        includeUsage: request.stream_options?.include_usage === true,
        head: outcome.head,
        rest: outcome.rest,
        onEnd: outcome.settle,
      });
      return new Response(body, { status: 200, headers });
    }

    const outcome = await deps.executor.generate(routing.plan, request, signal);
    const headers = responseHeaders(routing, outcome.model, outcome.attempts, outcome.result.warnings);
    return c.json(toChatCompletion(outcome.result, id, outcome.model.id, created), 200, headers);
  });
  return app;
}

function warningsOf(head: ChatStreamPart[]): string[] {
  for (const part of head) if (part.type === 'response-metadata' && part.warnings) return part.warnings;
  return [];
}

function responseHeaders(routing: Routing, model: ModelEntry, attempts: Attempt[], warnings: string[]) {
  const headers: Record<string, string> = { ...routing.headers, 'x-router-model': model.id };
  if (attempts.length > 1) {
    headers['x-router-attempts'] = attempts.map((a) => (a.ok ? a.model : `${a.model}:${a.error?.kind}`)).join(', ');
  }
  if (model.simulated) headers['x-router-simulated'] = 'true';
  if (warnings.length > 0) headers['x-router-warnings'] = warnings.join('; ').replace(/[\r\n]+/g, ' ');
  return headers;
}
