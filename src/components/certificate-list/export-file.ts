/**
 * The CSV file of the certificate list: every page of the current filters from the API, the file
 * (base/csv.ts) and its name. A chunk of its own, downloaded when the person first presses the
 * export button (export-controller.ts): most readers of a list never export it.
 */
import { msg } from '@lit/localize';
import { realmOf, type ApiConfig } from '../../api/client.js';
import { fetchCertificatePage } from '../../api/certificates-endpoints.js';
import { recordUrl } from '../../api/portal-links.js';
import { certificateExportQuery, EXPORT_PAGE_SIZE, IRCC, type Certificate } from '../../api/queries/certificates.js';
import { toCsv } from '../../base/csv.js';
import type { Locale } from '../../i18n/locale.js';
import { withLocale } from '../../i18n/localization.js';
import { pickText } from '../../i18n/lstring.js';
import type { ListRequest } from './attributes.js';
import { keywordNames, usageName } from './labels.js';

export { downloadBlob } from '../../base/download.js';

/**
 * Every certificate of `request`'s filters, 500 rows a request, one after the other, so that a large
 * export does not flood the API. `progress` hears how many have arrived, of how many.
 */
export async function fetchCertificates(
  config: ApiConfig,
  request: ListRequest,
  signal: AbortSignal,
  progress: (done: number, total: number) => void,
): Promise<Certificate[]> {
  const certificates: Certificate[] = [];
  for (let index = 0; ; index++) {
    const query = certificateExportQuery(request.filters, request.sort, request.locale, index, realmOf(config));
    const page = await fetchCertificatePage(config, query, signal);
    certificates.push(...page.certificates);
    progress(certificates.length, page.total);
    if (page.certificates.length < EXPORT_PAGE_SIZE || certificates.length >= page.total) return certificates;
  }
}

/**
 * The file: the table's columns (the country always: a file stands alone), plain values, and the
 * portal link. Titles, countries and links in the language of the request; column, usage and
 * subject names in `namesLocale`, the element's language when the file is built.
 */
export function certificateFile(certificates: readonly Certificate[], request: ListRequest, namesLocale: Locale, portal: string): { blob: Blob; filename: string } {
  const text = withLocale(namesLocale, () => csvText(certificates, request.locale, namesLocale, portal));
  return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), filename: exportFilename(request.filters.governments) };
}

function csvText(certificates: readonly Certificate[], locale: Locale, namesLocale: Locale, portal: string): string {
  const now = Date.now();
  const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
  const header = [
    msg('Certificate', { id: 'certs-col-uid' }),
    msg('Title or permit reference', { id: 'certs-col-title' }),
    msg('Country', { id: 'certs-col-country' }),
    msg('Date of issuance', { id: 'certs-col-issued' }),
    msg('Date of expiry', { id: 'certs-col-expiry' }),
    msg('Expired', { id: 'certs-mark-expired' }),
    msg('Revoked', { id: 'certs-mark-revoked' }),
    msg('Usage', { id: 'certs-col-usage' }),
    msg('Subject matter', { id: 'certs-col-subject' }),
    msg('Link', { id: 'certs-col-link' }),
  ];
  const rows = certificates.map((certificate) => [
    certificate.uid,
    pickText(certificate.titles, locale)?.text ?? '',
    pickText(certificate.countryNames, locale)?.text ?? certificate.government.toUpperCase(),
    iso(certificate.issued),
    iso(certificate.expiry),
    certificate.expiry && certificate.expiry.getTime() < now ? msg('Expired', { id: 'certs-mark-expired' }) : '',
    certificate.revoked ? msg('Revoked', { id: 'certs-mark-revoked' }) : '',
    certificate.usages.map((usage) => usageName(usage)).join('; '),
    keywordNames(certificate.keywords, namesLocale)
      .map((name) => name.text)
      .join('; '),
    recordUrl(portal, locale, IRCC.schema, certificate.uid),
  ]);
  return toCsv([header, ...rows]);
}

function exportFilename(governments: readonly string[]): string {
  const scope = governments.length ? governments.join('-') : 'all';
  return `absch-ircc-${scope}-${new Date().toISOString().slice(0, 10)}.csv`;
}
