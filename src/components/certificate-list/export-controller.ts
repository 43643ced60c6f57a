/**
 * The CSV export of the certificate list: the button and its status, paging through the API with
 * progress, cancel, the file (csv.ts), the cancelable `absch-export` event and the download.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiConfig } from '../../api/client.js';
import { fetchCertificatePage } from '../../api/certificates-endpoints.js';
import { isAbort } from '../../api/errors.js';
import { recordUrl } from '../../api/portal-links.js';
import { certificateExportQuery, EXPORT_PAGE_SIZE, IRCC, type Certificate } from '../../api/queries/certificates.js';
import type { AbschExportDetail } from '../../base/events.js';
import { describeFailure, type Failure } from '../../base/messages.js';
import { formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { withLocale } from '../../i18n/localization.js';
import { pickText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';
import type { ListRequest } from './attributes.js';
import { toCsv } from '../../base/csv.js';
import { downloadBlob } from '../../base/download.js';
import { keywordNames, usageName } from './labels.js';

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number | null }
  | { phase: 'ready'; total: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** What the export reads from the element when it starts (and the portal when the file is built). */
export interface ExportSource {
  /** the current checked request: the export takes its filters, order and language */
  request(): ListRequest;
  /** the total of the page in view, for the progress bar before the first answer */
  knownTotal(): number | undefined;
  config(): ApiConfig;
  portal(): string;
  /** the element's language now (the names of usages and subjects in the file follow it) */
  locale(): Locale;
  /** fires `absch-error` */
  failed(failure: Failure): void;
}

export class ExportController implements ReactiveController {
  private state: ExportState = { phase: 'idle' };
  private abortController?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly source: ExportSource,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abortController?.abort();
  }

  private setState(state: ExportState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /** The button (disabled when the list is empty, "cancel" while running), the progress and the status. */
  render(total: number, locale: Locale): TemplateResult {
    const current = this.state;
    const running = current.phase === 'running';
    return html`<div class="export">
      <button
        type="button"
        part="export"
        aria-disabled=${!running && total === 0 ? 'true' : 'false'}
        @click=${() => (running ? this.abortController?.abort() : total > 0 && void this.run())}
      >
        ${running ? msg('Cancel the download', { id: 'certs-export-cancel' }) : msg('Download as CSV', { id: 'certs-export' })}
      </button>
      ${current.phase === 'running'
        ? html`<progress max=${current.total ?? nothing} value=${current.done} aria-hidden="true"></progress>`
        : nothing}
      <span part="export-status" class="export-status" role="status">${statusText(current, locale)}</span>
    </div>`;
  }

  /**
   * Fetches every page of the current filters (500 rows a request, one after the other, so that a
   * large export does not flood the API), then builds the CSV and downloads it.
   */
  private async run(): Promise<void> {
    const request = this.source.request();
    if (request.badCountry !== undefined) return;
    const controller = new AbortController();
    this.abortController = controller;
    const config = this.source.config();
    const certificates: Certificate[] = [];
    this.setState({ phase: 'running', done: 0, total: this.source.knownTotal() ?? null });
    try {
      for (let index = 0; ; index++) {
        const page = await fetchCertificatePage(config, certificateExportQuery(request.filters, request.sort, request.locale, index), controller.signal);
        certificates.push(...page.certificates);
        this.setState({ phase: 'running', done: certificates.length, total: page.total });
        if (page.certificates.length < EXPORT_PAGE_SIZE || certificates.length >= page.total) break;
      }
      // Built after the last answer, outside any render: its headers and names in the element's language.
      const file = withLocale(this.source.locale(), () => csvFile(certificates, request.locale, this.source.locale(), this.source.portal()));
      const blob = new Blob([file], { type: 'text/csv;charset=utf-8' });
      const filename = exportFilename(request.filters.governments);
      const event = new CustomEvent<AbschExportDetail>('absch-export', {
        detail: { filename, total: certificates.length, blob },
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      if (this.host.dispatchEvent(event)) downloadBlob(blob, filename);
      this.setState({ phase: 'ready', total: certificates.length });
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) {
        this.setState({ phase: 'cancelled' });
      } else {
        const failure = withLocale(this.source.locale(), () => describeFailure(error));
        this.setState({ phase: 'failed', message: failure.message });
        this.source.failed(failure);
      }
    } finally {
      if (this.abortController === controller) this.abortController = undefined;
    }
  }
}

function statusText(state: ExportState, locale: Locale): string {
  switch (state.phase) {
    case 'running': {
      const done = formatNumber(state.done, locale);
      const total = formatNumber(state.total ?? 0, locale);
      return msg(str`Preparing the file: ${done} of ${total} certificates`, { id: 'certs-export-progress' });
    }
    case 'ready': {
      const n = formatNumber(state.total, locale);
      return selectPlural(state.total, locale, {
        zero: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-zero' }),
        one: msg(str`The file is ready: ${n} certificate.`, { id: 'certs-export-ready-one' }),
        two: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-two' }),
        few: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-few' }),
        many: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-many' }),
        other: msg(str`The file is ready: ${n} certificates.`, { id: 'certs-export-ready-other' }),
      });
    }
    case 'cancelled':
      return msg('The download was cancelled.', { id: 'certs-export-cancelled' });
    case 'failed': {
      const reason = state.message;
      return msg(str`The file could not be prepared. ${reason}`, { id: 'certs-export-failed' });
    }
    default:
      return '';
  }
}

/**
 * The table's columns (the country always: a file stands alone), plain values, and the portal link.
 * Titles, countries and links in the language of the request; subject names, like the column names,
 * in the element's language when the file is built.
 */
function csvFile(certificates: readonly Certificate[], locale: Locale, namesLocale: Locale, portal: string): string {
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
