/**
 * The mock API's data: a deterministic snapshot of the ABS Clearing-House as the Secretariat's figures
 * describe it on 1 October 2019 (Table 1 and 2 counts, governments per type, IRCCs and communiqués per
 * country, 120 Parties). `now` only places the one ratification that is "not yet in force".
 */
import type { DocumentInfo, IndexDoc, Snapshot } from '../types.js';
import { buildPlan } from './allocation.js';
import { buildCommuniques } from './build-cpcs.js';
import { buildIrccs } from './build-irccs.js';
import { buildMeasures } from './build-measures.js';
import { buildAuthorities, buildCheckpoints, buildFocalPoints, buildOtherNational } from './build-national.js';
import { buildReferenceRecords } from './build-reference.js';
import { buildUnlisted } from './build-unlisted.js';
import type { ContractDocument } from './contract-documents.js';
import { Context } from './context.js';
import { buildCountries } from './countries.js';
import { toDocuments } from './documents.js';
import { FIXTURES, SLOTS, UNLISTED } from './fixtures.js';
import { toIndexDoc, type TitleOf } from './index-doc.js';
import { uniqueId, type Schema } from './schemas.js';
import { buildDomains } from './terms.js';
import { addDrafts, nonCurrentCopies } from './variants.js';

export { FIXTURES };

/**
 * FIXTURES spells its UIDs out; make sure each names a current record, so a test never chases a ghost:
 * an indexed one for SLOTS, a stored but unindexed one for UNLISTED. And `missingCna` must stay missing.
 */
function assertFixturesExist(index: readonly IndexDoc[], documents: readonly DocumentInfo[]): void {
  const indexed = new Set(index.filter((d) => !('version_s' in d)).map((d) => d.uniqueIdentifier_s));
  const stored = new Set(
    documents.filter((d) => d.revision === d.latestRevision).map((d) => uniqueId(d.type as Schema, d.metadata.government, d.documentID, d.revision)),
  );
  for (const [name, value] of Object.entries(FIXTURES)) {
    if (!value.startsWith('ABSCH-')) continue;
    const uid = value.toLowerCase();
    if (name in UNLISTED ? !stored.has(uid) || indexed.has(uid) : !indexed.has(uid)) {
      throw new Error(`FIXTURES.${name} (${value}) is not in the snapshot as ${name in UNLISTED ? 'a stored, unindexed' : 'an indexed'} record`);
    }
  }
  if (documents.some((d) => d.identifier === FIXTURES.missingCna)) throw new Error(`FIXTURES.missingCna (${FIXTURES.missingCna}) names a stored record`);
}

/**
 * `contract`: stored documents for the contract tests (contract-documents.ts reads them from disk, so
 * only hosts that run in Node pass them; Storybook's in-page mock runs in the browser and has none).
 */
export function generateSnapshot(now: Date, contract: readonly ContractDocument[] = []): Snapshot {
  const countries = buildCountries(now);
  const ctx = new Context(countries);
  const plan = buildPlan(countries.map((c) => c.code.toLowerCase()));

  // order matters: authorities cite measures, IRCCs cite authorities, communiqués cite checkpoints and IRCCs
  buildFocalPoints(ctx, plan);
  const measures = buildMeasures(ctx, plan);
  const authorities = buildAuthorities(ctx, plan, measures);
  buildOtherNational(ctx, plan);
  const checkpoints = buildCheckpoints(ctx, plan, authorities);
  const irccs = buildIrccs(ctx, plan, authorities);
  buildCommuniques(ctx, plan, checkpoints, irccs);
  buildReferenceRecords(ctx);
  ctx.assertAllSlotsUsed();
  const unlisted = buildUnlisted(ctx, authorities);
  addDrafts(ctx);

  const countryName: TitleOf = (code) => ctx.countryName(code);
  const indexed = ctx.records.filter((r) => r.schema !== 'contact');
  const published = ctx.records.filter((r) => r.state === 'public');
  const copyIds = Object.values(SLOTS).filter((s) => (s.traits as readonly string[]).includes('olderCopy')).map((s) => s.documentId);
  const index = [...indexed.map((r) => toIndexDoc(r, countryName)), ...nonCurrentCopies(indexed.filter((r) => r.state === 'public'), countryName, copyIds)];
  const generated = [...published, ...unlisted].flatMap((r) => toDocuments(r, ctx));
  // a recorded real document that happens to share an id with a generated one is left out: one id, one record
  const taken = new Set(generated.flatMap((d) => [d.identifier, d.documentID]));
  const stored = contract.filter(({ info }) => !taken.has(info.identifier) && !taken.has(info.documentID));
  const documents = [...generated, ...stored.map(({ info }) => info)];
  assertFixturesExist(index, documents);
  return {
    generatedFor: now.toISOString(),
    index,
    documents,
    countries,
    domains: buildDomains(countries),
  };
}
