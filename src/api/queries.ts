/**
 * The named queries of the elements (design.md "Calling the API"): the only place that knows
 * which fields and filters a view needs. Each returns the parameters of one GET request.
 */
import { LOCALES } from '../i18n/locale.js';
import type { Params } from './client.js';
import { F, NATIONAL_SCHEMAS, localizedField } from './fields.js';
import { anyOf, exists, not, term, type Query } from './solr.js';

/** What the portal adds to every index query: published, ABS realm, current revision only. */
export function publishedFilters(): Query[] {
  return [term(F.state, 'public'), term(F.realm, 'abs'), not(exists(F.version))];
}

/** The title in every language, so an element can fall back and say which language it shows. */
export const TITLE_FIELDS = LOCALES.map((locale) => localizedField('title', locale, 't'));

/** The fields a record link and its line in a list need. */
const RECORD_LINE_FIELDS = [F.identifier, F.uniqueIdentifier, F.schema, F.updatedDate, F.title, ...TITLE_FIELDS];

/**
 * Country profile: one grouped query over the national record types of one government. The count
 * of each type is `doclist.numFound` of its group; the newest `latest` records come with it
 * (`latest` = 0 gives the counts alone).
 */
export function countryProfileQuery(government: string, latest: number): Params {
  return {
    q: term(F.government, government.toLowerCase()),
    fq: [...publishedFilters(), anyOf(F.schema, NATIONAL_SCHEMAS)],
    fl: RECORD_LINE_FIELDS.join(','),
    sort: `${F.updatedDate} desc`,
    rows: NATIONAL_SCHEMAS.length,
    group: true,
    'group.field': F.groupGovernmentSchema,
    'group.limit': latest,
    'group.ngroups': true,
  };
}

/** The field whose groups `countryProfileQuery` returns. */
export const COUNTRY_PROFILE_GROUP_FIELD = F.groupGovernmentSchema;
