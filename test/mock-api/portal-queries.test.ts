/**
 * mock-api answers the queries the ABSCH portal itself sends (docs/api-notes.md §3)
 * with the shapes of the real API, and holds the Secretariat's figures for 1 October 2019.
 */
import { expect } from '@open-wc/testing';
import { F, NATIONAL_SCHEMAS } from '../../src/api/fields.js';
import { partyStatus } from '../../src/api/party-status.js';
import { publishedFilters } from '../../src/api/queries/common.js';
import { countryProfileQuery } from '../../src/api/queries/country-profile.js';
import type { Country } from '../../src/api/types.js';
import { getJson, indexUrl, facetObject, type QueryParams } from '../helpers.js';

interface Answer {
  responseHeader: { status: number; params: Record<string, unknown> };
  response: { numFound: number; start: number; docs: Record<string, unknown>[] };
  facet_counts: {
    facet_fields: Record<string, unknown[]>;
    facet_pivot: Record<string, { field: string; value: string; count: number; pivot?: { field: string; value: string; count: number }[] }[]>;
  };
  grouped: Record<string, { ngroups: number; groups: { groupValue: string; doclist: { numFound: number; docs: Record<string, unknown>[] } }[] }>;
  highlighting: Record<string, Record<string, string[]>>;
}

const portalFilters = ['_state_s:public', 'realm_ss:abs'];
const select = (params: QueryParams) => getJson<Answer>(indexUrl(params));
const post = async (body: unknown) => {
  const response = await fetch('/api/v2013/index/select', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Answer };
};

const TABLE_1 = { focalPoint: 167, authority: 110, measure: 325, absProcedure: 8, absNationalModelContractualClause: 1, absCheckpoint: 51, absPermit: 1107, absCheckpointCommunique: 15, database: 47, absNationalReport: 92 };
const REFERENCE = { resource: 186, capacityBuildingInitiative: 79, modelContractualClause: 21, communityProtocol: 10 };
const TABLE_2 = { authority: 68, measure: 64, absProcedure: 7, absNationalModelContractualClause: 1, absCheckpoint: 26, absPermit: 18, absCheckpointCommunique: 5, database: 35 };
const IRCC_BY_COUNTRY = { in: 741, fr: 172, ke: 38, pa: 19, mx: 8, by: 7, la: 5, bg: 3, do: 2, gt: 2, et: 1, mt: 1, pe: 1 };
const CPC_BY_COUNTRY = { de: 7, dk: 4, jp: 2, mt: 1, qa: 1 };

describe('mock-api: the report figures through the widgets’ own filters', () => {
  it('Table 1: published national and reference records per type', async () => {
    const { body } = await select({ q: '*:*', fq: publishedFilters(), rows: 0, facet: true, 'facet.field': F.schema, 'facet.limit': -1 });
    const bySchema = facetObject(body.facet_counts.facet_fields[F.schema]);
    for (const [schema, n] of Object.entries({ ...TABLE_1, ...REFERENCE })) expect(bySchema[schema], schema).to.equal(n);
    expect(Object.values(TABLE_1).reduce((a, b) => a + b)).to.equal(1923);
    const national = await select({ q: `${F.schemaType}:national`, fq: [...publishedFilters(), `${F.schema}:(${Object.keys(TABLE_1).join(' ')})`], rows: 0 });
    expect(national.body.response.numFound).to.equal(1923);
    const reference = await select({ q: `${F.schemaType}:reference`, fq: publishedFilters(), rows: 0 });
    expect(reference.body.response.numFound).to.equal(296);
  });

  it('Table 2, certificates and communiqués per country: the Parties list pivot', async () => {
    const { body } = await select({
      q: `NOT virtual_b:* AND ${F.schema}:(${Object.keys(TABLE_2).join(' ')})`,
      fq: publishedFilters(),
      rows: 0,
      facet: true,
      'facet.pivot': 'schema_s,government_s',
      'facet.limit': 512,
      'facet.mincount': 1,
    });
    const pivot = body.facet_counts.facet_pivot['schema_s,government_s'];
    const governments = Object.fromEntries(pivot.map((p) => [p.value, p.pivot?.length ?? 0]));
    expect(governments).to.deep.equal(TABLE_2);
    const permits = Object.fromEntries(pivot.find((p) => p.value === 'absPermit')!.pivot!.map((p) => [p.value, p.count]));
    for (const [country, n] of Object.entries(IRCC_BY_COUNTRY)) expect(permits[country], country).to.equal(n);
    const others = Object.entries(permits).filter(([country]) => !(country in IRCC_BY_COUNTRY));
    expect(others).to.have.length(5);
    expect(others.reduce((sum, [, n]) => sum + n, 0)).to.equal(107);
    const cpcs = Object.fromEntries(pivot.find((p) => p.value === 'absCheckpointCommunique')!.pivot!.map((p) => [p.value, p.count]));
    expect(cpcs).to.deep.equal(CPC_BY_COUNTRY);
  });

  it('120 Parties and one country between ratification and entry into force', async () => {
    const { body: countries } = await getJson<Country[]>('/api/v2013/countries');
    const statuses = countries.map((c) => partyStatus({ code: c.code, name: {}, treaties: c.treaties }).kind);
    expect(statuses.filter((s) => s === 'party')).to.have.length(120);
    expect(statuses.filter((s) => s === 'ratified')).to.have.length(1);
    expect(statuses.filter((s) => s === 'signatory').length).to.be.greaterThan(0);
    expect(statuses.filter((s) => s === 'non-party').length).to.be.greaterThan(0);
  });
});

