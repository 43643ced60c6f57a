/**
 * Word lists for the titles and summaries of national records, in English, French and Spanish (the
 * languages ABSCH records are mostly written in). Hand-written per-country names are in national-names.ts.
 */
export interface Tri {
  en: string;
  fr: string;
  es: string;
}
export const tri = (en: string, fr: string, es: string): Tri => ({ en, fr, es });

/** The same markup appended to every language (hostile HTML for the sanitizer fixtures). */
export function appendToAll(text: Tri, html: string): Tri {
  return tri(text.en + html, text.fr + html, text.es + html);
}

export const MINISTRIES: readonly Tri[] = [
  tri('Ministry of Environment', "Ministère de l'Environnement", 'Ministerio de Ambiente'),
  tri('Ministry of Environment and Natural Resources', "Ministère de l'Environnement et des Ressources naturelles", 'Ministerio de Ambiente y Recursos Naturales'),
  tri('Ministry of Environment and Sustainable Development', "Ministère de l'Environnement et du Développement durable", 'Ministerio de Ambiente y Desarrollo Sostenible'),
  tri('Ministry of Agriculture, Forestry and Fisheries', "Ministère de l'Agriculture, des Forêts et de la Pêche", 'Ministerio de Agricultura, Silvicultura y Pesca'),
  tri('Department of Environment and Climate Change', "Département de l'environnement et du changement climatique", 'Departamento de Medio Ambiente y Cambio Climático'),
  tri('Ministry of Foreign Affairs', 'Ministère des Affaires étrangères', 'Ministerio de Relaciones Exteriores'),
  tri('National Biodiversity Secretariat', 'Secrétariat national de la biodiversité', 'Secretaría Nacional de Biodiversidad'),
  tri('Environmental Protection Agency', "Agence de protection de l'environnement", 'Agencia de Protección Ambiental'),
  tri('Ministry of Ecology and Natural Resources', "Ministère de l'Écologie et des Ressources naturelles", 'Ministerio de Ecología y Recursos Naturales'),
  tri('Ministry of Tourism, Environment and Culture', "Ministère du Tourisme, de l'Environnement et de la Culture", 'Ministerio de Turismo, Ambiente y Cultura'),
];

export const DIVISIONS: readonly Tri[] = [
  tri('Biodiversity Division', 'Direction de la biodiversité', 'Dirección de Biodiversidad'),
  tri('Department of Nature Conservation', 'Service de la conservation de la nature', 'Departamento de Conservación de la Naturaleza'),
  tri('Office of International Environmental Affairs', 'Bureau des affaires environnementales internationales', 'Oficina de Asuntos Ambientales Internacionales'),
];

export const AUTHORITIES: readonly Tri[] = [
  tri('National Environment Agency', "Agence nationale de l'environnement", 'Agencia Nacional del Ambiente'),
  tri('Directorate of Biodiversity', 'Direction de la biodiversité', 'Dirección de Biodiversidad'),
  tri('Department of Forestry and Wildlife', 'Département des forêts et de la faune', 'Departamento de Bosques y Vida Silvestre'),
  tri('National Biodiversity Council', 'Conseil national de la biodiversité', 'Consejo Nacional de Biodiversidad'),
  tri('National Institute of Agricultural Research', 'Institut national de la recherche agronomique', 'Instituto Nacional de Investigación Agraria'),
  tri('Directorate of Fisheries and Aquatic Resources', 'Direction des pêches et des ressources aquatiques', 'Dirección de Pesca y Recursos Acuáticos'),
  tri('National Genetic Resources Centre', 'Centre national des ressources génétiques', 'Centro Nacional de Recursos Genéticos'),
  tri('National Commission for Science and Technology', 'Commission nationale pour la science et la technologie', 'Comisión Nacional de Ciencia y Tecnología'),
  tri('Ministry of Health, Traditional Medicine Unit', 'Ministère de la Santé, Unité de médecine traditionnelle', 'Ministerio de Salud, Unidad de Medicina Tradicional'),
  tri('Protected Areas Authority', 'Office des aires protégées', 'Autoridad de Áreas Protegidas'),
];

export const CHECKPOINTS: readonly Tri[] = [
  tri('National Intellectual Property Office', 'Office national de la propriété intellectuelle', 'Oficina Nacional de Propiedad Intelectual'),
  tri('Customs Administration', 'Administration des douanes', 'Administración de Aduanas'),
  tri('National Research Funding Agency', 'Agence nationale de financement de la recherche', 'Agencia Nacional de Financiamiento de la Investigación'),
  tri('Medicines Regulatory Authority', 'Autorité de réglementation des médicaments', 'Autoridad Reguladora de Medicamentos'),
  tri('National Plant Protection Organization', 'Organisation nationale de la protection des végétaux', 'Organización Nacional de Protección Fitosanitaria'),
  tri('ABS Compliance Unit, Ministry of Environment', "Cellule de conformité APA, Ministère de l'Environnement", 'Unidad de Cumplimiento de APB, Ministerio de Ambiente'),
  tri('Agricultural Products Registration Office', "Bureau d'enregistrement des produits agricoles", 'Oficina de Registro de Productos Agrícolas'),
];

