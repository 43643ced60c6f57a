import { attributeWords, warnUnknownWords } from '../../base/attribute-values.js';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AbschElement } from '../../base/absch-element.js';
import { lazyModule } from '../../base/lazy-module.js';
import { describeFailure } from '../../base/messages.js';
import { baseStyles, tableStyles } from '../../base/styles.js';
import type { Locale } from '../../i18n/locale.js';
import {
  loadParties,
  PARTIES_COLUMNS,
  PARTIES_SORT_KEYS,
  PARTIES_STATUSES,
  type PartiesColumn,
  type PartiesData,
  type PartiesSortKey,
  type PartiesStatus,
  type SortOrder,
} from './parties-data.js';
import { partiesListStyles } from './parties-list.styles.js';
import type { RowView } from './table-view.js';

export { PARTIES_COLUMNS, PARTIES_SORT_KEYS, PARTIES_STATUSES, type PartiesColumn, type PartiesSortKey, type PartiesStatus, type PartiesTotals } from './parties-data.js';

const tableView = lazyModule(() => import('./table-view.js'));
type TableView = typeof import('./table-view.js');

const DEFAULT_SORT: SortOrder = { key: 'name', descending: false };
/** The direction a column sorts in when its header is first chosen: most records first. */
const FIRST_DIRECTION: Record<PartiesSortKey, boolean> = { name: false, date: false, records: true };
/** Rows of grey in the skeleton: enough to fill a screen, not 200. */
const SKELETON_ROWS = 12;
/** Typing in the search box announces the number of countries shown once the typing pauses. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * Every country in the Clearing-House with its Nagoya Protocol status, the date the Protocol
 * entered (or enters) into force for it, and its published national records and certificates
 * (IRCCs) as links to the portal's search, with totals at the top. Sortable by name (in the
 * page's language), date or number of records; filterable by status and by name. Two API
 * requests, shared with every other element on the page that asks for the same data: the
 * countries, and one pivot facet query for every country's counts at once.
 *
 * @tag absch-parties-list
 * @summary The list of Parties to the Nagoya Protocol, with every country's status and records.
 *
 * @fires absch-load - The list is shown. `detail`: `{parties, ratified, signatories, nonParties, countries}` (counts over all countries, whatever the filters).
 * @fires absch-error - Loading failed. `detail`: `{status, kind, message}`.
 *
 * @csspart base - The whole list.
 * @csspart totals - The totals line at the top.
 * @csspart search - The name filter box (with `search`): its label and input.
 * @csspart search-input - The name filter's input.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart header - A column header.
 * @csspart sort-button - The button in a sortable column header.
 * @csspart row - One country's row.
 * @csspart name - The country's name (the row header).
 * @csspart compact - The status and date under the name, shown instead of their columns in narrow containers.
 * @csspart status - The status cell.
 * @csspart date - The entry-into-force date cell.
 * @csspart records - The national records cell.
 * @csspart ircc - The IRCC cell.
 * @csspart records-link - The link to a country's national records on the portal.
 * @csspart ircc-link - The link to a country's IRCCs on the portal.
 * @csspart empty - The message shown when no country is listed.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssprop --absch-font-family - Font (default: inherited from the page).
 * @cssprop --absch-color-text - Text colour (default: inherited).
 * @cssprop --absch-color-background - Background of the sticky column headers (default: `Canvas`).
 * @cssprop --absch-color-muted - Secondary text (dates, statuses other than Party, zero counts).
 * @cssprop --absch-color-link - Links.
 * @cssprop --absch-color-success - The status of a Party.
 * @cssprop --absch-color-border - Row separators.
 * @cssprop --absch-color-danger - The border of an error message.
 * @cssprop --absch-color-skeleton - Placeholders while loading.
 * @cssprop --absch-radius - Corner radius.
 * @cssprop --absch-space-s - Small gap.
 * @cssprop --absch-space-m - Medium gap.
 */
