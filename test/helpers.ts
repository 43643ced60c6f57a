/** Helpers shared by the browser tests: real HTTP to mock-api on the test server's origin. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ApiError } from '../src/api/errors.js';
import { queryIndex } from '../src/api/index-request.js';
import { clearCache } from '../src/api/shared-request.js';
import { configure, resetConfiguration } from '../src/base/config.js';

/**
 * mock-api's switches (mock-api/README.md): failures, and `hostilenames`, which is none: every country
 * name in the countries and index answers carries XSS payloads and a spreadsheet formula.
 */
export interface MockSwitches {
  delay?: number;
  status?: number;
  hang?: 0 | 1;
  malformed?: 0 | 1;
  wrongshape?: 0 | 1;
  hostilenames?: 0 | 1;
  times?: number;
  only?: 'index' | 'documents' | 'countries' | 'thesaurus';
}

/**
 * The page-wide world of mock-api (how the real API may behave where no public source settles it,
 * mock-api/README.md "Worlds"): a web-test-runner group writes it into `<meta name="mock-world">`,
 * so that every suite of the group runs against that world. Empty in the default group.
 */
export function mockWorld(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="mock-world"]')?.content ?? '';
}

/**
 * The test server under its other loopback name (`localhost` ↔ `127.0.0.1`): another origin, so
 * that requests to it are cross-origin as on a host page (CORS headers and preflights count).
 */
export function crossOrigin(): string {
  const url = new URL(location.origin);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
}

/**
 * mock-api, with switches when given (`{status: 500, times: 1}` → `/__mock/status=500,times=1,id=…`).
 * In a world (a test group) it is the page's world first (a test's own switch of the same key wins),
 * on another origin, as the real API is for a host page.
 */
export function apiBase(switches: MockSwitches | Record<string, string | number> = {}): string {
  const world = mockWorld();
  const origin = world ? crossOrigin() : location.origin;
  const entries = Object.entries(switches);
  if (entries.length === 0) return world ? `${origin}/__mock/${world}` : origin;
  const id = `t${Math.random().toString(36).slice(2)}`;
  const own = [...entries, ['id', id]].map(([k, v]) => `${k}=${v}`);
  return `${origin}/__mock/${[...(world ? [world] : []), ...own].join(',')}`;
}

/** A failure of the API: `[what, switches, the message shown, the status \`absch-error\` reports]`. */
export type AnswerFailure = [string, MockSwitches, string, number];

/**
 * The failures every element explains the same way, with a retry; `only` limits the switches to
 * one endpoint family. A timeout has no status (0); an unreadable answer came with 200.
 */
export function answerFailures(only?: MockSwitches['only']): AnswerFailure[] {
  const to = only ? { only } : {};
  return [
    ['429', { status: 429, ...to }, 'The Clearing-House is receiving too many requests. Please try again in a moment.', 429],
    ['a timeout', { hang: 1, ...to }, 'The Clearing-House took too long to answer.', 0],
    ['malformed JSON', { malformed: 1, ...to }, 'The Clearing-House sent an answer that cannot be read.', 200],
    ['a body of the wrong shape', { wrongshape: 1, ...to }, 'The Clearing-House sent an answer that cannot be read.', 200],
  ];
}

/** Whether `fn` refuses its input as an answer of the wrong shape (`ApiError('shape')`). */
export function isShapeError(fn: () => unknown): boolean {
  try {
    fn();
  } catch (error) {
    return error instanceof ApiError && error.kind === 'shape';
  }
  return false;
}

export type QueryParams = Record<string, string | number | boolean | readonly string[]>;

/**
 * The published ABS records, spelled out as the portal asks for them (scbd/absch.cbd.int
 * app/components/common/homepage-records.vue) rather than imported from src/api: the tests' oracle,
 * so a wrong published-record filter in the library fails the tests instead of moving both sides.
 */
export const PUBLISHED: readonly string[] = ['_state_s:public', 'realm_ss:abs', '(*:* NOT version_s:*)'];

export function indexUrl(params: QueryParams, path = '/api/v2013/index/select'): string {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params)) {
    for (const item of typeof value === 'object' ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url.href;
}

/** GETs JSON straight from mock-api, as any API caller would. */
export async function getJson<T = Record<string, unknown>>(url: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as T };
}

/** Requests the page made to the API since `since` (resource timing: what the browser really fetched). */
export function apiRequestsSince(since: number, path = '/api/'): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (entry) => entry.startTime >= since && new URL(entry.name).pathname.includes(path) && entry.initiatorType === 'fetch',
  );
}

/**
 * The API path of a request URL without mock-api's `/__mock/{switches}` prefix, and with an index
 * query's path the same whether it went as GET (`index/select`) or as the portal's POST (`index`).
 */
export const apiPath = (url: string): string =>
  new URL(url).pathname.replace(/^\/__mock\/[^/]*/, '').replace(/^\/api\/v2013\/index$/, '/api/v2013/index/select');

