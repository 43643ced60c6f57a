import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/define/absch-certificate-list.js';
import { certificatePageQuery } from '../../src/api/queries/certificates.js';
import { configure } from '../../src/base/config.js';
import type { AbschErrorDetail, AbschLoadDetail, AbschSelectDetail } from '../../src/base/events.js';
import type { AbschExportDetail } from '../../src/base/events.js';
import type { AbschCertificateList } from '../../src/components/certificate-list/certificate-list.js';
import { KEYWORD_TERMS } from '../../src/data/keyword-terms.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { apiBase, apiRequestsSince, busy, getJson, indexUrl, type QueryParams, guardHostPage, parseCsv, part, parts, PUBLISHED, rendered, settled, text } from '../helpers.js';
import { describeAccessibleStates, describeApiFailures, describeAttributeWarnings } from '../suites.js';

type List = AbschCertificateList;

const COMMERCIAL = '5E833A3F-87D1-4ADD-8701-9F1B76383017';
const NON_COMMERCIAL = '60EA2F49-A9DD-406F-921A-8A1C9AA8DFDD';
const PLANTS = '357DBB22-6A6C-4C49-BA1F-037320B09247';
/** The usage counts, as facet queries written by hand (the test does not reuse the element's query builder). */
const USAGE_FACETS = {
  commercial: `usages_ss:"${COMMERCIAL}"`,
  nonCommercial: `usages_ss:"${NON_COMMERCIAL}"`,
  confidential: 'usagesConfidential_b:true',
};

const list = (template: ReturnType<typeof html>) => rendered<List>(template);

const uids = (el: Element) => parts(el, 'row').map((row) => row.dataset.uid!);
const shownTotal = (el: Element) => Number(text(part(el, 'total')).replace(/\D/g, ''));
function shownCounts(el: Element): Record<string, number> {
  const count = (usage: string) => Number(text(el.shadowRoot!.querySelector(`[part=counts] [data-usage=${usage}] dd`)).replace(/\D/g, ''));
  return { commercial: count('commercial'), nonCommercial: count('non-commercial'), confidential: count('confidential') };
}
const columnClasses = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('thead th')).map((th) => th.className);

interface Expected {
  total: number;
  uids: string[];
  counts: Record<string, number>;
}

/** mock-api's own answer to a hand-written IRCC query: total, UIDs of one page, usage counts. */
async function fromApi(fq: string[], extra: QueryParams = {}): Promise<Expected> {
  const { body } = await getJson<{
    response: { numFound: number; docs: { uniqueIdentifier_s: string }[] };
    facet_counts: { facet_queries: Record<string, number> };
  }>(
    indexUrl({
      q: 'schema_s:absPermit',
      fq: [...PUBLISHED, ...fq],
      fl: 'uniqueIdentifier_s',
      sort: 'date_dt desc, uniqueIdentifier_s asc',
      rows: 25,
      facet: true,
      'facet.query': Object.values(USAGE_FACETS),
      ...extra,
    }),
  );
  const facets = body.facet_counts.facet_queries;
  return {
    total: body.response.numFound,
    uids: body.response.docs.map((doc) => doc.uniqueIdentifier_s.toUpperCase()),
    counts: Object.fromEntries(Object.entries(USAGE_FACETS).map(([key, query]) => [key, facets[query]])),
  };
}

/** Starts the export and returns the file that the element would download (the event is cancelled: no download in tests). */
async function exportFile(el: List): Promise<{ detail: AbschExportDetail; text: string }> {
  const exported = new Promise<AbschExportDetail>((resolve) =>
    el.addEventListener(
      'absch-export',
      (event) => {
        event.preventDefault();
        resolve(event.detail);
      },
      { once: true },
    ),
  );
  part(el, 'export')!.click();
  const detail = await exported;
  return { detail, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await detail.blob.arrayBuffer()) };
}

