/** Country profile: one grouped query over the national record types of one or more governments. */
import type { Params } from '../client.js';
import { F, NATIONAL_SCHEMAS } from '../fields.js';
import { anyOf, term } from '../solr.js';
import { ABS_REALM, publishedFilters, RECORD_LINE_FIELDS } from './common.js';

/**
 * One group per government and type (`{government}_{schema}`): the count of each type is
 * `doclist.numFound` of its group; the newest `latest` records come with it (`latest` = 0 gives the
 * counts alone). Profiles of several governments on one page share one query.
 */
export function countryProfileQuery(governments: readonly string[], latest: number, realm = ABS_REALM): Params {
  const codes = governments.map((government) => government.toLowerCase());
  return {
    q: codes.length === 1 ? term(F.government, codes[0]!) : anyOf(F.government, codes),
    fq: [...publishedFilters(realm), anyOf(F.schema, NATIONAL_SCHEMAS)],
    fl: RECORD_LINE_FIELDS.join(','),
    sort: `${F.updatedDate} desc`,
    rows: NATIONAL_SCHEMAS.length * codes.length,
    group: true,
    'group.field': F.groupGovernmentSchema,
    'group.limit': latest,
    'group.ngroups': true,
  };
}

/** The field whose groups `countryProfileQuery` returns. */
export const COUNTRY_PROFILE_GROUP_FIELD = F.groupGovernmentSchema;
