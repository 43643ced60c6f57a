/**
 * Official names and short codes of ABSCH record types, as the portal publishes them.
 * Source: scbd/absch.cbd.int app/app-data/abs/realm-configuration.json (official six-language titles of ABSCH record types).
 * Here in English; the other languages' names (names/*.ts) are added
 * to `title` when that language is loaded (official-names.ts). A name the official data lacks in a language, or one that departs from the Protocol, is ours (`ours` in names/*.ts).
 */
import type { Locale } from '../i18n/locale.js';
import { onOfficialNames } from './official-names.js';

export interface RecordType {
  type: 'national' | 'reference';
  shortCode: string;
  title: Partial<Record<Locale, string>>;
}

export const RECORD_TYPES: Readonly<Record<string, RecordType>> = {
  focalPoint: {
    type: 'national',
    shortCode: 'NFP',
    title: { en: "ABS National Focal Point" },
  },
  authority: {
    type: 'national',
    shortCode: 'CNA',
    title: { en: "Competent National Authority" },
  },
  measure: {
    type: 'national',
    shortCode: 'MSR',
    title: { en: "Legislative, Administrative or Policy Measure" },
  },
  absProcedure: {
    type: 'national',
    shortCode: 'PRO',
    title: { en: "ABS Procedure" },
  },
  absNationalModelContractualClause: {
    type: 'national',
    shortCode: 'NMCC',
    title: { en: "National Model Contractual Clause" },
  },
  absPermit: {
    type: 'national',
    shortCode: 'IRCC',
    title: { en: "Internationally Recognized Certificates of Compliance" },
  },
  database: {
    type: 'national',
    shortCode: 'NDB',
    title: { en: "National Websites or Databases" },
  },
  absCheckpoint: {
    type: 'national',
    shortCode: 'CP',
    title: { en: "Checkpoint" },
  },
  absCheckpointCommunique: {
    type: 'national',
    shortCode: 'CPC',
    title: { en: "Checkpoint Communiqué" },
  },
  absNationalReport1: {
    type: 'national',
    shortCode: 'NR1',
    title: { en: "1st National Reports on the Implementation of the Nagoya Protocol" },
  },
  absNationalReport: {
    type: 'national',
    shortCode: 'NR',
    title: { en: "Interim National Reports on the Implementation of the Nagoya Protocol" },
  },
  resource: {
    type: 'reference',
    shortCode: 'VLR',
    title: { en: "Virtual Library Resource" },
  },
  organization: {
    type: 'reference',
    shortCode: 'ORG',
    title: { en: "Organization" },
  },
  capacityBuildingInitiative: {
    type: 'reference',
    shortCode: 'CDI',
    title: { en: "Capacity Development Initiative" },
  },
  modelContractualClause: {
    type: 'reference',
    shortCode: 'A19A20',
    title: { en: "Model Contractual Clauses, Codes of Conduct, Guidelines, Best Practices and/or Standard" },
  },
  communityProtocol: {
    type: 'reference',
    shortCode: 'CPP',
    title: { en: "Community Protocols and Procedures and Customary Law" },
  },
  contact: {
    type: 'national',
    shortCode: 'CON',
    title: { en: "Contact" },
  },
};

onOfficialNames((locale, names) => {
  for (const [schema, recordType] of Object.entries(RECORD_TYPES)) {
    const name = names.ours?.recordTypes[schema] ?? names.recordTypes[schema];
    if (name) recordType.title[locale] = name;
  }
});
