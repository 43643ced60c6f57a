import lucene from 'lucene';
import type { AST, Node, NodeRangedTerm, NodeTerm, Operator } from 'lucene';
import { QueryError } from './errors.js';
import { isValidFieldName } from './fields.js';
import { GROUP_FIELD, normalize, type Normalized } from './normalize.js';
import type { Query } from './query.js';
import { rangeQuery, termQuery } from './terms.js';

/**
 * Lucene query text → typed query tree. The `lucene` package does the parsing; this module gives its
 * AST Lucene's meaning: a run of clauses joined by AND/OR/NOT/+/- becomes one boolean query with
 * MUST/SHOULD/MUST_NOT clauses exactly as Lucene's QueryParserBase.addClause decides (so
 * `a AND b OR c` is `+a +b c`, and `q.op=AND` makes bare clauses required).
 */
export interface ParseOptions {
  /** the request parameter being parsed, for the 400 body */
  param: string;
  /** default field of unfielded terms */
  df: string;
  defaultOp: 'AND' | 'OR';
  now: Date;
  /** Solr's `autoGeneratePhraseQueries` (terms.ts): false in stock Solr, true in the `autophrase=1` world */
  autoPhrase: boolean;
}

type Mod = 'none' | 'req' | 'not';
type Conj = 'none' | 'and' | 'or';
interface Clause { conj: Conj; mod: Mod; query: Query }

interface Walk {
  opts: ParseOptions;
  norm: Normalized;
  /** pre-order count of parenthesised groups, matching normalize()'s count of `(` */
  groups: number;
}

const OPS: Record<Operator, { conj: Conj; mod: Mod }> = {
  '<implicit>': { conj: 'none', mod: 'none' },
  AND: { conj: 'and', mod: 'none' },
  OR: { conj: 'or', mod: 'none' },
  NOT: { conj: 'none', mod: 'not' },
  'AND NOT': { conj: 'and', mod: 'not' },
  'OR NOT': { conj: 'or', mod: 'not' },
};

function modOf(prefix: string | null | undefined): Mod {
  if (prefix === '+') return 'req';
  return prefix === '-' || prefix === '!' ? 'not' : 'none';
}

function combineMods(a: Mod, b: Mod, opts: ParseOptions): Mod {
  if (a === 'none') return b;
  if (b === 'none' || a === b) return a;
  throw new QueryError(opts.param, 'org.apache.solr.search.SyntaxError: a clause cannot be both required and prohibited');
}

/** Resolves the AST's field (`<implicit>`, `-field`, the group placeholder) against the inherited one. */
function resolveField(raw: string | undefined, inherited: string | undefined, walk: Walk): { field: string | undefined; mod: Mod } {
  if (raw === undefined || raw === '<implicit>') return { field: inherited, mod: 'none' };
  const mod = modOf(raw[0]);
  const name = mod === 'none' ? raw : raw.slice(1);
  if (name === GROUP_FIELD) return { field: inherited, mod };
  if (name !== '*' && !isValidFieldName(name)) {
    throw new QueryError(walk.opts.param, `undefined field ${name}`);
  }
  return { field: name, mod };
}

const isTerm = (x: AST | Node): x is NodeTerm => 'term' in x;
const isRange = (x: AST | Node): x is NodeRangedTerm => 'term_min' in x;
const isAst = (x: AST | Node | undefined): x is AST => x !== undefined && 'left' in x;

function realBoost(boost: number | null | undefined, walk: Walk): number {
  if (boost === null || boost === undefined) return 1;
  return walk.norm.boostMarkers.get(boost) ?? boost;
}

/** Lucene's old similarity syntax (`~0.8`) as an edit count; `~` alone (0.5 here) allows 2 edits. */
function editsOf(similarity: number | null | undefined, term: string, walk: Walk): number | undefined {
  if (similarity === null || similarity === undefined) return undefined;
  const marked = walk.norm.fuzzyMarkers.get(similarity);
  if (marked !== undefined) return marked;
  return similarity === 0.5 ? 2 : Math.min(2, Math.floor((1 - similarity) * [...term].length));
}

