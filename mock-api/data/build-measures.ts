/** Legislative, administrative and policy measures: hand-written real ones first, then the word lists. */
import type { Plan } from './allocation.js';
import { LAST_MOMENT, type Context } from './context.js';
import { addDays, between, isoZ, parseYmd, startOfDay, ymd } from './dates.js';
import { termField } from './index-doc.js';
import { HOSTILE_TEXT } from './fixtures.js';
import { hostileLanguages, hostileText, hostileTitle } from './hostile.js';
import type { MockRecord } from './model.js';
import { HOSTILE, MEASURES } from './national-names.js';
import { appendToAll, MEASURE_TOPICS, measureSummary, measureTitle, type MeasureKind, type Tri } from './phrases.js';
import { Rng } from './random.js';
import { JURISDICTION, MEASURE_STATUS, MEASURE_TYPE, termTitle } from './terms.js';

const KINDS: readonly (readonly [MeasureKind, number])[] = [['law', 3], ['regulation', 3], ['decree', 2], ['order', 2], ['policy', 2], ['guidelines', 1]];
const ABS_TOPIC = MEASURE_TOPICS[1] as Tri;
const ASPECTS = ['Access', 'Benefit-sharing', 'Compliance'];
const FIRST_RECORDS = parseYmd('2014-10-12');


export function buildMeasures(ctx: Context, plan: Plan): Map<string, MockRecord[]> {
  const rng = new Rng('national:measure');
  const out = new Map<string, MockRecord[]>();
  for (const [gov, count] of plan.get('measure') ?? []) {
    const list: MockRecord[] = [];
    for (let i = 0; i < count; i++) {
      const slot = ctx.takeSlot('measure', gov);
      const hand = MEASURES[gov]?.[i];
      const topic = hand ? ABS_TOPIC : rng.pick(MEASURE_TOPICS);
      const kind = hand?.kind ?? rng.weighted(KINDS);
      const year = hand?.year ?? rng.int(1996, 2019);
      const title = hand?.title ?? measureTitle(kind, topic, year, rng.int(12, 980));
      const plainSummary = measureSummary(topic, i + rng.int(0, 2), `https://www.example.org/${gov}/legislation/${year}-${i + 1}`);
      const hostile = slot?.traits.includes('hostileTitle') ?? false;
      const summary = slot?.traits.includes('hostileHtml')
        ? appendToAll(plainSummary, `${HOSTILE.script}<p>See the annex ${HOSTILE.img}</p>`)
        : hostile ? appendToAll(plainSummary, HOSTILE_TEXT.summary) : plainSummary;

      const adoption = startOfDay(between(rng, parseYmd(`${year}-01-01`), year === 2019 ? parseYmd('2019-06-30') : parseYmd(`${year}-12-31`)));
      const status = rng.weighted([[MEASURE_STATUS.id.inForce, 90], [MEASURE_STATUS.id.notYet, 5], [MEASURE_STATUS.id.noLonger, 5]] as const);
      const entryIntoForce = status === MEASURE_STATUS.id.notYet ? undefined : addDays(adoption, rng.int(0, 180));
      const retired = status === MEASURE_STATUS.id.noLonger ? startOfDay(between(rng, addDays(adoption, 365), LAST_MOMENT)) : undefined;
      const type = MEASURE_TYPE.id[kind];
      const jurisdiction = gov === 'eu' ? JURISDICTION.id.regional : rng.chance(0.9) ? JURISDICTION.id.national : JURISDICTION.id.subnational;
      const created = between(rng, adoption > FIRST_RECORDS ? adoption : FIRST_RECORDS, LAST_MOMENT, 1.4);

      const languages = ctx.languages(rng, gov, slot);
      const record = ctx.newRecord({
        schema: 'measure', government: gov, rng, title: hostile ? hostileTitle(title) : title, summary,
        languages: hostile ? hostileLanguages(languages) : languages, created, ...(slot ? { slot } : {}),
      });
      if (hostile) record.texts.push(hostileText());
      record.fields = {
        ...termField('status', status, termTitle),
        ...termField('type', type, termTitle),
        ...termField('jurisdiction', jurisdiction, termTitle),
        adoption_dt: isoZ(adoption),
        ...(entryIntoForce ? { entryIntoForce_dt: isoZ(entryIntoForce) } : {}),
        ...(retired ? { retired_dt: isoZ(retired) } : {}),
        meta5_EN_txt: rng.sample(ASPECTS, rng.int(1, 3)),
      };
      record.terms = [status, type, jurisdiction];
      record.body = {
        title: record.title,
        jurisdiction: { identifier: jurisdiction },
        status: { identifier: status },
        type: { identifier: type },
        adoption: ymd(adoption),
        ...(entryIntoForce ? { entryIntoForce: ymd(entryIntoForce) } : {}),
        ...(retired ? { retired: ymd(retired) } : {}),
        // the API's names (components/msr/request-body.md): the index's summary is the body's `description`
        description: record.summary,
        documents: [{ url: `https://www.example.org/${gov}/legislation/${year}-${i + 1}.pdf`, name: 'Full text', language: Object.keys(record.title)[0] }],
      };
      list.push(record);
    }
    out.set(gov, list);
  }
  return out;
}
