/**
 * Which fields of a record `<absch-record>` shows, in which order, with which label, per record type.
 * The field names are the API's (scbd/clearing-house-documentation components/<schema>/request-body.md);
 * the order is the portal's (scbd/absch.cbd.int app/views/forms/view/…/view-*.directive.html). Older
 * names are read only where one of these sources still shows them. Data only: the templates that
 * render each kind of value are in fields.ts. A record type without a layout gets the generic one,
 * which lists every field of the record it can read.
 */
import { msg } from '@lit/localize';
import { LOCALES } from '../../i18n/locale.js';

/** How a value is read and shown. */
export type FieldKind =
  /** the record's UID (not a body field) */
  | 'uid'
  /** a country term `{identifier: 'ke'}` (or several) */
  | 'country'
  /** an lstring shown as text (names, numbers) */
  | 'text'
  /** an lstring holding HTML: sanitized */
  | 'html'
  /** a plain string or number */
  | 'string'
  /** `YYYY-MM-DD` */
  | 'date'
  /** `YYYY-MM-DD`, marked when past */
  | 'expiry'
  | 'boolean'
  /** thesaurus terms `{identifier, customValue?}` (one or several) */
  | 'term'
  /** references to other records `{identifier: 'GUID@rev'}` (one or several), named from the linked record */
  | 'reference'
  /** links `{url, name?, language?}` (one or several) */
  | 'link'
  /** strings (phones) */
  | 'strings'
  /** e-mail addresses */
  | 'email'
  /** the address keys (ADDRESS_KEYS) together */
  | 'address'
  /** a person's title and names (PERSON_KEYS) on one line */
  | 'person'
  /** `duration` (a number) in `durationPeriod` units (`Days`, `Months`, `Years`) */
  | 'duration';

export interface FieldSpec {
  /** body keys holding the value; the first present wins (current name, then legacy names) */
  keys: readonly string[];
  kind: FieldKind;
  /** the label, in the interface language; absent for generic fields (humanized key, in English) */
  label?: () => string;
  /** body key of the boolean that makes the field confidential */
  confidential?: string;
}

export interface Layout {
  /** keys of the lstring that titles the record, the first present wins */
  title: readonly string[];
  fields: readonly FieldSpec[];
}

const field = (keys: string | readonly string[], kind: FieldKind, label: () => string, confidential?: string): FieldSpec => ({
  keys: typeof keys === 'string' ? [keys] : keys,
  kind,
  label,
  ...(confidential ? { confidential } : {}),
});

/** Labels used by more than one layout: one message each. */
const summaryLabel = () => msg('Summary', { id: 'record-field-summary' });
const descriptionLabel = () => msg('Description', { id: 'record-field-description' });
const responsibilitiesLabel = () => msg('Responsibilities', { id: 'record-field-responsibilities' });
const picGrantedToLabel = () => msg('Person or entity to whom prior informed consent was granted', { id: 'record-field-pic-granted-to' });

const uid = () => field('@uid', 'uid', () => msg('Unique identifier', { id: 'record-field-uid' }));
const country = () => field('government', 'country', () => msg('Country', { id: 'record-field-country' }));
const address = () => field(ADDRESS_KEYS, 'address', () => msg('Address', { id: 'record-field-address' }));
const phones = () => field('phones', 'strings', () => msg('Telephone', { id: 'record-field-phones' }));
const faxes = () => field('faxes', 'strings', () => msg('Fax', { id: 'record-field-faxes' }));
const emails = () => field('emails', 'email', () => msg('E-mail', { id: 'record-field-emails' }));
// `website` (one link): the portal's database viewer still reads it (view-database.directive.html).
const websites = () => field(['websites', 'website'], 'link', () => msg('Websites', { id: 'record-field-websites' }));
const contacts = () => field('contacts', 'reference', () => msg('Contacts', { id: 'record-field-contacts' }));
const keywords = () => field('keywords', 'term', () => msg('Keywords', { id: 'record-field-keywords' }));
const keywordOther = () => field('keywordOther', 'text', () => msg('Other keywords', { id: 'record-field-keyword-other' }));
const usages = () => field('usages', 'term', () => msg('Usage', { id: 'record-field-usages' }), 'usagesConfidential');
const subjectMatter = () => field('subjectMatter', 'html', () => msg('Subject matter', { id: 'record-field-subject-matter' }), 'subjectMatterConfidential');
const specimens = () => field('specimens', 'link', () => msg('Specimen data', { id: 'record-field-specimens' }));
const taxonomies = () => field('taxonomies', 'link', () => msg('Taxonomy', { id: 'record-field-taxonomies' }));
const gisFiles = () => field('gisFiles', 'link', () => msg('Geographic coordinates', { id: 'record-field-gis-files' }));
const relevantInformation = () => field('relevantInformation', 'html', () => msg('Additional information', { id: 'record-field-relevant-information' }));
const relevantDocuments = () => field('relevantDocuments', 'link', () => msg('Other relevant documents', { id: 'record-field-relevant-documents' }));

