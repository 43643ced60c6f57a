import { css } from 'lit';

export const partiesListStyles = css`
  /* On paper: the data without this element's controls (src/base/styles.ts hides the retry button). */
  @media print {
    [part~='search'] {
      display: none !important;
    }
  }
  /* minmax(0, …): the table's minimum width must not widen the totals line and the caption past the container. */
  .parties {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--absch-space-m, 1rem);
  }
  .parties:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  .totals {
    font-weight: 600;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--absch-space-s, 0.5rem);
  }
  .search input {
    min-inline-size: min(100%, 16em);
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    caption-side: top;
    text-align: start;
    color: var(--_muted);
    padding-block-end: var(--absch-space-s, 0.5rem);
  }
  thead th {
    /* Two hundred rows: the headers (and their sort buttons) stay in view while scrolling. */
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    /* Opaque, over the rows: the page's background is unknown, so a pair that always reads together. */
    background: var(--absch-color-background, Canvas);
    color: var(--absch-color-text, CanvasText);
    border-block-end-width: 2px;
    font-weight: 600;
  }
  tbody th {
    font-weight: normal;
  }
  /* Filtered rows and unchosen columns stay in the DOM (no re-creation), out of sight and of the accessibility tree. */
  [hidden] {
    display: none !important;
  }
  .num,
  thead .col-records,
  thead .col-ircc {
    text-align: end;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .sort {
    display: inline-flex;
    align-items: baseline;
    gap: 0.25em;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    font: inherit;
    font-weight: inherit;
    color: inherit;
    text-align: inherit;
  }
  .sort-icon {
    color: var(--_muted);
    font-size: 0.75em;
  }
  .status,
  td.col-date,
  a:not([href]) {
    color: var(--_muted);
  }
  .status[data-status='party'] {
    color: var(--_success);
  }
  td.col-date {
    white-space: nowrap;
  }
  .compact {
    display: none;
  }
  .skeleton-list {
    display: grid;
    gap: var(--absch-space-s, 0.5rem);
  }
  .skeleton.totals-line {
    inline-size: 22em;
    max-inline-size: 100%;
    block-size: 1.5em;
  }
  .skeleton.search-line {
    inline-size: 16em;
    max-inline-size: 100%;
    block-size: 2em;
  }
  .skeleton.row-line {
    block-size: 1.75em;
  }
  /* Narrow containers (a sidebar, a phone): status and date move under the name. */
  @container (max-width: 40rem) {
    .col-status,
    .col-date {
      display: none;
    }
    .compact {
      display: flex;
      flex-direction: column;
      font-size: 0.875em;
    }
  }
`;