export const DATABASES: readonly Tri[] = [
  tri('National Clearing-House Mechanism', "Centre d'échange national", 'Mecanismo Nacional de Facilitación'),
  tri('National ABS website', 'Site web national APA', 'Sitio web nacional de APB'),
  tri('National Biodiversity Information System', "Système national d'information sur la biodiversité", 'Sistema Nacional de Información sobre Biodiversidad'),
  tri('Register of access permits', "Registre des autorisations d'accès", 'Registro de permisos de acceso'),
  tri('National genebank information system', "Système d'information de la banque de gènes nationale", 'Sistema de información del banco nacional de germoplasma'),
];

export const PROCEDURES: readonly Tri[] = [
  tri(
    'Procedure for obtaining prior informed consent (PIC) and establishing mutually agreed terms (MAT)',
    "Procédure d'obtention du consentement préalable en connaissance de cause (CPCC) et d'établissement de conditions convenues d'un commun accord (CCCA)",
    'Procedimiento para obtener el consentimiento fundamentado previo (CFP) y establecer condiciones mutuamente acordadas (CMA)',
  ),
  tri(
    'Application procedure for access to genetic resources for non-commercial research',
    "Procédure de demande d'accès aux ressources génétiques à des fins de recherche non commerciale",
    'Procedimiento de solicitud de acceso a recursos genéticos para investigación no comercial',
  ),
  tri('Step-by-step guide to the access permit application', "Guide pas à pas de la demande d'autorisation d'accès", 'Guía paso a paso para la solicitud de permiso de acceso'),
];

export const MODEL_CLAUSE = tri(
  'Model Material Transfer Agreement for access to genetic resources for research purposes',
  "Modèle d'accord de transfert de matériel pour l'accès aux ressources génétiques à des fins de recherche",
  'Modelo de acuerdo de transferencia de material para el acceso a recursos genéticos con fines de investigación',
);

export const INTERIM_REPORT = tri(
  'Interim National Report on the Implementation of the Nagoya Protocol',
  'Rapport national intérimaire sur la mise en œuvre du Protocole de Nagoya',
  'Informe nacional provisional sobre la aplicación del Protocolo de Nagoya',
);

/** Subjects of measures; `fr` and `es` are written to follow "relative" / a noun directly. */
export const MEASURE_TOPICS: readonly Tri[] = [
  tri('Biological Diversity', 'à la diversité biologique', 'sobre Diversidad Biológica'),
  tri('Access to Genetic Resources and Benefit-sharing', "à l'accès aux ressources génétiques et au partage des avantages", 'sobre Acceso a los Recursos Genéticos y Participación en los Beneficios'),
  tri('Environmental Management', "à la gestion de l'environnement", 'sobre Gestión Ambiental'),
  tri('Wildlife Conservation', 'à la conservation de la faune sauvage', 'sobre Conservación de la Vida Silvestre'),
  tri('Forest Management', 'à la gestion des forêts', 'sobre Manejo Forestal'),
  tri('Protection of Traditional Knowledge', 'à la protection des connaissances traditionnelles', 'sobre Protección de los Conocimientos Tradicionales'),
  tri('Scientific Research Permits', 'aux autorisations de recherche scientifique', 'sobre Permisos de Investigación Científica'),
  tri('Plant Genetic Resources for Food and Agriculture', "aux ressources phytogénétiques pour l'alimentation et l'agriculture", 'sobre Recursos Fitogenéticos para la Alimentación y la Agricultura'),
  tri('Marine and Coastal Resources', 'aux ressources marines et côtières', 'sobre Recursos Marinos y Costeros'),
  tri('Protected Areas', 'aux aires protégées', 'sobre Áreas Protegidas'),
];

export type MeasureKind = 'law' | 'regulation' | 'decree' | 'order' | 'policy' | 'guidelines';

/** A measure title of a kind, about a topic; `n` is a plausible document number. */
export function measureTitle(kind: MeasureKind, topic: Tri, year: number, n: number): Tri {
  switch (kind) {
    case 'law':
      return tri(`${topic.en} Act, ${year}`, `Loi n° ${year}-${n} relative ${topic.fr}`, `Ley N° ${n} ${topic.es}`);
    case 'regulation':
      return tri(`${topic.en} Regulations, ${year}`, `Règlement d'application de ${year} relatif ${topic.fr}`, `Reglamento ${topic.es} (${year})`);
    case 'decree':
      return tri(`Decree No. ${n}/${year} on ${topic.en}`, `Décret n° ${year}-${n} relatif ${topic.fr}`, `Decreto Ejecutivo N° ${n}-${year} ${topic.es}`);
    case 'order':
      return tri(`Ministerial Order No. ${n} of ${year} on ${topic.en}`, `Arrêté ministériel n° ${n} de ${year} relatif ${topic.fr}`, `Resolución Ministerial N° ${n}-${year} ${topic.es}`);
    case 'policy':
      return tri(`National Policy on ${topic.en} (${year})`, `Politique nationale relative ${topic.fr} (${year})`, `Política Nacional ${topic.es} (${year})`);
    case 'guidelines':
      return tri(`Guidelines on ${topic.en}`, `Lignes directrices relatives ${topic.fr}`, `Directrices ${topic.es}`);
  }
}

