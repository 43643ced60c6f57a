/**
 * The index's field names and value sets, in one place (scbd/absch.cbd.int app/views/directives/field-list.js; scbd/clearing-house-documentation swagger/json (the solr examples)).
 * Components never spell a field name; they call the named queries in `queries/`.
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
  /** when a record was first published: there is no publishedDate field (docs/api-notes.md §2.2) */
  createdDate: 'createdDate_dt',
  /** records that only mirror another one (the portal leaves them out of country counts) */
  virtual: 'virtual_b',
  /** lower-case country codes (and, on the real index, region ids): the search's country facet and filter */
  countryRegions: 'countryRegions_ss',
  /** every term id of a record: the search's keyword facet and filter */
  allTerms: 'all_terms_ss',
  /** a contact's references from reference and national records (the portal's contact filter) */
  refReferenceRecords: 'refReferenceRecords_ss',
  refNationalRecords: 'refNationalRecords_ss',
  /** IRCC: date of issuance (there is no `dateOfIssuance_dt`) */
  irccIssued: 'date_dt',
  irccExpiry: 'dateOfExpiry_dt',
  /** IRCC: permit usage term ids */
  irccUsages: 'usages_ss',
  irccUsagesConfidential: 'usagesConfidential_b',
  /** IRCC: subject-matter (keyword) term ids */
  irccKeywords: 'keywords_ss',
  /** 0 = update, 1 = revoke */
  amendmentIntent: 'amendmentIntent_i',
  /** display metadata; holds `Revoked` for a revoked certificate (the portal's result-default.js) */
  meta3: 'meta3_EN_txt',
  textEnglish: 'text_EN_txt',
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
