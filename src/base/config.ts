/**
 * Page-wide defaults for every element. A page sets them once, either from script with
 * `configure({apiBase: …})` or declaratively (for CDN users, and CSP-friendly) with
 * `<meta name="absch:api-base" content="…">` (also `absch:portal-base`, `absch:app-id`).
 * An element's own attribute wins over both.
 */
export interface WidgetDefaults {
  apiBase: string;
  portalBase: string;
  appId: string | undefined;
  /** per attempt, in milliseconds */
  timeout: number;
  /** attempts after the first */
  retries: number;
}

const BUILT_IN: WidgetDefaults = {
  apiBase: 'https://api.cbd.int',
  portalBase: 'https://absch.cbd.int',
  appId: undefined,
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
    ...definedOnly({ apiBase: meta('api-base'), portalBase: meta('portal-base'), appId: meta('app-id') }),
    ...configured,
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
