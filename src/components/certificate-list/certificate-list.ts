import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isAbort } from '../../api/errors.js';
import type { Usage } from '../../api/queries/certificates.js';
import { AbschElement } from '../../base/absch-element.js';
import { baseStyles } from '../../base/styles.js';
import { formatNumber } from '../../i18n/format.js';
import { buildRequest, clampPage, clampPageSize, TAG, warnAboutAttributes, type ListRequest } from './attributes.js';
import { certificateListStyles } from './certificate-list.styles.js';
import type { ExportController } from './export-controller.js';
import { FilterControls } from './filters.js';
import { activeFilters, countryNames, totalText, usageName } from './labels.js';
import { failureOf, loadList, type ListResult } from './load.js';
import { lazyModule } from '../../base/lazy-module.js';
import { renderSkeleton } from './columns.js';

const listView = lazyModule(() => import('./list-view.js'));

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
 * @csspart counts-note - Says that a certificate for both commercial and non-commercial use counts under each (shown when one does).
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
export class AbschCertificateList extends AbschElement {
  static override styles = [baseStyles, certificateListStyles];

  /** ISO 3166 alpha-2 codes, space- or comma-separated, any case. Absent: every country. */
  @property() country = '';

  /** Certificates per page, 1 to 100. */
  // A literal, not attributes.ts's DEFAULT_PAGE_SIZE: the custom-elements manifest shows an imported constant by its name.
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

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

  /** The checked request and its key: the task runs again only when the key changes. */
  private request!: ListRequest;
  private requestKey = '';

  /** The last page shown: kept on screen (dimmed) while the next one loads, so nothing jumps. */
  private shown?: ListResult;

  private readonly filterControls = new FilterControls(this);

  /** The CSV export, part of the lazily loaded view: made when the first page is shown, the only time it can be used. */
  private exporter?: ExportController;

  private readonly list = new Task(this, {
    // apiBase and appId are arguments only so that changing them loads again.
    task: (_args, { signal }) => this.readyToShow(loadList(this.apiConfig, this.request, signal), listView),
    args: () => [this.requestKey, this.apiBase, this.appId] as const,
    onComplete: (result) => this.loaded(result),
    onError: (error) => {
      if (!isAbort(error)) this.emitError(this.speaking(() => failureOf(error)));
    },
  });

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
    if (changed.has('query')) this.filterControls.queryChanged(this.query);
    warnAboutAttributes(this, changed);
    const page = clampPage(this.page);
    if (page !== this.page) this.page = page;
    const request = buildRequest(this, this.locale);
    const key = JSON.stringify(request);
    if (key !== this.requestKey) {
      this.request = request;
      this.requestKey = key;
    }
  }

  private loaded(result: ListResult): void {
    this.shown = result;
    const view = listView.loaded;
    if (view && !this.exporter) {
      this.exporter = new view.ExportController(this, {
        request: () => this.request,
        knownTotal: () => this.shown?.total,
        config: () => this.apiConfig,
        portal: () => this.portal,
        locale: () => this.locale,
        failed: (failure) => this.emitError(failure),
      });
    }
    if (result.page !== this.page) {
      console.warn(`${TAG}: page="${this.page}" is after the last page; showing page ${result.page}.`);
      // The new run finds this page in the cache; it fires absch-load.
      this.page = result.page;
      return;
    }
    this.emitLoad({ total: result.total, page: result.page, pages: result.pages, counts: { ...result.counts } });
  }

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
      <span class="visually-hidden" role="status">${this.listAnnouncement()}</span>
      ${this.filters ? this.filterControls.render(this.request, this.locale) : nothing}
      ${failed
        ? this.renderFailure(failureOf(this.list.error), () => this.retry())
        : html`${this.renderSummary(result)}
          ${result ? this.renderResult(result, busy) : renderSkeleton(this.request)}`}
    </section>`;
  }

  private retry(): void {
    this.renderRoot.querySelector<HTMLElement>('[part=base]')?.focus();
    void this.list.run();
  }

  /** The total and the page, said once per page loaded; the request's language left out of the key. */
  private listAnnouncement(): string {
    const status = this.list.status;
    if (status === TaskStatus.ERROR) return this.announcement(this.list.error);
    const result = status === TaskStatus.COMPLETE ? this.list.value : undefined;
    if (!result) return this.announcement(undefined);
    return this.announcement(JSON.stringify({ ...result.request, locale: undefined }), () => this.statusText(result));
  }

  private statusText(result: ListResult): string {
    return result.pages > 1
      ? msg(str`${totalText(result.total, this.locale)}. Page ${formatNumber(result.page, this.locale)} of ${formatNumber(result.pages, this.locale)}.`, { id: 'certs-status-paged' })
      : totalText(result.total, this.locale);
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
    // A certificate can be for both commercial and non-commercial use: the counts are then no breakdown of the total.
    const overlap = counts.reduce((sum, [, n]) => sum + n, 0) > result.total;
    return html`<div part="summary" class="summary">
      <p part="total" class="total">${totalText(result.total, this.locale)}</p>
      ${result.total > 0
        ? html`<dl part="counts" class="counts">
            ${counts.map(
              ([usage, n]) => html`<div class="count" data-usage=${usage}>
                <dt>${usageName(usage)}</dt>
                <dd>${formatNumber(n, this.locale)}</dd>
              </div>`,
            )}
          </dl>`
        : nothing}
      ${overlap
        ? html`<p part="counts-note" class="counts-note">
            ${msg('A certificate for both commercial and non-commercial use counts under each.', { id: 'certs-counts-overlap' })}
          </p>`
        : nothing}
      ${this.export && this.exporter ? this.exporter.render(result.total, this.locale) : nothing}
    </div>`;
  }

  private renderResult(result: ListResult, stale: boolean): TemplateResult {
    if (result.total === 0) return this.renderEmpty();
    // A result is shown only once a load, which awaited the view, has completed.
    const view = listView.loaded;
    if (!view) return renderSkeleton(this.request);
    const table = { locale: this.locale, portal: this.portal, linkTarget: this.linkTarget, select: this.selectRecord.bind(this) };
    return html`${view.renderTable(result, stale, table)}
      ${result.pages > 1 ? view.renderPager(result.page, result.pages, this.locale, (page) => this.goTo(page)) : nothing}`;
  }

  /** A press on the current page's button (or an edge button that leads nowhere) changes nothing. */
  private goTo(page: number): void {
    if (page !== this.page) this.page = page;
  }

  private renderEmpty(): TemplateResult {
    const active = activeFilters(this.request.filters, this.locale);
    const countries = countryNames(this.request.filters.governments, this.locale);
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
      <p><button type="button" part="clear" @click=${() => this.filterControls.clear()}>${msg('Clear the filters', { id: 'certs-clear-filters' })}</button></p>
    </div>`;
  }
}
