/**
 * Typed calls of `<absch-search>`: the index query with facets and highlighting, and the list of
 * countries (for the names of the country facet). Answers are checked before anything reads them.
 */
import { getJson, type ApiConfig, type Params } from './client.js';
import type { DocList } from './types.js';
import { INDEX_PATH } from './endpoints.js';
import { isRecord, shapeError } from './validate.js';


export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchAnswer {
  response: DocList;
  /** `facet_counts.facet_fields`, as `{value, count}` lists */
  facets: Record<string, FacetCount[]>;
  /** `highlighting[doc id][field]`: snippets with `<em>` marks (API text: never rendered as HTML) */
  highlighting: Record<string, Record<string, string[]>>;
}

/** Solr's flat `[value, count, value, count, …]`; anything else in the list is skipped. */
function facetList(flat: unknown): FacetCount[] {
  if (!Array.isArray(flat)) throw shapeError('facet list');
  const out: FacetCount[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const value: unknown = flat[i];
    const count: unknown = flat[i + 1];
    if (typeof value === 'string' && typeof count === 'number') out.push({ value, count });
  }
  return out;
}

function asHighlighting(value: unknown): SearchAnswer['highlighting'] {
  if (!isRecord(value)) return {};
  const out: SearchAnswer['highlighting'] = {};
  for (const [id, fields] of Object.entries(value)) {
    if (!isRecord(fields)) continue;
    const entry: Record<string, string[]> = {};
    for (const [field, snippets] of Object.entries(fields)) {
      if (Array.isArray(snippets)) entry[field] = snippets.filter((s): s is string => typeof s === 'string');
    }
    out[id] = entry;
  }
  return out;
}

export function asSearchAnswer(value: unknown): SearchAnswer {
  const response = isRecord(value) ? value.response : undefined;
  if (
    !isRecord(response) ||
    typeof response.numFound !== 'number' ||
    !Array.isArray(response.docs) ||
    !response.docs.every(isRecord)
  ) {
    throw shapeError('search result');
  }
  const facetCounts = isRecord(value) && isRecord(value.facet_counts) ? value.facet_counts : {};
  const fields = isRecord(facetCounts.facet_fields) ? facetCounts.facet_fields : {};
  const facets: Record<string, FacetCount[]> = {};
  for (const [field, flat] of Object.entries(fields)) facets[field] = facetList(flat);
  return {
    response: { numFound: response.numFound, start: typeof response.start === 'number' ? response.start : 0, docs: response.docs },
    facets,
    highlighting: asHighlighting(isRecord(value) ? value.highlighting : undefined),
  };
}

/** `GET /api/v2013/index/select` with facets and highlighting (GET, so the shared cache and HTTP caches apply). */
export async function searchIndex(config: ApiConfig, params: Params, signal?: AbortSignal): Promise<SearchAnswer> {
  return asSearchAnswer(await getJson(config, INDEX_PATH, params, signal));
}
