/**
 * One record → its stored documents (the `?info=true` wrapper, scbd/clearing-house-documentation
 * swagger/json/general/document-versions/get-info.ts), one per revision, current last.
 */
import type { DocumentInfo, Lang } from '../types.js';
import type { Context } from './context.js';
import { isoZ } from './dates.js';
import type { MockRecord } from './model.js';
import { olderRevision } from './variants.js';

function info(record: MockRecord, latestRevision: number, ctx: Context): DocumentInfo {
  const user = ctx.user(record.government);
  const body = {
    header: { identifier: record.identifier, schema: record.schema, languages: Object.keys(record.title) as Lang[] },
    ...(record.government ? { government: { identifier: record.government } } : {}),
    ...record.body,
  };
  return {
    identifier: record.identifier,
    documentID: record.documentId,
    type: record.schema,
    owner: `user:${user.userID}`,
    revision: record.revision,
    latestRevision,
    size: JSON.stringify(body).length,
    // focal points belong to the CHM realm (their identifiers are the CHM's), the rest to ABS
    realm: record.schema === 'focalPoint' ? 'CHM' : 'ABS',
    mediaType: 'application/json',
    charset: 'utf-8',
    metadata: { ...(record.government ? { government: record.government } : {}), schema: record.schema },
    title: record.title,
    ...(record.summary ? { summary: record.summary } : {}),
    createdOn: isoZ(record.created),
    createdBy: user,
    updatedOn: isoZ(record.updated),
    updatedBy: user,
    submittedOn: isoZ(record.updated),
    ...(record.deleted ? { deletedOn: isoZ(record.deleted) } : {}),
    body,
  };
}

export function toDocuments(record: MockRecord, ctx: Context): DocumentInfo[] {
  const versions = [record];
  while ((versions[0] as MockRecord).revision > 1) versions.unshift(olderRevision(versions[0] as MockRecord));
  return versions.map((v) => info(v, record.revision, ctx));
}
