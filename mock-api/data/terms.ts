/**
 * Thesaurus terms: the domains the widgets read (countries, permit usage, keywords) plus the few the
 * generated records use (measure status / type / jurisdiction, resource types, the EU region).
 * Usage and keyword ids and titles are the real ones; the other ids are mock (stable GUIDs).
 */
import type { Country, Lang, Term } from '../types.js';
import { EU_MEMBERS, EU_NAMES } from './countries.js';
import keywordData from './abs-keyword-terms.json' with { type: 'json' };
import { stableGuid } from './random.js';

type Titles = Record<Lang, string>;

export const DOMAIN = {
  usage: 'A7B77788-8C90-4849-9327-E181E9522F3A',
  keywords: '1A22EAAB-9BBC-4543-890E-DEF913F59E98',
  jurisdiction: 'D7BD5BDE-A6B9-4261-B788-16839CCC4F7E',
  measureJurisdiction: '7A56954F-7430-4B8B-B733-54B8A5E7FF40',
  measureStatus: 'ED7CDBD8-7762-4A84-82DD-30C01458A799',
  measureType: '144CF550-7629-43F3-817E-CACDED34837E',
  resourceType: 'resource-types',
  countries: 'countries',
  regions: 'regions',
} as const;

export const USAGE = { commercial: '5E833A3F-87D1-4ADD-8701-9F1B76383017', nonCommercial: '60EA2F49-A9DD-406F-921A-8A1C9AA8DFDD' } as const;

/** Keyword ids used by the generator, by short name. */
export const KW = {
  allTypes: '4E2974DF-216E-46C8-8797-8E3A33D6A048',
  plants: '357DBB22-6A6C-4C49-BA1F-037320B09247',
  animals: '9C146B09-097E-4CFF-B9CC-D4785496952F',
  micro: '33A6BF46-3699-4B5E-A3C0-506FAFDA2D76',
  fungi: 'http://data.gbif.org/species/13140807',
  domesticated: 'F9EF6CC8-3709-43D5-839C-1A93A23DE51B',
  wild: '2D2CAF72-A892-42CE-87F7-975EFBADAF4F',
  agricultural: '35E029ED-D92F-41C8-9CDC-52F3F35D7E36',
  forest: 'D570A745-D8C3-4698-BB77-0A90C140F3F2',
  inlandWaters: '47DD3FF6-D369-4E64-B0BC-5DADF3B70C95',
  dryLands: '29C670AB-C198-484F-A2ED-9BAB1DAC7431',
  marine: '507D46E0-DC49-47F0-B273-26ECD9CC8948',
  mountains: 'EAE641FD-6A82-4C15-84CD-0F12ABA5CBC1',
  protectedAreas: 'DFEECF62-EC3D-4F5C-BAC6-2FD308F81277',
  islands: '9EC60226-A7E4-441E-AC7D-2580F111EC3B',
  exSitu: '2C87B4AD-684C-48DC-91B7-82938CE37B5A',
  soilWater: 'CB918E1A-E171-4C10-BA35-088C81F668A3',
  traditionalKnowledge: 'B8A150E054154AD3AD97856ABD485E90',
} as const;

/** The region whose narrower terms are the EU member States (ABSCH thesaurus-service.js). */
export const EU_REGION = 'bd12d7fb-91f7-4b2d-996c-e70f18a51f0e';

const t = (en: string, fr: string, es: string, ar: string, ru: string, zh: string): Titles => ({ en, fr, es, ar, ru, zh });

/** Index labels (`usages_EN_ss`) are `Commercial` / `Non-Commercial`: the titles are the labels. */
const USAGE_TITLES: Record<string, Titles> = {
  [USAGE.commercial]: t('Commercial', 'Commercial', 'Comercial', 'تجاري', 'Коммерческое', '商业'),
  [USAGE.nonCommercial]: t('Non-Commercial', 'Non commercial', 'No comercial', 'غير تجاري', 'Некоммерческое', '非商业'),
};

interface MockDomain<K extends string> {
  /** term id by short name */
  id: Record<K, string>;
  /** titles by term id */
  titles: Record<string, Titles>;
}

function mockTerms<K extends string>(kind: string, rows: Record<K, Titles>): MockDomain<K> {
  const id = {} as Record<K, string>;
  const titles: Record<string, Titles> = {};
  for (const key of Object.keys(rows) as K[]) {
    id[key] = stableGuid(`${kind}:${key}`);
    titles[id[key]] = rows[key];
  }
  return { id, titles };
}

