/**
 * The generator's own record model: everything the index document and the stored document of one
 * record are derived from, so the two can never disagree.
 */
import type { IndexValue, Lang, LString } from '../types.js';
import type { Schema } from './schemas.js';

/** A record that points at others: `referenceRecord_info_ss` entries and the "referenced by" links. */
export interface Reference {
  /** the body field that holds the reference (`absCNA`, `absIRCCs`…) */
  field: string;
  /** `GUID@rev` */
  identifiers: string[];
}

export interface MockRecord {
  schema: Schema;
  /** lower-case ISO2 or `eu`; absent on most reference records */
  government?: string;
  /** upper-case GUID without revision */
  identifier: string;
  documentId: number;
  revision: number;
  state: 'public' | 'draft';
  /** when it was deleted: its documents then carry `deletedOn`, and only `include-deleted=true` shows them */
  deleted?: Date;
  /** languages in the order the record declares them: the first one is the record's main language */
  title: LString;
  summary?: LString;
  created: Date;
  updated: Date;
  /** schema-specific index fields, already with their Solr suffixes */
  fields: Record<string, IndexValue>;
  /** term ids for `all_terms_ss` besides the government and the schema */
  terms: string[];
  /** further texts for `text_{LANG}_txt` (names, descriptions, subject matter) */
  texts: LString[];
  references: Reference[];
  /** the document body, without `header` and `government` (added from the fields above) */
  body: Record<string, unknown>;
}

/** The languages of an lstring, in declaration order. */
export function languagesOf(text: LString): Lang[] {
  return Object.keys(text) as Lang[];
}

/**
 * The subset of `text` in the wanted languages, in the wanted order. When `text` has none of them
 * (a hand-written English-only name for a record that would be in French), it keeps its first language.
 */
export function select(text: LString, wanted: readonly Lang[]): LString {
  const out: LString = {};
  for (const lang of wanted) {
    const value = text[lang];
    if (value !== undefined) out[lang] = value;
  }
  if (Object.keys(out).length > 0) return out;
  const first = languagesOf(text)[0];
  return first ? { [first]: text[first] } : {};
}

/** `GUID@rev`, the form references take */
export function ref(record: Pick<MockRecord, 'identifier' | 'revision'>): string {
  return `${record.identifier}@${record.revision}`;
}

/** Adds a value to a multi-valued index field (`referencedByCPC_ss`…), creating it on first use. */
export function appendField(record: MockRecord, field: string, value: string): void {
  const current = record.fields[field];
  if (Array.isArray(current)) current.push(value);
  else record.fields[field] = [value];
}
