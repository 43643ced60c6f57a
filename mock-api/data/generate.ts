/**
 * The mock API's data: a deterministic snapshot of the ABS Clearing-House as the Secretariat's figures
 * describe it on 1 October 2019 (Table 1 and 2 counts, governments per type, IRCCs and communiqués per
 * country, 120 Parties). `now` only places the one ratification that is "not yet in force".
 */
import type { IndexDoc, Snapshot } from '../types.js';
import { buildPlan } from './allocation.js';
import { buildCommuniques } from './build-cpcs.js';
import { buildIrccs } from './build-irccs.js';
import { buildMeasures } from './build-measures.js';
import { buildAuthorities, buildCheckpoints, buildFocalPoints, buildOtherNational } from './build-national.js';
import { buildReferenceRecords } from './build-reference.js';
import { Context } from './context.js';
import { buildCountries } from './countries.js';
import { toDocuments } from './documents.js';
import { FIXTURES, SLOTS } from './fixtures.js';
import { toIndexDoc, type TitleOf } from './index-doc.js';
import { buildDomains } from './terms.js';
import { addDrafts, nonCurrentCopies } from './variants.js';

export { FIXTURES };

/** FIXTURES spells its UIDs out; make sure each names a current record, so a test never chases a ghost. */
function assertFixturesExist(index: readonly IndexDoc[]): void {
  const uids = new Set(index.filter((d) => !('version_s' in d)).map((d) => d.uniqueIdentifier_s));
  for (const [name, value] of Object.entries(FIXTURES)) {
    if (value.startsWith('ABSCH-') && !uids.has(value.toLowerCase())) throw new Error(`FIXTURES.${name} (${value}) is not in the snapshot`);
  }
}

export function generateSnapshot(now: Date): Snapshot {
  const countries = buildCountries(now);
  const ctx = new Context(countries);
  const plan = buildPlan(countries.map((c) => c.code.toLowerCase()));

  // order matters: authorities cite measures, IRCCs cite authorities, communiqués cite checkpoints and IRCCs
  buildFocalPoints(ctx, plan);
  const measures = buildMeasures(ctx, plan);
  const authorities = buildAuthorities(ctx, plan, measures);
  buildOtherNational(ctx, plan);
  const checkpoints = buildCheckpoints(ctx, plan);
  const irccs = buildIrccs(ctx, plan, authorities);
  buildCommuniques(ctx, plan, checkpoints, irccs);
  buildReferenceRecords(ctx);
  ctx.assertAllSlotsUsed();
  addDrafts(ctx);

  const countryName: TitleOf = (code) => ctx.countryName(code);
  const indexed = ctx.records.filter((r) => r.schema !== 'contact');
  const published = ctx.records.filter((r) => r.state === 'public');
  const copyIds = Object.values(SLOTS).filter((s) => (s.traits as readonly string[]).includes('olderCopy')).map((s) => s.documentId);
  const index = [...indexed.map((r) => toIndexDoc(r, countryName)), ...nonCurrentCopies(indexed.filter((r) => r.state === 'public'), countryName, copyIds)];
  assertFixturesExist(index);
  return {
    generatedFor: now.toISOString(),
    index,
    documents: published.flatMap((r) => toDocuments(r, ctx)),
    countries,
    domains: buildDomains(countries),
  };
}
