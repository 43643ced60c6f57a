/**
 * The one HTTP client of the library: timeout, retry with backoff on network errors, 5xx and 429
 * (honouring Retry-After), never on other 4xx; shared answers through `sharedRequest`;
 * requests to one origin take turns (origin-queue.ts).
 * GETs carry no custom header, so the browser sends no CORS preflight: `Accept: application/json`
 * is CORS-safelisted (and the API's documented value: scbd/clearing-house-documentation
 * components/common/header/realm-accept.md). POSTs of JSON (`postJson`) are preflighted.
 */
import { ApiError } from './errors.js';
import { inTurn, pauseOrigin, retryAfterMs, wait } from './origin-queue.js';
import { sharedRequest } from './shared-request.js';

/** How index queries travel: GET with repeated keys, or the portal's POST of JSON arrays. */
export type Transport = 'get' | 'post';

export interface ApiConfig {
  /** `https://api.cbd.int`, or a base with a path prefix */
  apiBase: string;
  /**
   * Identifies the embedding application to the API. Sent as the `app-id` query parameter rather
   * than a header: a custom header would make every request a CORS preflight (two round trips).
   * Undocumented: no SCBD source reads it (not in scbd/clearing-house-documentation, nor in
   * scbd/absch.cbd.int); the index lists it in `nonSupportedParams`, the other endpoints ignore it.
   */
  appId?: string;
  /** per attempt, in milliseconds */
  timeout: number;
  /** attempts after the first one */
  retries: number;
  /** `realm_ss` of the records; default: the one of the API base (`realmOf`) */
  realm?: string;
  /** index queries as GET (default, with a switch to POST when the API drops repeated keys) or always POST */
  transport?: Transport;
  /** `persistent` (default): answers are also kept across page loads (answer-store.ts); `memory`: for this page only */
  cache?: CacheMode;
}

/** Where answers are kept: across page loads as well (the default), or for this page only. */
export type CacheMode = 'persistent' | 'memory';

/**
 * `realm_ss` of ABS records, which depends on the API's environment: `abs-dev` on the development
 * API `api.cbddev.xyz`, `abs` on production (scbd/clearing-house-documentation
 * components/common/environment-urls.md, components/common/realm/abs.md). No source names the API
 * host of the training realm (`abs-trg`, scbd/absch.cbd.int app/views/pdf-templates/ircc-directive.html
 * L59): a training page sets `realm` itself. Any other host (a proxy, a mirror, mock-api) is taken for production.
 */
export function realmOf(config: Pick<ApiConfig, 'apiBase' | 'realm'>): string {
  if (config.realm) return config.realm;
  try {
    if (new URL(config.apiBase, globalThis.document?.baseURI).hostname.toLowerCase() === 'api.cbddev.xyz') return 'abs-dev';
  } catch {
    // An API base that is no URL fails on its request, with its own message; its realm does not matter.
  }
  return 'abs';
}

export type ParamValue = string | number | boolean | readonly string[] | undefined;
export type Params = Record<string, ParamValue>;

/** Builds the request URL. Repeated keys (`fq=a&fq=b`) carry lists, as the portal sends them. */
export function buildUrl(config: ApiConfig, path: string, params: Params = {}): string {
  const base = new URL(config.apiBase, globalThis.document?.baseURI);
  const url = new URL(`${base.pathname.replace(/\/$/, '')}${path}`, base);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of typeof value === 'object' ? value : [value]) url.searchParams.append(key, String(item));
  }
  if (config.appId) url.searchParams.set('app-id', config.appId);
  return url.href;
}

/** The API's documented value (audit finding 7); CORS-safelisted, so a GET needs no preflight. */
const ACCEPT_JSON = { Accept: 'application/json' };

/** Answers worth asking again: a timeout, too many requests, and the server errors that pass. */
const RETRIED_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Waits between attempts: 0.3 s, 0.6 s, 1.2 s … at most 4 s (unless the API names a time). */
const backoff = (attempt: number) => Math.min(300 * 2 ** attempt, 4000);
/** A `Retry-After` longer than this is not waited for: the element says the API is busy instead. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * One request with its retries: a timeout per attempt, retries with backoff on network errors,
 * timeouts, 408, 429 and 5xx (honouring `Retry-After`), never on other answers. Written here rather
 * than with a request library: this is all of it the library needs, and a library for it weighed a
 * tenth of the all-in-one file.
 */
