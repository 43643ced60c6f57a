import { css } from 'lit';

export const recordStyles = css`
  /* On paper: the data without this element's controls (src/base/styles.ts hides the retry button). */
  @media print {
    [part~='show-all'] {
      display: none !important;
    }
  }
  .record {
    display: grid;
    gap: var(--absch-space-m, 1rem);
  }
  .record:focus {
    outline: none;
  }
  /* headings by part or class, not tag: their level follows the host's heading-level */
  [part~='title'],
  #referenced-by-heading,
  .type-heading,
  .field-heading,
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  header {
    display: grid;
    gap: var(--absch-space-xs, 0.25rem);
  }
  [part~='title'] {
    font-size: var(--absch-heading-size, 1.375em);
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  #referenced-by-heading {
    font-size: 1.125em;
  }
  .type-heading,
  .field-heading {
    font-size: 1em;
  }
  .field-heading {
    font-weight: normal;
    color: var(--_muted);
  }
  .type,
  .fallback-note,
  time,
  .uid,
  dt {
    color: var(--_muted);
  }
  .type {
    font-size: 0.9375em;
  }
  .fallback-note {
    font-size: 0.875em;
    font-style: italic;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .badge {
    display: inline-block;
    padding-inline: var(--absch-space-s, 0.5rem);
    border: 1px solid currentColor;
    border-radius: var(--absch-radius, 6px);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .badge[data-badge='revoked'] {
    color: var(--_danger);
  }
  .badge[data-badge='expired'] {
    color: var(--_warning);
  }
  .notice {
    padding-block: var(--absch-space-s, 0.5rem);
    padding-inline: var(--absch-space-m, 1rem);
    border-inline-start: 4px solid var(--_line);
    background: var(--_surface);
  }
  .notice[data-notice='revoked'] {
    border-inline-start-color: var(--_danger);
  }
  .notice-title {
    font-weight: 600;
  }
  .fields {
    display: grid;
    gap: var(--absch-space-s, 0.5rem);
  }
  .field {
    display: grid;
    gap: var(--absch-space-xs, 0.25rem);
    padding-block-end: var(--absch-space-s, 0.5rem);
    border-block-end: 1px solid var(--_line);
  }
  dt {
    font-size: 0.875em;
    font-weight: 600;
  }
  dd {
    overflow-wrap: anywhere;
  }
  .values {
    padding-inline-start: 1.25em;
  }
  .line {
    display: block;
  }
  .confidential,
  .unavailable {
    font-style: italic;
    color: var(--_muted);
  }
  .rich-text > :first-child {
    margin-block-start: 0;
  }
  .rich-text > :last-child {
    margin-block-end: 0;
  }
  .rich-text img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .rich-text table {
    border-collapse: collapse;
  }
  .rich-text th,
  .rich-text td {
    border: 1px solid var(--_line);
    padding-inline: var(--absch-space-xs, 0.25rem);
  }
  .referenced-by {
    display: grid;
    gap: var(--absch-space-s, 0.5rem);
  }
  .referenced-type {
    display: grid;
    gap: var(--absch-space-xs, 0.25rem);
    padding-block-start: var(--absch-space-s, 0.5rem);
    border-block-start: 1px solid var(--_line);
  }
  .referenced-type .type-heading {
    display: flex;
    justify-content: space-between;
    gap: var(--absch-space-s, 0.5rem);
  }
  .count {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .field-heading .count {
    margin-inline-start: var(--absch-space-xs, 0.25rem);
  }
  .via {
    display: grid;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .records {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .record-line,
  .records li {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--absch-space-s, 0.5rem);
  }
  .records a {
    overflow-wrap: anywhere;
  }
  .uid,
  .records time {
    font-size: 0.875em;
    white-space: nowrap;
  }
  [part='show-all'] {
    justify-self: start;
  }
  .skeleton.type-line {
    inline-size: 14em;
  }
  .skeleton.title-line {
    inline-size: 60%;
    block-size: 1.6em;
  }
  .skeleton.label-line {
    inline-size: 10em;
    block-size: 0.875em;
  }
  /* about two lines: values are often a sentence or a list */
  .skeleton.value-line {
    inline-size: 80%;
    block-size: 2.5em;
  }
  /* Wide containers: labels beside their values. */
  @container (min-width: 40rem) {
    .field {
      grid-template-columns: minmax(10rem, 1fr) 3fr;
      column-gap: var(--absch-space-m, 1rem);
    }
  }
`;
