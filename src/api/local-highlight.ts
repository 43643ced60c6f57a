/**
 * What Solr's highlighter gives (`<em>` around the matched words in a fragment of the text), made
 * here from the documents when the API ignores `hl` (its proxy may list it in `nonSupportedParams`).
 * The text is escaped first and only our own `<em>` is markup, so the snippet is read as safely as
 * the API's own (the search view reads snippets with DOMPurify, `<em>` only).
 */

export interface Segment {
  text: string;
  /** a word the search matched */
  mark: boolean;
}

/**
 * `text` with the words of `marked` marked, ignoring case: for a highlight snippet that is only a
 * fragment of a long title, the whole title is shown with the same words marked.
 */
export function markWords(text: string, marked: readonly string[]): Segment[] {
  const words = [...new Set(marked.map((w) => w.trim().toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return text ? [{ text, mark: false }] : [];
  const lower = text.toLowerCase();
  // toLowerCase may change the length of some characters (İ): then positions are not reliable.
  if (lower.length !== text.length) return [{ text, mark: false }];
  const out: Segment[] = [];
  let plain = 0;
  let i = 0;
  while (i < text.length) {
    const word = words.find((w) => lower.startsWith(w, i));
    if (word) {
      if (i > plain) out.push({ text: text.slice(plain, i), mark: false });
      out.push({ text: text.slice(i, i + word.length), mark: true });
      i += word.length;
      plain = i;
    } else {
      i++;
    }
  }
  if (plain < text.length) out.push({ text: text.slice(plain), mark: false });
  return out;
}

/** Block ends and line breaks become spaces, so that `<p>a</p><p>b</p>` reads "a b", not "ab". */
export const BREAK = /<(?:br|\/p|\/div|\/li|\/h[1-6]|\/td|\/th|\/tr|\/blockquote)\b[^>]*>/gi;

/** Record HTML as text: parsed in an inert document (DOMParser: nothing runs or loads), its shown text read. */
function plainText(html: string): string {
  // Outside a browser (a server render, the api:check probe) there is no DOMParser: tags are dropped
  // as text; the result is escaped before it is shown either way.
  if (typeof DOMParser === 'undefined') return html.replace(BREAK, ' ').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  const body = new DOMParser().parseFromString(html.replace(BREAK, ' $&'), 'text/html').body;
  for (const hidden of body.querySelectorAll('script, style, template, noscript')) hidden.remove();
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

/**
 * A snippet of about `fragsize` characters of `html`'s text from a little before its first marked
 * word, escaped, with `<em>` around the words; undefined when no word occurs (as Solr, which
 * highlights only fields that matched).
 */
export function localSnippet(html: string, words: readonly string[], fragsize: number): string | undefined {
  const segments = markWords(plainText(html), words);
  const first = segments.findIndex((segment) => segment.mark);
  if (first < 0) return undefined;
  const before = segments.slice(0, first).map((segment) => segment.text).join('');
  // Start at a word boundary a quarter of the fragment before the first match.
  const lead = before.length <= fragsize / 4 ? 0 : before.indexOf(' ', before.length - Math.floor(fragsize / 4)) + 1;
  let left = fragsize;
  let skip = lead;
  let out = '';
  for (const segment of segments) {
    if (left <= 0) break;
    let text = segment.text;
    if (skip > 0) {
      const cut = Math.min(skip, text.length);
      text = text.slice(cut);
      skip -= cut;
    }
    text = segment.mark ? text : text.slice(0, left);
    left -= text.length;
    if (text) out += segment.mark ? `<em>${escapeHtml(text)}</em>` : escapeHtml(text);
  }
  return out;
}
