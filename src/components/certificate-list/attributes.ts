import { attributeWords } from '../../base/attribute-values.js';
/**
 * The attributes of `<absch-certificate-list>`, checked: what reaches the query (`buildRequest`),
 * and a console warning for every value that is corrected or ignored (`warnAboutAttributes`).
 */
import { CERTIFICATE_SORTS, subjectTermId, USAGES, type CertificateFilters, type CertificateSort } from '../../api/queries/certificates.js';
import type { Locale } from '../../i18n/locale.js';

export const TAG = '<absch-certificate-list>';
/** The default of the element's `pageSize` (written there again as a literal, for the custom-elements manifest). */
const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;
const COUNTRY_CODE = /^[a-z]{2}$/;
/** `2017`, or `2017-05-01`. */
const YEAR = /^\d{4}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The attributes that choose the list, as the element holds them. Lit gives null for a removed
 * attribute and NaN for a number attribute that is not a number: every reader below allows for both.
 */
export interface ListAttributes {
  country: string;
  pageSize: number;
  page: number;
  sort: string;
  usage: string;
  subject: string;
  from: string;
  to: string;
  query: string;
}

/** The list's attributes, checked: what reaches the query. */
export interface ListRequest {
  filters: CertificateFilters;
  sort: CertificateSort;
  page: number;
  pageSize: number;
  locale: Locale;
  /** the first word of `country` that is not a country code: explained, never sent */
  badCountry?: string;
}


export function clampPageSize(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(value)));
}

export function clampPage(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return 1;
  return Math.max(1, Math.trunc(value));
}

/**
 * `from`/`to` as an instant: a year is its first (from) or last (to) millisecond, a day likewise, in
 * UTC since issuance dates are calendar dates. Undefined when empty or not a real year or date.
 */
export function issuedBound(value: string | null | undefined, end: 'from' | 'to'): Date | undefined {
  const text = (value ?? '').trim();
  if (YEAR.test(text)) {
    const year = Number(text);
    return new Date(end === 'from' ? Date.UTC(year, 0, 1) : Date.UTC(year + 1, 0, 1) - 1);
  }
  const day = DAY.exec(text);
  if (!day) return undefined;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const start = Date.UTC(year, month - 1, date);
  // 2017-02-30 would roll over into March: not a date.
  if (new Date(start).getUTCMonth() !== month - 1 || new Date(start).getUTCDate() !== date) return undefined;
  return new Date(end === 'from' ? start : start + 86_400_000 - 1);
}

/** True when `from` or `to` holds text that is neither a year nor a date (the control shows it as invalid). */
export const invalidBound = (value: string | null | undefined, end: 'from' | 'to'): boolean => !!(value ?? '').trim() && !issuedBound(value, end);

export function buildRequest(attributes: ListAttributes, locale: Locale): ListRequest {
  const countryWords = attributeWords(attributes.country);
  const governments = [...new Set(countryWords.map((word) => word.toLowerCase()).filter((word) => COUNTRY_CODE.test(word)))].sort();
  const sort = (CERTIFICATE_SORTS as readonly string[]).includes((attributes.sort ?? '').trim().toLowerCase())
    ? ((attributes.sort ?? '').trim().toLowerCase() as CertificateSort)
    : 'date-desc';
  let from = issuedBound(attributes.from, 'from');
  let to = issuedBound(attributes.to, 'to');
  if (from && to && from > to) {
    // Swapped as whole periods: from="2019" to="2017" is 2017-01-01 to 2019-12-31.
    [from, to] = [issuedBound(attributes.to, 'from'), issuedBound(attributes.from, 'to')];
  }
  return {
    filters: {
      governments,
      usages: USAGES.filter((usage) => attributeWords(attributes.usage).some((word) => word.toLowerCase() === usage)),
      subjects: [...new Set(attributeWords(attributes.subject).map(subjectTermId).filter((id): id is string => !!id))],
      from,
      to,
      query: (attributes.query ?? '').trim(),
    },
    sort,
    page: clampPage(attributes.page),
    pageSize: clampPageSize(attributes.pageSize),
    locale,
    // A typo in a list of countries ("in, fr, k") is explained rather than silently dropped.
    badCountry: countryWords.find((word) => !COUNTRY_CODE.test(word.toLowerCase())),
  };
}

/** Console warnings for attribute values that are corrected or ignored (once per change). */
export function warnAboutAttributes(
  host: ListAttributes & Pick<Element, 'getAttribute'>,
  changed: { has(key: keyof ListAttributes): boolean },
): void {
  // As written: page="abc" is NaN as a number.
  const written = (value: number, attribute: string) => (Number.isNaN(value) ? (host.getAttribute(attribute) ?? '') : String(value));
  if (changed.has('pageSize') && host.pageSize !== null && host.pageSize !== undefined && clampPageSize(host.pageSize) !== host.pageSize) {
    console.warn(`${TAG}: page-size="${written(host.pageSize, 'page-size')}" is not a whole number from 1 to ${MAX_PAGE_SIZE}; using ${clampPageSize(host.pageSize)}.`);
  }
  if (changed.has('page') && host.page !== null && host.page !== undefined && clampPage(host.page) !== host.page) {
    console.warn(`${TAG}: page="${written(host.page, 'page')}" is not a page number; using ${clampPage(host.page)}.`);
  }
  if (changed.has('sort') && host.sort && !(CERTIFICATE_SORTS as readonly string[]).includes(host.sort.trim().toLowerCase())) {
    console.warn(`${TAG}: sort="${host.sort}" is unknown; known: ${CERTIFICATE_SORTS.join(', ')}. Using date-desc.`);
  }
  if (changed.has('usage')) {
    const unknown = attributeWords(host.usage).filter((word) => !(USAGES as readonly string[]).includes(word.toLowerCase()));
    if (unknown.length) console.warn(`${TAG}: usage has unknown values (${unknown.join(', ')}); known: ${USAGES.join(', ')}.`);
  }
  if (changed.has('subject')) {
    const unknown = attributeWords(host.subject).filter((word) => !subjectTermId(word));
    if (unknown.length) console.warn(`${TAG}: subject has unknown values (${unknown.join(', ')}); known: short names such as plants, animals, microorganisms, traditional-knowledge, or keyword term ids.`);
  }
  for (const key of ['from', 'to'] as const) {
    if (changed.has(key) && invalidBound(host[key], key)) {
      console.warn(`${TAG}: ${key}="${host[key]}" is neither a year (2017) nor a date (2017-05-01); ignored.`);
    }
  }
  if (changed.has('from') || changed.has('to')) {
    const from = issuedBound(host.from, 'from');
    const to = issuedBound(host.to, 'to');
    if (from && to && from > to) console.warn(`${TAG}: from="${host.from}" is after to="${host.to}"; the two are swapped.`);
  }
}
