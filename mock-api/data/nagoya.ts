/**
 * Treaty status of every country: the Nagoya Protocol (XXVII8b) as it stood on 1 October 2019, with
 * real signature and deposit dates where known (UN Treaty Collection, CBD notifications; some deposit
 * days are approximate), plus the other three treaties, which the widgets never test and are therefore
 * only plausible.
 */
import type { Treaty } from '../types.js';
import { addDays, parseYmd, ymd } from './dates.js';
import { Rng } from './random.js';

type Instrument = NonNullable<Treaty['instrument']>;
type Row = readonly [code: string, instrument: Instrument, signature: string | null, deposit: string];

/** The Protocol entered into force on 12 October 2014, 90 days after the 50th instrument (Uruguay, 14 July 2014). */
const ENTRY_INTO_FORCE = '2014-10-12';
const LAST_EARLY_DEPOSIT = '2014-07-14';
const R = 'ratification', A = 'accession', AC = 'acceptance', AP = 'approval';

/** The 120 Parties (119 States and the European Union). */
const PARTIES: readonly Row[] = [
  // Parties on the day of entry into force
  ['al', A, null, '2013-01-29'], ['by', A, null, '2014-06-26'], ['bj', R, '2011-10-28', '2014-01-22'],
  ['bt', R, '2011-09-20', '2013-09-30'], ['bw', A, null, '2013-02-21'], ['bf', R, '2011-09-20', '2014-01-10'],
  ['bi', A, null, '2014-07-03'], ['km', A, null, '2013-10-31'], ['ci', R, '2012-01-25', '2013-09-24'],
  ['dk', R, '2011-06-23', '2014-05-01'], ['eg', R, '2012-01-25', '2013-10-28'], ['et', R, '2012-01-20', '2012-11-16'],
  ['eu', AP, '2011-06-23', '2014-05-16'], ['fj', A, null, '2012-10-24'], ['ga', R, '2011-02-25', '2011-11-11'],
  ['gm', A, null, '2014-07-14'], ['gt', R, '2011-05-11', '2014-06-11'], ['gw', R, '2012-01-24', '2013-10-24'],
  ['gy', A, null, '2014-04-22'], ['hn', R, '2012-02-01', '2013-08-21'], ['hu', R, '2011-05-11', '2014-04-29'],
  ['in', R, '2011-05-11', '2012-10-09'], ['id', R, '2011-05-11', '2013-09-03'], ['jo', R, '2011-10-11', '2012-10-18'],
  ['ke', R, '2012-02-01', '2014-04-07'], ['la', A, null, '2012-09-26'], ['mg', R, '2011-09-22', '2014-07-08'],
  ['mu', A, null, '2012-04-17'], ['mx', R, '2011-02-24', '2012-05-16'], ['fm', R, '2012-01-11', '2013-01-30'],
  ['mn', R, '2012-01-12', '2013-05-21'], ['mz', R, '2011-09-21', '2014-07-07'], ['mm', A, null, '2014-01-08'],
  ['na', A, null, '2014-05-13'], ['ne', R, '2011-09-21', '2014-07-02'], ['no', R, '2011-05-11', '2013-10-01'],
  ['pa', R, '2011-05-03', '2012-12-12'], ['pe', R, '2011-05-04', '2014-07-08'], ['rw', R, '2011-02-28', '2012-03-20'],
  ['ws', R, '2012-01-31', '2014-05-20'], ['sc', R, '2011-05-11', '2012-04-20'], ['za', R, '2011-05-11', '2013-01-10'],
  ['es', R, '2011-07-21', '2014-06-03'], ['sd', R, '2012-01-31', '2014-07-09'], ['ch', R, '2011-05-11', '2014-07-11'],
  ['sy', A, null, '2012-04-03'], ['tj', R, '2011-09-20', '2013-09-20'], ['ug', A, null, '2014-06-25'],
  ['uy', R, '2011-07-19', '2014-07-14'], ['vu', R, '2011-07-15', '2013-07-18'], ['vn', A, null, '2014-04-23'],
  // Parties 90 days after their deposit
  ['ae', A, null, '2014-09-12'], ['gn', R, '2011-09-21', '2014-10-03'], ['mw', A, null, '2014-08-26'],
  ['kh', R, '2012-02-01', '2015-01-19'], ['cg', R, '2011-09-23', '2015-05-14'], ['hr', R, '2011-09-22', '2015-06-01'],
  ['cu', A, null, '2015-09-17'], ['cd', R, '2011-09-23', '2015-06-15'], ['do', R, '2011-09-20', '2014-12-09'],
  ['kz', A, null, '2015-07-10'], ['kg', A, null, '2015-09-01'], ['ls', A, null, '2015-06-03'],
  ['lr', A, null, '2015-08-25'], ['mr', A, null, '2015-06-12'], ['pk', R, '2012-01-11', '2015-05-08'],
  ['dj', R, '2011-05-11', '2015-10-06'], ['gb', R, '2011-06-23', '2016-02-22'], ['de', R, '2011-06-23', '2016-04-21'],
  ['cn', A, null, '2016-06-08'], ['fi', AC, '2011-06-23', '2016-06-03'], ['mt', R, '2011-09-22', '2016-06-21'],
  ['bg', R, '2011-06-23', '2016-08-11'], ['be', R, '2011-09-20', '2016-08-09'], ['fr', R, '2011-09-20', '2016-08-31'],
  ['nl', AC, '2011-06-23', '2016-08-12'], ['se', R, '2011-06-23', '2016-09-06'], ['lu', R, '2011-06-23', '2016-09-19'],
  ['cz', R, '2011-06-23', '2016-10-07'], ['sk', R, '2011-06-23', '2016-05-25'], ['bo', A, null, '2016-10-06'],
  ['ar', R, '2011-11-15', '2016-12-09'], ['ag', R, '2011-07-28', '2016-12-12'], ['cm', R, '2012-01-31', '2016-11-30'],
  ['ml', R, '2011-09-21', '2016-08-31'], ['sn', R, '2011-09-20', '2016-03-03'], ['sl', A, null, '2016-08-24'],
  ['tg', R, '2011-09-27', '2016-06-07'], ['zm', R, '2011-09-20', '2016-04-21'], ['sz', A, null, '2016-11-21'],
  ['ao', A, null, '2017-02-06'], ['kr', R, '2011-09-20', '2017-05-19'], ['jp', AC, '2011-05-11', '2017-05-22'],
  ['pt', R, '2011-09-20', '2017-10-11'], ['qa', A, null, '2017-09-12'], ['kw', A, null, '2017-06-01'],
  ['lb', R, '2012-01-27', '2017-03-28'], ['ec', R, '2011-04-01', '2017-09-20'], ['zw', A, null, '2017-06-07'],
  ['td', R, '2012-01-31', '2017-10-11'], ['af', A, null, '2018-06-06'], ['at', R, '2011-06-23', '2018-07-20'],
  ['cf', R, '2011-04-06', '2018-07-27'], ['ps', A, null, '2018-04-02'], ['my', A, null, '2019-03-11'],
  ['ee', R, '2011-06-23', '2019-02-25'], ['md', R, '2012-01-25', '2016-03-22'], ['ph', A, null, '2015-12-29'],
  ['tz', A, null, '2017-05-25'], ['gh', R, '2011-05-11', '2016-11-11'], ['st', A, null, '2017-11-28'],
  ['mh', A, null, '2016-06-22'], ['np', A, null, '2018-12-28'], ['om', A, null, '2019-04-15'],
  ['gd', R, '2011-09-22', '2016-10-12'], ['tn', R, '2012-01-19', '2018-04-30'], ['mk', A, null, '2018-11-05'],
  ['ki', A, null, '2016-03-03'], ['lk', A, null, '2018-09-25'], ['me', A, null, '2018-11-27'],
];

