/**
 * Solr query building from typed parts. Every value that reaches a query goes through
 * `escapeTerm` or `escapePhrase`; field names are checked against a strict pattern so that a
 * mistake in our own code cannot turn into query syntax either. Free-text words are in solr-text.ts,
 * and ranges, alternatives and tagged filters in solr-filters.ts, for the queries that take them
 * (the search, the certificate list, the charts): a profile page does not load them.
 */

/** A finished query string. Branded so that plain strings cannot be passed where a query is expected. */
export type Query = string & { readonly __query: unique symbol };

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Lucene's special characters, plus whitespace (which would split one term into two).
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|\s]/g;

/** `name`, checked: a field name, never query syntax. */
export function field(name: string): string {
  if (!FIELD_NAME.test(name)) throw new Error(`Invalid Solr field name: ${name}`);
  return name;
}

/** Lucene reads these words as operators wherever they stand, even after `field:`. */
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT', 'TO']);

/**
 * Escapes a value so that it is one literal term: special characters and whitespace get a
 * backslash, and so does a value that is an operator word (`\AND` is the term "AND"). An empty
 * value becomes the empty phrase, which matches nothing.
 */
export function escapeTerm(value: string): string {
  if (value === '') return '""';
  const escaped = value.replace(SPECIAL, (ch) => `\\${ch}`);
  return OPERATOR_WORDS.has(value) ? `\\${escaped}` : escaped;
}

/** Escapes a value for use between double quotes. */
export function escapePhrase(value: string): string {
  return value.replace(/["\\]/g, (ch) => `\\${ch}`);
}

const q = (text: string) => text as Query;

/** Matches every document. */
export const ALL: Query = q('*:*');

export function term(name: string, value: string): Query {
  return q(`${field(name)}:${escapeTerm(value)}`);
}

/** `field:(a b c)`: any of the values (Solr's default OR). An empty list matches nothing. */
export function anyOf(name: string, values: readonly string[]): Query {
  if (values.length === 0) return not(ALL);
  return q(`${field(name)}:(${values.map(escapeTerm).join(' ')})`);
}

export function exists(name: string): Query {
  return q(`${field(name)}:*`);
}

export function and(...parts: Query[]): Query {
  return q(parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' AND '));
}

/** Documents that do not match `part`. Written `(*:* NOT x)` because a pure negative clause matches nothing in Solr. */
export function not(part: Query): Query {
  return q(`(*:* NOT (${part}))`);
}
