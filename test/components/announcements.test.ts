/**
 * Live regions announce once, and only what someone asked for. A MutationObserver on the element's
 * shadow root records, whenever a mutation touches a live region (`role=status`, `role=alert`,
 * `aria-live`), that region's text: what a screen reader would be given to read. An element's first
 * load says nothing (a page of seven charts must not queue seven sentences), and "Loading…" is never
 * said (`aria-busy` says it). Each later load (a new page, search, country, chart, or a retry) puts its
 * announcement (the total, the page, the countries shown, the profile, record or chart that arrived)
 * there once, an error appears once as an alert, and re-rendering for any other reason (a new link
 * target, a new sort, a narrow container, a new language) leaves them alone.
 */
import { aTimeout, expect, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/define/absch-certificate-list.js';
import '../../src/define/absch-country-profile.js';
import '../../src/define/absch-parties-list.js';
import '../../src/define/absch-record.js';
import '../../src/define/absch-search.js';
import '../../src/define/absch-stats.js';
import { configure } from '../../src/base/config.js';
import type { AbschCertificateList } from '../../src/components/certificate-list/certificate-list.js';
import type { AbschCountryProfile } from '../../src/components/country-profile/country-profile.js';
import type { AbschPartiesList } from '../../src/components/parties-list/parties-list.js';
import type { AbschRecord } from '../../src/components/record/record.js';
import type { AbschSearch } from '../../src/components/search/search.js';
import type { AbschStats } from '../../src/components/stats/stats.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { STATS_VIEWS } from '../../src/api/queries/stats.js';
import { apiBase, apiRequestsSince, getJson, guardHostPage, indexUrl, part, PUBLISHED, settled, text, type AbschTestElement } from '../helpers.js';

const REGION = '[role=status], [role=alert], [aria-live]';
const root = (el: Element) => el.shadowRoot!;

interface Entry {
  kind: 'status' | 'alert';
  text: string;
  node: Element;
}

/** What the live regions of `el` said, in order: one entry each time a mutation touched a region. */
class RegionLog {
  readonly entries: Entry[] = [];
  private readonly observer: MutationObserver;

  constructor(private readonly el: Element) {
    this.observer = new MutationObserver((records) => this.touched(records));
    // Lit made the shadow root when the element was connected; its first render is still to come.
    this.observer.observe(root(el), { childList: true, characterData: true, subtree: true });
  }

  private touched(records: MutationRecord[]): void {
    const regions = new Set<Element>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const region = target?.closest(REGION);
      if (region) regions.add(region);
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        if (node.matches(REGION)) regions.add(node);
        node.querySelectorAll(REGION).forEach((inner) => regions.add(inner));
      }
    }
    for (const region of regions) {
      if (!region.isConnected) continue;
      this.entries.push({ kind: region.getAttribute('role') === 'alert' ? 'alert' : 'status', text: text(region), node: region });
    }
  }

  /** Every entry with words, of every region: a region emptied, or added empty, is not read. */
  get spoken(): Entry[] {
    return this.entries.filter((entry) => entry.text !== '');
  }

  /** What the regions of one kind said. */
  said(kind: Entry['kind']): string[] {
    return this.spoken.filter((entry) => entry.kind === kind).map((entry) => entry.text);
  }

  /** The status region's text now. */
  get status(): string {
    return text(root(this.el).querySelector('[role=status]'));
  }

  stop(): void {
    this.observer.disconnect();
  }
}

/** The element, connected, with a log started before its first render. */
function logged<T extends Element>(template: ReturnType<typeof html>): { el: T; log: RegionLog } {
  const el = fixtureSync<T>(template);
  return { el, log: new RegionLog(el) };
}

/** quiet(), then `ready`; then any late re-render (a second task, a resize) may happen before counting. */
async function quiet(el: AbschTestElement, ready: () => unknown = () => true): Promise<void> {
  await settled(el);
  await waitUntil(ready, `<${el.localName}> did not get ready`, { timeout: 15000 });
  await aTimeout(150);
}


