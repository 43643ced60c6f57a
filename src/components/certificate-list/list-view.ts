/**
 * What <absch-certificate-list> draws a loaded page with: the summary (the total, the counts by
 * usage, the export button), the table or the message for an empty list, and the pager. A chunk of
 * its own, loaded beside the first page's request (base/lazy-module.ts). The filter controls come
 * in the same chunk: only a list with `filters` draws them, at once, so it asks for the chunk at once;
 * and so does the export's controller, whose button only this view draws.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Usage } from '../../api/queries/certificates.js';
import { formatNumber } from '../../i18n/format.js';
import { renderExport } from './export-button.js';
import type { ExportControl } from './export-controller.js';
import { activeFilters, countryNames, totalText, usageName } from './labels.js';
import type { ListResult } from './load.js';
import { renderPager } from './pager.js';
import { renderTable, type TableContext } from './table.js';

export { ExportController } from './export-controller.js';
export { FilterControls } from './filters.js';

/** What the view reads and calls on the element. */
export interface ListHost extends TableContext {
  /** the page drawn is the last one shown, dimmed while the next one loads */
  dimmed: boolean;
  /** the CSV export, when the element has `export` */
  exporter?: ExportControl;
  /** shows another page (the current one included: a press on it changes nothing) */
  goTo(page: number): void;
  /** the empty message's button: clears every filter but the country */
  clearFilters(): void;
}

/** The status region's sentence when a page has loaded: the total, and the page when there are several. */
export function announce(result: ListResult, host: ListHost): string {
  const total = totalText(result.total, host.locale);
  return result.pages > 1
    ? msg(str`${total}. Page ${formatNumber(result.page, host.locale)} of ${formatNumber(result.pages, host.locale)}.`, { id: 'certs-status-paged' })
    : total;
}

export function render(result: ListResult, host: ListHost): TemplateResult {
  return html`${renderSummary(result, host)}
  ${result.total === 0
    ? renderEmpty(result, host)
    : html`${renderTable(result, host.dimmed, host)} ${result.pages > 1 ? renderPager(result.page, result.pages, host.locale, host.goTo) : nothing}`}`;
}

function renderSummary(result: ListResult, host: ListHost): TemplateResult {
  const counts: [Usage, number][] = [
    ['commercial', result.counts.commercial],
    ['non-commercial', result.counts.nonCommercial],
    ['confidential', result.counts.confidential],
  ];
  // A certificate can be for both commercial and non-commercial use: the counts are then no breakdown of the total.
  const overlap = counts.reduce((sum, [, n]) => sum + n, 0) > result.total;
  return html`<div part="summary" class="summary">
    <p part="total" class="total">${totalText(result.total, host.locale)}</p>
    ${result.total > 0
      ? html`<dl part="counts" class="counts">
          ${counts.map(
            ([usage, n]) => html`<div class="count" data-usage=${usage}>
              <dt>${usageName(usage)}</dt>
              <dd>${formatNumber(n, host.locale)}</dd>
            </div>`,
          )}
        </dl>`
      : nothing}
    ${overlap
      ? html`<p part="counts-note" class="counts-note">
          ${msg('A certificate for both commercial and non-commercial use counts under each.', { id: 'certs-counts-overlap' })}
        </p>`
      : nothing}
    ${host.exporter ? renderExport(host.exporter, result.total, host.locale) : nothing}
  </div>`;
}

/** No certificate: for the countries of the list, or for the filters in force, with a button that clears them. */
function renderEmpty(result: ListResult, host: ListHost): TemplateResult {
  const { filters } = result.request;
  const active = activeFilters(filters, host.locale);
  const countries = countryNames(filters.governments, host.locale);
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
    <p><button type="button" part="clear" @click=${host.clearFilters}>${msg('Clear the filters', { id: 'certs-clear-filters' })}</button></p>
  </div>`;
}
