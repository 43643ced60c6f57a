/**
 * The instruments by which a State joins the Nagoya Protocol, in the treaty's own words in each
 * language (the Protocol's Articles 32–33: "ratification, acceptance, approval or accession").
 */
import { msg, str } from '@lit/localize';
import type { Instrument } from '../api/party-status.js';

/** The instrument as a noun: "ratification", "accession"… */
export function instrumentName(instrument: Instrument): string {
  switch (instrument) {
    case 'ratification':
      return msg('ratification', { id: 'instrument-ratification' });
    case 'accession':
      return msg('accession', { id: 'instrument-accession' });
    case 'acceptance':
      return msg('acceptance', { id: 'instrument-acceptance' });
    case 'approval':
      return msg('approval', { id: 'instrument-approval' });
    case 'succession':
      return msg('succession', { id: 'instrument-succession' });
  }
}

/**
 * A country whose instrument is deposited but not yet in force, as a whole sentence per
 * instrument: the verb changes with it ("Ratified", "Acceded to"…), and so does its grammar in
 * other languages.
 */
export function pendingSentence(instrument: Instrument | null, date: string): string {
  switch (instrument) {
    case 'accession':
      return msg(str`Acceded to the Nagoya Protocol; it enters into force for this country on ${date}`, { id: 'status-acceded' });
    case 'acceptance':
      return msg(str`Accepted the Nagoya Protocol; it enters into force for this country on ${date}`, { id: 'status-accepted' });
    case 'approval':
      return msg(str`Approved the Nagoya Protocol; it enters into force for this country on ${date}`, { id: 'status-approved' });
    case 'succession':
      return msg(str`Succeeded to the Nagoya Protocol; it enters into force for this country on ${date}`, { id: 'status-succeeded' });
    case 'ratification':
      return msg(str`Ratified the Nagoya Protocol; it enters into force for this country on ${date}`, { id: 'status-ratified' });
    default:
      return msg(str`Joined the Nagoya Protocol; it enters into force for this country on ${date}`, { id: 'status-joined' });
  }
}
