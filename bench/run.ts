/**
 * npm run bench [-- --quick] [-- --runs N] [-- --no-build] [-- --out FILE] [-- --docs FILE]: size, requests, bytes and time to
 * content, printed as tables, written to bench/results.json and, as a page for readers, to
 * docs/performance.md (with --out and no --docs, the page goes beside the results file, so a test
 * run leaves the committed page alone). Everything runs on loopback with Debian's chromium
 * driven by playwright-core. Figures are medians (with min and max) over repeated runs after a
 * warm-up; none is asserted anywhere.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/find-browser.ts';
import { startLoopbackServer, type Answer, type LoopbackServer } from '../scripts/loopback-server.ts';
import { mockLatency } from './mock-latency.ts';
import { renderServiceBench } from './render-service.ts';
import { portalCertificates, portalCountryProfile, portalPartiesList, portalSearch, type Send } from './portal-queries.ts';
import { allInOneComposition } from './composition.ts';
import { BUDGETS, performancePage, type BenchResults } from './performance-page.ts';
import { serverRendering } from './server-rendering.ts';
import { layoutShifts, type LayoutShiftFigures } from './layout-shift.ts';
import { fileSizes, kb } from './sizes.ts';
import { stats, timeView, type Stats } from './time-view.ts';

const quick = process.argv.includes('--quick');
const runsIndex = process.argv.indexOf('--runs');
// `--runs N` sets the runs per time figure; the bench's own test takes 1, as it checks that every figure is made.
const RUNS = runsIndex > 0 ? Math.max(1, Math.trunc(Number(process.argv[runsIndex + 1])) || 1) : quick ? 3 : 20;
const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 ? process.argv[outIndex + 1] : 'bench/results.json';
const docsIndex = process.argv.indexOf('--docs');
const DOCS = docsIndex > 0 ? process.argv[docsIndex + 1] : outIndex > 0 ? join(dirname(OUT), 'performance.md') : 'docs/performance.md';
/** How this run was started, as the page says it. */
const COMMAND = ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');

interface View {
  name: string;
  /** the element as a page author writes it */
  html: string;
  /** the portal's requests for the same view */
  portal?: (send: Send) => Promise<void>;
}

const VIEWS: View[] = [
  { name: "Kenya's profile", html: '<absch-country-profile country="ke"></absch-country-profile>', portal: portalCountryProfile('ke') },
  { name: "India's profile", html: '<absch-country-profile country="in"></absch-country-profile>', portal: portalCountryProfile('in') },
  { name: 'Parties list', html: '<absch-parties-list></absch-parties-list>', portal: portalPartiesList() },
  { name: "India's IRCCs, page of 25", html: '<absch-certificate-list country="in"></absch-certificate-list>', portal: portalCertificates('in') },
  { name: "India's IRCCs, page of 100", html: '<absch-certificate-list country="in" page-size="100"></absch-certificate-list>' },
  { name: 'Search for a word', html: '<absch-search query="biodiversity"></absch-search>', portal: portalSearch('biodiversity') },
  {
    // A regional page: profiles that load together share their requests (before gathering: 24).
    name: 'Twelve profiles on one page',
    html: `<div>${['ke', 'in', 'pe', 'za', 'mx', 'et', 'by', 'la', 'pa', 'gy', 'bt', 'mg'].map((code) => `<absch-country-profile country="${code}"></absch-country-profile>`).join('')}</div>`,
  },
  {
    name: 'Kenya: profile + IRCCs + Parties',
    html: '<div><absch-country-profile country="ke"></absch-country-profile><absch-certificate-list country="ke"></absch-certificate-list><absch-parties-list></absch-parties-list></div>',
  },
];

const total = (answers: Answer[]) => ({
  requests: answers.length,
  bytes: answers.reduce((sum, a) => sum + a.bytes, 0),
  gzip: answers.reduce((sum, a) => sum + a.gzip, 0),
});

