/**
 * Search: one index query gives a page of results, the facets and the highlighting together
 * (../shared/docs/absch-api.md section 3, "Search page"). Free text is matched as the portal
 * matches it: every word as a prefix and as itself over boosted fields in the page's language;
 * filters are tagged so that each facet can leave its own filter out (`{!ex=…}`).
 */
import { LOCALES, type Locale } from '../../i18n/locale.js';
import type { Params } from '../client.js';
import { F, localizedField } from '../fields.js';
import { ALL, and, anyOf, escapeTerm, exists, not, or, prefix, tagged, term, type Query } from '../solr.js';
import { publishedFilters, RECORD_LINE_FIELDS } from './common.js';

export const SEARCH_SORTS = ['relevance', 'newest', 'country'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const RECORD_KINDS = ['national', 'reference'] as const;
/** `''`: national and reference records. */
export type RecordKind = (typeof RECORD_KINDS)[number] | '';

/** Index fields of the search that fields.ts does not name (absch-api.md section 2.2). */
export const SEARCH_FIELDS = {
  /** lower-case country codes (and, on the real index, region ids): the country facet and filter */
  countryRegions: 'countryRegions_ss',
  /** every term id of a record: the keyword facet and filter */
  allTerms: 'all_terms_ss',
  uniqueIdentifierText: 'uniqueIdentifier_t',
} as const;

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
 * Words beyond these limits are ignored: q repeats every word fourteen times, and a pasted page
 * must not become a URL longer than servers accept (about 8 KB; this keeps it under 6 KB).
 */
export const MAX_WORDS = 5;
export const MAX_WORD_LENGTH = 40;
/** Escaped characters of all words together. */
const MAX_ESCAPED_LENGTH = 100;
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

/**
 * The words of a free text: split on white space, lone surrogates dropped (they cannot be sent in
 * a URL), lower-cased, each cut to MAX_WORD_LENGTH, duplicates removed, within the limits above.
 */
export function searchWords(text: string): string[] {
  const clean = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  const words = clean
    .split(/\s+/)
    .filter((word) => word !== '')
    // Lower case: every field searched is analysed (lower-cased) anyway, prefix terms are not
    // analysed by every Solr version, and a bare `AND`/`OR`/`NOT` would be read as an operator.
    .map((word) => Array.from(word.toLowerCase()).slice(0, MAX_WORD_LENGTH).join(''));
  const kept: string[] = [];
  let escaped = 0;
  for (const word of new Set(words)) {
    escaped += escapeTerm(word).length;
    if (kept.length === MAX_WORDS || escaped > MAX_ESCAPED_LENGTH) break;
    kept.push(word);
  }
  return kept;
}

/** The boosted fields of the free text, in the page's language (the portal's `generateBoostFields`). */
export function freeTextFields(locale: Locale): readonly [string, number][] {
  return [
    [SEARCH_FIELDS.uniqueIdentifierText, 60],
    [localizedField('government', locale, 't'), 50],
    [localizedField('countryRegions', locale, 'txt'), 40],
    [localizedField('title', locale, 't'), 30],
    [localizedField('summary', locale, 't'), 20],
    [localizedField('schema', locale, 't'), 10],
    [localizedField('text', locale, 'txt'), 1],
  ];
}

/** `field:word^boost`: solr.ts's `term` has no boost (the field name is checked by `prefix`, called first). */
function boostedTerm(field: string, word: string, boost: number): Query {
  return `${field}:${escapeTerm(word)}^${Math.trunc(boost)}` as Query;
}

/** `field:word*^boost OR field:word^boost`: the word as a prefix and as itself, escaped by solr.ts. */
function boostedWord(field: string, word: string, boost: number): Query {
  return or(prefix(field, word, boost), boostedTerm(field, word, boost));
}

/**
 * The free-text part of q: every word must match (AND), each in any of the boosted fields, as a
 * prefix or as itself. Null when the text has no word.
 */
export function freeTextQuery(text: string, locale: Locale): Query | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const fields = freeTextFields(locale);
  return and(...words.map((word) => or(...fields.map(([field, boost]) => boostedWord(field, word, boost)))));
}

/** The portal's filter on contacts: only those that a published record refers to. */
function contactFilter(): Query {
  return or(not(term(F.schema, 'contact')), and(term(F.schema, 'contact'), or(exists('refReferenceRecords_ss'), exists('refNationalRecords_ss'))));
}

/** The tagged filter queries of a request (the facets exclude them by tag). */
export function searchFilters(request: Pick<SearchRequest, 'schemas' | 'countries' | 'keywords' | 'kind'>): Query[] {
  const filters = [...publishedFilters(), contactFilter()];
  if (request.kind) filters.push(tagged(TAG.kind, term(F.schemaType, request.kind)));
  if (request.schemas.length) filters.push(tagged(TAG.schema, anyOf(F.schema, request.schemas)));
  if (request.countries.length) filters.push(tagged(TAG.country, anyOf(SEARCH_FIELDS.countryRegions, request.countries)));
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

/** The one request of a search: results, facets and highlighting together. */
export function searchQuery(request: SearchRequest, locale: Locale): Params {
  const text = freeTextQuery(request.text, locale);
  const hl = highlightFields(locale);
  return {
    q: text ?? ALL,
    fq: searchFilters(request),
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
    'facet.limit': FACET_LIMIT,
    'facet.mincount': 1,
    ...(text
      ? { hl: true, 'hl.fl': `${hl.title},${hl.summary}`, 'hl.snippets': 1, 'hl.fragsize': SNIPPET_LENGTH, 'hl.simple.pre': '<em>', 'hl.simple.post': '</em>' }
      : {}),
  };
}
