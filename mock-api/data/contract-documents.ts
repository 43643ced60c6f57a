/**
 * Stored documents that the generator does not make, for the contract tests (test/contract/): the
 * record bodies SCBD documents (test/fixtures/documented/*.json, see its README) and the document
 * answers recorded from the real API (test/fixtures/recorded/*.json, written by `npm run api:record`).
 * Like the UNLISTED fixtures, `documents/{id}` answers them and no index document lists them, so no
 * published figure changes. A recorded answer is stored as it came; a documented body gets the
 * wrapper every stored document has.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { DocumentInfo, LString } from '../types.js';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
/** documentIDs of the documented bodies, in file-name order (the real ones are not documented) */
const FIRST_DOCUMENT_ID = 207400;
const PUBLISHED = '2024-10-01T12:00:00.000Z';
const SECRETARIAT = { userID: 1, firstName: 'Clearing-House', lastName: 'Editor', email: 'editor@example.org' };

export interface ContractDocument {
  /** where the answer comes from: `documented/msr.json`, `recorded/….json` */
  source: string;
  info: DocumentInfo;
}

const jsonFiles = (folder: string): string[] => {
  const dir = new URL(`${folder}/`, FIXTURES);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : [];
};
const read = (folder: string, name: string): unknown => JSON.parse(readFileSync(new URL(`${folder}/${name}`, FIXTURES), 'utf8'));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const lstring = (value: unknown): LString | undefined => (isObject(value) ? (value as LString) : undefined);

/** A documented body in the wrapper the API puts around a stored document (`?info=true`). */
function wrap(body: DocumentInfo['body'], documentID: number): DocumentInfo {
  const government = isObject(body.government) && typeof body.government.identifier === 'string' ? body.government.identifier.toLowerCase() : undefined;
  return {
    identifier: body.header.identifier,
    documentID,
    type: body.header.schema,
    owner: `user:${SECRETARIAT.userID}`,
    revision: 1,
    latestRevision: 1,
    size: JSON.stringify(body).length,
    realm: body.header.schema === 'focalPoint' ? 'CHM' : 'ABS',
    mediaType: 'application/json',
    charset: 'utf-8',
    metadata: { ...(government ? { government } : {}), schema: body.header.schema },
    title: lstring(body.title) ?? lstring(body.name) ?? {},
    ...(lstring(body.summary) ? { summary: lstring(body.summary) } : {}),
    createdOn: PUBLISHED,
    createdBy: SECRETARIAT,
    updatedOn: PUBLISHED,
    updatedBy: SECRETARIAT,
    body,
  };
}

/** A recorded `{url, status, body}` that is a document's `?info=true` answer: its body. */
function recordedInfo(fixture: unknown): DocumentInfo | undefined {
  if (!isObject(fixture) || fixture.status !== 200 || typeof fixture.url !== 'string' || !URL.canParse(fixture.url)) return undefined;
  const url = new URL(fixture.url);
  if (!/\/documents\/[^/]+$/.test(url.pathname) || url.searchParams.get('info') !== 'true') return undefined;
  const info = fixture.body;
  if (!isObject(info) || typeof info.identifier !== 'string' || typeof info.documentID !== 'number' || !isObject(info.body)) return undefined;
  return info as unknown as DocumentInfo;
}

export function contractDocuments(): ContractDocument[] {
  const documented = jsonFiles('documented').map((name, i) => ({
    source: `documented/${name}`,
    info: wrap(read('documented', name) as DocumentInfo['body'], FIRST_DOCUMENT_ID + i),
  }));
  const recorded = jsonFiles('recorded').flatMap((name) => {
    let fixture: unknown;
    try {
      fixture = read('recorded', name);
    } catch {
      // a file cut short by an interrupted recording is no answer; it must not stop the mock
      return [];
    }
    const info = recordedInfo(fixture);
    return info ? [{ source: `recorded/${name}`, info }] : [];
  });
  return [...documented, ...recorded];
}