/** Signed in 2011–2012 and never ratified (as of 2019). */
const SIGNATORIES: readonly (readonly [string, string])[] = [
  ['dz', '2011-02-02'], ['au', '2012-01-20'], ['cv', '2011-09-26'], ['co', '2011-02-02'], ['cr', '2011-07-06'],
  ['cy', '2011-07-11'], ['sv', '2012-01-30'], ['ng', '2012-02-01'], ['ye', '2011-02-02'], ['ua', '2012-01-30'],
];

/** Ratified 30 days before "now": a Party-to-be whose instrument is not yet in force (Brazil signed on 2 February 2011). */
export const PENDING_PARTY = 'br';
const PENDING_SIGNATURE = '2011-02-02';

const NONE: Treaty = { instrument: null, signature: null, deposit: null, party: null };

function partyDay(deposit: string, entryIntoForce: string): string {
  const later = ymd(addDays(parseYmd(deposit), 90));
  return later > entryIntoForce ? later : entryIntoForce;
}

const nagoyaByCode = new Map<string, Treaty>(
  PARTIES.map(([code, instrument, signature, deposit]) => [
    code,
    { instrument, signature, deposit, party: deposit <= LAST_EARLY_DEPOSIT ? ENTRY_INTO_FORCE : partyDay(deposit, ENTRY_INTO_FORCE) },
  ]),
);
for (const [code, signature] of SIGNATORIES) nagoyaByCode.set(code, { ...NONE, signature });

