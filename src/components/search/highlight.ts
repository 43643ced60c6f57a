/**
 * API text made safe to show: highlight snippets become a list of text runs, marked or not, that the
 * element renders as text and `<mark>` nodes through Lit (never as HTML). Record text may hold HTML
 * (summaries) and hostile markup: it is parsed by DOMPurify (an inert document, nothing runs or
 * loads) with only `<em>` kept, and only its text is read.
 */
import type { DOMPurify } from 'dompurify';
import { BREAK, type Segment } from '../../api/local-highlight.js';
import { defuseHandlers, newPurifier } from '../../base/dompurify.js';

export { markWords, type Segment } from '../../api/local-highlight.js';

// The search's view loads with DOMPurify (withSanitizer), so results render with it loaded.
let purifier: DOMPurify | undefined;
function purify(): DOMPurify {
  purifier ??= newPurifier();
  return purifier;
}


// The node's own constants, not the global `Node`'s: a server render parses with a window of its own (src/server/elements.ts) and has no global `Node`.
function collect(node: Node, mark: boolean, out: Segment[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) {
      out.push({ text: child.textContent ?? '', mark });
    } else if (child.nodeType === child.ELEMENT_NODE) {
      collect(child, mark || (child as Element).localName === 'em', out);
    }
  }
}

/** Collapses white space, trims the ends and joins neighbours of the same kind. */
function tidy(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const text = segment.text.replace(/\s+/g, ' ');
    if (text === '') continue;
    const last = out[out.length - 1];
    if (last && last.mark === segment.mark) last.text += text;
    else out.push({ text, mark: segment.mark });
  }
  if (out.length) {
    out[0].text = out[0].text.trimStart();
    out[out.length - 1].text = out[out.length - 1].text.trimEnd();
  }
  return out.filter((segment) => segment.text !== '');
}

/** A highlight snippet (`<em>` around matched words, possibly inside record HTML) as text runs. */
export function snippetSegments(snippet: string): Segment[] {
  const fragment = purify().sanitize(defuseHandlers(snippet.replace(BREAK, ' $&')), {
    ALLOWED_TAGS: ['em'],
    ALLOWED_ATTR: [],
    RETURN_DOM_FRAGMENT: true,
  });
  const out: Segment[] = [];
  collect(fragment, false, out);
  return tidy(out);
}

/** Record HTML (an lstring such as a summary) as plain text. */
export function htmlToText(html: string): string {
  return snippetSegments(html)
    .map((segment) => segment.text)
    .join('');
}

export const segmentsText = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');

/** Cuts plain text to about `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
