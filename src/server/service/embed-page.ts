/**
 * The whole page an `/embed/<tag>` iframe shows: the rendered fragment, the hydrate script that
 * brings it to life (paging, filters) without asking the API again, and the script that tells the
 * parent its height. Its Content-Security-Policy is strict: scripts only as files from this
 * service, styles only from this service or the exact `<style>` elements of the render (by hash:
 * the declarative shadow roots carry their element's styles inline), requests only to the page's
 * API base, no forms, no `<base>`; any site may frame it.
 */
import { createHash } from 'node:crypto';
import { directionOf } from '../../i18n/locale.js';
import { escapeHtml } from '../escape.js';
import type { ElementRequest } from './element-request.js';

/** The paths the embed page loads its files from (served by this service). */
export const EMBED_PATHS = {
  /** dist/cdn/hydrate/absch-widgets.js: every element, with Lit's hydration support */
  hydrate: '/cdn/hydrate/absch-widgets.js',
  frameScript: '/embed-frame.js',
  hostScript: '/embed.js',
  css: '/embed.css',
} as const;

/** `'sha256-…'` of every `<style>` element's text in `html`, for style-src. */
function styleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return [...hashes];
}

export function embedCsp(html: string, apiBase: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes(html)].join(' '),
    "img-src 'self' data:",
    `connect-src 'self' ${new URL(apiBase).origin}`,
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
}

/**
 * The first heading's text in a render: the title of the page and of its oEmbed answer. Entities
 * are decoded, since the caller escapes again for wherever the text goes.
 */
export function firstHeading(html: string): string | undefined {
  const heading = /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/.exec(html)?.[1];
  if (!heading) return undefined;
  const text = heading
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, entity: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (entity.startsWith('#')) {
        const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return named[entity.toLowerCase()] ?? '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

export function embedTitle(html: string, request: ElementRequest): string {
  return firstHeading(html) ?? `ABS Clearing-House: ${request.tag}`;
}

/** The page; its empty `data:` icon spares a reader who opens the URL itself a /favicon.ico 404. */
export function embedPage(fragment: string, request: ElementRequest, oembedHref: string): string {
  const title = escapeHtml(embedTitle(fragment, request));
  return `<!doctype html>
<html lang="${request.lang}" dir="${directionOf(request.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<link rel="icon" href="data:,">
<title>${title}</title>
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedHref)}" title="${title}">
<link rel="stylesheet" href="${EMBED_PATHS.css}">
<script type="module" src="${EMBED_PATHS.hydrate}"></script>
<script src="${EMBED_PATHS.frameScript}" defer></script>
</head>
<body>
<div class="absch-embed">${fragment}</div>
</body>
</html>
`;
}
