import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildUrl } from '../../src/api/client.js';
import { freeTextQuery, MAX_WORDS, searchFilters, searchQuery, searchWords, type SearchRequest } from '../../src/api/queries/search.js';
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
  it('matches each word as prefix and as itself over the boosted fields of the language', () => {
    expect(freeTextQuery('Rooibos', 'fr')).to.equal(
      [
        '(uniqueIdentifier_t:rooibos*^60) OR (uniqueIdentifier_t:rooibos^60)',
        '(government_FR_t:rooibos*^50) OR (government_FR_t:rooibos^50)',
        '(countryRegions_FR_txt:rooibos*^40) OR (countryRegions_FR_txt:rooibos^40)',
        '(title_FR_t:rooibos*^30) OR (title_FR_t:rooibos^30)',
        '(summary_FR_t:rooibos*^20) OR (summary_FR_t:rooibos^20)',
        '(schema_FR_t:rooibos*^10) OR (schema_FR_t:rooibos^10)',
        '(text_FR_txt:rooibos*^1) OR (text_FR_txt:rooibos^1)',
      ]
        .map((part) => `(${part})`)
        .join(' OR '),
    );
    expect(freeTextQuery('   ', 'en')).to.equal(null);
  });

  it('requires every word, escaped, and never lets an operator through', () => {
    const q = freeTextQuery('AND title:(x) "a', 'en')!;
    expect(q.split(') AND (').length).to.be.greaterThan(1);
    expect(q).to.contain('title_EN_t:title\\:\\(x\\)*^30');
    expect(q).to.contain('title_EN_t:\\"a^30');
    expect(q).not.to.match(/:AND\b/);
  });

  it('limits the words so that the URL stays short', () => {
    expect(searchWords('a b c d e f g h')).to.have.length(MAX_WORDS);
    expect(searchWords('a a A')).to.deep.equal(['a']);
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const url = buildUrl({ apiBase: 'https://api.cbd.int', timeout: 1, retries: 0 }, '/api/v2013/index/select', searchQuery(request({ text }), 'en'));
        expect(url.length).to.be.below(6000);
      }),
      { numRuns: 200 },
    );
    const worst = '\\'.repeat(40);
    const url = buildUrl({ apiBase: 'https://api.cbd.int', timeout: 1, retries: 0 }, '/api/v2013/index/select', searchQuery(request({ text: [1, 2, 3, 4, 5].map(() => worst).join(' ') }), 'ru'));
    expect(url.length).to.be.below(6000);
  });

  it('tags each filter so that its facet can leave it out', () => {
    const filters = searchFilters({ schemas: ['absPermit'], countries: ['ke', 'in'], keywords: ['357DBB22-6A6C-4C49-BA1F-037320B09247'], kind: 'national' });
    expect(filters).to.include.members([
      '{!tag=schemaType}schemaType_s:national',
      '{!tag=schema}schema_s:(absPermit)',
      '{!tag=government}countryRegions_ss:(ke in)',
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
