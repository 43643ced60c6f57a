import { SearchIndex } from './engine/index.js';
import { errorResult, notFound, preflight, textResponse, toResponse, type ApiResult } from './http.js';
import { withHostileNames } from './routes/countries-hostile.js';
import { DocumentStore } from './routes/documents.js';
import { resolveRoute, type Route, type RouteDeps } from './routes/router.js';
import { Thesaurus } from './routes/thesaurus.js';
import { DEFAULT_WORLD, HANG_CAP_MS, splitMockPath, SwitchCounters, SwitchError, wait, type Switches, type World } from './switches.js';
import type { Snapshot } from './types.js';

/**
 * The mock api.cbd.int as one WHATWG fetch handler (Request → Response), shared by the Node server,
 * the dev-server middleware of the browser tests and Storybook. Everything built from the snapshot
 * is built once here; switch counters live as long as the handler.
 */
export interface HandlerOptions {
  /** the clock of `NOW` in date math (tests pin it) */
  now?: () => Date;
}

export type Handler = (request: Request) => Promise<Response>;

export function createHandler(snapshot: Snapshot, options: HandlerOptions = {}): Handler {
  const deps: RouteDeps = {
    index: new SearchIndex(snapshot.index),
    documents: new DocumentStore(snapshot.documents),
    countries: snapshot.countries,
    thesaurus: new Thesaurus(snapshot.domains),
    now: options.now ?? (() => new Date()),
  };
  const counters = new SwitchCounters();

  return async (request) => {
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS') return preflight();
    try {
      const url = new URL(request.url);
      const { switches, path } = splitMockPath(url.pathname);
      const world = switches?.world ?? DEFAULT_WORLD;
      if (world.repeated === 'last' && method === 'GET') keepLastValues(url.searchParams);
      const route = resolveRoute(path, deps);
      const applies = switches !== undefined && counters.applies(switches, route?.family);
      // An API that goes down between visits (`after`) must be asked again: its normal answers are not HTTP-cached.
      const cacheable = switches?.after === undefined;
      const answer = (): Promise<Response> => serve(route, request, url, method, world, applies && switches.hostilenames, cacheable);
      return await (applies ? withSwitches(switches, request.signal, method, answer) : answer());
    } catch (error) {
      if (error instanceof SwitchError) return toResponse(errorResult(400, error.message, { code: 'invalidMockSwitch' }), { method });
      console.error('mock-api: unexpected error', error);
      return toResponse(errorResult(500, 'mock-api internal error'), { method });
    }
  };
}

async function serve(route: Route | undefined, request: Request, url: URL, method: string, world: World, hostileNames: boolean, cacheable: boolean): Promise<Response> {
  let result: ApiResult;
  if (!route) result = notFound(`Not found: ${url.pathname}`);
  else if (!route.methods.includes(method)) {
    result = errorResult(405, `Method ${method} not allowed`);
    result.headers = { ...result.headers, Allow: [...route.methods, 'OPTIONS'].join(', ') };
  } else if (world.accept === 'strict' && !acceptsJson(request.headers.get('accept'))) {
    result = errorResult(406, 'This endpoint answers application/json only');
  } else result = await route.run(request, url, world);
  if (hostileNames) result = withHostileNames(result, route?.family);
  return toResponse(result, { method, cors: world.errorcors || result.status < 400, cacheable });
}

/** `repeated=last`: what a query-string parser that keeps one value per key leaves of `fq=a&fq=b`. */
function keepLastValues(search: URLSearchParams): void {
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    if (values.length > 1) search.set(key, values[values.length - 1]!);
  }
}

/** `accept=strict`: an Accept header that allows JSON (`application/json`, `application/*`, `*\/*`). */
function acceptsJson(accept: string | null): boolean {
  if (accept === null) return true;
  return accept.split(',').some((part) => {
    const type = part.split(';')[0]!.trim().toLowerCase();
    return type === 'application/json' || type === 'application/*' || type === '*/*';
  });
}

/** Applies the failure switches to one request; `answer` produces the normal response. */
async function withSwitches(sw: Switches, signal: AbortSignal, method: string, answer: () => Promise<Response>): Promise<Response> {
  const failure = { method, cacheable: false };
  if (sw.hang) {
    // Never answer: the client gives up (abort, timeout) first; the cap only frees the server.
    await wait(HANG_CAP_MS, signal);
    return toResponse(errorResult(504), failure);
  }
  if (sw.delay !== undefined) await wait(sw.delay, signal);
  if (sw.status !== undefined) return toResponse(errorResult(sw.status), failure);
  if (sw.malformed) {
    const text = await (await answer()).text();
    return textResponse(200, text.slice(0, Math.max(1, Math.floor(text.length / 2))), failure);
  }
  if (sw.wrongshape) return toResponse({ status: 200, body: { result: 'ok' } }, failure);
  return answer();
}