export class AbschPartiesList extends AbschElement {
  static override styles = [baseStyles, tableStyles, partiesListStyles];

  /** Which countries to list, space-separated: `party`, `ratified`, `signatory`, `non-party`. Default: all. */
  @property() status = '';

  /** The order: `name`, `date` or `records`; a leading `-` sorts descending (`-records`). Default: `name`. */
  @property() sort = '';

  /** Which columns to show, space-separated, from `name status date records ircc`. Default: all. */
  @property() columns = '';

  /** Lists only the countries whose name (in the shown language) contains this text, or whose code it is. */
  @property() filter = '';

  /** Shows a box to filter by name (it edits `filter`). */
  @property({ type: Boolean }) search = false;

  /** Where portal links open: a browsing-context name such as `_blank`. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  /** The number of countries a screen reader was last told are shown (debounced while typing). */
  @state() private announcedCount: number | null = null;

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly data = new Task(this, {
    // apiBase and appId are arguments only so that changing them loads again.
    task: (_args, { signal }) => this.readyToShow(loadParties(this.apiConfig, signal), tableView),
    args: () => [this.apiBase, this.appId] as const,
    onComplete: (data) => this.emitLoad({ ...data.totals }),
    onError: (error) => this.emitError(this.speaking(() => describeFailure(error))),
  });

  // Memos: sorting, filtering or a new language redo only what depends on them.
  private viewsMemo?: { data: PartiesData; locale: Locale; portal: string; views: RowView[] };
  private sortedMemo?: { views: RowView[]; key: PartiesSortKey; descending: boolean; sorted: RowView[] };

  private get shownColumns(): Set<PartiesColumn> {
    const known = knownWords(this.columns, PARTIES_COLUMNS);
    return new Set(known.length ? known : PARTIES_COLUMNS);
  }

  private get shownStatuses(): Set<PartiesStatus> {
    const known = knownWords(this.status, PARTIES_STATUSES);
    return new Set(known.length ? known : PARTIES_STATUSES);
  }

