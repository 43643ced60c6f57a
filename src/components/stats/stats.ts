import { attributeWords } from '../../base/attribute-values.js';
import { downloadBlob, offerExport } from '../../base/download.js';
import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NATIONAL_SCHEMAS } from '../../api/fields.js';
import { PURPOSES, REFERENCE_SCHEMAS, STATS_VIEWS, irccYears, type StatsFilters, type StatsView } from '../../api/queries/stats.js';
import type { AbschLoadDetail } from '../../base/events.js';
import { heading, headingLevel } from '../../base/heading.js';
import { lazyModule } from '../../base/lazy-module.js';
import { InputProblem, describeFailure, invalidInput, type Failure } from '../../base/messages.js';
import { baseStyles } from '../../base/styles.js';
import { tableStyles } from '../../base/table-styles.js';
import { AbschViewElement } from '../../base/view-element.js';
import type { ChartHost } from './chart-view.js';
import { chartTitle, loadStats, type StatsData } from './stats-data.js';
import type { LabelBox } from './bar-chart.js';
import { CHART_FONT_REM, statsStyles } from './stats.styles.js';

const chartView = lazyModule(() => import('./chart-view.js'));

const DEFAULT_VIEW: StatsView = 'records-by-type';
const COUNTRY_CODE = /^[a-z]{2}$/;
const YEAR = /^\d{4}$/;
/** Grey bars in the skeleton, of these lengths, the last one repeated (classes, not inline styles: strict CSP). */
const SKELETON_BARS = [6, 4, 3, 2, 2, 1];
/** Bars of a ranked chart without `limit`, in the skeleton: about as many governments as issue certificates. */
const SKELETON_RANKED_BARS = 10;

/** What a chart's load depends on (see `loadArgs`). */
type StatsArgs = readonly [view: StatsView, country: string, from: string, to: string, ...config: unknown[]];

/**
 * The Clearing-House's figures as a chart: published records per type, governments publishing
 * each type, certificates of compliance per country, purpose, subject matter or year, checkpoint
 * communiqués per country. Each chart has a title, a one-sentence summary, bars that the keyboard
 * reaches (one tab stop, arrow keys from bar to bar, each reading its label and value), a "Show as table" toggle revealing the same numbers
 * as a table, and downloads of the numbers (CSV) and of the picture (SVG). One index request per
 * chart (`rows=0` with facets), plus the countries list (shared with every element) where the chart
 * names governments or needs their Party status.
 *
 * @tag absch-stats
 * @summary Clearing-House statistics as an accessible bar chart with a table and downloads.
 *
 * @fires absch-load - The chart is shown. `detail`: `{view, totals, items}` (`totals`: one count per series; `items`: `[{key, values}]`, every category before `limit`).
 * @fires absch-error - Loading failed or the attributes say nothing usable. `detail`: `{status, kind, message}`.
 * @fires absch-export - Cancelable. A file (CSV or SVG) is ready. `detail`: `{filename, total, blob}` (`total`: the bars); cancel it to handle the file yourself instead of downloading it.
 *
 * @csspart base - The whole element.
 * @csspart title - The chart's title (a heading).
 * @csspart summary - The one-sentence summary under the title.
 * @csspart legend - The legend of a chart with two series.
 * @csspart chart - The SVG picture.
 * @csspart bar - One bar (an SVG group: label, bar, value).
 * @csspart actions - The row of buttons.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart download-csv - The CSV download button.
 * @csspart download-svg - The SVG download button.
 * @csspart table - The table of the same numbers.
 * @csspart empty - The message shown when there is nothing to count.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssprop [--absch-chart-1=#0072B2] - First series colour (Okabe–Ito blue).
 * @cssprop [--absch-chart-2=#D55E00] - Second series colour (Okabe–Ito vermillion).
 * @cssprop [--absch-chart-3=#009E73] - Third series colour (Okabe–Ito bluish green).
 * @cssprop [--absch-chart-4=#CC79A7] - Fourth series colour (Okabe–Ito reddish purple).
 */
export class AbschStats extends AbschViewElement<StatsArgs, StatsData, ChartHost> {
  static override styles = [baseStyles, tableStyles, statsStyles];

