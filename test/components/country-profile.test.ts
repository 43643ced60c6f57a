import type { TemplateResult } from 'lit';
import { aTimeout, elementUpdated, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/absch-country-profile.js';
import { NATIONAL_SCHEMAS } from '../../src/api/fields.js';
import { configure } from '../../src/base/config.js';
import type { AbschErrorDetail } from '../../src/base/events.js';
import type { AbschCountryProfile } from '../../src/components/country-profile/country-profile.js';
import { RECORD_TYPES } from '../../src/data/record-types.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { apiBase, apiRequestsSince, facetObject, getJson, indexUrl, guardHostPage, part, parts, PUBLISHED, rendered, text } from '../helpers.js';
import { describeAccessibleStates, describeApiFailures, describeAttributeWarnings } from '../suites.js';

type Profile = AbschCountryProfile;

/** Renders a profile and waits for its first load to finish, successfully or not. */
const profile = (template: TemplateResult) => rendered<Profile>(template);

/** mock-api's own count of published national records of one government, per type. */
async function countsFromApi(government: string): Promise<Record<string, number>> {
  const { body } = await getJson<{ facet_counts: { facet_fields: { schema_s: unknown[] } } }>(
    indexUrl({ q: `government_s:${government}`, fq: PUBLISHED, rows: 0, facet: true, 'facet.field': 'schema_s', 'facet.limit': -1 }),
  );
  return facetObject(body.facet_counts.facet_fields.schema_s);
}

function shownCounts(el: Element): Record<string, number> {
  return Object.fromEntries(parts(el, 'type').map((type) => [type.dataset.schema!, Number(text(type.querySelector('[part=count]')).replace(/\D/g, ''))]));
}

describe('<absch-country-profile>', () => {
  guardHostPage();

  describe('a Party with many records (Kenya)', () => {
    it("shows its name, status, every type's count as mock-api counts them, and the total", async () => {
      const since = performance.now();
      const el = await profile(html`<absch-country-profile country="KE" api-base=${apiBase()}></absch-country-profile>`);
      expect(apiRequestsSince(since)).to.have.length(2);
      expect(text(part(el, 'name'))).to.equal('Kenya');
      expect(text(part(el, 'status'))).to.equal('Party to the Nagoya Protocol since 12 October 2014 (ratification)');
      const expected = await countsFromApi('ke');
      const shown = shownCounts(el);
      expect(Object.keys(shown)).to.deep.equal([...NATIONAL_SCHEMAS]);
      for (const schema of NATIONAL_SCHEMAS) expect(shown[schema], schema).to.equal(expected[schema] ?? 0);
      const total = NATIONAL_SCHEMAS.reduce((sum, schema) => sum + (expected[schema] ?? 0), 0);
      expect(text(part(el, 'total'))).to.equal(`${total} national records published`);
      await expect(el).to.be.accessible();
    });

    it('names each type officially, links it to its list on the portal, and reads the count with the type', async () => {
      const el = await profile(html`<absch-country-profile country="ke" api-base=${apiBase()}></absch-country-profile>`);
      const cna = el.shadowRoot!.querySelector('[data-schema=authority]')!;
      const link = cna.querySelector<HTMLAnchorElement>('[part=type-link]')!;
      expect(text(link)).to.equal(RECORD_TYPES.authority.title.en);
      expect(link.href).to.equal('https://absch.cbd.int/en/search?schema=authority&country=ke');
      expect(link.getAttribute('aria-label')).to.match(/^Competent National Authority: \d+ records?$/);
    });

    it('lists at most max-per-type latest records per type, newest first, each linked to the portal', async () => {
      const el = await profile(html`<absch-country-profile country="ke" max-per-type="2" api-base=${apiBase()} portal-base="https://portal.example"></absch-country-profile>`);
      const permits = el.shadowRoot!.querySelector('[data-schema=absPermit]')!;
      const records = Array.from(permits.querySelectorAll('[part=record]'));
      expect(records).to.have.length(2);
      const links = records.map((r) => r.querySelector('a')!);
      expect(links[0].href).to.match(/^https:\/\/portal\.example\/en\/database\/IRCC\/ABSCH-IRCC-KE-\d+-\d+$/);
      const dates = records.map((r) => r.querySelector('time')!.getAttribute('datetime')!);
      expect(dates[0] >= dates[1]).to.equal(true);
    });
  });

  it("shows India's 741 certificates", async () => {
    const el = await profile(html`<absch-country-profile country="in" api-base=${apiBase()}></absch-country-profile>`);
    expect(shownCounts(el).absPermit).to.equal(741);
    expect(text(part(el, 'name'))).to.equal('India');
  });

  it('shows a non-Party with no records: its status, and every type at zero', async () => {
    const el = await profile(html`<absch-country-profile country=${FIXTURES.nonParty} api-base=${apiBase()}></absch-country-profile>`);
    expect(text(part(el, 'status'))).to.equal('Not a Party to the Nagoya Protocol');
    expect(Object.values(shownCounts(el)).every((n) => n === 0)).to.equal(true);
    expect(text(part(el, 'total'))).to.equal('0 national records published');
    expect(parts(el, 'type').every((type) => type.hasAttribute('data-empty'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('hides types with no record under hide-empty', async () => {
    const el = await profile(html`<absch-country-profile country="in" hide-empty api-base=${apiBase()}></absch-country-profile>`);
    const counts = Object.values(shownCounts(el));
    expect(counts.length).to.be.greaterThan(0).and.below(NATIONAL_SCHEMAS.length);
    expect(counts.every((n) => n > 0)).to.equal(true);
  });

  it('says when the Protocol enters into force for a country that ratified less than 90 days ago', async () => {
    const { body: country } = await getJson<{ treaties: { XXVII8b: { deposit: string } } }>(`/api/v2013/countries/${FIXTURES.pendingParty.toUpperCase()}`);
    const entry = new Date(Date.parse(`${country.treaties.XXVII8b.deposit}T00:00:00Z`) + 90 * 86_400_000);
    const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(entry);
    const el = await profile(html`<absch-country-profile country=${FIXTURES.pendingParty} api-base=${apiBase()}></absch-country-profile>`);
    expect(text(part(el, 'status'))).to.equal(`Ratified the Nagoya Protocol; it enters into force for this country on ${date}`);
  });

  it('shows a signatory as such', async () => {
    const el = await profile(html`<absch-country-profile country=${FIXTURES.signatory} sections="status" api-base=${apiBase()}></absch-country-profile>`);
    expect(text(part(el, 'status'))).to.equal('Signatory to the Nagoya Protocol, not a Party');
  });

  it('shows the European Union as a Party', async () => {
    const el = await profile(html`<absch-country-profile country="eu" api-base=${apiBase()}></absch-country-profile>`);
    expect(text(part(el, 'name'))).to.equal('European Union');
    expect(text(part(el, 'status'))).to.equal('Party to the Nagoya Protocol since 12 October 2014 (approval)');
  });

  it("names the instrument the treaty record gives: accession and acceptance are not ratification", async () => {
    const { body: albania } = await getJson<{ treaties: { XXVII8b: { instrument: string } } }>('/api/v2013/countries/AL');
    const { body: japan } = await getJson<{ treaties: { XXVII8b: { instrument: string } } }>('/api/v2013/countries/JP');
    expect([albania.treaties.XXVII8b.instrument, japan.treaties.XXVII8b.instrument]).to.deep.equal(['accession', 'acceptance']);
    const al = await profile(html`<absch-country-profile country="al" sections="status" api-base=${apiBase()}></absch-country-profile>`);
    expect(text(part(al, 'status'))).to.equal('Party to the Nagoya Protocol since 12 October 2014 (accession)');
    const jp = await profile(html`<absch-country-profile country="jp" sections="status" api-base=${apiBase()}></absch-country-profile>`);
    expect(text(part(jp, 'status'))).to.match(/^Party to the Nagoya Protocol since \d+ \w+ 2017 \(acceptance\)$/);
    const ru = await profile(html`<absch-country-profile lang="ru" country="al" sections="status" api-base=${apiBase()}></absch-country-profile>`);
    expect(text(part(ru, 'status'))).to.equal('Сторона Нагойского протокола с 12 октября 2014 г. (присоединение)');
    const zh = await profile(html`<absch-country-profile lang="zh" country="eu" sections="status" api-base=${apiBase()}></absch-country-profile>`);
    expect(text(part(zh, 'status'))).to.equal('自2014年10月12日起为《名古屋议定书》缔约方（核准）');
    await expect(al).to.be.accessible();
  });

  describe('sections', () => {
    it('status alone makes one request and shows no counts', async () => {
      const since = performance.now();
      const el = await profile(html`<absch-country-profile country="ke" sections="status" api-base=${apiBase()}></absch-country-profile>`);
      expect(part(el, 'status')).to.exist;
      expect(part(el, 'counts')).to.equal(null);
      expect(part(el, 'total')).to.equal(null);
      expect(apiRequestsSince(since)).to.have.length(1);
    });

    it('counts without latest shows no record lists', async () => {
      const el = await profile(html`<absch-country-profile country="ke" sections="counts" api-base=${apiBase()}></absch-country-profile>`);
      expect(part(el, 'status')).to.equal(null);
      expect(parts(el, 'type').length).to.equal(NATIONAL_SCHEMAS.length);
      expect(parts(el, 'record')).to.have.length(0);
    });

  });

  describeAttributeWarnings<Profile>([
    {
      name: 'unknown sections and a negative max-per-type',
      template: (base) => html`<absch-country-profile country="ke" sections="bogus" max-per-type="-3" api-base=${base}></absch-country-profile>`,
      warnings: [
        '<absch-country-profile>: sections has unknown values (bogus); known: status, counts, latest.',
        '<absch-country-profile>: max-per-type="-3" is not a whole number from 0 to 10; using 0.',
      ],
      fallback: (el) => {
        expect(part(el, 'status'), 'every section').to.exist;
        expect(part(el, 'counts')).to.exist;
        expect(parts(el, 'record')).to.have.length(0);
      },
    },
  ]);

  describe('bad input', () => {
    for (const code of ['k', 'ke) OR *:*', '', '"><img src=x onerror=alert(1)>', 'kenya']) {
      it(`rejects ${JSON.stringify(code)} before any request, with a clear message and absch-error`, async () => {
        const since = performance.now();
        const errors: AbschErrorDetail[] = [];
        const el = await profile(html`<absch-country-profile country=${code} api-base=${apiBase()} @absch-error=${(e: CustomEvent<AbschErrorDetail>) => errors.push(e.detail)}></absch-country-profile>`);
        const message = text(part(el, 'error'));
        expect(message).to.equal(code === '' ? 'No country is set. Give a two-letter country code, such as “ke” for Kenya.' : `“${code}” is not a two-letter country code.`);
        expect(part(el, 'retry')).to.equal(null);
        expect(errors).to.deep.equal([{ status: 0, kind: 'invalid-input', message }]);
        expect(apiRequestsSince(since)).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('says that an unknown code is unknown, with status 404', async () => {
      const el = fixture<Profile>(html`<absch-country-profile country="qq" api-base=${apiBase()}></absch-country-profile>`);
      const { detail } = (await oneEvent(document.body, 'absch-error')) as CustomEvent<AbschErrorDetail>;
      expect(detail.status).to.equal(404);
      const shown = await el;
      await elementUpdated(shown);
      expect(text(part(shown, 'error'))).to.equal('The Clearing-House knows no country with the code “QQ”.');
      await expect(shown).to.be.accessible();
    });
  });

  describe('a failing API', () => {
    beforeEach(() => configure({ retries: 0, timeout: 1000 }));

    it('retries a 503 by itself before giving up', async () => {
      configure({ retries: 2 });
      const el = await profile(html`<absch-country-profile country="ke" api-base=${apiBase({ status: 503, times: 2, only: 'countries' })}></absch-country-profile>`);
      expect(text(part(el, 'name'))).to.equal('Kenya');
    });

  });

  describeApiFailures<Profile>({
    template: (base) => html`<absch-country-profile country="ke" api-base=${base}></absch-country-profile>`,
    retried: ['countries', 'index'],
    loaded: (el) => text(part(el, 'name')) === 'Kenya',
  });

  it('renders only the newest answer when the country changes while a request is in flight', async () => {
    const el = await fixture<Profile>(html`<absch-country-profile country="in" api-base=${apiBase({ delay: 800 })}></absch-country-profile>`);
    await aTimeout(50);
    el.apiBase = apiBase();
    el.country = 'ke';
    await waitUntil(() => text(part(el, 'name')) === 'Kenya', 'Kenya did not render', { timeout: 5000 });
    await aTimeout(1200);
    expect(text(part(el, 'name'))).to.equal('Kenya');
  });

  it('shares requests: two profiles of one country make two requests in all', async () => {
    const since = performance.now();
    const base = apiBase();
    // fixtureSync: fixture() would wait for an animation frame, which a background tab may never get.
    const el = fixtureSync(html`<div>
      <absch-country-profile country="ke" api-base=${base}></absch-country-profile>
      <absch-country-profile country="KE" api-base=${base}></absch-country-profile>
    </div>`);
    const [a, b] = Array.from(el.querySelectorAll<Profile>('absch-country-profile'));
    await waitUntil(() => part(a, 'name') && part(b, 'name'), 'profiles did not load', { timeout: 10000 });
    expect(apiRequestsSince(since)).to.have.length(2);
  });

  it('fires a cancelable absch-select so the host can open a record in place', async () => {
    const el = await profile(html`<absch-country-profile country="ke" api-base=${apiBase()}></absch-country-profile>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-schema=absPermit] [part=record] a')!;
    setTimeout(() => link.click());
    el.addEventListener('absch-select', (event) => event.preventDefault(), { once: true });
    const event = (await oneEvent(el, 'absch-select')) as CustomEvent<{ uid: string; schema: string; url: string }>;
    expect(event.defaultPrevented).to.equal(true);
    expect(event.detail.schema).to.equal('absPermit');
    expect(event.detail.uid).to.match(/^ABSCH-IRCC-KE-\d+-\d+$/);
    expect(event.detail.url).to.equal(link.href);
  });

  describeAccessibleStates<Profile>({
    template: (base) => html`<absch-country-profile country="ke" api-base=${base}></absch-country-profile>`,
    skeletons: NATIONAL_SCHEMAS.length + 1,
    empty: {
      template: (base) => html`<absch-country-profile country=${FIXTURES.partyWithNoRecords} hide-empty api-base=${base}></absch-country-profile>`,
      shown: (el) => part(el, 'status') && parts(el, 'record').length === 0,
    },
  });

  describe('languages', () => {
    it('speaks French: country name from the API, interface strings and official type names', async () => {
      const el = await profile(html`<absch-country-profile lang="fr" country="in" api-base=${apiBase()}></absch-country-profile>`);
      expect(text(part(el, 'name'))).to.equal('Inde');
      expect(text(part(el, 'status'))).to.match(/^Partie au Protocole de Nagoya depuis le \d+ \S+ \d{4} \(ratification\)$/);
      expect(text(el.shadowRoot!.querySelector('[data-schema=authority] .type-name'))).to.equal(RECORD_TYPES.authority.title.fr);
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('fr');
    });

    it('writes Arabic right-to-left with the official Arabic type names', async () => {
      const el = await profile(html`<absch-country-profile lang="ar" country="ke" api-base=${apiBase()}></absch-country-profile>`);
      const base = part(el, 'base')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(text(el.shadowRoot!.querySelector('[data-schema=authority] .type-name'))).to.equal(RECORD_TYPES.authority.title.ar);
      expect(text(part(el, 'name'))).to.equal('كينيا');
      await expect(el).to.be.accessible();
    });

    const STATUS_SINCE: Record<string, RegExp> = {
      ar: /^طرف في بروتوكول ناغويا منذ/,
      es: /^Parte en el Protocolo de Nagoya desde/,
      fr: /^Partie au Protocole de Nagoya depuis/,
      ru: /Нагойского протокола/,
      zh: /《名古屋议定书》缔约方/,
    };
    for (const [lang, status] of Object.entries(STATUS_SINCE)) {
      it(`speaks ${lang}: status, total and official type names`, async () => {
        const el = await profile(html`<absch-country-profile lang=${lang} country="ke" api-base=${apiBase()}></absch-country-profile>`);
        const locale = lang as 'ar' | 'es' | 'fr' | 'ru' | 'zh';
        expect(text(part(el, 'status'))).to.match(status);
        expect(text(part(el, 'total'))).not.to.contain('national records published');
        for (const schema of ['authority', 'absPermit', 'absCheckpointCommunique'] as const) {
          expect(text(el.shadowRoot!.querySelector(`[data-schema=${schema}] .type-name`))).to.equal(RECORD_TYPES[schema].title[locale]);
        }
      });
    }

    it('follows a change of <html lang> without a new request', async () => {
      const el = await profile(html`<absch-country-profile country="in" api-base=${apiBase()}></absch-country-profile>`);
      const since = performance.now();
      document.documentElement.lang = 'es';
      await waitUntil(() => text(part(el, 'name')) === 'India' && part(el, 'base')!.getAttribute('lang') === 'es', 'did not switch', { timeout: 5000 });
      await el.localeReady();
      expect(text(el.shadowRoot!.querySelector('[data-schema=authority] .type-name'))).to.equal(RECORD_TYPES.authority.title.es);
      expect(apiRequestsSince(since)).to.have.length(0);
    });

    it('marks a title shown in another language than the page asked for', async () => {
      const el = await profile(html`<absch-country-profile lang="ru" country="ke" max-per-type="10" api-base=${apiBase()}></absch-country-profile>`);
      const link = Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[data-schema=measure] [part=record] a')).find((a) =>
        a.href.endsWith(`/${FIXTURES.spanishOnlyTitle}`),
      );
      expect(link, 'the Spanish-only measure is among the latest ten').to.exist;
      expect(link!.getAttribute('lang')).to.equal('es');
      // A certificate without a title shows its permit reference, which is in no language.
      const permit = el.shadowRoot!.querySelector('[data-schema=absPermit] [part=record] a')!;
      expect(permit.getAttribute('lang')).to.equal(null);
    });
  });
});
