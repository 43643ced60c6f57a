/**
 * Watches the library's own requests: while a shape is checked, every `fetch` the library makes is
 * recorded with its method, URL, status, time and the index proxy's `nonSupportedParams`. The
 * library is used as it is (its client, transport choice and readers); only `fetch` is observed.
 */
import { isObject } from './http.ts';

export interface Exchange {
  method: string;
  url: string;
  status: number;
  ms: number;
  nonSupportedParams: string[];
  /** the answer's JSON, kept for `api:record` */
  json: unknown;
}

let log: Exchange[] = [];
const realFetch = globalThis.fetch;

async function recordingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const started = performance.now();
  const response = await realFetch(request);
  const text = await response.clone().text();
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    json = undefined;
  }
  const ignored = isObject(json) && Array.isArray(json.nonSupportedParams) ? json.nonSupportedParams.map(String) : [];
  log.push({ method: request.method, url: request.url, status: response.status, ms: Math.round(performance.now() - started), nonSupportedParams: ignored, json });
  return response;
}

/** Runs `work` with `fetch` recorded, and returns what it fetched beside its result or error. */
export async function recorded<T>(work: () => Promise<T>): Promise<{ value?: T; error?: unknown; exchanges: Exchange[] }> {
  log = [];
  globalThis.fetch = recordingFetch;
  try {
    return { value: await work(), exchanges: log };
  } catch (error) {
    return { error, exchanges: log };
  } finally {
    globalThis.fetch = realFetch;
  }
}
