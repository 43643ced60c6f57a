/**
 * The CDN autoloader: defines each absch-* element the first time its tag appears in the page, so
 * a site that uses one element downloads only that element (Shoelace's shoelace-autoloader.ts).
 * Elements inside other elements' shadow roots are not seen: load their define file directly.
 */
const DEFINES: Readonly<Record<string, () => Promise<unknown>>> = {
  'absch-certificate-list': () => import('./define/absch-certificate-list.js'),
  'absch-country-profile': () => import('./define/absch-country-profile.js'),
  'absch-parties-list': () => import('./define/absch-parties-list.js'),
  'absch-record': () => import('./define/absch-record.js'),
  'absch-search': () => import('./define/absch-search.js'),
  'absch-stats': () => import('./define/absch-stats.js'),
};

const requested = new Set<string>();

function define(tag: string): void {
  const load = DEFINES[tag];
  if (!load || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  load().catch((error: unknown) => {
    // A failed download must not become an unhandled rejection in the host page; a later
    // appearance of the tag tries again.
    requested.delete(tag);
    console.warn(`absch-widgets: could not load <${tag}>`, error);
  });
}

function discover(root: ParentNode): void {
  if (root instanceof Element) define(root.localName);
  for (const tag of Object.keys(DEFINES)) {
    if (root.querySelector(`${tag}:not(:defined)`)) define(tag);
  }
}

discover(document);
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
