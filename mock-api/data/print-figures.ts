/**
 * Dev aid: `npx tsx mock-api/data/print-figures.ts` generates the snapshot for today, prints the
 * figures the report publishes and the awkward cases, and exits 1 when a published figure is off.
 */
import type { IndexDoc } from '../types.js';
import { FIXTURES, generateSnapshot } from './generate.js';

const now = new Date();
const started = performance.now();
const snapshot = generateSnapshot(now);
const ms = performance.now() - started;

const expected: Record<string, number> = {
  focalPoint: 167, authority: 110, measure: 325, absProcedure: 8, absNationalModelContractualClause: 1, absCheckpoint: 51,
  absPermit: 1107, absCheckpointCommunique: 15, database: 47, absNationalReport: 92,
  resource: 186, capacityBuildingInitiative: 79, modelContractualClause: 21, communityProtocol: 10,
};
const expectedGovernments: Record<string, number> = {
  authority: 68, measure: 64, absProcedure: 7, absNationalModelContractualClause: 1, absCheckpoint: 26, absPermit: 18, absCheckpointCommunique: 5, database: 35,
};
const expectedIrccs: Record<string, number> = { in: 741, fr: 172, ke: 38, pa: 19, mx: 8, by: 7, la: 5, bg: 3, do: 2, gt: 2, et: 1, mt: 1, pe: 1 };
const expectedCpcs: Record<string, number> = { de: 7, dk: 4, jp: 2, mt: 1, qa: 1 };

const bad: string[] = [];
const check = (label: string, got: number | undefined, want: number) => {
  if (got !== want) bad.push(`${label} ${got ?? 0}≠${want}`);
};
const count = <K extends string>(keys: K[]) => keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});
const str = (d: IndexDoc, f: string): string | undefined => (typeof d[f] === 'string' ? (d[f] as string) : undefined);
const list = (d: IndexDoc, f: string): string[] => (Array.isArray(d[f]) ? (d[f] as string[]) : []);

const current = snapshot.index.filter((d) => d._state_s === 'public' && list(d, 'realm_ss').includes('abs') && !('version_s' in d));
const bySchema = count(current.map((d) => String(d.schema_s)));
for (const [schema, n] of Object.entries(expected)) check(schema, bySchema[schema], n);
const govsOf = (schema: string) => count(current.filter((d) => d.schema_s === schema && str(d, 'government_s')).map((d) => str(d, 'government_s') as string));
for (const [schema, n] of Object.entries(expectedGovernments)) check(`governments publishing ${schema}`, Object.keys(govsOf(schema)).length, n);
const irccs = govsOf('absPermit');
for (const [gov, n] of Object.entries(expectedIrccs)) check(`IRCC ${gov}`, irccs[gov], n);
const cpcs = govsOf('absCheckpointCommunique');
for (const [gov, n] of Object.entries(expectedCpcs)) check(`CPC ${gov}`, cpcs[gov], n);

// Party status by the site's rule (docs/api-notes.md §3), relative to now
const D90 = 90 * 86_400_000;
const INSTRUMENTS = ['ratification', 'accession', 'acceptance', 'approval', 'succession'];
let parties = 0;
const pending: string[] = [];
for (const c of snapshot.countries) {
  const t = c.treaties.XXVII8b;
  const dep = t.deposit ? Date.parse(t.deposit) : null;
  const isParty = INSTRUMENTS.includes(t.instrument ?? '') && ((dep !== null && now.getTime() - dep >= D90) || (t.party !== null && Date.parse(t.party) <= now.getTime()));
  if (isParty) parties++;
  else if (dep !== null && now.getTime() - dep < D90) pending.push(c.code);
}
check('Parties', parties, 120);
check('pending', pending.length, 1);
const signatories = snapshot.countries.filter((c) => c.treaties.XXVII8b.signature && !c.treaties.XXVII8b.deposit).map((c) => c.code);

