/**
 * Search: one index query gives a page of results, the facets and the highlighting together
 * (scbd/absch.cbd.int app/views/search/search-directive.js). Free text is matched as the portal
 * matches it: every word as a prefix and as itself over boosted fields in the page's language;
 * filters are tagged so that each facet can leave its own filter out (`{!ex=…}`).
 */
import { LOCALES, type Locale } from '../../i18n/locale.js';
import type { Params } from '../client.js';
import { F, localizedField } from '../fields.js';
import { or, tagged } from '../solr-filters.js';
import { ALL, and, anyOf, exists, not, term, type Query } from '../solr.js';
import { freeTextWords, textWord, type WordLimits } from '../solr-text.js';
import { ABS_REALM, publishedFilters, RECORD_LINE_FIELDS } from './common.js';

export const SEARCH_SORTS = ['relevance', 'newest', 'country'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const RECORD_KINDS = ['national', 'reference'] as const;
/** `''`: national and reference records. */
export type RecordKind = (typeof RECORD_KINDS)[number] | '';

/** Index fields of the search that fields.ts does not name (docs/api-notes.md §2.2). */
export const SEARCH_FIELDS = { countryRegions: F.countryRegions, allTerms: F.allTerms } as const;

/** Facet fields as the answer names them (`facet_counts.facet_fields[…]`, without local params). */
export const SEARCH_FACETS = {
  kind: F.schemaType,
  schema: F.schema,
  country: SEARCH_FIELDS.countryRegions,
  keyword: SEARCH_FIELDS.allTerms,
} as const;

/** Filter tags: each facet excludes its own (the portal's tag names). */
const TAG = { kind: 'schemaType', schema: 'schema', country: 'government', keyword: 'keywords' } as const;

/** The portal's facet limit: enough for every country and keyword of the ABS realm. */
const FACET_LIMIT = 512;
/**
 * Words beyond these limits are ignored: q repeats every word fourteen times, and a pasted page must
 * not make the URL longer than solr-text.ts `MAX_URL_LENGTH` (test/unit/search-query.test.ts builds the worst case).
 */
export const WORD_LIMITS: WordLimits = { maxWords: 5, maxWordLength: 40, maxEncodedLength: 200 };
/** Characters of highlighted text around a match, for the summary snippet. */
export const SNIPPET_LENGTH = 160;

export interface SearchRequest {
  /** free text as the user typed it */
  text: string;
  schemas: readonly string[];
  /** lower-case country codes */
  countries: readonly string[];
  /** term ids */
  keywords: readonly string[];
  kind: RecordKind;
  /** 1-based */
  page: number;
  pageSize: number;
  sort: SearchSort;
}

/** The words of a free text, within the search's limits (solr.ts `freeTextWords`). */
export function searchWords(text: string): string[] {
  return freeTextWords(text, WORD_LIMITS);
}

/** The boosted fields of the free text, in the page's language (the portal's `generateBoostFields`). */
export function freeTextFields(locale: Locale): readonly [string, number][] {
  return [
    [F.uniqueIdentifierText, 60],
    [localizedField('government', locale, 't'), 50],
    [localizedField('countryRegions', locale, 'txt'), 40],
    [localizedField('title', locale, 't'), 30],
    [localizedField('summary', locale, 't'), 20],
    [localizedField('schema', locale, 't'), 10],
    [localizedField('text', locale, 'txt'), 1],
  ];
}

/**
 * The free-text part of q: every word must match (AND), each in any of the boosted fields (as a
 * prefix and as itself, or as a phrase: solr.ts `textWord`). Null when the text has no word.
 */
export function freeTextQuery(text: string, locale: Locale): Query | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const fields = freeTextFields(locale);
  return and(...words.map((word) => or(...fields.map(([field, boost]) => textWord(field, word, boost)))));
}

/** The portal's filter on contacts: only those that a published record refers to. */
function contactFilter(): Query {
  return or(not(term(F.schema, 'contact')), and(term(F.schema, 'contact'), or(exists(F.refReferenceRecords), exists(F.refNationalRecords))));
}

/** A record of these countries, or related to them (an EU record for a member state), as the portal filters. */
function countryFilter(countries: readonly string[]): Query {
  return or(anyOf(SEARCH_FIELDS.countryRegions, countries), anyOf(F.countryRegionsRelated, countries));
}

/** The tagged filter queries of a request (the facets exclude them by tag). */
export function searchFilters(request: Pick<SearchRequest, 'schemas' | 'countries' | 'keywords' | 'kind'>, realm = ABS_REALM): Query[] {
  const filters = [...publishedFilters(realm), contactFilter()];
  if (request.kind) filters.push(tagged(TAG.kind, term(F.schemaType, request.kind)));
  if (request.schemas.length) filters.push(tagged(TAG.schema, anyOf(F.schema, request.schemas)));
  if (request.countries.length) filters.push(tagged(TAG.country, countryFilter(request.countries)));
  if (request.keywords.length) filters.push(tagged(TAG.keyword, anyOf(SEARCH_FIELDS.allTerms, request.keywords)));
  return filters;
}

export function searchSort(sort: SearchSort, hasText: boolean, locale: Locale): string {
  const newest = `${F.updatedDate} desc`;
  if (sort === 'country') return `${localizedField('government', locale, 's')} asc, ${newest}`;
  if (sort === 'relevance' && hasText) return `score desc, ${newest}`;
  return newest;
}

/** The fields a result line needs: title and summary in every language (fallback), country name. */
export function searchResultFields(locale: Locale): string[] {
  return [
    F.id,
    ...RECORD_LINE_FIELDS,
    F.government,
    localizedField('government', locale, 's'),
    ...LOCALES.map((lang) => localizedField('summary', lang, 't')),
  ];
}

/** The highlighted fields: title and summary in the page's language. */
export function highlightFields(locale: Locale): { title: string; summary: string } {
  return { title: localizedField('title', locale, 't'), summary: localizedField('summary', locale, 't') };
}

/**
 * Each government's name in the page's language, by its code, as a pivot of the same request: the
 * country facet and chips show names without the list of every country (a second request). It
 * leaves out the country filter as the country facet does, so every country it offers has its name.
 */
export function countryNamesPivot(locale: Locale): string {
  return `${F.government},${localizedField('government', locale, 's')}`;
}

/** The one request of a search: results, facets, country names and highlighting together. */
export function searchQuery(request: SearchRequest, locale: Locale, realm = ABS_REALM): Params {
  const text = freeTextQuery(request.text, locale);
  const hl = highlightFields(locale);
  return {
    q: text ?? ALL,
    fq: searchFilters(request, realm),
    fl: searchResultFields(locale).join(','),
    sort: searchSort(request.sort, text !== null, locale),
    start: (request.page - 1) * request.pageSize,
    rows: request.pageSize,
    facet: true,
    'facet.field': [
      `{!ex=${TAG.kind}}${SEARCH_FACETS.kind}`,
      `{!ex=${TAG.schema}}${SEARCH_FACETS.schema}`,
      `{!ex=${TAG.country}}${SEARCH_FACETS.country}`,
      `{!ex=${TAG.keyword}}${SEARCH_FACETS.keyword}`,
    ],
    'facet.pivot': `{!ex=${TAG.country}}${countryNamesPivot(locale)}`,
    'facet.limit': FACET_LIMIT,
    'facet.mincount': 1,
    ...(text
      ? { hl: true, 'hl.fl': `${hl.title},${hl.summary}`, 'hl.snippets': 1, 'hl.fragsize': SNIPPET_LENGTH, 'hl.simple.pre': '<em>', 'hl.simple.post': '</em>' }
      : {}),
  };
}
