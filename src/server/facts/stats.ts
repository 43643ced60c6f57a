/**
 * A chart's facts: its title, its one-sentence summary and its figures, in the chart's own words
 * (chart-model.ts). JSON-LD: a `Dataset`, as Our World in Data marks up its charts, published by the Secretariat.
 */
import { chartModel } from '../../components/stats/chart-model.js';
import type { StatsData } from '../../components/stats/stats-data.js';
import { definitions, factsBlock, factsHeading, MAX_FACT_ITEMS, paragraph, schemaOrg, SECRETARIAT, text } from './markup.js';
import { portalLink } from './portal-link.js';
import { reportsPageUrl } from './portal-pages.js';
import type { FactsOf } from './types.js';

export const statsFacts: FactsOf<StatsData> = (data, context) => {
  // A ranked chart shows `limit` bars and one for the rest, as the element does; the facts stop at their own budget.
  const limit = Number.parseInt(context.attributes.limit ?? '', 10);
  const model = chartModel(data, context.locale, Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_FACT_ITEMS - 1) : MAX_FACT_ITEMS - 1);
  const title = context.attributes.heading?.trim() || model.title;
  const page = reportsPageUrl(context.portal, context.locale);
  const html = factsBlock(context, [
    factsHeading(context, title),
    paragraph(model.summary),
    definitions(model.bars.map((bar) => [text(bar.label, bar.lang), bar.valueText] as const)),
    portalLink(page),
  ]);
  return {
    html,
    jsonLd: {
      ...schemaOrg('Dataset', context, page),
      name: title,
      description: model.summary,
      creator: SECRETARIAT,
      publisher: SECRETARIAT,
      isAccessibleForFree: true,
      variableMeasured: model.series,
    },
  };
};
