/**
 * An /embed page as a CMS shows it: an iframe on another site's page, with the /embed.js that the
 * oEmbed answer pastes beside it, in Chromium (playwright-core) against the service and mock-api
 * on loopback. The frame must size itself to its content, break none of its own CSP, and come
 * alive from the answers it came with, without asking the API.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.ts';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/loopback-server.ts';
import type * as Config from '../../src/server/service/config.ts';
import type * as Service from '../../src/server/service/service.ts';

// The built service, as a site runs it: its templates are the ones the CDN files hydrate (build/cdn.ts).
const BUILT = (file: string) => new URL(`../../dist/server/service/${file}`, import.meta.url).href;

let api: LoopbackServer;
let browser: Browser;
const servers: Server[] = [];

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

before(async () => {
  api = await startLoopbackServer({});
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await api.close();
});

describe('an /embed iframe on another site', () => {
  it('sizes itself to its content, keeps its CSP, and hydrates without asking the API', { timeout: 120_000 }, async () => {
    const { DEFAULTS } = (await import(BUILT('config.js'))) as typeof Config;
    const { createRenderService } = (await import(BUILT('service.js'))) as typeof Service;
    const service = `http://127.0.0.1:${await listen(createServer(createRenderService({ ...DEFAULTS, renderTimeoutMs: 30_000, apiBases: [api.origin] })))}`;
    const embed = `${service}/embed/absch-country-profile?country=ke&lang=fr`;
    // The host is another origin (localhost, not 127.0.0.1): what the frame says crosses origins.
    const hostPort = await listen(
      createServer((_, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><body><h1>A national site</h1><iframe src="${embed}" width="640" height="150" title="Kenya" frameborder="0"></iframe><script src="${service}/embed.js" async></script></body></html>`);
      }),
    );
    assert.equal((await fetch(embed)).status, 200, 'the service renders the page once, before the browser comes');
    api.take();

    const page = await browser.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      document.addEventListener('securitypolicyviolation', (event) => report(`${location.href}: ${event.violatedDirective} ${event.blockedURI}`));
    });
    try {
      await page.goto(`http://localhost:${hostPort}/`);
      await page.waitForFunction(() => Number(document.querySelector('iframe')?.getAttribute('height')) > 150, undefined, { timeout: 60_000 });
      const frame = page.frames().find((candidate) => candidate.url().startsWith(embed));
      assert.ok(frame, 'the frame is there');
      await frame.waitForFunction(() => document.querySelector('absch-country-profile:not([defer-hydration])') !== null, undefined, { timeout: 60_000 });
      const sizes = await frame.evaluate(() => ({
        content: Math.ceil(document.querySelector('.absch-embed')?.getBoundingClientRect().height ?? 0),
        hydrated: !document.querySelector('absch-country-profile')?.hasAttribute('defer-hydration'),
        text: document.querySelector('absch-country-profile')?.shadowRoot?.textContent ?? '',
      }));
      const height = Number(await page.locator('iframe').getAttribute('height'));
      assert.ok(Math.abs(height - sizes.content) <= 1, `iframe ${height} px, its content ${sizes.content} px`);
      assert.ok(sizes.hydrated, 'the element came alive');
      assert.ok(sizes.text.includes('Kenya'), 'its view is there');
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(
        api.take().map((answer) => answer.path),
        [],
        'no API request from the browser',
      );
    } finally {
      await page.close();
    }
  });
});
