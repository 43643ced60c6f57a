/**
 * Certificate list: the one index query of a page of IRCCs (`schema_s:absPermit`) with the list's
 * filters, the usage counts as facet queries on the same request, and the paging of the CSV export.
 * The IRCC field names (scbd/absch.cbd.int abs-left-menu-filters.js) live here and nowhere else.
 */
import type { Locale } from '../../i18n/locale.js';
import { LOCALES } from '../../i18n/locale.js';
import { KEYWORD_TERMS } from '../../data/keyword-terms.js';
import type { Params } from '../client.js';
import { F, localizedField } from '../fields.js';
import { or, range } from '../solr-filters.js';
import { anyOf, and, term, type Query } from '../solr.js';
import { freeTextWords, prefix, textWord, type WordLimits } from '../solr-text.js';
import { ABS_REALM, publishedFilters, TITLE_FIELDS } from './common.js';

/** The IRCC's schema and the index fields the list reads (names in fields.ts, docs/api-notes.md §2.3). */
export const IRCC = {
  schema: 'absPermit',
  issued: F.irccIssued,
  expiry: F.irccExpiry,
  usages: F.irccUsages,
  usagesConfidential: F.irccUsagesConfidential,
  keywords: F.irccKeywords,
  amendmentIntent: F.amendmentIntent,
  meta3: F.meta3,
  text: F.textEnglish,
} as const;

/** Permit usage terms (thesaurus domain A7B77788-8C90-4849-9327-E181E9522F3A). */
export const USAGE_TERMS = {
  commercial: '5E833A3F-87D1-4ADD-8701-9F1B76383017',
  'non-commercial': '60EA2F49-A9DD-406F-921A-8A1C9AA8DFDD',
} as const;

export const USAGES = ['commercial', 'non-commercial', 'confidential'] as const;
export type Usage = (typeof USAGES)[number];

export const CERTIFICATE_SORTS = ['date-desc', 'date-asc', 'country', 'uid'] as const;
export type CertificateSort = (typeof CERTIFICATE_SORTS)[number];

/**
 * Short names for the subject-matter (keyword) terms, for the `subject` attribute. The ids are those
 * of src/data/keyword-terms.ts; a broader term also finds the certificates of its narrower terms.
 */
export const SUBJECT_NAMES: Readonly<Record<string, string>> = {
  'genetic-resources': '4E2974DF-216E-46C8-8797-8E3A33D6A048',
  plants: '357DBB22-6A6C-4C49-BA1F-037320B09247',
  animals: '9C146B09-097E-4CFF-B9CC-D4785496952F',
  microorganisms: '33A6BF46-3699-4B5E-A3C0-506FAFDA2D76',
  fungi: 'http://data.gbif.org/species/13140807',
  domesticated: 'F9EF6CC8-3709-43D5-839C-1A93A23DE51B',
  wild: '2D2CAF72-A892-42CE-87F7-975EFBADAF4F',
  areas: 'A862ABFC-B97D-4E6A-9A70-812A82A7CC19',
  'agricultural-areas': '35E029ED-D92F-41C8-9CDC-52F3F35D7E36',
  forest: 'D570A745-D8C3-4698-BB77-0A90C140F3F2',
  'inland-waters': '47DD3FF6-D369-4E64-B0BC-5DADF3B70C95',
  'dry-areas': '29C670AB-C198-484F-A2ED-9BAB1DAC7431',
  marine: '507D46E0-DC49-47F0-B273-26ECD9CC8948',
  mountains: 'EAE641FD-6A82-4C15-84CD-0F12ABA5CBC1',
  'protected-areas': 'DFEECF62-EC3D-4F5C-BAC6-2FD308F81277',
  islands: '9EC60226-A7E4-441E-AC7D-2580F111EC3B',
  'ex-situ': '2C87B4AD-684C-48DC-91B7-82938CE37B5A',
  samples: 'CB918E1A-E171-4C10-BA35-088C81F668A3',
  'traditional-knowledge': 'B8A150E054154AD3AD97856ABD485E90',
};

/** The official name is singular in English; people write either. */
const SUBJECT_ALIASES: Readonly<Record<string, string>> = { microorganism: 'microorganisms', tk: 'traditional-knowledge' };

