/**
 * What the render service is told at start: its port, the API bases it may ask (an allow-list: a
 * request may name one of them, never another), the portal bases its links may point to, and its
 * limits. From the command line (`absch-widgets-server --port 8080 --api-base https://api.cbd.int`)
 * or, for `npm run render-server` and container hosts, from `PORT`, `API_BASE` and `PUBLIC_URL`.
 */

export interface ServiceConfig {
  port: number;
  /** the API bases a request may name with `api-base`; the first is the default */
  apiBases: string[];
  /** the portal bases a request may name with `portal-base`; the first is the default (none: the elements' own) */
  portalBases: string[];
  /**
   * The service's own origin as readers reach it (`https://widgets.example.org`), for the iframe
   * URLs of oEmbed answers. Unset: the request's `Host`, over http.
   */
  publicUrl: string | undefined;
  /** a render, waiting for its turn included, answers within this many milliseconds */
  renderTimeoutMs: number;
  /** renders kept in memory (least recently used first out) */
  cacheEntries: number;
  /** and at most this many bytes of them */
  cacheBytes: number;
  /** renders that run at once; the others wait their turn */
  maxConcurrentRenders: number;
  /** requests that may wait for a turn; past that, 503 */
  maxWaitingRenders: number;
  /** seconds an answer is fresh, for this service's cache and every cache after it */
  maxAgeSeconds: number;
  /** seconds past that when a stale answer is served while a new one is rendered */
  staleWhileRevalidateSeconds: number;
  /** seconds past that when a stale answer is served because the API fails */
  staleIfErrorSeconds: number;
}

export const DEFAULTS: Omit<ServiceConfig, 'apiBases'> = {
  port: 8080,
  portalBases: [],
  publicUrl: undefined,
  // Under the client's own per-attempt timeout (15 s): a reader waits for the rendered error, not for a proxy's 504.
  renderTimeoutMs: 10_000,
  cacheEntries: 1000,
  cacheBytes: 64 * 1024 * 1024,
  // Each render makes a handful of API requests, which the client already queues per origin (src/api/origin-queue.ts).
  maxConcurrentRenders: 8,
  maxWaitingRenders: 64,
  // ABS records change a few times a day: five minutes fresh, an hour of background refresh, a day of outage.
  maxAgeSeconds: 300,
  staleWhileRevalidateSeconds: 3600,
  staleIfErrorSeconds: 86_400,
};

const DEFAULT_API_BASE = 'https://api.cbd.int';

/** `https://api.cbd.int/` and `https://api.cbd.int` are one base: compared and sent without the trailing slash. */
export function normalizeBase(base: string): string {
  const url = new URL(base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${base}: only http and https bases`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`${base}: a base has no query, fragment or credentials`);
  return url.href.replace(/\/+$/, '');
}

const NUMBER_OPTIONS: Record<string, keyof ServiceConfig> = {
  '--port': 'port',
  '--timeout': 'renderTimeoutMs',
  '--cache-entries': 'cacheEntries',
  '--max-renders': 'maxConcurrentRenders',
  '--max-age': 'maxAgeSeconds',
};

export const USAGE = `absch-widgets-server [--port N] [--api-base URL]... [--portal-base URL]... [--public-url URL]
                     [--timeout MS] [--cache-entries N] [--max-renders N] [--max-age SECONDS]
Environment: PORT, API_BASE (comma-separated), PORTAL_BASE, PUBLIC_URL. The first --api-base is the default; a request may name only these.`;

/** The configuration from the command line, then the environment, then the defaults. Throws with a message on a bad value. */
export function parseConfig(argv: readonly string[], env: NodeJS.ProcessEnv): ServiceConfig {
  const config: ServiceConfig = { ...DEFAULTS, apiBases: [], portalBases: [] };
  const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  for (let index = 0; index < argv.length; index++) {
    const name = argv[index];
    const value = argv[++index];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === '--api-base') config.apiBases.push(normalizeBase(value));
    else if (name === '--portal-base') config.portalBases.push(normalizeBase(value));
    else if (name === '--public-url') config.publicUrl = normalizeBase(value);
    else if (name in NUMBER_OPTIONS) {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 0) throw new Error(`${name} takes a whole number, not ${value}`);
      Object.assign(config, { [NUMBER_OPTIONS[name]]: number });
    } else throw new Error(`unknown option ${name}`);
  }
  if (!argv.includes('--port') && env.PORT) config.port = Number(env.PORT);
  if (!config.apiBases.length) config.apiBases = list(env.API_BASE).map(normalizeBase);
  if (!config.apiBases.length) config.apiBases = [DEFAULT_API_BASE];
  if (!config.portalBases.length) config.portalBases = list(env.PORTAL_BASE).map(normalizeBase);
  if (!config.publicUrl && env.PUBLIC_URL) config.publicUrl = normalizeBase(env.PUBLIC_URL);
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65_535) throw new Error(`bad port ${config.port}`);
  return config;
}
