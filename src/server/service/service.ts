/**
 * The render service's routes, as one `node:http` listener (no framework: it runs in any container
 * or serverless host that speaks Node's http, behind any CDN):
 *
 * - `GET /render/<tag>?<attributes>&lang=xx`: the server-rendered fragment, for server-side includes;
 * - `GET /embed/<tag>?…`: a whole page for an iframe;
 * - `GET /oembed?url=<an /embed URL>&format=json`: oEmbed 1.0 `rich` JSON;
 * - `/embed.js`, `/embed-frame.js`, `/embed.css`, `/cdn/…`: the files embeds load; `/healthz`.
 *
 * Status of a render: 200 when loaded; 400 with the rendered message when the element refuses its
 * input (bad UID, unknown country); 502 with the rendered error state and `no-store` when the API
 * failed. Not a 200: a cache after this one (a CDN, Drupal's cache, a Nuxt route's) must not keep an
 * error page for minutes once the API is back, nor replace a good copy it holds. With a 5xx, and
 * the `stale-if-error` of the last 200, those caches serve their last good copy instead, as this
 * service does from its own memory; a reader without one still sees the element's own error.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { send, sendPlain } from './answer.js';
import type { ServiceConfig } from './config.js';
import { checkElementRequest, takesAttribute, type ElementRequest } from './element-request.js';
import { embedCsp, embedPage, embedTitle } from './embed-page.js';
import { oembedAnswer } from './oembed.js';
import { RenderPolicy, RenderTimeoutError, type Served } from './render-policy.js';
import { QueueFullError } from './render-slots.js';
import { StaticFiles } from './static-files.js';

export type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface ServiceHooks {
  /** told of answers the service did not expect to give (500s); the command line prints them */
  log?: (line: string) => void;
  /** where the /cdn/ files come from (default: the package's dist/cdn) */
  cdnFolder?: string;
}

/** Longer URLs are refused before any parsing: no element takes that much. */
const MAX_URL_LENGTH = 4096;
const ELEMENT_PATH = /^\/(render|embed)\/([^/]+)$/;

