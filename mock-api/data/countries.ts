/**
 * Countries: codes, names in the six UN languages, treaty status, and the language a country writes
 * its records in. Names come from the ICU data shipped with Node (Intl.DisplayNames), with overrides
 * where ICU's short English form (`Congo - Kinshasa`, `St. Lucia`) is not the UN name.
 */
import { LANGS, type Country, type Lang } from '../types.js';
import { ALPHA3 } from './country-codes.js';
import { nagoyaTreaty, otherTreaties } from './nagoya.js';
import { Rng } from './random.js';

type Names = Record<Lang, string>;

export const EU_NAMES: Names = {
  en: 'European Union',
  fr: 'Union européenne',
  es: 'Unión Europea',
  ar: 'الاتحاد الأوروبي',
  ru: 'Европейский союз',
  zh: '欧洲联盟',
};

/** UN-style names where ICU's display name differs; other languages keep ICU's. */
const OVERRIDES: Record<string, Partial<Names>> = {
  AG: { en: 'Antigua and Barbuda' },
  BA: { en: 'Bosnia and Herzegovina' },
  BO: { en: 'Bolivia (Plurinational State of)' },
  CD: { en: 'Democratic Republic of the Congo', fr: 'République démocratique du Congo' },
  CG: { en: 'Congo', fr: 'Congo' },
  FM: { en: 'Micronesia (Federated States of)' },
  GB: { en: 'United Kingdom of Great Britain and Northern Ireland' },
  IR: { en: 'Iran (Islamic Republic of)' },
  KP: { en: "Democratic People's Republic of Korea" },
  KR: { en: 'Republic of Korea' },
  KN: { en: 'Saint Kitts and Nevis' },
  LA: { en: "Lao People's Democratic Republic", fr: 'République démocratique populaire lao', es: 'República Democrática Popular Lao' },
  LC: { en: 'Saint Lucia' },
  MD: { en: 'Republic of Moldova' },
  MM: { en: 'Myanmar', fr: 'Myanmar', es: 'Myanmar' },
  PS: { en: 'State of Palestine', fr: 'État de Palestine', es: 'Estado de Palestina' },
  RU: { en: 'Russian Federation' },
  ST: { en: 'Sao Tome and Principe' },
  SY: { en: 'Syrian Arab Republic' },
  TT: { en: 'Trinidad and Tobago' },
  TZ: { en: 'United Republic of Tanzania' },
  VC: { en: 'Saint Vincent and the Grenadines' },
  VE: { en: 'Venezuela (Bolivarian Republic of)' },
  VN: { en: 'Viet Nam' },
};

/** Members of the European Union on 1 October 2019 (lower-case); the narrower terms of the EU region. */
export const EU_MEMBERS: readonly string[] = [
  'at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'hu', 'ie',
  'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se', 'gb',
];

/** Countries whose records are written mostly in French or Spanish (besides or instead of English). */
const FRENCH = new Set('fr be lu mc bj bf bi cm cf td km cg cd ci dj ga gn ht mg ml mr ne sn tg tn ma lb'.split(' '));
const SPANISH = new Set('es mx gt hn sv ni cr pa cu do co ve ec pe bo py uy ar cl gq'.split(' '));

/** The language, other than English, a country's records are usually written in. */
export function recordLanguage(code: string): Lang {
  if (FRENCH.has(code)) return 'fr';
  if (SPANISH.has(code)) return 'es';
  return 'en';
}

function icuNames(code2: string, display: ReadonlyMap<Lang, Intl.DisplayNames>): Names {
  const names = {} as Names;
  for (const lang of LANGS) names[lang] = OVERRIDES[code2]?.[lang] ?? display.get(lang)?.of(code2) ?? code2;
  return names;
}

/** Every country of ALPHA3 plus the EU, sorted by code; `now` places the pending ratification. */
export function buildCountries(now: Date): Country[] {
  const display = new Map(LANGS.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region' })]));
  const entries: [string, string, Names][] = [...ALPHA3].map(([code2, code3]) => [code2, code3, icuNames(code2, display)]);
  // The EU has no alpha-3 code; EUR is a placeholder nobody validates.
  entries.push(['EU', 'EUR', EU_NAMES]);
  entries.sort(([a], [b]) => a.localeCompare(b));
  return entries.map(([code2, code3, name]) => {
    const code = code2.toLowerCase();
    return {
      code: code2,
      code2,
      code3,
      name,
      treaties: { ...otherTreaties(code, new Rng(`treaties:${code}`)), XXVII8b: nagoyaTreaty(code, now) },
    };
  });
}
