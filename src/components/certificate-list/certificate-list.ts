import { TaskStatus } from '@lit/task';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { offerExport } from '../../base/download.js';
import type { AbschLoadDetail } from '../../base/events.js';
import { lazyModule } from '../../base/lazy-module.js';
import type { Failure } from '../../base/messages.js';
import { fieldStyles } from '../../base/field-styles.js';
import { baseStyles } from '../../base/styles.js';
import { AbschViewElement } from '../../base/view-element.js';
import { linkTarget } from '../../base/link-target.js';
import { buildRequest, clampPage, clampPageSize, TAG, warnAboutAttributes, type ListRequest } from './attributes.js';
import { certificateListStyles } from './certificate-list.styles.js';
import { renderFiltersPlaceholder, renderSkeleton } from './columns.js';
import type { ExportController } from './export-controller.js';
import type { FilterControls } from './filters.js';
import type { ListHost } from './list-view.js';
import { listFailureOf, loadList, type ListResult } from './load.js';

const listView = lazyModule(() => import('./list-view.js'));

/** What a load depends on: the checked request, then the API, its app id and realm (a change of any loads again). */
type ListArgs = readonly [request: ListRequest, ...config: unknown[]];

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
 * @csspart date-error - Under a date filter whose text is neither a year nor a day: says so (the field's description).
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
 */
export class AbschCertificateList extends AbschViewElement<ListArgs, ListResult, ListHost> {
  static override styles = [baseStyles, fieldStyles, certificateListStyles];

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

  /** Where portal links open: `_blank` or another window name; anything else is ignored, with a warning. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  /** The checked request and its key: a new load only when the key changes. */
  private request!: ListRequest;
  private requestKey = '';

  /** Made from the view chunk, which carries the filter controls: a page without `filters` never downloads them. */
  private filterControls?: FilterControls;

  /** The CSV export, made from the view chunk, which draws its button; what builds the file is downloaded at the first press. */
  private exporter?: ExportController;

  protected readonly viewModule = listView;
  protected readonly baseClass = 'list';

  // apiBase, appId and realm are arguments only so that changing them loads again.
  protected loadArgs(): ListArgs {
    return [this.request, this.apiBase, this.appId, this.realm] as const;
  }

  protected loadData([request]: ListArgs, signal: AbortSignal): Promise<ListResult> {
    return loadList(this.apiConfig, request, signal);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('linkTarget')) linkTarget(this.linkTarget, this.localName);
    const filterChanged = (['country', 'sort', 'usage', 'subject', 'from', 'to', 'query'] as const).some((key) => changed.has(key));
    if (this.hasUpdated && !changed.has('page')) {
      if (filterChanged) this.page = 1;
      else if (changed.has('pageSize')) {
        // Keep the first certificate of the page in view when the page size changes.
        const before = clampPageSize(changed.get('pageSize') as number | null | undefined);
        this.page = Math.floor(((this.request?.page ?? 1) - 1) * before / clampPageSize(this.pageSize)) + 1;
      }
    }
    if (changed.has('query')) this.filterControls?.queryChanged(this.query);
    if (changed.has('filters') && this.filters && !listView.loaded) {
      // Asked for now, not when the load starts (which waits until the element is near the viewport).
      // A server's element never updates: what it draws waits for the view (base/first-view.ts).
      listView.load().then(
        () => this.hasUpdated && this.requestUpdate(),
        () => {
          // The load fails with it; its retry downloads the view again.
        },
      );
    }
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

  /** A page after the last: the last page is shown, and `page` follows it. */
  protected override showsLoad(result: ListResult): boolean {
    if (result.page === this.page) return true;
    console.warn(`${TAG}: page="${this.page}" is after the last page; showing page ${result.page}.`);
    // The new load finds this page in the cache; it fires absch-load.
    this.page = result.page;
    return false;
  }

  protected loadDetail(result: ListResult): AbschLoadDetail {
    return { total: result.total, page: result.page, pages: result.pages, counts: { ...result.counts } };
  }

  protected override failureOf(error: unknown): Failure {
    return listFailureOf(error);
  }

  protected override renderBefore(): unknown {
    if (!this.filters) return nothing;
    return this.loadedFilterControls()?.render(this.request, this.locale) ?? renderFiltersPlaceholder();
  }

  /** The CSV export, once the view chunk that carries it is there (it is, wherever the view draws the button). */
  private loadedExporter(): ExportController | undefined {
    const module = listView.loaded;
    return (
      module &&
      (this.exporter ??= new module.ExportController(this, {
        request: () => this.request,
        knownTotal: () => this.loading.value?.data.total,
        config: () => this.apiConfig,
        portal: () => this.portal,
        locale: () => this.locale,
        failed: (failure) => this.emitError(failure),
        offer: (detail) => offerExport(this, detail),
      }))
    );
  }

  /** The filter controls, once the view chunk that carries them is there. */
  private loadedFilterControls(): FilterControls | undefined {
    const module = listView.loaded;
    return module && (this.filterControls ??= new module.FilterControls(this));
  }

  protected renderSkeleton(): TemplateResult {
    return renderSkeleton(this.request);
  }

  /** While the next page or list loads, the last one stays in view, dimmed, so that nothing jumps. */
  protected override renderPending(): unknown {
    const last = this.loading.value;
    // Through renderLoaded, the complete state's own template: the same DOM stays, and with it the focus (on Next, a page number).
    return last ? this.renderLoaded(last, { ...this.viewHost(), dimmed: true }) : this.renderSkeleton();
  }

  /** The total and the page, said once per page loaded: a load that only changed language is not said again. */
  protected override announce(): unknown {
    const loaded = this.loading.status === TaskStatus.COMPLETE ? this.loading.value : undefined;
    if (!loaded) return super.announce();
    const { data, view } = loaded;
    return this.announcement(JSON.stringify({ ...data.request, locale: undefined }), () => view.announce?.(data, this.viewHost()) ?? '');
  }

  protected viewHost(): ListHost {
    return {
      locale: this.locale,
      portal: this.portal,
      linkTarget: linkTarget(this.linkTarget),
      dimmed: false,
      exporter: this.export ? this.loadedExporter() : undefined,
      select: (event, detail) => this.selectRecord(event, detail),
      goTo: (page) => {
        // A press on the current page's button (or an edge button that leads nowhere) changes nothing.
        if (page !== this.page) this.page = page;
      },
      // The view draws the button that calls this, so the view chunk, and the controls in it, are there.
      clearFilters: () => this.loadedFilterControls()?.clear(),
    };
  }
}