/**
 * A failed load: its error said once as an alert; re-renders that load nothing (`rerender`, then a
 * plain update) say nothing and keep that alert; then the retry button, until `loaded`. Returns the
 * alert's text.
 */
async function expectAlertOnceThenRetry(
  el: LitElement & { localeReady(): Promise<void> },
  log: RegionLog,
  rerender: () => unknown,
  loaded: () => unknown,
): Promise<string> {
  await quiet(el, () => part(el, 'error'));
  const message = text(part(el, 'error'));
  expect(message).to.contain('The Clearing-House answered with an error (500).');
  expect(log.said('alert')).to.deep.equal([message]);
  expect(log.said('status')).to.deep.equal([]);
  const alert = root(el).querySelector('[role=alert]');

  const before = log.spoken.length;
  await rerender();
  await el.updateComplete;
  el.requestUpdate();
  await el.updateComplete;
  await aTimeout(100);
  expect(log.spoken.slice(before).map((entry) => entry.text), 'nothing said on re-render').to.deep.equal([]);
  expect(root(el).querySelector('[role=alert]'), 'the same alert').to.equal(alert);

  part(el, 'retry')!.click();
  await quiet(el, loaded);
  expect(log.said('alert')).to.deep.equal([message]);
  return message;
}


describe('live regions announce once', () => {
  guardHostPage();
  const logs: RegionLog[] = [];
  afterEach(() => {
    logs.splice(0).forEach((log) => log.stop());
    fixtureCleanup();
  });
  function start<T extends Element>(template: ReturnType<typeof html>): { el: T; log: RegionLog } {
    const made = logged<T>(template);
    logs.push(made.log);
    return made;
  }

  describe('<absch-certificate-list>', () => {
    it('says nothing on the first load; the total and the page once per later load; nothing on re-renders or a new language', async function () {
      this.timeout(30000);
      const { el, log } = start<AbschCertificateList>(html`<absch-certificate-list country="in" filters api-base=${apiBase()}></absch-certificate-list>`);
      await quiet(el);
      const { body } = await getJson<{ response: { numFound: number } }>(indexUrl({ q: 'schema_s:absPermit', fq: [...PUBLISHED, 'government_s:in'], rows: 0 }));
      expect(text(part(el, 'total'))).to.contain(body.response.numFound.toLocaleString('en'));
      expect(log.spoken, 'the first load is not announced').to.deep.equal([]);

      // re-renders that load nothing: a link target, the export button, a typed draft, requestUpdate
      const before = log.spoken.length;
      el.linkTarget = '_blank';
      el.export = true;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(100);
      expect(log.spoken.slice(before).map((entry) => entry.text), 'nothing said on re-render').to.deep.equal([]);

      // the next page: one announcement
      part(el, 'next')!.click();
      await quiet(el, () => log.status.includes('Page 2 of'));
      const page2 = log.status;
      expect(page2).to.contain(String(body.response.numFound));
      expect(page2).to.contain('Page 2 of');
      expect(log.said('status')).to.deep.equal([page2]);

      // a new language: the same page, in French, not said again
      el.lang = 'fr';
      await quiet(el, () => text(part(el, 'total')).includes('certificats'));
      expect(log.said('status')).to.deep.equal([page2]);
      expect(log.said('alert')).to.deep.equal([]);
    });

    it('shows an error once as an alert, not in the status, and not again on re-render; a retry announces the load once', async function () {
      this.timeout(30000);
      configure({ retries: 0, timeout: 1000 });
      const { el, log } = start<AbschCertificateList>(html`<absch-certificate-list country="in" filters api-base=${apiBase({ status: 500, times: 1 })}></absch-certificate-list>`);
      await expectAlertOnceThenRetry(
        el,
        log,
        async () => {
          el.linkTarget = '_blank';
          await el.updateComplete;
          // a draft in the search box re-renders the filters (it is applied only after a pause)
          const input = root(el).querySelector<HTMLInputElement>('#query')!;
          input.value = 'x';
          input.dispatchEvent(new InputEvent('input'));
          await el.updateComplete;
          input.value = '';
          input.dispatchEvent(new InputEvent('input'));
          await aTimeout(600);
        },
        () => part(el, 'total'),
      );
      expect(log.said('status')).to.deep.equal([log.status]);
      expect(log.status).to.contain('Page 1 of');
    });
  });

  describe('<absch-search>', () => {
    const ready = (el: Element) => () => part(el, 'count') || part(el, 'error');

    it('says the number of results once per search after the first, and nothing more on re-renders', async function () {
      this.timeout(30000);
      const { el, log } = start<AbschSearch>(html`<absch-search query="kenya" page-size="5" api-base=${apiBase()}></absch-search>`);
      await quiet(el, ready(el));
      expect(text(part(el, 'count'))).to.contain('kenya');
      expect(log.spoken, 'the first search, made by the page, is not announced').to.deep.equal([]);

      // the country names arrive, a new link target, a forced re-render: no new words. (Not a
      // resize: a test tab in the background may never run its ResizeObserver.)
      const before = log.spoken.length;
      el.linkTarget = '_blank';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(100);
      expect(log.spoken.slice(before).map((entry) => entry.text), 'nothing said on re-render').to.deep.equal([]);

      // a second search: one new announcement, the first one not repeated
      el.query = 'india';
      await quiet(el, () => text(part(el, 'count')).includes('india'));
      const india = log.status;
      expect(india).to.equal(text(part(el, 'count')));
      expect(log.said('status')).to.deep.equal([india]);

      // page 2: the count with the page, once
      part(el, 'next')!.click();
      await quiet(el, () => log.status.includes('Page 2'));
      expect(log.said('status')).to.deep.equal([india, log.status]);
      expect(log.said('alert')).to.deep.equal([]);
    });

    it('shows an error once as an alert, and not again on re-render', async function () {
      this.timeout(30000);
      configure({ retries: 0, timeout: 1000 });
      const { el, log } = start<AbschSearch>(html`<absch-search query="kenya" api-base=${apiBase({ status: 500, only: 'index' })}></absch-search>`);
      await quiet(el, ready(el));
      const message = text(part(el, 'error'));
      expect(message).to.contain('The Clearing-House answered with an error (500).');
      expect(log.said('alert')).to.deep.equal([message]);
      expect(log.said('status')).to.deep.equal([]);
      const alert = root(el).querySelector('[role=alert]');

      const before = log.spoken.length;
      el.linkTarget = '_blank';
      el.requestUpdate();
      await el.updateComplete;
      el.style.display = 'block';
      el.style.inlineSize = '20rem';
      await aTimeout(300);
      expect(log.spoken.slice(before).map((entry) => entry.text), 'nothing said on re-render').to.deep.equal([]);
      expect(root(el).querySelector('[role=alert]'), 'the same alert').to.equal(alert);
    });
  });

  describe('<absch-parties-list>', () => {
    it('says how many countries are shown once per change of that number, not on the first load, a new sort or a new language', async function () {
      this.timeout(30000);
      const { el, log } = start<AbschPartiesList>(html`<absch-parties-list api-base=${apiBase()}></absch-parties-list>`);
      await quiet(el);
      const all = root(el).querySelectorAll('tbody tr').length;
      expect(log.spoken).to.deep.equal([]);

      const before = log.spoken.length;
      el.sort = '-records';
      await el.updateComplete;
      el.columns = 'name records';
      await el.updateComplete;
      el.linkTarget = '_blank';
      await el.updateComplete;
      el.lang = 'fr';
      await quiet(el);
      expect(log.spoken.slice(before).map((entry) => entry.text), 'nothing said on re-render or a new language').to.deep.equal([]);

      el.lang = 'en';
      await quiet(el);
      el.status = 'party';
      await el.updateComplete;
      const parties = root(el).querySelectorAll('tbody tr:not([hidden])').length;
      expect(log.said('status')).to.deep.equal([`${parties} of ${all} countries shown`]);
    });

    it('says the number once after typing pauses, not at every key', async function () {
      this.timeout(30000);
      const { el, log } = start<AbschPartiesList>(html`<absch-parties-list search api-base=${apiBase()}></absch-parties-list>`);
      await quiet(el);
      const all = root(el).querySelectorAll('tbody tr').length;
      part(el, 'search-input')!.focus();
      const before = log.said('status').length;
      await sendKeys({ type: 'ken' });
      await waitUntil(() => log.status === `1 of ${all} countries shown`, 'not announced', { timeout: 3000 });
      await aTimeout(700);
      expect(log.said('status').slice(before)).to.deep.equal([`1 of ${all} countries shown`]);
    });

    it('shows an error once as an alert, not again on re-render; a retry announces the load once', async function () {
      this.timeout(30000);
      configure({ retries: 0, timeout: 1000 });
      const { el, log } = start<AbschPartiesList>(html`<absch-parties-list api-base=${apiBase({ status: 500, times: 1, only: 'countries' })}></absch-parties-list>`);
      await expectAlertOnceThenRetry(
        el,
        log,
        () => {
          el.sort = '-records';
          el.linkTarget = '_blank';
        },
        () => part(el, 'table'),
      );
      const all = root(el).querySelectorAll('tbody tr').length;
      expect(log.said('status')).to.deep.equal([`${all} of ${all} countries shown`]);
    });
  });
  /** Re-renders that load nothing, then a new language (nothing loaded either): not a word said. */
  async function expectSilentRerenders(el: HTMLElement & { localeReady(): Promise<void>; updateComplete: Promise<boolean> }, log: RegionLog, changes: (() => unknown)[]): Promise<void> {
    const before = log.spoken.length;
    for (const change of changes) {
      await change();
      await el.updateComplete;
    }
    el.lang = 'fr';
    await quiet(el);
    expect(log.spoken.slice(before).map((entry) => entry.text), 'nothing said on re-render or a new language').to.deep.equal([]);
    expect(log.status, 'a new language empties the status region').to.equal('');
  }

  describe('<absch-country-profile>', () => {
    const name = async (code: string, lang: string) => (await getJson<{ name: Record<string, string> }>(`/api/v2013/countries/${code}`)).body.name[lang];

    it('says nothing on the first load or on re-renders or a new language; once that another profile loaded, naming the country', async function () {
      this.timeout(30000);
      const { el, log } = start<AbschCountryProfile>(html`<absch-country-profile country="ke" api-base=${apiBase()}></absch-country-profile>`);
      await quiet(el);
      expect(text(part(el, 'name'))).to.equal(await name('KE', 'en'));
      expect(log.spoken).to.deep.equal([]);

      await expectSilentRerenders(el, log, [
        () => (el.linkTarget = '_blank'),
        () => (el.hideEmpty = true),
        () => el.requestUpdate(),
      ]);

      // another country: one new announcement, in the new language
      el.country = 'in';
      await el.updateComplete;
      await quiet(el);
      const india = log.status;
      expect(india).to.contain(await name('IN', 'fr'));
      expect(india).to.not.equal(`Country profile loaded: ${await name('IN', 'fr')}.`);
      expect(log.said('status')).to.deep.equal([india]);
      expect(log.said('alert')).to.deep.equal([]);
    });

    it('shows an error once as an alert, not again on re-render; a retry announces the load once', async function () {
      this.timeout(30000);
      configure({ retries: 0, timeout: 1000 });
      const { el, log } = start<AbschCountryProfile>(html`<absch-country-profile country="ke" api-base=${apiBase({ status: 500, times: 1, only: 'countries' })}></absch-country-profile>`);
      await expectAlertOnceThenRetry(
        el,
        log,
        () => {
          el.linkTarget = '_blank';
          el.hideEmpty = true;
        },
        () => part(el, 'name'),
      );
      expect(log.said('status')).to.deep.equal([`Country profile loaded: ${await name('KE', 'en')}.`]);
    });
  });

  describe('<absch-record>', () => {
    it('says nothing on the first load or on re-renders or a new language; once that another record loaded, with its title', async function () {
      this.timeout(30000);
      const { el, log } = start<AbschRecord>(html`<absch-record uid=${FIXTURES.kenyaCnaUid} api-base=${apiBase()}></absch-record>`);
      await quiet(el);
      expect(text(part(el, 'title')).length).to.be.above(0);
      expect(log.spoken).to.deep.equal([]);

      await expectSilentRerenders(el, log, [
        () => (el.linkTarget = '_blank'),
        // "show all" of a group of records that refer to this one: more lines, nothing loaded
        () => root(el).querySelector<HTMLButtonElement>('[part~=show-all]')!.click(),
        () => el.requestUpdate(),
      ]);

      // another record: one new announcement
      el.uid = FIXTURES.indiaIrcc;
      await el.updateComplete;
      await quiet(el);
      const india = log.status;
      expect(india).to.contain(text(part(el, 'title')));
      expect(log.said('status')).to.deep.equal([india]);
      expect(log.said('alert')).to.deep.equal([]);
    });

    it('cuts a long title in its announcement as in its messages', async function () {
      this.timeout(30000);
      const { el, log } = start<AbschRecord>(html`<absch-record uid=${FIXTURES.kenyaCnaUid} api-base=${apiBase()}></absch-record>`);
      await quiet(el);
      el.uid = FIXTURES.longTitle;
      await el.updateComplete;
      await quiet(el);
      const title = text(part(el, 'title'));
      expect(title.length).to.be.above(80);
      expect(log.said('status')).to.deep.equal([`Record loaded: ${title.slice(0, 79)}….`]);
    });

    it('shows an error once as an alert, not again on re-render; a retry announces the load once', async function () {
      this.timeout(30000);
      configure({ retries: 0, timeout: 1000 });
      const { el, log } = start<AbschRecord>(html`<absch-record uid=${FIXTURES.indiaIrcc} api-base=${apiBase({ status: 500, times: 1, only: 'documents' })}></absch-record>`);
      await expectAlertOnceThenRetry(
        el,
        log,
        () => {
          el.linkTarget = '_blank';
        },
        () => part(el, 'title'),
      );
      expect(log.said('status')).to.deep.equal([`Record loaded: ${text(part(el, 'title'))}.`]);
    });
  });

  describe('<absch-stats>', () => {
    it('says nothing on the first load, a new heading, limit, table or language; once that another chart loaded, with its title', async function () {
      this.timeout(30000);
      const { el, log } = start<AbschStats>(html`<absch-stats view="ircc-by-country" limit="3" api-base=${apiBase()}></absch-stats>`);
      await quiet(el);
      expect(log.spoken).to.deep.equal([]);

      await expectSilentRerenders(el, log, [
        () => (el.heading = 'Certificates by country'),
        () => (el.limit = '5'),
        () => part(el, 'table-toggle')!.click(),
        () => el.requestUpdate(),
      ]);

      // another chart: one new announcement, with the title it has (the heading)
      el.view = 'cpc-by-country';
      await el.updateComplete;
      await quiet(el);
      const cpc = log.status;
      expect(cpc).to.contain('Certificates by country');
      expect(log.said('status')).to.deep.equal([cpc]);
      expect(log.said('alert')).to.deep.equal([]);
    });

    it('shows an error once as an alert, not again on re-render; a retry announces the load once', async function () {
      this.timeout(30000);
      configure({ retries: 0, timeout: 1000 });
      const { el, log } = start<AbschStats>(html`<absch-stats view="ircc-by-purpose" api-base=${apiBase({ status: 500, times: 1, only: 'index' })}></absch-stats>`);
      await expectAlertOnceThenRetry(
        el,
        log,
        () => {
          el.heading = 'Purposes';
          el.limit = '2';
        },
        () => part(el, 'summary'),
      );
      expect(log.said('status')).to.deep.equal(['Chart loaded: Purposes.']);
    });

    it('a page of seven charts says nothing as they load', async function () {
      this.timeout(30000);
      const views = ['records-by-type', 'publishers-by-type', 'ircc-by-country', 'ircc-by-purpose', 'ircc-by-subject', 'ircc-by-year', 'cpc-by-country'];
      const holder = fixtureSync(html`<div>${views.map((view) => html`<absch-stats view=${view} api-base=${apiBase()}></absch-stats>`)}</div>`);
      const charts = Array.from(holder.querySelectorAll<AbschStats>('absch-stats'));
      const chartLogs = charts.map((chart) => new RegionLog(chart));
      logs.push(...chartLogs);
      await Promise.all(charts.map((chart) => quiet(chart, () => part(chart, 'summary') || part(chart, 'error'))));
      expect(charts.filter((chart) => part(chart, 'summary')).length, 'every chart drawn').to.equal(views.length);
      expect(chartLogs.flatMap((log) => log.spoken.map((entry) => entry.text))).to.deep.equal([]);
    });

    it('a page of seven charts says nothing, and asks nothing, when the page changes language', async function () {
      this.timeout(30000);
      const holder = fixtureSync(html`<div>${STATS_VIEWS.map((view) => html`<absch-stats view=${view} api-base=${apiBase()}></absch-stats>`)}</div>`);
      const charts = Array.from(holder.querySelectorAll<AbschStats>('absch-stats'));
      await Promise.all(charts.map((chart) => quiet(chart, () => part(chart, 'summary'))));
      const chartLogs = charts.map((chart) => new RegionLog(chart));
      logs.push(...chartLogs);
      const since = performance.now();
      document.documentElement.lang = 'fr';
      await Promise.all(charts.map((chart) => quiet(chart, () => root(chart).querySelector('[part~=base]')?.getAttribute('lang') === 'fr')));
      expect(text(part(charts[3], 'table-toggle')), 'the charts speak French').to.equal('Afficher sous forme de tableau');
      expect(apiRequestsSince(since).map((entry) => entry.name), 'no request').to.deep.equal([]);
      expect(chartLogs.flatMap((log) => log.spoken.map((entry) => entry.text)), 'nothing said').to.deep.equal([]);
    });
  });

  describe('a page of elements whose data holds every language', () => {
    it('says nothing and asks nothing when the page changes language (the audit heard the Parties list say its count again)', async function () {
      this.timeout(30000);
      const holder = fixtureSync(html`<div>
        <absch-country-profile country="ke" api-base=${apiBase()}></absch-country-profile>
        <absch-parties-list api-base=${apiBase()}></absch-parties-list>
        <absch-record uid=${FIXTURES.kenyaCnaUid} api-base=${apiBase()}></absch-record>
        <absch-stats view="ircc-by-purpose" api-base=${apiBase()}></absch-stats>
      </div>`);
      const elements = Array.from(holder.children) as AbschTestElement[];
      await Promise.all(elements.map((el) => quiet(el)));
      const pageLogs = elements.map((el) => new RegionLog(el));
      logs.push(...pageLogs);
      const since = performance.now();
      document.documentElement.lang = 'fr';
      await Promise.all(elements.map((el) => quiet(el, () => root(el).querySelector('[part~=base]')?.getAttribute('lang') === 'fr')));
      expect(text(part(elements[0], 'status')), 'the profile speaks French').to.match(/Partie au Protocole de Nagoya/);
      expect(apiRequestsSince(since).map((entry) => entry.name), 'no request').to.deep.equal([]);
      expect(pageLogs.flatMap((log) => log.spoken.map((entry) => `${entry.kind}: ${entry.text}`)), 'nothing said').to.deep.equal([]);
    });
  });
});
