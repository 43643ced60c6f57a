/**
 * The one HTTP client of the library (ky): timeout, retry with backoff on network errors, 5xx
 * and 429 (honouring Retry-After), never on other 4xx; plain GETs without custom headers so the
 * browser sends no CORS preflight; shared answers through `sharedRequest`.
 */
import ky, { HTTPError, TimeoutError } from 'ky';
import { ApiError, isAbort } from './errors.js';
import { sharedRequest } from './shared-request.js';

export interface ApiConfig {
  /** `https://api.cbd.int`, or a base with a path prefix */
  apiBase: string;
  /**
   * Identifies the embedding application to the API. Sent as the `app-id` query parameter rather
   * than a header: a custom header would make every request a CORS preflight (two round trips).
   */
  appId?: string;
  /** per attempt, in milliseconds */
  timeout: number;
  /** attempts after the first one */
  retries: number;
}

export type ParamValue = string | number | boolean | readonly string[] | undefined;
export type Params = Record<string, ParamValue>;

/** Builds the request URL. Repeated keys (`fq=a&fq=b`) carry lists, as the portal sends them. */
export function buildUrl(config: ApiConfig, path: string, params: Params = {}): string {
  const base = new URL(config.apiBase, document.baseURI);
  const url = new URL(`${base.pathname.replace(/\/$/, '')}${path}`, base);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of typeof value === 'object' ? value : [value]) url.searchParams.append(key, String(item));
  }
  if (config.appId) url.searchParams.set('app-id', config.appId);
  return url.href;
}

async function fetchJson(url: string, config: ApiConfig, signal: AbortSignal): Promise<unknown> {
  let text: string;
  try {
    text = await ky
      .get(url, {
        signal,
        timeout: config.timeout,
        retry: { limit: config.retries, methods: ['get'], statusCodes: [408, 429, 500, 502, 503, 504], backoffLimit: 4000 },
      })
      .text();
  } catch (error) {
    // Read an error answer to its end: the connection is freed at once, and the browser records
    // the request like any other (Chromium's resource timing skips a response left unread).
    if (error instanceof HTTPError) await error.response.text().catch(() => '');
    throw toApiError(error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('malformed', 200, 'The API answered with something that is not JSON.');
  }
}

function toApiError(error: unknown): unknown {
  if (isAbort(error)) return error;
  if (error instanceof TimeoutError) return new ApiError('timeout', 0, 'The API did not answer in time.');
  if (error instanceof HTTPError) {
    const status = error.response.status;
    if (status === 404) return new ApiError('not-found', status, 'Not found.');
    if (status === 429) return new ApiError('rate-limited', status, 'Too many requests.');
    return new ApiError('http', status, `The API answered ${status}.`);
  }
  return new ApiError('network', 0, 'The API could not be reached.');
}

/** GETs JSON from the API, shared with every other caller of the same URL. */
export function getJson(config: ApiConfig, path: string, params: Params, signal?: AbortSignal): Promise<unknown> {
  const url = buildUrl(config, path, params);
  return sharedRequest(url, (shared) => fetchJson(url, config, shared), signal);
}
