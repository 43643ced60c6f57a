/**
 * The Parties list's facts: the totals, and the countries the element lists (its `status`
 * attribute applies; by name, in the facts' language) with their status and a link to their
 * profile on the portal, in the words of the list (table-view.ts) and the profile (profile-view.ts). JSON-LD: an `ItemList` of those countries.
 */
import { msg } from '@lit/localize';
import { attributeWords } from '../../base/attribute-values.js';
import { PARTIES_STATUSES, type PartiesData, type PartiesStatus } from '../../components/parties-list/parties-data.js';
import { statusText } from '../../components/country-profile/profile-view.js';
import { totalsText } from '../../components/parties-list/table-view.js';
import { pickText } from '../../i18n/lstring.js';
import { definitions, factsBlock, factsHeading, itemList, link, MAX_FACT_ITEMS, paragraph, text } from './markup.js';
import { countriesPageUrl, countryPageUrl } from './portal-pages.js';
import { portalLink } from './portal-link.js';
import type { FactsOf } from './types.js';

export const partiesListFacts: FactsOf<PartiesData> = (data, context) => {
  const statuses = shownStatuses(context.attributes.status ?? '');
  const collator = new Intl.Collator(context.locale);
  const rows = data.rows
    .filter((row) => statuses.has(row.status.kind))
    .map((row) => ({ row, name: pickText(row.country.name, context.locale) }))
    .sort((a, b) => collator.compare(a.name?.text ?? a.row.code, b.name?.text ?? b.row.code));
  const heading = msg('Countries and the Nagoya Protocol', { id: 'facts-parties-heading' });
  const page = countriesPageUrl(context.portal, context.locale);
  const html = factsBlock(context, [
    factsHeading(context, heading),
    paragraph(totalsText(data.totals, context.locale)),
    // Each country's link, and its status in the sentence its profile says it in (with the date and the instrument).
    definitions(
      rows
        .slice(0, MAX_FACT_ITEMS)
        .map(({ row, name }) => [link(countryPageUrl(context.portal, context.locale, row.code), text(name?.text ?? row.code, name?.fallback ? name.lang : null)), statusText(row.status, context.locale)] as const),
    ),
    portalLink(page),
  ]);
  const items = rows.map(({ row, name }) => ({ url: countryPageUrl(context.portal, context.locale, row.code), name: name?.text ?? row.code }));
  return { html, jsonLd: itemList(context, page, heading, items, rows.length) };
};

/** The element's `status` words (all four when none is known), as the element reads them. */
function shownStatuses(value: string): Set<PartiesStatus> {
  const known = attributeWords(value.toLowerCase()).filter((word): word is PartiesStatus => (PARTIES_STATUSES as readonly string[]).includes(word));
  return new Set(known.length ? known : PARTIES_STATUSES);
}
