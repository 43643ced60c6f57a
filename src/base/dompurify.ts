/**
 * DOMPurify is about 12 kB gzip that only record HTML needs (records, search results), so it is a
 * chunk of its own: an element that renders record HTML loads it with its view, beside its
 * requests (so it adds no wait), and renders that HTML only once its load task is complete. This
 * loader, and what every use of DOMPurify does first, are apart from sanitize.ts: the record's view
 * alone carries the sanitizer's rules, and the search's view reads snippets without them.
 */
import type { DOMPurify, WindowLike } from 'dompurify';
import { lazyModule } from './lazy-module.js';

const dompurify = lazyModule(() => import('dompurify'));

export function loadSanitizer(): Promise<void> {
  return dompurify.load().then(() => undefined);
}

/** A view that renders record HTML, resolved once DOMPurify has loaded too: both download at once. */
export function withSanitizer<View>(view: Promise<View>): Promise<View> {
  return Promise.all([view, loadSanitizer()]).then(([loaded]) => loaded);
}

/** The window DOMPurify parses in: the page's, or on a server (src/server) one of jsdom's. */
let purifierWindow: () => WindowLike = () => window;

/** A server has no window: it lends DOMPurify one (src/server/elements.ts). */
export function useWindowForSanitizing(serverWindow: WindowLike): void {
  purifierWindow = () => serverWindow;
}

/**
 * A DOMPurify instance of our own: hooks or settings on the page-wide one would change what other
 * libraries on the host page get from DOMPurify, and theirs would change ours.
 */
export function newPurifier(): DOMPurify {
  const module = dompurify.loaded;
  if (!module) throw new Error('absch-widgets: record HTML rendered before loadSanitizer() resolved.');
  return module.default(purifierWindow());
}

/**
 * Chromium reports a Content-Security-Policy violation for every inline event handler it parses,
 * even into an inert document where it can never run: sanitizing a record that holds
 * `<img onerror=…>` would fill a strict host page's CSP reports. So event-handler attributes are
 * renamed to inert `data-` ones before parsing; DOMPurify then drops them with every other data
 * attribute. This is not the defence (DOMPurify is, and removes any handler this misses); it only
 * keeps the host's reports clean, so a rough textual pass is enough.
 */
const HANDLER_ATTRIBUTE = /(<[a-z][^>]*?[\s/"'])on([a-z]+\s*=)/gi;

export function defuseHandlers(html: string): string {
  let previous: string;
  let current = html;
  do {
    previous = current;
    current = previous.replace(HANDLER_ATTRIBUTE, '$1data-defused-on$2');
  } while (current !== previous);
  return current;
}
