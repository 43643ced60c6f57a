/**
 * Official six-language names of the subject-matter (keyword) terms used on IRCCs, thesaurus domain
 * 1A22EAAB-9BBC-4543-890E-DEF913F59E98. Source: scbd/absch.cbd.int app/services/import-data/import-data-ircc.js at commit 01e41ea6 (keyword domain 1A22EAAB-9BBC-4543-890E-DEF913F59E98, six-language titles),
 * copied from ../shared/data/abs-keyword-terms.json.
 */
import type { Locale } from '../i18n/locale.js';

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
    title: {
      en: "All types of genetic resources",
      ar: "جميع أنواع الموارد الجينية",
      es: "Todos los tipos de recursos genéticos",
      fr: "Tous types de ressources génétiques",
      ru: "Все типы генетических ресурсов",
      zh: "各类遗传资源",
    },
  },
  {
    identifier: "357DBB22-6A6C-4C49-BA1F-037320B09247",
    title: {
      en: "Plants",
      ar: "النباتات",
      es: "Plantas",
      fr: "Plantes",
      ru: "Растения",
      zh: "植物",
    },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "9C146B09-097E-4CFF-B9CC-D4785496952F",
    title: {
      en: "Animals",
      ar: "الحيوانات",
      es: "Animales",
      fr: "Animaux",
      ru: "Животные",
      zh: "动物",
    },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "33A6BF46-3699-4B5E-A3C0-506FAFDA2D76",
    title: {
      en: "Microorganism",
      ar: "الكائنات الدقيقة",
      es: "Microorganismos",
      fr: "Micro-organismes",
      ru: "Микроорганизмы",
      zh: "微生物",
    },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "http://data.gbif.org/species/13140807",
    title: {
      en: "Fungi",
      ar: "الفطريات",
      es: "Hongos",
      fr: "Champignons",
      ru: "Грибы",
      zh: "真菌",
    },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "F9EF6CC8-3709-43D5-839C-1A93A23DE51B",
    title: {
      en: "Domesticated species and/or cultivated species",
      ar: "الأنواع الأليفة و/أو الأنواع المستزرعة",
      es: "Especies domesticadas y/o especies cultivadas",
      fr: "Espèces domestiques et/ou cultivées",
      ru: "Одомашненные виды и/или культивируемые виды",
      zh: "驯化物种和/或栽培物种",
    },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "2D2CAF72-A892-42CE-87F7-975EFBADAF4F",
    title: {
      en: "Wild species",
      ar: "الأجناس البرية",
      es: "Especies silvestres",
      fr: "Espèces sauvages",
      ru: "Дикие виды",
      zh: "野生物种",
    },
    broader: "4E2974DF-216E-46C8-8797-8E3A33D6A048",
  },
  {
    identifier: "A862ABFC-B97D-4E6A-9A70-812A82A7CC19",
    title: {
      en: "All areas of access of the genetic resource",
      ar: "جميع مناطق الحصول على الموارد الجينية",
      es: "Todas las zonas de acceso de los recursos genéticos",
      fr: "Tous les aires d’accès aux ressources génétiques",
      ru: "Все области, имеющие отношение к доступу к генетическим ресурсам",
      zh: "获取遗传资源的所有地区",
    },
  },
  {
    identifier: "35E029ED-D92F-41C8-9CDC-52F3F35D7E36",
    title: {
      en: "Agricultural areas",
      ar: "المناطق الزراعية",
      es: "Zonas agrícolas",
      fr: "Aires agricoles",
      ru: "Сельскохозяйственные районы",
      zh: "农业区",
    },
  },
  {
    identifier: "D570A745-D8C3-4698-BB77-0A90C140F3F2",
    title: {
      en: "Forest",
      ar: "الغابات",
      es: "Bosques",
      fr: "Forêts",
      ru: "Леса",
      zh: "森林",
    },
  },
  {
    identifier: "47DD3FF6-D369-4E64-B0BC-5DADF3B70C95",
    title: {
      en: "Inland waters",
      ar: "المياه الداخلية",
      es: "Aguas continentales",
      fr: "Eaux continentales",
      ru: "Внутренние воды",
      zh: "内陆水域",
    },
  },
  {
    identifier: "29C670AB-C198-484F-A2ED-9BAB1DAC7431",
    title: {
      en: "Dry and sub-humid areas",
      ar: "المناطق الجافة وشبه الرطبة",
      es: "Zonas áridas y subhúmedas",
      fr: "Terres arides et sub-humides",
      ru: "Засушливые и субгумидные районы",
      zh: "干旱和半湿润地区",
    },
  },
  {
    identifier: "507D46E0-DC49-47F0-B273-26ECD9CC8948",
    title: {
      en: "Marine and coastal areas",
      ar: "المناطق البحرية والساحلية",
      es: "Zonas marinas y costeras",
      fr: "Biodiversité marine et côtière",
      ru: "Морские и прибрежные районы",
      zh: "海洋和沿海地区",
    },
  },
  {
    identifier: "EAE641FD-6A82-4C15-84CD-0F12ABA5CBC1",
    title: {
      en: "Mountains",
      ar: "الجبال",
      es: "Montañas",
      fr: "Montagnes",
      ru: "Горы",
      zh: "山区",
    },
  },
  {
    identifier: "DFEECF62-EC3D-4F5C-BAC6-2FD308F81277",
    title: {
      en: "Protected areas",
      ar: "المناطق المحمية",
      es: "Las áreas protegidas",
      fr: "Aires protégées",
      ru: "Охраняемые районы",
      zh: "保护区",
    },
  },
  {
    identifier: "9EC60226-A7E4-441E-AC7D-2580F111EC3B",
    title: {
      en: "Islands",
      ar: "الجزر",
      es: "Islas",
      fr: "Îles",
      ru: "Острова",
      zh: "岛屿",
    },
  },
  {
    identifier: "2C87B4AD-684C-48DC-91B7-82938CE37B5A",
    title: {
      en: "Ex-situ",
      ar: "خارج الموقع الطبيعي",
      es: "Ex situ",
      fr: "Ex-situ",
      ru: "Ex-situ",
      zh: "迁地",
    },
    broader: "A862ABFC-B97D-4E6A-9A70-812A82A7CC19",
  },
  {
    identifier: "CB918E1A-E171-4C10-BA35-088C81F668A3",
    title: {
      en: "Soil and/or water samples",
      ar: "عينات التربة و/أو المياه",
      es: "Muestras de suelo y/o de agua",
      fr: "Échantillon de sol/eau",
      ru: "Образцы почв и/или воды",
      zh: "土样和/或水样",
    },
    broader: "A862ABFC-B97D-4E6A-9A70-812A82A7CC19",
  },
  {
    identifier: "B8A150E054154AD3AD97856ABD485E90",
    title: {
      en: "Traditional knowledge associated with genetic resources",
      ar: "المعارف التقليدية المرتبطة بالموارد الجينية",
      es: "Conocimientos tradicionales asociados a recursos genéticos",
      fr: "Connaissances traditionnelles associées aux ressources génétiques",
      ru: "Традиционные знания, связанные с генетическими ресурсами",
      zh: "遗传资源相关传统知识",
    },
  },
];

const BY_ID = new Map(KEYWORD_TERMS.map((term) => [term.identifier, term]));

export function keywordTerm(identifier: string): KeywordTerm | undefined {
  return BY_ID.get(identifier);
}
