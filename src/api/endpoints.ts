/** Typed calls to the read endpoints the elements share: countries, and plain or grouped index queries. */
import { getJson, type ApiConfig, type Params } from './client.js';
import { ApiError } from './errors.js';
import { groupedField } from './index-answer.js';
import { sendIndexQuery } from './index-transport.js';
import { NAGOYA_PROTOCOL } from './party-status.js';
import type { Country, GroupedField } from './types.js';
import { asCountries, asCountry } from './validate.js';

export const COUNTRIES_PATH = '/api/v2013/countries';

/**
 * `GET /api/v2013/countries/{CODE}`; the API wants the code upper-case. Whether the API's 404 carries
 * CORS headers is unknown (audit §8): without them a browser sees a network error. The list of
 * countries (a 200, shared with every element that needs it) then tells an unknown code, which is
 * "not found", from an API that could not be reached.
 */
export async function fetchCountry(config: ApiConfig, code: string, signal?: AbortSignal): Promise<Country> {
  try {
    return asCountry(await getJson(config, `${COUNTRIES_PATH}/${encodeURIComponent(code.toUpperCase())}`, {}, signal));
  } catch (error) {
    if (!(error instanceof ApiError && error.kind === 'network')) throw error;
    const countries = await fetchCountries(config, signal).catch(() => undefined);
    if (countries && !countries.some((country) => country.code.toUpperCase() === code.toUpperCase())) throw new ApiError('not-found', 404, 'Not found.');
    throw error;
  }
}

/**
 * What the elements read of a country (`Country`): its code, its names and the Nagoya Protocol's
 * facts, as a Mongo-style projection (how api.cbd.int's Mongo-backed endpoints take one: scbd/absch.cbd.int
 * app/views/report-analyzer/directives/national-reports/analyzer.js L549). The other treaties and
 * codes are half the list's bytes. An API that ignores it answers whole countries, read the same.
 */
export const COUNTRY_FIELDS = JSON.stringify({ code: 1, name: 1, [`treaties.${NAGOYA_PROTOCOL}`]: 1 });

/**
 * `GET /api/v2013/countries`: every country with its names and treaty facts. Always the same
 * parameters, so that every element needing the list (Parties list, charts, profiles gathered)
 * shares one request.
 */
export async function fetchCountries(config: ApiConfig, signal?: AbortSignal): Promise<Country[]> {
  return asCountries(await getJson(config, COUNTRIES_PATH, { f: COUNTRY_FIELDS }, signal));
}

/** A grouped index query; returns the groups of `groupField`. Its facets, if any, exclude no filter (index-request.ts does those). */
export async function searchGrouped(config: ApiConfig, params: Params, field: string, signal?: AbortSignal): Promise<GroupedField> {
  return groupedField(await sendIndexQuery(config, params, signal), field);
}

