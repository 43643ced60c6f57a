/**
 * Server-rendered elements in Chromium: the HTML of absch-widgets/server in a page, first without
 * JavaScript (what a crawler or a reader without scripts gets), then with the hydration file
 * (dist/cdn/hydrate/absch-widgets.js), under a strict Content-Security-Policy.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type * as Server from '../../src/server/index.ts';
import { usePages } from './page-harness.ts';

const SERVER = new URL('../../dist/server/index.js', import.meta.url).href;
const NONCE = 'server-rendering-test';
const CSP = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self' 'nonce-${NONCE}'; img-src 'self'`;

describe('server-rendered elements in Chromium', () => {
  const harness = usePages();
  let fragments: string[] = [];

  before(async () => {
    // The built server, as a site runs it: its templates are the ones the CDN files hydrate (build/cdn.ts).
    const { renderElement } = (await import(SERVER)) as typeof Server;
    const options = (lang: string) => ({ apiBase: harness.server.origin, lang, styleNonce: NONCE });
    fragments = await Promise.all([
      renderElement('absch-country-profile', { country: 'ke' }, options('fr')),
      renderElement('absch-record', { uid: 'absch-ircc-in-207343-1' }, options('ar')),
      // With filters: their controls come in the list's view chunk, which the server and the hydration load.
      renderElement('absch-certificate-list', { country: 'in', 'page-size': '5', filters: '' }, options('en')),
    ]);
  });

  /** A page holding the fragments, served from the loopback origin (so that the API is 'self'). */
  async function serverPage(javaScript: boolean, script = '/dist/cdn/hydrate/absch-widgets.js'): Promise<{ page: Page; errors: string[] }> {
    const context = await harness.browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const url = `${harness.server.origin}/ssr/page.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': CSP },
        body: `<!doctype html><html lang="en"><head><title>Server rendered</title></head><body>
          ${fragments.join('\n')}
          <script nonce="${NONCE}">window.before = [...document.querySelectorAll('absch-country-profile, absch-record, absch-certificate-list')].map((el) => el.shadowRoot && el.shadowRoot.querySelector('[part=base] > *:not(span)'));</script>
          <script type="module" src="${script}"></script>
        </body></html>`,
      }),
    );
    harness.server.take();
    await page.goto(url);
    return { page, errors };
  }

  it('shows the data without JavaScript: the declarative shadow roots hold the loaded views', async () => {
    const { page, errors } = await serverPage(false);
    // Each shown once: the light-DOM facts say them too, for readers that see no shadow root, but are not drawn.
    for (const text of ['Kenya', 'Partie au Protocole de Nagoya depuis le 12 octobre 2014 (ratification)', 'ABSCH-IRCC-IN-207343-1', 'شهادة الامتثال المعترف بها دوليًا']) {
      const shown = await Promise.all((await page.getByText(text, { exact: true }).all()).map((match) => match.isVisible()));
      assert.equal(shown.filter(Boolean).length, 1, `${text}: ${JSON.stringify(shown)}`);
    }
    assert.deepEqual(errors, []);
  });

  it('hydrates without asking the API again, keeping the server\'s nodes, then behaves as usual', async () => {
    const { page, errors } = await serverPage(true);
    await page.waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0 && customElements.get('absch-record'));
    await page.waitForFunction(() => [...document.querySelectorAll('absch-country-profile, absch-record, absch-certificate-list')].every((el) => (el as HTMLElement & { hasUpdated: boolean }).hasUpdated));
    const kept = await page.evaluate(() => {
      const before = (window as unknown as { before: (Element | null)[] }).before;
      const now = [...document.querySelectorAll('absch-country-profile, absch-record, absch-certificate-list')].map((el) => el.shadowRoot?.querySelector('[part=base] > *:not(span)') ?? null);
      return before.map((node, i) => node !== null && node === now[i]);
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(kept, [true, true, true], 'each element keeps the nodes the server drew');
    assert.equal(await page.evaluate(() => document.querySelector('absch-certificate-list')?.shadowRoot?.querySelector('[part=base] > form[part=filters]')?.localName), 'form', 'the filter controls, not their placeholder');
    const api = harness.server.take().filter((answer) => answer.path.startsWith('/api/'));
    assert.deepEqual(api.map((answer) => answer.path), [], 'no API request for the first views');

    // Then as usual: the next page of certificates is asked for, and a language change redraws.
    const firstRow = () => page.evaluate(() => document.querySelector('absch-certificate-list')?.shadowRoot?.querySelector('[part~=row]')?.getAttribute('data-uid') ?? '');
    const pageOne = await firstRow();
    assert.match(pageOne, /^ABSCH-IRCC-IN-/i);
    await page.evaluate(() => document.querySelector('absch-certificate-list')?.setAttribute('page', '2'));
    await page.waitForFunction((first) => {
      const uid = document.querySelector('absch-certificate-list')?.shadowRoot?.querySelector('[part~=row]')?.getAttribute('data-uid');
      return uid && uid !== first;
    }, pageOne);
    assert.equal(harness.server.take().filter((answer) => answer.path.startsWith('/api/')).length, 1, 'the second page is one request');
    await page.evaluate(() => document.querySelector('absch-country-profile')?.setAttribute('lang', 'es'));
    await page.waitForFunction(() => /^Parte/.test(document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=status]')?.textContent?.trim() ?? ''));
    assert.deepEqual(errors, []);
  });

  it('with the all-in-one file instead (no hydration support), draws afresh from the answers it came with: still no API request', async () => {
    const { page, errors } = await serverPage(true, '/dist/cdn/absch-widgets.js');
    await page.waitForFunction(() => document.querySelectorAll('[defer-hydration]').length === 0 && customElements.get('absch-record'));
    await page.waitForFunction(() => [...document.querySelectorAll('absch-country-profile, absch-record, absch-certificate-list')].every((el) => el.shadowRoot?.querySelector('[part=base][aria-busy=false]')));
    assert.equal(await page.evaluate(() => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=name]')?.textContent?.trim()), 'Kenya');
    assert.deepEqual(harness.server.take().filter((answer) => answer.path.startsWith('/api/')).map((answer) => answer.path), []);
    assert.deepEqual(errors, []);
  });
});
