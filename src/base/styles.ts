/**
 * Design tokens and the pieces every element shares (skeleton, messages, retry button, text fields). Tokens are
 * `--absch-*` custom properties a host sets anywhere above the element; defaults inherit the
 * host's font and colours. Logical properties only, so right-to-left needs no extra rule.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--absch-font-family, inherit);
    font-size: var(--absch-font-size, inherit);
    color: var(--absch-color-text, inherit);
    line-height: 1.5;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--absch-color-link, #0b5cad);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--absch-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  .message {
    padding-block: var(--absch-space-m, 1rem);
    padding-inline: var(--absch-space-m, 1rem);
    border: 1px solid var(--absch-color-border, #d0d7de);
    border-radius: var(--absch-radius, 6px);
  }
  .message[data-kind='error'] {
    border-color: var(--absch-color-danger, #b42318);
  }
  .message p {
    margin: 0 0 var(--absch-space-s, 0.5rem);
  }
  .message p:last-child {
    margin-block-end: 0;
  }
  /* Data from an earlier visit, shown because the API could not be reached. */
  .stale-note {
    margin-block: var(--absch-space-s, 0.5rem) 0;
    font-size: 0.875em;
    color: var(--absch-color-muted, #57606a);
  }
  input[type='search'],
  input[type='text'],
  select {
    font: inherit;
    color: inherit;
    padding-block: var(--absch-space-xs, 0.25rem);
    padding-inline: var(--absch-space-s, 0.5rem);
    border: 1px solid var(--absch-color-border, #d0d7de);
    border-radius: var(--absch-radius, 6px);
  }
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--absch-color-focus, #1a73e8);
    outline-offset: 1px;
  }
  button {
    font: inherit;
    cursor: pointer;
    padding-block: var(--absch-space-xs, 0.25rem);
    padding-inline: var(--absch-space-m, 1rem);
    border: 1px solid var(--absch-color-border, #d0d7de);
    border-radius: var(--absch-radius, 6px);
    background: var(--absch-color-surface, #f6f8fa);
    color: inherit;
  }
  .skeleton {
    display: block;
    border-radius: var(--absch-radius, 6px);
    background: var(--absch-color-skeleton, #e8ebef);
    block-size: 1em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: absch-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes absch-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  bdi,
  .ltr-value {
    unicode-bidi: isolate;
  }
`;

/** Cells of a data table (the Parties list, a chart's table): compact, aligned to the start of the line. */
export const tableStyles = css`
  th,
  td {
    text-align: start;
    vertical-align: baseline;
    padding-block: var(--absch-space-xs, 0.25rem);
    padding-inline: var(--absch-space-s, 0.5rem);
    border-block-end: 1px solid var(--absch-color-border, #d0d7de);
  }
  /* A phone or a sidebar: tighter cells, and headers that break inside a long word rather than widen the table. */
  @container (max-width: 30rem) {
    th,
    td {
      padding-inline: var(--absch-space-xs, 0.25rem);
    }
    thead th {
      overflow-wrap: anywhere;
      hyphens: auto;
    }
  }
`;
