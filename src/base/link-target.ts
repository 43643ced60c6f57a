/** `link-target`: where portal links open, read the same way in every element. */
import { warnAttribute } from './attribute-values.js';

/**
 * The `target` of portal links: a keyword (`_blank`, `_self`, `_parent`, `_top`) or a window name.
 * Anything else (a URL, markup, a scheme) opens links in place, with a warning naming the attribute
 * when `tag` is given: a `target` is not a URL, but an element of ours carries no value that looks like one.
 */
export function linkTarget(value: string, tag?: string): string {
  const text = value.trim();
  if (/^[\w-]*$/.test(text)) return text;
  if (tag) warnAttribute(tag, 'link-target', value, 'a window name such as _blank', 'links open in place');
  return '';
}