/** The keys an address is made of, in the order they are shown (CNA: `address`; focal points: `addressLine1/2`). */
export const ADDRESS_KEYS = ['address', 'addressLine1', 'addressLine2', 'city', 'state', 'postalCode', 'country'] as const;
/** A person's name, in the order the portal writes it (view-focalpoint.directive.html: title, first and last name). */
export const PERSON_KEYS = ['title', 'firstName', 'middleName', 'lastName'] as const;

/** IRCC: components/ircc/request-body.md; the portal's order, view-abs-permit.directive.html. */
const IRCC: Layout = {
  title: ['title'],
  fields: [
    uid(),
    country(),
    field('absCNA', 'reference', () => msg('Issuing competent national authority', { id: 'record-field-issuing-cna' })),
    field('referenceToNationalPermit', 'text', () => msg('Reference number of the permit or its equivalent', { id: 'record-field-permit-reference' })),
    field('dateOfIssuance', 'date', () => msg('Date of issuance', { id: 'record-field-date-of-issuance' })),
    field('dateOfExpiry', 'expiry', () => msg('Date of expiry', { id: 'record-field-date-of-expiry' })),
    field('providers', 'reference', () => msg('Provider', { id: 'record-field-providers' }), 'providersConfidential'),
    field('entitiesToWhomPICGranted', 'reference', picGrantedToLabel, 'entitiesToWhomPICGrantedConfidential'),
    subjectMatter(),
    keywords(),
    keywordOther(),
    field('picGranted', 'boolean', () => msg('Prior informed consent granted', { id: 'record-field-pic-granted' })),
    field('picInformation', 'html', () => msg('Information on the prior informed consent', { id: 'record-field-pic-information' })),
    field('picDocuments', 'link', () => msg('Documents on the prior informed consent', { id: 'record-field-pic-documents' })),
    specimens(),
    taxonomies(),
    gisFiles(),
    field('matEstablished', 'boolean', () => msg('Mutually agreed terms established', { id: 'record-field-mat-established' })),
    field('matInformation', 'html', () => msg('Information on the mutually agreed terms', { id: 'record-field-mat-information' })),
    field('matDocuments', 'link', () => msg('Documents on the mutually agreed terms', { id: 'record-field-mat-documents' })),
    usages(),
    field('usagesDescription', 'html', () => msg('Description of the usage', { id: 'record-field-usage-description' })),
    field('thirdPartyTransferCondition', 'html', () => msg('Conditions for third-party transfer', { id: 'record-field-third-party-transfer' })),
    field('permitFiles', 'link', () => msg('Permit or its equivalent', { id: 'record-field-permit-files' })),
    field('permitDescription', 'html', () => msg('Description of the permit', { id: 'record-field-permit-description' })),
    // request-body.md names it `relatedIRCC`; the portal's viewer reads `relatedIRCCs`: both are read.
    field(['relatedIRCCs', 'relatedIRCC'], 'reference', () => msg('Related certificates', { id: 'record-field-related-irccs' })),
    relevantInformation(),
    relevantDocuments(),
  ],
};

