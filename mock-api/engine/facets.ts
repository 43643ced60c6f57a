import { QueryError } from './errors.js';
import { countTerms, rankOptions, rankTerms } from './facet-terms.js';
import { isValidFieldName } from './fields.js';
import { parseLocalParams, tagList } from './localparams.js';
import { evaluate, matches } from './match.js';
import { pivotFacet, type PivotEntry } from './pivot.js';
import type { SearchRun } from './run.js';

/**
 * `facet=true`: facet.field, facet.query and facet.pivot, each optionally with `{!ex=tags}` (count as
 * if the filters with those tags were absent) and `{!key=name}`. The response key is the bare field,
 * query or pivot string. Empty facet_ranges/intervals/heatmaps are present as Solr always sends them.
 */
export interface FacetCounts {
  facet_queries: Record<string, number>;
  facet_fields: Record<string, (string | number)[]>;
  facet_ranges: Record<string, never>;
  facet_intervals: Record<string, never>;
  facet_heatmaps: Record<string, never>;
  facet_pivot?: Record<string, PivotEntry[]>;
}

interface FacetSpec {
  key: string;
  value: string;
  docs: number[];
}

function specs(run: SearchRun, param: string): FacetSpec[] {
  return run.params.getAll(param).map((raw) => {
    const local = parseLocalParams(raw, param);
    return { key: local.params.get('key') ?? local.rest, value: local.rest.trim(), docs: run.docs(tagList(local.params.get('ex'))) };
  });
}

function fieldFacet(run: SearchRun, spec: FacetSpec): (string | number)[] {
  if (!isValidFieldName(spec.value)) throw new QueryError('facet.field', `undefined field ${spec.value}`);
  const counts = countTerms(run.index, spec.value, spec.docs);
  const ranked = rankTerms(run.index, spec.value, counts, rankOptions(run.params, spec.value, 'facet.mincount', 0));
  return ranked.flat();
}

function queryFacet(run: SearchRun, spec: FacetSpec): number {
  const scores = evaluate(run.parse(spec.value, 'facet.query').query, run.index);
  return spec.docs.filter((doc) => matches(scores, doc)).length;
}

export function facetCounts(run: SearchRun): FacetCounts {
  const out: FacetCounts = { facet_queries: {}, facet_fields: {}, facet_ranges: {}, facet_intervals: {}, facet_heatmaps: {} };
  for (const spec of specs(run, 'facet.query')) out.facet_queries[spec.key] = queryFacet(run, spec);
  for (const spec of specs(run, 'facet.field')) out.facet_fields[spec.key] = fieldFacet(run, spec);
  const pivots = specs(run, 'facet.pivot');
  if (pivots.length > 0) {
    out.facet_pivot = {};
    for (const spec of pivots) out.facet_pivot[spec.key] = pivotFacet(run, spec.value, spec.docs);
  }
  return out;
}
