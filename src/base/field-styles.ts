/**
 * Text fields and selects (the search, the certificate list's and the Parties list's filters). A
 * module of its own: only the elements with such fields load it, not every page.
 */
import { css } from 'lit';

export const fieldStyles = css`
  input[type='search'],
  input[type='text'],
  select {
    font: inherit;
    color: inherit;
    padding-block: var(--absch-space-xs, 0.25rem);
    padding-inline: var(--absch-space-s, 0.5rem);
    border: 1px solid var(--_control);
    border-radius: var(--absch-radius, 6px);
    /* The page (or the theme's Canvas) shows through: a fixed white would be light on light on a dark page. */
    background: transparent;
  }
  /* The open list of a select is drawn by the browser, over any page: its own pair of colours. */
  option {
    background: Canvas;
    color: CanvasText;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
`;
