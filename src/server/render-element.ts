/**
 * `absch-widgets/server`: an element rendered on the server, with its data, in any of the six
 * languages (Node 20+). The HTML holds the element with a declarative shadow root that contains its
 * loaded view, drawn by the element's own code from the same named queries and client a browser
 * uses (Lit SSR, @lit-labs/ssr); light-DOM facts and JSON-LD for readers that run no script; and the
 * API's answers the view was drawn from, so that the browser hydrates it without asking again.
 *
 * Invalid attributes and API failures are rendered, as the browser would show them, never thrown.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { _$LE } from 'lit-element/private-ssr-support.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { ApiError } from '../api/errors.js';
import { answersTo, requestsOf } from '../api/shared-request.js';
import { pageDefaults } from '../base/config.js';
import { loadFirstView } from '../base/first-view.js';
import { FIRST_VIEW_ATTRIBUTE, type FirstView, type FirstViewPayload } from '../base/view-element.js';
import { SOURCE_LOCALE, toLocale, type Locale } from '../i18n/locale.js';
import { loadInterfaceStrings, withLocale } from '../i18n/localization.js';
import { defineServerElements, SERVER_TAGS, serverElement, type ServerTag } from './elements.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { FACTS } from './facts/index.js';

export { SERVER_TAGS, type ServerTag } from './elements.js';

export interface RenderOptions {
  /** The API the server asks, and the element in the browser after it (written as `api-base` unless it is the default). */
  apiBase: string;
  /** The interface language (`ar`, `en`, `es`, `fr`, `ru`, `zh`; regional tags accepted); default: the element's `lang` attribute, else English. */
  lang?: string;
  appId?: string;
  portalBase?: string;
  realm?: string;
  /** Stops the render's requests; the render then shows the timeout message. */
  signal?: AbortSignal;
  /**
   * The page's CSP nonce, given to the `<style>` elements of the declarative shadow root: a page
   * whose `style-src` has no `'unsafe-inline'` applies them only with it.
   */
  styleNonce?: string;
  /** How long the API may take, in milliseconds, before the render shows its timeout message (default 10 s). */
  timeout?: number;
}

