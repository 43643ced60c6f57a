/** Typed calls of the certificate list: a page of IRCCs with its usage counts, and the pages of the CSV export. */
import type { ApiConfig, Params } from './client.js';
import { facetQuery, responseOf, type IndexAnswer } from './index-answer.js';
import { queryIndex } from './index-request.js';
import { readCertificate, usageQuery, type Certificate } from './queries/certificates.js';

export interface UsageCounts {
  commercial: number;
  nonCommercial: number;
  confidential: number;
}

export interface CertificatePage {
  total: number;
  start: number;
  certificates: Certificate[];
  /** absent when the query asked for no facets (the export) */
  counts?: UsageCounts;
}

/** The page of an index answer and, when asked for, its usage counts (each found by its facet query's text). */
export function asCertificatePage(answer: IndexAnswer, withCounts: boolean): CertificatePage {
  const response = responseOf(answer);
  const page: CertificatePage = { total: response.numFound, start: response.start, certificates: response.docs.map(readCertificate) };
  if (withCounts) {
    page.counts = {
      commercial: facetQuery(answer, usageQuery('commercial')),
      nonCommercial: facetQuery(answer, usageQuery('non-commercial')),
      confidential: facetQuery(answer, usageQuery('confidential')),
    };
  }
  return page;
}

/** One index request: a page of certificates (with the usage counts when the params ask for facets). */
export async function fetchCertificatePage(config: ApiConfig, params: Params, signal?: AbortSignal): Promise<CertificatePage> {
  return asCertificatePage(await queryIndex(config, params, signal), params.facet === true);
}
