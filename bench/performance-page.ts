/**
 * docs/performance.md from one run of `npm run bench`: the figures as tables, the date, commit and
 * command that made them, whether the size budgets are met, and what the figures mean. The page is
 * written whole on every run, so what it says and the figures never drift apart.
 */
import { markdownTable as table } from '../scripts/markdown-table.ts';
import type { LayoutShiftFigures } from './layout-shift.ts';
import { kb, type Size } from './sizes.ts';
import type { RenderServiceFigures } from './render-service.ts';
import type { Stats } from './time-view.ts';

interface Traffic {
  requests: number;
  bytes: number;
  gzip: number;
}

interface ViewFigures {
  ours: Traffic;
  portal?: Traffic;
  timeMs: Stats;
  timeMsWith150msLatency: Stats;
  longestTaskMs: Stats;
}

/** What bench/run.ts writes to bench/results.json (test/pages/bench.test.ts checks its shape). */
import type { ServerRenderingFigures } from './server-rendering.ts';

export interface BenchResults {
  commit: string;
  chromium: string;
  date: string;
  runs: number;
  /** CPU count, and the load averages over 1, 5 and 15 minutes when the run started */
  machine: { cpus: number; loadAverage: number[] };
  size: Record<string, Size>;
  allInOneComposition: Record<string, { raw: number; gzip: number }>;
  views: Record<string, ViewFigures>;
  /** cumulative layout shift of each element from first paint to loaded, on a phone and a desktop (bench/layout-shift.ts) */
  layoutShift: Record<string, LayoutShiftFigures>;
  /** Kenya's profile against an API 150 ms away: a first visit, and the next one, drawn from the answers kept across page loads */
  repeatVisit: { firstVisitMs: Stats; repeatVisitMs: Stats };
  mockApi: Record<string, Stats>;
  /** absch-widgets-server on loopback: the same profile again and again (from its memory), and a different one each time (rendered) */
  renderService: RenderServiceFigures;
  serverRendering: ServerRenderingFigures;
}

/** The size budgets of issue 17: gzip bytes of the all-in-one file, and of a page with one profile. */
export const BUDGETS: { file: string; label: string; gzip: number }[] = [
  { file: 'dist/cdn/absch-widgets.js', label: 'the all-in-one file', gzip: 45_000 },
  { file: 'page with only <absch-country-profile> (autoloader + its files + its view)', label: 'a page with one profile (autoloader)', gzip: 25_000 },
];

/** Plain text for a table cell: `<` would open an HTML tag, `|` would end the cell. */
const text = (value: string) => value.replace(/</g, '&lt;').replace(/\|/g, '\\|');
const time = (s: Stats) => `${s.median} ms (${s.min}–${s.max})`;

