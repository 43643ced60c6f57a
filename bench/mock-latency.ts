/** mock-api's own time per named query, in process, so the mock is never what a figure measures. */
import { certificatePageQuery } from '../src/api/queries/certificates.ts';
import { countryProfileQuery } from '../src/api/queries/country-profile.ts';
import { partiesPivotQuery } from '../src/api/queries/parties.ts';
import { generateSnapshot } from '../mock-api/data/generate.ts';
import { createHandler } from '../mock-api/handler.ts';
import type { Params } from '../src/api/client.ts';
import { stats, type Stats } from './time-view.ts';

function url(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of typeof value === 'object' ? value : [value]) search.append(key, String(item));
  }
  return `http://mock.local/api/v2013/index/select?${search}`;
}

export async function mockLatency(runs: number): Promise<Record<string, Stats>> {
  const handle = createHandler(generateSnapshot(new Date()));
  const queries: Record<string, string> = {
    "country profile (ours, Kenya)": url(countryProfileQuery(['ke'], 3)),
    'parties pivot (ours)': url(partiesPivotQuery()),
    "certificates, page of 25 (ours, India)": url(certificatePageQuery({ governments: ['in'], usages: [], subjects: [], query: '' }, { start: 0, rows: 25, sort: 'date-desc', locale: 'en' })),
    'country (GET countries/KE)': 'http://mock.local/api/v2013/countries/KE',
    'countries (GET countries)': 'http://mock.local/api/v2013/countries',
  };
  const out: Record<string, Stats> = {};
  for (const [name, target] of Object.entries(queries)) {
    await (await handle(new Request(target))).arrayBuffer(); // warm-up: fields are analysed on first use
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await (await handle(new Request(target))).arrayBuffer();
      times.push(performance.now() - started);
    }
    out[name] = stats(times);
  }
  return out;
}
