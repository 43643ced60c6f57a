/**
 * Component and unit tests in headless Chromium. mock-api answers on the test server's own origin
 * (`/api/…`), so elements go through real fetch and real HTTP to a faithful copy of api.cbd.int.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter, type TestRunnerConfig } from '@web/test-runner';
import type { ChromeLauncher } from '@web/test-runner-chrome';
import { mkdirSync } from 'node:fs';
import type { CDPSession } from 'puppeteer-core';
import { contractDocuments } from './mock-api/data/contract-documents.ts';
import { generateSnapshot } from './mock-api/data/generate.ts';
import { createHandler } from './mock-api/handler.ts';
import { toKoaMiddleware } from './mock-api/node-adapter.ts';
import { BROWSER_ARGS, findBrowser } from './scripts/find-browser.ts';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.ts';

/**
 * Behaviours of the real API that no public source settles (mock-api/README.md "Worlds"). Each is a
 * group that runs test/worlds/ (every element down every request path a world changes, compared with
 * the mock's own world) and the contract tests against mock-api in that world: `npm run test:browser
 * -- --group localparams-strip`. The default group runs every other test in the mock's own world.
 */
const WORLDS = ['localparams=strip', 'hl=ignore', 'repeated=last', 'errorcors=0', 'accept=strict', 'autophrase=1', 'projection=ignore'] as const;
const WORLD_SUITES = ['test/worlds/**/*.test.ts', 'test/contract/**/*.test.ts'];
const ALONE = 'test/components/many-elements.test.ts';
// `--files` narrows a group to those files (a group with files of its own would ignore it).
const filesGiven = process.argv.includes('--files');

const testRunnerHtml = (world: string) => (testFramework: string) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8">${world ? `<meta name="mock-world" content="${world}">` : ''}</head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`;

const snapshot = generateSnapshot(new Date(), contractDocuments());

/**
 * `executeServerCommand('contract-documents')`: the documents the contract tests run over
 * (mock-api/data/contract-documents.ts), those the mock's store holds.
 */
const contractDocumentsCommand = {
  name: 'contract-documents',
  executeCommand: ({ command }: { command: string }) =>
    command === 'contract-documents'
      ? contractDocuments().filter(({ info }) => snapshot.documents.some((d) => d.identifier === info.identifier && d.documentID === info.documentID))
      : undefined,
};

/**
 * `executeServerCommand('bring-to-front')`: makes the test's tab the browser's active one, so that
 * it gets rendering frames (and with them IntersectionObserver callbacks) while other test files
 * run in other tabs.
 */
const bringToFrontCommand = {
  name: 'bring-to-front',
  executeCommand: async ({ command, session }: { command: string; session: { id: string; browser: unknown } }) => {
    if (command !== 'bring-to-front') return undefined;
    await (session.browser as ChromeLauncher).getPage(session.id).bringToFront();
    return true;
  },
};

/**
 * `executeServerCommand('forced-colors', {active})` turns the emulated `forced-colors` media feature
 * on or off (emulateMedia from @web/test-runner-commands cannot, with Puppeteer), and
 * `executeServerCommand('screenshot', {name, clip})` saves that area of the test's page as
 * test/screenshots/<name>.png, for a person to look at (test/screenshots/ is not committed).
 */
const forcedColorSessions = new Map<string, CDPSession>();
let screenshots: Promise<void> = Promise.resolve();
const themeCommands = {
  name: 'theme-commands',
  executeCommand: async ({ command, payload, session }: { command: string; payload?: unknown; session: { id: string; browser: unknown } }) => {
    if (command !== 'forced-colors' && command !== 'screenshot') return undefined;
    const page = (session.browser as ChromeLauncher).getPage(session.id);
    if (command === 'forced-colors') {
      // The emulation lasts as long as the DevTools session that set it: one per test page, kept.
      let cdp = forcedColorSessions.get(session.id);
      if (!cdp) forcedColorSessions.set(session.id, (cdp = await page.createCDPSession()));
      const active = (payload as { active: boolean }).active;
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }] });
      return true;
    }
    const { name, clip } = payload as { name: string; clip: { x: number; y: number; width: number; height: number } };
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name ${name}: lowercase letters, digits and hyphens only`);
    mkdirSync('test/screenshots', { recursive: true });
    // A tab in the background gets no frames, and so no screenshot: one at a time, each in front.
    const taken = screenshots.then(async () => {
      await page.bringToFront();
      await page.screenshot({ path: `test/screenshots/${name}.png`, clip });
    });
    screenshots = taken.catch(() => undefined);
    await taken;
    return true;
  },
};

const config: TestRunnerConfig = {
  // test/pages/ (page tests on the built files), test/cli/ (the commands), test/build/ (the build's own rules), test/server/ (server rendering) and
  // test/mock-api/engine/ (mock-api's engine behind its handler) are node:test tests, not browser modules.
  files: ['test/**/*.test.ts', '!test/pages/**', '!test/cli/**', '!test/build/**', '!test/server/**', '!test/mock-api/engine/**', '!test/worlds/**', `!${ALONE}`],
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  // A guard against a hung file, not a target: the default group now holds about 45 files, which on a
  // loaded two-core machine came past ten minutes once.
  testsFinishTimeout: 20 * 60 * 1000,
  // gc() and precise heap sizes let the leak tests compare the heap before and after.
  browsers: [chromeLauncher({ launchOptions: { executablePath: findBrowser(), headless: true, args: [...BROWSER_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] } })],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), contractDocumentsCommand, bringToFrontCommand, themeCommands],
  middleware: [toKoaMiddleware(createHandler(snapshot))],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), plainSummaryReporter()],
  testRunnerHtml: testRunnerHtml(''),
  groups: [
    // In a group of its own, and its tab brought to the front: loading near the viewport waits for
    // IntersectionObserver, which a tab in the background gets no frames for.
    { name: 'many-elements', files: [ALONE] },
    ...WORLDS.map((world) => ({
      name: world.replace('=', '-'),
      ...(filesGiven ? {} : { files: WORLD_SUITES }),
      testRunnerHtml: testRunnerHtml(world),
    })),
  ],
};

export default config;
