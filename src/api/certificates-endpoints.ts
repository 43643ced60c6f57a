/** Typed calls of the certificate list: a page of IRCCs with its usage counts, and the pages of the CSV export. */
import { getJson, type ApiConfig, type Params } from './client.js';
import { readCertificate, USAGE_COUNT_KEYS, type Certificate } from './queries/certificates.js';
import { INDEX_PATH } from './endpoints.js';
import { isRecord, shapeError } from './validate.js';

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

/** Checks `response.{numFound, start, docs}` and, when asked for, `facet_counts.facet_queries`. */
export function asCertificatePage(value: unknown, withCounts: boolean): CertificatePage {
  const response = isRecord(value) ? value.response : undefined;
  if (!isRecord(response) || typeof response.numFound !== 'number' || !Array.isArray(response.docs) || !response.docs.every(isRecord)) {
    throw shapeError('search result');
  }
  const page: CertificatePage = {
    total: response.numFound,
    start: typeof response.start === 'number' ? response.start : 0,
    certificates: response.docs.map(readCertificate),
  };
  if (withCounts) {
    const facets = isRecord(value) && isRecord(value.facet_counts) ? value.facet_counts.facet_queries : undefined;
    if (!isRecord(facets)) throw shapeError('search result');
    const count = (key: string): number => {
      const n = facets[key];
      if (typeof n !== 'number') throw shapeError('search result');
      return n;
    };
    page.counts = {
      commercial: count(USAGE_COUNT_KEYS.commercial),
      nonCommercial: count(USAGE_COUNT_KEYS['non-commercial']),
      confidential: count(USAGE_COUNT_KEYS.confidential),
    };
  }
  return page;
}

/** One index request: a page of certificates (with the usage counts when the params ask for facets). */
export async function fetchCertificatePage(config: ApiConfig, params: Params, signal?: AbortSignal): Promise<CertificatePage> {
  return asCertificatePage(await getJson(config, INDEX_PATH, params, signal), params.facet === true);
}
