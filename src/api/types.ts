/** Shapes of the API's answers that the elements read (scbd/clearing-house-documentation swagger examples). */
import type { Locale } from '../i18n/locale.js';

export interface Treaty {
  instrument: string | null;
  signature: string | null;
  deposit: string | null;
  party: string | null;
}

export interface Country {
  code: string;
  name: Partial<Record<Locale, string>>;
  treaties: Partial<Record<string, Treaty>>;
}

/** One index document, as asked for through `fl`. */
export type IndexDoc = Record<string, unknown>;

export interface DocList {
  numFound: number;
  start: number;
  docs: IndexDoc[];
}

export interface IndexGroup {
  groupValue: string | null;
  doclist: DocList;
}

export interface GroupedField {
  matches: number;
  ngroups?: number;
  groups: IndexGroup[];
}
