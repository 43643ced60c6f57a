/**
 * Hostile text in every text field that a list shows: mock-api's `hostileTitle` records (a Panama
 * IRCC and an EU measure, both counted in every figure) carry XSS payloads in their title in all
 * six languages, their summary and their other text. Each list brings them on screen: the title is
 * shown as the characters it holds, nothing runs (`window.__xss` is a canary), and nothing in the
 * shadow tree keeps an event handler or a `javascript:`/`data:` URL.
 *
 * Country names too: under mock-api's `hostilenames=1` switch every country name (the countries
 * answers, and the government names of index documents) carries a spreadsheet formula and the same
 * payloads; every element that names a country shows the name as the characters it holds.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/absch-certificate-list.js';
import '../../src/define/absch-country-profile.js';
import '../../src/define/absch-parties-list.js';
import '../../src/define/absch-record.js';
import '../../src/define/absch-search.js';
import '../../src/define/absch-stats.js';
import type { AbschCertificateList } from '../../src/components/certificate-list/certificate-list.js';
import type { AbschCountryProfile } from '../../src/components/country-profile/country-profile.js';
import type { AbschPartiesList } from '../../src/components/parties-list/parties-list.js';
import type { AbschRecord } from '../../src/components/record/record.js';
import type { AbschSearch } from '../../src/components/search/search.js';
import type { AbschStats } from '../../src/components/stats/stats.js';
import { FIXTURES, HOSTILE_NAME, HOSTILE_TEXT } from '../../mock-api/data/fixtures.js';
import { activeAttributes, apiBase, busy, getJson, guardHostPage, indexUrl, PUBLISHED, type AbschTestElement } from '../helpers.js';

type Lang = 'en' | 'ar' | 'es' | 'fr' | 'ru' | 'zh';
const LANGS: readonly Lang[] = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

const root = (el: Element) => el.shadowRoot!;

/** mock-api's own index document of a fixture, every field. */
async function indexDoc(uid: string): Promise<Record<string, unknown>> {
  const { body } = await getJson<{ response: { numFound: number; docs: Record<string, unknown>[] } }>(
    indexUrl({ q: `uniqueIdentifier_s:"${uid.toLowerCase()}"`, fq: PUBLISHED, fl: '*', rows: 1 }),
  );
  expect(body.response.numFound, `${uid} is a current public record`).to.equal(1);
  return body.response.docs[0];
}

const titleIn = (doc: Record<string, unknown>, lang: Lang) => String(doc[`title_${lang.toUpperCase()}_t`]);

/** Elements inside `scope` that the element's own template does not make: they came from record text. */
function foreignElements(scope: Element, allowed: readonly string[]): string[] {
  return Array.from(scope.querySelectorAll('*'))
    .map((node) => node.localName)
    .filter((tag) => !allowed.includes(tag));
}

