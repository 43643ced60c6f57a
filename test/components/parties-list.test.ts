import type { TemplateResult } from 'lit';
import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/absch-parties-list.js';
import '../../src/define/absch-country-profile.js';
import { NATIONAL_SCHEMAS } from '../../src/api/fields.js';
import { asCountries } from '../../src/api/validate.js';
import { asGovernmentPivot } from '../../src/api/parties-endpoints.js';
import { partyStatus } from '../../src/api/party-status.js';
import type { Country } from '../../src/api/types.js';
import { configure } from '../../src/base/config.js';
import type { AbschLoadDetail } from '../../src/base/events.js';
import type { AbschCountryProfile } from '../../src/components/country-profile/country-profile.js';
import type { AbschPartiesList } from '../../src/components/parties-list/parties-list.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { answerFailures, apiBase, apiPath, apiRequestsSince, getJson, indexUrl, guardHostPage, part, rendered, settled, text, isShapeError } from '../helpers.js';
import { describeAccessibleStates, describeApiFailures, describeAttributeWarnings } from '../suites.js';

type List = AbschPartiesList;

const list = (template: TemplateResult) => rendered<List>(template);

const rows = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr'));
const visibleRows = (el: Element) => rows(el).filter((row) => !row.hidden);
const codes = (el: Element) => visibleRows(el).map((row) => row.dataset.code!);
const names = (el: Element) => visibleRows(el).map((row) => text(row.querySelector('[part=name] > span')));
const row = (el: Element, code: string) => el.shadowRoot!.querySelector<HTMLTableRowElement>(`tbody tr[data-code="${code}"]`);
const count = (tr: Element, column: 'records' | 'ircc') => Number(tr.querySelector<HTMLElement>(`[part~=${column}]`)!.dataset.count);
const dateOf = (tr: Element) => tr.querySelector('[part=date] time')?.getAttribute('datetime') ?? null;
const headers = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLTableCellElement>('thead th')).filter((th) => !th.hidden);
const sortButton = (el: Element, key: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`thead button[data-sort=${key}]`)!;

/** mock-api's own countries, with the status the portal's rules give them. */
async function countriesFromApi(): Promise<{ country: Country; kind: string }[]> {
  const { body } = await getJson<Country[]>('/api/v2013/countries');
  const now = new Date();
  return body.map((country) => ({ country, kind: partyStatus(country, now).kind }));
}

/** mock-api's own pivot, asked for the way the portal asks (docs/api-notes.md §3). */
async function pivotFromApi(): Promise<Map<string, { total: number; ircc: number }>> {
  const { body } = await getJson<{ facet_counts: { facet_pivot: Record<string, { value: string; count: number; pivot?: { value: string; count: number }[] }[]> } }>(
    indexUrl({
      q: `NOT virtual_b:* AND schema_s:(${NATIONAL_SCHEMAS.join(' ')})`,
      fq: ['_state_s:public', 'realm_ss:abs', '(*:* NOT version_s:*)'],
      rows: 0,
      facet: true,
      'facet.pivot': 'government_s,schema_s',
      'facet.limit': -1,
      'facet.mincount': 1,
    }),
  );
  return new Map(
    body.facet_counts.facet_pivot['government_s,schema_s'].map((entry) => [
      entry.value.toUpperCase(),
      { total: entry.count, ircc: entry.pivot?.find((schema) => schema.value === 'absPermit')?.count ?? 0 },
    ]),
  );
}

