/**
 * The one reader of index answers, and how an index query travels: through real HTTP to mock-api,
 * in each world where the real API could differ (mock-api/README.md "Worlds").
 */
import { expect } from '@open-wc/testing';
import { realmOf, type ApiConfig } from '../../src/api/client.js';
import { readIndexAnswer } from '../../src/api/index-answer.js';
import { facetField, facetPivot, facetQuery, forgetLearnedTransports, queryIndex } from '../../src/api/index-request.js';
import { combineFilters } from '../../src/api/index-transport.js';
import { localSnippet } from '../../src/api/local-highlight.js';
import { publishedFilters } from '../../src/api/queries/common.js';
import { apiRequestsSince, crossOrigin, freshState, isShapeError } from '../helpers.js';

const config = (world: string, more: Partial<ApiConfig> = {}): ApiConfig => ({
  apiBase: `${crossOrigin()}/__mock/${world},id=u${Math.random().toString(36).slice(2)}`,
  timeout: 5000,
  retries: 0,
  ...more,
});

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  return { warnings, restore: () => (console.warn = warn) };
}

const USAGE = 'usagesConfidential_b:true';
const YEAR = 'date_dt:[2019\\-01\\-01T00\\:00\\:00.000Z TO 2019\\-12\\-31T23\\:59\\:59.999Z]';
const certificates = { q: 'schema_s:absPermit', fq: [...publishedFilters(), 'government_s:in'], rows: 0, facet: true, 'facet.query': [USAGE, YEAR] };

