/**
 * Typed call of `<absch-search>`: the index query with facets and highlighting, read by the one
 * index reader. Where the API ignored `hl`, the snippets are made here from the documents.
 */
import { realmOf, type ApiConfig } from './client.js';
import type { Locale } from '../i18n/locale.js';
import { F } from './fields.js';
import { responseOf, type FacetCount, type IndexAnswer } from './index-answer.js';
import { queryIndex } from './index-request.js';
import { localSnippet } from './local-highlight.js';
import { highlightFields, searchQuery, searchWords, SNIPPET_LENGTH, type SearchRequest } from './queries/search.js';
import type { DocList, IndexDoc } from './types.js';

export type { FacetCount } from './index-answer.js';

export interface SearchAnswer {
  response: DocList;
  /** `facet_counts.facet_fields`, by field */
  facets: Record<string, FacetCount[]>;
  /** `highlighting[doc id][field]`: snippets with `<em>` marks (API text: never rendered as HTML) */
  highlighting: Record<string, Record<string, string[]>>;
}

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

export function asSearchAnswer(answer: IndexAnswer, request: SearchRequest, locale: Locale): SearchAnswer {
  const response = responseOf(answer);
  const words = searchWords(request.text);
  const hl = highlightFields(locale);
  return {
    response,
    facets: answer.facetFields,
    highlighting: answer.highlighting ?? (words.length ? localHighlighting(response.docs, [hl.title, hl.summary], words) : {}),
  };
}

/** One search: a page of results, the facets and the highlighting (one request where the API honours local params). */
export async function fetchSearchPage(config: ApiConfig, request: SearchRequest, locale: Locale, signal?: AbortSignal): Promise<SearchAnswer> {
  return asSearchAnswer(await queryIndex(config, searchQuery(request, locale, realmOf(config)), signal), request, locale);
}
