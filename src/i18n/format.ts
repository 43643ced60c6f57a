/** Cached `Intl` formatters: building one costs far more than using it, and lists format hundreds of dates. */
import type { Locale } from './locale.js';

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * "12 October 2014" in the locale's own words and digits. English dates are day-month-year, as in
 * UN documents. Dates are calendar dates: shown in UTC so that no time zone moves them a day.
 */
export function formatDate(date: Date, locale: Locale): string {
  const tag = locale === 'en' ? 'en-GB' : locale;
  return cached(`date:${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * "A: 1, B: 2 and C: 3" with each language's own separators and conjunction. Not `type: 'unit'`:
 * CLDR gives Russian only spaces there and Chinese nothing at all (`缔约方：10其他政府：5`), so the
 * items of a list read as one run of words.
 */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/**
 * Sentences one after the other, as each script writes them: Chinese puts no space after its
 * full stop 。, the other five languages put one.
 */
export function joinSentences(sentences: readonly string[], locale: Locale): string {
  return sentences.join(locale === 'zh' ? '' : ' ');
}

/** Parses `YYYY-MM-DD` or an ISO date-time; null for anything else. */
export function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
