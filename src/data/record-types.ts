/**
 * Official names and short codes of ABSCH record types, as the portal publishes them.
 * Source: scbd/absch.cbd.int app/app-data/abs/realm-configuration.json (official six-language titles of ABSCH record types),
 * copied from ../shared/data/abs-record-types.json. A name missing in a language falls back through `pickText`.
 */
import type { Locale } from '../i18n/locale.js';

export interface RecordType {
  type: 'national' | 'reference';
  shortCode: string;
  title: Partial<Record<Locale, string>>;
}

export const RECORD_TYPES: Readonly<Record<string, RecordType>> = {
  focalPoint: {
    type: 'national',
    shortCode: 'NFP',
    title: {
      en: "ABS National Focal Point",
      ar: "نقطة الاتصال الوطنية بشأن الحصول على الموارد وتقاسم المنافع",
      es: "Punto focal nacional en materia de APB",
      fr: "Correspondants nationaux de l’APA",
      ru: "Национальный координационный центр по ДГРСИВ",
      zh: "获取和惠益分享国家联络点",
    },
  },
  authority: {
    type: 'national',
    shortCode: 'CNA',
    title: {
      en: "Competent National Authority",
      ar: "السلطة الوطنية المختصة",
      es: "Autoridad Nacional Competente",
      fr: "Autorité nationale compétente",
      ru: "Компетентный национальный орган",
      zh: "国家主管部门",
    },
  },
  measure: {
    type: 'national',
    shortCode: 'MSR',
    title: {
      en: "Legislative, Administrative or Policy Measure",
      ar: "التدبير التشريعي أو الإداري أو السياساتي",
      es: "Medidas legislativas, administrativas o de política",
      fr: "Mesures juridiques, administratives ou politiques",
      ru: "Законодательная, административная и политическая мера",
      zh: "立法、行政或政策措施",
    },
  },
  absProcedure: {
    type: 'national',
    shortCode: 'PRO',
    title: {
      en: "ABS Procedure",
      ar: "إجراء الحصول على الموارد وتقاسم المنافع",
      es: "Procedimiento en materia de APB",
      fr: "Procédures APA",
      ru: "Процедура ДГРСИВ",
      zh: "获取和惠益分享程序",
    },
  },
  absNationalModelContractualClause: {
    type: 'national',
    shortCode: 'NMCC',
    title: {
      en: "National Model Contractual Clause",
      ar: "البند التعاقدي النموذجي الوطني",
      es: "Cláusula contractual modelo nacional",
      fr: "Modèle national de clause contractuelle type",
      ru: "Национальное типовое договорное положение",
      zh: "国家合同条款范文",
    },
  },
  absPermit: {
    type: 'national',
    shortCode: 'IRCC',
    title: {
      en: "Internationally Recognized Certificates of Compliance",
      ar: "شهادة الامتثال المعترف بها دوليًا",
      es: "Certificado de cumplimiento reconocido internacionalmente",
      fr: "Certificat de respect des obligations internationalement reconnu",
      ru: "Международно признанные сертификаты о соответствии требованиям",
      zh: "国际公认合规证书",
    },
  },
  database: {
    type: 'national',
    shortCode: 'NDB',
    title: {
      en: "National Websites or Databases",
      ar: "المواقع الإلكترونية أو قواعد البيانات الوطنية",
      es: "Sitios web o bases de datos nacionales",
      fr: "Base de données ou site Web national",
      ru: "Национальные веб-сайты или базы данных",
      zh: "国家网站或数据库",
    },
  },
  absCheckpoint: {
    type: 'national',
    shortCode: 'CP',
    title: {
      en: "Checkpoint",
      ar: "نقطة تفتيش",
      es: "Punto de verificación",
      fr: "Points de contrôle",
      ru: "Контрольный пункт",
      zh: "检查点",
    },
  },
  absCheckpointCommunique: {
    type: 'national',
    shortCode: 'CPC',
    title: {
      en: "Checkpoint Communiqué",
      ar: "بيان نقطة التفتيش",
      es: "Comunicado del punto de verificación",
      fr: "Communiqués du point de contrôle",
      ru: "Коммюнике контрольных пунктов",
      zh: "检查站公报",
    },
  },
  absNationalReport1: {
    type: 'national',
    shortCode: 'NR1',
    title: {
      en: "1st National Reports on the Implementation of the Nagoya Protocol",
    },
  },
  absNationalReport: {
    type: 'national',
    shortCode: 'NR',
    title: {
      en: "Interim National Reports on the Implementation of the Nagoya Protocol",
      ar: "التقارير الوطنية المؤقتة المتعلقة بتنفيذ بروتوكول ناغويا",
      es: "Informes nacionales provisionales sobre la aplicación del Protocolo de Nagoya",
      fr: "Rapport national intérimaire sur la mise en œuvre du Protocole de Nagoya",
      ru: "Промежуточные национальные доклады об осуществлении Нагойского протокола",
      zh: "《名古屋议定书》执行情况临时国家报告",
    },
  },
  resource: {
    type: 'reference',
    shortCode: 'VLR',
    title: {
      en: "Virtual Library Resource",
      ar: "مصدر ومرجع افتراضي",
      es: "Recursos de la biblioteca virtual",
      fr: "Ressources de la bibliothèque virtuelle",
      ru: "Ресурс виртуальной библиотеки",
      zh: "虚拟图书馆资源",
    },
  },
  organization: {
    type: 'reference',
    shortCode: 'ORG',
    title: {
      en: "Organization",
      ar: "منظمة",
      es: "Organización",
      fr: "Organisation",
      ru: "Организация",
      zh: "机构",
    },
  },
  capacityBuildingInitiative: {
    type: 'reference',
    shortCode: 'CDI',
    title: {
      en: "Capacity Development Initiative",
      ar: "مبادرة لبناء القدرات",
      es: "Iniciativa de desarrollo de las capacidades",
      fr: "Initiative de développement des capacités",
      ru: "Инициатива по развитию потенциала",
      zh: "能力发展倡议",
    },
  },
  modelContractualClause: {
    type: 'reference',
    shortCode: 'A19A20',
    title: {
      en: "Model Contractual Clauses, Codes of Conduct, Guidelines, Best Practices and/or Standard",
      ar: "البنود التعاقدية النموذجية، ومدونات السلوك، والمبادئ التوجيهية، وأفضل الممارسات والمعايير",
      es: "Cláusulas contractuales modelo, códigos de conducta, directrices y prácticas óptimas o normas",
      fr: "Clauses contractuelles types, codes de conduite volontaires, lignes directrices et bonnes pratiques et/ou normes",
      ru: "Типовые договорные положения, кодексы поведения, руководящие указания и передовые методы и/или стандарт",
      zh: "示范合同条款、行为准则、指导方针和最佳做法和/或标准",
    },
  },
  communityProtocol: {
    type: 'reference',
    shortCode: 'CPP',
    title: {
      en: "Community Protocols and Procedures and Customary Law",
      ar: "البروتوكولات والإجراءات المجتمعية والقوانين العرفية",
      es: "Protocolos comunitarios y procedimientos y leyes consuetudinarios",
      fr: "Protocoles et procédures communautaires et lois coutumières",
      ru: "Общинные протоколы и процедуры и норма обычного права",
      zh: "社区协议和程序法及习惯法",
    },
  },
  contact: {
    type: 'national',
    shortCode: 'CON',
    title: {
      en: "Contact",
      ar: "نقطة الاتصال",
      es: "Contacto",
      fr: "Personne-ressource",
      ru: "Контакт",
      zh: "联系方式",
    },
  },
};
