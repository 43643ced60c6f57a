import type { SearchIndex } from './index.js';
import type { BoolQuery, LeafQuery, Query } from './query.js';

/**
 * Evaluates a query against the whole index at once: one score per document, NaN where it does
 * not match. Working column-wise (postings for terms, one pass over the vocabulary for patterns)
 * keeps a query over ~2,300 documents in the sub-millisecond range.
 */
export type Scores = Float64Array;

export const matches = (scores: Scores, doc: number): boolean => !Number.isNaN(scores[doc]!);

function filled(size: number, value: number): Scores {
  return new Float64Array(size).fill(value);
}

/** Positions of `terms` in order from `start`, with at most `slop` extra positions in between. */
export function phraseAt(tokens: readonly string[], terms: readonly string[], slop: number, start: number): number[] | undefined {
  if (tokens[start] !== terms[0]) return undefined;
  const positions = [start];
  let gaps = 0;
  for (let k = 1; k < terms.length; k++) {
    const pos = positions[k - 1]!;
    let found = -1;
    for (let p = pos + 1; p <= pos + 1 + slop - gaps && p < tokens.length; p++) {
      if (tokens[p] === terms[k]) { found = p; break; }
    }
    if (found < 0) return undefined;
    gaps += found - pos - 1;
    positions.push(found);
  }
  return positions;
}

export function phraseCount(tokens: readonly string[], terms: readonly string[], slop: number): number {
  let count = 0;
  for (let start = 0; start < tokens.length; start++) if (phraseAt(tokens, terms, slop, start)) count++;
  return count;
}

function leafScores(leaf: LeafQuery, index: SearchIndex): Scores {
  const data = index.field(leaf.field);
  const out = filled(index.size, NaN);
  const lengthNorm = (doc: number): number => 1 / Math.sqrt(Math.max(1, data.terms[doc]!.length));
  const test = leaf.test;
  switch (test.type) {
    case 'term': {
      const idf = leaf.scored ? index.idf(leaf.field, test.term) : 1;
      for (const [doc, tf] of data.postings.get(test.term) ?? []) {
        out[doc] = leaf.scored ? leaf.boost * idf * Math.sqrt(tf) * lengthNorm(doc) : leaf.boost;
      }
      break;
    }
    case 'phrase': {
      const rarest = [...test.terms].sort((a, b) => (data.postings.get(a)?.size ?? 0) - (data.postings.get(b)?.size ?? 0))[0]!;
      const idf = test.terms.reduce((sum, t) => sum + index.idf(leaf.field, t), 0);
      for (const doc of data.postings.get(rarest)?.keys() ?? []) {
        const freq = phraseCount(data.terms[doc]!, test.terms, test.slop);
        if (freq > 0) out[doc] = leaf.boost * idf * Math.sqrt(freq) * lengthNorm(doc);
      }
      break;
    }
    case 'pattern':
      for (const [term, docs] of data.postings) {
        if (!test.test(term)) continue;
        for (const doc of docs.keys()) out[doc] = leaf.boost;
      }
      break;
    case 'numeric':
      data.numbers.forEach((values, doc) => {
        if (values.some(test.test)) out[doc] = leaf.boost;
      });
      break;
    case 'exists':
      data.terms.forEach((values, doc) => {
        if (values.some((v) => v !== '')) out[doc] = leaf.boost;
      });
      break;
  }
  return out;
}

function boolScores(query: BoolQuery, index: SearchIndex): Scores {
  const must = query.must.map((q) => evaluate(q, index));
  const should = query.should.map((q) => evaluate(q, index));
  const mustNot = query.mustNot.map((q) => evaluate(q, index));
  // Only prohibited clauses: Solr adds `*:*`, so the rest of the index matches (at every level here).
  const pureNegative = must.length === 0 && should.length === 0;
  const out = filled(index.size, NaN);
  for (let doc = 0; doc < index.size; doc++) {
    if (mustNot.some((s) => matches(s, doc)) || must.some((s) => !matches(s, doc))) continue;
    let score = pureNegative ? 1 : 0;
    let anyShould = false;
    for (const s of must) score += s[doc]!;
    for (const s of should) {
      if (matches(s, doc)) {
        anyShould = true;
        score += s[doc]!;
      }
    }
    if (must.length === 0 && should.length > 0 && !anyShould) continue;
    out[doc] = score * query.boost;
  }
  return out;
}

export function evaluate(query: Query, index: SearchIndex): Scores {
  switch (query.kind) {
    case 'all': return filled(index.size, query.boost);
    case 'none': return filled(index.size, NaN);
    case 'leaf': return leafScores(query, index);
    case 'bool': return boolScores(query, index);
  }
}
