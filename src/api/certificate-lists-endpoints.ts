/**
 * The gathered certificate lists' one request (queries/certificate-lists.ts), split per country:
 * loaded only by a page that shows several lists of one country each.
 */
import { realmOf, type ApiConfig } from './client.js';
import type { CertificatePage, UsageCounts } from './certificates-endpoints.js';
import { groupedField, type IndexAnswer } from './index-answer.js';
import { facetPivot, queryIndex } from './index-request.js';
import { CERTIFICATE_LISTS_GROUP_FIELD, certificateListsQuery, USAGE_PIVOTS } from './queries/certificate-lists.js';
import { readCertificate, USAGE_TERMS, type CertificateFilters, type CertificatePaging } from './queries/certificates.js';

/** One government's usage counts from the pivots of `certificateListsQuery` (absent: none). */
function pivotCounts(answer: IndexAnswer, government: string): UsageCounts {
  const under = (pivot: string, value: string) =>
    facetPivot(answer, pivot).find((entry) => entry.value.toLowerCase() === government)?.pivot.find((entry) => entry.value === value)?.count ?? 0;
  return {
    commercial: under(USAGE_PIVOTS.usages, USAGE_TERMS.commercial),
    nonCommercial: under(USAGE_PIVOTS.usages, USAGE_TERMS['non-commercial']),
    confidential: under(USAGE_PIVOTS.confidential, 'true'),
  };
}

/** The page of one government from the answer of `certificateListsQuery` (no group: no certificate). */
export function asListPage(answer: IndexAnswer, government: string, start: number): CertificatePage {
  const group = groupedField(answer, CERTIFICATE_LISTS_GROUP_FIELD).groups.find((item) => item.groupValue?.toLowerCase() === government);
  return {
    total: group?.doclist.numFound ?? 0,
    start: group?.doclist.start ?? start,
    certificates: group?.doclist.docs.map(readCertificate) ?? [],
    counts: pivotCounts(answer, government),
  };
}

/** The page of `government` from the one query of every government of `filters`. */
export async function fetchGatheredPage(config: ApiConfig, filters: CertificateFilters, paging: CertificatePaging, government: string, signal?: AbortSignal): Promise<CertificatePage> {
  return asListPage(await queryIndex(config, certificateListsQuery(filters, paging, realmOf(config)), signal), government, paging.start);
}
