/**
 * What <absch-record> needs of a record before its view has loaded: the UID it shows (in messages
 * about a deleted record too), the check that a record found by a UID's number is that UID's, and
 * requests that may fail without taking the record down. The rest of loading is in record-data.ts,
 * part of the lazily loaded view.
 */
import type { DocumentInfo, RecordId } from '../../api/record-endpoints.js';
import { RECORD_TYPES } from '../../data/record-types.js';

/** The outcome of one secondary request: it may fail without taking the record down. */
export type Settled<T> = { value: T } | { error: unknown };

export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** The record's UID as the portal builds it (filters.js `uniqueID`, absch-api.md §2.4). */
export function uidOf(info: DocumentInfo): string {
  const schema = info.type;
  const prefix = schema === 'focalPoint' ? 'CHM' : 'ABSCH';
  const shortCode = RECORD_TYPES[schema]?.shortCode ?? schema;
  return `${prefix}-${shortCode}-${info.government ?? 'SCBD'}-${info.documentID}-${info.revision}`.toUpperCase();
}

/** Whether a record found by the documentID of a UID is the one the UID names (type, country, a published revision). */
export function matchesUid(info: DocumentInfo, id: Extract<RecordId, { kind: 'uid' }>): boolean {
  const shortCode = RECORD_TYPES[info.type]?.shortCode;
  if (shortCode && shortCode.toUpperCase() !== id.shortCode) return false;
  const government = (info.government ?? 'SCBD').toUpperCase();
  return government === id.government && id.revision <= info.revision;
}
