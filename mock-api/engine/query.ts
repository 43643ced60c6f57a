/**
 * The typed query tree the engine evaluates. `parse.ts` builds it from the lucene AST; `match.ts`
 * evaluates it against the whole index at once; `highlight.ts` reads its positive leaves.
 */

/** How one leaf recognises the indexed terms (tokens of a text field, values of a string field). */
export type TermTest =
  /** one exact term (already analysed: lower-cased for text fields) */
  | { type: 'term'; term: string }
  /** consecutive tokens of a text field; `slop` extra positions allowed between them */
  | { type: 'phrase'; terms: string[]; slop: number }
  /** wildcard, prefix, regex or fuzzy term, or a string range: any term accepted by `test` */
  | { type: 'pattern'; test: (term: string) => boolean }
  /** a range on a numeric or date field, compared as numbers (dates in ms) */
  | { type: 'numeric'; test: (value: number) => boolean }
  /** the field holds at least one non-empty value (`f:*`, `f:[* TO *]`) */
  | { type: 'exists' };

export interface LeafQuery {
  kind: 'leaf';
  field: string;
  test: TermTest;
  boost: number;
  /** text terms and phrases score by tf-idf; everything else scores its boost (constant) */
  scored: boolean;
}

export interface BoolQuery {
  kind: 'bool';
  must: Query[];
  should: Query[];
  mustNot: Query[];
  boost: number;
}

export interface AllQuery {
  kind: 'all';
  boost: number;
}

/** a clause that matches nothing (e.g. a term the analyser reduced to no token) */
export interface NoneQuery {
  kind: 'none';
}

export type Query = LeafQuery | BoolQuery | AllQuery | NoneQuery;

/** The leaves that can make a document match (not under a NOT): for scoring decisions and highlighting. */
export function positiveLeaves(query: Query): LeafQuery[] {
  if (query.kind === 'leaf') return [query];
  if (query.kind !== 'bool') return [];
  return [...query.must, ...query.should].flatMap(positiveLeaves);
}
