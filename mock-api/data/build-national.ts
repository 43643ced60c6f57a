/**
 * National records other than measures, IRCCs and communiqués: focal points, competent national
 * authorities, procedures, the model clause, checkpoints, databases and interim national reports.
 */
import type { LString } from '../types.js';
import type { Plan } from './allocation.js';
import { LAST_MOMENT, type Context } from './context.js';
import { between, parseYmd } from './dates.js';
import { termFields } from './index-doc.js';
import { ref, type MockRecord } from './model.js';
import { CHECKPOINT_NAMES, CNA_NAMES } from './national-names.js';
import { AUTHORITIES, CHECKPOINTS, DATABASES, DESCRIPTIONS, DIVISIONS, INTERIM_REPORT, MINISTRIES, MODEL_CLAUSE, PROCEDURES, type Tri } from './phrases.js';
import { Rng } from './random.js';
import type { NationalSchema } from './schemas.js';
import { JURISDICTION, KW, termTitle } from './terms.js';

/** Records by government, for the builders that link to them. */
export type ByGovernment = ReadonlyMap<string, readonly MockRecord[]>;

const FIRST_RECORDS = parseYmd('2014-10-12');

const CITIES: Readonly<Record<string, string>> = {
  in: 'Chennai', ke: 'Nairobi', fr: 'Paris', pa: 'Panamá', mx: 'Ciudad de México', by: 'Minsk', la: 'Vientiane', bg: 'Sofia',
  do: 'Santo Domingo', gt: 'Guatemala', et: 'Addis Ababa', mt: 'Floriana', pe: 'Lima', es: 'Madrid', za: 'Pretoria',
  ar: 'Buenos Aires', gy: 'Georgetown', bt: 'Thimphu', de: 'Bonn', dk: 'Copenhagen', jp: 'Tokyo', qa: 'Doha',
};

/** The shared part of every national builder: one record per planned slot, with its languages and dates. */
function eachPlanned(
  ctx: Context,
  plan: Plan,
  schema: NationalSchema,
  make: (gov: string, index: number, rng: Rng) => { title: LString; summary?: LString },
  fill: (record: MockRecord, gov: string, index: number, rng: Rng) => void,
): Map<string, MockRecord[]> {
  const rng = new Rng(`national:${schema}`);
  const out = new Map<string, MockRecord[]>();
  for (const [gov, count] of plan.get(schema) ?? []) {
    const list: MockRecord[] = [];
    for (let i = 0; i < count; i++) {
      const slot = ctx.takeSlot(schema, gov);
      const { title, summary } = make(gov, i, rng);
      const languages = ctx.languages(rng, gov, slot);
      const created = between(rng, FIRST_RECORDS, LAST_MOMENT, 1.6);
      const record = ctx.newRecord({ schema, government: gov, rng, title, ...(summary ? { summary } : {}), languages, created, ...(slot ? { slot } : {}) });
      fill(record, gov, i, rng);
      list.push(record);
    }
    out.set(gov, list);
  }
  return out;
}

/** Names for focal points (the same few everywhere: what matters is that a name is shown). */
const FOCAL_POINT_PEOPLE = [
  { title: { en: 'Dr.' }, firstName: 'Amina', lastName: 'Okello' },
  { title: { en: 'Ms.' }, firstName: 'Lucía', lastName: 'Fernández' },
  { title: { en: 'Mr.' }, firstName: 'Rahul', lastName: 'Menon' },
] as const;

const contactDetails = (gov: string, label: string, i: number) => ({
  ...(CITIES[gov] ? { city: { en: CITIES[gov] } } : {}),
  country: { identifier: gov },
  phones: [`+00 555 01${String(10 + i).padStart(2, '0')}`],
  emails: [`${label}${i + 1}.${gov}@example.org`],
});

export function buildFocalPoints(ctx: Context, plan: Plan): void {
  eachPlanned(
    ctx, plan, 'focalPoint',
    (_gov, _i, rng) => {
      const ministry = rng.pick(MINISTRIES);
      const division = rng.chance(0.4) ? rng.pick(DIVISIONS) : undefined;
      const join = (a: Tri, b?: Tri): Tri => (b ? { en: `${b.en}, ${a.en}`, fr: `${b.fr}, ${a.fr}`, es: `${b.es}, ${a.es}` } : a);
      return { title: join(ministry, division) };
    },
    (record, gov, i) => {
      // components/nfp/request-body.md: the person's names, their organization and contact details
      const person = FOCAL_POINT_PEOPLE[i % FOCAL_POINT_PEOPLE.length] as (typeof FOCAL_POINT_PEOPLE)[number];
      record.body = { ...person, organization: record.title, designation: { en: 'ABS National Focal Point' }, ...contactDetails(gov, 'nfp', i) };
    },
  );
}

