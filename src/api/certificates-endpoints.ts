/**
 * Typed calls of the certificate list: a page of IRCCs with its usage counts (gathered with the other
 * single-country lists that start loading with it), and the pages of the CSV export.
 */
import { realmOf, type ApiConfig, type Params } from './client.js';
import { gathered, sameRequests } from './gather.js';
import { responseOf, type IndexAnswer } from './index-answer.js';
import { facetQuery, queryIndex } from './index-request.js';
import { certificatePageQuery, readCertificate, usageQuery, type Certificate, type CertificateFilters, type CertificatePaging } from './queries/certificates.js';

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

/**
 * A page of the list with its usage counts. Lists of one country each that start loading together
 * with the same filters and page (a regional page) share one grouped request, split per country; a
 * list alone, or of several countries, asks its own query.
 */
export async function fetchListPage(config: ApiConfig, filters: CertificateFilters, paging: CertificatePaging, signal?: AbortSignal): Promise<CertificatePage> {
  const realm = realmOf(config);
  const own = () => fetchCertificatePage(config, certificatePageQuery(filters, paging, realm), signal);
  const [government] = filters.governments;
  if (filters.governments.length !== 1 || government === undefined) return own();
  // Over microtasks rather than until the next task: a list that waited a task before asking kept
  // memory across attach/detach cycles (test/components/leaks.test.ts).
  const governments = await gathered(`certificates ${sameRequests(config)} ${JSON.stringify({ ...filters, governments: [], paging })}`, government, signal, 'microtasks');
  if (governments.length < 2) return own();
  const { fetchGatheredPage } = await import('./certificate-lists-endpoints.js');
  return fetchGatheredPage(config, { ...filters, governments }, paging, government, signal);
}
