/**
 * A country's Nagoya Protocol status, by the portal's own rules (ABSCH app/services/common.js
 * `isParty`; ../shared/docs/absch-api.md section 3).
 */
import { parseDate } from '../i18n/format.js';
import type { Country } from './types.js';

/** The Nagoya Protocol's key in `treaties`. */
export const NAGOYA_PROTOCOL = 'XXVII8b';

const INSTRUMENTS = ['ratification', 'accession', 'acceptance', 'approval', 'succession'];
const DAY_MS = 86_400_000;
/** The Protocol enters into force for a State on the ninetieth day after its instrument is deposited (Article 33). */
const ENTRY_INTO_FORCE_DAYS = 90;

export type PartyStatus =
  | { kind: 'party'; since: Date | null }
  | { kind: 'ratified'; entryIntoForce: Date }
  | { kind: 'signatory'; signedOn: Date | null }
  | { kind: 'non-party' };

export function partyStatus(country: Country, now: Date = new Date()): PartyStatus {
  const treaty = country.treaties[NAGOYA_PROTOCOL];
  const deposit = parseDate(treaty?.deposit);
  const party = parseDate(treaty?.party);
  // The EU is a Party as a regional economic integration organization; the portal special-cases it.
  if (country.code.toUpperCase() === 'EU') return { kind: 'party', since: party };
  if (!treaty) return { kind: 'non-party' };
  const hasInstrument = INSTRUMENTS.includes(String(treaty.instrument ?? '').toLowerCase());
  const inForceByDeposit = deposit !== null && now.getTime() - deposit.getTime() >= ENTRY_INTO_FORCE_DAYS * DAY_MS;
  if (hasInstrument && (inForceByDeposit || (party !== null && party <= now))) {
    return { kind: 'party', since: party ?? (deposit && new Date(deposit.getTime() + ENTRY_INTO_FORCE_DAYS * DAY_MS)) };
  }
  if (deposit !== null && now.getTime() - deposit.getTime() < ENTRY_INTO_FORCE_DAYS * DAY_MS) {
    return { kind: 'ratified', entryIntoForce: new Date(deposit.getTime() + ENTRY_INTO_FORCE_DAYS * DAY_MS) };
  }
  if (treaty.signature) return { kind: 'signatory', signedOn: parseDate(treaty.signature) };
  return { kind: 'non-party' };
}
