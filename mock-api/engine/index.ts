import type { IndexDoc } from '../types.js';
import { analyze } from './analyze.js';
import { fieldKind, foldString, storedValues, type FieldKind } from './fields.js';

/**
 * The searchable form of the snapshot's index, built lazily one field at a time and then kept:
 * per document the field's terms (tokens of a text field, values of the others) and numbers
 * (dates in ms), plus postings (term → document → term frequency). No request re-tokenizes the
 * index; the first query on a field pays once.
 */
export interface FieldData {
  kind: FieldKind;
  /** per document: analysed tokens (text) or folded values (string, bool `true`/`false`, dates and numbers as stored) */
  terms: (readonly string[])[];
  /** per document, numeric and date fields only: the values as numbers (dates in ms) */
  numbers: (readonly number[])[];
  postings: Map<string, Map<number, number>>;
}

function termsOf(field: string, kind: FieldKind, value: unknown): string[] {
  const values = storedValues(value);
  switch (kind) {
    case 'text': return values.flatMap((v) => analyze(String(v)));
    case 'bool': return values.map((v) => (v === true || v === 'true' ? 'true' : 'false'));
    case 'string': return values.map((v) => foldString(field, String(v)));
    default: return values.map((v) => String(v));
  }
}

function numbersOf(kind: FieldKind, value: unknown): number[] {
  if (kind !== 'date' && kind !== 'number') return [];
  return storedValues(value)
    .map((v) => (kind === 'date' ? Date.parse(String(v)) : Number(v)))
    .filter((n) => Number.isFinite(n));
}

export class SearchIndex {
  readonly docs: readonly IndexDoc[];
  private readonly fields = new Map<string, FieldData>();
  /** every field name present in some document, in first-seen order (for `fl=*` globs and `hl.fl=*`) */
  readonly fieldNames: readonly string[];

  constructor(docs: readonly IndexDoc[]) {
    this.docs = docs;
    const names = new Set<string>();
    for (const doc of docs) for (const key of Object.keys(doc)) names.add(key);
    this.fieldNames = [...names];
  }

  get size(): number {
    return this.docs.length;
  }

  field(name: string): FieldData {
    let data = this.fields.get(name);
    if (!data) {
      data = this.build(name);
      this.fields.set(name, data);
    }
    return data;
  }

  private build(name: string): FieldData {
    const kind = fieldKind(name);
    const terms = this.docs.map((doc) => termsOf(name, kind, doc[name]));
    const numbers = this.docs.map((doc) => numbersOf(kind, doc[name]));
    const postings = new Map<string, Map<number, number>>();
    terms.forEach((list, doc) => {
      for (const term of list) {
        let docs = postings.get(term);
        if (!docs) postings.set(term, (docs = new Map()));
        docs.set(doc, (docs.get(doc) ?? 0) + 1);
      }
    });
    return { kind, terms, numbers, postings };
  }

  /** Inverse document frequency, Lucene's classic form. */
  idf(field: string, term: string): number {
    const df = this.field(field).postings.get(term)?.size ?? 0;
    return 1 + Math.log(this.size / (df + 1));
  }
}
