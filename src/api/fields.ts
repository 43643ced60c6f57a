/**
 * The index's field names and value sets, in one place (../shared/docs/absch-api.md section 2).
 * Components never spell a field name; they call the named queries in `queries.ts`.
 */
import type { Locale } from '../i18n/locale.js';

export const F = {
  id: 'id',
  identifier: 'identifier_s',
  uniqueIdentifier: 'uniqueIdentifier_s',
  schema: 'schema_s',
  schemaType: 'schemaType_s',
  state: '_state_s',
  realm: 'realm_ss',
  version: 'version_s',
  government: 'government_s',
  title: 'title_t',
  updatedDate: 'updatedDate_dt',
  groupGovernmentSchema: 'grp_government_schema_s',
  /** the UID analysed as text (`absch`, `ircc`, `in`, `207343`, `1`): free text finds a record by it */
  uniqueIdentifierText: 'uniqueIdentifier_t',
  /**
   * countries and regions related to the record's own (`countryRegions_ss`): the EU's records list
   * its member states here. The portal's country filter ORs both (scbd/absch.cbd.int
   * app/views/search/search-directive.js L1354).
   */
  countryRegionsRelated: 'countryRegions_REL_ss',
} as const;

/** National record types, in the order the portal's country profile lists them. */
export const NATIONAL_SCHEMAS = [
  'focalPoint',
  'authority',
  'measure',
  'absProcedure',
  'absNationalModelContractualClause',
  'absPermit',
  'database',
  'absCheckpoint',
  'absCheckpointCommunique',
  'absNationalReport',
  'absNationalReport1',
] as const;
export type NationalSchema = (typeof NATIONAL_SCHEMAS)[number];

/** `title_FR_t`: the index writes language codes upper-case inside field names. */
export function localizedField(base: string, locale: Locale, suffix: 't' | 's' | 'txt' | 'ss'): string {
  return `${base}_${locale.toUpperCase()}_${suffix}`;
}
