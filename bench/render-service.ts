/**
 * The render service's throughput and median time per request (issue 18), over HTTP on loopback
 * against mock-api: a cached profile (the same URL again and again: answered from the service's
 * memory) and uncached profiles (the service's cache off, a different country each request, so that
 * each is rendered and asks the API, as after a deploy or for a long tail of URLs).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULTS, type ServiceConfig } from '../src/server/service/config.ts';
import { createRenderService } from '../src/server/service/service.ts';
import { stats, type Stats } from './time-view.ts';

export interface ServiceLoad {
  requests: number;
  /** requests in flight at once */
  concurrency: number;
  requestsPerSecond: number;
  timeMs: Stats;
}

export interface RenderServiceFigures {
  cached: ServiceLoad;
  uncached: ServiceLoad;
}

/** Countries whose profiles the uncached run renders, one each, in turn. */
const COUNTRIES = ['ke', 'in', 'pe', 'za', 'mx', 'et', 'by', 'la', 'pa', 'gy', 'bt', 'mg', 'br', 'ar', 'cl', 'co', 'eg', 'ma', 'ng', 'gh', 'ug', 'tz', 'rw', 'vn', 'th', 'id', 'my', 'ph', 'pk', 'bd', 'np', 'lk', 'kh', 'mn', 'kz', 'uz', 'fr', 'de', 'es', 'jp'];

/** `paths` asked by `concurrency` clients at once; every answer is read whole. */
async function load(origin: string, paths: string[], concurrency: number): Promise<ServiceLoad> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      const sent = performance.now();
      const response = await fetch(origin + path);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      times.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  return { requests: paths.length, concurrency, requestsPerSecond: Math.round((paths.length / seconds) * 10) / 10, timeMs: stats(times) };
}

async function withService<T>(config: Partial<ServiceConfig>, apiOrigin: string, use: (origin: string) => Promise<T>): Promise<T> {
  const server = createServer(createRenderService({ ...DEFAULTS, renderTimeoutMs: 60_000, apiBases: [apiOrigin], ...config }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

export async function renderServiceBench(apiOrigin: string, quick: boolean): Promise<RenderServiceFigures> {
  const profile = (code: string) => `/render/absch-country-profile?country=${code}`;
  const cached = await withService({}, apiOrigin, async (origin) => {
    await load(origin, [profile('ke')], 1); // renders it once
    return load(origin, Array.from({ length: quick ? 200 : 2000 }, () => profile('ke')), 8);
  });
  const uncached = await withService({ cacheEntries: 0 }, apiOrigin, async (origin) => {
    await load(origin, [profile('ke')], 1); // loads the elements and their strings, as a running service has
    return load(origin, (quick ? COUNTRIES.slice(0, 12) : COUNTRIES).map(profile), 4);
  });
  return { cached, uncached };
}