  /**
   * Which figures: `records-by-type`, `publishers-by-type`, `ircc-by-country`, `ircc-by-purpose`,
   * `ircc-by-subject`, `ircc-by-year`, `cpc-by-country`. Default: `records-by-type`.
   */
  @property() view = '';

  /** Counts only these governments: ISO alpha-2 codes (or `EU`), space- or comma-separated. Default: all. */
  @property() country = '';

  /** Shows at most this many categories, largest first, and one "Other" bar for the rest (country and subject views). Default: all. */
  @property() limit = '';

  /** `records-by-type`: also counts the records first published from this year (inclusive) beside the totals. */
  @property() from = '';

  /** `records-by-type`: also counts the records first published until this year (inclusive) beside the totals. */
  @property() to = '';

  /** Replaces the chart's title. */
  @property() heading = '';

  /** The level of the chart's title, 1 to 6, so that it fits under the page's own headings. Default: 2. */
  @property({ attribute: 'heading-level' }) headingLevel = '';

  /** Shows the table of numbers from the start (the toggle button flips it). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  protected readonly viewModule = chartView;

  protected readonly baseClass = 'stats';

  /** The bar that holds the chart's one tab stop: the last one the keyboard was on. */
  @state() private activeBar = '';

  /** The width and font that bar labels must fit (SVG text does not wrap): measured, and again when the element is resized. */
  @state() private labelBox: LabelBox | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured in a task of its own: a re-render inside the callback would be a ResizeObserver loop
    // (an error event on the host page).
    this.resizeObserver = new ResizeObserver(([entry]) => {
      clearTimeout(this.resizeTimer);
      this.resizeTimer = setTimeout(() => this.measureLabels(entry.contentRect.width));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    clearTimeout(this.resizeTimer);
  }

  private measureLabels(width: number): void {
    // hidden (display: none): keep the last layout
    if (width === 0) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const font = `${CHART_FONT_REM * rem}px ${getComputedStyle(this).fontFamily}`;
    if (width !== this.labelBox?.width || font !== this.labelBox.font) this.labelBox = { width, font };
  }

  // apiBase, appId and realm are arguments only so that changing them loads again.
  protected loadArgs() {
    return [this.shownView, this.country, this.from, this.to, this.apiBase, this.appId, this.realm] as const;
  }

  private get shownView(): StatsView {
    const view = this.view.trim().toLowerCase();
    return (STATS_VIEWS as readonly string[]).includes(view) ? (view as StatsView) : DEFAULT_VIEW;
  }

  private get shownLimit(): number {
    const value = Number(this.limit);
    return this.limit.trim() !== '' && Number.isInteger(value) && value > 0 ? value : 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) headingLevel(this.headingLevel, 2, this.localName);
    if (changed.has('view') && this.view.trim() !== '' && this.shownView !== this.view.trim().toLowerCase()) {
      console.warn(`<absch-stats>: view="${this.view}" is unknown; known: ${STATS_VIEWS.join(', ')}. Showing ${DEFAULT_VIEW}.`);
    }
    if (changed.has('limit') && this.limit.trim() !== '' && this.shownLimit === 0) {
      console.warn(`<absch-stats>: limit="${this.limit}" is not a whole number above 0; showing every category.`);
    }
    if (changed.has('country')) {
      const bad = attributeWords(this.country.toLowerCase()).filter((word) => !COUNTRY_CODE.test(word));
      if (bad.length) console.warn(`<absch-stats>: country has values that are not two-letter codes (${bad.join(', ')}); they are ignored.`);
    }
    for (const name of ['from', 'to'] as const) {
      if (changed.has(name) && this[name].trim() !== '' && parseYear(this[name]) === undefined) {
        console.warn(`<absch-stats>: ${name}="${this[name]}" is not a year such as 2019; it is ignored.`);
      }
    }
  }

