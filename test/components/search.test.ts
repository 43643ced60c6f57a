import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/define/absch-search.js';
import { configure } from '../../src/base/config.js';
import type { AbschLoadDetail, AbschSelectDetail } from '../../src/base/events.js';
import type { AbschSearch } from '../../src/components/search/search.js';
import { RECORD_TYPES } from '../../src/data/record-types.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { answerFailures, apiBase, apiRequestsSince, busy, facetObject, getJson, guardHostPage, indexUrl, part, parts, PUBLISHED, settled, tabTo, text } from '../helpers.js';
import { describeAccessibleStates, describeApiFailures } from '../suites.js';

type Search = AbschSearch;
type Locale = 'en' | 'ar' | 'es' | 'fr' | 'ru' | 'zh';

const root = (el: Element) => el.shadowRoot!;
const input = (el: Element) => part(el, 'input') as HTMLInputElement;
const uids = (el: Element) => parts(el, 'result').map((r) => r.dataset.uid!);
/** The user's text as the count quotes it: isolated (FSI … PDI) so that it keeps its direction. */
const quoted = (q: string) => `“\u2068${q}\u2069”`;
const liveRegion = (el: Element) => root(el).querySelector<HTMLElement>('[role=status]')!;

/** Waits until the search is idle: no pending request and something final on screen. */
async function idle(el: Search, timeout = 15000): Promise<Search> {
  await settled(el, timeout);
  await waitUntil(() => part(el, 'count') || part(el, 'error') || part(el, 'prompt') || part(el, 'empty'), 'search did not settle', { timeout });
  return el;
}

async function search(template: ReturnType<typeof html>): Promise<Search> {
  return idle(await fixture<Search>(template));
}

/** Sets the query as a host would, and waits for its results. */
async function query(el: Search, value: string): Promise<Search> {
  el.query = value;
  return idle(el);
}

/** The number on a facet option (`[part=facet-option][data-value=…]`). */
function facetCounts(el: Element, facet: string): Record<string, number> {
  return Object.fromEntries(
    Array.from(root(el).querySelectorAll<HTMLElement>(`[data-facet=${facet}] [part~=facet-option]`)).map((o) => [
      o.dataset.value!,
      Number(text(o.querySelector('.n')).replace(/\D/g, '')),
    ]),
  );
}

