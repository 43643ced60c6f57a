import { expect } from '@open-wc/testing';
import { partyStatus } from '../../src/api/party-status.js';
import { pendingLabel } from '../../src/components/parties-list/pending-label.js';
import { instrumentName, pendingSentence } from '../../src/data/instrument-names.js';
import type { Country, Treaty } from '../../src/api/types.js';

const NOW = new Date('2026-11-28T12:00:00Z');
const DAY = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

function country(code: string, nagoya?: Partial<Treaty>): Country {
  const treaty: Treaty = { instrument: null, signature: null, deposit: null, party: null, ...nagoya };
  return { code, name: { en: code }, treaties: nagoya ? { XXVII8b: treaty } : {} };
}

describe('partyStatus (Nagoya Protocol, XXVII8b)', () => {
  it('is a Party since its party date', () => {
    const status = partyStatus(country('KE', { instrument: 'ratification', deposit: '2014-04-07', party: '2014-10-12' }), NOW);
    expect(status).to.deep.equal({ kind: 'party', since: new Date('2014-10-12T00:00:00Z'), instrument: 'ratification' });
  });

  it('is a Party 90 days after deposit even without a party date', () => {
    const deposit = new Date(NOW.getTime() - 90 * DAY);
    const status = partyStatus(country('XX', { instrument: 'accession', deposit: iso(deposit) }), NOW);
    expect(status.kind).to.equal('party');
  });

  it('is ratified, not yet in force, for 89 days after deposit, entering into force at deposit + 90 days', () => {
    const deposit = new Date(Date.UTC(2026, 9, 29));
    const status = partyStatus(country('XX', { instrument: 'ratification', deposit: iso(deposit) }), NOW);
    expect(status).to.deep.equal({ kind: 'ratified', entryIntoForce: new Date(deposit.getTime() + 90 * DAY), instrument: 'ratification' });
  });

  it("says which instrument the treaty record names, in any case, and none for a word it does not know", () => {
    const deposit = iso(new Date(NOW.getTime() - 10 * DAY));
    for (const instrument of ['accession', 'Acceptance', 'APPROVAL', 'succession']) {
      const status = partyStatus(country('XX', { instrument, deposit }), NOW);
      expect(status.kind === 'ratified' && status.instrument, instrument).to.equal(instrument.toLowerCase());
    }
    const unknown = partyStatus(country('XX', { instrument: 'definitive signature', deposit }), NOW);
    expect(unknown.kind === 'ratified' && unknown.instrument).to.equal(null);
  });

  it('is a signatory when it signed and never ratified', () => {
    const status = partyStatus(country('BR', { signature: '2011-02-02' }), NOW);
    expect(status).to.deep.equal({ kind: 'signatory', signedOn: new Date('2011-02-02T00:00:00Z') });
  });

  it('is not a Party with no treaty facts, or only empty ones', () => {
    expect(partyStatus(country('US'), NOW).kind).to.equal('non-party');
    expect(partyStatus(country('US', {}), NOW).kind).to.equal('non-party');
  });

  it('needs an instrument: a deposit without one is not a Party', () => {
    expect(partyStatus(country('XX', { deposit: '2015-01-01', party: '2015-04-01' }), NOW).kind).to.equal('non-party');
  });

  it('treats the EU as a Party, as the portal does', () => {
    expect(partyStatus(country('EU', { instrument: 'approval', deposit: '2014-05-16', party: '2014-10-12' }), NOW)).to.deep.equal({
      kind: 'party',
      since: new Date('2014-10-12T00:00:00Z'),
      instrument: 'approval',
    });
    expect(partyStatus(country('eu'), NOW).kind).to.equal('party');
  });
});

describe('the words for an instrument deposited, not yet in force', () => {
  it('say which instrument, and never "ratified" for another', () => {
    const verbs = { ratification: 'Ratified', accession: 'Acceded to', acceptance: 'Accepted', approval: 'Approved', succession: 'Succeeded to' } as const;
    for (const [instrument, verb] of Object.entries(verbs) as [keyof typeof verbs, string][]) {
      expect(pendingSentence(instrument, '1 May 2026')).to.equal(`${verb} the Nagoya Protocol; it enters into force for this country on 1 May 2026`);
      expect(pendingLabel(instrument)).to.equal(`${verb.replace(' to', '')}, not yet in force`);
      expect(instrumentName(instrument)).to.equal(instrument);
    }
    expect(pendingSentence(null, '1 May 2026')).to.equal('Joined the Nagoya Protocol; it enters into force for this country on 1 May 2026');
    expect(pendingLabel(null)).to.equal('Joined, not yet in force');
  });
});
