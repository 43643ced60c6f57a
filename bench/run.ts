/**
 * npm run bench [-- --quick] [-- --no-build]: size, requests, bytes and time to content, printed as
 * a table and written to bench/results.json. Everything runs on loopback with Debian's chromium
 * driven by playwright-core. Figures are medians over repeated runs after a warm-up; none is
 * asserted anywhere.
 */
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/find-browser.ts';
import { portalCountryProfile, type PortalRequest } from './portal-queries.ts';
import { startLoopbackServer, type Answer, type LoopbackServer } from '../scripts/loopback-server.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 20;
const CDN_FILE = 'dist/cdn/absch-widgets.js';

interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: Math.round(median * 10) / 10, min: Math.round(sorted[0] * 10) / 10, max: Math.round(sorted[sorted.length - 1] * 10) / 10, runs: values.length };
}

interface View {
  name: string;
  /** the element as a page author writes it */
  html: string;
  portal: PortalRequest[];
}

const VIEWS: View[] = [
  { name: "Kenya's profile", html: '<absch-country-profile country="ke"></absch-country-profile>', portal: portalCountryProfile('ke') },
  { name: "India's profile", html: '<absch-country-profile country="in"></absch-country-profile>', portal: portalCountryProfile('in') },
];

const total = (answers: Answer[]) => ({
  requests: answers.length,
  bytes: answers.reduce((sum, a) => sum + a.bytes, 0),
  gzip: answers.reduce((sum, a) => sum + a.gzip, 0),
});

/** Replays the portal's requests from Node; the server's log counts them like ours. */
async function replay(server: LoopbackServer, requests: PortalRequest[]) {
  server.take();
  for (const request of requests) {
    const response = await fetch(server.origin + request.path, {
      method: request.method,
      headers: request.body ? { 'Content-Type': 'application/json' } : undefined,
      body: request.body ? JSON.stringify(request.body) : undefined,
    });
    await response.arrayBuffer();
  }
  return total(server.take());
}

/**
 * One view in a fresh page: inserts the element and waits for `absch-load`. Returns the time from
 * insertion to the final render and the longest main-thread task meanwhile.
 */
async function timeView(browser: Browser, origin: string, html: string, apiBase: string): Promise<{ ms: number; longTask: number }> {
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
          const element = holder.firstElementChild!;
          element.setAttribute('api-base', apiBase);
          const started = performance.now();
          element.addEventListener('absch-load', () => {
            // The element has rendered when its update settles after the load event.
            void (element as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() =>
              requestAnimationFrame(() => {
                observer.disconnect();
                resolve({ ms: performance.now() - started, longTask });
              }),
            );
          });
          element.addEventListener('absch-error', (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))));
          document.body.append(holder);
        }),
      { html, apiBase },
    );
  } finally {
    await page.close();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });
  const server = await startLoopbackServer({ '/dist/': 'dist', '/bench/': 'bench/pages' });
  const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
  const results: Record<string, unknown> = {
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(),
    chromium: browser.version(),
    date: new Date().toISOString(),
    runs: RUNS,
  };
  try {
    const cdn = sizes(CDN_FILE);
    results.size = { [CDN_FILE]: cdn };
    console.log(`\nSize of ${CDN_FILE}: ${kb(cdn.raw)} raw, ${kb(cdn.gzip)} gzip, ${kb(cdn.brotli)} brotli (budget: 45 kB gzip)`);

    const views: Record<string, unknown> = {};
    console.log('\nView                 | requests ours/portal | bytes ours/portal (raw)  | gzip ours/portal      | ratio (gzip) | time to content (median, 0 ms / +150 ms latency) | longest task');
    for (const view of VIEWS) {
      server.take();
      await timeView(browser, server.origin, view.html, '/'); // warm-up, and the request count of one view
      const ours = total(server.take());
      const portal = await replay(server, view.portal);
      const plain: number[] = [];
      const slow: number[] = [];
      const longTasks: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const fast = await timeView(browser, server.origin, view.html, '/');
        plain.push(fast.ms);
        longTasks.push(fast.longTask);
        slow.push((await timeView(browser, server.origin, view.html, '/__mock/delay=150')).ms);
      }
      server.take();
      const figures = { ours, portal, ratioGzip: round(ours.gzip / portal.gzip), timeMs: stats(plain), timeMsWith150msLatency: stats(slow), longestTaskMs: stats(longTasks) };
      views[view.name] = figures;
      console.log(
        `${view.name.padEnd(20)} | ${`${ours.requests} / ${portal.requests}`.padEnd(20)} | ${`${kb(ours.bytes)} / ${kb(portal.bytes)}`.padEnd(24)} | ${`${kb(ours.gzip)} / ${kb(portal.gzip)}`.padEnd(21)} | ${String(figures.ratioGzip).padEnd(12)} | ${`${figures.timeMs.median} ms / ${figures.timeMsWith150msLatency.median} ms`.padEnd(48)} | ${figures.longestTaskMs.median} ms`,
      );
    }
    results.views = views;
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${RUNS} runs per figure after a warm-up; chromium ${results.chromium}; written to bench/results.json`);
  } finally {
    await browser.close();
    await server.close();
  }
}

function sizes(file: string): { raw: number; gzip: number; brotli: number } {
  const content = readFileSync(file);
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length, brotli: brotliCompressSync(content).length };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const round = (n: number) => Math.round(n * 100) / 100;

await main();