describe('<absch-parties-list>', () => {
  guardHostPage();

  describe('the whole list', () => {
    it("shows totals computed from mock-api's countries with the portal's rules, in two requests, and fires absch-load", async () => {
      const since = performance.now();
      const loads: AbschLoadDetail[] = [];
      const el = await list(html`<absch-parties-list api-base=${apiBase()} @absch-load=${(e: CustomEvent<AbschLoadDetail>) => loads.push(e.detail)}></absch-parties-list>`);
      expect(apiRequestsSince(since)).to.have.length(2);
      const countries = await countriesFromApi();
      const of = (kind: string) => countries.filter((c) => c.kind === kind).length;
      const parties = of('party');
      const signatories = of('signatory');
      // the snapshot is built from the Secretariat's figures: 120 Parties, one ratification not yet in force
      expect([parties, of('ratified')]).to.deep.equal([120, 1]);
      expect(text(part(el, 'totals'))).to.equal(`${parties} Parties · 1 awaiting entry into force · ${signatories} signatories`);
      expect(loads).to.deep.equal([{ parties, ratified: 1, signatories, nonParties: of('non-party'), countries: countries.length }]);
      expect(rows(el)).to.have.length(countries.length);
      expect(visibleRows(el)).to.have.length(countries.length);
      await expect(el).to.be.accessible();
    });

    it('shows each country with its status, and the date for Parties and ratifications', async () => {
      const el = await list(html`<absch-parties-list api-base=${apiBase()}></absch-parties-list>`);
      const countries = await countriesFromApi();
      for (const { country, kind } of countries) {
        const tr = row(el, country.code)!;
        expect(tr.dataset.status, country.code).to.equal(kind);
      }
      const kenya = row(el, 'KE')!;
      expect(text(kenya.querySelector('[part=name] > span'))).to.equal('Kenya');
      expect(text(kenya.querySelector('[part=status]'))).to.equal('Party (ratification)');
      expect(dateOf(kenya)).to.equal('2014-10-12');
      expect(text(kenya.querySelector('[part=date]'))).to.equal('12 October 2014');
      const pending = row(el, FIXTURES.pendingParty.toUpperCase())!;
      expect(text(pending.querySelector('[part=status]'))).to.equal('Ratified, not yet in force');
      expect(dateOf(pending)! > new Date().toISOString().slice(0, 10), 'enters into force in the future').to.equal(true);
      expect(text(row(el, FIXTURES.signatory.toUpperCase())!.querySelector('[part=status]'))).to.equal('Signatory');
      expect(dateOf(row(el, FIXTURES.signatory.toUpperCase())!)).to.equal(null);
      expect(text(row(el, FIXTURES.nonParty.toUpperCase())!.querySelector('[part=status]'))).to.equal('Not a Party');
      expect(row(el, 'EU')!.dataset.status).to.equal('party');
    });

    it("names each Party's instrument as its treaty record does: ratification, accession, acceptance or approval", async () => {
      const el = await list(html`<absch-parties-list api-base=${apiBase()}></absch-parties-list>`);
      const words: Record<string, string> = { ratification: 'ratification', accession: 'accession', acceptance: 'acceptance', approval: 'approval' };
      const seen = new Set<string>();
      for (const { country, kind } of await countriesFromApi()) {
        if (kind !== 'party') continue;
        const instrument = String(country.treaties.XXVII8b?.instrument);
        seen.add(instrument);
        expect(text(row(el, country.code)!.querySelector('[part=status]')), country.code).to.equal(`Party (${words[instrument]})`);
      }
      expect([...seen].sort()).to.deep.equal(['acceptance', 'accession', 'approval', 'ratification']);
    });

    it('says the instrument in the status column in all five other languages', async () => {
      const expected: Record<string, [string, string]> = {
        ar: ['طرف (التصديق)', 'طرف (الانضمام)'],
        es: ['Parte (ratificación)', 'Parte (adhesión)'],
        fr: ['Partie (ratification)', 'Partie (adhésion)'],
        ru: ['Сторона (ратификация)', 'Сторона (присоединение)'],
        zh: ['缔约方（批准）', '缔约方（加入）'],
      };
      for (const [lang, [ratified, acceded]] of Object.entries(expected)) {
        const el = await list(html`<absch-parties-list lang=${lang} api-base=${apiBase()}></absch-parties-list>`);
        expect(text(row(el, 'KE')!.querySelector('[part=status]')), lang).to.equal(ratified);
        expect(text(row(el, 'AL')!.querySelector('[part=status]')), lang).to.equal(acceded);
        expect(text(part(el, 'totals')), lang).not.to.contain('entry into force');
      }
    });

    it("shows every country's national records and IRCCs as the pivot counts them, linked to the portal's search", async () => {
      const el = await list(html`<absch-parties-list api-base=${apiBase()} portal-base="https://portal.example"></absch-parties-list>`);
      const pivot = await pivotFromApi();
      for (const tr of rows(el)) {
        const expected = pivot.get(tr.dataset.code!) ?? { total: 0, ircc: 0 };
        expect(count(tr, 'records'), tr.dataset.code).to.equal(expected.total);
        expect(count(tr, 'ircc'), tr.dataset.code).to.equal(expected.ircc);
      }
      const india = row(el, 'IN')!;
      expect(count(india, 'ircc')).to.equal(741);
      const records = india.querySelector<HTMLAnchorElement>('[part=records-link]')!;
      expect(records.href).to.equal('https://portal.example/en/search?country=in');
      expect(records.getAttribute('aria-label')).to.equal(`India: ${pivot.get('IN')!.total} national records`);
      const ircc = india.querySelector<HTMLAnchorElement>('[part=ircc-link]')!;
      expect(ircc.href).to.equal('https://portal.example/en/search?schema=absPermit&country=in');
      expect(text(ircc)).to.equal('741');
      expect(ircc.getAttribute('aria-label')).to.equal('India: 741 certificates of compliance (IRCC)');
      const none = row(el, FIXTURES.partyWithNoRecords.toUpperCase())!;
      expect(count(none, 'records')).to.equal(0);
      expect(none.querySelector('a[href]'), 'no link to an empty search').to.equal(null);
    });

    it('is a real table: caption, column headers, row headers, sort buttons in the headers', async () => {
      const el = await list(html`<absch-parties-list api-base=${apiBase()}></absch-parties-list>`);
      expect(text(el.shadowRoot!.querySelector('table caption'))).to.not.equal('');
      expect(headers(el).map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col']);
      expect(headers(el).map((th) => text(th).replace(/[▲▼↕]/g, '').trim())).to.deep.equal(['Country', 'Status', 'Entry into force', 'National records', 'Certificates (IRCC)']);
      expect(headers(el).map((th) => th.querySelector('button')?.dataset.sort ?? null)).to.deep.equal(['name', null, 'date', 'records', null]);
      expect(headers(el).map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['ascending', null, null, null, null]);
      expect(rows(el).every((tr) => tr.querySelector('th[scope=row]'))).to.equal(true);
    });
  });

  describe('sorting', () => {
    for (const lang of ['en', 'fr', 'zh', 'ar', 'ru', 'es'] as const) {
      it(`sorts by name with ${lang} collation`, async () => {
        const el = await list(html`<absch-parties-list lang=${lang} api-base=${apiBase()}></absch-parties-list>`);
        const shown = names(el);
        const collator = new Intl.Collator(lang);
        expect(shown).to.deep.equal([...shown].sort(collator.compare));
        const { body } = await getJson<Country[]>('/api/v2013/countries');
        expect(new Set(shown)).to.deep.equal(new Set(body.map((c) => c.name[lang] ?? c.name.en)));
      });
    }

    it('sorts French names by French rules, not by code points: É among the E, before F', async () => {
      const el = await list(html`<absch-parties-list lang="fr" api-base=${apiBase()}></absch-parties-list>`);
      const shown = names(el);
      const accented = shown.filter((name) => name.startsWith('É'));
      expect(accented.length, 'some French names start with É').to.be.greaterThan(0);
      const firstF = shown.findIndex((name) => name.startsWith('F'));
      for (const name of accented) expect(shown.indexOf(name), name).to.be.below(firstF);
      expect(shown).to.not.deep.equal([...shown].sort());
    });

    it('sorts Chinese names by pinyin, as the Chinese collator does', async () => {
      const el = await list(html`<absch-parties-list lang="zh" api-base=${apiBase()}></absch-parties-list>`);
      const shown = names(el);
      expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('zh').compare));
      expect(shown).to.not.deep.equal([...shown].sort());
    });

    it('sorts by date, oldest first, countries without a date last; the header toggles the direction', async () => {
      const el = await list(html`<absch-parties-list sort="date" api-base=${apiBase()}></absch-parties-list>`);
      const dates = visibleRows(el).map(dateOf);
      const firstMissing = dates.indexOf(null);
      const present = dates.slice(0, firstMissing) as string[];
      expect(present.length).to.be.greaterThan(100);
      expect(present).to.deep.equal([...present].sort());
      expect(dates.slice(firstMissing).every((d) => d === null)).to.equal(true);
      expect(headers(el)[2].getAttribute('aria-sort')).to.equal('ascending');

      sortButton(el, 'date').click();
      await el.updateComplete;
      expect(el.sort).to.equal('-date');
      expect(headers(el)[2].getAttribute('aria-sort')).to.equal('descending');
      expect(headers(el)[0].hasAttribute('aria-sort')).to.equal(false);
      const descending = visibleRows(el).map(dateOf);
      const shownDates = descending.filter((d): d is string => d !== null);
      expect(shownDates).to.deep.equal([...shownDates].sort().reverse());
      expect(descending.slice(shownDates.length).every((d) => d === null), 'still last').to.equal(true);
    });

    it('sorts by records, most first when the header is chosen, and keeps focus on the button', async () => {
      const el = await list(html`<absch-parties-list api-base=${apiBase()}></absch-parties-list>`);
      const button = sortButton(el, 'records');
      button.focus();
      button.click();
      await el.updateComplete;
      expect(el.sort).to.equal('-records');
      const counts = visibleRows(el).map((tr) => count(tr, 'records'));
      expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
      expect(codes(el)[0]).to.equal('IN');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(headers(el)[3].getAttribute('aria-sort')).to.equal('descending');
      await expect(el).to.be.accessible();

      el.sort = 'records';
      await el.updateComplete;
      const ascending = visibleRows(el).map((tr) => count(tr, 'records'));
      expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
    });

    it('sorts by name descending with "-name", ties by records in name order', async () => {
      const el = await list(html`<absch-parties-list sort="-name" api-base=${apiBase()}></absch-parties-list>`);
      const shown = names(el);
      expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('en').compare).reverse());
      el.sort = '-records';
      await el.updateComplete;
      const zero = visibleRows(el).filter((tr) => count(tr, 'records') === 0).map((tr) => text(tr.querySelector('[part=name] > span')));
      expect(zero).to.deep.equal([...zero].sort(new Intl.Collator('en').compare));
    });

    it('moves rows instead of re-creating them when sorting and filtering', async () => {
      const el = await list(html`<absch-parties-list api-base=${apiBase()}></absch-parties-list>`);
      const before = new Map(rows(el).map((tr) => [tr.dataset.code!, tr]));
      el.sort = '-records';
      await el.updateComplete;
      el.filter = 'ke';
      await el.updateComplete;
      el.status = 'party';
      await el.updateComplete;
      el.filter = '';
      el.status = '';
      el.sort = 'date';
      await el.updateComplete;
      const after = rows(el);
      expect(after).to.have.length(before.size);
      expect(after.every((tr) => before.get(tr.dataset.code!) === tr), 'the same row elements').to.equal(true);
    });

  });

  describeAttributeWarnings<List>([
    {
      name: 'an unknown sort',
      template: (base) => html`<absch-parties-list sort="population" api-base=${base}></absch-parties-list>`,
      warnings: ['<absch-parties-list>: sort="population" is unknown; known: name, date, records, each with an optional leading "-" (descending). Sorting by name.'],
      fallback: (el) => {
        const shown = names(el);
        expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('en').compare));
      },
    },
    {
      name: 'unknown statuses',
      template: (base) => html`<absch-parties-list status="observer" api-base=${base}></absch-parties-list>`,
      warnings: ['<absch-parties-list>: status has unknown values (observer); known: party, ratified, signatory, non-party.'],
      fallback: async (el) => {
        expect(visibleRows(el), 'every country when no status is known').to.have.length(rows(el).length);
        el.status = 'party observer';
        await el.updateComplete;
        expect(visibleRows(el)).to.have.length(120);
      },
    },
    {
      name: 'unknown columns',
      template: (base) => html`<absch-parties-list columns="name flag" api-base=${base}></absch-parties-list>`,
      warnings: ['<absch-parties-list>: columns has unknown values (flag); known: name, status, date, records, ircc.'],
      fallback: async (el) => {
        expect(headers(el)).to.have.length(1);
        el.columns = 'flag';
        await el.updateComplete;
        expect(headers(el), 'every column when none is known').to.have.length(5);
      },
    },
  ]);

  describe('filters', () => {
    it('lists only the statuses asked for, keeping the totals of all countries', async () => {
      const countries = await countriesFromApi();
      const el = await list(html`<absch-parties-list status="ratified" api-base=${apiBase()}></absch-parties-list>`);
      expect(codes(el)).to.deep.equal([FIXTURES.pendingParty.toUpperCase()]);
      expect(text(part(el, 'totals'))).to.match(/^120 Parties/);
      el.status = 'signatory non-party';
      await el.updateComplete;
      const expected = countries.filter((c) => c.kind === 'signatory' || c.kind === 'non-party').map((c) => c.country.code);
      expect(new Set(codes(el))).to.deep.equal(new Set(expected));
      el.status = 'party';
      await el.updateComplete;
      expect(visibleRows(el)).to.have.length(120);
      expect(visibleRows(el).every((tr) => tr.dataset.status === 'party')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('filters by name without regard to case or accents, and by code', async () => {
      const el = await list(html`<absch-parties-list filter="KENY" api-base=${apiBase()}></absch-parties-list>`);
      expect(codes(el)).to.deep.equal(['KE']);
      el.filter = 'in';
      await el.updateComplete;
      expect(codes(el)).to.include('IN');
      const folded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      expect(names(el).every((name) => folded(name).includes('in'))).to.equal(true);
      el.lang = 'fr';
      el.filter = 'cote';
      await settled(el);
      expect(names(el).some((name) => name.startsWith('Côte'))).to.equal(true);
    });

    it('says so when no country matches, accessibly, and announces the number shown', async () => {
      const el = await list(html`<absch-parties-list api-base=${apiBase()}></absch-parties-list>`);
      el.filter = 'zzzz';
      await el.updateComplete;
      expect(visibleRows(el)).to.have.length(0);
      expect(text(part(el, 'empty'))).to.equal('No country with the chosen status has a name containing “zzzz”.');
      const total = rows(el).length;
      const status = el.shadowRoot!.querySelector('[role=status]')!;
      await waitUntil(() => text(status) === `0 of ${total} countries shown`, 'not announced', { timeout: 3000 });
      await expect(el).to.be.accessible();
    });

    it('shows hostile filter text as text', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const el = await list(html`<absch-parties-list filter=${hostile} api-base=${apiBase()}></absch-parties-list>`);
      expect(text(part(el, 'empty'))).to.equal('No country with the chosen status has a name containing “<img src=x onerror=alert(1)>”.');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('shows a labelled search box with `search` that filters as the user types, announcing after a pause', async () => {
      const el = await list(html`<absch-parties-list search api-base=${apiBase()}></absch-parties-list>`);
      const input = part(el, 'search-input') as HTMLInputElement;
      expect(el.shadowRoot!.querySelector(`label[for=${input.id}]`)).to.exist;
      input.focus();
      input.value = 'ken';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.filter).to.equal('ken');
      expect(codes(el)).to.deep.equal(['KE']);
      expect(el.shadowRoot!.activeElement).to.equal(input);
      const status = el.shadowRoot!.querySelector('[role=status]')!;
      await waitUntil(() => text(status) === `1 of ${rows(el).length} countries shown`, 'not announced', { timeout: 3000 });
      await expect(el).to.be.accessible();
    });
  });

  describe('columns', () => {
    it('shows only the columns asked for, in the standard order', async () => {
      const el = await list(html`<absch-parties-list columns="records name" api-base=${apiBase()}></absch-parties-list>`);
      expect(headers(el).map((th) => th.querySelector('button')?.dataset.sort)).to.deep.equal(['name', 'records']);
      const kenya = row(el, 'KE')!;
      const cells = Array.from(kenya.children).filter((cell) => getComputedStyle(cell).display !== 'none');
      expect(cells.map((cell) => cell.getAttribute('part'))).to.deep.equal(['name', 'records']);
      expect(getComputedStyle(kenya.querySelector('[part=compact]')!).display).to.equal('none');
      await expect(el).to.be.accessible();
    });

  });

  it('stacks status and date under the name in a narrow container', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div class="narrow"><absch-parties-list api-base=${apiBase()}></absch-parties-list></div>`);
    wrapper.style.inlineSize = '300px';
    const el = wrapper.querySelector<List>('absch-parties-list')!;
    await settled(el);
    const kenya = row(el, 'KE')!;
    expect(getComputedStyle(kenya.querySelector('[part=status]')!).display).to.equal('none');
    expect(getComputedStyle(kenya.querySelector('[part=date]')!).display).to.equal('none');
    const compact = kenya.querySelector<HTMLElement>('[part=compact]')!;
    expect(getComputedStyle(compact).display).to.not.equal('none');
    expect(text(compact)).to.equal('Party (ratification) Entry into force: 12 October 2014');
    await expect(el).to.be.accessible();
    wrapper.style.inlineSize = '60rem';
    await aTimeout(50);
    expect(getComputedStyle(compact).display).to.equal('none');
    expect(getComputedStyle(kenya.querySelector('[part=status]')!).display).to.not.equal('none');
  });

  describe('sharing requests', () => {
    it('two lists and a profile of Kenya make four requests in all: the lists share theirs', async () => {
      const since = performance.now();
      const base = apiBase();
      // fixtureSync: fixture() would wait for an animation frame, which a background tab may never get.
      const wrapper = fixtureSync(html`<div>
        <absch-country-profile country="ke" api-base=${base}></absch-country-profile>
        <absch-parties-list api-base=${base}></absch-parties-list>
        <absch-parties-list status="party" sort="-records" columns="name records" api-base=${base}></absch-parties-list>
      </div>`);
      const [a, b] = Array.from(wrapper.querySelectorAll<List>('absch-parties-list'));
      const profile = wrapper.querySelector<AbschCountryProfile>('absch-country-profile')!;
      await settled(a);
      await settled(b);
      await waitUntil(() => profile.shadowRoot?.querySelector('[part=name]'), 'profile did not load', { timeout: 10000 });
      const requests = apiRequestsSince(since).map((entry) => apiPath(entry.name));
      expect(requests.sort()).to.deep.equal(['/api/v2013/countries', '/api/v2013/countries/KE', '/api/v2013/index/select', '/api/v2013/index/select']);
      // the profile and the list agree on Kenya's records
      const profileTotal = text(profile.shadowRoot!.querySelector('[part=total]')).replace(/\D/g, '');
      expect(count(row(a, 'KE')!, 'records')).to.equal(Number(profileTotal));
    });

    it('follows a change of language without a new request, and without new rows', async () => {
      const el = await list(html`<absch-parties-list api-base=${apiBase()}></absch-parties-list>`);
      const kenya = row(el, 'KE');
      const since = performance.now();
      document.documentElement.lang = 'es';
      await waitUntil(() => part(el, 'base')!.getAttribute('lang') === 'es', 'did not switch', { timeout: 5000 });
      await el.localeReady();
      expect(text(row(el, 'KE')!.querySelector('[part=name] > span'))).to.equal('Kenia');
      expect(row(el, 'KE')).to.equal(kenya);
      const shown = names(el);
      expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('es').compare));
      expect(apiRequestsSince(since)).to.have.length(0);
    });
  });

  describeAccessibleStates<List>({
    template: (base) => html`<absch-parties-list search api-base=${base}></absch-parties-list>`,
    skeletons: 11,
  });

  describe('a failing API', () => {
    beforeEach(() => configure({ retries: 0, timeout: 1000 }));

    it('loads again, and only shows the newest answer, when api-base changes in flight', async () => {
      const el = await fixture<List>(html`<absch-parties-list api-base=${apiBase({ status: 500 })}></absch-parties-list>`);
      el.apiBase = apiBase({ delay: 300 });
      await waitUntil(() => part(el, 'table'), 'did not load', { timeout: 5000 });
      await aTimeout(300);
      expect(part(el, 'error')).to.equal(null);
    });
  });

  describeApiFailures<List>({
    template: (base) => html`<absch-parties-list api-base=${base}></absch-parties-list>`,
    retried: ['countries', 'index'],
    loaded: (el) => /^120 Parties/.test(text(part(el, 'totals'))),
    failures: [
      ...answerFailures(),
      ['a pivot answer of the wrong shape', { wrongshape: 1, only: 'index' }, 'The Clearing-House sent an answer that cannot be read.', 200],
    ],
  });

  it('fires absch-load with the counts of all countries', async () => {
    const el = fixture<List>(html`<absch-parties-list status="party" api-base=${apiBase()}></absch-parties-list>`);
    const { detail } = (await oneEvent(document.body, 'absch-load')) as CustomEvent<AbschLoadDetail>;
    await el;
    const countries = await countriesFromApi();
    expect(detail.countries).to.equal(countries.length);
    expect((detail.parties as number) + (detail.ratified as number) + (detail.signatories as number) + (detail.nonParties as number)).to.equal(countries.length);
  });

  describe('languages', () => {
    it('writes Arabic right-to-left, with Arabic names in Arabic order', async () => {
      const el = await list(html`<absch-parties-list lang="ar" search api-base=${apiBase()}></absch-parties-list>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(getComputedStyle(el.shadowRoot!.querySelector('thead th')!).textAlign).to.equal('start');
      expect(text(row(el, 'KE')!.querySelector('[part=name] > span'))).to.equal('كينيا');
      const shown = names(el);
      expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('ar').compare));
      await expect(el).to.be.accessible();
    });

    it('formats dates in the shown language', async () => {
      const el = await list(html`<absch-parties-list lang="fr" api-base=${apiBase()}></absch-parties-list>`);
      expect(text(row(el, 'KE')!.querySelector('[part=date]'))).to.equal('12 octobre 2014');
      expect(text(row(el, 'KE')!.querySelector('[part=name] > span'))).to.equal('Kenya');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
    });
  });

  describe('answer shapes', () => {
    it('takes a list of countries, leaving out entries that are not countries', () => {
      const kenya = { code: 'KE', name: { en: 'Kenya' }, treaties: {} };
      expect(asCountries([kenya, { code: 3 }, null]).map((c) => c.code)).to.deep.equal(['KE']);
      expect(asCountries([])).to.deep.equal([]);
      expect(isShapeError(() => asCountries({ result: 'ok' }))).to.equal(true);
      expect(isShapeError(() => asCountries([{ code: 3 }]))).to.equal(true);
    });

    it('reads the pivot by its key, and refuses a pivot of the wrong shape', () => {
      const answer = (entries: unknown) => ({ facet_counts: { facet_pivot: { 'government_s,schema_s': entries } } });
      const counts = asGovernmentPivot(answer([{ field: 'government_s', value: 'ke', count: 3, pivot: [{ field: 'schema_s', value: 'absPermit', count: 2 }] }]), 'government_s,schema_s');
      expect(counts.get('ke')).to.deep.equal({ total: 3, bySchema: { absPermit: 2 } });
      expect(asGovernmentPivot(answer([]), 'government_s,schema_s').size).to.equal(0);
      expect(isShapeError(() => asGovernmentPivot({ facet_counts: {} }, 'government_s,schema_s'))).to.equal(true);
      expect(isShapeError(() => asGovernmentPivot(answer([{ value: 'ke', count: '3' }]), 'government_s,schema_s'))).to.equal(true);
      expect(isShapeError(() => asGovernmentPivot(answer([{ value: 'ke', count: 3, pivot: [{ value: 1 }] }]), 'government_s,schema_s'))).to.equal(true);
    });
  });
});
