/**
 * The one way record HTML reaches the page. lstring fields (summaries, subject matter,
 * responsibilities…) hold HTML typed by many governments' staff, and a record can hold anything:
 * it is parsed by DOMPurify into an inert document, kept only if it is prose (paragraphs, lists,
 * emphasis, tables, links), and inserted as DOM nodes, never as a string that the page parses again.
 *
 * What survives: the tags in `TAGS` and the attributes in `ATTRIBUTES`; links only to absolute
 * http(s) and mailto URLs, opened in a new tab with `rel="noopener noreferrer"`; images only when a
 * caller asks for them, from https, lazily, without a referrer. What never survives: scripts,
 * styles, frames, forms, objects, embeds, `<base>`, `<meta>`, `<link>`, SVG, MathML, headings (their
 * text stays: a record's headings would break the host page's outline), `style`, `class`, `id`,
 * event handlers, `data:`/`javascript:`/`vbscript:` URLs in any attribute.
 *
 * Titles, names and identifiers are text: they go through Lit's escaping, never through here.
 */
import type { Config, DOMPurify } from 'dompurify';
import { isServer, noChange, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';
import { defuseHandlers, newPurifier } from './dompurify.js';

export interface SanitizeOptions {
  /** keep `<img>` (https only, lazy, no referrer); off by default: images in record text are rare, and a remote image tells its host who reads the record */
  images?: boolean;
}

const TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strong',
  'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];
const ATTRIBUTES = ['href', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'datetime', 'cite', 'abbr'];
const IMAGE_ATTRIBUTES = ['src', 'alt', 'width', 'height'];

/** Elements whose content goes too (DOMPurify keeps the text of other removed elements). */
const DROP_WITH_CONTENT = ['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'textarea', 'select', 'option', 'title', 'xmp', 'plaintext', 'head', 'meta', 'link', 'base'];

/** Absolute http(s) and mailto only: a relative URL would resolve against the host page, not the record. */
const LINK_URL = /^(?:https?:\/\/|mailto:)/i;
/**
 * DOMPurify checks every attribute value not listed as URI-safe against this: http(s), mailto, or
 * no scheme at all (its default, without ftp, tel, callto, sms, cid, xmpp). Links without a scheme
 * are then removed by the hook, which wants an absolute URL.
 */
const URI_VALUE = /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/** Attributes that hold no URL: their values are text, checked by the hook only. */
const TEXT_ATTRIBUTES = ['title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'datetime', 'abbr', 'alt', 'width', 'height'];
const IMAGE_URL = /^https:\/\//i;
// What browsers ignore inside a URL scheme (`java\tscript:`, `\u0000javascript:`) and around it.
// eslint-disable-next-line no-control-regex
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;
const DANGEROUS_SCHEME = /^(?:javascript|data|vbscript|file|blob|filesystem):/i;

function baseConfig(options: SanitizeOptions): Config {
  return {
    ALLOWED_TAGS: options.images ? [...TAGS, 'img'] : TAGS,
    ALLOWED_ATTR: options.images ? [...ATTRIBUTES, ...IMAGE_ATTRIBUTES] : ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOWED_URI_REGEXP: URI_VALUE,
    ADD_URI_SAFE_ATTR: TEXT_ATTRIBUTES,
    FORBID_CONTENTS: DROP_WITH_CONTENT,
    KEEP_CONTENT: true,
    SAFE_FOR_TEMPLATES: false,
    SANITIZE_DOM: true,
    SANITIZE_NAMED_PROPS: true,
    USE_PROFILES: false,
    WHOLE_DOCUMENT: false,
  };
}

/** A URL that is safe to put in `href`: absolute http(s) or mailto, else null. */
export function safeLinkUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(IGNORED_IN_URL, '');
  if (!LINK_URL.test(cleaned)) return null;
  try {
    const url = new URL(cleaned);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

function dangerous(value: string): boolean {
  return DANGEROUS_SCHEME.test(value.replace(IGNORED_IN_URL, ''));
}

let purifier: DOMPurify | undefined;
let imagesAllowed = false;

function instance(): DOMPurify {
  if (purifier) return purifier;
  const purify = newPurifier();
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Belt and braces over ALLOWED_URI_REGEXP: no attribute may carry an active URL scheme.
    for (const attribute of Array.from(node.attributes)) {
      if (attribute.name.toLowerCase().startsWith('on') || dangerous(attribute.value)) node.removeAttribute(attribute.name);
    }
    const tag = node.nodeName.toLowerCase();
    if (tag === 'a') {
      const href = safeLinkUrl(node.getAttribute('href'));
      if (href === null) {
        node.removeAttribute('href');
      } else {
        node.setAttribute('href', href);
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (tag === 'img') {
      const src = node.getAttribute('src') ?? '';
      if (!imagesAllowed || !IMAGE_URL.test(src.replace(IGNORED_IN_URL, ''))) {
        node.remove();
        return;
      }
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    } else if (node.hasAttribute('href')) {
      node.removeAttribute('href');
    }
  });
  purifier = purify;
  return purify;
}

function run<T>(options: SanitizeOptions, sanitize: (purify: DOMPurify, config: Config) => T): T {
  const purify = instance();
  imagesAllowed = options.images === true;
  try {
    return sanitize(purify, baseConfig(options));
  } finally {
    imagesAllowed = false;
  }
}

/** Sanitized record HTML as inert DOM nodes, ready to insert (no string is parsed again). */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): DocumentFragment {
  return run(options, (purify, config) => purify.sanitize(defuseHandlers(String(html)), { ...config, RETURN_DOM_FRAGMENT: true }));
}

/** Sanitized record HTML as a string: for server rendering only, where there are no nodes to insert. */
function sanitizedString(html: string, options: SanitizeOptions): string {
  return run(options, (purify, config) => purify.sanitize(defuseHandlers(String(html)), { ...config, RETURN_DOM_FRAGMENT: false, RETURN_DOM: false }));
}

/**
 * `${sanitized(record.summary)}` in a Lit child position: sanitizes once per distinct input and
 * inserts the resulting nodes. Nodes rather than `unsafeHTML` of a string, so nothing is parsed
 * twice and no Trusted Types policy has to bless a string: the elements work under
 * `require-trusted-types-for 'script'`.
 */
class SanitizedDirective extends Directive {
  private last?: string;
  private lastImages?: boolean;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('sanitized() can only be used in child content.');
  }

  override update(_part: unknown, [html, options]: [string | null | undefined, SanitizeOptions?]): unknown {
    const images = options?.images === true;
    if (html === this.last && images === this.lastImages) return noChange;
    this.last = html ?? undefined;
    this.lastImages = images;
    return this.render(html, options);
  }

  render(html: string | null | undefined, options?: SanitizeOptions): unknown {
    if (!html) return nothing;
    // Lit SSR writes strings, not nodes: on a server (src/server), the sanitized HTML as a string.
    return isServer ? unsafeHTML(sanitizedString(html, options ?? {})) : sanitizeHtml(html, options);
  }
}

export const sanitized = directive(SanitizedDirective);
