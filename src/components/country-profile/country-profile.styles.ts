import { css } from 'lit';

export const countryProfileStyles = css`
  .profile {
    display: grid;
    gap: var(--absch-space-m, 1rem);
  }
  .profile:focus {
    outline: none;
  }
  /* headings by part or class, not tag: their level follows the host's heading-level */
  [part~='name'],
  .type-name,
  p,
  ul {
    margin: 0;
  }
  [part~='name'] {
    font-size: var(--absch-heading-size, 1.375em);
    line-height: 1.25;
  }
  .type-name {
    font-size: 1em;
  }
  .status {
    color: var(--_muted);
  }
  .status[data-status='party'] {
    color: var(--_success);
  }
  .types {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--absch-space-s, 0.5rem);
  }
  .type {
    padding-block: var(--absch-space-s, 0.5rem);
    border-block-end: 1px solid var(--_line);
  }
  .type-head {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--absch-space-s, 0.5rem);
  }
  /* The whole line, link and zero, in the muted colour: muted derives from the colour it sits in, so once. */
  .type[data-empty] .type-head {
    color: var(--_muted);
  }
  .type[data-empty] a {
    color: inherit;
  }
  .count {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-inline-size: 2.5em;
    text-align: end;
  }
  .records {
    list-style: none;
    padding-block: var(--absch-space-xs, 0.25rem) 0;
    padding-inline: var(--absch-space-m, 1rem) 0;
    display: grid;
    gap: var(--absch-space-xs, 0.25rem);
    font-size: 0.9375em;
  }
  .record {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--absch-space-s, 0.5rem);
  }
  .record a {
    overflow-wrap: anywhere;
  }
  .record time {
    color: var(--_muted);
    white-space: nowrap;
  }
  .skeleton.name {
    inline-size: 12em;
    block-size: 1.6em;
  }
  .skeleton.line {
    inline-size: 60%;
  }
  .skeleton.type-line {
    inline-size: 100%;
    block-size: 1.5em;
  }
  .skeleton.record-line {
    inline-size: 80%;
    block-size: 1.25em;
  }
  /* Wide containers (main column): two columns of record types. */
  @container (min-width: 40rem) {
    .types {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: var(--absch-space-l, 2rem);
    }
  }
`;
