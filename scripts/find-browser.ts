/** Finds the Chromium the tests and the bench drive (no npm package here downloads a browser). */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findBrowser(): string {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error('No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH to its binary.');
  }
  return found;
}

/** Flags for headless Chromium on this kind of machine: as root it needs --no-sandbox; the network is closed. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test files run in parallel tabs: a tab in the background must keep its timers and animation
  // frames running, or a test waiting for the next frame hangs.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
