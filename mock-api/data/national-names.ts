/**
 * Hand-written names of real institutions and measures for the countries the widgets show most; the
 * builders use them first and fall back to the word lists of phrases.ts. Order matters: the first
 * entries go to the fixture slots (see fixtures.ts).
 */
import type { LString } from '../types.js';
import type { MeasureKind } from './phrases.js';

/** Competent national authorities; the first one issues most of the country's IRCCs. */
export const CNA_NAMES: Readonly<Record<string, readonly LString[]>> = {
  in: [
    { en: 'National Biodiversity Authority' },
    { en: 'Kerala State Biodiversity Board' },
    { en: 'Maharashtra State Biodiversity Board' },
    { en: 'Tamil Nadu State Biodiversity Board' },
  ],
  ke: [
    { en: 'National Environment Management Authority (NEMA)' },
    { en: 'Kenya Wildlife Service (KWS)' },
    { en: 'National Commission for Science, Technology and Innovation (NACOSTI)' },
  ],
  fr: [{ fr: 'Ministère de la Transition écologique et solidaire' }],
  pa: [{ es: 'Ministerio de Ambiente de Panamá (MiAmbiente)', en: 'Ministry of Environment of Panama (MiAmbiente)' }],
  mx: [{ es: 'Secretaría de Medio Ambiente y Recursos Naturales (SEMARNAT)' }],
  by: [{ en: 'Ministry of Natural Resources and Environmental Protection of the Republic of Belarus', ru: 'Министерство природных ресурсов и охраны окружающей среды Республики Беларусь' }],
  la: [{ en: 'Ministry of Natural Resources and Environment' }],
  bg: [{ en: 'Ministry of Environment and Water' }],
  do: [{ es: 'Ministerio de Medio Ambiente y Recursos Naturales' }],
  gt: [{ es: 'Consejo Nacional de Áreas Protegidas (CONAP)' }],
  et: [{ en: 'Ethiopian Biodiversity Institute' }],
  mt: [{ en: 'Environment and Resources Authority' }],
  pe: [
    { es: 'Servicio Nacional Forestal y de Fauna Silvestre (SERFOR)' },
    { es: 'Ministerio de la Producción (PRODUCE)' },
    { es: 'Instituto Nacional de Innovación Agraria (INIA)' },
  ],
  es: [{ es: 'Dirección General de Biodiversidad y Calidad Ambiental, Ministerio para la Transición Ecológica' }],
  za: [{ en: 'Department of Environmental Affairs' }],
  ar: [{ es: 'Secretaría de Gobierno de Ambiente y Desarrollo Sustentable' }],
  gy: [{ en: 'Environmental Protection Agency' }],
  bt: [{ en: 'National Biodiversity Centre' }],
};

export const CHECKPOINT_NAMES: Readonly<Record<string, readonly LString[]>> = {
  de: [
    { en: 'Federal Agency for Nature Conservation (BfN)' },
    { en: 'German Patent and Trade Mark Office (DPMA)' },
    { en: 'Federal Institute for Drugs and Medical Devices (BfArM)' },
  ],
  dk: [{ en: 'Danish Environmental Protection Agency' }, { en: 'Danish Patent and Trademark Office' }],
  jp: [{ en: 'Ministry of the Environment' }, { en: 'Ministry of Education, Culture, Sports, Science and Technology (MEXT)' }],
  mt: [{ en: 'Environment and Resources Authority' }],
  qa: [{ en: 'Ministry of Municipality and Environment', ar: 'وزارة البلدية والبيئة' }],
  ke: [{ fr: 'Service d’inspection phytosanitaire du Kenya (KEPHIS)' }],
  in: [{ en: 'Controller General of Patents, Designs and Trade Marks' }],
};

interface HandMeasure {
  title: LString;
  kind: MeasureKind;
  year: number;
}