/** A subject word (short name, alias or term id, any case) as a term id; undefined when unknown. */
export function subjectTermId(word: string): string | undefined {
  const lower = word.toLowerCase();
  const named = SUBJECT_NAMES[SUBJECT_ALIASES[lower] ?? lower];
  if (named) return named;
  return KEYWORD_TERMS.find((item) => item.identifier.toLowerCase() === lower)?.identifier;
}

/** The short name of a term id, for writing the `subject` attribute back from the controls. */
export function subjectName(id: string): string {
  return Object.entries(SUBJECT_NAMES).find(([, value]) => value === id)?.[0] ?? id;
}

/** The filters of the list, already checked: only valid values reach the query. */
export interface CertificateFilters {
  /** lower-case ISO codes; empty = every country */
  governments: readonly string[];
  usages: readonly Usage[];
  /** keyword term ids */
  subjects: readonly string[];
  /** issued on or after (inclusive) */
  from?: Date;
  /** issued on or before (inclusive: the last millisecond of the year or day given) */
  to?: Date;
  /** free text, as the user typed it */
  query: string;
}

export interface CertificatePaging {
  start: number;
  rows: number;
  sort: CertificateSort;
  locale: Locale;
}

/**
 * Certificates of one usage: the list's filter, and the usage count's facet query, which the answer
 * names by this text (no `{!key=…}`: no public source shows the API passing local params on).
 */
export function usageQuery(usage: Usage): Query {
  return usage === 'confidential' ? term(IRCC.usagesConfidential, 'true') : term(IRCC.usages, USAGE_TERMS[usage]);
}

/** A subject and its narrower terms (Plants, Animals… under "All types of genetic resources"). */
function withNarrower(ids: readonly string[]): string[] {
  const out = new Set(ids);
  for (const item of KEYWORD_TERMS) if (item.broader && out.has(item.broader)) out.add(item.identifier);
  return [...out];
}

/** The government's name in the page's language, and in English for the fallback. */
export function governmentNameFields(locale: Locale): string[] {
  return [...new Set([localizedField('government', locale, 's'), localizedField('government', 'en', 's')])];
}

/** Only the columns of the list. */
export function certificateFields(locale: Locale): string[] {
  return [
    F.uniqueIdentifier,
    F.government,
    ...governmentNameFields(locale),
    ...TITLE_FIELDS,
    IRCC.issued,
    IRCC.expiry,
    IRCC.usages,
    IRCC.usagesConfidential,
    IRCC.keywords,
    IRCC.amendmentIntent,
    IRCC.meta3,
  ];
}

/**
 * Words beyond these limits are ignored: q repeats every word about twenty times, and a pasted list of
 * UIDs must not make the URL longer than solr-text.ts `MAX_URL_LENGTH` (test/unit/certificate-query.test.ts
 * builds the worst case).
 */
export const CERTIFICATE_WORD_LIMITS: WordLimits = { maxWords: 5, maxWordLength: 40, maxEncodedLength: 120 };

/**
 * Each word of the free text must match (AND) one of the fields that a person would search by: the
 * UID (whole or its beginning), the title in any language, the full text (country name, summary). As
 * the portal does, a word matches whole or as a prefix, or as a phrase when the analyser splits it
 * (solr.ts `textWord`).
 */
function textQuery(text: string, locale: Locale): Query | undefined {
  const words = freeTextWords(text, CERTIFICATE_WORD_LIMITS);
  if (!words.length) return undefined;
  const fields = [
    F.uniqueIdentifierText,
    ...TITLE_FIELDS,
    IRCC.text,
    ...(locale === 'en' ? [] : [localizedField('text', locale, 'txt')]),
  ];
  // uniqueIdentifier_s holds the lower-case UID: the lower-case word as a prefix finds the whole UID and its beginning.
  return and(...words.map((word) => or(prefix(F.uniqueIdentifier, word), ...fields.map((field) => textWord(field, word)))));
}

