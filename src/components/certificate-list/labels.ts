/**
 * The words of the certificate list that several of its parts show: usage and subject-matter names,
 * the total, the countries of the list, and the filters in force (the table, the filter controls,
 * the empty message and the CSV file say them alike).
 */
import { msg, str } from '@lit/localize';
import type { CertificateFilters, Usage } from '../../api/queries/certificates.js';
import { keywordTerm } from '../../data/keyword-terms.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText, type LocalizedText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';

export function usageName(usage: Usage): string {
  switch (usage) {
    case 'commercial':
      return msg('Commercial', { id: 'certs-usage-commercial' });
    case 'non-commercial':
      return msg('Non-commercial', { id: 'certs-usage-non-commercial' });
    default:
      return msg('Confidential', { id: 'certs-usage-confidential' });
  }
}

/** Official names of the keyword terms in the page's language; unknown ids are left out. */
export function keywordNames(ids: readonly string[], locale: Locale): LocalizedText[] {
  return ids.map((id) => pickText(keywordTerm(id)?.title, locale)).filter((name): name is LocalizedText => !!name);
}

export function totalText(total: number, locale: Locale): string {
  const n = formatNumber(total, locale);
  return selectPlural(total, locale, {
    zero: msg(str`${n} certificates`, { id: 'certs-total-zero' }),
    one: msg(str`${n} certificate`, { id: 'certs-total-one' }),
    two: msg(str`${n} certificates`, { id: 'certs-total-two' }),
    few: msg(str`${n} certificates`, { id: 'certs-total-few' }),
    many: msg(str`${n} certificates`, { id: 'certs-total-many' }),
    other: msg(str`${n} certificates`, { id: 'certs-total-other' }),
  });
}

/** The countries of the list by name, in the page's language (`Intl.DisplayNames`); undefined for all countries. */
export function countryNames(codes: readonly string[], locale: Locale): string | undefined {
  if (!codes.length) return undefined;
  let names: string[];
  try {
    const display = new Intl.DisplayNames([locale], { type: 'region' });
    names = codes.map((code) => display.of(code.toUpperCase()) ?? code.toUpperCase());
  } catch {
    names = codes.map((code) => code.toUpperCase());
  }
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/** One line per filter in force (the country aside), for the empty message; none when nothing narrows the list. */
export function activeFilters(filters: CertificateFilters, locale: Locale): string[] {
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  const lines: string[] = [];
  if (filters.usages.length) {
    const names = or.format(filters.usages.map((usage) => usageName(usage)));
    lines.push(msg(str`Usage: ${names}`, { id: 'certs-filter-usage-value' }));
  }
  if (filters.subjects.length) {
    const names = or.format(keywordNames(filters.subjects, locale).map((name) => name.text));
    lines.push(msg(str`Subject matter: ${names}`, { id: 'certs-filter-subject-value' }));
  }
  if (filters.from) {
    const date = formatDate(filters.from, locale);
    lines.push(msg(str`Issued on or after ${date}`, { id: 'certs-filter-from-value' }));
  }
  if (filters.to) {
    const date = formatDate(filters.to, locale);
    lines.push(msg(str`Issued on or before ${date}`, { id: 'certs-filter-to-value' }));
  }
  if (filters.query) {
    const text = filters.query;
    lines.push(msg(str`Text: “${text}”`, { id: 'certs-filter-query-value' }));
  }
  return lines;
}
