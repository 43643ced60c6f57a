import { QueryError } from './errors.js';
import type { SearchIndex } from './index.js';
import { parseLocalParams, tagList } from './localparams.js';
import { evaluate, matches, type Scores } from './match.js';
import type { SolrParams } from './params.js';
import { parseQuery } from './parse.js';
import type { Query } from './query.js';

/**
 * One index request after its queries are parsed and evaluated: what select, facets, grouping and
 * highlighting share. Filters remember their `{!tag=…}` so a facet can drop them (`{!ex=…}`).
 */
export const DEFAULT_DF = 'text_EN_txt';

export interface Filter {
  tags: string[];
  scores: Scores;
}

export interface SearchRun {
  index: SearchIndex;
  params: SolrParams;
  now: Date;
  q: Query;
  qScores: Scores;
  filters: Filter[];
  /** documents matching q and every filter except those tagged with one of `exclude`, in index order */
  docs(exclude?: readonly string[]): number[];
  /** parses another query parameter (`facet.query`, `hl.q`) with this request's df and q.op */
  parse(text: string, param: string): { query: Query; local: Map<string, string> };
}

export function createRun(index: SearchIndex, params: SolrParams, now: Date, autoPhrase = false): SearchRun {
  const df = params.get('df') ?? DEFAULT_DF;
  const op = params.get('q.op');
  const parse = (text: string, param: string): { query: Query; local: Map<string, string> } => {
    const local = parseLocalParams(text, param);
    if (local.type !== undefined && local.type !== 'lucene') {
      throw new QueryError(param, `mock-api supports only the lucene query parser, not {!${local.type}}`);
    }
    const qop = local.params.get('q.op') ?? op;
    const query = parseQuery(local.rest, {
      param, now, df: local.params.get('df') ?? df, defaultOp: qop?.toUpperCase() === 'AND' ? 'AND' : 'OR', autoPhrase,
    });
    return { query, local: local.params };
  };
  const qText = params.get('q');
  // A missing or blank q means every document (what the API's own examples rely on).
  const q: Query = qText === undefined || qText.trim() === '' ? { kind: 'all', boost: 1 } : parse(qText, 'q').query;
  const filters = params.getAll('fq').filter((fq) => fq.trim() !== '').map((fq) => {
    const parsed = parse(fq, 'fq');
    return { tags: tagList(parsed.local.get('tag')), scores: evaluate(parsed.query, index) };
  });
  const qScores = evaluate(q, index);
  const cache = new Map<string, number[]>();
  const docs = (exclude: readonly string[] = []): number[] => {
    const key = [...exclude].sort().join(',');
    let list = cache.get(key);
    if (!list) {
      const active = filters.filter((f) => !f.tags.some((t) => exclude.includes(t)));
      list = [];
      for (let doc = 0; doc < index.size; doc++) {
        if (matches(qScores, doc) && active.every((f) => matches(f.scores, doc))) list.push(doc);
      }
      cache.set(key, list);
    }
    return list;
  };
  return { index, params, now, q, qScores, filters, docs, parse };
}