export function buildAuthorities(ctx: Context, plan: Plan, measures: ByGovernment): Map<string, MockRecord[]> {
  return eachPlanned(
    ctx, plan, 'authority',
    (gov, i, rng) => ({ title: CNA_NAMES[gov]?.[i] ?? rng.pick(AUTHORITIES), summary: DESCRIPTIONS.authority }),
    (record, gov, i, rng) => {
      // India's state biodiversity boards are sub-national authorities
      const jurisdiction = gov === 'in' && i > 0 ? JURISDICTION.id.subnational : JURISDICTION.id.national;
      const responsibleForAll = i === 0 && rng.chance(0.6);
      const resourceTypes = responsibleForAll ? [KW.allTypes] : rng.sample([KW.plants, KW.animals, KW.micro, KW.fungi], rng.int(1, 3));
      const basis = (measures.get(gov) ?? []).slice(0, 2).map(ref);
      record.fields = {
        ...termFields('jurisdiction', [jurisdiction], termTitle),
        ...termFields('absGeneticResourceTypes', resourceTypes, termTitle),
        isResponsibleForAll_b: responsibleForAll,
      };
      record.terms = [jurisdiction, ...resourceTypes];
      if (basis.length > 0) record.references.push({ field: 'policyBasisForCompetencyRef', identifiers: basis });
      record.body = {
        name: record.title,
        ...contactDetails(gov, 'cna', i),
        websites: [{ url: `https://www.example.org/${gov}/authority-${i + 1}` }],
        responsibilities: record.summary,
        responsibleForAll,
        absJurisdiction: [{ identifier: jurisdiction }],
        absGeneticResourceTypes: resourceTypes.map((identifier) => ({ identifier })),
        ...(basis.length > 0 ? { policyBasisForCompetencyRef: basis.map((identifier) => ({ identifier })) } : {}),
      };
    },
  );
}

/**
 * Checkpoints (components/cp/request-body.md): a name, responsibilities, a jurisdiction, and whom
 * their communiqués go to: every competent national authority, or (every other one) the country's first.
 */
export function buildCheckpoints(ctx: Context, plan: Plan, authorities: ByGovernment): Map<string, MockRecord[]> {
  return eachPlanned(
    ctx, plan, 'absCheckpoint',
    (gov, i, rng) => ({ title: CHECKPOINT_NAMES[gov]?.[i] ?? rng.pick(CHECKPOINTS), summary: DESCRIPTIONS.checkpoint }),
    (record, gov, i) => {
      record.fields = termFields('jurisdiction', [JURISDICTION.id.national], termTitle);
      record.terms = [JURISDICTION.id.national];
      const authority = authorities.get(gov)?.[0];
      const informed = i % 2 === 1 && authority ? [ref(authority)] : [];
      if (informed.length > 0) record.references.push({ field: 'contactsToInform', identifiers: informed });
      record.body = {
        name: record.title,
        responsibilities: record.summary,
        jurisdiction: { identifier: JURISDICTION.id.national },
        informAllAuthorities: informed.length === 0,
        ...(informed.length > 0 ? { contactsToInform: informed.map((identifier) => ({ identifier })) } : {}),
      };
    },
  );
}

/**
 * Procedures, the model clause, databases and interim reports: a title (`name` for a procedure), a
 * description, a link or two (components/pro, nmcc and ndb/request-body.md).
 */
export function buildOtherNational(ctx: Context, plan: Plan): void {
  const withDescription = (record: MockRecord) => (record.summary ? { description: record.summary } : {});
  eachPlanned(ctx, plan, 'absProcedure', (_g, i) => ({ title: PROCEDURES[i % PROCEDURES.length] as Tri, summary: DESCRIPTIONS.procedure }), (r) => {
    r.body = { name: r.title, ...withDescription(r) };
  });
  eachPlanned(ctx, plan, 'absNationalModelContractualClause', () => ({ title: MODEL_CLAUSE }), (r, gov) => {
    r.body = { title: r.title, relevantDocuments: [{ url: `https://www.example.org/${gov}/model-mta.pdf`, name: 'Model MTA' }] };
  });
  eachPlanned(ctx, plan, 'database', (_g, _i, rng) => ({ title: rng.pick(DATABASES), summary: DESCRIPTIONS.database }), (r, gov, i) => {
    r.body = { title: r.title, ...withDescription(r), websites: [{ url: `https://www.example.org/${gov}/abs-${i + 1}` }] };
  });
  eachPlanned(ctx, plan, 'absNationalReport', () => ({ title: INTERIM_REPORT }), (r) => {
    r.body = { title: r.title };
  });
}
