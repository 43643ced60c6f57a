/**
 * What <absch-parties-list> lists: the words its attributes take (columns, statuses, sort keys),
 * and its two requests as one row per country, in no language, so that a change of language needs
 * no request. What a loaded list shows is in table-view.ts.
 */
import type { ApiConfig } from '../../api/client.js';
import { fetchCountries } from '../../api/endpoints.js';
import { fetchPartiesCounts } from '../../api/parties-endpoints.js';
import { partyStatus, type PartyStatus } from '../../api/party-status.js';
import { PARTIES_IRCC_SCHEMA } from '../../api/queries/parties.js';
import type { Country } from '../../api/types.js';

export const PARTIES_COLUMNS = ['name', 'status', 'date', 'records', 'ircc'] as const;
export type PartiesColumn = (typeof PARTIES_COLUMNS)[number];

export const PARTIES_STATUSES = ['party', 'ratified', 'signatory', 'non-party'] as const;
export type PartiesStatus = (typeof PARTIES_STATUSES)[number];

export const PARTIES_SORT_KEYS = ['name', 'date', 'records'] as const;
export type PartiesSortKey = (typeof PARTIES_SORT_KEYS)[number];

export interface SortOrder {
  key: PartiesSortKey;
  descending: boolean;
}

/** One country, in every language: a change of language needs no new request and no new row. */
export interface PartyRow {
  /** upper-case ISO code, the row's key */
  code: string;
  country: Country;
  status: PartyStatus;
  /** when the Protocol entered (or enters) into force for the country: the Party-since date */
  date: Date | null;
  records: number;
  ircc: number;
}

export interface PartiesTotals {
  parties: number;
  ratified: number;
  signatories: number;
  nonParties: number;
  countries: number;
}

export interface PartiesData {
  rows: PartyRow[];
  totals: PartiesTotals;
}

export async function loadParties(config: ApiConfig, signal: AbortSignal): Promise<PartiesData> {
  const [countries, counts] = await Promise.all([fetchCountries(config, signal), fetchPartiesCounts(config, signal)]);
  const now = new Date();
  const rows = new Map<string, PartyRow>();
  for (const country of countries) {
    const code = country.code.toUpperCase();
    if (rows.has(code)) continue;
    const status = partyStatus(country, now);
    const found = counts.get(code.toLowerCase());
    rows.set(code, { code, country, status, date: dateOf(status), records: found?.total ?? 0, ircc: found?.bySchema[PARTIES_IRCC_SCHEMA] ?? 0 });
  }
  const list = [...rows.values()];
  const count = (kind: PartyStatus['kind']) => list.filter((row) => row.status.kind === kind).length;
  return {
    rows: list,
    totals: { parties: count('party'), ratified: count('ratified'), signatories: count('signatory'), nonParties: count('non-party'), countries: list.length },
  };
}

/** When the Protocol entered into force for a Party (its Party-since date), or will for an instrument deposited. */
function dateOf(status: PartyStatus): Date | null {
  if (status.kind === 'party') return status.since;
  if (status.kind === 'ratified') return status.entryIntoForce;
  return null;
}
