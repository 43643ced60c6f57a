/**
 * What every record builder shares: country names, document ids, the fixture slots, the choice of a
 * record's languages, and the creation of a record with its identity and dates.
 */
import type { Country, Lang, LString } from '../types.js';
import { recordLanguage } from './countries.js';
import { addDays, between, FIGURES_DAY } from './dates.js';
import { SLOTS, type Slot } from './fixtures.js';
import { select, type MockRecord } from './model.js';
import type { Rng } from './random.js';
import type { Schema } from './schemas.js';

/** the last moment a published record may carry: the evening before the figures' day */
export const LAST_MOMENT = new Date(FIGURES_DAY.getTime() - 1000);

export interface NewRecord {
  schema: Schema;
  government?: string;
  rng: Rng;
  /** all language versions the builder has; the record keeps those of `languages` */
  title: LString;
  summary?: LString;
  languages: readonly Lang[];
  created: Date;
  slot?: Slot;
  /** forces a revision (a revoked IRCC is at least revision 2); otherwise the slot's, or mostly 1 */
  revision?: number;
}

export class Context {
  readonly records: MockRecord[] = [];
  private readonly countries: ReadonlyMap<string, Country>;
  private readonly slots: Slot[] = Object.values(SLOTS);
  private nextDocumentId = 210000;
  /** focal points are numbered from 1001: the four-digit numbers their UIDs carry (see `focalPointIdentifier`) */
  private nextFocalPointNumber = 1001;

  constructor(countries: readonly Country[]) {
    this.countries = new Map(countries.map((c) => [c.code.toLowerCase(), c]));
  }

  countryName(code: string): Record<Lang, string> {
    const country = this.countries.get(code);
    if (!country) throw new Error(`unknown country ${code}`);
    return country.name;
  }

  /** The next fixture slot for this schema and government, if any is left: builders call it once per record. */
  takeSlot(schema: Schema, government?: string): Slot | undefined {
    const i = this.slots.findIndex((s) => s.schema === schema && s.government === government);
    return i < 0 ? undefined : this.slots.splice(i, 1)[0];
  }

  /**
   * The languages of a record's title: mostly English; French- and Spanish-speaking countries write
   * in their language, often with an English version. A fixture slot can force French or Spanish only.
   */
  languages(rng: Rng, government?: string, slot?: Slot): Lang[] {
    if (slot?.traits.includes('titleFr')) return ['fr'];
    if (slot?.traits.includes('titleEs')) return ['es'];
    const main = government ? recordLanguage(government) : 'en';
    if (main === 'en') return rng.weighted<Lang[]>([[['en'], 86], [['en', 'fr'], 7], [['en', 'es'], 7]]);
    if (main === 'fr' || main === 'es') return rng.weighted<Lang[]>([[[main], 50], [[main, 'en'], 30], [['en'], 20]]);
    // Russian, Arabic or Chinese: only hand-written titles have that version; `select` falls back to English
    return [main, 'en'];
  }

  /** Every fixture slot must have found its record, or FIXTURES would name records that do not exist. */
  assertAllSlotsUsed(): void {
    if (this.slots.length > 0) throw new Error(`unused fixture slots: ${this.slots.map((s) => s.documentId).join(', ')}`);
  }

  /** A record with its identity, revision and dates; the builder fills in fields, body and links. */
  newRecord(init: NewRecord): MockRecord {
    const { schema, government, rng, slot } = init;
    // A stand-in slot draws its revision and uses up a generated id as the record it replaces would,
    // so that the records after it stay as they were.
    const drawn = !slot || standsIn(slot) ? (init.revision ?? (rng.chance(0.05) ? 2 : 1)) : undefined;
    if (slot && drawn !== undefined) {
      if (drawn !== slot.revision) throw new Error(`slot ${slot.documentId} stands in for a record at revision ${drawn}, not ${slot.revision}`);
      this.nextDocumentId++;
    }
    const revision = slot?.revision ?? drawn ?? 1;
    // a date past the figures' day moves back into its last three weeks rather than piling up on one instant
    const created = init.created > LAST_MOMENT ? between(rng, addDays(LAST_MOMENT, -21), LAST_MOMENT) : init.created;
    const updated = revision > 1 ? between(rng, created, minDate(addDays(created, 400), LAST_MOMENT)) : created;
    const title = select(init.title, init.languages);
    const documentId = slot?.documentId ?? this.nextDocumentId++;
    // A focal point is known by its four-digit number (its UID's), and its identifier is that number in hex.
    const focalPoint = schema === 'focalPoint' && !slot ? this.nextFocalPointNumber++ : undefined;
    const record: MockRecord = {
      schema,
      ...(government ? { government } : {}),
      identifier: slot?.identifier ?? (focalPoint ? focalPointIdentifier(focalPoint) : rng.guid()),
      documentId: focalPoint ?? documentId,
      revision,
      state: 'public',
      title,
      ...(init.summary ? { summary: select(init.summary, Object.keys(title) as Lang[]) } : {}),
      created,
      updated,
      fields: {},
      terms: [],
      texts: [],
      references: [],
      body: {},
    };
    this.records.push(record);
    return record;
  }

  /** A fake account that "published" the records of a government (or the Secretariat's). */
  user(government?: string): { userID: number; firstName: string; lastName: string; email: string } {
    const who = government ?? 'scbd';
    const userID = 50000 + [...who].reduce((n, ch) => n * 31 + ch.charCodeAt(0), 7) % 40000;
    return government
      ? { userID, firstName: 'Publishing', lastName: `Authority ${who.toUpperCase()}`, email: `publisher.${who}@example.org` }
      : { userID, firstName: 'Clearing-House', lastName: 'Editor', email: 'editor@example.org' };
  }
}

/**
 * A `hostileTitle` slot only changes the text of a record the generator makes anyway: its builder
 * draws every random number as for any record, so that no other record changes.
 */
export function standsIn(slot: Slot | undefined): boolean {
  return slot?.traits.includes('hostileTitle') ?? false;
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}

/**
 * Focal points are CHM-realm records whose identifier is their number in hex after the prefix
 * 52000000cbd022, lower-case, 24 characters, no dashes: the portal's `integerToHex`
 * (scbd/absch.cbd.int app/services/common.js L176–198), which `hexToInteger` reverses.
 */
export function focalPointIdentifier(number: number): string {
  const hex = number.toString(16);
  return `${'52000000cbd0220000000000'.slice(0, 24 - hex.length)}${hex}`;
}
