/**
 * Pages with many elements: an element far below the viewport loads when it comes near
 * (`loading="eager"` loads at once), requests to one API origin take turns, and a 429 from the API
 * pauses every element's requests to it, not only the one that got it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/absch-country-profile.js';
import { MAX_REQUESTS_PER_ORIGIN } from '../../src/api/origin-queue.js';
import { apiBase, apiPath, apiRequestsSince, busy, getJson, guardHostPage, part, settled, text, untilInFront, type AbschTestElement } from '../helpers.js';

/** Country codes the mock knows, in its order. */
async function countryCodes(count: number): Promise<string[]> {
  const { body } = await getJson<{ code: string }[]>('/api/v2013/countries');
  return body.map((country) => country.code).filter((code) => /^[A-Z]{2}$/.test(code)).slice(0, count);
}

/** The most requests that were in flight at one moment. */
function mostAtOnce(requests: PerformanceResourceTiming[]): number {
  const edges = requests.flatMap((request) => [[request.startTime, 1], [request.responseEnd, -1]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, step] of edges) most = Math.max(most, (now += step));
  return most;
}

describe('many elements on a page', () => {
  guardHostPage();
  // The active tab: only it gets the frames IntersectionObserver reports in (web-test-runner.config.ts).
  beforeEach(() => executeServerCommand('bring-to-front'));
  afterEach(() => window.scrollTo(0, 0));

  it('forty profiles on a long page load only near the viewport; scrolling loads the rest', async () => {
    const codes = await countryCodes(40);
    const since = performance.now();
    const page = await fixture<HTMLElement>(html`<div>${codes.map((code) => html`<absch-country-profile country=${code} loading="lazy" api-base=${apiBase()}></absch-country-profile>`)}</div>`);
    const profiles = Array.from(page.querySelectorAll<AbschTestElement>('absch-country-profile'));
    await settled(profiles[0]!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const loaded = () => profiles.filter((profile) => part(profile, 'name')).length;
    const before = apiRequestsSince(since).length;
    expect(before, 'requests before scrolling').to.be.within(2, 6);
    expect(loaded()).to.be.within(1, 6);
    // The last profile is still a skeleton, busy, and asked nothing.
    expect(profiles.at(-1)!.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(profiles.at(-1)!).to.be.accessible();
    profiles.at(-1)!.scrollIntoView();
    await untilInFront(() => !busy(profiles.at(-1)!), 'the last profile did not settle');
    expect(apiRequestsSince(since).length).to.be.greaterThan(before);
    expect(apiRequestsSince(since).length).to.be.below(80);
  });

  it('loading="eager" loads at once, wherever the element is', async () => {
    const since = performance.now();
    const page = await fixture<HTMLElement>(html`<div>
      <div class="spacer"></div>
      <absch-country-profile country="KE" sections="status" loading="eager" api-base=${apiBase()}></absch-country-profile>
    </div>`);
    // Far below the viewport: two screens of host page above it (a stylesheet of the test page, no inline style).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.spacer { height: 300vh; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const profile = page.querySelector<AbschTestElement>('absch-country-profile')!;
      await settled(profile);
      expect(part(profile, 'name')?.textContent).to.equal('Kenya');
      expect(profile.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight * 2);
      expect(apiRequestsSince(since)).to.have.length(1);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
    }
  });

  it('twelve profiles of twelve countries make at most three requests; one profile alone asks only for its own country', async () => {
    const codes = await countryCodes(12);
    const since = performance.now();
    const page = await fixture<HTMLElement>(html`<div>${codes.map((code) => html`<absch-country-profile country=${code} loading="eager" api-base=${apiBase()}></absch-country-profile>`)}</div>`);
    const profiles = Array.from(page.querySelectorAll<AbschTestElement>('absch-country-profile'));
    await Promise.all(profiles.map((profile) => settled(profile)));
    const requests = apiRequestsSince(since).map((request) => new URL(request.name).pathname);
    expect(requests.length).to.be.at.most(3);
    // Each profile shows its own country and its own records.
    const alone = await Promise.all(
      codes.slice(0, 3).map(async (code) => {
        const el = await fixture<AbschTestElement>(html`<absch-country-profile country=${code} loading="eager" api-base=${apiBase({ id: code })}></absch-country-profile>`);
        await settled(el);
        return text(el.shadowRoot);
      }),
    );
    expect(profiles.slice(0, 3).map((profile) => text(profile.shadowRoot))).to.deep.equal(alone);
    const single = performance.now();
    const one = await fixture<AbschTestElement>(html`<absch-country-profile country="KE" loading="eager" api-base=${apiBase({ id: 'single' })}></absch-country-profile>`);
    await settled(one);
    expect(apiRequestsSince(single).map((request) => apiPath(request.name))).to.have.members(['/api/v2013/countries/KE', '/api/v2013/index/select']);
  });

  it(`at most ${MAX_REQUESTS_PER_ORIGIN} requests to one API origin run at once`, async () => {
    const codes = await countryCodes(12);
    const since = performance.now();
    // Every answer takes 300 ms, so that requests that could overlap do; one API base each, all on one
    // origin, so that the profiles are not gathered into one request.
    const page = await fixture<HTMLElement>(
      html`<div>${codes.map((code) => html`<absch-country-profile country=${code} sections="status" loading="eager" api-base=${apiBase({ delay: 300 })}></absch-country-profile>`)}</div>`,
    );
    await Promise.all(Array.from(page.querySelectorAll<AbschTestElement>('absch-country-profile'), (profile) => settled(profile)));
    const requests = apiRequestsSince(since);
    expect(requests).to.have.length(12);
    expect(mostAtOnce(requests)).to.equal(MAX_REQUESTS_PER_ORIGIN);
  });

  it('a 429 with Retry-After on one element delays the other elements\' requests to that API', async () => {
    const since = performance.now();
    // The first answer to this base is a 429 with Retry-After: 1.
    const throttled = await fixture<AbschTestElement>(html`<absch-country-profile country="KE" sections="status" api-base=${apiBase({ status: 429, times: 1 })}></absch-country-profile>`);
    await waitUntil(() => apiRequestsSince(since).some((request) => request.responseStatus === 429), 'no 429', { timeout: 5000 });
    const tooMany = apiRequestsSince(since).find((request) => request.responseStatus === 429)!;
    const other = await fixture<AbschTestElement>(html`<absch-country-profile country="IN" sections="status" api-base=${apiBase()}></absch-country-profile>`);
    await Promise.all([settled(throttled), settled(other)]);
    expect(part(throttled, 'name')?.textContent).to.equal('Kenya');
    expect(part(other, 'name')?.textContent).to.equal('India');
    const india = apiRequestsSince(since).find((request) => request.name.endsWith('/countries/IN'))!;
    expect(india.startTime - tooMany.responseEnd, 'the other element waited for Retry-After').to.be.at.least(900);
  });
});