function leafClause(x: NodeTerm | NodeRangedTerm, inherited: string | undefined, walk: Walk): { mod: Mod; query: Query } {
  const resolved = resolveField(x.field, inherited, walk);
  const field = resolved.field ?? walk.opts.df;
  const ctx = { now: walk.opts.now, param: walk.opts.param, defaultOp: walk.opts.defaultOp, autoPhrase: walk.opts.autoPhrase };
  if (isRange(x)) {
    const boost = 1;
    const query = rangeQuery({ field, min: x.term_min, max: x.term_max, boost,
      minInclusive: x.inclusive === 'both' || x.inclusive === 'left',
      maxInclusive: x.inclusive === 'both' || x.inclusive === 'right' }, ctx);
    return { mod: resolved.mod, query };
  }
  const proximity = (x as NodeTerm & { proximity?: number | null }).proximity;
  const query = termQuery({ field, raw: x.term, quoted: x.quoted, regex: x.regex, boost: realBoost(x.boost, walk),
    edits: editsOf(x.similarity, x.term, walk), slop: proximity ?? 0 }, ctx);
  return { mod: combineMods(resolved.mod, modOf(x.prefix), walk.opts), query };
}

function item(x: AST | Node, inherited: string | undefined, walk: Walk): { mod: Mod; query: Query } {
  if (isTerm(x) || isRange(x)) return leafClause(x, inherited, walk);
  if (!x.parenthesized && x.field === undefined) return { mod: 'none', query: chain(x, inherited, walk) };
  const ordinal = walk.groups++; // before the children: pre-order, like the `(` in the text
  const resolved = resolveField(x.field, inherited, walk);
  const query = chain(x, resolved.field, walk);
  const boost = walk.norm.groupBoosts.get(ordinal);
  return { mod: resolved.mod, query: boost === undefined ? query : withBoost(query, boost) };
}

function withBoost(query: Query, boost: number): Query {
  if (query.kind === 'none') return query;
  return { ...query, boost: query.boost * boost };
}

/** A right-hand node that continues the same clause list (not a group of its own). */
const continues = (x: AST | Node | undefined): x is AST => isAst(x) && !x.parenthesized && x.field === undefined;

const startsWithNot = (x: AST): boolean => 'start' in x && x.start === 'NOT';

function chain(node: AST, inherited: string | undefined, walk: Walk): Query {
  if (!isAst(node)) throw new QueryError(walk.opts.param, 'org.apache.solr.search.SyntaxError: empty clause');
  const clauses: Clause[] = [];
  let current: AST = node;
  let op: { conj: Conj; mod: Mod } = { conj: 'none', mod: startsWithNot(current) ? 'not' : 'none' };
  for (;;) {
    const it = item(current.left, inherited, walk);
    clauses.push({ conj: op.conj, mod: combineMods(op.mod, it.mod, walk.opts), query: it.query });
    if (!('right' in current)) break;
    op = { ...OPS[current.operator] };
    const right: AST | Node = current.right;
    if (!continues(right)) {
      const last = item(right, inherited, walk);
      clauses.push({ conj: op.conj, mod: combineMods(op.mod, last.mod, walk.opts), query: last.query });
      break;
    }
    if (startsWithNot(right)) op.mod = combineMods(op.mod, 'not', walk.opts);
    current = right;
  }
  return combine(clauses, walk.opts);
}

/** Lucene's addClause: conjunctions upgrade or downgrade the previous clause, modifiers win. */
function combine(clauses: Clause[], opts: ParseOptions): Query {
  const out: { occur: 'must' | 'should' | 'not'; query: Query }[] = [];
  for (const c of clauses) {
    const prev = out[out.length - 1];
    if (prev && c.conj === 'and' && prev.occur !== 'not') prev.occur = 'must';
    if (prev && opts.defaultOp === 'AND' && c.conj === 'or' && prev.occur !== 'not') prev.occur = 'should';
    // A term the analyser removed is dropped, as Lucene drops a null clause (after the conjunction's effect).
    if (c.query.kind === 'none') continue;
    const prohibited = c.mod === 'not';
    const required = opts.defaultOp === 'OR'
      ? c.mod === 'req' || (c.conj === 'and' && !prohibited)
      : !prohibited && c.conj !== 'or';
    out.push({ occur: prohibited ? 'not' : required ? 'must' : 'should', query: c.query });
  }
  if (out.length === 0) return { kind: 'none' };
  if (out.length === 1 && out[0]!.occur !== 'not') return out[0]!.query;
  const pick = (occur: string): Query[] => out.filter((c) => c.occur === occur).map((c) => c.query);
  return { kind: 'bool', must: pick('must'), should: pick('should'), mustNot: pick('not'), boost: 1 };
}

export function parseQuery(text: string, opts: ParseOptions): Query {
  const norm = normalize(text, opts.param);
  let ast: AST;
  try {
    ast = lucene.parse(norm.text);
  } catch (error) {
    throw new QueryError(opts.param, `org.apache.solr.search.SyntaxError: Cannot parse '${text}': ${(error as Error).message}`);
  }
  if (!isAst(ast)) return { kind: 'none' };
  return chain(ast, undefined, { opts, norm, groups: 0 });
}