/** CNA: components/cna/request-body.md, which keeps the older `abs…` names beside the new ones; view-authority.directive.html. */
const AUTHORITY: Layout = {
  title: ['name', 'title'],
  fields: [
    uid(),
    country(),
    field('responsibilities', 'html', responsibilitiesLabel),
    field(['responsibleForAll', 'absResponsibleForAll'], 'boolean', () => msg('Responsible for all genetic resources', { id: 'record-field-responsible-for-all' })),
    field(['absJurisdiction', 'jurisdiction'], 'term', jurisdictionLabel),
    field(['absJurisdictionName', 'jurisdictionName'], 'text', jurisdictionNameLabel),
    field('absGeneticResourceTypes', 'term', () => msg('Types of genetic resources', { id: 'record-field-genetic-resource-types' })),
    field('absGeneticResourceAreas', 'term', () => msg('Areas of genetic resources', { id: 'record-field-genetic-resource-areas' })),
    field(['functions', 'absFunctions'], 'term', () => msg('Functions', { id: 'record-field-functions' })),
    field(['policyBasisForCompetency', 'absPolicyBasisForCompetency'], 'html', () => msg('Policy basis for competency', { id: 'record-field-policy-basis' })),
    field(['policyBasisForCompetencyRef', 'absPolicyBasisForCompetencyRef'], 'reference', () => msg('Measures on which the competency is based', { id: 'record-field-policy-basis-measures' })),
    address(),
    phones(),
    faxes(),
    emails(),
    websites(),
    contacts(),
    relevantInformation(),
    relevantDocuments(),
  ],
};

function jurisdictionLabel(): string {
  return msg('Jurisdiction', { id: 'record-field-jurisdiction' });
}
function jurisdictionNameLabel(): string {
  return msg('Name of the jurisdiction', { id: 'record-field-jurisdiction-name' });
}
const jurisdiction = () => field('jurisdiction', 'term', jurisdictionLabel);
const jurisdictionName = () => field('jurisdictionName', 'text', jurisdictionNameLabel);

/** Measure: components/msr/request-body.md; the portal's order, view-measure.directive.html. */
const MEASURE: Layout = {
  title: ['title'],
  fields: [
    uid(),
    country(),
    field('description', 'html', descriptionLabel),
    jurisdiction(),
    jurisdictionName(),
    field('jurisdictionRegions', 'term', () => msg('Countries or regions of the jurisdiction', { id: 'record-field-jurisdiction-regions' })),
    field('status', 'term', () => msg('Status', { id: 'record-field-measure-status' })),
    field('adoption', 'date', () => msg('Date of adoption', { id: 'record-field-adoption' })),
    field('entryIntoForce', 'date', () => msg('Date of entry into force', { id: 'record-field-entry-into-force' })),
    field('retired', 'date', () => msg('No longer in force since', { id: 'record-field-retired' })),
    field('limitedApplication', 'date', () => msg('In force until', { id: 'record-field-limited-application' })),
    field('type', 'term', () => msg('Type of document', { id: 'record-field-measure-type' })),
    field('otherTypeName', 'text', () => msg('Other type of document', { id: 'record-field-other-type' })),
    field('documents', 'link', () => msg('Text of the measure', { id: 'record-field-measure-documents' })),
    field('documentTranslations', 'link', () => msg('Translations of the text', { id: 'record-field-measure-translations' })),
    field('amendedMeasures', 'reference', () => msg('Measures it amends', { id: 'record-field-amended-measures' })),
    field('amendmentsDescription', 'html', () => msg('Summary of the amendments', { id: 'record-field-amendments-description' })),
    field('authorities', 'reference', () => msg('Contact institutions', { id: 'record-field-authorities' })),
    field('linkedMeasures', 'reference', () => msg('Related measures', { id: 'record-field-related-measures' })),
    field('linkedMeasuresDescription', 'html', () => msg('Relationship with the related measures', { id: 'record-field-linked-measures-description' })),
    relevantInformation(),
    relevantDocuments(),
  ],
};

