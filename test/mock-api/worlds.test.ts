/**
 * mock-api's worlds: behaviours of the real API that no public source settles (mock-api/README.md
 * "Worlds"), as an API caller meets them through real HTTP.
 */
import { expect } from '@open-wc/testing';
import { crossOrigin } from '../helpers.js';

interface IndexAnswer {
  response: { numFound: number };
  facet_counts?: { facet_queries: Record<string, number>; facet_fields: Record<string, unknown[]> };
  highlighting?: unknown;
  nonSupportedParams: string[];
}

const PUBLISHED = ['_state_s:public', 'realm_ss:abs'];

/** On another origin than the page, as the real API is: CORS applies. */
function url(world: string, params: Record<string, string | readonly string[]>, path = '/api/v2013/index/select'): string {
  const href = new URL(`${world ? `/__mock/${world}` : ''}${path}`, crossOrigin());
  for (const [key, value] of Object.entries(params)) for (const item of typeof value === 'string' ? [value] : value) href.searchParams.append(key, item);
  return href.href;
}

async function index(world: string, params: Record<string, string | readonly string[]>): Promise<IndexAnswer> {
  const response = await fetch(url(world, params));
  expect(response.status).to.equal(200);
  return (await response.json()) as IndexAnswer;
}

describe('mock-api worlds', () => {
  it('localparams=strip: tags, exclusions and keys are removed before the query runs', async () => {
    const params = {
      q: '*:*',
      fq: [...PUBLISHED, '{!tag=s}schema_s:absPermit'],
      rows: '0',
      facet: 'true',
      'facet.query': '{!key=confidential}usagesConfidential_b:true',
      'facet.field': '{!ex=s}schema_s',
      'facet.mincount': '1',
    };
    const kept = await index('', params);
    const stripped = await index('localparams=strip', params);
    expect(stripped.response.numFound).to.equal(kept.response.numFound);
    expect(kept.facet_counts!.facet_queries).to.have.property('confidential');
    expect(Object.keys(stripped.facet_counts!.facet_queries)).to.deep.equal(['usagesConfidential_b:true']);
    // Without the exclusion the schema facet counts only certificates.
    expect(stripped.facet_counts!.facet_fields.schema_s).to.deep.equal(['absPermit', kept.response.numFound]);
    expect(kept.facet_counts!.facet_fields.schema_s.length).to.be.greaterThan(2);
  });

  it('hl=ignore: no highlighting, and every hl param is listed as not supported', async () => {
    const params = { q: 'title_EN_t:plants', fq: PUBLISHED, hl: 'true', 'hl.fl': 'title_EN_t', 'hl.snippets': '1' };
    expect(await index('', params)).to.have.property('highlighting');
    const ignored = await index('hl=ignore', params);
    expect(ignored).not.to.have.property('highlighting');
    expect(ignored.nonSupportedParams).to.include.members(['hl', 'hl.fl', 'hl.snippets']);
  });

  it('repeated=last: a GET keeps the last value of a repeated key; a POST body keeps them all', async () => {
    const fq = ['schema_s:absPermit', 'government_s:in'];
    const both = await index('', { q: '*:*', fq, rows: '0' });
    const last = await index('repeated=last', { q: '*:*', fq, rows: '0' });
    const india = await index('', { q: '*:*', fq: 'government_s:in', rows: '0' });
    expect(both.response.numFound).to.be.lessThan(india.response.numFound);
    expect(last.response.numFound).to.equal(india.response.numFound);
    const posted = await fetch(url('repeated=last', {}, '/api/v2013/index'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: '*:*', fq, rows: 0 }),
    });
    expect(((await posted.json()) as IndexAnswer).response.numFound).to.equal(both.response.numFound);
  });

  it('errorcors=0: an error answer has no CORS headers (a browser sees a network error); a 200 has them', async () => {
    const error = await fetch(url('errorcors=0', {}, '/api/v2013/countries/ZZ')).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(TypeError);
    const ok = await fetch(url('errorcors=0', {}, '/api/v2013/countries/KE'));
    expect(ok.status).to.equal(200);
  });

  it('accept=strict: 406 unless the request accepts application/json', async () => {
    const strict = url('accept=strict', {}, '/api/v2013/countries/KE');
    expect((await fetch(strict, { headers: { Accept: 'text/*' } })).status).to.equal(406);
    expect((await fetch(strict, { headers: { Accept: 'application/json' } })).status).to.equal(200);
    expect((await fetch(url('', {}, '/api/v2013/countries/KE'), { headers: { Accept: 'text/*' } })).status).to.equal(200);
  });

  it('projection=ignore: GET countries answers whole countries; by default only the fields f names', async () => {
    const f = JSON.stringify({ code: 1, name: 1, 'treaties.XXVII8b': 1 });
    const whole = (await (await fetch(url('', {}, '/api/v2013/countries'))).json()) as Record<string, unknown>[];
    const projected = (await (await fetch(url('', { f }, '/api/v2013/countries'))).json()) as Record<string, Record<string, unknown>>[];
    const ignored = (await (await fetch(url('projection=ignore', { f }, '/api/v2013/countries'))).json()) as Record<string, unknown>[];
    expect(Object.keys(projected[0]!).sort()).to.deep.equal(['code', 'name', 'treaties']);
    expect(Object.keys(projected[0]!.treaties!)).to.deep.equal(['XXVII8b']);
    expect(projected.map((country) => country.code)).to.deep.equal(whole.map((country) => country.code));
    expect(projected[0]!.treaties!.XXVII8b).to.deep.equal((whole[0]!.treaties as Record<string, unknown>).XXVII8b);
    expect(ignored).to.deep.equal(whole);
    expect((await fetch(url('', { f: '{"code":0}' }, '/api/v2013/countries'))).status, 'exclusion projections are refused').to.equal(400);
  });

  it('refuses an unknown world value with a 400 that names it', async () => {
    const response = await fetch(url('localparams=maybe', {}, '/api/v2013/countries/KE'));
    expect(response.status).to.equal(400);
    expect(((await response.json()) as { message: string }).message).to.contain('localparams=maybe');
  });
});
