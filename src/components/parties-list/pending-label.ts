/**
 * The Parties list's label of a Party whose instrument is not yet in force. A module of its own, beside
 * data/instrument-names.ts (which the profile loads too): only the Parties list's table needs it.
 */
import { msg } from '@lit/localize';
import type { Instrument } from '../../api/party-status.js';

/** What `pendingSentence` (data/instrument-names.ts) says, as a short label for a table cell. */
export function pendingLabel(instrument: Instrument | null): string {
  switch (instrument) {
    case 'accession':
      return msg('Acceded, not yet in force', { id: 'parties-status-acceded' });
    case 'acceptance':
      return msg('Accepted, not yet in force', { id: 'parties-status-accepted' });
    case 'approval':
      return msg('Approved, not yet in force', { id: 'parties-status-approved' });
    case 'succession':
      return msg('Succeeded, not yet in force', { id: 'parties-status-succeeded' });
    case 'ratification':
      return msg('Ratified, not yet in force', { id: 'parties-status-ratified' });
    default:
      return msg('Joined, not yet in force', { id: 'parties-status-joined' });
  }
}
