/**
 * How `<absch-record>` loads a record: the record's own request (and, for a GUID, its "referenced by"
 * query at the same time), the checks that it is the record asked for and still published, then the
 * rest of loading (record-data.ts), which needs the record first and is downloaded beside its request.
 */
import { realmOf, type ApiConfig } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { recordListedQuery, referencedByQuery } from '../../api/queries/record.js';
import { fetchDocumentInfo, parseRecordId, searchIndex, type DocumentInfo, type RecordId } from '../../api/record-endpoints.js';
import { withSanitizer } from '../../base/dompurify.js';
import { lazyModule } from '../../base/lazy-module.js';
import { InputProblem } from '../../base/messages.js';
import type { LoadedRecord } from './record-data.js';
import { matchesUid, settle } from './record-identity.js';

/**
 * The record's view, downloaded with DOMPurify beside the record's request, and with it the steps that
 * complete a record (record-data.ts `completeRecord`): one chunk, not two, since both need the layouts,
 * which two lazily loaded chunks would share and so move into the all-in-one file (4.7 kB gzip more).
 */
export const recordView = lazyModule(() => withSanitizer(import('./record-view.js')));

/** The record exists but was deleted (`deletedOn` in its info). */
export class DeletedRecord extends Error {
  constructor(readonly info: DocumentInfo) {
    super('deleted');
  }
}

/**
 * The record's info, deleted or not. The API's error answers may come without CORS headers, and a
 * browser then sees a network error (API fidelity audit §8): when the index answers and lists no such
 * record, the record is missing, not the API out of reach.
 */
async function fetchRecord(config: ApiConfig, id: RecordId, signal: AbortSignal): Promise<DocumentInfo> {
  try {
    return await fetchDocumentInfo(config, id.path, signal, { includeDeleted: true });
  } catch (error) {
    if (!(error instanceof ApiError && error.kind === 'network')) throw error;
    const listed = await searchIndex(config, recordListedQuery(id), signal).catch(() => undefined);
    if (listed?.numFound === 0) throw new ApiError('not-found', 404, 'Not found.');
    throw error;
  }
}

/**
 * The record named by `raw` (a UID, a GUID or `GUID@revision`), completed, with the records that point
 * at it unless `withReferences` is false. Throws an `InputProblem` for what is no record identifier, a
 * `DeletedRecord` for a deleted one, and a not-found `ApiError` for a UID whose number names another record.
 */
export async function loadRecord(config: ApiConfig, raw: string, withReferences: boolean, signal: AbortSignal): Promise<LoadedRecord> {
  const id = parseRecordId(raw);
  if (!id) throw new InputProblem(raw);
  const realm = realmOf(config);
  const referencedBy = (identifier: string) => settle(searchIndex(config, referencedByQuery(identifier, realm), signal));
  // A GUID is known before the record arrives: its "referenced by" query can go at the same time.
  const early = withReferences && id.kind === 'guid' ? referencedBy(id.identifier) : undefined;
  const [info, { completeRecord }] = await Promise.all([fetchRecord(config, id, signal), recordView.load()]);
  if (id.kind === 'uid' && !matchesUid(info, id)) throw new ApiError('not-found', 404, 'The UID names another record.');
  if (info.deletedOn) throw new DeletedRecord(info);
  return completeRecord(config, info, withReferences ? () => early ?? referencedBy(info.identifier) : undefined, signal);
}
