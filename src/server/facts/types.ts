/**
 * What a server render puts in an element's light DOM for readers that run no script and see no
 * shadow root (search engines' and AI crawlers' fetchers, text browsers): a heading, the key facts
 * and links to the portal, and, where a schema.org type fits, JSON-LD. A browser does not show them:
 * the element's shadow root has no slot, so its view alone is drawn.
 */
import type { Locale } from '../../i18n/locale.js';

export interface FactsContext {
  tag: string;
  /** the attributes the element was rendered with */
  attributes: Readonly<Record<string, string>>;
  /** the interface language: facts are written in it, and JSON-LD says it in `inLanguage` */
  locale: Locale;
  /** the portal base (no trailing slash), e.g. https://absch.cbd.int */
  portal: string;
}

export interface Facts {
  /** HTML, every text escaped (../escape.ts) */
  html: string;
  /** a schema.org object (with `@context`), or undefined where no type fits */
  jsonLd?: Record<string, unknown>;
}

/** An element's facts from the data its first view was drawn from. Runs inside the render's `withLocale`, so `msg()` speaks `context.locale`. */
export type FactsOf<Data> = (data: Data, context: FactsContext) => Facts;
