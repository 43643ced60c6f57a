/**
 * IRCCs (absPermit): 1,107 certificates with the report's exact shares of purpose (commercial /
 * non-commercial / confidential) and subject matter (plants 576, microorganisms 163, animals 87,
 * traditional knowledge 5), dealt out as shuffled bags so the totals are exact. About one commercial
 * certificate in thirty is also for non-commercial use, as real IRCCs can be (the portal counts
 * "commercialAndNonCommercial": scbd/absch.cbd.int app/views/register/admin/ircc-counts.js L94–101):
 * the report's shares read as each certificate's first purpose, so they and every other figure stay.
 */
import type { Lang, LString } from '../types.js';
import type { Plan } from './allocation.js';
import type { ByGovernment } from './build-national.js';
import { ContactBook } from './contacts.js';
import { LAST_MOMENT, standsIn, type Context } from './context.js';
import { addDays, addYears, between, isoZ, parseYmd, startOfDay, ymd } from './dates.js';
import { termFields } from './index-doc.js';
import { appendField, ref, select, type MockRecord } from './model.js';
import { HOSTILE_TEXT, SLOTS } from './fixtures.js';
import { hostileLanguages, hostileText, hostileTitle } from './hostile.js';
import { PERMIT_TITLE, permitNumber, REVOCATION, subjectMatter, THIRD_PARTY_CONDITION, UPDATE, USAGE_DESCRIPTION, type Category } from './phrases-ircc.js';
import { appendToAll, type Tri } from './phrases.js';
import { bag, Rng } from './random.js';
import { KW, termTitle, USAGE, withBroader } from './terms.js';

type Purpose = 'commercial' | 'nonCommercial' | 'confidential';

const PURPOSES: readonly (readonly [Purpose, number])[] = [['commercial', 332], ['nonCommercial', 332], ['confidential', 443]];
/** The main keyword of each IRCC; `null` = no keyword given. */
const MAIN_KEYWORDS: readonly (readonly [string | null, number])[] = [
  [KW.plants, 576], [KW.micro, 163], [KW.animals, 87], [KW.traditionalKnowledge, 5],
  [KW.allTypes, 40], [KW.wild, 60], [KW.domesticated, 50], [KW.exSitu, 36], [KW.marine, 36], [KW.fungi, 24], [KW.soilWater, 16], [null, 14],
];
/** Areas and kinds that may accompany a main keyword without changing the counts above. */
const EXTRA_KEYWORDS = [KW.wild, KW.domesticated, KW.exSitu, KW.forest, KW.agricultural, KW.protectedAreas, KW.mountains, KW.islands, KW.inlandWaters, KW.dryLands];
const CATEGORY: Readonly<Record<string, Category>> = {
  [KW.micro]: 'micro', [KW.animals]: 'animals', [KW.traditionalKnowledge]: 'tk', [KW.marine]: 'marine', [KW.fungi]: 'fungi', [KW.soilWater]: 'soil',
};
/** years of validity, 0 = no expiry; short permits make some expire before 2019-10-01, more since */
const EXPIRY_YEARS: readonly (readonly [number, number])[] = [[0, 25], [1, 6], [2, 6], [3, 9], [5, 16], [10, 22], [20, 16]];
const FIRST_ISSUE = parseYmd('2015-01-01');

/**
 * Whether the `k`th certificate, commercial, is also for non-commercial use. Decided by position, not
 * by the random source, so that every other draw (and so every other record) stays as it was; never
 * a fixture, whose traits tests rely on.
 */
const alsoNonCommercial = (k: number, purpose: Purpose, fixture: boolean): boolean => purpose === 'commercial' && !fixture && k % 29 === 3;

/** Makes `items[index]` equal `value` by swapping with a later position, so a fixture gets its trait and totals hold. */
function claim<T>(items: T[], index: number, value: T): void {
  const j = items.indexOf(value, index);
  if (j > index) [items[index], items[j]] = [items[j] as T, items[index] as T];
}

/** Titles in French or Spanish only, for India and Kenya (besides the fixture), to exercise language fallback. */
function forcedLanguages(gov: string, i: number): Lang[] | undefined {
  if (gov === 'in') return i % 100 === 50 ? ['fr'] : i % 100 === 75 ? ['es'] : undefined;
  if (gov === 'ke') return i === 5 ? ['fr'] : i === 6 ? ['es'] : undefined;
  return undefined;
}

/** The issuing authority: the country's first CNA issues most permits. */
function issuer(rng: Rng, cnas: readonly MockRecord[]): MockRecord {
  return rng.weighted(cnas.map((c, i) => [c, i === 0 ? 8 : 1] as const));
}

