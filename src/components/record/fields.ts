/**
 * Templates for the values of a record's fields, one per kind of value (layouts.ts says which field
 * is which kind). Text from the record is text (Lit escapes it); HTML fields go through
 * `sanitized()`; URLs through `safeLinkUrl`.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { LString } from '../../api/record-endpoints.js';
import { recordUrl } from '../../api/portal-links.js';
import type { AbschSelectDetail } from '../../base/events.js';
import { safeLinkUrl, sanitized } from '../../base/sanitize.js';
import { keywordTerm } from '../../data/keyword-terms.js';
import { formatDate, formatNumber, parseDate } from '../../i18n/format.js';
import { directionOf, type Locale } from '../../i18n/locale.js';
import { pickText, type LocalizedText } from '../../i18n/lstring.js';
import { ADDRESS_KEYS, identifierKind, isLString, PERSON_KEYS, USAGE_TERMS, type FieldSpec } from './layouts.js';
import { valueOf, type Names } from './record-data.js';

export interface FieldContext {
  locale: Locale;
  /** the language the record is shown in when it is not the page's (the record-wide note says so once) */
  recordLang: Locale | null;
  portal: string;
  linkTarget: string;
  uid: string;
  body: Record<string, unknown>;
  names: Names;
  now: Date;
  select: (event: MouseEvent, detail: AbschSelectDetail) => void;
}

const languageNames = new Map<Locale, Intl.DisplayNames>();

/** "French" in the interface's language. */
export function languageName(lang: Locale, locale: Locale): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language' });
    languageNames.set(locale, names);
  }
  return names.of(lang) ?? lang;
}

/** The visible note under a text shown in another language than the page's. */
export function fallbackNote(shown: Locale, locale: Locale): TemplateResult {
  const shownName = languageName(shown, locale);
  const wanted = languageName(locale, locale);
  return html`<p class="fallback-note" part="fallback-note">${msg(str`Shown in ${shownName}: not available in ${wanted}.`, { id: 'record-fallback-note' })}</p>`;
}

/** `lang` (and `dir` when it differs) for a text in another language than the page's. */
export function langOf(picked: LocalizedText | null, locale: Locale): { lang: Locale | typeof nothing; dir: 'ltr' | 'rtl' | typeof nothing } {
  if (!picked?.fallback) return { lang: nothing, dir: nothing };
  const dir = directionOf(picked.lang);
  return { lang: picked.lang, dir: dir === directionOf(locale) ? nothing : dir };
}

function pickAny(value: unknown, locale: Locale): LocalizedText | null {
  if (isLString(value)) return pickText(value as LString, locale);
  if (typeof value === 'string' && value.trim() !== '') return { text: value, lang: locale, fallback: false };
  return null;
}

