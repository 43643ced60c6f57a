/**
 * Word lists for IRCCs: permit numbers in each issuing country's style, subject matter (what was
 * accessed, and why), and the standard sentences of permits. English, French and Spanish.
 */
import { tri, type Tri } from './phrases.js';

/** Permit reference numbers as the issuing country writes them (the IRCC's title). */
const PERMIT_NUMBERS: Readonly<Record<string, (year: number, n: number) => string>> = {
  in: (y, n) => `NBA/ABS/${y}/${String(n).padStart(4, '0')}`,
  fr: (y, n) => `TREL${String(y).slice(2)}${String(n * 37).padStart(5, '0')}A`,
  ke: (y, n) => `NEMA/AGR/${y}/${String(n).padStart(3, '0')}`,
  pa: (y, n) => `DAPB-${String(n).padStart(3, '0')}-${y}`,
  mx: (y, n) => `SGPA/DGVS/${String(n * 113).padStart(5, '0')}/${String(y).slice(2)}`,
  by: (y, n) => `BY-ABS-${y}-${String(n).padStart(3, '0')}`,
  pe: (y, n) => `RD N° ${String(n).padStart(3, '0')}-${y}-SERFOR-DGGSPFFS`,
  es: (_y, n) => `ESNC${n}`,
  za: (y, n) => `BP-${y}-${String(n).padStart(4, '0')}`,
  ar: (y, n) => `RESOL-${y}-${String(n * 71).padStart(5, '0')}-APN-SGAYDS`,
};

export function permitNumber(gov: string, year: number, n: number): string {
  return PERMIT_NUMBERS[gov]?.(year, n) ?? `${gov.toUpperCase()}-ABS-${year}-${String(n).padStart(3, '0')}`;
}

/** How a permit number reads in a French or Spanish title (an English title is the bare number). */
export const PERMIT_TITLE = {
  fr: (number: string) => `Autorisation d'accès n° ${number}`,
  es: (number: string) => `Permiso de acceso N° ${number}`,
};

export type Category = 'plants' | 'animals' | 'micro' | 'fungi' | 'marine' | 'soil' | 'tk';

const FORMS: Readonly<Record<Exclude<Category, 'tk'>, readonly Tri[]>> = {
  plants: [
    tri('Leaf samples of', 'Échantillons de feuilles de', 'Muestras de hojas de'),
    tri('Seeds of', 'Graines de', 'Semillas de'),
    tri('Root material of', 'Racines de', 'Raíces de'),
    tri('Herbarium specimens of', "Spécimens d'herbier de", 'Especímenes de herbario de'),
    tri('DNA extracts of', "Extraits d'ADN de", 'Extractos de ADN de'),
  ],
  animals: [
    tri('Tissue samples of', 'Échantillons de tissus de', 'Muestras de tejido de'),
    tri('Blood samples of', 'Échantillons de sang de', 'Muestras de sangre de'),
    tri('Venom of', 'Venin de', 'Veneno de'),
  ],
  micro: [tri('Strains of', 'Souches de', 'Cepas de'), tri('Soil isolates of', 'Isolats de sol de', 'Aislados de suelo de')],
  fungi: [tri('Fruiting bodies of', 'Sporophores de', 'Cuerpos fructíferos de'), tri('Cultures of', 'Cultures de', 'Cultivos de')],
  marine: [tri('Marine samples of', 'Échantillons marins de', 'Muestras marinas de')],
  soil: [tri('Soil and water samples containing', "Échantillons de sol et d'eau contenant", 'Muestras de suelo y agua que contienen')],
};

const ORGANISMS: Readonly<Record<Exclude<Category, 'tk'>, readonly string[]>> = {
  plants: [
    'Withania somnifera', 'Azadirachta indica', 'Curcuma longa', 'Moringa oleifera', 'Ocimum tenuiflorum', 'Coffea arabica',
    'Theobroma cacao', 'Vanilla planifolia', 'Prunus africana', 'Warburgia ugandensis', 'Aspalathus linearis',
    'Pelargonium sidoides', 'Piper nigrum', 'Oryza sativa', 'Solanum tuberosum', 'Chenopodium quinoa', 'Lavandula stoechas',
    'Artemisia annua', 'Aloe secundiflora', 'Hoodia gordonii',
  ],
  animals: ['Apis mellifera', 'Naja naja', 'Panthera pardus', 'Holothuria scabra', 'Chelonia mydas', 'Bufo bufo', 'Vicugna vicugna', 'Boophilus microplus'],
  micro: ['Streptomyces spp.', 'Bacillus subtilis', 'Lactobacillus plantarum', 'Pseudomonas fluorescens', 'Thermus aquaticus', 'Rhizobium leguminosarum'],
  fungi: ['Termitomyces spp.', 'Ganoderma lucidum', 'Trichoderma harzianum', 'Aspergillus niger'],
  marine: ['Spongia officinalis', 'Sargassum muticum', 'Posidonia oceanica'],
  soil: ['Actinobacteria', 'Cyanobacteria', 'extremophile archaea'],
};

