/**
 * Page-wide defaults for every element. A page sets them once, either from script with
 * `configure({apiBase: …})` or declaratively (for CDN users, and CSP-friendly) with
 * `<meta name="absch:api-base" content="…">` (also `absch:portal-base`, `absch:app-id`, `absch:realm`,
 * `absch:transport`, `absch:cache`).
 * An element's own attribute wins over both.
 */
import type { CacheMode, Transport } from '../api/client.js';

export interface WidgetDefaults {
  apiBase: string;
  portalBase: string;
  appId: string | undefined;
  /** `realm_ss` of the records; undefined: the realm of the API base (`abs`, or `abs-dev` on api.cbddev.xyz) */
  realm: string | undefined;
  /**
   * How index queries travel: `get` (the default; the client switches an API that drops repeated
   * query keys to POST by itself) or `post`, the portal's POST of JSON (one CORS preflight more).
   */
  transport: Transport;
  /**
   * `persistent` (the default): answers are kept across page loads too, so a repeat visit draws at
   * once and an API outage shows the last answer with its date; `memory`: for this page only.
   */
  cache: CacheMode;
  /** per attempt, in milliseconds */
  timeout: number;
  /** attempts after the first */
  retries: number;
}

const BUILT_IN: WidgetDefaults = {
  apiBase: 'https://api.cbd.int',
  portalBase: 'https://absch.cbd.int',
  appId: undefined,
  realm: undefined,
  transport: 'get',
  cache: 'persistent',
  timeout: 15_000,
  retries: 2,
};

let configured: Partial<WidgetDefaults> = {};

export function configure(defaults: Partial<WidgetDefaults>): void {
  configured = { ...configured, ...defaults };
}

/** Back to the built-in defaults (tests, and hosts that re-configure). */
export function resetConfiguration(): void {
  configured = {};
}

function meta(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="absch:${name}"]`)?.content || undefined;
}

export function pageDefaults(): WidgetDefaults {
  return {
    ...BUILT_IN,
    ...definedOnly({ apiBase: meta('api-base'), portalBase: meta('portal-base'), appId: meta('app-id'), realm: meta('realm'), transport: transportMeta(), cache: cacheMeta() }),
    ...configured,
  };
}

function transportMeta(): Transport | undefined {
  const value = meta('transport')?.trim().toLowerCase();
  if (value === undefined || value === 'get' || value === 'post') return value;
  console.warn(`absch-widgets: <meta name="absch:transport" content="${value}"> is not get or post; using get.`);
  return undefined;
}

function cacheMeta(): CacheMode | undefined {
  const value = meta('cache')?.trim().toLowerCase();
  if (value === undefined || value === 'persistent' || value === 'memory') return value;
  console.warn(`absch-widgets: <meta name="absch:cache" content="${value}"> is not persistent or memory; using persistent.`);
  return undefined;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