/** A facet's option (a listbox option). */
function option(el: Element, facet: string, value: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[data-facet=${facet}] [role=option][data-value="${value}"]`);
}

/** Whether a facet's option is selected, as readers hear it. */
function selected(el: Element, facet: string, value: string): boolean {
  return option(el, facet, value)?.getAttribute('aria-selected') === 'true';
}

function shownTotal(el: Element): number {
  return Number(text(part(el, 'count')).split(' ')[0].replace(/\D/g, ''));
}

interface IndexAnswer {
  response: { numFound: number; docs: Record<string, unknown>[] };
  facet_counts: { facet_fields: Record<string, unknown[]> };
}

/** mock-api's own answer: written out here, independently of the element's query builder. */
async function fromApi(q: string, fq: string[], facetFields: string[] = []): Promise<{ total: number; facets: Record<string, Record<string, number>> }> {
  const { body } = await getJson<IndexAnswer>(
    indexUrl({ q, fq: [...PUBLISHED, ...fq], rows: 0, facet: true, 'facet.field': facetFields, 'facet.limit': -1, 'facet.mincount': 1 }),
  );
  const facets = Object.fromEntries(Object.entries(body.facet_counts?.facet_fields ?? {}).map(([k, v]) => [k, facetObject(v)]));
  return { total: body.response.numFound, facets };
}

/** The text of one word over the fields the portal searches, in one language (as docs/api-notes.md §3 gives it). */
function portalText(word: string, lang: string): string {
  const L = lang.toUpperCase();
  const fields = ['uniqueIdentifier_t', `government_${L}_t`, `countryRegions_${L}_txt`, `title_${L}_t`, `summary_${L}_t`, `schema_${L}_t`, `text_${L}_txt`];
  return fields.map((f) => `${f}:${word}* OR ${f}:${word}`).join(' OR ');
}

describe('<absch-search>', () => {
  guardHostPage();
  let startUrl = '';

  beforeEach(() => {
    startUrl = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', startUrl.split('#')[0]);
  });

  describe('without text', () => {
    it('shows the newest records with facets and country names, making one request', async () => {
      const since = performance.now();
      const loads: AbschLoadDetail[] = [];
      const el = await search(html`<absch-search api-base=${apiBase()} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-search>`);
      const requests = apiRequestsSince(since).map((r) => new URL(r.name).pathname);
      // A GET to index/select, or the portal's POST to index where the API drops repeated GET keys.
      expect(requests.filter((p) => p.endsWith('/index/select') || p.endsWith('/api/v2013/index'))).to.have.length(1);
      // The country names come with it: no request for the list of countries.
      expect(requests).to.have.length(1);
      const expected = await fromApi('*:*', [], ['schema_s']);
      expect(shownTotal(el)).to.equal(expected.total);
      expect(text(part(el, 'count'))).to.equal(`${expected.total.toLocaleString('en')} results`);
      expect(parts(el, 'result')).to.have.length(10);
      const dates = parts(el, 'date').map((t) => t.getAttribute('datetime')!);
      expect([...dates].sort().reverse()).to.deep.equal(dates);
      expect(loads).to.deep.equal([{ query: '', total: expected.total, page: 1 }]);
      await expect(el).to.be.accessible();
    });

    it('shows nothing and asks for text under require-query, then searches what is typed', async () => {
      const since = performance.now();
      const el = await search(html`<absch-search require-query api-base=${apiBase()}></absch-search>`);
      expect(text(part(el, 'prompt'))).to.equal('Type a word, a country or a record number to search.');
      expect(apiRequestsSince(since)).to.have.length(0);
      await expect(el).to.be.accessible();
      await query(el, 'kenya');
      expect(parts(el, 'result').length).to.be.greaterThan(0);
    });
  });

  describe('matching text as the portal does', () => {
    it('finds a record by a word of its title, and marks the word', async () => {
      const { body } = await getJson<IndexAnswer>(indexUrl({ q: `uniqueIdentifier_s:${FIXTURES.kenyaCnaUid.toLowerCase()}`, fl: 'title_EN_t' }));
      const title = String(body.response.docs[0].title_EN_t);
      const el = await search(html`<absch-search query="Environment Management NEMA" api-base=${apiBase()}></absch-search>`);
      const expected = await fromApi(['environment', 'management', 'nema'].map((w) => `(${portalText(w, 'en')})`).join(' AND '), []);
      expect(shownTotal(el)).to.equal(expected.total);
      const result = root(el).querySelector(`[data-uid="${FIXTURES.kenyaCnaUid}"]`);
      expect(result, 'the CNA is on the first page').to.exist;
      const link = result!.querySelector<HTMLAnchorElement>('[part=title] a')!;
      expect(text(link)).to.equal(title);
      const marked = Array.from(link.querySelectorAll('mark')).map((m) => m.textContent);
      expect(marked).to.include.members(['Environment', 'Management', 'NEMA']);
      expect(link.href).to.equal(`https://absch.cbd.int/en/database/CNA/${FIXTURES.kenyaCnaUid}`);
      await expect(el).to.be.accessible();
    });

    it('finds a record by its UID, typed in any case', async () => {
      const el = await search(html`<absch-search query=${FIXTURES.indiaIrcc.toLowerCase()} api-base=${apiBase()}></absch-search>`);
      expect(uids(el)[0]).to.equal(FIXTURES.indiaIrcc);
      const uid = part(el, 'uid')!;
      expect(uid.localName).to.equal('bdi');
      expect(text(uid)).to.equal(FIXTURES.indiaIrcc);
      expect(text(part(el, 'count'))).to.equal(`${shownTotal(el)} ${shownTotal(el) === 1 ? 'result' : 'results'} for ${quoted(FIXTURES.indiaIrcc.toLowerCase())}`);
      expect(text(liveRegion(el)), 'the first search, made by the page, is not announced').to.equal('');
    });

    it('finds records by a country name in French, with the country facet counting every record of that country', async () => {
      const el = await search(html`<absch-search lang="fr" query="Inde" api-base=${apiBase()}></absch-search>`);
      const countries = parts(el, 'country').map(text);
      expect(countries.length).to.be.greaterThan(0);
      expect(countries.every((c) => c === 'Inde'), countries.join()).to.equal(true);
      const india = await fromApi('countryRegions_ss:in', []);
      expect(facetCounts(el, 'country').in).to.equal(india.total);
      expect(text(root(el).querySelector('[data-facet=country] [data-value=in] .name'))).to.equal('Inde');
      const expected = await fromApi(portalText('inde', 'fr'), []);
      expect(shownTotal(el)).to.equal(expected.total);
    });

    it('searches Solr syntax as plain text: no error, nothing unescaped', async () => {
      const el = await search(html`<absch-search api-base=${apiBase()}></absch-search>`);
      for (const hostile of ['title:(x)', '*', '"unbalanced', 'AND OR NOT', '\\', 'ke) OR *:*', '{!join from=a to=b}x']) {
        const since = performance.now();
        await query(el, hostile);
        expect(part(el, 'error'), hostile).to.equal(null);
        for (const entry of apiRequestsSince(since)) {
          expect(entry.responseStatus, hostile).to.equal(200);
          // A POST (the repeated=last world) carries q in its body, which resource timing does not show.
          const q = new URL(entry.name).searchParams.get('q');
          if (q !== null) expect(q).not.to.contain('*:*)');
        }
      }
    });

    it('property: arbitrary text never makes mock-api answer 4xx/5xx nor throws', async function () {
      this.timeout(120000);
      const el = await search(html`<absch-search api-base=${apiBase()}></absch-search>`);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ unit: fc.constantFrom(...'+-&|!(){}[]^"~*?:\\/ \t\n'.split(''), 'AND', 'OR', 'NOT', 'TO', '*:*', 'ke', '{!tag=x}') }),
            fc.string({ unit: 'binary', maxLength: 20 }),
          ),
          async (value) => {
            const since = performance.now();
            await query(el, value);
            expect(part(el, 'error'), JSON.stringify(value)).to.equal(null);
            for (const entry of apiRequestsSince(since)) expect(entry.responseStatus, JSON.stringify(value)).to.equal(200);
          },
        ),
        { numRuns: 60 },
      );
    });
  });

  describe('facets', () => {
    it('count as mock-api counts for the same filters, each facet leaving its own filter out', async () => {
      const el = await search(html`<absch-search schema="absPermit" country="ke" api-base=${apiBase()}></absch-search>`);
      const both = await fromApi('*:*', ['schema_s:absPermit', 'countryRegions_ss:ke']);
      const bySchema = await fromApi('*:*', ['countryRegions_ss:ke'], ['schema_s']);
      const byCountry = await fromApi('*:*', ['schema_s:absPermit'], ['countryRegions_ss']);
      const byKind = await fromApi('*:*', ['schema_s:absPermit', 'countryRegions_ss:ke'], ['schemaType_s']);
      expect(shownTotal(el)).to.equal(both.total);
      expect(facetCounts(el, 'schema')).to.deep.equal(bySchema.facets.schema_s);
      const countries = facetCounts(el, 'country');
      for (const [code, count] of Object.entries(byCountry.facets.countryRegions_ss)) expect(countries[code], code).to.equal(count);
      const kinds = parts(el, 'kind').map((k) => Number(text(k.querySelector('.n')).replace(/\D/g, '')));
      expect(kinds).to.deep.equal([both.total, byKind.facets.schemaType_s.national ?? 0, byKind.facets.schemaType_s.reference ?? 0]);
      await expect(el).to.be.accessible();
    });

    it('a chosen record type still shows the counts of the others', async () => {
      const el = await search(html`<absch-search query="kenya" api-base=${apiBase()}></absch-search>`);
      const before = facetCounts(el, 'schema');
      option(el, 'schema', 'measure')!.click();
      await idle(el);
      expect(shownTotal(el)).to.equal(before.measure);
      expect(facetCounts(el, 'schema')).to.deep.equal(before);
      expect(selected(el, 'schema', 'measure')).to.equal(true);
      expect(parts(el, 'result').every((r) => r.dataset.schema === 'measure')).to.equal(true);
    });

    it('names record types officially and keywords by their terms, and finds a country in a long list', async () => {
      const el = await search(html`<absch-search api-base=${apiBase()}></absch-search>`);
      expect(text(root(el).querySelector('[data-facet=schema] [data-value=absPermit] .name'))).to.equal(RECORD_TYPES.absPermit.title.en);
      expect(text(root(el).querySelector('[data-facet=keyword] [data-value="357DBB22-6A6C-4C49-BA1F-037320B09247"] .name'))).to.equal('Plants');
      const keywordValues = Object.keys(facetCounts(el, 'keyword'));
      expect(keywordValues).not.to.include('ke');
      expect(keywordValues).not.to.include('absPermit');
      const find = part(el, 'country-filter') as HTMLInputElement;
      expect(find, 'more than ten countries: a box to find one').to.exist;
      expect(text(root(el).querySelector('[data-facet=country] [data-value=ke] .name'))).to.equal('Kenya');
      find.value = 'kEn';
      find.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(Object.keys(facetCounts(el, 'country'))).to.deep.equal(['ke']);
      await expect(el).to.be.accessible();
    });

    it('national and reference tabs filter by kind and drop record types of the other kind', async () => {
      const el = await search(html`<absch-search schema="absPermit resource" api-base=${apiBase()}></absch-search>`);
      const reference = parts(el, 'kind')[2].querySelector('input')!;
      reference.click();
      await idle(el);
      const expected = await fromApi('*:*', ['schema_s:resource', 'schemaType_s:reference']);
      expect(shownTotal(el)).to.equal(expected.total);
      expect(parts(el, 'chip').map((c) => c.dataset.value)).to.deep.equal(['resource']);
    });
  });

  describe('chips', () => {
    it('show the selected filters, remove one at a time with focus kept, and clear all', async () => {
      const el = await search(html`<absch-search schema="absPermit" country="ke in" api-base=${apiBase()}></absch-search>`);
      expect(parts(el, 'chip').map(text)).to.deep.equal([RECORD_TYPES.absPermit.title.en + '×', 'Kenya×', 'India×']);
      const kenya = parts(el, 'chip')[1];
      expect(kenya.getAttribute('aria-label')).to.equal('Remove filter: Kenya');
      kenya.focus();
      kenya.click();
      await idle(el);
      expect(parts(el, 'chip').map((c) => c.dataset.value)).to.deep.equal(['absPermit', 'in']);
      expect(root(el).activeElement).to.equal(parts(el, 'chip')[1]);
      const expected = await fromApi('*:*', ['schema_s:absPermit', 'countryRegions_ss:in']);
      expect(shownTotal(el)).to.equal(expected.total);
      await expect(el).to.be.accessible();
      part(el, 'clear-all')!.click();
      await idle(el);
      expect(parts(el, 'chip')).to.have.length(0);
      expect(root(el).activeElement).to.equal(input(el));
      expect(shownTotal(el)).to.equal((await fromApi('*:*', [])).total);
    });

    it('says so when nothing matches, and offers to remove the filters', async () => {
      const el = await search(html`<absch-search query="kenya" country="in" schema="focalPoint" api-base=${apiBase()}></absch-search>`);
      expect(text(part(el, 'empty'))).to.contain('No record matches your search. Removing some filters may help.');
      expect(text(part(el, 'count'))).to.equal(`0 results for ${quoted('kenya')}`);
      await expect(el).to.be.accessible();
      part(el, 'empty')!.querySelector('button')!.click();
      await idle(el);
      expect(shownTotal(el)).to.be.greaterThan(0);
      // the search the user asked for is announced
      expect(text(liveRegion(el))).to.equal(text(part(el, 'count')));
    });
  });

  describe('paging', () => {
    it('pages on the server, moves focus to the new results, and stops at both ends', async () => {
      const loads: AbschLoadDetail[] = [];
      const el = await search(html`<absch-search query="kenya" page-size="20" api-base=${apiBase()} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-search>`);
      const total = shownTotal(el);
      const pages = Math.ceil(total / 20);
      expect(pages).to.be.greaterThan(1);
      expect(text(part(el, 'pager'))).to.contain(`Page 1 of ${pages}`);
      expect(part(el, 'previous')!.getAttribute('aria-disabled')).to.equal('true');
      const first = uids(el);
      const since = performance.now();
      part(el, 'next')!.click();
      await idle(el);
      expect(apiRequestsSince(since)).to.have.length(1);
      const second = uids(el);
      expect(second.some((uid) => first.includes(uid))).to.equal(false);
      expect(root(el).querySelector('ol[part~=results]')!.getAttribute('start')).to.equal('21');
      await waitUntil(() => root(el).activeElement === part(el, 'count'), 'focus moved to the results');
      expect(text(liveRegion(el))).to.contain(`Page 2 of ${pages}`);
      for (let page = 2; page < pages; page++) {
        part(el, 'next')!.click();
        await idle(el);
      }
      expect(part(el, 'next')!.getAttribute('aria-disabled')).to.equal('true');
      expect(parts(el, 'result')).to.have.length(total - (pages - 1) * 20);
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(loads.map((l) => l.page)).to.deep.equal(Array.from({ length: pages }, (_, i) => i + 1));
      expect(loads[1]).to.deep.equal({ query: 'kenya', total, page: 2 });
      await expect(el).to.be.accessible();
    });

    it('corrects page-size and other bad attributes with a warning', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
      let el: Search;
      try {
        el = await search(html`<absch-search page-size="500" schema="bogus absPermit" country="kenya ke" type="both" sort="x" api-base=${apiBase()}></absch-search>`);
      } finally {
        console.warn = warn;
      }
      expect(parts(el, 'result')).to.have.length(10);
      expect(parts(el, 'chip').map((c) => c.dataset.value)).to.deep.equal(['absPermit', 'ke']);
      expect(warnings).to.have.length(5);
      expect(warnings[0]).to.equal('<absch-search>: page-size="500" is not a whole number from 1 to 50; using 10.');
    });
  });

  describe('sync-url', () => {
    it('keeps the search in the hash next to the host’s, with back and forward', async () => {
      history.replaceState(history.state, '', '#section-2');
      const el = await search(html`<absch-search sync-url api-base=${apiBase()}></absch-search>`);
      const start = history.length;
      input(el).value = 'kenya';
      input(el).dispatchEvent(new InputEvent('input'));
      (part(el, 'form') as HTMLFormElement).requestSubmit();
      await idle(el);
      expect(location.hash).to.equal('#section-2&absch-search=q%3Dkenya');
      const kenyaTotal = shownTotal(el);
      option(el, 'schema', 'absPermit')!.click();
      await idle(el);
      expect(location.hash).to.equal('#section-2&absch-search=q%3Dkenya%26schema%3DabsPermit');
      expect(history.length).to.equal(start + 2);

      const since = performance.now();
      history.back();
      await waitUntil(() => !selected(el, 'schema', 'absPermit'), 'back did not restore', { timeout: 5000 });
      await idle(el);
      expect(shownTotal(el)).to.equal(kenyaTotal);
      expect(input(el).value).to.equal('kenya');
      expect(el.query).to.equal('kenya');
      history.back();
      await waitUntil(() => input(el).value === '', 'back did not restore the empty search', { timeout: 5000 });
      await idle(el);
      history.forward();
      await waitUntil(() => input(el).value === 'kenya', 'forward did not restore', { timeout: 5000 });
      history.forward();
      await waitUntil(() => selected(el, 'schema', 'absPermit'), 'forward did not restore the filter', { timeout: 5000 });
      await idle(el);
      expect(apiRequestsSince(since).filter((r) => r.name.includes('/index/')), 'searches seen before come from the cache').to.have.length(0);
    });

    it('restores the search from the URL on load', async () => {
      history.replaceState(history.state, '', `#absch-search=${encodeURIComponent('q=kenya&schema=measure&page=2&sort=newest')}`);
      const el = await search(html`<absch-search sync-url page-size="5" query="ignored" api-base=${apiBase()}></absch-search>`);
      expect(input(el).value).to.equal('kenya');
      expect(selected(el, 'schema', 'measure')).to.equal(true);
      expect(text(part(el, 'pager'))).to.contain('Page 2 of');
      expect((part(el, 'sort') as HTMLSelectElement).value).to.equal('newest');
    });

    it('replaces the history entry while the user pauses in typing', async () => {
      const el = await search(html`<absch-search sync-url api-base=${apiBase()}></absch-search>`);
      const start = history.length;
      input(el).focus();
      for (const word of ['ken', 'ya', ' wild']) {
        await sendKeys({ type: word });
        await aTimeout(400);
        await idle(el);
      }
      expect(readHash()).to.equal('kenya wild');
      expect(history.length).to.equal(start + 1);
    });
  });

  describe('typing', () => {
    it('debounces: five quick characters make one request', async () => {
      const el = await search(html`<absch-search api-base=${apiBase()}></absch-search>`);
      input(el).focus();
      const since = performance.now();
      await sendKeys({ type: 'india' });
      await aTimeout(100);
      expect(apiRequestsSince(since), 'nothing before the pause').to.have.length(0);
      await aTimeout(350);
      await idle(el);
      expect(apiRequestsSince(since)).to.have.length(1);
      expect(el.query).to.equal('india');
    });

    it('Enter searches at once and Escape clears', async () => {
      const el = await search(html`<absch-search api-base=${apiBase()}></absch-search>`);
      const all = shownTotal(el);
      input(el).focus();
      await sendKeys({ type: 'kenya' });
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      expect(busy(el) || el.query === 'kenya').to.equal(true);
      await idle(el);
      expect(el.query).to.equal('kenya');
      await sendKeys({ press: 'Escape' });
      expect(input(el).value).to.equal('');
      await idle(el);
      expect(shownTotal(el)).to.equal(all);
      expect(el.query).to.equal('');
    });

    it('never lets a slow older answer overwrite a newer one', async () => {
      const loads: AbschLoadDetail[] = [];
      const el = fixtureSync<Search>(html`<absch-search query="india" api-base=${apiBase({ delay: 1500, only: 'index' })} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-search>`);
      await aTimeout(200);
      expect(busy(el)).to.equal(true);
      el.apiBase = apiBase();
      el.query = 'kenya';
      await idle(el);
      expect(text(part(el, 'count'))).to.equal(`${shownTotal(el)} results for ${quoted('kenya')}`);
      await aTimeout(1600);
      expect(text(part(el, 'count'))).to.equal(`${shownTotal(el)} results for ${quoted('kenya')}`);
      expect(loads.map((l) => l.query)).to.deep.equal(['kenya']);
    });

    it('clears its timer when removed from the page', async () => {
      const el = await search(html`<absch-search api-base=${apiBase()}></absch-search>`);
      input(el).value = 'kenya';
      input(el).dispatchEvent(new InputEvent('input'));
      const since = performance.now();
      el.remove();
      await aTimeout(450);
      expect(apiRequestsSince(since)).to.have.length(0);
      expect(el.query).to.equal('');
    });
  });

  it('can be used with the keyboard alone', async function () {
    this.timeout(90000);
    // fixtureSync: fixture() would wait for an animation frame, which a background tab may never get.
    const wrapper = fixtureSync<HTMLDivElement>(html`<div><button id="before">before</button><absch-search page-size="5" api-base=${apiBase()}></absch-search></div>`);
    const el = await idle(wrapper.querySelector<Search>('absch-search')!);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(input(el));
    await sendKeys({ type: 'kenya' });
    await sendKeys({ press: 'Enter' });
    await idle(el);
    const total = shownTotal(el);

    // the tabs: arrow keys move between national and reference
    await tabTo(el, (a) => a.matches('[part~=kind] input'));
    await sendKeys({ press: 'ArrowRight' });
    await idle(el);
    expect(parts(el, 'kind')[1].hasAttribute('data-checked')).to.equal(true);
    expect(shownTotal(el)).to.be.at.most(total);

    // a record type with Space
    const checkbox = await tabTo(el, (a) => a.matches('[data-facet=schema] [role=option]'));
    const value = checkbox.dataset.value!;
    await sendKeys({ press: 'Space' });
    await idle(el);
    expect(parts(el, 'chip').map((c) => c.dataset.value)).to.deep.equal([value]);

    // its chip with Enter
    await tabTo(el, (a) => a.matches('[part~=chip]'));
    await sendKeys({ press: 'Enter' });
    await idle(el);
    expect(parts(el, 'chip')).to.have.length(0);

    // the next page, then the first result's link
    await tabTo(el, (a) => a.matches('[part~=next]'));
    await sendKeys({ press: 'Enter' });
    await idle(el);
    await waitUntil(() => root(el).activeElement === part(el, 'count'));
    expect(text(part(el, 'pager'))).to.contain('Page 2 of');
    const selected = new Promise<CustomEvent<AbschSelectDetail>>((resolve) =>
      el.addEventListener('absch-select', (e) => {
        e.preventDefault();
        resolve(e);
      }, { once: true }),
    );
    await tabTo(el, (a) => a.matches('[part~=title] a'));
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.uid).to.equal(uids(el)[0]);

    // back to the box, Escape clears it
    await tabTo(el, (a) => a === input(el), true);
    await sendKeys({ press: 'Escape' });
    await idle(el);
    expect(el.query).to.equal('');
  });

  describe('results', () => {
    it('show type, country, title, date and UID, and fire a cancelable absch-select', async () => {
      const el = await search(html`<absch-search query=${FIXTURES.kenyaCnaUid} portal-base="https://portal.example" api-base=${apiBase()}></absch-search>`);
      const result = parts(el, 'result')[0];
      expect(text(result.querySelector('[part=type]'))).to.equal(RECORD_TYPES.authority.title.en);
      expect(text(result.querySelector('[part=country]'))).to.equal('Kenya');
      expect(result.querySelector('[part=date]')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(text(result.querySelector('[part=summary]'))).to.equal('Grants access to genetic resources on behalf of the State, issues permits and negotiates benefit-sharing agreements.');
      const link = result.querySelector<HTMLAnchorElement>('[part=title] a')!;
      setTimeout(() => link.click());
      el.addEventListener('absch-select', (event) => event.preventDefault(), { once: true });
      const event = (await oneEvent(el, 'absch-select')) as CustomEvent<AbschSelectDetail>;
      expect(event.defaultPrevented).to.equal(true);
      expect(event.detail).to.deep.equal({ uid: FIXTURES.kenyaCnaUid, schema: 'authority', url: `https://portal.example/en/database/CNA/${FIXTURES.kenyaCnaUid}` });
    });

    it('shows hostile summaries as text only', async () => {
      const w = window as unknown as { __xss?: () => void };
      let hit = 0;
      w.__xss = () => hit++;
      const el = await search(html`<absch-search query=${FIXTURES.hostileMeasure} api-base=${apiBase()}></absch-search>`);
      await aTimeout(100);
      const summary = part(el, 'summary')!;
      expect(text(summary)).to.contain('Main provisions: access permits for research and commercial use');
      expect(root(el).querySelector('[part=results] img, [part=results] script, [part=results] [onerror]')).to.equal(null);
      expect(hit).to.equal(0);
      delete w.__xss;
    });

    it('marks a title shown in another language than the page’s', async () => {
      const el = await search(html`<absch-search lang="ru" query=${FIXTURES.spanishOnlyTitle} api-base=${apiBase()}></absch-search>`);
      const link = parts(el, 'title')[0].querySelector('a')!;
      expect(link.getAttribute('lang')).to.equal('es');
    });

    it('marks a title and summary the index filled with the English text as English (lang="en")', async () => {
      const { body } = await getJson<{ response: { docs: Record<string, string>[] } }>(
        indexUrl({ q: 'schema_s:authority AND summary_EN_t:*', fq: PUBLISHED, fl: 'uniqueIdentifier_s,title_EN_t,title_FR_t,summary_EN_t,summary_FR_t', rows: 1000 }),
      );
      const filled = body.response.docs.find((doc) => doc.title_FR_t === doc.title_EN_t && doc.summary_FR_t === doc.summary_EN_t)!;
      const uid = filled.uniqueIdentifier_s!.toUpperCase();
      const el = await search(html`<absch-search lang="fr" query=${uid} api-base=${apiBase()}></absch-search>`);
      expect(uids(el)).to.deep.equal([uid]);
      const link = parts(el, 'title')[0]!.querySelector('a')!;
      expect(text(link)).to.equal(filled.title_EN_t);
      expect(link.getAttribute('lang')).to.equal('en');
      expect(part(el, 'summary')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    for (const [world, switches] of [['stock Solr', {}], ['autoGeneratePhraseQueries', { autophrase: 1 }]] as const) {
      it(`finds exactly the record whose full UID is searched (${world})`, async () => {
        const el = await search(html`<absch-search query=${FIXTURES.kenyaCnaUid} api-base=${apiBase(switches)}></absch-search>`);
        expect(uids(el)).to.deep.equal([FIXTURES.kenyaCnaUid]);
        expect(shownTotal(el)).to.equal(1);
      });
    }

    it("finds a member state's records and the EU's records for it, as the portal's country filter does", async () => {
      const own = await fromApi('*:*', ['countryRegions_ss:de']);
      const related = await fromApi('*:*', ['countryRegions_REL_ss:de', '(*:* NOT countryRegions_ss:de)', 'government_s:eu']);
      expect(related.total, 'the EU has records in mock-api').to.be.greaterThan(0);
      const el = await search(html`<absch-search country="de" sort="country" page-size="50" api-base=${apiBase()}></absch-search>`);
      expect(shownTotal(el)).to.equal(own.total + related.total);
      expect(parts(el, 'result').some((result) => result.dataset.uid!.includes('-EU-')), 'an EU record is listed').to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  it('folds the facets into a "Filters" disclosure in a narrow container', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="inline-size: 320px"><absch-search country="ke" api-base=${apiBase()}></absch-search></div>`);
    const el = await idle(wrapper.querySelector<Search>('absch-search')!);
    const filters = part(el, 'filters') as HTMLDetailsElement;
    expect(filters).to.exist;
    expect(filters.open).to.equal(false);
    expect(text(filters.querySelector('summary'))).to.equal('Filters 1');
    await expect(el).to.be.accessible();
    filters.querySelector('summary')!.click();
    await el.updateComplete;
    expect(selected(el, 'country', 'ke')).to.equal(true);
    // (Widening it again unfolds them: a ResizeObserver, which a background test tab never runs.)
  });

  describe('a failing API', () => {
    beforeEach(() => configure({ retries: 0, timeout: 1000 }));

    it('keeps the search box usable beside the error', async () => {
      const el = await search(html`<absch-search query="kenya" api-base=${apiBase({ status: 500, only: 'index' })}></absch-search>`);
      expect(part(el, 'error')).to.exist;
      expect(part(el, 'input')).to.exist;
    });

    it('names the countries of its facet and chips from its own answer, without the list of countries', async () => {
      const since = performance.now();
      const el = await search(html`<absch-search country="ke" api-base=${apiBase({ status: 500, only: 'countries' })}></absch-search>`);
      expect(part(el, 'error')).to.equal(null);
      expect(text(root(el).querySelector('[data-facet=country] [data-value=ke] .name'))).to.equal('Kenya');
      expect(text(root(el).querySelector('[data-facet=country] [data-value=in] .name')), 'a country the filter leaves out').to.equal('India');
      expect(parts(el, 'chip').map(text)).to.deep.equal(['Kenya×']);
      expect(apiRequestsSince(since).filter((r) => r.name.includes('/countries'))).to.have.length(0);
    });
  });

  describeAccessibleStates<Search>({
    template: (base) => html`<absch-search query="kenya" api-base=${base}></absch-search>`,
    skeletons: 4,
  });

  describeApiFailures<Search>({
    template: (base) => html`<absch-search query="kenya" api-base=${base}></absch-search>`,
    retried: ['index'],
    loaded: (el) => part(el, 'count'),
    focusAfterRetry: (el) => input(el),
    failures: answerFailures('index'),
  });

  describe('languages', () => {
    const LANGS: Locale[] = ['en', 'ar', 'es', 'fr', 'ru', 'zh'];
    for (const lang of LANGS) {
      it(`searches in ${lang}: country names, official record types, direction`, async () => {
        const { body: kenya } = await getJson<{ name: Record<string, string> }>('/api/v2013/countries/KE');
        const name = kenya.name[lang];
        const loads: AbschLoadDetail[] = [];
        const el = await search(html`<absch-search lang=${lang} query=${name} api-base=${apiBase()} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-search>`);
        const base = part(el, 'base')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(getComputedStyle(base).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        const countries = parts(el, 'country').map(text);
        expect(countries.length).to.be.greaterThan(0);
        expect(countries.every((c) => c === name), countries.join()).to.equal(true);
        const ke = await fromApi('countryRegions_ss:ke', []);
        expect(facetCounts(el, 'country').ke).to.equal(ke.total);
        for (const result of parts(el, 'result')) {
          const schema = result.dataset.schema!;
          expect(text(result.querySelector('[part=type]'))).to.equal(RECORD_TYPES[schema].title[lang]);
        }
        const count = new Intl.NumberFormat(lang).format(loads[0].total as number);
        expect(text(part(el, 'count'))).to.contain(count);
        await expect(el).to.be.accessible();
      });
    }
  });
});

function readHash(): string | null {
  const part = location.hash.slice(1).split('&').find((p) => p.startsWith('absch-search='));
  return part ? new URLSearchParams(decodeURIComponent(part.slice('absch-search='.length))).get('q') : null;
}
