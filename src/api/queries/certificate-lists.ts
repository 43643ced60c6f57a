/**
 * The lists of several single countries that start loading together (certificates-endpoints.ts
 * gathers them): one query for all, loaded only by a page that shows several (a chunk of its own).
 */
import type { Params } from '../client.js';
import { F } from '../fields.js';
import { ABS_REALM } from './common.js';
import { baseQuery, IRCC, type CertificateFilters, type CertificatePaging } from './certificates.js';

/** The group field of `certificateListsQuery`: one group per government. */
export const CERTIFICATE_LISTS_GROUP_FIELD = F.government;

/** The usage pivots of `certificateListsQuery`, exactly as sent: its answer is keyed by these strings. */
export const USAGE_PIVOTS = { usages: `${F.government},${IRCC.usages}`, confidential: `${F.government},${IRCC.usagesConfidential}` } as const;

/**
 * The same page of the lists of several single countries (with the same filters otherwise) in one
 * request: one group per government (`group.limit`/`group.offset` page inside each, `numFound` is the
 * government's total), and each government's usage counts as pivots, since a facet query would count
 * them all together. Split per country by certificate-lists-endpoints.ts.
 */
export function certificateListsQuery(filters: CertificateFilters, paging: CertificatePaging, realm = ABS_REALM): Params {
  const base = baseQuery(filters, paging, realm);
  return {
    ...base,
    start: 0,
    rows: filters.governments.length,
    group: true,
    'group.field': CERTIFICATE_LISTS_GROUP_FIELD,
    'group.limit': paging.rows,
    'group.offset': paging.start,
    'group.sort': base.sort,
    facet: true,
    'facet.pivot': [USAGE_PIVOTS.usages, USAGE_PIVOTS.confidential],
    // Every government asked for, and every usage term of each.
    'facet.limit': 512,
    'facet.mincount': 1,
  };
}
