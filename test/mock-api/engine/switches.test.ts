/**
 * mock-api's switches (`/__mock/{switches}/api/…`, mock-api/README.md): the failures tests ask for
 * and the worlds (behaviours of the real API that no public source settles), as a caller of the
 * handler meets them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostileName } from '../../../mock-api/routes/countries-hostile.ts';
import { get, handler, indexUrl } from './fixture.ts';

const COUNTRIES = 'http://mock.test/__mock/SWITCHES/api/v2013/countries';
const countries = (switches: string) => handler(new Request(COUNTRIES.replace('SWITCHES', switches)));
const post = (body: unknown, switches = '') =>
  handler(new Request(indexUrl({}, switches), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));

describe('mock-api switches: failures', () => {
  it('status=… answers that status with the API\'s error body, and Retry-After for 429 and 503', async () => {
    const { status, headers, body } = await get({ q: '*:*' }, 'status=503,id=s1');
    assert.equal(status, 503);
    assert.equal(body.code, 'serviceUnavailable');
    assert.equal(headers.get('Retry-After'), '1');
    assert.equal(headers.get('Cache-Control'), 'no-store', 'a deliberate failure is never cached');
  });

  it('times=N fails the first N requests of that switch string only, after=N lets N through first', async () => {
    const statuses = async (switches: string) => {
      const out: number[] = [];
      for (let i = 0; i < 3; i++) out.push((await get({ q: '*:*', rows: 0 }, switches)).status);
      return out;
    };
    assert.deepEqual(await statuses('status=500,times=1,id=s2'), [500, 200, 200]);
    assert.deepEqual(await statuses('status=500,after=1,times=1,id=s3'), [200, 500, 200]);
  });

  it('only=… limits the switches to one endpoint family', async () => {
    assert.equal((await get({ q: '*:*', rows: 0 }, 'status=500,only=countries,id=s4')).status, 200);
    assert.equal((await countries('status=500,only=countries,id=s4')).status, 500);
  });

  it('malformed=1 cuts the JSON in half, wrongshape=1 answers a body of another shape', async () => {
    const malformed = await handler(new Request(indexUrl({ q: '*:*' }, 'malformed=1,id=s5')));
    assert.equal(malformed.status, 200);
    await assert.rejects(malformed.clone().json());
    assert.ok((await malformed.text()).startsWith('{'));
    const { status, body } = await get({ q: '*:*' }, 'wrongshape=1,id=s6');
    assert.equal(status, 200);
    assert.deepEqual(body, { result: 'ok' });
  });

  it('delay=… answers after that many milliseconds', async () => {
    const started = performance.now();
    assert.equal((await get({ q: '*:*', rows: 0 }, 'delay=150,id=s7')).status, 200);
    assert.ok(performance.now() - started >= 140);
  });

  it('hang=1 never answers until the caller gives up', async () => {
    const signal = AbortSignal.timeout(100);
    const started = performance.now();
    const response = await handler(new Request(indexUrl({ q: '*:*' }, 'hang=1,id=s8'), { signal }));
    assert.ok(performance.now() - started >= 90, 'it waits for the abort');
    assert.equal(response.status, 504);
  });

  it('refuses an unknown switch or a bad value with a 400 that says so', async () => {
    for (const switches of ['nosuch=1', 'status=200', 'only=everything', 'hang=yes']) {
      const { status, body } = await get({ q: '*:*' }, switches);
      assert.equal(status, 400, switches);
      assert.equal(body.code, 'invalidMockSwitch', switches);
    }
  });

  it('hostilenames=1 puts a formula and XSS payloads into government names, while queries still match the real name', async () => {
    const named = { q: 'government_EN_s:India', fl: 'id,government_EN_s' };
    assert.deepEqual((await get(named, 'id=s9')).body.response.docs, [{ id: 'd1', government_EN_s: 'India' }]);
    const hostile = (await get(named, 'hostilenames=1,id=s9')).body.response.docs;
    assert.deepEqual(hostile.map((doc) => doc.id), ['d1']);
    assert.deepEqual(hostile[0]!.government_EN_s, hostileName('India', 'en'));
    assert.match(String(hostile[0]!.government_EN_s), /^=HYPERLINK\(.*India.*</);
  });
});

describe('mock-api worlds', () => {
  const params = {
    q: '*:*',
    rows: 0,
    fq: ['realm_ss:abs', '{!tag=s}schema_s:absPermit'],
    facet: 'true',
    'facet.field': '{!ex=s}schema_s',
    'facet.query': '{!key=secret}confidential_b:true',
  };

  it('localparams=strip: tags, exclusions and keys are removed before the query runs', async () => {
    const kept = await get(params);
    assert.deepEqual(kept.body.facet_counts.facet_fields.schema_s, ['absPermit', 3, 'authority', 1, 'measure', 1]);
    assert.deepEqual(kept.body.facet_counts.facet_queries, { secret: 2 });
    const stripped = await get(params, 'localparams=strip');
    assert.equal(stripped.body.response.numFound, 3);
    assert.deepEqual(stripped.body.facet_counts.facet_fields.schema_s, ['absPermit', 3, 'authority', 0, 'measure', 0]);
    assert.deepEqual(stripped.body.facet_counts.facet_queries, { 'confidential_b:true': 2 });
  });

  it('hl=ignore: no highlighting, and hl and hl.* are listed as not supported', async () => {
    const asked = { q: 'title_t:plant', hl: 'true', 'hl.fl': 'title_t' };
    assert.ok((await get(asked)).body.highlighting);
    const { status, body } = await get(asked, 'hl=ignore');
    assert.equal(status, 200);
    assert.equal(body.highlighting, undefined);
    assert.deepEqual([...body.nonSupportedParams].sort(), ['hl', 'hl.fl']);
    assert.equal(body.response.numFound, 2, 'the query itself still runs');
  });

  it('repeated=last: a GET keeps only the last value of a repeated key, a POST body keeps them all', async () => {
    const both = { q: '*:*', rows: 0, fq: ['government_s:in', 'schema_s:absPermit'] };
    assert.equal((await get(both)).body.response.numFound, 2);
    assert.equal((await get(both, 'repeated=last')).body.response.numFound, 3, 'only schema_s:absPermit is left');
    const posted = (await (await post(both, 'repeated=last')).json()) as { response: { numFound: number } };
    assert.equal(posted.response.numFound, 2);
  });

  it('errorcors=0: the API\'s own error answers come without CORS headers; its other answers keep them', async () => {
    const bad = { q: 'title_t:(plant' };
    assert.equal((await get(bad)).headers.get('Access-Control-Allow-Origin'), '*');
    const refused = await get(bad, 'errorcors=0');
    assert.equal(refused.status, 400);
    assert.equal(refused.headers.get('Access-Control-Allow-Origin'), null);
    assert.equal((await get({ q: '*:*' }, 'errorcors=0')).headers.get('Access-Control-Allow-Origin'), '*');
  });

  it('accept=strict: 406 unless the request accepts JSON', async () => {
    assert.equal((await get({ q: '*:*' }, 'accept=strict', { headers: { Accept: 'text/html' } })).status, 406);
    assert.equal((await get({ q: '*:*' }, 'accept=strict', { headers: { Accept: 'application/json' } })).status, 200);
    assert.equal((await get({ q: '*:*' }, 'accept=strict', { headers: { Accept: '*/*' } })).status, 200);
    assert.equal((await get({ q: '*:*' }, '', { headers: { Accept: 'text/html' } })).status, 200, 'the default world answers anyway');
  });

  it('a world applies to every request of its switch string, whatever times and only say', async () => {
    const switches = 'repeated=last,status=500,times=1,only=countries,id=w1';
    const fq = ['government_s:in', 'schema_s:absPermit'];
    assert.equal((await get({ q: '*:*', rows: 0, fq }, switches)).body.response.numFound, 3);
  });

  it('reads the portal\'s POST bodies: JSON with arrays, and forms', async () => {
    const json = (await (await post({ q: '*:*', rows: 0, fq: ['government_s:in', 'schema_s:absPermit'] })).json()) as { response: { numFound: number } };
    assert.equal(json.response.numFound, 2);
    const form = await handler(
      new Request(indexUrl({}), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'q=*:*&rows=0&fq=government_s:ke' }),
    );
    assert.equal(((await form.json()) as { response: { numFound: number } }).response.numFound, 2);
    const notJson = await handler(new Request(indexUrl({}), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{q:' }));
    assert.equal(notJson.status, 400);
  });
});
