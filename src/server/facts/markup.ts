/**
 * The pieces every element's facts are written with: the block in the render's language and
 * direction, a heading, links, a definition list, and the schema.org objects several elements share.
 * Every text passes through `escapeHtml` here, so that an element's facts module handles words, not markup.
 */
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { render } from '@lit-labs/ssr';
import type { TemplateResult } from 'lit';
import { directionOf, type Locale } from '../../i18n/locale.js';
import { escapeHtml } from '../escape.js';
import type { FactsContext } from './types.js';

/** The facts are bytes on every page that embeds the element: lists stop here, and link to the portal for the rest. */
export const MAX_FACT_ITEMS = 25;

/** Who publishes every figure and record the elements show. */
const SECRETARIAT = { '@type': 'Organization', name: 'Secretariat of the Convention on Biological Diversity', url: 'https://www.cbd.int' } as const;

/** Markup already escaped: what the helpers below take and give, so that no text is escaped twice or not at all. */
export interface Markup {
  readonly html: string;
}

export const markup = (html: string): Markup => ({ html });

/** A text, escaped, with `lang` when it is in another language than the facts'. */
export function text(value: string, lang?: Locale | null): Markup {
  return markup(lang ? `<span lang="${lang}">${escapeHtml(value)}</span>` : escapeHtml(value));
}

const htmlOf = (content: string | Markup): string => (typeof content === 'string' ? escapeHtml(content) : content.html);

/**
 * The facts' block: in the render's language and direction (the element's own `lang` says the
 * language already, but not the direction, which a reader without the element's styles needs).
 */
export function factsBlock(context: FactsContext, parts: readonly (string | Markup | undefined)[]): string {
  return `<div dir="${directionOf(context.locale)}">${parts.filter((part) => part !== undefined).map(htmlOf).join('')}</div>`;
}

/** The element's heading: at `heading-level` when the element has one (1 to 6), else `<h2>`. */
export function factsHeading(context: FactsContext, content: string | Markup): Markup {
  const level = Number(context.attributes['heading-level']);
  const tag = `h${Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2}`;
  return markup(`<${tag}>${htmlOf(content)}</${tag}>`);
}

export const paragraph = (content: string | Markup): Markup => markup(`<p>${htmlOf(content)}</p>`);

export function link(href: string, content: string | Markup): Markup {
  return markup(`<a href="${escapeHtml(href)}">${htmlOf(content)}</a>`);
}

/** A list of at most MAX_FACT_ITEMS items; nothing for none. */
export function list(items: readonly (string | Markup)[], ordered = false): Markup | undefined {
  if (!items.length) return undefined;
  const tag = ordered ? 'ol' : 'ul';
  return markup(`<${tag}>${items.slice(0, MAX_FACT_ITEMS).map((item) => `<li>${htmlOf(item)}</li>`).join('')}</${tag}>`);
}

/** Terms and their descriptions; pairs without a description are left out. */
export function definitions(pairs: readonly (readonly [string | Markup, string | Markup | undefined])[]): Markup | undefined {
  const shown = pairs.filter((pair): pair is readonly [string | Markup, string | Markup] => pair[1] !== undefined && htmlOf(pair[1]) !== '');
  if (!shown.length) return undefined;
  return markup(`<dl>${shown.map(([term, description]) => `<div><dt>${htmlOf(term)}</dt><dd>${htmlOf(description)}</dd></div>`).join('')}</dl>`);
}

/**
 * A view's own template as static HTML: Lit escapes its texts and sanitizes its rich text as in the
 * shadow root. The markers it writes for hydration (comments, and `<?>` after a part) mean nothing
 * outside a shadow root, and go; so do the line breaks of the template's source within its tags.
 */
export function staticHtml(template: TemplateResult): Markup {
  return markup(
    collectResultSync(render(template))
      .replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '')
      .replace(/<[^>]+>/g, (tag) => tag.replace(/\s+/g, ' ').replace(/ >$/, '>')),
  );
}

/** The schema.org object every fact's JSON-LD starts with. */
export function schemaOrg(type: string, context: FactsContext, url: string): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': type, inLanguage: context.locale, url };
}

/** A `Dataset` of the Secretariat's published figures: who publishes it, and that it is free; `fields` say what it is. */
export function dataset(context: FactsContext, url: string, fields: { name: string; description: string } & Record<string, unknown>): Record<string, unknown> {
  return { ...schemaOrg('Dataset', context, url), ...fields, creator: SECRETARIAT, publisher: SECRETARIAT, isAccessibleForFree: true };
}

export interface ListedItem {
  url: string;
  name: string;
}

/**
 * `ItemList` of the first MAX_FACT_ITEMS items, in the order shown; `numberOfItems` says how many the
 * whole list holds, so that a reader knows the list goes on (on the portal, at `url`).
 */
export function itemList(context: FactsContext, url: string, name: string, items: readonly ListedItem[], total: number): Record<string, unknown> {
  return {
    ...schemaOrg('ItemList', context, url),
    name,
    numberOfItems: total,
    itemListElement: items.slice(0, MAX_FACT_ITEMS).map((item, index) => ({ '@type': 'ListItem', position: index + 1, url: item.url, name: item.name })),
  };
}

/** A calendar date as schema.org writes it (`2019-10-01`). */
export const isoDate = (date: Date | null | undefined): string | undefined => (date ? date.toISOString().slice(0, 10) : undefined);