export function createRenderService(config: ServiceConfig, hooks: ServiceHooks = {}): Listener {
  const policy = new RenderPolicy(config);
  const files = new StaticFiles(hooks.cdnFolder);
  const { maxAgeSeconds, staleWhileRevalidateSeconds, staleIfErrorSeconds } = config;
  const cacheable = `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}, stale-if-error=${staleIfErrorSeconds}`;
  const refusal = `public, max-age=${maxAgeSeconds}`;

  /** This service's origin as readers reach it: configured, or from the request's Host when it looks like one. */
  function originOf(req: IncomingMessage): string {
    if (config.publicUrl) return config.publicUrl;
    const host = req.headers.host ?? '';
    return `http://${/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host) ? host : `localhost:${config.port}`}`;
  }

  /** Links in a frame open in a new tab unless the URL says otherwise: the portal does not let itself be framed. */
  function embedRequest(request: ElementRequest): ElementRequest {
    if (!takesAttribute(request.tag, 'link-target') || 'link-target' in request.attributes) return request;
    return { ...request, attributes: { ...request.attributes, 'link-target': '_blank' } };
  }

  /** The render, or an answer already sent when there is none (busy, too slow). */
  async function serve(req: IncomingMessage, res: ServerResponse, request: ElementRequest): Promise<Served | undefined> {
    try {
      return await policy.serve(request);
    } catch (error) {
      if (error instanceof RenderTimeoutError) sendPlain(req, res, 504, `The render took longer than ${config.renderTimeoutMs} ms.`);
      else if (error instanceof QueueFullError || (error instanceof DOMException && error.name === 'TimeoutError')) {
        sendPlain(req, res, 503, 'Too many renders at once: try again in a few seconds.', 'no-store', { 'Retry-After': '5' });
      } else throw error;
      return undefined;
    }
  }

  async function element(req: IncomingMessage, res: ServerResponse, kind: string, tag: string, params: URLSearchParams): Promise<void> {
    const checked = checkElementRequest(tag, params, config);
    if (!checked.ok) return sendPlain(req, res, checked.status, checked.message, refusal);
    const request = kind === 'embed' ? embedRequest(checked.request) : checked.request;
    const served = await serve(req, res, request);
    if (!served) return;
    const { rendered } = served;
    const status = { loaded: 200, invalid: 400, failed: 502 }[rendered.outcome];
    const headers: Record<string, string> = { 'Content-Language': request.lang, 'X-Render-Cache': served.cache };
    if (served.cache !== 'miss') headers.Age = String(served.age);
    let body = rendered.html;
    if (kind === 'embed') {
      const origin = originOf(req);
      const oembed = `${origin}/oembed?${new URLSearchParams({ url: `${origin}/embed/${tag}${checked.request.query ? `?${checked.request.query}` : ''}`, format: 'json' })}`;
      body = embedPage(rendered.html, request, oembed);
      headers['Content-Security-Policy'] = embedCsp(body, request.apiBase);
    } else headers['Access-Control-Allow-Origin'] = '*';
    const cacheControl = rendered.outcome === 'loaded' ? cacheable : rendered.outcome === 'invalid' ? refusal : 'no-store';
    send(req, res, { status, type: 'text/html; charset=utf-8', body, cacheControl, etag: rendered.outcome !== 'failed', headers });
  }

  async function oembed(req: IncomingMessage, res: ServerResponse, params: URLSearchParams): Promise<void> {
    if ((params.get('format') ?? 'json') !== 'json') return sendPlain(req, res, 501, 'Only format=json is served.', refusal);
    const pasted = params.get('url');
    if (!pasted) return sendPlain(req, res, 400, 'url is required: an /embed/… URL of this service.', refusal);
    const origin = originOf(req);
    let target: URL | undefined;
    try {
      target = new URL(pasted);
    } catch {
      target = undefined;
    }
    const path = target?.origin === origin ? ELEMENT_PATH.exec(target.pathname) : null;
    if (!target || !path || path[1] !== 'embed') return sendPlain(req, res, 404, `Not an /embed/… URL of ${origin}.`, refusal);
    const checked = checkElementRequest(path[2], target.searchParams, config);
    if (!checked.ok) return sendPlain(req, res, 404, `Not an embed of this service: ${checked.message}`, refusal);
    // The title is the render's heading; the frame asks for the same render next, so it is not made twice.
    const served = await serve(req, res, embedRequest(checked.request));
    if (!served) return;
    if (served.rendered.outcome === 'invalid') return sendPlain(req, res, 404, `Not an embed of this service: ${served.rendered.message ?? 'the element refuses its attributes'}`, refusal);
    const title = embedTitle(served.rendered.html, checked.request);
    const answer = oembedAnswer(checked.request, origin, title, params, maxAgeSeconds);
    send(req, res, {
      status: 200,
      type: 'application/json; charset=utf-8',
      body: JSON.stringify(answer),
      cacheControl: served.rendered.outcome === 'loaded' ? cacheable : 'no-store',
      etag: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    if (raw.length > MAX_URL_LENGTH) return sendPlain(req, res, 414, `URLs are at most ${MAX_URL_LENGTH} characters here.`);
    // Only the path and the query are read; the base is never fetched.
    const url = new URL(raw, 'http://render-service.invalid');
    const path = url.pathname;
    const elementPath = ELEMENT_PATH.exec(path);
    const file = elementPath ? undefined : files.get(path);
    if (!elementPath && !file && path !== '/oembed' && path !== '/healthz') return sendPlain(req, res, 404, 'Not found.', refusal);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendPlain(req, res, 405, 'Only GET and HEAD.', 'no-store', { Allow: 'GET, HEAD' });
    if (elementPath) return element(req, res, elementPath[1], elementPath[2], url.searchParams);
    if (path === '/oembed') return oembed(req, res, url.searchParams);
    if (path === '/healthz') return sendPlain(req, res, 200, 'ok');
    if (file) {
      const cacheControl = file.immutable ? 'public, max-age=31536000, immutable' : `public, max-age=3600`;
      return send(req, res, { status: 200, type: file.type, body: file.body, cacheControl, etag: true, headers: { 'Access-Control-Allow-Origin': '*' } });
    }
  }

  return (req, res) => {
    route(req, res).catch((error: unknown) => {
      hooks.log?.(`500 ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) sendPlain(req, res, 500, 'The render service failed on this request.');
      else res.destroy();
    });
  };
}
