/** Word lists for reference records (library and capacity-building resources, initiatives, model clauses, community protocols). */
import type { LString } from '../types.js';
import { tri, type Tri } from './phrases.js';

export const LIBRARY_KINDS: readonly Tri[] = [
  tri('Factsheet', "Fiche d'information", 'Hoja informativa'),
  tri('Guide', 'Guide', 'Guía'),
  tri('Study', 'Étude', 'Estudio'),
  tri('Policy brief', "Note d'orientation", 'Nota de política'),
  tri('Handbook', 'Manuel', 'Manual'),
  tri('Report', 'Rapport', 'Informe'),
];

export const TRAINING_KINDS: readonly Tri[] = [
  tri('Training module', 'Module de formation', 'Módulo de capacitación'),
  tri('E-learning course', 'Cours en ligne', 'Curso en línea'),
  tri('Toolkit', 'Boîte à outils', 'Caja de herramientas'),
  tri('Workshop report', "Rapport d'atelier", 'Informe del taller'),
];

export const SUBJECTS: readonly Tri[] = [
  tri('the Nagoya Protocol', 'le Protocole de Nagoya', 'el Protocolo de Nagoya'),
  tri('access to genetic resources', "l'accès aux ressources génétiques", 'el acceso a los recursos genéticos'),
  tri('benefit-sharing', 'le partage des avantages', 'la participación en los beneficios'),
  tri('prior informed consent', 'le consentement préalable en connaissance de cause', 'el consentimiento fundamentado previo'),
  tri('mutually agreed terms', "les conditions convenues d'un commun accord", 'las condiciones mutuamente acordadas'),
  tri('traditional knowledge associated with genetic resources', 'les connaissances traditionnelles associées aux ressources génétiques', 'los conocimientos tradicionales asociados a los recursos genéticos'),
  tri('checkpoints and monitoring', 'les points de contrôle et la surveillance', 'los puntos de verificación y la vigilancia'),
  tri('the ABS Clearing-House', "le Centre d'échange sur l'APA", 'el Centro de Intercambio de Información sobre APB'),
  tri('internationally recognized certificates of compliance', 'les certificats de conformité reconnus au niveau international', 'los certificados de cumplimiento reconocidos internacionalmente'),
  tri('digital sequence information', "l'information de séquençage numérique", 'la información digital sobre secuencias'),
  tri('ABS in the cosmetics sector', "l'APA dans le secteur des cosmétiques", 'el APB en el sector cosmético'),
];

/** `Guide on the Nagoya Protocol (2016)` */
export function aboutTitle(kind: Tri, subject: Tri, year: number): Tri {
  return tri(`${kind.en} on ${subject.en} (${year})`, `${kind.fr} sur ${subject.fr} (${year})`, `${kind.es} sobre ${subject.es} (${year})`);
}

export function resourceSummary(link: string): Tri {
  return tri(
    `<p>For national authorities, researchers and indigenous peoples and local communities. <a href="${link}">Download the document</a>.</p>`,
    `<p>Destiné aux autorités nationales, aux chercheurs et aux peuples autochtones et communautés locales. <a href="${link}">Télécharger le document</a>.</p>`,
    `<p>Dirigido a las autoridades nacionales, los investigadores y los pueblos indígenas y comunidades locales. <a href="${link}">Descargar el documento</a>.</p>`,
  );
}

export const PROGRAMMES: readonly Tri[] = [
  tri('ABS Capacity Development Initiative', "Initiative de renforcement des capacités sur l'APA", 'Iniciativa para el desarrollo de capacidades en APB'),
  tri('Bio-Bridge Initiative project', "Projet de l'Initiative Bio-Bridge", 'Proyecto de la Iniciativa Bio-Bridge'),
  tri('Global ABS Project', 'Projet mondial sur l’APA', 'Proyecto mundial sobre APB'),
  tri('Regional training workshop', 'Atelier régional de formation', 'Taller regional de capacitación'),
  tri('Strengthening national ABS frameworks', "Renforcement des cadres nationaux d'APA", 'Fortalecimiento de los marcos nacionales de APB'),
];