const PURPOSES_RESEARCH: readonly Tri[] = [
  tri('for taxonomic research', 'à des fins de recherche taxonomique', 'con fines de investigación taxonómica'),
  tri('for phylogenetic studies', 'pour des études phylogénétiques', 'para estudios filogenéticos'),
  tri('for a doctoral thesis on population genetics', "dans le cadre d'une thèse de doctorat en génétique des populations", 'para una tesis doctoral sobre genética de poblaciones'),
  tri('for academic research on secondary metabolites', 'pour une recherche universitaire sur les métabolites secondaires', 'para investigación académica sobre metabolitos secundarios'),
];
const PURPOSES_COMMERCIAL: readonly Tri[] = [
  tri('for screening of bioactive compounds', 'pour le criblage de composés bioactifs', 'para la detección de compuestos bioactivos'),
  tri('for the development of a cosmetic ingredient', "pour le développement d'un ingrédient cosmétique", 'para el desarrollo de un ingrediente cosmético'),
  tri('for breeding of improved varieties', 'pour la sélection de variétés améliorées', 'para el mejoramiento de variedades'),
  tri('for the development of enzymes for industrial use', "pour le développement d'enzymes à usage industriel", 'para el desarrollo de enzimas de uso industrial'),
];

/** `<p>Leaf samples of <em>Curcuma longa</em> for taxonomic research.</p>` in three languages. */
export function subjectMatter(pick: <T>(items: readonly T[]) => T, category: Category, commercial: boolean): Tri {
  const purpose = pick(commercial ? PURPOSES_COMMERCIAL : PURPOSES_RESEARCH);
  if (category === 'tk') {
    const plant = pick(ORGANISMS.plants);
    return tri(
      `<p>Traditional knowledge on the medicinal use of <em>${plant}</em>, shared by the knowledge holders with their <strong>prior informed consent</strong>, ${purpose.en}.</p>`,
      `<p>Connaissances traditionnelles sur l'usage médicinal de <em>${plant}</em>, partagées par leurs détenteurs avec leur <strong>consentement préalable</strong>, ${purpose.fr}.</p>`,
      `<p>Conocimientos tradicionales sobre el uso medicinal de <em>${plant}</em>, compartidos por sus poseedores con su <strong>consentimiento previo</strong>, ${purpose.es}.</p>`,
    );
  }
  const form = pick(FORMS[category]);
  const organism = pick(ORGANISMS[category]);
  return tri(
    `<p>${form.en} <em>${organism}</em> ${purpose.en}.</p>`,
    `<p>${form.fr} <em>${organism}</em> ${purpose.fr}.</p>`,
    `<p>${form.es} <em>${organism}</em> ${purpose.es}.</p>`,
  );
}

export const USAGE_DESCRIPTION: Readonly<Record<'commercial' | 'nonCommercial', Tri>> = {
  commercial: tri(
    'Commercial research and development; benefit-sharing as set out in the mutually agreed terms.',
    'Recherche et développement commerciaux ; partage des avantages selon les conditions convenues d’un commun accord.',
    'Investigación y desarrollo comerciales; participación en los beneficios según las condiciones mutuamente acordadas.',
  ),
  nonCommercial: tri(
    'Non-commercial research only; any change of intent requires a new prior informed consent.',
    'Recherche non commerciale uniquement ; tout changement d’intention exige un nouveau consentement préalable.',
    'Solo investigación no comercial; todo cambio de intención requiere un nuevo consentimiento fundamentado previo.',
  ),
};

export const THIRD_PARTY_CONDITION = tri(
  'Transfer to third parties only with the written consent of the competent national authority and under the same terms.',
  "Transfert à des tiers uniquement avec l'accord écrit de l'autorité nationale compétente et aux mêmes conditions.",
  'Transferencia a terceros solo con el consentimiento escrito de la autoridad nacional competente y en las mismas condiciones.',
);

export const REVOCATION = tri(
  '<p>Revoked at the request of the permit holder: the research project was cancelled before any utilization.</p>',
  "<p>Révoqué à la demande du titulaire : le projet de recherche a été annulé avant toute utilisation.</p>",
  '<p>Revocado a solicitud del titular: el proyecto de investigación se canceló antes de cualquier utilización.</p>',
);

export const UPDATE = tri(
  '<p>Updated to correct the date of expiry.</p>',
  "<p>Mis à jour pour corriger la date d'expiration.</p>",
  '<p>Actualizado para corregir la fecha de vencimiento.</p>',
);