/** Real measures (titles as published); further measures of these countries come from the word lists. */
export const MEASURES: Readonly<Record<string, readonly HandMeasure[]>> = {
  in: [
    { title: { en: 'The Biological Diversity Act, 2002' }, kind: 'law', year: 2002 },
    { title: { en: 'Biological Diversity Rules, 2004' }, kind: 'regulation', year: 2004 },
    { title: { en: 'Guidelines on Access to Biological Resources and Associated Knowledge and Benefits Sharing Regulations, 2014' }, kind: 'guidelines', year: 2014 },
    { title: { en: "The Protection of Plant Varieties and Farmers' Rights Act, 2001" }, kind: 'law', year: 2001 },
    { title: { en: 'Notification of normally traded commodities under section 40 of the Biological Diversity Act, 2002 (S.O. 1352(E))' }, kind: 'order', year: 2009 },
  ],
  ke: [
    // the first two go to the `spanishOnlyTitle` and `hostileMeasure` slots
    { title: { es: 'Ley de Conservación y Gestión de la Vida Silvestre, 2013', en: 'Wildlife Conservation and Management Act, 2013' }, kind: 'law', year: 2013 },
    { title: { en: 'Environmental Management and Coordination Act, 1999' }, kind: 'law', year: 1999 },
    {
      title: {
        en: 'Environmental Management and Coordination (Conservation of Biological Diversity and Resources, Access to Genetic Resources and Benefit Sharing) Regulations, 2006 (Legal Notice No. 160 of 2006), made by the Minister for Environment and Natural Resources under section 147 of the Environmental Management and Coordination Act, 1999',
      },
      kind: 'regulation',
      year: 2006,
    },
    { title: { en: 'Science, Technology and Innovation Act, 2013' }, kind: 'law', year: 2013 },
    { title: { en: 'Protection of Traditional Knowledge and Cultural Expressions Act, 2016' }, kind: 'law', year: 2016 },
  ],
  eu: [
    // the first goes to the `longTitle` slot
    {
      title: {
        en: 'Commission Implementing Regulation (EU) 2015/1866 of 13 October 2015 laying down detailed rules for the implementation of Regulation (EU) No 511/2014 of the European Parliament and of the Council as regards the register of collections, monitoring user compliance and best practices (Official Journal of the European Union, L 275, 20 October 2015)',
        fr: "Règlement d'exécution (UE) 2015/1866 de la Commission du 13 octobre 2015 portant modalités d'application du règlement (UE) n° 511/2014 du Parlement européen et du Conseil en ce qui concerne le registre des collections, la surveillance du respect des obligations par l'utilisateur et les bonnes pratiques",
      },
      kind: 'regulation',
      year: 2015,
    },
    {
      title: {
        en: 'Regulation (EU) No 511/2014 of the European Parliament and of the Council of 16 April 2014 on compliance measures for users from the Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization in the Union',
      },
      kind: 'regulation',
      year: 2014,
    },
    { title: { en: 'Guidance document on the scope of application and core obligations of Regulation (EU) No 511/2014 (2016/C 313/01)' }, kind: 'guidelines', year: 2016 },
  ],
  fr: [
    { title: { fr: "Loi n° 2016-1087 du 8 août 2016 pour la reconquête de la biodiversité, de la nature et des paysages" }, kind: 'law', year: 2016 },
    { title: { fr: "Décret n° 2017-848 du 9 mai 2017 relatif à l'accès aux ressources génétiques et aux connaissances traditionnelles associées et au partage des avantages découlant de leur utilisation" }, kind: 'decree', year: 2017 },
  ],
  by: [{ title: { ru: 'Закон Республики Беларусь «О растительном мире»', en: 'Law of the Republic of Belarus on Plant Life' }, kind: 'law', year: 2016 }],
  cn: [{ title: { zh: '中华人民共和国生物多样性保护与利用条例（草案）', en: 'Regulations on the Protection and Utilization of Biological Diversity (draft)' }, kind: 'regulation', year: 2019 }],
  eg: [{ title: { ar: 'قانون البيئة رقم 4 لسنة 1994', en: 'Law No. 4 of 1994 on the Environment' }, kind: 'law', year: 1994 }],
};

/**
 * Hostile HTML that a sanitizer must neutralize: `window.__xss` lets a test detect that it ran.
 * Kept in one place so tests can look for exactly these strings.
 */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror="window.__xss&&window.__xss()">',
  link: '<a href="javascript:window.__xss()">link</a>',
} as const;