function filterQueries(filters: CertificateFilters, realm: string): Query[] {
  const fq: Query[] = [...publishedFilters(realm)];
  if (filters.governments.length) fq.push(anyOf(F.government, filters.governments));
  if (filters.usages.length) fq.push(or(...filters.usages.map(usageQuery)));
  if (filters.subjects.length) fq.push(anyOf(IRCC.keywords, withNarrower(filters.subjects)));
  if (filters.from || filters.to) fq.push(range(IRCC.issued, filters.from ?? '*', filters.to ?? '*'));
  return fq;
}

function sortOf(sort: CertificateSort, locale: Locale): string {
  // The UID last: a stable order, so that no certificate moves between pages.
  switch (sort) {
    case 'date-asc':
      return `${IRCC.issued} asc, ${F.uniqueIdentifier} asc`;
    case 'country':
      return `${localizedField('government', locale, 's')} asc, ${IRCC.issued} desc, ${F.uniqueIdentifier} asc`;
    case 'uid':
      return `${F.uniqueIdentifier} asc`;
    default:
      return `${IRCC.issued} desc, ${F.uniqueIdentifier} asc`;
  }
}

/** The list's query without facets: q, filters, fields, order and page. */
export function baseQuery(filters: CertificateFilters, paging: CertificatePaging, realm: string): Params {
  const text = textQuery(filters.query, paging.locale);
  const schema = term(F.schema, IRCC.schema);
  return {
    q: text ? and(schema, text) : schema,
    fq: filterQueries(filters, realm),
    fl: certificateFields(paging.locale).join(','),
    sort: sortOf(paging.sort, paging.locale),
    start: paging.start,
    rows: paging.rows,
  };
}

/**
 * One page of the list, with the counts by usage of the whole filtered list on the same request
 * (with `usage=commercial`, the confidential count is 0). They are no breakdown of the total: a
 * certificate for both commercial and non-commercial use counts under each.
 */
export function certificatePageQuery(filters: CertificateFilters, paging: CertificatePaging, realm = ABS_REALM): Params {
  return {
    ...baseQuery(filters, paging, realm),
    facet: true,
    'facet.query': USAGES.map(usageQuery),
  };
}

/** Rows per request of the CSV export. */
export const EXPORT_PAGE_SIZE = 500;

/** Page `index` (0-based) of the CSV export: the list's query and order, without facets. */
export function certificateExportQuery(filters: CertificateFilters, sort: CertificateSort, locale: Locale, index: number, realm = ABS_REALM): Params {
  return baseQuery(filters, { start: index * EXPORT_PAGE_SIZE, rows: EXPORT_PAGE_SIZE, sort, locale }, realm);
}

/** One certificate, as the list shows it. */
export interface Certificate {
  /** upper-case, as users see it */
  uid: string;
  /** lower-case ISO code */
  government: string;
  countryNames: Partial<Record<Locale, string>>;
  titles: Partial<Record<Locale, string>>;
  issued: Date | null;
  expiry: Date | null;
  usages: Usage[];
  /** keyword term ids */
  keywords: string[];
  revoked: boolean;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : [];
}

function date(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** Reads one index document of `certificatePageQuery` (missing fields are absent, never an error). */
export function readCertificate(doc: Record<string, unknown>): Certificate {
  const usageIds = strings(doc[IRCC.usages]);
  const usages = USAGES.filter((usage) =>
    usage === 'confidential' ? doc[IRCC.usagesConfidential] === true : usageIds.includes(USAGE_TERMS[usage]),
  );
  const government = String(doc[F.government] ?? '').toLowerCase();
  return {
    uid: String(doc[F.uniqueIdentifier] ?? '').toUpperCase(),
    government,
    countryNames: Object.fromEntries(
      LOCALES.map((locale) => [locale, text(doc[localizedField('government', locale, 's')])]).filter(([, name]) => name),
    ),
    titles: Object.fromEntries(LOCALES.map((locale) => [locale, text(doc[localizedField('title', locale, 't')])]).filter(([, title]) => title)),
    issued: date(doc[IRCC.issued]),
    expiry: date(doc[IRCC.expiry]),
    usages,
    keywords: strings(doc[IRCC.keywords]),
    revoked: doc[IRCC.amendmentIntent] === 1 || strings(doc[IRCC.meta3]).some((item) => item.toLowerCase() === 'revoked'),
  };
}