async function fetchText(url: string, config: ApiConfig, signal: AbortSignal, body?: string): Promise<string> {
  const init: RequestInit = {
    method: body === undefined ? 'GET' : 'POST',
    body,
    headers: body === undefined ? ACCEPT_JSON : { ...ACCEPT_JSON, 'Content-Type': 'application/json' },
  };
  for (let attempt = 0; ; attempt++) {
    const { status, retryAfter, text } = await attemptOnce(url, init, config.timeout, signal);
    if (text !== undefined) return text;
    const error = status === undefined ? new ApiError('network', 0, 'The API could not be reached.') : status === 0 ? new ApiError('timeout', 0, 'The API did not answer in time.') : httpError(status);
    const retried = status === undefined || status === 0 || RETRIED_STATUSES.has(status);
    if (!retried || attempt >= config.retries || (retryAfter ?? 0) > MAX_RETRY_AFTER_MS) throw error;
    await wait(retryAfter ?? backoff(attempt), signal);
  }
}

/**
 * One attempt: the answer's text when it is a 2xx; else its status (0: timed out; undefined: no
 * answer) and, for a 429 or 503, how long it asks to wait. An abort by the caller is thrown as is.
 */
async function attemptOnce(url: string, init: RequestInit, timeout: number, signal: AbortSignal): Promise<{ status?: number; retryAfter?: number; text?: string }> {
  const controller = new AbortController();
  const timedOut = new Error('timeout');
  const onAbort = () => controller.abort(signal.reason);
  signal.throwIfAborted();
  signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(timedOut), timeout);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    // An error answer is read to its end too: the connection is freed at once, and the browser
    // records the request like any other (Chromium's resource timing skips a response left unread).
    const text = await response.text();
    if (response.ok) return { text };
    const retryAfter = response.status === 429 || response.status === 503 ? retryAfterMs(response.headers.get('Retry-After')) : undefined;
    if (response.status === 429) pauseOrigin(url, retryAfter);
    return { status: response.status, retryAfter };
  } catch {
    if (signal.aborted) throw signal.reason;
    return controller.signal.reason === timedOut ? { status: 0 } : {};
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

function httpError(status: number): ApiError {
  if (status === 404) return new ApiError('not-found', status, 'Not found.');
  if (status === 429) return new ApiError('rate-limited', status, 'Too many requests.');
  return new ApiError('http', status, `The API answered ${status}.`);
}

async function fetchJson(url: string, config: ApiConfig, signal: AbortSignal, body?: string): Promise<unknown> {
  const text = await inTurn(url, signal, () => fetchText(url, config, signal, body));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('malformed', 200, 'The API answered with something that is not JSON.');
  }
}

/**
 * What of an answer says whether it changed since it was stored: all of it but the index's
 * `responseHeader`, whose `QTime` differs at every request (Solr's response header).
 */
const fingerprint = (value: unknown): string => JSON.stringify(value, (key, item: unknown) => (key === 'responseHeader' ? undefined : item));

const cacheOptions = (config: ApiConfig) => ({ persist: config.cache !== 'memory', fingerprint });

/** GETs JSON from the API, shared with every other caller of the same URL. */
export function getJson(config: ApiConfig, path: string, params: Params, signal?: AbortSignal): Promise<unknown> {
  const url = buildUrl(config, path, params);
  return sharedRequest(url, (shared) => fetchJson(url, config, shared), signal, cacheOptions(config));
}

/**
 * POSTs `params` as one JSON object (lists as arrays, as the portal does), shared with every other
 * caller of the same URL and body.
 */
export function postJson(config: ApiConfig, path: string, params: Params, signal?: AbortSignal): Promise<unknown> {
  const url = buildUrl(config, path);
  const body = JSON.stringify(Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)));
  return sharedRequest(`POST ${url}\n${body}`, (shared) => fetchJson(url, config, shared, body), signal, cacheOptions(config));
}
