/**
 * Certificate lists of single countries that start loading together (a regional page) share one
 * grouped index query, split per country: each list shows exactly what it shows alone.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/define/absch-certificate-list.js';
import { apiBase, apiPath, apiRequestsSince, freshState, getJson, guardHostPage, settled, text, type AbschTestElement } from '../helpers.js';

/** Lower-case codes of countries that have certificates in the mock, most first, and one that has none. */
async function countries(count: number): Promise<{ withCertificates: string[]; without: string }> {
  const { body } = await getJson<{ facet_counts: { facet_fields: { government_s: (string | number)[] } } }>(
    `/api/v2013/index/select?${new URLSearchParams({ q: 'schema_s:absPermit', rows: '0', facet: 'true', 'facet.field': 'government_s', 'facet.limit': '-1', 'facet.sort': 'count', 'facet.mincount': '1' })}`,
  );
  const codes = body.facet_counts.facet_fields.government_s.filter((value): value is string => typeof value === 'string');
  const { body: all } = await getJson<{ code: string }[]>('/api/v2013/countries');
  const without = all.map((country) => country.code.toLowerCase()).find((code) => /^[a-z]{2}$/.test(code) && !codes.includes(code))!;
  return { withCertificates: codes.slice(0, count), without };
}

const lists = (page: HTMLElement) => Array.from(page.querySelectorAll<AbschTestElement>('absch-certificate-list'));

/** What a list shows once loaded, alone on its own API base (nothing gathered, nothing shared). */
async function alone(country: string, attributes: { page?: number; pageSize?: number; usage?: string } = {}): Promise<string> {
  const el = await fixture<AbschTestElement>(
    html`<absch-certificate-list country=${country} page=${attributes.page ?? 1} page-size=${attributes.pageSize ?? 25} usage=${attributes.usage ?? ''} loading="eager" api-base=${apiBase({ id: `alone-${country}` })}></absch-certificate-list>`,
  );
  await settled(el);
  return text(el.shadowRoot);
}

describe('certificate lists of several single countries on one page', function () {
  // Each case renders up to a dozen lists one after the other, the gathered ones' chunk first of all.
  this.timeout(60_000);
  guardHostPage();
  beforeEach(() => freshState());

  it('six lists of six countries make one request, and each shows what it shows alone', async () => {
    const { withCertificates, without } = await countries(5);
    const codes = [...withCertificates, without];
    const since = performance.now();
    const page = fixtureSync<HTMLElement>(
      html`<div>${codes.map((code) => html`<absch-certificate-list country=${code} loading="eager" api-base=${apiBase()}></absch-certificate-list>`)}</div>`,
    );
    await Promise.all(lists(page).map((list) => settled(list)));
    expect(apiRequestsSince(since).map((request) => apiPath(request.name))).to.deep.equal(['/api/v2013/index/select']);
    const shown = lists(page).map((list) => text(list.shadowRoot));
    const expected = [];
    for (const code of codes) expected.push(await alone(code));
    expect(shown).to.deep.equal(expected);
    await expect(lists(page)[0]!).to.be.accessible();
  });

  it('the second pages of two lists come from one request too', async () => {
    const [a, b] = (await countries(2)).withCertificates as [string, string];
    const since = performance.now();
    const page = fixtureSync<HTMLElement>(html`<div>
      <absch-certificate-list country=${a} page="2" page-size="5" loading="eager" api-base=${apiBase()}></absch-certificate-list>
      <absch-certificate-list country=${b} page="2" page-size="5" loading="eager" api-base=${apiBase()}></absch-certificate-list>
    </div>`);
    await Promise.all(lists(page).map((list) => settled(list)));
    expect(apiRequestsSince(since)).to.have.length(1);
    const [first, second] = lists(page).map((list) => text(list.shadowRoot));
    expect(first).to.equal(await alone(a, { page: 2, pageSize: 5 }));
    expect(second).to.equal(await alone(b, { page: 2, pageSize: 5 }));
  });

  it('lists with different filters are not gathered together; a list of several countries asks on its own', async () => {
    const { withCertificates } = await countries(4);
    const [a, b, c, d] = withCertificates as [string, string, string, string];
    const since = performance.now();
    const page = fixtureSync<HTMLElement>(html`<div>
      <absch-certificate-list country=${a} loading="eager" api-base=${apiBase()}></absch-certificate-list>
      <absch-certificate-list country=${b} loading="eager" api-base=${apiBase()}></absch-certificate-list>
      <absch-certificate-list country=${c} usage="commercial" loading="eager" api-base=${apiBase()}></absch-certificate-list>
      <absch-certificate-list country=${d} usage="commercial" loading="eager" api-base=${apiBase()}></absch-certificate-list>
      <absch-certificate-list country="${a},${d}" loading="eager" api-base=${apiBase()}></absch-certificate-list>
    </div>`);
    await Promise.all(lists(page).map((list) => settled(list)));
    // a+b, c+d (commercial), and a,d on its own.
    expect(apiRequestsSince(since)).to.have.length(3);
    expect(text(lists(page)[2]!.shadowRoot)).to.equal(await alone(c, { usage: 'commercial' }));
    expect(text(lists(page)[1]!.shadowRoot)).to.equal(await alone(b));
  });
});