/** An lstring (or plain string) as text or as sanitized HTML, marked and noted when it falls back. */
function lstring(value: unknown, ctx: FieldContext, asHtml: boolean): TemplateResult | typeof nothing {
  const picked = pickAny(value, ctx.locale);
  if (!picked) return nothing;
  const { lang, dir } = langOf(picked, ctx.locale);
  const note = picked.fallback && picked.lang !== ctx.recordLang ? fallbackNote(picked.lang, ctx.locale) : nothing;
  return asHtml
    ? html`<div class="rich-text" lang=${lang} dir=${dir}>${sanitized(picked.text)}</div>${note}`
    : html`<span lang=${lang} dir=${dir}>${picked.text}</span>${note}`;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

function list(items: readonly (TemplateResult | string)[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  if (items.length === 1) return html`${items[0]}`;
  return html`<ul class="values">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

function date(value: unknown, ctx: FieldContext): { template: TemplateResult; date: Date } | null {
  const parsed = parseDate(value);
  if (!parsed) return null;
  return { template: html`<time datetime=${parsed.toISOString().slice(0, 10)}>${formatDate(parsed, ctx.locale)}</time>`, date: parsed };
}

/** A term's name: its own custom value, then the built-in names, then what the thesaurus said, then its identifier. */
function termName(item: Record<string, unknown>, ctx: FieldContext): TemplateResult {
  const identifier = String(item.identifier);
  const titles: LString | undefined =
    (isLString(item.customValue) ? (item.customValue as LString) : undefined) ??
    keywordTerm(identifier)?.title ??
    (USAGE_TERMS[identifier] as LString | undefined) ??
    ctx.names.terms.get(identifier) ??
    (identifierKind(identifier) === 'country' ? ctx.names.countries.get(identifier.toLowerCase()) : undefined);
  const picked = titles ? pickText(titles, ctx.locale) : null;
  if (!picked) return html`<span class="ltr-value" dir="ltr">${identifier}</span>`;
  const { lang, dir } = langOf(picked, ctx.locale);
  return html`<span lang=${lang} dir=${dir}>${picked.text}</span>`;
}

function countryName(code: string, ctx: FieldContext): TemplateResult {
  const picked = pickText(ctx.names.countries.get(code.toLowerCase()), ctx.locale);
  if (!picked) return html`<span class="ltr-value" dir="ltr">${code.toUpperCase()}</span>`;
  const { lang, dir } = langOf(picked, ctx.locale);
  return html`<span lang=${lang} dir=${dir}>${picked.text}</span>`;
}

const identifierOf = (item: unknown): string | undefined => {
  const id = typeof item === 'object' && item !== null ? (item as { identifier?: unknown }).identifier : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
};

/** A linked record by name, linked to its page on the portal, with a cancelable `absch-select`. */
function reference(identifier: string, ctx: FieldContext): TemplateResult {
  const linked = ctx.names.linked.get(identifier);
  if (!linked) {
    return html`<span class="unavailable">${msg(str`Record ${identifier} (not available)`, { id: 'record-linked-unavailable' })}</span>`;
  }
  const url = recordUrl(ctx.portal, ctx.locale, linked.schema, linked.uid);
  const picked = typeof linked.name === 'string' ? null : pickText(linked.name, ctx.locale);
  const { lang, dir } = langOf(picked, ctx.locale);
  return html`<a
    part="linked-record"
    href=${url}
    target=${ctx.linkTarget || nothing}
    rel=${ctx.linkTarget ? 'noopener' : nothing}
    lang=${lang}
    dir=${dir}
    data-uid=${linked.uid}
    @click=${(event: MouseEvent) => ctx.select(event, { uid: linked.uid, schema: linked.schema, url })}
    >${typeof linked.name === 'string' ? linked.name : (picked?.text ?? linked.uid)}</a
  >`;
}

function link(item: unknown, ctx: FieldContext): TemplateResult | string | null {
  if (typeof item !== 'object' || item === null) return null;
  const { url, name } = item as { url?: unknown; name?: unknown };
  const label = pickAny(name, ctx.locale);
  const href = safeLinkUrl(url);
  const text = label?.text ?? (typeof url === 'string' ? url : '');
  if (!text) return null;
  if (!href) return text;
  const { lang, dir } = langOf(label, ctx.locale);
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" lang=${lang} dir=${dir}>${text}</a>`;
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

function email(item: unknown): TemplateResult | string | null {
  if (typeof item !== 'string' || item.trim() === '') return null;
  const address = item.trim();
  const href = EMAIL.test(address) ? safeLinkUrl(`mailto:${address}`) : null;
  return href ? html`<a href=${href} dir="ltr">${address}</a>` : address;
}

function address(ctx: FieldContext): TemplateResult | typeof nothing {
  const lines: TemplateResult[] = [];
  for (const key of ADDRESS_KEYS) {
    if (key === 'country') continue;
    const picked = pickAny(ctx.body[key], ctx.locale);
    if (picked) {
      const { lang, dir } = langOf(picked, ctx.locale);
      lines.push(html`<span class="line" lang=${lang} dir=${dir}>${picked.text}</span>`);
    }
  }
  const country = identifierOf(ctx.body.country);
  if (country) lines.push(html`<span class="line">${countryName(country, ctx)}</span>`);
  return lines.length ? html`${lines}` : nothing;
}

/** A person's title and names on one line; each part may be an lstring (a title) or a plain string. */
function person(ctx: FieldContext): TemplateResult | typeof nothing {
  const parts = PERSON_KEYS.map((key) => pickAny(ctx.body[key], ctx.locale)?.text.trim()).filter((part): part is string => !!part);
  return parts.length ? html`${parts.join(' ')}` : nothing;
}

/** The units `durationPeriod` takes (components/pro/request-body.md: Days, Months, Years). */
const DURATION_UNITS: Readonly<Record<string, 'day' | 'month' | 'year'>> = { days: 'day', months: 'month', years: 'year' };

/** "3 months" in the interface's language; a number without a known unit is shown alone. */
function duration(ctx: FieldContext): TemplateResult | typeof nothing {
  const raw = ctx.body.duration;
  const amount = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(amount)) return nothing;
  const unit = typeof ctx.body.durationPeriod === 'string' ? DURATION_UNITS[ctx.body.durationPeriod.trim().toLowerCase()] : undefined;
  return html`${unit ? new Intl.NumberFormat(ctx.locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount) : formatNumber(amount, ctx.locale)}`;
}

/** The value of one field, or `nothing` when the record leaves it empty. */
export function fieldValue(spec: FieldSpec, ctx: FieldContext): TemplateResult | typeof nothing {
  if (spec.confidential && ctx.body[spec.confidential] === true) {
    return html`<span class="confidential">${msg('Confidential', { id: 'record-confidential' })}</span>`;
  }
  if (spec.kind === 'uid') return html`<span class="ltr-value" dir="ltr">${ctx.uid}</span>`;
  if (spec.kind === 'address') return address(ctx);
  if (spec.kind === 'person') return person(ctx);
  if (spec.kind === 'duration') return duration(ctx);
  const value = valueOf(ctx.body, spec);
  if (value === undefined) return nothing;
  switch (spec.kind) {
    case 'text':
      return lstring(value, ctx, false);
    case 'html':
      return lstring(value, ctx, true);
    case 'string':
      return typeof value === 'number' ? html`${formatNumber(value, ctx.locale)}` : typeof value === 'string' && value.trim() ? html`${value}` : nothing;
    case 'date': {
      const shown = date(value, ctx);
      return shown ? shown.template : typeof value === 'string' && value.trim() ? html`${value}` : nothing;
    }
    case 'expiry': {
      const shown = date(value, ctx);
      if (!shown) return nothing;
      const expired = shown.date.getTime() < ctx.now.getTime();
      return html`${shown.template}${expired ? html` <span class="badge" part="badge" data-badge="expired">${msg('Expired', { id: 'record-expired' })}</span>` : nothing}`;
    }
    case 'boolean':
      return typeof value === 'boolean' ? html`${value ? msg('Yes', { id: 'record-yes' }) : msg('No', { id: 'record-no' })}` : nothing;
    case 'country':
      return list(asList(value).map(identifierOf).filter((id): id is string => !!id).map((id) => countryName(id, ctx)));
    case 'term':
      return list(asList(value).filter((item): item is Record<string, unknown> => identifierOf(item) !== undefined).map((item) => termName(item, ctx)));
    case 'reference':
      return list(asList(value).map(identifierOf).filter((id): id is string => !!id).map((id) => reference(id, ctx)));
    case 'link':
      return list(asList(value).map((item) => link(item, ctx)).filter((item): item is TemplateResult | string => item !== null));
    case 'email':
      return list(asList(value).map(email).filter((item): item is TemplateResult | string => item !== null));
    case 'strings':
      return list(asList(value).filter((item): item is string => typeof item === 'string' && item.trim() !== ''));
    default:
      return nothing;
  }
}

/** The label of a field: the layout's, else the humanized key (English, so marked `lang="en"` elsewhere). */
export function fieldLabelOf(spec: FieldSpec, humanized: (key: string) => string, locale: Locale): TemplateResult {
  if (spec.label) return html`${spec.label()}`;
  const key = spec.keys[0] ?? '';
  return html`<span lang=${locale === 'en' ? nothing : 'en'} dir=${directionOf(locale) === 'rtl' ? 'ltr' : nothing}>${humanized(key)}</span>`;
}
