/** One record's view: the index query for the records that point at it (as the portal asks it: scbd/absch.cbd.int app/views/forms/view/directives/view-reference-records.directive.js). */
import type { Params } from '../client.js';
import { F } from '../fields.js';
import type { RecordId } from '../record-endpoints.js';
import { term } from '../solr.js';
import { ABS_REALM, publishedFilters, TITLE_FIELDS } from './common.js';

/** Identifiers (GUIDs, without `@rev`) of the records a record points to. */
export const REFERENCE_RECORD_FIELD = 'referenceRecord_ss';
/** JSON strings `{"field":"absCNA","identifiers":["GUID@1"]}`: which body field of the record points where. */
export const REFERENCE_RECORD_INFO_FIELD = 'referenceRecord_info_ss';

/**
 * The portal reads pages of 1,000 (view-reference-records.directive.js); one page covers every
 * record of the snapshot (India's main authority issued about 700 certificates). The element says
 * when there are more and links to the portal for the rest.
 */
export const REFERENCED_BY_ROWS = 1000;

/** The fields a "referenced by" line needs: identity, type, title in every language, and which field points. */
export const REFERENCED_BY_FIELDS = [F.identifier, F.uniqueIdentifier, F.schema, F.government, F.updatedDate, REFERENCE_RECORD_INFO_FIELD, F.title, ...TITLE_FIELDS];

/** Published records of `realm` whose `referenceRecord_ss` holds `identifier` (any revision of it), newest first. */
export function referencedByQuery(identifier: string, realm = ABS_REALM): Params {
  const guid = identifier.split('@')[0] ?? identifier;
  return {
    q: term(REFERENCE_RECORD_FIELD, guid),
    fq: publishedFilters(realm),
    fl: REFERENCED_BY_FIELDS.join(','),
    sort: `${F.updatedDate} desc`,
    rows: REFERENCED_BY_ROWS,
  };
}

/**
 * Whether the index lists a record: by its GUID, or by its UID (lower-case in the index). Asked only
 * when the record's own request failed as a network error, which is also how an error answer without
 * CORS headers reaches a browser: an index that answers and lists no such record means "not found".
 */
export function recordListedQuery(id: RecordId): Params {
  return { q: id.kind === 'guid' ? term(F.identifier, id.identifier) : term(F.uniqueIdentifier, id.uid.toLowerCase()), rows: 0 };
}
