/**
 * One page of the certificate list from the API (past the last page: the last page), and what a
 * failure to load it tells the person.
 */
import { msg, str } from '@lit/localize';
import type { ApiConfig } from '../../api/client.js';
import { fetchListPage, type CertificatePage, type UsageCounts } from '../../api/certificates-endpoints.js';
import { InputProblem, describeFailure, invalidInput, type Failure } from '../../base/messages.js';
import type { ListRequest } from './attributes.js';

export interface ListResult extends CertificatePage {
  counts: UsageCounts;
  page: number;
  pages: number;
  pageSize: number;
  request: ListRequest;
}

export async function loadList(config: ApiConfig, request: ListRequest, signal: AbortSignal): Promise<ListResult> {
  if (request.badCountry !== undefined) throw new InputProblem(request.badCountry);
  const paging = (page: number) => ({ start: (page - 1) * request.pageSize, rows: request.pageSize, sort: request.sort, locale: request.locale });
  const fetchPage = (page: number) => fetchListPage(config, request.filters, paging(page), signal);
  let page = request.page;
  let result = await fetchPage(page);
  const pages = Math.max(1, Math.ceil(result.total / request.pageSize));
  if (page > pages) {
    // page="40" of 30: the last page, rather than an empty table.
    page = pages;
    result = await fetchPage(page);
  }
  return { ...result, counts: result.counts ?? { commercial: 0, nonCommercial: 0, confidential: 0 }, page, pages, pageSize: request.pageSize, request };
}

export function listFailureOf(error: unknown): Failure {
  if (error instanceof InputProblem) {
    return invalidInput(msg(str`“${error.message}” is not a two-letter country code.`, { id: 'certs-malformed-country' }));
  }
  return describeFailure(error);
}
