/** Page tests: the built files in real pages, driven by playwright-core in Debian's chromium. */
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.ts';
import { startLoopbackServer, type LoopbackServer } from '../../scripts/loopback-server.ts';

export interface Harness {
  server: LoopbackServer;
  browser: Browser;
}

/** One server and one browser per test file. */
export function usePages(): Harness {
  const harness = {} as Harness;
  before(async () => {
    harness.server = await startLoopbackServer({ '/dist/': 'dist', '/pages/': 'test/pages/fixtures' });
    harness.browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
  });
  after(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

export interface Watched {
  page: Page;
  errors: string[];
  warnings: string[];
  violations: string[];
}

/** A page that records uncaught errors, unhandled rejections, console warnings and CSP violations. */
export async function openPage(harness: Harness, path: string): Promise<Watched> {
  const page = await harness.browser.newPage();
  const watched: Watched = { page, errors: [], warnings: [], violations: [] };
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning') watched.warnings.push(message.text());
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  await page.exposeFunction('__reportViolation', (text: string) => watched.violations.push(text));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation;
    document.addEventListener('securitypolicyviolation', (event) => report(`${event.violatedDirective} ${event.blockedURI}`));
    window.addEventListener('unhandledrejection', (event) => report(`unhandled rejection: ${String(event.reason)}`));
  });
  await page.goto(harness.server.origin + path);
  return watched;
}

/** Text of a part inside the nth element matching `selector`. */
export function partText(page: Page, selector: string, part: string, nth = 0): Promise<string> {
  return page.evaluate(
    ({ selector, part, nth }) => document.querySelectorAll(selector)[nth]?.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    { selector, part, nth },
  );
}
