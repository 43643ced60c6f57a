/**
 * The contract between mock-api's data generator (mock-api/data/) and its request handler.
 * Shapes follow the real api.cbd.int (scbd/clearing-house-documentation swagger/json and the components request bodies).
 */

/** The six UN languages, lower-case as in lstrings. */
export type Lang = 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';
export const LANGS: readonly Lang[] = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];

/** A multilingual string: any subset of the six languages, often HTML. */
export type LString = Partial<Record<Lang, string>>;

/**
 * One Solr document of the index. Field semantics follow the name's suffix:
 * `_s` exact string, `_ss` exact strings, `_t` tokenized text, `_txt` tokenized texts,
 * `_dt` ISO date-time string (`2019-10-01T00:00:00Z`), `_i` integer, `_d` double, `_b` boolean.
 * `id` is the Solr id (the key of `highlighting`).
 */
export type IndexValue = string | number | boolean | string[];
export interface IndexDoc {
  id: string;
  [field: string]: IndexValue;
}

export interface Treaty {
  instrument: 'ratification' | 'accession' | 'acceptance' | 'approval' | 'succession' | null;
  /** `YYYY-MM-DD` or null */
  signature: string | null;
  deposit: string | null;
  party: string | null;
}

/** `GET /api/v2013/countries[/{CODE}]` item. */
export interface Country {
  /** upper-case ISO 3166 alpha-2 (`KE`), `EU` for the European Union */
  code: string;
  code2: string;
  code3: string;
  name: Record<Lang, string>;
  treaties: { XXVII8: Treaty; XXVII8a: Treaty; XXVII8b: Treaty; XXVII8c: Treaty };
}

/** `GET /api/v2013/thesaurus/domains/{id}/terms` item. */
export interface Term {
  termId: number;
  identifier: string;
  name: string;
  title: Record<Lang, string>;
  shortTitle?: LString;
  description?: string;
  longDescription?: LString;
  source?: string;
  broaderTerms: string[];
  narrowerTerms: string[];
  relatedTerms: string[];
  nonPreferedTerms: string[];
}

/** `GET /api/v2013/documents/{uid}?info=true`: metadata wrapper around the record body. */
export interface DocumentInfo {
  identifier: string;
  documentID: number;
  type: string;
  owner: string;
  revision: number;
  latestRevision: number;
  size: number;
  /** the realm that owns the record: CHM for focal points */
  realm: 'ABS' | 'CHM';
  mediaType: 'application/json';
  charset: 'utf-8';
  metadata: { government?: string; schema: string };
  title: LString;
  summary?: LString;
  createdOn: string;
  createdBy: { userID: number; firstName: string; lastName: string; email: string };
  updatedOn: string;
  updatedBy: { userID: number; firstName: string; lastName: string; email: string };
  submittedOn?: string;
  deletedOn?: string;
  /** the record itself: `{header:{identifier, schema, languages}, …}` */
  body: Record<string, unknown> & { header: { identifier: string; schema: string; languages: Lang[] } };
}

export interface Snapshot {
  /** the moment the snapshot was made for; relative facts (the pending ratification) hang on it */
  generatedFor: string;
  index: IndexDoc[];
  /** one entry per published revision, current revision last */
  documents: DocumentInfo[];
  countries: Country[];
  /** thesaurus domains by id or name (`countries`, `A7B77788-…`, `1A22EAAB-…`, `regions`) */
  domains: Record<string, Term[]>;
}
