import { expect } from '@open-wc/testing';
import { buildUrl, getJson, type ApiConfig } from '../../src/api/client.js';
import { fetchCountry } from '../../src/api/endpoints.js';
import { ApiError } from '../../src/api/errors.js';
import { apiBase, apiRequestsSince, crossOrigin, freshState } from '../helpers.js';

const config = (base: string, more: Partial<ApiConfig> = {}): ApiConfig => ({ apiBase: base, timeout: 2000, retries: 0, ...more });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('API client', () => {
  beforeEach(freshState);

  it('builds GET URLs with repeated keys for lists, under a base path, with app-id as a query parameter', () => {
    const url = buildUrl(config('https://api.example/prefix/', { appId: 'bioland-ke' }), '/api/v2013/index/select', { q: 'a:b', fq: ['x:1', 'y:2'], rows: 0, skip: undefined });
    expect(url).to.equal('https://api.example/prefix/api/v2013/index/select?q=a%3Ab&fq=x%3A1&fq=y%3A2&rows=0&app-id=bioland-ke');
  });

  it('makes one request for identical calls in flight, and serves the next from the cache', async () => {
    const since = performance.now();
    const base = apiBase({ delay: 200 });
    const [a, b] = await Promise.all([getJson(config(base), '/api/v2013/countries/KE', {}), getJson(config(base), '/api/v2013/countries/KE', {})]);
    expect(a).to.deep.equal(b);
    await getJson(config(base), '/api/v2013/countries/KE', {});
    expect(apiRequestsSince(since)).to.have.length(1);
  });

  it('keeps a shared request alive for the callers that did not abort', async () => {
    const base = apiBase({ delay: 300 });
    const first = new AbortController();
    const aborted = getJson(config(base), '/api/v2013/countries/FR', {}, first.signal);
    const kept = getJson(config(base), '/api/v2013/countries/FR', {}, new AbortController().signal);
    first.abort();
    expect((await rejection(aborted)) as DOMException).to.have.property('name', 'AbortError');
    expect(((await kept) as { code: string }).code).to.equal('FR');
  });

  it('cancels the request when every caller aborted, and starts afresh after', async () => {
    const base = apiBase({ delay: 300 });
    const controller = new AbortController();
    const aborted = getJson(config(base), '/api/v2013/countries/IN', {}, controller.signal);
    controller.abort();
    expect((await rejection(aborted)) as DOMException).to.have.property('name', 'AbortError');
    // Were the aborted request still shared, this call would fail with the same AbortError.
    expect(((await getJson(config(base), '/api/v2013/countries/IN', {})) as { code: string }).code).to.equal('IN');
  });

  it('does not cache a failure: the next call asks again', async () => {
    const base = apiBase({ status: 500, times: 1 });
    const error = (await rejection(getJson(config(base), '/api/v2013/countries/KE', {}))) as ApiError;
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['http', 500, true]);
    expect(((await getJson(config(base), '/api/v2013/countries/KE', {})) as { code: string }).code).to.equal('KE');
  });

  // mock-api fails the first `times` requests of a switch string, then answers: so an answer after
  // N failures proves N retries, and a failure proves that no retry was made.
  it('retries 5xx with backoff as many times as configured', async () => {
    const retried = await getJson(config(apiBase({ status: 502, times: 2 }), { retries: 2 }), '/api/v2013/countries/KE', {});
    expect((retried as { code: string }).code).to.equal('KE');
    const gaveUp = (await rejection(getJson(config(apiBase({ status: 503, times: 2 }), { retries: 1 }), '/api/v2013/countries/KE', {}))) as ApiError;
    expect([gaveUp.kind, gaveUp.status]).to.deep.equal(['http', 503]);
  });

  it('never retries a 404', async () => {
    const error = (await rejection(getJson(config(apiBase({ status: 404, times: 1 }), { retries: 2 }), '/api/v2013/countries/KE', {}))) as ApiError;
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['not-found', 404, false]);
  });

  it('waits as long as Retry-After says after a 429', async () => {
    const started = performance.now();
    const answer = await getJson(config(apiBase({ status: 429, times: 1 }), { retries: 1 }), '/api/v2013/countries/KE', {});
    expect((answer as { code: string }).code).to.equal('KE');
    expect(performance.now() - started).to.be.greaterThan(900);
  });

  it('classifies timeouts, malformed JSON and unreachable hosts', async () => {
    const timeout = (await rejection(getJson(config(apiBase({ hang: 1 }), { timeout: 300 }), '/api/v2013/countries/KE', {}))) as ApiError;
    expect([timeout.kind, timeout.status]).to.deep.equal(['timeout', 0]);
    const malformed = (await rejection(getJson(config(apiBase({ malformed: 1 })), '/api/v2013/countries/KE', {}))) as ApiError;
    expect([malformed.kind, malformed.status]).to.deep.equal(['malformed', 200]);
    const network = (await rejection(getJson(config('http://127.0.0.1:9'), '/api/v2013/countries/KE', {}))) as ApiError;
    expect([network.kind, network.status]).to.deep.equal(['network', 0]);
  });

  // Whether the API's error answers carry CORS headers is unknown (mock-api's errorcors=0 world):
  // without them a browser sees a 404 as a network error.
  it('knows an unknown country is not found even when the 404 reaches the browser as a network error', async () => {
    const base = `${crossOrigin()}/__mock/errorcors=0`;
    const unknown = (await rejection(fetchCountry(config(base), 'QQ'))) as ApiError;
    expect([unknown.kind, unknown.status, unknown.retryable]).to.deep.equal(['not-found', 404, false]);
    expect((await fetchCountry(config(base), 'ke')).code).to.equal('KE');
    const unreachable = (await rejection(fetchCountry(config('http://127.0.0.1:9'), 'QQ'))) as ApiError;
    expect(unreachable.kind).to.equal('network');
  });
});
