/**
 * Who publishes how many records of each national type: the Secretariat's figures for 1 October 2019
 * (Table 1 counts, governments per type, IRCCs and communiqués per country) turned into an exact
 * count per (schema, government). Everything else in the snapshot hangs on this plan.
 */
import { FIXTURES } from './fixtures.js';
import { NAGOYA_PARTIES } from './nagoya.js';
import { Rng } from './random.js';
import type { NationalSchema } from './schemas.js';

export type Plan = ReadonlyMap<NationalSchema, ReadonlyMap<string, number>>;

/** IRCCs per country: the 13 named in the report, and 107 over five further Parties. */
export const IRCCS: Readonly<Record<string, number>> = {
  in: 741, fr: 172, ke: 38, pa: 19, mx: 8, by: 7, la: 5, bg: 3, do: 2, gt: 2, et: 1, mt: 1, pe: 1,
  es: 44, za: 28, ar: 16, gy: 11, bt: 8,
};
export const CPCS: Readonly<Record<string, number>> = { de: 7, dk: 4, jp: 2, mt: 1, qa: 1 };

/**
 * Parties that publish most, first; the other Parties follow in a seeded order. Each type takes its
 * publishers from the front of this list, so active countries publish many types, as in reality.
 */
const ACTIVE = [
  'ke', 'in', 'fr', 'es', 'za', 'pe', 'mx', 'pa', 'de', 'dk', 'jp', 'eu', 'by', 'la', 'bg', 'do', 'gt', 'et', 'mt', 'ar',
  'gy', 'bt', 'qa', 'no', 'ch', 'cn', 'kr', 'gb', 'nl', 'fi', 'se', 'be', 'ug', 'mg', 'bj', 'cd', 'cm', 'vn', 'id', 'ec',
];

interface TypeFigures {
  /** distinct publishing governments */
  governments: number;
  records: number;
  /** governments that must publish this type, with their exact count (0 = at least one, any number) */
  fixed: Readonly<Record<string, number>>;
  /** governments that never publish it */
  never?: readonly string[];
}

const irccCountries = Object.keys(IRCCS);
const atLeastOne = (codes: readonly string[]): Record<string, number> => Object.fromEntries(codes.map((c) => [c, 0]));
/** The EU publishes measures, its focal point, databases and its report, not permits or authorities. */
const NOT_EU = ['eu'];

const FIGURES: Readonly<Record<Exclude<NationalSchema, 'focalPoint' | 'absPermit' | 'absCheckpointCommunique' | 'absNationalReport1'>, TypeFigures>> = {
  authority: { governments: 68, records: 110, fixed: { ...atLeastOne(irccCountries), in: 4, ke: 3, pe: 3, fr: 1, es: 1 }, never: NOT_EU },
  measure: { governments: 64, records: 325, fixed: { ...atLeastOne([...irccCountries, 'de', 'dk', 'jp', 'qa']), in: 12, ke: 6, eu: 4, fr: 6 } },
  absProcedure: { governments: 7, records: 8, fixed: { ke: 1, in: 1, pe: 2, za: 1, pa: 1, bt: 1, mx: 1 } },
  absNationalModelContractualClause: { governments: 1, records: 1, fixed: { za: 1 } },
  absCheckpoint: { governments: 26, records: 51, fixed: { ...atLeastOne(['in', 'fr', 'es', 'za', 'pe']), ke: 1, de: 3, dk: 2, jp: 2, mt: 1, qa: 1 }, never: NOT_EU },
  database: { governments: 35, records: 47, fixed: { ke: 1, in: 3 } },
  absNationalReport: { governments: 92, records: 92, fixed: { ...atLeastOne([...irccCountries, 'eu', 'de', 'dk', 'jp', 'qa']) } },
};

/**
 * `fixed` counts kept, every other government one record, the rest dealt out with weights that fall
 * with the government's rank (Zipf-like: a few publish many).
 */
function spread(rng: Rng, governments: readonly string[], total: number, fixed: Readonly<Record<string, number>>): Map<string, number> {
  const counts = new Map(governments.map((g) => [g, fixed[g] || 1]));
  const open = governments.filter((g) => !fixed[g]);
  let left = total - [...counts.values()].reduce((a, b) => a + b, 0);
  if (left < 0 || (left > 0 && open.length === 0)) throw new Error(`cannot spread ${total} over ${governments.length}`);
  const weights = open.map((g, rank) => [g, 1 / (rank + 2)] as const);
  for (; left > 0; left--) {
    const g = rng.weighted(weights);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** Parties that may publish national records: all but the one that has published nothing. */
function publishers(rng: Rng): string[] {
  const rest = NAGOYA_PARTIES.filter((c) => !ACTIVE.includes(c) && c !== FIXTURES.partyWithNoRecords);
  return [...ACTIVE, ...rng.shuffle(rest)];
}

export function buildPlan(allCountries: readonly string[]): Plan {
  const rng = new Rng('allocation');
  const order = publishers(rng);
  const plan = new Map<NationalSchema, ReadonlyMap<string, number>>();
  for (const [schema, f] of Object.entries(FIGURES) as [NationalSchema, TypeFigures][]) {
    const required = Object.keys(f.fixed);
    const others = order.filter((g) => !required.includes(g) && !f.never?.includes(g));
    const governments = [...required, ...others.slice(0, f.governments - required.length)];
    plan.set(schema, spread(rng, governments, f.records, f.fixed));
  }
  plan.set('absPermit', new Map(Object.entries(IRCCS)));
  plan.set('absCheckpointCommunique', new Map(Object.entries(CPCS)));
  plan.set('focalPoint', focalPoints(rng, order, allCountries));
  return plan;
}

/**
 * 167 focal points from 160 governments: every publishing Party, plus 41 non-Parties (a focal point
 * predates ratification), seven of them with two focal points.
 */
function focalPoints(rng: Rng, parties: readonly string[], allCountries: readonly string[]): Map<string, number> {
  const partySet = new Set(NAGOYA_PARTIES);
  // the United States and the Holy See are not even CBD Parties: no ABS focal point
  const nonParties = allCountries.filter((c) => !partySet.has(c) && c !== 'us' && c !== 'va');
  const governments = [...parties, ...rng.sample(nonParties, 160 - parties.length)];
  return spread(rng, governments, 167, { ke: 2, in: 2 });
}
