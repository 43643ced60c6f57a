/**
 * A record's facts: its title and type, and its key fields with the labels and values its view
 * gives them (fields.ts, rendered here as static HTML: texts escaped and rich text sanitized by the
 * same code as in the shadow root). Left out, as bytes a reader of the facts does not need: files
 * and links, and contact details (addresses, telephones, e-mails); of the rich texts, only the first
 * the record has, its description.
 *
 * JSON-LD: a `GovernmentPermit` for a certificate (IRCC), a `Legislation` for a measure; no other
 * record type has a schema.org type that fits.
 */
import { nothing } from 'lit';
import { IRCC } from '../../api/queries/certificates.js';
import { recordUrl } from '../../api/portal-links.js';
import type { LString } from '../../api/record-endpoints.js';
import type { FieldKind, FieldSpec } from '../../components/record/layouts.js';
import { humanize } from '../../components/record/layouts.js';
import { fieldLabelOf, fieldValue, type FieldContext } from '../../components/record/fields.js';
import type { LoadedRecord } from '../../components/record/record-data.js';
import { recordTitle } from '../../components/record/record-view.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { parseDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { pickText } from '../../i18n/lstring.js';
import { definitions, factsBlock, factsHeading, isoDate, paragraph, schemaOrg, staticHtml, text } from './markup.js';
import { portalLink } from './portal-link.js';
import type { FactsContext, FactsOf } from './types.js';

/** The body fields the JSON-LD reads (scbd/clearing-house-documentation components/ircc/request-body.md, components/msr/request-body.md). */
const BODY = { government: 'government', issuingAuthority: 'absCNA', issued: 'dateOfIssuance', expiry: 'dateOfExpiry', adopted: 'adoption', inForce: 'entryIntoForce' } as const;
const MEASURE = 'measure';

const LEFT_OUT: ReadonlySet<FieldKind> = new Set(['link', 'email', 'strings', 'address']);

export const recordFacts: FactsOf<LoadedRecord> = (record, context) => {
  const { info } = record;
  const title = recordTitle(record, context.locale);
  const name = title?.text ?? record.uid;
  const type = pickText(RECORD_TYPES[info.type]?.title, context.locale);
  const page = recordUrl(context.portal, context.locale, info.type, record.uid);
  const html = factsBlock(context, [
    factsHeading(context, text(name, title?.fallback ? title.lang : null)),
    paragraph(text(type?.text ?? info.type, type?.fallback ? type.lang : null)),
    definitions(keyFields(record.layout.fields, record).map((spec) => fieldFact(spec, record, title?.fallback ? title.lang : null, context))),
    portalLink(page),
  ]);
  return { html, jsonLd: jsonLdOf(record, name, page, context) };
};

/** The fields the facts show: those of the record's layout but the left-out kinds, and its first rich text. */
function keyFields(fields: readonly FieldSpec[], record: LoadedRecord): FieldSpec[] {
  const firstHtml = fields.find((spec) => spec.kind === 'html' && spec.keys.some((key) => record.info.body[key] !== undefined && record.info.body[key] !== null));
  return fields.filter((spec) => !LEFT_OUT.has(spec.kind) && (spec.kind !== 'html' || spec === firstHtml));
}

/** A field's label and value; a text in the record's language (when it is not the facts') is marked by its `lang`, without the view's note under it. */
function fieldFact(spec: FieldSpec, record: LoadedRecord, recordLang: Locale | null, context: FactsContext) {
  const ctx: FieldContext = {
    locale: context.locale,
    recordLang,
    portal: context.portal,
    linkTarget: '',
    uid: record.uid,
    body: record.info.body,
    names: record.names,
    now: new Date(),
    // The facts are static HTML: no link in them is followed in place.
    select: () => undefined,
  };
  const value = fieldValue(spec, ctx);
  return [staticHtml(fieldLabelOf(spec, humanize, context.locale)), value === nothing ? undefined : staticHtml(value)] as const;
}

function jsonLdOf(record: LoadedRecord, name: string, url: string, context: FactsContext): Record<string, unknown> | undefined {
  const { info } = record;
  const body = info.body;
  const country = countryName(record, context);
  if (info.type === IRCC.schema) {
    const authority = linkedName(record, body[BODY.issuingAuthority], context);
    return {
      ...schemaOrg('GovernmentPermit', context, url),
      name,
      identifier: record.uid,
      validFrom: isoDate(parseDate(body[BODY.issued])),
      validUntil: isoDate(parseDate(body[BODY.expiry])),
      issuedBy: authority ? { '@type': 'GovernmentOrganization', name: authority } : undefined,
      validIn: country ? { '@type': 'Country', name: country } : undefined,
    };
  }
  if (info.type === MEASURE) {
    return {
      ...schemaOrg('Legislation', context, url),
      name,
      legislationIdentifier: record.uid,
      legislationDate: isoDate(parseDate(body[BODY.adopted])),
      legislationDateOfApplicability: isoDate(parseDate(body[BODY.inForce])),
      legislationJurisdiction: country,
      jurisdiction: country,
    };
  }
  return undefined;
}

const identifierOf = (value: unknown): string | undefined => {
  const id = typeof value === 'object' && value !== null ? (value as { identifier?: unknown }).identifier : undefined;
  return typeof id === 'string' ? id : undefined;
};

function countryName(record: LoadedRecord, context: FactsContext): string | undefined {
  const code = identifierOf(record.info.body[BODY.government]);
  return code ? (pickText(record.names.countries.get(code.toLowerCase()), context.locale)?.text ?? code.toUpperCase()) : undefined;
}

/** The name of the record a reference field points at, as the record's view names it. */
function linkedName(record: LoadedRecord, value: unknown, context: FactsContext): string | undefined {
  const id = identifierOf(value);
  const linked = id ? record.names.linked.get(id) : undefined;
  if (!linked) return undefined;
  return typeof linked.name === 'string' ? linked.name : pickText(linked.name as LString, context.locale)?.text;
}
