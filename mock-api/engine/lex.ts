import { QueryError } from './errors.js';

/**
 * A token scanner for Lucene query text. It does NOT build the query (the `lucene` package does):
 * it only lets `normalize.ts` see where quotes, ranges, parentheses, boosts and operators are, so it
 * can repair the spots where the package's grammar is narrower than Lucene's.
 */
export type TokKind = 'ws' | 'lparen' | 'rparen' | 'quoted' | 'range' | 'regex' | 'word' | 'op' | 'boost' | 'fuzzy';

export interface Tok {
  kind: TokKind;
  text: string;
}

export const OPERATORS: Readonly<Record<string, string>> = { AND: 'AND', OR: 'OR', NOT: 'NOT', '&&': 'AND', '||': 'OR' };
const WORD_STOP = '()"[]{}^~/';
const isWs = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';

/** Index just after the closing `close` of a delimited run starting at `from`, honouring `\` escapes. */
function skipDelimited(q: string, from: number, close: string, what: string, param: string): number {
  let j = from + 1;
  while (j < q.length && q[j] !== close) j += q[j] === '\\' ? 2 : 1;
  if (j >= q.length) throw new QueryError(param, `org.apache.solr.search.SyntaxError: Cannot parse '${q}': unterminated ${what}`);
  return j + 1;
}

// Characters the package's range grammar refuses unescaped; Lucene allows them in quoted endpoints.
const RANGE_SPECIAL = ' {}()"/^~[]';

/**
 * A range `[a TO b]` as the package accepts it: no space just inside the brackets, `/` (date math)
 * escaped, quoted endpoints turned into escaped bare ones.
 */
function rangeToken(q: string, from: number, param: string): { tok: Tok; end: number } {
  let j = from + 1;
  let inner = '';
  while (j < q.length && q[j] !== ']' && q[j] !== '}') {
    const ch = q[j]!;
    if (ch === '\\' && j + 1 < q.length) {
      inner += ch + q[j + 1];
      j += 2;
    } else if (ch === '"') {
      const end = skipDelimited(q, j, '"', 'quoted range endpoint', param);
      for (let k = j + 1; k < end - 1; k++) {
        const c = q[k]!;
        if (c === '\\') inner += c + q[++k];
        else inner += RANGE_SPECIAL.includes(c) || c === '*' ? '\\' + c : c;
      }
      j = end;
    } else if (isWs(ch)) {
      if (!inner.endsWith(' ')) inner += ' ';
      j++;
    } else {
      inner += ch === '/' ? '\\/' : ch;
      j++;
    }
  }
  if (j >= q.length) throw new QueryError(param, `org.apache.solr.search.SyntaxError: Cannot parse '${q}': unterminated range`);
  return { tok: { kind: 'range', text: q[from]! + inner.trim() + q[j]! }, end: j + 1 };
}

function readWhile(q: string, from: number, ok: (ch: string) => boolean): number {
  let j = from;
  while (j < q.length && ok(q[j]!)) j++;
  return j;
}

export function scan(q: string, param: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    let end: number;
    let kind: TokKind;
    if (isWs(ch)) {
      end = readWhile(q, i, (c) => isWs(c));
      kind = 'ws';
    } else if (ch === '(' || ch === ')') {
      end = i + 1;
      kind = ch === '(' ? 'lparen' : 'rparen';
    } else if (ch === '"') {
      end = skipDelimited(q, i, '"', 'phrase (missing closing quote)', param);
      kind = 'quoted';
    } else if (ch === '[' || ch === '{') {
      const range = rangeToken(q, i, param);
      toks.push(range.tok);
      i = range.end;
      continue;
    } else if (ch === '/') {
      end = skipDelimited(q, i, '/', 'regular expression', param);
      kind = 'regex';
    } else if (ch === '^' || ch === '~') {
      end = readWhile(q, i + 1, (c) => (c >= '0' && c <= '9') || c === '.');
      kind = ch === '^' ? 'boost' : 'fuzzy';
    } else if (ch === ']' || ch === '}') {
      throw new QueryError(param, `org.apache.solr.search.SyntaxError: Cannot parse '${q}': unexpected '${ch}'`);
    } else {
      end = i;
      while (end < q.length && !isWs(q[end]) && !WORD_STOP.includes(q[end]!)) end += q[end] === '\\' ? 2 : 1;
      end = Math.min(end, q.length);
      // Own keys only: a term such as `__proto__` is a word, not an inherited property.
      kind = Object.hasOwn(OPERATORS, q.slice(i, end)) ? 'op' : 'word';
    }
    toks.push({ kind, text: q.slice(i, end) });
    i = end;
  }
  return toks;
}
