/**
 * Official names in ru: record types (by schema) and subject-matter terms (by identifier), from the same sources
 * as record-types.ts and keyword-terms.ts. Loaded with the ru interface strings, not before (see official-names.ts).
 */
import type { OfficialNames } from '../official-names.js';

export const officialNames: OfficialNames = {
  recordTypes: {
    focalPoint: "Национальный координационный центр по ДГРСИВ",
    authority: "Компетентный национальный орган",
    measure: "Законодательная, административная и политическая мера",
    absProcedure: "Процедура ДГРСИВ",
    absNationalModelContractualClause: "Национальное типовое договорное положение",
    absPermit: "Международно признанные сертификаты о соответствии требованиям",
    database: "Национальные веб-сайты или базы данных",
    absCheckpoint: "Контрольный пункт",
    absCheckpointCommunique: "Коммюнике контрольных пунктов",
    absNationalReport: "Промежуточные национальные доклады об осуществлении Нагойского протокола",
    resource: "Ресурс виртуальной библиотеки",
    organization: "Организация",
    capacityBuildingInitiative: "Инициатива по развитию потенциала",
    modelContractualClause: "Типовые договорные положения, кодексы поведения, руководящие указания и передовые методы и/или стандарт",
    communityProtocol: "Общинные протоколы и процедуры и норма обычного права",
    contact: "Контакт",
  },
  keywordTerms: {
    "4E2974DF-216E-46C8-8797-8E3A33D6A048": "Все типы генетических ресурсов",
    "357DBB22-6A6C-4C49-BA1F-037320B09247": "Растения",
    "9C146B09-097E-4CFF-B9CC-D4785496952F": "Животные",
    "33A6BF46-3699-4B5E-A3C0-506FAFDA2D76": "Микроорганизмы",
    "http://data.gbif.org/species/13140807": "Грибы",
    "F9EF6CC8-3709-43D5-839C-1A93A23DE51B": "Одомашненные виды и/или культивируемые виды",
    "2D2CAF72-A892-42CE-87F7-975EFBADAF4F": "Дикие виды",
    "A862ABFC-B97D-4E6A-9A70-812A82A7CC19": "Все области, имеющие отношение к доступу к генетическим ресурсам",
    "35E029ED-D92F-41C8-9CDC-52F3F35D7E36": "Сельскохозяйственные районы",
    "D570A745-D8C3-4698-BB77-0A90C140F3F2": "Леса",
    "47DD3FF6-D369-4E64-B0BC-5DADF3B70C95": "Внутренние воды",
    "29C670AB-C198-484F-A2ED-9BAB1DAC7431": "Засушливые и субгумидные районы",
    "507D46E0-DC49-47F0-B273-26ECD9CC8948": "Морские и прибрежные районы",
    "EAE641FD-6A82-4C15-84CD-0F12ABA5CBC1": "Горы",
    "DFEECF62-EC3D-4F5C-BAC6-2FD308F81277": "Охраняемые районы",
    "9EC60226-A7E4-441E-AC7D-2580F111EC3B": "Острова",
    "2C87B4AD-684C-48DC-91B7-82938CE37B5A": "Ex-situ",
    "CB918E1A-E171-4C10-BA35-088C81F668A3": "Образцы почв и/или воды",
    "B8A150E054154AD3AD97856ABD485E90": "Традиционные знания, связанные с генетическими ресурсами",
  },
  ours: {
    recordTypes: {
      // Missing from the official data: built from the portal's "Первый национальный доклад" (scbd/absch.cbd.int i18n/ru/app/app-text/components/abs-kb-categories.json, nr1) in the form of the official absNationalReport title.
      absNationalReport1: "Первые национальные доклады об осуществлении Нагойского протокола",
      // the Protocol (Art. 17.2) says «международно признанный сертификат соответствия»; the official title says «…сертификаты о соответствии требованиям».
      absPermit: "Международно признанные сертификаты соответствия",
    },
  },
};
