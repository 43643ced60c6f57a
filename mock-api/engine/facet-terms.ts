import type { SearchIndex } from './index.js';
import type { SolrParams } from './params.js';

/**
 * Counting the terms of one field over a set of documents, and choosing which to show: what
 * `facet.field` and each level of `facet.pivot` have in common. A document counts once per distinct
 * value (multi-valued fields facet per value; text fields facet per token, as in Solr).
 */
export function countTerms(index: SearchIndex, field: string, docs: readonly number[]): Map<string, number[]> {
  const terms = index.field(field).terms;
  const byTerm = new Map<string, number[]>();
  for (const doc of docs) {
    for (const term of terms[doc]!) {
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      if (list[list.length - 1] !== doc) list.push(doc);
    }
  }
  return byTerm;
}

export interface RankOptions {
  limit: number;
  mincount: number;
  offset: number;
  prefix: string | undefined;
  sort: 'count' | 'index';
}

/** facet.limit/mincount/offset/prefix/sort for one field (`f.{field}.facet.*` first). */
export function rankOptions(params: SolrParams, field: string, mincountKey: string, mincountDefault: number): RankOptions {
  const get = (key: string): string | undefined => params.fieldParam(field, key);
  const limit = params.int('facet.limit', 100, -1, get('facet.limit'));
  const sortParam = get('facet.sort');
  return {
    limit,
    mincount: params.int(mincountKey, mincountDefault, 0, get(mincountKey)),
    offset: params.int('facet.offset', 0, 0, get('facet.offset')),
    prefix: get('facet.prefix'),
    sort: sortParam === 'index' || sortParam === 'lex' || (sortParam === undefined && limit <= 0) ? 'index' : 'count',
  };
}

/**
 * The shown [term, count] pairs. With mincount 0, terms present elsewhere in the index appear with
 * count 0 (as Solr lists every indexed term of the field).
 */
export function rankTerms(index: SearchIndex, field: string, counts: Map<string, number[]>, opts: RankOptions): [string, number][] {
  const universe = opts.mincount === 0 ? index.field(field).postings.keys() : counts.keys();
  const entries: [string, number][] = [];
  for (const term of universe) {
    const count = counts.get(term)?.length ?? 0;
    if (count >= opts.mincount && (opts.prefix === undefined || term.startsWith(opts.prefix))) entries.push([term, count]);
  }
  const byTerm = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  entries.sort(opts.sort === 'index' ? byTerm : (a, b) => b[1] - a[1] || byTerm(a, b));
  const end = opts.limit < 0 ? undefined : opts.offset + opts.limit;
  return entries.slice(opts.offset, end);
}
