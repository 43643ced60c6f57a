/**
 * The ABSCH portal's own requests for the same views, as the portal sends them (scbd/absch.cbd.int app/services/search-service.js, app/views/countries/country-profile-directive.js)
 * describes them, to be replayed on the same mock-api data for a side-by-side figure. Each view
 * is a function that sends its requests in the portal's order (some depend on earlier answers).
 */
const PORTAL_FILTERS = ['_state_s:public', 'realm_ss:abs'];
const NATIONAL = 'focalPoint authority measure absProcedure absNationalModelContractualClause absPermit database absCheckpoint absCheckpointCommunique absNationalReport1 absNationalReport';
const PROFILE_FL = [
  'id', 'identifier_s', 'uniqueIdentifier_s', 'url_ss', 'schema_s', 'government_s', 'rec_title:title_EN_t', 'rec_summary:summary_t',
  'rec_type:type_EN_t', 'rec_meta1:meta1_EN_txt', 'rec_meta2:meta2_EN_txt', 'rec_meta3:meta3_EN_txt', 'rec_meta4:meta4_EN_txt',
  'rec_meta5:meta5_EN_txt', 'updatedDate_dt', 'entryIntoForce_dt', 'adoption_dt', 'retired_dt',
].join(',');
/** The search page's boosted fields (search-directive.js). */
const SEARCH_FIELDS: [string, number][] = [
  ['uniqueIdentifier_t', 60], ['government_EN_t', 50], ['countryRegions_EN_txt', 40], ['title_EN_t', 30], ['summary_EN_t', 20], ['schema_EN_t', 10], ['text_EN_txt', 1],
];

/** Sends one request and returns its parsed JSON answer. */
export type Send = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<unknown>;

const INDEX = '/api/v2013/index/select';

/** Country profile (app/views/countries/country-profile-directive.js): the country, then one grouped POST. */
export const portalCountryProfile = (code: string) => async (send: Send) => {
  await send('GET', `/api/v2013/countries/${code.toUpperCase()}`);
  await send('POST', INDEX, {
    q: `government_s:${code.toLowerCase()}`,
    fq: [...PORTAL_FILTERS, `schema_s:(${NATIONAL})`],
    group: true,
    'group.field': 'grp_government_schema_s',
    'group.limit': 10,
    'group.ngroups': true,
    rows: 500,
    sort: 'updatedDate_dt desc',
    fl: PROFILE_FL,
  });
};

/** Parties list (country-list.js, search-service.js governmentSchemaFacets): countries, then the pivot. */
export const portalPartiesList = () => async (send: Send) => {
  await send('GET', `/api/v2013/countries?s=${encodeURIComponent('{"name.en":1}')}`);
  await send('POST', INDEX, {
    q: `NOT virtual_b:* AND schema_s:(${NATIONAL})`,
    fq: PORTAL_FILTERS,
    rows: 0,
    facet: true,
    'facet.pivot': 'government_s,schema_s',
    'facet.limit': 512,
    'facet.mincount': 1,
  });
};

/** A country's certificates as the API examples fetch them (NodeJS/fetch-all-ircc.js): every id, then each record. */
export const portalCertificates = (code: string) => async (send: Send) => {
  const answer = (await send('GET', `${INDEX}?${new URLSearchParams({ q: `realm_ss:abs AND schema_s:absPermit AND government_s:${code}`, fl: 'identifier_s,government_s', rows: '10000', start: '0' })}`)) as {
    response: { docs: { identifier_s: string }[] };
  };
  for (const doc of answer.response.docs) await send('GET', `/api/v2013/documents/${doc.identifier_s}/info`);
};

/** The search page (search-directive.js) for one word: results and facets in one POST. */
export const portalSearch = (word: string) => async (send: Send) => {
  await send('POST', INDEX, {
    q: SEARCH_FIELDS.map(([field, boost]) => `(${field}:(${word}*)^${boost} OR ${field}:(${word})^${boost})`).join(' OR '),
    fq: [...PORTAL_FILTERS, '{!tag=version}(*:* NOT version_s:*)', "{!tag=contact}(*:* NOT schema_s:contact)"],
    facet: true,
    'facet.field': ['{!ex=schemaType}schemaType_s', '{!ex=schema,schemaType,schemaSub}schema_s', '{!ex=government}countryRegions_ss', '{!ex=keywords}all_terms_ss', '{!ex=region}countryRegions_REL_ss'],
    'facet.pivot': 'schema_s,all_terms_ss',
    'facet.limit': 512,
    'facet.mincount': 1,
    rows: 25,
    start: 0,
    sort: 'updatedDate_dt desc',
  });
};
