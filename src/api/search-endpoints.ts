/**
 * Typed call of `<absch-search>`: the index query with facets, country names and highlighting, read
 * by the one index reader. Where the API ignored `hl`, the snippets are made here from the documents;
 * where the answer names no country it shows, the list of countries does.
 */
import { realmOf, type ApiConfig } from './client.js';
import type { Locale } from '../i18n/locale.js';
import { fetchCountries } from './endpoints.js';
import { isAbort } from './errors.js';
import { F } from './fields.js';
import { responseOf, type FacetCount, type IndexAnswer } from './index-answer.js';
import { queryIndex } from './index-request.js';
import { localSnippet } from './local-highlight.js';
import { countryNamesPivot, highlightFields, SEARCH_FACETS, searchQuery, searchWords, SNIPPET_LENGTH, type SearchRequest } from './queries/search.js';
import type { DocList, IndexDoc } from './types.js';

export type { FacetCount } from './index-answer.js';

export interface SearchAnswer {
  response: DocList;
  /** `facet_counts.facet_fields`, by field */
  facets: Record<string, FacetCount[]>;
  /** `highlighting[doc id][field]`: snippets with `<em>` marks (API text: never rendered as HTML) */
  highlighting: Record<string, Record<string, string[]>>;
  /** country names by lower-case code; empty where neither the answer nor the list of countries gave them (codes are shown then) */
  countryNames: CountryNames;
}

export type CountryNames = ReadonlyMap<string, Partial<Record<Locale, string>>>;

/** A country, not a region id (the real index lists both in `countryRegions_ss`). */
const COUNTRY = /^[a-z]{2}$/;

const firstText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;

/** Solr's highlighting of the title and summary, made from the documents: the words marked in the escaped text. */
function localHighlighting(docs: IndexDoc[], fields: readonly string[], words: readonly string[]): SearchAnswer['highlighting'] {
  return Object.fromEntries(
    docs.map((doc) => {
      const snippets: Record<string, string[]> = {};
      for (const field of fields) {
        const text = firstText(doc[field]);
        const snippet = text === undefined ? undefined : localSnippet(text, words, SNIPPET_LENGTH);
        if (snippet !== undefined) snippets[field] = [snippet];
      }
      return [String(doc[F.id] ?? ''), snippets];
    }),
  );
}

/** The names of the country-names pivot; none when the API left it out. */
function pivotNames(answer: IndexAnswer, locale: Locale): Map<string, Partial<Record<Locale, string>>> {
  const entries = answer.facetPivots[countryNamesPivot(locale)] ?? [];
  return new Map(entries.flatMap(({ value, pivot }) => (pivot[0] ? [[value.toLowerCase(), { [locale]: pivot[0].value }]] : [])));
}

export function asSearchAnswer(answer: IndexAnswer, request: SearchRequest, locale: Locale): SearchAnswer {
  const response = responseOf(answer);
  const words = searchWords(request.text);
  const hl = highlightFields(locale);
  return {
    response,
    facets: answer.facetFields,
    highlighting: answer.highlighting ?? (words.length ? localHighlighting(response.docs, [hl.title, hl.summary], words) : {}),
    countryNames: pivotNames(answer, locale),
  };
}

/** Countries the search shows (in its facet, its chips, its results) whose name the answer lacks. */
function unnamed(answer: SearchAnswer, request: SearchRequest): string[] {
  const codes = [
    ...(answer.facets[SEARCH_FACETS.country] ?? []).map((facet) => facet.value),
    ...request.countries,
    ...answer.response.docs.map((doc) => String(doc[F.government] ?? '')),
  ];
  return codes.filter((code) => COUNTRY.test(code) && !answer.countryNames.has(code));
}

/**
 * One search: a page of results, the facets, the country names and the highlighting, in one request
 * where the API honours local params. A country the answer does not name (its pivot was dropped, or
 * a country only reference records mention) is named from the list of countries, shared and kept
 * across page loads; without that list, its code is shown.
 */
export async function fetchSearchPage(config: ApiConfig, request: SearchRequest, locale: Locale, signal?: AbortSignal): Promise<SearchAnswer> {
  const answer = asSearchAnswer(await queryIndex(config, searchQuery(request, locale, realmOf(config)), signal), request, locale);
  if (unnamed(answer, request).length === 0) return answer;
  try {
    const countries = await fetchCountries(config, signal);
    return { ...answer, countryNames: new Map([...countries.map((country) => [country.code.toLowerCase(), country.name] as const), ...answer.countryNames]) };
  } catch (error) {
    if (isAbort(error)) throw error;
    return answer;
  }
}
