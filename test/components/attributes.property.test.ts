/**
 * Odd attribute values from the host page, for every attribute of every element (fast-check): the
 * element corrects them, ignores them with a warning, or explains; it never sends a query the API
 * refuses (a 400 from mock-api means an unescaped or malformed query), never throws into the
 * page, and never puts an active attribute or URL into its DOM.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/absch-widgets.js';
import { activeAttributes, apiBase, elementsOf, freshState } from '../helpers.js';

const ATTRIBUTES: Record<string, string[]> = {
  'absch-country-profile': ['country', 'sections', 'max-per-type', 'hide-empty', 'link-target', 'heading-level'],
  'absch-certificate-list': ['country', 'page-size', 'page', 'sort', 'usage', 'subject', 'from', 'to', 'query', 'filters', 'export', 'link-target'],
  'absch-parties-list': ['status', 'sort', 'columns', 'filter', 'search', 'link-target'],
  'absch-record': ['uid', 'hide-referenced-by', 'link-target', 'heading-level'],
  'absch-search': ['query', 'schema', 'country', 'type', 'page-size', 'sort', 'require-query', 'link-target', 'heading-level'],
  'absch-stats': ['view', 'country', 'limit', 'from', 'to', 'heading', 'show-table', 'heading-level'],
};
const COMMON = ['lang', 'portal-base', 'app-id', 'cache'];

const odd = fc.oneof(
  fc.constantFrom(
    '', ' ', ' \t\n', '-3', '0', '1e9', 'NaN', 'null', 'undefined', 'true', '100000', '2017', '2017-13-45',
    'ke) OR *:*', '"><img src=x onerror=window.__xss()>', 'javascript:window.__xss()', 'data:text/html,<script>window.__xss()</script>',
    '../../countries/KE', '%00', '\u202e\u0000', 'ÅÄÖ', '中文', 'ar', 'KE', 'in fr ke', 'AND', 'title:(x)', '*', '\\', 'a'.repeat(3000),
  ),
  fc.string({ maxLength: 24 }),
  fc.integer().map(String),
);

declare global {
  interface Window {
    __xss?: () => void;
  }
}

/** Everything in a shadow tree that could run script: handlers, javascript:/data: URLs, script elements. */
const activeContent = (root: ShadowRoot): string[] => [...elementsOf(root, ['script', 'iframe']), ...activeAttributes(root)];

describe('odd attribute values (fast-check)', () => {
  let xss = 0;
  const problems: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => problems.push(event.reason);
  const onError = (event: ErrorEvent) => problems.push(event.error ?? event.message);
  let warn: typeof console.warn;

  before(() => {
    window.__xss = () => xss++;
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    // The elements warn about what they correct; that is the expected answer here, not noise to show.
    warn = console.warn;
    console.warn = () => undefined;
  });
  after(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
    console.warn = warn;
    document.documentElement.lang = 'en';
  });

  for (const [tag, own] of Object.entries(ATTRIBUTES)) {
    it(`<${tag}>: any values of ${[...own, ...COMMON].join(', ')}`, async function () {
      this.timeout(180_000);
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...own, ...COMMON), odd, { minKeys: 1, maxKeys: 4 }), async (attributes) => {
          await freshState();
          const since = performance.now();
          const holder = fixtureSync(html`<div></div>`);
          const element = document.createElement(tag);
          element.setAttribute('api-base', apiBase());
          for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
          holder.append(element);
          await waitUntil(() => element.shadowRoot?.querySelector('[part=base][aria-busy=false]'), `<${tag}> ${JSON.stringify(attributes)} did not settle`, { timeout: 15000 });
          const refused = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
            (entry) => entry.startTime >= since && new URL(entry.name).pathname.includes('/api/') && (entry.responseStatus === 400 || entry.responseStatus >= 500),
          );
          expect(refused.map((entry) => `${entry.responseStatus} ${decodeURIComponent(entry.name)}`), JSON.stringify(attributes)).to.deep.equal([]);
          expect(activeContent(element.shadowRoot!), JSON.stringify(attributes)).to.deep.equal([]);
          element.remove();
        }),
        { numRuns: 15 },
      );
      expect(problems, 'nothing thrown into the page').to.deep.equal([]);
      expect(xss, 'no injected script ran').to.equal(0);
    });
  }
});
