/**
 * What <absch-search> searches (`SearchState`) and what a search found (`toResult`, the index's
 * answer as records and facet counts): what the element and its lazily loaded results view
 * (results-view.ts) share.
 */
import { F, localizedField } from '../../api/fields.js';
import { highlightFields, SEARCH_FACETS, type RecordKind, type SearchRequest, type SearchSort } from '../../api/queries/search.js';
import type { FacetCount, SearchAnswer } from '../../api/search-endpoints.js';
import type { IndexDoc } from '../../api/types.js';
import { parseDate } from '../../i18n/format.js';
import { LOCALES, type Locale } from '../../i18n/locale.js';

export const COUNTRY_CODE = /^[a-z]{2}$/i;

/** What is searched; `sort` `''` is the default (relevance with text, else newest). */
export interface SearchState {
  text: string;
  schemas: string[];
  countries: string[];
  keywords: string[];
  kind: RecordKind;
  page: number;
  sort: SearchSort | '';
}

/** The facets whose values are chosen with checkboxes and shown as chips. */
export type SearchFacet = 'schemas' | 'countries' | 'keywords';

export interface ResultRecord {
  id: string;
  uid: string;
  schema: string;
  government: string;
  /** the country's name from the index, in the page's language */
  governmentName: string;
  titles: Partial<Record<Locale, string>>;
  summaries: Partial<Record<Locale, string>>;
  updated: Date | null;
  /** highlight snippets of the page language's title and summary */
  titleSnippet?: string;
  summarySnippet?: string;
}

/** Country names in six languages, by lower-case code; empty when the list could not be loaded (codes are shown). */
export type CountryNames = ReadonlyMap<string, Partial<Record<Locale, string>>>;

export interface SearchResult {
  request: SearchRequest;
  locale: Locale;
  countryNames: CountryNames;
  total: number;
  records: ResultRecord[];
  kinds: Map<string, number>;
  schemas: Map<string, number>;
  countries: FacetCount[];
  keywords: FacetCount[];
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

export function toResult(answer: SearchAnswer, request: SearchRequest, locale: Locale, countryNames: CountryNames): SearchResult {
  const hl = highlightFields(locale);
  const governmentField = localizedField('government', locale, 's');
  const records = answer.response.docs.map((doc: IndexDoc): ResultRecord => {
    const id = String(doc[F.id] ?? '');
    const highlights = answer.highlighting[id] ?? {};
    return {
      id,
      uid: String(doc[F.uniqueIdentifier] ?? '').toUpperCase(),
      schema: String(doc[F.schema] ?? ''),
      government: textOf(doc[F.government]) ?? '',
      governmentName: textOf(doc[governmentField]) ?? '',
      titles: Object.fromEntries(LOCALES.map((lang) => [lang, textOf(doc[localizedField('title', lang, 't')])])),
      summaries: Object.fromEntries(LOCALES.map((lang) => [lang, textOf(doc[localizedField('summary', lang, 't')])])),
      updated: parseDate(doc[F.updatedDate]),
      titleSnippet: highlights[hl.title]?.[0],
      summarySnippet: highlights[hl.summary]?.[0],
    };
  });
  const counts = (field: string) => new Map((answer.facets[field] ?? []).map((f) => [f.value, f.count]));
  return {
    request,
    locale,
    countryNames,
    total: answer.response.numFound,
    records,
    kinds: counts(SEARCH_FACETS.kind),
    schemas: counts(SEARCH_FACETS.schema),
    countries: answer.facets[SEARCH_FACETS.country] ?? [],
    keywords: answer.facets[SEARCH_FACETS.keyword] ?? [],
  };
}
