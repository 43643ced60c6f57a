/**
 * A country profile's facts: the country's name, its Nagoya Protocol status, its national records
 * by type with links to them on the portal and their latest records, in the profile's own words
 * (profile-view.ts). JSON-LD: a `Dataset` of the country's national records, not a `WebPage`: the
 * facts sit on the embedding site's page, which a `WebPage` here would misdescribe, while the
 * profile's content is what a `Dataset` is, counts of published records, with the country as its
 * `spatialCoverage`.
 */
import { NATIONAL_SCHEMAS } from '../../api/fields.js';
import { recordUrl, searchUrl } from '../../api/portal-links.js';
import type { LatestRecord, Profile, TypeSummary } from '../../components/country-profile/profile-data.js';
import { statusText, totalText, typeCountLabel } from '../../components/country-profile/profile-view.js';
import { RECORD_TYPES } from '../../data/record-types.js';
import { formatDate, formatList } from '../../i18n/format.js';
import { pickText } from '../../i18n/lstring.js';
import { countryPageUrl } from './portal-pages.js';
import { portalLink } from './portal-link.js';
import { dataset, factsBlock, factsHeading, isoDate, link, list, markup, MAX_FACT_ITEMS, paragraph, text, type Markup } from './markup.js';
import type { FactsContext, FactsOf } from './types.js';

export const countryProfileFacts: FactsOf<Profile> = (profile, context) => {
  const name = pickText(profile.country.name, context.locale);
  const countryName = name?.text ?? profile.country.code;
  const page = countryPageUrl(context.portal, context.locale, profile.country.code);
  const status = statusText(profile.status, context.locale);
  const types = profile.types?.map((type) => ({ type, label: pickText(RECORD_TYPES[type.schema]?.title, context.locale)?.text ?? type.schema }));
  const html = factsBlock(context, [
    factsHeading(context, text(countryName, name?.fallback ? name.lang : null)),
    paragraph(status),
    profile.total === undefined ? undefined : paragraph(totalText(profile.total, context.locale)),
    types && list(types.map(({ type, label }) => typeItem(type, label, profile.country.code, context))),
    portalLink(page),
  ]);
  return {
    html,
    jsonLd: dataset(context, page, {
      name: countryName,
      description: profile.total === undefined ? status : formatList([status, totalText(profile.total, context.locale)], context.locale),
      spatialCoverage: { '@type': 'Country', name: countryName, identifier: profile.country.code.toUpperCase() },
      variableMeasured: types?.map(({ label, type }) => ({ '@type': 'PropertyValue', name: label, value: type.count })),
    }),
  };
};

/** The national record types share the budget of one list between them. */
const LATEST_PER_TYPE = Math.max(1, Math.floor(MAX_FACT_ITEMS / NATIONAL_SCHEMAS.length));

/** A record type, its count and link, and its latest records, as many as the facts' budget allows per type. */
function typeItem(type: TypeSummary, label: string, code: string, context: FactsContext): Markup {
  const href = searchUrl(context.portal, context.locale, { schema: type.schema, country: code });
  const latest = list(type.latest.slice(0, LATEST_PER_TYPE).map((record) => latestItem(record, context)));
  return markup(`${link(href, typeCountLabel(label, type.count, context.locale)).html}${latest?.html ?? ''}`);
}

function latestItem(record: LatestRecord, context: FactsContext): Markup {
  const title = pickText(record.titles, context.locale);
  const href = recordUrl(context.portal, context.locale, record.schema, record.uid);
  const date = record.updated ? ` <time datetime="${isoDate(record.updated)}">${text(formatDate(record.updated, context.locale)).html}</time>` : '';
  return markup(`${link(href, text(title?.text ?? record.uid, title?.fallback ? title.lang : null)).html}${date}`);
}
