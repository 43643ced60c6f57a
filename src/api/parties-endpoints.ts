/**
 * Typed calls for the Parties list: the government × record type pivot of published national
 * records, read by the one index reader.
 */
import { realmOf, type ApiConfig } from './client.js';
import { readIndexAnswer, type IndexAnswer } from './index-answer.js';
import { facetPivot, queryIndex } from './index-request.js';
import { PARTIES_PIVOT, partiesPivotQuery } from './queries/parties.js';

/** Published national records of one government. */
export interface GovernmentCounts {
  total: number;
  /** by `schema_s`; a type without records is absent */
  bySchema: Partial<Record<string, number>>;
}

/** Every government's published national records, keyed by lower-case government code. */
export async function fetchPartiesCounts(config: ApiConfig, signal?: AbortSignal): Promise<Map<string, GovernmentCounts>> {
  return governmentCounts(await queryIndex(config, partiesPivotQuery(realmOf(config)), signal), PARTIES_PIVOT);
}

/** `facet_pivot[key]` = `[{value: government, count, pivot: [{value: schema, count}]}]`. */
export function governmentCounts(answer: IndexAnswer, key: string): Map<string, GovernmentCounts> {
  return new Map(
    facetPivot(answer, key).map((entry) => [
      entry.value.toLowerCase(),
      { total: entry.count, bySchema: Object.fromEntries(entry.pivot.map((schema) => [schema.value, schema.count])) },
    ]),
  );
}

/** A raw index answer as the Parties list reads it (tests of the reader's strictness). */
export const asGovernmentPivot = (value: unknown, key: string): Map<string, GovernmentCounts> => governmentCounts(readIndexAnswer(value), key);
