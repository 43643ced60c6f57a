/**
 * What <absch-stats> draws a loaded chart with: the model in the element's language (memoized here,
 * since it is the view's own derived state), the SVG bars, the table and the downloads. A chunk of
 * its own, loaded beside the chart's requests (base/lazy-module.ts).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { officialNamesArrived } from '../../data/official-names.js';
import { formatNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { barChart, swatch, type LabelBox } from './bar-chart.js';
import { chartModel, formatShare, type ChartModel } from './chart-model.js';
import { standaloneSvg, statsCsv } from './csv.js';
import type { StatsData } from './stats-data.js';

/** What the view reads and calls on its element. */
export interface ChartHost {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  /** at most this many categories, then one "Other" bar (0: all) */
  limit: number;
  showTable: boolean;
  /** the chart's title: the heading, the table's caption, the SVG file's title */
  title: string;
  toggleTable: () => void;
  /** the bar that holds the chart's tab stop */
  activeBar: string;
  onActiveBar: (key: string) => void;
  /** the width and font that bar labels must fit, once the element has measured them */
  labelBox?: LabelBox;
  /** fires `absch-export` and saves the file */
  download: (filename: string, blob: Blob, total: number) => void;
}

/** The last model drawn from each data, with what it was drawn for. */
const models = new WeakMap<StatsData, { locale: Locale; limit: number; names: number; model: ChartModel }>();

function modelOf(data: StatsData, { locale, limit }: ChartHost): ChartModel {
  // Record-type and subject names of the locale may arrive after the data: the model is redone then.
  const names = officialNamesArrived();
  const memo = models.get(data);
  if (memo?.locale === locale && memo.limit === limit && memo.names === names) return memo.model;
  const model = chartModel(data, locale, limit);
  models.set(data, { locale, limit, names, model });
  return model;
}

/** The status region's sentence when a chart has loaded. */
export function announce(_data: StatsData, host: ChartHost): string {
  const title = host.title;
  return msg(str`Chart loaded: ${title}.`, { id: 'stats-loaded' });
}

/** The summary, legend, bars, buttons and the table of a loaded chart. */
export function render(data: StatsData, host: ChartHost): TemplateResult {
  const model = modelOf(data, host);
  if (model.bars.every((bar) => bar.values.every((value) => value === 0))) {
    return html`<p part="empty" class="message">${msg('The Clearing-House has no published records to count for this chart.', { id: 'stats-empty' })}</p>`;
  }
  // Read now, in the element's language: the download runs later, outside its render.
  const shareHeading = msg('Share (%)', { id: 'stats-share-percent' });
  return html`<p part="summary" id="summary" class="summary">${model.summary}</p>
    ${model.series.length > 1
      ? html`<ul part="legend" class="legend">
          ${model.series.map((label, i) => html`<li>${swatch(i)}<span>${label}</span></li>`)}
        </ul>`
      : nothing}
    ${barChart(model, { dir: host.dir, labelledBy: 'title summary', activeKey: host.activeBar, onActive: host.onActiveBar, labelBox: host.labelBox })}
    <div part="actions" class="actions">
      <button type="button" part="table-toggle" aria-expanded=${host.showTable ? 'true' : 'false'} aria-controls="table" @click=${host.toggleTable}>
        ${host.showTable ? msg('Hide the table', { id: 'stats-hide-table' }) : msg('Show as table', { id: 'stats-show-table' })}
      </button>
      <button type="button" part="download-csv" @click=${() => downloadCsv(model, host, shareHeading)}>${msg('Download CSV', { id: 'stats-download-csv' })}</button>
      <button type="button" part="download-svg" @click=${(event: Event) => downloadSvg(model, host, event.currentTarget as Element)}>
        ${msg('Download SVG', { id: 'stats-download-svg' })}
      </button>
    </div>
    ${renderTable(model, host)}`;
}

function renderTable(model: ChartModel, host: ChartHost): TemplateResult {
  const n = (value: number) => formatNumber(value, host.locale);
  return html`<table part="table" id="table" class="table" ?hidden=${!host.showTable}>
    <caption>${host.title}</caption>
    <thead>
      <tr>
        <th scope="col">${model.category}</th>
        ${model.series.map((label) => html`<th scope="col" class="num">${label}</th>`)}
        ${model.shares ? html`<th scope="col" class="num">${msg('Share', { id: 'stats-share' })}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${model.bars.map(
        (bar) => html`<tr data-key=${bar.key}>
          <th scope="row" lang=${bar.lang ?? nothing}>${bar.label}</th>
          ${bar.values.map((value) => html`<td class="num" data-count=${value}>${n(value)}</td>`)}
          ${model.shares ? html`<td class="num">${formatShare(bar.share ?? 0, host.locale)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">${model.totalLabel}</th>
        ${model.totals.map((value) => html`<td class="num" data-count=${value}>${n(value)}</td>`)}
        ${model.shares ? html`<td class="num"></td>` : nothing}
      </tr>
    </tfoot>
  </table>`;
}

function downloadCsv(model: ChartModel, host: ChartHost, shareHeading: string): void {
  const csv = statsCsv(model, shareHeading);
  host.download(`absch-${model.view}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }), model.bars.length);
}

/** Saves the chart drawn beside `button`, in the same shadow root. */
function downloadSvg(model: ChartModel, host: ChartHost, button: Element): void {
  const chart = (button.getRootNode() as ParentNode).querySelector<SVGSVGElement>('svg[part=chart]');
  if (!chart) return;
  const text = standaloneSvg(chart, host.title, model.summary);
  host.download(`absch-${model.view}.svg`, new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), model.bars.length);
}
