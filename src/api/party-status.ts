/**
 * A country's Nagoya Protocol status, by the portal's own rules (ABSCH app/services/common.js
 * `isParty`, scbd/absch.cbd.int app/services/common.js).
 */
import { parseDate } from '../i18n/format.js';
import type { Country } from './types.js';

/** The Nagoya Protocol's key in `treaties`. */
export const NAGOYA_PROTOCOL = 'XXVII8b';

/**
 * How a State consents to be bound by the Protocol (Articles 32 and 34), as the treaty record's
 * `instrument` names it; succession is how a new State takes over its predecessor's treaties.
 */
export const INSTRUMENTS = ['ratification', 'accession', 'acceptance', 'approval', 'succession'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];
const DAY_MS = 86_400_000;
/** The Protocol enters into force for a State on the ninetieth day after its instrument is deposited (Article 33). */
const ENTRY_INTO_FORCE_DAYS = 90;

/**
 * `ratified` is any instrument deposited and not yet in force (the word the portal and the elements'
 * attributes use); `instrument` says which, null when the record names none the Protocol knows.
 */
export type PartyStatus =
  | { kind: 'party'; since: Date | null; instrument: Instrument | null }
  | { kind: 'ratified'; entryIntoForce: Date; instrument: Instrument | null }
  | { kind: 'signatory'; signedOn: Date | null }
  | { kind: 'non-party' };

export function partyStatus(country: Country, now: Date = new Date()): PartyStatus {
  const treaty = country.treaties[NAGOYA_PROTOCOL];
  const deposit = parseDate(treaty?.deposit);
  const party = parseDate(treaty?.party);
  // The EU is a Party as a regional economic integration organization; the portal special-cases it.
  const instrument = instrumentOf(treaty?.instrument);
  if (country.code.toUpperCase() === 'EU') return { kind: 'party', since: party, instrument };
  if (!treaty) return { kind: 'non-party' };
  const hasInstrument = instrument !== null;
  const inForceByDeposit = deposit !== null && now.getTime() - deposit.getTime() >= ENTRY_INTO_FORCE_DAYS * DAY_MS;
  if (hasInstrument && (inForceByDeposit || (party !== null && party <= now))) {
    return { kind: 'party', since: party ?? (deposit && new Date(deposit.getTime() + ENTRY_INTO_FORCE_DAYS * DAY_MS)), instrument };
  }
  if (deposit !== null && now.getTime() - deposit.getTime() < ENTRY_INTO_FORCE_DAYS * DAY_MS) {
    return { kind: 'ratified', entryIntoForce: new Date(deposit.getTime() + ENTRY_INTO_FORCE_DAYS * DAY_MS), instrument };
  }
  if (treaty.signature) return { kind: 'signatory', signedOn: parseDate(treaty.signature) };
  return { kind: 'non-party' };
}

function instrumentOf(value: unknown): Instrument | null {
  const word = String(value ?? '').toLowerCase();
  return (INSTRUMENTS as readonly string[]).includes(word) ? (word as Instrument) : null;
}
