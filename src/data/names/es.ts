/**
 * Official names in es: record types (by schema) and subject-matter terms (by identifier), from the same sources
 * as record-types.ts and keyword-terms.ts. Loaded with the es interface strings, not before (see official-names.ts).
 */
import type { OfficialNames } from '../official-names.js';

export const officialNames: OfficialNames = {
  recordTypes: {
    focalPoint: "Punto focal nacional en materia de APB",
    authority: "Autoridad Nacional Competente",
    measure: "Medidas legislativas, administrativas o de política",
    absProcedure: "Procedimiento en materia de APB",
    absNationalModelContractualClause: "Cláusula contractual modelo nacional",
    absPermit: "Certificado de cumplimiento reconocido internacionalmente",
    database: "Sitios web o bases de datos nacionales",
    absCheckpoint: "Punto de verificación",
    absCheckpointCommunique: "Comunicado del punto de verificación",
    absNationalReport: "Informes nacionales provisionales sobre la aplicación del Protocolo de Nagoya",
    resource: "Recursos de la biblioteca virtual",
    organization: "Organización",
    capacityBuildingInitiative: "Iniciativa de desarrollo de las capacidades",
    modelContractualClause: "Cláusulas contractuales modelo, códigos de conducta, directrices y prácticas óptimas o normas",
    communityProtocol: "Protocolos comunitarios y procedimientos y leyes consuetudinarios",
    contact: "Contacto",
  },
  keywordTerms: {
    "4E2974DF-216E-46C8-8797-8E3A33D6A048": "Todos los tipos de recursos genéticos",
    "357DBB22-6A6C-4C49-BA1F-037320B09247": "Plantas",
    "9C146B09-097E-4CFF-B9CC-D4785496952F": "Animales",
    "33A6BF46-3699-4B5E-A3C0-506FAFDA2D76": "Microorganismos",
    "http://data.gbif.org/species/13140807": "Hongos",
    "F9EF6CC8-3709-43D5-839C-1A93A23DE51B": "Especies domesticadas y/o especies cultivadas",
    "2D2CAF72-A892-42CE-87F7-975EFBADAF4F": "Especies silvestres",
    "A862ABFC-B97D-4E6A-9A70-812A82A7CC19": "Todas las zonas de acceso de los recursos genéticos",
    "35E029ED-D92F-41C8-9CDC-52F3F35D7E36": "Zonas agrícolas",
    "D570A745-D8C3-4698-BB77-0A90C140F3F2": "Bosques",
    "47DD3FF6-D369-4E64-B0BC-5DADF3B70C95": "Aguas continentales",
    "29C670AB-C198-484F-A2ED-9BAB1DAC7431": "Zonas áridas y subhúmedas",
    "507D46E0-DC49-47F0-B273-26ECD9CC8948": "Zonas marinas y costeras",
    "EAE641FD-6A82-4C15-84CD-0F12ABA5CBC1": "Montañas",
    "DFEECF62-EC3D-4F5C-BAC6-2FD308F81277": "Las áreas protegidas",
    "9EC60226-A7E4-441E-AC7D-2580F111EC3B": "Islas",
    "2C87B4AD-684C-48DC-91B7-82938CE37B5A": "Ex situ",
    "CB918E1A-E171-4C10-BA35-088C81F668A3": "Muestras de suelo y/o de agua",
    "B8A150E054154AD3AD97856ABD485E90": "Conocimientos tradicionales asociados a recursos genéticos",
  },
  ours: {
    recordTypes: {
      // Missing from the official data: built from the portal's "Primer informe nacional" (scbd/absch.cbd.int i18n/es/app/app-text/components/abs-kb-categories.json, nr1) in the form of the official absNationalReport title.
      absNationalReport1: "Primeros informes nacionales sobre la aplicación del Protocolo de Nagoya",
    },
  },
};
