import { HOSTILE_NAME, HOSTILE_TEXT } from '../data/fixtures.js';
import type { ApiResult } from '../http.js';
import type { Family } from '../switches.js';

/**
 * The `hostilenames=1` switch: every country name the API gives, in every language, becomes
 * HOSTILE_NAME's formula, a space, the name, then HOSTILE_TEXT's title payload of that language.
 * Names come from two places: the countries answers (`name`, an lstring) and the index documents
 * (`government_XX_s` and `government_XX_t`, the government's name that lists and results show, in
 * documents and in facet values: the search's pivot of names).
 * Only the answer changes: queries still match, sort and count the real names, so every figure
 * stays as it was.
 */
type NameLang = keyof typeof HOSTILE_NAME.formula;
const LANGS = Object.keys(HOSTILE_NAME.formula) as NameLang[];
const GOVERNMENT_NAME = /^government_([A-Z]{2})_(?:s|t)$/;

export function hostileName(name: string, lang: NameLang): string {
  return `${HOSTILE_NAME.formula[lang]} ${name}${HOSTILE_TEXT.title[lang]}`;
}

const isLang = (value: string): value is NameLang => (LANGS as string[]).includes(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function hostileCountry(country: unknown): unknown {
  if (!isObject(country) || !isObject(country.name)) return country;
  const name = Object.fromEntries(Object.entries(country.name).map(([lang, text]) => [lang, typeof text === 'string' && isLang(lang) ? hostileName(text, lang) : text]));
  return { ...country, name };
}

function hostileDoc(doc: unknown): unknown {
  if (!isObject(doc)) return doc;
  const out: Record<string, unknown> = { ...doc };
  for (const [field, value] of Object.entries(doc)) {
    const lang = GOVERNMENT_NAME.exec(field)?.[1].toLowerCase();
    if (lang === undefined || !isLang(lang)) continue;
    out[field] = typeof value === 'string' ? hostileName(value, lang) : Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? hostileName(item, lang) : item)) : value;
  }
  return out;
}

/** `{docs: [...]}` with every document's government names made hostile. */
function withHostileDocs(list: unknown): unknown {
  return isObject(list) && Array.isArray(list.docs) ? { ...list, docs: list.docs.map(hostileDoc) } : list;
}

/** A pivot entry (`{field, value, count, pivot}`) whose field is a government name, and every level below it. */
function hostilePivotEntry(entry: unknown): unknown {
  if (!isObject(entry)) return entry;
  const lang = typeof entry.field === 'string' ? GOVERNMENT_NAME.exec(entry.field)?.[1].toLowerCase() : undefined;
  const value = lang !== undefined && isLang(lang) && typeof entry.value === 'string' ? hostileName(entry.value, lang) : entry.value;
  return { ...entry, value, ...(Array.isArray(entry.pivot) ? { pivot: entry.pivot.map(hostilePivotEntry) } : {}) };
}

/** Facet values that are government names: of `facet_fields` (flat value, count lists) and of `facet_pivot`. */
function hostileFacets(facets: Record<string, unknown>): Record<string, unknown> {
  const fields = isObject(facets.facet_fields)
    ? Object.fromEntries(
        Object.entries(facets.facet_fields).map(([field, flat]) => {
          const lang = GOVERNMENT_NAME.exec(field)?.[1].toLowerCase();
          if (lang === undefined || !isLang(lang) || !Array.isArray(flat)) return [field, flat];
          return [field, flat.map((item, i) => (i % 2 === 0 && typeof item === 'string' ? hostileName(item, lang) : item))];
        }),
      )
    : facets.facet_fields;
  const pivots = isObject(facets.facet_pivot)
    ? Object.fromEntries(Object.entries(facets.facet_pivot).map(([key, list]) => [key, Array.isArray(list) ? list.map(hostilePivotEntry) : list]))
    : facets.facet_pivot;
  return { ...facets, facet_fields: fields, facet_pivot: pivots };
}

/** An index answer: the documents of `response` and of every group of `grouped`, and facet values that are government names. */
function hostileIndexAnswer(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body, response: withHostileDocs(body.response) };
  if (isObject(body.facet_counts)) out.facet_counts = hostileFacets(body.facet_counts);
  if (isObject(body.grouped)) {
    out.grouped = Object.fromEntries(
      Object.entries(body.grouped).map(([field, result]) => [
        field,
        isObject(result) && Array.isArray(result.groups)
          ? { ...result, groups: result.groups.map((group: unknown) => (isObject(group) ? { ...group, doclist: withHostileDocs(group.doclist) } : group)) }
          : result,
      ]),
    );
  }
  return out;
}

/** Applies the switch to a successful answer of the countries or the index; others pass unchanged. */
export function withHostileNames(result: ApiResult, family: Family | undefined): ApiResult {
  if (result.status !== 200) return result;
  if (family === 'countries') {
    return { ...result, body: Array.isArray(result.body) ? result.body.map(hostileCountry) : hostileCountry(result.body) };
  }
  if (family === 'index' && isObject(result.body)) return { ...result, body: hostileIndexAnswer(result.body) };
  return result;
}
