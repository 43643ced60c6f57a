import { css } from 'lit';

/**
 * One card per certificate, each value under its column name; in wider cards the values sit side
 * by side, so a card takes a few lines rather than one per column.
 */
const cards = css`
  table,
  tbody,
  tr,
  th,
  td {
    display: block;
  }
  table thead {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  tbody {
    display: grid;
    gap: var(--absch-space-s, 0.5rem);
  }
  tbody tr {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    column-gap: var(--absch-space-m, 1rem);
    border: 1px solid var(--_line);
    border-radius: var(--absch-radius, 6px);
    padding-block: var(--absch-space-s, 0.5rem);
    padding-inline: var(--absch-space-m, 1rem);
  }
  .col-uid,
  .col-title,
  .col-subject {
    grid-column: 1 / -1;
  }
  tbody th,
  tbody td {
    border: 0;
    padding-block: var(--absch-space-xs, 0.25rem) 0;
    padding-inline: 0;
  }
  tbody th {
    font-weight: 600;
  }
  tbody td[data-empty] {
    display: none;
  }
  tbody td::before {
    content: attr(data-label);
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .col-uid a {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .skeleton-table tbody td {
    block-size: auto;
  }
`;

export const certificateListStyles = css`
  /* On paper: the data without this element's controls (src/base/styles.ts hides the retry button). */
  @media print {
    [part~='filters'],
    [part~='export'],
    [part~='pagination'] {
      display: none !important;
    }
  }
  .list {
    display: grid;
    /* minmax(0, …): a long option or title must not widen the element beyond its container. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--absch-space-m, 1rem);
  }
  .list:focus {
    outline: none;
  }
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
  }

  /* Filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--absch-space-s, 0.5rem) var(--absch-space-m, 1rem);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, auto);
    gap: var(--absch-space-xs, 0.25rem);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .field.query {
    flex: 1 1 14rem;
  }
  .field.date input {
    inline-size: 8em;
  }
  fieldset.usage {
    display: flex;
    flex-wrap: wrap;
    gap: var(--absch-space-s, 0.5rem);
    border: 0;
    padding: 0;
  }
  fieldset.usage legend {
    padding: 0;
    margin-block-end: var(--absch-space-xs, 0.25rem);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--absch-space-xs, 0.25rem);
    white-space: nowrap;
  }
  input[type='search'],
  input[type='text'],
  select {
    max-inline-size: 100%;
    min-block-size: 2.25em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  /* The two dates side by side, their hint right under them (not at the end of the form). */
  .dates {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--absch-space-xs, 0.25rem) var(--absch-space-m, 1rem);
    min-inline-size: 0;
  }
  .hint {
    flex-basis: 100%;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* an example is never split at its hyphens */
  .hint bdi,
  .date-error bdi {
    white-space: nowrap;
  }
  .date-error {
    max-inline-size: 14em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_danger);
  }
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.55;
  }
  /* The controls' places until their code arrives (columns.ts): their sizes in English (a label over a field, 2.25em tall). */
  .filters > .skeleton {
    block-size: 4em;
    max-inline-size: 100%;
  }
  .filters > .skeleton.query {
    flex: 1 1 14rem;
  }
  .filters > .skeleton.usage {
    inline-size: 22.2em;
    block-size: 3.25em;
  }
  .filters > .skeleton.subject {
    inline-size: 25em;
  }
  .filters > .skeleton.dates {
    inline-size: 33.25em;
    block-size: 5.5625em;
  }
  .filters > .skeleton.sort {
    inline-size: 10em;
  }
  .filters > .skeleton.actions {
    inline-size: 8.4em;
    block-size: 2.125em;
  }

  /* Summary: total, counts, export */
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--absch-space-s, 0.5rem) var(--absch-space-m, 1rem);
    min-block-size: 1.75em;
  }
  .total {
    font-weight: 600;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--absch-space-xs, 0.25rem) var(--absch-space-m, 1rem);
    color: var(--_muted);
  }
  .count {
    display: flex;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .count dt::after {
    content: ':';
  }
  .count dd {
    font-variant-numeric: tabular-nums;
  }
  .counts-note {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--absch-space-s, 0.5rem);
    margin-inline-start: auto;
  }
  .export-status {
    color: var(--_muted);
  }
  .skeleton.total-line {
    inline-size: 14em;
    block-size: 1.5em;
  }

  /* Table */
  /*
   * Where the table still needs more room than it has (large text), it scrolls inside a named,
   * focusable region, and shadows on its edges show that it goes on: a scroll timeline is active
   * only while there is something to scroll, so the shadows appear only then, on any background.
   */
  .table-wrap {
    overflow-x: auto;
    --_edge: color-mix(in srgb, currentColor 35%, transparent);
  }
  @supports (animation-timeline: scroll()) {
    .table-wrap {
      animation: absch-scrolls linear both;
      animation-timeline: scroll(self inline);
    }
  }
  @keyframes absch-scrolls {
    from,
    to {
      box-shadow:
        inset 0.75rem 0 0.5rem -0.5rem var(--_edge),
        inset -0.75rem 0 0.5rem -0.5rem var(--_edge);
    }
  }
  .table-wrap:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  table.stale {
    opacity: 0.55;
  }
  @media (prefers-reduced-motion: no-preference) {
    table.stale {
      transition: opacity 0.2s 0.1s;
    }
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding-block: var(--absch-space-s, 0.5rem);
    padding-inline: var(--absch-space-s, 0.5rem);
    border-block-end: 1px solid var(--_line);
  }
  thead th {
    background: var(--_surface);
    font-weight: 600;
  }
  tbody th {
    font-weight: normal;
  }
  .col-uid a {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .col-title {
    overflow-wrap: anywhere;
    min-inline-size: 10em;
  }
  time {
    white-space: nowrap;
  }
  td.col-issued,
  td.col-expiry {
    color: var(--_muted);
  }
  .mark {
    display: inline-block;
    margin-inline-start: var(--absch-space-xs, 0.25rem);
    padding-inline: var(--absch-space-xs, 0.25rem);
    border: 1px solid currentColor;
    border-radius: var(--absch-radius, 6px);
    font-size: 0.8125em;
    line-height: 1.4;
    white-space: nowrap;
  }
  .mark.expired {
    color: var(--_warning);
  }
  .mark.revoked {
    color: var(--_danger);
  }
  .tags {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--absch-space-xs, 0.25rem);
  }
  /* One chip per keyword: "Plants" and "Protected areas" must not read as one phrase. */
  .col-subject .tags li {
    padding-inline: var(--absch-space-xs, 0.25rem);
    border-radius: var(--absch-radius, 6px);
    background: var(--_surface);
    border: 1px solid var(--_line);
    font-size: 0.875em;
  }
  .col-usage .tags li {
    white-space: nowrap;
  }
  .skeleton-table .skeleton {
    block-size: 1.25em;
  }
  .skeleton-table tbody td {
    block-size: 2.75em;
  }

  /* Empty */
  .empty ul {
    padding-inline-start: var(--absch-space-m, 1rem);
    margin-block-end: var(--absch-space-s, 0.5rem);
  }

  /* Paging */
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .pages {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .pages button {
    min-inline-size: 2.5em;
    padding-inline: var(--absch-space-s, 0.5rem);
    font-variant-numeric: tabular-nums;
  }
  .pages button[aria-current='page'] {
    /* A mid blue: 3:1 or more against any page from white to black, and 4.5:1 under white text. */
    background: var(--absch-color-current, #2f6fd0);
    border-color: var(--absch-color-current, #2f6fd0);
    color: var(--absch-color-on-current, #fff);
    font-weight: 600;
  }
  /* Forced colours paint every button alike: the current page takes the system's selection colours. */
  @media (forced-colors: active) {
    .pages button[aria-current='page'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: ButtonText;
      color: HighlightText;
    }
  }
  .gap {
    padding-inline: var(--absch-space-xs, 0.25rem);
    color: var(--_muted);
  }
  /*
   * Cards wherever the table would not fit: the table needs about 56rem with one country's
   * certificates (six columns) and about 64rem with the country column, in the longer languages
   * (Russian, French, Spanish). Measured with test/components/container-fit.test.ts.
   */
  @container (max-width: 56rem) {
    ${cards}
  }
  @container (max-width: 64rem) {
    .with-country {
      ${cards}
    }
  }
`;
