/**
 * The table's columns, which the grey skeleton shows while the first page loads, before the
 * table's own code (list-view.ts) has arrived; the skeleton itself.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { ListRequest } from './attributes.js';

export interface Column {
  key: string;
  label: string;
  /** aria-sort of the column the list is sorted by */
  sort?: 'ascending' | 'descending';
}

export const showsCountry = (request: ListRequest): boolean => request.filters.governments.length !== 1;

/** The country column only when the list can hold more than one country. */
export function columns(request: ListRequest): Column[] {
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

/** The table's wrapper: with a country column the table needs more room before it leaves cards (certificate-list.styles.ts). */
export const tableWrapClass = (request: ListRequest): string => (showsCountry(request) ? 'table-wrap with-country' : 'table-wrap');

/** The layout of the final summary and table, in grey: nothing jumps when the data arrives. */
export function renderSkeleton(request: ListRequest): TemplateResult {
  const cols = columns(request);
  const rows = Array.from({ length: request.pageSize }, (_, i) => i);
  return html`<div part="summary" class="summary" aria-hidden="true"><span class="skeleton total-line"></span></div>
    <div class=${tableWrapClass(request)} aria-hidden="true">
    <table class="skeleton-table">
      <thead>
        <tr>
          ${cols.map((column) => html`<th class=${`col-${column.key}`}>${column.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(() => html`<tr>${cols.map((column) => html`<td class=${`col-${column.key}`} data-label=${column.label}><span class="skeleton"></span></td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}

/**
 * The filter controls' places, in grey, until the view chunk that draws them arrives: each as large
 * as its control (certificate-list.styles.ts), so that they wrap as the controls do and the list
 * below does not move when they appear.
 */
export function renderFiltersPlaceholder(): TemplateResult {
  return html`<div part="filters" class="filters" aria-hidden="true">
    ${FILTER_PLACES.map((place) => html`<span class=${`skeleton ${place}`}></span>`)}
  </div>`;
}

const FILTER_PLACES = ['query', 'usage', 'subject', 'dates', 'sort', 'actions'] as const;
