import type { IndexValue } from '../types.js';
import { facetCounts } from './facets.js';
import { projector } from './fl.js';
import { grouped } from './group.js';
import { highlight } from './highlight.js';
import type { SearchIndex } from './index.js';
import type { SolrParams } from './params.js';
import { positiveLeaves } from './query.js';
import { createRun, type SearchRun } from './run.js';
import { comparator, parseSort } from './sort.js';

/**
 * `/api/v2013/index[/select]`: q + fq → sort → start/rows → fl, plus facets, grouping and
 * highlighting when asked. Any QueryError thrown on the way is the caller's 400.
 */
export const MAX_ROWS = 10_000;

/** Parameters this engine reads; anything else is listed in `nonSupportedParams` (never an error). */
const UNDERSTOOD = new Set([
  'q', 'fq', 'fl', 'sort', 'start', 'rows', 'df', 'q.op', 'wt', 'indent', 'echoParams', 'omitHeader', '_',
  'facet', 'facet.field', 'facet.query', 'facet.pivot', 'facet.limit', 'facet.mincount', 'facet.prefix',
  'facet.sort', 'facet.offset', 'facet.pivot.mincount',
  'group', 'group.field', 'group.limit', 'group.offset', 'group.sort', 'group.ngroups',
  'hl', 'hl.fl', 'hl.q', 'hl.snippets', 'hl.fragsize', 'hl.simple.pre', 'hl.simple.post', 'hl.tag.pre', 'hl.tag.post',
  'hl.requireFieldMatch',
]);
const PER_FIELD = new Set(['facet.limit', 'facet.mincount', 'facet.prefix', 'facet.sort', 'facet.offset', 'facet.pivot.mincount']);

function understood(key: string): boolean {
  if (UNDERSTOOD.has(key)) return true;
  if (!key.startsWith('f.')) return false;
  // f.{field}.facet.limit: the field name may not contain dots, the option after it does
  const rest = key.slice(2);
  const dot = rest.indexOf('.');
  return dot > 0 && PER_FIELD.has(rest.slice(dot + 1));
}

/** Documents in result order: explicit sort, else relevance when q has text terms, else index order. */
function ordered(run: SearchRun): number[] {
  const docs = [...run.docs()];
  const keys = parseSort(run.params.get('sort'));
  if (keys.length > 0) return docs.sort(comparator(keys, run.index, run.qScores));
  if (positiveLeaves(run.q).some((leaf) => leaf.scored)) {
    return docs.sort((a, b) => run.qScores[b]! - run.qScores[a]! || a - b);
  }
  return docs;
}

/** `refused`: parameters the proxy dropped before the engine saw them; they are listed as not supported too. */
/** `autoPhrase`: Solr's autoGeneratePhraseQueries (engine/terms.ts), true in the `autophrase=1` world. */
export function select(index: SearchIndex, params: SolrParams, now: Date, refused: readonly string[] = [], autoPhrase = false): Record<string, unknown> {
  const started = performance.now();
  const header = { status: 0, QTime: 0, params: params.echo() };
  const start = params.int('start', 0, 0);
  const rows = Math.min(params.int('rows', 10, 0), MAX_ROWS);
  const run = createRun(index, params, now, autoPhrase);
  const docs = ordered(run);
  const project = projector(params.getAll('fl'));
  const render = (doc: number): Record<string, IndexValue> => project(index.docs[doc]!, run.qScores[doc]!);

  const body: Record<string, unknown> = params.bool('omitHeader') ? {} : { responseHeader: header };
  let shown: number[];
  if (params.bool('group')) {
    const groups = grouped(run, docs, { start, rows }, render);
    body.grouped = groups.result;
    shown = groups.shown;
  } else {
    shown = docs.slice(start, start + rows);
    body.response = { numFound: docs.length, start, docs: shown.map(render) };
  }
  if (params.bool('facet')) body.facet_counts = facetCounts(run);
  if (params.bool('hl')) body.highlighting = highlight(run, shown);
  body.nonSupportedParams = [...params.keys().filter((key) => !understood(key)), ...refused];
  header.QTime = Math.round(performance.now() - started);
  return body;
}
