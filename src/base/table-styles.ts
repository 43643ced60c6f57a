/**
 * Cells of a data table (the Parties list, a chart's table): compact, aligned to the start of the
 * line. A module of its own: only the elements with such a table load it, not every page.
 */
import { css } from 'lit';

export const tableStyles = css`
  th,
  td {
    text-align: start;
    vertical-align: baseline;
    padding-block: var(--absch-space-xs, 0.25rem);
    padding-inline: var(--absch-space-s, 0.5rem);
    border-block-end: 1px solid var(--_line);
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
