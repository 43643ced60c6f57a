/** Record types (schemas): official six-language titles, short codes and kinds, from the ABSCH realm configuration. */
import type { Lang } from '../types.js';
import recordTypes from './abs-record-types.json' with { type: 'json' };

export type NationalSchema =
  | 'focalPoint' | 'authority' | 'measure' | 'absProcedure' | 'absNationalModelContractualClause' | 'absPermit'
  | 'database' | 'absCheckpoint' | 'absCheckpointCommunique' | 'absNationalReport1' | 'absNationalReport';
export type ReferenceSchema = 'resource' | 'capacityBuildingInitiative' | 'modelContractualClause' | 'communityProtocol';
export type Schema = NationalSchema | ReferenceSchema | 'contact';

export interface SchemaInfo {
  name: Schema;
  type: 'national' | 'reference';
  shortCode: string;
  /** six languages where the realm configuration has them; English otherwise */
  title: Record<Lang, string>;
  /** position in the realm configuration: the site's `schemaSort_i` */
  sort: number;
}

const entries = Object.entries(recordTypes.schemas) as [Schema, { type: string; shortCode: string; title: Partial<Record<Lang, string>> }][];

export const SCHEMAS: ReadonlyMap<Schema, SchemaInfo> = new Map(
  entries.map(([name, s], i) => {
    const en = s.title.en ?? name;
    const title = { en, fr: s.title.fr ?? en, es: s.title.es ?? en, ar: s.title.ar ?? en, ru: s.title.ru ?? en, zh: s.title.zh ?? en };
    return [name, { name, type: s.type === 'reference' ? 'reference' : 'national', shortCode: s.shortCode, title, sort: i + 1 }];
  }),
);

export function schemaInfo(name: Schema): SchemaInfo {
  const info = SCHEMAS.get(name);
  if (!info) throw new Error(`unknown schema ${name}`);
  return info;
}

/**
 * Lower-case UID, `absch-ircc-in-207343-1`: ABSCH prefix (CHM for focal points, which are CHM-realm
 * records), short code, government (`scbd` when none), document id, revision.
 */
export function uniqueId(schema: Schema, government: string | undefined, documentId: number, revision: number): string {
  const prefix = schema === 'focalPoint' ? 'chm' : 'absch';
  return `${prefix}-${schemaInfo(schema).shortCode}-${government ?? 'scbd'}-${documentId}-${revision}`.toLowerCase();
}
