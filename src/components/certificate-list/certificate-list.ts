import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { fetchCertificatePage, type CertificatePage, type UsageCounts } from '../../api/certificates-endpoints.js';
import { isAbort } from '../../api/errors.js';
import { recordUrl } from '../../api/portal-links.js';
import {
  CERTIFICATE_SORTS,
  certificateExportQuery,
  certificatePageQuery,
  EXPORT_PAGE_SIZE,
  IRCC,
  subjectName,
  subjectTermId,
  USAGES,
  type Certificate,
  type CertificateFilters,
  type CertificateSort,
  type Usage,
} from '../../api/queries/certificates.js';
import { AbschElement } from '../../base/absch-element.js';
import type { AbschExportDetail } from '../../base/events.js';
import { describeFailure, invalidInput, type Failure } from '../../base/messages.js';
import { baseStyles } from '../../base/styles.js';
import { KEYWORD_TERMS, keywordTerm } from '../../data/keyword-terms.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText, type LocalizedText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';
import { certificateListStyles } from './certificate-list.styles.js';
import { toCsv } from './csv.js';

const TAG = '<absch-certificate-list>';
const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;
const COUNTRY_CODE = /^[a-z]{2}$/;
/** `2017`, or `2017-05-01`. */
const YEAR = /^\d{4}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Typing in the search box waits this long before asking the API. */
const QUERY_DEBOUNCE_MS = 400;
/** Page numbers shown on each side of the current one. */
const PAGE_WINDOW = 2;

/** The list's attributes, checked: what reaches the query. */
interface ListRequest {
  filters: CertificateFilters;
  sort: CertificateSort;
  page: number;
  pageSize: number;
  locale: Locale;
  /** the first word of `country` that is not a country code: explained, never sent */
  badCountry?: string;
}

interface ListResult extends CertificatePage {
  counts: UsageCounts;
  page: number;
  pages: number;
  pageSize: number;
  request: ListRequest;
}

interface Column {
  key: string;
  label: string;
  /** aria-sort of the column the list is sorted by */
  sort?: 'ascending' | 'descending';
}