export interface Rendered {
  html: string;
  /** `invalid`: the element shows its message about an attribute; `failed`: it shows the API's failure. */
  outcome: 'loaded' | 'invalid' | 'failed';
  /** The message shown, when not loaded. */
  message?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** `renderElementWithOutcome`'s HTML. */
export async function renderElement(tag: string, attributes: Readonly<Record<string, string>>, options: RenderOptions): Promise<string> {
  return (await renderElementWithOutcome(tag, attributes, options)).html;
}

export async function renderElementWithOutcome(tag: string, attributes: Readonly<Record<string, string>>, options: RenderOptions): Promise<Rendered> {
  if (!(SERVER_TAGS as readonly string[]).includes(tag)) throw new TypeError(`absch-widgets/server: <${tag}> is not one of ${SERVER_TAGS.join(', ')}.`);
  for (const name of Object.keys(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`absch-widgets/server: "${name}" is not an attribute name.`);
  }
  await defineServerElements();
  const locale: Locale = toLocale(options.lang) ?? toLocale(attributes.lang) ?? SOURCE_LOCALE;
  const shown = elementAttributes(attributes, options, locale);
  await loadInterfaceStrings(locale);

  const first = await firstViewOf(tag as ServerTag, shown, options);
  const payload = first && (await payloadOf(first.view, first.asked));
  // In the render's language, as the element itself is drawn: msg() in the facts speaks it.
  const loaded = first?.view && 'loaded' in first.view ? first.view.loaded : undefined;
  const facts = loaded && withLocale(locale, () => FACTS[tag]?.(loaded.data, { tag, attributes: shown, locale, portal: portalOf(shown) }));
  const light = [
    first?.view && 'failure' in first.view ? `<p>${escapeHtml(first.view.failure.message)}</p>` : (facts?.html ?? ''),
    facts?.jsonLd ? `<script type="application/ld+json">${jsonForScript(facts.jsonLd)}</script>` : '',
    payload ? `<script type="application/json" ${FIRST_VIEW_ATTRIBUTE}>${jsonForScript(payload)}</script>` : '',
  ].join('');
  // The server's answers are the browser's first view: it waits for them (defer-hydration, @lit-labs/ssr-client).
  const open = `<${tag}${Object.entries(shown).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}${payload ? ' defer-hydration' : ''}`;
  const template = html`${unsafeStatic(open)} .firstView=${first?.view}>${unsafeHTML(light)}${unsafeStatic(`</${tag}>`)}`;
  const rendered = withoutOuterMarkers(withLocale(locale, () => collectResultSync(render(template))));
  // Lit SSR writes the element's styles as `<style>` (record HTML never holds one: sanitize.ts drops them).
  const markup = options.styleNonce ? rendered.replaceAll('<style>', `<style nonce="${escapeHtml(options.styleNonce)}">`) : rendered;
  const view = first?.view;
  if (!view || 'loaded' in view) return { html: markup, outcome: 'loaded' };
  return { html: markup, outcome: view.failure.kind === 'invalid-input' ? 'invalid' : 'failed', message: view.failure.message };
}

/**
 * Lit SSR marks the template the element is written in, as it would mark a page's: only the markers
 * inside the element's shadow root serve its hydration, so a fragment does without the outer ones.
 */
function withoutOuterMarkers(markup: string): string {
  return markup.replace(/^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
}

/** The attributes the element is rendered with: its own, its language, and the options a browser needs to ask the same API. */
function elementAttributes(attributes: Readonly<Record<string, string>>, options: RenderOptions, locale: Locale): Record<string, string> {
  const defaults = pageDefaults();
  const given: Record<string, string | undefined> = {
    'api-base': options.apiBase.replace(/\/$/, '') === defaults.apiBase ? undefined : options.apiBase,
    'portal-base': options.portalBase,
    'app-id': options.appId,
    realm: options.realm,
  };
  const shown: Record<string, string> = { ...attributes, lang: locale };
  for (const [name, value] of Object.entries(given)) if (value && shown[name] === undefined) shown[name] = value;
  // The server asks the API itself, once: the element's own lazy loading is the browser's business.
  return shown;
}

function portalOf(attributes: Readonly<Record<string, string>>): string {
  const given = attributes['portal-base']?.trim();
  return (given && /^https?:\/\//i.test(given) ? given : pageDefaults().portalBase).replace(/\/$/, '');
}

/** The element's first view, loaded as the browser would load it, and the requests it made. */
async function firstViewOf(tag: ServerTag, attributes: Readonly<Record<string, string>>, options: RenderOptions): Promise<{ view: FirstView<unknown, unknown>; asked: Set<string> } | undefined> {
  const element = serverElement(tag);
  for (const [name, value] of Object.entries(attributes)) _$LE.attributeToProperty(element, name, value);
  const controller = new AbortController();
  const stop = () => controller.abort(options.signal?.reason instanceof ApiError ? options.signal.reason : TIMED_OUT());
  options.signal?.addEventListener('abort', stop, { once: true });
  if (options.signal?.aborted) stop();
  const timer = setTimeout(stop, options.timeout ?? DEFAULT_TIMEOUT_MS);
  const asked = requestsOf(controller.signal);
  try {
    const view = await loadFirstView(element, _$LE.changedProperties(element), controller.signal);
    return view && { view, asked };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}

/** The timeout of a render: the element says the Clearing-House took too long to answer. */
const TIMED_OUT = () => new ApiError('timeout', 0, 'The API did not answer in time.');

/** What the browser needs to draw the first view again: the answers it was drawn from, or the failure. */
async function payloadOf(view: FirstView<unknown, unknown>, asked: Set<string>): Promise<FirstViewPayload> {
  if ('failure' in view) return { failure: view.failure };
  return { answers: await answersTo(asked) };
}
