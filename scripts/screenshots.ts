/**
 * npm run screenshots: pictures of every element for the README, in English, Arabic, Chinese and Russian,
 * then in English with theme="dark" and on paper (print media: the data without the controls, for
 * docs/theming.md), taken from the static Storybook (npm run build-storybook first) in headless Chromium.
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
/** Suffix of the file, Storybook globals, print media or not. */
const THEMED: [string, string, boolean][] = [
  ['dark', 'locale:en;theme:element-dark', false],
  ['print', 'locale:en', true],
];

const server = await startLoopbackServer({ '/storybook/': 'storybook-static' });
const browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
mkdirSync('docs/screenshots', { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 }, deviceScaleFactor: 1 });
  const shoot = async (name: string, story: string, globals: string, suffix: string, print: boolean) => {
    await page.emulateMedia({ media: print ? 'print' : 'screen' });
    await page.goto(`${server.origin}/storybook/iframe.html?id=${story}&viewMode=story&globals=${globals}`);
    const tag = `absch-${name}`;
    await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part=base][aria-busy=false]'), tag, { timeout: 20000 });
    await page.waitForTimeout(300);
    const element = await page.$(tag);
    await element!.screenshot({ path: `docs/screenshots/${name}-${suffix}.png` });
    console.log(`docs/screenshots/${name}-${suffix}.png`);
  };
  for (const [name, story] of Object.entries(STORIES)) {
    for (const lang of LANGUAGES) await shoot(name, story, `locale:${lang}`, lang, false);
    for (const [suffix, globals, print] of THEMED) await shoot(name, story, globals, suffix, print);
  }
} finally {
  await browser.close();
  await server.close();
}
