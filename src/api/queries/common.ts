/**
 * What every named query shares. The named queries (one module per view in this folder) are the
 * only place that knows which fields and filters a view needs (CONTRIBUTING.md, Rules).
 */
import { LOCALES } from '../../i18n/locale.js';
import { F, localizedField } from '../fields.js';
import { exists, not, term, type Query } from '../solr.js';

/** The realm of the production API's ABS records (client.ts `realmOf` gives the one of an API base). */
export const ABS_REALM = 'abs';

/**
 * What the portal adds to every index query: published, the ABS realm of the API, current revision
 * only. Named queries take the realm of the element's API (client.ts `realmOf`); production's is
 * the default, for the tests and benches that reproduce production's figures.
 */
export function publishedFilters(realm = ABS_REALM): Query[] {
  return [term(F.state, 'public'), term(F.realm, realm), not(exists(F.version))];
}

/** The title in every language, so an element can fall back and say which language it shows. */
export const TITLE_FIELDS = LOCALES.map((locale) => localizedField('title', locale, 't'));

/**
 * The fields a record link and its line in a list draw: the UID (the link), the type, the date, the
 * title in every language. Not the GUID nor `title_t`, which no line shows (a fifth of the profile's bytes).
 */
export const RECORD_LINE_FIELDS = [F.uniqueIdentifier, F.schema, F.updatedDate, ...TITLE_FIELDS];
