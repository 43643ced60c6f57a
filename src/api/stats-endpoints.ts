/**
 * Typed call of `<absch-stats>`: one `rows=0` index query, its facets read and checked before
 * anything draws them (a wrong shape is an `ApiError('shape')`, never a broken chart).
 */
import { getJson, type ApiConfig, type Params } from './client.js';
import { INDEX_PATH } from './endpoints.js';
import { isRecord, shapeError } from './validate.js';

export interface StatsCount {
  value: string;
  count: number;
}

export interface StatsPivotEntry extends StatsCount {
  pivot: StatsCount[];
}

export interface StatsAnswer {
  /** `response.numFound`: the documents the query matched */
  total: number;
  /** `facet_counts.facet_fields`, by key */
  fields: Record<string, StatsCount[]>;
  /** `facet_counts.facet_queries`, by key */
  queries: Record<string, number>;
  /** `facet_counts.facet_pivot`, by key */
  pivots: Record<string, StatsPivotEntry[]>;
}

const WHAT = 'statistics result';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Solr's flat `[value, count, value, count, …]`. */
function flatCounts(flat: unknown): StatsCount[] {
  if (!Array.isArray(flat) || flat.length % 2 !== 0) throw shapeError(WHAT);
  const out: StatsCount[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const value: unknown = flat[i];
    const count: unknown = flat[i + 1];
    if (typeof value !== 'string' || !isCount(count)) throw shapeError(WHAT);
    out.push({ value, count });
  }
  return out;
}

function pivotEntry(entry: unknown, nested: boolean): StatsPivotEntry {
  if (!isRecord(entry) || typeof entry.value !== 'string' || !isCount(entry.count)) throw shapeError(WHAT);
  const pivot = nested && entry.pivot !== undefined ? entry.pivot : [];
  if (!Array.isArray(pivot)) throw shapeError(WHAT);
  return { value: entry.value, count: entry.count, pivot: pivot.map((inner) => pivotEntry(inner, false)) };
}

export function asStatsAnswer(value: unknown): StatsAnswer {
  const response = isRecord(value) ? value.response : undefined;
  const facets = isRecord(value) ? value.facet_counts : undefined;
  if (!isRecord(response) || !isCount(response.numFound) || !isRecord(facets)) throw shapeError(WHAT);
  const fields: StatsAnswer['fields'] = {};
  if (isRecord(facets.facet_fields)) for (const [key, flat] of Object.entries(facets.facet_fields)) fields[key] = flatCounts(flat);
  const queries: StatsAnswer['queries'] = {};
  if (isRecord(facets.facet_queries)) {
    for (const [key, count] of Object.entries(facets.facet_queries)) {
      if (!isCount(count)) throw shapeError(WHAT);
      queries[key] = count;
    }
  }
  const pivots: StatsAnswer['pivots'] = {};
  if (isRecord(facets.facet_pivot)) {
    for (const [key, entries] of Object.entries(facets.facet_pivot)) {
      if (!Array.isArray(entries)) throw shapeError(WHAT);
      pivots[key] = entries.map((entry) => pivotEntry(entry, true));
    }
  }
  return { total: response.numFound, fields, queries, pivots };
}

/** The facet the query asked for under `key`; its absence means the answer is not the one asked for. */
export function facetField(answer: StatsAnswer, key: string): StatsCount[] {
  const found = answer.fields[key];
  if (!found) throw shapeError(WHAT);
  return found;
}

export function facetQuery(answer: StatsAnswer, key: string): number {
  const found = answer.queries[key];
  if (found === undefined) throw shapeError(WHAT);
  return found;
}

export function facetPivot(answer: StatsAnswer, key: string): StatsPivotEntry[] {
  const found = answer.pivots[key];
  if (!found) throw shapeError(WHAT);
  return found;
}

/** One index request (GET, shared and cached with every caller of the same URL). */
export async function fetchStats(config: ApiConfig, params: Params, signal?: AbortSignal): Promise<StatsAnswer> {
  return asStatsAnswer(await getJson(config, INDEX_PATH, params, signal));
}
