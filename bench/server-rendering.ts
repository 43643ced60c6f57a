/**
 * Server rendering against client-only rendering, for Kenya's profile: the time from navigation to
 * the profile's name on screen, with the API on loopback and 150 ms away, and the bytes of the
 * server's fragment. The server renders at each navigation, uncached (the render service caches;
 * this is its worst case), with the built server (dist/server), as a site runs it.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type * as Server from '../src/server/index.ts';
import { stats, type Stats } from './time-view.ts';

export interface ServerRenderingFigures {
  /** the fragment of Kenya's profile in English: all of it, and the answers it carries for hydration */
  fragment: { raw: number; gzip: number; answersRaw: number };
  /** navigation to the name on screen: client-only (all-in-one file) and server-rendered (hydration file) */
  clientOnlyMs: Stats;
  serverRenderedMs: Stats;
  clientOnlyMsWith150msLatency: Stats;
  serverRenderedMsWith150msLatency: Stats;
}

const SERVER = new URL('../dist/server/index.js', import.meta.url).href;
const PROFILE = { country: 'ke' };

/** Polls each frame from the first one: when the profile's name is in its shadow root, the time since navigation. */
const FIRST_CONTENT = `<script>(function poll() {
  var el = document.querySelector('absch-country-profile');
  var name = el && el.shadowRoot && el.shadowRoot.querySelector('[part=name]');
  if (name && name.textContent.trim()) window.firstContent = performance.now(); else requestAnimationFrame(poll);
})();</script>`;

export async function serverRendering(browser: Browser, origin: string, runs: number): Promise<ServerRenderingFigures> {
  const { renderElement } = (await import(SERVER)) as typeof Server;
  const fragment = await renderElement('absch-country-profile', PROFILE, { apiBase: origin, lang: 'en' });
  const answers = /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(fragment)?.[1] ?? '';

  async function firstContent(serverRendered: boolean, apiBase: string): Promise<number> {
    const page = await browser.newPage();
    try {
      const url = `${origin}/bench/server-rendering.html`;
      await page.route(url, async (route) => {
        const element = serverRendered
          ? await renderElement('absch-country-profile', PROFILE, { apiBase, lang: 'en' })
          : `<absch-country-profile country="ke" lang="en" api-base="${apiBase}" loading="eager"></absch-country-profile>`;
        const script = serverRendered ? '/dist/cdn/hydrate/absch-widgets.js' : '/dist/cdn/absch-widgets.js';
        await route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><body>${element}${FIRST_CONTENT}<script type="module" src="${script}"></script></body></html>` });
      });
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { firstContent?: number }).firstContent !== undefined, undefined, { timeout: 30_000 });
      return await page.evaluate(() => (window as unknown as { firstContent: number }).firstContent);
    } finally {
      await page.close();
    }
  }

  const times = { client: [] as number[], server: [] as number[], clientSlow: [] as number[], serverSlow: [] as number[] };
  const slow = `${origin}/__mock/delay=150`;
  await firstContent(false, origin); // warm-up: the files in the browser's cache, the server's modules loaded
  await firstContent(true, origin);
  for (let run = 0; run < runs; run++) {
    times.client.push(await firstContent(false, origin));
    times.server.push(await firstContent(true, origin));
    times.clientSlow.push(await firstContent(false, slow));
    times.serverSlow.push(await firstContent(true, slow));
  }
  return {
    fragment: { raw: Buffer.byteLength(fragment), gzip: gzipSync(fragment).length, answersRaw: Buffer.byteLength(answers) },
    clientOnlyMs: stats(times.client),
    serverRenderedMs: stats(times.server),
    clientOnlyMsWith150msLatency: stats(times.clientSlow),
    serverRenderedMsWith150msLatency: stats(times.serverSlow),
  };
}
