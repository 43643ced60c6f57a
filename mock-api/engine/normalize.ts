import { QueryError } from './errors.js';
import { OPERATORS, scan, type Tok } from './lex.js';
import { standInForEscapedWhitespace } from './wildcard.js';

/**
 * The `lucene` package (2.1.1) parses a narrower grammar than Solr and silently drops some input
 * (`a AND` → `a`; `a || NOT b` → `a OR b`). Before parsing, this pass rewrites the query text into
 * an equivalent one the package reads faithfully, and refuses (400) what Solr would refuse:
 * - operators: `&&`/`||` become AND/OR, `AND NOT` is one token, a dangling AND/OR/NOT is an error;
 * - `field : value` loses the spaces around the colon;
 * - `-(…)`, `+(…)`, `!(…)` become a field group on a placeholder field (`-__group__:(…)`);
 * - group boosts `(…)^6` are removed and remembered by the group's ordinal (the n-th `(`);
 * - boosts the grammar cannot read (`^5.5`) and fuzzy edit counts (`~1`) are replaced by markers;
 * - a boosted range `f:[a TO b]^3` is wrapped in such a group so the boost has somewhere to go;
 * - ranges: date math `/DAY` escaped, quoted endpoints unquoted (see lex.ts).
 */
export const GROUP_FIELD = '__group__';

export interface Normalized {
  text: string;
  groupBoosts: Map<number, number>;
  /** real boost by the integer marker written in its place */
  boostMarkers: Map<number, number>;
  /** fuzzy edit distance by the similarity the parser will report for its marker */
  fuzzyMarkers: Map<number, number>;
}

const BOOST_MARKER_BASE = 1_000_000;
const CLAUSE_END = new Set(['word', 'quoted', 'range', 'regex', 'rparen']);
const CLAUSE_START = new Set(['word', 'quoted', 'range', 'regex', 'lparen']);
const isUnsignedInt = (s: string): boolean => s !== '' && [...s].every((c) => c >= '0' && c <= '9');

function syntaxError(q: string, param: string, why: string): QueryError {
  return new QueryError(param, `org.apache.solr.search.SyntaxError: Cannot parse '${q}': ${why}`);
}

/** Canonical operators; a conjunction followed by NOT becomes one `AND NOT`/`OR NOT` token. */
function mergeOperators(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (const tok of toks) {
    if (tok.kind !== 'op') { out.push(tok); continue; }
    const op = OPERATORS[tok.text]!;
    const prevIdx = out.length > 0 && out[out.length - 1]!.kind === 'ws' ? out.length - 2 : out.length - 1;
    const prev = out[prevIdx];
    if (op === 'NOT' && prev?.kind === 'op' && (prev.text === 'AND' || prev.text === 'OR')) {
      out.length = prevIdx;
      out.push({ kind: 'op', text: `${prev.text} NOT` });
    } else {
      out.push({ kind: 'op', text: op });
    }
  }
  return out;
}

/** `field : value` → `field:value`; `-(` → `-__group__:(`. */
function mergeWords(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    const prev = out[out.length - 1];
    const beforePrev = out[out.length - 2];
    if (tok.kind === 'word' && tok.text.startsWith(':') && prev?.kind === 'ws' && beforePrev?.kind === 'word') {
      out.pop();
      out[out.length - 1] = { kind: 'word', text: beforePrev.text + tok.text };
    } else if (tok.kind === 'word' && tok.text.startsWith(':') && prev?.kind === 'word') {
      out[out.length - 1] = { kind: 'word', text: prev.text + tok.text };
    } else if (tok.kind === 'boost' && prev?.kind === 'ws') {
      out[out.length - 1] = tok; // `a ^2`: Lucene skips the space
    } else if (tok.kind === 'word' && ['-', '+', '!'].includes(tok.text) && toks[i + 1]?.kind === 'lparen') {
      out.push({ kind: 'word', text: `${tok.text}${GROUP_FIELD}:` });
    } else {
      out.push(tok);
    }
  }
  return out;
}

/**
 * The package reads no boost after a range or regex (`f:[a TO b]^3`): wrap it in a placeholder group
 * (`__group__:(f:[a TO b])^3`) so the boost becomes a group boost.
 */
function wrapBoostedRanges(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  toks.forEach((tok, i) => {
    const boosted = (tok.kind === 'range' || tok.kind === 'regex') && toks[i + 1]?.kind === 'boost';
    if (!boosted) { out.push(tok); return; }
    const prev = out[out.length - 1];
    const field = prev?.kind === 'word' && prev.text.endsWith(':') ? out.pop() : undefined;
    // a modifier (`-f:[…]^2`) stays outside the group, where it applied
    const mod = field && '+-!'.includes(field.text[0]!) ? field.text[0]! : '';
    out.push({ kind: 'word', text: `${mod}${GROUP_FIELD}:` }, { kind: 'lparen', text: '(' });
    if (field) out.push({ kind: 'word', text: field.text.slice(mod.length) });
    out.push(tok, { kind: 'rparen', text: ')' });
  });
  return out;
}