  protected async loadData([view, countryText, fromText, toText]: StatsArgs, signal: AbortSignal): Promise<StatsData> {
    const given = attributeWords(countryText.toLowerCase());
    const governments = given.filter((word) => COUNTRY_CODE.test(word));
    if (given.length && !governments.length) throw new InputProblem(countryText);
    let from = parseYear(fromText);
    let to = parseYear(toText);
    if (from !== undefined && to !== undefined && from > to) {
      console.warn(`<absch-stats>: from="${fromText}" is after to="${toText}"; using them the other way round.`);
      [from, to] = [to, from];
    }
    const filters: StatsFilters = { governments: [...new Set(governments)], ...(view === 'records-by-type' ? { from, to } : {}) };
    return loadStats(view, filters, this.apiConfig, new Date(), signal);
  }

  protected override failureOf(error: unknown): Failure {
    if (error instanceof InputProblem) {
      const given = this.country.trim();
      return invalidInput(msg(str`“${given}” holds no two-letter country code, such as “ke” for Kenya.`, { id: 'stats-bad-country' }));
    }
    return describeFailure(error);
  }

  private get titleText(): string {
    if (this.heading.trim()) return this.heading.trim();
    return chartTitle(this.shownView);
  }

  /** The title is known before the data: it is drawn at once and stays through loading and failure. */
  protected override renderBefore(): TemplateResult {
    return heading(headingLevel(this.headingLevel, 2), 0, { part: 'title', id: 'title' }, this.titleText);
  }

  protected override get labelledBy(): string {
    return 'title';
  }

  /**
   * The layout of the final chart, in grey, as tall as the chart: as many bars as the view will have
   * where it says so before the data (the record types, the years, `limit` and "Other"), rows as
   * bar-chart.ts draws them, the legend of two series, and the buttons.
   */
  protected renderSkeleton(): TemplateResult {
    const view = this.shownView;
    const period = view === 'records-by-type' && (parseYear(this.from) ?? parseYear(this.to)) !== undefined;
    const bars = Array.from({ length: this.expectedBars }, (_, i) => SKELETON_BARS[Math.min(i, SKELETON_BARS.length - 1)]);
    return html`<div class="skeleton-chart" aria-hidden="true">
      <span class="skeleton summary-line"></span>
      ${period || view === 'publishers-by-type' ? html`<span class="skeleton legend-line"></span>` : nothing}
      <div class=${period ? 'skeleton-bars grouped' : 'skeleton-bars'}>
        ${bars.map((size) => html`<span class="skeleton label-line"></span><span class="skeleton bar-line size-${size}"></span>`)}
      </div>
      <span class="skeleton actions-line"></span>
    </div>`;
  }

  /** How many bars the chart will have, as far as its view says before the data (types without records have none). */
  private get expectedBars(): number {
    switch (this.shownView) {
      case 'records-by-type':
        return NATIONAL_SCHEMAS.length + REFERENCE_SCHEMAS.length;
      case 'publishers-by-type':
        return NATIONAL_SCHEMAS.length;
      case 'ircc-by-purpose':
        return PURPOSES.length;
      case 'ircc-by-year':
        return irccYears(new Date()).length;
      default:
        return this.shownLimit ? this.shownLimit + 1 : SKELETON_RANKED_BARS;
    }
  }

  protected viewHost(): ChartHost {
    return {
      locale: this.locale,
      dir: this.direction,
      limit: this.shownLimit,
      showTable: this.showTable,
      title: this.titleText,
      toggleTable: () => this.toggleTable(),
      activeBar: this.activeBar,
      onActiveBar: (key) => (this.activeBar = key),
      labelBox: this.labelBox,
      download: (filename, blob, total) => this.download(filename, blob, total),
    };
  }

  protected loadDetail(data: StatsData): AbschLoadDetail {
    return { view: data.view, totals: [...data.totals], items: data.items.map((item) => ({ key: item.key, values: [...item.values] })) };
  }

  private toggleTable(): void {
    this.showTable = !this.showTable;
  }

  private download(filename: string, blob: Blob, total: number): void {
    if (offerExport(this, { filename, total, blob })) downloadBlob(blob, filename);
  }
}

function parseYear(value: string): number | undefined {
  const text = value.trim();
  if (!YEAR.test(text)) return undefined;
  const year = Number(text);
  return year >= 1990 && year <= 2100 ? year : undefined;
}
