import { analyze } from './analyze.js';
import { parseDateMath, parseNumber } from './datemath.js';
import { QueryError } from './errors.js';
import { fieldKind, foldString, parseBool } from './fields.js';
import type { Query, TermTest } from './query.js';
import { editDistance, hasWildcard, unescapeTerm, wildcardMatcher } from './wildcard.js';

/** One term of the query as the lucene parser gave it, with the field resolved. */
export interface TermSpec {
  field: string;
  /** term text with the query's escapes still in it */
  raw: string;
  quoted: boolean;
  regex: boolean;
  /** fuzzy `~`: maximum edits */
  edits: number | undefined;
  /** phrase slop `"a b"~3` */
  slop: number;
  boost: number;
}

export interface RangeSpec {
  field: string;
  min: string;
  max: string;
  minInclusive: boolean;
  maxInclusive: boolean;
  boost: number;
}

export interface LeafContext {
  now: Date;
  param: string;
  /** the operator between the tokens of a split unquoted term (the request's q.op) */
  defaultOp: 'AND' | 'OR';
  /** Solr's `autoGeneratePhraseQueries`: a split unquoted term is a phrase instead of its tokens joined by defaultOp */
  autoPhrase: boolean;
}

const lower = (s: string): string => s.toLowerCase();
const isIntegerField = (field: string): boolean => ['_i', '_is', '_l'].some((s) => field.endsWith(s));

function leaf(field: string, test: TermTest, boost: number, scored = false): Query {
  return { kind: 'leaf', field, test, boost, scored };
}

function regexTest(source: string, param: string): (term: string) => boolean {
  try {
    const re = new RegExp(`^(?:${source})$`, 'u');
    return (term) => re.test(term);
  } catch {
    throw new QueryError(param, `org.apache.solr.search.SyntaxError: invalid regular expression /${source}/`);
  }
}

/** Wildcard, regex and fuzzy terms: a predicate over indexed terms (already folded as `fold` does). */
function patternTest(spec: TermSpec, fold: (s: string) => string, param: string): ((term: string) => boolean) | undefined {
  if (spec.regex) return regexTest(spec.raw, param);
  if (spec.edits !== undefined) {
    const target = fold(unescapeTerm(spec.raw));
    const max = spec.edits;
    return (term) => editDistance(term, target, max) <= max;
  }
  if (!spec.quoted && hasWildcard(spec.raw)) return wildcardMatcher(spec.raw, fold);
  return undefined;
}

function textLeaf(spec: TermSpec, ctx: LeafContext): Query {
  const pattern = patternTest(spec, lower, ctx.param);
  if (pattern) return leaf(spec.field, { type: 'pattern', test: pattern }, spec.boost);
  const terms = analyze(unescapeTerm(spec.raw));
  if (terms.length === 0) return { kind: 'none' };
  if (terms.length === 1) return leaf(spec.field, { type: 'term', term: terms[0]! }, spec.boost, true);
  if (spec.quoted || ctx.autoPhrase) return leaf(spec.field, { type: 'phrase', terms, slop: spec.slop }, spec.boost, true);
  // Stock Solr (autoGeneratePhraseQueries=false): an unquoted term the analyser splits
  // (`absch\-ircc\-in\-1`) becomes its tokens joined by the default operator, in any order.
  const tokens = terms.map((term) => leaf(spec.field, { type: 'term', term }, 1, true));
  return { kind: 'bool', must: ctx.defaultOp === 'AND' ? tokens : [], should: ctx.defaultOp === 'AND' ? [] : tokens, mustNot: [], boost: spec.boost };
}

function numericEquals(spec: TermSpec, ctx: LeafContext, kind: 'date' | 'number'): Query {
  if (spec.regex || spec.edits !== undefined || (!spec.quoted && hasWildcard(spec.raw))) {
    throw new QueryError(ctx.param, `can not use wildcard, regex or fuzzy queries on field ${spec.field}`);
  }
  const text = unescapeTerm(spec.raw);
  const value = kind === 'date' ? parseDateMath(text, ctx.now) : parseNumber(text, isIntegerField(spec.field));
  if (value === undefined) {
    throw new QueryError(ctx.param, kind === 'date' ? `Invalid Date String:'${text}'` : `Invalid Number: ${text}`);
  }
  return leaf(spec.field, { type: 'numeric', test: (v) => v === value }, spec.boost);
}

export function termQuery(spec: TermSpec, ctx: LeafContext): Query {
  const bare = !spec.quoted && !spec.regex;
  if (spec.field === '*') {
    if (bare && spec.raw === '*') return { kind: 'all', boost: spec.boost };
    throw new QueryError(ctx.param, `field '*' can only be used as '*:*'`);
  }
  if (bare && spec.raw === '*') return leaf(spec.field, { type: 'exists' }, spec.boost);
  const kind = fieldKind(spec.field);
  if (kind === 'text') return textLeaf(spec, ctx);
  if (kind === 'date' || kind === 'number') return numericEquals(spec, ctx, kind);
  if (kind === 'bool') {
    if (patternTest(spec, (s) => s, ctx.param)) throw new QueryError(ctx.param, `can not use wildcard, regex or fuzzy queries on field ${spec.field}`);
    return leaf(spec.field, { type: 'term', term: parseBool(unescapeTerm(spec.raw)) ? 'true' : 'false' }, spec.boost);
  }
  const fold = (s: string): string => foldString(spec.field, s);
  const pattern = patternTest(spec, fold, ctx.param);
  if (pattern) return leaf(spec.field, { type: 'pattern', test: pattern }, spec.boost);
  return leaf(spec.field, { type: 'term', term: fold(unescapeTerm(spec.raw)) }, spec.boost);
}

type Bound<T> = { value: T; inclusive: boolean } | undefined;

function inRange<T>(v: T, min: Bound<T>, max: Bound<T>): boolean {
  if (min && (min.inclusive ? v < min.value : v <= min.value)) return false;
  if (max && (max.inclusive ? v > max.value : v >= max.value)) return false;
  return true;
}

export function rangeQuery(spec: RangeSpec, ctx: LeafContext): Query {
  const open = (raw: string): boolean => raw === '*';
  if (open(spec.min) && open(spec.max)) return leaf(spec.field, { type: 'exists' }, spec.boost);
  const kind = fieldKind(spec.field);
  if (kind === 'date' || kind === 'number') {
    const read = (raw: string): number => {
      const text = unescapeTerm(raw);
      const v = kind === 'date' ? parseDateMath(text, ctx.now) : parseNumber(text, false);
      if (v === undefined) throw new QueryError(ctx.param, kind === 'date' ? `Invalid Date String:'${text}'` : `Invalid Number: ${text}`);
      return v;
    };
    const min = open(spec.min) ? undefined : { value: read(spec.min), inclusive: spec.minInclusive };
    const max = open(spec.max) ? undefined : { value: read(spec.max), inclusive: spec.maxInclusive };
    return leaf(spec.field, { type: 'numeric', test: (v) => inRange(v, min, max) }, spec.boost);
  }
  const fold = kind === 'text' ? lower : (s: string): string => foldString(spec.field, s);
  const bound = (raw: string, inclusive: boolean): Bound<string> => (open(raw) ? undefined : { value: fold(unescapeTerm(raw)), inclusive });
  const min = bound(spec.min, spec.minInclusive);
  const max = bound(spec.max, spec.maxInclusive);
  return leaf(spec.field, { type: 'pattern', test: (term) => inRange(term, min, max) }, spec.boost);
}
