import { attributeWords, warnUnknownWords } from '../../base/attribute-values.js';
import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { fetchCountries } from '../../api/endpoints.js';
import { fetchPartiesCounts } from '../../api/parties-endpoints.js';
import { partyStatus, type PartyStatus } from '../../api/party-status.js';
import { searchUrl } from '../../api/portal-links.js';
import { PARTIES_IRCC_SCHEMA } from '../../api/queries/parties.js';
import type { Country } from '../../api/types.js';
import { AbschElement } from '../../base/absch-element.js';
import { describeFailure } from '../../base/messages.js';
import { baseStyles, tableStyles } from '../../base/styles.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';
import { partiesListStyles } from './parties-list.styles.js';

export const PARTIES_COLUMNS = ['name', 'status', 'date', 'records', 'ircc'] as const;
export type PartiesColumn = (typeof PARTIES_COLUMNS)[number];

export const PARTIES_STATUSES = ['party', 'ratified', 'signatory', 'non-party'] as const;
export type PartiesStatus = (typeof PARTIES_STATUSES)[number];

export const PARTIES_SORT_KEYS = ['name', 'date', 'records'] as const;
export type PartiesSortKey = (typeof PARTIES_SORT_KEYS)[number];

interface SortOrder {
  key: PartiesSortKey;
  descending: boolean;
}

const DEFAULT_SORT: SortOrder = { key: 'name', descending: false };
/** The direction a column sorts in when its header is first chosen: most records first. */
const FIRST_DIRECTION: Record<PartiesSortKey, boolean> = { name: false, date: false, records: true };
/** Rows of grey in the skeleton: enough to fill a screen, not 200. */
const SKELETON_ROWS = 12;
/** Typing in the search box announces the number of countries shown once the typing pauses. */
const ANNOUNCE_DELAY_MS = 500;

/** One country, in every language: a change of language needs no new request and no new row. */
interface PartyRow {
  /** upper-case ISO code, the row's key */
  code: string;
  country: Country;
  status: PartyStatus;
  /** when the Protocol entered (or enters) into force for the country: the Party-since date */
  date: Date | null;
  records: number;
  ircc: number;
}

export interface PartiesTotals {
  parties: number;
  ratified: number;
  signatories: number;
  nonParties: number;
  countries: number;
}

interface PartiesData {
  rows: PartyRow[];
  totals: PartiesTotals;
}

/** A row as one language shows it, computed once per language and data, not per render. */
interface RowView {
  row: PartyRow;
  name: string;
  /** the language of `name` when it is not the element's */
  nameLang: Locale | undefined;
  /** lower-case, without accents: what the name filter compares */
  folded: string;
  dateText: string;
  dateIso: string;
  recordsHref: string;
  irccHref: string;
}

const collators = new Map<Locale, Intl.Collator>();

