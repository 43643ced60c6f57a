/**
 * Official names in fr: record types (by schema) and subject-matter terms (by identifier), from the same sources
 * as record-types.ts and keyword-terms.ts. Loaded with the fr interface strings, not before (see official-names.ts).
 */
import type { OfficialNames } from '../official-names.js';

export const officialNames: OfficialNames = {
  recordTypes: {
    focalPoint: "Correspondants nationaux de l’APA",
    authority: "Autorité nationale compétente",
    measure: "Mesures juridiques, administratives ou politiques",
    absProcedure: "Procédures APA",
    absNationalModelContractualClause: "Modèle national de clause contractuelle type",
    absPermit: "Certificat de respect des obligations internationalement reconnu",
    database: "Base de données ou site Web national",
    absCheckpoint: "Points de contrôle",
    absCheckpointCommunique: "Communiqués du point de contrôle",
    absNationalReport: "Rapport national intérimaire sur la mise en œuvre du Protocole de Nagoya",
    resource: "Ressources de la bibliothèque virtuelle",
    organization: "Organisation",
    capacityBuildingInitiative: "Initiative de développement des capacités",
    modelContractualClause: "Clauses contractuelles types, codes de conduite volontaires, lignes directrices et bonnes pratiques et/ou normes",
    communityProtocol: "Protocoles et procédures communautaires et lois coutumières",
    contact: "Personne-ressource",
  },
  keywordTerms: {
    "4E2974DF-216E-46C8-8797-8E3A33D6A048": "Tous types de ressources génétiques",
    "357DBB22-6A6C-4C49-BA1F-037320B09247": "Plantes",
    "9C146B09-097E-4CFF-B9CC-D4785496952F": "Animaux",
    "33A6BF46-3699-4B5E-A3C0-506FAFDA2D76": "Micro-organismes",
    "http://data.gbif.org/species/13140807": "Champignons",
    "F9EF6CC8-3709-43D5-839C-1A93A23DE51B": "Espèces domestiques et/ou cultivées",
    "2D2CAF72-A892-42CE-87F7-975EFBADAF4F": "Espèces sauvages",
    "A862ABFC-B97D-4E6A-9A70-812A82A7CC19": "Tous les aires d’accès aux ressources génétiques",
    "35E029ED-D92F-41C8-9CDC-52F3F35D7E36": "Aires agricoles",
    "D570A745-D8C3-4698-BB77-0A90C140F3F2": "Forêts",
    "47DD3FF6-D369-4E64-B0BC-5DADF3B70C95": "Eaux continentales",
    "29C670AB-C198-484F-A2ED-9BAB1DAC7431": "Terres arides et sub-humides",
    "507D46E0-DC49-47F0-B273-26ECD9CC8948": "Biodiversité marine et côtière",
    "EAE641FD-6A82-4C15-84CD-0F12ABA5CBC1": "Montagnes",
    "DFEECF62-EC3D-4F5C-BAC6-2FD308F81277": "Aires protégées",
    "9EC60226-A7E4-441E-AC7D-2580F111EC3B": "Îles",
    "2C87B4AD-684C-48DC-91B7-82938CE37B5A": "Ex-situ",
    "CB918E1A-E171-4C10-BA35-088C81F668A3": "Échantillon de sol/eau",
    "B8A150E054154AD3AD97856ABD485E90": "Connaissances traditionnelles associées aux ressources génétiques",
  },
  ours: {
    recordTypes: {
      // Missing from the official data: built from the portal's "Premier rapport national" (scbd/absch.cbd.int i18n/fr/app/app-text/components/abs-kb-categories.json, nr1) in the form of the official absNationalReport title.
      absNationalReport1: "Premier rapport national sur la mise en œuvre du Protocole de Nagoya",
      // the Protocol (Art. 17.2) says « certificat de conformité reconnu à l’échelle internationale »; the official title says « Certificat de respect des obligations internationalement reconnu ».
      absPermit: "Certificats de conformité reconnus à l’échelle internationale",
    },
  },
};