/** Checkpoint: components/cp/request-body.md; the portal's order, view-abs-checkpoint.directive.html. */
const CHECKPOINT: Layout = {
  title: ['name'],
  fields: [
    uid(),
    country(),
    field('responsibilities', 'html', responsibilitiesLabel),
    jurisdiction(),
    jurisdictionName(),
    field('informAllAuthorities', 'boolean', () => msg('Communiqués go to every competent national authority', { id: 'record-field-inform-all-authorities' })),
    // `authoritiesToInform`: the older name the portal's viewer still reads.
    field(['contactsToInform', 'authoritiesToInform'], 'reference', () => msg('Authorities that receive its communiqués', { id: 'record-field-contacts-to-inform' })),
    relevantInformation(),
    relevantDocuments(),
  ],
};

/** Checkpoint communiqué: components/cpc/request-body.md; view-abs-checkpoint-communique.directive.html. */
const COMMUNIQUE: Layout = {
  title: ['title'],
  fields: [
    uid(),
    country(),
    field('absCheckpoints', 'reference', () => msg('Checkpoint', { id: 'record-field-checkpoints' })),
    field('absIRCCs', 'reference', () => msg('Certificates of compliance concerned', { id: 'record-field-irccs' })),
    field('sourceCountries', 'country', () => msg('Countries providing the genetic resources', { id: 'record-field-source-countries' })),
    specimens(),
    taxonomies(),
    gisFiles(),
    subjectMatter(),
    field('evidenceOfPIC', 'html', () => msg('Evidence of prior informed consent', { id: 'record-field-evidence-of-pic' })),
    field('evidenceOfMAT', 'html', () => msg('Evidence of mutually agreed terms', { id: 'record-field-evidence-of-mat' })),
    field('entityToWhomPICGranted', 'reference', picGrantedToLabel),
    field('personsAtCheckpoint', 'reference', () => msg('Who made the information available to the checkpoint', { id: 'record-field-persons-at-checkpoint' })),
    field('entityWhoGrantedPIC', 'reference', () => msg('Who granted prior informed consent', { id: 'record-field-pic-granted-by' })),
    keywords(),
    field('dateOfAccess', 'date', () => msg('Date of access', { id: 'record-field-date-of-access' })),
    keywordOther(),
    field('description', 'html', descriptionLabel),
    field('dateCollected', 'date', () => msg('Date the information was collected', { id: 'record-field-date-collected' })),
    relevantInformation(),
    relevantDocuments(),
  ],
};

/** National focal point: components/nfp/request-body.md; the portal's order, scbd/view-focalpoint.directive.html. */
const FOCAL_POINT: Layout = {
  title: ['organization'],
  fields: [
    uid(),
    country(),
    field(PERSON_KEYS, 'person', () => msg('Name', { id: 'record-field-person-name' })),
    address(),
    field('designation', 'text', () => msg('Position', { id: 'record-field-designation' })),
    field('department', 'text', () => msg('Department', { id: 'record-field-department' })),
    field('organization', 'text', () => msg('Organization', { id: 'record-field-organization' })),
    emails(),
    phones(),
    field('mobiles', 'strings', () => msg('Mobile telephone', { id: 'record-field-mobiles' })),
    faxes(),
    websites(),
  ],
};

