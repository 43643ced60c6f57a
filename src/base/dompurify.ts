/**
 * DOMPurify is about 12 kB gzip that only record HTML needs (records, search results), so it is a
 * chunk of its own: an element that renders record HTML loads it with its view, beside its
 * requests (so it adds no wait), and renders that HTML only once its load task is complete. This
 * loader is apart from sanitize.ts so that the file an element is defined in does not carry the
 * sanitizer's rules, which only its view uses.
 */
import type { DOMPurify } from 'dompurify';
import { lazyModule } from './lazy-module.js';

const dompurify = lazyModule(() => import('dompurify'));

export function loadSanitizer(): Promise<void> {
  return dompurify.load().then(() => undefined);
}

/**
 * A DOMPurify instance of our own: hooks or settings on the page-wide one would change what other
 * libraries on the host page get from DOMPurify, and theirs would change ours.
 */
export function newPurifier(): DOMPurify {
  const module = dompurify.loaded;
  if (!module) throw new Error('absch-widgets: record HTML rendered before loadSanitizer() resolved.');
  return module.default(window);
}
