/**
 * npm run screenshots: pictures of every element for the README, in English, Arabic, Chinese and Russian,
 * taken from the static Storybook (npm run build-storybook first) in headless Chromium.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.ts';
import { startLoopbackServer } from './loopback-server.ts';

const STORIES: Record<string, string> = {
  'country-profile': 'elements-absch-country-profile--kenya',
  'certificate-list': 'elements-absch-certificate-list--india',
  'parties-list': 'elements-absch-parties-list--all-countries',
  search: 'elements-absch-search--newest',
  record: 'elements-absch-record--certificate',
};
const LANGUAGES = ['en', 'ar', 'zh', 'ru'];

const server = await startLoopbackServer({ '/storybook/': 'storybook-static' });
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
mkdirSync('docs/screenshots', { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 }, deviceScaleFactor: 1 });
  for (const [name, story] of Object.entries(STORIES)) {
    for (const lang of LANGUAGES) {
      await page.goto(`${server.origin}/storybook/iframe.html?id=${story}&viewMode=story&globals=locale:${lang}`);
      const tag = `absch-${name}`;
      await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part=base][aria-busy=false]'), tag, { timeout: 20000 });
      await page.waitForTimeout(300);
      const element = await page.$(tag);
      await element!.screenshot({ path: `docs/screenshots/${name}-${lang}.png` });
      console.log(`docs/screenshots/${name}-${lang}.png`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
