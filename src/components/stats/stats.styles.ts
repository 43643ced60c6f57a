import { css, unsafeCSS } from 'lit';

/** The size of the chart's text, in rem: stats.ts measures labels in it to break them into lines that fit. */
export const CHART_FONT_REM = 0.875;

/*
 * Series colours: the Okabe–Ito palette, which stays distinct under the common colour-vision
 * deficiencies; each default has at least 3:1 contrast with white (WCAG 1.4.11, graphics).
 */
export const statsStyles = css`
  /* On paper: the data without this element's controls (src/base/styles.ts hides the retry button). */
  @media print {
    [part~='actions'] {
      display: none !important;
    }
  }
  :host {
    --_chart-1: var(--absch-chart-1, #0072b2);
    --_chart-2: var(--absch-chart-2, #d55e00);
    --_chart-3: var(--absch-chart-3, #009e73);
    --_chart-4: var(--absch-chart-4, #cc79a7);
  }
  .stats {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--absch-space-m, 1rem);
  }
  .stats:focus {
    outline: none;
  }
  /* by part, not tag: the title's level is the host's choice (heading-level) */
  [part~='title'],
  p,
  ul {
    margin: 0;
  }
  [part~='title'] {
    font-size: var(--absch-heading-size, 1.375em);
    line-height: 1.25;
  }
  .summary,
  caption {
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--absch-space-xs, 0.25rem) var(--absch-space-m, 1rem);
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .chart {
    display: block;
    inline-size: 100%;
    overflow: visible;
    font-size: ${unsafeCSS(CHART_FONT_REM)}rem;
  }
  .chart text {
    fill: currentColor;
  }
  .chart .value {
    font-variant-numeric: tabular-nums;
  }
  .hit {
    fill: transparent;
  }
  .bar {
    cursor: default;
  }
  .bar:focus {
    outline: none;
  }
  .bar:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .bar:hover .hit,
  .bar:focus-visible .hit {
    fill: var(--_surface);
  }
  .series-0 {
    fill: var(--_chart-1);
  }
  .series-1 {
    fill: var(--_chart-2);
  }
  .series-2 {
    fill: var(--_chart-3);
  }
  .series-3 {
    fill: var(--_chart-4);
  }
  .swatch {
    flex: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--absch-space-s, 0.5rem);
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .table[hidden] {
    display: none;
  }
  caption {
    caption-side: top;
    text-align: start;
    padding-block-end: var(--absch-space-s, 0.5rem);
  }
  thead th {
    border-block-end-width: 2px;
  }
  tbody th {
    font-weight: normal;
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-block-end: 0;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .skeleton-chart {
    display: grid;
    gap: var(--absch-space-m, 1rem);
  }
  .skeleton.summary-line {
    inline-size: 20em;
    max-inline-size: 100%;
    block-size: 1.5em;
  }
  .skeleton.legend-line {
    inline-size: 14em;
    max-inline-size: 100%;
  }
  /* Rows as bar-chart.ts draws them: a 20 px label line, the bar (16 px, or two of 10 px and a 3 px gap), 12 px between rows. */
  .skeleton-bars {
    display: grid;
    grid-auto-rows: 20px 28px;
  }
  .skeleton-bars.grouped {
    grid-auto-rows: 20px 35px;
  }
  .skeleton.label-line {
    inline-size: 8em;
    max-inline-size: 60%;
    block-size: 0.875em;
    align-self: center;
  }
  .skeleton.bar-line {
    block-size: 16px;
  }
  .grouped .bar-line {
    block-size: 23px;
  }
  .skeleton.actions-line {
    inline-size: 16em;
    max-inline-size: 100%;
    block-size: 2.25em;
  }
  .size-6 {
    inline-size: 70%;
  }
  .size-4 {
    inline-size: 48%;
  }
  .size-3 {
    inline-size: 34%;
  }
  .size-2 {
    inline-size: 22%;
  }
  .size-1 {
    inline-size: 10%;
  }
  /* A sidebar or a phone: buttons on their own lines. */
  @container (max-width: 20rem) {
    .actions button {
      flex: 1 1 100%;
    }
  }
`;