  private get sortOrder(): SortOrder {
    return parseSort(this.sort) ?? DEFAULT_SORT;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('status')) warnUnknownWords('absch-parties-list', 'status', this.status, PARTIES_STATUSES);
    if (changed.has('columns')) warnUnknownWords('absch-parties-list', 'columns', this.columns, PARTIES_COLUMNS);
    if (changed.has('sort') && this.sort.trim() !== '' && !parseSort(this.sort)) {
      console.warn(`<absch-parties-list>: sort="${this.sort}" is unknown; known: ${PARTIES_SORT_KEYS.join(', ')}, each with an optional leading "-" (descending). Sorting by name.`);
    }
    // In willUpdate, so that the live region changes within this update rather than scheduling another.
    this.trackAnnouncement(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  override render(): TemplateResult {
    const busy = this.data.status <= TaskStatus.PENDING;
    // tabindex -1: focus can rest on the list when the retry button it held goes away.
    return html`<section part="base" class="parties" dir=${this.direction} lang=${this.locale} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
      <span class="visually-hidden" role="status">${this.countAnnouncement()}</span>
      ${this.data.render({
        initial: () => this.renderSkeleton(),
        pending: () => this.renderSkeleton(),
        complete: (data) => {
          // The task awaited the view, so it is there.
          const table = tableView.loaded;
          return table ? this.renderList(data, table) : this.renderSkeleton();
        },
        error: (error) => this.renderFailure(describeFailure(error), () => this.retry()),
      })}
    </section>`;
  }

  private retry(): void {
    this.renderRoot.querySelector<HTMLElement>('[part=base]')?.focus();
    void this.data.run();
  }

  /** The layout of the final list, in grey: nothing jumps when the data arrives. */
  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton-list" aria-hidden="true">
      <span class="skeleton totals-line"></span>
      ${this.search ? html`<span class="skeleton search-line"></span>` : nothing}
      ${Array.from({ length: SKELETON_ROWS }, () => html`<span class="skeleton row-line"></span>`)}
    </div>`;
  }

  private renderList(data: PartiesData, table: TableView): TemplateResult {
    const views = this.viewsOf(data, table);
    return table.renderList(data, {
      locale: this.locale,
      columns: this.shownColumns,
      sortOrder: this.sortOrder,
      sorted: this.sortedViews(views, table),
      shown: this.visibleCodes(views, table),
      search: this.search,
      filter: this.filter,
      linkTarget: this.linkTarget,
      onFilterInput: (event) => this.onFilterInput(event),
      sortBy: (key) => this.sortBy(key),
    });
  }

  private onFilterInput(event: InputEvent): void {
    this.filter = (event.target as HTMLInputElement).value;
  }

  private sortBy(key: PartiesSortKey): void {
    const order = this.sortOrder;
    const descending = order.key === key ? !order.descending : FIRST_DIRECTION[key];
    this.sort = `${descending ? '-' : ''}${key}`;
  }

  /** Names and dates in the element's language, folded names for the filter: once per data and language. */
  private viewsOf(data: PartiesData, table: TableView): RowView[] {
    const { locale, portal } = this;
    const memo = this.viewsMemo;
    if (memo?.data === data && memo.locale === locale && memo.portal === portal) return memo.views;
    const views = table.rowViews(data.rows, locale, portal);
    this.viewsMemo = { data, locale, portal, views };
    return views;
  }

  private sortedViews(views: RowView[], table: TableView): RowView[] {
    const { key, descending } = this.sortOrder;
    const memo = this.sortedMemo;
    if (memo?.views === views && memo.key === key && memo.descending === descending) return memo.sorted;
    const sorted = table.sortViews(views, { key, descending }, this.locale);
    this.sortedMemo = { views, key, descending, sorted };
    return sorted;
  }

  private visibleCodes(views: RowView[], table: TableView): Set<string> {
    return table.visibleCodes(views, this.shownStatuses, this.filter, this.locale);
  }

  /** Keeps `announcedCount` in step with the rows shown: at once on load or a new status, after a pause while typing. */
  private trackAnnouncement(changed: PropertyValues<this>): void {
    const data = this.data.status === TaskStatus.COMPLETE ? this.data.value : undefined;
    // Complete, the task has loaded the view too.
    const table = tableView.loaded;
    if (!data || !table) return;
    const count = this.visibleCodes(this.viewsOf(data, table), table).size;
    clearTimeout(this.announceTimer);
    if (count === this.announcedCount) return;
    if (this.announcedCount === null || !changed.has('filter')) this.announcedCount = count;
    else this.announceTimer = setTimeout(() => (this.announcedCount = count), ANNOUNCE_DELAY_MS);
  }

  /** The number of countries shown, said when it changes (not for the first load, nor a new language). */
  private countAnnouncement(): string {
    const data = this.data.value;
    const table = tableView.loaded;
    if (this.data.status === TaskStatus.ERROR) return this.announcement(this.data.error);
    if (this.data.status !== TaskStatus.COMPLETE || !data || !table || this.announcedCount === null) return this.announcement(undefined);
    const count = this.announcedCount;
    return this.announcement(count, () => table.announcement(count, data.totals.countries, this.locale));
  }
}

function knownWords<T extends string>(value: string, known: readonly T[]): T[] {
  return attributeWords(value.toLowerCase()).filter((word): word is T => (known as readonly string[]).includes(word));
}

function parseSort(value: string): SortOrder | null {
  const match = /^(-?)([a-z]+)$/.exec(value.trim().toLowerCase());
  if (!match || !(PARTIES_SORT_KEYS as readonly string[]).includes(match[2])) return null;
  return { key: match[2] as PartiesSortKey, descending: match[1] === '-' };
}

