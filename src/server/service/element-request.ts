/**
 * A `/render/<tag>?…` or `/embed/<tag>?…` URL, checked before anything is rendered: input is hostile
 * until this module has said what it is. Only the elements the server renders; only the attributes
 * custom-elements.json lists for that element; values short and free of control characters;
 * `api-base` and `portal-base` only from the allow-lists the service was started with. What passes
 * becomes one canonical key, so that `?b=2&a=1` and `?a=1&b=2` share one cached render.
 */
import { createRequire } from 'node:module';
import { SOURCE_LOCALE, toLocale, type Locale } from '../../i18n/locale.js';
import { SERVER_TAGS } from '../render-element.js';
import type { ServiceConfig } from './config.js';

export interface ElementRequest {
  tag: string;
  /** the element's own attributes, in name order (never `lang`, `api-base`, `portal-base`, `app-id`, `realm`: those are below) */
  attributes: Record<string, string>;
  /** one of the six; a language outside them is English, as in the browser */
  lang: Locale;
  apiBase: string;
  portalBase: string | undefined;
  appId: string | undefined;
  realm: string | undefined;
  /** the checked query, sorted: one key per distinct render, and the query of the canonical URL */
  query: string;
}

export type Checked = { ok: true; request: ElementRequest } | { ok: false; status: 400 | 404; message: string };

/** Long enough for any UID, query or list of codes an element takes; short enough that nobody stores a page in a URL. */
export const MAX_VALUE_LENGTH = 256;
/** Control characters (CR and LF among them) and the Unicode line separators: no attribute takes them. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
/** Given to the render as options, not as attributes. */
const OPTION_ATTRIBUTES = new Set(['lang', 'api-base', 'portal-base', 'app-id', 'realm']);
/** BCP 47 in shape (`fr`, `fr-CA`, `zh-Hans-CN`, Drupal's `zh-hans`): anything else is not a language. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/;

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}

/**
 * The attribute names of each element, as custom-elements.json (shipped with the package) lists
 * them. Read through the package's own name, so that it resolves the same from src/ and dist/.
 */
function attributesByTag(): Map<string, Set<string>> {
  const manifest = createRequire(import.meta.url)('absch-widgets/custom-elements.json') as Manifest;
  const byTag = new Map<string, Set<string>>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (declaration.tagName && (SERVER_TAGS as readonly string[]).includes(declaration.tagName)) {
      byTag.set(declaration.tagName, new Set((declaration.attributes ?? []).map((attribute) => attribute.name)));
    }
  }
  return byTag;
}

const ATTRIBUTES = attributesByTag();

/** Whether custom-elements.json lists this attribute for this element. */
export const takesAttribute = (tag: string, name: string): boolean => ATTRIBUTES.get(tag)?.has(name) ?? false;

/** Text of the request quoted in a plain-text answer: printable, and short. */
function quote(text: string): string {
  const printable = text.replace(/[^\x20-\x7E]/g, '?');
  return JSON.stringify(printable.length > 64 ? `${printable.slice(0, 64)}…` : printable);
}

const bad = (message: string): Checked => ({ ok: false, status: 400, message });

function allowed(value: string | null, allowList: readonly string[], name: string): { ok: true; base: string | undefined } | { ok: false; message: string } {
  if (value === null) return { ok: true, base: allowList[0] };
  const base = value.replace(/\/+$/, '');
  if (allowList.includes(base)) return { ok: true, base };
  const listed = allowList.length ? allowList.join(', ') : 'none';
  return { ok: false, message: `${name} ${quote(value)} is not one this service may use (allowed: ${listed})` };
}

/** Checks the tag of the path and every query parameter. */
export function checkElementRequest(tag: string, params: URLSearchParams, config: Pick<ServiceConfig, 'apiBases' | 'portalBases'>): Checked {
  const known = ATTRIBUTES.get(tag);
  if (!known) return { ok: false, status: 404, message: `No element ${quote(tag)} here. Elements: ${[...ATTRIBUTES.keys()].join(', ')}` };

  const values = new Map<string, string>();
  for (const [name, value] of params) {
    if (!known.has(name)) return bad(`${tag} has no attribute ${quote(name)}`);
    if (values.has(name)) return bad(`${quote(name)} is given twice`);
    if (value.length > MAX_VALUE_LENGTH) return bad(`${quote(name)} is longer than ${MAX_VALUE_LENGTH} characters`);
    if (CONTROL.test(value)) return bad(`${quote(name)} holds control characters`);
    values.set(name, value);
  }

  const languageTag = values.get('lang');
  if (languageTag !== undefined && !LANGUAGE_TAG.test(languageTag)) return bad(`lang ${quote(languageTag)} is not a language tag`);
  const api = allowed(values.get('api-base') ?? null, config.apiBases, 'api-base');
  if (!api.ok) return bad(api.message);
  const portal = allowed(values.get('portal-base') ?? null, config.portalBases, 'portal-base');
  if (!portal.ok) return bad(portal.message);

  const names = [...values.keys()].sort();
  const attributes = Object.fromEntries(names.filter((name) => !OPTION_ATTRIBUTES.has(name)).map((name) => [name, values.get(name) ?? '']));
  const canonical = new URLSearchParams(names.map((name) => [name, values.get(name) ?? '']));
  return {
    ok: true,
    request: {
      tag,
      attributes,
      lang: toLocale(languageTag) ?? SOURCE_LOCALE,
      apiBase: api.base ?? config.apiBases[0],
      portalBase: portal.base,
      appId: values.get('app-id'),
      realm: values.get('realm'),
      query: canonical.toString(),
    },
  };
}

/** The key of one distinct render: the tag, and every value that changes what it shows. */
export function renderKey(request: ElementRequest): string {
  return JSON.stringify([request.tag, request.lang, request.apiBase, request.portalBase ?? '', request.appId ?? '', request.realm ?? '', request.attributes]);
}
