import type { DocumentInfo } from '../types.js';
import { invalidParameter, notFound, type ApiResult } from '../http.js';

/**
 * `GET /api/v2013/documents/{uid}[/info]`, `…/{uid}/versions/{rev}[/info]`, `?info=true`.
 * `{uid}` is a GUID (case-sensitive, the real API's pattern) or a numeric documentID (its latest
 * revision), either with `@rev` for that revision (scbd/absch.cbd.int
 * app/views/forms/view/record-loader.directive.js L231–233). Without `?info` the answer is the
 * record body; with it the wrapper.
 */
const GUID = /^[A-Za-z0-9\-_]{11,128}$/;
const DIGITS = /^[0-9]+$/;

export class DocumentStore {
  /** revisions per identifier, ascending */
  private readonly byIdentifier = new Map<string, DocumentInfo[]>();
  private readonly byDocumentId = new Map<number, DocumentInfo[]>();

  constructor(documents: readonly DocumentInfo[]) {
    const add = <K>(map: Map<K, DocumentInfo[]>, key: K, info: DocumentInfo): void => {
      const list = map.get(key);
      if (list) list.push(info);
      else map.set(key, [info]);
    };
    for (const info of documents) {
      add(this.byIdentifier, info.identifier, info);
      add(this.byDocumentId, info.documentID, info);
    }
    for (const map of [this.byIdentifier, this.byDocumentId]) {
      for (const list of map.values()) list.sort((a, b) => a.revision - b.revision);
    }
  }

  find(key: string | number, revision?: number): DocumentInfo | undefined {
    const list = typeof key === 'number' ? this.byDocumentId.get(key) : this.byIdentifier.get(key);
    if (!list) return undefined;
    return revision === undefined ? list[list.length - 1] : list.find((d) => d.revision === revision);
  }
}

type Lookup = { key: string | number; revision?: number } | { error: ApiResult };

function parseUid(uid: string, versionSegment: string | undefined): Lookup {
  const invalid = (message: string): Lookup => ({ error: invalidParameter('identifier', message) });
  let revision: number | undefined;
  if (versionSegment !== undefined) {
    if (!DIGITS.test(versionSegment) || Number(versionSegment) < 1) return { error: invalidParameter('revision', `Invalid revision '${versionSegment}'`) };
    revision = Number(versionSegment);
  }
  const at = uid.indexOf('@');
  const identifier = at < 0 ? uid : uid.slice(0, at);
  // A numeric documentID, alone or `documentID@revision` (the portal's record loader asks so for a UID).
  const numeric = DIGITS.test(identifier);
  if (!numeric && !GUID.test(identifier)) return invalid(`Invalid identifier '${uid}'`);
  if (at >= 0) {
    const rev = uid.slice(at + 1);
    if (!DIGITS.test(rev) || Number(rev) < 1 || revision !== undefined) return invalid(`Invalid identifier '${uid}'`);
    revision = Number(rev);
  }
  return { key: numeric ? Number(identifier) : identifier, ...(revision === undefined ? {} : { revision }) };
}

/** `rest` = path segments after `documents/`. */
export function documentsRoute(store: DocumentStore, rest: string[], url: URL): ApiResult {
  const [uid, ...tail] = rest;
  let info = url.searchParams.has('info') && url.searchParams.get('info') !== 'false';
  if (tail[tail.length - 1] === 'info') {
    info = true;
    tail.pop();
  }
  const shapeOk = uid !== undefined && (tail.length === 0 || (tail.length === 2 && tail[0] === 'versions'));
  if (!shapeOk) return notFound();
  const lookup = parseUid(uid, tail[1]);
  if ('error' in lookup) return lookup.error;
  const found = store.find(lookup.key, lookup.revision);
  const includeDeleted = url.searchParams.get('include-deleted') === 'true';
  if (!found || (found.deletedOn !== undefined && !includeDeleted)) return notFound('Document not found');
  return { status: 200, body: info ? found : found.body };
}
