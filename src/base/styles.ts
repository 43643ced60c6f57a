/**
 * Design tokens and the pieces every element shares (skeleton, messages, retry button); text fields are
 * in field-styles.ts, table cells in table-styles.ts, for the elements that have them. Tokens are
 * `--absch-*` custom properties a host sets anywhere above the element. Logical properties only, so
 * right-to-left needs no extra rule.
 *
 * Readable on any background: the defaults derive from the text colour the element inherits
 * (`currentColor`), so a dark host page that declares nothing still gets light rules, surfaces and
 * muted text, and the accents are mixed with it to keep 4.5:1. The `theme` attribute paints the
 * element's own background (`Canvas`, `CanvasText`) in a colour scheme: `dark`, `light`, or `auto`
 * (the user's `prefers-color-scheme`). Without it the element follows the page, including the page's
 * `color-scheme` (the page-wide switch: `:root { color-scheme: dark }` or
 * `<meta name="color-scheme" content="dark">`). The private `--_*` properties resolve each token once;
 * `currentColor` in them resolves where they are used.
 *
 * The table below is read by custom-elements-manifest.config.mjs into every element's manifest
 * entry and its docs page; a token used in any element's styles must have a line there or in the
 * element's own JSDoc.
 *
 * @cssprop [--absch-font-family=inherit] - Font.
 * @cssprop [--absch-font-size=inherit] - Font size.
 * @cssprop [--absch-color-text=inherit] - Text colour; with `theme`, `CanvasText`.
 * @cssprop [--absch-color-background=none] - The element's background, fields and sticky headers; with `theme`, `Canvas`.
 * @cssprop [--absch-color-muted=70 % text] - Secondary text (dates, counts, captions).
 * @cssprop [--absch-color-link=#0b5cad with 35 % text] - Links, the chosen tab, the current page.
 * @cssprop [--absch-color-success=#1a7f37 with 35 % text] - The status of a Party.
 * @cssprop [--absch-color-warning=#9a6700 with 35 % text] - The "Expired" mark.
 * @cssprop [--absch-color-danger=#b42318 with 35 % text] - Errors, invalid fields, the "Revoked" mark.
 * @cssprop [--absch-color-border=20 % text] - Row separators and boxes (decorative).
 * @cssprop [--absch-color-control-border=60 % text] - Outline of fields and buttons, kept at 3:1 or more against the background (WCAG 1.4.11).
 * @cssprop [--absch-color-surface=6 % text] - Buttons, table headers, chips, notices.
 * @cssprop [--absch-color-skeleton=12 % text] - Placeholders while loading.
 * @cssprop [--absch-color-focus=#1a73e8] - The focus outline.
 * @cssprop [--absch-color-highlight=#fff1a8] - Background of matched words in search results.
 * @cssprop [--absch-color-on-highlight=#1f2328] - Text of matched words (its own pair: the page's text may be light).
 * @cssprop [--absch-color-current=#2f6fd0] - Background and outline of the current page's button (3:1 against white and black pages alike).
 * @cssprop [--absch-color-on-current=#fff] - Text of the current page's button.
 * @cssprop [--absch-radius=6px] - Corner radius.
 * @cssprop [--absch-space-xs=0.25rem] - Smallest gap.
 * @cssprop [--absch-space-s=0.5rem] - Small gap.
 * @cssprop [--absch-space-m=1rem] - Medium gap.
 * @cssprop [--absch-space-l=2rem] - Large gap.
 * @cssprop [--absch-heading-size=1.375em] - Size of the element's title.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--absch-font-family, inherit);
    font-size: var(--absch-font-size, inherit);
    color: var(--absch-color-text, inherit);
    background: var(--absch-color-background, none);
    line-height: 1.5;
    container-type: inline-size;
    --_muted: var(--absch-color-muted, color-mix(in srgb, currentColor 70%, transparent));
    --_line: var(--absch-color-border, color-mix(in srgb, currentColor 20%, transparent));
    --_control: var(--absch-color-control-border, color-mix(in srgb, currentColor 60%, transparent));
    --_surface: var(--absch-color-surface, color-mix(in srgb, currentColor 6%, transparent));
    --_link: var(--absch-color-link, color-mix(in srgb, #0b5cad 65%, currentColor));
    --_success: var(--absch-color-success, color-mix(in srgb, #1a7f37 65%, currentColor));
    --_warning: var(--absch-color-warning, color-mix(in srgb, #9a6700 65%, currentColor));
    --_danger: var(--absch-color-danger, color-mix(in srgb, #b42318 65%, currentColor));
    --_focus: var(--absch-color-focus, #1a73e8);
  }
  :host([theme]) {
    background: var(--absch-color-background, Canvas);
    color: var(--absch-color-text, CanvasText);
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
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
    color: var(--_link);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .message {
    padding-block: var(--absch-space-m, 1rem);
    padding-inline: var(--absch-space-m, 1rem);
    border: 1px solid var(--_line);
    border-radius: var(--absch-radius, 6px);
  }
  .message[data-kind='error'] {
    border-color: var(--_danger);
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
    color: var(--_muted);
  }
  button {
    font: inherit;
    cursor: pointer;
    padding-block: var(--absch-space-xs, 0.25rem);
    padding-inline: var(--absch-space-m, 1rem);
    border: 1px solid var(--_control);
    border-radius: var(--absch-radius, 6px);
    background: var(--_surface);
    color: inherit;
  }
  .skeleton {
    display: block;
    border-radius: var(--absch-radius, 6px);
    background: var(--absch-color-skeleton, color-mix(in srgb, currentColor 12%, transparent));
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
  /* On paper: the data without the controls (each element hides its own), dark on light. */
  @media print {
    [part~='retry'] {
      display: none !important;
    }
    :host([theme]) {
      color-scheme: light;
    }
  }
`;