/** Replays the portal's requests from Node; the server's log counts them like ours. */
async function replay(server: LoopbackServer, portal: (send: Send) => Promise<void>) {
  server.take();
  await portal(async (method, path, body) => {
    const response = await fetch(server.origin + path, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    return response.json();
  });
  return total(server.take());
}

const pad = (text: string, width: number) => text.padEnd(width);

/**
 * Time to content of Kenya's profile against an API 150 ms away, on a first visit (nothing stored)
 * and on the visit after (a page of the same browser profile, which drew from the answers stored
 * by the first, and asked the API in the background).
 */
async function repeatVisit(browser: Browser, origin: string): Promise<BenchResults['repeatVisit']> {
  const profile = '<absch-country-profile country="ke"></absch-country-profile>';
  const first: number[] = [];
  const repeat: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    try {
      first.push((await timeView(context, origin, profile, '/__mock/delay=150')).ms);
      repeat.push((await timeView(context, origin, profile, '/__mock/delay=150')).ms);
    } finally {
      await context.close();
    }
  }
  return { firstVisitMs: stats(first), repeatVisitMs: stats(repeat) };
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
    // Times depend on what else the machine runs: the page says how busy it was.
    machine: { cpus: cpus().length, loadAverage: loadavg().map((load) => Math.round(load * 10) / 10) },
  };
  try {
    results.size = fileSizes();
    console.log(`\n1. Size of the shipped files (budgets: ${BUDGETS.map((b) => `${b.label} ≤ ${kb(b.gzip)} gzip`).join(', ')})\n`);
    console.log(`${pad('File', 52)} | ${pad('raw', 9)} | ${pad('gzip', 9)} | brotli`);
    for (const [file, size] of Object.entries(results.size as Record<string, { raw: number; gzip: number; brotli: number }>)) {
      console.log(`${pad(file, 52)} | ${pad(kb(size.raw), 9)} | ${pad(kb(size.gzip), 9)} | ${kb(size.brotli)}`);
    }

    results.allInOneComposition = allInOneComposition();
    console.log('\nWhere dist/cdn/absch-widgets.js’s bytes go (each group gzipped on its own; languages and DOMPurify are chunks, above)\n');
    for (const [group, share] of Object.entries(results.allInOneComposition as Record<string, { raw: number; gzip: number }>)) {
      console.log(`${pad(group, 52)} | ${pad(kb(share.raw), 9)} | ${kb(share.gzip)}`);
    }

    const views: Record<string, unknown> = {};
    console.log('\n2–4. Requests and bytes per view, ours against the portal’s own queries on the same data; time from insertion to final render\n');
    console.log(
      `${pad('View', 34)} | ${pad('requests ours/portal', 20)} | ${pad('gzip ours/portal', 22)} | ${pad('ratio', 6)} | ${pad('time, median (min–max)', 24)} | ${pad('+150 ms/request', 16)} | longest task`,
    );
    for (const view of VIEWS) {
      server.take();
      await timeView(browser, server.origin, view.html, '/'); // warm-up, and the requests of one view
      const ours = total(server.take());
      const portal = view.portal ? await replay(server, view.portal) : undefined;
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
      const figures: Record<string, unknown> = {
        ours,
        portal,
        ratioGzip: portal ? Math.round((ours.gzip / portal.gzip) * 100) / 100 : undefined,
        timeMs: stats(plain),
        timeMsWith150msLatency: stats(slow),
        longestTaskMs: stats(longTasks),
      };
      views[view.name] = figures;
      const t = figures.timeMs as Stats;
      console.log(
        `${pad(view.name, 34)} | ${pad(`${ours.requests} / ${portal?.requests ?? '–'}`, 20)} | ${pad(`${kb(ours.gzip)} / ${portal ? kb(portal.gzip) : '–'}`, 22)} | ${pad(String(figures.ratioGzip ?? '–'), 6)} | ${pad(`${t.median} ms (${t.min}–${t.max})`, 24)} | ${pad(`${(figures.timeMsWith150msLatency as Stats).median} ms`, 16)} | ${(figures.longestTaskMs as Stats).median} ms`,
      );
    }
    results.views = views;

    results.layoutShift = await layoutShifts(browser, server.origin, quick ? 1 : 3);
    console.log('\nLayout shift from first paint to loaded, API 300 ms away, the largest of the runs (issue 22: at most 0.05)\n');
    console.log(`${pad('Element', 52)} | ${pad('phone', 6)} | desktop`);
    for (const [name, shift] of Object.entries(results.layoutShift as Record<string, LayoutShiftFigures>)) console.log(`${pad(name, 52)} | ${pad(String(shift.phone), 6)} | ${shift.desktop}`);

    results.repeatVisit = await repeatVisit(browser, server.origin);
    const repeat = results.repeatVisit as BenchResults['repeatVisit'];
    console.log(`\nRepeat visit, Kenya's profile with +150 ms per request: first visit ${repeat.firstVisitMs.median} ms, repeat visit (answers kept across page loads) ${repeat.repeatVisitMs.median} ms`);

    results.serverRendering = await serverRendering(browser, server.origin, RUNS);
    const ssr = results.serverRendering as BenchResults['serverRendering'];
    console.log(`\nServer rendering, Kenya's profile: fragment ${kb(ssr.fragment.raw)} (${kb(ssr.fragment.gzip)} gzip; answers for hydration ${kb(ssr.fragment.answersRaw)} of it)`);
    console.log(`  navigation to the name on screen, client-only / server-rendered: ${ssr.clientOnlyMs.median} / ${ssr.serverRenderedMs.median} ms; API 150 ms away: ${ssr.clientOnlyMsWith150msLatency.median} / ${ssr.serverRenderedMsWith150msLatency.median} ms`);

    results.mockApi = await mockLatency(quick ? 10 : 50);
    console.log('\n5. mock-api: median handler time per named query (in process, no HTTP)\n');
    for (const [name, s] of Object.entries(results.mockApi as Record<string, Stats>)) console.log(`${pad(name, 40)} | ${s.median} ms (${s.min}–${s.max})`);

    results.renderService = await renderServiceBench(server.origin, quick);
    console.log('\n6. Render service (absch-widgets-server) on loopback: throughput and time per request\n');
    for (const [name, load] of Object.entries(results.renderService as BenchResults['renderService'])) {
      console.log(`${pad(`${name} profile`, 40)} | ${load.requestsPerSecond} requests/s | ${load.timeMs.median} ms (${load.timeMs.min}–${load.timeMs.max}) | ${load.requests} requests, ${load.concurrency} at once`);
    }

    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
    mkdirSync(dirname(DOCS), { recursive: true });
    // Every field of BenchResults was filled above; the object is typed loosely only while it is built.
    writeFileSync(DOCS, performancePage(results as unknown as BenchResults, COMMAND));
    console.log(`\n${RUNS} runs per time figure after a warm-up; bytes are response bodies (gzip as a CDN would send them); chromium ${results.chromium}; commit ${results.commit}; written to ${OUT} and ${DOCS}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