/** ABS procedure: components/pro/request-body.md; the portal's order, view-abs-procedure.directive.html. */
const PROCEDURE: Layout = {
  title: ['name'],
  fields: [
    uid(),
    country(),
    jurisdiction(),
    field('contacts', 'reference', () => msg('Where to apply', { id: 'record-field-apply-to' })),
    field('links', 'link', () => msg('Where to apply online', { id: 'record-field-apply-links' })),
    field('requirements', 'html', () => msg('Conditions and requirements', { id: 'record-field-requirements' })),
    field('description', 'html', () => msg('Steps of the procedure', { id: 'record-field-procedure-steps' })),
    field('descriptionLinks', 'link', () => msg('Charts and timelines of the procedure', { id: 'record-field-procedure-links' })),
    field('applicationInformation', 'html', () => msg('Application forms and required documents', { id: 'record-field-application-information' })),
    field('applicationLinks', 'link', () => msg('Application forms', { id: 'record-field-application-links' })),
    field('applicationContacts', 'reference', () => msg('Where to send the application', { id: 'record-field-application-contacts' })),
    field('hasApplicationFees', 'boolean', () => msg('Application fees', { id: 'record-field-has-application-fees' })),
    field('applicationFeesInformation', 'html', () => msg('About the application fees', { id: 'record-field-application-fees' })),
    field(['duration', 'durationPeriod'], 'duration', () => msg('Duration of the application process', { id: 'record-field-duration' })),
    field('relevantMeasures', 'reference', () => msg('Relevant measures', { id: 'record-field-relevant-measures' })),
    keywords(),
    relevantInformation(),
    relevantDocuments(),
  ],
};

/** Database: components/ndb/request-body.md; view-database.directive.html. */
const DATABASE: Layout = {
  title: ['title'],
  fields: [uid(), country(), field('description', 'html', descriptionLabel), websites(), relevantInformation(), relevantDocuments()],
};

/**
 * The first national report (view-national-report-1.directive.html): its period, then its answers,
 * which the generic layout lists (they are questions by number, not fields with names).
 */
const REPORT_PERIOD: readonly FieldSpec[] = [
  field('reportPeriodStartDate', 'date', () => msg('Reporting period from', { id: 'record-field-report-period-start' })),
  field('reportPeriodEndDate', 'date', () => msg('Reporting period to', { id: 'record-field-report-period-end' })),
];

/** Kinds whose value is made of several body keys. */
const COMPOSITE: ReadonlySet<FieldKind> = new Set(['uid', 'address', 'person', 'duration']);

const LAYOUTS: Readonly<Record<string, Layout>> = {
  absPermit: IRCC,
  authority: AUTHORITY,
  measure: MEASURE,
  absCheckpoint: CHECKPOINT,
  absCheckpointCommunique: COMMUNIQUE,
  focalPoint: FOCAL_POINT,
  absProcedure: PROCEDURE,
  database: DATABASE,
};

/**
 * The labelled fields of every layout, by key: the generic layout and "referenced by" reuse them.
 * The first layout to name a key gives its label; fields made of several keys (an address, a name)
 * label none of them.
 */
const KNOWN: ReadonlyMap<string, FieldSpec> = new Map(
  Object.values(LAYOUTS)
    .flatMap((layout) => layout.fields)
    .filter((spec) => !COMPOSITE.has(spec.kind))
    .flatMap((spec) => spec.keys.map((key) => [key, spec] as const))
    .reverse(),
);

export function layoutFor(schema: string, body: Record<string, unknown>): Layout {
  if (schema === 'absNationalReport1') return genericLayout(body, REPORT_PERIOD);
  return (Object.hasOwn(LAYOUTS, schema) ? LAYOUTS[schema] : undefined) ?? genericLayout(body);
}

/** Keys the generic layout never lists: the header, the title and what is shown elsewhere. */
const GENERIC_SKIPPED = new Set(['header', 'government', 'title', 'name']);
const GENERIC_EXTRA_LABELS: Readonly<Partial<Record<string, () => string>>> = {
  summary: summaryLabel,
  description: descriptionLabel,
};

/**
 * The generic layout of a record type that has none: every body field whose value it can read,
 * in the record's order, labelled when a layout knows the key, else with the humanized key.
 */
export function genericLayout(body: Record<string, unknown>, lead: readonly FieldSpec[] = []): Layout {
  const fields: FieldSpec[] = [uid(), country(), ...lead];
  const leading = new Set(lead.flatMap((spec) => spec.keys));
  for (const [key, value] of Object.entries(body)) {
    if (GENERIC_SKIPPED.has(key) || leading.has(key) || key.startsWith('_')) continue;
    const known = KNOWN.get(key);
    const kind = inferKind(value);
    if (!kind) continue;
    const label = known?.label ?? GENERIC_EXTRA_LABELS[key];
    // A layout's kind where the value has the shape that kind reads (a title stays text, an expiry is marked).
    const shaped = known && REFINES[kind]?.includes(known.kind) ? known.kind : kind;
    fields.push({ keys: [key], kind: shaped, ...(label ? { label } : {}) });
  }
  return { title: ['title', 'name'], fields };
}