const permits = current.filter((d) => d.schema_s === 'absPermit');
const kw = count(permits.flatMap((d) => list(d, 'keywords_EN_ss')));
const usage = count(permits.map((d) => (d.usagesConfidential_b ? 'confidential' : list(d, 'usages_EN_ss').join('+'))));
const past = (d: IndexDoc, when: Date) => !!str(d, 'dateOfExpiry_dt') && Date.parse(str(d, 'dateOfExpiry_dt') as string) < when.getTime();
const titleOnly = (lang: string) => current.filter((d) => Object.keys(d).filter((k) => /^title_[A-Z]{2}_t$/.test(k)).join() === `title_${lang}_t`).length;

// who publishes: Parties only (focal points aside), nobody for the Party without records, everything for Kenya
const partyCodes = new Set(snapshot.countries.filter((c) => c.treaties.XXVII8b.party).map((c) => c.code.toLowerCase()));
const outsiders = current.filter((d) => d.schema_s !== 'focalPoint' && str(d, 'government_s') && !partyCodes.has(str(d, 'government_s') as string));
if (outsiders.length) bad.push(`records of non-Parties: ${[...new Set(outsiders.map((d) => d.government_s))].join(' ')}`);
check(`records of ${FIXTURES.partyWithNoRecords}`, current.filter((d) => d.government_s === FIXTURES.partyWithNoRecords).length, 0);
const kenya = new Set(current.filter((d) => d.government_s === 'ke' && d.schemaType_s === 'national').map((d) => d.schema_s));
check('length of the longTitle fixture ≥ 300', Number(String(current.find((d) => d.uniqueIdentifier_s === FIXTURES.longTitle.toLowerCase())?.title_t).length >= 300), 1);
check('national types Kenya publishes (all but NMCC and communiqués)', kenya.size, 8);
for (const field of ['id', 'uniqueIdentifier_s']) check(`distinct ${field}`, new Set(snapshot.index.map((d) => d[field])).size, snapshot.index.length);
check('distinct documentID', new Set(snapshot.documents.filter((d) => d.revision === d.latestRevision).map((d) => d.documentID)).size, snapshot.documents.filter((d) => d.revision === d.latestRevision).length);

const top = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`generated in ${ms.toFixed(0)} ms: ${snapshot.index.length} index docs, ${snapshot.documents.length} documents, ${snapshot.countries.length} countries`);
console.log(`\nrecords per schema (current, public): ${top(bySchema)}`);
console.log(`national ${current.filter((d) => d.schemaType_s === 'national').length}, reference ${current.filter((d) => d.schemaType_s === 'reference').length}`);
console.log(`governments per schema: ${Object.keys(expectedGovernments).concat('focalPoint', 'absNationalReport').map((s) => `${s} ${Object.keys(govsOf(s)).length}`).join(', ')}`);
console.log(`IRCCs per country: ${top(irccs)}`);
console.log(`communiqués per country: ${top(cpcs)}`);
console.log(`IRCC purpose: ${top(usage)}`);
console.log(`IRCC keywords: ${top(kw)}`);
console.log(`IRCCs revoked ${permits.filter((d) => d.amendmentIntent_i === 1).length}, expired by 2019-10-01 ${permits.filter((d) => past(d, new Date('2019-10-01'))).length}, expired by now ${permits.filter((d) => past(d, now)).length}, referenced by a CPC ${permits.filter((d) => 'referencedByCPC_ss' in d).length}`);
console.log(`titles only in French ${titleOnly('FR')}, only in Spanish ${titleOnly('ES')}, 300+ characters ${current.filter((d) => String(d.title_t).length >= 300).length}`);
console.log(`non-current copies ${snapshot.index.filter((d) => 'version_s' in d).length}, drafts ${snapshot.index.filter((d) => d._state_s === 'draft').length}`);
console.log(`\nParties ${parties}; pending ${pending.join(' ')}; signatories ${signatories.join(' ')}`);
console.log(`fixtures: ${JSON.stringify(FIXTURES, null, 1)}`);
console.log(bad.length ? `\nMISMATCHES: ${bad.join('; ')}` : '\nall published figures hold');
process.exitCode = bad.length ? 1 : 0;