/** Measure summaries: HTML as the real records have it (paragraphs, emphasis, links, lists). */
export function measureSummary(topic: Tri, variant: number, link: string): Tri {
  switch (variant % 3) {
    case 0:
      return tri(
        `<p>Establishes the legal framework for ${topic.en.toLowerCase()} and designates the competent national authority for <strong>prior informed consent</strong> and mutually agreed terms.</p>`,
        `<p>Établit le cadre juridique relatif ${topic.fr} et désigne l'autorité nationale compétente pour le <strong>consentement préalable en connaissance de cause</strong> et les conditions convenues d'un commun accord.</p>`,
        `<p>Establece el marco jurídico ${topic.es.toLowerCase()} y designa a la autoridad nacional competente para el <strong>consentimiento fundamentado previo</strong> y las condiciones mutuamente acordadas.</p>`,
      );
    case 1:
      return tri(
        `<p>Regulates ${topic.en.toLowerCase()}. The full text is published in the <a href="${link}">national legal database</a>.</p>`,
        `<p>Réglemente les questions relatives ${topic.fr}. Le texte intégral est publié dans la <a href="${link}">base de données juridique nationale</a>.</p>`,
        `<p>Regula las cuestiones ${topic.es.toLowerCase()}. El texto completo está publicado en la <a href="${link}">base de datos jurídica nacional</a>.</p>`,
      );
    default:
      return tri(
        '<p>Main provisions:</p><ul><li>access permits for research and commercial use</li><li>benefit-sharing agreements</li><li>monitoring of the utilization of genetic resources</li></ul>',
        "<p>Principales dispositions :</p><ul><li>autorisations d'accès pour la recherche et l'usage commercial</li><li>accords de partage des avantages</li><li>suivi de l'utilisation des ressources génétiques</li></ul>",
        '<p>Disposiciones principales:</p><ul><li>permisos de acceso para investigación y uso comercial</li><li>acuerdos de participación en los beneficios</li><li>seguimiento de la utilización de los recursos genéticos</li></ul>',
      );
  }
}

/** A generic description for authorities, checkpoints, procedures and databases. */
export const DESCRIPTIONS: Readonly<Record<'authority' | 'checkpoint' | 'procedure' | 'database', Tri>> = {
  authority: tri(
    '<p>Grants access to genetic resources on behalf of the State, issues permits and negotiates benefit-sharing agreements.</p>',
    "<p>Accorde l'accès aux ressources génétiques au nom de l'État, délivre les autorisations et négocie les accords de partage des avantages.</p>",
    '<p>Otorga el acceso a los recursos genéticos en nombre del Estado, expide los permisos y negocia los acuerdos de participación en los beneficios.</p>',
  ),
  checkpoint: tri(
    '<p>Collects information on the utilization of genetic resources at the stage of <strong>research funding</strong> and product approval.</p>',
    "<p>Recueille des informations sur l'utilisation des ressources génétiques au stade du <strong>financement de la recherche</strong> et de l'homologation des produits.</p>",
    '<p>Recopila información sobre la utilización de los recursos genéticos en la etapa de <strong>financiación de la investigación</strong> y de aprobación de productos.</p>',
  ),
  procedure: tri(
    '<p>Applicants submit the form to the competent national authority, which decides within 90 days. <strong>Fees</strong> apply to commercial applications.</p>',
    "<p>Les demandeurs soumettent le formulaire à l'autorité nationale compétente, qui statue dans un délai de 90 jours. Des <strong>frais</strong> s'appliquent aux demandes commerciales.</p>",
    '<p>Los solicitantes presentan el formulario a la autoridad nacional competente, que decide en un plazo de 90 días. Las solicitudes comerciales están sujetas a <strong>tasas</strong>.</p>',
  ),
  database: tri(
    '<p>Official national portal with legislation, procedures, permits and contacts on access and benefit-sharing.</p>',
    "<p>Portail national officiel : législation, procédures, autorisations et contacts sur l'accès et le partage des avantages.</p>",
    '<p>Portal nacional oficial con legislación, procedimientos, permisos y contactos sobre acceso y participación en los beneficios.</p>',
  ),
};
