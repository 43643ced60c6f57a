/**
 * The one reader of index answers (`/api/v2013/index[/select]`, Solr's JSON): the documents,
 * facets, groups, highlighting and `nonSupportedParams`, with one strictness policy. What the
 * answer carries must have Solr's shape, else the whole answer is an `ApiError('shape')` (a proxy's
 * page or a changed API, never a wrong number); a part the request did not ask for may be absent.
 * Whether a part that was asked for is present is the caller's check (`groupedField`, `responseOf`, and
 * index-request.ts's `facetField`, `facetQuery`, `facetPivot`), or the transport's (`missingFacets`,
 * index-transport.ts).
 */
import { ApiError } from './errors.js';
import type { DocList, GroupedField, IndexDoc } from './types.js';
import { isRecord, shapeError } from './validate.js';

export interface FacetCount {
  value: string;
  count: number;
}

export interface PivotEntry extends FacetCount {
  /** the next field's counts within this value; empty on the last level */
  pivot: PivotEntry[];
}

export interface IndexAnswer {
  /** `response`; absent from a grouped answer */
  response?: DocList;
  /** `facet_counts.facet_fields`, by the key Solr gives (the field, or `{!key=…}`) */
  facetFields: Record<string, FacetCount[]>;
  /** `facet_counts.facet_queries`, by the key Solr gives (the query text, or `{!key=…}`) */
  facetQueries: Record<string, number>;
  /** `facet_counts.facet_pivot`, by key (`field1,field2`) */
  facetPivots: Record<string, PivotEntry[]>;
  /** `grouped`, by group field */
  grouped: Record<string, GroupedField>;
  /** `highlighting[doc id][field]`; absent when the API ignored or was not asked for `hl` */
  highlighting?: Record<string, Record<string, string[]>>;
  /** parameter names the API's proxy ignored (api.cbd.int lists them; stock Solr does not) */
  nonSupportedParams: string[];
}

const WHAT = 'search result';

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The error of an answer that is not the index answer asked for (here and in index-request.ts's facet readers). */
export function invalid(): ApiError {
  return shapeError(WHAT);
}

function docList(value: unknown): DocList {
  if (!isRecord(value) || !isCount(value.numFound) || !Array.isArray(value.docs) || !value.docs.every(isRecord)) throw invalid();
  return { numFound: value.numFound, start: isCount(value.start) ? value.start : 0, docs: value.docs as IndexDoc[] };
}

/** Solr's flat `[value, count, value, count, …]`. */
function flatCounts(flat: unknown): FacetCount[] {
  if (!Array.isArray(flat) || flat.length % 2 !== 0) throw invalid();
  const out: FacetCount[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const value: unknown = flat[i];
    const count: unknown = flat[i + 1];
    if (typeof value !== 'string' || !isCount(count)) throw invalid();
    out.push({ value, count });
  }
  return out;
}

/** Pivot values keep their JSON type in Solr (booleans, numbers): read as text, as facet fields are. */
function pivotEntry(entry: unknown): PivotEntry {
  if (!isRecord(entry) || !['string', 'number', 'boolean'].includes(typeof entry.value) || !isCount(entry.count)) throw invalid();
  const nested = entry.pivot ?? [];
  if (!Array.isArray(nested)) throw invalid();
  return { value: String(entry.value as string | number | boolean), count: entry.count, pivot: nested.map(pivotEntry) };
}

function grouped(value: unknown): GroupedField {
  if (!isRecord(value) || !Array.isArray(value.groups)) throw invalid();
  return {
    matches: isCount(value.matches) ? value.matches : 0,
    ngroups: isCount(value.ngroups) ? value.ngroups : undefined,
    groups: value.groups.map((group: unknown) => {
      if (!isRecord(group)) throw invalid();
      return { groupValue: typeof group.groupValue === 'string' ? group.groupValue : null, doclist: docList(group.doclist) };
    }),
  };
}

function highlighting(value: unknown): IndexAnswer['highlighting'] {
  if (!isRecord(value)) throw invalid();
  const out: NonNullable<IndexAnswer['highlighting']> = {};
  for (const [id, fields] of Object.entries(value)) {
    if (!isRecord(fields)) throw invalid();
    const entry: Record<string, string[]> = {};
    for (const [field, snippets] of Object.entries(fields)) {
      if (!Array.isArray(snippets) || !snippets.every((s) => typeof s === 'string')) throw invalid();
      entry[field] = snippets as string[];
    }
    out[id] = entry;
  }
  return out;
}

/** Each entry of an optional object part, read by `read`; a part that is there but not an object is invalid. */
function entries<T>(value: unknown, read: (item: unknown) => T): Record<string, T> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw invalid();
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, read(item)]));
}

export function readIndexAnswer(value: unknown): IndexAnswer {
  // A record with none of the parts an index answer has is not one (a proxy's `{"result":"ok"}`).
  if (!isRecord(value) || (value.response === undefined && value.grouped === undefined && value.facet_counts === undefined)) throw invalid();
  const facets = value.facet_counts ?? {};
  if (!isRecord(facets)) throw invalid();
  const unsupported = value.nonSupportedParams ?? [];
  if (!Array.isArray(unsupported)) throw invalid();
  return {
    response: value.response === undefined ? undefined : docList(value.response),
    facetFields: entries(facets.facet_fields, flatCounts),
    facetQueries: entries(facets.facet_queries, (count) => {
      if (!isCount(count)) throw invalid();
      return count;
    }),
    facetPivots: entries(facets.facet_pivot, (list) => {
      if (!Array.isArray(list)) throw invalid();
      return list.map(pivotEntry);
    }),
    grouped: entries(value.grouped, grouped),
    highlighting: value.highlighting === undefined ? undefined : highlighting(value.highlighting),
    nonSupportedParams: unsupported.filter((name): name is string => typeof name === 'string'),
  };
}

// ——— per-view readers: a part the request asked for is missing = not the answer asked for ———

export function responseOf(answer: IndexAnswer): DocList {
  if (!answer.response) throw invalid();
  return answer.response;
}

export function groupedField(answer: IndexAnswer, field: string): GroupedField {
  const found = answer.grouped[field];
  if (!found) throw invalid();
  return found;
}
