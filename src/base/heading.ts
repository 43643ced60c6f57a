/**
 * Headings at a level the host page chooses (`heading-level`), so that an element fits under the
 * page's own headings: the element's top heading takes that level, the ones inside it follow
 * (one level deeper each, at most 6). A real `<h1>`…`<h6>`, not `role="heading"` on a `<div>`, so
 * that readers, outlines and the host's `::part()` styles see the same element whatever the level;
 * Lit cannot choose a tag at run time without lit/static-html, so each level has its template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { warnAttribute } from './attribute-values.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** What a heading may carry; left out (or `nothing`) for what it does not. */
type Attribute = string | typeof nothing | undefined;
export interface HeadingAttributes {
  part?: Attribute;
  id?: Attribute;
  class?: Attribute;
  tabindex?: Attribute;
  lang?: Attribute;
  dir?: Attribute;
}

type HeadingTemplate = (a: HeadingAttributes, content: unknown) => TemplateResult;

const TEMPLATES: readonly HeadingTemplate[] = [
  (a, c) => html`<h1 part=${a.part ?? nothing} id=${a.id ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${c}</h1>`,
  (a, c) => html`<h2 part=${a.part ?? nothing} id=${a.id ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${c}</h2>`,
  (a, c) => html`<h3 part=${a.part ?? nothing} id=${a.id ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${c}</h3>`,
  (a, c) => html`<h4 part=${a.part ?? nothing} id=${a.id ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${c}</h4>`,
  (a, c) => html`<h5 part=${a.part ?? nothing} id=${a.id ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${c}</h5>`,
  (a, c) => html`<h6 part=${a.part ?? nothing} id=${a.id ?? nothing} class=${a.class ?? nothing} tabindex=${a.tabindex ?? nothing} lang=${a.lang ?? nothing} dir=${a.dir ?? nothing}>${c}</h6>`,
];

/** A heading `depth` levels below `level` (0: at it), never deeper than `<h6>`. */
export function heading(level: HeadingLevel, depth: number, attributes: HeadingAttributes, content: unknown): TemplateResult {
  return TEMPLATES[Math.min(6, level + depth) - 1](attributes, content);
}

/** `heading-level` as a level; an empty value is `fallback`, and so is a wrong one, with a warning naming the attribute. */
export function headingLevel(value: string, fallback: HeadingLevel, tag?: string): HeadingLevel {
  const text = value.trim();
  if (text === '') return fallback;
  if (/^[1-6]$/.test(text)) return Number(text) as HeadingLevel;
  if (tag) warnAttribute(tag, 'heading-level', value, 'a whole number from 1 to 6', `using ${fallback}`);
  return fallback;
}
