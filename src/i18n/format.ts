/** Cached `Intl` formatters: building one costs far more than using it, and lists format hundreds of dates. */
import type { Locale } from './locale.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
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

/** Parses `YYYY-MM-DD` or an ISO date-time; null for anything else. */
export function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}
