/**
 * Reference records: 186 resources (86 virtual library, 100 capacity-building, told apart by
 * `resourceTypes_ss`), 79 capacity-development initiatives, 21 model clauses and codes, 10 community
 * protocols. Most have no government; a few belong to a country.
 */
import type { LString } from '../types.js';
import { LAST_MOMENT, type Context } from './context.js';
import { between, parseYmd } from './dates.js';
import { termFields } from './index-doc.js';
import type { Slot } from './fixtures.js';
import type { MockRecord } from './model.js';
import { HOSTILE } from './national-names.js';
import { appendToAll } from './phrases.js';
import { aboutTitle, CLAUSE_KINDS, COMMUNITY_PROTOCOLS, LIBRARY_KINDS, LONG_TITLES, PROGRAMMES, REGIONS, resourceSummary, SECTORS, SUBJECTS, TRAINING_KINDS } from './phrases-reference.js';
import { Rng } from './random.js';
import type { ReferenceSchema } from './schemas.js';
import { RESOURCE_TYPE, termTitle } from './terms.js';

const FIRST = parseYmd('2014-10-12');
/** Countries that sometimes publish a reference record of their own. */
const PUBLISHERS = ['ke', 'in', 'za', 'pe', 'fr', 'mx', 'de', 'jp'];

interface Made {
  title: LString;
  summary?: LString;
  /** a country, `null` for none; left out, a few records get a publishing country at random */
  government?: string | null;
}

function build(ctx: Context, schema: ReferenceSchema, count: number, make: (i: number, rng: Rng, slot?: Slot) => Made, fill?: (r: MockRecord, i: number) => void): void {
  const rng = new Rng(`reference:${schema}`);
  for (let i = 0; i < count; i++) {
    const slot = ctx.takeSlot(schema);
    const made = make(i, rng, slot);
    const gov = made.government === undefined ? (rng.chance(0.08) ? rng.pick(PUBLISHERS) : undefined) : made.government ?? undefined;
    const record = ctx.newRecord({
      schema, rng, title: made.title, ...(made.summary ? { summary: made.summary } : {}), ...(gov ? { government: gov } : {}),
      languages: ctx.languages(rng, undefined, slot), created: between(rng, FIRST, LAST_MOMENT, 1.3), ...(slot ? { slot } : {}),
    });
    record.body = { title: record.title, ...(record.summary ? { summary: record.summary } : {}) };
    fill?.(record, i);
  }
}

const LIBRARY = 86;

export function buildReferenceRecords(ctx: Context): void {
  build(
    ctx, 'resource', 186,
    (i, rng, slot) => {
      const library = i < LIBRARY;
      const year = rng.int(2011, 2019);
      const title: LString = i === 1 ? { en: LONG_TITLES.resource } : aboutTitle(rng.pick(library ? LIBRARY_KINDS : TRAINING_KINDS), rng.pick(SUBJECTS), year);
      const summary = resourceSummary(`https://www.example.org/library/${year}/${i + 1}.pdf`);
      return { title, summary: slot?.traits.includes('hostileLink') ? appendToAll(summary, `<p>Mirror: ${HOSTILE.link}</p>`) : summary };
    },
    (record, i) => {
      const type = i < LIBRARY ? RESOURCE_TYPE.id.library : RESOURCE_TYPE.id.capacity;
      record.fields = { ...termFields('resourceTypes', [type], termTitle), meta1_EN_txt: [termTitle(type).en] };
      record.terms = [type];
      record.body = { ...record.body, resourceTypes: [{ identifier: type }] };
    },
  );
  build(ctx, 'capacityBuildingInitiative', 79, (i, rng) => {
    if (i === 0) return { title: { en: LONG_TITLES.capacityBuildingInitiative } };
    const start = rng.int(2011, 2018);
    const p = rng.pick(PROGRAMMES), r = rng.pick(REGIONS), end = start + rng.int(1, 5);
    return { title: { en: `${p.en} ${r.en} (${start}–${end})`, fr: `${p.fr} ${r.fr} (${start}–${end})`, es: `${p.es} ${r.es} (${start}–${end})` } };
  });
  build(ctx, 'modelContractualClause', 21, (i, rng) => {
    if (i === 0) return { title: { en: LONG_TITLES.modelContractualClause } };
    const k = rng.pick(CLAUSE_KINDS), s = rng.pick(SECTORS);
    return { title: { en: `${k.en} ${s.en}`, fr: `${k.fr} ${s.fr}`, es: `${k.es} ${s.es}` } };
  });
  build(ctx, 'communityProtocol', COMMUNITY_PROTOCOLS.length, (i) => {
    const [government, title] = COMMUNITY_PROTOCOLS[i] as (typeof COMMUNITY_PROTOCOLS)[number];
    return { title, government: government ?? null };
  });
}
