/**
 * Page-wide defaults for every element. A page sets them once, either from script with
 * `configure({apiBase: …})` or declaratively (for CDN users, and CSP-friendly) with
 * `<meta name="absch:api-base" content="…">` (also `absch:portal-base`, `absch:app-id`, `absch:realm`,
 * `absch:transport`, `absch:cache`, `absch:loading`).
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
  /**
   * `lazy` (the default): an element loads when it comes near the viewport; `eager`: at once (a page
   * that wants every element's `absch-load` on load, or that prints).
   */
  loading: LoadingMode;
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
  loading: 'lazy',
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
  // No document on a server (src/server): its renders set everything as attributes.
  return globalThis.document?.querySelector<HTMLMetaElement>(`meta[name="absch:${name}"]`)?.content || undefined;
}

export function pageDefaults(): WidgetDefaults {
  return {
    ...BUILT_IN,
    ...definedOnly({ apiBase: meta('api-base'), portalBase: meta('portal-base'), appId: meta('app-id'), realm: meta('realm'), transport: transportMeta(), cache: cacheMeta(), loading: loadingMeta() }),
    ...configured,
  };
}

function transportMeta(): Transport | undefined {
  return choiceMeta('transport', ['get', 'post']);
}

/** When an element loads: near the viewport, or at once. */
export type LoadingMode = 'lazy' | 'eager';

function cacheMeta(): CacheMode | undefined {
  return choiceMeta('cache', ['persistent', 'memory']);
}

function loadingMeta(): LoadingMode | undefined {
  return choiceMeta('loading', ['lazy', 'eager']);
}

/** A `<meta name="absch:{name}">` that must be one of `choices` (the first is the default). */
function choiceMeta<T extends string>(name: string, choices: readonly T[]): T | undefined {
  const value = meta(name)?.trim().toLowerCase();
  if (value === undefined || (choices as readonly string[]).includes(value)) return value as T | undefined;
  console.warn(`absch-widgets: <meta name="absch:${name}" content="${value}"> is not ${choices.join(' or ')}; using ${choices[0]}.`);
  return undefined;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
