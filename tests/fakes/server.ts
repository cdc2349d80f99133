// Shared machinery for the loopback fake upstreams: one node:http server per fake, request
// capture, the provider-neutral script, and close() that also destroys hanging sockets.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Token counts in normalised (OpenAI) semantics; each fake renders them in its own wire shape. */
export interface FakeUsage {
  /** Every prompt token, cached and cache-write included. */
  input?: number;
  /** Every generated token, reasoning included. */
  output?: number;
  reasoning?: number;
  cachedInput?: number;
  cacheWrite?: number;
}

export interface FakeToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

export type ScriptStep =
  | { kind: 'text'; text: string; usage?: FakeUsage }
  | { kind: 'tool-call'; name: string; arguments: Record<string, unknown>; usage?: FakeUsage }
  /** Extension: several tool calls in one turn (parallel tool calls). */
  | { kind: 'tool-calls'; calls: FakeToolCall[]; usage?: FakeUsage }
  | { kind: 'json'; value: Record<string, unknown>; usage?: FakeUsage }
  | { kind: 'error'; status: number; message?: string; retryAfterSeconds?: number }
  | { kind: 'hang' }
  /** Streams (or starts writing) part of `text`, then destroys the socket. */
  | { kind: 'break-midway'; text: string }
  /** Extension: streams `text`, then an in-band error event in the provider's format. */
  | { kind: 'stream-error'; text: string; errorType?: string; message?: string };

export interface CapturedRequest {
  method: string;
  /** Path including the query string. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  /** Resolves when the connection carrying this request closes (client abort or normal end). */
  closed: Promise<void>;
  /** True once the client went away before the fake finished its response. */
  abortedByClient: boolean;
}

export type ScriptHandler = (body: Record<string, unknown>, request: CapturedRequest) => ScriptStep;

export interface FakeUpstream {
  /** Base URL to give the SDK. */
  url: string;
  requests: CapturedRequest[];
  script(handler: ScriptHandler): void;
  close(): Promise<void>;
}

export interface FakeOptions {
  /** Initial script (default: echo the last user text). */
  handler?: ScriptHandler;
  /** Delay between streamed events, in ms (default 0). */
  chunkDelayMs?: number;
  /** Leave usage out of responses, like some OpenAI-compatible servers (OpenAI fake only). */
  omitUsage?: boolean;
}

/** What a provider module supplies: where the SDK should point, and how to answer. */
export interface FakeRenderer {
  basePath: string;
  /** Text of the last user turn in this provider's request body (for the default echo). */
  lastUserText(body: Record<string, unknown>): string;
  wantsStream(request: CapturedRequest): boolean;
  respond(step: ScriptStep, request: CapturedRequest, out: FakeResponse): Promise<void>;
}

/** A thin writer around ServerResponse that paces SSE events and can cut the connection. */
export class FakeResponse {
  constructor(
    readonly raw: ServerResponse,
    private readonly delayMs: number,
    readonly options: FakeOptions = {},
  ) {}

  json(status: number, value: unknown, headers: Record<string, string> = {}): void {
    this.raw.writeHead(status, { 'content-type': 'application/json', ...headers });
    this.raw.end(JSON.stringify(value));
  }

  startSse(): void {
    this.raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    this.raw.flushHeaders();
  }

  async write(frame: string): Promise<void> {
    if (this.raw.destroyed) return;
    this.raw.write(frame);
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  end(): void {
    this.raw.end();
  }

  /** Simulates a dropped connection: bytes already sent stay sent, then the socket dies. */
  async breakConnection(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    this.raw.socket?.destroy();
  }
}

/** Default script: reply with an echo of the last user message. */
export function echoHandler(renderer: FakeRenderer): ScriptHandler {
  return (body) => ({ kind: 'text', text: `echo: ${renderer.lastUserText(body)}` });
}

/** Usage numbers for a step that did not specify any: small, deterministic, non-zero. */
export function defaultUsage(text: string): Required<FakeUsage> {
  const words = text.split(/\s+/).filter(Boolean).length;
  return { input: 10, output: Math.max(1, words), reasoning: 0, cachedInput: 0, cacheWrite: 0 };
}

export function fullUsage(usage: FakeUsage | undefined, text: string): Required<FakeUsage> {
  return { ...defaultUsage(text), ...usage };
}

/** Splits text into a few deltas so streams have more than one text event. */
export function splitText(text: string): string[] {
  const pieces = text.match(/\S+\s*|\s+/g) ?? [];
  return pieces.length > 0 ? pieces : [text];
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { _raw: text };
  }
}

export async function startFake(renderer: FakeRenderer, options: FakeOptions = {}): Promise<FakeUpstream> {
  const requests: CapturedRequest[] = [];
  const sockets = new Set<Socket>();
  let handler = options.handler ?? echoHandler(renderer);

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      let resolveClosed: () => void = () => undefined;
      const captured: CapturedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: { ...req.headers },
        body,
        closed: new Promise<void>((resolve) => (resolveClosed = resolve)),
        abortedByClient: false,
      };
      res.on('close', () => {
        if (!res.writableFinished) captured.abortedByClient = true;
        resolveClosed();
      });
      requests.push(captured);
      const step = handler(body, captured);
      if (step.kind === 'hang') return; // never answer; close() or the client ends it
      await renderer.respond(step, captured, new FakeResponse(res, options.chunkDelayMs ?? 0, options));
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `fake upstream bug: ${String(error)}` } }));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${renderer.basePath}`,
    requests,
    script(next) {
      handler = next;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
