/**
 * A certificate list's facts: how many certificates, how many per usage, the filters in force, and
 * the certificates of the page shown with links to them on the portal, in the list's own words
 * (labels.ts); each certificate names its country. JSON-LD: an `ItemList` of those certificates.
 */
import { recordUrl, searchUrl } from '../../api/portal-links.js';
import { IRCC, type Certificate } from '../../api/queries/certificates.js';
import { activeFilters, totalText, usageName } from '../../components/certificate-list/labels.js';
import type { ListResult } from '../../components/certificate-list/load.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { pickIndexedText, pickText } from '../../i18n/lstring.js';
import { definitions, factsBlock, factsHeading, isoDate, itemList, link, list, markup, paragraph, text, type Markup } from './markup.js';
import { portalLink } from './portal-link.js';
import type { FactsContext, FactsOf } from './types.js';

export const certificateListFacts: FactsOf<ListResult> = (result, context) => {
  const { filters } = result.request;
  const typeName = pickText(RECORD_TYPES[IRCC.schema]?.title, context.locale)?.text ?? IRCC.schema;
  // The portal's search filters by one country at most.
  const page = searchUrl(context.portal, context.locale, { schema: IRCC.schema, country: filters.governments.length === 1 ? filters.governments[0] : undefined });
  const html = factsBlock(context, [
    factsHeading(context, typeName),
    paragraph(totalText(result.total, context.locale)),
    list(activeFilters(filters, context.locale)),
    result.total > 0
      ? definitions([
          [usageName('commercial'), formatNumber(result.counts.commercial, context.locale)],
          [usageName('non-commercial'), formatNumber(result.counts.nonCommercial, context.locale)],
          [usageName('confidential'), formatNumber(result.counts.confidential, context.locale)],
        ])
      : undefined,
    list(result.certificates.map((certificate) => certificateItem(certificate, context))),
    portalLink(page),
  ]);
  const items = result.certificates.map((certificate) => ({ url: recordUrl(context.portal, context.locale, IRCC.schema, certificate.uid), name: certificateName(certificate, context) }));
  return { html, jsonLd: itemList(context, page, typeName, items, result.total) };
};

/** The UID, then the title or permit reference, as the portal names a certificate. */
function certificateName(certificate: Certificate, context: FactsContext): string {
  const title = pickIndexedText(certificate.titles, context.locale)?.text;
  return title ? `${certificate.uid}: ${title}` : certificate.uid;
}

/** The certificate's link, its title, country and date of issuance. */
function certificateItem(certificate: Certificate, context: FactsContext): Markup {
  const href = recordUrl(context.portal, context.locale, IRCC.schema, certificate.uid);
  const title = pickIndexedText(certificate.titles, context.locale);
  const country = pickText(certificate.countryNames, context.locale);
  const parts = [
    link(href, certificate.uid).html,
    title ? text(title.text, title.fallback ? title.lang : null).html : '',
    country ? text(country.text, country.fallback ? country.lang : null).html : '',
    certificate.issued ? `<time datetime="${isoDate(certificate.issued)}">${text(formatDate(certificate.issued, context.locale)).html}</time>` : '',
  ];
  return markup(parts.filter(Boolean).join(' · '));
}