describe('index answers', () => {
  beforeEach(() => {
    forgetLearnedTransports();
    return freshState();
  });

  it('reads documents, facet fields, queries, pivots and nonSupportedParams, and refuses wrong shapes with one policy', () => {
    const answer = readIndexAnswer({
      response: { numFound: 3, start: 0, docs: [] },
      facet_counts: { facet_fields: { schema_s: ['in', 2, 'fr', 1] }, facet_queries: { 'a:b': 3 }, facet_pivot: { 'schema_s,government_s': [{ value: 'absPermit', count: 3, pivot: [{ value: 'in', count: 2 }] }] } },
      nonSupportedParams: ['app-id'],
    });
    expect(facetField(answer, 'schema_s')).to.deep.equal([{ value: 'in', count: 2 }, { value: 'fr', count: 1 }]);
    expect(facetQuery(answer, 'a:b')).to.equal(3);
    expect(facetPivot(answer, 'schema_s,government_s')[0]!.pivot).to.deep.equal([{ value: 'in', count: 2, pivot: [] }]);
    expect(answer.nonSupportedParams).to.deep.equal(['app-id']);
    expect(isShapeError(() => facetQuery(answer, 'not:asked'))).to.equal(true);
    for (const wrong of [
      { result: 'ok' },
      { response: { numFound: 1 } },
      { response: { numFound: 1, docs: [] }, facet_counts: { facet_fields: { all: ['in', '2'] } } },
      { response: { numFound: 1, docs: [] }, facet_counts: { facet_queries: { a: -1 } } },
      { response: { numFound: 1, docs: [] }, facet_counts: { facet_pivot: { p: [{ value: 1 }] } } },
      { response: { numFound: 1, docs: [] }, highlighting: { x: { title_EN_t: [3] } } },
    ]) {
      expect(isShapeError(() => readIndexAnswer(wrong)), JSON.stringify(wrong)).to.equal(true);
    }
  });

  it('combines every untagged fq into one, and keeps tagged ones apart', () => {
    expect(combineFilters({ fq: ['a:1', '{!tag=t}b:2', 'c:3'] }).fq).to.deep.equal(['(a:1) AND (c:3)', '{!tag=t}b:2']);
    expect(combineFilters({ fq: ['a:1'] }).fq).to.deep.equal(['a:1']);
  });

  it('gives the same counts, without {!key}, whether local params are honoured or stripped', async () => {
    const kept = await queryIndex(config('localparams=keep'), certificates);
    const stripped = await queryIndex(config('localparams=strip'), certificates);
    expect(facetQuery(kept, USAGE)).to.be.greaterThan(0);
    expect([facetQuery(stripped, USAGE), facetQuery(stripped, YEAR)]).to.deep.equal([facetQuery(kept, USAGE), facetQuery(kept, YEAR)]);
  });

  it('counts a facet that excludes its own filter right where local params are stripped, and says so once', async () => {
    const params = {
      q: '*:*',
      fq: [...publishedFilters(), '{!tag=schema}schema_s:absPermit'],
      rows: 0,
      facet: true,
      'facet.field': ['{!ex=schema}schema_s', 'government_s'],
      'facet.limit': -1,
      'facet.mincount': 1,
    };
    const kept = await queryIndex(config('localparams=keep'), params);
    const { warnings, restore } = captureWarnings();
    try {
      const stripped = await queryIndex(config('localparams=strip'), params);
      expect(facetField(stripped, 'schema_s')).to.deep.equal(facetField(kept, 'schema_s'));
      expect(facetField(stripped, 'schema_s').length).to.be.greaterThan(1);
      expect(facetField(stripped, 'government_s')).to.deep.equal(facetField(kept, 'government_s'));
      expect(stripped.facetQueries).to.deep.equal({});
      expect(warnings.filter((w) => w.includes('local params'))).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('sends the portal’s POST when a GET lost repeated keys, warns, and keeps using POST for that API', async () => {
    const base = config('repeated=last');
    const expected = await queryIndex(config('repeated=all'), certificates);
    const { warnings, restore } = captureWarnings();
    try {
      const since = performance.now();
      const first = await queryIndex(base, certificates);
      expect([facetQuery(first, USAGE), facetQuery(first, YEAR), first.response!.numFound]).to.deep.equal([
        facetQuery(expected, USAGE),
        facetQuery(expected, YEAR),
        expected.response!.numFound,
      ]);
      await queryIndex(base, { ...certificates, 'facet.query': [YEAR, USAGE] });
      const requests = apiRequestsSince(since, '/index');
      expect(requests.map((entry) => new URL(entry.name).pathname.split('/api/')[1])).to.deep.equal(['v2013/index/select', 'v2013/index', 'v2013/index']);
      expect(warnings.filter((w) => w.includes('POST'))).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('POSTs when the page chooses it, and shares a POST in flight with a caller of the same body', async () => {
    const base = config('delay=200', { transport: 'post' });
    const since = performance.now();
    const [a, b] = await Promise.all([queryIndex(base, certificates), queryIndex(base, certificates)]);
    expect(a).to.deep.equal(b);
    expect(apiRequestsSince(since, '/index').map((entry) => new URL(entry.name).pathname.endsWith('/api/v2013/index'))).to.deep.equal([true]);
  });

  it('warns once per parameter the API lists in nonSupportedParams', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const params = { q: 'title_EN_t:plants', fq: publishedFilters(), hl: true, 'hl.fl': 'title_EN_t' };
      await queryIndex(config('hl=ignore'), params);
      await queryIndex(config('hl=ignore'), { ...params, rows: 3 });
      expect(warnings.filter((w) => w.includes('"hl"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('"hl.fl"'))).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('names the facets an answer lacks, and the view refuses it rather than show a wrong number', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      // Without facet=true the index counts nothing: as an API that dropped the facets would answer.
      const answer = await queryIndex(config('localparams=keep'), { ...certificates, facet: false, 'facet.query': USAGE });
      expect(warnings.filter((w) => w.includes(`without the facets ${USAGE}`))).to.have.length(1);
      expect(isShapeError(() => facetQuery(answer, USAGE))).to.equal(true);
    } finally {
      restore();
    }
  });

  it('sends Accept: application/json, which an API that insists on it accepts', async () => {
    const answer = await queryIndex(config('accept=strict'), certificates);
    expect(answer.response!.numFound).to.be.greaterThan(0);
  });

  it('marks the words in the escaped text when the API highlighted nothing', () => {
    expect(localSnippet('<p>Plants &amp; <b>seeds</b></p><script>x</script>', ['plant'], 160)).to.equal('<em>Plant</em>s &amp; seeds');
    expect(localSnippet('<img src=x onerror=alert(1)>Kenya', ['ken'], 160)).to.equal('<em>Ken</em>ya');
    expect(localSnippet('a b c', ['zzz'], 160)).to.equal(undefined);
    const long = `${'word '.repeat(100)}plants ${'tail '.repeat(100)}`;
    const snippet = localSnippet(long, ['plants'], 80)!;
    expect(snippet).to.contain('<em>plants</em>');
    expect(snippet.length).to.be.lessThan(100);
  });
});

describe('realm', () => {
  it('follows the API base: abs-dev on the development API, abs elsewhere, unless set', () => {
    expect(realmOf({ apiBase: 'https://api.cbddev.xyz' })).to.equal('abs-dev');
    expect(realmOf({ apiBase: 'https://API.cbddev.xyz/prefix/' })).to.equal('abs-dev');
    expect(realmOf({ apiBase: 'https://api.cbd.int' })).to.equal('abs');
    expect(realmOf({ apiBase: location.origin })).to.equal('abs');
    expect(realmOf({ apiBase: 'https://api.cbd.int', realm: 'abs-trg' })).to.equal('abs-trg');
  });
});
