/**
 * Server rendering against client-only rendering, for Kenya's profile: the time from navigation to
 * the profile's name on screen, with the API on loopback and 150 ms away, and the bytes of the
 * server's fragment. The server renders at each navigation, uncached (the render service caches;
 * this is its worst case). It is the built render service (bin/absch-widgets-server, dist/server),
 * in a process of its own, as a site runs it: its templates are the ones the CDN files hydrate.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
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

const BIN = new URL('../bin/absch-widgets-server', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The render service with its cache off, allowed to ask `apiBases`; stopped by the returned function. */
async function startService(apiBases: string[]): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, '--port', String(port), '--cache-entries', '0', ...apiBases.flatMap((base) => ['--api-base', base])], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      if (tries > 100) throw new Error('the render service did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, stop: () => child.kill() };
}

/** Polls each frame from the first one: when the profile's name is in its shadow root, the time since navigation. */
const FIRST_CONTENT = `<script>(function poll() {
  var el = document.querySelector('absch-country-profile');
  var name = el && el.shadowRoot && el.shadowRoot.querySelector('[part=name]');
  if (name && name.textContent.trim()) window.firstContent = performance.now(); else requestAnimationFrame(poll);
})();</script>`;

export async function serverRendering(browser: Browser, origin: string, runs: number): Promise<ServerRenderingFigures> {
  const slow = `${origin}/__mock/delay=150`;
  const service = await startService([origin, slow]);
  const renderElement = async (apiBase: string) => {
    const response = await fetch(`${service.origin}/render/absch-country-profile?country=ke&lang=en&api-base=${encodeURIComponent(apiBase)}`);
    if (!response.ok) throw new Error(`render: ${response.status}`);
    return response.text();
  };
  try {
    return await measure(browser, origin, slow, renderElement, runs);
  } finally {
    service.stop();
  }
}

async function measure(browser: Browser, origin: string, slow: string, renderElement: (apiBase: string) => Promise<string>, runs: number): Promise<ServerRenderingFigures> {
  const fragment = await renderElement(origin);
  const answers = /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(fragment)?.[1] ?? '';

  async function firstContent(serverRendered: boolean, apiBase: string): Promise<number> {
    const page = await browser.newPage();
    try {
      const url = `${origin}/bench/server-rendering.html`;
      await page.route(url, async (route) => {
        const element = serverRendered
          ? await renderElement(apiBase)
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
