/** Typed calls to the read endpoints the elements share (../shared/docs/absch-api.md section 1). */
import { getJson, type ApiConfig, type Params } from './client.js';
import type { Country, DocList, GroupedField } from './types.js';
import { asCountries, asCountry, asDocList, asGrouped, isRecord } from './validate.js';

/** The index search path; the portal's main path (E2). */
export const INDEX_PATH = '/api/v2013/index/select';
export const COUNTRIES_PATH = '/api/v2013/countries';

/** `GET /api/v2013/countries/{CODE}`; the API wants the code upper-case. */
export async function fetchCountry(config: ApiConfig, code: string, signal?: AbortSignal): Promise<Country> {
  return asCountry(await getJson(config, `${COUNTRIES_PATH}/${encodeURIComponent(code.toUpperCase())}`, {}, signal));
}

/**
 * `GET /api/v2013/countries`: every country with its names and treaty facts. Without parameters, so
 * that every element needing the list (Parties list, search facets) shares one request.
 */
export async function fetchCountries(config: ApiConfig, signal?: AbortSignal): Promise<Country[]> {
  return asCountries(await getJson(config, COUNTRIES_PATH, {}, signal));
}

/** A grouped index query; returns the groups of `groupField`. */
export async function searchGrouped(config: ApiConfig, params: Params, groupField: string, signal?: AbortSignal): Promise<GroupedField> {
  return asGrouped(await getJson(config, INDEX_PATH, params, signal), groupField);
}

/** A plain index query: its `response` (numFound, start, docs). */
export async function searchIndex(config: ApiConfig, params: Params, signal?: AbortSignal): Promise<DocList> {
  const value = await getJson(config, INDEX_PATH, params, signal);
  return asDocList(isRecord(value) ? value.response : undefined, 'search result');
}
