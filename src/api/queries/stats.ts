/**
 * Statistics (`<absch-stats>`): one named query per chart. Every query asks for no documents
 * (`rows=0`), only the facets, pivot or facet queries the chart draws, on top of the portal's
 * published filters. The field names of these figures live here and nowhere else.
 */
import type { Params } from '../client.js';
import { F, NATIONAL_SCHEMAS } from '../fields.js';
import { range } from '../solr-filters.js';
import { and, anyOf, exists, not, term, type Query } from '../solr.js';
import { IRCC, USAGE_TERMS } from './certificates.js';
import { publishedFilters } from './common.js';

export const STATS_VIEWS = ['records-by-type', 'publishers-by-type', 'ircc-by-country', 'ircc-by-purpose', 'ircc-by-subject', 'ircc-by-year', 'cpc-by-country'] as const;
export type StatsView = (typeof STATS_VIEWS)[number];

/** Reference record types (docs/api-notes.md §2.1), in the order of the Secretariat's Table 1. */
export const REFERENCE_SCHEMAS = ['resource', 'organization', 'capacityBuildingInitiative', 'modelContractualClause', 'communityProtocol'] as const;

export const CPC_SCHEMA = 'absCheckpointCommunique';
/** The first year of the Clearing-House's certificates (the Protocol entered into force in October 2014). */
export const FIRST_IRCC_YEAR = 2014;

/**
 * The pivot, exactly as sent: its answer is keyed by this string. No facet here has `{!key=…}` or
 * `{!ex=…}`: no public source shows the API passing local params on, so every answer is found by
 * the field, query or pivot text it was asked with.
 */
export const STATS_PIVOT = `${F.schema},${F.government}`;

export const PURPOSES = ['commercial', 'non-commercial', 'confidential'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The filters the element's attributes give, already checked. */
export interface StatsFilters {
  /** lower-case ISO codes; empty = every government */
  governments: readonly string[];
  /** years, inclusive (records-by-type only) */
  from?: number;
  to?: number;
}

function base(q: Query, filters: StatsFilters, realm: string, extra: Query[] = []): Params {
  const fq = [...publishedFilters(realm), ...extra];
  if (filters.governments.length) fq.push(anyOf(F.government, filters.governments));
  // Virtual records only mirror another record: counting them would count it twice.
  return { q: and(not(exists(F.virtual)), q), fq, rows: 0, facet: true };
}

const startOfYear = (year: number) => new Date(Date.UTC(year, 0, 1));
/** The last millisecond of the year: `range` is inclusive at both ends. */
const endOfYear = (year: number) => new Date(Date.UTC(year + 1, 0, 1) - 1);

/**
 * Published records per type (Table 1); with a period, a second query gives the same counts for the
 * records created in it (not a tagged filter that one facet excludes: that needs local params).
 */
export function recordsByTypeQueries(filters: StatsFilters, realm: string): Params[] {
  const q = anyOf(F.schema, [...NATIONAL_SCHEMAS, ...REFERENCE_SCHEMAS]);
  const facet = { 'facet.field': F.schema, 'facet.limit': -1, 'facet.mincount': 1 };
  const all = { ...base(q, filters, realm), ...facet };
  if (filters.from === undefined && filters.to === undefined) return [all];
  const period = range(F.createdDate, filters.from === undefined ? '*' : startOfYear(filters.from), filters.to === undefined ? '*' : endOfYear(filters.to));
  return [all, { ...base(q, filters, realm, [period]), ...facet }];
}

/** Governments publishing each national record type (Table 2): record type × government. */
export function publishersByTypeQuery(filters: StatsFilters, realm: string): Params {
  return { ...base(anyOf(F.schema, NATIONAL_SCHEMAS), filters, realm), 'facet.pivot': STATS_PIVOT, 'facet.limit': 512, 'facet.mincount': 1 };
}

function byGovernment(schema: string, filters: StatsFilters, realm: string): Params {
  return { ...base(term(F.schema, schema), filters, realm), 'facet.field': F.government, 'facet.limit': -1, 'facet.mincount': 1 };
}

/** Certificates per issuing government. */
export function irccByCountryQuery(filters: StatsFilters, realm: string): Params {
  return byGovernment(IRCC.schema, filters, realm);
}

/** Checkpoint communiqués per publishing government. */
export function cpcByCountryQuery(filters: StatsFilters, realm: string): Params {
  return byGovernment(CPC_SCHEMA, filters, realm);
}

/** The facet query of a purpose; the answer names its count by this text. */
export function purposeQuery(purpose: Purpose): Query {
  return purpose === 'confidential' ? term(IRCC.usagesConfidential, 'true') : term(IRCC.usages, USAGE_TERMS[purpose]);
}

/** Certificates by purpose: three facet queries (commercial, non-commercial, confidential). */
export function irccByPurposeQuery(filters: StatsFilters, realm: string): Params {
  return { ...base(term(F.schema, IRCC.schema), filters, realm), 'facet.query': PURPOSES.map(purposeQuery) };
}

/** Certificates per subject-matter term. */
export function irccBySubjectQuery(filters: StatsFilters, realm: string): Params {
  return { ...base(term(F.schema, IRCC.schema), filters, realm), 'facet.field': IRCC.keywords, 'facet.limit': -1, 'facet.mincount': 1 };
}

/** The years the per-year chart shows: from the first certificates to the current year. */
export function irccYears(now: Date): number[] {
  const last = Math.max(FIRST_IRCC_YEAR, now.getUTCFullYear());
  return Array.from({ length: last - FIRST_IRCC_YEAR + 1 }, (_, i) => FIRST_IRCC_YEAR + i);
}

/** The facet query of a year of issuance; the answer names its count by this text. */
export const yearQuery = (year: number): Query => range(IRCC.issued, startOfYear(year), endOfYear(year));

/** Certificates issued per year: one facet query per year on the date of issuance (no facet ranges: one request, any Solr). */
export function irccByYearQuery(filters: StatsFilters, now: Date, realm: string): Params {
  return { ...base(term(F.schema, IRCC.schema), filters, realm), 'facet.query': irccYears(now).map(yearQuery) };
}

/** The index queries of a view: one, or two for records-by-type with a period. */
export function statsQueries(view: StatsView, filters: StatsFilters, now: Date, realm: string): Params[] {
  switch (view) {
    case 'records-by-type':
      return recordsByTypeQueries(filters, realm);
    case 'publishers-by-type':
      return [publishersByTypeQuery(filters, realm)];
    case 'ircc-by-country':
      return [irccByCountryQuery(filters, realm)];
    case 'ircc-by-purpose':
      return [irccByPurposeQuery(filters, realm)];
    case 'ircc-by-subject':
      return [irccBySubjectQuery(filters, realm)];
    case 'ircc-by-year':
      return [irccByYearQuery(filters, now, realm)];
    default:
      return [cpcByCountryQuery(filters, realm)];
  }
}