describe('mock-api: the portal’s query shapes', () => {
  it('country profile: grouped POST with group.ngroups, per-type numFound, fl aliases', async () => {
    const { status, body } = await post({
      q: 'government_s:ke',
      fq: [...portalFilters, `schema_s:(${NATIONAL_SCHEMAS.join(' ')})`],
      group: true,
      'group.field': 'grp_government_schema_s',
      'group.limit': 10,
      'group.ngroups': true,
      rows: 500,
      sort: 'updatedDate_dt desc',
      fl: 'id,identifier_s,uniqueIdentifier_s,schema_s,government_s,rec_title:title_EN_t,updatedDate_dt',
    });
    expect(status).to.equal(200);
    const grouped = body.grouped.grp_government_schema_s;
    expect(grouped.ngroups).to.equal(grouped.groups.length);
    const permits = grouped.groups.find((g) => g.groupValue === 'ke_absPermit')!;
    expect(permits.doclist.numFound).to.equal(38);
    expect(permits.doclist.docs).to.have.length(10);
    const doc = permits.doclist.docs[0];
    expect(doc).to.have.keys(['id', 'identifier_s', 'uniqueIdentifier_s', 'schema_s', 'government_s', 'rec_title', 'updatedDate_dt']);
    const dates = permits.doclist.docs.map((d) => String(d.updatedDate_dt));
    expect([...dates].sort().reverse()).to.deep.equal(dates);
  });

  it("the widget's own profile query (GET) gives the same counts", async () => {
    const { body } = await select(countryProfileQuery(['ke'], 3) as QueryParams);
    const groups = body.grouped.grp_government_schema_s.groups;
    expect(groups.find((g) => g.groupValue === 'ke_absPermit')!.doclist.numFound).to.equal(38);
    expect(groups.every((g) => g.doclist.docs.length <= 3)).to.equal(true);
  });

  it('search page: tagged filters, facets that exclude their own filter, highlighting', async () => {
    const { status, body } = await post({
      q: '(government_EN_t:(keny*)^50 OR government_EN_t:(kenya)^50 OR title_EN_t:(keny*)^30)',
      fq: [...portalFilters, '{!tag=version}(*:* NOT version_s:*)', '{!tag=schema}schema_s:(measure)', '{!tag=schemaType}schemaType_s:national'],
      'facet.field': ['{!ex=schemaType}schemaType_s', '{!ex=schema,schemaType}schema_s', '{!ex=government}countryRegions_ss'],
      facet: true,
      'facet.limit': 512,
      'facet.mincount': 1,
      hl: true,
      'hl.fl': 'government_EN_t',
      rows: 25,
      start: 0,
      sort: 'updatedDate_dt desc',
    });
    expect(status).to.equal(200);
    expect(body.response.numFound).to.be.greaterThan(0);
    expect(body.response.docs.every((d) => d.schema_s === 'measure')).to.equal(true);
    const schemas = facetObject(body.facet_counts.facet_fields.schema_s);
    expect(Object.keys(schemas).length, 'schema facet ignores the schema filter').to.be.greaterThan(1);
    expect(schemas.measure).to.equal(body.response.numFound);
    const first = body.response.docs[0];
    expect(body.highlighting[String(first.id)].government_EN_t[0]).to.equal('<em>Kenya</em>');
  });

  it('GET accepts both fq=a&fq=b and the axios form fq[]=a&fq[]=b', async () => {
    const filters = ['schema_s:absPermit', ...publishedFilters()];
    const repeated = await select({ q: 'government_s:in', fq: filters, rows: 0 });
    const url = `${indexUrl({ q: 'government_s:in', rows: 0 })}&${filters.map((f) => `fq[]=${encodeURIComponent(f)}`).join('&')}`;
    const axios = await getJson<Answer>(url);
    expect(repeated.body.response.numFound).to.equal(741);
    expect(axios.body.response.numFound).to.equal(741);
  });

  it('IRCCs of one country as the API examples fetch them: rows=10000, then documents/{identifier_s}/info', async () => {
    const { body } = await getJson<Answer>(indexUrl({ q: 'realm_ss:abs AND schema_s:absPermit AND government_s:ke', fl: 'identifier_s,government_s', rows: 10000, start: 0 }));
    // The example asks without the state and version filters, so drafts and older copies come too.
    expect(body.response.numFound).to.be.at.least(38);
    expect(body.response.docs).to.have.length(body.response.numFound);
    const identifier = String(body.response.docs[0].identifier_s);
    const info = await getJson<{ identifier: string; type: string; body: { header: { schema: string } } }>(`/api/v2013/documents/${identifier}/info`);
    expect(info.status).to.equal(200);
    expect(info.body.identifier).to.equal(identifier);
    expect(info.body.body.header.schema).to.equal('absPermit');
  });

  it('referenced by: records that point at a CNA', async () => {
    const { body } = await select({ q: 'schema_s:authority AND government_s:ke', fq: publishedFilters(), fl: 'identifier_s', rows: 1 });
    const cna = String(body.response.docs[0].identifier_s);
    const refs = await select({ q: `referenceRecord_ss:${cna.replace(/-/g, '\\-')}`, fq: publishedFilters(), fl: 'schema_s,referenceRecord_info_ss,uniqueIdentifier_s', rows: 1000, sort: 'updatedDate_dt desc' });
    expect(refs.status).to.equal(200);
    expect(refs.body.response.numFound).to.be.greaterThan(0);
    const info = JSON.parse(String((refs.body.response.docs[0].referenceRecord_info_ss as string[])[0])) as { field: string; identifiers: string[] };
    expect(info.identifiers.some((id) => id.startsWith(cna))).to.equal(true);
  });

  it('a single record: by GUID, GUID@rev, numeric documentID, and with ?info=true', async () => {
    const { body } = await select({ q: 'schema_s:absPermit AND government_s:in', fq: publishedFilters(), fl: 'identifier_s,_documentId_i,_revision_i,uniqueIdentifier_s', rows: 1 });
    const doc = body.response.docs[0];
    const guid = String(doc.identifier_s);
    const byGuid = await getJson<{ header: { identifier: string } }>(`/api/v2013/documents/${guid}`);
    const byRev = await getJson<{ header: { identifier: string } }>(`/api/v2013/documents/${guid}@${doc._revision_i}`);
    const byId = await getJson<{ header: { identifier: string } }>(`/api/v2013/documents/${doc._documentId_i}`);
    const info = await getJson<{ documentID: number; body: { header: { identifier: string } } }>(`/api/v2013/documents/${guid}?info=true`);
    for (const answer of [byGuid, byRev, byId]) expect(answer.body.header.identifier).to.equal(guid);
    expect(info.body.documentID).to.equal(doc._documentId_i);
    expect(String(doc.uniqueIdentifier_s)).to.equal(String(doc.uniqueIdentifier_s).toLowerCase());
  });

  it('countries, one country (upper-case code only) and thesaurus terms', async () => {
    const ke = await getJson<{ code: string; name: Record<string, string>; treaties: Record<string, unknown> }>('/api/v2013/countries/KE');
    expect(ke.body.code).to.equal('KE');
    expect(ke.body.name).to.include({ en: 'Kenya', fr: 'Kenya', es: 'Kenia' });
    expect(ke.body.treaties).to.have.property('XXVII8b');
    expect((await fetch('/api/v2013/countries/QQ')).status).to.equal(404);
    const usages = await getJson<{ identifier: string; title: Record<string, string> }[]>('/api/v2013/thesaurus/domains/A7B77788-8C90-4849-9327-E181E9522F3A/terms');
    expect(usages.body.map((t) => t.identifier)).to.include.members(['5E833A3F-87D1-4ADD-8701-9F1B76383017', '60EA2F49-A9DD-406F-921A-8A1C9AA8DFDD']);
    const countries = await getJson<{ identifier: string }[]>('/api/v2013/thesaurus/domains/countries/terms');
    expect(countries.body.map((t) => t.identifier)).to.include('ke');
  });

  it('errors are shaped as the real API’s: 400 for a query it cannot parse, 404 for an unknown record', async () => {
    const bad = await select({ q: 'title_t:"unbalanced', rows: 0 });
    expect(bad.status).to.equal(400);
    expect(bad.body).to.include({ statusCode: 400, code: 'invalidParameter' });
    const missing = await getJson<{ statusCode: number; code: string }>('/api/v2013/documents/00000000-0000-0000-0000-000000000000');
    expect(missing.status).to.equal(404);
    expect(missing.body).to.include({ statusCode: 404, code: 'notFound' });
  });

  it('answers a CORS preflight and marks every answer readable from any origin', async () => {
    const preflight = await fetch('/api/v2013/index/select', { method: 'OPTIONS' });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers.get('access-control-allow-origin')).to.equal('*');
    const answer = await fetch('/api/v2013/countries/KE');
    expect(answer.headers.get('access-control-allow-origin')).to.equal('*');
  });
});