/** Building a collator costs far more than comparing with it; 200 names take about 1,500 comparisons. */
function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator;
}

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
@localized()
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
    task: (_args, { signal }) => this.readyToShow(this.load(signal)),
    args: () => [this.apiBase, this.appId] as const,
    onComplete: (data) => this.emitLoad({ ...data.totals }),
    onError: (error) => this.emitError(describeFailure(error)),
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

  private async load(signal: AbortSignal): Promise<PartiesData> {
    const config = this.apiConfig;
    const [countries, counts] = await Promise.all([fetchCountries(config, signal), fetchPartiesCounts(config, signal)]);
    const now = new Date();
    const rows = new Map<string, PartyRow>();
    for (const country of countries) {
      const code = country.code.toUpperCase();
      if (rows.has(code)) continue;
      const status = partyStatus(country, now);
      const found = counts.get(code.toLowerCase());
      rows.set(code, { code, country, status, date: dateOf(status), records: found?.total ?? 0, ircc: found?.bySchema[PARTIES_IRCC_SCHEMA] ?? 0 });
    }
    const list = [...rows.values()];
    const count = (kind: PartyStatus['kind']) => list.filter((row) => row.status.kind === kind).length;
    return {
      rows: list,
      totals: { parties: count('party'), ratified: count('ratified'), signatories: count('signatory'), nonParties: count('non-party'), countries: list.length },
    };
  }

  override render(): TemplateResult {
    const busy = this.data.status <= TaskStatus.PENDING;
    // tabindex -1: focus can rest on the list when the retry button it held goes away.
    return html`<section part="base" class="parties" dir=${this.direction} lang=${this.locale} aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
      <span class="visually-hidden" role="status">${busy ? msg('Loading…', { id: 'loading' }) : this.announcement()}</span>
      ${this.data.render({
        initial: () => this.renderSkeleton(),
        pending: () => this.renderSkeleton(),
        complete: (data) => this.renderList(data),
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

  private renderList(data: PartiesData): TemplateResult {
    const columns = this.shownColumns;
    const views = this.viewsOf(data);
    const sorted = this.sortedViews(views);
    const shown = this.visibleCodes(views);
    const statuses = this.statusLabels();
    return html`<p part="totals" class="totals">${this.totalsText(data.totals)}</p>
      ${this.search
        ? html`<div part="search" class="search">
            <label for="filter">${msg('Filter by country name', { id: 'parties-filter-label' })}</label>
            <input id="filter" part="search-input" type="search" autocomplete="off" .value=${live(this.filter)} @input=${this.onFilterInput} />
          </div>`
        : nothing}
      ${data.rows.length === 0
        ? html`<p part="empty" class="message">${msg('The Clearing-House lists no countries.', { id: 'parties-no-countries' })}</p>`
        : html`<table part="table" class="table">
              <caption part="caption">${msg('Countries, their status under the Nagoya Protocol and their national records', { id: 'parties-caption' })}</caption>
              <thead>
                <tr>
                  ${PARTIES_COLUMNS.map((column) => this.renderHeader(column, columns.has(column)))}
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  sorted,
                  (view) => view.row.code,
                  (view) => this.renderRow(view, columns, statuses, shown.has(view.row.code)),
                )}
              </tbody>
            </table>
            ${shown.size === 0 ? html`<p part="empty" class="message">${this.noMatchText()}</p>` : nothing}`}`;
  }

  private renderHeader(column: PartiesColumn, shown: boolean): TemplateResult {
    const label = columnLabel(column);
    const sortKey = (PARTIES_SORT_KEYS as readonly string[]).includes(column) ? (column as PartiesSortKey) : null;
    if (!sortKey) return html`<th scope="col" part="header" class="col-${column}" ?hidden=${!shown}>${label}</th>`;
    const order = this.sortOrder;
    const active = order.key === sortKey;
    const direction = active ? (order.descending ? 'descending' : 'ascending') : undefined;
    return html`<th scope="col" part="header" class="col-${column}" aria-sort=${direction ?? nothing} ?hidden=${!shown}>
      <button type="button" part="sort-button" class="sort" data-sort=${sortKey} @click=${() => this.sortBy(sortKey)}>
        <span>${label}</span><span class="sort-icon" aria-hidden="true">${direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  /**
   * One flat template per row (no nested templates): 200 rows are 200 template instances, and a
   * change of columns, filter or order only flips attributes. Cells of hidden columns stay, hidden.
   */
  private renderRow(view: RowView, columns: Set<PartiesColumn>, statuses: Record<PartyStatus['kind'], string>, visible: boolean): TemplateResult {
    const { row } = view;
    const kind = row.status.kind;
    const status = statuses[kind];
    const showDate = columns.has('date') && row.date !== null;
    const target = this.linkTarget || nothing;
    const rel = this.linkTarget ? 'noopener' : nothing;
    // A zero is a link placeholder (`<a>` without href): nothing to find on the portal.
    return html`<tr part="row" data-code=${row.code} data-status=${kind} ?hidden=${!visible}>
      <th scope="row" part="name" class="col-name" ?hidden=${!columns.has('name')}>
        <span lang=${view.nameLang ?? nothing}>${view.name}</span>
        <span part="compact" class="compact" ?hidden=${!columns.has('status') && !showDate}>
          <span class="status" data-status=${kind} ?hidden=${!columns.has('status')}>${status}</span>
          <span class="date" ?hidden=${!showDate}>${showDate ? msg(str`Entry into force: ${view.dateText}`, { id: 'parties-compact-date' }) : ''}</span>
        </span>
      </th>
      <td part="status" class="col-status status" data-status=${kind} ?hidden=${!columns.has('status')}>${status}</td>
      <td part="date" class="col-date" ?hidden=${!columns.has('date')}><time datetime=${view.dateIso || nothing}>${view.dateText}</time></td>
      <td part="records" class="col-records num" data-count=${row.records} ?hidden=${!columns.has('records')}>
        <a
          part="records-link"
          href=${row.records ? view.recordsHref : nothing}
          target=${row.records ? target : nothing}
          rel=${row.records ? rel : nothing}
          aria-label=${row.records ? this.recordsLabel(view.name, row.records) : nothing}
          >${formatNumber(row.records, this.locale)}</a
        >
      </td>
      <td part="ircc" class="col-ircc num" data-count=${row.ircc} ?hidden=${!columns.has('ircc')}>
        <a
          part="ircc-link"
          href=${row.ircc ? view.irccHref : nothing}
          target=${row.ircc ? target : nothing}
          rel=${row.ircc ? rel : nothing}
          aria-label=${row.ircc ? this.irccLabel(view.name, row.ircc) : nothing}
          >${formatNumber(row.ircc, this.locale)}</a
        >
      </td>
    </tr>`;
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
  private viewsOf(data: PartiesData): RowView[] {
    const { locale, portal } = this;
    const memo = this.viewsMemo;
    if (memo?.data === data && memo.locale === locale && memo.portal === portal) return memo.views;
    const views = data.rows.map((row): RowView => {
      const name = pickText(row.country.name, locale);
      return {
        row,
        name: name?.text ?? row.code,
        nameLang: name?.fallback ? name.lang : undefined,
        folded: fold(name?.text ?? row.code, locale),
        dateText: row.date ? formatDate(row.date, locale) : '',
        dateIso: row.date ? row.date.toISOString().slice(0, 10) : '',
        recordsHref: searchUrl(portal, locale, { country: row.code }),
        irccHref: searchUrl(portal, locale, { schema: PARTIES_IRCC_SCHEMA, country: row.code }),
      };
    });
    this.viewsMemo = { data, locale, portal, views };
    return views;
  }

  private sortedViews(views: RowView[]): RowView[] {
    const { key, descending } = this.sortOrder;
    const memo = this.sortedMemo;
    if (memo?.views === views && memo.key === key && memo.descending === descending) return memo.sorted;
    const collator = collatorFor(this.locale);
    const byName = (a: RowView, b: RowView) => collator.compare(a.name, b.name) || (a.row.code < b.row.code ? -1 : a.row.code > b.row.code ? 1 : 0);
    const sign = descending ? -1 : 1;
    const compare = (a: RowView, b: RowView): number => {
      switch (key) {
        case 'date': {
          // Countries without a date come last whichever the direction: they have nothing to compare.
          if (!a.row.date || !b.row.date) return (a.row.date ? -1 : b.row.date ? 1 : 0) || byName(a, b);
          return sign * (a.row.date.getTime() - b.row.date.getTime()) || byName(a, b);
        }
        case 'records':
          return sign * (a.row.records - b.row.records) || byName(a, b);
        default:
          return sign * byName(a, b);
      }
    };
    const sorted = [...views].sort(compare);
    this.sortedMemo = { views, key, descending, sorted };
    return sorted;
  }

  /** The codes of the rows that pass the status and name filters; the others stay in the DOM, hidden. */
  private visibleCodes(views: RowView[]): Set<string> {
    const statuses = this.shownStatuses;
    const needle = fold(this.filter.trim(), this.locale);
    const code = this.filter.trim().toUpperCase();
    return new Set(
      views
        .filter((view) => statuses.has(view.row.status.kind) && (needle === '' || view.folded.includes(needle) || view.row.code === code))
        .map((view) => view.row.code),
    );
  }

  /** Keeps `announcedCount` in step with the rows shown: at once on load or a new status, after a pause while typing. */
  private trackAnnouncement(changed: PropertyValues<this>): void {
    const data = this.data.status === TaskStatus.COMPLETE ? this.data.value : undefined;
    if (!data) return;
    const count = this.visibleCodes(this.viewsOf(data)).size;
    clearTimeout(this.announceTimer);
    if (count === this.announcedCount) return;
    if (this.announcedCount === null || !changed.has('filter')) this.announcedCount = count;
    else this.announceTimer = setTimeout(() => (this.announcedCount = count), ANNOUNCE_DELAY_MS);
  }

  private announcement(): string {
    const data = this.data.value;
    if (this.data.status !== TaskStatus.COMPLETE || !data || this.announcedCount === null) return '';
    const shown = formatNumber(this.announcedCount, this.locale);
    const total = data.totals.countries;
    const all = formatNumber(total, this.locale);
    return selectPlural(total, this.locale, {
      zero: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-zero' }),
      one: msg(str`${shown} of ${all} country shown`, { id: 'parties-shown-one' }),
      two: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-two' }),
      few: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-few' }),
      many: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-many' }),
      other: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-other' }),
    });
  }

  private noMatchText(): string {
    const filter = this.filter.trim();
    return filter
      ? msg(str`No country with the chosen status has a name containing “${filter}”.`, { id: 'parties-no-match' })
      : msg('No country has the chosen status.', { id: 'parties-no-status-match' });
  }

  private statusLabels(): Record<PartyStatus['kind'], string> {
    return {
      party: msg('Party', { id: 'parties-status-party' }),
      ratified: msg('Ratified, not yet in force', { id: 'parties-status-ratified' }),
      signatory: msg('Signatory', { id: 'parties-status-signatory' }),
      'non-party': msg('Not a Party', { id: 'parties-status-non-party' }),
    };
  }

  private totalsText(totals: PartiesTotals): string {
    const parties = formatNumber(totals.parties, this.locale);
    const ratified = formatNumber(totals.ratified, this.locale);
    const signatories = formatNumber(totals.signatories, this.locale);
    const partiesText = selectPlural(totals.parties, this.locale, {
      zero: msg(str`${parties} Parties`, { id: 'parties-total-parties-zero' }),
      one: msg(str`${parties} Party`, { id: 'parties-total-parties-one' }),
      two: msg(str`${parties} Parties`, { id: 'parties-total-parties-two' }),
      few: msg(str`${parties} Parties`, { id: 'parties-total-parties-few' }),
      many: msg(str`${parties} Parties`, { id: 'parties-total-parties-many' }),
      other: msg(str`${parties} Parties`, { id: 'parties-total-parties-other' }),
    });
    const ratifiedText = selectPlural(totals.ratified, this.locale, {
      zero: msg(str`${ratified} ratified, not yet in force`, { id: 'parties-total-ratified-zero' }),
      one: msg(str`${ratified} ratified, not yet in force`, { id: 'parties-total-ratified-one' }),
      two: msg(str`${ratified} ratified, not yet in force`, { id: 'parties-total-ratified-two' }),
      few: msg(str`${ratified} ratified, not yet in force`, { id: 'parties-total-ratified-few' }),
      many: msg(str`${ratified} ratified, not yet in force`, { id: 'parties-total-ratified-many' }),
      other: msg(str`${ratified} ratified, not yet in force`, { id: 'parties-total-ratified-other' }),
    });
    const signatoriesText = selectPlural(totals.signatories, this.locale, {
      zero: msg(str`${signatories} signatories`, { id: 'parties-total-signatories-zero' }),
      one: msg(str`${signatories} signatory`, { id: 'parties-total-signatories-one' }),
      two: msg(str`${signatories} signatories`, { id: 'parties-total-signatories-two' }),
      few: msg(str`${signatories} signatories`, { id: 'parties-total-signatories-few' }),
      many: msg(str`${signatories} signatories`, { id: 'parties-total-signatories-many' }),
      other: msg(str`${signatories} signatories`, { id: 'parties-total-signatories-other' }),
    });
    // One sentence with three places: the translator chooses the separator and the order.
    return msg(str`${partiesText} · ${ratifiedText} · ${signatoriesText}`, { id: 'parties-totals' });
  }

  private recordsLabel(country: string, count: number): string {
    const n = formatNumber(count, this.locale);
    return selectPlural(count, this.locale, {
      zero: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-zero' }),
      one: msg(str`${country}: ${n} national record`, { id: 'parties-records-link-one' }),
      two: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-two' }),
      few: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-few' }),
      many: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-many' }),
      other: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-other' }),
    });
  }

  private irccLabel(country: string, count: number): string {
    const n = formatNumber(count, this.locale);
    return selectPlural(count, this.locale, {
      zero: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-zero' }),
      one: msg(str`${country}: ${n} certificate of compliance (IRCC)`, { id: 'parties-ircc-link-one' }),
      two: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-two' }),
      few: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-few' }),
      many: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-many' }),
      other: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-other' }),
    });
  }
}

function columnLabel(column: PartiesColumn): string {
  switch (column) {
    case 'name':
      return msg('Country', { id: 'parties-column-name' });
    case 'status':
      return msg('Status', { id: 'parties-column-status' });
    case 'date':
      return msg('Entry into force', { id: 'parties-column-date' });
    case 'records':
      return msg('National records', { id: 'parties-column-records' });
    default:
      return msg('Certificates (IRCC)', { id: 'parties-column-ircc' });
  }
}

/** When the Protocol entered into force for a Party (its Party-since date), or will for a ratification. */
function dateOf(status: PartyStatus): Date | null {
  if (status.kind === 'party') return status.since;
  if (status.kind === 'ratified') return status.entryIntoForce;
  return null;
}

/** Lower-case without accents or other marks, so that “cote” finds Côte d’Ivoire. */
function fold(text: string, locale: Locale): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

function knownWords<T extends string>(value: string, known: readonly T[]): T[] {
  return attributeWords(value.toLowerCase()).filter((word): word is T => (known as readonly string[]).includes(word));
}

function parseSort(value: string): SortOrder | null {
  const match = /^(-?)([a-z]+)$/.exec(value.trim().toLowerCase());
  if (!match || !(PARTIES_SORT_KEYS as readonly string[]).includes(match[2])) return null;
  return { key: match[2] as PartiesSortKey, descending: match[1] === '-' };
}

