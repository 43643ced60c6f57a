import { countTerms, rankOptions, rankTerms } from './facet-terms.js';
import { fieldKind, isValidFieldName } from './fields.js';
import { QueryError } from './errors.js';
import type { SearchRun } from './run.js';

/**
 * `facet.pivot=government_s,schema_s` → nested counts, as the parties list reads them:
 * `[{field, value, count, pivot:[{field, value, count}]}]`. Each level applies that field's
 * facet.limit and facet.sort; the minimum count is `facet.pivot.mincount` (default 1, as Solr).
 * Values keep their type (booleans and numbers are not strings here, unlike facet_fields).
 */
export interface PivotEntry {
  field: string;
  value: string | number | boolean;
  count: number;
  pivot?: PivotEntry[];
}

function typed(field: string, term: string): string | number | boolean {
  const kind = fieldKind(field);
  if (kind === 'bool') return term === 'true';
  if (kind === 'number') return Number(term);
  return term;
}

function level(run: SearchRun, fields: string[], depth: number, docs: readonly number[]): PivotEntry[] {
  const field = fields[depth]!;
  const counts = countTerms(run.index, field, docs);
  const ranked = rankTerms(run.index, field, counts, rankOptions(run.params, field, 'facet.pivot.mincount', 1));
  return ranked.map(([term, count]) => {
    const entry: PivotEntry = { field, value: typed(field, term), count };
    if (depth + 1 < fields.length) {
      const sub = level(run, fields, depth + 1, counts.get(term) ?? []);
      if (sub.length > 0) entry.pivot = sub;
    }
    return entry;
  });
}

/** One `facet.pivot` value (local params already removed). */
export function pivotFacet(run: SearchRun, spec: string, docs: readonly number[]): PivotEntry[] {
  const fields = spec.split(',').map((f) => f.trim());
  const bad = fields.find((f) => !isValidFieldName(f));
  if (bad !== undefined) throw new QueryError('facet.pivot', `undefined field in facet.pivot '${spec}': '${bad}'`);
  return level(run, fields, 0, docs);
}