export function buildIrccs(ctx: Context, plan: Plan, authorities: ByGovernment): Map<string, MockRecord[]> {
  const rng = new Rng('ircc');
  const contacts = new ContactBook(ctx, new Rng('contacts'));
  const purposes = bag(rng, PURPOSES);
  const mains = bag(rng, MAIN_KEYWORDS);
  const out = new Map<string, MockRecord[]>();
  let k = 0;
  for (const [gov, count] of plan.get('absPermit') ?? []) {
    const cnas = authorities.get(gov);
    if (!cnas?.length) throw new Error(`IRCC country ${gov} has no competent national authority`);
    const list: MockRecord[] = [];
    for (let i = 0; i < count; i++, k++) {
      const slot = ctx.takeSlot('absPermit', gov);
      if (slot?.documentId === SLOTS.indiaIrcc.documentId) {
        // the plain fixture IRCC: commercial use of plants, so tests know what they see
        claim(purposes, k, 'commercial');
        claim(mains, k, KW.plants);
      }
      const purpose = purposes[k] as Purpose;
      const main = mains[k] ?? null;
      const hostile = slot?.traits.includes('hostileTitle') ?? false;
      const revoked = slot && !standsIn(slot) ? slot.traits.includes('revoked') : rng.chance(0.008);
      const expired = slot?.traits.includes('expired') ?? false;

      const issued = startOfDay(expired ? between(rng, parseYmd('2016-03-01'), parseYmd('2016-09-30')) : between(rng, FIRST_ISSUE, LAST_MOMENT, 1.5));
      const years = expired ? 2 : rng.weighted(EXPIRY_YEARS);
      const expiry = years > 0 ? addDays(addYears(issued, years), -1) : undefined;
      const number = permitNumber(gov, issued.getUTCFullYear(), i + 1);
      const title: Tri = { en: number, fr: PERMIT_TITLE.fr(number), es: PERMIT_TITLE.es(number) };

      const keywords = main === null ? [] : [main];
      if (main && !CATEGORY[main] && rng.chance(0.35)) keywords.push(rng.pick(EXTRA_KEYWORDS.filter((x) => x !== main)));
      const usages = purpose === 'confidential' ? [] : [USAGE[purpose], ...(alsoNonCommercial(k, purpose, slot !== undefined) ? [USAGE.nonCommercial] : [])];
      const subjectConfidential = rng.chance(0.1) && !hostile;
      const plainSubject = subjectMatter((items) => rng.pick(items), (main ? CATEGORY[main] : undefined) ?? 'plants', purpose === 'commercial');
      const subject = hostile ? appendToAll(plainSubject, HOSTILE_TEXT.summary) : plainSubject;
      const languages = forcedLanguages(gov, i) ?? ctx.languages(rng, gov, slot);

      const record = ctx.newRecord({
        schema: 'absPermit', government: gov, rng, title: hostile ? hostileTitle(title) : title, ...(subjectConfidential ? {} : { summary: subject }),
        languages: hostile ? hostileLanguages(languages) : languages,
        created: addDays(issued, rng.int(0, 40) + rng.float()), ...(slot ? { slot } : {}), ...(revoked ? { revision: 2 } : {}),
      });
      const langs = Object.keys(record.title) as Lang[];
      const inLangs = (text: LString): LString => select(text, langs);
      const cna = issuer(rng, cnas);
      const provider = rng.chance(0.15) ? undefined : contacts.provider(gov);
      const user = rng.chance(0.15) ? undefined : contacts.user();
      const thirdParty = rng.chance(0.4);
      appendField(cna, 'referencedByIrccOrCpc_ss', record.identifier);

      record.references.push({ field: 'absCNA', identifiers: [ref(cna)] });
      if (provider) record.references.push({ field: 'providers', identifiers: [ref(provider)] });
      if (user) record.references.push({ field: 'entitiesToWhomPICGranted', identifiers: [ref(user)] });
      record.terms = [...keywords, ...usages];
      if (hostile) record.texts.push(hostileText());
      record.fields = {
        absCNA_s: cna.identifier,
        date_dt: isoZ(issued),
        ...(expiry ? { dateOfExpiry_dt: isoZ(expiry) } : {}),
        ...(usages.length ? termFields('usages', usages, termTitle) : {}),
        usagesConfidential_b: purpose === 'confidential',
        ...(keywords.length ? { ...termFields('keywords', keywords, termTitle), keywords_REL_ss: withBroader(keywords) } : {}),
        ...(user?.government ? termFields('entitiesToWhomPICGrantedCountries', [user.government], (c) => ctx.countryName(c)) : {}),
        providersConfidential_b: !provider,
        entitiesToWhomPICGrantedConfidential_b: !user,
        subjectMatterConfidential_b: subjectConfidential,
        hasThirdPartyTransferCondition_b: thirdParty,
        amendmentIntent_i: revoked ? 1 : 0,
        meta1_EN_txt: [cna.title.en ?? Object.values(cna.title)[0] ?? ''],
        ...(keywords.length ? { meta2_EN_txt: keywords.map((id) => termTitle(id).en) } : {}),
        ...(revoked ? { meta3_EN_txt: ['Revoked'] } : {}),
      };
      record.body = {
        absCNA: { identifier: ref(cna) },
        title: record.title,
        referenceToNationalPermit: inLangs({ en: number, fr: number, es: number }),
        dateOfIssuance: ymd(issued),
        ...(expiry ? { dateOfExpiry: ymd(expiry) } : {}),
        providersConfidential: !provider,
        ...(provider ? { providers: [{ identifier: ref(provider) }] } : {}),
        entitiesToWhomPICGrantedConfidential: !user,
        ...(user ? { entitiesToWhomPICGranted: [{ identifier: ref(user) }] } : {}),
        subjectMatterConfidential: subjectConfidential,
        ...(subjectConfidential ? {} : { subjectMatter: inLangs(subject) }),
        keywords: keywords.map((identifier) => ({ identifier })),
        picGranted: true,
        matEstablished: true,
        usagesConfidential: purpose === 'confidential',
        ...(purpose === 'confidential' ? {} : { usages: usages.map((identifier) => ({ identifier })), usagesDescription: inLangs(USAGE_DESCRIPTION[purpose]) }),
        ...(thirdParty ? { thirdPartyTransferCondition: inLangs(THIRD_PARTY_CONDITION) } : {}),
        permitFiles: [{ url: `https://www.example.org/${gov}/permits/${record.documentId}.pdf`, name: 'Permit', language: langs[0] }],
        ...(record.revision > 1 ? { amendmentIntent: revoked ? 1 : 0, amendmentDescription: inLangs(revoked ? REVOCATION : UPDATE) } : {}),
      };
      list.push(record);
    }
    out.set(gov, list);
  }
  return out;
}
