import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handler } from './handler.js';

/**
 * Serving the fetch-style handler from Node: a plain `http` listener, a connect/vite middleware
 * (`next` given: only `/api/` and `/__mock/` paths are ours) and a koa middleware for
 * @web/test-runner's dev server. The Request gets an AbortSignal that fires when the client goes
 * away, which is what ends a `hang=1` request.
 */
export type NodeListener = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** The part of a koa context this adapter needs (no dependency on koa's types). */
export interface KoaLikeContext {
  req: IncomingMessage;
  res: ServerResponse;
  respond?: boolean;
  status?: number;
}

/** connect strips a mount path from req.url; originalUrl keeps what the client asked for. */
function requestUrl(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
}

export function isMockApiPath(url: string): boolean {
  return url.startsWith('/api/') || url.startsWith('/__mock/');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, url: string, body: Buffer | undefined, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (key.startsWith(':') || value === undefined) continue; // HTTP/2 pseudo-headers
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
  const init: RequestInit = { method: req.method ?? 'GET', headers, signal };
  if (body !== undefined && body.length > 0) init.body = new Uint8Array(body);
  return new Request(new URL(url, origin), init);
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, key) => res.setHeader(key, value));
  if (body.length > 0) res.setHeader('Content-Length', body.length);
  res.end(body);
}

/** Serves one request with the handler; resolves when the answer is written or the client left. */
export async function serveNode(handler: Handler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  try {
    const url = requestUrl(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    const response = await handler(toRequest(req, url, body, controller.signal));
    if (controller.signal.aborted || res.destroyed) return;
    await writeResponse(res, response);
  } catch (error) {
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    res.statusCode = 500;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end(JSON.stringify({ statusCode: 500, code: 'internalServerError', message: `mock-api adapter: ${(error as Error).message}` }));
  }
}

export function toNodeListener(handler: Handler): NodeListener {
  return (req, res, next) => {
    if (next && !isMockApiPath(requestUrl(req))) {
      next();
      return;
    }
    void serveNode(handler, req, res);
  };
}

/** For @web/test-runner / @web/dev-server `middleware: [toKoaMiddleware(handler)]`. */
export function toKoaMiddleware(handler: Handler): (ctx: KoaLikeContext, next: () => Promise<unknown>) => Promise<void> {
  return async (ctx, next) => {
    if (!isMockApiPath(requestUrl(ctx.req))) {
      await next();
      return;
    }
    ctx.respond = false; // we write to ctx.res ourselves
    await serveNode(handler, ctx.req, ctx.res);
    // koa's status is still its default 404 when the client left before an answer (a test's
    // aborted request): report what was written, or 499 as servers log a closed request, so the
    // dev server does not list a request it never answered as "404 not found".
    ctx.status = ctx.res.headersSent ? ctx.res.statusCode : 499;
  };
}
