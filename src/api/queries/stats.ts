/**
 * Statistics (`<absch-stats>`): one named query per chart. Every query asks for no documents
 * (`rows=0`), only the facets, pivot or facet queries the chart draws, on top of the portal's
 * published filters. The field names of these figures live here and nowhere else.
 */
import type { Params } from '../client.js';
import { F, NATIONAL_SCHEMAS } from '../fields.js';
import { and, anyOf, exists, not, range, tagged, term, type Query } from '../solr.js';
import { IRCC, USAGE_TERMS } from './certificates.js';
import { publishedFilters } from './common.js';
import { VIRTUAL_FIELD } from './parties.js';

export const STATS_VIEWS = ['records-by-type', 'publishers-by-type', 'ircc-by-country', 'ircc-by-purpose', 'ircc-by-subject', 'ircc-by-year', 'cpc-by-country'] as const;
export type StatsView = (typeof STATS_VIEWS)[number];

/** Reference record types (absch-api.md 2.1), in the order of the Secretariat's Table 1. */
export const REFERENCE_SCHEMAS = ['resource', 'organization', 'capacityBuildingInitiative', 'modelContractualClause', 'communityProtocol'] as const;

export const CPC_SCHEMA = 'absCheckpointCommunique';
/** When a record was first published: there is no publishedDate field (absch-api.md 2.2). */
export const CREATED_FIELD = 'createdDate_dt';
/** The first year of the Clearing-House's certificates (the Protocol entered into force in October 2014). */
export const FIRST_IRCC_YEAR = 2014;

/** Keys of the answer's facets, set with `{!key=…}` so that the answer does not repeat the query. */
export const STATS_KEYS = { all: 'all', period: 'period', pivot: `${F.schema},${F.government}` } as const;
const PERIOD_TAG = 'period';

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

function base(q: Query, filters: StatsFilters, extra: Query[] = []): Params {
  const fq = [...publishedFilters(), ...extra];
  if (filters.governments.length) fq.push(anyOf(F.government, filters.governments));
  // Virtual records only mirror another record: counting them would count it twice.
  return { q: and(not(exists(VIRTUAL_FIELD)), q), fq, rows: 0, facet: true };
}

const startOfYear = (year: number) => new Date(Date.UTC(year, 0, 1));
/** The last millisecond of the year: `range` is inclusive at both ends. */
const endOfYear = (year: number) => new Date(Date.UTC(year + 1, 0, 1) - 1);

/** Published records per type (Table 1); with a period, the same counts for records created in it beside the totals. */
export function recordsByTypeQuery(filters: StatsFilters): Params {
  const q = anyOf(F.schema, [...NATIONAL_SCHEMAS, ...REFERENCE_SCHEMAS]);
  const common = { 'facet.limit': -1, 'facet.mincount': 1 };
  if (filters.from === undefined && filters.to === undefined) {
    return { ...base(q, filters), ...common, 'facet.field': `{!key=${STATS_KEYS.all}}${F.schema}` };
  }
  // One request: the period is a tagged filter that the "all" facet excludes.
  const period = tagged(PERIOD_TAG, range(CREATED_FIELD, filters.from === undefined ? '*' : startOfYear(filters.from), filters.to === undefined ? '*' : endOfYear(filters.to)));
  return {
    ...base(q, filters, [period]),
    ...common,
    'facet.field': [`{!ex=${PERIOD_TAG} key=${STATS_KEYS.all}}${F.schema}`, `{!key=${STATS_KEYS.period}}${F.schema}`],
  };
}

/** Governments publishing each national record type (Table 2): record type × government. */
export function publishersByTypeQuery(filters: StatsFilters): Params {
  return { ...base(anyOf(F.schema, NATIONAL_SCHEMAS), filters), 'facet.pivot': STATS_KEYS.pivot, 'facet.limit': 512, 'facet.mincount': 1 };
}

function byGovernment(schema: string, filters: StatsFilters): Params {
  return { ...base(term(F.schema, schema), filters), 'facet.field': `{!key=${STATS_KEYS.all}}${F.government}`, 'facet.limit': -1, 'facet.mincount': 1 };
}

/** Certificates per issuing government. */
export function irccByCountryQuery(filters: StatsFilters): Params {
  return byGovernment(IRCC.schema, filters);
}

/** Checkpoint communiqués per publishing government. */
export function cpcByCountryQuery(filters: StatsFilters): Params {
  return byGovernment(CPC_SCHEMA, filters);
}

function purposeQuery(purpose: Purpose): Query {
  return purpose === 'confidential' ? term(IRCC.usagesConfidential, 'true') : term(IRCC.usages, USAGE_TERMS[purpose]);
}

/** Facet keys are plain words: `{!key=non-commercial}` would do, but keys are safest without punctuation. */
export const purposeKey = (purpose: Purpose) => purpose.replace('-', '');

/** Certificates by purpose: three facet queries (commercial, non-commercial, confidential). */
export function irccByPurposeQuery(filters: StatsFilters): Params {
  return { ...base(term(F.schema, IRCC.schema), filters), 'facet.query': PURPOSES.map((purpose) => `{!key=${purposeKey(purpose)}}${purposeQuery(purpose)}`) };
}

/** Certificates per subject-matter term. */
export function irccBySubjectQuery(filters: StatsFilters): Params {
  return { ...base(term(F.schema, IRCC.schema), filters), 'facet.field': `{!key=${STATS_KEYS.all}}${IRCC.keywords}`, 'facet.limit': -1, 'facet.mincount': 1 };
}

/** The years the per-year chart shows: from the first certificates to the current year. */
export function irccYears(now: Date): number[] {
  const last = Math.max(FIRST_IRCC_YEAR, now.getUTCFullYear());
  return Array.from({ length: last - FIRST_IRCC_YEAR + 1 }, (_, i) => FIRST_IRCC_YEAR + i);
}

export const yearKey = (year: number) => `y${year}`;

/** Certificates issued per year: one facet query per year on the date of issuance (no facet ranges: one request, any Solr). */
export function irccByYearQuery(filters: StatsFilters, now: Date): Params {
  return {
    ...base(term(F.schema, IRCC.schema), filters),
    'facet.query': irccYears(now).map((year) => `{!key=${yearKey(year)}}${range(IRCC.issued, startOfYear(year), endOfYear(year))}`),
  };
}

export function statsQuery(view: StatsView, filters: StatsFilters, now: Date): Params {
  switch (view) {
    case 'records-by-type':
      return recordsByTypeQuery(filters);
    case 'publishers-by-type':
      return publishersByTypeQuery(filters);
    case 'ircc-by-country':
      return irccByCountryQuery(filters);
    case 'ircc-by-purpose':
      return irccByPurposeQuery(filters);
    case 'ircc-by-subject':
      return irccBySubjectQuery(filters);
    case 'ircc-by-year':
      return irccByYearQuery(filters, now);
    default:
      return cpcByCountryQuery(filters);
  }
}