export const MEASURE_STATUS = mockTerms('measure-status', {
  inForce: t('In force', 'En vigueur', 'En vigor', 'نافذ', 'Действует', '生效'),
  notYet: t('Not yet in force', 'Pas encore en vigueur', 'Aún no en vigor', 'لم يدخل حيز النفاذ بعد', 'Ещё не вступила в силу', '尚未生效'),
  noLonger: t('No longer in force', "N'est plus en vigueur", 'Ya no está en vigor', 'لم يعد نافذا', 'Утратила силу', '已失效'),
});
export const MEASURE_TYPE = mockTerms('measure-type', {
  constitution: t('Constitution', 'Constitution', 'Constitución', 'الدستور', 'Конституция', '宪法'),
  law: t('Law / Act', 'Loi', 'Ley', 'قانون', 'Закон', '法律'),
  regulation: t('Regulation', 'Règlement', 'Reglamento', 'لائحة', 'Постановление', '条例'),
  decree: t('Decree', 'Décret', 'Decreto', 'مرسوم', 'Указ', '法令'),
  order: t('Administrative order', 'Arrêté', 'Resolución', 'قرار إداري', 'Приказ', '行政命令'),
  policy: t('Policy / Strategy', 'Politique / stratégie', 'Política / estrategia', 'سياسة / استراتيجية', 'Политика / стратегия', '政策/战略'),
  guidelines: t('Guidelines', 'Lignes directrices', 'Directrices', 'مبادئ توجيهية', 'Руководящие принципы', '准则'),
});
export const JURISDICTION = mockTerms('jurisdiction', {
  national: t('National / Federal', 'National / fédéral', 'Nacional / federal', 'وطني / اتحادي', 'Национальный / федеральный', '国家/联邦'),
  subnational: t('Sub-national', 'Infranational', 'Subnacional', 'دون الوطني', 'Субнациональный', '次国家'),
  regional: t('Regional / Multilateral', 'Régional / multilatéral', 'Regional / multilateral', 'إقليمي / متعدد الأطراف', 'Региональный / многосторонний', '区域/多边'),
  community: t('Community', 'Communautaire', 'Comunitario', 'مجتمعي', 'Общинный', '社区'),
});
export const RESOURCE_TYPE = mockTerms('resource-type', {
  library: t('Virtual library resource', 'Ressource de la bibliothèque virtuelle', 'Recurso de la biblioteca virtual', 'مصدر المكتبة الافتراضية', 'Ресурс виртуальной библиотеки', '虚拟图书馆资源'),
  capacity: t('Capacity-building resource', 'Ressource de renforcement des capacités', 'Recurso de creación de capacidad', 'مصدر بناء القدرات', 'Ресурс по созданию потенциала', '能力建设资源'),
});

const KEYWORD_TITLES: Record<string, Titles> = Object.fromEntries(keywordData.terms.map((k) => [k.identifier, k.title]));

const BROADER: Record<string, string[]> = Object.fromEntries(keywordData.terms.map((k) => [k.identifier, k.broaderTerms]));

/** A keyword and its broader terms: the `_REL_ss` expansion the index makes. */
export function withBroader(ids: readonly string[]): string[] {
  return [...new Set(ids.flatMap((id) => [id, ...(BROADER[id] ?? [])]))];
}

const ALL_TITLES: Record<string, Titles> = { ...USAGE_TITLES, ...KEYWORD_TITLES, ...MEASURE_STATUS.titles, ...MEASURE_TYPE.titles, ...JURISDICTION.titles, ...RESOURCE_TYPE.titles };

/** Six-language title of a non-country term the generator uses. */
export function termTitle(id: string): Titles {
  const titles = ALL_TITLES[id];
  if (!titles) throw new Error(`unknown term ${id}`);
  return titles;
}

function term(termId: number, identifier: string, title: Titles, extra: Partial<Term> = {}): Term {
  return { termId, identifier, name: title.en, title, broaderTerms: [], narrowerTerms: [], relatedTerms: [], nonPreferedTerms: [], ...extra };
}

function domainOf(firstId: number, rows: Record<string, Titles>): Term[] {
  return Object.entries(rows).map(([id, titles], i) => term(firstId + i, id, titles));
}

/** `Snapshot.domains`: by the ids and names the API accepts. */
export function buildDomains(countries: readonly Country[]): Record<string, Term[]> {
  const jurisdiction = domainOf(4200, JURISDICTION.titles);
  return {
    [DOMAIN.countries]: countries.map((c, i) => term(1000 + i, c.code.toLowerCase(), c.name)),
    [DOMAIN.usage]: domainOf(2000, USAGE_TITLES),
    [DOMAIN.keywords]: keywordData.terms.map((k, i) =>
      term(3000 + i, k.identifier, k.title, { name: k.name, broaderTerms: k.broaderTerms, narrowerTerms: k.narrowerTerms, ...('description' in k ? { description: k.description } : {}) }),
    ),
    [DOMAIN.measureStatus]: domainOf(4000, MEASURE_STATUS.titles),
    [DOMAIN.measureType]: domainOf(4100, MEASURE_TYPE.titles),
    [DOMAIN.measureJurisdiction]: jurisdiction,
    [DOMAIN.jurisdiction]: jurisdiction,
    [DOMAIN.resourceType]: domainOf(4300, RESOURCE_TYPE.titles),
    [DOMAIN.regions]: [
      term(5000, EU_REGION, EU_NAMES, { narrowerTerms: [...EU_MEMBERS] }),
    ],
  };
}
