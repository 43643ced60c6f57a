import { attributeWords, warnUnknownWords } from '../../base/attribute-values.js';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AbschLoadDetail } from '../../base/events.js';
import { lazyModule } from '../../base/lazy-module.js';
import { fieldStyles } from '../../base/field-styles.js';
import { baseStyles } from '../../base/styles.js';
import { tableStyles } from '../../base/table-styles.js';
import { AbschViewElement } from '../../base/view-element.js';
import { linkTarget } from '../../base/link-target.js';
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
import type { TableHost } from './table-view.js';

export { PARTIES_COLUMNS, PARTIES_SORT_KEYS, PARTIES_STATUSES, type PartiesColumn, type PartiesSortKey, type PartiesStatus, type PartiesTotals } from './parties-data.js';

const tableView = lazyModule(() => import('./table-view.js'));

const DEFAULT_SORT: SortOrder = { key: 'name', descending: false };
/** The direction a column sorts in when its header is first chosen: most records first. */
const FIRST_DIRECTION: Record<PartiesSortKey, boolean> = { name: false, date: false, records: true };
/**
 * Rows of grey in the skeleton: more than a screenful (not 200), as the loaded list of about two
 * hundred countries is longer than any screen; so the host page below does not move when it arrives.
 */
const SKELETON_ROWS = 32;
/** Typing in the search box announces the number of countries shown once the typing pauses. */
const ANNOUNCE_DELAY_MS = 500;

/** The API asked: the list is one request for every country, whatever the filters. */
type PartiesArgs = readonly [apiBase: string | undefined, appId: string | undefined, realm: string | undefined];

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
 */
export class AbschPartiesList extends AbschViewElement<PartiesArgs, PartiesData, TableHost> {
  static override styles = [baseStyles, fieldStyles, tableStyles, partiesListStyles];

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

  /** Where portal links open: `_blank` or another window name; anything else is ignored, with a warning. Default: the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  /** The filter the status region speaks for: `filter` once typing pauses, at once for any other change. */
  @state() private announcedFilter = '';

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  protected readonly viewModule = tableView;
  protected readonly baseClass = 'parties';

  // apiBase, appId and realm are arguments only so that changing them loads again.
  protected loadArgs(): PartiesArgs {
    return [this.apiBase, this.appId, this.realm];
  }

  protected loadData(_args: PartiesArgs, signal: AbortSignal): Promise<PartiesData> {
    return loadParties(this.apiConfig, signal);
  }

  protected loadDetail(data: PartiesData): AbschLoadDetail {
    return { ...data.totals };
  }

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
    if (changed.has('linkTarget')) linkTarget(this.linkTarget, this.localName);
    if (changed.has('status')) warnUnknownWords('absch-parties-list', 'status', this.status, PARTIES_STATUSES);
    if (changed.has('columns')) warnUnknownWords('absch-parties-list', 'columns', this.columns, PARTIES_COLUMNS);
    if (changed.has('sort') && this.sort.trim() !== '' && !parseSort(this.sort)) {
      console.warn(`<absch-parties-list>: sort="${this.sort}" is unknown; known: ${PARTIES_SORT_KEYS.join(', ')}, each with an optional leading "-" (descending). Sorting by name.`);
    }
    if (changed.has('filter') || changed.has('status')) this.followFilter(changed.has('filter'));
  }

  /**
   * Keeps `announcedFilter` in step with `filter`: after a pause when the filter of a shown list is
   * being edited, at once otherwise (a new status, or before the list is shown). In willUpdate, so
   * that the status region changes within this update rather than scheduling another.
   */
  private followFilter(typing: boolean): void {
    clearTimeout(this.announceTimer);
    if (typing && this.loading.status === TaskStatus.COMPLETE) {
      this.announceTimer = setTimeout(() => (this.announcedFilter = this.filter), ANNOUNCE_DELAY_MS);
    } else {
      this.announcedFilter = this.filter;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /**
   * The number of countries shown, said once per change of the statuses or the (paused) filter: not
   * for the first load, a new order, new columns or a new language, whose key stays the same.
   */
  protected override announce(): unknown {
    const { status, value } = this.loading;
    if (status === TaskStatus.ERROR) return this.announcement(this.loading.error);
    if (status !== TaskStatus.COMPLETE || !value) return this.announcement(undefined);
    const statuses = this.shownStatuses;
    const choice = `${[...statuses].sort().join(' ')}\n${this.announcedFilter}`;
    return this.announcement(choice, () => value.view.announce?.(value.data, { ...this.viewHost(), filter: this.announcedFilter }) ?? '');
  }

  /** The layout of the final list, in grey: nothing jumps when the data arrives. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton-list" aria-hidden="true">
      <span class="skeleton totals-line"></span>
      ${this.search ? html`<span class="skeleton search-line"></span>` : nothing}
      ${Array.from({ length: SKELETON_ROWS }, () => html`<span class="skeleton row-line"></span>`)}
    </div>`;
  }

  protected viewHost(): TableHost {
    return {
      locale: this.locale,
      portal: this.portal,
      columns: this.shownColumns,
      statuses: this.shownStatuses,
      sortOrder: this.sortOrder,
      search: this.search,
      filter: this.filter,
      linkTarget: linkTarget(this.linkTarget),
      onFilterInput: (event) => (this.filter = (event.target as HTMLInputElement).value),
      sortBy: (key) => this.sortBy(key),
    };
  }

  private sortBy(key: PartiesSortKey): void {
    const order = this.sortOrder;
    const descending = order.key === key ? !order.descending : FIRST_DIRECTION[key];
    this.sort = `${descending ? '-' : ''}${key}`;
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
