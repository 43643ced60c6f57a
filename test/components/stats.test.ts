import type { TemplateResult } from 'lit';
import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/absch-stats.js';
import { partyStatus } from '../../src/api/party-status.js';
import type { Country } from '../../src/api/types.js';
import { configure } from '../../src/base/config.js';
import type { AbschErrorDetail, AbschExportDetail, AbschLoadDetail } from '../../src/base/events.js';
import type { AbschStats } from '../../src/components/stats/stats.js';
import { KEYWORD_TERMS } from '../../src/data/keyword-terms.js';
import { RECORD_TYPES } from '../../src/data/record-types.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { apiBase, apiPath, apiRequestsSince, facetObject, getJson, guardHostPage, indexUrl, parseCsv, PUBLISHED, type QueryParams, part, rendered, settled, text } from '../helpers.js';
import { captureWarnings, describeAccessibleStates, describeApiFailures, describeAttributeWarnings } from '../suites.js';

const stats = (template: TemplateResult) => rendered<AbschStats>(template);

const bars = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<SVGGElement>('svg [part=bar]'));
const bar = (el: Element, key: string) => el.shadowRoot!.querySelector<SVGGElement>(`svg [part=bar][data-key="${key}"]`)!;
/** A long label is drawn on two lines (tspans): read them as one. */
const label = (g: Element) => Array.from(g.querySelectorAll('.label tspan')).map(text).join(' ');
const valueOf = (g: Element) => text(g.querySelector('.value'));
/** The table's counts, by row key: what the chart draws, in numbers. */
function tableCounts(el: Element): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const tr of el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
    out[tr.dataset.key!] = Array.from(tr.querySelectorAll<HTMLElement>('td[data-count]')).map((td) => Number(td.dataset.count));
  }
  return out;
}
const single = (counts: Record<string, number[]>) => Object.fromEntries(Object.entries(counts).map(([key, [value]]) => [key, value]));

// mock-api's own answers, asked for by hand as the portal asks (docs/api-notes.md §3), not through the element's query module.
const NATIONAL = ['focalPoint', 'authority', 'measure', 'absProcedure', 'absNationalModelContractualClause', 'absPermit', 'database', 'absCheckpoint', 'absCheckpointCommunique', 'absNationalReport', 'absNationalReport1'];
const REFERENCE = ['resource', 'organization', 'capacityBuildingInitiative', 'modelContractualClause', 'communityProtocol'];

interface SolrAnswer {
  response: { numFound: number };
  facet_counts: { facet_fields: Record<string, unknown[]>; facet_queries: Record<string, number>; facet_pivot: Record<string, { value: string; count: number; pivot?: { value: string; count: number }[] }[]> };
}

async function solr(params: QueryParams): Promise<SolrAnswer> {
  const { status, body } = await getJson<SolrAnswer>(indexUrl({ fq: PUBLISHED, rows: 0, facet: true, ...params }));
  expect(status).to.equal(200);
  return body;
}

async function facetFromApi(q: string, field: string, fq: readonly string[] = PUBLISHED): Promise<Record<string, number>> {
  const body = await solr({ q, fq, 'facet.field': field, 'facet.limit': -1, 'facet.mincount': 1 });
  return facetObject(body.facet_counts.facet_fields[field]);
}

async function countriesFromApi(): Promise<Country[]> {
  return (await getJson<Country[]>('/api/v2013/countries')).body;
}


const percent = (share: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: share > 0 && share < 0.01 ? 1 : 0 }).format(share);

