/**
 * What a country profile asks the API, gathered with the other profiles that start loading with it
 * (gather.ts): twelve profiles in one article make two requests, not twenty-four. One profile
 * alone asks exactly what it asked before: its country, and its own records.
 */
import { realmOf, type ApiConfig } from './client.js';
import { fetchCountries, fetchCountry, searchGrouped } from './endpoints.js';
import { ApiError } from './errors.js';
import { gathered, sameRequests } from './gather.js';
import { COUNTRY_PROFILE_GROUP_FIELD, countryProfileQuery } from './queries/country-profile.js';
import type { Country, GroupedField } from './types.js';

/**
 * From this many profiles on, the countries come from the list of all countries (one request,
 * shared with the Parties list and the search, and kept across page loads) rather than one request
 * each: the list weighs about as much as fifteen single countries, and costs one round trip.
 */
export const COUNTRY_LIST_FROM = 4;

/** The country of a profile: alone, `countries/{CODE}`; with several, from the list of countries. */
export async function fetchProfileCountry(config: ApiConfig, code: string, signal?: AbortSignal): Promise<Country> {
  const codes = await gathered(`country ${sameRequests(config)}`, code.toUpperCase(), signal);
  if (codes.length < COUNTRY_LIST_FROM) return fetchCountry(config, code, signal);
  const country = (await fetchCountries(config, signal)).find((item) => item.code.toUpperCase() === code.toUpperCase());
  if (!country) throw new ApiError('not-found', 404, 'Not found.');
  return country;
}

/** The groups of a profile's records (`{government}_{schema}`), from one query for every profile gathered with it. */
export async function fetchProfileGroups(config: ApiConfig, code: string, latest: number, signal?: AbortSignal): Promise<GroupedField> {
  const codes = await gathered(`groups ${latest} ${sameRequests(config)}`, code.toLowerCase(), signal);
  return searchGrouped(config, countryProfileQuery(codes, latest, realmOf(config)), COUNTRY_PROFILE_GROUP_FIELD, signal);
}