/** Kinds a layout may give a value whose shape suggests the key's kind. */
const REFINES: Partial<Record<FieldKind, readonly FieldKind[]>> = {
  html: ['text', 'html'],
  date: ['date', 'expiry'],
  strings: ['strings', 'email'],
  term: ['term', 'country'],
  country: ['country', 'term'],
};

/** The label of the field `key` (a layout's, else the humanized key) and whether it is the interface's own words. */
export function fieldLabel(key: string): { text: string; localized: boolean } {
  const known = KNOWN.get(key)?.label ?? GENERIC_EXTRA_LABELS[key];
  return known ? { text: known(), localized: true } : { text: humanize(key), localized: false };
}

/** `policyBasisForCompetencyRef` → "Policy basis for competency ref"; `absCNA` → "CNA". English, marked as such. */
export function humanize(key: string): string {
  const words = key
    .replace(/^abs(?=[A-Z])/, '')
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .map((word, i) => (/^[A-Z0-9]{2,}s?$/.test(word) ? word : i === 0 ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word.toLowerCase()));
  return words.join(' ') || key;
}

/**
 * Official six-language titles of the two permit-usage terms (thesaurus domain
 * A7B77788-8C90-4849-9327-E181E9522F3A, scbd/clearing-house-documentation swagger/json/thesaurus/permit/permit-usage.json), so that a certificate's usage needs no
 * thesaurus request. Other terms are asked of the thesaurus.
 */
export const USAGE_TERMS: Readonly<Record<string, Partial<Record<string, string>>>> = {
  '5E833A3F-87D1-4ADD-8701-9F1B76383017': { en: 'Commercial', fr: 'Commercial', es: 'Comercial', ar: 'تجاري', ru: 'Коммерческое', zh: '商业' },
  '60EA2F49-A9DD-406F-921A-8A1C9AA8DFDD': { en: 'Non-Commercial', fr: 'Non commercial', es: 'No comercial', ar: 'غير تجاري', ru: 'Некоммерческое', zh: '非商业' },
};

const LANGUAGE_KEYS = new Set<string>(LOCALES);
/** References carry a revision (`GUID@2`); a bare GUID is a thesaurus term (layouts name their reference fields themselves). */
const REFERENCE_ID = /^[A-Za-z0-9\-_]{11,128}@[0-9]+$/;
const COUNTRY_ID = /^[a-z]{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An lstring: an object whose keys are UN language codes and whose values are strings. */
export function isLString(value: unknown): value is Partial<Record<string, string>> {
  return isObject(value) && Object.keys(value).length > 0 && Object.entries(value).every(([key, text]) => LANGUAGE_KEYS.has(key) && typeof text === 'string');
}

/** What a `{identifier}` points at: another record, a country, or a thesaurus term. */
export function identifierKind(identifier: string): 'reference' | 'country' | 'term' {
  return REFERENCE_ID.test(identifier) ? 'reference' : COUNTRY_ID.test(identifier) ? 'country' : 'term';
}

function inferKind(value: unknown): FieldKind | null {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isFinite(value) ? 'string' : null;
  if (typeof value === 'string') return value.trim() === '' ? null : DATE.test(value) ? 'date' : 'string';
  if (isLString(value)) return 'html';
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) return null;
  if (items.every((item) => typeof item === 'string')) return 'strings';
  if (items.every((item) => isObject(item) && typeof item.url === 'string')) return 'link';
  if (items.every((item) => isObject(item) && typeof item.identifier === 'string')) {
    const first = identifierKind(String((items[0] as Record<string, unknown>).identifier));
    return first === 'reference' ? 'reference' : first === 'country' ? 'country' : 'term';
  }
  return null;
}