describe('<absch-certificate-list>', () => {
  guardHostPage();

  describe("India's 741 certificates", () => {
    it('shows the first 25, newest first, with the total and the counts by usage of mock-api, in one request', async () => {
      const loads: AbschLoadDetail[] = [];
      const since = performance.now();
      const el = await list(html`<absch-certificate-list country="in" api-base=${apiBase()} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-certificate-list>`);
      expect(apiRequestsSince(since)).to.have.length(1);
      const expected = await fromApi(['government_s:in']);
      expect(expected.total).to.equal(741);
      expect(text(part(el, 'total'))).to.equal('741 certificates');
      expect(uids(el)).to.deep.equal(expected.uids);
      expect(shownCounts(el)).to.deep.equal(expected.counts);
      expect(loads).to.deep.equal([{ total: 741, page: 1, pages: 30, counts: expected.counts }]);
      expect(uids(el).every((uid) => /^ABSCH-IRCC-IN-\d+-\d+$/.test(uid))).to.equal(true);
      const dates = parts(el, 'row').map((row) => row.querySelector('.col-issued time')!.getAttribute('datetime')!);
      expect([...dates].sort().reverse()).to.deep.equal(dates);
      expect(columnClasses(el), 'one country: no country column').not.to.include('col-country');
      expect(el.getAttribute('page')).to.equal('1');
      await expect(el).to.be.accessible();
    });

    it('uses a real table: caption, column headers, a row header per certificate, the sort column marked', async () => {
      const el = await list(html`<absch-certificate-list country="in" api-base=${apiBase()}></absch-certificate-list>`);
      const table = el.shadowRoot!.querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.equal('Internationally Recognized Certificates of Compliance');
      expect(Array.from(table.querySelectorAll('thead th')).every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect(table.querySelectorAll('tbody th[scope=row]')).to.have.length(25);
      expect(table.querySelector('thead .col-issued')!.getAttribute('aria-sort')).to.equal('descending');
    });

    it('shows a middle page, the last page and pages of 100, as mock-api pages them', async () => {
      const el = await list(html`<absch-certificate-list country="in" page="15" api-base=${apiBase()}></absch-certificate-list>`);
      expect(uids(el)).to.deep.equal((await fromApi(['government_s:in'], { start: 350 })).uids);
      expect(part(el, 'current')!.getAttribute('aria-current')).to.equal('page');
      expect(text(part(el, 'current'))).to.equal('15');

      el.page = 30;
      await settled(el);
      expect(uids(el)).to.deep.equal((await fromApi(['government_s:in'], { start: 725 })).uids);
      expect(uids(el)).to.have.length(16);

      el.pageSize = 100;
      el.page = 8;
      await settled(el);
      expect(uids(el)).to.deep.equal((await fromApi(['government_s:in'], { start: 700, rows: 100 })).uids);
      expect(uids(el)).to.have.length(41);
      el.page = 1;
      await settled(el);
      expect(uids(el)).to.have.length(100);
      await expect(el).to.be.accessible();
    });

    it('pages with first / previous / numbers / next / last, and a page already seen comes from the cache', async () => {
      const el = await list(html`<absch-certificate-list country="in" api-base=${apiBase()}></absch-certificate-list>`);
      expect(part(el, 'first')!.getAttribute('aria-disabled')).to.equal('true');
      expect(part(el, 'previous')!.getAttribute('aria-disabled')).to.equal('true');
      part(el, 'next')!.click();
      await settled(el);
      expect(el.page).to.equal(2);
      expect(el.getAttribute('page'), 'page is reflected').to.equal('2');
      part(el, 'last')!.click();
      await settled(el);
      expect(el.page).to.equal(30);
      expect(part(el, 'next')!.getAttribute('aria-disabled')).to.equal('true');
      parts(el, 'page').find((button) => text(button) === '28')!.click();
      await settled(el);
      expect(el.page).to.equal(28);
      const since = performance.now();
      part(el, 'first')!.click();
      await settled(el);
      expect(el.page).to.equal(1);
      expect(apiRequestsSince(since), 'page 1 again: from the cache').to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('pages with the keyboard, keeping the focus on the button pressed', async () => {
      const el = await list(html`<absch-certificate-list country="in" api-base=${apiBase()}></absch-certificate-list>`);
      part(el, 'next')!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.page).to.equal(2);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'next'));
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(el.page).to.equal(3);
      // Back from Next: the last page number (1 2 [3] 4 5 … 30).
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.page).to.equal(30);
      expect(text(el.shadowRoot!.activeElement), 'the pressed page button keeps the focus').to.equal('30');
      part(el, 'last')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.page).to.equal(30);
      expect(el.shadowRoot!.activeElement, 'focus stays on Last, which leads nowhere').to.equal(part(el, 'last'));
    });
  });

  it('shows every country, with a country column, when country is absent', async () => {
    const el = await list(html`<absch-certificate-list api-base=${apiBase()}></absch-certificate-list>`);
    const expected = await fromApi([]);
    expect(shownTotal(el)).to.equal(expected.total);
    expect(uids(el)).to.deep.equal(expected.uids);
    expect(shownCounts(el)).to.deep.equal(expected.counts);
    expect(columnClasses(el)).to.include('col-country');
    expect(text(parts(el, 'row')[0].querySelector('.col-country'))).not.to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows several countries, written in any case and with commas', async () => {
    const el = await list(html`<absch-certificate-list country="IN, fr  Ke" api-base=${apiBase()}></absch-certificate-list>`);
    const expected = await fromApi(['government_s:(in fr ke)']);
    expect(shownTotal(el)).to.equal(expected.total);
    expect(expected.total).to.equal(741 + 172 + 38);
    expect(uids(el)).to.deep.equal(expected.uids);
    expect(shownCounts(el)).to.deep.equal(expected.counts);
    const countries = new Set(parts(el, 'row').map((row) => text(row.querySelector('.col-country'))));
    expect([...countries].every((name) => ['India', 'France', 'Kenya'].includes(name))).to.equal(true);
  });

  describe('filters', () => {
    const cases: [string, Record<string, string>, string[]][] = [
      ['usage commercial', { usage: 'commercial' }, [USAGE_FACETS.commercial]],
      ['usage non-commercial', { usage: 'non-commercial' }, [USAGE_FACETS.nonCommercial]],
      ['usage confidential', { usage: 'confidential' }, ['usagesConfidential_b:true']],
      ['two usages', { usage: 'commercial confidential' }, [`${USAGE_FACETS.commercial} OR usagesConfidential_b:true`]],
      ['subject plants', { subject: 'plants' }, [`keywords_ss:"${PLANTS}"`]],
      ['subject traditional knowledge, by term id', { subject: 'B8A150E054154AD3AD97856ABD485E90' }, ['keywords_ss:B8A150E054154AD3AD97856ABD485E90']],
      ['issued from 2018', { from: '2018' }, ['date_dt:[2018-01-01T00:00:00Z TO *]']],
      ['issued up to 2017-05-01', { to: '2017-05-01' }, ['date_dt:[* TO 2017-05-01T23:59:59.999Z]']],
      ['issued in 2017', { from: '2017', to: '2017' }, ['date_dt:[2017-01-01T00:00:00Z TO 2017-12-31T23:59:59.999Z]']],
      [
        'combined',
        { usage: 'non-commercial', subject: 'plants', from: '2016', to: '2019' },
        [USAGE_FACETS.nonCommercial, `keywords_ss:"${PLANTS}"`, 'date_dt:[2016-01-01T00:00:00Z TO 2019-12-31T23:59:59.999Z]'],
      ],
    ];
    for (const [name, attributes, fq] of cases) {
      it(`${name}: the total, rows and counts of mock-api`, async () => {
        const el = await fixture<List>(html`<absch-certificate-list country="in" api-base=${apiBase()}></absch-certificate-list>`);
        Object.assign(el, attributes);
        await settled(el);
        const expected = await fromApi(['government_s:in', ...fq]);
        expect(expected.total).to.be.greaterThan(0).and.below(741);
        expect(shownTotal(el)).to.equal(expected.total);
        expect(uids(el)).to.deep.equal(expected.uids);
        expect(shownCounts(el)).to.deep.equal(expected.counts);
      });
    }

    it('a broader subject finds the certificates of its narrower terms', async () => {
      const el = await list(html`<absch-certificate-list country="in" subject="genetic-resources" api-base=${apiBase()}></absch-certificate-list>`);
      const ids = KEYWORD_TERMS.filter((item) => item.identifier === '4E2974DF-216E-46C8-8797-8E3A33D6A048' || item.broader === '4E2974DF-216E-46C8-8797-8E3A33D6A048').map(
        (item) => `"${item.identifier}"`,
      );
      expect(shownTotal(el)).to.equal((await fromApi(['government_s:in', `keywords_ss:(${ids.join(' ')})`])).total);
    });

    it('free text finds a certificate by its UID and by a word of its title, with the text escaped', async () => {
      const el = await list(html`<absch-certificate-list country="in" query=${FIXTURES.indiaIrcc} api-base=${apiBase()}></absch-certificate-list>`);
      expect(uids(el)).to.deep.equal([FIXTURES.indiaIrcc]);
      el.query = 'NBA/ABS/2019/0001';
      await settled(el);
      expect(uids(el)).to.include(FIXTURES.indiaIrcc);
      el.query = 'plants) OR *:* "';
      await settled(el);
      expect(part(el, 'error'), 'Solr syntax is escaped, never a 400').to.equal(null);
    });

    it('never turns free text into query syntax: any text gives an answer, never a 400', async () => {
      const hostile = fc.oneof(
        fc.string({ unit: fc.constantFrom(...'+-&|!(){}[]^"~*?:\\/ ke* \t\n'.split(''), 'AND', 'OR', 'NOT', '*:*', ' TO ', 'ب', '中') }),
        fc.constantFrom('ke) OR *:*', '"><img src=x onerror=alert(1)>', 'title_t:(x)', '*', '"unbalanced', 'AND OR NOT', '\\'),
      );
      await fc.assert(
        fc.asyncProperty(hostile, async (query) => {
          const params = certificatePageQuery(
            { governments: ['in'], usages: [], subjects: [], query },
            { start: 0, rows: 1, sort: 'date-desc', locale: 'fr' },
          ) as QueryParams;
          const response = await fetch(indexUrl(params));
          expect(response.status, query).to.equal(200);
        }),
        { numRuns: 80 },
      );
    });

    it('a filter change goes back to page 1', async () => {
      const el = await list(html`<absch-certificate-list country="in" page="5" api-base=${apiBase()}></absch-certificate-list>`);
      expect(el.page).to.equal(5);
      el.usage = 'commercial';
      await settled(el);
      expect(el.page).to.equal(1);
      expect(el.getAttribute('page')).to.equal('1');
    });

    it('a filter change while a page loads cancels that request and shows only the newest answer', async () => {
      const loads: AbschLoadDetail[] = [];
      const el = await fixture<List>(html`<absch-certificate-list country="in" api-base=${apiBase({ delay: 800 })} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-certificate-list>`);
      await aTimeout(50);
      el.apiBase = apiBase();
      el.usage = 'confidential';
      await settled(el);
      const expected = await fromApi(['government_s:in', 'usagesConfidential_b:true']);
      expect(shownTotal(el)).to.equal(expected.total);
      await aTimeout(1000);
      expect(shownTotal(el)).to.equal(expected.total);
      expect(loads.map((load) => load.total)).to.deep.equal([expected.total]);
    });

    it('shows the controls under `filters` and works them from the keyboard', async () => {
      const el = await list(html`<absch-certificate-list country="in" filters page="3" api-base=${apiBase()}></absch-certificate-list>`);
      await expect(el).to.be.accessible();
      const commercial = el.shadowRoot!.querySelector<HTMLInputElement>('.usage input[value=commercial]')!;
      commercial.focus();
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(el.usage).to.equal('commercial');
      expect(el.page).to.equal(1);
      expect(shownTotal(el)).to.equal((await fromApi(['government_s:in', USAGE_FACETS.commercial])).total);
      expect(el.shadowRoot!.activeElement).to.equal(commercial);

      const from = el.shadowRoot!.querySelector<HTMLInputElement>('#from')!;
      from.focus();
      await sendKeys({ type: '2018' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.from).to.equal('2018');
      expect(shownTotal(el)).to.equal((await fromApi(['government_s:in', USAGE_FACETS.commercial, 'date_dt:[2018-01-01T00:00:00Z TO *]'])).total);

      const subject = el.shadowRoot!.querySelector<HTMLSelectElement>('#subject')!;
      subject.value = 'plants';
      subject.dispatchEvent(new Event('change'));
      await settled(el);
      expect(el.subject).to.equal('plants');

      const sort = el.shadowRoot!.querySelector<HTMLSelectElement>('#sort')!;
      sort.value = 'date-asc';
      sort.dispatchEvent(new Event('change'));
      await settled(el);
      expect(el.sort).to.equal('date-asc');

      const query = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      query.focus();
      await sendKeys({ type: 'zzzqqqxx' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(el.query).to.equal('zzzqqqxx');
      expect(text(part(el, 'empty'))).to.contain('No certificate matches these filters:');
      await expect(el).to.be.accessible();

      const clear = el.shadowRoot!.querySelector<HTMLButtonElement>('form [part=clear]')!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect([el.usage, el.subject, el.from, el.to, el.query]).to.deep.equal(['', '', '', '', '']);
      expect(el.sort, 'the sort order is not a filter').to.equal('date-asc');
      expect(shownTotal(el)).to.equal(741);
      expect(commercial.checked).to.equal(false);
      expect(query.value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(query);
    });

    it('applies typed text after a pause, without a request per key', async () => {
      const el = await list(html`<absch-certificate-list country="in" filters api-base=${apiBase()}></absch-certificate-list>`);
      const since = performance.now();
      el.shadowRoot!.querySelector<HTMLInputElement>('#query')!.focus();
      await sendKeys({ type: 'NBA/ABS/2019/0001' });
      await waitUntil(() => el.query === 'NBA/ABS/2019/0001', 'query not applied', { timeout: 3000 });
      await settled(el);
      expect(apiRequestsSince(since)).to.have.length(1);
      expect(uids(el)).to.include(FIXTURES.indiaIrcc);
    });
  });

  describe('sort', () => {
    it('oldest first, by country, by UID', async () => {
      const el = await list(html`<absch-certificate-list country="in fr ke" sort="date-asc" api-base=${apiBase()}></absch-certificate-list>`);
      expect(uids(el)).to.deep.equal((await fromApi(['government_s:(in fr ke)'], { sort: 'date_dt asc, uniqueIdentifier_s asc' })).uids);
      expect(el.shadowRoot!.querySelector('thead .col-issued')!.getAttribute('aria-sort')).to.equal('ascending');
      el.sort = 'country';
      await settled(el);
      expect(uids(el)).to.deep.equal((await fromApi(['government_s:(in fr ke)'], { sort: 'government_EN_s asc, date_dt desc, uniqueIdentifier_s asc' })).uids);
      expect(text(parts(el, 'row')[0].querySelector('.col-country'))).to.equal('France');
      el.sort = 'uid';
      await settled(el);
      expect(uids(el)).to.deep.equal((await fromApi(['government_s:(in fr ke)'], { sort: 'uniqueIdentifier_s asc' })).uids);
      expect(el.shadowRoot!.querySelector('thead .col-uid')!.getAttribute('aria-sort')).to.equal('ascending');
    });
  });

  describe('marks and content', () => {
    it('marks a revoked certificate', async () => {
      const el = await list(html`<absch-certificate-list country="in" query=${FIXTURES.revokedIrcc} api-base=${apiBase()}></absch-certificate-list>`);
      expect(uids(el)).to.deep.equal([FIXTURES.revokedIrcc]);
      expect(text(part(el, 'revoked'))).to.equal('Revoked');
      await expect(el).to.be.accessible();
    });

    it('marks an expired certificate and not a current one', async () => {
      const el = await list(html`<absch-certificate-list country="ke" query=${FIXTURES.expiredIrcc} api-base=${apiBase()}></absch-certificate-list>`);
      const row = parts(el, 'row')[0];
      expect(row.dataset.uid).to.equal(FIXTURES.expiredIrcc);
      expect(text(row.querySelector('[part~=expired]'))).to.equal('Expired');
      const { body } = await getJson<{ response: { docs: { uniqueIdentifier_s: string }[] } }>(
        indexUrl({ q: 'schema_s:absPermit AND government_s:in AND dateOfExpiry_dt:[NOW TO *]', fq: PUBLISHED, fl: 'uniqueIdentifier_s', rows: 1 }),
      );
      const current = body.response.docs[0].uniqueIdentifier_s.toUpperCase();
      el.country = 'in';
      el.query = current;
      await settled(el);
      expect(uids(el)).to.deep.equal([current]);
      expect(part(el, 'expired')).to.equal(null);
    });

    it('shows confidential usage, and the usage and subject of an ordinary certificate in the official names', async () => {
      const el = await list(html`<absch-certificate-list country="in" usage="confidential" api-base=${apiBase()}></absch-certificate-list>`);
      expect(parts(el, 'row').every((row) => text(row.querySelector('.col-usage')) === 'Confidential')).to.equal(true);
      el.usage = '';
      el.query = FIXTURES.indiaIrcc;
      // The attribute, not the property: the base element resolves the language from attributes.
      el.setAttribute('lang', 'fr');
      await settled(el);
      const row = parts(el, 'row')[0];
      expect(text(row.querySelector('.col-usage'))).to.equal('Commercial');
      expect(Array.from(row.querySelectorAll('.col-subject li')).map(text)).to.include('Plantes');
    });

    it('shows a Spanish-only title under lang="fr", marked as Spanish', async () => {
      const { body } = await getJson<{ response: { docs: { uniqueIdentifier_s: string; title_ES_t: string }[] } }>(
        indexUrl({ q: 'schema_s:absPermit AND government_s:in AND title_ES_t:* AND NOT title_EN_t:* AND NOT title_FR_t:*', fq: PUBLISHED, fl: 'uniqueIdentifier_s,title_ES_t', rows: 1 }),
      );
      const doc = body.response.docs[0];
      const el = await list(html`<absch-certificate-list lang="fr" country="in" query=${doc.uniqueIdentifier_s} api-base=${apiBase()}></absch-certificate-list>`);
      const title = parts(el, 'row')[0].querySelector('.col-title bdi')!;
      expect(text(title)).to.equal(doc.title_ES_t);
      expect(title.getAttribute('lang')).to.equal('es');
      await expect(el).to.be.accessible();
    });

    it('links each certificate to the portal and fires a cancelable absch-select', async () => {
      const el = await list(html`<absch-certificate-list country="in" api-base=${apiBase()} portal-base="https://portal.example"></absch-certificate-list>`);
      const link = parts(el, 'record-link')[0] as HTMLAnchorElement;
      expect(link.href).to.equal(`https://portal.example/en/database/IRCC/${uids(el)[0]}`);
      el.addEventListener('absch-select', (event) => event.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'absch-select')) as CustomEvent<AbschSelectDetail>;
      expect(event.defaultPrevented).to.equal(true);
      expect(event.detail).to.deep.equal({ uid: uids(el)[0], schema: 'absPermit', url: link.href });
    });
  });

  describe('states', () => {
    it('keeps the table and its size while the next page loads', async () => {
      const el = await list(html`<absch-certificate-list country="in" api-base=${apiBase()}></absch-certificate-list>`);
      const height = part(el, 'table')!.getBoundingClientRect().height;
      el.apiBase = apiBase({ delay: 500 });
      await el.updateComplete;
      expect(busy(el)).to.equal(true);
      expect(part(el, 'table')!.classList.contains('stale')).to.equal(true);
      expect(part(el, 'table')!.getBoundingClientRect().height).to.equal(height);
      await expect(el).to.be.accessible();
      await settled(el);
    });

    it('says which filters gave nothing and offers to clear them', async () => {
      const el = await list(html`<absch-certificate-list country="pe" usage="commercial" subject="animals" api-base=${apiBase()}></absch-certificate-list>`);
      expect(shownTotal(el)).to.equal(0);
      const empty = part(el, 'empty')!;
      expect(Array.from(empty.querySelectorAll('li')).map(text)).to.deep.equal(['Country: Peru', 'Usage: Commercial', 'Subject matter: Animals']);
      expect(part(el, 'pagination')).to.equal(null);
      await expect(el).to.be.accessible();
      part(el, 'clear')!.click();
      await settled(el);
      expect(shownTotal(el)).to.equal((await fromApi(['government_s:pe'])).total);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
    });

    it('says when a country has published no certificate', async () => {
      const el = await list(html`<absch-certificate-list country=${FIXTURES.partyWithNoRecords} api-base=${apiBase()}></absch-certificate-list>`);
      expect(text(part(el, 'empty'))).to.equal('No certificate has been published for Kiribati.');
      expect(part(el, 'clear')).to.equal(null);
    });
  });

  describeAccessibleStates<List>({
    template: (base) => html`<absch-certificate-list country="in" api-base=${base}></absch-certificate-list>`,
    skeletons: 25,
    skeletonSelector: '.skeleton-table tbody tr',
    empty: {
      template: (base) => html`<absch-certificate-list country=${FIXTURES.partyWithNoRecords} api-base=${base}></absch-certificate-list>`,
      shown: (el) => part(el, 'empty'),
    },
  });

  describe('bad attribute values', () => {
    describeAttributeWarnings<List>([
      {
        name: 'page, page-size, usage, from, subject and sort',
        template: (base) => html`<absch-certificate-list country="in" page="-3" page-size="100000" usage="free commercial" from="abc" subject="rocks" sort="random" api-base=${base}></absch-certificate-list>`,
        warnings: [
          '<absch-certificate-list>: page-size="100000" is not a whole number from 1 to 100; using 100.',
          '<absch-certificate-list>: page="-3" is not a page number; using 1.',
          '<absch-certificate-list>: usage has unknown values (free); known: commercial, non-commercial, confidential.',
          '<absch-certificate-list>: from="abc" is neither a year (2017) nor a date (2017-05-01); ignored.',
          '<absch-certificate-list>: sort="random" is unknown; known: date-desc, date-asc, country, uid. Using date-desc.',
          /^<absch-certificate-list>: subject has unknown values \(rocks\)/,
        ],
        fallback: async (el) => {
          expect(el.page).to.equal(1);
          expect(el.getAttribute('page')).to.equal('1');
          expect(uids(el)).to.have.length(100);
          // The test began with no request timed (guardHostPage): these are the element's.
          const requests = apiRequestsSince(0);
          expect(requests, 'one request').to.have.length(1);
          const url = new URL(requests[0].name);
          // Where the API drops repeated GET keys (the repeated=last world) the query is a POST, its params in the body.
          if (url.search) {
            expect(url.searchParams.get('rows')).to.equal('100');
            expect(url.searchParams.get('start')).to.equal('0');
            expect(url.search, 'odd values are never sent').not.to.match(/free|abc|rocks|random/);
          }
          expect(shownTotal(el)).to.equal((await fromApi(['government_s:in', USAGE_FACETS.commercial])).total);
        },
      },
      {
        name: 'a page after the last',
        template: (base) => html`<absch-certificate-list country="ke" page="40" api-base=${base}></absch-certificate-list>`,
        warnings: ['<absch-certificate-list>: page="40" is after the last page; showing page 2.'],
        fallback: async (el) => {
          await settled(el);
          expect(el.page).to.equal(2);
          expect(uids(el)).to.have.length(38 - 25);
        },
      },
      {
        name: 'from after to',
        template: (base) => html`<absch-certificate-list country="in" from="2019" to="2017" api-base=${base}></absch-certificate-list>`,
        warnings: ['<absch-certificate-list>: from="2019" is after to="2017"; the two are swapped.'],
        fallback: async (el) => {
          expect(shownTotal(el)).to.equal((await fromApi(['government_s:in', 'date_dt:[2017-01-01T00:00:00Z TO 2019-12-31T23:59:59.999Z]'])).total);
        },
      },
    ]);

    for (const [code, bad] of [
      ['xyz', 'xyz'],
      ['in fr k', 'k'],
      ['ke) OR *:*', 'ke)'],
      ['"><img src=x onerror=alert(1)>', '"><img'],
    ]) {
      it(`rejects country=${JSON.stringify(code)} before any request, with a clear message and absch-error`, async () => {
        const since = performance.now();
        const errors: AbschErrorDetail[] = [];
        const el = await list(html`<absch-certificate-list country=${code} api-base=${apiBase()} @absch-error=${(e: CustomEvent<AbschErrorDetail>) => errors.push(e.detail)}></absch-certificate-list>`);
        const message = text(part(el, 'error'));
        expect(message).to.equal(`“${bad}” is not a two-letter country code.`);
        expect(part(el, 'retry')).to.equal(null);
        expect(errors).to.deep.equal([{ status: 0, kind: 'invalid-input', message }]);
        expect(apiRequestsSince(since)).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('a failing API', () => {
    beforeEach(() => configure({ retries: 0, timeout: 1000 }));

    it('keeps the filters usable beside the error', async () => {
      const el = await list(html`<absch-certificate-list country="in" filters api-base=${apiBase({ status: 500 })}></absch-certificate-list>`);
      expect(part(el, 'error')).to.exist;
      expect(part(el, 'filters')).to.exist;
    });
  });

  describeApiFailures<List>({
    template: (base) => html`<absch-certificate-list country="in" api-base=${base}></absch-certificate-list>`,
    retried: ['index'],
    loaded: (el) => shownTotal(el) === 741,
  });

  describe('free text, titles and usages as the real index has them', () => {
    /** IRCCs straight from mock-api, with the fields a test picks them by. */
    async function irccs(fq: string[] = [], rows = 1000): Promise<Record<string, string>[]> {
      const { body } = await getJson<{ response: { docs: Record<string, string>[] } }>(
        indexUrl({ q: 'schema_s:absPermit', fq: [...PUBLISHED, ...fq], fl: 'uniqueIdentifier_s,title_EN_t,title_FR_t', rows }),
      );
      return body.response.docs;
    }

    for (const [world, switches] of [['stock Solr', {}], ['autoGeneratePhraseQueries', { autophrase: 1 }]] as const) {
      it(`finds exactly the certificate whose full UID is searched (${world})`, async () => {
        const [first] = await irccs(['government_s:in'], 1);
        const uid = first!.uniqueIdentifier_s!.toUpperCase();
        const el = await list(html`<absch-certificate-list query=${uid} api-base=${apiBase(switches)}></absch-certificate-list>`);
        expect(uids(el)).to.deep.equal([uid]);
        expect(shownTotal(el)).to.equal(1);
        el.query = uid.toLowerCase().split('-').slice(0, 4).join('-');
        await settled(el);
        expect(uids(el), 'the beginning of a UID finds its certificates').to.include(uid);
      });
    }

    it("marks a title the index filled with the English text as English (lang=\"en\")", async () => {
      const filled = (await irccs()).find((doc) => doc.title_FR_t === doc.title_EN_t)!;
      const translated = (await irccs()).find((doc) => doc.title_FR_t && doc.title_EN_t && doc.title_FR_t !== doc.title_EN_t)!;
      const el = await list(html`<absch-certificate-list lang="fr" query=${filled.uniqueIdentifier_s} api-base=${apiBase()}></absch-certificate-list>`);
      const title = el.shadowRoot!.querySelector('.col-title bdi')!;
      expect(text(title)).to.equal(filled.title_EN_t);
      expect(title.getAttribute('lang')).to.equal('en');
      el.query = translated.uniqueIdentifier_s!;
      await settled(el);
      const french = el.shadowRoot!.querySelector('.col-title bdi')!;
      expect(text(french)).to.equal(translated.title_FR_t);
      expect(french.hasAttribute('lang'), 'a French title is in the page language').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('counts a certificate for both commercial and non-commercial use under each, says so, and exports both usages', async () => {
      const [both] = await irccs([USAGE_FACETS.commercial, USAGE_FACETS.nonCommercial], 1);
      const uid = both!.uniqueIdentifier_s!.toUpperCase();
      const el = await list(html`<absch-certificate-list query=${uid} export api-base=${apiBase()}></absch-certificate-list>`);
      expect(uids(el)).to.deep.equal([uid]);
      expect(shownTotal(el)).to.equal(1);
      expect(shownCounts(el)).to.deep.equal({ commercial: 1, nonCommercial: 1, confidential: 0 });
      expect(text(part(el, 'counts-note'))).to.equal('A certificate for both commercial and non-commercial use counts under each.');
      const tags = Array.from(el.shadowRoot!.querySelectorAll('.col-usage li')).map((li) => text(li));
      expect(tags).to.deep.equal(['Commercial', 'Non-commercial']);
      await expect(el).to.be.accessible();
      const rows = parseCsv((await exportFile(el)).text.slice(1));
      expect(rows[1]![0]).to.equal(uid);
      expect(rows[1]![7]).to.equal('Commercial; Non-commercial');
      el.query = '';
      el.country = 'in';
      await settled(el);
      const expected = await fromApi(['government_s:in']);
      expect(shownCounts(el)).to.deep.equal(expected.counts);
      const overlapping = expected.counts.commercial! + expected.counts.nonCommercial! + expected.counts.confidential! > expected.total;
      expect(!!part(el, 'counts-note'), 'the note only when the counts overlap').to.equal(overlapping);
    });
  });

  describe('CSV export', () => {
    it("exports India's 741 certificates: BOM, header, one row per certificate, the portal link, in pages of 500", async () => {
      const el = await list(html`<absch-certificate-list country="in" export api-base=${apiBase()}></absch-certificate-list>`);
      await expect(el).to.be.accessible();
      const since = performance.now();
      const { detail, text: csv } = await exportFile(el);
      expect(csv.charCodeAt(0), 'UTF-8 byte order mark').to.equal(0xfeff);
      const rows = parseCsv(csv.slice(1));
      expect(rows[0]).to.deep.equal([
        'Certificate',
        'Title or permit reference',
        'Country',
        'Date of issuance',
        'Date of expiry',
        'Expired',
        'Revoked',
        'Usage',
        'Subject matter',
        'Link',
      ]);
      expect(rows.length - 1).to.equal(741);
      expect(detail.total).to.equal(741);
      expect(detail.filename).to.match(/^absch-ircc-in-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(detail.blob.type).to.equal('text/csv;charset=utf-8');
      expect(new Set(rows.slice(1).map((row) => row[0])).size, 'no certificate twice').to.equal(741);
      const first = rows.find((row) => row[0] === FIXTURES.indiaIrcc)!;
      expect(first[2]).to.equal('India');
      expect(first[7]).to.equal('Commercial');
      expect(first[9]).to.equal(`https://absch.cbd.int/en/database/IRCC/${FIXTURES.indiaIrcc}`);
      const revoked = rows.find((row) => row[0] === FIXTURES.revokedIrcc)!;
      expect(revoked[6]).to.equal('Revoked');
      const requests = apiRequestsSince(since);
      expect(requests).to.have.length(2);
      // A POST (the repeated=last world) carries rows in its body, which resource timing does not show.
      if (new URL(requests[0].name).search) expect(requests.map((r) => new URL(r.name).searchParams.get('rows'))).to.deep.equal(['500', '500']);
      await waitUntil(() => text(part(el, 'export-status')) === 'The file is ready: 741 certificates.', 'no ready message');
      expect(part(el, 'export-status')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('exports the filtered list, Arabic text intact', async () => {
      const el = await list(html`<absch-certificate-list lang="ar" country="in fr" usage="commercial" export api-base=${apiBase()}></absch-certificate-list>`);
      const { text: csv } = await exportFile(el);
      const rows = parseCsv(csv.slice(1));
      expect(rows.length - 1).to.equal((await fromApi(['government_s:(in fr)', USAGE_FACETS.commercial])).total);
      const countries = new Set(rows.slice(1).map((row) => row[2]));
      expect([...countries].sort()).to.deep.equal(['الهند', 'فرنسا'].sort());
      expect(rows.slice(1).every((row) => row[9].startsWith('https://absch.cbd.int/ar/database/IRCC/'))).to.equal(true);
    });

    it('shows progress as "n of N" and can be cancelled', async () => {
      const el = await list(html`<absch-certificate-list country="in" export api-base=${apiBase()}></absch-certificate-list>`);
      el.apiBase = apiBase({ delay: 400 });
      await settled(el);
      let exported = false;
      el.addEventListener('absch-export', () => (exported = true));
      const button = part(el, 'export')!;
      button.click();
      await waitUntil(() => text(part(el, 'export-status')).startsWith('Preparing the file'), 'no progress');
      expect(text(part(el, 'export-status'))).to.equal('Preparing the file: 0 of 741 certificates');
      await waitUntil(() => text(part(el, 'export-status')) === 'Preparing the file: 500 of 741 certificates', 'no progress', { timeout: 5000 });
      expect(text(button)).to.equal('Cancel the download');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(part(el, 'export-status')) === 'The download was cancelled.', 'not cancelled');
      expect(text(button)).to.equal('Download as CSV');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await aTimeout(600);
      expect(exported).to.equal(false);
    });

    it("exports Panama's hostile names and title as text: no cell a spreadsheet would read as a formula, in any language", async function () {
      this.timeout(60000);
      // mock-api's hostilenames switch: every country name starts with a formula (=, +, -, @, tab or
      // CR, one per language) and ends with XSS payloads; Panama's hostileTitleIrcc has a hostile title.
      const base = apiBase({ hostilenames: 1 });
      const formula = /^[=+\-@\t\r]/;
      for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) {
        const L = lang.toUpperCase();
        const url = new URL(indexUrl({ q: `uniqueIdentifier_s:"${FIXTURES.hostileTitleIrcc.toLowerCase()}"`, fq: PUBLISHED, fl: `title_${L}_t,government_${L}_s`, rows: 1 }));
        const doc = (await getJson<{ response: { docs: Record<string, string>[] } }>(`${base}${url.pathname}${url.search}`)).body.response.docs[0];
        expect(formula.test(doc[`government_${L}_s`]), `mock-api's name starts a formula (${lang})`).to.equal(true);

        const el = await list(html`<absch-certificate-list lang=${lang} country="pa" export api-base=${base}></absch-certificate-list>`);
        const { text: csv } = await exportFile(el);
        const rows = parseCsv(csv.slice(1));
        expect(rows.length - 1, `every certificate of Panama (${lang})`).to.equal(shownTotal(el));
        expect(rows.flat().filter((cell) => formula.test(cell)), `formula cells (${lang})`).to.deep.equal([]);
        const hostile = rows.find((row) => row[0] === FIXTURES.hostileTitleIrcc);
        expect(hostile, `${FIXTURES.hostileTitleIrcc} in the file (${lang})`).to.exist;
        expect(hostile![1], 'the title, whole').to.equal(doc[`title_${L}_t`]);
        // the name whole, after the apostrophe that makes a spreadsheet show it as text
        expect(hostile![2], 'the country, as text').to.equal(`'${doc[`government_${L}_s`]}`);
        el.remove();
      }
    });

    it('explains a failed export and fires absch-error', async () => {
      // The page-wide default changes under the element: the list stays, the export's request fails.
      configure({ retries: 0, timeout: 1000, apiBase: apiBase() });
      const el = await list(html`<absch-certificate-list country="ke" export></absch-certificate-list>`);
      configure({ apiBase: apiBase({ status: 500 }) });
      const errors: AbschErrorDetail[] = [];
      el.addEventListener('absch-error', (e) => errors.push(e.detail));
      part(el, 'export')!.click();
      await waitUntil(() => text(part(el, 'export-status')).startsWith('The file could not be prepared.'), 'no failure message', { timeout: 5000 });
      expect(errors.at(-1)?.status).to.equal(500);
    });
  });

  describe('languages', () => {
    const NAMES: Record<string, { india: string; plants: string }> = {
      ar: { india: 'الهند', plants: 'النباتات' },
      es: { india: 'India', plants: 'Plantas' },
      fr: { india: 'Inde', plants: 'Plantes' },
      ru: { india: 'Индия', plants: 'Растения' },
      zh: { india: '印度', plants: '植物' },
      en: { india: 'India', plants: 'Plants' },
    };
    for (const [lang, names] of Object.entries(NAMES)) {
      it(`speaks ${lang}: country names from the API, official keyword names, local dates`, async () => {
        const el = await list(html`<absch-certificate-list lang=${lang} country="in fr" subject="plants" api-base=${apiBase()}></absch-certificate-list>`);
        const base = part(el, 'base')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        const countries = parts(el, 'row').map((row) => text(row.querySelector('.col-country')));
        expect(countries).to.include(names.india);
        const subjects = parts(el, 'row').flatMap((row) => Array.from(row.querySelectorAll('.col-subject li')).map(text));
        expect(subjects).to.include(names.plants);
        const issued = parts(el, 'row')[0].querySelector('.col-issued time')!;
        const date = new Date(`${issued.getAttribute('datetime')}T00:00:00Z`);
        expect(text(issued)).to.equal(new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date));
        if (lang === 'ar') {
          expect(getComputedStyle(base).direction).to.equal('rtl');
          await expect(el).to.be.accessible();
        }
      });
    }

    it('follows a change of <html lang> with one request (the country names of the new language)', async () => {
      const el = await list(html`<absch-certificate-list country="in fr" api-base=${apiBase()}></absch-certificate-list>`);
      const before = uids(el);
      const since = performance.now();
      document.documentElement.lang = 'es';
      await waitUntil(() => part(el, 'base')!.getAttribute('lang') === 'es', 'did not switch', { timeout: 5000 });
      await settled(el);
      expect(uids(el)).to.deep.equal(before);
      const countries = new Set(parts(el, 'row').map((row) => text(row.querySelector('.col-country'))));
      expect([...countries].every((name) => ['India', 'Francia'].includes(name))).to.equal(true);
      expect(apiRequestsSince(since)).to.have.length(1);
    });

    it('sorts by the country name of the page language', async () => {
      const el = await list(html`<absch-certificate-list lang="fr" country="in ke" sort="country" api-base=${apiBase()}></absch-certificate-list>`);
      expect(text(parts(el, 'row')[0].querySelector('.col-country'))).to.equal('Inde');
    });
  });

  it('shows cards in a narrow container, the values labelled with their column', async () => {
    // fixtureSync: fixture() would wait for an animation frame, which a background tab may never get.
    const wrapper = fixtureSync<HTMLDivElement>(html`<div class="narrow"><absch-certificate-list country="in fr" api-base=${apiBase()}></absch-certificate-list></div>`);
    wrapper.style.inlineSize = '30rem';
    const el = await settled(wrapper.querySelector<List>('absch-certificate-list')!);
    const row = parts(el, 'row')[0];
    // a card: the row's values laid out on a grid of their own, no longer table cells
    expect(getComputedStyle(row).display).to.equal('grid');
    expect(getComputedStyle(row.querySelector('.col-country')!, '::before').content).to.equal('"Country"');
    await expect(el).to.be.accessible();
    wrapper.style.inlineSize = '70rem';
    await aTimeout(50);
    expect(getComputedStyle(row).display).to.equal('table-row');
  });
});
