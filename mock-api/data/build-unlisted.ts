/**
 * The UNLISTED fixture IRCCs: stored documents that no index document matches, so they change no
 * published figure. One has hostile text in every field, one was deleted, one names an issuing
 * authority that does not exist (real data has such dangling references).
 */
import type { Lang } from '../types.js';
import type { ByGovernment } from './build-national.js';
import type { Context } from './context.js';
import { parseYmd, ymd } from './dates.js';
import { FIXTURES, HOSTILE_IRCC, UNLISTED, type Slot } from './fixtures.js';
import { ref, select, type MockRecord } from './model.js';
import { PERMIT_TITLE, permitNumber, USAGE_DESCRIPTION } from './phrases-ircc.js';
import { KW, USAGE } from './terms.js';

interface Plain {
  slot: Slot;
  /** the permit number, the IRCC's title */
  number: string;
  issued: string;
  languages: Lang[];
  cna: string;
  subject: string;
}

/** An ordinary commercial permit for plants, as build-irccs.ts makes them. */
function unlistedIrcc({ slot, number, issued, languages, cna, subject }: Plain): MockRecord {
  const date = parseYmd(issued);
  const created = new Date(date.getTime() + 6 * 86_400_000 + 9 * 3_600_000);
  const title = select({ en: number, fr: PERMIT_TITLE.fr(number), es: PERMIT_TITLE.es(number) }, languages);
  const langs = Object.keys(title) as Lang[];
  const government = slot.government ?? '';
  return {
    schema: slot.schema,
    government,
    identifier: slot.identifier ?? '',
    documentId: slot.documentId,
    revision: slot.revision,
    state: 'public',
    title,
    summary: { en: subject },
    created,
    updated: created,
    fields: {},
    terms: [KW.plants, USAGE.commercial],
    texts: [],
    references: [{ field: 'absCNA', identifiers: [cna] }],
    body: {
      absCNA: { identifier: cna },
      title,
      referenceToNationalPermit: select({ en: number, fr: number, es: number }, langs),
      dateOfIssuance: ymd(date),
      providersConfidential: true,
      entitiesToWhomPICGrantedConfidential: true,
      subjectMatterConfidential: false,
      subjectMatter: { en: subject },
      keywords: [{ identifier: KW.plants }],
      picGranted: true,
      matEstablished: true,
      usagesConfidential: false,
      usages: [{ identifier: USAGE.commercial }],
      usagesDescription: select(USAGE_DESCRIPTION.commercial, langs),
      permitFiles: [{ url: `https://www.example.org/${government}/permits/${slot.documentId}.pdf`, name: 'Permit', language: langs[0] }],
    },
  };
}

function authority(authorities: ByGovernment, government: string, identifier?: string): MockRecord {
  const list = authorities.get(government) ?? [];
  const cna = identifier ? list.find((r) => r.identifier === identifier) : list[0];
  if (!cna) throw new Error(`no competent national authority ${identifier ?? ''} for ${government}`);
  return cna;
}

/** Not added to `ctx.records` (which is what the index is made of): generate.ts stores their documents only. */
export function buildUnlisted(ctx: Context, authorities: ByGovernment): MockRecord[] {
  const india = ref(authority(authorities, 'in'));
  const kenya = ref(authority(authorities, 'ke', FIXTURES.kenyaCna));
  for (const slot of Object.values(UNLISTED)) {
    if (ctx.records.some((r) => r.identifier === slot.identifier || r.documentId === slot.documentId)) throw new Error(`UNLISTED slot ${slot.documentId} is taken`);
  }

  const hostile = unlistedIrcc({ slot: UNLISTED.hostileIrcc, number: permitNumber('in', 2019, 900), issued: '2019-06-03', languages: ['en'], cna: india, subject: HOSTILE_IRCC.subjectMatter });
  const payload = { en: HOSTILE_IRCC.payload };
  hostile.title = payload;
  Object.assign(hostile.body, {
    title: payload,
    referenceToNationalPermit: payload,
    keywords: [{ identifier: HOSTILE_IRCC.payload, customValue: payload }],
    permitFiles: HOSTILE_IRCC.permitFiles.map((file) => ({ ...file })),
    usagesDescription: { en: HOSTILE_IRCC.usagesDescription },
  });

  const deleted = unlistedIrcc({
    slot: UNLISTED.deletedIrcc, number: permitNumber('ke', 2018, 901), issued: '2018-11-12', languages: ['en'], cna: kenya,
    subject: '<p>Seeds of <em>Acacia senegal</em> for the development of a commercial gum arabic product.</p>',
  });
  deleted.deleted = new Date(FIXTURES.deletedIrccOn);

  const dangling = unlistedIrcc({
    slot: UNLISTED.irccWithMissingCna, number: permitNumber('in', 2019, 901), issued: '2019-02-14', languages: ['en'], cna: `${FIXTURES.missingCna}@1`,
    subject: '<p>Leaf samples of <em>Withania somnifera</em> for the development of a commercial herbal extract.</p>',
  });

  return [hostile, deleted, dangling];
}
