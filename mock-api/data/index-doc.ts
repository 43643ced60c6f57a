/**
 * One record → one Solr document, with the field names and suffixes of the real ABSCH index
 * (docs/api-notes.md §2). Localized variants use upper-case language codes (`title_FR_t`).
 */
import { LANGS, type IndexDoc, type IndexValue, type Lang, type LString } from '../types.js';
import { addDays, isoZ } from './dates.js';
import { languagesOf, type MockRecord } from './model.js';
import { schemaInfo, uniqueId } from './schemas.js';
import { EU_MEMBERS } from './countries.js';
import { EU_REGION } from './terms.js';

export type TitleOf = (id: string) => Record<Lang, string>;

const L = (lang: Lang): string => lang.toUpperCase();

/** `{base}_ss` with the term ids and `{base}_{LANG}_ss` with their titles: how the index stores term fields. */
export function termFields(base: string, ids: readonly string[], titleOf: TitleOf): Record<string, IndexValue> {
  const fields: Record<string, IndexValue> = { [`${base}_ss`]: [...ids] };
  for (const lang of LANGS) fields[`${base}_${L(lang)}_ss`] = ids.map((id) => titleOf(id)[lang]);
  return fields;
}

/** The same for a single-valued term field (`status_s`, `type_s`): `_s`, `_{LANG}_s` and `_{LANG}_t`. */
export function termField(base: string, id: string, titleOf: TitleOf): Record<string, IndexValue> {
  const fields: Record<string, IndexValue> = { [`${base}_s`]: id };
  for (const lang of LANGS) {
    fields[`${base}_${L(lang)}_s`] = titleOf(id)[lang];
    fields[`${base}_${L(lang)}_t`] = titleOf(id)[lang];
  }
  return fields;
}

/**
 * What the indexer stores for a text in each language: a language the record lacks holds the
 * English text, when the record has English (scbd/clearing-house-documentation
 * swagger/json/cna/solr/all-record.ts L72–76: `title_AR_s`, `title_FR_s`… hold the English title).
 */
function withEnglishFill(text: LString): LString {
  const english = text.en;
  if (english === undefined) return text;
  return Object.fromEntries(LANGS.map((lang) => [lang, text[lang] ?? english]));
}

function localized(fields: IndexDoc, base: string, text: LString, suffixes: readonly string[]): void {
  for (const lang of languagesOf(text)) {
    const value = text[lang];
    if (value !== undefined) for (const suffix of suffixes) fields[`${base}_${L(lang)}_${suffix}`] = value;
  }
}

export function toIndexDoc(record: MockRecord, countryName: TitleOf): IndexDoc {
  const info = schemaInfo(record.schema);
  const gov = record.government;
  const uid = uniqueId(record.schema, gov, record.documentId, record.revision);
  const main = languagesOf(record.title)[0] ?? 'en';
  const doc: IndexDoc = {
    id: `${record.identifier}@${record.revision}`,
    identifier_s: record.identifier,
    uniqueIdentifier_s: uid,
    uniqueIdentifier_t: uid,
    _revision_i: record.revision,
    _documentId_i: record.documentId,
    schema_s: record.schema,
    schemaType_s: info.type,
    schemaSort_i: info.sort,
    realm_ss: ['abs'],
    _state_s: record.state,
    createdDate_dt: isoZ(record.created),
    updatedDate_dt: isoZ(record.updated),
    // the indexer runs a few minutes after publication
    indexedDate_dt: isoZ(addDays(record.updated, 0.004)),
    url_ss: [`https://absch.cbd.int/database/record?documentID=${record.documentId}`],
    title_t: record.title[main] ?? '',
    title_s: record.title[main] ?? '',
  };
  for (const lang of LANGS) {
    doc[`schema_${L(lang)}_s`] = info.title[lang];
    doc[`schema_${L(lang)}_t`] = info.title[lang];
  }
  const title = withEnglishFill(record.title);
  const summary = record.summary && withEnglishFill(record.summary);
  localized(doc, 'title', title, ['t', 's']);
  if (record.summary && summary) {
    const summaryMain = record.summary[main] ?? Object.values(record.summary)[0];
    if (summaryMain !== undefined) doc.summary_t = summaryMain;
    localized(doc, 'summary', summary, ['t']);
  }
  if (gov) Object.assign(doc, governmentFields(gov, record.schema, countryName));
  for (const lang of LANGS) {
    const texts = [title, summary ?? {}, ...record.texts.map(withEnglishFill)].map((t) => t[lang]).filter((t): t is string => !!t);
    texts.push(info.title[lang]);
    if (gov) texts.push(countryName(gov)[lang]);
    doc[`text_${L(lang)}_txt`] = texts;
  }
  doc.all_terms_ss = [...new Set([...(gov ? [gov] : []), record.schema, ...record.terms])];
  if (record.references.length > 0) {
    doc.referenceRecord_ss = [...new Set(record.references.flatMap((r) => r.identifiers.map((id) => id.split('@')[0] ?? id)))];
    doc.referenceRecord_info_ss = record.references.map((r) => JSON.stringify({ field: r.field, identifiers: r.identifiers }));
  }
  return Object.assign(doc, record.fields);
}

/**
 * `countryRegions_REL_ss`: the government, the regions it belongs to and, for a regional
 * organisation, its members, so that a search by country also finds the EU's records for a member
 * state (the portal's country filter ORs this field: scbd/absch.cbd.int
 * app/views/search/search-directive.js L1354; its country map looks up another government's
 * records by it: app/views/countries/country-map.js L673). Only the EU is modelled.
 */
function relatedCountryRegions(gov: string): string[] {
  if (gov === 'eu') return [gov, EU_REGION, ...EU_MEMBERS];
  return EU_MEMBERS.includes(gov) ? [gov, EU_REGION] : [gov];
}

function governmentFields(gov: string, schema: string, countryName: TitleOf): Record<string, IndexValue> {
  const names = countryName(gov);
  const fields: Record<string, IndexValue> = {
    government_s: gov,
    countryRegions_ss: [gov],
    countryRegions_REL_ss: relatedCountryRegions(gov),
    grp_government_schema_s: `${gov}_${schema}`,
  };
  for (const lang of LANGS) {
    fields[`government_${L(lang)}_s`] = names[lang];
    fields[`government_${L(lang)}_t`] = names[lang];
    fields[`countryRegions_${L(lang)}_txt`] = [names[lang]];
  }
  return fields;
}
