/**
 * How `<absch-record>` completes a record once it has arrived: its layout, the records it names, the
 * terms and countries it uses, and the records that point at it, grouped. Every request goes through
 * `getJson` (shared and cached by URL), and each distinct record, term and country is asked once.
 */
import { fetchCountry } from '../../api/endpoints.js';
import { isAbort } from '../../api/errors.js';
import { F, localizedField } from '../../api/fields.js';
import type { ApiConfig } from '../../api/client.js';
import { REFERENCE_RECORD_INFO_FIELD } from '../../api/queries/record.js';
import { fetchDocumentInfo, fetchTerm, parseRecordId, type DocumentInfo, type LString } from '../../api/record-endpoints.js';
import type { DocList, IndexDoc } from '../../api/types.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { keywordTerm } from '../../data/keyword-terms.js';
import { parseDate } from '../../i18n/format.js';
import { LOCALES } from '../../i18n/locale.js';
import { identifierKind, isLString, layoutFor, USAGE_TERMS, type FieldSpec, type Layout } from './layouts.js';
import { settle, uidOf, type Settled } from './record-identity.js';

/**
 * A hostile or broken record could name thousands of records or terms; past these, the rest are
 * shown by their identifier, unnamed, rather than flooding the API.
 */
export const MAX_LINKED = 40;
export const MAX_TERMS = 40;

/** A record as loaded, ready to draw. */
export interface LoadedRecord {
  info: DocumentInfo;
  uid: string;
  layout: Layout;
  names: Names;
  /** absent under `hide-referenced-by` */
  referencedBy?: Settled<ReferencedBy>;
}

/**
 * The record, completed: its layout, and the names it links to, asked for together with the records
 * that point at it. `referencedBy` starts the index query, or hands the one already under way (absent
 * under `hide-referenced-by`); it is called after the names are asked for, so they go first.
 */
export async function completeRecord(
  config: ApiConfig,
  info: DocumentInfo,
  referencedBy: (() => Promise<Settled<DocList>>) | undefined,
  signal: AbortSignal,
): Promise<LoadedRecord> {
  const layout = layoutFor(info.type, info.body);
  const [names, references] = await Promise.all([resolveNames(config, collectNeeds(info, layout.fields), signal), referencedBy?.()]);
  signal.throwIfAborted();
  return {
    info,
    uid: uidOf(info),
    layout,
    names,
    referencedBy: references && ('value' in references ? { value: groupReferencedBy(references.value, info.identifier) } : references),
  };
}

/** Another record, named. */
export interface LinkedRecord {
  uid: string;
  schema: string;
  /** an lstring (a title) or a plain string (a person's name) */
  name: LString | string;
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The name of a linked record: its title, else its name, else a person's names (contacts). */
export function nameOf(info: DocumentInfo): LString | string | undefined {
  const body = info.body;
  for (const candidate of [info.title, body.name, body.title, body.organization]) {
    if (isLString(candidate) && Object.values(candidate).some(nonEmpty)) return candidate as LString;
    if (nonEmpty(candidate)) return candidate;
  }
  const person = [body.prefix, body.firstName, body.middleName, body.lastName].filter(nonEmpty).join(' ');
  return person || undefined;
}

/** The key of a field that the body holds: the first of its keys present (else the first key; `address` for the address). */
export function keyOf(body: Record<string, unknown>, spec: FieldSpec): string {
  if (spec.kind === 'address') return 'address';
  return spec.keys.find((key) => body[key] !== undefined && body[key] !== null) ?? spec.keys[0] ?? '';
}

/** The raw value of a field. */
export function valueOf(body: Record<string, unknown>, spec: FieldSpec): unknown {
  const value = body[keyOf(body, spec)];
  return value === null ? undefined : value;
}

/** What a thesaurus term identifier looks like (GUIDs, codes, URLs); anything else is not asked for. */
const TERM_ID = /^[A-Za-z0-9][A-Za-z0-9\-_.:/]{0,199}$/;

const identifiersIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as { identifier?: unknown }).identifier : undefined))
    .filter(nonEmpty);

export function isKnownTerm(id: string): boolean {
  return keywordTerm(id) !== undefined || Object.hasOwn(USAGE_TERMS, id);
}

/** What a record's fields need named: linked records, thesaurus terms, countries. */
export interface Needs {
  references: string[];
  terms: string[];
  countries: string[];
}

export function collectNeeds(info: DocumentInfo, fields: readonly FieldSpec[]): Needs {
  const references = new Set<string>();
  const terms = new Set<string>();
  const countries = new Set<string>();
  if (info.government) countries.add(info.government);
  for (const spec of fields) {
    if (spec.confidential && info.body[spec.confidential] === true) continue;
    const value = spec.kind === 'address' ? info.body.country : valueOf(info.body, spec);
    for (const identifier of identifiersIn(value)) {
      if (spec.kind === 'reference') {
        // Only what the documents endpoint accepts is asked for; anything else is shown as it is.
        if (parseRecordId(identifier)?.kind === 'guid') references.add(identifier);
      } else if (spec.kind === 'country' || spec.kind === 'address' || (spec.kind === 'term' && identifierKind(identifier) === 'country')) {
        if (/^[a-z]{2}$/i.test(identifier)) countries.add(identifier.toLowerCase());
      } else if (spec.kind === 'term' && !isKnownTerm(identifier) && TERM_ID.test(identifier)) {
        terms.add(identifier);
      }
    }
  }
  return { references: [...references].slice(0, MAX_LINKED), terms: [...terms].slice(0, MAX_TERMS), countries: [...countries].slice(0, MAX_TERMS) };
}

