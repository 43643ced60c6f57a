/**
 * Cumulative layout shift of each element from its first paint (the skeleton) to loaded (issue 22 §6),
 * as test/components/layout-shift.test.ts asserts it, here on the built CDN file: the element first on
 * a page with a paragraph and a screenful of the host page below it, the API 300 ms away, on a phone
 * (375×740) and a desktop (1280×900). Every 'layout-shift' entry without recent input is summed.
 */
import type { Browser } from 'playwright-core';
import { FIXTURES } from '../mock-api/data/fixtures.ts';

/** The elements as a partner page places them. */
export const LAYOUT_SHIFT_VIEWS: Record<string, string> = {
  '<absch-record> (a certificate)': `<absch-record uid="${FIXTURES.indiaIrcc}"></absch-record>`,
  '<absch-stats view="records-by-type">': '<absch-stats view="records-by-type"></absch-stats>',
  '<absch-stats view="ircc-by-country" limit="8">': '<absch-stats view="ircc-by-country" limit="8"></absch-stats>',
  '<absch-parties-list search>': '<absch-parties-list search></absch-parties-list>',
  '<absch-country-profile country="ke">': '<absch-country-profile country="ke"></absch-country-profile>',
  '<absch-search>': '<absch-search></absch-search>',
  '<absch-certificate-list country="in">': '<absch-certificate-list country="in"></absch-certificate-list>',
};

const VIEWPORTS = { phone: { width: 375, height: 740 }, desktop: { width: 1280, height: 900 } } as const;

export type LayoutShiftFigures = Record<keyof typeof VIEWPORTS, number>;

/** The layout shift of one element in a fresh page of this viewport. */
async function layoutShift(browser: Browser, origin: string, html: string, viewport: { width: number; height: number }): Promise<number> {
  const page = await browser.newPage({ viewport });
  try {
    await page.goto(`${origin}/bench/blank.html`);
    await page.waitForFunction(() => customElements.get('absch-country-profile') !== undefined);
    // No named functions inside: tsx names them with a helper (__name) the page does not have.
    return await page.evaluate(
      (html) =>
        new Promise<number>((resolve, reject) => {
          let score = 0;
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) score += entry.value;
          });
          observer.observe({ type: 'layout-shift' });
          const holder = document.createElement('div');
          holder.innerHTML = `${html}<p>A paragraph of the host page after the element.</p><div></div>`;
          (holder.lastElementChild as HTMLElement).style.blockSize = '100vh';
          const element = holder.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          element.setAttribute('api-base', '/__mock/delay=300');
          element.addEventListener('absch-error', (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))));
          element.addEventListener(
            'absch-load',
            () =>
              void element.updateComplete.then(() =>
                // Three frames: the loaded element is laid out and painted, its shifts reported.
                requestAnimationFrame(() =>
                  requestAnimationFrame(() =>
                    requestAnimationFrame(() => {
                      for (const entry of observer.takeRecords() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) score += entry.value;
                      observer.disconnect();
                      resolve(Math.round(score * 1000) / 1000);
                    }),
                  ),
                ),
              ),
            { once: true },
          );
          document.body.append(holder);
          setTimeout(() => reject(new Error('not loaded after 30 s')), 30_000);
        }),
      html,
    );
  } finally {
    await page.close();
  }
}

/** Each element's layout shift on a phone and a desktop: the largest of `runs` runs. */
export async function layoutShifts(browser: Browser, origin: string, runs: number): Promise<Record<string, LayoutShiftFigures>> {
  const figures: Record<string, LayoutShiftFigures> = {};
  for (const [name, html] of Object.entries(LAYOUT_SHIFT_VIEWS)) {
    const shifts = { phone: 0, desktop: 0 };
    for (const [size, viewport] of Object.entries(VIEWPORTS) as Array<[keyof typeof VIEWPORTS, { width: number; height: number }]>) {
      for (let run = 0; run < runs; run++) shifts[size] = Math.max(shifts[size], await layoutShift(browser, origin, html, viewport));
    }
    figures[name] = shifts;
  }
  return figures;
}
