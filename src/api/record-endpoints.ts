/**
 * One record: what identifies it (a UID, a GUID or `GUID@rev`), its stored document, the thesaurus
 * terms it uses and the index documents that point at it. The API's own description of documents is
 * scbd/clearing-house-documentation swagger/json/ircc/get.ts and
 * swagger/json/general/document-versions/get-info.ts; how the portal opens a UID is
 * scbd/absch.cbd.int app/views/forms/view/record-loader.directive.js.
 */
import type { Locale } from '../i18n/locale.js';
import type { DocList } from './types.js';
import { getJson, type ApiConfig, type Params } from './client.js';
import { responseOf } from './index-answer.js';
import { sendIndexQuery } from './index-transport.js';
import { isRecord, shapeError } from './validate.js';

/** A record's identifier as a host gives it, parsed; `path` is what goes after `documents/`. */
export type RecordId =
  | {
      kind: 'uid';
      /** upper-case, as the portal shows it: `ABSCH-IRCC-IN-207343-1` */
      uid: string;
      prefix: string;
      shortCode: string;
      /** upper-case ISO2, `EU`, or `SCBD` for records without a government */
      government: string;
      documentId: number;
      /** absent when the UID names none (`CHM-NFP-KE-1234`): the latest revision is meant */
      revision?: number;
      path: string;
    }
  | { kind: 'guid'; identifier: string; revision?: number; path: string };

/**
 * `{prefix}-{SHORTCODE}-{GOV}-{documentID}[-{revision}]`: `ABSCH` for ABS records, `CHM` (or `BCH`)
 * for records of those realms such as focal points, `SCBD` in place of the government when there is
 * none. The portal reads four or five parts (record-loader.directive.js L148–157).
 */
const UID = /^(ABSCH|CHM|SCBD|BCH)-([A-Z][A-Z0-9]{1,9})-([A-Z]{2}|SCBD)-([0-9]{1,10})(?:-([0-9]{1,6}))?$/i;
const UID_START = /^(ABSCH|CHM|SCBD|BCH)-/i;
/** The documents endpoint's own pattern for an identifier (swagger/json/ircc/get.ts). */
const GUID = /^[A-Za-z0-9\-_]{11,128}$/;

/**
 * A focal point's UID carries its legacy four-digit number; its identifier is that number in hex
 * after `52000000cbd022`, 24 characters, lower-case (the portal's `integerToHex`, scbd/absch.cbd.int
 * app/services/common.js L176–198, which converts exactly four digits).
 */
const FOCAL_POINT_NUMBER = /^[0-9]{4}$/;
const FOCAL_POINT_PREFIX = '52000000cbd0220000000000';

export function focalPointIdentifier(number: number): string {
  const hex = number.toString(16);
  return `${FOCAL_POINT_PREFIX.slice(0, FOCAL_POINT_PREFIX.length - hex.length)}${hex}`;
}

/** The number in a focal point's hex identifier (the portal's `hexToInteger`), or undefined for any other identifier. */
export function focalPointNumber(identifier: string): number | undefined {
  return /^52000000cbd022[0-9a-f]{10}$/i.test(identifier) ? parseInt(identifier.slice(15), 16) : undefined;
}

/** Parses what a host put in `uid`; null when it is none of the accepted forms (nothing is requested then). */
export function parseRecordId(raw: string): RecordId | null {
  const value = raw.trim();
  const uid = UID.exec(value);
  if (uid) {
    const [, prefix, shortCode, government, documentId, revision] = uid as unknown as [string, string, string, string, string, string | undefined];
    if ((revision !== undefined && Number(revision) < 1) || Number(documentId) < 1) return null;
    // The portal opens the revision the UID names, `documents/{documentID}@{revision}`, and a focal
    // point's four-digit number by its hex identifier (record-loader.directive.js L148–160, L231–233).
    const nfp = shortCode.toUpperCase() === 'NFP' && FOCAL_POINT_NUMBER.test(documentId);
    const document = nfp ? focalPointIdentifier(Number(documentId)) : String(Number(documentId));
    return {
      kind: 'uid',
      uid: value.toUpperCase(),
      prefix: prefix.toUpperCase(),
      shortCode: shortCode.toUpperCase(),
      government: government.toUpperCase(),
      documentId: Number(documentId),
      ...(revision === undefined ? {} : { revision: Number(revision) }),
      path: revision === undefined ? document : `${document}@${Number(revision)}`,
    };
  }
  // Something that starts like a UID is a mistyped UID, not a GUID (a GUID never starts so).
  if (UID_START.test(value)) return null;
  const at = value.indexOf('@');
  const identifier = at < 0 ? value : value.slice(0, at);
  if (!GUID.test(identifier)) return null;
  if (at < 0) return { kind: 'guid', identifier, path: identifier };
  const revision = value.slice(at + 1);
  if (!/^[1-9][0-9]{0,5}$/.test(revision)) return null;
  return { kind: 'guid', identifier, revision: Number(revision), path: `${identifier}@${revision}` };
}

export type LString = Partial<Record<Locale, string>>;

