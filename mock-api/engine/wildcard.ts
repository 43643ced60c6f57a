/**
 * Term text as the lucene parser leaves it still carries the query's backslash escapes. These helpers
 * read it once: every `\x` is the literal character x, an unescaped `*` matches any run of characters
 * and an unescaped `?` exactly one (Lucene wildcard semantics).
 */
type Piece = { literal: string } | { any: 'one' | 'many' };

/**
 * The `lucene` package does not accept an escaped tab or line break inside a term, which Lucene does
 * (`\<LF>` is the literal line break). normalize() therefore writes such an escape as `\` + a
 * private-use stand-in; reading the term turns it back into the whitespace character.
 */
const STAND_IN_BASE = 0xf700;
const ESCAPABLE_WHITESPACE = '\t\n\v\f\r';

export function standInForEscapedWhitespace(ch: string): string {
  return ESCAPABLE_WHITESPACE.includes(ch) ? String.fromCharCode(STAND_IN_BASE + ch.charCodeAt(0)) : ch;
}

function fromStandIn(ch: string): string {
  const code = ch.charCodeAt(0) - STAND_IN_BASE;
  return code >= 0 && code < 0x20 && ESCAPABLE_WHITESPACE.includes(String.fromCharCode(code)) ? String.fromCharCode(code) : ch;
}

function pieces(raw: string): Piece[] {
  const out: Piece[] = [];
  const chars = Array.from(raw);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\\' && i + 1 < chars.length) out.push({ literal: fromStandIn(chars[++i]!) });
    else if (ch === '*') out.push({ any: 'many' });
    else if (ch === '?') out.push({ any: 'one' });
    else out.push({ literal: ch });
  }
  return out;
}

/** The term with every escape removed (`absch\-ircc` → `absch-ircc`). */
export function unescapeTerm(raw: string): string {
  return pieces(raw).map((p) => ('literal' in p ? p.literal : p.any === 'many' ? '*' : '?')).join('');
}

export function hasWildcard(raw: string): boolean {
  return pieces(raw).some((p) => 'any' in p);
}

/**
 * A matcher for a wildcard term. `fold` maps literals and candidates alike (lower-casing for text
 * fields). Matching walks code points with the classic greedy-star backtracking, so it is linear
 * in practice and needs no regular expression built from user input.
 */
export function wildcardMatcher(raw: string, fold: (s: string) => string): (term: string) => boolean {
  const pattern = pieces(raw).map((p) => ('literal' in p ? { literal: fold(p.literal) } : p));
  const last = pattern[pattern.length - 1];
  const body = pattern.slice(0, -1);
  if (last && 'any' in last && last.any === 'many' && body.every((p) => 'literal' in p)) {
    // `abc*`, the search box's form: a plain prefix test
    const prefix = body.map((p) => ('literal' in p ? p.literal : '')).join('');
    return (term) => term.startsWith(prefix);
  }
  return (term) => {
    const text = Array.from(term);
    let p = 0;
    let t = 0;
    let starP = -1;
    let starT = 0;
    while (t < text.length) {
      const piece = pattern[p];
      if (piece !== undefined && ('literal' in piece ? piece.literal === text[t] : piece.any === 'one')) {
        p++;
        t++;
      } else if (piece !== undefined && 'any' in piece && piece.any === 'many') {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < pattern.length) {
      const piece = pattern[p]!;
      if (!('any' in piece && piece.any === 'many')) return false;
      p++;
    }
    return true;
  };
}

/** Damerau-Levenshtein distance (with adjacent transpositions, as Lucene's FuzzyQuery), capped early. */
export function editDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length]!;
}
