/**
 * Hostile text in every text field that a list shows: mock-api's `hostileTitle` records (a Panama
 * IRCC and an EU measure, both counted in every figure) carry XSS payloads in their title in all
 * six languages, their summary and their other text. Each list brings them on screen: the title is
 * shown as the characters it holds, nothing runs (`window.__xss` is a canary), and nothing in the
 * shadow tree keeps an event handler or a `javascript:`/`data:` URL.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/absch-certificate-list.js';
import '../../src/define/absch-country-profile.js';
import '../../src/define/absch-search.js';
import { publishedFilters } from '../../src/api/queries/common.js';
import type { AbschCertificateList } from '../../src/components/certificate-list/certificate-list.js';
import type { AbschCountryProfile } from '../../src/components/country-profile/country-profile.js';
import type { AbschSearch } from '../../src/components/search/search.js';
import { FIXTURES, HOSTILE_TEXT } from '../../mock-api/data/fixtures.js';
import { apiBase, getJson, guardHostPage, indexUrl } from '../helpers.js';

type Lang = 'en' | 'ar' | 'es' | 'fr' | 'ru' | 'zh';
const LANGS: readonly Lang[] = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

const root = (el: Element) => el.shadowRoot!;
const busy = (el: Element) => root(el).querySelector('[part~=base]')?.getAttribute('aria-busy') !== 'false';

/** mock-api's own index document of a fixture, every field. */
async function indexDoc(uid: string): Promise<Record<string, unknown>> {
  const { body } = await getJson<{ response: { numFound: number; docs: Record<string, unknown>[] } }>(
    indexUrl({ q: `uniqueIdentifier_s:"${uid.toLowerCase()}"`, fq: publishedFilters(), fl: '*', rows: 1 }),
  );
  expect(body.response.numFound, `${uid} is a current public record`).to.equal(1);
  return body.response.docs[0];
}

const titleIn = (doc: Record<string, unknown>, lang: Lang) => String(doc[`title_${lang.toUpperCase()}_t`]);

/**
 * Everything in the shadow tree that could run script: an event-handler attribute, or an attribute
 * whose value is a `javascript:`, `vbscript:` or `data:` URL (control characters and white space
 * removed first, as URL parsing does).
 */
function activeAttributes(shadow: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of Array.from(shadow.querySelectorAll('*'))) {
    for (const attribute of Array.from(node.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`<${node.localName} ${attribute.name}>`);
      // eslint-disable-next-line no-control-regex
      if (/^(?:javascript|vbscript|data):/i.test(attribute.value.replace(/[\u0000-\u0020]/g, ''))) found.push(`<${node.localName} ${attribute.name}="${attribute.value}">`);
    }
  }
  return found;
}

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

describe('hostile text in the lists', () => {
  guardHostPage();
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

  /** The checks every list gets once its hostile record is on screen. */
  function expectInert(el: Element, scope: Element, allowed: readonly string[]): void {
    expect(activeAttributes(root(el)), 'no event handler or script URL in the shadow tree').to.deep.equal([]);
    expect(nonWebLinks(root(el)), 'links go to the web only').to.deep.equal([]);
    expect(foreignElements(scope, allowed), 'no element from the record text').to.deep.equal([]);
  }

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
