import { css } from 'lit';

export const searchStyles = css`
  /* minmax(0, …): the search box's intrinsic width must not widen the element past a narrow sidebar. */
  .search,
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--absch-space-m, 1rem);
  }
  .count,
  .title,
  p,
  ul,
  ol,
  fieldset {
    margin: 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    min-inline-size: 0;
  }
  input,
  select {
    font: inherit;
    color: inherit;
  }
  input:focus-visible,
  select:focus-visible,
  .count:focus-visible,
  .option:focus-visible,
  .skip:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--absch-space-xs, 0.25rem);
  }
  .label {
    font-weight: 600;
  }
  .box {
    display: flex;
    gap: var(--absch-space-s, 0.5rem);
  }
  .box input {
    flex: 1;
    min-inline-size: 0;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: var(--absch-space-xs, 0.25rem);
    border-block-end: 1px solid var(--_line);
  }
  .kind {
    position: relative;
    display: inline-flex;
    align-items: baseline;
    gap: var(--absch-space-xs, 0.25rem);
    padding-block: var(--absch-space-xs, 0.25rem);
    padding-inline: var(--absch-space-s, 0.5rem);
    border-block-end: 3px solid transparent;
    cursor: pointer;
  }
  .kind[data-checked] {
    border-block-end-color: var(--_link);
    font-weight: 600;
  }
  .kind:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  /* The radio itself is hidden visually but stays focusable and operable with the arrow keys. */
  .kind input {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    opacity: 0;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
  }
  .n {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    font-size: 0.875em;
  }
  .layout[data-stale] .main {
    opacity: 0.6;
  }
  .facets {
    display: grid;
    align-content: start;
    gap: var(--absch-space-m, 1rem);
  }
  .filters > summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: var(--absch-space-xs, 0.25rem);
  }
  .filters > summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .filters[open] > summary {
    margin-block-end: var(--absch-space-s, 0.5rem);
  }
  .facet legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: var(--absch-space-xs, 0.25rem);
  }
  .options {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 2px;
    max-block-size: 16em;
    overflow-y: auto;
  }
  .option {
    display: flex;
    align-items: baseline;
    gap: var(--absch-space-xs, 0.25rem);
    cursor: pointer;
  }
  .option .name {
    flex: 1;
  }
  /* The listbox option's checkbox, drawn: the option itself is what the keyboard and readers use. */
  .option .check {
    flex: none;
    inline-size: 0.875em;
    block-size: 0.875em;
    border: 1px solid currentColor;
    border-radius: 2px;
    align-self: center;
    display: grid;
    place-items: center;
    font-size: 0.875em;
    line-height: 1;
  }
  .option[aria-selected='true'] .check::after {
    content: '✓';
  }
  /* inside the scroll box, whose edges would cut an outline drawn outside the option */
  .option:focus-visible {
    outline-offset: -2px;
  }
  /* "Skip to results": out of sight until the keyboard reaches it. */
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip {
    justify-self: start;
    color: var(--_link);
  }
  .find {
    display: grid;
    gap: 2px;
    margin-block-end: var(--absch-space-s, 0.5rem);
    font-size: 0.875em;
  }
  /* at least 16 px: a phone zooms the page into a smaller field when it gets focus */
  .find input {
    font-size: max(1rem, 16px);
  }
  .main {
    display: grid;
    align-content: start;
    gap: var(--absch-space-m, 1rem);
    min-inline-size: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--absch-space-s, 0.5rem);
  }
  .count {
    font-size: 1em;
    font-weight: 600;
  }
  .sort {
    display: inline-flex;
    align-items: baseline;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .chips {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .chip {
    display: inline-flex;
    align-items: baseline;
    gap: var(--absch-space-xs, 0.25rem);
    padding-inline: var(--absch-space-s, 0.5rem);
    border-radius: 999px;
  }
  .clear-all {
    border-color: transparent;
    background: none;
    text-decoration: underline;
    color: var(--_link);
  }
  .results {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--absch-space-m, 1rem);
  }
  .result {
    display: grid;
    gap: 2px;
    padding-block-end: var(--absch-space-m, 1rem);
    border-block-end: 1px solid var(--_line);
  }
  .title {
    font-size: 1.0625em;
    line-height: 1.35;
  }
  .title a {
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--absch-space-m, 1rem);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .uid {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .summary {
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  mark {
    /* Its own pair of colours: the inherited text may be light, on a dark page. */
    background: var(--absch-color-highlight, #fff1a8);
    color: var(--absch-color-on-highlight, #1f2328);
    border-radius: 2px;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--absch-space-m, 1rem);
  }
  .pager [aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  .prompt {
    color: var(--_muted);
  }
  .facet-skeleton {
    display: grid;
    gap: var(--absch-space-xs, 0.25rem);
  }
  .skeleton.line {
    inline-size: 90%;
  }
  .skeleton.short {
    inline-size: 60%;
  }
  .skeleton.count-line {
    inline-size: 10em;
    block-size: 1.25em;
  }
  .skeleton.title-line {
    inline-size: 70%;
    block-size: 1.3em;
    margin-block-end: var(--absch-space-xs, 0.25rem);
  }
  .skeleton.meta-line {
    inline-size: 40%;
    block-size: 0.875em;
    margin-block-end: var(--absch-space-xs, 0.25rem);
  }
  .skeleton.kinds-line,
  .skeleton.pager-line {
    inline-size: 20em;
    max-inline-size: 100%;
    block-size: 2.25em;
  }
  .skeleton.pager-line {
    justify-self: center;
  }
  /* In a narrow container the facets are one closed disclosure: one line in grey. */
  @container (max-width: 46rem) {
    .facet-skeleton + .facet-skeleton {
      display: none;
    }
  }
  /* Wide containers: facets in a column at the start, results beside them. */
  @container (min-width: 46rem) {
    .layout {
      grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
      column-gap: var(--absch-space-l, 2rem);
    }
  }
  /* On paper: the results without the controls, over the whole width (src/base/styles.ts hides the retry button). */
  @media print {
    [part~='form'],
    [part~='skip'],
    [part~='kinds'],
    [part~='filters'],
    [part~='facets'],
    [part~='clear-all'],
    [part~='pager'],
    .sort {
      display: none !important;
    }
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* Forced colours draw every tab's underline alike (a transparent one too): the chosen tab takes the selection colour. */
  @media (forced-colors: active) {
    .kind {
      border-block-end-color: Canvas;
    }
    .kind[data-checked] {
      border-block-end-color: Highlight;
    }
  }
`;