/** lower-case codes of the 120 Parties, in the order of the table */
export const NAGOYA_PARTIES: readonly string[] = PARTIES.map(([code]) => code);
export const NAGOYA_SIGNATORIES: readonly string[] = SIGNATORIES.map(([code]) => code);

export function nagoyaTreaty(code: string, now: Date): Treaty {
  if (code === PENDING_PARTY) {
    return { instrument: 'ratification', signature: PENDING_SIGNATURE, deposit: ymd(addDays(now, -30)), party: null };
  }
  return nagoyaByCode.get(code) ?? NONE;
}

/** Not Parties to the Cartagena Protocol (plausible, not checked). */
const NOT_CARTAGENA = new Set(['ar', 'au', 'bh', 'ca', 'cl', 'il', 'kw', 'ru', 'sg', 'ss', 'us', 'va', 'ad']);
/** Parties to the Nagoya–Kuala Lumpur Supplementary Protocol (plausible, not checked). */
const KUALA_LUMPUR = new Set([
  'eu', 'at', 'be', 'bg', 'hr', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'hu', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro',
  'sk', 'si', 'es', 'se', 'gb', 'al', 'by', 'bf', 'cu', 'cd', 'cf', 'eg', 'gw', 'la', 'mx', 'mn', 'me', 'no', 'ug', 'ke',
]);

function dateIn(rng: Rng, from: string, days: number): string {
  return ymd(addDays(parseYmd(from), rng.int(0, days)));
}

/** A Party to a treaty: signed (or not) while it was open, deposited later, Party 90 days on (or at entry into force). */
function joined(rng: Rng, instrument: Instrument, signatureOpens: string | null, depositFrom: string, entryIntoForce: string): Treaty {
  const signature = signatureOpens ? dateIn(rng, signatureOpens, 360) : null;
  const deposit = dateIn(rng, signature ?? depositFrom, 1500);
  return { instrument, signature, deposit, party: partyDay(deposit, entryIntoForce) };
}

/** CBD, Cartagena and Kuala Lumpur entries for one country; `rng` is the country's own stream. */
export function otherTreaties(code: string, rng: Rng): { XXVII8: Treaty; XXVII8a: Treaty; XXVII8c: Treaty } {
  const inCbd = code !== 'us' && code !== 'va';
  const XXVII8: Treaty = inCbd
    ? joined(rng, code === 'eu' ? 'approval' : 'ratification', '1992-06-05', '1993-01-01', '1993-12-29')
    : { ...NONE, signature: code === 'us' ? '1993-06-04' : null };
  const XXVII8a: Treaty = inCbd && !NOT_CARTAGENA.has(code)
    ? joined(rng, code === 'eu' ? 'approval' : 'ratification', rng.chance(0.5) ? '2000-05-24' : null, '2001-06-01', '2003-09-11')
    : NONE;
  const XXVII8c: Treaty = KUALA_LUMPUR.has(code) ? joined(rng, code === 'eu' ? 'approval' : 'ratification', null, '2012-06-01', '2018-03-05') : NONE;
  return { XXVII8, XXVII8a, XXVII8c };
}
