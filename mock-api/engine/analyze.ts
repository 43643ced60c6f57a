/**
 * The text analyser of `_t`/`_txt` fields, close to Solr's text_general: HTML removed, Unicode-aware
 * word split on letters/digits (marks stay inside words so Arabic keeps its diacritics), each Han,
 * Hiragana or Katakana character its own token (as StandardTokenizer does), then lower-cased.
 */
export interface Token {
  term: string;
  /** offsets in the HTML-free text, for highlighting */
  start: number;
  end: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Removes tags (a tag becomes a space so `<p>a</p><p>b</p>` stays two words) and decodes entities. */
export function stripHtml(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html;
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

// One CJK character, or a run of letters/digits/marks that are not CJK.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

/** Tokens with offsets into `text` (which must already be HTML-free). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ term: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The terms of a stored text value, as indexed. */
export function analyze(value: string): string[] {
  return tokenize(stripHtml(value)).map((t) => t.term);
}