describe('<absch-stats>', () => {
  guardHostPage();

  describe('records-by-type', () => {
    it("reproduces Table 1 from mock-api's own facet: 1,923 national and 296 reference records, in one request", async () => {
      const since = performance.now();
      const loads: AbschLoadDetail[] = [];
      const el = await stats(html`<absch-stats view="records-by-type" api-base=${apiBase()} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-stats>`);
      expect(apiRequestsSince(since)).to.have.length(1);
      const expected = await facetFromApi(`schema_s:(${[...NATIONAL, ...REFERENCE].join(' ')})`, 'schema_s');
      expect(single(tableCounts(el))).to.deep.equal(expected);
      const sumOf = (kind: string) => Object.entries(expected).filter(([schema]) => RECORD_TYPES[schema]?.type === kind).reduce((sum, [, n]) => sum + n, 0);
      expect([sumOf('national'), sumOf('reference')]).to.deep.equal([1923, 296]);
      expect(text(part(el, 'summary'))).to.equal('2,219 published records: 1,923 national and 296 reference.');
      expect(text(part(el, 'title'))).to.equal('Published records by type');
      // national types first, in the report's order, then reference types
      const keys = bars(el).map((g) => g.dataset.key);
      expect(keys.slice(0, 2)).to.deep.equal(['focalPoint', 'authority']);
      expect(bars(el).map((g) => g.dataset.group)).to.deep.equal([...bars(el).map((g) => g.dataset.group)].sort((a, b) => (a === b ? 0 : a === 'national' ? -1 : 1)));
      expect(label(bar(el, 'measure'))).to.equal('Legislative, Administrative or Policy Measure');
      const measureShare = percent(325 / 2219, 'en');
      expect(bar(el, 'measure').getAttribute('aria-label')).to.equal(`Legislative, Administrative or Policy Measure: 325 (${measureShare})`);
      expect(loads).to.have.length(1);
      expect(loads[0].view).to.equal('records-by-type');
      expect(loads[0].totals).to.deep.equal([2219]);
      await expect(el).to.be.accessible();
    });

    it('with from/to also counts the records first published in that period, in a second request of its own (no local params)', async () => {
      const since = performance.now();
      const el = await stats(html`<absch-stats view="records-by-type" from="2018" to="2019" api-base=${apiBase()}></absch-stats>`);
      expect(apiRequestsSince(since)).to.have.length(2);
      const q = `schema_s:(${[...NATIONAL, ...REFERENCE].join(' ')})`;
      const all = await facetFromApi(q, 'schema_s');
      const period = await facetFromApi(q, 'schema_s', [...PUBLISHED, 'createdDate_dt:[2018-01-01T00:00:00Z TO 2019-12-31T23:59:59.999Z]']);
      const shown = tableCounts(el);
      for (const [schema, count] of Object.entries(all)) expect(shown[schema], schema).to.deep.equal([count, period[schema] ?? 0]);
      const inPeriod = Object.values(period).reduce((a, b) => a + b, 0);
      expect(inPeriod).to.be.greaterThan(0);
      expect(text(part(el, 'summary'))).to.contain(`Published 2018–2019: ${inPeriod.toLocaleString('en')}.`);
      expect(Array.from(part(el, 'legend')!.querySelectorAll('li')).map(text)).to.deep.equal(['All published records', 'Published 2018–2019']);
      expect(bar(el, 'measure').getAttribute('aria-label')).to.equal(`Legislative, Administrative or Policy Measure: All published records: 325 and Published 2018–2019: ${period.measure}`);
      await expect(el).to.be.accessible();
    });
  });

  it("publishers-by-type reproduces Table 2 from mock-api's pivot and the countries' Party status, in two requests", async () => {
    const since = performance.now();
    const el = await stats(html`<absch-stats view="publishers-by-type" api-base=${apiBase()}></absch-stats>`);
    expect(apiRequestsSince(since)).to.have.length(2);
    const body = await solr({ q: `schema_s:(${NATIONAL.join(' ')})`, 'facet.pivot': 'schema_s,government_s', 'facet.limit': -1, 'facet.mincount': 1 });
    const countries = new Map((await countriesFromApi()).map((c) => [c.code.toLowerCase(), c]));
    const now = new Date();
    const expected: Record<string, number[]> = {};
    for (const entry of body.facet_counts.facet_pivot['schema_s,government_s']) {
      const governments = (entry.pivot ?? []).map((g) => g.value);
      const parties = governments.filter((g) => countries.has(g) && partyStatus(countries.get(g)!, now).kind === 'party').length;
      expected[entry.value] = [parties, governments.length - parties];
    }
    const shown = tableCounts(el);
    expect(shown).to.deep.equal(expected);
    // the report's Table 2: governments publishing each type
    const table2 = { authority: 68, measure: 64, absProcedure: 7, absNationalModelContractualClause: 1, absCheckpoint: 26, absPermit: 18, absCheckpointCommunique: 5, database: 35 };
    for (const [schema, n] of Object.entries(table2)) expect(shown[schema][0] + shown[schema][1], schema).to.equal(n);
    expect(Array.from(part(el, 'legend')!.querySelectorAll('li')).map(text)).to.deep.equal(['Parties', 'Other governments']);
    const [parties, others] = shown.authority;
    expect(bar(el, 'authority').getAttribute('aria-label')).to.equal(`Competent National Authority: 68 (Parties: ${parties} and Other governments: ${others})`);
    expect(valueOf(bar(el, 'authority'))).to.equal('68');
    await expect(el).to.be.accessible();
  });

  describe('ircc-by-country', () => {
    it('shows India 741 of 1,107 certificates, largest first, with names and shares, in two requests', async () => {
      const since = performance.now();
      const el = await stats(html`<absch-stats view="ircc-by-country" api-base=${apiBase()}></absch-stats>`);
      expect(apiRequestsSince(since)).to.have.length(2);
      const expected = await facetFromApi('schema_s:absPermit', 'government_s');
      expect(single(tableCounts(el))).to.deep.equal(expected);
      const counts = bars(el).map((g) => Number(single(tableCounts(el))[g.dataset.key!]));
      expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
      const india = bars(el)[0];
      expect(india.dataset.key).to.equal('in');
      expect(label(india)).to.equal('India');
      expect(valueOf(india)).to.equal(`741 · ${percent(741 / 1107, 'en')}`);
      expect(india.getAttribute('aria-label')).to.equal('India: 741 (67%)');
      expect(text(part(el, 'summary'))).to.equal('1,107 certificates of compliance. Most: India, 741 · 67%.');
      expect(text(el.shadowRoot!.querySelector('tfoot td[data-count]'))).to.equal('1,107');
      await expect(el).to.be.accessible();
    });

    it('caps the list with limit, adding an "Other" bar that sums the rest', async () => {
      const el = await stats(html`<absch-stats view="ircc-by-country" limit="3" api-base=${apiBase()}></absch-stats>`);
      const facet = await facetFromApi('schema_s:absPermit', 'government_s');
      const ranked = Object.entries(facet).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
      expect(bars(el).map((g) => g.dataset.key)).to.deep.equal([...ranked.slice(0, 3).map(([code]) => code), '__other']);
      expect(label(bars(el)[3])).to.equal('Other');
      expect(single(tableCounts(el)).__other).to.equal(ranked.slice(3).reduce((sum, [, n]) => sum + n, 0));
      await expect(el).to.be.accessible();
    });

    it('restricts to the countries given, in one request for the figures', async () => {
      const el = await stats(html`<absch-stats view="ircc-by-country" country="IN, ke" api-base=${apiBase()}></absch-stats>`);
      const expected = await facetFromApi('schema_s:absPermit', 'government_s');
      expect(single(tableCounts(el))).to.deep.equal({ in: expected.in, ke: expected.ke });
      expect(bar(el, 'in').getAttribute('aria-label')).to.equal(`India: 741 (${percent(741 / (741 + expected.ke), 'en')})`);
    });

    it('says so when the countries have no certificate (the empty state), accessibly', async () => {
      const loads: AbschLoadDetail[] = [];
      const el = await stats(html`<absch-stats view="ircc-by-country" country=${FIXTURES.partyWithNoRecords} api-base=${apiBase()} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-stats>`);
      expect(text(part(el, 'empty'))).to.equal('The Clearing-House has no published records to count for this chart.');
      expect(part(el, 'chart')).to.equal(null);
      expect(loads[0].totals).to.deep.equal([0]);
      await expect(el).to.be.accessible();
    });
  });

  describe('realm', () => {
    // mock-api's records are all of the production realm, abs: another realm finds none.
    it('counts the records of its realm attribute: realm="abs-dev" finds none in mock-api', async () => {
      const el = await stats(html`<absch-stats view="ircc-by-country" realm="abs-dev" api-base=${apiBase()}></absch-stats>`);
      expect(text(part(el, 'empty'))).to.equal('The Clearing-House has no published records to count for this chart.');
      await expect(el).to.be.accessible();
    });

    it('takes the page-wide realm of configure(), the attribute wins over it, and a new realm loads again', async () => {
      configure({ realm: 'abs-dev' });
      const el = await stats(html`<absch-stats view="ircc-by-country" api-base=${apiBase()}></absch-stats>`);
      expect(part(el, 'empty')).to.exist;
      el.setAttribute('realm', 'abs');
      await waitUntil(() => part(el, 'empty') === null, 'the abs realm was not loaded');
      await settled(el);
      expect(tableCounts(el).in).to.deep.equal([741]);
    });
  });

  it("ircc-by-purpose shows mock-api's commercial, non-commercial and confidential counts, in one request", async () => {
    const since = performance.now();
    const el = await stats(html`<absch-stats view="ircc-by-purpose" api-base=${apiBase()}></absch-stats>`);
    expect(apiRequestsSince(since)).to.have.length(1);
    const body = await solr({
      q: 'schema_s:absPermit',
      'facet.query': ['usages_ss:5E833A3F-87D1-4ADD-8701-9F1B76383017', 'usages_ss:60EA2F49-A9DD-406F-921A-8A1C9AA8DFDD', 'usagesConfidential_b:true'],
    });
    const [commercial, nonCommercial, confidential] = Object.values(body.facet_counts.facet_queries);
    expect(single(tableCounts(el))).to.deep.equal({ commercial, 'non-commercial': nonCommercial, confidential });
    expect(bars(el).map(label)).to.deep.equal(['Commercial', 'Non-commercial', 'Confidential']);
    expect(bar(el, 'confidential').getAttribute('aria-label')).to.equal(`Confidential: ${confidential} (${percent(confidential / body.response.numFound, 'en')})`);
    await expect(el).to.be.accessible();
  });

  it("ircc-by-subject shows mock-api's keyword counts with the terms' official names (plants 576)", async () => {
    const since = performance.now();
    const el = await stats(html`<absch-stats view="ircc-by-subject" api-base=${apiBase()}></absch-stats>`);
    expect(apiRequestsSince(since)).to.have.length(1);
    const expected = await facetFromApi('schema_s:absPermit', 'keywords_ss');
    expect(single(tableCounts(el))).to.deep.equal(expected);
    const plants = KEYWORD_TERMS.find((term) => term.title.en === 'Plants')!.identifier;
    expect(bars(el)[0].dataset.key).to.equal(plants);
    expect(label(bars(el)[0])).to.equal('Plants');
    expect(expected[plants]).to.equal(576);
    await expect(el).to.be.accessible();
  });

  it('ircc-by-year shows the certificates issued each year from 2014, as mock-api counts them, in one request', async () => {
    const since = performance.now();
    const el = await stats(html`<absch-stats view="ircc-by-year" api-base=${apiBase()}></absch-stats>`);
    expect(apiRequestsSince(since)).to.have.length(1);
    const last = new Date().getUTCFullYear();
    const years = Array.from({ length: last - 2013 }, (_, i) => 2014 + i);
    const body = await solr({ q: 'schema_s:absPermit', 'facet.query': years.map((y) => `date_dt:[${y}-01-01T00:00:00Z TO ${y + 1}-01-01T00:00:00Z}`) });
    const expected = Object.fromEntries(years.map((y, i) => [String(y), Object.values(body.facet_counts.facet_queries)[i]]));
    expect(single(tableCounts(el))).to.deep.equal(expected);
    expect(bars(el).map(label)).to.deep.equal(years.map(String));
    await expect(el).to.be.accessible();
  });

  it("cpc-by-country shows mock-api's checkpoint communiqués per country (Germany 7), in two requests", async () => {
    const since = performance.now();
    const el = await stats(html`<absch-stats view="cpc-by-country" api-base=${apiBase()}></absch-stats>`);
    expect(apiRequestsSince(since)).to.have.length(2);
    const expected = await facetFromApi('schema_s:absCheckpointCommunique', 'government_s');
    expect(single(tableCounts(el))).to.deep.equal(expected);
    expect(label(bars(el)[0])).to.equal('Germany');
    expect(expected.de).to.equal(7);
    await expect(el).to.be.accessible();
  });

  it('two charts needing the countries share that request: three requests for two country charts', async () => {
    const since = performance.now();
    const base = apiBase();
    const wrapper = fixtureSync(html`<div>
      <absch-stats view="ircc-by-country" api-base=${base}></absch-stats>
      <absch-stats view="cpc-by-country" api-base=${base}></absch-stats>
    </div>`);
    for (const el of wrapper.querySelectorAll<AbschStats>('absch-stats')) await settled(el);
    const paths = apiRequestsSince(since).map((entry) => apiPath(entry.name)).sort();
    expect(paths).to.deep.equal(['/api/v2013/countries', '/api/v2013/index/select', '/api/v2013/index/select']);
  });

  describe('table and keyboard', () => {
    it('toggles a table of the same numbers with a real button, accessible in both states', async () => {
      const el = await stats(html`<absch-stats view="ircc-by-country" api-base=${apiBase()}></absch-stats>`);
      const toggle = part(el, 'table-toggle') as HTMLButtonElement;
      const table = part(el, 'table') as HTMLTableElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(table.id);
      expect(table.hidden).to.equal(true);
      expect(getComputedStyle(table).display).to.equal('none');
      toggle.focus();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle), 'the label says what a press does now').to.equal('Hide the table');
      expect(table.hidden).to.equal(false);
      expect(el.showTable).to.equal(true);
      expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(toggle);
      expect(text(table.querySelector('caption'))).to.equal('Certificates of compliance by issuing country');
      expect(Array.from(table.querySelectorAll('thead th')).map((th) => [th.getAttribute('scope'), text(th)])).to.deep.equal([
        ['col', 'Country'],
        ['col', 'Certificates'],
        ['col', 'Share'],
      ]);
      expect(Array.from(table.querySelectorAll('tbody tr')).every((tr) => tr.querySelector('th[scope=row]'))).to.equal(true);
      const india = table.querySelector('tbody tr[data-key=in]')!;
      expect(Array.from(india.children).map(text)).to.deep.equal(['India', '741', '67%']);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(table.hidden).to.equal(true);
      expect(text(toggle)).to.equal('Show as table');
    });

    it('starts with the table shown with show-table', async () => {
      const el = await stats(html`<absch-stats view="ircc-by-purpose" show-table api-base=${apiBase()}></absch-stats>`);
      expect((part(el, 'table') as HTMLTableElement).hidden).to.equal(false);
      expect(part(el, 'table-toggle')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('is one tab stop: arrow keys go from bar to bar, each reads its label and value; the picture is a named group with a summary', async () => {
      const el = await stats(html`<absch-stats view="ircc-by-purpose" api-base=${apiBase()}></absch-stats>`);
      const chart = part(el, 'chart')!;
      // a group, not an image: the children of an image are presentational, and these are focusable
      expect(chart.getAttribute('role')).to.equal('group');
      const named = chart.getAttribute('aria-labelledby')!.split(' ').map((id) => text(el.shadowRoot!.getElementById(id)));
      expect(named[0]).to.equal('Certificates of compliance by purpose');
      expect(named[1]).to.match(/^1,107 certificates of compliance\./);
      const all = bars(el);
      // the focused bar's key (not the element: chai's diff of two DOM nodes never finishes)
      const active = () => el.shadowRoot!.activeElement?.getAttribute('data-key') ?? el.shadowRoot!.activeElement?.getAttribute('part');
      const key = (g: Element) => g.getAttribute('data-key');
      expect(all.map((g) => g.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
      all[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(active()).to.equal(key(all[1]));
      await sendKeys({ press: 'ArrowDown' });
      expect(active()).to.equal(key(all[2]));
      expect(getComputedStyle(all[2]).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(), 'the last bar stays').to.equal(key(all[2]));
      await sendKeys({ press: 'Home' });
      expect(active()).to.equal(key(all[0]));
      await sendKeys({ press: 'End' });
      expect(active()).to.equal(key(all[2]));
      await sendKeys({ press: 'ArrowUp' });
      expect(active()).to.equal(key(all[1]));
      await el.updateComplete;
      expect(all.map((g) => g.getAttribute('tabindex')), 'the tab stop follows the focus').to.deep.equal(['-1', '0', '-1']);
      await sendKeys({ press: 'Tab' });
      expect(active(), 'Tab leaves the bars').to.equal('table-toggle');
      for (const g of all) expect(g.getAttribute('aria-label')).to.match(/^(Commercial|Non-commercial|Confidential): \d+ \(\d+%\)$/);
      await expect(el).to.be.accessible();
    });
  });

  describe('languages', () => {
    it('mirrors the chart in Arabic: right-to-left, bars growing from the right, Arabic names and digits', async () => {
      const el = await stats(html`<absch-stats lang="ar" view="ircc-by-country" api-base=${apiBase()}></absch-stats>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      const chart = part(el, 'chart')!.getBoundingClientRect();
      const india = bars(el)[0];
      const rect = india.querySelector('rect.segment')!.getBoundingClientRect();
      expect(Math.abs(rect.right - chart.right), 'bar starts at the right edge').to.be.below(1);
      expect(rect.left).to.be.greaterThan(chart.left + chart.width * 0.25);
      const labelBox = india.querySelector('.label')!.getBoundingClientRect();
      expect(Math.abs(labelBox.right - chart.right), 'label ends at the right edge').to.be.below(2);
      const valueBox = india.querySelector('.value')!.getBoundingClientRect();
      expect(valueBox.right, 'value to the left of the bar').to.be.at.most(rect.left);
      expect(label(india)).to.equal('الهند');
      const n = new Intl.NumberFormat('ar');
      expect(valueOf(india)).to.contain(n.format(741));
      expect(valueOf(india)).to.contain(percent(741 / 1107, 'ar'));
      await expect(el).to.be.accessible();
    });

    it('lays bars out from the left in a left-to-right language', async () => {
      const el = await stats(html`<absch-stats view="ircc-by-country" api-base=${apiBase()}></absch-stats>`);
      const chart = part(el, 'chart')!.getBoundingClientRect();
      const rect = bars(el)[0].querySelector('rect.segment')!.getBoundingClientRect();
      expect(Math.abs(rect.left - chart.left)).to.be.below(1);
      expect(Math.abs(rect.width - chart.width * 0.7)).to.be.below(2);
    });

    it('formats numbers and percentages in French and Arabic differently, each as Intl does', async () => {
      const fr = await stats(html`<absch-stats lang="fr" view="ircc-by-country" show-table api-base=${apiBase()}></absch-stats>`);
      const ar = await stats(html`<absch-stats lang="ar" view="ircc-by-country" show-table api-base=${apiBase()}></absch-stats>`);
      const total = (el: Element) => text(el.shadowRoot!.querySelector('tfoot td[data-count]'));
      expect(total(fr)).to.equal(new Intl.NumberFormat('fr').format(1107).replace(/\s/g, ' '));
      expect(total(ar)).to.equal(new Intl.NumberFormat('ar').format(1107));
      expect(total(fr)).to.not.equal(total(ar));
      expect(valueOf(bars(fr)[0])).to.contain(percent(741 / 1107, 'fr').replace(/\s/g, ' '));
      expect(label(bars(fr)[0])).to.equal('Inde');
      await expect(fr).to.be.accessible();
    });

    it('follows a change of page language without a new request', async () => {
      const el = await stats(html`<absch-stats view="ircc-by-subject" api-base=${apiBase()}></absch-stats>`);
      const since = performance.now();
      document.documentElement.lang = 'es';
      await waitUntil(() => part(el, 'base')!.getAttribute('lang') === 'es', 'did not switch', { timeout: 5000 });
      await el.localeReady();
      expect(label(bars(el)[0])).to.equal('Plantas');
      expect(apiRequestsSince(since)).to.have.length(0);
    });
  });

  it('stays readable at 280 px: text keeps its size, values and labels stay inside the chart, buttons stack', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div class="narrow">
      <absch-stats view="records-by-type" api-base=${apiBase()}></absch-stats>
    </div>`);
    wrapper.style.inlineSize = '280px';
    const el = wrapper.querySelector('absch-stats')!;
    await settled(el);
    const chart = part(el, 'chart')!.getBoundingClientRect();
    expect(Math.round(chart.width)).to.equal(280);
    for (const g of bars(el)) {
      expect(parseFloat(getComputedStyle(g.querySelector('.label')!).fontSize), 'no scaling down').to.be.at.least(12);
      const value = g.querySelector('.value')!.getBoundingClientRect();
      expect(value.right, `${g.dataset.key} value`).to.be.at.most(chart.right + 0.5);
      const name = g.querySelector('.label')!.getBoundingClientRect();
      expect(name.right, `${g.dataset.key} label`).to.be.at.most(chart.right + 0.5);
    }
    const buttons = ['table-toggle', 'download-csv', 'download-svg'].map((name) => part(el, name)!.getBoundingClientRect());
    expect(buttons[1].top).to.be.greaterThan(buttons[0].top);
    await expect(el).to.be.accessible();
  });

  describe('downloads', () => {
    async function exported(el: AbschStats, button: string): Promise<AbschExportDetail> {
      // The download link's click is swallowed: the test reads the file from the event instead.
      const click = HTMLAnchorElement.prototype.click;
      const clicked: HTMLAnchorElement[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      try {
        const event = oneEvent(el, 'absch-export') as Promise<CustomEvent<AbschExportDetail>>;
        part(el, button)!.click();
        const { detail } = await event;
        expect(clicked.map((a) => a.download)).to.deep.equal([detail.filename]);
        expect(clicked[0].href).to.match(/^blob:/);
        return detail;
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
    }

    it('downloads the numbers as CSV with a BOM, one line per bar and the total', async () => {
      const el = await stats(html`<absch-stats view="ircc-by-country" limit="2" api-base=${apiBase()}></absch-stats>`);
      const detail = await exported(el, 'download-csv');
      expect(detail.filename).to.equal('absch-ircc-by-country.csv');
      const bytes = new Uint8Array(await detail.blob.arrayBuffer());
      expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = (await detail.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).to.equal('Country,Certificates,Share (%)');
      expect(lines[1]).to.equal('India,741,66.9');
      expect(lines[2]).to.equal('France,172,15.5');
      expect(lines[3]).to.match(/^Other,194,17\.5$/);
      expect(lines[4]).to.equal('Total,1107,100.0');
    });

    it('downloads hostile country names as text: no CSV cell a spreadsheet would read as a formula, no markup in the SVG, in any language', async function () {
      this.timeout(60000);
      // mock-api's hostilenames switch: every country name starts with a formula (=, +, -, @, tab or
      // CR, one per language) and ends with XSS payloads.
      const base = apiBase({ hostilenames: 1 });
      const countries = (await getJson<Country[]>(`${base}/api/v2013/countries`)).body;
      const formula = /^[=+\-@\t\r]/;
      for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const) {
        const nameOf = (key: string) => countries.find((country) => country.code === key.toUpperCase())!.name[lang] ?? '';
        const el = await stats(html`<absch-stats lang=${lang} view="ircc-by-country" limit="3" api-base=${base}></absch-stats>`);
        const keys = bars(el).map((g) => g.dataset.key!).filter((key) => /^[a-z]{2}$/.test(key));
        expect(keys, `three countries (${lang})`).to.have.length(3);
        expect(formula.test(nameOf(keys[0])), `mock-api's name starts a formula (${lang})`).to.equal(true);

        const csv = await exported(el, 'download-csv');
        const rows = parseCsv((await csv.blob.text()).replace(/^\uFEFF/, ''));
        expect(rows.flat().filter((cell) => formula.test(cell)), `formula cells (${lang})`).to.deep.equal([]);
        // each name whole, after the apostrophe that makes a spreadsheet show it as text
        expect(rows.slice(1, 4).map((row) => row[0])).to.deep.equal(keys.map((key) => `'${nameOf(key)}`));

        const svg = new DOMParser().parseFromString(await (await exported(el, 'download-svg')).blob.text(), 'image/svg+xml');
        expect(svg.querySelector('parsererror')).to.equal(null);
        const tags = new Set(Array.from(svg.querySelectorAll('*')).map((node) => node.localName));
        expect([...tags].filter((tag) => !['svg', 'title', 'desc', 'g', 'rect', 'text', 'tspan'].includes(tag)), `no element from a name (${lang})`).to.deep.equal([]);
        const labels = Array.from(svg.querySelectorAll('g.bar .label')).map((node) => node.textContent!.replace(/\s+/g, ''));
        expect(labels.slice(0, 3)).to.deep.equal(keys.map((key) => nameOf(key).replace(/\s+/g, '')));
        el.remove();
      }
    });

    it('downloads the chart as a standalone SVG with its colours, title and summary', async () => {
      const el = await stats(html`<absch-stats view="publishers-by-type" api-base=${apiBase()}></absch-stats>`);
      const detail = await exported(el, 'download-svg');
      expect(detail.filename).to.equal('absch-publishers-by-type.svg');
      expect(detail.blob.type).to.equal('image/svg+xml;charset=utf-8');
      const doc = new DOMParser().parseFromString(await detail.blob.text(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const root = doc.documentElement;
      expect(root.localName).to.equal('svg');
      expect(root.querySelector('title')!.textContent).to.equal('Governments publishing each type of national record');
      expect(root.querySelector('desc')!.textContent).to.match(/governments publish national records/);
      expect(root.querySelector('rect.series-0')!.getAttribute('fill')).to.equal('rgb(0, 114, 178)');
      expect(root.querySelector('rect.series-1')!.getAttribute('fill')).to.equal('rgb(213, 94, 0)');
      expect(root.querySelector('[tabindex]')).to.equal(null);
    });
  });

  describe('states and attributes', () => {
    it('shows the title while loading', async () => {
      const el = await fixture<AbschStats>(html`<absch-stats view="ircc-by-year" api-base=${apiBase({ delay: 600 })}></absch-stats>`);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(part(el, 'title'))).to.equal('Certificates of compliance issued per year');
      await settled(el);
    });

    it('explains a country attribute without any code, sending nothing', async () => {
      const since = performance.now();
      const errors: AbschErrorDetail[] = [];
      let el!: AbschStats;
      await captureWarnings(async () => {
        el = await stats(html`<absch-stats view="ircc-by-country" country="India" api-base=${apiBase()} @absch-error=${(e: CustomEvent<AbschErrorDetail>) => errors.push(e.detail)}></absch-stats>`);
      });
      expect(text(part(el, 'error'))).to.contain('“India” holds no two-letter country code');
      expect(errors.map((e) => e.kind)).to.deep.equal(['invalid-input']);
      expect(apiRequestsSince(since)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describeAttributeWarnings<AbschStats>([
    {
      name: 'an unknown view, a negative limit and a year that is none',
      template: (base) => html`<absch-stats view="pie" limit="-2" from="soon" api-base=${base}></absch-stats>`,
      warnings: [/view="pie"/, /limit="-2"/, /from="soon"/],
      fallback: (el) => {
        expect(text(part(el, 'title')), 'records-by-type').to.equal('Published records by type');
        expect(part(el, 'legend'), 'no period series').to.equal(null);
      },
    },
  ]);

  describeAccessibleStates<AbschStats>({
    template: (base) => html`<absch-stats view="ircc-by-year" api-base=${base}></absch-stats>`,
    skeletons: 6,
  });

  describeApiFailures<AbschStats>({
    template: (base) => html`<absch-stats view="ircc-by-country" api-base=${base}></absch-stats>`,
    retried: ['countries', 'index'],
    loaded: (el) => bars(el).length > 0 && label(bars(el)[0]) === 'India',
  });
});