/** Everything named, by identifier; a failed request leaves its entry out (the identifier is shown instead). */
export interface Names {
  linked: ReadonlyMap<string, LinkedRecord>;
  terms: ReadonlyMap<string, LString>;
  countries: ReadonlyMap<string, LString>;
}

async function resolve<T, R>(keys: readonly string[], load: (key: string) => Promise<T>, pick: (value: T) => R | undefined): Promise<Map<string, R>> {
  const results = await Promise.all(keys.map((key) => settle(load(key)).then((settled) => [key, settled] as const)));
  const out = new Map<string, R>();
  for (const [key, settled] of results) {
    if ('value' in settled) {
      const value = pick(settled.value);
      if (value !== undefined) out.set(key, value);
    } else if (isAbort(settled.error)) {
      throw settled.error;
    }
  }
  return out;
}

export async function resolveNames(config: ApiConfig, needs: Needs, signal: AbortSignal): Promise<Names> {
  const [linked, terms, countries] = await Promise.all([
    resolve(needs.references, (ref) => fetchDocumentInfo(config, ref, signal), (info): LinkedRecord | undefined =>
      info.deletedOn ? undefined : { uid: uidOf(info), schema: info.type, name: nameOf(info) ?? uidOf(info) },
    ),
    resolve(needs.terms, (id) => fetchTerm(config, id, signal), (term) => (Object.keys(term.title).length ? term.title : undefined)),
    resolve(needs.countries, (code) => fetchCountry(config, code, signal), (country) => country.name as LString),
  ]);
  return { linked, terms, countries };
}

/** A record that points at the shown one. */
export interface ReferencingRecord {
  uid: string;
  schema: string;
  titles: LString;
  updated: Date | null;
}

export interface FieldGroup {
  /** the body field of the referencing records that holds the reference ('' when the index does not say) */
  field: string;
  records: ReferencingRecord[];
}

export interface TypeGroup {
  schema: string;
  /** distinct records of this type */
  count: number;
  fields: FieldGroup[];
}

export interface ReferencedBy {
  /** every published record that points here (`numFound`) */
  total: number;
  /** how many of them the answer listed */
  listed: number;
  types: TypeGroup[];
}

const TYPE_ORDER = Object.keys(RECORD_TYPES);

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

/** The body fields through which `doc` points at `identifier` (`referenceRecord_info_ss`). */
function pointingFields(doc: IndexDoc, identifier: string): string[] {
  const raw = doc[REFERENCE_RECORD_INFO_FIELD];
  const fields = new Set<string>();
  for (const entry of Array.isArray(raw) ? raw : []) {
    if (typeof entry !== 'string') continue;
    let info: unknown;
    try {
      info = JSON.parse(entry);
    } catch {
      continue;
    }
    if (typeof info !== 'object' || info === null) continue;
    const { field, identifiers } = info as { field?: unknown; identifiers?: unknown };
    if (typeof field !== 'string' || !Array.isArray(identifiers)) continue;
    if (identifiers.some((id) => typeof id === 'string' && id.split('@')[0] === identifier)) fields.add(field);
  }
  return fields.size ? [...fields] : [''];
}

/** Groups the referencing records by type (the portal's order), then by the field that points, newest first within each. */
export function groupReferencedBy(list: DocList, identifier: string): ReferencedBy {
  const types = new Map<string, { ids: Set<string>; fields: Map<string, ReferencingRecord[]> }>();
  for (const doc of list.docs) {
    const schema = textOf(doc[F.schema]) ?? '';
    const uid = (textOf(doc[F.uniqueIdentifier]) ?? '').toUpperCase();
    if (!schema || !uid) continue;
    const titles: LString = {};
    for (const locale of LOCALES) {
      const title = textOf(doc[localizedField('title', locale, 't')]);
      if (title) titles[locale] = title;
    }
    if (!Object.keys(titles).length) {
      const title = textOf(doc[F.title]);
      if (title) titles.en = title;
    }
    const record: ReferencingRecord = { uid, schema, titles, updated: parseDate(doc[F.updatedDate]) };
    let type = types.get(schema);
    if (!type) {
      type = { ids: new Set(), fields: new Map() };
      types.set(schema, type);
    }
    type.ids.add(uid);
    for (const field of pointingFields(doc, identifier)) {
      const records = type.fields.get(field) ?? [];
      records.push(record);
      type.fields.set(field, records);
    }
  }
  const rank = (schema: string) => (TYPE_ORDER.includes(schema) ? TYPE_ORDER.indexOf(schema) : TYPE_ORDER.length);
  return {
    total: list.numFound,
    listed: list.docs.length,
    types: [...types.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([schema, type]) => ({
        schema,
        count: type.ids.size,
        fields: [...type.fields.entries()]
          .map(([field, records]) => ({ field, records }))
          .sort((a, b) => b.records.length - a.records.length || a.field.localeCompare(b.field)),
      })),
  };
}
