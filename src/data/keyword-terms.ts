/**
 * Official six-language names of the subject-matter (keyword) terms used on IRCCs, thesaurus domain
 * 1A22EAAB-9BBC-4543-890E-DEF913F59E98. Source: scbd/absch.cbd.int app/services/import-data/import-data-ircc.js at commit 01e41ea6 (keyword domain 1A22EAAB-9BBC-4543-890E-DEF913F59E98, six-language titles).
 * Here in English; the other languages' names (names/*.ts) are added
 * to `title` when that language is loaded (official-names.ts).
 */
import type { Locale } from '../i18n/locale.js';
import { onOfficialNames } from './official-names.js';

export interface KeywordTerm {
  identifier: string;
  title: Partial<Record<Locale, string>>;
  /** the broader term, for grouping (e.g. Plants under "All types of genetic resources") */
  broader?: string;
}

export const KEYWORD_DOMAIN = '1A22EAAB-9BBC-4543-890E-DEF913F59E98';

export const KEYWORD_TERMS: readonly KeywordTerm[] = [
  {
    identifier: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
    title: { en: "All types of genetic resources" },
  },
  {
    identifier: "357DBB22-6A6C-4C49-BA1F-037320B09247",
    title: { en: "Plants" },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "9C146B09-097E-4CFF-B9CC-D4785496952F",
    title: { en: "Animals" },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "33A6BF46-3699-4B5E-A3C0-506FAFDA2D76",
    title: { en: "Microorganism" },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "http://data.gbif.org/species/13140807",
    title: { en: "Fungi" },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "F9EF6CC8-3709-43D5-839C-1A93A23DE51B",
    title: { en: "Domesticated species and/or cultivated species" },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "2D2CAF72-A892-42CE-87F7-975EFBADAF4F",
    title: { en: "Wild species" },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "A862ABFC-B97D-4E6A-9A70-812A82A7CC19",
    title: { en: "All areas of access of the genetic resource" },
  },
  {
    identifier: "35E029ED-D92F-41C8-9CDC-52F3F35D7E36",
    title: { en: "Agricultural areas" },
  },
  {
    identifier: "D570A745-D8C3-4698-BB77-0A90C140F3F2",
    title: { en: "Forest" },
  },
  {
    identifier: "47DD3FF6-D369-4E64-B0BC-5DADF3B70C95",
    title: { en: "Inland waters" },
  },
  {
    identifier: "29C670AB-C198-484F-A2ED-9BAB1DAC7431",
    title: { en: "Dry and sub-humid areas" },
  },
  {
    identifier: "507D46E0-DC49-47F0-B273-26ECD9CC8948",
    title: { en: "Marine and coastal areas" },
  },
  {
    identifier: "EAE641FD-6A82-4C15-84CD-0F12ABA5CBC1",
    title: { en: "Mountains" },
  },
  {
    identifier: "DFEECF62-EC3D-4F5C-BAC6-2FD308F81277",
    title: { en: "Protected areas" },
  },
  {
    identifier: "9EC60226-A7E4-441E-AC7D-2580F111EC3B",
    title: { en: "Islands" },
  },
  {
    identifier: "2C87B4AD-684C-48DC-91B7-82938CE37B5A",
    title: { en: "Ex-situ" },
    broader: "A862ABFC-B97D-4E6A-9A70-812A82A7CC19",
  },
  {
    identifier: "CB918E1A-E171-4C10-BA35-088C81F668A3",
    title: { en: "Soil and/or water samples" },
    broader: "A862ABFC-B97D-4E6A-9A70-812A82A7CC19",
  },
  {
    identifier: "B8A150E054154AD3AD97856ABD485E90",
    title: { en: "Traditional knowledge associated with genetic resources" },
  },
];

const BY_ID = new Map(KEYWORD_TERMS.map((term) => [term.identifier, term]));

export function keywordTerm(identifier: string): KeywordTerm | undefined {
  return BY_ID.get(identifier);
}

onOfficialNames((locale, names) => {
  for (const term of KEYWORD_TERMS) {
    const name = names.keywordTerms[term.identifier];
    if (name) term.title[locale] = name;
  }
});