/** Links may only go to the web. */
function nonWebLinks(shadow: ShadowRoot): string[] {
  return Array.from(shadow.querySelectorAll<HTMLAnchorElement>('a[href]'))
    .map((a) => a.href)
    .filter((href) => !/^https?:\/\//.test(href));
}

/** For a describe block: `window.__xss` counts calls, and a test fails if any payload called it. */
function watchCanary(): void {
  let xssCalls = 0;
  const canary = window as unknown as { __xss?: () => void };

  beforeEach(() => {
    xssCalls = 0;
    canary.__xss = () => xssCalls++;
  });
  afterEach(async () => {
    // an <img onerror> would fire after its failed load: give it time to
    await aTimeout(150);
    expect(xssCalls, 'no payload ran').to.equal(0);
    delete canary.__xss;
  });
}

/** The checks every element gets once its hostile text is on screen. */
function expectInert(el: Element, scope: Element, allowed: readonly string[]): void {
  expect(activeAttributes(root(el)), 'no event handler or script URL in the shadow tree').to.deep.equal([]);
  expect(nonWebLinks(root(el)), 'links go to the web only').to.deep.equal([]);
  expect(foreignElements(scope, allowed), 'no element from the API text').to.deep.equal([]);
}

describe('hostile text in the lists', () => {
  guardHostPage();
  watchCanary();

  describe("mock-api's index", () => {
    for (const uid of [FIXTURES.hostileTitleIrcc, FIXTURES.hostileTitleMeasure]) {
      it(`holds ${uid}: payloads in title_t, title_XX_t, summary_XX_t and text_XX_txt`, async () => {
        const doc = await indexDoc(uid);
        for (const lang of LANGS) {
          expect(titleIn(doc, lang).endsWith(HOSTILE_TEXT.title[lang]), `title_${lang.toUpperCase()}_t`).to.equal(true);
          expect(doc[`text_${lang.toUpperCase()}_txt`], `text_${lang.toUpperCase()}_txt`).to.include(HOSTILE_TEXT.text);
        }
        expect(String(doc.title_t).endsWith(HOSTILE_TEXT.title.en)).to.equal(true);
        for (const lang of ['en', 'fr', 'es']) expect(String(doc[`summary_${lang.toUpperCase()}_t`]), `summary_${lang.toUpperCase()}_t`).to.contain(HOSTILE_TEXT.summary);
      });
    }
  });

  describe('<absch-certificate-list>', () => {
    async function list(lang: Lang, query = ''): Promise<AbschCertificateList> {
      const el = await fixture<AbschCertificateList>(html`<absch-certificate-list lang=${lang} country="pa" query=${query} filters api-base=${apiBase()}></absch-certificate-list>`);
      await waitUntil(() => !busy(el), 'list did not settle', { timeout: 15000 });
      await el.localeReady();
      return el;
    }

    for (const lang of LANGS) {
      it(`shows the title_${lang.toUpperCase()}_t payload of Panama's certificate as text (lang="${lang}")`, async () => {
        const doc = await indexDoc(FIXTURES.hostileTitleIrcc);
        const el = await list(lang);
        const row = root(el).querySelector<HTMLElement>(`[part~=row][data-uid="${FIXTURES.hostileTitleIrcc}"]`);
        expect(row, 'on the first page of Panama').to.exist;
        expect(row!.querySelector('.col-title bdi')!.textContent).to.equal(titleIn(doc, lang));
        expectInert(el, row!, ['th', 'td', 'a', 'span', 'bdi', 'time', 'ul', 'li']);
      });
    }

    it('finds it by its UID in the search box, title as text', async () => {
      const doc = await indexDoc(FIXTURES.hostileTitleIrcc);
      const el = await list('en', FIXTURES.hostileTitleIrcc);
      const rows = Array.from(root(el).querySelectorAll<HTMLElement>('[part~=row]'));
      expect(rows.map((row) => row.dataset.uid)).to.deep.equal([FIXTURES.hostileTitleIrcc]);
      expect(rows[0].querySelector('.col-title bdi')!.textContent).to.equal(titleIn(doc, 'en'));
      expectInert(el, rows[0], ['th', 'td', 'a', 'span', 'bdi', 'time', 'ul', 'li']);
    });
  });

  describe('<absch-search>', () => {
    async function search(lang: Lang, query: string): Promise<AbschSearch> {
      const el = await fixture<AbschSearch>(html`<absch-search lang=${lang} query=${query} api-base=${apiBase()}></absch-search>`);
      await waitUntil(() => !busy(el) && root(el).querySelector('[part~=count], [part~=error], [part~=empty]'), 'search did not settle', { timeout: 15000 });
      await el.localeReady();
      return el;
    }
    const result = (el: Element, uid: string) => root(el).querySelector<HTMLElement>(`[part~=result][data-uid="${uid}"]`);
    const RESULT_TAGS = ['h3', 'a', 'mark', 'p', 'span', 'time', 'bdi'];

    for (const uid of [FIXTURES.hostileTitleIrcc, FIXTURES.hostileTitleMeasure]) {
      for (const lang of LANGS) {
        it(`shows ${uid} by its UID: title_${lang.toUpperCase()}_t as text, summary without markup (lang="${lang}")`, async () => {
          const doc = await indexDoc(uid);
          const el = await search(lang, uid);
          const found = result(el, uid);
          expect(found, 'among the results').to.exist;
          expect(found!.querySelector('[part~=title] a')!.textContent).to.equal(titleIn(doc, lang));
          const summary = found!.querySelector('[part~=summary]');
          if (summary) expect(summary.querySelector('*:not(mark)'), 'the summary is text (and marks)').to.equal(null);
          expectInert(el, found!, RESULT_TAGS);
        });
      }
    }

    it('shows the summary payload of the certificate as text: the words are there, the markup is not', async () => {
      const el = await search('en', FIXTURES.hostileTitleIrcc);
      const summary = result(el, FIXTURES.hostileTitleIrcc)!.querySelector('[part~=summary]')!;
      expect(summary.textContent).to.contain('Annex');
      expect(summary.textContent).to.not.contain('<');
      expectInert(el, result(el, FIXTURES.hostileTitleIrcc)!, RESULT_TAGS);
    });

    // A word of the title is highlighted by the API: the title must still be shown whole, as text.
    const titleWords: [string, string, Lang][] = [
      [FIXTURES.hostileTitleIrcc, 'DAPB-001-2016', 'en'],
      [FIXTURES.hostileTitleIrcc, 'Autorisation DAPB-001-2016', 'fr'],
      [FIXTURES.hostileTitleMeasure, 'Regulation 511/2014', 'en'],
      [FIXTURES.hostileTitleMeasure, 'Regulation 511/2014', 'ru'],
    ];
    for (const [uid, words, lang] of titleWords) {
      it(`shows ${uid} found by “${words}” (lang="${lang}") with its whole title as text, the words marked`, async () => {
        const doc = await indexDoc(uid);
        const el = await search(lang, words);
        const found = result(el, uid);
        expect(found, 'among the results').to.exist;
        const link = found!.querySelector('[part~=title] a')!;
        expect(link.textContent).to.equal(titleIn(doc, lang));
        expect(link.querySelector('mark'), 'a searched word is marked').to.exist;
        expectInert(el, found!, RESULT_TAGS);
      });
    }
  });

  describe('<absch-country-profile>', () => {
    for (const lang of LANGS) {
      it(`lists the EU's hostile measure among the latest records, title_${lang.toUpperCase()}_t as text (lang="${lang}")`, async () => {
        const doc = await indexDoc(FIXTURES.hostileTitleMeasure);
        const el = await fixture<AbschCountryProfile>(html`<absch-country-profile lang=${lang} country="eu" max-per-type="10" api-base=${apiBase()}></absch-country-profile>`);
        await waitUntil(() => !busy(el) && root(el).querySelector('[part~=counts]'), 'profile did not settle', { timeout: 15000 });
        await el.localeReady();
        const link = root(el).querySelector<HTMLAnchorElement>(`[part~=record] a[href$="/${FIXTURES.hostileTitleMeasure}"]`);
        expect(link, 'among the latest measures').to.exist;
        expect(link!.textContent).to.equal(titleIn(doc, lang));
        expectInert(el, link!.closest('[part~=record]')!, ['a', 'time']);
      });
    }
  });
});

describe('hostile country names (mock-api hostilenames=1)', () => {
  guardHostPage();
  watchCanary();

  /** The two languages every element is tried in: left to right, and right to left. */
  const NAME_LANGS: readonly Lang[] = ['en', 'ar'];
  const hostile = () => apiBase({ hostilenames: 1 });

  /** mock-api's own country, names in every language, with or without the switch. */
  async function country(code: string, base = hostile()): Promise<Record<Lang, string>> {
    const { status, body } = await getJson<{ name: Record<Lang, string> }>(`${base}/api/v2013/countries/${code.toUpperCase()}`);
    expect(status).to.equal(200);
    return body.name;
  }

  /** The government name of an index document, as the lists and results read it (`government_XX_s`). */
  async function governmentName(uid: string, lang: Lang): Promise<string> {
    const field = `government_${lang.toUpperCase()}_s`;
    const url = new URL(indexUrl({ q: `uniqueIdentifier_s:"${uid.toLowerCase()}"`, fq: PUBLISHED, fl: field, rows: 1 }));
    const { body } = await getJson<{ response: { docs: Record<string, string>[] } }>(`${hostile()}${url.pathname}${url.search}`);
    return body.response.docs[0][field];
  }

  async function settledIn<T extends AbschTestElement>(template: ReturnType<typeof html>, ready: (el: T) => unknown = () => true): Promise<T> {
    const el = await fixture<T>(template);
    await waitUntil(() => !busy(el) && ready(el), `<${el.localName}> did not settle`, { timeout: 15000 });
    await el.localeReady();
    return el;
  }

  describe("mock-api's answers", () => {
    it('append the payloads to every name, in every language, after a formula; without the switch the names are plain', async () => {
      const plain = await country('KE', apiBase());
      const names = await country('KE');
      const { body: list } = await getJson<{ code: string; name: Record<Lang, string> }[]>(`${hostile()}/api/v2013/countries`);
      for (const lang of LANGS) {
        expect(names[lang], lang).to.equal(`${HOSTILE_NAME.formula[lang]} ${plain[lang]}${HOSTILE_TEXT.title[lang]}`);
        expect(list.find((item) => item.code === 'KE')!.name[lang], `${lang} in the list`).to.equal(names[lang]);
        expect(await governmentName(FIXTURES.hostileTitleIrcc, lang), `government_${lang.toUpperCase()}_s`).to.equal(
          `${HOSTILE_NAME.formula[lang]} ${(await country('PA', apiBase()))[lang]}${HOSTILE_TEXT.title[lang]}`,
        );
      }
    });
  });

  for (const lang of NAME_LANGS) {
    describe(`lang="${lang}"`, () => {
      it("<absch-country-profile> shows the country's name as text, in its heading and its announcement", async () => {
        const name = (await country('KE'))[lang];
        const el = await settledIn<AbschCountryProfile>(html`<absch-country-profile lang=${lang} country="ke" api-base=${hostile()}></absch-country-profile>`, (el) =>
          root(el).querySelector('[part~=name]'),
        );
        const heading = root(el).querySelector('[part~=name]')!;
        expect(heading.textContent).to.equal(name);
        // The first load is not announced: the same country asked for again (in capitals) is.
        el.country = 'KE';
        await waitUntil(() => root(el).querySelector('[role=status]')!.textContent, 'not announced', { timeout: 10000 });
        expect(root(el).querySelector('[role=status]')!.textContent).to.contain(name);
        expectInert(el, heading, []);
        expectInert(el, root(el).querySelector('[role=status]')!, []);
      });

      it('<absch-parties-list> shows every name as text, in its row', async () => {
        const { body: countries } = await getJson<{ code: string; name: Record<Lang, string> }[]>(`${hostile()}/api/v2013/countries`);
        const el = await settledIn<AbschPartiesList>(html`<absch-parties-list lang=${lang} api-base=${hostile()}></absch-parties-list>`, (el) =>
          root(el).querySelector('[part~=row]'),
        );
        const rows = Array.from(root(el).querySelectorAll<HTMLElement>('[part~=row]'));
        expect(rows.length).to.be.above(100);
        for (const row of rows) {
          const expected = countries.find((item) => item.code === row.dataset.code)!.name[lang];
          expect(row.querySelector('[part~=name] > span')!.textContent, row.dataset.code).to.equal(expected);
          expect(foreignElements(row.querySelector('[part~=name]')!, ['span']), row.dataset.code).to.deep.equal([]);
        }
        expectInert(el, root(el).querySelector('tbody')!, ['tr', 'th', 'td', 'span', 'a', 'time']);
      });

      it("<absch-record> shows the record's government as text", async () => {
        const name = (await country('IN'))[lang];
        const el = await settledIn<AbschRecord>(html`<absch-record lang=${lang} uid=${FIXTURES.indiaIrcc} api-base=${hostile()}></absch-record>`, (el) =>
          root(el).querySelector('[part~=title]'),
        );
        const value = root(el).querySelector('[part~=field][data-field=government] [part~=value]');
        expect(value, 'the government field').to.exist;
        expect(value!.textContent!.trim()).to.equal(name.trim());
        expect(value!.textContent).to.contain(name);
        expectInert(el, value!, ['span']);
      });

      it("<absch-certificate-list> shows each certificate's country as text", async () => {
        const name = await governmentName(FIXTURES.hostileTitleIrcc, lang);
        const el = await settledIn<AbschCertificateList>(html`<absch-certificate-list lang=${lang} country="pa ke" api-base=${hostile()}></absch-certificate-list>`, (el) =>
          root(el).querySelector('[part~=row]'),
        );
        const rows = Array.from(root(el).querySelectorAll<HTMLElement>('[part~=row]'));
        const cells = rows.map((row) => row.querySelector('.col-country')!);
        expect(cells.map((cell) => cell.textContent)).to.include(name);
        for (const cell of cells) expect(foreignElements(cell, ['span', 'bdi'])).to.deep.equal([]);
        expectInert(el, root(el).querySelector('tbody')!, ['tr', 'th', 'td', 'a', 'span', 'bdi', 'time', 'ul', 'li']);
      });

      it('<absch-stats> shows the country names of a country chart as text: bars, table and summary', async () => {
        const { body: countries } = await getJson<{ code: string; name: Record<Lang, string> }[]>(`${hostile()}/api/v2013/countries`);
        const nameOf = (key: string) => countries.find((item) => item.code === key.toUpperCase())!.name[lang];
        const el = await settledIn<AbschStats>(html`<absch-stats lang=${lang} view="ircc-by-country" show-table api-base=${hostile()}></absch-stats>`, (el) =>
          root(el).querySelector('[part~=chart]'),
        );
        const rows = Array.from(root(el).querySelectorAll<HTMLElement>('tbody tr'));
        expect(rows.length).to.be.above(1);
        for (const row of rows) expect(row.querySelector('th')!.textContent, row.dataset.key).to.equal(nameOf(row.dataset.key!));
        for (const bar of Array.from(root(el).querySelectorAll<SVGGElement>('svg [part~=bar]'))) {
          const name = nameOf(bar.dataset.key!);
          expect(bar.querySelector('.label')!.textContent!.replace(/\s+/g, ''), bar.dataset.key).to.equal(name.replace(/\s+/g, ''));
          expect(bar.getAttribute('aria-label'), bar.dataset.key).to.contain(name);
        }
        expect(root(el).querySelector('[part~=summary]')!.textContent).to.contain(nameOf(rows[0].dataset.key!));
        expectInert(el, root(el).querySelector('tbody')!, ['tr', 'th', 'td']);
        expectInert(el, root(el).querySelector('svg[part~=chart]')!, ['g', 'rect', 'text', 'tspan']);
        expectInert(el, root(el).querySelector('[part~=summary]')!, []);
      });

      it('<absch-search> shows the country of each result and the country facet as text', async () => {
        const el = await settledIn<AbschSearch>(html`<absch-search lang=${lang} query=${FIXTURES.hostileTitleIrcc} api-base=${hostile()}></absch-search>`, (el) =>
          root(el).querySelector(`[part~=facet][data-facet=country] [part~=facet-option]`),
        );
        const result = root(el).querySelector(`[part~=result][data-uid="${FIXTURES.hostileTitleIrcc}"]`);
        expect(result, 'among the results').to.exist;
        expect(result!.querySelector('[part~=country]')!.textContent).to.equal(await governmentName(FIXTURES.hostileTitleIrcc, lang));
        const option = root(el).querySelector('[part~=facet-option][data-value=pa] .name');
        expect(option!.textContent).to.equal((await country('PA'))[lang]);
        expectInert(el, result!, ['h3', 'a', 'mark', 'p', 'span', 'time', 'bdi']);
        expectInert(el, root(el).querySelector('[part~=facet][data-facet=country]')!, ['legend', 'ul', 'li', 'label', 'input', 'span', 'div']);
      });
    });
  }
});

describe('a hostile link-target', () => {
  guardHostPage();
  watchCanary();
  const warnings: string[] = [];
  let warn: typeof console.warn;
  beforeEach(() => {
    warnings.length = 0;
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => (console.warn = warn));

  const ELEMENTS: [string, (target: string) => ReturnType<typeof html>][] = [
    ['absch-country-profile', (target) => html`<absch-country-profile country="KE" link-target=${target} api-base=${apiBase()}></absch-country-profile>`],
    ['absch-certificate-list', (target) => html`<absch-certificate-list country="IN" link-target=${target} api-base=${apiBase()}></absch-certificate-list>`],
    ['absch-parties-list', (target) => html`<absch-parties-list link-target=${target} api-base=${apiBase()}></absch-parties-list>`],
    ['absch-record', (target) => html`<absch-record uid=${FIXTURES.indiaIrcc} link-target=${target} api-base=${apiBase()}></absch-record>`],
    ['absch-search', (target) => html`<absch-search query="genetic" link-target=${target} api-base=${apiBase()}></absch-search>`],
  ];
  /** The distinct `target`s of the links the element drew to the portal (record text and in-page links aside). */
  const targets = (el: Element) => [...new Set(Array.from(root(el).querySelectorAll('a[href^="https://absch.cbd.int/"]'), (a) => a.getAttribute('target')))];

  for (const [tag, template] of ELEMENTS) {
    it(`<${tag}> opens its links in place for a scheme or markup, with a warning, and in the named window for a name`, async () => {
      const hostile = await fixture<AbschTestElement>(template('javascript:window.__xss()'));
      await waitUntil(() => !busy(hostile) && targets(hostile).length > 0, `<${tag}> drew no link`, { timeout: 15000 });
      expect(targets(hostile), 'no target on any link').to.deep.equal([null]);
      expect(activeAttributes(root(hostile))).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes(`<${tag}>: link-target="javascript:window.__xss()" is not a window name`))).to.have.length(1);

      const named = await fixture<AbschTestElement>(template('_blank'));
      await waitUntil(() => !busy(named) && targets(named).length > 0, `<${tag}> drew no link`, { timeout: 15000 });
      expect(targets(named)).to.deep.equal(['_blank']);
    });
  }
});