export interface RecordBody extends Record<string, unknown> {
  header: { identifier: string; schema: string; languages?: string[] };
}

/** The `?info=true` wrapper (swagger/json/general/document-versions/get-info.ts): metadata plus `body`, the record itself. */
export interface DocumentInfo {
  identifier: string;
  /** the realm that owns the record (`ABS`, `CHM` for focal points and some reference records) */
  realm?: string;
  documentID: number;
  revision: number;
  latestRevision?: number;
  /** the record type (`absPermit`) */
  type: string;
  government?: string;
  title?: LString;
  summary?: LString;
  createdOn?: string;
  updatedOn?: string;
  deletedOn?: string;
  body: RecordBody;
}

const isLString = (value: unknown): value is LString => isRecord(value) && Object.values(value).every((text) => typeof text === 'string' || text == null);

function asBody(value: unknown): RecordBody {
  if (!isRecord(value) || !isRecord(value.header) || typeof value.header.identifier !== 'string' || typeof value.header.schema !== 'string') {
    throw shapeError('record');
  }
  return value as RecordBody;
}

export function asDocumentInfo(value: unknown): DocumentInfo {
  if (!isRecord(value) || typeof value.identifier !== 'string' || !isRecord(value.body)) throw shapeError('record');
  const body = asBody(value.body);
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const revision = Number(value.revision);
  const documentID = Number(value.documentID);
  if (!Number.isInteger(revision) || !Number.isInteger(documentID)) throw shapeError('record');
  const government = typeof metadata.government === 'string' ? metadata.government : isRecord(body.government) && typeof body.government.identifier === 'string' ? body.government.identifier : undefined;
  return {
    identifier: value.identifier,
    ...(typeof value.realm === 'string' && value.realm.trim() !== '' ? { realm: value.realm.trim().toUpperCase() } : {}),
    documentID,
    revision,
    latestRevision: Number.isInteger(Number(value.latestRevision)) ? Number(value.latestRevision) : undefined,
    type: typeof value.type === 'string' ? value.type : body.header.schema,
    government: government?.toLowerCase(),
    title: isLString(value.title) ? value.title : undefined,
    summary: isLString(value.summary) ? value.summary : undefined,
    createdOn: typeof value.createdOn === 'string' ? value.createdOn : undefined,
    updatedOn: typeof value.updatedOn === 'string' ? value.updatedOn : undefined,
    deletedOn: typeof value.deletedOn === 'string' && value.deletedOn !== '' ? value.deletedOn : undefined,
    body,
  };
}

const documentPath = (path: string) => `/api/v2013/documents/${encodeURIComponent(path).replace(/%40/g, '@')}`;

/** `GET /api/v2013/documents/{id}`: the record body alone. */
export async function fetchDocument(config: ApiConfig, id: string, signal?: AbortSignal): Promise<RecordBody> {
  return asBody(await getJson(config, documentPath(id), {}, signal));
}

/**
 * `GET /api/v2013/documents/{id}?info=true`: the metadata wrapper, whose `body` is the record. One
 * request gives both what `documents/{id}` gives and the dates, revision and deletion the portal
 * reads from the info; so the element asks for the info alone. `includeDeleted` lets a deleted
 * record answer (with `deletedOn`) instead of a 404, so the element can say it was deleted.
 */
export async function fetchDocumentInfo(config: ApiConfig, id: string, signal?: AbortSignal, options: { includeDeleted?: boolean } = {}): Promise<DocumentInfo> {
  const params: Params = { info: true, ...(options.includeDeleted ? { 'include-deleted': true } : {}) };
  return asDocumentInfo(await getJson(config, documentPath(id), params, signal));
}

/** One thesaurus term (swagger/json/thesaurus/permit/permit-usage.json): its title in the six languages. */
export interface ThesaurusTerm {
  identifier: string;
  title: LString;
}

export async function fetchTerm(config: ApiConfig, id: string, signal?: AbortSignal): Promise<ThesaurusTerm> {
  const value = await getJson(config, `/api/v2013/thesaurus/terms/${encodeURIComponent(id)}`, {}, signal);
  if (!isRecord(value) || typeof value.identifier !== 'string') throw shapeError('thesaurus term');
  // SCBD's own label order: the short title, then the title, then the name (scbd/drupal-module-scbd-field-js docs/architectural-plan.md §9).
  const title: LString = { ...(isLString(value.title) ? value.title : {}), ...(isLString(value.shortTitle) ? value.shortTitle : {}) };
  for (const [lang, text] of Object.entries(title)) if (typeof text !== 'string' || text.trim() === '') delete title[lang as Locale];
  return { identifier: value.identifier, title: Object.keys(title).length ? title : typeof value.name === 'string' ? { en: value.name } : {} };
}

/** A plain index query: its `response` (numFound, start, docs). Its facets, if any, exclude no filter. Only the record asks one. */
export async function searchIndex(config: ApiConfig, params: Params, signal?: AbortSignal): Promise<DocList> {
  return responseOf(await sendIndexQuery(config, params, signal));
}
