/**
 * Parties list: one pivot facet query gives every government's count of published national
 * records, in total and per record type, at once (scbd/absch.cbd.int app/services/search-service.js, the
 * portal's `governmentSchemaFacets`).
 */
import type { Params } from '../client.js';
import { F, NATIONAL_SCHEMAS, type NationalSchema } from '../fields.js';
import { and, anyOf, exists, not } from '../solr.js';
import { ABS_REALM, publishedFilters } from './common.js';


/** The record type whose count the list shows beside the total: certificates of compliance. */
export const PARTIES_IRCC_SCHEMA: NationalSchema = 'absPermit';

/** The pivot, exactly as sent: its answer is keyed by this string. */
export const PARTIES_PIVOT = `${F.government},${F.schema}`;

/**
 * No documents (`rows=0`), only the pivot. `facet.limit=512` keeps every government (about 200)
 * and every record type; `facet.mincount=1` leaves out governments without records.
 */
export function partiesPivotQuery(realm = ABS_REALM): Params {
  return {
    q: and(not(exists(F.virtual)), anyOf(F.schema, NATIONAL_SCHEMAS)),
    fq: publishedFilters(realm),
    rows: 0,
    facet: true,
    'facet.pivot': PARTIES_PIVOT,
    'facet.limit': 512,
    'facet.mincount': 1,
  };
}
