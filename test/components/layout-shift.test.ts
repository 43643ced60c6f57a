/**
 * No layout shift when the data arrives (issue 22 §6): each element, first in a page and followed
 * by a paragraph and a screenful of the host page, with the API 300 ms away, on a phone, a tablet and a desktop. The cumulative layout
 * shift from the first paint (the skeleton) to the loaded element, summed over every 'layout-shift'
 * entry without recent input, is at most 0.05: what counts against a host page's Core Web Vitals
 * is then not ours.
 */
import { expect, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/absch-widgets.js';
import { FIXTURES } from '../../mock-api/data/fixtures.js';
import { apiBase, guardHostPage, settled, type AbschTestElement } from '../helpers.js';

/** The most an element may shift its host page while it loads. */
const MAX_SHIFT = 0.05;
const VIEWPORTS = [
  { name: 'a phone', width: 375, height: 740 },
  { name: 'a tablet', width: 768, height: 1024 },
  { name: 'a desktop', width: 1280, height: 900 },
] as const;

/** Each element as a partner page places it; the API slow enough that the skeleton is painted first. */
const CASES: Array<[string, (api: string) => TemplateResult]> = [
  ['<absch-record> (a certificate)', (api) => html`<absch-record uid=${FIXTURES.indiaIrcc} api-base=${api}></absch-record>`],
  ['<absch-stats view="records-by-type">', (api) => html`<absch-stats view="records-by-type" api-base=${api}></absch-stats>`],
  ['<absch-stats view="ircc-by-country" limit="8">', (api) => html`<absch-stats view="ircc-by-country" limit="8" api-base=${api}></absch-stats>`],
  ['<absch-parties-list search>', (api) => html`<absch-parties-list search api-base=${api}></absch-parties-list>`],
  ['<absch-country-profile country="ke">', (api) => html`<absch-country-profile country="ke" api-base=${api}></absch-country-profile>`],
  ['<absch-search>', (api) => html`<absch-search api-base=${api}></absch-search>`],
  // First of the lists: its view chunk, which draws the filters, is not there yet, so their placeholder is painted first.
  ['<absch-certificate-list country="in" filters>', (api) => html`<absch-certificate-list country="in" filters api-base=${api}></absch-certificate-list>`],
  ['<absch-certificate-list country="in">', (api) => html`<absch-certificate-list country="in" api-base=${api}></absch-certificate-list>`],
];

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The sum of the layout shifts (without recent input) that happen while `act` runs, until painted. */
async function shiftDuring(act: () => Promise<void>): Promise<number> {
  let score = 0;
  const add = (entries: PerformanceEntryList) => {
    for (const entry of entries as LayoutShift[]) if (!entry.hadRecentInput) score += entry.value;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift' });
  await act();
  // What was rendered is laid out and painted; its shifts, if any, are reported.
  for (let i = 0; i < 3; i++) await frame();
  add(observer.takeRecords());
  observer.disconnect();
  return Math.round(score * 1000) / 1000;
}

/** The layout shift the element causes from its first paint until it is loaded and painted. */
function layoutShift(template: TemplateResult): Promise<number> {
  return shiftDuring(async () => {
    // The rest of the host page below the element: a screenful of it, as on a real page.
    const page = fixtureSync<HTMLDivElement>(html`<div>
      ${template}
      <p>A paragraph of the host page after the element: if the element grows when its data arrives, this moves, and the reader loses their place.</p>
      <div class="rest-of-page"></div>
      <style>
        .rest-of-page {
          block-size: 100vh;
          background: linear-gradient(#ddd, #999);
        }
      </style>
    </div>`);
    await settled(page.firstElementChild as AbschTestElement);
  });
}

/**
 * A shift the test makes itself: a paragraph pushed down by 200 px once painted. A tab that is not
 * painted reports no shift at all, so without this the measurements above could pass for nothing.
 */
function controlShift(): Promise<number> {
  fixtureCleanup();
  return shiftDuring(async () => {
    const page = fixtureSync<HTMLDivElement>(html`<div><p>A paragraph that moves.</p><div class="rest-of-page"></div></div>`);
    for (let i = 0; i < 2; i++) await frame();
    const pusher = document.createElement('div');
    pusher.append(document.createElement('br'), document.createElement('br'), document.createElement('br'), document.createElement('br'));
    page.prepend(pusher);
  });
}

describe('no layout shift while an element loads', function () {
  this.timeout(60000);
  // Another test file may bring its own tab to the front meanwhile; the control shift then fails, and the test runs again.
  this.retries(2);
  guardHostPage();
  // Layout shifts are measured when the page is painted: the test's tab must be the one in front.
  beforeEach(() => executeServerCommand('bring-to-front'));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const viewport of VIEWPORTS) {
    for (const [name, render] of CASES) {
      it(`${name} on ${viewport.name}: at most ${MAX_SHIFT}`, async () => {
        await setViewport({ width: viewport.width, height: viewport.height });
        const shift = await layoutShift(render(apiBase({ delay: 300 })));
        expect(await controlShift(), 'the shift the test makes itself is seen').to.be.above(0);
        expect(shift, 'cumulative layout shift').to.be.at.most(MAX_SHIFT);
      });
    }
  }
});
