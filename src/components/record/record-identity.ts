/**
 * A record's identity, as <absch-record> names it: the UID it shows (in messages about a deleted record
 * too), the check that a record found by a UID's number is that UID's, and how an identifier or a title
 * is cut in a message. Also the outcome of requests that may fail without taking the record down.
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

/** UID prefixes of the realms a record can belong to; the portal takes the record's realm's (filters.js L99–104). */
const REALM_PREFIXES: Readonly<Record<string, string>> = { ABS: 'ABSCH', CHM: 'CHM', BCH: 'BCH' };

/**
 * The record's UID as the portal builds it (scbd/absch.cbd.int app/services/filters.js L96–125): the
 * prefix of the record's realm (`ABSCH`, or `CHM` for a CHM-owned record), the type's short code, the
 * government, the documentID, the revision.
 */
export function uidOf(info: DocumentInfo): string {
  const schema = info.type;
  const realm = info.realm?.replace(/-(DEV|TRG)$/, '');
  const prefix = (realm && REALM_PREFIXES[realm]) ?? (schema === 'focalPoint' ? 'CHM' : 'ABSCH');
  const shortCode = RECORD_TYPES[schema]?.shortCode ?? schema;
  return `${prefix}-${shortCode}-${info.government ?? 'SCBD'}-${info.documentID}-${info.revision}`.toUpperCase();
}

/**
 * Whether the record a UID opened is the one it names: its type, its country, and the revision it
 * names (`documents/{documentID}@{revision}` answers that revision; a UID without one opens the latest).
 */
export function matchesUid(info: DocumentInfo, id: Extract<RecordId, { kind: 'uid' }>): boolean {
  const shortCode = RECORD_TYPES[info.type]?.shortCode;
  if (shortCode && shortCode.toUpperCase() !== id.shortCode) return false;
  const government = (info.government ?? 'SCBD').toUpperCase();
  return government === id.government && (id.revision === undefined || id.revision === info.revision);
}

/** Long values are cut in messages (the attribute and the page keep them whole). */
export const clippedForMessage = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);
