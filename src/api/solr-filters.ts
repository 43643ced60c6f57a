/**
 * Ranges, alternatives and tagged filters in Solr queries: what only the queries with filters and
 * facets build (the search, the certificate list, the charts). A module of its own beside solr.ts,
 * so that a page with a country profile or a record does not load it.
 */
import { escapeTerm, field, type Query } from './solr.js';

const q = (text: string) => text as Query;

export type RangeBound = Date | '*' | 'NOW';

function bound(value: RangeBound): string {
  return value instanceof Date ? escapeTerm(value.toISOString()) : value;
}

/** Inclusive range `[from TO to]`, for dates. */
export function range(name: string, from: RangeBound, to: RangeBound): Query {
  return q(`${field(name)}:[${bound(from)} TO ${bound(to)}]`);
}

export function or(...parts: Query[]): Query {
  return q(parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' OR '));
}

/** Tags a filter query so that a facet can exclude it (`{!ex=tag}`). */
export function tagged(tag: string, part: Query): Query {
  return q(`{!tag=${field(tag)}}${part}`);
}
