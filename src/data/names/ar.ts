/**
 * Official names in ar: record types (by schema) and subject-matter terms (by identifier), from the same sources
 * as record-types.ts and keyword-terms.ts. Loaded with the ar interface strings, not before (see official-names.ts).
 */
import type { OfficialNames } from '../official-names.js';

export const officialNames: OfficialNames = {
  recordTypes: {
    focalPoint: "نقطة الاتصال الوطنية بشأن الحصول على الموارد وتقاسم المنافع",
    authority: "السلطة الوطنية المختصة",
    measure: "التدبير التشريعي أو الإداري أو السياساتي",
    absProcedure: "إجراء الحصول على الموارد وتقاسم المنافع",
    absNationalModelContractualClause: "البند التعاقدي النموذجي الوطني",
    absPermit: "شهادة الامتثال المعترف بها دوليًا",
    database: "المواقع الإلكترونية أو قواعد البيانات الوطنية",
    absCheckpoint: "نقطة تفتيش",
    absCheckpointCommunique: "بيان نقطة التفتيش",
    absNationalReport: "التقارير الوطنية المؤقتة المتعلقة بتنفيذ بروتوكول ناغويا",
    resource: "مصدر ومرجع افتراضي",
    organization: "منظمة",
    capacityBuildingInitiative: "مبادرة لبناء القدرات",
    modelContractualClause: "البنود التعاقدية النموذجية، ومدونات السلوك، والمبادئ التوجيهية، وأفضل الممارسات والمعايير",
    communityProtocol: "البروتوكولات والإجراءات المجتمعية والقوانين العرفية",
    contact: "نقطة الاتصال",
  },
  keywordTerms: {
    "4E2974DF-216E-46C8-8797-8E3A33D6A048": "جميع أنواع الموارد الجينية",
    "357DBB22-6A6C-4C49-BA1F-037320B09247": "النباتات",
    "9C146B09-097E-4CFF-B9CC-D4785496952F": "الحيوانات",
    "33A6BF46-3699-4B5E-A3C0-506FAFDA2D76": "الكائنات الدقيقة",
    "http://data.gbif.org/species/13140807": "الفطريات",
    "F9EF6CC8-3709-43D5-839C-1A93A23DE51B": "الأنواع الأليفة و/أو الأنواع المستزرعة",
    "2D2CAF72-A892-42CE-87F7-975EFBADAF4F": "الأجناس البرية",
    "A862ABFC-B97D-4E6A-9A70-812A82A7CC19": "جميع مناطق الحصول على الموارد الجينية",
    "35E029ED-D92F-41C8-9CDC-52F3F35D7E36": "المناطق الزراعية",
    "D570A745-D8C3-4698-BB77-0A90C140F3F2": "الغابات",
    "47DD3FF6-D369-4E64-B0BC-5DADF3B70C95": "المياه الداخلية",
    "29C670AB-C198-484F-A2ED-9BAB1DAC7431": "المناطق الجافة وشبه الرطبة",
    "507D46E0-DC49-47F0-B273-26ECD9CC8948": "المناطق البحرية والساحلية",
    "EAE641FD-6A82-4C15-84CD-0F12ABA5CBC1": "الجبال",
    "DFEECF62-EC3D-4F5C-BAC6-2FD308F81277": "المناطق المحمية",
    "9EC60226-A7E4-441E-AC7D-2580F111EC3B": "الجزر",
    "2C87B4AD-684C-48DC-91B7-82938CE37B5A": "خارج الموقع الطبيعي",
    "CB918E1A-E171-4C10-BA35-088C81F668A3": "عينات التربة و/أو المياه",
    "B8A150E054154AD3AD97856ABD485E90": "المعارف التقليدية المرتبطة بالموارد الجينية",
  },
  ours: {
    recordTypes: {
      // Missing from the official data: built from the portal's "التقرير الوطني الأول" (scbd/absch.cbd.int i18n/ar/app/app-text/components/abs-kb-categories.json, nr1) in the form of the official absNationalReport title.
      absNationalReport1: "التقارير الوطنية الأولى المتعلقة بتنفيذ بروتوكول ناغويا",
    },
  },
};