export const REGIONS: readonly Tri[] = [
  tri('in Africa', 'en Afrique', 'en África'),
  tri('in the Pacific', 'dans le Pacifique', 'en el Pacífico'),
  tri('in Latin America and the Caribbean', 'en Amérique latine et dans les Caraïbes', 'en América Latina y el Caribe'),
  tri('in Asia', 'en Asie', 'en Asia'),
  tri('in Central and Eastern Europe', 'en Europe centrale et orientale', 'en Europa Central y Oriental'),
];

export const CLAUSE_KINDS: readonly Tri[] = [
  tri('Model material transfer agreement for', "Modèle d'accord de transfert de matériel pour", 'Modelo de acuerdo de transferencia de material para'),
  tri('Code of conduct for', 'Code de conduite pour', 'Código de conducta para'),
  tri('Best practice guidelines for', 'Lignes directrices de bonnes pratiques pour', 'Directrices de buenas prácticas para'),
];

export const SECTORS: readonly Tri[] = [
  tri('botanic gardens', 'les jardins botaniques', 'jardines botánicos'),
  tri('culture collections', 'les collections de cultures', 'colecciones de cultivos'),
  tri('the cosmetics industry', "l'industrie cosmétique", 'la industria cosmética'),
  tri('academic researchers', 'les chercheurs universitaires', 'investigadores académicos'),
  tri('seed banks', 'les banques de semences', 'bancos de semillas'),
  tri('the pharmaceutical sector', 'le secteur pharmaceutique', 'el sector farmacéutico'),
];

/** Community protocols; the first six belong to a country, the others are regional or generic. */
export const COMMUNITY_PROTOCOLS: readonly (readonly [string | undefined, LString])[] = [
  ['za', { en: 'Bushbuckridge Traditional Health Practitioners Biocultural Community Protocol' }],
  ['in', { en: 'Biocultural Community Protocol of the Raika Pastoralists of Rajasthan' }],
  ['pe', { es: 'Protocolo biocultural del Parque de la Papa', en: 'Potato Park Biocultural Protocol' }],
  ['ke', { en: 'Biocultural Community Protocol of the Samburu Livestock Keepers' }],
  ['bj', { fr: 'Protocole communautaire bioculturel des tradipraticiens de santé de la commune de Ouidah' }],
  ['mx', { es: 'Protocolo comunitario biocultural de las comunidades mayas de la península de Yucatán' }],
  [undefined, { en: 'Community protocol template for indigenous peoples and local communities' }],
  [undefined, { en: 'Pacific regional guide to developing community protocols', fr: 'Guide régional du Pacifique pour l’élaboration de protocoles communautaires' }],
  [undefined, { en: 'Customary law and community protocols: a practitioners’ handbook' }],
  [undefined, { es: 'Guía para la elaboración de protocolos comunitarios bioculturales en los Andes', en: 'Guide to developing biocultural community protocols in the Andes' }],
];

/** Titles of 300+ characters, as some real records have: one per reference type (with two national ones). */
export const LONG_TITLES: Readonly<Record<'resource' | 'capacityBuildingInitiative' | 'modelContractualClause', string>> = {
  resource:
    'Study into criteria to identify a specialized international access and benefit-sharing instrument, and a possible process for its recognition, including an analysis of the relationship between the Nagoya Protocol and other international instruments and processes on genetic resources, prepared for the Subsidiary Body on Implementation at its second meeting',
  capacityBuildingInitiative:
    'Strengthening human resources, legal frameworks and institutional capacities to implement the Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization in African, Caribbean and Pacific countries (ABS Capacity Development Initiative, phase III, 2015–2020)',
  modelContractualClause:
    'Guidelines for the development of mutually agreed terms and model contractual clauses for access to genetic resources and associated traditional knowledge held by indigenous peoples and local communities, with sectoral annexes for the cosmetics, pharmaceutical, food and beverage, agricultural and biotechnology sectors',
};