/** `field:` waiting for its value (the colon not escaped). */
function isFieldPrefix(tok: Tok): boolean {
  if (tok.kind !== 'word' || !tok.text.endsWith(':')) return false;
  let slashes = 0;
  for (let i = tok.text.length - 2; i >= 0 && tok.text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}

/** Every AND/OR needs a clause on both sides, NOT one on its right (Lucene's grammar). */
function checkOperators(toks: Tok[], q: string, param: string): void {
  const significant = toks.filter((t) => t.kind !== 'ws' && t.kind !== 'boost' && t.kind !== 'fuzzy');
  significant.forEach((tok, i) => {
    const prev = significant[i - 1];
    if (tok.kind !== 'op') return;
    if (prev !== undefined && isFieldPrefix(prev)) throw syntaxError(q, param, `'${prev.text}' is followed by '${tok.text}', not a value`);
    const next = significant[i + 1];
    if (tok.text !== 'NOT' && (prev === undefined || !CLAUSE_END.has(prev.kind))) {
      throw syntaxError(q, param, `'${tok.text}' has no clause before it`);
    }
    if (next === undefined || !CLAUSE_START.has(next.kind)) {
      throw syntaxError(q, param, `'${tok.text}' has no clause after it`);
    }
  });
}

export function normalize(q: string, param: string): Normalized {
  const toks = wrapBoostedRanges(mergeWords(mergeOperators(scan(q, param))));
  checkOperators(toks, q, param);
  const result: Normalized = { text: '', groupBoosts: new Map(), boostMarkers: new Map(), fuzzyMarkers: new Map() };
  const open: number[] = [];
  let ordinal = 0;
  let lastClosed = -1;
  const out: string[] = [];
  toks.forEach((tok, i) => {
    const prev = toks[i - 1];
    switch (tok.kind) {
      case 'lparen':
        open.push(ordinal++);
        out.push(tok.text);
        return;
      case 'rparen':
        if (open.length === 0) throw syntaxError(q, param, "unbalanced ')'");
        lastClosed = open.pop()!;
        out.push(tok.text);
        return;
      case 'op':
        out.push(` ${tok.text} `); // the package needs whitespace around operators (`NOT(a)`)
        return;
      case 'boost':
        out.push(boost(tok.text, prev, lastClosed, result, () => syntaxError(q, param, `invalid boost '${tok.text}'`)));
        return;
      case 'fuzzy':
        out.push(fuzzy(tok.text, prev, result));
        return;
      case 'word':
        if (isFieldThenOperator(tok.text)) throw syntaxError(q, param, `an operator cannot be a term: '${tok.text}' (escape it: \\${tok.text.slice(tok.text.indexOf(':') + 1)})`);
        out.push(withWhitespaceStandIns(tok.text));
        return;
      default:
        out.push(tok.text);
    }
  });
  if (open.length > 0) throw syntaxError(q, param, "unbalanced '('");
  result.text = out.join('');
  return result;
}

function boost(text: string, prev: Tok | undefined, lastClosed: number, result: Normalized, invalid: () => QueryError): string {
  const digits = text.slice(1);
  const value = Number(digits);
  if (digits === '' || !Number.isFinite(value) || digits.split('.').length > 2) throw invalid();
  if (prev?.kind === 'rparen') {
    result.groupBoosts.set(lastClosed, value);
    return '';
  }
  if (prev?.kind !== 'word' && prev?.kind !== 'quoted') throw invalid();
  if (isUnsignedInt(digits) || (digits.startsWith('0.') && isUnsignedInt(digits.slice(2)))) return text;
  const marker = BOOST_MARKER_BASE + result.boostMarkers.size;
  result.boostMarkers.set(marker, value);
  return `^${marker}`;
}

function fuzzy(text: string, prev: Tok | undefined, result: Normalized): string {
  const digits = text.slice(1);
  if (prev?.kind !== 'word' || !isUnsignedInt(digits)) return text; // `~`, `~0.8`, phrase slop `"a b"~3`
  // The package only reads `~0.x` after a term; an edit count is written as a tiny similarity marker.
  const marker = `0.${'0'.repeat(8)}${result.fuzzyMarkers.size + 1}`;
  result.fuzzyMarkers.set(Number(marker), Math.min(Number(digits), 2));
  return `~${marker}`;
}

/** Escaped tabs and line breaks in a word, in the form the `lucene` package accepts (see wildcard.ts). */
function withWhitespaceStandIns(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    if (word[i] === '\\' && i + 1 < word.length) {
      out += `\\${standInForEscapedWhitespace(word[i + 1]!)}`;
      i++;
    } else {
      out += word[i];
    }
  }
  return out;
}

/** `field:AND`: Solr's parser reads the operator as an operator and fails; only `field:\\AND` is the term. */
function isFieldThenOperator(word: string): boolean {
  const colon = word.indexOf(':');
  return colon > 0 && word[colon - 1] !== '\\' && Object.hasOwn(OPERATORS, word.slice(colon + 1));
}
