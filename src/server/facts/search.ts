/**
 * A search's facts: the count of results for its text, and the records of the page shown with their
 * type, country and date and a link to each on the portal, in the results' own words
 * (results-view.ts). JSON-LD: an `ItemList` of those records.
 */
import { recordUrl, searchUrl } from '../../api/portal-links.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { countText, governmentName } from '../../components/search/results-view.js';
import type { ResultRecord, SearchResult } from '../../components/search/search-data.js';
import { formatDate } from '../../i18n/format.js';
import { pickIndexedText, pickText, type LocalizedText } from '../../i18n/lstring.js';
import { factsBlock, factsHeading, isoDate, itemList, link, list, markup, text, type Markup } from './markup.js';
import { portalLink } from './portal-link.js';
import type { FactsContext, FactsOf } from './types.js';

export const searchFacts: FactsOf<SearchResult> = (result, context) => {
  const { request } = result;
  const count = countText(result.total, request.text, context.locale);
  // The portal's search links filter by one record type and one country at most.
  const page = searchUrl(context.portal, context.locale, {
    schema: request.schemas.length === 1 ? request.schemas[0] : undefined,
    country: request.countries.length === 1 ? request.countries[0] : undefined,
  });
  const html = factsBlock(context, [factsHeading(context, count), list(result.records.map((record) => recordItem(record, result, context)), true), portalLink(page)]);
  const items = result.records.map((record) => ({ url: recordUrl(context.portal, context.locale, record.schema, record.uid), name: pickIndexedText(record.titles, context.locale)?.text ?? record.uid }));
  return { html, jsonLd: itemList(context, page, count, items, result.total) };
};

const shown = (value: LocalizedText): Markup => text(value.text, value.fallback ? value.lang : null);

/** The record's title as a link, then its type, country and date, as a result shows them. */
function recordItem(record: ResultRecord, result: SearchResult, context: FactsContext): Markup {
  const title = pickIndexedText(record.titles, context.locale);
  const type = pickText(RECORD_TYPES[record.schema]?.title, context.locale);
  const parts = [
    link(recordUrl(context.portal, context.locale, record.schema, record.uid), title ? shown(title) : record.uid).html,
    type ? shown(type).html : '',
    record.government ? shown(governmentName(record, result.countryNames, context.locale)).html : '',
    record.updated ? `<time datetime="${isoDate(record.updated)}">${text(formatDate(record.updated, context.locale)).html}</time>` : '',
  ];
  return markup(parts.filter(Boolean).join(' · '));
}
