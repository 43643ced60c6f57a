/**
 * Typed calls for the Parties list (../shared/docs/absch-api.md sections 1 and 3): every country,
 * and the government × record type pivot. Both go through `getJson`, so every element on a page
 * that asks for the same URL shares one request.
 */
import { getJson, type ApiConfig } from './client.js';
import { PARTIES_PIVOT, partiesPivotQuery } from './queries/parties.js';
import { INDEX_PATH } from './endpoints.js';
import { isRecord, shapeError } from './validate.js';


/** Published national records of one government. */
export interface GovernmentCounts {
  total: number;
  /** by `schema_s`; a type without records is absent */
  bySchema: Partial<Record<string, number>>;
}

/** Every government's published national records, keyed by lower-case government code. */
export async function fetchPartiesCounts(config: ApiConfig, signal?: AbortSignal): Promise<Map<string, GovernmentCounts>> {
  return asGovernmentPivot(await getJson(config, INDEX_PATH, partiesPivotQuery(), signal), PARTIES_PIVOT);
}

/** `facet_counts.facet_pivot[key]` = `[{field, value, count, pivot: [{field, value, count}]}]`. */
export function asGovernmentPivot(value: unknown, key: string): Map<string, GovernmentCounts> {
  const facets = isRecord(value) && isRecord(value.facet_counts) ? value.facet_counts.facet_pivot : undefined;
  const entries = isRecord(facets) ? facets[key] : undefined;
  if (!Array.isArray(entries)) throw shapeError('pivot facet result');
  const counts = new Map<string, GovernmentCounts>();
  for (const entry of entries) {
    if (!isPivotEntry(entry)) throw shapeError('pivot facet result');
    const nested = entry.pivot ?? [];
    if (!Array.isArray(nested) || !nested.every(isPivotEntry)) throw shapeError('pivot facet result');
    counts.set(String(entry.value).toLowerCase(), {
      total: entry.count,
      bySchema: Object.fromEntries(nested.map((schema) => [String(schema.value), schema.count])),
    });
  }
  return counts;
}

interface PivotEntry {
  value: string;
  count: number;
  pivot?: unknown;
}

function isPivotEntry(value: unknown): value is PivotEntry {
  return isRecord(value) && typeof value.value === 'string' && typeof value.count === 'number' && Number.isFinite(value.count) && value.count >= 0;
}