// In a world, the page first learns how its API takes index queries (under repeated=last: as POST),
// as a page that has made one query has: the request counts the suites assert are those of such a
// page. test/unit/index-answer.test.ts covers the first query that finds it out.
if (mockWorld()) {
  before(() =>
    queryIndex({ apiBase: apiBase(), timeout: 10_000, retries: 1 }, { q: '*:*', rows: 0, facet: true, 'facet.query': ['schema_s:absPermit', 'schema_s:measure'] }).then(
      () => undefined,
      () => undefined,
    ),
  );
}

/**
 * Every test starts with empty caches (in memory and across page loads) and the built-in
 * configuration, but for `loading`: suites that stack several elements on one test page want each
 * loaded, as a page set to `loading: 'eager'` does. test/components/many-elements.test.ts tests the
 * default, lazy loading.
 */
export async function freshState(): Promise<void> {
  resetConfiguration();
  configure({ loading: 'eager' });
  performance.clearResourceTimings();
  await clearCache();
}

/** Facet arrays `[v1, c1, v2, c2]` as an object. */
export function facetObject(flat: unknown[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < flat.length; i += 2) out[String(flat[i])] = Number(flat[i + 1]);
  return out;
}

/**
 * For a describe block: every test starts from a fresh state, and fails if anything reached the
 * host page (an uncaught error or an unhandled rejection) while it ran.
 */
export function guardHostPage(): void {
  const unhandled: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  const onError = (event: ErrorEvent) => unhandled.push(event.error);
  beforeEach(async () => {
    await freshState();
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
    document.documentElement.lang = 'en';
    expect(unhandled, 'nothing reaches the host page').to.deep.equal([]);
  });
}

/**
 * What in a shadow tree could run script: an event-handler attribute, or an attribute whose value
 * is a `javascript:`, `vbscript:` or `data:` URL (control characters and white space removed
 * first, as URL parsing does). Empty for an element that escaped everything it was given.
 */
export function activeAttributes(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(node.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`<${node.localName} ${attribute.name}>`);
      // eslint-disable-next-line no-control-regex
      if (/^(?:javascript|vbscript|data):/i.test(attribute.value.replace(/[\u0000-\u0020]/g, ''))) found.push(`<${node.localName} ${attribute.name}="${attribute.value}">`);
    }
  }
  return found;
}

/** The elements of `tags` in a shadow tree, as `<tag>`: those an element's own template never makes. */
export const elementsOf = (root: ShadowRoot, tags: readonly string[]): string[] =>
  Array.from(root.querySelectorAll('*'))
    .filter((node) => tags.includes(node.localName))
    .map((node) => `<${node.localName}>`);

/** RFC 4180 reader, to check a CSV file as a spreadsheet program reads it. */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && input[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

/** An absch-* element: it says when it is busy, and when its language is loaded. */
export type AbschTestElement = HTMLElement & { localeReady(): Promise<void>; readonly updateComplete: Promise<boolean> };

/** Whether the element says it is loading (`aria-busy` on its section). */
export const busy = (el: Element) => el.shadowRoot?.querySelector('[part~=base]')?.getAttribute('aria-busy') === 'true';

/**
 * Waits until the element has finished loading, successfully or not, in its language: after its
 * first render, or after a change of its properties (the update that starts the load comes first).
 */
export async function settled<T extends AbschTestElement>(el: T, timeout = 15000): Promise<T> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~=base]')?.getAttribute('aria-busy') === 'false', `<${el.localName}> did not settle`, { timeout });
  await el.localeReady();
  return el;
}

/**
 * `waitUntil`, with this test's tab brought to the front at each look: only the tab in front is
 * painted, so only it gets animation frames, IntersectionObserver reports and scroll-driven
 * animations, and a test file in the other tab may bring its own tab forward meanwhile.
 */
export function untilInFront(predicate: () => unknown, message: string, timeout = 15000): Promise<void> {
  return waitUntil(
    async () => {
      await executeServerCommand('bring-to-front');
      return predicate();
    },
    message,
    { interval: 250, timeout },
  );
}

/** Renders an element and waits until it has settled. */
export async function rendered<T extends AbschTestElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: Element, name: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`));
/** Text as a person reads it: white space folded. */
export const text = (node: Element | ShadowRoot | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** An API's HTML text as a reader sees it: tags gone, white space folded. */
export const plain = (htmlText: string) => text(new DOMParser().parseFromString(htmlText, 'text/html').body);

/** A real key press (sendKeys), with Shift held when `shift`. */
export async function press(key: string, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
}

/** Tabs (or Shift+Tabs) until the focus inside `el` is on what `predicate` accepts. */
export async function tabTo(el: Element, predicate: (active: Element) => boolean, backwards = false, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await press('Tab', backwards);
    const active = el.shadowRoot!.activeElement;
    if (active && predicate(active)) return active as HTMLElement;
  }
  throw new Error('focus never reached the element');
}
