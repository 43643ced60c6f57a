/**
 * Records the site must filter out: earlier revisions (stored, and 5 of them indexed as non-current
 * copies with `version_s`) and 3 drafts (`_state_s: draft`).
 */
import type { IndexDoc } from '../types.js';
import type { Context } from './context.js';
import { parseYmd } from './dates.js';
import { toIndexDoc, type TitleOf } from './index-doc.js';
import type { MockRecord } from './model.js';
import { Rng } from './random.js';

const AMENDMENT_FIELDS = ['amendmentIntent', 'amendmentDescription'];

/** The record as it was at the previous revision: before its amendment (or revocation). */
export function olderRevision(record: MockRecord): MockRecord {
  const body = Object.fromEntries(Object.entries(record.body).filter(([key]) => !AMENDMENT_FIELDS.includes(key)));
  const fields = { ...record.fields };
  delete fields.meta3_EN_txt;
  if ('amendmentIntent_i' in fields) fields.amendmentIntent_i = 0;
  return { ...record, revision: record.revision - 1, updated: record.created, body, fields };
}

/**
 * Five non-current copies: the two fixtures that ask for one (`revokedIrcc`, `hostileMeasure`), then
 * the first amended record of three other types.
 */
export function nonCurrentCopies(records: readonly MockRecord[], countryName: TitleOf, fixtureIds: readonly number[]): IndexDoc[] {
  const chosen = records.filter((r) => fixtureIds.includes(r.documentId));
  for (const schema of ['authority', 'absPermit', 'resource'] as const) {
    const next = records.find((r) => r.schema === schema && r.revision > 1 && !chosen.includes(r));
    if (next) chosen.push(next);
  }
  if (chosen.length !== 5) throw new Error(`expected 5 non-current copies, found ${chosen.length}`);
  return chosen.map((r) => ({ ...toIndexDoc(olderRevision(r), countryName), version_s: String(r.revision - 1) }));
}

/** Three drafts: a Kenyan IRCC, an Indian measure and a resource, never published. */
export function addDrafts(ctx: Context): void {
  const rng = new Rng('drafts');
  const drafts = [
    ctx.newRecord({ schema: 'absPermit', government: 'ke', rng, title: { en: 'NEMA/AGR/2019/999' }, languages: ['en'], created: parseYmd('2019-09-20'), revision: 1 }),
    ctx.newRecord({ schema: 'measure', government: 'in', rng, title: { en: 'Draft Biological Diversity (Amendment) Bill, 2019' }, languages: ['en'], created: parseYmd('2019-09-25'), revision: 1 }),
    ctx.newRecord({ schema: 'resource', rng, title: { en: 'Draft factsheet on digital sequence information' }, languages: ['en'], created: parseYmd('2019-09-26'), revision: 1 }),
  ];
  for (const draft of drafts) {
    draft.state = 'draft';
    draft.body = { title: draft.title };
  }
}
