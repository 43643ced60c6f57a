/**
 * Official names in the five languages other than English arrive with the interface strings of
 * their language (one chunk per language, see i18n/localization.ts), so a page pays only for the
 * languages it shows: in all six, the record-type and subject-matter names were about 5 kB gzip
 * on every page. Until a language arrives its names fall back to English through `pickText`,
 * marked with `lang`, as the interface strings do; when it arrives, the elements that speak it re-render.
 *
 * The data modules (record-types.ts, keyword-terms.ts) subscribe and fill their `title` objects;
 * a module loaded after a language arrived is filled at once, so the order does not matter.
 */
import type { Locale } from '../i18n/locale.js';

export interface OfficialNames {
  /** by record type (schema) */
  readonly recordTypes: Readonly<Record<string, string>>;
  /** by subject-matter term identifier */
  readonly keywordTerms: Readonly<Record<string, string>>;
  /**
   * Record-type names that are ours, not the portal's, and shown instead of `recordTypes`: a name
   * the official data lacks, or one where it departs from the Protocol's own term (the interface
   * follows the Protocol, as its strings do; locales/glossary.json).
   */
  readonly ours?: { readonly recordTypes: Readonly<Record<string, string>> };
}

type Listener = (locale: Locale, names: OfficialNames) => void;

const arrived = new Map<Locale, OfficialNames>();
const listeners: Listener[] = [];

export function addOfficialNames(locale: Locale, names: OfficialNames): void {
  if (arrived.has(locale)) return;
  arrived.set(locale, names);
  for (const listener of listeners) listener(locale, names);
}

/** How many languages have arrived: a memo of names keyed on it is redone when one arrives. */
export function officialNamesArrived(): number {
  return arrived.size;
}

export function onOfficialNames(listener: Listener): void {
  listeners.push(listener);
  for (const [locale, names] of arrived) listener(locale, names);
}
