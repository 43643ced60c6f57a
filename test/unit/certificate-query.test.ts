import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildUrl } from '../../src/api/client.js';
import { CERTIFICATE_WORD_LIMITS, certificatePageQuery, SUBJECT_NAMES, USAGES, type CertificateFilters } from '../../src/api/queries/certificates.js';
import { freeTextWords, MAX_URL_LENGTH } from '../../src/api/solr-text.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { getJson } from '../helpers.js';

const filters = (over: Partial<CertificateFilters> = {}): CertificateFilters => ({ governments: [], usages: [], subjects: [], query: '', ...over });
const paging = { start: 0, rows: 25, sort: 'country', locale: 'fr' } as const;
const config = { apiBase: 'https://api.cbd.int', appId: 'x'.repeat(40), timeout: 1, retries: 0 };

/** Every filter at its longest: 200 countries, every subject, every usage, both dates. */
const everything = (query: string) =>
  filters({
    governments: Array.from({ length: 200 }, (_, i) => String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))),
    usages: [...USAGES],
    subjects: Object.values(SUBJECT_NAMES),
    from: new Date('2015-01-01T00:00:00Z'),
    to: new Date('2019-12-31T23:59:59.999Z'),
    query,
  });

describe('certificate list query', () => {
  it('finds a UID as a phrase in the analysed fields and as a prefix of the UID, never as loose tokens', () => {
    const { q } = certificatePageQuery(filters({ query: 'ABSCH-IRCC-IN-207343-1' }), paging);
    expect(q).to.contain('uniqueIdentifier_s:absch\\-ircc\\-in\\-207343\\-1*');
    expect(q).to.contain('uniqueIdentifier_t:"absch-ircc-in-207343-1"');
    expect(q).to.contain('title_FR_t:"absch-ircc-in-207343-1"');
    expect(q).not.to.match(/_t:absch\\-/);
  });

  it('lower-cases prefix terms, which Solr does not analyse', () => {
    const { q } = certificatePageQuery(filters({ query: 'Plants' }), paging);
    expect(q).to.contain('title_EN_t:(plants* OR plants)');
    expect(q).not.to.contain('Plants');
  });

  it(`keeps the URL under ${MAX_URL_LENGTH} characters with the worst words in every language`, () => {
    const urlOf = (query: string, locale: (typeof LOCALES)[number]) =>
      buildUrl(config, '/api/v2013/index/select', certificatePageQuery(everything(query), { ...paging, locale }));
    const uids = Array.from({ length: 10 }, (_, i) => `ABSCH-IRCC-IN-2073${40 + i}-1`).join(' ');
    // Escaped ASCII (`\` is two characters, six once encoded), Cyrillic (six once encoded), four-byte Han (twelve), short words (most overhead).
    const worst = [uids, `a${'\\'.repeat(39)}`, 'a\\'.repeat(20), 'я'.repeat(40), '𠀀'.repeat(40), 'a', 'a-b'];
    for (const word of worst) {
      const text = Array.from({ length: 20 }, (_, i) => `${i}${word}`).join(' ');
      for (const locale of LOCALES) expect(urlOf(text, locale).length, `${word} ${locale}`).to.be.below(MAX_URL_LENGTH);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 3000, unit: fc.oneof(fc.constantFrom(' ', '\\', '-', '"', '*'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) }), (text) => {
        expect(urlOf(text, 'ru').length).to.be.below(MAX_URL_LENGTH);
      }),
      { numRuns: 200 },
    );
    expect(freeTextWords(uids, CERTIFICATE_WORD_LIMITS).length, 'three whole UIDs fit').to.be.at.least(3);
  });

  it('is accepted by mock-api for hostile text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: fc.constantFrom(...'+-&|!(){}[]^"~*?:\\/ \t'.split(''), 'AND', 'OR', 'NOT', 'TO', '*:*', "d'accès", '遗传资源') }), fc.string({ unit: 'grapheme' })),
        fc.constantFrom(...LOCALES),
        async (query, locale) => {
          const url = buildUrl({ apiBase: location.origin, timeout: 1, retries: 0 }, '/api/v2013/index/select', certificatePageQuery(filters({ query }), { ...paging, locale }));
          expect((await getJson(url)).status, query).to.equal(200);
        },
      ),
      { numRuns: 40 },
    );
  });
});
