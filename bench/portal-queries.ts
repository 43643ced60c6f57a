/**
 * The ABSCH portal's own requests for the same views, as ../shared/docs/absch-api.md section 3
 * describes them, to be replayed on the same mock-api data for a side-by-side figure.
 */
const PORTAL_FILTERS = ['_state_s:public', 'realm_ss:abs'];
const NATIONAL = 'focalPoint authority measure absProcedure absNationalModelContractualClause absPermit database absCheckpoint absCheckpointCommunique absNationalReport1 absNationalReport';
const PROFILE_FL = [
  'id', 'identifier_s', 'uniqueIdentifier_s', 'url_ss', 'schema_s', 'government_s', 'rec_title:title_EN_t', 'rec_summary:summary_t',
  'rec_type:type_EN_t', 'rec_meta1:meta1_EN_txt', 'rec_meta2:meta2_EN_txt', 'rec_meta3:meta3_EN_txt', 'rec_meta4:meta4_EN_txt',
  'rec_meta5:meta5_EN_txt', 'updatedDate_dt', 'entryIntoForce_dt', 'adoption_dt', 'retired_dt',
].join(',');

export interface PortalRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** Country profile (ABSCH app/views/countries/country-profile-directive.js): the country, then one grouped POST. */
export function portalCountryProfile(code: string): PortalRequest[] {
  return [
    { method: 'GET', path: `/api/v2013/countries/${code.toUpperCase()}` },
    {
      method: 'POST',
      path: '/api/v2013/index/select',
      body: {
        q: `government_s:${code.toLowerCase()}`,
        fq: [...PORTAL_FILTERS, `schema_s:(${NATIONAL})`],
        group: true,
        'group.field': 'grp_government_schema_s',
        'group.limit': 10,
        'group.ngroups': true,
        rows: 500,
        sort: 'updatedDate_dt desc',
        fl: PROFILE_FL,
      },
    },
  ];
}
