/**
 * What <absch-parties-list> draws a loaded list with: the rows in the element's language, their
 * order and filters (memoized here, since they are the view's own derived state), the table and the
 * words around it. A chunk of its own, loaded beside the list's requests (base/lazy-module.ts).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { PartyStatus } from '../../api/party-status.js';
import { searchUrl } from '../../api/portal-links.js';
import { PARTIES_IRCC_SCHEMA } from '../../api/queries/parties.js';
import { instrumentName } from '../../data/instrument-names.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText } from '../../i18n/lstring.js';
import { selectPlural } from '../../i18n/plural.js';
import {
  PARTIES_COLUMNS,
  PARTIES_SORT_KEYS,
  type PartiesColumn,
  type PartiesData,
  type PartiesSortKey,
  type PartiesStatus,
  type PartiesTotals,
  type PartyRow,
  type SortOrder,
} from './parties-data.js';
import { pendingLabel } from './pending-label.js';

/** What the view reads and calls on its element: the element's attributes and UI state, and its handlers. */
export interface TableHost {
  locale: Locale;
  portal: string;
  columns: Set<PartiesColumn>;
  statuses: Set<PartiesStatus>;
  sortOrder: SortOrder;
  /** whether the name filter box is shown */
  search: boolean;
  filter: string;
  linkTarget: string;
  onFilterInput: (event: InputEvent) => void;
  sortBy: (key: PartiesSortKey) => void;
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

/**
 * The rows of each loaded list as last drawn, each with what it was derived from: a new language
 * redoes the names, a new order only the sort, a key typed in the search box only the filter.
 */
interface Derived {
  views: { locale: Locale; portal: string; views: RowView[] };
  sorted?: { views: RowView[]; key: PartiesSortKey; descending: boolean; sorted: RowView[] };
  shown?: { views: RowView[]; statuses: string; filter: string; shown: Set<string> };
}

const derived = new WeakMap<PartiesData, Derived>();

/** Names and dates in the host's language, folded names for the filter: once per data, language and portal. */
function derivedOf(data: PartiesData, { locale, portal }: TableHost): Derived {
  const memo = derived.get(data);
  if (memo?.views.locale === locale && memo.views.portal === portal) return memo;
  const fresh: Derived = { views: { locale, portal, views: rowViews(data.rows, locale, portal) } };
  derived.set(data, fresh);
  return fresh;
}

/** The rows in the host's order, hidden ones included. */
function sortedRows(data: PartiesData, host: TableHost): RowView[] {
  const memo = derivedOf(data, host);
  const { views } = memo.views;
  const { key, descending } = host.sortOrder;
  if (memo.sorted?.views === views && memo.sorted.key === key && memo.sorted.descending === descending) return memo.sorted.sorted;
  memo.sorted = { views, key, descending, sorted: sortViews(views, host.sortOrder, host.locale) };
  return memo.sorted.sorted;
}

/** The codes of the rows that pass the host's status and name filters. */
function shownCodes(data: PartiesData, host: TableHost): Set<string> {
  const memo = derivedOf(data, host);
  const { views } = memo.views;
  const statuses = [...host.statuses].sort().join(' ');
  if (memo.shown?.views === views && memo.shown.statuses === statuses && memo.shown.filter === host.filter) return memo.shown.shown;
  memo.shown = { views, statuses, filter: host.filter, shown: visibleCodes(views, host.statuses, host.filter, host.locale) };
  return memo.shown.shown;
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

function rowViews(rows: PartyRow[], locale: Locale, portal: string): RowView[] {
  return rows.map((row): RowView => {
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
}

function sortViews(views: RowView[], { key, descending }: SortOrder, locale: Locale): RowView[] {
  const collator = collatorFor(locale);
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
  return [...views].sort(compare);
}

/** The codes of the rows that pass the status and name filters; the others stay in the DOM, hidden. */
function visibleCodes(views: RowView[], statuses: Set<PartiesStatus>, filter: string, locale: Locale): Set<string> {
  const needle = fold(filter.trim(), locale);
  const code = filter.trim().toUpperCase();
  return new Set(
    views
      .filter((view) => statuses.has(view.row.status.kind) && (needle === '' || view.folded.includes(needle) || view.row.code === code))
      .map((view) => view.row.code),
  );
}

/** The status region's sentence: how many of the countries the host's filters show. */
export function announce(data: PartiesData, host: TableHost): string {
  const shown = formatNumber(shownCodes(data, host).size, host.locale);
  const total = data.totals.countries;
  const all = formatNumber(total, host.locale);
  return selectPlural(total, host.locale, {
    zero: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-zero' }),
    one: msg(str`${shown} of ${all} country shown`, { id: 'parties-shown-one' }),
    two: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-two' }),
    few: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-few' }),
    many: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-many' }),
    other: msg(str`${shown} of ${all} countries shown`, { id: 'parties-shown-other' }),
  });
}

export function render(data: PartiesData, host: TableHost): TemplateResult {
  const { columns } = host;
  const shown = shownCodes(data, host);
  return html`<p part="totals" class="totals">${totalsText(data.totals, host.locale)}</p>
    ${host.search
      ? html`<div part="search" class="search">
          <label for="filter">${msg('Filter by country name', { id: 'parties-filter-label' })}</label>
          <input id="filter" part="search-input" type="search" autocomplete="off" .value=${live(host.filter)} @input=${host.onFilterInput} />
        </div>`
      : nothing}
    ${data.rows.length === 0
      ? html`<p part="empty" class="message">${msg('The Clearing-House lists no countries.', { id: 'parties-no-countries' })}</p>`
      : html`<table part="table" class="table">
            <caption part="caption">${msg('Countries, their status under the Nagoya Protocol and their national records', { id: 'parties-caption' })}</caption>
            <thead>
              <tr>
                ${PARTIES_COLUMNS.map((column) => renderHeader(column, columns.has(column), host))}
              </tr>
            </thead>
            <tbody>
              ${repeat(
                sortedRows(data, host),
                (view) => view.row.code,
                (view) => renderRow(view, shown.has(view.row.code), host),
              )}
            </tbody>
          </table>
          ${shown.size === 0 ? html`<p part="empty" class="message">${noMatchText(host.filter)}</p>` : nothing}`}`;
}

function renderHeader(column: PartiesColumn, shown: boolean, host: TableHost): TemplateResult {
  const label = columnLabel(column);
  const sortKey = (PARTIES_SORT_KEYS as readonly string[]).includes(column) ? (column as PartiesSortKey) : null;
  if (!sortKey) return html`<th scope="col" part="header" class="col-${column}" ?hidden=${!shown}>${label}</th>`;
  const order = host.sortOrder;
  const active = order.key === sortKey;
  const direction = active ? (order.descending ? 'descending' : 'ascending') : undefined;
  return html`<th scope="col" part="header" class="col-${column}" aria-sort=${direction ?? nothing} ?hidden=${!shown}>
    <button type="button" part="sort-button" class="sort" data-sort=${sortKey} @click=${() => host.sortBy(sortKey)}>
      <span>${label}</span><span class="sort-icon" aria-hidden="true">${direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
    </button>
  </th>`;
}

/**
 * One flat template per row (no nested templates): 200 rows are 200 template instances, and a
 * change of columns, filter or order only flips attributes. Cells of hidden columns stay, hidden.
 */
function renderRow(view: RowView, visible: boolean, host: TableHost): TemplateResult {
  const { columns, locale, linkTarget } = host;
  const { row } = view;
  const kind = row.status.kind;
  const status = statusLabel(row.status);
  const showDate = columns.has('date') && row.date !== null;
  const target = linkTarget || nothing;
  const rel = linkTarget ? 'noopener' : nothing;
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
        aria-label=${row.records ? recordsLabel(view.name, row.records, locale) : nothing}
        >${formatNumber(row.records, locale)}</a
      >
    </td>
    <td part="ircc" class="col-ircc num" data-count=${row.ircc} ?hidden=${!columns.has('ircc')}>
      <a
        part="ircc-link"
        href=${row.ircc ? view.irccHref : nothing}
        target=${row.ircc ? target : nothing}
        rel=${row.ircc ? rel : nothing}
        aria-label=${row.ircc ? irccLabel(view.name, row.ircc, locale) : nothing}
        >${formatNumber(row.ircc, locale)}</a
      >
    </td>
  </tr>`;
}

function noMatchText(filterText: string): string {
  const filter = filterText.trim();
  return filter
    ? msg(str`No country with the chosen status has a name containing “${filter}”.`, { id: 'parties-no-match' })
    : msg('No country has the chosen status.', { id: 'parties-no-status-match' });
}

/** The status cell: for a Party or a country about to become one, the instrument its treaty record names. */
function statusLabel(status: PartyStatus): string {
  switch (status.kind) {
    case 'party':
      return status.instrument
        ? msg(str`Party (${instrumentName(status.instrument)})`, { id: 'parties-status-party-by' })
        : msg('Party', { id: 'parties-status-party' });
    case 'ratified':
      return pendingLabel(status.instrument);
    case 'signatory':
      return msg('Signatory', { id: 'parties-status-signatory' });
    default:
      return msg('Not a Party', { id: 'parties-status-non-party' });
  }
}

export function totalsText(totals: PartiesTotals, locale: Locale): string {
  const parties = formatNumber(totals.parties, locale);
  const ratified = formatNumber(totals.ratified, locale);
  const signatories = formatNumber(totals.signatories, locale);
  const partiesText = selectPlural(totals.parties, locale, {
    zero: msg(str`${parties} Parties`, { id: 'parties-total-parties-zero' }),
    one: msg(str`${parties} Party`, { id: 'parties-total-parties-one' }),
    two: msg(str`${parties} Parties`, { id: 'parties-total-parties-two' }),
    few: msg(str`${parties} Parties`, { id: 'parties-total-parties-few' }),
    many: msg(str`${parties} Parties`, { id: 'parties-total-parties-many' }),
    other: msg(str`${parties} Parties`, { id: 'parties-total-parties-other' }),
  });
  const ratifiedText = selectPlural(totals.ratified, locale, {
    zero: msg(str`${ratified} awaiting entry into force`, { id: 'parties-total-pending-zero' }),
    one: msg(str`${ratified} awaiting entry into force`, { id: 'parties-total-pending-one' }),
    two: msg(str`${ratified} awaiting entry into force`, { id: 'parties-total-pending-two' }),
    few: msg(str`${ratified} awaiting entry into force`, { id: 'parties-total-pending-few' }),
    many: msg(str`${ratified} awaiting entry into force`, { id: 'parties-total-pending-many' }),
    other: msg(str`${ratified} awaiting entry into force`, { id: 'parties-total-pending-other' }),
  });
  const signatoriesText = selectPlural(totals.signatories, locale, {
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

function recordsLabel(country: string, count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return selectPlural(count, locale, {
    zero: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-zero' }),
    one: msg(str`${country}: ${n} national record`, { id: 'parties-records-link-one' }),
    two: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-two' }),
    few: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-few' }),
    many: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-many' }),
    other: msg(str`${country}: ${n} national records`, { id: 'parties-records-link-other' }),
  });
}

function irccLabel(country: string, count: number, locale: Locale): string {
  const n = formatNumber(count, locale);
  return selectPlural(count, locale, {
    zero: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-zero' }),
    one: msg(str`${country}: ${n} certificate of compliance (IRCC)`, { id: 'parties-ircc-link-one' }),
    two: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-two' }),
    few: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-few' }),
    many: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-many' }),
    other: msg(str`${country}: ${n} certificates of compliance (IRCC)`, { id: 'parties-ircc-link-other' }),
  });
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

/** Lower-case without accents or other marks, so that “cote” finds Côte d’Ivoire. */
function fold(text: string, locale: Locale): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}
