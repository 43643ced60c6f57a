/**
 * Every request shape the library sends, made through the library's own named queries, client and
 * readers (so a probe can never drift from what the elements send), with a sample country. A shape
 * fails when its request fails or when the reader the elements use refuses the answer.
 */
import type { ApiConfig } from '../../src/api/client.ts';
import { fetchCertificatePage } from '../../src/api/certificates-endpoints.ts';
import { fetchCountries, fetchCountry, searchGrouped } from '../../src/api/endpoints.ts';
import { F, NATIONAL_SCHEMAS } from '../../src/api/fields.ts';
import { fetchPartiesCounts } from '../../src/api/parties-endpoints.ts';
import { certificateExportQuery, certificatePageQuery, USAGE_TERMS } from '../../src/api/queries/certificates.ts';
import { countryProfileQuery } from '../../src/api/queries/country-profile.ts';
import { referencedByQuery } from '../../src/api/queries/record.ts';
import { STATS_VIEWS } from '../../src/api/queries/stats.ts';
import { fetchDocumentInfo, fetchTerm, searchIndex } from '../../src/api/record-endpoints.ts';
import { fetchSearchPage } from '../../src/api/search-endpoints.ts';
import { clearCache } from '../../src/api/shared-request.ts';
import { forgetLearnedTransports } from '../../src/api/index-request.ts';
import { loadStats } from '../../src/components/stats/stats-data.ts';
import { isObject, request, urlOf } from './http.ts';

export interface ShapeContext {
  base: string;
  now: Date;
}

export interface Shape {
  name: string;
  run(context: ShapeContext): Promise<void>;
}

/** The sample country: one with every kind of national record on the real Clearing-House. */
const COUNTRY = 'in';

/** The library's client as an element has it, without retries: a probe reports the first answer. */
function configOf(context: ShapeContext): ApiConfig {
  clearCache();
  forgetLearnedTransports();
  return { apiBase: context.base, timeout: 30_000, retries: 0 };
}

const noFilters = { governments: [], usages: [], subjects: [], query: '' } as const;

/** The identifier of one published record of a type, found with a plain index request. */
async function identifierOf(base: string, schema: string): Promise<string> {
  const probe = await request(urlOf(base, '/api/v2013/index/select', { q: `${F.schema}:${schema}`, fq: `${F.state}:public`, fl: F.identifier, rows: 1 }));
  const response = isObject(probe.json) ? probe.json.response : undefined;
  const doc = isObject(response) && Array.isArray(response.docs) ? response.docs[0] : undefined;
  const identifier = isObject(doc) ? doc[F.identifier] : undefined;
  if (typeof identifier !== 'string') throw new Error(`no published ${schema} to ask for (HTTP ${probe.status})`);
  return identifier;
}

/** `<absch-record>`'s schemas with a layout of their own. */
const RECORD_SCHEMAS = ['absPermit', 'authority', 'measure', 'absCheckpoint', 'absCheckpointCommunique', 'focalPoint', 'absProcedure', 'database', 'absNationalReport'] as const;

export const LIBRARY_SHAPES: readonly Shape[] = [
  { name: 'countries', run: async (c) => void (await fetchCountries(configOf(c))) },
  { name: 'country', run: async (c) => void (await fetchCountry(configOf(c), COUNTRY)) },
  {
    name: 'country profile (index, grouped)',
    run: async (c) => void (await searchGrouped(configOf(c), countryProfileQuery([COUNTRY], 10), F.groupGovernmentSchema)),
  },
  { name: 'Parties list (index, pivot)', run: async (c) => void (await fetchPartiesCounts(configOf(c))) },
  {
    name: 'search (index, facets, highlighting)',
    run: async (c) =>
      void (await fetchSearchPage(configOf(c), { text: 'genetic', schemas: [], countries: [], keywords: [], kind: '', page: 1, pageSize: 10, sort: 'relevance' }, 'en')),
  },
  {
    name: 'search filtered (multi-select facets)',
    run: async (c) =>
      void (await fetchSearchPage(configOf(c), { text: '', schemas: [...NATIONAL_SCHEMAS.slice(0, 2)], countries: [COUNTRY], keywords: [], kind: 'national', page: 1, pageSize: 10, sort: 'newest' }, 'en')),
  },
  {
    name: 'certificate list (index, usage counts)',
    run: async (c) =>
      void (await fetchCertificatePage(configOf(c), certificatePageQuery({ ...noFilters, governments: [COUNTRY] }, { start: 0, rows: 25, sort: 'date-desc', locale: 'en' }))),
  },
  {
    name: 'certificate CSV export (index)',
    run: async (c) => void (await fetchCertificatePage(configOf(c), certificateExportQuery({ ...noFilters, governments: [COUNTRY] }, 'date-desc', 'en', 0))),
  },
  ...STATS_VIEWS.map(
    (view): Shape => ({
      name: `stats ${view} (index, facets)`,
      run: async (c) => void (await loadStats(view, { governments: [] }, configOf(c), c.now, AbortSignal.timeout(60_000))),
    }),
  ),
  ...RECORD_SCHEMAS.map(
    (schema): Shape => ({
      name: `document ${schema}`,
      run: async (c) => {
        const identifier = await identifierOf(c.base, schema);
        const info = await fetchDocumentInfo(configOf(c), identifier, undefined, { includeDeleted: true });
        if (info.type !== schema) throw new Error(`documents/${identifier} answered a ${info.type}`);
      },
    }),
  ),
  {
    name: 'referenced by (index)',
    run: async (c) => void (await searchIndex(configOf(c), referencedByQuery(await identifierOf(c.base, 'authority')))),
  },
  { name: 'thesaurus term', run: async (c) => void (await fetchTerm(configOf(c), USAGE_TERMS.commercial)) },
];
