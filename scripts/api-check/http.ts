/**
 * The probe's own HTTP, in Node: one request, timed, its status, headers and JSON (or why it has
 * none). The probe must see what the API really answers, including error bodies and headers, so it
 * does not go through the library's client, which retries and turns errors into messages.
 */

export interface Probe {
  url: string;
  method: 'GET' | 'POST';
  status: number;
  /** `undefined` when the answer was not JSON, or there was no answer */
  json: unknown;
  headers: Headers;
  ms: number;
  /** a network failure or a timeout */
  error?: string;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
}

/** Builds `base + path?params`, repeating a key for each value of a list, as the portal's GETs do. */
export function urlOf(base: string, path: string, params: Record<string, unknown> = {}): string {
  const url = new URL(`${base.replace(/\/$/, '')}${path}`);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url.href;
}

export async function request(url: string, options: RequestOptions = {}): Promise<Probe> {
  const method = options.method ?? 'GET';
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method,
      headers: { Accept: 'application/json', ...options.headers },
      body: options.body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      json = undefined;
    }
    return { url, method, status: response.status, json, headers: response.headers, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { url, method, status: 0, json: undefined, headers: new Headers(), ms: Math.round(performance.now() - started), error: reason };
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `response.numFound` of an index answer, or undefined. */
export function numFound(probe: Probe): number | undefined {
  const response = isObject(probe.json) ? probe.json.response : undefined;
  return isObject(response) && typeof response.numFound === 'number' ? response.numFound : undefined;
}

/** `response.docs` of an index answer (empty when there are none). */
export function docs(probe: Probe): Record<string, unknown>[] {
  const response = isObject(probe.json) ? probe.json.response : undefined;
  return isObject(response) && Array.isArray(response.docs) ? response.docs.filter(isObject) : [];
}

/** The index proxy's list of parameters it ignored (absent on a plain Solr). */
export function nonSupportedParams(probe: Probe): string[] {
  const list = isObject(probe.json) ? probe.json.nonSupportedParams : undefined;
  return Array.isArray(list) ? list.map(String) : [];
}