export function performancePage(results: BenchResults, command: string): string {
  const day = results.date.slice(0, 10);
  const quick = results.runs < 20 ? ` This was a quick run: its times are rough; commit the page of a full run.` : '';
  const views = Object.entries(results.views).map(([name, v]) => [
    text(name),
    `${v.ours.requests} / ${v.portal?.requests ?? '–'}`,
    `${kb(v.ours.gzip)} / ${v.portal ? kb(v.portal.gzip) : '–'}`,
    time(v.timeMs),
    `${v.timeMsWith150msLatency.median} ms`,
    `${v.longestTaskMs.median} ms`,
  ]);
  const budgets = BUDGETS.map((budget) => {
    const gzip = results.size[budget.file]?.gzip;
    const verdict = gzip === undefined ? 'not measured' : gzip <= budget.gzip ? 'met' : '**over**';
    return [budget.label, gzip === undefined ? '–' : kb(gzip), kb(budget.gzip), verdict];
  });
  const sizes = Object.entries(results.size).map(([file, s]) => [text(file), kb(s.raw), kb(s.gzip), kb(s.brotli)]);
  const composition = Object.entries(results.allInOneComposition).map(([group, s]) => [text(group), kb(s.raw), kb(s.gzip)]);
  const shifts = Object.entries(results.layoutShift).map(([name, shift]) => [text(name), String(shift.phone), String(shift.desktop)]);
  const mock = Object.entries(results.mockApi).map(([query, s]) => [text(query), time(s)]);
  const service = Object.entries(results.renderService).map(([name, load]) => [name, `${load.requestsPerSecond}`, time(load.timeMs), `${load.requests}, ${load.concurrency} at once`]);

  return `<!-- Written by \`npm run bench\` (bench/run.ts, bench/performance-page.ts): run it again instead of editing this page. -->

# Performance

Measured on ${day} at commit ${results.commit} by \`${command}\`: headless Chromium ${results.chromium} drives the built CDN files against mock-api on loopback; ${results.runs} runs per time figure after a warm-up, medians with min–max. The machine had ${results.machine.cpus} CPUs and a load average of ${results.machine.loadAverage.join(' / ')} (1, 5, 15 minutes) when the run started; times grow with that load, sizes, requests and bytes do not.${quick}

## Budgets

${table(['What', 'gzip', 'Budget', 'Verdict'], budgets)}

## Views

Requests count API requests. Bytes are response bodies as a CDN would gzip them. Time to content runs from inserting the element to its \`absch-load\` and final render, with no added latency and with 150 ms added to every API request (each element's view, loaded from the CDN beside them, gets none). The longest main-thread task is 0 when none took over 50 ms.

${table(['View', 'Requests, ours / portal', 'Bytes (gzip), ours / portal', 'Time to content', 'with +150 ms per request', 'Longest task'], views)}

The portal's figures replay its own queries (scbd/absch.cbd.int app/services/search-service.js): the profile's grouped query with \`group.limit=10\` and a long \`fl\`; for certificates, the API examples' \`rows=10000\` then one \`documents/…/info\` per certificate. Our search makes one request, as the portal's: the country names of its facet come in the same answer, as a pivot of each government's name. The Parties list stays above half the portal's bytes, its physical limit: both fetch the countries list, and the names of some two hundred countries in six languages (what the list shows, kept so that a change of language asks nothing) are most of its 11 kB; ours asks only for the fields it reads (a Mongo-style projection), and a page that also shows a search or profiles shares it.

## Layout shift

Cumulative layout shift from the element's first paint (its skeleton) to loaded: each element first on a page with a screenful of the host page below it, the API 300 ms away. Above 0.1 counts against the host site's Core Web Vitals; the elements' own limit is 0.05 (test/components/layout-shift.test.ts).

${table(['Element', 'Phone (375×740)', 'Desktop (1280×900)'], shifts)}

## Repeat visits

Kenya's profile with 150 ms added to every API request: ${time(results.repeatVisit.firstVisitMs)} on a first visit, ${time(results.repeatVisit.repeatVisitMs)} on the next visit of the same browser, which draws from the answers kept across page loads and asks the API in the background.

## Server rendering

Kenya's profile rendered by \`absch-widgets/server\` at each navigation (uncached: the render service's worst case) and hydrated by \`dist/cdn/hydrate/absch-widgets.js\`, against the same profile drawn in the browser by the all-in-one file. Time runs from navigation to the profile's name on screen.

${table(['', 'Client-only', 'Server-rendered'], [
    ['API on loopback', time(results.serverRendering.clientOnlyMs), time(results.serverRendering.serverRenderedMs)],
    ['API 150 ms away', time(results.serverRendering.clientOnlyMsWith150msLatency), time(results.serverRendering.serverRenderedMsWith150msLatency)],
  ])}

The fragment weighs ${kb(results.serverRendering.fragment.raw)} (${kb(results.serverRendering.fragment.gzip)} gzip), of which ${kb(results.serverRendering.fragment.answersRaw)} are the API's answers it carries so that the browser asks nothing again.

## Size of the shipped files

${table(['File', 'Raw', 'gzip', 'brotli'], sizes)}

### Where the all-in-one file's bytes go

Each group gzipped on its own, from a source-mapped build; languages and DOMPurify are chunks of their own (above).

${table(['Group', 'Raw', 'gzip'], composition)}

## How the CDN files load

- **An element's loaded view is a chunk.** What an element needs only to draw its loaded state (table rows, the chart, the record's layouts, the search results) is in \`chunks/*-view-*.js\`. The element asks for it when a load starts, beside its API requests, and draws once both are in, so it adds no round trip; a page downloads only the views it shows.
- **Other chunks come only when needed.** The five languages and DOMPurify come only when a page shows another language or record HTML.
- **A host's query string carries over.** A host may add \`?v=…\` to the script's URL (Drupal does). Every chunk is asked for with the same query string, and a view imports the file back with it, so the file never downloads or runs twice (a page test checks this).
- **A chunk's own imports are asked for with it.** A page test delays every script by 300 ms and counts the waves: two with the all-in-one file (the file, then a view), three with the autoloader (the autoloader; the element's file with its chunks; the view).

## mock-api

Median handler time per named query, in process (no HTTP):

${table(['Query', 'Time'], mock)}

## Render service

\`absch-widgets-server\` over HTTP on loopback, against mock-api: *cached* asks for Kenya's profile again and again (answered from the service's memory); *uncached* turns the service's cache off and asks for a different country each time, so that each request is rendered and asks the API.

${table(['Profile', 'Requests per second', 'Time per request', 'Requests'], service)}
`;
}