const showsCountry = (request: ListRequest): boolean => request.filters.governments.length !== 1;

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number | null }
  | { phase: 'ready'; total: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** A problem with the element's own attributes: explained to the user, never sent to the API. */
class InputProblem extends Error {}

const words = (value: string | null | undefined): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * Internationally Recognized Certificates of Compliance (IRCCs) of one country, several, or all: a
 * table (cards in narrow containers) with each certificate's UID, title, country, dates, usage and
 * subject matter, the total and the counts by usage, paging on the server, sorting, filters and a
 * CSV export of the whole filtered list. One index request per page view.
 *
 * @tag absch-certificate-list
 * @summary Browse, filter and export the certificates of compliance (IRCCs) of one or more countries.
 *
 * @fires absch-load - A page is shown. `detail`: `{total, page, pages, counts: {commercial, nonCommercial, confidential}}`.
 * @fires absch-error - Loading or the export failed, or `country` holds no valid code. `detail`: `{status, kind, message}`.
 * @fires absch-select - Cancelable. A certificate link was activated. `detail`: `{uid, schema, url}`; cancel it to open the record in place.
 * @fires absch-export - Cancelable. The CSV file is ready. `detail`: `{filename, total, blob}`; cancel it to handle the file yourself instead of downloading it.
 *
 * @csspart base - The whole list.
 * @csspart filters - The filter controls (with `filters`).
 * @csspart clear - The button that clears the filters.
 * @csspart summary - The total, the counts and the export.
 * @csspart total - The number of certificates.
 * @csspart counts - The counts by usage.
 * @csspart export - The CSV export button.
 * @csspart export-status - The progress and result of the export.
 * @csspart table - The table of certificates (a list of cards in narrow containers).
 * @csspart row - One certificate.
 * @csspart record-link - The link of a certificate to its record on the portal.
 * @csspart mark - An "expired" or "revoked" mark (also `expired`, `revoked`).
 * @csspart empty - The message when no certificate matches.
 * @csspart pagination - The page navigation.
 * @csspart page-nav - The first / previous / next / last buttons (also `first`, `previous`, `next`, `last`).
 * @csspart page - A page number button (also `current` on the current page).
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssprop --absch-font-family - Font (default: inherited from the page).
 * @cssprop --absch-color-text - Text colour (default: inherited).
 * @cssprop --absch-color-muted - Secondary text (dates, counts).
 * @cssprop --absch-color-link - Links.
 * @cssprop --absch-color-border - Table lines and boxes.
 * @cssprop --absch-color-surface - Buttons and the table header.
 * @cssprop --absch-color-danger - The "revoked" mark and the border of an error message.
 * @cssprop --absch-color-warning - The "expired" mark.
 * @cssprop --absch-color-current - The current page button.
 * @cssprop --absch-color-skeleton - Placeholders while loading.
 * @cssprop --absch-radius - Corner radius.
 * @cssprop --absch-space-xs - Smallest gap.
 * @cssprop --absch-space-s - Small gap.
 * @cssprop --absch-space-m - Medium gap.
 */
@localized()
export class AbschCertificateList extends AbschElement {
  static override styles = [baseStyles, certificateListStyles];

  /** ISO 3166 alpha-2 codes, space- or comma-separated, any case. Absent: every country. */
  @property() country = '';

  /** Certificates per page, 1 to 100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** The page shown, from 1. Reflected: it follows the paging buttons. */
  @property({ type: Number, reflect: true }) page = 1;

  /** `date-desc` (newest first), `date-asc`, `country`, `uid`. */
  @property() sort: string = 'date-desc';

  /** Usages, space-separated: `commercial`, `non-commercial`, `confidential` (any of them). */
  @property() usage = '';

  /** Subject-matter terms, space-separated: short names (`plants animals microorganisms traditional-knowledge`…) or term ids (any of them). */
  @property() subject = '';

  /** Issued on or after: a year (`2017`) or a date (`2017-05-01`). */
  @property() from = '';

  /** Issued on or before: a year (`2019`, to its last day) or a date. */
  @property() to = '';

  /** Free text: words of the UID, title, country or summary. */
  @property() query = '';

  /** Shows the filter and sort controls. */
  @property({ type: Boolean }) filters = false;

  /** Shows a button that downloads the whole filtered list as CSV. */
  @property({ type: Boolean }) export = false;

  /** Where portal links open: a browsing-context name such as `_blank`. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  @state() private exportState: ExportState = { phase: 'idle' };

  /** The search box's text while the person types (applied after a pause, or on Enter). */
  @state() private queryDraft = '';

  /** The checked request and its key: the task runs again only when the key changes. */
  private request!: ListRequest;
  private requestKey = '';

  /** The last page shown: kept on screen (dimmed) while the next one loads, so nothing jumps. */
  private shown?: ListResult;

  private queryTimer?: ReturnType<typeof setTimeout>;
  private exportController?: AbortController;

  private readonly list = new Task(this, {
    // apiBase and appId are arguments only so that changing them loads again.
    task: (_args, { signal }) => this.load(this.request, signal),
    args: () => [this.requestKey, this.apiBase, this.appId] as const,
    onComplete: (result) => this.loaded(result),
    onError: (error) => {
      if (!isAbort(error)) this.emitError(this.failureOf(error));
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.queryTimer);
    this.exportController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filterChanged = (['country', 'sort', 'usage', 'subject', 'from', 'to', 'query'] as const).some((key) => changed.has(key));
    if (this.hasUpdated && !changed.has('page')) {
      if (filterChanged) this.page = 1;
      else if (changed.has('pageSize')) {
        // Keep the first certificate of the page in view when the page size changes.
        const before = clampPageSize(changed.get('pageSize') as number | null | undefined);
        this.page = Math.floor(((this.request?.page ?? 1) - 1) * before / clampPageSize(this.pageSize)) + 1;
      }
    }
    if (changed.has('query')) this.queryDraft = this.query ?? '';
    this.warnAbout(changed);
    const page = clampPage(this.page);
    if (page !== this.page) this.page = page;
    const request = this.buildRequest();
    const key = JSON.stringify(request);
    if (key !== this.requestKey) {
      this.request = request;
      this.requestKey = key;
    }
  }

  /** Console warnings for attribute values that are corrected or ignored (once per change). */
  private warnAbout(changed: PropertyValues<this>): void {
    // As written: page="abc" is NaN as a number.
    const written = (value: number, attribute: string) => (Number.isNaN(value) ? (this.getAttribute(attribute) ?? '') : String(value));
    if (changed.has('pageSize') && this.pageSize !== null && this.pageSize !== undefined && clampPageSize(this.pageSize) !== this.pageSize) {
      console.warn(`${TAG}: page-size="${written(this.pageSize, 'page-size')}" is not a whole number from 1 to ${MAX_PAGE_SIZE}; using ${clampPageSize(this.pageSize)}.`);
    }
    if (changed.has('page') && this.page !== null && this.page !== undefined && clampPage(this.page) !== this.page) {
      console.warn(`${TAG}: page="${written(this.page, 'page')}" is not a page number; using ${clampPage(this.page)}.`);
    }
    if (changed.has('sort') && this.sort && !(CERTIFICATE_SORTS as readonly string[]).includes(this.sort.trim().toLowerCase())) {
      console.warn(`${TAG}: sort="${this.sort}" is unknown; known: ${CERTIFICATE_SORTS.join(', ')}. Using date-desc.`);
    }
    if (changed.has('usage')) {
      const unknown = words(this.usage).filter((word) => !(USAGES as readonly string[]).includes(word.toLowerCase()));
      if (unknown.length) console.warn(`${TAG}: usage has unknown values (${unknown.join(', ')}); known: ${USAGES.join(', ')}.`);
    }
    if (changed.has('subject')) {
      const unknown = words(this.subject).filter((word) => !subjectTermId(word));
      if (unknown.length) console.warn(`${TAG}: subject has unknown values (${unknown.join(', ')}); known: short names such as plants, animals, microorganisms, traditional-knowledge, or keyword term ids.`);
    }
    for (const key of ['from', 'to'] as const) {
      if (changed.has(key) && (this[key] ?? '').trim() && !issuedBound(this[key], key)) {
        console.warn(`${TAG}: ${key}="${this[key]}" is neither a year (2017) nor a date (2017-05-01); ignored.`);
      }
    }
    if (changed.has('from') || changed.has('to')) {
      const from = issuedBound(this.from, 'from');
      const to = issuedBound(this.to, 'to');
      if (from && to && from > to) console.warn(`${TAG}: from="${this.from}" is after to="${this.to}"; the two are swapped.`);
    }
  }

  private buildRequest(): ListRequest {
    const countryWords = words(this.country);
    const governments = [...new Set(countryWords.map((word) => word.toLowerCase()).filter((word) => COUNTRY_CODE.test(word)))].sort();
    const sort = (CERTIFICATE_SORTS as readonly string[]).includes((this.sort ?? '').trim().toLowerCase())
      ? ((this.sort ?? '').trim().toLowerCase() as CertificateSort)
      : 'date-desc';
    let from = issuedBound(this.from, 'from');
    let to = issuedBound(this.to, 'to');
    if (from && to && from > to) {
      // Swapped as whole periods: from="2019" to="2017" is 2017-01-01 to 2019-12-31.
      [from, to] = [issuedBound(this.to, 'from'), issuedBound(this.from, 'to')];
    }
    return {
      filters: {
        governments,
        usages: USAGES.filter((usage) => words(this.usage).some((word) => word.toLowerCase() === usage)),
        subjects: [...new Set(words(this.subject).map(subjectTermId).filter((id): id is string => !!id))],
        from,
        to,
        query: (this.query ?? '').trim(),
      },
      sort,
      page: clampPage(this.page),
      pageSize: clampPageSize(this.pageSize),
      locale: this.locale,
      // A typo in a list of countries ("in, fr, k") is explained rather than silently dropped.
      badCountry: countryWords.find((word) => !COUNTRY_CODE.test(word.toLowerCase())),
    };
  }

  private async load(request: ListRequest, signal: AbortSignal): Promise<ListResult> {
    if (request.badCountry !== undefined) throw new InputProblem(request.badCountry);
    const config = this.apiConfig;
    const fetchPage = (page: number) =>
      fetchCertificatePage(
        config,
        certificatePageQuery(request.filters, { start: (page - 1) * request.pageSize, rows: request.pageSize, sort: request.sort, locale: request.locale }),
        signal,
      );
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

  private loaded(result: ListResult): void {
    this.shown = result;
    if (result.page !== this.page) {
      console.warn(`${TAG}: page="${this.page}" is after the last page; showing page ${result.page}.`);
      // The new run finds this page in the cache; it fires absch-load.
      this.page = result.page;
      return;
    }
    this.emitLoad({ total: result.total, page: result.page, pages: result.pages, counts: { ...result.counts } });
  }

  private failureOf(error: unknown): Failure {
    if (error instanceof InputProblem) {
      return invalidInput(msg(str`“${error.message}” is not a two-letter country code.`, { id: 'certs-malformed-country' }));
    }
    return describeFailure(error);
  }

  // ---------------------------------------------------------------- rendering

  override render(): TemplateResult {
    const status = this.list.status;
    const busy = status <= TaskStatus.PENDING;
    const failed = status === TaskStatus.ERROR;
    // The page in view: the new one, or while loading the previous one (dimmed), if it is of the same list.
    const result = status === TaskStatus.COMPLETE ? this.list.value : busy ? this.shown : undefined;
    return html`<section
      part="base"
      class="list"
      dir=${this.direction}
      lang=${this.locale}
      aria-busy=${busy ? 'true' : 'false'}
      tabindex="-1"
    >
      <span class="visually-hidden" role="status">${busy ? msg('Loading…', { id: 'loading' }) : result && !failed ? this.statusText(result) : ''}</span>
      ${this.filters ? this.renderFilters() : nothing}
      ${failed
        ? this.renderFailure(this.failureOf(this.list.error), () => this.retry())
        : html`${this.renderSummary(result)}
          ${result ? this.renderResult(result, busy) : this.renderSkeleton()}`}
    </section>`;
  }

  private retry(): void {
    this.renderRoot.querySelector<HTMLElement>('[part=base]')?.focus();
    void this.list.run();
  }

  private statusText(result: ListResult): string {
    return result.pages > 1
      ? msg(str`${this.totalText(result.total)}. Page ${formatNumber(result.page, this.locale)} of ${formatNumber(result.pages, this.locale)}.`, { id: 'certs-status-paged' })
      : this.totalText(result.total);
  }

  private totalText(total: number): string {
    const n = formatNumber(total, this.locale);
    return selectPlural(total, this.locale, {
      zero: msg(str`${n} certificates`, { id: 'certs-total-zero' }),
      one: msg(str`${n} certificate`, { id: 'certs-total-one' }),
      two: msg(str`${n} certificates`, { id: 'certs-total-two' }),
      few: msg(str`${n} certificates`, { id: 'certs-total-few' }),
      many: msg(str`${n} certificates`, { id: 'certs-total-many' }),
      other: msg(str`${n} certificates`, { id: 'certs-total-other' }),
    });
  }

  private usageName(usage: Usage): string {
    switch (usage) {
      case 'commercial':
        return msg('Commercial', { id: 'certs-usage-commercial' });
      case 'non-commercial':
        return msg('Non-commercial', { id: 'certs-usage-non-commercial' });
      default:
        return msg('Confidential', { id: 'certs-usage-confidential' });
    }
  }

  private renderSummary(result: ListResult | undefined): TemplateResult {
    if (!result) {
      return html`<div part="summary" class="summary" aria-hidden="true"><span class="skeleton total-line"></span></div>`;
    }
    const counts: [Usage, number][] = [
      ['commercial', result.counts.commercial],
      ['non-commercial', result.counts.nonCommercial],
      ['confidential', result.counts.confidential],
    ];
    return html`<div part="summary" class="summary">
      <p part="total" class="total">${this.totalText(result.total)}</p>
      ${result.total > 0
        ? html`<dl part="counts" class="counts">
            ${counts.map(
              ([usage, n]) => html`<div class="count" data-usage=${usage}>
                <dt>${this.usageName(usage)}</dt>
                <dd>${formatNumber(n, this.locale)}</dd>
              </div>`,
            )}
          </dl>`
        : nothing}
      ${this.export ? this.renderExport(result) : nothing}
    </div>`;
  }

  // ---------------------------------------------------------------- table

  /** The country column only when the list can hold more than one country. */
  private columns(request: ListRequest): Column[] {
    const sort = request.sort;
    const columns: Column[] = [
      { key: 'uid', label: msg('Certificate', { id: 'certs-col-uid' }), sort: sort === 'uid' ? 'ascending' : undefined },
      { key: 'title', label: msg('Title or permit reference', { id: 'certs-col-title' }) },
    ];
    if (showsCountry(request)) columns.push({ key: 'country', label: msg('Country', { id: 'certs-col-country' }), sort: sort === 'country' ? 'ascending' : undefined });
    columns.push(
      {
        key: 'issued',
        label: msg('Date of issuance', { id: 'certs-col-issued' }),
        sort: sort === 'date-desc' ? 'descending' : sort === 'date-asc' ? 'ascending' : undefined,
      },
      { key: 'expiry', label: msg('Date of expiry', { id: 'certs-col-expiry' }) },
      { key: 'usage', label: msg('Usage', { id: 'certs-col-usage' }) },
      { key: 'subject', label: msg('Subject matter', { id: 'certs-col-subject' }) },
    );
    return columns;
  }

  private renderResult(result: ListResult, stale: boolean): TemplateResult {
    if (result.total === 0) return this.renderEmpty();
    // The columns of the page in view (while the next one loads, that can be the previous list's).
    const columns = this.columns(result.request);
    const showCountry = showsCountry(result.request);
    const label = (key: string) => columns.find((column) => column.key === key)?.label ?? '';
    const now = Date.now();
    return html`<div class="table-wrap">
        <table part="table" class=${stale ? 'stale' : ''}>
          <caption class="visually-hidden">
            ${pickText(RECORD_TYPES.absPermit.title, this.locale)?.text}
          </caption>
          <thead>
            <tr>
              ${columns.map((column) => html`<th scope="col" class=${`col-${column.key}`} aria-sort=${column.sort ?? nothing}>${column.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              result.certificates,
              (certificate) => certificate.uid,
              (certificate) => this.renderRow(certificate, label, now, showCountry),
            )}
          </tbody>
        </table>
      </div>
      ${result.pages > 1 ? this.renderPagination(result) : nothing}`;
  }

  private renderRow(certificate: Certificate, label: (key: string) => string, now: number, showCountry: boolean): TemplateResult {
    const url = recordUrl(this.portal, this.locale, IRCC.schema, certificate.uid);
    const title = pickText(certificate.titles, this.locale);
    const country = pickText(certificate.countryNames, this.locale);
    const expired = !!certificate.expiry && certificate.expiry.getTime() < now;
    return html`<tr part="row" data-uid=${certificate.uid} ?data-expired=${expired} ?data-revoked=${certificate.revoked}>
      <th scope="row" class="col-uid" data-label=${label('uid')}>
        <a
          part="record-link"
          href=${url}
          target=${this.linkTarget || nothing}
          rel=${this.linkTarget ? 'noopener' : nothing}
          @click=${(event: MouseEvent) => this.selectRecord(event, { uid: certificate.uid, schema: IRCC.schema, url })}
          >${certificate.uid}</a
        >
        ${certificate.revoked ? html`<span part="mark revoked" class="mark revoked">${msg('Revoked', { id: 'certs-mark-revoked' })}</span>` : nothing}
      </th>
      <td class="col-title" data-label=${label('title')} ?data-empty=${!title}>${langText(title)}</td>
      ${showCountry ? html`<td class="col-country" data-label=${label('country')}>${langText(country, certificate.government.toUpperCase())}</td>` : nothing}
      <td class="col-issued" data-label=${label('issued')}>${this.renderDate(certificate.issued)}</td>
      <td class="col-expiry" data-label=${label('expiry')} ?data-empty=${!certificate.expiry}>
        ${this.renderDate(certificate.expiry)}
        ${expired ? html`<span part="mark expired" class="mark expired">${msg('Expired', { id: 'certs-mark-expired' })}</span>` : nothing}
      </td>
      <td class="col-usage" data-label=${label('usage')} ?data-empty=${!certificate.usages.length}>
        ${certificate.usages.length
          ? html`<ul class="tags">
              ${certificate.usages.map((usage) => html`<li data-usage=${usage}>${this.usageName(usage)}</li>`)}
            </ul>`
          : nothing}
      </td>
      <td class="col-subject" data-label=${label('subject')} ?data-empty=${!certificate.keywords.length}>
        ${certificate.keywords.length
          ? html`<ul class="tags">
              ${this.keywordNames(certificate.keywords).map((name) => html`<li lang=${name.fallback ? name.lang : nothing}>${name.text}</li>`)}
            </ul>`
          : nothing}
      </td>
    </tr>`;
  }

  private renderDate(date: Date | null): TemplateResult | typeof nothing {
    return date ? html`<time datetime=${date.toISOString().slice(0, 10)}>${formatDate(date, this.locale)}</time>` : nothing;
  }

  /** Official names of the keyword terms in the page's language; unknown ids are left out. */
  private keywordNames(ids: readonly string[]): LocalizedText[] {
    return ids.map((id) => pickText(keywordTerm(id)?.title, this.locale)).filter((name): name is LocalizedText => !!name);
  }

  /** The layout of the final table, in grey: nothing jumps when the data arrives. */
  private renderSkeleton(): TemplateResult {
    const columns = this.columns(this.request);
    const rows = Array.from({ length: this.request.pageSize }, (_, i) => i);
    return html`<div class="table-wrap" aria-hidden="true">
      <table class="skeleton-table">
        <thead>
          <tr>
            ${columns.map((column) => html`<th class=${`col-${column.key}`}>${column.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(() => html`<tr>${columns.map(() => html`<td><span class="skeleton"></span></td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const active = this.activeFilters();
    const countries = this.countryNames();
    if (!active.length) {
      return html`<div part="empty" class="message empty">
        <p>
          ${countries
            ? msg(str`No certificate has been published for ${countries}.`, { id: 'certs-empty-country' })
            : msg('No certificate has been published.', { id: 'certs-empty-all' })}
        </p>
      </div>`;
    }
    return html`<div part="empty" class="message empty">
      <p>${msg('No certificate matches these filters:', { id: 'certs-empty-filtered' })}</p>
      <ul>
        ${countries ? html`<li>${msg(str`Country: ${countries}`, { id: 'certs-filter-country-value' })}</li>` : nothing}
        ${active.map((line) => html`<li>${line}</li>`)}
      </ul>
      <p><button type="button" part="clear" @click=${() => this.clearFilters()}>${msg('Clear the filters', { id: 'certs-clear-filters' })}</button></p>
    </div>`;
  }

  /** The countries of the list by name, in the page's language (`Intl.DisplayNames`); undefined for all countries. */
  private countryNames(): string | undefined {
    const codes = this.request.filters.governments;
    if (!codes.length) return undefined;
    let names: string[];
    try {
      const display = new Intl.DisplayNames([this.locale], { type: 'region' });
      names = codes.map((code) => display.of(code.toUpperCase()) ?? code.toUpperCase());
    } catch {
      names = codes.map((code) => code.toUpperCase());
    }
    return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(names);
  }

  /** One line per filter in force, for the empty message. */
  private activeFilters(): string[] {
    const { filters } = this.request;
    const or = new Intl.ListFormat(this.locale, { type: 'disjunction' });
    const lines: string[] = [];
    if (filters.usages.length) {
      const names = or.format(filters.usages.map((usage) => this.usageName(usage)));
      lines.push(msg(str`Usage: ${names}`, { id: 'certs-filter-usage-value' }));
    }
    if (filters.subjects.length) {
      const names = or.format(this.keywordNames(filters.subjects).map((name) => name.text));
      lines.push(msg(str`Subject matter: ${names}`, { id: 'certs-filter-subject-value' }));
    }
    if (filters.from) {
      const date = formatDate(filters.from, this.locale);
      lines.push(msg(str`Issued on or after ${date}`, { id: 'certs-filter-from-value' }));
    }
    if (filters.to) {
      const date = formatDate(filters.to, this.locale);
      lines.push(msg(str`Issued on or before ${date}`, { id: 'certs-filter-to-value' }));
    }
    if (filters.query) {
      const text = filters.query;
      lines.push(msg(str`Text: “${text}”`, { id: 'certs-filter-query-value' }));
    }
    return lines;
  }

  private clearFilters(): void {
    clearTimeout(this.queryTimer);
    this.usage = '';
    this.subject = '';
    this.from = '';
    this.to = '';
    this.query = '';
    this.queryDraft = '';
    // The button that was clicked goes away with the empty message: focus stays in the list.
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(this.filters ? '#query' : '[part=base]');
      target?.focus();
    });
  }

  // ---------------------------------------------------------------- paging

  private renderPagination(result: ListResult): TemplateResult {
    const { page, pages } = result;
    const numbers = pageNumbers(page, pages);
    const button = (target: number, label: string, name: string) => html`<button
      type="button"
      part=${`page-nav ${name}`}
      class="nav"
      aria-disabled=${target === page ? 'true' : 'false'}
      @click=${() => this.goTo(target)}
    >
      ${label}
    </button>`;
    return html`<nav part="pagination" class="pagination" aria-label=${msg('Pages of certificates', { id: 'certs-pagination-label' })}>
      ${button(1, msg('First', { id: 'certs-page-first' }), 'first')}
      ${button(Math.max(1, page - 1), msg('Previous', { id: 'certs-page-previous' }), 'previous')}
      <ol class="pages">
        ${repeat(
          numbers,
          (n, i) => (n === null ? `gap-${i}` : n),
          (n) =>
            n === null
              ? html`<li class="gap" aria-hidden="true">…</li>`
              : html`<li>
                  <button
                    type="button"
                    part=${n === page ? 'page current' : 'page'}
                    aria-current=${n === page ? 'page' : nothing}
                    aria-label=${msg(str`Page ${formatNumber(n, this.locale)}`, { id: 'certs-page-number' })}
                    @click=${() => this.goTo(n)}
                  >
                    ${formatNumber(n, this.locale)}
                  </button>
                </li>`,
        )}
      </ol>
      ${button(Math.min(pages, page + 1), msg('Next', { id: 'certs-page-next' }), 'next')}
      ${button(pages, msg('Last', { id: 'certs-page-last' }), 'last')}
    </nav>`;
  }

  /**
   * The edge buttons stay focusable when they lead nowhere (aria-disabled rather than disabled), so
   * that a keyboard user who pressed "Next" up to the last page keeps the focus where it was.
   */
  private goTo(page: number): void {
    if (page !== this.page) this.page = page;
  }

  // ---------------------------------------------------------------- filters

  private renderFilters(): TemplateResult {
    const { filters, sort } = this.request;
    const fromInvalid = !!(this.from ?? '').trim() && !issuedBound(this.from, 'from');
    const toInvalid = !!(this.to ?? '').trim() && !issuedBound(this.to, 'to');
    const sorts: [CertificateSort, string][] = [
      ['date-desc', msg('Newest first', { id: 'certs-sort-date-desc' })],
      ['date-asc', msg('Oldest first', { id: 'certs-sort-date-asc' })],
      ['country', msg('Country', { id: 'certs-sort-country' })],
      ['uid', msg('Certificate number', { id: 'certs-sort-uid' })],
    ];
    const anyActive = this.activeFilters().length > 0;
    return html`<form part="filters" class="filters" aria-label=${msg('Filter the certificates', { id: 'certs-filters-label' })} @submit=${this.onSubmit}>
      <div class="field query">
        <label for="query">${msg('Search the certificates', { id: 'certs-filter-query' })}</label>
        <input id="query" type="search" .value=${live(this.queryDraft)} @input=${this.onQueryInput} @change=${this.applyQuery} />
      </div>
      <fieldset class="field usage">
        <legend>${msg('Usage', { id: 'certs-filter-usage' })}</legend>
        ${USAGES.map(
          (usage) => html`<label class="check">
            <input type="checkbox" value=${usage} .checked=${live(filters.usages.includes(usage))} @change=${this.onUsageChange} />
            ${this.usageName(usage)}
          </label>`,
        )}
      </fieldset>
      <div class="field subject">
        <label for="subject">${msg('Subject matter', { id: 'certs-filter-subject' })}</label>
        <select id="subject" @change=${this.onSubjectChange}>
          ${this.renderSubjectOptions(filters.subjects)}
        </select>
      </div>
      <div class="field date">
        <label for="from">${msg('Issued from', { id: 'certs-filter-from' })}</label>
        <input id="from" type="text" autocomplete="off" aria-describedby="date-hint" aria-invalid=${fromInvalid ? 'true' : 'false'} .value=${live(this.from ?? '')} @change=${this.onDateChange} />
      </div>
      <div class="field date">
        <label for="to">${msg('Issued until', { id: 'certs-filter-to' })}</label>
        <input id="to" type="text" autocomplete="off" aria-describedby="date-hint" aria-invalid=${toInvalid ? 'true' : 'false'} .value=${live(this.to ?? '')} @change=${this.onDateChange} />
      </div>
      <div class="field sort">
        <label for="sort">${msg('Sort by', { id: 'certs-sort' })}</label>
        <select id="sort" @change=${this.onSortChange}>
          ${sorts.map(([value, label]) => html`<option value=${value} ?selected=${value === sort}>${label}</option>`)}
        </select>
      </div>
      <p id="date-hint" class="hint">${msg('Dates: a year (2017) or a day (2017-05-01).', { id: 'certs-filter-date-hint' })}</p>
      <div class="field actions">
        <button type="button" part="clear" aria-disabled=${anyActive ? 'false' : 'true'} @click=${() => anyActive && this.clearFilters()}>
          ${msg('Clear the filters', { id: 'certs-clear-filters' })}
        </button>
      </div>
    </form>`;
  }

  private renderSubjectOptions(selected: readonly string[]): TemplateResult {
    const one = selected.length === 1 ? selected[0] : undefined;
    const name = (id: string) => pickText(keywordTerm(id)?.title, this.locale)?.text ?? id;
    const option = (id: string) => html`<option value=${subjectName(id)} ?selected=${id === one}>${name(id)}</option>`;
    const roots = KEYWORD_TERMS.filter((item) => !item.broader);
    return html`<option value="" ?selected=${selected.length === 0}>${msg('Any subject matter', { id: 'certs-filter-subject-any' })}</option>
      ${selected.length > 1
        ? html`<option value=${selected.map(subjectName).join(' ')} selected>${new Intl.ListFormat(this.locale, { type: 'disjunction' }).format(selected.map(name))}</option>`
        : nothing}
      ${roots.map((root) => {
        const narrower = KEYWORD_TERMS.filter((item) => item.broader === root.identifier);
        return narrower.length
          ? html`<optgroup label=${name(root.identifier)}>${option(root.identifier)}${narrower.map((item) => option(item.identifier))}</optgroup>`
          : option(root.identifier);
      })}`;
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    this.applyQuery();
  };

  private onQueryInput = (event: Event): void => {
    this.queryDraft = (event.target as HTMLInputElement).value;
    clearTimeout(this.queryTimer);
    this.queryTimer = setTimeout(() => this.applyQuery(), QUERY_DEBOUNCE_MS);
  };

  private applyQuery = (): void => {
    clearTimeout(this.queryTimer);
    const input = this.renderRoot.querySelector<HTMLInputElement>('#query');
    const value = input ? input.value : this.queryDraft;
    if (value.trim() !== (this.query ?? '').trim()) this.query = value;
  };

  private onUsageChange = (): void => {
    const checked = Array.from(this.renderRoot.querySelectorAll<HTMLInputElement>('.usage input:checked')).map((input) => input.value);
    this.usage = checked.join(' ');
  };

  private onSubjectChange = (event: Event): void => {
    this.subject = (event.target as HTMLSelectElement).value;
  };

  private onDateChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this[input.id === 'from' ? 'from' : 'to'] = input.value.trim();
  };

  private onSortChange = (event: Event): void => {
    this.sort = (event.target as HTMLSelectElement).value;
  };

  // ---------------------------------------------------------------- export

  private renderExport(result: ListResult): TemplateResult {
    const current = this.exportState;
    const running = current.phase === 'running';
    return html`<div class="export">
      <button
        type="button"
        part="export"
        aria-disabled=${!running && result.total === 0 ? 'true' : 'false'}
        @click=${() => (running ? this.exportController?.abort() : result.total > 0 && void this.runExport())}
      >
        ${running ? msg('Cancel the download', { id: 'certs-export-cancel' }) : msg('Download as CSV', { id: 'certs-export' })}
      </button>
      ${current.phase === 'running'
        ? html`<progress max=${current.total ?? nothing} value=${current.done} aria-hidden="true"></progress>`
        : nothing}
      <span part="export-status" class="export-status" role="status">${this.exportText(current)}</span>
    </div>`;
  }

  private exportText(state: ExportState): string {
    switch (state.phase) {
      case 'running': {
        const done = formatNumber(state.done, this.locale);
        const total = formatNumber(state.total ?? 0, this.locale);
        return msg(str`Preparing the file: ${done} of ${total} certificates`, { id: 'certs-export-progress' });
      }
      case 'ready': {
        const n = formatNumber(state.total, this.locale);
        return selectPlural(state.total, this.locale, {
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
   * Fetches every page of the current filters (500 rows a request, one after the other, so that a
   * large export does not flood the API), then builds the CSV and downloads it.
   */
  private async runExport(): Promise<void> {
    const request = this.request;
    if (request.badCountry !== undefined) return;
    const controller = new AbortController();
    this.exportController = controller;
    const config = this.apiConfig;
    const certificates: Certificate[] = [];
    this.exportState = { phase: 'running', done: 0, total: this.shown?.total ?? null };
    try {
      for (let index = 0; ; index++) {
        const page = await fetchCertificatePage(config, certificateExportQuery(request.filters, request.sort, request.locale, index), controller.signal);
        certificates.push(...page.certificates);
        this.exportState = { phase: 'running', done: certificates.length, total: page.total };
        if (page.certificates.length < EXPORT_PAGE_SIZE || certificates.length >= page.total) break;
      }
      const blob = new Blob([this.csv(certificates, request)], { type: 'text/csv;charset=utf-8' });
      const filename = exportFilename(request.filters.governments);
      const event = new CustomEvent<AbschExportDetail>('absch-export', {
        detail: { filename, total: certificates.length, blob },
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      if (this.dispatchEvent(event)) download(blob, filename);
      this.exportState = { phase: 'ready', total: certificates.length };
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) {
        this.exportState = { phase: 'cancelled' };
      } else {
        const failure = describeFailure(error);
        this.exportState = { phase: 'failed', message: failure.message };
        this.emitError(failure);
      }
    } finally {
      if (this.exportController === controller) this.exportController = undefined;
    }
  }

  /** The table's columns (the country always: a file stands alone), plain values, and the portal link. */
  private csv(certificates: readonly Certificate[], request: ListRequest): string {
    const locale = request.locale;
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
      certificate.usages.map((usage) => this.usageName(usage)).join('; '),
      this.keywordNames(certificate.keywords)
        .map((name) => name.text)
        .join('; '),
      recordUrl(this.portal, locale, IRCC.schema, certificate.uid),
    ]);
    return toCsv([header, ...rows]);
  }
}

function clampPageSize(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(value)));
}

function clampPage(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return 1;
  return Math.max(1, Math.trunc(value));
}

/**
 * `from`/`to` as an instant: a year is its first (from) or last (to) millisecond, a day likewise, in
 * UTC since issuance dates are calendar dates. Undefined when empty or not a real year or date.
 */
function issuedBound(value: string | null | undefined, end: 'from' | 'to'): Date | undefined {
  const text = (value ?? '').trim();
  if (YEAR.test(text)) {
    const year = Number(text);
    return new Date(end === 'from' ? Date.UTC(year, 0, 1) : Date.UTC(year + 1, 0, 1) - 1);
  }
  const day = DAY.exec(text);
  if (!day) return undefined;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const start = Date.UTC(year, month - 1, date);
  // 2017-02-30 would roll over into March: not a date.
  if (new Date(start).getUTCMonth() !== month - 1 || new Date(start).getUTCDate() !== date) return undefined;
  return new Date(end === 'from' ? start : start + 86_400_000 - 1);
}

/** `1 … 4 5 [6] 7 8 … 30`: null marks a gap. */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  const low = Math.max(1, page - PAGE_WINDOW);
  const high = Math.min(pages, page + PAGE_WINDOW);
  if (low > 1) out.push(1);
  if (low > 2) out.push(low === 3 ? 2 : null);
  for (let n = low; n <= high; n++) out.push(n);
  if (high < pages - 1) out.push(high === pages - 2 ? pages - 1 : null);
  if (high < pages) out.push(pages);
  return out;
}

/** API text, isolated for bidi (a Latin title in an Arabic page), marked with its language when it is a fallback. */
function langText(text: LocalizedText | null, fallback = ''): TemplateResult | string {
  if (!text) return fallback;
  return html`<bdi lang=${text.fallback ? text.lang : nothing}>${text.text}</bdi>`;
}

function exportFilename(governments: readonly string[]): string {
  const scope = governments.length ? governments.join('-') : 'all';
  return `absch-ircc-${scope}-${new Date().toISOString().slice(0, 10)}.csv`;
}

/** A Blob URL and an `<a download>` clicked from script: no inline code, so it works under a strict CSP. */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
