import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openPage, partText, usePages } from './page-harness.ts';

describe('the CDN files in real pages', () => {
  const harness = usePages();

  it('upgrades elements already in the HTML and follows a change of <html lang>', async () => {
    const { page, errors, violations } = await openPage(harness, '/pages/cdn.html');
    await page.waitForFunction(() => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=name]'));
    assert.equal(await partText(page, 'absch-country-profile', 'name'), 'Kenya');
    assert.equal(await partText(page, 'absch-country-profile', 'status', 1), 'Party to the Nagoya Protocol since 12 October 2014 (ratification)');
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    await page.waitForFunction(() => /^Partie/.test(document.querySelectorAll('absch-country-profile')[1]?.shadowRoot?.querySelector('[part=status]')?.textContent?.trim() ?? ''));
    assert.equal(await partText(page, 'absch-country-profile', 'name', 1), 'Inde');
    assert.deepEqual([errors, violations], [[], []]);
  });

  it('the all-in-one file fetches a view, a language and DOMPurify only when the page shows them, with the page\'s query string', async () => {
    const scripts = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.pathname.endsWith('.js')).map((u) => u.pathname + u.search));
    const profiles = await openPage(harness, '/pages/cdn.html');
    await profiles.page.waitForFunction(() => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=name]'));
    // English profiles: the file and the profile's view, which imports the file back with the page's ?v=1
    // (without it, the file would be downloaded and run a second time).
    const [file, view, ...more] = await scripts(profiles.page);
    assert.equal(file, '/dist/cdn/absch-widgets.js?v=1');
    assert.match(view, /^\/dist\/cdn\/chunks\/profile-view-[\w-]+\.js\?v=1$/);
    assert.deepEqual(more, []);
    await profiles.page.evaluate(() => (document.documentElement.lang = 'fr'));
    await profiles.page.waitForFunction(() => /^Partie/.test(document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=status]')?.textContent?.trim() ?? ''));
    const french = (await scripts(profiles.page)).slice(2);
    // One self-contained chunk, asked for with the page's query string, as every chunk is.
    assert.equal(french.length, 1, french.join(' '));
    assert.match(french[0], /^\/dist\/cdn\/chunks\/fr-[\w-]+\.js\?v=1$/);

    const record = await openPage(harness, '/pages/trusted-types.html');
    await record.page.waitForFunction(() => document.querySelector('absch-record')?.shadowRoot?.querySelector('[data-field=description]'));
    const recordScripts = await scripts(record.page);
    assert.ok(recordScripts.some((path) => /^\/dist\/cdn\/chunks\/purify[\w.-]*\.js$/.test(path)), `DOMPurify is fetched for the record: ${recordScripts.join(' ')}`);
    assert.ok(recordScripts.some((path) => /^\/dist\/cdn\/chunks\/record-view-[\w-]+\.js$/.test(path)), `the record's view is fetched: ${recordScripts.join(' ')}`);
    assert.deepEqual([profiles.errors, record.errors], [[], []]);
  });

  it('on a French page whose language arrives after the data, shows the loaded state in French, says nothing of the first load, and says a later one once, in French', async () => {
    const page = await harness.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The API answers at once (loopback); the French chunk takes 800 ms, as on a slow CDN.
    await page.route('**/dist/cdn/chunks/fr-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    // Everything each element's status region says, in order, from its first render.
    await page.addInitScript(() => {
      const said: Record<string, string[]> = {};
      (window as unknown as { said: typeof said }).said = said;
      for (const tag of ['absch-country-profile', 'absch-certificate-list']) {
        said[tag] = [];
        void customElements.whenDefined(tag).then(() => {
          const root = document.querySelector(tag)!.shadowRoot!;
          new MutationObserver(() => {
            const text = root.querySelector('[role=status]')?.textContent?.trim() ?? '';
            if (text && said[tag].at(-1) !== text) said[tag].push(text);
          }).observe(root, { subtree: true, childList: true, characterData: true });
        });
      }
    });
    await page.goto(`${harness.server.origin}/pages/french.html`);
    await page.waitForFunction(() => ['absch-country-profile', 'absch-certificate-list'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part=base][aria-busy=false]')));
    const saidNow = () => page.evaluate(() => (window as unknown as { said: Record<string, string[]> }).said);
    // The first load is not announced (nobody asked for it), neither in English nor in French.
    assert.deepEqual(await saidNow(), { 'absch-country-profile': [], 'absch-certificate-list': [] });
    assert.match(await partText(page, 'absch-certificate-list', 'total'), /certificats$/);
    // A page the user asks for is said once, in French.
    await page.evaluate(() => document.querySelector('absch-certificate-list')!.shadowRoot!.querySelector<HTMLElement>('[part~=next]')!.click());
    await page.waitForFunction(() => (window as unknown as { said: Record<string, string[]> }).said['absch-certificate-list'].length > 0);
    await page.waitForTimeout(300);
    const said = (await saidNow())['absch-certificate-list'];
    assert.equal(said.length, 1, said.join(' | '));
    assert.match(said[0], /certificats\. Page 2 sur \d+\.$/);
    // The record types are named in French from the first render of the counts.
    assert.match(await partText(page, 'absch-country-profile', 'counts'), /Autorité nationale compétente/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('works under a strict Content-Security-Policy with no violation', async () => {
    const { page, errors, violations } = await openPage(harness, '/pages/csp.html');
    await page.waitForFunction(() => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=counts]'));
    assert.match(await partText(page, 'absch-country-profile', 'status'), /^Partie au Protocole de Nagoya depuis le 12 octobre 2014 \(ratification\)$/);
    assert.deepEqual([errors, violations], [[], []]);
  });

  it('renders every element, record HTML included, with Trusted Types enforced and no violation', async () => {
    const { page, errors, violations } = await openPage(harness, '/pages/trusted-types.html');
    await page.waitForFunction(() =>
      ['absch-record', 'absch-search', 'absch-certificate-list', 'absch-parties-list', 'absch-country-profile'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('[part=base][aria-busy=false]'),
      ),
    );
    // The hostile measure's description (the body's `description`) is rendered, sanitized: its prose is there, its script is not.
    const description = await page.evaluate(() => document.querySelector('absch-record')!.shadowRoot!.querySelector('[data-field=description]')?.innerHTML ?? '');
    assert.ok(description.length > 0, 'the description is shown');
    assert.doesNotMatch(description, /<script|onerror|javascript:/i);
    assert.deepEqual([errors, violations], [[], []]);
  });

  it('loaded twice, from two files of one version, defines once, renders, and does not warn', async () => {
    const { page, errors, warnings, violations } = await openPage(harness, '/pages/twice.html');
    await page.waitForFunction(() => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=name]'));
    assert.deepEqual([errors, violations, warnings.filter((w) => w.includes('absch-widgets'))], [[], [], []]);
  });

  it('warns once, naming both versions, when another version defined the element first', async () => {
    const page = await harness.browser.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    // The same page, with an "older" copy of the CDN files (the all-in-one file and its chunks) loaded first.
    await page.route('**/old/**', async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\/old\//, '');
      const current = await (await fetch(`${harness.server.origin}/dist/cdn/${path}`)).text();
      const { VERSION } = await import('../../src/base/version.ts');
      await route.fulfill({ contentType: 'text/javascript', body: current.replaceAll(VERSION, '0.0.1-old') });
    });
    await page.goto(`${harness.server.origin}/pages/blank.html`);
    await page.evaluate(async () => {
      await import('/old/absch-widgets.js' as string);
      await import('/dist/cdn/define/absch-country-profile.js' as string);
    });
    await page.waitForFunction(() => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=name]'));
    const ours = warnings.filter((w) => w.startsWith('absch-widgets:'));
    assert.equal(ours.length, 1, ours.join('\n'));
    const { VERSION } = await import('../../src/base/version.ts');
    assert.equal(ours[0], `absch-widgets: <absch-country-profile> is already defined by version 0.0.1-old; version ${VERSION} is not used for it.`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('asks for every chunk a view needs at once: no script waits a round trip after another that the page could have asked for with it', async () => {
    // Each script answers after 300 ms, the API at once: scripts asked for one after the other show as separate waves.
    const DELAY = 300;
    const waves = async (path: string, loaded: string) => {
      const page = await harness.browser.newPage();
      await page.route('**/dist/cdn/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, DELAY));
        await route.continue();
      });
      await page.goto(`${harness.server.origin}${path}`);
      await page.waitForFunction((selector) => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector(selector), loaded);
      const starts = await page.evaluate(() =>
        performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.js')).map((e) => ({ file: new URL(e.name).pathname.split('/').pop()!, start: e.startTime })),
      );
      await page.close();
      const grouped: string[][] = [];
      let last = -Infinity;
      for (const { file, start } of starts.sort((a, b) => a.start - b.start)) {
        if (start - last > DELAY / 2) grouped.push([]);
        grouped.at(-1)!.push(file);
        last = start;
      }
      return grouped;
    };
    // The all-in-one file, then the profile's view.
    const allInOne = await waves('/pages/cdn.html', '[part=name]');
    assert.equal(allInOne.length, 2, JSON.stringify(allInOne));
    // The autoloader; the profile's file with the chunks it imports; the view with the chunks it imports.
    const autoloaded = await waves('/pages/autoloader.html', '[part=name]');
    assert.equal(autoloaded.length, 3, JSON.stringify(autoloaded));
    assert.match(autoloaded[1].join(' '), /absch-country-profile\.js.*core-/);
    assert.match(autoloaded[2].join(' '), /profile-view-/);
  });

  it('a view that fails to download shows an error with Try again, which downloads it', async () => {
    const page = await harness.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => window.addEventListener('unhandledrejection', (event) => console.log(`unhandled: ${String(event.reason)}`)));
    page.on('console', (message) => message.text().startsWith('unhandled:') && errors.push(message.text()));
    // The profile's view fails once, as on a flaky network, then downloads.
    let failures = 0;
    await page.route('**/dist/cdn/chunks/profile-view-*.js*', (route) => (failures++ === 0 ? route.abort('failed') : route.continue()));
    await page.goto(`${harness.server.origin}/pages/cdn.html`);
    await page.waitForFunction(() => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=retry]'));
    assert.equal(await partText(page, 'absch-country-profile', 'error'), 'Something went wrong while loading the data. Try again');
    await page.evaluate(() => document.querySelector('absch-country-profile')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click());
    await page.waitForFunction(() => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=name]'));
    assert.equal(await partText(page, 'absch-country-profile', 'name'), 'Kenya');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the autoloader defines an element when its tag appears, loading only that element', async () => {
    const { page, errors } = await openPage(harness, '/pages/autoloader.html');
    await page.waitForFunction(() => document.querySelector('absch-country-profile')?.shadowRoot?.querySelector('[part=name]'));
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
    assert.ok(scripts.includes('/dist/cdn/define/absch-country-profile.js'), scripts.join(' '));
    assert.ok(!scripts.includes('/dist/cdn/absch-widgets.js'), 'the all-in-one file is not loaded');
    // A tag added later is defined too (it is already, here: the same element, a second instance).
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<absch-country-profile country="in" sections="status"></absch-country-profile>'));
    await page.waitForFunction(() => document.querySelectorAll('absch-country-profile')[1]?.shadowRoot?.querySelector('[part=status]'));
    assert.deepEqual(errors, []);
  });
});
