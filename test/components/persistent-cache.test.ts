/**
 * Answers kept across page loads (src/api/answer-store.ts): a repeat visit draws before the API
 * answers, and an API that is down on the repeat visit leaves the last answer on screen with its
 * date. A "new page load" is `clearCache({ keepStored: true })`: the memory is gone, the store stays.
 * mock-api's `after=N` switch is an API that answers the first visit's N requests and then slows
 * down or fails (its answers are not HTTP-cached, so the repeat visit reaches it).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/define/absch-country-profile.js';
import '../../src/define/absch-record.js';
import { clearCache } from '../../src/api/shared-request.js';
import { configure } from '../../src/base/config.js';
import type { AbschLoadDetail } from '../../src/base/events.js';
import { VERSION } from '../../src/base/version.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { apiBase, apiRequestsSince, guardHostPage, part, rendered, text, type AbschTestElement } from '../helpers.js';

const profile = (base: string, extra = '') =>
  rendered<AbschTestElement>(html`<absch-country-profile country="KE" api-base=${base} cache=${extra || nothing}></absch-country-profile>`);

/** The first visit: the profile, drawn from the API; then the page is left (memory gone, store kept). */
async function firstVisit(base: string): Promise<string> {
  const el = await profile(base);
  const shown = text(el.shadowRoot);
  el.remove();
  await clearCache({ keepStored: true });
  return shown;
}

/**
 * What the Cache API holds for requests to `base`, as [url, bytes], and whether it holds the index
 * of sizes. The store is the origin's, so a test file in the other tab writes to it too: each test
 * that looks into it asks an API base of its own (apiBase with a switch gets a unique one).
 */
async function stored(base: string): Promise<{ answers: [string, number][]; index: boolean }> {
  const cache = await caches.open('absch-widgets');
  const requests = await cache.keys();
  const own = requests.filter((request) => decodeURIComponent(request.url).includes(`/${VERSION}/${base}/`));
  const answers = await Promise.all(own.map(async (request) => [request.url, (await (await cache.match(request))!.text()).length] as [string, number]));
  return { answers, index: requests.some((request) => request.url === `https://absch-widgets.invalid/${VERSION}/index`) };
}

describe('answers kept across page loads', () => {
  guardHostPage();

  it('a repeat visit draws the profile before the API answers, and asks the API in the background', async () => {
    // Two requests answered at once, then every answer takes four seconds.
    const base = apiBase({ delay: 4000, after: 2 });
    const first = await firstVisit(base);
    const started = performance.now();
    const el = await profile(base);
    expect(performance.now() - started, 'drawn without waiting for the API').to.be.below(2000);
    expect(apiRequestsSince(started), 'no API answer has arrived yet').to.have.length(0);
    expect(text(el.shadowRoot)).to.equal(first);
    expect(part(el, 'stale')).to.equal(null);
    await expect(el).to.be.accessible();
    // The background requests arrive; the answers are the same, so nothing is drawn again.
    await waitUntil(() => apiRequestsSince(started).length === 2, 'the profile was not asked for again', { timeout: 10_000 });
    expect(text(el.shadowRoot)).to.equal(first);
  });

  it('draws again, without a skeleton in between, when the API\'s answer differs from the stored one', async () => {
    // From the third request on, every country name changes (hostilenames: a formula, the name,
    // payloads), and answers take a second, so that the stored answer is drawn first.
    const base = apiBase({ hostilenames: 1, delay: 1000, after: 2 });
    await firstVisit(base);
    const el = await profile(base);
    expect(text(part(el, 'name'))).to.equal('Kenya');
    const skeletons: boolean[] = [];
    const observer = new MutationObserver(() => skeletons.push(el.shadowRoot!.querySelector('.skeleton') !== null));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    await waitUntil(() => text(part(el, 'name')) !== 'Kenya', 'the renewed name was not drawn', { timeout: 10_000 });
    observer.disconnect();
    expect(text(part(el, 'name'))).to.contain('Kenya').and.not.equal('Kenya');
    expect(skeletons.filter(Boolean)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('when the API is down on a repeat visit, shows the last answer with its date and says it is stale', async () => {
    const base = apiBase({ status: 503, after: 2 });
    const first = await firstVisit(base);
    const loads: AbschLoadDetail[] = [];
    const onLoad = (event: Event) => loads.push((event as CustomEvent<AbschLoadDetail>).detail);
    document.addEventListener('absch-load', onLoad);
    try {
      const el = await profile(base);
      await waitUntil(() => part(el, 'stale'), 'no stale note', { timeout: 15_000 });
      expect(text(el.shadowRoot)).to.contain(first);
      const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
      expect(text(part(el, 'stale'))).to.equal(`Shown as saved on ${today}: the Clearing-House could not be reached for newer data.`);
      expect(part(el, 'error')).to.equal(null);
      await expect(el).to.be.accessible();
      // Drawn from the store first (stale while revalidate), then the API failed: absch-load says so once.
      expect(loads.map((detail) => detail.stale)).to.deep.equal([undefined, true]);
    } finally {
      document.removeEventListener('absch-load', onLoad);
    }
  });

  it('shows the usual error when the API is down and nothing was stored', async () => {
    const el = await profile(apiBase({ status: 503, only: 'countries' }));
    expect(text(part(el, 'error'))).to.contain('The Clearing-House answered with an error (503).');
    expect(part(el, 'stale')).to.equal(null);
  });

  it('with cache="memory", keeps nothing across page loads', async () => {
    const base = apiBase({ status: 503, after: 2 });
    const el = await profile(base, 'memory');
    expect(part(el, 'name')).to.not.equal(null);
    expect((await stored(base)).answers).to.deep.equal([]);
    el.remove();
    await clearCache({ keepStored: true });
    const again = await profile(base, 'memory');
    expect(text(part(again, 'error'))).to.contain('503');
  });

  it('a page-wide cache: "memory" keeps nothing either', async () => {
    configure({ cache: 'memory' });
    const base = apiBase({ delay: 0 });
    const el = await rendered<AbschTestElement>(html`<absch-record uid=${FIXTURES.indiaIrcc} hide-referenced-by api-base=${base}></absch-record>`);
    expect(part(el, 'title')).to.not.equal(null);
    expect((await stored(base)).answers).to.deep.equal([]);
  });

  it('stores each answer under a key that names the library version, with an index of sizes for the bound', async () => {
    const base = apiBase({ delay: 0 });
    await profile(base);
    const { answers, index } = await stored(base);
    // the country and the profile's index query, and the index of sizes (test/unit/answer-store.test.ts: the bound)
    expect(answers).to.have.length(2);
    expect(answers.every(([url]) => url.startsWith(`https://absch-widgets.invalid/${VERSION}/`))).to.equal(true);
    expect(index).to.equal(true);
  });

  it('works, and says nothing, when the store cannot be opened (private browsing, blocked storage)', async () => {
    const open = CacheStorage.prototype.open;
    CacheStorage.prototype.open = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      // The store was opened by earlier tests of this page: a fresh state opens it again.
      await clearCache();
      const el = await profile(apiBase());
      expect(text(part(el, 'name'))).to.equal('Kenya');
      expect(warned).to.deep.equal([]);
    } finally {
      CacheStorage.prototype.open = open;
      console.warn = warn;
    }
  });
});
