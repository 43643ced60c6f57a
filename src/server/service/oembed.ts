/**
 * oEmbed 1.0 (https://oembed.com, §2.3): a CMS editor pastes an `/embed/…` URL of this service,
 * Drupal's Media or WordPress asks `/oembed?url=…&format=json`, and gets a `rich` answer whose
 * `html` is the iframe and the script that sizes it. Only this service's own /embed URLs, with
 * attributes that pass the same checks as the page itself; everything is rebuilt from the checked
 * request, never copied from the pasted URL.
 */
import { escapeHtml } from '../escape.js';
import { EMBED_PATHS } from './embed-page.js';
import type { ElementRequest } from './element-request.js';

/** How tall each element usually is at 640 px, until the frame says its real height. */
const HEIGHTS: Record<string, number> = {
  'absch-certificate-list': 900,
  'absch-country-profile': 700,
  'absch-parties-list': 900,
  'absch-record': 700,
  'absch-search': 800,
  'absch-stats': 450,
};
const WIDTH = 640;

export interface OEmbedAnswer {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

/** `maxwidth`/`maxheight` (§2.2): a whole positive number caps the size; anything else is ignored. */
function cap(value: string | null, size: number): number {
  const max = Number(value);
  return value && Number.isInteger(max) && max > 0 ? Math.min(size, max) : size;
}

export function oembedAnswer(request: ElementRequest, origin: string, title: string, params: URLSearchParams, cacheAge: number): OEmbedAnswer {
  const width = cap(params.get('maxwidth'), WIDTH);
  const height = cap(params.get('maxheight'), HEIGHTS[request.tag] ?? WIDTH);
  const src = `${origin}/embed/${request.tag}${request.query ? `?${request.query}` : ''}`;
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: 'ABS Clearing-House widgets',
    provider_url: origin,
    cache_age: cacheAge,
    html:
      `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" frameborder="0"></iframe>` +
      `<script src="${escapeHtml(origin + EMBED_PATHS.hostScript)}" async></script>`,
    width,
    height,
  };
}
