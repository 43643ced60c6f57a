import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildUrl } from '../../src/api/client.js';
import { freeTextQuery, searchFilters, searchQuery, searchWords, WORD_LIMITS, type SearchRequest } from '../../src/api/queries/search.js';
import { MAX_URL_LENGTH } from '../../src/api/solr-text.js';
import { getJson } from '../helpers.js';

const request = (over: Partial<SearchRequest> = {}): SearchRequest => ({
  text: '',
  schemas: [],
  countries: [],
  keywords: [],
  kind: '',
  page: 1,
  pageSize: 10,
  sort: 'relevance',
  ...over,
});

describe('search query', () => {
  it('matches each word as a prefix and as itself over the boosted fields of the language', () => {
    expect(freeTextQuery('Rooibos', 'fr')).to.equal(
      [
        'uniqueIdentifier_t:(rooibos* OR rooibos)^60',
        'government_FR_t:(rooibos* OR rooibos)^50',
        'countryRegions_FR_txt:(rooibos* OR rooibos)^40',
        'title_FR_t:(rooibos* OR rooibos)^30',
        'summary_FR_t:(rooibos* OR rooibos)^20',
        'schema_FR_t:(rooibos* OR rooibos)^10',
        'text_FR_txt:(rooibos* OR rooibos)^1',
      ]
        .map((part) => `(${part})`)
        .join(' OR '),
    );
    expect(freeTextQuery('   ', 'en')).to.equal(null);
  });

  it('requires every word, escaped, and never lets an operator through', () => {
    const q = freeTextQuery('AND title:(x) "a', 'en')!;
    expect(q.split(') AND (').length).to.be.greaterThan(1);
    expect(q).to.contain('title_EN_t:"title:(x)"^30');
    expect(q).to.contain('title_EN_t:(\\"a* OR \\"a)^30');
    expect(q).not.to.match(/:AND\b/);
  });

  it('sends a word that the analyser splits (UID, hyphen, apostrophe, Chinese) as a phrase, lower-cased prefixes otherwise', () => {
    const q = freeTextQuery('ABSCH-IRCC-IN-207343-1 d\'accès 遗传资源 Plants', 'fr')!;
    expect(q).to.contain('uniqueIdentifier_t:"absch-ircc-in-207343-1"^60');
    expect(q).to.contain('title_FR_t:"d\'accès"^30');
    expect(q).to.contain('text_FR_txt:"遗传资源"^1');
    expect(q).to.contain('title_FR_t:(plants* OR plants)^30');
    expect(q).not.to.match(/absch\\-ircc|Plants/);
    expect(searchWords('- && plants')).to.deep.equal(['plants']);
  });

  it(`limits the words so that the URL stays under ${MAX_URL_LENGTH} characters`, () => {
    const config = { apiBase: 'https://api.cbd.int', appId: 'x'.repeat(40), timeout: 1, retries: 0 };
    const urlOf = (text: string, locale: 'en' | 'ru' | 'zh') =>
      buildUrl(config, '/api/v2013/index/select', searchQuery(request({ text, schemas: ['absPermit', 'measure'], countries: ['ke', 'in'], keywords: ['357DBB22-6A6C-4C49-BA1F-037320B09247'], kind: 'national' }), locale));
    expect(searchWords('a b c d e f g h')).to.have.length(WORD_LIMITS.maxWords);
    expect(searchWords('a a A')).to.deep.equal(['a']);
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: fc.oneof(fc.constant(' '), fc.constant('\\'), fc.constant('-'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) }), (text) => {
        expect(urlOf(text, 'ru').length).to.be.below(MAX_URL_LENGTH);
      }),
      { numRuns: 200 },
    );
    // The worst words: escaped ASCII (`\` is two characters, six once encoded), Cyrillic (six), four-byte Han (𠀀: twelve), short words (most overhead).
    for (const worst of [`a${'\\'.repeat(39)}`, 'a\\'.repeat(20), '𠀀'.repeat(40), 'я'.repeat(40), 'absch-ircc-in-207343-1', 'a']) {
      const text = Array.from({ length: 20 }, (_, i) => `${i}${worst}`).join(' ');
      for (const locale of ['en', 'ru', 'zh'] as const) expect(urlOf(text, locale).length, `${worst} ${locale}`).to.be.below(MAX_URL_LENGTH);
    }
  });

  it('tags each filter so that its facet can leave it out', () => {
    const filters = searchFilters({ schemas: ['absPermit'], countries: ['ke', 'in'], keywords: ['357DBB22-6A6C-4C49-BA1F-037320B09247'], kind: 'national' });
    expect(filters).to.include.members([
      '{!tag=schemaType}schemaType_s:national',
      '{!tag=schema}schema_s:(absPermit)',
      '{!tag=government}(countryRegions_ss:(ke in)) OR (countryRegions_REL_ss:(ke in))',
      '{!tag=keywords}all_terms_ss:(357DBB22\\-6A6C\\-4C49\\-BA1F\\-037320B09247)',
    ]);
    const params = searchQuery(request({ text: 'x', page: 3, pageSize: 20 }), 'en');
    expect(params['facet.field']).to.deep.equal(['{!ex=schemaType}schemaType_s', '{!ex=schema}schema_s', '{!ex=government}countryRegions_ss', '{!ex=keywords}all_terms_ss']);
    expect(params.start).to.equal(40);
    expect(params.rows).to.equal(20);
    expect(params.hl).to.equal(true);
    expect(params['hl.fl']).to.equal('title_EN_t,summary_EN_t');
    expect(params.sort).to.equal('score desc, updatedDate_dt desc');
  });

  it('sorts by date without text, and by country name in the language', () => {
    expect(searchQuery(request({ sort: 'relevance' }), 'en').sort).to.equal('updatedDate_dt desc');
    expect(searchQuery(request({ sort: 'country' }), 'es').sort).to.equal('government_ES_s asc, updatedDate_dt desc');
    expect(searchQuery(request(), 'en').q).to.equal('*:*');
    expect(searchQuery(request(), 'en').hl).to.equal(undefined);
  });

  it('is accepted by mock-api for hostile text in every language', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: fc.constantFrom(...'+-&|!(){}[]^"~*?:\\/ \t'.split(''), 'AND', 'OR', 'NOT', 'TO', '*:*', '{!join}') }), fc.string({ unit: 'grapheme' })),
        fc.constantFrom('en', 'ar', 'es', 'fr', 'ru', 'zh' as const),
        async (text, locale) => {
          const url = buildUrl({ apiBase: location.origin, timeout: 1, retries: 0 }, '/api/v2013/index/select', searchQuery(request({ text, countries: ['ke'] }), locale));
          const { status } = await getJson(url);
          expect(status, text).to.equal(200);
        },
      ),
      { numRuns: 60 },
    );
  });
});
