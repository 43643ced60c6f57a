/**
 * Index queries with facets (the search's, the lists' and the charts'): facets that exclude a filter
 * (`{!ex=…}`) are right even where a proxy strips Solr's local params, and the readers of the facets
 * asked for. A module of its own, beside the transport (index-transport.ts) and the answer's reader
 * (index-answer.ts): the elements that ask for no facet (the profile, the record) do not load it.
 */
import type { ApiConfig, Params } from './client.js';
import { invalid, type FacetCount, type IndexAnswer, type PivotEntry } from './index-answer.js';
import { forgetLearnedSends, originOf, sendIndexQuery, splitLocalParams, values } from './index-transport.js';

/** Forgets what was learned of API origins (tests). */
export function forgetLearnedTransports(): void {
  forgetLearnedSends();
  strippingReported.clear();
}

// ——— facets that exclude a filter (`{!ex=tag}`): right even where local params are stripped ———

/** A facet query whose key comes back only when the API honours local params. */
const SENTINEL_KEY = 'absch_local_params';
const SENTINEL = `{!key=${SENTINEL_KEY}}*:*`;
const SENTINEL_TEXT = '*:*';
/** API origins known to strip local params (one warning each). */
const strippingReported = new Set<string>();

interface Exclusion {
  field: string;
  tags: string[];
}

const tagsOf = (local: string, name: 'tag' | 'ex'): string[] => new RegExp(`(?:^|\\s)${name}=(\\S+)`).exec(local)?.[1]?.split(',') ?? [];

/** `facet.field`s with `{!ex=…}` that exclude a tagged filter of the request: their counts need local params. */
function exclusions(params: Params): Exclusion[] {
  const tagged = new Set(values(params.fq).flatMap((fq) => tagsOf(splitLocalParams(fq).local, 'tag')));
  return values(params['facet.field']).flatMap((value) => {
    const { local, rest } = splitLocalParams(value);
    const tags = tagsOf(local, 'ex').filter((tag) => tagged.has(tag));
    return tags.length ? [{ field: rest, tags }] : [];
  });
}

/**
 * The counts of an excluding facet without local params: a rows=0 query without the filters it
 * excludes (the others untagged: nothing excludes them here).
 */
function recountParams(params: Params, exclusion: Exclusion): Params {
  const fq = values(params.fq).flatMap((value) => {
    const { local, rest } = splitLocalParams(value);
    return tagsOf(local, 'tag').some((tag) => exclusion.tags.includes(tag)) ? [] : [rest];
  });
  const kept = Object.entries(params).filter(([key]) => key === 'q' || key === 'facet.limit' || key === 'facet.mincount' || key.startsWith(`f.${exclusion.field}.`));
  return { ...Object.fromEntries(kept), fq, rows: 0, facet: true, 'facet.field': exclusion.field };
}

/**
 * One index query, its answer read by the one reader, its facets checked. A facet that excludes a
 * filter (`{!ex=…}`) is counted again without local params when the API did not honour them (a
 * `{!key=…}` sentinel did not come back), so its numbers are right either way. A facet still
 * missing afterwards is for the view's reader to refuse (`ApiError('shape')`).
 */
export async function queryIndex(config: ApiConfig, params: Params, signal?: AbortSignal): Promise<IndexAnswer> {
  const excluded = exclusions(params);
  if (excluded.length === 0) return sendIndexQuery(config, params, signal);
  const answer = await sendIndexQuery(config, { ...params, 'facet.query': [...values(params['facet.query']), SENTINEL] }, signal);
  const honoured = SENTINEL_KEY in answer.facetQueries;
  delete answer.facetQueries[honoured ? SENTINEL_KEY : SENTINEL_TEXT];
  if (honoured) return answer;
  const base = originOf(config.apiBase);
  if (!strippingReported.has(base)) {
    strippingReported.add(base);
    console.warn(`absch-widgets: ${config.apiBase} did not apply local params ({!ex=…}, {!key=…}); facet counts that leave out their own filter are asked for separately.`);
  }
  const recounts = await Promise.all(excluded.map((exclusion) => sendIndexQuery(config, recountParams(params, exclusion), signal)));
  excluded.forEach((exclusion, i) => {
    const counts = recounts[i]?.facetFields[exclusion.field];
    // Counts of the filtered set would be wrong numbers: none rather than those.
    if (counts) answer.facetFields[exclusion.field] = counts;
    else delete answer.facetFields[exclusion.field];
  });
  return answer;
}

// ——— readers of the facets asked for: one that is missing = not the answer asked for ———

/** A `facet.field` sent without local params, or with `{!ex=…}` only: the answer names it by the field. */
export function facetField(answer: IndexAnswer, field: string): FacetCount[] {
  const found = answer.facetFields[field];
  if (!found) throw invalid();
  return found;
}

/** A `facet.query` sent without local params: the answer names it by its text. */
export function facetQuery(answer: IndexAnswer, query: string): number {
  const found = answer.facetQueries[query];
  if (found === undefined) throw invalid();
  return found;
}

export function facetPivot(answer: IndexAnswer, pivot: string): PivotEntry[] {
  const found = answer.facetPivots[pivot];
  if (!found) throw invalid();
  return found;
}
