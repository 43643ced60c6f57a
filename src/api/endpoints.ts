/** Typed calls to the read endpoints the elements use (../shared/docs/absch-api.md section 1). */
import { getJson, type ApiConfig, type Params } from './client.js';
import type { Country, GroupedField } from './types.js';
import { asCountry, asGrouped } from './validate.js';

const INDEX = '/api/v2013/index/select';

/** `GET /api/v2013/countries/{CODE}`; the API wants the code upper-case. */
export async function fetchCountry(config: ApiConfig, code: string, signal?: AbortSignal): Promise<Country> {
  return asCountry(await getJson(config, `/api/v2013/countries/${encodeURIComponent(code.toUpperCase())}`, {}, signal));
}

/** A grouped index query; returns the groups of `groupField`. */
export async function searchGrouped(config: ApiConfig, params: Params, groupField: string, signal?: AbortSignal): Promise<GroupedField> {
  return asGrouped(await getJson(config, INDEX, params, signal), groupField);
}
