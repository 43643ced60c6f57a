/**
 * One record: what identifies it (a UID, a GUID or `GUID@rev`), its stored document, the thesaurus
 * terms it uses and the index documents that point at it (../shared/docs/absch-api.md sections 1,
 * 2.4, 3 "Single record" and "Referenced by", 4 and 5).
 */
import type { Locale } from '../i18n/locale.js';
import { getJson, type ApiConfig, type Params } from './client.js';
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
      revision: number;
      path: string;
    }
  | { kind: 'guid'; identifier: string; revision?: number; path: string };

/**
 * `{prefix}-{SHORTCODE}-{GOV}-{documentID}-{revision}` (absch-api.md §2.4): `ABSCH` for ABS records,
 * `CHM` for focal points, `SCBD` in place of the government when there is none.
 */
const UID = /^(ABSCH|CHM|SCBD|BCH)-([A-Z][A-Z0-9]{1,9})-([A-Z]{2}|SCBD)-([0-9]{1,10})-([0-9]{1,6})$/i;
const UID_START = /^(ABSCH|CHM|SCBD|BCH)-/i;
/** The documents endpoint's own pattern for an identifier (absch-api.md §1, E5). */
const GUID = /^[A-Za-z0-9\-_]{11,128}$/;

/** Parses what a host put in `uid`; null when it is none of the accepted forms (nothing is requested then). */
export function parseRecordId(raw: string): RecordId | null {
  const value = raw.trim();
  const uid = UID.exec(value);
  if (uid) {
    const [, prefix, shortCode, government, documentId, revision] = uid as unknown as [string, string, string, string, string, string];
    if (Number(revision) < 1 || Number(documentId) < 1) return null;
    return {
      kind: 'uid',
      uid: value.toUpperCase(),
      prefix: prefix.toUpperCase(),
      shortCode: shortCode.toUpperCase(),
      government: government.toUpperCase(),
      documentId: Number(documentId),
      revision: Number(revision),
      // The portal opens a UID by its documentID: the latest revision (record-loader.directive.js).
      path: String(Number(documentId)),
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

/** The `?info=true` wrapper (absch-api.md §4.3): metadata plus `body`, the record itself. */
export interface DocumentInfo {
  identifier: string;
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

/** One thesaurus term (absch-api.md §5): its title in the six languages. */
export interface ThesaurusTerm {
  identifier: string;
  title: LString;
}

export async function fetchTerm(config: ApiConfig, id: string, signal?: AbortSignal): Promise<ThesaurusTerm> {
  const value = await getJson(config, `/api/v2013/thesaurus/terms/${encodeURIComponent(id)}`, {}, signal);
  if (!isRecord(value) || typeof value.identifier !== 'string') throw shapeError('thesaurus term');
  // SCBD's own label order: the short title, then the title, then the name (absch-api.md §5).
  const title: LString = { ...(isLString(value.title) ? value.title : {}), ...(isLString(value.shortTitle) ? value.shortTitle : {}) };
  for (const [lang, text] of Object.entries(title)) if (typeof text !== 'string' || text.trim() === '') delete title[lang as Locale];
  return { identifier: value.identifier, title: Object.keys(title).length ? title : typeof value.name === 'string' ? { en: value.name } : {} };
}
