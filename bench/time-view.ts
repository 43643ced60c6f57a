/** Time to content of one view in a fresh page, measured inside the page. */
import type { Browser, BrowserContext } from 'playwright-core';

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: values.length };
}

/**
 * Inserts `html` into a fresh page that has loaded the CDN file, and waits until every absch-*
 * element in it has fired `absch-load` and rendered. Returns that time and the longest
 * main-thread task meanwhile (PerformanceObserver 'longtask': tasks over 50 ms, else 0).
 */
export async function timeView(browser: Browser | BrowserContext, origin: string, html: string, apiBase: string): Promise<{ ms: number; longTask: number }> {
  // A browser opens each page in a fresh context (nothing stored); a context keeps what earlier pages stored.
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/blank.html`);
    await page.waitForFunction(() => customElements.get('absch-country-profile') !== undefined);
    return await page.evaluate(
      ({ html, apiBase }) =>
        new Promise<{ ms: number; longTask: number }>((resolve, reject) => {
          let longTask = 0;
          const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longTask = Math.max(longTask, e.duration))));
          observer.observe({ type: 'longtask' });
          const holder = document.createElement('div');
          holder.innerHTML = html;
          const elements = Array.from(holder.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')).filter((e) => e.localName.startsWith('absch-'));
          elements.forEach((element) => element.setAttribute('api-base', apiBase));
          const started = performance.now();
          let pending = elements.length;
          for (const element of elements) {
            element.addEventListener('absch-load', () => {
              void element.updateComplete.then(() => {
                if (--pending > 0) return;
                // The next frame: what was rendered has been laid out and painted.
                requestAnimationFrame(() => {
                  observer.disconnect();
                  resolve({ ms: performance.now() - started, longTask });
                });
              });
            }, { once: true });
            element.addEventListener('absch-error', (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))));
          }
          document.body.append(holder);
          // A view that never finishes loading is a failure to report, not a reason to hang.
          setTimeout(() => reject(new Error(`not loaded after 30 s: ${elements.filter((e) => e.shadowRoot?.querySelector('[aria-busy=true]')).map((e) => e.localName).join(', ') || 'no absch-load'}`)), 30_000);
        }),
      { html, apiBase },
    );
  } finally {
    await page.close();
  }
}
