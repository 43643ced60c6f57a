import { stripHtml, tokenize } from './analyze.js';
import { fieldKind, foldString, storedValues } from './fields.js';
import { phraseAt } from './match.js';
import { positiveLeaves, type LeafQuery } from './query.js';
import type { SearchRun } from './run.js';
import { wildcardMatcher } from './wildcard.js';

/**
 * `hl=true`: `highlighting[doc.id] = {field: [snippet, …]}` for the returned documents, over the
 * `hl.fl` fields (globs allowed, default df) where a term of q (or `hl.q`) occurs. As Solr's default
 * (`hl.requireFieldMatch=false`) a query term highlights in any listed field. Snippets are about
 * `hl.fragsize` characters of the HTML-free text (0 = whole value), best `hl.snippets` first.
 */
interface Options {
  pre: string;
  post: string;
  snippets: number;
  fragsize: number;
}

interface Fragment {
  score: number;
  order: number;
  text: string;
}

/** Which token positions of `terms` the query's leaves hit. */
function marks(terms: string[], leaves: LeafQuery[]): Set<number> {
  const hit = new Set<number>();
  for (const leaf of leaves) {
    const test = leaf.test;
    if (test.type === 'term' || test.type === 'pattern') {
      terms.forEach((term, i) => { if (test.type === 'term' ? term === test.term : test.test(term)) hit.add(i); });
    } else if (test.type === 'phrase') {
      terms.forEach((_, i) => phraseAt(terms, test.terms, test.slop, i)?.forEach((pos) => hit.add(pos)));
    }
  }
  return hit;
}

/** Fragments of one text value, each wrapped and scored by its number of hits. */
function fragments(value: string, leaves: LeafQuery[], opts: Options, order: number): Fragment[] {
  const text = stripHtml(value);
  const tokens = tokenize(text);
  const hit = marks(tokens.map((t) => t.term), leaves);
  if (hit.size === 0) return [];
  const out: Fragment[] = [];
  let start = 0;
  let first = 0;
  const close = (endToken: number, endChar: number): void => {
    let rendered = '';
    let cursor = start;
    let score = 0;
    for (let i = first; i < endToken; i++) {
      if (!hit.has(i)) continue;
      const t = tokens[i]!;
      rendered += text.slice(cursor, t.start) + opts.pre + text.slice(t.start, t.end) + opts.post;
      cursor = t.end;
      score++;
    }
    rendered += text.slice(cursor, endChar);
    // tags became spaces when the HTML was stripped: one space is enough in a snippet
    if (score > 0) out.push({ score, order: order + out.length, text: rendered.replace(/\s+/g, ' ').trim() });
  };
  tokens.forEach((t, i) => {
    if (opts.fragsize > 0 && i > first && t.end - start > opts.fragsize) {
      close(i, t.start);
      start = t.start;
      first = i;
    }
  });
  close(tokens.length, opts.fragsize > 0 ? Math.min(text.length, Math.max(start + opts.fragsize, tokens[tokens.length - 1]!.end)) : text.length);
  return out;
}

/** A string field highlights whole values that a leaf matches. */
function stringFragments(field: string, values: string[], leaves: LeafQuery[], opts: Options): Fragment[] {
  return values.flatMap((value, order) => {
    const folded = foldString(field, value);
    const hit = leaves.some((l) => (l.test.type === 'term' ? l.test.term === folded : l.test.type === 'pattern' && l.test.test(folded)));
    return hit ? [{ score: 1, order, text: opts.pre + value + opts.post }] : [];
  });
}

export function highlight(run: SearchRun, docs: readonly number[]): Record<string, Record<string, string[]>> {
  const p = run.params;
  const opts: Options = {
    pre: p.get('hl.simple.pre') ?? p.get('hl.tag.pre') ?? '<em>',
    post: p.get('hl.simple.post') ?? p.get('hl.tag.post') ?? '</em>',
    snippets: p.int('hl.snippets', 1, 1),
    fragsize: p.int('hl.fragsize', 100, 0),
  };
  const hlQ = p.get('hl.q');
  const query = hlQ !== undefined ? run.parse(hlQ, 'hl.q').query : run.q;
  const leaves = positiveLeaves(query).filter((l) => l.test.type === 'term' || l.test.type === 'phrase' || l.test.type === 'pattern');
  const requireFieldMatch = p.bool('hl.requireFieldMatch');
  const specs = (p.get('hl.fl') ?? p.get('df') ?? 'text_EN_txt').split(/[\s,]+/).filter((s) => s !== '');
  const tests = specs.map((s) => wildcardMatcher(s, (x) => x));
  const out: Record<string, Record<string, string[]>> = {};
  for (const doc of docs) {
    const stored = run.index.docs[doc]!;
    const entry: Record<string, string[]> = {};
    for (const field of Object.keys(stored)) {
      const kind = fieldKind(field);
      if ((kind !== 'text' && kind !== 'string') || !tests.some((t) => t(field))) continue;
      const own = requireFieldMatch ? leaves.filter((l) => l.field === field) : leaves;
      const values = storedValues(stored[field]).map(String);
      const found = kind === 'text'
        ? values.flatMap((v, i) => fragments(v, own, opts, i * 1000))
        : stringFragments(field, values, own, opts);
      if (found.length === 0) continue;
      found.sort((a, b) => b.score - a.score || a.order - b.order);
      entry[field] = found.slice(0, opts.snippets).map((f) => f.text);
    }
    out[String(stored.id)] = entry;
  }
  return out;
}
