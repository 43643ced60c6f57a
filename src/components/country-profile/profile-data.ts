/**
 * A country profile as loaded: the country, its Party status, and per national record type the
 * count and the latest records, from the one grouped index query.
 */
import { F, NATIONAL_SCHEMAS, localizedField, type NationalSchema } from '../../api/fields.js';
import type { PartyStatus } from '../../api/party-status.js';
import type { Country, GroupedField, IndexDoc } from '../../api/types.js';
import { parseDate } from '../../i18n/format.js';
import { LOCALES, type Locale } from '../../i18n/locale.js';

export interface LatestRecord {
  uid: string;
  schema: string;
  /** in every language present, so a change of language needs no new request */
  titles: Partial<Record<Locale, string>>;
  updated: Date | null;
}

export interface TypeSummary {
  schema: NationalSchema;
  count: number;
  latest: LatestRecord[];
}

export interface Profile {
  country: Country;
  status: PartyStatus;
  /** absent when neither counts nor latest records are shown (one request only) */
  types?: TypeSummary[];
  total?: number;
}

/** One entry per national record type, in the portal's order, from the groups of the profile query. */
export function summarize(grouped: GroupedField, government: string): TypeSummary[] {
  const bySchema = new Map(grouped.groups.map((group) => [group.groupValue, group.doclist]));
  return NATIONAL_SCHEMAS.map((schema) => {
    const doclist = bySchema.get(`${government}_${schema}`);
    return { schema, count: doclist?.numFound ?? 0, latest: (doclist?.docs ?? []).map(toLatestRecord) };
  });
}

function toLatestRecord(doc: IndexDoc): LatestRecord {
  return {
    uid: String(doc[F.uniqueIdentifier] ?? '').toUpperCase(),
    schema: String(doc[F.schema] ?? ''),
    titles: Object.fromEntries(LOCALES.map((locale) => [locale, textOf(doc[localizedField('title', locale, 't')])])),
    updated: parseDate(doc[F.updatedDate]),
  };
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}
